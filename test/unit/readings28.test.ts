import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';

const HEAD = 'Acme Bio reported results for zetalimab in the ACME-2 trial.\n\n';

describe('readings of tables (session 28)', () => {
  describe('an arm of several drugs is studied for the drug it adds', () => {
    // both arms give nivolumab and chemotherapy; the first adds zetalimab, named second, so its figures are zetalimab's
    const doc = `${HEAD}| Outcome | Nivolumab + zetalimab + chemo (n = 80) | Nivolumab + chemo (n = 78) |\n|---|---|---|\n| ORR, n (%) | 40 (50.0) | 30 (38.5) |\n`;
    it('the combination arm\'s cell is bound to the added drug', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '40');
      assert.equal(f?.binding.drug, 'zetalimab');
    });
    it('the control arm\'s cell keeps its one drug', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '30');
      assert.equal(f?.binding.drug, 'nivolumab');
    });
    it('with one arm of several drugs and none to compare, the first drug named stands', () => {
      const one = `${HEAD}| Outcome | Nivolumab + zetalimab (n = 80) |\n|---|---|\n| ORR, n (%) | 40 (50.0) |\n`;
      const f = figuresOf(one, 'markdown').find(x => x.text === '40');
      assert.equal(f?.binding.drug, 'nivolumab');
    });
  });
});
