/**
 * Results of a reading of one sentence that depends on the sentence's text and on a few facts besides
 * (the offsets of its figures within it, their kinds and values), kept with the sentence's text in the
 * memo of readings (memo.ts) under a key that spells out those facts: after an edit, a pass that reads
 * every sentence reads again only the sentences whose text or key changed.
 *
 * Exactness: the caller's key must name everything the reading reads besides the sentence's text (a
 * fact left out of the key would let a result computed for one value serve another). The reading is
 * given the memo's own copy of the sentence, so what it returns may hold pieces of that text but no
 * slice of a document; it must be pure, and its result is never changed by whoever receives it.
 *
 * Bounds: keys are kept as copies of their own (ownCopy); a sentence keeps at most `MAX_KEYS` results per reading (one per clause, say, or per set of
 * its figures, which rarely changes without its text); the results go with the sentence's entry when the memo lets it go.
 */
import { memoSpanText, ownCopy } from './memo';

/** Results per sentence text and reading, by key; more keys than this empty the table first. */
const MAX_KEYS = 32;

interface Kept { readonly text: string; readonly byKey: Map<string, unknown> }
/** One reading function per reading (its identity is the memo's key for the reading's table). */
const TABLES = new WeakMap<object, (text: string) => Kept>();

/**
 * `compute(sentence)` for the sentence `s` of `spans` in `text`, kept by the sentence's text, `reading`
 * (an object standing for the reading: the function that computes, say) and `key`.
 */
export function keptForSentence<T>(reading: object, text: string, spans: readonly { start: number; end: number }[], s: { start: number; end: number }, key: string, compute: (sentence: string) => T): T {
  let table = TABLES.get(reading);
  if (!table) {
    table = (t: string) => ({ text: t, byKey: new Map() });
    TABLES.set(reading, table);
  }
  const kept = memoSpanText(text, spans, s).read(table);
  let r = kept.byKey.get(key) as T | undefined;
  if (r === undefined && !kept.byKey.has(key)) {
    r = compute(kept.text);
    if (kept.byKey.size >= MAX_KEYS) kept.byKey.clear();
    // (kept as a copy of its own: a key written with a figure's text may hold a slice of the document)
    kept.byKey.set(ownCopy(key), r);
  }
  return r as T;
}
