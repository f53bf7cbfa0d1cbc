/**
 * The populations a document states, read once per model: every count of people ("40 patients",
 * "n = 40", the 40 of "12 of 40") with its size, its sentence, and its role when the words around it
 * say which: the study's enrolment ("the trial enrolled 40 patients") or an analysis set drawn from
 * it ("the 36 evaluable patients"). A count hedged as a bound ("more than 40 patients", "about
 * 40") is a population of unknown size: it is kept, as unbounded, so that no check reads a
 * population as smaller than the text allows. The words are data (lexicon/grammar/people.json).
 */
import type { DocumentModel, FigureEntity } from './model';
import words from '../../lexicon/grammar/people.json';
import { PEOPLE_UNIT } from './people';
import { wordsPattern } from './words';
import { memoSpanText } from './memo';
import { execPiece, readPiece, testPiece } from './testMemo';
import { figuresBySentence, itemsWithin, normalizedText, sentenceIndexAt } from './checks/check';
import { populationBefore } from './checks/shares';
import totalsWords from '../../lexicon/grammar/totals.json';
import nestingWords from '../../lexicon/grammar/nesting.json';

export type PopulationRole = 'enrolment' | 'analysis' | 'other';

export interface StatedPopulation {
  /** The figure that states it (for a denominator, the "k of n" figure). */
  figure: FigureEntity;
  /** Its size; Infinity when the text gives only a bound. */
  size: number;
  role: PopulationRole;
  sentence: number;
}

/** Words that state a count of people as a study's enrolment (people.json). */
export const ENROLMENT_WORDS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.enrolment.words)})(?![\\p{L}])`, 'iu');
/** A word of enrolment as the sentence may hold it many times, each asked whether a negation stands right before it. */
const ENROLMENT_EACH = new RegExp(ENROLMENT_WORDS.source, 'giu');
/** A negation right before a word of enrolment, one word between at most: "not included", "were not yet enrolled" (people.json enrolment.negations). */
const NEGATED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.enrolment.negations)})\\s+(?:\\p{L}+\\s+)?$`, 'iu');
/**
 * Whether a sentence holds a word of enrolment not negated (a pure reading of its text, kept with it): "are not included in
 * this plot (n = 12)" states no enrolment.
 */
const namesEnrolment = (sentence: string): boolean => {
  if (!ENROLMENT_WORDS.test(sentence)) return false;
  ENROLMENT_EACH.lastIndex = 0;
  for (let m = ENROLMENT_EACH.exec(sentence); m; m = ENROLMENT_EACH.exec(sentence)) {
    if (!NEGATED_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index))) return true;
  }
  return false;
};
const ANALYSIS_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.analysisSets.words)})\\s*$`, 'iu');
const ANALYSIS_AFTER = new RegExp(`^[\\p{L}\\s-]{0,24}?(?<![\\p{L}])(?:${wordsPattern(words.analysisSets.words)})(?![\\p{L}])`, 'iu');
/** The words inside a count's own span: "36 evaluable patients". */
const ANALYSIS_IN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.analysisSets.words)})(?![\\p{L}])`, 'iu');
/** An analysis set named, then a verb of its size, right before the count: "the safety population included 46 patients". */
const NAMED_SET_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.analysisSets.namedSets)})\\s+(?:${wordsPattern(words.analysisSets.namedSetVerbs)})\\s+(?:a total of\\s+|all\\s+)?$`, 'iu');
/** An analysis set named, then its size in the bracket that follows it: "the per-protocol population (251 patients". */
const NAMED_SET_BRACKET = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.analysisSets.namedSets)})\\s*\\(\\s*(?:n\\s?=\\s?)?$`, 'iu');
/** An abbreviation in brackets inside a set's name, "per-protocol (PPS) set": read past. */
const ABBREVIATION_IN_BRACKETS = /\s*\(\p{Lu}{1,6}\)/gu;
const OUTCOME_UNIT = new RegExp(`^(?:${wordsPattern(words.outcomes.units)})$`, 'i');

/** A count of people: its unit says so. */
export const isPeopleCount = (f: FigureEntity): boolean =>
  f.figureKind === 'count' && PEOPLE_UNIT.test(f.unit) && typeof f.value === 'number' && Number.isInteger(f.value) && f.value > 0;

/** A count of responders, responses or remissions: people (or one event each) drawn from a population. */
export const isOutcomeCount = (f: FigureEntity): boolean =>
  f.figureKind === 'count' && OUTCOME_UNIT.test(f.unit) && typeof f.value === 'number' && Number.isInteger(f.value) && f.value > 0;

