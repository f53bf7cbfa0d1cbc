/**
 * A check's per-sentence readings kept from its last run and replayed for the sentences an edit left as they were.
 *
 * A check that walks the sentences and reads each one (its figures, the sentences around it, the text near them) makes
 * findings and claims figures (a set of figure starts it shares across sentences) that depend on nothing else. After an
 * edit, most sentences and everything they read are as they were: the reading of such a sentence is the one kept,
 * moved by the change in length when the sentence lies after the edit.
 *
 * Exactness: a sentence's reading is replayed only when everything it may read is as it was when it was kept:
 * - the text (as written; the normalised text maps each code unit alone) of its window: the sentences from
 *   `BEFORE` before it to `AFTER` after it, and `MARGIN` characters beyond them, lies wholly in the part the two versions
 *   share at their start or at their end;
 * - those sentences' bounds, and whether the window reaches the first or last sentence;
 * - the entities a reading looks at (figures and endpoints) within the window, every field the same (offsets moved);
 * - the claims made before it within the window (by earlier sentences and earlier passes);
 * - and it read nothing of the document beyond them: a reading that asks the document at large (its ratios, an
 *   endpoint's facts wherever it is named) calls `taint()` and is not kept.
 * A reading that reaches further than the window without calling taint() would break this: keep readings within it.
 *
 * Bounds: the last `KEEP_RUNS` runs' readings per check (each holds its model's entities, not the model): the next run
 * reads from the one that shares the most text with it (a run of another document in between, as the workspace index
 * makes, leaves the edited document's kept). Emptied with the memo of readings.
 */
import { clearedWithMemo, KeptRuns, type ClosestRun } from '../memo';
import type { DocumentModel, Entity } from '../model';
import type { CheckFinding } from './check';

/** Sentences before and after a sentence that its reading may look at ("a sentence or two before", up to five in a paragraph). */
const BEFORE = 6;
const AFTER = 2;
/** Characters beyond the window's sentences a reading may look at (the text around a figure, a clause before it). */
const MARGIN = 400;

/** A set of claimed figure starts that keeps them sorted too (for the claims within a window), and records the claims a reading makes. */
export class ClaimedSet extends Set<number> {
  private sorted: number[] | undefined;
  recording: number[] | undefined;
  add(x: number): this {
    // (Set's constructor adds nothing here: the set is made empty)
    if (!super.has(x)) {
      const s = (this.sorted ??= []);
      let lo = 0, hi = s.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (s[mid] < x) lo = mid + 1; else hi = mid; }
      s.splice(lo, 0, x);
    }
    this.recording?.push(x);
    return super.add(x);
  }
  /** The claimed starts in [from, to), less `at`. */
  within(from: number, to: number, at: number): number[] {
    const s = this.sorted;
    if (!s) return [];
    let lo = 0, hi = s.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (s[mid] < from) lo = mid + 1; else hi = mid; }
    const out: number[] = [];
    for (let i = lo; i < s.length && s[i] < to; i++) out.push(s[i] - at);
    return out;
  }
}

interface Kept { claimedIn: number[]; adds: number[]; findings: CheckFinding[] }
interface Run { text: string; entities: Entity[]; sentences: readonly { start: number; end: number }[]; kept: (Kept | undefined)[] }

const LAST = new Map<string, KeptRuns<Run>>();
/** Sentences replayed and read since the last clear, per check (tests and the benchmark). */
export const reuseStats = { replayed: 0, read: 0 };
const KEEP_RUNS = 2;

/** Empties every check's kept runs. */
export function clearSentenceReuse(): void { LAST.clear(); }
clearedWithMemo(clearSentenceReuse);

/** The entities a reading looks at: figures and endpoints. */
const watched = (e: Entity) => e.kind === 'figure' || e.kind === 'endpoint';

export class SentenceReuse {
  private readonly prev: Run | undefined;
  private readonly run: Run;
  private p = 0;
  private sfx = 0;
  private delta = 0;
  /** The kept run read from, and the text it shares with this one. */
  private readonly from: ClosestRun<Run> | undefined;
  /** For each watched entity of this run, the index of the same entity in the last run, or -1; and the count of those with none before each index. */
  private unmatchedBefore: Int32Array = new Int32Array(1);
  private firstMatch: Int32Array = new Int32Array(0);
  private tainted = false;
  private readingAt = -1;
  private readingFrom = 0;
  private claimedIn: number[] = [];
  private adds: number[] = [];

