/**
 * Landmark rates out of order (impossible-value): a Kaplan-Meier estimate never rises, so the share of
 * patients alive, or alive and free of progression, at a later landmark cannot exceed the share at an
 * earlier one ("the 6-month PFS rate was 40 %; at 12 months, 45 %" for one arm): those event-free at 12
 * months are among those event-free at 6. Judged for the time-to-event endpoints of survival.json, for
 * one endpoint, drug, arm and subgroup in one paragraph, on rates without a bound ("more than"), when
 * each landmark has one value there (two values at one landmark are two arms the binding did not tell
 * apart) and the rise clears the rounding of both numbers.
 */
import { aboutAnotherArm, armKey, figuresBySentence, halfUnit, OTHER_POPULATION, paragraphIndexAt, type CheckFinding } from './check';
import { adjective, toMonths } from './landmarkMedian';
import type { DocumentModel, FigureEntity } from '../model';
import survival from '../../../lexicon/grammar/survival.json';
import { spanTest } from '../memo';

const SURVIVAL_ENDPOINTS = new Set([...survival.landmarkBothWays, ...survival.landmarkAboveOnly]);

export function landmarksOutOfOrder(model: DocumentModel): CheckFinding[] {
  const groups = new Map<string, { f: FigureEntity; months: number }[]>();
  const bySentence = figuresBySentence(model);
  for (let si = 0; si < bySentence.length; si++) {
    const s = model.sentences[si];
    // (a sentence about a subgroup or another analysis may state another population's rates)
    let other: boolean | undefined;
    for (let fI = 0, fList = bySentence[si]; fI < fList.length; fI++) { const f = fList[fI];
      if (f.figureKind !== 'percent' || f.unit !== '%' || typeof f.value !== 'number' || f.comparator || f.table) continue;
      if (!f.binding.endpoint || !SURVIVAL_ENDPOINTS.has(f.binding.endpoint) || !f.binding.timepoint) continue;
      const months = toMonths(f.binding.timepoint);
      if (months === undefined || aboutAnotherArm(model, f) || (other ??= spanTest(OTHER_POPULATION, model.text, model.sentences, s))) continue;
      const key = `${f.binding.endpoint}|${armKey(f, model)}|${paragraphIndexAt(model, f.start)}`;
      const list = groups.get(key) ?? [];
      list.push({ f, months });
      groups.set(key, list);
    }
  }
  const out: CheckFinding[] = [];
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const byLandmark = new Map<number, Set<number>>();
    for (let rI = 0, list_ = list; rI < list_.length; rI++) { const r = list_[rI]; byLandmark.set(r.months, (byLandmark.get(r.months) ?? new Set()).add(r.f.value as number)); }
    if ([...byLandmark.values()].some(v => v.size > 1)) continue;
    const room = (g: FigureEntity) => halfUnit(model.text.slice(g.start, g.end));
    for (let laterI = 0, list_ = list; laterI < list_.length; laterI++) { const later = list_[laterI];
      const earlier = list.filter(r => r.months < later.months && (later.f.value as number) - room(later.f) > (r.f.value as number) + room(r.f));
      if (!earlier.length) continue;
      const e = earlier[0];
      const ep = later.f.binding.endpoint;
      out.push({
        message: `The ${adjective(later.f.binding.timepoint!)} ${ep} rate ${later.f.value} % is above the ${adjective(e.f.binding.timepoint!)} rate ${e.f.value} %: the patients ${ep === 'OS' ? 'alive' : 'event-free'} at the later time are among those at the earlier one, so the rate cannot rise.`,
        start: later.f.start, end: later.f.end,
        related: [{ start: e.f.start, end: e.f.end, message: `${ep} at ${e.f.binding.timepoint}: ${e.f.value} %` }],
        data: { later: later.f.value as number, earlier: e.f.value as number }, fixes: [],
      });
    }
  }
  return out;
}
