import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';
import { claimsOf } from '../../server/src/analysis/claims';

/** The measure key and whether it is specific, for the claim of the figure written `text`. */
function measureOf(doc: string, text: string): { key?: string; specific?: boolean } {
  const { model } = analyzeText(doc);
  const c = claimsOf(model).find(x => doc.slice(x.figure.start, x.figure.end) === text);
  assert.ok(c, `no claim for "${text}"`);
  return { key: c.measure?.key, specific: c.measure?.specific };
}

describe('claims: an endpoint named by a generic outcome\'s noun alone is no key of its own', () => {
  const rows: { doc: string; figure: string; specific: boolean }[] = [
    { doc: 'Acme Bio reported data on AB-101. The median survival was 14.2 months.', figure: '14.2 months', specific: false },
    { doc: 'Acme Bio reported data on AB-101. One-year survival was 61% with AB-101.', figure: '61%', specific: false },
    { doc: 'Acme Bio reported data on AB-101. Das mediane Überleben betrug 14,2 Monate.', figure: '14,2 Monate', specific: false },
    // a named analysis of the outcome is specific
    { doc: 'Acme Bio reported data on AB-101. The median overall survival was 14.2 months.', figure: '14.2 months', specific: true },
    { doc: 'Acme Bio reported data on AB-101. Median progression-free survival was 6.1 months.', figure: '6.1 months', specific: true },
  ];
  for (const r of rows) {
    it(`${r.figure} in: ${r.doc.slice(34)}`, () => {
      const m = measureOf(r.doc, r.figure);
      assert.ok(m.key, 'no measure');
      assert.equal(m.specific, r.specific, `key ${m.key}`);
    });
  }
});
