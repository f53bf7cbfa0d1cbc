/**
 * Figures: every number in a block, parsed with its kind, value and unit. A single left-to-right
 * scan; at each number it looks a bounded distance left (currency, comparator, "n =", "HR",
 * "p <") and right (unit, range, "-fold", "of N"), using sticky regular expressions without
 * nested quantifiers, so the whole scan is linear in the block's length.
 *
 * Offsets are relative to the block. `mask` marks characters already taken by named entities
 * (code names such as LBL-024, targets such as CD40 or 4-1BB, trial names): no figure starts there.
 */
import type { FigureKind, FigureReading } from '../model';
import { wordsPattern } from '../words';
import { byWord, clearedWithMemo, ownCopy } from '../memo';
import { decimalsOf, shareOf } from '../checks/check';
import nesting from '../../../lexicon/grammar/nesting.json';
import moneyRoles from '../../../lexicon/grammar/moneyRoles.json';
import numbersData from '../../../lexicon/builtin/numbers.json';
import peopleData from '../../../lexicon/grammar/people.json';
import labelUnitWords from '../../../lexicon/grammar/labelUnits.json';
import endpointsData from '../../../lexicon/builtin/endpoints.json';

// --- words from server/lexicon/builtin/numbers.json ------------------------------------------------
type Words<T> = Record<string, T>;
/** A map of a numbers.json section without its "$comment" keys (a key that is a sign, "$", "$m", stays: "2,5 Mio. $"). */
function section<T>(o: unknown): Words<T> {
  const out: Words<T> = {};
  for (const [k, v] of Object.entries(o as Record<string, unknown>)) if (!/^\$comment/.test(k)) out[k] = v as T;
  return out;
}
export const NUMBER_WORDS_DATA = {
  languages: section<string[]>(numbersData.languages),
  thousandsDot: new Set<string>(numbersData.thousandsDot),
  thousandsSpace: new Set<string>(numbersData.thousandsSpace),
  // the scale characters of Chinese and Japanese ('万', '亿') are scales too, so that a figure's unit '亿' is looked up as 'million' is
  scales: { ...section<number>(numbersData.scales), ...section<number>(numbersData.cjkScales) },
  cjkScales: section<number>(numbersData.cjkScales),
  cjkCurrencies: section<string>(numbersData.cjkCurrencies),
  scaledCurrencies: section<[string, number]>(numbersData.scaledCurrencies),
  currencyWords: section<[string, number]>(numbersData.currencyWords),
  currencyAdjectives: section<[string, number]>(numbersData.currencyAdjectives),
  versusSums: numbersData.versusSums as string[],
  versusSumsOnly: numbersData.versusSumsOnly as string[],
  krone: section<string>(numbersData.krone),
  percentWords: numbersData.percentWords as string[],
  percentPointWords: new Set<string>(numbersData.percentPointWords),
  durationWords: section<string>(numbersData.durationWords),
  durationWordsCjk: section<string>(numbersData.durationWordsCjk),
  countNouns: section<string>(numbersData.countNouns),
  numberWords: section<Words<number>>(numbersData.numberWords),
  compoundDurations: section<string>(numbersData.compoundDurations),
  fractions: section<number>(numbersData.fractions),
  multiples: section<number>(numbersData.multiples),
  halving: section<number>(numbersData.halving),
  months: section<number>(numbersData.months),
  dateSpanJoins: numbersData.dateSpanJoins as string[],
  seasons: section<[number, number]>(numbersData.seasons),
  seasonYearLinks: numbersData.seasonYearLinks as string[],
  monthYearLinks: numbersData.monthYearLinks as string[],
  halfYears: section<string>(numbersData.halfYears),
  articles: section<string[]>(numbersData.articles),
  ordinalFractions: new Set<string>(numbersData.ordinalFractions.words),
  shareOf: new Set<string>(numbersData.shareOf.words),
  fractionBy: new Set<string>(numbersData.ordinalFractionAfterBy.by),
  fractionEndWords: new Set<string>(numbersData.ordinalFractionAfterBy.endWords),
  periodOrdinals: new Set<string>(numbersData.periodOrdinals.words),
  periodOrdinalNumbers: section<number>(numbersData.periodOrdinalNumbers),
  periodYearLinks: numbersData.periodYearLinks.words as string[],
  notAShareAfter: new Set<string>(numbersData.notAShareAfter.words),
  adjectiveMultiples: numbersData.adjectiveMultiples,
  timesWords: numbersData.timesWords,
  digitShares: section<number>(numbersData.digitShares),
  orWords: section<string[]>(numbersData.orWords),
  orMore: section<string[]>(numbersData.orMore),
  orLess: section<string[]>(numbersData.orLess),
  outOf: section<string[]>(numbersData.outOf),
  elativeNumbers: section<number>(numbersData.elativeNumbers),
  doseUnits: section<string>(numbersData.doseWords.units),
  perKilogram: numbersData.doseWords.perKilogram as string[],
  compoundHeads: section<string>(numbersData.compoundHeads),
  labels: new Set<string>(numbersData.labels.words),
  namesAfterOrdinal: new Set<string>(numbersData.namesAfterOrdinal.words),
  isotopeSymbols: numbersData.isotopeSymbols.words as string[],
  seriesOrdinals: section<number>(numbersData.seriesOrdinals),
  seriesNouns: section<string>(numbersData.seriesNouns),
  ofWhich: numbersData.ofWhich.words as string[],
  partitive: numbersData.partitive.words as string[],
  ofThem: numbersData.ofThem.words as string[],
  numberOf: numbersData.numberOf.words as string[],
  coordinators: new Set<string>(numbersData.coordinators.words),
  countWords: section<string>(numbersData.countWords),
  wholeBefore: numbersData.wholeBefore.words as string[],
  changeFromTo: numbersData.changeFromTo,
  lostDashBefore: new Set<string>(numbersData.lostDashBefore.words),
  sumNouns: new Set<string>(numbersData.sumNouns.words),
  notModifiers: new Set<string>([...numbersData.notModifiers.words, ...Object.entries(numbersData.languages).filter(([k]) => !k.startsWith('$')).flatMap(([, v]) => v as string[])]),
};
/** A spread's name that is no interval (labelUnits.json spreadNames): "IQR", "range". */
const SPREAD_NAMED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(labelUnitWords.spreadNames.words)})(?![\\p{L}])`, 'iu');
const W = NUMBER_WORDS_DATA;

const LANGUAGE_OF_WORD = new Map<string, string[]>();
for (const [lang, words] of Object.entries(W.languages)) for (const w of words) LANGUAGE_OF_WORD.set(w, [...(LANGUAGE_OF_WORD.get(w) ?? []), lang]);

/**
 * The language a text is written in, from its function words ("und", "och", "het"): the language
 * with the most hits, 'en' when no other language has at least three and leads English.
 * Linear in the text's length.
 */
/**
 * Whether a range may be a ratio's interval: positive and of the ratio's scale, each bound within a factor of two of
 * the ratio ("1.10 (0.85-1.44)", and "0.93 (0.58-0.87)", which misses it), not a spread of something else ("0.73 (12-18)").
 */
export function ofRatioScale(ratio: number, range: [number, number] | number[]): boolean {
  return ratio > 0 && range[0] > 0 && range[0] <= ratio * 2 && ratio <= range[1] * 2;
}

export function languageOf(text: string): string {
  return languagesOf(text)[0];
}

/**
 * The languages a text may be written in, best first. With `minHits` 1 (for short blocks: a title,
 * a one-line paragraph) one function word of a language decides when no English one stands beside
 * it, and every language tied for the top is returned ("som" and "p\u00e5" are Swedish, Danish and
 * Norwegian alike).
 */
export function languagesOf(text: string, minHits = 3): string[] {
  return decideLanguages(languageScores(text), minHits);
}

/**
 * The text last scored and its scores, when it was a block's length at most: a block's recognition asks for its
 * language three times (its entities, its figures' number habit, its numbers in words), of the very same string.
 * The scores are only read by whoever receives them (the memo of paragraphs keeps them too).
 */
let lastScored: { text: string; score: Map<string, number> } | undefined;
const MAX_SCORED_KEPT = 8192;
clearedWithMemo(() => { lastScored = undefined; });

/** The hits of each language's function words in a text, languages in the order they first appear. Never changed by a caller. */
export function languageScores(text: string): Map<string, number> {
  if (lastScored !== undefined && lastScored.text === text) return lastScored.score;
  const score = scoreLanguages(text);
  // (a copy of its own: a slice would keep the whole text it was cut from)
  if (text.length <= MAX_SCORED_KEPT) lastScored = { text: ownCopy(text), score };
  return score;
}

function scoreLanguages(text: string): Map<string, number> {
  const score = new Map<string, number>();
  const re = /\p{L}+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const langs = LANGUAGE_OF_WORD.get(m[0].toLowerCase());
    if (langs) for (const l of langs) score.set(l, (score.get(l) ?? 0) + 1);
  }
  return score;
}

/** The language of a text whose parts were scored apart: their scores added, in the parts' order (the same as scoring the whole). */
export function languageOfScores(parts: readonly Map<string, number>[], minHits = 3): string {
  const score = new Map<string, number>();
  for (const p of parts) for (const [l, n] of p) score.set(l, (score.get(l) ?? 0) + n);
  return decideLanguages(score, minHits)[0];
}

function decideLanguages(score: Map<string, number>, minHits: number): string[] {
  let best = 'en', top = 0;
  for (const [l, n] of score) if (n > top) { best = l; top = n; }
  const en = score.get('en') ?? 0;
  if (best !== 'en' && (top < minHits || top <= en || (top < 3 && en > 0))) return ['en'];
  return [best, ...[...score].filter(([l, n]) => n === top && l !== best).map(([l]) => l)];
}

/** How a block writes its numbers: its language, and whether a lone ".ddd" or " ddd" group is a thousands group there. */
export interface NumberHabit {
  lang: string; dotThousands: boolean; spaceThousands: boolean;
  /** A lone ",ddd" group is decimals: a language that writes decimal commas, in a block that writes them and never a comma between thousands. */
  commaDecimal?: boolean;
}

/** A decimal point written as one ("3.5", "0.25"), not a date's ("03.02.2026") nor a version's ("1.2.3"). */
export function countDecimalPoints(text: string): number {
  const re = /\d\.\d{1,2}(?!\d)/g;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (/^\.\d/.test(after) || text[m.index - 1] === '.') continue;
    n++;
  }
  return n;
}

/** A decimal comma written as one ("3,5", "0,25"), not a thousands comma ("2,500"). */
function countDecimalCommas(text: string): number {
  const re = /\d,\d{1,2}(?![\d])/g;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/**
 * How a block writes its numbers. A lone ".ddd" group is a thousands group in a language that
 * writes them so ("12.480 Teilnehmer") when the block writes no decimal point, or writes decimal
 * commas at least twice as often as points (an English "HR 0.75" quoted in a German text).
 */
export function habitOf(text: string): NumberHabit {
  const lang = languageOf(text);
  const points = W.thousandsDot.has(lang) ? countDecimalPoints(text) : 0;
  return {
    lang,
    dotThousands: W.thousandsDot.has(lang) && (points === 0 || countDecimalCommas(text) >= 2 * points),
    spaceThousands: W.thousandsSpace.has(lang),
    commaDecimal: (W.thousandsDot.has(lang) || W.thousandsSpace.has(lang)) && countDecimalCommas(text) > 0 && !COMMA_THOUSANDS_WRITTEN.test(text),
  };
}

/** A comma that can only be a thousands separator: two groups ("1,250,000") or a decimal point after one ("1,250.5"). */
const COMMA_THOUSANDS_WRITTEN = /\d,\d{3}(?:,\d{3}|\.\d)/;

/** A scale word only the languages of the decimal comma write, right after a number (numbers.json decimalCommaScales). */
const DECIMAL_COMMA_SCALE = new RegExp(`^[ \\u00a0]?(?:${wordsPattern(numbersData.decimalCommaScales)})(?![\\p{L}])`, 'iu');
const ENGLISH_HABIT: NumberHabit = { lang: 'en', dotThousands: false, spaceThousands: false };

/** A figure as block recognition reads it; offsets relative to the block. */
export interface RawFigure extends FigureReading {
  start: number;
  end: number;
  /** A count in words whose denominator is a figure in digits ("eleven of 25 patients"): it takes that figure's place. */
  absorbs?: boolean;
}

// Number: "2,900" / "285,000" / "1,234.5" (thousands), or "14,9" / "54.4" / "7" (decimal comma or point).
// "1.250.000" (dots between thousands, two groups or more), "1'250" (apostrophes, Swiss).
// (a leading 0 is never a group of thousands: "0,0001" is a decimal)
const NUM = /[1-9]\d{0,2}(?:\.\d{3})+,\d+|[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?|[1-9]\d{0,2}(?:'\d{3})+(?:[.,]\d+)?(?!\d)|[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d.])|\d+(?:[.,\u00b7]\d+)?/y;
/** Thousands groups after spaces ("1 250 000"), with a decimal comma or point after them. */
const SPACE_GROUPS = /(?: \d{3})+(?:[.,]\d+)?(?![\d]|[.,]\d)/y;
/** A link between two numbers and a bound or hedge of the second: " och högst ", " and up to ", " bis ", " - ". */
const SPACED_LINK = new RegExp(`[ ]?(?:och|and|und|et|y|og|eller|or|to|till|til|bis|à|a|–|-)[ ]?(?:(?:${wordsPattern([...Object.entries(numbersData.comparatorWords).filter(([k]) => !k.startsWith('$')).flatMap(([, v]) => v as string[]), 'at most', 'up to', 'at least', 'about', 'approximately'])})[ ])?`, 'iuy');
/** A whole number with its thousands spaced, two groups or more: "4 150 000". */
const SPACED_NUMBER = /[1-9]\d{0,2}(?: \d{3}){2,}(?![\d]|[.,]\d)/y;
/** Whether a link and a number spaced in thousands, its unit right after it, follow: the first number shares its unit. */
function spacedWithUnitAfterLink(text: string, at: number): boolean {
  const link = sticky(SPACED_LINK, text, at);
  if (!link) return false;
  const n = sticky(SPACED_NUMBER, text, at + link[0].length);
  return !!n && unitAfter(text, at + link[0].length + n[0].length) !== undefined;
}
/** A prior period's figure in brackets, its thousands spaced too: " (282)", " (-2 675)", " (0,4)". */
const PRIOR_GROUPS = /[ ]\([-\u2212]?\d{1,3}(?: \d{3})*(?:[.,]\d+)?\)/y;
const SUPERSCRIPT: Record<string, string> = { '\u2070': '0', '\u00b9': '1', '\u00b2': '2', '\u00b3': '3', '\u2074': '4', '\u2075': '5', '\u2076': '6', '\u2077': '7', '\u2078': '8', '\u2079': '9', '\u207b': '-', '\u207a': '+' };
/**
 * Powers of ten after a mantissa: "×10⁻⁷", "x10^-7", "× 10-7" (a superscript flattened by copy and
 * paste: the minus says it was one), "×10⁸"; and "1.2E-7".
 */
const POW10 = /[ ]?[\u00d7xX*\u00b7][ ]?10(?:\^[ ]?([-+]?\d{1,3})|([-+]\d{1,3})|([\u207b\u207a]?[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]{1,3}))(?![\d])/y;
/** "× 10" glued to one or two digits ("2 × 108 cells"): only after the true multiplication sign, where "108" cannot be a plain number. */
const POW10_FLAT = /[ ]?\u00d7[ ]?10(\d{1,2})(?![\d.,])/y;
/** "5 x 1010 viral particles": a letter for the multiplication sign, "10" glued to one or two digits, then a noun counted in powers of ten (numbers.json powerOfTenNouns). */
const POW10_FLAT_X = new RegExp(`[ ]?[xX*][ ]?10(\\d{1,2})(?![\\d.,])(?=[ ]?(?:${wordsPattern(numbersData.powerOfTenNouns.words)})(?![\\p{L}]))`, 'uy');
const EXP_E = /[eE]([-+]\d{1,3})(?![\d])/y;
/**
 * After a flattened power ("40×106"), a noun counted in powers of ten, perhaps after the range's second end
 * ("75×106–300×106 cells"): then a mantissa of up to three digits is one too, as doses of cells are written
 * (engineering notation, "250×10^6"); without the noun only a mantissa below ten is read so.
 */
const POW10_NOUN_AFTER = new RegExp(`(?:[-\u2013\u2011][ ]?\\d{1,3}[ ]?\u00d7[ ]?10\\d{1,2})?[ ]?(?:${wordsPattern(numbersData.powerOfTenNouns.words)})(?![\\p{L}])`, 'iuy');

const SP = '[ \\u00a0]?';
// "12-percentage-point", "3.5 ppts", "45pc" (glued, as the British press writes it)
// ("95-%-KI", "50-%-Anteil": a German compound writes the sign between hyphens, the number a percentage still)
const PERCENT = new RegExp(`${SP}(?:-(?=%[-\u2010\u2011][A-Za-zÄÖÜäöü]))?(%|[Pp]ercent(?![a-z])|[Pp]er [Cc]ent(?![a-z])|pct(?![a-z])|[Pp]ercentage [Pp]oints?(?![a-z])|-[Pp]ercentage-[Pp]oints?(?![a-z])|ppts?(?![a-z])|pp(?![a-z])|Prozentpunkte[n]?(?![a-z])|Prozent(?![a-z]))|(pc)(?![a-z])`, 'y');
const FOLD = /[ -]?(fold)(?![a-z])|[ ]?x(?![A-Za-z0-9])|[ ]times(?! (?:daily|a day|a week|per|weekly|monthly|a month|(?:the )?(?:upper|lower) limit|ULN|LLN|normal))(?![a-z])/y;
const DURATION_ADJ = /-([Mm]onth|[Ww]eek|[Yy]ear|[Dd]ay|mo|wk|yr)(?![a-z])/y;
/** A suspended hyphen: "1- and 2-year rates", "6-, 12- and 24-month": the unit is the last compound's. */
const DURATION_SUSPENDED = /-(?=(?:,[ ]\d{1,3}-){0,4},?[ ](?:and|or|und|oder|et|ou|och|og|y|e)[ ]\d{1,3}-([Mm]onth|[Ww]eek|[Yy]ear|[Dd]ay|mo|wk|yr)(?![a-z]))/y;
const DURATION_ADJ_DE = /-(Monats|Wochen|Jahres|Tages)(?=-)/y;
/** "per kg", "pro kg", "/kg" after a dose. */
const DOSE_CAPITALS = /(MG|MCG)(?![A-Za-z\/])/y;
/** ". Tag", ". Behandlungswoche", ". Studienmonat": after a German ordinal, the period it numbers. */
const ORDINAL_TIME_DE = /\.[ ](?:Behandlungs|Studien)?(Tag|Woche|Monat|Jahr)(?:es|s|en|e)?(?![\p{L}])/iuy;
/** A dose unit written as a word after digits ("5 Milligramm", "10 milligrams"): numbers.json's doseWords, in any case. */
const DOSE_WORDS = new RegExp(`[ ](${wordsPattern(Object.keys(W.doseUnits))})(?![\\p{L}])`, 'iuy');
const PER_KG_AFTER = new RegExp(`[ ](?:${wordsPattern(W.perKilogram)})(?![\\p{L}])|\\/kg(?![A-Za-z])`, 'iuy');
/** A word naming cells ("NK cell dose", "Zelldosis", "cellules"): what a number of millions per kilogram counts. */
const CELL_WORD = /cell|zell/;
/** "12,4 Prozentauf": a percent word glued to the word after it (a lost space). */
const GLUED_PERCENT = /[ \u00a0]?(Prozent|percent|procent|prosent)(\p{Ll}{2,})/uy;
/** "8-prozentige Senkung", "12-procentig": a share written as an adjective. */
const PERCENT_ADJ = /-(?:prozentig|procentig|prosentig)[\p{L}]*/uy;
const GERMAN_PERIOD: Record<string, string> = { Monats: 'months', Wochen: 'weeks', Jahres: 'years', Tages: 'days' };
const COUNT_ADJ = /-(patient|participant|subject|site|center|centre)(?![a-z])/y;
const DURATION = new RegExp(`${SP}([Mm]onths?|mos?\\.?(?![a-z])|mths?\\.?(?![a-z])|[Ww]eeks?|wks?|[Yy]ears?|yrs?|[Dd]ays?|[Hh]ours?|hrs?|Monaten|Monate|Monat|Wochen|Woche|Jahren|Jahre|Jahr|Tagen|Tage|Tag|m\u00e5nader|veckor|\u00e5r)(?![a-z\u00e4\u00f6\u00fc\u00e5])`, 'y');
/** "per day" and "per week" after a dose's slash in the languages of the documents ("mg/Tag", "mg/jour", "mg/dag"): read as the English word. */
const PER_DAY_WORDS: Record<string, string> = { ...numbersData.perDay, week: 'week' };
const DOSE = new RegExp(`${SP}(mg|\\u00b5g|ug|mcg|ng|g|mL|ml|IU|MBq|GBq|mCi)(/(kg|m2|m\\u00b2|day|d|dose|week|wk|mL|ml|${Object.keys(PER_DAY_WORDS).flatMap(w => [w, w[0].toUpperCase() + w.slice(1)]).join('|')}))?(?![\\p{L}/])`, 'uy');
/** Clinical measurements that are not doses: BMI, lengths, pressures, concentrations ("212 \u00b5g/mL" of serum TTR is a level, not a dose), a tumour's mutational burden ("10 mut/Mb"). */
const MEASURE = new RegExp(`${SP}(points?|Punkte[n]?|Centiloids?|kg/m\\u00b2|kg/m2|mg/dL|mg/dl|(?:\\u00b5g|\\u03bcg|ng|pg|mg)/m[lL]|(?:\\u00b5g|\\u03bcg|ng|pg|mg|g)/L|ng/L|(?:m|\\u00b5|\\u03bc|n|p)mol/L|mmol/mol|mEq/L|g/dL|ng/dL|IU/mL|I?U/L|copies/mL|mut(?:ations|s)?/Mb|cells/(?:\\u00b5|\\u03bc)L|mL/min/1\\.73 ?m(?:\\u00b2|2(?!\\d))|mL/min|mmHg|cm|mm|kg|lbs?)(?![A-Za-z/])`, 'y');
const SCHEDULE = /[ ,]{0,2}(Q[1-4]W|QW|Q2W|Q3W|Q4W|QD|BID|TID|once[ -]weekly|once[ -]daily|twice[ -]daily|once[ -]monthly|every [2-8] weeks|every (?:two|three|four|six) weeks|weekly|daily|monthly)(?![A-Za-z])/y;
/** A scale word written out after a run of spaces (a soft wrap and an indentation). */
const WRAPPED_SCALE = /[ ]{2,40}(trillion|billion|million|thousand|Milliarden|Millionen)(?![A-Za-z])/y;
const SCALE = /[ ]?(trillion|billion|million|thousand|Trillion|Billion|Million|Thousand|bn|mn|tn|Bn|Mn|Tn|m|b|k|Mrd\.|Mio\.|Milliarden|Millionen|Billionen)(?![A-Za-z])|(M|B|K|BN|MM)(?![A-Za-z0-9])/y;
const CURRENCY_WORD = /[ ](euros?|Euro|dollars?|US-Dollar|Dollar|Franken|USD|EUR|GBP|CHF|SEK|DKK|NOK|JPY|CNY|RMB|KRW|HKD|yen|yuan|won|kronor)(?![A-Za-z])/y;
const COUNT_NOUN = /[ ](?:(?:additional|evaluable|eligible|new|more|enrolled|treated|randomi[sz]ed|adult|pediatric|paediatric|healthy|clinical|global|active|further|prior|previous|authori[sz]ed|ordinary|participating|weitere|neue) ){0,2}(Patientinnen und Patienten|Patientinnen|Patienten|Teilnehmerinnen und Teilnehmer|Teilnehmende[n]?|Teilnehmer|Probanden|Studienzentren|Zentren|Mitarbeiterinnen und Mitarbeiter|Mitarbeitende[n]?|Mitarbeiter|Besch\u00e4ftigte[n]?|Frauen|M\u00e4nner|Erwachsene[n]?|Kinder[n]?|lines? of (?:therapy|treatment)|lines|(?:treatment )?(?:centers|centres)|hospitals|clinics|(?:[A-Z] )?shares|patients?|subjects?|participants?|people|persons|individuals|sites|centers|centres|cohorts?|arms?|trials?|studies|countries|patents?|doses|contracts?|employees|cases|adults|children|women|men|volunteers|responders|deaths|events|programs|programmes|products|candidates|assets|plants|facilities|partners|companies|deals|biologics|molecules|indications|ADCs|drugs)(?![A-Za-z])/y;
// "2 L", "2,000L", "5 litres"; a single digit glued to "L" is a line of therapy ("NSCLC (3L+)"), not a volume
const VOLUME = /[ ]?(L|kL|liters?|litres?)(?![A-Za-z])/y;
const PERCENT_WORDS = new RegExp(`${SP}(${wordsPattern(W.percentWords)})(?![\\p{L}])`, 'uy');
const DURATION_WORDS = new RegExp(`${SP}(${wordsPattern(Object.keys(W.durationWords))})(?![\\p{L}])`, 'uy');
/** "5.32 ヵ月", "12个月": a Japanese or Chinese unit of time, no boundary after it (numbers.json durationWordsCjk). */
const DURATION_WORDS_CJK = new RegExp(`${SP}(${wordsPattern(Object.keys(W.durationWordsCjk))})`, 'uy');
const DOTTED_MODIFIER = /[ ](?:[A-Z]\.){2,3}(?=[ ])/y;
const OTHER_COUNT = new RegExp(`[ ](${wordsPattern(Object.keys(W.countNouns))})(?![\\p{L}])`, 'uy');
/** "45 MSEK", "12,5 M€", "3 mkr": a currency carrying its scale, after the number. */
const SCALED_AFTER = new RegExp(`[ ]?(${wordsPattern(Object.keys(W.scaledCurrencies))})(?![\\p{L}])`, 'uy');
/**
 * "a 45-cent loss", "a 10-million-dollar grant", "a 1.2 billion-euro deal": a currency's singular joined by hyphens to the
 * number, or to its scale word, as an adjective (numbers.json currencyAdjectives); the scale word may stand between.
 */
const CURRENCY_ADJECTIVE = new RegExp(`-(?:(${wordsPattern(Object.keys(W.scales).filter(k => /^[a-z]{3,}$/.test(k)))})-)?(${wordsPattern(Object.keys(W.currencyAdjectives))})(?![\\p{L}-])`, 'iuy');
/** "45 euros", "50 kr.", "52 Cent", "69 svenske kr.": a currency named after the number or its scale word. */
const CURRENCY_AFTER = new RegExp(`[ ]?(${wordsPattern(Object.keys(W.currencyWords))})(?![\\p{L}])`, 'uy');
/** Scale words of every language, three letters or more ("Mio.", "miljoner", "mia.", "crore"). */
const SCALE_LONG = new RegExp(`[ ]?(${wordsPattern(Object.keys(W.scales).filter(k => k.length >= 3))})(?![\\p{L}])`, 'iuy');
/**
 * "2600万美元", "6.3亿美元", "12亿元", "300億円": a Chinese or Japanese scale character and currency right after a number
 * (numbers.json cjkScales, cjkCurrencies). The script puts no space between words, so no boundary is asked after them.
 */
// (Korean may write a space between the scale and the currency: "1,200억 원")
const CJK_MONEY = new RegExp(`[ ]?(${wordsPattern(Object.keys(W.cjkScales))})?[ ]?(${wordsPattern(Object.keys(W.cjkCurrencies))})`, 'uy');
/** "2600万", "4.7亿": a scale character alone; what it counts is left to the words after it. */
const CJK_SCALE = new RegExp(`[ ]?(${wordsPattern(Object.keys(W.cjkScales))})`, 'uy');
/** Han, Hiragana and Katakana: scripts written without spaces, so a number glued to them is glued to no word. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** "per patient-year", "per 1,000 subject-years": time at risk, after a count of events. */
const PER_EXPOSURE = /(?:[ ]per[ ]|\/)(?:(\d{1,3}(?:,\d{3})*)[ ])?(patient|person|subject|participant)[- ]years?(?![A-Za-z])/iy;
const PER_YEAR = /\/(year|yr|annum|month|day|week)(?![A-Za-z])/y;
/** A p-value's name in the corpus's languages: "p-value", "p-Wert", "p-v\u00e6rdi", "p-v\u00e4rde", "valeur p", "valor p", and "statistical significance of". */
// the letter may stand in quotes ('its "p" value, 0.27')
const P_NAME = 'p["\u201d\u2019\']?[ -](?:values?|werte?|v\u00e6rdi(?:er)?|v\u00e4rden?|verdi(?:er)?)|valeur (?:de )?p|valor (?:de )?p|' +
  // a result's "statistical significance of 0.002" names its p-value, in every language that says it so
  'statistical significance|statistische signifikanz|significaci\u00f3n estad\u00edstica|signification statistique|significativit\u00e0 statistica|statistisk signifikans';
/**
 * Before a p-value's number, on a window of at most 48 characters: the name, up to two qualifiers
 * ("for interaction", "(log-rank)", "[two-sided]", "nominal"), then a relation: "p = ", "p<", "p=<" (a
 * typed "\u2264"), "p-value of ", "the p value was ", "a p value of less than ", "p-Wert lag bei ";
 * or the name alone before its number ("p-Wert 0,003", "P-value: <.0001", "p-value, 0.0012"); a space left at a
 * line's end stands beside the space of the line break ("P = \u23ce0.003").
 * (A significance threshold, "alpha of 0.0001", is no result and stays other.)
 */
// a relation in words: "p less than 0.001", "p-Wert unter 0,05", "p inférieur à" (numbers.json comparatorWords, and English's)
const P_BELOW_WORDS = ['less than', 'below', 'lower than', 'smaller than', ...numbersData.comparatorWords['<']];
const P_ABOVE_WORDS = ['greater than', 'more than', 'above', 'higher than', 'larger than', ...numbersData.comparatorWords['>']];
const P_RELATION_WORDS = `(?:${wordsPattern([...P_BELOW_WORDS, ...P_ABOVE_WORDS])})[ ]`;
const P_BELOW = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(P_BELOW_WORDS)})(?![\\p{L}])`, 'iu');
const P_ABOVE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(P_ABOVE_WORDS)})(?![\\p{L}])`, 'iu');
/** "(p 0.004", ", P .03": a lone p after a bracket, comma or semicolon, one space, then the number. */
const P_SIGN_LOST = /(?<=[(,;][ ]?)[pP][ ]$/;
// ("p value vs control arm<0.004": the comparison a p-value is of may stand between its name and its value)
const P_EQ = new RegExp(`(?:^|[^\\p{L}])(?:(?:p|${P_NAME})(?:[ -]?(?:[(\\[][\\p{L} -]{2,16}[)\\]]|for interaction|interaction|two-sided|one-sided|nominal|log-rank|(?:vs\\.?|versus)[ ][^\\s<>=\\d]{2,24})){0,2}[ ]?(?:(?:of|von|de|p\u00e5|van|di|was|is|lag bei|betrug|var|\u00e9tait de)[ ](?:${P_RELATION_WORDS}|[<>\u2264\u2265]=?[ ]?)?|=[<>]|[<>=\u2264\u2265]=?|${P_RELATION_WORDS})|(?:${P_NAME})[ ]?[,:]?[ ]?(?:[<>\u2264\u2265]=?)?)[ ]{0,2}$`, 'iu');
/** A currency code glued to the sum after it: "USD12m", "EUR3.2m". */
const GLUED_CODE = new RegExp(`(?:^|[^A-Za-z])(?:USD|EUR|GBP|CHF|SEK|DKK|NOK|JPY|CNY|RMB|KRW|HKD|AUD|CAD|INR|SGD|${Object.keys(section<string>(numbersData.currencyBefore)).filter(k => /^[A-Z][A-Za-z]{2}$/.test(k)).join('|')})$`);
/** " (45.0%)", " (10 %)": a share in parentheses right after a count, before the count's noun. */
const SHARE_IN_PARENS = /[ ]?\([ ]?\d{1,3}(?:[.,]\d{1,2})?[ ]?%[ ]?\)/y;
/** "8 of 20", "11 out of 25", "8 von 20", "8 av 20", "8 sur 20": a part and its whole (numbers.json partOfWords). */
const OF_N = new RegExp(`[ ](?:${wordsPattern(numbersData.partOfWords)})[ ](?:(?:${wordsPattern(numbersData.wholeModifiers)})[ ])?(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.,]\\d)`, 'y');
/** "1 in 5 patients": a part of every so many, when a counted noun follows. */
const IN_N = /[ ]in[ ](\d{1,4})(?![\d.,]\d)/y;
const SLASH_N = /\/(\d{1,5})(?![\d/.,]\d)/y;
/** Between the two bounds of a span of time points: "weeks 12 to 24", "Months 5 through 36", "Woche 4 bis 16", "days 1–21". */
const TIME_SPAN_AFTER = /[ ]?(?:to|through|thru|until|-|\u2013|\u2014|bis|till|til|tot|\u00e0)[ ]?(?=\d)/y;
const RANGE_SEP = /[ ]?(-|till|tot|til|to|and|bis|und|och|og|et|en|e|y|ja|\u00e0|a)[ ]?/y;
/** Separators that make a range only after "between" and its kin in other languages: "between 4 and 9 %", "zwischen 4 und 9 Prozent". */
const BETWEEN_ONLY = new Set(['and', 'und', 'og', 'och', 'et', 'en', 'e', 'y', 'ja', 'a']);
const BETWEEN = /(?:between|zwischen|mellem|mellan|entre|tussen|tra) $/;
// (an allocation of three or four arms: "1:1:1", "2:2:1")
const RATIO_COLON = /:(\d{1,2})((?::\d{1,2}){0,3})(?![\d:])/y;
const ORDINAL = /(st|nd|rd|th|\((?:st|nd|rd|th)\))(?![a-z])/y;
// (a verb or preposition may join the label to its bounds: "the 95% confidence interval was 0.4 to 0.8", "a 95% CI of 0.4-0.8")
/** The written-out names of an interval (numbers.json intervalNames), lower-case, capitalized, or each word capitalized ("the 90% Confidence Interval (CI) of"). */
const INTERVAL_NAMES = wordsPattern(numbersData.intervalNames.flatMap(w => [w, w[0].toUpperCase() + w.slice(1), w.replace(/(^|[ -])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())]));
// ("95% Cl": a copy's lower-case L for the capital I of "CI", after a confidence level only)
// ("95% CrI": a Bayesian analysis's credible interval, read as a confidence interval is)
const CI_AFTER_PERCENT = new RegExp(`[ -]?(CI|CrI|Cl|KI|IC|(?:${INTERVAL_NAMES})(?:[ ]?[(\\[](?:CI|KI|IC)[)\\]])?)[ :,=]{0,3}(?:\\(|\\[)?[ ]?(?:(?:${wordsPattern(numbersData.intervalJoins)})[ ])?`, 'y');
/** The open end of an interval: "(95% CI: 25.3, NE)", "NR (95% CI 14.2-NR)". */
const OPEN_BOUND = /(?:NE|NR|NA|N\/A|not estimable|not (?:yet )?reached|not evaluable)(?![A-Za-z])/y;

const CURRENCY_SYMBOLS: [string, string][] = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['AU$', 'AUD'], ['CA$', 'CAD'], ['A$', 'AUD'], ['C$', 'CAD'], ['S$', 'SGD'], ['NZ$', 'NZD'], ['$', 'USD'], ['\u20ac', 'EUR'], ['\u00a3', 'GBP'], ['\u00a5', 'JPY'],
  ['\u20a9', 'KRW'], ['CHF ', 'CHF'], ['USD ', 'USD'], ['EUR ', 'EUR'], ['GBP ', 'GBP'], ['JPY ', 'JPY'], ['CNY ', 'CNY'],
  ['RMB ', 'CNY'], ['KRW ', 'KRW'], ['INR ', 'INR'], ['Rs. ', 'INR'], ['Rs ', 'INR'], ['\u20b9', 'INR'], ['SEK ', 'SEK'], ['DKK ', 'DKK'], ['NOK ', 'NOK'], ['HKD ', 'HKD'], ['AUD ', 'AUD'], ['CAD ', 'CAD'],
  ['SGD ', 'SGD'], ['TWD ', 'TWD'], ['NT$', 'TWD'],
  // the currency's name before the sum, as some English releases write it ("euro 17.5 million")
  ['euro ', 'EUR'], ['Euro ', 'EUR'],
  // the other signs and codes of numbers.json currencyBefore ("R$ 35", "PLN 35 mln", "Fr. 2,5 Mio."): a code, or a form
  // ending in a full stop, is written with a space after it
  ...Object.entries(section<string>(numbersData.currencyBefore)).map(([form, code]): [string, string] => [/[A-Za-z.]$/.test(form) ? form + ' ' : form, code]),
];
/** numbers.json currencyBeforeSumsOnly: forms that are also other abbreviations, read only before a scaled or grouped sum. */
const SUMS_ONLY_CURRENCIES = new Set<string>(numbersData.currencyBeforeSumsOnly.words);
/**
 * Each currency as it may stand right before a number: "$12", "USD 12"; a symbol with a space before the
 * number ("\u20ac 3.2", "US$ 12"); a code glued to it ("USD12m"). Built once, in CURRENCY_SYMBOLS' order.
 */
const CURRENCY_FORMS: [string, string][] = CURRENCY_SYMBOLS.flatMap(([sym, code]): [string, string][] =>
  (sym.endsWith(' ') ? [sym, sym.trimEnd()] : [sym, sym + ' ', sym + '\u00a0']).map(form => [form, code]));
const CURRENCY_WORDS: Record<string, string> = {
  euro: 'EUR', euros: 'EUR', Euro: 'EUR', dollar: 'USD', dollars: 'USD', Dollar: 'USD', 'US-Dollar': 'USD', Franken: 'CHF', yen: 'JPY', yuan: 'CNY', won: 'KRW', kronor: 'SEK',
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', CHF: 'CHF', SEK: 'SEK', DKK: 'DKK', NOK: 'NOK', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', KRW: 'KRW', HKD: 'HKD',
};
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mm: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
  'mio.': 1e6, millionen: 1e6, 'mrd.': 1e9, milliarden: 1e9, billionen: 1e12,
};

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = /(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?: (\d{1,2})(?:st|nd|rd|th)?(?:,[ ]?|[ ])|[ ])((?:19|20)\d{2})(?!\d)/y;
/** "5 February 2019", and the ordinal a British writer puts on the day, with the month in full or short: "5th Feb 2019". */
const DAY_MONTH_RE = /(\d{1,2})(?:(?:st|nd|rd|th) (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|(?: January| February| March| April| May| June| July| August| September| October| November| December)) ((?:19|20)\d{2})(?!\d)/y;
const PERIOD_RE = /(H[12]|Q[1-4]|1H|2H|FY|fiscal year |fiscal |Gesch\u00e4ftsjahr |Gesch\u00e4ftsjahres |exercice |r\u00e4kenskaps\u00e5ret |regnskabs\u00e5ret |regnskaps\u00e5ret |boekjaar |first half of |second half of |end of |mid-|early |late )(?:[ ]|(?<=[HQ][1-4]|[12]H)[/-])?((?:19|20)\d{2})(?:\/\d{2}(?![\d\/]))?(E)?(?!\d)/y;
/** What a date of a month's name, a day's and a period's can start with (leadCharacters). @internal exported for its test */
const MONTH_LEADS = leadCharacters(MONTH_RE), DAY_MONTH_LEADS = leadCharacters(DAY_MONTH_RE), PERIOD_LEADS = leadCharacters(PERIOD_RE);
/** @internal the date expressions and their leads, for the test */
export function dateLeads(): [RegExp, Set<string> | undefined][] { return [[MONTH_RE, MONTH_LEADS], [DAY_MONTH_RE, DAY_MONTH_LEADS], [PERIOD_RE, PERIOD_LEADS]]; }
const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MONTHS_ANY = `${MONTHS_EN}|${wordsPattern(Object.keys(W.months).map(m => m.replace(/\\.$/, '')))}`;
const ISO_DATE = /((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d])/y;
/** "2026-07": a year and its month, ISO-style (a fiscal span "2011-12" is left to the year ranges). */
const ISO_MONTH = /((?:19|20)(\d{2}))-(0[1-9]|1[0-2])(?![\d\-\u2013\/.,])/y;
const DOTTED_DATE = /(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d{2})(?!\d)/y;
const SLASHED_DATE = /(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2}|\d{2})(?![\d\/])/y;
/** "15 maj 2026", "15. März 2026", "02-Nov-2009", "30 November" (the year may be left to the document). */
// "15 de marzo de 2026", "15 de março de 2026": Spanish and Portuguese join day, month and year with "de"
// (and "septiembre del 2027": numbers.json monthYearLinks)
const MONTH_YEAR_LINK = wordsPattern(W.monthYearLinks);
const DAY_NAME_DATE = new RegExp(`(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|er)?\\.?(?:[ -]|[ ]de[ ])(${MONTHS_ANY})\\.?(?:(?:,?[ -]|[ ](?:${MONTH_YEAR_LINK})[ ])((?:19|20)\\d{2}))?(?![\\p{L}\\d])`, 'iuy');
/** "März 2026", "maj 2024": a month of another language and its year. */
const NAME_YEAR_DATE = new RegExp(`(${wordsPattern(Object.keys(W.months).map(m => m.replace(/\\.$/, '')))})\\.?,? (?:(?:${MONTH_YEAR_LINK}) )?((?:19|20)\\d{2})(?!\\d)`, 'iuy');
/** "September 15 to 17, 2027": the groups of NAME_DAY_DATE, the two days joined by a word (numbers.json dateSpanJoins), the year written. */
const NAME_DAY_WORD_SPAN = new RegExp(`(${MONTHS_EN})\\.? (\\d{1,2})(?:st|nd|rd|th)? (?:${wordsPattern(W.dateSpanJoins)}) (?:(${MONTHS_EN})\\.? )?(\\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\\d{2})(?![\\d%]|[.,]\\d)`, 'y');
/** The first day of a span of days written day first, and what joins it to the date of its last day (numbers.json dateSpanJoins, or a dash). */
const DAY_SPAN_START = new RegExp(`(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th|er)?\\.?(?:[ ]?[-\u2010-\u2014][ ]?|[ ](?:${wordsPattern(W.dateSpanJoins)})[ ])(?=\\d)`, 'iuy');
/** "June 28-July 2, 2026", "May 29-31, 2020", "May 25", "Oct. 17": month first, a day or a span of days, the year optional. */
const NAME_DAY_DATE = new RegExp(`(${MONTHS_EN})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:[ ]?[-\u2013][ ]?(?:(${MONTHS_EN})\\.? )?(\\d{1,2})(?:st|nd|rd|th)?)?(?:,? ((?:19|20)\\d{2}))?(?![\\d%]|[.,]\\d)`, 'y');
/** "februari 27, 2024": a month of another language, its day and year, month first. */
const FOREIGN_MONTH_DAY_YEAR = new RegExp(`(${wordsPattern(Object.keys(W.months).map(m => m.replace(/\\.$/, '')))})\\.? (\\d{1,2}),? ((?:19|20)\\d{2})(?!\\d)`, 'iuy');
/** "1. Halbjahr 2026", "2. Quartal 2026", "3Q 2026", "4Q26". */
const ORDINAL_PERIOD = new RegExp(`([1-4])(?:\\.|er|re|e|st|nd|rd|th)?[ ]?(${wordsPattern(Object.keys(W.halfYears))})[ ]?((?:19|20)\\d{2})(?!\\d)`, 'iuy');
/** "im zweiten Halbjahr 2027", "första kvartalet 2026", "the third quarter of 2026": an ordinal word, a period, its year. */
const WORD_ORDINAL_PERIOD = new RegExp(`(${wordsPattern(Object.keys(W.periodOrdinalNumbers))})[ -](${wordsPattern(Object.keys(W.halfYears))})(?:[ ](?:${wordsPattern(W.periodYearLinks)}))?[ ]((?:19|20)\\d{2})(?!\\d)`, 'iuy');
/** "9M 2025", "9M25", "6M 2026": the first months of a year, as financial reports write them. */
const MONTHS_TO_DATE = /([1-9]|1[01])M[ ]?((?:19|20)\d{2}|\d{2})(?![\d\p{L}])/uy;
const NQ_PERIOD = /([1-4])Q[ ]?((?:19|20)\d{2}|\d{2})(?![\d])/y;
/** "1H21", "2H 2025", "1HY20": a half-year as financial reports write them, the number first. */
const NH_PERIOD = /([12])HY?[ ]?((?:19|20)\d{2}|\d{2})(?![\d\p{L}])/uy;
/** "2023.12": a year and its month, as tables of deals write them. */
const YEAR_MONTH = /((?:19|20)\d{2})\.(0[1-9]|1[0-2])(?![\d]|[ ]?%)/y;
/** A grade's word right before its number ("grade 3", "Grade ≥ 3", "Grad 3", "grado 3"). */
const GRADE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(nesting.gradeRestrictions.gradeWords)})[ ]?(?:[<>\\u2264\\u2265]=?)?[ ]?$`, 'iu');
/** A performance scale's name right before its grade ("PS 0/1", "ECOG performance status of 1", numbers.json scoreScaleWords). */
const SCORE_SCALE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(numbersData.scoreScaleWords)})(?:[ ](?:of|score|score of)|[ ]?[=:])?[ ]?(?:[<>\\u2264\\u2265]=?)?[ ]?$`, 'iu');
/** A second grade joined to the first: "3-4", "3/4", "3 or 4", "3 bis 4". */
const GRADE_TAIL = new RegExp(`(?:[ ]?[-\\u2013/][ ]?|[ ](?:${wordsPattern(numbersData.coordinators.words)}|to|bis|à|till)[ ])[1-5](?!\\d)`, 'iuy');
/** A footnote marker after a full stop: one to three digits, then a new sentence or the line's end. */
const FOOTNOTE_AFTER_STOP = /^\d{1,3}(?:,\d{1,3})*(?:$|\n|[ ]+\p{Lu})/u;
/** "2024.5 Early": a year, its sentence's full stop and a footnote marker, then a new sentence. */
const YEAR_FOOTNOTE = /^((?:19|20)\d{2})\.(\d{1,2})(?:$|\n|[ ]+\p{Lu}\p{Ll})/u;
/** A share in brackets right after a count, as a table's cell writes it: " (19.4)", "(4.8)", " (100)". */
const SHARE_IN_BRACKETS = /[ ]?\((?:100|\d{1,2})(?:[.,]\d{1,2})?\)/y;
/** A row's label in capitals alone at a line's start, right before a glued cell: "\n CR", "\nSD". */
const GLUED_ROW_LABEL = /(?:^|\n)[ \t\u2022*-]*(\p{Lu}{2,6})$/u;
/**
 * The capitals of a row's label that opens its line right before `i` ("CR" in "\n CR0 (0.0)"), looked for within 24
 * characters: the window's start is a line's only at the text's start or after a line end.
 */
function rowCapitalsBefore(text: string, i: number): string | undefined {
  const from = Math.max(0, i - 24);
  const m = GLUED_ROW_LABEL.exec(text.slice(from, i));
  return m && !(m.index === 0 && from > 0 && text[from - 1] !== '\n' && text[from] !== '\n') ? m[1] : undefined;
}
/** Endpoints named by capitals and digits, "ACR20", "DAS28", "PASI75" (endpoints.json): a table's row labels that may be glued to their first cell. */
const ENDPOINT_CODES = new Set(endpointsData.endpoints.flatMap(e => [e.name, ...e.aliases]).filter(n => /^\p{Lu}{2,6}\d{1,3}$/u.test(n)));
/**
 * How many of the digits at `i` complete a score's name glued before them at a line's start, when the rest is a cell of
 * its own, a number then its spread or share in brackets ("ACR20" and "2 (7.4)"): 0 unless so.
 */
function gluedEndpointDigits(text: string, i: number, end: number): number {
  const capitals = rowCapitalsBefore(text, i);
  if (!capitals) return 0;
  for (let p = 1; p <= 3 && i + p < end; p++) {
    if (!ENDPOINT_CODES.has(capitals + text.slice(i, i + p))) continue;
    if (/^\d+(?:[.,]\d+)?[ ]?\(/.test(text.slice(i + p, i + p + 16))) return p;
  }
  return 0;
}
/** "177Lu-PSMA", "[89Zr]", "99mTc", "18F-FDG": a mass number glued to an element symbol names a radionuclide. */
const ISOTOPE_AFTER = new RegExp(`m?(?:${wordsPattern(W.isotopeSymbols.filter(x => x.length > 1))})(?![a-z])|m?(?:${wordsPattern(W.isotopeSymbols.filter(x => x.length === 1))})(?=[-\\]])`, 'y');
/** The letters and digits of a code before a hyphen: "ACME-3111-" and "AK112-" name a study, "12-" does not. */
const CODE_BEFORE_HYPHEN = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-$/;
/** An acronym of three capitals or more right before a bare number: "PASI 90", "ACR 50" name a score (a year after one, "ASCO 2026", stays a date). */
const ACRONYM_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{Lu}{3,8})\)?[ ]$/u;
/**
 * A statistic's, a spread's or a financial measure's name in capitals ("IQR", "SEM", "EBIT"): what follows it is its value,
 * no score's level (labelUnits.json statisticNames, spreadNames, measureAcronyms).
 */
const STATISTIC_ACRONYMS = new Set([...labelUnitWords.statisticNames, ...labelUnitWords.spreadNames.words, ...labelUnitWords.measureAcronyms].filter(w => /^\p{Lu}{3,8}$/u.test(w)));
/**
 * Whether an acronym right before a number makes it a score's level or a code's number ("PASI 90", "AMG 404"); a number
 * written with a thousands separator ("3,043") is neither, a flattened table's cell after its row's acronym.
 */
function acronymBefore(before: string, written: string): boolean {
  const m = ACRONYM_BEFORE.exec(before);
  // ("median DFS 7.3 vs 5.9 months": a time endpoint's abbreviation before a decimal is the endpoint's value, no score's
  // level and no code's number, both whole)
  if (m && TIME_ACRONYMS.has(m[1]) && /\d[.,]\d/.test(written)) return false;
  return !!m && !/\d[,.\u00a0\u202f ]\d{3}(?!\d)/.test(written) && !STATISTIC_ACRONYMS.has(m[1]);
}
/** The abbreviations in capitals of endpoints measured in time (endpoints.json, measure "time"): "PFS", "DOR", "TTP". */
const TIME_ACRONYMS = new Set(endpointsData.endpoints.filter(e => e.measure === 'time').flatMap(e => [e.name, ...e.aliases]).filter(w => /^\p{Lu}{3,8}$/u.test(w)));
const OF_WHICH_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(W.ofWhich)})[ ]$`, 'iu');
/** "12 of the sites", "drei von den Zentren": a part of a group, named after the words (no number between). */
/** Right after a count and a bare number in one construction: the preposition that opens their group ("among controls", "on zelbotamab"). */
const PREPOSITION_AFTER = new RegExp(`^[ ](?:${wordsPattern(numbersData.gapping.prepositions)})(?![\\p{L}])`, 'iu');
/** After a count: its verb (two words at most), then the preposition that opens its group ("occurred in", "were among"). */
const VERB_PREPOSITION_AFTER = new RegExp(`^(?:[ ]\\p{L}+){0,2}?[ ](?:${wordsPattern(numbersData.gapping.prepositions)})(?![\\p{L}])`, 'iu');
/** The word right after a count: the verb whose subject it is, when the same verb follows a later number. */
const VERB_AFTER = /^[ ](\p{Ll}+)/u;
/** A group's preposition and a word of its name after a bare number ("in the", "among controls"): not "in 10", a rate's base. */
const PREPOSITION_WORD_AFTER = new RegExp(`^[ ](?:${wordsPattern(numbersData.gapping.prepositions)})[ ]\\p{L}`, 'iu');
/** Between a count and the first of its parts: words without a figure or a sentence break, then the word that distributes it. */
const DISTRIBUTED_BETWEEN = new RegExp(`^[^.;\\d()]{0,80}?[ ,](?:${wordsPattern(numbersData.gapping.distributors)})[ ]$`, 'iu');
/** Between a count's group and the bare number repeating its construction: words without a figure or a clause break, then a conjunction. */
// (a comma alone joins the items of a list: "12 in the US, 9 in Europe and 4 in Japan")
const GAPPED_BETWEEN = new RegExp(`^[^.;:\\d()]{1,60}?(?:,|[ ,](?:${wordsPattern(numbersData.gapping.conjunctions)}))[ ]$`, 'iu');
/** An article after a number: the number is no modifier of what follows, so a verb was left out before it. */
const ARTICLE_AFTER = new RegExp(`^[ ](?:${wordsPattern([...Object.values(W.articles).flat(), ...numbersData.gapping.definiteArticles])})[ ]\\p{L}`, 'iu');
/** "206 per arm", "50 in each group": the size of each group (numbers.json gapping.perGroup). */
const PER_GROUP_AFTER = new RegExp(`^[ ](?:${wordsPattern(numbersData.gapping.perGroup)})(?![\\p{L}])`, 'iu');
/** Between two values of one list: a comma, a coordinator, or both ("0.01, 0.02 and 0.03"). */
/** "0.77 (P = .002), and 0.69": the aside in brackets after a listed ratio closes, then the list goes on. */
/** What joins two members of a list: a comma, or a coordinator ("and", "und", "et") with a comma maybe before it. */
const LIST_JOIN = `(?:[ ]?,[ ]?|,?[ ](?:${wordsPattern(numbersData.coordinators.words)})[ ])`;
const LISTED_AFTER_ASIDE = new RegExp(`^[ ]?[)\\]]${LIST_JOIN}$`, 'iu');
const LISTED_AFTER = new RegExp(`^${LIST_JOIN}$`, 'iu');
/** Between a bare number and the next count: the number's own modifiers, then a coordinator ("high-risk and ", "new (N) or "). */
const SHARED_NOUN_BETWEEN = /^(?:[ ][\p{L}][\p{L}\p{N}-]*(?:[ ]\([A-Z][A-Za-z0-9]{0,7}\))?){1,3},?[ ](\p{L}+)[ ]$/u;
/** The names of ratios, lower-case, and the unit each gives its value (numbers.json ratioNames). */
const RATIO_NAMES = new Map<string, string>(Object.entries(numbersData.ratioNames).filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k.toLowerCase(), v as string]));
const RATIO_NAME_ALTERNATIVES = wordsPattern([...RATIO_NAMES.keys()]);
/** A ratio's name, its abbreviation in brackets, then a verb, "of" or a sign right before its value: "HR 0.7", "risk ratio (RR) of 0.8", "OR=2.1". */
const RATIO_NAME_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:(?<name>${RATIO_NAME_ALTERNATIVES})(?:[ ]?[(\\[][\\p{L}]{2,5}[)\\]])?(?:[ ]?[:=,][ ]?|[ ]of[ ]|[ ](?:${wordsPattern(numbersData.ratioVerbs)})[ ]|[ ])|(?:or|rr)[ ]?[:=][ ]?)$`, 'iu');
/** After a ratio: its aside in brackets, the group it is for (a preposition and a few words), then a coordinator. */
const RATIO_ASIDE_GROUP_JOIN = new RegExp(`^[ ]?[(\\[][^()\\[\\]\\n]{0,48}[)\\]][ ](?:${wordsPattern(numbersData.gapping.prepositions)})[ ][^()\\[\\].;:\\n]{1,32}[ ](?:${wordsPattern(numbersData.coordinators.words)})[ ]$`, 'iu');
/** A ratio's name (or its plural, "HRs"), an aside in brackets, then its verb: "the OS HRs (AB-101 vs. placebo) were ". */
const RATIO_NAME_ASIDE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<name>${RATIO_NAME_ALTERNATIVES})s?[ ]?[(\\[][^()\\[\\]\\n]{1,48}[)\\]][ ](?:${wordsPattern(numbersData.ratioVerbs)})[ ]$`, 'iu');
/** "RR 0.75", "OR 1.8": a risk or odds ratio's abbreviation, in capitals, a space before its value. */
const RATIO_ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(OR|RR)[ ]$/u;
/** "a 0.70 hazard ratio": a ratio's name in words (no abbreviation) right after its value. */
const RATIO_NAME_AFTER = new RegExp(`[ ](${wordsPattern([...RATIO_NAMES.keys()].filter(n => n.length >= 6))})(?![\\p{L}])`, 'iuy');
/** "the hazard ratio for progression or death was 0.62" (or ", 0.62", as a name and its value are set apart): the ratio's name, what it is of, then its value. */
// ("le Hazard Ratio (HR) de décès de 0,64": its abbreviation in brackets after the name, and what it is of in any language, numbers.json ratioOf)
const RATIO_NAME_FOR_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?<name>${RATIO_NAME_ALTERNATIVES})(?:[ ]?[(\\[][\\p{L}]{2,5}[)\\]])?[ ](?:(?:${wordsPattern(numbersData.ratioOf)})[ ][\\p{L} -]{1,40}?|(?:favou?ring|in[ ]favou?r[ ]of)[ ][\\p{L}\\d -]{1,40}?)(?:[ ](?:${wordsPattern(numbersData.ratioVerbs)})[ ]|[ ]?[:=,][ ]?)$`, 'iu');
const RATIO_NAME_IN = new RegExp(`(?:^|[^\\p{L}])(${RATIO_NAME_ALTERNATIVES})(?![\\p{L}])`, 'u');
/** A word that a number right after it labels ("week 12", "grade 3", "cohort 2"): that number counts nothing. */
const LABEL_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(numbersData.labelWords)})[ ]?$`, 'iu');
const PARTITIVE_AFTER = new RegExp(`[ ](?:${wordsPattern(W.partitive)})(?=[ ]\\p{L})`, 'iuy');
/** "31 of them", "17 von ihnen": a part of the group counted just before. */
const PEOPLE_VERB_AFTER = new RegExp(`^[ ](?:(?:${wordsPattern(peopleData.subjectVerbs.auxiliaries)})[ ]){0,2}(?:${wordsPattern(peopleData.subjectVerbs.words)})(?![\\p{L}])`, 'iu');
const PEOPLE_PARTICIPLE_AFTER = new RegExp(`^[ ](?:${wordsPattern(peopleData.participles.words)})[ ]?[,.;:)]`, 'iu');
const PEOPLE_UNITS = new Set<string>(peopleData.units);
const OF_THEM_AFTER = new RegExp(`^[ ](?:${wordsPattern(W.ofThem)})(?![\\p{L}])`, 'iu');
/** "Of the 48 patients, 20 responded": words that open a sentence about the parts of the count after them. */
const WHOLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(W.wholeBefore)})[ ]$`, 'iu');
/** "the number of sites ... rose from 12":  the words that name a count before its number, the clause up to the number after them. */
const NUMBER_OF_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(W.numberOf)})(?=[ ]\\p{L})`, 'giu');
/** "the prevalence ... is expected to reach 41,000": a noun that names a count of people by itself. */
const COUNT_WORD_BEFORE = new RegExp(`(?<![\\p{L}])(${wordsPattern(Object.keys(W.countWords))})(?![\\p{L}])`, 'giu');
/** "1 in 2,000", "per 100,000": a number of a rate's base, which counts no one named before it. */
const RATE_BASE_BEFORE = /(?:^|[^\p{L}])(?:in|per|pro|je|par|sur|of every)[ ]$/u;
/** A word that says a time of day follows: "klokken 10.00", "kl. 14.30", "um 9.30", "at 10.00", "à 9.30" (numbers.json clockWords). */
const CLOCK_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(numbersData.clockWords)})[ ]?$`, 'iu');
const CLOCK = /(?:[01]?\d|2[0-3])(:|\.)([0-5]\d)(?![\d:])([ ]?(?:a\.m\.|p\.m\.|am|pm|AM|PM|Uhr|CET|CEST|ET|EST|EDT|PT|PST|PDT|GMT|UTC|BST|KST|JST|HKT)(?![A-Za-z]))?/y;
const FY_SHORT = /FY[ ]?(\d{2})(?![\d])/y;
/** "Q3'21", "Dec’21", "H1'22": a quarter, a half or a month with its year cut to two digits after an apostrophe, as deal summaries write them. */
const APOSTROPHE_PERIOD = /(Q[1-4]|H[12]|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)['\u2019][ ]?(\d{2})(?![\d\p{L}])/uy;
const TICKER = /\((?:[A-Z]{2,8}(?:\.[A-Z]{1,3})?|[A-Z][a-z]+ [A-Z][a-z]+)[ ]?:[ ]?[A-Z0-9.]{1,8}\)/g;
const EXCHANGE_TICKER = /(?:NASDAQ|Nasdaq|NYSE|HKEX|HKG|HKSE|SHA|SHE|SSE|SZSE|KOSDAQ|KOSPI|TSE|TSX|LSE|AIM|SIX|STO|Euronext)[ ]?:[ ]?[A-Z0-9.]{1,8}/g;
/** One stock code of a list in parentheses: "(KRX: 123456, TSE: 9876)", "(KRX: 123456; OTC: ABCD)". */
const TICKER_ITEM = /(?<=[(,;][ ]?)[A-Z]{2,8}[ ]?:[ ]?\d{4,6}(?=[ ]?[),;])/g;
/**
 * Identifiers whose digits are no figures: web addresses ("https://example.com/2026/05/item-1234"),
 * DOIs ("doi:10.1234/abc.567"), telephone numbers written with their country code ("+1 617 555
 * 0134"), and the numbers of laws ("Regulation (EU) No 536/2014", "Directive 2001/83/EC").
 */
const IDENTIFIERS: RegExp[] = [
  /(?:https?:\/\/|www\.)[^\s<>()\[\]"\u201c\u201d]+/g,
  /(?:doi|DOI)[ ]?:?[ ]?10\.\d{3,9}\/[^\s<>()\[\]"]+|(?<![\d.])10\.\d{4,9}\/[^\s<>()\[\]"]+/g,
  /(?<![\w+])\+\d{1,3}(?:[ -]\(?\d{2,4}\)?){2,5}(?![\d%.,])/g,
  /(?:Regulation|Directive|Decision|Verordnung|Richtlinie|[Nn]o\.?|[Nn]r\.?)[ ]?(?:\((?:EU|EC|EEC|EG|EWG)\)[ ]?)?(?:No\.?[ ]?|Nr\.?[ ]?)?\d{1,4}\/\d{2,4}(?:\/(?:EU|EC|EEC|EG|EWG))?/g,
];

const COMPARATORS: [RegExp, string][] = [
  [/(?:<=|\u2264)[ ]?$/, '\u2264'], [/(?:>=|\u2265)[ ]?$/, '\u2265'], [/<[ ]?$/, '<'], [/>[ ]?$/, '>'], [/[~\u2248][ ]?$/, '~'],
  [/(?:^|[^a-z])(?:approximately|approx\.|about|around|roughly|nearly|almost) $/i, '~'],
  [/(?:^|[^a-z])(?:more than|over|greater than|above|exceeding|in excess of|beyond) $/i, '>'],
  [/(?:^|[^a-z])(?:less than|under|below|fewer than) $/i, '<'],
  [/(?:^|[^a-z])(?:at least|no less than) $/i, '\u2265'], [/(?:^|[^a-z])(?:up to|at most|no more than) $/i, '\u2264'],
];

interface Num { start: number; end: number; value: number; reading?: string }
/** How a count whose noun was named before it is read (labelUnits.ts asks it of such a count). */
export const NAMED_BEFORE_READING = 'a count of the noun named before it';
/** A whole value written with decimal places ("78.0", "12,00"): one or two digits after the last separator. */
const WRITTEN_DECIMALS = /\d[.,]\d{1,2}$/;
/** A pipe table's cell opening before a number: its bar, spaces, a sign or an accounts' bracket. */
const CELL_OPEN_BEFORE = /\|[ \t]*[-\u2212\u2013(]?$/;
/** A pipe table's cell closing after a number: an accounts' bracket, spaces, its bar. */
const CELL_CLOSE_AFTER = /\)?[ \t]*(?:\||$)/my;

function readNumber(text: string, at: number, habit: NumberHabit = ENGLISH_HABIT, spaces = false): Num | undefined {
  NUM.lastIndex = at;
  const m = NUM.exec(text);
  if (!m) return undefined;
  let s = m[0];
  let end = at + s.length;
  // "0.0040.151": a number holds one decimal point; two decimals glued in a table's row, the second opening with "0."
  if (text.charCodeAt(end) === 46 && /^\d+\.\d*\d0$/.test(s) && /\d/.test(text[end + 1] ?? '')) { s = s.slice(0, -1); end--; }
  // a trailing ",ddd" that starts a glued table cell is not part of this number: "4,2004,300" is read by NUM as "4,200"
  let reading: string | undefined;
  let value: number;
  if (/^\d{1,3}$/.test(s) && (spaces || habit.spaceThousands || text[end] === ' ')) {
    // "1 250 000": two groups or more anywhere, one group where the language or the caller allows it
    const g = sticky(SPACE_GROUPS, text, end);
    // without a currency before it, a unit must follow: "215 290 355" in a flattened table is three cells
    // ("1 031 (282) KSEK", "-1 336 (-2 675) KSEK": the prior period's figure in brackets stands between the number and
    // its unit, or is itself the number, the unit after its closing bracket)
    const prior = g ? sticky(PRIOR_GROUPS, text, end + g[0].length) : null;
    const unitAt = !g ? 0 : prior ? prior.index + prior[0].length : text[end + g[0].length] === ')' && /\([-\u2212]?$/.test(text.slice(Math.max(0, at - 2), at)) ? end + g[0].length + 1 : end + g[0].length;
    // ("lägst 3 100 000 och högst 4 150 000 aktier": two groups or more, then a link and a number spaced so whose unit follows it)
    const twoGroups = !!g && (g[0].match(/ /g) ?? []).length >= 2;
    // ("| 12 345 |", "| (4 567) |": the groups fill a table's cell alone, and a cell holds one value, whatever the language)
    const wholeCell = !!g && CELL_OPEN_BEFORE.test(text.slice(Math.max(0, at - 4), at)) && sticky(CELL_CLOSE_AFTER, text, end + g[0].length) !== null;
    if (g && (spaces || wholeCell || ((habit.spaceThousands || twoGroups) && (unitAfter(text, unitAt) !== undefined || (twoGroups && spacedWithUnitAfterLink(text, end + g[0].length)))))) {
      const groups = g[0];
      const dec = /[.,]\d+$/.exec(groups);
      s = s + groups;
      end = at + s.length;
      const intPart = (dec ? s.slice(0, s.length - dec[0].length) : s).replace(/ /g, '');
      value = Number(intPart + (dec ? '.' + dec[0].slice(1) : ''));
      return withPower(text, { start: at, end, value, reading: 'space as thousands separator' + (dec && dec[0][0] === ',' ? ', decimal comma' : '') }, s);
    }
  }
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) {
    // "1.486,52": thousands dots and a decimal comma
    value = Number(s.replace(/\./g, '').replace(',', '.'));
    reading = 'dot as thousands separator, decimal comma';
  } else if (/'/.test(s)) {
    // "1'250'000": apostrophes between thousands
    value = Number(s.replace(/'/g, '').replace(',', '.'));
    reading = 'apostrophe as thousands separator';
  } else if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) {
    value = Number(s.replace(/\./g, ''));
    reading = 'dot as thousands separator';
  } else if (habit.dotThousands && /^[1-9]\d{0,2}\.\d{3}$/.test(s)) {
    // "12.480" in a German, Danish or Dutch text that writes no decimal point
    value = Number(s.replace('.', ''));
    reading = `dot as thousands separator (a ${LANGUAGE_NAME[habit.lang] ?? habit.lang} text)`;
  } else if (/^0,\d+$/.test(s)) {
    // "0,021": a leading zero is never followed by a thousands separator
    value = Number(s.replace(',', '.'));
    reading = 'decimal comma';
  } else if ((habit.commaDecimal || DECIMAL_COMMA_SCALE.test(text.slice(end, end + 14))) && /^\d{1,3},\d{3}$/.test(s)) {
    // (or before a scale word only the languages of the decimal comma write: "1,003 Mrd. Euro")
    // "12,345 Mio." in a French or German block that writes "3,6" elsewhere and never "1,234,567": three decimals
    value = Number(s.replace(',', '.'));
    reading = `decimal comma (a ${LANGUAGE_NAME[habit.lang] ?? habit.lang} text that writes decimal commas)`;
  } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    value = Number(s.replace(/,/g, ''));
    reading = 'comma as thousands separator';
  } else if (/^\d+,\d+$/.test(s)) {
    const frac = s.split(',')[1];
    if (frac.length === 3) {
      // "2,000" is taken by the first branch; this is "12,345"-like with more leading digits
      value = Number(s.replace(',', ''));
      reading = 'comma as thousands separator';
    } else {
      value = Number(s.replace(',', '.'));
      reading = 'decimal comma';
    }
  } else if (s.includes('\u00b7')) {
    // "0\u00b7001", "12\u00b75": the raised decimal point of The Lancet's style
    value = Number(s.replace('\u00b7', '.'));
    reading = 'middle dot as decimal point';
  } else {
    value = Number(s);
  }
  if (s.endsWith('.') || s.endsWith(',')) { s = s.slice(0, -1); end--; }
  if (!Number.isFinite(value)) return undefined;
  return withPower(text, { start: at, end, value, reading }, s);
}

const LANGUAGE_NAME: Record<string, string> = { de: 'German', fr: 'French', nl: 'Dutch', sv: 'Swedish', da: 'Danish', no: 'Norwegian', fi: 'Finnish', it: 'Italian', es: 'Spanish', en: 'English' };

/** A mantissa followed by a power of ten: the value is the product, and the reading says so. */
function withPower(text: string, n: Num, written: string): Num {
  let exp: number | undefined;
  let len = 0;
  let flat = false;
  let p = sticky(POW10, text, n.end);
  if (p) {
    const raw = p[1] ?? p[2] ?? [...p[3]].map(c => SUPERSCRIPT[c] ?? c).join('');
    exp = Number(raw);
    len = p[0].length;
    flat = p[2] !== undefined;
  } else if (((p = sticky(POW10_FLAT, text, n.end)) !== null && (n.value < 10 || (n.value < 1000 && Number.isInteger(n.value) && sticky(POW10_NOUN_AFTER, text, n.end + p[0].length) !== null)))
    || ((p = sticky(POW10_FLAT_X, text, n.end)) !== null && n.value < 10)) {
    exp = Number(p[1]);
    len = p[0].length;
    flat = true;
  } else if ((p = sticky(EXP_E, text, n.end)) !== null && (/\./.test(written) || p[1][0] === '-')) {
    // "1.2E-7", "1e-5": E notation (a whole mantissa only with a negative exponent, which no code or size has)
    exp = Number(p[1]);
    len = p[0].length;
  }
  if (exp === undefined || !Number.isFinite(exp)) return n;
  const v = Number(`${n.value}e${exp}`);
  if (!Number.isFinite(v)) return n;
  const note = `\u00d710^${exp}${flat ? ' (a flattened superscript)' : ''}`;
  return { start: n.start, end: n.end + len, value: v, reading: n.reading ? `${n.reading}, ${note}` : `power of ten ${note}` };
}

/** Right before a number and its dash, a number in digits whose whole part is above it, the number written with "%" after it. */
function descendingBefore(text: string, num: Num): boolean {
  if (!/^[ \u00a0]?%/.test(text.slice(num.end, num.end + 2))) return false;
  const m = /(?:^|[^\d.,])(\d{1,3}(?:[.,]\d{3})*|\d+)(?:[.,]\d{1,2})?$/.exec(text.slice(Math.max(0, num.start - 16), num.start - 1));
  return m !== null && Number(m[1].replace(/[.,]/g, '')) > Math.abs(num.value);
}

/** A sticky expression's match at `at`, or null. */
export function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export function comparatorBefore(text: string, start: number): { comparator: string; start: number } | undefined {
  const left = text.slice(Math.max(0, start - 20), start);
  for (const [re, c] of COMPARATORS) {
    const m = re.exec(left);
    if (m) {
      const len = m[0].replace(/^[^a-z<>~\u2248\u2264\u2265]/i, '').length;
      return { comparator: c, start: start - len };
    }
  }
  // "至多4.9亿", "约300万", "超过50%": Chinese and Japanese words, glued to the number
  for (const [re, c] of CJK_COMPARATORS) {
    const m = re.exec(left);
    if (m) return { comparator: c, start: start - m[0].length };
  }
  // "rund 500", "über 60 Prozent", "drygt 300", "plus de 200": the words of other languages
  for (const [re, c] of COMPARATOR_WORDS) {
    const m = re.exec(left);
    if (m) return { comparator: c, start: start - m[0].length + (/^[^\p{L}]/u.test(m[0]) ? 1 : 0) };
  }
  return undefined;
}

const COMPARATOR_WORDS: [RegExp, string][] = Object.entries(numbersData.comparatorWords)
  .filter(([k]) => !k.startsWith('$'))
  .map(([c, words]) => [new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(words as string[])})[ ]$`, 'iu'), c]);

