/**
 * V8 runs a regular expression first from bytecode, and compiles it to machine code once it has run
 * ("tier-up"). The analysis runs hundreds of expressions, many of them long alternations built from
 * the lexicon, each over many short sentences: measured in one process on a 100 KB document, an
 * analysis from scratch took 1.1-1.3 s with the expressions compiled at once against 1.8 s with the
 * tier-up, and an edit 220-250 ms of CPU against 250-360 ms; the server at rest held 0.3 MB more.
 * The flag is read when an expression is first compiled, so setting it before any analysis covers
 * them all, in the index workers' threads too (V8's flags are the process's). Node only: the browser
 * server runs with the browser's settings.
 */
import { setFlagsFromString } from 'v8';

export function compileRegExpsAtOnce(): void {
  try { setFlagsFromString('--no-regexp-tier-up'); } catch { /* only speed is at stake */ }
}
