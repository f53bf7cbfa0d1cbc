/** totals: a difference stated right after two compared percentages is the one minus the other. Invented sentences. */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'totals');

describe('totals: a stated difference between two compared figures', () => {
  // each row: an invented sentence, and the findings expected
  const cases: [string, string[]][] = [
    ['HbA1c fell by 1.62% with zanotumab versus 1.20% with placebo (estimated treatment difference: -0.62%).',
      ['1.62% and 1.20% differ by 0.42, not the stated difference -0.62%.']],
    ['HbA1c fell by 1.62% with zanotumab versus 1.20% with placebo (estimated treatment difference: -0.42%).', []],
    // either sign, and percentage points
    ['Weight fell by 9.4% with zanotumab compared with 2.1% with placebo (treatment difference 7.3 percentage points).', []],
    ['Weight fell by 9.4% with zanotumab compared with 2.1% with placebo (treatment difference 8.3 percentage points).',
      ['9.4% and 2.1% differ by 7.3, not the stated difference 8.3 percentage points.']],
    // a relative difference is a ratio; figures not compared with each other are not judged
    ['Relapse occurred in 20% with zanotumab versus 40% with placebo, a relative difference of 50%.', []],
    ['Relapse occurred in 20% and 40% of patients, respectively (difference 15%).', []],
    // two rates of one endpoint joined by "and", each of its own arm
    ['The response rate was 45% with zanotumab and 25% with placebo, a difference of 25 percentage points.',
      ['45% and 25% differ by 20, not the stated difference 25 percentage points.']],
    ['The response rate was 45% with zanotumab and 25% with placebo, a difference of 20 percentage points.', []],
    // two endpoints joined by "and" are no pair compared
    ['The response rate was 45% and the disease control rate 25% with zanotumab, a difference of 25 percentage points from earlier data.', []],
    // the difference in points first, then the two rates in brackets
    ['Zanotumab improved the response rate by 25 percentage points over placebo (45% vs. 25%).',
      ['45% and 25% differ by 20, not the stated difference 25 percentage points.']],
    ['Zanotumab improved the response rate by 20 percentage points over placebo (45% vs. 25%).', []],
    // a gain stated in points right after the two rates is their difference; in percent it may be relative
    ['The ORR was 32% with zanotumab versus 20% with chemotherapy, an improvement of 22 percentage points.',
      ['32% and 20% differ by 12, not the stated difference 22 percentage points.']],
    ['The ORR was 32% with zanotumab versus 20% with chemotherapy, an improvement of 12 percentage points.', []],
    ['The ORR was 32% with zanotumab versus 20% with chemotherapy, an improvement of 60%.', []],
  ];
  for (const [text, want] of cases) it(`judges ${JSON.stringify(text.slice(0, 90))}`, () => assert.deepEqual(found(text), want));
});

describe('totals: "the difference between the two arms" of the sentence before', () => {
  const cases: [string, string[]][] = [
    ['Median OS was 14.2 months with zanotumab and 11.1 months with placebo. The 4.1-month difference between the two arms was significant.',
      ['14.2 months and 11.1 months differ by 3.1 months, not the stated difference 4.1-month.']],
    ['Median OS was 14.2 months with zanotumab and 11.1 months with placebo. The 3.1-month difference between the two arms was significant.', []],
    // another paragraph, or three lengths before: not the pair meant
    ['Median OS was 14.2 months with zanotumab and 11.1 months with placebo.\n\nThe 4.1-month difference between the two arms was significant.', []],
    ['Median OS was 14.2, 12.0 and 11.1 months in the three arms. The 4.1-month difference between the two arms was significant.', []],
  ];
  for (const [text, want] of cases) it(`judges ${JSON.stringify(text.slice(0, 90))}`, () => assert.deepEqual(found(text), want));
});
