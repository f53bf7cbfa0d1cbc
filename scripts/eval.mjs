// npm run eval: precision, recall and F1 per entity kind, and figure recall, precision, value and
// binding accuracy, on the hand-annotated corpus in test/eval/corpus (gold: X.gold.json beside X).
// Every number printed is measured here, each run.
//
// Matching: each gold mention is located in its document by searching forward for its text from
// the previous match of the same text. A prediction matches a gold mention of the same kind when
// their ranges overlap ("lenient"); "strict" also requires the same start and end. Matching is one
// to one, in document order.
//
// Value accuracy compares value and unit; units are compared case-insensitively with Greek mu read
// as the micro sign and "m2" as "m²". Dates compare their value (the year) only: the annotation
// guide fixed a date's value as its year and set no convention for a date's unit, which the tool
// uses for granularity (day, month, quarter, half-year, year). Gold endpoint names in bindings are
// free text, so they are read through the lexicon ("weight loss" -> "body weight change"); gold drugs
// are read through the document's own drug mentions, so a code name and its INN are one drug.
import { createRequire } from 'module';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

const require = createRequire(import.meta.url);
const { Analyzer, builtinLexicon } = require('../out/server/src/analysis/index.js');

const DIR = process.argv.find(a => a.startsWith('--corpus='))?.slice(9) ?? 'test/eval/corpus';
const VERBOSE = process.argv.includes('--verbose');
const JSON_OUT = process.argv.find(a => a.startsWith('--json='))?.slice(7);
const KINDS = ['drug', 'target', 'endpoint', 'indication', 'trial', 'company'];

if (!existsSync(DIR)) { console.error(`eval: no corpus at ${DIR}`); process.exit(2); }
const docs = readdirSync(DIR).filter(f => /\.(txt|md)$/.test(f) && f !== 'README.md' && existsSync(join(DIR, f.replace(/\.(txt|md)$/, '.gold.json')))).sort();
if (docs.length === 0) { console.error(`eval: no annotated documents in ${DIR}`); process.exit(2); }

const lexicon = builtinLexicon();
const analyzer = new Analyzer(lexicon);
// gold endpoint names are free text ("weight loss"); read them through the lexicon to its canonical names
const { tokenize } = require('../out/server/src/analysis/tokens.js');
const canonicalEndpoint = name => {
  if (lexicon.endpoints.has(name)) return name; // "CRS" is itself, not the plural of "CR"
  const m = lexicon.matchPhrases(name, tokenize(name)).find(x => x.entry.kind === 'endpoint' && x.start === 0 && x.end === name.length);
  return m ? m.entry.name : name;
};
const counts = Object.fromEntries([...KINDS, 'figure'].map(k => [k, { tp: 0, tpStrict: 0, fp: 0, fn: 0 }]));
const fig = { matched: 0, valueRight: 0, kindRight: 0, boundGold: 0, boundRight: 0 };
const problems = [];

function locate(text, items) {
  // gold mentions are listed in document order and do not overlap: each is searched for after the
  // previous one; an order slip falls back to the last match of the same text, and is reported
  const lastEnd = new Map();
  let cursor = 0;
  const out = [];
  for (const it of items) {
    let at = text.indexOf(it.text, cursor);
    if (at < 0) {
      at = text.indexOf(it.text, lastEnd.get(it.text) ?? 0);
      if (at >= 0) problems.push(`gold out of document order: ${JSON.stringify(it.text)}`);
    }
    if (at < 0) { problems.push(`gold text not found: ${JSON.stringify(it.text)}`); continue; }
    lastEnd.set(it.text, at + it.text.length);
    cursor = at + it.text.length;
    out.push({ ...it, start: at, end: at + it.text.length });
  }
  return out;
}

function match(gold, pred) {
  // one-to-one, greedy in document order over overlapping pairs of the same kind
  const used = new Set();
  const pairs = [];
  for (const g of gold) {
    let best = -1, bestScore = -1;
    for (let i = 0; i < pred.length; i++) {
      const p = pred[i];
      if (used.has(i) || p.kind !== g.kind || p.end <= g.start || p.start >= g.end) continue;
      const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (overlap > bestScore) { best = i; bestScore = overlap; }
    }
    if (best >= 0) { used.add(best); pairs.push([g, pred[best]]); }
  }
  return { pairs, unmatchedPred: pred.filter((_, i) => !used.has(i)) };
}

const sameValue = (a, b) => {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === 2 && sameValue(a[0], b[0]) && sameValue(a[1], b[1]);
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
};
const normUnit = u => String(u ?? '').replace(/\u03bc/g, '\u00b5').replace(/^mcg/, '\u00b5g').replace(/m2\b/g, 'm\u00b2').trim().toLowerCase();

