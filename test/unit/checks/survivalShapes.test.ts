/**
 * survival-logic on unseen text: every endpoint death ends (RFS, DFS, EFS, PFS) against OS, and two runs
 * of medians written side by side ("RFS a versus b, and OS c versus d") paired by their places, in the
 * corpus's languages. Invented sentences: a contradiction in each shape, and the near miss beside it.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const cases: [string, boolean][] = [
  ['In the AB-101 trial, median RFS was 17.1 months versus 2.7 months with placebo, and median OS was 14.6 months versus 10.4 months with placebo.', true],
  ['In the AB-101 trial, median RFS was 7.1 months versus 2.7 months with placebo, and median OS was 14.6 months versus 10.4 months with placebo.', false],
  ['In the AB-101 trial, median PFS was 7.1 months versus 2.7 months with placebo, and median OS was 14.6 months versus 2.4 months with placebo.', true],
  ['In the AB-101 trial, median PFS was 7.1 months versus 2.7 months with placebo, and median OS was 14.6 months versus 3.4 months with placebo.', false],
  ['AB-101 ha portato a una sopravvivenza mediana libera da ricadute (RFS) di 7,1 mesi rispetto a 2,7 mesi nel braccio placebo e a una sopravvivenza globale (OS) di 14,6 mesi rispetto a 2,4 mesi nel braccio placebo.', true],
  ['AB-101 ha portato a una sopravvivenza mediana libera da ricadute (RFS) di 7,1 mesi rispetto a 2,7 mesi nel braccio placebo e a una sopravvivenza globale (OS) di 14,6 mesi rispetto a 10,4 mesi nel braccio placebo.', false],
  ['Unter AB-101 betrug das mediane EFS 19,2 Monate gegenüber 8,1 Monaten unter Placebo, das mediane OS 16,0 Monate gegenüber 12,3 Monaten.', true],
  ['Unter AB-101 betrug das mediane EFS 13,2 Monate gegenüber 8,1 Monaten unter Placebo, das mediane OS 16,0 Monate gegenüber 12,3 Monaten.', false],
  // OS first, then the other endpoint
  ['Median OS was 20.5 months with AB-101 and 11.0 months with placebo, and median DFS was 15.0 months with AB-101 and 12.5 months with placebo.', true],
  ['Median OS was 20.5 months with AB-101 and 13.0 months with placebo, and median DFS was 15.0 months with AB-101 and 12.5 months with placebo.', false],
  // one endpoint's values interleaved with the other's: not two runs; each arm's own pair
  ['With AB-101, median DFS was 12.0 months and median OS 18.0 months; with placebo, median DFS was 6.0 months and median OS 9.0 months.', false],
  // a follow-up time is no median of survival
  ['After a median follow-up of 30.2 months and 24.1 months, median OS was 14.6 months and 10.4 months.', false],
];

describe('survival-logic: endpoints death ends, and medians written side by side', () => {
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'stays silent on'}: ${text.slice(0, 100)}`, () => {
      const found = messagesOf(text, 'survival-logic');
      assert.equal(found.length > 0, expected, found.join(' | '));
    });
  }
});