const CJK_COMPARATORS: [RegExp, string][] = Object.entries(numbersData.cjkComparators)
  .filter(([k]) => !k.startsWith('$'))
  .map(([c, words]) => [new RegExp(`(?:${wordsPattern(words as string[])})[ ]?$`, 'u'), c]);

/**
 * "MSEK 487,3", "TEUR 45", "M€ 12", "EURm 12.5", "DKKbn 1.2": a currency's code (or the euro's sign) carrying its scale,
 * before the number as after it: numbers.json scaledCurrencies, the keys written as a scale's letter and a code or a code
 * and a scale's letters (a krone or krona of the block's language, "MDKR", is left to the readings after the number).
 */
const SCALED_BEFORE_KEYS = Object.entries(W.scaledCurrencies as Record<string, unknown>)
  .filter(([k, v]) => Array.isArray(v) && v[0] !== 'KR' && /^(?:[MTK](?:[A-Z]{3}|\u20ac)|[A-Z]{3}(?:m|bn|k))$/.test(k)).map(([k]) => k);
const SCALED_BEFORE = new RegExp(`(?:^|[^\\p{L}\\d])(${wordsPattern(SCALED_BEFORE_KEYS)})[ \u00a0]?$`, 'u');

function currencyBefore(text: string, start: number): { code: string; start: number; scale?: number } | undefined {
  const base = Math.max(0, start - 8);
  const cs = SCALED_BEFORE.exec(text.slice(base, start));
  if (cs) {
    const [code, scale] = (W.scaledCurrencies as Record<string, [string, number]>)[cs[1]];
    return { code, start: base + cs.index + cs[0].indexOf(cs[1]), scale };
  }
  for (const [form, code] of CURRENCY_FORMS) {
    if (start < form.length || !text.endsWith(form, start)) continue;
    const before = text[start - form.length - 1];
    if (/[A-Za-z]/.test(form[0]) && before !== undefined && /[A-Za-z$]/.test(before)) continue;
    // "euro 17.5 million": a currency's name before a number is read only before a sum written as one (decimals,
    // thousands or a scale word after), never before a bare whole number ("Euro 2024", "Euro 3 fund")
    if (NAMED_CURRENCIES.has(form.trimEnd()) && !SUM_AHEAD.test(text.slice(start, start + 24))) continue;
    // "a target INR 2.5", "CAD 3 patients": a form that is also another abbreviation names a currency only before a sum
    // with its scale word or its thousands grouped ("INR 350 crore", "AUD 1,250,000")
    if (SUMS_ONLY_CURRENCIES.has(form.trimEnd()) && !SCALED_SUM_AHEAD.test(text.slice(start, start + 24))) continue;
    // "US$ 12": the longer symbol wins over the "$" inside it
    if (form[0] === '$' && before !== undefined && /[A-Z]/.test(before)) continue;
    // "Mio. \u20ac 106,5", "Tsd. EUR 12.345", "mio. DKK 450": a key-figure row's scale, written before its currency
    const sw = SCALE_BEFORE_CURRENCY.exec(text.slice(Math.max(0, start - form.length - 12), start - form.length));
    const scale = sw ? W.scales[sw[1].toLowerCase()] : undefined;
    if (sw && scale) return { code, start: start - form.length - sw[0].length + (/^[^\p{L}]/u.test(sw[0]) ? 1 : 0), scale };
    return { code, start: start - form.length };
  }
  return undefined;
}

