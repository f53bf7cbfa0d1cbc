/**
 * Regression tests for issue 17 (bounded work, limits, the CLI's walk, lexicon files). Nothing here
 * is timed, not even as a ratio of two timings (a busy machine skews those too): growth is checked
 * by `npm run fuzz` (phases complexity and growth, on CPU time); here the same inputs are checked
 * for what they must produce.
 */
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Analyzer, analyzeText, builtinLexicon, composeLexicon, LineIndex, parseLexiconFile } from '../../server/src/analysis';
import { Lexicon } from '../../server/src/analysis/lexicon';
import { MAX_LEXICON_ENTRIES } from '../../server/src/analysis/lexiconFile';
import { findDocumentHighlights, findReferences } from '../../server/src/features/navigation';
import { windowAround } from '../../server/src/features/requestSupport';
import { formatText } from '../../server/src/cli/text';
import { sanitizeSettings } from '../../server/src/shared/settings';
import { deepLexicon, GENERATORS, manyStems, prng } from '../fuzz/generators';
import { ROOT } from '../helpers';

const BIN = path.join(ROOT, 'bin', 'biotech-annotator.js');
/** `hangGuard` only stops a process that never ends: no test times the work (a loaded machine may take minutes). */
function cli(args: string[], cwd = ROOT, hangGuard = 60000) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: hangGuard, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

const generator = (name: string) => GENERATORS.find(g => g.name === name)!;

describe('issue 17: bounded work', () => {
  it('analyses a document of more than 150,000 figures (no spread of a document-sized array into a call)', function () {
    this.timeout(120000);
    const text = '12% 34% 56% 78%\n'.repeat(40000);
    const { model } = analyzeText(text);
    const figures = model.entities.filter(e => e.kind === 'figure').length;
    assert.ok(figures > 150000, `${figures} figures`);
    // the features and the CLI report that once spread the same arrays
    const many = Array.from({ length: 200000 }, (_, i) => ({ uri: 'file:///other.txt', range: { start: { line: i, character: 0 }, end: { line: i, character: 1 } } }));
    const lines = new LineIndex('mitazalimab');
    const here = analyzeText('mitazalimab');
    const refs = findReferences({ uri: 'file:///a.txt', model: here.model, lines }, 2, [], true, () => many);
    assert.equal(refs.length, 200001);
    const report = formatText([{ path: 'a.txt', entities: [], diagnostics: Array.from({ length: 200000 }, () => ({ code: 'x', severity: 'warning', message: 'm', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } })) } as never]);
    assert.ok(report.length > 200000);
  });

  it('highlights every mention of a drug named thousands of times (its growth: npm run fuzz)', function () {
    this.timeout(60000);
    const model = analyzeText(generator('one drug everywhere').make(50000, prng(1))).model;
    const mentions = model.entities.filter(e => e.kind === 'drug' && e.name === 'mitazalimab').length;
    const highlights = findDocumentHighlights(model, model.entities[model.entities.length - 1].start + 1, new LineIndex(model.text));
    assert.ok(mentions > 4000, `${mentions} mentions`);
    assert.equal(highlights.length, mentions);
  });

  it('enriches every drug of a document with a drug and a cue in every sentence (its growth: npm run fuzz)', function () {
    this.timeout(120000);
    const text = 'zelbotamab binds CD40. '.repeat(2000);
    const drugs = new Analyzer(builtinLexicon()).analyze(text).entities.filter(e => e.kind === 'drug');
    assert.equal(drugs.length, 2000);
    assert.ok(drugs.every(d => JSON.stringify(d.facts).includes('CD40')), 'each drug knows its target from its own sentence');
  });

  it('a user lexicon of 100,000 stems answers as the built-in one (stems in a trie)', function () {
    this.timeout(120000);
    const rand = prng(3);
    const few = new Lexicon([builtinLexicon().stems.length ? { stems: builtinLexicon().stems } : {}, manyStems(100, rand)]);
    const lots = new Lexicon([{ stems: builtinLexicon().stems }, manyStems(100000, rand)]);
    const words = Array.from({ length: 20000 }, (_, i) => ['pembrolizumab', 'osimertinib', 'sotorasib', 'xyzzy' + i, 'qwertyuiopasdf', 'mitazalimab'][i % 6]);
    // (the cost per word: npm run fuzz, phase growth) the many-stem lexicon answers every word as the small one does where both know the stem
    for (const w of words.slice(0, 6)) if (few.stemOf(w)?.class !== 'generated' && lots.stemOf(w)?.class !== 'generated') assert.equal(lots.stemOf(w)?.stem, few.stemOf(w)?.stem, w);
    // and it still answers as the linear scan did: the longest stem that leaves enough letters before it
    assert.equal(few.stemOf('pembrolizumab')?.stem, builtinLexicon().stemOf('pembrolizumab')?.stem);
    const tiny = new Lexicon([{ stems: [{ stem: 'mab', meaning: 'a', class: 'a' }, { stem: 'zumab', meaning: 'b', class: 'b' }, { stem: 'lizumab', meaning: 'c', class: 'c' }] }]);
    assert.equal(tiny.stemOf('pembrolizumab')?.stem, 'lizumab');
    assert.equal(tiny.stemOf('olizumab')?.stem, 'zumab', 'lizumab leaves one letter: too few; zumab leaves three');
    assert.equal(tiny.stemOf('zumab')?.stem, undefined);
  });

  it('bounds the block cache by bytes, not by count', function () {
    this.timeout(120000);
    const bound = 1024 * 1024;
    const a = new Analyzer(builtinLexicon(), { maxCacheBytes: bound });
    for (let i = 0; i < 6; i++) a.analyze(generator('long lines').make(100000, prng(100 + i)).replace(/\n?$/, '') + '\n\n' + generator('figure flood').make(50000, prng(200 + i)));
    const size = a.cacheSize;
    assert.ok(size.bytes <= bound, `${size.bytes} bytes cached`);
    assert.ok(size.blocks > 0);
  });

  it('a window of a large text maps its offsets to positions in the whole text', () => {
    const text = 'line one\n\nline three mitazalimab\nfour\n'.repeat(1000);
    const lines = new LineIndex(text);
    const { start, end } = windowAround(text, 20000, 3000);
    assert.ok(start <= 20000 && 20000 <= end && end - start <= 4 * 3000);
    const w = lines.window(start, end - start);
    for (const off of [start, start + 17, 20000, end]) {
      assert.deepEqual(w.positionAt(off - start), lines.positionAt(off));
      assert.equal(w.offsetAt(lines.positionAt(off)), off - start);
    }
  });
});

