/**
 * survival-logic: median progression-free survival longer than median overall survival for the
 * same drug and arm (progression or death comes no later than death). Compared only when both
 * medians are bound to the same drug and the same arm (or both to none), in months, and written
 * without a comparator ("> 24 months" is a lower bound, not a median).
 *
 * Which OS a PFS is compared with: the OS of the same drug and arm in the same sentence ("median
 * PFS was 6.2 months and median OS 5.4 months" for one cohort), else the first one in the document
 * for that drug and arm. A PFS whose sentence states OS values for its drug and arm is never
 * compared with an OS from elsewhere: a cohort's medians are not the main population's.
 */
import { aboutAnotherArm, armKey, armOf, Check, figuresBySentence, halfUnit, isDurationGap, paragraphIndexAt, type CheckFinding } from './check';
import type { DocumentModel } from '../model';
import survival from '../../../lexicon/grammar/survival.json';
import type { FigureEntity } from '../model';
import { wordsPattern } from '../words';
import { testPiece } from '../testMemo';
import numbers from '../../../lexicon/builtin/numbers.json';

const CODE = 'survival-logic';
/** "at 12 months", "after six months", "nach 12 Monaten": a duration after one of these is a point in time (numbers.json timePrepositions). */
const AT_TIME = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(numbers.timePrepositions)})[ ]$`, 'iu');

export const TO_MONTHS: Record<string, number> = { months: 1, weeks: 12 / 52.1775, years: 12, days: 12 / 365.25 };

/**
 * Medians of OS and PFS: durations bound to the endpoint, not time points, with no comparator, in a
 * time unit. A duration after "at", "after", "nach" ("PFS at 12 months was 30 %") is the time a rate
 * is read at, never a median.
 */
const FOLLOW_UP = `(?:${wordsPattern(survival.followUp.words)})`;
/** "median follow-up time for OS was 14 months", "(MFU, 30 months)": a follow-up word after the median word that opens the duration's clause, or just before it. */
const FOLLOW_UP_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(survival.notReached.median)})(?![\\p{L}])[^.;\\d]{0,60}?(?<![\\p{L}])${FOLLOW_UP}(?![\\p{L}])[^.;\\d]{0,40}$|(?<![\\p{L}])${FOLLOW_UP}(?![\\p{L}])[^.;\\d\\p{L}]{0,6}$`, 'iu');
/** "after 9 months of follow-up", "10 months follow-up". */
const FOLLOW_UP_AFTER = new RegExp(`^\\s?(?:of\\s)?${FOLLOW_UP}(?![\\p{L}])`, 'iu');

/** Whether a duration is how long patients were followed ("after a median follow-up of 14 months", "9 months of follow-up"), not a median of survival. */
export function followUpDuration(text: string, e: FigureEntity): boolean {
  // (the pieces around the figure asked of testMemo's table, kept by their text)
  return testPiece(FOLLOW_UP_BEFORE, text.slice(Math.max(0, e.start - 110), e.start)) || testPiece(FOLLOW_UP_AFTER, text.slice(e.end, e.end + 24));
}

export function isSurvivalMedian(e: FigureEntity, text?: string, endpoints: (name: string | undefined) => boolean = n => n === 'OS' || n === 'PFS'): boolean {
  return e.figureKind === 'duration' && !e.timepoint && !e.comparator && typeof e.value === 'number' && TO_MONTHS[e.unit] !== undefined
    && endpoints(e.binding.endpoint) && !(text !== undefined && AT_TIME.test(text.slice(Math.max(0, e.start - 16), e.start)));
}

/** A median of survival, as isSurvivalMedian says, that is no gap between two medians ("an improvement in median OS of 2.6 months"). */
function medianNoGap(e: FigureEntity, text: string, endpoints: (name: string | undefined) => boolean): boolean {
  return isSurvivalMedian(e, text, endpoints) && !isDurationGap(text, e);
}

/** Endpoints whose events include death (survival.json landmarkBothWays, less OS itself): none of them can be survived longer than death. */
const DEATH_COUNTS = new Set(survival.landmarkBothWays.filter(e => e !== 'OS'));
const DEATH_OR_OS = (n: string | undefined) => n === 'OS' || (!!n && DEATH_COUNTS.has(n));

