/**
 * Parts above their wholes, read from how the text relates two figures (part of impossible-value):
 *
 * - money of one transaction: net proceeds above the gross proceeds; an upfront payment above the
 *   deal's stated total value. Judged only when the document states one value for each side (a
 *   round-up of several offerings or deals, with several upfront payments, is never judged);
 * - an adverse event's rate restricted to its higher grades, written in parentheses right after the
 *   all-grade rate ("30 % (8 % grade 3 or worse)"), above that rate;
 * - shares of patients reaching thresholds of one measure in one sentence ("40 % lost at least 5 %
 *   ..., 25 % lost at least 10 %"): the share at the higher threshold above the one at the lower;
 * - a median outside its own range or interquartile range, a mean outside its range ("a median
 *   follow-up of 14.2 months (range 1.3–12.8)");
 * - a share price outside the 52-week range the sentence places it in ("at $3.10, in a 52-week
 *   range of $3.40 to $18.20").
 *
 * The words are data (lexicon/grammar/nesting.json); the grammar is here.
 */
import { armKey, figuresBySentence, firstIndexFrom, halfUnit, itemsWithin, normalizedText, paragraphIndexAt, wordsPattern, type CheckFinding } from './check';
import { lexiconRegExp, notAfterChar, notBeforeChar } from '../lexiconMatcher';
import nesting from '../../../lexicon/grammar/nesting.json';
import totalsWords from '../../../lexicon/grammar/totals.json';
import type { DocumentModel, FigureEntity } from '../model';
import { PEOPLE_UNIT } from '../people';
import { isOutcomeCount } from '../populations';
import { roundingRoom } from '../claims';
import numbers from '../../../lexicon/builtin/numbers.json';
import { dealNounAfter } from '../recognize/figures';
import { regionPartsAboveWholes } from './totals';
import { memoRead, spanTest } from '../memo';
import { eventCategoriesAboveWholes } from './eventCategories';

const MONEY = nesting.moneyParts;
const NET = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(MONEY.net)})(?![\\p{L}])`, 'iu');
const GROSS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(MONEY.gross)})(?![\\p{L}])`, 'iu');
const NET_G = new RegExp(NET.source, 'giu');
/** Between a side's words and a sum, the words that make the sum another amount (nesting.json moneyParts anotherSum). */
const ANOTHER_SUM = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(MONEY.anotherSum)})(?![\\p{L}])`, 'iu');
const NET_AT = new RegExp(`^(?:${wordsPattern(MONEY.net)})(?![\\p{L}])`, 'iu');
const GROSS_AT = new RegExp(`^(?:${wordsPattern(MONEY.gross)})(?![\\p{L}])`, 'iu');
const GROSS_G = new RegExp(GROSS.source, 'giu');
/** Right before a sum: the words that make it the unit a rate is counted by (nesting.json moneyParts perUnit). */
const PER_UNIT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(MONEY.perUnit)})\\s*$`, 'iu');
/** Right after a sum: its side's words, after "in", "of" or nothing ("$40 million in gross proceeds"). */
/** How far back in its sentence a sum's subject is looked for (a long clause between them is read whole). */
const SUBJECT_REACH = 240;
const AFTER_SUM = /^[ ,]?(?:in |of |as |an )?((?:\p{L}+[ -]?){1,3})/u;

/** The index of the last match of a global pattern in a string; -1 when none. */
function lastIndexOf(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let at = -1, m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) { at = m.index; if (m[0].length === 0) re.lastIndex++; }
  return at;
}

/** "the total", "in total", "total potential payments": the deal's whole, unless a part's noun stands right before it. */
const TOTAL_WORD = /(?<![\p{L}])(?:total|totals|totalling|totaling|aggregate|insgesamt|gesamt|totalt|samlet|au total)(?![\p{L}])/giu;
const DEAL_VALUE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(MONEY.dealValue)})(?![\\p{L}])`, 'iu');
const TOTAL_NOT_OF = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(MONEY.totalNotOf)})(?![\\p{L}])`, 'iu');

const GRADES = nesting.gradeRestrictions;
/** "grade >2", "grade ≥ 3", "Grad 3-4", "grade 2 or above". */
const GRADE_RESTRICTED = new RegExp(
  `(?<![\\p{L}])(?:${wordsPattern(GRADES.gradeWords)})\\s?(?:(?:[>\\u2265]|>=)\\s?[1-4]|[2-4]\\s?[-\\u2013/]\\s?[3-5]|[2-4]\\s(?:${wordsPattern(GRADES.higher)}))(?![\\p{L}\\d])`, 'iu');

const ALL_THEN_PARENTHESIS = /^ ?(?:\p{L}+ ){0,4}\( ?$/u;

/** "lost at least 10 %", "achieved ≥ 5 %": the threshold word right before a figure. */
const AT_LEAST = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(nesting.atLeast.words)})\\s?$`, 'iu');
/** "HbA1c below 7 %", "< 6.5 %": the bound word right before a figure. */
const AT_MOST = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(nesting.atLeast.below)})\\s?$`, 'iu');
/** The bound word read into the figure itself ("below 7%"). */
const AT_MOST_IN = new RegExp(`^(?:${wordsPattern(nesting.atLeast.below)})(?![\\p{L}])`, 'iu');

export function partsAboveWholes(model: DocumentModel): CheckFinding[] {
  const all = [...netAboveGross(model), ...upfrontAboveTotal(model), ...gradeAboveAllGrades(model), ...thresholdsOutOfOrder(model), ...centreOutsideRange(model), ...tableCentreOutsideRange(model), ...priceOutsideTradingRange(model), ...subsetsAboveWholes(model), ...periodsAboveTheirYears(model), ...periodsAcrossSentences(model), ...raisesAboveRunningTotals(model), ...regionsAboveWholes(model), ...regionSalesAboveSales(model), ...boundsOutOfOrder(model), ...eventCategoriesAboveWholes(model)];
  // one finding per figure: two readings of one part above one whole say the same
  const seen = new Set<number>();
  return all.filter(f => !seen.has(f.start) && (seen.add(f.start), true));
}

