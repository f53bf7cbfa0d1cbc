/**
 * Table-driven tests for readings that failed on a fresh set of real releases from seven therapy
 * areas (helper ents5), from invented sentences: a ticker in parentheses after a company named by
 * one word is no name of it; a legal form is never glued to a name by a hyphen (an antibody's "Ab").
 */
import { mentionTable } from '../helpers';

const table = mentionTable;

table('capitals after a company named by one word, not its beginning, are its ticker, no name of it', 'company', [
  ['Novartis (NOVS) announced data at the meeting.', ['Novartis']],
  // initials, or the inner capitals of one word, spell a short form the release goes on to use
  ['Zelbor Therapeutics (ZT) said ZT would file.', ['Zelbor Therapeutics', 'ZT', 'ZT']],
  ['ZetaGen Biolabs (ZGB) said ZGB would file.', ['ZetaGen Biolabs', 'ZGB', 'ZGB']],
]);

table('a legal form glued to a word by a hyphen is no company', 'company', [
  ['Of 90 patients (ZR-Ab+, n=60; ZR-Ab-, n=30), most responded.', []],
  ['Zelbora AB and Acme Oy Ab signed the deal.', ['Zelbora', 'Acme']],
]);
