/**
 * landmark-vs-median: a landmark survival rate that contradicts the median for the same endpoint,
 * drug and arm. A Kaplan-Meier curve falls to 50 % at the median, so a 12-month OS rate above
 * 50 % cannot go with a median OS under 12 months, nor a rate below 50 % with a median beyond the
 * landmark. Reported only when both sides clear the rounding of the written numbers and a margin
 * (half a month, two percentage points) for how software places the median on a flat stretch of
 * the curve; medians and rates of subgroups, updates or other analyses are never paired.
 */
import { aboutAnotherArm, armKey, Check, entitiesWithin, figuresBySentence, halfUnit, isControlArmFigure, isDurationGap, normalizedText, OTHER_POPULATION, paragraphIndexAt, sentenceIndexAt, wordsPattern, type CheckFinding } from './check';
import { COMPARISON } from './shares';
import type { DocumentModel } from '../model';
import { followUpDuration, isSurvivalMedian, TO_MONTHS } from './survivalLogic';
import { memoSpanText } from '../memo';
import type { FigureEntity } from '../model';
import survival from '../../../lexicon/grammar/survival.json';
import numbers from '../../../lexicon/builtin/numbers.json';

const CODE = 'landmark-vs-median';
const MONTH_MARGIN = 0.5;
const POINT_MARGIN = 2;
/** Endpoints judged both ways, and those whose rate is judged only above 50 % (survival.json). */
const BOTH_WAYS = new Set(survival.landmarkBothWays), ABOVE_ONLY = new Set(survival.landmarkAboveOnly);
const judged = (endpoint: string | undefined) => !!endpoint && (BOTH_WAYS.has(endpoint) || ABOVE_ONLY.has(endpoint));

