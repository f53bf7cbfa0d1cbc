/**
 * Adverse events of a category above the category it lies within (part of impossible-value): "treatment-related adverse
 * events in 62 % of patients" and "adverse events of any grade in 58 %" cannot both hold of one group, since every
 * treatment-related event is an event. Which categories lie within which is data (nesting.json eventCategories, by the
 * endpoint names the binder gives). Judged only for shares of patients written as plain percentages (no bound, no
 * table cell), of one drug, arm, subgroup and time point, each category stated with one value in the document (a
 * category stated twice, for two analyses or cut-offs, is left alone), and beyond the rounding of both; a share in a
 * sentence that speaks of another population the binder did not name is not judged, nor a share of the patients whose
 * events led to something (nesting.json eventCategories.consequences: "TRAEs led to discontinuation in 5 %").
 */
import { armKey, figuresBySentence, halfUnit, normalizedText, OTHER_POPULATION, wordsPattern, type CheckFinding } from './check';
import nesting from '../../../lexicon/grammar/nesting.json';
import type { DocumentModel, FigureEntity } from '../model';

const WITHIN = new Map(Object.entries(nesting.eventCategories.within as Record<string, string[]>));
const CATEGORIES = new Set([...WITHIN.keys(), ...[...WITHIN.values()].flat()]);
/** Words of what the events led to ("led to stopping", "a lower dose because of"): the share is of those patients. */
const CONSEQUENCE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(nesting.eventCategories.consequences)})(?![\\p{L}])`, 'iu');
/** How far after a share its clause may name a consequence ("in 5 % of patients, leading to discontinuation"). */
const AFTER = 40;

export function eventCategoriesAboveWholes(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  // each category's shares by group: the values stated, and the first figure of each
  const byKey = new Map<string, FigureEntity[]>();
  const bySentence = figuresBySentence(model);
  for (let si = 0; si < bySentence.length; si++) {
    const s = model.sentences[si];
    for (let fI = 0, fList = bySentence[si]; fI < fList.length; fI++) { const f = fList[fI];
      const ep = f.binding.endpoint;
      if (!ep || !CATEGORIES.has(ep) || f.figureKind !== 'percent' || f.unit !== '%' || typeof f.value !== 'number' || f.comparator || f.table) continue;
      // ("among patients aged 65 or older, ...": another population the binder left unnamed)
      if (!f.binding.subgroup && OTHER_POPULATION.test(text.slice(s.start, f.start))) continue;
      // ("TRAEs led to discontinuation in 5 %", "discontinuations due to TRAEs were 4 % versus 9 %": a share of the patients
      // whose events had that consequence, anywhere in its sentence before it)
      if (CONSEQUENCE.test(text.slice(s.start, Math.min(s.end, f.end + AFTER)))) continue;
      const key = `${ep}#${armKey(f, model)}#${f.binding.timepoint ?? ''}`;
      const l = byKey.get(key) ?? [];
      l.push(f);
      byKey.set(key, l);
    }
  }
  const one = (key: string): FigureEntity | undefined => {
    const l = byKey.get(key);
    return l && new Set(l.map(f => f.value)).size === 1 ? l[0] : undefined;
  };
  const out: CheckFinding[] = [];
  for (const key of byKey.keys()) {
    const part = one(key);
    if (!part) continue;
    const [ep, group, time] = key.split('#');
    for (let wholeI = 0, wholeList = WITHIN.get(ep) ?? []; wholeI < wholeList.length; wholeI++) { const whole = wholeList[wholeI];
      const w = one(`${whole}#${group}#${time}`);
      if (!w) continue;
      const room = halfUnit(model.text.slice(part.start, part.end)) + halfUnit(model.text.slice(w.start, w.end));
      if ((part.value as number) - (w.value as number) <= room) continue;
      out.push({
        message: `${model.text.slice(part.start, part.end)} of patients had ${ep} events, more than the ${model.text.slice(w.start, w.end)} with ${whole} events: every ${ep} event is ${/^(?:AE|TEAE)$/.test(whole) ? 'an adverse event' : `a ${whole} event`}, so its share cannot be larger.`,
        start: part.start, end: part.end,
        related: [{ start: w.start, end: w.end, message: `the share with ${whole} events` }],
        data: { part: part.value as number, whole: w.value as number }, fixes: [],
      });
      break;
    }
  }
  return out;
}
