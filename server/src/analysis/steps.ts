/**
 * Work written as steps: a generator that yields between two pieces of work and returns its result.
 * `drain` runs it at once (the CLI, the tests); `runSliced` runs it a time slice at a time, giving
 * the event loop back between steps so a server answers other requests meanwhile.
 */

/** Thrown when the work was abandoned between two steps (its document changed, its request went). */
export class CancelledError extends Error {
  constructor() { super('analysis cancelled'); }
}

/** Runs every step at once. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs the steps, awaiting `yieldNow` at a step's end once `sliceMs` has passed since the last
 * pause, and throwing CancelledError before any step when `isCancelled` says so.
 */
export async function runSliced<T>(steps: Generator<void, T>, isCancelled: () => boolean, yieldNow: () => Promise<void>, sliceMs: number): Promise<T> {
  let sliceStart = Date.now();
  for (;;) {
    if (Date.now() - sliceStart >= sliceMs) {
      await yieldNow();
      sliceStart = Date.now();
    }
    if (isCancelled()) throw new CancelledError();
    const r = steps.next();
    if (r.done) return r.value;
  }
}
