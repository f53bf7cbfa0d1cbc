/**
 * What the workspace index leaves out: VS Code globs, .gitignore files, dot folders and the
 * default dependency folders, first on the pure rules, then end to end over LSP on a temporary
 * workspace (the built server, a client answering workspace/configuration per section as VS Code
 * does). Also Restricted Mode and the client's wording.
 */
import { strict as assert } from 'assert';
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  ConfigurationRequest, createProtocolConnection, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest, ExitNotification, HoverRequest, InitializedNotification, InitializeRequest, ProtocolConnection, SemanticTokensRequest,
  ShutdownRequest, ShowMessageNotification, ShowMessageRequest, StreamMessageReader, StreamMessageWriter, SymbolInformation, WorkDoneProgressCreateRequest, WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { enabledGlobs, globToRegExp, matchesGlobs, WorkspaceExclude } from '../../server/src/features/workspaceExclude';
import { DEFAULT_EXCLUDE, sanitizeSettings } from '../../server/src/shared/settings';
import { plural, summaryText } from '../../client/src/text';
import { ROOT } from '../helpers';

describe('workspace exclusion rules', () => {
  it('reads VS Code globs: **, *, ?, braces and classes, relative to the folder', () => {
    const m = (glob: string, p: string) => globToRegExp(glob).test(p);
    assert.ok(m('**/node_modules', 'node_modules'));
    assert.ok(m('**/node_modules', 'a/b/node_modules'));
    assert.ok(!m('**/node_modules', 'a/node_modules_x'));
    assert.ok(m('**/node_modules/**', 'a/node_modules/pkg/README.md'));
    assert.ok(m('drafts/**', 'drafts'));
    assert.ok(m('drafts/**', 'drafts/q3/x.md'));
    assert.ok(!m('drafts/**', 'old/drafts/x.md'));
    assert.ok(m('*.md', 'a.md'));
    assert.ok(!m('*.md', 'news/a.md'), '"*" stays within one folder');
    assert.ok(m('news/**/*.txt', 'news/a.txt') && m('news/**/*.txt', 'news/2024/q1/a.txt'));
    assert.ok(m('**/*.{md,txt}', 'x/y.txt') && !m('**/*.{md,txt}', 'x/y.pdf'));
    assert.ok(m('report-?.md', 'report-1.md') && !m('report-?.md', 'report-10.md'));
    assert.ok(m('[ab]*.md', 'beta.md') && !m('[!ab]*.md', 'beta.md'));
    assert.ok(m('./notes.txt', 'notes.txt'), 'a leading ./ is dropped');
    assert.ok(m('a.b+c(d).md', 'a.b+c(d).md') && !m('a.b.md', 'aXb.md'), 'regex characters are literal');
  });

  it('takes from files.exclude and search.exclude only the entries set to true', () => {
    assert.deepEqual(enabledGlobs({ '**/.git': true, '**/drafts': false, '**/*.js': { when: '$(basename).ts' }, '': true }), ['**/.git']);
    assert.deepEqual(enabledGlobs(null), []);
    assert.deepEqual(enabledGlobs(['**/x']), []);
  });

  it('excludes a path when a folder above it matches', () => {
    const patterns = [globToRegExp('archive')];
    assert.ok(matchesGlobs('archive/2023/a.md', patterns));
    assert.ok(!matchesGlobs('news/archive.md', patterns));
  });

  it('honours nested .gitignore files, re-inclusion, dot folders and the default dependency folders', async () => {
    const files: Record<string, string> = {
      'file:///ws/.gitignore': 'build/\n*.log.md\n!keep.log.md\n',
      'file:///ws/docs/.gitignore': 'private.md\n',
    };
    const reads: string[] = [];
    const readFile = async (uri: string) => { reads.push(uri); return files[uri]; };
    const ex = new WorkspaceExclude('file:///ws', { globs: [...DEFAULT_EXCLUDE, '**/drafts'], useIgnoreFiles: true, readFile });
    const cases: [string, boolean, boolean][] = [
      ['news/one.md', false, false],
      ['build', true, true],
      ['build/out.md', false, true],
      ['run.log.md', false, true],
      ['keep.log.md', false, false],
      ['docs/private.md', false, true],
      ['docs/public.md', false, false],
      ['private.md', false, false], // the docs/.gitignore rule applies below docs/ only
      ['.github/issue.md', false, true],
      ['node_modules/pkg/README.md', false, true],
      ['lib/vendor/x/README.md', false, true],
      ['team/drafts/a.md', false, true],
    ];
    for (const [rel, isDir, excluded] of cases) assert.equal(await ex.excludes(rel, isDir), excluded, rel);
    assert.equal(await ex.excludesUri('file:///ws/docs/private.md'), true);
    assert.equal(await ex.excludesUri('file:///elsewhere/private.md'), false, 'outside the folder: not its to exclude');
    assert.equal(new Set(reads).size, reads.length, 'each .gitignore is read once');
    const noIgnoreFiles = new WorkspaceExclude('file:///ws', { globs: [], useIgnoreFiles: false, readFile });
    assert.equal(await noIgnoreFiles.excludes('build/out.md', false), false, 'search.useIgnoreFiles off: .gitignore not read');
  });

  it('reads biotechAnnotator.exclude and index.enable, with defaults', () => {
    assert.deepEqual(sanitizeSettings({}).exclude, [...DEFAULT_EXCLUDE]);
    assert.equal(sanitizeSettings({}).indexing, true);
    assert.deepEqual(sanitizeSettings({ exclude: ['a/**', 3, ''], index: { enable: false } }).exclude, ['a/**']);
    assert.equal(sanitizeSettings({ index: { enable: false } }).indexing, false);
    assert.equal(sanitizeSettings({ index: { enable: 'no' } }).indexing, true);
  });
});

