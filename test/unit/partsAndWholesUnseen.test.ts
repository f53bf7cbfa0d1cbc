import { strict as assert } from 'assert';
import { analyzeText } from '../../server/src/analysis';

// Parts and wholes written the way a release writes them when nobody fitted the reader to it: each
// reading in invented variants, positives and negatives, a row [text, expected findings of the code].
const codes = (code: string) => (text: string) => analyzeText(text).findings.filter(f => f.code === code).map(f => f.code);
const table = (code: string, rows: [string, string[]][]) => {
  const of = codes(code);
  for (const [text, expected] of rows) it(`${expected.length ? 'reports' : 'accepts'} ${JSON.stringify(text.slice(0, 140))}`, () => assert.deepEqual(of(text), expected));
};

describe('impossible-value: rates paired in order with the endpoints a sentence names ("respectively")', () => {
  table('impossible-value', [
    ['In the 30 patients treated with AB-101, the ORR and CR rates were 40% and 45%, respectively.', ['impossible-value']],
    ['In the 30 patients treated with AB-101, the ORR and CR rates were 45% and 40%, respectively.', []],
    ['The complete response and overall response rates were 65% and 58%, respectively.', ['impossible-value']],
    ['The complete response and overall response rates were 25% and 58%, respectively.', []],
    ['ORR and DCR were 60% and 55%, respectively, in the AB-101 arm.', ['impossible-value']],
    ['ORR and DCR were 50% and 55%, respectively, in the AB-101 arm.', []],
    ['PASI 90 and PASI 75 responses were achieved by 70% and 65% of patients, respectively.', ['impossible-value']],
    ['PASI 90 and PASI 75 responses were achieved by 50% and 65% of patients, respectively.', []],
    // a list paired with arms, not with the endpoints: no pair of one population
    ['The ORR was 40% and the CR rate was 45% in the AB-101 and placebo arms, respectively.', []],
    // two lists paired with two groups, not one list with its endpoints
    ['In cohorts A and B, the ORRs were 40% and 15%, and the DCRs were 55% and 30%, respectively.', []],
  ]);
});

describe('totals: gross proceeds stated before the shares and their price, a headline above', () => {
  table('totals', [
    ['Acme Bio announced the pricing of its public offering totaling $338 million gross proceeds of 3.75 million new ordinary shares in the form of American Depositary Shares at $80 per ADS, before underwriting discounts.', ['totals']],
    ['Acme Bio announced the pricing of its public offering totaling $300 million gross proceeds of 3.75 million new ordinary shares in the form of American Depositary Shares at $80 per ADS, before underwriting discounts.', []],
    ['Acme Raises $338 Mln Gross Proceeds In 3.75 Mln Shares Offering\nAcme Bio announced the pricing of its offering totaling $338 million gross proceeds of 3.75 million new ordinary shares at $80 per share.', ['totals']],
    ['Acme Raises $300 Mln Gross Proceeds In 3.75 Mln Shares Offering\nAcme Bio announced the pricing of its offering totaling $300 million gross proceeds of 3.75 million new ordinary shares at $80 per share.', []],
    ['Acme Bio raised $42 million gross from the sale of 6 million shares at $7.50 per share.', ['totals']],
    ['Acme Bio raised $45 million gross from the sale of 6 million shares at $7.50 per share.', []],
  ]);
});

describe('totals: a table column of response categories above its n, in other words for the categories', () => {
  const tbl = (a: number, b: number, c: number, d: number) => `Table 2. Best response to AB-101.\nOutcome | Patients, No. (%) (N = 30) |\nMajor response | ${a} (10) |\nPartial response | ${b} (20) |\nStable disease | ${c} (40) |\nProgression of disease | ${d} (20) |\n`;
  table('totals', [
    [tbl(3, 6, 12, 6), []],
    [tbl(3, 6, 15, 8), ['totals']],
    // fewer than the n: some patients not assessed, no finding
    [tbl(2, 5, 10, 6), []],
    [`Response | AB-101 (N = 50) | Placebo (N = 48) |\nComplete response | 5 (10) | 1 (2) |\nPartial response | 20 (40) | 6 (13) |\nStable disease | 15 (30) | 20 (42) |\nProgressive disease | 8 (16) | 18 (38) |\nCould not be determined | 2 (4) | 3 (6) |\n`, []],
    [`Response | AB-101 (N = 50) | Placebo (N = 48) |\nComplete response | 5 (10) | 1 (2) |\nPartial response | 20 (40) | 6 (13) |\nStable disease | 15 (30) | 20 (42) |\nProgressive disease | 8 (16) | 18 (38) |\nCould not be determined | 4 (8) | 3 (6) |\n`, ['totals']],
  ]);
});

