// A small editor stand-in for `npm run bench`: spawns the built server (`bin/biotech-annotator-ls.js
// --stdio`, with the V8 flags of the bin's shebang) and speaks LSP to it as VS Code does (pull diagnostics, work-done progress, the settings
// answered per section), timestamping what the server sends. Every wait has a timeout that says what
// it waited for; a server that dies fails every wait at once.
import { spawn, execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { createRequire } from 'module';
import { fileURLToPath, pathToFileURL } from 'url';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { shebangEnv, shebangNodeFlags } from './lib.mjs';

const require = createRequire(import.meta.url);
const {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  ShutdownRequest, ExitNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
} = require('vscode-languageserver-protocol/node');

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER = path.join(ROOT, 'bin', 'biotech-annotator-ls.js');
/** The V8 flags the bin's shebang passes (the VS Code client's): the server runs as the bin runs it. */
export const SERVER_FLAGS = shebangNodeFlags(readFileSync(SERVER, 'utf8').split('\n', 1)[0]);
/** The environment the bin's shebang sets (the VS Code client's too): the server runs as the bin runs it. */
export const SERVER_ENV = shebangEnv(readFileSync(SERVER, 'utf8').split('\n', 1)[0]);

/** Every client started and not yet stopped, so that an exit on error kills them. */
export const live = new Set();

let ticks;
/** The kernel's clock ticks a second (getconf CLK_TCK; 100 where it cannot be asked). */
function clockTicks() {
  if (ticks === undefined) {
    try { ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100; } catch { ticks = 100; }
  }
  return ticks;
}

/** What VS Code answers workspace/configuration with when nothing is set, per section. */
function configFor(section) {
  // biotechAnnotator, files.exclude and search.exclude: nothing set; search.useIgnoreFiles: on
  return section === 'search.useIgnoreFiles' ? true : {};
}

export class Client {
  /** `folder`: an absolute path, the one workspace folder. */
  constructor(folder) {
    this.folder = folder;
    this.folderUri = folder ? pathToFileURL(folder).href : null;
    this.events = [];
    this.waiters = new Set();
    this.log = [];
    this.stderr = '';
    this.dead = undefined;
    this.proc = spawn(process.execPath, [...SERVER_FLAGS, ...(process.env.BENCH_SERVER_NODE_FLAGS ? process.env.BENCH_SERVER_NODE_FLAGS.split(' ') : []), SERVER, '--stdio'], { cwd: ROOT, env: { ...process.env, ...SERVER_ENV }, stdio: ['pipe', 'pipe', 'pipe'] });
    live.add(this);
    this.proc.stderr.on('data', d => { this.stderr = (this.stderr + d).slice(-4000); });
    this.died = new Promise((_, reject) => this.proc.on('exit', (code, signal) => {
      live.delete(this);
      this.dead = new Error(`the server exited (${code ?? signal}); its last log lines:\n${[...this.log.slice(-10), this.stderr].join('\n')}`);
      for (const w of this.waiters) w.reject(this.dead);
      this.waiters.clear();
      reject(this.dead);
    }));
    this.died.catch(() => undefined);
    this.proc.on('error', err => { this.dead = err; });
    const conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn = conn;
    const record = (method, params) => {
      const e = { t: performance.now(), method, params };
      this.events.push(e);
      for (const w of [...this.waiters]) if (w.test(e)) { this.waiters.delete(w); w.resolve(e); }
    };
    conn.onNotification('$/progress', p => record('$/progress', p));
    conn.onNotification('biotechAnnotator/indexUpdated', p => record('biotechAnnotator/indexUpdated', p));
    conn.onNotification('textDocument/publishDiagnostics', p => record('textDocument/publishDiagnostics', p));
    conn.onNotification('biotechAnnotator/degraded', p => record('biotechAnnotator/degraded', p));
    conn.onNotification('window/logMessage', p => { this.log.push(p.message); if (this.log.length > 200) this.log.shift(); });
    conn.onNotification('window/showMessage', p => { this.log.push(p.message); });
    conn.onRequest('workspace/configuration', p => (p?.items ?? []).map(i => configFor(i.section)));
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/showMessageRequest', () => null);
    for (const m of ['workspace/diagnostic/refresh', 'workspace/inlayHint/refresh', 'workspace/semanticTokens/refresh']) conn.onRequest(m, () => null);
    conn.onError(() => undefined);
    conn.listen();
    this.versions = new Map();
  }

  /** A promise that fails after `ms` with a message saying what was awaited (and the server's last log lines). */
  timeout(ms, what) {
    let timer;
    const p = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s waiting for ${what}${this.log.length ? `; the server's last log lines:\n${this.log.slice(-5).join('\n')}` : ''}`)), ms);
    });
    return { p, clear: () => clearTimeout(timer) };
  }

  async request(method, params, ms, what = method) {
    if (this.dead) throw this.dead;
    const t = this.timeout(ms, `the answer to ${what}`);
    try {
      return await Promise.race([this.conn.sendRequest(method, params), t.p, this.died]);
    } finally {
      t.clear();
    }
  }

  notify(method, params) {
    if (this.dead) throw this.dead;
    return this.conn.sendNotification(method, params);
  }

  /** The first event (recorded from now on, or already recorded when `past` says so) that `test` accepts. */
  waitFor(test, ms, what, past = false) {
    if (this.dead) return Promise.reject(this.dead);
    if (past) { const e = this.events.find(test); if (e) return Promise.resolve(e); }
    const t = this.timeout(ms, what);
    return new Promise((resolve, reject) => {
      const w = { test, resolve: e => { t.clear(); resolve(e); }, reject: err => { t.clear(); reject(err); } };
      this.waiters.add(w);
      t.p.catch(err => { this.waiters.delete(w); reject(err); });
    });
  }

  /** initialize (pull diagnostics, progress, configuration, as VS Code) and initialized; resolves with the time initialized was sent. */
  async initialize(ms = 30_000) {
    const folders = this.folderUri ? [{ uri: this.folderUri, name: path.basename(this.folder) }] : null;
    this.initializeResult = await this.request('initialize', {
      processId: process.pid, rootUri: this.folderUri, workspaceFolders: folders,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { didSave: false, dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
        },
      },
    }, ms, InitializeRequest.method);
    const t = performance.now();
    await this.notify(InitializedNotification.method, {});
    return t;
  }

  /** Whether the server takes incremental changes (else each change sends the whole text). */
  get incremental() {
    const sync = this.initializeResult?.capabilities?.textDocumentSync;
    return (typeof sync === 'number' ? sync : sync?.change) === 2;
  }

  open(uri, text, languageId = 'plaintext') {
    this.versions.set(uri, 1);
    return this.notify(DidOpenTextDocumentNotification.method, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** One change; `change` is `{ range, text }` (incremental) or `{ text }` (the whole document). Returns the new version. */
  async change(uri, change) {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.notify(DidChangeTextDocumentNotification.method, { textDocument: { uri, version }, contentChanges: [change] });
    return version;
  }

  /** Pulls a document's diagnostics (textDocument/diagnostic): the full report's items. */
  async diagnostics(uri, ms) {
    const r = await this.request('textDocument/diagnostic', { textDocument: { uri } }, ms, `the diagnostics of ${path.basename(uri)}`);
    return r?.items ?? [];
  }

  /** The server's resident set (and its peak, where the system says) in bytes: /proc on Linux, `ps` elsewhere. */
  rss() {
    const pid = this.proc.pid;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = name => { const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status); return m ? Number(m[1]) * 1024 : undefined; };
      return { rss: kb('VmRSS'), peak: kb('VmHWM') };
    } catch { /* not Linux */ }
    try {
      return { rss: Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) * 1024, peak: undefined };
    } catch {
      return { rss: undefined, peak: undefined };
    }
  }

  /**
   * The CPU time the server has used so far, user and system, in ms (Linux /proc; undefined
   * elsewhere): unlike wall-clock latency it hardly depends on what else shares the cores.
   */
  cpuMs() {
    try {
      const stat = readFileSync(`/proc/${this.proc.pid}/stat`, 'utf8');
      // the fields after the command name, which is in parentheses and may contain spaces
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
    } catch {
      return undefined;
    }
  }

  /** shutdown and exit, then a kill if it has not gone within a few seconds. */
  async stop() {
    if (this.proc.exitCode === null && this.proc.signalCode === null && !this.dead) {
      try {
        await this.request(ShutdownRequest.method, undefined, 5000);
        await this.notify(ExitNotification.method);
      } catch { /* gone or stuck: killed below */ }
      const gone = new Promise(resolve => this.proc.once('exit', resolve));
      let timer;
      await Promise.race([gone, new Promise(resolve => { timer = setTimeout(resolve, 3000); })]);
      clearTimeout(timer);
    }
    this.kill();
    this.conn.dispose();
  }

  kill() {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
    live.delete(this);
  }
}
