/**
 * biotech-annotator: the command-line scanner. Runs the same analysis core as the language server.
 *
 *   biotech-annotator scan [options] PATH...     (see `usage()` in ./args for every option)
 *
 * Exit status: 0 no error-severity finding and no more warnings than --max-warnings; 1 otherwise;
 * 2 a usage error, an unreadable path or file (the other paths are still scanned), or an unwritable report.
 */
import * as fs from 'fs';
import { compileRegExpsAtOnce } from '../node/regexpTier';
import * as path from 'path';
import { Analyzer, composeLexicon, LEXICON_FILE_NAME, LexiconData, LineIndex, parseLexiconFile, PartedDocument, formatOf } from '../analysis';
import { Command, parseCommandLine, ScanOptions, SYNOPSIS, usage, UsageError } from './args';
import { fileReport, FileReport, ScanReport } from './report';
import { formatText } from './text';
import { formatSarif } from './sarif';
import { collectDocuments, DOCUMENT_EXTENSIONS } from './walk';

const VERSION = '0.1.0';

/** A file that cannot be scanned: reported on stderr, the scan goes on, the exit status is 2. */
class InputError extends Error {}

export function main(argv: string[]): number {
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`biotech-annotator: ${err.message}\n`);
    if (err.showUsage) process.stderr.write(`${SYNOPSIS}\nRun "biotech-annotator --help" for the options.\n`);
    return 2;
  }
  if (command.kind === 'help') { process.stdout.write(usage()); return 0; }
  if (command.kind === 'version') { process.stdout.write(`biotech-annotator ${VERSION}\n`); return 0; }
  return scan(command.options);
}

function scan(opts: ScanOptions): number {
  const fail = (message: string) => { process.stderr.write(`biotech-annotator: ${message}\n`); };
  const { files: paths, errors } = collectDocuments(opts.paths, { gitignore: opts.gitignore });
  for (const e of errors) fail(e);
  if (paths.length === 0) {
    const exts = DOCUMENT_EXTENSIONS.map(e => `*.${e}`);
    if (errors.length === 0) fail(`no ${exts.slice(0, -1).join(', ')} or ${exts[exts.length - 1]} files found under ${opts.paths.map(p => `"${p}"`).join(', ')}`);
    return 2;
  }
  const lexiconPaths = lexiconFiles(opts.lexicons);
  if (opts.output) {
    const input = inputAt(opts.output, [...paths.filter(p => p !== '-'), ...lexiconPaths]);
    if (input) { fail(`will not write the report over "${input}", which is an input of this scan; choose another --output file`); return 2; }
  }

  const files: FileReport[] = [];
  let lexicons: LexiconData[];
  try {
    lexicons = loadLexicons(lexiconPaths, opts.lexicons);
  } catch (err) {
    if (err instanceof InputError) { fail(err.message); return 2; }
    throw err;
  }
  const analyzer = new Analyzer(composeLexicon(lexicons));
  for (const p of paths) {
    let text: string;
    try {
      text = readInput(p);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      fail(err.message);
      errors.push(err.message);
      continue;
    }
    // read as the editor reads it: whole, or in parts when it is longer than --read-whole-up-to
    const { model, findings } = new PartedDocument(analyzer).analyze(text, formatOf(p), { severity: opts.severity, wholeUpTo: opts.readWholeUpTo });
    files.push(fileReport(p === '-' ? '<stdin>' : p.split(path.sep).join('/'), model, findings));
  }
  if (files.length === 0) return 2;

  const report: ScanReport = { version: 1, files };
  const output = opts.format === 'json' ? JSON.stringify(report, null, 2) + '\n'
    : opts.format === 'sarif' ? formatSarif(files, VERSION, errors)
    : formatText(files, { quiet: opts.quiet });
  if (opts.output) {
    try { fs.writeFileSync(opts.output, output); } catch (err) { fail(`cannot write "${opts.output}": ${(err as Error).message}`); return 2; }
  } else {
    process.stdout.write(output);
  }

  if (errors.length > 0) return 2;
  const count = (severity: string) => files.reduce((n, f) => n + f.diagnostics.filter(d => d.severity === severity).length, 0);
  const warnings = count('warning');
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    fail(`${warnings} warnings, more than --max-warnings ${opts.maxWarnings} allows`);
    return 1;
  }
  return count('error') > 0 ? 1 : 0;
}

/** The input among `inputs` that `output` names (the same file, through any link), if any. */
function inputAt(output: string, inputs: string[]): string | undefined {
  let target: fs.BigIntStats;
  try { target = fs.statSync(output, { bigint: true }); } catch { return undefined; } // a new file overwrites nothing
  for (const input of inputs) {
    try {
      const st = fs.statSync(input, { bigint: true });
      if (st.dev === target.dev && st.ino === target.ino) return input;
    } catch { /* reported when read */ }
  }
  const real = (p: string) => { try { return fs.realpathSync(p); } catch { return path.resolve(p); } };
  const out = real(output);
  return inputs.find(i => real(i) === out);
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
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read "${p}": ${code === 'EISDIR' ? 'a directory' : (err as Error).message}`);
  }
}

/** The lexicon files a scan reads: every --lexicon, then a .biotech-lexicon.json in the current directory. */
function lexiconFiles(explicit: string[]): string[] {
  const files = [...explicit];
  if (fs.existsSync(LEXICON_FILE_NAME) && !files.some(f => path.resolve(f) === path.resolve(LEXICON_FILE_NAME))) files.push(LEXICON_FILE_NAME);
  return files;
}

/** User lexicons: an explicit --lexicon must be readable; problems inside are reported and the valid entries used. */
function loadLexicons(files: string[], explicit: string[]): LexiconData[] {
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

/** Runs the CLI and returns its exit code; never throws. */
export function runCli(argv: string[]): number {
  compileRegExpsAtOnce();
  try {
    return main(argv);
  } catch (err) {
    process.stderr.write(`biotech-annotator: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

if (require.main === module) process.exitCode = runCli(process.argv.slice(2));