describe('impossible-value: after the group a sentence opens on, a count analysed or treated among it', () => {
  table('impossible-value', [
    ['Of the 200 patients randomized, 210 were included in the efficacy analysis.', ['impossible-value']],
    ['Of the 200 patients randomized, 190 were included in the efficacy analysis.', []],
    ['Of the 40 patients enrolled, 44 were treated with AB-101.', ['impossible-value']],
    ['Of the 40 patients enrolled, 38 were treated with AB-101.', []],
    ['Of the 60 patients in cohort 2, 62 were analysed for safety.', ['impossible-value']],
    ['Of the 60 patients in cohort 2, 58 were analysed for safety.', []],
  ]);
});

describe('impossible-value: a segment\u2019s sales, or one kind\u2019s of a total, above the company\u2019s in an earlier sentence', () => {
  table('impossible-value', [
    ['Group revenue rose 12% to EUR 150 million. Revenue in the Pharma segment increased to EUR 160 million.', ['impossible-value']],
    ['Group revenue rose 12% to EUR 150 million. Revenue in the Pharma segment increased to EUR 110 million.', []],
    ['Revenue for the first half was EUR 150.2 million. In the Pharma segment, revenue grew to EUR 160.4 million.', ['impossible-value']],
    ['Acme reported total revenue of $200 million. Product revenue was $210 million, up 15%.', ['impossible-value']],
    ['Acme reported total revenue of $200 million. Product revenue was $180 million, up 15%.', []],
    ['Der Konzernumsatz stieg um 10 % auf 150,0 Mio. Euro. Im Segment Pharma stieg der Umsatz auf 160,0 Mio. Euro.', ['impossible-value']],
    ['Der Konzernumsatz stieg um 10 % auf 150,0 Mio. Euro. Im Segment Pharma stieg der Umsatz auf 120,0 Mio. Euro.', []],
    // the segment's earlier sales ("from ... to"): the current one is below the whole
    ['Group revenue rose 12% to EUR 150 million. Revenue in the Pharma segment increased from EUR 160 million to EUR 140 million.', []],
  ]);
});

describe('totals: arms joined by a contrast, or listed in one bracket after the randomisation', () => {
  table('totals', [
    ['Of the 120 patients enrolled, 64 received AB-101 while 60 received placebo.', ['totals']],
    ['Of the 120 patients enrolled, 60 received AB-101 while 60 received placebo.', []],
    ['Of the 120 patients enrolled, 64 received AB-101 whereas 60 received placebo.', ['totals']],
    ['Of the 120 patients enrolled, 64 received AB-101 while 30 had received prior therapy.', []],
    ['In total, 356 patients were randomized (AB-101, n = 173; placebo, n = 193).', ['totals']],
    ['In total, 356 patients were randomized (AB-101, n = 173; placebo, n = 183).', []],
    ['A total of 356 patients were randomized (AB-101: n = 173; placebo: n = 193).', ['totals']],
    // the bracket splits a part named between the whole and it, not the whole
    ['Of 1,500 randomized subjects, 1,300 were evaluable for efficacy (AB-101 n=640, placebo n=660).', []],
    ['As of May, 50 patients were treated: 20 in dose escalation (1 mg, n=4; 3 mg, n=6; 10 mg, n=10) and 30 in the expansion cohort.', []],
  ]);
});

