/**
 * Results of pure readings of a piece of text, kept by the text's content so that the next analysis
 * of an edited document reads again only the sentences and paragraphs the edit changed.
 *
 * The document-wide passes (binding, the checks) walk every figure after every edit, but most of what
 * they spend goes to regular expressions run over a sentence or a paragraph whose text did not change.
 * A reading that depends on nothing but its text (the matches of one expression, say) is asked of this
 * memo instead: the first analysis pays for it, later ones look it up. Offsets in what is kept are
 * relative to the text it was read from, so an edit earlier in the document, which moves every later
 * offset, changes nothing here.
 *
 * Exactness: a reading is kept under its text and the reading's identity (an expression object or a
 * function), so a result is only ever reused for the very input it was computed from. Readings must be
 * pure: same text in, same result out, and the result never mutated by whoever receives it.
 *
 * Bounds: one table for every reading, its keys each stored once (a copy of its own, not a slice that
 * would keep a whole document alive); the least recently used texts go first once the keys exceed
 * `MEMO_MAX_CHARS` code units. A document larger than the bound still reads right, only more slowly.
 */

import { AskTape, onNewAnalysisRun, type Taped } from './askTape';

/**
 * A text's results; `key` is the kept copy of the text, which readings read so that what they return holds no slice of a
 * document. The results are kept as pairs in a list (reading, result, reading, result ...), looked up by the reading's
 * identity; a text read more than `MAX_LISTED` ways keeps the rest in a map. (A text is read a few ways, a sentence by
 * the handful of passes that read it: a walk of a short list costs less than a map's hashing, and takes less room.)
 */
class Entry implements MemoText, Taped {
  readonly results: unknown[] = [];
  more: Map<object, unknown> | undefined = undefined;
  /** Where in `results` the last reading found stands: the walk for the next starts there (see resultOf). */
  at = 0;
  // (the tape's fields: see askTape.ts)
  tapeRun = -1;
  tapeAt = -1;
  before = -1;
  /** `used`: when last looked up or touched; -1 once the table let the entry go. */
  constructor(readonly key: string, public used: number) {}
  // (the entry is its own MemoText: a pass that asks a sentence's readings reaches them with no object between)
  matchAll(re: RegExp): readonly RegExpMatchArray[] { return matchesOf(this, re); }
  read<T>(read: (text: string) => T): T { return readOf(this, read); }
}

/**
 * How many results an entry keeps in its list before its map. (A sentence of a 1 MB document is read some twenty
 * ways per edit: with twelve listed, three asks in five walked the list and then hashed into the entry's own map,
 * two lookups each, and a map per sentence is memory scattered over the heap; a walk of forty pairs costs less.)
 */
const MAX_LISTED = 40;
/** What `resultOf` answers for a reading not kept. */
const NOT_KEPT: unknown = Symbol('not kept');

function resultOf(e: Entry, reading: object): unknown {
  const list = e.results;
  const n = list.length;
  // the passes ask a text's readings in the same order at every analysis, the order they were first asked and kept in:
  // the walk starts at the reading found last (asked again for the next figure of a sentence) and goes on round the
  // list, so the next one asked is found one step on, not after a walk from the list's start (the same pair is found
  // whichever way the list is walked: each reading is kept once)
  let i = e.at;
  for (let k = 0; k < n; k += 2) {
    if (list[i] === reading) { e.at = i; return list[i + 1]; }
    i += 2;
    if (i >= n) i = 0;
  }
  const more = e.more;
  if (more === undefined) return NOT_KEPT;
  // (one lookup where the result is kept and is not undefined, as most are)
  const r = more.get(reading);
  return r !== undefined || more.has(reading) ? r : NOT_KEPT;
}

function keepResult(e: Entry, reading: object, result: unknown): void {
  if (e.results.length < 2 * MAX_LISTED) e.results.push(reading, result);
  else (e.more ??= new Map()).set(reading, result);
}

/**
 * About 2 MB of keys at most (two bytes a code unit), plus what the results hold: room for the sentences and paragraphs
 * of a document read whole (60,000 characters by default) read three ways (as written, normalised, as laid out), many
 * times over. A longer document is read in parts (parts.ts), and an edit reads again only the parts it touched: a bound of
 * 4,000,000 held a megabyte's readings, some 40 MB, that no edit asked for again.
 */
export const MEMO_MAX_CHARS = 1_000_000;

class TextMemoTable {
  private readonly entries = new Map<string, Entry>();
  private chars = 0;
  private clock = 0;
  hits = 0;
  misses = 0;

  constructor(public maxChars: number) {}

  get size(): { texts: number; chars: number } { return { texts: this.entries.size, chars: this.chars }; }

  /** The order the texts were looked up in at the last analysis, to guess the next one before hashing it (askTape.ts). */
  readonly tape = new AskTape<Entry>();

  /** The entry kept for `text`, made when there was none; marks it used now. */
  entry(text: string): Entry {
    let e = this.tape.guess(text);
    if (e !== undefined) { e.used = ++this.clock; return e; }
    e = this.entries.get(text);
    if (e) { e.used = ++this.clock; this.tape.found(e); return e; }
    if (text.length > this.maxChars) return new Entry(text, -1);
    e = new Entry(ownCopy(text), ++this.clock);
    this.entries.set(e.key, e);
    this.chars += text.length;
    if (this.chars > this.maxChars) this.evict();
    if (e.used >= 0) this.tape.found(e);
    return e;
  }

