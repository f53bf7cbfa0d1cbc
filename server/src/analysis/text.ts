/**
 * Text as it really comes: Unicode hyphens, no-break and thin spaces, curly quotes, the micro sign
 * beside Greek mu. `normalizeText` maps each such UTF-16 code unit to one plain code unit, so the
 * normalised text has exactly the length of the original and every offset found in it is an
 * offset into the original document. Recognisers read the normalised text; ranges and surface
 * text always come from the original.
 */
import numbersData from '../../lexicon/builtin/numbers.json';
import { memoCodeUnitMap } from './memo';

const CHAR_MAP: Record<number, string> = {
  0x2010: '-', 0x2011: '-', 0x2012: '-', 0x2013: '-', 0x2014: '-', 0x2015: '-', 0x2212: '-', 0xfe63: '-', 0xff0d: '-',
  0x00a0: ' ', 0x2007: ' ', 0x2008: ' ', 0x2009: ' ', 0x200a: ' ', 0x202f: ' ', 0x205f: ' ', 0x3000: ' ', 0x2002: ' ', 0x2003: ' ',
  0x2018: "'", 0x2019: "'", 0x201a: "'", 0x201b: "'", 0x2032: "'",
  0x201c: '"', 0x201d: '"', 0x201e: '"', 0x201f: '"', 0x2033: '"',
  0x03bc: '\u00b5', // Greek small mu -> micro sign
  0x00ad: '-', // soft hyphen
  0xff05: '%', 0x066a: '%',
  // the slanted comparison signs of journal typesetting ("\u2a7e1 TEAE", "\u2a7d 5 mg") are the plain ones
  0x2a7e: '\u2265', 0x2a7d: '\u2264',
};

const NEEDS_MAP = /[\u2010-\u2015\u2212\ufe63\uff0d\u00a0\u2007-\u200a\u202f\u205f\u3000\u2002\u2003\u2018-\u201f\u2032\u2033\u03bc\u00ad\uff05\u066a\u2a7d\u2a7e]/;

const NEEDS_MAP_ALL = new RegExp(NEEDS_MAP.source, 'g');

const NORMALIZED = new WeakMap<object, string>();

/** A model's text normalised, computed once per model however many readers ask; same offsets as the original. */
export function normalizedTextOf(model: { text: string }): string {
  let n = NORMALIZED.get(model);
  if (n === undefined) { n = normalizeDocument(model.text); NORMALIZED.set(model, n); }
  return n;
}

/** Records a model's normalised text when its analysis already computed it, so readers need not normalise again. */
export function rememberNormalized(model: { text: string }, normalized: string): void {
  NORMALIZED.set(model, normalized);
}

/**
 * `normalizeText` for a whole document: normalising maps each code unit alone, so after an edit
 * only the stretch where the text differs from the one normalised before is read again, and the
 * rest is taken from that one's result (memoCodeUnitMap).
 */
export function normalizeDocument(text: string): string {
  return memoCodeUnitMap(text, normalizeText);
}

export function normalizeText(text: string): string {
  if (!NEEDS_MAP.test(text)) return text;
  // one replacement per matched code unit, each one code unit long: offsets stay offsets
  return text.replace(NEEDS_MAP_ALL, ch => CHAR_MAP[ch.charCodeAt(0)] ?? ch);
}

/** Whether a code unit was a Unicode hyphen, dash or minus in the original text. */
export function isDashLike(ch: string): boolean {
  return ch === '-' || /[\u2010-\u2015\u2212]/.test(ch);
}

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

/** Converts offsets into the original text to LSP positions (zero-based line, UTF-16 character). */
export class LineIndex {
  private starts: number[] = [0];
  private length: number;
  /** Offsets given to and returned by this index are relative to `base` in the text it was built on (see `window`). */
  private base = 0;
  constructor(text: string) {
    this.length = text.length;
    // (a text with no carriage return, the usual case, is scanned by the native search for line feeds: a megabyte in a
    // fraction of the time a loop over its code units takes)
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  get lineCount(): number { return this.starts.length; }
  /**
   * The same lines, for a slice of the text that starts at `start` and is `length` long: offsets
   * into the slice in, positions in the whole text out (used when only a window of a very large
   * document is analysed). Shares the line table; costs nothing to make.
   */
  window(start: number, length: number): LineIndex {
    const v = Object.create(LineIndex.prototype) as LineIndex;
    v.starts = this.starts;
    v.base = this.base + start;
    v.length = length;
    return v;
  }
  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.length)) + this.base;
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
  offsetAt(pos: Position): number {
    const end = this.base + this.length;
    let abs: number;
    if (pos.line < 0) abs = 0;
    else if (pos.line >= this.starts.length) abs = end;
    else {
      const lineStart = this.starts[pos.line];
      const nextStart = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : end;
      abs = Math.max(lineStart, Math.min(lineStart + Math.max(0, pos.character), nextStart));
    }
    return abs - this.base;
  }
  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

