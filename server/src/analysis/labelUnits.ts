/**
 * Units declared by labels. Tables and list-like lines write a number's unit once, in the label of
 * its row ("ORR, %", "Median PFS, months (95% CI)", "HR (95% CI)", "p-value", "n (%)") or of its
 * column, and leave the numbers bare. A bare number (read as "other", no unit) takes the unit its
 * label declares; under "(95% CI)" a parenthesised range right after a number is that number's
 * interval; under "n (%)" a count is followed by its share. The "95%" of a "(95% CI)" label is no
 * figure. Words in lexicon/grammar/labelUnits.json.
 */
import type { FigureEntity } from './model';
import { bracketCells, spanCursor, type DocTable, type Span } from './structure';
import { wordsPattern } from './words';
import { edge, isRegexSpace, LexiconMatcher, NOT_AFTER_LETTER, NOT_BEFORE_LETTER, notAfterChar, notBeforeChar } from './lexiconMatcher';
import words from '../../lexicon/grammar/labelUnits.json';
import numbersData from '../../lexicon/builtin/numbers.json';
import endpointsData from '../../lexicon/builtin/endpoints.json';
import endpointAreas from '../../lexicon/builtin/endpoints-areas.json';
import { bareTableUnit, languageOf, NAMED_BEFORE_READING, ofRatioScale, resolveCurrencyUnit, tableUnitSpec } from './recognize/figures';
import { labelNamesNoSums } from './statementCells';
import { continuationRow, GRADE_NAME, stubOf, tableColumns } from './tableColumns';
import { PEOPLE_PATTERN } from './people';
import { memoRead, ownCopy, paragraphRuns } from './memo';
import { MAX_PIECE, readPiece } from './testMemo';
import { halfUnit, itemsWithin, shareOf } from './checks/check';
import bindingWords from '../../lexicon/grammar/binding.json';

interface Declared { kind?: 'percent' | 'rate' | 'duration' | 'ratio' | 'pvalue' | 'countPercent' | 'money' | 'count' | 'dose' | 'measure'; unit?: string; ciLevel?: number; scale?: number; /** said of a whole table by its caption: a share above 100 is none of its */ wholeTable?: boolean; /** the caption names a change: its per cents may be below zero or above 100 */ signed?: boolean; /** "n (%) (p)": the cell's bracket that comes after this many others holds its p-value */ pInBrackets?: number }

/** A group's size in a label, "(N=40)", "n = 1,204", in brackets or not. */
const GROUP_SIZE_IN_LABEL = /\(?(?<![\p{L}\d])[nN][ ]?=[ ]?\d[\d,]*\)?/gu;
/** (a footnote's letter may close it: "95% CIb"; a Bayesian analysis's credible interval, "95% CrI", is read as one) */
const CI_LABEL = /\(?\s*(\d{2}(?:\.\d)?)\s*%\s*(?:CI|CrI|confidence interval|credible interval)(?:[a-e]\b|\b)\s*\)?/i;
/** A label that ends in percentage points (labelUnits.json percentagePoints), its interval's level perhaps after. */
const POINTS_LABEL = new RegExp(`(?:${wordsPattern(words.percentagePoints)})\\s*[:|]?\\s*$`, 'i');
// (a share's phrase in brackets anywhere in the label says it too: "Overall response (% of patients)", "(% of pts) at week 12")
const PERCENT_LABEL = new RegExp(`(?:${wordsPattern(words.percent)})\\s*[:|]?\\s*$|(?:${wordsPattern(words.percent.filter(w => /^[,(]/.test(w)))})|\\(\\s*(?:${wordsPattern(words.percent.filter(w => /^%./.test(w)))})\\s*\\)`, 'i');
/**
 * A label that opens with a share's phrase of several words ("Percentage of patients with CR", "% of participants
 * with grade 3 AEs", "Mean percent change in LDL-C"): its head says what its numbers are, whatever the rest names,
 * as a noun phrase's head does; a statistic (labelUnits.json measureStatistics) may stand before it.
 */
/**
 * A change named as a per cent anywhere in a label ("Score LS mean percent change from baseline (SE)", "Weight, % change"):
 * a per cent change is a per cent, whatever measure it is a change of; a number right before its sign ("50 % change")
 * is a threshold the label names, no unit of its cells.
 */
const PERCENT_CHANGE = new RegExp(`(?<!\\d[\\s\u00a0]*)(?<![\\p{L}])(?:${wordsPattern(words.percent.filter(w => /change/i.test(w)))})(?![\\p{L}])`, 'iu');
const PERCENT_HEAD = new RegExp(`^(?:(?:${wordsPattern(words.measureStatistics)})\\s+)?(?:${wordsPattern(words.percent.filter(w => /\p{L}/u.test(w) && w.includes(' ')))})(?![\\p{L}])`, 'iu');
/**
 * A label that names a share of patients without its sign: a rate's word ("Response rate", "Anteil") or an endpoint the
 * lexicon measures as a proportion ("ORR", "PASI 75", "complete response"); abbreviations in their own case.
 */
const PROPORTION_NAMES = endpointsData.endpoints.filter(e => e.measure === 'proportion' && !('adverseEvent' in e && e.adverseEvent)).flatMap(e => [e.name, ...e.aliases]);
const isAbbreviation = (n: string) => /\p{Lu}/u.test(n) && n === n.toUpperCase();
/** A label that ends as a sentence runs on into its number: "a rate of", "was", "bei". */
const PROSE_BEFORE_VALUE = /(?<![\p{L}])(?:of|at|to|by|from|with|was|were|is|are|von|bei|betrug|de|du|à|av|på)\s*$/iu;
/** A measure's spread named in a label: "SD", "SE", "±". */
const SPREAD = /(?<![\p{L}])(?:SD|SE|SEM|IQR)(?![\p{L}])|\u00b1/u;
const RATE_ABBREVIATION = new RegExp(`(?<![\\p{L}\\d-])(?:${wordsPattern(PROPORTION_NAMES.filter(n => isAbbreviation(n) && n.length >= 3))})(?![\\p{L}\\d-])`, 'u');
const OTHER_MEASURE_NAMES = endpointsData.endpoints.filter(e => e.measure !== 'proportion').flatMap(e => [e.name, ...e.aliases]);
const OTHER_MEASURE_ABBREVIATION = new RegExp(`(?<![\\p{L}\\d-])(?:${wordsPattern(OTHER_MEASURE_NAMES.filter(isAbbreviation))})(?![\\p{L}\\d-])`, 'u');
const OTHER_MEASURE_WORDS = new RegExp(`(?<![\\p{L}\\d-])(?:${wordsPattern(OTHER_MEASURE_NAMES.filter(n => !isAbbreviation(n)))})(?![\\p{L}\\d-])`, 'iu');
/**
 * A label that names a difference of a share of patients ("Difference in ORR", "ORR difference", "Differenz der CR-Rate"):
 * labelUnits.json differences, and a proportion's name (an abbreviation perhaps with its footnote's letters).
 */
const DIFFERENCE_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.differences.words)})(?![\\p{L}])`, 'iu');
/** (an abbreviation in its own case, a footnote's letters perhaps glued after it: "ORRb", "CRa,b") */
const RATE_ABBREVIATION_NOTED = new RegExp(`(?<![\\p{L}\\d-])(?:${wordsPattern(PROPORTION_NAMES.filter(n => isAbbreviation(n) && n.length >= 2))})(?:[a-e](?:,[a-e])*)?(?![\\p{L}\\d])`, 'u');
const PROPORTION_WORDS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(PROPORTION_NAMES.filter(n => !isAbbreviation(n)))})(?![\\p{L}])`, 'iu');
/** "relative difference", "relative risk difference": a difference in per cent of one of the values, no points. */
const RELATIVE_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.differences.relative)})(?![\\p{L}])`, 'iu');
/** A label that names a difference of shares (differenceOfRate, or by a rate's word: "proportion"), and not a relative one. */
function shareDifference(label: string): boolean {
  return (differenceOfRate(label) || (label.length <= 80 && DIFFERENCE_WORD.test(label) && RATE_WORDS.test(label))) && !RELATIVE_WORD.test(label) && !PERCENT_CHANGE.test(label);
}
function differenceOfRate(label: string): boolean {
  return label.length <= 80 && DIFFERENCE_WORD.test(label) && (RATE_ABBREVIATION_NOTED.test(label) || PROPORTION_WORDS.test(label));
}
/** Whether a label names a measure other than a share besides its rates ("PASI 75" is a share; "PASI" alone is a score). */
function namesOtherMeasure(label: string): boolean {
  const rest = RATE_WORDS.replaceAll(label.replace(RATE_ABBREVIATION_ALL, ' '), ' ');
  return OTHER_MEASURE_ABBREVIATION.test(rest) || OTHER_MEASURE_WORDS.test(rest);
}
/**
 * "Median PFS", "Median overall survival", "Medianes Gesamtüberleben": a median of an endpoint the lexicon measures as a
 * time, with no unit written, is in months, the unit such medians are reported in unless another is named.
 */
const TIME_NAMES = endpointsData.endpoints.filter(e => e.measure === 'time').flatMap(e => [e.name, ...e.aliases]);
/** A median's word anywhere, as MEDIAN_TIME reads it but with no context: each of its matches holds one, so a label without one is read no further (the full pattern tries every time's name at every place). */
const MEDIAN_WORD = new RegExp(`(?:${wordsPattern(words.medianWords)})`, 'iu');
/**
 * Whether a label names a median and a time's name, as the pattern
 * `(?<![\p{L}])(?:median)(?![\p{L}])[\s\S]{0,40}?(?<![\p{L}\d-])(?:time)(?![\p{L}\d-])|(?<![\p{L}\d-])(?:time)(?![\p{L}\d-])[\s,]{0,3}(?:median)(?![\p{L}])`
 * with the iu flags (the words by wordsPattern) tested it: a median's word then, within 40 characters (code points) of
 * its end, a time's name; or a time's name, then at most three spaces or commas, then a median's word. Both lists are
 * tries (the pattern, with the time names twice, compiled to about 0.6 MB of code); since only whether it matches is
 * asked, every end of every phrase at a place is tried, as the pattern's backtracking would.
 * @internal exported for its test
 */
export function medianTime(label: string): boolean {
  const n = label.length;
  for (let a = 0; a <= n; a++) {
    if (MEDIAN_WORDS.before!(label, a)) {
      for (const b of MEDIAN_WORDS.endsAt(label, a)) {
        for (let c = b, k = 0; k <= 40 && c <= n; k++) {
          if (TIME_NAME.before!(label, c) && TIME_NAME.matchAt(label, c)) return true;
          if (c === n) break;
          const u = label.charCodeAt(c);
          c += u >= 0xd800 && u <= 0xdbff && (label.charCodeAt(c + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
        }
      }
    }
    if (TIME_NAME.before!(label, a)) {
      for (const d of TIME_NAME.endsAt(label, a)) {
        for (let j = d; j <= d + 3 && j <= n; j++) {
          if (MEDIAN_WORDS_AFTER.matchAt(label, j)) return true;
          const u = label.charCodeAt(j);
          if (j === n || !(isRegexSpace(u) || u === 0x2c)) break;
        }
      }
    }
  }
  return false;
}
/** `(?<![\p{L}\d-])` and `(?![\p{L}\d-])` around a name, for the tries */
const NOT_AFTER_WORD_CHAR = notAfterChar(/[\p{L}\d-]/u);
const NOT_BEFORE_WORD_CHAR = notBeforeChar(/[\p{L}\d-]/u);
/**
 * (a trie, not a pattern: the several hundred names of rates as one case-insensitive alternation cost about a MB of
 * compiled code, see lexiconMatcher)
 */
const RATE_WORDS = new LexiconMatcher([...PROPORTION_NAMES.filter(n => !isAbbreviation(n)), ...words.rates.words], { ignoreCase: true, before: NOT_AFTER_WORD_CHAR, after: NOT_BEFORE_WORD_CHAR });
const MEDIAN_WORDS = new LexiconMatcher(words.medianWords, { ignoreCase: true, before: NOT_AFTER_LETTER, after: NOT_BEFORE_LETTER });
/** (after a time's name the median's word has no lookbehind) */
const MEDIAN_WORDS_AFTER = new LexiconMatcher(words.medianWords, { ignoreCase: true, after: NOT_BEFORE_LETTER });
const TIME_NAME = new LexiconMatcher(TIME_NAMES, { ignoreCase: true, before: NOT_AFTER_WORD_CHAR, after: NOT_BEFORE_WORD_CHAR });
/** A label that names adverse events by their grade ("Any grade", "Grade \u22653", "\u2265 Grade 3", "Grades 3-4"): their figures are how often they occurred, as a rate's are. */
const GRADE_LABEL = new RegExp(GRADE_NAME, 'iu');
const RATE_ABBREVIATION_ALL = new RegExp(RATE_ABBREVIATION.source, 'gu');
const DURATION_LABEL = new RegExp(`(?<![\\p{L}\\d])(${wordsPattern(Object.keys(words.durations))})\\.?(?![\\p{L}])`, 'iu');
const DURATION_LABEL_ALL = new RegExp(DURATION_LABEL.source, 'giu');
/** A number word right before a duration's word ("Four Weeks Ended", "Nine weeks"): a period's name, as "6 months" is. */
const NUMBER_WORD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(Object.values(numbersData.numberWords as Record<string, unknown>).flatMap(v => typeof v === "object" && v ? Object.keys(v).filter(w => w.length >= 3) : []))})[\\s\\u00a0-]*$`, 'iu');
/** "Weeks Ended May 3", "Weeks Ending": a period closed by a date, no unit of the numbers under it. */
const PERIOD_END_AFTER = new RegExp(`^\\.?\\s*(?:${wordsPattern(words.periodEnds)})(?![\\p{L}])`, 'iu');
/** The names of ratios (numbers.json ratioNames): an abbreviation in capitals, as labels write it ("HR", "GMR"), a name in any case. */
const RATIO_UNITS = new Map<string, string>([['OR', 'OR'], ['RR', 'RR']]);
for (const [name, unit] of Object.entries(numbersData.ratioNames)) if (!name.startsWith('$')) RATIO_UNITS.set(/\s/.test(name) || name.length > 4 ? name : name.toUpperCase(), unit);
const RATIO_LABEL = new RegExp(`(?<![\\p{L}])(${wordsPattern([...RATIO_UNITS.keys()].filter(k => k === k.toUpperCase()))})(?![\\p{L}])|(?<![\\p{L}])(${wordsPattern([...RATIO_UNITS.keys()].filter(k => k !== k.toUpperCase()))})(?![\\p{L}])`, 'u');
const RATIO_NAME_LOWER = new RegExp(`(?<![\\p{L}])()(${wordsPattern([...RATIO_UNITS.keys()].filter(k => k !== k.toUpperCase()))})(?![\\p{L}])`, 'iu');
/** (a footnote's mark may follow the name: "P valuea", "p value b" (a copy may part the letter from the name), "p-value$", "P value\u2020"; in any case: "P Value") */
const PVALUE_LABEL = new RegExp(`^[\\s|*_-]*(?:${wordsPattern(words.pvalues)})(?: ?[a-e]|[*\u2020\u2021\u00a7$#]{1,2}|\\^\\{[a-e]\\})?(?:\\s+(?:vs\\.?|versus)\\s+\\p{L}[\\p{L}-]{0,30}(?:\\s\\p{L}[\\p{L}-]{0,30})?)?[\\s:|*_-]*$`, 'iu');
/**
 * A label whose head is a p-value's name of more than one letter, after the words that qualify it ("Nominal two-sided P value",
 * "Unstratified CMH P-value"): an English noun phrase names its thing last, its modifiers before. The modifiers are
 * a few of the words that qualify a test (labelUnits.json pvalueQualifiers); checked in code.
 */
