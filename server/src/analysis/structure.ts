/**
 * The structure of a document, read once before anything is recognised.
 *
 * `readStructure` turns the normalised text into the *reading text* that every later pass reads:
 * it has exactly the length of the document (so an offset found in it is an offset into the
 * document), and it differs from the normalised text in two ways only:
 *
 * - what is not prose is blanked (its characters become spaces, its line ends stay): in Markdown,
 *   code blocks and code spans, HTML blocks, tags and comments, front matter, link and image
 *   targets, reference definitions, autolinks, thematic breaks and the markers of headings, lists
 *   and block quotes; in both formats, bare web and e-mail addresses;
 * - a line break inside a paragraph (a soft wrap) becomes a space, so that sentences, names and
 *   figures read the same however an editor wrapped the lines. A line break stays where the
 *   document has structure: before a list item, between table rows, around a heading, and after
 *   a Markdown hard break.
 *
 * Markdown is parsed by markdown-it (block level only; the few inline constructs that hide prose
 * are scanned here, with exact offsets). Plain text has no syntax to parse: there a line break is
 * a soft wrap unless the next line opens a list item, a quote or a heading, or either line is a
 * table row (cells separated by tabs, by runs of spaces, or by pipes) or part of a flattened table
 * or of a stacked one (one cell a line, under a corner line such as "Measure").
 *
 * Tables come out as rows of cells with offsets, whatever their form, for the binder to read
 * through their headers.
 */
import MarkdownIt = require('markdown-it');
import { KeptRuns, memoRead, paragraphRuns } from './memo';
import { MAX_PIECE, readPiece, testPiece } from './testMemo';
import { ENDS_IN_SIZE } from './gluedColumns';
import { wordsPattern } from './words';
import bindingGrammar from '../../lexicon/grammar/binding.json';

export type TextFormat = 'markdown' | 'plaintext';

export interface Span { start: number; end: number }

/** One table row: its whole line and its cells (trimmed, offsets into the document). */
export interface TableRow extends Span { cells: Span[] }

/** A table: header rows (column labels) above body rows; `form` says how the document wrote it. */
export interface DocTable extends Span {
  form: 'markdown' | 'pipes' | 'aligned';
  header: TableRow[];
  rows: TableRow[];
}

export interface Structure {
  /** The reading text: the document's length, non-prose blanked, soft wraps turned into spaces. */
  reading: string;
  /** Offsets of what is not prose (nothing is recognised there). Sorted, disjoint. */
  nonProse: Span[];
  /** The line ends read as spaces (soft wraps). Sorted, disjoint. */
  softBreaks: Span[];
  /** Words hyphenated across a line end, read whole (see `Join`). Sorted, disjoint. */
  joins: Join[];
  tables: DocTable[];
}

/**
 * The span (a table) an offset stands in, of sorted disjoint spans, asked of offsets in increasing order (figures or lines
 * in the text's order): each call moves on from the last, so a walk over a document costs its offsets and the spans,
 * not their product.
 */
export function spanCursor<T extends Span>(spans: readonly T[]): (at: number) => T | undefined {
  let k = 0;
  return at => {
    while (k < spans.length && spans[k].end <= at) k++;
    return k < spans.length && spans[k].start <= at ? spans[k] : undefined;
  };
}

/** Which format a file name or an editor's language id stands for. */
export function formatOf(nameOrLanguage: string | undefined): TextFormat {
  if (!nameOrLanguage) return 'plaintext';
  const s = nameOrLanguage.toLowerCase();
  return s === 'markdown' || /\.(?:md|markdown|mdown|mkd)$/.test(s) ? 'markdown' : 'plaintext';
}

interface Line { start: number; end: number; next: number }

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  // (each line's end found by the native searches for the two breaks, each searched again only once passed: a document is
  // not walked code unit by code unit after every edit)
  let lf = -1, cr = -1;
  while (at <= text.length) {
    if (lf >= 0 && lf < at) lf = -1;
    if (cr >= 0 && cr < at) cr = -1;
    if (lf === -1) { lf = text.indexOf('\n', at); if (lf < 0) lf = text.length; }
    if (cr === -1) { cr = text.indexOf('\r', at); if (cr < 0) cr = text.length; }
    const end = Math.min(lf, cr);
    let next = end;
    if (next < text.length) next += text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10 ? 2 : 1;
    lines.push({ start: at, end, next });
    if (next === end) break;
    at = next;
  }
  return lines;
}

/**
 * Edits to the normalised text, each the same length as what it replaces: blanked spans and
 * line breaks made spaces. Collected, then applied in one pass.
 */
class ReadingBuilder {
  private blanks: Span[] = [];
  private softBreaks: Span[] = [];
  constructor(private readonly text: string) {}
  blank(start: number, end: number): void { if (end > start) this.blanks.push({ start, end }); }
  private joins: Join[] = [];
  soft(line: Line): void {
    if (line.next <= line.end) return;
    this.softBreaks.push({ start: line.end, end: line.next });
    // a word broken after a hyphen at the line's end ("PD-" then "L1"): the part before the
    // break moves right, next to the rest, so that the reading text holds the whole word
    const t = this.text;
    // not after a marker such as "HER2-" or "CD20-" before a lower-case word ("HER2- advanced"),
    // where the hyphen means "negative" and a space follows it
    const before = t[line.end - 2] ?? '', after = t[line.next] ?? '';
    const negativeMarker = /[\p{Lu}\p{N}]/u.test(before) && /\p{Ll}/u.test(after);
    if (t[line.end - 1] === '-' && line.end - 2 >= line.start && isWordChar(before) && isWordChar(after) && !negativeMarker) {
      let s = line.end - 1;
      while (s > line.start && isWordChar(t[s - 1]) || (s > line.start && t[s - 1] === '-' && isWordChar(t[s - 2] ?? ''))) s--;
      if (line.end - s <= 60) this.joins.push({ start: s, end: line.end, shift: line.next - line.end });
    }
  }
  build(): { reading: string; nonProse: Span[]; softBreaks: Span[]; joins: Join[] } {
    const nonProse = mergeSpans(this.blanks);
    const softBreaks = mergeSpans(this.softBreaks);
    // a join inside what is no prose is no word
    const joins = this.joins.filter(j => !nonProse.some(n => n.start < j.end + j.shift && j.start < n.end));
    let reading = applyLayout(this.text, nonProse, softBreaks);
    if (joins.length) {
      const parts: string[] = [];
      let at = 0;
      for (const j of joins) {
        parts.push(reading.slice(at, j.start), ' '.repeat(j.shift), reading.slice(j.start, j.end));
        at = j.end + j.shift;
      }
      parts.push(reading.slice(at));
      reading = parts.join('');
    }
    return { reading, nonProse, softBreaks, joins };
  }
}

/**
 * A word hyphenated across a line end, read whole: in the reading text the part before the line
 * break, [start, end), is moved `shift` characters to the right (over the line break), so it
 * touches the rest of the word. An offset found in the reading text inside [start + shift,
 * end + shift) is the document's offset minus `shift`; `toDocumentOffset` maps it back.
 */
export interface Join { start: number; end: number; shift: number }

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

/** Maps an offset found in the reading text to the document: unchanged except inside a moved word part. */
export function toDocumentOffset(joins: readonly Join[], offset: number, isEnd: boolean): number {
  if (joins.length === 0) return offset;
  let lo = 0, hi = joins.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const j = joins[mid];
    const from = j.start + j.shift, to = j.end + j.shift;
    if (isEnd ? offset <= from : offset < from) hi = mid - 1;
    else if (isEnd ? offset > to : offset >= to) lo = mid + 1;
    else return offset - j.shift;
  }
  return offset;
}

/**
 * The text with the structure's edits applied: non-prose blanked (its line ends kept), soft wraps
 * made spaces. Every edit keeps the length, so offsets stay offsets. Applied to the normalised
 * text it gives the reading text; applied to the original, the text the checks quote from.
 */