  constructor(private readonly code: string, private readonly model: DocumentModel, private readonly claimed: ClaimedSet) {
    const entities = model.entities.filter(watched);
    this.run = { text: model.text, entities, sentences: model.sentences, kept: new Array(model.sentences.length).fill(undefined) };
    const b = model.text;
    const closest = LAST.get(code)?.closest(b);
    if (!closest) return;
    const prev = closest.run;
    this.from = closest; this.p = closest.p; this.sfx = closest.sfx;
    this.delta = b.length - prev.text.length;
    this.prev = prev;
    // each entity matched with the last run's at the same place (moved by the change after the edit), every field the same
    const old = prev.entities;
    const match = new Int32Array(entities.length).fill(-1);
    this.unmatchedBefore = new Int32Array(entities.length + 1);
    let j = 0;
    const tailFrom = b.length - this.sfx;
    for (let k = 0; k < entities.length; k++) {
      const e = entities[k];
      const shift = e.end <= this.p ? 0 : e.start >= tailFrom ? this.delta : undefined;
      if (shift !== undefined) {
        while (j < old.length && old[j].start + shift < e.start) j++;
        if (j < old.length && old[j].start + shift === e.start && sameEntity(old[j], e, shift)) { match[k] = j; j++; }
      }
      this.unmatchedBefore[k + 1] = this.unmatchedBefore[k] + (match[k] < 0 ? 1 : 0);
    }
    this.firstMatch = match;
  }

  /**
   * Replays sentence `i`'s kept reading (its claims, then its findings, moved to where the sentence stands) into `out`
   * when it may be; false when the sentence must be read (then call `begin` and `end` around the reading).
   */
  replay(i: number, out: CheckFinding[]): boolean {
    const prev = this.prev;
    if (!prev) return false;
    const ss = this.model.sentences, n = ss.length;
    const lo = Math.max(0, i - BEFORE), hi = Math.min(n - 1, i + AFTER);
    const w0 = ss[lo].start - MARGIN, w1 = ss[hi].end + MARGIN;
    const text = this.model.text;
    let shift: number, dIdx: number;
    if (w1 <= this.p) { shift = 0; dIdx = 0; }
    else if (w0 >= 0 && w0 >= text.length - this.sfx) { shift = this.delta; dIdx = prev.sentences.length - n; }
    else return false;
    const oi = i + dIdx, olo = lo + dIdx, ohi = hi + dIdx;
    const kept = prev.kept[oi];
    if (!kept || olo < 0 || ohi >= prev.sentences.length) return false;
    // the same sentences, and the window at the document's first or last sentence in both or in neither
    if ((lo === 0) !== (olo === 0) || (hi === n - 1) !== (ohi === prev.sentences.length - 1)) return false;
    for (let k = lo; k <= hi; k++) {
      const a = prev.sentences[k + dIdx], b = ss[k];
      if (a.start + shift !== b.start || a.end + shift !== b.end) return false;
    }
    // the same entities in the window
    const ents = this.run.entities, old = prev.entities;
    const a = firstFrom(ents, w0, 0), b = firstFrom(ents, w1, 0);
    const oa = firstFrom(old, w0 - shift, 0), ob = firstFrom(old, w1 - shift, 0);
    if (b - a !== ob - oa || this.unmatchedBefore[b] - this.unmatchedBefore[a] !== 0 || (b > a && this.firstMatch[a] !== oa)) return false;
    // the same claims in the window before the reading
    const s = ss[i];
    const claimedIn = this.claimed.within(w0, w1, s.start);
    if (!sameNumbers(claimedIn, kept.claimedIn)) return false;
    for (let xI = 0, adds_ = kept.adds; xI < adds_.length; xI++) { const x = adds_[xI]; this.claimed.add(s.start + x); }
    for (let fI = 0, findings_ = kept.findings; fI < findings_.length; fI++) { const f = findings_[fI]; out.push(shiftFinding(f, s.start)); }
    this.run.kept[i] = kept;
    reuseStats.replayed++;
    return true;
  }

