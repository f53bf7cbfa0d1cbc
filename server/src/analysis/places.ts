/**
 * The gazetteer's place names (lower case; see scripts/make-places.mjs), one lookup for every reader
 * that asks whether words name a place. The names stay in the one string they ship in, found by a
 * binary search over their offsets: no string or set entry per name (a Set of the 33,000 names took
 * 2.6 MB, and two readers each built their own).
 */
import placesData from '../../lexicon/builtin/places.json';

export interface NameSet { has(name: string): boolean }

class PackedNames implements NameSet {
  /** Where each name starts in `text`, in code-unit order of the names; one more for the end. */
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    const starts: number[] = [0];
    for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) starts.push(i + 1);
    starts.push(text.length + 1);
    // the data ships sorted; should it ever not be, sort the names (stable, code-unit order, as `<` compares)
    const order = Array.from({ length: starts.length - 1 }, (_, i) => i);
    const name = (i: number) => text.slice(starts[i], starts[i + 1] - 1);
    let sorted = true;
    for (let i = 1; i < order.length && sorted; i++) if (name(i - 1) > name(i)) sorted = false;
    if (!sorted) order.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
    this.starts = new Uint32Array(order.length * 2);
    order.forEach((k, i) => { this.starts[2 * i] = starts[k]; this.starts[2 * i + 1] = starts[k + 1] - 1; });
  }

  has(w: string): boolean {
    let lo = 0, hi = this.starts.length / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compare(w, this.starts[2 * mid], this.starts[2 * mid + 1]);
      if (c === 0) return true;
      if (c < 0) hi = mid - 1; else lo = mid + 1;
    }
    return false;
  }

  /** `w` against the name at [s, e) of the text, in code-unit order. */
  private compare(w: string, s: number, e: number): number {
    const n = Math.min(w.length, e - s);
    for (let i = 0; i < n; i++) {
      const d = w.charCodeAt(i) - this.text.charCodeAt(s + i);
      if (d !== 0) return d;
    }
    return w.length - (e - s);
  }
}

let places: NameSet | undefined;

/** The place names, read on first use and shared. */
export function placeNames(): NameSet {
  places ??= new PackedNames((placesData as { places: string }).places);
  return places;
}