describe('totals: the groups an enrolment is split into, in one of the next sentences', () => {
  table('totals', [
    ['The trial enrolled 120 patients across two cohorts. Cohort A enrolled 64 patients and cohort B enrolled 60 patients.', ['totals']],
    ['The trial enrolled 120 patients across two cohorts. Cohort A enrolled 60 patients and cohort B enrolled 60 patients.', []],
    // the groups counted in the whole's sentence: they must count all of it
    ['The trial enrolled 120 patients across two cohorts. Cohort A enrolled 50 patients and cohort B enrolled 60 patients.', ['totals']],
    ['The study enrolled 120 patients. 64 patients received AB-101 and 60 received placebo.', ['totals']],
    // enrolled, not all of them treated: fewer is no finding
    ['The study enrolled 120 patients. 54 patients received AB-101 and 60 received placebo.', []],
    ['The study randomized 120 patients. 54 patients were randomized to AB-101 and 60 to placebo.', ['totals']],
    ['The study randomized 120 patients. 60 patients were randomized to AB-101 and 60 to placebo.', []],
    ['The trial enrolled 32 patients. Acme said 17 patients received the high dose, while 19 patients received the low dose.', ['totals']],
    ['The study enrolled 120 patients. In cohort A, 30 patients responded and in cohort B, 40 patients responded.', []],
    ['The study randomized 120 patients. In the high-risk subgroup, 30 received AB-101 and 20 received placebo.', []],
  ]);
});

describe('totals: a composite rate and its categories\u2019 rates paired "respectively" after it', () => {
  table('totals', [
    ['The ORR was 45%, with CR and PR rates of 15% and 35%, respectively.', ['totals']],
    ['The ORR was 50%, with CR and PR rates of 15% and 35%, respectively.', []],
    ['The objective response rate was 40%, with complete response and partial response rates of 10% and 20%, respectively.', ['totals']],
    ['The objective response rate was 30%, with complete response and partial response rates of 10% and 20%, respectively.', []],
  ]);
});

describe('totals: responders or patients a sentence opens on, split into groups, and response counts in abbreviations', () => {
  table('totals', [
    ['Of the 18 responders, 12 were in the high-dose group and 8 in the low-dose group.', ['totals']],
    ['Of the 18 responders, 10 were in the high-dose group and 8 in the low-dose group.', []],
    ['Of the 40 patients, 22 were in cohort A and 20 were in cohort B.', ['totals']],
    ['Of the 40 patients, 20 were in cohort A and 20 were in cohort B.', []],
    // overlapping events, not groups
    ['Of the 40 patients, 22 had nausea and 20 had fatigue.', []],
    ['Of the 18 responders, 12 were in the high-dose group and 8 were from the United States.', []],
    ['The overall response rate was 45% (18/40), with 5 CRs and 14 PRs.', ['totals']],
    ['The overall response rate was 45% (18/40), with 5 CRs and 13 PRs.', []],
  ]);
});

describe('totals: a revenue that "included" its parts, and parts closed by "for total revenue of"', () => {
  table('totals', [
    ['Revenue of $150 million included $100 million from product sales and $60 million from royalties.', ['totals']],
    ['Revenue of $150 million included $100 million from product sales and $40 million from royalties.', []],
    ['Product sales were $100 million and royalties were $60 million, for total revenue of $150 million.', ['totals']],
    ['Product sales were $100 million and royalties were $50 million, for total revenue of $150 million.', []],
  ]);
});

describe('totals: arm sizes stated with the results, sentences after the randomised whole', () => {
  table('totals', [
    ['ACME-3 randomized 600 patients 2:1 to AB-101 or placebo. The primary endpoint was met. In the AB-101 arm (n=400), the response rate was 40%, versus 20% in the placebo arm (n=210).', ['totals']],
    ['ACME-3 randomized 600 patients 2:1 to AB-101 or placebo. The primary endpoint was met. In the AB-101 arm (n=400), the response rate was 40%, versus 20% in the placebo arm (n=200).', []],
    // an arm given two sizes (a subgroup's and its own): not judged
    ['ACME-3 randomized 600 patients 2:1 to AB-101 or placebo. In the PD-L1-high subgroup, the rate was 50% with AB-101 (n=150) and 20% with placebo (n=80). In the AB-101 arm (n=400), the response rate was 40%, versus 20% in the placebo arm (n=210).', []],
  ]);
});