function longer(e: FigureEntity, o: FigureEntity, eM: number, oM: number, who: string): CheckFinding {
  const ep = e.binding.endpoint!;
  const why = ep === 'PFS' ? 'progression-free survival cannot outlast overall survival' : `death is an event of ${ep}, so it cannot outlast overall survival`;
  return {
    message: `Median ${ep} ${e.value} ${e.unit} is longer than median OS ${o.value} ${o.unit}${who ? ' (' + who + ')' : ''}: ${why}.`,
    start: e.start, end: e.end, related: [{ start: o.start, end: o.end, message: `median OS ${o.value} ${o.unit}` }],
    data: { pfsMonths: Number(eM.toFixed(3)), osMonths: Number(oM.toFixed(3)) }, fixes: [],
  };
}

/**
 * The medians of a sentence written as two runs side by side: every median of the sentence (a duration
 * bound to OS or to one endpoint death ends, not a follow-up) is in one of two runs, one of that endpoint
 * and one of OS, not interleaved, as many in each (two or three), and no other figure between the medians
 * of a run. Gives each median of the endpoint with the OS median at its place.
 */
function parallelRuns(model: DocumentModel, figs: FigureEntity[]): ReadonlyMap<FigureEntity, FigureEntity> {
  // (each figure and its place made into a pair only when it is such a median: the check asks every sentence, most of
  // whose figures are none, and most sentences are answered by the one empty map below)
  const idx: (readonly [FigureEntity, number])[] = [];
  for (let k = 0; k < figs.length; k++) if (medianNoGap(figs[k], model.text, DEATH_OR_OS) && !followUpDuration(model.text, figs[k])) idx.push([figs[k], k]);
  if (idx.length < 4 || idx.length > 6) return NO_RUNS;
  const pairs = new Map<FigureEntity, FigureEntity>();
  const eps = idx.map(([f]) => f.binding.endpoint!);
  const half = idx.length / 2;
  const first = eps.slice(0, half), second = eps.slice(half);
  if (new Set(first).size !== 1 || new Set(second).size !== 1 || first[0] === second[0] || !(first[0] === 'OS' || second[0] === 'OS')) return NO_RUNS;
  // each run's medians one after the other, no other figure between them
  for (let runI = 0, runList = [idx.slice(0, half), idx.slice(half)]; runI < runList.length; runI++) { const run = runList[runI]; if (run[run.length - 1][1] - run[0][1] !== run.length - 1) return NO_RUNS; }
  const [es, os] = first[0] === 'OS' ? [idx.slice(half), idx.slice(0, half)] : [idx.slice(0, half), idx.slice(half)];
  for (let k = 0; k < half; k++) pairs.set(es[k][0], os[k][0]);
  return pairs;
}
/** parallelRuns' answer for a sentence without two such runs: one map shared by them all, read and never changed. */
const NO_RUNS: ReadonlyMap<FigureEntity, FigureEntity> = new Map();