export interface Block { start: number; end: number; text: string }

/**
 * Blocks longer than this are split at line ends (else at sentence ends) so that one edit never re-analyses a huge run of
 * text: a keystroke in a long paragraph re-recognises at most this much (2,000 characters: the real documents of the
 * eval read the same as with 4,000, and an edit in a run-on table copied as one paragraph costs half).
 */
const MAX_BLOCK = 2000;

/**
 * Splits the (normalised) text into blocks: runs of non-blank lines. Blocks are the unit of
 * per-paragraph caching. A block longer than MAX_BLOCK is cut at line ends; a single line longer
 * than that is cut at a sentence end or a space, so no block is unbounded.
 */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n)?/g;
  let blockStart = -1;
  let blockEnd = -1;
  const flush = () => {
    if (blockStart >= 0) pushBounded(text, blockStart, blockEnd, blocks);
    blockStart = -1;
  };
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) !== null && m[0].length > 0) {
    const lineStart = m.index;
    const content = m[0].replace(/[\r\n]+$/, '');
    if (content.trim().length === 0) {
      flush();
    } else {
      if (blockStart < 0) blockStart = lineStart;
      blockEnd = lineStart + content.length;
      if (blockEnd - blockStart > MAX_BLOCK) {
        // close the block before this line if it already holds something, then carry on
        if (lineStart > blockStart) {
          pushBounded(text, blockStart, trimEnd(text, lineStart), blocks);
          blockStart = lineStart;
        }
      }
    }
  }
  flush();
  return blocks;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

function pushBounded(text: string, start: number, end: number, out: Block[]): void {
  while (end - start > MAX_BLOCK) {
    let cut = -1;
    for (let i = start + MAX_BLOCK; i > start + MAX_BLOCK / 2; i--) {
      const c = text[i - 1];
      if (c === '\n' || ((c === '.' || c === ';') && text[i] === ' ')) { cut = i; break; }
    }
    if (cut < 0) {
      for (let i = start + MAX_BLOCK; i > start + MAX_BLOCK / 2; i--) if (text[i - 1] === ' ') { cut = i; break; }
    }
    if (cut < 0) cut = start + MAX_BLOCK;
    out.push({ start, end: trimEnd(text, cut), text: text.slice(start, trimEnd(text, cut)) });
    start = cut;
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** Abbreviations whose period does not end a sentence. */
const NON_TERMINAL = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'vs', 'inc', 'ltd', 'co', 'corp', 'no', 'approx', 'e.g', 'i.e', 'et al', 'al',
  'fig', 'u.s', 'u.k', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ca', 'etc', 'resp',
  // scale words and abbreviations of German and the Nordic languages, which precede a capitalised noun
  // ("3 Mio. Euro", "Nr. 5", "bzw. Patienten"): a period there ends the word, not the sentence
  'mio', 'mrd', 'mia', 'mill', 'tsd', 'nr', 'bzw', 'z.b', 'u.a', 'd.h', 'inkl', 'ggf', 'vgl', 'evtl', 'zzgl',
]);

export interface Span { start: number; end: number }

/** A day of the month written as an ordinal ("1.", "01.", "31."), and the name of a month after it (German and Nordic dates: "1. April 2024"). */
const ORDINAL_DAY = /(?:^|[^\d.,])(?:0?[1-9]|[12]\d|3[01])$/;
const MONTH_AFTER = new RegExp(`^(?:${Object.keys(numbersData.months).filter(m => !m.startsWith('$') && /^\p{L}+$/u.test(m)).join('|')})(?![\\p{L}])`, 'iu');

/**
 * Sentence spans inside a block (offsets relative to the block). A line break always ends a
 * sentence (flattened tables and bullet lists put one item a line); '.', '!' and '?' followed by
 * a space and an upper-case letter or digit end one unless the word before is a known abbreviation
 * or a single letter.
 */
