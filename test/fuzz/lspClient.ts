/**
 * A small editor stand-in for the robustness tests and the fuzz campaign: starts the built
 * `biotech-annotator-ls --stdio` and drives it with vscode-languageserver-protocol, recording what
 * the server says (log lines, messages, progress, custom notifications, pushed diagnostics).
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  ConfigurationRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
  ExitNotification, InitializedNotification, InitializeRequest, LogMessageNotification, ProtocolConnection, PublishDiagnosticsNotification,
  PublishDiagnosticsParams, ShowMessageNotification, ShutdownRequest, StreamMessageReader, StreamMessageWriter, TextDocumentContentChangeEvent,
  WorkDoneProgressCreateRequest,
} from 'vscode-languageserver-protocol/node';

export const ROOT = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
})();

export const SERVER = path.join(ROOT, 'bin', 'biotech-annotator-ls.js');

export interface ClientOptions {
  /** Pull diagnostics (textDocument/diagnostic) instead of pushed ones. */
  pull?: boolean;
  /** The biotechAnnotator settings the client answers workspace/configuration with. */
  settings?: Record<string, unknown>;
  rootUri?: string | null;
  env?: Record<string, string>;
  initializationOptions?: unknown;
}

export class LspClient {
  readonly logs: string[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly progress: unknown[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly stderr: string[] = [];
  readonly exit: Promise<number | null>;
  private versions = new Map<string, number>();

  private constructor(readonly proc: ChildProcess, readonly conn: ProtocolConnection) {
    this.exit = new Promise(resolve => proc.on('exit', code => resolve(code)));
  }

  static async start(opts: ClientOptions = {}): Promise<LspClient> {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...(opts.env ?? {}) } });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const c = new LspClient(proc, conn);
    proc.stderr!.on('data', d => c.stderr.push(String(d)));
    conn.onNotification(PublishDiagnosticsNotification.type, p => {
      const list = c.diagnostics.get(p.uri) ?? [];
      list.push(p);
      c.diagnostics.set(p.uri, list);
    });
    conn.onNotification(LogMessageNotification.type, p => { c.logs.push(p.message); });
    conn.onNotification(ShowMessageNotification.type, p => { c.messages.push(p); });
    conn.onNotification('$/progress', (p: { value: unknown }) => { c.progress.push(p.value); });
    conn.onNotification('biotechAnnotator/degraded', (params: unknown) => { c.notifications.push({ method: 'biotechAnnotator/degraded', params }); });
    conn.onRequest(ConfigurationRequest.type, params => params.items.map(() => opts.settings ?? {}));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest(WorkDoneProgressCreateRequest.method, () => null);
    conn.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => { c.messages.push({ type: p.type, message: p.message }); return null; });
    for (const method of ['workspace/inlayHint/refresh', 'workspace/semanticTokens/refresh', 'workspace/diagnostic/refresh']) conn.onRequest(method, () => null);
    conn.listen();
    const died = c.exit.then(code => { throw new Error(`server exited (${code}) during initialize: ${c.stderr.join('')}`); });
    const rootUri = opts.rootUri ?? null;
    await Promise.race([died, conn.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri, workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
      initializationOptions: opts.initializationOptions,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          ...(opts.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          publishDiagnostics: { relatedInformation: true },
        },
      },
    })]);
    died.catch(() => undefined);
    await conn.sendNotification(InitializedNotification.type, {});
    return c;
  }

  async open(uri: string, text: string, version = 1, languageId = 'plaintext'): Promise<void> {
    this.versions.set(uri, version);
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[], version?: number): Promise<void> {
    const v = version ?? (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, v);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: v }, contentChanges: changes });
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The server's resident set size in bytes (Linux /proc), or undefined elsewhere. */
  rss(): number | undefined {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'));
      return m ? Number(m[1]) * 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<number | null> {
    if (this.proc.exitCode !== null) return this.proc.exitCode;
    try {
      await Promise.race([this.conn.sendRequest(ShutdownRequest.type), new Promise(r => setTimeout(r, 5000))]);
      await this.conn.sendNotification(ExitNotification.type);
    } catch { /* already gone */ }
    const code = await Promise.race([this.exit, new Promise<null>(r => setTimeout(() => r(null), 5000))]);
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill();
    this.conn.dispose();
    return code;
  }
}

export async function waitFor<T>(what: string, fn: () => T | undefined, timeoutMs = 20000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 20));
  }
}
