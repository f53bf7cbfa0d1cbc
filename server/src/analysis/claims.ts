/**
 * Claims: each figure read as a statement of something. A claim holds what the figure measures
 * (the endpoint it is bound to, or the noun phrase the text ties it to: "the net revenue of $40
 * million", "$5 million upfront payment"), in whom (its arm and subgroup), when (its time point and
 * the dates and periods of its sentence), who states or owns it (the companies and drugs its
 * sentence names), and the values its written form allows (rounding of the digits written, and
 * "about", "more than", "up to"). Checks that relate distant figures ask for claims of one measure
 * instead of matching surface patterns.
 *
 * Pure and linear: each figure looks at a window of its own sentence; the result is computed once
 * per model, and an edited document's next model replays the claims of the sentences the edit left
 * as they were (ClaimsReuse). The words are data: lexicon/grammar/claims.json.
 */
import numbersWords from '../../lexicon/builtin/numbers.json';
import { datelineIn } from './dateline';
import { armOf } from './checks/check';
import { KeptRuns, memoSpanText, readerFor, type ClosestRun } from './memo';
import type { DocumentModel, Entity, FigureEntity } from './model';
import { wordsPattern } from './words';
import { lexiconRegExp, NOT_AFTER_LETTER, NOT_BEFORE_LETTER } from './lexiconMatcher';
import { normalizedTextOf } from './text';
import words from '../../lexicon/grammar/claims.json';
import shares from '../../lexicon/grammar/shares.json';
import comparisons from '../../lexicon/grammar/comparisons.json';
import nesting from '../../lexicon/grammar/nesting.json';
import dates from '../../lexicon/grammar/dates.json';
import { PEOPLE_UNIT } from './people';
import { execPiece, testPiece } from './testMemo';
import outcomes from '../../lexicon/grammar/outcomes.json';

/** Generic aliases of endpoints (outcomes.json genericAliases), by the endpoint they are read as. */
const GENERIC_ALIASES = new Map<string, RegExp>();
{
  const byEndpoint = new Map<string, string[]>();
  for (const [alias, endpoint] of Object.entries(outcomes.genericAliases.aliases as Record<string, string>)) { byEndpoint.set(endpoint, [...(byEndpoint.get(endpoint) ?? []), alias]); }
  for (const [endpoint, aliases] of byEndpoint) GENERIC_ALIASES.set(endpoint, new RegExp(`(?<![\\p{L}-])(?:${wordsPattern(aliases)})(?![\\p{L}])`, 'iu'));
}
/** Whether the words right before a figure name its endpoint by one of its generic aliases only (outcomes.json genericAliases). */
function namedGenerically(text: string, s: { start: number }, f: FigureEntity): boolean {
  const re = f.binding.endpoint ? GENERIC_ALIASES.get(f.binding.endpoint) : undefined;
  return !!re && re.test(text.slice(Math.max(s.start, f.start - 60), f.start));
}
/** An endpoint named by a generic outcome's noun alone, "survival" or "remission rate" (outcomes.json genericOutcomes). */
const GENERIC_OUTCOME = new RegExp(`^(?:${wordsPattern(outcomes.genericOutcomes)})(?:\\s+rates?)?$`, 'iu');

export interface ClaimMeasure {
  /** A normalised key: claims of one measure share it ("endpoint:ORR", "phrase:net revenu"). */
  key: string;
  /** The measure as written, for messages and hovers. */
  label: string;
  /** Where the measure is written (for an endpoint binding: the figure itself). */
  start: number;
  end: number;
  /** Whether the measure names something specific enough to compare claims by it alone. */
  specific: boolean;
}

export interface Claim {
  figure: FigureEntity;
  /** The index of the figure's sentence in model.sentences. */
  sentence: number;
  /** The figure stands in a heading its sentence runs on into; its context is the heading's alone. */
  heading: boolean;
  measure?: ClaimMeasure;
  /** The figure's arm, subgroup and drug, as one label ("" when none is bound). */
  population: string;
  /** The time points and dated periods of the claim's sentence, sorted and joined ("" when none). */
  time: string;
  /** Companies and drugs named in the claim's sentence, else in the nearest of the three sentences before it that names any. */
  subjects: string[];
  /** The least and greatest value the written figure allows. */
  low: number;
  high: number;
  /** The sentence speaks of another population, analysis or time (a subgroup, an update, the prior year). */
  otherContext: boolean;
  /** The figure is an amount per share ("$0.12 per share"): another measure than the total its sentence may state. */
  perUnit: boolean;
  /** Its confidence interval, written right after it ("14.1 months (95 % CI 11.3-16.0)"). */
  interval?: FigureEntity;
  /** The figure it is compared with: "versus", "compared with" and a figure of its kind and unit after it. */
  comparedWith?: FigureEntity;
  /** Its p-value, written right after it or after its interval ("0.62 (95 % CI 0.48-0.80; p = 0.004)"). */
  pValue?: FigureEntity;
}

