/**
 * impossible-value: subsets above the populations they are drawn from (populationSubsets.ts over
 * populations.ts): more responses or remissions than any population stated, an analysis set
 * above the study's enrolment. Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';
import { populationsOf } from '../../../server/src/analysis/populations';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'impossible-value');

describe('impossible-value: subsets above their populations', () => {
  // each row: an invented document, and whether a subset above its population is reported
  const cases: [string, boolean][] = [
    // responses and remissions above every population stated nearby
    ['The study treated 14 patients with Acmezumab. In total, 21 complete responses were observed.', true],
    ['Bisher wurden 11 Patienten behandelt. Insgesamt wurden 15 Remissionen beobachtet.', true],
    ['Acme dosed 18 patients in the dose-escalation part. There were 25 responders across all dose levels.', true],
    ['The study treated 14 patients with Acmezumab. In total, 6 complete responses were observed.', false],
    // a population stated only as a bound leaves room
    ['More than 40 patients have been treated. In total, 45 responses were observed.', false],
    // a bare number nearby that may be the population ("of 60")
    ['The study treated 14 patients in cohort A. Across the program, 21 of 60 achieved responses.', false],
    // a larger population stated elsewhere in the document
    ['Acme enrolled 120 patients in the trial. In part A, 14 patients were treated. In total, 21 complete responses were observed.', false],
    // no population stated near the count: not judged
    ['Acmezumab has shown activity. Since launch, 300 responses have been reported by physicians.', false],
    // an analysis set above the study's enrolment
    ['The phase 1 study enrolled 16 patients. Of the 19 evaluable patients, 5 had a partial response.', true],
    // an arm above the enrolment the sentence before states: its people were enrolled
    ['Acme reported the ACME-3 data. The trial enrolled 37 patients. 45 received Acmezumab and 30 received placebo.', true],
    ['Acme meldete Daten. In der Studie wurden 37 Patienten untersucht. 45 erhielten Acmezumab, 30 eine Chemotherapie.', true],
    ['Acme reported the ACME-3 data. The trial enrolled 37 patients. Of these, 40 were randomized to Acmezumab.', true],
    ['Acme reported the ACME-3 data. The trial enrolled 87 patients. 45 received Acmezumab and 42 received placebo.', false],
    // another paragraph, or a sentence that opens on something else, may speak of another group
    ['Acme reported the ACME-3 data. The trial enrolled 37 patients.\n\n45 received Acmezumab in the extension study.', false],
    ['Acme reported the ACME-3 data. The trial enrolled 37 patients. Across the program, 45 received Acmezumab.', false],
    // two groups of people before: which one the arms are drawn from is unclear
    ['Acme reported the ACME-3 data. The trial enrolled 37 patients and 60 healthy volunteers. 45 received Acmezumab.', false],
    ['Die Studie hat 22 Patienten eingeschlossen. Von den 25 auswertbaren Patienten sprachen 9 an.', true],
    ['The phase 1 study enrolled 16 patients. Of the 14 evaluable patients, 5 had a partial response.', false],
    ['The phase 1 study enrolled 16 patients. In total, 8 of 19 evaluable patients responded.', true],
    ['The phase 1 study enrolled 16 patients. In total, 8 of 14 evaluable patients responded.', false],
    // two trials: an analysis set may belong to the other one
    ['The ACME-1 trial enrolled 16 patients. In the ACME-2 trial, 40 evaluable patients were assessed.', false],
    // enrolment stated twice, the larger covers the analysis set
    ['Part A enrolled 16 patients and part B enrolled 30 patients. Of the 19 evaluable patients, 5 responded.', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${text.slice(0, 90)}`, () => {
      assert.equal(found(text).some(m => /population|enrolled/.test(m)), expected, found(text).join(' | '));
    });
  }
});

describe('impossible-value: a group referred back to, and a count among a group', () => {
  // each row: an invented document, and whether a count above the group it belongs to is reported
  const cases: [string, boolean][] = [
    // a bare number referring back to people ("of them", "of whom"), above every population stated
    ['The ACME-4 trial randomized 300 adults to AB-101 or placebo. The primary endpoint was met, and 320 of them achieved remission.', true],
    ['The ACME-4 trial randomized 300 adults to AB-101 or placebo. The primary endpoint was met, and 220 of them achieved remission.', false],
    ['The ACME-4 trial randomized 300 adults to AB-101 or placebo. In total, 320 of them achieved remission.', true],
    ['Acme Bio enrolled 48 patients in the study. In the follow-up, 51 of whom had died were counted.', true],
    ['Acme Bio enrolled 48 patients in the study. In the follow-up, 31 of whom had died were counted.', false],
    ['Acme Bio treated 40 patients. Later 45 of them, ten more than planned, completed treatment.', false],
    ['Acme Bio enrolled 48 patients in the study. By the cut-off, 52 of these had completed treatment.', true],
    // a referring number of things, not people: no verb of people after it
    ['Acme Bio treated 40 patients at 60 sites, 45 of them in Europe.', false],
    // a larger population stated elsewhere leaves room
    ['The program enrolled 900 patients. The ACME-5 trial randomized 300 adults. In all, 320 of them achieved remission.', false],
    // a count of people among a group named right after it
    ['Responses were seen in 11 evaluable patients among the first 9 of the 40 patients enrolled.', true],
    ['Responses were seen in 7 evaluable patients among the first 9 of the 40 patients enrolled.', false],
    ['Bei 14 Patienten unter den ersten 12 Patienten trat ein Ansprechen auf.', true],
    ['Bei 10 Patienten unter den ersten 12 Patienten trat ein Ansprechen auf.', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${text.slice(0, 90)}`, () => {
      assert.equal(found(text).some(m => /population|among/.test(m)), expected, found(text).join(' | '));
    });
  }
});

describe('populations: what a document states', () => {
  const roles = (text: string) => populationsOf(analyzeText(text).model).map(p => `${p.size}:${p.role}`);
  const cases: [string, string[]][] = [
    ['The trial enrolled 40 patients.', ['40:enrolment']],
    ['Of the 36 evaluable patients, 12 responded.', ['36:analysis', '12:other']],
    ['Forty patients were randomised, 36 patients evaluated for efficacy.', ['40:enrolment', '36:analysis']],
    ['More than 300 patients have been enrolled.', ['Infinity:enrolment']],
    ['Responses were seen in 12 of 40 patients.', ['40:other', '12:other']],
    // the words of an analysis set after "k of n" qualify the whole, n
    ['Responses were seen in 12 of 40 evaluable patients.', ['40:analysis', '12:other']],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(expected)}: ${text}`, () => {
      assert.deepEqual(roles(text).sort(), [...expected].sort());
    });
  }
});

describe('impossible-value: a count above the population its sentence introduces', () => {
  const cases: [string, boolean][] = [
    ['Of 18 treated patients, 21 patients had a partial response.', true],
    ['Among the 18 evaluable participants, 20 participants responded.', true],
    ['Of 18 treated patients, 7 patients had a partial response.', false],
    // a bare number may count something else
    ['Of 18 treated patients, 21 had lesions measured.', false],
    // a bare number that is the subject of a verb of people or an analysis set's word, the subject after an introduced population, counts what that population counts
    ['Of the 37 patients treated with Quorimab, 41 were evaluable for response.', true],
    ['Of the 37 patients treated with Quorimab, 29 had a partial response.', false],
    ['Of the 37 patients treated with Quorimab, 41 percent were evaluable for response.', false],
    // a count introduced in its turn is the whole the first group is drawn from
    ['Among 31 patients evaluable of the 40 patients enrolled, 9 responded.', false],
    ['Among 31 patients evaluable out of 40 patients enrolled, 9 responded.', false],
    ['Among 31 evaluable patients, 40 patients responded.', true],
    // a bare number with a copula and a word of people counts people
    ['Of the 37 patients treated with Quorimab, 41 were women.', true],
    ['Of the 37 patients treated with Quorimab, 21 were women.', false],
    ['Of the 37 patients treated with Quorimab, 41 were lesions in the liver.', false],
    // a clause after a semicolon referring back ("among them", "of these") to the one count of people before it
    ['The ACME-6 study enrolled 120 patients; among them, 135 had received prior chemotherapy.', true],
    ['The ACME-6 study enrolled 120 patients; among them, 35 had received prior chemotherapy.', false],
    ['The ACME-6 study enrolled 120 patients; of these, 131 were adults.', true],
    ['The ACME-6 study enrolled 120 patients at 40 sites; among them, 135 had received prior chemotherapy.', false],
    ['The ACME-6 study enrolled 120 patients and 30 caregivers; among them, 135 had received a survey.', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).some(m => /counts it among/.test(m)), expected, found(text).join(' | ')));
  }
});

describe('impossible-value: a group introduced again with a clause that restricts it', () => {
  const cases: [string, boolean][] = [
    ['Of 14 long-term responders, 9 were women. Of 17 long-term responders with a tumour biopsy, 11 had high expression.', true],
    ['Of 14 long-term responders, 9 were women. Of 12 long-term responders with a tumour biopsy, 11 had high expression.', false],
    // other words name another group
    ['Of 14 long-term responders, 9 were women. Of 17 enrolled patients with a tumour biopsy, 11 had high expression.', false],
    // no restriction: a group introduced again may be counted at another time
    ['Of 14 long-term responders, 9 were women. Of 17 long-term responders, 11 had high expression.', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${text.slice(0, 100)}`, () => assert.equal(found(text).some(m => /restricted by the words after them/.test(m)), expected, found(text).join(' | ')));
  }
});

describe('impossible-value: values beyond a natural limit', () => {
  // each row: an invented sentence, and whether it is reported
  const cases: [string, boolean][] = [
    ['Headache was reported in 103% of participants.', true],
    ['The assay had a specificity of 104% and a sensitivity of 88%.', true],
    ['Overall survival at 24 months was 106% in the treated arm.', true],
    ['The median age was 171 years.', true],
    ['Participants aged 18 to 190 years were enrolled.', true],
    ['The hazard ratio was -0.31.', true],
    // a relative change has no such limit
    ['Overall survival at 24 months was 106% higher than with chemotherapy.', false],
    ['Enrolment increased by 140% of the planned number.', false],
    ['Sales rose 130% year on year.', false],
    ['The median age was 71 years.', false],
    ['The company was founded 150 years ago.', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
  }
});

describe('impossible-value: a part counts what its whole counts', () => {
  it('does not set a count of people against a count of something else its sentence names', () => {
    assert.equal(found('Patients had received a median of two prior regimens, and 31 had received an anti-PD-1 antibody.').length, 0);
  });
});

describe('impossible-value: a count in a sentence that opens by referring back to the sentence before', () => {
  const found = (text: string) => analyzeText(text).findings.filter(f => f.code === 'impossible-value');
  const cases: [string, number][] = [
    ['The trial enrolled 120 patients. Of these, 131 patients completed the treatment period.', 1],
    ['The trial enrolled 120 patients. Of these, 111 patients completed the treatment period.', 0],
    ['Die Studie schloss 120 Patienten ein. Davon beendeten 131 Patienten die Behandlung.', 1],
    // the whole population named again refers back as "of these" does
    ['The trial enrolled 120 adult patients. Of the overall population, 131 patients had received a prior transplant.', 1],
    ['The trial enrolled 120 adult patients. Of the overall population, 31 patients had received a prior transplant.', 0],
    // another paragraph does not refer back to it
    ['The trial enrolled 120 patients.\n\nOf these, 131 patients completed the treatment period.', 0],
    // two counts of people before: which one is meant is not said
    ['The trial screened 300 patients and enrolled 120 patients. Of these, 131 patients completed the treatment period.', 0],
    // one span found wrong by two readings is one finding
    ['A total of 60 patients were enrolled, including 72 patients with liver metastases.', 1],
  ];
  for (const [text, n] of cases) it(`${n ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length, n, JSON.stringify(found(text).map(f => f.message))));
});
