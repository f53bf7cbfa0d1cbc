/**
 * claimed-ratio: a gap between two groups' medians stated as a length ("3.2 months longer", "an
 * improvement of 3.2 months") against the two medians; and such a gap is never a median restated
 * (repeated-value). Invented documents.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

describe('claimed-ratio: a gap between two medians', () => {
  const cases: [string, number][] = [
    ['Patients on zelbotamab lived 7.9 months longer than those on placebo. Median overall survival was 20.2 months versus 13.1 months with placebo.', 1],
    ['Patients on zelbotamab lived 7.1 months longer than those on placebo. Median overall survival was 20.2 months versus 13.1 months with placebo.', 0],
    ['Median overall survival was 20.2 months with zelbotamab versus 13.1 months with placebo, an improvement of 6.1 months.', 1],
    ['Median overall survival was 20.2 months with zelbotamab versus 13.1 months with placebo, an improvement of 7.1 months.', 0],
    // three medians: which two the gap lies between is not said
    ['Median overall survival was 20.2, 16.0 and 13.1 months in the three arms, an improvement of 4.2 months.', 0],
    // the length in its adjective form before a noun of gain; a verb of gain and "by" after the outcome it extends
    ['Median overall survival was 20.2 months with zelbotamab versus 13.1 months with placebo, a 6.1-month improvement.', 1],
    ['Median overall survival was 20.2 months with zelbotamab versus 13.1 months with placebo, a 7.1-month improvement.', 0],
    ['Zelbotamab extended median overall survival by 6.1 months, to 20.2 months versus 13.1 months with placebo.', 1],
    ['Zelbotamab extended median overall survival by 7.1 months, to 20.2 months versus 13.1 months with placebo.', 0],
    // a study extended, or a 12-month extension, names no gain between the groups
    ['The study was extended by 6 months. Median overall survival was 20.2 months with zelbotamab versus 13.1 months with placebo.', 0],
    ['In the 12-month extension study, median overall survival was 20.2 months with zelbotamab versus 13.1 months with placebo.', 0],
  ];
  for (const [text, n] of cases) it(`${n}: ${text}`, () => assert.equal(messagesOf(text, 'claimed-ratio').length, n, messagesOf(text, 'claimed-ratio').join(' | ')));

  it('a gap is no median restated', () => {
    const doc = 'Median overall survival was 20.2 months with zelbotamab versus 13.1 months with placebo, an improvement of 7.1 months.';
    assert.deepEqual(messagesOf(doc, 'repeated-value'), []);
  });
});
