/**
 * The language server's wiring: documents, settings, caches, and the LSP handlers. All analysis
 * lives in `analysis/` and all answers are shaped in `features/`; this file only connects them.
 * The same `startServer` runs over stdio or IPC (node/main.ts) and in a web worker (browser/main.ts).
 */
import {
  CancellationToken, Connection, Diagnostic, DiagnosticSeverity, DidChangeConfigurationNotification, DocumentDiagnosticReportKind,
  InitializeParams, InitializeResult, LSPErrorCodes, ResponseError, TextDocumentSyncKind, TextDocuments, WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer, CheckOptions, composeLexicon, DocumentModel, Finding, LEXICON_FILE_NAME, LexiconData, LineIndex, parseLexiconFile, runChecks } from './analysis';
import {
  doHover, findCodeActions, findDefinition, findDocumentHighlights, findDocumentSymbols, findReferences, inlayHints, SEMANTIC_LEGEND, semanticTokens, toDiagnostics,
  WorkspaceIndex,
} from './features';
import { DEFAULT_SETTINGS, sanitizeSettings, Settings, SETTINGS_SECTION } from './shared/settings';
import { DocumentEntitiesRequest, EntityRow, WorkspaceEntitiesRequest } from './shared/protocol';

interface Analysed { version: number; model: DocumentModel; findings: Finding[]; lines: LineIndex; settingsKey: string }

