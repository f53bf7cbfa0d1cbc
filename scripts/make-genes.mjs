// Builds server/lexicon/builtin/genes.json: human protein-coding genes from HGNC (symbols, previous
// symbols with a digit, approved names), as target vocabulary beside the curated targets.json.
//
//   node scripts/make-genes.mjs PROTEIN_CODING_TXT HGNC_SET_TSV ENGLISH_WORDS_TXT
//
// PROTEIN_CODING_TXT: HGNC's protein-coding gene list ("HGNC ID", "Approved Symbol", "Approved
// Name", "Status", "Previous Symbols", ..., "Synonyms"), as published by genenames.org
// (locus group "protein-coding gene"; a copy is in github.com/gracielaalfaro/genetic-sequence-analyzer,
// protein-coding_gene.txt). HGNC_SET_TSV: a newer HGNC download with the columns "Approved symbol",
// "Approved name", "Previous symbols", "Alias symbols" (a copy is in github.com/CCC-MF/bwHC-HGNC-Catalog,
// impl/src/main/resources/hgnc.tsv); it gives current symbols and names, and a gene is kept when
// its symbol or a previous symbol is protein-coding in the first file. ENGLISH_WORDS_TXT: one English
// word a line (the word-list npm package's words.txt).
//
// Left out: gene families that press releases never name as targets (olfactory receptors, zinc
// fingers, open reading frames, keratin-associated proteins, ...), genes the curated targets.json
// already holds, and alias symbols (too many readings) other than the CD designations ("CD71"). A symbol of three letters or fewer without
// a digit (HR, PC, GC: abbreviations first) or one another lexicon entry uses is written "~SYMBOL":
// the gene keeps its names, the symbol is not matched. Symbols that are English words (MET, KIT, CAT, REST) go to "wordSymbols": the
// recogniser takes them only in capitals and with a target word beside them ("MET amplification").
// One-word names that are English words ("insulin", "albumin", "glucagon") go to "wordNames", taken
// only beside a target word too ("glucagon receptor", "anti-albumin").
// Names are kept when they have at most five words and no comma or parenthesis; "synuclein alpha"
// also gives "alpha-synuclein", "coagulation factor XI" also "factor XI".
import { readFileSync, writeFileSync } from 'fs';

const [pcPath, setPath, wordsPath] = process.argv.slice(2);
if (!pcPath || !setPath || !wordsPath) {
  console.error('usage: node scripts/make-genes.mjs PROTEIN_CODING_TXT HGNC_SET_TSV ENGLISH_WORDS_TXT');
  process.exit(2);
}
const english = new Set(readFileSync(wordsPath, 'utf8').split('\n').map(w => w.trim().toLowerCase()).filter(Boolean));
const rows = path => {
  const [head, ...lines] = readFileSync(path, 'utf8').split('\n').filter(l => l.trim());
  const cols = head.split('\t').map(c => c.trim().toLowerCase());
  return lines.map(l => { const cells = l.split('\t'); return Object.fromEntries(cols.map((c, i) => [c, (cells[i] ?? '').replace(/^"|"$/g, '').trim()])); });
};
const list = s => (s ?? '').split(/[,|]\s*/).map(x => x.trim()).filter(Boolean);

const proteinCoding = new Set();
for (const r of rows(pcPath)) {
  if (r['status'] && r['status'] !== 'Approved') continue;
  proteinCoding.add(r['approved symbol']);
  for (const p of list(r['previous symbols'])) proteinCoding.add(p);
}

// the curated lexicon: genes it holds and every phrase it uses for anything else
const builtin = name => JSON.parse(readFileSync(`server/lexicon/builtin/${name}.json`, 'utf8'));
const curatedGenes = new Set();
const taken = new Set();
const key = s => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
for (const t of builtin('targets').targets) {
  if (t.gene) curatedGenes.add(t.gene);
  for (const a of [t.name, t.gene, t.fullName, ...(t.aliases ?? [])]) if (a) taken.add(key(a));
}
for (const [file, section] of [['endpoints', 'endpoints'], ['indications', 'indications'], ['drugs', 'drugs'], ['companies', 'companies'], ['drugs', 'regimens']]) {
  for (const e of builtin(file)[section] ?? []) for (const a of [e.name, e.fullName, ...(e.aliases ?? []), ...(e.brands ?? []), ...(e.codes ?? [])]) if (a) taken.add(key(a));
}

