/**
 * Which workspace files the background index leaves alone: the globs of `files.exclude`,
 * `search.exclude` and `biotechAnnotator.exclude` (VS Code glob syntax, relative to the workspace
 * folder), the `.gitignore` files of the folder and its subfolders (gitignore syntax, by the
 * `ignore` package), and every folder whose name begins with a dot. A folder excluded excludes
 * everything below it. Pure apart from reading `.gitignore` files through the reader it is given.
 */
import ignore, { Ignore } from 'ignore';

/**
 * The globs switched on in a VS Code `files.exclude` or `search.exclude` object. Entries set to
 * `true` count; `false` and conditional entries (`{ "when": "$(basename).ts" }`, which say "exclude
 * only beside a sibling", generated files) do not, so documents are never hidden by a guess.
 */
export function enabledGlobs(map: unknown): string[] {
  if (!map || typeof map !== 'object' || Array.isArray(map)) return [];
  return Object.entries(map as Record<string, unknown>).filter(([glob, on]) => on === true && glob.length > 0 && glob.length < 1000).map(([glob]) => glob);
}

/**
 * A VS Code glob as a regular expression over a path relative to the workspace folder, with `/`
 * separators: `**` any number of folders (none included), `*` and `?` within one name, `{a,b}`
 * alternatives, `[a-z]` and `[!a-z]` classes. A leading `./` or `/` is dropped.
 */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globSource(glob.trim().replace(/\\/g, '/').replace(/^\.?\/+/, '').replace(/\/+$/, ''))}$`);
}

function globSource(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      // "**" as a whole segment: any number of segments; elsewhere it means the same as "*"
      const atStart = i === 0 || glob[i - 1] === '/';
      const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
      if (atStart && atEnd) {
        if (i + 2 === glob.length) out = out.endsWith('/') ? `${out.slice(0, -1)}(?:/.*)?` : `${out}.*`;
        else { out += '(?:[^/]*/)*'; i++; } // skip the "/" after "**"
        i++;
        continue;
      }
      out += '[^/]*';
      i++;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = matching(glob, i);
      if (close < 0) { out += '\\{'; continue; }
      out += `(?:${splitTop(glob.slice(i + 1, close)).map(globSource).join('|')})`;
      i = close;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) { out += '\\['; continue; }
      let body = glob.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      out += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return out;
}

/** The index of the `}` closing the `{` at `open`, nesting counted; -1 when there is none. */
function matching(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** "a,{b,c},d" split at its top-level commas. */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0, from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) { parts.push(s.slice(from, i)); from = i + 1; }
  }
  parts.push(s.slice(from));
  return parts;
}

const compiled = new WeakMap<readonly string[], RegExp[]>();

/** The globs as regular expressions, compiled once per array (settings arrays are cached, so once per settings read). */
export function compileGlobs(globs: readonly string[]): RegExp[] {
  let patterns = compiled.get(globs);
  if (!patterns) {
    patterns = globs.flatMap(g => { try { return [globToRegExp(g)]; } catch { return []; } });
    compiled.set(globs, patterns);
  }
  return patterns;
}

/** Whether a relative path, or a folder above it, matches one of the patterns ("drafts" excludes "drafts/a.txt"). */
export function matchesGlobs(rel: string, patterns: readonly RegExp[]): boolean {
  if (patterns.length === 0) return false;
  const parts = rel.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    if (prefix && patterns.some(p => p.test(prefix))) return true;
  }
  return false;
}

export interface ExcludeOptions {
  /** VS Code globs, relative to the folder. */
  globs: readonly string[];
  /** Read `.gitignore` files (VS Code's `search.useIgnoreFiles`, on by default). */
  useIgnoreFiles: boolean;
  /** Reads a file by URI; undefined when it does not exist. Without it no `.gitignore` is read. */
  readFile?: (uri: string) => Promise<string | undefined>;
}

/**
 * The exclusion rules of one workspace folder. Answers for paths relative to the folder (the walk
 * asks for each entry it meets) or for URIs (a file that changed on disk); remembers the answer for
 * each folder and the `.gitignore` of each folder, so a walk reads every `.gitignore` once.
 */
export class WorkspaceExclude {
  private readonly base: string;
  private readonly patterns: RegExp[];
  private readonly dirs = new Map<string, Promise<boolean>>();
  private readonly gitignores = new Map<string, Promise<Ignore | undefined>>();

  constructor(folderUri: string, private readonly options: ExcludeOptions) {
    this.base = folderUri.endsWith('/') ? folderUri : folderUri + '/';
    this.patterns = compileGlobs(options.globs);
  }

  /** The path of `uri` relative to the folder ("news/a.txt"), or undefined when it lies outside it. */
  relative(uri: string): string | undefined {
    if (!uri.startsWith(this.base)) return undefined;
    try {
      const rel = uri.slice(this.base.length).split('/').map(decodeURIComponent).join('/');
      return rel.length > 0 && !rel.split('/').includes('..') ? rel : undefined;
    } catch { return undefined; }
  }

  /** Whether the file (or folder) at `uri` is excluded; a URI outside the folder is not this folder's to exclude. */
  async excludesUri(uri: string, isDirectory = false): Promise<boolean> {
    const rel = this.relative(uri);
    return rel === undefined ? false : this.excludes(rel, isDirectory);
  }

  /** Whether the entry at `rel` (relative to the folder, `/`-separated) is excluded, by itself or by a folder above it. */
  async excludes(rel: string, isDirectory: boolean): Promise<boolean> {
    const clean = rel.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
    if (!clean) return false;
    const slash = clean.lastIndexOf('/');
    if (slash >= 0 && await this.excludesDir(clean.slice(0, slash))) return true;
    if (isDirectory) return this.excludesDir(clean);
    return this.matchesOwnRules(clean, false);
  }

  private excludesDir(rel: string): Promise<boolean> {
    let answer = this.dirs.get(rel);
    if (!answer) {
      const slash = rel.lastIndexOf('/');
      answer = (async () => (slash >= 0 && await this.excludesDir(rel.slice(0, slash))) || this.matchesOwnRules(rel, true))();
      this.dirs.set(rel, answer);
    }
    return answer;
  }

  /** The rules for the entry itself (its folders already passed): a dot folder, a glob, the .gitignore files above it. */
  private async matchesOwnRules(rel: string, isDirectory: boolean): Promise<boolean> {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    if (isDirectory && name.startsWith('.')) return true;
    if (this.patterns.some(p => p.test(rel))) return true;
    if (!this.options.useIgnoreFiles || !this.options.readFile) return false;
    // every .gitignore from the folder down to the entry's parent; a deeper one may re-include
    const parts = rel.split('/');
    let ignored = false;
    for (let depth = 0; depth < parts.length; depth++) {
      const dir = parts.slice(0, depth).join('/');
      const ig = await this.gitignoreOf(dir);
      if (!ig) continue;
      const result = ig.test(parts.slice(depth).join('/') + (isDirectory ? '/' : ''));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  private gitignoreOf(dir: string): Promise<Ignore | undefined> {
    let ig = this.gitignores.get(dir);
    if (!ig) {
      const uri = this.base + (dir ? dir.split('/').map(encodeURIComponent).join('/') + '/' : '') + '.gitignore';
      ig = this.options.readFile!(uri).then(text => (text === undefined ? undefined : ignore({ allowRelativePaths: true }).add(text.slice(0, 1_000_000))), () => undefined);
      this.gitignores.set(dir, ig);
    }
    return ig;
  }
}
