/**
 * grim: a percentage of patients that no whole number of patients gives (the GRIM test of Brown
 * and Heathers, 2017, applied to shares). "ORR 38 % (n = 22)": 8/22 = 36.4 % and 9/22 = 40.9 %,
 * so no responder count rounds or truncates to 38 %. Only shares of patients are judged (endpoints measured as
 * proportions, such as ORR, DCR or a rate of adverse events; never survival rates, which
 * censoring makes fractional, nor vaccine efficacy), and only where the n is written with the
 * share: "38 % (n = 22)", "38 % of 22 patients", "a 38 % response rate among 22 patients",
 * "the response rate in the 22 evaluable patients ... was 38 %", the one "(n = 22)" its sentence states before
 * it, or the population its sentence introduces before it ("Of 22 patients, ...": see shares.ts). A share written with its count ("8 of 22 (40 %)") is percent-of-count's to judge.
 */
import { Check, decimalsOf, figuresBySentence, wordsPattern, type CheckFinding } from './check';
import { PEOPLE_UNIT } from '../people';
import shareWords from '../../../lexicon/grammar/shares.json';
import bindingWords from '../../../lexicon/grammar/binding.json';
import labelWords from '../../../lexicon/grammar/labelUnits.json';
import { achievable, isPairedCount, plainSentence, populationBefore, shareOf, wholeCount } from './shares';
export { achievable } from './shares';
import { armsOfOneEndpoint, normalizedText, paragraphIndexAt, OTHER_POPULATION } from './check';
import { armSizeOf, ENROLMENT_WORDS, populationsBySentence, populationsOf, sizeLabelledBy, statesAnalysisSet } from '../populations';
import type { DocumentModel, FigureEntity } from '../model';
import { cellRatesOfTheirColumn } from './tableCells';
import { spanTest } from '../memo';

const CODE = 'grim';
const NOT_A_HEAD_COUNT = new Set(['VE']);