const PVALUE_HEAD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.pvalues.filter(w => w.length > 1))})(?: ?[a-e]|[*\u2020\u2021\u00a7$#]{1,2})?[\\s:|*_-]*$`, 'iu');
/** The same head as a capital P alone ("Interaction P"), read only after words that qualify a test. */
const PVALUE_LETTER_HEAD = /(?<![\p{L}])P[\s:|*_-]*$/u;
const PVALUE_QUALIFIERS = new Set(words.pvalueQualifiers.map(w => w.toLowerCase()));
/** "McNemar's test", "Log-rank test", "Fisher's exact test": a test's name and the word, the label of that test's p-values. */
const TEST_LABEL = new RegExp(`^[\\s|*_-]*(?:${wordsPattern(words.testNames)})(?:[ -](?:${wordsPattern(words.testNames)}))?[ -]test(?: ?[a-e]|[*\u2020\u2021\u00a7$#]{1,2})?[\\s:|*_-]*$`, 'iu');
function pValueLabel(rest: string): boolean {
  if (PVALUE_LABEL.test(rest) || TEST_LABEL.test(rest)) return true;
  const m = PVALUE_HEAD.exec(rest) ?? PVALUE_LETTER_HEAD.exec(rest);
  if (!m || m.index > 60 || m.index === 0) return false;
  // (a flattened row's label may open with the bracket that closed the cell before: ") Two-sided P value")
  const modifiers = rest.slice(0, m.index).replace(/^[\s|*_)\]-]+/, '').trim().split(/\s+/);
  return modifiers.length <= 4 && modifiers.every(w => PVALUE_QUALIFIERS.has(w.toLowerCase()));
}
/** "Patients, n", "(n)", a label that is only "n": the numbers count people. */
const COUNT_LABEL = new RegExp(`(?:^|[\\s|])(?:${wordsPattern(words.counts)})[\\s:|*_-]*$`, 'u');
/** "No. of patients who responded", "Number of participants": a label that opens with a count's lead and a noun of people. */
const COUNT_LEAD = new RegExp(`^[\\s|*_-]*(?:${wordsPattern(words.countLeads)})\\s+(${PEOPLE_PATTERN})(?![\\p{L}])`, 'iu');
/** Whether a label opens with a count's lead and a noun of people ("No. of patients in remission"): it names whom it counts, no measure. */
export function countsPeople(label: string): boolean { return COUNT_LEAD.test(label); }
/** "No. of adverse events", "Number of SAEs": a count of the noun the lead names (a word or two, up to a bracket, a comma or the cell's end). */
const COUNT_LEAD_NOUN = new RegExp(`^[\\s|*_-]*(?:${wordsPattern(words.countLeads)})\\s+(\\p{L}[\\p{L}-]*(?: \\p{L}[\\p{L}-]*)?)[\\s:|*_-]*$`, 'iu');
/**
 * "Patients", "Participants:", a label that is only the noun of a trial's people, in any case (a group of them, "Women",
 * "Adults", heads a column of their shares as often as of their counts, and declares neither).
 */
const PEOPLE_LABELS = new Map(Object.entries(words.peopleLabels.words).map(([k, v]) => [k.toLowerCase(), v]));
/** ("Patients enrolled", "Randomized participants": a step of the trial, labelUnits.json peopleLabels.steps, that names all who went through it) */
const PEOPLE_STEP = `(?:${wordsPattern(words.peopleLabels.steps.words)})`;
const PEOPLE_ONLY = new RegExp(`^[\\s|*_-]*(?:${PEOPLE_STEP}\\s+)?(${wordsPattern(Object.keys(words.peopleLabels.words))})(?:\\s+${PEOPLE_STEP})?[\\s:|*_-]*$`, 'iu');
/** "Dose (mg)", "Dose level, mg/kg", "Daily dose (µg):": a label of doses that ends in their unit. */
const DOSE_LABEL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.doseWords)})(?![\\p{L}])[^|\\d]{0,30}?[(,]\\s*(${wordsPattern(Object.keys(words.doseUnits))})\\s*\\)?\\s*[:|]?\\s*$`, 'iu');
/**
 * The statistic a label may name after its unit ("Weight, kg: mean (SD)", "CRP, mg/L, median (range)"): a measure's
 * statistic (labelUnits.json measureStatistics), its spread in brackets or not. The numbers are still in the unit.
 */
const STATISTIC_AFTER_UNIT = `(?:${wordsPattern(words.measureStatistics)})(?:\\s*\\(\\s*(?:SD|SE|SEM|range|IQR|min,?\\s*max|95% CI)\\s*\\))?`;
/** "Body weight, kg", "LDL-C (mg/dL)", "Pain score, mm\u2020": a label that names a unit of measure last, after a comma or in brackets (a footnote's mark may close it). */
const MEASURE_LABEL = new RegExp(`[,(]\\s*(${wordsPattern(Object.keys(words.measureUnits))})\\s*\\)?\\s*[*\u2020\u2021\u00a7#]{0,2}\\s*(?:[,:;]\\s*${STATISTIC_AFTER_UNIT})?\\s*[:|]?\\s*$`, 'u');
/** "Mean change in pain score", "LS mean change in the symptom score from baseline": a score's statistic, in points. */
const SCORE_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.scoreWords)})(?![\\p{L}])`, 'u');
/**
 * A scale the lexicon measures as a score, by its name ("DAS28", "SCORAD", "Mayo score"; an abbreviation in its own case):
 * a statistic of it is in points, as one of a label that says "score" is. Not with a threshold's number after it ("PASI 75",
 * "EASI-90": a share of patients who reached it).
 */
const SCORE_NAMES = [...endpointsData.endpoints, ...endpointAreas.endpoints].filter(e => e.measure === 'score').flatMap(e => [e.name, ...(e.aliases ?? [])]);
const SCORE_ABBREVIATION = new RegExp(`(?<![\\p{L}\\d-])(?:${wordsPattern(SCORE_NAMES.filter(isAbbreviation))})(?![\\p{L}\\d]|[\\s-]?\\d)`, 'u');
/** `(?![\p{L}]|[\s-]?\d)`: no letter next, nor a number, right after the name or after one space or hyphen ("PASI 75"). */
const NO_LETTER_NOR_NUMBER_NEXT = edge((text, at) => {
  if (!NOT_BEFORE_LETTER(text, at)) return false;
  const c = text.charCodeAt(at);
  const d = isRegexSpace(c) || c === 0x2d ? text.charCodeAt(at + 1) : c;
  return !(d >= 0x30 && d <= 0x39);
}, '(?![\\p{L}]|[\\s-]?\\d)');
// (a trie behind the pattern: the scores' names as one alternation compiled to about 0.4 MB of code)
const SCORE_NAME_WORDS = new LexiconMatcher(SCORE_NAMES.filter(n => !isAbbreviation(n)), { ignoreCase: true, before: NOT_AFTER_LETTER, after: NO_LETTER_NOR_NUMBER_NEXT });
const scoreNamed = (label: string) => SCORE_ABBREVIATION.test(label) || SCORE_NAME_WORDS.test(label);
const SCORE_STATISTIC = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.scoreStatistics)})(?![\\p{L}])`, 'iu');
/** A statistic of a measure, never of a count ("Mean (SD)", "LS mean", "Slope"): labelUnits.json measureStatistics. */
const MEASURE_STATISTIC = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.measureStatistics)})(?![\\p{L}])`, 'iu');
/** A label that only names a statistic ("n", "SD", "P value", "Mean (SE)"), a footnote's mark or letter may close it. */
const STATISTIC_NAME = new RegExp(`^[\\s|*_-]*(?:${wordsPattern(words.statisticNames)})(?:[a-e]|[*\u2020\u2021\u00a7#]{1,2})?[\\s:|*_-]*$`, 'u');
/** Whether a row's label only names a statistic of its section's measure: the row stays in its section. */
export function statisticName(label: string): boolean { return STATISTIC_NAME.test(label); }
/** "n (%)", "Patients (%)": a word of the list whole ("remission (%)" holds no "n (%)"). */
const COUNT_PERCENT_LABEL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.countPercent)})`, 'iu');
/** A p-value named in brackets after the other parts of a label's cells: "(p)", "(P value)". */
const P_IN_BRACKETS = new RegExp(`\\(\\s*(?:${wordsPattern(words.pvalues)})\\s*\\)`, 'u');

/** A ratio's written-out name in any case ("Hazard Ratio"); its abbreviations only in capitals ("or" is a word). */
function nameInAnyCase(label: string): RegExpExecArray | null {
  return RATIO_NAME_LOWER.exec(label);
}

/** A column's period at a header cell's start or end, beside its unit: "2030 ", "Q3 2030 ", " FY2030". */
const PERIOD_BESIDE_UNIT = /^[\s|]*(?:(?:Q[1-4]|H[12]|FY|[1-9]M)[ ]?)?(?:19|20)\d{2}(?=\s)|(?<=\s)(?:(?:Q[1-4]|H[12]|FY|[1-9]M)[ ]?)?(?:19|20)\d{2}[\s|]*$/;
/** A label's words without the unit of measure it names last and the statistic after it ("Weight, kg: mean (SD)" is "Weight"). */
/**
 * The note of what a label's cells hold, written after its measure behind a comma or a dash ("Nausea, n/N (%)", "Rash —
 * % of patients", "Headache – no. of patients (%)"): labelUnits.json countPercent, columnMeasures and percent. The
 * label without it.
 */
const CELL_NOTE_AFTER = new RegExp(`\\s*(?:,|[-\u2013\u2014:])\\s*(?:${wordsPattern([...words.countPercent, ...words.columnMeasures, ...words.percent.filter(w => /\p{L}/u.test(w) && w.length > 2)].sort((a, b) => b.length - a.length))})\\s*$`, 'iu');
export function withoutCellNote(label: string): string {
  const m = CELL_NOTE_AFTER.exec(label);
  return m && m.index > 0 ? label.slice(0, m.index).trim() : label;
}

export function withoutMeasureUnit(label: string): string {
  const m = MEASURE_LABEL.exec(label);
  return m ? label.slice(0, m.index).trim() : label;
}

/** What a label declares, from its text (the row's or column's words, without its figures). */
/** What labels declare, by their text: a document's labels repeat (a table's headers are asked once per cell), and reading one runs many patterns. */
const DECLARED = new Map<string, Declared | undefined>();
const DECLARED_KEPT = 4096;
export function declaredBy(label: string): Declared | undefined {
  if (DECLARED.has(label)) return DECLARED.get(label);
  if (DECLARED.size >= DECLARED_KEPT) DECLARED.clear();
  // read and kept as a copy of its own: a label sliced from a document would keep the whole document alive as a key, and
  // a slice of a text with any character past Latin-1 is stored two bytes a character, which the case-blind patterns
  // below read many times slower than the same characters stored one byte each (the copy is, when they all fit)
  const own = ownCopy(label);
  // (a placeholder of a flattened row's first columns is no part of its label: "P value NA 0.04")
  const d = readDeclared(own.includes('|') ? own : withoutEmptyCells(own));
  // (shared by every caller: frozen, so none can change another's)
  if (d) Object.freeze(d);
  DECLARED.set(own, d);
  return d;
}

/** A label's last part after a comma or "in" (German "in", French "en", Nordic "i"), when it is nothing but a currency and its scale. */
const LABEL_UNIT_TAIL = /(?:,|\s(?:in|en|i))\s+([^,()\d|:]{1,24})[\s|:]*$/u;
function unitEndingLabel(rest: string): { currency?: string; scale: number } | undefined {
  const m = LABEL_UNIT_TAIL.exec(rest);
  return m ? bareTableUnit(m[1]) : undefined;
}

/**
 * A number with its own per cent sign in a label: glued to it ("1–49%"), or spaced after a comparator ("≥ 50 %"). A
 * sign spaced after a bare number may be the label's own ("Week 12 %": the cells' unit), and is left.
 */
const NUMBER_WITH_SIGN = /[<>\u2264\u2265]=?\s?\d[\d.,]*\s?%|\d[\d.,]*%/g;
/** The share's brackets an interval's level was named in, once the level is read: "(%; )", "(%, )", "(% )" (of "(% (95% CI))"). */
const SHARE_BRACKETS_LEFT = /\([ ]?%[ ]*(?:[;,][ ]*\)?|\))/;
function readDeclared(label: string): Declared | undefined {
  const out: Declared = {};
  const ci = CI_LABEL.exec(label);
  if (ci) out.ciLevel = Number(ci[1]);
  // (a group's size is no part of what the label says of its numbers: "Drug % (N=40)" declares shares)
  let rest = (ci ? label.slice(0, ci.index) + ' ' + label.slice(ci.index + ci[0].length) : label).replace(GROUP_SIZE_IN_LABEL, ' ');
  // ("n (%; 90% CI)": the interval's level named in the share's brackets, after a semicolon; the share's brackets remain)
  if (ci) rest = rest.replace(SHARE_BRACKETS_LEFT, '(%)');
  // "n (%) (p)", "% (p)", "Mean change (P value)": the label names each part of its cells in order, the last in brackets a
  // p-value; what it says of the parts before is read without it
  const p = P_IN_BRACKETS.exec(rest);
  if (p) {
    out.pInBrackets = (rest.slice(0, p.index).match(/\([^()]*\)/g) ?? []).length;
    rest = rest.slice(0, p.index) + ' ' + rest.slice(p.index + p[0].length);
  }
  // (a per cent sign after a number is that number's, a group's threshold the label names, "PD-L1 ≥1%", "TPS 1–49%":
  // the label declares nothing of its cells by it)
  rest = rest.replace(NUMBER_WITH_SIGN, ' ');
  if (!/\p{L}|%/u.test(rest)) return ci || p ? out : undefined;
  // "Revenue (USD thousands)", "Net sales (SEK m)": a currency and its scale in brackets
  // ("| EUR million |", "| TEUR |": a cell that is only a currency and its scale declares it as the brackets do)
  // ("2030 TCHF", "Q3 2030 MSEK", "TEUR 2030": a column's period and its unit in one header cell; the period aside, the unit)
  // ("Net loss, USD million", "Cash, \u20ac m", "Umsatz in Mio. EUR": or named last, after a comma or "in", as a label names
  // its per cents or its unit of measure, "Margin, %", "Weight, kg")
  const money = (rest.includes('(') ? tableUnitSpec(rest) : bareTableUnit(rest) ?? (PERIOD_BESIDE_UNIT.test(rest) ? bareTableUnit(rest.replace(PERIOD_BESIDE_UNIT, ' ')) : undefined)) ?? unitEndingLabel(rest);
  if (money?.currency) { out.kind = 'money'; out.unit = money.currency; out.scale = money.scale; }
  else if (COUNT_PERCENT_LABEL.test(rest)) out.kind = 'countPercent';
  else if (COUNT_LABEL.test(rest)) { out.kind = 'count'; out.unit = 'patients'; }
  else if (COUNT_LEAD.test(rest)) { out.kind = 'count'; out.unit = COUNT_LEAD.exec(rest)![1].toLowerCase(); }
  else if (COUNT_LEAD_NOUN.test(rest)) { out.kind = 'count'; out.unit = COUNT_LEAD_NOUN.exec(rest)![1]; }
  // ("| Cohort | Patients | ORR, % |": a label that is only a noun of people counts them)
  else if (PEOPLE_ONLY.test(rest)) { out.kind = 'count'; out.unit = PEOPLE_LABELS.get(PEOPLE_ONLY.exec(rest)![1].replace(/\s+/g, ' ').toLowerCase()) ?? 'patients'; }
  else if (pValueLabel(rest)) out.kind = 'pvalue';
  else if (DOSE_LABEL.test(rest)) { out.kind = 'dose'; const u = DOSE_LABEL.exec(rest)![1]; out.unit = (words.doseUnits as Record<string, string>)[u] ?? (words.doseUnits as Record<string, string>)[u.toLowerCase()] ?? u; }
  // ("Difference in ORR, percentage points (95% CI)": a difference of two shares, in points)
  else if (POINTS_LABEL.test(rest.trimEnd().replace(/[|:]\s*$/, ''))) { out.kind = 'percent'; out.unit = 'percentage points'; }
  else if (PERCENT_LABEL.test(rest.trimEnd().replace(/[|:]\s*$/, '')) || PERCENT_HEAD.test(rest.replace(/^[\s|]+/, '')) || PERCENT_CHANGE.test(rest)) {
    // ("Rate difference versus control, %", "Difference in response rate (%)": a difference of two shares, its per cent
    // sign that of the shares it is the difference of, is in points)
    out.kind = 'percent'; out.unit = shareDifference(rest) ? 'percentage points' : '%';
  }
  else if (MEASURE_LABEL.test(rest)) { out.kind = 'measure'; out.unit = (words.measureUnits as Record<string, string>)[MEASURE_LABEL.exec(rest)![1]]; }
  else {
    const r = RATIO_LABEL.exec(rest) ?? nameInAnyCase(rest);
    // ("6 months", "Week 12": a time point named by its number, the label of a row of values at that time, no unit of theirs)
    // ("Four Weeks Ended May 3", "Eight weeks ending": a period's name, the column of its sums or counts)
    // (the first unit of time the label names that is neither: "Mean duration over 12 months of follow-up (months)" is in
    // months, its "12 months" a time point)
    let d: RegExpExecArray | null = null;
    DURATION_LABEL_ALL.lastIndex = 0;
    for (let m = DURATION_LABEL_ALL.exec(rest); m; m = DURATION_LABEL_ALL.exec(rest)) {
      const before = rest.slice(0, m.index);
      // ("Week 24", "Month 6": a time point named by its unit and then its number, as "24 weeks" is by its number first)
      if (/\d[\s\u00a0-]*$/.test(before) || NUMBER_WORD_BEFORE.test(before) || PERIOD_END_AFTER.test(rest.slice(m.index + m[0].length)) || /^[\s\u00a0-]*\d/.test(rest.slice(m.index + m[0].length))) continue;
      d = m;
      break;
    }
    if (r) { out.kind = 'ratio'; out.unit = RATIO_UNITS.get(r[1] || r[2].toLowerCase()) ?? (r[1] || r[2]); }
    // ("Difference of ORR (95% CI)": two shares' difference, in points, whatever the unit of time or the statistic besides)
    else if (differenceOfRate(rest) && !MEASURE_STATISTIC.test(rest) && !SPREAD.test(rest)) { out.kind = 'percent'; out.unit = 'percentage points'; }
    else if (d) { out.kind = 'duration'; out.unit = (words.durations as Record<string, string>)[d[1]] ?? (words.durations as Record<string, string>)[d[1].toLowerCase()] ?? 'months'; }
    else if (MEDIAN_WORD.test(rest) && medianTime(rest)) { out.kind = 'duration'; out.unit = 'months'; }
    // (a score's statistic, not a count of those who scored: the statistic is named with it)
    // (the statistic, a short list, is tested before the long list of scales' names: the same answer, the cheap test first)
    else if (SCORE_STATISTIC.test(rest) && (SCORE_WORD.test(rest) || scoreNamed(rest))) { out.kind = 'measure'; out.unit = 'points'; }
    // (a statistic of a measure, "Mean (SD)", "change", speaks of no share; nor does a spread's "SD" name stable disease)
    // (an interval's label, "95% CI for DCR", declares the interval, not the rate; a rate with its interval in brackets after
    // it, "DCR (95% CI)", declares both: the cell's estimate, then its interval)
    // (the statistics' short lists are tested before the long lists of rates' names: the same answer, the cheap tests first)
    else if ((!ci || ci[0].startsWith('(') || /\(\s*$/.test(label.slice(0, ci.index))) && !MEASURE_STATISTIC.test(rest) && !SCORE_STATISTIC.test(rest) && !SPREAD.test(rest) && (RATE_ABBREVIATION.test(rest) || RATE_WORDS.test(rest) || GRADE_LABEL.test(rest))) { out.kind = 'rate'; out.unit = '%'; }
  }
  return out.kind || out.ciLevel || out.pInBrackets !== undefined ? out : undefined;
}

/** Whether two labels declare one kind in one unit. */
function sameUnit(a: Declared | undefined, b: Declared | undefined): boolean {
  return !!a?.kind && a.kind === b?.kind && a.unit === b.unit && a.scale === b.scale;
}

/** A note under a table that says what its numbers are ("Values are n (%) unless noted"): its lead. */
// (a bullet may stand before it: a page's notes under a table copy as a list, "• Data are n (%)")
const TABLE_NOTE = new RegExp(`^[\\s(*\u2022\u00b7\u25aa-]*(?:${wordsPattern(words.tableNotes)})\\s`, 'i');
/** A caption that names a change ("Change from baseline, %"): labelUnits.json changeWords. */
const CHANGE_WORDS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.changeWords)})(?![\\p{L}])`, 'iu');
/** A caption's number ("Table 2.", "TABLE 3:"), not a part of what it says. */
const CAPTION_NUMBER = /^\s*(?:table|tabelle|tableau|tabell)\s+[A-Z]?\d+[a-z]?\s*[.:\u2013\u2014-]?\s*/i;

