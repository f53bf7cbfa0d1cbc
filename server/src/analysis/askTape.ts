/**
 * The order in which a table of texts (the memo of readings, the memo of pieces) was asked at the last analysis, kept to
 * guess what the next analysis asks: the passes ask the same texts in the same order at every analysis, and an edit
 * changes that order only around what it changed. A text asked is first compared with the one the tape says comes next
 * (a comparison of characters, which stops at the first that differs) before it is hashed into the table: a fresh slice
 * of a long document hashed into a table of tens of thousands of keys costs several times that.
 *
 * Exactness: a guess is taken only when it is still kept in its table (`used` >= 0: a table marks what it lets go) and
 * its key is the text asked; each text is kept once in its table, so the guess is the very item the table holds for it.
 * A wrong guess costs the comparison, and the table is asked as before. What the tape holds changes no answer.
 *
 * Bounds: two analyses' worth of references (the last one's order, and this one's being recorded), at most
 * `MAX_TAPE` each; an item let go by its table stays reachable from a tape until the tape is replaced.
 */

/** What a tape records: a table's item, with its key and the fields the tape keeps in it. */
export interface Taped {
  readonly key: string;
  /** When the table last used the item; below 0 once the table let it go. */
  used: number;
  /** The analysis the item was last recorded in, and where in that analysis's order (the last time it was asked). */
  tapeRun: number;
  tapeAt: number;
  /** Where the item was last asked in the analysis before `tapeRun`, or -1. */
  before: number;
}

/** The most asks recorded per analysis: past it, the rest of the analysis is looked up in the table only. */
const MAX_TAPE = 1 << 21;

export class AskTape<T extends Taped> {
  /** The last analysis's order of asks, and this one's (its first `n` places: the list is the one before last's, reused). */
  private last: T[] = [];
  private now: T[] = [];
  private n = 0;
  /** Where in `last` the next ask is expected. */
  private at = 0;
  private run = 0;

  /** The item the tape expects next if its key is `key` and it is still kept (the tape moves on), else undefined. */
  guess(key: string): T | undefined {
    const p = this.last[this.at];
    if (p !== undefined && p.used >= 0 && p.key === key) {
      this.at++;
      this.record(p);
      return p;
    }
    return undefined;
  }

  /**
   * Records an item its table found (or made) for an ask the tape did not guess: the tape moves on to where the item was
   * last asked in the last analysis, so that the asks after it are guessed again (an edit that added or took away asks).
   */
  found(p: T): void {
    this.record(p);
    if (p.before >= 0) this.at = p.before + 1;
  }

  private record(p: T): void {
    if (p.tapeRun !== this.run) {
      p.before = p.tapeRun === this.run - 1 ? p.tapeAt : -1;
      p.tapeRun = this.run;
    }
    if (this.n < MAX_TAPE) {
      p.tapeAt = this.n;
      this.now[this.n++] = p;
    } else p.tapeAt = -1;
  }

  /** A new analysis begins: the order recorded so far is the one to guess from. */
  newRun(): void {
    // (the list before last is written over by this analysis: no list of a hundred thousand places made per edit)
    const spare = this.last;
    this.now.length = this.n;
    this.last = this.now;
    this.now = spare;
    this.n = 0;
    this.at = 0;
    this.run++;
  }

  /** Forgets every order (the table was emptied). */
  clear(): void {
    this.last = [];
    this.now = [];
    this.n = 0;
    this.at = 0;
    // (no item recorded before is taken to have been asked in the last analysis)
    this.run += 2;
  }
}

const RUN_STARTS: (() => void)[] = [];

/** Registers a tape's newRun, called when an analysis begins (newAnalysisRun). */
export function onNewAnalysisRun(start: () => void): void { RUN_STARTS.push(start); }

/** An analysis of a document begins (Analyzer.steps): every tape starts recording its asks afresh. */
export function newAnalysisRun(): void { for (const start of RUN_STARTS) start(); }