export const grim: Check = {
  code: CODE,
  description: 'A percentage of patients that no whole number of patients gives with the n stated ("38 % (n = 22)": 8/22 = 36.4 %, 9/22 = 40.9 %).',
  defaultSeverity: 'warning',
  run(model) {
    const out: CheckFinding[] = [];
    const proportions = new Set(model.entities.filter(e => e.kind === 'endpoint' && e.facts.measure === 'proportion').map(e => e.name));
    const bySentence = figuresBySentence(model);
    for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
      const nCounts = inS.filter(isNCount);
      let otherCountsBefore = 0;
      for (let i = 0; i < inS.length; i++) {
        const f = inS[i];
        if (i > 0 && inS[i - 1].figureKind === 'count' && inS[i - 1] !== nCounts[0]) otherCountsBefore++;
        if (f.figureKind !== 'percent' || f.unit !== '%' || typeof f.value !== 'number' || f.comparator || f.table) continue;
        const ep = f.binding.endpoint;
        // "53.8 % of the 107 patients": the share's own words make it one of people, whatever endpoint it was bound to
        const ofPeople = ofPeopleRightAfter(model, inS, i);
        // "45 % of responses were ongoing": a share of the responders counted just before, whatever endpoint it was bound to
        // (not at a time point: "93 % of responses ongoing at 6 months" is a Kaplan-Meier estimate, censoring makes it fractional)
        const ofResponders = ofPeople || f.binding.timepoint ? undefined : respondersBefore(model, bySentence, si, i);
        // "N = 12 patients: 55 % male": a share that says who the patients are is a share of the sentence's n
        const demographic = !ep && DEMOGRAPHIC_AFTER.test(model.text.slice(f.end, f.end + 40));
        // "Of the 40 patients treated, 36 % achieved a response": a share whose verb makes it one of people
        const predicate = !ep && !demographic && PEOPLE_PREDICATE.test(model.text.slice(f.end, f.end + 24));
        if (ep && !ofResponders && (!proportions.has(ep) || NOT_A_HEAD_COUNT.has(ep)) && !(ofPeople && !NOT_A_HEAD_COUNT.has(ep))) continue;
        // a count beside it is percent-of-count's: "8 of 22 (36 %)", "six (30 %)"
        // (but "12 patients (55 % women)" says who the 12 are: the share is of them, not their count's)
        const describes = demographic && !/^\s*[)\]]/.test(model.text.slice(f.end, f.end + 3));
        if (i > 0 && isPairedCount(model.text, inS, i - 1) && !describes) continue;
        if ([inS[i - 1], inS[i + 1]].some(x => x && x.figureKind === 'count' && x.denominator !== undefined && model.text.slice(Math.min(x.end, f.end), Math.max(x.start, f.start)).length <= 3)) continue;
        // the n written with the share, else the population its sentence introduces ("Of 22 patients, ... 38 %"),
        // else the one stated just before that the share's words refer back to ("... 36 % of them")
        const nFig = ofPeople ?? ofResponders ?? subsetOwner(model, inS, i) ?? (ep || demographic ? nFor(model, inS, i, nCounts, otherCountsBefore) ?? peopleOnly(populationBefore(model, inS, i, model.sentences[si])) ?? framedBy(model, inS, i, model.sentences[si]) ?? (ep ? analysisSetBefore(model, inS, i, si) : undefined) : undefined)
          // (a share of people by its verb takes a population its sentence introduces only when that counts people: "a score of 2; 70 % had ..." is no group of 2)
          ?? (predicate ? strictPeople(peopleOnly(populationBefore(model, inS, i, model.sentences[si])) ?? framedBy(model, inS, i, model.sentences[si])) : undefined)
          ?? referredPopulation(model, bySentence, si, i) ?? (ep ? undefined : studyPopulation(model, bySentence, si, i))
          ?? (demographic ? demographicGroup(model, inS, i, si) : undefined);
        // else the arm's size stated elsewhere ("AB-101 (n = 42)"), or the one population enrolled: a share of it may be
        // over a few fewer (those treated, or evaluable), so it is judged only when no size down to 90 % of it gives the share
        const ofArm = !nFig && ep ? armPopulation(model, inS, i, si) : undefined;
        const elsewhere = ofArm?.n ?? (!nFig && ep ? enrolledPopulation(model, inS, i, si) : undefined);
        const pop = nFig ?? elsewhere;
        if (!pop || typeof pop.value !== 'number' || !Number.isInteger(pop.value) || pop.value < 1 || pop.value > 100000) continue;
        const n = pop.value;
        const d = decimalsOf(model.text.slice(f.start, f.end));
        // a group introduced by its enrolment ("Of 82 registered patients, 28.4 % responded"): an outcome is often counted
        // over those evaluable, a few fewer, as with an enrolment stated elsewhere
        const enrolledGroup = !!nFig && !!ep && nFig !== ofPeople && nFig.start < f.start
          && ENROLMENT_WORDS.test(model.text.slice(nFig.start, nFig.start + Math.max(0, Math.min(50, model.text.slice(nFig.start, f.start).search(/[,;:]|$/)))))
          // ("22 of 25 enrolled patients were evaluable": the 22 are the evaluable set itself)
          && !populationsOf(model).some(p => p.figure === nFig && p.role === 'analysis' && p.size === nFig.value);
        if (elsewhere || enrolledGroup ? countsFrom(f.value, n, d) : achievable(f.value, n, d)) continue;
        // "40 % (n = 10)" after "25 patients were treated": the n may count those with the result
        // (10/25 = 40 %), not the population; a reading that makes the share right is not reported
        if (nFig && countsResult(model, inS, i, nFig, si, d)) continue;
        const [below, above] = neighbours(f.value, n);
        const pct = (k: number) => ((100 * k) / n).toFixed(Math.max(1, d));
        const whose = elsewhere ? `the ${n} patients ${ofArm ? `of the ${ofArm.arm} arm` : 'enrolled'}, nor of a few fewer down to ${Math.ceil(ARM_ROOM * n)}` : `${n} ${pop.unit || 'patients'}`;
        out.push({
          message: `${ep ? `${ep} ` : ''}${f.value} % is not a share of ${whose}: ${below}/${n} = ${pct(below)} %${above <= n ? `, ${above}/${n} = ${pct(above)} %` : ''}.`,
          start: f.start, end: f.end,
          related: [{ start: pop.start, end: pop.end, message: `n = ${n}${ofArm ? `, the ${ofArm.arm} arm` : elsewhere ? ', enrolled' : ''}` }],
          data: { stated: f.value, n, below, above }, fixes: [],
        });
      }
    }
    // a table's share alone in its cell ("ORR, % | 42.0 (28.2 to 56.8)"), under a column whose count-and-share pairs
    // bear its size out: a proportion of the column's patients, so some whole number of them gives it
    for (let itemI = 0, itemList = cellRatesOfTheirColumn(model); itemI < itemList.length; itemI++) { const { pct, n, head } = itemList[itemI];
      const ep = pct.binding.endpoint;
      if (!ep || !proportions.has(ep) || NOT_A_HEAD_COUNT.has(ep) || typeof pct.value !== 'number' || n < 1) continue;
      // the row's own label names the proportion (not a section above it: "1-year DFS, %" under "Best response"),
      // and no time point (a landmark rate is an estimate, censoring makes it fractional)
      if (pct.binding.timepoint || !labelNames(model, pct, ep) || ESTIMATE_LABEL.test(model.text.slice(model.text.lastIndexOf('\n', pct.start) + 1, pct.start))) continue;
      const d = decimalsOf(model.text.slice(pct.start, pct.end));
      if (achievable(pct.value, n, d)) continue;
      const [below, above] = neighbours(pct.value, n);
      const share = (k: number) => ((100 * k) / n).toFixed(Math.max(1, d));
      out.push({
        message: `${ep} ${pct.value} % is not a share of the column's ${n} patients: ${below}/${n} = ${share(below)} %${above <= n ? `, ${above}/${n} = ${share(above)} %` : ''}.`,
        start: pct.start, end: pct.end,
        related: [{ start: head.start, end: head.end, message: `n = ${n}, the column's group` }],
        data: { stated: pct.value, n, below, above }, fixes: [],
      });
    }
    return out;
  },
};