export interface ServerRuntime {
  /** setTimeout for the push-diagnostics debounce (the browser and Node both have one). */
  timer: { setTimeout(cb: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };
  /** Reads a workspace file by URI; undefined when it does not exist. Absent in the browser, where only the built-in lexicon is used. */
  readFile?: (uri: string) => Promise<string | undefined>;
  /** The URIs of the .txt and .md files under a workspace folder (bounded). Absent in the browser, where only open documents are indexed. */
  listFiles?: (folderUri: string) => Promise<string[]>;
}

/** Files larger than this are not indexed in the background (they are still analysed when opened). */
const MAX_INDEXED_FILE = 2_000_000;
const DOCUMENT_FILE = /\.(txt|md|markdown)$/i;

export const PUSH_DEBOUNCE_MS = 200;

/** Other editors' names for the same languages: Neovim and Helix say "text" where VS Code says "plaintext". */
const LANGUAGE_ALIASES: Record<string, string> = { text: 'plaintext', txt: 'plaintext', plain: 'plaintext', md: 'markdown', 'markdown.mdx': 'markdown' };
export function canonicalLanguage(id: string): string { return LANGUAGE_ALIASES[id] ?? id; }

export function startServer(connection: Connection, runtime: ServerRuntime): void {
  const documents = new TextDocuments(TextDocument);
  let analyzer = new Analyzer(composeLexicon([]));
  let workspaceFolders: WorkspaceFolder[] = [];
  /** Lexicon files read, by URI, and whether each published diagnostics (to clear them later). */
  const lexiconFiles = new Map<string, { data: LexiconData; hadProblems: boolean }>();
  const analysed = new Map<string, Analysed>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const pending = new Map<string, unknown>();
  let supportsConfiguration = false;
  let pullDiagnostics = false;
  let refreshSupport = false;
  let inlayHintRefresh = false;
  let semanticTokensRefresh = false;
  let progressSupport = false;
  const index = new WorkspaceIndex();

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    supportsConfiguration = !!caps.workspace?.configuration;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    inlayHintRefresh = !!caps.workspace?.inlayHint?.refreshSupport;
    semanticTokensRefresh = !!caps.workspace?.semanticTokens?.refreshSupport;
    progressSupport = !!caps.window?.workDoneProgress;
    workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Biotech entities' },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        documentHighlightProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
        inlayHintProvider: true,
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'biotech-annotator-ls', version: '0.1.0' },
    };
    if (pullDiagnostics) {
      result.capabilities.diagnosticProvider = { identifier: 'biotech-annotator', interFileDependencies: false, workspaceDiagnostics: false };
    }
    return result;
  });

  connection.onInitialized(() => {
    if (supportsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
    }
    void reloadLexicons().then(() => indexWorkspace());
  });

  /** Indexes the workspace's documents in the background, one file at a time, reporting progress. */
  async function indexWorkspace(): Promise<void> {
    const { listFiles, readFile } = runtime;
    if (!listFiles || !readFile || workspaceFolders.length === 0) return;
    await runSafe(async () => {
      const uris: string[] = [];
      for (const f of workspaceFolders) uris.push(...await listFiles(f.uri));
      const progress = progressSupport ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
      progress?.begin('Biotech Annotator', 0, `indexing ${uris.length} documents`, false);
      for (let i = 0; i < uris.length; i++) {
        const uri = uris[i];
        if (!documents.get(uri)) await indexFile(uri);
        if (i % 10 === 0) progress?.report(Math.round((100 * i) / uris.length), `${i} of ${uris.length} documents`);
        await new Promise<void>(resolve => runtime.timer.setTimeout(resolve, 0)); // let requests through between files
      }
      progress?.done();
      connection.console.info(`biotech-annotator: indexed ${index.size} documents`);
    }, undefined, 'indexing the workspace');
  }

  async function indexFile(uri: string): Promise<void> {
    const text = await runtime.readFile!(uri).catch(() => undefined);
    if (text === undefined) { index.delete(uri); return; }
    if (text.length > MAX_INDEXED_FILE) return;
    const model = analyzer.analyze(text);
    index.set(uri, model, new LineIndex(text));
  }

  /**
   * Reads .biotech-lexicon.json in each workspace folder and the files the settings name, publishes
   * their problems as diagnostics on those files, and rebuilds the analyzer with the valid entries.
   * A broken file never costs the built-in lexicon.
   */
  async function reloadLexicons(): Promise<void> {
    const read = new Map<string, { data: LexiconData; hadProblems: boolean }>();
    await runSafe(async () => {
      if (!runtime.readFile) return;
      for (const folder of workspaceFolders) {
        const base = folder.uri.endsWith('/') ? folder.uri : folder.uri + '/';
        const settings = supportsConfiguration ? sanitizeSettings(await connection.workspace.getConfiguration({ scopeUri: folder.uri, section: SETTINGS_SECTION }).then(x => x, () => undefined)) : globalSettings;
        const candidates = [{ uri: new URL(LEXICON_FILE_NAME, base).toString(), explicit: false }, ...settings.lexiconFiles.map(p => ({ uri: new URL(p, base).toString(), explicit: true }))];
        for (const c of candidates) {
          if (read.has(c.uri)) continue;
          let text: string | undefined;
          try {
            text = await runtime.readFile!(c.uri);
          } catch (err) {
            connection.console.error(`biotech-annotator: cannot read lexicon ${c.uri}: ${String(err)}`);
            continue;
          }
          if (text === undefined) {
            if (c.explicit) connection.window.showWarningMessage(`Biotech Annotator: the lexicon file ${c.uri} named in biotechAnnotator.lexiconFiles does not exist.`);
            continue;
          }
          const parsed = parseLexiconFile(text);
          const lines = new LineIndex(text);
          const diagnostics: Diagnostic[] = parsed.problems.map(p => ({
            range: lines.range(p.start, p.end), message: p.message, source: 'biotech-annotator', code: 'lexicon',
            severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
          }));
          if (diagnostics.length > 0 || lexiconFiles.get(c.uri)?.hadProblems) sendDiagnosticsSafely({ uri: c.uri, diagnostics });
          read.set(c.uri, { data: parsed.data, hadProblems: diagnostics.length > 0 });
        }
      }
    }, undefined, 'loading lexicon files');
    for (const [uri, old] of lexiconFiles) if (!read.has(uri) && old.hadProblems) sendDiagnosticsSafely({ uri, diagnostics: [] });
    lexiconFiles.clear();
    for (const [uri, v] of read) lexiconFiles.set(uri, v);
    analyzer = new Analyzer(composeLexicon([...read.values()].map(v => v.data)));
    analysed.clear();
    refreshDiagnostics();
    refreshViews();
  }

  /** Asks for fresh diagnostics: a refresh request where the client supports it, new pushes otherwise. */
  function refreshDiagnostics(): void {
    if (!pullDiagnostics) for (const doc of documents.all()) schedulePush(doc, 0);
    else if (refreshSupport) connection.languages.diagnostics.refresh().catch(err => connection.console.warn(`biotech-annotator: diagnostics refresh failed: ${String(err)}`));
  }

  /**
   * Asks the client to ask again for what it shows without asking: inlay hints (the setting may
   * have just been switched on or off) and semantic tokens (a new lexicon changes the entities).
   * Without this, VS Code keeps the old ones until the document is edited.
   */
  function refreshViews(): void {
    if (inlayHintRefresh) connection.languages.inlayHint.refresh().catch(err => connection.console.warn(`biotech-annotator: inlay hint refresh failed: ${String(err)}`));
    if (semanticTokensRefresh) connection.languages.semanticTokens.refresh().catch(err => connection.console.warn(`biotech-annotator: semantic tokens refresh failed: ${String(err)}`));
  }

  connection.onDidChangeWatchedFiles(change => {
    if (change.changes.some(c => c.uri.endsWith(LEXICON_FILE_NAME) || c.uri.endsWith('.biotech-lexicon.json') || lexiconFiles.has(c.uri))) void reloadLexicons();
    for (const c of change.changes) {
      if (!DOCUMENT_FILE.test(c.uri) || documents.get(c.uri)) continue;
      if (c.type === 3) index.delete(c.uri); else void runSafe(() => indexFile(c.uri), undefined, `indexing ${c.uri}`);
    }
  });

  connection.onRequest(DocumentEntitiesRequest.method, (params: DocumentEntitiesRequest.Params, token: CancellationToken) =>
    withDocument<DocumentEntitiesRequest.Result>(params.uri, token, null, a => {
      const rows: EntityRow[] = a.model.entities.map(e => {
        const r = a.lines.range(e.start, e.end);
        const row: EntityRow = { uri: params.uri, kind: e.kind, name: e.name, text: e.text, line: r.start.line, character: r.start.character, endLine: r.end.line, endCharacter: r.end.character };
        if (e.kind === 'figure') Object.assign(row, { figureKind: e.figureKind, value: e.value, unit: e.unit, endpoint: e.binding.endpoint, drug: e.binding.drug, arm: e.binding.arm });
        return row;
      });
      const byKind: Record<string, number> = {};
      for (const e of a.model.entities) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
      const count = (sev: string) => a.findings.filter(f => f.severity === sev).length;
      return { rows, summary: { entities: rows.length, byKind, errors: count('error'), warnings: count('warning'), others: count('information') + count('hint') } };
    }));

  connection.onRequest(WorkspaceEntitiesRequest.method, (_params: unknown, token: CancellationToken) => runSafe<WorkspaceEntitiesRequest.Result>(async () => ({
    rows: index.all().map(m => ({ uri: m.location.uri, kind: m.kind, name: m.name, text: m.text, line: m.location.range.start.line, character: m.location.range.start.character, endLine: m.location.range.end.line, endCharacter: m.location.range.end.character })),
  }), { rows: [] }, 'workspace entities', token));

  connection.onWorkspaceSymbol((params, token) => runSafe(async () => index.symbols(params.query), [], 'workspace symbols', token));

  function settingsFor(uri: string): Promise<Settings> {
    if (!supportsConfiguration) return Promise.resolve(globalSettings);
    let s = settingsCache.get(uri);
    if (!s) {
      s = connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(raw => sanitizeSettings(raw), () => DEFAULT_SETTINGS);
      settingsCache.set(uri, s);
    }
    return s;
  }
  let globalSettings: Settings = DEFAULT_SETTINGS;

  connection.onDidChangeConfiguration(change => {
    settingsCache.clear();
    if (!supportsConfiguration) globalSettings = sanitizeSettings((change.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION]);
    analysed.clear();
    void reloadLexicons();
  });

  function isEnabled(doc: TextDocument, settings: Settings): boolean {
    return settings.enable && settings.languages.includes(canonicalLanguage(doc.languageId));
  }

  /** The analysis of a document at its current version; cached until the next change. */
  function analysis(doc: TextDocument, settings: Settings, token?: CancellationToken): Analysed {
    const settingsKey = JSON.stringify(settings.severity);
    const cached = analysed.get(doc.uri);
    if (cached && cached.version === doc.version && cached.settingsKey === settingsKey) return cached;
    const text = doc.getText();
    const model = analyzer.analyze(text, () => !!token?.isCancellationRequested);
    const options: CheckOptions = { severity: settings.severity };
    const result: Analysed = { version: doc.version, model, findings: runChecks(model, options), lines: new LineIndex(text), settingsKey };
    analysed.set(doc.uri, result);
    index.set(doc.uri, model, result.lines);
    return result;
  }

  async function withDocument<T>(uri: string, token: CancellationToken, empty: T, fn: (a: Analysed, doc: TextDocument) => T): Promise<T> {
    return runSafe(async () => {
      const doc = documents.get(uri);
      if (!doc) return empty;
      const settings = await settingsFor(uri);
      if (!isEnabled(doc, settings)) return empty;
      if (token.isCancellationRequested) throw cancelled();
      return fn(analysis(doc, settings, token), doc);
    }, empty, `request on ${uri}`, token);
  }

  async function runSafe<T>(fn: () => Promise<T>, fallback: T, what: string, token?: CancellationToken): Promise<T> {
    try {
      if (token?.isCancellationRequested) throw cancelled();
      return await fn();
    } catch (err) {
      if (err instanceof ResponseError) throw err;
      if (err instanceof Error && err.name === 'CancelledError') throw cancelled();
      if ((err as { message?: string })?.message === 'analysis cancelled') throw cancelled();
      connection.console.error(`biotech-annotator: ${what} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return fallback;
    }
  }

  function cancelled(): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
  }

  connection.onHover((params, token) => withDocument(params.textDocument.uri, token, null, a => doHover(a.model, a.lines.offsetAt(params.position), a.lines)));
  connection.onDocumentSymbol((params, token) => withDocument(params.textDocument.uri, token, [], a => findDocumentSymbols(a.model, a.lines)));
  connection.onCodeAction((params, token) => withDocument(params.textDocument.uri, token, [], (a, doc) => findCodeActions(a.findings, params.context.diagnostics, a.lines, params.textDocument.uri, canonicalLanguage(doc.languageId))));

  connection.onDocumentHighlight((params, token) => withDocument(params.textDocument.uri, token, [], a => findDocumentHighlights(a.model, a.lines.offsetAt(params.position), a.lines)));
  connection.onDefinition((params, token) => withDocument(params.textDocument.uri, token, null, a => findDefinition(a.model, a.lines.offsetAt(params.position), a.lines, params.textDocument.uri)));
  connection.onReferences(async (params, token) => {
    // the other open documents that are analysed, so references cross documents
    const others: { uri: string; model: DocumentModel; lines: LineIndex }[] = [];
    for (const doc of documents.all()) {
      if (doc.uri === params.textDocument.uri) continue;
      const settings = await settingsFor(doc.uri);
      if (isEnabled(doc, settings)) { const a = analysis(doc, settings); others.push({ uri: doc.uri, model: a.model, lines: a.lines }); }
    }
    return withDocument(params.textDocument.uri, token, [], a => findReferences({ uri: params.textDocument.uri, model: a.model, lines: a.lines }, a.lines.offsetAt(params.position), others, params.context.includeDeclaration,
      (kind, name, skip) => index.references(kind, name, skip)));
  });
  connection.languages.semanticTokens.on((params, token) => withDocument(params.textDocument.uri, token, { data: [] }, a => semanticTokens(a.model, a.lines)));
  connection.languages.inlayHint.on(async (params, token) => {
    const settings = await settingsFor(params.textDocument.uri);
    if (!settings.inlayHints) return [];
    return withDocument(params.textDocument.uri, token, [], a => inlayHints(a.model, a.lines, a.lines.offsetAt(params.range.start), a.lines.offsetAt(params.range.end)));
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const items = await withDocument(params.textDocument.uri, token, [], a => toDiagnostics(a.findings, a.lines, params.textDocument.uri));
    return { kind: DocumentDiagnosticReportKind.Full, items };
  });

  function schedulePush(doc: TextDocument, delay: number): void {
    if (pullDiagnostics) return;
    const previous = pending.get(doc.uri);
    if (previous !== undefined) runtime.timer.clearTimeout(previous);
    pending.set(doc.uri, runtime.timer.setTimeout(() => {
      pending.delete(doc.uri);
      void pushDiagnostics(doc.uri);
    }, delay));
  }

  async function pushDiagnostics(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const diagnostics = await runSafe(async () => {
      const settings = await settingsFor(uri);
      if (!isEnabled(doc, settings)) return [];
      const a = analysis(doc, settings);
      return toDiagnostics(a.findings, a.lines, uri);
    }, [], `diagnostics for ${uri}`);
    // only publish for the version analysed; a newer edit has its own push scheduled
    if (documents.get(uri)?.version === version) sendDiagnosticsSafely({ uri, version, diagnostics });
  }

  function sendDiagnosticsSafely(params: { uri: string; version?: number; diagnostics: Diagnostic[] }): void {
    connection.sendDiagnostics(params).catch(err => connection.console.warn(`biotech-annotator: publishing diagnostics failed: ${String(err)}`));
  }

  documents.onDidOpen(e => {
    schedulePush(e.document, 0);
    // analysed when opened so workspace symbols and references see it even in pull mode
    void settingsFor(e.document.uri).then(settings => { if (isEnabled(e.document, settings)) runSafe(async () => analysis(e.document, settings), undefined, 'indexing an opened document'); });
  });
  documents.onDidChangeContent(e => schedulePush(e.document, PUSH_DEBOUNCE_MS));
  documents.onDidClose(e => {
    analysed.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    const p = pending.get(e.document.uri);
    if (p !== undefined) runtime.timer.clearTimeout(p);
    pending.delete(e.document.uri);
    if (!pullDiagnostics) sendDiagnosticsSafely({ uri: e.document.uri, diagnostics: [] });
  });

  documents.listen(connection);
  connection.listen();
}
