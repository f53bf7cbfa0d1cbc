import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers';

const BIN = path.join(ROOT, 'bin', 'biotech-annotator.js');
function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
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
