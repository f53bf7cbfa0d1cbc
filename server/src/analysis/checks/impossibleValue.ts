/**
 * impossible-value: a share of patients above 100 %, a p-value outside [0, 1], a subgroup larger
 * than its whole ("12 of 10 patients"), a rate above the rate it is part of (a CR rate above the
 * ORR, an ORR above the DCR). Shares are only judged where the figure is bound to an
 * endpoint that is a proportion (ORR, DCR, TRAEs...), so growth rates such as "revenue up 150 %"
 * never raise it.
 */
import { armKey, Check, figuresBySentence, halfUnit, isControlArmFigure, OTHER_POPULATION, paragraphIndexAt } from './check';
import type { DocumentModel, Finding, FigureEntity } from '../model';

export const impossibleValue: Check = {
  code: 'impossible-value',
  description: 'A value that cannot be: a share of patients above 100 %, a p-value outside [0, 1], more responders than patients, a rate above the rate it is part of (CR above ORR).',
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
    out.push(...subsetsAboveWholes(model));
    return out;
  },
};

/** Rates that are part of another: complete and partial responders are responders, responders are disease-controlled. */
const PART_OF: [string, string][] = [['CR', 'ORR'], ['PR', 'ORR'], ['sCR', 'CR'], ['ORR', 'DCR'], ['CR', 'DCR']];

/**
 * A rate above the rate it is part of, for the same drug, arm and time point in one paragraph:
 * "ORR 96.0 % and CR rate 100.0 %". Control-arm figures ("versus 20 %") are left out, since their
 * binding may name the investigational drug, and so are subgroups.
 */
function subsetsAboveWholes(model: DocumentModel): Finding[] {
  const out: Finding[] = [];
  const rates = new Map<string, FigureEntity>();
  const named = namedRightBefore(model);
  for (const [si, figs] of figuresBySentence(model).entries()) {
    const s = model.sentences[si];
    if (OTHER_POPULATION.test(model.text.slice(s.start, s.end))) continue;
    for (const f of figs) {
      if (f.figureKind !== 'percent' || f.unit !== '%' || typeof f.value !== 'number' || f.comparator || !f.binding.endpoint || f.table) continue;
      // only rates written right after their endpoint ("CR rate was 45 %", "ORR = 42 %"), since a
      // rate bound to the nearest endpoint further back may be another one's; never one above 100 %
      if (named.get(f) !== f.binding.endpoint || (f.value as number) > 100 || isControlArmFigure(model, f)) continue;
      const key = (ep: string) => `${paragraphIndexAt(model, f.start)}|${ep}|${armKey(f)}|${f.binding.timepoint ?? ''}`;
      if (!rates.has(key(f.binding.endpoint))) rates.set(key(f.binding.endpoint), f);
      for (const [part, whole] of PART_OF) {
        const other = f.binding.endpoint === part ? rates.get(key(whole)) : f.binding.endpoint === whole ? rates.get(key(part)) : undefined;
        if (!other) continue;
        const [p, w] = f.binding.endpoint === part ? [f, other] : [other, f];
        const room = halfUnit(model.text.slice(p.start, p.end)) + halfUnit(model.text.slice(w.start, w.end));
        if ((p.value as number) <= (w.value as number) + room) continue;
        out.push({
          code: 'impossible-value', severity: 'error',
          message: `${part} ${p.value} % is above ${whole} ${w.value} %: ${part === 'ORR' ? 'responders are among the patients with disease control' : `every ${part} is also counted in the ${whole}`}.`,
          start: f.start, end: f.end,
          related: [{ start: other.start, end: other.end, message: `${other.binding.endpoint} ${other.value} %` }],
          data: { part: p.value as number, whole: w.value as number }, fixes: [],
        });
      }
    }
  }
  return out;
}

function finding(f: FigureEntity, message: string, data: Record<string, number>): Finding {
  return { code: 'impossible-value', severity: 'error', message, start: f.start, end: f.end, related: [], data, fixes: [] };
}

const LINKING_WORDS = new Set(['rate', 'rates', 'was', 'were', 'is', 'of', 'reached', 'at', 'the', 'a', 'an', 'overall', 'confirmed', 'in', 'betrug', 'lag', 'bei', 'von']);

/** For each figure, the endpoint written right before it with only linking words between ("CR rate was", "ORR ="). */
function namedRightBefore(model: DocumentModel): Map<FigureEntity, string> {
  const out = new Map<FigureEntity, string>();
  let last: { name: string; end: number } | undefined;
  for (const e of model.entities) {
    if (e.kind === 'endpoint') { last = { name: e.name, end: e.end }; continue; }
    if (e.kind !== 'figure' || !last || e.start - last.end > 30) continue;
    const words = model.text.slice(last.end, e.start).split(/[\s:=(),]+/).filter(Boolean);
    if (words.every(w => LINKING_WORDS.has(w.toLowerCase()))) out.set(e, last.name);
  }
  return out;
}
