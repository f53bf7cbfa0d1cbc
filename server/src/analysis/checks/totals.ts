/**
 * totals: parts that must add up to a stated whole and do not. For deals: an upfront payment plus
 * milestones against the total deal value stated in the same paragraph ("$50 million upfront and
 * up to $900 million in milestones, for a total of $1.05 billion"). Judged only when the paragraph
 * holds exactly one upfront, one milestone and one total figure in one currency, so equity,
 * royalties or other payments never make a false alarm.
 */
import { Check, figuresBySentence } from './check';
import type { FigureEntity, Finding } from '../model';
import { normalizeText } from '../text';

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
      const role = (r: string) => g.filter(f => f.role === r);
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
      const terms = parts.map(f => `${f.role} ${short(f.value as number, f.unit)}`).join(' + ');
      out.push({
        code: CODE, severity: 'error',
        message: `${terms} = ${short(sum, t.unit)}, not the stated total ${short(stated, t.unit)}.`,
        start: t.start, end: t.end,
        related: parts.map(f => ({ start: f.start, end: f.end, message: f.role ?? 'part' })),
        data: { sum, stated, parts: parts.length }, fixes: [],
      });
    }
    out.push(...enrolmentSplits(model.text, model.sentences, figuresBySentence(model)));
    return out;
  },
};

const PATIENTS = /^(patients|participants|subjects|adults)$/;
const TOTAL_WORDS = /\b(?:enrol(?:l)?ed|randomi[sz]ed|included|in total|total of|insgesamt|eingeschlossen|randomisiert|aufgenommen)\b/i;
const LABEL_BEFORE = /\b(?:type|grade|phase|stage|part|cohort|arm|group|level|line|lines|week|day|month|year|dose|class|version|study|trial|visit|cycle|Typ|Grad|Kohorte|Woche|Tag)\s*$/i;
const SUBSET = /\b(?:of whom|of which|including|among them|davon|darunter)\b/i;

/**
 * "720 patients were randomised to drug (n = 480) or placebo (n = 230)", "In total, 62 patients were
 * enrolled: 30 in cohort A and 28 in cohort B": an enrolment total followed, in its sentence, by an
 * exhaustive list of its parts (a colon list or a randomisation, the last part joined by and/or)
 * whose sum differs from it.
 */
function enrolmentSplits(text: string, sentences: { start: number; end: number }[], bySentence: FigureEntity[][]): Finding[] {
  const out: Finding[] = [];
  for (const [si, s] of sentences.entries()) {
    const inS = bySentence[si];
    const total = inS.find(f => f.figureKind === 'count' && PATIENTS.test(f.unit) && typeof f.value === 'number' && f.denominator === undefined && !f.comparator);
    if (!total) continue;
    const sentence = normalizeText(text.slice(s.start, s.end));
    if (!TOTAL_WORDS.test(sentence) || SUBSET.test(sentence)) continue;
    const after = inS.filter(f => f.start >= total.end);
    // arms written "(n = 480)" are the parts when the sentence has them; other numbers there (weeks, doses) are not
    const nParts = after.filter(f => f.figureKind === 'count' && /^n ?=/i.test(text.slice(f.start, f.end)) && typeof f.value === 'number');
    const parts = nParts.length >= 2 ? nParts : after.filter(f => typeof f.value === 'number' && Number.isInteger(f.value) && !f.comparator
      && ((f.figureKind === 'count' && /^n ?=/i.test(text.slice(f.start, f.end))) || (f.figureKind === 'other' && f.unit === '') || (f.figureKind === 'count' && PATIENTS.test(f.unit) && f.denominator === undefined)));
    if (parts.length < 2 || (nParts.length < 2 && parts.length !== after.filter(f => f.figureKind === 'count' || (f.figureKind === 'other' && f.unit === '')).length)) continue;
    // "type 1 or type 2", "cohort 2": numbers that name things are not parts; "(n = 62 each)" multiplies
    if (parts.some(f => LABEL_BEFORE.test(normalizeText(text.slice(Math.max(0, f.start - 12), f.start))))) continue;
    if (/\b(?:each|apiece|per arm|je|jeweils)\b/i.test(normalizeText(text.slice(parts[0].start, s.end)))) continue;
    const lead = normalizeText(text.slice(total.end, parts[0].start));
    const listed = /:/.test(lead) || /\brandomi[sz]ed\b|\brandomisiert\b/i.test(normalizeText(text.slice(s.start, parts[0].start)));
    const joined = /\b(?:and|or|und|oder)\b/i.test(normalizeText(text.slice(parts[parts.length - 2].end, parts[parts.length - 1].start)));
    if (!listed || !joined) continue;
    const sum = parts.reduce((a, f) => a + (f.value as number), 0);
    if (sum === total.value) continue;
    out.push({
      code: CODE, severity: 'error',
      message: `${parts.map(f => f.value).join(' + ')} = ${sum}, not the ${total.value} ${total.unit} stated.`,
      start: total.start, end: total.end,
      related: parts.map(f => ({ start: f.start, end: f.end, message: `part: ${f.value}` })),
      data: { stated: total.value as number, sum, parts: parts.length }, fixes: [],
    });
  }
  return out;
}

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
