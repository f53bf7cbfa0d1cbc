/**
 * claimed-ratio, the claims of change: a direction word and the two figures it moves between
 * ("lowered its target to $18 from $24", "die Kosten stiegen von 3,2 auf 4,0 Millionen Euro",
 * "$7.7 million, up 21 % from $6.4 million"), and a relative change against its standard ("a
 * 35 % premium to the $12.00 close", "a 40 % decline from the $5.0 billion of the year before").
 * The sentence's grammar picks the figures: a preposition of origin ("from", "von", "van", "de")
 * before the old figure, one of destination ("to", "auf", "naar", "à") right before the new, the
 * direction word before them (or, in a verb-final language, right after), all of one kind and
 * unit. A finding needs the direction or the size to disagree beyond the rounding of every number.
 */
import { armsOfOneEndpoint, isControlArmFigure, decimalsOf, itemsWithin, normalizedText, paragraphIndexAt, sentenceIndexAt, wordsPattern, type CheckFinding, figuresOf } from './check';
import endpointsData from '../../../lexicon/builtin/endpoints.json';
import labelWords from '../../../lexicon/grammar/labelUnits.json';
import { claimIndex, claimsOf, roundingRoom } from '../claims';
import { memoRead, memoSpanText } from '../memo';
import type { DocumentModel, FigureEntity } from '../model';
import words from '../../../lexicon/grammar/comparisons.json';
import { PEOPLE_PATTERN } from '../people';
import { spanOf } from '../dateline';
import numbersData from '../../../lexicon/builtin/numbers.json';

const lower = (ws: string[]) => new Set(ws.map(w => w.toLowerCase()));
const C = words.changes;
const UP = lower(C.up), DOWN = lower(C.down), UP_AFTER = lower(C.upAfter), DOWN_AFTER = lower(C.downAfter);
/** "von", "de", "van", "da": words of "from" that also mean "of" (comparisons.json changes.fromAlsoOf). */
const FROM_ALSO_OF = lower(C.fromAlsoOf);
/**
 * Whether a "from" that also means "of" follows a name or a German noun (a word written with a capital: "le contrat Beta
 * de", "ein Gewinn von"), which takes the sum after it as its complement: no origin of a change.
 */
function complementOfName(text: string, before: Tok, from: Tok): boolean {
  return FROM_ALSO_OF.has(from.w) && !before.fig && /^\p{Lu}/u.test(text.slice(before.start, before.end));
}
/** Participles of the level reached, as token lists (comparisons.json changes.destinations), the longest first. */
const DESTINATIONS = C.destinations.map(p => p.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);
/** The index of the first token of a destination participle that closes `toks` ("standing at"), or -1. */
function destinationPhraseAt(toks: Tok[]): number {
  for (let pI = 0; pI < DESTINATIONS.length; pI++) { const p = DESTINATIONS[pI];
    const from = toks.length - p.length;
    if (from < 0) continue;
    let k = 0;
    while (k < p.length && !toks[from + k].fig && toks[from + k].w === p[k]) k++;
    if (k === p.length) return from;
  }
  return -1;
}
const FROM = lower(C.from), TO = lower(C.to), NEGATION = lower(C.negations), NOT_A_START = lower(C.notAStart);
const UP_NOUN = lower(C.upNouns), DOWN_NOUN = lower(C.downNouns), DETERMINER = lower(C.determiners), NOUN_OF = lower(C.of);
/** German verbs split in two ("legte ... zu"): the particle, and for each of its verbs the direction. */
const SEPARABLE = new Map<string, Map<string, 'up' | 'down'>>();
for (const e of C.separable) {
  const m = SEPARABLE.get(e.particle.toLowerCase()) ?? new Map<string, 'up' | 'down'>();
  for (const v of e.verbs) { m.set(v.toLowerCase(), e.reads === 'down' ? 'down' : 'up'); }
  SEPARABLE.set(e.particle.toLowerCase(), m);
}
const COMPARED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(C.compared)})(?![\\p{L}])`, 'iu');
/** Between A and the value it is compared with: "A, compared with B", "A versus B", "A contre B". */
const COMPARED_GAP = new RegExp(`^[\\s,]*(?:${wordsPattern(C.compared)})(?:\\s+(?:${wordsPattern(C.determiners)}))?\\s*$`, 'iu');
/** "A as of December 31, 2024, compared to B": the date A is stated at (masked as "#"), then the comparison. */
const DATED_COMPARED_GAP = new RegExp(`^\\s*,?\\s*(?:${wordsPattern(C.datedAt)})\\s+(?:the\\s+(?:${wordsPattern(C.periodEnded)})\\s+|(?:${wordsPattern(C.periodEnded)})\\s+)?#\\s*,?\\s*(?:${wordsPattern(C.compared)})(?:\\s+(?:${wordsPattern(C.determiners)}))?\\s*$`, 'iu');
/** The text between two figures with the dates among `figs` in it masked as "#"; a length of time keeps its words, any other figure gives the bare text. */
function gapWithDates(text: string, a: FigureEntity, b: FigureEntity, figs: FigureEntity[]): string {
  let out = '', at = a.end;
  for (let fI = 0, figs_ = figs; fI < figs_.length; fI++) { const f = figs_[fI];
    // (a length of time keeps its words: "for the three months ended #")
    if (f.start < a.end || f.end > b.start || f.figureKind === 'duration') continue;
    if (f.figureKind !== 'date') return text.slice(a.end, b.start);
    out += text.slice(at, f.start) + '#';
    at = f.end;
  }
  return out + text.slice(at, b.start);
}
/** "auf 14,0 Millionen Euro, nach 10,0 Millionen Euro im Vorjahr", "tot 14,0 miljoen euro, tegen 10,0 miljoen": words that set one sum against another only (changes.comparedSums). */
const SUMS_COMPARED_GAP = new RegExp(`^[\\s,]*(?:${wordsPattern(C.comparedSums)})\\s*$`, 'iu');
/** "zurück (Vorjahr: ": a separable verb's particle right after the new figure, then the prior period's in brackets. */
/**
 * A year, or a period of a year ("Q3/2024", "H1 2024", "9M 2024", "FY2024", "1-9/2024"), labelling the prior period's
 * figure in brackets: "44,0 Mio. \u20ac (Q3/2024: 40,0 Mio. \u20ac)". Notation, not words: the same in every language.
 */
const PERIOD_OF_YEAR = '(?:(?:Q[1-4]|H[12]|[1-9]M|FY|[1-9]-[1-9]\\d?)[ /-]?)?(?:19|20)\\d{2}';
const PARTICLE_THEN_PRIOR = new RegExp(`^\\s+(\\p{L}+)\\s?\\((?:\\s*(?:${wordsPattern(C.priorPeriod)}|${PERIOD_OF_YEAR})\\s*[:=]?)?\\s*$`, 'iu');
/** "A (B)", "A (prior year: B)", "A (Vorjahr: B)", "A (2023: B)": last period's value in parentheses. */
const PRIOR_GAP = new RegExp(`^\\s?\\((?:\\s*(?:${wordsPattern(C.priorPeriod)}|${PERIOD_OF_YEAR})\\s*[:=]?)?\\s*$`, 'iu');
/** "improved", "verbessert": better, whichever way the measure moves to be better; "worsened" the other way. */
const BETTER = lower(C.better), WORSE = lower(C.worse);
const LOWER_IS_BETTER = new Set(C.lowerIsBetter);
/** "A (previously B)", "A (zuvor: B)", "A (previously reported: B)": the figure's earlier value in brackets. */
const EARLIER_GAP = new RegExp(`^\\s?\\(\\s*(?:${wordsPattern(C.earlier)})(?:\\s+\\p{L}+){0,3}\\s*[:=]?\\s*$`, 'iu');
const R = words.relativeChanges;
const REL_UP = lower(R.up), REL_DOWN = lower(R.down), REL_LINK = lower(R.links), REL_OF = lower(R.of);

/** Scale words after a number (numbers.json scales: "million", "Mio.", "bn") and the factor each stands for. */
const SCALES = new Map(Object.entries(numbersData.scales as Record<string, number | string>).filter((e): e is [string, number] => typeof e[1] === 'number'));
const SCALE = new RegExp(`(?<![\\p{L}])(${wordsPattern([...SCALES.keys()])})(?![\\p{L}])`, 'iu');
/** Two amounts of one kind and unit written on one scale: both in millions ("$2.0 million", "EUR 1,5 Mio."), or both in full. */
function sameScale(model: DocumentModel, a: FigureEntity, b: FigureEntity): boolean {
  const scale = (f: FigureEntity) => { const m = SCALE.exec(model.text.slice(f.start, f.end)); return m ? SCALES.get(m[1].toLowerCase()) ?? 0 : 1; };
  return a.figureKind === b.figureKind && a.unit === b.unit && scale(a) === scale(b);
}
/** Two amounts farther apart than this factor are not one quantity before and after. */
const MAX_CHANGE = 50;

/** Counts the readings of the document at large (beyond a sentence's window, see sentenceReuse.ts): a sentence whose reading made one is not kept. */
export const wideReads = { n: 0 };

/** A word of the sentence, or a figure standing where its number is. */
export interface Tok { w: string; start: number; end: number; fig?: FigureEntity }

/** Words, ";" and figures between two offsets, in order: one pass over the text. */
/** @internal exported for the test that holds sentenceTokens to it */
/** Whether a percentage is itself a change, a word of change right after it ("4 % increase", "16 % reduction"). */
function statesChange(text: string, f: FigureEntity, limit: number, figs: FigureEntity[]): boolean {
  if (f.figureKind !== 'percent') return false;
  const w = tokens(text, f.end, Math.min(limit, f.end + 24), figs)[0];
  return !!w && (REL_UP.has(w.w) || REL_DOWN.has(w.w));
}

export function tokens(text: string, from: number, to: number, figs: FigureEntity[]): Tok[] {
  const out: Tok[] = [];
  return withFigures(out, from, to, figs, (a, b) => readWords(out, text, a, b));
}

/** The words of text[a, b) and its semicolons, lower-cased, appended to `out`. */
function readWords(out: Tok[], text: string, a: number, b: number): void {
  if (b <= a) return;
  const re = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*|;/gu;
  const part = text.slice(a, b);
  for (let m = re.exec(part); m; m = re.exec(part)) out.push({ w: m[0].toLowerCase(), start: a + m.index, end: a + m.index + m[0].length });
}

/** The stretch [from, to): its words between the figures (read by `words`) and each figure as "#", in order, in `out`. */
function withFigures(out: Tok[], from: number, to: number, figs: FigureEntity[], words: (a: number, b: number) => void): Tok[] {
  let pos = from;
  for (let fI = 0, figs_ = figs; fI < figs_.length; fI++) { const f = figs_[fI];
    if (f.end <= from || f.start >= to) continue;
    words(pos, Math.max(pos, f.start));
    out.push({ w: '#', start: f.start, end: f.end, fig: f });
    pos = Math.max(pos, f.end);
  }
  words(pos, to);
  return out;
}

/** A sentence's words and ";" as `tokens` reads them where no figure stands: lower-cased, offsets in the sentence. Pure, kept by the sentence's text. */
function sentenceWords(sentence: string): { w: string[]; start: number[]; end: number[] } {
  const out = { w: [] as string[], start: [] as number[], end: [] as number[] };
  const re = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*|;/gu;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) { out.w.push(m[0].toLowerCase()); out.start.push(m.index); out.end.push(m.index + m[0].length); }
  return out;
}

/**
 * `tokens(text, from, to, figs)` for a stretch of a sentence of the model (the whole sentence unless
 * told), its words read once per sentence text (memoSpanText) instead of once per call. Between two
 * figures the words are the sentence's that lie there, which are what reading that stretch alone
 * finds as long as no word of the sentence runs across the stretch's ends (the expression matches
 * from a word's first character on, and a word that ends inside the stretch ends there either way);
 * where one does, the words from there on are read alone. A stretch outside the sentence is read by `tokens`.
 */
/** @internal */
export function sentenceTokens(model: DocumentModel, text: string, s: { start: number; end: number }, figs: FigureEntity[], from = s.start, to = s.end): Tok[] {
  if (from < s.start || to > s.end) return tokens(text, from, to, figs);
  const cut = memoSpanText(text, model.sentences, s).read(sentenceWords);
  const n = cut.w.length;
  const out: Tok[] = [];
  /** The index of the first word starting at or after `x` (a sentence offset). */
  const firstFrom = (x: number) => {
    let lo = 0, hi = n;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cut.start[mid] < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
  /** Whether a word of the sentence starts before `x` and ends after it. */
  const straddles = (x: number, k: number) => k > 0 && cut.end[k - 1] > x;
  const words = (a: number, b: number) => {
    if (b <= a) return;
    const ra = a - s.start, rb = b - s.start;
    let k = firstFrom(ra);
    // a word cut at the stretch's start: the stretch is read alone
    if (straddles(ra, k)) { readAlone(a, b); return; }
    for (; k < n && cut.end[k] <= rb; k++) out.push({ w: cut.w[k], start: s.start + cut.start[k], end: s.start + cut.end[k] });
    // a word cut at its end: from that word's start on (reading the stretch alone comes to that word's start as the sentence's reading does)
    if (k < n && cut.start[k] < rb) readAlone(s.start + cut.start[k], b);
  };
  const readAlone = (a: number, b: number) => readWords(out, text, a, b);
  return withFigures(out, from, to, figs, words);
}

/** Whether a sentence's words hold a word of similarity, a "than" or a "compared" (kept by the sentence's text, as its words are). */
const holdsGroupWord = (sentence: string) => memoRead(sentence, sentenceWords).w.some(w => SIMILAR.has(w) || THAN.has(w) || THAN_LIKE.has(w) || BETTER_THAN.has(w));

/**
 * Whether the sentence's words, as sentenceTokens would read them between `figs`, may hold a word of
 * similarity or a "than": they are the sentence's own words unless a figure cuts one, so a sentence
 * whose words hold neither and whose figures cut none holds neither (most sentences), and is
 * answered without reading its words one by one.
 */
function mayCompareGroups(model: DocumentModel, text: string, s: { start: number; end: number }, figs: FigureEntity[]): boolean {
  const memo = memoSpanText(text, model.sentences, s);
  if (memo.read(holdsGroupWord)) return true;
  const cut = memo.read(sentenceWords);
  const cuts = (x: number) => {
    const r = x - s.start;
    if (r <= 0 || r >= s.end - s.start) return false;
    let lo = 0, hi = cut.start.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cut.start[mid] < r) lo = mid + 1; else hi = mid; }
    return lo > 0 && cut.end[lo - 1] > r;
  };
  return figs.some(f => cuts(f.start) || cuts(f.end));
}

