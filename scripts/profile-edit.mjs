// Where an edit's time goes: builds the bench document (BENCH_BYTES, default 1 MB), analyses it,
// then makes one-character edits, each followed by an analysis and the checks, and prints the
// median time of every document-wide pass and every check (the blocks' steps split into the first step, which
// normalises and reads the structure, the blocks recognised afresh, and the rest). Run under `node --cpu-prof` for a profile.
//
//   node scripts/profile-edit.mjs [--bytes=20000] [--edits=5] [--markdown] [--typing] [--profile=edits.cpuprofile] [--passes[=N]] [--v8-defaults]
//
// The edits insert an "x" after " the " at 30 %, 40 %, ... of the document (past its end: at its start); --typing types
// instead as the bench does (scripts/bench.mjs): one character after another into one word of prose past the middle
// (bench/lib.mjs editPoint), so every edit re-reads that word's block (at 100 KB and 1 MB one of about 4,000 characters).
//
// V8 runs as the Node server sets it at start (regexpTier.ts, optimizerTier.ts); --v8-defaults leaves V8's own settings.
//
// --profile writes a CPU profile of the edits only (not of the cold analysis before them).
// --passes samples the edits the same way and lists the N (default 30) functions of the analysis and
// the checks by their inclusive time per edit: the passes by cost, named (the steps above are numbered).
import { createRequire } from 'module';
import { readdirSync, readFileSync } from 'fs';
import { performance } from 'perf_hooks';
import { join } from 'path';
import { buildDocument, editPoint } from './bench/lib.mjs';
import { ROOT } from './bench/lsp.mjs';
import { Session } from 'inspector';
import { loadavg } from 'os';
import { writeFileSync } from 'fs';

const require = createRequire(import.meta.url);
// V8 as the Node server sets it at start (its regular expressions compiled at once, TurboFan for hot functions only:
// server/src/node/regexpTier.ts, optimizerTier.ts), unless --v8-defaults asks for V8's own settings
if (!process.argv.includes('--v8-defaults')) {
  require('../out/server/src/node/regexpTier.js').compileRegExpsAtOnce();
  require('../out/server/src/node/optimizerTier.js').optimiseOnlyHotFunctions();
}
const { Analyzer, DocumentBlocks, builtinLexicon } = require('../out/server/src/analysis/index.js');
const checks = require('../out/server/src/analysis/checks/index.js');

