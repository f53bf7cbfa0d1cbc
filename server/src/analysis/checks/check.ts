/** What every check is: a stable code, a default severity, a one-line description for docs and SARIF, and a pure run. */
import type { DocumentModel, FigureEntity, Finding, Severity } from '../model';
import { comparesArms } from '../model';
import { normalizedTextOf, paragraphLocator } from '../text';
import { memoSpanText } from '../memo';
import { readPiece, testPiece } from '../testMemo';
import { wordsPattern } from '../words';
import contexts from '../../../lexicon/grammar/contexts.json';
import comparisonWords from '../../../lexicon/grammar/comparisons.json';
import bindingWords from '../../../lexicon/grammar/binding.json';
import numberWords from '../../../lexicon/builtin/numbers.json';
export { wordsPattern };

export interface Check {
  code: string;
  /** One line: what the check finds. Used in the README, settings and SARIF rule help. */
  description: string;
  defaultSeverity: Severity;
  run(model: DocumentModel): CheckFinding[];
}

/**
 * A finding as a check returns it: the registry stamps the check's code on it, and the check's
 * default severity unless the finding states another (a milder reading of the same rule). A check
 * reports under its own code only.
 */
export type CheckFinding = Omit<Finding, 'code' | 'severity'> & { severity?: Severity };

/** The project's repository: package.json's repository.url without ".git" (a unit test keeps the two equal). */
export const REPOSITORY_URL = 'https://github.com/biotech-annotator/biotech-annotator';