const MEMO = new WeakMap<DocumentModel, StatedPopulation[]>();
const BY_SENTENCE = new WeakMap<DocumentModel, Map<number, StatedPopulation[]>>();

/** The stated populations of each sentence, by the sentence's index: a check looks up a few sentences, never scans them all. */
export function populationsBySentence(model: DocumentModel): Map<number, StatedPopulation[]> {
  let out = BY_SENTENCE.get(model);
  if (!out) {
    out = new Map();
    for (const p of populationsOf(model)) { const l = out.get(p.sentence) ?? []; l.push(p); out.set(p.sentence, l); }
    BY_SENTENCE.set(model, out);
  }
  return out;
}

/** Whether the document states an analysis set ("85 evaluable patients"): a share may then be of it rather than of an arm or the enrolment. */
export function statesAnalysisSet(model: DocumentModel): boolean {
  return populationsOf(model).some(p => p.role === 'analysis');
}

export function populationsOf(model: DocumentModel): StatedPopulation[] {
  let out = MEMO.get(model);
  if (!out) { out = readPopulations(model); MEMO.set(model, out); }
  return out;
}

function readPopulations(model: DocumentModel): StatedPopulation[] {
  const text = normalizedText(model);
  const out: StatedPopulation[] = [];
  for (let fI = 0; fI < model.entities.length; fI++) { const f = model.entities[fI];
    if (f.kind !== 'figure') continue;
    const sentence = sentenceIndexAt(model, f.start);
    // "40 of 55 evaluable patients": the words of an analysis set in the figure qualify its whole, the 55; the 40 are some of them
    const ofAnalysisSet = f.denominator !== undefined && f.denominator > 0 && ANALYSIS_IN.test(text.slice(f.start, f.end));
    if (f.denominator !== undefined && f.denominator > 0) out.push({ figure: f, size: f.denominator, role: ofAnalysisSet ? 'analysis' : 'other', sentence });
    if (typeof f.binding.n === 'number' && f.binding.n > 0) out.push({ figure: f, size: f.binding.n, role: 'other', sentence });
    if (!isPeopleCount(f)) continue;
    if (ofAnalysisSet) { out.push({ figure: f, size: f.value as number, role: 'other', sentence }); continue; }
    const size = f.comparator && f.comparator !== '<' && f.comparator !== '\u2264' ? Infinity : f.value as number;
    // ("17 of the first 24 patients ... the threshold for continuing enrolment": the 17 are some of the 24, never the enrolment)
    const part = f.denominator !== undefined && f.denominator > 0;
    // ("22 of 25 enrolled patients were evaluable": the 22 are the analysis set, drawn from the 25)
    const evaluablePart = part && ANALYSIS_AFTER.test(text.slice(f.end, f.end + 48));
    out.push({ figure: f, size, role: evaluablePart ? 'analysis' : part ? 'other' : roleOf(model, text, f, sentence), sentence });
  }
  return out;
}

/**
 * "All 14 patients enrolled in cohort 1 (AB) were evaluable": the words of an analysis set later in the count's clause, the
 * count their subject: no clause break, no other figure and no word joining another subject between.
 */
const ANALYSIS_LATER = new RegExp(`^[^,;:.()]{0,40}(?:\\([^()]{0,12}\\)[^,;:.()]{0,24})?(?<![\\p{L}])(?:were|was|are|is|waren|sont|étaient)\\s+(?:${wordsPattern(words.analysisSets.words)})(?![\\p{L}])`, 'iu');
const JOINED = /(?<![\p{L}])(?:and|und|et|y|e|och|og|while|whereas)(?![\p{L}])/iu;

/** Right before a count: a word naming the first or last of those enrolled ("the initial 20 patients"; people.json earlyParts). */
const EARLY_PART_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.earlyParts.words)})\\s+$`, 'iu');

function roleOf(model: DocumentModel, text: string, f: FigureEntity, sentence: number): PopulationRole {
  // ("the initial 20 patients enrolled": the first of the enrolled, some of them)
  if (testPiece(EARLY_PART_BEFORE, text.slice(Math.max(0, f.start - 16), f.start))) return 'other';
  // (the pieces around the figure asked of testMemo's table, kept by their text)
  if (testPiece(ANALYSIS_BEFORE, text.slice(Math.max(0, f.start - 24), f.start)) || testPiece(ANALYSIS_IN, text.slice(f.start, f.end)) || testPiece(ANALYSIS_AFTER, text.slice(f.end, f.end + 48))
    || testPiece(NAMED_SET_BEFORE, text.slice(Math.max(0, f.start - 70), f.start))
    || testPiece(NAMED_SET_BRACKET, text.slice(Math.max(0, f.start - 70), f.start).replace(ABBREVIATION_IN_BRACKETS, ''))) return 'analysis';
  const later = execPiece(ANALYSIS_LATER, text.slice(f.end, f.end + 90));
  if (later && !JOINED.test(later[0]) && !(figuresBySentence(model)[sentence] ?? []).some(g => g.start >= f.end && g.start < f.end + later[0].length)) return 'analysis';
  // ("90 evaluable patients, including 35 with the variant and 55 without": a part listed after its whole, never the enrolment)
  if (partListedAfterWhole(model, text, f, sentence)) return 'other';
  const s = model.sentences[sentence];
  if (s && memoSpanText(text, model.sentences, s).read(namesEnrolment)) return 'enrolment';
  return 'other';
}

/** The words that open a whole's parts ("including", "of whom", "davon": totals.json wholeThenSubsets). */
const PARTS_OPEN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...totalsWords.wholeThenSubsets.words, 'of whom'])})(?![\\p{L}])`, 'iu');

