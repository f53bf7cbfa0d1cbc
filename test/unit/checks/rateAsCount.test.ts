/**
 * percent-of-count: a response rate stated once as a percentage and elsewhere as a count of
 * responders out of their group; the count over its group must give the rate. Every sentence here
 * is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'percent-of-count');
const lede = 'Zorvane Bio presented data from its phase 2 study of zorvatinib in melanoma.\n\n';

describe('percent-of-count: a response rate restated as a count of responders', () => {
  const cases: [string, boolean][] = [
    [`${lede}Zorvatinib achieved an overall response rate of 56% in the study. The drug was given once a month. In total, 38 of 75 evaluable patients responded to the treatment.`, true],
    [`${lede}Zorvatinib achieved an overall response rate of 51% in the study. The drug was given once a month. In total, 38 of 75 evaluable patients responded to the treatment.`, false],
    // the count names the rate it gave
    [`${lede}The response rate was 35%. The response rate was based on responses in 8 of 20 patients.`, true],
    // two response rates of different values: which one the count restates is not plain
    [`${lede}The response rate was 35% at the first cut and 45% at the second. Tumours shrank in 8 of 20 patients, which gave the response rate.`, false],
    // another population's count
    [`${lede}The overall response rate was 35%. In the subgroup with liver metastases, 8 of 20 patients responded.`, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text.slice(lede.length))}`, () => {
      const f = found(text);
      assert.equal(f.length > 0, expected, f.join(' | '));
    });
  }
});