describe('client wording', () => {
  it('counts with the right plural in the status bar', () => {
    assert.equal(plural(1, 'entity', 'entities'), '1 entity');
    assert.equal(plural(0, 'finding'), '0 findings');
    const one = summaryText({ entities: 1, byKind: { drug: 1 }, errors: 1, warnings: 0, others: 0 });
    assert.equal(one.text, '$(beaker) 1 entity \u00b7 1 finding');
    assert.match(one.tooltip, /: 1 drug; 1 error, 0 warnings\./);
    const many = summaryText({ entities: 5, byKind: { company: 2, figure: 3 }, errors: 0, warnings: 2, others: 1 });
    assert.equal(many.text, '$(beaker) 5 entities \u00b7 3 findings');
    assert.match(many.tooltip, /: 2 companies, 3 figures; 0 errors, 2 warnings, 1 other finding\./);    assert.doesNotMatch(many.tooltip, /parts/);
    // a document read in parts says so, and what it leaves out
    const parted = summaryText({ entities: 5, byKind: { figure: 5 }, errors: 0, warnings: 0, others: 0, parts: 7 });
    assert.match(parted.tooltip, /Read in 7 parts .*not compared\. Click/);
  });
});

// --- over LSP --------------------------------------------------------------------------------------

const SERVER = path.join(ROOT, 'bin', 'biotech-annotator-ls.js');
const live: ChildProcess[] = [];

interface Session { conn: ProtocolConnection; exit: Promise<number | null>; notes: { method: string; params: unknown }[]; messages: string[]; progress: unknown[] }

/** A server on a workspace folder, with `config` answering workspace/configuration by section ("biotechAnnotator", "files.exclude"…). */
async function start(root: string, config: Record<string, unknown>, initializationOptions?: unknown): Promise<Session> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  live.push(proc);
  const exit = new Promise<number | null>(resolve => proc.on('exit', code => resolve(code)));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const notes: Session['notes'] = [];
  const messages: string[] = [];
  const progress: unknown[] = [];
  conn.onRequest(ConfigurationRequest.type, params => params.items.map(item => config[item.section ?? ''] ?? null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest(WorkDoneProgressCreateRequest.method, () => null);
  conn.onNotification('$/progress', (p: { value: unknown }) => { progress.push(p.value); });
  conn.onNotification(ShowMessageNotification.type, p => { messages.push(p.message); });
  conn.onRequest(ShowMessageRequest.type, p => { messages.push(p.message); return null; });
  conn.onNotification('biotechAnnotator/indexUpdated', (params: unknown) => { notes.push({ method: 'indexUpdated', params }); });
  conn.listen();
  await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }], initializationOptions,
    capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true }, textDocument: { diagnostic: {} } },
  });
  await conn.sendNotification(InitializedNotification.type, {});
  return { conn, exit, notes, messages, progress };
}