/** A row's label that says its shares are a model's ("DCR modelled, %", "adjusted rate, %"): labelUnits.json estimateNotes. */
const ESTIMATE_LABEL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(labelWords.estimateNotes)})(?![\\p{L}])`, 'iu');

/** Whether an endpoint mention of that name stands on the figure's line before it: its row's label. */
function labelNames(model: DocumentModel, f: FigureEntity, endpoint: string): boolean {
  const lineStart = model.text.lastIndexOf('\n', f.start) + 1;
  return endpointsBetween(model, lineStart, f.start).some(e => e.name === endpoint);
}

/**
 * Whether an "(n = k)" written with a share may count those with the result rather than the
 * population: k of a count of people stated before it, in its sentence or the one before, gives
 * the share.
 */
function countsResult(model: DocumentModel, inS: FigureEntity[], i: number, nFig: FigureEntity, si: number, decimals: number): boolean {
  if (!isNCount(nFig) || nFig !== inS[i + 1]) return false;
  const k = nFig.value as number;
  const before = [...(si > 0 ? figuresBySentence(model)[si - 1] : []), ...inS.slice(0, i)];
  const stated = inS[i].value as number;
  return before.some(x => x.figureKind === 'count' && !isNCount(x) && x.denominator === undefined && typeof x.value === 'number'
    && PEOPLE_UNIT.test(x.unit) && x.value > k && shareOf(k, x.value, stated, decimals));
}

/** "of the 107 patients" right after a share: a count of people, "of" and at most a determiner between (shares.json sharesReferringBack.people's determiners). */
const OF_COUNT_GAP = /^ of (?:the |these |those |all |all the )?$/i;
function ofPeopleRightAfter(model: DocumentModel, inS: FigureEntity[], i: number): FigureEntity | undefined {
  const next = inS[i + 1];
  if (!next || next.figureKind !== 'count' || next.denominator !== undefined || next.comparator || typeof next.value !== 'number' || !PEOPLE_UNIT.test(next.unit) || /^\(?n ?=/i.test(next.text)) return undefined;
  return OF_COUNT_GAP.test(model.text.slice(inS[i].end, next.start)) ? next : undefined;
}

/** A count of people, its noun written: not a bare number. */
function strictPeople(f: FigureEntity | undefined): FigureEntity | undefined {
  return f && f.figureKind === 'count' && PEOPLE_UNIT.test(f.unit) ? f : undefined;
}

/** A population introduced before a share of patients counts people: "a median of 3 prior treatments" is no n. */
function peopleOnly(f: FigureEntity | undefined): FigureEntity | undefined {
  return f && (f.figureKind !== 'count' || !f.unit || PEOPLE_UNIT.test(f.unit)) ? f : undefined;
}

function isNCount(f: FigureEntity): boolean {
  return f.figureKind === 'count' && f.denominator === undefined && !f.comparator && PEOPLE_UNIT.test(f.unit) && /^\(?n ?=/i.test(f.text);
}

/** The n of a share: "(n = 22)" right after it, "of 22 patients" right after it, or the sentence's one "(n = 22)" before it. */
function nFor(model: DocumentModel, inS: FigureEntity[], i: number, nCounts: FigureEntity[], otherCountsBefore: number): FigureEntity | undefined {
  const f = inS[i];
  // "38 % (95 % CI, 17-59) in the 22 patients": the share's own interval stands between it and its population
  const ciAfter = inS[i + 1]?.figureKind === 'ci' && /^ ?[(\[] ?$/.test(model.text.slice(f.end, inS[i + 1].start)) && /^\s*[)\]]/.test(model.text.slice(inS[i + 1].end, inS[i + 1].end + 3));
  const next = ciAfter ? inS[i + 2] : inS[i + 1];
  const from = ciAfter ? inS[i + 1].end + (/^\s*[)\]]/.exec(model.text.slice(inS[i + 1].end, inS[i + 1].end + 3))![0].length) : f.end;
  if (next && next.figureKind === 'count' && next.denominator === undefined && !next.comparator) {
    const gap = model.text.slice(from, next.start);
    if (isNCount(next) && /^ ?[(\[]? ?$/.test(gap)) return next;
    if (PEOPLE_UNIT.test(next.unit) && !/^n/i.test(next.text)) {
      // "38 % of 22 patients", and with the rate's name between: "a 38 % response rate among 22 patients"
      if (POPULATION_GAP.test(gap) || POPULATION_GAP.test(withoutEndpoints(model, from, next.start, f.binding.endpoint))) return next;
    }
  }
  // "the response rate in the 22 evaluable patients ... was 38 %": the rate named right before the
  // population, the share later in the sentence with no other figure between
  const prev = inS[i - 1];
  if (prev && prev.figureKind === 'count' && prev.denominator === undefined && !prev.comparator && typeof prev.value === 'number'
    && PEOPLE_UNIT.test(prev.unit) && !/^n/i.test(prev.text) && f.binding.endpoint) {
    const rate = lastEndpointBefore(model, prev.start);
    // "AEs in 7 patients (17.5 %)" counts the 7 with the event: the share must come after words, not beside the count
    const between = model.text.slice(prev.end, f.start);
    if (rate && rate.name === f.binding.endpoint && POPULATION_GAP.test(model.text.slice(rate.end, prev.start)) && /\p{L}{2}/u.test(between) && !/[(\[]/.test(between)) return prev;
  }
  // "Patients on AB-101 (n=60) had an ORR of 42.5 % versus 20.0 % for placebo (n=58)": of several n, the one its arm labels
  if (nCounts.length > 1 && (f.binding.arm ?? f.binding.drug)) {
    const side = (f.binding.arm ?? f.binding.drug)!;
    const labelled = nCounts.filter(nc => sizeLabelledBy(model, nc, side));
    // only where the words tie them: the share right after its arm's n, or its arm named right after it ("20 % for placebo")
    const after = model.text.slice(f.end, inS[i + 1]?.start ?? f.end + 40).toLowerCase();
    if (labelled.length === 1 && (inS[i - 1] === labelled[0] || after.includes(side.toLowerCase()))) return labelled[0];
  }
  if (nCounts.length === 1 && nCounts[0].end <= f.start && otherCountsBefore === 0) {
    // beside another arm's share ("... (n = 41), 24 % versus 10 % with placebo"), an n labelled by an arm is that arm's alone
    const side = f.binding.arm ?? f.binding.drug;
    const other = inS.find(g => g !== f && g.figureKind === 'percent' && armsOfOneEndpoint(f, g));
    if (other && side && !sizeLabelledBy(model, nCounts[0], side) && sizeLabelledBy(model, nCounts[0], (other.binding.arm ?? other.binding.drug)!)) return undefined;
    return nCounts[0];
  }
  return undefined;
}

/**
 * "16 were evaluable for response, with an ORR of 38 %": a rate of response is taken over the
 * patients evaluable for it, so the analysis set its sentence states before it (a count of people
 * that words of an analysis set qualify: people.json analysisSets, read by populations.ts) is its n.
 * Only the figure right before the share is taken, past the sentence's other rates of an endpoint
 * ("an ORR of 13 % and a DCR of 47 %"), and only when it is a count of people that is that set, the
 * sentence compares no arms, and no word of another population stands between them.
 */
function analysisSetBefore(model: DocumentModel, inS: FigureEntity[], i: number, si: number): FigureEntity | undefined {
  const s = model.sentences[si];
  if (inS[i].binding.arm || !plainSentence(model, s)) return undefined;
  // past the sentence's other rates of an endpoint and the durations and intervals of its other results
  // ("16 were evaluable, with a median PFS of 6.2 months (2.0-NE) and an ORR of 38 %")
  let j = i - 1;
  const bracketed = (g: FigureEntity) => g.figureKind === 'other' && /[(\[]\s*$/.test(model.text.slice(Math.max(0, g.start - 2), g.start));
  while (j >= 0 && ((inS[j].figureKind === 'percent' && inS[j].binding.endpoint) || inS[j].figureKind === 'duration' || inS[j].figureKind === 'ci' || bracketed(inS[j]))) j--;
  const c = inS[j];
  if (!c) return inS.some(g => g.figureKind === 'count' && PEOPLE_UNIT.test(g.unit)) ? undefined : analysisSetOfSentenceBefore(model, inS[i], si);
  if (!analysisCount(c) || OTHER_POPULATION.test(model.text.slice(c.end, inS[i].start))) return undefined;
  const stated = (populationsBySentence(model).get(si) ?? []).find(p => p.figure === c && p.size === c.value);
  return stated?.role === 'analysis' ? c : undefined;
}

/** A count of people that may be an analysis set: "16 patients", "22 of 25 enrolled patients" (the 22). */
function analysisCount(c: FigureEntity): boolean {
  return c.figureKind === 'count' && PEOPLE_UNIT.test(c.unit) && !c.comparator && !c.table && typeof c.value === 'number' && Number.isInteger(c.value) && c.value >= 2;
}

/**
 * "In the phase 2 part, 22 patients were evaluable for efficacy. The ORR was 41 %.": a share whose sentence states
 * no count of people takes the analysis set the sentence right before it (same paragraph) states, when that
 * sentence states one count of people and it is that set, and the share binds no other subgroup.
 */
function analysisSetOfSentenceBefore(model: DocumentModel, f: FigureEntity, si: number): FigureEntity | undefined {
  if (si < 1 || paragraphIndexAt(model, model.sentences[si - 1].start) !== paragraphIndexAt(model, f.start)) return undefined;
  const s = model.sentences[si];
  if (OTHER_POPULATION.test(normalizedText(model).slice(s.start, s.end))) return undefined;
  const before = figuresBySentence(model)[si - 1].filter(g => g.figureKind === 'count' && PEOPLE_UNIT.test(g.unit));
  if (before.length !== 1 || !analysisCount(before[0])) return undefined;
  const c = before[0];
  const stated = (populationsBySentence(model).get(si - 1) ?? []).find(p => p.figure === c && p.size === c.value);
  if (stated?.role !== 'analysis') return undefined;
  if (f.binding.subgroup && f.binding.subgroup !== c.binding.subgroup) return undefined;
  return c;
}

const FRAME = new RegExp(`^\\s*(?:${wordsPattern(shareWords.populationFrames.words)})\\s+$`, 'iu');

/**
 * "In the 22 evaluable patients, the ORR was 38 %": a sentence that opens on a preposition and a
 * definite article before its first figure, a count of people closed by a comma, frames the rest by
 * that population; no other count of people or figure of people stands in the sentence before the share.
 */
function framedBy(model: DocumentModel, inS: FigureEntity[], i: number, s: { start: number; end: number }): FigureEntity | undefined {
  const c = inS[0];
  if (i === 0 || !c || c.figureKind !== 'count' || !PEOPLE_UNIT.test(c.unit) || c.comparator || c.denominator !== undefined || typeof c.value !== 'number') return undefined;
  if (!FRAME.test(model.text.slice(s.start, c.start)) || !/^[^,;.()\d]{0,40},/.test(model.text.slice(c.end, c.end + 42))) return undefined;
  // a sentence that compares arms ("50 % with the drug versus 30 % with placebo") gives each arm's share, not the whole's
  if (inS[i].binding.arm || !plainSentence(model, s)) return undefined;
  if (inS.slice(1, i).some(g => g.figureKind === 'count' || g.figureKind === 'percent')) return undefined;
  return c;
}

/** Between a share (or its rate's name) and the population it is of: " of ", " among the ", " in the ", and a group named as such, " among a group of " (data: shares.json). */
const POPULATION_GAP = new RegExp(`^ (?:${wordsPattern([...shareWords.populationIntroducers.flatMap(g => g.words), ...shareWords.rateIn.words])})(?: (?:${wordsPattern(shareWords.groupPhrases.words)}))? $`, 'iu');

/** The text between two offsets with the mentions of one endpoint cut out ("38 % response rate among" gives "38 % among"). */
function withoutEndpoints(model: DocumentModel, from: number, to: number, endpoint: string | undefined): string {
  if (!endpoint) return model.text.slice(from, to);
  let out = '', at = from;
  for (let eI = 0, eList = endpointsBetween(model, from, to); eI < eList.length; eI++) { const e = eList[eI];
    if (e.name !== endpoint) continue;
    out += model.text.slice(at, e.start);
    at = e.end;
  }
  return (out + model.text.slice(at, to)).replace(/ {2,}/g, ' ');
}

/** Endpoint mentions inside [from, to), by binary search over the sorted entities. */
function endpointsBetween(model: DocumentModel, from: number, to: number): { name: string; start: number; end: number }[] {
  const es = model.entities;
  let lo = 0, hi = es.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (es[mid].start < from) lo = mid + 1; else hi = mid; }
  const out: { name: string; start: number; end: number }[] = [];
  for (let k = lo; k < es.length && es[k].start < to; k++) if (es[k].kind === 'endpoint' && es[k].end <= to) out.push(es[k]);
  return out;
}

/** The endpoint mention ending last before `at`, within the 40 characters before it. */
function lastEndpointBefore(model: DocumentModel, at: number): { name: string; start: number; end: number } | undefined {
  const found = endpointsBetween(model, Math.max(0, at - 40), at);
  return found[found.length - 1];
}


/** Whether some size from 90 % of n to n gives the share (ARM_ROOM): an arm's share may be over those of it treated or evaluable. */
const ARM_ROOM = 0.9;
function countsFrom(stated: number, n: number, decimals: number): boolean {
  for (let m = n; m >= Math.max(1, Math.ceil(ARM_ROOM * n)); m--) if (achievable(stated, m, decimals)) return true;
  return false;
}

/**
 * The size of the arm a share is bound to, stated elsewhere in the document ("AB-101 (n = 42)"): only for a
 * share outside a table whose sentence states no population of its own (no count of people, no words of
 * another population) and binds it to no subgroup, and when the document states no analysis set.
 */
function armPopulation(model: DocumentModel, inS: FigureEntity[], i: number, si: number): { n: FigureEntity; arm: string } | undefined {
  const f = inS[i];
  // the share's arm: its own, or its drug's when the sentence sets it beside another arm's share of its endpoint
  const side = f.binding.arm ?? (inS.some(g => g !== f && g.figureKind === 'percent' && armsOfOneEndpoint(f, g)) ? f.binding.drug : undefined);
  if (!side || f.binding.subgroup || f.table) return undefined;
  if (inS.some(g => g.figureKind === 'count' && PEOPLE_UNIT.test(g.unit))) return undefined;
  const s = model.sentences[si];
  if (OTHER_POPULATION.test(normalizedText(model).slice(s.start, s.end))) return undefined;
  if (documentPopulations(model).analysis) return undefined;
  const arm = armSizeOf(model, side);
  return arm && Number.isInteger(arm.value) && (arm.value as number) >= 2 ? { n: arm, arm: side } : undefined;
}

/**
 * The study's one enrolment, for a share bound to no arm: "The trial enrolled 25 patients. ... The ORR was
 * 36 %". Only when every count of people the document states is that size (no analysis set, no arm, no
 * subgroup of its own), the share's sentence states no population and binds no subgroup.
 */
function enrolledPopulation(model: DocumentModel, inS: FigureEntity[], i: number, si: number): FigureEntity | undefined {
  const f = inS[i];
  if (f.binding.arm || f.binding.subgroup || f.table) return undefined;
  if (inS.some(g => g.figureKind === 'count' && PEOPLE_UNIT.test(g.unit))) return undefined;
  const s = model.sentences[si];
  if (OTHER_POPULATION.test(normalizedText(model).slice(s.start, s.end))) return undefined;
  return documentPopulations(model).enrolled;
}

const DOCUMENT_POPULATIONS = new WeakMap<DocumentModel, { analysis: boolean; enrolled?: FigureEntity }>();
/** Once per model: whether it states an analysis set, and its one enrolled population when every stated size is that one's. */
function documentPopulations(model: DocumentModel): { analysis: boolean; enrolled?: FigureEntity } {
  let out = DOCUMENT_POPULATIONS.get(model);
  if (out) return out;
  const stated = populationsOf(model);
  const e = stated.find(p => p.role === 'enrolment');
  const one = !!e && Number.isFinite(e.size) && e.size >= 2 && Number.isInteger(e.size) && e.figure.denominator === undefined && stated.every(p => p.size === e.size);
  out = { analysis: statesAnalysisSet(model), enrolled: one ? e!.figure : undefined };
  DOCUMENT_POPULATIONS.set(model, out);
  return out;
}

function neighbours(stated: number, n: number): [number, number] {
  const k = Math.floor((stated * n) / 100);
  return [k, k + 1];
}

/**
 * The group a share of who the patients are describes, in its own sentence: the count of people it is bracketed
 * with ("12 patients (55 % women)", "12 patients (55 % women, median age 61)"), or the one count of people its sentence
 * states before it as enrolled or evaluable ("The trial enrolled 12 patients; 55 % were women"), with no other count
 * of people, and nothing but other shares of who they are, between.
 */
function demographicGroup(model: DocumentModel, inS: FigureEntity[], i: number, si: number): FigureEntity | undefined {
  const f = inS[i], prev = inS[i - 1];
  const people = (g: FigureEntity | undefined): g is FigureEntity => !!g && wholeCount(g) && g.figureKind === 'count' && PEOPLE_UNIT.test(g.unit) && (g.value as number) >= 2 && !isNCount(g);
  if (people(prev) && /^\s?[(\[]\s?$/.test(model.text.slice(prev.end, f.start))) return prev;
  if (f.binding.subgroup || f.binding.arm) return undefined;
  const counts = inS.filter(g => g.figureKind === 'count' && PEOPLE_UNIT.test(g.unit));
  if (counts.length !== 1 || !people(counts[0]) || counts[0].start > f.start) return undefined;
  const c = counts[0];
  if (inS.slice(inS.indexOf(c) + 1, i).some(g => !(g.figureKind === 'percent' && DEMOGRAPHIC_AFTER.test(model.text.slice(g.end, g.end + 40))) && g.figureKind !== 'other')) return undefined;
  const s = model.sentences[si];
  if (!plainSentence(model, s) || OTHER_POPULATION.test(normalizedText(model).slice(c.end, f.start))) return undefined;
  const stated = (populationsBySentence(model).get(si) ?? []).find(p => p.figure === c && p.size === c.value);
  return stated && (stated.role === 'enrolment' || stated.role === 'analysis') ? c : undefined;
}

const SUBSET_MARKER = wordsPattern(shareWords.subsetMarkers.flatMap(g => g.words));
/** "40 patients, 36 % of whom responded": the marker right after the share. */
const SUBSET_AFTER = new RegExp(`^\\s+(?:${SUBSET_MARKER})(?![\\p{L}])`, 'iu');
/** "40 Patienten, von denen 36 % ansprachen", "40 patients, dont 36 %": the marker between the group and the share. */
const SUBSET_BETWEEN = new RegExp(`^(?:[\\s\\p{L}-]{0,30},)?\\s*,?\\s*(?:${SUBSET_MARKER})\\s+(?:(?:il|el|la|le|les|der|die|the)\\s+)?$`, 'iu');

/**
 * The group a share is marked as a part of by a subset marker (shares.json subsetMarkers): "40 patients were treated,
 * 36 % of whom responded", "von denen 36 %". The count of people right before the share, nothing but a comma between
 * (or the marker itself).
 */
function subsetOwner(model: DocumentModel, inS: FigureEntity[], i: number): FigureEntity | undefined {
  const f = inS[i], c = inS[i - 1];
  if (!c || !wholeCount(c) || c.figureKind !== 'count' || !PEOPLE_UNIT.test(c.unit) || (c.value as number) < 2 || isNCount(c)) return undefined;
  const gap = model.text.slice(c.end, f.start);
  if (SUBSET_BETWEEN.test(gap)) return c;
  return /^[^;:()]{0,60}$/.test(gap) && /,\s*$/.test(gap) && !/[.!?]/.test(gap) && SUBSET_AFTER.test(model.text.slice(f.end, f.end + 24)) ? c : undefined;
}

/** A word of who the patients are right after a share, a verb of being allowed between: "55 % male", "(40 %) were women" (binding.json demographics). */
const DEMOGRAPHIC_AFTER = new RegExp(`^\\)?[ ]?(?:(?:were|are|was|waren|sind|étaient|sont|var|er|erano|eran)[ ])?(?:${wordsPattern(bindingWords.demographics.words)})(?![\\p{L}])`, 'iu');
const OF_RESPONDERS = new RegExp(`^ (?:${wordsPattern(shareWords.sharesOfResponders.words)})(?![\\p{L}])`, 'iu');
const RESPONSE_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(shareWords.sharesOfResponders.sentenceWords)})(?![\\p{L}])`, 'iu');