export const survivalLogic: Check = {
  code: CODE,
  description: 'Median PFS longer than median OS for the same drug and arm.',
  defaultSeverity: 'warning',
  run(model) {
    const out: CheckFinding[] = [];
    // (given the model: an arm labelled by another name of the figure's drug is the drug's own)
    const key = (f: FigureEntity) => armKey(f, model);
    const os = new Map<string, FigureEntity>();
    const bySentence = figuresBySentence(model);
    // a median the binding gave the drug while its sentence speaks of the comparator is left out; one it bound to the
    // comparator's own arm ("13.2 months in the placebo group") is that arm's, held to the arm's OS like any other arm's
    const ours = (f: FigureEntity) => medianNoGap(f, model.text, DEATH_OR_OS) && (!aboutAnotherArm(model, f) || armOf(f, model) !== '');
    const reported = new Set<FigureEntity>();
    // the OS of a drug stated with no arm or subgroup ("the combination achieved an OS of 6.1 months"): a
    // PFS the binding gave an arm of that drug is held to it when no OS names that arm and the drug's
    // armless OS is one value (a document with two such values speaks of two populations)
    const armless = new Map<string, FigureEntity[]>();
    for (let figsI = 0, bySentence_ = bySentence; figsI < bySentence_.length; figsI++) { const figs = bySentence_[figsI]; for (let fI2 = 0, figs_ = figs; fI2 < figs_.length; fI2++) { const f = figs_[fI2];
      if (!ours(f) || f.binding.endpoint !== 'OS') continue;
      if (!os.has(key(f))) os.set(key(f), f);
      if (f.binding.drug && !armOf(f, model) && !f.binding.subgroup) armless.set(f.binding.drug, [...armless.get(f.binding.drug) ?? [], f]);
    } }
    const drugOs = (pfs: FigureEntity) => {
      const l = pfs.binding.drug && armOf(pfs, model) && !pfs.binding.subgroup ? armless.get(pfs.binding.drug) ?? [] : [];
      return l.length > 0 && new Set(l.map(f => `${f.value} ${f.unit}`)).size === 1 ? l[0] : undefined;
    };
    for (let figsI = 0, bySentence_ = bySentence; figsI < bySentence_.length; figsI++) { const figs = bySentence_[figsI];
      const medians = figs.filter(ours);
      const parallel = parallelRuns(model, figs);
      for (let pfsI = 0, medians_ = medians; pfsI < medians_.length; pfsI++) { const pfs = medians_[pfsI];
        if (!DEATH_COUNTS.has(pfs.binding.endpoint!)) continue;
        const here = medians.filter(f => f.binding.endpoint === 'OS' && key(f) === key(pfs));
        // a sentence that writes the endpoints side by side pairs them by their places (below)
        if (parallel.size > 0) continue;
        // in the sentence: the OS after the PFS ("PFS 6.2 and OS 5.4 months"), else the one before it
        const o = here.length > 0 ? (here.find(f => f.start > pfs.start) ?? here[here.length - 1]) : os.get(key(pfs)) ?? drugOs(pfs);
        if (!o) continue;
        const pfsM = (pfs.value as number) * TO_MONTHS[pfs.unit];
        const osM = (o.value as number) * TO_MONTHS[o.unit];
        if (pfsM <= osM) continue;
        const who = [pfs.binding.drug, armOf(pfs, model)].filter(Boolean).join(', ');
        out.push(longer(pfs, o, pfsM, osM, who));
        reported.add(pfs);
      }
      // "RFS of 7.1 months versus 2.7 months with placebo, and OS of 14.6 months versus 10.4 months with placebo":
      // two runs of medians side by side, one of an endpoint death ends and one of OS, as many in each, pair by
      // their places (the first with the first), whatever arm the binding gave them
      for (const [e, o] of parallel) {
        if (reported.has(e)) continue;
        const eM = (e.value as number) * TO_MONTHS[e.unit];
        const oM = (o.value as number) * TO_MONTHS[o.unit];
        // (within the rounding of the written numbers, they may be equal)
        if (eM - halfUnit(model.text.slice(e.start, e.end)) * TO_MONTHS[e.unit] <= oM + halfUnit(model.text.slice(o.start, o.end)) * TO_MONTHS[o.unit]) continue;
        out.push(longer(e, o, eM, oM, ''));
        reported.add(e);
      }
    }
    out.push(...landmarkRatesAboveOs(model));
    return out;
  },
};


/**
 * "At 12 months, 70 % were alive and free of progression and 60 % were alive": death is an event of
 * progression-free (event-free, disease-free ...) survival, so at one time point the share alive
 * cannot be below the share alive and event-free, for the same drug, arm and population, in one
 * paragraph. Rates at or within the rounding of each other are let be.
 */
function landmarkRatesAboveOs(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const osRates = new Map<string, FigureEntity>();
  const others: FigureEntity[] = [];
  for (let fI = 0; fI < model.entities.length; fI++) { const f = model.entities[fI];
    if (f.kind !== 'figure' || f.figureKind !== 'percent' || f.unit !== '%' || typeof f.value !== 'number' || f.comparator || !f.binding.timepoint) continue;
    const ep = f.binding.endpoint;
    if (ep !== 'OS' && !(ep && DEATH_COUNTS.has(ep))) continue;
    if (aboutAnotherArm(model, f)) continue;
    const k = `${armKey(f)}|${f.binding.timepoint}|${paragraphIndexAt(model, f.start)}`;
    if (ep === 'OS') { if (!osRates.has(k)) osRates.set(k, f); }
    else others.push(f);
  }
  if (osRates.size === 0) return out;
  for (let oI = 0; oI < others.length; oI++) { const o = others[oI];
    const k = `${armKey(o)}|${o.binding.timepoint}|${paragraphIndexAt(model, o.start)}`;
    const os = osRates.get(k);
    if (!os) continue;
    const room = halfUnit(model.text.slice(o.start, o.end)) + halfUnit(model.text.slice(os.start, os.end));
    if ((o.value as number) <= (os.value as number) + room) continue;
    out.push({
      message: `The ${o.binding.timepoint} ${o.binding.endpoint} rate ${o.value} % is above the ${os.binding.timepoint} OS rate ${os.value} %: death is an event of ${o.binding.endpoint}, so no more patients can be free of its events than are alive.`,
      start: o.start, end: o.end, related: [{ start: os.start, end: os.end, message: `OS at ${os.binding.timepoint}: ${os.value} %` }],
      data: { rate: o.value as number, osRate: os.value as number }, fixes: [],
    });
  }
  return out;
}
