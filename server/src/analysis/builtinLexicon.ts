/** The built-in lexicon, bundled as JSON data. */
import { Lexicon, LexiconData } from './lexicon';
import stems from '../../lexicon/builtin/stems.json';
import targets from '../../lexicon/builtin/targets.json';
import endpoints from '../../lexicon/builtin/endpoints.json';
import endpointsAreas from '../../lexicon/builtin/endpoints-areas.json';
import indications from '../../lexicon/builtin/indications.json';
import drugs from '../../lexicon/builtin/drugs.json';
import companies from '../../lexicon/builtin/companies.json';
import companiesFinance from '../../lexicon/builtin/companies-finance.json';
import genes from '../../lexicon/builtin/genes.json';

/**
 * HGNC's protein-coding genes as targets, after the curated ones (which win where both name a thing):
 * one line a gene, "SYMBOL|name|variant", a tab, previous symbols; "~SYMBOL" keeps the symbol out of
 * matching (an abbreviation or a word first). See scripts/make-genes.mjs.
 */
function geneTargets(): LexiconData {
  const out: NonNullable<LexiconData['targets']> = [];
  for (const line of (genes as { genes: string }).genes.split('\n')) {
    const [main, previous] = line.split('\t');
    const [symbol, ...names] = main.split('|');
    const usable = !symbol.startsWith('~');
    const gene = usable ? symbol : symbol.slice(1);
    const aliases = [...names, ...(previous ? previous.split('|') : [])];
    if (usable) out.push({ name: gene, fullName: names[0], gene, aliases: aliases.slice(names.length > 0 ? 1 : 0) });
    else if (names.length > 0) out.push({ name: names[0], gene: undefined, aliases: aliases.slice(1), fullName: `${names[0]} (${gene})` });
  }
  return { targets: out };
}

export const BUILTIN_LEXICON_DATA: readonly LexiconData[] = [stems, targets, endpoints, endpointsAreas, indications, drugs, companies, companiesFinance, geneTargets()] as LexiconData[];

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
