/** percent-of-count: "k among n people (p %)", the share in brackets of the people named after "among". Invented sentences. */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'percent-of-count');

describe('percent-of-count: a count among the people it is drawn from, its share in brackets', () => {
  const cases: [string, boolean][] = [
    ['The analysis counted 190 deaths: 120 among 400 patients (34.0%) receiving velotamab and 70 among 200 (35.0%) receiving placebo.', true],
    ['The analysis counted 190 deaths: 120 among 400 patients (30.0%) receiving velotamab and 70 among 200 (35.0%) receiving placebo.', false],
    ['Dödsfall inträffade hos 40 bland 160 patienter (30 %) i studien.', true],
    ['Dödsfall inträffade hos 40 bland 160 patienter (25 %) i studien.', false],
    // Romance partitives the figure reader does not join, and the share between the count and its whole
    ['La respuesta se observó en 8 de los 22 pacientes (40 %).', true],
    ['La respuesta se observó en 8 de los 22 pacientes (36 %).', false],
    ['Une réponse a été observée chez 8 des 22 patients (40 %).', true],
    ['A response was seen in 8 (40%) of 22 patients.', true],
    ['A response was seen in 8 (36%) of 22 patients.', false],
    // no people after "among": not a share of them
    ['Sales rose to 120 among 400 products (34.0%) in the range.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('percent-of-count: the responders counted in the sentence after a response rate and its population', () => {
  const cases: [string, boolean][] = [
    ['The response rate in the 40 evaluable patients who received velotamab was 30%. The 14 patients listed as responders include one unconfirmed response.', true],
    ['The response rate in the 40 evaluable patients who received velotamab was 30%. The 12 patients listed as responders include one unconfirmed response.', false],
    // a count that is no responders, or another paragraph
    ['The response rate in the 40 evaluable patients who received velotamab was 30%. The 14 patients who stopped treatment had grade 3 events.', false],
    ['The response rate in the 40 evaluable patients who received velotamab was 30%.\n\nThe 14 patients listed as responders include one unconfirmed response.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});
