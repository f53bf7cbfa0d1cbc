import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../server/src/cli/main';
import { ROOT } from '../helpers';

const BIN = path.join(ROOT, 'bin', 'biotech-annotator.js');
function run(args: string[], input?: string, cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The CLI run in this process (the tsc build, not the bundle): stdout and stderr captured, `cwd`
 * entered for the call. Fast, so each option can be tried many ways; `run` checks the bundle.
 */
function runHere(args: string[], cwd = ROOT) {
  const out: string[] = [], err: string[] = [];
  const { stdout, stderr } = process;
  const saved = { out: stdout.write, err: stderr.write, cwd: process.cwd() };
  stdout.write = ((chunk: string | Uint8Array) => { out.push(String(chunk)); return true; }) as typeof stdout.write;
  stderr.write = ((chunk: string | Uint8Array) => { err.push(String(chunk)); return true; }) as typeof stderr.write;
  let code: number;
  try {
    process.chdir(cwd);
    code = runCli(args);
  } finally {
    stdout.write = saved.out;
    stderr.write = saved.err;
    process.chdir(saved.cwd);
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const ERROR_DOC = 'ORR was 8 of 22 patients (40%).'; // percent-of-count, an error by default
const WARNING_DOC = 'The ORR was 38 % (n = 22).'; // grim, a warning by default
const FINDING_LINE = /^\S+:\d+:\d+ {2}(error|warning|information|hint) {2}.+ {2}\[[a-z-]+\]$/;

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ba-cli-'));
}

describe('command-line scanner', () => {
  it('scans the seeds as JSON in the documented shape', () => {
    const r = run(['scan', '--format', 'json', 'seeds']);
    assert.equal(r.stderr, '');
    assert.ok(r.code === 0 || r.code === 1);
    const report = JSON.parse(r.stdout);
    assert.equal(report.version, 1);
    assert.equal(report.files.length, 3);
    for (const f of report.files) {
      assert.equal(typeof f.path, 'string');
      assert.ok(Array.isArray(f.entities) && Array.isArray(f.diagnostics));
      for (const e of f.entities) {
        assert.ok(['drug', 'target', 'endpoint', 'indication', 'trial', 'company', 'figure'].includes(e.kind));
        assert.equal(typeof e.text, 'string');
        assert.equal(typeof e.name, 'string');
        assert.equal(typeof e.range.start.line, 'number');
        assert.equal(typeof e.range.end.character, 'number');
        if (e.kind === 'figure') {
          assert.ok(['percent', 'duration', 'dose', 'money', 'count', 'ratio', 'pvalue', 'ci', 'date', 'other'].includes(e.figureKind));
          assert.ok(typeof e.value === 'number' || (Array.isArray(e.value) && e.value.length === 2));
          assert.equal(typeof e.unit, 'string');
        }
      }
    }
    const f001 = report.files.find((f: { path: string }) => f.path.includes('001'));
    assert.ok(f001.entities.some((e: { kind: string; name: string }) => e.kind === 'drug' && e.name === 'mitazalimab'));
    assert.ok(f001.entities.some((e: { kind: string; value: unknown; unit: string }) => e.kind === 'figure' && e.value === 54.4 && e.unit === '%'));
    assert.ok(f001.entities.some((e: { kind: string; value: unknown; unit: string }) => e.kind === 'figure' && e.value === 14.9 && e.unit === 'months'));
  });

  it('gives LSP positions (UTF-16 characters)', () => {
    const r = run(['scan', '--format', 'json', '-'], '\u{1F600} mitazalimab');
    const e = JSON.parse(r.stdout).files[0].entities[0];
    assert.deepEqual(e.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 14 } });
  });

  it('prints the readable report with findings as path:line:col  severity  message  [code]', () => {
    const r = run(['scan', 'seeds']);
    assert.match(r.stdout, /Drugs \(\d+\): .*mitazalimab/);
    assert.match(r.stdout, /seeds\/001-alligator-mitazalimab\.txt:\d+:\d+ {2}information {2}.+ {2}\[mixed-micro-sign\]/);
  });

  it('exits 1 when a finding has error severity, 0 otherwise', () => {
    assert.equal(run(['scan', '-'], 'ORR was 8 of 22 patients (40%).').code, 1);
    assert.equal(run(['scan', '-'], 'ORR was 8 of 22 patients (36%).').code, 0);
  });

  it('exits 2 with a one-line reason for a missing file, a bad option or no path', () => {
    for (const args of [['scan', 'no/such/file.txt'], ['scan', '--format', 'xml', 'seeds'], ['scan'], ['frobnicate']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^biotech-annotator: /);
    }
  });

  it('recurses into directories for .txt and .md files only', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ba-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, 'sub', 'a.md'), 'mitazalimab');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'opamtistomig');
    fs.writeFileSync(path.join(dir, 'c.pdf'), 'not me');
    try {
      const report = JSON.parse(run(['scan', '--format', 'json', dir]).stdout);
      assert.deepEqual(report.files.map((f: { path: string }) => path.basename(f.path)), ['b.txt', 'a.md']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses --lexicon files, reporting their problems on stderr and keeping their valid entries', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ba-'));
    try {
      const lex = path.join(dir, 'my.biotech-lexicon.json');
      fs.writeFileSync(lex, '{"drugs": [{"name": "zorbatinib", "brands": ["Zorbix"]}, {"name": 7}]}');
      const r = run(['scan', '--format', 'json', '--lexicon', lex, '-'], 'Zorbix was given.');
      assert.equal(r.code, 0);
      assert.match(r.stderr, /my\.biotech-lexicon\.json:1:\d+ {2}error {2}"name" must be a non-empty string\. {2}\[lexicon\]/);
      const e = JSON.parse(r.stdout).files[0].entities[0];
      assert.deepEqual([e.kind, e.name], ['drug', 'zorbatinib']);
      assert.equal(run(['scan', '--lexicon', path.join(dir, 'missing.json'), '-'], 'x').code, 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes SARIF 2.1.0 with the checks as rules', () => {
    const r = run(['scan', '--format', 'sarif', '-'], 'ORR was 8 of 22 patients (40%).');
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    assert.ok(run0.tool.driver.rules.some((x: { id: string }) => x.id === 'percent-of-count'));
    assert.equal(run0.results[0].ruleId, 'percent-of-count');
    assert.equal(run0.results[0].level, 'error');
    assert.equal(run0.results[0].locations[0].physicalLocation.region.startLine, 1);
  });
});