const FAMILY = /^(?:ZNF|ZSCAN|ZBTB|ZFP|ZKSCAN|OR\d|KRTAP|LINC|LOC|FAM\d|C\d+orf|CXorf|TMEM|CCDC|ANKRD|LRRC|WDR|KIAA|FLJ|MIR|SNOR|TRIM|KLHL|PRAMEF|DEFB|TAS2R|PCDH[ABG]|H2A|H2B|H3C|H4C|H1-|USP17|NBPF|GOLGA|SPATA|TEX\d|TTC\d|ARMC|DNAH|MT-|RPL\d|RPS\d|MRPL|MRPS|NDUF|SPANX|SSX\d|GAGE|XAGE|PAGE\d|CT45|TBC1D|ZC3H|ZCCHC|ZDHHC|ZMYM|ZNHIT|LCE\d|SPRR|UGT\d|CSAG|FRG2|TSPY|RBMY|DAZ\d|VCX|VCY|PRY|USP9Y|HSFY|CDY)/;
const NAME_SKIP = /open reading frame|domain containing|family with sequence|uncharacterized|putative|pseudogene|readthrough|[,()]|\bhomolog\b/i;

const genes = [];
const wordSymbols = [];
const wordNames = [];
const aliasCount = new Map();
const all = rows(setPath).filter(r => proteinCoding.has(r['approved symbol']) || list(r['previous symbols']).some(p => proteinCoding.has(p)));
for (const r of all) for (const a of [...list(r['alias symbols']), ...list(r['previous symbols'])]) aliasCount.set(a, (aliasCount.get(a) ?? 0) + 1);
const symbols = new Set(all.map(r => r['approved symbol']));

for (const r of all) {
  const sym = r['approved symbol'];
  if (!sym || FAMILY.test(sym) || !/\p{L}/u.test(sym) || sym.length < 2) continue;
  const hasDigit = /\d/.test(sym);
  // a symbol that is a word is held to context even where the curated lexicon knows the gene (MET for c-Met)
  if (curatedGenes.has(sym)) { if (!hasDigit && sym.length >= 3 && english.has(sym.toLowerCase())) wordSymbols.push(sym); continue; }
  // the symbol itself is matched unless another reading comes first: HR, PC, GC are abbreviations; MET, KIT are words
  let symbolUsable = !taken.has(key(sym));
  if (!hasDigit && sym.length <= 3 && !english.has(sym.toLowerCase())) symbolUsable = false;
  if (sym.length <= 2) symbolUsable = false; // F2, F3: a fibrosis stage or a footnote before a coagulation factor
  if (english.has(sym.toLowerCase()) && !hasDigit) { if (sym.length >= 3 && symbolUsable) wordSymbols.push(sym); symbolUsable = false; }
  const aliases = new Set();
  // previous symbols: with a digit, at least three characters, one gene's only, no English word, no other reading
  for (const a of list(r['previous symbols'])) {
    if (a.length < 3 || !/\d/.test(a) || !/\p{L}/u.test(a) || aliasCount.get(a) !== 1 || symbols.has(a) || taken.has(key(a))) continue;
    if (/^\d|[^A-Za-z0-9-]/.test(a) || /^(?:FLJ|KIAA|DKFZ|MGC|LOC|RP\d|CTD-|AC\d|AL\d|bA|dJ|hCG)/i.test(a)) continue;
    aliases.add(a);
  }
  // alias symbols that are cluster-of-differentiation designations ("CD71" for TFRC, "CD56" for NCAM1): the HCDM
  // nomenclature names the molecule by them, and a "CD" with a number has no other reading in a press release
  for (const a of list(r['alias symbols'])) {
    if (!/^CD\d{1,3}[A-Za-z]?$/.test(a) || aliasCount.get(a) !== 1 || symbols.has(a) || taken.has(key(a))) continue;
    aliases.add(a);
  }
  const name = r['approved name'];
  const names = [];
  if (name && !NAME_SKIP.test(name) && name.split(' ').length <= 5 && !taken.has(key(name)) && name.length >= 5) {
    // a one-word name in the dictionary ("insulin", "albumin") is a substance first: matched only beside a target word
    if (!name.includes(' ') && english.has(name.toLowerCase())) wordNames.push(name.toLowerCase());
    else names.push(name);
    const greek = /^(.+) (alpha|beta|gamma|delta)$/.exec(name);
    if (greek && !greek[1].includes(' ')) names.push(`${greek[2]}-${greek[1]}`); // "synuclein alpha": "alpha-synuclein"
    const factor = /^coagulation (factor [IVX]+)$/.exec(name);
    if (factor) names.push(factor[1]);
  }
  if (!symbolUsable && names.length === 0 && aliases.size === 0) continue;
  genes.push([(symbolUsable ? '' : '~') + sym, ...names].join('|') + (aliases.size ? '\t' + [...aliases].join('|') : ''));
}

writeFileSync('server/lexicon/builtin/genes.json', JSON.stringify({
  source: 'HGNC protein-coding genes (genenames.org; symbols, previous and alias symbols with a digit, approved names), built by scripts/make-genes.mjs',
  format: 'one gene a line: SYMBOL|name|name variant (~SYMBOL: the symbol is not matched), then a tab and previous symbols separated by |',
  genes: genes.join('\n'),
  wordSymbols: wordSymbols.sort().join('|'),
  wordNames: [...new Set(wordNames)].sort().join('|'),
}) + '\n');
console.log(`${genes.length} genes, ${wordSymbols.length} word symbols, ${wordNames.length} word names`);
