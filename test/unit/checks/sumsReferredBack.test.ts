/** repeated-value: a sum opened by a demonstrative and a noun of payment names the sum stated just before it. Invented sentences. */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'repeated-value').filter(m => /refers back to the sum/.test(m));

describe('repeated-value: a sum referred back to', () => {
  const first = 'Zentorix agreed to pay Quellbio a fee of 12 million euros for an option on velorixant. Velorixant is in a phase 2 trial.';
  // each row: an invented text, and whether the later sum is reported
  const cases: [string, boolean][] = [
    [`${first} Quellbio expects this initial fee of 15 million euros in May, with 40 million more on exercise.`, true],
    [`${first} Quellbio expects this initial fee of 12 million euros in May, with 40 million more on exercise.`, false],
    // "the" may introduce a new sum
    [`${first} Quellbio expects the initial fee of 15 million euros in May, with 40 million more on exercise.`, false],
    // two sums before: which one is meant is not plain
    ['Zentorix will pay a fee of 12 million euros and a premium of 3 million euros. This payment of 15 million euros is due in May.', false],
    // French
    ['Zentorix versera des frais de 12 millions d\u2019euros pour l\u2019option. Ce montant de 15 millions d\u2019euros sera payé en mai.', true],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text.slice(-90)}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});