describe('issue 17: settings and lexicon limits', () => {
  it('reads the limits as whole numbers within bounds, else the defaults', () => {
    assert.deepEqual(sanitizeSettings({}).limits, { maxDocumentSize: 2_000_000, readWholeUpTo: 60_000, maxIndexedFileSize: 2_000_000, maxIndexedFiles: 5000 });
    assert.deepEqual(sanitizeSettings({ limits: { maxDocumentSize: 1e12, maxIndexedFileSize: 'x', maxIndexedFiles: -3, readWholeUpTo: 'big' } }).limits, { maxDocumentSize: 50_000_000, readWholeUpTo: 60_000, maxIndexedFileSize: 2_000_000, maxIndexedFiles: 0 });
    // reading in parts: 0 reads whole, a small bound is raised to the least part's worth, a fraction is cut down
    assert.equal(sanitizeSettings({ limits: { readWholeUpTo: 0 } }).limits.readWholeUpTo, 0);
    assert.equal(sanitizeSettings({ limits: { readWholeUpTo: 500 } }).limits.readWholeUpTo, 20_000);
    assert.equal(sanitizeSettings({ limits: { readWholeUpTo: 123_456.7 } }).limits.readWholeUpTo, 123_456);
  });

  it('refuses a lexicon nested 10,000 levels deep with a message on the file, without recursing', () => {
    const parsed = parseLexiconFile(deepLexicon(10000));
    assert.equal(parsed.problems.length, 1);
    assert.match(parsed.problems[0].message, /^Nested more than 32 levels deep/);
    assert.deepEqual(parsed.data, {});
    // brackets inside strings and comments do not count
    const ok = parseLexiconFile('{"drugs": [{"name": "zorbatinib", "aliases": ["[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["]}]} // [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[');
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.data.drugs?.length, 1);
  });

  it('reads at most the entry limit from one file and says so on the first entry skipped', function () {
    this.timeout(60000);
    const words = Array.from({ length: MAX_LEXICON_ENTRIES + 5 }, (_, i) => `"w${i}"`);
    const parsed = parseLexiconFile(`{"ignore": [${words.join(',')}]}`);
    assert.equal(parsed.entries, MAX_LEXICON_ENTRIES);
    assert.equal(parsed.data.ignore?.length, MAX_LEXICON_ENTRIES);
    assert.equal(parsed.problems.length, 1);
    assert.match(parsed.problems[0].message, /^More than 100000 entries/);
  });

  it('never quotes the file beyond the offending key in its messages', () => {
    const secret = 'SECRET-' + 'x'.repeat(500);
    const parsed = parseLexiconFile(`{"${secret}": 1, "drugs": [{"name": "${secret}", "${secret}": 2}, {"name": 3}], "targets": "${secret}"} ${secret}`);
    assert.ok(parsed.problems.length >= 4);
    for (const p of parsed.problems) assert.ok(!p.message.includes('x'.repeat(41)), p.message);
    // a user stem lexicon composes with the built-in one
    assert.ok(composeLexicon([manyStems(10, prng(4))]).stems.length > 10);
  });
});

