/**
 * Table-driven tests, from invented sentences, for endpoint names however German, Dutch and the
 * Nordic languages inflect their words, the response categories of the lymphoma and leukaemia
 * criteria, and a target's name read as no target: a part an engineered receptor is built of, and a
 * class of drugs.
 */
import { strict as assert } from 'assert';
import { figuresOf, mentionTable } from '../helpers';

mentionTable('an endpoint of several words is found however its words are inflected', 'endpoint', [
  ['Das ereignisfreie Überleben lag nach zwei Jahren bei 71 Prozent.', ['ereignisfreie Überleben']],
  ['Den progressionsfria överlevnaden var 9,4 månader i gruppen.', ['progressionsfria överlevnaden']],
  ['Den totala överlevnaden förlängdes med fyra månader.', ['totala överlevnaden']],
  ['Den samlede overlevelse var 17 måneder.', ['samlede overlevelse']],
  // a name of one word is left exact: Italian "remissione" folded is English "remission"
  ['Most patients stayed in remission for a year.', []],
  // an ordinary word that shares a name's first word is no endpoint
  ['The overall design of the study was simple.', []],
]);

mentionTable('response categories of the lymphoma and leukaemia criteria, and RECIST', 'endpoint', [
  ['A complete metabolic response was seen in 14 of 31 patients.', ['complete metabolic response']],
  ['The major cytogenetic response rate reached 58 %.', ['major cytogenetic response rate']],
  ['Objective responses were seen in nine patients.', ['Objective responses']],
  ['Time to disease progression was 7.1 months.', ['Time to disease progression']],
  ['Het gewichtsverlies was 13 % en de ziektevrije overleving was langer.', ['gewichtsverlies', 'ziektevrije overleving']],
  // an abbreviation the criteria use elsewhere for a disease is not taken from a full name
  ['Patients with PMR were excluded.', []],
]);

mentionTable('a target built into a receptor or naming a class of drugs is no target', 'target', [
  ['The receptor carries a CD8 hinge, a 4-1BB co-stimulatory domain and a CD3 signaling domain.', []],
  ['All had received a proteasome inhibitor and an immunomodulatory agent.', []],
  // the same names spoken of as what a drug is aimed at stay targets
  ['Zorvatamab binds CD3 on T cells and 4-1BB on tumour cells.', ['CD3', '4-1BB']],
  ['Velnazomib blocks the proteasome in plasma cells.', ['proteasome']],
  ['Tarvimig is the first 4-1BB co-stimulatory receptor-targeting antibody in the clinic.', ['4-1BB']],
]);

describe('a receptor part read as no target holds no figure either', () => {
  it('"4-1BB co-stimulatory domain" gives no figure "4" or "1"', () => {
    assert.deepEqual(figuresOf('The construct uses a 4-1BB co-stimulatory domain.').map(f => f.text), []);
  });
});