/** "412 samples, of which", "$18.6 million, which included", "640,000 pieces; darin enthalten": the words that open a part of the figure before them. */
const SUBSET_AFTER_WHOLE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(totalsWords.wholeThenSubsets.words)})(?![\\p{L}])`, 'iu');
/** "$2.4 billion of that": right after a part, the words that point back to its whole. */
const SUBSET_AFTER_PART = new RegExp(`^[ ,]{0,2}(?:${wordsPattern(nesting.subsets.afterPart)})(?![\\p{L}])`, 'iu');
/** A year written bare ("2023") is no count. */
const looksLikeYear = (f: FigureEntity) => f.unit === '' && Number.isInteger(f.value) && (f.value as number) >= 1900 && (f.value as number) <= 2100;

/** Whether two figures count or sum the same thing: one kind and unit, or a count and a bare number of many. */
function sameQuantity(a: FigureEntity, b: FigureEntity): boolean {
  if (typeof a.value !== 'number' || typeof b.value !== 'number' || b.denominator !== undefined) return false;
  // "29 of 46 patients responded, including 35 complete responses": the "k of n" counts k people, each with one best
  // response, so a count of responses of some kind is part of them
  // (a "k of n" in brackets names no noun, "(18 of 40)": its people are those the sentence's result is of)
  if (a.denominator !== undefined) return a.figureKind === 'count' && (a.unit === '' || PEOPLE_UNIT.test(a.unit)) && isOutcomeCount(b);
  if (a.figureKind !== 'money' && a.figureKind !== 'count' && a.figureKind !== 'other') return false;
  if (looksLikeYear(a) || looksLikeYear(b)) return false;
  if (a.figureKind === b.figureKind && a.unit === b.unit) return a.figureKind !== 'other' || a.unit === '';
  // "30 patients, including 35 complete responses": responses counted among people, one each
  if (a.figureKind === 'count' && PEOPLE_UNIT.test(a.unit) && isOutcomeCount(b)) return true;
  // "120 patients, including 130 women": people named by two nouns are people still
  if (a.figureKind === 'count' && b.figureKind === 'count' && PEOPLE_UNIT.test(a.unit) && PEOPLE_UNIT.test(b.unit)) return true;
  // "640,000 pieces" read bare and "300,000 shares": a count beside a bare whole number
  const bareInt = (f: FigureEntity) => f.figureKind === 'other' && f.unit === '' && Number.isInteger(f.value);
  return (bareInt(a) && b.figureKind === 'count') || (bareInt(b) && a.figureKind === 'count');
}

const FUNCTION_WORDS = new Set((numbers.notModifiers.words as string[]).map(w => w.toLowerCase()));
/**
 * A bare number followed by a word that qualifies what it counts ("including 14 high-risk and 12
 * low-risk patients"): its noun stands further on, or not at all, so it is not known to count what
 * a count before it counts.
 */
function countsUnnamed(text: string, f: FigureEntity): boolean {
  if (f.figureKind !== 'other' || f.unit !== '') return false;
  const next = /^[ ]?(\p{L}[\p{L}-]*)/u.exec(text.slice(f.end, f.end + 40));
  return !!next && !FUNCTION_WORDS.has(next[1].toLowerCase());
}

/** "(1) Includes 300,000 shares ...": a small bare number in brackets that opens its line (a table's bars aside) marks a footnote, no whole. */
function footnoteMarker(text: string, f: FigureEntity): boolean {
  if (f.figureKind !== 'other' || f.unit !== '' || typeof f.value !== 'number' || f.value > 99) return false;
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  return /^[\s|*]*[(\[]\s?$/.test(text.slice(lineStart, f.start)) && /^\s?[)\]]/.test(text.slice(f.end, f.end + 2));
}

/** Between a whole and a part named as its subset: characters in all, words before the subset's marker, characters after it ("... which included the exercise in full of the underwriters' option to purchase"). */
const MAX_SUBSET_GAP = 120;
/** Between a whole and a part in a bracket that opens with the subset's word, closing the whole's clause. */
const MAX_BRACKETED_GAP = 240;
const MAX_LEAD_WORDS = 4;
const MAX_SUBSET_REST = 70;

/** Characters at most between two figures of one run ("to $18.6 million from $12.4 million"). */
const RUN_GAP = 40;

/**
 * The figures of the whole's side: the figure right before `at` and those before it in its sentence
 * that run up to it, each of the same quantity and close to the next with no clause break between
 * ("expenses rose to $18.6 million from $12.4 million, which included"): the part is held to all of
 * them, since the text does not say which one it is part of.
 */
function wholeRun(text: string, inS: FigureEntity[], k: number, like: FigureEntity): FigureEntity[] {
  const run: FigureEntity[] = [];
  // ("earnings rose to 1.04 (0.36), of which 0.48 (0.14) in the quarter": a number alone in brackets right after one of the
  // same quantity is that one's figure of the prior period, no whole the clause goes on about; the whole is the figure before it)
  if (k >= 1 && /^[ ]?\([ ]?$/.test(text.slice(inS[k - 1].end, inS[k].start)) && /^[ ]?\)/.test(text.slice(inS[k].end, inS[k].end + 2)) && sameQuantity(inS[k - 1], inS[k])) k--;
  for (let j = k; j >= 0; j--) {
    const f = inS[j];
    if (!sameQuantity(f, like)) break;
    const next = run.length ? run[run.length - 1].start : -1;
    if (next >= 0 && (next - f.end > RUN_GAP || /[;.:()]/.test(text.slice(f.end, next)))) break;
    run.push(f);
  }
  return run;
}

/**
 * The count of people a whole's count is the denominator of, right before it with only its share in brackets and "of"
 * between ("14 (48%) of 29 patients": the 14 of the 29), or undefined.
 */
function partBefore(text: string, inS: FigureEntity[], k: number): FigureEntity | undefined {
  const w = inS[k];
  if (w.figureKind !== 'count' || !PEOPLE_UNIT.test(w.unit)) return undefined;
  let j = k - 1;
  if (j >= 0 && inS[j].figureKind === 'percent') j--;
  const c = j >= 0 ? inS[j] : undefined;
  if (!c || c.figureKind !== 'count' || c.denominator !== w.value || !PEOPLE_UNIT.test(c.unit)) return undefined;
  return /^[ ]?(?:\([^()]{1,12}\)[ ]?)?\p{L}{2,6}[ ]$/u.test(text.slice(c.end, w.start)) ? c : undefined;
}

/**
 * A part named as part of the figure before it in its sentence, and above it: "412 samples were
 * tested, of which 430 in the high-dose group"; "$2.9 billion in all, $3.3 billion of that in
 * Europe"; "costs of $18.6 million, which included a $26.0 million fee". The whole's words
 * follow it closely (at most three words, no number, between), the part is the next figure of the
 * same quantity within the clause, and it must be above every figure of the whole's run.
 */
function subsetsAboveWholes(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const report = (part: FigureEntity, run: FigureEntity[]) => {
    // (a part of a loss is a smaller loss: below zero, part and whole are compared by their size, "-0.8 of which" under "-5.0")
    const magnitude = (f: FigureEntity): FigureEntity => ({ ...f, value: Math.abs(f.value as number) });
    const exceeds = (w: FigureEntity) => (w.value as number) < 0 && (part.value as number) <= 0 ? above(model, magnitude(part), magnitude(w)) : above(model, part, w);
    if (run.length === 0 || !run.every(exceeds) || run.some(w => footnoteMarker(text, w))) return;
    // the largest figure of the run: the part is above it, and so above all of them
    const whole = run.reduce((a, w) => ((w.value as number) > (a.value as number) ? w : a));
    out.push(finding(part, whole, `${model.text.slice(part.start, part.end)} is written as part of ${model.text.slice(whole.start, whole.end)}${run.length > 1 ? ' (or of the figures beside it)' : ''}, and is above it: a part cannot exceed its whole.`, 'the whole'));
  };
  const bySentence = figuresBySentence(model);
  for (let inSI = 0, inSList = bySentence; inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    if (inS.length > 40) continue;
    // ("... 51 million in cash. Some 56 million of it came from the offering.": a sentence that opens with a part, its words
    // pointing back right after it, is of the sum that closed the sentence before)
    const prevS = inSI > 0 ? bySentence[inSI - 1] : undefined;
    const first = inS[0], last = prevS?.[prevS.length - 1];
    if (first && last && first.figureKind === 'money' && prevS!.length <= 40 && sameQuantity(last, first) && !countsUnnamed(text, first) && SUBSET_AFTER_PART.test(text.slice(first.end, first.end + 20))
      && first.start - last.end <= MAX_SUBSET_GAP && !/[;:()]/.test(text.slice(last.end, first.start))) {
      report(first, wholeRun(text, prevS!, prevS!.length - 1, first));
    }
    for (let k = 0; k + 1 < inS.length; k++) {
      const w = inS[k], p = inS[k + 1];
      if (!sameQuantity(w, p) || countsUnnamed(text, p)) continue;
      const between = text.slice(w.end, p.start);
      if (between.length > MAX_BRACKETED_GAP) continue;
      // the part's words right after it: "$2.4 billion of that"
      if (SUBSET_AFTER_PART.test(text.slice(p.end, p.end + 20)) && !/[;:()]/.test(between) && between.length <= RUN_GAP) {
        report(p, wholeRun(text, inS, k, p));
        continue;
      }
      // the whole's words right after it, then the part: "412 samples, of which 430"
      const m = SUBSET_AFTER_WHOLE.exec(between);
      if (!m) continue;
      // "AEs occurred in 14 (48%) of 29 patients, including rash in 16": the group the subset is drawn from is the 14, the
      // part of the 29 the count before it names (its share between them)
      const of = partBefore(text, inS, k);
      if (of) {
        if (between.length <= MAX_SUBSET_GAP && !/[\d$€£¥]/.test(between.slice(0, m.index)) && !/[.;:()]/.test(between.slice(m.index + m[0].length))) report(p, [of]);
        continue;
      }
      const lead = between.slice(0, m.index), rest = between.slice(m.index + m[0].length);
      // a bracket the subset's word opens, closing the clause the whole stands in ("$90 million in milestones if the
      // filings are accepted (including $40 million upon approval)"): the whole's words may run to the bracket, no figure among them
      if (/\(\s*$/.test(lead) && !/[\d$€£¥.;:()]/.test(lead.slice(0, -1).replace(/\($/, '')) && !/[.;:()]/.test(rest) && rest.length <= MAX_SUBSET_REST) {
        report(p, wholeRun(text, inS, k, p));
        continue;
      }
      if (between.length > MAX_SUBSET_GAP) continue;
      // (the whole's noun may take a few words: "10,000 shares of its common stock, which included")
      if (/[\d$€£¥]/.test(lead) || lead.split(/[\s,;]+/).filter(Boolean).length > MAX_LEAD_WORDS || /[.;:()]/.test(rest) || rest.length > MAX_SUBSET_REST) continue;
      report(p, wholeRun(text, inS, k, p));
    }
  }
  return out;
}

const CENTRES = nesting.centreAndRange;
/** "(range 1.3–12.8)", "(IQR, 4–9)", "(Spanne: 34–58)", ", range = 1.3–12.8": the label of the values a median or mean is taken over. */
const RANGE_LABEL = new RegExp(`^ ?(?:[([]|[,;]) ?(${wordsPattern([...CENTRES.ranges, ...CENTRES.interquartileRanges])}) ?[,:=]? ?$`, 'iu');
/** "(" right after the value, and ")" right after the range: a bracket holding the range alone. */
const BARE_OPEN = /^ ?\( ?$/;
const BARE_CLOSE = /^ ?\)/;
const IQR = new RegExp(`^(?:${wordsPattern(CENTRES.interquartileRanges)})$`, 'iu');
/** "median", "mean" and their kin within the clause before the value. */
const CENTRE = new RegExp(`(?<![\\p{L}])(${wordsPattern([...CENTRES.medians, ...CENTRES.means])})(?![\\p{L}])`, 'iu');
const MEDIAN = new RegExp(`^(?:${wordsPattern(CENTRES.medians)})$`, 'iu');

/**
 * "a median follow-up of 14.2 months (range 1.3–12.8)": a median lies within the range of the
 * values it is the median of, and within their interquartile range; a mean within their range.
 * Judged only when the range is labelled so in parentheses right after the value, and a median or
 * mean is named in the value's clause.
 */
function centreOutsideRange(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    for (let k = 1; k < inS.length; k++) {
      const v = inS[k - 1], r = inS[k];
      if (typeof v.value !== 'number' || !Array.isArray(r.value) || v.comparator || r.comparator) continue;
      if (v.figureKind === 'date' || v.figureKind === 'pvalue' || v.figureKind === 'ci' || r.figureKind === 'ci') continue;
      // labelled ("(range 1.3-12.8)"), or a bracket that holds the range alone ("14.2 months (1.3-12.8)"): whatever
      // a bare bracket after a median or mean holds (its range, its IQR, its confidence interval), the centre lies in it
      const label = RANGE_LABEL.exec(text.slice(v.end, r.start))
        ?? (BARE_OPEN.test(text.slice(v.end, r.start)) && BARE_CLOSE.test(text.slice(r.end, r.end + 3)) && (r.unit === v.unit || r.unit === '') ? ['', 'range'] : null);
      if (!label) continue;
      const before = text.slice(Math.max(0, v.start - 60), v.start);
      const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf('(')) + 1);
      const centre = CENTRE.exec(clause);
      if (!centre) continue;
      const isIqr = IQR.test(label[1]);
      const isMean = !MEDIAN.test(centre[1]);
      if (isIqr && isMean) continue;
      const [lo, hi] = r.value;
      // (a range of counts written whole, "(range, 1-12)", is the least and the most observed, exactly: only the centre is rounded)
      const exactRange = v.figureKind === 'count' && !/[.,]\d/.test(model.text.slice(r.start, r.end));
      const room = halfUnit(model.text.slice(v.start, v.end)) + (exactRange ? 0 : halfUnit(model.text.slice(r.start, r.end)));
      // (at the edge of the room the two cannot meet either: "44 (range 21-43)" puts the median at 43.5 or more, the largest
      // value below 43.5)
      if (v.value > lo - room && v.value < hi + room) continue;
      const what = isMean ? 'A mean' : 'A median';
      out.push({
        message: `${what} of ${v.value} lies outside its own ${isIqr ? 'interquartile range' : 'range'} ${lo}\u2013${hi}: ${isIqr ? 'half the values lie on either side of the median, and the IQR holds the middle half' : 'no ' + (isMean ? 'mean' : 'median') + ' lies beyond the smallest and the largest value'}.`,
        start: v.start, end: v.end,
        related: [{ start: r.start, end: r.end, message: `${isIqr ? 'IQR' : 'range'} ${lo}\u2013${hi}` }],
        data: { value: v.value, low: lo, high: hi }, fixes: [],
      });
    }
  }
  return out;
}

/** A table's row of a median or mean ("Median", "Mean (months)") and its row of the range ("Range", "IQR"): the label alone, a unit after it perhaps. */
const CENTRE_ROW = new RegExp(`^(${wordsPattern([...CENTRES.medians, ...CENTRES.means])})(?:\\s*[,(\u2014\u2013-][^|]{0,20})?$`, 'iu');
const RANGE_ROW = new RegExp(`^(${wordsPattern([...CENTRES.ranges, ...CENTRES.interquartileRanges])})(?:\\s*[,(\u2014\u2013-][^|]{0,20})?$`, 'iu');

/** A row label that names a centre and the range it is given with: "Median (IQR)", "Median - years (range)", "Mean (min-max)". */
const CENTRE_WITH_RANGE = new RegExp(`^(${wordsPattern([...CENTRES.medians, ...CENTRES.means])})(?![\\p{L}])[^|]{0,30}?[(,;]\\s?(${wordsPattern([...CENTRES.ranges, ...CENTRES.interquartileRanges])})(?![\\p{L}])`, 'iu');
/** How far apart two cells of one column may stand and still be one table's, when no table of the structure holds them. */
const FLAT_TABLE_GAP = 2000;

/**
 * A table's median (or mean) row and the range row right under it ("Median | 9.4 | 4.2", "Range | 1.1-15.0+ | 0.9-18.3+"),
 * or a row that gives both in each cell ("Median (IQR) | 58 (49-66)"): in each column the centre lies within its range, as
 * centreOutsideRange reads it in prose. The two cells are the column's consecutive cells of one table, one measure (a
 * cell's first figure each: "12.9 (8.8)" under "Mean (SD)" is the mean, its spread aside). Tables the binder read from
 * lines of text, no structure's table, are read the same way, a column's cells kept together while they stand near.
 */
function tableCentreOutsideRange(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const tables = model.tables ?? [];
  let t = 0;
  let last = new Map<string, FigureEntity>();
  let prev: FigureEntity | undefined;
  const judge = (v: FigureEntity, e: FigureEntity, centreWord: string, rangeWord: string, sameCell: boolean, key: string) => {
    const isIqr = IQR.test(rangeWord), isMean = !MEDIAN.test(centreWord);
    if (isIqr && isMean) return;
    const [lo, hi] = e.value as [number, number];
    const room = halfUnit(model.text.slice(v.start, v.end)) + halfUnit(model.text.slice(e.start, e.end));
    if ((v.value as number) >= lo - room && (v.value as number) <= hi + room) return;
    const what = `${isMean ? 'A mean' : 'A median'} of ${v.value}`, range = `${isIqr ? 'interquartile range' : 'range'} ${lo}\u2013${hi}`;
    const why = isIqr ? 'the IQR holds the middle half of the values' : 'no ' + (isMean ? 'mean' : 'median') + ' lies beyond the smallest and the largest value';
    out.push({
      message: sameCell ? `${what} lies outside the ${range} written with it (column \u201c${key.trim()}\u201d): ${why}.` : `${what} lies outside the ${range} in the row under it (column \u201c${key.trim()}\u201d): ${why}.`,
      start: v.start, end: v.end,
      related: [{ start: e.start, end: e.end, message: `${isIqr ? 'IQR' : 'range'} ${lo}\u2013${hi}` }],
      data: { value: v.value as number, low: lo, high: hi }, fixes: [],
    });
  };
  for (let eI = 0, entities_ = model.entities; eI < entities_.length; eI++) { const e = entities_[eI];
    if (e.kind !== 'figure' || !e.table) continue;
    const before = prev;
    prev = e;
    while (t < tables.length && tables[t].end <= e.start) { t++; last = new Map(); }
    const key = e.table.column;
    // (a cell's later figures, its spread or its range in brackets, are no cell of their own)
    const sameCell = !!before && before.table!.row === e.table.row && before.table!.column === key && /^ ?[(\[] ?$/.test(model.text.slice(before.end, e.start));
    if (sameCell) {
      // "58 (49-66)" under "Median - years (IQR)": the centre and its range in one cell
      const both = CENTRE_WITH_RANGE.exec(e.table.row.trim());
      if (both && Array.isArray(e.value) && typeof before!.value === 'number' && !before!.comparator && !e.comparator && e.figureKind !== 'ci'
        && e.figureKind === before!.figureKind && e.unit === before!.unit && /^\s*[)\]]/.test(model.text.slice(e.end, e.end + 3))) judge(before!, e, both[1], both[2], true, key);
      continue;
    }
    const v = last.get(key);
    last.set(key, e);
    if (!v || e.start - v.end > FLAT_TABLE_GAP || !Array.isArray(e.value) || typeof v.value !== 'number' || v.comparator || e.comparator || e.figureKind === 'ci' || v.binding.endpoint !== e.binding.endpoint) continue;
    const centre = CENTRE_ROW.exec(v.table!.row.trim()), range = RANGE_ROW.exec(e.table.row.trim());
    if (!centre || !range) continue;
    judge(v, e, centre[1], range[1], false, key);
  }
  return out;
}

const TRADING = nesting.tradingRanges;
/** "within its 52-week trading range of", "52-Wochen-Spanne:": the label right before the range. */
const TRADING_LABEL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(TRADING.ranges)})\\s*(?:of|von|:)?\\s*$`, 'iu');
/** "at $4.10", "to $4.10": a price the shares stand at, not a change ("down $1.20"). */
const PRICE_LEVEL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(TRADING.levels)})\\s*$`, 'iu');
const LEFT_THE_RANGE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(TRADING.leftTheRange)})(?![\\p{L}])`, 'iu');

/**
 * "Shares closed at $3.10, in a 52-week range of $3.40 to $18.20": the price the sentence states
 * the shares at (after "at" or "to") lies within the range it places them in. Not judged when the
 * sentence says the price left the range ("below", "a new low") or states more than one price.
 */
function priceOutsideTradingRange(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let si = 0, bySentence_ = figuresBySentence(model); si < bySentence_.length; si++) { const inS = bySentence_[si];
    for (let k = 1; k < inS.length; k++) {
      const r = inS[k];
      if (r.figureKind !== 'money' || !Array.isArray(r.value) || r.comparator) continue;
      if (!TRADING_LABEL.test(text.slice(Math.max(0, r.start - 40), r.start))) continue;
      const s = model.sentences[si];
      if (spanTest(LEFT_THE_RANGE, text, model.sentences, s)) continue;
      const prices = inS.slice(0, k).filter(f => f.figureKind === 'money' && f.unit === r.unit && typeof f.value === 'number' && !f.comparator
        && PRICE_LEVEL.test(text.slice(Math.max(s.start, f.start - 12), f.start)));
      if (prices.length !== 1) continue;
      const p = prices[0];
      const [lo, hi] = r.value;
      const room = halfUnit(model.text.slice(p.start, p.end)) + halfUnit(model.text.slice(r.start, r.end));
      const v = p.value as number;
      if (v >= lo - room && v <= hi + room) continue;
      out.push({
        message: `A price of ${v} lies outside its own 52-week range ${lo}\u2013${hi}: the range holds every price of the year, today's included.`,
        start: p.start, end: p.end,
        related: [{ start: r.start, end: r.end, message: `52-week range ${lo}\u2013${hi}` }],
        data: { value: v, low: lo, high: hi }, fixes: [],
      });
    }
  }
  return out;
}