/**
 * "Responses were seen in 11 of the 30 patients; 45 % of responses were ongoing": a share of the responses
 * (shares.json sharesOfResponders) is over the responders counted last before it, in its sentence or the two
 * before. The text before it is read clause by clause, a sentence or a line of a list (a list's lines often end
 * on no full stop): the nearest one that counts people must name responses and state one size of them.
 */
function respondersBefore(model: DocumentModel, bySentence: FigureEntity[][], si: number, i: number): FigureEntity | undefined {
  const text = model.text;
  const f = bySentence[si][i];
  if (!OF_RESPONDERS.test(text.slice(f.end, f.end + 48))) return undefined;
  const before = [...(si >= 2 ? bySentence[si - 2] : []), ...(si >= 1 ? bySentence[si - 1] : []), ...bySentence[si].slice(0, i)].slice(-REFER_LOOK_BACK);
  const sentenceOf = (g: FigureEntity) => model.sentences[g === f || bySentence[si].includes(g) ? si : bySentence[si - 1]?.includes(g) ? si - 1 : si - 2];
  // (the checks read a line end inside a paragraph as a space: the layout keeps where they were)
  const breaks = (model.layout?.softBreaks ?? []).filter(b => b.end <= f.start && b.start >= (before[0]?.start ?? f.start));
  const unitOf = (g: FigureEntity): [number, number] => {
    const s = sentenceOf(g);
    let from = Math.max(s.start, text.lastIndexOf('\n', g.start) + 1), to = s.end;
    for (let bI = 0, breaks_ = breaks; bI < breaks_.length; bI++) { const b = breaks_[bI];
      if (b.end <= g.start) from = Math.max(from, b.end);
      else if (b.start >= g.end) { to = Math.min(to, b.start); break; }
    }
    const nl = text.indexOf('\n', g.end);
    return [from, nl < 0 ? to : Math.min(to, nl)];
  };
  let unit = unitOf(f), seen = 0;
  for (let k = before.length - 1; k >= 0 && seen < 3; ) {
    const inUnit: FigureEntity[] = [];
    while (k >= 0 && unitOf(before[k])[0] === unit[0]) inUnit.push(before[k--]);
    const counts = inUnit.filter(g => g.figureKind === 'count' && PEOPLE_UNIT.test(g.unit) && !g.comparator && !g.table && typeof g.value === 'number' && Number.isInteger(g.value) && !isNCount(g));
    if (counts.length) {
      if (!RESPONSE_WORD.test(text.slice(unit[0], Math.min(unit[1], f.start))) || new Set(counts.map(g => g.value)).size !== 1) return undefined;
      return (counts[0].value as number) >= 2 ? counts[0] : undefined;
    }
    if (k >= 0) { unit = unitOf(before[k]); seen++; }
  }
  return undefined;
}

