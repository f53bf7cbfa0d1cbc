/**
 * Answers of a pattern over short pieces of text (a few dozen characters around a figure), kept by
 * the piece's content: the checks ask the same patterns of the same pieces after every edit, and most
 * pieces did not change.
 *
 * Exactness: an answer depends on the pattern and the piece alone (patterns with the global or sticky
 * flag, whose answers depend on their lastIndex, are asked directly). Kept matches are read, never
 * changed, by whoever receives them.
 *
 * Layout: one table keyed by the piece, each piece kept once whatever patterns and readings ask of it
 * (a piece is asked by one to three of them, so its answers sit in the piece's own fields, no map of
 * their own). Bounds: pieces longer than `MAX_PIECE` are asked directly; the kept pieces hold at most
 * `MAX_CHARS` code units (about 8 MB of keys, and about as much again of answers): past it, the pieces
 * least recently asked go first, down to three quarters of it, so a document whose pieces hardly fit
 * loses the ones its edits no longer ask, never all at once (emptying every table made each edit of a
 * 1 MB document ask its whole pieces again: a miss costs a copy of the key and the pattern's run).
 * Keys are copies of their own (no slice of a document); the table is emptied with the memo of
 * readings (clearMemo).
 */
import { clearedWithMemo, commonEnd, commonStart, ownCopy } from './memo';

export const MAX_CHARS = 4_000_000;
export const MAX_PIECE = 200;

/**
 * A piece's answers: pattern or reading `q0` answered `r0`, `q1` answered `r1`, and any further ones in `more` (question,
 * answer, question, answer ...); `used` is when it was last asked. (Fields, not two lists: a piece is asked by one or two
 * questions mostly, and two small lists would take several times the memory of the piece's own characters.)
 */
interface Piece { readonly key: string; used: number; q0: object | undefined; r0: unknown; q1: object | undefined; r1: unknown; more: unknown[] | undefined }

/** The answer a piece holds for a question, or NONE. */
const NONE: unknown = Symbol('none');
function answerOf(p: Piece, q: object): unknown {
  if (p.q0 === q) return p.r0;
  if (p.q1 === q) return p.r1;
  const more = p.more;
  if (more) for (let i = 0; i < more.length; i += 2) if (more[i] === q) return more[i + 1];
  return NONE;
}
function keep(p: Piece, q: object, r: unknown): void {
  if (p.q0 === undefined) { p.q0 = q; p.r0 = r; } else if (p.q1 === undefined) { p.q1 = q; p.r1 = r; } else (p.more ??= []).push(q, r);
}

const pieces = new Map<string, Piece>();
let chars = 0;
/** Counts the questions asked: a piece's `used` is the count when it was last asked. */
let clock = 0;
function clearAll(): void { pieces.clear(); chars = 0; clock = 0; RECORDS.length = 0; lastRecord = undefined; }

/** What the memo holds, for tests and the benchmark: pieces, their code units, and answers kept. */
export function pieceMemoStats(): { pieces: number; chars: number; answers: number } {
  let answers = 0;
  for (const p of pieces.values()) answers += (p.q0 ? 1 : 0) + (p.q1 ? 1 : 0) + (p.more ? p.more.length / 2 : 0);
  return { pieces: pieces.size, chars, answers };
}
clearedWithMemo(clearAll);

/** The kept piece for `piece`, made when there was none; marks it used now. */
function pieceOf(piece: string): Piece {
  let p = pieces.get(piece);
  if (p) { p.used = ++clock; return p; }
  p = { key: ownCopy(piece), used: ++clock, q0: undefined, r0: undefined, q1: undefined, r1: undefined, more: undefined };
  pieces.set(p.key, p);
  chars += p.key.length;
  if (chars > MAX_CHARS) evict();
  return p;
}

/** Drops the least recently asked pieces until a quarter of the room is free (a sort, paid once in many insertions). */
function evict(): void {
  const byUse = [...pieces.values()].sort((a, b) => a.used - b.used);
  for (const p of byUse) {
    if (chars <= MAX_CHARS * 0.75) break;
    pieces.delete(p.key);
    chars -= p.key.length;
  }
}

/** `re.exec(piece)`, kept by the piece's content. */
export function execPiece(re: RegExp, piece: string): RegExpExecArray | null {
  if (re.global || re.sticky || piece.length > MAX_PIECE) return re.exec(piece);
  const p = pieceOf(piece);
  const kept = answerOf(p, re);
  if (kept !== NONE) return kept as RegExpExecArray | null;
  const r = re.exec(p.key);
  keep(p, re, r);
  return r;
}

/** `re.test(piece)`, kept by the piece's content. */
export function testPiece(re: RegExp, piece: string): boolean {
  return execPiece(re, piece) !== null;
}

/** `read(piece)` for a pure `read` whose result the caller never changes, kept by the piece's content. */
export function readPiece<T>(read: (piece: string) => T, piece: string): T {
  if (piece.length > MAX_PIECE) return read(piece);
  const p = pieceOf(piece);
  const kept = answerOf(p, read);
  if (kept !== NONE) return kept as T;
  const r = read(p.key);
  keep(p, read, r);
  return r;
}

