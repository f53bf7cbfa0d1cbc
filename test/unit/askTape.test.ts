/**
 * The tape of asks (analysis/askTape.ts): it guesses the item asked next from the last analysis's order, never guesses
 * an item its table let go or one whose key differs, and finds its place again after asks were added or taken away.
 */
import { strict as assert } from 'assert';
import { AskTape, type Taped } from '../../server/src/analysis/askTape';
import { clearMemo, memoRead, setMemoMaxChars, MEMO_MAX_CHARS } from '../../server/src/analysis/memo';
import { readPiece } from '../../server/src/analysis/testMemo';
import { newAnalysisRun } from '../../server/src/analysis/askTape';

const item = (key: string): Taped => ({ key, used: 0, tapeRun: -1, tapeAt: -1, before: -1 });

/** Asks `keys` of a table of `items` through the tape; returns how many the tape guessed. */
function ask(tape: AskTape<Taped>, items: Map<string, Taped>, keys: string[]): number {
  let guessed = 0;
  for (const k of keys) {
    const g = tape.guess(k);
    if (g) { assert.equal(g, items.get(k)); guessed++; continue; }
    let p = items.get(k);
    if (!p) { p = item(k); items.set(k, p); }
    tape.found(p);
  }
  return guessed;
}

describe('ask tape', () => {
  it('guesses an analysis asked in the last one\'s order, and only the items asked', () => {
    const tape = new AskTape<Taped>(), items = new Map<string, Taped>();
    const keys = ['alpha one', 'beta two', 'gamma three', 'beta two', 'delta four'];
    tape.newRun();
    assert.equal(ask(tape, items, keys), 0);
    tape.newRun();
    assert.equal(ask(tape, items, keys), keys.length);
  });

  it('finds its place again after asks added or taken away', () => {
    const tape = new AskTape<Taped>(), items = new Map<string, Taped>();
    const keys = Array.from({ length: 50 }, (_, i) => `sentence ${i}`);
    tape.newRun();
    ask(tape, items, keys);
    tape.newRun();
    const edited = [...keys.slice(0, 20), 'a new one', 'another new one', ...keys.slice(25)];
    // every ask but the two new ones and the first after the gap is guessed
    assert.equal(ask(tape, items, edited), edited.length - 3);
  });

  it('never guesses an item its table let go', () => {
    const tape = new AskTape<Taped>(), items = new Map<string, Taped>();
    tape.newRun();
    ask(tape, items, ['first text', 'second text']);
    items.get('second text')!.used = -1;
    items.delete('second text');
    tape.newRun();
    assert.equal(ask(tape, items, ['first text', 'second text']), 1);
    assert.notEqual(items.get('second text')!.used, -1);
  });

  it('leaves the memos\' answers as they are, the bound on their keys held', () => {
    setMemoMaxChars(200);
    try {
      const read = (t: string) => t.toUpperCase();
      const texts = Array.from({ length: 40 }, (_, i) => `text number ${i} of the run`);
      for (let run = 0; run < 4; run++) {
        newAnalysisRun();
        for (const t of texts) {
          assert.equal(memoRead(t.slice(0), read), t.toUpperCase());
          assert.equal(readPiece(read, t.slice(0)), t.toUpperCase());
        }
      }
    } finally {
      setMemoMaxChars(MEMO_MAX_CHARS);
      clearMemo();
    }
  });
});
