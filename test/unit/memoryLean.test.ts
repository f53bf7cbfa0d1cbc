/**
 * Issue 16 (memory): what the server keeps of a document is lean, and let go of with it. Nothing
 * here is timed or measured in bytes; each test states a property that a regression breaks.
 */
import { strict as assert } from 'assert';
import { Analyzer, builtinLexicon, DocumentBlocks, runChecks } from '../../server/src/analysis';
import { packTokens, tokenize, unpackTokens } from '../../server/src/analysis/tokens';

describe('lean document model', () => {
  it('packed tokens read back as tokenize made them (camel-case junctions, digits, accents)', () => {
    for (const text of ['ProductZelbotamab (ACM-101) TargetCD47 x OX40', 'ORR 38.5% in 2,000Patients; Überlebensrate 41,7 %', 'mAb mRNA TRAEs HARMONi 1BBPivotal', '']) {
      const tokens = tokenize(text);
      assert.deepEqual(unpackTokens(text, packTokens(tokens)), tokens);
    }
  });

  it("a block's tokens are the block's own, read afresh each time from its packed form", () => {
    const analyzer = new Analyzer(builtinLexicon());
    const own = new DocumentBlocks();
    const text = 'Zentavo Bio reported an ORR of 38.5% with quilizumab.\n\nA second block about TRAEs.';
    analyzer.analyze(text, () => false, 'plaintext', own);
    const block = own.lookup('Zentavo Bio reported an ORR of 38.5% with quilizumab.');
    assert.ok(block, 'the block is kept for the next analysis');
    assert.equal(block.tokenCount, block.tokens.length);
    assert.deepEqual(block.tokens, tokenize('Zentavo Bio reported an ORR of 38.5% with quilizumab.'));
    assert.notEqual(block.tokens, block.tokens, 'no token array is kept between uses');
  });

  it('checks give the same findings when run twice on one model (their laid-out view is let go after the first run)', () => {
    const model = new Analyzer(builtinLexicon()).analyze('Objective response rate was 45% (8 of 22 patients).\n\nMedian PFS was 14.1 months and median OS 9.0 months.', () => false, 'markdown');
    const first = runChecks(model);
    assert.ok(first.length > 0, 'the text holds findings');
    assert.deepEqual(runChecks(model), first);
  });
});
