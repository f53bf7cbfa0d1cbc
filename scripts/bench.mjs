// npm run bench: the figures of issue #16, measured over LSP as an editor uses the server. For each
// size (20 KB, 100 KB, 1 MB) a document built from the seeds (every copy's numbers varied, so no
// block repeats and no cache flatters) is written alone to a temporary workspace folder, and a fresh
// server (bin/biotech-annotator-ls.js --stdio) is started on that folder: its RSS with nothing open,
// the time from didOpen to the pulled diagnostics, hovers on entity words, then characters typed one
// at a time inside a word of prose, the diagnostics pulled after each. Then a 10 MB workspace: the
// time until its index is complete, and edits on an open 20 KB document while it is built against
// edits once it is. Each figure is set beside a Unicode word-regex pass over the same text, timed in
// this process in the same run. Prints one table and the targets with PASS/FAIL; asserts nothing.
//
//   npm run bench -- [--sizes=20k,100k,1m,10mb] [--edits=N] [--hovers=N] [--json] [--core]
//
// --core runs the in-process timings instead (scripts/bench/core.mjs): where the time goes inside
// the analysis. Temporary folders are removed and servers killed on exit, error or interrupt.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { cpus, loadavg, tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { performance } from 'perf_hooks';
import {
  buildDocument, editPoint, fmt, lineStarts, median, occurrences, offsetAt, parseArgs, percentile, positionAt, regexPass, SIZES, spread, table, TARGETS,
} from './bench/lib.mjs';
import { Client, live, ROOT, SERVER_FLAGS } from './bench/lsp.mjs';

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (err) {
  console.error(err.message);
  process.exit(2);
}

/** Waits (ms): generous, since other processes may share the cores; each says what it waited for when it runs out. */
const WAIT = { start: 30_000, index: 180_000, open: 180_000, request: 60_000 };
/** Invented text typed into the document, one character at a time (no digits: it adds no figures). */
const TYPED = 'and the investigators noted durable responses across the cohorts ';
const SETTLE_MS = 1000;

const dirs = new Set();
function cleanup() {
  for (const c of [...live]) c.kill();
  for (const d of dirs) { try { rmSync(d, { recursive: true, force: true }); } catch { /* best effort */ } }
  dirs.clear();
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => { cleanup(); process.exit(130); });

const say = (...a) => console.error(...a);
const sleep = ms => new Promise(r => setTimeout(r, ms));
const MB = b => (b === undefined ? undefined : b / (1024 * 1024));
const label = { '20k': '20 KB', '100k': '100 KB', '1m': '1 MB' };

const seedDir = join(ROOT, 'seeds');
const seeds = readdirSync(seedDir).filter(f => /\.(txt|md)$/.test(f)).sort().map(f => readFileSync(join(seedDir, f), 'utf8'));

/** The regex pass: the median of at least 7 timed runs (more on small texts, up to half a second of them), after one untimed. */
function regexBaseline(text) {
  regexPass(text);
  const samples = [];
  for (let spent = 0; samples.length < 7 || (spent < 500 && samples.length < 201);) {
    const t0 = performance.now();
    regexPass(text);
    samples.push(performance.now() - t0);
    spent += samples[samples.length - 1];
  }
  return median(samples);
}

function tempFolder(tag) {
  const dir = mkdtempSync(join(tmpdir(), `biotech-bench-${tag}-`));
  dirs.add(dir);
  return dir;
}
function removeFolder(dir) {
  rmSync(dir, { recursive: true, force: true });
  dirs.delete(dir);
}

/**
 * Types `n` characters one at a time at `at` (an offset of `text`), pulling the diagnostics after
 * each and timing from the change sent to the diagnostics received. `until`, when given, stops the
 * typing as soon as it says so (checked before each character). Returns the latencies and the text.
 */
async function type(c, uri, text, at, n, until) {
  const start = positionAt(lineStarts(text), at);
  const samples = [];
  let current = text;
  for (let k = 0; k < n; k++) {
    if (until?.()) break;
    const ch = TYPED[k % TYPED.length];
    const pos = { line: start.line, character: start.character + k };
    const change = c.incremental ? { range: { start: pos, end: pos }, text: ch } : undefined;
    current = current.slice(0, at + k) + ch + current.slice(at + k);
    const t0 = performance.now();
    await c.change(uri, change ?? { text: current });
    await c.diagnostics(uri, WAIT.request);
    const t1 = performance.now();
    samples.push({ ms: t1 - t0, end: t1 });
  }
  return { samples, text: current };
}