/**
 * What a table's caption or note declares for all its cells: the line right above the table (one blank line may
 * stand between: "Table 2. Adverse events, n (%)", "Percentage of patients") or the note right under it that opens
 * with "Data are", "All values are" ("(All values are percentages of patients)"). Only counts with their shares and
 * percentages: a title that names a ratio or a time ("Hazard ratios by subgroup", "Outcomes at 12 months") speaks
 * of some of the table's numbers, not of all of them.
 */
export function captionDeclares(t: DocTable, normalized: string): { text: string; decl: Declared } | undefined {
  const lineAt = (from: number, dir: -1 | 1): string | undefined => {
    // the nearest line with words, past at most one blank line
    let at = from;
    for (let blank = 0; blank < 2; blank++) {
      if (dir < 0) {
        if (at <= 0) return undefined;
        const end = at - 1;
        const start = normalized.lastIndexOf('\n', end - 1) + 1;
        const line = normalized.slice(start, end);
        if (line.trim()) return line;
        at = start;
      } else {
        if (at >= normalized.length) return undefined;
        const start = at + 1;
        let end = normalized.indexOf('\n', start);
        if (end < 0) end = normalized.length;
        const line = normalized.slice(start, end);
        if (line.trim()) return line;
        at = end;
      }
    }
    return undefined;
  };
  const read = (line: string | undefined, note: boolean): { text: string; decl: Declared } | undefined => {
    // (a note's first sentence: "Data are n (%). The table shows ...")
    if (note && line) line = line.replace(/([^.;]{8,}?)[.;]\s.*$/, '$1');
    if (!line || line.length > 160 || line.includes('|')) return undefined;
    let text = line;
    if (note) { const m = TABLE_NOTE.exec(text); if (!m) return undefined; text = text.slice(m[0].length); }
    else text = text.replace(CAPTION_NUMBER, '');
    // (the note's words up to its sentence's end, without its brackets)
    text = text.replace(/[.;]\s.*$/, '').replace(/[.\s]+$/, '');
    // (a note in brackets loses its closing one: "(All values are percentages)")
    if (text.endsWith(')') && text.split(')').length > text.split('(').length) text = text.slice(0, -1);
    // ("Participant milestones", "Reasons for withdrawal" over a table: a registry's flow of participants, each whole
    // number in its cells a count of the people the title names, as under the same title one number a line)
    const counted = note ? undefined : COUNT_TITLE_LINE.exec(text.trim());
    if (counted) return { text: line.trim(), decl: { kind: 'count', unit: COUNT_TITLES.get(counted[1].replace(/\s+/g, ' ').toLowerCase()), wholeTable: true } };
    const decl = declaredBy(text);
    // (a title that names a rate names the table's shares, unless it names a measure of another kind beside it:
    // "Response rates and duration of response")
    if (!decl || (decl.kind !== 'countPercent' && decl.kind !== 'percent' && !(decl.kind === 'rate' && !namesOtherMeasure(text)))) return undefined;
    return { text: line.trim(), decl: { ...decl, ciLevel: undefined, wholeTable: true, signed: CHANGE_WORDS.test(text) || undefined } };
  };
  return read(lineAt(t.start, -1), false) ?? read(lineAt(t.end, 1), true);
}

/** A line written as a table row: cells apart by a pipe or a tab, or glued ("months4.2 (2.3-7.1)", "%61.2 (48.1-77.4)70.3"). */
const TABLE_LINE = /[|\t]|%\d|\)\d|[a-z]{2}\d/;

/** A row's label without the cells after it that hold no value ("| P value | NA | .04 |": the label is "P value"). */
function withoutEmptyCells(label: string): string {
  if (!label.includes('|')) {
    // (a flattened row, "P value NA† 0.04": the placeholders of its first columns, their footnote marks with them)
    let rest = label;
    for (let k = 0, m = TRAILING_PLACEHOLDER.exec(rest); m && k < 4; k++, m = TRAILING_PLACEHOLDER.exec(rest)) rest = rest.slice(0, m.index);
    return rest.length === label.length || !/\p{L}{2}/u.test(rest) ? label : rest;
  }
  const cells = label.split('|');
  // the last piece is the space before the first figure; the ones before it, empty or "NA", are no label
  let end = cells.length - 1;
  while (end > 1 && EMPTY_CELL.test(cells[end - 1])) end--;
  return end === cells.length - 1 ? label : cells.slice(0, end).join('|') + '|';
}

/** After an interval's lower bound: an upper bound not estimated, and the bracket's close ("\u2013NE)", ", NR)"). */
export const OPEN_UPPER = /^\s*(?:[-\u2010-\u2015]|,|to)\s*(?:NE|NR|NA|N\/A|not estimable|not reached|not evaluable)\s*[)\]]/;

