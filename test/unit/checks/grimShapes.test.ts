/**
 * grim on unseen text: a share that says who the patients are, after the n its sentence opens on
 * ("N = 12 patients: 55 % male"), and a share of the responses, over the responders counted just
 * before it ("responses in 11 of 30 ...; 38 % of responses ongoing"), also in a list whose lines end
 * on no full stop. Invented sentences; each shape with a share no whole number gives, and a near miss.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const cases: [string, boolean][] = [
  // the demographics of the n the sentence opens on
  ['Baseline characteristics:\n• N = 12 patients: 55% male; median age 61 years', true],
  ['Baseline characteristics:\n• N = 12 patients: 50% male; median age 61 years', false],
  ['In the AB-101 study (n = 14), 60% were women and the median age was 58 years.', true],
  ['In the AB-101 study (n = 15), 60% were women and the median age was 58 years.', false],
  ['Of the 23 patients enrolled, 45% were female.', true],
  ['Of the 22 patients enrolled, 45% were female.', false],
  // a share that names no one is no share of the n ("55 % of the dose")
  ['N = 12 patients: 55% of the planned dose was given.', false],
  // a share of the responses: of the responders counted before it
  ['Responses were observed in 11 of the 34 evaluable patients (32.4%), with 38% of responses ongoing.', true],
  ['Responses were observed in 11 of the 34 evaluable patients (32.4%), with 36% of responses ongoing.', false],
  ['Acme Bio reported 13 responders among 40 patients treated with AB-101. At the cut-off, 50% of responders remained in response.', false],
  ['Acme Bio reported responses in 13 patients treated with AB-101. At the cut-off, 50% of responders remained in response.', true],
  ['Acme Bio reported responses in 14 patients treated with AB-101. At the cut-off, 50% of responders remained in response.', false],
  // lines of a list, no full stop at their ends
  ['Key findings:\n40 patients were dosed with AB-101\n36 patients were evaluable\nResponses were seen in 9 of the 36 evaluable patients (25.0%)\nResponses lasted up to 14 months, with 44% of responses ongoing', false],
  ['Key findings:\n40 patients were dosed with AB-101\n36 patients were evaluable\nResponses were seen in 9 of the 36 evaluable patients (25.0%)\nResponses lasted up to 14 months, with 40% of responses ongoing', true],
  // the nearest count names no responses: unknown
  ['Responses were seen in AB-101 patients. Grade 3 events occurred in 7 patients, and 40% of responses were ongoing.', false],
];

describe('grim: demographic shares and shares of the responses', () => {
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'stays silent on'}: ${text.replace(/\n/g, ' / ').slice(0, 100)}`, () => {
      const found = messagesOf(text, 'grim');
      assert.equal(found.length > 0, expected, found.join(' | '));
    });
  }
});
