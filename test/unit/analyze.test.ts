import { strict as assert } from 'assert';
import { Analyzer, builtinLexicon } from '../../server/src/analysis';
import { seedNamed } from '../helpers';

describe('incremental analysis', () => {
  it('re-recognises only the block an edit touched, and gives the same model as a fresh analysis', () => {
    const a = new Analyzer(builtinLexicon());
    const doc = seedNamed('000');
    a.analyze(doc);
    const blocks = a.stats.blocks, misses = a.stats.cacheMisses;
    assert.ok(blocks > 10, `blocks: ${blocks}`);
    const at = doc.indexOf('45 patients');
    const edited = doc.slice(0, at) + '54' + doc.slice(at + 2);
    const model = a.analyze(edited);
    assert.equal(a.stats.cacheMisses - misses, 1, 'one block re-recognised');
    assert.equal(a.stats.blocks - blocks, blocks, 'every block looked up');
    const fresh = new Analyzer(builtinLexicon()).analyze(edited);
    assert.deepEqual(JSON.parse(JSON.stringify(model.entities)), JSON.parse(JSON.stringify(fresh.entities)));
    assert.ok(model.entities.some(e => e.kind === 'figure' && e.value === 54 && e.unit === 'patients'));
  });

  it('honours cancellation between blocks', () => {
    const a = new Analyzer(builtinLexicon());
    assert.throws(() => a.analyze(seedNamed('000'), () => true), /cancelled/);
  });
});
