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
  ];
  for (const [text, n] of cases) it(`${n}: ${text}`, () => assert.equal(messagesOf(text, 'claimed-ratio').length, n, messagesOf(text, 'claimed-ratio').join(' | ')));

  it('a gap is no median restated', () => {
    const doc = 'Median overall survival was 20.2 months with zelbotamab versus 13.1 months with placebo, an improvement of 7.1 months.';
    assert.deepEqual(messagesOf(doc, 'repeated-value'), []);
  });
});
