/**
 * Table-driven tests for readings that failed on a fresh set of real releases from seven therapy
 * areas (helper ents5), from invented sentences: a ticker in parentheses after a company named by
 * one word is no name of it; a legal form is never glued to a name by a hyphen (an antibody's "Ab");
 * targets the field names that gene symbols miss (BRCA, p53, receptors by their common names); an
 * antigen before "Vaccine" in title case names the vaccine; a trial number after " -"; minimal
 * symptom expression.
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

table('targets the field names that the gene symbols miss', 'target', [
  // the two BRCA genes named together, and p53 by its protein's name
  ['Carriers of a germline BRCA mutation, and of BRCA1/2 variants, were enrolled.', ['BRCA', 'BRCA1/2']],
  ['Zelbostat restores p53 in tumour cells.', ['p53']],
  // receptors by their common names, the number before "receptor" as well as after it
  ['Zelbocort binds the glucocorticoid receptor.', ['glucocorticoid receptor']],
  ['Zelbonant is a neurokinin 3 receptor antagonist.', ['neurokinin 3 receptor']],
  ['Zelbopride blocks the dopamine D2 receptor and the histamine H1 receptor.', ['dopamine D2 receptor', 'histamine H1 receptor']],
]);

table('an antigen before "Vaccine" written with its capital names the vaccine', 'drug', [
  ['A 100 ug RSV F Vaccine was given to older adults.', ['RSV F Vaccine']],
]);

table('an antigen before "Vaccine" written with its capital is no target', 'target', [
  ['A 100 ug RSV F Vaccine was given to older adults.', []],
]);

table('a trial name whose number follows a space and a hyphen', 'trial', [
  ['In the Phase 3 ZenoMate -743 trial, 605 patients were randomized.', ['ZenoMate -743']],
]);

table('minimal symptom expression, a myasthenia gravis endpoint', 'endpoint', [
  ['More patients on zelbogimod reached minimal symptom expression by week 4.', ['minimal symptom expression']],
]);