const bare = (f: FigureEntity) => f.figureKind === 'other' && !f.unit;
/** A count the recogniser read as one of the noun named before it, and nothing more ("Patients: 96"). */
const namedCount = (f: FigureEntity) => f.figureKind === 'count' && !f.comparator && (f.reading ?? '').endsWith(NAMED_BEFORE_READING);
/** How a count alone on its line with its share in brackets is read (linesOfCountAndShare; percent-of-count asks it). */
export const LINE_CELL_READING = 'a count on a line of its own';
/** How a figure read in the unit its row's or column's label declares is read (percent-of-count asks it). */
export const LABEL_CELL_READING = 'read in the unit its label declares';

/** What a table writes in a cell instead of a value ("Ref", "Not reached", "NE"): labelUnits.json cellPlaceholders. */
const PLACEHOLDER_WORDS = wordsPattern(words.cellPlaceholders.words);
/** Between a row's figures, words that are none of a label's: a comparison's, an interval's, a cell's placeholder. */
export const NO_LABEL_WORDS = new RegExp(`(?<![\\p{L}])(?:vs|versus|CI|to|${PLACEHOLDER_WORDS})(?![\\p{L}])`, 'giu');
/** The same after a row's last figure ("to" there is a clause's). */
const NO_LABEL_WORDS_AFTER = new RegExp(`(?<![\\p{L}])(?:vs|versus|CI|${PLACEHOLDER_WORDS})(?![\\p{L}])`, 'giu');
/** @internal (and the two below) for the unit test */
export const A_LETTER = /\p{L}/u;
export const TWO_LETTERS = /\p{L}{2}/u;
export const THREE_LETTERS = /\p{L}{3,}/u;
/** Each global pattern of words to remove, as a pattern that finds its first match only. */
const FIRST_MATCH = new Map<RegExp, RegExp>();

/**
 * `letters.test(text.replace(words, ''))`, without the removal where the text before the first of the words already holds
 * the letters: that stretch is the start of what the removal leaves, so what is found in it is found there too (a letter
 * run ending it can only grow, and a lone surrogate ending it is no letter). A line of prose, whose first word is none of
 * them, is answered from its first word, not removed from whole. @internal exported for the unit test that holds it to the
 * full reading.
 */
export function lettersLeft(text: string, words: RegExp, letters: RegExp): boolean {
  // (kept by the text's content: the same lines and gaps between cells are asked after every edit; a pattern of letters
  // with the global or sticky flag answers by its lastIndex, and is asked directly)
  if (letters.global || letters.sticky) return lettersLeftOf(text, words, letters);
  const read = lettersReader(words, letters);
  return text.length > MAX_PIECE ? memoRead(text, read) : readPiece(read, text);
}

/** One reading function per pair of patterns, its identity the memo's key for the pair. */
const LETTERS_READERS = new WeakMap<RegExp, WeakMap<RegExp, (text: string) => boolean>>();
function lettersReader(words: RegExp, letters: RegExp): (text: string) => boolean {
  let byLetters = LETTERS_READERS.get(words);
  if (!byLetters) { byLetters = new WeakMap(); LETTERS_READERS.set(words, byLetters); }
  let read = byLetters.get(letters);
  if (!read) { read = (text: string) => lettersLeftOf(text, words, letters); byLetters.set(letters, read); }
  return read;
}

function lettersLeftOf(text: string, words: RegExp, letters: RegExp): boolean {
  let first = FIRST_MATCH.get(words);
  if (!first) { first = new RegExp(words.source, words.flags.replace(/[gy]/g, '')); FIRST_MATCH.set(words, first); }
  const k = text.search(first);
  if (letters.test(k < 0 ? text : text.slice(0, k))) return true;
  return k >= 0 && letters.test(text.replace(words, ''));
}
/** A cell that holds no value but a placeholder, or nothing: no part of the row's label before it. */
const EMPTY_CELL = new RegExp(`^\\s*(?:${PLACEHOLDER_WORDS}|[-\u2013\u2014]|\u00b7\u00b7)?\\s*$`, 'u');
/** A placeholder that ends a label, with its footnote's mark ("NA\u2020"), and the space before the value. */
const TRAILING_PLACEHOLDER = new RegExp(`(?<![\\p{L}])(?:${PLACEHOLDER_WORDS})[*\u2020\u2021\u00a7#]{0,2}\\s*$`, 'u');

/**
 * "(8,900)" alone in its cell or place: an accounts' negative sum, in a table that states sums. A statement copied one
 * cell a line may put the closing bracket in a cell of its own, "(8,900", "|", ")".
 */
export function accountsNegative(normalized: string, c: FigureEntity): boolean {
  return typeof c.value === 'number' && c.value > 0 && /(?:^|[|\s])\($/.test(normalized.slice(Math.max(0, c.start - 2), c.start)) && /^(?:\)|[ \t]*\n[\s|]{0,6}\))(?:\s|\||$)/.test(normalized.slice(c.end, c.end + 10));
}

/**
 * Under a label that names a p-value in brackets after a cell's other parts ("n (%) (p)"): whether the figure is alone in
 * the last bracket of its cell (between pipes), a number from 0 to 1, and that bracket comes after as many others as the
 * label names ("3 (10.0) (0.896)" under "n (%) (p)"; "8 (22.2)", a cell without its p-value, holds none). The cell is
 * looked for within 160 characters either side.
 */
