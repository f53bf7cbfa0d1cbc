/** percent-of-count: a price change in money restated in percent, against the price stated. Invented sentences. */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'percent-of-count');

describe('percent-of-count: a price change and its percentage', () => {
  // each row: an invented text, and whether a finding is expected
  const cases: [string, boolean][] = [
    // the change over the price it started from: after the change (down to $12.40) or from it
    ['Acme closed at $12.40 on Monday, down $1.60 or 11.4%.', false],
    ['Acme closed at $12.40 on Monday, down $1.60 or 16.9%.', true],
    ['Acme closed at $12.40 on Monday. In after-hours trading the stock gained $0.70 or 5.6%.', false],
    ['Acme closed at $12.40 on Monday. In after-hours trading the stock gained $0.70 or 7.6%.', true],
    // two prices stated: no base is chosen
    ['Acme closed at $12.40 and Beta at $8.10, with Acme down $1.60 or 16.9%.', false],
    // a price in another paragraph is not this change's
    ['Acme closed at $12.40 on Monday.\n\nThe stock gained $0.70 or 7.6% in after-hours trading.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});