for (const file of docs) {
  const text = readFileSync(join(DIR, file), 'utf8');
  const gold = JSON.parse(readFileSync(join(DIR, file.replace(/\.(txt|md)$/, '.gold.json')), 'utf8'));
  const model = analyzer.analyze(text);
  const goldEntities = locate(text, gold.entities ?? []);
  const goldFigures = locate(text, (gold.figures ?? []).map(f => ({ ...f, kind: 'figure' })));
  const predEntities = model.entities.filter(e => e.kind !== 'figure');
  const predFigures = model.entities.filter(e => e.kind === 'figure');
  const drugNames = new Map(model.entities.filter(e => e.kind === 'drug').map(e => [e.text.toLowerCase().replace(/\u2011/g, '-'), e.name]));

  for (const kind of KINDS) {
    const g = goldEntities.filter(e => e.kind === kind);
    const p = predEntities.filter(e => e.kind === kind);
    const { pairs, unmatchedPred } = match(g, p);
    const c = counts[kind];
    c.tp += pairs.length;
    c.tpStrict += pairs.filter(([a, b]) => a.start === b.start && a.end === b.end).length;
    c.fp += unmatchedPred.length;
    c.fn += g.length - pairs.length;
    if (VERBOSE) {
      const matchedGold = new Set(pairs.map(([a]) => a));
      for (const m of g.filter(x => !matchedGold.has(x))) console.log(`  miss  ${file}  ${kind}  ${JSON.stringify(m.text)}`);
      for (const m of unmatchedPred) console.log(`  extra ${file}  ${kind}  ${JSON.stringify(m.text)} -> ${m.name}`);
    }
  }
  const { pairs, unmatchedPred } = match(goldFigures, predFigures);
  const c = counts.figure;
  c.tp += pairs.length;
  c.tpStrict += pairs.filter(([a, b]) => a.start === b.start && a.end === b.end).length;
  c.fp += unmatchedPred.length;
  c.fn += goldFigures.length - pairs.length;
  for (const [g, p] of pairs) {
    fig.matched++;
    if (g.figureKind === p.figureKind) fig.kindRight++;
    const valueOk = sameValue(g.value, p.value) && (g.figureKind === 'date' ? p.figureKind === 'date' : normUnit(g.unit) === normUnit(p.unit));
    if (valueOk) fig.valueRight++;
    else if (VERBOSE) console.log(`  value ${file}  ${JSON.stringify(g.text)}  gold ${JSON.stringify(g.value)} ${g.unit}  got ${JSON.stringify(p.value)} ${p.unit}`);
    const fields = ['endpoint', 'drug', 'arm', 'timepoint'].filter(k => g[k] !== undefined);
    if (fields.length) {
      fig.boundGold++;
      const got = { endpoint: p.binding.endpoint, drug: p.binding.drug, arm: p.binding.arm, timepoint: p.binding.timepoint };
      if (g.endpoint !== undefined) g.endpoint = canonicalEndpoint(String(g.endpoint));
      // gold names a drug by any of its written forms ("SHB-101" or "imvotuzumab lefotecan"); the tool binds its canonical name
      if (g.drug !== undefined) g.drug = drugNames.get(String(g.drug).toLowerCase()) ?? g.drug;
      const ok = fields.every(k => String(got[k] ?? '').toLowerCase().replace(/\u03bc/g, '\u00b5') === String(g[k]).toLowerCase().replace(/\u03bc/g, '\u00b5'));
      if (ok) fig.boundRight++;
      else if (VERBOSE) console.log(`  bind  ${file}  ${JSON.stringify(g.text)}  gold ${JSON.stringify(Object.fromEntries(fields.map(k => [k, g[k]])))}  got ${JSON.stringify(got)}`);
    }
  }
  if (VERBOSE) {
    const matchedGold = new Set(pairs.map(([a]) => a));
    for (const m of goldFigures.filter(x => !matchedGold.has(x))) console.log(`  miss  ${file}  figure  ${JSON.stringify(m.text)}`);
    for (const m of unmatchedPred) console.log(`  extra ${file}  figure  ${JSON.stringify(m.text)}`);
  }
}

const prf = c => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const ps = c.tpStrict + c.fp + (c.tp - c.tpStrict) ? c.tpStrict / (c.tp + c.fp) : 1;
  const rs = c.tp + c.fn ? c.tpStrict / (c.tp + c.fn) : 1;
  const fs = ps + rs ? (2 * ps * rs) / (ps + rs) : 0;
  return { precision: p, recall: r, f1: f, strictF1: fs, gold: c.tp + c.fn, predicted: c.tp + c.fp };
};
const pct = x => x.toFixed(3);
console.log(`corpus: ${DIR} (${docs.length} documents)\n`);
console.log('kind          gold  pred  precision  recall     F1  strict F1');
const results = {};
for (const kind of [...KINDS, 'figure']) {
  const r = prf(counts[kind]);
  results[kind] = r;
  console.log(`${kind.padEnd(12)} ${String(r.gold).padStart(5)} ${String(r.predicted).padStart(5)}     ${pct(r.precision)}   ${pct(r.recall)}  ${pct(r.f1)}     ${pct(r.strictF1)}`);
}
const figures = {
  recall: results.figure.recall, precision: results.figure.precision,
  valueAccuracy: fig.matched ? fig.valueRight / fig.matched : 1,
  kindAccuracy: fig.matched ? fig.kindRight / fig.matched : 1,
  bindingAccuracy: fig.boundGold ? fig.boundRight / fig.boundGold : 1,
};
console.log(`\nfigures: recall ${pct(figures.recall)}, precision ${pct(figures.precision)}, value+unit right ${pct(figures.valueAccuracy)} of ${fig.matched} found, kind right ${pct(figures.kindAccuracy)}, binding right ${pct(figures.bindingAccuracy)} of ${fig.boundGold} with gold bindings`);