export function applyLayout(text: string, nonProse: Span[], softBreaks: Span[]): string {
  const edits = mergeSpans([...nonProse, ...softBreaks]);
  if (edits.length === 0) return text;
  const soft = new Set<number>();
  for (const s of softBreaks) for (let i = s.start; i < s.end; i++) soft.add(i);
  const parts: string[] = [];
  let at = 0;
  for (const e of edits) {
    parts.push(text.slice(at, e.start));
    const segment = text.slice(e.start, e.end);
    if (!/[\r\n]/.test(segment)) parts.push(' '.repeat(segment.length));
    else {
      // everything blank but the line ends, and the line ends of soft wraps blank too
      let out = segment.replace(/[^\r\n]+/g, m => ' '.repeat(m.length));
      const wraps: number[] = [];
      if (soft.size > 0) for (const m of segment.matchAll(/[\r\n]/g)) if (soft.has(e.start + m.index!)) wraps.push(m.index!);
      if (wraps.length > 0) {
        const chars = out.split('');
        for (const i of wraps) chars[i] = ' ';
        out = chars.join('');
      }
      parts.push(out);
    }
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function mergeSpans(spans: Span[]): Span[] {
  if (spans.length === 0) return spans;
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const out: Span[] = [{ ...sorted[0] }];
  for (let i = 1; i < sorted.length; i++) {
    const last = out[out.length - 1];
    if (sorted[i].start <= last.end) last.end = Math.max(last.end, sorted[i].end);
    else out.push({ ...sorted[i] });
  }
  return out;
}

/** Whether a line holds a glued cell (see GLUED_CELL): such lines are left as they are by a rewrap. */
export function hasGluedCell(text: string, line: Span): boolean { return gluedRow(text, line); }

export function readStructure(normalized: string, format: TextFormat): Structure {
  // (readPlainStructure reads plain text paragraph by paragraph, exactly as this does, and in a third
  // of the time; but measured over a whole edit of 1 MB the passes after it, and the checks, ran
  // slower on what it gives, for a reason not yet found: it waits for that before it is used. Its paragraphs' readings
  // are kept in the memo of readings, in keys a document's size more; readSplicedStructure keeps one reading per text)
  if (format !== 'plaintext' || normalized.length < SPLICE_FROM) return readWhole(normalized, format);
  return readSplicedStructure(normalized);
}

/** Below this length plain text is read whole: finding what an edit changed costs about as much. */
const SPLICE_FROM = 4096;

/** A plain text's structure as read, kept for the next version of the text; `starts`: where its split at "\n\n" starts each paragraph (see splitStarts). */
interface StructureRun { text: string; structure: Structure; starts: number[] }
/** The edited document's last reading, and one more (another document's, in between). Never handed out: see copyStructure. */
const STRUCTURE_RUNS = new KeptRuns<StructureRun>(2);

/**
 * Plain text's structure, read again only in the paragraphs an edit changed: those before and after them are taken from
 * the reading of the text's last version (the one kept that shares the most of its start and end), moved by the change
 * in length after it.
 *
 * Exactness: as readPlainStructure's (every reading of plain text's structure stays within a paragraph of the split at
 * "\n\n", scanned left to right; the "\n\n" between two is nothing's), so the whole text's reading is its paragraphs'
 * readings side by side, and a run of whole paragraphs read at once reads as they do one by one. The split's scan
 * depends only on the text from where it stands: where it starts a paragraph in the two versions' common start, it has
 * read only common text, and the paragraphs before are the same; where it starts one in their common end at the place
 * it started one in the last version (moved by the change in length), the rest of the split is the same. Between the
 * two, the text is read whole.
 */
function readSplicedStructure(text: string): Structure {
  const from = STRUCTURE_RUNS.closest(text);
  const starts = splitStarts(text);
  let kept: Structure | undefined;
  if (from && 2 * (from.p + from.sfx) >= text.length) kept = splicedStructure(from.run, text, starts, from.p, text.length - from.sfx);
  kept ??= readWhole(text, 'plaintext');
  STRUCTURE_RUNS.add({ text, structure: kept, starts }, from);
  return copyStructure(kept);
}

/** Where the split at "\n\n" (scanned left to right, as paragraphRuns splits) starts each paragraph: 0, and after each "\n\n" it finds. */
function splitStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 2)) starts.push(at + 2);
  return starts;
}

/** The index of the first of sorted `xs` at or above `x`. */
function firstAtOrAbove(xs: readonly number[], x: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The index of the first of `spans` (sorted by start) starting at or after `x`. */
function firstStartFrom(spans: readonly Span[], x: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid].start < x) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * The structure of `text` from the last version's (`run`), which shares `text`'s first `p` code units and its code units
 * from `endFrom` on; undefined when no paragraph start of the common end is one of the last version's.
 */
function splicedStructure(run: StructureRun, text: string, starts: number[], p: number, endFrom: number): Structure | undefined {
  const old = run.structure, delta = text.length - run.text.length;
  // the last paragraph start in the common start (paragraphs before it end, with their "\n\n", at or before it)
  const a = starts[firstAtOrAbove(starts, p + 1) - 1];
  // the first paragraph start in the common end that was one of the last version's
  let b = -1;
  for (let k = firstAtOrAbove(starts, endFrom); k < starts.length && b < 0; k++) {
    const i = firstAtOrAbove(run.starts, starts[k] - delta);
    if (i < run.starts.length && run.starts[i] === starts[k] - delta) b = starts[k];
  }
  // (the text between is read whole: up to the "\n\n" before b, or to the end)
  const midEnd = b >= 0 ? b - 2 : text.length;
  if (midEnd < a) return undefined;
  const mid = readWhole(text.slice(a, midEnd), 'plaintext');
  const oldFrom = b >= 0 ? b - delta : run.text.length + 1;
  const spans = (before: readonly Span[], within: readonly Span[]): Span[] => {
    const out: Span[] = [];
    for (const x of before) { if (x.start >= a) break; out.push(x); }
    for (const x of within) out.push({ start: x.start + a, end: x.end + a });
    for (let i = firstStartFrom(before, oldFrom); i < before.length; i++) out.push({ start: before[i].start + delta, end: before[i].end + delta });
    return out;
  };
  const nonProse = spans(old.nonProse, mid.nonProse);
  const softBreaks = spans(old.softBreaks, mid.softBreaks);
  const joins: Join[] = [];
  for (const j of old.joins) { if (j.start >= a) break; joins.push(j); }
  for (const j of mid.joins) joins.push({ start: j.start + a, end: j.end + a, shift: j.shift });
  for (let i = firstStartFrom(old.joins, oldFrom); i < old.joins.length; i++) { const j = old.joins[i]; joins.push({ start: j.start + delta, end: j.end + delta, shift: j.shift }); }
  const tables: DocTable[] = [];
  for (const t of old.tables) { if (t.start >= a) break; tables.push(t); }
  for (const t of mid.tables) tables.push(movedTable(t, a));
  for (let i = firstStartFrom(old.tables, oldFrom); i < old.tables.length; i++) tables.push(movedTable(old.tables[i], delta));
  // (a text with nothing to blank or rewrap reads as it is, the very string, as readWhole gives it)
  let reading = text;
  if (nonProse.length || softBreaks.length) {
    reading = old.reading.slice(0, a) + mid.reading + (b >= 0 ? text.slice(midEnd, b) + old.reading.slice(oldFrom) : '');
    // (flattened at once: the passes read it code unit by code unit, slower in a string made of pieces)
    void Number(reading);
  }
  return { reading, nonProse, softBreaks, joins, tables };
}

/** A table with its offsets moved by `d`: new objects throughout. */
function movedTable(t: DocTable, d: number): DocTable {
  const cell = (c: Span): Span => ({ start: c.start + d, end: c.end + d });
  const row = (r: TableRow): TableRow => ({ start: r.start + d, end: r.end + d, cells: r.cells.map(cell) });
  return { start: t.start + d, end: t.end + d, form: t.form, header: t.header.map(row), rows: t.rows.map(row) };
}

/** A copy of a kept structure, new objects throughout: what the passes receive is theirs, and the kept one stays as read. */
function copyStructure(s: Structure): Structure {
  const span = (x: Span): Span => ({ start: x.start, end: x.end });
  return {
    reading: s.reading, nonProse: s.nonProse.map(span), softBreaks: s.softBreaks.map(span),
    joins: s.joins.map(j => ({ start: j.start, end: j.end, shift: j.shift })), tables: s.tables.map(t => movedTable(t, 0)),
  };
}

/**
 * Plain text's structure, read paragraph by paragraph (split at "\n\n"), each paragraph's kept in
 * the memo by its text: an edit reads again only the paragraphs it changed.
 *
 * Exactness: every reading of plain text's structure looks no further than across a line break to
 * the next line, and stops at an empty line: a soft wrap joins two lines that are not blank; a
 * table's run of rows, a flattened table's rows, a split header's look back and two glued lines all
 * end at a blank line; an address ends at white space; a word hyphenated across a line end is one
 * of two lines that are not blank. What a paragraph yields is therefore what the whole text yields
 * inside it (its offsets moved by the paragraph's start), and the "\n\n" between paragraphs is
 * nothing's: no span reaches it, and the reading text keeps it as it is. Spans of two paragraphs
 * are two characters apart at least, so no two would have merged.
 */
/** @internal not used yet (see readStructure); the differential test holds it to readWhole */
export function readPlainStructure(normalized: string): Structure {
  const parts: string[] = [];
  const nonProse: Span[] = [], softBreaks: Span[] = [], joins: Join[] = [], tables: DocTable[] = [];
  const moved = (d: number) => (x: Span) => ({ start: x.start + d, end: x.end + d });
  let at = 0;
  // (a text with nothing to blank, rewrap or join reads as it is: its reading is the very string, as
  // the whole-text reading gives it, so that the passes holding both compare them by reference)
  let unchanged = true;
  for (const { from, to, result } of paragraphRuns(normalized, readPlainParagraph)) {
    if (result.nonProse.length || result.softBreaks.length || result.joins.length) unchanged = false;
    if (from > at) parts.push(normalized.slice(at, from));
    parts.push(result.reading);
    for (const x of result.nonProse) nonProse.push({ start: x.start + from, end: x.end + from });
    for (const x of result.softBreaks) softBreaks.push({ start: x.start + from, end: x.end + from });
    for (const j of result.joins) joins.push({ start: j.start + from, end: j.end + from, shift: j.shift });
    for (const t of result.tables) {
      const row = (r: TableRow): TableRow => ({ start: r.start + from, end: r.end + from, cells: r.cells.map(moved(from)) });
      tables.push({ start: t.start + from, end: t.end + from, form: t.form, header: t.header.map(row), rows: t.rows.map(row) });
    }
    at = to;
  }
  if (at < normalized.length) parts.push(normalized.slice(at));
  return { reading: unchanged ? normalized : parts.length === 1 ? parts[0] : parts.join(''), nonProse, softBreaks, joins, tables };
}