/** A level measured in a unit per unit ("140 mg/dL", "5.2 mmol/L", "45 mL/min"): a quantity that changes like an amount. */
const measured = (f: FigureEntity) => f.figureKind === 'other' && /^\p{L}[^\s/]*\/\p{L}/u.test(f.unit);
/** Words of a change estimated by a model or averaged over patients (comparisons.json changes.modelledChange). */
const MODELLED_CHANGE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(C.modelledChange)})(?![\\p{L}])`, 'iu');
/** A figure that can stand for an amount that changes: a single money, percent or count figure. */
const amount = (f: FigureEntity) => (f.figureKind === 'money' || f.figureKind === 'percent' || f.figureKind === 'count' || measured(f))
  && typeof f.value === 'number' && f.value >= 0 && (!f.comparator || f.comparator === '~') && !f.timepoint;
/** An amount given as a bound ("at least $2.0 billion", "mindestens 2,0 Milliarden"). */
const bounded = (f: FigureEntity) => (f.figureKind === 'money' || f.figureKind === 'percent' || f.figureKind === 'count')
  && typeof f.value === 'number' && f.value >= 0 && !!f.comparator && f.comparator !== '~' && !f.timepoint;
const like = (a: FigureEntity, b: FigureEntity) => a.figureKind === b.figureKind && a.unit === b.unit;
/** The ratios a multiple claim allows: "three times" 2.7 to 3.35, "more than three" from 3, "nearly three" 2.4 to 3.05. */
export function multipleRange(n: number, hedge: string | undefined): [number, number] {
  switch (hedge) {
    case 'above': return [n, Infinity];
    // ("nearly six times" is not 4.8: a ratio at or below n - 1 is nearly n - 1, so the lower bound is the larger of the two)
    case 'below': return [Math.max(0.8 * n, n - 1), n + 0.05];
    case 'about': return [0.85 * n, 1.15 * n];
    default: return [0.9 * n, 1.12 * n];
  }
}
/** The hedge a multiple's comparator says: "more than doubled" above, "nearly tripled" below, "about twice" about. */
export const hedgeOfComparator = (c: string | undefined) => c === '>' || c === '\u2265' ? 'above' : c === '<' || c === '\u2264' ? 'below' : c === '~' ? 'about' : undefined;
/** The hedge a multiple's words open on (comparisons.json multiples.hedges: "nearly" is below, not about), else its comparator's. */
function hedgeOfMultiple(surface: string, c: string | undefined): string | undefined {
  const lower = surface.toLowerCase();
  for (let hI = 0, hedges_ = words.multiples.hedges; hI < hedges_.length; hI++) { const h = hedges_[hI]; for (let wI = 0, words_ = h.words; wI < words_.length; wI++) { const w = words_[wI]; if (lower.startsWith(w.toLowerCase() + ' ')) return h.reads; } }
  return hedgeOfComparator(c);
}
/** A multiple in words or digits that grows ("doubled", "more than tripled", "3-fold"): the size of a rise. */
const multiple = (f: FigureEntity | undefined): boolean => !!f && f.unit === 'fold' && (f.figureKind === 'ratio' || f.figureKind === 'other') && typeof f.value === 'number' && f.value >= 1.5;

/** A percentage that can state the size of a change ("rose 12 %", "up 8 %"). */
const share = (f: FigureEntity | undefined): f is FigureEntity => !!f && f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number' && !f.comparator;
/** The size of a change, plain or hedged ("rose about 12 %"): a hedged one is judged with room (HEDGE_ROOM). */
/** A size in percentage points ("8 percentage points", "8 pp"): what two percentages differ by. */
const sizeInPoints = (f: FigureEntity | undefined): boolean => !!f && f.figureKind === 'percent' && f.unit === 'percentage points' && typeof f.value === 'number' && !f.comparator;
const fmtPoints = (v: number) => String(Number(v.toFixed(3)));
const sizeShare = (f: FigureEntity | undefined): f is FigureEntity => !!f && f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number' && (!f.comparator || f.comparator === '~');
/** The room a hedged size ("about 12 %") leaves: this many points, or this share of its value, whichever is more. */
const HEDGE_ROOM = { points: 2, share: 0.1 };

/** The interval a written number stands for: its value give or take half its last decimal place. */
function span(model: DocumentModel, f: FigureEntity): [number, number] {
  // a range ("$14 to $16") stands for any value between its ends, each with its rounding
  if (Array.isArray(f.value)) {
    const d = roundingRoom(model.text.slice(f.start, f.end), f.value[0]);
    return [f.value[0] - d, f.value[1] + d];
  }
  const v = f.value as number;
  // money in base units: "$6.4 million" rounds in millions
  const d = roundingRoom(model.text.slice(f.start, f.end), v);
  return [v - d, v + d];
}

/** A range of one amount ("a $14 to $16 range", "10–12 %"): what an amount was expected or guided at, the old side of a change. */
const rangeAmount = (f: FigureEntity) => (f.figureKind === 'money' || f.figureKind === 'percent' || f.figureKind === 'count')
  && Array.isArray(f.value) && f.value.length === 2 && f.value[0] > 0 && f.value[1] >= f.value[0] && !f.comparator && !f.timepoint;
/** A figure's value, a range's midpoint. */
const valueOf = (f: FigureEntity) => (Array.isArray(f.value) ? (f.value[0] + f.value[1]) / 2 : f.value as number);

/** Relative change in percent from old to new, at both ends of the rounding of the two. */
function relativeRange(model: DocumentModel, newer: FigureEntity, older: FigureEntity): [number, number] | undefined {
  const [a0, a1] = span(model, newer), [b0, b1] = span(model, older);
  if (b0 <= 0) return undefined;
  return [100 * (a0 - b1) / b1, 100 * (a1 - b0) / b0];
}

const isNegated = (toks: Tok[], i: number) => toks.slice(Math.max(0, i - 2), i).some(t => NEGATION.has(t.w) || t.w.endsWith("n't") || t.w.endsWith("n\u2019t"));

/**
 * Changes stated with a direction word and their two figures: "rose to A from B", "cut from B to
 * A", "stieg von B auf A", "A, up 12 % from B". The new figure must lie on the side the word says,
 * and a percentage given with the word must be the relative change (for two percentages, also
 * the difference in points).
 */
export function statedChanges(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], out: CheckFinding[], claimed: Set<number>, prev?: { start: number; end: number }, prevFigs: FigureEntity[] = []): void {
  // (a sentence of no figure states no pair: the readings below all start from its figures)
  if (inS.length === 0) return;
  const text = normalizedText(model);
  inS = sharedPercentAfterWordNumber(text, splitChangeRanges(text, inS));
  // (the size the sentence before states alone, read at most once per sentence)
  const sizesBefore = new Map<string, SizeAlone | undefined>();
  const sizeBeforeSentence = (pair: FigureEntity) => {
    const key = `${pair.figureKind}|${pair.unit}`;
    if (!sizesBefore.has(key)) sizesBefore.set(key, prev ? sizeAlone(model, text, prev, prevFigs, s, pair) : undefined);
    return sizesBefore.get(key);
  };
  // "Its revenue more than doubled and its costs fell by 40 %. [...] Revenue grew to $7.0 million from $3.0 million.": a
  // size a lead sentence states for a measure it names, a sentence or two before the pair of that measure
  const sizeOfMeasureBefore = (pair: FigureEntity, measure: string | undefined) => measure ? leadSizeOfMeasure(model, text, s, pair, measure) : undefined;
  // the measure a pair names before its first figure ("revenues of $9.2 million compared to ..."), read once per figure
  const measureOfPair = (first: FigureEntity) => measureBefore(sentenceTokens(model, text, s, inS, Math.max(s.start, first.start - 160), first.start), MEASURE_REACH);
  for (let i = 0; i < inS.length; i++) {
    const f1 = inS[i];
    // (a range may be the new side only of a word of direction: "improved its guidance to EUR 10 to 12 million from EUR 14 to 16 million")
    if (!amount(f1) && !bounded(f1) && !bare(f1) && !(rangeAmount(f1) && f1.figureKind === 'money')) continue;
    let j = i + 1;
    // the old side may be a range ("to $10 from its $14 to $16 range")
    // (or a bound, "from more than $4 million", when the new side is a plain amount: judgeChange reads which bounds tell)
    while (j < inS.length && !((amount(inS[j]) || bare(inS[j]) || (bounded(inS[j]) && amount(f1)) || (rangeAmount(inS[j]) && (amount(f1) || rangeAmount(f1)))) && like(inS[j], f1))) j++;
    if (j >= inS.length) continue;
    const f2 = inS[j];
    // (the sentence's words read once per sentence text, see sentenceTokens)
    const gap = sentenceTokens(model, text, s, inS, f1.end, f2.start);
    if (gap.some(t => t.w === ';')) continue;
    const before = sentenceTokens(model, text, s, inS, Math.max(s.start, f1.start - 160), f1.start);
    // "ein Rückgang auf mindestens 2,0 (Vorjahr: 1,9) Milliarden": a bound is read only as the new figure compared with the old
    if (bounded(f1)) {
      const dest = before[before.length - 1];
      if (!dest || !TO.has(dest.w) || gap.filter(t => !t.fig).length > 4 || !(PRIOR_GAP.test(text.slice(f1.end, f2.start)) || COMPARED_GAP.test(text.slice(f1.end, f2.start)))) continue;
      const r = directionBefore(before, before.length - 1);
      if (r) judgeChange(model, { ...r, size: undefined, newer: f1, older: f2 }, out, claimed);
      continue;
    }
    // "rose 20 % to $45 million, compared with $30 million", "stieg um 20 % auf 45 Mio. Euro (Vorjahr: 30 Mio. Euro)",
    // "ökade med 20 procent till 45 MSEK (30)": the destination right before A, and B the value it is compared with
    const dest = before[before.length - 1];
    const priorGap = PRIOR_GAP.test(text.slice(f1.end, f2.start)) || EARLIER_GAP.test(text.slice(f1.end, f2.start)) || priorAfterPeriod(text, gap, f2);
    // ("decreased to A as of December 31, 2024, compared to B": the date A is stated at may stand before the comparison)
    // "ging um 40 Prozent auf 14,0 Millionen Euro zurück (Vorjahr: 10,0 Millionen Euro)": a separable verb's particle closes
    // the clause right after A, the prior period's figure in brackets after it
    const particle = dest && TO.has(dest.w) ? PARTICLE_THEN_PRIOR.exec(text.slice(f1.end, f2.start)) : null;
    if (particle && SEPARABLE.has(particle[1].toLowerCase())) {
      const verbs = SEPARABLE.get(particle[1].toLowerCase())!;
      const r = wordOfChangeBefore(before, before.length - 1, w => verbs.get(w), true);
      if (r) { judgeChange(model, { ...r, newer: f1, older: f2 }, out, claimed); continue; }
    }
    // "hat den Umsatz um 25 Prozent auf 50 Millionen Euro gesteigert (Vorjahr: 40 Millionen Euro)": a participle of
    // change closes the clause right after A, its size after "um" right before the "auf"
    const participle = particle && !SEPARABLE.has(particle[1].toLowerCase()) ? direction(particle[1].toLowerCase()) : undefined;
    if (particle && (participle === 'up' || participle === 'down')) {
      const sz = before[before.length - 2]?.fig;
      const size = sz && sizeShare(sz) && before.length >= 3 && BY.has(before[before.length - 3].w) ? sz : undefined;
      const at = f1.end + particle[0].indexOf(particle[1]);
      judgeChange(model, { dir: participle, word: { w: particle[1].toLowerCase(), start: at, end: at + particle[1].length }, newer: f1, older: f2, size }, out, claimed);
      continue;
    }
    // (or a participle of the level reached: "fell 30 % in the half, standing at A compared with B", comparisons.json changes.destinations)
    const destAt = dest && TO.has(dest.w) ? before.length - 1 : destinationPhraseAt(before);
    if (destAt >= 0 && ((gap.filter(t => !t.fig).length <= 4 && (priorGap || COMPARED_GAP.test(text.slice(f1.end, f2.start)) || SUMS_COMPARED_GAP.test(text.slice(f1.end, f2.start))))
      || DATED_COMPARED_GAP.test(gapWithDates(text, f1, f2, inS)))) {
      // ("stieg 2024 auf A (Vorjahr: B)": a year between the word of change and the destination says when, not how much)
      // (a participle closes a clause of its own: the period of the change may stand before it, "fell 30 % in 2031, standing at")
      const r = priorGap || destAt !== before.length - 1 ? wordOfChangeBefore(before, destAt, direction, true) : directionBefore(before, destAt);
      if (r) { judgeChange(model, { ...r, newer: f1, older: f2 }, out, claimed); continue; }
    }
    // "an improved ORR of 41 % (previously 36 %)": the word of change right before the measure the figure is "of"
    if (dest && NOUN_OF.has(dest.w) && priorGap && EARLIER_GAP.test(text.slice(f1.end, f2.start))) {
      // (the measure's name may take a few words, its abbreviation in brackets: "an improving overall response rate (ORR) of")
      const near = before.slice(-8);
      const r = wordOfChangeBefore(near, near.length - 1, direction, false);
      if (r && !r.size) { judgeChange(model, { ...r, newer: f1, older: f2 }, out, claimed); continue; }
    }
    if (gap.length === 0) continue;
    // ("von bislang 17,3 % auf nunmehr 25,0 %": an adverb of then or now before either figure says when, not what)
    const lastWord = gap.length > 1 && !gap[gap.length - 1].fig && THEN_OR_NOW.has(gap[gap.length - 1].w) ? gap[gap.length - 2] : gap[gap.length - 1];
    const last = lastWord;
    // "It reported revenues of $14.0 million compared to $10.0 million.", after "Its revenues rose 40 percent.": a pair
    // compared with no word of change, whose size and direction the sentence before states alone, of the same measure
    if (amount(f1) && COMPARED_GAP.test(text.slice(f1.end, f2.start)) && !inS.some(f => f !== f1 && f !== f2 && (sizeShare(f) || multiple(f)))) {
      const sz = sizeBeforeSentence(f1);
      if (sz?.measure && sz.measure === measureOfPair(f1)) judgeChange(model, { dir: sz.dir, word: sz.word, newer: f1, older: f2, size: sz.size }, out, claimed);
      continue;
    }
    let reading: { dir: Dir; word: Tok; newer: FigureEntity; older: FigureEntity; size?: FigureEntity } | undefined;
    // (a comma between B and the destination ends B's clause: "from $117 million in 2023, driven by a $107 million
    // payment" is no "de 117 a 107", whose destination follows its origin within the clause)
    // ("A increased 40 % compared to B": a "to" that closes a comparison is no destination)
    if (TO.has(last.w) && !gap.some(t => FROM.has(t.w)) && gap.filter(t => !t.fig).length <= 5 && !text.slice(f1.end, last.start).includes(',') && comparedOrigin(text, gap, f2) < 0) {
      // from B ... to A: the origin within three words before B, the word before the origin
      const k = lastIndex(before, t => FROM.has(t.w), 4);
      if (k < 0 || before.slice(k + 1).some(t => t.fig || NOT_A_START.has(t.w))) continue;
      let r: { dir: Dir; word: Tok; size?: FigureEntity } | undefined = directionBefore(before, k) ?? directionAfter(text, f2, s, inS) ?? separableAround(text, before, k, f2, s, inS) ?? sizeBefore(before, k, f1, f2);
      // "hat sich um 9,7 Prozentpunkte von 17,3 % auf 25,0 % erhöht": in a verb-final clause the size stands after "um"
      // right before the origin, the verb after the new figure
      const sz = before[k - 1]?.fig;
      if (r && !r.size && sz && (sizeShare(sz) || sizeInPoints(sz)) && k >= 2 && BY.has(before[k - 2].w)) r = { ...r, size: sz };
      if (r) reading = { ...r, newer: f2, older: f1 };
    } else {
      // "A, up 16 % year over year compared to B": a comparison that closes the gap right before B opens B as "from" does
      let k = gap.findIndex(t => FROM.has(t.w));
      if (k < 0) k = comparedOrigin(text, gap, f2);
      // "A, up 22 % compared to 2030 (B)", "A, up 22 % year over year (2030: B)": the period compared with, then B in brackets
      const viaPeriod = k < 0 ? comparedPeriodOrigin(text, gap, f2) : -1;
      if (viaPeriod >= 0) k = viaPeriod;
      // ("auf A bei einem Gewinn von B": a German noun right before "von" takes it as its complement, "a profit of B", no
      // origin of A's change)
      if (k > 0 && complementOfName(text, gap[k - 1], gap[k])) continue;
      // (the origin may be named by its noun, the figure after its "of": "down from its earlier target of B")
      const originWords = gap.length - k - 1;
      const namedOrigin = originWords >= 2 && originWords <= 5 && REL_OF.has(gap[gap.length - 1].w);
      if (k < 0 || (viaPeriod < 0 && ((originWords > 3 && !namedOrigin) || gap.slice(k + 1).some(t => t.fig || NOT_A_START.has(t.w))))) continue;
      // "C$4.2 million (US$3.1 million), up from C$2.8 million": an amount converted in brackets right after A is A
      const head = gap.slice(0, k).filter((t, x) => !(x === 0 && t.fig && t.fig.figureKind === 'money' && converted(text, f1, t.fig)));
      // "rose to A in the quarter from B": a few words of period or occasion between A and the origin, no word of change
      const shortHead = head.length > 0 && head.length <= 4 && TO.has(before[before.length - 1]?.w ?? '') && !text.slice(f1.end, gap[k].start).includes('(')
        && head.every(t => (!t.fig || t.fig.figureKind === 'date') && !UP_AFTER.has(t.w) && !DOWN_AFTER.has(t.w) && !direction(t.w) && !COPULA.has(t.w));
      // "declined to A, or 10 %, from B": the size restated right after A, between commas
      const restated = head.length === 2 && !head[0].fig && RESTATED_COMMA.test(text.slice(f1.end, head[1].start)) && sizeShare(head[1].fig)
        && /^\s*,\s*$/.test(text.slice(head[1].end, gap[k].start)) ? head[1].fig : undefined;
      if (restated) {
        const t = before[before.length - 1];
        const r = t && TO.has(t.w) ? directionBefore(before, before.length - 1) : undefined;
        if (r && (r.dir === 'up' || r.dir === 'down')) reading = { ...r, newer: f1, older: f2, size: r.size ?? restated };
      } else if (head.length === 0 || shortHead) {
        // to A from B: the destination right before A, the word before it ("to a range of A": its noun of range between)
        // (a year in the measure's name says which year's figure, not how much: "raised its 2027 guidance to A from B")
        const d = before.length >= 3 && REL_OF.has(before[before.length - 1].w) && RANGE_NOUNS.has(before[before.length - 2].w)
          ? before.length - (DETERMINER.has(before[before.length - 3].w) || ARTICLE_BEFORE_NOUN.has(before[before.length - 3].w) ? 4 : 3) : before.length - 1;
        const t = before[d];
        if (!t || !TO.has(t.w)) continue;
        const r = wordOfChangeBefore(before, d, direction, true);
        if (r) reading = { ...r, newer: f1, older: f2 };
      } else {
        // A, up 12 % from B; "A was up 12 % from B"; "A in sales for the quarter, down from B": A's noun and period, a comma, then the word
        // of change right before the origin
        const lastHead = head[head.length - 1];
        const apposed = head.length > 1 && head.length <= 12 && !lastHead.fig && (UP_AFTER.has(lastHead.w) || DOWN_AFTER.has(lastHead.w))
          && /,\s*$/.test(text.slice(head[head.length - 2].end, lastHead.start)) && head.slice(0, -1).every(t => !t.fig || t.fig.figureKind === 'date' || t.fig.figureKind === 'duration');
        // "A in 2031, an increase from B": an article and a noun of change in apposition, as "up" is
        const art = head[head.length - 2], third = head[head.length - 3];
        const nounApposed = !apposed && head.length >= 2 && head.length <= 12 && !lastHead.fig && !art.fig && (UP_NOUN.has(lastHead.w) || DOWN_NOUN.has(lastHead.w))
          && ARTICLE_BEFORE_NOUN.has(art.w) && /^\s+$/.test(text.slice(art.end, lastHead.start)) && /,\s*$/.test(text.slice(third ? third.end : f1.end, art.start))
          && head.slice(0, -2).every(t => !t.fig || t.fig.figureKind === 'date' || t.fig.figureKind === 'duration');
        if (apposed) {
          reading = { dir: UP_AFTER.has(lastHead.w) ? 'up' : 'down', word: lastHead, newer: f1, older: f2 };
        } else if (nounApposed) {
          reading = { dir: UP_NOUN.has(lastHead.w) ? 'up' : 'down', word: lastHead, newer: f1, older: f2 };
        } else {
        let at = COPULA.has(head[0].w) && head.length > 1 ? 1 : 0;
        // "A in segment revenues, up 16 % from B": A's noun phrase, a comma, then the word of change with its size
        if (!UP_AFTER.has(head[at].w) && !DOWN_AFTER.has(head[at].w)) at = changeAfterComma(text, head);
        // "A increased 40 % compared to B": a verb of change right after A, its size after it
        const verb = at >= 0 && (UP_AFTER.has(head[at].w) || DOWN_AFTER.has(head[at].w)) ? undefined : verbOfChangeAfter(head);
        if (verb) {
          const rest = withoutPeriodAdverbs(head.slice(1)).filter(t => !BY.has(t.w));
          const size = rest.length === 1 && sizeShare(rest[0].fig) ? rest[0].fig : undefined;
          if (size) reading = { dir: verb, word: head[0], newer: f1, older: f2, size };
        }
        if (!reading && (at < 0 || (!UP_AFTER.has(head[at].w) && !DOWN_AFTER.has(head[at].w)))) continue;
        if (!reading) {
          // ("up 60 % year-over-year from B": a period's adverb is no part of the size)
          const rest = withoutPeriodAdverbs(head.slice(at + 1)).filter(t => t.w !== 'by');
          const size = rest.length === 1 && sizeShare(rest[0].fig) ? rest[0].fig : undefined;
          if (rest.length > (size ? 1 : 0)) continue;
          reading = { dir: UP_AFTER.has(head[at].w) ? 'up' : 'down', word: head[at], newer: f1, older: f2, size };
        }
        }
      }
    }
    // (a new range says a direction, never a size: "improved its guidance to EUR 10 to 12 million from EUR 14 to 16 million")
    if (!reading || (Array.isArray(reading.newer.value) && (reading.size || !rangeAmount(reading.newer) || !(amount(reading.older) || rangeAmount(reading.older))))) continue;
    if (!reading.size && amount(f1)) {
      // "declined to $85,000 from $124,000, a 31 % drop": the size in apposition after the pair
      const later = reading.newer.end > reading.older.end ? reading.newer : reading.older;
      const p = inS[inS.indexOf(later) + 1];
      // (or "fell from 18 % to 10 %, a decrease of 8 percentage points": a size in points, two shares' difference)
      const after = p && (sizeShare(p) || sizeInPoints(p)) ? sizeInApposition(model, text, s, inS, later, p) ?? restatedSize(text, s, later, p, reading.dir) : undefined;
      if (after && sameWay(after, reading.dir)) reading = { ...reading, size: p };
      else if (!inS.some(f => f !== f1 && f !== f2 && (sizeShare(f) || multiple(f)))) {
        // "Revenue increased 69 % year over year. It reached $2.7 million, up from $1.6 million.": the size
        // the sentence before states alone, with its word of change, for the pair this sentence states without one;
        // a multiple ("Sales more than doubled. They were $9.0 million, up from $4.0 million.") only of the same measure
        const sz = sizeBeforeSentence(f1);
        if (sz && sameWay(sz.dir, reading.dir) && (!multiple(sz.size) || (!!sz.measure && sz.measure === measureOfPair(f1.start < f2.start ? f1 : f2))))
          reading = { ...reading, size: sz.size };
        else if (!sz) {
          const lead = sizeOfMeasureBefore(f1, measureOfPair(f1.start < f2.start ? f1 : f2));
          if (lead && sameWay(lead.dir, reading.dir)) reading = { ...reading, size: lead.size };
        }
      }
    }
    // two bare numbers ("fell 40 % from 4.2 to 1.9") are judged on the size stated only: a score may fall as it improves
    if (bare(f1) && !reading.size) continue;
    judgeChange(model, reading, out, claimed);
  }
}

/** How many words may name the period between A and its prior period's bracket ("in", "im Geschäftsjahr", "for the year"). */
const PERIOD_WORDS = 3;
/**
 * "rose to A in 2024 (2023: B)", "stieg auf A im Geschäftsjahr 2024 (Vorjahr: B)": A's period, a date after at most
 * three words, then the bracket that opens the prior period's figure.
 */
function priorAfterPeriod(text: string, gap: Tok[], b: FigureEntity): boolean {
  const d = gap.findIndex(t => !!t.fig);
  // (the bracket may name the prior period by its year: "(2030: B)")
  if (d < 1 || d > PERIOD_WORDS || gap[d].fig!.figureKind !== 'date' || gap.slice(d + 1).some(t => t.fig && t.fig.figureKind !== 'date')) return false;
  if (/[,;:()]/.test(text.slice(gap[0].start, gap[d].start))) return false;
  return PRIOR_GAP.test(text.slice(gap[d].end, b.start));
}

/** How many words a comparison's phrase takes at most before B ("as against the"). */
const COMPARED_WORDS = 4;
/**
 * The index of the first word of a comparison ("compared to", "versus", "gegenüber") that ends the gap right before
 * B, only a determiner between; -1 when the gap does not end so.
 */
function comparedOrigin(text: string, gap: Tok[], b: FigureEntity): number {
  for (let c = gap.length - 1; c >= Math.max(0, gap.length - COMPARED_WORDS); c--) {
    if (gap[c].fig) return -1;
    if (COMPARED_GAP.test(text.slice(gap[c].start, b.start))) return c;
  }
  return -1;
}

/** After a word of comparison, the period compared with (a year or quarter masked "#", or a prior period's words), then B's bracket. */
const COMPARED_PERIOD_GAP = new RegExp(`^(?:${wordsPattern(C.compared)})\\s+(?:(?:${wordsPattern(C.determiners)})\\s+)?(?:(?:${wordsPattern(C.priorPeriod)})|#)\\s*\\(\\s*(?:(?:(?:${wordsPattern(C.priorPeriod)})|#)\\s*[:=]\\s*)?$`, 'iu');
/** The prior period's bracket alone, opened right before its period: "(2030: ", "(prior year: ". */
const PRIOR_BRACKET = new RegExp(`^(?:(?:${wordsPattern(C.priorPeriod)})|#)\\s*[:=]\\s*$`, 'iu');
/** How many words the period compared with may take, with its bracket ("compared to the prior year ("). */
const COMPARED_PERIOD_WORDS = 8;

/**
 * "A, up 22 % compared to 2030 (B)", "compared to the prior year (B)", "up 22 % year over year (2030: B)": the token where
 * the comparison with B's period opens (its word of comparison, or the prior period's bracket), else -1. Dates in it are
 * read as the period (masked "#"); any other figure ends the search.
 */
function comparedPeriodOrigin(text: string, gap: Tok[], b: FigureEntity): number {
  for (let c = gap.length - 1; c >= Math.max(0, gap.length - COMPARED_PERIOD_WORDS); c--) {
    const t = gap[c];
    if (t.fig && t.fig.figureKind !== 'date') return -1;
    let piece = '', at = t.start;
    for (let uI = 0, uList = gap.slice(c); uI < uList.length; uI++) { const u = uList[uI]; if (u.fig) { piece += text.slice(at, u.fig.start) + '#'; at = u.fig.end; } }
    piece += text.slice(at, b.start);
    if (COMPARED_PERIOD_GAP.test(piece)) return c;
    if (PRIOR_BRACKET.test(piece) && /\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) return c;
  }
  return -1;
}

/** "A increased 40 %": a verb of rise or fall as the head's first word, right after A; its direction. */
function verbOfChangeAfter(head: Tok[]): 'up' | 'down' | undefined {
  const t = head[0];
  if (!t || t.fig || !(UP.has(t.w) || DOWN.has(t.w))) return undefined;
  return UP.has(t.w) ? 'up' : 'down';
}

/** How many words of A's noun phrase may stand between A and the comma before the word of change. */
const NOUN_PHRASE_WORDS = 12;
/**
 * "A in diagnostics segment revenues, up 16 %": the word of change (up, down) right after the first comma of the
 * head, the words before it A's noun and period (no figure but a date or a length); its index, else -1.
 */
function changeAfterComma(text: string, head: Tok[]): number {
  for (let u = 1; u < head.length && u <= NOUN_PHRASE_WORDS; u++) {
    const t = head[u - 1];
    if (t.fig && t.fig.figureKind !== 'date' && t.fig.figureKind !== 'duration') return -1;
    if (/,\s*$/.test(text.slice(t.end, head[u].start))) return UP_AFTER.has(head[u].w) || DOWN_AFTER.has(head[u].w) ? u : -1;
  }
  return -1;
}

const ONLY_TO = new RegExp(`^\\s*(?:${wordsPattern(C.to)})\\s*$`, 'iu');
const FROM_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(C.from)})\\s*$`, 'iu');
/**
 * "von 7,5 auf rund zehn Prozent", "from 7.5 to about ten percent": a change whose unit is written once, after its
 * second number, that number in words; the first is read bare. Between them only the word for "to", the word for
 * "from" right before the first: the first is a percentage too (percentages only, which take no scale word).
 */
function sharedPercentAfterWordNumber(text: string, inS: FigureEntity[]): FigureEntity[] {
  let out = inS;
  for (let i = 0; i + 1 < inS.length; i++) {
    const a = inS[i], b = inS[i + 1];
    if (!bare(a) || !amount(b) || b.figureKind !== 'percent' || b.unit !== '%' || /\d/.test(text.slice(b.start, b.end))) continue;
    if (!ONLY_TO.test(text.slice(a.end, b.start)) || !FROM_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    if (out === inS) out = [...inS];
    out[i] = { ...a, figureKind: 'percent', unit: '%' };
  }
  return out;
}

const PERIOD_ADVERBS = words.multiples.periodAdverbs.map(p => p.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
/** Tokens without the period adverbs among them ("year over year", "yoy", "sequentially"). */
function withoutPeriodAdverbs(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const ph = PERIOD_ADVERBS.find(p => p.every((w, k) => toks[i + k] && !toks[i + k].fig && toks[i + k].w === w));
    if (ph) { i += ph.length - 1; continue; }
    out.push(toks[i]);
  }
  return out;
}

/** Whether b is a in another currency, in brackets right after it: "C$2.7 million (US$2.1 million)". */
const converted = (text: string, a: FigureEntity, b: FigureEntity) => b.unit !== a.unit && /^\s?\($/.test(text.slice(a.end, b.start)) && text[b.end] === ')';

/** Whether a word of change's direction agrees with a pair's. */
const sameWay = (a: Dir, b: Dir) => a === b;

/**
 * A size set after a pair in apposition: a comma after the pair (a few words between, "a year ago"),
 * at most an article after it, the percentage, and right after it a noun of change ("a 31 % drop",
 * "une baisse"); the noun's direction, or undefined.
 */
const ARTICLE_BEFORE_NOUN = lower(words.absoluteChanges.articles);
/**
 * "increased from $20.0 million to $26.0 million, or 30 %": a comma, a word of restatement ("or", "oder",
 * "soit") and the percentage alone, its clause ending after it: the size of the change the verb states, in the
 * verb's direction; undefined otherwise.
 */
function restatedSize(text: string, s: { start: number; end: number }, pairEnd: FigureEntity, p: FigureEntity, dir: Dir): Dir | undefined {
  if (!RESTATED_COMMA.test(text.slice(pairEnd.end, p.start))) return undefined;
  const rest = text.slice(p.end, Math.min(s.end, p.end + 3));
  return rest === '' || /^\s*[,.;)]/.test(rest) ? dir : undefined;
}
function sizeInApposition(model: DocumentModel, text: string, s: { start: number; end: number }, inS: FigureEntity[], pairEnd: FigureEntity, p: FigureEntity): Dir | undefined {
  const between = text.slice(pairEnd.end, p.start);
  const comma = between.lastIndexOf(',');
  if (comma < 0 || between.includes(';')) return undefined;
  const wordsIn = (t: string) => t.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
  if (wordsIn(between.slice(0, comma)) > 4) return undefined;
  // "..., a gain of 60 %", "..., ein Plus von 60 Prozent": an article, the noun of change and "of" before the size
  const tail = between.slice(comma + 1).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // (an adjective of the noun may stand between, "an absolute reduction of", "a slight increase of")
  if (tail.length >= 2 && tail.length <= 4 && REL_OF.has(tail[tail.length - 1]) && (tail.length === 2 || ARTICLE_BEFORE_NOUN.has(tail[0]))
    && (tail.length < 4 || APPOSITION.has(tail[1]))) {
    const noun = tail[tail.length - 2];
    if (UP_NOUN.has(noun) || REL_UP.has(noun)) return 'up';
    if (DOWN_NOUN.has(noun) || REL_DOWN.has(noun)) return 'down';
    return undefined;
  }
  if (wordsIn(between.slice(comma + 1)) > 1) return undefined;
  const next = sentenceTokens(model, text, s, inS, p.end, Math.min(s.end, p.end + 40)).find(t => !t.fig);
  if (!next || next.start - p.end > 2) return undefined;
  if (UP_NOUN.has(next.w) || REL_UP.has(next.w)) return 'up';
  if (DOWN_NOUN.has(next.w) || REL_DOWN.has(next.w)) return 'down';
  return undefined;
}

/**
 * The size of a change a sentence states alone: its one figure (dates aside) a percentage, a verb of
 * rise or fall before it, in the paragraph of the sentence after it, or a lead paragraph of that one
 * sentence right before the sentence's paragraph, which it opens; undefined otherwise.
 */
interface SizeAlone { dir: Dir; size: FigureEntity; word: Tok; measure?: string }
function sizeAlone(model: DocumentModel, text: string, prev: { start: number; end: number }, prevFigs: FigureEntity[], s: { start: number; end: number }, pair: FigureEntity): SizeAlone | undefined {
  // figures of another kind than the pair's and than a size say something else ("its two tests", "the nine months ended March 31")
  const figs = prevFigs.filter(f => f.figureKind !== 'date' && (f.figureKind === 'percent' || multiple(f) || like(f, pair)));
  if (figs.length !== 1 || !(sizeShare(figs[0]) || multiple(figs[0]))) return undefined;
  // ("sales of 2.0 billion, up 25 % from 1.6 billion": a size beside two amounts of one kind of its own sentence is theirs)
  const amounts = prevFigs.filter(f => amount(f) && !like(f, pair));
  if (amounts.some((a, k) => amounts.slice(k + 1).some(b => like(a, b)))) return undefined;
  const pp = paragraphIndexAt(model, prev.start), ps = paragraphIndexAt(model, s.start);
  if (pp !== ps) {
    const si = sentenceIndexAt(model, prev.start);
    const before = si > 0 ? model.sentences[si - 1] : undefined;
    if (ps !== pp + 1 || (before && paragraphIndexAt(model, before.start) === pp)) return undefined;
  }
  const before = sentenceTokens(model, text, prev, prevFigs, Math.max(prev.start, figs[0].start - 160), figs[0].start);
  const measure = measureBefore(before, MEASURE_REACH);
  // a multiple is its own word of rise: "revenues more than doubled"
  if (multiple(figs[0])) return isNegated(before, before.length) ? undefined : { dir: 'up', size: figs[0], word: { w: '#', start: figs[0].start, end: figs[0].end, fig: figs[0] }, measure };
  const r = wordOfChangeBefore([...before, { w: '#', start: figs[0].start, end: figs[0].end, fig: figs[0] }], before.length + 1, direction, true);
  if (r && r.size === figs[0] && (r.dir === 'up' || r.dir === 'down')) return { dir: r.dir, size: figs[0], word: r.word, measure };
  // a noun of change right after it: "reported a 40 % drop in sales"
  const next = sentenceTokens(model, text, prev, prevFigs, figs[0].end, Math.min(prev.end, figs[0].end + 40)).find(t => !t.fig);
  if (!next || next.start - figs[0].end > 2) return undefined;
  if (UP_NOUN.has(next.w)) return { dir: 'up', size: figs[0], word: next, measure };
  if (DOWN_NOUN.has(next.w)) return { dir: 'down', size: figs[0], word: next, measure };
  return undefined;
}

/** How many sentences before a pair a lead sentence may state its size, the measure named in both and in none between. */
const LEAD_REACH = 5;
/**
 * A lead that states the sizes of changes of measures it names ("Its revenue more than doubled and its research
 * costs fell by about 40 %"), one to five sentences before a sentence that states the pair of one of them
 * ("Revenue grew to $7.0 million from $3.0 million"), in the same paragraph: the size whose
 * measure is the pair's, when exactly one is, and the lead states no amount like the pair's. The sentences
 * between state no size of the same measure.
 */
function leadSizeOfMeasure(model: DocumentModel, text: string, s: { start: number; end: number }, pair: FigureEntity, measure: string): SizeAlone | undefined {
  const si = sentenceIndexAt(model, s.start);
  const ps = paragraphIndexAt(model, s.start);
  const figs = figuresOf(model);
  for (let k = si - 1; k >= Math.max(0, si - LEAD_REACH); k--) {
    const lead = model.sentences[k];
    // (a lead in the paragraph before carries only as sizeAlone reads it: a paragraph of that one sentence)
    if (paragraphIndexAt(model, lead.start) !== ps) return undefined;
    const inL = figs.filter(f => f.start >= lead.start && f.end <= lead.end);
    const sizes = inL.filter(f => sizeShare(f) || multiple(f));
    const found: SizeAlone[] = [];
    for (let fI = 0, sizes_ = sizes; fI < sizes_.length; fI++) { const f = sizes_[fI];
      // each size with the words since the figure before it: its own clause
      const prior = inL.filter(x => x.end <= f.start).pop();
      const before = sentenceTokens(model, text, lead, inL, Math.max(lead.start, prior ? prior.end : lead.start, f.start - 160), f.start);
      if (measureBefore(before, MEASURE_REACH) !== measure) continue;
      if (multiple(f)) { if (!isNegated(before, before.length)) found.push({ dir: 'up', size: f, word: { w: '#', start: f.start, end: f.end, fig: f }, measure }); continue; }
      const r = wordOfChangeBefore([...before, { w: '#', start: f.start, end: f.end, fig: f }], before.length + 1, direction, true);
      if (r && r.size === f && (r.dir === 'up' || r.dir === 'down')) found.push({ dir: r.dir, size: f, word: r.word, measure });
    }
    if (found.length === 1) return inL.some(f => like(f, pair)) ? undefined : found[0];
    if (found.length > 1) return undefined;
    // a sentence between that names the measure speaks of it itself: the lead, if any, is its
    const all = sentenceTokens(model, text, lead, inL);
    if (measureBefore(all, all.length) === measure) return undefined;
  }
  return undefined;
}

/** How many words before a figure its measure's name may stand ("revenues for the nine months ended March 31 more than doubled"). */
const MEASURE_REACH = 12;
const MEASURES = C.measures.map(m => ({ name: m.name, better: (m as { better?: string }).better, words: m.words.map(w => w.toLowerCase().split(/\s+/)) }));
/** A token that is a measure's word, or that word with a short ending ("Umsatzes", "revenues"). */
const isWord = (t: string, w: string) => t === w || (t.startsWith(w) && t.length <= w.length + 2);
/**
 * The measure named nearest before the end of `toks` (comparisons.json changes.measures), within `reach`
 * tokens, past figures but not past a semicolon; undefined when none is named.
 */
function measureBefore(toks: Tok[], reach: number): string | undefined {
  for (let i = toks.length - 1; i >= Math.max(0, toks.length - reach); i--) {
    const t = toks[i];
    if (t.w === ';') return undefined;
    if (t.fig) continue;
    for (let mI = 0, MEASURES_ = MEASURES; mI < MEASURES_.length; mI++) { const m = MEASURES_[mI]; for (let wsI = 0, words_ = m.words; wsI < words_.length; wsI++) { const ws = words_[wsI];
      if (!isWord(t.w, ws[ws.length - 1])) continue;
      if (ws.length === 1 || ws.slice(0, -1).every((w, j) => toks[i - ws.length + 1 + j]?.w === w)) return m.name;
    } }
  }
  return undefined;
}

const BY = lower(C.by);
/** After a word of betterment, the word that makes the figure after it the gain's size: "improved survival by 2.5 months". */
const SIZE_OF_BETTERMENT = lower(C.sizeOfBetterment);
/** Adverbs of then and now beside a change's figures ("von bislang 17,3 % auf nunmehr 25,0 %"): comparisons.json changes.thenOrNow. */
const THEN_OR_NOW = lower(C.thenOrNow);
/** Nouns of a range between a destination's "to" and the range (comparisons.json changes.rangeNouns). */
const RANGE_NOUNS = lower(C.rangeNouns);
const COPULA = lower(C.copulasBeforeAfter.filter(w => !w.includes(' ')));
const ORIGIN_END = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(C.from)})\\s*$`, 'iu');
const DESTINATION_IN = new RegExp(`\\s(?:${wordsPattern(C.to)})\\s`, 'iu');