const BACK = shareWords.sharesReferringBack;
/** How many figures before a share it looks back for the population it refers to. */
const REFER_LOOK_BACK = 24;
const OF_PEOPLE = new RegExp(`^ (?:${wordsPattern(BACK.people)})(?![\\p{L}])`, 'iu');
/** "of them", "von ihnen": the words that refer back to the count before (shares.json's referBack, as in "12 of them (30 %)"). */
const OF_THEM = new RegExp(`^ (?:${wordsPattern(shareWords.referBack.flatMap(g => g.words))})(?![\\p{L}])`, 'iu');
const QUALIFIED = new RegExp(`^[ ,]*(?:${wordsPattern(BACK.qualifiers)})(?![\\p{L}])`, 'iu');
const ESTIMATE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(BACK.estimates)})(?![\\p{L}])`, 'iu');

/** Words that introduce a population ("of", "among", "unter"): shares.json populationIntroducers. */
const INTRODUCER = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(shareWords.populationIntroducers.flatMap(g => g.words))})(?![\\p{L}])`, 'iu');
/** A verb of people right after a share, or after the brackets around it: "45 % were women", "(30 %) had received". */
const PEOPLE_PREDICATE = new RegExp(`^\\)?[ ,]?(?:${wordsPattern(BACK.peoplePredicates)})(?![\\p{L}])`, 'iu');