/** One paragraph's structure, kept in the memo (never changed: readPlainStructure copies what it takes). */
const readPlainParagraph = (paragraph: string): Structure => readWhole(paragraph, 'plaintext');

/** @internal the structure read over the whole text at once (the tests compare readStructure with it) */
export function readWhole(normalized: string, format: TextFormat): Structure {
  const lines = linesOf(normalized);
  const builder = new ReadingBuilder(normalized);
  const tables = format === 'markdown' ? readMarkdown(normalized, lines, builder) : readPlainText(normalized, lines, builder);
  blankAddresses(normalized, builder);
  const { reading, nonProse, softBreaks, joins } = builder.build();
  return { reading, nonProse, softBreaks, joins, tables };
}

// ---------------------------------------------------------------------------------------------
// Plain text

/** A list bullet, an enumerator, a quote or a heading mark opening a line: a new unit starts there. */
const UNIT_OPENER = /^[ \t]*(?:[-*+\u2022\u00b7\u25aa\u25cf\u2023\u2043>#|]|\d{1,3}[.)](?=[ \t])|\(\d{1,3}\)|\(?[a-z][.)](?=[ \t])|[ivx]{1,4}[.)](?=[ \t]))/;

/** A flattened table header: a label and two or more glued period columns ("Metric2030E2031E"). */
export const FLATTENED_HEADER = /^([^\d\n]{0,60}?)((?:(?:19|20)\d{2}[EFA]?|[HQ][1-4] ?(?:19|20)\d{2}){2,12})[ \t]*$/;

/** A list item's marker and the run of spaces after it, at a line's start: "--  ", "*   ", "\u2022  ". */
const BULLET_GAP = /^(?:--?|\*|\u2022|\u00b7|\u25aa|\u25cf)[ \t]{2,}(?=\S)/;
/**
 * The cells of a line written as a table row: split at tabs, at runs of two or more spaces, or at
 * pipes. Undefined when the line is no table row (fewer than two cells). A run of spaces after a
 * sentence end is an old typewriter habit, not a column gap.
 */
export function rowCells(text: string, line: Span): { cells: Span[]; by: 'pipes' | 'aligned' } | undefined {
  const s = text.slice(line.start, line.end);
  // most lines are prose: no tab, no pipe, no run of spaces
  if (s.indexOf('\t') < 0 && s.indexOf('|') < 0 && s.indexOf('  ') < 0) return undefined;
  let pipes = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 124 && s.charCodeAt(i - 1) !== 92) pipes++;
  if (pipes >= 2) {
    const cells: Span[] = [];
    let from = 0;
    const push = (a: number, b: number) => {
      while (a < b && /\s/.test(s[a])) a++;
      while (b > a && /\s/.test(s[b - 1])) b--;
      cells.push({ start: line.start + a, end: line.start + b });
    };
    for (let i = 0; i <= s.length; i++) {
      if (i === s.length || (s.charCodeAt(i) === 124 && s.charCodeAt(i - 1) !== 92)) { push(from, i); from = i + 1; }
    }
    // the empty cells before a leading pipe and after a trailing one are the table's frame
    if (cells.length && /^\s*\|/.test(s)) cells.shift();
    if (cells.length && /\|\s*$/.test(s)) cells.pop();
    return cells.length >= 2 ? { cells, by: 'pipes' } : undefined;
  }
  let first = s.search(/\S/);
  if (first < 0) return undefined;
  // "    --  Net sales were ...": the spaces after a list item's marker are the item's indent, no column gap
  const bullet = BULLET_GAP.exec(s.slice(first, first + 8));
  if (bullet) first += bullet[0].length;
  const cells: Span[] = [];
  let cellStart = first;
  let i = first;
  while (i < s.length) {
    const c = s[i];
    if (c === '\t' || (c === ' ' && s[i + 1] === ' ')) {
      let j = i;
      while (j < s.length && (s[j] === ' ' || s[j] === '\t')) j++;
      const before = s[i - 1];
      const gap = c === '\t' || !/[.!?:;,]/.test(before);
      if (j >= s.length) break;
      if (gap) { cells.push({ start: line.start + cellStart, end: line.start + i }); cellStart = j; }
      i = j;
      continue;
    }
    i++;
  }
  let end = s.length;
  while (end > cellStart && /\s/.test(s[end - 1])) end--;
  if (end > cellStart) cells.push({ start: line.start + cellStart, end: line.start + end });
  return cells.length >= 2 ? { cells, by: 'aligned' } : undefined;
}

/**
 * A cell glued to the next, as tables flattened into text write them: a label run into its value
 * ("Vehicle3.2 %", "Dose LevelCohort B"), a percentage into the next number ("17 %6.5 %"), a
 * closing parenthesis into a word or a number, or two intervals in brackets run together ("(1.2, 5.5)(0.4, 9.8)";
 * a number on both sides, so that a statute's "505(b)(2)" is none).
 */
// letters of the Latin scripts, spelled out as ranges: a Unicode property class made this the
// slowest step of reading a large document's structure
const LOWER = 'a-z\\u00df-\\u00f6\\u00f8-\\u00ff', UPPER = 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de';
const GLUED_CELL = new RegExp(`%\\d|\\)[${LOWER}${UPPER}\\d]|\\d\\)\\(\\d|[${LOWER}]{2}\\d|[${LOWER}]{2}[${UPPER}][${LOWER}]`);

/** What plainTableLines asks of a line's text alone, as bits: gluedRow, blank, a flattened header's last line, a digit, rowCells. */
const GLUED = 1, BLANK = 2, FLATTENED_HEAD = 4, DIGIT = 8, ROW = 16;
/** @internal the bits of a line's text (pure: each is the test plainTableLines made of the line itself) */
export function lineFacts(s: string): number {
  return (GLUED_CELL.test(s) ? GLUED : 0) | (s.trim() === '' ? BLANK : 0) | (/\d[EFA]?[ \t]*$/.test(s) && FLATTENED_HEADER.test(s) ? FLATTENED_HEAD : 0)
    | (/\d/.test(s) ? DIGIT : 0) | (rowCells(s, { start: 0, end: s.length }) ? ROW : 0);
}

function gluedRow(text: string, line: Span): boolean {
  // (a line's answer kept by its text, testMemo's pieces)
  return testPiece(GLUED_CELL, text.slice(line.start, line.end));
}

/** A section's label between a glued table's rows ("Best response, n (%)", "Adverse events"): short, words, no digit. */
const SECTION_LABEL = /^[ \t]*\p{L}[^\d\n]{0,78}$/u;
/**
 * A glued row one section's label away from another glued row, above or below: the table goes on across the label. The
 * label may be wrapped onto two or three lines, as an editor wraps a long one: the same label, so the same table.
 */
function gluedAcrossSection(text: string, lines: Span[], glued: boolean[], i: number): boolean {
  const section = (k: number) => k >= 0 && k < lines.length && SECTION_LABEL.test(text.slice(lines[k].start, lines[k].end));
  let up = true, down = true;
  for (let n = 1; n <= 3 && (up || down); n++) {
    up = up && section(i - n);
    down = down && section(i + n);
    if ((up && !!glued[i - n - 1]) || (down && !!glued[i + n + 1])) return true;
  }
  return false;
}
/** A glued row right under a flattened header's last line: the table's first row, whatever follows it. */
function underGroupSize(text: string, lines: Span[], i: number): boolean {
  return i > 0 && ENDS_IN_SIZE.test(text.slice(lines[i - 1].start, lines[i - 1].end));
}

/**
 * Line roles for plain text: whether each line is a table row (its breaks are hard). A row has
 * cells apart (tabs, runs of spaces, pipes), or sits under a flattened header, or is one of two or
 * more consecutive lines with glued cells (one glued line alone is more likely a name such as a
 * company's, written in camel case, inside prose).
 */
/** A stacked table's corner (binding.json stackedTable): the table's first cell, alone on its line. */
export const STACKED_CORNER = new RegExp(`^\\s*\\|?\\s*(?:${wordsPattern(bindingGrammar.stackedTable.corners)})\\s*\\|?\\s*$`, 'iu');
/** A line of a stacked table that only parts its cells: a pipe alone, or a row of pipes and dashes ("|---|---|"). */
export const STACKED_RULE = /^\s*(?:\||\|?(?:\s*:?-{3,}:?\s*\|)+\s*)$/;
/** A stacked table's value cell: a number first ("961", "71.4 (11.8)", "<0.001", "12 participants"), or a dash for none. */
export const STACKED_VALUE = /^\s*(?:[<>\u2264\u2265~+\u2212\u2013-]?\s?\d[^\n]{0,38}|[\u2013\u2014-]|NA|N\/A)\s*$/u;

/**
 * A table copied one cell a line, as a trial registry's results read when copied from a web page: a corner line
 * ("Measure"), then its cells, one a line, down to a blank line, values among them. Its line ends are the table's.
 */
function markStackedTables(text: string, lines: Span[], table: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!STACKED_CORNER.test(text.slice(lines[i].start, lines[i].end))) continue;
    let j = i + 1, values = 0;
    // (down to a blank line or the next table's corner)
    for (; j < lines.length && !isBlank(text, lines[j]) && !STACKED_CORNER.test(text.slice(lines[j].start, lines[j].end)); j++) if (STACKED_VALUE.test(text.slice(lines[j].start, lines[j].end))) values++;
    if (values >= 2) for (let k = i; k < j; k++) table[k] = true;
    i = j - 1;
  }
}

