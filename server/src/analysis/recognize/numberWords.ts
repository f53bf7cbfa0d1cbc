/**
 * Figures written in words, in every language of server/lexicon/builtin/numbers.json:
 * - cardinals with what they count or measure: "nineteen patients", "zwei Wochen", "neun Prozent",
 *   "sieben Milliarden Euro", "four further pipeline candidates", "viisi milligrammaa
 *   kiloa kohden"; ranges and bounds ("one or two patients", "three or more cycles"); parts of a whole
 *   ("nine out of ten", "one in four", "kuusi kymmenest\u00e4") as counts with their denominator;
 * - fractions as shares: "half of the participants", "a third of", "two-thirds", "ein Drittel",
 *   "en femtedel", "Halvparten" (percent);
 * - multiples: "tripled", "dreifach", "more than double", "het dubbele", "deux fois plus" (unit
 *   "fold", kind other: the claimed-ratio check reads these words itself and judges them);
 * - halving: "halved", "cut by half", "Halbierung" (50 %, kind other for the same reason);
 * - shares by digits: "double-digit growth", "zweistelliges Wachstum" (at least 10 %).
 * A word becomes a figure only when the grammar around it says it is one, so "one of the", "the
 * third patient", "the first half of 2031", "double-blind" and "twice daily" stay plain words.
 * One pass over the block's words; every look-around is bounded, so the scan is linear. The
 * numbers in the data are words; compromise reads the long English cardinals ("two hundred and
 * forty-five") on the short spans this pass has already found.
 */
import type nlpType from 'compromise';
import type { Span } from '../text';
import { comparatorBefore, countedNounAt, declarationAround, countNamedBefore, languagesOf, monthsOfYear, NUMBER_WORDS_DATA as W, RawFigure, resolveCurrencyUnit, seriesNounAfter, unitAfter } from './figures';
import numbersJson from '../../../lexicon/builtin/numbers.json';
import { PEOPLE_PATTERN, PEOPLE_UNITS } from '../people';
import nesting from '../../../lexicon/grammar/nesting.json';
import { wordsPattern } from '../words';

/** Right after a number, words that refer back to people named before, and perhaps their noun: "of these patients", "of them" (nesting.json). */
const REFERS_BACK_AFTER = new RegExp(`^ (?:${wordsPattern(nesting.subsets.peopleReferBack)})(?: (${PEOPLE_PATTERN}))?(?![\\p{L}])`, 'iu');

/** Right after a number written in words: the word it is the subject of ("five had", "seven received"). */
const VERB_AFTER_WORD = /^ (\p{Ll}{2,})(?![\p{L}])/u;
/** Right before it: a comma or a conjunction that opens a clause whose subject's noun is left out. */
const GAP_OPENS_BEFORE = new RegExp(`(?:,|[ ](?:${wordsPattern(numbersJson.gapping.conjunctions)}))[ ]$`, 'iu');
/** A count of people (a number, a few words of its noun phrase, its noun) and the word right after it. */
const PEOPLE_THEN_WORD = new RegExp(`(?:^|[^\\p{L}\\d])(?:\\d[\\d,]*|\\p{L}+)[ ](?:[\\p{L}-]+[ ]){0,3}?(${PEOPLE_PATTERN})[ ](\\p{Ll}{2,})(?![\\p{L}])`, 'giu');
/** How far back in its sentence the count of people whose construction a gapped count repeats may stand. */
const GAP_REACH = 200;
/**
 * The people a number written in words counts when it repeats the construction of a count of people before it in its
 * sentence, its noun left out: the same word (its verb) right after both, a comma or a conjunction right before it
 * ("12 patients received AB-101, and seven received placebo"). Undefined otherwise.
 */
