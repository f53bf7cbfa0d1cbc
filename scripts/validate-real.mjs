// Validates real-corpus files: node scripts/validate-real.mjs DIR [DIR...]
// For each document: first line "SOURCE: <address>"; its NAME.gold.json parses, lists entities and
// figures whose texts are found in document order; each injected copy NAME.injK.* has a findings
// file whose texts occur in the copy, and the copy differs from its original.
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { withoutSource, wordAt } from './goldText.mjs';

const KINDS = new Set(['drug', 'target', 'endpoint', 'indication', 'trial', 'company']);
const FIGURE_KINDS = new Set(['percent', 'duration', 'dose', 'money', 'count', 'ratio', 'pvalue', 'ci', 'date', 'other']);
const CODES = new Set(['percent-of-count', 'grim', 'impossible-value', 'ci-inconsistent', 'p-value-vs-ci', 'significance-vs-ci',
  'survival-logic', 'landmark-vs-median', 'claimed-ratio', 'totals', 'repeated-value', 'date-inconsistent', 'dose-unit-mismatch',
  'mixed-decimal-separator', 'mixed-micro-sign']);
let problems = 0, documents = 0, injections = 0, copies = 0;
const say = (file, msg) => { problems++; console.log(`${file}: ${msg}`); };

function walk(dir) {
  const out = [];
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...walk(p)); else out.push(p);
  }
  return out;
}

// as the scorer reads them (goldText.mjs): the SOURCE line is not part of the document, and a gold
// text is not found inside a longer word or number ("7,7" inside "127,7") when a clean occurrence follows
function locate(file, rawText, items, what) {
  const text = withoutSource(rawText);
  let cursor = 0;
  for (const it of items) {
    if (typeof it.text !== 'string' || !it.text) { say(file, `${what} without text: ${JSON.stringify(it)}`); continue; }
    let at = wordAt(text, it.text, cursor);
    if (at < 0) {
      if (text.indexOf(it.text) >= 0) say(file, `${what} out of document order: ${JSON.stringify(it.text)}`);
      else say(file, `${what} text not in the document: ${JSON.stringify(it.text)}`);
      continue;
    }
    cursor = at + it.text.length;
  }
}

const dirs = process.argv.slice(2);
if (!dirs.length) { console.error('usage: node scripts/validate-real.mjs DIR [DIR...]'); process.exit(2); }
for (const dir of dirs) {
  const files = walk(dir);
  for (const path of files.filter(p => /\.(txt|md)$/.test(p) && !/README\.md$/.test(p))) {
    const text = readFileSync(path, 'utf8');
    if (!/^SOURCE: \S+/.test(text)) say(path, 'first line is not "SOURCE: <address>"');
    const inj = /\.inj\d+\.(txt|md)$/.test(path);
    if (inj) {
      copies++;
      const orig = path.replace(/\.inj\d+\.(txt|md)$/, '.$1');
      if (!existsSync(orig)) say(path, `no original ${orig}`);
      else if (readFileSync(orig, 'utf8') === text) say(path, 'identical to its original');
      const fpath = path.replace(/\.(txt|md)$/, '.findings.json');
      if (!existsSync(fpath)) { say(path, 'no .findings.json'); continue; }
      let f;
      try { f = JSON.parse(readFileSync(fpath, 'utf8')); } catch (e) { say(fpath, `not JSON: ${e.message}`); continue; }
      if (!Array.isArray(f.findings) || !f.findings.length) { say(fpath, 'no findings'); continue; }
      for (const x of f.findings) {
        injections++;
        if (!CODES.has(x.code)) say(fpath, `unknown code ${x.code}`);
        if (!x.why) say(fpath, `finding without why: ${JSON.stringify(x.text)}`);
        if (typeof x.text !== 'string' || text.indexOf(x.text) < 0) say(fpath, `finding text not in the copy: ${JSON.stringify(x.text)}`);
      }
      continue;
    }
    documents++;
    const gpath = path.replace(/\.(txt|md)$/, '.gold.json');
    if (!existsSync(gpath)) { say(path, 'no .gold.json'); continue; }
    let g;
    try { g = JSON.parse(readFileSync(gpath, 'utf8')); } catch (e) { say(gpath, `not JSON: ${e.message}`); continue; }
    if (!g.meta || !g.meta.language || !Array.isArray(g.meta.companies)) say(gpath, 'meta needs language and companies');
    for (const e of g.entities ?? []) if (!KINDS.has(e.kind)) say(gpath, `unknown entity kind ${e.kind}`);
    for (const x of g.figures ?? []) {
      if (!FIGURE_KINDS.has(x.figureKind)) say(gpath, `unknown figureKind ${x.figureKind} for ${JSON.stringify(x.text)}`);
      const v = x.value;
      if (!(typeof v === 'number' || (Array.isArray(v) && v.length === 2 && v.every(n => typeof n === 'number')))) say(gpath, `value must be a number or [low, high]: ${JSON.stringify(x.text)}`);
    }
    for (const x of g.inconsistencies ?? []) if (!CODES.has(x.code)) say(gpath, `unknown code ${x.code}`);
    locate(gpath, text, g.entities ?? [], 'entity');
    locate(gpath, text, g.figures ?? [], 'figure');
    for (const x of g.inconsistencies ?? []) if (text.indexOf(x.text) < 0) say(gpath, `inconsistency text not in the document: ${JSON.stringify(x.text)}`);
  }
}
console.log(`${documents} documents, ${copies} injected copies with ${injections} injections; ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