/** A sentence opens with a capital of any script, a digit, a quote, a bracket or a bullet ("Über", "Études", "\u201cWe"). */
const SENTENCE_OPENER = /[\p{Lu}0-9"'(\u2022\u201c\u201e\u00ab\u2018-]/u;
/** Before a full stop with a footnote's number: a letter or a closing bracket or quote, never a digit ("2.1" is a decimal). */
const FOOTNOTE_BEFORE = /[\p{L})\]"\u201d]/u;
/** The footnote's number, one or two digits, then a space and a capital. */
const FOOTNOTE_AFTER = /(\d{1,2}) (?=\p{Lu}\p{Ll})/uy;
const sticky = (re: RegExp, text: string, at: number) => { re.lastIndex = at; return re.exec(text); };

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') { push(i); start = i + 1; continue; }
    // Chinese and Japanese end a sentence with a full stop of their own, no space after it
    if (c === '\u3002' || c === '\uff01' || c === '\uff1f') { push(i + 1); start = i + 1; continue; }
    // "... in May).2 The next": a footnote's number glued to a full stop after a word or a bracket ends the sentence with it
    if (c === '.' && FOOTNOTE_BEFORE.test(text[i - 1] ?? '')) {
      const fn = sticky(FOOTNOTE_AFTER, text, i + 1);
      if (fn) { push(i + 1 + fn[1].length); start = i + 1 + fn[1].length; i += fn[1].length; continue; }
    }
    if ((c === '.' || c === '!' || c === '?') && (i + 1 >= text.length || text[i + 1] === ' ')) {
      let j = i + 1;
      while (j < text.length && text[j] === ' ') j++;
      const next = text[j];
      if (j < text.length && !SENTENCE_OPENER.test(next)) continue;
      if (c === '.') {
        // "am 1. April 2024", "den 3. Juni": an ordinal day before a month's name, not a sentence's end
        if (ORDINAL_DAY.test(text.slice(Math.max(0, i - 3), i)) && MONTH_AFTER.test(text.slice(j, j + 12))) continue;
        let k = i;
        while (k > 0 && /[A-Za-z.]/.test(text[k - 1])) k--;
        const word = text.slice(k, i).toLowerCase();
        // a single letter is an initial after a capitalised word or another initial ("John F. Kennedy",
        // "U.S."), not after a lower-case word ("in cohort B.") or in a unit ("420 \u00b5mol/L.")
        if (NON_TERMINAL.has(word)) continue;
        // "median 11.0 v. 8.3 months": a "v." between two numbers is "versus", no sentence's end
        if (word === 'v' && /\d[ %]*$/.test(text.slice(Math.max(0, k - 4), k)) && /\d/.test(next)) continue;
        if (/^[a-z]$/i.test(word) && text[k - 1] !== '/') {
          const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, k - 30), k))?.[1] ?? '';
          if (k === 0 || text[k - 1] === '.' || /^[\p{Lu}]/u.test(before) || before === '') continue;
        }
      }
      push(i + 1);
      start = i + 1;
    }
  }
  push(text.length);
  return capSentences(text, spans);
}

/**
 * No sentence runs past MAX_SENTENCE characters: a longer one (a table flattened into one run of
 * text, a flood of figures) is cut at the last space before the limit. Real sentences are far
 * shorter; the passes that relate the figures of one sentence stay bounded.
 */
const MAX_SENTENCE = 1500;

function capSentences(text: string, spans: Span[]): Span[] {
  if (!spans.some(s => s.end - s.start > MAX_SENTENCE)) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    let start = s.start;
    while (s.end - start > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
      if (cut <= start + MAX_SENTENCE / 2) cut = start + MAX_SENTENCE;
      out.push({ start, end: cut });
      start = cut;
      while (start < s.end && text[start] === ' ') start++;
    }
    if (s.end > start) out.push({ start, end: s.end });
  }
  return out;
}

/** Where each paragraph (text between blank lines) of `text` starts: one pass over its line breaks. */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  // the blank lines, as /\n[ \t]*\r?\n/g finds them left to right, found by a scan from each line break
  for (let i = text.indexOf('\n'); i >= 0;) {
    let j = i + 1;
    while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
    if (text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10) j++;
    if (text.charCodeAt(j) === 10) { starts.push(j + 1); i = text.indexOf('\n', j + 1); } else i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** Of ascending starts (the first 0 or less), the index of the last one at or before `pos`: a binary search. */
export function lastStartAt(starts: readonly number[], pos: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/**
 * The paragraph (text between blank lines) of each offset, for offsets of `text`: equal for two
 * offsets in one paragraph. One pass to find the blank lines, then a binary search per question.
 */
export function paragraphLocator(text: string): (pos: number) => number {
  const starts = paragraphStarts(text);
  return (pos: number): number => lastStartAt(starts, pos);
}

/**
 * Whether `ch` stands in text[from, to), without copying the stretch (a line's test). A character is looked for within
 * the stretch only: `indexOf` from `from` runs on to the text's end when the stretch lacks it, and a pass testing every
 * line of a document with few tabs or bars then reads the rest of the document once per line (quadratic).
 */
export function hasCharBetween(text: string, ch: string, from: number, to: number): boolean {
  if (ch.length !== 1) {
    const at = text.indexOf(ch, from);
    return at >= 0 && at < to;
  }
  const c = ch.charCodeAt(0);
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}
