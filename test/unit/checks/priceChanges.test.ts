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
    // an amount in millions rounds in millions: $1.3 million stands for 1.25 to 1.35 million, the base $4.7 million less the change
    ['Grant income rose to $4.7 million, an increase of $1.3 million or 39.4%, from the year before.', false],
    ['Grant income rose to $4.7 million, an increase of $1.3 million or 52.0%, from the year before.', true],
    ['Royalties rose to $1.6 million, a growth of $1.1 million or 212.7%.', false],
    ['Royalties rose to $1.6 million, a growth of $1.1 million or 312.7%.', true],
    // a price in another paragraph is not this change's
    ['Acme closed at $12.40 on Monday.\n\nThe stock gained $0.70 or 7.6% in after-hours trading.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('percent-of-count: a count and share no whole population gives', () => {
  const cases: [string, boolean][] = [
    // 23/82 = 28.0 %, 23/83 = 27.7 %: no population gives 27.9 %
    ['A response was seen in 27.9% of patients (23 patients) at week 4.', true],
    ['A response was seen in 28.0% of patients (23 patients) at week 4.', false],
    ['Nausea occurred in 23 patients (27.9%).', true],
    ['Nausea occurred in 23 patients (27.7%).', false],
    // a whole number of percent is nearly always some population's share
    ['Nausea occurred in 23 patients (28%).', false],
    // the n is the population, not the count
    ['The response rate was 27.9% (n = 23).', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('percent-of-count: a share of the count is not the count as a share', () => {
  it('leaves "23 patients (27.9% female)" alone', () => assert.deepEqual(found('The study enrolled 23 patients (27.9% female) at four sites.'), []));
});