/** Characters a cell's value is written with: digits, a decimal point or comma between digits, a percent sign, a range's dash. */
const isValueChar = (c: number) => (c >= 48 && c <= 57) || c === 46 || c === 44 || c === 37 || c === 45;
/** A value's sign or comparator before its digits: minus, plus, "<", ">", "≤", "≥", "~". */
const isSignChar = (c: number) => c === 45 || c === 43 || c === 60 || c === 62 || c === 0x2264 || c === 0x2265 || c === 126;
/** Footnote marks a table puts after a value ("46 (39)†", "0.05*"). */
const isMarkChar = (c: number) => c === 42 || c === 0x2020 || c === 0x2021 || c === 0xa7 || c === 0xb6 || c === 35;

/**
 * How many value cells end a line: values apart by single spaces, or glued where a sign or a bracket parts them
 * ("44 (15.2) 17 (5.9) 6 (18.8)", "-1.35 (0.14)-2.02 (0.14)", "11.4-22.8 2.9-8.7"), each value with the bracket after
 * it. A table copied with its column gaps shrunk to one space writes its rows so; prose does not end a line in two
 * numbers with nothing between them. Read from the line's end, one character at a time (no pattern over the line).
 */
export function trailingValueCells(text: string, line: Span): number {
  let i = line.end - 1, cells = 0;
  const skip = () => { while (i >= line.start && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || isMarkChar(text.charCodeAt(i)))) i--; };
  for (;;) {
    skip();
    if (i < line.start) break;
    // a bracket after a value: its companions ("(16.4)", "(1.707-5.215)", "(12.4-NE)"), at most 40 characters, a digit in them
    if (text.charCodeAt(i) === 41) {
      const open = text.lastIndexOf('(', i);
      if (open < line.start || i - open > 40 || text.slice(open + 1, i).indexOf(')') >= 0 || !/\d/.test(text.slice(open, i))) break;
      i = open - 1;
      skip();
    }
    // the value, read backwards: digits and what goes between them, then a sign
    const end = i;
    while (i >= line.start && isValueChar(text.charCodeAt(i))) i--;
    const token = text.slice(i + 1, end + 1);
    if (!/\d/.test(token) || /^[,.]|,$/.test(token)) break;
    if (i >= line.start && isSignChar(text.charCodeAt(i))) i--;
    cells++;
    // what parts it from the value before: a space, a bracket's close, a sign that opened it; a letter or anything else is its row's label
    if (i < line.start) break;
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 41 || isMarkChar(c) || isSignChar(text.charCodeAt(i + 1)))) break;
  }
  return cells;
}

/**
 * Paragraphs that are tables with their column gaps shrunk to single spaces: two or more of their lines, and a third
 * of them at least, end in two or more value cells (trailingValueCells). Every line of such a paragraph is a row, a
 * header or a section's label: its line ends are the table's.
 */
function markSpacedTables(text: string, lines: Span[], table: boolean[]): void {
  for (let i = 0; i < lines.length;) {
    if (isBlank(text, lines[i])) { i++; continue; }
    let j = i, rows = 0, labelled = true;
    const widths = new Map<number, number>();
    let above = 0;
    for (; j < lines.length && !isBlank(text, lines[j]); j++) {
      if (lines[j].end - lines[j].start > 400) { labelled = false; continue; }
      const cells = trailingValueCells(text, lines[j]);
      // each line opens with words, a row's label or a header's ("95% CI" too): a line that opens with a value or a
      // bracket is the rest of a line broken where it was not a row's end, unless it is only brackets, as many as the
      // row above has cells ("(4-39) (23-68) (19-49)" under "Rate, % (95% CI) 20 45 33"): each cell's interval, that a
      // copy put on a line of their own
      if (!LABEL_FIRST.test(text.slice(lines[j].start, Math.min(lines[j].end, lines[j].start + 40)))
        && !(above >= 2 && bracketCells(text, lines[j]) === above)) labelled = false;
      if (cells >= 2) { rows++; widths.set(cells, (widths.get(cells) ?? 0) + 1); }
      above = cells;
    }
    // (the rows agree: two of them at least end in as many cells, as a table's columns)
    if (labelled && rows >= 2 && rows * 3 >= j - i && [...widths.values()].some(n => n >= 2)) for (let k = i; k < j; k++) table[k] = true;
    i = j;
  }
}
/**
 * How many bracketed cells a line holds when it is only those ("(4-39) (23-68) (NE-NE)", each with a digit or a
 * placeholder in it, apart by spaces), else 0. Linear in the line.
 */
export function bracketCells(text: string, line: Span): number {
  let cells = 0;
  for (let i = line.start; ; ) {
    while (i < line.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i >= line.end) return cells;
    if (text.charCodeAt(i) !== 40) return 0;
    const close = text.indexOf(')', i);
    if (close < 0 || close >= line.end || close - i > 40 || text.slice(i + 1, close).indexOf('(') >= 0) return 0;
    if (!/\d|N[ERA]/.test(text.slice(i + 1, close))) return 0;
    cells++;
    i = close + 1;
  }
}

/**
 * A line that opens with a label: a word first, or a number that a word follows ("95% CI for DCR"), a threshold's
 * comparator before it or not: a row's group named by its bound ("<65 years", "\u2265350 m", ">2 prior lines").
 */
