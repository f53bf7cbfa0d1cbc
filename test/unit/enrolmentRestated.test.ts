/**
 * repeated-value: a trial's enrolment stated twice in different wordings. Table-driven, every sentence invented
 * (company "Acme Bio", drugs "AB-101" and "AB-202", trials "ACME-2" and "ACME-3"); each row says whether one finding
 * or none is due.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../helpers';

const found = (text: string) => messagesOf(text, 'repeated-value');
const table = (title: string, rows: [string, boolean][]) => describe(title, () => {
  for (const [text, reported] of rows) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 150))}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

table('repeated-value: a definite group of the trial\'s people restates its enrolment', [
  // "among the N patients in <trial>" after "its N' patient Phase 3 <trial> study"
  ['Acme Bio reported results from its 310 patient Phase 3 ACME-2 study of AB-101 in gout.\n\nAB-101 was well tolerated among the 301 patients in ACME-2, the company said.', true],
  ['Acme Bio reported results from its 310 patient Phase 3 ACME-2 study of AB-101 in gout.\n\nAB-101 was well tolerated among the 310 patients in ACME-2, the company said.', false],
  // the same modifiers: "16 mCRPC patients were enrolled" and "the 18 mCRPC patients"
  ['AB-202: In the Phase 1 study, 16 mCRPC patients were enrolled. PSA declines were seen in three patients.\n\nThere was one serious adverse event among the 18 mCRPC patients.', true],
  ['AB-202: In the Phase 1 study, 16 mCRPC patients were enrolled. PSA declines were seen in three patients.\n\nThere was one serious adverse event among the 16 mCRPC patients.', false],
  // other modifiers name another group
  ['AB-202: In the Phase 1 study, 16 mCRPC patients were enrolled. PSA declines were seen in three patients.\n\nThere was one serious adverse event among the 18 Japanese patients.', false],
  // a participle of the whole ("enrolled") is no modifier; a document that names no trial speaks of one study
  ['Twenty-seven patients were enrolled in the study of AB-101; 60% were women.\n\nSequencing found that 41% of the 29 enrolled patients had the mutation.', true],
  ['Twenty-seven patients were enrolled in the study of AB-101; 60% were women.\n\nSequencing found that 41% of the 27 enrolled patients had the mutation.', false],
  // the trial's possessive
  ['The Phase 2 ACME-3 trial enrolled 240 participants at 31 sites.\n\nThe trial\'s 204 participants had a median age of 58 years.', true],
  // a group narrowed after its noun, a group counted before, a group of another cohort: no restatement
  ['The Phase 2 ACME-3 trial enrolled 240 participants at 31 sites.\n\nAmong the 204 participants who completed week 12, the response rate was 41%.', false],
  ['The Phase 2 ACME-3 trial enrolled 240 participants at 31 sites. Of them, 204 were women.\n\nThe 204 participants had a median age of 58 years.', false],
  ['The Phase 2 ACME-3 trial enrolled 240 participants at 31 sites.\n\nIn the expansion cohort, the 36 participants had a median age of 58 years.', false],
  ['The Phase 2 ACME-3 trial will enroll 240 participants at 31 sites.\n\nThe 204 participants had a median age of 58 years.', false],
]);

table('repeated-value: how writers word an enrolment', [
  // "completed the recruitment of N patients" and "N patients randomized"
  ['Acme Bio has finished the recruitment of 420 adults for the ACME-2 study of AB-101.\n\nACME-2 closed enrollment with 402 adults randomised across 40 clinics.', true],
  ['Acme Bio has finished the recruitment of 420 adults for the ACME-2 study of AB-101.\n\nACME-2 closed enrollment with 420 adults randomised across 40 clinics.', false],
  // the treatment a population had before the trial describes it: no earlier analysis
  ['The Phase 1 ACME-3 study enrolled 42 patients whose disease returned after two prior therapies.\n\nIn total, ACME-3 enrolled 48 patients across 12 sites.', true],
  ['The Phase 1 ACME-3 study enrolled 42 patients whose disease returned after two prior therapies.\n\nIn total, ACME-3 enrolled 42 patients across 12 sites.', false],
  // a prior analysis still sets a statement apart
  ['The Phase 1 ACME-3 study enrolled 42 patients.\n\nThe prior analysis of ACME-3 included 36 patients across 12 sites.', false],
  // two paragraphs that open on two drugs report two studies, whatever phase both are in
  ['Acme Bio presented Phase 1 data for AB-101 and AB-202.\n\nAB-101: The dose-finding study enrolled 42 patients whose disease returned after two prior therapies.\n\nAB-202: 16 patients with prostate cancer were enrolled.', false],
]);

table('repeated-value: a label that names the enrolment, then the text', [
  ['Total participants screened 70\nTotal participants enrolled 64\nTotal participants evaluable for safety 64\n\nOutcome notes\nOf the 62 participants\' best response, 9 achieved partial response.', true],
  ['Total participants screened 70\nTotal participants enrolled 64\nTotal participants evaluable for safety 64\n\nOutcome notes\nOf the 64 participants\' best response, 9 achieved partial response.', false],
  ['Patients randomized: 412\n\nAcme Bio said the 421 patients in the study had moderate disease.', true],
  ['Patients randomized: 412\n\nAcme Bio said the 412 patients in the study had moderate disease.', false],
  // a row of two arms' sizes is no enrolment
  ['Placebo | AB-101\nTotal subjects randomized 210 (100) | 415 (100)\nSubjects with a flare 90 (43) | 88 (21)\n\nThe 625 subjects in the study had active lupus.', false],
]);

table('repeated-value: a reduction of the risk of progression in the headline and of progression or death in the text', [
  ['AB-101 cut the risk of disease progression by 62 percent in a Phase 3 study\n\nBOSTON -- Acme Bio said that in the Phase 3 ACME-3 study, AB-101 with chemotherapy lowered by 52 percent its risk of progression or death (progression-free survival, PFS) against chemotherapy only.\nThe FDA accepted the filing.\n', true],
  ['AB-101 cut the risk of disease progression by 52 percent in a Phase 3 study\n\nBOSTON -- Acme Bio said that in the Phase 3 ACME-3 study, AB-101 with chemotherapy lowered by 52 percent its risk of progression or death (progression-free survival, PFS) against chemotherapy only.\nThe FDA accepted the filing.\n', false],
]);

table('repeated-value: "among all evaluable patients" is the whole population, no other context', [
  ['AB-101 shows a 34.2% response rate in Phase 1\n\nBOSTON -- Acme Bio said the overall response rate with AB-101 was 32.4% among all evaluable patients in the Phase 1 ACME-1 study.\nThe company plans a Phase 2 study.\n', true],
  ['AB-101 shows a 32.4% response rate in Phase 1\n\nBOSTON -- Acme Bio said the overall response rate with AB-101 was 32.4% among all evaluable patients in the Phase 1 ACME-1 study.\nThe company plans a Phase 2 study.\n', false],
  ['AB-101 shows a 34.2% response rate in Phase 1\n\nBOSTON -- Acme Bio said the overall response rate with AB-101 was 32.4% among patients with high expression in the Phase 1 ACME-1 study.\nThe company plans a Phase 2 study.\n', false],
]);

table('repeated-value: "a trial with N people" states the trial\'s size', [
  ['In a trial with 24 women with lupus, Acme Bio tested AB-101 at three doses.\n\nNo serious adverse events were seen among the 26 trial participants.', true],
  ['In a trial with 24 women with lupus, Acme Bio tested AB-101 at three doses.\n\nNo serious adverse events were seen among the 24 trial participants.', false],
  ['Acme Bio hat AB-101 in einer Studie mit 120 Patienten geprüft.\n\nDie Studie mit 102 Patienten lief zwei Jahre.', true],
  ['Acme Bio hat AB-101 in einer Studie mit 120 Patienten geprüft.\n\nDie Studie mit 120 Patienten lief zwei Jahre.', false],
  // another trial
  ['In a trial with 24 women with lupus, Acme Bio tested AB-101 at three doses.\n\nA second trial with 40 women will start in 2026.', false],
]);

table('repeated-value: a size in brackets after a trial\'s name, and a trial\'s name between its noun and the count', [
  ['Acme Bio presented data from ACME-2 (n=310) at the meeting.\n\nACME-2 enrolled 301 patients at 40 sites.', true],
  ['Acme Bio presented data from ACME-2 (n=310) at the meeting.\n\nACME-2 enrolled 310 patients at 40 sites.', false],
  // an arm's size after a drug's name is no trial's
  ['ACME-2 enrolled 310 patients at 40 sites.\n\nResponses were seen with AB-101 (n=155) and with placebo (n=155).', false],
  ['Acme Bio gab Daten der Phase-3-Studie ACME-2 mit 310 Patienten bekannt.\n\nIn ACME-2 wurden 301 Patienten randomisiert.', true],
  ['Acme Bio gab Daten der Phase-3-Studie ACME-2 mit 310 Patienten bekannt.\n\nIn ACME-2 wurden 310 Patienten randomisiert.', false],
]);

table('repeated-value: a median in the lede restated in the text, in other languages', [
  ['Acme Bio: das mediane Gesamtüberleben betrug 14,2 Monate mit AB-101 in ACME-2.\n\nDas mediane Gesamtüberleben mit AB-101 lag bei 12,4 Monaten, so Acme Bio.', true],
  ['Acme Bio: das mediane Gesamtüberleben betrug 14,2 Monate mit AB-101 in ACME-2.\n\nDas mediane Gesamtüberleben mit AB-101 lag bei 14,2 Monaten, so Acme Bio.', false],
  ['Acme Bio : la survie globale médiane était de 14,2 mois avec AB-101 dans ACME-2.\n\nAvec AB-101, la survie globale médiane atteint 12,4 mois.', true],
  ['Acme Bio: la supervivencia global mediana fue de 14,2 meses con AB-101 en ACME-2.\n\nCon AB-101, la supervivencia global mediana alcanzó 12,4 meses.', true],
  ['Acme Bio: la supervivencia global mediana fue de 14,2 meses con AB-101 en ACME-2.\n\nCon AB-101, la supervivencia global mediana alcanzó 14,2 meses.', false],
]);

table('repeated-value: a definite group in a named part of the trial, in other languages, is no restatement', [
  ['In die Phase-3-Studie ACME-2 wurden 310 Patienten eingeschlossen.\n\nIn der Subgruppe mit Lebermetastasen hatten die 96 Patienten ein medianes Alter von 61 Jahren.', false],
  ['L\'essai ACME-2 a inclus 310 patients.\n\nDans le sous-groupe âgé, les 96 patients avaient un âge médian de 71 ans.', false],
  ['In die Phase-3-Studie ACME-2 wurden 310 Patienten eingeschlossen.\n\nLaut Acme Bio hatten die 301 Patienten in ACME-2 ein medianes Alter von 61 Jahren.', true],
]);

table('repeated-value: a document that names no trial speaks of one study only when it introduces one', [
  ['Acme Bio said its study of AB-101 enrolled 120 patients.\n\nBeta Pharma said its study of BP-7 enrolled 300 patients.', false],
  ['A study at Acme Hospital enrolled 120 patients with gout.\n\nA separate study in Boston enrolled 300 patients with gout.', false],
  ['Researchers enrolled 120 patients in a study of AB-101.\n\nIn a second study, researchers enrolled 300 patients.', false],
  ['Earlier studies of AB-101 were small. Researchers enrolled 120 patients in the study.\n\nOf the 130 enrolled patients, 41% had the mutation.', false],
  // a group in another place than the trial
  ['The study enrolled 120 patients. The researchers also reviewed records of 4,000 patients in a registry.\n\nThe 4,200 patients in the registry were older.', false],
  ['Researchers enrolled 120 patients in the study of AB-101; 60% were women.\n\nOf the 130 enrolled patients, 41% had the mutation.', true],
]);

table('repeated-value: a definite group of other people than those enrolled', [
  ['The Phase 2 ACME-3 trial enrolled 120 patients at 31 sites.\n\nOf the 70 women, 40% responded.', false],
  ['The Phase 2 ACME-3 trial enrolled 120 adults and 40 children.\n\nThe 44 children had a median age of 9.', false],
  ['The Phase 2 ACME-3 trial enrolled 120 women at 31 sites.\n\nOf the 102 women, 40% responded.', true],
  ['The Phase 2 ACME-3 trial enrolled 120 patients at 31 sites.\n\nThe remaining 90 patients received placebo.', false],
]);

table('repeated-value: a study a sentence introduces beside a named trial is another study', [
  ['The Phase 3 ACME-2 trial enrolled 300 patients.\n\nA 2019 study of 120 patients found similar results.', false],
  ['The Phase 3 ACME-2 trial enrolled 300 patients.\n\nIn a study with 120 patients, AB-202 failed.', false],
  ['The Phase 3 ACME-2 trial enrolled 300 patients.\n\nThe ACME-2 study with 320 patients met its goal.', true],
  ['ACME-2 (n=300) met its primary endpoint.\n\nIn ACME-3 (n=120), AB-101 failed.', false],
]);