/** Currencies written by name before a number ("euro 17.5 million"). */
const NAMED_CURRENCIES = new Set(['euro', 'Euro']);
/** A sum written as one: decimals or thousands, or a scale word after it. */
const SUM_AHEAD = /^\d+(?:[.,]\d+)+|^\d+\s?(?:million|billion|thousand|mn|bn|m|k)(?![\p{L}])/iu;
/** A sum with its thousands grouped ("1,250,000", "1.250.000", "1 250 000"), or a scale word of any language after it ("12.5 million", "350 crore", "2,5 Mio."). */
const SCALED_SUM_AHEAD = new RegExp(`^\\d{1,3}(?:([,.\u00a0 ])\\d{3})(?:\\1\\d{3})*(?![\\d])|^\\d+(?:[.,]\\d+)?[ ]?(?:${wordsPattern([...Object.keys(W.scales), 'm', 'mn', 'bn', 'k'])})(?![\\p{L}])`, 'iu');

/** A scale's abbreviation before a currency ("Mio. ", "Tsd. ", "mia. "): the abbreviations of numbers.json's scales, with their full stop. */
const SCALE_BEFORE_CURRENCY = new RegExp(`(?:^|[^\\p{L}])(${wordsPattern(Object.keys(W.scales).filter(k => k.endsWith('.')))})[ ]?$`, 'iu');

// (a character of ASCII answered at once, as the Unicode class would: these are asked of nearly every character of a block)
/** @internal exported for its test */
export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const u = c.charCodeAt(0);
  return c.length === 1 && u < 128 ? (u >= 65 && u <= 90) || (u >= 97 && u <= 122) : /\p{L}/u.test(c);
}
/** @internal exported for its test */
export function isUpperLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const u = c.charCodeAt(0);
  return c.length === 1 && u < 128 ? u >= 65 && u <= 90 : /\p{Lu}/u.test(c);
}

/**
 * The characters every match of a sticky expression starts with, read from its source when it opens with a group of
 * alternatives each of which starts with a plain letter or digit (or a digit's class), not made optional, and the expression
 * ignores no case; undefined when it does not (it is then run everywhere). A match cannot start at any other character,
 * so the expression need not be run there. @internal exported for its test
 */
export function leadCharacters(re: RegExp): Set<string> | undefined {
  if (re.ignoreCase || !re.source.startsWith('(') || re.source.startsWith('(?')) return undefined;
  const out = new Set<string>();
  let depth = 0, start = 1;
  /** Whether what follows makes the item before it optional ("?", "*", "{0,"): "+" and "{1,2}" do not. */
  const optional = (rest: string) => /^(?:[?*]|\{0)/.test(rest);
  const alternative = (from: number): boolean => {
    const a = re.source.slice(from);
    if (a.startsWith('\\d')) { if (optional(a.slice(2))) return false; for (let d = 0; d <= 9; d++) out.add(String(d)); return true; }
    if (!/^[A-Za-z0-9]/.test(a) || optional(a.slice(1))) return false;
    out.add(a[0]);
    return true;
  };
  for (let i = 1; i < re.source.length; i++) {
    const c = re.source[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { while (i < re.source.length && re.source[i] !== ']') { if (re.source[i] === '\\') i++; i++; } continue; }
    if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) {
        // the group closes: it must not be optional itself
        if (!alternative(start) || optional(re.source.slice(i + 1))) return undefined;
        return out;
      }
      depth--;
    } else if (c === '|' && depth === 0) { if (!alternative(start)) return undefined; start = i + 1; }
  }
  return undefined;
}
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

