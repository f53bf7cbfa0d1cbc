/**
 * The command line of `biotech-annotator`: parsed with `node:util`'s strict `parseArgs`, validated
 * (formats, check codes, severity levels, numbers), and described by `USAGE`, the `--help` text.
 */
import { parseArgs } from 'node:util';
import { CHECKS } from '../analysis';
import { DEFAULT_LIMITS, type SeverityOverride } from '../shared/settings';
import { DOCUMENT_EXTENSIONS } from './walk';

export type Format = 'text' | 'json' | 'sarif';

export interface ScanOptions {
  format: Format;
  /** Write the report here instead of standard output. */
  output?: string;
  /** --lexicon files, in order. */
  lexicons: string[];
  /** Text format: the findings only. */
  quiet: boolean;
  /** Severity overrides by check code, as `runChecks` takes them ('off' silences a check). */
  severity: Record<string, SeverityOverride>;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  /** Documents longer than this many characters are read in parts, as the editor reads them (0: whole). */
  readWholeUpTo: number;
  /** Honour .gitignore files in scanned directories. */
  gitignore: boolean;
  /** Files, directories, or "-" for standard input. */
  paths: string[];
}

export type Command = { kind: 'scan'; options: ScanOptions } | { kind: 'help' } | { kind: 'version' };

/** A command-line mistake: reported on stderr with exit status 2. `showUsage` adds the synopsis. */
export class UsageError extends Error {
  constructor(message: string, readonly showUsage = false) { super(message); }
}

/** The levels `--severity` accepts: the same as the `biotechAnnotator.severity` setting's. */
export const SEVERITY_LEVELS: readonly SeverityOverride[] = ['error', 'warning', 'information', 'hint', 'off'];

export const SYNOPSIS = 'Usage: biotech-annotator scan [options] PATH...';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  severity: { type: 'string', multiple: true },
  disable: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  'read-whole-up-to': { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export function checkCodes(): string[] {
  return CHECKS.map(c => c.code);
}

/** `--help`: every option, the check codes and the exit statuses (the README's CLI section says the same). */
export function usage(): string {
  const exts = DOCUMENT_EXTENSIONS.map(e => `*.${e}`);
  return `${SYNOPSIS}
       biotech-annotator --help | --version

Scans plain-text and Markdown biotech documents: recognises drugs, targets, endpoints,
indications, trials, companies and figures, and reports numbers that do not add up.

PATH is a file, "-" for standard input, or a directory, searched recursively for
${exts.slice(0, -1).join(', ')} and ${exts[exts.length - 1]} files. The search skips hidden files and directories,
node_modules, and what the .gitignore files inside the directory exclude; it follows
symbolic links, and reads each file once.

Options:
  -f, --format text|json|sarif  Report format (default: text).
  -o, --output FILE             Write the report to FILE instead of standard output.
                                Refused if FILE is one of the files scanned.
  -q, --quiet                   Text format: print only the findings, one per line.
      --severity CODE=LEVEL     Set a check's severity: error, warning, information,
                                hint, or off. Repeatable; or comma-separated.
      --disable CODE            Turn a check off (same as --severity CODE=off).
                                Repeatable; or comma-separated.
      --max-warnings N          Exit with status 1 when there are more than N warnings.
      --read-whole-up-to N      Read a document longer than N characters in parts cut at
                                blank lines, as the editor does (default ${DEFAULT_LIMITS.readWholeUpTo});
                                figures in two parts are not compared. 0 reads every
                                document whole; otherwise N is at least 20000.
      --lexicon FILE            Add a lexicon file to the built-in lexicon. Repeatable.
      --no-ignore               Do not read .gitignore files.
  -h, --help                    Show this help.
  -v, --version                 Show the version.

A .biotech-lexicon.json in the current directory, and every --lexicon FILE, add to the
built-in lexicon; problems in them are reported on stderr and the valid entries are used.

Check codes:
${wrap(checkCodes().join(', '), 86, '  ')}

Exit status:
  0  no finding of error severity, and no more warnings than --max-warnings
  1  a finding of error severity, or more warnings than --max-warnings
  2  a usage error, a path or file that could not be read (the other paths are still
     scanned and reported), or a report that could not be written
`;
}

export function parseCommandLine(argv: string[]): Command {
  if (argv.length === 0) throw new UsageError('missing command; try "biotech-annotator scan PATH"', true);
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') return { kind: 'help' };
  if (command === '--version' || command === '-v') return { kind: 'version' };
  if (command !== 'scan') throw new UsageError(`unknown command "${command}"; the command is "scan"`);

  let parsed: ReturnType<typeof parseScanArgs>;
  try {
    parsed = parseScanArgs(rest);
  } catch (err) {
    throw usageErrorFrom(err);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };

  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  if (v.output === '') throw new UsageError('--output needs a file name');
  const lexicons = v.lexicon ?? [];
  if (lexicons.some(l => l === '')) throw new UsageError('--lexicon needs a file name');
  if (positionals.length === 0) throw new UsageError('no PATH given; name files or directories to scan, or "-" for standard input');

  return {
    kind: 'scan',
    options: {
      format,
      output: v.output,
      lexicons,
      quiet: v.quiet ?? false,
      severity: severityOverrides(v.severity ?? [], v.disable ?? []),
      maxWarnings: v['max-warnings'] === undefined ? undefined : count(v['max-warnings'], '--max-warnings'),
      readWholeUpTo: v['read-whole-up-to'] === undefined ? DEFAULT_LIMITS.readWholeUpTo : wholeUpTo(v['read-whole-up-to']),
      gitignore: !v['no-ignore'],
      paths: positionals,
    },
  };
}

function parseScanArgs(args: string[]) {
  return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
}

/** `parseArgs`' errors, reworded: one line, the option named. Anything else is not a usage error. */
function usageErrorFrom(err: unknown): Error {
  const code = (err as NodeJS.ErrnoException).code;
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1];
    return new UsageError(option ? `unknown option "${option}"` : message.split('\n')[0], true);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /'(?:-\w, )?(--[\w-]+)/.exec(message)?.[1] ?? 'an option';
    if (/does not take an argument/.test(message)) return new UsageError(`${option} does not take a value`, true);
    return new UsageError(`${option} needs a value${/ambiguous/.test(message) ? ` (write ${option}=VALUE for a value that starts with "-")` : ''}`, true);
  }
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) return new UsageError(message.split('\n')[0], true);
  return err instanceof Error ? err : new Error(message);
}

