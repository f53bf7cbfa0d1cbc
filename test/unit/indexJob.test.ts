/**
 * The workspace index's lighter analysis (entities only) and the compact mentions a background
 * indexer sends: the index must hold exactly what a full analysis of the same file would give it.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer, builtinLexicon, DocumentModel, LineIndex } from '../../server/src/analysis';
import { formatOf } from '../../server/src/analysis/structure';
import { IndexerGone, indexText } from '../../server/src/features/indexJob';
import { startWorkerIndexer } from '../../server/src/node/indexWorker';
import * as os from 'os';
import { pathToFileURL } from 'url';
import { WorkspaceIndex } from '../../server/src/features/workspaceIndex';
import { ROOT, SEEDS, readSeed } from '../helpers';

const lexicon = builtinLexicon();

function drain(steps: Generator<void, DocumentModel>): DocumentModel {
  for (;;) { const r = steps.next(); if (r.done) return r.value; }
}

const named = (m: DocumentModel) => m.entities.filter(e => e.kind !== 'figure').map(e => [e.kind, e.name, e.text, e.start, e.end].join('|'));

/** The seeds and the evaluation corpus: documents of every shape the index meets. */
function documents(): { name: string; text: string }[] {
  const corpus = path.join(ROOT, 'test', 'eval', 'corpus');
  const files = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter(f => /\.(txt|md)$/.test(f)).sort() : [];
  return [
    ...SEEDS.map(name => ({ name, text: readSeed(name) })),
    ...files.map(name => ({ name, text: fs.readFileSync(path.join(corpus, name), 'utf8') })),
  ];
}

describe('workspace index: entities-only analysis', () => {
  it('finds the named entities of the full analysis, and no figures, on every seed and corpus document', () => {
    const docs = documents();
    assert.ok(docs.length > 10, 'the documents are there');
    for (const { name, text } of docs) {
      const full = new Analyzer(lexicon, { maxCacheBytes: 0 }).analyze(text, undefined, formatOf(name));
      const light = drain(new Analyzer(lexicon, { maxCacheBytes: 0 }).entitySteps(text, formatOf(name)));
      assert.deepEqual(named(light), named(full), name);
      assert.equal(light.entities.filter(e => e.kind === 'figure').length, 0, name);
      assert.ok(full.entities.some(e => e.kind === 'figure') || !/\d/.test(text), `${name} has figures in the full analysis`);
    }
  });

  it('reads the shared cache of full results without filling it with its own', () => {
    const text = 'Zelbotamab, a CD40 agonist of Acmevia Bio, in metastatic pancreatic cancer: ORR 31 % (n = 42).\n\nAlso zanidatamab.';
    const a = new Analyzer(lexicon);
    drain(a.entitySteps(text));
    assert.equal(a.cacheSize.blocks, 0, 'entities-only results stay out of the cache');
    const full = a.analyze(text);
    const light = drain(a.entitySteps(text));
    assert.deepEqual(named(light), named(full));
    assert.equal(light.entities.filter(e => e.kind === 'figure').length, 0);
    // and a full analysis after it still has its figures
    assert.ok(a.analyze(text).entities.some(e => e.kind === 'figure'));
  });

  it('sends compact mentions that the index stores as a full analysis would', () => {
    const text = '# Update\n\nZelbotamab (ACM-101) targets CD40.\n\nIn the ZEST-1 trial, zelbotamab improved overall survival in pancreatic cancer.';
    const uri = 'file:///ws/update.md';
    const viaWorker = new WorkspaceIndex();
    viaWorker.setCompact(uri, indexText(new Analyzer(lexicon), uri, text));
    const direct = new WorkspaceIndex();
    direct.set(uri, new Analyzer(lexicon).analyze(text, undefined, 'markdown'), new LineIndex(text));
    assert.ok(direct.all().length >= 3, JSON.stringify(direct.all()));
    assert.deepEqual(viaWorker.all(), direct.all());
    assert.ok(viaWorker.all().every(m => m.kind !== 'figure'));
  });

  it('throws on the test fault marker, as the server\'s own analysis does', () => {
    assert.throws(() => indexText(new Analyzer(lexicon), 'file:///ws/a.txt', 'zelbotamab MARKER-9', 'MARKER-9'), /injected fault/);
    assert.ok(indexText(new Analyzer(lexicon), 'file:///ws/a.txt', 'zelbotamab', 'MARKER-9').length === 1);
  });
});

describe('workspace index: worker threads', function () {
  this.timeout(60000);
  const bundle = path.join(ROOT, 'dist', 'server', 'node.js');
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ba-idx-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads and indexes files in a worker as the server would, and tells a missing or too large file', async function () {
    if (!fs.existsSync(bundle)) this.skip(); // built by npm run build
    const text = 'Zelbotamab (ACM-101) targets CD40.\n\nIn the ZEST-1 trial, zelbotamab improved overall survival in pancreatic cancer.';
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    const indexer = startWorkerIndexer(bundle, { lexicons: [{ drugs: [{ name: 'quorvalimab' }] }] }, 1)!;
    try {
      assert.equal(indexer.threads, 1);
      assert.deepEqual(await indexer.index(uri, 1e6), { status: 'indexed', mentions: indexText(new Analyzer(lexicon), uri, text) });
      assert.deepEqual(await indexer.index(uri, 10), { status: 'too large' });
      assert.deepEqual(await indexer.index(pathToFileURL(path.join(dir, 'gone.txt')).toString(), 1e6), { status: 'missing' });
      // the lexicon data it was given is its own analyzer's
      fs.writeFileSync(path.join(dir, 'b.txt'), 'Quorvalimab was well tolerated.');
      const b = await indexer.index(pathToFileURL(path.join(dir, 'b.txt')).toString(), 1e6);
      assert.ok(b.status === 'indexed' && b.mentions.some(m => m[0] === 'drug' && m[1] === 'quorvalimab'), JSON.stringify(b));
    } finally {
      indexer.dispose();
    }
    await assert.rejects(indexer.index(uri, 1e6), IndexerGone);
  });

  it('fails what it has pending as IndexerGone when its worker cannot run, so the server indexes those files itself', async () => {
    const indexer = startWorkerIndexer(path.join(dir, 'no-such-bundle.js'), { lexicons: [] }, 1);
    assert.ok(indexer);
    try {
      await assert.rejects(indexer.index(pathToFileURL(path.join(dir, 'a.txt')).toString(), 1e6), IndexerGone);
    } finally {
      indexer.dispose();
    }
  });
});
