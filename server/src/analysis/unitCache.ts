/**
 * Results of the checks' readings of one unit of a document (a sentence, a paragraph), kept between
 * analyses so that an edit reads again only the units it changed.
 *
 * Exactness: a unit's result is kept under a key that a caller builds from everything the reading
 * reads (the text of the unit and of the margins around it the reading looks into, every entity in
 * the unit in full, with offsets made relative to the unit), and under a key for the document-wide
 * inputs it reads (`scope`): a result is only reused for the very inputs it was computed from.
 * Results hold offsets relative to the unit; whoever reuses one shifts them back.
 *
 * Bounds: one table per reading and scope; a table whose scope changes is emptied, a table is
 * emptied when its keys exceed `UNIT_CACHE_MAX_CHARS` code units, and every table is emptied with
 * the memo of readings (clearMemo, which the server calls when its last document closes).
 */
import type { Entity, FigureEntity } from './model';
import { clearedWithMemo, ownCopy } from './memo';

/** About 8 MB of keys a table at most: a 1 MB document's sentences with their entities, a few times over. */
export const UNIT_CACHE_MAX_CHARS = 4_000_000;

export class UnitCache<T> {
  private scope: string | undefined;
  private map = new Map<string, T>();
  private chars = 0;
  hits = 0;
  misses = 0;

  constructor() { clearedWithMemo(() => this.clear()); }

  /** Starts reading a document whose document-wide inputs are `scope`: results kept under another scope are dropped. */
  begin(scope: string): void {
    if (scope !== this.scope) { this.map = new Map(); this.chars = 0; this.scope = ownCopy(scope); }
  }

  get(key: string): T | undefined {
    const r = this.map.get(key);
    if (r === undefined) this.misses++; else this.hits++;
    return r;
  }

  set(key: string, value: T): void {
    if (this.chars + key.length > UNIT_CACHE_MAX_CHARS) { this.map = new Map(); this.chars = 0; }
    // a copy of its own: a key built from slices would keep the whole document it was cut from alive
    this.map.set(ownCopy(key), value);
    this.chars += key.length;
  }

  clear(): void { this.map = new Map(); this.chars = 0; this.scope = undefined; }
}

const SEP = '\u0001';

/** Everything a figure holds, its offsets relative to `at`: two figures with one signature read alike wherever they stand. */
export function figureSignature(f: FigureEntity, at: number): string {
  const b = f.binding;
  const t = f.table;
  return `${f.start - at}${SEP}${f.end - at}${SEP}${f.text}${SEP}${f.name}${SEP}${f.evidence}${SEP}${f.figureKind}${SEP}${typeof f.value === 'number' ? f.value : JSON.stringify(f.value)}${SEP}${f.unit}${SEP}${f.comparator ?? ''}${SEP}${f.reading ?? ''}${SEP}${f.denominator ?? ''}${SEP}${f.level ?? ''}${SEP}${f.timepoint ?? ''}${SEP}${f.iso ?? ''}${SEP}${f.role ?? ''}${SEP}${f.schedule ?? ''}${SEP}${t ? `${t.row}${SEP}${t.column}` : '-'}${SEP}${b.endpoint ?? ''}${SEP}${b.drug ?? ''}${SEP}${b.arm ?? ''}${SEP}${b.timepoint ?? ''}${SEP}${b.subgroup ?? ''}${SEP}${b.trial ?? ''}${SEP}${b.n ?? ''}`;
}

/** A named entity's kind, name, surface and offsets relative to `at` (not its facts: a reading that reads them keys them itself). */
export function nameSignature(e: Entity, at: number): string {
  return `${e.kind}${SEP}${e.start - at}${SEP}${e.end - at}${SEP}${e.name}${SEP}${e.text}`;
}

/** The first index of a list sorted by start whose item starts at or after `pos`. */
export function firstFrom<T extends { start: number }>(sorted: readonly T[], pos: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].start < pos) lo = mid + 1; else hi = mid; }
  return lo;
}