  /** Drops the least recently used texts until a quarter of the room is free again (a sort, paid once in many insertions). */
  private evict(): void {
    if (this.maxChars === 0) { this.clear(); return; }
    const byUse = [...this.entries.values()].sort((a, b) => a.used - b.used);
    for (const e of byUse) {
      if (this.chars <= this.maxChars * 0.75) break;
      this.entries.delete(e.key);
      this.chars -= e.key.length;
      // (never guessed again by the tape, which may still hold it)
      e.used = -1;
    }
  }

  clear(): void { for (const e of this.entries.values()) e.used = -1; this.entries.clear(); this.chars = 0; this.tape.clear(); }

  /** Marks an entry used now (one kept outside the table's lookups, see memoSpanText); one let go stays let go. */
  touch(e: Entry): void { if (e.used >= 0) e.used = ++this.clock; }
}

const table = new TextMemoTable(MEMO_MAX_CHARS);
onNewAnalysisRun(() => table.tape.newRun());

/** What the memo holds, for tests and the benchmark. */
export function memoStats(): { texts: number; chars: number; hits: number; misses: number } {
  return { ...table.size, hits: table.hits, misses: table.misses };
}

/** Sets the bound on the memo's keys, in code units (0 keeps nothing); the memo is emptied. */
export function setMemoMaxChars(maxChars: number): void { table.maxChars = Math.max(0, maxChars); clearMemo(); }

/** Empties the memo (tests; a server may call it when its last document closes). */
export function clearMemo(): void { table.clear(); table.hits = 0; table.misses = 0; SPLITS.length = 0; MATCH_RUNS.clear(); READ_RUNS.clear(); FIRST_TRUE.clear(); lastSpans = undefined; lastIndex = -1; READERS.clear(); MAPPED.length = 0; RECENT_SPANS.length = 0; HELD_LISTS.length = 0; SPAN_ENTRIES = new WeakMap(); for (const clear of ALSO_CLEARED) clear(); }

/** Other memos of readings (the checks' laid-out text, checks/layout.ts), emptied with this one. */
const ALSO_CLEARED: (() => void)[] = [];
export function clearedWithMemo(clear: () => void): void { ALSO_CLEARED.push(clear); }

/**
 * `read(text)`, computed once per distinct text and `read` function. `read` must be pure and its
 * result must not be changed by the caller.
 */
export function memoRead<T>(text: string, read: (text: string) => T): T {
  return readOf(table.entry(text), read);
}

const NO_MATCHES: readonly RegExpMatchArray[] = Object.freeze([]);

/**
 * `[...text.matchAll(re)]` for a global expression, computed once per distinct text: the match
 * arrays are shared between callers and must not be changed. Meant for texts of a sentence or a
 * paragraph, which repeat from one analysis to the next; a whole document is better read by
 * `paragraphMatches`.
 */
export function memoMatchAll(re: RegExp, text: string): readonly RegExpMatchArray[] {
  if (text.length === 0) return NO_MATCHES;
  return matchesOf(table.entry(text), re);
}

/** A match found in one paragraph, with its offset in the whole text. */
export interface PlacedMatch { readonly match: RegExpMatchArray; readonly index: number }

/**
 * The matches of a global expression over a whole text, read paragraph by paragraph (a paragraph
 * ends at a blank line, "\n\n"), each paragraph's matches kept by its content: after an edit only the
 * paragraphs it touched are read again. A match never spans a blank line, and look-arounds see a
 * paragraph's own text (at its edges they see its start or end, as they would see the line break):
 * use it for expressions whose matches are words or phrases, not for ones that may run on across a
 * paragraph break.
 */
export function paragraphMatches(re: RegExp, text: string): PlacedMatch[] {
  const split = splitOf(text);
  const runs = runsOf(MATCH_RUNS, re);
  // the matches of this very split, kept; or of the split it was made from, whose unchanged paragraphs' matches serve
  let run = runs.find(r => r.paragraphs === split.paragraphs);
  if (!run) {
    const from = split.base ? runs.find(r => r.paragraphs === split.base!.paragraphs) : undefined;
    run = from ? matchRunFrom(from, split, re) : matchRun(split.paragraphs, re);
    runs.unshift(run);
    if (runs.length > MAX_MATCH_RUNS) runs.pop();
  }
  // (a list of its own: the caller may do with it as it likes; the placed matches are shared, read-only)
  return run.out.slice();
}

/**
 * A split's matches of one expression: `out` in order, and where each paragraph's begin in it (`firstOf[i]`, with
 * `firstOf[paragraphs.length]` = `out.length`).
 */
interface MatchRun { paragraphs: Paragraph[]; out: PlacedMatch[]; firstOf: number[] }
/** Per expression, the matches of the last few splits it was asked of (a text and the checks' view of it, in two versions). */
const MATCH_RUNS = new Map<RegExp, MatchRun[]>();
const MAX_MATCH_RUNS = 4;
const MAX_MATCHED = 64;
/**
 * The runs kept for one key (an expression, a reading, a test) of a table of them, made empty when first asked. The keys
 * asked are a module's constants: a key made per call would only fill the table, which is emptied past MAX_MATCHED.
 */
