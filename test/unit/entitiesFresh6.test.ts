/**
 * Table-driven tests for readings that failed on a fresh set of real releases and news from eight
 * therapy areas (helper ents6), from invented sentences: a protein's name of one word is not found
 * in words written apart; "ER" is a target only where a target is spoken of; a protein patients are
 * given is no target; symbols coordinated before the word that makes them targets; a protein's name
 * that is a word closing a list of targets.
 */
import { mentionTable } from '../helpers';

const table = mentionTable;

table('a protein\'s name of one word is not found in words the text writes apart', 'target', [
  ['Stroke is the third cause of death in men in the region.', []],
  ['Zelbomenib blocks menin in leukaemia cells.', ['menin']],
]);

table('"ER" is a target only where a target is spoken of', 'target', [
  // extended release, and a regimen's prefix
  ['Patients switched from zelbatide ER 2 mg to the daily tablet.', []],
  ['The ER-ZCHOP arm was compared with ZCHOP alone.', []],
  // the receptor: a degrader, an antagonist, its status sign
  ['Zelbestrant, an oral ER degrader, shrank ER+ tumours.', ['ER', 'ER']],
  ['Zelboxifen is a selective ER antagonist.', ['ER']],
]);

table('a protein patients are given is no target', 'target', [
  ['Before the gene therapy, men were on factor IX prophylaxis for a year.', []],
  ['Use of factor VIII concentrate fell by 90 percent.', []],
  // the protein a drug acts on stays a target
  ['Zelbacimab is an antibody against factor XI.', ['factor XI']],
]);

table('symbols coordinated before the word that makes them targets', 'target', [
  ['Blocking complement at C3 or C5 inhibition slowed lesion growth.', ['C3', 'C5']],
  ['Zelbocoplan acts through inhibition of C5 in the retina.', ['C5']],
  // a stage or a grade in a list stays no target
  ['Stage T2 or T3 tumours and F3 or F4 fibrosis were excluded.', []],
]);

table('a protein\'s name that is a word closing a list of targets', 'target', [
  ['Zelbatide activates the receptors for GLP-1, GIP and glucagon in one molecule.', ['GLP-1', 'GIP', 'glucagon']],
  // a hormone given beside one drug's target is no list of targets
  ['Patients on a GLP-1 agonist and insulin were excluded.', ['GLP-1']],
]);
