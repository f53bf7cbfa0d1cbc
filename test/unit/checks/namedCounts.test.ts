/** totals: a small count followed by the list of names it counts ("two agonists, A and B"). Invented sentences. */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'totals');

describe('totals: a count and the names that list it', () => {
  // each row: an invented sentence, and the findings expected
  const cases: [string, string[]][] = [
    ['Earlier work on three oral agonists, zanotumab and vopratelimab, was halted.', ['2 named (zanotumab, vopratelimab), not the 3 stated.']],
    ['Earlier work on two oral agonists, zanotumab and vopratelimab, was halted.', []],
    ['The company runs two trials, in psoriasis and atopic dermatitis.', []],
    // a list that goes on past the names, or is not closed by "and", is not read
    ['Earlier work on three oral agonists, zanotumab and vopratelimab combinations, was halted.', []],
    ['Earlier work on three oral agonists, zanotumab, vopratelimab, was halted.', []],
  ];
  for (const [text, want] of cases) it(`judges ${JSON.stringify(text.slice(0, 90))}`, () => assert.deepEqual(found(text), want));
});