function finding(part: FigureEntity, whole: FigureEntity, message: string, wholeLabel: string): CheckFinding {
  return {
    message, start: part.start, end: part.end,
    related: [{ start: whole.start, end: whole.end, message: wholeLabel }],
    data: { part: part.value as number, whole: whole.value as number }, fixes: [],
  };
}

/** The words of the figure's own sentence, at most `before` characters before it and `after` after. */
function around(text: string, f: FigureEntity, before: number, after: number): { left: string; right: string } {
  return { left: text.slice(Math.max(0, f.start - before), f.start), right: text.slice(f.end, f.end + after) };
}

/** A sum's rounding room ("$68.8 million": $50,000), as claims read it. */
const sumRoom = (model: DocumentModel, f: FigureEntity) => roundingRoom(model.text.slice(f.start, f.end), f.value as number);

/**
 * Whether the part is above the whole by more than both roundings and, for a hedged sum ("about"), by more than 2 % or,
 * for one written to more digits than a hedge leaves loose ("approximately $412.7 million"), by more than ten of its
 * rounding rooms.
 */
function above(model: DocumentModel, part: FigureEntity, whole: FigureEntity): boolean {
  const p = part.value as number, w = whole.value as number;
  const hedged = part.comparator === '~' || whole.comparator === '~';
  if (part.comparator === '\u2264' || part.comparator === '<' || whole.comparator === '>' || whole.comparator === '\u2265') return false;
  const hedgeRoom = Math.min(w * 0.02, 10 * Math.max(sumRoom(model, part), sumRoom(model, whole)));
  return p > w + sumRoom(model, part) + sumRoom(model, whole) && (!hedged || p > w + hedgeRoom);
}

/** The one value of a side when every sum read as it states the same value; undefined otherwise. */
function soleValue(list: FigureEntity[]): FigureEntity | undefined {
  if (list.length === 0) return undefined;
  return list.every(f => f.value === list[0].value && f.unit === list[0].unit) ? list[0] : undefined;
}

