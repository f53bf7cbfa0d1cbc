/**
 * date-inconsistent: a clause in the future tense dated before the release date, when the date is a
 * day written without its year (read in the year that puts it nearest the release date) and when
 * the future is a reduced clause ("the offering, expected to close on ..."). Every sentence here is
 * invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'date-inconsistent');

describe('date-inconsistent: a future clause dated before the release', () => {
  const cases: [string, boolean][] = [
    // a day without its year, six days before the release date: the offering cannot still be to close
    ['BOSTON, March 10, 2027 -- Acme Bio priced its offering of 2 million shares at $10 each. The offering is expected to close on or about March 4.\n', true],
    // a reduced clause of the future
    ['BOSTON, March 10, 2027 -- Acme Bio priced its offering of 2 million shares at $10 each. Zeta is acting as manager for the offering, expected to close on or about March 4.\n', true],
    // after the release date: as it should be
    ['BOSTON, March 10, 2027 -- Acme Bio priced its offering of 2 million shares at $10 each. The offering is expected to close on or about March 14.\n', false],
    // an expectation of the past is no future
    ['BOSTON, March 10, 2027 -- Acme Bio closed its offering of 2 million shares at $10 each, which was expected to close on March 4.\n', false],
    // a day without its year far before the release date may be next year's: not judged
    ['BOSTON, March 10, 2027 -- Acme Bio said its partner is expected to file on January 4.\n', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text)}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});