/** Whether an earlier count of people in the sentence is larger and the words between open its parts. */
function partListedAfterWhole(model: DocumentModel, text: string, f: FigureEntity, sentence: number): boolean {
  for (const g of figuresBySentence(model)[sentence] ?? []) {
    if (g.start >= f.start) break;
    if (isPeopleCount(g) && (g.value as number) > (f.value as number) && f.start - g.end < 200 && PARTS_OPEN.test(text.slice(g.end, f.start))) return true;
  }
  return false;
}

/**
 * The stated population a figure is about, when its binding names one the document sizes: the
 * subgroup its sentence frames it by is the text of a stated population ("Of the 36 evaluable
 * patients, 12 responded": the 12 and its share are of the 36).
 */
export function populationOf(model: DocumentModel, f: FigureEntity): StatedPopulation | undefined {
  const label = f.binding.subgroup ?? f.binding.arm;
  if (!label) return undefined;
  const key = label.replace(/\s+/g, ' ').trim().toLowerCase();
  let found: StatedPopulation | undefined;
  for (const p of populationsOf(model)) {
    if (p.figure === f || p.figure.kind !== 'figure') continue;
    if (model.text.slice(p.figure.start, p.figure.end).replace(/\s+/g, ' ').trim().toLowerCase() !== key) continue;
    // the nearest such statement before the figure, else the first after it
    if (p.figure.start <= f.start || !found) found = p;
    if (p.figure.start > f.start) break;
  }
  return found;
}

// --- a stated group and its counted parts ------------------------------------------------------------


/**
 * A stated group split into parts that exclude each other, in one sentence: the edges of the
 * document's population tree. 'partition': the parts are all of the group ("48 patients \u2014 23
 * receiving A and 21 receiving B \u2014"), so they make it up exactly; 'disjoint': they are some of
 * it ("28 responders, including 14 high-risk and 14 low-risk patients"; "of these 12 adults,
 * 5 complete and 7 partial responders"), so they cannot add up to more.
 */
export interface PopulationSplit {
  whole: FigureEntity;
  /** The group's size: a count's value; for "k of n", the k its words are about. */
  size: number;
  parts: FigureEntity[];
  kind: 'partition' | 'disjoint';
  /** What makes the parts exclude each other: arms, response categories, complementary words, or places. */
  by: 'arms' | 'categories' | 'complements' | 'places';
}

