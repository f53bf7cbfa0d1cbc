/**
 * Table-driven tests for readings that failed on a fresh set of real releases from seven therapy
 * areas (helper ents5), from invented sentences: a ticker in parentheses after a company's name is
 * no name of it; a legal form is never glued to a name by a hyphen (an antibody's "Ab").
 */
import { mentionTable } from '../helpers';

const table = mentionTable;

table('capitals after a company that its initials do not spell are its ticker, no name of it', 'company', [
  ['Zelbora Therapeutics (ZLBR) announced topline results.', ['Zelbora Therapeutics']],
  ['Acme Biolabs ( ACMB ) said Monday that the study met its goal.', ['Acme Biolabs']],
  // initials, or the inner capitals of one word, spell a short form the release goes on to use
  ['Zelbor Therapeutics (ZT) said ZT would file.', ['Zelbor Therapeutics', 'ZT', 'ZT']],
  ['ZetaGen Biolabs (ZGB) said ZGB would file.', ['ZetaGen Biolabs', 'ZGB', 'ZGB']],
]);

table('a legal form glued to a word by a hyphen is no company', 'company', [
  ['Of 90 patients (ZR-Ab+, n=60; ZR-Ab-, n=30), most responded.', []],
  ['Zelbora AB and Acme Oy Ab signed the deal.', ['Zelbora', 'Acme']],
]);