function pValueInBrackets(normalized: string, c: FigureEntity, before: number): boolean {
  if (!bare(c) || typeof c.value !== 'number' || c.value < 0 || c.value > 1) return false;
  const from = Math.max(0, c.start - 160), to = Math.min(normalized.length, c.end + 160);
  const head = normalized.slice(from, c.start);
  const cellStart = from + Math.max(head.lastIndexOf('|'), head.lastIndexOf('\n')) + 1;
  if (cellStart === from && from > 0) return false;
  const tail = normalized.slice(c.end, to);
  const close = /^\s*\)[*\u2020\u2021\u00a7\u00b6#]{0,2}\s*(?:\||\n|$)/.exec(tail);
  if (!close || !/\(\s*$/.test(head)) return false;
  if (!normalized.slice(cellStart, to).includes('|')) return false;
  const cell = normalized.slice(cellStart, c.start);
  return (cell.match(/\([^()]*\)/g) ?? []).length === before;
}

/** Whether a figure is alone in its cell: nothing but spaces between it and the pipes (or the line's ends) around it. */
function aloneInCell(normalized: string, f: FigureEntity): boolean {
  return /(?:^|\n|\|)[ \t]*$/.test(normalized.slice(Math.max(0, f.start - 12), f.start)) && /^[ \t]*(?:\||\n|$)/.test(normalized.slice(f.end, f.end + 12));
}

/** Two numbers that are one interval's bounds, and what they are of. */
type Pair = { lower: FigureEntity; upper: FigureEntity; level: number; cellStart: number; estimate?: FigureEntity; label: string };

/** Words of a note that says a table's shares are a model's estimates (labelUnits.json estimateNotes). */
const ESTIMATE_NOTE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.estimateNotes)})(?![\\p{L}])`, 'iu');
/** A footnote's mark closing a label: "*", "\u2020", "\u2021", "\u00a7", "\u00b6", "#", one or two. */
const LABEL_MARK = /([*\u2020\u2021\u00a7\u00b6#]{1,2})[\s|:]*$/;
let noteMemo: { text: string; marks: Map<string, boolean> } | undefined;
/**
 * Whether the label's footnote mark opens a note, on a line of its own (a bullet may stand before it), whose first
 * sentence says the numbers are estimated ("*Estimates from a mixed model."). Each mark looked up once a text.
 */
function estimatedByNote(label: string, normalized: string): boolean {
  const m = LABEL_MARK.exec(label);
  if (!m) return false;
  if (noteMemo?.text !== normalized) noteMemo = { text: normalized, marks: new Map() };
  const known = noteMemo.marks.get(m[1]);
  if (known !== undefined) return known;
  const esc = m[1].replace(/[*#]/g, '\\$&');
  const note = new RegExp(`(?:^|\\n)[ \\t]*(?:[\u2022\u00b7-][ \\t]*)?${esc}(?![*\u2020\u2021\u00a7\u00b6#])[ \\t]*([^\\n.;]{0,160})`, 'g');
  let found = false;
  for (let n = note.exec(normalized); n && !found; n = note.exec(normalized)) found = ESTIMATE_NOTE.test(n[1]);
  noteMemo.marks.set(m[1], found);
  return found;
}

/** The bounds of an interval a header of intervals pairs in its cell ("| 95% CI |" over "| 31.5, 63.2 |"): no row's unit reads them one by one. */
const PAIRED = new WeakSet<FigureEntity>();

function apply(cells: FigureEntity[], decl: Declared, label: string, normalized: string, pairs?: Pair[]): void {
  // (a ratio of risks, odds or hazards is above zero: a row whose bare numbers fall below it measures something else,
  // a change or a difference, and a ratio's header over other columns, or a section's, does not reach it)
  if (decl.kind === 'ratio' && cells.some(c => bare(c) && (Array.isArray(c.value) ? c.value.some(v => v < 0) : typeof c.value === 'number' && c.value < 0))) return;
  const how = `${decl.wholeTable ? 'read in the unit the table\u2019s caption declares' : LABEL_CELL_READING} (${label.replace(/[|*_]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/\s*[(\[]$/, '')})`;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k];
    if (PAIRED.has(c)) continue;
    const next = cells[k + 1];
    // (or its interval after a semicolon, when the label names the interval's level: "12/40 (30.0; 16.6-46.5)" under "n (%; 90% CI)")
    const inParens = next && /^\s*[(\[]\s*$/.test(normalized.slice(c.end, next.start)) && (/^\s*[)\]]/.test(normalized.slice(next.end, next.end + 3)) || (decl.ciLevel !== undefined && /^[;,]\s/.test(normalized.slice(next.end, next.end + 2))));
    if (decl.pInBrackets !== undefined && pValueInBrackets(normalized, c, decl.pInBrackets)) {
      Object.assign(c, { figureKind: 'pvalue', unit: '', reading: `${how}: the p-value in brackets` });
      continue;
    }
    if (decl.kind === 'countPercent') {
      // (a count written over its group, "8/30 (26.7)" under "n/N (%)", is the count of the form, its noun not yet read)
      const fraction = c.figureKind === 'count' && !c.unit && c.denominator !== undefined;
      if ((bare(c) || fraction) && typeof c.value === 'number' && Number.isInteger(c.value) && next && inParens && bare(next) && typeof next.value === 'number') {
        Object.assign(c, { figureKind: 'count', unit: 'patients', reading: how });
        if (estimatedByNote(label, normalized)) Object.assign(next, { figureKind: 'percent', unit: '%', estimated: true, reading: `${how}, an estimate its note names` });
        else Object.assign(next, { figureKind: 'percent', unit: '%', reading: how });
        k++;
        // (and the share's interval after it in the same brackets, when the label names its level: "(30.0; 16.6-46.5)")
        const interval = cells[k + 1];
        if (decl.ciLevel !== undefined && interval && Array.isArray(interval.value) && (bare(interval) || interval.figureKind === 'ci') && /^[;,]\s*$/.test(normalized.slice(next.end, interval.start))
          && /^\s*[)\]]/.test(normalized.slice(interval.end, interval.end + 3))) {
          Object.assign(interval, { figureKind: 'ci', unit: '%', level: decl.ciLevel, reading: `${how}: the share's interval` });
          k++;
        }
      } else if (bare(c) && typeof c.value === 'number' && c.value <= 100 && /\(\s*$/.test(normalized.slice(Math.max(0, c.start - 2), c.start))
        && /^\s*\)/.test(normalized.slice(c.end, c.end + 2)) && !(k > 0 && cells[k - 1].figureKind === 'count' && /^\s*\(\s*$/.test(normalized.slice(cells[k - 1].end, c.start)))) {
        // "PR1 (1.8)": the share in its brackets, its count glued to the row's label and unread
        Object.assign(c, { figureKind: 'percent', unit: '%', reading: `${how}: the share in brackets` });
      } else if (bare(c) && c.value === 0 && !(next && inParens)) {
        // "| 0 |" in a count-and-share row: none, a count written without its share
        Object.assign(c, { figureKind: 'count', unit: 'patients', reading: how });
      } else if (bare(c) && typeof c.value === 'number' && c.value >= 1 && c.value <= 100 && !c.comparator && !(next && inParens)
        && /\d[.,\u00b7]\d/.test(normalized.slice(c.start, c.end)) && aloneInCell(normalized, c)) {
        // "| 23.5 |" alone under "Patients (%)": a count is whole, so a number written with decimals is the share
        // (from 1 up: "0.15" alone may be a probability or a p-value a shifted header put there)
        Object.assign(c, { figureKind: 'percent', unit: '%', reading: `${how}: a share, written with decimals as no count is` });
      }
      continue;
    }
    // "1.9 (1.4, 2.7)" under a label with "(95% CI)": the two numbers in brackets right after an estimate are its
    // interval's bounds, not two more estimates (whatever kind the label gives the estimate)
    if (decl.ciLevel && pairs && k > 0 && next && bare(c) && bare(next) && typeof c.value === 'number' && typeof next.value === 'number'
      && /^\s*\(\s*$/.test(normalized.slice(cells[k - 1].end, c.start)) && /^\s*[,;]\s*$/.test(normalized.slice(c.end, next.start))
      && /^\s*\)/.test(normalized.slice(next.end, next.end + 2))) {
      pairs.push({ lower: c, upper: next, level: decl.ciLevel, cellStart: c.start, estimate: cells[k - 1], label });
      k++;
      continue;
    }
    // "233 (21.3%)" under a label of shares: the share is the one in brackets, written with its sign; the number
    // before it is its count
    if (decl.kind === 'percent' && bare(c) && typeof c.value === 'number' && Number.isInteger(c.value) && next && inParens && next.figureKind === 'percent'
      && /%\s*$/.test(normalized.slice(next.start, next.end))) {
      Object.assign(c, { figureKind: 'count', unit: 'patients', reading: `${how}: the count before its share` });
      k++;
      continue;
    }
    if (bare(c) && typeof c.value === 'number' && decl.kind) {
      if (decl.wholeTable && decl.kind === 'percent' && !decl.signed && (c.value > 100 || c.value < 0)) continue;
      // ("<0.001", "\u2264 0.0001" in a row of measures: a p-value as tables write it, below a small bound; no measure's unit reaches it)
      if ((decl.kind === 'measure' || decl.kind === 'percent' || decl.kind === 'duration' || decl.kind === 'rate') && (c.comparator === '<' || c.comparator === '\u2264') && c.value <= 0.01 && c.value > 0) continue;
      if (decl.kind === 'pvalue') { if (c.value > 1) continue; Object.assign(c, { figureKind: 'pvalue', unit: '', reading: how }); }
      // (a ratio is estimated, never bounded: "<0.001" in a ratio's column is a p-value the copy shifted there)
      else if (decl.kind === 'ratio' && (c.comparator === '<' || c.comparator === '\u2264')) continue;
      else if (decl.kind === 'money') {
        const sign = accountsNegative(normalized, c) ? -1 : 1;
        // ('Mkr', 'tkr': the krone or krona of the document's language)
        const unit = decl.unit === 'KR' ? resolveCurrencyUnit('KR', normalized, languageOf(normalized)) : decl.unit;
        Object.assign(c, { figureKind: 'money', unit, value: sign * Math.round(c.value * (decl.scale ?? 1) * 1e6) / 1e6, reading: how });
      } else if (decl.kind === 'count') { if (!Number.isInteger(c.value) || c.value < 0) continue; Object.assign(c, { figureKind: 'count', unit: decl.unit, reading: how }); }
      else if (decl.kind === 'measure') Object.assign(c, { figureKind: 'other', unit: decl.unit ?? '', reading: how });
      // (a rate's number written with decimals, within 0 to 100, is its per cent; a whole number may be its responders' count)
      // (and only under a label as short as a table's: a sentence that ends in "a rate of" before its number is prose; a
      // table's caption, read as one, may be as long as a title is)
      else if (decl.kind === 'rate') { if (c.value < 0 || c.value > 100 || !/\d[.,]\d/.test(normalized.slice(c.start, c.end)) || (!decl.wholeTable && (label.length > 60 || PROSE_BEFORE_VALUE.test(label)))) continue; Object.assign(c, { figureKind: 'percent', unit: '%', reading: `${how}, a rate` }); }
      else Object.assign(c, { figureKind: decl.kind, unit: decl.unit ?? '', reading: how });
    }
    // ("88 (60-120)" under "Weight, kg, median (range)", "37 (18-72)" under "Age, years: median (range)": a range in brackets
    // right after a measure is its spread, in the same unit)
    if ((decl.kind === 'measure' || decl.kind === 'duration') && !decl.ciLevel && bare(c) && Array.isArray(c.value) && k > 0 && cells[k - 1].unit === (decl.unit ?? '')
      && /^\s*[(\[]\s*$/.test(normalized.slice(cells[k - 1].end, c.start))) {
      Object.assign(c, { figureKind: decl.kind === 'measure' ? 'other' : decl.kind, unit: decl.unit ?? '', reading: `${how}: the range in brackets` });
      continue;
    }
    // ("0.57 (0.45-0.73)" under "HR for death", "Odds ratio": a range in brackets right after a ratio is its interval, as
    // prose reads "HR 0.57 (0.45-0.73)"; a ratio is estimated with an interval, never with a spread)
    // (and "34% (27-41)" under "Proportion free of progression", "Response rate": a share of patients is estimated with an
    // interval too, never with a spread of its own; a measure written in per cent, "Body fat, %", may have one, and its
    // label declares no rate)
    const estimate = k > 0 ? cells[k - 1] : undefined;
    // (of the ratio's scale, as in prose: "0.73 (12-18)" is no interval of 0.73)
    const ratioBefore = decl.kind === 'ratio' && estimate?.figureKind === 'ratio' && estimate.unit === (decl.unit ?? '')
      && typeof estimate.value === 'number' && Array.isArray(c.value) && ofRatioScale(estimate.value, c.value);
    const rateBefore = decl.kind === 'rate' && estimate?.figureKind === 'percent' && estimate.unit === '%';
    if ((ratioBefore || rateBefore) && !decl.ciLevel && bare(c) && Array.isArray(c.value) && estimate
      && /^\s*[(\[]\s*$/.test(normalized.slice(estimate.end, c.start)) && /^\s*[)\]]/.test(normalized.slice(c.end, c.end + 3))) {
      Object.assign(c, { figureKind: 'ci', unit: ratioBefore ? decl.unit ?? '' : '%', reading: `${how}: the interval in brackets after the ${ratioBefore ? 'ratio' : 'rate'}` });
      continue;
    }
    // ("95% CI for DCR 11.4-22.8 2.9-8.7": a row of intervals under a label that names only their level)
    // (its unit the estimates' when they are said: a row of the intervals of a row of per cents, wrapped onto a line of their own)
    if (decl.ciLevel && !decl.kind && bare(c) && Array.isArray(c.value)) { Object.assign(c, { figureKind: 'ci', level: decl.ciLevel, reading: how }, decl.unit ? { unit: decl.unit } : {}); continue; }
    // ("80% CI | (1.2, 5.5) | (0.5, 17.3)": a row of intervals written as two numbers each, in brackets or alone in a cell)
    if (decl.ciLevel && !decl.kind && pairs && next && bare(c) && bare(next) && typeof c.value === 'number' && typeof next.value === 'number'
      && /^\s*[,;]\s*$/.test(normalized.slice(c.end, next.start))
      && ((/\(\s*$/.test(normalized.slice(Math.max(0, c.start - 2), c.start)) && /^\s*\)/.test(normalized.slice(next.end, next.end + 2)))
        || (/\|\s*$/.test(normalized.slice(Math.max(0, c.start - 3), c.start)) && /^\s*(?:\||$)/.test(normalized.slice(next.end, next.end + 3))))) {
      pairs.push({ lower: c, upper: next, level: decl.ciLevel, cellStart: c.start, label });
      k++;
      continue;
    }
    if (decl.ciLevel && next && inParens && Array.isArray(next.value) && (bare(next) || next.figureKind === c.figureKind)) {
      Object.assign(next, { figureKind: 'ci', unit: c.unit, level: decl.ciLevel, reading: how });
      k++;
    } else if (decl.ciLevel && next && typeof next.value === 'number' && (bare(next) || next.figureKind === c.figureKind) && /^\s*[(\[]\s*$/.test(normalized.slice(c.end, next.start))
      && OPEN_UPPER.test(normalized.slice(next.end, next.end + 24))) {
      // "17.2 (6.6\u2013NE)": an interval whose upper bound is not estimable, its lower bound alone a number
      Object.assign(next, { figureKind: 'ci', unit: c.unit, level: decl.ciLevel, reading: `upper bound not estimable, ${how}` });
      k++;
    }
  }
}

/**
 * An interval's name right after a per cent: the short forms (as figures.ts reads them), a footnote's letter perhaps
 * glued to them ("95% CIb"), or the names written out (numbers.json intervalNames).
 */
const LEVEL_BEFORE_NAME = new RegExp(`^\\s*(?:(?:CI|CrI|KI|IC)(?:[a-e])?(?![\\p{L}])|(?:${wordsPattern(numbersData.intervalNames)})(?![\\p{L}]))`, 'iu');
/**
 * Applies the units labels declare: each line's label (its text before its first figure) to the
 * figures after it on the line, and a table's column header to the figures under it when their row
 * declares none. Linear in the text and the figures.
 */
export function applyLabelUnits(figures: FigureEntity[], normalized: string, tables: readonly DocTable[], source = normalized): FigureEntity[] {
  if (figures.length === 0) return figures;
  // the "95%" of a "(95% CI)" label is no figure: a per cent written right before an interval's name is that interval's
  // level, whatever follows ("(95% CI)", "95% CI for DCR", "95% CI = not estimable", "95% CI: NR"); bounds after it are
  // read with it as one interval, so one left a per cent has none the text could give
  const drop = new Set<FigureEntity>();
  for (const f of figures) if (f.figureKind === 'percent' && LEVEL_BEFORE_NAME.test(normalized.slice(f.end, f.end + 40))) drop.add(f);
  const kept = drop.size ? figures.filter(f => !drop.has(f)) : figures;
  // column headers of the tables the structure reader found
  // (tables, rows and cells come in document order, as the figures do: one walk over both)
  // a cell's column header, and else the header above the row labels (the stub: "Adverse event, n (%)", "(USD in
  // thousands)"), which declares for the whole table
  const columnOf = new Map<FigureEntity, string>();
  /**
   * A body row's section: a row with no values ("Patients alive, % (95% CI) | | |") labels the rows
   * under it ("6 months | 62 (55-68) | 48 (41-55) |") until the next row without values or a row that
   * declares its own unit. The figures of the value cells of a row that declares nothing, and the
   * section's label.
   */
  const sectionOf = new Map<FigureEntity, string>();
  /** The figures under a column whose header declares p-values, column by column. */
  const pColumns: FigureEntity[][] = [];
  /** Intervals written as two numbers in a cell under a confidence interval's header, and the estimate before each. */
  const pairs: Pair[] = [];
  /** Each table column's cells, as the figures in each (for a column of shares that writes the sign only in some). */
  const columnCells: FigureEntity[][][] = [];
  /** What tables' captions and notes declare, by their text (a column's label). */
  const captionDecl = new Map<string, Declared>();
  const declOf = (label: string) => captionDecl.get(label) ?? declaredBy(label);
  let at = 0;
  for (const t of tables) {
    if (!t.header.length) {
      // a table without a header row, under a caption or over a note that says what its numbers are ("Data are n (%)"):
      // each row's value cells
      const caption = captionDeclares(t, normalized);
      if (!caption) continue;
      captionDecl.set(caption.text, caption.decl);
      for (const row of t.rows) {
        for (let c = 1; c < row.cells.length; c++) {
          const cell = row.cells[c];
          while (at < kept.length && kept[at].start < cell.start) at++;
          for (let k = at; k < kept.length && kept[k].start < cell.end; k++) if (kept[k].end <= cell.end) columnOf.set(kept[k], caption.text);
        }
      }
      continue;
    }
    const { heads, headerRows } = tableColumns(t, normalized);
    const stubCell = stubOf(t, normalized);
    const stub = stubCell ? normalized.slice(stubCell.start, stubCell.end) : '';
    const stubDeclares = !!stub && declaredBy(stub)?.kind !== undefined;
    const caption = stubDeclares ? undefined : captionDeclares(t, normalized);
    if (caption) captionDecl.set(caption.text, caption.decl);
    const pCells = new Map<number, FigureEntity[]>();
    const cellsByColumn = new Map<number, FigureEntity[][]>();
    let section: string | undefined;
    for (const row of t.rows) {
      if (headerRows.has(row)) continue;
      const rowLabel = row.cells.length ? normalized.slice(row.cells[0].start, row.cells[0].end) : '';
      const own = rowLabel ? declaredBy(rowLabel)?.kind !== undefined : false;
      // (a row of empty cells, "| | | |", changes nothing)
      if (row.cells.every(c => c.end === c.start)) continue;
      if (row.cells.slice(1).every(c => !/\d/.test(normalized.slice(c.start, c.end)))) section = own ? rowLabel : undefined;
      // (a row that only names a statistic of the section's measure, "n", "SD", "P value", keeps its own reading and
      // leaves the section open: "| Body weight, kg |" over "| Baseline | 82.1 |", "| n | 40 |", "| Week 12 | 79.5 |")
      // (nor does a row that restates the section's unit, "| LS mean % change |" under "| Weight, % change |")
      else if (own && !statisticName(rowLabel) && !(section !== undefined && sameUnit(declaredBy(rowLabel), declaredBy(section)))) section = undefined;
      else if (section !== undefined && !own) {
        while (at < kept.length && kept[at].start < row.cells[0].end) at++;
        for (let k = at; k < kept.length && kept[k].start < row.end; k++) sectionOf.set(kept[k], section);
      }
      let prevCell: FigureEntity[] = [];
      for (let c = 1; c < row.cells.length; c++) {
        const head = heads.get(c);
        const cell = row.cells[c];
        // (with what a header spanning this column and others says: "No. (%) of patients" over every dose's column)
        const headText = head ? [head.text, ...(head.spans ?? []).map(sp => normalized.slice(sp.start, sp.end))].join(' ').trim() : '';
        // (a column's own header first: "P value" under a group that spans it and others, "All patients (n = 60)")
        const ownHead = head?.spans?.length && head.text && declaredBy(head.text)?.kind !== undefined ? head.text : undefined;
        let label = ownHead ?? (headText && declaredBy(headText)?.kind !== undefined ? headText : stubDeclares ? stub : caption ? caption.text : headText);
        // ("Adjusted difference (90% CI)" under a caption of percentages: the difference of two of its shares, in points)
        if (label !== headText && headText && DIFFERENCE_WORD.test(headText) && !RELATIVE_WORD.test(headText)) {
          const d = declOf(label);
          if (d?.kind === 'percent' && d.unit === '%') {
            const key = `${label} | ${headText}`;
            if (!captionDecl.has(key)) captionDecl.set(key, { ...d, unit: 'percentage points', ...(declaredBy(headText)?.ciLevel !== undefined ? { ciLevel: declaredBy(headText)!.ciLevel } : {}) });
            label = key;
          }
        }
        // ("| in EUR thousand |" over "| Employees (number) | 120 |": a row whose label names numbers that are no sums is
        // out of the reach of the sums' unit the table's corner names)
        if (label === stub && stubDeclares && declaredBy(stub)?.kind === 'money' && labelNamesNoSums(rowLabel)) label = '';
        while (at < kept.length && kept[at].start < cell.start) at++;
        const inCell: FigureEntity[] = [];
        for (let k = at; k < kept.length && kept[k].start < cell.end; k++) if (kept[k].end <= cell.end && kept[k].figureKind !== 'date') inCell.push(kept[k]);
        if (inCell.length && !continuationRow(normalized, row)) { const l = cellsByColumn.get(c) ?? []; l.push(inCell); cellsByColumn.set(c, l); }
        // "| 95% CI |" over "| 31.5, 63.2 |": the cell's two numbers are the bounds of the interval of the estimate in the cell before
        if (inCell.length === 2 && headText && !declaredBy(headText)?.kind && declaredBy(headText)?.ciLevel) {
          const d = declaredBy(headText)!;
          pairs.push({ lower: inCell[0], upper: inCell[1], level: d.ciLevel!, cellStart: cell.start, estimate: prevCell[prevCell.length - 1], label: headText });
          // (only two numbers apart by a comma, a semicolon or "to" are an interval's bounds: "-2.1 (-3.0 to 1.2)" is an estimate and its interval)
          if (typeof inCell[0].value === 'number' && typeof inCell[1].value === 'number' && /^\s*(?:[,;]|to)\s*$/.test(normalized.slice(inCell[0].end, inCell[1].start))) { PAIRED.add(inCell[0]); PAIRED.add(inCell[1]); }
        }
        prevCell = inCell;
        for (let k = at; k < kept.length && kept[k].start < cell.end; k++) {
          if (!label || kept[k].end > cell.end) continue;
          columnOf.set(kept[k], label);
          if (label === headText && declaredBy(headText)?.kind === 'pvalue') { const l = pCells.get(c) ?? []; l.push(kept[k]); pCells.set(c, l); }
        }
      }
    }
    for (const l of pCells.values()) pColumns.push(l);
    for (const [c, l] of cellsByColumn) {
      const head = heads.get(c);
      const said = head ? declaredBy([head.text, ...(head.spans ?? []).map(sp => normalized.slice(sp.start, sp.end))].join(' '))?.kind : undefined;
      if (said === undefined || said === 'percent') columnCells.push(l);
    }
  }
  const pRows: FigureEntity[][] = [];
  const tableSpans = spanLocator(tables);
  let fi = 0;
  // the last row's label and what it declares, while the lines under it hold only values: a row whose cells a copy put
  // one a line ("HbA1c, mean (95% CI), % | 8.1 (7.9 to 8.3) |", then "7.7 (7.5 to 7.9) |", ...) goes on in them
  let carried: { decl: Declared; label: string; shape: string } | undefined;
  for (let lineStart = 0; lineStart <= normalized.length;) {
    let lineEnd = normalized.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = normalized.length;
    while (fi < kept.length && kept[fi].end <= lineStart) fi++;
    let cells: FigureEntity[] = [];
    for (let k = fi; k < kept.length && kept[k].start < lineEnd; k++) if (kept[k].figureKind !== 'date') cells.push(kept[k]);
    const lineCells = cells;
    // (a line of several rows outside the tables found, "CR0 (0.0)1 (2.5) PR3 (7.5)5 (12.5)", is read row by row below)
    if (cells.length > 1 && !tableSpans.inside(lineStart) && manyRows(normalized, lineStart, lineEnd, cells)) cells = [];
    // a row's label may hold a figure of its own ("6-month rate, %", "Grade 3 events, n (%)"): in a line
    // written as a table row (cells glued, or apart by pipes or tabs), the label runs to the last word before the values
    // (in a line of pipe cells the first cell, when it has words, is the row's label whole: "| OL end point, day 60, No. | 6 |",
    // "| HbA1c at week 30, mean (95% CI), % | 8.1 (7.9 to 8.3) |"; its figures are the label's, not the row's values)
    if (cells.length > 1) {
      // (the bar looked for within the line only: a search past its end would make the walk quadratic)
      const lineText = normalized.slice(lineStart, lineEnd);
      const lead = /^[ \t]*\|?/.exec(lineText)![0].length;
      const inLine = lineText.indexOf('|', lead);
      const bar = inLine < 0 ? -1 : lineStart + inLine;
      if (bar > 0 && lettersLeft(normalized.slice(lineStart + lead, bar), NO_LABEL_WORDS, TWO_LETTERS) && cells.some(f => f.start > bar)) cells = cells.filter(f => f.start > bar);
    }
    if (cells.length > 1 && TABLE_LINE.test(normalized.slice(lineStart, lineEnd))) {
      let j = 0;
      for (let k = 1; k < cells.length; k++) if (lettersLeft(normalized.slice(cells[k - 1].end, cells[k].start), NO_LABEL_WORDS, THREE_LETTERS)) j = k;
      if (j > 0) cells = cells.slice(j);
    }
    if (!cells.length) carried = undefined;
    if (cells.length) {
      let label = normalized.slice(lineStart, cells[0].start);
      // a label, then only figures: no words after the first figure but the interval's and separators
      const tail = normalized.slice(cells[0].start, lineEnd);
      let onlyFigures = true;
      let at = cells[0].start;
      for (const c of cells) { if (lettersLeft(normalized.slice(at, c.start), NO_LABEL_WORDS, THREE_LETTERS)) { onlyFigures = false; break; } at = c.end; }
      if (onlyFigures && lettersLeft(normalized.slice(at, lineEnd), NO_LABEL_WORDS_AFTER, THREE_LETTERS)) onlyFigures = false;
      let decl = onlyFigures && tail ? declaredBy(withoutEmptyCells(label)) : undefined;
      // (a line of values and no words goes on with the row above it; a line with a label opens a row of its own)
      // (its values of the same shape as the row's, an estimate and its interval under one: "7.7 (7.5 to 7.9)" under
      // "8.1 (7.9 to 8.3)"; a line of values of another shape is another column's or row's)
      // (lines of such values joined as one, a soft wrap between them, go on with it alike: eight columns of the row's shape at most)
      const shape = shapeOf(cells);
      // (a p-value after a value, "31 (42) p = 0.002 |", compares that cell's arm with the control: no word of a label,
      // nor part of the row's shape)
      const valueCells = lineCells.some(f => f.figureKind === 'pvalue') ? lineCells.filter(f => f.figureKind !== 'pvalue') : lineCells;
      const lineText = valueCells === lineCells ? normalized.slice(lineStart, lineEnd) : withoutSpans(normalized, lineStart, lineEnd, lineCells.filter(f => f.figureKind === 'pvalue'));
      if (valueCells.length && !lettersLeft(lineText, NO_LABEL_WORDS, A_LETTER) && valueCells.length <= 8 * Math.max(1, carried?.shape.length ?? 1)) {
        const lineShape = shapeOf(valueCells);
        if (!decl && carried && carried.shape && lineShape === carried.shape.repeat(lineShape.length / carried.shape.length)) { decl = carried.decl; label = carried.label; cells = valueCells; }
        // (a line of intervals in brackets only, as many as the row's single values above it under a label that names
        // their level, "Rate, % (95% CI) 33 75 91" then "(1-91) (35-97) (59-100)": each cell's bracket a copy wrapped
        // onto the next line, the intervals of those values in their order, in their unit)
        else if (!decl && carried?.decl.ciLevel !== undefined && /^n+$/.test(carried.shape) && lineShape === 'r'.repeat(carried.shape.length) && bracketCells(normalized, { start: lineStart, end: lineEnd }) === lineShape.length) {
          decl = { ciLevel: carried.decl.ciLevel, unit: carried.decl.kind === 'percent' || carried.decl.kind === 'rate' ? '%' : carried.decl.unit };
          label = carried.label;
          cells = lineCells;
          carried = undefined;
        }
      } else carried = decl && onlyFigures && (decl.kind || decl.ciLevel) ? { decl, label, shape } : undefined;
      // (a row that names a rate without its sign says least: a column, the stub or the caption that declares a unit
      // says more, "n (%)" over "Objective response")
      // (its interval's level still holds: "ORR (95% CI)" over "| 40.0 (26.4-54.8) |" under "%", read once the column has
      // read the estimate)
      let rowLevel: number | undefined;
      if (decl?.kind === 'rate' && cells.some(f => { const h = columnOf.get(f); return h !== undefined && !!declOf(h)?.kind; })) { rowLevel = decl.ciLevel; decl = undefined; }
      // (a column of p-values or of ratios keeps its cells whatever the row declares: "ORR, %" or "Median PFS,
      // months" over a p-value's or a hazard ratio's cell)
      const isP = (f: FigureEntity) => { const h = columnOf.get(f); return h !== undefined && declOf(h)?.kind === 'pvalue'; };
      const ownColumn = (f: FigureEntity) => { const h = columnOf.get(f); const k = h !== undefined ? declOf(h)?.kind : undefined; return k === 'pvalue' || k === 'ratio'; };
      // a row that declares nothing takes its section's unit, in its value cells
      let target = cells;
      // (a row that names an estimate with its interval's level only, "Difference vs placebo (95% CI)", reads its estimate
      // in the section's unit of measure or time, and its interval with it)
      const section = decl && !(decl.kind === undefined && decl.ciLevel !== undefined && /\p{L}{3}/u.test(label.replace(CI_LABEL, ''))) ? undefined : sectionOf.get(cells[cells.length - 1]);
      if (section !== undefined && onlyFigures) {
        target = cells.filter(f => sectionOf.get(f) === section);
        const said = declaredBy(section);
        decl = !decl ? said : said?.kind === 'measure' || said?.kind === 'duration' || said?.kind === 'percent' ? { ...decl, kind: said.kind, unit: said.unit } : decl;
      }
      if (decl) {
        const t = columnOf.size ? target.filter(f => !ownColumn(f)) : target;
        // a row that declares its unit, under columns whose header declares only an interval's level ("| Change (95% CI) |"
        // over "| Weight, kg | -2.1 (-3.0, -1.2) |"): each column's cells read with both, the estimate in the row's unit and
        // the two numbers in brackets its interval
        const ciOf = (f: FigureEntity) => { const h = columnOf.get(f); const d = h !== undefined ? declOf(h) : undefined; return d && !d.kind ? d.ciLevel : undefined; };
        if (decl.kind && decl.kind !== 'countPercent' && decl.ciLevel === undefined && t.some(f => ciOf(f) !== undefined)) {
          for (let k = 0; k < t.length;) {
            const head = columnOf.get(t[k]);
            let e = k + 1;
            while (e < t.length && head !== undefined && columnOf.get(t[e]) === head) e++;
            const level = ciOf(t[k]);
            apply(t.slice(k, e), level !== undefined ? { ...decl, ciLevel: level } : decl, section ?? label, normalized, pairs);
            k = e;
          }
        } else apply(t, decl, section ?? label, normalized, pairs);
      }
      // a row of p-values ("| P value vs placebo | .04 | <.001 | 1.05 |"): a number above 1 among them is one too
      if (decl?.kind === 'pvalue' && cells.length >= 3) pRows.push(cells);
      // (a row that declares counts and shares leaves its other columns, a p-value's, to their headers)
      if (columnOf.size && (!decl || decl.kind === 'countPercent' || cells.some(isP))) {
        // cells whose column header (or the table's stub) declares a unit, each column's cells of the row together
        // (a count and its share in brackets: "12 (24.0)")
        for (let k = 0; k < cells.length;) {
          const head = columnOf.get(cells[k]);
          let e = k + 1;
          while (e < cells.length && head !== undefined && columnOf.get(cells[e]) === head) e++;
          const hd = head ? declOf(head) : undefined;
          if (decl && decl.kind !== 'countPercent' && hd?.kind !== 'pvalue' && hd?.kind !== 'ratio') { k = e; continue; }
          // (or a header that only says its bracket holds the p-value: "| Wald statistic (P value) |" over "| 4.1 (0.04) |")
          if (hd && (hd.kind || hd.ciLevel || hd.pInBrackets !== undefined)) apply(cells.slice(k, e), hd, head!, normalized, pairs);
          k = e;
        }
      }
      if (rowLevel !== undefined) apply(cells, { ciLevel: rowLevel }, label, normalized, pairs);
    }
    lineStart = lineEnd + 1;
  }
  readRowSequences(kept, normalized, spanLocator(tables), pairs);
  countBlocks(kept, normalized);
  countsWithShares(kept, normalized, tables);
  linesOfCountAndShare(kept, normalized, source);
  differencesOfShares(kept, normalized, tables);
  intervalsAfterEstimates(kept, normalized, tables);
  for (const col of [...pColumns, ...pRows]) pValuesAboveOne(col, normalized);
  for (const col of columnCells) sharesWithoutSign(col, normalized);
  const merged = intervalsInCells(pairs, normalized, source);
  return merged.size ? kept.filter(f => !merged.has(f)) : kept;
}

/** A block's title that says its numbers count people (labelUnits.json countTitles): a line of its own, or the last words of a line (a paragraph's lines read joined). */
const COUNT_TITLES = new Map(Object.entries(words.countTitles as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
const COUNT_TITLE_END = new RegExp(`(?:^|[\\s|*_#:.])(${wordsPattern(Object.keys(words.countTitles))})[\\s|*_#:]*$`, 'i');
/** A caption that is only such a title ("Participant milestones", "Participant flow"). */
const COUNT_TITLE_LINE = new RegExp(`^[\\s*_#]*(${wordsPattern(Object.keys(words.countTitles))})[\\s*_#:.]*$`, 'i');
/** A line that holds one whole number and nothing else but a cell's pipes. */
const NUMBER_LINE = /^[\s|]*\d[\d,]*[\s|]*$/;
/**
 * A block under a title that counts people ("Participant milestones", "Reasons for withdrawal"), as trial registries
 * lay out their flow of participants: a line that holds only a whole number counts the people the title names. The
 * title's reach ends at the next blank line; numbers written inside words ("9 hours later") are not read. Linear.
 */
function countBlocks(figures: FigureEntity[], normalized: string): void {
  // a blank line ends a block, so a paragraph's lines are read alone, kept by its text: an edit reads its own paragraph's
  let fi = 0;
  for (const p of paragraphRuns(normalized, countLines)) {
    for (const l of p.result) {
      const lineStart = p.from + l.start, lineEnd = p.from + l.end;
      while (fi < figures.length && figures[fi].end <= lineStart) fi++;
      const f = figures[fi];
      if (f && f.start < lineEnd && bare(f) && typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 0)
        Object.assign(f, { figureKind: 'count', unit: l.noun, reading: `a count of ${l.noun}: its block\u2019s title says so` });
    }
  }
}

/** The lines of a paragraph that hold one whole number under a block's title, with the title's noun (offsets in the paragraph). */
function countLines(paragraph: string): { start: number; end: number; noun: string }[] {
  const out: { start: number; end: number; noun: string }[] = [];
  let noun: string | undefined;
  for (let lineStart = 0; lineStart <= paragraph.length;) {
    let lineEnd = paragraph.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = paragraph.length;
    const line = paragraph.slice(lineStart, lineEnd);
    const title = COUNT_TITLE_END.exec(line);
    if (!line.trim()) noun = undefined;
    else if (title) noun = COUNT_TITLES.get(title[1].replace(/\s+/g, ' ').toLowerCase());
    else if (noun && NUMBER_LINE.test(line)) out.push({ start: lineStart, end: lineEnd, noun });
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Whether an offset lies in one of the sorted spans, asked in increasing order (one walk over them). */
function spanLocator(spans: readonly Span[]): { inside(at: number): boolean } {
  const at = spanCursor(spans);
  return { inside: (p: number) => at(p) !== undefined };
}

/** Words between two figures that belong to the values, not to a new row's label ("vs", "NE", "95% CI ... to"). */
const VALUE_WORDS = /\b(?:vs|versus|NR|NE|NA|CI|to)\b/gi;
/**
 * Whether the words between two figures hold a label's words (a confidence level with its "CI" is a row's label:
 * "80% CI\u2020(0.5, 17.3)"). @internal exported for the unit test that holds its shortcut to the full reading.
 */
export const hasLabelWords = (gap: string) => LONG_ASCII_WORD.test(gap) || /\p{L}{2,}/u.test(gap.replace(VALUE_WORDS, '')) || CI_LABEL.test(gap);
/**
 * Seven ASCII letters in a row: the gap has label words without more ado (most gaps are prose). Such letters lie in one run
 * of word characters, which VALUE_WORDS (whole words between word boundaries, six letters at most) never matches nor
 * cuts into, so they are still there, letters in a row, after its matches are taken out.
 */
const LONG_ASCII_WORD = /[A-Za-z]{7}/;
/** A verb that makes words a clause, not a row's label ("was", "achieved"): lexicon/grammar/labelUnits.json clauseVerbs. */
const CLAUSE_VERB = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.clauseVerbs)})(?![\\p{L}])`, 'iu');
/** Words that may label a row or a section of rows: short, and no clause. */
function labelLike(text: string): boolean {
  const t = text.trim();
  if (t.length > 120) return false;
  // (the same lines and labels are asked after every edit: the answer is kept by the words' content)
  return readPiece(shortLabelLike, t);
}
/** labelLike of a trimmed text of 120 characters at most: a pure function of it. */
function shortLabelLike(t: string): boolean {
  if (CLAUSE_VERB.test(t)) return false;
  let n = 0;
  for (const w of t.split(/\s+/)) if (w && ++n > 14) return false;
  return true;
}

/** The shape of a row's values: a number ("n") or a range ("r") each, in order ("nr": an estimate and its interval). */
/** The text of [start, end) with the spans' characters made spaces (the spans lie within it, in order). */
function withoutSpans(text: string, start: number, end: number, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = start;
  for (const sp of spans) { out += text.slice(at, sp.start) + ' '.repeat(sp.end - sp.start); at = sp.end; }
  return out + text.slice(at, end);
}

function shapeOf(cells: readonly FigureEntity[]): string {
  return cells.map(c => Array.isArray(c.value) ? 'r' : 'n').join('');
}

/**
 * A heading of a few words inside a table (four at most, no figure, no note's or sentence's mark): a group of a
 * section's rows ("Liver", "Investigator-assessed"), or the measure its rows give levels of ("Global response").
 */
export function shortHeading(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length >= 2 && t.length <= 40 && /\p{L}{2}/u.test(t) && !/[\d.,;:!?()%|]/.test(t) && t.split(' ').length <= 4;
}

/** One row of a line read as rows: its label's span and its figures (none for the words after the last figure). */
interface LineRow { labelStart: number; labelEnd: number; cells: FigureEntity[] }
/** A line's rows: each run of figures with the words before it; the words after the last run come last, without figures. */
function rowsOfLine(normalized: string, lineStart: number, lineEnd: number, cells: FigureEntity[]): LineRow[] {
  const out: LineRow[] = [];
  let cur: LineRow | undefined;
  let prevEnd = lineStart;
  for (const c of cells) {
    if (!cur || hasLabelWords(normalized.slice(prevEnd, c.start))) { cur = { labelStart: prevEnd, labelEnd: c.start, cells: [] }; out.push(cur); }
    cur.cells.push(c);
    prevEnd = c.end;
  }
  if (prevEnd < lineEnd && hasLabelWords(normalized.slice(prevEnd, lineEnd))) out.push({ labelStart: prevEnd, labelEnd: lineEnd, cells: [] });
  return out;
}
/** A line of two or more rows, every row's label a label (no clause): a table's rows glued into one line. */
function manyRows(normalized: string, lineStart: number, lineEnd: number, cells: FigureEntity[]): boolean {
  const rows = rowsOfLine(normalized, lineStart, lineEnd, cells).filter(r => r.cells.length > 0);
  return rows.length >= 2 && cells.length >= 4 && rows.every(r => labelLike(normalized.slice(r.labelStart, r.labelEnd)));
}

/**
 * Rows outside the tables found, read as a reader reads them: a line may hold many rows (a table flattened into one
 * line, or a paragraph's lines joined: "Best response, n (%) CR0 (0.0)1 (2.5) PR3 (7.5)5 (12.5)"), each run of values
 * after a label's words that label's row; and a line of words without values ("Time to relapse, weeks"), or the
 * words after a line's last value, heads the rows under it, as a section row heads a table's. A row's own label
 * declares first; else its section's. In a line that holds many rows with no line ends between them, a label that
 * declares a count and its share, a share, a count or a time heads the rows after it too, until another declares.
 * Every label must be a label (a few words, no clause); a blank line, a line in a table found, or a line of prose ends
 * the section. Only bare figures are read. Linear in the text and the figures.
 */
function readRowSequences(figures: FigureEntity[], normalized: string, inTable: { inside(at: number): boolean }, pairs: Pair[]): void {
  let fi = 0;
  let section: { decl: Declared; label: string } | undefined;
  const setSection = (text: string) => {
    const label = labelLike(text);
    const d = label ? declaredBy(text) : undefined;
    // (a heading of a few words that declares nothing, "Liver" or "Investigator-assessed" under "Events, n (%)", groups
    // the section's rows and leaves it open; a longer line that declares nothing is a caption of its own and ends it)
    section = d?.kind ? { decl: d, label: text.trim() } : label && !d && shortHeading(text) ? section : undefined;
  };
  for (let lineStart = 0; lineStart <= normalized.length;) {
    let lineEnd = normalized.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = normalized.length;
    const line = normalized.slice(lineStart, lineEnd);
    while (fi < figures.length && figures[fi].end <= lineStart) fi++;
    if (!line.trim() || inTable.inside(lineStart)) { section = undefined; lineStart = lineEnd + 1; continue; }
    const cells: FigureEntity[] = [];
    for (let k = fi; k < figures.length && figures[k].start < lineEnd; k++) if (figures[k].figureKind !== 'date') cells.push(figures[k]);
    const rows = rowsOfLine(normalized, lineStart, lineEnd, cells);
    const valued = rows.filter(r => r.cells.length > 0);
    if (valued.length === 0) { setSection(line); lineStart = lineEnd + 1; continue; }
    // (a line of prose, and a table's rows joined to it in one paragraph: a caption or a sentence, then the cells of a
    // table copied one a line, then a note. A row whose label is no label (a clause, a long caption) ends what is read;
    // the rows between two such are a table's when their labels say what their values are, and are read from a fresh start)
    const runs: LineRow[][] = [[]];
    for (const r of rows) {
      if (r.cells.length && !labelLike(normalized.slice(r.labelStart, r.labelEnd))) runs.push([]);
      else runs[runs.length - 1].push(r);
    }
    for (const read of runs) {
      if (runs.length > 1) {
        section = undefined;
        // (a table's rows, not prose's numbers: three or more rows of values, at least half of them, and two or more,
        // under labels that declare what their values are)
        const valuedRows = read.filter(r => r.cells.length);
        const declaring = valuedRows.filter(r => { const d = declaredBy(normalized.slice(r.labelStart, r.labelEnd)); return !!(d?.kind || d?.ciLevel); }).length;
        if (valuedRows.length < 3 || declaring < 2 || 2 * declaring < valuedRows.length) continue;
      }
      const readCells = read.reduce((n, r) => n + r.cells.length, 0);
      const runOn = read.filter(r => r.cells.length).length >= 2 && readCells >= 6;
      for (const r of read) {
        // (a line end a paragraph's reading joined is a soft wrap, no cell's edge: the label is read whole, so that the
        // same text wrapped at another width reads the same)
        const pieces = [normalized.slice(r.labelStart, r.labelEnd)];
        const words = pieces.filter(p => /\p{L}/u.test(p));
        if (r.cells.length === 0) { for (const p of words) setSection(p); continue; }
        for (const p of words.slice(0, -1)) setSection(p);
        const label = words.length ? words[words.length - 1] : '';
        let own = label ? declaredBy(label) : undefined;
        // ("Best response, n (%)" over "Complete response 3 (12)": a row named by a response, which alone would read as a
        // rate, is counted as its section says; the section's words state the unit, the row's name only suggests one)
        if (own?.kind === 'rate' && own.ciLevel === undefined && (section?.decl.kind === 'countPercent' || section?.decl.kind === 'count') && !/%/.test(label)) own = undefined;
        if (own?.kind || own?.ciLevel) {
          apply(r.cells, own, label, normalized, pairs);
          if (runOn && words.length === 1 && pieces.length === 1 && (own.kind === 'countPercent' || own.kind === 'percent' || own.kind === 'count' || own.kind === 'duration')) section = { decl: own, label: label.trim() };
        } else if (section && (section.decl.kind === 'count' || section.decl.kind === 'countPercent') && MEASURE_STATISTIC.test(label)) {
          // ("Patients, n 46 26 Mean (SD) 71.4 (11.8)": a mean is never a count; the count's section ends at it)
          section = undefined;
        } else if (section) apply(r.cells, section.decl, section.label, normalized, pairs);
      }
    }
    if (runs.length > 1) section = undefined;
    lineStart = lineEnd + 1;
  }
}

/** Between an estimate and the next cell: its closing bracket or sign perhaps, one cell's bar, an opening bracket perhaps. */
const NEXT_CELL_GAP = /^[ \t)\]%]*\|[ \t(\[]*$/;
/** The kinds of estimate a table states an interval for. */
const ESTIMATE_KINDS = new Set(['percent', 'ratio', 'duration', 'other']);
/** @internal How an interval read by the estimate in the cell before it is read (the unit test asks it). */
export const INTERVAL_AFTER_ESTIMATE = 'the interval in the cell after its estimate, which it holds';

/**
 * A range alone in the cell right after an estimate's cell, the estimate within it, in a table whose header names a
 * confidence interval's level ("| Rate (%) | 95% CI |" somewhere over the rows): that estimate's interval, in its unit.
 * A copy that shifts a row's cells under the wrong heads (a label cell more or less than the header has) leaves the
 * interval out of its column's reach; the order of estimate and interval still holds. A range that does not hold the
 * figure before it is no interval of it and is left alone. Linear in the tables' rows and the figures.
 */
function intervalsAfterEstimates(figures: FigureEntity[], normalized: string, tables: readonly DocTable[]): void {
  let at = 0;
  for (const t of tables) {
    const { headerRows } = tableColumns(t, normalized);
    let level: number | undefined;
    for (const row of [...t.header, ...headerRows]) {
      for (const cell of row.cells) {
        const text = normalized.slice(cell.start, cell.end);
        if (text.length > 80 || !/\d/.test(text)) continue;
        const d = declaredBy(text);
        if (d?.ciLevel !== undefined) { level = d.ciLevel; break; }
      }
      if (level !== undefined) break;
    }
    if (level === undefined) continue;
    for (const row of t.rows) {
      if (headerRows.has(row)) continue;
      while (at < figures.length && figures[at].start < row.start) at++;
      let prev: FigureEntity | undefined;
      for (let k = at; k < figures.length && figures[k].start < row.end; k++) {
        const f = figures[k];
        if (f.figureKind === 'date') { prev = undefined; continue; }
        if (prev && bare(f) && Array.isArray(f.value) && f.value.length === 2 && typeof prev.value === 'number' && ESTIMATE_KINDS.has(prev.figureKind)
          && (prev.figureKind !== 'other' || !!prev.unit) && f.value[0] <= prev.value && prev.value <= f.value[1] && f.value[0] < f.value[1]
          && NEXT_CELL_GAP.test(normalized.slice(prev.end, f.start)) && aloneInCell(normalized, f)) {
          Object.assign(f, { figureKind: 'ci', unit: prev.unit, level, reading: `${INTERVAL_AFTER_ESTIMATE} (the table\u2019s header names ${level} % intervals)` });
        }
        prev = f;
      }
    }
  }
}

/**
 * "| n (%) | 95% CI |" over "| 17 (42.5) | 27.0, 59.1 |": a cell under a confidence interval's header that holds two
 * bare numbers apart by a comma, a semicolon or "to" is one interval, lower bound first (a minus apart from its number,
 * "\u2212 6.0, 19.3", is the bound's sign), in the unit of the estimate in the cell before it. The upper bound's figure
 * joins the lower's; the figures it leaves are returned.
 */
function intervalsInCells(pairs: Pair[], normalized: string, source: string): Set<FigureEntity> {
  const gone = new Set<FigureEntity>();
  for (const { lower, upper, level, cellStart, estimate, label } of pairs) {
    if (!bare(lower) || !bare(upper) || typeof lower.value !== 'number' || typeof upper.value !== 'number' || lower.comparator || upper.comparator) continue;
    if (!/^\s*(?:[,;]|to)\s*$/.test(normalized.slice(lower.end, upper.start))) continue;
    const lead = normalized.slice(cellStart, lower.start);
    if (!/^\s*(?:[-\u2212\u2013]\s*)?$/.test(lead)) continue;
    const lo = /[-\u2212\u2013]/.test(lead) ? -lower.value : lower.value;
    if (lo > upper.value) continue;
    const start = /[-\u2212\u2013]/.test(lead) ? cellStart + lead.search(/[-\u2212\u2013]/) : lower.start;
    Object.assign(lower, { start, end: upper.end, text: source.slice(start, upper.end), value: [lo, upper.value], figureKind: 'ci', level,
      unit: estimate && estimate.figureKind !== 'count' ? estimate.unit : '', reading: `an interval: its two bounds under a label of intervals (${label.replace(/\s+/g, ' ').trim()})` });
    gone.add(upper);
  }
  return gone;
}

/**
 * A column that writes its shares with the sign in some cells and bare in others ("| 30% |" over "| 28.5 |"): the
 * bare numbers are shares too. Read only when every cell holds one number, some written with "%" and the others
 * bare and between 0 and 100 (a cell of a count and its share, "12 (30%)", or any other kind leaves the column alone).
 */
function sharesWithoutSign(col: FigureEntity[][], normalized: string): void {
  let signed = 0;
  const bareOnes: FigureEntity[] = [];
  for (const cell of col) {
    if (cell.length !== 1) return;
    const f = cell[0];
    if (typeof f.value !== 'number') return;
    if (f.figureKind === 'percent' && /%\s*$/.test(normalized.slice(f.start, f.end))) signed++;
    else if (bare(f) && !f.comparator && f.value >= 0 && f.value <= 100) bareOnes.push(f);
    else return;
  }
  if (signed === 0 || bareOnes.length === 0) return;
  for (const f of bareOnes) Object.assign(f, { figureKind: 'percent', unit: '%', reading: 'a share: its column writes the others with "%"' });
}

/**
 * A number above 1 in a column of p-values ("| P value |" over ".04", "<0.001", "1.05"): every other cell of the
 * column is a p-value, so it is one too, and an impossible one. Read only when at least two other cells of the
 * column are p-values and none is anything else, so that a column the header was laid over wrongly is left alone.
 */
function pValuesAboveOne(col: FigureEntity[], normalized: string): void {
  const others = (f: FigureEntity) => col.filter(g => g !== f);
  for (const f of col) {
    if (!bare(f) || typeof f.value !== 'number' || f.value <= 1 || f.value >= 10 || !/^\d[.,\u00b7]\d+$/.test(normalized.slice(f.start, f.end))) continue;
    const rest = others(f);
    if (rest.length < 2 || !rest.every(g => g.figureKind === 'pvalue' || (bare(g) && typeof g.value === 'number' && g.value > 1 && g.value < 10))) continue;
    if (rest.filter(g => g.figureKind === 'pvalue').length < 2) continue;
    Object.assign(f, { figureKind: 'pvalue', unit: '', reading: 'read as a p-value: its column\u2019s header names p-values, and its other cells are' });
  }
}

/**
 * "| Nausea | 12 (10.0) | 5 (4.2) |" under "| | AB-101 (n=120) | Placebo (n=118) |": a cell of a whole number and a number in
 * brackets, where the second is the first's share of the column's group in per cent (12 of 120 is 10.0 %, to the
 * bracket's last decimal), is a count of the group's people and its share, whatever the header leaves unsaid.
 */
function countsWithShares(figures: FigureEntity[], normalized: string, tables: readonly DocTable[]): void {
  let at = 0;
  const unfit: { a: FigureEntity; b: FigureEntity; n: number; column: string; row: string }[] = [];
  const fitted = new Map<string, number>();
  for (const t of tables) {
    if (!t.header.length) continue;
    const { heads, headerRows } = tableColumns(t, normalized);
    if (![...heads.values()].some(h => h.n)) continue;
    for (const row of t.rows) {
      if (headerRows.has(row)) continue;
      for (let c = 1; c < row.cells.length; c++) {
        const n = heads.get(c)?.n;
        const cell = row.cells[c];
        while (at < figures.length && figures[at].start < cell.start) at++;
        if (!n || at + 1 >= figures.length) continue;
        const a = figures[at], b = figures[at + 1];
        if (b.end > cell.end || (at + 2 < figures.length && figures[at + 2].start < cell.end)) continue;
        if (!bare(a) || !bare(b) || typeof a.value !== 'number' || typeof b.value !== 'number' || !Number.isInteger(a.value) || a.value < 0 || a.value > n) continue;
        if (!/^\s*\(\s*$/.test(normalized.slice(a.end, b.start)) || !/^\s*\)/.test(normalized.slice(b.end, b.end + 3))) continue;
        const decimals = /\.(\d+)$/.exec(normalized.slice(b.start, b.end))?.[1].length ?? 0;
        if (Math.abs((100 * a.value) / n - b.value) > 10 ** -decimals + 1e-9) {
          // (kept: read as a pair when its column or its row shows the form, below)
          if (b.value >= 0 && b.value <= 100) unfit.push({ a, b, n, column: `${t.start}|${c}`, row: `${t.start}|${row.start}` });
          continue;
        }
        Object.assign(a, { figureKind: 'count', unit: 'patients', reading: `a count of its column's group (n=${n}), its share in brackets` });
        Object.assign(b, { figureKind: 'percent', unit: '%', reading: `the share of its column's group (n=${n}) the count before it is` });
        fitted.set(`${t.start}|${c}`, (fitted.get(`${t.start}|${c}`) ?? 0) + 1);
        fitted.set(`${t.start}|${row.start}`, (fitted.get(`${t.start}|${row.start}`) ?? 0) + 1);
      }
    }
  }
  // "| Headache | 6 (15.0) | 5 (14.2) |": a cell of the same form whose share is off its column's group is still a count
  // and its share (an error the checks then report), when two or more cells of its column, or of its row, are read so
  for (const { a, b, n, column, row } of unfit) {
    if ((fitted.get(column) ?? 0) < 2 && (fitted.get(row) ?? 0) < 2) continue;
    Object.assign(a, { figureKind: 'count', unit: 'patients', reading: `a count of its column's group (n=${n}), its share in brackets` });
    Object.assign(b, { figureKind: 'percent', unit: '%', reading: `the share in brackets of the count before it (its column's cells are counts and shares)` });
  }
}