describe('issue 17: the CLI', () => {
  let dir: string;
  beforeEach(() => { dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ba-cli17-'))); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finishes on a tree with a self-link and a two-link cycle, listing each file once', function () {
    this.timeout(60000);
    fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'a', 'one.txt'), 'mitazalimab ORR 40 %.');
    fs.writeFileSync(path.join(dir, 'a', 'b', 'two.md'), 'zanidatamab targets HER2.');
    fs.symlinkSync('.', path.join(dir, 'a', 'self'));                     // a -> a
    fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'a', 'b', 'up'));  // b -> a -> b
    fs.mkdirSync(path.join(dir, 'c'));
    fs.symlinkSync(path.join(dir, 'd'), path.join(dir, 'c', 'to-d'));     // c -> d -> c
    fs.mkdirSync(path.join(dir, 'd'));
    fs.symlinkSync(path.join(dir, 'c'), path.join(dir, 'd', 'to-c'));
    fs.writeFileSync(path.join(dir, 'd', 'three.txt'), 'pembrolizumab.');
    fs.symlinkSync(path.join(dir, 'a', 'one.txt'), path.join(dir, 'd', 'one-again.txt'));
    const r = cli(['scan', '--format', 'json', '.'], dir);
    assert.equal(r.signal, null, 'finished');
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    assert.deepEqual(paths, ['a/b/two.md', 'a/one.txt', 'c/to-d/three.txt']);
  });

  it('scans a file of 160,000 figures (exit 0 or 1, not an internal error)', function () {
    this.timeout(660000);
    fs.writeFileSync(path.join(dir, 'flood.txt'), '12% 34% 56% 78%\n'.repeat(40000));
    const r = cli(['scan', '--format', 'json', 'flood.txt'], dir, 600000);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.ok(JSON.parse(r.stdout).files[0].entities.length >= 160000);
  });

  it('reports an auto-loaded lexicon nested 10,000 deep on the file and scans on', function () {
    this.timeout(60000);
    fs.writeFileSync(path.join(dir, '.biotech-lexicon.json'), deepLexicon(10000));
    fs.writeFileSync(path.join(dir, 'extra.biotech-lexicon.json'), '{"drugs": [{"name": "zorbatinib", "brands": ["Zorbix"]}]}');
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Zorbix was given.');
    const r = cli(['scan', '--format', 'json', '--lexicon', 'extra.biotech-lexicon.json', 'a.txt'], dir);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.match(r.stderr, /^\.biotech-lexicon\.json:1:\d+ {2}error {2}Nested more than 32 levels deep/m);
    assert.ok(JSON.parse(r.stdout).files[0].entities.some((e: { name: string }) => e.name === 'zorbatinib'), 'the other lexicon is used');
  });
});
