/**
 * Readings of the session that read long documents in parts: a statement's header cells, joined by the reading as a
 * paragraph, are no prose. Invented text.
 */
import { strict as assert } from 'assert';
import { readingsOf } from '../helpers';

describe('readings of session 60', () => {
  describe("a statement's header cells, however many, are no prose that ends it", () => {
    const header = ['First Period', 'Second Period', 'Third Period', 'Fourth Period', 'Fifth Period', 'Whole Year'];
    const statement = (cells: string[], between = '') =>
      `Selected figures of Zelbo Bio for the year ended March 31, 2031 (in thousands, except per share data):\nYear Ended March 31, 2031\n${cells.join('\n')}\n${between}Product sales\n$\n1,250\n$\n2,340\nGross profit\n$\n980\n$\n1,870\n`;
    it('six header cells on lines of their own: the rows are read in the title\'s scale', () => {
      assert.deepEqual(readingsOf(statement(header), ['1,250', '2,340', '980']), ['money 1250000 USD', 'money 2340000 USD', 'money 980000 USD']);
    });
    it('two header cells: the same', () => {
      assert.deepEqual(readingsOf(statement(header.slice(0, 2)), ['1,250', '980']), ['money 1250000 USD', 'money 980000 USD']);
    });
    it('a sentence between the header and the rows still ends the statement', () => {
      const text = statement(header.slice(0, 2), 'the company has revised the way it reports sales of its products to partners and to the distributors it works with\n');
      assert.deepEqual(readingsOf(text, ['1,250', '980']), ['money 1250 USD', 'money 980 USD']);
    });
  });

  describe('a line that only declares a currency and its scale heads the statement under it, though the reading joins it', () => {
    it('"in CHF k" on a line of its own, under a title in pipes, over one cell a line', () => {
      const text = '|Segment figures of Zelbo Bio\n|\nin CHF k\nFor the six months ended March 31, 2031\nDevices\nServices\nTotal\nRevenues\n1,250\n2,340\n3,590\nOperating loss\n(480)\n(120)\n(600)\n';
      assert.deepEqual(readingsOf(text, ['1,250', '3,590', '480']), ['money 1250000 CHF', 'money 3590000 CHF', 'money -480000 CHF']);
    });
    it('and heads the next statement too, after the period line of its own header', () => {
      const text = 'in CHF k\nFor the six months ended March 31, 2031\nDevices\nTotal\nRevenues\n1,250\n3,590\n' +
        'For the nine months ended March 31, 2031\nin CHF k\nDevices\nServices\nTotal\nIncome from licences granted to partners and to other firms\n4,100\n2,200\n6,300\n';
      assert.deepEqual(readingsOf(text, ['4,100', '6,300']), ['money 4100000 CHF', 'money 6300000 CHF']);
    });
  });

  describe("an XBRL page's title names the currency and the line under it the scale: one unit", () => {
    const page = (scaleLine: string) => `|\nSTATEMENTS OF OPERATIONS - USD ($)\n${scaleLine}\n|3 Months Ended\n|\nMar. 31, 2031\n|\nMar. 31, 2030\n|Revenues\n|$ 1,250\n|$ 980\n|Research and development\n|2,340\n|1,870\n|Net loss per share (in USD per share)\n|$ (0.42)\n|$ (0.35)\n`;
    it('a line naming the scale of the sums scales the bare sums as it scales those with their sign', () => {
      assert.deepEqual(readingsOf(page('shares in Millions, $ in Thousands'), ['1,250', '2,340', '1,870']), ['money 1250000 USD', 'money 2340000 USD', 'money 1870000 USD']);
    });
    it('a sum per share stays unscaled', () => {
      assert.deepEqual(readingsOf(page('$ in Millions'), ['0.42']), ['money -0.42 USD']);
    });
  });

  describe('rows named by a response under a section that says "no. (%)" are counted as the section says', () => {
    // (a table copied as lines, read as one paragraph: the section's words join the rows before and after them)
    const table = 'Table 2. Response by dose of zelbotinib.\nVariable Low dose (N = 10) High dose (N = 12)\nObjective response\n No. of patients with a response 5 9\n' +
      ' Rate \u2014 % (95% CI) 50 75\n(19\u201381) (43\u201395)\nBest overall response \u2014 no. (%)\n Complete response 2 (20) 5 (42)\n Partial response 3 (30) 4 (33)\n Stable disease 1 (10) 0\n';
    it('counts, and their shares in brackets', () => {
      assert.deepEqual(readingsOf(table, ['3', '30', '4', '33']), ['count 3 patients', 'percent 30 %', 'count 4 patients', 'percent 33 %']);
    });
    it('a row whose own words state per cents keeps them', () => {
      const own = table.replace(' Stable disease 1 (10) 0', ' Stable disease, % 8.5 2.0');
      assert.deepEqual(readingsOf(own, ['8.5']), ['percent 8.5 %']);
    });
  });

  describe('a per-cent sign in a cell of its own after a number\'s cell is that number\'s', () => {
    const table = '| Measure | Cohort A (n=20) | | Cohort B (n=25) | |\n|---|---|---|---|---|\n| Response rate | 40 | % | 36 | % |\n| Patients treated | 20 | | 25 | |\n';
    it('the numbers before the sign are per cents', () => {
      assert.deepEqual(readingsOf(table, ['40', '36']), ['percent 40 %', 'percent 36 %']);
    });
    it('a number with no sign after it is left as it is read', () => {
      assert.ok(!readingsOf(table, ['25'])[0].startsWith('percent'));
    });
  });
});
