/**
 * V8 optimises a function (TurboFan, on a background thread) once it has run a budget of bytecode a
 * few times over. The analysis and the checks are thousands of functions, most of them run a little
 * per edit: with the default budget, the first hundred or so edits after a document opens compile
 * function after function, each once it is warm, and the compiling costs more CPU than the optimised
 * code saves (measured in one process at 20 KB over 60 edits: 75-90 ms of CPU per edit with the
 * default budget, 29-46 ms with sixteen times the budget, 32 ms with no optimising at all; the time
 * of a pass alone, in code run from bytecode or baseline code, is about that of optimised code, as
 * most of it is regular expressions and maps). Sixteen times the budget leaves the optimising to the
 * functions that are truly hot (tokenising and matching a long document, the loops of a 1 MB open),
 * which it still pays for. Over LSP (`npm run bench`) it took the server's CPU per edit from 122 to
 * 33-35 ms at 20 KB and from 205 to 133-139 ms at 100 KB, the cold open of 20 KB from about 2.0 s to
 * 0.9-1.4 s, and left 1 MB as it was (CPU per edit 1,277 and 1,295 ms, the open's CPU 8.7 s and
 * 6.8 s) with a lower peak RSS (1,113 and 756 MB): see the CHANGELOG. What is computed does not
 * change, only when V8 compiles it. The budget is read as each function's counter is set, so setting
 * it at start, before any analysis, covers them all; V8's flags are the process's, so the index
 * workers' threads too. Node only: the browser server runs with the browser's settings. V8 11 only (hasInterruptBudget).
 */
import { setFlagsFromString } from 'v8';

/** V8's default interrupt budget (Node 20, V8 11.3), in bytecode units. */
export const DEFAULT_INTERRUPT_BUDGET = 67584;
/** The budget the server sets: sixteen times the default. */
export const SERVER_INTERRUPT_BUDGET = 16 * DEFAULT_INTERRUPT_BUDGET;

/**
 * Whether this V8 has the flag: later V8s (Node 22's and 24's, Electron's in VS Code) tier up by invocation counts
 * instead, and print an error for a flag they do not know rather than throw, which the editor logs as the server's
 * error. The budget was measured on V8 11 (Node 20); elsewhere V8 keeps its own settings.
 */
export function hasInterruptBudget(v8Version: string = process.versions.v8): boolean {
  const major = Number(/^(\d+)\./.exec(v8Version)?.[1]);
  return major >= 9 && major <= 11;
}

export function optimiseOnlyHotFunctions(): void {
  if (!hasInterruptBudget()) return;
  try { setFlagsFromString(`--interrupt-budget=${SERVER_INTERRUPT_BUDGET}`); } catch { /* only speed is at stake */ }
}