export function recognizeFigures(text: string, mask: Uint8Array, habit: NumberHabit = habitOf(text)): RawFigure[] {
  const out: RawFigure[] = [];
  const taken = new Uint8Array(text.length);
  const take = (a: number, b: number) => { for (let k = a; k < b; k++) taken[k] = 1; };
  const free = (a: number, b: number) => { for (let k = a; k < b; k++) if (taken[k] || mask[k]) return false; return true; };

  // tickers "(HKG: 4321)" and "NASDAQ: ACME" hold numbers that are not figures
  for (const re of [TICKER, EXCHANGE_TICKER, TICKER_ITEM]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) if (/[A-Z]{2}/.test(m[0])) take(m.index, m.index + m[0].length);
  }
  // web addresses, DOIs, telephone numbers and the numbers of laws are identifiers
  for (const re of IDENTIFIERS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) take(m.index, m.index + m[0].length);
  }

  // dates with month names and periods first: they start with letters
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!isLetter(c) && !isDigit(c)) continue;
    if (taken[i] || mask[i]) continue;
    if (i > 0 && isLetter(text[i - 1]) && !(isUpperLetter(c) && !isUpperLetter(text[i - 1]))) continue;
    if (isDigit(c) && (isDigit(text[i - 1]) || /[.,\/-]/.test(text[i - 1] ?? '') && isDigit(text[i - 2]))) continue;
    // "februari - maj 2031", "April to June 2029", "Januar bis März 2024": months of one year, one period
    // (and "autumn 2027", "im Herbst 2027", "otoño de 2027": a season of a year, the months it spans)
    const months = isLetter(c) ? monthSpanAt(text, i) ?? seasonAt(text, i) : undefined;
    if (months && free(months.start, months.end)) {
      out.push(months);
      take(months.start, months.end);
      i = months.end - 1;
      continue;
    }
    const extra = otherDateAt(text, i, habit);
    if (extra && free(extra.start, extra.end)) {
      out.push(extra);
      take(extra.start, extra.end);
      i = extra.end - 1;
      continue;
    }
    let m = MONTH_LEADS === undefined || MONTH_LEADS.has(c) ? sticky(MONTH_RE, text, i) : null;
    if (m && free(i, i + m[0].length)) {
      const month = monthIndex(m[1]);
      const year = Number(m[3]);
      const day = m[2] ? Number(m[2]) : undefined;
      const iso = `${year}-${String(month + 1).padStart(2, '0')}${day ? '-' + String(day).padStart(2, '0') : ''}`;
      out.push({ start: i, end: i + m[0].length, figureKind: 'date', value: year, unit: day ? 'day' : 'month', iso });
      take(i, i + m[0].length);
      i += m[0].length - 1;
      continue;
    }
    m = DAY_MONTH_LEADS === undefined || DAY_MONTH_LEADS.has(c) ? sticky(DAY_MONTH_RE, text, i) : null;
    if (m && free(i, i + m[0].length) && !isDigit(text[i - 1])) {
      const month = monthIndex(/\p{L}+(?=\.? (?:19|20)\d{2}$)/u.exec(m[0])![0]);
      const iso = `${m[2]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
      out.push({ start: i, end: i + m[0].length, figureKind: 'date', value: Number(m[2]), unit: 'day', iso });
      take(i, i + m[0].length);
      i += m[0].length - 1;
      continue;
    }
    m = PERIOD_LEADS === undefined || PERIOD_LEADS.has(c) ? sticky(PERIOD_RE, text, i) : null;
    if (m && free(i, i + m[0].length)) {
      const p = m[1].trim().toLowerCase();
      const unit = /^(h[12]|[12]h|first half of|second half of)$/.test(p) ? 'half-year' : /^q[1-4]$/.test(p) ? 'quarter' : 'year';
      const label = /^h[12]$/.test(p) ? p.toUpperCase() : /^[12]h$/.test(p) ? `H${p[0]}` : p === 'first half of' ? 'H1' : p === 'second half of' ? 'H2' : /^q/.test(p) ? p.toUpperCase() : '';
      out.push({ start: i, end: i + m[0].length, figureKind: 'date', value: Number(m[2]), unit, iso: label ? `${m[2]}-${label}` : m[2], reading: m[3] ? 'estimate (E)' : undefined });
      take(i, i + m[0].length);
      i += m[0].length - 1;
    }
  }

  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text[i])) continue;
    if (taken[i] || mask[i]) { while (i + 1 < text.length && /[\d.,]/.test(text[i + 1]) && isDigit(text[i + 1])) i++; continue; }
    const prev = text[i - 1];
    // a digit right after another figure starts a new one (glued table cells "4,2004,300"); otherwise it continues a number
    if ((isDigit(prev) && !taken[i - 1]) || ((prev === '.' || prev === ',') && isDigit(text[i - 2]))) continue;
    // clock times "09:10", "4:30 p.m. ET", "9.30 Uhr" are no figures; "randomised 2:1" is a ratio
    const clock = sticky(CLOCK, text, i);
    if (clock && (clock[3] || CLOCK_BEFORE.test(text.slice(Math.max(0, i - 12), i)) || (clock[1] === ':' && !/randomi[sz]|allocat|ratio/i.test(text.slice(Math.max(0, i - 40), i))))) {
      take(i, i + clock[0].length);
      i += clock[0].length - 1;
      continue;
    }
    // a footnote marker after a sentence's full stop: "... new options.7 The agency ...", "... (in May).7 The ..."
    if (prev === '.' && (isLetter(text[i - 2]) || /[)\]"\u201d]/.test(text[i - 2] ?? '')) && FOOTNOTE_AFTER_STOP.test(text.slice(i, i + 6))) { i = skipRun(text, i); continue; }
    let num = readNumber(text, i, habit);
    if (!num) continue;
    // "7+3 induction", "the 3+3 escalation scheme": a regimen's or a design's name
    const plusName = /^\d{1,2}\+\d{1,2}(?![\d.,%+])/.exec(text.slice(i, i + 7));
    if (plusName) { take(i, i + plusName[0].length); i += plusName[0].length - 1; continue; }
    // "P = .003", "(p<.001)": a decimal written without its leading zero
    // ("$.45 per share": a sum of cents after its currency's sign, as US newswires write it)
    const bareDecimal = prev === '.' && /[ =<>(\[:\u2264\u2265$\u20ac\u00a3\u00a5]/.test(text[i - 2] ?? '') && /^\d{1,6}$/.test(text.slice(num.start, num.end));
    if (bareDecimal) num = { start: i - 1, end: num.end, value: Number('0.' + text.slice(num.start, num.end)), reading: 'decimal point without a leading zero' };
    // a year with a footnote marker after its full stop: "reported in 2024.5 Early detection ..."
    const yearNote = YEAR_FOOTNOTE.exec(text.slice(i, i + 12));
    if (yearNote && num.end === i + yearNote[1].length + 1 + yearNote[2].length) {
      num = { start: i, end: i + 4, value: Number(yearNote[1]) };
      take(i + 4, i + 5 + yearNote[2].length);
    }
    // "‘004", "0134": a run of digits with a leading zero is a code or a telephone number's part, never a quantity
    // (but not a count and its share glued to the zero of the empty cell before them, as a table copied from a web page
    // writes it: "028 (19.4)" is a cell "0", then 28 and its 19.4 %)
    if (!bareDecimal && /^0\d{2,}$/.test(text.slice(num.start, num.end)) && !sticky(SHARE_IN_BRACKETS, text, num.end)) { i = skipRun(text, i); continue; }
    // "177Lu-PSMA", "[89Zr]": a radionuclide's mass number
    if (Number.isInteger(num.value) && num.end - num.start <= 3 && sticky(ISOTOPE_AFTER, text, num.end)) { i = skipRun(text, i); continue; }
    // "[1] https://...": a reference marker
    if (prev === '[' && text[num.end] === ']' && Number.isInteger(num.value)) { i = num.end; continue; }
    // "Study ACME-3111-212", "AK112-303": the digits after a code's hyphen belong to the code
    if (prev === '-' && isDigit(text[i - 2]) && CODE_BEFORE_HYPHEN.test(text.slice(Math.max(0, i - 24), i))) { i = skipRun(text, i); continue; }
    // "ACR504 (10.0)", "DAS283.1 (0.6)": a row's label that is a score's name ending in its digits, glued to the row's
    // first cell; the digits that complete a name the lexicon knows are the label's, the rest the cell's
    const codeDigits = isUpperLetter(prev) ? gluedEndpointDigits(text, i, num.end) : 0;
    if (codeDigits) { take(i, i + codeDigits); i += codeDigits - 1; continue; }
    // identifiers: a number right after an upper-case letter ("H2", "Q3W", "X4") or after "LETTERS-" is part of a name
    const afterEstimate = prev === 'E' && taken[i - 1] === 1 && /(?:19|20)\d{2}E$/.test(text.slice(i - 5, i)); // "2031E2032E": estimate years glued together
    // ("USD12m", "EUR3.2m": a currency code glued to its sum is no name)
    const gluedCode = isUpperLetter(prev) && GLUED_CODE.test(text.slice(Math.max(0, i - 4), i));
    // (but a row's label glued to its first cell, a count and its share, as a table copied from a web page writes it:
    // "CR0 (0.0)1 (2.5)", "SD18 (45.0)": the label opens the line, the count's share follows in brackets)
    const gluedRowLabel = isUpperLetter(prev) && Number.isInteger(num.value) && !!sticky(SHARE_IN_BRACKETS, text, num.end) && rowCapitalsBefore(text, i) !== undefined;
    if (!afterEstimate && !gluedCode && !gluedRowLabel && (isUpperLetter(prev) || (prev === '-' && isLetter(text[i - 2])))) { i = skipRun(text, i); continue; }
    // "4SC", "3SBio": a whole number glued to a capitalised run of letters that is no unit is part of a name
    // (but not a time point's number glued to the next column's time point, "Week 6Week 12", a header whose cells' edges
    // the copy lost: the word of time before the number and after it)
    if (Number.isInteger(num.value) && isUpperLetter(text[num.end]) && isLetter(text[num.end + 1]) && !sticky(SCALE, text, num.end) && unitAfter(text, num.end) === undefined
      && !(TIME_WORD_BEFORE.test(text.slice(Math.max(0, num.start - 12), num.start)) && GLUED_TIME_WORD_AFTER.test(text.slice(num.end, num.end + 12)))) {
      i = skipRun(text, i);
      while (i + 1 < text.length && isLetter(text[i + 1])) i++;
      continue;
    }
    // "grade 2", "Grade ≥4", "grade 2 to 3", "Grad 3/4": a grade names a severity, it measures nothing (nor does a
    // performance scale's grade, "PS 0/1")
    if ((GRADE_BEFORE.test(text.slice(Math.max(0, i - 9), i)) || SCORE_SCALE_BEFORE.test(text.slice(Math.max(0, i - 36), i))) && !sticky(PERCENT, text, num.end)) {
      const tail = sticky(GRADE_TAIL, text, num.end);
      const end = num.end + (tail ? tail[0].length : 0);
      take(num.start, end);
      i = end - 1;
      continue;
    }
    const fig = parseFigureAt(text, num, text[num.start - 1], habit);
    if (!fig) { i = num.end - 1; continue; }
    if (!free(fig.start, fig.end)) {
      // "10 complete responses": the counted noun is an endpoint's name; the count keeps its unit, the name its span
      if (fig.figureKind === 'count' && fig.start >= num.start - 1 && free(fig.start, num.end)) {
        fig.end = num.end;
        out.push(fig);
        take(fig.start, fig.end);
      }
      i = num.end - 1;
      continue;
    }
    out.push(fig);
    take(fig.start, fig.end);
    i = fig.end - 1;
  }
  out.sort((a, b) => a.start - b.start);
  // "HR=0.65 (0.51, 0.83)", "HR 0.71 [0.58; 0.87]": two bare numbers in brackets right after a ratio, the lower first and
  // of the ratio's scale, are its interval (the level not written)
  for (let k = 0; k + 2 < out.length; k++) {
    const r = out[k], a = out[k + 1], b = out[k + 2];
    if (r.figureKind !== 'ratio' || typeof r.value !== 'number' || r.value <= 0 || r.unit === 'fold' || r.unit === ':') continue;
    if (a.figureKind !== 'other' || b.figureKind !== 'other' || a.unit || b.unit || typeof a.value !== 'number' || typeof b.value !== 'number') continue;
    if (!/^[ ]?[(\[]$/.test(text.slice(r.end, a.start)) || !/^[ ]?[,;][ ]?$/.test(text.slice(a.end, b.start)) || !/^[ ]?[)\]]/.test(text.slice(b.end, b.end + 2))) continue;
    if (!(a.value > 0 && a.value < b.value && a.value <= r.value * 2 && r.value <= b.value * 2)) continue;
    out.splice(k + 1, 2, { start: a.start, end: b.end, figureKind: 'ci', value: [a.value, b.value], unit: r.unit, reading: 'an interval around the ratio before it (level not written)' });
  }
  // "82.0 [64.5, 93.3]", "12.4 (10.1, 15.8) months": two bare numbers in brackets right after an estimate, the lower first,
  // both written with decimals, and as many as each other, are the interval written with it (the estimate
  // a share, a period or a bare number; a citation "[4, 5]" is written in whole numbers)
  for (let k = 0; k + 2 < out.length; k++) {
    const e = out[k], a = out[k + 1], b = out[k + 2];
    if (!['other', 'percent', 'duration'].includes(e.figureKind) || typeof e.value !== 'number' || e.comparator) continue;
    if (a.figureKind !== 'other' || b.figureKind !== 'other' || a.unit || b.unit || typeof a.value !== 'number' || typeof b.value !== 'number' || a.value >= b.value) continue;
    if (!/^[ ]?[(\[]$/.test(text.slice(e.end, a.start)) || !/^[ ]?[,;][ ]?$/.test(text.slice(a.end, b.start)) || !/^[ ]?[)\]]/.test(text.slice(b.end, b.end + 2))) continue;
    const da = decimalsIn(text.slice(a.start, a.end)), db = decimalsIn(text.slice(b.start, b.end));
    if (da === 0 || da !== db) continue;
    // (a line that names the bracket's spread, "Median (IQR)", "median (range)", holds that spread, no interval)
    const near = text.slice(Math.max(0, e.start - 80), e.start);
    const spread = SPREAD_NAMED.exec(near.slice(near.lastIndexOf('\n') + 1));
    if (spread) { out.splice(k + 1, 2, { start: a.start, end: b.end, figureKind: 'other', value: [a.value, b.value], unit: e.unit, reading: `the ${spread[0]} the line names, written with the estimate before it` }); continue; }
    out.splice(k + 1, 2, { start: a.start, end: b.end, figureKind: 'ci', value: [a.value, b.value], unit: e.unit, reading: 'an interval written with the estimate before it (level not written)' });
  }
  let lastMoney: RawFigure | undefined;
  let lastScaledCount: RawFigure | undefined;
  let lastCount: RawFigure | undefined;
  let before: RawFigure | undefined;
  let lastRatio: RawFigure | undefined;
  for (let k = 0; k < out.length; k++) {
    const f = out[k];
    // "SEK 12.3 million (8.1)", "45.1% (42.3)", "-0,90 SEK (Vorjahr: -1,01)": last year's number in
    // parentheses after a sum or a share is written in its unit and scale
    const prior = before && (before.figureKind === 'money' || before.figureKind === 'percent') ? priorInParentheses(text, before, f, habit) : undefined;
    if (prior) Object.assign(f, prior);
    // "US$5.2bn (\u20ac4.8)": the same sum in another currency, in brackets right after it, its scale not written again
    else if (before?.figureKind === 'money' && f.figureKind === 'money') {
      const scale = conversionScale(text, before, f, habit);
      if (scale) { f.value = round((f.value as number) * scale); f.reading = `${f.reading ? f.reading + ', ' : ''}the scale of the sum before it (the same sum in another currency)`; }
    }
    // "HR 1.10 (0.85-1.44)": a range in parentheses right after a ratio is its confidence interval,
    // also when it misses the estimate, as long as it is of the ratio's scale (within a factor of two)
    if (before?.figureKind === 'ratio' && f.figureKind === 'other' && !f.unit && Array.isArray(f.value) && /^[ ]?[(\[]$/.test(text.slice(before.end, f.start))
      && /^[ ]?[)\];,]/.test(text.slice(f.end, f.end + 2)) && typeof before.value === 'number' && ofRatioScale(before.value, f.value)
      && before.unit !== 'fold' && before.unit !== ':') {
      f.figureKind = 'ci';
      f.unit = before.unit;
      f.reading = `${f.reading ? f.reading + ', ' : ''}an interval around the ratio before it (level not written)`;
    }
    // "9.4 weeks, CI: 7.2-12.5": a range right after the words of an interval is the interval, its level not written
    if (f.figureKind === 'other' && !f.unit && Array.isArray(f.value) && f.value[0] <= f.value[1] && BARE_CI_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start))) {
      const estimate = before && typeof before.value === 'number' && f.start - before.end <= 40 && ['duration', 'percent', 'ratio', 'other'].includes(before.figureKind) ? before : undefined;
      f.figureKind = 'ci';
      if (estimate && estimate.unit !== 'fold') f.unit = estimate.unit;
      f.reading = `${f.reading ? f.reading + ', ' : ''}a confidence interval (level not written)`;
    }
    const previous = before;
    before = f;
    // "HR 0.77 (P = .002), and 0.69": a bare decimal after a ratio's aside in brackets is the list's next ratio
    if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && f.value > 0 && f.value < 5 && /[.,\u00b7]\d/.test(text.slice(f.start, f.end))
      && previous && (previous.figureKind === 'pvalue' || previous.figureKind === 'ci') && lastRatio && lastRatio.end <= previous.start
      && /^[ ]?[(\[][^()[\]]{0,30}$/.test(text.slice(lastRatio.end, previous.start)) && LISTED_AFTER_ASIDE.test(text.slice(previous.end, f.start))) {
      readAs(f, 'ratio', lastRatio.unit, 'listed after a ratio and its aside');
    }
    // "HRs were 0.89 (95% CI 0.55-1.4) for older and 0.75 for younger patients": after a ratio's aside, the group it is
    // for, then a coordinator: the bare decimal after it is the list's next ratio, for the next group
    else if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && f.value > 0 && f.value < 5 && /[.,\u00b7]\d/.test(text.slice(f.start, f.end))
      && lastRatio && f.start - lastRatio.end <= 110 && RATIO_ASIDE_GROUP_JOIN.test(text.slice(lastRatio.end, f.start))) {
      readAs(f, 'ratio', lastRatio.unit, 'listed after a ratio, its aside and its group');
    }
    if (f.figureKind === 'ratio' && f.unit !== 'fold' && f.unit !== ':') lastRatio = f;
    // "p=0.01 and 0.003", "HR 0.71, 0.64 and 0.58": a bare decimal listed right after a p-value or a ratio is another of them
    if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && previous && typeof previous.value === 'number'
      && (previous.figureKind === 'pvalue' ? f.value > 0 && f.value <= 1 : previous.figureKind === 'ratio' && previous.unit !== 'fold' && previous.unit !== ':' && f.value > 0 && f.value < 20)
      && /[.,\u00b7]\d/.test(text.slice(f.start, f.end)) && LISTED_AFTER.test(text.slice(previous.end, f.start))) {
      readAs(f, previous.figureKind, previous.unit, `listed after a ${previous.figureKind === 'pvalue' ? 'p-value' : 'ratio'}`);
    }
    // "(n=20, 21 and 22)": a whole number listed after a count written "n=" is another count of the same
    if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 0 && previous?.figureKind === 'count'
      && (/^n[ ]?=/i.test(text.slice(previous.start, previous.end)) || !!previous.reading?.endsWith('listed after a count')) && LISTED_AFTER.test(text.slice(previous.end, f.start))) {
      readAs(f, 'count', previous.unit, `listed after a count`);
    }
    // "31 infections among controls and 9 among vaccinees", "9 patients on zelbotamab versus 3 on placebo": a bare
    // number that repeats the construction of the count right before it, its noun left out, counts the same noun
    if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && Number.isInteger(f.value) && previous && previous === lastCount
      && VERB_PREPOSITION_AFTER.test(text.slice(previous.end, previous.end + 40)) && PREPOSITION_AFTER.test(text.slice(f.end, f.end + 16))
      && GAPPED_BETWEEN.test(text.slice(previous.end, f.start))) {
      readAs(f, 'count', previous.unit, `the noun of the count before it, left out`);
    }
    // "12 had a complete response and 25 had a partial response": a bare number before the same verb as the count before
    // it, in a clause joined to that count's, counts what it counts
    if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && Number.isInteger(f.value) && previous && previous === lastCount) {
      const verb = VERB_AFTER.exec(text.slice(previous.end, previous.end + 24));
      if (verb && !/\d/.test(verb[1]) && text.slice(f.end, f.end + verb[0].length).toLowerCase() === verb[0].toLowerCase() && !isLetter(text[f.end + verb[0].length] ?? ' ')
        && GAPPED_BETWEEN.test(text.slice(previous.end, f.start))) {
        readAs(f, 'count', previous.unit, `the subject of the same verb as the count before it`);
      }
    }
    // "30 infections were recorded, with 25 in the control group": a bare number placed in a group right after a count
    // is a part of that count
    if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && Number.isInteger(f.value) && previous && previous === lastCount
      && typeof previous.value === 'number' && f.value < previous.value && PREPOSITION_WORD_AFTER.test(text.slice(f.end, f.end + 24))
      && DISTRIBUTED_BETWEEN.test(text.slice(previous.end, f.start))) {
      readAs(f, 'count', previous.unit, `the noun of the count before it, left out`);
    }
    // "228 cases were analysed, of which 83 in the vaccine arm": the part counts what the whole counts
    if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && Number.isInteger(f.value) && lastCount && f.start - lastCount.end < 160
      && OF_WHICH_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start))) {
      readAs(f, 'count', lastCount.unit, `a part of the count before it`);
    }
    // "21 patients were dosed and 18 of them responded", "17 von ihnen": the part counts what the count before it counts
    if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && Number.isInteger(f.value) && lastCount && f.start - lastCount.end < 200
      && typeof lastCount.value === 'number' && f.value <= lastCount.value && OF_THEM_AFTER.test(text.slice(f.end, f.end + 24))) {
      readAs(f, 'count', lastCount.unit, `a part of the count before it`);
    }
    // "Of the 48 patients, 20 responded", "Von den 48 Patienten sprachen 20 an": a part of the whole the sentence opened with
    if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && Number.isInteger(f.value) && lastCount && typeof lastCount.value === 'number'
      && f.value <= lastCount.value && /^(?:(?:[ ]\p{L}+){0,3},[ ](?:\p{L}+[ ])?|[ ]\p{L}+[ ])$/u.test(text.slice(lastCount.end, f.start)) && WHOLE_BEFORE.test(text.slice(Math.max(0, lastCount.start - 16), lastCount.start))) {
      readAs(f, 'count', lastCount.unit, `a part of the count the sentence opened with`);
    }
    // "18 responded", "3 had died": a bare whole number that is the subject of a verb of people counts people;
    // "the 40 treated,": a number before a participle used as a noun counts people too
    if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 0 && f.value < 1e5
      && (PEOPLE_VERB_AFTER.test(text.slice(f.end, f.end + 40)) || (PEOPLE_PARTICIPLE_AFTER.test(text.slice(f.end, f.end + 20)) && /(?:^|[^\p{L}])the[ ]$/iu.test(text.slice(Math.max(0, f.start - 6), f.start))))) {
      readAs(f, 'count', lastCount && PEOPLE_UNITS.has(lastCount.unit) ? lastCount.unit : 'patients', `a count of people, the subject of what they did`);
    }
    // "20 high-risk and 18 low-risk patients": a bare number whose modifiers are coordinated with the next count's
    // counts the noun the two share
    const next = out[k + 1];
    if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && Number.isInteger(f.value) && next?.figureKind === 'count' && next.unit
      && next.start - f.end <= 80 && !LABEL_BEFORE.test(text.slice(Math.max(0, f.start - 16), f.start))) {
      const between = SHARED_NOUN_BETWEEN.exec(text.slice(f.end, next.start));
      if (between && W.coordinators.has(between[1].toLowerCase())) {
        readAs(f, 'count', next.unit, `the noun of the count after it, shared`);
      }
    }
    // "in 12 (40%) and 8 (27%) patients": a bare number and its share, coordinated with a count and its share, counts that count's noun
    const share = out[k + 1], other = out[k + 2];
    if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && Number.isInteger(f.value) && share?.figureKind === 'percent'
      && other?.figureKind === 'count' && other.unit && /^[ ]?\($/.test(text.slice(f.end, share.start))) {
      const between = /^[ ]?\),?[ ](\p{L}+)[ ]$/u.exec(text.slice(share.end, other.start));
      if (between && W.coordinators.has(between[1].toLowerCase()) && sticky(SHARE_IN_PARENS, text, other.end) !== null) {
        readAs(f, 'count', other.unit, `the noun of the count after it, shared`);
      }
    }
    // "12 had a complete response and 20 a partial response": a bare number right before an article, in a clause joined to
    // a count's, is the subject of that count's verb left out (a number never stands before an article it modifies)
    if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 0 && lastCount && lastCount.end <= f.start
      && ARTICLE_AFTER.test(text.slice(f.end, f.end + 8)) && GAPPED_BETWEEN.test(text.slice(lastCount.end, f.start))) {
      readAs(f, 'count', lastCount.unit, `the subject of the count's verb before it, left out`);
    }
    // "412 patients (206 per arm)": a bare number of each group is a count of the people the sentence counts
    if (f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && Number.isInteger(f.value) && f.value > 0 && PER_GROUP_AFTER.test(text.slice(f.end, f.end + 32))) {
      readAs(f, 'count', lastCount && PEOPLE_UNITS.has(lastCount.unit) && f.start - lastCount.end < 200 ? lastCount.unit : 'patients', `a count of each group`);
    }
    if (f.figureKind === 'count' && f.unit) lastCount = f;
    if (f.figureKind === 'count' && typeof f.value === 'number' && SCALED_COUNT.test(text.slice(f.start, f.end))) lastScaledCount = f;
    // "computed on 30.5 million shares against 5.2 million in the prior year": a scaled number right after a scaled
    // count in its sentence, nearer than any sum, counts what that count counts
    if (f.figureKind === 'other' && typeof f.value === 'number' && (W.scales[f.unit] ?? SCALES[f.unit]) && lastScaledCount
      && (!lastMoney || lastScaledCount.start > lastMoney.start) && !SENTENCE_BREAK.test(text.slice(lastScaledCount.end, f.start)) && f.start - lastScaledCount.end < 160) {
      f.value = round(f.value * (SCALES[f.unit] ?? W.scales[f.unit]));
      f.figureKind = 'count';
      f.unit = lastScaledCount.unit;
      f.reading = `${f.reading ? f.reading + ', ' : ''}counts what the count before it in its sentence counts`;
      continue;
    }
    if (f.figureKind === 'money') {
      const written = f.unit;
      f.unit = resolveCurrencyUnit(f.unit, text, habit.lang);
      if (written === 'KR') f.reading = `kr. read as ${f.unit} (${LANGUAGE_NAME[habit.lang] ?? habit.lang} text)`;
      lastMoney = f;
    } else if (f.figureKind === 'other' && lastMoney && typeof f.value === 'number' && (W.scales[f.unit] ?? SCALES[f.unit]) && f.start - lastMoney.end < 300 && !readAsNamedCount(text, f, habit)) {
      // "sales of 74 million dollars, up from 46 million": a scaled sum without its currency takes the one named just before
      f.value = round(f.value * (SCALES[f.unit] ?? W.scales[f.unit]));
      f.figureKind = 'money';
      f.unit = lastMoney.unit;
      f.reading = `${f.reading ? f.reading + ', ' : ''}currency of the sum before it`;
    } else if (f.figureKind === 'other' && !f.unit && lastMoney && typeof f.value === 'number' && !SENTENCE_BREAK.test(text.slice(lastMoney.end, f.start))) {
      // "cash of $45.2M, compared with 38.1M a year earlier": a number glued to a scale's capital letter, in the sentence
      // of a sum whose scale is written so, is a sum in that currency
      const glued = /^(M|MM|B|BN|bn|m|k|K)(?![\p{L}\d])/u.exec(text.slice(f.end, f.end + 3));
      // (not "3M shares": a scaled count)
      if (glued && new RegExp(`\\d${glued[1]}$`).test(text.slice(lastMoney.start, lastMoney.end)) && !countedNounAt(text, f.end + glued[1].length, habit.lang === 'en')) {
        f.value = round(f.value * SCALES[glued[1].toLowerCase()]);
        f.figureKind = 'money';
        f.unit = lastMoney.unit;
        f.end += glued[1].length;
        f.reading = `${f.reading ? f.reading + ', ' : ''}scale and currency of the sum before it`;
      }
    }
  }
  // "revenue was 120.5 million, compared with $98.2 million": a scaled sum with no currency before it takes the
  // currency of the next sum in its sentence (one walk from the end, the nearest sum after each number)
  let nextMoney: RawFigure | undefined;
  for (let k = out.length - 1; k >= 0; k--) {
    const f = out[k];
    if (f.figureKind === 'money') { nextMoney = f; continue; }
    if (f.figureKind !== 'other' || !nextMoney || typeof f.value !== 'number' || !(W.scales[f.unit] ?? SCALES[f.unit])) continue;
    if (nextMoney.start - f.end > 160 || SENTENCE_BREAK.test(text.slice(f.end, nextMoney.start)) || readAsNamedCount(text, f, habit)) continue;
    f.value = round(f.value * (SCALES[f.unit] ?? W.scales[f.unit]));
    f.figureKind = 'money';
    f.unit = nextMoney.unit;
    f.reading = `${f.reading ? f.reading + ', ' : ''}currency of the sum after it in its sentence`;
  }
  // "20% or more", "two prior lines or fewer": the words after a number bound it from one side
  for (const f of out) {
    if (f.comparator || typeof f.value !== 'number' || !BOUNDED_KINDS.has(f.figureKind)) continue;
    const b = sticky(OR_MORE_AFTER, text, f.end) ? '\u2265' : sticky(OR_LESS_AFTER, text, f.end) ? '\u2264' : undefined;
    if (b) { f.comparator = b; f.reading = `${f.reading ? f.reading + ', ' : ''}${b === '\u2265' ? 'at least' : 'at most'} (the words after it)`; }
  }
  out.sort((a, b) => a.start - b.start);
  partsOfCounts(text, out);
  // "(in CHF 1,000)", "(NOK 1 000)", "Amounts in EUR '000": a thousand written to declare a table's scale, the brackets or
  // the line holding nothing but the declaration, is no sum of its own
  return out.filter(f => !(typeof f.value === 'number' && (Math.abs(f.value) === 1e3 || Math.abs(f.value) === 1e6) && declarationAround(text, f.start, f.end)));
}

/** A word of a study's arms in a list of a count's parts (people.json splits.armEvidence: "placebo", "control arm"). */
const ARM_LABEL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(peopleData.splits.armEvidence)})(?![\\p{L}])`, 'u');
/** How far after the last part its label is read. */
const MAX_ARM_LABEL = 30;
/** "of 29 patients" right at `at`: the whole of people a count of `part` is drawn from, its size and noun (no smaller than the part). */
function peopleWholeAt(text: string, at: number, part: number, english: boolean): { size: number; unit: string } | undefined {
  const of = sticky(OF_N, text, at);
  if (!of) return undefined;
  const noun = countedNounAt(text, of.index + of[0].length, english);
  const size = Number(of[1].replace(/,/g, ''));
  return noun && PEOPLE_UNITS.has(noun.unit) && size >= part ? { size, unit: noun.unit } : undefined;
}

/** Between a count and the first bare number of its parts: words without a sentence break ("were enrolled, with ", ": "). */
const BEFORE_FIRST_PART = /^[^.;!?\n]{0,100}$/;
/**
 * What opens a list of a count's parts, right before the first: a colon, a bracket, a comma, or a word that distributes
 * it (numbers.json gapping.distributors). A noun right before a number names a thing by it ("isoforms 1, 2 and 4").
 */
const PARTS_OPEN = new RegExp(`(?:[,:(]|[ ](?:${wordsPattern(numbersData.gapping.distributors)}))[ ]?$`, 'iu');
/** Between two parts of a count: the first part's own words ("with X fusions", "in the placebo group"), then a list's join (no figure between: the parts are figures next to each other). */
const BETWEEN_PARTS = new RegExp(`^[^.;!?:\\n]{0,80}?${LIST_JOIN}$`, 'iu');
/**
 * "140 patients were enrolled: 100 with the mutation, 30 without and 10 unknown", "60 patients (45 A, 15 B)": bare whole
 * numbers listed after a count in its sentence, each below it and together no more than it, are its parts, the noun they
 * count left out as a list of parts leaves it. The arithmetic is the evidence: two parts at least, no figure of another
 * kind between them (a part's share in brackets aside), and no label word before the first ("cohorts 1 and 2" name groups).
 */
function partsOfCounts(text: string, out: RawFigure[]): void {
  const bareWhole = (f: RawFigure) => f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 0;
  for (let k = 0; k < out.length; k++) {
    const whole = out[k];
    if (whole.figureKind !== 'count' || !whole.unit || typeof whole.value !== 'number' || !Number.isInteger(whole.value) || whole.value < 2) continue;
    let parts: RawFigure[] = [];
    let sum = 0;
    // how many parts fit in the whole: the arithmetic's evidence, unless the labels name the study's arms
    let fitting = -1;
    let last: RawFigure = whole;
    // ("(120 patients; 61 Acmezumab and 59 placebo)": a semicolon inside the bracket the whole opens sets its parts after it)
    const bracketed = /\([ ]?$/.test(text.slice(Math.max(0, whole.start - 2), whole.start));
    for (let j = k + 1; j < out.length; j++) {
      const f = out[j];
      // (a share in brackets right after the whole or a part is that number's: "12 (40%)")
      if (f.figureKind === 'percent' && /^[ ]?\([ ]?$/.test(text.slice(last.end, f.start))) continue;
      if (!bareWhole(f)) break;
      const gap = text.slice(last.end, f.start);
      if (!(parts.length === 0 ? (BEFORE_FIRST_PART.test(gap) && PARTS_OPEN.test(gap)) || (bracketed && /^[ ]?;[ ]?$/.test(gap)) : BETWEEN_PARTS.test(gap.replace(/^[ ]?\([^()]*\)/, '')))) break;
      if (parts.length === 0 && LABEL_BEFORE.test(text.slice(Math.max(0, f.start - 16), f.start))) break;
      if ((f.value as number) >= whole.value) break;
      sum += f.value as number;
      if (sum > whole.value && fitting < 0) fitting = parts.length;
      parts.push(f);
      last = f;
    }
    // parts that add up to more than the whole are its parts only when their labels name the arms that split it ("61
    // Acmezumab and 59 placebo"): the words make them counts of the whole's noun, and the checks judge the sum
    if (fitting >= 0 && !ARM_LABEL.test(text.slice(parts[0].end, Math.min(text.length, parts[parts.length - 1].end + MAX_ARM_LABEL)))) parts = parts.slice(0, fitting);
    if (parts.length < 2) continue;
    for (let pI = 0; pI < parts.length; pI++) readAs(parts[pI], 'count', whole.unit, 'a part of the count before it, its noun left out');
  }
}

/** A count written with a scale word ("30.5 million shares", "3,5 Mio. Aktien"). */
const SCALED_COUNT = new RegExp(`\\d[ ]?(?:${wordsPattern(Object.keys(W.scales).filter(k => k.length >= 2))}|m|M|k|K|bn)(?![\\p{L}])`, 'iu');
const NUMBER_OF_IN = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(W.numberOf)})[ ](\\p{L}+)`, 'iu');
/**
 * Reads a scaled number without its currency as a count of something its sentence names, so that it takes no currency
 * from a sum beside it (true when it did): "the number of vials shipped stayed at the planned 2 million" (numbers.json numberOf before it in its
 * sentence), "12 Millionen neue Genussrechte" (in German, a capitalised noun after its scale, an
 * adjective maybe between, names what it counts; a currency's name there is read as the sum's before).
 */
function readAsNamedCount(text: string, f: RawFigure, habit: NumberHabit): boolean {
  const thing = namedCountUnit(text, f, habit);
  if (!thing || typeof f.value !== 'number') return false;
  // (the number becomes that count, in its scale)
  f.value = round(f.value * (SCALES[f.unit] ?? W.scales[f.unit] ?? 1));
  f.figureKind = 'count';
  f.unit = thing;
  f.reading = `${f.reading ? f.reading + ', ' : ''}counts the ${thing} its sentence names`;
  return true;
}
function namedCountUnit(text: string, f: RawFigure, habit: NumberHabit): string | undefined {
  const left = text.slice(Math.max(0, f.start - 120), f.start);
  const stop = Math.max(left.lastIndexOf('. '), left.lastIndexOf('\n'));
  const n = NUMBER_OF_IN.exec(left.slice(stop + 1));
  if (n) return n[1];
  const g = habit.lang === 'de' ? GERMAN_NOUN_AFTER.exec(text.slice(f.end, f.end + 40)) : null;
  return g ? g[1] : undefined;
}
const GERMAN_NOUN_AFTER = /^[ ](?:\p{Ll}+[ ])?(\p{Lu}\p{Ll}{2,})/u;

/** Whether the number at start..end stands in brackets, or on a line, that only declare a currency and a scale (currencyScaleDeclaration). */
export function declarationAround(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('(', start);
  const close = text.indexOf(')', end);
  if (open >= 0 && close >= 0 && start - open <= 40 && close - end <= 40 && !/[()\n]/.test(text.slice(open + 1, start) + text.slice(end, close))) {
    return currencyScaleDeclaration(text.slice(open + 1, close)) !== undefined;
  }
  let ls = text.lastIndexOf('\n', start) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  // (a title line joined to the sentence before it: from that sentence's end)
  for (const stop of ['. ', ': ', '! ', '? ']) { const k = text.lastIndexOf(stop, start); if (k >= ls) ls = k + 2; }
  return le - ls <= 64 && currencyScaleDeclaration(text.slice(ls, le)) !== undefined;
}

/** Right before a range: the words of a confidence interval without its level ("CI:", "KI =", "(CI "). */
const BARE_CI_BEFORE = new RegExp(`(?:^|[^\\p{L}\\d%])(?:CI|KI|IC|${INTERVAL_NAMES})(?:[ ]?[(\\[](?:CI|KI|IC)[)\\]])?[ ]?[:=,]?[ ]?[(\\[]?[ ]?$`, 'u');

/** Kinds a word after the number can bound: a share, a count, a period, a dose ("a score of 3 or higher" is a bare number). */
const BOUNDED_KINDS = new Set<FigureKind>(['percent', 'count', 'duration', 'dose', 'other']);
const allLanguages = (w: Record<string, string[]>) => Object.values(w).flat();
const OR_MORE_AFTER = new RegExp(`[ ]?(?:${wordsPattern(allLanguages(W.orMore))})(?![\\p{L}])`, 'iuy');
const OR_LESS_AFTER = new RegExp(`[ ]?(?:${wordsPattern(allLanguages(W.orLess))})(?![\\p{L}])`, 'iuy');

/** A bare number read again from the words around it: its kind and unit, and why, for the hover. */
function readAs(f: RawFigure, kind: FigureKind, unit: string, why: string): void {
  f.figureKind = kind;
  f.unit = unit;
  f.reading = f.reading ? `${f.reading}, ${why}` : why;
}

/** A sentence's or a clause list's end between two figures: a full stop before a space or a line, a semicolon, a line break. */
const SENTENCE_BREAK = /[.!?][ \n]|[;\n]/;