/**
 * "rose 40 % from $20 million to $22 million": the recogniser reads "$20 million to $22 million" after
 * "from" as one range; for a change it is the two figures moved between, each with its own text.
 */
export function splitChangeRanges(text: string, inS: FigureEntity[], anyKind = false): FigureEntity[] {
  return splitRangesAfter(text, inS, (f, before) => (anyKind || f.figureKind === 'money' || f.figureKind === 'percent' || f.figureKind === 'count')
    && ORIGIN_END.test(text.slice(Math.max(0, f.start - 12), f.start)) && !rangeToRange(text, before, f));
}

/**
 * "raised its guidance to $150 million to $160 million, from $160 million to $170 million": a range right after a
 * range of its kind, only "from" between, is the old range the new one is compared with, not a change of its own.
 */
function rangeToRange(text: string, before: FigureEntity | undefined, f: FigureEntity): boolean {
  return !!before && Array.isArray(before.value) && before.figureKind === f.figureKind && before.unit === f.unit
    && ORIGIN_END.test(text.slice(before.end, f.start)) && /^[\s,]*\p{L}+\s*$/u.test(text.slice(before.end, f.start));
}

/** Each range `opens` says is two figures, split at its word of destination ("to", "auf"): the two figures with their own texts. */
function splitRangesAfter(text: string, inS: FigureEntity[], opens: (f: FigureEntity, before: FigureEntity | undefined) => boolean): FigureEntity[] {
  if (!inS.some(f => Array.isArray(f.value))) return inS;
  return inS.flatMap((f, i) => {
    if (!Array.isArray(f.value) || f.value.length !== 2 || !opens(f, inS[i - 1])) return [f];
    const to = DESTINATION_IN.exec(text.slice(f.start, f.end));
    if (!to) return [f];
    const cut = f.start + to.index, next = cut + to[0].length;
    return [{ ...f, value: f.value[0], end: cut }, { ...f, value: f.value[1], start: next }];
  });
}
/**
 * "um gut 120 Prozent von 40 auf 90 Millionen Euro (zu)", "changed by 20 % from $10 to $12": the size of a
 * change right before its origin, after a word of "by" at most two words back, with no word of direction
 * read: the pair says which way, so only the size is judged.
 */
function sizeBefore(before: Tok[], k: number, older: FigureEntity, newer: FigureEntity): { dir: 'up' | 'down'; word: Tok; size: FigureEntity } | undefined {
  const t = before[k - 1];
  if (!t || !share(t.fig) || !amount(older) || !amount(newer)) return undefined;
  const by = before.slice(Math.max(0, k - 4), k - 1).reverse().find(x => !x.fig && BY.has(x.w));
  if (!by || before.slice(before.indexOf(by) + 1, k - 1).some(x => x.fig || x.w === ';') || before.indexOf(by) < k - 3) return undefined;
  return { dir: (newer.value as number) >= (older.value as number) ? 'up' : 'down', word: by, size: t.fig };
}

/** A bare number, unitless, one of a pair a change may be stated between ("from 4.2 to 1.9"). */
const bare = (f: FigureEntity) => !amount(f) && pairable(f) && f.unit === '';

/** The index of the last token satisfying `p` among the last `within` tokens, or -1. */
function lastIndex(toks: Tok[], p: (t: Tok) => boolean, within: number): number {
  for (let i = toks.length - 1; i >= Math.max(0, toks.length - within); i--) if (p(toks[i])) return i;
  return -1;
}

/**
 * The direction word before a preposition: the nearest verb of rise or fall within seven words,
 * past no figure of the pair's kind; a percentage passed on the way states the change's size.
 */
function directionBefore(before: Tok[], k: number): { dir: Dir; word: Tok; size?: FigureEntity } | undefined {
  return wordOfChangeBefore(before, k, direction, false);
}

/**
 * The nearest word of change within eight words before token k, read by `dirOf`: past at most one
 * percentage (the change's size: "rose 12 % to", "increased by 12 % from") and, when `pastDates`,
 * past dates ("legte 2021 um 20 Prozent ... zu": a year says when, not how much); no other figure, no
 * semicolon, and not negated.
 */
function wordOfChangeBefore(before: Tok[], k: number, dirOf: (w: string) => Dir | undefined, pastDates: boolean): { dir: Dir; word: Tok; size?: FigureEntity } | undefined {
  let size: FigureEntity | undefined;
  let sizeAt = -1;
  for (let i = k - 1; i >= Math.max(0, k - 8); i--) {
    const t = before[i];
    if (t.w === ';') return undefined;
    if (t.fig) {
      if ((sizeShare(t.fig) || sizeInPoints(t.fig)) && !size) { size = t.fig; sizeAt = i; continue; }
      if (pastDates && t.fig.figureKind === 'date') continue;
      return undefined;
    }
    const dir = dirOf(t.w);
    if (dir) return isNegated(before, i) ? undefined : { dir, word: t, size };
    // "liep op tot": a verb and the particle right after it that gives it its direction (comparisons.json changes.particleAfter)
    const verb = i > 0 && !before[i - 1].fig ? PARTICLE_AFTER.get(t.w)?.get(before[i - 1].w) : undefined;
    // (the pair is the word the finding quotes: "liep op", not "liep")
    if (verb) return isNegated(before, i - 1) ? undefined : { dir: verb, word: { w: before[i - 1].w, start: before[i - 1].start, end: t.end }, size };
    // "shares were down 40 % to $3 from $5", "sent the stock up 25 % to": the adverb of direction right before the size
    if (i === sizeAt - 1 && (UP_AFTER.has(t.w) || DOWN_AFTER.has(t.w))) return isNegated(before, i) ? undefined : { dir: UP_AFTER.has(t.w) ? 'up' : 'down', word: t, size };
  }
  return undefined;
}

/** Particle, then the verb before it, to the direction the pair reads (comparisons.json changes.particleAfter). */
const PARTICLE_AFTER = new Map<string, Map<string, Dir>>();
for (const e of C.particleAfter) {
  const byVerb = PARTICLE_AFTER.get(e.particle) ?? new Map<string, Dir>();
  for (const v of e.verbs) byVerb.set(v.toLowerCase(), e.reads as Dir);
  PARTICLE_AFTER.set(e.particle, byVerb);
}

/** Nouns of change that close a compound ("Umsatzrückgang", "försäljningsökning"): the head of a compound is its last part. */
const HEAD_UP = [...UP_NOUN].filter(w => w.length >= 6), HEAD_DOWN = [...DOWN_NOUN].filter(w => w.length >= 6);
/** The direction a word of change gives: a verb of rise or fall, or a compound ending on a noun of change. */
function direction(w: string): Dir | undefined {
  if (BETTER.has(w)) return 'better';
  if (WORSE.has(w)) return 'worse';
  if (UP.has(w)) return 'up';
  if (DOWN.has(w) || DOWN_NOUN.has(w)) return 'down';
  if (UP_NOUN.has(w)) return 'up';
  if (w.length < 9) return undefined;
  if (HEAD_DOWN.some(n => w.endsWith(n) && w.length > n.length + 2)) return 'down';
  if (HEAD_UP.some(n => w.endsWith(n) && w.length > n.length + 2)) return 'up';
  return undefined;
}

/** A verb-final clause: "von 3,2 auf 4,0 Millionen Euro gestiegen", the verb within two words after the new figure. */
function directionAfter(text: string, newer: FigureEntity, s: { start: number; end: number }, inS: FigureEntity[]): { dir: 'up' | 'down'; word: Tok } | undefined {
  const after = tokens(text, newer.end, Math.min(s.end, newer.end + 40), inS).slice(0, 2);
  for (let tI = 0, after_ = after; tI < after_.length; tI++) { const t = after_[tI];
    if (t.fig || t.w === ';') return undefined;
    // a dash, comma or bracket ends the clause: "(costs rose) \u2013 from 4.1 to 5.3 million \u2013 fell the gross profit" is no verb of that change
    if (/[\u2013\u2014,;:()]|\s-\s/.test(text.slice(newer.end, t.start))) return undefined;
    if (UP.has(t.w) || DOWN.has(t.w)) return { dir: UP.has(t.w) ? 'up' : 'down', word: t };
  }
  return undefined;
}

/**
 * A verb split in two around the change: "der Umsatz legte um 20 Prozent von 50 auf 60 Millionen
 * Euro zu". The particle is the word right after the new figure, closing the clause; its verb is
 * within eight words before the preposition of origin, past at most one percentage (the size).
 */