function runsOf<K, R>(table: Map<K, R[]>, key: K): R[] {
  let runs = table.get(key);
  if (!runs) {
    if (table.size >= MAX_MATCHED) table.clear();
    runs = [];
    table.set(key, runs);
  }
  return runs;
}

function matchRun(paragraphs: Paragraph[], re: RegExp): MatchRun {
  const out: PlacedMatch[] = [], firstOf: number[] = [];
  for (const p of paragraphs) {
    firstOf.push(out.length);
    for (const m of matchesOf(p.entry, re)) out.push({ match: m, index: p.from + m.index! });
  }
  firstOf.push(out.length);
  return { paragraphs, out, firstOf };
}

/**
 * The matches of a split from those of the split it was made from (see SplitBase): the common start's paragraphs' matches
 * as they were, the paragraphs between read, the common end's paragraphs' matches moved by the change in length. The
 * same as matchRun's: those paragraphs are the same entries at the same starts (moved by the change at the end).
 */
function matchRunFrom(from: MatchRun, split: Split, re: RegExp): MatchRun {
  const base = split.base!, paragraphs = split.paragraphs;
  const out: PlacedMatch[] = from.out.slice(0, from.firstOf[base.head]);
  const firstOf: number[] = from.firstOf.slice(0, base.head);
  for (let i = base.head; i < base.tailNew; i++) {
    const p = paragraphs[i];
    firstOf.push(out.length);
    for (const m of matchesOf(p.entry, re)) out.push({ match: m, index: p.from + m.index! });
  }
  const shift = out.length - from.firstOf[base.tailOld];
  for (let j = base.tailOld; j < base.paragraphs.length; j++) firstOf.push(from.firstOf[j] + shift);
  for (let k = from.firstOf[base.tailOld]; k < from.out.length; k++) {
    const q = from.out[k];
    out.push(base.delta === 0 ? q : { match: q.match, index: q.index + base.delta });
  }
  firstOf.push(out.length);
  return { paragraphs, out, firstOf };
}

interface Paragraph { readonly from: number; readonly entry: Entry }
/**
 * A text's split at blank lines; `base`, when it was made from the split of a text mostly the same (see
 * splitParagraphs): that split's paragraphs, how many of its first ones this one has as they are (`head`), and from
 * which of its paragraphs (`tailOld`) on it has the rest, from `tailNew` on in this one, their starts moved by `delta`.
 */
interface Split { text: string; paragraphs: Paragraph[]; base?: SplitBase }
interface SplitBase { readonly paragraphs: Paragraph[]; readonly head: number; readonly tailOld: number; readonly tailNew: number; readonly delta: number }
/** The paragraphs of the last few texts read, so that the passes over one analysis's text split it and look its paragraphs up once. */
const SPLITS: Split[] = [];
/** Room for the three texts an analysis reads by paragraph (the normalised text, the reading text, the checks' view) and one more: each next version finds its last one kept. */
const MAX_SPLITS = 4;

/** A text's split, kept (see SPLITS). */
function splitOf(text: string): Split {
  // a text of the same content kept as another string (the normalised text, then the reading text
  // made from it with no line to rewrap) is compared in full once, then taken as the one kept, so
  // that the passes asking with it next compare by reference
  for (const s of SPLITS) if (s.text === text) { s.text = text; return s; }
  const split = splitParagraphs(text);
  SPLITS.unshift(split);
  if (SPLITS.length > MAX_SPLITS) SPLITS.pop();
  return split;
}

/**
 * The split of a text at "\n\n", scanned left to right, looked up in the memo paragraph by
 * paragraph. A text that is mostly one split recently (an edited document's next version) is split
 * only where it differs: the kept paragraphs before the change serve as they are, and those after
 * it, once the scan meets one of them, with their starts moved by the change in length.
 *
 * Exactness: the scan's state is only where it stands (`from`); what it does next depends only on
 * the text from there on. A kept paragraph whose "\n\n" after it lies in the common start was found
 * by a scan that read only that common start, as this one would; the scan goes on from right after
 * it. In the common end, a paragraph this scan finds where the kept scan found one too leaves both
 * scans in the same state over the same text, so the kept paragraphs after it are this text's.
 */
