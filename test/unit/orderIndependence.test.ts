/**
 * An analysis depends on its document alone: what the same process analysed before it changes
 * nothing. State that outlives one analysis (a global expression's lastIndex, a module's cache keyed
 * by less than it reads) would make a document's results depend on the documents read before it.
 * Invented documents, analysed in one order and then in the reverse order, must give the same
 * entities, bindings and findings.
 */
import { strict as assert } from 'assert';
import { Analyzer, builtinLexicon, runChecks } from '../../server/src/analysis';
import type { DocumentModel } from '../../server/src/analysis/model';
import { clearMemo } from '../../server/src/analysis/memo';
import { documentOf, generator } from './incremental.test';

const lexicon = builtinLexicon();

/**
 * An analysis from scratch as far as the caches go (a fresh analyzer, an emptied memo of readings), so that
 * only state kept elsewhere can carry over from the documents read before.
 */
function analyzed(text: string, format: 'plaintext' | 'markdown' = 'plaintext'): { model: DocumentModel; result: string } {
  clearMemo();
  const model = new Analyzer(lexicon).analyze(text, undefined, format);
  return { model, result: JSON.stringify({ entities: model.entities, findings: runChecks(model) }) };
}
const resultOf = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => analyzed(text, format).result;

describe('an analysis depends on its document alone', () => {
  it('a column of a group named by its population word leaves no state behind for the next document', () => {
    // a flattened table whose last column names a group ("All dose cohorts"), then a sentence naming its cohort
    const table = 'Acme Bio reported data.\n\nAB-101 240 mg\n(n=3)\nAB-101 480 mg\n(n=14)\nAll dose cohorts\n(n=17)\nComplete response (CR)0 (0)1 (7)1 (6)\n';
    const prose = 'Acme Bio reported data.\n\nThe study cohort includes 128 adult patients with relapsed follicular lymphoma who received AB-101.\n';
    const before = resultOf(prose);
    resultOf(table);
    const after = resultOf(prose);
    assert.equal(after, before);
    const { model } = analyzed(prose);
    const count = model.entities.find(e => e.kind === 'figure' && e.value === 128);
    assert.equal(count && count.kind === 'figure' ? count.binding.subgroup : undefined, 'study cohort');
  });

  it('invented releases give the same results read forwards and backwards', () => {
    const random = generator(20261205);
    const docs = Array.from({ length: 12 }, (_, i) => documentOf(random, 4 + (i % 5)));
    const forwards = docs.map(d => resultOf(d));
    const backwards = [...docs].reverse().map(d => resultOf(d)).reverse();
    docs.forEach((_, i) => assert.equal(backwards[i], forwards[i], `document ${i} differs with the order`));
    const markdown = docs.map(d => resultOf(d, 'markdown'));
    const markdownBack = [...docs].reverse().map(d => resultOf(d, 'markdown')).reverse();
    docs.forEach((_, i) => assert.equal(markdownBack[i], markdown[i], `document ${i} (Markdown) differs with the order`));
  });
});
