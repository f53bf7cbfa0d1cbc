// Splits the real corpus into dev (about 60 %) and test (about 40 %), by source:
//
//   node scripts/split-real.mjs [--apply] [--test-share=0.4]
//
// Reads every document under test/eval/real/staging/ (with its gold and injected copies) and moves
// each to test/eval/real/dev/ or test/eval/real/test/. Documents stay together when they share their
// own company (the first their gold names), a news item or any run of eight words (a reprint, a newswire's boilerplate), and a group
// that shares eight words with any file outside the real corpus (code, the synthetic corpora) goes
// to dev. Groups are assigned per language so that each language is split about 60/40, in an order
// fixed by a hash of their names, not by their content. Without --apply it prints the plan only.
import { createRequire } from 'module';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'fs';
import { join, relative } from 'path';
import { createHash } from 'crypto';

const require = createRequire(import.meta.url);
const { shingles, textFiles } = require('../out/test/corpusText.js');
const ROOT = process.cwd();
const REAL = 'test/eval/real';
const STAGING = join(REAL, 'staging');
const APPLY = process.argv.includes('--apply');
const SHARE = Number(process.argv.find(a => a.startsWith('--test-share='))?.slice(13) ?? 0.4);

const docs = [];
for (const sub of existsSync(STAGING) ? readdirSync(STAGING) : []) {
  const dir = join(STAGING, sub);
  for (const f of readdirSync(dir)) {
    if (!/\.(txt|md)$/.test(f) || /\.inj\d+\.(txt|md)$/.test(f)) continue;
    const stem = f.replace(/\.(txt|md)$/, '');
    const goldPath = join(dir, stem + '.gold.json');
    if (!existsSync(goldPath)) { console.error(`skipped (no gold): ${join(dir, f)}`); continue; }
    const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
    const text = readFileSync(join(dir, f), 'utf8');
    const files = readdirSync(dir).filter(x => x === f || x.startsWith(stem + '.'));
    docs.push({ dir, stem, text, meta: gold.meta ?? {}, files, shingles: shingles(text.replace(/^SOURCE: .*$/m, '')) });
  }
}
if (!docs.length) { console.error('split: nothing staged'); process.exit(2); }

// union-find over documents
const parent = docs.map((_, i) => i);
const find = i => (parent[i] === i ? i : (parent[i] = find(parent[i])));
const union = (a, b) => { parent[find(a)] = find(b); };
const byKey = new Map();
const link = (key, i) => { if (byKey.has(key)) union(byKey.get(key), i); else byKey.set(key, i); };
const norm = s => String(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/\b(inc|ltd|plc|ag|se|sa|ab|as|a s|gmbh|co|corp|corporation|limited|n v|nv)\b/g, '').trim();
docs.forEach((d, i) => {
  // the document's own company: the first its gold names (the issuer, or the subject of the news);
  // partners, banks and investors named in passing do not tie documents together
  const own = (d.meta.companies ?? [])[0];
  if (own && norm(own)) link('company:' + norm(own), i);
  if (d.meta.newsItem) link('news:' + norm(d.meta.newsItem), i);
  for (const s of d.shingles) link('text:' + s, i);
});

// groups sharing text with anything outside the real corpus must stay in dev
const outside = new Set();
const owners = new Map();
docs.forEach((d, i) => d.shingles.forEach(s => { if (!owners.has(s)) owners.set(s, []); owners.get(s).push(i); }));
for (const file of textFiles(ROOT, rel => rel.startsWith(REAL) || rel === 'package-lock.json')) {
  for (const s of shingles(readFileSync(file, 'utf8'))) {
    for (const i of owners.get(s) ?? []) {
      if (outside.has(find(i))) continue;
      outside.add(find(i));
      console.log(`dev only (shares "${s}" with ${relative(ROOT, file)}): ${docs[i].stem}`);
    }
  }
}

const groups = new Map();
docs.forEach((d, i) => { const r = find(i); if (!groups.has(r)) groups.set(r, []); groups.get(r).push(d); });
const hash = s => createHash('sha256').update(s).digest('hex');
const byLanguage = new Map();
for (const [root, members] of groups) {
  const lang = members[0].meta.language ?? '?';
  if (!byLanguage.has(lang)) byLanguage.set(lang, []);
  byLanguage.get(lang).push({ root, members, key: hash(members.map(m => m.stem).sort().join('|')) });
}
const side = new Map();
for (const [lang, gs] of byLanguage) {
  const total = gs.reduce((n, g) => n + g.members.length, 0);
  let inTest = 0;
  for (const g of gs.sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const goes = !outside.has(g.root) && inTest + g.members.length <= Math.round(total * SHARE) ? 'test' : 'dev';
    if (goes === 'test') inTest += g.members.length;
    for (const m of g.members) side.set(m, goes);
  }
  console.log(`${lang}: ${total} documents, ${inTest} to test`);
}
const count = s => [...side.values()].filter(x => x === s).length;
console.log(`dev ${count('dev')}, test ${count('test')}, groups ${groups.size}`);
for (const d of docs) console.log(`${side.get(d)}\t${d.stem}\t${(d.meta.companies ?? []).join('; ')}`);
if (APPLY) {
  for (const d of docs) {
    const to = join(REAL, side.get(d));
    mkdirSync(to, { recursive: true });
    for (const f of d.files) renameSync(join(d.dir, f), join(to, f));
  }
  console.log('moved');
}
if (process.argv.includes('--groups')) for (const [, m] of groups) if (m.length > 2) console.log(`group of ${m.length}: ${m.map(d => d.stem).join(', ')}`);