async function measureDocument(size) {
  const { text } = buildDocument(seeds, SIZES[size]);
  const regexMs = regexBaseline(text);
  const dir = tempFolder(size);
  const file = join(dir, 'document.txt');
  writeFileSync(file, text);
  // the background index leaves the document alone (as a user's git-ignored file): otherwise it
  // would analyse it from disk before the bench opens it, and the block cache would answer the open
  writeFileSync(join(dir, '.gitignore'), 'document.txt\n');
  const uri = pathToFileURL(file).href;
  say(`${label[size]}: ${text.length} characters; starting the server`);
  const c = new Client(dir);
  try {
    await c.initialize(WAIT.start);
    await c.waitFor(e => e.method === 'biotechAnnotator/indexUpdated', WAIT.index, 'the end of the (empty) workspace index', true);
    await sleep(SETTLE_MS);
    const idle = c.rss();

    say(`${label[size]}: cold open`);
    const cpu0 = c.cpuMs();
    const t0 = performance.now();
    await c.open(uri, text);
    const diagnostics = await c.diagnostics(uri, WAIT.open);
    const coldMs = performance.now() - t0;
    const coldCpuMs = c.cpuMs() - cpu0;
    const open = c.rss();

    // hovers on drug and target words: the outline names them, their mentions are found in the text
    const symbols = await c.request('textDocument/documentSymbol', { textDocument: { uri } }, WAIT.request) ?? [];
    const starts = lineStarts(text);
    const words = [];
    for (const group of symbols) {
      if (group.name !== 'Drugs' && group.name !== 'Targets') continue;
      for (const s of group.children ?? []) words.push(text.slice(offsetAt(starts, s.selectionRange.start), offsetAt(starts, s.selectionRange.end)));
    }
    const targets = spread(occurrences(text, words), opts.hovers);
    say(`${label[size]}: ${targets.length} hovers on ${new Set(words).size} drug and target words`);
    const hoverMs = [];
    let hits = 0;
    for (const at of targets) {
      const h0 = performance.now();
      const r = await c.request('textDocument/hover', { textDocument: { uri }, position: positionAt(starts, at + 1) }, WAIT.request);
      hoverMs.push(performance.now() - h0);
      if (r) hits++;
    }

    say(`${label[size]}: typing ${opts.edits} characters`);
    const cpu1 = c.cpuMs();
    const { samples } = await type(c, uri, text, editPoint(text), opts.edits);
    const editMs = samples.map(s => s.ms);
    const editCpuMs = (c.cpuMs() - cpu1) / editMs.length;
    const after = c.rss();
    return {
      size, label: label[size], chars: text.length, regexMs, coldMs, coldRatio: coldMs / regexMs, coldCpuMs, diagnostics: diagnostics.length,
      sync: c.incremental ? 'incremental' : 'full',
      edit: { n: editMs.length, p50: percentile(editMs, 50), p95: percentile(editMs, 95), max: Math.max(...editMs), cpuMsEach: editCpuMs },
      hover: { n: hoverMs.length, answered: hits, p50: percentile(hoverMs, 50), p95: percentile(hoverMs, 95) },
      rssMB: { idle: MB(idle.rss), open: MB(open.rss), afterEdits: MB(after.rss), peak: MB(after.peak) },
    };
  } finally {
    await c.stop();
    removeFolder(dir);
  }
}

/** A folder of about 10 M characters in files of 20–50 KB (25 a subfolder), and a 20 KB document to open in it. */
function buildWorkspace() {
  const dir = tempFolder('10mb');
  let next = 0, chars = 0, files = 0;
  while (chars < 10_000_000) {
    const size = 20_000 + ((files * 7919) % 30_000);
    const doc = buildDocument(seeds, size, next);
    next = doc.next;
    const sub = join(dir, `folder-${String(Math.floor(files / 25)).padStart(2, '0')}`);
    if (files % 25 === 0) mkdirSync(sub);
    writeFileSync(join(sub, `report-${String(files).padStart(4, '0')}.txt`), doc.text);
    chars += doc.text.length;
    files++;
  }
  const open = buildDocument(seeds, SIZES['20k'], next).text;
  const openFile = join(dir, 'open.txt');
  writeFileSync(openFile, open);
  return { dir, files: files + 1, chars: chars + open.length, open, openUri: pathToFileURL(openFile).href };
}

