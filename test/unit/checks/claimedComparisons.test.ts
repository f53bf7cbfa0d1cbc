/** claimed-ratio: a comparison stated in one sentence against the pair of figures the next one states. Invented sentences. */
import { strict as assert } from 'assert';
import { figuresOf, messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'claimed-ratio');
const table = (title: string, cases: [string, boolean][]) => describe(title, () => {
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

table('claimed-ratio: a size stated alone, the pair compared in the next sentence (same measure)', [
  // 14.0 / 10.0 = +40 %
  ['Acme Bio said its revenues rose 40 percent year over year.\nIt reported revenues of $14.0 million compared to $10.0 million a year earlier.', false],
  ['Acme Bio said its revenues rose 60 percent year over year.\nIt reported revenues of $14.0 million compared to $10.0 million a year earlier.', true],
  // a hedged size has room, but not a quarter of the change: "about 45" for 40 is fine, "about 60" is not
  ['Acme Bio said its revenues rose about 45 percent year over year.\nIt reported revenues of $14.0 million compared to $10.0 million a year earlier.', false],
  ['Acme Bio said its revenues rose about 60 percent year over year.\nIt reported revenues of $14.0 million compared to $10.0 million a year earlier.', true],
  // a fall said of a pair that rose
  ['Acme Bio said its revenues fell 40 percent year over year.\nIt reported revenues of $14.0 million compared to $10.0 million a year earlier.', true],
  // a count of other things in the size's sentence does not hide the size
  ['Acme Bio said its revenues rose 60 percent, helped by its two new tests.\nIt reported revenues of $14.0 million compared to $10.0 million a year earlier.', true],
  // another measure: the size is not this pair's
  ['Acme Bio said its revenues rose 60 percent year over year.\nIts net loss was $14.0 million compared to $10.0 million a year earlier.', false],
  // the pair's sentence states a size of its own: that one is the pair's
  ['Acme Bio said its revenues rose 60 percent year over year.\nRevenues were $14.0 million compared to $10.0 million, an increase of 40 percent.', false],
]);

table('claimed-ratio: a multiple stated alone, the change in the next sentence', [
  // 9.0 / 4.0 = 2.25
  ['Acme Bio said its sales more than doubled in the quarter.\nSales were $9.0 million, up from $4.0 million.', false],
  ['Acme Bio said its sales more than tripled in the quarter.\nSales were $9.0 million, up from $4.0 million.', true],
  ['Acme Bio said its sales nearly doubled in the quarter.\nSales were $9.0 million, up from $4.0 million.', true],
  // rounding: 7.9 / 4.0 may be 7.95 / 3.95 = 2.01
  ['Acme Bio said its sales doubled in the quarter.\nSales were $7.9 million, up from $4.0 million.', false],
  // another measure named for the pair: no claim on it
  ['Acme Bio said its sales more than tripled in the quarter.\nExpenses were $9.0 million, up from $4.0 million.', false],
  // no measure named with the multiple: not paired
  ['The figure more than tripled in the quarter.\nSales were $9.0 million, up from $4.0 million.', false],
]);

describe('figures: a share and a count of things are no range', () => {
  it('reads "rose 25 percent to 1,250 tests" as a percentage and a count', () => {
    const fs = figuresOf('Test volume rose 25 percent to 1,250 tests from 1,000 tests.');
    assert.deepEqual(fs.map(f => [f.figureKind, f.value]), [['percent', 25], ['count', 1250], ['count', 1000]]);
  });
  it('still reads "25 to 30 percent" as a range', () => {
    const fs = figuresOf('Volume rose 25 to 30 percent.');
    assert.deepEqual(fs.map(f => [f.figureKind, f.value]), [['percent', [25, 30]]]);
  });
  it('judges the size of a change in counts', () => {
    assert.equal(found('Test volume rose 25 percent to 1,250 tests from 1,000 tests.').length, 0);
    assert.equal(found('Test volume rose 52 percent to 1,250 tests from 1,000 tests.').length, 1);
  });
});

table('claimed-ratio: a position against a standard named by its period, its figure in brackets', [
  ['Acme Bio reached sales of EUR 95 million and so lay above 2023 (EUR 90 million).', false],
  ['Acme Bio reached sales of EUR 85 million and so lay above 2023 (EUR 90 million).', true],
  ['Der Umsatz erreichte 95 Millionen Euro und lag damit über 2023 (90 Millionen Euro).', false],
  ['Der Umsatz erreichte 95 Millionen Euro und lag damit unter 2023 (90 Millionen Euro).', true],
  ['Costs were $12.0 million, below the prior year ($14.1 million).', false],
  ['Costs were $15.0 million, below the prior year ($14.1 million).', true],
  // rounding: 89.6 may be 90
  ['Acme Bio reached sales of EUR 90 million and so lay above 2023 (EUR 89.6 million).', false],
  // no period before the bracket, or another figure between: no position claim
  ['Acme Bio spent $5.0 million over 12 months (2023: $6.0 million).', false],
  ['Acme Bio earned $5.0 million, over the plan (Q4: $6.0 million).', false],
]);

table('claimed-ratio: a change whose unit is written once, after a number in words', [
  ["Acme Bio's stake fell from 12.5 to about ten percent after the sale.", false],
  ["Acme Bio's stake fell from 7.5 to about ten percent after the sale.", true],
  ['Der Anteil von Acme Bio sinkt damit von 12,5 auf rund zehn Prozent.', false],
  ['Der Anteil von Acme Bio sinkt damit von 7,5 auf rund zehn Prozent.', true],
  // no word for "from" before the first number: the two are not one change's
  ["Acme Bio's stake of 7.5 fell to about ten percent after the sale.", false],
]);

table('claimed-ratio: a risk reduction against its hazard ratio, in Japanese and Chinese', [
  ['AB-101群はプラセボ群に対してOSを有意に延長し[ハザード比(HR) = 0.65; p <0.001]、死亡リスクを35%低減した。', false],
  ['AB-101群はプラセボ群に対してOSを有意に延長し[ハザード比(HR) = 0.65; p <0.001]、死亡リスクを45%低減した。', true],
  ['AB-101将死亡风险降低了 35% (风险比 0.65)。', false],
  ['AB-101将死亡风险降低了 45% (风险比 0.65)。', true],
]);

table('claimed-ratio: a change whose new figure is dated before its comparison', [
  ['Cash and cash equivalents decreased to $90.0 million as of December 31, 2024, compared to $100.0 million as of December 31, 2023.', false],
  ['Cash and cash equivalents decreased to $120.0 million as of December 31, 2024, compared to $100.0 million as of December 31, 2023.', true],
  ['Cash and cash equivalents increased to $120.0 million as of December 31, 2024, compared to $100.0 million as of December 31, 2023.', false],
  // another figure between: the comparison may be another's
  ['Cash decreased to $120.0 million as of December 31, 2024, with $5.0 million in debt, compared to $100.0 million.', false],
]);

table('claimed-ratio: a German risk reduction in the passive participle', [
  ['Das Sterberisiko wurde um 35 Prozent gesenkt (Hazard Ratio 0,65).', false],
  ['Das Sterberisiko wurde um 45 Prozent gesenkt (Hazard Ratio 0,65).', true],
]);

table('claimed-ratio: a price above or below a range', [
  ['Acme Bio priced its IPO at $16.00 per share, above the expected range of $13.00 to $15.00.', false],
  ['Acme Bio priced its IPO at $14.00 per share, above the expected range of $13.00 to $15.00.', true],
  ['Acme Bio priced its IPO at $12.00 per share, below the expected range of $13.00 to $15.00.', false],
  ['Acme Bio priced its IPO at $14.00 per share, below the expected range of $13.00 to $15.00.', true],
]);

table('claimed-ratio: a relative size stated with the two rates it is between', [
  // 45 against 30 is 50 % higher (relative) or 15 points; 20 against 30 is 33 % lower
  ['The ORR was 45% with AB-101 versus 30% with placebo, a relative improvement of 50%.', false],
  ['The ORR was 45% with AB-101 versus 30% with placebo, a relative improvement of 20%.', true],
  ['The ORR was 45% in the AB-101 arm and 30% in the placebo arm, a 50% relative improvement.', false],
  ['The ORR was 45% in the AB-101 arm and 30% in the placebo arm, a 20% relative improvement.', true],
  // an improvement may be a lower rate: against either
  ['The relapse rate was 20% with AB-101 versus 30% with placebo, a relative improvement of 33%.', false],
  ['The relapse rate was 20% with AB-101 versus 30% with placebo, a relative reduction of 33%.', false],
  ['The relapse rate was 20% with AB-101 versus 30% with placebo, a relative reduction of 60%.', true],
  ['Die Rückfallrate betrug 20% unter AB-101 gegenüber 30% unter Placebo, eine relative Abnahme von 60%.', true],
  // a relative risk reduction is the hazard ratio's, not the crude rates': not judged here
  ['The relapse rate was 20% with AB-101 versus 30% with placebo, a relative risk reduction of 60%.', false],
  // no word "relative": the readings of changes judge it (relative or in points), once
  ['The relapse rate was 20% with AB-101 versus 30% with placebo, a reduction of 60%.', true],
  ['The relapse rate was 20% with AB-101 versus 30% with placebo, a reduction of 10%.', false],
  // a verb of change with its size, the two rates in brackets: relative or in points
  ['AB-101 cut the relapse rate by 33% (20% vs 30%).', false],
  ['AB-101 cut the relapse rate by 10% (20% vs 30%).', false],
  ['AB-101 cut the relapse rate by 60% (20% vs 30%).', true],
  ['AB-101 improved the response rate by 50% (45% vs 30%).', false],
  ['AB-101 improved the response rate by 70% (45% vs 30%).', true],
  // a risk: the hazard ratio's
  ['AB-101 reduced the risk of relapse by 60% (20% vs 30%).', false],
]);

table('claimed-ratio: a multiple with its new figure after "to" and the prior period in brackets', [
  ['Revenue more than tripled to $14.0 million (prior year: $4.0 million).', false],
  ['Revenue more than tripled to $14.0 million (prior year: $10.0 million).', true],
  ['Der Umsatz hat sich auf 14,0 Millionen Euro mehr als verdreifacht (Vorjahr: 4,0 Millionen Euro).', false],
  ['Der Umsatz hat sich auf 14,0 Millionen Euro mehr als verdreifacht (Vorjahr: 10,0 Millionen Euro).', true],
  ['Der Umsatz hat sich auf 14,0 Millionen Euro verdoppelt (Vorjahr: 7,1 Millionen Euro).', false],
  // a bracket of another kind: no prior period
  ['Revenue more than tripled to $14.0 million (EUR 10.0 million).', false],
]);

table('claimed-ratio: a comparative between two amounts', [
  ["Acme Bio's cash of $8.0 million was lower than the $10.0 million it held a year earlier.", false],
  ["Acme Bio's cash of $14.0 million was lower than the $10.0 million it held a year earlier.", true],
  ['Der Umsatz lag mit 85 Millionen Euro niedriger als die 90 Millionen Euro des Vorjahres.', false],
  ['Der Umsatz lag mit 95 Millionen Euro niedriger als die 90 Millionen Euro des Vorjahres.', true],
  ["Revenue of $16.0 million was higher than analysts' estimate of $15.0 million.", false],
  ["Revenue of $14.0 million was higher than analysts' estimate of $15.0 million.", true],
  // a difference in apposition, a relative claim, a bound: no two amounts compared
  ['Revenue was $18.0 million, $2.0 million higher than the $16.0 million of 2023.', false],
  ['The ORR was 45% higher than 30% reported before.', false],
  ['Acme Bio expects revenue of $14.0 million, more than the $10.0 million of 2023.', false],
]);

table('claimed-ratio: a verb after a change in dashes belongs to the next clause', [
  ['Infolge gestiegener Kosten \u2013 von 4,1 auf 5,3 Millionen Euro \u2013 sank der Gewinn von 7,2 auf 6,9 Millionen Euro.', false],
  ['Die Kosten sind von 4,1 auf 5,3 Millionen Euro gesunken.', true],
  ['Die Kosten sind von 4,1 auf 5,3 Millionen Euro gestiegen.', false],
]);

table('claimed-ratio: more shapes of a stated change', [
  // a few words of period or occasion between the new figure and the origin
  ['Revenue rose to $14.0 million in the quarter from $10.0 million, a 40% increase.', false],
  ['Revenue rose to $14.0 million in the quarter from $10.0 million, a 60% increase.', true],
  ['Acme Bio shares jumped 40% to $14.00 after the data, from a close of $10.00.', false],
  ['Acme Bio shares jumped 60% to $14.00 after the data, from a close of $10.00.', true],
  // a period's adverb between the size and the origin
  ['Net product revenue was $14.0 million, up 40% year-over-year from $10.0 million.', false],
  ['Net product revenue was $14.0 million, up 60% year-over-year from $10.0 million.', true],
  // a separable verb whose particle stands before the prior period's figure in brackets
  ['Der Umsatz ging um 30 Prozent auf 14,0 Millionen Euro zurück (Vorjahr: 20,0 Millionen Euro).', false],
  ['Der Umsatz ging um 40 Prozent auf 14,0 Millionen Euro zurück (Vorjahr: 10,0 Millionen Euro).', true],
  // words that set one sum against another: "nach", "tegen"; a plural past ("stiegen")
  ['Die Forschungskosten stiegen um 40 Prozent auf 14,0 Millionen Euro, nach 10,0 Millionen Euro im Vorjahr.', false],
  ['Die Forschungskosten stiegen um 60 Prozent auf 14,0 Millionen Euro, nach 10,0 Millionen Euro im Vorjahr.', true],
  ['De omzet steeg met 40% tot 14,0 miljoen euro, tegen 10,0 miljoen euro vorig jaar.', false],
  ['De omzet steeg met 60% tot 14,0 miljoen euro, tegen 10,0 miljoen euro vorig jaar.', true],
]);

table('claimed-ratio: an adverb of change and its size after a compared pair', [
  ['Revenue totaled $14.0 million versus $10.0 million, up 40%.', false],
  ['Revenue totaled $14.0 million versus $10.0 million, up 60%.', true],
  ['Revenue totaled $14.0 million, compared with $10.0 million in 2023, up 40%.', false],
  ['Revenue totaled $14.0 million versus $10.0 million, down 29%.', true],
]);

table('claimed-ratio: a fraction as the size of a change, after "by" and before "to"', [
  ['Revenue grew by a third to $13.3 million from $10.0 million.', false],
  ['Revenue grew by a third to $14.0 million from $10.0 million.', true],
  // a third party is no share
  ['Acme Bio sold the rights by a third party to Beta Bio for $14.0 million.', false],
]);

table('claimed-ratio: risk reductions and multiples in Italian, Spanish and Dutch', [
  ['AB-101 ha ridotto il rischio di morte del 35% (HR 0,65).', false],
  ['AB-101 ha ridotto il rischio di morte del 45% (HR 0,65).', true],
  ['AB-101 redujo el riesgo de muerte en un 35% (HR 0,65).', false],
  ['AB-101 redujo el riesgo de muerte en un 45% (HR 0,65).', true],
  ['Il fatturato è quadruplicato, da 3,5 a 14,0 milioni di euro.', false],
  ['Il fatturato è quadruplicato, da 10,0 a 14,0 milioni di euro.', true],
  ['Omzet verviervoudigde van 3,5 naar 14,0 miljoen euro.', false],
  ['Omzet verviervoudigde van 10,0 naar 14,0 miljoen euro.', true],
]);

table('claimed-ratio: market moves against the day before', [
  ['Acme Bio shares closed at $14.00, up from $10.00 the previous day, a gain of 40%.', false],
  ['Acme Bio shares closed at $14.00, up from $10.00 the previous day, a gain of 60%.', true],
  ['Die Aktie verlor 30 Prozent auf 14,00 Euro (Vortag: 20,00 Euro).', false],
  ['Die Aktie verlor 40 Prozent auf 14,00 Euro (Vortag: 20,00 Euro).', true],
]);