function splitParagraphs(text: string): Split {
  const out: Paragraph[] = [];
  let from = 0;
  let old: Split | undefined;
  let head = 0;
  let delta = 0, commonEndFrom = Infinity;
  if (text.length >= MAP_WHOLE_BELOW) {
    let best = -1, bestP = 0, bestS = 0;
    for (let i = 0; i < SPLITS.length; i++) {
      const a = SPLITS[i].text;
      const p = commonStart(a, text);
      const s = commonEnd(a, text, Math.min(a.length, text.length) - p);
      if (best < 0 || p + s > bestP + bestS) { best = i; bestP = p; bestS = s; }
    }
    if (best >= 0 && 2 * (bestP + bestS) >= text.length) {
      // (the kept split stays: it may be a text still read, the reading text to the checks' view of it)
      old = SPLITS[best];
      delta = text.length - old.text.length;
      commonEndFrom = text.length - bestS;
      for (const q of old.paragraphs) {
        const to = q.from + q.entry.key.length;
        if (to + 2 > bestP) break;
        table.touch(q.entry);
        out.push(q);
        from = to + 2;
      }
      head = out.length;
    }
  }
  while (from < text.length) {
    let to = text.indexOf('\n\n', from);
    if (to < 0) to = text.length;
    if (to > from) {
      if (old && from >= commonEndFrom) {
        const k = paragraphStartingAt(old.paragraphs, from - delta);
        if (k >= 0) {
          const tailNew = out.length;
          for (let j = k; j < old.paragraphs.length; j++) {
            const q = old.paragraphs[j];
            table.touch(q.entry);
            out.push(delta === 0 ? q : { from: q.from + delta, entry: q.entry });
          }
          return { text, paragraphs: out, base: { paragraphs: old.paragraphs, head, tailOld: k, tailNew, delta } };
        }
      }
      out.push({ from, entry: table.entry(text.slice(from, to)) });
    }
    from = to + 2;
  }
  return { text, paragraphs: out, base: old ? { paragraphs: old.paragraphs, head, tailOld: old.paragraphs.length, tailNew: out.length, delta } : undefined };
}

/** The index of the paragraph starting at `from` (paragraphs sorted by start), or -1. */
function paragraphStartingAt(paragraphs: readonly Paragraph[], from: number): number {
  let lo = 0, hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].from < from) lo = mid + 1;
    else if (paragraphs[mid].from > from) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function matchesOf(e: Entry, re: RegExp): readonly RegExpMatchArray[] {
  const kept = resultOf(e, re);
  if (kept !== NOT_KEPT) { table.hits++; return kept as readonly RegExpMatchArray[]; }
  table.misses++;
  // (matchAll starts where the expression's lastIndex stands, which a test or exec elsewhere may have left behind: a kept
  // reading depends on its text alone, so it reads from the start)
  re.lastIndex = 0;
  const found = [...e.key.matchAll(re)];
  keepResult(e, re, found.length ? found : NO_MATCHES);
  return found;
}

function readOf<T>(e: Entry, read: (text: string) => T): T {
  const kept = resultOf(e, read);
  if (kept !== NOT_KEPT) { table.hits++; return kept as T; }
  table.misses++;
  const r = read(e.key);
  keepResult(e, read, r);
  return r;
}

/**
 * One text's kept readings, looked up once for several: `memoText(sentence).matchAll(A)`, then
 * `.matchAll(B)` costs one lookup of the text, not two.
 */
export interface MemoText {
  matchAll(re: RegExp): readonly RegExpMatchArray[];
  read<T>(read: (text: string) => T): T;
}

export function memoText(text: string): MemoText {
  return memoTextOf(table.entry(text));
}

/** An entry's readings as a MemoText: the entry itself (see Entry). */
function memoTextOf(e: Entry): MemoText {
  return e;
}

interface Span { readonly start: number; readonly end: number }
/**
 * A list of spans read in one text: each span's entry, found once; and the record of the list read
 * in a text mostly the same (the previous analysis's, `base`), whose entries serve the spans in the
 * two texts' common start and end.
 */
interface SpanRecord {
  text: string;
  spans: readonly Span[];
  /** Each span's entry, by the span's index, with the bounds it was kept for (in lists of their own: small integers, side by side). */
  entries: (Entry | undefined)[];
  starts: number[];
  ends: number[];
  base?: { record: SpanRecord; commonStart: number; commonEndFrom: number; delta: number };
}
/**
 * Per list of spans (a model's sentences), its records, one per text it was read in (the reading
 * text, the checks' view of it), and the one asked for last: a pass asks with one text many times
 * running, and that text is then the very string kept, compared by reference.
 */
let SPAN_ENTRIES = new WeakMap<readonly Span[], HeldSpans>();
interface HeldSpans { records: SpanRecord[]; last?: SpanRecord; /** the analysis that last asked for the list */ run: number }
/**
 * The lists whose records are held, oldest first. A record holds its spans' entries, and with them every reading kept for
 * them, whether the table still holds those entries or has let them go: held for as long as their list lived, the
 * records of every part of a long document (each part's model keeps its list of sentences) kept about a third of the
 * server's memory with a megabyte open, past the table's bound. Only the lists of the latest analyses are held: a list
 * asked for again later is read from the table, with the same results.
 */
const HELD_LISTS: (readonly Span[])[] = [];
/** Past this many lists, the oldest one not asked for by the current analysis is let go. */
const MAX_HELD_LISTS = 8;
let spanRun = 0;
onNewAnalysisRun(() => { spanRun++; });

/** How many lists of spans hold their records now (tests: the bound holds). */
export function spanListsHeld(): number { return HELD_LISTS.length; }