function netAboveGross(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const nets: FigureEntity[] = [], grosses: FigureEntity[] = [];
  for (const [si, inS] of figuresBySentence(model).entries()) for (let k = 0; k < inS.length; k++) {
    const f = inS[k];
    if (f.figureKind !== 'money' || typeof f.value !== 'number') continue;
    // ("8.5 shares for each $1,000 of notes": a sum a rate is counted by is no side of the proceeds)
    if (PER_UNIT_BEFORE.test(text.slice(Math.max(0, f.start - 16), f.start))) continue;
    // the side's words right after the sum ("$40 million in gross proceeds", "$37 million after
    // deducting fees"), else the nearer side's words before it in its sentence, back to the sum
    // before it: a subject may stand a long clause away from its predicate ("net proceeds, after
    // deducting the underwriters' fees and the offering's other expenses, are about $37 million")
    const prev = inS.slice(0, k).reverse().find(o => o.figureKind === 'money');
    // (the words right after the sum before are that sum's own: "$550 million aggregate principal amount ..., up from $500 million")
    // (only when they are a side's words: "20 Mio. Euro und einen Nettoerlös von 22 Mio. Euro" names the next sum's side)
    const prevOwn = prev ? AFTER_SUM.exec(text.slice(prev.end, prev.end + 30)) : null;
    const ownSide = !!prevOwn && (NET_AT.test(prevOwn[1]) || GROSS_AT.test(prevOwn[1]));
    const from = Math.max(model.sentences[si]?.start ?? 0, prev ? prev.end + (ownSide ? prevOwn![0].length : 0) : 0, f.start - SUBJECT_REACH);
    const { right } = around(text, f, 0, 30);
    const left = text.slice(from, f.start);
    const r = AFTER_SUM.exec(right);
    const side = r ? (NET_AT.test(r[1]) ? 'net' : GROSS_AT.test(r[1]) ? 'gross' : undefined) : undefined;
    const l = left.slice(left.lastIndexOf('. ') + 1);
    const n = lastIndexOf(NET_G, l), g = lastIndexOf(GROSS_G, l);
    // ("the net proceeds, together with its existing cash of $80 million": the words of another amount stand between)
    const sideBefore = ANOTHER_SUM.test(l.slice(Math.max(n, g))) ? undefined : n > g ? 'net' : g > n ? 'gross' : undefined;
    const which = side ?? sideBefore;
    if (which === 'net') nets.push(f); else if (which === 'gross') grosses.push(f);
  }
  const report = (net: FigureEntity, gross: FigureEntity) => finding(net, gross, `Net proceeds of ${model.text.slice(net.start, net.end)} are above the gross proceeds of ${model.text.slice(gross.start, gross.end)}: what is left after expenses cannot exceed what was raised.`, 'the gross proceeds');
  const net = soleValue(nets), gross = soleValue(grosses);
  if (net && gross) {
    if (net.unit !== gross.unit || !above(model, net, gross)) return [];
    const later = nets.find(f => f.value === net.value) as FigureEntity;
    // a round-up of several financings: the net of one issuer's paragraph is no part of another's gross
    const issuerOf = (f: FigureEntity) => firstCompanyOfParagraph(model, f.start);
    const netIssuer = issuerOf(later), grossIssuer = issuerOf(gross);
    if (netIssuer && grossIssuer && netIssuer !== grossIssuer) return [];
    return [report(later, gross)];
  }
  // a round-up of financings, one a paragraph: each paragraph's one net and one gross
  return partsAboveWholesByParagraph(model, nets, grosses, report);
}

/**
 * A round-up, one transaction a paragraph: each paragraph's one part (restated or not) against its one whole, reported
 * when the part is above it.
 */
function partsAboveWholesByParagraph(model: DocumentModel, parts: FigureEntity[], wholes: FigureEntity[], report: (part: FigureEntity, whole: FigureEntity) => CheckFinding): CheckFinding[] {
  const out: CheckFinding[] = [];
  const byParagraph = new Map<number, { parts: FigureEntity[]; wholes: FigureEntity[] }>();
  const of = (f: FigureEntity) => { const p = paragraphIndexAt(model, f.start); let g = byParagraph.get(p); if (!g) { g = { parts: [], wholes: [] }; byParagraph.set(p, g); } return g; };
  for (let fI = 0, parts_ = parts; fI < parts_.length; fI++) { const f = parts_[fI]; of(f).parts.push(f); }
  for (let fI = 0, wholes_ = wholes; fI < wholes_.length; fI++) { const f = wholes_[fI]; of(f).wholes.push(f); }
  for (const g of byParagraph.values()) {
    const part = soleValue(g.parts), whole = soleValue(g.wholes);
    if (part && whole && part.unit === whole.unit && above(model, part, whole)) out.push(report(part, whole));
  }
  return out;
}

/** The first company a paragraph names, the issuer of a round-up's item ("Acme Inc. priced ..."); undefined when it names none. */
function firstCompanyOfParagraph(model: DocumentModel, pos: number): string | undefined {
  const p = paragraphIndexAt(model, pos);
  const companies = model.entities.filter(e => e.kind === 'company');
  // (the entities are sorted by start, so the walk stops at the first paragraph past this one)
  for (let eI = 0, companies_ = companies; eI < companies_.length; eI++) { const e = companies_[eI];
    const q = paragraphIndexAt(model, e.start);
    if (q === p) return e.name;
    if (q > p) return undefined;
  }
  return undefined;
}

function upfrontAboveTotal(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const upfronts: FigureEntity[] = [], totals: FigureEntity[] = [];
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI]; for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
    if (f.figureKind !== 'money' || typeof f.value !== 'number') continue;
    if (f.role === 'upfront') { upfronts.push(f); continue; }
    if (f.role !== 'total') continue;
    // "the total potential payments to $1 billion": a total word within the clause before the sum,
    // and not the total of a part ("milestones totalling"), nor of sales
    const { left } = around(text, f, 60, 0);
    const clause = left.slice(Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf('.')) + 1);
    let m: RegExpExecArray | null, last: RegExpExecArray | null = null;
    TOTAL_WORD.lastIndex = 0;
    while ((m = TOTAL_WORD.exec(clause)) !== null) last = m;
    // ("a deal worth up to $1 billion": a word of the deal's value serves as a total word; "a $90 million accord":
    // the deal's noun right after the sum names it the deal's value)
    if (!last) last = DEAL_VALUE.exec(clause);
    const dealAfter = !last && dealNounAfter(text.slice(f.end, f.end + 40));
    if (!dealAfter && (!last || TOTAL_NOT_OF.test(clause.slice(Math.max(0, last.index - 25), last.index)) || TOTAL_NOT_OF.test(clause.slice(last.index)))) continue;
    totals.push(f);
  } }
  const report = (upfront: FigureEntity, total: FigureEntity) => finding(upfront, total, `An upfront payment of ${model.text.slice(upfront.start, upfront.end)} is above the deal\u2019s total of ${model.text.slice(total.start, total.end)}: a part of the payments cannot exceed all of them.`, 'the deal\u2019s total');
  // one deal: one stated total and one upfront payment, however often each is restated
  const total = soleValue(totals), upfront = soleValue(upfronts);
  if (total && upfront) return upfront.unit === total.unit && above(model, upfront, total) ? [report(upfront, total)] : [];
  // a round-up of deals, one a paragraph: each paragraph's one total and one upfront payment
  return partsAboveWholesByParagraph(model, upfronts, totals, report);
}

/** The finding of a rate at the higher grades above its all-grade rate. */
const higherGrade = (part: FigureEntity, all: FigureEntity): CheckFinding => part.figureKind === 'count'
  ? finding(part, all, `${part.value} patients with events at the higher grades are more than the ${all.value} with events of any grade: every patient with an event of a higher grade has an event of any grade.`, `any grade: ${all.value}`)
  : finding(part, all, `A rate of ${part.value} % at the higher grades is above the all-grade rate of ${all.value} %: every event of a higher grade is also an event of any grade.`, `the all-grade rate, ${all.value} %`);
/** A rate of an endpoint, or a count of the patients with it ("in 12 patients"): the grades nest for both. */
const gradedFigure = (f: FigureEntity): boolean => (f.figureKind === 'percent' || (f.figureKind === 'count' && PEOPLE_UNIT.test(f.unit) && f.denominator === undefined)) && typeof f.value === 'number';

