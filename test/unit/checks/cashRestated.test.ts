/** repeated-value: a company's cash at the end of one period stated twice with two amounts. Invented documents. */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'repeated-value').filter(m => /cash at the end/.test(m));

const doc = (first: string, second: string) => [
  'Zentorix reports its results for the first half of 2031',
  '',
  `Zentorix closed the first half of 2031 with ${first}, as spending on the velorixant programme rose. Research costs grew to EUR 9.0 million in the first half of 2031.`,
  '',
  'Velorixant is in a phase 2 trial in chronic cough. The company employs 48 people in Leiden. Its board met in June.',
  '',
  `Thanks to the capital raised in February, ${second} at the end of the first half of 2031.`,
].join('\n');

describe('repeated-value: cash at one date stated twice', () => {
  const cases: [string, boolean][] = [
    [doc('cash of EUR 41.2 million', 'cash amounted to EUR 42.1 million'), true],
    [doc('cash of EUR 41.2 million', 'cash amounted to EUR 41.2 million'), false],
    // another holding: cash and cash equivalents beside cash alone
    [doc('cash of EUR 41.2 million', 'cash and cash equivalents amounted to EUR 42.1 million'), false],
    // a flow of cash over the period is no cash at its end
    [doc('cash of EUR 41.2 million', 'cash used in operations amounted to EUR 42.1 million'), false],
    // pro forma cash is another reading
    [doc('cash of EUR 41.2 million', 'pro forma cash amounted to EUR 42.1 million'), false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text.slice(-110)}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});
