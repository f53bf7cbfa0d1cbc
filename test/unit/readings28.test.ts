import { strict as assert } from 'assert';
import { entitiesOf, figuresOf, messagesOf } from '../helpers';

const HEAD = 'Acme Bio reported results for zetalimab in the ACME-2 trial.\n\n';

describe('readings of tables (session 28)', () => {
  describe('an arm of several drugs is studied for the drug it adds', () => {
    // both arms give nivolumab and chemotherapy; the first adds zetalimab, named second, so its figures are zetalimab's
    const doc = `${HEAD}| Outcome | Nivolumab + zetalimab + chemo (n = 80) | Nivolumab + chemo (n = 78) |\n|---|---|---|\n| ORR, n (%) | 40 (50.0) | 30 (38.5) |\n`;
    it('the combination arm\'s cell is bound to the added drug', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '40');
      assert.equal(f?.binding.drug, 'zetalimab');
    });
    it('the control arm\'s cell keeps its one drug', () => {
      const f = figuresOf(doc, 'markdown').find(x => x.text === '30');
      assert.equal(f?.binding.drug, 'nivolumab');
    });
    it('with one arm of several drugs and none to compare, the first drug named stands', () => {
      const one = `${HEAD}| Outcome | Nivolumab + zetalimab (n = 80) |\n|---|---|\n| ORR, n (%) | 40 (50.0) |\n`;
      const f = figuresOf(one, 'markdown').find(x => x.text === '40');
      assert.equal(f?.binding.drug, 'nivolumab');
    });
  });

  describe('the first patients enrolled are some of the enrolment', () => {
    const doc = 'Acme Bio reported ACME-4 results. In the study, 90 patients received zetalimab and 88 were evaluable for efficacy. Follow-up of the initial 30 patients enrolled showed durable responses.';
    it('an analysis set above the first patients enrolled is no impossible value', () => {
      assert.deepEqual(messagesOf(doc, 'impossible-value'), []);
    });
    it('an analysis set above the enrolment still is', () => {
      const bad = 'Acme Bio reported ACME-4 results. The study enrolled 30 patients. In all, 88 patients were evaluable for efficacy.';
      assert.equal(messagesOf(bad, 'impossible-value').length, 1);
    });
  });

  describe('a payment\'s role may open its clause', () => {
    it('"as an upfront payment, ... $N" is upfront', () => {
      const f = figuresOf('Under the agreement, as an upfront payment, Acme Bio will receive from Beta Pharma $20 million in cash.').find(x => x.figureKind === 'money');
      assert.equal(f?.role, 'upfront');
    });
    it('a role word in the sentence before is not the sum\'s', () => {
      const f = figuresOf('Acme Bio will receive an upfront payment. The company had cash of $20 million at year end.').find(x => x.figureKind === 'money');
      assert.equal(f?.role, undefined);
    });
  });

  describe('figures in brackets after the group they are compared with are that group\'s', () => {
    const doc = 'Acme Bio reported the ACME-5 study of zetalimab.\n\nZetalimab improved ORR (35%) and DCR (45%) compared to chemotherapy (5% and 9%, respectively). Zetalimab improved ORR (30%) versus placebo (6%).';
    it('a list over as many measures is the control\'s', () => {
      const f = figuresOf(doc).find(x => x.text === '9%');
      assert.equal(f?.binding.arm, 'chemotherapy');
      assert.equal(f?.binding.drug, undefined);
    });
    it('one figure after placebo is placebo\'s', () => {
      assert.equal(figuresOf(doc).find(x => x.text === '6%')?.binding.arm, 'placebo');
    });
    it('"respectively" over the two groups leaves the list to them', () => {
      const pair = 'Acme Bio reported the ACME-5 study of zetalimab.\n\nThe zetalimab arm showed a higher ORR compared to the control arm (21% and 3%, respectively).';
      assert.notEqual(figuresOf(pair).find(x => x.text === '21%')?.binding.arm, 'control');
    });
    it('a pair in the brackets is both groups\'', () => {
      const pair = 'Acme Bio reported the ACME-5 study of zetalimab.\n\nMore patients on zetalimab 2 mg responded compared with placebo (41% vs. 18%).';
      assert.notEqual(figuresOf(pair).find(x => x.text === '41%')?.binding.arm, 'placebo');
    });
  });

  describe('a rate above the rate it is part of, the arm named by the drug\'s brand', () => {
    it('CR above ORR of the one drug is found', () => {
      const doc = 'Acme Bio reported the ACME-6 study of Zetavia (zetalimab).\n\nZetalimab achieved an ORR (30%) compared to chemotherapy (5%). Nine complete responses were observed (41%) in the Zetavia arm.';
      assert.equal(messagesOf(doc, 'impossible-value').length, 1);
    });
  });

  describe('one exact p-value is one test\'s estimate', () => {
    const doc = 'Zetalimab Shows Survival Benefit in ACME-7\n\nHazard ratio of 0.48 (p=0.0213) shows a survival advantage.\n\nAcme Bio reported that zetalimab extended overall survival in the ACME-7 trial, with a hazard ratio of 0.58 (95% CI 0.37, 0.91; p=0.0213).';
    it('two hazard ratios with the one p-value contradict each other', () => {
      assert.equal(messagesOf(doc, 'repeated-value').length, 1);
    });
    it('a round p-value may be two tests\'', () => {
      assert.deepEqual(messagesOf(doc.replace(/0\.0213/g, '0.01'), 'repeated-value'), []);
    });
  });

  describe('landmark rates fall with time', () => {
    const head = 'Acme Bio reported results of the ACME-9 trial of zetalimab.\n\n';
    const cases: [string, string, number][] = [
      ['a later rate above an earlier one', 'The 6-month PFS rate was 40% with zetalimab, and the 12-month PFS rate was 47% with zetalimab.', 1],
      ['rates that fall', 'The 6-month PFS rate was 47% with zetalimab, and the 12-month PFS rate was 40% with zetalimab.', 0],
      ['a rise within the rounding', 'The 6-month OS rate was 80% with zetalimab, and the 12-month OS rate was 80.4% with zetalimab.', 0],
      ['two arms at one landmark, not told apart', 'The 6-month PFS rates were 40% and 30%, and the 12-month PFS rate was 35%.', 0],
      ['a subgroup\'s rates beside the whole\'s', 'The 6-month PFS rate was 40% with zetalimab. In the subgroup with liver metastases, the 12-month PFS rate was 47%.', 0],
    ];
    for (const [name, body, n] of cases) it(name, () => assert.equal(messagesOf(head + body, 'impossible-value').length, n));
  });

  describe('a row label\'s note of what its cells hold is no part of its measure', () => {
    const doc = 'Acme Bio reported the safety of zetalimab.\n\n| Event | Zetalimab (N=60) | Placebo (N=58) |\n|---|---|---|\n| Tinnitus, n/N (%) | 6/60 (10.0) | 2/58 (3.4) |\n| Vertigo \u2013 no. of patients (%) | 4 (6.7) | 1 (1.7) |\n| Dry mouth \u2014 % of patients | 8.3 | 5.2 |\n';
    for (const [cell, measure] of [['10.0', 'Tinnitus'], ['6.7', 'Vertigo'], ['8.3', 'Dry mouth']]) {
      it(`${measure}`, () => assert.equal(figuresOf(doc, 'markdown').find(x => x.text === cell)?.binding.endpoint, measure));
    }
  });

  describe('a scale without its currency is in the currency of the document\'s sums', () => {
    const doc = 'Acme Bio reported revenue of $4 million for the year.\n\nStatements of operations\n(in thousands, except per share data)\nRevenue 4,020 3,100\nNet loss (21,500) (18,250)\nNet loss per share (0.61) (0.55)\n';
    it('a row\'s numbers are thousands of dollars', () => {
      const f = figuresOf(doc).find(x => x.text === '4,020');
      assert.equal(f?.figureKind, 'money');
      assert.equal(f?.value, 4020000);
      assert.equal(f?.unit, 'USD');
    });
    it('the per-share row is not scaled', () => assert.equal(figuresOf(doc).find(x => x.text === '0.61')?.value, -0.61));
    it('with sums in two currencies the scale alone says no currency', () => {
      const two = doc.replace('revenue of $4 million', 'revenue of $4 million and EUR 2 million');
      assert.notEqual(figuresOf(two).find(x => x.text === '4,020')?.figureKind, 'money');
    });
  });

  describe('sums written the way some markets write them', () => {
    it('the prior period in brackets repeats the scale word', () => {
      const f = figuresOf('Net sales were SEK 2,410 m (1,975 m) in the quarter.').find(x => x.text === '1,975');
      assert.equal(f?.figureKind, 'money');
      assert.equal(f?.value, 1975000000);
    });
    it('a bracket that closes on another word is no prior period', () => {
      const f = figuresOf('Net sales were SEK 2,410 m (1,975 units) in the quarter.').find(x => x.text.startsWith('1,975'));
      assert.notEqual(f?.unit, 'SEK');
    });
    it('"Rmb" before a sum, glued or not, is the renminbi', () => {
      assert.equal(figuresOf('Revenue was Rmb125 million in the year.').find(x => x.figureKind === 'money')?.value, 125000000);
      assert.equal(figuresOf('Revenue was Rmb 3.5bn in the year.').find(x => x.figureKind === 'money')?.unit, 'CNY');
    });
  });

  describe('a variant receptor a drug targets is a target of its own', () => {
    it('EGFRvIII', () => assert.ok(entitiesOf('Zetapimut is a vaccine against EGFRvIII.', 'target').some(e => e.name === 'EGFRvIII')));
  });

  describe('a change of a measure whose better side is unknown is judged by its size', () => {
    it('points that are not the difference', () => assert.equal(messagesOf('Gross margin improved by 6 percentage points to 64% from 61%.', 'claimed-ratio').length, 1));
    it('points that are', () => assert.deepEqual(messagesOf('Gross margin improved by 3 percentage points to 64% from 61%.', 'claimed-ratio'), []));
  });

  describe('the release\'s own date dates no claim of its lede', () => {
    it('a state restated in the text with another value', () => {
      const doc = 'Acme Bio Reports Results\n\nBOSTON, March 4, 2031 -- Acme Bio reported cash and cash equivalents of $212.5 million as of December 31, 2030.\n\nAs of December 31, 2030, the company had cash and cash equivalents of $221.5 million, which it expects to fund operations into 2033.';
      assert.equal(messagesOf(doc, 'repeated-value').length, 1);
    });
  });

  describe('a restated sum, its comparison aside', () => {
    const middle = '\n\nAcme Bio continues to advance zetalimab in several solid tumors. The company started a Phase 2 study in gastric cancer. Enrollment is progressing as planned. The company plans to present data at a medical meeting. Research and development expenses reflected the ongoing trials.\n\n';
    it('the year\'s revenue restated beside the prior year\'s', () => {
      const doc = 'Acme Bio Reports Full Year 2030 Results\n\nBOSTON, March 4, 2031 -- Acme Bio today reported total revenue of $12.3 million for the full year 2030. The company also advanced its pipeline.' + middle + 'Total revenue for the full year 2030 was $13.2 million, compared with $10.1 million in the prior year.';
      assert.equal(messagesOf(doc, 'repeated-value').length, 1);
    });
    it('in German, the prior year after "nach"', () => {
      const doc = 'Acme Bio AG meldet Zahlen für 2030\n\nMünchen, 4. März 2031 -- Die Acme Bio AG hat im Geschäftsjahr 2030 einen Umsatz von 12,3 Mio. Euro erzielt. Das Unternehmen hat seine Pipeline weiter ausgebaut.' + middle + 'Der Umsatz im Geschäftsjahr 2030 betrug 13,2 Mio. Euro nach 10,1 Mio. Euro im Vorjahr.';
      assert.equal(messagesOf(doc, 'repeated-value').length, 1);
    });
    it('the same sum restated is no finding', () => {
      const doc = 'Acme Bio Reports Full Year 2030 Results\n\nBOSTON, March 4, 2031 -- Acme Bio today reported total revenue of $12.3 million for the full year 2030. The company also advanced its pipeline.' + middle + 'Total revenue for the full year 2030 was $12.3 million, compared with $10.1 million in the prior year.';
      assert.deepEqual(messagesOf(doc, 'repeated-value'), []);
    });
  });

  describe('"95% Cl": a copy\'s lower-case L for the I of CI', () => {
    it('is an interval after a confidence level', () => {
      const f = figuresOf('Zetalimab lowered the risk of death (HR 0.62, 95% Cl 0.48-0.80).').find(x => x.figureKind === 'ci');
      assert.deepEqual(f?.value, [0.48, 0.8]);
    });
    it('and nothing without one', () => assert.equal(figuresOf('Serum Cl 0.48-0.80 in the assay.').some(x => x.figureKind === 'ci'), false));
  });

  describe('a p-value named with the comparison it is of', () => {
    it('"p value vs placebo<0.001"', () => {
      const f = figuresOf('ACR20 response 45% vs 20%\np value vs placebo<0.001\n').find(x => x.figureKind === 'pvalue');
      assert.equal(f?.value, 0.001);
      assert.equal(f?.comparator, '<');
    });
  });

  describe('an interval\'s label in square brackets', () => {
    const doc = 'Table 2.\n\n| Outcome | Zetalimab (n = 50) | Placebo (n = 48) |\n|---|---|---|\n| ORR, No. (%) | 20 (40) | 9 (19) |\n| [95% CI] | 26 to 55 | 9 to 33 |\n';
    it('declares the row\'s intervals', () => assert.equal(figuresOf(doc, 'markdown').find(x => x.text === '26 to 55')?.figureKind, 'ci'));
    it('and its level is no figure', () => assert.equal(figuresOf(doc, 'markdown').some(x => x.text === '95%'), false));
  });

  describe('"disease control" is the DCR, but not in an organisation\'s name', () => {
    it('the endpoint', () => assert.ok(entitiesOf('Disease control was achieved in 64% of patients.', 'endpoint').some(e => e.name === 'DCR')));
    it('the agency', () => assert.deepEqual(entitiesOf('The Centers for Disease Control and Prevention issued guidance.', 'endpoint'), []));
    it('a disease in an institute\'s name', () => assert.deepEqual(entitiesOf('The Institute for Breast Cancer Research funded it.', 'indication'), []));
  });

  describe('years named relative to the release', () => {
    const head = 'BOSTON, March 3, 2031 -- Acme Bio today announced new data. ';
    const cases: [string, string, number][] = [
      ['"last year" at a meeting of another year', 'The data were first presented last year at the Acme Congress 2029.', 1],
      ['"last year" at the year before', 'The data were first presented last year at the Acme Congress 2030.', 0],
      ['"earlier this year" in another year', 'Earlier this year, in 2030, the company dosed its first patient.', 1],
      ['a year of another clause', 'Sales grew last year and the product launched in 2027.', 0],
      ['German', 'Die Daten wurden letztes Jahr auf dem Kongress 2028 vorgestellt.', 1],
    ];
    for (const [name, body, n] of cases) it(name, () => assert.equal(messagesOf(head + body, 'date-inconsistent').length, n));
  });

  describe('a header of statistics over values one a line', () => {
    const doc = 'Zetalimab benefit by subgroup\nHR (95% CI) P value\nSubgroup A (n=120) 6.1 months\n0.52\n(0.38-0.71)\n<0.001\nSubgroup B (n=80) 2.0 months\n0.81\n(0.55-1.19)\n0.28\n';
    it('the first line of a run is the ratio', () => assert.deepEqual([figuresOf(doc).find(x => x.text === '0.52')?.figureKind, figuresOf(doc).find(x => x.text === '0.52')?.unit], ['ratio', 'HR']));
    it('the second its interval, at the level the header names', () => {
      const f = figuresOf(doc).find(x => x.text === '0.55-1.19');
      assert.equal(f?.figureKind, 'ci');
      assert.equal(f?.level, 95);
    });
    it('the third its p-value', () => assert.equal(figuresOf(doc).find(x => x.text === '0.28')?.figureKind, 'pvalue'));
    it('a run of another length is left as it is', () => {
      const short = doc.replace('(0.55-1.19)\n', '');
      assert.notEqual(figuresOf(short).find(x => x.text === '0.81')?.figureKind, 'ratio');
    });
  });
});