/** "30 % (8 % grade ≥3)": a rate restricted to higher grades in parentheses right after the all-grade rate. */
function gradeAboveAllGrades(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    for (let k = 1; k < inS.length; k++) {
      const all = inS[k - 1], part = inS[k];
      if (all.figureKind !== 'percent' || part.figureKind !== 'percent' || typeof all.value !== 'number' || typeof part.value !== 'number') continue;
      // "22 % (8 % grade ≥3)", "22 % of patients (8 % grade ≥3)": a few words, no figure, before the parenthesis
      if (!ALL_THEN_PARENTHESIS.test(text.slice(all.end, part.start))) continue;
      const close = text.indexOf(')', part.end);
      if (close < 0 || close - part.end > 40) continue;
      // inside: the grade restriction and at most two words ("were", "of"), nothing else
      const inside = text.slice(part.end, close);
      if (!GRADE_RESTRICTED.test(inside)) continue;
      const rest = inside.replace(GRADE_RESTRICTED, ' ').match(/\p{L}+/gu) ?? [];
      if (rest.length > 2 || /\d/.test(inside.replace(GRADE_RESTRICTED, ' '))) continue;
      // the all-grade rate is no grade-restricted one itself ("12 % grade ≥3 (4 % grade 4)")
      if (GRADE_RESTRICTED.test(text.slice(Math.max(0, all.start - 20), all.start))) continue;
      const room = halfUnit(model.text.slice(all.start, all.end)) + halfUnit(model.text.slice(part.start, part.end));
      if (part.value <= all.value + room || part.comparator || all.comparator) continue;
      out.push(higherGrade(part, all));
    }
    // "TRAEs occurred in 28 % (grade ≥3: 35 %)", "any-grade TRAEs in 28 %; grade ≥3 TRAEs in 35 %": the restricted rate
    // named before its figure, in the parenthesis after the all-grade rate or as the grade-restricted form of the same endpoint
    for (let k = 1; k < inS.length; k++) {
      const part = inS[k];
      if (part.figureKind !== 'percent' || typeof part.value !== 'number' || part.comparator) continue;
      for (let j = k - 1; j >= 0; j--) {
        const all = inS[j];
        if (all.figureKind !== 'percent' || typeof all.value !== 'number' || all.comparator || armKey(all) !== armKey(part)) continue;
        const named = RESTRICTION_THEN_FIGURE.test(text.slice(all.end, part.start)) && ALL_THEN_PARENTHESIS.test(text.slice(all.end, text.lastIndexOf('(', part.start) + 1));
        const endpoints = !!all.binding.endpoint && !!part.binding.endpoint && all.binding.endpoint !== part.binding.endpoint
          && gradeBase(part.binding.endpoint) === all.binding.endpoint.toLowerCase() && gradeBase(all.binding.endpoint) === undefined;
        // "TRAEs occurred in 60 % of patients, and grade ≥3 events in 12 %": the restriction said of the same endpoint's events in the clause after
        const elliptic = !!all.binding.endpoint && part.binding.endpoint === all.binding.endpoint && gradeBase(all.binding.endpoint) === undefined
          && ELLIPTIC_RESTRICTION.test(text.slice(all.end, part.start)) && !GRADE_RESTRICTED.test(text.slice(Math.max(0, all.start - 20), all.start));
        if (!named && !endpoints && !elliptic) continue;
        const room = halfUnit(model.text.slice(all.start, all.end)) + halfUnit(model.text.slice(part.start, part.end));
        if (part.value > all.value + room && !out.some(x => x.start === part.start)) {
          out.push(higherGrade(part, all));
        }
        break;
      }
    }
    // "Grade ≥3 TRAEs occurred in 25 %, and TRAEs of any grade in 20 %": the all-grade rate after the restricted one, the
    // first rate after it, of the endpoint the restricted one restricts
    for (let k = 0; k + 1 < inS.length; k++) {
      const part = inS[k];
      if (!gradedFigure(part) || part.comparator || !part.binding.endpoint || out.some(x => x.start === part.start)) continue;
      const base = gradeBase(part.binding.endpoint, true);
      if (!base) continue;
      const all = inS.slice(k + 1).find(g => g.figureKind === part.figureKind && gradedFigure(g));
      if (!all || typeof all.value !== 'number' || all.comparator || !all.binding.endpoint || all.binding.endpoint.toLowerCase() !== base || gradeBase(all.binding.endpoint) !== undefined || armKey(all) !== armKey(part)) continue;
      // (its clause says it is of all grades: "TRAEs of any grade in 20 %"; events listed after a semicolon are not)
      if (/[;:]/.test(text.slice(part.end, all.start)) || !ALL_GRADES.test(text.slice(part.end, all.start))) continue;
      const room = halfUnit(model.text.slice(all.start, all.end)) + halfUnit(model.text.slice(part.start, part.end));
      if ((part.value as number) > all.value + room) out.push(higherGrade(part, all));
    }
  }
  // "CRS occurred in 60 patients (70 %), mostly grade 1 or 2; grade 3 or higher CRS occurred in 4 patients (5 %)": a clause
  // after a semicolon or comma that opens on a grade restriction and names the same endpoint counts some of the first
  // clause's patients (its rate some of its rate): the first of the sentence's figures of that kind before it, the
  // endpoint's, no restriction before it
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    for (let k = 1; k < inS.length; k++) {
      const part = inS[k];
      if (!gradedFigure(part) || part.comparator || !part.binding.endpoint || out.some(x => x.start === part.start)) continue;
      const all = inS.slice(0, k).find(g => g.figureKind === part.figureKind && gradedFigure(g) && g.binding.endpoint === part.binding.endpoint && armKey(g) === armKey(part));
      if (!all || all.comparator || typeof all.value !== 'number' || GRADE_RESTRICTED.test(text.slice(Math.max(0, all.start - 40), all.start))) continue;
      // the part's clause: from the last semicolon or comma before it, opening on the restriction
      const gap = text.slice(all.end, part.start);
      const cut = Math.max(gap.lastIndexOf(';'), gap.lastIndexOf(','));
      if (cut < 0 || !RESTRICTED_CLAUSE.test(gap.slice(cut + 1)) || /\d/.test(gap.slice(cut + 1).replace(GRADE_RESTRICTED, ' '))) continue;
      const room = halfUnit(model.text.slice(all.start, all.end)) + halfUnit(model.text.slice(part.start, part.end));
      if ((part.value as number) > all.value + room) out.push(higherGrade(part, all));
    }
  }
  // "Grade ≥3 TRAEs occurred in 22 % of patients. TRAEs of any grade were reported in 19 %.": the two rates of one endpoint
  // in sentences near each other in a paragraph, when the all-grade endpoint has one value there
  const bySentence = figuresBySentence(model);
  const rated = (f: FigureEntity) => gradedFigure(f) && !f.comparator && !f.table && !!f.binding.endpoint;
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    for (let partI = 0, inS_ = inS; partI < inS_.length; partI++) { const part = inS_[partI];
      if (!rated(part) || out.some(x => x.start === part.start)) continue;
      const base = gradeBase(part.binding.endpoint!, true);
      if (!base) continue;
      const paragraph = paragraphIndexAt(model, part.start);
      const alls: FigureEntity[] = [];
      for (let k = Math.max(0, si - GRADE_REACH); k <= Math.min(bySentence.length - 1, si + GRADE_REACH); k++) {
        if (k === si) continue;
        for (let gI = 0, gList = bySentence[k]; gI < gList.length; gI++) { const g = gList[gI]; if (rated(g) && g.figureKind === part.figureKind && g.binding.endpoint!.toLowerCase() === base && gradeBase(g.binding.endpoint!) === undefined && armKey(g) === armKey(part) && paragraphIndexAt(model, g.start) === paragraph && saysAllGrades(text, model.sentences[k], g, bySentence[k])) alls.push(g); }
      }
      if (alls.length === 0 || new Set(alls.map(g => g.value)).size !== 1) continue;
      const all = alls[0];
      const room = halfUnit(model.text.slice(all.start, all.end)) + halfUnit(model.text.slice(part.start, part.end));
      if ((part.value as number) > (all.value as number) + room) {
        out.push(higherGrade(part, all));
      }
    }
  }
  return out;
}

const ALL_GRADES = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(GRADES.allGrades)})(?![\\p{L}])`, 'iu');
/**
 * Whether a rate's own clause says it is of all grades ("TRAEs of any grade were reported in 19 %"): from the sentence's start
 * or the figure before it, no other figure between. A rate of the endpoint that says no such thing may be another measure of it
 * ("patients who stopped treatment for a TRAE").
 */
function saysAllGrades(text: string, s: { start: number; end: number }, f: FigureEntity, inS: FigureEntity[]): boolean {
  const before = inS.filter(g => g.end <= f.start).pop();
  return ALL_GRADES.test(text.slice(before ? before.end : s.start, f.start));
}

/** How many sentences apart, in one paragraph, a grade-restricted rate and the all-grade rate of its endpoint may stand. */
const GRADE_REACH = 2;

/** ", and grade ≥3 events in ": after the all-grade rate, a few words, the restriction, at most two words of its events and "in", right before the restricted rate. */
/** A clause that opens on a grade restriction, then the endpoint's words and a verb, up to the figure: " grade 3 or higher CRS occurred in ". */
const RESTRICTED_CLAUSE = new RegExp(`^\\s*(?:and\\s+|with\\s+)?${GRADE_RESTRICTED.source.replace('(?![\\p{L}\\d])', '')}(?:\\s[\\p{L}-]+){0,4}\\s(?:in|of|bei|hos|at)\\s?$`, 'iu');
const ELLIPTIC_RESTRICTION = new RegExp(`^[^\\d.;()]{0,40}?${GRADE_RESTRICTED.source.replace('(?![\\p{L}\\d])', '')}(?:\\s\\p{L}+){0,2}\\s(?:in|of|bei|hos|at)\\s?$`, 'iu');
/** "( grade ≥3: ", "(grade 3-4 in ": a grade restriction opening a parenthesis, right before the restricted rate. */
const RESTRICTION_THEN_FIGURE = new RegExp(`\\(\\s?${GRADE_RESTRICTED.source.replace('(?![\\p{L}\\d])', '')}\\s?(?::|,|in|of|bei|hos)?\\s?$`, 'iu');

/**
 * The all-grade endpoint a grade-restricted one restricts ("Grade >=3 TRAEs" restricts "trae"), lower-case; undefined for one that
 * restricts nothing. With `serious`, an endpoint of serious events restricts the events of all grades (nesting.json
 * gradeRestrictions.serious: "SAE" within "AE"), read only where the other rate's clause says it is of any grade.
 */
function gradeBase(endpoint: string, serious = false): string | undefined {
  if (serious) { const whole = SERIOUS_OF.get(endpoint); if (whole) return whole.toLowerCase(); }
  const m = GRADE_RESTRICTED.exec(endpoint);
  if (!m) return undefined;
  return (endpoint.slice(0, m.index) + endpoint.slice(m.index + m[0].length)).trim().replace(/s$/, '').toLowerCase() || undefined;
}
const SERIOUS_OF = new Map<string, string>(GRADES.serious.map(([part, whole]) => [part, whole]));

/** Right before a per cent: a word that makes it the size of a change (nesting.json changeSizeBefore). */
const CHANGE_SIZE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(nesting.changeSizeBefore.words)})\\s*$`, 'iu');
/** How many shares before it a share at a threshold is compared with. */
const THRESHOLD_WINDOW = 8;

interface Reached { share: FigureEntity; threshold: FigureEntity; verb: string; below: boolean }

/**
 * "40 % lost at least 5 % ..., 25 % lost at least 10 %": in one sentence, shares of patients each
 * followed by a verb and a threshold of the same unit; one verb for both, the same arm, and no dose
 * or other share between a share and its threshold. The threshold may stand in brackets right after
 * its share with the measure's noun ("40 % (\u22655 % weight loss), 25 % (\u226510 % weight loss)"),
 * one noun for both.
 */
function thresholdsOutOfOrder(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    const reached: Reached[] = [];
    for (let k = 1; k < inS.length; k++) {
      const threshold = inS[k], share = inS[k - 1];
      if (share.figureKind !== 'percent' || share.unit !== '%' || typeof share.value !== 'number' || share.comparator) continue;
      if (typeof threshold.value !== 'number') continue;
      // ("raised by 30 % among those who gained 2 points or more": the size of a change, no share of those who reached it)
      if (CHANGE_SIZE_BEFORE.test(text.slice(Math.max(0, share.start - 12), share.start))) continue;
      // the threshold's own words: "at least 10 %" (read into the figure's comparator, or written before it)
      const lead = text.slice(share.end, threshold.start);
      const hasAtLeast = threshold.comparator === '\u2265' || threshold.comparator === '>' || AT_LEAST.test(lead);
      // "52 % reached HbA1c below 7 %": a threshold stayed under, where the lower one is the stricter
      const below = !hasAtLeast && (threshold.comparator === '<' || threshold.comparator === '\u2264' || AT_MOST.test(lead) || AT_MOST_IN.test(text.slice(threshold.start, threshold.end)));
      if (!hasAtLeast && !below) continue;
      // "54 % (≥10 % weight loss)": the threshold in brackets right after the share, the measure's noun after it
      if (/^ ?\( ?$/.test(lead) && (threshold.comparator === '\u2265' || threshold.comparator === '>' || threshold.comparator === '<' || threshold.comparator === '\u2264')) {
        const inBrackets = /^ ?((?:\p{L}[\p{L}-]*)(?: \p{L}[\p{L}-]*){0,2}) ?\)/u.exec(text.slice(threshold.end, threshold.end + 40));
        if (inBrackets) reached.push({ share, threshold, verb: inBrackets[1].toLowerCase(), below });
        continue;
      }
      // between the share and the threshold: "of participants lost", "achieved" (a verb; no figure, no clause break)
      const words = lead.replace(below ? AT_MOST : AT_LEAST, '').trim();
      if (words.length === 0 || words.length > 60 || /[;:,()]/.test(words)) continue;
      const verb = words.split(/\s+/).pop() as string;
      if (!/^\p{L}[\p{L}\d]*$/u.test(verb)) continue;
      reached.push({ share, threshold, verb: verb.toLowerCase(), below });
    }
    // each share against the few before it: a sentence of thousands (a table glued into one line) stays linear
    for (let b = 1; b < reached.length; b++) for (let a = Math.max(0, b - THRESHOLD_WINDOW); a < b; a++) {
      const x = reached[a], y = reached[b];
      if (x.verb !== y.verb || x.below !== y.below || x.threshold.unit !== y.threshold.unit || armKey(x.share) !== armKey(y.share)) continue;
      if (x.threshold.value === y.threshold.value) continue;
      // (low: the looser threshold, high: the stricter; under a bound, the lower bound is the stricter)
      const [low, high] = ((x.threshold.value as number) < (y.threshold.value as number)) !== x.below ? [x, y] : [y, x];
      const room = halfUnit(model.text.slice(low.share.start, low.share.end)) + halfUnit(model.text.slice(high.share.start, high.share.end));
      if ((high.share.value as number) <= (low.share.value as number) + room) continue;
      out.push(finding(high.share, low.share,
        high.below
          ? `${high.share.value} % under the lower bound (${model.text.slice(high.threshold.start, high.threshold.end)}) is above the ${low.share.value} % under the higher one (${model.text.slice(low.threshold.start, low.threshold.end)}): whoever stays under the lower bound stays under the higher.`
          : `${high.share.value} % reaching the higher threshold (${model.text.slice(high.threshold.start, high.threshold.end)}) is above the ${low.share.value} % reaching the lower one (${model.text.slice(low.threshold.start, low.threshold.end)}): whoever reaches the higher threshold has reached the lower.`,
        `${low.share.value} % at the looser threshold`));
    }
  }
  return out;
}