/** The page that documents a check, docs/checks/<code>.md on the main branch: a diagnostic's codeDescription.href. */
export function checkDocsUrl(code: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/checks/${encodeURIComponent(code)}.md`;
}

/** Decimal places a number was written with ("36.4" -> 1, "54,4" -> 1, "40" -> 0). */
export function decimalsOf(surface: string): number {
  // thousands groups ("1,250") hold no decimals; a leading 0 never starts one ("0,784" is a decimal comma)
  const m = /[.,\u00b7](\d+)(?!.*\d[.,\u00b7]\d)/.exec(surface.replace(/(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+/g, 'N'));
  return m ? m[1].length : 0;
}

/**
 * Whether k of n, rounded (once, or twice through one more decimal) or truncated to the decimals written, is the stated share: the one test grim, percent-of-count,
 * the lists and the readers of a count's share use (pure; here, beside decimalsOf, so that the recognisers may ask it).
 */
export function shareOf(k: number, n: number, stated: number, decimals: number): boolean {
  const share = (100 * k) / n;
  const unit = 10 ** -decimals;
  const rounded = Math.round(share / unit) * unit;
  const truncated = Math.floor(share / unit + 1e-9) * unit;
  // (rounded twice, through one more decimal: 5/13 = 38.46 % is 38.5 %, which a writer rounds on to 39 %)
  const twice = Math.round(Math.round(share * 10 / unit) / 10) * unit;
  return Math.abs(rounded - stated) < unit / 2 || Math.abs(truncated - stated) < unit / 2 || Math.abs(twice - stated) < unit / 2;
}

export function formatNumber(v: number, decimals: number): string {
  return v.toFixed(decimals);
}

/**
 * The model's figures in order, found once per model: a dozen passes of the checks each walked all the model's entities
 * for them after every edit, and made a list of their own. Callers read the list, never change it (readonly).
 */
export function figuresOf(model: DocumentModel): readonly FigureEntity[] {
  let out = FIGURES.get(model);
  if (!out) { out = model.entities.filter((e): e is FigureEntity => e.kind === 'figure'); FIGURES.set(model, out); }
  return out;
}
const FIGURES = new WeakMap<DocumentModel, readonly FigureEntity[]>();

/** The figures of each sentence, by the sentence's index, in one sweep over both sorted lists. */
export function figuresBySentence(model: DocumentModel): FigureEntity[][] {
  let out = BY_SENTENCE.get(model);
  if (!out) { out = sortFiguresBySentence(model); BY_SENTENCE.set(model, out); }
  return out;
}

/** Computed once per model however many checks ask: callers read the lists, never change them. */
const BY_SENTENCE = new WeakMap<DocumentModel, FigureEntity[][]>();

function sortFiguresBySentence(model: DocumentModel): FigureEntity[][] {
  const out: FigureEntity[][] = model.sentences.map(() => []);
  let si = 0;
  for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
    if (e.kind !== 'figure') continue;
    while (si < model.sentences.length && model.sentences[si].end <= e.start) si++;
    if (si >= model.sentences.length) break;
    const s = model.sentences[si];
    if (e.start >= s.start && e.end <= s.end) out[si].push(e);
  }
  return out;
}

/** The model's text normalised (Unicode hyphens, spaces, quotes, mu), computed once per model; same offsets as the original. */
export function normalizedText(model: DocumentModel): string {
  return normalizedTextOf(model);
}

/** The index of the sentence holding `pos`, by binary search; -1 when none does. */
export function sentenceIndexAt(model: DocumentModel, pos: number): number {
  const ss = model.sentences;
  let lo = 0, hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < ss[mid].start) hi = mid - 1; else if (pos >= ss[mid].end) lo = mid + 1; else return mid;
  }
  return -1;
}

const PARAGRAPHS = new WeakMap<DocumentModel, (pos: number) => number>();

/** The index of the paragraph (text between blank lines) holding `pos`: equal for two offsets in one paragraph. */
export function paragraphIndexAt(model: DocumentModel, pos: number): number {
  let at = PARAGRAPHS.get(model);
  if (!at) { at = paragraphLocator(model.text); PARAGRAPHS.set(model, at); }
  return at(pos);
}

/** Half a unit in the last decimal place written: the rounding room of a written number. */
export function halfUnit(surface: string): number {
  return 0.5 * 10 ** -decimalsOf(surface);
}

/** Words that make a sentence speak of another population, analysis or time than the document's main result (contexts.json). */
// "positive trends", "negative topline results": words that judge a result, not a biomarker status
const EVALUATIVE = new Set(contexts.otherPopulation.evaluative);
export const OTHER_POPULATION = new RegExp(`\\b(?:${wordsPattern(contexts.otherPopulation.words.filter(w => !EVALUATIVE.has(w)))}|(?:${wordsPattern(contexts.otherPopulation.evaluative)})(?!\\s+(?:${wordsPattern(contexts.otherPopulation.evaluativeNouns)})\\b))\\b`, 'i');

/** The figure's drug and arm, as one key: figures compare only within one arm. */
/** Two figures of one endpoint, each bound to its own arm (or one to the drug and the other to an arm): "45 % with A and 25 % with placebo". */
export function armsOfOneEndpoint(a: FigureEntity, b: FigureEntity): boolean {
  const side = (f: FigureEntity) => f.binding.arm ?? f.binding.drug;
  return !!a.binding.endpoint && a.binding.endpoint === b.binding.endpoint && !!side(a) && !!side(b) && side(a) !== side(b);
}

export function armKey(f: FigureEntity, model?: DocumentModel): string {
  return `${f.binding.drug ?? ''}|${armOf(f, model)}|${populationKey(f.binding.subgroup)}`;
}

/**
 * The noun a population's name ends in, when words before it say which population it is: "the treatment-naive cohort"
 * and "treatment-naive patients" are one group, named twice (binding.json populations: heads and patients' nouns, not
 * the analyses). A name that is only such a noun with its identifier ("Cohort 2") keeps it.
 */
const POPULATION_HEADS = wordsPattern([...Object.keys(bindingWords.populations.heads), ...Object.keys(bindingWords.populations.patientsWith.nouns)].filter(h => !h.startsWith('$') && !/^anal/i.test(h)));
const POPULATION_NAME_HEAD = new RegExp(`(?<=\\S)\\s+(?:${POPULATION_HEADS})$`, 'iu');
/** A name that ends in such a noun ("treatment-naive patients", "cohort"). */
export const POPULATION_HEAD_AT_END = new RegExp(`(?<![\\p{L}])(?:${POPULATION_HEADS})$`, 'iu');
/** A population's name as two mentions of one group share it: its case, an article or its count before it, and its head noun aside. */
export function populationKey(name: string | undefined): string {
  if (!name) return '';
  const bare = name.trim().toLowerCase().replace(/^(?:the|all|these)\s+/, '').replace(/^\d[\d,]*\s+/, '');
  return bare.replace(POPULATION_NAME_HEAD, '') || bare;
}

/**
 * A figure's arm for comparing figures: an arm labelled by the figure's own drug alone (a table's
 * column "Zelbotamab (n=120)") is the arm the text means by the drug, so it reads as no arm beside it;
 * given the model, so is an arm labelled by another of the drug's names the document uses (its brand, its code). An
 * arm that compares two arms is none.
 */
export function armOf(f: FigureEntity, model?: DocumentModel): string {
  const arm = f.binding.arm;
  // (a statistic that compares two arms, "zelbotamab vs placebo", is of no one arm)
  if (!arm || comparesArms(arm)) return '';
  if (!f.binding.drug) return arm;
  const label = arm.toLowerCase();
  if (label === f.binding.drug.toLowerCase()) return '';
  return model && drugNamesOf(model).get(label) === f.binding.drug ? '' : arm;
}

const DRUG_NAMES = new WeakMap<DocumentModel, Map<string, string>>();
/** Each drug mention's words, lower case, to the drug's canonical name (a name two drugs share is left out). */
function drugNamesOf(model: DocumentModel): Map<string, string> {
  let names = DRUG_NAMES.get(model);
  if (names) return names;
  names = new Map();
  const shared = new Set<string>();
  for (let eI2 = 0, entities_ = model.entities; eI2 < entities_.length; eI2++) { const e = entities_[eI2];
    if (e.kind !== 'drug') continue;
    const key = e.text.toLowerCase();
    const known = names.get(key);
    if (known !== undefined && known !== e.name) shared.add(key);
    names.set(key, e.name);
  }
  for (const key of shared) names.delete(key);
  DRUG_NAMES.set(model, names);
  return names;
}

/**
 * Whether a figure is the control arm's: introduced as the comparison ("versus 6.5 months", "versus the 6.5 months") or
 * followed by a control arm ("28.5 % with the control therapy", "7.5 % on placebo"). The binding
 * may still name the investigational drug for such figures; checks that compare within an arm
 * keep them apart with this.
 */
export function isControlArmFigure(model: DocumentModel, f: FigureEntity): boolean {
  let known = CONTROL_ARM.get(model);
  if (!known) { known = new Map(); CONTROL_ARM.set(model, known); }
  let r = known.get(f);
  if (r === undefined) { r = readControlArm(model, f); known.set(f, r); }
  return r;
}

/** Each figure's answer, once per model: several checks ask it of the same figures (a pure reading of the model's text around the figure). */
const CONTROL_ARM = new WeakMap<DocumentModel, Map<FigureEntity, boolean>>();

function readControlArm(model: DocumentModel, f: FigureEntity): boolean {
  const text = normalizedText(model);
  // (the pieces' answers kept by their content: the same figures ask the same after every edit)
  if (testPiece(COMPARED_BEFORE, text.slice(Math.max(0, f.start - 24), f.start))) return true;
  const after = text.slice(f.end, f.end + 60).replace(/^\s*\([^()]*\)/, '');
  return testPiece(CONTROL_AFTER, after);
}

const COMPARED_BEFORE = /(?:\bvs\.?|\bversus|\bcompared (?:with|to)|\bagainst|\bgegen\u00fcber)(?:\s+the)?\s*$/i;
const CONTROL_AFTER = /^[\s,]*(?:with|in|on|for|receiving|under|in patients (?:on|receiving)|unter|mit|bei)\s+(?:the|matching|a)?\s*(?:control|comparator|placebo|chemotherapy|standard(?: of care)?|SOC|best supportive care|investigator'?s choice|physician'?s choice|Placebo|Kontroll)/i;

const DRUG_SENTENCES = new WeakMap<DocumentModel, Map<number, Set<string>>>();

/** Whether the sentence at this index names a drug (or the given one); one sweep per model. */
export function sentenceNamesDrug(model: DocumentModel, sentenceIndex: number, drug?: string): boolean {
  let map = DRUG_SENTENCES.get(model);
  if (!map) {
    map = new Map<number, Set<string>>();
    let si = 0;
    for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
      if (e.kind !== 'drug') continue;
      while (si < model.sentences.length && model.sentences[si].end <= e.start) si++;
      if (si < model.sentences.length && e.start >= model.sentences[si].start && e.end <= model.sentences[si].end) {
        const set = map.get(si) ?? new Set<string>();
        set.add(e.name);
        map.set(si, set);
      }
    }
    DRUG_SENTENCES.set(model, map);
  }
  const names = map.get(sentenceIndex);
  return !!names && (drug === undefined || names.has(drug));
}

const DRUG_CONTEXT = new WeakMap<DocumentModel, { lastDrug: Map<FigureEntity, string | null>; share: Map<string, number>; names: Map<number, Set<string>> }>();

/**
 * The drug a figure is about, when that is sure enough to compare figures by drug: the bound drug
 * when its sentence names it, or when it is the last drug named before the figure in its
 * paragraph, or, in a paragraph that names no drug before it, when it is the document's main drug
 * (three in five drug mentions). A binding that fell back to the most-mentioned drug while the
 * paragraph speaks of another is not.
 */
export function sureDrug(model: DocumentModel, f: FigureEntity): string | undefined {
  const d = f.binding.drug;
  if (!d) return undefined;
  let info = DRUG_CONTEXT.get(model);
  if (!info) {
    const names = new Map<number, Set<string>>();
    const counts = new Map<string, number>();
    const lastDrug = new Map<FigureEntity, string | null>();
    let total = 0, si = 0, last: { name: string; para: number } | undefined;
    for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
      if (e.kind === 'figure') {
        const para = paragraphIndexAt(model, e.start);
        lastDrug.set(e, last && last.para === para ? last.name : null);
        continue;
      }
      if (e.kind !== 'drug') continue;
      total++;
      counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
      last = { name: e.name, para: paragraphIndexAt(model, e.start) };
      while (si < model.sentences.length && model.sentences[si].end <= e.start) si++;
      if (si < model.sentences.length && e.start >= model.sentences[si].start) {
        const set = names.get(si) ?? new Set<string>();
        set.add(e.name);
        names.set(si, set);
      }
    }
    const share = new Map([...counts].map(([k, v]) => [k, v / Math.max(1, total)]));
    info = { lastDrug, share, names };
    DRUG_CONTEXT.set(model, info);
  }
  if (info.names.get(sentenceIndexAt(model, f.start))?.has(d)) return d;
  const before = info.lastDrug.get(f);
  if (before) return before === d ? d : undefined;
  return (info.share.get(d) ?? 0) >= 0.6 ? d : undefined;
}

/** Words of a sentence that speaks of a comparator, the standard of care or history rather than the drug (contexts.json). */
export const COMPARATOR_CONTEXT = new RegExp(`\\b(?:${wordsPattern(contexts.comparatorContext.words)})\\b`, 'i');

/**
 * Whether a figure is likely another arm's than its binding says: a control arm's figure, or one
 * whose sentence, before it, speaks of a comparator ("standard chemotherapy yields a median OS
 * of 8.5 months") without naming the drug the binding gave it.
 */
export function aboutAnotherArm(model: DocumentModel, f: FigureEntity): boolean {
  if (isControlArmFigure(model, f)) return true;
  const si = sentenceIndexAt(model, f.start);
  if (si < 0 || !f.binding.drug || sentenceNamesDrug(model, si, f.binding.drug)) return false;
  // the words before the figure: "13.1 months with the ADC versus 8.7 months with the control" is the ADC's
  // (an endpoint's name is no word of a comparison: "its disease control" names no control arm)
  const from = Math.max(model.sentences[si].start, f.start - 300);
  let window = normalizedText(model).slice(from, f.start);
  for (let eI2 = 0, eList = itemsWithin(model.entities, from, f.start); eI2 < eList.length; eI2++) { const e = eList[eI2]; if (e.kind === 'endpoint') window = window.slice(0, e.start - from) + ' '.repeat(e.end - e.start) + window.slice(e.end - from); }
  return COMPARATOR_CONTEXT.test(window);
}

/** Right before a duration, a preposition that makes it a point in time: "at 12 months", "after 24 weeks". */
const POINT_IN_TIME = /\b(?:at|after|by|beyond|nach)(?:\s+(?:a|an|the))?\s*$/i;

/** Whether a duration is a point in time, not a measured length ("alive at 12 months", not "a median of 12 months"). */
export function isPointInTime(model: DocumentModel, f: FigureEntity): boolean {
  return !!f.timepoint || POINT_IN_TIME.test(normalizedText(model).slice(Math.max(0, f.start - 16), f.start));
}

/** The index of the first item of a list sorted by start that starts at or after `pos` (the list's length when none): a binary search, so readings that ask per sentence stay linear. */
export function firstIndexFrom<T extends { start: number }>(sorted: readonly T[], pos: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The items of a list sorted by start that lie within [from, to). */
export function itemsWithin<T extends { start: number; end: number }>(sorted: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstIndexFrom(sorted, from); i < sorted.length && sorted[i].start < to; i++) if (sorted[i].end <= to) out.push(sorted[i]);
  return out;
}

/** Whether each list of entities is sorted by start (a model's are; one built by hand may not be), checked once per list. */
const SORTED = new WeakMap<readonly { start: number }[], boolean>();
function sortedByStart(list: readonly { start: number }[]): boolean {
  let sorted = SORTED.get(list);
  if (sorted === undefined) {
    sorted = true;
    for (let i = 1; i < list.length && sorted; i++) if (list[i].start < list[i - 1].start) sorted = false;
    SORTED.set(list, sorted);
  }
  return sorted;
}

/**
 * `model.entities.filter(e => e.start >= from && e.end <= to)`, in the model's order, found by binary search in a list
 * sorted by start (every item from the first starting at `from` up to the last starting at `to`), else by the filter.
 * Meant for lists that are not changed while asked (a model's entities during the checks).
 */
export function entitiesWithin<T extends { start: number; end: number }>(list: readonly T[], from: number, to: number): T[] {
  if (!sortedByStart(list)) return list.filter(e => e.start >= from && e.end <= to);
  const out: T[] = [];
  for (let i = firstIndexFrom(list as T[], from); i < list.length && list[i].start <= to; i++) if (list[i].end <= to) out.push(list[i]);
  return out;
}

/** A sentence's answers to patterns over pieces of it: `test` and `exec` of a piece [from, to) of the sentence's text (all of it by default). */
export interface PieceTests {
  test(re: RegExp, from?: number, to?: number): boolean;
  /** The first match, which the caller reads and never changes. */
  exec(re: RegExp, from?: number, to?: number): RegExpExecArray | null;
}

/** The answers kept for one sentence's text (the memo's own copy of it, so that no answer holds a slice of a document): by pattern, then by the piece's bounds. */
interface PieceAnswers { text: string; byPattern: Map<RegExp, Map<number, RegExpExecArray | null>> }
/** A reading function of its own (its identity is the memo's key), which makes a sentence's empty table. */
const newPieceAnswers = (sentence: string): PieceAnswers => ({ text: sentence, byPattern: new Map() });

/**
 * The answers of patterns over pieces of one sentence (offsets relative to it, read as
 * String.prototype.slice reads them), kept with the sentence's text in the memo of readings: an edit
 * elsewhere asks them again of the memo rather than of the pattern. Exact: an answer depends on the
 * pattern and the piece's text only, and the piece is fixed by the sentence's text and its bounds
 * in it. Patterns with the global or sticky flag (whose answers depend on their lastIndex) are
 * asked directly.
 */
export function pieceTests(text: string, spans: readonly { start: number; end: number }[], s: { start: number; end: number }): PieceTests {
  const length = s.end - s.start;
  let answers: PieceAnswers | undefined;
  const exec = (re: RegExp, from = 0, to = length): RegExpExecArray | null => {
    const a = from < 0 ? Math.max(0, length + from) : Math.min(from, length);
    const b = Math.max(a, to < 0 ? Math.max(0, length + to) : Math.min(to, length));
    if (re.global || re.sticky) return re.exec(text.slice(s.start + a, s.start + b));
    answers ??= memoSpanText(text, spans, s).read(newPieceAnswers);
    let byPiece = answers.byPattern.get(re);
    if (!byPiece) { byPiece = new Map(); answers.byPattern.set(re, byPiece); }
    // a sentence is far shorter than 2^26 code units: one number for the two bounds
    const key = a * 67108864 + b;
    let r = byPiece.get(key);
    if (r === undefined) { r = re.exec(answers.text.slice(a, b)); byPiece.set(key, r); }
    return r;
  };
  return { exec, test: (re, from, to) => exec(re, from, to) !== null };
}

const DD = comparisonWords.durationDifferences;
const GAP_AFTER = new RegExp(`^[ \u00a0]?(?:${wordsPattern(DD.comparativesAfter)})(?![\\p{L}])`, 'iu');
const GAP_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DD.nounsBefore)})[ \u00a0]?$`, 'iu');