function holdList(spans: readonly Span[]): HeldSpans {
  const held: HeldSpans = { records: [], run: spanRun };
  SPAN_ENTRIES.set(spans, held);
  HELD_LISTS.push(spans);
  while (HELD_LISTS.length > MAX_HELD_LISTS) {
    const i = HELD_LISTS.findIndex(l => SPAN_ENTRIES.get(l)?.run !== spanRun);
    if (i < 0) break;
    SPAN_ENTRIES.delete(HELD_LISTS.splice(i, 1)[0]);
  }
  return held;
}
/** The texts a list was read in per analysis, and two analyses' worth of records to start the next from. */
const MAX_SPAN_TEXTS = 4;
const RECENT_SPANS: SpanRecord[] = [];
const MAX_RECENT_SPANS = 4;

/**
 * `memoText(text.slice(span.start, span.end))` for a span that is one of `spans` (sorted by start, as
 * a model's sentences are): the span's entry is looked up in the memo once per list and text, so
 * the passes that each read every sentence of one analysis hash and compare its text once, not
 * once each. A span not in the list is looked up as memoText does. The results are the same either way.
 *
 * A list read in a text that is mostly one read recently (an edited document's next version) takes
 * the entries of that reading for its spans in the two texts' common start and end without hashing
 * them: a span there holds the same characters in both texts (at an offset moved by the change in
 * length in the common end), so its entry, kept by its characters, is the same.
 */
export function memoSpanText(text: string, spans: readonly Span[], span: Span): MemoText {
  const i = spanIndexFrom(spans, span);
  if (i < 0) return memoText(text.slice(span.start, span.end));
  const kept = spanRecord(text, spans);
  // kept with its span's bounds: a list changed in place since (sorted, extended) never answers with another span's text
  let e = kept.entries[i];
  if (e !== undefined && kept.starts[i] === span.start && kept.ends[i] === span.end) table.touch(e);
  else {
    e = fromBase(kept, span, i) ?? table.entry(text.slice(span.start, span.end));
    kept.entries[i] = e;
    kept.starts[i] = span.start;
    kept.ends[i] = span.end;
  }
  return e;
}

/** Per expression, its test and its exec as readings of a text: their identities key the kept answers. */
const SPAN_TESTS = new WeakMap<RegExp, (text: string) => boolean>();
const SPAN_EXECS = new WeakMap<RegExp, (text: string) => RegExpExecArray | null>();

/**
 * `re.test(text.slice(span.start, span.end))`, kept with the span's text (a sentence of `spans`, looked up as memoSpanText
 * does; without `spans`, by its text): a pass that tests each sentence's words after every edit runs the expression
 * again only on the sentences the edit changed. An expression with the global or sticky flag, whose answer depends on its
 * lastIndex, is asked directly.
 */
export function spanTest(re: RegExp, text: string, spans: readonly Span[] | undefined, span: Span): boolean {
  if (re.global || re.sticky) return re.test(text.slice(span.start, span.end));
  let read = SPAN_TESTS.get(re);
  if (!read) { read = (t: string) => re.test(t); SPAN_TESTS.set(re, read); }
  return (spans ? memoSpanText(text, spans, span) : memoText(text.slice(span.start, span.end))).read(read);
}

/** `re.exec(text.slice(span.start, span.end))`, kept as spanTest keeps its answer: the match is shared, and never changed by whoever receives it. */
export function spanExec(re: RegExp, text: string, spans: readonly Span[] | undefined, span: Span): RegExpExecArray | null {
  if (re.global || re.sticky) return re.exec(text.slice(span.start, span.end));
  let read = SPAN_EXECS.get(re);
  if (!read) { read = (t: string) => re.exec(t); SPAN_EXECS.set(re, read); }
  return (spans ? memoSpanText(text, spans, span) : memoText(text.slice(span.start, span.end))).read(read);
}

/** The list of spans asked last and the index of the span asked (see spanIndexFrom). */
let lastSpans: readonly Span[] | undefined;
let lastIndex = -1;

/**
 * spanIndex, for a pass that asks for a list's spans in order: the span asked last and the one after it are tried before
 * a binary search. (The index is of a span with the same start and end either way.)
 */
function spanIndexFrom(spans: readonly Span[], span: Span): number {
  let i = -1;
  if (lastSpans === spans) {
    for (let k = lastIndex; k <= lastIndex + 1 && i < 0; k++) if (k >= 0 && k < spans.length && spans[k].start === span.start && spans[k].end === span.end) i = k;
  }
  if (i < 0) i = spanIndex(spans, span);
  lastSpans = spans;
  lastIndex = i;
  return i;
}