describe('impossible-value: a quarter\u2019s sales above its half or year stated in another sentence, periods named without a year', () => {
  table('impossible-value', [
    ['Acme reported first-half 2030 revenue of EUR 150 million. Second-quarter revenue alone was EUR 160 million.', ['impossible-value']],
    ['Acme reported first-half 2030 revenue of EUR 150 million. Second-quarter revenue alone was EUR 70 million.', []],
    ['Revenue for the first half was EUR 150 million. Revenue for the second quarter was EUR 160 million.', ['impossible-value']],
    ['Revenue for the first half was EUR 150 million. Revenue for the second quarter was EUR 80 million.', []],
    ['Full-year revenue was $45 million. Fourth-quarter revenue was $50 million.', ['impossible-value']],
    // periods without a year in two paragraphs may be of two years
    ['Full-year revenue was $45 million.\n\nFourth-quarter revenue was $50 million.', []],
    // a loss may be larger in a quarter than over the year
    ['Acme\u2019s net loss for the full year was $40 million. Its net loss for the fourth quarter was $50 million.', []],
  ]);
});

describe('totals: an enrolment whose clause closes on its arms, each given its treatment by "with" or "on"', () => {
  table('totals', [
    ['A total of 356 patients were treated, 173 with AB-101 and 193 with AB-202.', ['totals']],
    ['A total of 356 patients were treated, 173 with AB-101 and 183 with AB-202.', []],
    ['A total of 356 patients were enrolled, 200 with AB-101 and 170 on placebo.', ['totals']],
    // histories, not treatments: they may overlap
    ['A total of 356 patients were enrolled, 200 with prior surgery and 170 with prior radiotherapy.', []],
  ]);
});

describe('totals: response categories written as partitives after their shares (French, Spanish)', () => {
  table('totals', [
    ['Le taux de réponse objective était de 45 %, dont 15 % de réponses complètes et 35 % de réponses partielles.', ['totals']],
    ['Le taux de réponse objective était de 50 %, dont 15 % de réponses complètes et 35 % de réponses partielles.', []],
    ['La tasa de respuesta objetiva fue del 45 %, con un 15 % de respuestas completas y un 35 % de respuestas parciales.', ['totals']],
    ['La tasa de respuesta objetiva fue del 50 %, con un 15 % de respuestas completas y un 35 % de respuestas parciales.', []],
  ]);
});

describe('impossible-value: an analysis set named before its size, and the enrolled among the screened', () => {
  table('impossible-value', [
    ['The trial enrolled 44 patients. The efficacy-evaluable population comprised 46 patients.', ['impossible-value']],
    ['The trial enrolled 44 patients. The efficacy-evaluable population comprised 40 patients.', []],
    ['The trial enrolled 44 patients. The safety population included 46 patients who received at least one dose.', ['impossible-value']],
    ['The trial enrolled 44 patients. The safety population included 44 patients who received at least one dose.', []],
    ['A total of 300 patients were randomized; the ITT population comprised 310 patients.', ['impossible-value']],
    ['Of the 150 patients screened, 160 were enrolled.', ['impossible-value']],
    ['Of the 150 patients screened, 120 were enrolled.', []],
  ]);
});

describe('impossible-value: a participant flow\u2019s later rows above the count its column started with', () => {
  const flow = (week8: number, completed: number) => `Participant milestones\n\n| Measure | AB-101 | Placebo |\n|---|---|---|\n| Overall Study STARTED | 60 | 30 |\n| Overall Study Week 8 Visit | ${week8} | 29 |\n| Overall Study COMPLETED | ${completed} | 28 |\n| Overall Study NOT COMPLETED | 3 | 2 |\n`;
  table('impossible-value', [
    [flow(58, 57), []],
    [flow(64, 57), ['impossible-value']],
    [flow(58, 62), ['impossible-value']],
  ]);
});

describe('totals: a participant flow\u2019s completed and not completed against who started', () => {
  const flow = (started: number, completed: number, not: number) => `Participant milestones\n\n| Measure | AB-101 | Placebo |\n|---|---|---|\n| Overall Study STARTED | ${started} | 30 |\n| Overall Study COMPLETED | ${completed} | 28 |\n| Overall Study NOT COMPLETED | ${not} | 2 |\n`;
  table('totals', [
    [flow(60, 57, 3), []],
    [flow(60, 57, 4), ['totals']],
    [flow(60, 55, 3), ['totals']],
  ]);
});