/**
 * Whether a length of time is the gap between two groups rather than a length itself: "3.2 months
 * longer", "an improvement of 3.2 months" (comparisons.json durationDifferences).
 */
export function isDurationGap(text: string, f: FigureEntity): boolean {
  if (f.figureKind !== 'duration') return false;
  // all it reads is the figure and the characters around it (NAMED_GAP_REACH before, 16 after): the answer is kept by
  // them and the figure's place among them (testMemo's pieces), so an edit elsewhere asks it of the memo
  const from = Math.max(0, f.start - NAMED_GAP_REACH);
  return readPiece(durationGapAround, `${f.start - from}:${f.end - from}:${text.slice(from, f.end + 16)}`);
}

/** isDurationGap's reading of "start:end:window", the figure at [start, end) of the window. */
function durationGapAround(key: string): boolean {
  const c1 = key.indexOf(':'), c2 = key.indexOf(':', c1 + 1);
  const start = Number(key.slice(0, c1)), end = Number(key.slice(c1 + 1, c2)), text = key.slice(c2 + 1);
  return GAP_AFTER.test(text.slice(end, end + 14)) || GAP_BEFORE.test(text.slice(Math.max(0, start - 30), start))
    || (ADJECTIVE_LENGTH.test(text.slice(start, end)) && GAP_NOUN_AFTER.test(text.slice(end, end + 16)))
    || namedGapBefore(text.slice(Math.max(0, start - NAMED_GAP_REACH), start)) || verbGapBefore(text.slice(Math.max(0, start - NAMED_GAP_REACH), start));
}