const arg = (name, dflt) => { const a = process.argv.find(x => x.startsWith(`--${name}=`)); return a ? a.slice(name.length + 3) : dflt; };
const bytes = Number(arg('bytes', process.env.BENCH_BYTES ?? 1_000_000));
const edits = Number(arg('edits', 5));
const format = process.argv.includes('--markdown') ? 'markdown' : 'plaintext';
const seeds = readdirSync(join(ROOT, 'seeds')).filter(f => /\.(txt|md)$/.test(f)).sort().map(f => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
let doc = buildDocument(seeds, bytes).text;

const lexicon = builtinLexicon();
const analyzer = new Analyzer(lexicon);
const own = new DocumentBlocks();

/** Times each step of a generator: step k's time is added under the label the step counter gives. */
function timedSteps(gen, bucket) {
  const steps = [];
  for (;;) {
    const t0 = performance.now();
    const r = gen.next();
    steps.push(performance.now() - t0);
    if (r.done) { bucket.push(steps); return r.value; }
  }
}

const analyseSteps = [], checkTimes = [], totals = [];
/** Per edit, how many blocks were recognised afresh (neither the document's own blocks nor the shared cache had them). */
const freshBlocks = [];
let cpu0;
const cold = performance.now();
let model = analyzer.analyze(doc, undefined, format, own);
checks.runChecks(model);
console.log(`document ${doc.length} chars; cold analyse+checks ${(performance.now() - cold).toFixed(0)} ms`);
const profileTo = arg('profile', '');
const passesArg = process.argv.find(x => x === '--passes' || x.startsWith('--passes='));
const passes = passesArg ? Number(passesArg.split('=')[1] ?? 30) : 0;
const session = profileTo || passes ? new Session() : undefined;
const post = (m, p) => new Promise((res, rej) => session.post(m, p, (e, r) => (e ? rej(e) : res(r))));
if (session) { session.connect(); await post('Profiler.enable'); await post('Profiler.setSamplingInterval', { interval: 200 }); await post('Profiler.start'); }
const typing = process.argv.includes('--typing');
const typedAt = typing ? editPoint(doc) : 0;
const TYPED = 'and the investigators noted durable responses across the cohorts ';
for (let k = 0; k < edits; k++) {
  if (typing) doc = doc.slice(0, typedAt + k) + TYPED[k % TYPED.length] + doc.slice(typedAt + k);
  else {
    const at = doc.indexOf(' the ', Math.floor(doc.length * (0.3 + 0.1 * k)));
    doc = doc.slice(0, at + 1) + 'x' + doc.slice(at + 1);
  }
  cpu0 = process.cpuUsage();
  const misses0 = analyzer.stats.cacheMisses;
  const t0 = performance.now();
  model = timedSteps(analyzer.steps(doc, format, own), analyseSteps);
  freshBlocks.push(analyzer.stats.cacheMisses - misses0);
  const t1 = performance.now();
  const stepTimes = [];
  timedSteps(checks.checkSteps(model), stepTimes);
  const t2 = performance.now();
  checkTimes.push(checks.CHECKS.map((c, i) => [c.code, stepTimes[0][i]]));
  const cpu = process.cpuUsage(cpu0);
  totals.push({ analyse: t1 - t0, checks: t2 - t1, cpu: (cpu.user + cpu.system) / 1000 });
}
let sampled;
if (session) { ({ profile: sampled } = await post('Profiler.stop')); if (profileTo) writeFileSync(profileTo, JSON.stringify(sampled)); session.disconnect(); }
const med = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(`per edit (median of ${edits}): analyse ${med(totals.map(t => t.analyse)).toFixed(1)} ms, checks ${med(totals.map(t => t.checks)).toFixed(1)} ms, CPU ${med(totals.map(t => t.cpu)).toFixed(1)} ms (least ${Math.min(...totals.map(t => t.cpu)).toFixed(1)}, load ${loadavg()[0].toFixed(2)})`);
// the last steps of the analysis are the document-wide passes (after the blocks)
const n = analyseSteps[0].length;
const tail = 20;
const blocks = med(analyseSteps.map(s => s.slice(0, Math.max(0, s.length - tail)).reduce((a, b) => a + b, 0)));
console.log(`  blocks (${n - tail} steps) ${blocks.toFixed(1)} ms`);
// of which: the first step (normalising, the structure's reading, the split into blocks), the blocks recognised afresh
// (taken as the slowest block steps, as many as the analyzer's cache missed), and the rest: the unchanged blocks' steps
// and the link's merge of every block's results
const parts = analyseSteps.map((s, k) => {
  const steps = s.slice(1, Math.max(1, s.length - tail)).sort((a, b) => b - a);
  const fresh = steps.slice(0, freshBlocks[k]).reduce((a, b) => a + b, 0);
  return { first: s[0], fresh, rest: steps.reduce((a, b) => a + b, 0) - fresh };
});
console.log(`    first step (normalise, structure, split) ${med(parts.map(p => p.first)).toFixed(1)} ms; ${med(freshBlocks)} block(s) recognised afresh ${med(parts.map(p => p.fresh)).toFixed(1)} ms; unchanged blocks and the merge ${med(parts.map(p => p.rest)).toFixed(1)} ms`);
for (let i = Math.max(0, n - tail); i < n; i++) {
  const v = med(analyseSteps.map(s => s[s.length - (n - i)] ?? 0));
  if (v > 0.5) console.log(`  step -${n - i}: ${v.toFixed(1)} ms`);
}
for (let c = 0; c < checks.CHECKS.length; c++) {
  const v = med(checkTimes.map(p => p[c][1]));
  console.log(`  check ${checkTimes[0][c][0].padEnd(28)} ${v.toFixed(1)} ms`);
}

if (passes && sampled) {
  // inclusive time of each function of out/server (a function counted once per sample however deep it recurses)
  const byId = new Map(sampled.nodes.map(n => [n.id, n]));
  const parent = new Map();
  for (const n of sampled.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  for (let i = 0; i < sampled.samples.length; i++) {
    const d = sampled.timeDeltas[i] ?? 0;
    const seen = new Set();
    for (let id = sampled.samples[i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id).callFrame;
      if (!/out\/server\/src\//.test(f.url)) continue;
      const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*out\/server\/src\//, '')}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + d);
    }
  }
  console.log(`passes by inclusive CPU per edit (sampled; out/ lines):`);
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, passes)) console.log(`  ${(v / 1000 / edits).toFixed(1).padStart(7)} ms  ${k}`);
}
