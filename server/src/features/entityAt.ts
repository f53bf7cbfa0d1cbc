import type { DocumentModel, Entity, Abbreviation } from '../analysis/model';

/** The entity whose range holds `offset` (inclusive of its end, so a cursor right after a word still finds it). */
export function entityAt(model: DocumentModel, offset: number): Entity | undefined {
  const list = model.entities;
  let lo = 0, hi = list.length - 1, found: Entity | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = list[mid];
    if (e.start > offset) hi = mid - 1;
    else { if (offset <= e.end) found = e; lo = mid + 1; }
  }
  if (found && found.start <= offset && offset < found.end) return found;
  // fall back to an entity ending exactly at the cursor
  return found && offset === found.end ? found : scanBack(list, offset);
}

function scanBack(list: Entity[], offset: number): Entity | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const e = list[i];
    if (e.end < offset - 200) break;
    if (e.start <= offset && offset < e.end) return e;
  }
  return undefined;
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
