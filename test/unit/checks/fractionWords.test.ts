/**
 * repeated-value: a fraction in words against the percentage that restates it in parentheses.
 * Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'repeated-value');

describe('repeated-value: a fraction in words and its percentage', () => {
  // each row: an invented sentence, and whether the fraction is reported
  const cases: [string, boolean][] = [
    ['A third of the participants (47%) preferred the pen.', true],
    ['About half of the patients (36%) responded to the drug.', true],
    ['More than half of the patients (43%) responded to the drug.', true],
    ['Ein Fünftel der Patienten (27 %) brach die Behandlung ab.', true],
    ['Two-thirds of the sites (52%) enrolled a patient.', true],
    // within what the word allows
    ['A third of the participants (36%) preferred the pen.', false],
    ['About half of the patients (44%) responded to the drug.', false],
    ['More than half of the patients (51%) responded to the drug.', false],
    ['Ein Fünftel der Patienten (21 %) brach die Behandlung ab.', false],
    // the percentage is not in parentheses right after the fraction's noun phrase
    ['A third of the participants preferred the pen, and 47% preferred the vial.', false],
    ['Half of the patients had received two prior lines; 38% (n = 12) had received three.', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
  }
});

describe('claimed-ratio: a share in words against the same rate in digits', () => {
  const found = (text: string) => messagesOf(text, 'claimed-ratio');
  const cases: [string, number][] = [
    ['More than one-third of patients had an objective response to zelbotamab. The objective response rate was 30.8% in 107 patients.', 1],
    ['More than one-third of patients had an objective response to zelbotamab. The objective response rate was 36.4% in 107 patients.', 0],
    ['About half of patients had an objective response to zelbotamab, an objective response rate of 38%.', 1],
    ['About half of patients had an objective response to zelbotamab, an objective response rate of 47%.', 0],
    // two rates: two groups, no one rate the words stand for
    ['About half of patients had an objective response to zelbotamab; the objective response rate was 38% and 61% in the two cohorts.', 0],
  ];
  for (const [text, n] of cases) it(`${n}: ${text}`, () => assert.equal(found(text).length, n, found(text).join(' | ')));
});