// --- sales of a period inside another -------------------------------------------------------------

const PERIODS = nesting.periods;
const SALES = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(PERIODS.flows)})(?![\\p{L}])`, 'iu');
const FLOWS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...PERIODS.flows, ...PERIODS.costFlows])})(?![\\p{L}])`, 'iu');
const RESPECTIVELY = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(PERIODS.respectively)})(?![\\p{L}])`, 'iu');
const FISCAL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(PERIODS.fiscal)})(?![\\p{L}])`, 'iu');
/** Between a sum and its own period: a few words ending in a preposition, with an article after it. */
const TO_PERIOD = new RegExp(`^[ ,]*(?:[\\p{L}'\u2019-]+ ){0,3}?(?:${wordsPattern(PERIODS.prepositions)})(?: (?:the|a|das|dem|le|la|l'|het|de|det))? ?$`, 'iu');
/** A year written alone: "for 2024". */
const BARE_YEAR = /(?<![\p{L}\d.,/-])(?:19|20)\d\d(?![\p{L}\d]|[.,]\d)/gu;

/** A period as months counted from year 0: [first, last]. */
export interface Period { start: number; end: number; from: number; to: number }

/** The periods written in a sentence: dated quarters, halves and months, and years written alone. */
export function periodsIn(text: string, s: { start: number; end: number }, inS: FigureEntity[]): Period[] {
  const out: Period[] = [];
  for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
    if (f.figureKind !== 'date' || !f.iso) continue;
    const m = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?$/.exec(f.iso);
    if (!m) continue;
    const y = Number(m[1]) * 12;
    const part = m[2];
    const [a, b] = !part ? [1, 12] : part[0] === 'Q' ? [3 * Number(part[1]) - 2, 3 * Number(part[1])] : part[0] === 'H' ? (part[1] === '1' ? [1, 6] : [7, 12]) : [Number(part), Number(part)];
    out.push({ start: f.start, end: f.end, from: y + a, to: y + b });
  }
  const spans = inS.map(f => [f.start, f.end]);
  BARE_YEAR.lastIndex = 0;
  const sentence = text.slice(s.start, s.end);
  let m: RegExpExecArray | null;
  while ((m = BARE_YEAR.exec(sentence)) !== null) {
    const at = s.start + m.index, end = at + m[0].length;
    if (spans.some(([a, b]) => at < b && a < end)) continue;
    const y = Number(m[0]) * 12;
    out.push({ start: at, end, from: y + 1, to: y + 12 });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Between a period and its sum: a few words (the sales' among them), a linking verb or preposition at most; no figure, no clause break. */
const PERIOD_THEN_SUM = /^[ -]?(?:[\p{L}'\u2019-]+[ ]){0,5}$/u;
// (tries behind the patterns: eight case-insensitive alternations of period words compiled to about 0.3 MB of code)
const NOT_AFTER_ALNUM = notAfterChar(/[\p{L}\d]/u), NOT_BEFORE_ALNUM = notBeforeChar(/[\p{L}\d]/u);
const UNDATED = nesting.periods.undated.periods.map(p => ({ re: lexiconRegExp(p.words, 'giu', NOT_AFTER_ALNUM, NOT_BEFORE_ALNUM), from: p.from, to: p.to }));

/** The periods of a year a sentence names without a year ("fourth-quarter", "full-year"), as months of the year given. */
function undatedPeriodsIn(text: string, s: { start: number; end: number }, year: number): Period[] {
  // (the words' places kept by the sentence's text: asked of the same sentences after every edit)
  const found = memoRead(text.slice(s.start, s.end), undatedWordsIn);
  const out: Period[] = [];
  for (let k = 0; k < found.length; k += 3) {
    const u = UNDATED[found[k]];
    out.push({ start: s.start + found[k + 1], end: s.start + found[k + 1] + found[k + 2], from: year * 12 + u.from, to: year * 12 + u.to });
  }
  // "first nine months" holds "nine months": the longer reading of one place stands
  const kept = out.filter(p => !out.some(q => q !== p && q.start <= p.start && q.end >= p.end && q.end - q.start > p.end - p.start));
  return kept.sort((a, b) => a.start - b.start);
}

/** The words of periods without a year in a sentence: for each, which of UNDATED it is, its offset and its length (in UNDATED's order, then the text's). */
function undatedWordsIn(sentence: string): readonly number[] {
  const out: number[] = [];
  for (let uI = 0; uI < UNDATED.length; uI++) {
    const re = UNDATED[uI].re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) out.push(uI, m.index, m[0].length);
  }
  return out;
}

/** Right before a year that is only what a figure is compared with: "over 2029", "versus 2029", "from 2029" (nesting.json periods.comparedYear). */
const COMPARED_YEAR = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(PERIODS.comparedYear)})\\s+$`, 'iu');
/** Between a period without its year and the dated one it shares the year of: "and", a comma, "the" ("the fourth quarter and full year 2030"). */
const SHARES_YEAR = /^\s*(?:,|and|&|und|et|en)\s*(?:the\s+)?$/iu;
/**
 * "for the fourth quarter and full year 2030": a period named without its year, joined by "and" to a dated
 * period that names its year right after it, is of that year.
 */
function yearShared(text: string, s: { start: number; end: number }, dated: Period[]): Period[] {
  const out: Period[] = [];
  for (let uI = 0, uList = undatedPeriodsIn(text, s, 0); uI < uList.length; uI++) { const u = uList[uI];
    if (dated.some(d => d.start < u.end && u.start < d.end)) continue;
    const d = dated.find(x => x.start >= u.end);
    if (!d || d.start - u.end > 30) continue;
    // the dated period's own words before its date: "full year 2030" is read from "2030", its "full year" is the undated reading
    const own = undatedPeriodsIn(text, { start: u.end, end: d.start }, 0);
    const gapEnd = own.length ? own[0].start : d.start;
    if (!SHARES_YEAR.test(text.slice(u.end, gapEnd))) continue;
    const year = Math.floor((d.from - 1) / 12);
    out.push({ start: u.start, end: u.end, from: year * 12 + u.from, to: year * 12 + u.to });
  }
  return out;
}

const inside = (p: Period, q: Period) => p.from >= q.from && p.to <= q.to && (p.from > q.from || p.to < q.to);

/**
 * "sales of $80 million and $95 million for 2024 and its fourth quarter, respectively": the sales of
 * a quarter, half or month are part of the sales of the year (or half) that holds it, so they cannot
 * be higher. A sum's period is read from a "respectively" list of sums and periods, or from the
 * period written right after it ("$95 million in the fourth quarter of 2024"). Only sentences naming
 * sales or revenue (which add up over time) are read, never one about a fiscal year, and two sums
 * with a name (a drug, a company) between them may be another product's.
 */
function periodsAboveTheirYears(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const names = model.entities.filter(e => e.kind !== 'figure');
  /** Whether a name (a drug, a company) starts between two offsets. */
  const nameBetween = (from: number, to: number) => { const i = firstIndexFrom(names, from + 1); return i < names.length && names[i].start < to; };
  for (let si = 0, bySentence_ = figuresBySentence(model); si < bySentence_.length; si++) { const inS = bySentence_[si];
    const s = model.sentences[si];
    const money = inS.filter(f => f.figureKind === 'money' && typeof f.value === 'number' && (!f.comparator || f.comparator === '~'));
    if (money.length < 2 || money.length > 12) continue;
    const sentence = text.slice(s.start, s.end);
    if (!spanTest(FLOWS, text, model.sentences, s) || spanTest(FISCAL, text, model.sentences, s)) continue;
    const dated = periodsIn(text, s, inS);
    // a sentence that dates no period names its quarters and its full year of one year ("fourth-quarter revenue ..., full-year
    // revenue ..."); a sentence that dates one ("... compared with $41 million for 2023") may name this year's quarter beside
    // last year's total, and is read by its dates alone (a year on another line, a headline run into the sentence, dates no sum)
    const lineStart = model.text.lastIndexOf('\n', money[0].start) + 1;
    // (a year written only as what is compared with, "up 112 percent over 2029", dates no sum of the sentence: its
    // quarters and full year without a year are one year's, as in a sentence that dates none)
    const onlyCompared = dated.length > 0 && dated.every(p => COMPARED_YEAR.test(text.slice(Math.max(s.start, p.start - 16), p.start)));
    const periods = dated.some(p => p.end > lineStart) && !onlyCompared ? [...dated, ...yearShared(text, s, dated)].sort((a, b) => a.start - b.start)
      : [...dated, ...undatedPeriodsIn(text, { start: Math.max(s.start, lineStart), end: s.end }, 0)].sort((a, b) => a.start - b.start);
    if (periods.length < 2) continue;
    const own = new Map<FigureEntity, Period>();
    // a "respectively" list: the sums in a row, then as many periods, then the word
    const resp = RESPECTIVELY.exec(sentence);
    if (resp) {
      const at = s.start + resp.index;
      const sums = money.filter(f => f.end <= at);
      const last = sums[sums.length - 1];
      const listed = last ? periods.filter(p => p.start > last.end && p.end <= at) : [];
      let run = sums.length;
      while (run > 1 && !/[\d;:()]/.test(text.slice(sums[run - 2].end, sums[run - 1].start).replace(/[$\u20ac\u00a3]|USD|EUR/g, '')) && sums[run - 1].start - sums[run - 2].end <= 40) run--;
      const list = sums.slice(run - 1);
      if (list.length >= 2 && list.length === listed.length) list.forEach((f, i) => own.set(f, listed[i]));
    }
    // a period written right after its sum
    for (let fI = 0, money_ = money; fI < money_.length; fI++) { const f = money_[fI];
      if (own.has(f)) continue;
      const next = periods.find(p => p.start >= f.end);
      if (!next || next.start - f.end > 50 || inS.some(g => g.start >= f.end && g.end <= next.start)) continue;
      // (the sales' word between them opens the next statement: "19 Mio. Euro, der Umsatz im Gesamtjahr ...")
      const gap = text.slice(f.end, next.start);
      if (TO_PERIOD.test(gap) && !FLOWS.test(gap)) own.set(f, next);
    }
    // a period written right before its sum, the sales' word in the same clause ("fourth-quarter revenue of $48 million",
    // "der Umsatz betrug im vierten Quartal 19 Mio. Euro")
    for (let fI = 0, money_ = money; fI < money_.length; fI++) { const f = money_[fI];
      if (own.has(f)) continue;
      const before = periods.filter(p => p.end <= f.start).pop();
      if (!before || f.start - before.end > 40 || inS.some(g => g.start >= before.end && g.end <= f.start)) continue;
      const clauseStart = Math.max(s.start, ...inS.filter(g => g.end <= before.start && g.figureKind === 'money').map(g => g.end));
      if (PERIOD_THEN_SUM.test(text.slice(before.end, f.start)) && FLOWS.test(text.slice(clauseStart, f.start))) own.set(f, before);
    }
    const read = money.filter(f => own.has(f));
    for (let aI = 0, read_ = read; aI < read_.length; aI++) { const a = read_[aI]; for (let bI = 0, read_2 = read; bI < read_2.length; bI++) { const b = read_2[bI];
      if (a === b || a.unit !== b.unit || !inside(own.get(a)!, own.get(b)!)) continue;
      const [x, y] = a.start < b.start ? [a, b] : [b, a];
      if (nameBetween(x.end, y.start) || /;/.test(text.slice(x.end, y.start))) continue;
      if (!above(model, a, b)) continue;
      const pa = own.get(a)!, pb = own.get(b)!;
      // (sales, or a business's expenses where the sentence names no sales)
      const noun = SALES.test(sentence) ? 'sales' : 'expenses';
      out.push(finding(a, b, `${noun[0].toUpperCase()}${noun.slice(1)} of ${model.text.slice(a.start, a.end)} for ${model.text.slice(pa.start, pa.end)} are above the ${model.text.slice(b.start, b.end)} for ${model.text.slice(pb.start, pb.end)}, which holds that period: a part of a period's ${noun} cannot exceed them.`, `the ${noun} for ${model.text.slice(pb.start, pb.end)}`));
    } }
  }
  return out;
}

