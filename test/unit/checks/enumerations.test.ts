/**
 * totals: counts of categories that split a group (best responses, reasons for leaving a study), in
 * a list or a table's column, against the group stated before them. No one is counted in two
 * categories, so the counts cannot add up to more than the group; a list closed by a category for
 * everything left ("other") must add up to it exactly. Invented sentences.
 */
import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';

const found = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => analyzeText(text, {}, format).findings.filter(f => f.code === 'totals').map(f => f.message);

describe('totals: counts of categories against the group they split', () => {
  // each row: an invented text, and whether a totals finding is expected
  const cases: [string, boolean][] = [
    // the group in the sentence, the list after it
    ['Of the 20 patients treated with AB-101, 6 achieved a complete response, 10 achieved a partial response and 5 had stable disease.', true],
    ['Of the 20 patients treated with AB-101, 6 achieved a complete response, 9 achieved a partial response and 5 had stable disease.', false],
    // a number written in words as the group, the list after a colon
    ['Twelve of the patients given AB-101 had a response: 5 with a complete response and 8 with a partial response.', true],
    ['Twelve of the patients given AB-101 had a response: 5 with a complete response and 7 with a partial response.', false],
    // the reasons in brackets, closed by "other": they must add up exactly
    ['Of the 40 patients in the AB-101 study, 30 stopped before week 12 (death, n=18; consent withdrawal, n=7; other, n=4).', true],
    ['Of the 40 patients in the AB-101 study, 30 stopped before week 12 (death, n=18; consent withdrawal, n=8; other, n=4).', false],
    // without a category for everything left, fewer is a list of some categories only
    ['Of the 30 patients treated with AB-101, 6 achieved a complete response and 9 achieved a partial response.', false],
    ['Of the 40 patients in the AB-101 study, 30 stopped before week 12 (death, n=18; consent withdrawal, n=7).', false],
    // the group in the sentence before, the only one there
    ['Six patients with lymphoma received AB-101 in the first cohort. In that cohort, 2 achieved a complete response, 3 achieved a partial response and 2 progressed.', true],
    ['Six patients with lymphoma received AB-101 in the first cohort. In that cohort, 2 achieved a complete response, 3 achieved a partial response and 1 progressed.', false],
    // the sentence before names a part of a larger group: which group the list splits is unsure
    ['A total of 40 patients received AB-101, and 12 had received prior chemotherapy. 10 achieved a complete response, 8 achieved a partial response and 5 had stable disease.', false],
    // the group stated right after the list, the one it was counted in
    ['With AB-101, 3 achieved a complete response and 5 a partial response among the 7 evaluable patients.', true],
    ['With AB-101, 3 achieved a complete response and 4 a partial response among the 7 evaluable patients.', false],
    // ... not across a clause mark
    ['With AB-101, 3 achieved a complete response and 5 a partial response by week 8, among the 7 evaluable patients.', false],
    // a word other than a list mark between two counts: the second is a part of the first ("including")
    ['Of the 12 responders to AB-101, 10 achieved a complete response, including 3 with a stringent complete response, and 2 achieved a partial response.', false],
    // categories that may overlap (adverse events) are no family: never summed
    ['Of the 20 patients given AB-101, 15 had nausea, 12 had fatigue and 9 had headache.', false],
    // one category twice (two time points) is no split of the group
    ['Of the 10 patients given AB-101, 6 had a complete response at week 4 and 8 had a complete response at week 12.', false],
    // a hedged group is not exact
    ['Of approximately 20 patients given AB-101, 8 achieved a complete response, 9 achieved a partial response and 5 had stable disease.', false],
    // a sentence that opens on more categories of the list that closed the sentence before goes on with it, in words as in digits
    ['Of 40 evaluable patients given AB-101, 20 had a complete response and 10 a partial response. Six patients had stable disease and five progressed.', true],
    ['Of 40 evaluable patients given AB-101, 20 had a complete response and 10 a partial response. Six patients had stable disease and four progressed.', false],
    // ... not when it names a category again (another reading) or opens on other words (another population)
    ['Of 40 evaluable patients given AB-101, 20 had a complete response and 10 a partial response. Twelve patients had a partial response and five progressed.', false],
    ['Of 40 evaluable patients given AB-101, 20 had a complete response and 10 a partial response. In the extension cohort, six patients had stable disease and five progressed.', false],
    // patients counted at their worst grade: bands that share no grade split the group
    ['Cytokine release syndrome occurred in 20 patients given AB-101 (grade 1, n=16; grade 2, n=4; grade 3, n=1).', true],
    ['Cytokine release syndrome occurred in 20 patients given AB-101 (grade 1, n=15; grade 2, n=4; grade 3, n=1).', false],
    ['Neurotoxicity occurred in 6 patients given AB-101: 5 with grade 1 events and 2 with grade 2 events.', true],
    // bands that share a grade ("grade 3 or higher" holds grade 4), or counts of events, may count a patient twice
    ['Neutropenia occurred in 10 patients given AB-101: 7 with grade 3 or higher and 4 with grade 4.', false],
    ['Infusion reactions occurred in 6 patients given AB-101, with 5 grade 1 events and 3 grade 2 events.', false],
    // the arms of a sentence, each with its bracketed n, against the trial's whole stated before them
    ['The ACME-301 trial (n=389) compared AB-101 with placebo in adults with gout. Patients on AB-101 (n=198) and placebo (n=200) were followed for 52 weeks.', true],
    ['The ACME-301 trial (n=400) compared AB-101 with placebo in adults with gout. Patients on AB-101 (n=198) and placebo (n=200) were followed for 52 weeks.', false],
    ['The phase 3 ACME-301 trial enrolled 300 adults with gout. Patients received AB-101 (n=160) or placebo (n=150) for 52 weeks.', true],
    ['The phase 3 ACME-301 trial enrolled 320 adults with gout. Patients received AB-101 (n=160) or placebo (n=150) for 52 weeks.', false],
    // subgroups are no arms: their labels name no drug or arm
    ['The ACME-301 trial (n=300) enrolled adults with gout. Results were consistent in men (n=180) and in patients over 65 (n=150).', false],
    // the events of the two arms compared are all the events counted
    ['In the analysis after 120 deaths, 50 of 200 patients on AB-101 compared with 65 of 100 on placebo had died.', true],
    ['In the analysis after 120 deaths, 50 of 200 patients on AB-101 compared with 70 of 100 on placebo had died.', false],
    // counts not set against each other (no comparison between them) are not read as the two arms
    ['In the analysis after 120 deaths, 50 of 200 patients on AB-101 had died, and 20 of 60 had a dose reduction.', false],
    // payment kinds against the whole before them
    ['Acme Bio is eligible for up to a total of $40 million in milestones. These comprise development milestones\u2014$12.5 million; and regulatory milestones\u2014$30 million.', true],
    ['Acme Bio is eligible for up to a total of $40 million in milestones. These comprise development milestones\u2014$12.5 million; and regulatory milestones\u2014$27.5 million.', false],
    ['Acme Bio may earn up to $40 million in milestones, with development milestones of $12.5 million and regulatory milestones of $30 million.', true],
    // a financing's tranches; a whole made of its parts ("consisting of") must add up exactly, a whole marked as a total only not be exceeded
    ['Acme Bio secured a total of $100 million. First tranche: $40 million; second tranche: $70 million.', true],
    ['Acme Bio secured a total of $100 million. First tranche: $40 million; second tranche: $60 million.', false],
    ['Acme Bio secured up to $100 million. First tranche: $40 million; second tranche: $50 million.', false],
    // a whole for each of several products: the kinds may add up to more
    ['Acme Bio is eligible for up to $40 million per product in milestones: development milestones\u2014$12.5 million; and regulatory milestones\u2014$30 million.', false],
    // the sum before the list is an upfront payment, no whole
    ['Acme Bio received a $40 million upfront payment. It may also earn development milestones\u2014$12.5 million; and regulatory milestones\u2014$30 million.', false],
    // the sums' rounding: '$12 million' and '$40 million' are written to the million, so 40.4 may be 40
    ['Acme Bio is eligible for up to a total of $40 million in milestones: development milestones\u2014$12 million; and regulatory milestones\u2014$28.4 million.', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'flags' : 'leaves'}: ${text.slice(0, 90)}`, () => {
      const got = found(text);
      assert.equal(got.length > 0, expected, got.join(' | '));
    });
  }

  const table = (sd: number) => [
    'Acme Bio reported the best overall response to AB-101.',
    '',
    '| Best overall response | AB-101 (n = 40) | Placebo (n = 38) |',
    '|---|---|---|',
    '| Complete response | 4 (10.0) | 1 (2.6) |',
    `| Partial response | 12 (30.0) | 5 (13.2) |`,
    `| Stable disease | ${sd} (${(sd / 40 * 100).toFixed(1)}) | 14 (36.8) |`,
    '| Progressive disease | 8 (20.0) | 15 (39.5) |',
    '',
  ].join('\n');

  const responders = (orr: number, between = '') => [
    'Acme Bio reported responses to AB-101 in 30 patients.',
    '',
    '| Response | AB-101 (n = 30) | AB-202 (n = 31) |',
    '|---|---|---|',
    `| Objective response | ${orr} (${(orr / 30 * 100).toFixed(1)}) | 9 (29.0) |`,
    ...(between ? [between] : []),
    '| Complete response | 3 (10.0) | 2 (6.5) |',
    '| Partial response | 8 (26.7) | 7 (22.6) |',
    '| Stable disease | 10 (33.3) | 12 (38.7) |',
    '',
  ].join('\n');

  it('flags a responders row next to the category rows that does not count their sum', () => {
    const got = found(responders(12), 'markdown');
    assert.ok(got.some(m => /CR 3 \+ PR 8 = 11, not the 12 responders/.test(m)), got.join(' | '));
  });

  it('leaves a responders row that counts their sum, or one set apart from them by another row', () => {
    assert.deepEqual(found(responders(11), 'markdown'), []);
    assert.deepEqual(found(responders(12, '| Disease control | 21 (70.0) | 21 (67.7) |'), 'markdown'), []);
  });

  it('flags a table column whose category rows count more patients than its n', () => {
    const got = found(table(18), 'markdown');
    assert.ok(got.some(m => /= 42, more than the 40/.test(m)), got.join(' | '));
  });

  it('leaves a table column whose category rows add up to its n, or to fewer (a category not shown)', () => {
    assert.deepEqual(found(table(16), 'markdown'), []);
    assert.deepEqual(found(table(10), 'markdown'), []);
  });
});