const S = words.splits;
const SPLIT_SUBSET_END = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(S.subsetMarkers)})[\\s,]*$`, 'iu');
// (the text read is normalised: a dash is a hyphen, set apart by spaces so as not to be a range)
const APPOSITION = new RegExp(`^(?:\\s?(?:${S.appositions.filter(a => !/^[-\u2013\u2014]+$/.test(a)).map(a => a.replace(/[()[\]\\^$.|?*+{}]/g, '\\$&')).join('|')})\\s?|\\s(?:-{1,2}|[\u2013\u2014])\\s)$`, 'u');
/** "23 in cohort A and 21 in cohort B": a part placed in one of the study's groups (totals.json pooled.groups), which exclude each other. */
// (a verb may stand between the number and the group: "30 were dosed in cohort A"; a study's phases and stages are its groups too)
const GROUP_START = new RegExp(`^[\\s,]*(?:(?:${wordsPattern(words.units)})\\s+)?(?:(?:${wordsPattern(S.placedVerbs)})\\s+)?(?:in|im|dans|en|i)\\s+(?:(?:the|der|dem|la|le|los|las|den|det)\\s+)?(?:[\\p{L}\\d]+[\\s-]+){0,3}?(?:${wordsPattern([...totalsWords.pooled.groups, ...words.armSizes.nouns, ...S.studyParts])})(?![\\p{L}])`, 'iu');
/** "70 in the US": a part placed in a region or country (nesting.json regions.parts). */
const PLACE_START = new RegExp(`^[\\s,]*(?:(?:${wordsPattern(words.units)})\\s+)?(?:(?:were|was)\\s+)?(?:enrolled\\s+|treated\\s+|recruited\\s+)?(?:in|im|en|i|aus|from)\\s+(?:(?:the|den|der|les|la|le)\\s+)?(${wordsPattern(nestingWords.regions.parts)})(?![\\p{L}])`, 'u');
const AGGREGATE_PLACES = new Set((totalsWords.namedParts.aggregates as string[]).map(w => w.toLowerCase()));
/** Words that make treatment labels the study's arms, and words of a treatment history (people.json splits). */
const ARM_EVIDENCE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(S.armEvidence)})(?![\\p{L}])`, 'iu');
const HISTORY = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(S.history)})(?![\\p{L}])`, 'iu');
/** The word right after a part's number, past a copula: "25 men", "25 were men". */
const COMPLEMENT_WORD = /^[\d.,\u00a0 ]+(?:(?:were|was|are|is|waren|sind|étaient|sont|var|var|er)\s+)?(\p{L}+)/u;
/** After a group, a few words and a colon: "48 patients were treated: ...". */
const COLON_AFTER_PREDICATE = /^\s(?:\p{L}+\s){0,3}\p{L}+\s?:\s?$/u;
/** After a group, ", with" and the parts: "48 patients, with 23 in the A arm and 21 in the B arm", "48 patients in the study, with ...". */
// (a phrase placing the group may stand before the comma: "120 patients in the AB-101 study, with 60 in ...")
const WITH_OPENER = /^(?:\s(?:in|into|across|at|im|dans|en|i|på)\s(?:[\p{L}\d-]+\s){0,4}?[\p{L}\d-]+)?\s?,\s?(?:with|mit|avec|con|med)\s$/iu;
const ARM_START = new RegExp(`^[\\s,]*(?:(?:${wordsPattern(words.units)})\\s+)?(?:(?:who|were|was|had|have|die|qui|que)\\s+)?(${wordsPattern(S.armWords)})(?![\\p{L}])`, 'iu');
/** The words between two counts of a list: the first one's label, then a comma or a conjunction. */
const LIST_JOIN_END = /(?:,|(?<![\p{L}])(?:and|or|und|oder|et|ou|y|o|e|og|och|eller|en|of))\s*$/iu;
const LAST_JOIN_END = /(?<![\p{L}])(?:and|or|und|oder|et|ou|y|o|e|og|och|eller|en)\s*$/iu;
const COMPLEMENT_PAIRS = totalsWords.complements.pairs.map(([a, b]) => [a.toLowerCase(), b.toLowerCase()]);
const CATEGORY_UNITS: Record<string, string> = totalsWords.responses.countUnits;
const CATEGORY_NAMES = new Set(totalsWords.responses.categories);
/** A count's own words naming its category: the number, at most two words ("patients had", "with a"), then "complete responses". */
const CATEGORY_AFTER = new RegExp(`^[\\p{L}\\d.,-]+\\s(?:(?!no\\s|not\\s|kein)\\p{L}+\\s){0,2}(${wordsPattern(Object.keys(CATEGORY_UNITS))})(?![\\p{L}])`, 'iu');
/** A sentence with more figures than this is a table or a list of results, not read for splits. */
const MAX_SPLIT_FIGURES = 40;
/** The longest label a part may carry before the next part. */
const MAX_LABEL = 110;
/** How far before its parts' marker a group may stand. */
const MAX_WHOLE_GAP = 200;

const SPLITS = new WeakMap<DocumentModel, PopulationSplit[]>();

/** The groups the document splits into counted parts; computed once per model. */
export function populationSplits(model: DocumentModel): PopulationSplit[] {
  let out = SPLITS.get(model);
  if (!out) { out = readSplits(model); SPLITS.set(model, out); }
  return out;
}

/** A whole number that may count a part: people, responses, or a bare number whose noun follows later. */
const partLike = (f: FigureEntity) => !f.table && typeof f.value === 'number' && Number.isInteger(f.value) && f.value > 0 && !f.comparator && f.denominator === undefined
  && (f.figureKind === 'count' ? PEOPLE_UNIT.test(f.unit) || OUTCOME_UNIT.test(f.unit) : f.figureKind === 'other' && f.unit === '');
/** A count of people (or responders) that may be a group; "k of n" is a group of k. */
const groupLike = (f: FigureEntity) => !f.table && f.figureKind === 'count' && typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 2 && !f.comparator
  && (PEOPLE_UNIT.test(f.unit) || OUTCOME_UNIT.test(f.unit));

function readSplits(model: DocumentModel): PopulationSplit[] {
  const text = normalizedText(model);
  const out: PopulationSplit[] = [];
  const bySentence = figuresBySentence(model);
  for (const [si, all] of bySentence.entries()) {
    if (all.length < 2 || all.length > MAX_SPLIT_FIGURES) continue;
    // a dose in a part's label names its arm ("4 receiving 2 mg, 5 receiving 6 mg and 6 receiving 12 mg"): no part, no
    // group, and no break in the run of parts
    const doses = all.filter(f => f.figureKind === 'dose');
    const inS = doses.length > 0 ? all.filter(f => f.figureKind !== 'dose') : all;
    if (inS.length < 2) continue;
    const s = model.sentences[si];
    // where the sentence's drugs are named (an arm named right after its count: "61 Acmezumab and 59 placebo")
    const drugStarts = new Set(itemsWithin(model.entities, s.start, s.end).filter(e => e.kind === 'drug').map(e => e.start));
    for (let i = 0; i + 1 < inS.length; i++) {
      if (!partLike(inS[i])) continue;
      // the run: counts joined by commas and conjunctions, each gap a short label with no clause break
      let j = i;
      while (j + 1 < inS.length && partLike(inS[j + 1])) {
        const gap = text.slice(inS[j].end, inS[j + 1].start);
        if (gap.length > MAX_LABEL || /[;.!?]/.test(gap.replace(/\([^()]*\)/g, '')) || !LIST_JOIN_END.test(gap)) break;
        j++;
      }
      if (j === i) continue;
      // the run is the parts, or its first count is their group ("Of these 9 patients, 4 ... and 5 ...")
      for (const start of [i, i + 1]) {
        if (j - start < 1 || !LAST_JOIN_END.test(text.slice(inS[j - 1].end, inS[j].start))) continue;
        const parts = inS.slice(start, j + 1);
        if (start === 0) {
          // "The trial enrolled 120 patients. Sixty received AB-101 and 65 received placebo.": a sentence that opens on the
          // study's arms splits the group the sentence before enrolled
          const by = exclusion(text, parts, text.slice(s.start, s.end), doses, drugStarts);
          const split = by === 'arms' || by === 'places' ? enrolledBefore(model, text, bySentence, si, parts[0]) : undefined;
          if (split && by) { out.push({ ...split, parts, by }); break; }
          continue;
        }
        const by = exclusion(text, parts, text.slice(s.start, s.end), doses, drugStarts);
        const split = by && groupOf(model, text, inS, start, s, by);
        if (split && by) { out.push({ ...split, parts, by }); break; }
      }
      i = j;
    }
  }
  return out;
}

/** Before a sentence's first count, nothing but an opening quote or bracket: the sentence opens on it. */
const OPENS_ON = /^[\s"'\u201c(]*$/u;
/** Before a sentence's first count, only words that refer back to the group just counted: "Of these, 45 received ..." (people.json splits.referringLeads). */
/** Before a sentence's first count, where it happened or who said it: "In the study, 45 received ...", "Acme said 45 ..." (people.json splits.sceneLeads, attributionVerbs). */
const SCENE_LEAD = new RegExp(`^[\\s"'\u201c(]*(?:${wordsPattern(S.sceneLeads)})\\s*,?\\s*$`, 'iu');
const ATTRIBUTION_LEAD = new RegExp(`^[\\s"'\u201c(]*(?:the\\s)?\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*)?\\s(?:${wordsPattern(S.attributionVerbs)})(?:\\s(?:that|dass|que))?\\s*,?\\s*$`, 'u');
const REFERRING_LEAD = new RegExp(`^[\\s"'\u201c(]*(?:${wordsPattern(S.referringLeads)})\\s*,?\\s*$`, 'iu');

/** Whether a sentence's start before its first count only opens it, refers back, sets a scene or attributes (a pure reading, kept by its text). */
const leadsOnGroup = (lead: string): boolean => OPENS_ON.test(lead) || REFERRING_LEAD.test(lead) || SCENE_LEAD.test(lead) || ATTRIBUTION_LEAD.test(lead);

/**
 * The group a sentence opening on its arms splits: the one count of people the sentence before (in its paragraph)
 * states with a word of enrolment, none larger beside it (a subset of another group would be ambiguous). The arms
 * may leave some enrolled out (not dosed, not yet assigned), so they are some of the group, never more.
 */
export function enrolledBefore(model: DocumentModel, text: string, bySentence: FigureEntity[][], si: number, first: FigureEntity): Omit<PopulationSplit, 'parts' | 'by'> | undefined {
  const s = model.sentences[si];
  const lead = text.slice(s.start, first.start);
  if (si === 0 || !readPiece(leadsOnGroup, lead)) return undefined;
  // the enrolment: the sentence before, or the one before that when the sentence between counts no one (one paragraph)
  let pi = si - 1;
  if (pi > 0 && !ENROLMENT_WORDS.test(text.slice(model.sentences[pi].start, model.sentences[pi].end)) && !bySentence[pi].some(f => groupLike(f) || partLike(f))) pi--;
  const p = model.sentences[pi];
  if (/\n[ \t]*\r?\n/.test(text.slice(p.end, s.start)) || !ENROLMENT_WORDS.test(text.slice(p.start, p.end))) return undefined;
  // (a group counted as some of another, "120 of 300 enrolled patients", is the group a sentence referring back to it
  // splits: "Of these, ..."; a sentence that only opens on its parts may split the whole the "of" names)
  const referring = REFERRING_LEAD.test(lead);
  const groups = bySentence[pi].filter(f => groupLike(f) && (f.denominator === undefined || referring));
  if (groups.length === 0) return undefined;
  const g = groups[groups.length - 1];
  if (groups.some(o => o !== g && (o.value as number) >= (g.value as number))) return undefined;
  return { whole: g, size: g.value as number, kind: 'disjoint' };
}

/** How the parts exclude each other, if their words say so. */
function exclusion(text: string, parts: FigureEntity[], sentence: string, doses: readonly FigureEntity[] = [], drugStarts: ReadonlySet<number> = new Set()): PopulationSplit['by'] | undefined {
  const labels = parts.map((f, k) => text.slice(f.end, k + 1 < parts.length ? parts[k + 1].start : f.end + MAX_LABEL));
  // response categories: a patient's best response is one of them
  // "5 complete and 8 partial responses": the noun the last part names is left out before it
  const lastUnit = CATEGORY_UNITS[parts[parts.length - 1].unit] ? parts[parts.length - 1].unit : undefined;
  const noun = lastUnit?.split(' ').slice(1).join(' ');
  const gapped = (f: FigureEntity) => {
    const word = noun ? /^[\p{L}\d.,-]+\s(\p{L}+)(?![\p{L}])/u.exec(text.slice(f.start, f.end + 20))?.[1]?.toLowerCase() : undefined;
    return word ? CATEGORY_UNITS[`${word} ${noun}`] : undefined;
  };
  const cats = parts.map(f => gapped(f) ?? categoryOf(text, f));
  if (cats.every(c => c !== undefined) && new Set(cats).size === cats.length) return 'categories';
  // arms: each part put in one by a word of treatment ("23 receiving A and 21 receiving B"); a later part may leave the verb out ("and 21 to placebo")
  const names = labels.map(l => l.replace(/\s+/g, ' ').trim().toLowerCase());
  if (labels.every(l => GROUP_START.test(l)) && new Set(names).size === names.length && !HISTORY.test(sentence)) return 'arms';
  // places: "70 in the US and 60 in Europe" (a patient is enrolled in one place; a region holding another counts it twice)
  const places = labels.map(l => PLACE_START.exec(l)?.[1]?.toLowerCase());
  if (places.every(p => p !== undefined) && new Set(places).size === places.length && places.filter(p => AGGREGATE_PLACES.has(p!)).length <= 1) return 'places';
  // arms: the study's, named as such (placebo, a control, an arm), never a treatment history the patients may share
  const listed = labels.join(' ');
  // (or each label names a dose of its own: dose groups exclude each other as arms do)
  const armsEvidenced = (ARM_EVIDENCE.test(listed) || dosedLabels(parts, labels, doses)) && !HISTORY.test(sentence);
  const arm = armsEvidenced ? ARM_START.exec(labels[0]) : null;
  if (arm) {
    const last = arm[1].split(/\s+/).pop()!.toLowerCase();
    const rest = labels.slice(1).map(l => ARM_START.test(l) || new RegExp(`^\\s*${last}(?![\\p{L}])`, 'iu').test(l));
    if (rest.every(Boolean) && new Set(names).size === names.length) return 'arms';
  }
  // arms named right after their counts, a drug's or a control's name opening each label ("61 Acmezumab and 59 placebo"):
  // a count labelled by an arm counts those on it; one arm at least a control, so that the labels are the study's arms
  if (armsEvidenced) {
    const named = parts.map((f, k) => {
      const at = f.end + (/^[ \u00a0]?/.exec(labels[k])?.[0].length ?? 0);
      return drugStarts.has(at) || CONTROL_START.test(labels[k]);
    });
    if (named.every(Boolean) && labels.some(l => CONTROL_START.test(l)) && new Set(names).size === names.length) return 'arms';
  }
  // two complementary words right after the numbers ("14 high-risk and 17 low-risk", "25 men and 19 women")
  if (parts.length === 2) {
    // (a copula may stand between: "23 were men and 27 were women")
    const w = parts.map(f => (COMPLEMENT_WORD.exec(text.slice(f.start, f.end + 30))?.[1] ?? '').toLowerCase());
    if (COMPLEMENT_PAIRS.some(([a, b]) => (w[0] === a && w[1] === b) || (w[0] === b && w[1] === a))) return 'complements';
  }
  return undefined;
}

/** A label that opens with a control arm's word (people.json splits.controlArms: "placebo", "standard of care"). */
const CONTROL_START = new RegExp(`^[ \\u00a0]?(?:${wordsPattern(S.controlArms)})(?![\\p{L}])`, 'iu');

/** Whether each part's label (the words after its number, up to the next part) holds a dose, and no two the same dose. */
function dosedLabels(parts: FigureEntity[], labels: string[], doses: readonly FigureEntity[]): boolean {
  if (doses.length < parts.length) return false;
  const named = parts.map((f, k) => doses.find(d => d.start >= f.end && d.end <= f.end + labels[k].length));
  return named.every(d => d !== undefined) && new Set(named.map(d => `${d!.value} ${d!.unit}`)).size === named.length;
}

/** The response category a count names: its unit ("complete responses"), its words, or the endpoint it is bound to. */
function categoryOf(text: string, f: FigureEntity): string | undefined {
  if (f.figureKind === 'count' && CATEGORY_UNITS[f.unit]) return CATEGORY_UNITS[f.unit];
  const named = CATEGORY_AFTER.exec(text.slice(f.start, f.end + 40));
  if (named) return CATEGORY_UNITS[named[1].toLowerCase()];
  return f.binding.endpoint && CATEGORY_NAMES.has(f.binding.endpoint) ? f.binding.endpoint : undefined;
}

/** The group a list of parts splits: right before it in apposition, before a subset marker, or introduced ("of these 12 adults"). */
function groupOf(model: DocumentModel, text: string, inS: FigureEntity[], i: number, s: { start: number; end: number }, by: PopulationSplit['by']): Omit<PopulationSplit, 'parts' | 'by'> | undefined {
  const first = inS[i];
  const prev = inS[i - 1];
  // "48 patients \u2014 23 receiving A and 21 receiving B": an apposition lists all of the group; so does a colon after a
  // short predicate ("48 patients were treated: 23 receiving A ..."), and ", with" before arms ("48 patients, with 23 in the A arm ...")
  // (a group read as its number alone has its noun in the gap: "12 objective responses (5 complete ...")
  const gap = prev ? text.slice(prev.end, first.start).replace(/^[\d.,\s]+$/.test(text.slice(prev.start, prev.end)) ? /^\s(?:[\p{L}-]+\s){0,2}[\p{L}-]+(?=\s?[(:]|\s[-\u2013\u2014])/u : /^\b$/u, '') : '';
  if (groupLike(prev) && (APPOSITION.test(gap) || COLON_AFTER_PREDICATE.test(gap) || (by === 'arms' && WITH_OPENER.test(gap))
    // "12 responders, 5 with a complete response and 8 with a partial one": parts of one group by their best response
    || (by === 'categories' && /^\s?,\s?$/.test(gap)))) {
    return { whole: prev, size: prev.value as number, kind: by === 'arms' ? 'partition' : 'disjoint' };
  }
  // "included 12 patients; 3 receiving ... and 9 receiving ...": a clause after a semicolon that opens on arms splits the
  // group the clause before ends on (some of it: a semicolon does not say the list is whole)
  if (groupLike(prev) && by === 'arms' && /^\s?;\s?$/.test(gap)) return { whole: prev, size: prev.value as number, kind: 'disjoint' };
  // "28 of 120 patients ..., including 14 high-risk and 14 low-risk patients": the nearest group before the marker, past shares and other counts
  const lead = text.slice(Math.max(s.start, first.start - MAX_WHOLE_GAP), first.start);
  if (SPLIT_SUBSET_END.test(lead)) {
    for (let k = i - 1; k >= 0 && first.start - inS[k].end <= MAX_WHOLE_GAP; k--) {
      const g = inS[k];
      if (/;/.test(text.slice(g.end, first.start))) break;
      if (groupLike(g)) return { whole: g, size: g.value as number, kind: 'disjoint' };
      if (partLike(g)) break;
    }
    return undefined;
  }
  // "Of these 10 patients, 4 ... and 6 ...": the group the sentence introduces for them
  const pop = populationBefore(model, inS, i, s);
  if (pop && groupLike(pop) && pop.denominator === undefined) return { whole: pop, size: pop.value as number, kind: 'disjoint' };
  return undefined;
}

// --- the arms' sizes --------------------------------------------------------------------------------

/** After an arm's label, before its "(n = 42)": a word naming it as an arm or group (people.json armSizes.nouns). */
const ARM_NOUN = new RegExp(`(?:\\s(?:${wordsPattern(words.armSizes.nouns)}))?\\s?[(\\[,]?\\s?$`, 'iu');
const ARM_SIZES = new WeakMap<DocumentModel, Map<string, FigureEntity[]>>();
/** The most words an arm's label is read with. */
const LABEL_WORDS = 6;

/**
 * The sizes the document states for each of its arms: an "(n = 42)" written right after the arm's
 * label, in a sentence (or a table's header row) that sizes at least two arms so ("randomized to AB-101
 * (n = 42) or placebo (n = 40)", header cells "AB-101 (N=42) | Placebo (N=40)"); a label is one the
 * figures' bindings name as an arm or a drug. Keyed by the label in lower case.
 */
export function armSizes(model: DocumentModel): Map<string, FigureEntity[]> {
  let out = ARM_SIZES.get(model);
  if (out) return out;
  out = new Map();
  ARM_SIZES.set(model, out);
  const labels = new Set<string>();
  for (const e of model.entities) if (e.kind === 'figure') for (const l of [e.binding.arm, e.binding.drug]) if (l) labels.add(l.replace(/\s+/g, ' ').trim().toLowerCase());
  if (!labels.size) return out;
  const text = normalizedText(model);
  // the labelled sizes of each sentence (a table's header row is one sentence or its cells' own)
  const found: { f: FigureEntity; label: string; group: number }[] = [];
  for (let fI = 0; fI < model.entities.length; fI++) { const f = model.entities[fI];
    if (f.kind !== 'figure' || !isPeopleCount(f) || f.comparator || f.denominator !== undefined || !/^[(\[]?\s?n\s?=/i.test(text.slice(f.start, f.end))) continue;
    // the words before the n, without an arm noun and the bracket, end with a label (the longest such, of at most
    // LABEL_WORDS words: a lookup per ending, not a pass over every label)
    const before = text.slice(Math.max(0, f.start - 80), f.start).replace(ARM_NOUN, '').toLowerCase().replace(/\s+/g, ' ');
    const words = before.split(' ');
    let best: string | undefined;
    for (let k = 1; k <= Math.min(LABEL_WORDS, words.length); k++) {
      const tail = words.slice(-k).join(' ').replace(/^[^\p{L}\d]+/u, '');
      // (whole words from the end: the label stands right before the n, as sizeLabelledBy asks)
      if (labels.has(tail)) best = tail;
    }
    // (or the arm binding gave the size, its label written before the result it follows: "in group A 32 % (n = 39)")
    const bound = f.binding.arm?.replace(/\s+/g, ' ').trim().toLowerCase();
    if (!best && bound && labels.has(bound)) best = bound;
    if (best) found.push({ f, label: best, group: sentenceIndexAt(model, f.start) });
  }
  const perGroup = new Map<number, Set<string>>();
  for (const x of found) { const g = perGroup.get(x.group) ?? new Set(); g.add(x.label); perGroup.set(x.group, g); }
  for (const x of found) {
    if ((perGroup.get(x.group)?.size ?? 0) < 2) continue;
    const l = out.get(x.label) ?? [];
    l.push(x.f);
    out.set(x.label, l);
  }
  return out;
}

/** Whether an "(n = 42)" stands right after a label ("the AB-101 arm (n = 42)"), an arm noun and a bracket between. */
export function sizeLabelledBy(model: DocumentModel, n: FigureEntity, label: string): boolean {
  const before = normalizedText(model).slice(Math.max(0, n.start - 80), n.start).replace(ARM_NOUN, '').toLowerCase();
  const l = label.replace(/\s+/g, ' ').trim().toLowerCase();
  return before.endsWith(l) && (before.length === l.length || !/[\p{L}\d]/u.test(before[before.length - l.length - 1]));
}

/** The one size the document states for an arm, when every statement of its size agrees. */
export function armSizeOf(model: DocumentModel, arm: string): FigureEntity | undefined {
  const stated = armSizes(model).get(arm.replace(/\s+/g, ' ').trim().toLowerCase());
  if (!stated?.length) return undefined;
  return stated.every(g => g.value === stated[0].value) ? stated[0] : undefined;
}