const PRIOR_OPEN = new RegExp(`^[ ]?\\((?:[\\p{L}\\d][\\p{L}\\d .]{0,20}:[ ]?|(?:${wordsPattern(numbersData.priorLabels)})[ ])?[-\u2212]?$`, 'iu');

/** The reading of a bare number in parentheses right after a sum or a share, in that figure's unit and scale. */
/**
 * The scale a converted sum in brackets takes from the sum before it: "US$50m (\u20ac46)", "\u00a32.5bn (\u20ac2.9)". Only a sum in
 * another currency, written with no scale of its own, right after a sum written with one; and only when the two then
 * come within a factor of five of each other, as the currencies of the markets that write so do.
 */
function conversionScale(text: string, fig: RawFigure, f: RawFigure, habit: NumberHabit): number | undefined {
  if (typeof f.value !== 'number' || typeof fig.value !== 'number' || f.unit === fig.unit || f.value <= 0 || fig.value <= 0) return undefined;
  if (!/^[ ]?\($/.test(text.slice(fig.end, f.start)) || !/^[ ]?\)/.test(text.slice(f.end, f.end + 2))) return undefined;
  const number = (g: RawFigure) => { let p = g.start; while (p < g.end && !isDigit(text[p])) p++; return p < g.end ? readNumber(text, p, habit) : undefined; };
  const own = number(fig), its = number(f);
  if (!own || !its || own.value === 0 || its.value !== f.value) return undefined;
  const scale = Math.round(fig.value / own.value);
  if (scale < 1e3 || ![1e3, 1e6, 1e9, 1e12].includes(scale)) return undefined;
  const ratio = (f.value * scale) / fig.value;
  return ratio >= 0.2 && ratio <= 5 ? scale : undefined;
}

function priorInParentheses(text: string, fig: RawFigure, f: RawFigure, habit: NumberHabit): Partial<RawFigure> | undefined {
  if (f.figureKind !== 'other' || f.unit || typeof f.value !== 'number' || typeof fig.value !== 'number' || f.start - fig.end > 26) return undefined;
  if (!PRIOR_OPEN.test(text.slice(fig.end, f.start))) return undefined;
  // the figure's own number: its scale is its value over that number
  let p = fig.start;
  while (p < fig.end && !isDigit(text[p])) p++;
  const own = p < fig.end ? readNumber(text, p, habit) : undefined;
  if (!own || own.value === 0) return undefined;
  // ("SEK 1,234 m (987 m)": the number in brackets may repeat the figure's own scale word before the bracket closes)
  const scaleWord = text.slice(own.end, fig.end).trim();
  const rest = text.slice(f.end, f.end + scaleWord.length + 3).replace(/^ /, '');
  const closes = rest.startsWith(')') || (/^\p{L}{1,8}\.?$/u.test(scaleWord) && rest.startsWith(scaleWord) && /^[ ]?\)/.test(rest.slice(scaleWord.length)));
  if (!closes) return undefined;
  // "45% (12)" in a trial's text may count patients: a share takes only a number written with decimals, as its own is
  if (fig.figureKind === 'percent' && !(/[.,]\d/.test(text.slice(own.start, own.end)) && /[.,]\d/.test(text.slice(f.start, f.end)))) return undefined;
  // (to twelve digits: "-45,2 MSEK" over its 45.2 is a scale of a million, not 999999.9999999999)
  const scale = Number((Math.abs(fig.value) / own.value).toPrecision(12));
  const how = `the unit of the figure before it (${fig.unit}${scale !== 1 ? ', scale ' + scale : ''})`;
  return { figureKind: fig.figureKind, unit: fig.unit, value: round(f.value * scale), reading: f.reading ? `${f.reading}, ${how}` : how };
}

/** 'KR' is the krone or krona of the text's language; 'CENT' a hundredth of the euro where the text names only euros, else of the dollar. */
export function resolveCurrencyUnit(unit: string, text: string, lang: string): string {
  if (unit === 'KR') return W.krone[lang] ?? 'SEK';
  // "kroner", the plural of Danish and Norwegian, never names the Swedish krona ("kronor")
  if (unit === 'KRONER') return lang === 'no' ? 'NOK' : 'DKK';
  if (unit === 'CENT') return /\u20ac|Euro|EUR/.test(text) && !/\$|Dollar|dollar|USD/.test(text) ? 'EUR' : 'USD';
  return unit;
}

const pad2 = (n: number | string) => String(n).padStart(2, '0');
/** A month's number by its name, kept by the word: every word of a block that starts with a letter is asked whether it opens a span of months. */
const monthNumber = byWord(monthNumberOf);

function monthNumberOf(name: string): number {
  const l = name.toLowerCase().replace(/\.$/, '');
  const foreign = W.months[l] ?? W.months[l + '.'];
  if (foreign) return foreign;
  const en = MONTHS.findIndex(m => m.startsWith(l.slice(0, 3)));
  return en >= 0 && MONTHS[en].startsWith(l) ? en + 1 : 0;
}
const fullYear = (y: string) => y.length === 2 ? 2000 + Number(y) : Number(y);

/**
 * Dates the month-name patterns above leave: ISO, dotted and slashed dates, day-month-year in
 * the languages of numbers.json, spans of days, ordinal half-years and quarters, "3Q 2026",
 * "2023.12", "FY25". A date whose year is not written ("May 25") is read with value 0 and an
 * ISO form "--05-25"; the document's year is filled in when the document is linked.
 */
function otherDateAt(text: string, i: number, habit: NumberHabit): RawFigure | undefined {
  const mk = (len: number, year: number, unit: string, iso: string, reading?: string): RawFigure =>
    ({ start: i, end: i + len, figureKind: 'date', value: year, unit, iso, ...(reading ? { reading } : {}) });
  if (isDigit(text[i])) {
    let m = sticky(ISO_DATE, text, i);
    if (m) return mk(m[0].length, Number(m[1]), 'day', `${m[1]}-${m[2]}-${m[3]}`);
    m = sticky(ISO_MONTH, text, i);
    if (m && Number(m[3]) !== (Number(m[2]) + 1) % 100) return mk(m[0].length, Number(m[1]), 'month', `${m[1]}-${m[3]}`, 'year-month');
    m = sticky(DOTTED_DATE, text, i);
    if (m) return mk(m[0].length, Number(m[3]), 'day', `${m[3]}-${pad2(m[2])}-${pad2(m[1])}`, 'day.month.year');
    m = sticky(SLASHED_DATE, text, i);
    if (m) {
      const a = Number(m[1]), b = Number(m[2]);
      // month first in English text unless the first number cannot be a month; day first elsewhere
      const monthFirst = habit.lang === 'en' ? a <= 12 : b > 12;
      const [mo, d] = monthFirst ? [a, b] : [b, a];
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
      const y = fullYear(m[3]);
      return mk(m[0].length, y, 'day', `${y}-${pad2(mo)}-${pad2(d)}`, monthFirst ? 'month/day/year' : 'day/month/year');
    }
    // a span of days written day first, its month and year once, after its last day ("15-17 September 2027", "du 15 au
    // 17 septembre", "vom 15. bis 17. September"): the first day is the span's start, in the month and year of its end
    m = sticky(DAY_SPAN_START, text, i);
    const last = m ? sticky(DAY_NAME_DATE, text, i + m[0].length) : null;
    if (m && last) {
      const mo = monthNumber(last[2]);
      const span = `a span of days, to ${pad2(mo)}-${pad2(last[1])}`;
      const len = last.index + last[0].length - i;
      if (mo && last[3]) return mk(len, Number(last[3]), 'day', `${last[3]}-${pad2(mo)}-${pad2(m[1])}`, span);
      if (mo && last[2].length >= 3) return mk(len, 0, 'day', `--${pad2(mo)}-${pad2(m[1])}`, `year not written; ${span}`);
    }
    m = sticky(DAY_NAME_DATE, text, i);
    if (m) {
      const mo = monthNumber(m[2]);
      if (mo) {
        if (m[3]) return mk(m[0].length, Number(m[3]), 'day', `${m[3]}-${pad2(mo)}-${pad2(m[1])}`);
        if (m[2].length >= 3 && !/^(?:mar|may|mai|mei|maj)$/i.test(m[2]) || /^(?:may|mai|mei|maj)$/i.test(m[2]) && /^[A-Zm]/.test(m[2])) return mk(m[0].length, 0, 'day', `--${pad2(mo)}-${pad2(m[1])}`, 'year not written');
      }
    }
    m = sticky(ORDINAL_PERIOD, text, i);
    if (m) {
      const unit = W.halfYears[m[2].toLowerCase()];
      return mk(m[0].length, Number(m[3]), unit, `${m[3]}-${unit === 'quarter' ? 'Q' : 'H'}${m[1]}`);
    }
    m = sticky(NQ_PERIOD, text, i);
    if (m) { const y = fullYear(m[2]); return mk(m[0].length, y, 'quarter', `${y}-Q${m[1]}`); }
    m = sticky(NH_PERIOD, text, i);
    if (m) { const y = fullYear(m[2]); return mk(m[0].length, y, 'half-year', `${y}-H${m[1]}`); }
    m = sticky(MONTHS_TO_DATE, text, i);
    if (m) { const y = fullYear(m[2]); return mk(m[0].length, y, 'months', `${y}-M${m[1]}`, `the first ${m[1]} months of ${y}`); }
    m = sticky(YEAR_MONTH, text, i);
    if (m && !isDigit(text[i - 1]) && text[i - 1] !== '$') return mk(m[0].length, Number(m[1]), 'month', `${m[1]}-${m[2]}`, 'year.month');
    return undefined;
  }
  // (a word joins the two days only before the year: "May 5 to 12 weeks" is no span)
  let m = sticky(NAME_DAY_WORD_SPAN, text, i) ?? sticky(NAME_DAY_DATE, text, i);
  if (m) {
    const mo = monthNumber(m[1]);
    const d = Number(m[2]);
    if (!mo || d < 1 || d > 31) return undefined;
    const y = m[5] ? Number(m[5]) : 0;
    const span = m[4] ? `, to ${pad2(m[3] ? monthNumber(m[3]) : mo)}-${pad2(m[4])}` : '';
    if (y) return mk(m[0].length, y, 'day', `${y}-${pad2(mo)}-${pad2(d)}`, span ? `a span of days${span}` : undefined);
    // a month and day without a year: not "May" the verb ("may 5") nor a count ("March 3 patients")
    if (unitAfter(text, i + m[0].length)) return undefined;
    return mk(m[0].length, 0, 'day', `--${pad2(mo)}-${pad2(d)}`, `year not written${span ? '; a span of days' + span : ''}`);
  }
  m = sticky(FOREIGN_MONTH_DAY_YEAR, text, i);
  if (m) { const mo = monthNumber(m[1]); const d = Number(m[2]); if (mo && d >= 1 && d <= 31) return mk(m[0].length, Number(m[3]), 'day', `${m[3]}-${pad2(mo)}-${pad2(d)}`); }
  m = sticky(NAME_YEAR_DATE, text, i);
  if (m) { const mo = monthNumber(m[1]); if (mo) return mk(m[0].length, Number(m[2]), 'month', `${m[2]}-${pad2(mo)}`); }
  m = sticky(WORD_ORDINAL_PERIOD, text, i);
  if (m) {
    const n = W.periodOrdinalNumbers[m[1].toLowerCase()];
    const unit = W.halfYears[m[2].toLowerCase()];
    if (n && unit && (unit === 'quarter' ? n <= 4 : n <= 2)) return mk(m[0].length, Number(m[3]), unit, `${m[3]}-${unit === 'quarter' ? 'Q' : 'H'}${n}`);
  }
  m = sticky(FY_SHORT, text, i);
  if (m) { const y = 2000 + Number(m[1]); return mk(m[0].length, y, 'year', String(y), 'fiscal year'); }
  m = sticky(APOSTROPHE_PERIOD, text, i);
  if (m && !isLetter(text[i - 1] ?? '')) {
    const y = 2000 + Number(m[2]);
    if (m[1][0] === 'Q') return mk(m[0].length, y, 'quarter', `${y}-Q${m[1][1]}`);
    if (/^H[12]$/.test(m[1])) return mk(m[0].length, y, 'half-year', `${y}-H${m[1][1]}`);
    const mo = monthNumber(m[1]);
    if (mo) return mk(m[0].length, y, 'month', `${y}-${pad2(mo)}`);
  }
  return undefined;
}

function skipRun(text: string, i: number): number {
  while (i + 1 < text.length && /[\p{L}\p{N}]/u.test(text[i + 1])) i++;
  return i;
}

/** Between a season and its year: a space, or a word of "of" (numbers.json seasonYearLinks) and spaces. */
const SEASON_YEAR = new RegExp(`[ ](?:(?:${wordsPattern(W.seasonYearLinks)})[ ])?((?:19|20)\\d{2})(?![\\d])`, 'iuy');
/** A season and the year after it, read as the months the season spans (numbers.json seasons). */
function seasonAt(text: string, i: number): RawFigure | undefined {
  if (i > 0 && isLetter(text[i - 1])) return undefined;
  const w = wordAt(text, i);
  if (!w) return undefined;
  const months = W.seasons[w.toLowerCase()];
  if (!months) return undefined;
  const y = sticky(SEASON_YEAR, text, i + w.length);
  if (!y) return undefined;
  const year = Number(y[1]);
  return { start: i, end: y.index + y[0].length, figureKind: 'date', value: year, unit: 'month', iso: `${year}-${pad2(months[0])}`, reading: `a span of months, to ${pad2(months[1])}` };
}

/** Between the two months of a span: "februari - maj 2031", "April to June 2029", "Januar bis März 2024". */
const MONTH_SPAN_SEP = new RegExp(`[ ]?(?:-|\u2013|\u2014|${wordsPattern(W.dateSpanJoins)})[ ]?`, 'y');
const SPAN_YEAR = /[ ]((?:19|20)\d{2})(?![\d])/y;
/** A span of two month names and one year after them; the first month before the second. */
function monthSpanAt(text: string, i: number): RawFigure | undefined {
  if (i > 0 && isLetter(text[i - 1])) return undefined;
  // ("July-September", "Jan-Sep": a hyphen joins the two months into one word; the first month is the part before it)
  const w1 = wordAt(text, i)?.split('-')[0];
  if (!w1) return undefined;
  const m1 = monthNumber(w1);
  if (!m1) return undefined;
  const sep = sticky(MONTH_SPAN_SEP, text, i + w1.length);
  if (!sep) return undefined;
  const j = sep.index + sep[0].length;
  const w2 = wordAt(text, j);
  if (!w2) return undefined;
  const m2 = monthNumber(w2);
  if (!m2 || m2 <= m1) return undefined;
  const y = sticky(SPAN_YEAR, text, j + w2.length);
  if (!y) return undefined;
  const year = Number(y[1]);
  // as a span of days is: its first month, and the reading names the last
  return { start: i, end: y.index + y[0].length, figureKind: 'date', value: year, unit: 'month', iso: `${year}-${pad2(m1)}`, reading: `a span of months, to ${pad2(m2)}` };
}

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace('.', '');
  return MONTHS.findIndex(m => m.startsWith(n.slice(0, 3)));
}

/** "the first nine months of 2026", "ersten neun Monate 2026": the words before the months; the year after them. */
const FIRST_MONTHS_BEFORE = /(?:^|[^\p{L}])(?:first|ersten|premiers|första|første|f\u00f8rste|eerste)[ ]$/iu;
const YEAR_OF_MONTHS = new RegExp(`(?:[ ](?:ended|${wordsPattern(W.periodYearLinks)}))?[ ]((?:19|20)\\d{2})(?![\\d\\/])`, 'iuy');

/**
 * A count of months that names the first months of a year, a reporting period: "first nine
 * months of 2026", "9 months 2026", "die ersten neun Monate 2026". The figure is a date of that year.
 */
export function monthsOfYear(text: string, start: number, end: number, value: number, unit: string): RawFigure | undefined {
  if (unit !== 'months' || !Number.isInteger(value) || value < 1 || value > 11) return undefined;
  const y = sticky(YEAR_OF_MONTHS, text, end);
  if (!y) return undefined;
  const first = FIRST_MONTHS_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
  if (!first && y[0].trim() !== y[1]) return undefined;
  const s = first ? start - first[0].length + (/^[^\p{L}]/u.test(first[0]) ? 1 : 0) : start;
  return { start: s, end: y.index + y[0].length, figureKind: 'date', value: Number(y[1]), unit: 'months', iso: `${y[1]}-M${value}`, reading: `the first ${value} months of ${y[1]}` };
}

const LABEL_LIST = /(?:^|[^\p{L}])(\p{L}+)\.?[ ](?:\d{1,4}[a-z]?(?:[ ]?[,&\/][ ]?|[ ](?:and|or|und|oder|och|og|et)[ ]))*$/u;

/** Is the number at `at` one of the numbers a label names: "Cohort 4", "Cohorts 1 and 3", "Parts 1, 2 and 3"? */
/** A word of four letters at least, lower-case but maybe its first, right before a number glued to it ("response3", "Mild21"). */
const GLUED_LABEL_END = /(?:^|[^\p{L}])\p{Lu}?\p{Ll}{3,}$|\p{Ll}{6}$/u;
/** A share in brackets right after a count (maybe written over its group, "3/56"), then the next cell glued on or the line's end: "3 (5.4)10", "3/56 (5.4)". */
const GLUED_SHARE_AFTER = /^(?:\/\d{1,5})?[ ]?\(\d{1,3}(?:[.,]\d{1,2})?\)(?:[\u2020\u2021*]{0,2}\d|[\u2020\u2021*]{0,2}[ ]*$|[\u2020\u2021*]{0,2}[ ]*\n)/;
/** A spread in brackets right after a mean, then the next cell glued on or the line's end: "2.45 (1.3)6.10", "-0.8 (0.4)". */
const GLUED_SPREAD_AFTER = /^[ ]?\(\d{1,4}(?:[.,]\d{1,3})?\)(?:[\u2020\u2021*]{0,2}[-\u2212]?\d|[\u2020\u2021*]{0,2}[ ]*$|[\u2020\u2021*]{0,2}[ ]*\n)/;
/** A plural unit of time right before a number ("months 3.1", "weeks2.5"). */
const TIME_UNIT_END = /(?:months|weeks|days|years)[ ]?$/i;

function labelledList(text: string, at: number): boolean {
  const m = LABEL_LIST.exec(text.slice(Math.max(0, at - 40), at));
  if (!m) return false;
  const w = m[1].toLowerCase();
  return W.labels.has(w) || (w.endsWith('s') && W.labels.has(w.slice(0, -1)));
}

/** "first six months of ", "ersten neun Monate ": words before a year that make it a reporting period. */
const MONTH_WORDS_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:(first|ersten|premiers|f\u00f6rsta|f\u00f8rste|eerste)[ ])?(\\p{L}+)[ ](?:months|Monate|Monaten|mois|m\u00e5naderna|m\u00e5nader|m\u00e5neder|maanden)(?:[ ](?:${wordsPattern(W.periodYearLinks)}))?[ ]$`, 'iu');

/** "nine months of ": a genitive word right before the year. */
const PERIOD_YEAR_LINK_END = new RegExp(`[ ](?:${wordsPattern(W.periodYearLinks)})[ ]$`, 'iu');

/** The value of a cardinal written in a word of any language of numbers.json ("nine", "neun", "nio"). */
function numberWordValue(word: string): number | undefined {
  const l = word.toLowerCase();
  for (const table of Object.values(W.numberWords)) if (table[l] !== undefined) return table[l];
  return undefined;
}

/** Words before a number of years that make it an age: "aged 18", "older than 60", "children 4 to 11 years", "Age \u226565 years" (a sign between). */
const AGE_BEFORE = /(?:^|[^\p{L}])(?:(?:aged?|ages|older than|younger than|over the age of|children|adolescents|adults|infants|im alter von|im alter zwischen|\u00e2g\u00e9e?s? de|i \u00e5ldern|i alderen)[ ](?:\p{L}+[ ]){0,2}|(?:participants|patients|people|persons|individuals|subjects|volunteers|men|women|(?:studien)?teilnehmer\p{L}*|patient(?:en|innen)|menschen|personen|erwachsene\p{L}*|probanden|deltagare|patienter|personer|personnes)[ ](?:over|under|between|above|zwischen|\u00fcber|unter|ab|mellan|\u00f6ver|entre|de plus de|de moins de)[ ])(?:[<>\u2264\u2265]=?[ ]?)?$/u;
/** Words after a number of years that make it an age: "65 years and older", "60 yrs+", "40 Jahre alt". */
const AGE_AFTER = /^(?:[ ]?\+|[ ](?:of age|old|and older|or older|and over|or over|and above|or above|und \u00e4lter|oder \u00e4lter|alt|ou plus|och \u00e4ldre|og \u00e6ldre)(?![\p{L}]))/u;

/** "12.480 participants": a count is whole, so a point before three digits is a thousands separator whatever the language. */
function wholeCount(text: string, num: Num, second: Num | undefined): { value: number; reading: string } | undefined {
  if (second || num.reading) return undefined;
  const written = text.slice(num.start, num.end);
  if (!/^[1-9]\d{0,2}\.\d{3}$/.test(written)) return undefined;
  return { value: Number(written.replace('.', '')) * Math.sign(num.value || 1), reading: 'dot as thousands separator (a count is a whole number)' };
}

const SERIES_NOUNS = Object.entries(W.seriesNouns).map(([k, v]) => [k.toLowerCase(), v] as [string, string]).sort((a, b) => b[0].length - a[0].length);

/**
 * What an ordinal numbers when a milestone of a series follows it, past at most two modifiers:
 * "8th BTD", "a second approved indication", "its sixth breakthrough therapy designation".
 */
export function seriesNounAfter(text: string, at: number): { unit: string; end: number } | undefined {
  let p = at;
  for (let modifiers = 0; modifiers <= 2; modifiers++) {
    if (text[p] !== ' ') return undefined;
    const lower = text.slice(p + 1, p + 40).toLowerCase();
    for (const [noun, unit] of SERIES_NOUNS) if (lower.startsWith(noun) && !isLetter(lower[noun.length])) return { unit, end: p + 1 + noun.length };
    const w = wordAt(text, p + 1);
    if (!w || W.notModifiers.has(w.toLowerCase())) return undefined;
    p += 1 + w.length;
  }
  return undefined;
}

/** "steg fra", "ökade från", "steeg van": a change from a value in the languages besides English; the word for "to" follows the value. */
const CHANGE_FROM_OTHER = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(W.changeFromTo.verbs)})\\p{L}*[ ](?:[\\p{L}\\d\u2019'-]+[ ]){0,6}(?:${wordsPattern(W.changeFromTo.from)})[ ]$`, 'u');
const CHANGE_TO_OTHER = new Set(W.changeFromTo.to);
/** A change from one value to another ("increased from 35 % to 66 %", "steg fra 380 til 1.400"), not a range, when `sep` joins the two. */
function changeFromTo(left: string, sep: string | undefined, ownUnits = false): boolean {
  if (sep === undefined) return false;
  return (sep === 'to' && (CHANGE_FROM.test(left) || (ownUnits && CHANGE_BY.test(left)))) || (CHANGE_TO_OTHER.has(sep) && CHANGE_FROM_OTHER.test(left));
}
/**
 * "dropped $1.10 to $9.85", "rose by 12 % to $4.1 million": a verb of change right before the first value, its size, then
 * its destination, each value written with its own unit (`ownUnits`); "rose 25 to 30 percent", one unit for both, is a
 * range of the change's size.
 */
const CHANGE_BY = new RegExp(`(?<![\\w-])(?:${wordsPattern(numbersData.changeFromTo.englishVerbs.filter(v => v.length >= 3))})\\w*[ ](?:by[ ])?$`);
/** "increased from", "raised its price target on the stock from": a change from one value to another, not a range. */
const CHANGE_FROM = new RegExp(`(?<![\\w-])(?:${wordsPattern(numbersData.changeFromTo.englishVerbs)})\\w*[ ](?:[\\w\u2019'-]+,?[ ]){0,6}from[ ]$`);

/** A scale word after a number: "million", "bn", "M" ("$100M"), "Mio.", "crore", "lakh". */
function scaleAt(text: string, at: number): { scale: number; end: number } | undefined {
  const m = sticky(SCALE, text, at);
  if (m) return { scale: SCALES[(m[1] ?? m[2]).toLowerCase()] ?? 1, end: at + m[0].length };
  const l = sticky(SCALE_LONG, text, at);
  if (l) { const k = l[1].toLowerCase(); const scale = W.scales[k] ?? W.scales[k.replace(/\.$/, '')]; if (scale) return { scale, end: at + l[0].length }; }
  // "US$1.2亿": a Chinese or Japanese scale character after a currency's sign
  const c = sticky(CJK_SCALE, text, at);
  if (c) return { scale: W.cjkScales[c[1]], end: at + c[0].length };
  // "$38.5 ⏎        million": a line wrapped before its scale word, the next line indented
  const w = sticky(WRAPPED_SCALE, text, at);
  if (w) return { scale: SCALES[w[1].toLowerCase()] ?? W.scales[w[1].toLowerCase()] ?? 1, end: at + w[0].length };
  return undefined;
}