/**
 * The pieces asked of one text by place (`text.slice(start, end)`), so that a pass asking the same places of the same
 * text, or of its next version, finds each piece by two numbers instead of hashing and comparing its characters (at
 * 1 MB an edit asks some 70,000 pieces, most of them where the last version asked them).
 *
 * Exactness: a place's piece is the text's characters there, and its answers those of the piece (the content table's
 * entry, shared). A text's next version agrees with it over their common start and end: a place inside the common
 * start holds the same characters in both, one inside the common end the same characters `delta` code units later;
 * the last version's piece at the matching place serves. Places across the edit are read from the text.
 *
 * Bounds: the places of the last few texts asked (MAX_RECORDS), a text's next version replacing it, which it holds as
 * its base one step back at most (the base's own base is let go); emptied with the memo of readings.
 */
interface TextRecord {
  text: string;
  /** The piece at each place asked, by `start * 256 + length` (a piece is at most MAX_PIECE long). */
  readonly byPlace: Map<number, Piece>;
  base?: { readonly record: TextRecord; readonly commonStart: number; readonly commonEndFrom: number; readonly delta: number };
}
const RECORDS: TextRecord[] = [];
/** The latest version of each text asked (an analysis asks the normalised text, the reading text, the checks' view, a dateline's lines), each holding the version before it as its base. */
const MAX_RECORDS = 4;
let lastRecord: TextRecord | undefined;
/** How often a place was found in its text's record, and in the record of the text's last version: for tests. */
export const placeStats = { here: 0, base: 0 };
/** Below this length a text is read by content alone: finding its record would cost about as much. */
const BY_PLACE_FROM = 4096;

function recordOf(text: string): TextRecord {
  // (the text asked last is asked again mostly: a pass reads one text; a text of the same characters kept as another
  // string is compared in full once, then taken as the one kept, so that the next questions compare by reference)
  if (lastRecord !== undefined && lastRecord.text === text) { lastRecord.text = text; return lastRecord; }
  for (const r of RECORDS) if (r !== lastRecord && r.text.length === text.length && r.text === text) { r.text = text; lastRecord = r; return r; }
  const record: TextRecord = { text, byPlace: new Map() };
  let best: TextRecord | undefined, bestP = 0, bestS = 0;
  // (the most recent text that mostly agrees with this one: the last version of it, asked by the same pass)
  for (const r of RECORDS) {
    const p = commonStart(r.text, text);
    const s = commonEnd(r.text, text, Math.min(r.text.length, text.length) - p);
    if (!best || p + s > bestP + bestS) { best = r; bestP = p; bestS = s; }
    if (2 * (bestP + bestS) >= text.length) break;
  }
  if (best && 2 * (bestP + bestS) >= text.length) {
    record.base = { record: best, commonStart: bestP, commonEndFrom: text.length - bestS, delta: text.length - best.text.length };
    best.base = undefined;
    // (the text's last version serves it as its base only: the next version of the text starts from this one)
    RECORDS.splice(RECORDS.indexOf(best), 1);
  }
  RECORDS.unshift(record);
  if (RECORDS.length > MAX_RECORDS) RECORDS.pop();
  lastRecord = record;
  return record;
}

/** String.prototype.slice's bounds for `text.slice(start, end)`: [from, to), empty when to <= from. */
function sliceFrom(length: number, start: number): number {
  const x = Math.trunc(start) || 0;
  return x < 0 ? Math.max(length + x, 0) : Math.min(x, length);
}

/** The piece at text.slice(start, end), found by its place when the text (or its last version) was asked there before. */
function pieceAt(text: string, start: number, end: number): Piece {
  const record = recordOf(text);
  const place = start * 256 + (end - start);
  let p = record.byPlace.get(place);
  if (p !== undefined) { placeStats.here++; p.used = ++clock; return p; }
  const base = record.base;
  if (base !== undefined) {
    const shift = end <= base.commonStart ? 0 : start >= base.commonEndFrom ? base.delta : undefined;
    if (shift !== undefined) p = base.record.byPlace.get((start - shift) * 256 + (end - start));
  }
  if (p !== undefined) { placeStats.base++; p.used = ++clock; }
  else p = pieceOf(text.slice(start, end));
  record.byPlace.set(place, p);
  return p;
}

/** `re.exec(text.slice(start, end))`, kept by the piece's content (and found by its place: see pieceAt). */
export function execPieceAt(re: RegExp, text: string, start: number, end: number): RegExpExecArray | null {
  const from = sliceFrom(text.length, start), to = Math.max(from, sliceFrom(text.length, end));
  if (text.length < BY_PLACE_FROM || re.global || re.sticky || to - from > MAX_PIECE) return execPiece(re, text.slice(from, to));
  const p = pieceAt(text, from, to);
  const kept = answerOf(p, re);
  if (kept !== NONE) return kept as RegExpExecArray | null;
  const r = re.exec(p.key);
  keep(p, re, r);
  return r;
}

/** `re.test(text.slice(start, end))`, kept as execPieceAt keeps it. */
export function testPieceAt(re: RegExp, text: string, start: number, end: number): boolean {
  return execPieceAt(re, text, start, end) !== null;
}

/** `read(text.slice(start, end))` for a pure `read` whose result the caller never changes, kept as execPieceAt keeps it. */
export function readPieceAt<T>(read: (piece: string) => T, text: string, start: number, end: number): T {
  const from = sliceFrom(text.length, start), to = Math.max(from, sliceFrom(text.length, end));
  if (text.length < BY_PLACE_FROM || to - from > MAX_PIECE) return readPiece(read, text.slice(from, to));
  const p = pieceAt(text, from, to);
  const kept = answerOf(p, read);
  if (kept !== NONE) return kept as T;
  const r = read(p.key);
  keep(p, read, r);
  return r;
}