const LABEL_FIRST = /^[ \t]*(?:[^\s\d([{<>\u2264\u2265~+\u2212\u2013\u2014-]|[<>\u2264\u2265]?[ \t]?[\d.,%]+[ \t]?[A-Za-z\u00c0-\u024f])/;

export function plainTableLines(text: string, lines: Span[]): boolean[] {
  const table = new Array<boolean>(lines.length).fill(false);
  // what each line's text alone says, kept by that text (a long line of prose is read again only once an edit changed it)
  const facts = lines.map(l => { const s = text.slice(l.start, l.end); return s.length > MAX_PIECE ? memoRead(s, lineFacts) : readPiece(lineFacts, s); });
  const glued = facts.map(f => (f & GLUED) !== 0);
  for (let i = 0; i < lines.length; i++) if (glued[i] && (glued[i - 1] || glued[i + 1] || gluedAcrossSection(text, lines, glued, i) || underGroupSize(text, lines, i))) table[i] = true;
  markSpacedTables(text, lines, table);
  let flattened = false;
  for (let i = 0; i < lines.length; i++) {
    const f = facts[i];
    if (f & BLANK) { flattened = false; continue; }
    // a flattened header ends in its last period column (a digit, or E, F or A after one)
    if (f & FLATTENED_HEAD) { flattened = true; table[i] = true; continue; }
    // the rows under a flattened header, until a blank line or a line without a digit
    if (flattened) {
      if (f & DIGIT) { table[i] = true; continue; }
      flattened = false;
    }
    if (f & ROW) table[i] = true;
  }
  markStackedTables(text, lines, table);
  return table;
}

/** A group's size on a header line: "n = 133", "(N=423)". */
const LINE_SIZE = /(?<![\p{L}\d])[nN]\s?=\s?\d[\d,]*/gu;
/** A token of a row's values: a number (its sign, per cent, footnote mark), a bracketed one or a piece of one, a dash, "±". */
const VALUE_TOKEN = /^(?:[<>\u2264\u2265]?\(?[-\u2212\u2013]?\d[\d.,]*%?(?:[-\u2013\u2014][-\u2212]?\d[\d.,]*%?)?[)\],]?[*\u2020\u2021]?|[-\u2013\u00b1]|\(?n\/a\)?)$/iu;

/** Whether a line is a label and then two values or more, nothing but values after the label (linear: one pass over its tokens). */
function valuesRow(line: string): boolean {
  const tokens = line.trim().split(/\s+/);
  let k = tokens.length, numbers = 0;
  while (k > 0 && VALUE_TOKEN.test(tokens[k - 1])) { if (!/^\(/.test(tokens[k - 1]) && /\d/.test(tokens[k - 1])) numbers++; k--; }
  if (numbers >= 2 && k > 0 && /\p{L}/u.test(tokens.slice(0, k).join(' '))) return true;
  // (a category named by its number, "0 88 (44.0%) 45 (45.0%)", "2+ 30 (15.0%) 14 (14.0%)": a small whole number first)
  return k <= 1 && /^\d{1,2}\+?$/.test(tokens[0]) && numbers >= (k === 0 ? 3 : 2);
}
/** How many lines under a header of sizes its rows are kept. */
const SIZED_ROWS = 120;

/**
 * The lines of a table copied as text with single spaces between its cells, under a header line that names each
 * column's group with its size ("Characteristic Overall N=300 Acmezumab N=150 Placebo N=150 p-value"): the header and
 * the lines under it keep their line ends (each is a row, or a section's label), as far as lines of values go on.
 * A header needs two sizes or more and no sentence's end; its table needs two rows of values in its first four lines.
 */
function rowsUnderSizes(text: string, lines: Span[]): boolean[] {
  const keep = new Array<boolean>(lines.length).fill(false);
  let nextEq = text.indexOf('=');
  for (let i = 0; i + 2 < lines.length && nextEq >= 0; i++) {
    // (a header holds a "=": the next one found by one search, no other line sliced)
    if (nextEq < lines[i].start) nextEq = text.indexOf('=', lines[i].start);
    if (nextEq < 0 || nextEq >= lines[i].end || lines[i].end - lines[i].start > 300) continue;
    const line = text.slice(lines[i].start, lines[i].end);
    if (/[.;:]\s*$/.test(line)) continue;
    const sizes = line.match(LINE_SIZE);
    if (!sizes || sizes.length < 2) continue;
    const isRow = (j: number) => { const t = text.slice(lines[j].start, lines[j].end); return t.length <= 300 && valuesRow(t); };
    let rows = 0;
    for (let j = i + 1; j < lines.length && j <= i + 4; j++) if (isRow(j)) rows++;
    if (rows < 2) continue;
    keep[i] = true;
    let j = i + 1, misses = 0;
    for (; j < lines.length && j <= i + SIZED_ROWS; j++) {
      const t = text.slice(lines[j].start, lines[j].end);
      if (isBlank(text, lines[j])) break;
      if (isRow(j)) { misses = 0; keep[j] = true; continue; }
      // (a section's label between rows: short, no sentence's end; two such in a row end the table)
      if (t.length > 80 || /[.;]\s*$/.test(t) || ++misses > 2) break;
      keep[j] = true;
    }
    i = j - 1;
  }
  return keep;
}

function readPlainText(text: string, lines: Line[], builder: ReadingBuilder): DocTable[] {
  const isTable = plainTableLines(text, lines);
  const split = splitHeaders(text, lines);
  for (const [rule, h] of split) for (let j = h.from; j < rule; j++) isTable[j] = true;
  const continued = continuedRows(text, lines, isTable);
  for (const [row, last] of continued) for (let j = row + 1; j <= last; j++) isTable[j] = true;
  const underSizes = rowsUnderSizes(text, lines);
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i], b = lines[i + 1];
    if (a.end === a.start || isBlank(text, a) || isBlank(text, b)) continue;
    if (isTable[i] || isTable[i + 1]) continue;
    if (UNIT_OPENER.test(text.slice(b.start, Math.min(b.end, b.start + 12)))) continue;
    if (underSizes[i] && underSizes[i + 1]) continue;
    builder.soft(a);
  }
  return collectTables(text, lines, isTable, split, continued);
}

/** A delimiter row of pipes and dashes ("---|---|:--:|"). */
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/;
/** A line that is a delimiter row: its column count; else undefined. */
function delimiterColumns(line: string): number | undefined {
  if (line.length > 400 || line.indexOf('---') < 0 || !DELIMITER_ROW.test(line)) return undefined;
  return line.replace(/^[ \t]*\|/, '').replace(/\|[ \t]*$/, '').split('|').length;
}

/**
 * Header rows a copy split over lines, one or a few cells a line, each line ending in a pipe, right
 * above a delimiter row ("Group | Arm A (n = 40) |", "Arm B (n = 38) |", "---|---|---|"): when the
 * lines' cells together are no more than the delimiter's columns, they are one header row (a copy
 * leaves out the empty corner and may lose a cell's span: "Change (95% CI) |", "P |" over four
 * value columns; tableColumns lays such a row from the right). Without a delimiter row, two or more
 * lines of one cell each, each ending in a pipe, right above a row with pipes (or above a line that
 * is only a pipe, then that row) are its header the same way, when they are no more than its cells.
 * Keyed by the delimiter's line, or the first body row's; `from` is the first header line.
 */
function splitHeaders(text: string, lines: Line[]): Map<number, { from: number; row: TableRow }> {
  const out = new Map<number, { from: number; row: TableRow }>();
  for (let i = 2; i < lines.length; i++) {
    const s = text.slice(lines[i].start, lines[i].end);
    if (s.length > 400) continue;
    const ruled = delimiterColumns(s);
    const delimiter = ruled !== undefined;
    let columns: number;
    let j0 = i - 1;
    if (delimiter) columns = ruled;
    else {
      // a body row with pipes under lines of one cell each ("Arm A (n = 40) |")
      if (!headerLine(text, lines[i - 1]) && !(lonePipe(text, lines[i - 1]) && headerLine(text, lines[i - 2]))) continue;
      const row = rowCells(text, lines[i]);
      if (row?.by !== 'pipes') continue;
      columns = row.cells.length;
      if (lonePipe(text, lines[i - 1])) j0 = i - 2;
    }
    const cells: Span[] = [];
    let from = i;
    for (let j = j0; j >= 0 && i - j <= 16; j--) {
      const l = text.slice(lines[j].start, lines[j].end).trimEnd();
      if (l.trim() === '' || !l.endsWith('|')) break;
      if (!delimiter && !headerLine(text, lines[j])) break;
      cells.unshift(...pipeCells(text, lines[j]).filter(c => c.end > c.start));
      from = j;
      if (cells.length > columns) break;
    }
    if (j0 + 1 - from >= 2 && cells.length >= 2 && cells.length <= columns) {
      out.set(i, { from, row: { start: lines[from].start, end: lines[j0].end, cells } });
    }
  }
  return out;
}

/** A cell's words that are no label's: an interval's "to", "vs", a placeholder for no value. */
const VALUE_CELL_WORDS = /(?<![\p{L}])(?:to|vs|NA|NR|NE|N\/A|CI)(?![\p{L}])/gu;

/**
 * One value cell alone on a line, closed by a pipe ("4.8 (4.6 to 5.0) |", "NA |", "<.001 |"): a table row's
 * next cell, as a copy that puts a row's cells one a line writes it. Numbers, an interval's words, a placeholder;
 * no label's words.
 */
function valueCellLine(text: string, line: Line): boolean {
  const s = text.slice(line.start, line.end).trim();
  if (s.length < 2 || s.length > 60 || s.indexOf('|') !== s.length - 1) return false;
  const cell = s.slice(0, -1).trim();
  if (!cell || /\p{L}{2}/u.test(cell.replace(VALUE_CELL_WORDS, ''))) return false;
  return /\d/.test(cell) || /^(?:NA|NR|NE|N\/A|[\u2014\u2013-])$/.test(cell);
}

/**
 * Table rows a copy wrote one cell a line: under a delimiter row ("---|---|---|---|"), a row with pipes holding
 * fewer cells than the delimiter's columns ("Score, mean (95% CI), % | 5.1 (4.9 to 5.3) |"), then lines of one
 * value cell each ("4.8 (4.6 to 5.0) |", "4.5 (4.3 to 4.7) |"): those lines are the row's next cells, up to the
 * columns' count. The row's line and its last line, by line index. Linear in the lines.
 */
function continuedRows(text: string, lines: Line[], isTable: boolean[]): Map<number, number> {
  const out = new Map<number, number>();
  let columns = 0;
  for (let i = 0; i < lines.length; i++) {
    const s = text.slice(lines[i].start, lines[i].end);
    if (isBlank(text, lines[i])) { columns = 0; continue; }
    const ruled = delimiterColumns(s);
    if (ruled !== undefined) { columns = ruled; continue; }
    if (!columns || !isTable[i]) continue;
    const row = rowCells(text, lines[i]);
    if (row?.by !== 'pipes' || row.cells.length >= columns) continue;
    let n = row.cells.length;
    let j = i + 1;
    while (j < lines.length && n < columns && !isTable[j] && valueCellLine(text, lines[j])) { n++; j++; }
    if (j > i + 1) { out.set(i, j - 1); i = j - 1; }
  }
  return out;
}

/** A line of one header cell closed by a pipe ("Placebo (n = 40) |"): words, a single pipe at its end. */
function headerLine(text: string, line: Line | undefined): boolean {
  if (!line) return false;
  const s = text.slice(line.start, line.end).trim();
  if (s.length < 2 || s.length > 160 || !s.endsWith('|') || !/\p{L}/u.test(s)) return false;
  // (a value and its interval, "4.8 (4.6 to 5.0) |", is a row's cell, however many letters its words have)
  return s.indexOf('|') === s.length - 1 && !valueCellLine(text, line);
}

/** A line that is only a pipe (a header row's close, left alone on its line). */
function lonePipe(text: string, line: Line | undefined): boolean {
  return !!line && text.slice(line.start, line.end).trim() === '|';
}

function isBlank(text: string, line: Span): boolean {
  for (let i = line.start; i < line.end; i++) { const c = text.charCodeAt(i); if (c !== 32 && c !== 9) return false; }
  return true;
}

/** A group's size written in a label: "(n=60)", "N = 1,204", "(N=12)". */
const GROUP_SIZE = /\(?[nN][ ]?=[ ]?\d[\d,]*\)?/g;

/** A dose as a column label: "10 mg", "0.3 mg/kg", "100 µg", "2 x 10^6 cells" is not one (too rare to guess). */
const DOSE_LABEL = /(?<![\p{L}\d.,])\d[\d.,]*[ ]?(?:mg|g|µg|\u03bcg|mcg|ng|mL|ml|IU|U)(?:\/(?:kg|m2|m\u00b2|day|d|dose))?(?![\p{L}\d])/gu;

/** A period as a column label: "2030", "2030E", "Q3 2025", "3Q25", "H1 2026", "FY2024", "9M 2025". */
const PERIOD_LABEL = /(?<![\p{L}\d])(?:(?:[QH][1-4]|[1-4][QH]|FY|9M|6M)[ ]?(?:19|20)?\d{2}|(?:19|20)\d{2})[EAF]?(?![\p{L}\d])/gu;

/** A visit as a column label: "Week 12", "Month 6", "Day 28", "Wk 4" (a number after the unit's word names a time point, not a value). */
const VISIT_LABEL = /(?<![\p{L}\d])(?:week|wk|month|day|year|visit)s?[ ]?\d{1,3}(?![\p{L}\d.,])/giu;

/** Runs of two or more table rows with the same number of cells (the first row is the header when it holds no figure). */
function collectTables(text: string, lines: Line[], isTable: boolean[], splitHeaderRows: Map<number, { from: number; row: TableRow }> = new Map(), continued: ReadonlyMap<number, number> = new Map()): DocTable[] {
  const headerAt = new Map<number, number>();
  for (const [rule, h] of splitHeaderRows) headerAt.set(h.from, rule);
  const tables: DocTable[] = [];
  let run: { row: TableRow; by: 'pipes' | 'aligned' }[] = [];
  /** A header level above the next table's header: see where a split header opens a table below. */
  let upper: TableRow | undefined;
  /** The header rows a copy split over lines (splitHeaderRows'), as pushed. */
  const splitRows = new Set<TableRow>();
  const flush = () => {
    if (run.length && run[0].by === 'aligned') {
      // an aligned run: one table when its cells line up in columns, else its parts of one width each
      const all = run;
      run = [];
      const lined = alignedColumns(all.map(r => r.row));
      if (lined) { run = lined.map(row => ({ row, by: 'aligned' as const })); push(); return; }
      // (rows of one width, a header maybe one fewer, with their sections: one table as it stands)
      const multi = all.filter(r => r.row.cells.length >= 2);
      const width = multi.length ? multi[multi.length - 1].row.cells.length : 0;
      if (multi.every((r, k) => r.row.cells.length === width || (k === 0 && r.row.cells.length === width - 1))) { run = all; push(); return; }
      for (const r of all) {
        if (r.row.cells.length < 2) { push(); continue; }
        const width = r.row.cells.length;
        if (run.length && width !== run[run.length - 1].row.cells.length && !(run.length === 1 && run[0].row.cells.length === width - 1)) push();
        run.push(r);
      }
    }
    push();
  };
  const push = () => {
    if (run.length >= 2) {
      const rows = run.map(r => r.row).filter(r => !isRuleRow(text, r));
      if (rows.length >= 2) {
        // (a group's size in a column label, "Placebo (n=60)", and a period, "Q3 2025", "2030E", "FY2024", are labels, no figures of the table's)
        // (and so is a dose, "Drug A 10 mg": it names an arm)
        // (and so is a time point, "Week 12", "Month 6": a visit's column)
        const headerIsLabels = !/\d/.test(text.slice(rows[0].cells[1]?.start ?? rows[0].start, rows[0].end).replace(GROUP_SIZE, '').replace(PERIOD_LABEL, '').replace(DOSE_LABEL, '').replace(VISIT_LABEL, '')) || run[0].by === 'pipes';
        const header = headerIsLabels ? (upper ? [upper, rows[0]] : [rows[0]]) : [];
        tables.push({ start: (upper ?? rows[0]).start, end: rows[rows.length - 1].end, form: run[0].by, header, rows: headerIsLabels ? rows.slice(1) : rows });
      }
    }
    run = [];
    upper = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    // a header row a copy split over lines opens a table of its own, then its delimiter row
    const rule = headerAt.get(i);
    if (rule !== undefined) {
      // a split header right under the delimiter row that closed another ("Overall (n=60) | Subgroup (n=30) |", the
      // delimiter, then "Drug (n=40) |", "Placebo (n=20) |", ... one a line): the two are the header's levels, the
      // first over groups of the second's columns (tableColumns lays them)
      const levels = run.length === 2 && run[0].by === 'pipes' && splitRows.has(run[0].row) && isRuleRow(text, run[1].row) && run[1].row.end <= lines[i].start ? run[0].row : undefined;
      if (levels) run = [];
      flush();
      upper = levels;
      const split = splitHeaderRows.get(rule)!.row;
      splitRows.add(split);
      run.push({ row: split, by: 'pipes' });
      i = rule - 1;
      continue;
    }
    const parsed = isTable[i] ? rowCells(text, lines[i]) : undefined;
    if (!parsed) {
      // a pipe table goes on past a row label wrapped onto lines of its own ("Events seen in more", "than one subject |"): a few lines without cells (LABEL_LINES), no blank line, then rows with pipes again
      // (they are one row of one cell, the label of the rows under it: "Best response, n (%) |")
      if (run.length && run[0].by === 'pipes' && !isBlank(text, lines[i]) && pipeRowWithin(text, lines, isTable, i + 1, LABEL_LINES)) {
        let last = i;
        while (last + 1 < lines.length && !isTable[last + 1] && !isBlank(text, lines[last + 1])) last++;
        const label = text.slice(lines[i].start, lines[last].end).replace(/[\s|]+$/, '');
        const lead = label.length - label.trimStart().length;
        if (label.trim()) run.push({ row: { start: lines[i].start, end: lines[last].end, cells: [{ start: lines[i].start + lead, end: lines[i].start + label.length }] }, by: 'pipes' });
        i = last;
        continue;
      }
      // an aligned table goes on past a short line of its own between two of its rows: a section's label ("Week 12",
      // "Secondary endpoints"), one cell
      if (run.length && run[0].by === 'aligned' && sectionLine(text, lines[i]) && i + 1 < lines.length && isTable[i + 1] && rowCells(text, lines[i + 1])?.by === 'aligned') {
        const s = text.slice(lines[i].start, lines[i].end);
        const lead = s.length - s.trimStart().length;
        run.push({ row: { start: lines[i].start, end: lines[i].end, cells: [{ start: lines[i].start + lead, end: lines[i].start + s.trimEnd().length }] }, by: 'aligned' });
        continue;
      }
      flush();
      continue;
    }
    // rows of one table agree in form (aligned rows are sorted into columns when the run ends)
    if (run.length && run[0].by !== parsed.by) flush();
    // (a row whose next cells stand one a line under it takes them: continuedRows)
    const last = continued.get(i);
    if (last !== undefined) {
      const cells = [...parsed.cells];
      for (let j = i + 1; j <= last; j++) cells.push(...pipeCells(text, lines[j]).filter(c => c.end > c.start));
      run.push({ row: { start: lines[i].start, end: lines[last].end, cells }, by: parsed.by });
      i = last;
      continue;
    }
    run.push({ row: { start: lines[i].start, end: lines[i].end, cells: parsed.cells }, by: parsed.by });
  }
  flush();
  return tables;
}

/** A section's label inside an aligned table: a short line of words, no sentence (no full stop at its end). */
function sectionLine(text: string, line: Span): boolean {
  const s = text.slice(line.start, line.end).trim();
  return s.length > 0 && s.length <= 48 && /\p{L}/u.test(s) && !/[.!?;:,]$/.test(s);
}

/**
 * The rows of an aligned run set in the columns their cells stand in, when their widths differ: the widest row
 * (the first of them) gives the columns' left edges, each cell of another row goes to the column its text overlaps
 * most, and a column a row leaves blank gets an empty cell there ("HR (95% CI)  0.45 (0.33-0.61)" under two arms'
 * columns; a row of groups' sizes under the arms' names, the labels' column blank). A section's one-cell row stays
 * as it is. Undefined when the widths agree, or two cells of a row fall in one column (the rows do not line up).
 */
function alignedColumns(rows: TableRow[]): TableRow[] | undefined {
  const multi = rows.filter(r => r.cells.length >= 2);
  if (multi.length < 2) return undefined;
  let ref = multi[0];
  for (const r of multi) if (r.cells.length > ref.cells.length) ref = r;
  const width = ref.cells.length;
  if (multi.every(r => r.cells.length === width) || width < 3) return undefined;
  // (each aligned row is one line, starting where its line starts: positions are taken from there)
  const edges = ref.cells.map(c => c.start - ref.start);
  const out: TableRow[] = [];
  for (const r of rows) {
    if (r.cells.length < 2 || r === ref) { out.push(r); continue; }
    const at = r.start;
    const slots: (Span | undefined)[] = new Array(width).fill(undefined);
    for (const c of r.cells) {
      const a = c.start - at, b = c.end - at;
      let best = -1, bestOverlap = -1;
      for (let k = 0; k < width; k++) {
        const lo = edges[k], hi = k + 1 < width ? edges[k + 1] : Infinity;
        const overlap = Math.min(b, hi) - Math.max(a, lo);
        if (overlap > bestOverlap) { bestOverlap = overlap; best = k; }
      }
      if (slots[best]) return undefined;
      slots[best] = c;
    }
    // (a row's cells keep their order; a column left blank is an empty cell where the one before it ends)
    let prev = r.start;
    const cells: Span[] = [];
    for (let k = 0; k < width; k++) {
      const c = slots[k];
      if (c && c.start < prev) return undefined;
      cells.push(c ?? { start: prev, end: prev });
      if (c) prev = c.end;
    }
    out.push({ start: r.start, end: r.end, cells });
  }
  return out;
}

/** How many lines a row label wrapped inside a pipe table may take (a label of a few hundred characters wrapped at 40 columns). */
const LABEL_LINES = 8;

/** Whether a row with pipes starts within `reach` lines from `from`, no blank line before it. */
function pipeRowWithin(text: string, lines: Line[], isTable: boolean[], from: number, reach: number): boolean {
  for (let j = from; j < lines.length && j < from + reach; j++) {
    if (isBlank(text, lines[j])) return false;
    if (isTable[j] && rowCells(text, lines[j])?.by === 'pipes') return true;
  }
  return false;
}

function isRuleRow(text: string, row: TableRow): boolean {
  const s = text.slice(row.start, row.end);
  return s.includes('-') && /^[\s|:+=-]+$/.test(s);
}

// ---------------------------------------------------------------------------------------------
// Markdown

function makeParser() {
  // CommonMark with GFM tables; raw HTML recognised so that it can be left out
  return new MarkdownIt('default', { html: true, linkify: false });
}
let parser: ReturnType<typeof makeParser> | undefined;
function markdownParser(): ReturnType<typeof makeParser> {
  parser ??= makeParser();
  return parser;
}

/** How far an inline construct (code span, tag, comment, link target) is looked for past its opening. */
const LOOKAHEAD = 2000;

interface MdToken { type: string; map: [number, number] | null; markup: string }

/** A line that opens with a number's sign and a digit and ends in a pipe ("- 17.3 (2.4) |"). */
const SIGNED_CELL_LINE = /^[ ]{0,3}-[ \t]*[\d.,]+[^\n]*\|[ \t]*$/;

/**
 * The text as markdown-it is to read it: a line of a table that opens with a negative value ("\u2212 17.3 (2.4) |", a row's
 * next cell on a line of its own) is no list item, though the normalised text writes its minus as a hyphen; the line
 * under a table's line (one ending in a pipe) that ends in a pipe itself keeps its table going (its sign is hidden from
 * the parser, same length).
 */
function signedCellLines(src: string, lines: Line[]): string {
  let out: string[] | undefined;
  let from = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i], above = lines[i - 1];
    if (src.charCodeAt(line.start) !== 45 && src.charCodeAt(line.start) !== 32) continue;
    if (!/\|[ \t]*$/.test(src.slice(above.start, above.end)) || !SIGNED_CELL_LINE.test(src.slice(line.start, line.end))) continue;
    const at = src.indexOf('-', line.start);
    (out ??= []).push(src.slice(from, at), '\u2212');
    from = at + 1;
  }
  return out ? out.join('') + src.slice(from) : src;
}

