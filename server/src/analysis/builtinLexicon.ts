/** The built-in lexicon, bundled as JSON data. */
import { DrugData, Lexicon, LexiconData, PackedTargets, TargetData } from './lexicon';
import stems from '../../lexicon/builtin/stems.json';
import targets from '../../lexicon/builtin/targets.json';
import endpoints from '../../lexicon/builtin/endpoints.json';
import endpointsAreas from '../../lexicon/builtin/endpoints-areas.json';
import indications from '../../lexicon/builtin/indications.json';
import drugs from '../../lexicon/builtin/drugs.json';
import companies from '../../lexicon/builtin/companies.json';
import companiesFinance from '../../lexicon/builtin/companies-finance.json';
import genes from '../../lexicon/builtin/genes.json';
import drugVocabulary from '../../lexicon/builtin/drugs-vocabulary.json';

/** Where each line of a packed list starts in its one string, and one more for the end. */
function lineStarts(text: string): Uint32Array {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  const starts = new Uint32Array(n + 1);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  starts[n] = text.length + 1;
  return starts;
}

/** A list kept in its one string, one entry a line, each line read when it is asked for. */
class PackedLines {
  /** Where each line starts in `text`, and one more for the end. */
  private readonly starts: Uint32Array;

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  get length(): number { return this.starts.length - 1; }

  protected line(i: number): string { return this.text.slice(this.starts[i], this.starts[i + 1] - 1); }
}

/** An HGNC name with its number after "receptor" ("histamine receptor H1", "tachykinin receptor 3"). */
const RECEPTOR_NUMBER = /^(.+) receptor ([A-Za-z]?\d{1,2}[A-Za-z]?)$/;

/**
 * HGNC's protein-coding genes as targets, after the curated ones: one line a gene,
 * "SYMBOL|name|variant", a tab, previous symbols; "~SYMBOL" keeps the symbol out of matching (an
 * abbreviation or a word first). See scripts/make-genes.mjs. The lines stay in the one string they
 * came in, found by their offsets; a gene's data is built when it is asked for, so that tens of
 * thousands of objects are not kept for the few genes a document names.
 */
class GeneTargets extends PackedLines implements PackedTargets {
  read(i: number): TargetData {
    const line = this.line(i);
    const [main, previous] = line.split('\t');
    const [symbol, ...names] = main.split('|');
    const usable = !symbol.startsWith('~');
    const gene = usable ? symbol : symbol.slice(1);
    const aliases = [...names, ...(previous ? previous.split('|') : [])];
    // "dopamine receptor D2" is written "dopamine D2 receptor" as often: the receptor's number before its head
    for (const n of names) {
      const m = RECEPTOR_NUMBER.exec(n);
      if (m) aliases.push(`${m[1]} ${m[2]} receptor`);
    }
    return usable ? { name: gene, fullName: names[0], gene, aliases: aliases.slice(names.length > 0 ? 1 : 0) }
      : { name: names[0], gene: undefined, aliases: aliases.slice(1), fullName: `${names[0]} (${gene})` };
  }
}

/** The genes as a packed list, leaving out the lines of symbols kept out of matching that name nothing else. */
function geneTargets(): LexiconData {
  const all = new GeneTargets((genes as { genes: string }).genes);
  const keep: number[] = [];
  for (let i = 0; i < all.length; i++) if (all.read(i).name !== undefined) keep.push(i);
  const index = Uint32Array.from(keep);
  return { packedTargets: { length: index.length, read: i => all.read(index[i]) } };
}

/**
 * Approved and named drugs beyond the curated drugs.json (DrugBank's open vocabulary and the brands
 * of Drugs@FDA, see scripts/make-drugs.mjs): one line a drug, "name|other spelling", a tab, brands
 * ("=Brand": a brand that is also a word, matched only as written). Kept packed as the genes are.
 */
class VocabularyDrugs extends PackedLines {
  read(i: number): DrugData {
    const line = this.line(i);
    const tab = line.indexOf('\t');
    const [name, ...aliases] = (tab < 0 ? line : line.slice(0, tab)).split('|');
    const d: DrugData = { name };
    if (aliases.length) d.aliases = aliases;
    if (tab >= 0) {
      for (const b of line.slice(tab + 1).split('|')) {
        if (b.startsWith('=')) (d.exactBrands ??= []).push(b.slice(1));
        else (d.brands ??= []).push(b);
      }
    }
    return d;
  }
}

export const BUILTIN_LEXICON_DATA: readonly LexiconData[] = [
  stems, targets, endpoints, endpointsAreas, indications, drugs, { packedDrugs: new VocabularyDrugs((drugVocabulary as { drugs: string }).drugs) },
  companies, companiesFinance, geneTargets(),
] as LexiconData[];

let builtin: Lexicon | undefined;

/** The built-in lexicon, compiled once. */
export function builtinLexicon(): Lexicon {
  builtin ??= new Lexicon([...BUILTIN_LEXICON_DATA]);
  return builtin;
}

/** The built-in lexicon extended with user lexicon data (workspace files, --lexicon). */
export function composeLexicon(extra: LexiconData[]): Lexicon {
  return extra.length === 0 ? builtinLexicon() : new Lexicon([...BUILTIN_LEXICON_DATA, ...extra]);
}