async function measureWorkspace() {
  const ws = buildWorkspace();
  const regexMs = regexBaseline(readdirSync(ws.dir, { recursive: true }).filter(f => f.endsWith('.txt')).map(f => readFileSync(join(ws.dir, f), 'utf8')).join('\n'));
  try {
    // 1. the index alone: from initialized to the server's indexUpdated notification
    say(`10 MB workspace: ${ws.files} files, ${ws.chars} characters; indexing`);
    let c = new Client(ws.dir);
    let indexMs, progressMs, documents, rssIndexed, indexCpuMs;
    try {
      const t0 = await c.initialize(WAIT.start);
      const cpu0 = c.cpuMs();
      const done = await c.waitFor(e => e.method === 'biotechAnnotator/indexUpdated', WAIT.index, 'the end of the workspace index (biotechAnnotator/indexUpdated)', true);
      indexMs = done.t - t0;
      indexCpuMs = c.cpuMs() - cpu0;
      documents = done.params?.documents;
      const begin = c.events.find(e => e.method === '$/progress' && e.params?.value?.kind === 'begin');
      const end = c.events.find(e => e.method === '$/progress' && e.params?.value?.kind === 'end');
      progressMs = begin && end ? end.t - begin.t : undefined;
      await sleep(SETTLE_MS);
      rssIndexed = c.rss();
    } finally {
      await c.stop();
    }

    // 2. typing in an open 20 KB document while the index is built, then once it is
    say('10 MB workspace: typing while it indexes');
    c = new Client(ws.dir);
    try {
      const t0 = await c.initialize(WAIT.start);
      await c.waitFor(e => e.method === '$/progress' && e.params?.value?.kind === 'begin', WAIT.index, 'the workspace index to begin ($/progress begin)', true);
      const indexed = () => c.events.find(e => e.method === 'biotechAnnotator/indexUpdated');
      await c.open(ws.openUri, ws.open);
      await c.diagnostics(ws.openUri, WAIT.open);
      const at = editPoint(ws.open);
      const during = await type(c, ws.openUri, ws.open, at, 5000, indexed);
      const doneEvent = indexed() ?? await c.waitFor(e => e.method === 'biotechAnnotator/indexUpdated', WAIT.index, 'the end of the workspace index', true);
      // an edit counts as typed during the index when its diagnostics came before the index ended
      const whileMs = during.samples.filter(s => s.end <= doneEvent.t).map(s => s.ms);
      await sleep(SETTLE_MS);
      say('10 MB workspace: typing once it is indexed');
      const idle = await type(c, ws.openUri, during.text, at + during.samples.length, opts.edits);
      const idleMs = idle.samples.map(s => s.ms);
      const p95While = percentile(whileMs, 95), p95Idle = percentile(idleMs, 95);
      return {
        files: ws.files, chars: ws.chars, regexMs, indexMs, indexCpuMs, progressMs, documents, rssIndexedMB: MB(rssIndexed.rss), peakIndexedMB: MB(rssIndexed.peak),
        indexMsWhileTyping: doneEvent.t - t0,
        editWhileIndexing: { n: whileMs.length, p50: percentile(whileMs, 50), p95: p95While },
        editIdle: { n: idleMs.length, p50: percentile(idleMs, 50), p95: p95Idle },
        ratio: p95While / p95Idle,
      };
    } finally {
      await c.stop();
    }
  } finally {
    removeFolder(ws.dir);
  }
}

function verdicts(docs, ws) {
  const by = Object.fromEntries(docs.map(d => [d.size, d]));
  const out = [];
  const add = (name, target, measured, unit, pass) => out.push({ name, target, measured, unit, pass: measured === undefined || Number.isNaN(measured) ? undefined : pass(measured) });
  for (const s of ['20k', '100k', '1m']) add(`edit -> diagnostics p95, ${label[s]}`, TARGETS.editP95[s], by[s]?.edit.p95, 'ms', m => m <= TARGETS.editP95[s]);
  add('cold open -> diagnostics, 1 MB (x regex pass)', TARGETS.coldOpenRatio1m, by['1m']?.coldRatio, 'x', m => m <= TARGETS.coldOpenRatio1m);
  add('hover p95, 1 MB', TARGETS.hoverP95_1m, by['1m']?.hover.p95, 'ms', m => m <= TARGETS.hoverP95_1m);
  add('RSS, nothing open (1 MB server, before its open)', TARGETS.rssIdleMB, by['1m']?.rssMB.idle, 'MB', m => m <= TARGETS.rssIdleMB);
  add('RSS, 1 MB open', TARGETS.rssOpen1mMB, by['1m']?.rssMB.open, 'MB', m => m <= TARGETS.rssOpen1mMB);
  add('10 MB workspace indexed', TARGETS.indexSeconds10mb, ws ? ws.indexMs / 1000 : undefined, 's', m => m <= TARGETS.indexSeconds10mb);
  add('edit p95 while indexing / idle', TARGETS.editWhileIndexingRatio, ws?.ratio, 'x', m => m <= TARGETS.editWhileIndexingRatio);
  return out;
}