function separableAround(text: string, before: Tok[], k: number, newer: FigureEntity, s: { start: number; end: number }, inS: FigureEntity[]): { dir: Dir; word: Tok; size?: FigureEntity } | undefined {
  const after = tokens(text, newer.end, Math.min(s.end, newer.end + 20), inS);
  const particle = after[0];
  if (!particle || particle.fig || !SEPARABLE.has(particle.w)) return undefined;
  // the particle closes its clause: a mark of punctuation or the sentence's end right after it
  if (!/^\s*(?:[.,;:!?)\u201c\u201d"]|$)/u.test(text.slice(particle.end, s.end))) return undefined;
  const verbs = SEPARABLE.get(particle.w)!;
  return wordOfChangeBefore(before, k, w => verbs.get(w), true);
}

/** Which way a word of change moves: up or down, or better or worse (the measure's better side says which). */
type Dir = 'up' | 'down' | 'better' | 'worse';

/**
 * The side a figure's measure is better on: an adverse event's rate, or an endpoint listed as better lower
 * (comparisons.json lowerIsBetter), lower; any other endpoint's rate or time higher; else unknown (a change, a
 * score, a sum: "improved" says nothing of its direction).
 */
function betterSide(model: DocumentModel, f: FigureEntity): 'higher' | 'lower' | undefined {
  const name = f.binding.endpoint;
  if (!name || (f.figureKind !== 'percent' && f.figureKind !== 'duration')) return undefined;
  // (the endpoint's facts, wherever the document names it: a read of the document at large, see sentenceReuse.ts)
  wideReads.n++;
  const e = model.entities.find(x => x.kind === 'endpoint' && x.name === name);
  if (!e || e.kind !== 'endpoint') return undefined;
  if (e.facts.adverseEvent || LOWER_IS_BETTER.has(name)) return 'lower';
  return e.facts.measure === 'proportion' || e.facts.measure === 'time' ? 'higher' : undefined;
}

/**
 * The better side of two amounts of money by the measure the clause names before them (comparisons.json changes.measures
 * "better": a loss or a cash burn lower, revenue or a profit higher): the measure nearest before the word of change or
 * the first figure, within its sentence. Undefined for a measure of no known better side or for other figures.
 */
function betterOfMeasure(model: DocumentModel, word: Tok, newer: FigureEntity, older: FigureEntity): 'higher' | 'lower' | undefined {
  if (newer.figureKind !== 'money' || older.figureKind !== 'money') return undefined;
  const first = Math.min(word.start, newer.start, older.start);
  const si = sentenceIndexAt(model, first);
  const from = si >= 0 ? Math.max(model.sentences[si].start, first - 160) : Math.max(0, first - 160);
  const text = normalizedText(model);
  // the measure stands before the word of change ("the net loss improved to") or between it and the pair ("improved its cash burn guidance to")
  const name = measureBefore(tokens(text, from, Math.min(newer.start, older.start), []), MEASURE_REACH);
  const m = name ? MEASURES.find(x => x.name === name) : undefined;
  return m?.better === 'higher' || m?.better === 'lower' ? m.better : undefined;
}

function judgeChange(model: DocumentModel, r: { dir: Dir; word: Tok; newer: FigureEntity; older: FigureEntity; size?: FigureEntity }, out: CheckFinding[], claimed: Set<number>): void {
  const { newer, older, word, size } = r;
  let dir: 'up' | 'down';
  if (r.dir === 'better' || r.dir === 'worse') {
    // a rate's or time's endpoint says its better side; an amount's, the measure named before the pair ("net loss improved to")
    const side = betterSide(model, newer) ?? betterOfMeasure(model, word, newer, older);
    if (side && betterSide(model, newer) && (betterSide(model, older) !== side || newer.binding.endpoint !== older.binding.endpoint)) return;
    // (a measure whose better side is unknown, "gross margin improved by 5 points to 72 % from 70 %": the way the figures
    // move is taken as the word's, and only the size the clause states is judged)
    if (!side && !size) return;
    dir = side ? ((r.dir === 'better') === (side === 'higher') ? 'up' : 'down') : valueOf(newer) >= valueOf(older) ? 'up' : 'down';
  } else dir = r.dir;
  // a bound on the old figure: "rose to A from more than B" is wrong when A is below B, "fell to A from less than B" when
  // above; the other bounds leave the old figure's side open, and nothing is judged
  const oldCmp = older.comparator && older.comparator !== '~' ? older.comparator : undefined;
  if (oldCmp && (size || (dir === 'up' ? !(oldCmp === '>' || oldCmp === '\u2265') : !(oldCmp === '<' || oldCmp === '\u2264')))) return;
  // a new range is judged on its direction only
  if (Array.isArray(newer.value) && r.size) return;
  if (claimed.has(newer.start) || claimed.has(older.start)) return;
  // a per-share amount against a total, or two unrelated amounts: no change of one quantity
  const nv = valueOf(newer), ov = valueOf(older);
  if (Math.min(nv, ov) > 0 && Math.max(nv, ov) / Math.min(nv, ov) > MAX_CHANGE) return;
  const [n0, n1] = span(model, newer), [o0, o1] = span(model, older);
  const surface = (f: FigureEntity) => model.text.slice(f.start, f.end);
  const spanStart = Math.min(word.start, newer.start, older.start), spanEnd = Math.max(word.end, newer.end, older.end);
  // a level's change said as a model's estimate ("a placebo-adjusted mean reduction of 60 %") is no ratio of the two levels stated
  if ((measured(newer) || measured(older)) && MODELLED_CHANGE.test(normalizedText(model).slice(Math.max(0, spanStart - 120), spanEnd + 80))) return;
  const related = [older, newer, ...(size ? [size] : [])].map(f => ({ start: f.start, end: f.end, message: surface(f) }));
  // a bound on the new figure: "a fall to at least A" is wrong when A is above the old, "a rise to at most A" when below
  const cmp = newer.comparator && newer.comparator !== '~' ? newer.comparator : undefined;
  const atLeast = cmp === '>' || cmp === '\u2265', atMost = cmp === '<' || cmp === '\u2264';
  if (cmp && (dir === 'up' ? !atMost : !atLeast)) return;
  // written to the same last place, "rose to 2.4 (prior year: 2.5)" is a fall: a written number stands for the values that
  // round to it, which touch their neighbour's only at the edge, so the edge itself is no room (a hedge keeps it)
  const exact = newer.comparator !== '~' && older.comparator !== '~';
  const edge = (a: number, b: number) => exact && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  // (two ranges, "raised to $150-$160 million from $160-$170 million": a range moved down at both its ends fell, whatever
  // the rounding of the ends that meet; one moved up at both ends rose)
  const ends = Array.isArray(newer.value) && Array.isArray(older.value) ? [newer.value[0] - older.value[0], newer.value[1] - older.value[1]] as const : undefined;
  const movedDown = !!ends && ends[0] < 0 && ends[1] < 0, movedUp = !!ends && ends[0] > 0 && ends[1] > 0;
  const wrongWay = dir === 'up' ? n1 < o0 || (edge(n1, o0) && nv < ov) || movedDown : n0 > o1 || (edge(n0, o1) && nv > ov) || movedUp;
  if (wrongWay) {
    claimed.add(newer.start); claimed.add(older.start);
    out.push({
      message: movedDown || movedUp
        ? `\u201c${model.text.slice(word.start, word.end)}\u201d is not what the figures say: the range ${surface(newer)} is ${movedDown ? 'below' : 'above'} the range ${surface(older)} at both ends.`
        : `\u201c${model.text.slice(word.start, word.end)}\u201d is not what the figures say: ${surface(older)} to ${surface(newer)} is ${dir === 'up' ? 'a fall' : 'a rise'}.`,
      start: spanStart, end: spanEnd, related,
      data: { from: ov, to: nv, direction: dir }, fixes: [],
    });
    return;
  }
  if (!size) return;
  if (multiple(size)) {
    // a multiple ("more than doubled") against the ratio of the pair, each with its rounding
    if (dir !== 'up' || o0 <= 0) return;
    const [low, high] = multipleRange(size.value as number, hedgeOfMultiple(surface(size), size.comparator));
    if (n1 / o0 >= low && n0 / o1 <= high) return;
    claimed.add(newer.start); claimed.add(older.start);
    const ratio = nv / ov;
    out.push({
      message: `\u201c${surface(size)}\u201d is not what the figures say: ${surface(older)} to ${surface(newer)} is ${ratio.toFixed(2)}\u00d7.`,
      start: size.start, end: size.end, related: related.slice(0, 2),
      data: { ratio: Number(ratio.toFixed(4)), claimedLow: low, claimedHigh: Number.isFinite(high) ? high : -1 }, fixes: [],
    });
    return;
  }
  if (sizeInPoints(size)) {
    // "rose by 8 percentage points to 45 % from 40 %": a size in points is the difference of two percentages, nothing else
    if (newer.figureKind !== 'percent' || newer.unit !== '%' || older.unit !== '%') return;
    const d = 0.5 * 10 ** -decimalsOf(surface(size)) + 1e-9, v = size.value as number;
    // the difference each rounding of the two allows, as a size (no sign)
    const a = n0 - o1, b = n1 - o0;
    const low = a <= 0 && b >= 0 ? 0 : Math.min(Math.abs(a), Math.abs(b)), high = Math.max(Math.abs(a), Math.abs(b));
    if (v + d >= low && v - d <= high) return;
    claimed.add(newer.start); claimed.add(older.start);
    out.push({
      message: `\u201c${surface(size)}\u201d is not what the figures say: ${surface(older)} to ${surface(newer)} is ${fmtPoints(Math.abs(nv - ov))} percentage points.`,
      start: size.start, end: size.end, related: related.slice(0, 2),
      data: { claimed: v, from: ov, to: nv, points: Number(Math.abs(nv - ov).toFixed(3)) }, fixes: [],
    });
    return;
  }
  const rel = relativeRange(model, newer, older);
  if (!rel) return;
  const [lo, hi] = dir === 'up' ? rel : [-rel[1], -rel[0]];
  const x = size.value as number;
  const dx = 0.5 * 10 ** -decimalsOf(surface(size));
  const room = 0.5 + (size.comparator === '~' ? Math.max(HEDGE_ROOM.points, HEDGE_ROOM.share * Math.abs(x)) : 0);
  const fits = (low: number, high: number) => x + dx >= low - room && x - dx <= high + room;
  // two percentages: the change may be meant in points
  const points = newer.figureKind === 'percent' && newer.unit === '%' && fits(Math.abs(n0 - o1) - 1e-9, Math.abs(n1 - o0));
  if (fits(lo, hi) || points) return;
  claimed.add(newer.start); claimed.add(older.start);
  const change = 100 * (nv - ov) / ov;
  out.push({
    message: `\u201c${surface(size)}\u201d is not what the figures say: ${surface(older)} to ${surface(newer)} is a change of ${change >= 0 ? '+' : ''}${change.toFixed(1)} %${Array.isArray(older.value) ? ' from the range\u2019s midpoint' : ''}.`,
    start: size.start, end: size.end, related: related.slice(0, 2),
    data: { claimed: x, from: ov, to: nv, change: Number(change.toFixed(2)) }, fixes: [],
  });
}

/** Words that link a measure's name to its figure ("revenue of", "sales were"), no part of the name (comparisons.json changes.nameLinks). */
const NAME_LINKS = lower(C.nameLinks);
/**
 * Of several like figures of the sentence before, the one whose name the change's sentence names again as its subject:
 * "Product revenue of $41 million and other revenue of $7 million." then "Product revenue grew 31 % from $31 million":
 * the two or three words right before a figure (less the words that link them to it) are its name; the one figure whose
 * name the words before the change hold, word for word.
 */
function namedAgain(text: string, figs: FigureEntity[], subject: string): FigureEntity | undefined {
  const said = ` ${subject.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const named = figs.filter(f => {
    const before = text.slice(Math.max(0, f.start - 60), f.start).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    while (before.length && NAME_LINKS.has(before[before.length - 1])) before.pop();
    const name = before.slice(-3);
    return name.length >= 2 && said.includes(` ${name.join(' ')} `);
  });
  return named.length === 1 ? named[0] : undefined;
}

/** "30-day", "20-trading-day", "52‑week": a length of time joined to its unit by a hyphen, an adjective of a noun after it. */
const TIME_ADJECTIVE = /^\d{1,3}[-\u2010\u2011](?:\p{L}+[-\u2010\u2011])?\p{L}+$/u;

/**
 * A relative change against its standard: "a 35 % premium to the $12.00 close", "a 40 % discount
 * from its $10 midpoint", "a 30 % decline from the $4.0 billion of Q1". The standard is the figure
 * after the word of change, the first word between them a link ("to", "from", "over"); the figure
 * compared is the nearest like one before the percentage, or, when the sentence has none, the one
 * like figure of the sentence before (same paragraph). Judged only when the two lie the way the
 * word says and within a factor of five of each other (else they are likely not the pair meant).
 */
export function relativeToStandard(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], prev: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  const text = normalizedText(model);
  // the standards of the sentence's earlier changes: "$38 million, a 7 % increase compared to $36 million ... and a 36 %
  // increase compared to $28 million": coordinated changes share the figure they compare, never each other's standard
  const standards = new Set<FigureEntity>();
  for (let i = 0; i < inS.length; i++) {
    const p = inS[i];
    // "a discount of nearly 25 % to": a hedged size is judged with a tenth of itself as room
    const hedged = !!p && p.figureKind === 'percent' && p.unit === '%' && typeof p.value === 'number' && p.comparator === '~';
    if ((!share(p) && !hedged) || claimed.has(p.start)) continue;
    // ("a 35 % premium to the 30-day average price of $10.00": a length of time written as a compound adjective describes
    // the standard's noun, the standard is the figure after it)
    let ni = i + 1;
    while (ni < inS.length - 1 && inS[ni].figureKind === 'duration' && TIME_ADJECTIVE.test(model.text.slice(inS[ni].start, inS[ni].end))) ni++;
    const next = inS[ni];
    const after = tokens(text, p.end, next ? next.start : s.end, inS);
    const before = tokens(text, Math.max(s.start, p.start - 60), p.start, inS);
    // "a 35 % premium to", "a premium of 35 % to"
    let word: Tok | undefined, rest: Tok[] = [];
    let up = false, comparative = false, positional = false;
    if (after[0] && (REL_UP.has(after[0].w) || REL_DOWN.has(after[0].w))) { word = after[0]; rest = after.slice(1); up = REL_UP.has(word.w); }
    // "20 % longer than", "30 % niedriger als": a comparative (armComparisons' words) with its "than"
    // (or with a word of comparison for its "than": "30 % más respecto a", "20 % higher compared with")
    else if (after[0] && (HIGHER.has(after[0].w) || LOWER.has(after[0].w)) && after[1] && (THAN.has(after[1].w) || COMPARATIVE_LINK.has(after[1].w))) { word = after[0]; rest = after.slice(1); up = HIGHER.has(word.w); comparative = true; }
    // "25 % below the $12.00 close": a word of position right after the percentage, the standard after a few words
    else if (after[0] && (AFTER_UP.has(after[0].w) || AFTER_DOWN.has(after[0].w))) { word = after[0]; rest = after.slice(1); up = AFTER_UP.has(word.w); positional = true; }
    else {
      const b = before.length;
      if (b < 2 || !REL_OF.has(before[b - 1].w) || !(REL_UP.has(before[b - 2].w) || REL_DOWN.has(before[b - 2].w))) continue;
      word = before[b - 2]; rest = after; up = REL_UP.has(word.w);
    }
    // "a 50 % increase over $2.5 million": the recogniser reads "over $2.5 million" as a bound; after a noun of
    // change the "over" is the link to the standard, which is the amount itself
    const linkInFigure = !!next && !positional && next.comparator === '>' && rest.length === 0 && !/[,;(]/.test(text.slice(p.end, next.start)) && REL_LINK.has(/^\p{L}+/u.exec(model.text.slice(next.start, next.end))?.[0].toLowerCase() ?? '');
    // ("a 50 % increase year-over-year from $10.0 million": a period's adverb before the link is no part of it)
    if (!positional) rest = withoutPeriodAdverbs(rest);
    if (!word || !next || (positional ? rest.length > 6 : (rest.length === 0 && !linkInFigure) || rest.length > 9 || (rest.length > 0 && !(REL_LINK.has(rest[0].w) || (comparative && THAN.has(rest[0].w))))) || rest.some(t => t.w === ';' || NOT_A_START.has(t.w))) continue;
    const standard = linkInFigure ? { ...next, comparator: undefined } : next;
    // ("a 16 % reduction (vs. a 4 % increase with placebo)": a change set against another change, no level its size is of)
    if (statesChange(text, standard, s.end, inS)) continue;
    // "20 % longer than the 7.5 months": a comparative compares lengths of time too
    const measured = (f: FigureEntity) => amount(f) || (comparative && f.figureKind === 'duration' && typeof f.value === 'number' && f.value > 0 && !f.timepoint);
    if (!measured(standard) || standard.comparator) continue;
    const firstBefore = Math.min(word.start, p.start);
    const own = inS.slice(0, i).filter(f => f.end <= firstBefore && measured(f) && like(f, standard) && !standards.has(f));
    standards.add(standard);
    const compared = own.length ? own[own.length - 1] : (() => { const l = prev.filter(f => measured(f) && like(f, standard)); return l.length === 1 ? l[0] : namedAgain(text, l, text.slice(s.start, firstBefore)); })();
    // ("rose to about $22.5 million, a 19 % rise from $20.4 million": an amount compared "about" moves the change by its room)
    if (!compared || (compared.comparator && compared.comparator !== '~')) continue;
    const a = compared.value as number, b = standard.value as number;
    // (beyond a factor of five only two amounts written on one scale: "$2.0 billion" against "$26.10" is a deal's value against a price)
    const far = sameScale(model, compared, standard) ? MAX_CHANGE : 5;
    if (a <= 0 || b <= 0 || a / b > far || b / a > far) continue;
    if (up ? a <= b : a >= b) continue;
    const rel = relativeRange(model, compared, standard);
    if (!rel) continue;
    const [lo, hi] = up ? rel : [-rel[1], -rel[0]];
    const x = p.value as number;
    const surface = (f: FigureEntity) => model.text.slice(f.start, f.end);
    const dx = 0.5 * 10 ** -decimalsOf(surface(p)) + (hedged ? 0.1 * x : 0) + (compared.comparator === '~' ? 100 * HEDGED_AMOUNT * a / b : 0);
    const fits = (low: number, high: number) => x + dx >= low - 0.5 && x - dx <= high + 0.5;
    const [a0, a1] = span(model, compared), [b0, b1] = span(model, standard);
    const points = standard.figureKind === 'percent' && fits(Math.abs(a0 - b1), Math.abs(a1 - b0));
    if (fits(lo, hi) || points) continue;
    claimed.add(p.start);
    const change = 100 * Math.abs(a - b) / b;
    out.push({
      message: `\u201c${surface(p)} ${model.text.slice(word.start, word.end)}\u201d is not what the figures say: ${surface(compared)} against ${surface(standard)} is ${change.toFixed(1)} % ${up ? 'above' : 'below'}.`,
      start: p.start, end: p.end,
      related: [compared, standard].map(f => ({ start: f.start, end: f.end, message: surface(f) })),
      data: { claimed: x, compared: a, standard: b, change: Number(change.toFixed(2)) }, fixes: [],
    });
  }
}

const RESPECTIVELY = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.respectively.words)})(?![\\p{L}])`, 'giu');
/** Where the last "respectively" of text[from, to) starts, or -1. */
function lastRespectively(text: string, from: number, to: number): number {
  const part = text.slice(from, to);
  let at = -1;
  RESPECTIVELY.lastIndex = 0;
  for (let m = RESPECTIVELY.exec(part); m; m = RESPECTIVELY.exec(part)) at = from + m.index;
  return at;
}

/** A figure that can be one of a pair a change is stated between: an amount, or a bare number of the same unit ("4.2 and 1.9"). */
const pairable = (f: FigureEntity) => (amount(f) || (f.figureKind === 'other' && typeof f.value === 'number' && f.value > 0 && !f.comparator)) && !f.timepoint;

/**
 * A change named after the pair it is between: "the rate was 4.2 and 1.9 before and after
 * treatment, respectively, a reduction of 55 %", "sales of $12 million and $18 million, an
 * increase of 50 %". The pair is the two like figures before the percentage, joined by "and",
 * "vs" or "to"; no other figure of their kind, and no percentage, stands between them and it. A
 * word of reduction is read as the fall from the larger to the smaller, one of increase as the
 * rise from the smaller to the larger, whichever is written first (for two percentages, also
 * the difference in points).
 */
export function changeAfterPair(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  const text = normalizedText(model);
  for (let i = 2; i < inS.length; i++) {
    const p = inS[i];
    if (!share(p) || claimed.has(p.start)) continue;
    const before = tokens(text, Math.max(s.start, p.start - 40), p.start, inS);
    const after = tokens(text, p.end, Math.min(s.end, p.end + 30), inS);
    let word: Tok | undefined;
    const b = before.length;
    if (b >= 2 && REL_OF.has(before[b - 1].w) && (REL_UP.has(before[b - 2].w) || REL_DOWN.has(before[b - 2].w))) word = before[b - 2];
    else if (after[0] && (REL_UP.has(after[0].w) || REL_DOWN.has(after[0].w))) word = after[0];
    // "a reduction of 55 % from ...": a standard after it is relativeToStandard's
    if (!word || (after[word === after[0] ? 1 : 0] && REL_LINK.has(after[word === after[0] ? 1 : 0].w))) continue;
    // the pair: the nearest two like figures before the claim, joined by "and", "vs" or "to"; what stands
    // between them and the claim is of another kind ("54 participants"), never a percentage
    let first: FigureEntity | undefined, second: FigureEntity | undefined;
    // "5.2 and 2.6 in weeks 1 to 12 and 13 to 52, respectively, a reduction of 50 %": the figures before
    // "respectively" back to the pair are the labels of the list it distributes the pair over
    const resp = lastRespectively(text, Math.max(s.start, p.start - 220), p.start);
    for (let k = i - 1; k >= Math.max(1, i - 6); k--) {
      const a = inS[k - 1], c = inS[k];
      if (pairable(c) && pairable(a) && like(a, c)) {
        const join = tokens(text, a.end, c.start, inS);
        // "0.20 with drug A and 0.30 with placebo": each figure named by its own arm, the join may carry the arm's name
        const reach = armsOfOneEndpoint(a, c) ? ARM_JOIN_WORDS : 3;
        if (join.length >= 1 && join.length <= reach && join.some(t => JOIN.has(t.w) || TO.has(t.w))) { first = a; second = c; break; }
        if (resp < 0 || c.end > resp || c.figureKind === 'percent') break;
        continue;
      }
      if (share(c)) break;
    }
    if (!first || !second || p.start - second.end > 220) continue;
    // "..., primarily due to a 53 % decrease in unit sales", "..., with royalties posting a 30 % increase": a cause's
    // change, or one said of another measure, is not the pair's
    if (CAUSE_IN.test(text.slice(second.end, p.start)) || !apposed(text, [first, second], Math.min(word.start, p.start))) continue;
    const pairKind = second;
    // between the pair and the claim no percentage, and no figure of the pair's kind but a list's labels before "respectively"
    if (inS.slice(inS.indexOf(second) + 1, i).some(f => (like(f, pairKind) && !(resp >= 0 && f.end <= resp)) || share(f))) continue;
    judgePairChange(model, word, p, first, second, out, claimed);
  }
  // "reduced the relapse rate by 60 % compared with placebo (0.20 vs. 0.30)": the size with its word of change, then the pair in brackets
  for (let i = 0; i + 2 < inS.length; i++) {
    const p = inS[i], a = inS[i + 1], c = inS[i + 2];
    if (!share(p) || claimed.has(p.start) || !pairable(a) || !pairable(c) || !like(a, c)) continue;
    const lead = text.slice(p.end, a.start);
    if (lead.length > 60 || !BRACKET_AFTER_LINK.test(lead) || !/^\s*\)/.test(text.slice(c.end, c.end + 3))) continue;
    const join = tokens(text, a.end, c.start, inS);
    if (join.length < 1 || join.length > 2 || !join.some(t => JOIN.has(t.w))) continue;
    const before = sentenceTokens(model, text, s, inS, Math.max(s.start, p.start - 160), p.start);
    const r = wordOfChangeBefore([...before, { w: '#', start: p.start, end: p.end, fig: p }], before.length + 1, direction, false);
    if (!r || r.size !== p || (r.dir !== 'up' && r.dir !== 'down')) continue;
    judgePairChange(model, r.word, p, a, c, out, claimed, r.dir === 'down');
  }
}

/** How many words may join two figures each named by its own arm ("with drug A and"). */
const ARM_JOIN_WORDS = 7;
/** Between a size and the bracketed pair it is the change between: a word of comparison and its arm, then a bracket ("compared with placebo ("). */
const BRACKET_AFTER_LINK = new RegExp(`^[^.;\\d()]{0,50}?(?<![\\p{L}])(?:${wordsPattern(C.compared)})(?![\\p{L}])[^.;\\d()]{0,40}\\(\\s*$`, 'iu');

/**
 * A relative change p named for the pair (first, second): a word of reduction (`down`, else read from the word)
 * is the fall from the larger to the smaller, one of increase the rise from the smaller to the larger, within the
 * rounding of all three (for two percentages, also the difference in points).
 */
function judgePairChange(model: DocumentModel, word: Tok, p: FigureEntity, first: FigureEntity, second: FigureEntity, out: CheckFinding[], claimed: Set<number>, downWord?: boolean): void {
  const [f0, f1] = span(model, first), [s0, s1] = span(model, second);
  const [hi, lo] = (first.value as number) >= (second.value as number) ? [[f0, f1], [s0, s1]] : [[s0, s1], [f0, f1]];
  if (lo[0] <= 0) return;
  const down = downWord ?? REL_DOWN.has(word.w);
  // the relative change at both ends of the rounding: a fall from the larger, a rise over the smaller
  const [rl, rh] = down ? [100 * (hi[0] - lo[1]) / hi[0], 100 * (hi[1] - lo[0]) / hi[1]] : [100 * (hi[0] - lo[1]) / lo[1], 100 * (hi[1] - lo[0]) / lo[0]];
  const x = p.value as number;
  const dx = 0.5 * 10 ** -decimalsOf(model.text.slice(p.start, p.end));
  const fits = (low: number, high: number) => x + dx >= low - 0.5 && x - dx <= high + 0.5;
  const points = first.figureKind === 'percent' && fits(hi[0] - lo[1], hi[1] - lo[0]);
  if (fits(Math.min(rl, rh), Math.max(rl, rh)) || points) return;
  claimed.add(p.start);
  const hv = Math.max(first.value as number, second.value as number), lv = Math.min(first.value as number, second.value as number);
  const change = 100 * (hv - lv) / (down ? hv : lv);
  const surface = (f: FigureEntity) => model.text.slice(f.start, f.end);
  out.push({
    message: `\u201c${model.text.slice(word.start, word.end)} ${surface(p)}\u201d is not what the figures say: ${surface(first)} and ${surface(second)} differ by ${change.toFixed(1)} %.`,
    start: p.start, end: p.end,
    related: [first, second].map(f => ({ start: f.start, end: f.end, message: surface(f) })),
    data: { claimed: x, first: first.value as number, second: second.value as number, change: Number(change.toFixed(2)) }, fixes: [],
  });
}

/**
 * A change named in the sentence after its comparison: "Costs were $6.1 million, compared with
 * $5.2 million a year earlier. The increase in costs reflects ...". The sentence opens on a
 * determiner and a noun of change; the sentence before holds exactly one comparison of two like
 * amounts ("A ... compared with B"); the first word after "in" is one the sentence before uses
 * ahead of A, so the change is of the amount compared.
 */
export function namedChange(model: DocumentModel, s: { start: number; end: number }, prev: { start: number; end: number } | undefined, prevFigs: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  if (!prev) return;
  const text = normalizedText(model);
  // the first two of the sentence's kept words, when they end within the head, are the head's first
  // two: most sentences open on no determiner and noun of change, and are answered without reading it
  const cut = memoSpanText(text, model.sentences, s).read(sentenceWords);
  const within = Math.min(s.end, s.start + 80) - s.start;
  if (cut.w.length >= 2 && cut.end[1] <= within ? !DETERMINER.has(cut.w[0]) || !(UP_NOUN.has(cut.w[1]) || DOWN_NOUN.has(cut.w[1])) : cut.w.length < 2 && (cut.w.length === 0 || cut.end[0] <= within)) return;
  const head = sentenceTokens(model, text, s, [], s.start, Math.min(s.end, s.start + 80));
  if (head.length < 2 || !DETERMINER.has(head[0].w) || !(UP_NOUN.has(head[1].w) || DOWN_NOUN.has(head[1].w))) return;
  // "the increase in operating costs": the first word of what changed, past articles
  const topic = head[2] && NOUN_OF.has(head[2].w) ? head.slice(3).find(t => !DETERMINER.has(t.w)) : undefined;
  const pairs: [FigureEntity, FigureEntity][] = [];
  for (let i = 0; i < prevFigs.length; i++) {
    const a = prevFigs[i];
    if (!amount(a)) continue;
    let j = i + 1;
    while (j < prevFigs.length && !(amount(prevFigs[j]) && like(prevFigs[j], a))) j++;
    if (j >= prevFigs.length) continue;
    const b = prevFigs[j];
    const gap = text.slice(a.end, b.start);
    const m = COMPARED.exec(gap);
    const lead = m ? tokens(text, a.end + m.index + m[0].length, b.start, prevFigs) : [];
    if (!m || gap.includes(';') || lead.length > 3 || lead.some(t => t.fig || NOT_A_START.has(t.w))) continue;
    if (tokens(text, a.end, a.end + m.index, prevFigs).filter(t => !t.fig || t.fig.figureKind !== 'date').length > 8) continue;
    // "A1 and A2 for the quarter and the year, respectively, compared to B1 and B2": lists set side by side, whose
    // nearest two figures are not one amount compared
    if (lastRespectively(text, a.end, a.end + m.index) >= 0) return;
    pairs.push([a, b]);
  }
  if (pairs.length !== 1) return;
  const [a, b] = pairs[0];
  const lead = new Set(tokens(text, prev.start, a.start, []).map(t => t.w));
  if (topic && !lead.has(topic.w)) return;
  judgeChange(model, { dir: UP_NOUN.has(head[1].w) ? 'up' : 'down', word: head[1], newer: a, older: b }, out, claimed);
}

const A = words.armComparisons;
const HIGHER = lower(A.higher), LOWER = lower(A.lower), THAN = lower(A.than), SIMILAR = lower(A.similar), JOIN = lower(A.joins), THAN_LIKE = lower(A.thanLike);
/** The first words of the phrases of comparison (comparisons.json changes.compared) that link a change to its standard (relativeChanges.links). */
const COMPARATIVE_LINK = new Set(C.compared.map(p => p.toLowerCase().split(/\s+/)[0]).filter(w => REL_LINK.has(w)));
const VERSUS_WORDS = new Set(['vs', 'versus', ...THAN_LIKE]);
/** Words that claim one group did better than another ("improved", "superior": comparisons.json armComparisons better). */
const BETTER_THAN = lower(A.better);
/** Words that set two groups' figures against each other, no change or list ("versus", "compared"; not "to", "and"). */
const AGAINST = lower(A.versus);
/** Words that end the clause a word of betterment speaks of: a contrast opens another. */
const CONTRAST = lower(A.contrasts);
/** A figure two groups can be compared by: a single rate, duration or count, unqualified. */
const rate = (f: FigureEntity | undefined): f is FigureEntity => !!f && (f.figureKind === 'percent' || f.figureKind === 'duration' || f.figureKind === 'count')
  && typeof f.value === 'number' && !f.comparator && !f.timepoint;
const sameEndpoint = (a: FigureEntity, b: FigureEntity) => !a.binding.endpoint || !b.binding.endpoint || a.binding.endpoint === b.binding.endpoint;

/**
 * Two groups compared in words against their figures: "more frequent with the drug (14 %) than
 * with placebo (8 %)", "more frequent with the drug than with placebo (14 % vs 8 %)", "similar
 * rates with the drug (42 %) and placebo (21 %)". The first figure belongs to the group named
 * first: the one between the comparative and "than", else the first of a pair joined by "vs" or
 * "and" right after "than". "Similar" is contradicted when the larger figure is 1.5 times the
 * smaller and, for percentages, 10 points above it.
 */
export function comparedGroups(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  const text = normalizedText(model);
  if (!mayCompareGroups(model, text, s, inS)) return;
  // the reading below depends on the sentence's text alone (as normalised, and as written: its messages quote it), its
  // figures' places, kinds, units, values, comparators, time points and endpoints, and which of them are claimed already;
  // it reads and claims no other figure. Kept with the sentence's normalised text under a key of the rest, it is replayed
  // (its findings at the sentence's offset, its claims in their order) for a sentence an edit left as it was.
  let key = model.text.slice(s.start, s.end);
  for (let i = 0; i < inS.length; i++) key += '\u0000' + figureDigest(inS[i], s.start) + (claimed.has(inS[i].start) ? '1' : '0');
  const table = memoSpanText(text, model.sentences, s).read(newGroupsTable);
  const kept = table.get(key);
  if (kept !== undefined) {
    for (let eI = 0, kept_ = kept; eI < kept_.length; eI++) { const e = kept_[eI];
      if (typeof e === 'number') claimed.add(s.start + e);
      else out.push(shiftFinding(e, s.start));
    }
    return;
  }
  const events: GroupsEvent[] = [];
  comparedGroupsRead(model, text, s, inS, { has: x => claimed.has(x), add: x => { claimed.add(x); events.push(x - s.start); } }, f => { out.push(f); events.push(shiftFinding(f, -s.start)); });
  if (table.size >= MAX_KEYS_PER_SENTENCE) table.clear();
  table.set(key, events);
}

/** A claim of a figure (its start, relative to the sentence) or a finding (offsets relative to the sentence), in the order comparedGroupsRead made them. */
type GroupsEvent = number | CheckFinding;
/** A sentence's kept readings by key (see comparedGroups); a reading function of its own, whose identity is the memo's key. */
const newGroupsTable = (_sentence: string): Map<string, readonly GroupsEvent[]> => new Map();
/** Keys kept per sentence text at most: a sentence read with more sets of figures than this starts its table afresh. */
const MAX_KEYS_PER_SENTENCE = 8;

/** What comparedGroupsRead reads of a figure, its offsets relative to `at`. */
function figureDigest(f: FigureEntity, at: number): string {
  const v = f.value;
  const value = typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : `${typeof v}:${JSON.stringify(v)}`;
  return `${f.start - at}\u0001${f.end - at}\u0001${f.figureKind}\u0001${f.unit}\u0001${value}\u0001${f.comparator ?? ''}\u0001${f.timepoint ? JSON.stringify(f.timepoint) : ''}\u0001${f.binding.endpoint ?? ''}`;
}

/** A finding with its offsets (and its related places') moved by `by`: a new object, the one given unchanged. */
function shiftFinding(f: CheckFinding, by: number): CheckFinding {
  return {
    ...f, start: f.start + by, end: f.end + by, data: { ...f.data },
    related: f.related.map(r => ({ ...r, start: r.start + by, end: r.end + by })),
    fixes: f.fixes.map(q => ({ ...q, edits: q.edits.map(e => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
}

/** comparedGroups' reading of one sentence: it claims figures through `claimed` and reports through `report`, in order. */
function comparedGroupsRead(model: DocumentModel, text: string, s: { start: number; end: number }, inS: FigureEntity[], claimed: { has(x: number): boolean; add(x: number): void }, report: (f: CheckFinding) => void): void {
  const out = { push: report };
  const toks = sentenceTokens(model, text, s, inS);
  // (a time point that names what the rates are, "(24-month rate, 52 % vs 61 %)", is passed over, and so is each rate's
  // interval between the two, "52 % [95 % CI 44-60] vs 61 %": neither is a group's figure)
  const aside = (f: FigureEntity | undefined) => !!f && (f.figureKind === 'ci' || (f.figureKind === 'duration' && !!f.timepoint));
  const pairAfter = (from: number, within: number): [FigureEntity, FigureEntity] | undefined => {
    let i = from;
    while (i < toks.length && i < from + within && (!toks[i].fig || aside(toks[i].fig))) i++;
    const a = toks[i]?.fig;
    if (!rate(a)) return undefined;
    // (the words before an interval are its name, "95 % confidence interval (CI)": counted from after it)
    let j = i + 1, words = 0, joinFrom = i + 1;
    while (j < toks.length && words <= 6 && (!toks[j].fig || toks[j].fig!.figureKind === 'ci')) { if (toks[j].fig) { words = 0; joinFrom = j + 1; } else words++; j++; }
    const b = toks[j]?.fig;
    const join = toks.slice(joinFrom, j);
    return rate(b) && like(a, b) && join.length >= 1 && join.length <= 3 && join.some(t => JOIN.has(t.w)) ? [a, b] : undefined;
  };
  // after "compared to": "with 48 % of drug patients completing compared to 61 % of placebo patients", the
  // first rate within eight words, the second within twelve after it, a word of comparison between them
  const farPairAfter = (from: number): [FigureEntity, FigureEntity] | undefined => {
    let i = from;
    while (i < toks.length && i < from + 8 && !toks[i].fig) i++;
    const a = toks[i]?.fig;
    if (!rate(a)) return undefined;
    let j = i + 1;
    while (j < toks.length && j <= i + 12 && !toks[j].fig && toks[j].w !== ';') j++;
    const b = toks[j]?.fig;
    return rate(b) && like(a, b) && toks.slice(i + 1, j).some(x => VERSUS_WORDS.has(x.w)) ? [a, b] : undefined;
  };
  for (let t = 0; t < toks.length; t++) {
    const w = toks[t].w;
    if (SIMILAR.has(w)) {
      if (isNegated(toks, t)) continue;
      const pair = pairAfter(t + 1, 12);
      if (!pair) continue;
      const [a, b] = pair;
      // "similar" may qualify something else ("a similar population"): the two figures are one endpoint's, or set against each other
      const versus = text.slice(a.end, b.start).match(/\b(?:vs|versus)\b/i);
      if (!(versus ? sameEndpoint(a, b) : a.binding.endpoint && a.binding.endpoint === b.binding.endpoint) || claimed.has(a.start) || claimed.has(b.start)) continue;
      const [a0, a1] = span(model, a), [b0, b1] = span(model, b);
      const hi = Math.max(a0, b0) === a0 ? [a0, b1] : [b0, a1]; // the larger's low end, the smaller's high end
      const ratio = hi[0] / Math.max(hi[1], 1e-9);
      const apart = a.figureKind !== 'percent' || hi[0] - hi[1] >= 10;
      if (ratio < 1.5 || !apart) continue;
      claimed.add(a.start); claimed.add(b.start);
      out.push({
        message: `\u201c${model.text.slice(toks[t].start, toks[t].end)}\u201d is not what the figures say: ${model.text.slice(a.start, a.end)} against ${model.text.slice(b.start, b.end)} is ${((a.value as number) / (b.value as number) >= 1 ? (a.value as number) / (b.value as number) : (b.value as number) / (a.value as number)).toFixed(2)}\u00d7.`,
        start: toks[t].start, end: b.end,
        related: [a, b].map(f => ({ start: f.start, end: f.end, message: model.text.slice(f.start, f.end) })),
        data: { first: a.value as number, second: b.value as number }, fixes: [],
      });
      continue;
    }
    if (BETTER_THAN.has(w)) {
      betterThanClaim(model, toks, t, claimed, report);
      continue;
    }
    const thanLike = THAN_LIKE.has(w);
    if (!THAN.has(w) && !thanLike) continue;
    // "more than 40 %" is a bound, not a comparison of groups
    if (!toks[t + 1] || toks[t + 1].fig) continue;
    let c = -1;
    for (let k = t - 1; k >= Math.max(0, t - 8); k--) {
      if (toks[k].w === ';') break;
      if (HIGHER.has(toks[k].w) || LOWER.has(toks[k].w)) { c = k; break; }
    }
    // "12 % higher than", "two-fold more than": a relative claim, judged elsewhere
    if (c < 0 || isNegated(toks, c) || (c > 0 && toks[c - 1].fig)) continue;
    const between = toks.slice(c + 1, t).filter(x => x.fig);
    let pair: [FigureEntity, FigureEntity] | undefined;
    if (between.length === 1 && rate(between[0].fig)) {
      const a = between[0].fig;
      let j = t + 1;
      while (j < toks.length && j <= t + 6 && !toks[j].fig) j++;
      const b = toks[j]?.fig;
      if (rate(b) && like(a, b)) pair = [a, b];
    } else if (between.length === 0) pair = pairAfter(t + 1, 12) ?? (thanLike ? farPairAfter(t + 1) : undefined);
    if (!pair) continue;
    const [a, b] = pair;
    if (!sameEndpoint(a, b) || claimed.has(a.start) || claimed.has(b.start)) continue;
    const [a0, a1] = span(model, a), [b0, b1] = span(model, b);
    const up = HIGHER.has(toks[c].w);
    if (up ? a1 >= b0 : a0 <= b1) continue;
    claimed.add(a.start); claimed.add(b.start);
    out.push({
      message: `\u201c${model.text.slice(toks[c].start, toks[c].end)} \u2026 ${model.text.slice(toks[t].start, toks[t].end)}\u201d is not what the figures say: ${model.text.slice(a.start, a.end)} is ${up ? 'below' : 'above'} ${model.text.slice(b.start, b.end)}.`,
      start: toks[c].start, end: Math.max(toks[t].end, b.end),
      related: [a, b].map(f => ({ start: f.start, end: f.end, message: model.text.slice(f.start, f.end) })),
      data: { first: a.value as number, second: b.value as number }, fixes: [],
    });
  }
}

/** Tokens between a word of betterment and the first figure of its pair, at most. */
const BETTER_REACH = 10;

/**
 * "Acmezumab improved median survival, 9.0 months versus 11.5 months with placebo": a word of betterment (not negated),
 * then within its clause (no ";" and no word of contrast before the pair) a pair of like figures, the first within a few
 * words, set against each other by a word of comparison alone ("versus", "compared to"; "to" or "and" may join a change
 * or a list). The first is the group the claim is made for, the second its comparator; the endpoint the pair is bound
 * to says which side is better (betterSide). Reported when the first lies wholly on the worse side of the second.
 */
function betterThanClaim(model: DocumentModel, toks: Tok[], t: number, claimed: { has(x: number): boolean; add(x: number): void }, report: (f: CheckFinding) => void): void {
  if (isNegated(toks, t)) return;
  let i = t + 1;
  while (i < toks.length && i <= t + BETTER_REACH && !toks[i].fig && toks[i].w !== ';' && !CONTRAST.has(toks[i].w) && !BETTER_THAN.has(toks[i].w)) i++;
  const a = toks[i]?.fig;
  // ("from 9.0 months": a change's start; "by 2.5 months": the gain's size, the two groups' values come after it)
  if (!rate(a) || FROM.has(toks[i - 1]?.w ?? '') || SIZE_OF_BETTERMENT.has(toks[i - 1]?.w ?? '')) return;
  let j = i + 1;
  while (j < toks.length && j <= i + 4 && !toks[j].fig) j++;
  const b = toks[j]?.fig;
  if (!rate(b) || !like(a, b) || !sameEndpoint(a, b) || claimed.has(a.start) || claimed.has(b.start)) return;
  const join = toks.slice(i + 1, j);
  if (!join.some(x => AGAINST.has(x.w)) || join.some(x => x.w === ';')) return;
  const side = betterSide(model, a);
  if (!side || (b.binding.endpoint && betterSide(model, b) !== side)) return;
  const [a0, a1] = span(model, a), [b0, b1] = span(model, b);
  if (side === 'higher' ? a1 >= b0 : a0 <= b1) return;
  claimed.add(a.start); claimed.add(b.start);
  const word = toks[t];
  report({
    message: `\u201c${model.text.slice(word.start, word.end)}\u201d is not what the figures say: ${model.text.slice(a.start, a.end)} is ${side === 'higher' ? 'below' : 'above'} the ${model.text.slice(b.start, b.end)} it is set against, and ${side} is better for ${a.binding.endpoint}.`,
    start: word.start, end: b.end,
    related: [a, b].map(f => ({ start: f.start, end: f.end, message: model.text.slice(f.start, f.end) })),
    data: { first: a.value as number, second: b.value as number }, fixes: [],
  });
}

/** Verbs of reaching a goal (comparisons.json armComparisons achieving): a share of people who did is better higher. */
const ACHIEVING = new RegExp(`^[^;]{0,160}?(?<![\\p{L}])(?:${wordsPattern(A.achieving)})(?![\\p{L}])`, 'iu');
/** "58 % of patients": a share of people, its noun within two words after it. */
const OF_PEOPLE = new RegExp(`^\\s*(?:of|der|des|de|di|van|av|af)\\s+(?:\\p{L}+\\s+){0,2}?(?:${PEOPLE_PATTERN})(?![\\p{L}])`, 'iu');
/** Tokens from a demonstrative to its word of betterment, and from that word to the standard, at most. */
const DEMONSTRATIVE_REACH = 4, STANDARD_REACH = 6;

/**
 * "64 % of patients on the drug reached the goal. This compares favorably with the 58 % of a historical control.": a sentence that
 * opens on a demonstrative, a word of betterment within a few words and then its first figure, the standard, claims the
 * shares of the sentence before (of its paragraph) better than it. Those shares are of people who reached a goal (better
 * higher) and are not the comparator's (isControlArmFigure); reported when every one of them lies below the standard.
 */
export function demonstrativeBetter(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], prev: { start: number; end: number } | undefined, prevFigs: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  if (!prev || inS.length === 0 || inS[0].figureKind !== 'percent' || paragraphIndexAt(model, prev.start) !== paragraphIndexAt(model, s.start)) return;
  const text = normalizedText(model);
  const toks = sentenceTokens(model, text, s, inS, s.start, inS[0].end);
  if (toks.length < 3 || !DEMONSTRATIVE.has(toks[0].w)) return;
  const w = toks.findIndex((x, k) => k <= DEMONSTRATIVE_REACH && BETTER_THAN.has(x.w));
  const bi = toks.findIndex(x => x.fig === inS[0]);
  if (w < 0 || bi < 0 || bi - w > STANDARD_REACH || isNegated(toks, w)) return;
  const b = inS[0];
  if (!rate(b) || claimed.has(b.start)) return;
  const shares = prevFigs.filter(f => rate(f) && like(f, b) && !isControlArmFigure(model, f) && OF_PEOPLE.test(text.slice(f.end, f.end + 40)));
  if (shares.length === 0 || shares.length > 3 || shares.some(f => claimed.has(f.start) || !ACHIEVING.test(text.slice(f.end, prev.end)))) return;
  const [b0] = span(model, b);
  if (!shares.every(f => span(model, f)[1] < b0)) return;
  claimed.add(b.start);
  const word = toks[w];
  out.push({
    message: `\u201c${model.text.slice(word.start, word.end)}\u201d is not what the figures say: ${shares.map(f => model.text.slice(f.start, f.end)).join(' and ')} ${shares.length > 1 ? 'are' : 'is'} below the ${model.text.slice(b.start, b.end)} ${shares.length > 1 ? 'they are' : 'it is'} set against, and a higher share reaching the goal is better.`,
    start: b.start, end: b.end,
    related: [{ start: word.start, end: word.end, message: model.text.slice(word.start, word.end) }, ...shares.map(f => ({ start: f.start, end: f.end, message: model.text.slice(f.start, f.end) }))],
    data: { standard: b.value as number }, fixes: [],
  });
}

const P = words.positions;
const phrases = (ws: string[]) => ws.map(w => w.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
const ABOVE = phrases(P.above), BELOW = phrases(P.below), POSITION_LINK = lower(P.links);
const AFTER_UP = lower(P.afterPercent.above), AFTER_DOWN = lower(P.afterPercent.below);
const COMPARATIVE_UP = phrases(P.comparatives.above), COMPARATIVE_DOWN = phrases(P.comparatives.below);
const ARTICLES_BEFORE_STANDARD = lower(C.determiners);

/**
 * "$14.0 million was lower than the $10.0 million", "lag mit 95 Millionen Euro höher als die 90 Millionen Euro": a
 * comparative with its "than" within three words after the first figure, at most one determiner after it, then the standard.
 */
function comparativeBefore(toks: Tok[]): { pos: { up: boolean; next: number }; at: number } | undefined {
  for (let k = 0; k <= Math.min(3, toks.length - 1); k++) {
    const pos = comparativeAt(toks, k);
    if (!pos) continue;
    const rest = toks.slice(pos.next);
    // the standard right after (an article between), or named by a few words ending on a link: "higher than analysts' estimate of"
    const named = rest.length >= 2 && rest.length <= 7 && POSITION_LINK.has(rest[rest.length - 1].w);
    if (named || (rest.length <= 1 && rest.every(t => ARTICLES_BEFORE_STANDARD.has(t.w)))) return { pos, at: k };
  }
  return undefined;
}

/** The phrase of `lists` starting at toks[i] (each list's phrases with the direction they give), its direction and the index after it. */
function directedPhraseAt(lists: [string[][], boolean][], toks: Tok[], i: number): { up: boolean; next: number } | undefined {
  for (let itemI = 0; itemI < lists.length; itemI++) { const [list, up] = lists[itemI];
    for (let phI = 0; phI < list.length; phI++) { const ph = list[phI]; if (ph.every((w, k) => toks[i + k] && !toks[i + k].fig && toks[i + k].w === w)) return { up, next: i + ph.length }; }
  }
  return undefined;
}
/** The comparative phrase with its "than" starting at toks[i] (positions.comparatives). */
const comparativeAt = (toks: Tok[], i: number) => directedPhraseAt([[COMPARATIVE_UP, true], [COMPARATIVE_DOWN, false]], toks, i);
/** The position phrase starting at toks[i] (positions above and below). */
const positionAt = (toks: Tok[], i: number) => directedPhraseAt([[ABOVE, true], [BELOW, false]], toks, i);

const PRIOR_PERIOD = phrases(C.priorPeriod);
/**
 * "EUR 95 million, and so above 2023 (EUR 90 million)", "$12.0 million, below the prior year ($14.1 million)": a word
 * of position (positions, or positions.afterPercent, which before a period cannot mean "more than") within four words
 * after the first figure, then the period the standard belongs to (a year, or a word of the prior period) in at most
 * four words, and the standard in brackets right after it. No other figure between, no semicolon.
 */
/** Tokens of the period a bracketed figure is of, at most, after a word of position ("below the same period of 2030 ("). */
const PERIOD_WORDS_MAX = 6;
function periodInBrackets(text: string, toks: Tok[], b: FigureEntity): { pos: { up: boolean; next: number }; at: number } | undefined {
  if (toks.length < 2 || !/^\s*\(\s*$/.test(text.slice(toks[toks.length - 1].end, b.start))) return undefined;
  if (toks.some(t => t.w === ';' || (t.fig && t.fig.figureKind !== 'date'))) return undefined;
  for (let k = 0; k <= Math.min(4, toks.length - 2); k++) {
    if (toks[k].fig) return undefined;
    // (or a comparative with its "than": "higher than the prior year (B)", "inferiori al periodo del 2030 (B)")
    const pos = positionAt(toks, k) ?? comparativeAt(toks, k) ?? (AFTER_UP.has(toks[k].w) ? { up: true, next: k + 1 } : AFTER_DOWN.has(toks[k].w) ? { up: false, next: k + 1 } : undefined);
    if (!pos) continue;
    const rest = toks.slice(pos.next);
    // (the period's words: "the prior year", "the same period of 2030", "al primo semestre 2030")
    if (rest.length < 1 || rest.length > PERIOD_WORDS_MAX || !rest.some((t, x) => (t.fig && t.fig.figureKind === 'date') || PRIOR_PERIOD.some(ph => ph.every((w, y) => rest[x + y] && !rest[x + y].fig && rest[x + y].w === w)))) return undefined;
    return { pos, at: k };
  }
  return undefined;
}

/**
 * A figure said to lie above or below another: "$6.40 per share, below its last close of $5.90",
 * "lag mit 311 Millionen Euro oberhalb der Prognose von mindestens 320 Millionen Euro". The
 * two are the next like figures of the sentence; between them at most three words, the word of
 * position, at most six words naming the standard and a link right before it ("of", "von", "de").
 * Reported when the first lies on the other side of the second beyond the rounding of both (a
 * standard with "about" has a twentieth of itself as room; one with a bound only on the side
 * the claim needs: "above at least 320").
 */
export function positionClaims(model: DocumentModel, _s: { start: number; end: number }, inS: FigureEntity[], out: CheckFinding[], claimed: Set<number>, prev?: { start: number; end: number }, prevFigs: FigureEntity[] = []): void {
  const text = normalizedText(model);
  for (let i = 0; i + 1 < inS.length; i++) {
    // (the next figure past dates: a standard may be named by its year, "above 2023 (EUR 90 million)")
    let j = i + 1;
    while (j + 1 < inS.length && inS[j].figureKind === 'date') j++;
    const a = inS[i], b = inS[j];
    if (!amount(a) || a.comparator || !(amount(b) || bounded(b) || rangeAmount(b)) || !like(a, b) || b.start - a.end > 120 || claimed.has(a.start) || claimed.has(b.start)) continue;
    // (two changes set against each other are no levels: "a 16 % reduction (vs. a 4 % increase)")
    if (statesChange(text, a, b.start, inS) || statesChange(text, b, b.end + 24, inS)) continue;
    const toks = tokens(text, a.end, b.start, inS);
    let pos: { up: boolean; next: number } | undefined, at = -1;
    // ("45 % higher than 30 %" is a relative claim, read elsewhere: no comparative right after a percentage)
    const period = periodInBrackets(text, toks, b) ?? (toks.some(t => t.fig || t.w === ';') || toks.length < 2 ? undefined : comparativeBefore(toks));
    if (period && period.at === 0 && a.figureKind === 'percent' && !periodInBrackets(text, toks, b)) continue;
    // "$18.0 million, $2.0 million higher than the $16.0 million": a difference in apposition to an amount is no amount compared
    if (period && i > 0 && like(inS[i - 1], a) && /^[\s,]*$/.test(text.slice(inS[i - 1].end, a.start))) continue;
    if (period) ({ pos, at } = period);
    else {
      if (toks.some(t => t.fig || t.w === ';') || toks.length < 3) continue;
      for (let k = 0; k <= Math.min(3, toks.length - 1) && !pos; k++) { pos = positionAt(toks, k); at = k; }
      if (!pos) continue;
      const rest = toks.slice(pos.next);
      if (rest.length < 1 || rest.length > 7 || !POSITION_LINK.has(rest[rest.length - 1].w)) continue;
    }
    const spans = positionSpans(model, a, b, pos.up);
    if (!spans) continue;
    const { a0, a1, b0, b1 } = spans;
    if (pos.up ? a1 >= b0 : a0 <= b1) {
      // the standard's noun, the word before the link ("close" in "below its Friday close of")
      const rest = toks.slice(pos.next);
      const noun = !period && rest.length >= 2 ? rest[rest.length - 2].w : undefined;
      if (noun && prev && !b.comparator) distanceBefore(model, text, prev, prevFigs, a, b, pos.up, noun, out, claimed);
      continue;
    }
    claimed.add(a.start); claimed.add(b.start);
    const surface = (f: FigureEntity) => model.text.slice(f.start, f.end);
    const word = toks[at];
    out.push({
      message: `\u201c${surface(a)}\u201d is said to lie ${pos.up ? 'above' : 'below'} ${surface(b)}, but it is ${pos.up ? 'below' : 'above'} it.`,
      start: a.start, end: a.end,
      related: [{ start: word.start, end: toks[pos.next - 1].end, message: model.text.slice(word.start, toks[pos.next - 1].end) }, { start: b.start, end: b.end, message: surface(b) }],
      data: { first: a.value as number, second: b.value as number }, fixes: [],
    });
  }
}

/**
 * A figure said to lie above (`up`) or below a standard, and the standard, each as the span its rounding allows: above a
 * range is above its top, below it below its bottom ("priced at $14.00, above the expected range of $15.00 to $17.00"); a
 * standard with "about" has a twentieth of itself as room; one with a bound only on the side the claim needs ("above at
 * least 320"), else undefined.
 */
function positionSpans(model: DocumentModel, a: FigureEntity, b: FigureEntity, up: boolean): { a0: number; a1: number; b0: number; b1: number } | undefined {
  const cmp = b.comparator;
  if (cmp && cmp !== '~' && (up ? cmp !== '\u2265' && cmp !== '>' : cmp !== '\u2264' && cmp !== '<')) return undefined;
  const [a0, a1] = span(model, a);
  let [b0, b1] = span(model, b);
  if (Array.isArray(b.value)) {
    const d = roundingRoom(model.text.slice(b.start, b.end), b.value[0]);
    [b0, b1] = up ? [b.value[1] - d, b.value[1] + d] : [b.value[0] - d, b.value[0] + d];
  }
  if (cmp === '~') { b0 -= 0.05 * (b.value as number); b1 += 0.05 * (b.value as number); }
  return { a0, a1, b0, b1 };
}

/** Tokens between a demonstrative and its word of position, at most ("This, though, sat below"). */
const DEMONSTRATIVE_POSITION_REACH = 5;

/**
 * "Acme priced its offering at $9 per share. This, though, sat below the range of $10 to $12.": a sentence that opens on a
 * demonstrative, a word of position within a few words, then the standard's noun ending on a link and its figure (the
 * sentence's first), says the like figure of the sentence before (its only one, in the paragraph) lies on that side of
 * the standard. Judged as positionClaims judges a pair in one sentence.
 */
export function demonstrativePosition(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], prev: { start: number; end: number } | undefined, prevFigs: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  if (!prev || inS.length === 0 || paragraphIndexAt(model, prev.start) !== paragraphIndexAt(model, s.start)) return;
  const b = inS[0];
  if (!(amount(b) || bounded(b) || rangeAmount(b)) || claimed.has(b.start)) return;
  // (of the written scale: "$6 per share" beside "$50.4 million" is the one a range of prices "$5 to $7" is set against)
  const likes = prevFigs.filter(f => amount(f) && !f.comparator && like(f, b) && sameScale(model, f, b));
  if (likes.length !== 1 || claimed.has(likes[0].start)) return;
  const a = likes[0];
  const text = normalizedText(model);
  const toks = tokens(text, s.start, b.start, inS);
  if (toks.length < 3 || !DEMONSTRATIVE.has(toks[0].w) || toks.some(x => x.fig || x.w === ';')) return;
  let pos: { up: boolean; next: number } | undefined, at = -1;
  for (let k = 1; k <= Math.min(DEMONSTRATIVE_POSITION_REACH, toks.length - 1) && !pos; k++) { pos = positionAt(toks, k); at = k; }
  if (!pos || isNegated(toks, at)) return;
  const rest = toks.slice(pos.next);
  if (rest.length < 1 || rest.length > 7 || !POSITION_LINK.has(rest[rest.length - 1].w)) return;
  const spans = positionSpans(model, a, b, pos.up);
  if (!spans) return;
  const { a0, a1, b0, b1 } = spans;
  // (at the rounding's meeting point the two are at best equal, and equal is on neither side)
  if (pos.up ? a1 > b0 : a0 < b1) return;
  claimed.add(a.start); claimed.add(b.start);
  const surface = (f: FigureEntity) => model.text.slice(f.start, f.end);
  out.push({
    message: `\u201c${surface(a)}\u201d is said (\u201c${model.text.slice(toks[0].start, toks[pos.next - 1].end)}\u201d) to lie ${pos.up ? 'above' : 'below'} ${surface(b)}, but it ${Array.isArray(b.value) && (a.value as number) >= b.value[0] && (a.value as number) <= b.value[1] ? 'lies within it' : `is ${pos.up ? 'below' : 'above'} it`}.`,
    start: b.start, end: b.end,
    related: [{ start: a.start, end: a.end, message: surface(a) }],
    data: { first: a.value as number, second: Array.isArray(b.value) ? b.value[0] : b.value as number }, fixes: [],
  });
}

/**
 * "... an offering nearly 35 % under its last close. It sold shares at $6.00 each, below its
 * Friday close of $7.00.": a distance from a standard the sentence names by a noun only, stated in
 * the sentence before the pair. The percentage is followed by a word of position of the pair's
 * direction and, within six words, by the standard's noun; its own sentence states no figure after it.
 */
function distanceBefore(model: DocumentModel, text: string, prev: { start: number; end: number }, prevFigs: FigureEntity[], a: FigureEntity, b: FigureEntity, up: boolean, noun: string, out: CheckFinding[], claimed: Set<number>): void {
  for (let i = 0; i < prevFigs.length; i++) {
    const p = prevFigs[i];
    const hedged = p.figureKind === 'percent' && p.unit === '%' && typeof p.value === 'number' && p.comparator === '~';
    if ((!share(p) && !hedged) || claimed.has(p.start) || prevFigs.slice(i + 1).some(f => f.figureKind !== 'date')) continue;
    const after = tokens(text, p.end, prev.end, prevFigs).slice(0, 8);
    const w = after[0];
    if (!w || !(up ? AFTER_UP.has(w.w) || REL_UP.has(w.w) : AFTER_DOWN.has(w.w) || REL_DOWN.has(w.w))) continue;
    if (!after.slice(1, 7).some(t => t.w === noun)) continue;
    const [a0, a1] = span(model, a), [b0, b1] = span(model, b);
    if (b0 <= 0) continue;
    const [lo, hi] = up ? [100 * (a0 - b1) / b1, 100 * (a1 - b0) / b0] : [100 * (b0 - a1) / b1, 100 * (b1 - a0) / b0];
    const x = p.value as number;
    const dx = 0.5 * 10 ** -decimalsOf(model.text.slice(p.start, p.end)) + (hedged ? 0.1 * x : 0);
    if (x + dx >= lo - 0.5 && x - dx <= hi + 0.5) continue;
    claimed.add(p.start);
    const change = 100 * Math.abs((a.value as number) - (b.value as number)) / (b.value as number);
    const surface = (f: FigureEntity) => model.text.slice(f.start, f.end);
    out.push({
      message: `\u201c${surface(p)} ${model.text.slice(w.start, w.end)}\u201d is not what the figures say: ${surface(a)} against ${surface(b)} is ${change.toFixed(1)} % ${up ? 'above' : 'below'}.`,
      start: p.start, end: p.end,
      related: [a, b].map(f => ({ start: f.start, end: f.end, message: surface(f) })),
      data: { claimed: x, compared: a.value as number, standard: b.value as number, change: Number(change.toFixed(2)) }, fixes: [],
    });
  }
}

/** The head of a column of change: "Change", "% Change", "YoY", "Veränderung". */
/** The word of a change column, where it starts (sticky: tried only right after a head's two dates). */
const CHANGE_COLUMN_AT = new RegExp(`(?:${wordsPattern(words.changeColumns.words)})(?![\\p{L}])`, 'iuy');
/** Between the cells of a row or a head: spaces, line ends, bars, tabs. */
const CELL_GAP = /^[\s|\u00a6]*$/;
/** The longest gap between two cells of a head (spaces and bars, a line end). */
const CELL_GAP_MAX = 80;
/** How far below its head a table's rows are read. */
const ROWS_REACH = 3000;

/**
 * A table's column of change against the two periods' amounts: a head that sets two periods side by side
 * and then a column of change ("Metric | Q3 2027 | Q3 2026 | Change"), and below it rows whose cells are
 * two like amounts and a percentage with nothing but spaces and bars between ("Revenue | $4.4 million |
 * $2.0 million | 120.0%"). The percentage is the relative change from the older period's amount to the
 * newer's (or, for two percentages, their difference in points), its sign as written or not (a fall is
 * often written without one), within the rounding of the three numbers.
 */
export function tableChanges(model: DocumentModel, out: CheckFinding[], claimed: Set<number>): void {
  const text = normalizedText(model);
  const figs = figuresOf(model);
  // the head: two dates side by side, only a cell's gap between them, then the word of a change column after a
  // cell's gap; read from the dates (one walk over the figures), so that the pattern is tried only where a head may stand
  for (let j = 1; j < figs.length; j++) {
    const d1 = figs[j - 1], d2 = figs[j];
    if (d1.figureKind !== 'date' || d2.figureKind !== 'date' || d2.start - d1.end > CELL_GAP_MAX || !CELL_GAP.test(text.slice(d1.end, d2.start))) continue;
    let at = d2.end;
    while (at < text.length && at - d2.end <= CELL_GAP_MAX && /[\s|\u00a6%]/.test(text[at])) at++;
    if (at - d2.end > CELL_GAP_MAX) continue;
    CHANGE_COLUMN_AT.lastIndex = at;
    const m = CHANGE_COLUMN_AT.exec(text);
    if (!m || (at > 0 && /\p{L}/u.test(text[at - 1]))) continue;
    const k = j + 1;
    const s1 = spanOf(d1), s2 = spanOf(d2);
    if (!s1 || !s2 || s1.from === s2.from) continue;
    const newerFirst = s1.from > s2.from;
    for (let i = k; i + 2 < figs.length && figs[i].start < m.index + ROWS_REACH; i++) {
      const a = figs[i], b = figs[i + 1], p = figs[i + 2];
      if (!amount(a) || !amount(b) || !like(a, b) || p.figureKind !== 'percent' || p.unit !== '%' || typeof p.value !== 'number' || p.comparator) continue;
      if (!CELL_GAP.test(text.slice(a.end, b.start)) || !CELL_GAP.test(text.slice(b.end, p.start)) || claimed.has(p.start)) continue;
      const [newer, older] = newerFirst ? [a, b] : [b, a];
      const rel = relativeRange(model, newer, older);
      if (!rel) continue;
      const x = Math.abs(p.value), dx = 0.5 * 10 ** -decimalsOf(model.text.slice(p.start, p.end));
      const abs = (lo: number, hi: number): [number, number] => lo <= 0 && hi >= 0 ? [0, Math.max(-lo, hi)] : [Math.min(Math.abs(lo), Math.abs(hi)), Math.max(Math.abs(lo), Math.abs(hi))];
      const fits = ([lo, hi]: [number, number]) => x + dx >= lo - 0.5 && x - dx <= hi + 0.5;
      const [n0, n1] = span(model, newer), [o0, o1] = span(model, older);
      const points = newer.figureKind === 'percent' && fits(abs(n0 - o1, n1 - o0));
      if (fits(abs(rel[0], rel[1])) || points) continue;
      claimed.add(p.start);
      const change = 100 * ((newer.value as number) - (older.value as number)) / (older.value as number);
      const surface = (f: FigureEntity) => model.text.slice(f.start, f.end);
      out.push({
        message: `\u201c${surface(p)}\u201d is not the change the row states: ${surface(older)} (${(newerFirst ? s2 : s1).label}) to ${surface(newer)} (${(newerFirst ? s1 : s2).label}) is ${change >= 0 ? '+' : ''}${change.toFixed(1)} %.`,
        start: p.start, end: p.end,
        related: [older, newer].map(f => ({ start: f.start, end: f.end, message: surface(f) })),
        data: { claimed: p.value, from: older.value as number, to: newer.value as number, change: Number(change.toFixed(2)) }, fixes: [],
      });
    }
  }
}


const AB = words.absoluteChanges;
/** Where a clause naming a change's parts or causes starts: "primarily due to", "offset by". */
const CAUSE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(AB.causes)})(?![\\p{L}])`, 'giu');
const CAUSE_IN = new RegExp(CAUSE.source, 'iu');
const REPRESENTS = lower(AB.represents), APPOSITION = lower(AB.apposition);
const ABS_LINK = lower(AB.links), ARTICLE = lower(AB.articles);
/** The change's size in money: one amount, as written or "about". */
const moneyAmount = (f: FigureEntity) => f.figureKind === 'money' && amount(f);
/** How many words may stand between a word of comparison and the older amount ("versus the operating loss of"). */
const LEAD_WORDS = 4;
/** The room "about" gives an amount compared, and a change's size, as a share of its value. */
const HEDGED_AMOUNT = 0.02, HEDGED_SIZE = 0.1;

/**
 * The word of an absolute change right before its size at toks[i]: "an increase of X", "a reduction of X",
 * "up X", "down X", "decreased by X", "rose X"; not negated. Undefined otherwise.
 */
function absoluteWordBefore(toks: Tok[], i: number): { dir: 'up' | 'down'; word: Tok } | undefined {
  const t1 = toks[i - 1], t2 = toks[i - 2];
  if (!t1 || t1.fig) return undefined;
  let hit: { dir: 'up' | 'down'; word: Tok; at: number } | undefined;
  if (REL_OF.has(t1.w) && t2 && !t2.fig && (UP_NOUN.has(t2.w) || DOWN_NOUN.has(t2.w))) hit = { dir: UP_NOUN.has(t2.w) ? 'up' : 'down', word: t2, at: i - 2 };
  else if (UP_AFTER.has(t1.w) || DOWN_AFTER.has(t1.w)) hit = { dir: UP_AFTER.has(t1.w) ? 'up' : 'down', word: t1, at: i - 1 };
  else if (UP.has(t1.w) || DOWN.has(t1.w)) hit = { dir: UP.has(t1.w) ? 'up' : 'down', word: t1, at: i - 1 };
  else if (BY.has(t1.w) && t2 && !t2.fig && (UP.has(t2.w) || DOWN.has(t2.w))) hit = { dir: UP.has(t2.w) ? 'up' : 'down', word: t2, at: i - 2 };
  if (!hit || isNegated(toks, hit.at)) return undefined;
  return { dir: hit.dir, word: hit.word };
}

/**
 * "a $4.5 million rise from $11.0 million": an article, the size, and right after it a noun of change that
 * no "in" or "of" follows (a part's change names what changed: "a $3.0 million decrease in rent").
 */
function absoluteNounAfter(toks: Tok[], i: number): { dir: 'up' | 'down'; word: Tok } | undefined {
  const art = toks[i - 1], noun = toks[i + 1], next = toks[i + 2];
  if (!art || art.fig || !ARTICLE.has(art.w) || !noun || noun.fig || !(UP_NOUN.has(noun.w) || DOWN_NOUN.has(noun.w))) return undefined;
  if (next && !next.fig && NOUN_OF.has(next.w)) return undefined;
  return { dir: UP_NOUN.has(noun.w) ? 'up' : 'down', word: noun };
}

/**
 * The two like amounts a clause compares, newer first: "A ... compared with B" (or "from B", "over B"), the
 * older within four words after the word of comparison; or "from B to A". `figs` are the clause's like
 * amounts without the change's size, and must be two; two lists set side by side ("respectively") are not read.
 */
function comparedPair(model: DocumentModel, text: string, s: { start: number; end: number }, inS: FigureEntity[], figs: FigureEntity[]): [FigureEntity, FigureEntity] | undefined {
  if (figs.length !== 2) return undefined;
  const [a, b] = figs;
  if (lastRespectively(text, a.end, b.start) >= 0) return undefined;
  // "A (prior year: B)", "A (2030: B)": the prior period's figure in the bracket that closes right after it
  if (PRIOR_OPEN.test(text.slice(a.end, b.start)) && /^\s?\)/.test(text.slice(b.end, b.end + 2))) return [a, b];
  // "from B to A": the origin within three words before the first, the destination right before the second
  const before = sentenceTokens(model, text, s, inS, Math.max(s.start, a.start - 40), a.start).slice(-3);
  const gap = sentenceTokens(model, text, s, inS, a.end, b.start);
  const k = lastIndex(before, t => FROM.has(t.w), 3);
  if (k >= 0 && !before.slice(k + 1).some(t => t.fig) && gap.length > 0 && TO.has(gap[gap.length - 1].w) && !text.slice(a.end, gap[gap.length - 1].start).includes(',') && !gap.some(t => t.fig && like(t.fig, a)) && gap.filter(t => !t.fig).length <= 6) return [b, a];
  // "A ... compared with B": the last word of comparison before B, at most four words (no figure) between them
  let at = -1;
  for (let x = gap.length - 1; x >= 0; x--) {
    const t = gap[x];
    if (t.fig) break;
    // ("A ..., le contrat Beta de B": a name right before a "from" that also means "of" takes B as its complement)
    if (FROM.has(t.w) && x > 0 && complementOfName(text, gap[x - 1], t)) return undefined;
    // ("A ..., as well as an operating margin of B", "un margen operativo de B": after an indefinite article opens a noun
    // phrase, a "from" that also means "of" is that noun's complement, another measure's sum, no origin)
    if (FROM_ALSO_OF.has(t.w) && gap.slice(0, x).some(g => !g.fig && ARTICLE_BEFORE_NOUN.has(g.w))) return undefined;
    if (FROM.has(t.w) || ABS_LINK.has(t.w) || (COMPARED.test(t.w) && !BY.has(t.w))) { at = x; break; }
  }
  // (the words of "compared with" end on a preposition: the comparison is read as the phrase before B)
  const phrase = COMPARED.exec(text.slice(a.end, b.start));
  const lead = at >= 0 ? gap.slice(at + 1) : phrase ? sentenceTokens(model, text, s, inS, a.end + phrase.index + phrase[0].length, b.start) : undefined;
  if (!lead || lead.length > LEAD_WORDS || lead.some(t => t.fig || t.w === ';')) return undefined;
  return [a, b];
}

/** The interval an amount stands for: its rounding, widened when it is "about". */
function hedgedSpan(model: DocumentModel, f: FigureEntity, share: number): [number, number] {
  const [lo, hi] = span(model, f);
  const v = f.value as number;
  const d = f.comparator === '~' ? Math.max((hi - lo) / 2, share * v) : (hi - lo) / 2;
  return [v - d, v + d];
}

/** A change's size in money against the amounts compared: the difference the word's way, within the rounding of the three. */
function judgeAbsolute(model: DocumentModel, dir: 'up' | 'down', word: Tok, newer: FigureEntity, older: FigureEntity, size: FigureEntity, out: CheckFinding[], claimed: Set<number>): void {
  if (claimed.has(size.start) || claimed.has(newer.start) || claimed.has(older.start)) return;
  const nv = newer.value as number, ov = older.value as number, x = size.value as number;
  if (nv <= 0 || ov <= 0 || Math.max(nv, ov) / Math.min(nv, ov) > MAX_CHANGE) return;
  const [n0, n1] = hedgedSpan(model, newer, HEDGED_AMOUNT), [o0, o1] = hedgedSpan(model, older, HEDGED_AMOUNT), [x0, x1] = hedgedSpan(model, size, HEDGED_SIZE);
  // a change past both amounts: a sign changed on the way (an expense against an income, a loss against a profit)
  if (x >= Math.max(nv, ov)) return;
  const lo = dir === 'up' ? n0 - o1 : o0 - n1, hi = dir === 'up' ? n1 - o0 : o1 - n0;
  if (x1 >= lo && x0 <= hi) return;
  claimed.add(size.start); claimed.add(newer.start); claimed.add(older.start);
  const surface = (f: FigureEntity) => model.text.slice(f.start, f.end);
  const diff = nv - ov;
  // (the difference written as the amounts are: in millions when they are, else in full)
  const inMillions = /million|mio|\bm\b/i.test(surface(newer) + surface(older));
  const fmt = (v: number) => (inMillions ? `${Number((Math.abs(v) / 1e6).toFixed(3))} million` : Number(Math.abs(v).toFixed(2)).toLocaleString('en-US'));
  out.push({
    message: `\u201c${model.text.slice(word.start, word.end)} \u2026 ${surface(size)}\u201d is not what the figures say: ${surface(older)} to ${surface(newer)} is ${diff >= 0 ? 'a rise' : 'a fall'} of ${fmt(diff)}.`,
    start: size.start, end: size.end,
    related: [older, newer].map(f => ({ start: f.start, end: f.end, message: surface(f) })),
    data: { claimed: x, from: ov, to: nv, change: diff }, fixes: [],
  });
}

/** "increased by $5 million to $20 million": a range read after a word of "by" is the size and the new amount. */
function splitSizeRanges(text: string, inS: FigureEntity[]): FigureEntity[] {
  return splitRangesAfter(text, inS, f => {
    const w = f.figureKind === 'money' ? /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, f.start - 12), f.start)) : null;
    return !!w && BY.has(w[1].toLowerCase());
  });
}

/** The end of the clause a figure stands in: the first cause ("primarily due to") or semicolon after it, else the sentence's end; -1 when a cause stands before it. */
function clauseAround(text: string, s: { start: number; end: number }, f: FigureEntity): { start: number; end: number } | undefined {
  let start = s.start, end = s.end;
  const part = text.slice(s.start, s.end);
  CAUSE.lastIndex = 0;
  for (let m = CAUSE.exec(part); m; m = CAUSE.exec(part)) {
    const at = s.start + m.index;
    if (at < f.start) return undefined;
    end = Math.min(end, at); break;
  }
  const semi = part.indexOf(';', f.end - s.start);
  if (semi >= 0) end = Math.min(end, s.start + semi);
  const semiBefore = part.lastIndexOf(';', f.start - s.start);
  if (semiBefore >= 0) start = s.start + semiBefore + 1;
  return { start, end };
}

/**
 * Changes in money stated with their size: "Revenue was $120.5 million, an increase of $22.3 million compared
 * with $98.2 million", "costs decreased by $4.0 million to $16.0 million from $20.0 million", "$109.6 million,
 * down $17.5 million from $127.1 million", "A for 2030, compared to B for 2029, an increase of X". The size is
 * the difference of the two like amounts its clause compares (the clause ends where its causes start), the
 * word's way, within the rounding of the three numbers.
 */
export function absoluteChanges(model: DocumentModel, s: { start: number; end: number }, inS0: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  if (!inS0.some(f => f.figureKind === 'money')) return;
  const text = normalizedText(model);
  const inS = splitChangeRanges(text, splitSizeRanges(text, inS0));
  const money = inS.filter(moneyAmount);
  if (money.length < 3) return;
  const toks = sentenceTokens(model, text, s, inS);
  for (let i = 0; i < toks.length; i++) {
    const x = toks[i].fig;
    if (!x || !moneyAmount(x) || claimed.has(x.start)) continue;
    const r = absoluteWordBefore(toks, i) ?? absoluteNounAfter(toks, i);
    if (!r) continue;
    const clause = clauseAround(text, s, x);
    if (!clause) continue;
    const pair = comparedPair(model, text, s, inS, money.filter(f => f !== x && like(f, x) && f.start >= clause.start && f.end <= clause.end));
    if (!pair || !apposed(text, pair, Math.min(r.word.start, x.start))) continue;
    judgeAbsolute(model, r.dir, r.word, pair[0], pair[1], x, out, claimed);
    // "an increase of $1.3 million, or 1.9 %, from $69.5 million": the size restated as a share of the older amount
    const p = inS[inS.indexOf(x) + 1];
    if (sizeShare(p) && RESTATED.test(text.slice(x.end, p.start))) judgeChange(model, { dir: r.dir, word: r.word, newer: pair[0], older: pair[1], size: p }, out, claimed);
  }
}

/**
 * Whether the change's words (starting at `at`) are said of the pair's amount: they come before both amounts
 * ("decreased by X to A from B"), or stand in apposition after the amount before them (a comma, then at most
 * a few words of apposition: ", an increase of", ", a slight increase of", ", representing an increase of",
 * ", down") or right after a copula ("A was up X from B"). ", with royalties up $3.0 million" is another
 * measure's change.
 */
function apposed(text: string, pair: [FigureEntity, FigureEntity], at: number): boolean {
  const before = pair.filter(f => f.end <= at).sort((a, b) => b.end - a.end)[0];
  if (!before) return true;
  const gap = text.slice(before.end, at);
  const comma = gap.lastIndexOf(',');
  const words = gap.slice(comma + 1).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (comma < 0) return words.length === 1 && COPULA.has(words[0]);
  return words.length <= 3 && words.every(w => APPOSITION.has(w));
}

/** Between a pair and the size that restates its change: a comma, then "or" ("..., or 30 %"). */
const RESTATED_COMMA = new RegExp(`^\\s*,\\s*(?:${wordsPattern(words.absoluteChanges.restated)})\\s*$`, 'iu');
/** Between a change's size in money and the same change in percent: "or", a comma. */
const RESTATED = new RegExp(`^\\s*,?\\s*(?:${wordsPattern(AB.restated)})\\s*$`, 'iu');

/**
 * "Revenue was $12.5 million, compared to $21.8 million a year earlier, a decrease of 43 %", "... compared to $632
 * million in 2029, representing a 31 % increase": a relative change named after the two like amounts its clause
 * compares (comparedPair), with its noun right after it or "a noun of" before it, is their relative change the
 * noun's way (for two percentages, also their difference in points). The percentage is the clause's only one after the pair.
 */
export function relativeAfterComparedPair(model: DocumentModel, s: { start: number; end: number }, inS0: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  if (!inS0.some(sizeShare)) return;
  const text = normalizedText(model);
  const inS = splitChangeRanges(text, inS0);
  const toks = sentenceTokens(model, text, s, inS);
  for (let i = 0; i < toks.length; i++) {
    const p = toks[i].fig;
    if (!p || !sizeShare(p) || claimed.has(p.start)) continue;
    const next = toks[i + 1], b1 = toks[i - 1], b2 = toks[i - 2];
    let word: Tok | undefined;
    if (next && !next.fig && (UP_NOUN.has(next.w) || DOWN_NOUN.has(next.w))) word = next;
    else if (b1 && !b1.fig && REL_OF.has(b1.w) && b2 && !b2.fig && (UP_NOUN.has(b2.w) || DOWN_NOUN.has(b2.w))) word = b2;
    // "Revenue totaled A versus B, up 60 %": the adverb of change right before the size
    else if (b1 && !b1.fig && (UP_AFTER.has(b1.w) || DOWN_AFTER.has(b1.w)) && b2 && b2.fig) word = b1;
    // "Revenue was A versus B a year ago, up 30 %": B's period between it and the comma (apposed() reads the comma)
    else if (b1 && !b1.fig && (UP_AFTER.has(b1.w) || DOWN_AFTER.has(b1.w)) && b2 && text.slice(b2.end, b1.start).includes(',') && !text.slice(b2.end, b1.start).includes(';')) word = b1;
    if (!word || isNegated(toks, toks.indexOf(word))) continue;
    // a standard after it ("a 40 % increase from $117 million") is relativeToStandard's
    const after = toks[word === next ? i + 2 : i + 1];
    if (after && !after.fig && (REL_LINK.has(after.w) || NOUN_OF.has(after.w))) continue;
    const clause = clauseAround(text, s, p);
    if (!clause) continue;
    const before = inS.filter(f => f.end <= p.start && f.start >= clause.start);
    const kinds = before.filter(f => amount(f) && f.figureKind !== 'percent');
    const last = kinds[kinds.length - 1];
    if (!last) continue;
    const pair = comparedPair(model, text, s, inS, kinds.filter(f => like(f, last)));
    if (!pair || inS.some(f => f !== p && f.start > pair[1].end && f.end <= clause.end && sizeShare(f)) || !apposed(text, pair, Math.min(word.start, p.start))) continue;
    judgeChange(model, { dir: UP_NOUN.has(word.w) || UP_AFTER.has(word.w) ? 'up' : 'down', word, newer: pair[0], older: pair[1], size: p }, out, claimed);
  }
}

/**
 * "Costs were $6.0 million, compared with $4.0 million. The increase of $3.0 million reflects ..." (or "The $3.0
 * million increase in costs"): a sentence opening on a determiner and a change's size in money names the one
 * comparison of two like amounts the sentence before makes (in its clause before any cause); after "in", the
 * first word must be one that sentence uses before its amounts.
 */
export function absoluteChangeNamedAfter(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], prev: { start: number; end: number } | undefined, prevFigs: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  if (!prev || !inS.some(moneyAmount)) return;
  const text = normalizedText(model);
  const head = sentenceTokens(model, text, s, inS, s.start, Math.min(s.end, s.start + 80));
  if (head.length < 3 || head[0].fig || !DETERMINER.has(head[0].w)) return;
  let x: FigureEntity | undefined, word: Tok | undefined, next: number;
  // "This represents an increase of $3.0 million", "This was a $3.0 million increase": the pronoun, its verb and an article first
  const k = head.length > 4 && !head[1].fig && REPRESENTS.has(head[1].w) && !head[2].fig && ARTICLE.has(head[2].w) ? 3 : 1;
  const h = (i: number) => head[k - 1 + i];
  if (h(1)?.fig && moneyAmount(h(1).fig!) && h(2) && !h(2).fig && (UP_NOUN.has(h(2).w) || DOWN_NOUN.has(h(2).w))) { x = h(1).fig; word = h(2); next = k + 2; }
  else if (h(1) && !h(1).fig && (UP_NOUN.has(h(1).w) || DOWN_NOUN.has(h(1).w)) && h(2) && REL_OF.has(h(2).w) && h(3)?.fig && moneyAmount(h(3).fig!)) { x = h(3).fig; word = h(1); next = k + 3; }
  else return;
  if (!x || !word || claimed.has(x.start)) return;
  const money = prevFigs.filter(f => moneyAmount(f) && like(f, x!));
  if (money.length < 2) return;
  const clause = clauseAround(text, prev, money[0]);
  if (!clause) return;
  const pair = comparedPair(model, text, prev, prevFigs, money.filter(f => f.end <= clause.end));
  if (!pair) return;
  // "the increase in expenses": the first word of what changed is one the sentence before says ahead of its amounts
  const t = head[next];
  if (t && !t.fig && NOUN_OF.has(t.w)) {
    const topic = head.slice(next + 1).find(h => !h.fig && !DETERMINER.has(h.w));
    const lead = new Set(tokens(text, prev.start, pair[0].start, []).map(h => h.w));
    if (!topic || !lead.has(topic.w)) return;
  }
  judgeAbsolute(model, UP_NOUN.has(word.w) ? 'up' : 'down', word, pair[0], pair[1], x, out, claimed);
}

/** "B1 and B2 for 2029, respectively, increases of": the second list's "respectively", a comma, then at most three words. */
function afterRespectively(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  const comma = gap.lastIndexOf(',');
  if (comma < 0 || gap.includes(';') || lastRespectively(text, from, from + comma) < 0) return false;
  return gap.slice(comma + 1).split(/[^\p{L}]+/u).filter(Boolean).length <= 3;
}

/** Between two amounts of one list: "and", a comma, "&" (a list of two or more amounts set side by side). */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$/;
/** A noun of change, singular or plural ("increases of 10 % and 12 %"). */
const changeNoun = (w: string): 'up' | 'down' | undefined => {
  const v = UP_NOUN.has(w) || REL_UP.has(w) ? w : w.endsWith('s') && (UP_NOUN.has(w.slice(0, -1)) || REL_UP.has(w.slice(0, -1))) ? w.slice(0, -1) : undefined;
  if (v) return 'up';
  const d = DOWN_NOUN.has(w) || REL_DOWN.has(w) || (w.endsWith('s') && (DOWN_NOUN.has(w.slice(0, -1)) || REL_DOWN.has(w.slice(0, -1))));
  return d ? 'down' : undefined;
};

/** The runs of two or more like figures joined by "and" or commas, each figure passing `ok`, in order. */
function listsIn(text: string, figs: FigureEntity[], ok: (f: FigureEntity) => boolean): FigureEntity[][] {
  const out: FigureEntity[][] = [];
  let run: FigureEntity[] = [];
  for (let fI = 0, figs_ = figs; fI < figs_.length; fI++) { const f = figs_[fI];
    const last = run[run.length - 1];
    if (ok(f) && last && like(last, f) && LIST_JOIN.test(text.slice(last.end, f.start))) { run.push(f); continue; }
    if (run.length >= 2) out.push(run);
    run = ok(f) ? [f] : [];
  }
  if (run.length >= 2) out.push(run);
  return out;
}

/**
 * Two lists set side by side by "respectively": "revenues decreased to $9.7 million and $18.8 million for the
 * quarter and the half, respectively, from $7.2 million and $14.2 million", "... were A1 and A2 ..., respectively,
 * compared to B1 and B2 ..., increases of 10 % and 12 %, respectively". The n-th amount of the first list is
 * compared with the n-th of the second (after "from" or "compared to", at most four words before it); the
 * direction is the verb's before "to" and the first list, or "up"/"down" before "from", or the noun of the list
 * of sizes after the second list, whose n-th percentage is the n-th change. Each pair is judged as one change is.
 */
export function respectivelyChanges(model: DocumentModel, s: { start: number; end: number }, inS0: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  if (inS0.length < 4) return;
  const text = normalizedText(model);
  const resp = lastRespectively(text, s.start, s.end);
  if (resp < 0) return;
  const inS = splitChangeRanges(text, inS0);
  const lists = listsIn(text, inS, f => amount(f) && f.figureKind !== 'percent');
  for (let a = 0; a + 1 < lists.length; a++) {
    const A = lists[a], B = lists[a + 1];
    if (A.length !== B.length || !like(A[0], B[0])) continue;
    // "respectively" after the first list, before the second
    if (lastRespectively(text, A[A.length - 1].end, B[0].start) < 0) continue;
    const gap = sentenceTokens(model, text, s, inS, A[A.length - 1].end, B[0].start);
    if (gap.some(t => t.w === ';' || (t.fig && (t.fig.figureKind === 'money' || t.fig.figureKind === 'percent' || t.fig.figureKind === 'count')))) continue;
    // the word of comparison, at most four words before the second list
    let at = -1;
    for (let x = gap.length - 1; x >= Math.max(0, gap.length - 5); x--) if (!gap[x].fig && (FROM.has(gap[x].w) || COMPARED.test(gap[x].w) || ABS_LINK.has(gap[x].w))) { at = x; break; }
    const phrase = COMPARED.exec(text.slice(A[A.length - 1].end, B[0].start));
    if (at < 0 && !phrase) continue;
    if (at < 0 && sentenceTokens(model, text, s, inS, A[A.length - 1].end + phrase!.index + phrase![0].length, B[0].start).length > LEAD_WORDS) continue;
    const clause = clauseAround(text, s, B[B.length - 1]);
    if (!clause || A[0].start < clause.start) continue;
    // the direction: "decreased to" before the first list; "up from" before the second; nouns of the sizes after it
    let dir: 'up' | 'down' | undefined, word: Tok | undefined;
    const lead = sentenceTokens(model, text, s, inS, Math.max(clause.start, A[0].start - 60), A[0].start);
    const l1 = lead[lead.length - 1], l2 = lead[lead.length - 2];
    if (l1 && l2 && !l1.fig && !l2.fig && TO.has(l1.w) && (UP.has(l2.w) || DOWN.has(l2.w)) && !isNegated(lead, lead.length - 2)) { dir = UP.has(l2.w) ? 'up' : 'down'; word = l2; }
    if (at > 0 && FROM.has(gap[at].w) && !gap[at - 1].fig && (UP_AFTER.has(gap[at - 1].w) || DOWN_AFTER.has(gap[at - 1].w))) {
      const d = UP_AFTER.has(gap[at - 1].w) ? 'up' : 'down';
      if (dir && d !== dir) continue;
      dir = d; word = gap[at - 1];
    }
    // the sizes: a list of as many percentages after the second list, with a noun of change right before or after them
    const rest = inS.filter(f => f.start > B[B.length - 1].end && f.end <= clause.end);
    const sizes = listsIn(text, rest, sizeShare).find(l => l.length === A.length);
    let sizeWord: Tok | undefined, sizeDir: 'up' | 'down' | undefined;
    if (sizes) {
      const around = sentenceTokens(model, text, s, inS, Math.max(B[B.length - 1].end, sizes[0].start - 30), sizes[0].start);
      const after = sentenceTokens(model, text, s, inS, sizes[sizes.length - 1].end, Math.min(clause.end, sizes[sizes.length - 1].end + 30));
      const n1 = around[around.length - 1], n2 = around[around.length - 2];
      if (n1 && n2 && REL_OF.has(n1.w) && changeNoun(n2.w)) { sizeWord = n2; sizeDir = changeNoun(n2.w); }
      else if (after[0] && !after[0].fig && changeNoun(after[0].w)) { sizeWord = after[0]; sizeDir = changeNoun(after[0].w); }
      // only the list's own apposition: no other words between the second list and the sizes but a period's and "respectively"
      if (sizeWord && !apposed(text, [B[0], B[B.length - 1]], Math.min(sizeWord.start, sizes[0].start)) && !afterRespectively(text, B[B.length - 1].end, Math.min(sizeWord.start, sizes[0].start))) sizeWord = undefined;
    }
    if (sizeWord && sizeDir) {
      if (dir && sizeDir !== dir) continue;
      if (!dir) { dir = sizeDir; word = sizeWord; }
    }
    if (!dir || !word) continue;
    for (let n = 0; n < A.length; n++) {
      judgeChange(model, { dir, word, newer: A[n], older: B[n], size: sizeWord && sizes ? sizes[n] : undefined }, out, claimed);
    }
  }
}

/** Words that may stand between the destination word and the new amount ("to close at $22.69", "auf insgesamt 10 Mio. Euro"). */
const DESTINATION_WORDS = 2;

/**
 * A change stated by its size twice, in money (or a count) and as a share, then its destination:
 * "increased $2.0 million, or 25 %, to $10.0 million", "fell 20 %, or $2.0 million, to $8.0 million",
 * "stieg um 2,0 Mio. Euro oder 25 % auf 10,0 Mio. Euro". The older amount is the newer less the size
 * (plus it, for a fall), so the share is the size over that: both are judged together within the rounding
 * of the three written figures. Only a clause in that order, with nothing but commas between its parts; or the new
 * amount first, then its change in apposition: "revenue was $10.0 million, up $2.0 million, or 25 %".
 */
export function sizesToDestination(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  if (inS.length < 3 || !inS.some(sizeShare)) return;
  const text = normalizedText(model);
  const toks = sentenceTokens(model, text, s, inS);
  const onlyComma = (a: number, b: number) => b >= a && /^\s*,?\s*$/.test(text.slice(a, b));
  /** The two sizes from toks[j]: X, "or", P (either order, commas only between), as [share, size, index after them]. */
  const sizesAt = (j: number): [FigureEntity, FigureEntity, number] | undefined => {
    const a = toks[j], or = toks[j + 1], b = toks[j + 2];
    if (!a?.fig || !or || or.fig || !RESTATED_WORD.has(or.w) || !b?.fig) return undefined;
    if (!onlyComma(a.end, or.start) || !onlyComma(or.end, b.start)) return undefined;
    const [share, size] = sizeShare(a.fig) ? [a.fig, b.fig] : [b.fig, a.fig];
    return sizeShare(share) && amount(size) && size.figureKind !== 'percent' ? [share, size, j + 3] : undefined;
  };
  for (let i = 0; i + 3 < toks.length; i++) {
    const w = toks[i];
    if (w.fig) continue;
    const dir: 'up' | 'down' | undefined = UP.has(w.w) || UP_AFTER.has(w.w) ? 'up' : DOWN.has(w.w) || DOWN_AFTER.has(w.w) ? 'down' : undefined;
    if (!dir || isNegated(toks, i)) continue;
    const sizes = sizesAt(i + 1) ?? (toks[i + 1] && !toks[i + 1].fig && BY.has(toks[i + 1].w) ? sizesAt(i + 2) : undefined);
    if (!sizes) continue;
    const [share, size, k] = sizes;
    // "increased $2.0 million, or 25 %, to $10.0 million": the destination right after the sizes, past a comma, then at
    // most two words before the new amount
    if (toks[k] && !toks[k].fig && TO.has(toks[k].w) && onlyComma((k > 0 ? toks[k - 1] : w).end, toks[k].start)) {
      let n = k + 1;
      while (n < toks.length && !toks[n].fig && n - k - 1 < DESTINATION_WORDS) n++;
      const newer = toks[n]?.fig;
      if (newer && !/[;()]/.test(text.slice(toks[k].end, newer.start))) judgeSizes(model, dir, size, share, newer, out, claimed);
      continue;
    }
    // "revenue was $10.0 million, up $2.0 million, or 25 %": the new amount right before, a comma, the word of change;
    // no older amount after the sizes (one named there is the change's origin, which the readers of "from B" judge)
    const prev = toks[i - 1];
    if (!UP_AFTER.has(w.w) && !DOWN_AFTER.has(w.w)) continue;
    if (!prev?.fig || !/^\s*,\s*$/.test(text.slice(prev.end, w.start))) continue;
    if (toks.slice(k, k + 5).some(t => t.fig && like(t.fig, prev.fig!))) continue;
    judgeSizes(model, dir, size, share, prev.fig, out, claimed);
  }
}

/** A change's size in money (or a count) and as a share, with its new amount: the share must be the size over the older amount. */
function judgeSizes(model: DocumentModel, dir: 'up' | 'down', size: FigureEntity, share: FigureEntity, newer: FigureEntity, out: CheckFinding[], claimed: Set<number>): void {
  if (!amount(newer) || !like(newer, size) || claimed.has(newer.start) || claimed.has(share.start)) return;
  const [x0, x1] = span(model, size), [a0, a1] = span(model, newer);
  const hedge = (f: FigureEntity, v: number) => (f.comparator === '~' ? HEDGED_AMOUNT * v : 0);
  const xl = x0 - hedge(size, x0), xh = x1 + hedge(size, x1), al = a0 - hedge(newer, a0), ah = a1 + hedge(newer, a1);
  // the older amount each rounding allows: positive, or the share says nothing
  const [ol, oh] = dir === 'up' ? [al - xh, ah - xl] : [al + xl, ah + xh];
  if (ol <= 0 || xl <= 0) return;
  const lo = 100 * xl / oh, hi = 100 * xh / ol;
  const p = share.value as number;
  const dp = 0.5 * 10 ** -decimalsOf(model.text.slice(share.start, share.end));
  const room = 0.5 + (share.comparator === '~' ? Math.max(HEDGE_ROOM.points, HEDGE_ROOM.share * p) : 0);
  if (p + dp >= lo - room && p - dp <= hi + room) return;
  claimed.add(newer.start); claimed.add(share.start);
  const nv = newer.value as number, xv = size.value as number, ov = dir === 'up' ? nv - xv : nv + xv;
  const change = 100 * xv / ov;
  const surface = (f: FigureEntity) => model.text.slice(f.start, f.end);
  out.push({
    message: `\u201c${surface(share)}\u201d is not what the figures say: ${dir === 'up' ? 'a rise' : 'a fall'} of ${surface(size)} to ${surface(newer)} is a change of ${dir === 'up' ? '+' : '\u2212'}${change.toFixed(1)} %.`,
    start: share.start, end: share.end,
    related: [size, newer].map(f => ({ start: f.start, end: f.end, message: surface(f) })),
    data: { claimed: p, size: xv, to: nv, change: Number(change.toFixed(2)) }, fixes: [],
  });
}
const RESTATED_WORD = lower(AB.restated);

/** Words that date a figure to the period before (English prior-year, German Vorjahr, French année précédente): comparisons.json changes.priorSentence. */
const PRIOR_SENTENCE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(C.priorSentence)})(?![\\p{L}])`, 'iu');
/** A prior period's figure that was expected, not reported ("Last year's guidance was $52.2 million"): comparisons.json changes.notAPriorValue. */
const NOT_A_PRIOR_VALUE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(C.notAPriorValue)})(?![\\p{L}])`, 'iu');
/** An amount of money or a count that a change may move between, dated or not: a single number, no bound. */
const periodAmount = (f: FigureEntity | undefined): f is FigureEntity => !!f && (f.figureKind === 'money' || f.figureKind === 'count')
  && typeof f.value === 'number' && f.value > 0 && (!f.comparator || f.comparator === '~');
/**
 * A change stated with its size and its new figure, whose old figure the next sentence states alone:
 * "Revenue rose 28 % to $61.8 million. In the prior-year quarter, revenue was $48.3 million.",
 * "Der Umsatz stieg um 28 % auf 61,8 Mio. Euro. Im Vorjahr waren es 48,3 Mio. Euro.", "Revenue was $61.8
 * million, up 28 % year over year. A year earlier it was $48.3 million." The claim's sentence states one amount
 * of its kind and unit, after a word of change with its size ("rose 28 % to", "um 28 % auf ... zurück") or before
 * one in apposition (", up 28 %", ", a 28 % increase"). The next sentence (the same paragraph or the next
 * one's first) states exactly one like amount on the same scale, dates it to the period before, states no size
 * and no word of change of its own, and names no measure other than the claim's.
 */
export function priorInNextSentence(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], next: { start: number; end: number } | undefined, nextFigs: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  if (!next) return;
  const text = normalizedText(model);
  const ofSize = (f: FigureEntity) => sizeShare(f) || multiple(f) || sizeInPoints(f);
  for (let f1I = 0, inS_ = inS; f1I < inS_.length; f1I++) { const f1 = inS_[f1I];
    if (!periodAmount(f1) || claimed.has(f1.start)) continue;
    if (inS.some(f => f !== f1 && like(f, f1))) return;
    const before = sentenceTokens(model, text, s, inS, Math.max(s.start, f1.start - 160), f1.start);
    const after = sentenceTokens(model, text, s, inS, f1.end, s.end);
    let r: { dir: Dir; word: Tok; size?: FigureEntity } | undefined;
    const dest = before[before.length - 1];
    if (dest && TO.has(dest.w)) {
      // "rose 28 % to A"; "ging um 45 Prozent auf A zurück": a separable verb's particle right after A
      const particle = after[0] && !after[0].fig && after[0].start - f1.end <= 2 ? SEPARABLE.get(after[0].w) : undefined;
      r = particle ? wordOfChangeBefore(before, before.length - 1, w => particle.get(w), true) : directionBefore(before, before.length - 1);
      if (r && !particle && after.length && after[0].start - f1.end <= 2 && SEPARABLE.has(after[0].w)) r = undefined;
    } else if (after.length >= 2 && /^\s*,\s*$/.test(text.slice(f1.end, after[0].start))) {
      // "A, up 28 % (year over year)"; "A, a 28 % increase"
      const [w0, w1, w2] = after;
      if ((UP_AFTER.has(w0.w) || DOWN_AFTER.has(w0.w)) && !w0.fig) {
        const sz = w1.fig ? w1 : BY.has(w1.w) ? w2 : undefined;
        if (sz?.fig && sizeShare(sz.fig)) r = { dir: UP_AFTER.has(w0.w) ? 'up' : 'down', word: w0, size: sz.fig };
      } else if (ARTICLE_BEFORE_NOUN.has(w0.w) && w1.fig && sizeShare(w1.fig) && w2 && !w2.fig && (UP_NOUN.has(w2.w) || DOWN_NOUN.has(w2.w))) {
        r = { dir: UP_NOUN.has(w2.w) ? 'up' : 'down', word: w2, size: w1.fig };
      }
    }
    if (!r || !r.size || (r.dir !== 'up' && r.dir !== 'down')) continue;
    // the rest of the claim's sentence states no other figure of its size ("..., and costs fell 10 %")
    if (inS.some(f => f !== r!.size && f !== f1 && ofSize(f))) return;
    const olds = nextFigs.filter(f => like(f, f1));
    if (olds.length !== 1 || !periodAmount(olds[0]) || !sameScale(model, f1, olds[0]) || nextFigs.some(ofSize)) return;
    const g = olds[0];
    const nextText = text.slice(next.start, next.end);
    if (!PRIOR_SENTENCE.test(nextText) || NOT_A_PRIOR_VALUE.test(nextText)) return;
    const nextToks = sentenceTokens(model, text, next, nextFigs);
    if (nextToks.some(t => !t.fig && (direction(t.w) || UP_AFTER.has(t.w) || DOWN_AFTER.has(t.w)))) return;
    // the two sentences speak of one measure: the next names none, or the claim's
    const theirs = measureBefore(nextToks, nextToks.length);
    const ours = measureBefore(sentenceTokens(model, text, s, inS, s.start, f1.start), MEASURE_REACH * 2);
    if (theirs && theirs !== ours) return;
    judgeChange(model, { dir: r.dir, word: r.word, newer: f1, older: g, size: r.size }, out, claimed);
    return;
  }
}

/** "(prior year: ", "(Vj.: ", "(2030: ", "(": the bracket that opens the prior period's figure, its label perhaps abbreviated with a dot. */
const PRIOR_OPEN = new RegExp(`^\\s?\\(\\s*(?:(?:${wordsPattern(C.priorPeriod)}|${PERIOD_OF_YEAR})\\.?\\s*[:=]?)?\\s*$`, 'iu');
/** Between the sign's share and the prior figure: the bracket or comma closed, then a word of comparison or a prior bracket. */
const AFTER_SIGNED = new RegExp(`^\\s*\\)?\\s*,?\\s*(?:(?:${wordsPattern(C.compared)})(?:\\s+(?:${wordsPattern(C.determiners)}))?\\s*$|\\(\\s*(?:(?:${wordsPattern(C.priorPeriod)}|${PERIOD_OF_YEAR})\\.?\\s*[:=]?)?\\s*$)`, 'iu');
/**
 * A change written as a signed share beside the two amounts it is between: "$61.8 million (+28 %) compared with
 * $52.2 million", "61,8 Mio. Euro (Vorjahr: 52,2 Mio. Euro), +28 %", "61,8 Mio. EUR (Vj.: 52,2 Mio. EUR; +28 %)",
 * "61,8 MSEK (52,2), \u221215 %". The sign is the direction, the share the size; the new amount comes first and the
 * old right after it (compared, or in the prior period's bracket), the share right after the new amount, after the
 * old one's bracket, or closing that bracket. Amounts of money or counts of one kind, unit and scale.
 */
export function signedChanges(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  const text = normalizedText(model);
  // (a year in the prior period's bracket labels it: "(2030: B)")
  inS = inS.filter(f => f.figureKind !== 'date');
  for (let i = 0; i < inS.length; i++) {
    const p = inS[i];
    if (p.figureKind !== 'percent' || p.unit !== '%' || typeof p.value !== 'number' || p.comparator || claimed.has(p.start)) continue;
    const minus = p.value < 0 && /^[-\u2212\u2013]/.test(text.slice(p.start, p.start + 1));
    const plus = !minus && /\+\s?$/.test(text.slice(Math.max(s.start, p.start - 2), p.start));
    if (!minus && !plus) continue;
    const signAt = minus ? p.start : text.lastIndexOf('+', p.start);
    const before = text.slice(Math.max(s.start, signAt - 1), signAt);
    if (/[\p{L}\p{N}]/u.test(before)) continue;
    const dir: 'up' | 'down' = plus ? 'up' : 'down';
    const a = inS[i - 1], b = inS[i + 1], a0 = inS[i - 2];
    let newer: FigureEntity | undefined, older: FigureEntity | undefined;
    // A (+28 %) compared with B; A, +28 %, compared with B; A (+28 %) (prior year: B)
    if (a && b && periodAmount(a) && periodAmount(b) && like(a, b) && /^\s?[(,]?\s*$/.test(text.slice(a.end, signAt)) && AFTER_SIGNED.test(text.slice(p.end, b.start))) [newer, older] = [a, b];
    // A (prior year: B), +28 %; A (Vj.: B; +28 %)
    else if (a && a0 && periodAmount(a) && periodAmount(a0) && like(a, a0) && PRIOR_OPEN.test(text.slice(a0.end, a.start))
      && (/^\s?\)\s*,?\s*$/.test(text.slice(a.end, signAt)) || (/^\s*[;,]\s*$/.test(text.slice(a.end, signAt)) && /^\s*\)/.test(text.slice(p.end, p.end + 3))))) [newer, older] = [a0, a];
    if (!newer || !older || !sameScale(model, newer, older) || claimed.has(newer.start) || claimed.has(older.start)) continue;
    const size: FigureEntity = { ...p, value: Math.abs(p.value) };
    judgeChange(model, { dir, word: { w: text.slice(signAt, p.end), start: signAt, end: p.end }, newer, older, size }, out, claimed);
  }
}

/** Words that open a sentence speaking of the one before ("This", "Das", "Cela"): comparisons.json changes.demonstratives. */
const DEMONSTRATIVE = lower(C.demonstratives);
/**
 * A relative change stated by a sentence that opens on a demonstrative and states no amount of its own, of the
 * two like amounts the sentence before compares: "Revenue was $61.8 million compared with $48.3 million. This
 * represents an increase of 28 %.", "Der Umsatz stieg auf 61,8 Mio. Euro (Vorjahr: 48,3 Mio. Euro). Dies entspricht
 * einem Anstieg um 28 %." The size is the sentence's one share, with its noun of change right after it or before
 * it with its "of"; the pair is the sentence before's only two amounts of one kind and unit (comparedPair), in the
 * same paragraph.
 */
export function demonstrativeChange(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], prev: { start: number; end: number } | undefined, prevFigs: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  if (!prev || inS.length !== 1 || !sizeShare(inS[0]) || claimed.has(inS[0].start)) return;
  const text = normalizedText(model);
  const toks = sentenceTokens(model, text, s, inS);
  if (!toks.length || !DEMONSTRATIVE.has(toks[0].w)) return;
  const i = toks.findIndex(t => t.fig === inS[0]);
  const next = toks[i + 1], b1 = toks[i - 1], b2 = toks[i - 2];
  let word: Tok | undefined;
  if (next && !next.fig && (UP_NOUN.has(next.w) || DOWN_NOUN.has(next.w))) word = next;
  else if (b1 && REL_OF.has(b1.w) && b2 && (UP_NOUN.has(b2.w) || DOWN_NOUN.has(b2.w))) word = b2;
  if (!word || isNegated(toks, toks.indexOf(word))) return;
  const amounts = prevFigs.filter(f => amount(f) && f.figureKind !== 'percent');
  if (amounts.length !== 2 || !like(amounts[0], amounts[1]) || !sameScale(model, amounts[0], amounts[1])) return;
  if (prevFigs.some(f => sizeShare(f) || multiple(f))) return;
  const pair = comparedPair(model, text, prev, prevFigs, amounts);
  if (!pair) return;
  judgeChange(model, { dir: UP_NOUN.has(word.w) ? 'up' : 'down', word, newer: pair[0], older: pair[1], size: inS[0] }, out, claimed);
}

/**
 * A change whose new amount the sentence before states, its measure named again as the change's subject: "Product
 * revenue was $41 million and other revenue $7 million. Product revenue grew 31 % from $31 million a year earlier."
 * The sentence states a share with a verb of change right before it ("grew", "rose by") and, right after, a word of
 * origin and the old amount, no like amount before the share; the new amount is the one like amount of the sentence
 * before whose name the words before the verb repeat (namedAgain), in the same paragraph.
 */
export function changeFromNamedBefore(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], prev: { start: number; end: number } | undefined, prevFigs: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  if (!prev || paragraphIndexAt(model, prev.start) !== paragraphIndexAt(model, s.start)) return;
  const text = normalizedText(model);
  for (let i = 0; i + 1 < inS.length; i++) {
    const p = inS[i], older = inS[i + 1];
    if (!sizeShare(p) || claimed.has(p.start) || !amount(older) || older.figureKind === 'percent' || older.comparator) continue;
    if (inS.slice(0, i).some(f => like(f, older))) continue;
    const gap = sentenceTokens(model, text, s, inS, p.end, older.start);
    if (gap.length !== 1 || !FROM.has(gap[0].w)) continue;
    const before = sentenceTokens(model, text, s, inS, s.start, p.start);
    // the verb right before the share, or before its "by"
    const k = before.length > 0 && BY.has(before[before.length - 1].w) ? before.length - 2 : before.length - 1;
    const word = before[k];
    const dir = word && !word.fig ? direction(word.w) : undefined;
    if (!word || (dir !== 'up' && dir !== 'down') || isNegated(before, k)) continue;
    const newer = namedAgain(text, prevFigs.filter(f => amount(f) && like(f, older) && !f.comparator), text.slice(s.start, word.start));
    if (!newer) continue;
    judgeChange(model, { dir, word, newer, older, size: p }, out, claimed);
  }
}

/** Languages written without spaces: the word of change right after the share ("28%増"), the words that mark the prior period's figure ("前年同期は"): comparisons.json changes.unspaced. */
const U = C.unspaced;
const UNSPACED_CHANGE = new RegExp(`^\\s?(?:(${wordsPattern(U.up)})|(${wordsPattern(U.down)}))`, 'u');
const UNSPACED_PRIOR = new RegExp(`(?:${wordsPattern(U.prior)})[\\s:\uff1a\u3001]*$`, 'u');
/**
 * A change in a language written without spaces: the share with its word of change right after it ("前年同期比28%増の
 * 61.8億円"), the new amount right after that ("の") or right before the share's bracket ("61.8億円（前年同期比28%増）"), and
 * the prior period's amount, marked as such right before it ("（前年同期は52.2億円）"), after the new one in its sentence
 * or the next.
 */
export function unspacedChanges(model: DocumentModel, _s: { start: number; end: number }, inS: FigureEntity[], nextFigs: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  const text = normalizedText(model);
  for (let i = 0; i < inS.length; i++) {
    const p = inS[i];
    if (!sizeShare(p) || claimed.has(p.start)) continue;
    const m = UNSPACED_CHANGE.exec(text.slice(p.end, p.end + 6));
    if (!m) continue;
    const dir: 'up' | 'down' = m[1] ? 'up' : 'down';
    const after = inS[i + 1], before = inS[i - 1];
    let newer: FigureEntity | undefined;
    // "28%増の A": A within three characters after the word of change; "A（前年同期比28%増）": A right before the bracket
    if (after && periodAmount(after) && after.start - (p.end + m[0].length) <= 3 && !/[\d\u3002]/.test(text.slice(p.end + m[0].length, after.start))) newer = after;
    else if (before && periodAmount(before) && /^\s?[(\uff08][^()\uff08\uff09\d]{0,8}$/.test(text.slice(before.end, p.start))) newer = before;
    if (!newer) continue;
    const older = [...inS, ...nextFigs].find(f => f.start > Math.max(newer!.end, p.end) && periodAmount(f) && like(f, newer!) && UNSPACED_PRIOR.test(text.slice(Math.max(0, f.start - 12), f.start)));
    if (!older || !sameScale(model, newer, older)) continue;
    judgeChange(model, { dir, word: { w: m[0].trim(), start: p.end, end: p.end + m[0].length }, newer, older, size: p }, out, claimed);
  }
}

/** Right after a level, a comma and the word of its change, then the size: "$48.6 million, up 32 %" (comparisons.json upAfter and downAfter). */
const LEVEL_THEN_SIZE = new RegExp(`^\\s?,\\s?(${wordsPattern([...C.upAfter, ...C.downAfter])})\\s$`, 'iu');
/** After the size: nothing but words of the year before, no figure ("year over year", "from the prior-year quarter"). */
const SIZE_TAIL = /^[^\d$€£¥;:()]{0,40}$/u;
/**
 * "Total revenue of $48.6 million, up 32 % year over year" in a summary, and the text's "total revenue ... was $48.6
 * million, compared to $36.8 million": a level stated with the size of its change but not the figure it changed from,
 * whose level the document states once elsewhere, the same amount compared with another of its unit (claims.ts
 * comparedWith): the size is the change from that one. Reported when it is not, beyond the rounding of all three.
 */
export function sizeOfLevelAgainstItsComparison(model: DocumentModel, bySentence: FigureEntity[][], claimed: Set<number>): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  let compared: { level: FigureEntity; older: FigureEntity }[] | undefined;
  for (let si = 0; si < bySentence.length; si++) {
    const inS = bySentence[si].filter(f => f.figureKind !== 'date');
    if (inS.length !== 2) continue;
    const [level, size] = inS;
    if (level.figureKind !== 'money' || typeof level.value !== 'number' || level.comparator || size.figureKind !== 'percent' || typeof size.value !== 'number' || claimed.has(size.start)) continue;
    const word = LEVEL_THEN_SIZE.exec(text.slice(level.end, size.start));
    if (!word || !SIZE_TAIL.test(text.slice(size.end, model.sentences[si].end))) continue;
    compared ??= claimsOf(model).filter(c => c.comparedWith && c.figure.figureKind === 'money' && c.comparedWith.figureKind === 'money' && c.comparedWith.unit === c.figure.unit)
      .map(c => ({ level: c.figure, older: c.comparedWith! }));
    const [l0, l1] = span(model, level);
    const same = compared.filter(c => c.level.unit === level.unit && sentenceIndexAt(model, c.level.start) !== si && typeof c.level.value === 'number' && c.level.value >= l0 && c.level.value <= l1);
    if (same.length !== 1 || typeof same[0].older.value !== 'number' || same[0].older.value <= 0) continue;
    const { level: newer, older } = same[0];
    const range = relativeRange(model, newer, older);
    if (!range) continue;
    const up = UP_AFTER.has(word[1].toLowerCase());
    const [lo, hi] = up ? range : [-range[1], -range[0]];
    const d = roundingRoom(model.text.slice(size.start, size.end), size.value);
    if (size.value + d >= lo && size.value - d <= hi) continue;
    const actual = 100 * ((newer.value as number) - (older.value as number)) / (older.value as number);
    claimed.add(size.start);
    out.push({
      message: `\u201c${word[1]} ${model.text.slice(size.start, size.end)}\u201d does not fit ${model.text.slice(newer.start, newer.end)} against ${model.text.slice(older.start, older.end)} stated elsewhere: a change of ${actual >= 0 ? '+' : ''}${actual.toFixed(1)} %.`,
      start: size.start, end: size.end,
      related: [{ start: newer.start, end: newer.end, message: 'the level, stated with what it is compared with' }, { start: older.start, end: older.end, message: 'the figure it changed from' }],
      data: { claimed: size.value, actual: Number(actual.toFixed(3)) }, fixes: [],
    });
  }
  return out;
}


const GO = words.gainsOver;
/** A verb of gain: a word of rise or of betterment (comparisons.json changes.up, changes.better). */
const GAIN_VERBS = wordsPattern([...C.up, ...C.better]);
const HEDGE_WORDS = words.multiples.hedges.flatMap(h => h.words);
/** A hedge right before the share ("by more than", "nearly"). */
const HEDGE_AT_END = `(?:\\s+(?:${wordsPattern(HEDGE_WORDS)}))?\\s*$`;
/**
 * "increased the ORR by (more than)" right before a share: a verb of gain, then within its reach "by" and perhaps a hedge;
 * or the verb right before the share ("median OS increased 48 % versus"), a hedge between at most.
 */
const GAIN_BY = new RegExp(`(?<![\\p{L}])(?:${GAIN_VERBS})(?![\\p{L}])[^.;:!?]{0,${GO.reach}}?(?<![\\p{L}])(?:${wordsPattern(C.by)})${HEDGE_AT_END}`, 'iu');
const GAIN_AT = new RegExp(`(?<![\\p{L}])(?:${GAIN_VERBS})${HEDGE_AT_END}`, 'iu');
/** Right after the share: "over", "versus", "compared with" and the comparator it is a gain against, named in words (a figure there makes a pair). */
const OVER_AFTER = new RegExp(`^\\s*(?:${wordsPattern([...GO.over, ...C.compared])})(?![\\p{L}])(?!\\s*[$\u20ac\u00a3]?\\d)`, 'iu');
/** How each endpoint is measured (endpoints.json measure), by its name. */
const MEASURE_OF = new Map<string, string>(endpointsData.endpoints.map(e => [e.name, e.measure]));
/** A median's word (labelUnits.json medianWords): a time endpoint's gain in per cent is its median's. */
const MEDIAN_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(labelWords.medianWords)})(?![\\p{L}])`, 'iu');
/** A claim's room beyond the rounding of its figures: a size claimed in words is a round figure. */
const GAIN_SLACK = 0.1;
const surface = (model: DocumentModel, f: FigureEntity) => model.text.slice(f.start, f.end);

/**
 * "X increased the ORR by more than 60 % over Y", then "X achieved a 54 % ORR, compared to 40 % for Y" (in the same
 * sentence or the next): a rise of a rate by a share over a comparator is either a relative rise (54/40 is 1.35, a rise
 * of 35 %) or a rise in percentage points (14). The claim names its endpoint in its clause before the share, an
 * endpoint the lexicon measures as a proportion; or a time's median ("median OS increased 45 % versus Y", then "12.4 vs
 * 9.9 months"), whose gain in per cent is relative only (without "median", "improved PFS by 40 %" is a reduction of risk,
 * another reading). The pair is the first two figures of that endpoint after the claim, of the rate's or the time's
 * kind, the second after a word of comparison. Reported when no reading, with the rounding of the figures and GAIN_SLACK
 * of the claim, reaches the size claimed.
 */
export function gainOverComparator(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], nextFigs: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  const text = normalizedText(model);
  for (let pI = 0, inS_ = inS; pI < inS_.length; pI++) { const p = inS_[pI];
    if (p.figureKind !== 'percent' || p.unit !== '%' || typeof p.value !== 'number' || p.value <= 0 || claimed.has(p.start)) continue;
    if (!OVER_AFTER.test(text.slice(p.end, Math.min(s.end, p.end + 24)))) continue;
    const lead = text.slice(Math.max(s.start, p.start - GO.reach - 40), p.start);
    if (!GAIN_BY.test(lead) && !GAIN_AT.test(lead)) continue;
    // the endpoint the clause names last before the share (its subject, or the object of the verb)
    const clauseFrom = Math.max(s.start, p.start - 160);
    const endpoints = itemsWithin(model.entities, clauseFrom, p.start).filter(e => e.kind === 'endpoint');
    const ep = endpoints[endpoints.length - 1];
    const e = ep?.name;
    const measure = e ? MEASURE_OF.get(e) : undefined;
    const time = measure === 'time';
    if (!e || !(measure === 'proportion' || (time && MEDIAN_WORD.test(text.slice(clauseFrom, p.start))))) continue;
    const kind = time ? 'duration' : 'percent';
    const rest = [...inS.filter(f => f.start > p.end), ...nextFigs].filter(f => f.figureKind === kind && (time || f.unit === '%') && typeof f.value === 'number' && !f.comparator && !f.timepoint && f.binding.endpoint === e);
    const a = rest[0];
    const b = a ? rest.slice(1).find(f => f.unit === a.unit && COMPARED.test(text.slice(a.end, f.start)) && !text.slice(a.end, f.start).includes(';')) : undefined;
    if (!a || !b || (b.value as number) <= 0) continue;
    const av = a.value as number, bv = b.value as number;
    const ra = roundingRoom(surface(model, a), av), rb = roundingRoom(surface(model, b), bv), rp = roundingRoom(surface(model, p), p.value);
    const rel: [number, number] = [((av - ra) / (bv + rb) - 1) * 100, ((av + ra) / Math.max(bv - rb, 1e-9) - 1) * 100];
    const abs: [number, number] = [av - ra - bv - rb, av + ra - bv + rb];
    const cmp = p.comparator;
    const low = cmp === '<' || cmp === '\u2264' ? -Infinity : (p.value - rp) * (1 - GAIN_SLACK);
    const high = cmp === '>' || cmp === '\u2265' ? Infinity : (p.value + rp) * (1 + GAIN_SLACK);
    const meets = (r: [number, number]) => r[1] >= low && r[0] <= high;
    if (meets(rel) || (!time && meets(abs))) continue;
    claimed.add(p.start);
    const relNow = (av / bv - 1) * 100;
    out.push({
      message: time
        ? `The median ${e} is said to rise by ${surface(model, p)} over its comparator, but ${surface(model, a)} against ${surface(model, b)} is a rise of ${relNow.toFixed(0)} %.`
        : `${e} is said to rise by ${surface(model, p)} over its comparator, but ${surface(model, a)} against ${surface(model, b)} is a rise of ${relNow.toFixed(0)} % (${(av - bv).toFixed(1)} percentage points).`,
      start: p.start, end: p.end,
      related: [{ start: a.start, end: a.end, message: time ? 'the median' : 'the rate' }, { start: b.start, end: b.end, message: time ? 'the comparator\u2019s median' : 'the comparator\u2019s rate' }],
      data: time ? { claimed: p.value, relative: Number(relNow.toFixed(2)) } : { claimed: p.value, relative: Number(relNow.toFixed(2)), points: Number((av - bv).toFixed(2)) }, fixes: [],
    });
  }
}

