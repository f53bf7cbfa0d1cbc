/**
 * The language server's wiring: documents, settings, caches, and the LSP handlers. All analysis
 * lives in `analysis/` and all answers are shaped in `features/`; this file only connects them.
 * The same `startServer` runs over stdio or IPC (node/main.ts) and in a web worker (browser/main.ts).
 */
import {
  CancellationToken, Connection, Diagnostic, DiagnosticSeverity, DidChangeConfigurationNotification, DocumentDiagnosticReport, DocumentDiagnosticReportKind, ErrorCodes,
  InitializeParams, InitializeResult, LSPErrorCodes, ResponseError, TextDocumentSyncKind, TextDocuments, WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer, CancelledError, composeLexicon, DocumentModel, Finding, LEXICON_FILE_NAME, LexiconData, LineIndex, parseLexiconFile, formatOf, PartedDocument, TextFormat } from './analysis';
import { runSliced } from './analysis/steps';
import {
  doHover, findCodeActions, findDefinition, findDocumentHighlights, findDocumentSymbols, findReferences, inlayHints, SEMANTIC_LEGEND, semanticTokens, toDiagnostics,
  WorkspaceIndex,
} from './features';
import { DEFAULT_LIMITS, DEFAULT_SETTINGS, Limits, sanitizeSettings, Settings, SETTINGS_SECTION } from './shared/settings';
import { WARM_UP_TEXT } from './analysis/warmup';
import { clearMemo } from './analysis/memo';
import { EMPTY_MODEL, isPosition, isRange, isUri, invalidParams, windowAround } from './features/requestSupport';
import { DegradedNotification, DocumentEntitiesRequest, DocumentSummary, EntityRow, IndexUpdatedNotification, WorkspaceEntitiesRequest, WorkspaceTrustNotification } from './shared/protocol';
import { compileGlobs, enabledGlobs, matchesGlobs, WorkspaceExclude } from './features/workspaceExclude';
import { BackgroundIndexer, IndexerGone, IndexOutcome } from './features/indexJob';

/**
 * The analysis of one document, keyed by its version AND its text (a client may resend a version
 * number with other text). `failed` marks an analysis that threw: cached like any other, so it is
 * logged once and not re-run per request. `degraded` marks a document above the size limit: only
 * `lines` is real, and requests are answered from a window of text around them (see `windowFor`).
 */
interface Analysed {
  version: number; text: string; model: DocumentModel; findings: Finding[]; lines: LineIndex; settingsKey: string; failed?: boolean; degraded?: boolean;
  /** How many parts the document was read in (1: whole; see parts.ts). */
  parts?: number;
  /**
   * The findings as LSP diagnostics, converted on the first pull or push and kept with the
   * analysis: they depend on nothing but `findings`, `lines` and the URI, all fixed for it.
   */
  diagnostics?: Diagnostic[];
  /** Names this analysis in pulled diagnostic reports: a pull whose previousResultId is this one is answered "unchanged". */
  resultId: string;
}

