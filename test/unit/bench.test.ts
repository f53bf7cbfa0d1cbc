/**
 * The pure helpers of `npm run bench` (scripts/bench/lib.mjs): percentiles, the document builder,
 * positions, where it types and hovers, and its command line. Nothing here is timed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

const ROOT = path.resolve(__dirname, '..', '..', '..');
// a runtime path, so that tsc leaves the ES module to Node
const LIB = pathToFileURL(path.join(ROOT, 'scripts', 'bench', 'lib.mjs')).href;

let lib: any;

describe('bench helpers', () => {
  before(async () => { lib = await import(LIB); });

  it('takes percentiles by nearest rank, without reordering the samples', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    assert.equal(lib.percentile(samples, 50), 5);
    assert.equal(lib.percentile(samples, 95), 10);
    assert.equal(lib.percentile(samples, 90), 9);
    assert.equal(lib.percentile(samples, 0), 1);
    assert.equal(lib.percentile(samples, 100), 10);
    assert.deepEqual(samples, [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]);
    assert.equal(lib.percentile([7], 95), 7);
    assert.ok(Number.isNaN(lib.percentile([], 50)));
    assert.equal(lib.median([3, 1, 2]), 2);
  });

  it('builds a document of at least the size asked, less than a line over, no two copies alike', () => {
    const seeds = ['Trial A enrolled 40 patients.\nThe rate was 12 percent at week 8.\n', 'Drug B was dosed at 3 mg/kg.\nNo events at day 15.\n'];
    for (const target of [1, 100, 1000, 5000]) {
      const { text, next } = lib.buildDocument(seeds, target);
      assert.ok(text.length >= target, `${text.length} < ${target}`);
      assert.ok(text.length < target + 60, `${text.length} is more than a line over ${target}`);
      assert.ok(next > 0);
    }
    const { text } = lib.buildDocument(seeds, 2000);
    const copies = text.split(/\n\nSection \d+\.\n\n/).filter((s: string) => s.length > 0);
    assert.ok(copies.length > 4);
    assert.equal(new Set(copies).size, copies.length, 'a copy repeats');
    // the numbering continues from `start`: a second document shares no copy with the first
    const first = lib.buildDocument(seeds, 500);
    const second = lib.buildDocument(seeds, 500, first.next);
    assert.ok(!second.text.includes(first.text.slice(0, 60)));
    assert.throws(() => lib.buildDocument([], 10));
  });

  it('maps offsets to LSP positions and back, across \\n, \\r\\n and \\r', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const starts = lib.lineStarts(text);
    assert.deepEqual(starts, [0, 3, 7, 10]);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // between \r and \n is no position of its own
      assert.equal(lib.offsetAt(starts, lib.positionAt(starts, offset)), offset, `offset ${offset}`);
    }
    assert.deepEqual(lib.positionAt(starts, 8), { line: 2, character: 1 });
  });

  it('types inside a word of prose at or after the middle, not in a table row or a short line', () => {
    const prose = 'The company reported that enrolment continued steadily across all participating centres in the region.';
    const text = `${'| a | b | header cells |\n'.repeat(4)}short line here\n| figures appear inside this long table row cell | more cells |\n${prose}\n`;
    const at = lib.editPoint(text, 0);
    const word = /[a-z]+$/.exec(text.slice(0, at))![0] + /^[a-z]+/.exec(text.slice(at))![0];
    assert.equal(text.slice(0, at).split('\n').length - 1, 6, 'typed on the prose line');
    assert.ok(word.length >= 6 && /^[a-z]+$/.test(word), word);
    assert.equal(at - text.indexOf(word), 3);
    assert.equal(lib.editPoint('no prose'), 4);
  });

  it('finds whole-word occurrences and spreads a sample evenly', () => {
    const text = 'zelbotamab and zelbotamabs, then Zelbotamab; zelbotamab.';
    assert.deepEqual(lib.occurrences(text, ['zelbotamab', 'zelbotamab']), [0, 45]);
    assert.deepEqual(lib.spread([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5), [1, 3, 5, 7, 9]);
    assert.deepEqual(lib.spread([1, 2], 5), [1, 2]);
  });

  it('counts Unicode words in the regex pass', () => {
    assert.equal(lib.regexPass('Größe 12,5 µg/kg – naïve'), 6);
  });

  it('reads the command line, and refuses what it does not know', () => {
    assert.deepEqual(lib.parseArgs([]), { sizes: ['20k', '100k', '1m', '10mb'], edits: 50, hovers: 100, json: false, core: false });
    assert.deepEqual(lib.parseArgs(['--sizes=20K,100k', '--edits=40', '--json']), { sizes: ['20k', '100k'], edits: 40, hovers: 100, json: true, core: false });
    assert.equal(lib.parseArgs(['--core']).core, true);
    for (const bad of [['--sizes=2g'], ['--sizes='], ['--edits=0'], ['--edits=x'], ['--frobnicate'], ['--json=1']]) assert.throws(() => lib.parseArgs(bad), /usage/, bad.join(' '));
  });

  it('lays a table out in padded columns', () => {
    assert.deepEqual(lib.table([['a', 'bb'], ['ccc', 'd']]), ['a    bb', 'ccc   d']);
  });

  it('reads the Node options of a script\'s shebang', () => {
    const rows: [string, string[]][] = [
      ['#!/usr/bin/env -S node --max-semi-space-size=4', ['--max-semi-space-size=4']],
      ['#!/usr/bin/env -S node --max-semi-space-size=4 --stack-size=900 ', ['--max-semi-space-size=4', '--stack-size=900']],
      ['#!/usr/bin/env node', []],
      ['#!/bin/sh', []],
      ['\'use strict\';', []],
      ['#!/usr/bin/env -S MALLOC_ARENA_MAX=1 node --max-semi-space-size=4', ['--max-semi-space-size=4']],
      ['#!/usr/bin/env -S FOO node --x', []],
    ];
    for (const [line, flags] of rows) assert.deepEqual(lib.shebangNodeFlags(line), flags, line);
  });

  it('reads the environment a script\'s shebang sets', () => {
    const rows: [string, Record<string, string>][] = [
      ['#!/usr/bin/env -S MALLOC_ARENA_MAX=1 node --max-semi-space-size=4', { MALLOC_ARENA_MAX: '1' }],
      ['#!/usr/bin/env -S A=1 B=two node', { A: '1', B: 'two' }],
      ['#!/usr/bin/env -S node --max-semi-space-size=4', {}],
      ['#!/usr/bin/env node', {}],
    ];
    for (const [line, env] of rows) assert.deepEqual(lib.shebangEnv(line), env, line);
  });

  it('starts the server with the V8 flags of the VS Code client, from the bin\'s shebang', () => {
    const bin = fs.readFileSync(path.join(ROOT, 'bin', 'biotech-annotator-ls.js'), 'utf8').split('\n', 1)[0];
    const client = /const SERVER_V8_FLAGS = (\[[^\]]*\]);/.exec(fs.readFileSync(path.join(ROOT, 'client', 'src', 'node', 'extension.ts'), 'utf8'));
    assert.ok(client, 'SERVER_V8_FLAGS in client/src/node/extension.ts');
    const flags = JSON.parse(client[1].replace(/'/g, '"'));
    assert.ok(flags.length > 0);
    assert.deepEqual(lib.shebangNodeFlags(bin), flags);
    const env = /const SERVER_ENV: Record<string, string> = (\{[^}]*\});/.exec(fs.readFileSync(path.join(ROOT, 'client', 'src', 'node', 'extension.ts'), 'utf8'));
    assert.ok(env, 'SERVER_ENV in client/src/node/extension.ts');
    assert.deepEqual(lib.shebangEnv(bin), JSON.parse(env[1].replace(/'/g, '"').replace(/(\w+):/g, '"$1":')));
  });
});
