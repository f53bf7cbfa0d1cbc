/** Node entry of the extension: starts the language server over IPC. */
import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME, runClient } from '../common';

let stop: (() => Promise<void>) | undefined;

/**
 * V8's young generation grows to 16 MB a half (32 MB held) once a large document has been read and
 * does not give it back: that is a fifth of the server's memory with a 1 MB document open. A cap of
 * 4 MB a half keeps 24 MB of it, at the price of more frequent minor collections (measured: no
 * clear change in a cold analysis of 1 MB, perhaps a tenth more time on its edits, on a busy machine).
 * The server itself needs no flag; bin/biotech-annotator-ls.js passes the same in its shebang (a unit
 * test keeps the two lists equal), and so does `npm run bench`.
 */
const SERVER_V8_FLAGS = ['--max-semi-space-size=4'];

/**
 * glibc's malloc, told to keep less: it gives each thread that allocates an arena of its own (up to
 * eight a core), and the server's threads (V8's helpers, the index worker) leave about 10 MB in them;
 * it keeps freed memory at the top of its heap up to a threshold that grows as large blocks are
 * freed (up to 32 MB). One arena and a fixed threshold of 64 KB keep the server at rest smaller
 * (measured over LSP: 100 -> 91 MB with nothing open for the arena, 91 -> 88 MB for the threshold,
 * no change in CPU per edit); other C libraries ignore the variables. The bin's shebang sets the
 * same (a unit test keeps the two equal), and so does `npm run bench`.
 */
const SERVER_ENV: Record<string, string> = { MALLOC_ARENA_MAX: '1', MALLOC_TRIM_THRESHOLD_: '65536' };

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'node.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_V8_FLAGS, env: { ...process.env, ...SERVER_ENV } } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_V8_FLAGS, '--nolazy', '--inspect=6009'], env: { ...process.env, ...SERVER_ENV } } },
  };
  stop = await runClient(context, options => new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, options));
}

export async function deactivate(): Promise<void> {
  await stop?.();
}
