/**
 * biotech-annotator: the command-line scanner. Runs the same analysis core as the language server.
 *
 *   biotech-annotator scan [--format text|json|sarif] [--output FILE] PATH...
 *
 * Exit codes: 0 no error-severity finding, 1 at least one, 2 usage error or unreadable input.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Analyzer, composeLexicon, LEXICON_FILE_NAME, LexiconData, LineIndex, parseLexiconFile, runChecks } from '../analysis';
import { fileReport, FileReport, ScanReport } from './report';
import { formatText } from './text';
import { formatSarif } from './sarif';

const VERSION = '0.1.0';
const USAGE = `Usage: biotech-annotator scan [--format text|json|sarif] [--output FILE] [--lexicon FILE]... PATH...

Scans plain-text and Markdown biotech documents: recognises drugs, targets, endpoints,
indications, trials, companies and figures, and reports numbers that do not add up.
Directories are searched recursively for *.txt and *.md files; "-" reads standard input.
A ${LEXICON_FILE_NAME} in the current directory, and every --lexicon FILE, add to the
built-in lexicon; problems in them are reported on stderr and the valid entries are used.

Exit status: 0 no error-severity finding, 1 at least one, 2 usage error or unreadable input.
`;

class UsageError extends Error {}

interface Options { format: 'text' | 'json' | 'sarif'; output?: string; paths: string[]; lexicons: string[] }

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  if (argv.length === 0) throw new UsageError('missing command; try "biotech-annotator scan PATH"');
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return 'help';
  if (command === '--version' || command === '-v') return 'version';
  if (command !== 'scan') throw new UsageError(`unknown command "${command}"; the command is "scan"`);
  const opts: Options = { format: 'text', paths: [], lexicons: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--help' || a === '-h') return 'help';
    if (a === '--format' || a === '-f' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${v ?? ''}"`);
      opts.format = v;
    } else if (a === '--output' || a === '-o' || a.startsWith('--output=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!v) throw new UsageError('--output needs a file name');
      opts.output = v;
    } else if (a === '--lexicon' || a.startsWith('--lexicon=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!v) throw new UsageError('--lexicon needs a file name');
      opts.lexicons.push(v);
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option "${a}"`);
    } else {
      opts.paths.push(a);
    }
  }
  if (opts.paths.length === 0) throw new UsageError('no PATH given; name files or directories to scan, or "-" for standard input');
  return opts;
}

class InputError extends Error {}

/**
 * The files to scan under `p`. Directories are entered by their real path and each only once, and
 * each file is listed once (by its real path), so symbolic links, even in cycles, cannot repeat or
 * loop. The paths reported are the paths as found, below the path given.
 */
function collect(p: string, out: string[], seen: { dirs: Set<string>; files: Set<string> } = { dirs: new Set(), files: new Set() }): void {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch (err) {
    throw new InputError(`cannot read "${p}": ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as NodeJS.ErrnoException).code === 'ELOOP' ? 'a symbolic link loop' : (err as Error).message}`);
  }
  if (!st.isDirectory()) {
    addFile(p, out, seen.files);
    return;
  }
  // depth-first in name order, as a recursive walk would go, with an explicit stack: a deep tree cannot exhaust the call stack
  const enter = (dir: string): { dir: string; entries: string[]; i: number } | undefined => {
    let real: string;
    try { real = fs.realpathSync(dir); } catch { return undefined; }
    if (seen.dirs.has(real)) return undefined;
    seen.dirs.add(real);
    try { return { dir, entries: fs.readdirSync(dir).sort(), i: 0 }; } catch (err) { throw new InputError(`cannot read directory "${dir}": ${(err as Error).message}`); }
  };
  const root = enter(p);
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i >= top.entries.length) { stack.pop(); continue; }
    const name = top.entries[top.i++];
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const child = path.join(top.dir, name);
    let cst: fs.Stats;
    try { cst = fs.statSync(child); } catch { continue; } // a dangling link or a link loop
    if (cst.isDirectory()) { const sub = enter(child); if (sub) stack.push(sub); }
    else if (/\.(txt|md|markdown)$/i.test(name)) addFile(child, out, seen.files);
  }
}

