/**
 * Issue 17, through the built server over stdio: failure isolation, state that cannot go stale,
 * malformed requests, size limits and lexicon-file rules. A failing analysis is provoked with the
 * test-only BIOTECH_ANNOTATOR_TEST_FAULT marker (a text containing it throws when analysed).
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  DocumentDiagnosticRequest, DocumentHighlightRequest, DocumentSymbolRequest, HoverRequest, MarkupContent,
  ReferencesRequest, ResponseError, WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { LspClient, waitFor } from '../fuzz/lspClient';

const FAULT = 'FAULT-MARKER-17';
const live: LspClient[] = [];
async function start(opts: Parameters<typeof LspClient.start>[0] = {}): Promise<LspClient> {
  const c = await LspClient.start({ ...opts, env: { BIOTECH_ANNOTATOR_TEST_FAULT: FAULT, ...(opts.env ?? {}) } });
  live.push(c);
  return c;
}

async function rejection(p: Promise<unknown>): Promise<ResponseError<unknown>> {
  try { await p; } catch (err) { return err as ResponseError<unknown>; }
  throw new Error('the request succeeded');
}

const hoverText = (h: { contents: unknown } | null) => (h?.contents as MarkupContent | undefined)?.value ?? '';

describe('issue 17: the server holds', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => { dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ba-ls17-'))); });
  afterEach(async () => {
    for (const c of live.splice(0)) await c.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a failing analysis is cached for its version, logged once, and answered with an error that quotes nothing internal', async () => {
    const c = await start({ pull: true });
    const uri = 'file:///bad.txt';
    await c.open(uri, `mitazalimab ORR 40 %. ${FAULT}`);
    const errors: ResponseError<unknown>[] = [];
    for (let i = 0; i < 5; i++) errors.push(await rejection(c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } })));
    for (const e of errors) {
      assert.equal(e.code, -32603);
      assert.doesNotMatch(e.message, /injected|at |\.js/);
    }
    const logged = c.logs.filter(l => l.includes('analysing file:///bad.txt'));
    assert.equal(logged.length, 1, c.logs.join('\n'));
    // an edit that removes the fault analyses again
    await c.change(uri, [{ text: 'mitazalimab ORR 40 %.' }]);
    assert.match(hoverText(await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } })), /mitazalimab/);
  });

  it('references still work while another open document fails to analyse', async () => {
    const c = await start({ pull: true });
    await c.open('file:///bad.txt', `mitazalimab. ${FAULT}`);
    await c.open('file:///good.txt', 'mitazalimab is given.');
    await c.open('file:///other.txt', 'Also mitazalimab.');
    const refs = await c.conn.sendRequest(ReferencesRequest.type, { textDocument: { uri: 'file:///good.txt' }, position: { line: 0, character: 2 }, context: { includeDeclaration: true } });
    assert.deepEqual(refs!.map(r => r.uri).sort(), ['file:///good.txt', 'file:///other.txt']);
  });

  it('indexes every other workspace file when one fails, and the progress report ends', async () => {
    fs.writeFileSync(path.join(dir, 'a.txt'), 'zanidatamab targets HER2.');
    fs.writeFileSync(path.join(dir, 'b.txt'), `mitazalimab. ${FAULT}`);
    fs.writeFileSync(path.join(dir, 'c.txt'), 'pembrolizumab.');
    fs.writeFileSync(path.join(dir, 'd.md'), 'opamtistomig.');
    const c = await start({ pull: true, rootUri: pathToFileURL(dir).toString() });
    await waitFor('the end of the progress report', () => c.progress.some(p => (p as { kind?: string }).kind === 'end') || undefined);
    const names = (await c.conn.sendRequest(WorkspaceSymbolRequest.type, { query: '' }))!.map(s => s.name).sort();
    assert.deepEqual(names.filter(n => ['zanidatamab', 'pembrolizumab', 'opamtistomig', 'mitazalimab'].includes(n)), ['opamtistomig', 'pembrolizumab', 'zanidatamab']);
    assert.ok(c.logs.some(l => /indexing .*b\.txt failed/.test(l)), c.logs.join('\n'));
  });

  it('re-analyses a repeated or lower version with other text, and a second didOpen replaces the first', async () => {
    const c = await start({ pull: true });
    const uri = 'file:///v.txt';
    const names = async () => ((await c.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? []).flatMap(s => 'children' in s ? (s.children ?? []).map(x => x.name) : [s.name]);
    await c.open(uri, 'mitazalimab was given.', 5);
    assert.ok((await names()).includes('mitazalimab'));
    await c.change(uri, [{ text: 'zanidatamab was given.' }], 5); // the same version, other text
    assert.deepEqual((await names()).filter(n => /mab$/.test(n)), ['zanidatamab']);
    await c.change(uri, [{ text: 'pembrolizumab was given.' }], 3); // a lower version
    assert.deepEqual((await names()).filter(n => /mab$/.test(n)), ['pembrolizumab']);
    await c.open(uri, 'opamtistomig was given.', 5); // opened again without a close
    assert.deepEqual((await names()).filter(n => /mig$|mab$/.test(n)), ['opamtistomig']);
  });

  it('a closed document leaves the workspace index; a closed workspace file falls back to its copy on disk', async () => {
    fs.writeFileSync(path.join(dir, 'disk.txt'), 'zanidatamab on disk.');
    const c = await start({ pull: true, rootUri: pathToFileURL(dir).toString() });
    await waitFor('indexing', () => c.progress.some(p => (p as { kind?: string }).kind === 'end') || undefined);
    const symbols = async () => (await c.conn.sendRequest(WorkspaceSymbolRequest.type, { query: '' }))!.map(s => s.name);
    /** The workspace symbols once `test` holds (or after 20 s, for the assertion to show): a wait for the condition, however slow the machine. */
    const eventually = async (test: (names: string[]) => boolean) => {
      const until = Date.now() + 20000;
      while (Date.now() < until) { const n = await symbols(); if (test(n)) return n; await new Promise(r => setTimeout(r, 50)); }
      return symbols();
    };
    await c.open('file:///elsewhere/untitled.txt', 'mitazalimab only here.');
    assert.ok((await eventually(n => n.includes('mitazalimab'))).includes('mitazalimab'));
    await c.close('file:///elsewhere/untitled.txt');
    assert.ok(!(await symbols()).includes('mitazalimab'), 'the closed document is gone');
    const disk = pathToFileURL(path.join(dir, 'disk.txt')).toString();
    await c.open(disk, 'pembrolizumab, edited but not saved.');
    assert.ok((await eventually(n => n.includes('pembrolizumab'))).includes('pembrolizumab'));
    await c.close(disk);
    const names = await eventually(n => n.includes('zanidatamab') && !n.includes('pembrolizumab'));
    assert.ok(names.includes('zanidatamab') && !names.includes('pembrolizumab'), names.join(', '));
  });

  it('answers malformed requests with InvalidParams and no internal text', async () => {
    const c = await start({ pull: true });
    await c.open('file:///m.txt', 'mitazalimab.');
    const bad: [string, unknown][] = [
      ['textDocument/hover', { textDocument: { uri: 'file:///m.txt' } }],
      ['textDocument/hover', { textDocument: { uri: 'file:///m.txt' }, position: { line: -1, character: 'x' } }],
      ['textDocument/hover', null],
      ['textDocument/documentHighlight', { textDocument: {}, position: { line: 0, character: 0 } }],
      ['textDocument/references', { textDocument: { uri: 42 }, position: { line: 0, character: 0 } }],
      ['textDocument/codeAction', { textDocument: { uri: 'file:///m.txt' }, range: {}, context: {} }],
      ['textDocument/inlayHint', { textDocument: { uri: 'file:///m.txt' }, range: { start: {} } }],
      ['textDocument/documentSymbol', {}],
      ['workspace/symbol', { query: 7 }],
      ['biotech/documentEntities', { uri: null }],
    ];
    for (const [method, params] of bad) {
      const err = await rejection(c.conn.sendRequest(method, params));
      assert.equal(err.code, -32602, `${method}: ${err.code} ${err.message}`);
      assert.doesNotMatch(err.message, /Cannot read|undefined|TypeError|at /, `${method}: ${err.message}`);
    }
    // and the server goes on
    assert.match(hoverText(await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///m.txt' }, position: { line: 0, character: 2 } })), /mitazalimab/);
  });

  it('analyses a document above the size limit in degraded mode, tells the user once, and still hovers', async () => {
    const c = await start({ pull: true, settings: { limits: { maxDocumentSize: 100_000 } } });
    const uri = 'file:///big.txt';
    const para = 'In the trial, mitazalimab gave an ORR of 40 % (8 of 20).\n\n';
    const text = para.repeat(Math.ceil(300_000 / para.length));
    await c.open(uri, text);
    const line = 2 * 1000;
    const h = await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 16 } });
    assert.match(hoverText(h), /mitazalimab/);
    assert.deepEqual(h!.range!.start, { line, character: 14 });
    const hl = await c.conn.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri }, position: { line, character: 16 } });
    assert.ok(hl!.length >= 1);
    // no document-wide work: no diagnostics, no outline
    const report = await c.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    assert.deepEqual((report as { items: unknown[] }).items, []);
    await c.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    await c.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 16 } });
    await waitFor('the degraded notification', () => c.notifications.find(n => n.method === 'biotechAnnotator/degraded'));
    assert.equal(c.notifications.filter(n => n.method === 'biotechAnnotator/degraded').length, 1, 'told once');
    assert.equal(c.messages.filter(m => /degraded mode/.test(m.message)).length, 1);
    assert.equal(c.logs.filter(l => /degraded mode/.test(l)).length, 1);
  });

  it('reads a document above readWholeUpTo in parts: edits keep every diagnostic where a fresh open puts it, the log and the status summary say so', async () => {
    const c = await start({ pull: true, settings: { limits: { readWholeUpTo: 20_000 } } });
    const uri = 'file:///long.txt';
    // invented paragraphs, every tenth with a share its count does not give
    const para = (k: number) => `Cohort ${k} of the zelbotinib study: ${3 + (k % 7)} of 20 patients (${5 * (3 + (k % 7)) + (k % 10 === 3 ? 9 : 0)}%) responded, with words on safety.`;
    const text = Array.from({ length: 600 }, (_, k) => para(k)).join('\n\n') + '\n';
    await c.open(uri, text);
    const pull = async (u: string) => ((await c.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: u } })) as { items: { range: unknown; code?: unknown; message: string }[] }).items;
    const before = await pull(uri);
    assert.ok(before.length >= 50, `${before.length} diagnostics`);
    // type into a paragraph in the middle: a line break and a word
    const line = 2 * 300;
    await c.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'New words.\n\n' }]);
    const after = await pull(uri);
    const edited = text.split('\n');
    edited.splice(line, 0, 'New words.', '');
    await c.open('file:///fresh.txt', edited.join('\n'));
    assert.deepEqual(after.map(d => [d.range, d.code, d.message]), (await pull('file:///fresh.txt')).map(d => [d.range, d.code, d.message]));
    assert.equal(after.length, before.length);
    const summary = (await c.conn.sendRequest('biotech/documentEntities', { uri }) as { summary: { parts?: number } }).summary;
    assert.ok((summary.parts ?? 0) > 1, JSON.stringify(summary));
    await waitFor('the log line', () => c.logs.find(l => /long\.txt is \d+ characters, above biotechAnnotator\.limits\.readWholeUpTo \(20000\): it is read in \d+ parts/.test(l)));
    assert.equal(c.logs.filter(l => /long\.txt .*read in \d+ parts/.test(l)).length, 1, 'told once');
  });

  it('skips workspace files over the size limit before reading them, and reports the file cap', async () => {
    for (const n of ['a', 'b', 'c', 'd']) fs.writeFileSync(path.join(dir, `${n}.txt`), `zanidatamab ${n}.`);
    fs.writeFileSync(path.join(dir, 'e-big.txt'), 'mitazalimab. '.repeat(2000));
    const c = await start({ pull: true, rootUri: pathToFileURL(dir).toString(), settings: { limits: { maxIndexedFileSize: 10_000, maxIndexedFiles: 3 } } });
    await waitFor('indexing', () => c.logs.find(l => /indexed \d+ documents/.test(l)));
    assert.ok(c.logs.some(l => /indexed the first 3 documents/.test(l)), c.logs.join('\n'));
    assert.ok(c.messages.some(m => /maxIndexedFiles/.test(m.message)));
    const c2 = await start({ pull: true, rootUri: pathToFileURL(dir).toString(), settings: { limits: { maxIndexedFileSize: 10_000 } } });
    const log = await waitFor('indexing', () => c2.logs.find(l => /indexed \d+ documents/.test(l)));
    assert.match(log, /indexed 4 documents; 1 larger than 10000 bytes skipped/);
  });

  it('loads every lexicon file even when one is nested 10,000 deep, and refuses workspace-set paths outside the workspace', async () => {
    const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ba-outside-')));
    try {
      fs.writeFileSync(path.join(dir, '.biotech-lexicon.json'), '{"drugs": ' + '['.repeat(10000) + ']'.repeat(10000) + '}');
      fs.writeFileSync(path.join(dir, 'more.biotech-lexicon.json'), '{"drugs": [{"name": "zorbatinib", "brands": ["Zorbix"]}]}');
      fs.writeFileSync(path.join(outside, 'far.biotech-lexicon.json'), '{"drugs": [{"name": "farnovix"}]}');
      const root = pathToFileURL(dir).toString();
      const farPath = path.join(outside, 'far.biotech-lexicon.json');
      const c = await start({ pull: true, rootUri: root, settings: { lexiconFiles: ['more.biotech-lexicon.json', farPath, '../' + path.basename(outside) + '/far.biotech-lexicon.json'] } });
      const lexUri = pathToFileURL(path.join(dir, '.biotech-lexicon.json')).toString();
      const problems = await waitFor('diagnostics on the deep file', () => c.diagnostics.get(lexUri)?.at(-1));
      assert.match(String(problems.diagnostics[0].message), /^Nested more than 32 levels deep/);
      // (the deep file's problems may be told before the other files are merged in: wait for the whole load, as below)
      await waitFor('lexicons loaded', () => c.logs.find(l => /indexed \d+ documents/.test(l)));
      const doc = pathToFileURL(path.join(dir, 'a.txt')).toString();
      const text = 'Zorbix and farnovix were given.';
      const hoverAt = (client: LspClient, character: number) => client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: doc }, position: { line: 0, character } }).then(hoverText);
      await c.open(doc, text);
      assert.match(await hoverAt(c, 2), /zorbatinib/);
      assert.equal(await hoverAt(c, text.indexOf('farnovix') + 2), '', 'the file outside the workspace was not read');
      assert.equal(c.messages.filter(m => /outside the workspace folder/.test(m.message)).length, 2);
      // the same file named in the user's own setting is read, except in Restricted Mode
      const user = await start({ pull: true, rootUri: root, settings: { userLexiconFiles: [farPath] } });
      await waitFor('lexicons loaded', () => user.logs.find(l => /indexed \d+ documents/.test(l)));
      await user.open(doc, text);
      assert.match(await hoverAt(user, text.indexOf('farnovix') + 2), /farnovix/);
      const restricted = await start({ pull: true, rootUri: root, settings: { userLexiconFiles: [farPath] }, initializationOptions: { workspaceTrusted: false } });
      await waitFor('lexicons loaded', () => restricted.logs.find(l => /indexed \d+ documents/.test(l)));
      await restricted.open(doc, text);
      assert.equal(await hoverAt(restricted, text.indexOf('farnovix') + 2), '');
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  }).timeout(60000); // three servers start one after another: on a loaded machine that alone nears the default 20 s
});
