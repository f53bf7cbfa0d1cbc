/**
 * claimed-ratio (ratio9): general readings of a stated change and the two figures it compares. Invented
 * documents ("Acme Bio", "AB-101"); each reading with sentences it must flag and sentences it must leave alone.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const table = (title: string, cases: [string, number][]) => describe(title, () => {
  for (const [text, n] of cases) it(`${n}: ${text}`, () => assert.equal(messagesOf(text, 'claimed-ratio').length, n, messagesOf(text, 'claimed-ratio').join(' | ')));
});

table('a change whose prior figure follows "compared to", or whose word of change follows a comma after A\'s noun phrase', [
  ['Acme Bio reported revenues of $42.6 million, up 26 percent year over year compared to $36.7 million.', 1],
  ['Acme Bio reported revenues of $42.6 million, up 16 percent year over year compared to $36.7 million.', 0],
  ['Revenues were $42.6 million, down 16 percent compared with $36.7 million.', 1],
  ['Revenues were $42.6 million, up 26 percent versus $36.7 million.', 1],
  ['Acme Bio reported $42.6 million in segment revenues, up 26 percent year over year from $36.7 million.', 1],
  ['Acme Bio reported $42.6 million in segment revenues, up 16 percent year over year from $36.7 million.', 0],
  // the comparison is of another quantity: words stand between it and B
  ['Revenues were $42.6 million, up 26 percent compared with analysts\' estimate of $36.7 million.', 0],
  // the word of change does not follow the first comma: another clause, about another quantity
  ['Acme Bio reported $42.6 million in revenues, while its costs, up 26 percent, came from $36.7 million of trial spending.', 0],
]);

table('a risk reduction whose verb and risk open the clause before "by P %", its ratio after the population', [
  ['AB-101 reduced the risk of disease progression (PFS), one of the two primary endpoints, by 40 percent compared with placebo in adults with advanced solid tumors [median PFS 11.0 v. 8.3 months (HR 0.70; 95% CI 0.58-0.84)].', 1],
  ['AB-101 reduced the risk of disease progression (PFS), one of the two primary endpoints, by 30 percent compared with placebo in adults with advanced solid tumors [median PFS 11.0 v. 8.3 months (HR 0.70; 95% CI 0.58-0.84)].', 0],
  // "by" is the size of another change: the clause names no risk
  ['AB-101 raised the response rate, one of the two primary endpoints, by 40 percent compared with placebo in adults with advanced solid tumors [median PFS 11.0 v. 8.3 months (HR 0.70)].', 0],
  // far after the claim, the first ratio measures another endpoint: the claim's is the one of its own endpoint
  ['AB-101 reduced the risk of progression-free survival (PFS), one of the two primary endpoints, by 40 percent compared with placebo in adults with advanced solid tumors, in those with prior therapy and in those who had received two or more earlier lines of treatment [median overall survival 21.0 v. 18.3 months (HR 0.70); median PFS 9.0 v. 5.0 months (HR 0.60)].', 0],
  ['AB-101 reduced the risk of progression-free survival (PFS), one of the two primary endpoints, by 40 percent compared with placebo in adults with advanced solid tumors, in those with prior therapy and in those who had received two or more earlier lines of treatment [median overall survival 21.0 v. 18.3 months (HR 0.60); median PFS 9.0 v. 5.0 months (HR 0.75)].', 1],
]);

table('a gap between two medians named by its endpoint ("an improvement in median OS of 1.9 months")', [
  ['AB-101 showed an improvement in median overall survival of 2.9 months [median OS: 31.4 vs. 29.5 months (HR 0.90)].', 1],
  ['AB-101 showed an improvement in median overall survival of 1.9 months [median OS: 31.4 vs. 29.5 months (HR 0.90)].', 0],
  // a length that is no gap: the time a change was measured at
  ['AB-101 showed an improvement in median overall survival in 12 patients of 3 months and more [median OS: 31.4 vs. 29.5 months].', 0],
]);

describe('a "v." between two numbers is "versus", no end of a sentence', () => {
  it('one sentence', () => {
    const { analyzeText } = require('../../../server/src/analysis/index');
    const text = 'Median PFS was 11.0 v. 8.3 months with AB-101 (HR 0.70). Acme Bio will present the data.';
    assert.equal(analyzeText(text).model.sentences.length, 2);
  });
  it('a single letter after a word still ends its sentence', () => {
    const { analyzeText } = require('../../../server/src/analysis/index');
    assert.equal(analyzeText('Patients were enrolled in cohort v. Acme Bio will present the data.').model.sentences.length, 2);
  });
});

table('a size restated after a comma and "or", after the pair or between its figures', [
  ['Revenue increased from $20.0 million to $26.0 million, or 40%.', 1],
  ['Revenue increased from $20.0 million to $26.0 million, or 30%.', 0],
  ['Operating expenses declined to $9.0 million, or 40%, from $10.0 million.', 1],
  ['Operating expenses declined to $9.0 million, or 10%, from $10.0 million.', 0],
  // "or" opens another measure's share: the percentage is no size of the change
  ['Revenue increased from $20.0 million to $26.0 million, or 40% of total sales.', 0],
]);

table('a size with its word of change after a compared pair and its period ("A versus B a year ago, up P %")', [
  ['Revenue was $13.0 million versus $10.0 million a year ago, up 20%.', 1],
  ['Revenue was $13.0 million versus $10.0 million a year ago, up 30%.', 0],
  // the word of change is said of another measure
  ['Revenue was $13.0 million versus $10.0 million a year ago, with royalties up 20%.', 0],
]);

table('"a P % increase over B": the "over" the recogniser read as a bound links the size to its standard', [
  ['Revenue for the quarter was $3.0 million, a 50% increase over $2.5 million in the same period last year.', 1],
  ['Revenue for the quarter was $3.0 million, a 20% increase over $2.5 million in the same period last year.', 0],
  // after a comma, "over $2.5 million" is a bound of its own
  ['Revenue for the quarter was $3.0 million, a 50% increase, over $2.5 million for the first time.', 0],
]);

table('a verb of change right after A, its size after it, B after "compared to"', [
  ['Net product revenue of $25.0 million increased 40% compared to $20.0 million in the prior year.', 1],
  ['Net product revenue of $25.0 million increased 25% compared to $20.0 million in the prior year.', 0],
  ['Operating expenses of $8.0 million decreased 40% compared to $10.0 million in 2023.', 1],
  ['Operating expenses of $8.0 million decreased 20% compared to $10.0 million in 2023.', 0],
]);

table('a German participle of change closing the clause after A, the prior year in brackets; a reflexive before "auf"', [
  ['Acme Bio hat den Umsatz um 25 Prozent auf 50 Millionen Euro gesteigert (Vorjahr: 45 Millionen Euro).', 1],
  ['Acme Bio hat den Umsatz um 11 Prozent auf 50 Millionen Euro gesteigert (Vorjahr: 45 Millionen Euro).', 0],
  ['Acme Bio hat den Umsatz auf 40 Millionen Euro gesteigert (Vorjahr: 45 Millionen Euro).', 1],
  ['Der Verlust von Acme Bio halbierte sich auf 10 Millionen Euro (Vorjahr: 30 Millionen Euro).', 1],
  ['Der Verlust von Acme Bio halbierte sich auf 15 Millionen Euro (Vorjahr: 30 Millionen Euro).', 0],
]);

table('"the hazard of progression was reduced by P %": a hazard is a risk, the "hazard ratio" is not', [
  ['With AB-101 the hazard of progression was reduced by 45% (hazard ratio, 0.65).', 1],
  ['With AB-101 the hazard of progression was reduced by 35% (hazard ratio, 0.65).', 0],
  // the ratio's name alone makes no claim of a reduced risk
  ['Tumor size was reduced by 45% with AB-101 (hazard ratio for progression, 0.65).', 0],
]);

table('a lead that states sizes for the measures it names, the pair of one measure a few sentences later', [
  ['Acme Bio said its revenue more than doubled and its research costs fell by about 40 percent. The company has no approved products. It lost $4.9 million in the quarter. Revenue grew to $7.0 million from $4.1 million.', 1],
  ['Acme Bio said its revenue more than doubled and its research costs fell by about 40 percent. The company has no approved products. It lost $4.9 million in the quarter. Revenue grew to $7.0 million from $3.3 million.', 0],
  ['Acme Bio said its revenue rose 60 percent. The company has no approved products. Revenue grew to $7.0 million from $6.0 million.', 1],
  ['Acme Bio said its revenue rose 60 percent. The company has no approved products. Revenue grew to $7.0 million from $4.4 million.', 0],
  // the lead's size is another measure's
  ['Acme Bio said its research costs fell by about 40 percent. The company has no approved products. Revenue fell to $7.0 million from $8.0 million.', 0],
  // a lead in the paragraph before, of more than one sentence, does not carry (a lead paragraph of one sentence does, as before)
  ['Acme Bio filed its report. Its revenue rose 60 percent. The company has no approved products.\n\nRevenue grew to $7.0 million from $6.0 million.', 0],
  // a sentence between names the measure: the lead's size may be its
  ['Acme Bio said its revenue rose 60 percent. Product revenue was $3.2 million in the quarter. Revenue grew to $7.0 million from $6.0 million in the year.', 0],
]);

table('a size in percentage points between two percentages', [
  ['The response rate with AB-101 rose by 8 percentage points to 45% from 40%.', 1],
  ['The response rate with AB-101 rose by 5 percentage points to 45% from 40%.', 0],
  ['The response rate with AB-101 rose by 5.4 percentage points to 45.4% from 40.0%.', 0],
  // points are no size of a change in money
  ['Acme Bio\'s gross margin rose 5 percentage points as revenue grew to $45.0 million from $40.0 million.', 0],
]);

table('a multiple named with a noun of rise and its link right before the standard', [
  ['Acme Bio\'s revenue for 2030 was $30.0 million, a threefold increase from $15.0 million in 2029.', 1],
  ['Acme Bio\'s revenue for 2030 was $30.0 million, a twofold increase from $15.0 million in 2029.', 0],
  // the figure after the link is no standard of the same kind
  ['Acme Bio\'s revenue for 2030 was $30.0 million, a threefold increase from 2029 with 15 new customers.', 0],
]);

table('a size, then a period adverb, then the link to the standard', [
  ['Acme Bio\'s quarterly revenue climbed to $12.0 million, a 50% increase year-over-year from $10.0 million.', 1],
  ['Acme Bio\'s quarterly revenue climbed to $12.0 million, a 20% increase year-over-year from $10.0 million.', 0],
]);

table('a relative size after two lengths of time in one unit (no points to read it in)', [
  ['AB-101 patients had a median overall survival of 18.0 months versus 12.0 months for placebo, a 60% improvement.', 1],
  ['AB-101 patients had a median overall survival of 18.0 months versus 12.0 months for placebo, a 50% improvement.', 0],
  // a risk reduction after two medians is its ratio's, not the medians'
  ['Median PFS with AB-101 was 9.0 months versus 6.0 months, a 40% reduction in the risk of progression (HR 0.60).', 0],
  // two lengths in different units are no pair
  ['Patients were followed for 18.0 months versus 12.0 weeks in the earlier study, a 60% improvement.', 0],
]);

table('a relative claim against two counts in brackets right after its noun', [
  ['Patients treated with AB-101 experienced 30% fewer hospitalizations (140 vs 160).', 1],
  ['Patients treated with AB-101 experienced 12.5% fewer hospitalizations (140 vs 160).', 0],
  // the brackets hold more than the two counts compared
  ['Acme Bio enrolled 30% more patients (140 vs 160 planned).', 0],
]);
