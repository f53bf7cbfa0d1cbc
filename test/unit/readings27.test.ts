import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';

const HEAD = 'Acme Bio reported results for AB-101 in the ACME-1 trial.\n\n';

describe('readings of tables (session 27)', () => {
  describe('what one table declares ends with it', () => {
    // two Markdown tables apart by a blank line only: the first's years and its row's currency reach none of the second's cells
    const doc = `${HEAD}| Item | 2030 | 2029 |\n|---|---|---|\n| Sales ($M) | 10.5 | 7.0 |\n\n| Measure | Week 8 | Week 16 |\n|---|---|---|\n| Mean change in score | 3.5 | 5.5 |\n`;
    it('the first table\'s sums are sums', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '10.5');
      assert.equal(f?.figureKind, 'money');
      assert.equal(f?.binding.timepoint, '2030');
    });
    it('the second table\'s cells are no sums', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '3.5');
      assert.notEqual(f?.figureKind, 'money');
    });
    it('the second table\'s cells take their own column\'s time point', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '5.5');
      assert.equal(f?.binding.timepoint, '16 weeks');
    });
  });
});