function gappedPeople(text: string, start: number, end: number): string | undefined {
  const verb = VERB_AFTER_WORD.exec(text.slice(end, end + 30));
  if (!verb) return undefined;
  const lead = text.slice(Math.max(0, start - GAP_REACH), start);
  if (!GAP_OPENS_BEFORE.test(lead)) return undefined;
  // (within its sentence: back to the last full stop, semicolon or line break)
  const from = Math.max(lead.lastIndexOf('. '), lead.lastIndexOf(';'), lead.lastIndexOf('\n'));
  const clause = lead.slice(from + 1);
  // (the last count of people in it followed by the same word)
  let last: string | undefined;
  PEOPLE_THEN_WORD.lastIndex = 0;
  for (let m = PEOPLE_THEN_WORD.exec(clause); m; m = PEOPLE_THEN_WORD.exec(clause)) if (m[2] === verb[1]) last = m[1].toLowerCase();
  return last;
}

/** After a whole in digits: the people it counts ("of the 10 patients", "of 10 evaluable patients"). */
const WHOLE_OF_PEOPLE = new RegExp(`^ (?:[\\p{L}-]+ ){0,2}?(?:${PEOPLE_PATTERN})(?![\\p{L}])`, 'iu');

/**
 * compromise, loaded the first time a long English cardinal needs it: loading it unpacks its whole
 * English lexicon (tens of megabytes of heap at its peak, most of a second), which a server that
 * never meets "two hundred and forty-five" should not pay for.
 */
let compromise: typeof nlpType | undefined;
function nlp(text: string): ReturnType<typeof nlpType> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  compromise ??= (require('./compromise') as typeof import('./compromise')).default;
  return compromise(text);
}

interface Word { start: number; end: number; text: string; lower: string }

/** The block's words: letters, with hyphens and apostrophes inside ("two-thirds", "Covid-F\u00e4lle"). */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  const isL = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  let i = 0;
  while (i < text.length) {
    if (!isL(text[i])) { i++; continue; }
    const start = i;
    while (i < text.length && (isL(text[i]) || ((text[i] === '-' || text[i] === '\u2019' || text[i] === "'") && isL(text[i + 1])))) i++;
    const t = text.slice(start, i);
    out.push({ start, end: i, text: t, lower: t.toLowerCase() });
  }
  return out;
}

const lowerSet = (xs: Iterable<string>) => new Set([...xs].map(x => x.toLowerCase()));
const TIMES = lowerSet(W.timesWords.words);
const NOT_A_MULTIPLE_AFTER = [...lowerSet(W.timesWords.notAMultipleAfter)];
const ADJ_MULTIPLES = lowerSet(W.adjectiveMultiples.words);
const MULTIPLE_BEFORE = [...lowerSet(W.adjectiveMultiples.multipleBefore)];
const MULTIPLE_AFTER = lowerSet(W.adjectiveMultiples.multipleAfter);
const MULTIPLE_NOT_BEFORE = lowerSet(W.adjectiveMultiples.notBefore);
const multiples = new Map(Object.entries(W.multiples).map(([k, v]) => [k.toLowerCase(), v]));
const halving = Object.entries(W.halving).map(([k, v]) => [k.toLowerCase(), v] as [string, number]).sort((a, b) => b[0].length - a[0].length);
const digitShares = Object.entries(W.digitShares).map(([k, v]) => [k.toLowerCase(), v] as [string, number]).sort((a, b) => b[0].length - a[0].length);
const fractions = new Map(Object.entries(W.fractions).map(([k, v]) => [k.toLowerCase(), v]));
const doseUnits = new Map(Object.entries(W.doseUnits).map(([k, v]) => [k.toLowerCase(), v]));
const PER_KG = [...lowerSet(W.perKilogram)];
/** Nouns of people in every language (numbers.json countNouns whose unit counts people), lower-case. */
const PEOPLE_NOUNS = new Set(Object.entries(W.countNouns).filter(([, v]) => PEOPLE_UNITS.includes(v)).map(([k]) => k.toLowerCase()));
/** Units of time a number word may have compounded onto it (numbers.json compoundDurations), the longest stem first. */
const COMPOUND_DURATIONS = Object.entries(W.compoundDurations).map(([k, v]) => [k.toLowerCase(), v] as [string, string]).sort((a, b) => b[0].length - a[0].length);
/** The longest number word a compound may open with (table look-ups per word are bounded by it). */
const COMPOUND_NUMBER_MAX = 14;
const seriesOrdinals = new Map(Object.entries(W.seriesOrdinals).map(([k, v]) => [k.toLowerCase(), v]));
/** Determiners before a series ordinal: "the eighth", "a second", "its fifth", "die zweite". */
const SERIES_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'der', 'die', 'das', 'den', 'dem', 'des', 'eine', 'einer', 'einen', 'ihre', 'ihrer', 'seine', 'seiner']);

