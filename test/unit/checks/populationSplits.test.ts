/**
 * totals over the population tree: a stated group split into parts that exclude each other
 * (populations.ts populationSplits), and one payment role summed over several deals. Invented sentences.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';
import { analyzeText } from '../../../server/src/analysis';
import { populationSplits } from '../../../server/src/analysis/populations';

const found = (text: string) => messagesOf(text, 'totals');

describe('populations: a group split into its parts', () => {
  // each row: an invented sentence, and the split read there ([whole, kind, by, parts]) or none
  const cases: [string, [number, string, string, number[]] | undefined][] = [
    ['The study treated 60 patients \u2014 32 receiving Zorvane and 26 receiving placebo \u2014 in two countries.', [60, 'partition', 'arms', [32, 26]]],
    ['The study treated 60 patients (32 assigned to Zorvane and 28 to placebo) in two countries.', [60, 'partition', 'arms', [32, 28]]],
    ['Overall, 30 of 90 patients (33 percent), including 12 high-risk and 20 low-risk patients, had a response to Zorvane.', [30, 'disjoint', 'complements', [12, 20]]],
    ['Parmi ces neuf patients, on compte quatre répondeurs complets et six répondeurs partiels.', [9, 'disjoint', 'categories', [4, 6]]],
    ['Of these 9 patients, 4 had complete responses and 6 had partial responses.', [9, 'disjoint', 'categories', [4, 6]]],
    ['The trial enrolled 45 patients (23 in cohort A and 21 in the expansion cohort) at four sites.', [45, 'partition', 'arms', [23, 21]]],
    // places exclude each other but need not be all of the group
    ['The trial enrolled 45 patients (23 in the US and 21 in Europe) at four sites.', [45, 'disjoint', 'places', [23, 21]]],
    ['In the study, 48 patients were treated: 23 received Zorvane and 21 received placebo.', [48, 'partition', 'arms', [23, 21]]],
    ['Enrollment totals 48 patients, with 23 in the Zorvane arm and 21 in the placebo arm.', [48, 'partition', 'arms', [23, 21]]],
    ['Among 48 patients, 23 were men and 27 were women.', [48, 'disjoint', 'complements', [23, 27]]],
    // ", with" opens all of a group only before arms
    ['The trial enrolled 48 patients, with 23 receiving their first dose in May and 21 in June.', undefined],
    ['A total of 120 patients were enrolled, including 50 in the US and 60 in Europe.', [120, 'disjoint', 'places', [50, 60]]],
    // a region and one within it count some patients twice
    ['A total of 120 patients were enrolled, including 80 in Europe and 60 in the EU.', undefined],
    // the noun left out before the last part ("5 complete and 8 partial responses"), the group's noun outside its figure
    ['Zorvane produced 12 objective responses (5 complete and 6 partial responses) among 40 patients.', [12, 'disjoint', 'categories', [5, 6]]],
    ['There were 12 responders, 5 with a complete response and 6 with a partial response.', [12, 'disjoint', 'categories', [5, 6]]],
    // a comma opens the parts of a group only for best-response categories
    ['There were 12 patients, 5 in the US and 6 in Europe.', undefined],
    // treatments a patient may have had both of are no arms: a history, or therapies not named as the study's arms
    ['Of the 40 patients, 30 received prior chemotherapy and 20 received prior radiotherapy.', undefined],
    ['Of the 40 patients, 30 had received chemotherapy and 20 had received radiotherapy before enrolment.', undefined],
    ['The 40 patients (30 treated with prior chemotherapy and 25 with prior immunotherapy) had advanced disease.', undefined],
    // parts that may overlap (two findings in one patient) split nothing
    ['Of the 40 patients, 25 had nausea and 20 had fatigue.', undefined],
    // a list of parts with no group before it
    ['The sites enrolled 32 receiving Zorvane and 26 receiving placebo.', undefined],
  ];
  for (const [text, want] of cases) it(`reads ${JSON.stringify(text.slice(0, 80))}`, () => {
    const model = analyzeText(text).model;
    const got = populationSplits(model).map(s => [s.size, s.kind, s.by, s.parts.map(f => f.value)]);
    assert.deepEqual(got, want ? [want] : []);
  });
});

describe('totals: parts of a group against the group', () => {
  // each row: an invented text, and whether a finding is reported
  const cases: [string, boolean][] = [
    // arms in apposition make the group up exactly
    ['The study treated 60 patients \u2014 32 receiving Zorvane and 26 receiving placebo \u2014 in two countries.', true],
    ['The study treated 60 patients \u2014 32 receiving Zorvane and 28 receiving placebo \u2014 in two countries.', false],
    // parts a subset marker lists are at most the group
    ['Overall, 30 of 90 patients (33 percent), including 12 high-risk and 20 low-risk patients, had a response to Zorvane.', true],
    ['Overall, 30 of 90 patients (33 percent), including 12 high-risk and 14 low-risk patients, had a response to Zorvane.', false],
    // best-response categories exclude each other
    ['Parmi ces neuf patients, on compte quatre répondeurs complets et six répondeurs partiels.', true],
    ['Parmi ces dix patients, on compte quatre répondeurs complets et six répondeurs partiels.', false],
    // complementary words split people, never a count of studies
    ['In 2 studies, 12 high-risk and 20 low-risk patients responded.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text.slice(0, 80)}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('totals: the parts of a sum stated in the sentence before', () => {
  const cases: [string, boolean][] = [
    ['Zentorix raised $80 million in a financing. The round consisted of $50 million from new investors and $20 million from existing ones.', true],
    ['Zentorix raised $80 million in a financing. The round consisted of $50 million from new investors and $30 million from existing ones.', false],
    // two sums before: which is the whole is not plain
    ['Zentorix raised $80 million in May and $10 million in June. The round consisted of $50 million from new investors and $20 million from existing ones.', false],
    // a subject with a number names another whole
    ['Zentorix raised $80 million in a financing. The 2031 round consisted of $50 million from new investors and $20 million from existing ones.', false],
    // a predicate before the verb of composition; the whole restated in another currency beside it
    ['Quorix will pay Velorix $4.0 billion (about EUR 3.6 billion). These payments are not tied to milestones and consist of an upfront payment of $3.0 billion due in the third quarter and annual payments through 2031 of $2.0 billion.', true],
    ['Quorix will pay Velorix $4.0 billion (about EUR 3.6 billion). These payments are not tied to milestones and consist of an upfront payment of $2.0 billion due in the third quarter and annual payments through 2031 of $2.0 billion.', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text.slice(0, 120)}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('totals: a whole, its change set off by commas, then its parts', () => {
  const cases: [string, boolean][] = [
    ['Zentorix reported revenue of $80 million, up 12%, comprising product sales of $50 million and royalties of $20 million.', true],
    ['Zentorix reported revenue of $80 million, up 12%, comprising product sales of $60 million and royalties of $20 million.', false],
    ['Zentorix reported revenue of $80 million, an increase of 12% over 2030, comprising product sales of $50 million and royalties of $20 million.', true],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text.slice(0, 120)}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});

describe('totals: one payment role summed over several deals', () => {
  const whole = 'Acme Corp said it entered into license deals with Beta Inc. and Gamma Ltd, in which it will receive a combined $100 million in upfront payments and up to $300 million in milestone payments.';
  const cases: [string, boolean][] = [
    [`${whole} Under the agreements, Acme Corp will license one program to Beta Inc. for $60 million upfront and up to $200 million in milestone payments. Acme will also license a second program to Gamma Ltd for $50 million upfront and up to $100 million in milestone payments.`, true],
    [`${whole} Under the agreements, Acme Corp will license one program to Beta Inc. for $60 million upfront and up to $200 million in milestone payments. Acme will also license a second program to Gamma Ltd for $40 million upfront and up to $100 million in milestone payments.`, false],
    // a part that names no partner of the whole ends the parts
    [`${whole} Under the agreements, Acme Corp will license one program for $60 million upfront. Acme will also license a second program for $50 million upfront.`, false],
    // "combined" before the first of two sums joined by "and" marks the second too: the milestones must add up
    [`${whole} Under the agreements, Acme Corp will license one program to Beta Inc. for $60 million upfront and up to $200 million in milestone payments. Acme will also license a second program to Gamma Ltd for $40 million upfront and up to $150 million in milestone payments.`, true],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text.slice(180, 260)}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
});
