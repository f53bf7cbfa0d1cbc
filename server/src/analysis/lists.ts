/**
 * Roundups: lists (lines opened by a list mark, blank lines between allowed) of three items or more whose items name
 * two drugs or more, each item a fact of its own ("- Drug A: median OS 14.6 months", "- In tumours with the
 * mutation, median OS is 11 months"). An item that names no drug is about none in particular (it takes neither the
 * document's main drug nor a sibling's), and two items state two facts, never one restated. Read once per entity
 * list and text (one pass over the lines); answered by position with binary searches.
 */
import type { Entity } from './model';

/** A list item's mark opening its line: a bullet, dash or other sign, or an enumerator ("2.", "b)"). */
export const LIST_MARK = /^[ \t]*(?:[\u2022\u00b7\u00ba\u25aa\u25ab\u25cf\u25cb\u25e6\u2023\u2043\u2013\u2014*+>-]|\d{1,3}[.)]|\(?[a-z][.)])(?=[ \t])/u;
/** Items a list needs, and drugs its items must name, to be a roundup. */
const MIN_ITEMS = 3;
const MIN_DRUGS = 2;

export interface Roundups {
  /** The roundup item holding a position, numbered over the document; undefined outside roundups. */
  itemAt(pos: number): number | undefined;
  /** Whether a position lies in a roundup item that names no drug. */
  namesNoDrug(pos: number): boolean;
}

const MEMO = new WeakMap<readonly Entity[], { normalized: string; value: Roundups }>();

export function roundupOf(entities: readonly Entity[], normalized: string): Roundups {
  const kept = MEMO.get(entities);
  if (kept && kept.normalized === normalized) return kept.value;
  const value = readRoundups(entities, normalized);
  MEMO.set(entities, { normalized, value });
  return value;
}

const NONE: Roundups = { itemAt: () => undefined, namesNoDrug: () => false };

function readRoundups(entities: readonly Entity[], normalized: string): Roundups {
  // the lists: runs of item lines, blank lines between allowed; each item from its line to the next item's
  const lists: { start: number; end: number; items: number[] }[] = [];
  let cur: { start: number; end: number; items: number[] } | undefined;
  for (let start = 0; start <= normalized.length;) {
    let end = normalized.indexOf('\n', start);
    if (end < 0) end = normalized.length;
    if (LIST_MARK.test(normalized.slice(start, Math.min(end, start + 12)))) {
      if (!cur) { cur = { start, end, items: [] }; lists.push(cur); }
      cur.items.push(start);
      cur.end = end;
    } else if (/\S/.test(normalized.slice(start, end))) cur = undefined;
    start = end + 1;
  }
  const drugStarts: number[] = [], drugNames: string[] = [];
  for (const e of entities) if (e.kind === 'drug') { drugStarts.push(e.start); drugNames.push(e.name); }
  const firstAtOrAfter = (pos: number) => {
    let a = 0, b = drugStarts.length;
    while (a < b) { const mid = (a + b) >> 1; if (drugStarts[mid] < pos) a = mid + 1; else b = mid; }
    return a;
  };
  // the roundups: lists whose items name at least two drugs
  const roundups: { start: number; end: number; items: number[]; first: number }[] = [];
  let numbered = 0;
  for (const list of lists) {
    if (list.items.length < MIN_ITEMS) continue;
    const names = new Set<string>();
    for (let d = firstAtOrAfter(list.start); d < drugStarts.length && drugStarts[d] < list.end && names.size < MIN_DRUGS; d++) names.add(drugNames[d]);
    if (names.size < MIN_DRUGS) continue;
    roundups.push({ ...list, first: numbered });
    numbered += list.items.length;
  }
  if (roundups.length === 0) return NONE;
  const locate = (pos: number): { r: (typeof roundups)[number]; item: number } | undefined => {
    let lo = 0, hi = roundups.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (roundups[mid].start <= pos) lo = mid; else hi = mid - 1; }
    const r = roundups[lo];
    if (pos < r.start || pos > r.end) return undefined;
    let a = 0, b = r.items.length - 1;
    while (a < b) { const mid = (a + b + 1) >> 1; if (r.items[mid] <= pos) a = mid; else b = mid - 1; }
    return { r, item: a };
  };
  return {
    itemAt(pos) { const at = locate(pos); return at ? at.r.first + at.item : undefined; },
    namesNoDrug(pos) {
      const at = locate(pos);
      if (!at) return false;
      const from = at.r.items[at.item], to = at.item + 1 < at.r.items.length ? at.r.items[at.item + 1] : at.r.end;
      const d = firstAtOrAfter(from);
      return !(d < drugStarts.length && drugStarts[d] < to);
    },
  };
}