export interface ServerRuntime {
  /** setTimeout for the push-diagnostics debounce (the browser and Node both have one). */
  timer: { setTimeout(cb: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };
  /**
   * Gives the event loop back for a moment, so that requests and changes that came in get read, and
   * resolves after: a long analysis calls it between its slices. Absent, a zero-delay setTimeout does
   * it (in Node that waits a millisecond at least, which a large document's thirty slices add to every
   * edit's latency; Node's main gives setImmediate, which runs right after the waiting input is read).
   */
  yieldNow?: () => Promise<void>;
  /** Reads a workspace file by URI; undefined when it does not exist. Absent in the browser, where only the built-in lexicon is used. */
  readFile?: (uri: string) => Promise<string | undefined>;
  /**
   * The URIs of the .txt and .md files under a workspace folder, at most `limit` (truncated says
   * more were there), leaving out each file or folder `skip` says yes to (given its path relative to
   * the folder, `/`-separated), so excluded files neither cost time nor count towards the limit.
   * Absent in the browser, where only open documents are indexed.
   */
  listFiles?: (folderUri: string, limit: number, skip?: (relativePath: string, isDirectory: boolean) => Promise<boolean>) => Promise<{ uris: string[]; truncated: boolean }>;
  /** A file's size in bytes, without reading it; undefined when it does not exist. */
  fileSize?: (uri: string) => Promise<number | undefined>;
  /** The canonical URI of a file (symbolic links resolved), to tell whether it really lies inside a folder. */
  realUri?: (uri: string) => Promise<string | undefined>;
  /**
   * Starts indexers off the main thread (worker threads in Node) with the lexicon files' data, for
   * one indexing run. Absent, or undefined when none can start: the server indexes on its own
   * thread, a slice at a time, after the open documents' analyses.
   */
  startIndexer?: (lexicons: LexiconData[]) => BackgroundIndexer | undefined;
  /**
   * A full garbage collection, where the runtime allows one (Node; absent in the browser). The
   * server asks for it only when it goes idle after work that left garbage behind (the warm-up,
   * an indexing run, a burst of edits, a closed document): V8 on its own lets the old generation
   * grow between collections and keeps the pages, so a server at rest would hold tens of MB of
   * dead analyses.
   */
  collectGarbage?: () => void;
  /** For tests of failure isolation only: an analysis of a text containing this marker throws (node/main.ts reads it from BIOTECH_ANNOTATOR_TEST_FAULT). */
  faultMarker?: string;
}

/** A custom notification telling the client a document is analysed in degraded mode (too large), for its status bar. */
export const DEGRADED_NOTIFICATION = DegradedNotification.method;

const DOCUMENT_FILE = /\.(txt|md|markdown)$/i;

/** The editor settings, besides ours, that decide which files are indexed (VS Code's own, read through workspace/configuration). */
const INDEX_SECTIONS = ['files.exclude', 'search.exclude', 'search.useIgnoreFiles'];

export const PUSH_DEBOUNCE_MS = 200;

/**
 * How long the server must have done no analysis before it collects the garbage the last ones left
 * (see ServerRuntime.collectGarbage): long enough that it never runs between two keystrokes, since
 * a full collection holds the thread for a while on a large document.
 */
export const IDLE_COLLECT_MS = 5000;

/** How long the server's own thread indexes a file before it lets requests through (where no worker indexes). */
const INDEX_SLICE_MS = 10;

/** Other editors' names for the same languages: Neovim and Helix say "text" where VS Code says "plaintext". */
const LANGUAGE_ALIASES: Record<string, string> = { text: 'plaintext', txt: 'plaintext', plain: 'plaintext', md: 'markdown', 'markdown.mdx': 'markdown' };
export function canonicalLanguage(id: string): string { return LANGUAGE_ALIASES[id] ?? id; }

export function startServer(connection: Connection, runtime: ServerRuntime): void {
  const documents = new TextDocuments(TextDocument);
  let analyzer = new Analyzer(composeLexicon([]));
  /** The lexicon files' data the analyzer was built with, for the index workers' own analyzers. */
  let lexiconData: LexiconData[] = [];
  let workspaceFolders: WorkspaceFolder[] = [];
  /** Lexicon files read, by URI, and whether each published diagnostics (to clear them later). */
  const lexiconFiles = new Map<string, { data: LexiconData; hadProblems: boolean }>();
  const analysed = new Map<string, Analysed>();
  /** Numbers the analyses, for their resultIds (unique for the server's life, whatever the document). */
  let analyses = 0;
  const nextResultId = () => String(++analyses);
  /** An analysis' diagnostics, converted once (see Analysed.diagnostics). */
  const diagnosticsOf = (a: Analysed, uri: string) => (a.diagnostics ??= toDiagnostics(a.findings, a.lines, uri));
  /** Each open document's last analysis (its parts, their recognised blocks and findings), handed to its next one: an edit re-reads only what it changed. Freed on close. */
  const ownDocs = new Map<string, PartedDocument>();
  /** The analysis under way for a document (one at a time; requests for the same text share it). */
  const inflight = new Map<string, { doc: TextDocument; version: number; text: string; settingsKey: string; promise: Promise<Analysed> }>();
  /** The last window analysed for each degraded document. */
  const windows = new Map<string, { version: number; text: string; start: number; end: number; model: DocumentModel; lines: LineIndex }>();
  /** Documents the user has been told about (degraded mode), so they are told once. */
  const told = new Set<string>();
  /** Documents whose reading in parts the log has told of (see tellParts). */
  const toldParts = new Set<string>();
  const settingsCache = new Map<string, Promise<Settings>>();
  const pending = new Map<string, unknown>();
  let supportsConfiguration = false;
  let pullDiagnostics = false;
  let refreshSupport = false;
  let inlayHintRefresh = false;
  let semanticTokensRefresh = false;
  let progressSupport = false;
  /** Restricted Mode (an untrusted workspace), when the client says so: no lexicon file outside the workspace at all. */
  let restricted = false;
  const index = new WorkspaceIndex();
  /** Bumped whenever the workspace is indexed anew, so a stale indexing run stops. */
  let indexGeneration = 0;
  /** The exclusion rules of each folder whose indexing is on, as the last indexing run read them, for files that change on disk afterwards. */
  let indexExcludes = new Map<string, WorkspaceExclude>();
  /** The background indexer of the current indexing run, held while an open document is analysed. */
  let activeIndexer: BackgroundIndexer | undefined;
  /** Holds the background indexer while any open document's analysis is under way, and lets it go after. */
  const holdIndexer = () => activeIndexer?.hold(inflight.size > 0);
  /** Files that changed on disk during the current indexing run: a worker's answer for them may be older than the change, which is indexed on its own. */
  let changedDuringRun: Set<string> | undefined;
  /** The settings the index was last built with, to re-index only when they change. */
  let indexRulesKey: string | undefined;

  const yieldNow = runtime.yieldNow ?? (() => new Promise<void>(resolve => runtime.timer.setTimeout(resolve, 0)));

  let collectTimer: unknown;
  function collectNow(): void {
    try { runtime.collectGarbage?.(); } catch { /* only memory is at stake */ }
  }
  /**
   * Work that leaves garbage (an analysis, the warm-up, an indexing run, a closed document) calls
   * this: once nothing has called it for `delay` ms and no analysis is under way, one full
   * collection gives the dead models' memory back. Typing keeps postponing it, so it never runs
   * between two keystrokes of a burst.
   */
  function collectWhenIdle(delay = IDLE_COLLECT_MS): void {
    if (!runtime.collectGarbage) return;
    if (collectTimer !== undefined) runtime.timer.clearTimeout(collectTimer);
    collectTimer = runtime.timer.setTimeout(() => {
      collectTimer = undefined;
      if (inflight.size > 0) { collectWhenIdle(); return; }
      collectNow();
    }, delay);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities ?? {};
    supportsConfiguration = !!caps.workspace?.configuration;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    refreshSupport = !!caps.workspace?.diagnostics?.refreshSupport;
    inlayHintRefresh = !!caps.workspace?.inlayHint?.refreshSupport;
    semanticTokensRefresh = !!caps.workspace?.semanticTokens?.refreshSupport;
    progressSupport = !!caps.window?.workDoneProgress;
    restricted = (params.initializationOptions as { workspaceTrusted?: unknown } | undefined)?.workspaceTrusted === false;
    const folders = Array.isArray(params.workspaceFolders) ? params.workspaceFolders.filter(f => f && isUri(f.uri)) : [];
    workspaceFolders = folders.length > 0 ? folders : (isUri(params.rootUri) ? [{ uri: params.rootUri, name: 'root' }] : []);
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
      // files.exclude, search.exclude and search.useIgnoreFiles shape the index too
      void connection.client.register(DidChangeConfigurationNotification.type, { section: [SETTINGS_SECTION, ...INDEX_SECTIONS] }).catch(() => undefined);
    }
    // the lexicon's build, the warm-up and the index leave tens of MB of garbage: collected as soon as they are done
    void reloadLexicons().then(() => warmUp()).then(() => indexWorkspace()).finally(() => collectWhenIdle(0));
  });

  /**
   * Analyses an invented document once, in slices, before the workspace is indexed: the first real
   * request (a hover on a large document, say) then does not pay for compiling every reader. Any
   * failure here only costs that speed. The checks are left out: the requests that come before any
   * document is analysed in full (a hover on a document too large for it, answered from a window
   * around the cursor) run none, and the code and regular expressions the checks compile stayed in
   * the server at rest for nothing: 5 MB of its resident memory (97 -> 92 MB over LSP), while the
   * first open of a 20 KB document took as long either way (within the noise of paired runs).
   */
  async function warmUp(): Promise<void> {
    try {
      const model = await analyzer.analyzeAsync(WARM_UP_TEXT, () => false, yieldNow, { format: 'markdown' });
      const lines = new LineIndex(WARM_UP_TEXT);
      for (const e of model.entities) doHover(model, e.start, lines);
    } catch (err) {
      connection.console.warn(`biotech-annotator: warming up failed (only the first request is slower): ${errorText(err)}`);
    }
  }

  function folderOf(uri: string): WorkspaceFolder | undefined {
    return workspaceFolders.find(f => uri.startsWith(f.uri.endsWith('/') ? f.uri : f.uri + '/'));
  }

  /** The limits of the first workspace folder (or the global settings): indexing is workspace-wide. */
  async function workspaceLimits(): Promise<Limits> {
    if (!supportsConfiguration) return globalSettings.limits;
    const scopeUri = workspaceFolders[0]?.uri;
    return connection.workspace.getConfiguration(scopeUri ? { scopeUri, section: SETTINGS_SECTION } : { section: SETTINGS_SECTION })
      .then(raw => sanitizeSettings(raw).limits, () => DEFAULT_LIMITS);
  }

  /**
   * What decides which files of one folder are indexed, in one workspace/configuration request:
   * `biotechAnnotator.index.enable` and `.exclude`, the globs set to true in `files.exclude` and
   * `search.exclude`, and `search.useIgnoreFiles` (`.gitignore` files are honoured unless it is false).
   */
  async function folderIndexRules(folderUri: string): Promise<{ enabled: boolean; globs: string[]; useIgnoreFiles: boolean }> {
    if (!supportsConfiguration) return { enabled: globalSettings.indexing, globs: globalSettings.exclude, useIgnoreFiles: true };
    const items = [SETTINGS_SECTION, ...INDEX_SECTIONS].map(section => ({ scopeUri: folderUri, section }));
    const raw: unknown[] = await connection.workspace.getConfiguration(items).then(r => (Array.isArray(r) ? r : []), () => []);
    const own = sanitizeSettings(raw[0]);
    return { enabled: own.indexing, globs: [...own.exclude, ...enabledGlobs(raw[1]), ...enabledGlobs(raw[2])], useIgnoreFiles: raw[3] !== false };
  }

  /** The limits and the rules of every folder, and a key that changes when any of them does. */
  async function readIndexRules(): Promise<{ limits: Limits; folders: { uri: string; enabled: boolean; globs: string[]; useIgnoreFiles: boolean }[]; key: string }> {
    const limits = await workspaceLimits();
    const folders = await Promise.all(workspaceFolders.map(async f => ({ uri: f.uri, ...await folderIndexRules(f.uri) })));
    return { limits, folders, key: JSON.stringify([limits, folders]) };
  }

  /** After a settings change: index again only when what decides the index changed. */
  async function reindexIfRulesChanged(): Promise<void> {
    if (!runtime.listFiles || workspaceFolders.length === 0) return;
    const rules = await readIndexRules();
    if (rules.key !== indexRulesKey) await indexWorkspace(rules);
  }

  let reindexTimer: unknown;
  /** Indexes again soon (a .gitignore changed); changes in a burst give one run. */
  function scheduleReindex(): void {
    if (reindexTimer !== undefined) runtime.timer.clearTimeout(reindexTimer);
    reindexTimer = runtime.timer.setTimeout(() => { reindexTimer = undefined; void runSafe(() => indexWorkspace(), undefined, 'indexing the workspace'); }, 500);
  }

  /** The analyzer the index was last filled with: files indexed by it need not be read again on a new run. */
  let indexedWith: Analyzer | undefined;

  /**
   * Indexes the workspace's documents in the background, one file at a time, reporting progress.
   * Excluded files and folders are skipped as the folder is walked (they neither cost time nor count
   * towards `maxIndexedFiles`); hitting that limit is said in the log, a notification and the
   * progress message. Each file is guarded on its own (one bad file never stops the others), files
   * over the size limit are skipped by their size before they are read, and the progress report
   * always ends. Files indexed earlier by the same lexicon are not read again (file events keep
   * them current); files now excluded leave the index.
   */
  async function indexWorkspace(preread?: Awaited<ReturnType<typeof readIndexRules>>): Promise<void> {
    const { listFiles, readFile } = runtime;
    if (!listFiles || !readFile || workspaceFolders.length === 0) return;
    const generation = ++indexGeneration;
    const rules = preread ?? await readIndexRules();
    if (generation !== indexGeneration) return;
    const { limits } = rules;
    const excludes = new Map<string, WorkspaceExclude>();
    for (const f of rules.folders) if (f.enabled) excludes.set(f.uri, new WorkspaceExclude(f.uri, { globs: f.globs, useIgnoreFiles: f.useIgnoreFiles, readFile }));
    indexExcludes = excludes;
    indexRulesKey = rules.key;
    const reuse = indexedWith === analyzer;
    indexedWith = analyzer;
    const uris: string[] = [];
    let truncated = false;
    for (const [folderUri, exclude] of excludes) {
      const listed = await listFiles(folderUri, Math.max(0, limits.maxIndexedFiles - uris.length), (rel, isDirectory) => exclude.excludes(rel, isDirectory)).catch(err => {
        connection.console.error(`biotech-annotator: cannot list the files of ${folderUri}: ${errorText(err)}`);
        return { uris: [] as string[], truncated: false };
      });
      for (const u of listed.uris) uris.push(u);
      truncated ||= listed.truncated;
    }
    if (generation !== indexGeneration) return;
    // what was indexed from disk and is now excluded, gone or beyond the limit leaves; open documents keep their own analysis
    const listedNow = new Set(uris);
    index.retain(uri => !!documents.get(uri) || listedNow.has(uri));
    if (excludes.size === 0) {
      connection.console.info('biotech-annotator: background indexing is off (biotechAnnotator.index.enable); only open documents are indexed.');
      quiet(connection.sendNotification(IndexUpdatedNotification.method, { documents: index.size, truncated: false, enabled: false } satisfies IndexUpdatedNotification.Params));
      return;
    }
    if (truncated) {
      const message = `Biotech Annotator: indexed the first ${plural(uris.length, 'document')} of the workspace only, the limit of biotechAnnotator.limits.maxIndexedFiles; the others are left out of workspace symbols, references and the Entities view. Raise the limit, or leave folders out with biotechAnnotator.exclude, to index them.`;
      connection.console.warn(message);
      quiet(connection.window.showInformationMessage(message));
    }
    const progress = progressSupport ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    const capped = truncated ? ` (the limit of biotechAnnotator.limits.maxIndexedFiles; more were left out)` : '';
    const stale = () => generation !== indexGeneration;
    // open documents are indexed from their own analysis; files indexed earlier by the same lexicon are kept
    const todo = uris.filter(uri => !documents.get(uri) && !(reuse && index.has(uri)));
    let skipped = 0, failed = 0, done = 0;
    const tally = (uri: string, outcome: IndexOutcome['status'] | 'excluded' | Error) => {
      if (outcome === 'too large') skipped++;
      else if (outcome instanceof Error && !(outcome instanceof CancelledError)) { // cancelled: opened meanwhile, and indexed from its open copy
        failed++;
        connection.console.error(`biotech-annotator: indexing ${uri} failed: ${errorText(outcome)}`);
      }
      if (++done % 10 === 0) progress?.report(Math.round((100 * done) / Math.max(1, todo.length)), `${done} of ${plural(todo.length, 'document')}${capped}`);
    };
    const changed = changedDuringRun = new Set();
    let indexer: BackgroundIndexer | undefined;
    if (runtime.startIndexer && todo.length > 0) {
      try { indexer = runtime.startIndexer(lexiconData); } catch (err) { connection.console.warn(`biotech-annotator: no index worker could start; indexing on the server's own thread: ${errorText(err)}`); }
      if (indexer) connection.console.info(`biotech-annotator: indexing ${plural(todo.length, 'document')} in ${plural(indexer.threads, 'worker thread')}`);
      activeIndexer = indexer;
      holdIndexer();
    }
    try {
      progress?.begin('Biotech Annotator', 0, `indexing ${plural(todo.length, 'document')}${capped}`, false);
      /** Files a worker could not answer for (it stopped): indexed here after the others. */
      const left: string[] = indexer ? [] : todo;
      if (indexer) {
        const workers = indexer;
        // every file is handed over at once; the answers are taken as they come, each a small task on this thread
        await Promise.all(todo.map(uri => workers.index(uri, limits.maxIndexedFileSize).then(outcome => {
          if (stale()) { workers.dispose(); return; }
          // opened meanwhile: indexed from its open copy; changed on disk meanwhile: indexed again from the change
          if (documents.get(uri) || changed.has(uri)) return tally(uri, 'indexed');
          if (outcome.status === 'indexed') index.setCompact(uri, outcome.mentions); else index.delete(uri);
          tally(uri, outcome.status);
        }, err => {
          if (stale()) return;
          if (err instanceof IndexerGone) left.push(uri);
          else tally(uri, err instanceof Error ? err : new Error(String(err)));
        })));
        if (left.length > 0) connection.console.warn(`biotech-annotator: the index worker stopped; indexing ${plural(left.length, 'document')} on the server's own thread`);
      }
      for (const uri of left) {
        if (stale()) return;
        // the open documents' analyses go first: typing never waits for the index
        await openDocumentsFirst();
        if (stale()) return;
        try {
          if (!documents.get(uri)) tally(uri, await indexFile(uri, limits, true));
          else tally(uri, 'indexed');
        } catch (err) {
          tally(uri, err instanceof Error ? err : new Error(String(err)));
        }
        await yieldNow(); // let requests through between files
      }
    } finally {
      if (activeIndexer === indexer) activeIndexer = undefined;
      indexer?.dispose();
      if (changedDuringRun === changed) changedDuringRun = undefined;
      progress?.done();
    }
    if (stale()) return;
    connection.console.info(`biotech-annotator: indexed ${plural(index.size, 'document')}` + (skipped ? `; ${skipped} larger than ${limits.maxIndexedFileSize} bytes skipped` : '') + (failed ? `; ${failed} failed` : '') + (truncated ? `; stopped at the limit of ${plural(limits.maxIndexedFiles, 'file')} (biotechAnnotator.limits.maxIndexedFiles)` : ''));
    quiet(connection.sendNotification(IndexUpdatedNotification.method, { documents: index.size, truncated, enabled: true } satisfies IndexUpdatedNotification.Params));
  }

  /** Waits while an open document is being analysed (a slice of the index would delay its answer). */
  async function openDocumentsFirst(): Promise<void> {
    for (let rounds = 0; inflight.size > 0 && rounds < 1000; rounds++) {
      await Promise.race([...inflight.values()].map(run => run.promise.then(() => undefined, () => undefined)));
      await yieldNow();
    }
  }

  /** Whether a file on disk may be indexed: inside a folder whose indexing is on, and not excluded there. */
  async function indexable(uri: string): Promise<boolean> {
    const folder = folderOf(uri);
    const exclude = folder ? indexExcludes.get(folder.uri) : undefined;
    return !!exclude && !await exclude.excludesUri(uri);
  }

  /**
   * Indexes one workspace file from disk: its size is checked before it is read. A file that
   * changed on disk (not `listed` by the walk) is first checked against the exclusion rules and the
   * limit on the number of files.
   */
  async function indexFile(uri: string, limits?: Limits, listed = false): Promise<'indexed' | 'too large' | 'missing' | 'excluded'> {
    limits ??= await workspaceLimits();
    if (!listed) {
      if (!await indexable(uri)) { index.delete(uri); return 'excluded'; }
      if (!index.has(uri) && index.size >= limits.maxIndexedFiles) return 'excluded';
    }
    if (runtime.fileSize) {
      const size = await runtime.fileSize(uri);
      if (size === undefined) { index.delete(uri); return 'missing'; }
      if (size > limits.maxIndexedFileSize) { index.delete(uri); return 'too large'; }
    }
    const text = await runtime.readFile!(uri);
    if (text === undefined) { index.delete(uri); return 'missing'; }
    if (text.length > limits.maxIndexedFileSize) { index.delete(uri); return 'too large'; }
    // the index keeps named entities only: the lighter analysis, in short slices
    const model = await analyseText(text, () => !!documents.get(uri), formatOf(uri), true);
    // opened meanwhile: the open copy is indexed from its own analysis
    if (documents.get(uri)) return 'indexed';
    index.set(uri, model, new LineIndex(text));
    return 'indexed';
  }

  /** Whether `uri` lies inside `folder` (URLs compared after resolution; symbolic links resolved where the runtime can). */
  async function insideFolder(uri: string, folder: string): Promise<boolean> {
    const base = folder.endsWith('/') ? folder : folder + '/';
    if (!uri.startsWith(base)) return false;
    if (!runtime.realUri) return true;
    const [realFile, realFolder] = await Promise.all([runtime.realUri(uri).catch(() => undefined), runtime.realUri(folder).catch(() => undefined)]);
    if (!realFile || !realFolder) return true; // a missing file is reported as missing, not as outside
    return realFile.startsWith(realFolder.endsWith('/') ? realFolder : realFolder + '/');
  }

  /**
   * Reads .biotech-lexicon.json in each workspace folder and the files the settings name, publishes
   * their problems as diagnostics on those files, and rebuilds the analyzer with the valid entries.
   * Each file is read and parsed on its own guard, so one broken file never stops the others, and
   * a broken file never costs the built-in lexicon. Files named in `lexiconFiles` (which a workspace
   * may set) must lie inside their workspace folder; `userLexiconFiles` (user settings only) may
   * point anywhere, except in Restricted Mode.
   */
  async function reloadLexicons(): Promise<void> {
    const read = new Map<string, { data: LexiconData; hadProblems: boolean }>();
    if (runtime.readFile) {
      const candidates: { uri: string; explicit: boolean; folder?: string }[] = [];
      await runSafe(async () => {
        for (const folder of workspaceFolders) {
          const base = folder.uri.endsWith('/') ? folder.uri : folder.uri + '/';
          const settings = supportsConfiguration ? sanitizeSettings(await connection.workspace.getConfiguration({ scopeUri: folder.uri, section: SETTINGS_SECTION }).then(x => x, () => undefined)) : globalSettings;
          candidates.push({ uri: new URL(LEXICON_FILE_NAME, base).toString(), explicit: false, folder: folder.uri });
          for (const p of settings.lexiconFiles) {
            if (restricted) { connection.console.warn('biotech-annotator: Restricted Mode: biotechAnnotator.lexiconFiles are not read until the workspace is trusted.'); break; }
            try { candidates.push({ uri: new URL(p, base).toString(), explicit: true, folder: folder.uri }); } catch { connection.console.warn('biotech-annotator: a path in biotechAnnotator.lexiconFiles is not a valid path; skipped.'); }
          }
        }
        const user = supportsConfiguration ? sanitizeSettings(await connection.workspace.getConfiguration({ section: SETTINGS_SECTION }).then(x => x, () => undefined)) : globalSettings;
        for (const p of user.userLexiconFiles) {
          if (restricted) { connection.console.warn('biotech-annotator: Restricted Mode: biotechAnnotator.userLexiconFiles are not read until the workspace is trusted.'); break; }
          try { candidates.push({ uri: /^[a-z][a-z0-9+.-]*:/i.test(p) ? new URL(p).toString() : new URL(p.replace(/\\/g, '/').replace(/^\/?/, '/'), 'file:///').toString(), explicit: true }); } catch { /* not a path */ }
        }
      }, undefined, 'reading the lexicon settings');
      for (const c of candidates) {
        if (read.has(c.uri)) continue;
        try {
          if (c.folder && c.explicit && !await insideFolder(c.uri, c.folder)) {
            const message = `Biotech Annotator: the lexicon file ${c.uri} named in biotechAnnotator.lexiconFiles lies outside the workspace folder and was not read; name it in the user setting biotechAnnotator.userLexiconFiles instead.`;
            connection.console.warn(message);
            quiet(connection.window.showWarningMessage(message));
            continue;
          }
          const text = await runtime.readFile(c.uri);
          if (text === undefined) {
            if (c.explicit) quiet(connection.window.showWarningMessage(`Biotech Annotator: the lexicon file ${c.uri} named in the settings does not exist.`));
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
        } catch (err) {
          connection.console.error(`biotech-annotator: cannot load the lexicon ${c.uri}: ${errorText(err)}`);
        }
      }
    }
    for (const [uri, old] of lexiconFiles) if (!read.has(uri) && old.hadProblems) sendDiagnosticsSafely({ uri, diagnostics: [] });
    lexiconFiles.clear();
    for (const [uri, v] of read) lexiconFiles.set(uri, v);
    try {
      lexiconData = [...read.values()].map(v => v.data);
      analyzer = new Analyzer(composeLexicon(lexiconData));
    } catch (err) {
      connection.console.error(`biotech-annotator: the lexicon files could not be combined; using the built-in lexicon: ${errorText(err)}`);
      lexiconData = [];
      analyzer = new Analyzer(composeLexicon([]));
    }
    analysed.clear();
    ownDocs.clear(); // recognised with the old lexicon
    windows.clear();
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
    const changes = Array.isArray(change?.changes) ? change.changes.filter(c => c && isUri(c.uri)) : [];
    if (changes.some(c => c.uri.endsWith(LEXICON_FILE_NAME) || c.uri.endsWith('.biotech-lexicon.json') || lexiconFiles.has(c.uri))) void reloadLexicons();
    if (runtime.listFiles && changes.some(c => c.uri.endsWith('/.gitignore'))) scheduleReindex();
    for (const c of changes) {
      if (!DOCUMENT_FILE.test(c.uri) || documents.get(c.uri)) continue;
      changedDuringRun?.add(c.uri);
      if (c.type === 3) index.delete(c.uri); else if (runtime.readFile) void runSafe(() => indexFile(c.uri), undefined, `indexing ${c.uri}`);
    }
  });

  connection.onRequest(DocumentEntitiesRequest.method, (params: DocumentEntitiesRequest.Params, token: CancellationToken) => {
    if (!isUri(params?.uri)) throw invalidParams('uri must be a string');
    return withDocument<DocumentEntitiesRequest.Result>(params.uri, token, null, a => {
      const rows: EntityRow[] = a.model.entities.map(e => {
        const r = a.lines.range(e.start, e.end);
        const row: EntityRow = { uri: params.uri, kind: e.kind, name: e.name, text: e.text, line: r.start.line, character: r.start.character, endLine: r.end.line, endCharacter: r.end.character };
        if (e.kind === 'figure') Object.assign(row, { figureKind: e.figureKind, value: e.value, unit: e.unit, endpoint: e.binding.endpoint, measure: e.binding.measure, drug: e.binding.drug, arm: e.binding.arm });
        return row;
      });
      const byKind: Record<string, number> = {};
      for (const e of a.model.entities) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
      const count = (sev: string) => a.findings.filter(f => f.severity === sev).length;
      const summary: DocumentSummary = { entities: rows.length, byKind, errors: count('error'), warnings: count('warning'), others: count('information') + count('hint') };
      if ((a.parts ?? 1) > 1) summary.parts = a.parts;
      return { rows, summary };
    });
  });

  connection.onRequest(WorkspaceEntitiesRequest.method, (_params: unknown, token: CancellationToken) => guard<WorkspaceEntitiesRequest.Result>(async () => {
    await analyseOpenDocuments(token);
    return { rows: index.all().map(m => ({ uri: m.location.uri, kind: m.kind, name: m.name, text: m.text, line: m.location.range.start.line, character: m.location.range.start.character, endLine: m.location.range.end.line, endCharacter: m.location.range.end.character })) };
  }, 'workspace entities', token));

  /**
   * Brings the index up to date with the open documents as they are now (each analysis is cached,
   * so this costs nothing for documents already analysed): the Entities view, reloaded after an
   * edit, must not show the text before it. Each document on its own guard.
   */
  async function analyseOpenDocuments(token: CancellationToken): Promise<void> {
    for (const doc of documents.all()) {
      if (token.isCancellationRequested) throw cancelled();
      try {
        const settings = await settingsFor(doc.uri);
        if (isEnabled(doc, settings)) await analysis(doc, settings, token);
      } catch (err) {
        if (err instanceof ResponseError && err.code === LSPErrorCodes.RequestCancelled) throw err;
        if (!(err instanceof CancelledError)) connection.console.error(`biotech-annotator: workspace entities skipped ${doc.uri}: ${errorText(err)}`);
      }
    }
  }

  connection.onWorkspaceSymbol((params, token) => {
    const query = typeof params?.query === 'string' ? params.query : undefined;
    if (query === undefined) throw invalidParams('query must be a string');
    // the open documents as they are now (an edit's analysis may be under way; see WorkspaceIndex.markStale)
    return guard(async () => { await analyseOpenDocuments(token); return index.symbols(query.slice(0, 200)); }, 'workspace symbols', token);
  });

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
    if (!supportsConfiguration) globalSettings = sanitizeSettings((change?.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION]);
    analysed.clear();
    windows.clear();
    void reloadLexicons().then(() => runSafe(reindexIfRulesChanged, undefined, 'indexing the workspace'));
  });

  // the workspace was trusted after the server started: the lexicon paths of the settings may now be read
  connection.onNotification(WorkspaceTrustNotification.method, (params: unknown) => {
    const trusted = (params as WorkspaceTrustNotification.Params | undefined)?.trusted === true;
    if (restricted !== trusted) return;
    restricted = !trusted;
    void reloadLexicons();
  });

  function isEnabled(doc: TextDocument, settings: Settings): boolean {
    return settings.enable && settings.languages.includes(canonicalLanguage(doc.languageId)) && !excludedDocument(doc.uri, settings);
  }

  /**
   * Whether `biotechAnnotator.exclude` names a document (a README inside node_modules): it is then
   * not analysed even when opened, so it gets no diagnostics, colours or index entries. Matched on
   * the path relative to its workspace folder, or on its whole path outside every folder.
   */
  function excludedDocument(uri: string, settings: Settings): boolean {
    const patterns = compileGlobs(settings.exclude);
    if (patterns.length === 0) return false;
    const folder = folderOf(uri);
    try {
      const base = folder ? (folder.uri.endsWith('/') ? folder.uri : folder.uri + '/') : undefined;
      const rel = base ? uri.slice(base.length) : new URL(uri).pathname.replace(/^\/+/, '');
      return matchesGlobs(decodeURIComponent(rel), patterns);
    } catch {
      return false;
    }
  }

  /** Whether a text holds the test-only fault marker (BIOTECH_ANNOTATOR_TEST_FAULT): its analysis throws. */
  const faulty = (text: string) => !!runtime.faultMarker && text.includes(runtime.faultMarker);
  const injectedFault = () => new Error('injected fault (BIOTECH_ANNOTATOR_TEST_FAULT)');

  /** `format` from the editor's language id, or from the file name for workspace files not open. */
  function analyseText(text: string, isCancelled: () => boolean, format: TextFormat, entitiesOnly = false): Promise<DocumentModel> {
    if (faulty(text)) return Promise.reject(injectedFault());
    return analyzer.analyzeAsync(text, isCancelled, yieldNow, entitiesOnly ? { format, entitiesOnly, sliceMs: INDEX_SLICE_MS } : { format });
  }

  /** Whether a document's current state is still the one an analysis was started on. */
  function isCurrent(uri: string, doc: TextDocument, version: number, text: string): boolean {
    const now = documents.get(uri);
    return now === doc && now.version === version && now.getText() === text;
  }

  /**
   * The analysis of a document as it is now, cached until its version or text changes. Recognition
   * yields to the event loop between slices, so other requests go on; an analysis whose document
   * changed meanwhile is abandoned. A failed analysis is cached for its version and logged once.
   */
  async function analysis(doc: TextDocument, settings: Settings, token?: CancellationToken): Promise<Analysed> {
    const uri = doc.uri;
    for (;;) {
      const settingsKey = JSON.stringify([settings.severity, settings.limits.maxDocumentSize, settings.limits.readWholeUpTo]);
      const text = doc.getText();
      const version = doc.version;
      const cached = analysed.get(uri);
      if (cached && cached.version === version && cached.settingsKey === settingsKey && cached.text === text) return cached;
      let run = inflight.get(uri);
      if (!run || run.doc !== doc || run.version !== version || run.text !== text || run.settingsKey !== settingsKey) {
        // the previous analysis answers nothing any more (requests wait for this one): let it go now,
        // so a large document's old model does not stay alive beside the one being built
        if (cached && documents.get(uri) === doc) { analysed.delete(uri); index.markStale(uri); }
        const promise = analyse(uri, doc, version, text, settings, settingsKey);
        run = { doc, version, text, settingsKey, promise };
        inflight.set(uri, run);
        holdIndexer();
        const mine = run;
        void promise.then(() => undefined, () => undefined).then(() => { if (inflight.get(uri) === mine) inflight.delete(uri); holdIndexer(); });
      }
      try {
        return await run.promise;
      } catch (err) {
        if (!(err instanceof CancelledError)) throw err;
        // the document changed while it was analysed: analyse it as it is now, unless the request went
        if (token?.isCancellationRequested) throw cancelled();
        const now = documents.get(uri);
        if (!now) throw cancelled();
        doc = now;
      }
    }
  }

  async function analyse(uri: string, doc: TextDocument, version: number, text: string, settings: Settings, settingsKey: string): Promise<Analysed> {
    const lines = new LineIndex(text);
    let result: Analysed;
    if (text.length > settings.limits.maxDocumentSize) {
      result = { version, text, model: { ...EMPTY_MODEL, text }, findings: [], lines, settingsKey, degraded: true, resultId: nextResultId() };
      tellDegraded(uri, text.length, settings.limits.maxDocumentSize);
      index.delete(uri);
      ownDocs.delete(uri);
    } else {
      try {
        let own = ownDocs.get(uri);
        if (!own && documents.get(uri) === doc) ownDocs.set(uri, own = new PartedDocument(analyzer));
        own ??= new PartedDocument(analyzer);
        if (faulty(text)) throw injectedFault();
        // the analysis and the checks, of the whole document or of the parts an edit touched (parts.ts)
        const steps = own.analyzeSteps(text, formatOf(canonicalLanguage(doc.languageId)), { severity: settings.severity, wholeUpTo: settings.limits.readWholeUpTo });
        const { model, findings, parts } = await runSliced(steps, () => !isCurrent(uri, doc, version, text), yieldNow, 25);
        if (parts > 1) tellParts(uri, text.length, parts, settings.limits.readWholeUpTo);
        result = { version, text, model, findings, lines, settingsKey, parts, resultId: nextResultId() };
        if (told.delete(uri)) quiet(connection.sendNotification(DEGRADED_NOTIFICATION, { uri, degraded: false }));
      } catch (err) {
        if (err instanceof CancelledError) throw err;
        connection.console.error(`biotech-annotator: analysing ${uri} (version ${version}) failed; its requests get an error until it changes: ${errorText(err)}`);
        result = { version, text, model: { ...EMPTY_MODEL, text }, findings: [], lines, settingsKey, failed: true, resultId: nextResultId() };
      }
    }
    collectWhenIdle();
    if (documents.get(uri) === doc) {
      analysed.set(uri, result);
      if (!result.failed && !result.degraded) index.setLazy(uri, result.model, lines);
    }
    return result;
  }

  /** Says once per document, in the log, that it is read in parts, and what that leaves out. */
  function tellParts(uri: string, size: number, parts: number, limit: number): void {
    if (toldParts.has(uri)) return;
    toldParts.add(uri);
    connection.console.info(`biotech-annotator: ${uri.slice(uri.lastIndexOf('/') + 1)} is ${size} characters, above biotechAnnotator.limits.readWholeUpTo (${limit}): it is read in ${parts} parts, cut at blank lines, so that an edit re-reads only its part; figures in different parts are not compared with each other, and a name defined in one part is not known in another. Set the limit higher (or 0) to read it whole.`);
  }

  function tellDegraded(uri: string, size: number, limit: number): void {
    if (told.has(uri)) return;
    told.add(uri);
    const message = `Biotech Annotator: ${uri.slice(uri.lastIndexOf('/') + 1)} is ${(size / 1e6).toFixed(1)} M characters, above the limit of ${(limit / 1e6).toFixed(1)} M (biotechAnnotator.limits.maxDocumentSize): it is analysed in degraded mode, only around the cursor, without checks, outline or references.`;
    connection.console.warn(message);
    quiet(connection.window.showInformationMessage(message));
    quiet(connection.sendNotification(DEGRADED_NOTIFICATION, { uri, degraded: true, size, limit, message }));
  }

  /** For a degraded document: the analysis of a window of text around `offset`, with its own offsets and a line index that maps them to the whole document. */
  function windowFor(uri: string, a: Analysed, offset: number): { model: DocumentModel; lines: LineIndex; offset: number } {
    const w = windows.get(uri);
    if (w && w.version === a.version && w.text === a.text && w.start <= offset - 2000 && offset + 2000 <= w.end) return { model: w.model, lines: w.lines, offset: offset - w.start };
    const { start, end } = windowAround(a.text, offset);
    const model = analyzer.analyze(a.text.slice(start, end));
    const lines = a.lines.window(start, end - start);
    windows.set(uri, { version: a.version, text: a.text, start, end, model, lines });
    return { model, lines, offset: offset - start };
  }

  /**
   * Runs a request on a document's analysis. A document that is not open or not enabled gets
   * `empty`; a document whose analysis failed gets an error that says so (never the exception's
   * text); a degraded document gets `degraded` when given (else `empty`).
   */
  async function withDocument<T>(uri: string, token: CancellationToken, empty: T, fn: (a: Analysed, doc: TextDocument) => T, degraded?: (a: Analysed, doc: TextDocument) => T): Promise<T> {
    return guard(async () => {
      const doc = documents.get(uri);
      if (!doc) return empty;
      const settings = await settingsFor(uri);
      if (!isEnabled(doc, settings)) return empty;
      if (token.isCancellationRequested) throw cancelled();
      const a = await analysis(doc, settings, token);
      if (token.isCancellationRequested) throw cancelled();
      if (a.failed) throw new ResponseError(ErrorCodes.InternalError, 'Biotech Annotator could not analyse this document; the reason is in its log.');
      if (a.degraded) return degraded ? degraded(a, doc) : empty;
      return fn(a, doc);
    }, `request on ${uri}`, token);
  }

  /** Runs a request: cancellation and ResponseErrors pass through; anything else is logged, and the client gets a generic error, never internal text. */
  async function guard<T>(fn: () => Promise<T>, what: string, token?: CancellationToken): Promise<T> {
    try {
      if (token?.isCancellationRequested) throw cancelled();
      return await fn();
    } catch (err) {
      if (err instanceof ResponseError) throw err;
      if (err instanceof CancelledError || (err instanceof Error && err.name === 'CancelledError')) throw cancelled();
      connection.console.error(`biotech-annotator: ${what} failed: ${errorText(err)}`);
      throw new ResponseError(ErrorCodes.InternalError, 'Biotech Annotator failed to answer this request; the reason is in its log.');
    }
  }

  /** Runs background work (no client waiting for an answer): failures are logged and `fallback` returned. */
  async function runSafe<T>(fn: () => Promise<T>, fallback: T, what: string): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      const wasCancelled = err instanceof CancelledError || (err instanceof ResponseError && err.code === LSPErrorCodes.RequestCancelled);
      if (!wasCancelled) connection.console.error(`biotech-annotator: ${what} failed: ${errorText(err)}`);
      return fallback;
    }
  }

  function cancelled(): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
  }

  /** Checks a text document position request's parameters before anything reads them. */
  function positionParams(params: unknown): { uri: string; position: { line: number; character: number } } {
    const p = params as { textDocument?: { uri?: unknown }; position?: unknown } | undefined;
    if (!isUri(p?.textDocument?.uri)) throw invalidParams('textDocument.uri must be a string');
    if (!isPosition(p!.position)) throw invalidParams('position must be { line, character } with non-negative whole numbers');
    return { uri: p!.textDocument!.uri as string, position: p!.position };
  }
  function documentParams(params: unknown): string {
    const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
    if (!isUri(uri)) throw invalidParams('textDocument.uri must be a string');
    return uri;
  }

  connection.onHover((params, token) => {
    const { uri, position } = positionParams(params);
    return withDocument(uri, token, null, a => doHover(a.model, a.lines.offsetAt(position), a.lines),
      a => { const w = windowFor(uri, a, a.lines.offsetAt(position)); return doHover(w.model, w.offset, w.lines); });
  });
  connection.onDocumentSymbol((params, token) => withDocument(documentParams(params), token, [], a => findDocumentSymbols(a.model, a.lines)));
  connection.onCodeAction((params, token) => {
    const uri = documentParams(params);
    const diagnostics = params.context?.diagnostics;
    if (!Array.isArray(diagnostics) || !diagnostics.every(d => d && isRange(d.range))) throw invalidParams('context.diagnostics must be an array of diagnostics');
    return withDocument(uri, token, [], (a, doc) => findCodeActions(a.findings, diagnostics, a.lines, uri, canonicalLanguage(doc.languageId)));
  });

  connection.onDocumentHighlight((params, token) => {
    const { uri, position } = positionParams(params);
    return withDocument(uri, token, [], a => findDocumentHighlights(a.model, a.lines.offsetAt(position), a.lines),
      a => { const w = windowFor(uri, a, a.lines.offsetAt(position)); return findDocumentHighlights(w.model, w.offset, w.lines); });
  });
  connection.onDefinition((params, token) => {
    const { uri, position } = positionParams(params);
    return withDocument(uri, token, null, a => findDefinition(a.model, a.lines.offsetAt(position), a.lines, uri),
      a => { const w = windowFor(uri, a, a.lines.offsetAt(position)); return findDefinition(w.model, w.offset, w.lines, uri); });
  });
  connection.onReferences(async (params, token) => {
    const { uri, position } = positionParams(params);
    const includeDeclaration = params.context?.includeDeclaration === true;
    // the other open documents that are analysed, so references cross documents; each on its own guard
    const others: { uri: string; model: DocumentModel; lines: LineIndex }[] = [];
    for (const doc of documents.all()) {
      if (doc.uri === uri) continue;
      if (token.isCancellationRequested) throw cancelled();
      try {
        const settings = await settingsFor(doc.uri);
        if (!isEnabled(doc, settings)) continue;
        const a = await analysis(doc, settings, token);
        if (!a.failed && !a.degraded) others.push({ uri: doc.uri, model: a.model, lines: a.lines });
      } catch (err) {
        if (err instanceof ResponseError && err.code === LSPErrorCodes.RequestCancelled) throw err;
        connection.console.error(`biotech-annotator: references skipped ${doc.uri}: ${errorText(err)}`);
      }
    }
    return withDocument(uri, token, [], a => findReferences({ uri, model: a.model, lines: a.lines }, a.lines.offsetAt(position), others, includeDeclaration,
      (kind, name, skip) => index.references(kind, name, skip)));
  });
  connection.languages.semanticTokens.on((params, token) => withDocument(documentParams(params), token, { data: [] }, a => semanticTokens(a.model, a.lines)));
  connection.languages.inlayHint.on(async (params, token) => {
    const uri = documentParams(params);
    if (!isRange(params.range)) throw invalidParams('range must be a range');
    const settings = await settingsFor(uri);
    if (!settings.inlayHints) return [];
    return withDocument(uri, token, [], a => inlayHints(a.model, a.lines, a.lines.offsetAt(params.range.start), a.lines.offsetAt(params.range.end)));
  });

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = documentParams(params);
    const previous = typeof params.previousResultId === 'string' ? params.previousResultId : undefined;
    const none: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    // the client still shows this analysis' diagnostics: say so instead of sending them again
    return withDocument<DocumentDiagnosticReport>(uri, token, none, a => (a.resultId === previous
      ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId: a.resultId }
      : { kind: DocumentDiagnosticReportKind.Full, resultId: a.resultId, items: diagnosticsOf(a, uri) }));
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
      const a = await analysis(doc, settings);
      return a.failed || a.degraded ? [] : diagnosticsOf(a, uri);
    }, undefined, `diagnostics for ${uri}`);
    // only publish for the version analysed; a newer edit has its own push scheduled
    if (diagnostics && documents.get(uri) === doc && doc.version === version) sendDiagnosticsSafely({ uri, version, diagnostics });
  }

  function sendDiagnosticsSafely(params: { uri: string; version?: number; diagnostics: Diagnostic[] }): void {
    connection.sendDiagnostics(params).catch(err => connection.console.warn(`biotech-annotator: publishing diagnostics failed: ${String(err)}`));
  }

  documents.onDidOpen(e => {
    // a second didOpen of a URI replaces the document: forget everything about the old copy
    analysed.delete(e.document.uri);
    ownDocs.delete(e.document.uri);
    toldParts.delete(e.document.uri);
    windows.delete(e.document.uri);
    schedulePush(e.document, 0);
    // analysed when opened so workspace symbols and references see it even in pull mode
    void settingsFor(e.document.uri).then(async settings => { if (isEnabled(e.document, settings)) await runSafe(async () => { await analysis(e.document, settings); }, undefined, 'indexing an opened document'); });
  });
  documents.onDidChangeContent(e => schedulePush(e.document, PUSH_DEBOUNCE_MS));
  documents.onDidClose(e => {
    const uri = e.document.uri;
    analysed.delete(uri);
    ownDocs.delete(uri);
    toldParts.delete(uri);
    inflight.delete(uri);
    holdIndexer();
    windows.delete(uri);
    told.delete(uri);
    settingsCache.delete(uri);
    const p = pending.get(uri);
    if (p !== undefined) runtime.timer.clearTimeout(p);
    pending.delete(uri);
    // a closed document leaves the index, unless it is a workspace file: then its copy on disk is indexed again
    index.delete(uri);
    if (runtime.readFile && DOCUMENT_FILE.test(uri) && folderOf(uri)) void runSafe(() => indexFile(uri), undefined, `indexing ${uri}`);
    if (!pullDiagnostics) sendDiagnosticsSafely({ uri, diagnostics: [] });
    // the memo of readings keeps the texts of open documents' sentences and paragraphs: with none open, nothing stays
    if (documents.all().every(d => d.uri === uri)) clearMemo();
    collectWhenIdle();
  });

  documents.listen(connection);
  connection.listen();
}

/** "1 document", "2 documents". */
function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Sends and forgets: a notification or message the client may not take is never an unhandled rejection. */
function quiet(p: unknown): void {
  if (p && typeof (p as Promise<unknown>).catch === 'function') (p as Promise<unknown>).catch(() => undefined);
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.stack ?? err.message : String(err);
}
