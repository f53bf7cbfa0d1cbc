/**
 * Protocol tests: the built `biotech-annotator-ls --stdio` as a child process, driven by a real
 * LSP client connection (vscode-languageserver-protocol), as an editor would drive it.
 */
import { strict as assert } from 'assert';
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest,
  DocumentSymbolRequest, ExitNotification, HoverRequest, InitializedNotification, InitializeRequest, ProtocolConnection,
  PublishDiagnosticsNotification, PublishDiagnosticsParams, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  DocumentSymbol, MarkupContent, CodeActionRequest, Diagnostic, ConfigurationRequest, DidChangeWatchedFilesNotification,
  DocumentHighlightRequest, DefinitionRequest, ReferencesRequest, SemanticTokensRequest, InlayHintRequest, Location,
  WorkspaceSymbolRequest, WorkDoneProgressCreateRequest, SymbolInformation, SymbolKind, Position, Range, DidChangeConfigurationNotification,
} from 'vscode-languageserver-protocol/node';
import * as fs from 'fs';
import * as os from 'os';
import { pathToFileURL } from 'url';
import { ROOT, seedNamed } from '../helpers';

const SERVER = path.join(ROOT, 'bin', 'biotech-annotator-ls.js');
/** Every server started by a test; killed after each test so a failing assertion never leaves one running. */
const live: ChildProcess[] = [];
const unique = (xs: unknown[]) => [...new Set(xs.map(x => JSON.stringify(x)))].map(x => JSON.parse(x));

interface Session { proc: ChildProcess; conn: ProtocolConnection; diagnostics: Map<string, PublishDiagnosticsParams[]>; stderr: string[]; exit: Promise<number | null>; refreshes: string[] }

async function startSession(pull: boolean, settings: Record<string, unknown> = {}, rootUri: string | null = null, progress?: unknown[]): Promise<Session> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  live.push(proc);
  const stderr: string[] = [];
  proc.stderr!.on('data', d => stderr.push(String(d)));
  const exit = new Promise<number | null>(resolve => proc.on('exit', code => resolve(code)));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  conn.onNotification(PublishDiagnosticsNotification.type, p => {
    const list = diagnostics.get(p.uri) ?? [];
    list.push(p);
    diagnostics.set(p.uri, list);
  });
  conn.onRequest(ConfigurationRequest.type, params => params.items.map(() => settings));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest(WorkDoneProgressCreateRequest.method, () => null);
  // as VS Code does: it supports refresh requests for inlay hints and semantic tokens
  const refreshes: string[] = [];
  for (const method of ['workspace/inlayHint/refresh', 'workspace/semanticTokens/refresh']) conn.onRequest(method, () => { refreshes.push(method); return null; });
  conn.onNotification('$/progress', (p: { value: unknown }) => { progress?.push(p.value); });
  conn.listen();
  const died = exit.then(code => { throw new Error(`server exited (${code}) during initialize: ${stderr.join('')}`); });
  const init = await Promise.race([died, conn.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri, workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
    capabilities: {
      window: { workDoneProgress: !!progress },
      workspace: { configuration: true, inlayHint: { refreshSupport: true }, semanticTokens: { refreshSupport: true } },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        ...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        publishDiagnostics: { relatedInformation: true },
      },
    },
  })]);
  died.catch(() => undefined);
  assert.ok(init.capabilities.hoverProvider);
  await conn.sendNotification(InitializedNotification.type, {});
  return { proc, conn, diagnostics, stderr, exit, refreshes };
}

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap(s => [s, ...flatten(s.children ?? [])]);
}

/** What VS Code's breadcrumbs and "follow cursor" rely on: selection in range, child in parent. */
function assertNested(symbols: DocumentSymbol[], parent?: DocumentSymbol): void {
  const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const inside = (i: Range, o: Range) => le(o.start, i.start) && le(i.end, o.end);
  for (const s of symbols) {
    assert.ok(inside(s.selectionRange, s.range), `selection of "${s.name}" outside its range`);
    if (parent) assert.ok(inside(s.range, parent.range), `"${s.name}" outside "${parent.name}"`);
    assertNested(s.children ?? [], s);
  }
}

async function waitFor<T>(what: string, fn: () => T | undefined, timeoutMs = 10000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 20));
  }
}

async function stop(s: Session): Promise<number | null> {
  await s.conn.sendRequest(ShutdownRequest.type);
  await s.conn.sendNotification(ExitNotification.type);
  const code = await s.exit;
  s.conn.dispose();
  return code;
}