export const landmarkMedian: Check = {
  code: CODE,
  description: 'A landmark survival rate that contradicts the median: a 12-month OS rate above 50 % with a median OS under 12 months, or below 50 % with a median beyond 12 months.',
  defaultSeverity: 'warning',
  run(model) {
    const out: CheckFinding[] = [];
    const medians: FigureEntity[] = [];
    const frames = new Set<FigureEntity>();
    const rates: FigureEntity[] = [];
    /** Figures after a word of another population or analysis in their sentence ("at the final analysis, ..."). */
    const local = new Set<FigureEntity>();
    for (let si = 0, bySentence_ = figuresBySentence(model); si < bySentence_.length; si++) { const figs = bySentence_[si];
      const s = model.sentences[si];
      // a word of another population qualifies its clause and the clauses after it, not the ones
      // before: "the 1-year PFS rate was 70 %; in patients with ..., the rate was 40 %"
      // (read once a sentence has a figure, and kept with the sentence's text: an edit elsewhere asks the memo)
      const other = figs.length === 0 ? s.end : s.start + memoSpanText(model.text, model.sentences, s).read(otherFrom);
      for (const [k, f] of figs.entries()) {
        // (a figure of that other population is held to the medians of its own clause only, below)
        if (f.start >= other) local.add(f);
        // a control arm's figure may carry the investigational drug's binding: keep both apart (one the binding gave a
        // control arm of no drug, "9.0 months with chemotherapy", is held to that arm's figures alone, by its key below)
        if (aboutAnotherArm(model, f) && !(f.binding.arm && !f.binding.drug)) continue;
        if (isSurvivalMedian(f, f.binding.endpoint === 'OS' || f.binding.endpoint === 'PFS' ? undefined : model.text, judged) && !followUpDuration(model.text, f) && !isDurationGap(model.text, f)) {
          medians.push(f);
          // ("At 12 months, the OS rate was 65 %": a duration that opens its sentence after a word of time, the landmark of
          // a rate of the sentence, frames it: no median for the rates whose arm their own words name, below)
          if (k === 0 && OPENING_TIME.test(model.text.slice(s.start, f.start)) && figs.some(g => g.figureKind === 'percent' && g.binding.timepoint === `${f.value} ${f.unit}`)) frames.add(f);
        }
        else if (f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number' && !f.comparator
          && judged(f.binding.endpoint) && f.binding.timepoint) rates.push(f);
        else if (f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number' && !f.comparator && judged(f.binding.endpoint) && !f.binding.timepoint) {
          // "40 % of responses lasted at least 12 months": the share's landmark is the duration its verb of lasting names
          const at = lastingAtLeast(model, figs[k + 1], f);
          if (at) rates.push({ ...f, binding: { ...f.binding, timepoint: at } });
        }
      }
    }
    const byArm = new Map<string, FigureEntity[]>();
    const byArmAndParagraph = new Map<string, FigureEntity[]>();
    for (let mI = 0; mI < medians.length; mI++) { const m = medians[mI];
      const k = `${m.binding.endpoint}|${armKey(m)}`;
      for (let itemI = 0, itemList = [[byArm, k], [byArmAndParagraph, `${k}|${paragraphIndexAt(model, m.start)}`]] as [Map<string, FigureEntity[]>, string][]; itemI < itemList.length; itemI++) { const [map, key] = itemList[itemI];
        const l = map.get(key) ?? [];
        l.push(m);
        map.set(key, l);
      }
    }
    // two rates of one endpoint, arm and landmark in one sentence ("at 12 months, 55 % and 42 % were alive") are two
    // arms the binding did not tell apart: neither is judged
    const named = tellArmsApart(model, rates);
    const rateKey = (r: FigureEntity) => `${r.binding.endpoint}|${armKey(r)}|${r.binding.timepoint}|${sentenceIndexAt(model, r.start)}`;
    const rateValues = new Map<string, Set<number>>();
    for (let rI = 0; rI < rates.length; rI++) { const r = rates[rI]; const k = rateKey(r); const v = rateValues.get(k) ?? new Set(); v.add(r.value as number); rateValues.set(k, v); }
    for (let rI = 0; rI < rates.length; rI++) { const r = rates[rI];
      if ((rateValues.get(rateKey(r))?.size ?? 0) > 1) continue;
      const landmark = toMonths(r.binding.timepoint!);
      if (landmark === undefined) continue;
      // the median of the same endpoint and arm: the one in the rate's paragraph, else the document's only one
      const k = `${r.binding.endpoint}|${armKey(r)}`;
      const same = byArm.get(k) ?? [];
      const near = byArmAndParagraph.get(`${k}|${paragraphIndexAt(model, r.start)}`) ?? [];
      // (a rate whose own words name its arm, "65 % for the AB-101 arm", is held to that arm's median, not to a time frame)
      // (another population's or analysis's rate and medians meet only in their sentence: "At the final analysis, median PFS
      // was 8.1 months and the 1-year rate 40 %"; the main result's never meet them)
      const ri = sentenceIndexAt(model, r.start);
      // (a rate and a median bound to one named population, "the 12-month rate in the X cohort" after "median PFS was 9 months
      // in the X cohort", meet in their paragraph: the binding names whom both are of)
      const ofOneNamed = (m: FigureEntity) => !!r.binding.subgroup && !!m.binding.subgroup && armKey(m) === armKey(r) && paragraphIndexAt(model, m.start) === paragraphIndexAt(model, r.start);
      const scoped = (l: FigureEntity[]) => local.has(r) ? l.filter(m => local.has(m) && (sentenceIndexAt(model, m.start) === ri || ofOneNamed(m))) : l.filter(m => !local.has(m));
      const own = (l: FigureEntity[]) => scoped(named.has(r) ? l.filter(m => !frames.has(m)) : l);
      let pool = own(near).length > 0 ? own(near) : local.has(r) ? [] : own(same);
      // a rate bound to no drug, arm or subgroup ("At 12 months, 58 % were alive") in a document whose medians of its
      // endpoint are all of one arm: that arm's
      if (pool.length === 0 && armKey(r) === '||' && !local.has(r)) {
        const ofEndpoint = medians.filter(m => m.binding.endpoint === r.binding.endpoint && !local.has(m));
        if (new Set(ofEndpoint.map(f => armKey(f))).size === 1) {
          const inParagraph = ofEndpoint.filter(m => paragraphIndexAt(model, m.start) === paragraphIndexAt(model, r.start));
          pool = inParagraph.length > 0 ? inParagraph : ofEndpoint;
        }
      }
      if (new Set(pool.map(m => `${m.value} ${m.unit}`)).size !== 1) continue;
      const m = pool[0];
      const median = (m.value as number) * TO_MONTHS[m.unit];
      const medianRoom = halfUnit(model.text.slice(m.start, m.end)) * TO_MONTHS[m.unit] + MONTH_MARGIN;
      const rate = r.value as number;
      const rateRoom = halfUnit(model.text.slice(r.start, r.end)) + POINT_MARGIN;
      const ep = r.binding.endpoint;
      const state = ep === 'OS' ? 'alive' : ep === 'PFS' ? 'alive and free of progression' : ep === 'DOR' ? 'still in response' : `event-free (${ep})`;
      let why: string | undefined;
      if (median + medianRoom < landmark && rate - rateRoom > 50) why = `past the median of ${m.value} ${m.unit} fewer than half the patients can be ${state}`;
      if (median - medianRoom > landmark && rate + rateRoom < 50 && BOTH_WAYS.has(ep!)) why = `before the median of ${m.value} ${m.unit} more than half the patients are ${state}`;
      if (!why) continue;
      out.push({
        message: `${adjective(r.binding.timepoint!)} ${ep} rate ${rate} % contradicts median ${ep} ${m.value} ${m.unit}: ${why}.`,
        start: r.start, end: r.end,
        related: [{ start: m.start, end: m.end, message: `median ${ep} ${m.value} ${m.unit}` }],
        data: { rate, landmarkMonths: Number(landmark.toFixed(3)), medianMonths: Number(median.toFixed(3)) }, fixes: [],
      });
    }
    out.push(...belowHalfWithoutMedian(model, rates));
    return out;
  },
};

