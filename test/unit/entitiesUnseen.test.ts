/**
 * Table-driven tests for entity readings that failed on unseen documents, from invented sentences:
 * a medicine found once by its stem is that medicine wherever the word stands; a code name the
 * text gives to patients is a medicine even where it also names "the … study"; INNs written with
 * accents; French and English nouns in "-ement" are no antibody fragments; investors named by
 * their form ("… Venture Capital", "… Bioventures"); outcomes the text defines or states as a
 * percentage (a vaccine's efficacy, protection against a form of a disease).
 */
import { mentionTable } from '../helpers';

const table = mentionTable;
// more than eighty characters, so that the drug words of one sentence do not reach the next
const FILLER = 'The meeting in the autumn drew many visitors from several countries and lasted for three long days.';

table('a medicine found by its stem where a drug is spoken of is that medicine wherever the word stands', 'drug', [
  [`Patients received the drug zelbostat. ${FILLER} Zelbostat halved the tumour size.`, ['zelbostat', 'Zelbostat']],
  // no drug word anywhere: a word that merely ends like a stem stays a word
  [`Zelbostat halved the tumour size. ${FILLER}`, []],
]);

table('a code name given to patients is a medicine, even where it names "the ... study"', 'drug', [
  ['In the QXR-204 study, 9 of 30 patients treated with QXR-204 responded.', ['QXR-204', 'QXR-204']],
  ['Data from the QXR-204 study were strong. QXR-204 + drugamab is next.', ['QXR-204', 'QXR-204', 'drugamab']],
  ['Results of the QXR-204 study were strong. QXR-204 continues to enrol.', []],
]);

table('a code name only ever called a study stays a trial', 'trial', [
  ['Results of the QXR-204 study were strong. QXR-204 continues to enrol.', ['QXR-204', 'QXR-204']],
  ['In the QXR-204 study, 9 of 30 patients treated with QXR-204 responded.', []],
]);

table('INNs written with accents, and French nouns that end like a stem', 'drug', [
  ['Les patients ont reçu le zélbotinib pendant un an.', ['zélbotinib']],
  ['La molécule élafibranor entre en phase 3.', ['élafibranor']],
  ['Un accroissement des dépenses est noté pour le produit.', []],
  ['Le rapprochement des deux sociétés concerne le médicament.', []],
]);

table('an INN with a Finnish case ending, in a Finnish text', 'drug', [
  ['Potilaat ovat saaneet zelbotamabia ja hoito on tutkimuksessa, joka on käynnissä.', ['zelbotamab']],
  ['Yhtiön kehittämästä zelbotamabista on saatu uusia tuloksia, ja hoito on käynnissä.', ['zelbotamab']],
  // English: a word that ends like a stem and a case ending is no medicine
  ['The statin and the vitamin were given with a meal.', []],
]);

table('investors named by their form', 'company', [
  ['Holders include Halvik Venture Capital (4.2%) and Orsa Bioventures.', ['Halvik Venture Capital', 'Orsa Bioventures']],
  ['A Venture Capital firm invested in the round.', []],
]);

table('outcomes the text defines, or states as a percentage', 'endpoint', [
  ['Remission, defined as a total score of 9 or less, was reached by 41% of patients.', ['Remission']],
  ['Remission from anxiety (defined as a score of 5 or less) was reached by 33% of patients.', ['Remission']],
  ['Patients stayed in remission for a year.', []],
  // the measure before the word is the outcome ("an ACQ response"), read by the lexicon
  ['An ACQ response, defined as a fall of 0.5 points, was seen in 61% of patients.', ['ACQ']],
  ['The shot showed 71% efficacy against symptomatic illness.', ['efficacy']],
  ['It reached an overall efficacy of 64.2% in adults.', ['overall efficacy']],
  ['Der Impfstoff erreichte eine Wirksamkeit von 57 Prozent.', ['Wirksamkeit']],
  ['It gave 88% protection against mild or severe illness.', ['protection against mild or severe illness']],
  ['The efficacy and safety of the drug were assessed.', []],
  ['It offers protection against severe disease, the firm said.', []],
]);

table('named trials in capitals with a number written after a space', 'trial', [
  ['Results came from a Phase 3 clinical trial, ZENOBIA 3, evaluating the drug.', ['ZENOBIA 3']],
  // a name with a number needs no second vowel to be pronounceable
  ['Results came from a pivotal trial, KRANZ 2, in adults.', ['KRANZ 2']],
  ['Data from the QUARTO 3 and QUARTO 4 phase 3a trials were strong. QUARTO 3 enrolled adults.', ['QUARTO 3', 'QUARTO 4', 'QUARTO 3']],
  ['The trial, ASCO 2024, was well attended.', []],
  ['Sales rose in QUARTO 3 stores last year.', []],
]);

table('a person\u2019s surname after a title or before a degree is no company', 'company', [
  ['Jane Q. Doe, M.D., from the university, led it. "It is good," Doe said in a statement.', []],
  ['"It is good," said Dr. Karl Brenner. Brenner said in a statement that more would come.', []],
  ['Quorvane said Wednesday that enrolment is complete.', ['Quorvane']],
]);
