/** Node entry of the language server: stdio (`--stdio`), IPC (`--node-ipc`), pipes or sockets, as the client chooses. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { promises as fsp } from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { startServer } from '../server';

async function readFile(uri: string): Promise<string | undefined> {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return await fsp.readFile(fileURLToPath(uri), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw err;
  }
}

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

const MAX_LISTED = 5000;

/** The .txt and .md files under a folder, skipping dot folders and node_modules, at most MAX_LISTED. */
async function listFiles(folderUri: string): Promise<string[]> {
  if (!folderUri.startsWith('file:')) return [];
  const out: string[] = [];
  const stack = [fileURLToPath(folderUri)];
  while (stack.length > 0 && out.length < MAX_LISTED) {
    const dir = stack.pop()!;
    let entries: import('fs').Dirent[];
    try { entries = await fsp.readdir(dir, { withFileTypes: true }); } catch { continue; }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && /\.(txt|md|markdown)$/i.test(e.name)) out.push(pathToFileURL(p).toString());
      if (out.length >= MAX_LISTED) break;
    }
  }
  return out.sort();
}

const connection = createConnection(ProposedFeatures.all);
// the last line of defence: a stray rejection is logged, never allowed to end the server
process.on('unhandledRejection', reason => connection.console.error(`biotech-annotator: unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
startServer(connection, { timer: { setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: h => clearTimeout(h as NodeJS.Timeout) }, readFile, listFiles });