const OPENING_TIME = new RegExp(`^\\W*(?:${wordsPattern(numbers.timePrepositions)})[ ]$`, 'iu');
const ARM_AFTER = new RegExp(`^,?[ ](?:${wordsPattern(survival.armAfterRate.prepositions)})[ ]([^,;.()%]{1,40}?)[ ](?:${wordsPattern(survival.armAfterRate.heads)})(?![\\p{L}])`, 'u');

/**
 * "At 12 months, the OS rate was 72 % for the combination arm and 65 % for the AB-101 arm": rates of one endpoint
 * and landmark in one sentence, each followed by the arm it is of (survival.json armAfterRate), are told apart by
 * those words when the binding gave them one arm: a drug named there is the rate's drug, other words its arm.
 * Only when every such rate of the sentence names its arm, each another.
 */
function tellArmsApart(model: DocumentModel, rates: FigureEntity[]): Set<FigureEntity> {
  const told = new Set<FigureEntity>();
  const groups = new Map<string, number[]>();
  rates.forEach((r, k) => {
    const key = `${r.binding.endpoint}|${armKey(r)}|${r.binding.timepoint}|${sentenceIndexAt(model, r.start)}`;
    groups.set(key, [...groups.get(key) ?? [], k]);
  });

  for (const ks of groups.values()) {
    if (ks.length < 2) {
      // (one rate of its arm and landmark: its own words may still name its arm)
      if (ARM_AFTER.test(model.text.slice(rates[ks[0]].end, rates[ks[0]].end + 80))) told.add(rates[ks[0]]);
      continue;
    }
    const named = ks.map(k => {
      const r = rates[k];
      const m = ARM_AFTER.exec(model.text.slice(r.end, r.end + 80));
      if (!m) return undefined;
      const from = r.end + m.index + m[0].indexOf(m[1], 1), to = from + m[1].length;
      const drug = entitiesWithin(model.entities, from, to).find(e => e.kind === 'drug');
      return { k, drug: drug?.name, words: m[1].trim().toLowerCase() };
    });
    if (named.some(n => !n) || new Set(named.map(n => n!.drug ?? n!.words)).size !== named.length) continue;
    for (let nI = 0, named_ = named; nI < named_.length; nI++) { const n = named_[nI];
      const r = rates[n!.k];
      rates[n!.k] = { ...r, binding: n!.drug ? { ...r.binding, drug: n!.drug, arm: undefined } : { ...r.binding, arm: n!.words } };
      told.add(rates[n!.k]);
    }
  }
  return told;
}

const NOT_REACHED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(survival.notReached.words)})(?![\\p{L}])`, 'iu');
const MEDIAN_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(survival.notReached.median)})(?![\\p{L}])`, 'giu');

/**
 * Where a sentence says a median was not reached (its words' offset and text) and where the last word of a median before
 * them stands; undefined when it says none, compares arms ("versus", shares.ts: a median per arm, not the document's
 * one), names another population before the words, or has no median's word within 120 characters before them.
 */
function medianNotReached(sentence: string): { nr: { index: number; 0: string }; median: number } | undefined {
  const found = NOT_REACHED.exec(sentence);
  if (!found || COMPARISON.test(sentence) || OTHER_POPULATION.test(sentence.slice(0, found.index))) return undefined;
  let median = -1;
  MEDIAN_WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = MEDIAN_WORD.exec(sentence)) !== null && m.index < found.index;) median = m.index;
  if (median < 0 || found.index - median > 120) return undefined;
  return { nr: { index: found.index, 0: found[0] }, median };
}

/**
 * "The median OS was not reached; the 3-year OS rate was 41 %": a Kaplan-Meier estimate below 50 %
 * at a landmark means the curve had fallen to 50 % by then, so the median was reached. The endpoints
 * are those named between "median" and the words that say it was not reached (survival.json
 * notReached), in a sentence that compares no arms and names no other population; the rates are
 * those of the same endpoint that no control arm or other population holds, and only when every
 * such rate of the document is of one arm (several arms leave it unknown whose median is meant).
 */