function report(result) {
  const { docs, ws, machine } = result;
  const lines = [];
  lines.push(`Biotech Annotator over LSP: node ${machine.node}, ${machine.cpus} cores, load average ${machine.loadBefore.map(l => l.toFixed(2)).join(' ')} before, ${machine.loadAfter.map(l => l.toFixed(2)).join(' ')} after`);
  lines.push(`server: node ${[...SERVER_FLAGS, 'bin/biotech-annotator-ls.js'].join(' ')} --stdio (the flags of the bin's shebang, as the VS Code client passes them)`);
  lines.push(`pulled diagnostics (textDocument/diagnostic), ${docs[0]?.sync ?? 'incremental'} sync, ${opts.edits} characters typed one at a time, ${opts.hovers} hovers; times in ms, RSS in MB;`);
  lines.push('"its CPU" and "CPU/edit": the server\'s own CPU time (user + system) for the open, and for one edit on average, which other processes on the same cores hardly change');
  lines.push('');
  if (docs.length) {
    const rows = [['document', 'characters', 'regex pass', 'cold open -> diagnostics', 'x regex', 'its CPU', 'edit p50', 'edit p95', 'CPU/edit', 'hover p95', 'RSS idle', 'RSS open', 'RSS peak']];
    for (const d of docs) {
      rows.push([d.label, d.chars.toLocaleString('en-US'), fmt(d.regexMs, 2), fmt(d.coldMs, 0), `${fmt(d.coldRatio, 0)}x`, fmt(d.coldCpuMs, 0), fmt(d.edit.p50), fmt(d.edit.p95), fmt(d.edit.cpuMsEach, 0), fmt(d.hover.p95, 2),
        fmt(d.rssMB.idle, 0), fmt(d.rssMB.open, 0), fmt(d.rssMB.peak, 0)]);
    }
    lines.push(...table(rows));
    for (const d of docs) if (d.hover.answered < d.hover.n) lines.push(`  (${d.label}: ${d.hover.n - d.hover.answered} of ${d.hover.n} hovers answered nothing)`);
  }
  if (ws) {
    lines.push('');
    lines.push(`10 MB workspace: ${ws.files} files, ${ws.chars.toLocaleString('en-US')} characters (regex pass ${fmt(ws.regexMs, 0)} ms): indexed in ${fmt(ws.indexMs / 1000, 2)} s from initialized, ${fmt(ws.indexCpuMs / 1000, 2)} s of server CPU `
      + `(progress begin to end ${fmt(ws.progressMs / 1000, 2)} s; ${ws.documents} documents), RSS ${fmt(ws.rssIndexedMB, 0)} MB once indexed (peak ${fmt(ws.peakIndexedMB, 0)} MB)`);
    lines.push(`  edit on an open 20 KB document, p50 / p95: ${fmt(ws.editWhileIndexing.p50)} / ${fmt(ws.editWhileIndexing.p95)} ms while it indexes (${ws.editWhileIndexing.n} edits; the index then took ${fmt(ws.indexMsWhileTyping / 1000, 2)} s), `
      + `${fmt(ws.editIdle.p50)} / ${fmt(ws.editIdle.p95)} ms once indexed (${ws.editIdle.n} edits): ${fmt(ws.ratio, 2)}x`);
    if (ws.editWhileIndexing.n < 10) lines.push(`  (only ${ws.editWhileIndexing.n} edits fell within the index: the ratio says little)`);
  }
  lines.push('');
  const rows = [['target (#16)', 'target', 'measured', '']];
  for (const v of result.targets) rows.push([v.name, `<= ${v.target} ${v.unit}`, v.measured === undefined ? 'not run' : `${fmt(v.measured, v.unit === 'x' ? 1 : v.unit === 's' ? 2 : 1)} ${v.unit}`, v.pass === undefined ? '' : v.pass ? 'PASS' : 'FAIL']);
  lines.push(...table(rows));
  return lines.join('\n');
}

async function main() {
  if (opts.core) {
    await import('./bench/core.mjs');
    return;
  }
  const machine = { node: process.version, cpus: cpus().length, loadBefore: loadavg(), loadAfter: [] };
  const docs = [];
  for (const size of ['20k', '100k', '1m']) if (opts.sizes.includes(size)) docs.push(await measureDocument(size));
  const ws = opts.sizes.includes('10mb') ? await measureWorkspace() : undefined;
  machine.loadAfter = loadavg();
  const result = { machine, options: { sizes: opts.sizes, edits: opts.edits, hovers: opts.hovers }, docs, ws };
  result.targets = verdicts(docs, ws);
  console.log(opts.json ? JSON.stringify(result, null, 2) : report(result));
}

main().then(() => { cleanup(); process.exit(0); }, err => {
  console.error(`bench failed: ${err instanceof Error ? err.message : err}`);
  cleanup();
  process.exit(1);
});
