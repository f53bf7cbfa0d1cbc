/**
 * Measures: what a sum of money in prose is an amount of. A results release names its measure as a clause's subject or
 * object and its sums after it ("Grant revenue for the year was $2.0 million, compared to $1.1 million"), or right after
 * the sum ("$30 million in cash and cash equivalents"). A measure is a run of words that holds one of the heads
 * (lexicon/grammar/measures.json: "revenue", "expenses", "loss"...), none of the stop words (articles, prepositions,
 * verbs, adverbs), within the sum's clause. A share that changes a sum's measure ("revenue fell 12% to $3.0 million")
 * measures it too. A sum whose measure the text does not name in one of these ways keeps none: a wrong measure on a
 * hover misleads more than none.
 *
 * One sweep over a sentence's words for the sums in it; each sum looks back over its clause's words once, at most REACH_BACK.
 */
import grammar from '../../lexicon/grammar/measures.json';
import { FigureEntity } from './model';
import { wordsPattern } from './words';

type Span = { start: number; end: number };
type Word = { start: number; end: number; lower: string };

const HEADS = new Set(grammar.heads.words.map(w => w.toLowerCase()));
const STOPS = new Set(grammar.stops.words.map(w => w.toLowerCase()));
const PARTICIPLES = new Set(grammar.participles.words.map(w => w.toLowerCase()));
const ALSO_VERBS = new Set(grammar.alsoVerbs.words.map(w => w.toLowerCase()));
const POSTMODIFIERS = new Set(grammar.postmodifiers.words.map(w => w.toLowerCase()));
/** A comma, then a word that opens a new clause (", and the company", ", of which"). */
const CLAUSE_BREAK = new RegExp(`^,[ \\t\\n]*(?:${wordsPattern(grammar.clauseBreaks.words)})(?!\\p{L})`, 'iu');
/** "$0.21 per share" (a closing bracket of a negative sum may stand between). */
const PER_SHARE = new RegExp(`^\\)?[ \\t]+(?:${wordsPattern(grammar.perShare.words)})(?!\\p{L})`, 'iu');
/** "$30 million in cash": the word that joins a sum to a measure named after it. */
const AFTER = new RegExp(`^[ \\t]+(?:${wordsPattern(grammar.after.words)})[ \\t]+(?=\\p{L})`, 'iu');
/** Between a measure's noun and a sum that is its complement: "a payment of $5 million" (measures.json complementOf). */
const COMPLEMENT_GAP = new RegExp(`^[ \\t\\n]+(?:${wordsPattern(grammar.complementOf.words)})[ \\t\\n]+$`, 'iu');
/** A word: letters and digits, with "&", hyphens and apostrophes inside ("R&D", "non-cash", "company's"). */
const WORD = /[\p{L}\p{N}&][\p{L}\p{N}&'\u2019-]*/gu;
/**
 * The most words a sum looks back over for its measure: a clause's subject stands within them, and a long run-on
 * "sentence" (a table flattened into one) costs each of its sums no more than this.
 */
const REACH_BACK = 40;
/** The most words a measure's name holds; a longer run is no name but a clause the stop words did not part. */
const LONGEST = 7;

/** Whether a word may stand in a measure's name. */
function nameWord(w: Word): boolean {
  const x = w.lower;
  if (STOPS.has(x) || /\d/.test(x) || /['\u2019]s?$/.test(x)) return false;
  if (/ly$/.test(x) && !HEADS.has(x)) return false;
  if (/ed$/.test(x) && !PARTICIPLES.has(x)) return false;
  return true;
}

/** Only spaces (or a hyphen's line break) between two words of one name: a comma, a bracket or a stop parts them. */
function joined(text: string, a: Word, b: Word): boolean {
  return /^[ \t\n]+$/.test(text.slice(a.end, b.start));
}

/** Whether the word at `i` stands before another noun of its name that is no head: a modifier of that noun. */
function modifies(text: string, words: Word[], i: number): boolean {
  const next = words[i + 1];
  return !!next && joined(text, words[i], next) && nameWord(next) && !HEADS.has(next.lower) && !POSTMODIFIERS.has(next.lower) && next.lower !== 'and' && next.lower !== '&';
}

/** Between two heads of one list, "cash, deposits and securities": a comma, then "and" or "or" at most. */
function listed(text: string, a: Word, b: Word): boolean {
  return HEADS.has(a.lower) && /^,[ \t\n]+$/.test(text.slice(a.end, b.start));
}

/**
 * The name around the head at `h`: the run of name words before it, and the heads and post-modifiers right after it.
 * Undefined when the run is longer than a name is.
 */
function nameAt(text: string, words: Word[], h: number, from: number): { start: number; end: number } | undefined {
  let a = h;
  while (a - 1 >= from && nameWord(words[a - 1]) && (joined(text, words[a - 1], words[a]) || listed(text, words[a - 1], words[a]))) a--;
  // (a run that opens with "and" joins two clauses, not two words of a name)
  while (a < h && (words[a].lower === 'and' || words[a].lower === '&')) a++;
  let b = h;
  while (b + 1 < words.length && (HEADS.has(words[b + 1].lower) || POSTMODIFIERS.has(words[b + 1].lower)) && joined(text, words[b], words[b + 1])) b++;
  if (b - a + 1 > LONGEST) return undefined;
  return { start: words[a].start, end: words[b].end };
}

/** The words of a sentence, those inside a figure left out (a figure parts the words around it). */
function wordsOf(text: string, s: Span, figures: readonly FigureEntity[]): Word[] {
  const out: Word[] = [];
  let fi = 0;
  WORD.lastIndex = s.start;
  for (let m = WORD.exec(text); m && m.index < s.end; m = WORD.exec(text)) {
    const start = m.index, end = start + m[0].length;
    while (fi < figures.length && figures[fi].end <= start) fi++;
    if (fi < figures.length && figures[fi].start < end) continue;
    out.push({ start, end, lower: m[0].toLowerCase() });
  }
  return out;
}

/** The index of the first word at or after `pos`. */
function firstWordFrom(words: Word[], pos: number): number {
  let lo = 0, hi = words.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (words[mid].start < pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * The head a figure's measure is named by, looking back over its clause from the figure: the nearest head word, not
 * past a semicolon or a colon, nor past a comma that opens a new clause (", and the company ended the year with").
 */
function headBefore(text: string, words: Word[], at: number, sentenceStart: number): number {
  let i = firstWordFrom(words, at) - 1;
  let gapEnd = at;
  for (const stop = Math.max(-1, i - REACH_BACK); i > stop && words[i].start >= sentenceStart; i--) {
    const gap = text.slice(words[i].end, gapEnd);
    if (/[;:]/.test(gap)) return -1;
    const comma = gap.indexOf(',');
    if (comma >= 0 && CLAUSE_BREAK.test(text.slice(words[i].end + comma, Math.min(at, words[i].end + comma + 24)))) return -1;
    // (a head that modifies the noun after it, "the payment date", "revenue guidance", heads no measure: a name ends in its noun)
    // (a head that is a verb too, right before the sum, "the study cost $4 million", is the clause's verb)
    if (HEADS.has(words[i].lower) && !modifies(text, words, i) && !(ALSO_VERBS.has(words[i].lower) && /^[ \t\n]*$/.test(text.slice(words[i].end, at)))) return i;
    gapEnd = words[i].start;
  }
  return -1;
}

/**
 * Binds each sum of money in prose that has no endpoint yet to the measure its clause names (binding.measure), and
 * each share that changes such a sum's measure in the same clause.
 */
export function bindMeasures(figures: FigureEntity[], sentences: readonly Span[], text: string): void {
  let si = 0;
  for (let k = 0; k < figures.length;) {
    const f = figures[k];
    while (si < sentences.length && sentences[si].end <= f.start) si++;
    const s = sentences[si];
    if (!s || s.start > f.start) { k++; continue; }
    // the figures of this sentence
    let j = k;
    while (j < figures.length && figures[j].start < s.end) j++;
    const inSentence = figures.slice(k, j);
    k = j;
    if (!inSentence.some(x => x.figureKind === 'money' && !x.binding.endpoint && !x.binding.measure && !x.table)) continue;
    const words = wordsOf(text, s, inSentence);
    // the head each bound sum took, by its word's place: a share before it in its clause may take the same
    const headsTaken = new Map<number, string>();
    for (const m of inSentence) {
      if (m.figureKind !== 'money' || m.binding.endpoint || m.binding.measure || m.table) continue;
      const after = text.slice(m.end, Math.min(s.end, m.end + 80));
      // (not a name right after the sum with nothing between, "$5 million upfront payment": in a table copied as text,
      // the next row's label stands there as often)
      // (not when the sum is the complement of a measure's noun right before it, "an upfront payment of $5 million in cash":
      // the words after it then say the payment's form)
      const hBefore = headBefore(text, words, m.start, s.start);
      const complement = hBefore >= 0 && COMPLEMENT_GAP.test(text.slice(words[hBefore].end, m.start));
      const joinedAfter = complement ? null : AFTER.exec(after);
      let name: string | undefined;
      if (joinedAfter) {
        // "$30 million in cash and cash equivalents": the run of name words right after, up to its last head
        const from = firstWordFrom(words, m.end + joinedAfter[0].length);
        let last = -1;
        // (a figure or a stop right after the joining word, "$4 million in 2030", "$4 million in the first quarter": no
        // measure named after the sum; its clause may name one before it)
        if (from >= words.length || words[from].start !== m.end + joinedAfter[0].length || !nameWord(words[from])) last = -2;
        for (let w = from; last > -2 && w < words.length && w - from < LONGEST && nameWord(words[w]) && (w === from || joined(text, words[w - 1], words[w])); w++) {
          if (HEADS.has(words[w].lower) || (last >= 0 && POSTMODIFIERS.has(words[w].lower))) last = w;
        }
        // (words after the sum that name no measure, "$4 million in new grants": the sum's measure is unknown, not the clause's)
        if (last === -1) continue;
        if (last >= 0) name = text.slice(words[from].start, words[last].end);
      }
      if (name === undefined) {
        const h = hBefore;
        if (h < 0) continue;
        const span = nameAt(text, words, h, firstWordFrom(words, s.start));
        if (!span) continue;
        name = text.slice(span.start, span.end);
        headsTaken.set(h, name.replace(/\s+/g, ' '));
      }
      name = name.replace(/\s+/g, ' ');
      m.binding.measure = PER_SHARE.test(text.slice(m.end, m.end + 40)) && !/per share/i.test(name) ? `${name} per share` : name;
    }
    if (!headsTaken.size) continue;
    // (where each measure's last sum of the sentence stands, for the shares before it)
    const lastSum = new Map<string, number>();
    for (const m of inSentence) if (m.figureKind === 'money' && m.binding.measure) lastSum.set(m.binding.measure, m.start);
    // "revenue fell 12% to $3.0 million": the share names the change of the measure its sum took from the same head
    for (const p of inSentence) {
      if (p.figureKind !== 'percent' || p.binding.endpoint || p.binding.measure || p.table) continue;
      const h = headBefore(text, words, p.start, s.start);
      const name = headsTaken.get(h);
      if (name && (lastSum.get(name) ?? -1) > p.end) p.binding.measure = name;
    }
  }
}
