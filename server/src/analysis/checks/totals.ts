/**
 * totals: parts that must add up to a stated whole and do not. For deals: an upfront payment plus
 * milestones against the total deal value stated in the same paragraph ("$50 million upfront and
 * up to $900 million in milestones, for a total of $1.05 billion"). Judged only when the paragraph
 * holds exactly one upfront, one milestone and one total figure in one currency, so equity,
 * royalties or other payments never make a false alarm.
 */
import type { Check } from './check';
import type { FigureEntity, Finding } from '../model';

const CODE = 'totals';

export const totals: Check = {
  code: CODE,
  description: 'Parts that do not add up to the stated whole, such as a deal\u2019s upfront plus milestones against its total.',
  defaultSeverity: 'error',
  run(model) {
    const out: Finding[] = [];
    const money = model.entities.filter((e): e is FigureEntity => e.kind === 'figure' && e.figureKind === 'money' && typeof e.value === 'number');
    // group by paragraph: text between blank lines
    const groups = new Map<number, FigureEntity[]>();
    for (const f of money) {
      const para = model.text.lastIndexOf('\n\n', f.start);
      const g = groups.get(para) ?? [];
      g.push(f);
      groups.set(para, g);
    }
    for (const g of groups.values()) {
      const role = (r: string) => g.filter(f => (f as FigureEntity & { role?: string }).role === r);
      const tot = role('total');
      const parts = [...role('upfront'), ...role('milestones')];
      if (tot.length !== 1 || role('upfront').length < 1 || role('milestones').length < 1) continue;
      // only the deal's own terms: every other sum in the paragraph must be a part, and no equity or other payment is mentioned
      if (g.length !== parts.length + 1 || new Set(g.map(f => f.unit)).size !== 1) continue;
      const para = paragraphOf(model.text, tot[0].start);
      if (OTHER_PAYMENTS.test(para)) continue;
      const t = tot[0];
      const sum = parts.reduce((a, f) => a + (f.value as number), 0);
      const stated = t.value as number;
      const precision = precisionOf(model.text.slice(t.start, t.end), stated);
      if (Math.abs(sum - stated) <= precision) continue;
      const terms = parts.map(f => `${(f as FigureEntity & { role?: string }).role} ${short(f.value as number, f.unit)}`).join(' + ');
      out.push({
        code: CODE, severity: 'error',
        message: `${terms} = ${short(sum, t.unit)}, not the stated total ${short(stated, t.unit)}.`,
        start: t.start, end: t.end,
        related: parts.map(f => ({ start: f.start, end: f.end, message: (f as FigureEntity & { role?: string }).role ?? 'part' })),
        data: { sum, stated, parts: parts.length }, fixes: [],
      });
    }
    return out;
  },
};

const OTHER_PAYMENTS = /\b(equity|stock|shares|investment|premium|reimburse|cost[- ]shar|option fee|exercise fee|loan|convertible)/i;

function paragraphOf(text: string, at: number): string {
  const start = text.lastIndexOf('\n\n', at);
  const end = text.indexOf('\n\n', at);
  return text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
}

function precisionOf(surface: string, value: number): number {
  const m = /(\d+)(?:[.,](\d+))?\s*(billion|million|bn|mn|m|b|thousand|k)?/i.exec(surface.replace(/,(?=\d{3}\b)/g, ''));
  if (!m) return 0.005 * value;
  const decimals = m[2]?.length ?? 0;
  const scale = value / Number(`${m[1]}${m[2] ? '.' + m[2] : ''}`);
  return 0.5 * 10 ** -decimals * (Number.isFinite(scale) ? scale : 1);
}

function short(v: number, unit: string): string {
  const abs = Math.abs(v);
  const [d, s] = abs >= 1e9 ? [1e9, ' billion'] : abs >= 1e6 ? [1e6, ' million'] : [1, ''];
  return `${unit} ${Number((v / d).toFixed(3))}${s}`;
}