/**
 * "Twenty patients were treated. ... 45 % were women, and nearly a third (30 %) had received a transplant":
 * a share bound to no endpoint whose subject is people by its verb (shares.json peoplePredicates) is a share
 * of the study's patients, when its paragraph states one count of people before it, and only one size of
 * them, and its own sentence states none and speaks of no other population or estimate.
 */
function studyPopulation(model: DocumentModel, bySentence: FigureEntity[][], si: number, i: number): FigureEntity | undefined {
  const f = bySentence[si][i];
  if (f.binding.subgroup || f.binding.arm || !PEOPLE_PREDICATE.test(model.text.slice(f.end, f.end + 24))) return undefined;
  const s = model.sentences[si];
  // the share opens its sentence (a few words before it, none that names a population: "In all,", "Nearly
  // three-quarters (") and its clause states no estimate
  const text = normalizedText(model);
  const before = text.slice(s.start, f.start), after = text.slice(f.end, s.end);
  const stop = after.search(/[,;:]/);
  const clause = after.slice(0, stop < 0 ? after.length : stop);
  if (before.split(/[^\p{L}\d]+/u).filter(Boolean).length > 4 || INTRODUCER.test(before) || OTHER_POPULATION.test(before) || ESTIMATE.test(clause)) return undefined;
  if (bySentence[si].some(g => g.figureKind === 'count' && PEOPLE_UNIT.test(g.unit))) return undefined;
  const paragraph = paragraphIndexAt(model, f.start);
  let found: FigureEntity | undefined;
  const sizes = new Set<number>();
  // (a bounded look-back over the paragraph's sentences before it)
  for (let j = si - 1, seen = 0; j >= 0 && seen < REFER_LOOK_BACK && paragraphIndexAt(model, model.sentences[j].start) === paragraph; j--) {
    for (let gI = 0, gList = bySentence[j]; gI < gList.length; gI++) { const g = gList[gI];
      seen++;
      // (a bare whole number may count people too, "and 40 were screened": another size leaves it unknown)
      if (g.figureKind === 'other' && g.unit === '' && typeof g.value === 'number' && Number.isInteger(g.value) && g.value >= 2) { sizes.add(g.value); continue; }
      if (g.figureKind !== 'count' || !PEOPLE_UNIT.test(g.unit)) continue;
      if (!wholeCount(g) || g.comparator || g.denominator !== undefined || g.table || g.binding.subgroup || g.binding.arm) return undefined;
      sizes.add(g.value as number);
      found = found ?? g;
    }
  }
  return sizes.size === 1 ? found : undefined;
}

