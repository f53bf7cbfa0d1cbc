/**
 * How the scorer places a gold text in its document (scripts/goldText.mjs): the next occurrence that
 * does not start or end inside a word or a number, a flattened table's glued cells being no word.
 */
import * as assert from 'assert';
import * as path from 'path';
import { pathToFileURL } from 'url';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const LIB = pathToFileURL(path.join(ROOT, 'scripts', 'goldText.mjs')).href;

let lib: any;

describe('gold placement (scorer)', () => {
  before(async () => { lib = await import(LIB); });

  const cases: Array<[string, string, number, number]> = [
    // text, needle, from, expected offset
    ['sales of 127,7 Mio. and 7,7 Mio.', '7,7 Mio.', 0, 24],
    ['Arm A3.2 %', '3.2 %', 0, 5],
    ['at 12 weeksDose 12 weeks', '12 weeks', 0, 3],
    ['Table at 12 weeksDose; later 12 weeks', '12 weeks', 0, 9],
    ['the 12 weeksend 12 weeks', '12 weeks', 0, 16],
    ['ORRx', 'ORR', 0, 0],
  ];
  for (const [text, needle, from, want] of cases) {
    it(`finds ${JSON.stringify(needle)} in ${JSON.stringify(text)} at ${want}`, () => {
      assert.strictEqual(lib.wordAt(text, needle, from), want);
    });
  }
});