/** A length in its adjective form ("4.1-month"), and a noun of gain right after it ("a 4.1-month improvement"). */
const ADJECTIVE_LENGTH = /[-\u2011](?:month|week|day|year)$/i;
const GAP_NOUN_AFTER = new RegExp(`^[ \u00a0](?:${wordsPattern(comparisonWords.durationDifferences.nounsAfter)})(?![\\p{L}])`, 'iu');
const GAP_VERBS = new Set((comparisonWords.durationDifferences.verbsBy as string[]).map(w => w.toLowerCase()));
const GAP_OBJECTS = new Set((comparisonWords.durationDifferences.verbsByObjects as string[]).map(w => w.toLowerCase()));
const GAP_BY = new Set((comparisonWords.durationDifferences.verbsByLinks as string[]).map(w => w.toLowerCase()));
/**
 * "extended median overall survival by 4.1 months": a verb of gain, the endpoint in at most four words (no number
 * among them), then "by" right before the length (durationDifferences.verbsBy): the length is the gain.
 */
function verbGapBefore(before: string): boolean {
  if (!/[\p{L}][ \u00a0]?$/u.test(before)) return false;
  const w = before.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  if (w.length < 2 || !GAP_BY.has(w[w.length - 1].toLowerCase())) return false;
  for (let k = w.length - 2; k >= Math.max(0, w.length - 2 - NAMED_GAP_WORDS); k--) {
    if (!GAP_VERBS.has(w[k].toLowerCase())) continue;
    const between = w.slice(k + 1, -1);
    if (between.some(x => /\d/.test(x) && !/\p{L}/u.test(x))) return false;
    // (the outcome as the verb's object, "extended median OS by", or as its subject right before it, "median OS
    // favored drug A by", "PFS improved by")
    return between.some(x => GAP_OBJECTS.has(x.toLowerCase())) || w.slice(Math.max(0, k - 3), k).some(x => GAP_OBJECTS.has(x.toLowerCase()));
  }
  return false;
}

