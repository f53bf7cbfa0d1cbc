/** Timing helpers for growth tests: ratios between two sizes, never wall-clock bounds. */
import { performance } from 'perf_hooks';

/** The fastest of `runs` timings of fn (the least disturbed by other load), in ms. */
export function fastest(fn: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return Math.max(best, 0.05);
}

/**
 * How much longer the large input takes than the small one: the lowest ratio of three attempts
 * (stopping at the first within the bound). Work that grows faster than linearly exceeds the bound
 * on every attempt; a machine busy with other work only on some.
 */
export function growth(small: () => number, large: () => number, bound = 15): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best > bound; attempt++) best = Math.min(best, large() / Math.max(small(), 0.05));
  return best;
}