/** Between a count and its share in brackets: "8 (1.6)", "21(4.2)". */
const SHARE_OPEN = /^ ?\( ?$/;
/** A line's start before a figure, or its end after the closing bracket: only blanks (a cell's footnote mark after it). */
const LINE_BEFORE = /(?:^|\n)[ \t]*$/;
const LINE_AFTER = /^ ?\)[\u2020\u2021*a-d]{0,2}[ \t]*(?:\n|$)/;
/**
 * "8 (1.6)" alone on its line, in a table copied one cell a line under "(N=502)": a whole number and a number in
 * brackets, both read as no kind, are a count and its share when the share is the count's of a group the document
 * sizes ("N=502", "n = 258") to the share's decimals. The arithmetic decides; a line of other words is prose's.
 */
function linesOfCountAndShare(kept: FigureEntity[], normalized: string, source: string): void {
  const sizes = new Set<number>();
  for (const f of kept) if (f.figureKind === 'count' && typeof f.value === 'number' && /^\(?\s*[nN]\s?=/.test(normalized.slice(f.start, f.end))) sizes.add(f.value);
  if (!sizes.size) return;
  const misfits: [FigureEntity, FigureEntity][] = [];
  let fitted = 0;
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i], b = kept[i + 1];
    // (the share may be read already, its count not: "101(40.4)", glued)
    // (a count the reader gave the noun of the row's label, "Patients with AE" over "96 (78.0)", is a count still)
    if (!(bare(a) || namedCount(a)) || !(bare(b) || (b.figureKind === 'percent' && b.unit === '%')) || typeof a.value !== 'number' || typeof b.value !== 'number' || !Number.isInteger(a.value) || a.value < 0 || b.value > 100) continue;
    // (the lines as written: the reading text joins a paragraph's lines)
    if (!SHARE_OPEN.test(normalized.slice(a.end, b.start)) || !LINE_BEFORE.test(source.slice(Math.max(0, a.start - 8), a.start)) || !LINE_AFTER.test(source.slice(b.end, b.end + 8))) continue;
    const decimals = (normalized.slice(b.start, b.end).split(/[.,]/)[1] ?? '').length;
    const n = [...sizes].find(size => size >= (a.value as number) && size > 0 && shareOf(a.value as number, size, b.value as number, decimals));
    if (n === undefined) {
      // (a share written with its decimals that fits no group: kept, to be read as the column's own if enough others fit)
      if (decimals > 0 && decimals <= 2) misfits.push([a, b]);
      i++;
      continue;
    }
    Object.assign(a, { figureKind: 'count', unit: 'patients', reading: `${LINE_CELL_READING}, its share of a group of ${n} in brackets` });
    Object.assign(b, { figureKind: 'percent', unit: '%', reading: `the share of a group of ${n} the count before it is` });
    fitted++;
    i++;
  }
  // lines of that shape among at least MIN_FITTED that fit are a column of counts and shares too: read so, their arithmetic
  // is the checks' to judge
  if (fitted < MIN_FITTED) return;
  for (const [a, b] of misfits) {
    Object.assign(a, { figureKind: 'count', unit: 'patients', reading: `${LINE_CELL_READING}, its share in brackets (of no group the document sizes)` });
    Object.assign(b, { figureKind: 'percent', unit: '%', reading: 'the share the count before it is, among lines of counts and shares' });
  }
}