const DEBUT = words.debuts;
const OFFERING = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DEBUT.offering)})(?![\\p{L}])`, 'iu');
const TRADING = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DEBUT.trading)})(?![\\p{L}])`, 'iu');
const FIRST_DAY = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DEBUT.firstDay)})(?![\\p{L}])`, 'iu');
const OTHER_REFERENCE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DEBUT.otherReference)})(?![\\p{L}])`, 'iu');
/** Between a price and the move after it ("at $21.00, up 40 %"): a comma or a dash, then the word of direction. */
const PRICE_THEN_MOVE = /^\s*[,\u2013\u2014-]?\s*\p{L}+\s+(?:by\s+)?$/u;
/** Between a move and the price after it ("up 40 % at $21.00", "rose 40 % to $21.00"). */
const MOVE_THEN_PRICE = /^\s*(?:at|to|auf|à|a|till|naar)\s*$/i;

/**
 * A share's first day against its offering price: "priced its initial public offering at $15 per share", then, in the same
 * sentence or the next, "on its first day of trading the stock closed at $21.00, up 40 percent" ($15 to $21.00 is up 40 %).
 * The offering's price is a sum per share in a sentence that names the offering; the move, a share of change right after
 * an adverb or verb of direction, beside a price ("at", "to", or a comma between them), in a sentence that names the
 * share's trading; one of the two sentences names the first day (comparisons.json debuts), and the move's names no other
 * reference (a previous close). Judged with the rounding of all three, and a hedged size ("up about 60 %") with room of a
 * sixth of its size or five points.
 */
