/**
 * Issue 16 (memory): what the server keeps of a document is lean, and let go of with it. Nothing
 * here is timed or measured in bytes; each test states a property that a regression breaks.
 */
import { strict as assert } from 'assert';
import { Analyzer, builtinLexicon, DocumentBlocks, LineIndex, runChecks } from '../../server/src/analysis';
import { WorkspaceIndex } from '../../server/src/features';
import { placeNames } from '../../server/src/analysis/places';
import placesData from '../../server/lexicon/builtin/places.json';
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

describe('workspace index, packed', () => {
  const text = 'Zentavo Bio said quilizumab, a PD-L1 antibody, raised the ORR in NSCLC.\n\nIn the ORBITAL-4 trial quilizumab was given to 39 patients with NSCLC.';
  const model = new Analyzer(builtinLexicon()).analyze(text);
  const lines = new LineIndex(text);
  const uri = 'file:///ws/invented.txt';
  // what the index held before it was packed: one object per mention, built from the model
  const expected = model.entities.filter(e => e.kind !== 'figure').map(e => ({ kind: e.kind, name: e.name, text: e.text, location: { uri, range: lines.range(e.start, e.end) } }));

  it('gives back every mention as the model has it', () => {
    const index = new WorkspaceIndex();
    index.set(uri, model, lines);
    assert.ok(expected.length >= 4, 'the text names several entities');
    assert.deepEqual(index.all(), expected);
  });

  it('answers references and symbols from the packed mentions', () => {
    const index = new WorkspaceIndex();
    index.set(uri, model, lines);
    const drug = expected.find(m => m.kind === 'drug')!;
    assert.deepEqual(index.references('drug', drug.name, new Set()), expected.filter(m => m.kind === 'drug' && m.name === drug.name).map(m => m.location));
    assert.deepEqual(index.references('drug', drug.name, new Set([uri])), []);
    const symbols = index.symbols('');
    assert.equal(symbols.length, new Set(expected.map(m => `${m.kind}:${m.name}`)).size);
    assert.deepEqual(symbols.find(s => s.name === drug.name)?.location, drug.location);
  });

  it('keeps nothing of a document once deleted', () => {
    const index = new WorkspaceIndex();
    index.set(uri, model, lines);
    index.set('file:///ws/other.txt', model, lines);
    index.delete(uri);
    assert.equal(index.has(uri), false);
    assert.equal(index.size, 1);
    assert.ok(index.all().every(m => m.location.uri !== uri));
    index.retain(() => false);
    assert.equal(index.size, 0);
  });

  it('answers an open document set lazily exactly as one packed at once, in the same order', () => {
    const other = 'file:///ws/other.txt';
    const eager = new WorkspaceIndex();
    eager.set(uri, model, lines);
    eager.set(other, model, lines);
    eager.set(uri, model, lines); // analysed again: keeps its place
    const lazy = new WorkspaceIndex();
    lazy.setLazy(uri, model, lines);
    lazy.set(other, model, lines);
    lazy.setLazy(uri, model, lines);
    assert.equal(lazy.size, 2);
    assert.equal(lazy.has(uri), true);
    const drug = expected.find(m => m.kind === 'drug')!;
    // references skip the open document without packing it, then find it once it is not skipped
    assert.deepEqual(lazy.references('drug', drug.name, new Set([uri])), eager.references('drug', drug.name, new Set([uri])));
    assert.deepEqual(lazy.references('drug', drug.name, new Set()), eager.references('drug', drug.name, new Set()));
    assert.deepEqual(lazy.symbols(''), eager.symbols(''));
    assert.deepEqual(lazy.all(), eager.all());
    lazy.setLazy(uri, model, lines);
    assert.deepEqual(lazy.all(), eager.all());
    lazy.delete(uri);
    assert.equal(lazy.size, 1);
    assert.ok(lazy.all().every(m => m.location.uri !== uri));
  });

  it('lets go of an open document being analysed again, keeping its place and count until its new analysis', () => {
    const other = 'file:///ws/other.txt';
    const index = new WorkspaceIndex();
    index.setLazy(uri, model, lines);
    index.set(other, model, lines);
    index.markStale(uri);
    assert.equal(index.size, 2);
    assert.equal(index.has(uri), true);
    assert.ok(index.all().every(m => m.location.uri === other), 'no mentions while it is analysed again');
    index.markStale(other); // a packed document holds no model: left as it is
    assert.ok(index.all().some(m => m.location.uri === other));
    index.setLazy(uri, model, lines);
    const eager = new WorkspaceIndex();
    eager.set(uri, model, lines);
    eager.set(other, model, lines);
    assert.deepEqual(index.all(), eager.all());
  });
});

describe('place names, packed', () => {
  it('finds exactly the names a Set of the gazetteer finds', () => {
    const names = (placesData as { places: string }).places.split('|');
    const set = new Set(names);
    const packed = placeNames();
    assert.ok(names.every(n => packed.has(n)), 'every name of the data is found');
    const probes = ['springfield biolabs', 'zentavo', '', 'x', names[0] + 'x', names[names.length - 1] + ' ', names[1].slice(0, -1), names[100].toUpperCase()];
    for (const p of probes) assert.equal(packed.has(p), set.has(p), JSON.stringify(p));
    assert.equal(placeNames(), packed, 'one lookup shared by every reader');
  });
});
