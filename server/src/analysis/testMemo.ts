/**
 * Answers of a pattern over short pieces of text (a few dozen characters around a figure), kept by
 * the piece's content: the checks ask the same patterns of the same pieces after every edit, and most
 * pieces did not change.
 *
 * Exactness: an answer depends on the pattern and the piece alone (patterns with the global or sticky
 * flag, whose answers depend on their lastIndex, are asked directly). Kept matches are read, never
 * changed, by whoever receives them.
 *
 * Bounds: pieces longer than `MAX_PIECE` are asked directly; the keys of all tables together hold at
 * most `MAX_CHARS` code units (every table is emptied when they would hold more: about 8 MB of keys and
 * as much again of answers, room for a 1 MB document's pieces); keys are copies of their own (no slice
 * of a document); every table is emptied with the memo of readings (clearMemo).
 */
import { clearedWithMemo, ownCopy } from './memo';

export const MAX_CHARS = 4_000_000;
export const MAX_PIECE = 200;
let chars = 0;

const TABLES = new Map<RegExp, Map<string, RegExpExecArray | null>>();
/** The same for pure readings of a piece (a function's identity is its table's key). */
const READS = new Map<(piece: string) => unknown, Map<string, unknown>>();
function clearAll(): void { TABLES.clear(); READS.clear(); chars = 0; }
clearedWithMemo(clearAll);

/** Counts a key about to be kept, emptying every table first when the bound would be passed; whether it emptied them. */
function room(key: string): boolean {
  const full = chars + key.length > MAX_CHARS;
  if (full) clearAll();
  chars += key.length;
  return full;
}

/** `re.exec(piece)`, kept by the piece's content. */
export function execPiece(re: RegExp, piece: string): RegExpExecArray | null {
  if (re.global || re.sticky || piece.length > MAX_PIECE) return re.exec(piece);
  let table = TABLES.get(re);
  if (!table) { table = new Map(); TABLES.set(re, table); }
  let r = table.get(piece);
  if (r === undefined) {
    const key = ownCopy(piece);
    r = re.exec(key);
    if (room(key)) { table = new Map(); TABLES.set(re, table); }
    table.set(key, r);
  }
  return r;
}

/** `re.test(piece)`, kept by the piece's content. */
export function testPiece(re: RegExp, piece: string): boolean {
  return execPiece(re, piece) !== null;
}

/** `read(piece)` for a pure `read` whose result the caller never changes, kept by the piece's content. */
export function readPiece<T>(read: (piece: string) => T, piece: string): T {
  if (piece.length > MAX_PIECE) return read(piece);
  let table = READS.get(read);
  if (!table) { table = new Map(); READS.set(read, table); }
  if (table.has(piece)) return table.get(piece) as T;
  const key = ownCopy(piece);
  const r = read(key);
  if (room(key)) { table = new Map(); READS.set(read, table); }
  table.set(key, r);
  return r;
}
