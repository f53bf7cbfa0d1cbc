/**
 * landmark-vs-median: a landmark rate below 50 % beside a median stated as not reached. A
 * Kaplan-Meier estimate below 50 % at a landmark means the curve fell to 50 % by then, so the median
 * was reached. Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'landmark-vs-median');
const lede = 'Acme Bio reported final data from its phase 2 study of zorvatinib in adults with leukemia.\n\n';

describe('landmark-vs-median: a median not reached', () => {
  const cases: [string, boolean][] = [
    [`${lede}At a median follow-up of 40 months, the median overall survival (OS) and event-free survival (EFS) were not reached, and the estimated 3-year OS and EFS were 44% and 68%, respectively.`, true],
    [`${lede}The median progression-free survival (PFS) has not yet been reached. The estimated 12-month PFS rate was 42%.`, true],
    // at or above one half: the median may still lie ahead
    [`${lede}The median progression-free survival (PFS) has not yet been reached. The estimated 12-month PFS rate was 58%.`, false],
    // a sentence that compares arms: whose median was not reached is the arm's, not the document's
    [`${lede}The median OS was not reached with zorvatinib versus 14 months with placebo. The 2-year OS rate was 40% with placebo.`, false],
    // another population's median
    [`${lede}In the subgroup with TP53 mutations, the median PFS was not reached. The estimated 12-month PFS rate was 42%.`, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text.slice(lede.length))}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});