async function stop(s: Session): Promise<number | null> {
  await s.conn.sendRequest(ShutdownRequest.type);
  await s.conn.sendNotification(ExitNotification.type);
  const code = await s.exit;
  s.conn.dispose();
  return code;
}

/** Waits for the n-th end of an indexing run (the server says so with biotechAnnotator/indexUpdated). */
async function indexed(s: Session, n: number): Promise<{ documents: number; truncated: boolean; enabled: boolean }> {
  for (let i = 0; i < 400 && s.notes.filter(x => x.method === 'indexUpdated').length < n; i++) await new Promise(r => setTimeout(r, 25));
  const runs = s.notes.filter(x => x.method === 'indexUpdated');
  assert.ok(runs.length >= n, `indexing run ${n} never ended`);
  return runs[n - 1].params as { documents: number; truncated: boolean; enabled: boolean };
}

const symbolFiles = async (s: Session, root: string) =>
  ((await s.conn.sendRequest(WorkspaceSymbolRequest.type, { query: 'mitazalimab' })) as SymbolInformation[]).map(x => x.location.uri.slice(root.length + 1)).sort();

describe('workspace indexing over LSP', function () {
  this.timeout(30000);
  let dir: string;
  afterEach(() => {
    for (const p of live.splice(0)) if (p.exitCode === null && p.signalCode === null) p.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  const DRUG = 'The company dosed mitazalimab in the first patient.';

  it('indexes what files.exclude, search.exclude, biotechAnnotator.exclude and .gitignore leave, and skips node_modules and dot folders', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ba-exclude-'));
    write('news/one.txt', DRUG);
    write('sub/kept.md', DRUG);
    write('sub/local.md', DRUG);
    write('sub/.gitignore', 'local.md\n');
    write('.gitignore', 'generated/\n');
    write('generated/gen.md', DRUG);
    write('drafts/x.md', DRUG);
    write('archive/y.txt', DRUG);
    write('private/z.md', DRUG);
    write('node_modules/pkg/README.md', DRUG);
    write('.hidden/h.md', DRUG);
    const root = pathToFileURL(dir).toString();
    const config: Record<string, unknown> = {
      biotechAnnotator: { exclude: ['**/node_modules/**', 'private/**'] },
      'files.exclude': { '**/drafts': true, '**/.git': true },
      'search.exclude': { 'archive': true, 'news': false },
    };
    const s = await start(root, config);
    assert.deepEqual(await indexed(s, 1), { documents: 2, truncated: false, enabled: true });
    assert.deepEqual(await symbolFiles(s, root), ['news/one.txt', 'sub/kept.md']);

    // a README inside node_modules, opened: not analysed (no colours, diagnostics or hover), not indexed
    const readme = pathToFileURL(path.join(dir, 'node_modules/pkg/README.md')).toString();
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: readme, languageId: 'markdown', version: 1, text: `${DRUG} ORR was 8 of 22 (40%).` } });
    assert.deepEqual((await s.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: readme } }))?.data, []);
    assert.deepEqual((await s.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: readme } }) as { items: unknown[] }).items, []);
    assert.equal(await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri: readme }, position: { line: 0, character: 20 } }), null);
    assert.deepEqual(await symbolFiles(s, root), ['news/one.txt', 'sub/kept.md']);

    // the root .gitignore changes: indexed again, generated/ now in
    write('.gitignore', '# nothing ignored\n');
    await s.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: `${root}/.gitignore`, type: 2 }] });
    await indexed(s, 2);
    assert.deepEqual(await symbolFiles(s, root), ['generated/gen.md', 'news/one.txt', 'sub/kept.md']);

    // a file created in an excluded folder stays out; one in an included folder comes in
    write('drafts/new.md', DRUG);
    write('news/two.md', DRUG);
    await s.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: `${root}/drafts/new.md`, type: 1 }, { uri: `${root}/news/two.md`, type: 1 }] });
    for (let i = 0; i < 200 && !(await symbolFiles(s, root)).includes('news/two.md'); i++) await new Promise(r => setTimeout(r, 25));
    assert.deepEqual(await symbolFiles(s, root), ['generated/gen.md', 'news/one.txt', 'news/two.md', 'sub/kept.md']);

    // background indexing switched off: the files from disk leave the index
    config.biotechAnnotator = { exclude: ['**/node_modules/**'], index: { enable: false } };
    await s.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual(await indexed(s, 3), { documents: 0, truncated: false, enabled: false });
    assert.deepEqual(await symbolFiles(s, root), []);
    assert.equal(await stop(s), 0);
  });

  it('answers workspace entities from the open documents as they are now, for the Entities view after an edit', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ba-live-'));
    const root = pathToFileURL(dir).toString();
    const s = await start(root, {});
    await indexed(s, 1);
    const doc = `${root}/live.md`;
    const names = async () => ((await s.conn.sendRequest('biotech/workspaceEntities', {})) as { rows: { uri: string; name: string }[] }).rows.filter(r => r.uri === doc).map(r => r.name);
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: doc, languageId: 'markdown', version: 1, text: DRUG } });
    assert.deepEqual(await names(), ['mitazalimab']);
    await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: doc, version: 2 }, contentChanges: [{ text: `${DRUG}\n\nAnd mitazalimab again.` }] });
    assert.deepEqual(await names(), ['mitazalimab', 'mitazalimab'], 'the edit is seen at once, not after some other request analysed it');
    assert.equal(await stop(s), 0);
  });

  it('says in a notification, the log and the progress message when maxIndexedFiles is reached', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ba-cap-'));
    for (let i = 0; i < 5; i++) write(`news/${i}.txt`, DRUG);
    write('node_modules/a/README.md', DRUG); // excluded files do not count towards the limit
    const root = pathToFileURL(dir).toString();
    const s = await start(root, { biotechAnnotator: { limits: { maxIndexedFiles: 3 } } });
    assert.deepEqual(await indexed(s, 1), { documents: 3, truncated: true, enabled: true });
    for (let i = 0; i < 200 && s.messages.length === 0; i++) await new Promise(r => setTimeout(r, 25));
    assert.ok(s.messages.some(m => /indexed the first 3 documents of the workspace only/.test(m) && /maxIndexedFiles/.test(m)), JSON.stringify(s.messages));
    const begin = s.progress.find(v => (v as { kind: string }).kind === 'begin') as { message?: string } | undefined;
    assert.match(begin?.message ?? '', /^indexing 3 documents \(the limit of biotechAnnotator\.limits\.maxIndexedFiles/);
    assert.equal((await symbolFiles(s, root)).length, 3);
    assert.equal(await stop(s), 0);
  });

  it('reads no lexicon path from the settings in Restricted Mode, and does once the workspace is trusted', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ba-trust-'));
    write('extra.biotech-lexicon.json', '{"drugs": [{"name": "quelnatamab", "brands": ["Quelvix"]}]}');
    const root = pathToFileURL(dir).toString();
    const s = await start(root, { biotechAnnotator: { lexiconFiles: ['extra.biotech-lexicon.json'] } }, { workspaceTrusted: false });
    await indexed(s, 1);
    const doc = pathToFileURL(path.join(dir, 'a.txt')).toString();
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: doc, languageId: 'plaintext', version: 1, text: 'Quelvix was given.' } });
    const drugs = async () => ((await s.conn.sendRequest('biotech/documentEntities', { uri: doc })) as { rows: { kind: string; name: string }[] }).rows.filter(r => r.kind === 'drug').map(r => r.name);
    assert.deepEqual(await drugs(), []);
    await s.conn.sendNotification('biotechAnnotator/workspaceTrust', { trusted: true });
    let names: string[] = [];
    for (let i = 0; i < 200 && names.length === 0; i++) { names = await drugs(); if (names.length === 0) await new Promise(r => setTimeout(r, 25)); }
    assert.deepEqual(names, ['quelnatamab']);
    assert.equal(await stop(s), 0);
  });
});