/** How many lines of a count and its share must fit a stated group before a line of that shape that fits none is read as one. */
const MIN_FITTED = 3;

/** A column that compares the groups by their difference (binding.json comparisonColumns, its ratios left out). */
const DIFFERENCE_COLUMN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(bindingWords.comparisonColumns.words.filter(w => !/ratio|^(?:HR|OR|RR|ETR)$/i.test(w)))})(?![\\p{L}])`, 'iu');

/**
 * "| Remission, n (%) | 21 (35.0) | 8 (13.8) | 21.2 (6.6 to 35.8) |" under "Difference (95% CI)": a bare number in a
 * column that compares the groups, equal to the difference of two of its row's shares (within their rounding), is that
 * difference, in percentage points, and the range in brackets after it its interval. The arithmetic decides: a
 * difference of means or a count in such a column is left as it is.
 */
function differencesOfShares(kept: FigureEntity[], normalized: string, tables: readonly DocTable[]): void {
  for (const t of tables) {
    const { heads, headerRows } = tableColumns(t, normalized);
    const compared = new Set<number>();
    /** The cells of the compared columns that may be differences, and how many of each column's are read so. */
    const candidates: { c: number; d: FigureEntity; interval: FigureEntity | undefined }[] = [];
    const fittedIn = new Map<number, number>();
    // ("Difference, % (95% CI)", "% difference": a header that writes the per cent sign, not as a number's or the
    // interval's level, says its differences of shares are in points, whatever the rounding of the shares beside them)
    const inPercent = new Set<number>();
    for (const [c, head] of heads) if (DIFFERENCE_COLUMN.test(head.text)) {
      compared.add(c);
      if (head.text.replace(CI_LABEL, ' ').replace(NUMBER_WITH_SIGN, ' ').includes('%')) inPercent.add(c);
    }
    if (!compared.size) continue;
    for (const row of t.rows) {
      if (headerRows.has(row)) continue;
      const inCell = row.cells.map(cell => itemsWithin(kept, cell.start, cell.end));
      const shares: FigureEntity[] = [];
      inCell.forEach((fs, c) => { if (c > 0 && !compared.has(c)) for (const f of fs) if (f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number') { shares.push(f); break; } });
      if (shares.length < 2 || shares.length > 6) continue;
      for (const c of compared) {
        const [d, interval] = inCell[c] ?? [];
        if (!d || d.figureKind !== 'other' || d.unit !== '' || typeof d.value !== 'number') continue;
        candidates.push({ c, d, interval });
        const dv = d.value;
        // (within the rounding of the three numbers as written)
        const half = shares.map(f => halfUnit(normalized.slice(f.start, f.end)));
        const dHalf = halfUnit(normalized.slice(d.start, d.end)) + 1e-9;
        let found = false;
        for (let i = 0; i < shares.length && !found; i++) for (let j = 0; j < shares.length && !found; j++) {
          if (i !== j && Math.abs((shares[i].value as number) - (shares[j].value as number) - dv) <= half[i] + half[j] + dHalf) found = true;
        }
        if (!inPercent.has(c) && (!found || dv === 0)) continue;
        asPoints(d, interval, 'a difference of its row\u2019s two shares, in percentage points');
        fittedIn.set(c, (fittedIn.get(c) ?? 0) + 1);
      }
    }
    // "| Remission | 21 (35.0) | 8 (13.8) | 12.4 |" in a column where two rows or more are their shares' differences: a
    // bare number of the same column is one too, its arithmetic off (an error the checks then report)
    for (const { c, d, interval } of candidates) {
      if (d.figureKind !== 'other' || (fittedIn.get(c) ?? 0) < 2) continue;
      asPoints(d, interval, 'a difference of its row\u2019s shares, in percentage points, as its column\u2019s other cells are');
    }
  }
  function asPoints(d: FigureEntity, interval: FigureEntity | undefined, how: string): void {
    Object.assign(d, { figureKind: 'percent', unit: 'percentage points', reading: how });
    if (interval && Array.isArray(interval.value) && (interval.figureKind === 'ci' || bare(interval)) && !interval.unit && /^\s*[(\[]\s*$/.test(normalized.slice(d.end, interval.start))) {
      Object.assign(interval, { figureKind: 'ci', unit: 'percentage points', reading: `${how}: its interval` });
    }
  }
}
