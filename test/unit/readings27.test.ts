import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';
import { analyzeText } from '../../server/src/analysis';

const HEAD = 'Acme Bio reported results for AB-101 in the ACME-1 trial.\n\n';

describe('readings of tables (session 27)', () => {
  describe('what one table declares ends with it', () => {
    // two Markdown tables apart by a blank line only: the first's years and its row's currency reach none of the second's cells
    const doc = `${HEAD}| Item | 2030 | 2029 |\n|---|---|---|\n| Sales ($M) | 10.5 | 7.0 |\n\n| Measure | Week 8 | Week 16 |\n|---|---|---|\n| Mean change in score | 3.5 | 5.5 |\n`;
    it('the first table\'s sums are sums', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '10.5');
      assert.equal(f?.figureKind, 'money');
      assert.equal(f?.binding.timepoint, '2030');
    });
    it('the second table\'s cells are no sums', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '3.5');
      assert.notEqual(f?.figureKind, 'money');
    });
    it('the second table\'s cells take their own column\'s time point', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '5.5');
      assert.equal(f?.binding.timepoint, '16 weeks');
    });
  });

  describe('a row whose cells a copy put one a line goes on in them', () => {
    // the header split over lines leaves out the corner; each value line after the row's first is its next column
    const doc = `${HEAD}Table 3. Score at week 8\nPlacebo (n = 30) |\nAB-101 2 mg (n = 31) |\nAB-101 4 mg (n = 29) |\n---|---|---|---|\nScore at week 8, mean (95% CI), % | 5.1 (4.9 to 5.3) |\n4.8 (4.6 to 5.0) |\n4.5 (4.3 to 4.7) |\nDifference vs placebo (95% CI), % | NA | -0.3 (-0.6 to 0.0) |\n-0.6 (-0.9 to -0.3) |\n`;
    it('the row\'s first value is the first column\'s', () => {
      const f = figuresOf(doc, 'plaintext').find(x => x.text === '5.1');
      assert.equal(f?.binding.arm, 'placebo');
    });
    it('a value on a line of its own is the next column\'s, in the row\'s unit', () => {
      const f = figuresOf(doc, 'plaintext').find(x => x.text === '4.5');
      assert.equal(f?.binding.arm, '4 mg');
      assert.equal(f?.figureKind, 'percent');
    });
    it('a value line whose interval has words is no header of a next table', () => {
      const f = figuresOf(doc, 'plaintext').find(x => x.text === '-0.6');
      assert.equal(f?.binding.arm, '4 mg');
      assert.equal(f?.figureKind, 'percent');
    });
  });

  describe('a caption that names a period of the trial\'s own gives its cells that time', () => {
    const table = '| Event | AB-101 (n = 40) | Placebo (n = 41) |\n|---|---|---|\n| Any TEAE | 12 (30.0) | 10 (24.4) |\n';
    it('"during the open-label extension period"', () => {
      const f = figuresOf(`${HEAD}Table 2. Adverse events during the open-label extension period\n\n${table}`, 'markdown').find(x => x.text === '30.0');
      assert.equal(f?.binding.timepoint, 'open-label extension period');
    });
    it('"Phase 3" names no period', () => {
      const f = figuresOf(`${HEAD}Table 2. Adverse events in the Phase 3 trial\n\n${table}`, 'markdown').find(x => x.text === '30.0');
      assert.equal(f?.binding.timepoint, undefined);
    });
  });

  describe('arms over grades: each arm spans its columns of grades', () => {
    // the header split over lines, the grades a row of their own under it, a section's label before the values
    const doc = `${HEAD}Event | AB-101 (N = 90) |\nPlacebo (N = 88) |\n||\n---|---|---|---|---|\nAny Grade | Grade 2 or 3 | Any Grade | Grade 2 or 3 | |\nAdverse events, no. (%) | ||||\nAll | 60 (66.7) | 20 (22.2) | 50 (56.8) | 15 (17.0) |\n`;
    it('the second column is the first arm\'s', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '22.2');
      assert.equal(f?.binding.drug, 'AB-101');
    });
    it('the third column is the second arm\'s', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '56.8');
      assert.equal(f?.binding.arm, 'placebo');
    });
  });

  it('a header as wide as the body\'s values left its corner out', () => {
    const doc = `${HEAD}AB-101 n/N (%) | Placebo n/N (%) | P value |\nWeek 12 | 12/30 (40.0) | 6/31 (19.4) | 0.04 |\nWeek 24 | 15/30 (50.0) | 7/31 (22.6) | 0.02 |\n`;
    const f = figuresOf(doc, 'markdown').find(x => x.text === '40.0');
    assert.equal(f?.binding.drug, 'AB-101');
    assert.equal(f?.binding.arm, 'AB-101');
  });

  it('a credible interval\'s "CrI" is no "CRi" remission', () => {
    const ents = analyzeText(`${HEAD}The difference was 8.0 (95% CrI 1.0 to 15.0).`).model.entities;
    assert.ok(!ents.some(e => e.kind === 'endpoint' && e.text === 'CrI'));
  });

  describe('a risk reduction in a headline, the ratios by population in the text', () => {
    const body = (claim: number) => `Acme Bio stops its trial of zanotumab early after it cut the risk of death by ${claim}% over chemotherapy.\n- In the squamous cell carcinoma population, the median overall survival was 10.5 months for zanotumab compared to 8.0 months for chemotherapy, a hazard ratio of 0.80.\n- The smaller adenocarcinoma group saw better results, 12.0 months versus 6.5 months, a hazard ratio of 0.60.\n- In the overall population, zanotumab was related to a median survival of 11.0 months compared to 7.5 months on chemotherapy and a hazard ratio of 0.75.\n`;
    const claimed = (claim: number) => analyzeText(body(claim)).findings.filter(f => f.code === 'claimed-ratio');
    it('a claim that fits the whole population\'s ratio is no finding, whatever subgroup\'s ratio follows it', () => {
      assert.equal(claimed(25).length, 0);
    });
    it('a claim that fits no ratio of the document is', () => {
      assert.equal(claimed(50).length, 1);
    });
  });

  it('a section\'s label of words is the measure of its rows that name only their week', () => {
    const doc = `${HEAD}| | AB-101 n/N (%) | Placebo n/N (%) |\n|---|---|---|\n| No flare | | |\n| W12 | 30/40 (75.0) | 20/40 (50.0) |\n| W24 | 28/40 (70.0) | 18/40 (45.0) |\n`;
    const f = figuresOf(doc, 'markdown').find(x => x.text === '45.0');
    assert.equal(f?.binding.endpoint, 'No flare');
    assert.equal(f?.binding.timepoint, '24 weeks');
  });

  describe('a table\'s objective response against its complete and partial responses, column by column', () => {
    const table = (orr: string, note = '') => `${HEAD}| Response | AB-101 (n = 50) | Placebo (n = 48) |\n|---|---|---|\n| Complete response | 5 (10.0) | 1 (2.1) |\n| Partial response | 15 (30.0) | 5 (10.4) |\n| Stable disease | 20 (40.0) | 22 (45.8) |\n| Objective response rate, % | ${orr} | 12.5 |\n${note}`;
    const totals = (doc: string) => analyzeText(doc, {}, 'markdown').findings.filter(f => f.code === 'totals');
    it('parts that make the rate are no finding', () => assert.equal(totals(table('40.0')).length, 0));
    it('a rate the parts do not make is', () => {
      const found = totals(table('46.0'));
      assert.equal(found.length, 1);
      assert.equal(found[0].data.sum, 40);
    });
    it('a table that counts unconfirmed responses is left alone', () => assert.equal(totals(table('46.0', 'Includes unconfirmed responses.\n')).length, 0));
    it('so is one whose note under the table says so', () => {
      const plain = `${HEAD}Response | AB-101 (n = 50) | Placebo (n = 48) |\nComplete response | 5 (10.0) | 1 (2.1) |\nPartial response | 15 (30.0) | 5 (10.4) |\nObjective response rate, % | 46.0 | 12.5 |\nIncludes unconfirmed responses.\n`;
      assert.equal(analyzeText(plain, {}, 'plaintext').findings.filter(f => f.code === 'totals').length, 0);
      assert.equal(analyzeText(plain.replace('Includes unconfirmed responses.\n', ''), {}, 'plaintext').findings.filter(f => f.code === 'totals').length, 1);
    });
  });

  describe('a sponsor\'s trial programme in title case names the trial', () => {
    const trials = (t: string) => analyzeText(t).model.entities.filter(e => e.kind === 'trial').map(e => [e.text, e.name]);
    it('"Keynote-999" is KEYNOTE-999', () => assert.deepEqual(trials('Results of Keynote-999 were shown at the meeting.'), [['Keynote-999', 'KEYNOTE-999']]));
    it('a common word with a number is no trial ("Step-2" of a guide)', () => assert.deepEqual(trials('Step-2 of the process was done.'), []));
  });

  describe('"compared to" a median', () => {
    const doc = `${HEAD}The median overall survival was 11.0 months for AB-101 compared to 8.0 months for chemo, translating to a hazard ratio of 0.70.`;
    it('the comparison\'s "to" gives the ratio no time point', () => assert.equal(figuresOf(doc).find(x => x.text === '0.70')?.binding.timepoint, undefined));
    it('"for chemo" is the control arm', () => assert.equal(figuresOf(doc).find(x => x.text === '8.0 months')?.binding.arm, 'chemo'));
  });

  it('the short forms tables write for checkpoint inhibitors ("NIVO", "PEMBRO") are those drugs', () => {
    const drugs = analyzeText('| Outcome | NIVO + Chemo (n = 40) | PEMBRO (n = 41) |\n|---|---|---|\n| ORR, % | 40.0 | 35.0 |\n', {}, 'markdown').model.entities.filter(e => e.kind === 'drug').map(e => e.name);
    assert.deepEqual(drugs, ['nivolumab', 'pembrolizumab']);
  });

  describe('a code written with a space is a drug where a dose follows it or a response is to it', () => {
    const drugs = (t: string) => analyzeText(t).model.entities.filter(e => e.kind === 'drug').map(e => e.text);
    it('"XQZ 512 300 mg"', () => assert.deepEqual(drugs('XQZ 512 300 mg (n=5) and XQZ 512 600 mg (n=11)'), ['XQZ 512', 'XQZ 512']));
    it('"response to XQZ 512"', () => assert.deepEqual(drugs('Tumour response to XQZ 512 by dose level.'), ['XQZ 512']));
    it('a standard\'s number is none', () => assert.deepEqual(drugs('The site follows ISO 9001 rules.'), []));
  });

  describe('units of time in title case, as headers write them', () => {
    it('"6 Months Ended" is a length of six months', () => {
      const f = figuresOf('Acme Bio\n\n6 Months Ended Sep. 30, 2031\n').find(x => x.text === '6 Months');
      assert.equal(f?.figureKind, 'duration');
      assert.equal(f?.value, 6);
    });
    it('"Nine Weeks" too', () => assert.equal(figuresOf('Results after Nine Weeks of dosing.').find(x => x.text === 'Nine Weeks')?.unit, 'weeks'));
    it('an age threshold in a row\'s label, "Age ≥70 Years", is an age, no length of time', () => {
      const f = figuresOf('| Subgroup | ORR |\n|---|---|\n| Age ≥70 Years | 25% |\n', 'markdown').find(x => x.text.includes('70'));
      assert.equal(f?.figureKind, 'other');
    });
  });

  describe('a headline in title case reads its figures as the text does', () => {
    const head = 'Acme Bio Reports 45 Percent Response Rate, 12-Month Survival of 80 Percent; Enrolls 120 Patients at 14 Sites';
    const f = (text: string) => figuresOf(head).find(x => x.text === text);
    it('"45 Percent" is a percentage', () => assert.equal(f('45 Percent')?.figureKind, 'percent'));
    it('"12-Month" is a landmark of 12 months', () => assert.equal(f('12-Month')?.unit, 'months'));
    it('"120 Patients" counts patients', () => assert.equal(f('120 Patients')?.unit, 'patients'));
    it('a capitalised word on the next line of running text is no counted noun', () => {
      const g = figuresOf('The rate was lower than before, with a p value of 0.04 in the study\nPatients with the mutation were excluded.').find(x => x.text.startsWith('0.04'));
      assert.notEqual(g?.figureKind, 'count');
    });
  });

  it('a scale in title case, "$1.2 Bn", "$12.5 Mn", scales the sum', () => {
    const fs = figuresOf('Acme Raises $1.2 Bn and Pays $12.5 Mn Upfront');
    assert.deepEqual(fs.filter(f => f.figureKind === 'money').map(f => f.value), [1.2e9, 12.5e6]);
  });
});