// --- one measure's amount for a period, stated again for a period holding it, in a later sentence ---------------

/** Words of amounts that only add up over time: sales, and the expenses of a business (never a loss or a balance). */
const ADDING = new RegExp(FLOWS.source, 'giu');
const ENDED_AFTER = new RegExp(`(?<![\\p{L}])(${wordsPattern(PERIODS.endedUnits.flatMap(u => u.words))})\\s+(?:${wordsPattern(PERIODS.ended)})\\s*$`, 'iu');
const ENDED_MONTHS = new Map<string, number>(PERIODS.endedUnits.flatMap(u => u.words.map(w => [w.toLowerCase(), u.months] as [string, number])));
const MEASURE_STOP = new Set(PERIODS.measureStops.map(w => w.toLowerCase()));
/** How many paragraphs after its own a measure's amount is compared with: the quarter's and the year's sections of a release. */
const PERIOD_PARAGRAPHS = 2;
/** How many later statements each one is compared with: a long paragraph of amounts keeps the pairs bounded. */
const PERIOD_STATEMENTS = 24;

/** The period a date figure names, as months from year 0: a quarter, half, first months, year or month; a day after "six months ended" ends that many months. */
function periodOfDate(text: string, f: FigureEntity): Period | undefined {
  if (f.figureKind !== 'date' || !f.iso) return undefined;
  const m = /^(\d{4})(?:-(Q[1-4]|H[12]|M\d{1,2}|\d{2})(?:-(\d{2}))?)?$/.exec(f.iso);
  if (!m) return undefined;
  const y = Number(m[1]) * 12, part = m[2];
  if (m[3]) {
    // "six months ended June 30, 2030": the length written right before the word of ending
    const e = ENDED_AFTER.exec(text.slice(Math.max(0, f.start - 40), f.start));
    if (!e) return undefined;
    const n = ENDED_MONTHS.get(e[1].toLowerCase().replace(/\s+/g, ' '));
    if (!n) return undefined;
    const last = y + Number(part);
    return { start: f.start - e[0].length, end: f.end, from: last - n + 1, to: last };
  }
  const [a, b] = !part ? [1, 12] : part[0] === 'Q' ? [3 * Number(part[1]) - 2, 3 * Number(part[1])] : part[0] === 'H' ? (part[1] === '1' ? [1, 6] : [7, 12])
    : part[0] === 'M' ? [1, Number(part.slice(1))] : [Number(part), Number(part)];
  return { start: f.start, end: f.end, from: y + a, to: y + b };
}

/** A sentence's first amount of an adding measure, that measure's words (lower case) and the amount's period. */
interface MeasureAmount { f: FigureEntity; measure: string; period: Period; paragraph: number; yearless?: boolean }

/**
 * The statement a sentence opens with: "<measure> for <period> was <amount>", "<measure> was <amount> for
 * <period>", "For <period>, <measure> was <amount>". The measure is the adding words before the first money
 * amount with the words of its name before them (back to a clause mark or a stop word: "total revenue" is
 * "revenue", "product revenue" is itself); the period is the one right after the amount (a preposition
 * between) or else the only one before it. A period named without its year ("the second quarter") takes the
 * latest year the paragraph states.
 */
function measureAmountOf(model: DocumentModel, text: string, s: { start: number; end: number }, inS: FigureEntity[], latestYear: number | undefined): MeasureAmount | undefined {
  const f = inS.find(g => g.figureKind === 'money');
  if (!f || typeof f.value !== 'number' || f.value <= 0 || (f.comparator && f.comparator !== '~')) return undefined;
  const lead = text.slice(s.start, f.start);
  if (RESPECTIVELY.test(lead) || spanTest(FISCAL, text, model.sentences, s) || lead.length > 160) return undefined;
  ADDING.lastIndex = 0;
  const m = ADDING.exec(lead);
  if (!m || ADDING.exec(lead)) return undefined;
  // the measure's own name before its word, back to a clause mark or a stop word
  // (a company's name, or a possessive, says whose: "Acme Bio research and development expenses" are the expenses)
  const words: { w: string; at: number }[] = [];
  const wordRe = /\S+/g;
  const clause = lead.slice(0, m.index), cut = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(';'), clause.lastIndexOf(':'), clause.lastIndexOf('('), clause.lastIndexOf(')'));
  for (let w = wordRe.exec(clause); w; w = wordRe.exec(clause)) if (w.index > cut) words.push({ w: w[0], at: s.start + w.index });
  // (the entities between the sentence's start and the amount, by binary search: a walk over all of them per sentence is quadratic)
  const companies = itemsWithin(model.entities, s.start, f.start).filter(e => e.kind === 'company');
  let k = words.length;
  while (k > 0 && !MEASURE_STOP.has(words[k - 1].w.toLowerCase()) && !/['\u2019]s?$/u.test(words[k - 1].w)
    && !companies.some(c => c.start <= words[k - 1].at && words[k - 1].at < c.end)) k--;
  // (a period named without its year, or a year, is no part of the measure's name: "first-half revenue" is revenue)
  const measure = [...words.slice(k).map(x => x.w).filter(w => !/^(?:19|20)\d\d$/.test(w) && !UNDATED.some(u => { u.re.lastIndex = 0; const mm = u.re.exec(w); return !!mm && mm[0].length === w.length; })), m[0]].join(' ').toLowerCase();
  const periods: Period[] = [];
  for (let gI = 0, inS_ = inS; gI < inS_.length; gI++) { const g = inS_[gI]; const p = periodOfDate(text, g); if (p) periods.push(p); }
  if (latestYear !== undefined && !periods.some(p => p.end <= f.start)) periods.push(...undatedPeriodsIn(text, { start: s.start, end: f.start }, latestYear));
  periods.sort((a, b) => a.start - b.start);
  const nextMoney = inS.find(g => g.figureKind === 'money' && g.start > f.end);
  const after = periods.find(p => p.start >= f.end && (!nextMoney || p.end <= nextMoney.start));
  let period: Period | undefined;
  if (after && after.start - f.end <= 50 && TO_PERIOD.test(text.slice(f.end, after.start))) period = after;
  else {
    const before = periods.filter(p => p.end <= f.start);
    if (before.length === 1) period = before[0];
  }
  if (!period) return undefined;
  return { f, measure, period, paragraph: paragraphIndexAt(model, s.start), yearless: latestYear === 0 };
}

/**
 * "Revenue for the second quarter was $42.0 million. Revenue for the six months ended June 30, 2030 was
 * $38.5 million.": one measure that adds up over time (sales, an expense), stated for a period and, in a
 * sentence of the same or one of the next two paragraphs, for a period holding it, cannot be higher for the
 * shorter period. Each sentence's first amount is read with its measure's words, which must be the same.
 */