/** --severity CODE=LEVEL and --disable CODE, each repeatable or comma-separated; --disable wins over --severity. */
export function severityOverrides(severity: string[], disable: string[]): Record<string, SeverityOverride> {
  const known = new Set(checkCodes());
  const checkCode = (code: string, option: string) => {
    if (!known.has(code)) throw new UsageError(`unknown check code "${code}" in ${option}; the codes are: ${[...known].join(', ')}`);
  };
  const out: Record<string, SeverityOverride> = {};
  for (const item of severity.flatMap(splitList)) {
    const m = /^([^=]*)=(.*)$/.exec(item);
    if (!m) throw new UsageError(`--severity takes CODE=LEVEL, as in "grim=off", not "${item}"`);
    const [, code, level] = m.map(s => s.trim());
    checkCode(code, '--severity');
    if (!(SEVERITY_LEVELS as readonly string[]).includes(level)) throw new UsageError(`--severity ${code}=${level}: the level is one of ${SEVERITY_LEVELS.join(', ')}`);
    out[code] = level as SeverityOverride;
  }
  for (const code of disable.flatMap(splitList)) {
    checkCode(code, '--disable');
    out[code] = 'off';
  }
  return out;
}

function splitList(value: string): string[] {
  const items = value.split(',').map(s => s.trim()).filter(Boolean);
  return items.length ? items : [value];
}

function count(value: string, option: string): number {
  if (!/^\d{1,9}$/.test(value.trim())) throw new UsageError(`${option} takes a whole number of 0 or more, not "${value}"`);
  return Number(value.trim());
}

function wholeUpTo(value: string): number {
  const n = count(value, '--read-whole-up-to');
  if (n !== 0 && n < 20_000) throw new UsageError(`--read-whole-up-to takes 0 (read every document whole) or a number of characters of at least 20000, not "${value}"`);
  return n;
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) { lines.push(indent + line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}