/** The record of a list read in a text, made the first time (with the best base among the recent ones). */
function spanRecord(text: string, spans: readonly Span[]): SpanRecord {
  let held = SPAN_ENTRIES.get(spans);
  if (!held) held = holdList(spans);
  held.run = spanRun;
  // the text asked for last: the same string again (a comparison by reference), as a pass asks; one of
  // the same content kept as another string is compared in full once, then taken as the one kept
  if (held.last && held.last.text === text) { held.last.text = text; return held.last; }
  const records = held.records;
  for (const r of records) {
    // (two texts of one length that differ are compared up to their first difference, once when a
    // pass turns from one to the other)
    if (r !== held.last && r.text === text) { r.text = text; held.last = r; return r; }
  }
  // (filled to the list's length at once: entries asked in any order stay in one packed list each, never a sparse one)
  const n = spans.length;
  const record: SpanRecord = { text, spans, entries: new Array<Entry | undefined>(n).fill(undefined), starts: new Array<number>(n).fill(-1), ends: new Array<number>(n).fill(-1) };
  if (text.length >= MAP_WHOLE_BELOW) {
    let best: SpanRecord | undefined, bestP = 0, bestS = 0;
    for (const r of RECENT_SPANS) {
      if (r.spans === spans) continue;
      const p = commonStart(r.text, text);
      const s = commonEnd(r.text, text, Math.min(r.text.length, text.length) - p);
      if (!best || p + s > bestP + bestS) { best = r; bestP = p; bestS = s; }
    }
    if (best && 2 * (bestP + bestS) >= text.length) {
      record.base = { record: best, commonStart: bestP, commonEndFrom: text.length - bestS, delta: text.length - best.text.length };
      // one step back only: the base's own base is let go (a span it does not hold is then looked up), so no
      // chain of past versions is kept
      best.base = undefined;
    }
  }
  records.push(record);
  if (records.length > MAX_SPAN_TEXTS) records.shift();
  held.last = record;
  RECENT_SPANS.unshift(record);
  if (RECENT_SPANS.length > MAX_RECENT_SPANS) RECENT_SPANS.pop();
  return record;
}

/** The entry the base record holds for a span of the common start or end, or undefined. */
function fromBase(kept: SpanRecord, span: Span, i: number): Entry | undefined {
  const base = kept.base;
  if (!base) return undefined;
  let start = span.start, end = span.end;
  const list = base.record.spans;
  // the same span in the base's list: at the same index in the common start, as many from the end in
  // the common end (the lists then agree there), else found by a binary search
  let j = i;
  if (span.start >= base.commonEndFrom) { start -= base.delta; end -= base.delta; j = i + list.length - kept.spans.length; }
  else if (span.end > base.commonStart) return undefined;
  if (!(j >= 0 && j < list.length && list[j].start === start && list[j].end === end)) j = spanIndex(list, { start, end });
  const b = base.record;
  const k = j >= 0 ? b.entries[j] : undefined;
  if (k === undefined || b.starts[j] !== start || b.ends[j] !== end) return undefined;
  table.touch(k);
  return k;
}

/** The index of the span of `spans` (sorted by start) with the same start and end, by binary search; -1 when none. */
function spanIndex(spans: readonly Span[], span: Span): number {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (s.start < span.start) lo = mid + 1;
    else if (s.start > span.start) hi = mid - 1;
    else return s.end === span.end ? mid : -1;
  }
  return -1;
}

/**
 * `read` over every paragraph of a text (split at blank lines as `paragraphMatches` does), each
 * paragraph's result kept by its content; `place` turns a paragraph's result into the whole text's
 * (its offsets moved by the paragraph's start) and is called on every analysis.
 */
export function paragraphReads<T, U>(text: string, read: (paragraph: string) => readonly T[], place: (item: T, offset: number) => U): U[] {
  const out: U[] = [];
  const split = splitOf(text), results = resultsOf(split, read);
  for (let i = 0; i < results.length; i++) for (const item of results[i]) out.push(place(item, split.paragraphs[i].from));
  return out;
}

/** `read` summed over every paragraph of a text (split at blank lines), each paragraph's count kept by its content. */
export function paragraphSum(text: string, read: (paragraph: string) => number): number {
  let n = 0;
  for (const r of resultsOf(splitOf(text), read)) n += r;
  return n;
}

/** Each paragraph's kept `read` result, in order (split at blank lines), for totals a caller adds up itself. */
export function paragraphResults<T>(text: string, read: (paragraph: string) => T): T[] {
  return resultsOf(splitOf(text), read).slice();
}

/**
 * Each paragraph's kept `read` result with the paragraph's bounds in the text, in order (split at
 * blank lines as `paragraphMatches` does: the "\n\n" between two paragraphs belongs to neither).
 */
export function paragraphRuns<T>(text: string, read: (paragraph: string) => T): { from: number; to: number; result: T }[] {
  const split = splitOf(text), results = resultsOf(split, read);
  return split.paragraphs.map((p, i) => ({ from: p.from, to: p.from + p.entry.key.length, result: results[i] }));
}

/** Per reading, its results for the last few splits it was asked of, each list in the order of its split's paragraphs. */
const READ_RUNS = new Map<object, { paragraphs: Paragraph[]; results: unknown[] }[]>();

/**
 * `read`'s result for each paragraph of a split, in order; for a split made from one read before (see SplitBase), the
 * results of the paragraphs the two share at their start and end are that one's, and only the paragraphs between are
 * looked up: a walk of every paragraph's entry (a cache miss each, in a long document) is paid once per version of a
 * text, not by every reading. The same results: the shared paragraphs are the same entries, and a reading is pure.
 */