const pattern = (list: string[]) => wordsPattern(list.map(w => w.replace(/'/g, '\u2019')).concat(list));
/** Hedges and linkers at the end of the text before a figure, one at a time. */
const HEDGE_END = new RegExp(`(?:^|[\\s(])(?:${pattern(words.hedges)})\\s*$`, 'iu');
// a word linker stands after a space ("quarter was"; not the "er" that ends "quarter"), a sign may follow a word directly ("Umsatz:")
const LINK_END = new RegExp(`(?:(?:^|[\\s(])(?:${pattern(words.linkers.filter(w => /\p{L}/u.test(w)))})|(?:${pattern(words.linkers.filter(w => !/\p{L}/u.test(w)))}))\\s*$`, 'iu');
const DETERMINERS = new Set(words.determiners.flatMap(w => [w.toLowerCase(), w.toLowerCase().replace(/'/g, '\u2019')]));
// a linker's verb stands on its own too: "Under perioden uppgick nettoomsättningen till" puts the subject after it
const LINKER_WORDS = new Set([
  ...words.linkers.filter(w => !w.includes(' ')),
  ...words.linkers.filter(w => w.includes(' ')).map(w => w.split(' ')[0]).filter(w => w.length >= 4),
].map(w => w.toLowerCase()));
const CONJUNCTIONS = new Set(words.conjunctions.map(w => w.toLowerCase()));
const AFTER_LINKS = new Set(words.afterLinks.map(w => w.toLowerCase()));
const VAGUE = new Set(words.vagueHeads.map(w => w.toLowerCase()));

const OTHER_CONTEXT = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.otherContext)})(?![\\p{L}])`, 'giu');
/** "by 38 % compared with placebo": words that make the arm after a figure the one it is compared with (claims.json comparedWith). */
const COMPARED_WITH = new RegExp(`^[^.;()\\d]{0,30}?(?<![\\p{L}])(?:${wordsPattern(words.comparedWith)})\\s+(?:the\\s+|a\\s+)?`, 'iu');
/** How far after a figure the arm it is compared with may be named. */
const COMPARED_REACH = 60;

/**
 * Whether the arm a figure was bound to is named after it as what it is compared with ("reduced the
 * risk by 38 % compared with placebo"): the figure is the treatment's effect against that arm, not
 * a value of the arm's own.
 */
/** An arm named by the figure's own drug ("45 % with AB-101 versus 20 % with placebo": AB-101's arm) is the drug's statement, as one with no arm. */

function armComparedAfter(text: string, e: FigureEntity, arm: string): boolean {
  const after = text.slice(e.end, e.end + COMPARED_REACH);
  const m = execPiece(COMPARED_WITH, after);
  return !!m && after.slice(m[0].length).toLowerCase().startsWith(arm.toLowerCase());
}

/** The trial's whole population named as such (claims.json wholePopulation): no other context, and no subgroup. */
const WHOLE_POPULATION = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.wholePopulation)})(?![\\p{L}])`, 'giu');
/** "in a cohort of 40 patients": a group word between an indefinite article and "of" and a number describes the statement's population (claims.json introducedGroup). */
const INTRODUCED_GROUP = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.introducedGroup.articles)})\\s+(?:${wordsPattern(words.introducedGroup.nouns)})\\s+(?:${wordsPattern(words.introducedGroup.of)})\\s+(?:\\p{L}+\\s+)?\\d`, 'giu');
/**
 * Whether a subgroup the binder read is the trial's own population: its words start inside the sentence's
 * "trial of ... in patients with" (TRIAL_POPULATION), so it names the whole the trial enrolled, not a part of it.
 */
function trialsOwn(text: string, s: { start: number; end: number }, subgroup: string, spans: [number, number][]): boolean {
  if (spans.length === 0) return false;
  // (its first place from the sentence's start, looked for where one starting in the sentence can stand: a search of the
  // whole text would run on to its end for every figure whose subgroup the sentence does not write)
  const k = text.slice(s.start, s.end + subgroup.length - 1).indexOf(subgroup);
  const at = k < 0 ? -1 : s.start + k;
  return at >= 0 && at < s.end && spans.some(([a, b]) => at >= a && at < b);
}

/**
 * "a trial of AB-101 plus AB-202 in patients with ...": the trial's own population, named right after the trial noun
 * and what it tests (an opener and at most four words, none a share or a mark of a clause's end).
 */
/** A trial noun and what it tests: "trial of AB-101 plus AB-202" (an opener and at most four words, none a share or a clause's mark). */
export const TRIAL_AND_TESTED = `(?<![\\p{L}])(?:${wordsPattern(words.trialPopulation.nouns)})[ ](?:${wordsPattern(words.trialPopulation.openers)})(?:[ ][^\\s.;,:()%]{1,40}){1,4}?`;
const TRIAL_POPULATION = new RegExp(`${TRIAL_AND_TESTED}[ ](?:${wordsPattern(words.trialPopulation.population)})(?![\\p{L}])`, 'giu');
const WHOLE_POPULATION_ONLY = new RegExp(`^(?:(?:${wordsPattern(words.determiners)})\\s+)?(?:${wordsPattern(words.wholePopulation)})$`, 'iu');
/** "among the 36 evaluable patients": a word of another population that introduces the figure names the figure's own group. */
const INTRODUCES = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.introducers)})(?:\\s+(?:${wordsPattern(words.determiners)}))?\\s*$`, 'iu');
/** The words of a change ("rose", "stieg", "steg") and of the level it reaches ("to", "auf", "til"): comparisons.json's. */
// (a trie behind the pattern: the verbs of change in every language compiled to about 0.2 MB of code)
const CHANGE_VERB = lexiconRegExp([...comparisons.changes.up, ...comparisons.changes.down], 'giu', NOT_AFTER_LETTER, NOT_BEFORE_LETTER);
// a one-letter "a" is as often an article as the Romance "to"
const TO_LEVEL = new RegExp(`(?:^|[\\s(])(?:${wordsPattern(comparisons.changes.to.filter(w => w.length > 1 || w === '\u00e0'))})\\s*$`, 'iu');
const PERIOD_WORDS = new Set(words.periodWords.map(w => w.toLowerCase()));
const PERIOD_PREPOSITIONS = new Set(words.periodPrepositions.map(w => w.toLowerCase()));
/** Words that join a period's parts: "second quarter of 2026", "nine months ended September 30, 2026" (claims.json periodLinks). */
const PERIOD_LINKS = new Set(words.periodLinks.map(w => w.toLowerCase()));
/** A period after a measure is this many words at most: "for the nine months ended September 30, 2025". */
const MAX_PERIOD_WORDS = 8;
const ACQUIRE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.acquisitionVerbs)})(?![\\p{L}])`, 'giu');
const PRICE_END = new RegExp(`(?:^|\\s)(?:${wordsPattern(words.priceLinkers)})\\s*$`, 'iu');
/** A relative clause still open at the end of a text: ", which" with no comma after it. */
const RELATIVE_OPEN_END = new RegExp(`,\\s*(?:${wordsPattern(words.relativeOpeners)})(?![\\p{L}])[^,]*$`, 'iu');
/** The opening of a relative clause: ", which", ", qui", ", som". */
const RELATIVE = new RegExp(`,\\s*(?:${wordsPattern(words.relativeOpeners)})(?![\\p{L}])`, 'giu');
/** Right after a figure: it is an amount per share. */
const PER_UNIT = new RegExp(`^\\s*(?:${wordsPattern(words.perUnit)})(?![\\p{L}])`, 'iu');
/** A word of a noun phrase: letters, with inner hyphens or apostrophes ("Netto-Emissionserlös", "R&D"). */
const NP_WORD = /^[\p{L}][\p{L}&'\u2019-]*$/u;

/**
 * A measure's words: the head noun and one word before it ("net revenue", "upfront payment"). A
 * longer reach takes in the verb before a noun phrase ("received net proceeds"), which would set
 * two statements of one measure apart.
 */
const MAX_WORDS = 2;

const CLAIMS = new WeakMap<DocumentModel, Claim[]>();

/** The claims of a model's figures with a single numeric value, in document order; computed once per model. */
export function claimsOf(model: DocumentModel): Claim[] {
  let out = CLAIMS.get(model);
  if (!out) { out = readClaims(model); CLAIMS.set(model, out); }
  return out;
}

export interface ClaimIndex {
  of: Map<FigureEntity, Claim>;
  /** Claims by measure key, kind and unit: the statements of one measure. */
  byMeasure: Map<string, Claim[]>;
}

const INDEXES = new WeakMap<DocumentModel, ClaimIndex>();

/** The key under which claims state one measure: its measure, the figure's kind and its unit. */
export function measureKey(c: Claim): string | undefined {
  return c.measure ? `${c.measure.key}|${c.figure.figureKind}|${c.figure.unit}` : undefined;
}

/** The claims by figure and by measure; computed once per model. */
export function claimIndex(model: DocumentModel): ClaimIndex {
  let index = INDEXES.get(model);
  if (!index) {
    const of = new Map<FigureEntity, Claim>();
    const byMeasure = new Map<string, Claim[]>();
    for (let cI = 0, cList = claimsOf(model); cI < cList.length; cI++) { const c = cList[cI];
      of.set(c.figure, c);
      const key = measureKey(c);
      if (key === undefined) continue;
      const list = byMeasure.get(key) ?? [];
      list.push(c);
      byMeasure.set(key, list);
    }
    index = { of, byMeasure };
    INDEXES.set(model, index);
  }
  return index;
}

function readClaims(model: DocumentModel): Claim[] {
  const text = normalizedTextOf(model);
  const out: Claim[] = [];
  const sentences = model.sentences;
  let si = 0;
  // per sentence: its subjects, times and context, gathered once
  let current = -1;
  const headings = headingLines(model, text);
  const isoOf = new Map<string, string>();
  // "the first six months" after "the first six months of 2031": a period restated without its year is the dated one, when one alone has its words
  const isoOfWords = new Map<string, string | null>();
  const names = new Set<string>();
  // (by name, then as written: the name is the lexicon's string, hashed once, and the written form a short slice, where a
  // name and its form joined made a fresh string to hash for each of the document's thousands of mentions; the words
  // added are the same either way, each pair's read once)
  const namesRead = new Map<string, Set<string>>();
  for (let xI = 0; xI < model.entities.length; xI++) { const x = model.entities[xI];
    if (x.kind === 'company' || x.kind === 'drug') {
      // each name as written read once: a document writes its drugs and companies over and over
      const form = text.slice(x.start, x.end);
      let forms = namesRead.get(x.name);
      if (!forms) { forms = new Set(); namesRead.set(x.name, forms); }
      if (!forms.has(form)) { forms.add(form); const both = `${x.name} ${form}`; for (let wI = 0, wList = both.toLowerCase().split(/\s+/); wI < wList.length; wI++) { const w = wList[wI]; names.add(w); } }
    }
    if (x.kind !== 'figure' || x.figureKind !== 'date' || !x.iso) continue;
    const written = text.slice(x.start, x.end);
    isoOf.set(written.toLowerCase(), x.iso);
    const w = periodWords(written);
    if (w && /\d/.test(written)) isoOfWords.set(w, isoOfWords.has(w) && isoOfWords.get(w) !== x.iso ? null : x.iso);
  }
  // each figure's measure kept with its sentence's text (see measureIn); a share's reads the names too
  const namesKey = [...names].sort().join('\n');
  const tables = { other: readerFor('claims.measures', newMeasureReader), percent: readerFor(`claims.measures.named ${namesKey}`, newMeasureReader) };
  const isoOfPoint = (point: string) => isoOf.get(point.toLowerCase()) ?? (/\d/.test(point) ? periodOfSpan(point, isoOf) : isoOfWords.get(periodWords(point)) ?? undefined) ?? point;
  let hi = 0;
  const dateline = datelineIn(model.entities, model.text, text)?.f;
  const hardStarts = new Set((model.layout?.softBreaks ?? []).map(b => b.start));
  let subjects: string[] = [], times: { at: number; iso: string }[] = [], others: number[] = [], openers: number[] = [], oi = 0;
  let lastSubjects: string[] = [], lastSubjectsAt = -Infinity;
  /** The sentence's trial populations ("a trial of AB-101 in patients with ..."), as offsets in the text. */
  let trialPopulations: [number, number][] = [];
  const entities = model.entities;
  let ei = 0;
  const reuse = new ClaimsReuse(model, text, { namesKey, isoOf, isoOfWords }, headings, dateline);
  /** The sentence read now (its claims kept for the next run), and where its entities start. */
  let reading: ReadSentence | undefined;
  const carried = { last: lastSubjects, at: lastSubjectsAt };
  let readFrom = 0;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.kind !== 'figure' || typeof e.value !== 'number' || !Number.isFinite(e.value)) continue;
    while (si < sentences.length && sentences[si].end <= e.start) si++;
    if (si >= sentences.length) break;
    const sentence = sentences[si];
    if (e.start < sentence.start) continue;
    if (reading === undefined || reading.index !== si) {
      if (reading) reuse.keep(reading, readFrom);
      reading = undefined;
      // the sentence's first figure: its claims replayed from the last run when all it reads is as it was
      readFrom = firstFrom(entities, sentence.start, ei);
      const kept = reuse.replayable(si, readFrom, text, hardStarts);
      if (kept) {
        // (the subjects carried from sentence to sentence go on through the replay as through the reading below)
        carried.last = lastSubjects; carried.at = lastSubjectsAt;
        const to = reuse.replay(kept, si, readFrom, out, carried);
        lastSubjects = carried.last; lastSubjectsAt = carried.at;
        current = -1;
        i = to - 1;
        continue;
      }
      reading = { index: si, start: sentence.start, end: sentence.end, claims: [], spans: [], ownHeading: undefined };
    }
    // a heading the sentence runs on into is a statement of its own
    while (hi < headings.length && headings[hi].end <= e.start) hi++;
    const h = hi < headings.length && headings[hi].start <= e.start ? headings[hi] : undefined;
    const s = h && (h.start > sentence.start || h.end < sentence.end) ? { start: Math.max(sentence.start, h.start), end: Math.min(sentence.end, h.end) } : sentence;
    if (current !== s.start) {
      current = s.start;
      subjects = []; times = [];
      while (ei < entities.length && entities[ei].start < s.start) ei++;
      for (let k = ei; k < entities.length && entities[k].start < s.end; k++) {
        const x = entities[k];
        if ((x.kind === 'company' || x.kind === 'drug') && !wireCredit(text, x)) { const name = subjectName(x.name); if (!subjects.includes(name)) subjects.push(name); }
        // (the release's own date, its dateline's, dates no claim of the lede it opens: "BOSTON, May 3, 2026 -- ... reported")
        else if (x.kind === 'figure' && x.figureKind === 'date' && x !== dateline) times.push({ at: x.start, iso: x.iso ?? String(x.value) });
      }
      // the first two words of another context: the first may only introduce a figure ("among the 36 patients")
      const memo = memoSpanText(text, sentences, s);
      others = [];
      const wholes: [number, number][] = [];
      for (let wI = 0, wList = memo.matchAll(WHOLE_POPULATION); wI < wList.length; wI++) { const w = wList[wI]; wholes.push([w.index!, w.index! + w[0].length]); }
      for (let wI = 0, wList = memo.matchAll(INTRODUCED_GROUP); wI < wList.length; wI++) { const w = wList[wI]; wholes.push([w.index!, w.index! + w[0].length]); }
      trialPopulations = [];
      for (let wI = 0, wList = memo.matchAll(TRIAL_POPULATION); wI < wList.length; wI++) { const w = wList[wI]; wholes.push([w.index!, w.index! + w[0].length]); trialPopulations.push([s.start + w.index!, s.start + w.index! + w[0].length]); }
      for (let oI = 0, oList = memo.matchAll(OTHER_CONTEXT); oI < oList.length; oI++) { const o = oList[oI];
        if (others.length >= 2) break;
        // "in the ITT population": the word "population" of the whole is no other population
        if (wholes.some(([a, b]) => o.index! >= a && o.index! < b)) continue;
        others.push(s.start + o.index!);
      }
      openers = []; oi = 0;
      for (let mI = 0, mList = memo.matchAll(RELATIVE); mI < mList.length; mI++) { const m = mList[mI]; openers.push(s.start + m.index!); }
      reading.spans.push(subjects);
      // a sentence that names no company or drug speaks of the one named last ("It raised ...")
      if (subjects.length > 0) { lastSubjects = subjects; lastSubjectsAt = si; }
      else if (si - lastSubjectsAt <= 3) subjects = lastSubjects;
    }
    if (e.figureKind === 'date') continue;
    // the binder reads by sentence: a heading's time point is one written in the heading
    // a time point the binder names in words is the date the document writes it as ("third quarter of 2031" is 2031-Q3)
    // (a heading on a line of its own, above its paragraph, is read the same way: the binder's time point may be the paragraph's)
    // (a heading's own time point, written in it, stays: "Report for the period 1 January to 31 March 2025: ...")
    const point = e.binding.timepoint && s === sentence && (!(reading.ownHeading = headingOfItsOwn(text, s, hardStarts)) || text.slice(s.start, s.end).includes(e.binding.timepoint)) ? [isoOfPoint(e.binding.timepoint)] : [];
    // a relative clause after the figure speaks about it, not of its context: "cash of $84 million, which
    // it expects to fund operations into 2027" is no forecast, and 2027 not its date
    while (oi < openers.length && openers[oi] < e.end) oi++;
    const clauseEnd = oi < openers.length ? openers[oi] : s.end;
    // (most figures' sentences state no date and the binder no time point: nothing to gather)
    // (a period written as its first and last days is that period: the two days are no times of their own)
    const inPoint = point.length === 1 && point[0] !== e.binding.timepoint ? monthsOfPeriod(point[0]) : undefined;
    const time = times.length === 0 && point.length === 0 ? '' : [...new Set([...times.filter(t => t.at < clauseEnd && !(inPoint && dayWithin(t.iso, inPoint))).map(t => t.iso), ...point])].sort().join('|');
    const introduced = others.length > 0 && others[0] < e.start && testPiece(INTRODUCES, text.slice(others[0], e.start));
    const other = (introduced ? others.length > 1 && others[1] < clauseEnd : others.length > 0 && others[0] < clauseEnd) || originOfChange(text, entities, i, s);
    const [low, high] = allowed(model.text.slice(e.start, e.end), e);
    const claim: Claim = {
      figure: e, sentence: si, heading: s !== sentence, measure: upfrontAsOne(measureIn(text, sentences, s, e, names, tables), e), time, subjects, low, high, otherContext: other,
      perUnit: testPiece(PER_UNIT, text.slice(e.end, e.end + 40)),
      population: [e.binding.drug ?? '', e.binding.arm && armOf(e, model) !== '' && !armComparedAfter(text, e, e.binding.arm) ? e.binding.arm : '', e.binding.subgroup && !testPiece(WHOLE_POPULATION_ONLY, e.binding.subgroup.trim()) && !trialsOwn(text, s, e.binding.subgroup, trialPopulations) ? e.binding.subgroup : ''].join('|'),
    };
    // the figures right after it in its sentence: its interval, and what it is compared with
    let seen = 0;
    for (let k = i + 1; k < entities.length && entities[k].start < s.end && seen < 4; k++) {
      const x = entities[k];
      if (x.kind !== 'figure') continue;
      seen++;
      const gap = text.slice(claim.comparedWith?.end ?? claim.interval?.end ?? e.end, x.start);
      if (!claim.interval && !claim.comparedWith && x.figureKind === 'ci' && INTERVAL_GAP.test(gap)) { claim.interval = x; continue; }
      if (!claim.comparedWith && x.figureKind === e.figureKind && x.unit === e.unit && (testPiece(COMPARED_GAP, gap.replace(/\([^()]*\)/g, ' ')) || (e.figureKind === 'money' && testPiece(SUMS_COMPARED_GAP, gap)))) { claim.comparedWith = x; break; }
      if (!claim.comparedWith && x.figureKind === 'pvalue' && P_VALUE_GAP.test(gap)) { claim.pValue = x; break; }
      if (claim.interval || seen > 1) break;
    }
    // ("revenue was $13 million, compared with $10 million in the prior year": the other time is the compared figure's)
    if (claim.otherContext && claim.comparedWith && !others.some(o => o < claim.comparedWith!.start && o < clauseEnd && !(introduced && o === others[0]))) claim.otherContext = false;
    // ("cash of $412 million as of June 30, 2026, compared to $455 million as of December 31, 2025": so is the other date)
    const cw = claim.comparedWith;
    if (cw && times.some(t => t.at >= cw.start && t.at < clauseEnd)) {
      claim.time = [...new Set([...times.filter(t => t.at < Math.min(clauseEnd, cw.start) && !(inPoint && dayWithin(t.iso, inPoint))).map(t => t.iso), ...point])].sort().join('|');
    }
    out.push(claim);
    reading.claims.push({ claim, span: reading.spans.length - 1, armNamed: e.binding.arm && e.binding.drug ? armOf(e, model) !== '' : undefined });
  }
  if (reading) reuse.keep(reading, readFrom);
  reuse.finish();
  return out;
}

/**
 * Claims kept from the last run, sentence by sentence, and replayed for the sentences an edit left as they were: an
 * edit reads again the claims of the sentences it changed, not the whole document's.
 *
 * A sentence's claims (those of the figures that start in it) depend on: the text around it (`REACH_BEFORE` characters
 * before it to `REACH_AFTER` after its last entity, and its figures' subgroups' length past its end); the entities that
 * start in it (kind, offsets, and every field the reading reads: a name; a figure's kind, value, unit, comparator, date
 * and binding) and which of them is the dateline; the headings that cut it; whether it is a heading on a line of its
 * own (read again: it looks back to its line's start and on past the spaces after it); for a figure bound to an arm and
 * a drug, whether the arm is another name of the drug (`armOf`, read again); and the document's names, dates and
 * periods (`DocumentWide`, compared whole). Its sentence index and the subjects carried from an earlier sentence that
 * names none are no part of what is kept: the replay sets them as the reading does.
 *
 * Exactness: a sentence is replayed only when all of that is as it was when its claims were read, its window wholly
 * in the text the two versions share at their start or end (both the text as written and the normalised text), its
 * offsets moved by the change in length after the edit. A reading that reaches further breaks this: keep it within.
 */
/** What a claim's reading reads of the document at large. */
interface DocumentWide { namesKey: string; isoOf: ReadonlyMap<string, string>; isoOfWords: ReadonlyMap<string, string | null> }
interface KeptClaim {
  /** The claim as read (its offsets those of the run that read it, `KeptSentence.readAt`). */
  claim: Claim;
  /** The span (the sentence, or a heading it runs on into) whose subjects the claim takes, in the order read. */
  span: number;
  /** armOf(figure) !== '' for a figure bound to an arm and a drug (the drug's other names are the document's). */
  armNamed: boolean | undefined;
  /** The claim's figures, as indices from the sentence's first entity (-1 for none). */
  figure: number; interval: number; comparedWith: number; pValue: number;
}
interface KeptSentence {
  start: number;
  end: number;
  /** Where the sentence started in the run that read its claims (replays keep them as read). */
  readAt: number;
  /** The run's entities that start in the sentence: [from, to). */
  from: number;
  to: number;
  claims: readonly KeptClaim[];
  /** Each span's own subjects, in the order read. */
  spans: readonly string[][];
  /** headingOfItsOwn(sentence), when the reading asked it. */
  ownHeading: boolean | undefined;
  /** The headings that cut the sentence, as offsets from its start (start, end, start, end ...). */
  headings: readonly number[];
}
interface ClaimsRun {
  text: string;
  normalized: string;
  sentences: readonly { start: number; end: number }[];
  entities: readonly Entity[];
  dateline: FigureEntity | undefined;
  wide: DocumentWide;
  kept: (KeptSentence | undefined)[];
}

/**
 * Characters before a sentence its reading looks at (a wire's credit before a name: 41), and after its last entity (a
 * wire's credit after a name: 48; "per share" after a figure: 40; the arm it is compared with: COMPARED_REACH). A reading
 * that looks further must widen these.
 */
const REACH_BEFORE = 64;
const REACH_AFTER = Math.max(64, COMPARED_REACH);
const KEEP_RUNS = 2;
const LAST_RUNS = new KeptRuns<ClaimsRun>(KEEP_RUNS);
/** Sentences replayed and read since the last clear (tests). */
export const claimsReuseStats = { replayed: 0, read: 0 };
const NO_HEADINGS: readonly number[] = Object.freeze([]);

class ClaimsReuse {
  private readonly prev: ClaimsRun | undefined;
  private readonly run: ClaimsRun;
  private p = 0;
  private sfx = 0;
  private delta = 0;
  private dIdx = 0;
  /** The kept run read from, and the text it shares with this one (this run replaces it when it is its next version). */
  private readonly from: ClosestRun<ClaimsRun> | undefined;

  constructor(private readonly model: DocumentModel, normalized: string, wide: DocumentWide, private readonly headings: readonly { start: number; end: number }[], dateline: FigureEntity | undefined) {
    this.run = { text: model.text, normalized, sentences: model.sentences, entities: model.entities, dateline, wide, kept: new Array(model.sentences.length).fill(undefined) };
    // (the text as written, which the values are read from, and the normalised text, which the rest is)
    const closest = LAST_RUNS.closest(model.text, r => [r.normalized, normalized]);
    if (!closest || !sameWide(closest.run.wide, wide)) return;
    const prev = closest.run;
    this.from = closest; this.p = closest.p; this.sfx = closest.sfx;
    this.prev = prev;
    this.delta = model.text.length - prev.text.length;
    this.dIdx = prev.sentences.length - model.sentences.length;
  }

  /** The last run's claims of sentence `si` (its entities from `from`, the first that starts in it) when they may be replayed. */
  replayable(si: number, from: number, text: string, hardStarts: ReadonlySet<number>): KeptSentence | undefined {
    const prev = this.prev;
    if (!prev) return undefined;
    const s = this.model.sentences[si], entities = this.model.entities;
    const w0 = s.start - REACH_BEFORE;
    // (the sentence's start alone first: a sentence after the edit is then looked up as many from the end)
    let shift: number, dIdx: number;
    if (s.end <= this.p) { shift = 0; dIdx = 0; }
    else if (w0 >= 0 && w0 >= text.length - this.sfx) { shift = this.delta; dIdx = this.dIdx; }
    else return undefined;
    const kept = prev.kept[si + dIdx];
    if (!kept || kept.start + shift !== s.start || kept.end + shift !== s.end) return undefined;
    // the same number of entities start in the sentence
    const n = kept.to - kept.from, to = from + n;
    if ((to < entities.length && entities[to].start < s.end) || (n > 0 && (to > entities.length || entities[to - 1].start >= s.end)) || (n === 0 && from < entities.length && entities[from].start < s.end)) return undefined;
    let w1 = s.end;
    for (let k = from; k < to; k++) {
      const x = entities[k];
      if (x.end + REACH_AFTER > w1) w1 = x.end + REACH_AFTER;
      if (x.kind === 'figure' && x.binding.subgroup && s.end + x.binding.subgroup.length > w1) w1 = s.end + x.binding.subgroup.length;
    }
    if (shift === 0 && w1 > this.p) return undefined;
    const old = prev.entities, oldDateline = prev.dateline, dateline = this.run.dateline;
    for (let k = 0; k < n; k++) {
      const a = old[kept.from + k], b = entities[from + k];
      if (!sameRead(a, b, shift) || (a === oldDateline) !== (b === dateline)) return undefined;
    }
    if (!sameHeadings(this.headings, s, kept.headings)) return undefined;
    if (kept.ownHeading !== undefined && headingOfItsOwn(text, s, hardStarts) !== kept.ownHeading) return undefined;
    for (let cI = 0, claims_ = kept.claims; cI < claims_.length; cI++) { const c = claims_[cI]; if (c.armNamed !== undefined && (armOf(entities[from + c.figure] as FigureEntity, this.model) !== '') !== c.armNamed) return undefined; }
    return kept;
  }

  /**
   * Replays a kept sentence's claims into `out` as sentence `si` of this run (its entities from `from`), each span's
   * subjects carried as readClaims carries them (`carried`: the subjects named last and their sentence); the index of
   * the first entity after the sentence.
   */
  replay(kept: KeptSentence, si: number, from: number, out: Claim[], carried: { last: string[]; at: number }): number {
    const entities = this.model.entities, s = this.model.sentences[si];
    const shift = s.start - kept.readAt;
    const spans = kept.spans;
    let span = -1, subjects: string[] = [];
    for (let kI = 0, claims_ = kept.claims; kI < claims_.length; kI++) { const k = claims_[kI];
      // each span's subjects, in the order read: its own, else the ones named last in the three sentences before
      while (span < k.span) subjects = carry(spans[++span], si, carried);
      const c = k.claim, m = c.measure;
      const claim: Claim = {
        figure: entities[from + k.figure] as FigureEntity, sentence: si, heading: c.heading, measure: m && shift !== 0 ? { ...m, start: m.start + shift, end: m.end + shift } : m,
        time: c.time, subjects, low: c.low, high: c.high, otherContext: c.otherContext, perUnit: c.perUnit, population: c.population,
      };
      if (k.interval >= 0) claim.interval = entities[from + k.interval] as FigureEntity;
      if (k.comparedWith >= 0) claim.comparedWith = entities[from + k.comparedWith] as FigureEntity;
      if (k.pValue >= 0) claim.pValue = entities[from + k.pValue] as FigureEntity;
      out.push(claim);
    }
    while (span < spans.length - 1) carry(spans[++span], si, carried);
    const to = from + kept.to - kept.from;
    this.run.kept[si] = { start: s.start, end: s.end, readAt: kept.readAt, from, to, claims: kept.claims, spans, ownHeading: kept.ownHeading, headings: kept.headings };
    claimsReuseStats.replayed++;
    return to;
  }

  /** Keeps a sentence read now (its entities from `from`) for the next run. */
  keep(read: ReadSentence, from: number): void {
    const entities = this.model.entities;
    const to = firstFrom(entities, read.end, from);
    const at = (x: Entity | undefined) => (x ? entities.indexOf(x, from) - from : -1);
    const claims = read.claims.map(({ claim, span, armNamed }) => ({ claim, span, armNamed, figure: at(claim.figure), interval: at(claim.interval), comparedWith: at(claim.comparedWith), pValue: at(claim.pValue) }));
    // (a figure outside the sentence's entities, which the reading never names, is not kept)
    if (claims.some(c => c.figure < 0 || c.figure >= to - from || c.interval >= to - from || c.comparedWith >= to - from || c.pValue >= to - from)) return;
    const headings = headingsIn(this.headings, read);
    this.run.kept[read.index] = { start: read.start, end: read.end, readAt: read.start, from, to, claims, spans: read.spans, ownHeading: read.ownHeading, headings: headings.length ? headings : NO_HEADINGS };
    claimsReuseStats.read++;
  }

  /** Keeps this run for the next. */
  finish(): void { LAST_RUNS.add(this.run, this.from); }
}

/** A span's subjects as readClaims sets them: its own when it names any (then the ones named last), else those named last within three sentences. */
function carry(own: string[], si: number, carried: { last: string[]; at: number }): string[] {
  if (own.length > 0) { carried.last = own; carried.at = si; return own; }
  return si - carried.at <= 3 ? carried.last : own;
}

/** A sentence as it is read: its claims, with the span each takes its subjects from, and what it asked. */
interface ReadSentence {
  index: number;
  start: number;
  end: number;
  claims: { claim: Claim; span: number; armNamed: boolean | undefined }[];
  spans: string[][];
  ownHeading: boolean | undefined;
}

/** Whether the headings that cut a sentence are the kept ones (see headingsIn). */
function sameHeadings(headings: readonly { start: number; end: number }[], s: { start: number; end: number }, kept: readonly number[]): boolean {
  let lo = 0, hi = headings.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (headings[mid].end <= s.start) lo = mid + 1; else hi = mid; }
  let j = 0;
  for (let k = lo; k < headings.length && headings[k].start < s.end; k++, j += 2) {
    if (j >= kept.length || headings[k].start - s.start !== kept[j] || headings[k].end - s.start !== kept[j + 1]) return false;
  }
  return j === kept.length;
}

/** The headings that cut a sentence (see readClaims: a figure's heading is one around it), as offsets from its start. */
function headingsIn(headings: readonly { start: number; end: number }[], s: { start: number; end: number }): number[] {
  const out: number[] = [];
  let lo = 0, hi = headings.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (headings[mid].end <= s.start) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < headings.length && headings[k].start < s.end; k++) out.push(headings[k].start - s.start, headings[k].end - s.start);
  return out;
}

/** The index of the first entity starting at or after `pos` (entities sorted by start), from `lo`. */
function firstFrom(list: readonly { start: number }[], pos: number, lo: number): number {
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Two entities the same in all a claim's reading reads of them, `b`'s offsets moved by `shift` from `a`'s. */
function sameRead(a: Entity, b: Entity, shift: number): boolean {
  if (a.kind !== b.kind || a.start + shift !== b.start || a.end + shift !== b.end) return false;
  if (a.kind === 'company' || a.kind === 'drug') return a.name === b.name;
  if (a.kind !== 'figure' || b.kind !== 'figure') return true;
  if (a.figureKind !== b.figureKind || a.unit !== b.unit || a.comparator !== b.comparator || a.iso !== b.iso) return false;
  const u = a.value, v = b.value;
  if (!(Object.is(u, v) || (Array.isArray(u) && Array.isArray(v) && Object.is(u[0], v[0]) && Object.is(u[1], v[1])))) return false;
  const x = a.binding, y = b.binding;
  return x.endpoint === y.endpoint && x.drug === y.drug && x.arm === y.arm && x.timepoint === y.timepoint && x.subgroup === y.subgroup;
}

function sameWide(a: DocumentWide, b: DocumentWide): boolean {
  return a.namesKey === b.namesKey && sameMap(a.isoOf, b.isoOf) && sameMap(a.isoOfWords, b.isoOfWords);
}

function sameMap<V>(a: ReadonlyMap<string, V>, b: ReadonlyMap<string, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v || !b.has(k)) return false;
  return true;
}

/**
 * A deal's upfront sum is one payment however its phrase names it ("$20 million upfront", "an upfront payment of $20
 * million", "an up-front fee of $20 million"): the figure reader's money role says so, and its measure is one. (Only the
 * upfront: a deal has one, while its milestones are many sums of one role.)
 */
function upfrontAsOne(m: ClaimMeasure | undefined, f: FigureEntity): ClaimMeasure | undefined {
  return m && f.role === 'upfront' && m.key.startsWith('phrase:') ? { ...m, key: 'phrase:upfront', specific: true } : m;
}

/** "to", then a figure: the destination of a change; "from" right before a figure: its origin (comparisons.json changes). */
const DESTINATION_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(comparisons.changes.to)})\\s+$`, 'iu');
const ORIGIN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(comparisons.changes.from)})\\s+$`, 'iu');
/**
 * "extended median OS by 5.4 months, to 13.3 months from 7.9 months": the figure after "from", right after a like figure
 * after "to", is where the change started, another time's or another arm's value, no statement of the measure of the
 * sentence's population.
 */
function originOfChange(text: string, entities: readonly Entity[], i: number, s: { start: number; end: number }): boolean {
  const e = entities[i] as FigureEntity;
  if (!ORIGIN_BEFORE.test(text.slice(Math.max(s.start, e.start - 8), e.start))) return false;
  let k = i - 1;
  while (k >= 0 && entities[k].start >= s.start && (entities[k].kind !== 'figure' || (entities[k] as FigureEntity).figureKind === 'date')) k--;
  const d = k >= 0 && entities[k].start >= s.start ? entities[k] as FigureEntity : undefined;
  return !!d && d.kind === 'figure' && d.figureKind === e.figureKind && d.unit === e.unit && /^[\s,]*\p{L}+\s+$/u.test(text.slice(d.end, e.start))
    && DESTINATION_BEFORE.test(text.slice(Math.max(s.start, d.start - 6), d.start));
}

/** A sentence's measures by figure (kind, unit and offsets in the sentence), offsets relative to the sentence; null for none. */
type MeasureTable = Map<string, ClaimMeasure | null>;
/** A reading function of its own (its identity is the memo's key), which makes a sentence's empty table. */
const newMeasureReader = () => (_sentence: string): MeasureTable => new Map();

/**
 * measureOf, kept with the text of the figure's sentence in the memo of readings: a measure depends
 * on the sentence's text, the figure's place, kind and unit in it and, for a share, the names of the
 * document's companies and drugs (`tables.percent` is a table per set of names), so an edit reads
 * again the measures of the sentences it changed only. A table is filled as its figures are read;
 * what it holds for a key is what measureOf returns for those inputs, whenever it was read.
 */
function measureIn(text: string, sentences: readonly { start: number; end: number }[], s: { start: number; end: number }, f: FigureEntity, names: Set<string>, tables: { other: (t: string) => MeasureTable; percent: (t: string) => MeasureTable }): ClaimMeasure | undefined {
  // an endpoint's measure is the binding's (no reading); a figure past its sentence's end reads beyond the kept text
  if (f.binding.endpoint || f.start < s.start || f.end > s.end) return measureOf(text, s, f, names);
  const table = memoSpanText(text, sentences, s).read(f.figureKind === 'percent' ? tables.percent : tables.other);
  const key = `${f.figureKind}|${f.unit}|${f.start - s.start}|${f.end - s.start}`;
  let m = table.get(key);
  if (m === undefined) {
    const read = measureOf(text, s, f, names);
    m = read ? { ...read, start: read.start - s.start, end: read.end - s.start } : null;
    table.set(key, m);
  }
  return m ? { ...m, start: m.start + s.start, end: m.end + s.start } : undefined;
}

/** A heading is a short line: at most this long, and at most this share of the document's longest line. */
const HEADING_LINE = 120;
const HEADING_SHARE = 0.6;

/**
 * The headings that the reading text runs on into the next line: a short line that ends without a
 * full stop, followed by a line break read as a soft wrap and a line that opens with a capital or a
 * digit ("Cash of EUR 38.1 million" above "The company ended the year ..."), where the next line's
 * first word would have fitted within the document's longest line: a wrap breaks only where it no
 * longer fits, so the answer is the same however the paragraphs were wrapped. Such a line states
 * something of its own; the sentence the splitter made of it and the next line does not.
 */
function headingLines(model: DocumentModel, text: string): { start: number; end: number }[] {
  const soft = model.layout?.softBreaks ?? [];
  if (soft.length === 0) return [];
  // the lines as written: ends at hard line breaks and at the soft breaks read as spaces
  const lines: { start: number; end: number; softEnd: boolean; next: number }[] = [];
  let at = 0, k = 0, longest = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    while (k < soft.length && soft[k].end <= at) k++;
    const br = k < soft.length && soft[k].start <= nl ? soft[k] : undefined;
    const end = br ? br.start : nl;
    lines.push({ start: at, end, softEnd: !!br, next: br ? br.end : nl + 1 });
    longest = Math.max(longest, end - at);
    at = br ? br.end : nl + 1;
  }
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l.softEnd) continue;
    // a heading stands after the end of a sentence or of a paragraph, never inside one
    const before = i > 0 ? text.slice(lines[i - 1].start, lines[i - 1].end).trim() : '';
    if (before !== '' && !/[.!?]["\u201d\u2019)]?$/.test(before)) continue;
    const line = text.slice(l.start, l.end).trim();
    if (line.length < 3 || line.length > Math.min(HEADING_LINE, HEADING_SHARE * longest) || /[.!?:;,]["\u201d\u2019)]?$/.test(line)) continue;
    if (!/^\s*[\p{Lu}\d]/u.test(text.slice(l.next, l.next + 8))) continue;
    // a wrap breaks a line where the next word no longer fits; a break where it would have fitted was written
    const next = /^\s*\S+/.exec(text.slice(l.next, l.next + 60));
    if (!next || l.end - l.start + 1 + next[0].trim().length > longest) continue;
    out.push({ start: l.start, end: l.end });
  }
  return out;
}

/**
 * Whether a sentence is a heading on a line of its own: it fills its line, ends without closing
 * punctuation, is no longer than a heading, and the line break after it is one the writer set (no
 * soft wrap): "Cash of EUR 38.1 million" above "The company ended the year ...".
 */
function headingOfItsOwn(text: string, s: { start: number; end: number }, softStarts: ReadonlySet<number>): boolean {
  const body = text.slice(s.start, s.end).trimEnd();
  if (body.length < 3 || body.length > HEADING_LINE || /[.!?:;,]["\u201d\u2019)]?$/.test(body)) return false;
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  if (text.slice(lineStart, s.start).trim() !== '') return false;
  let at = s.start + body.length;
  while (text[at] === ' ' || text[at] === '\t') at++;
  if (text[at] === '\r') at++;
  if (text[at] !== '\n') return false;
  return !softStarts.has(at) && !softStarts.has(at - 1);
}

/** A wire's credit in a dateline: "(ots/Acme Wire) -", "/Acme Wire/ --" names who distributes the text, not what it is about. */
const WIRE_FORMS = [
  { open: /\([^()\n]{0,40}$/, close: /^[^()\n]{0,40}\)[ *_]{0,4}[-\u2013\u2014]/ },
  { open: /\/[^/\n]{0,40}$/, close: /^[^/\n]{0,40}\/[ *_]{0,4}[-\u2013\u2014]/ },
];
function wireCredit(text: string, x: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, x.start - 41), x.start), after = text.slice(x.end, x.end + 48);
  return WIRE_FORMS.some(w => w.open.test(before) && w.close.test(after));
}

/** A period's words without its digits, each as a key word: "ersten neun Monate 2031" and "ersten neun Monaten" are "erst neun monat". */
function periodWords(written: string): string {
  return (written.match(/\p{L}+/gu) ?? []).map(keyWord).join(' ');
}

/** A company or drug as a subject: a name read with the article that opened its sentence ("Die Acme Bio") is the name. */
function subjectName(name: string): string {
  const space = name.indexOf(' ');
  return space > 0 && DETERMINERS.has(name.slice(0, space).toLowerCase()) ? name.slice(space + 1) : name;
}

/** Between an estimate and its interval: nothing but an opening bracket or a separator, and the interval's name when the figure leaves it out ("9.4 weeks, CI: 7.2-12.5"). */
const INTERVAL_GAP = /^\s?[(\[,;:]?\s?(?:(?:CI|KI|IC)\s?[:=,]?\s?)?$/;
/** Between a figure and the one it is compared with: "versus", "vs.", "compared with", at most four words on either side ("with tovarimab vs. ... with placebo"). */
/** Between a figure (or its interval) and its p-value: brackets and separators only ("0.62 (", "0.48-0.80; "). */
const P_VALUE_GAP = /^[\s,;:()[\]]{0,6}$/;
/** Between two sums, a word that sets the second against the first: "EUR 13 million nach EUR 10 million" (numbers.json versusSums). */
const SUMS_COMPARED_GAP = new RegExp(`^[\\s,]*(?:${wordsPattern([...numbersWords.versusSums, ...numbersWords.versusSumsOnly])})\\s+$`, 'iu');
const COMPARED_GAP = new RegExp(`^[\\s,;)]*(?:[\\p{L}-]+\\s+){0,4}(?:${wordsPattern(shares.armComparison.flatMap(g => g.words))})\\s+(?:[\\p{L}-]+\\s+){0,4}$`, 'iu');

/**
 * Half a unit in the last digit a number was written with, in the figure's own units: "$6.4
 * million" allows $50,000 either way, "14,9" 0.05, "1.250" (a thousands dot) 0.5. Its digits as one
 * whole number stand for the value, so half of one of them is value / digits / 2, however the
 * separators were read.
 */
export function roundingRoom(surface: string, value: number): number {
  const digits = /\d[\d.,\s\u00a0\u202f']*\d|\d/.exec(surface);
  if (!digits) return 0;
  const whole = Number(digits[0].replace(/\D/g, ''));
  if (whole > 0 && Number.isFinite(value) && value !== 0) return (0.5 * Math.abs(value)) / whole;
  const m = /[.,](\d{1,2})$/.exec(digits[0]);
  return 0.5 * 10 ** -(m ? m[1].length : 0);
}

/** The values a written figure allows: the rounding of its last digit, widened by its comparator. */
/** The words that join a period's first day to its last ("from 1 January to 31 March", "1. januar til 31. marts"): dates.json's ranges. */
const SPAN_JOIN = new RegExp(`^(.+?)\\s*(?:[-\u2013\u2014]|(?<![\\p{L}])(?:${wordsPattern(dates.ranges.pairs.flatMap(p => p.join))})(?![\\p{L}]))\\s*(.+)$`, 'iu');
/** A run of months, first to last, that names a reporting period; its ISO form as the date reader writes it. */
const SPAN_PERIOD: Record<string, string> = { '1-3': 'Q1', '4-6': 'Q2', '7-9': 'Q3', '10-12': 'Q4', '1-6': 'H1', '7-12': 'H2', '1-9': 'M9', '1-12': '' };

/**
 * A time point written as a period's first and last days names that period: "1 January 2026 to 31
 * March 2026" is the first quarter of 2026, as "Q1 2026" is, so claims dated either way are of one
 * time. Both ends must be dates the document reads (`isoOf`, by their text), the first to the day
 * with its year, the last the final day of its month in that year (or with its year left out).
 */
export function periodOfSpan(point: string, isoOf: ReadonlyMap<string, string>): string | undefined {
  const m = SPAN_JOIN.exec(point.trim());
  if (!m) return undefined;
  const a = /^(\d{4})-(\d{2})-01$/.exec(isoOf.get(m[1].trim().toLowerCase()) ?? '');
  const b = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(isoOf.get(m[2].trim().toLowerCase().replace(/[.,;]$/, '')) ?? '');
  if (!a || !b || (b[1] !== '-' && b[1] !== a[1])) return undefined;
  const year = Number(a[1]), last = Number(b[2]);
  if (Number(b[3]) !== new Date(Date.UTC(year, last, 0)).getUTCDate()) return undefined;
  const period = SPAN_PERIOD[`${Number(a[2])}-${last}`];
  if (period === undefined) return undefined;
  return period === '' ? a[1] : `${a[1]}-${period}`;
}

/** The year and months (first, last) of a period in ISO form: "2026" the year, "2026-Q2", "2026-H1", "2026-M9". */
function monthsOfPeriod(iso: string): { year: string; from: number; to: number } | undefined {
  const m = /^(\d{4})(?:-(?:Q([1-4])|H([12])|M(\d{1,2})))?$/.exec(iso);
  if (!m) return undefined;
  if (m[2]) return { year: m[1], from: 3 * Number(m[2]) - 2, to: 3 * Number(m[2]) };
  if (m[3]) return { year: m[1], from: 6 * Number(m[3]) - 5, to: 6 * Number(m[3]) };
  return { year: m[1], from: 1, to: m[4] ? Number(m[4]) : 12 };
}

/** Whether a day ("2026-03-31") lies in a period's months. */
function dayWithin(iso: string, p: { year: string; from: number; to: number }): boolean {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(iso);
  return !!m && m[1] === p.year && Number(m[2]) >= p.from && Number(m[2]) <= p.to;
}

export function allowed(surface: string, f: FigureEntity): [number, number] {
  const v = f.value as number;
  const half = roundingRoom(surface, v);
  switch (f.comparator) {
    case '~': return [v * 0.9 - half, v * 1.1 + half];
    case '>': case '\u2265': return [v, Infinity];
    case '<': case '\u2264': return [-Infinity, v];
    default: return [v - half, v + half];
  }
}

const SYNONYMS = new Map<string, string>();
for (const [word, list] of Object.entries(words.synonyms)) { if (Array.isArray(list)) for (const w of list) { SYNONYMS.set(w.toLowerCase(), word); } }

/** A lowercase, accent-free word without a plural or case ending: the key's unit. */
export function keyWord(w: string): string {
  const lower = w.toLowerCase();
  const plain = (SYNONYMS.get(lower) ?? SYNONYMS.get(lower.replace(/s$/, '')) ?? lower).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['\u2019]/g, '');
  return plain.length > 4 ? plain.replace(/(?:es|en|er|s|e)$/, '') : plain;
}

/**
 * What the figure measures: its endpoint, else the noun phrase before a linker ("the upfront
 * payment of", "trésorerie de", "Umsatz betrug"), else the noun phrase right after it ("$5 million
 * upfront payment", "$5 million in upfront payments").
 */
function measureOf(text: string, s: { start: number; end: number }, f: FigureEntity, names: Set<string> = new Set()): ClaimMeasure | undefined {
  // a bare "survival", "remission" or "mortality" (outcomes.json genericOutcomes, with "rate" after it) names the kind of
  // outcome, not one analysis of it: two survival figures are as often two analyses or two groups, so it alone is no key
  // "cut the risk of progression by 62 %" and "the risk of progression or death by 52 % (PFS)": a share the risk of progression
  // is cut by is the complement of the progression-free survival hazard ratio, whichever of the two the binder names
  if (f.binding.endpoint === 'PD' && f.figureKind === 'percent' && RISK_BEFORE.test(text.slice(Math.max(s.start, f.start - 100), f.start))) return { key: 'endpoint:PFS', label: 'PFS', start: f.start, end: f.end, specific: true };
  // (an endpoint the sentence names only by a generic alias, "median survival", is as generic as a bare "survival")
  if (f.binding.endpoint) return { key: `endpoint:${f.binding.endpoint}`, label: f.binding.endpoint, start: f.start, end: f.end, specific: !GENERIC_OUTCOME.test(f.binding.endpoint) && !namedGenerically(text, s, f) };
  // "38 evaluable patients", "23 auswertbare Patienten": a count of people with a qualifier names the group it counts
  if (f.figureKind === 'count' && PEOPLE_UNIT.test(f.unit)) {
    const q = /^[^\d]*\d[\d.,\s\u00a0\u202f]*\s(\p{L}[\p{L}-]*)\s+(\p{L}+)$/u.exec(text.slice(f.start, f.end));
    if (q && !VAGUE.has(q[1].toLowerCase()) && !DETERMINERS.has(q[1].toLowerCase())) {
      const at = q[0].lastIndexOf(q[1], q[0].length - q[2].length - 1);
      return { key: `phrase:${keyWord(q[1])} ${keyWord(q[2])}`, label: `${q[1]} ${q[2]}`, start: f.start + at, end: f.end, specific: true };
    }
  }
  const from = Math.max(s.start, f.start - 160);
  let left = text.slice(from, f.start);
  const cut = Math.max(left.lastIndexOf(';'), left.lastIndexOf('('), left.lastIndexOf(')'), left.lastIndexOf('.'), left.lastIndexOf('\n'));
  const base = from + cut + 1;
  left = left.slice(cut + 1);
  // (a closed aside before the sum, a ticker or a note, "Acme Bio (NASDAQ: ACME) to be acquired by Beta Pharma (NYSE: BETA) for",
  // stands inside the clause of the verb of buying: read past it, blanked to keep the offsets)
  const whole = text.slice(from, f.start).replace(CLOSED_ASIDE, m => ' '.repeat(m.length));
  const priceCut = Math.max(whole.lastIndexOf(';'), whole.lastIndexOf('('), whole.lastIndexOf('.'), whole.lastIndexOf('\n'));
  const price = acquisitionPrice(whole.slice(priceCut + 1), from + priceCut + 1, f);
  if (price) return price;
  const change = f.figureKind === 'percent' ? changeMeasure(left, base, names) : undefined;
  if (change) return change;
  let linked = false, toLevel = false;
  for (let k = 0; k < 4; k++) {
    const h = HEDGE_END.exec(left);
    if (h) left = left.slice(0, h.index + (h[0].startsWith(' ') || h[0].startsWith('(') ? 1 : 0));
    const l = LINK_END.exec(left);
    if (l) { left = left.slice(0, l.index + (/^[\s(]/.test(l[0]) ? 1 : 0)); linked = true; toLevel ||= TO_LEVEL.test(l[0]); }
    if (!h && !l) break;
  }
  if (toLevel) {
    // "operating profit increased by 12% to EUR 8.6 million": the level a change reaches measures the change's subject
    let verb: RegExpExecArray | null = null, m: RegExpExecArray | null;
    CHANGE_VERB.lastIndex = 0;
    while ((m = CHANGE_VERB.exec(left)) !== null) verb = m;
    // "... rose from 4.5 to 7.4 million, net loss from 5.6 to 8.9 million": a comma after the verb opens a clause of another subject
    // (a comma right before the linker sets the level apart, "rose 30%, to $6.2 million": no other clause)
    if (verb && !left.slice(verb.index).replace(/,\s*$/, '').includes(',')) {
      const np = phraseBackward(left.slice(0, verb.index), base);
      if (np) return np;
    }
  }
  if (linked) {
    const np = phraseBackward(left, base);
    if (np) return f.figureKind === 'percent' ? growthOf(np) ?? np : np;
  }
  const after = text.slice(f.end, Math.min(s.end, f.end + 60));
  return phraseForward(after, f.end);
}

/** A word for risk before a share (comparisons.json riskReduction): "the risk of", "das Risiko für", "le risque de". */
const RISK_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(comparisons.riskReduction.risk)})`, 'iu');

