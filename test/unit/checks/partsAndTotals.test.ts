/**
 * totals: an ordinal count of events against the earlier ones the text counts or lists, a count
 * split into parts that exclude each other ("25 up and 19 down"), a pooled count of named groups
 * against their stated sizes, a company's sales against its regions' or products', a free float and a
 * stake. Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'totals');

describe('totals: the n-th and the earlier ones', () => {
  // each row: an invented document, and whether the count of earlier ones is reported
  const cases: [string, boolean][] = [
    ['This is the sixth designation for the antibody, which has gathered designations in three additional tumour types since 2019.', true],
    ['This is the sixth designation for the antibody, which has gathered designations in five additional tumour types since 2019.', false],
    ['Es ist die vierte Zulassung des Mittels, das bereits 2 weitere Indikationen abdeckt.', true],
    // additional ones to come are not earlier ones
    ['This is the sixth designation for the antibody, and three additional filings are expected to follow.', false],
    ['This is the second approval for the antibody since 2021, with three additional filings planned.', false],
    // within a span of time: the earlier ones of all time are more
    ['It is the third licensing deal for Acme this year, after five additional deals signed since 2019.', false],
    // a rank, not a count of events
    ['It is the third leading cause of death, and two additional risk factors were known before.', false],
    // a list of the earlier ones after a colon
    ['This marks the fifth designation for the conjugate.\nThe conjugate has previously received the designation for:\n\nBladder cancer in May 2020 ;\n\n; Gastric cancer in June 2021 ;\n\nOvarian cancer in April 2022 .\n\nThe next readout follows in the autumn.', true],
    ['This marks the fourth designation for the conjugate.\nThe conjugate has previously received the designation for:\n\nBladder cancer in May 2020 ;\n\n; Gastric cancer in June 2021 ;\n\nOvarian cancer in April 2022 .\n\nThe next readout follows in the autumn.', false],
    ['This marks the fifth designation for the conjugate. It has previously received the designation for:\n\n- bladder cancer\n- gastric cancer\n\nMore follows.', true],
    // an ordinal within a span of time, and a list of all earlier ones
    ['This is the third acquisition for Acme this year. Acme has previously acquired:\n\n- Beta Bio\n- Gamma Labs\n- Delta Therapeutics\n- Epsilon Bio\n\nMore follows.', false],
    // a list of other events than the ordinal's
    ['This marks the fifth designation for the conjugate. It has previously entered trials in:\n\n- bladder cancer\n- gastric cancer\n\nMore follows.', false],
    // a list of some of them only
    ['This marks the fifth designation for the conjugate. It has previously received designations including:\n\n- bladder cancer\n- gastric cancer\n\nMore follows.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('totals: a count split into parts that exclude each other', () => {
  const cases: [string, boolean][] = [
    ['The 41 companies of the class ended the year up 12 percent on average (26 up and 19 down).', true],
    ['Of the 41 companies, 26 up and 19 down over the year.', true],
    ['The trial enrolled 64 patients (35 men and 33 women).', true],
    ['The 41 companies of the class ended the year up 12 percent on average (26 up and 14 down).', false],
    ['The trial enrolled 64 patients (35 men and 29 women).', false],
    // men and women split the patients, not the sites counted nearer
    ['The trial enrolled 64 patients at 12 sites (35 men and 29 women).', false],
    // no pair of words that exclude each other: the parts may overlap
    ['The trial enrolled 64 patients (35 responders and 33 with rash).', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('totals: a pooled count of named groups', () => {
  const cases: [string, boolean][] = [
    ['In Cohort A (n=41) the response rate was 27 %. In Cohort B (n=30) it was 33 %. For pooled patients (n=75) from both Cohorts A and B it was 30 %.', true],
    ['In Cohort A (n=41) the response rate was 27 %. In Cohort B (n=30) it was 33 %. For pooled patients (n=71) from both Cohorts A and B it was 30 %.', false],
    // a group whose size is not stated leaves the pooled count unjudged
    ['In Cohort A (n=41) the response rate was 27 %. In Cohort B (n=30) it was 33 %. For pooled patients (n=95) from Cohorts A, B and C it was 30 %.', false],
    // not pooled: a count beside a list of groups
    ['In Cohort A (n=41) the response rate was 27 %. In Cohort B (n=30) it was 33 %. A subset (n=12) from Cohorts A and B had biopsies.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('totals: a company\u2019s sales and the sales of its regions or products', () => {
  const cases: [string, boolean][] = [
    ['Acme reported revenue of EUR 20.4 million for the half-year.\n\nIn the U.S., sales rose by 12 percent to EUR 14.1 million. In Germany, sales grew to EUR 7.9 million.', true],
    ['Acme reported revenue of EUR 20.4 million for the half-year.\n\nIn the U.S., sales rose by 12 percent to EUR 11.1 million. In Germany, sales grew to EUR 7.9 million.', false],
    ['Le groupe a réalisé un chiffre d\u2019affaires de 64,2 M\u20ac. Zelbotinib a généré un chiffre d\u2019affaires de 41 M\u20ac. Quant à Trolimab, il a apporté 27,5 M\u20ac de revenus.', true],
    ['Le groupe a réalisé un chiffre d\u2019affaires de 64,2 M\u20ac. Zelbotinib a généré un chiffre d\u2019affaires de 31 M\u20ac. Quant à Trolimab, il a apporté 27,5 M\u20ac de revenus.', false],
    // Europe holds Germany: the parts overlap
    ['Acme reported revenue of EUR 20.4 million for the half-year. In Europe, sales rose to EUR 14.1 million. In Germany, sales grew to EUR 7.9 million.', false],
    // an earlier value of a part is no part
    ['Acme reported revenue of EUR 20.4 million for the half-year. In the U.S., sales rose to EUR 12.1 million. In Germany, sales grew from EUR 9.9 million.', false],
    // a part of another time: the year to date, or a year the whole does not name
    ['Acme reported revenue of EUR 20.4 million for the quarter. Year to date, U.S. sales reached EUR 14.1 million. In Germany, sales grew to EUR 7.9 million.', false],
    ['Acme reported revenue of EUR 20.4 million in 2021. In the U.S., sales in 2020 were EUR 14.1 million. In Germany, sales grew to EUR 7.9 million.', false],
    // a partner's sales of one product may exceed the company's revenue
    ['Acme reported revenue of EUR 20.4 million. Zelbotinib sales by its partner reached EUR 140 million. Trolimab sales were EUR 9 million.', false],
    // total revenues and the kinds of revenue, each opening its sentence
    ['Acme\u2019s total revenues for the quarter were $2.0 million, up from $1.6 million. Product revenues were $1.5 million. Research revenues were $0.9 million compared to $0.4 million a year earlier.', true],
    ['Acme\u2019s total revenues for the quarter were $2.4 million, up from $1.6 million. Product revenues were $1.5 million. Research revenues were $0.9 million compared to $0.4 million a year earlier.', false],
    // revenues not named total are the whole of their kinds too (tot21: kinds opening their sentences read after any
    // company's sales), unless the whole names a kind itself
    ['Acme\u2019s revenues for the quarter were $2.0 million. Product revenues were $1.5 million. Research revenues were $0.9 million.', true],
    ['Acme\u2019s revenues for the quarter were $2.4 million. Product revenues were $1.5 million. Research revenues were $0.9 million.', false],
    ['Acme\u2019s revenues from its collaborations were $2.0 million. Product revenues were $1.5 million. Research revenues were $0.9 million.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('totals: a free float and a stake', () => {
  const cases: [string, boolean][] = [
    ['With the offering, the free float rose from 21.4 % to 52.0 %. The founder\u2019s stake fell from 64.1 % to 55.2 %.', true],
    ['Durch die Kapitalerhöhung stieg der Streubesitz von 12,5 % auf nunmehr 48,0 %. Der Anteil der Stiftung sinkt von 70,2 % auf nunmehr 54,6 %.', true],
    ['With the offering, the free float rose from 21.4 % to 42.0 %. The founder\u2019s stake fell from 64.1 % to 55.2 %.', false],
    // a share of the market is no stake in the company
    ['With the offering, the free float rose from 21.4 % to 52.0 %. The market share of the drug rose from 44 % to 61 %.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('totals: a total that names its parts', () => {
  const cases: [string, boolean][] = [
    ['If Beta exercises the option, it will pay Acme $140 million for the option.\n\nAcme may also receive up to $95 million in regulatory milestones, so the option payment and milestones could reach $265 million in total.', true],
    ['If Beta exercises the option, it will pay Acme $140 million for the option.\n\nAcme may also receive up to $95 million in regulatory milestones, so the option payment and milestones could reach $235 million in total.', false],
    ['Beta zahlt 40 Millionen Euro für die Lizenz. Hinzu kommen bis zu 60 Millionen Euro an Meilensteinen, womit Lizenzgebühr und Meilensteine insgesamt 130 Millionen Euro erreichen können.', true],
    // a part named without a sum of its own: not judged
    ['Acme may receive up to $95 million in regulatory milestones, so the royalty payments and milestones could reach $265 million in total.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('totals: two companies\u2019 shares of the same costs', () => {
  const cases: [string, boolean][] = [
    ['Acme Bio will be responsible for 35% of development costs in Europe and Beta Pharma will be responsible for 55% of such development costs.', true],
    ['Acme Bio will be responsible for 35% of development costs in Europe and Beta Pharma will be responsible for 65% of such development costs.', false],
    // one company's shares of two kinds of costs
    ['Acme Bio will be responsible for 35% of development costs and for 100% of commercialization costs.', false],
    // other costs: no split of the same ones
    ['Acme Bio will be responsible for 35% of development costs and Beta Pharma will be responsible for 100% of commercialization costs.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});

describe('totals: a deal\u2019s milestones named by a list of their kinds', () => {
  // each row: an invented paragraph, and whether the parts are reported against the total
  const text = (milestones: number) => `Terms of the deal include an upfront payment of $40 million plus up to $${milestones} million in development, regulatory and sales-based milestones. The deal is worth up to $760 million.`;
  const cases: [string, boolean][] = [[text(730), true], [text(720), false]];
  for (const [t, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${t.slice(60, 110)}`, () => assert.equal(found(t).length > 0, expected, found(t).join(' | ')));
});

describe('totals: a count of events and its parts after a colon', () => {
  const cases: [string, boolean][] = [
    ['The analysis was based on 120 events: 50 among 200 patients on Drugamab and 65 among 100 on placebo.', true],
    ['The analysis was based on 115 events: 50 among 200 patients on Drugamab and 65 among 100 on placebo.', false],
    ['The final analysis counted 212 deaths: 120 among 400 patients (30.0%) on Drugamab and 88 among 200 (44.0%) on placebo.', true],
    ['The final analysis counted 208 deaths: 120 among 400 patients (30.0%) on Drugamab and 88 among 200 (44.0%) on placebo.', false],
    // a subset, a count per group, or no colon: not a split
    ['The analysis was based on 120 events: 50 among 200 patients on Drugamab, of which 20 were deaths, and 65 on placebo.', false],
    ['The analysis was based on 120 events, 50 among 200 patients on Drugamab and 65 among 100 on placebo.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});