  /** Starts reading sentence `i`: its claims are recorded, and what it reads of the document at large taints it. */
  begin(i: number, out: CheckFinding[]): void {
    const ss = this.model.sentences, n = ss.length;
    const lo = Math.max(0, i - BEFORE), hi = Math.min(n - 1, i + AFTER);
    this.claimedIn = this.claimed.within(ss[lo].start - MARGIN, ss[hi].end + MARGIN, ss[i].start);
    this.tainted = false;
    this.readingAt = i;
    this.readingFrom = out.length;
    reuseStats.read++;
    this.adds = [];
    this.claimed.recording = this.adds;
  }

  /** The reading asks the document at large: it is not kept. */
  taint(): void { this.tainted = true; }

  /** Ends reading sentence `i`, keeping what it claimed and found unless it was tainted. */
  end(i: number, out: CheckFinding[]): void {
    this.claimed.recording = undefined;
    if (this.readingAt !== i) throw new Error('sentence reuse: end without begin');
    this.readingAt = -1;
    if (this.tainted) return;
    const at = this.model.sentences[i].start;
    this.run.kept[i] = { claimedIn: this.claimedIn, adds: this.adds.map(x => x - at), findings: out.slice(this.readingFrom).map(f => shiftFinding(f, -at)) };
  }

  /** Keeps this run's readings for the next run. */
  finish(): void {
    this.claimed.recording = undefined;
    let runs = LAST.get(this.code);
    if (!runs) { runs = new KeptRuns<Run>(KEEP_RUNS, false); LAST.set(this.code, runs); }
    runs.add(this.run, this.from);
  }
}

/** The index of the first entity starting at or after `pos` (entities sorted by start), from `lo`. */
function firstFrom(list: readonly { start: number }[], pos: number, lo: number): number {
  let hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < pos) lo = mid + 1; else hi = mid; }
  return lo;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Two entities the same but for their offsets, `b`'s moved by `shift` from `a`'s; every other field equal as data. */
function sameEntity(a: Entity, b: Entity, shift: number): boolean {
  if (a.start + shift !== b.start || a.end + shift !== b.end) return false;
  return sameFields(a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>, true);
}

/**
 * The same keys, each with equal data (offsets aside when `skipOffsets`). (Walked with for-in, no lists of keys made: the
 * entities of a long document are compared after every edit. Entities and their parts are plain objects, no inherited
 * fields.)
 */
function sameFields(x: Record<string, unknown>, y: Record<string, unknown>, skipOffsets: boolean): boolean {
  let n = 0;
  for (const k in x) {
    n++;
    if (skipOffsets && (k === 'start' || k === 'end')) continue;
    const u = x[k], v = y[k];
    if (Object.is(u, v)) { if (u === undefined && !(k in y)) return false; continue; }
    if (!(k in y) || !sameData(u, v)) return false;
  }
  for (const _k in y) n--;
  return n === 0;
}

/** Deep equality of plain data (primitives by Object.is, arrays, plain objects by their own keys). */
function sameData(x: unknown, y: unknown): boolean {
  if (Object.is(x, y)) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x)) {
    const ya = y as unknown[];
    if (x.length !== ya.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameData(x[i], ya[i])) return false;
    return true;
  }
  // (plain objects only: a map or a set, whose entries are no keys, is never taken as the same)
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.getPrototypeOf(y) || (proto !== Object.prototype && proto !== null)) return false;
  return sameFields(x as Record<string, unknown>, y as Record<string, unknown>, false);
}

/** A finding with its offsets (and its related places' and fixes') moved by `by`: a new object. */
export function shiftFinding(f: CheckFinding, by: number): CheckFinding {
  return {
    ...f, start: f.start + by, end: f.end + by, data: { ...f.data },
    related: f.related.map(r => ({ ...r, start: r.start + by, end: r.end + by })),
    fixes: f.fixes.map(q => ({ ...q, edits: q.edits.map(e => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
}
