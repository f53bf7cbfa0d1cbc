import { strict as assert } from 'assert';
import { figuresOf, messagesOf } from '../helpers';

describe('readings of dates and claims (session 39)', () => {
  describe('a results release compares its quarter with the year-ago quarter', () => {
    const Q4 = 'Acme Bio Reports Fourth Quarter 2026 Results\n\nAcme Bio posted revenue of $4.1 million for the three months ended December 31, 2026, down from $5.0 million a year ago.\n\n';
    it('a comparison figure dated two years back, in a release that speaks of the year-ago period, is found', () => {
      const m = messagesOf(`${Q4}Its net loss was $2.0 million, compared to a net loss of $3.4 million in Q4 2024.`, 'date-inconsistent');
      assert.equal(m.length, 1);
      assert.match(m[0], /2 years before the period the release reports on/);
    });
    it('the year-ago quarter itself makes no finding', () => {
      assert.deepEqual(messagesOf(`${Q4}Its net loss was $2.0 million, compared to a net loss of $3.4 million in Q4 2025.`, 'date-inconsistent'), []);
    });
    it('without a word of the year-ago period, an older comparison is left alone (a release may compare with any year it names)', () => {
      const head = 'Acme Bio Reports Fourth Quarter 2026 Results\n\nAcme Bio posted revenue of $4.1 million for the three months ended December 31, 2026.\n\n';
      assert.deepEqual(messagesOf(`${head}Its net loss was $2.0 million, compared to a net loss of $3.4 million in Q4 2024.`, 'date-inconsistent'), []);
    });
  });

  describe('a head that names its quarter without the year takes the year from the first such quarter the text dates', () => {
    const HEAD = 'Acme Bio discussed its pipeline in its second-quarter earnings results today.\n\nRevenue rose to $12.0 million in Q2 2026.\n\n';
    it('a comparison figure dated after that quarter is found', () => {
      assert.equal(messagesOf(`${HEAD}The net loss was $3.0 million, from $2.5 million in Q2 2027.`, 'date-inconsistent').length, 1);
    });
    it('the year-ago quarter makes no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}The net loss was $3.0 million, from $2.5 million in Q2 2025.`, 'date-inconsistent'), []);
    });
    it('a change written "from A to B in <quarter>" dates B, so a quarter first met there is still the release\'s own', () => {
      const head = 'Acme Bio discussed its pipeline in its second-quarter earnings results today.\n\nRevenue rose from $9.0 million to $12.0 million in Q2 2026.\n\n';
      assert.equal(messagesOf(`${head}The net loss was $3.0 million, from $2.5 million in Q2 2027.`, 'date-inconsistent').length, 1);
    });
    it('"from A to B in <the own quarter>" is no comparison figure dated with the own quarter', () => {
      const head = 'Acme Bio Reports Second Quarter 2026 Results\n\nAcme Bio reported results for the three months ended June 30, 2026.\n\n';
      assert.deepEqual(messagesOf(`${head}Product revenue grew from $9.0 million to $12.0 million in Q2 2026.`, 'date-inconsistent'), []);
    });
  });

  describe('"acquired <a name>" dates the acquisition\'s closing', () => {
    const HEAD = 'Acme Bio Reports Third Quarter 2026 Results\n\nBOSTON, November 5, 2026 -- Acme Bio today reported results for the quarter.\n\n';
    it('a closing dated later than the month the company was acquired is found', () => {
      assert.equal(messagesOf(`${HEAD}In March 2026, Acme Bio acquired Beta Therapeutics, a private company. The balance was paid by Acme Bio upon the close of the acquisition, on May 20, 2026.`, 'date-inconsistent').length, 1);
    });
    it('a closing within that month makes no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}In March 2026, Acme Bio acquired Beta Therapeutics, a private company. The balance was paid by Acme Bio upon the close of the acquisition, on March 20, 2026.`, 'date-inconsistent'), []);
    });
    it('"acquired US rights" is no company acquired', () => {
      assert.deepEqual(messagesOf(`${HEAD}In March 2026, Acme Bio acquired US rights to zetalimab from Beta Therapeutics. The balance was paid by Acme Bio upon the close of the acquisition, on May 20, 2026.`, 'date-inconsistent'), []);
    });
  });

  describe('"the quarter ended <day>" is the release\'s own period, as "three months ended" is', () => {
    it('a comparison figure dated with that very quarter is found', () => {
      const text = 'Acme Bio reported no revenue for the second quarter ended June 30, 2026.\n\nThe net loss was $4.0 million, compared to a net loss of $3.1 million for Q2 2026.';
      assert.equal(messagesOf(text, 'date-inconsistent').length, 1);
    });
    it('the year-ago quarter makes no finding', () => {
      const text = 'Acme Bio reported no revenue for the second quarter ended June 30, 2026.\n\nThe net loss was $4.0 million, compared to a net loss of $3.1 million for Q2 2025.';
      assert.deepEqual(messagesOf(text, 'date-inconsistent'), []);
    });
  });

  describe('an interval marks the result it belongs to', () => {
    const HEAD = 'Acme Bio reported results for zetalimab in the ACME-3 trial.\n\n';
    it('one interval written with two different estimates in one sentence of prose is found', () => {
      const m = messagesOf(`${HEAD}Patients on zetalimab had a higher 2-year PFS rate than those on placebo [61.4% (95% CI, 48.2-73.9) vs. 40.1%] and than those on standard care [66.4% (95% CI, 48.2-73.9) vs. 45.2%].`, 'repeated-value');
      assert.equal(m.length, 1);
      assert.match(m[0], /interval 95% CI, 48\.2-73\.9 is stated as 66\.4% here but 61\.4% earlier/);
    });
    it('one estimate written with two intervals that share a bound is found', () => {
      const m = messagesOf(`${HEAD}At the data cut-off, the 2-year PFS rate with zetalimab was 61.4% (95% CI, 48.2-73.9) in the intention-to-treat population. Patients on zetalimab had a higher 2-year PFS rate than those on placebo [61.4% (95% CI, 48.2-75.9) vs. 40.1%].`, 'repeated-value');
      assert.equal(m.length, 1);
      assert.match(m[0], /share|cannot differ/);
    });
    it('the same estimate and interval restated make no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}The 2-year PFS rate was 61.4% (95% CI, 48.2-73.9) with zetalimab. Patients on zetalimab had a higher 2-year PFS rate than those on placebo [61.4% (95% CI, 48.2-73.9) vs. 40.1%].`, 'repeated-value'), []);
    });
    it('two arms cannot share one interval with two estimates either (the interval follows from the estimate and the group)', () => {
      assert.equal(messagesOf(`${HEAD}The ORR was 41.5% (95% CI, 30.2-53.4) in the zetalimab arm and 39.5% (95% CI, 30.2-53.4) in the placebo arm.`, 'repeated-value').length, 1);
    });
    it('two estimates at two times with intervals that share a bound are two results', () => {
      assert.deepEqual(messagesOf(`${HEAD}The 1-year PFS rate was 61.4% (95% CI, 48.2-73.9). The 2-year PFS rate was 61.4% (95% CI, 48.2-75.1).`, 'repeated-value'), []);
    });
    it('short intervals may agree by chance and are not read', () => {
      assert.deepEqual(messagesOf(`${HEAD}The median number of cycles was 5 (95% CI, 3-8) in the first cohort. In the second cohort it was 6 (95% CI, 3-8).`, 'repeated-value'), []);
    });
    it('a table flattened one cell a line pairs no number with the next cell\'s interval', () => {
      const table = `${HEAD}Subgroup\nHazard ratio (95% CI)\nAge under 65\n0.41\n(0.26-0.65)\nAge 65 or over\n0.52\n(0.26-0.65)\n`;
      assert.deepEqual(messagesOf(table, 'repeated-value'), []);
    });
  });

  describe('a rate raised by a share over its comparator is a relative rise or a rise in points', () => {
    const HEAD = 'Acme Bio Announces Phase 3 Results for Zetalimab\n\n';
    it('a claim neither reading reaches is found, the pair in the next sentence', () => {
      const m = messagesOf(`${HEAD}Zetalimab plus ribociclib increased the overall response rate (ORR) by more than 60% over ribociclib alone.\n\nZetalimab plus ribociclib achieved a 54% ORR, compared to a 40% ORR for ribociclib alone.`, 'claimed-ratio');
      assert.equal(m.length, 1);
      assert.match(m[0], /rise of 35 %/);
    });
    it('a claim the relative rise supports makes no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}Zetalimab plus ribociclib increased the overall response rate (ORR) by more than 60% over ribociclib alone.\n\nZetalimab plus ribociclib achieved a 66% ORR, compared to a 40% ORR for ribociclib alone.`, 'claimed-ratio'), []);
    });
    it('a claim the rise in points supports makes no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}Zetalimab plus ribociclib improved the overall response rate (ORR) by 18% over ribociclib alone.\n\nZetalimab plus ribociclib achieved a 60% ORR, compared to a 42% ORR for ribociclib alone.`, 'claimed-ratio'), []);
    });
    it('a median time raised by a share is its relative rise: "median OS increased 45% versus placebo (12.4 vs 9.9 months)" is found', () => {
      const m = messagesOf(`${HEAD}Median overall survival with zetalimab increased 45% versus placebo (12.4 months versus 9.9 months).`, 'claimed-ratio');
      assert.equal(m.length, 1);
      assert.match(m[0], /rise of 25 %/);
    });
    it('a median rise the figures support makes no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}Median overall survival with zetalimab increased 25% versus placebo (12.4 months versus 9.9 months).`, 'claimed-ratio'), []);
    });
    it('"48% versus 30%" after a verb is a pair, no claim against a comparator', () => {
      assert.deepEqual(messagesOf(`${HEAD}The ORR increased 48% versus 30% with placebo, and the median OS was 11.8 months versus 9.2 months.`, 'claimed-ratio'), []);
    });
    it('a time endpoint "improved by 40% over" is a reduction of risk, not read here', () => {
      assert.deepEqual(messagesOf(`${HEAD}Zetalimab improved progression-free survival (PFS) by 40% over placebo.\n\nMedian PFS was 11.2 months, compared to 9.8 months with placebo.`, 'claimed-ratio'), []);
    });
  });

  describe('"Of these patients," opening the sentence after an enrolment draws its arms from it', () => {
    const HEAD = 'Acme Bio reported results for zetalimab.\n\n';
    it('arms that add to more than the enrolment are found', () => {
      const m = messagesOf(`${HEAD}A total of 58 patients were included. Of these patients, 30 received zetalimab, 18 received chemotherapy, and 12 patients received radiotherapy.`, 'totals');
      assert.equal(m.length, 1);
      assert.match(m[0], /30 \+ 18 \+ 12 = 60, more than the 58/);
    });
    it('arms that add to the enrolment make no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}A total of 60 patients were included. Of these patients, 30 received zetalimab, 18 received chemotherapy, and 12 patients received radiotherapy.`, 'totals'), []);
    });
    it('"of these" inside the sentence still marks a subset, not read', () => {
      assert.deepEqual(messagesOf(`${HEAD}A total of 58 patients were included. 30 received zetalimab and 30 received chemotherapy, of these 12 had prior surgery.`, 'totals'), []);
    });
  });

  describe('a table\'s count of responders ("No. of patients with response") is its complete and partial responders', () => {
    const table = (orr: number) => `Table 2. Response in the ACME-3 trial

| Variable | Zetalimab (N = 120) | Placebo (N = 118) |
|---|---|---|
| Objective response | | |
| No. of patients with response | 40 | ${orr} |
| Complete response | 6 (5) | 1 (<1) |
| Partial response | 34 (28) | 21 (18) |
| Stable disease | 50 (42) | 60 (51) |
`;
    it('a count of responders other than the sum of its categories is found', () => {
      const m = messagesOf(table(25), 'totals');
      assert.equal(m.length, 1);
      assert.match(m[0], /CR 1 \+ PR 21 = 22, not the 25 responders/);
    });
    it('a count that is the sum makes no finding', () => {
      assert.deepEqual(messagesOf(table(22), 'totals'), []);
    });
    it('a share "(<1)" in a count\'s bracket names no group of patients', () => {
      const figs = figuresOf(table(22)).filter(f => f.binding.subgroup === '<1');
      assert.deepEqual(figs.map(f => f.text), []);
    });
  });

  describe('a table\'s median row and the range row under it', () => {
    const table = (median: string) => `Table 3. Duration of response in the ACME-3 trial

| Variable | Zetalimab (N = 120) | Placebo (N = 118) |
|---|---|---|
| Duration of response — mo | | |
| Median | ${median} | 4.9 |
| Range | 1.5–16.8+ | 1.1–12.0+ |
`;
    it('a median beyond its column\'s range is found', () => {
      const m = messagesOf(table('18.3'), 'impossible-value');
      assert.equal(m.length, 1);
      assert.match(m[0], /median of 18\.3 lies outside the range 1\.5.16\.8/);
    });
    it('a median within it makes no finding', () => {
      assert.deepEqual(messagesOf(table('8.3'), 'impossible-value'), []);
    });
  });

  describe('", with $A going to X, $B to Y": sums sent out of the whole are some of it', () => {
    const HEAD = 'Acme Bio priced its follow-on offering.\n\n';
    it('parts that add to more than the whole are found', () => {
      const m = messagesOf(`${HEAD}The offering will gross $50 million, with $41.0 million going to Acme Bio, $8.0 million to selling holders and $2.5 million to the underwriters.`, 'totals');
      assert.equal(m.length, 1);
      assert.match(m[0], /= USD 51\.5 million, more than the stated USD 50 million/);
    });
    it('parts that add to the whole make no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}The offering will gross $50 million, with $39.5 million going to Acme Bio, $8.0 million to selling holders and $2.5 million to the underwriters.`, 'totals'), []);
    });
    it('"with" and a sum that goes nowhere is no part', () => {
      assert.deepEqual(messagesOf(`${HEAD}The offering will gross $50 million, with $41.0 million in cash at the end of the quarter and $12.0 million in debt.`, 'totals'), []);
    });
  });

  describe('a group counted before a semicolon, then its members\' treatments', () => {
    const HEAD = 'Acme Bio reported results for zetalimab.\n\n';
    it('treatments given to more patients than the group are found', () => {
      const m = messagesOf(`${HEAD}Zetalimab was compared with investigator's choice in 120 previously untreated patients; 80 patients received zetalimab, 30 received pembrolizumab and 15 received dacarbazine.`, 'totals');
      assert.equal(m.length, 1);
      assert.match(m[0], /80 \+ 30 \+ 15 = 125, more than the 120/);
    });
    it('treatments that add to the group make no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}Zetalimab was compared with investigator's choice in 125 previously untreated patients; 80 patients received zetalimab, 30 received pembrolizumab and 15 received dacarbazine.`, 'totals'), []);
    });
  });

  describe('false alarms from a fresh set (h39), mended', () => {
    const HEAD = 'Acme Bio reported results for zetalimab in the ACME-3 trial.\n\n';
    it('a passage written twice to one pattern about another group is no restatement', () => {
      const text = `${HEAD}In the all-comer population, a median PFS of 4.4 months on zetalimab vs 2.1 months on standard care, a 36% reduction in the risk of progression or death. In the biomarker-positive population, a median PFS of 7.9 months on zetalimab vs 2.1 months on standard care, a 57% reduction in the risk of progression or death.`;
      assert.deepEqual(messagesOf(text, 'repeated-value'), []);
    });
    it('the same passage restated with its numbers and another value is still found', () => {
      const text = `${HEAD}In the all-comer population, a median PFS of 4.4 months on zetalimab vs 2.1 months on standard care, a 36% reduction in the risk of progression or death, was seen at the data cut-off.\n\nAs reported, a median PFS of 4.4 months on zetalimab vs 2.1 months on standard care, a 46% reduction in the risk of progression or death, was seen at the data cut-off.`;
      assert.equal(messagesOf(text, 'repeated-value').length, 1);
    });
    const table = (pr: string) => `Table 2. Response

| Variable | Zetalimab (n=200) | Placebo (n=200) |
|---|---|---|
| Objective response rate (ITT population) | | |
| Objective response (%) | 28 (14%) | 26 (13%) |
| Complete response (%) | 4 (2%) | 2 (1%) |
| Partial response (%) | 24 (12%) | 24 (12%) |
| Objective response (biomarker-positive) | | |
| Objective response | 20/110 (18%) | 17/100 (17%) |
| Complete response | 2/110 (2%) | 1/100 (1%) |
| Partial response | 18/110 (${pr}) | 16/100 (16%) |
`;
    it('a part is held to the whole of its own block, not to one of the block above', () => {
      assert.deepEqual(messagesOf(table('16%'), 'impossible-value'), []);
    });
    it('a part above the whole of its own block is still found', () => {
      assert.ok(messagesOf(table('19%'), 'impossible-value').length + messagesOf(table('19%'), 'totals').length >= 1);
    });
    it('a number right after a digit and a dash is no estimate of the interval after it', () => {
      const text = `${HEAD}| Variable | Zetalimab | Placebo |\n|---|---|---|\n| Median DOR (months; 95% CI) | 14–0 (8.8–NE) | 6.2 (4.9–9.2) |\n`;
      assert.deepEqual(messagesOf(text, 'ci-inconsistent'), []);
    });
  });

  describe('a bracket right after a count of patients breaks it down', () => {
    const HEAD = 'Acme Bio reported topline data for zetalimab.\n\n';
    it('sizes written "n = " that add up to more than the count are found, whatever verb counts it', () => {
      const m = messagesOf(`${HEAD}The topline data are based on 180 patients (zetalimab n = 120; placebo n = 70).`, 'totals');
      assert.equal(m.length, 1);
      assert.match(m[0], /120 \+ 70 = 190/);
    });
    it('sizes that add up to less may list some of the groups, and make no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}The topline data are based on 200 patients (zetalimab n = 120; placebo n = 70).`, 'totals'), []);
    });
    it('bare counts each with its group\'s label, more than the count, are found', () => {
      const m = messagesOf(`${HEAD}In the study, 64 patients (41 SOT, 30 HSCT) were treated with zetalimab.`, 'totals');
      assert.equal(m.length, 1);
      assert.match(m[0], /41 \+ 30 = 71, more than the 64/);
    });
    it('bare counts that fit make no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}In the study, 64 patients (41 SOT, 23 HSCT) were treated with zetalimab.`, 'totals'), []);
    });
  });

  describe('a population named inside a bracket is its own figures\'', () => {
    it('"17.2 months, with a 1-year rate of 58.3% (60.2% in cohort A ...)": the median and the rate are the whole group\'s', () => {
      const figs = figuresOf('Acme Bio reported results for zetalimab.\n\nThe median overall survival reached 17.2 months, with a 1-year OS rate of 58.3% (60.2% in the first cohort and 55.1% in the second).');
      assert.equal(figs.find(f => f.value === 17.2)?.binding.subgroup, undefined);
      assert.equal(figs.find(f => f.value === 58.3)?.binding.subgroup, undefined);
      assert.equal(figs.find(f => f.value === 60.2)?.binding.subgroup, 'first cohort');
    });
  });

  describe('false alarms from a fresh set (h40), mended', () => {
    it('a state "as of" a day without its year, months after the release\'s date, is the day of the year before', () => {
      const text = 'BOSTON, November 20, 2026 -- Acme Bio reported results for its fiscal year.\n\nAs of March 31, cash and investments were $40.2 million.';
      assert.deepEqual(messagesOf(text, 'date-inconsistent'), []);
    });
    it('a count "additional" to those counted is none of them', () => {
      const text = 'Acme Bio reported results for zetalimab.\n\nAn update of the first set of 40 patients was reported, together with results from an additional 52 patients in a second set.';
      assert.deepEqual(messagesOf(text, 'impossible-value'), []);
    });
    it('a share of responses ongoing at a time point is an estimate, no share of a count of responders', () => {
      const text = 'Acme Bio reported results for zetalimab.\n\nOf the 13 responders, all remain on study. Kaplan-Meier analyses showed 91% of responses ongoing at 6 months.';
      assert.deepEqual(messagesOf(text, 'grim'), []);
    });
  });

  describe('readings from h40\'s misses', () => {
    const HEAD = 'Acme Bio reported first-quarter results.\n\n';
    it('"rising from A to B" with B below A is found, as "rose from" is', () => {
      const m = messagesOf(`${HEAD}Revenues were up, rising from $7.4 million to $6.1 million, reflecting milestone payments.`, 'claimed-ratio');
      assert.equal(m.length, 1);
      assert.match(m[0], /rising/);
    });
    it('"falling from A to B" with B below A makes no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}Costs were down, falling from $7.4 million to $6.1 million.`, 'claimed-ratio'), []);
    });
    it('a median count below the least of its whole-number range is found', () => {
      assert.equal(messagesOf(`${HEAD}The median number of prior therapies was 3 (range, 4-11).`, 'impossible-value').length, 1);
    });
    it('a median count at the least of its range makes no finding', () => {
      assert.deepEqual(messagesOf(`${HEAD}The median number of prior therapies was 4 (range, 4-11).`, 'impossible-value'), []);
    });
  });
});