function addFile(p: string, out: string[], files: Set<string>): void {
  let real = p;
  try { real = fs.realpathSync(p); } catch { /* reported when read */ }
  if (files.has(real)) return;
  files.add(real);
  out.push(p);
}

function readInput(p: string): string {
  try {
    const buf = p === '-' ? fs.readFileSync(0) : fs.readFileSync(p);
    if (buf.includes(0)) throw new InputError(`"${p}" looks like a binary file, not text`);
    let text = buf.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return text;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read "${p}": ${(err as Error).message}`);
  }
}

/** User lexicons: an explicit --lexicon must be readable; problems inside are reported and the valid entries used. */
function loadLexicons(explicit: string[]): LexiconData[] {
  const files = [...explicit];
  if (fs.existsSync(LEXICON_FILE_NAME) && !files.some(f => path.resolve(f) === path.resolve(LEXICON_FILE_NAME))) files.push(LEXICON_FILE_NAME);
  const out: LexiconData[] = [];
  for (const file of files) {
    // an explicit --lexicon that cannot be read is a usage error; the auto-loaded one is skipped with a message
    let text: string;
    try {
      text = readInput(file);
    } catch (err) {
      if (file !== LEXICON_FILE_NAME || explicit.includes(file)) throw err;
      process.stderr.write(`${file}:1:1  error  ${(err as Error).message}; not used  [lexicon]\n`);
      continue;
    }
    try {
      const parsed = parseLexiconFile(text);
      const lines = new LineIndex(text);
      for (const p of parsed.problems) {
        const pos = lines.positionAt(p.start);
        process.stderr.write(`${file}:${pos.line + 1}:${pos.character + 1}  ${p.severity}  ${p.message}  [lexicon]\n`);
      }
      out.push(parsed.data);
    } catch {
      // never the exception's text: it may quote the file
      process.stderr.write(`${file}:1:1  error  The lexicon file could not be read; it is not used.  [lexicon]\n`);
    }
  }
  return out;
}

export function main(argv: string[]): number {
  let opts: ReturnType<typeof parseArgs>;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) { process.stderr.write(`biotech-annotator: ${err.message}\n`); return 2; }
    throw err;
  }
  if (opts === 'help') { process.stdout.write(USAGE); return 0; }
  if (opts === 'version') { process.stdout.write(`biotech-annotator ${VERSION}\n`); return 0; }

  const files: FileReport[] = [];
  try {
    const analyzer = new Analyzer(composeLexicon(loadLexicons(opts.lexicons)));
    const paths: string[] = [];
    const seen = { dirs: new Set<string>(), files: new Set<string>() };
    for (const p of opts.paths) {
      if (p === '-') paths.push('-'); else collect(p, paths, seen);
    }
    if (paths.length === 0) throw new InputError(`no *.txt or *.md files found under ${opts.paths.map(p => `"${p}"`).join(', ')}`);
    for (const p of paths) {
      const text = readInput(p);
      const model = analyzer.analyze(text);
      const findings = runChecks(model);
      files.push(fileReport(p === '-' ? '<stdin>' : p.split(path.sep).join('/'), model, findings));
    }
  } catch (err) {
    if (err instanceof InputError) { process.stderr.write(`biotech-annotator: ${err.message}\n`); return 2; }
    throw err;
  }

  const report: ScanReport = { version: 1, files };
  const output = opts.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : opts.format === 'sarif' ? formatSarif(files, VERSION) : formatText(files);
  if (opts.output) {
    try { fs.writeFileSync(opts.output, output); } catch (err) { process.stderr.write(`biotech-annotator: cannot write "${opts.output}": ${(err as Error).message}\n`); return 2; }
  } else {
    process.stdout.write(output);
  }
  return files.some(f => f.diagnostics.some(d => d.severity === 'error')) ? 1 : 0;
}

/** Runs the CLI and returns its exit code; never throws. */
export function runCli(argv: string[]): number {
  try {
    return main(argv);
  } catch (err) {
    process.stderr.write(`biotech-annotator: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

if (require.main === module) process.exitCode = runCli(process.argv.slice(2));