function belowHalfWithoutMedian(model: DocumentModel, rates: FigureEntity[]): CheckFinding[] {
  const text = normalizedText(model);
  const notReached = new Map<string, { start: number; end: number }>();
  let ei = 0;
  const entities = model.entities;
  for (let sI = 0; sI < model.sentences.length; sI++) { const s = model.sentences[sI];
    while (ei < entities.length && entities[ei].start < s.start) ei++;
    // (the sentence's own words, kept with its text: an edit elsewhere reads them from the memo)
    const read = memoSpanText(text, model.sentences, s).read(medianNotReached);
    if (!read) continue;
    const { nr, median } = read;
    for (let k = ei; k < entities.length && entities[k].start < s.start + nr.index; k++) {
      const e = entities[k];
      if (e.kind === 'endpoint' && e.start >= s.start + median && BOTH_WAYS.has(e.name) && !notReached.has(e.name)) notReached.set(e.name, { start: s.start + nr.index, end: s.start + nr.index + nr[0].length });
    }
  }
  if (notReached.size === 0) return [];
  const out: CheckFinding[] = [];
  for (const [ep, at] of notReached) {
    const ofEndpoint = rates.filter(r => r.binding.endpoint === ep && !isControlArmFigure(model, r) && !aboutAnotherArm(model, r));
    if (new Set(ofEndpoint.map(f => armKey(f))).size !== 1) continue;
    for (let rI2 = 0, ofEndpoint_ = ofEndpoint; rI2 < ofEndpoint_.length; rI2++) { const r = ofEndpoint_[rI2];
      const rate = r.value as number;
      if (rate + halfUnit(text.slice(r.start, r.end)) + POINT_MARGIN >= 50) continue;
      out.push({
        message: `${adjective(r.binding.timepoint!)} ${ep} rate ${rate} % contradicts a median ${ep} not reached: a Kaplan-Meier estimate below 50 % at ${r.binding.timepoint} means the curve had fallen to 50 % by then, so the median was reached.`,
        start: r.start, end: r.end,
        related: [{ start: at.start, end: at.end, message: `median ${ep} not reached` }],
        data: { rate }, fixes: [],
      });
    }
  }
  return out;
}

/** Where, in a sentence, the first clause that names another population starts (the sentence's length when none does). */
function otherFrom(sentence: string): number {
  let from = 0;
  for (let clauseI = 0, clauseList = sentence.split(';'); clauseI < clauseList.length; clauseI++) { const clause = clauseList[clauseI];
    if (OTHER_POPULATION.test(clause)) return from;
    from += clause.length + 1;
  }
  return sentence.length;
}

/**
 * A verb of lasting (survival.json lastingAtLeast) right before a duration, with "at least" between or not: "lasted at
 * least 12 months", "lasting \u2265 6 months", "lasting 9 months or longer" (the bound then after the duration).
 */
const LASTING = new RegExp(`^[^.;\\d]{0,60}?(?<![\\p{L}])(?:${wordsPattern(survival.lastingAtLeast.words)})(?:\\s+for)?\\s*(at least|a minimum of|mindestens|\u2265|>=)?\\s?$`, 'iu');

/** The landmark of a share of responses that "lasted at least" a duration, the next figure of its sentence ("12 months"), or undefined. */
function lastingAtLeast(model: DocumentModel, next: FigureEntity | undefined, f: FigureEntity): string | undefined {
  if (!next || next.figureKind !== 'duration' || typeof next.value !== 'number' || TO_MONTHS[next.unit] === undefined) return undefined;
  // the duration's own "at least" may be read into the figure ("at least 9 months") or stand before it
  const lead = /^(?:at least|a minimum of|mindestens|\u2265|>=)\s?/i.exec(model.text.slice(next.start, next.end));
  const m = LASTING.exec(model.text.slice(f.end, next.start) + (lead ? lead[0] : ''));
  // (without "at least" before it, the bound written after the duration, "or longer", read into its comparator)
  if (!m || (!m[1] && next.comparator !== '\u2265')) return undefined;
  return `${next.value} ${next.unit}`;
}

export function toMonths(timepoint: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?) (\w+?)s?$/.exec(timepoint);
  // "1 year" is written singular
  const per = m ? TO_MONTHS[m[2] + 's'] : undefined;
  return per === undefined ? undefined : Number(m![1]) * per;
}

/** "12 months" -> "12-month", "2 years" -> "2-year". */
export function adjective(timepoint: string): string {
  return timepoint.replace(/^(\S+) (\w+?)s?$/, '$1-$2');
}