function readMarkdown(text: string, lines: Line[], builder: ReadingBuilder): DocTable[] {
  // markdown-it reads lines at "\n": a lone "\r" line end is made one (same length), and a "\r"
  // before "\n" is dropped from sight as trailing space
  let src = text.includes('\r') ? text.replace(/\r\n?/g, m => (m.length === 2 ? ' \n' : '\n')) : text;
  const frontMatterEnd = frontMatterLines(text, lines);
  if (frontMatterEnd > 0) {
    for (let i = 0; i < frontMatterEnd; i++) builder.blank(lines[i].start, lines[i].end);
    const end = lines[frontMatterEnd - 1].end;
    src = src.slice(0, end).replace(/[^\n]/g, ' ') + src.slice(end);
  }
  src = signedCellLines(src, lines);
  const tokens: MdToken[] = [];
  markdownParser().block.parse(src, markdownParser(), {}, tokens as never);
  const tables: DocTable[] = [];
  let quoteDepth = 0;
  let listDepth = 0;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok.type === 'blockquote_open') quoteDepth++;
    else if (tok.type === 'blockquote_close') quoteDepth--;
    else if (tok.type === 'bullet_list_open' || tok.type === 'ordered_list_open') listDepth++;
    else if (tok.type === 'bullet_list_close' || tok.type === 'ordered_list_close') listDepth--;
    const map = tok.map;
    if (!map) continue;
    const [from, to] = map;
    switch (tok.type) {
      case 'fence': case 'code_block': case 'html_block': case 'hr': case 'reference_definition':
        for (let i = from; i < to && i < lines.length; i++) builder.blank(lines[i].start, lines[i].end);
        break;
      case 'heading_open': {
        const line = lines[from];
        if (tok.markup.startsWith('#')) {
          // the opening and closing runs of "#"
          const s = text.slice(line.start, line.end);
          const open = /^[ >]*#{1,6}[ \t]*/.exec(s);
          if (open) builder.blank(line.start, line.start + open[0].length);
          const close = /[ \t]+#+[ \t]*$/.exec(s);
          if (close) builder.blank(line.start + close.index, line.end);
          scanInline(text, { start: line.start, end: line.end }, builder);
        } else {
          // a setext heading: its text lines read as one, its underline is no prose
          for (let i = from; i < to - 1; i++) if (i + 1 < to - 1) builder.soft(lines[i]);
          if (to - 1 < lines.length) builder.blank(lines[to - 1].start, lines[to - 1].end);
          scanInline(text, { start: lines[from].start, end: lines[Math.max(from, to - 2)].end }, builder);
        }
        break;
      }
      case 'paragraph_open': {
        // a table GFM does not take (its header split over lines, or rows of another width than its
        // header) is a paragraph to markdown-it; its rows are read as plain text reads them
        if (quoteDepth === 0 && listDepth === 0 && pipeRowCount(text, lines, from, to) >= 2) {
          tables.push(...readPlainText(text, lines.slice(from, Math.min(to, lines.length)), builder));
          scanInline(text, { start: lines[from].start, end: lines[Math.min(to, lines.length) - 1].end }, builder);
          break;
        }
        for (let i = from; i < to && i < lines.length; i++) {
          if (quoteDepth > 0 || listDepth > 0) blankContainerMarkers(text, lines[i], builder, quoteDepth);
          // inside a paragraph a line break is a soft wrap, unless the line ends in a hard break
          if (i + 1 < to && !/(?: {2,}|\\)$/.test(text.slice(lines[i].start, lines[i].end))) builder.soft(lines[i]);
        }
        scanInline(text, { start: lines[from].start, end: lines[Math.min(to, lines.length) - 1].end }, builder);
        break;
      }
      case 'table_open': {
        const table = markdownTable(text, lines, tokens, t, builder);
        if (table) tables.push(table);
        break;
      }
      default:
        break;
    }
  }
  return tables;
}