export function debutMoves(model: DocumentModel, bySentence: FigureEntity[][], out: CheckFinding[], claimed: Set<number>): void {
  const text = normalizedText(model);
  let offer: { f: FigureEntity; si: number; firstDay: boolean } | undefined;
  for (let si = 0; si < bySentence.length; si++) {
    const inS = bySentence[si];
    if (!inS.length) continue;
    const s = model.sentences[si];
    // (the sentence's words read once per text: an edit elsewhere asks the memo)
    const says = memoSpanText(text, model.sentences, s).read(debutWords);
    // the offering's price per share: one value in the sentence, else none judged
    if (says.offering) {
      const claims = claimIndex(model).of;
      const prices = inS.filter(f => f.figureKind === 'money' && typeof f.value === 'number' && !f.comparator && claims.get(f)?.perUnit);
      const values = new Set(prices.map(f => `${f.value}|${f.unit}`));
      offer = values.size === 1 ? { f: prices[0], si, firstDay: says.firstDay } : values.size > 1 ? undefined : offer;
    }
    if (!offer || si - offer.si > 1 || !says.trading || says.otherReference) continue;
    if (!offer.firstDay && !says.firstDay) continue;
    const o = offer.f;
    for (let k = 0; k < inS.length; k++) {
      const p = inS[k];
      if (p.figureKind !== 'percent' || p.unit !== '%' || typeof p.value !== 'number' || claimed.has(p.start)) continue;
      // (a hedge is the figure's own, "up about 60 %": its comparator)
      const dirWord = /(\p{L}+)\s+(?:by\s+)?$/u.exec(text.slice(Math.max(s.start, p.start - 24), p.start).toLowerCase())?.[1];
      const dir = dirWord ? (UP.has(dirWord) || UP_AFTER.has(dirWord) ? 'up' : DOWN.has(dirWord) || DOWN_AFTER.has(dirWord) ? 'down' : undefined) : undefined;
      if (!dir) continue;
      // the price beside it: right before ("at $21.00, up 40 %") or right after ("up 40 % at $21.00")
      const prev = inS[k - 1], next = inS[k + 1];
      const beside = (f: FigureEntity | undefined) => !!f && f.figureKind === 'money' && f.unit === o.unit && typeof f.value === 'number' && !f.comparator && f !== o;
      let v: FigureEntity | undefined;
      if (beside(prev) && PRICE_THEN_MOVE.test(text.slice(prev!.end, p.start))) v = prev;
      else if (beside(next) && MOVE_THEN_PRICE.test(text.slice(p.end, next!.start))) v = next;
      if (!v || claimed.has(v.start)) continue;
      const ov = o.value as number, nv = v.value as number;
      if (ov <= 0 || nv <= 0 || Math.max(ov, nv) / Math.min(ov, nv) > 20) continue;
      // each with its rounding: the lowest new price over the highest offering price, and the other way round
      const [o0, o1] = span(model, o), [v0, v1] = span(model, v), [p0, p1] = span(model, p);
      const lo = (v0 / o1 - 1) * 100, hi = (v1 / o0 - 1) * 100;
      const stated = (dir === 'down' ? -1 : 1) * Math.abs(p.value);
      const room = p.comparator === '~' ? Math.max(5, Math.abs(stated) / 6) : (p1 - p0) / 2;
      if (stated >= lo - room && stated <= hi + room) continue;
      claimed.add(p.start);
      const implied = (nv / ov - 1) * 100;
      out.push({
        message: `\u201c${model.text.slice(p.start, p.end)}\u201d is not what the prices say: from the offering price of ${model.text.slice(o.start, o.end)} to ${model.text.slice(v.start, v.end)} is ${implied >= 0 ? 'a rise' : 'a fall'} of ${Math.abs(implied).toFixed(1)} %.`,
        start: p.start, end: p.end,
        related: [{ start: o.start, end: o.end, message: 'the offering price' }, { start: v.start, end: v.end, message: 'the price' }],
        data: { from: ov, to: nv, stated, implied: Math.round(implied * 10) / 10 }, fixes: [],
      });
    }
  }
}

/** What a sentence's words say of a debut (a pure reading of its text, kept with it). */
function debutWords(sentence: string): { offering: boolean; trading: boolean; firstDay: boolean; otherReference: boolean } {
  return { offering: OFFERING.test(sentence), trading: TRADING.test(sentence), firstDay: FIRST_DAY.test(sentence), otherReference: OTHER_REFERENCE.test(sentence) };
}
