/**
 * Answers of a pattern over short pieces of text (a few dozen characters around a figure), kept by
 * the piece's content: the checks ask the same patterns of the same pieces after every edit, and most
 * pieces did not change.
 *
 * Exactness: an answer depends on the pattern and the piece alone (patterns with the global or sticky
 * flag, whose answers depend on their lastIndex, are asked directly; so are patterns anchored at the
 * start, which cost less to run than to look up). Kept matches are read, never changed, by whoever
 * receives them.
 *
 * Layout: one table keyed by the piece, each piece kept once whatever patterns and readings ask of it
 * (a piece is asked by one to three of them, so its answers sit in the piece's own fields, no map of
 * their own). Bounds: pieces longer than `MAX_PIECE` are asked directly; the kept pieces hold at most
 * `MAX_CHARS` code units (about 2 MB of keys, and about as much again of answers): past it, the pieces
 * least recently asked go first, down to three quarters of it, so a document whose pieces hardly fit
 * loses the ones its edits no longer ask, never all at once (emptying every table made each edit of a
 * 1 MB document ask its whole pieces again: a miss costs a copy of the key and the pattern's run).
 * Keys are copies of their own (no slice of a document); the table is emptied with the memo of
 * readings (clearMemo).
 */
import { clearedWithMemo, ownCopy } from './memo';
import { AskTape, onNewAnalysisRun, type Taped } from './askTape';

export const MAX_CHARS = 1_000_000;
export const MAX_PIECE = 200;

/**
 * A piece's answers: pattern or reading `q0` answered `r0`, `q1` answered `r1`, and any further ones in `more` (question,
 * answer, question, answer ...); `used` is when it was last asked. (Fields, not two lists: a piece is asked by one or two
 * questions mostly, and two small lists would take several times the memory of the piece's own characters.)
 */
interface Piece extends Taped { readonly key: string; used: number; q0: object | undefined; r0: unknown; q1: object | undefined; r1: unknown; more: unknown[] | undefined }

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
/** Counts the questions asked: a piece's `used` is the count when it was last asked (-1 once let go: see evict). */
let clock = 0;
/** The order the pieces were asked in at the last analysis, to guess the next one asked before hashing it (askTape.ts). */
const tape = new AskTape<Piece>();
onNewAnalysisRun(() => tape.newRun());
function clearAll(): void { for (const p of pieces.values()) p.used = -1; pieces.clear(); chars = 0; clock = 0; tape.clear(); }

/** What the memo holds, for tests and the benchmark: pieces, their code units, and answers kept. */
export function pieceMemoStats(): { pieces: number; chars: number; answers: number } {
  let answers = 0;
  for (const p of pieces.values()) answers += (p.q0 ? 1 : 0) + (p.q1 ? 1 : 0) + (p.more ? p.more.length / 2 : 0);
  return { pieces: pieces.size, chars, answers };
}
clearedWithMemo(clearAll);

/** The kept piece for `piece`, made when there was none; marks it used now. */
function pieceOf(piece: string): Piece {
  let p = tape.guess(piece);
  if (p !== undefined) { p.used = ++clock; return p; }
  p = pieces.get(piece);
  if (p) { p.used = ++clock; tape.found(p); return p; }
  p = { key: ownCopy(piece), used: ++clock, q0: undefined, r0: undefined, q1: undefined, r1: undefined, more: undefined, tapeRun: -1, tapeAt: -1, before: -1 };
  pieces.set(p.key, p);
  chars += p.key.length;
  if (chars > MAX_CHARS) evict();
  tape.found(p);
  return p;
}

/** Drops the least recently asked pieces until a quarter of the room is free (a sort, paid once in many insertions). */
function evict(): void {
  const byUse = [...pieces.values()].sort((a, b) => a.used - b.used);
  for (const p of byUse) {
    if (chars <= MAX_CHARS * 0.75) break;
    pieces.delete(p.key);
    chars -= p.key.length;
    // (never guessed again by the tape, which may still hold it)
    p.used = -1;
  }
}

/**
 * Whether an expression is asked directly, never looked up: one with the global or sticky flag (its answer depends on
 * its lastIndex), and one every match of which starts at its text's start: its source opens with "^" outside any
 * alternative ("^a|b" is not; "^(?:a|b)" is), and it has no multiline flag. Such an expression is tried at the
 * piece's first character alone, which costs less than hashing the piece to look its answer up (measured on a
 * 1 MB document's edit: a fifth to a tenth of it for most). Decided once per expression (one lookup by its identity
 * instead of reading its flags at every ask).
 */
function askedDirectly(re: RegExp): boolean {
  let a = DIRECT.get(re);
  if (a === undefined) {
    a = re.global || re.sticky || (!re.multiline && !re.flags.includes('v') && re.source.startsWith('^') && !alternatesAtTop(re.source));
    DIRECT.set(re, a);
  }
  return a;
}
const DIRECT = new WeakMap<RegExp, boolean>();

/** Whether a pattern's source has a "|" outside every group and class (escapes skipped). */
export function alternatesAtTop(source: string): boolean {
  let depth = 0, inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** `re.exec(piece)`, kept by the piece's content (some expressions are asked directly: see askedDirectly). */
export function execPiece(re: RegExp, piece: string): RegExpExecArray | null {
  if (piece.length > MAX_PIECE || askedDirectly(re)) return re.exec(piece);
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
