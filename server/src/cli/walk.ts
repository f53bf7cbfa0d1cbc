/**
 * The documents a scan reads: the files named, and below each directory named the files with a
 * document extension, found with fast-glob. The walk
 *
 * - reads every real directory at most once (by its real path), across all the paths given, so
 *   symbolic links, even in cycles, can neither repeat a directory nor loop;
 * - lists every real file at most once, under the first path by which a depth-first walk in name
 *   order reaches it (so the order and the paths do not depend on the order of directory reads);
 * - skips hidden entries, `node_modules`, and what the `.gitignore` files of the walked
 *   directories exclude (read as it goes, so an ignored directory is never entered);
 * - reports an unreadable directory and goes on with the rest.
 *
 * fast-glob does the reading and the matching; its directory reads go through `DirectoryGraph`,
 * which applies the rules above and keeps what it read, by real path, for the depth-first pass.
 * The paths returned are the paths as found below the path given, so reports and SARIF locations
 * stay relative to where the scan was started.
 */
import * as fs from 'fs';
import * as path from 'path';
import fg from 'fast-glob';
import ignore, { Ignore } from 'ignore';

/** The document extensions searched for in directories (matched without regard to case). */
export const DOCUMENT_EXTENSIONS = ['txt', 'md', 'markdown'] as const;

export interface WalkOptions {
  /** Honour .gitignore files inside the directories walked (default true). */
  gitignore?: boolean;
}

export interface WalkResult {
  /** Paths to scan, "-" (standard input) included where given; each real file once. */
  files: string[];
  /** One line per path or directory that could not be read. */
  errors: string[];
}

const PATTERN = `**/*.{${DOCUMENT_EXTENSIONS.join(',')}}`;

export function collectDocuments(paths: readonly string[], options: WalkOptions = {}): WalkResult {
  const errors: string[] = [];
  const files: string[] = [];
  const graph = new DirectoryGraph(options.gitignore !== false, errors);
  const entered = new Set<string>(); // real directories, for the depth-first pass
  const listed = new Set<string>(); // real files, and "-"
  const list = (shown: string, real: string) => { if (!listed.has(real)) { listed.add(real); files.push(shown); } };
  for (const p of paths) {
    if (p === '-') { list('-', '-'); continue; }
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (err) {
      errors.push(`cannot read "${p}": ${reason(err)}`);
      continue;
    }
    if (!st.isDirectory()) { list(p, realPath(p) ?? path.resolve(p)); continue; }
    graph.walk(p);
    const real = realPath(p);
    if (real) depthFirst(graph, real, p, entered, list);
  }
  return { files, errors };
}

/** The documents below `real` (shown as `shown`), depth-first in name order, entering each real directory once. */
function depthFirst(graph: DirectoryGraph, real: string, shown: string, entered: Set<string>, list: (shown: string, real: string) => void): void {
  const stack: { dir: DirectoryNode; shown: string; i: number }[] = [];
  const enter = (dirReal: string, dirShown: string) => {
    const dir = graph.dirs.get(dirReal);
    if (!dir || entered.has(dirReal)) return;
    entered.add(dirReal);
    stack.push({ dir, shown: dirShown, i: 0 });
  };
  enter(real, shown);
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i >= top.dir.entries.length) { stack.pop(); continue; }
    const e = top.dir.entries[top.i++];
    const child = path.join(top.shown, e.name);
    if (e.isDirectory) enter(e.real, child);
    else if (top.dir.documents.has(e.name)) list(child, e.real);
  }
}

interface DirectoryEntry { name: string; real: string; isDirectory: boolean }
interface DirectoryNode {
  /** Directories and files not skipped, symbolic links resolved, in name order. */
  entries: DirectoryEntry[];
  /** Names of the entries fast-glob matched as documents. */
  documents: Set<string>;
}

/** What the walks read, by real directory path; each real directory is read once. */
class DirectoryGraph {
  readonly dirs = new Map<string, DirectoryNode>();
  /** .gitignore rules by the absolute path (as walked) of the directory holding them. */
  private readonly rules = new Map<string, Ignore>();
  /** The real path of each directory read, by its absolute path as walked. */
  private readonly realOf = new Map<string, string>();
  /** The walk under way: the path given and its absolute form. */
  private root = { given: '', abs: '' };

  constructor(private readonly gitignore: boolean, private readonly errors: string[]) {}

