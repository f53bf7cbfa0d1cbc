/**
 * landmark-vs-median on unseen text: two rates of one landmark in one sentence, each followed by the arm
 * it is of ("72 % for the combination arm and 65 % for the AB-101 arm"), told apart by those words, and
 * the time that opens their sentence ("At 12 months, ...") no median of theirs. Invented sentences.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const cases: [string, boolean][] = [
  ['Median OS for the AB-101 arm was 11.2 months; median OS for the combination arm had not been reached. At 12 months, the rate of OS was 72% for the combination arm and 65% for the AB-101 arm.', true],
  ['Median OS for the AB-101 arm was 17.2 months; median OS for the combination arm had not been reached. At 12 months, the rate of OS was 72% for the combination arm and 65% for the AB-101 arm.', false],
  ['Median PFS in the AB-101 arm was 5.1 months. At 12 months, the PFS rate was 58% in the AB-101 arm and 30% in the placebo arm.', true],
  ['Median PFS in the AB-101 arm was 13.1 months. At 12 months, the PFS rate was 58% in the AB-101 arm and 30% in the placebo arm.', false],
  // the rates name no arm after them: two rates the binding did not tell apart are not judged
  ['Median OS with AB-101 was 11.2 months. At 12 months, 72% and 65% of patients were alive.', false],
  // each rate names an arm, but the same one twice: not told apart
  ['Median OS for the AB-101 arm was 11.2 months. At 12 months, the OS rate was 72% for the AB-101 arm and 65% for the AB-101 arm.', false],
];

describe('landmark-vs-median: rates told apart by the arm their words name', () => {
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'stays silent on'}: ${text.slice(0, 100)}`, () => {
      const found = messagesOf(text, 'landmark-vs-median');
      assert.equal(found.length > 0, expected, found.join(' | '));
    });
  }
});

const notReached: [string, boolean][] = [
  // German lay press: "mittlere" before words that say it was not reached is the median (a mean is never "not reached")
  ['Das mittlere Gesamtüberleben unter AB-101 wurde noch nicht erreicht. Nach 12 Monaten betrug die Gesamtüberlebensrate 41 Prozent.', true],
  ['Das mittlere Gesamtüberleben unter AB-101 wurde noch nicht erreicht. Nach 12 Monaten betrug die Gesamtüberlebensrate 61 Prozent.', false],
  ['Das mediane Gesamtüberleben unter AB-101 wurde nicht erreicht. Nach 24 Monaten betrug die Gesamtüberlebensrate 38 Prozent.', true],
  // a mean that was reached is no claim of a median not reached
  ['Die mittlere Gesamtüberlebenszeit unter AB-101 betrug 14 Monate. Nach 12 Monaten betrug die Gesamtüberlebensrate 41 Prozent.', false],
];

describe('landmark-vs-median: a median not reached, in the words of other languages', () => {
  for (const [text, expected] of notReached) {
    it(`${expected ? 'reports' : 'stays silent on'}: ${text.slice(0, 100)}`, () => {
      const found = messagesOf(text, 'landmark-vs-median');
      assert.equal(found.length > 0, expected, found.join(' | '));
    });
  }
});
