import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'claimed-ratio');

describe('claimed-ratio: claims as each language words them', () => {
  // each row: an invented sentence, and whether its claim is reported
  const cases: [string, boolean][] = [
    ['Three times as many patients responded (24% vs 12%).', true],
    ['Three times as many patients responded (36% vs 12%).', false],
    ['The response rate was more than four times the placebo rate (30% vs 10%).', true],
    ['The response rate was more than twice the placebo rate (30% vs 10%).', false],
    ['The rate nearly doubled (38% vs 20%).', false],
    ['Dreimal so viele Patienten sprachen an (24 % vs. 12 %).', true],
    ['Trois fois plus de patients ont répondu (24 % contre 12 %).', true],
    ['Deux fois plus de patients ont répondu (24 % contre 12 %).', false],
    ['Vijf keer zoveel patiënten reageerden (24% tegenover 12%).', true],
    ['The rate was halved (from 40% to 30%).', true],
    ['Die Rate wurde halbiert (von 40 % auf 20 %).', false],
    // the standard right after the multiple, the figure compared the nearest like one before it
    ['In cohort C, 36% of patients improved, nearly five times the 15% of the comparator arm.', true],
    ['In cohort C, 72% of patients improved, nearly five times the 15% of the comparator arm.', false],
    ['Revenue reached $64 million, twice the $40 million of a year earlier.', true],
    ['Revenue reached $80 million, twice the $40 million of a year earlier.', false],
    ['In cohort C verbeterde 36% van de patiënten, ruim vier keer de 15% in de controlegroep.', true],
    // a dosing schedule and a trial design are no claims
    ['The drug was given three times daily; 40% vs 10% responded.', false],
    ['In this double-blind trial, 40% vs 10% responded.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('claimed-ratio: a risk reduction against its hazard ratio', () => {
  const cases: [string, string[]][] = [
    ['The drug showed a 45% reduction in the risk of progression (HR 0.65; 95% CI 0.50-0.85).', ['A 45 % risk reduction does not match HR 0.65: 1 \u2212 0.65 = 35 %.']],
    ['The drug showed a 35% reduction in the risk of progression (HR 0.65; 95% CI 0.50-0.85).', []],
    ['Das Mittel verringerte das Sterberisiko um 45 Prozent (HR 0,65).', ['A 45 % risk reduction does not match HR 0.65: 1 \u2212 0.65 = 35 %.']],
    // a ratio with three decimals after a comma is read to its third decimal, not as thousands
    ['Das Mittel verringerte das Sterberisiko um rund 40 Prozent, bei einer Hazard Ratio von 0,815.', ['A 40 % risk reduction does not match HR 0.815: 1 \u2212 0.815 = 19 %.']],
    ['Das Mittel verringerte das Sterberisiko um rund 18 Prozent, bei einer Hazard Ratio von 0,815.', []],
    // a list pairs each reduction with the ratio after it
    ['The risk fell by 35% (HR 0.65) and 20% (HR 0.80) in the two analyses, respectively.', []],
    ['The risk fell by 35% (HR 0.65) and 30% (HR 0.80) in the two analyses, respectively.', ['A 30 % risk reduction does not match HR 0.8: 1 \u2212 0.8 = 20 %.']],
    // an absolute reduction is another measure
    ['The absolute risk reduction was 5% (HR 0.80).', []],
    // a difference in a risk named relative is the reduction its ratio states; a difference in a risk alone may be absolute
    ['Survival at three years was 61% with Drugamab and 50% with placebo, for a 40% difference in the relative risk of death (hazard ratio, 0.70).', ['A 40 % risk reduction does not match HR 0.7: 1 \u2212 0.7 = 30 %.']],
    ['Survival at three years was 61% with Drugamab and 50% with placebo, for a 30% difference in the relative risk of death (hazard ratio, 0.70).', []],
    ['Survival at three years was 61% with Drugamab and 50% with placebo, an 11% difference in the risk of death (hazard ratio, 0.70).', []],
    // the ratio of the sentence before, when the claim's own states none
    ['Median OS was 14.0 months versus 10.0 months (HR 0.70). The drug thus reduced the risk of death by 50%.', ['A 50 % risk reduction does not match HR 0.7: 1 \u2212 0.7 = 30 %.']],
  ];
  for (const [text, want] of cases) it(`judges ${JSON.stringify(text)}`, () => assert.deepEqual(found(text), want));
});

describe('ci-inconsistent: the estimate before a time point', () => {
  const found = (text: string) => messagesOf(text, 'ci-inconsistent');
  it('takes the share measured at a time point as the estimate, not the time point', () => {
    assert.deepEqual(found('Antibodies were seen in 98.0% of participants at 1 month (95% CI, 96.7-99.8).'), []);
    assert.deepEqual(found('Antibodies were seen in 92.0% of participants at 1 month (95% CI, 96.7-99.8).'), ['Estimate 92 lies outside its 95 % CI 96.7\u201399.8.']);
  });
  it('judges a claim in words the recogniser also read as a figure', () => {
    const claims = (text: string) => analyzeText(text).findings.filter(f => f.code === 'claimed-ratio').length;
    assert.equal(claims('Median PFS was 8.0 months versus 6.0 months (HR 0.70). The drug therefore doubled median PFS.'), 1);
    assert.equal(claims('Median PFS was 12.0 months versus 6.0 months (HR 0.50). The drug therefore doubled median PFS.'), 0);
  });
});

describe('claimed-ratio: a multiple with the two figures it names after it', () => {
  const claims = (text: string) => analyzeText(text).findings.filter(f => f.code === 'claimed-ratio').length;
  it('reads "from B in YEAR to A in YEAR" as the pair', () => {
    assert.equal(claims('Product sales tripled from $21 million in 2024 to $43 million in 2025.'), 1);
    assert.equal(claims('Product sales tripled from $21 million in 2024 to $64 million in 2025.'), 0);
    assert.equal(claims('Product sales doubled from $21 million in fiscal 2024 to $43 million.'), 0);
  });
  it('reads the pair in other languages, also when the figure reader took it for a range', () => {
    assert.equal(claims('Le taux de réponse a triplé, passant de 12 % à 25 %.'), 1);
    assert.equal(claims('Le taux de réponse a doublé, passant de 12 % à 25 %.'), 0);
    assert.equal(claims('Svarsfrekvensen fördubblades från 12 procent till 41 procent.'), 1);
    assert.equal(claims('Svarsfrekvensen fördubblades från 12 procent till 25 procent.'), 0);
  });
});