  /** Reads `root` and everything below it that is not read yet; records the documents fast-glob matches. */
  walk(root: string): void {
    const absRoot = path.resolve(root);
    this.root = { given: root, abs: absRoot };
    let found: string[];
    try {
      found = fg.sync(PATTERN, {
        cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: true, caseSensitiveMatch: false,
        fs: { readdirSync: ((dir: string, opts?: { withFileTypes?: boolean }) => this.read(dir, opts)) as unknown as typeof fs.readdirSync },
      });
    } catch (err) {
      this.errors.push(`cannot read directory "${root}": ${reason(err)}`);
      return;
    }
    for (const f of found) {
      const abs = path.join(absRoot, f);
      const real = this.realOf.get(path.dirname(abs));
      if (real !== undefined) this.dirs.get(real)?.documents.add(path.basename(abs));
    }
  }

  /** fast-glob's directory reads: the real-path guard, hidden entries, node_modules and .gitignore rules. */
  private read(dir: string, opts?: { withFileTypes?: boolean }): (fs.Dirent | string)[] {
    const abs = path.resolve(dir);
    let entries: (fs.Dirent | string)[];
    let real: string;
    try {
      real = fs.realpathSync.native(abs);
      if (this.dirs.has(real)) return [];
      entries = opts?.withFileTypes ? fs.readdirSync(abs, { withFileTypes: true }) : fs.readdirSync(abs);
    } catch (err) {
      this.errors.push(`cannot read directory "${path.join(this.root.given, path.relative(this.root.abs, abs))}": ${reason(err)}`);
      return [];
    }
    const node: DirectoryNode = { entries: [], documents: new Set() };
    this.dirs.set(real, node);
    this.realOf.set(abs, real);
    const nameOf = (e: fs.Dirent | string) => (typeof e === 'string' ? e : e.name);
    if (this.gitignore && entries.some(e => nameOf(e) === '.gitignore')) {
      try {
        this.rules.set(abs, ignore().add(fs.readFileSync(path.join(abs, '.gitignore'), 'utf8')));
      } catch { /* an unreadable .gitignore excludes nothing */ }
    }
    const kept: (fs.Dirent | string)[] = [];
    for (const e of entries) {
      const name = nameOf(e);
      if (name.startsWith('.') || name === 'node_modules') continue;
      const entryPath = path.join(abs, name);
      const type = typeof e === 'string' ? lstat(entryPath) : e;
      if (!type || this.isIgnored(entryPath, type.isDirectory())) continue;
      if (type.isSymbolicLink()) {
        const target = realPath(entryPath);
        const st = target === undefined ? undefined : stat(target);
        if (!target || !st) continue; // a dangling link, or a loop of links
        node.entries.push({ name, real: target, isDirectory: st.isDirectory() });
      } else {
        node.entries.push({ name, real: path.join(real, name), isDirectory: type.isDirectory() });
      }
      kept.push(e);
    }
    node.entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return kept;
  }

  /**
   * Whether the .gitignore files of the directories above `entry` (as walked), up to the root of
   * this walk, exclude it; deeper files win. (A directory named on the command line is scanned even
   * if a .gitignore of an enclosing directory excludes it.)
   */
  private isIgnored(entry: string, isDirectory: boolean): boolean {
    if (this.rules.size === 0) return false;
    let ignored = false;
    const chain: string[] = [];
    for (let dir = path.dirname(entry); ; dir = path.dirname(dir)) {
      chain.push(dir);
      if (dir === this.root.abs || path.dirname(dir) === dir) break;
    }
    for (const dir of chain.reverse()) {
      const ig = this.rules.get(dir);
      if (!ig) continue;
      const r = ig.test(path.relative(dir, entry).split(path.sep).join('/') + (isDirectory ? '/' : ''));
      if (r.ignored) ignored = true; else if (r.unignored) ignored = false;
    }
    return ignored;
  }
}

export function hasDocumentExtension(file: string): boolean {
  const dot = file.lastIndexOf('.');
  return dot >= 0 && (DOCUMENT_EXTENSIONS as readonly string[]).includes(file.slice(dot + 1).toLowerCase());
}

function realPath(p: string): string | undefined {
  try { return fs.realpathSync.native(p); } catch { return undefined; }
}

function lstat(p: string): fs.Stats | undefined {
  try { return fs.lstatSync(p); } catch { return undefined; }
}

function stat(p: string): fs.Stats | undefined {
  try { return fs.statSync(p); } catch { return undefined; }
}

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'ELOOP') return 'a symbolic link loop';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a directory';
  return err instanceof Error ? err.message : String(err);
}
