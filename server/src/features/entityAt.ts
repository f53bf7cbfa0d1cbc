import type { DocumentModel, Entity, Abbreviation } from '../analysis/model';

/**
 * The entity under the cursor: entities are sorted and never overlap, so it is the last one starting
 * at or before `offset`, if the cursor is inside it or right after its end (after a word, as editors put it).
 */
export function entityAt(model: DocumentModel, offset: number): Entity | undefined {
  const list = model.entities;
  let lo = 0, hi = list.length - 1, last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= offset) { last = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const e = last >= 0 ? list[last] : undefined;
  return e && offset <= e.end ? e : undefined;
}

/** An abbreviation the document defines, when the word at `offset` is its short form. */
export function abbreviationAt(model: DocumentModel, offset: number): { abbreviation: Abbreviation; start: number; end: number } | undefined {
  if (model.abbreviations.length === 0) return undefined;
  const text = model.text;
  let s = offset, e = offset;
  const word = /[\p{L}\p{N}\-\u2010-\u2015]/u;
  while (s > 0 && word.test(text[s - 1])) s--;
  while (e < text.length && word.test(text[e])) e++;
  const w = text.slice(s, e).replace(/[\u2010-\u2015]/g, '-');
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  const abbreviation = model.abbreviations.find(a => a.short.replace(/[\u2010-\u2015]/g, '-') === w || a.short.replace(/[\u2010-\u2015]/g, '-') === singular);
  return abbreviation ? { abbreviation, start: s, end: e } : undefined;
}

/** All mentions sharing an entity's kind and canonical name. */
export function mentionsOf(model: DocumentModel, e: Entity): Entity[] {
  return mentionIndex(model).get(mentionKey(e.kind, e.name)) ?? [];
}

const mentionKey = (kind: string, name: string) => kind + '\u0000' + name;
const mentionIndexes = new WeakMap<DocumentModel, Map<string, Entity[]>>();

/** Mentions by kind and name, built once per model (one pass), so a cursor move costs a lookup, not a scan of the document. */
export function mentionIndex(model: DocumentModel): Map<string, Entity[]> {
  let idx = mentionIndexes.get(model);
  if (!idx) {
    idx = new Map();
    for (const x of model.entities) {
      const k = mentionKey(x.kind, x.name);
      const list = idx.get(k);
      if (list) list.push(x); else idx.set(k, [x]);
    }
    mentionIndexes.set(model, idx);
  }
  return idx;
}

/** Mentions of a kind and name in a model, in document order. */
export function mentionsNamed(model: DocumentModel, kind: string, name: string): Entity[] {
  return mentionIndex(model).get(mentionKey(kind, name)) ?? [];
}
