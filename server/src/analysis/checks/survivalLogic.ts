/**
 * survival-logic: median progression-free survival longer than median overall survival for the
 * same drug and arm (progression or death comes no later than death). Compared only when both
 * medians are bound to the same drug and the same arm (or both to none), in months, and written
 * without a comparator ("> 24 months" is a lower bound, not a median).
 */
import type { Check } from './check';
import type { Finding, FigureEntity } from '../model';

const CODE = 'survival-logic';
const TO_MONTHS: Record<string, number> = { months: 1, weeks: 12 / 52.1775, years: 12, days: 12 / 365.25 };

export const survivalLogic: Check = {
  code: CODE,
  description: 'Median PFS longer than median OS for the same drug and arm.',
  defaultSeverity: 'warning',
  run(model) {
    const out: Finding[] = [];
    const medians = model.entities.filter((e): e is FigureEntity => e.kind === 'figure' && e.figureKind === 'duration' && !e.timepoint
      && !e.comparator && typeof e.value === 'number' && TO_MONTHS[e.unit] !== undefined && (e.binding.endpoint === 'OS' || e.binding.endpoint === 'PFS'));
    const key = (f: FigureEntity) => `${f.binding.drug ?? ''}|${f.binding.arm ?? ''}`;
    const os = new Map<string, FigureEntity>();
    for (const f of medians) if (f.binding.endpoint === 'OS' && !os.has(key(f))) os.set(key(f), f);
    for (const pfs of medians) {
      if (pfs.binding.endpoint !== 'PFS') continue;
      const o = os.get(key(pfs));
      if (!o) continue;
      const pfsM = (pfs.value as number) * TO_MONTHS[pfs.unit];
      const osM = (o.value as number) * TO_MONTHS[o.unit];
      if (pfsM > osM) {
        const who = [pfs.binding.drug, pfs.binding.arm].filter(Boolean).join(', ');
        out.push({
          code: CODE, severity: 'warning',
          message: `Median PFS ${pfs.value} ${pfs.unit} is longer than median OS ${o.value} ${o.unit}${who ? ' (' + who + ')' : ''}: progression-free survival cannot outlast overall survival.`,
          start: pfs.start, end: pfs.end, related: [{ start: o.start, end: o.end, message: `median OS ${o.value} ${o.unit}` }],
          data: { pfsMonths: Number(pfsM.toFixed(3)), osMonths: Number(osM.toFixed(3)) }, fixes: [],
        });
      }
    }
    return out;
  },
};
