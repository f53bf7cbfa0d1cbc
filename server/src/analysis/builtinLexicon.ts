/** The built-in lexicon, bundled as JSON data. */
import { Lexicon, LexiconData } from './lexicon';
import stems from '../../lexicon/builtin/stems.json';
import targets from '../../lexicon/builtin/targets.json';
import endpoints from '../../lexicon/builtin/endpoints.json';
import indications from '../../lexicon/builtin/indications.json';
import drugs from '../../lexicon/builtin/drugs.json';
import companies from '../../lexicon/builtin/companies.json';

export const BUILTIN_LEXICON_DATA: readonly LexiconData[] = [stems, targets, endpoints, indications, drugs, companies] as LexiconData[];

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
