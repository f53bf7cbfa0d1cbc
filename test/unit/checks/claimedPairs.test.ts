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

describe('claimed-ratio: changes set against changes are no levels a claim compares', () => {
  const cases: [string, boolean][] = [
    ['In adults, weight fell by 15.2% on AB-101 (vs. a 1.8% increase with placebo), while adolescents saw a 14.7% reduction (vs. 2.9% increase with placebo).', false],
    ['Acme Bio\u2019s AB-101 gave a 12% reduction (vs. a 3% increase on placebo) in the primary measure.', false],
    // a claim on two levels still is judged: 45 % against 30 % is 50 % higher, not 80 %
    ['AB-101 gave an 80% higher response rate (45% vs 30%).', true],
  ];
  for (const [text, want] of cases) it(`${want ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 100))}`, () => assert.equal(found(text).length > 0, want, found(text).join('; ')));
});

describe('claimed-ratio: an efficacy against the cases of the two groups', () => {
  const head = 'The trial gave 9,000 volunteers in the vaccine group and 3,000 in the placebo group two doses. ';
  const cases: [string, boolean][] = [
    [head + 'After the second dose, 12 cases were confirmed in the vaccine group and 40 cases in the placebo group, an efficacy of 90.0%.', false],
    [head + 'After the second dose, 22 cases were confirmed in the vaccine group and 40 cases in the placebo group, an efficacy of 90.0%.', true],
    // no group sizes: not judged
    ['After the second dose, 22 cases were confirmed in the vaccine group and 40 cases in the placebo group, an efficacy of 90.0%.', false],
    // two treated groups and no control: not judged
    [head.replace('placebo group', 'booster group') + 'After the second dose, 22 cases were confirmed in the vaccine group and 40 cases in the booster group, an efficacy of 90.0%.', false],
  ];
  for (const [text, want] of cases) it(`${want ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 100))}`, () => assert.equal(found(text).length > 0, want, found(text).join('; ')));
});

describe('claimed-ratio: a table\'s column of change against its two periods', () => {
  const table = (cell: string, layout = 'lines') => layout === 'lines'
    ? `Acme Bio results\n\nMetric\n\nQ3 2027\n\nQ3 2026\n\nYear-Over-Year Change\n\nRevenue\n\n $4.4 million  $2.0 million\n\n${cell}\n\nNet loss\n\n ($12.1 million)  ($14.8 million)\n\nN/A\n`
    : `Acme Bio results\n\n| Metric | Q3 2026 | Q3 2027 | % Change |\n| Revenue | $2.0 million | $4.4 million | ${cell} |\n`;
  const cases: [string, boolean][] = [
    [table('120.0%'), false],
    [table('102.0%'), true],
    // the older period first: the change still runs from the older to the newer
    [table('120%', 'bars'), false],
    [table('54.5%', 'bars'), true],
    // a row whose change is no figure ("N/A") is not read
    [table('N/A'), false],
  ];
  for (const [text, want] of cases) it(`${want ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(20, 140))}`, () => assert.equal(found(text).length > 0, want, found(text).join('; ')));
});

describe('claimed-ratio: a risk reduction against the ratios stated elsewhere for its endpoint', () => {
  const body = '\n\nIn the ZEN-HF trial, the primary endpoint of heart failure events occurred in 12.4% with zantolimab and in 16.8% with placebo (hazard ratio [HR] 0.72; 95% CI 0.60-0.87).';
  const cases: [string, boolean][] = [
    ['- Zantolimab reduced the risk of heart failure events by 60% versus placebo in the ZEN-HF trial' + body, true],
    ['- Zantolimab reduced the risk of heart failure events by 28% versus placebo in the ZEN-HF trial' + body, false],
    // an absolute reduction is no relative one
    ['- Zantolimab reduced the absolute risk of heart failure events by 4.4% versus placebo in the ZEN-HF trial' + body, false],
  ];
  for (const [text, want] of cases) it(`${want ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 100))}`, () => assert.equal(found(text).length > 0, want, found(text).join('; ')));
});

describe('claimed-ratio: multiples and halves in more forms', () => {
  const cases: [string, boolean][] = [
    ['Revenue tripled to $5.0 million from $2.5 million.', true],
    ['Der Umsatz verdreifachte sich von 2,5 Millionen Euro auf 5,0 Millionen Euro.', true],
    ['Der Umsatz verdreifachte sich von 2,5 Millionen Euro auf 7,5 Millionen Euro.', false],
    ['Las ventas se triplicaron de 2,5 millones de euros a 5,0 millones de euros.', true],
    ['The response rate was 40% with zantolimab versus 5% with placebo, sechs Mal höher.', true],
    ['Relapses fell from 30% to 22%, halving the rate.', true],
    ['Relapses fell from 30% to 15%, halving the rate.', false],
  ];
  for (const [text, want] of cases) it(`${want ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 100))}`, () => assert.equal(found(text).length > 0, want, found(text).join('; ')));
});

describe('claimed-ratio: a change from a range', () => {
  const cases: [string, boolean][] = [
    ['Acme Bio cut its offering price by 50 percent to $10 from its expected $14 to $16 range.', true],
    ['Acme Bio cut its offering price by 33 percent to $10 from its expected $14 to $16 range.', false],
    ['Acme Bio raised its offering price to $10 from its expected $14 to $16 range.', true],
    ['Acme Bio lowered its offering price to $10 from its expected $14 to $16 range.', false],
    // the new side is never a range
    ['Acme Bio raised its guidance to $14 to $16 million from $10 million.', false],
  ];
  for (const [text, want] of cases) it(`${want ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 100))}`, () => assert.equal(found(text).length > 0, want, found(text).join('; ')));
});