function periodsAcrossSentences(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const bySentence = figuresBySentence(model);
  const read: MeasureAmount[] = [];
  // the latest year each paragraph dates, for periods written without theirs
  const latest = new Map<number, number>();
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const para = paragraphIndexAt(model, model.sentences[si].start);
    for (let gI = 0, inS_ = inS; gI < inS_.length; gI++) { const g = inS_[gI]; if (g.figureKind === 'date' && g.iso && /^\d{4}/.test(g.iso)) latest.set(para, Math.max(latest.get(para) ?? 0, Number(g.iso.slice(0, 4)))); }
  }
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    if (!inS.some(g => g.figureKind === 'money')) continue;
    const s = model.sentences[si];
    // (a paragraph that dates nothing: its periods named without a year are of one year, compared within it only)
    const r = measureAmountOf(model, text, s, inS, latest.get(paragraphIndexAt(model, s.start)) ?? 0);
    if (r) read.push(r);
  }
  for (let i = 0; i < read.length; i++) for (let j = i + 1; j < read.length && j - i <= PERIOD_STATEMENTS && read[j].paragraph - read[i].paragraph <= PERIOD_PARAGRAPHS; j++) {
    const x = read[i], y = read[j];
    if (x.measure !== y.measure || x.f.unit !== y.f.unit || ((x.yearless || y.yearless) && x.paragraph !== y.paragraph)) continue;
    const [part, whole] = inside(x.period, y.period) ? [x, y] : inside(y.period, x.period) ? [y, x] : [undefined, undefined];
    if (!part || !whole || !above(model, part.f, whole.f)) continue;
    const label = (p: Period) => model.text.slice(p.start, p.end);
    out.push(finding(part.f, whole.f, `${model.text.slice(part.f.start, part.f.end)} of ${part.measure} for ${label(part.period)} is above the ${model.text.slice(whole.f.start, whole.f.end)} for ${label(whole.period)}, which holds that period: a part of a period's ${part.measure} cannot exceed them.`, `the ${part.measure} for ${label(whole.period)}`));
  }
  return out;
}

// --- an amount raised above the running total it brings -------------------------------------------------

const RUNNING = nesting.runningTotals;
/** A verb of a running total: "bringing", "brings". */
const RUNNING_VERB = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(RUNNING.verbs)})(?![\\p{L}])`, 'giu');
const RUNNING_TOTAL_WORD = new Set(RUNNING.totals.map(w => w.toLowerCase()));
/** How many words may stand between the verb and the sum ("bringing the total amount raised by the company to"). */
const RUNNING_WORDS = 10;
/** Where the verb of a running total right before a sum starts ("bringing its total funding to $X"), or -1: its total word among the words after it, "to" the last. */
function runningTotalBefore(lead: string): number {
  RUNNING_VERB.lastIndex = 0;
  let at = -1, end = -1;
  for (let m = RUNNING_VERB.exec(lead); m; m = RUNNING_VERB.exec(lead)) { at = m.index; end = m.index + m[0].length; }
  if (at < 0) return -1;
  const words = lead.slice(end).toLowerCase().split(/[^\p{L}'\u2019-]+/u).filter(Boolean);
  if (words.length < 2 || words.length > RUNNING_WORDS || !/^(?:to|auf|à)$/.test(words[words.length - 1]) || !words.some(w => RUNNING_TOTAL_WORD.has(w))) return -1;
  return /[,;:]/.test(lead.slice(end)) ? -1 : at;
}
const OTHER_AMOUNT = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(RUNNING.otherAmounts)})(?![\\p{L}])`, 'iu');

/**
 * "raised $50 million in a Series B round, bringing its total funding to $40 million": the amount right before a
 * verb that brings a running total to a sum is counted in that sum, so it cannot be higher. The sum follows the
 * verb's total word and "to"; the amount is the sentence's nearest money before the verb, in the same currency,
 * with no word of a valuation around it.
 */
function raisesAboveRunningTotals(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let si = 0, bySentence_ = figuresBySentence(model); si < bySentence_.length; si++) { const inS = bySentence_[si];
    const s = model.sentences[si];
    const money = inS.filter(f => f.figureKind === 'money' && typeof f.value === 'number' && f.value > 0);
    for (let k = 1; k < money.length; k++) {
      const whole = money[k];
      const lead = text.slice(Math.max(s.start, whole.start - 90), whole.start);
      const at = runningTotalBefore(lead);
      if (at < 0) continue;
      const verbAt = whole.start - lead.length + at;
      const part = money[k - 1];
      if (part.end > verbAt || part.unit !== whole.unit || inS.some(f => f.start > part.end && f.end <= verbAt && f.figureKind === 'money')) continue;
      if (OTHER_AMOUNT.test(text.slice(Math.max(s.start, part.start - 40), verbAt))) continue;
      if (!above(model, part, whole)) continue;
      out.push(finding(part, whole, `${model.text.slice(part.start, part.end)} is above the ${model.text.slice(whole.start, whole.end)} total it brings the running total to: an amount counted in a total cannot exceed it.`, 'the running total'));
    }
  }
  return out;
}

// --- a quantity's least and most ---------------------------------------------------------------------

/** Between the least and the most of one quantity: a conjunction or a dash ("lägst 6 och högst 8,4 MSEK", "at least 5 and at most 8"). */
const BOUNDS_LINK = new RegExp(`^[ ]?(?:,[ ]?)?(?:${wordsPattern(nesting.boundsLinks.words)}|\u2013|-)[ ]?$`, 'iu');

/**
 * "Emissionsvolym: lägst 9 MSEK och högst 7 MSEK", "at least 12 and at most 8 sites": the least and the most of one
 * quantity, side by side (a lower bound, then an upper bound of the same kind and unit, only a conjunction between),
 * the least above the most beyond the rounding of both.
 */
function boundsOutOfOrder(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    for (let k = 0; k + 1 < inS.length; k++) {
      const lo = inS[k], hi = inS[k + 1];
      if (typeof lo.value !== 'number' || typeof hi.value !== 'number' || lo.figureKind !== hi.figureKind || lo.unit !== hi.unit) continue;
      if ((lo.comparator !== '\u2265' && lo.comparator !== '>') || (hi.comparator !== '\u2264' && hi.comparator !== '<')) continue;
      if (!BOUNDS_LINK.test(text.slice(lo.end, hi.start)) || !above(model, lo, hi)) continue;
      out.push(finding(lo, hi, `The least, ${model.text.slice(lo.start, lo.end)}, is above the most, ${model.text.slice(hi.start, hi.end)}: a lower bound cannot exceed the upper bound of the same quantity.`, 'the upper bound'));
    }
  }
  return out;
}

// --- a region's sales and the world's ----------------------------------------------------------------

/**
 * "Revenue was EUR 88 million. ... In the rest of Europe, sales rose to EUR 93 million.": the sales of one region,
 * stated in a sentence after the company's, above them; so too a segment's, or one kind's of a total of kinds (totals' reading of
 * a company's sales and its regions', segments' and kinds').
 */
function regionSalesAboveSales(model: DocumentModel): CheckFinding[] {
  return regionPartsAboveWholes(model).map(([p, w, what]) => finding(p, w, what === 'kind'
    ? `${model.text.slice(p.start, p.end)} of one kind of sales is above the total ${model.text.slice(w.start, w.end)} it is part of.`
    : `${model.text.slice(p.start, p.end)} for one ${what} is above the ${model.text.slice(w.start, w.end)} of sales it is part of: a ${what}'s sales are part of the company's.`, what === 'kind' ? 'the total' : 'the company\u2019s sales'));
}

const REGIONS = nesting.regions;
/** Regions keep their case: "US" is a country, "us" a pronoun. */
const REGION = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(REGIONS.parts)})(?![\\p{L}])`, 'gu');
const WHOLE_SCOPE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(REGIONS.wholes)})(?![\\p{L}])`, 'giu');
const OTHER_MEASURE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(REGIONS.otherMeasures)})(?![\\p{L}])`, 'iu');
const OTHER_TIME = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(REGIONS.otherTimes)})(?![\\p{L}])`, 'iu');

/** The last match of a global pattern in a string, as its distance from the string's end; Infinity when none. */
function distanceFromEnd(re: RegExp, s: string): number {
  const at = lastIndexOf(re, s);
  return at < 0 ? Infinity : s.length - at;
}
/** The first match of a global pattern in a string, as its index; Infinity when none. */
function firstAt(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : Infinity;
}

/**
 * "Global sales were $3.1 billion, with U.S. sales of $3.4 billion": in a sentence about sales (one
 * period, no market), a sum written beside a region is part of a sum written beside "global",
 * "worldwide" or "total", and cannot exceed it. Each sum's scope is the nearer of the two kinds of
 * words written beside it, with no other figure between.
 */
function regionsAboveWholes(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let si = 0, bySentence_ = figuresBySentence(model); si < bySentence_.length; si++) { const inS = bySentence_[si];
    const money = inS.filter(f => f.figureKind === 'money' && typeof f.value === 'number');
    if (money.length < 2 || inS.length > 20) continue;
    const s = model.sentences[si];
    if (!spanTest(FLOWS, text, model.sentences, s) || spanTest(OTHER_MEASURE, text, model.sentences, s) || spanTest(OTHER_TIME, text, model.sentences, s)) continue;
    const periods = periodsIn(text, s, inS);
    if (new Set(periods.map(p => `${p.from}-${p.to}`)).size > 1) continue;
    const parts: FigureEntity[] = [], wholes: FigureEntity[] = [];
    for (let k = 0; k < inS.length; k++) {
      const f = inS[k];
      if (!money.includes(f)) continue;
      const from = Math.max(s.start, k > 0 ? inS[k - 1].end : s.start, f.start - 50);
      const to = Math.min(s.end, k + 1 < inS.length ? inS[k + 1].start : s.end, f.end + 30);
      // the words after a sum are its own up to a comma, a parenthesis or a conjunction ("$2.9 billion worldwide, ...")
      const tail = text.slice(f.end, to);
      const stop = tail.search(/[,;()]|\s(?:and|und|og|och|et|en|ja|while|with|whereas|während|mit|tandis)\s/);
      const before = text.slice(from, f.start), after = stop < 0 ? tail : tail.slice(0, stop);
      const region = Math.min(distanceFromEnd(REGION, before), firstAt(REGION, after));
      const whole = Math.min(distanceFromEnd(WHOLE_SCOPE, before), firstAt(WHOLE_SCOPE, after));
      if (region === Infinity && whole === Infinity) continue;
      (region < whole ? parts : wholes).push(f);
    }
    for (let pI = 0, parts_ = parts; pI < parts_.length; pI++) { const p = parts_[pI]; for (let wI = 0; wI < wholes.length; wI++) { const w = wholes[wI];
      if (p.unit !== w.unit || !above(model, p, w)) continue;
      out.push(finding(p, w, `${model.text.slice(p.start, p.end)} for a region is above the ${model.text.slice(w.start, w.end)} of the whole: a region's sales are part of the total.`, 'the whole'));
    } }
  }
  return out;
}