/** The words of a change by a share: "by", "um", "med", "de" (nesting.json's). */
const BY_END = new RegExp(`(?:^|\\s)(?:${wordsPattern(nesting.declines.by.filter(w => w !== 'of'))})\\s*$`, 'iu');
const CHANGE_WORDS = new Set([...comparisons.changes.up, ...comparisons.changes.down, ...words.changeVerbs].map(w => w.toLowerCase()));
const GROWTH_NOUNS = [...comparisons.relativeChanges.up, ...comparisons.relativeChanges.down, ...comparisons.changes.upNouns, ...comparisons.changes.downNouns]
  .map(w => w.toLowerCase());
/** A noun of change closes a compound ("Salgsvækst", "Umsatzwachstum") when it is this long at least: shorter ones ("cut", "rise") end other words. */
const MIN_COMPOUND_CHANGE = 5;
/** A verb's reflexive or elided pronoun ("s'envole", "se replie"): no part of the verb's word. */
const ELIDED_PRONOUN = /^[smld]['\u2019]/iu;
/** Words between a verb that comes first and the preposition of its size: "steigerte Gamma den Umsatz um", and a list that shares the verb ("den Umsatz um 5 Prozent und den Gewinn um"). */
const MAX_VERB_REACH = 10;
/** The thing a change is of is named by a word this long at least. */
const MIN_STEM = 4;

/**
 * A share that is the size of a change measures the change of the thing that changed: "sales rose
 * 7 %", "Salget steg med 7 %", "steigerte die Gruppe den Umsatz um 7 Prozent", "le titre s'envole
 * de 7 %", "Umsatz +7 Prozent". The thing is the noun phrase before the verb (or, where the verb
 * comes first, between the verb and "um"); companies and drugs named in it are who owns it, not
 * what it is. The key is "change:" and the noun's stem, so "sales growth of 7 %" (growthOf) is
 * the same measure.
 */
function changeMeasure(left: string, base: number, names: Set<string>): ClaimMeasure | undefined {
  let rest = left;
  for (let k = 0; k < 2; k++) {
    const h = HEDGE_END.exec(rest);
    if (!h) break;
    rest = rest.slice(0, h.index + (h[0].startsWith(' ') || h[0].startsWith('(') ? 1 : 0));
  }
  const signed = /[+\u2212]\s*$/.test(rest) && !/[+\u2212]\s*$/.test(rest.replace(/[+\u2212]\s*$/, '').trimEnd());
  if (signed) {
    // "Umsatz +7 Prozent": a noun right before a signed share
    const src = rest.replace(/[+\u2212]\s*$/, '');
    const np = phraseBackward(src, base);
    const head = np && headOfComplement(src, base, np);
    return head ? changeKey(head, names) : undefined;
  }
  const by = BY_END.exec(rest);
  const body = by ? rest.slice(0, by.index + (/^\s/.test(by[0]) ? 1 : 0)) : rest;
  const tokens: { w: string; at: number }[] = [];
  const re = /\S+/g;
  for (let m: RegExpExecArray | null; (m = re.exec(body)) !== null;) tokens.push({ w: m[0], at: m.index });
  const isVerb = (w: string) => CHANGE_WORDS.has(w.replace(ELIDED_PRONOUN, '').replace(/[,;:]$/, '').toLowerCase());
  const last = tokens.length - 1;
  if (last >= 0 && isVerb(tokens[last].w) && !/,$/.test(tokens[last].w)) {
    // "le titre Gamma Bio s'envole": the company after the noun owns it
    let end = last;
    while (end > 0 && names.has(tokens[end - 1].w.toLowerCase())) end--;
    const src = body.slice(0, end < last ? tokens[end].at : tokens[last].at);
    const np = phraseBackward(src, base);
    const head = np && headOfComplement(src, base, np);
    return head ? changeKey(head, names) : undefined;
  }
  if (!by) return undefined;
  // "steigerte Sartorius den Umsatz um 7 Prozent": the verb first, the thing that changed before "um"
  for (let k = last - 1; k >= 0 && last - k <= MAX_VERB_REACH; k--) {
    if (/[,;:]$/.test(tokens[k].w)) break;
    if (!isVerb(tokens[k].w)) continue;
    const np = phraseBackward(body, base);
    const head = np && headOfComplement(body, base, np);
    return np && head && head.start >= base + tokens[k].at + tokens[k].w.length ? changeKey(head, names) : undefined;
  }
  return undefined;
}

/** "da", "del", "der": a preposition contracted with its article, an owner's complement after a noun (claims.json complementOf). */
const CONTRACTED_OF = new Set(words.complementOf.contracted.map(w => w.toLowerCase()));
/** "of", "de", "af": a preposition whose complement is an owner only with an article after it ("of the group"). */
const PREPOSITION_OF = new Set(words.complementOf.prepositions.map(w => w.toLowerCase()));
/**
 * "the turnover of the group rose", "o lucro da empresa cresceu": a phrase after a preposition of "of" is whose the thing
 * is, and the thing that changed is the noun before the preposition. `np` is the phrase read back from the verb, within
 * `left` (offsets from `base`); the phrase before the preposition, when there is one (inside `np` or right before it,
 * past an article); else `np`.
 */
function headOfComplement(left: string, base: number, np: ClaimMeasure): ClaimMeasure | undefined {
  const from = np.start - base;
  // a phrase that opens with a contracted preposition (the words read back were cut there by their count): the words before it
  if (CONTRACTED_OF.has(np.label.split(' ')[0].toLowerCase())) return phraseBackward(left.slice(0, from), base);
  // a contracted preposition inside the phrase: the words before it
  const inside = /\s(\S+)\s/g;
  inside.lastIndex = from;
  for (let m: RegExpExecArray | null; (m = inside.exec(left)) !== null && m.index < np.end - base;) {
    if (CONTRACTED_OF.has(m[1].toLowerCase())) return phraseBackward(left.slice(0, m.index), base);
    inside.lastIndex = m.index + 1;
  }
  // a preposition right before it, with its article ("of the"), or contracted
  const before = left.slice(0, from).trimEnd();
  const withArticle = /(\S+)\s+(\S+)$/.exec(before);
  if (withArticle && PREPOSITION_OF.has(withArticle[1].toLowerCase()) && DETERMINERS.has(withArticle[2].toLowerCase())) return phraseBackward(before.slice(0, withArticle.index), base);
  const bare = /(\S+)$/.exec(before);
  if (bare && CONTRACTED_OF.has(bare[1].toLowerCase())) return phraseBackward(before.slice(0, bare.index), base);
  return np;
}

/** A noun phrase as the thing a change is of: the words that name no company or drug, the last of them as the key. */
function changeKey(np: ClaimMeasure, names: Set<string>): ClaimMeasure | undefined {
  const kept = np.label.split(' ').filter(w => !names.has(w.toLowerCase()));
  if (kept.length === 0) return undefined;
  const head = kept[kept.length - 1];
  const stem = keyWord(head);
  if (head.length < MIN_STEM || VAGUE.has(head.toLowerCase())) return undefined;
  return { key: `change:${stem}`, label: `change in ${kept.join(' ')}`, start: np.start, end: np.end, specific: true };
}

/**
 * "sales growth of 7 %", "Salgsvækst på 7 %", "Umsatzwachstum von 7 Prozent": a noun of change
 * as the measure's head, alone or closing a compound, names the change of the word before it.
 */
function growthOf(np: ClaimMeasure): ClaimMeasure | undefined {
  const ws = np.label.split(' ');
  const head = ws[ws.length - 1].toLowerCase();
  if (GROWTH_NOUNS.includes(head)) {
    if (ws.length < 2) return undefined;
    const stem = keyWord(ws[ws.length - 2]);
    return ws[ws.length - 2].length >= MIN_STEM ? { ...np, key: `change:${stem}`, label: `change in ${ws[ws.length - 2]}`, specific: true } : undefined;
  }
  for (let gI = 0, GROWTH_NOUNS_ = GROWTH_NOUNS; gI < GROWTH_NOUNS_.length; gI++) { const g = GROWTH_NOUNS_[gI];
    if (g.length < MIN_COMPOUND_CHANGE || !head.endsWith(g) || head.length - g.length < 4) continue;
    const stem = keyWord(head.slice(0, head.length - g.length));
    return head.length - g.length >= MIN_STEM ? { ...np, key: `change:${stem}`, label: `change in ${head.slice(0, head.length - g.length)}`, specific: true } : undefined;
  }
  return undefined;
}

/** A closed aside of a few words in brackets, no sentence's end in it: "(NASDAQ: ACME)", "(the Company)". */
const CLOSED_ASIDE = /\([^().;\n]{1,40}\)/g;

/**
 * "Beta Pharma agreed to acquire Acme Bio for $2.4 billion", "to be acquired by Beta Pharma for
 * $2.1 billion": a sum after "for" in the clause of a verb of buying (no comma between them, and not
 * in a relative clause about another deal: "Beta, which acquired Gamma for $1.2 billion") is the
 * acquisition's price.
 */
function acquisitionPrice(left: string, base: number, f: FigureEntity): ClaimMeasure | undefined {
  if (f.figureKind !== 'money') return undefined;
  let rest = left;
  const h = HEDGE_END.exec(rest);
  if (h) rest = rest.slice(0, h.index + (h[0].startsWith(' ') || h[0].startsWith('(') ? 1 : 0));
  if (!PRICE_END.test(rest)) return undefined;
  let verb: RegExpExecArray | null = null, m: RegExpExecArray | null;
  ACQUIRE.lastIndex = 0;
  while ((m = ACQUIRE.exec(rest)) !== null) verb = m;
  if (!verb || rest.slice(verb.index).includes(',')) return undefined;
  const opener = rest.slice(0, verb.index).search(RELATIVE_OPEN_END);
  if (opener >= 0) return undefined;
  return { key: 'phrase:acquisition', label: 'acquisition price', start: base + verb.index, end: base + verb.index + verb[0].length, specific: true };
}

function phraseBackward(left: string, base: number): ClaimMeasure | undefined {
  const re = /\S+/g;
  const tokens: { w: string; at: number }[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(left)) !== null) tokens.push({ w: m[0], at: m.index });
  // "net loss for the third quarter was": a period after the measure qualifies it, and the measure is the phrase before
  let end = tokens.length, k = tokens.length - 1, period = false;
  for (; k >= 0 && tokens.length - k <= MAX_PERIOD_WORDS; k--) {
    const w = tokens[k].w.replace(/[,]$/, '').toLowerCase();
    if (PERIOD_WORDS.has(w) || /^(?:\d{1,4}|q[1-4]|h[12]|fy\d{2,4})$/.test(w)) period = true;
    else if (!DETERMINERS.has(w) && !PERIOD_LINKS.has(w)) break;
  }
  if (period && k > 0 && PERIOD_PREPOSITIONS.has(tokens[k].w.toLowerCase())) end = k;
  const np: { w: string; at: number }[] = [];
  for (let i = end - 1; i >= 0 && np.length < MAX_WORDS; i--) {
    let w = tokens[i].w;
    const trailingComma = /,$/.test(w);
    if (trailingComma && np.length === 0) w = w.slice(0, -1); // "the offer, which corresponds to": the phrase before the comma
    else if (trailingComma) break;
    // an elided determiner is no part of the noun: "d'une trésorerie" (a token of its own), "l'offre"
    const elided = /^(?:[dlDL]['\u2019])(?=\p{L})/u.exec(w);
    if (elided) w = w.slice(elided[0].length);
    const lower = w.toLowerCase();
    if (!NP_WORD.test(w) || DETERMINERS.has(lower) || LINKER_WORDS.has(lower) || CONJUNCTIONS.has(lower)) break;
    np.unshift({ w, at: tokens[i].at + (elided ? elided[0].length : 0) });
    // "chiffre d'affaires", "résultat d'exploitation": an elided "de" joins two nouns into one name; an elided article opens the phrase
    if (elided && !/^[dD]/.test(elided[0])) break;
    if (elided) { np[0] = { w: tokens[i].w, at: tokens[i].at }; }
  }
  return phrase(np, base);
}

function phraseForward(after: string, base: number): ClaimMeasure | undefined {
  const re = /\S+/g;
  const np: { w: string; at: number }[] = [];
  let m: RegExpExecArray | null;
  let skipped = 0;
  while ((m = re.exec(after)) !== null && np.length < MAX_WORDS) {
    let w = m[0];
    const end = /[,;:.)]$/.test(w);
    w = w.replace(/[,;:.)]+$/, '');
    const lower = w.toLowerCase();
    if (np.length === 0 && AFTER_LINKS.has(lower) && skipped < 2 && !end) { skipped++; continue; }
    if (!NP_WORD.test(w) || DETERMINERS.has(lower) || LINKER_WORDS.has(lower) || AFTER_LINKS.has(lower) || CONJUNCTIONS.has(lower)) break;
    np.push({ w, at: m.index });
    if (end) break;
  }
  return phrase(np, base);
}

const FINANCIAL_HEADS = new Set(comparisons.changes.measures.flatMap(m => m.words).filter(w => !w.includes(' ')).map(w => w.toLowerCase()));
function phrase(np: { w: string; at: number }[], base: number): ClaimMeasure | undefined {
  if (np.length === 0) return undefined;
  const keyWords = np.map(x => keyWord(x.w));
  const label = np.map(x => x.w).join(' ');
  const head = np[np.length - 1].w.toLowerCase();
  const contentWords = np.filter(x => !VAGUE.has(x.w.toLowerCase()));
  // (a company's measure named by its head, "total revenue", "the net loss", is specific: comparisons.json changes.measures)
  const specific = contentWords.length >= 2 || (contentWords.length === 1 && contentWords[0].w.replace(/[^\p{L}]/gu, '').length >= 9 && !VAGUE.has(head)) || FINANCIAL_HEADS.has(head);
  const last = np[np.length - 1];
  return { key: `phrase:${keyWords.join(' ')}`, label, start: base + np[0].at, end: base + last.at + last.w.length, specific };
}
