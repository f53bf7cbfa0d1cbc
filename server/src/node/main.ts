/** Node entry of the language server: stdio (`--stdio`), IPC (`--node-ipc`), pipes or sockets, as the client chooses. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { promises as fsp } from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { startServer } from '../server';
import { cores, isIndexWorker, runIndexWorker, startWorkerIndexer } from './indexWorker';
import { compileRegExpsAtOnce } from './regexpTier';
import { optimiseOnlyHotFunctions } from './optimizerTier';

async function readFile(uri: string): Promise<string | undefined> {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return await fsp.readFile(fileURLToPath(uri), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw err;
  }
}

/**
 * How many index workers a workspace gets: two where there are two cores, else one. The workers run below the server's
 * priority when they and the server outnumber the cores (indexWorker.ts), and pause while it analyses an open document:
 * on two cores a 10 MB workspace indexed in 16 s with two against 25 s with one, typing while it indexed no slower.
 */
const INDEX_WORKERS = Math.max(1, Math.min(2, cores()));

compileRegExpsAtOnce();
optimiseOnlyHotFunctions();
if (isIndexWorker()) runIndexWorker();
else main();

/** The language server, over the transport the arguments name. */
function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write('Usage: biotech-annotator-ls [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n\nThe Biotech Annotator language server. With no transport flag it speaks LSP over stdio.\n');
    process.exit(0);
  }
  if (args.includes('--version')) {
    process.stdout.write('biotech-annotator-ls 0.1.0\n');
    process.exit(0);
  }
  if (!args.some(a => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe') || a.startsWith('--clientProcessId'))) {
    process.argv.push('--stdio');
  }
  const connection = createConnection(ProposedFeatures.all);
  // the last line of defence: a stray rejection is logged, never allowed to end the server
  process.on('unhandledRejection', reason => connection.console.error(`biotech-annotator: unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
  const faultMarker = process.env.BIOTECH_ANNOTATOR_TEST_FAULT || undefined;
  // BIOTECH_ANNOTATOR_INDEX_WORKERS=0 indexes on the server's own thread (the fallback path, for tests and measurements)
  const workers = process.env.BIOTECH_ANNOTATOR_INDEX_WORKERS !== undefined ? Math.min(8, Number(process.env.BIOTECH_ANNOTATOR_INDEX_WORKERS) || 0) : INDEX_WORKERS;
  startServer(connection, {
    timer: { setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: h => clearTimeout(h as NodeJS.Timeout) },
    yieldNow: () => new Promise<void>(resolve => setImmediate(resolve)), readFile, listFiles, fileSize, realUri, faultMarker,
    collectGarbage: garbageCollector(),
    // the workers run this same file
    startIndexer: workers > 0 ? lexicons => startWorkerIndexer(__filename, { lexicons, faultMarker }, workers) : undefined,
  });
}

/**
 * The .txt and .md files under a folder, at most `limit`, skipping dot folders and what `skip`
 * excludes (given the path relative to the folder; without it, node_modules folders). Excluded
 * folders are not entered. Directories are visited by their real path, each once, so
 * symbolic-link cycles cannot loop.
 */
async function listFiles(folderUri: string, limit: number, skip?: (relativePath: string, isDirectory: boolean) => Promise<boolean>): Promise<{ uris: string[]; truncated: boolean }> {
  if (!folderUri.startsWith('file:')) return { uris: [], truncated: false };
  const out: string[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const root = fileURLToPath(folderUri);
  const stack = [root];
  let truncated = false;
  while (stack.length > 0 && !truncated) {
    const dir = stack.pop()!;
    let real: string;
    try { real = await fsp.realpath(dir); } catch { continue; }
    if (seenDirs.has(real)) continue;
    seenDirs.add(real);
    let entries: import('fs').Dirent[];
    try { entries = await fsp.readdir(dir, { withFileTypes: true }); } catch { continue; }
    for (const e of entries) {
      if (e.name.startsWith('.') || (!skip && e.name === 'node_modules')) continue;
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory(), isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try { const st = await fsp.stat(p); isDir = st.isDirectory(); isFile = st.isFile(); } catch { continue; }
      }
      if (!isDir && !(isFile && /\.(txt|md|markdown)$/i.test(e.name))) continue;
      if (skip && await skip(path.relative(root, p).split(path.sep).join('/'), isDir).catch(() => false)) continue;
      if (isDir) stack.push(p);
      else if (isFile && /\.(txt|md|markdown)$/i.test(e.name)) {
        let realFile: string;
        try { realFile = await fsp.realpath(p); } catch { continue; }
        if (seenFiles.has(realFile)) continue;
        if (out.length >= limit) { truncated = true; break; }
        seenFiles.add(realFile);
        out.push(pathToFileURL(p).toString());
      }
    }
  }
  return { uris: out.sort(), truncated };
}

async function fileSize(uri: string): Promise<number | undefined> {
  if (!uri.startsWith('file:')) return undefined;
  try {
    const st = await fsp.stat(fileURLToPath(uri));
    return st.isFile() ? st.size : undefined;
  } catch {
    return undefined;
  }
}

async function realUri(uri: string): Promise<string | undefined> {
  if (!uri.startsWith('file:')) return undefined;
  try { return pathToFileURL(await fsp.realpath(fileURLToPath(uri))).toString(); } catch { return undefined; }
}

/**
 * V8's most thorough collection, the one that also gives memory back (the heap's young generation
 * shrunk, empty pages released), for the server to call when it goes idle (see
 * ServerRuntime.collectGarbage): asked through an inspector session inside this process (no port is
 * opened), the way DevTools' "collect garbage" asks. Undefined where the inspector is missing (a
 * Node built without it); a call that fails costs only the memory.
 */
function garbageCollector(): (() => void) | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Session } = require('inspector') as typeof import('inspector');
    let session: import('inspector').Session | undefined;
    return () => {
      if (!session) { session = new Session(); session.connect(); }
      session.post('HeapProfiler.collectGarbage', () => undefined);
    };
  } catch {
    return undefined;
  }
}
