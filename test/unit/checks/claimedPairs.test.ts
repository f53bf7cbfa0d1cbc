/** claimed-ratio: pairs read over a "respectively" list, differences in points named by their arms, ranks by size. Invented sentences. */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'claimed-ratio');

describe('claimed-ratio: readings of the two figures compared', () => {
  // each row: an invented text, and whether a claim in it is reported
  const cases: [string, boolean][] = [
    // "respectively" distributes the pair over a list whose labels are numbers: the pair is still the two joined by "and"
    ['The bleeding rate was 5.20 and 2.60 in the run-in and in months 7 though 52 after dosing, respectively, in the full set (48 patients), a reduction of 70 percent.', true],
    ['The bleeding rate was 5.20 and 2.60 in the run-in and in months 7 though 52 after dosing, respectively, in the full set (48 patients), a reduction of 50 percent.', false],
    // without "respectively" the labels stand between the pair and the claim: no pair is read
    ['The bleeding rate was 5.20 and 2.60 in the run-in and in months 7 though 52 after dosing in the full set (48 patients), a reduction of 70 percent.', false],
    // a difference in points named by the dose arm and the comparator, the rates stated in another paragraph
    ['In the ZEN-2 trial, a higher proportion of patients on zantolimab 80mg (41.2%) achieved the ACR50 response compared to those on placebo (12.5%) at week 16.\n\nThe 80mg dose achieved a 35 percentage points delta to placebo on ACR50.', true],
    ['In the ZEN-2 trial, a higher proportion of patients on zantolimab 80mg (41.2%) achieved the ACR50 response compared to those on placebo (12.5%) at week 16.\n\nThe 80mg dose achieved a 29 percentage points delta to placebo on ACR50.', false],
    // ranks by size against the amounts of their sentences
    ['The second-largest round, $310 million, went to Acme Bio. Zenith Bio took third place with $340 million.', true],
    ['The second-largest round, $310 million, went to Acme Bio. Zenith Bio took third place with $240 million.', false],
    // a sentence with two amounts pairs no rank
    ['The second-largest round, $310 million, went to Acme Bio. Zenith Bio took third place with $340 million, after $20 million in 2023.', false],
  ];
  for (const [text, want] of cases) it(`${want ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 100))}`, () => assert.equal(found(text).length > 0, want, found(text).join('; ')));
});
