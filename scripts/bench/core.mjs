// npm run bench -- --core: where the time goes inside the analysis, in process (no LSP), on a 1 MB
// document built from the seeds (BENCH_BYTES sets its size), every block made unique so the block
// cache cannot flatter the cold number. Prints timings; asserts nothing.
import { createRequire } from 'module';
import { readdirSync, readFileSync } from 'fs';
import { performance } from 'perf_hooks';
import { join } from 'path';
import { buildDocument } from './lib.mjs';
import { ROOT } from './lsp.mjs';

const require = createRequire(import.meta.url);
const { Analyzer, DocumentBlocks, builtinLexicon, runChecks, LineIndex } = require('../../out/server/src/analysis/index.js');
const { findDocumentSymbols, doHover, toDiagnostics } = require('../../out/server/src/features/index.js');
const { recognizeNumberWords } = require('../../out/server/src/analysis/recognize/numberWords.js');
const { splitBlocks, splitSentences, normalizeText } = require('../../out/server/src/analysis/text.js');

const seedDir = join(ROOT, 'seeds');
const seeds = readdirSync(seedDir).filter(f => /\.(txt|md)$/.test(f)).sort().map(f => readFileSync(join(seedDir, f), 'utf8'));
const target = Number(process.env.BENCH_BYTES ?? 1_000_000);
// every number varied per copy, so no block repeats
const doc = buildDocument(seeds, target).text;

function time(label, fn, runs = 1) {
  const samples = [];
  let result;
  for (let r = 0; r < runs; r++) { const t0 = performance.now(); result = fn(); samples.push(performance.now() - t0); }
  samples.sort((a, b) => a - b);
  const med = samples[Math.floor(samples.length / 2)];
  console.log(`${label.padEnd(44)} ${med.toFixed(1).padStart(9)} ms${runs > 1 ? `  (median of ${runs})` : ''}`);
  return result;
}

console.log(`document: ${(doc.length / 1e6).toFixed(2)} M UTF-16 code units, ${doc.split('\n').length} lines\n`);
const lexicon = time('compile the built-in lexicon', () => builtinLexicon());
const analyzer = new Analyzer(lexicon);
// the document's own recognised blocks, kept from one analysis to the next as the server keeps them for an open document
const own = DocumentBlocks ? new DocumentBlocks() : undefined;
const model = time('analyse, cold cache', () => analyzer.analyze(doc, undefined, 'plaintext', own));
console.log(`${''.padEnd(44)} ${model.entities.length} entities, ${analyzer.stats.cacheMisses} blocks recognised`);
time('analyse again, unchanged (all blocks cached)', () => analyzer.analyze(doc, undefined, 'plaintext', own), 5);
const mid = doc.indexOf('mitazalimab', doc.length / 2);
let edited = doc;
const m2 = time('analyse after a one-character edit', () => { edited = edited.slice(0, mid) + 'x' + edited.slice(mid); return analyzer.analyze(edited, undefined, 'plaintext', own); }, 5);
const findings = time('run the checks', () => runChecks(m2), 5);
const lines = new LineIndex(edited);
time('diagnostics (findings to LSP)', () => toDiagnostics(findings, lines, 'file:///bench.txt'), 5);
time('document symbols', () => findDocumentSymbols(m2, lines), 5);
time('hover', () => doHover(m2, mid + 4, lines), 5);

// the same document read as Markdown: its structure parsed (markdown-it) before recognition
if (Analyzer.prototype.analyze.length >= 1) {
  const md = new Analyzer(lexicon);
  const mdOwn = DocumentBlocks ? new DocumentBlocks() : undefined;
  time('as Markdown: analyse, cold cache', () => md.analyze(doc, undefined, 'markdown', mdOwn));
  let mdEdited = doc;
  time('as Markdown: analyse after a one-character edit', () => { mdEdited = mdEdited.slice(0, mid) + 'x' + mdEdited.slice(mid); return md.analyze(mdEdited, undefined, 'markdown', mdOwn); }, 5);
}

// what the number-word pass costs alone (compromise runs inside it on long English cardinals), over every block
const blocks = splitBlocks(normalizeText(doc));
time('of which: numbers in words (with compromise for long English cardinals), all blocks', () => {
  let n = 0;
  for (const b of blocks) n += recognizeNumberWords(b.text, splitSentences(b.text), new Uint8Array(b.text.length)).length;
  return n;
});

console.log('\nper seed (cold, fresh analyzer):');
for (const [i, s] of seeds.entries()) {
  const a = new Analyzer(lexicon);
  time(`  seed ${i} (${s.length} chars)`, () => a.analyze(s));
}