/** How many of lines [from, to) are table rows with pipes (two at most are counted: enough to tell). */
function pipeRowCount(text: string, lines: Line[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && i < lines.length && n < 2; i++) if (rowCells(text, lines[i])?.by === 'pipes') n++;
  return n;
}

/** Lines 0..n-1 of a YAML ("---") or TOML ("+++") front matter block, or 0. */
function frontMatterLines(text: string, lines: Line[]): number {
  if (lines.length < 2) return 0;
  const first = text.slice(lines[0].start, lines[0].end).trimEnd();
  if (first !== '---' && first !== '+++') return 0;
  for (let i = 1; i < lines.length && i < 2000; i++) {
    const s = text.slice(lines[i].start, lines[i].end).trimEnd();
    if (s === first || (first === '---' && s === '...')) return i + 1;
  }
  return 0;
}

/** Blanks the ">" of quotes and the bullet or number of list items at the start of a line. */
function blankContainerMarkers(text: string, line: Line, builder: ReadingBuilder, quoteDepth: number): void {
  let i = line.start;
  let quotes = quoteDepth;
  for (;;) {
    while (i < line.end && (text[i] === ' ' || text[i] === '\t')) i++;
    if (quotes > 0 && text[i] === '>') { builder.blank(i, i + 1); i++; quotes--; continue; }
    break;
  }
  const s = text.slice(i, Math.min(line.end, i + 12));
  const m = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(s);
  if (m) builder.blank(i, i + m[0].length);
}

function markdownTable(text: string, lines: Line[], tokens: MdToken[], open: number, builder: ReadingBuilder): DocTable | undefined {
  const header: TableRow[] = [];
  let rows: TableRow[] = [];
  /** Each body row's line. */
  const rowLines: number[] = [];
  let inHead = false;
  let first = -1, last = -1;
  for (let t = open + 1; t < tokens.length && tokens[t].type !== 'table_close'; t++) {
    const tok = tokens[t];
    if (tok.type === 'thead_open') inHead = true;
    else if (tok.type === 'thead_close') inHead = false;
    else if (tok.type === 'tr_open' && tok.map) {
      const line = lines[tok.map[0]];
      if (!line) continue;
      const parsed = pipeCells(text, line);
      for (const c of parsed) scanInline(text, c, builder);
      (inHead ? header : rows).push({ start: line.start, end: line.end, cells: parsed });
      if (!inHead) rowLines.push(tok.map[0]);
      if (first < 0) first = tok.map[0];
      last = tok.map[0];
    }
  }
  // the delimiter row ("|---|:--:|") is no prose
  if (first >= 0 && first + 1 < lines.length) {
    const rule = lines[first + 1];
    if (/^[\s|:-]+$/.test(text.slice(rule.start, rule.end))) builder.blank(rule.start, rule.end);
  }
  if (first < 0) return undefined;
  const columns = first + 1 < lines.length ? delimiterColumns(text.slice(lines[first + 1].start, lines[first + 1].end)) : undefined;
  if (columns !== undefined) rows = joinSplitRows(text, lines, rows, rowLines, columns);
  return { start: lines[first].start, end: lines[last].end, form: 'markdown', header, rows };
}

