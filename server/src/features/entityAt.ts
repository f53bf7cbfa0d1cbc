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
  return model.entities.filter(x => x.kind === e.kind && x.name === e.name);
}