/** A change's verb and its destination's preposition (comparisons.json changes): "increased to", "rose to". */
const CHANGE_VERBS = new Set([...comparisonWords.changes.up, ...comparisonWords.changes.down].map(w => w.toLowerCase()));
const CHANGE_TO = new Set(comparisonWords.changes.to.map(w => w.toLowerCase()));
const NAMED_GAP_REACH = 70;
/** How many words the endpoint named between the noun of gain and "of" may take ("median overall survival"). */
const NAMED_GAP_WORDS = 4;
const GAP_NOUNS = new Set((DD.nounsNamed as string[]).map(w => w.toLowerCase()));
const GAP_LINKS = new Set((DD.namedLinks as string[]).map(w => w.toLowerCase()));
const GAP_OF = new Set((DD.namedOf as string[]).map(w => w.toLowerCase()));
/**
 * "an improvement in median OS of 1.9 months": a noun of gain, "in", the endpoint's name in at most four words,
 * then "of" right before the length (durationDifferences.nounsNamed): the length is the gap the noun names.
 */
function namedGapBefore(before: string): boolean {
  if (!/[\p{L}][ \u00a0]?$/u.test(before)) return false;
  let w = before.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  // ("the difference in median PFS rose to 5 months": the noun of gain named, then its change's verb and "to")
  if (w.length >= 4 && CHANGE_TO.has(w[w.length - 1].toLowerCase()) && CHANGE_VERBS.has(w[w.length - 2].toLowerCase())) w = [...w.slice(0, -2), 'of'];
  if (w.length < 3 || !GAP_OF.has(w[w.length - 1].toLowerCase())) return false;
  for (let k = w.length - 3; k >= Math.max(0, w.length - 3 - NAMED_GAP_WORDS); k--) {
    if (GAP_LINKS.has(w[k + 1].toLowerCase()) && GAP_NOUNS.has(w[k].toLowerCase())) return !w.slice(k + 2, -1).some(x => /\d/.test(x));
  }
  return false;
}

/**
 * "Of the randomised patients, 400 were adults": a sentence that opens with the whole its count is a part of, named without a
 * number (numbers.json wholeBefore, then the whole's words up to a comma), counts some of them: neither the whole restated nor
 * a trial's enrolment. True when the text from the sentence's start to the figure is such an opening.
 */
export function opensWithItsWhole(text: string, sentenceStart: number, figureStart: number): boolean {
  return figureStart - sentenceStart <= 80 && PARTITIVE_OPENING.test(text.slice(sentenceStart, figureStart));
}
const PARTITIVE_OPENING = new RegExp(`^\\s*(?:${wordsPattern(numberWords.wholeBefore.words)})\\s[^,\\d;:()]{1,60},\\s*$`, 'iu');