/** "7,9 (1,2) MSEK", "1,75 (Vorjahr: 1,90) Milliarden": a number in parentheses after another, a label before it allowed. */
const SHARED_PAREN = /[ ]?\((?:\p{L}[\p{L} .]{0,18}:[ ]?)?(?=[-\u2212]?\d)/uy;
const PAREN_OPEN_BEFORE = /\d[ ]?\((?:\p{L}[\p{L} .]{0,18}:[ ]?)?$/u;
const PAREN_CLOSE = /\)/y;
/** A hedge before the second number leaves the pair one ("from 9.5 to about 11 percent"): English's and numbers.json's words of "about". */
// (and a bound: "lägst 3 100 000 och högst 4 150 000 aktier", "at least 5 and at most 8 sites": the two bounds of one quantity)
const SHARED_LINK_HEDGES = ['about', 'approximately', 'around', 'roughly', 'nearly', 'almost', 'at most', 'up to', 'at least', ...numbersData.comparatorWords['~'], ...numbersData.comparatorWords['\u2264'], ...numbersData.comparatorWords['\u2265']];
/** "week 12", "Woche 12", "semaine 12", "dag 28": a word of time right before a number (numbers.json timeWordsBefore beside English's and German's). */
const TIME_WORDS_BEFORE = numbersData.timeWordsBefore as Record<string, string>;
const TIME_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(day|week|month|year|tag|woche|monat|wk|mo|(?:day|week|month|year)s|${wordsPattern(Object.keys(TIME_WORDS_BEFORE))})\\.?[ ]$`, 'iu');
/** The next column's time point glued to a time point's number: "Week 6Week 12", "Month 3Month 9" (a word of time, then its number). */
const GLUED_TIME_WORD_AFTER = new RegExp(`^(?:day|week|month|year|tag|woche|monat|wk|mo|${wordsPattern(Object.keys(TIME_WORDS_BEFORE))})\\.?[ ]?\\d`, 'iu');
/** "3,5 auf 6,1 Millionen Euro", "7,2 vs. 4,1 Monate", "212 and 48 patients", "from 9.5 to about 11 %": two numbers joined, the unit written after the second. */
const SHARED_LINK_WORDS = `[ ](?:vs\\.?|versus|compared with|compared to|auf|to|tot|naar|till|til|\u00e0|a|and|und|och|og|et|or|oder|eller|bzw\\.|beziehungsweise|${wordsPattern([...W.versusSums, ...W.versusSumsOnly])})[ ](?:(?:${wordsPattern(SHARED_LINK_HEDGES)})[ ])?`;
const SHARED_LINK = new RegExp(`${SHARED_LINK_WORDS}(?=[-\u2212]?\\d)`, 'y');
/** The same link before a number written in a word: "16 and seven percent". */
const SHARED_LINK_TO_WORD = new RegExp(`${SHARED_LINK_WORDS}(?=\\p{L})`, 'yu');
/** "$12.3 and $14.5 million", "\u20ac3 bis \u20ac4 Mio.": two sums each with its sign, joined, the scale written after the second only. */
const SHARED_SCALE_LINK = new RegExp(`${SHARED_LINK_WORDS}(?=[$\u20ac\u00a3\u00a5]\\d)`, 'y');
/** Links that set a number against a sum only ("4,25 nach 3,9 Mio. Euro"; "5 nach 12 Wochen" is a time after): numbers.json versusSumsOnly. */
const SUMS_ONLY_LINK = new RegExp(`[ ](?:${wordsPattern(W.versusSumsOnly)})[ ]`, 'y');

/** A run of letters at a position. */
const LETTERS_AT = /\p{L}+/uy;
/**
 * A figure at a number, and when the number stands bare, the unit it shares with the number after
 * it: "7,9 (1,2) MSEK" reads both as millions of kronor, "von 3,5 auf 6,1 Millionen Euro" the first
 * as euros too, "212 and 48 patients" the first as patients.
 */
function parseFigureAt(text: string, num: Num, prev: string | undefined, habit: NumberHabit): RawFigure | undefined {
  const fig = readFigureAt(text, num, prev, habit);
  if (fig?.figureKind === 'money' && typeof fig.value === 'number' && fig.end === num.end && fig.start < num.start) return withScaleOfNext(text, fig, num, habit);
  if (!fig || fig.figureKind !== 'other' || Array.isArray(fig.value)) return fig;
  const scaleWord = fig.unit ? SCALES[fig.unit] ?? W.scales[fig.unit] : undefined;
  if (fig.unit ? !scaleWord : fig.end !== num.end) return fig;
  const shared = (() => {
    const signedAt = (p: number) => p + (text[p] === '-' || text[p] === '\u2212' ? 1 : 0);
    // the second number in parentheses: its unit follows the closing one
    if (PAREN_OPEN_BEFORE.test(text.slice(Math.max(0, fig.start - 24), fig.start)) && sticky(PAREN_CLOSE, text, fig.end)) return fig.end + 1;
    const paren = sticky(SHARED_PAREN, text, fig.end);
    const link = paren ? undefined : sticky(SHARED_LINK, text, fig.end) ?? (scaleWord ? null : sticky(SHARED_LINK_TO_WORD, text, fig.end));
    // "12, 15 and 19 patients": a list of bare numbers whose last carries the unit
    if (!paren && !link && !scaleWord) return listEnd(text, fig.end, habit);
    const at = paren ? paren.index + paren[0].length : link ? link.index + link[0].length : -1;
    if (at < 0) return undefined;
    const n2 = readNumber(text, signedAt(at), habit);
    // ("16 and seven percent", "16 bzw. sieben Prozent": the next number written in a word carries the unit as digits do)
    if (!n2) {
      const w = link && !scaleWord ? sticky(LETTERS_AT, text, at) : null;
      return w && numberWordValue(w[0]) !== undefined ? at + w[0].length : undefined;
    }
    if (paren) return sticky(PAREN_CLOSE, text, n2.end) ? n2.end + 1 : undefined;
    return scaleWord ? -n2.start - 1 : n2.end;
  })();
  if (shared === undefined) return fig;
  const how = 'unit written after the next number';
  if (shared < 0) {
    // "150 million to 310 million dollars": the first sum takes the currency of the second
    const at = -shared - 1;
    const second = readFigureAt(text, readNumber(text, at, habit)!, text[at - 1], habit);
    if (!second || second.figureKind !== 'money') return fig;
    return { ...fig, figureKind: 'money', value: round((fig.value as number) * scaleWord!), unit: second.unit, reading: fig.reading ? `${fig.reading}, ${how}` : how };
  }
  const read = readFigureAt(text, num, prev, habit, shared);
  if (!read || (read.figureKind === 'other' && !read.unit) || Array.isArray(read.value)) return fig;
  if (read.figureKind !== 'money' && sticky(SUMS_ONLY_LINK, text, fig.end)) return fig;
  return { ...read, start: fig.start, end: fig.end, reading: read.reading ? `${read.reading}, ${how}` : how };
}

/**
 * A sum written with its sign and no scale, joined to a second sum with the same sign and a scale ("$12.3 and $14.5
 * million"): the scale is both sums', as in "12.3 and 14.5 million dollars".
 */
function withScaleOfNext(text: string, fig: RawFigure, num: Num, habit: NumberHabit): RawFigure {
  const link = sticky(SHARED_SCALE_LINK, text, fig.end);
  if (!link) return fig;
  const signAt = link.index + link[0].length;
  if (text[signAt] !== text[num.start - 1]) return fig;
  const n2 = readNumber(text, signAt + 1, habit);
  const second = n2 ? readFigureAt(text, n2, text[signAt], habit) : undefined;
  if (!n2 || !second || second.figureKind !== 'money' || second.unit !== fig.unit || typeof second.value !== 'number' || n2.value === 0) return fig;
  const scale = Math.round(second.value / n2.value);
  // (a price written in cents before a sum that is not, "$0.50 and $1.2 million", stands for itself)
  if (!SCALE_FACTORS.has(scale) || (decimalsIn(text.slice(num.start, num.end)) === 2 && decimalsIn(text.slice(n2.start, n2.end)) !== 2)) return fig;
  // (and only sums of one size: "from $450 to $1.2 million" is no pair of millions)
  const ratio = ((fig.value as number) * scale) / second.value;
  if (!(ratio >= 0.1 && ratio <= 10)) return fig;
  const how = 'scale written after the next sum';
  return { ...fig, value: round((fig.value as number) * scale), reading: fig.reading ? `${fig.reading}, ${how}` : how };
}
const SCALE_FACTORS = new Set([1e3, 1e6, 1e9, 1e12]);

/** "and", "or" (a comma before them allowed) closing a list of numbers, in the languages of numbers.json. */
const LIST_LAST = new RegExp(`,?[ ](?:${wordsPattern(W.coordinators)})[ ](?=\\d)`, 'y');
const LIST_COMMA = /,[ ](?=\d)/y;

/**
 * The end of a list of bare numbers after a comma ("12, 15 and 19 patients", "0.5, 1, 2 or 4 mg"):
 * the end of its last number, when the list closes with "and" or "or"; at most eight numbers.
 */
function listEnd(text: string, at: number, habit: NumberHabit): number | undefined {
  let p = at;
  for (let k = 0; k < 8; k++) {
    const last = sticky(LIST_LAST, text, p);
    const comma = last ? null : sticky(LIST_COMMA, text, p);
    if (!last && !comma) return undefined;
    const n = readNumber(text, (last ?? comma)!.index + (last ?? comma)![0].length, habit);
    if (!n) return undefined;
    if (last) return n.end;
    p = n.end;
  }
  return undefined;
}

/**
 * "Responders9/40 (22.5%)": a table's cell glued to its row's label, a count out of its group and the share in brackets
 * that the two make (k/n in per cent, to the share's decimals): a count, though a letter stands right before it.
 */
const GLUED_FRACTION_SHARE = /^\/(\d{1,5})[ ]?\((\d{1,3}(?:\.\d{1,2})?)[ ]?%?\)/;
function gluedFractionShare(k: number, after: string): boolean {
  const m = GLUED_FRACTION_SHARE.exec(after);
  if (!m || !Number.isInteger(k)) return false;
  const n = Number(m[1]);
  return n > 0 && k <= n && shareOf(k, n, Number(m[2]), decimalsOf(m[2]));
}

/** Whether the dash at `at` opens its line (spaces before it at most) and the line ends in a pipe: a table's cell alone on its line. */
function cellLineOpening(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (i >= 0 && text[i] !== '\n') return false;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  if (end - at > 120) return false;
  return /\|[ \t]*$/.test(text.slice(at, end));
}

function readFigureAt(text: string, numIn: Num, prev: string | undefined, habit: NumberHabit, sharedUnitAt?: number): RawFigure | undefined {
  let num = numIn;
  // "Share0 %", "Incidence3,100": a flattened table cell ("USD12m": a currency code glued to its sum is none)
  // (a Chinese or Japanese character before it is none: that script writes no spaces, "募资4.7亿美元")
  const gluedToWord = isLetter(prev) && prev !== 'E' && !CJK_CHAR.test(prev!) && !GLUED_CODE.test(text.slice(Math.max(0, num.start - 4), num.start));
  let start = num.start;
  let end = num.end;
  let value: number | [number, number] = num.value;
  let reading = num.reading;
  // "-18.4", "(\u22120.53)": a minus sign that does not join two words or two numbers; after a closing bracket it joins
  // nothing either ("Median (IQR)\u22120.7", "(\u22121.9, 0.4)\u22122.2": cells a flattened table glued together)
  // (nor after a footnote's mark, "(0.7)†−1.2"; nor after a number it would make a range running downwards, "312,5-7%":
  // a range runs from low to high, so there the dash is the sign of the next cell's change)
  const negative = prev === '-' && (num.start < 2 || /[\s(\[:=,;)\u2020\u2021\u00a7\u00b6]/.test(text[num.start - 2]) || descendingBefore(text, num));
  // ("| \u2212 23.6 (5.5) |": a minus set apart from its number by one space, at a table cell's or a bracket's opening,
  // where no word stands for a hyphen to join; a line's opening dash is a list's bullet)
  // (but a line that opens with it and ends in a pipe is a table's cell a copy put on a line of its own, "\u2212 17.3 (2.4) |")
  const spacedMinus = !negative && prev === ' ' && num.start >= 2 && text[num.start - 2] === '-' && (/[|(\[][ ]?$/.test(text.slice(Math.max(0, num.start - 4), num.start - 2)) || cellLineOpening(text, num.start - 2));
  if (negative) { value = -num.value; num = { ...num, value: -num.value, start: num.start - 1 }; start = num.start; }
  else if (spacedMinus) { value = -num.value; num = { ...num, value: -num.value, start: num.start - 2 }; start = num.start; }
  const lowerLeft = text.slice(Math.max(0, num.start - 40), num.start).toLowerCase();
  // (a sum's role word may open its clause, further back)
  const roleLeft = (): string => text.slice(Math.max(0, num.start - ROLE_REACH_BEFORE), num.start).toLowerCase();
  // "Phase 2", "fase 1 studier", "Phase-3": a phase's number names the phase and counts nothing
  if (/(?:^|[^\p{L}])(?:phase|fase|phasé|phas)[ -]?$/u.test(lowerLeft) && !negative) return undefined;
  // "2-sided", "one-tailed": the sides of a statistical test count nothing
  if (!negative && /^-(?:sided|tailed)(?![\p{L}])/iu.test(text.slice(num.end, num.end + 8))) return undefined;

  // --- prefixes that decide the kind -------------------------------------------------------
  let cur = gluedToWord ? undefined : currencyBefore(text, num.start);
  // "$(1.2) million", "\u20ac(0.11)": a negative sum in the brackets of accounts, written after its currency's sign
  if (!cur && !gluedToWord && !negative && text[num.start - 1] === '(' && text[num.end] === ')') {
    const sign = currencyBefore(text, num.start - 1);
    if (sign && /[$\u20ac\u00a3\u00a5]$/.test(text.slice(sign.start, num.start - 1))) {
      cur = sign;
      num = { ...num, value: -num.value, end: num.end + 1 };
      end = num.end;
      value = num.value;
    }
  }
  const nEq = /(?:^|[^a-z])n[ ]?=[ ]?[~\u2248]?[ ]?$/i.exec(text.slice(Math.max(0, num.start - 8), num.start));
  // "p = 0.01", "a p-value of 0.0031", "p-value, 0.0012" (a significance threshold, "alpha of 0.0001", is no result and stays other)
  const pWritten = P_EQ.exec(text.slice(Math.max(0, num.start - 48), num.start));
  // "(p 0.004)", "; P .03": a lone p after a bracket or a comma, its sign lost (a "<" a page took for markup): a
  // p-value when what follows is a decimal between 0 and 1 written with its point, at most the number ("=" or "<")
  const pLost = !pWritten && num.value > 0 && num.value < 1 && /^0?[.,]\d/.test(text.slice(num.start, num.start + 3)) ? P_SIGN_LOST.exec(text.slice(Math.max(0, num.start - 6), num.start)) : null;
  const pEq = pWritten ?? pLost;
  const hrEq = RATIO_NAME_BEFORE.exec(lowerLeft)
    // "the hazard ratio for progression or death was 0.62": the ratio's name, then what it is of, then its value
    ?? RATIO_NAME_FOR_BEFORE.exec(text.slice(Math.max(0, num.start - 64), num.start))
    // "the OS HRs (AB-101 vs. placebo) were 0.89": the ratio's name, an aside in brackets, its verb, then its value
    // (asked only where a bracket closes before the number: most numbers have none)
    ?? (lowerLeft.includes(')') || lowerLeft.includes(']') ? RATIO_NAME_ASIDE_BEFORE.exec(text.slice(Math.max(0, num.start - 72), num.start)) : null);

  let comparator: string | undefined;
  const cmp = comparatorBefore(text, cur ? cur.start : num.start);
  if (cmp && !gluedToWord) { comparator = cmp.comparator; }

  if (cur) {
    // "SEK 1 250 000": after a currency, a space between digit groups is a thousands separator
    if (!num.reading && text[num.end] === ' ') {
      const wide = readNumber(text, num.start, habit, true);
      if (wide && wide.end > num.end) { num = wide; end = wide.end; reading = wide.reading; }
    }
    start = cur.start;
    let scale = cur.scale ?? 1;
    // "USD 12.4 M", "$2.5 MM": after a currency, a capital scale letter may stand apart from the number
    // "$10-million payment" (an adjective), "($12.3) million" (a negative sum in an accounts' brackets)
    const bracketed = text[end] === ')' && text[cur.start - 1] === '(' && text[end + 1] === ' ' ? scaleAt(text, end + 2) : undefined;
    const sc = scaleAt(text, end) ?? (text[end] === ' ' || text[end] === '-' ? scaleAt(text, end + 1) : undefined) ?? bracketed;
    if (sc && sc === bracketed) start = cur.start - 1;
    if (sc) { scale = sc.scale; end = sc.end; }
    // "$100M+": at least the sum
    if (text[end] === '+' && !isDigit(text[end + 1])) { end++; comparator = comparator ?? '\u2265'; }
    let v: number | [number, number] = round(num.value * scale);
    // range "$600 million-$1.4 billion"; "raised its target from $118 to $164" is a change, two figures
    const rs = sticky(RANGE_SEP, text, end);
    const currencyAfter = rs ? /^(?:US\$|\$|\u20ac|\u00a3)/.test(text.slice(rs.index + rs[0].length, rs.index + rs[0].length + 3)) : false;
    const change = changeFromTo(text.slice(Math.max(0, cur.start - 60), cur.start).toLowerCase(), rs?.[1], currencyAfter);
    // "EUR 3 und 4 Mio.": two sums joined by a conjunction are a range only after "between" ("zwischen 3 und 4 Mio. Euro")
    // ("MSEK -4,5 -3,2": a hyphen with a space before it and none after is the next sum's minus sign, no range's dash)
    const minusSign = rs?.[1] === '-' && rs[0] === ' -';
    if (rs && !minusSign && !(BETWEEN_ONLY.has(rs[1]) && !BETWEEN.test(text.slice(Math.max(0, cur.start - 20), cur.start).toLowerCase())) && !change) {
      const after = rs.index + rs[0].length;
      const cur2 = text.startsWith('$', after) || text.startsWith('US$', after) || text.startsWith('\u20ac', after) ? (text.startsWith('US$', after) ? 3 : 1) : 0;
      const n2 = isDigit(text[after + cur2]) ? readNumber(text, after + cur2, habit, true) : undefined;
      if (n2) {
        let scale2 = scale;
        let e2 = n2.end;
        const sc2 = scaleAt(text, n2.end);
        if (sc2) { scale2 = sc2.scale; e2 = sc2.end; }
        // "$40 to $90 million": the scale written once is the range's, when its bounds stay in order ("$694,000 to
        // $1.3 million" is no range of millions)
        const scale1 = sc || !sc2 || num.value > n2.value ? scale : scale2;
        v = [round(num.value * scale1), round(n2.value * scale2)];
        end = e2;
      }
    }
    if (cmp) start = cmp.start;
    return { start, end, figureKind: 'money', value: v, unit: cur.code, comparator, reading, role: moneyRole(roleLeft(), text.slice(end)) };
  }
  if (pEq) {
    // "P < 10-4", "p < 10^-6", "p < 10\u207b\u2078": a power of ten without its mantissa (a flattened superscript)
    const pow = num.value === 10 && !negative ? /^(?:\^[ ]?|)([-\u2212\u207b])([0-9\u2070\u00b9\u00b2\u00b3\u2074-\u2079]{1,2})(?![\d.,])/.exec(text.slice(end, end + 5)) : null;
    if (pow) {
      const exp = Number([...pow[2]].map(c => SUPERSCRIPT[c] ?? c).join(''));
      return { start: num.start - (pEq[0].length - (/^[^\p{L}]/u.test(pEq[0]) ? 1 : 0)), end: end + pow[0].length, figureKind: 'pvalue', value: Number(`1e-${exp}`), unit: '', comparator: pvalueComparator(pEq[0]), reading: `power of ten \u00d710^-${exp} (a flattened superscript)` };
    }
    if (pLost) return { start: num.start - pLost[0].length, end, figureKind: 'pvalue', value: num.value, unit: '', comparator: '\u2264', reading: 'a p-value whose sign was lost ("p 0.004"): read as at most the number' };
    return { start: num.start - (pEq[0].length - (/^[^\p{L}]/u.test(pEq[0]) ? 1 : 0)), end, figureKind: 'pvalue', value: num.value, unit: '', comparator: pvalueComparator(pEq[0]), reading };
  }
  if (nEq) {
    const s = num.start - (nEq[0].length - (/^[^a-z]/i.test(nEq[0]) ? 1 : 0));
    // "(n=22/48)", "(n = 22 of 48)": the part and its whole
    const slash = Number.isInteger(num.value) ? sticky(SLASH_N, text, end) ?? sticky(OF_N, text, end) : null;
    const den = slash ? Number(slash[1].replace(/,/g, '')) : undefined;
    if (slash && den! >= num.value) return { start: s, end: slash.index + slash[0].length, figureKind: 'count', value: num.value, unit: 'patients', denominator: den, reading };
    return { start: s, end, figureKind: 'count', value: num.value, unit: 'patients', comparator: /[~\u2248]/.test(nEq[0]) ? '~' : undefined, reading };
  }
  // "am 14. Tag", "in der 12. Behandlungswoche": a German ordinal before a day, week or month is that time point
  const ordinalTime = Number.isInteger(num.value) && num.value >= 1 && num.value < 1000 && !negative && !reading ? sticky(ORDINAL_TIME_DE, text, num.end) : null;
  if (ordinalTime) {
    const u = ordinalTime[1].toLowerCase();
    return { start: num.start, end: ordinalTime.index + ordinalTime[0].length, figureKind: 'duration', value: num.value, unit: u === 'tag' ? 'days' : u === 'woche' ? 'weeks' : u === 'monat' ? 'months' : 'years', timepoint: true, reading: 'a German ordinal of a day, week or month' };
  }
  const tpEq = TIME_WORD_BEFORE.exec(lowerLeft);
  // "calendar year 2026", "the year 2025": a year's number after "year" is a date, no time point
  const yearNamed = tpEq && /^years?$/i.test(tpEq[1]) && num.value >= 1900 && num.value <= 2100 && !num.reading;
  if (tpEq && !yearNamed && !sticky(PERCENT, text, end) && Number.isInteger(num.value)) {
    const u = tpEq[1].toLowerCase().replace(/s$/, '');
    const unitName = TIME_WORDS_BEFORE[tpEq[1].toLowerCase()] ?? (u === 'tag' ? 'days' : u === 'woche' || u === 'wk' ? 'weeks' : u === 'monat' || u === 'mo' ? 'months' : u + 's');
    const tpStart = num.start - (tpEq[0].length - (/^[^a-z]/i.test(tpEq[0]) ? 1 : 0));
    // "weeks 12 to 24", "Months 5 through 36", "Woche 4 bis 16": the unit before the first number is the range's
    const span = sticky(TIME_SPAN_AFTER, text, end);
    const upper = span ? readNumber(text, span.index + span[0].length, habit) : undefined;
    if (upper && Number.isInteger(upper.value) && upper.value > num.value && !isDigit(text[upper.end]) && !sticky(PERCENT, text, upper.end)) {
      return { start: tpStart, end: upper.end, figureKind: 'duration', value: [num.value, upper.value], unit: unitName, timepoint: true, reading };
    }
    // a plural unit before one number alone ("the last months 6 ...") is left to the other readings, as before
    if (!/^(?:day|week|month|year)s$/i.test(tpEq[1])) {
      return { start: tpStart, end, figureKind: 'duration', value: num.value, unit: unitName, timepoint: true, reading };
    }
  }

  // --- a second number: ranges "2-4 %", "3 to 4 contracts", intervals "0.41-0.77" ----------
  let rangeEnd = -1;
  let second: Num | undefined;
  const firstUnit = unitAfter(text, sharedUnitAt ?? end);
  if (sharedUnitAt !== undefined && !firstUnit) return undefined;
  if (sharedUnitAt === undefined && (!firstUnit || firstUnit.kind === 'percent' || firstUnit.kind === 'duration' || firstUnit.kind === 'dose')) {
    const rs = sticky(RANGE_SEP, text, firstUnit ? firstUnit.end : end);
    // "increased from 35 % to 66 %" is a change; "doses from 30 to 3000 \u00b5g/kg" a range
    const fromTo = changeFromTo(lowerLeft, rs?.[1], !!firstUnit);
    const sepOk = rs && (!BETWEEN_ONLY.has(rs[1]) || BETWEEN.test(lowerLeft));
    // ("\u221220 to \u22126", "\u22121.9 bis \u22120.5": a second bound with its minus sign after a separator in words)
    const after2 = rs ? rs.index + rs[0].length : -1;
    const signed2 = !!rs && rs[1] !== '-' && text[after2] === '-' && isDigit(text[after2 + 1]);
    if (rs && sepOk && !fromTo && (isDigit(text[after2]) || signed2)) {
      const read2 = readNumber(text, after2 + (signed2 ? 1 : 0), habit);
      const n2 = read2 && signed2 ? { ...read2, start: after2, value: -read2.value } : read2;
      // only a range when the second number is larger and not a year-like run ("2027-2028" is a date range below)
      // "23 procent till 1 234 MSEK": a share and a sum are no range
      const u2 = n2 && firstUnit ? unitAfter(text, n2.end) : undefined;
      // "rose 25 percent to 10,618 sequences": a share and a count of things are no range either
      const otherUnit = (!!u2 && !!firstUnit && (u2.kind !== firstUnit.kind || u2.unit !== firstUnit.unit))
        || (!!n2 && !u2 && firstUnit?.kind === 'percent' && !!countedNounAt(text, n2.end, habit.lang === 'en'));
      if (n2 && n2.value > num.value && !isDigit(text[n2.end]) && (rs[1] !== '-' || rs[0] === '-') && !otherUnit) {
        second = n2;
        rangeEnd = n2.end;
      }
    }
  }
  const unitAt = second ? rangeEnd : end;
  // "1–3 prior treatment lines", "2-4 tidigare behandlingslinjer": a range of whole numbers counts the noun after its modifiers, as one number does
  const rangeNoun = second && !firstUnit && Number.isInteger(num.value) && Number.isInteger(second.value) && !unitAfter(text, unitAt) ? countedNounAt(text, unitAt, habit.lang === 'en') : undefined;
  const unit = (second ? unitAfter(text, unitAt) : firstUnit) ?? (second && firstUnit ? firstUnit : undefined) ?? (rangeNoun ? { kind: 'count' as const, unit: rangeNoun.unit, end: rangeNoun.end } : undefined);
  if (second) { value = [num.value, second.value]; end = rangeEnd; reading = reading ?? second.reading; }
  // "seven to 15 weeks", "zwei bis 9 Monate": a range whose first bound is written in words
  if (!second && unit && (unit.kind === 'duration' || unit.kind === 'count' || unit.kind === 'percent' || unit.kind === 'dose') && !cmp) {
    const wr = /(?:^|[^\p{L}])(\p{L}+)[ ]?(?:to|-|bis|til|till|tot|\u00e0|a)[ ]?$/u.exec(lowerLeft.slice(-24));
    const lo = wr ? W.numberWords.en?.[wr[1]] ?? W.numberWords[habit.lang]?.[wr[1]] : undefined;
    if (wr && lo !== undefined && lo < num.value) { value = [lo, num.value]; start = num.start - (wr[0].length - (/^[^\p{L}]/u.test(wr[0]) ? 1 : 0)); reading = `${reading ? reading + ', ' : ''}a range from a number written in words`; }
  }

  // years and year ranges: "2027", "2026E", "(2027-2028)"
  if (!unit && Number.isInteger(num.value) && num.value >= 1990 && num.value <= 2099 && /^\d{4}$/.test(text.slice(num.start, num.end))) {
    // "the first nine months of 2026", "die ersten neun Monate 2026": a reporting period
    const wm = MONTH_WORDS_BEFORE.exec(text.slice(Math.max(0, num.start - 40), num.start));
    const n = wm ? numberWordValue(wm[2]) : undefined;
    if (wm && n !== undefined && Number.isInteger(n) && n >= 1 && n <= 11 && (wm[1] || !PERIOD_YEAR_LINK_END.test(wm[0]))) {
      const s0 = num.start - wm[0].length + (/^[^\p{L}]/u.test(wm[0]) ? 1 : 0);
      return { start: s0, end: num.end, figureKind: 'date', value: num.value, unit: 'months', iso: `${num.value}-M${n}`, reading: `the first ${n} months of ${num.value}, number written in words` };
    }
    let e = num.end;
    let estimate = false;
    if (text[e] === 'E' && !isLetter(text[e + 1])) { e++; estimate = true; }
    const r = /^-((?:19|20)\d{2})(?!\d)/.exec(text.slice(e, e + 6));
    // "2025/26": a fiscal year over two calendar years
    const fy = /^\/(\d{2})(?![\d\/])/.exec(text.slice(e, e + 4));
    if (fy && Number(fy[1]) === (num.value + 1) % 100) return { start: num.start, end: e + fy[0].length, figureKind: 'date', value: num.value, unit: 'year', iso: `${num.value}/${fy[1]}`, reading: 'a fiscal year over two calendar years' };
    if (r) return { start: num.start, end: e + r[0].length, figureKind: 'date', value: [num.value, Number(r[1])], unit: 'year', iso: `${num.value}/${r[1]}` };
    return { start: num.start, end: e, figureKind: 'date', value: num.value, unit: 'year', iso: String(num.value), reading: estimate ? 'estimate (E)' : undefined };
  }

  // "X2", "mRNA1273": not a figure; but "Placebo3 of 60 (5.0 %)" is a table row's count
  // ("Median, months3.1 (1.4-6.3)": a label ending in a unit of time, glued to its cell's value and interval, is a table's row)
  if (gluedToWord && !unit && !reading && !/^ of \d/.test(text.slice(end, end + 5)) && !gluedFractionShare(num.value, text.slice(end, end + 20))
    && !(TIME_UNIT_END.test(text.slice(Math.max(0, num.start - 8), num.start)) && /^[ ]?\(\d/.test(text.slice(end, end + 3)))
    // ("Partial response4 (6.2)11 (17.5)": a row's label glued to its first cell, a count and its share in brackets)
    // (or in capitals, alone at the line's start: "CR0 (0.0)1 (2.5)")
    && !((GLUED_LABEL_END.test(text.slice(Math.max(0, num.start - 6), num.start)) || rowCapitalsBefore(text, num.start) !== undefined) && Number.isInteger(num.value) && num.end - num.start <= 4 && GLUED_SHARE_AFTER.test(text.slice(end, end + 16)))
    // ("Mean score2.45 (1.3)6.10 (1.1)": a mean glued to its label, its spread in brackets, then the next cell)
    && !(GLUED_LABEL_END.test(text.slice(Math.max(0, num.start - 6), num.start)) && !Number.isInteger(num.value) && GLUED_SPREAD_AFTER.test(text.slice(end, end + 16)))) return undefined;
  // "two large trials3,4": footnote markers glued to an English word, not a decimal comma
  if (gluedToWord && !unit && habit.lang === 'en' && /\p{Ll}/u.test(prev ?? '') && /^\d{1,2}(?:,\d{1,2})+$/.test(text.slice(num.start, num.end))) return undefined;
  if (!unit) {
    const cw = sticky(CURRENCY_WORD, text, end);
    if (cw && CURRENCY_WORDS[cw[1]]) return { start: cmp?.start ?? num.start, end: cw.index + cw[0].length, figureKind: 'money', value, unit: CURRENCY_WORDS[cw[1]], comparator, reading, role: moneyRole(roleLeft(), text.slice(cw.index + cw[0].length)) };
  }

  // "a growth of 4 7%": two bare numbers side by side after a preposition, the second a share, are a range whose dash was lost
  if (!unit && !second && !cmp && text[end] === ' ' && isDigit(text[end + 1])) {
    const n2 = readNumber(text, end + 1, habit);
    const u2 = n2 ? unitAfter(text, n2.end) : undefined;
    const before = /(?:^|[^\p{L}])(\p{L}+)[ ]$/u.exec(lowerLeft.slice(-16));
    if (n2 && u2?.kind === 'percent' && n2.value > num.value && before && W.lostDashBefore.has(before[1])) {
      return { start, end: u2.end, figureKind: 'percent', value: [num.value, n2.value], unit: u2.unit, reading: `${reading ? reading + ', ' : ''}a range whose dash was lost` };
    }
  }

  if (unit) {
    end = unit.end;
    let figureKind: FigureKind = unit.kind === 'money-scale' ? 'other' : unit.kind;
    let unitText = unit.unit;
    let level: number | undefined;
    let timepoint: boolean | undefined;
    if (unit.kind === 'percent' && !second) {
      // "95% CI 0.38-0.69", "(95% CI: 42.8%, 57.2%)", "95% confidence interval (CI): a, b", "95% CI = a%-b%";
      // and the level written after the label: "(CI 95% 0.4-0.8)", "IC à 95 % : 0,4-0,8", "IC al 95% 0,4-0,8"
      const ciBefore = /(?:^|[^A-Za-z])(?:CI|CrI|KI|IC(?: \u00e0| del| de| al)?)[ :]{0,2}$/.exec(text.slice(Math.max(0, num.start - 10), num.start));
      const ci = ciBefore ? sticky(/[ :,=]{0,3}(?:\(|\[)?[ ]?/y, text, end) : sticky(CI_AFTER_PERCENT, text, end);
      const interval = ci ? intervalAt(text, ci.index + ci[0].length, habit) : undefined;
      // (not when another interval in brackets is glued right after it, "80% CI(1.2, 5.5)(0.4, 9.8)": a table's row of
      // intervals under the level its label names, one a column, read with the row)
      if (interval && !text.startsWith(')(', interval.end)) {
        const s0 = ciBefore ? num.start - ciBefore[0].length + (/^[^A-Za-z]/.test(ciBefore[0]) ? 1 : 0) : num.start;
        return { start: s0, end: interval.end, figureKind: 'ci', value: interval.value, unit: interval.unit, level: num.value, reading: interval.reading };
      }
    }
    if (unit.kind === 'duration' && unit.adjective) timepoint = true;
    const period = unit.kind === 'duration' && !second ? monthsOfYear(text, start, unit.end, value as number, unit.unit) : undefined;
    if (period) return period;
    let schedule: string | undefined;
    if (unit.kind === 'dose') {
      const sch = sticky(SCHEDULE, text, end);
      if (sch) { schedule = sch[1]; end = sch.index + sch[0].length; }
    }
    const scaled = (scale: number): number | [number, number] => Array.isArray(value) ? [round(value[0] * scale), round(value[1] * scale)] : round(value * scale);
    if (unit.kind === 'money') {
      // "45 MSEK", "12 M\u20ac", "52 Cent", "50 euros"
      return { start: cmp?.start ?? num.start, end, figureKind: 'money', value: scaled(unit.scale ?? 1), unit: unitText, comparator, reading, role: moneyRole(roleLeft(), text.slice(end)) };
    }
    if (unit.kind === 'money-scale') {
      // "45 million euros", "50 mia. kr.", "2 Millionen US-Dollar"
      const scale = SCALES[unit.unit] ?? W.scales[unit.unit] ?? 1;
      const cw = sticky(CURRENCY_WORD, text, end);
      if (cw) return { start: cmp?.start ?? num.start, end: cw.index + cw[0].length, figureKind: 'money', value: scaled(scale), unit: CURRENCY_WORDS[cw[1]] ?? cw[1], comparator, reading, role: moneyRole(roleLeft(), text.slice(cw.index + cw[0].length)) };
      const cw2 = currencyAfter(text, end) ?? currencyAdjectiveAt(text, end);
      if (cw2) return { start: cmp?.start ?? num.start, end: cw2.end, figureKind: 'money', value: scaled(scale * cw2.factor), unit: cw2.code, comparator, reading, role: moneyRole(roleLeft(), text.slice(cw2.end)) };
      // "1.5 million patients", "4.2 million new preferred shares", "7,25 Mio. Stammaktien"
      const noun = countedNounAt(text, end, habit.lang === 'en');
      // "100 million cells per kg", "(NK-Zelldosis 40 Millionen pro kg)": millions of cells per kilogram of body weight are a dose
      const perKg = sticky(PER_KG_AFTER, text, noun ? noun.end : end);
      if (perKg && (noun ? noun.unit === 'cells' : CELL_WORD.test(lowerLeft))) {
        return { start: cmp?.start ?? num.start, end: perKg.index + perKg[0].length, figureKind: 'dose', value: scaled(scale), unit: 'cells/kg', comparator, reading: `${reading ? reading + ', ' : ''}cells per kilogram of body weight${noun ? '' : ' (the cells named before it)'}` };
      }
      if (noun) return { start: cmp?.start ?? num.start, end: noun.end, figureKind: 'count', value: scaled(scale), unit: noun.unit, comparator, reading };
      // "15 million Americans", "2 Million Doses" (a title's capitals): a capitalised plural right after a scale word is what it counts
      const capital = habit.lang === 'en' && text[end] === ' ' ? wordAt(text, end + 1) : undefined;
      if (capital && /^\p{Lu}\p{Ll}{2,}s$/u.test(capital) && looksPlural(capital.toLowerCase())) {
        return { start: cmp?.start ?? num.start, end: end + 1 + capital.length, figureKind: 'count', value: scaled(scale), unit: capital, comparator, reading };
      }
      figureKind = 'other';
      unitText = unit.unit;
    }
    if (unit.kind === 'count') {
      const whole = wholeCount(text, num, second);
      if (whole) { value = whole.value; reading = whole.reading; }
      const per = sticky(PER_YEAR, text, end);
      if (per) { unitText += '/' + per[1]; end = per.index + per[0].length; }
      // "0.4 events per patient-year", "12 cases per 100 person-years": a rate over time at risk, no count
      const exposure = per ? null : sticky(PER_EXPOSURE, text, end);
      if (exposure) {
        return { start: comparator && cmp ? cmp.start : start, end: exposure.index + exposure[0].length, figureKind: 'other', value, unit: `${unitText} per ${exposure[1] ? exposure[1] + ' ' : ''}${exposure[2].toLowerCase()}-${exposure[1] ? 'years' : 'year'}`, comparator, reading: `${reading ? reading + ', ' : ''}a rate per time at risk` };
      }
    }
    // "6 responders out of 11 patients", "8 r\u00e9pondeurs sur 13 patients": a count of a part with its whole written after
    // it, the whole a figure of its own
    let denominator: number | undefined;
    if (unit.kind === 'count' && !second && typeof value === 'number' && Number.isInteger(value)) {
      denominator = peopleWholeAt(text, end, value, habit.lang === 'en')?.size;
    }
    if (hrEq && unit.kind !== 'percent') figureKind = 'ratio';
    // "aged 16 and over", "adults 60 years or older", "children five to 9 years": an age, not a duration
    if (figureKind === 'duration' && unitText === 'years' && !timepoint && (AGE_BEFORE.test(lowerLeft.slice(-28)) || AGE_AFTER.test(text.slice(end, end + 16)))) {
      figureKind = 'other';
      reading = reading ? `${reading}, an age` : 'an age';
    }
    return { start: comparator && cmp ? cmp.start : start, end, figureKind, value, unit: unitText, comparator, reading, level, timepoint, ...(schedule ? { schedule } : {}), ...(denominator !== undefined ? { denominator } : {}) };
  }

  // no unit: hazard ratios, "8 of 22", "8/22", "2:1", ordinals, bare numbers
  if (hrEq && !second) {
    return { start: num.start, end, figureKind: 'ratio', value: num.value, unit: ratioUnit(hrEq.groups?.name ?? hrEq[0]), comparator, reading };
  }
  // "RR 0.75", "OR 1.8": the abbreviations in capitals right before a decimal of a ratio's size ("or" and "RR 45%", a
  // response rate, are not); "a 0.70 hazard ratio": a ratio's name written after its value
  if (!second && !negative && num.value < 20 && /^\d+[.,]\d/.test(text.slice(num.start, num.end))) {
    const abbr = RATIO_ABBREVIATION_BEFORE.exec(text.slice(Math.max(0, num.start - 4), num.start));
    const after = abbr ? null : sticky(RATIO_NAME_AFTER, text, end);
    if (abbr || after) return { start: num.start, end, figureKind: 'ratio', value: num.value, unit: abbr ? abbr[1] : ratioUnit(after![1]), comparator, reading };
  }
  const listed = second ? undefined : valueListed(text, num.start, num.value);
  if (listed && /^p/i.test(listed)) return { start: num.start, end, figureKind: 'pvalue', value: num.value, unit: '', comparator, reading };
  if (listed) return { start: num.start, end, figureKind: 'ratio', value: num.value, unit: ratioUnit(listed), comparator, reading };
  const inN = !second && Number.isInteger(num.value) ? sticky(IN_N, text, end) : null;
  if (inN && Number(inN[1]) > num.value && !/^(?:19|20)\d{2}$/.test(inN[1])) {
    const noun = countedNounAt(text, inN.index + inN[0].length, habit.lang === 'en');
    if (noun) return { start: comparator && cmp ? cmp.start : num.start, end: noun.end, figureKind: 'count', value: num.value, unit: noun.unit, denominator: Number(inN[1]), comparator, reading };
  }
  // ("0/1/2": three or more numbers joined by slashes are a list of categories, no part of a whole)
  const of = sticky(OF_N, text, end) ?? (/\d\/$/.test(text.slice(Math.max(0, num.start - 2), num.start)) ? null : sticky(SLASH_N, text, end));
  if (of && !second && Number.isInteger(num.value)) {
    const den = Number(of[1].replace(/,/g, ''));
    // a part larger than its whole ("31 of 25 patients") is still read, so impossible-value can report it
    if (den > 0 && (den >= num.value || of[0].startsWith(' ')) && !(of[0].startsWith('/') && isDigit(text[of.index + of[0].length]))) {
      let e = of.index + of[0].length;
      // "8 of 40 offerings": the whole's noun, past its modifiers, as after any count
      const noun = countedNounAt(text, e, habit.lang === 'en');
      if (noun) e = noun.end;
      return { start: num.start, end: e, figureKind: 'count', value: num.value, unit: noun ? noun.unit : '', denominator: den, comparator, reading };
    }
  }
  // "12 of the sites", "drei von den Zentren": a part of a group counts what the group is made of
  const part = !second && Number.isInteger(num.value) && num.value >= 0 ? sticky(PARTITIVE_AFTER, text, end) : null;
  if (part) {
    const noun = countedNounAt(text, part.index + part[0].length, habit.lang === 'en');
    if (noun) return { start: comparator && cmp ? cmp.start : num.start, end: noun.end, figureKind: 'count', value: num.value, unit: noun.unit, comparator, reading: `${reading ? reading + ', ' : ''}a part of a group` };
  }
  const colon = sticky(RATIO_COLON, text, end);
  if (colon && !second && Number.isInteger(num.value)) {
    const d = Number(colon[1]);
    // "randomised 3:1" is a ratio; "a 3:3 modular layout" is a description, not a measured quantity
    const isRatio = /randomi[sz]|randomly|allocat|assigned|ratio/.test(lowerLeft) || /^[ ]?(?:randomi[sz]|ratio|allocation)/i.test(text.slice(colon.index + colon[0].length, colon.index + colon[0].length + 16));
    return { start: num.start, end: colon.index + colon[0].length, figureKind: isRatio ? 'ratio' : 'other', value: d === 0 ? num.value : round(num.value / d), unit: ':', reading: `written ${num.value}:${d}${colon[2]}` };
  }
  // "1.2 episodes per 100 patient-years": a rate of any counted noun over time at risk
  if (!second && text[end] === ' ') {
    const w = wordAt(text, end + 1);
    const exposure = w && looksPlural(w) ? sticky(PER_EXPOSURE, text, end + 1 + w.length) : null;
    if (exposure) return { start: comparator && cmp ? cmp.start : num.start, end: exposure.index + exposure[0].length, figureKind: 'other', value, unit: `${w!.toLowerCase()} per ${exposure[1] ? exposure[1] + ' ' : ''}${exposure[2].toLowerCase()}-${exposure[1] ? 'years' : 'year'}`, comparator, reading: `${reading ? reading + ', ' : ''}a rate per time at risk` };
  }
  // "52 biotech companies", "228 Covid-F\u00e4lle": a whole number counts the noun after its modifiers;
  // not after a label ("Table 3 shows", "Cohort 2 patients"), where the number names a thing
  const label = /(?:^|[^\p{L}])(\p{L}+)\.?[ ]$/u.exec(text.slice(Math.max(0, num.start - 30), num.start));
  const whole = wholeCount(text, num, second);
  if (!second && (Number.isInteger(num.value) || whole) && num.value >= 0 && !(label && W.labels.has(label[1].toLowerCase()))) {
    const noun = countedNounAt(text, end, habit.lang === 'en');
    if (noun) return { start: comparator && cmp ? cmp.start : num.start, end: noun.end, figureKind: 'count', value: whole?.value ?? num.value, unit: noun.unit, comparator, reading: whole?.reading ?? reading };
    // "18 (45.0%) patients", "4 (10 %) CRs": the count's share stands between it and its noun; the count is the number
    // alone (its share is a figure of its own) and counts the noun after the parentheses
    const share = Number.isInteger(num.value) ? sticky(SHARE_IN_PARENS, text, end) : null;
    const after = share ? countedNounAt(text, share.index + share[0].length, habit.lang === 'en') : undefined;
    if (after) return { start: comparator && cmp ? cmp.start : num.start, end, figureKind: 'count', value: num.value, unit: after.unit, comparator, reading: `${reading ? reading + ', ' : ''}a count of the noun after its share` };
    // "9 (23.7%) of 38 adults": the count's share stands between it and the whole it is a part of; the count is the number
    // alone, a part of the whole as "14 of 29 patients" is (the whole a figure of its own)
    const ofWhole = share && !second ? peopleWholeAt(text, share.index + share[0].length, num.value, habit.lang === 'en') : undefined;
    if (ofWhole) return { start: comparator && cmp ? cmp.start : num.start, end, figureKind: 'count', value: num.value, unit: ofWhole.unit, denominator: ofWhole.size, comparator, reading: `${reading ? reading + ', ' : ''}a part of the whole after its share` };
  }
  const ord = sticky(ORDINAL, text, end);
  // "the 67th Annual Meeting", "63(rd) American Society ...": an ordinal inside a name counts nothing
  if (ord && W.namesAfterOrdinal.has((/^[ ]([\p{L}]+)/u.exec(text.slice(ord.index + ord[0].length, ord.index + ord[0].length + 24))?.[1] ?? '').toLowerCase())) return undefined;
  // "(8th BTD)": the ordinal numbers a milestone of a series, a count of them
  const series = ord ? seriesNounAfter(text, ord.index + ord[0].length) : undefined;
  if (ord && series) return { start: num.start, end: series.end, figureKind: 'count', value: num.value, unit: series.unit, reading: 'an ordinal that numbers an item of a series' };
  if (ord) {
    const isDay = /(?:^|[^a-z])(?:on )?the $/.test(lowerLeft) && num.value >= 1 && num.value <= 31;
    return { start: num.start, end: ord.index + ord[0].length, figureKind: isDay ? 'date' : 'other', value: num.value, unit: isDay ? 'day-of-month' : 'ordinal' };
  }
  // "Cohort 4", "RECIST 1.1", "Exhibit 99.1", "Abstract 4021", "Cohorts 1 and 3": a number after a label names a thing
  // ("months3.1", "weeks 2.5": a time unit names no item by a decimal; a table's label glued to its value)
  if (!comparator && labelledList(text, num.start) && !(!Number.isInteger(num.value) && TIME_UNIT_END.test(text.slice(Math.max(0, num.start - 8), num.start)))) return undefined;
  // "PASI 90", "ACR 50": a number after an acronym names a score
  if (!comparator && !negative && acronymBefore(text.slice(Math.max(0, num.start - 12), num.start), text.slice(num.start, num.end))) return undefined;
  // (a number written with its decimals, "78.0", counts nothing, whatever its value: a share or a mean)
  if (!second && !negative && (Number.isInteger(num.value) || whole) && num.value >= 0 && !(Number.isInteger(num.value) && WRITTEN_DECIMALS.test(text.slice(num.start, num.end)))) {
    // "the number of sites rose from 12 to 30", "Patients: 380": the noun was named before the number
    const named = countNamedBefore(text, num.start, habit);
    if (named) return { start: comparator && cmp ? cmp.start : num.start, end, figureKind: 'count', value: whole?.value ?? num.value, unit: named, comparator, reading: `${whole?.reading ?? reading ?? ''}${whole?.reading ?? reading ? ', ' : ''}${NAMED_BEFORE_READING}` };
    // "volunteers older than 70", "aged 18": an age, its years not written
    if (Number.isInteger(num.value) && num.value >= 1 && num.value <= 120 && (AGE_WORDS_BEFORE.test(lowerLeft.slice(-24)) || (AGE_WORDS_AFTER.test(text.slice(end, end + 16)) && /(?:^|[^\p{L}])(?:adults|patients|people|persons|individuals|participants|women|men|volunteers|children|those|aged?)[ ]$/u.test(lowerLeft.slice(-16))))) {
      return { start: comparator && cmp ? cmp.start : num.start, end, figureKind: 'other', value: num.value, unit: 'years', comparator, reading: 'an age (years not written)' };
    }
  }
  return { start: comparator && cmp ? cmp.start : num.start, end, figureKind: 'other', value, unit: '', comparator, reading };
}

/** Words right before a bare number that make it an age in years: "older than 60", "aged 18", "over the age of 65". */
const AGE_WORDS_BEFORE = /(?:^|[^\p{L}])(?:aged?|ages|older than|younger than|(?:over|under|above|below) the age of|im alter von|\u00e2g\u00e9e?s de|i \u00e5ldern)[ ](?:[<>\u2264\u2265]=?[ ]?)?$/u;
/** Words right after a bare number that make it an age: "adults 60 and older". */
const AGE_WORDS_AFTER = /^[ ](?:and older|or older|and over|or over|and above|or above|und \u00e4lter|oder \u00e4lter|och \u00e4ldre|og \u00e6ldre|ou plus)(?![\p{L}])/u;

/**
 * A counted noun at `at` (COUNT_NOUN), and when another follows it right away, that one: the head of a
 * compound is its last noun ("18 trial participants" counts participants, "12 study sites" sites). The
 * match's index is where the noun read starts.
 */
function countNounAt(text: string, at: number): RegExpExecArray | null {
  const m = sticky(COUNT_NOUN, text, at) ?? titleCased(COUNT_NOUN, text, at);
  if (!m) return null;
  const head = sticky(COUNT_NOUN, text, at + m[0].length) ?? titleCased(COUNT_NOUN, text, at + m[0].length);
  return head ?? m;
}

/**
 * Whether the words around `at` are written as a headline's: three words of four letters or more with a capital at
 * least, and at most one in lower case for every four capitalised (a row's label after a table's number, "(7.9)
 * Patients, n", or a sentence's next line, is no headline).
 */
function inHeadline(text: string, at: number): boolean {
  let capitals = 0, lower = 0;
  for (const w of text.slice(Math.max(0, at - 60), Math.min(text.length, at + 60)).matchAll(/[A-Za-z]{4,}/g)) {
    if (/^[A-Z][a-z]/.test(w[0])) capitals++;
    else if (/^[a-z]/.test(w[0])) lower++;
  }
  return capitals >= 3 && lower * 4 <= capitals;
}

/**
 * English nouns in a headline's capitals ("Enrolls 120 Patients at 14 Sites"): the words after `at` read with their
 * first capital in lower case, as written otherwise; the match's index as in the text. (A German noun is capitalised
 * as written and read so before.)
 */
function titleCased(re: RegExp, text: string, at: number): RegExpExecArray | null {
  if (text[at] !== ' ' || !/[A-Z]/.test(text[at + 1] ?? '') || !inHeadline(text, at)) return null;
  // (a year before a capitalised noun is the year of a name: "the 2030 Clinical Trials Meeting")
  if (/(?:^|[^\d.,])(?:19|20)\d{2}$/.test(text.slice(Math.max(0, at - 5), at))) return null;
  const window = text.slice(at, at + 80).replace(/(^|[ ])([A-Z])(?=[a-z])/g, (_, space: string, first: string) => space + first.toLowerCase());
  const m = sticky(re, window, 0);
  if (!m) return null;
  m.index = at;
  return m;
}

/** A known counted noun written alone: "patients", "Patienten", "sites". */
function knownCountNoun(word: string): string | undefined {
  const t = ' ' + word;
  const known = sticky(OTHER_COUNT, t, 0);
  if (known && known[0].length === t.length) return W.countNouns[known[1]];
  const builtin = sticky(COUNT_NOUN, t, 0);
  if (builtin && builtin[0].length === t.length) return canonicalCountNoun(builtin[1]);
  return undefined;
}

/** The end of the clause before `at`: a sentence's stop or semicolon and a space, or a line's end. */
const CLAUSE_BREAK = /[.!?;][ \n]|\n/g;

/**
 * The counted noun a bare number takes from before it, in its clause: after "the number of"
 * ("the number of treated sites rose from 12 to 30"), or a known counted noun and a colon right
 * before it ("Patients: 380").
 */
export function countNamedBefore(text: string, at: number, habit: Pick<NumberHabit, 'lang'>): string | undefined {
  // ("Sites: 85" at a line's start, "Patients treated: 120": the noun capitalised, a participle after it)
  const colon = /(?:^|[^\p{L}])(\p{L}+)(?:[ ](\p{L}+))?:[ ]?$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (colon) {
    const last = colon[2] ?? colon[1];
    const named = knownCountNoun(last) ?? knownCountNoun(last.toLowerCase());
    const first = named || !colon[2] ? undefined : knownCountNoun(colon[1]) ?? knownCountNoun(colon[1].toLowerCase());
    // "enrolled in three cohorts: 32 with ...": a noun a number counts before the colon is no label; the larger numbers
    // after it are the sizes of those groups, not more groups (not a number that names a thing: "grade 3 events: 12")
    const lead = text.slice(Math.max(0, at - 60), at - colon[0].length + (/^[^\p{L}]/u.test(colon[0]) ? 1 : 0));
    // (within the label's clause: "Patients enrolled: 140; Sites activated: 31")
    const words: string[] = [...(lead.slice(Math.max(...[';', ':', '.', ',', '!', '?', '\n', '('].map(c => lead.lastIndexOf(c))) + 1).match(/[\p{L}\d]+/gu) ?? [])];
    words.push(colon[1], ...(colon[2] ? [colon[2]] : []));
    const nounAt = named ? words.length - 1 : words.length - 2;
    const counter = words[nounAt - 1];
    const before = words[nounAt - 2];
    const groups = counter === undefined ? undefined : /^\d+$/.test(counter) ? Number(counter) : numberWordValue(counter);
    const quantified = groups !== undefined && !(before !== undefined && (W.labels.has(before.toLowerCase()) || GRADE_BEFORE.test(before + ' ')));
    // ("275 deaths: 167 among ...": a number no larger than the whole before the colon is a part of it, of its noun)
    if (quantified && (readNumber(text, at)?.value ?? 0) > groups) return undefined;
    return named ?? first;
  }
  const from = Math.max(0, at - 160);
  const left = text.slice(from, at);
  let clause = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(left); m; m = CLAUSE_BREAK.exec(left)) clause = m.index + m[0].length;
  if (RATE_BASE_BEFORE.test(left.slice(-10)) || /^[ ](?:in|per)[ ]\d/.test(text.slice(at, at + 24).replace(/^[\d.,]+/, ''))) return undefined;
  NUMBER_OF_BEFORE.lastIndex = clause;
  let last: RegExpExecArray | null = null;
  for (let m = NUMBER_OF_BEFORE.exec(left); m; m = NUMBER_OF_BEFORE.exec(left)) last = m;
  COUNT_WORD_BEFORE.lastIndex = clause;
  let word: RegExpExecArray | null = null;
  for (let m = COUNT_WORD_BEFORE.exec(left); m; m = COUNT_WORD_BEFORE.exec(left)) word = m;
  if (word && (!last || word.index > last.index)) return W.countWords[word[1].toLowerCase()];
  if (!last) return undefined;
  const noun = countedNounAt(text, from + last.index + last[0].length, habit.lang === 'en');
  return noun && noun.end <= at ? noun.unit : undefined;
}

/**
 * The bounds of a confidence interval after its label: "0.38-0.69", "42.8%, 57.2%", "25.3 months, NE"
 * (an open upper end: the value is the lower bound), "-1.2 to -0.4".
 */
function intervalAt(text: string, at: number, habit: NumberHabit): { end: number; value: number | [number, number]; unit: string; reading?: string } | undefined {
  const signed = (p: number): Num | undefined => {
    // ".57 to .92": a bound written without its leading zero, as its estimate may be
    if (text[p] === '.' && isDigit(text[p + 1]) && !isDigit(text[p - 1])) {
      const digits = /^\d{1,4}(?![\d.,])/.exec(text.slice(p + 1, p + 6));
      return digits ? { start: p, end: p + 1 + digits[0].length, value: Number('0.' + digits[0]), reading: 'decimal point without a leading zero' } : undefined;
    }
    const neg = text[p] === '-' && isDigit(text[p + 1]);
    const raw = isDigit(text[p + (neg ? 1 : 0)]) ? readNumber(text, p + (neg ? 1 : 0), habit) : undefined;
    return raw && neg ? { ...raw, start: p, value: -raw.value } : raw;
  };
  const lo = signed(at);
  if (!lo) return undefined;
  let p = lo.end;
  let unit = '';
  const loPct = /^[ ]?%/.exec(text.slice(p, p + 2));
  if (loPct) { p += loPct[0].length; unit = '%'; } else {
    const u = unitAfter(text, p);
    if (u && u.kind === 'duration' && !u.adjective) { p = u.end; unit = u.unit; }
  }
  const sep = /^[ ]?(?:-|to|bis|,|;)[ ]?/.exec(text.slice(p, p + 5));
  if (!sep) return undefined;
  const hiAt = p + sep[0].length;
  const open = sticky(OPEN_BOUND, text, hiAt);
  if (open) return { end: hiAt + open[0].length, value: lo.value, unit, reading: `upper bound not estimable${lo.reading ? ', ' + lo.reading : ''}` };
  const hi = signed(hiAt);
  if (!hi) return undefined;
  let e = hi.end;
  const hiPct = /^[ ]?%/.exec(text.slice(e, e + 2));
  if (hiPct) { e += hiPct[0].length; unit = '%'; } else if (unit && unit !== '%') {
    const u = unitAfter(text, e);
    if (u && u.unit === unit) e = u.end;
  }
  return { end: e, value: [lo.value, hi.value], unit, reading: lo.reading ?? hi.reading };
}

export interface UnitHit { kind: FigureKind | 'money-scale'; unit: string; end: number; adjective?: boolean; scale?: number }

/** A currency written after a number or its scale word: its code (or 'KR', 'CENT', resolved by the block) and factor. */
function currencyAfter(text: string, at: number): { code: string; factor: number; end: number } | undefined {
  const m = sticky(CURRENCY_AFTER, text, at);
  if (!m) return undefined;
  const [code, factor] = W.currencyWords[m[1]];
  return { code, factor, end: at + m[0].length };
}

/** "-euro" after a scale word ("a 1.2 billion-euro deal"): the currency of numbers.json currencyAdjectives, no scale of its own. */
function currencyAdjectiveAt(text: string, at: number): { code: string; factor: number; end: number } | undefined {
  const m = sticky(CURRENCY_ADJECTIVE, text, at);
  if (!m || m[1]) return undefined;
  const [code, factor] = W.currencyAdjectives[m[2].toLowerCase()];
  return { code, factor, end: at + m[0].length };
}

export function unitAfter(text: string, at: number): UnitHit | undefined {
  let m = sticky(PERCENT, text, at);
  if (m) return { kind: 'percent', unit: /point|pp|punkte/i.test(m[1] ?? '') ? 'percentage points' : '%', end: at + m[0].length };
  m = sticky(CURRENCY_ADJECTIVE, text, at);
  if (m) {
    const [code, factor] = W.currencyAdjectives[m[2].toLowerCase()];
    return { kind: 'money', unit: code, scale: factor * (m[1] ? W.scales[m[1].toLowerCase()] ?? 1 : 1), end: at + m[0].length, adjective: true };
  }
  m = sticky(PERCENT_ADJ, text, at);
  if (m) return { kind: 'percent', unit: '%', end: at + m[0].length };
  // "25,2 Prozentauf": a space lost in copying glued the unit to a function word of the language
  m = sticky(GLUED_PERCENT, text, at);
  if (m && LANGUAGE_OF_WORD.has(m[2])) return { kind: 'percent', unit: '%', end: at + m[0].length - m[2].length };
  m = sticky(PERCENT_WORDS, text, at);
  if (m) return { kind: 'percent', unit: W.percentPointWords.has(m[1]) ? 'percentage points' : '%', end: at + m[0].length };
  m = sticky(DURATION_ADJ, text, at) ?? sticky(DURATION_SUSPENDED, text, at);
  if (m) return { kind: 'duration', unit: ({ mo: 'month', wk: 'week', yr: 'year' }[m[1]] ?? m[1].toLowerCase()) + 's', end: at + m[0].length, adjective: true };
  // German compounds: "12-Monats-Überlebensrate", "24-Wochen-Daten"
  m = sticky(DURATION_ADJ_DE, text, at);
  if (m) return { kind: 'duration', unit: GERMAN_PERIOD[m[1]], end: at + m[0].length, adjective: true };
  // "a 160-patient Phase 2 trial"
  m = sticky(COUNT_ADJ, text, at);
  if (m) return { kind: 'count', unit: m[1] + 's', end: at + m[0].length };
  m = sticky(FOLD, text, at);
  if (m) return { kind: 'ratio', unit: 'fold', end: at + m[0].length };
  m = sticky(DURATION, text, at);
  if (m) return { kind: 'duration', unit: canonicalDuration(m[1]), end: at + m[0].length };
  m = sticky(DURATION_WORDS, text, at);
  if (m) return { kind: 'duration', unit: W.durationWords[m[1]], end: at + m[0].length };
  m = sticky(DURATION_WORDS_CJK, text, at);
  // ("12 ヵ月の全生存率", a 12-month OS rate: the genitive particle makes the period a modifier, as the English hyphen does)
  if (m) return { kind: 'duration', unit: W.durationWordsCjk[m[1]], end: at + m[0].length, adjective: text[at + m[0].length] === '\u306e' };
  m = sticky(MEASURE, text, at);
  if (m) return { kind: 'other', unit: /^(?:points?|Punkte[n]?)$/.test(m[1]) ? 'points' : m[1].replace('m2', 'm\u00b2').replace(/^lb$/, 'lbs'), end: at + m[0].length };
  // "100MG", "2.5MCG": a dose in capitals glued to its number (text written all in capitals; "12 MG patients" is a disease)
  m = sticky(DOSE_CAPITALS, text, at);
  if (m) return { kind: 'dose', unit: m[1] === 'MG' ? 'mg' : '\u00b5g', end: at + m[0].length };
  m = sticky(DOSE, text, at);
  if (m) return { kind: 'dose', unit: m[1].replace(/^ug$|^mcg$/i, '\u00b5g') + (m[3] && PER_DAY_WORDS[m[3].toLowerCase()] ? '/' + PER_DAY_WORDS[m[3].toLowerCase()] : (m[2] ?? '').replace('m2', 'm\u00b2')), end: at + m[0].length };
  m = sticky(DOSE_WORDS, text, at);
  if (m) {
    const perKg = sticky(PER_KG_AFTER, text, at + m[0].length);
    return { kind: 'dose', unit: W.doseUnits[m[1].toLowerCase()] + (perKg ? '/kg' : ''), end: perKg ? perKg.index + perKg[0].length : at + m[0].length };
  }
  m = sticky(OTHER_COUNT, text, at);
  if (m) return { kind: 'count', unit: W.countNouns[m[1]], end: at + m[0].length };
  m = countNounAt(text, at);
  if (m) return { kind: 'count', unit: canonicalCountNoun(m[1]), end: m.index + m[0].length };
  m = sticky(CJK_MONEY, text, at);
  if (m) return { kind: 'money', unit: W.cjkCurrencies[m[2]], scale: m[1] ? W.cjkScales[m[1]] : 1, end: at + m[0].length };
  m = sticky(CJK_SCALE, text, at);
  if (m) return { kind: 'money-scale', unit: m[1], end: at + m[0].length };
  m = sticky(SCALED_AFTER, text, at);
  if (m) { const [code, scale] = W.scaledCurrencies[m[1]]; return { kind: 'money', unit: code, scale, end: at + m[0].length }; }
  const cw = currencyAfter(text, at);
  if (cw) return { kind: 'money', unit: cw.code, scale: cw.factor, end: cw.end };
  m = sticky(VOLUME, text, at);
  if (m && !(m[1] === 'L' && m[0][0] === 'L' && isDigit(text[at - 1]) && !/[\d.,]/.test(text[at - 2] ?? ''))) return { kind: 'other', unit: 'L', end: at + m[0].length };
  m = sticky(SCALE, text, at);
  if (m && /^(trillion|billion|million|thousand|bn|mn|Mio\.|Mrd\.|Millionen|Milliarden|Billionen)$/.test(m[1])) return { kind: 'money-scale', unit: m[1].toLowerCase(), end: at + m[0].length };
  m = sticky(SCALE_LONG, text, at);
  if (m) return { kind: 'money-scale', unit: m[1].toLowerCase(), end: at + m[0].length };
  return undefined;
}


/** " (HR)", " (LR)": a modifier's abbreviation in brackets, a noun still to come. */
const BRACKETED_ABBREVIATION = /[ ]\([A-Z][A-Za-z0-9]{0,7}\)(?=[ ])/y;

/** The heads of compounds, longest first: "Lymphompatienten" counts patients, "Covid-F\u00e4lle" cases. */
const COMPOUND_HEADS = Object.entries(W.compoundHeads).sort((a, b) => b[0].length - a[0].length);
const WORD_AT = /[\p{L}][\p{L}\p{N}'\u2019]*/uy;
const WORD_PART = /[\p{L}\p{N}][\p{L}\p{N}'\u2019]*/uy;
/** A word's end, hyphenated parts included ("long-acting", "GLP-1", "Covid-F\u00e4lle"), and an allele's star and colon ("HLA-C*05:01-positive"). */
function wordAt(text: string, at: number): string | undefined {
  let e = at;
  for (;;) {
    const m = sticky(e === at ? WORD_AT : WORD_PART, text, e);
    if (!m) break;
    e += m[0].length;
    if (text[e] === '-' && /[\p{L}\p{N}]/u.test(text[e + 1] ?? '')) { e++; continue; }
    if ((text[e] === '*' || (text[e] === ':' && isDigit(text[e - 1]))) && isDigit(text[e + 1])) { e++; continue; }
    break;
  }
  return e > at ? text.slice(at, e) : undefined;
}

/**
 * An English plural noun by its form: "injectables", "agonists", "MAbs". Not "is", "was", "its",
 * "status", "analysis", "various": words in -ss, -us, -is and -ous are no plurals.
 */
function looksPlural(word: string): boolean {
  if (/^[A-Z][A-Za-z\d]*[A-Z\d]s$/.test(word)) return true; // "ADSs", "BTDs", "MAbs"
  const tail = word.slice(word.lastIndexOf('-') + 1);
  if (!/^[a-z]{3,}s$/.test(tail) || word !== word.toLowerCase()) return false;
  if (/(?:ss|us|is)$/.test(tail)) return false;
  // (a noun of sums, "costs", counts no things: numbers.json sumNouns)
  return !W.notModifiers.has(tail) && !W.sumNouns.has(tail);
}

/**
 * The counted noun after a number, past the words that modify it: "52 biotech companies",
 * "four further pipeline candidates", "31 behandelte Patienten", "fire nye fase 3
 * studier". Known nouns (numbers.json's countNouns and the built-in ones) win; a compound ending in
 * a known noun counts what its head counts; with `general`, any English plural noun is the unit.
 * At most three modifiers; a function word or a verb ends the search, and a participle only
 * modifies the noun right after it ("randomised studies", not "achieved partial responses").
 */
export function countedNounAt(text: string, at: number, general: boolean): { unit: string; end: number } | undefined {
  let p = at;
  let participle = false, adverbBefore = false;
  // a plural that another noun may still follow: "43 therapeutics companies" counts companies
  let plural: { unit: string; end: number } | undefined;
  for (let modifiers = 0; modifiers <= 3; modifiers++) {
    if (text[p] !== ' ') return plural;
    const known = sticky(OTHER_COUNT, text, p);
    if (known) {
      // "3 patient kits": a singular noun before a plural one modifies it
      // (an English singular only: "38 av 500 patienter inkluderats" counts patients)
      const after = general && W.countNouns[known[1]] === known[1] + 's' && text[p + known[0].length] === ' ' ? wordAt(text, p + known[0].length + 1) : undefined;
      if (after && looksPlural(after)) return { unit: after, end: p + known[0].length + 1 + after.length };
      return { unit: W.countNouns[known[1]], end: p + known[0].length };
    }
    const builtin = countNounAt(text, p);
    if (builtin) return { unit: canonicalCountNoun(builtin[1]), end: builtin.index + builtin[0].length };
    // "20 U.S. sites", "12 E.U. countries": an abbreviation written with full stops modifies the noun after it
    const dotted = sticky(DOTTED_MODIFIER, text, p);
    if (dotted) { p += dotted[0].length; continue; }
    const word = wordAt(text, p + 1);
    if (!word) return plural;
    const end = p + 1 + word.length;
    const lower = word.toLowerCase();
    for (const [head, unit] of COMPOUND_HEADS) if (lower.length > head.length && lower.endsWith(head)) return { unit, end };
    // "3 Mio. Stamm- und 2 Mio. Vorzugsaktien": a compound's first part shares the head of the compound after the conjunction
    if (text[end] === '-' && text[end + 1] === ' ') {
      const head = elidedHead(text, end + 2);
      if (head) return { unit: head, end: end + 1 };
    }
    if (plural) return general && looksPlural(word) ? { unit: /^[a-z-]+$/.test(word) ? lower : word, end } : plural;
    if (general && looksPlural(word)) { plural = { unit: /^[a-z-]+$/.test(word) ? lower : word, end }; p = end; continue; }
    // "47 treatment-naive and Phase 2 patients": a conjunction between two modifiers of one noun
    if (W.coordinators.has(lower) && modifiers > 0 && !participle && isLetter(text[end + 1])) { p = end; continue; }
    if (W.notModifiers.has(lower) || participle) return undefined;
    // (a participle after an adverb of manner or time is an adjective of the noun phrase: "previously untreated HER2-positive
    // patients", "newly diagnosed elderly patients")
    participle = /(?:ed|ing)$/.test(lower) && !adverbBefore && !/^un[a-z]{4,}ed$/.test(lower);
    adverbBefore = /[a-z]{3,}ly$/.test(lower);
    p = end;
    // "9 high-risk (HR) patients": the abbreviation a modifier is given in brackets stays inside the noun phrase
    const abbreviation = sticky(BRACKETED_ABBREVIATION, text, p);
    if (abbreviation) p += abbreviation[0].length;
    // "Phase 2", "fase 1": a phase and its number modify the noun after them
    if (/^(?:phase|fase|phas)$/i.test(word)) {
      const n = /^ (?:[0-9]{1,2}[ab]?|I{1,3}V?|IV)(?:\/(?:[0-9]|I{1,3}))?(?=[ ])/.exec(text.slice(p, p + 12));
      if (!n) return undefined;
      p += n[0].length;
    }
  }
  return plural;
}

/** The head a compound's first part leaves to the next compound ("Stamm- sowie rund 2 Mio. Vorzugsaktien"): after a conjunction, within five words. */
function elidedHead(text: string, at: number): string | undefined {
  const first = wordAt(text, at);
  if (!first || !W.coordinators.has(first.toLowerCase())) return undefined;
  let p = at + first.length;
  const limit = Math.min(text.length, at + 80);
  for (let k = 0; k < 5; k++) {
    while (p < limit && (text[p] === ' ' || isDigit(text[p]) || text[p] === ',' || text[p] === '.')) p++;
    if (p >= limit) return undefined;
    const w = wordAt(text, p);
    if (!w) return undefined;
    const lower = w.toLowerCase();
    for (const [head, unit] of COMPOUND_HEADS) if (lower.length > head.length && lower.endsWith(head)) return unit;
    p += w.length;
  }
  return undefined;
}

function canonicalDuration(u: string): string {
  const l = u.toLowerCase().replace('.', '');
  if (l.startsWith('mo') || l.startsWith('mth') || l.startsWith('m\u00e5n')) return 'months';
  if (l.startsWith('w') || l.startsWith('v')) return 'weeks';
  if (l.startsWith('y') || l.startsWith('j') || l === '\u00e5r') return 'years';
  if (l.startsWith('d') || l.startsWith('t')) return 'days';
  return 'hours';
}

const GERMAN_COUNT: [RegExp, string][] = [
  [/^patient/i, 'patients'], [/^teilnehm/i, 'participants'], [/^proband/i, 'participants'], [/zentren$/i, 'sites'], [/^mitarbeit/i, 'employees'],
  [/^besch\u00e4ftigt/i, 'employees'], [/^frauen$/i, 'women'], [/^m\u00e4nner$/i, 'men'], [/^erwachsene/i, 'adults'], [/^kinder/i, 'children'],
];

function canonicalCountNoun(noun: string): string {
  // German nouns; "Patient" only in its German forms, so English "patients" passes through
  for (const [re, en] of GERMAN_COUNT) if (re.test(noun) && (en !== 'patients' || /^Patient(?:en|innen)/.test(noun))) return en;
  const l = noun.toLowerCase();
  // "45,000,000 H shares": the share class is not part of what is counted
  if (/^[a-z] shares$/.test(l)) return 'shares';
  if (/^lines? of /.test(l)) return 'lines';
  return l === 'patient' ? 'patients' : l;
}

function pvalueComparator(s: string): string {
  if (/<=|=<|\u2264/.test(s)) return '\u2264';
  if (P_BELOW.test(s)) return '<';
  if (/>=|\u2265/.test(s)) return '\u2265';
  if (P_ABOVE.test(s)) return '>';
  if (/</.test(s)) return '<';
  if (/>/.test(s)) return '>';
  return '=';
}

const MR = moneyRoles;
/** Role words after a sum, each role its own group: upfront, milestones. */
const ROLE_AFTER = new RegExp(`(?<![\\p{L}])(?:(${wordsPattern(MR.roles.upfront.words)})|(${wordsPattern(MR.roles.milestones.words)}))`, 'u');
/** The whole's words right after a sum: "ZAR 613 million in total". */
// ("$1.2 billion in total milestone payments": "total" before a payment's noun is the noun's adjective, a total of those
// payments, no deal's total)
const TOTAL_AFTER = new RegExp(`^[ ,]*(?:${wordsPattern(MR.roles.total.after)})(?![\\p{L}])(?![ ]+(?:${wordsPattern([...MR.roles.milestones.words, ...MR.roles.upfront.words])}))`, 'iu');
/** A deal's noun right after a sum, a few adjectives between: "the $2.4 billion licensing agreement". */
/** A deal's noun, a relative pronoun and a few words of its verb right before a sum (its sign perhaps between): "an accord which may bring in up to €" (moneyRoles.json dealNouns.relatives). */
const DEAL_RELATIVE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(MR.dealNouns.words)}),?[ ](?:${wordsPattern(MR.dealNouns.relatives)})(?:[ ][\\p{L}-]+){0,4}[ ][^\\p{L}\\d ]{0,3}$`, 'u');
const DEAL_AFTER = new RegExp(`^[ ]?(?:(?:${wordsPattern(MR.dealNouns.dealAdjectives)}) ){0,2}(?:${wordsPattern(MR.dealNouns.words)})(?![\\p{L}])`, 'u');
/** Whether a deal's noun (its adjectives before it) follows a sum right away: "$2 billion licensing agreement". */
export function dealNounAfter(right: string): boolean { return DEAL_AFTER.test(right.toLowerCase()); }
/** Where the noun phrase after a sum ends: another figure, a clause's end, or a word that opens something else. */
const STOP_WORDS = MR.stopsAfter.words.filter(w => /^\p{L}/u.test(w));
/** Stops that open on punctuation (", the"): no word boundary before them. */
const STOP_MARKS = MR.stopsAfter.words.filter(w => !/^\p{L}/u.test(w));
const PHRASE_END = new RegExp(`[\\d;:.!?()\\[\\]\\n\u2013\u2014]|(?:(?<![\\p{L}])(?:${wordsPattern(STOP_WORDS)})|(?:${wordsPattern(STOP_MARKS)}))(?![\\p{L}])`, 'u');
/** After a total word, the noun of what else it totals: "total operating expenses", "total revenues" (nesting.json moneyParts totalNotOf). */
const TOTAL_OF_ANOTHER = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(nesting.moneyParts.totalNotOf)})(?![\\p{L}])`, 'iu');
/** In the noun phrase after a sum, a payment that is no deal role (moneyRoles.json otherPayments). */
const OTHER_PAYMENT_AFTER = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(MR.otherPayments.words)})(?![\\p{L}])`, 'iu');
/** Role words before a sum, the nearest wins: "an upfront fee, namely", "milestone fees near", "worth". */
const ROLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:(${wordsPattern(MR.roles.upfront.words)})|(${wordsPattern(MR.roles.milestones.words)})|(${wordsPattern(MR.roles.total.before)}))`, 'gu');

/**
 * What a sum of money is in a deal (moneyRoles.json): the role word of the noun phrase right after it
 * ("$35 million upfront", "$700 million in development and sales milestone payments", "$5 million up
 * front in the deal"), a deal's noun after it ("a $3 billion licensing deal": the total), else the
 * nearest role word before it ("an upfront fee, namely", "worth close to").
 */
const ROLE_REACH_BEFORE = 72;
/** The last sentence or clause break before a sum: a full stop, a semicolon or a line's end, then space. */
const CLAUSE_BREAKS_BEFORE = /[.;!?\n](?=[^.;!?\n]*$)/;
function moneyRole(lowerLeft: string, right = ''): string | undefined {
  const r = right.slice(0, MR.reachAfter).toLowerCase();
  if (TOTAL_AFTER.test(r) || DEAL_AFTER.test(r)) return 'total';
  const stop = r.search(PHRASE_END);
  const phrase = stop >= 0 ? r.slice(0, stop) : r;
  const after = ROLE_AFTER.exec(phrase);
  if (after) return after[1] ? 'upfront' : 'milestones';
  // "and a $20 million equity investment": the phrase after the sum names another payment; a role word before is another sum's
  if (OTHER_PAYMENT_AFTER.test(phrase)) return undefined;
  // (a role word opening the clause stands further back: "as an upfront payment, Acme receives from Beta $5 million";
  // never past a sentence's or a clause's end)
  const back = lowerLeft.slice(-ROLE_REACH_BEFORE);
  if (DEAL_RELATIVE_BEFORE.test(back.slice(-60))) return 'total';
  const l = back.slice(Math.max(0, back.search(CLAUSE_BREAKS_BEFORE) + 1));
  let best: string | undefined, bestEnd = 0;
  ROLE_BEFORE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ROLE_BEFORE.exec(l)) !== null;) { best = m[1] ? 'upfront' : m[2] ? 'milestones' : 'total'; bestEnd = m.index + m[0].length; }
  // "total operating expenses of $25 million": a total word whose noun is a measure of the accounts (nesting.json
  // moneyParts totalNotOf) totals that measure, not a deal's payments
  if (best === 'total' && TOTAL_OF_ANOTHER.test(l.slice(bestEnd))) return undefined;
  return best;
}

function round(v: number): number { return Math.round(v * 1e6) / 1e6; }

/** A list's earlier item and its separator, at the end of the text before a number: "0.87, ", "0.74 and ". */
const LIST_ITEM_END = /(?:\d+(?:[.,]\d+)?)[ ]?(?:,|and|und|et|och|og|en|y)[ ]$/;
/** Plural names of ratios or p-values, the subject of a list of values: "HRs", "HR's", "hazard ratios", "odds ratios", "p-values". */
const RATIOS_NAMED = /(?:^|[^\p{L}])(hrs|hr['\u2019]s|hazard ratios|odds ratios|rate ratios|relative risks|ors|p[ -]values|p[ -]werte)(?![\p{L}])/iu;
/** Between the plural name and its list: a verb or colon, and "respectively" when it comes first. */
const LIST_OPENS = /(?:were|are|was|of|:|=)(?:[ ](?:respectively|each))?[ ]?$/i;
/**
 * A bare decimal in a list of values whose sentence names them as ratios ("HRs for the 1st, 2nd and
 * 3rd events were respectively 0.87, 0.74 and 0.69"): each value of the list is a ratio of the kind
 * named. The name and the list stand in one sentence, at most 160 characters apart.
 */
function valueListed(text: string, at: number, value: number): string | undefined {
  if (!(value > 0 && value < 20) || !/[.,]/.test(text.slice(at, at + 8).split(/[ ,;)]/)[0])) return undefined;
  let left = text.slice(Math.max(0, at - 160), at);
  const stop = Math.max(left.lastIndexOf('. '), left.lastIndexOf(';'), left.lastIndexOf('\n'));
  if (stop >= 0) left = left.slice(stop + 1);
  // walk back over the list's earlier items (a bounded loop, no nested quantifier)
  for (let k = 0; k < 12; k++) {
    const m = LIST_ITEM_END.exec(left);
    if (!m) break;
    left = left.slice(0, m.index);
  }
  if (!LIST_OPENS.test(left)) return undefined;
  return RATIOS_NAMED.exec(left)?.[1];
}

/** The unit of the ratio a label names (numbers.json ratioNames): "HR", "OR", "RR", "rate ratio", "GMR"; a plural name as its singular. */
function ratioUnit(label: string): string {
  const m = RATIO_NAME_IN.exec(label.toLowerCase().replace(/(?:['\u2019]s|s)$/, ''));
  if (m) return RATIO_NAMES.get(m[1])!;
  if (/^ors$/i.test(label) || /(?:^|[^a-z])or[ ]?[:=]/i.test(label)) return 'OR';
  if (/(?:^|[^a-z])rr[ ]?[:=]/i.test(label)) return 'RR';
  return 'HR';
}

const TABLE_UNIT = /\((US\$|HK\$|A\$|C\$|\$|\u20ac|\u00a3|\u00a5|\u20a9|[A-Z]{3})?[ ]?(bn|billion|mn|million|m|k|thousand|tn|trillion)?\)/;
/**
 * A unit declared in words inside parentheses, with what else the label says after it: "(in USD million, except per
 * share data)", "(in thousands of euros)", "(EUR '000)", "(in Mio. EUR)", "(TEUR)", "(MSEK)".
 */
const TABLE_UNIT_WORDS = /\([ ]?(?:(?:amounts )?in[ ]|i[ ]|en[ ])?(?:(US\$|HK\$|\$|\u20ac|\u00a3|USD|EUR|GBP|CHF|SEK|DKK|NOK|JPY|CNY|RMB)[ ]?(?:in[ ])?(bn|billions?|mn|millions?|m|k|thousands?|'000|Mio\.|Mrd\.|Tsd\.|tusen|miljoner|millioner|milliers)?|(bn|billions?|millions?|thousands?|Mio\.|Mrd\.|Tsd\.|Tausend|tusen|miljoner|millioner|milliers|millions)[ ](?:of[ ](?:U\.S\.[ ])?|d['\u2019 ])?(US\$|\$|\u20ac|USD|EUR|GBP|CHF|SEK|DKK|NOK|dollars|euros?|Euro|kronor|kroner|francs)|([MTK])(SEK|DKK|NOK|EUR|USD|CHF|\u20ac))(?=[ ,;.)])[^()\n]{0,48}\)/i;
const TABLE_SCALE_WORDS: Record<string, number> = { miles: 1e3, billion: 1e9, billions: 1e9, bn: 1e9, million: 1e6, millions: 1e6, mn: 1e6, m: 1e6, 'mio.': 1e6, miljoner: 1e6, millioner: 1e6,
  k: 1e3, thousand: 1e3, thousands: 1e3, "'000": 1e3, 'tsd.': 1e3, tausend: 1e3, tusen: 1e3, milliers: 1e3, 'mrd.': 1e9 };
const TABLE_CURRENCY_WORDS: Record<string, string> = { dollars: 'USD', euro: 'EUR', euros: 'EUR', kronor: 'SEK', kroner: 'DKK', francs: 'CHF', rmb: 'CNY' };

/**
 * A label or title that declares a currency and a scale for a table's numbers, whatever the language and the order:
 * "Amounts in CHF thousands", "Beträge in Mio. \u20ac", "Bedragen x \u20ac 1.000", "NOK 1 000", "1 000 euroa", "in Tsd. EUR",
 * "montants en k€". Every word must be a currency (a sign, a code, a name), a scale (a scale word, a scaled code
 * such as "TEUR", "1,000", "'000") or one of numbers.json declarationWords; one currency, at most one scale. What
 * follows a comma and a space is left aside ("in USD thousands, except per share data"). Linear: one sticky scan.
 */
export function currencyScaleDeclaration(label: string): { currency: string; scale: number } | undefined {
  let text = label.replace(/^[\s|*_:(]+|[\s|*_:)]+$/g, '');
  const comma = /,\s|;/.exec(text);
  if (comma) text = text.slice(0, comma.index);
  if (text.length === 0 || text.length > 60) return undefined;
  let currency: string | undefined;
  let scale: number | undefined;
  const setCurrency = (c: string | undefined) => { if (!c || (currency && currency !== c)) return false; currency = c; return true; };
  const setScale = (x: number) => { if (scale !== undefined) return false; scale = x; return true; };
  let p = 0;
  while (p < text.length) {
    if (/[\s:\uff1a]/.test(text[p])) { p++; continue; }
    let m = sticky(DECL_THOUSANDS, text, p);
    if (m) { if (!setScale((m[0].match(/000/g) ?? []).length === 2 ? 1e6 : 1e3)) return undefined; p += m[0].length; continue; }
    m = sticky(DECL_SCALED, text, p);
    if (m) { const [c, x] = W.scaledCurrencies[m[0]]; if (!setCurrency(c) || !setScale(x)) return undefined; p += m[0].length; continue; }
    m = sticky(DECL_CURRENCY, text, p);
    if (m) { if (!setCurrency(declaredCurrency(m[0]))) return undefined; p += m[0].length; continue; }
    m = sticky(DECL_SCALE, text, p);
    if (m) { const k = m[0].toLowerCase(); if (!setScale(W.scales[k] ?? TABLE_SCALE_WORDS[k] ?? 1)) return undefined; p += m[0].length; continue; }
    m = sticky(DECL_FILLER, text, p);
    if (m) { p += m[0].length; continue; }
    return undefined;
  }
  return currency ? { currency, scale: scale ?? 1 } : undefined;
}
/**
 * Whether a text may hold a declaration of a currency and its scale without brackets ("Beträge in Mio. \u20ac", "Angaben in
 * Tsd. EUR", "Amounts in CHF thousands"): a scale word and a currency within a few characters of each other, tested once
 * before a document's lines are read for a table's unit.
 */
export function mayDeclareCurrencyScale(text: string): boolean { return DECLARATION_HINT.test(text); }
/** "1,000", "1.000", "1 000", "1,000,000", "'000", "000s": a scale written as the number it multiplies by. */
const DECL_THOUSANDS = /(?:1[,.\u00a0\u202f '\u2019]?000(?:[,.\u00a0\u202f '\u2019]?000)?|['\u2019]?000['\u2019]?s?)(?![\d\p{L}])/uy;
const DECL_SCALED = new RegExp(`(?:${wordsPattern(Object.keys(W.scaledCurrencies))})(?![\\p{L}])`, 'uy');
const DECL_CURRENCY_FORMS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(W.currencyWords).map(([k, [c]]) => [k.toLowerCase(), c])),
  ...TABLE_CURRENCY_WORDS,
  ...Object.fromEntries(CURRENCY_SYMBOLS.map(([sym, c]) => [sym.trim().toLowerCase(), c])),
};
const DECL_CURRENCY = new RegExp(`(?:${wordsPattern(Object.keys(DECL_CURRENCY_FORMS))})(?![\\p{L}\\d])`, 'iuy');
function declaredCurrency(written: string): string | undefined {
  const c = DECL_CURRENCY_FORMS[written.toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'")];
  return c === 'KRONER' ? 'DKK' : c === 'CENT' ? undefined : c;
}
const DECL_SCALE = new RegExp(`(?:${wordsPattern([...Object.keys(W.scales), ...Object.keys(TABLE_SCALE_WORDS)])})(?![\\p{L}])`, 'iuy');
const DECL_SCALE_OR_ZEROS = `(?:${wordsPattern(Object.keys(W.scales).filter(k => k.length >= 3))}|1[,. ]?000|'000)`;
const DECLARATION_HINT = new RegExp(`(?<![\\p{L}])(?:${DECL_SCALE_OR_ZEROS}[ ]{1,3}(?:${wordsPattern(CURRENCY_SYMBOLS.map(([sym]) => sym.trim()))}|euros?|Euro|dollars|francs)|(?:${wordsPattern(CURRENCY_SYMBOLS.map(([sym]) => sym.trim()))})[ ]{1,3}${DECL_SCALE_OR_ZEROS})(?![\\p{L}\\d])`, 'iu');
const DECL_FILLER = new RegExp(`(?:${wordsPattern(numbersData.declarationWords.words)})(?![\\p{L}])`, 'iuy');

/**
 * A table's corner cell or title that is nothing but a currency and its scale, without brackets: "| EUR million |",
 * "| TEUR |", "| in Mkr |", "USD thousands"; or a title that names it after a comma: "Acme Bio, Mkr Q3 2024 ...".
 * The currency 'KR' is left to the block's language (resolveCurrencyUnit). Undefined for anything else.
 */
export function bareTableUnit(label: string): { currency: string; scale: number } | undefined {
  const core = label.replace(/[|*_:]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^(?:amounts in|in|i|en) /i, '');
  if (core.length > 0 && core.length <= 24) {
    const sc = Object.prototype.hasOwnProperty.call(W.scaledCurrencies, core) ? W.scaledCurrencies[core] : undefined;
    if (sc) return { currency: sc[0], scale: sc[1] };
    const spec = tableUnitSpec(`(${core})`);
    if (spec?.currency && spec.at === 0 && spec.end === core.length + 2) return { currency: spec.currency, scale: spec.scale };
  }
  const comma = TITLE_UNIT_AFTER_COMMA.exec(label);
  if (comma) { const [currency, scale] = W.scaledCurrencies[comma[1]]; return { currency, scale }; }
  // "| Angaben in Tsd. EUR |", "| Amounts in CHF thousands |": a longer cell that only declares a currency and its scale
  const d = label.length <= 64 ? currencyScaleDeclaration(label.replace(/[|*_]/g, ' ')) : undefined;
  if (d && d.scale > 1) return d;
  return undefined;
}
/** Whether a text may hold a bare table unit at all (bareTableUnit's forms), tested once before its lines are read. */
export const BARE_TABLE_UNIT_HINT = new RegExp(`(?:^|[,|])[ ]?(?:${wordsPattern(Object.keys(W.scaledCurrencies))})(?=[ |]|Q[1-4]|H[12]|$)|^[ |*]*(?:in )?(?:[A-Z]{3}|US\\$|\\$|\u20ac) (?:millions?|thousands?|m|bn|k|'000)[ |*]*$`, 'mu');
/** "Acme Bio, Mkr Q3-2024", "Acme Bio, MSEKQ2 2024": a scaled currency after a title's comma, the periods of its columns after it. */
const TITLE_UNIT_AFTER_COMMA = new RegExp(`^[^,.\n]{2,60},[ ]?(${wordsPattern(Object.keys(W.scaledCurrencies))})(?=[ ]?(?:Q[1-4]|H[12]|[1-9]M|FY|(?:19|20)\\d{2}))`, 'u');

/**
 * The unit a flattened table's label declares for its numbers: "Income statement (NOK m)",
 * "Summary table (US$m)", "Shares in issue (m)", "Price objective (JPY)". Undefined when the
 * parentheses hold something else ("(bladder cancer)").
 */
export function tableUnitSpec(label: string): { currency?: string; scale: number; at: number; end: number } | undefined {
  // ("(in CHF 1,000)", "(NOK 1 000)", "(Bedragen x \u20ac 1.000)": brackets that hold only a declaration of a currency and a
  // scale, in any order and language, declare exactly that)
  for (let open = label.indexOf('('); open >= 0 && open < label.length; open = label.indexOf('(', open + 1)) {
    const close = label.indexOf(')', open);
    if (close < 0) break;
    if (close - open > 64 || label.lastIndexOf('(', close) !== open) continue;
    const d = currencyScaleDeclaration(label.slice(open + 1, close));
    if (d) return { currency: d.currency, scale: d.scale, at: open, end: close + 1 };
  }
  const w = TABLE_UNIT_WORDS.exec(label);
  if (w) {
    const cur = w[1] ?? w[4] ?? w[6];
    const sc = w[2] ?? w[3];
    const code = CURRENCY_SYMBOLS.find(([sym]) => sym.trim() === cur)?.[1] ?? CURRENCY_WORDS[cur.toUpperCase()] ?? TABLE_CURRENCY_WORDS[cur.toLowerCase()] ?? (cur === '\u20ac' ? 'EUR' : undefined);
    const scale = w[5] ? (w[5].toUpperCase() === 'M' ? 1e6 : 1e3) : sc ? TABLE_SCALE_WORDS[sc.toLowerCase()] ?? 1 : 1;
    if (code) return { currency: code, scale, at: w.index, end: w.index + w[0].length };
  }
  const m = TABLE_UNIT.exec(label);
  if (!m || (!m[1] && !m[2])) return undefined;
  let currency: string | undefined;
  if (m[1]) {
    currency = CURRENCY_SYMBOLS.find(([sym]) => sym.trim() === m[1])?.[1] ?? CURRENCY_WORDS[m[1]];
    if (!currency) return undefined;
  }
  return { currency, scale: m[2] ? SCALES[m[2]] ?? 1 : 1, at: m.index, end: m.index + m[0].length };
}

/** How many digits a written number has after its decimal mark ("93.3" 1, "0,547" 3, "12" 0; a thousands group "1,234" counts as 3). */
function decimalsIn(written: string): number {
  const m = /[.,](\d+)\D*$/.exec(written);
  return m ? m[1].length : 0;
}