function resultsOf<T>(split: Split, read: (paragraph: string) => T): readonly T[] {
  const runs = runsOf(READ_RUNS, read);
  let run = runs.find(r => r.paragraphs === split.paragraphs);
  if (!run) {
    const base = split.base, ps = split.paragraphs;
    const from = base ? runs.find(r => r.paragraphs === base.paragraphs) : undefined;
    let results: unknown[];
    if (from && base) {
      results = from.results.slice(0, base.head);
      for (let i = base.head; i < base.tailNew; i++) results.push(readOf(ps[i].entry, read));
      for (let j = base.tailOld; j < from.results.length; j++) results.push(from.results[j]);
    } else results = ps.map(p => readOf(p.entry, read));
    run = { paragraphs: ps, results };
    runs.unshift(run);
    if (runs.length > MAX_MATCH_RUNS) runs.pop();
  }
  return run.results as T[];
}

const TESTS = new WeakMap<RegExp, (paragraph: string) => boolean>();
/** Per expression's test, the first paragraph that answered true (-1: none) in the last few splits it was asked of. */
const FIRST_TRUE = new Map<object, { paragraphs: Paragraph[]; first: number }[]>();

/**
 * `re.test(text)`, read paragraph by paragraph (split at blank lines), each paragraph's answer kept
 * by its content: after an edit only the paragraphs it touched are tested again. Only for
 * expressions that never match a line break and whose anchors and look-arounds see no further than
 * one (a paragraph's edges then read as the line breaks around it do): a match is then inside one
 * paragraph, and found there.
 *
 * The first paragraph that answered true in a split is kept: a split made from it (see SplitBase) answers from the
 * paragraphs they share where that tells (a true one in the common start; none before the changed paragraphs, which are
 * tested, and a true one in the common end), else its paragraphs are tested on from there, as a walk from the start
 * would test them.
 */
export function paragraphTest(text: string, re: RegExp): boolean {
  let test = TESTS.get(re);
  if (!test) {
    const once = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
    test = (paragraph: string) => once.test(paragraph);
    TESTS.set(re, test);
  }
  const split = splitOf(text);
  const runs = runsOf(FIRST_TRUE, test);
  let run = runs.find(r => r.paragraphs === split.paragraphs);
  if (!run) {
    run = { paragraphs: split.paragraphs, first: firstTrue(split, test, runs) };
    runs.unshift(run);
    if (runs.length > MAX_MATCH_RUNS) runs.pop();
  }
  return run.first >= 0;
}

/** The index of the first paragraph of a split that `test` answers true, or -1; from a run of the split it was made from where it can. */
function firstTrue(split: Split, test: (paragraph: string) => boolean, runs: readonly { paragraphs: Paragraph[]; first: number }[]): number {
  const ps = split.paragraphs, base = split.base;
  let from = 0;
  const before = base ? runs.find(r => r.paragraphs === base.paragraphs) : undefined;
  if (before && base) {
    // the paragraphs before the first true one answered false (the walk that found it tested them)
    if (before.first >= 0 && before.first < base.head) return before.first;
    // none true in the common start; the changed paragraphs tested
    for (let i = base.head; i < base.tailNew; i++) if (readOf(ps[i].entry, test)) return i;
    // the common end: its first true one (none when the last split had none at all), or tested on
    if (before.first < 0) return -1;
    if (before.first >= base.tailOld) return before.first - base.tailOld + base.tailNew;
    from = base.tailNew;
  }
  for (let i = from; i < ps.length; i++) if (readOf(ps[i].entry, test)) return i;
  return -1;
}

const READERS = new Map<string, (text: string) => unknown>();
const MAX_READERS = 16;

/**
 * One reading function per distinct `key`, made by `make` the first time: a reading that depends on
 * the document as well as on its text (the document's own lexicon, its named trials) is kept in the
 * memo under a function whose identity stands for that dependency. `key` must name everything the
 * made function reads besides its text; while it stays the same, unchanged blocks are looked up.
 */
export function readerFor<T>(key: string, make: () => (text: string) => T): (text: string) => T {
  let read = READERS.get(key) as ((text: string) => T) | undefined;
  if (!read) {
    read = make();
    READERS.set(key, read);
    if (READERS.size > MAX_READERS) READERS.delete(READERS.keys().next().value!);
  }
  return read;
}

/** The last few texts mapped code unit by code unit (see memoCodeUnitMap), with what they were mapped to. */
const MAPPED: { map: (text: string) => string; input: string; output: string }[] = [];
/** Two texts for each of two documents being edited (the text and the checks' view of it). */
const MAX_MAPPED = 4;
/** Below this length a text is mapped whole: comparing it with the last ones costs as much. */
const MAP_WHOLE_BELOW = 4096;

/**
 * `map(text)` for a map that works code unit by code unit (each code unit of the result is a function
 * of the code unit at the same offset alone, as normalising does), computed only where the text
 * differs from one mapped recently: the kept result's code units serve where the texts agree (their
 * common start and end), and `map` reads the rest. An edit of a long document maps a few characters,
 * not the whole text. The result is `map(text)` whatever was kept.
 */
