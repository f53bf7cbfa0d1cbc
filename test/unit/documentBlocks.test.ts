/**
 * A document's own recognised blocks (DocumentBlocks): an edit re-recognises the blocks it changed and
 * no others, whatever the shared cache holds, the result is the analysis from scratch, and a cancelled
 * analysis leaves the blocks of the last completed one.
 */
import { strict as assert } from 'assert';
import { Analyzer, builtinLexicon, CancelledError, DocumentBlocks } from '../../server/src/analysis';
import { recognizeBlock } from '../../server/src/analysis/analyze';
import { splitBlocks } from '../../server/src/analysis/text';
import { generator } from './incremental.test';

const lexicon = builtinLexicon();

/** Forty invented paragraphs, each different. */
function paragraphs(): string[] {
  return Array.from({ length: 40 }, (_, i) => `Zelbotamab ${i + 1} mg/kg gave an ORR of ${10 + i}% (${i + 2}/${i + 20}) in cohort ${i}; median PFS was ${i + 3}.5 months.`);
}

const json = (m: object) => JSON.stringify(m);

describe('DocumentBlocks', () => {
  it('re-recognises only the changed block, with no shared cache at all', () => {
    const a = new Analyzer(lexicon, { maxCacheBytes: 0 });
    const own = new DocumentBlocks();
    const ps = paragraphs();
    a.analyze(ps.join('\n\n'), undefined, 'plaintext', own);
    assert.equal(a.stats.cacheMisses, 40);
    assert.equal(own.size, 40);
    ps[17] = ps[17].replace('cohort', 'the cohort');
    const edited = ps.join('\n\n');
    const model = a.analyze(edited, undefined, 'plaintext', own);
    assert.equal(a.stats.cacheMisses, 41, 'one block recognised again');
    assert.equal(json(model), json(new Analyzer(lexicon).analyze(edited)), 'the same model as from scratch');
  });

  it('without its own blocks, a document larger than the shared cache is recognised whole again', () => {
    const a = new Analyzer(lexicon, { maxCacheBytes: 0 });
    const text = paragraphs().join('\n\n');
    a.analyze(text);
    a.analyze(text);
    assert.equal(a.stats.cacheMisses, 80);
  });

  it('a cancelled analysis leaves the blocks of the last completed one', () => {
    const a = new Analyzer(lexicon, { maxCacheBytes: 0 });
    const own = new DocumentBlocks();
    const ps = paragraphs();
    a.analyze(ps.join('\n\n'), undefined, 'plaintext', own);
    let calls = 0;
    const other = ps.map(p => p.replace('cohort', 'arm')).join('\n\n');
    assert.throws(() => a.analyze(other, () => ++calls > 5, 'plaintext', own), CancelledError);
    assert.equal(own.size, 40);
    const before = a.stats.cacheMisses;
    a.analyze(ps.join('\n\n'), undefined, 'plaintext', own);
    assert.equal(a.stats.cacheMisses, before, 'every block of the completed analysis still there');
  });

  it('finds unchanged blocks by their place and changed ones by their text, two blocks of one text counted apart', () => {
    const a = new Analyzer(lexicon, { maxCacheBytes: 0 });
    const own = new DocumentBlocks();
    const ps = paragraphs();
    ps.push(ps[5]);
    const text = ps.join('\n\n');
    a.analyze(text, undefined, 'plaintext', own);
    // (within one analysis a repeated block is recognised again: nothing is kept before the analysis completes)
    assert.equal(a.stats.cacheMisses, 41);
    assert.equal(own.size, 40);
    // one of the two copies edited: one block recognised, the other copy still kept
    ps[5] = ps[5].replace('cohort', 'the cohort');
    const edited = ps.join('\n\n');
    const model = a.analyze(edited, undefined, 'plaintext', own);
    assert.equal(a.stats.cacheMisses, 42);
    assert.equal(own.size, 41);
    assert.equal(json(model), json(new Analyzer(lexicon).analyze(edited)), 'the same model as from scratch');
    // the edit undone: the block is the other copy's text, found by it
    a.analyze(text, undefined, 'plaintext', own);
    assert.equal(a.stats.cacheMisses, 42);
    assert.equal(own.size, 40);
    // a block moved: found by its text, not recognised again
    const first = text.split('\n\n');
    const moved = [first[39], ...first.slice(0, 39), first[40]].join('\n\n');
    a.analyze(moved, undefined, 'plaintext', own);
    assert.equal(a.stats.cacheMisses, 42);
  });

  it('splits an edited reading text as splitBlocks does, taking the unchanged blocks from the last version', function () {
    this.timeout(60000);
    const pieces = ['Zelbotamab gave an ORR of 35 %.', 'Placebo gave 10 %.', '\n', '\n\n', '\n\n\n', '\r\n', '\r\n\r\n', ' \n \n', '\t', 'x', ' '];
    const stub = recognizeBlock('x', lexicon);
    for (const seed of [2, 11, 29]) {
      const random = generator(seed);
      // (lines long enough, at times, to be cut at MAX_BLOCK)
      let text = Array.from({ length: 2000 }, () => pieces[random(pieces.length)]).join(random(2) ? ' ' : '');
      const own = new DocumentBlocks();
      for (let step = 0; step < 40; step++) {
        const at = random(text.length + 1);
        text = random(4) === 0 ? text.slice(0, at) + text.slice(Math.min(text.length, at + random(200))) : text.slice(0, at) + pieces[random(pieces.length)].repeat(1 + random(3)) + text.slice(at);
        own.begin(text);
        const blocks = own.split(text);
        assert.deepEqual(blocks, splitBlocks(text), `seed ${seed}, edit ${step}`);
        for (const b of blocks) { own.lookup(b.text, b.start, b.end); own.record(b.text.slice(0), stub, b.start, b.end); }
        own.commit();
      }
    }
  });

  it('keeps only the blocks of the latest analysis, and clear() drops them', () => {
    const a = new Analyzer(lexicon, { maxCacheBytes: 0 });
    const own = new DocumentBlocks();
    a.analyze(paragraphs().join('\n\n'), undefined, 'plaintext', own);
    a.analyze(paragraphs().slice(0, 3).join('\n\n'), undefined, 'plaintext', own);
    assert.equal(own.size, 3);
    own.clear();
    assert.equal(own.size, 0);
  });
});