/** A cell that states a group's size: "Placebo (n = 40)", "Acmezumab 10 mg (N=38)" (GROUP_SIZE, tested once). */
const SIZED_CELL = new RegExp(GROUP_SIZE.source);

/**
 * A table's rows as a copy split them over lines, each line closed by a pipe (the plain-text reader's splitHeaders and
 * continuedRows, for a table GFM takes whole, whose every line is a row to it):
 * - right under the delimiter row, two lines or more of the arms' names with their sizes ("Placebo (n = 40) |
 *   Acmezumab (n = 41) |", then "Zelbotamab (n = 39) | |"), their cells together as many as the value columns: one row;
 * - a row with a label and fewer cells than the columns, then lines of one value cell each ("4.8 (4.6 to 5.0) |"):
 *   one row, up to the columns' count.
 * Linear in the rows.
 */
function joinSplitRows(text: string, lines: Line[], rows: TableRow[], at: number[], columns: number): TableRow[] {
  const filled = (r: TableRow) => r.cells.filter(c => /[^\s|]/.test(text.slice(c.start, c.end)));
  const out: TableRow[] = [];
  let i = 0;
  let names = 0, j = 0;
  while (j < rows.length && names < columns - 1 && (j === 0 || at[j] === at[j - 1] + 1)) {
    const cells = filled(rows[j]);
    if (!cells.length || !cells.every(c => SIZED_CELL.test(text.slice(c.start, c.end)))) break;
    names += cells.length;
    j++;
  }
  if (j >= 2 && names === columns - 1) {
    out.push({ start: rows[0].start, end: rows[j - 1].end, cells: rows.slice(0, j).flatMap(filled) });
    i = j;
  }
  for (; i < rows.length; i++) {
    const r = rows[i];
    const cells = filled(r);
    let k = i + 1, n = cells.length;
    if (n >= 2 && n < columns) while (k < rows.length && n < columns && at[k] === at[k - 1] + 1 && valueCellLine(text, lines[at[k]])) { n++; k++; }
    if (k > i + 1) {
      out.push({ start: r.start, end: rows[k - 1].end, cells: [...cells, ...rows.slice(i + 1, k).flatMap(filled)] });
      i = k - 1;
    } else out.push(r);
  }
  return out;
}

/** The cells of a GFM table row: split at pipes that are neither escaped nor inside a code span. */
function pipeCells(text: string, line: Span): Span[] {
  const cells: Span[] = [];
  let i = line.start;
  while (i < line.end && (text[i] === ' ' || text[i] === '\t')) i++;
  if (text[i] === '|') i++;
  let from = i;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    cells.push({ start: a, end: b });
  };
  while (i < line.end) {
    const c = text[i];
    if (c === '\\') { i += 2; continue; }
    if (c === '`') {
      let run = 0;
      while (text[i + run] === '`') run++;
      const close = findBacktickRun(text, i + run, line.end, run);
      i = close >= 0 ? close + run : i + run;
      continue;
    }
    if (c === '|') { push(from, i); from = i + 1; }
    i++;
  }
  if (text.slice(from, line.end).trim() !== '') push(from, line.end);
  return cells;
}

/**
 * The next run of exactly `run` backticks in [from, end), looking at most LOOKAHEAD characters
 * ahead (a code span longer than that is not looked for), so unmatched runs cost bounded work.
 */
function findBacktickRun(text: string, from: number, end: number, run: number): number {
  end = Math.min(end, from + LOOKAHEAD);
  let i = from;
  while (i < end) {
    if (text[i] !== '`') { i++; continue; }
    let k = 0;
    while (i + k < end && text[i + k] === '`') k++;
    if (k === run) return i;
    i += k;
  }
  return -1;
}

/**
 * The inline constructs that hide prose, scanned once left to right: code spans, raw HTML and
 * comments, autolinks, and link or image targets ("](...)"). Link text and image descriptions
 * stay prose.
 */
function scanInline(text: string, span: Span, builder: ReadingBuilder): void {
  const end = span.end;
  const memo = { noCloseBefore: -1 };
  let i = span.start;
  while (i < end) {
    const c = text[i];
    if (c === '\\') { i += 2; continue; }
    if (c === '`') {
      let run = 0;
      while (i + run < end && text[i + run] === '`') run++;
      const close = findBacktickRun(text, i + run, end, run);
      if (close >= 0) { builder.blank(i, close + run); i = close + run; } else i += run;
      continue;
    }
    if (c === '<') {
      const stop = inlineHtmlEnd(text, i, end);
      if (stop > i) { builder.blank(i, stop); i = stop; continue; }
    }
    if (c === ']' && text[i + 1] === '(') {
      const stop = linkTargetEnd(text, i + 1, end, memo);
      if (stop > i + 1) { builder.blank(i + 1, stop); i = stop; continue; }
    }
    i++;
  }
}

/** The end of an autolink, HTML comment or tag starting at `at` ("<"), or `at` when there is none. Bounded look-ahead. */
function inlineHtmlEnd(text: string, at: number, end: number): number {
  const limit = Math.min(end, at + LOOKAHEAD);
  if (text.startsWith('<!--', at)) {
    const close = text.indexOf('-->', at + 4);
    return close >= 0 && close < limit ? close + 3 : at;
  }
  const next = text[at + 1] ?? '';
  if (!/[A-Za-z/!?]/.test(next)) return at;
  for (let i = at + 1; i < limit; i++) {
    const c = text[i];
    if (c === '>') {
      const inner = text.slice(at + 1, i);
      // an autolink (<scheme:...>, <name@host>) or a tag (<b>, </span>, <img src="..."/>)
      if (/^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*$/.test(inner) || /^[^\s@<>]+@[^\s@<>]+$/.test(inner)) return i + 1;
      if (/^\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?$/.test(inner) || /^[!?]/.test(inner)) return i + 1;
      return at;
    }
    if (c === '<') return at;
  }
  return at;
}

/**
 * The end of a link target "(dest "title")" starting at `at` ("("), balanced parentheses, or `at`
 * when there is none within LOOKAHEAD characters. `noCloseBefore` remembers how far a failed look
 * saw no ")" at all, so that a run of unclosed "](" costs one look, not one each.
 */
function linkTargetEnd(text: string, at: number, end: number, memo: { noCloseBefore: number }): number {
  if (at < memo.noCloseBefore) return at;
  const limit = Math.min(end, at + LOOKAHEAD);
  let depth = 0;
  let sawClose = false;
  for (let i = at; i < limit; i++) {
    const c = text[i];
    if (c === '\\') { i++; continue; }
    if (c === '(') depth++;
    else if (c === ')') { sawClose = true; depth--; if (depth === 0) return i + 1; }
  }
  if (!sawClose) memo.noCloseBefore = limit;
  return at;
}

// ---------------------------------------------------------------------------------------------
// Both formats

/**
 * Bare web and e-mail addresses ("https://…", "www.…", "name@host.tld"): no prose, though they
 * hold digits and capitals that would read as figures and code names.
 */
function blankAddresses(text: string, builder: ReadingBuilder): void {
  if (!/https?:\/\/|www\.|@/i.test(text)) return;
  const starts = /\b(?:https?:\/\/|www\.)/gi;
  let m: RegExpExecArray | null;
  while ((m = starts.exec(text)) !== null) {
    let e = m.index + m[0].length;
    while (e < text.length && !/[\s<>"]/.test(text[e])) e++;
    // trailing punctuation belongs to the sentence; an unmatched ")" to the parenthesis around it
    while (e > m.index && /[.,;:!?'*_]/.test(text[e - 1])) e--;
    if (text[e - 1] === ')' && !text.slice(m.index, e).includes('(')) e--;
    builder.blank(m.index, e);
    starts.lastIndex = Math.max(e, m.index + 1);
  }
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && /[A-Za-z0-9._%+-]/.test(text[s - 1])) s--;
    let e = at + 1;
    while (e < text.length && /[A-Za-z0-9.-]/.test(text[e])) e++;
    while (e > at + 1 && text[e - 1] === '.') e--;
    const domain = text.slice(at + 1, e);
    // a host name: dot-separated labels ending in a top-level domain of letters
    if (s < at && domain.length < 256 && isHostName(domain)) builder.blank(s, e);
    at = Math.max(at, e - 1);
  }
}

function isHostName(s: string): boolean {
  const labels = s.split('.');
  if (labels.length < 2 || !/^[A-Za-z]{2,}$/.test(labels[labels.length - 1])) return false;
  return labels.every(l => /^[A-Za-z0-9-]+$/.test(l));
}