/** Does `lower` (the block, lower-cased) hold one of `phrases` at `at`, ending at a word boundary? Returns its end. */
function phraseAt(lower: string, at: number, phrases: Iterable<string>): number | undefined {
  let best: number | undefined;
  for (const p of phrases) {
    if (lower.startsWith(p, at) && !/\p{L}/u.test(lower[at + p.length] ?? '') && (best === undefined || at + p.length > best)) best = at + p.length;
  }
  return best;
}

/** Articles between "of" and the whole a number is part of ("seven of the 12", "sept sur les 12"). */
const WHOLE_ARTICLES: string[] = numbersJson.wholeArticles;

/** Does one of `phrases` end right before `at` (after one space)? */
function phraseBefore(lower: string, at: number, phrases: Iterable<string>): boolean {
  if (lower[at - 1] !== ' ') return false;
  for (const p of phrases) {
    const s = at - 1 - p.length;
    if (s >= 0 && lower.startsWith(p, s) && !/\p{L}/u.test(lower[s - 1] ?? '')) return true;
  }
  return false;
}

export function recognizeNumberWords(text: string, _sentences: Span[], taken: Uint8Array): RawFigure[] {
  // a short block may show its language by one function word: its number words are tried, and those of every language tied with it
  const langs = languagesOf(text, 1);
  const lang = langs[0];
  const lower = text.toLowerCase();
  const ofLangs = <T>(section: Record<string, T[]>): T[] => [...(section.en ?? []), ...langs.filter(l => l !== 'en').flatMap(l => section[l] ?? [])];
  const table = new Map<string, number>(Object.entries(W.numberWords.en ?? {}));
  for (const l of langs) if (l !== 'en') for (const [k, v] of Object.entries(W.numberWords[l] ?? {})) table.set(k, v);
  const articles = new Set(ofLangs(W.articles));
  const ors = new Set(ofLangs(W.orWords));
  const orMore = ofLangs(W.orMore);
  const outOf = ofLangs(W.outOf);
  const words = wordsOf(text);
  const out: RawFigure[] = [];
  const free = (a: number, b: number) => { for (let k = a; k < b; k++) if (taken[k]) return false; return true; };
  const push = (f: RawFigure, numberEnd?: number) => {
    // "three complete responses": the counted noun is an endpoint's name; the count keeps its unit, the name its span
    // "eleven of 25 patients": the denominator in digits, read as a figure of its own, becomes part of the count
    if (!free(f.start, f.end) && f.figureKind === 'count' && f.denominator !== undefined && numberEnd !== undefined && free(f.start, numberEnd)
      && /^ (?:of|out of) (?:(?:the|these|those) )?\d/.test(text.slice(numberEnd, numberEnd + 16))) f = { ...f, absorbs: true };
    else if (!free(f.start, f.end) && f.figureKind === 'count' && numberEnd !== undefined && free(f.start, numberEnd)) f = { ...f, end: numberEnd };
    // words are scanned left to right: only the last figure can overlap a new one
    const last = out[out.length - 1];
    if ((!free(f.start, f.end) && !f.absorbs) || (last && last.start < f.end && f.start < last.end)) return;
    out.push(f);
  };
  /** A cardinal written in words from word i: "seven", "twenty-five", "two hundred"; its value and the index after it. */
  const cardinalAt = (i: number): { value: number; next: number; end?: number } | undefined => {
    const w = words[i];
    if (!w) return undefined;
    let value: number | undefined = table.get(w.lower);
    let scaled = false;
    if (value === undefined && w.lower.includes('-')) {
      const parts = w.lower.split('-');
      if (parts.length === 2 && table.has(parts[0]) && table.has(parts[1])) {
        const a = table.get(parts[0])!, b = table.get(parts[1])!;
        if (a >= 20 && a % 10 === 0 && a < 100 && b < 10) value = a + b;
        // "six-hundred", "one-thousand": a count of hundreds or thousands joined to its scale word
        else if ((b === 100 || b === 1000) && a >= 1 && a < 100 && !articles.has(parts[0])) { value = a * b; scaled = true; }
      }
      // "six-month", "five-year", "a 12-patient": the number ends at the hyphen, the unit follows it
      if (value === undefined && table.has(parts[0]) && !articles.has(parts[0])) return { value: table.get(parts[0])!, next: i + 1, end: w.start + parts[0].length };
    }
    if (value === undefined) return undefined;
    let next = i + 1;
    while (next < words.length && words[next].start === words[next - 1].end + 1) {
      const m = table.get(words[next].lower);
      if (m !== 100 && m !== 1000) break;
      value *= m;
      next++;
    }
    // "two hundred and forty-five", "one thousand two hundred": an English cardinal that runs on
    // past a scale word is read by compromise, on this short span only (the words found it cheaply)
    if ((next > i + 1 || scaled) && lang === 'en') {
      let last = next;
      while (last < words.length && last < next + 4 && words[last].start === words[last - 1].end + 1
        && (words[last].lower === 'and' || table.has(words[last].lower) || /^[a-z]+-[a-z]+$/.test(words[last].lower))) last++;
      while (last > next && words[last - 1].lower === 'and') last--;
      if (last > next) {
        // (a scale word joined by a hyphen is read as written apart: "six-hundred nineteen")
        const span = text.slice(w.start, words[last - 1].end).toLowerCase();
        const parsed = nlp(scaled ? span.replace(/^([a-z]+)-(hundred|thousand)\b/, '$1 $2') : span).numbers().get() as unknown[];
        if (parsed.length === 1 && typeof parsed[0] === 'number' && Number.isFinite(parsed[0]) && parsed[0] > value) return { value: parsed[0], next: last };
      }
    }
    return { value, next };
  };
  const gap = (a: Word | undefined, b: Word | undefined) => !!a && !!b && b.start === a.end + 1 && text[a.end] === ' ';

  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (taken[w.start]) continue;
    // --- "double-digit", "zweistelligen", "deux chiffres": at least 10 %
    const ds = digitShareAt(lower, w.start);
    if (ds) {
      const cmp = comparatorBefore(text, w.start);
      push({ start: cmp?.start ?? w.start, end: ds.end, figureKind: 'percent', value: ds.value, unit: '%', comparator: '\u2265', reading: 'a share written in words' });
      continue;
    }
    // --- "halved", "cut by half", "Halbierung"
    const hv = halvingAt(lower, w.start);
    if (hv) {
      const cmp = comparatorBefore(text, w.start);
      push({ start: cmp?.start ?? w.start, end: hv.end, figureKind: 'other', value: hv.value, unit: '%', comparator: cmp?.comparator, reading: 'a halving written in words (a reduction of 50 %)' });
      i = wordIndexAt(words, i, hv.end);
      continue;
    }
    // --- "tripled", "dreifach", "more than double", "het dubbele"
    const mult = multiples.get(w.lower);
    if (mult !== undefined && !MULTIPLE_NOT_BEFORE.has(words[i + 1]?.lower ?? '')) {
      const adjective = ADJ_MULTIPLES.has(w.lower);
      const next = words[i + 1];
      if (!adjective || phraseBefore(lower, w.start, MULTIPLE_BEFORE) || (gap(w, next) && MULTIPLE_AFTER.has(next.lower))) {
        if (!(adjective && gap(w, next) && phraseAt(lower, next.start, NOT_A_MULTIPLE_AFTER) !== undefined)) {
          const cmp = comparatorBefore(text, w.start);
          push({ start: cmp?.start ?? w.start, end: w.end, figureKind: 'ratio', value: mult, unit: 'fold', comparator: cmp?.comparator, reading: 'a multiple written in words' });
          continue;
        }
      }
    }
    // --- fractions: "half of", "a third of", "two-thirds", "ein Drittel", "en femtedel", "Halvparten"
    const fr = fractionAt(i);
    if (fr) {
      const cmp = comparatorBefore(text, fr.start);
      push({ start: cmp?.start ?? fr.start, end: fr.end, figureKind: 'percent', value: fr.value, unit: '%', comparator: cmp?.comparator, reading: 'a fraction written in words' });
      i = wordIndexAt(words, i, fr.end);
      continue;
    }
    // --- "the eighth breakthrough designation", "a second approved indication": an item of a series
    const so = seriesOrdinals.get(w.lower);
    if (so !== undefined && i > 0 && gap(words[i - 1], w) && SERIES_DETERMINERS.has(words[i - 1].lower)) {
      const noun = seriesNounAfter(text, w.end);
      if (noun) {
        push({ start: w.start, end: noun.end, figureKind: 'count', value: so, unit: noun.unit, reading: 'an ordinal that numbers an item of a series' }, w.end);
        i = wordIndexAt(words, i, noun.end);
        continue;
      }
    }
    // --- cardinals and articles
    const isArticle = articles.has(w.lower);
    const c = isArticle ? { value: 1, next: i + 1 } : cardinalAt(i);
    if (!c) {
      const cd = compoundDurationAt(w);
      // ("achtzehnjährige Patienten": the people's age, no time point of the figures near it)
      const age = cd && gap(w, words[i + 1]) && PEOPLE_NOUNS.has(words[i + 1].lower);
      if (cd) push({ start: w.start, end: w.end, figureKind: 'duration', value: cd.value, unit: cd.unit, timepoint: !age || undefined, reading: 'a number written in words with its unit of time in one word' });
      continue;
    }
    const f = cardinalFigure(i, c.value, c.next, isArticle, c.end);
    if (f) { push(f, c.end ?? words[c.next - 1].end); i = wordIndexAt(words, i, f.end); }
  }
  // ("Alle Beträge in Tausend Euro": a thousand that declares a table's scale is no sum of its own)
  return out.filter(f => !(typeof f.value === 'number' && (f.value === 1e3 || f.value === 1e6) && declarationAround(text, f.start, f.end))).sort((a, b) => a.start - b.start);

  function fractionAt(i0: number): { start: number; end: number; value: number } | undefined {
    const w = words[i0];
    let i = i0;
    let num = 1;
    let den = fractions.get(w.lower);
    let fracWord = w.lower;
    let hasNumerator = false;
    if (den === undefined && w.lower.includes('-')) {
      // "two-thirds", "one-quarter"
      const [a, b] = w.lower.split('-');
      const n = table.get(a);
      if (n !== undefined && fractions.has(b)) { num = n; den = fractions.get(b); fracWord = b; hasNumerator = true; }
    }
    if (den === undefined) {
      // "a third", "one quarter", "ein Drittel", "zwei Drittel", "en femtedel"
      const next = words[i + 1];
      if (!gap(w, next) || !fractions.has(next.lower)) return undefined;
      const n = articles.has(w.lower) ? 1 : cardinalAt(i)?.value;
      if (n === undefined) return undefined;
      num = n; den = fractions.get(next.lower); fracWord = next.lower; hasNumerator = !articles.has(w.lower);
      i = i + 1;
    }
    if (!den || num >= den) return undefined;
    // "the quarters ended", "in thirds": a plural fraction word without a number before it counts no share ("two thirds"
    // has one)
    if (!hasNumerator && fracWord.endsWith('s') && (fractions.get(fracWord.slice(0, -1)) === den || fracWord === 'halves')) return undefined;
    const fw = words[i];
    const after = words[i + 1];
    // "the first half of 2031", "im ersten Halbjahr": a period, not a share
    const prev = words[i0 - 1];
    if (prev && gap(prev, w) && W.periodOrdinals.has(prev.lower)) return undefined;
    // "half-life", "half dose", "a quarter year"
    if (after && gap(fw, after) && W.notAShareAfter.has(after.lower)) return undefined;
    const shareOf = !!after && gap(fw, after) && W.shareOf.has(after.lower);
    // "half of 2026", "a quarter of 2025": a period
    if (shareOf && /^ ?(?:the )?(?:19|20)\d\d(?!\d)/.test(text.slice(after.end, after.end + 10))) return undefined;
    // "the third patient", "the fourth quarter": an ordinal, unless a share follows ("a third of") or a
    // numerator agrees with it ("one third", "two thirds")
    // ... or a preposition of measure before its article and no noun after it ("reduced the risk by a third (HR ...)",
    // never "by a third party")
    const byMeasure = !hasNumerator && fw !== w && !!prev && gap(prev, w) && W.fractionBy.has(prev.lower)
      && (!after || !gap(fw, after) || W.fractionEndWords.has(after.lower));
    if (W.ordinalFractions.has(fracWord) && !shareOf && !byMeasure && !(hasNumerator && /s$/.test(fracWord) === num > 1)) return undefined;
    return { start: w.start, end: fw.end, value: Math.round(1000 * num / den) / 10 };
  }

  /**
   * "sechsmonatigen", "Dreijahresrate": a number word with a unit of time compounded onto it (numbers.json
   * compoundDurations), the word running on after the unit or not. The number word is one of the table's, not an
   * article ("ein"), tried at each length a number word of the table may have: a word costs a few look-ups.
   */
  function compoundDurationAt(w: Word): { value: number; unit: string } | undefined {
    if (w.lower.length < 7 || w.lower.includes('-')) return undefined;
    for (let k = 3; k <= Math.min(COMPOUND_NUMBER_MAX, w.lower.length - 3); k++) {
      const n = w.lower.slice(0, k);
      const value = table.get(n);
      if (value === undefined || articles.has(n)) continue;
      for (const [stem, unit] of COMPOUND_DURATIONS) if (w.lower.startsWith(stem, k)) return { value, unit };
    }
    return undefined;
  }

  /** The index of the word that starts at `pos`, looking from word `from` on; -1 when none does. */
  function wordFrom(from: number, pos: number): number {
    let j = from;
    while (j < words.length && words[j].start < pos) j++;
    return j < words.length && words[j].start === pos ? j : -1;
  }

  function cardinalFigure(i: number, value: number, next: number, isArticle: boolean, numberEnd?: number): RawFigure | undefined {
    const w = words[i];
    const start = w.start;
    let end = numberEnd ?? words[next - 1].end;
    // "week eight", "Monat sechs": a time point
    const tp = /(?:^|[^\p{L}])(week|month|day|year|woche|monat|tag)[ ]$/iu.exec(text.slice(Math.max(0, start - 8), start));
    if (tp && !isArticle) {
      const u = tp[1].toLowerCase();
      const unit = u === 'woche' ? 'weeks' : u === 'monat' ? 'months' : u === 'tag' ? 'days' : u + 's';
      return { start: start - tp[1].length - 1, end, figureKind: 'duration', value, unit, timepoint: true, reading: 'number written in words' };
    }
    const cmp = comparatorBefore(text, start);
    let comparator = cmp?.comparator;
    let v: number | [number, number] = value;
    let denominator: number | undefined;
    const nw = words[next];
    if (!isArticle && numberEnd === undefined && nw && gap(words[next - 1], nw)) {
      // "one or two patients"
      if (ors.has(nw.lower) && gap(nw, words[next + 1])) {
        const c2 = cardinalAt(next + 1);
        if (c2 && c2.value > value) { v = [value, c2.value]; end = words[c2.next - 1].end; }
      }
      // "three or more cycles"
      const om = phraseAt(lower, nw.start, orMore);
      if (om !== undefined && !Array.isArray(v)) { comparator = '\u2265'; end = om; }
      // "nine out of ten", "one in four", "kuusi kymmenest\u00e4"
      const el = W.elativeNumbers[nw.lower];
      if (el !== undefined && el > value) { denominator = el; end = nw.end; }
      else if (!Array.isArray(v)) {
        let oo = phraseAt(lower, nw.start, outOf);
        // "seven of the 12 patients": an article may stand before the whole
        const article = oo !== undefined && text[oo] === ' ' ? phraseAt(lower, oo + 1, WHOLE_ARTICLES) : undefined;
        if (article !== undefined && text[article] === ' ') oo = article;
        if (oo !== undefined && text[oo] === ' ') {
          const j = wordFrom(next, oo + 1);
          const c2 = j >= 0 ? cardinalAt(j) : undefined;
          const digits = /^\d{1,4}(?![\d.,]\d)/.exec(text.slice(oo + 1, oo + 6));
          // a number with a unit after it is no whole of people ("three of the 10 mg patients", "two of the 12-month visits")
          const after = digits ? text.slice(oo + 1 + digits[0].length, oo + 1 + digits[0].length + 24) : '';
          const denUnit = digits ? unitAfter(text, oo + 1 + digits[0].length) : undefined;
          const den = c2 ? c2.value : digits && (!denUnit || denUnit.kind === 'count') && !/^-\p{L}/u.test(after) ? Number(digits[0]) : undefined;
          // a whole in digits that names people is read even when smaller ("twelve of the 10 patients": a part above its
          // whole, which the checks report); any other only when larger
          const ofPeople = !c2 && WHOLE_OF_PEOPLE.test(after);
          if (den !== undefined && (den > value || ofPeople)) { denominator = den; end = c2 ? words[c2.next - 1].end : oo + 1 + digits![0].length; }
        }
      }
      // "three times as many", "deux fois plus", "drie keer meer" (not "three times daily")
      if (TIMES.has(nw.lower) && !Array.isArray(v) && denominator === undefined) {
        const after = words[next + 1];
        if (!(after && gap(nw, after) && phraseAt(lower, after.start, NOT_A_MULTIPLE_AFTER) !== undefined)) {
          return { start: cmp?.start ?? start, end: nw.end, figureKind: 'ratio', value, unit: 'fold', comparator, reading: 'a multiple written in words' };
        }
      }
    }
    const unit = unitAfter(text, end);
    if (unit && unit.kind === 'money-scale') {
      // "sieben Milliarden Euro", "eine Million Franken"
      const scale = W.scales[unit.unit] ?? W.scales[unit.unit.replace(/\.$/, '')];
      const cur = scale ? unitAfter(text, unit.end) : undefined;
      if (scale && cur && cur.kind === 'money') {
        const val = Array.isArray(v) ? [v[0] * scale * (cur.scale ?? 1), v[1] * scale * (cur.scale ?? 1)] as [number, number] : value * scale * (cur.scale ?? 1);
        return { start: cmp?.start ?? start, end: cur.end, figureKind: 'money', value: val, unit: resolveCurrencyUnit(cur.unit, text, lang), comparator, reading: 'number written in words' };
      }
      const noun = scale ? countedNounAt(text, unit.end, lang === 'en') : undefined;
      if (scale && noun) return { start: cmp?.start ?? start, end: noun.end, figureKind: 'count', value: value * scale, unit: noun.unit, comparator, reading: 'number written in words' };
      return undefined;
    }
    // an article is one only before a scale ("eine Million") or a percent word ("ein Prozent")
    if (isArticle) return unit && unit.kind === 'percent' ? { start, end: unit.end, figureKind: 'percent', value: 1, unit: unit.unit, reading: 'number written in words' } : undefined;
    if (unit && unit.kind === 'money' && !Array.isArray(v)) {
      return { start: cmp?.start ?? start, end: unit.end, comparator, figureKind: 'money', value: value * (unit.scale ?? 1), unit: resolveCurrencyUnit(unit.unit, text, lang), reading: 'number written in words' };
    }
    // "die ersten neun Monate 2026": a reporting period, a date of its year
    const period = unit && unit.kind === 'duration' && !Array.isArray(v) ? monthsOfYear(text, start, unit.end, value, unit.unit) : undefined;
    if (period) return { ...period, reading: `${period.reading}, number written in words` };
    if (unit && unit.kind !== 'other' && unit.kind !== 'money' && unit.kind !== 'money-scale') {
      return {
        start: cmp?.start ?? start, end: unit.end, comparator, figureKind: unit.kind, value: v, unit: unit.unit, reading: 'number written in words',
        ...(denominator !== undefined ? { denominator } : {}), ...(unit.adjective ? { timepoint: true } : {}),
      };
    }
    // "viisi milligrammaa kiloa kohden": a dose unit written as a word
    const dj = text[end] === ' ' ? wordFrom(next, end + 1) : -1;
    const dw = dj >= 0 ? words[dj] : undefined;
    if (dw && doseUnits.has(dw.lower)) {
      let e = dw.end;
      let u = doseUnits.get(dw.lower)!;
      const pk = text[e] === ' ' ? phraseAt(lower, e + 1, PER_KG) : undefined;
      if (pk !== undefined) { e = pk; u += '/kg'; }
      return { start: cmp?.start ?? start, end: e, comparator, figureKind: 'dose', value: v, unit: u, reading: 'number written in words' };
    }
    // "four further pipeline candidates", "yhdeksän potilasta", "fire nye fase 3 studier"
    const noun = countedNounAt(text, end, lang === 'en');
    if (noun) {
      return { start: cmp?.start ?? start, end: noun.end, comparator, figureKind: 'count', value: v, unit: noun.unit, reading: 'number written in words', ...(denominator !== undefined ? { denominator } : {}) };
    }
    // "Fifty of these patients met ...", "twelve of them died": a count of the people named before, the words after it
    // referring back to them (nesting.json subsets.peopleReferBack); the figure is the number, the group the one named before
    const back = !Array.isArray(v) && denominator === undefined ? REFERS_BACK_AFTER.exec(text.slice(end, end + 60)) : null;
    if (back) return { start: cmp?.start ?? start, end, comparator, figureKind: 'count', value: v, unit: back[1] ? back[1].toLowerCase() : '', reading: 'number written in words, a count of people named before it' };
    // "die Zahl der Projekte steigt von vier auf sechs": the noun named before the number
    // (not "one", a pronoun as often as a number, nor a word before "of": "two of the events")
    const named = !Array.isArray(v) && v >= 2 && denominator === undefined && !(words[next] && W.shareOf.has(words[next].lower)) ? countNamedBefore(text, cmp?.start ?? start, { lang }) : undefined;
    if (named) return { start: cmp?.start ?? start, end, comparator, figureKind: 'count', value: v, unit: named, reading: 'number written in words, a count of the noun named before it' };
    // "Three patients had a complete response and five had a partial response": the subject of the same verb as a count of
    // people before it in its sentence, the noun left out after a comma or a conjunction, counts those people
    const gapped = !Array.isArray(v) && v >= 2 && denominator === undefined ? gappedPeople(text, cmp?.start ?? start, end) : undefined;
    if (gapped) return { start: cmp?.start ?? start, end, comparator, figureKind: 'count', value: v, unit: gapped, reading: 'number written in words, the subject of the same verb as the count of people before it' };
    // "nine out of ten", "two (8%)": a count whose noun the document gives elsewhere
    if (denominator !== undefined) return { start: cmp?.start ?? start, end, comparator, figureKind: 'count', value: v, unit: '', denominator, reading: 'number written in words' };
    if (/^ ?\(\d/.test(text.slice(end, end + 3)) && /^ ?\([\d.,]+ ?%\)/.test(text.slice(end, end + 12)) && !Array.isArray(v)) {
      return { start, end, figureKind: 'other', value, unit: '', reading: 'number written in words' };
    }
    return undefined;
  }
}

/** The index of the last word that starts before `end` (so the scan resumes after a figure). */
function wordIndexAt(words: Word[], from: number, end: number): number {
  let j = from;
  while (j + 1 < words.length && words[j + 1].start < end) j++;
  return j;
}

function digitShareAt(lower: string, at: number): { end: number; value: number } | undefined {
  for (const [p, v] of digitShares) {
    if (!lower.startsWith(p, at)) continue;
    const c = lower[at + p.length];
    // "zweistelligenWachstumsraten": a flattened text glues the next word on; lower-casing hides its capital
    if (c === undefined || !/\p{L}/u.test(c) || /-/.test(c)) return { end: at + p.length, value: v };
    return p.startsWith('zweistellig') || p.startsWith('dreistellig') ? { end: at + p.length, value: v } : undefined;
  }
  return undefined;
}

function halvingAt(lower: string, at: number): { end: number; value: number } | undefined {
  for (const [p, v] of halving) {
    if (lower.startsWith(p, at) && !/\p{L}/u.test(lower[at + p.length] ?? '')) return { end: at + p.length, value: v };
  }
  return undefined;
}
