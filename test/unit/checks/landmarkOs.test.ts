/**
 * survival-logic: at one time point, the share alive cannot be below the share alive and free of
 * progression (or of any event that death counts as). Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'survival-logic');
const lede = 'Zorvane Bio presented data from its phase 3 study of zorvatinib.\n\n';

describe('survival-logic: a landmark rate above the OS rate at the same time', () => {
  const cases: [string, boolean][] = [
    [`${lede}At 12 months, the PFS rate with zorvatinib was 70% and the OS rate was 60%.`, true],
    [`${lede}At 12 months, the PFS rate with zorvatinib was 50% and the OS rate was 60%.`, false],
    // different time points are not compared
    [`${lede}The PFS rate with zorvatinib was 70% at 6 months, and the OS rate was 60% at 24 months.`, false],
    // within the rounding of each other
    [`${lede}At 12 months, the event-free survival (EFS) rate with zorvatinib was 80.4% and the OS rate was 80%.`, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text.slice(lede.length))}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});