describe('language server over stdio', function () {
  this.timeout(30000);
  afterEach(() => {
    for (const p of live.splice(0)) if (p.exitCode === null && p.signalCode === null) p.kill();
  });
  const uri = 'file:///seeds/001.txt';
  const seed = seedNamed('001');

  it('answers initialize with its capabilities (incremental sync, hover, symbols, pull diagnostics)', async () => {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT });
    live.push(proc);
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    conn.listen();
    const exit = new Promise<number | null>(resolve => proc.on('exit', code => resolve(code)));
    const init = await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { textDocument: { diagnostic: {} } } });
    const caps = init.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.diagnosticProvider);
    assert.ok(caps.codeActionProvider);
    await conn.sendRequest(ShutdownRequest.type);
    await conn.sendNotification(ExitNotification.type);
    assert.equal(await exit, 0);
    conn.dispose();
  });

  it('hovers, outlines and pushes diagnostics for a seed, updates them after an incremental edit, and exits cleanly', async () => {
    const s = await startSession(false);
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text: seed } });

    const first = await waitFor('diagnostics', () => s.diagnostics.get(uri)?.[0]);
    assert.deepEqual(unique(first.diagnostics.map(d => d.code)), ['mixed-micro-sign']);
    assert.equal(first.diagnostics.length, 4, 'one for each Greek-mu unit in seed 001');

    // hover on "mitazalimab" in line 1
    const line0 = seed.split('\n')[0];
    const col = line0.indexOf('mitazalimab') + 3;
    const hover = await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: col } });
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /\*\*mitazalimab\*\* \u00b7 drug/);
    assert.match(value, /CD40/);

    const symbols = await s.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];
    const groups = symbols.map(x => x.name);
    for (const g of ['Drugs', 'Targets', 'Endpoints', 'Figures']) assert.ok(groups.includes(g), `${g} in ${groups}`);
    const drugs = symbols.find(x => x.name === 'Drugs')!.children!;
    const mita = drugs.find(c => c.name === 'mitazalimab')!;
    assert.ok(mita, drugs.map(c => c.name).join(', '));
    // its results are under their dose group, selected where the document writes them ("54,4 percent", line 5)
    const group = mita.children?.find(c => c.name === '900 \u00b5g/kg' && c.kind === SymbolKind.Object);
    assert.ok(group, `mitazalimab's children: ${(mita.children ?? []).map(c => c.name).join(', ')}`);
    const orr = group.children?.find(c => c.name === 'ORR 54.4 % (900 \u00b5g/kg)');
    assert.ok(orr, `the 900 \u00b5g/kg group's children: ${(group.children ?? []).map(c => c.name).join(', ')}`);
    const line4 = seed.split('\n')[4];
    assert.deepEqual(orr.selectionRange, { start: { line: 4, character: line4.indexOf('54,4 percent') }, end: { line: 4, character: line4.indexOf('54,4 percent') + 12 } });
    // a figure bound to no drug is not under a drug, and one bound to mitazalimab is not among the unbound
    assert.ok(!symbols.find(x => x.name === 'Figures')!.children!.some(c => c.detail === '54,4 percent'));
    assertNested(symbols);

    // incremental edit: append a sentence with a wrong percentage at the end of line 0
    const edit = ' ORR was 8 of 22 patients (40%).';
    await s.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: line0.length }, end: { line: 0, character: line0.length } }, text: edit }],
    });
    const second = await waitFor('updated diagnostics', () => s.diagnostics.get(uri)?.find(p => p.version === 2));
    assert.deepEqual(unique(second.diagnostics.map(d => d.code)).sort(), ['mixed-micro-sign', 'percent-of-count']);
    const pct = second.diagnostics.find(d => d.code === 'percent-of-count')!;
    assert.equal(pct.range.start.line, 0);
    assert.match(String(pct.message), /8\/22 = 36\.4 %/);

    // the quick fix for it
    const actions = await s.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: pct.range, context: { diagnostics: [pct as Diagnostic] } });
    assert.deepEqual(actions!.map(a => a.title), ['Silence percent-of-count on this line', 'Replace 40 % with 36 %']);

    const symbols2 = await s.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }) as DocumentSymbol[];
    const figures2 = flatten(symbols2).filter(x => x.kind === SymbolKind.Number);
    assert.ok(figures2.some(x => x.name.endsWith('8 of 22 patients') && x.selectionRange.start.line === 0), figures2.map(x => x.name).join(', '));
    assertNested(symbols2);

    assert.equal(await stop(s), 0);
    assert.equal(s.stderr.join(''), '');
  });

  it('serves pulled diagnostics when the client supports them, honouring severity settings', async () => {
    const s = await startSession(true, { severity: { 'mixed-micro-sign': 'warning' } });
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text: seed } });
    const report = await s.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    const items = (report as { items: Diagnostic[] }).items;
    assert.deepEqual(unique(items.map(d => [d.code, d.severity])), [['mixed-micro-sign', 2]]);
    // pulled again with the report's resultId and nothing changed: "unchanged", not the items again
    const resultId = (report as { resultId?: string }).resultId;
    assert.ok(resultId, 'a full report names its result');
    const again = await s.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: resultId });
    assert.deepEqual(again, { kind: 'unchanged', resultId });
    // after an edit the same previousResultId gets the new analysis' full report
    await s.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
    const edited = await s.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: resultId });
    assert.equal(edited.kind, 'full');
    assert.notEqual((edited as { resultId?: string }).resultId, resultId);
    assert.deepEqual(unique((edited as { items: Diagnostic[] }).items.map(d => d.code)), ['mixed-micro-sign']);
    assert.equal(s.diagnostics.size, 0, 'no pushed diagnostics in pull mode');
    assert.equal(await stop(s), 0);
  });

  it('loads the workspace lexicon, reports its problems on the file, and reloads it when it changes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ba-ws-'));
    try {
      const lexPath = path.join(dir, '.biotech-lexicon.json');
      fs.writeFileSync(lexPath, '{"drugs": [{"name": "zorbatinib", "brands": ["Zorbix"]}, {"name": ""}]}');
      const root = pathToFileURL(dir).toString();
      const lexUri = pathToFileURL(lexPath).toString();
      const s = await startSession(true, {}, root);
      const problems = await waitFor('lexicon diagnostics', () => s.diagnostics.get(lexUri)?.at(-1));
      assert.deepEqual(problems.diagnostics.map(d => [d.code, d.severity, d.message]), [['lexicon', 1, '"name" must be a non-empty string.']]);
      const doc = pathToFileURL(path.join(dir, 'a.txt')).toString();
      await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: doc, languageId: 'plaintext', version: 1, text: 'Zorbix was given.' } });
      const h = await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri: doc }, position: { line: 0, character: 2 } });
      assert.match((h!.contents as MarkupContent).value, /\*\*zorbatinib\*\* \u00b7 drug/);
      // fix the file: its diagnostics clear
      fs.writeFileSync(lexPath, '{"drugs": [{"name": "zorbatinib", "brands": ["Zorbix"]}]}');
      await s.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: lexUri, type: 2 }] });
      await waitFor('cleared lexicon diagnostics', () => (s.diagnostics.get(lexUri)?.at(-1)?.diagnostics.length === 0 ? true : undefined));
      assert.equal(await stop(s), 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('navigates: highlights, definitions, references across open documents, semantic tokens, inlay hints', async () => {
    const s = await startSession(true, { inlayHints: { enable: true } });
    const a = 'file:///a.txt', b = 'file:///b.md';
    const textA = 'The objective response rate (ORR) with mitazalimab was 8 of 22 patients.\nLater, ORR and mitazalimab again.';
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: a, languageId: 'plaintext', version: 1, text: textA } });
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: b, languageId: 'markdown', version: 1, text: '# Notes\n\nmitazalimab is a CD40 agonist.' } });
    const at = (needle: string, nth = 0) => {
      let i = -1;
      for (let k = 0; k <= nth; k++) i = textA.indexOf(needle, i + 1);
      const line = textA.slice(0, i).split('\n').length - 1;
      return { line, character: i - (textA.lastIndexOf('\n', i - 1) + 1) + 2 };
    };
    const highlights = await s.conn.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: a }, position: at('mitazalimab') });
    assert.equal(highlights!.length, 2);
    const def = await s.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri: a }, position: at('mitazalimab', 1) }) as Location;
    assert.deepEqual(def.range.start, { line: 0, character: textA.indexOf('mitazalimab') });
    const refs = await s.conn.sendRequest(ReferencesRequest.type, { textDocument: { uri: a }, position: at('mitazalimab'), context: { includeDeclaration: true } });
    assert.deepEqual(refs!.map(r => r.uri).sort(), [a, a, b]);
    const tokens = await s.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: a } });
    assert.equal(tokens!.data.length % 5, 0);
    assert.ok(tokens!.data.length / 5 >= 5, `tokens: ${tokens!.data.length / 5}`);
    const hints = await s.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri: a }, range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } } });
    assert.deepEqual(hints!.map(h => h.label), ['\u2192 36.4 %']);
    assert.equal(await stop(s), 0);
  });

  it('asks the client to refresh inlay hints when the setting is switched on, and then gives them', async () => {
    const settings = { inlayHints: { enable: false } };
    const s = await startSession(true, settings);
    const doc = 'file:///h.txt';
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: doc, languageId: 'plaintext', version: 1, text: 'ORR was 8 of 22 patients.' } });
    const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    assert.deepEqual(await s.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri: doc }, range }), [], 'off by default');
    const before = s.refreshes.filter(m => m === 'workspace/inlayHint/refresh').length;
    settings.inlayHints.enable = true; // what workspace/configuration answers from now on
    await s.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await waitFor('an inlay hint refresh request', () => (s.refreshes.filter(m => m === 'workspace/inlayHint/refresh').length > before ? true : undefined));
    const hints = await s.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri: doc }, range });
    assert.deepEqual(hints!.map(h => h.label), ['\u2192 36.4 %']);
    assert.equal(await stop(s), 0);
  });

  it('analyses plain text announced as "text" (Neovim, Helix) like "plaintext"', async () => {
    const s = await startSession(true);
    const uri = 'file:///n.txt';
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'text', version: 1, text: 'ORR was 8 of 22 patients (40%).' } });
    const report = await s.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    assert.deepEqual((report as { items: Diagnostic[] }).items.map(d => d.code), ['percent-of-count']);
    assert.equal(await stop(s), 0);
  });

  it('indexes the workspace in the background, with progress, for workspace symbols and references', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ba-ws-'));
    try {
      fs.mkdirSync(path.join(dir, 'news'));
      fs.writeFileSync(path.join(dir, 'news', 'one.txt'), 'Alligator Bioscience reported mitazalimab data in mPDAC.');
      fs.writeFileSync(path.join(dir, 'two.md'), '# Update\n\nThe CD40 agonist mitazalimab; also zanidatamab.');
      fs.writeFileSync(path.join(dir, 'skip.pdf'), 'mitazalimab');
      const progress: unknown[] = [];
      const s = await startSession(true, {}, pathToFileURL(dir).toString(), progress);
      // the index fills in the background: ask until it holds both files (however long a busy machine takes, within the test's timeout)
      let found: SymbolInformation[] = [];
      for (;;) {
        found = (await s.conn.sendRequest(WorkspaceSymbolRequest.type, { query: 'mitaz' })) as SymbolInformation[];
        if (found.length >= 2) break;
        await new Promise(r => setTimeout(r, 50));
      }
      assert.deepEqual(found.map(x => [x.name, path.basename(x.location.uri)]).sort(), [['mitazalimab', 'one.txt'], ['mitazalimab', 'two.md']]);
      // the index may answer before its progress report has ended: wait for the end it must send
      const ended = () => progress.some(v => (v as { kind: string }).kind === 'end');
      await waitFor('the progress end', () => ended() || undefined, 25000);
      assert.ok(progress.some(v => (v as { kind: string }).kind === 'begin') && ended(), JSON.stringify(progress));
      // references from an open document reach the unopened ones
      const open = pathToFileURL(path.join(dir, 'new.txt')).toString();
      await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: open, languageId: 'plaintext', version: 1, text: 'mitazalimab again' } });
      const refs = await s.conn.sendRequest(ReferencesRequest.type, { textDocument: { uri: open }, position: { line: 0, character: 3 }, context: { includeDeclaration: true } });
      assert.deepEqual(refs!.map(r => path.basename(r.uri)).sort(), ['new.txt', 'one.txt', 'two.md']);
      // the requests behind the status bar, the Entities view and the exports
      const docEntities = await s.conn.sendRequest('biotech/documentEntities', { uri: open }) as { rows: { kind: string; name: string }[]; summary: { entities: number; byKind: Record<string, number> } };
      assert.deepEqual(docEntities.rows.map(r => [r.kind, r.name]), [['drug', 'mitazalimab']]);
      assert.deepEqual(docEntities.summary.byKind, { drug: 1 });
      const ws = await s.conn.sendRequest('biotech/workspaceEntities', {}) as { rows: { uri: string; name: string }[] };
      assert.deepEqual([...new Set(ws.rows.filter(r => r.name === 'mitazalimab').map(r => path.basename(r.uri)))].sort(), ['new.txt', 'one.txt', 'two.md']);
      assert.equal(await s.conn.sendRequest('biotech/documentEntities', { uri: 'file:///not/open.txt' }), null);
      assert.equal(await stop(s), 0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ignores documents of other languages', async () => {
    const s = await startSession(true);
    const other = 'file:///x.py';
    await s.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: other, languageId: 'python', version: 1, text: 'mitazalimab 8 of 22 (40%)' } });
    const report = await s.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: other } });
    assert.deepEqual((report as { items: Diagnostic[] }).items, []);
    assert.equal(await s.conn.sendRequest(HoverRequest.type, { textDocument: { uri: other }, position: { line: 0, character: 2 } }), null);
    assert.equal(await stop(s), 0);
  });
});