/**
 * The population a share refers back to: "36 % of the patients" or "36 % of them" right after the
 * percentage, with no qualifier after ("of the patients with ..." names another), and one size
 * among the counts stated before it in its sentence or the one before in its paragraph (of people
 * for "of the patients"; of anything for "of them"). A hedged count there, two sizes, or an
 * estimate in the sentence ("alive at 12 months") leaves it unknown.
 */
function referredPopulation(model: DocumentModel, bySentence: FigureEntity[][], si: number, i: number): FigureEntity | undefined {
  const text = model.text;
  const f = bySentence[si][i];
  const after = text.slice(f.end, f.end + 48);
  const people = OF_PEOPLE.exec(after);
  const them = people ? null : OF_THEM.exec(after);
  const m = people ?? them;
  if (!m || QUALIFIED.test(after.slice(m[0].length))) return undefined;
  const s = model.sentences[si];
  if (spanTest(ESTIMATE, text, model.sentences, s)) return undefined;
  const paragraph = paragraphIndexAt(model, f.start);
  const before = si > 0 && paragraphIndexAt(model, model.sentences[si - 1].start) === paragraph ? bySentence[si - 1] : [];
  // the figures that could be the population: counts (of people, for "of the patients") and bare numbers
  // the figures just before it (a bounded look-back: a sentence of thousands of figures stays linear)
  const window = [...before.slice(-REFER_LOOK_BACK), ...bySentence[si].slice(Math.max(0, i - REFER_LOOK_BACK), i)].filter(g => (g.figureKind === 'count' && (!people || PEOPLE_UNIT.test(g.unit))) || (g.figureKind === 'other' && g.unit === ''));
  if (window.some(g => g.comparator || g.denominator !== undefined || g.table)) return undefined;
  const counts = window.filter(g => wholeCount(g) && g.figureKind === 'count' && (!people || PEOPLE_UNIT.test(g.unit)) && (g.value as number) >= 2);
  // a bare number may be the population too: any other size there leaves it unknown
  const sizes = new Set(window.map(g => g.value));
  if (counts.length === 0 || sizes.size !== 1) return undefined;
  return counts[counts.length - 1];
}
