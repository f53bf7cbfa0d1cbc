/**
 * impossible-value: a share of patients above 100 %, a p-value outside [0, 1], a subgroup larger
 * than its whole ("12 of 10 patients"). Shares are only judged where the figure is bound to an
 * endpoint that is a proportion (ORR, DCR, TRAEs...), so growth rates such as "revenue up 150 %"
 * never raise it.
 */
import type { Check } from './check';
import type { Finding, FigureEntity } from '../model';

export const impossibleValue: Check = {
  code: 'impossible-value',
  description: 'A value that cannot be: a share of patients above 100 %, a p-value outside [0, 1], more responders than patients.',
  defaultSeverity: 'error',
  run(model) {
    const out: Finding[] = [];
    const proportionEndpoints = new Set(model.entities.filter(e => e.kind === 'endpoint' && e.facts.measure === 'proportion').map(e => e.name));
    for (const f of model.entities) {
      if (f.kind !== 'figure') continue;
      const values = Array.isArray(f.value) ? f.value : [f.value];
      if (f.figureKind === 'percent' && f.unit === '%' && f.binding.endpoint && proportionEndpoints.has(f.binding.endpoint)) {
        const v = Math.max(...values);
        if (v > 100) out.push(finding(f, `${f.binding.endpoint} of ${v} % is impossible: a share of patients cannot exceed 100 %.`, { value: v, limit: 100 }));
      }
      if (f.figureKind === 'pvalue') {
        const v = values[0];
        if (v > 1 || v < 0) out.push(finding(f, `p = ${v} is impossible: a p-value lies between 0 and 1.`, { value: v }));
      }
      if (f.figureKind === 'count' && f.denominator !== undefined && typeof f.value === 'number' && f.value > f.denominator) {
        out.push(finding(f, `${f.value} of ${f.denominator} is impossible: the part is larger than the whole.`, { value: f.value, denominator: f.denominator }));
      }
    }
    return out;
  },
};

function finding(f: FigureEntity, message: string, data: Record<string, number>): Finding {
  return { code: 'impossible-value', severity: 'error', message, start: f.start, end: f.end, related: [], data, fixes: [] };
}