export function memoCodeUnitMap(text: string, map: (text: string) => string): string {
  if (text.length < MAP_WHOLE_BELOW) return map(text);
  let output: string | undefined;
  for (let i = 0; i < MAPPED.length && output === undefined; i++) {
    if (MAPPED[i].map === map && MAPPED[i].input === text) { output = MAPPED[i].output; MAPPED.splice(i, 1); }
  }
  if (output === undefined) {
    // an edited text is a rope of the pieces around the edit (the editor's buffer splices them), which
    // reads code unit by code unit many times slower than a flat string: flatten it first (converting a
    // string to a number flattens it in V8; whatever reads the text next would have paid this anyway)
    void Number(text);
    // the kept text that agrees with this one the longest at its start and end (a document's last
    // version, not the checks' view of it, which has the same length)
    let best = -1, bestP = 0, bestS = 0;
    for (let i = 0; i < MAPPED.length; i++) {
      if (MAPPED[i].map !== map) continue;
      const a = MAPPED[i].input;
      const p = commonStart(a, text);
      const s = commonEnd(a, text, Math.min(a.length, text.length) - p);
      if (best < 0 || p + s > bestP + bestS) { best = i; bestP = p; bestS = s; }
    }
    if (best >= 0 && 2 * (bestP + bestS) >= text.length) {
      const kept = MAPPED[best];
      output = kept.output.slice(0, bestP) + map(text.slice(bestP, text.length - bestS)) + kept.output.slice(kept.output.length - bestS);
      // a text mostly the kept one is its next version, which replaces it
      MAPPED.splice(best, 1);
    } else {
      output = map(text);
    }
  }
  MAPPED.unshift({ map, input: text, output });
  if (MAPPED.length > MAX_MAPPED) MAPPED.pop();
  return output;
}

/** Stretches compared at once by commonStart and commonEnd, then smaller ones down to a code unit. */
const COMPARE_STRIDES = [65536, 4096, 256, 16, 1];

/** The length of the longest common start of two texts: equal stretches compared whole (a native comparison), the first unequal one narrowed down. */
export function commonStart(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let p = 0;
  for (const k of COMPARE_STRIDES) while (p + k <= n && a.slice(p, p + k) === b.slice(p, p + k)) p += k;
  return p;
}

/** The length of the longest common end of two texts, at most `max`. */
export function commonEnd(a: string, b: string, max: number): number {
  let s = 0;
  for (const k of COMPARE_STRIDES) while (s + k <= max && a.slice(a.length - s - k, a.length - s) === b.slice(b.length - s - k, b.length - s)) s += k;
  return s;
}

/** A kept run, and how much text it shares with the current one at the start and at the end. */
export interface ClosestRun<R> { run: R; p: number; sfx: number }

/**
 * The runs a reading keeps for the next (its last `keep` runs, each holding its text): the next run reads from the one
 * that shares the most text with it at its start and end, and replaces it when it is mostly that one's text (its next
 * version); a run of another document in between leaves the edited document's kept.
 */
export class KeptRuns<R extends { text: string }> {
  private runs: R[] = [];
  /** (`withMemo`: emptied when the memo is; a holder that empties its own, as a map of them does, passes false) */
  constructor(private readonly keep: number, withMemo = true) { if (withMemo) clearedWithMemo(() => { this.runs.length = 0; }); }
  /**
   * The kept run that shares the most text with `text`, and how much: its common start and end, each the least over
   * `text` and the pair `also` gives (another form of both texts, as a normalised one), the end within what the start
   * leaves of the shorter.
   */
  closest(text: string, also?: (r: R) => [string, string]): ClosestRun<R> | undefined {
    let best: ClosestRun<R> | undefined;
    for (const r of this.runs) {
      const pair = also?.(r);
      const p = pair ? Math.min(commonStart(r.text, text), commonStart(pair[0], pair[1])) : commonStart(r.text, text);
      const most = Math.min(r.text.length, text.length) - p;
      const sfx = pair ? Math.min(commonEnd(r.text, text, most), commonEnd(pair[0], pair[1], most)) : commonEnd(r.text, text, most);
      if (!best || p + sfx > best.p + best.sfx) best = { run: r, p, sfx };
    }
    return best;
  }
  /** Keeps `run` first, in place of the run it was read from when it is mostly that one's text. */
  add(run: R, from: ClosestRun<R> | undefined): void {
    const next = from && 2 * (from.p + from.sfx) >= run.text.length ? from.run : undefined;
    const i = next ? this.runs.indexOf(next) : -1;
    if (i >= 0) this.runs.splice(i, 1);
    this.runs.unshift(run);
    if (this.runs.length > this.keep) this.runs.length = this.keep;
  }
}

/** A copy of a string that shares no storage with the string it was sliced from (JSON round trip: exact for every string, lone surrogates included). */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : JSON.parse(JSON.stringify(s)) as string;
}

/**
 * A function of a word kept by the word as written (a block's every word asks it): the table holds room for the words
 * of many documents, is emptied when full (a word's answer is the same whenever it is asked again) and with the memo of
 * readings; a long word is kept as a copy of its own, not as a slice that would hold its whole text.
 */
export function byWord<T>(compute: (word: string) => T, max = 50_000): (word: string) => T {
  const kept = new Map<string, T>();
  clearedWithMemo(() => kept.clear());
  return word => {
    let v = kept.get(word);
    if (v === undefined && !kept.has(word)) {
      v = compute(word);
      if (kept.size >= max) kept.clear();
      kept.set(ownCopy(word), v);
    }
    return v as T;
  };
}