describe('command-line scanner: options', function () {
  this.timeout(60000); // the first call loads the analysis core; one test starts the bundled binary
  let dir: string;
  /** Writes `text` to `name` in the temporary directory; returns the name. */
  const doc = (name: string, text: string) => { fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true }); fs.writeFileSync(path.join(dir, name), text); return name; };
  const here = (args: string[]) => runHere(args, dir);
  const json = (args: string[]) => JSON.parse(here(['scan', '--format', 'json', ...args]).stdout);
  beforeEach(() => { dir = tempDir(); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('rejects an unknown option with its name and the usage, exit 2, nothing on stdout', () => {
    doc('a.txt', ERROR_DOC);
    const cases: [string[], string][] = [
      [['--frobnicate'], 'unknown option "--frobnicate"'],
      [['-x'], 'unknown option "-x"'],
      [['--quiet=yes'], '--quiet does not take a value'],
      [['--output'], '--output needs a value'],
      [['--severity', '--quiet'], '--severity needs a value (write --severity=VALUE for a value that starts with "-")'],
    ];
    for (const [args, message] of cases) {
      const r = here(['scan', 'a.txt', ...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.deepEqual(r.stderr.trimEnd().split('\n'), [`biotech-annotator: ${message}`, 'Usage: biotech-annotator scan [options] PATH...', 'Run "biotech-annotator --help" for the options.']);
    }
  });

  it('takes "--" before a path that starts with a dash', () => {
    doc('-odd.txt', ERROR_DOC);
    const r = here(['scan', '--format', 'json', '--', '-odd.txt']);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(JSON.parse(r.stdout).files[0].path, '-odd.txt');
  });

  it('--quiet prints the findings only, one per line, and nothing when there are none', () => {
    const r = runHere(['scan', '--quiet', 'seeds']);
    assert.equal(r.stderr, '');
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.length >= 2);
    for (const line of lines) assert.match(line, FINDING_LINE);
    assert.doesNotMatch(r.stdout, /Drugs \(|Figures \(|Findings:|No findings|documents?, \d+ entities/);
    assert.deepEqual(lines, runHere(['scan', 'seeds']).stdout.split('\n').filter(l => FINDING_LINE.test(l)), 'the same findings as the full report');
    doc('clean.txt', 'mitazalimab was given.');
    assert.deepEqual([here(['scan', '-q', 'clean.txt']).code, here(['scan', '-q', 'clean.txt']).stdout], [0, '']);
    // the JSON report is unchanged by --quiet
    assert.deepEqual(json(['-q', 'clean.txt']), json(['clean.txt']));
  });

  it('--severity changes a check\'s severity, and with it the exit status', () => {
    doc('e.txt', ERROR_DOC);
    doc('w.txt', WARNING_DOC);
    const r = here(['scan', '--format', 'json', '--severity', 'percent-of-count=warning', 'e.txt']);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: string; severity: string }) => [d.code, d.severity]), [['percent-of-count', 'warning']]);
    const up = here(['scan', '-q', '--severity=grim=error', 'w.txt']);
    assert.equal(up.code, 1);
    assert.match(up.stdout, / {2}error {2}.*\[grim\]/);
    assert.equal(here(['scan', 'w.txt']).code, 0, 'a warning alone exits 0');
    const sarif = JSON.parse(here(['scan', '--format', 'sarif', '--severity', 'grim=information, percent-of-count=hint', 'e.txt', 'w.txt']).stdout);
    assert.deepEqual(sarif.runs[0].results.map((x: { ruleId: string; level: string }) => `${x.ruleId}:${x.level}`).sort(), ['grim:note', 'percent-of-count:note']);
  });

  it('--disable and --severity CODE=off silence a check; --disable wins over --severity', () => {
    doc('e.txt', ERROR_DOC);
    for (const args of [['--disable', 'percent-of-count'], ['--severity', 'percent-of-count=off'], ['--disable', 'grim,percent-of-count'], ['--severity', 'percent-of-count=error', '--disable', 'percent-of-count']]) {
      const r = here(['scan', '--format', 'json', ...args, 'e.txt']);
      assert.equal(r.code, 0, args.join(' '));
      assert.deepEqual(JSON.parse(r.stdout).files[0].diagnostics, [], args.join(' '));
    }
    assert.equal(here(['scan', '--disable', 'grim', 'e.txt']).code, 1, 'another check is untouched');
  });

  it('refuses an unknown check code or severity level, exit 2, naming it', () => {
    doc('e.txt', ERROR_DOC);
    const cases: [string[], RegExp][] = [
      [['--disable', 'percent-of-counts'], /^biotech-annotator: unknown check code "percent-of-counts" in --disable; the codes are: impossible-value, .*percent-of-count/],
      [['--severity', 'grimm=off'], /unknown check code "grimm" in --severity/],
      [['--disable', ''], /unknown check code "" in --disable/],
      [['--severity', 'grim=fatal'], /--severity grim=fatal: the level is one of error, warning, information, hint, off$/],
      [['--severity', 'grim'], /--severity takes CODE=LEVEL, as in "grim=off", not "grim"/],
      [['--format', 'xml'], /--format must be text, json or sarif, not "xml"/],
    ];
    for (const [args, message] of cases) {
      const r = here(['scan', ...args, 'e.txt']);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr.trim(), message);
    }
  });

  it('--max-warnings N: exit 1 when the warnings exceed N, counted after --severity', () => {
    doc('two.txt', `${WARNING_DOC}\n\n${ERROR_DOC}`);
    const base = ['scan', '--severity', 'percent-of-count=warning'];
    assert.equal(here([...base, 'two.txt']).code, 0);
    assert.equal(here([...base, '--max-warnings', '2', 'two.txt']).code, 0);
    const over = here([...base, '--max-warnings', '1', 'two.txt']);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /^biotech-annotator: 2 warnings, more than --max-warnings 1 allows$/m);
    assert.equal(here([...base, '--max-warnings=0', '--disable', 'grim,percent-of-count', 'two.txt']).code, 0);
    for (const bad of ['-1', 'many', '1.5', '']) {
      const r = here(['scan', `--max-warnings=${bad}`, 'two.txt']);
      assert.equal(r.code, 2, bad);
      assert.match(r.stderr, /--max-warnings takes a whole number of 0 or more/);
    }
  });

  it('reports a missing path on stderr, scans the others, and exits 2 at the end', () => {
    const r = runHere(['scan', '--format', 'json', 'no/such/file.txt', 'seeds/001-alligator-mitazalimab.txt', 'no-such-dir']);
    assert.equal(r.code, 2);
    assert.deepEqual(r.stderr.trim().split('\n'), [
      'biotech-annotator: cannot read "no/such/file.txt": no such file or directory',
      'biotech-annotator: cannot read "no-such-dir": no such file or directory',
    ]);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['seeds/001-alligator-mitazalimab.txt']);
    doc('bad.txt', ERROR_DOC);
    assert.equal(here(['scan', 'bad.txt', 'gone.txt']).code, 2, 'exit 2 even beside an error-severity finding');
  });

  it('reports a binary file beside text files and scans on (exit 2)', () => {
    doc('a.txt', 'mitazalimab');
    fs.writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
    const r = here(['scan', '--format', 'json', '.']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'biotech-annotator: "b.txt" looks like a binary file, not text\n');
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['a.txt']);
  });

  it('lists unreadable paths as SARIF tool execution notifications', () => {
    const log = JSON.parse(runHere(['scan', '--format', 'sarif', 'seeds/001-alligator-mitazalimab.txt', 'no/such.md']).stdout);
    const inv = log.runs[0].invocations[0];
    assert.equal(inv.executionSuccessful, false);
    assert.deepEqual(inv.toolExecutionNotifications, [{ level: 'error', message: { text: 'cannot read "no/such.md": no such file or directory' } }]);
    assert.equal(JSON.parse(runHere(['scan', '--format', 'sarif', 'seeds']).stdout).runs[0].invocations, undefined);
  });

  it('-o refuses to write over a file being scanned or a lexicon, by any path to it, and writes nothing', () => {
    doc('a.txt', ERROR_DOC);
    doc('report.txt', 'an old report that this scan reads');
    doc('my.biotech-lexicon.json', '{"drugs": []}');
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync('a.txt', path.join(dir, 'out.lnk'));
    fs.linkSync(path.join(dir, 'a.txt'), path.join(dir, 'hard.json'));
    const contents = () => ['a.txt', 'report.txt', 'my.biotech-lexicon.json'].map(f => fs.readFileSync(path.join(dir, f), 'utf8'));
    const before = contents();
    const cases: [string, string][] = [['report.txt', 'report.txt'], ['a.txt', 'a.txt'], ['./sub/../a.txt', 'a.txt'], ['out.lnk', 'a.txt'], ['hard.json', 'a.txt'], ['my.biotech-lexicon.json', 'my.biotech-lexicon.json']];
    for (const [out, input] of cases) {
      const r = here(['scan', '--lexicon', 'my.biotech-lexicon.json', '-o', out, '.']);
      assert.equal(r.code, 2, out);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, `biotech-annotator: will not write the report over "${input}", which is an input of this scan; choose another --output file\n`);
    }
    assert.deepEqual(contents(), before);
    const ok = here(['scan', '-o', 'new.json', '--format', 'json', 'a.txt']);
    assert.equal(ok.code, 1, 'a new file is written, and the exit status is the scan\'s');
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'new.json'), 'utf8')).files[0].path, 'a.txt');
  });

  it('walks directories: .gitignore honoured unless --no-ignore, .markdown found, symbolic-link cycles finish', () => {
    doc('.gitignore', 'drafts/\n');
    doc('a.markdown', 'mitazalimab');
    doc('drafts/b.md', 'mitazalimab');
    fs.symlinkSync('..', path.join(dir, 'drafts', 'up'));
    const paths = (args: string[]) => json([...args, '.']).files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths([]), ['a.markdown']);
    assert.deepEqual(paths(['--no-ignore']), ['a.markdown', 'drafts/b.md']);
    assert.deepEqual(paths(['drafts/up']), ['drafts/up/a.markdown'], 'a directory given through a link is walked under that path');
    assert.deepEqual(paths(['drafts/up/drafts']), ['drafts/up/drafts/b.md', 'drafts/up/drafts/up/a.markdown'], 'an ignored directory named explicitly is scanned');
    fs.mkdirSync(path.join(dir, 'empty'));
    const empty = here(['scan', 'empty']);
    assert.deepEqual([empty.code, empty.stdout, empty.stderr], [2, '', 'biotech-annotator: no *.txt, *.md or *.markdown files found under "empty"\n']);
  });

  it('--help and --version exit 0; --help lists every option and check code', () => {
    const help = runHere(['scan', '--help']);
    assert.equal(help.code, 0);
    assert.equal(help.stdout, runHere(['--help']).stdout);
    for (const opt of ['--format', '--output', '--quiet', '--severity', '--disable', '--max-warnings', '--lexicon', '--no-ignore', '--help', '--version']) assert.ok(help.stdout.includes(opt), opt);
    for (const code of ['percent-of-count', 'grim', 'dose-unit-mismatch']) assert.ok(help.stdout.includes(code), code);
    assert.match(runHere(['--version']).stdout, /^biotech-annotator \d+\.\d+\.\d+\n$/);
  });

  it('the bundled binary takes the new options too', () => {
    const r = run(['scan', '-q', '--severity', 'percent-of-count=warning', '--max-warnings', '0', '-'], ERROR_DOC);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^<stdin>:1:\d+ {2}warning {2}.+ {2}\[percent-of-count\]\n$/);
    assert.match(r.stderr, /1 warnings, more than --max-warnings 0 allows/);
  });
});

describe('command-line scanner: summary wording', () => {
  it('says "1 entity" and "1 error", and plurals otherwise', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'one.txt'), 'The ORR was reported.\n');
    const one = runHere(['scan', 'one.txt'], dir);
    assert.match(one.stdout, /1 document, 1 entity, 0 errors, 0 warnings, 0 other findings\./);
    fs.writeFileSync(path.join(dir, 'two.txt'), ERROR_DOC + '\n');
    const two = runHere(['scan', 'two.txt'], dir);
    assert.match(two.stdout, /1 document, \d+ entities, 1 error, /);
  });
});