// ---- checks: recall over injected inconsistencies, false alarms on clean documents ----------------
const { runChecks } = require('../out/server/src/analysis/index.js');
const CHECKS_DIR = process.argv.find(a => a.startsWith('--checks='))?.slice(9) ?? 'test/eval/checks';
let checks;
if (existsSync(CHECKS_DIR)) {
  const files = readdirSync(CHECKS_DIR).filter(f => /\.(txt|md)$/.test(f) && f !== 'README.md' && existsSync(join(CHECKS_DIR, f.replace(/\.(txt|md)$/, '.findings.json')))).sort();
  const perCode = new Map();
  let cleanDocs = 0, falseAlarms = 0, extraInInjected = 0;
  const falseList = [];
  for (const file of files) {
    const text = readFileSync(join(CHECKS_DIR, file), 'utf8');
    const gold = JSON.parse(readFileSync(join(CHECKS_DIR, file.replace(/\.(txt|md)$/, '.findings.json')), 'utf8')).findings ?? [];
    const found = runChecks(analyzer.analyze(text));
    const used = new Set();
    for (const g of gold) {
      let at = -1;
      for (let k = 0, from = 0; k < (g.occurrence ?? 1); k++) { at = text.indexOf(g.text, from); if (at < 0) break; from = at + 1; }
      const c = perCode.get(g.code) ?? { gold: 0, hit: 0 };
      c.gold++;
      if (at < 0) { problems.push(`checks gold text not found: ${file} ${JSON.stringify(g.text)}`); perCode.set(g.code, c); continue; }
      const i = found.findIndex((f, idx) => !used.has(idx) && f.code === g.code && f.start < at + g.text.length + 2 && at - 2 < f.end);
      if (i >= 0) { used.add(i); c.hit++; } else if (VERBOSE) console.log(`  missed  ${file}  ${g.code}  ${JSON.stringify(g.text)}`);
      perCode.set(g.code, c);
    }
    // anything reported beyond the injections, with warning or error severity, is a false alarm
    const extra = found.filter((f, idx) => !used.has(idx) && (f.severity === 'error' || f.severity === 'warning'));
    if (gold.length === 0) { cleanDocs++; falseAlarms += extra.length; } else extraInInjected += extra.length;
    for (const f of extra) falseList.push(`${file}  ${f.code}  ${text.slice(f.start, f.end)}  ${f.message}`);
  }
  // the entity corpus is clean too: every document in it counts for false alarms
  for (const file of docs) {
    const found = runChecks(analyzer.analyze(readFileSync(join(DIR, file), 'utf8'))).filter(f => f.severity === 'error' || f.severity === 'warning');
    cleanDocs++; falseAlarms += found.length;
    for (const f of found) falseList.push(`${file}  ${f.code}  ${f.message}`);
  }
  const total = [...perCode.values()].reduce((a, c) => ({ gold: a.gold + c.gold, hit: a.hit + c.hit }), { gold: 0, hit: 0 });
  console.log(`\nchecks: ${files.length} documents in ${CHECKS_DIR}; clean documents: ${cleanDocs} (with the entity corpus)`);
  console.log('code                       injected  found  recall');
  for (const [code, c] of [...perCode].sort()) console.log(`${code.padEnd(26)} ${String(c.gold).padStart(8)} ${String(c.hit).padStart(6)}   ${pct(c.gold ? c.hit / c.gold : 1)}`);
  console.log(`${'all'.padEnd(26)} ${String(total.gold).padStart(8)} ${String(total.hit).padStart(6)}   ${pct(total.gold ? total.hit / total.gold : 1)}`);
  console.log(`false warnings or errors: ${falseAlarms} on ${cleanDocs} clean documents (${(falseAlarms / Math.max(1, cleanDocs) * 20).toFixed(2)} per 20 documents); beyond the injections in injected documents: ${extraInInjected}`);
  if (VERBOSE) for (const l of falseList) console.log(`  false   ${l}`);
  checks = { recall: total.gold ? total.hit / total.gold : 1, perCode: Object.fromEntries(perCode), cleanDocuments: cleanDocs, falseAlarms };
}
if (problems.length) { console.log(`\n${problems.length} gold annotation problem(s):`); for (const p of problems.slice(0, 20)) console.log('  ' + p); }
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify({ documents: docs.length, entities: results, figures, checks }, null, 2) + '\n');
