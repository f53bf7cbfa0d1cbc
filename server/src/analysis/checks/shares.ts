/**
 * Shares of a population the text names: "Of 40 evaluable patients, 12 (30 %) responded" states
 * that 12 of the 40 responded, and 30 % must be 12/40 within the rounding written; "40 were
 * treated and 12 of them (30 %) responded" refers back to the 40. The population is the nearest
 * one its sentence introduces before the share ("of", "among", "von", "av", "sur" ... the
 * words are data, in lexicon/grammar/shares.json); a subset named in between ("of whom", "davon"),
 * another count that is not itself a share, a sentence that compares arms ("versus") or pairs
 * values by position ("respectively"), or a table cell leaves the share's population unknown, and
 * then nothing is judged.
 */
import { memoSpanText } from '../memo';
import type { DocumentModel, FigureEntity } from '../model';
import words from '../../../lexicon/grammar/shares.json';
import peopleWords from '../../../lexicon/grammar/people.json';
import { decimalsOf, figuresBySentence, normalizedText, paragraphIndexAt, shareOf, wordsPattern } from './check';
import { populationsBySentence, populationsOf, type StatedPopulation } from '../populations';
import { PEOPLE_UNIT } from '../people';

interface WordGroup { words: string[] }
const alternation = (groups: WordGroup[]) => wordsPattern(groups.flatMap(g => g.words));
/** "Of 40", "among 40": the share is of these 40 ("in 40" also counts events, so it introduces none). */
/** "Of 40", and with a phrase of a group between: "of a total of 40", "von den insgesamt 40", "among a cohort of 40" (groupPhrases). */
const INTRODUCER = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(words.populationIntroducers)})\\s+(?:(?:${wordsPattern(words.groupPhrases.words)})\\s+)?$`, 'iu');
export const COMPARISON = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(words.armComparison)})(?:[^\\p{L}]|$)`, 'iu');
const REFER_BACK = new RegExp(`^\\s+(?:${alternation(words.referBack)})\\s?[(\\[]\\s?$`, 'iu');
const SUBSET = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(words.subsetMarkers)})(?:[^\\p{L}]|$)`, 'iu');
const PAREN = /^\s?[(\[]\s?$/;
/** Between a whole and its share: a few words, no figure or clause break, then "of whom", "davon", "dont". */
const SUBSET_RIGHT_BEFORE = new RegExp(`^[^\\d;:()]{0,40}(?<![\\p{L}])(?:${alternation(words.subsetMarkers)})\\s+$`, 'iu');
/** Right after a count, a subset marker that makes it a part of the group before ("3 of whom", "two of which"). */
const SUBSET_RIGHT_AFTER = new RegExp(`^\\s+(?:${alternation(words.subsetMarkers)})(?![\\p{L}])`, 'iu');
/** Between a part and its whole: "of the", "out of" ("Four of the 6 patients"). */
const PARTITIVE_OF = /^\s*(?:of|out of)\s+(?:the\s+|all\s+)?$/iu;
/** Between a whole and such a part: its clause's words, then the comma that opens the part's ("went on to a transplant, "). */
const WHOLE_THEN_COMMA = /^[^\d;:.()]{0,60},\s*$/u;
/** Right before a count, a relative pronoun of people that opens its part (shares.json peopleRelatives): ", of whom ". */
const PEOPLE_RELATIVE_BEFORE = new RegExp(`^[\\s,]{0,3}(?:${wordsPattern(words.peopleRelatives.words)})\\s+$`, 'iu');
/** Between a fraction of people and a count of a part of them: a word of subsets, then no clause break (shares.json fractionSubsets). */
const FRACTION_SUBSET = new RegExp(`^[^;.:]{0,12}(?<![\\p{L}])(?:${wordsPattern(words.fractionSubsets.words)})(?![\\p{L}])[^;.:\\d]{0,60}$`, 'iu');
/** How far a count of people may stand before the count of something else that the relative follows. */
const PEOPLE_RELATIVE_REACH = 60;
/** Units of responses and responders (people.json outcomes): counts drawn from a population of people. */
const OUTCOME_UNIT = new RegExp(`^(?:${wordsPattern(peopleWords.outcomes.units)})$`, 'i');
/** "respectively" lists pair values with arms by position, not with the population before them. */
const LIST = /\b(?:respectively|jeweils|respektive|respectivement|respectivamente|rispettivamente)\b/i;

export interface PopulationShare {
  count: FigureEntity;
  pct: FigureEntity;
  /** The population: its figure and size. */
  population: FigureEntity;
  n: number;
}

/** A whole number of something: a count, or a bare number (its noun unread, "12" of "12 of them (30 %)"); `hedged` lets "up to 150,000" count too. */
export const wholeCount = (f: FigureEntity | undefined, hedged = false): f is FigureEntity =>
  !!f && !f.table && (f.figureKind === 'count' || (f.figureKind === 'other' && f.unit === '')) && typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 0 && f.denominator === undefined && (hedged || !f.comparator);
const plainPercent = (f: FigureEntity | undefined): f is FigureEntity =>
  !!f && f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number' && !f.comparator;

const P = words.predicateShares;
/** A predicate's words (letters only: no figure, no mark of a clause), at most seven. */
const PREDICATE = String.raw`(?:[\p{L}'\u2019-]{1,30}\s+){0,6}[\p{L}'\u2019-]{1,30}`;
/** "12 patients achieved a response (30 %", "(ORR 30 %": the predicate, then the share in brackets, an abbreviation at most before it. */
const PREDICATE_PAREN = new RegExp(`^\\s+${PREDICATE}\\s?[(\\[]\\s?(?:\\p{Lu}{2,6}\\s?[:=,]?\\s?)?$`, 'u');
/** "12 patients responded, for an overall response rate (ORR) of 30 %": the predicate, a link, a noun of rate and "of". */
const PREDICATE_RATE = new RegExp(`^\\s+${PREDICATE},?\\s+(?:${wordsPattern(P.links)})\\s+(?:[\\p{L}-]{1,30}\\s+){0,3}?(?:${wordsPattern(P.rateNouns)})(?:\\s+\\(\\p{Lu}{2,6}\\))?\\s+(?:of|von|de|på)\\s+$`, 'iu');
/** Whether a count's people are its predicate's subject: "12 patients" or a bare number ("12 achieved"), not a sum or a noun of things. */
const peopleOrBare = (f: FigureEntity) => f.figureKind === 'other' || PEOPLE_UNIT.test(f.unit);

/**
 * Whether the figure at i is a count written with its share right after it: "12 (30 %)", "12 of them (30 %)",
 * or after the predicate the count is the subject of ("12 patients achieved a response (30 %)", "12 responded,
 * for a response rate of 30 %"; shares.json predicateShares).
 */
export function isPairedCount(text: string, inS: FigureEntity[], i: number): boolean {
  if (!wholeCount(inS[i]) || !plainPercent(inS[i + 1])) return false;
  const gap = text.slice(inS[i].end, inS[i + 1].start);
  if (PAREN.test(gap) || REFER_BACK.test(gap)) return true;
  if (gap.length > 160 || !peopleOrBare(inS[i]) || !(PREDICATE_PAREN.test(gap) || PREDICATE_RATE.test(gap))) return false;
  // "12 responded and 20 had stable disease, for a control rate of 80 %": a count after another count of people
  // (not the population it is drawn from, "Of the 40 patients, 12 ...") is one of several subjects the share adds up
  const prev = inS[i - 1];
  return !(prev && wholeCount(prev) && peopleOrBare(prev) && !INTRODUCER.test(text.slice(Math.max(0, prev.start - 24), prev.start)));
}

/** Whether the figure at i introduces a population: "Of 40 patients", "Among the 40", "Von den 40 Patienten". */
export function isIntroduced(text: string, sentenceStart: number, inS: FigureEntity[], i: number): boolean {
  const f = inS[i];
  if (!wholeCount(f) || (f.value as number) < 2 || isPairedCount(text, inS, i) || f.table) return false;
  return INTRODUCER.test(text.slice(Math.max(sentenceStart, f.start - 40), f.start));
}

/**
 * The population a figure of a sentence is a share of: the nearest introduced population before
 * it, with nothing between them but shares and percentages; undefined when that is not plain.
 */
const PLAIN_SENTENCES = new WeakMap<DocumentModel, Map<number, boolean>>();
/** Whether a sentence's words neither compare arms nor pair values by position. */
const isPlainText = (words: string) => !COMPARISON.test(words) && !LIST.test(words);
/** Whether a sentence neither compares arms nor pairs values by position, tested once per sentence. */
export function plainSentence(model: DocumentModel, sentence: { start: number; end: number }): boolean {
  let known = PLAIN_SENTENCES.get(model);
  if (!known) { known = new Map(); PLAIN_SENTENCES.set(model, known); }
  let plain = known.get(sentence.start);
  if (plain === undefined) {
    plain = memoSpanText(normalizedText(model), model.sentences, sentence).read(isPlainText);
    known.set(sentence.start, plain);
  }
  return plain;
}
/** How far back a share looks for its population, in figures: the work per figure stays bounded. */
const LOOK_BACK = 24;

export function populationBefore(model: DocumentModel, inS: FigureEntity[], i: number, sentence: { start: number; end: number }): FigureEntity | undefined {
  const text = normalizedText(model);
  // a sentence that compares arms takes its shares of the arms; a table cell of its row and column
  if (inS[i].table || !plainSentence(model, sentence)) return undefined;
  // "228 cases were examined, of which 83 (36 %) ...": a subset marker right before the share makes
  // the count just before it, of the same noun, its whole
  const whole = inS[i - 1];
  if (whole && wholeCount(whole) && (whole.value as number) >= 2 && SUBSET_RIGHT_BEFORE.test(text.slice(whole.end, inS[i].start))
    && (!inS[i].unit || !whole.unit || inS[i].unit === whole.unit)) return whole;
  // "12 patients responded, 3 of whom had a complete response": the count right before the marker, the marker after it,
  // in the clause right after the whole (a comma, no other clause mark)
  // ("Three (60 %) of the 5 responders went on to a transplant, two of whom ...": the group is the three, the part the
  // clause's subject counts of the whole after "of")
  if (whole && wholeCount(whole) && (whole.value as number) >= 2 && SUBSET_RIGHT_AFTER.test(text.slice(inS[i].end, inS[i].end + 16))
    && WHOLE_THEN_COMMA.test(text.slice(whole.end, inS[i].start)) && (!inS[i].unit || !whole.unit || inS[i].unit === whole.unit)) {
    const k = plainPercent(inS[i - 2]) && /^\s?\)\s/.test(text.slice(inS[i - 2].end, whole.start)) ? i - 3 : i - 2;
    const part = inS[k];
    const between = part ? text.slice(part.end, whole.start).replace(/^\s?\(\s?[\d.,]+\s?%\s?\)/, '') : '';
    return part && k >= 0 && wholeCount(part) && PARTITIVE_OF.test(between) ? part : whole;
  }
  // "64 patients were dosed at five dose levels, of whom 50 ...": "whom" is people, so a count of people a word or two
  // before the count of something else is the whole (one clause: no semicolon or full stop between)
  if (whole && PEOPLE_UNIT.test(inS[i].unit) && whole.unit && !PEOPLE_UNIT.test(whole.unit) && PEOPLE_RELATIVE_BEFORE.test(text.slice(whole.end, inS[i].start))) {
    const people = inS[i - 2];
    if (people && wholeCount(people) && PEOPLE_UNIT.test(people.unit) && (people.value as number) >= 2 && !/[;.:]/.test(text.slice(people.end, whole.start)) && whole.start - people.end <= PEOPLE_RELATIVE_REACH) return people;
  }
  for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
    if (isIntroduced(text, sentence.start, inS, j)) {
      // (a part counts what its whole counts: "a median of two prior lines, and 30 had ..." counts no lines)
      // (responses and responders are counted among people: "of these 10 patients, 4 complete responses")
      if (inS[i].figureKind === 'count' && inS[i].unit && inS[j].unit && inS[i].unit !== inS[j].unit && !((PEOPLE_UNIT.test(inS[i].unit) || OUTCOME_UNIT.test(inS[i].unit)) && PEOPLE_UNIT.test(inS[j].unit))) return undefined;
      return SUBSET.test(text.slice(inS[j].end, inS[i].start)) ? undefined : inS[j];
    }
    if (plainPercent(inS[j]) || isPairedCount(text, inS, j)) continue;
    if (inS[j].figureKind === 'count' || inS[j].figureKind === 'other') return undefined;
  }
  return undefined;
}

/** After a pair's closing bracket, the words that introduce its own whole: ") out of ", ") of the " (shares.json pairThenWhole). */
const PAIR_THEN_WHOLE = new RegExp(`^\\s?[)\\]]\\s(?:${wordsPattern(words.pairThenWhole.words)})\\s(?:(?:the|all|die|den|les)\\s)?$`, 'iu');

/** Every "k (p %)" whose population the text makes plain, with its size. */
export function populationShares(model: DocumentModel): PopulationShare[] {
  const text = normalizedText(model);
  const out: PopulationShare[] = [];
  let previous: FigureEntity[] = [];
  for (let si = 0, bySentence_ = figuresBySentence(model); si < bySentence_.length; si++) { const inS = bySentence_[si];
    const s = model.sentences[si];
    for (let i = 0; i + 1 < inS.length; i++) {
      if (!isPairedCount(text, inS, i) || inS[i].table) continue;
      const count = inS[i], pct = inS[i + 1];
      let population: FigureEntity | undefined;
      if (REFER_BACK.test(text.slice(count.end, pct.start))) {
        // "12 of them (30 %)": the last count stated before, in this sentence or the one before
        const window = [...previous.slice(-LOOK_BACK), ...inS.slice(Math.max(0, i - LOOK_BACK), i)];
        const before = window.filter((f, k, all) => wholeCount(f) && !(all[k + 1] && plainPercent(all[k + 1]) && PAREN.test(text.slice(f.end, all[k + 1].start))));
        population = plainSentence(model, s) ? before[before.length - 1] : undefined;
      } else {
        // "93 (53.4 %) out of 174 patients": the pair's own whole, right after its brackets
        const next = inS[i + 2];
        const own = next && wholeCount(next) && PAIR_THEN_WHOLE.test(text.slice(pct.end, next.start)) ? next : undefined;
        population = own ?? populationBefore(model, inS, i, s);
        // "an ORR of 78 % (39/50), including a complete response in 17 patients (34 %)": a part of the responders counted in
        // the same sentence after a fraction of people, a word of subsets between, is a share of the fraction's whole
        if (!population && plainSentence(model, s)) {
          const fraction = inS.slice(Math.max(0, i - LOOK_BACK), i).reverse().find(f => f.figureKind === 'count' && typeof f.denominator === 'number' && PEOPLE_UNIT.test(f.unit));
          if (fraction && FRACTION_SUBSET.test(text.slice(fraction.end, count.start)) && (count.value as number) <= (fraction.denominator as number)) {
            out.push({ count, pct, population: fraction, n: fraction.denominator as number });
            continue;
          }
        }
      }
      if (!population || (count.value as number) > (population.value as number)) continue;
      out.push({ count, pct, population, n: population.value as number });
    }
    previous = inS;
  }
  return out;
}

/** Pairs in one list that agree on a population before the list's other pairs are held to it. */
const LIST_AGREEING = 2;

/**
 * The pairs of a list of shares ("nausea 7 (28 %), fatigue 5 (20 %), rash 3 (12 %)") held to the
 * one population stated before them, in their sentence or, failing that, the sentence before ("in
 * 25 patients: ...", "25 patients were dosed. ..."): a count of people, not itself a pair. The
 * reading is taken only when the list itself bears it out: at least two of its pairs, and more
 * than disagree, are that population's shares within their rounding; the others are then judged
 * against it. A sentence that compares arms, or a pair whose population the text names (see
 * populationShares), is left out.
 */
export function listShares(model: DocumentModel, named: ReadonlySet<FigureEntity>): PopulationShare[] {
  const text = normalizedText(model);
  const out: PopulationShare[] = [];
  const bySentence = figuresBySentence(model);
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    if (!plainSentence(model, s)) continue;
    const pairs: { count: FigureEntity; pct: FigureEntity }[] = [];
    let firstPair = -1;
    for (let i = 0; i + 1 < inS.length; i++) {
      if (!isPairedCount(text, inS, i) || inS[i].table || named.has(inS[i + 1]) || REFER_BACK.test(text.slice(inS[i].end, inS[i + 1].start))) continue;
      if (firstPair < 0) firstPair = i;
      pairs.push({ count: inS[i], pct: inS[i + 1] });
    }
    if (pairs.length < LIST_AGREEING + 1) continue;
    // "276 (50 %), 414 (75 %) and 552 (100 %) events": a list that counts its whole among its parts, at 100 %, the largest
    // count; held to it when another pair bears it out (two groups, each at its own 100 %, would not)
    const largest = pairs.reduce((m, p) => Math.max(m, p.count.value as number), 0);
    const whole = pairs.find(p => p.pct.value === 100 && !p.pct.comparator && p.count.value === largest);
    if (whole && (whole.count.value as number) >= 2) {
      const n = whole.count.value as number;
      const others = pairs.filter(p => p !== whole);
      if (others.some(p => shareOf(p.count.value as number, n, p.pct.value as number, decimalsOf(text.slice(p.pct.start, p.pct.end))))) {
        for (let pI = 0, others_ = others; pI < others_.length; pI++) { const p = others_[pI]; out.push({ ...p, population: whole.count, n }); }
        continue;
      }
    }
    // the population: the last count of people before the list, else the sentence before's last
    const stated = (list: FigureEntity[], upTo: number) => {
      for (let j = upTo - 1; j >= 0; j--) {
        const f = list[j];
        if (wholeCount(f) && PEOPLE_UNIT.test(f.unit) && !(list[j + 1] && plainPercent(list[j + 1]) && PAREN.test(text.slice(f.end, list[j + 1].start)))) return f;
      }
      return undefined;
    };
    const agreeingWith = (n: number) => pairs.filter(p => shareOf(p.count.value as number, n, p.pct.value as number, decimalsOf(text.slice(p.pct.start, p.pct.end))));
    // (the list bears a population out when at least two of its pairs, and more than disagree, are its shares)
    const bears = (n: number) => {
      if (n < 2 || pairs.some(p => (p.count.value as number) > n)) return false;
      const agreeing = agreeingWith(n);
      return agreeing.length >= LIST_AGREEING && agreeing.length > pairs.length - agreeing.length;
    };
    let population: FigureEntity | undefined = stated(inS, firstPair) ?? (si > 0 ? stated(bySentence[si - 1], bySentence[si - 1].length) : undefined);
    // (else the count of people further back in the paragraph that the most of the list's pairs agree with: "90 patients were
    // treated. The primary site was A in 65 and B in 25. Best responses were 1 (1%) ..., 74 (82%) ...": the sentence
    // between counts parts of the 90; a pair of five or more people among those that agree, so that no small count's wide
    // rounding chooses it)
    if (!population || !bears(population.value as number)) {
      population = furtherBack(model, text, bySentence, si, firstPair, n => bears(n) && agreeingWith(n).some(p => (p.count.value as number) >= MIN_TELLING_COUNT) ? agreeingWith(n).length : 0);
    }
    if (!population || !bears(population.value as number)) continue;
    const n = population.value as number;
    for (let pI = 0, pairs_ = pairs; pI < pairs_.length; pI++) { const p = pairs_[pI]; out.push({ ...p, population, n }); }
  }
  return out;
}

/** How many sentences back, within the paragraph, a list's population is looked for. */
const BACK_SENTENCES = 3;
/** A pair of at least this many people tells populations apart; one of one or two agrees with many. */
const MIN_TELLING_COUNT = 5;

/**
 * Of the counts of people in the list's sentence before its first pair and in the sentences of its paragraph before it (at
 * most BACK_SENTENCES), the one the most of the list's pairs agree with (`agreeing`, 0 for one the list does not bear out),
 * the nearest of equals: a count that is no pair itself (not followed by its share in brackets).
 */
function furtherBack(model: DocumentModel, text: string, bySentence: FigureEntity[][], si: number, firstPair: number, agreeing: (n: number) => number): FigureEntity | undefined {
  const para = paragraphIndexAt(model, model.sentences[si].start);
  let best: FigureEntity | undefined, most = 0;
  for (let k = si, back = 0; k >= 0 && back <= BACK_SENTENCES; k--, back++) {
    if (k < si && paragraphIndexAt(model, model.sentences[k].start) !== para) break;
    const list = bySentence[k];
    for (let j = (k === si ? firstPair : list.length) - 1; j >= 0; j--) {
      const f = list[j];
      if (!wholeCount(f) || !PEOPLE_UNIT.test(f.unit) || (list[j + 1] && plainPercent(list[j + 1]) && PAREN.test(text.slice(f.end, list[j + 1].start)))) continue;
      const a = agreeing(f.value as number);
      if (a > most) { best = f; most = a; }
    }
  }
  return best;
}

export { shareOf };

/** Whether some k of n, rounded or truncated to `decimals` places, is the stated percentage. */
export function achievable(stated: number, n: number, decimals: number): boolean {
  const unit = 10 ** -decimals;
  const eps = 1e-9;
  // rounding: stated - unit/2 <= 100k/n < stated + unit/2; truncation: stated <= 100k/n < stated + unit
  const lo = Math.ceil(((stated - unit / 2) * n) / 100 - eps);
  const hi = Math.floor(((stated + unit) * n) / 100 - eps);
  for (let k = Math.max(0, lo); k <= Math.min(n, hi); k++) if (shareOf(k, n, stated, decimals)) return true;
  return false;
}


/** A group's size written as its n: "n=20", "(N = 20)". */
const N_WRITTEN = /^\(?[nN] ?= ?\d/;

/** "a 25-patient cohort": a count of people written as an adjective names a population. */
const ADJECTIVE_POPULATION = /[-\u2010\u2011](?:patients?|participants?|subjects?)$/i;

/**
 * A lone "k (p %)" of people whose population the text states just before it: a study's enrolment
 * or an analysis set in the sentence before, in the same paragraph ("24 patients were dosed. Six
 * patients (30 %) responded"), or a population written as an adjective earlier in its sentence
 * ("In the 25-patient cohort, 11 patients (44 %)"). Judged only when that population is the one
 * size stated there, no other count of people stands between, and the share's own n (k / p) is no
 * other population the document states: a share of the evaluable patients is then left alone.
 */
export function statedPopulationShares(model: DocumentModel, judged: ReadonlySet<FigureEntity>): PopulationShare[] {
  const text = normalizedText(model);
  const out: PopulationShare[] = [];
  const bySentence = figuresBySentence(model);
  const populations = populationsOf(model);
  const sizes = new Set(populations.map(p => p.size));
  const bySentenceIndex = populationsBySentence(model);
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    const pairs: number[] = [];
    for (let i = 0; i + 1 < inS.length; i++) if (isPairedCount(text, inS, i) && !inS[i].table) pairs.push(i);
    // (two pairs: each held to the population only when the other fits it, "150 patients (25 %) had progressed and 160 (28 %)
    // had died" after "600 patients were enrolled")
    if (pairs.length < 1 || pairs.length > 2 || !plainSentence(model, s)) continue;
    for (let iI = 0, pairs_ = pairs; iI < pairs_.length; iI++) { const i = pairs_[iI];
    if (judged.has(inS[i + 1])) continue;
    const count = inS[i], pct = inS[i + 1];
    // (a bare count beside a pair of people counts people too: "150 patients (25 %) had progressed and 160 (27 %) had died")
    const bareBesidePeople = pairs.length === 2 && count.figureKind === 'other' && !count.unit && pairs.some(o => o !== i && PEOPLE_UNIT.test(inS[o].unit));
    if ((!PEOPLE_UNIT.test(count.unit) && !bareBesidePeople) || REFER_BACK.test(text.slice(count.end, pct.start))) continue;
    const peopleBefore = inS.slice(0, i).filter((f, k) => f.figureKind === 'count' && PEOPLE_UNIT.test(f.unit) && !pairs.includes(k));
    let population: FigureEntity | undefined;
    if (peopleBefore.length === 1 && ADJECTIVE_POPULATION.test(text.slice(peopleBefore[0].start, peopleBefore[0].end))) population = peopleBefore[0];
    // "In the PD-L1-high subgroup (n=20), 9 patients (45 %) responded": the one group size its sentence writes before it
    else if (peopleBefore.length === 1 && N_WRITTEN.test(peopleBefore[0].text) && peopleBefore[0].denominator === undefined) population = peopleBefore[0];
    else if (peopleBefore.length === 0) population = statedBefore(model, text, bySentence, bySentenceIndex, si);
    if (!population || population.comparator || typeof population.value !== 'number') continue;
    const n = population.value;
    const k = count.value as number;
    if (n < 2 || k > n) continue;
    // the n the share itself implies, when it is another population the document states: that one's share
    const p = pct.value as number;
    if (p > 0 && impliedSizes(k, p, decimalsOf(text.slice(pct.start, pct.end))).some(size => size !== n && sizes.has(size))) continue;
    if (pairs.length === 2) {
      const o = pairs[0] === i ? pairs[1] : pairs[0];
      const oc = inS[o], op = inS[o + 1];
      if (!PEOPLE_UNIT.test(oc.unit) && oc.figureKind !== 'other') continue;
      if ((oc.value as number) > n || !shareOf(oc.value as number, n, op.value as number, decimalsOf(text.slice(op.start, op.end)))) continue;
    }
    out.push({ count, pct, population, n });
    }
  }
  return out;
}

/**
 * The population a lone pair's sentence refers to, stated in a sentence before it in its paragraph: the nearest sentence that
 * states counts of people, when its one whole (no pair itself: "40 patients were enrolled, 22 (55 %) women" states the 40) is
 * an enrolment or an analysis set. Sentences that state no count of people may stand between ("The median age was 61
 * years."), at most BACK_SENTENCES of them; one that states any count of people decides.
 */
function statedBefore(model: DocumentModel, text: string, bySentence: FigureEntity[][], bySentenceIndex: ReadonlyMap<number, StatedPopulation[]>, si: number): FigureEntity | undefined {
  const para = paragraphIndexAt(model, model.sentences[si].start);
  for (let k = si - 1, back = 1; k >= 0 && back <= BACK_SENTENCES; k--, back++) {
    if (paragraphIndexAt(model, model.sentences[k].start) !== para) return undefined;
    const stated = (bySentenceIndex.get(k) ?? []).filter(p => p.figure.figureKind === 'count');
    const list = bySentence[k];
    // (a sentence of no people may stand between; one with a count of anything, or a bare whole number, may count them)
    if (stated.length === 0) {
      if (list.some(f => f.figureKind === 'count' || (f.figureKind === 'other' && !f.unit && Number.isInteger(f.value)))) return undefined;
      continue;
    }
    const wholes = stated.filter(p => { const j = list.indexOf(p.figure); return j < 0 || !isPairedCount(text, list, j); });
    if (wholes.length === 1 && (wholes[0].role === 'enrolment' || wholes[0].role === 'analysis') && wholes[0].size !== Infinity) return wholes[0].figure;
    return undefined;
  }
  return undefined;
}

/** The whole numbers n of which k is the stated share p (with its decimals): at most a few dozen, found by arithmetic. */
function impliedSizes(k: number, p: number, decimals: number): number[] {
  const unit = 10 ** -decimals;
  const lo = Math.max(k, Math.floor((100 * k) / (p + unit)));
  const hi = p - unit > 0 ? Math.ceil((100 * k) / (p - unit)) : lo + 50;
  const out: number[] = [];
  for (let n = lo; n <= Math.min(hi, lo + 50); n++) if (n > 0 && shareOf(k, n, p, decimals)) out.push(n);
  return out;
}
