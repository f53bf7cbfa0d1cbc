/**
 * Issue 16: the workspace index never makes typing wait. The Node server indexes in worker threads
 * (each with its own analyzer, reading the files itself); without them (BIOTECH_ANNOTATOR_INDEX_WORKERS=0)
 * it indexes on its own thread, after the open documents. Both fill the same index, and an open
 * document's diagnostics are answered while indexing is still under way. Ordering, never timing.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { SymbolInformation } from 'vscode-languageserver-protocol/node';
import { LspClient, waitFor } from '../fuzz/lspClient';

const FILES = 120;

/** An invented release of some 8 KB, different in every file (so no block is recognised twice). */
function release(i: number): string {
  const paras: string[] = [];
  for (let k = 0; paras.join('\n\n').length < 8000; k++) {
    paras.push(`Acmevia Bio reported update ${i}.${k}: zanidatamab, a HER2 bispecific antibody, gave an objective response rate of ${(i * 7 + k) % 60 + 20} % `
      + `in ${k + 30} patients with biliary tract cancer; median progression-free survival was ${(k % 9) + 4}.${i % 10} months (95 % CI, 3.1 to 9.${k % 10}).`);
  }
  if (i % 4 === 0) paras.push('The CD40 agonist mitazalimab is studied alongside.');
  return paras.join('\n\n') + '\n';
}

const ended = (c: LspClient) => c.progress.some(p => (p as { kind?: string }).kind === 'end');
const began = (c: LspClient) => c.progress.some(p => (p as { kind?: string }).kind === 'begin');

describe('issue 16: the workspace index off the main thread', function () {
  this.timeout(120000);
  let dir: string;
  const live: LspClient[] = [];
  before(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ba-ws16-')));
    fs.mkdirSync(path.join(dir, 'news'));
    for (let i = 0; i < FILES; i++) fs.writeFileSync(path.join(dir, i % 2 ? 'news' : '', `r${i}.${i % 3 ? 'txt' : 'md'}`), release(i));
  });
  afterEach(async () => { for (const c of live.splice(0)) await c.stop(); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Starts a server on the folder, and while its index is being filled opens a document and pulls its diagnostics. */
  async function run(env: Record<string, string>): Promise<{ c: LspClient; answeredBeforeEnd: boolean; diagnostics: number; symbols: SymbolInformation[] }> {
    const c = await LspClient.start({ pull: true, rootUri: pathToFileURL(dir).toString(), env });
    live.push(c);
    await waitFor('indexing to begin', () => began(c));
    const uri = pathToFileURL(path.join(os.tmpdir(), 'ba-ws16-open.txt')).toString();
    await c.open(uri, 'Zanidatamab gave an objective response rate of 40 % (8 of 22 patients).');
    const report = await c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { items: unknown[] };
    const answeredBeforeEnd = !ended(c);
    await waitFor('indexing to end', () => ended(c), 100000);
    const symbols = await c.conn.sendRequest('workspace/symbol', { query: 'mitazalimab' }) as SymbolInformation[];
    return { c, answeredBeforeEnd, diagnostics: report.items.length, symbols };
  }

  const files = (symbols: SymbolInformation[]) => symbols.map(s => path.relative(dir, new URL(s.location.uri).pathname)).sort();
  const expected = Array.from({ length: FILES }, (_, i) => i).filter(i => i % 4 === 0).map(i => path.join(i % 2 ? 'news' : '', `r${i}.${i % 3 ? 'txt' : 'md'}`)).sort();

  it('fills the index from worker threads, and answers an open document\'s diagnostics while it indexes', async () => {
    const { c, answeredBeforeEnd, diagnostics, symbols } = await run({});
    assert.ok(c.logs.some(l => /indexing \d+ documents in \d+ worker threads?/.test(l)), c.logs.join('\n'));
    assert.ok(answeredBeforeEnd, 'the diagnostics came before the index was complete');
    assert.ok(diagnostics > 0, 'the open document has its finding (8 of 22 is not 40 %)');
    assert.deepEqual(files(symbols), expected);
    assert.ok(c.logs.some(l => new RegExp(`indexed ${FILES + 1} documents`).test(l)), c.logs.join('\n'));
  });

  it('without workers, indexes on its own thread, the open document first, to the same index', async () => {
    const worker = await run({});
    const { c, answeredBeforeEnd, diagnostics, symbols } = await run({ BIOTECH_ANNOTATOR_INDEX_WORKERS: '0' });
    assert.ok(!c.logs.some(l => /worker thread/.test(l)), c.logs.join('\n'));
    assert.ok(answeredBeforeEnd, 'the diagnostics came before the index was complete');
    assert.ok(diagnostics > 0);
    assert.deepEqual(files(symbols), expected);
    // the same mentions, wherever they were found
    const all = async (x: LspClient) => ((await x.conn.sendRequest('biotech/workspaceEntities', {})) as { rows: unknown[] }).rows.map(r => JSON.stringify(r)).sort();
    assert.deepEqual(await all(c), await all(worker.c));
  });
});
