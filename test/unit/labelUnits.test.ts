import { strict as assert } from 'assert';
import { A_LETTER, declaredBy, hasLabelWords, lettersLeft, NO_LABEL_WORDS, THREE_LETTERS, TWO_LETTERS } from '../../server/src/analysis/labelUnits';
import { figuresOf, messagesOf } from '../helpers';


/** Each case: what it shows, an invented document, a figure's text in it, and the kind it must be read as. */
function kindCases(cases: [string, string, string, string][]): void {
  for (const [what, doc, text, kind] of cases) {
    it(what, () => {
      const figs = figuresOf(doc);
      const f = figs.find(x => x.text === text);
      assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`);
      assert.equal(f.figureKind, kind, `${text}: ${f.figureKind} ${f.reading ?? ''}`);
    });
  }
}

describe('label units: what a row or column label declares', () => {
  const rows: [string, ReturnType<typeof declaredBy>][] = [
    ['| DCR, % |', { kind: 'percent', unit: '%' }],
    // a column's period and its unit in one header cell
    ['2030 TCHF', { kind: 'money', unit: 'CHF', scale: 1000 }],
    ['Q3 2030 MSEK', { kind: 'money', unit: 'SEK', scale: 1e6 }],
    ['TEUR 2030', { kind: 'money', unit: 'EUR', scale: 1000 }],
    ['2030 patients', undefined],
    ['Median OS, months (95% CI) ', { kind: 'duration', unit: 'months', ciLevel: 95 }],
    ['| HR (90% CI) |', { kind: 'ratio', unit: 'HR', ciLevel: 90 }],
    // a rate with its interval in brackets declares both; an interval's own label only the interval
    ['| DCR (95% CI) |', { kind: 'rate', unit: '%', ciLevel: 95 }],
    ['| 95% CI for DCR |', { ciLevel: 95 }],
    // a median of an endpoint measured as a time, no unit written: months; a unit written wins
    ['| Median PFS |', { kind: 'duration', unit: 'months' }],
    ['Medianes Gesamtüberleben', { kind: 'duration', unit: 'months' }],
    ['| Median PFS, weeks |', { kind: 'duration', unit: 'weeks' }],
    // a time endpoint without a median (a rate at a landmark) is no length
    ['| PFS rate |', { kind: 'rate', unit: '%' }],
    ['| p-value |', { kind: 'pvalue' }],
    ['| Dose level, mg/kg |', { kind: 'dose', unit: 'mg/kg' }],
    ['Daily dose (mcg):', { kind: 'dose', unit: '\u00b5g' }],
    ['| Zelbotamab % (N=40) |', { kind: 'percent', unit: '%' }],
    ['| P value |', { kind: 'pvalue' }],
    // a currency and its scale named last, after a comma or "in", as a label names its per cents or its unit of measure
    ['| Net loss, USD million |', { kind: 'money', unit: 'USD', scale: 1e6 }],
    ['Cash, \u20ac m', { kind: 'money', unit: 'EUR', scale: 1e6 }],
    ['R&D expenses in CHF thousands', { kind: 'money', unit: 'CHF', scale: 1000 }],
    ['Umsatz in Mio. EUR', { kind: 'money', unit: 'EUR', scale: 1e6 }],
    ['Earnings per share, SEK', { kind: 'money', unit: 'SEK', scale: 1 }],
    // the interval's level named in the share's brackets: counts and shares still, and the interval's level
    ['Response, n/N (%; 95% CI)', { kind: 'countPercent', ciLevel: 95 }],
    // the interval's brackets inside the share's: "(% (95% CI))"
    ['Difference in remission (% (95% CI))', { kind: 'percent', unit: '%', ciLevel: 95 }],
    ['n (%, 90% CI)', { kind: 'countPercent', ciLevel: 90 }],
    // adverse events by their grade: how often they occurred, as under a rate's word
    ['| Any grade |', { kind: 'rate', unit: '%' }],
    ['| Grade \u22653 |', { kind: 'rate', unit: '%' }],
    ['Grades 3-4', { kind: 'rate', unit: '%' }],
    ['Grad \u2265 3', { kind: 'rate', unit: '%' }],
    ['| Grade \u22653, n (%) |', { kind: 'countPercent' }],
    ['Upgrade 3', undefined],
    // a place or a year after "in" is no unit
    ['Patients in Europe', undefined],
    ['Sales in 2030', undefined],
    ['| P Value |', { kind: 'pvalue' }],
    // a footnote's letter a copy parted from the name by a space
    ['p value b', { kind: 'pvalue' }],
    ['p values are', undefined],
    // a count's lead and a noun of people
    ['No. of participants who relapsed |', { kind: 'count', unit: 'participants' }],
    ['Number of patients ', { kind: 'count', unit: 'patients' }],
    ['| No. of adverse events |', { kind: 'count', unit: 'adverse events' }],
    ['| Number of sites (per country) |', undefined],
    // a time point named by its number labels a row of values at that time: no unit of theirs
    ['12 months |', undefined],
    ['Week 24 |', undefined],
    // a period's name: a number word before the unit, or the date that closes it after ("Ended", "ending")
    ['| Four Weeks Ended May 3 |', undefined],
    ['| Nine months |', undefined],
    ['Months ended March 31, 2031 |', undefined],
    ['| Time on treatment, months |', { kind: 'duration', unit: 'months' }],
    // every ratio's name: an abbreviation in capitals, a name in any case
    ['| GMR (95% CI) |', { kind: 'ratio', unit: 'GMR', ciLevel: 95 }],
    ['| Hazard Ratio |', { kind: 'ratio', unit: 'HR' }],
    ['| Incidence rate ratio |', { kind: 'ratio', unit: 'rate ratio' }],
    ['| Responders or partial |', undefined],
    ['Responders, n (%) ', { kind: 'countPercent' }],
    // a rate named without its sign: its shares written with decimals are per cents
    ['ORR', { kind: 'rate', unit: '%' }],
    ['Complete response rate ', { kind: 'rate', unit: '%' }],
    ['Anteil', { kind: 'rate', unit: '%' }],
    // a statistic of a measure, or a spread's "SD", is no rate
    ['Mean (SD)', undefined],
    ['Response rate, mean change', undefined],
    // a label whose head is a share's phrase declares shares whatever the words after it name; a statistic may come first
    ['| Percentage of patients with CR |', { kind: 'percent', unit: '%' }],
    ['% of participants with grade 3 AEs', { kind: 'percent', unit: '%' }],
    ['Mean percent change in LDL-C', { kind: 'percent', unit: '%' }],
    ['Pourcentage de patients en RC', { kind: 'percent', unit: '%' }],
    // a share's word that is no head declares no per cent: "percentage points" are the points a difference of shares is in
    ['| Change in percentage points |', { kind: 'percent', unit: 'percentage points' }],
    ['Patients with a percentage of blasts below 5', undefined],
    // the noun of people with a step of the trial that names all who went through it counts them as the noun alone does
    ['| Patients enrolled |', { kind: 'count', unit: 'patients' }],
    ['Randomized participants', { kind: 'count', unit: 'participants' }],
    ['Patienten eingeschlossen', { kind: 'count', unit: 'patients' }],
    // a group of them, or the noun with more words, does not
    ['| Women enrolled |', undefined],
    ['| Patients enrolled in Europe |', undefined],
    // labels that declare nothing
    ['In the study ', undefined],
  ];
  for (const [label, want] of rows) it(`${JSON.stringify(label)} declares ${JSON.stringify(want)}`, () => assert.deepEqual(declaredBy(label), want));
});

describe('label units: bare numbers take the unit of their label', () => {
  const table = [
    '| Endpoint | Drug (n=52) | Placebo (n=50) |',
    '|---|---|---|',
    '| DCR, % | 61 | 22 |',
    '| Median OS, months (95% CI) | 14.2 (11.0-17.9) | 9.8 (7.7-12.1) |',
    '| HR (95% CI) | 0.61 (0.42-0.88) | |',
    '| p-value | 0.008 | |',
    '| Responders, n (%) | 21 (40.4) | 6 (12.0) |',
    '| Sites | 14 | 12 |',
  ].join('\n');
  const figs = figuresOf(`The company reported the data.\n\n${table}\n`);
  const fig = (text: string) => { const f = figs.find(x => x.text === text); assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`); return f; };
  it('reads a share under "DCR, %"', () => assert.deepEqual([fig('61').figureKind, fig('61').unit], ['percent', '%']));
  it('reads a duration and its interval under "months (95% CI)"', () => {
    assert.deepEqual([fig('14.2').figureKind, fig('14.2').unit], ['duration', 'months']);
    assert.deepEqual([fig('11.0-17.9').figureKind, fig('11.0-17.9').level], ['ci', 95]);
  });
  it('reads a ratio and its interval under "HR (95% CI)"', () => {
    assert.deepEqual([fig('0.61').figureKind, fig('0.61').unit], ['ratio', 'HR']);
    assert.equal(fig('0.42-0.88').figureKind, 'ci');
  });
  it('reads a p-value under "p-value"', () => assert.equal(fig('0.008').figureKind, 'pvalue'));
  it('reads a count and its share under "n (%)"', () => {
    assert.deepEqual([fig('21').figureKind, fig('40.4').figureKind], ['count', 'percent']);
  });
  it('leaves numbers under a label that declares nothing alone', () => assert.equal(fig('14').figureKind, 'other'));
  it('reads no "95%" figure in a "(95% CI)" label', () => assert.ok(!figs.some(f => f.text === '95%'), figs.map(f => f.text).join(' | ')));
});

describe('label units: a rate named without its sign', () => {
  const doc = [
    'Acme Bio reported the data.',
    '',
    'Table 2. Remission rates by visit (ITT)',
    '',
    '| | Week 12 | Week 24 |',
    '|---|---|---|',
    '| Acmezumab | 41.3 | 52.0 |',
    '| Placebo | 12.0 | 14 |',
    '',
    '| Cohort | ORR | Median DOR, months |',
    '|---|---|---|',
    '| A | 35.5 | 7.4 |',
    '',
    'The trial used a type 1 error rate of 0.05.',
  ].join('\n');
  const figs = figuresOf(doc, 'markdown');
  const fig = (text: string) => { const f = figs.find(x => x.text === text); assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`); return f; };
  it('reads a share with decimals under a caption that names a rate', () => assert.deepEqual([fig('41.3').figureKind, fig('41.3').unit], ['percent', '%']));
  it('leaves a whole number under it as it is (it may count responders)', () => assert.notEqual(fig('14').figureKind, 'percent'));
  it('reads a share under a rate\u2019s abbreviation', () => assert.deepEqual([fig('35.5').figureKind, fig('35.5').unit], ['percent', '%']));
  it('leaves the duration beside it in its own unit', () => assert.equal(fig('7.4').figureKind, 'duration'));
  it('reads no rate from a sentence that ends in "a rate of"', () => assert.notEqual(fig('0.05').figureKind, 'percent'));
});

describe('label units: a title in words declares a table\u2019s currency and scale', () => {
  const doc = ['Acme Bio reported its results.', '', '**Key figures (in EUR million, except per share data)**', '',
    '| | 2030 | 2029 |', '|---|---:|---:|', '| Revenue | 41.5 | 33.2 |', '| Net loss per share | 0.37 | 0.52 |', ''].join('\n');
  const figs = figuresOf(doc);
  const fig = (text: string) => { const f = figs.find(x => x.text === text); assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`); return f; };
  it('reads a cell in the title\u2019s currency and scale', () => assert.deepEqual([fig('41.5').figureKind, fig('41.5').value, fig('41.5').unit], ['money', 41.5e6, 'EUR']));
  it('reads an amount per share in the currency, not the scale', () => assert.deepEqual([fig('0.37').figureKind, fig('0.37').value], ['money', 0.37]));
});

describe('label units: the header above the row labels declares for the whole table; a column header declares for its cells', () => {
  const safety = ['The safety data follow.', '', '| Adverse event, n (%) | Drug (N=40) | Placebo (N=38) |', '|---|---|---|',
    '| Headache | 9 (22.5) | 3 (7.9) |', '| Dizziness | 5 (12.5) | 2 (5.3) |', ''].join('\n');
  const columns = ['The safety data follow.', '', '| | Drug (N=40) n (%) | Placebo (N=38) n (%) |', '|---|---|---|', '| Headache | 9 (22.5) | 3 (7.9) |', ''].join('\n');
  const accounts = ['The results follow.', '', '| (EUR in thousands) | 2030 | 2029 |', '|---|---|---|', '| Revenue | 4,120 | 3,310 |', '| Net loss | (2,050) | (1,870) |', ''].join('\n');
  const counts = ['The cohorts follow.', '', '| | Cohort A | Cohort B |', '|---|---|---|', '| Patients, n | 24 | 18 |', '| Sites | 6 | 4 |', ''].join('\n');
  const fig = (doc: string, text: string) => { const figs = figuresOf(doc); const f = figs.find(x => x.text === text); assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`); return f; };
  it('reads a count and its share under a stub "Adverse event, n (%)"', () => {
    assert.deepEqual([fig(safety, '9').figureKind, fig(safety, '22.5').figureKind, fig(safety, '2').figureKind, fig(safety, '5.3').figureKind], ['count', 'percent', 'count', 'percent']);
  });
  it('reads a count and its share under column headers ending in "n (%)"', () => {
    assert.deepEqual([fig(columns, '9').figureKind, fig(columns, '22.5').figureKind, fig(columns, '7.9').figureKind], ['count', 'percent', 'percent']);
  });
  it('reads sums in the stub\u2019s currency and scale, an accounts\u2019 bracket as negative', () => {
    assert.deepEqual([fig(accounts, '4,120').figureKind, fig(accounts, '4,120').value, fig(accounts, '4,120').unit], ['money', 4120000, 'EUR']);
    assert.equal(fig(accounts, '2,050').value, -2050000);
  });
  it('reads counts after a row label "Patients, n", and leaves a row without a declaration alone', () => {
    assert.deepEqual([fig(counts, '24').figureKind, fig(counts, '24').unit], ['count', 'patients']);
    assert.equal(fig(counts, '6').figureKind, 'other');
  });
});

describe('label units: a title above a blank line reaches the aligned table right after it', () => {
  const doc = 'Acme Bio reported its results (in EUR thousands).\n\n\tQ3 2030\tQ3 2029\nRevenue\t4,120\t3,310\nNet loss\t(2,050)\t(1,870)\n\nThe end.\n';
  const fig = (text: string) => { const f = figuresOf(doc).find(x => x.text === text); assert.ok(f, `no figure ${text}`); return f; };
  it('reads the cells in the title\u2019s currency and scale, under their period', () => {
    assert.deepEqual([fig('4,120').figureKind, fig('4,120').value, fig('4,120').unit, fig('4,120').binding.timepoint], ['money', 4120000, 'EUR', 'Q3 2030']);
  });
  it('reads an accounts\u2019 bracket as a negative sum', () => assert.equal(fig('1,870').value, -1870000));
});

describe('label units: tables as web pages copy them (a header split over lines, rows without a leading pipe)', () => {
  // an invented table: header cells one or two to a line, a section row that declares the unit of the rows
  // under it, a row label wrapped onto a line of its own, a hazard ratio's and a p-value's column
  const table = [
    'Table 3. Efficacy (all treated patients)',
    'Measure | Zelbotamab (N = 120) |',
    'Control (N = 118) |',
    'Hazard ratio (95% CI) |',
    'P Value |',
    '---|---|---|---|---|',
    'Overall survival, median, mo (95% CI) | 11.2 (9.8\u201312.6) | 8.4 (7.1\u20139.9) | 0.74 (0.60\u20130.91) | 0.004 |',
    'Patients alive, % (95% CI) | ||||',
    '6 mo | 71 (63\u201378) | 62 (53\u201370) | | |',
    '12 mo | 44 (35\u201352) | 33 (25\u201341) | | |',
    'Best overall response by blinded',
    'assessment, n (%) |',
    '||||',
    'Partial response | 30 (25) | 17 (14) | ||',
    'No. of patients who improved | 32 | 18 | ||',
  ].join('\n');
  for (const format of ['plaintext', 'markdown'] as const) {
    const figs = figuresOf(`Acme Bio reported the data.\n\n${table}\n`, format);
    const fig = (text: string) => { const f = figs.find(x => x.text === text); assert.ok(f, `no figure ${text} (${format})`); return f; };
    it(`reads a row's unit, its interval, and leaves the ratio's and the p-value's columns to their headers (${format})`, () => {
      assert.deepEqual([fig('11.2').figureKind, fig('11.2').unit, fig('9.8\u201312.6').figureKind], ['duration', 'months', 'ci']);
      assert.deepEqual([fig('0.74').figureKind, fig('0.74').unit, fig('0.004').figureKind], ['ratio', 'HR', 'pvalue']);
    });
    it(`reads the rows under a section row in the section's unit, bound to their time point (${format})`, () => {
      assert.deepEqual([fig('71').figureKind, fig('71').unit, fig('63\u201378').figureKind, fig('33').figureKind], ['percent', '%', 'ci', 'percent']);
      assert.equal(fig('44').binding.timepoint, '12 months');
    });
    it(`keeps a table going past a row label wrapped onto lines of its own, which declares for the rows under it (${format})`, () => {
      assert.deepEqual([fig('30').figureKind, fig('25').figureKind, fig('17').figureKind], ['count', 'percent', 'count']);
    });
    it(`reads counts after "No. of patients" (${format})`, () => assert.deepEqual([fig('32').figureKind, fig('32').unit], ['count', 'patients']));
  }
});

describe('label units: a header a copy split over lines, one cell a line, without its empty corner or its spans', () => {
  // invented tables; each case: what it shows, the table, a figure's text, the kind it must be read as
  const cases: [string, string, string, string][] = [
    // fewer header cells than value columns, above a delimiter row: laid from the right, the first spans what is left over
    ['a p-value column, the last header cell over the last column',
      'Mean change (95% CI) |\nContrast (95% CI) |\nP | ||\n---|---|---|---|---|\nItch score | \u22124.2 (\u22125.1, \u22123.3) | \u22126.8 (\u22127.9, \u22125.7) | \u22122.6 (\u22124.0, \u22121.2) | 0.013 |', '0.013', 'pvalue'],
    ['an interval in the column the first header cell spanned',
      'Mean change (95% CI) |\nContrast (95% CI) |\nP | ||\n---|---|---|---|---|\nItch score | \u22124.2 (\u22125.1, \u22123.3) | \u22126.8 (\u22127.9, \u22125.7) | \u22122.6 (\u22124.0, \u22121.2) | 0.013 |', '\u22125.1, \u22123.3', 'ci'],
    ['an interval in the first header cell\u2019s own column',
      'Mean change (95% CI) |\nContrast (95% CI) |\nP | ||\n---|---|---|---|---|\nItch score | \u22124.2 (\u22125.1, \u22123.3) | \u22126.8 (\u22127.9, \u22125.7) | \u22122.6 (\u22124.0, \u22121.2) | 0.013 |', '\u22127.9, \u22125.7', 'ci'],
    // no delimiter row: the header lines right above the first row with pipes, the corner with words
    ['counts and shares under "n (%)" headers with no delimiter row',
      'Outcome |\nVehicle (N=52), n (%) |\nZelbotamab (N=50), n (%) |\nOdds ratio (95% CI) |\nP value |\nClear skin at week 16 | 9 (17.3) | 21 (42.0) | 3.5 (1.4, 8.6) | 0.006 |\nItch relief at week 16 | 12 (23.1) | 25 (50.0) | 3.3 (1.4, 7.8) | 0.005 |', '21', 'count'],
    ['the share in brackets', 'Outcome |\nVehicle (N=52), n (%) |\nZelbotamab (N=50), n (%) |\nOdds ratio (95% CI) |\nP value |\nClear skin at week 16 | 9 (17.3) | 21 (42.0) | 3.5 (1.4, 8.6) | 0.006 |\nItch relief at week 16 | 12 (23.1) | 25 (50.0) | 3.3 (1.4, 7.8) | 0.005 |', '42.0', 'percent'],
    ['a ratio\u2019s bounds in brackets are its interval, not two more ratios', 'Outcome |\nVehicle (N=52), n (%) |\nZelbotamab (N=50), n (%) |\nOdds ratio (95% CI) |\nP value |\nClear skin at week 16 | 9 (17.3) | 21 (42.0) | 3.5 (1.4, 8.6) | 0.006 |\nItch relief at week 16 | 12 (23.1) | 25 (50.0) | 3.3 (1.4, 7.8) | 0.005 |', '1.4, 8.6', 'ci'],
    ['the p-value column', 'Outcome |\nVehicle (N=52), n (%) |\nZelbotamab (N=50), n (%) |\nOdds ratio (95% CI) |\nP value |\nClear skin at week 16 | 9 (17.3) | 21 (42.0) | 3.5 (1.4, 8.6) | 0.006 |\nItch relief at week 16 | 12 (23.1) | 25 (50.0) | 3.3 (1.4, 7.8) | 0.005 |', '0.005', 'pvalue'],
    // under the delimiter row, the header lines closed by a line that is only a pipe, no corner
    ['a p-value column under a header written under the delimiter row',
      'Trial A | Trial B |\n---|---|---|---|---|\nZelbotamab (N=30) |\nVehicle (N=31) |\np-value |\n|\nItch score, mean | 3.1 | 4.4 | 0.041 |\nRedness score, mean | 2.2 | 2.9 | 0.127 |', '0.127', 'pvalue'],
  ];
  for (const format of ['plaintext', 'markdown'] as const) {
    for (const [what, table, text, kind] of cases) {
      it(`${what} (${format})`, () => {
        const figs = figuresOf(`Acme Bio reported the data.\n\n${table}\n`, format);
        const f = figs.find(x => x.text === text);
        assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`);
        assert.equal(f.figureKind, kind, `${text}: ${f.figureKind} ${f.reading ?? ''}`);
      });
    }
  }
});

describe('label units: a label that names its cells\u2019 parts in order, a p-value in brackets last ("n (%) (p)")', () => {
  // an invented table; each case: what it shows, a figure's text, the kind it must be read as, and which one of that text
  const table = [
    '| Outcome | Vehicle (N=40) | Zelbotamab 5 mg (N=41) | Zelbotamab 10 mg (N=39) |',
    '|---|---|---|---|',
    '| Clear skin, n (%) (p)* | 6 (15.0) | 12 (29.3) (0.094) | 17 (43.6) (0.005) |',
    '| Clear skin, model, % (p) | 14.2 | 28.8 (0.118) | 0.9 (0.021) |',
    '| Itch score, mean\u00b1SD change (p) | \u22121.2\u00b10.9 | \u22122.0\u00b11.1 (0.031) | \u22122.6\u00b11.0 (0.002) |',
    '| Redness, n (%) (p) | 1 (0.5) | 3 (0.7) (0.640) | 2 (0.4) (0.810) |',
  ].join('\n');
  const cases: [string, string, string, number][] = [
    ['the p-value after a count and its share', '0.094', 'pvalue', 0],
    ['the share before it', '29.3', 'percent', 0],
    ['the count', '12', 'count', 0],
    ['the p-value after a share', '0.118', 'pvalue', 0],
    ['a share below 1, not in brackets, stays a share', '0.9', 'percent', 0],
    ['the p-value after a mean and its spread', '0.031', 'pvalue', 0],
    ['a share below 1 in a cell without its p-value is no p-value', '0.5', 'percent', 0],
    ['a share below 1 before the p-value is no p-value', '0.7', 'percent', 0],
    ['the p-value after a share below 1', '0.640', 'pvalue', 0],
  ];
  for (const format of ['plaintext', 'markdown'] as const) {
    const figs = figuresOf(`Acme Bio reported the data.\n\n${table}\n`, format);
    for (const [what, text, kind, nth] of cases) {
      it(`${what} (${format})`, () => {
        const f = figs.filter(x => x.text === text)[nth];
        assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`);
        assert.equal(f.figureKind, kind, `${text}: ${f.figureKind} ${f.reading ?? ''}`);
      });
    }
  }
  it('declares a p-value in brackets after the parts it names', () => {
    assert.deepEqual(declaredBy('ACR-like response, n (%) (p)'), { kind: 'countPercent', pInBrackets: 1 });
    assert.deepEqual(declaredBy('Response, % (p)'), { kind: 'percent', unit: '%', pInBrackets: 0 });
  });
});

describe('table binding: a row label that names a population is the population of its row, not its measure', () => {
  const doc = 'Acme Bio reported the data.\n\n| Set | Zelbotamab (N = 80) | Placebo (N = 78) |\n|---|---|---|\n| Efficacy-evaluable population, n (%) | 30 (40.0) | 9 (12.2) |\n| Nausea, n (%) | 3 (3.8) | 1 (1.3) |\n';
  const figs = figuresOf(doc, 'markdown');
  const fig = (text: string) => { const f = figs.find(x => x.text === text); assert.ok(f, `no figure ${text}`); return f; };
  it('binds the row\u2019s figures to the population its label names, with no endpoint from it', () => {
    assert.deepEqual([fig('30').binding.subgroup, fig('30').binding.endpoint], ['Efficacy-evaluable population', undefined]);
  });
  it('leaves a row that names a measure to its measure', () => assert.deepEqual([fig('3').binding.endpoint, fig('3').binding.subgroup], ['Nausea', undefined]));
});

describe('label units: rows whose cells a copy glued together', () => {
  // an invented flattened table: each line a label glued to its cells, a label holding a time point of its own
  const doc = 'Acme Bio reported the data.\n\nDuration of response\nMedian (95% CI), months4.2 (2.1\u20136.0)5.5 (3.3\u20137.9)\n9-month rate (95% CI), %41.3 (30.2\u201352.0)55.1 (44.0\u201365.2)\n';
  const figs = figuresOf(doc);
  const fig = (text: string) => { const f = figs.find(x => x.text === text); assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`); return f; };
  it('reads a value glued to a label that ends in a unit of time, and its interval', () => {
    assert.deepEqual([fig('4.2').figureKind, fig('4.2').unit, fig('2.1\u20136.0').figureKind, fig('5.5').unit], ['duration', 'months', 'ci', 'months']);
  });
  it('reads the shares after a label that holds a time point of its own ("9-month rate, %")', () => {
    assert.deepEqual([fig('41.3').figureKind, fig('30.2\u201352.0').figureKind, fig('55.1').figureKind], ['percent', 'ci', 'percent']);
  });
});

describe('label units: a header row that names each column\u2019s unit, a caption or note for the whole table, a column of shares', () => {
  // invented tables: [what, document, figure text, expected kind]
  const unitsRow = ['The safety data follow.', '', '| Event | Zelbotamab | Placebo |', '|---|---|---|', '| | n (%) | n (%) |', '| Rash | 14 (35.0) | 3 (7.9) |', '| Cough | 6 (15.0) | 0 |', ''].join('\n');
  const unitsFirst = ['The response data follow.', '', '| Best response | Zelbotamab (n = 40) | | Placebo (n = 38) | |', '|---|---|---|---|---|',
    '| n (%) | 95% CIa | n (%) | 95% CIa |', '| Partial response | 11 (27.5) | 14.6, 43.9 | 4 (10.5) | 2.9, 24.8 |', ''].join('\n');
  const captionAbove = ['Results follow.', '', 'Table 4. Adverse events, n (%)', '', '| Event | Zelbotamab | Placebo |', '|---|---|---|', '| Rash | 14 (35.0) | 3 (7.9) |', '| Cough | 6 (15.0) | 0 |', ''].join('\n');
  const percentCaption = ['Results follow.', '', 'Percentage of patients', '| Event | Zelbotamab | Placebo |', '|---|---|---|', '| Rash | 35.0 | 7.9 |', '| Visits | 120 | 98 |', ''].join('\n');
  const noteBelow = ['Results follow.', '', '| Event | Any grade | Grade 3 |', '|---|---|---|', '| Rash | 41.5 | 6.2 |', '(All values are percentages of patients)', ''].join('\n');
  const dataAre = ['Results follow.', '', 'Rash    14 (35%)    0    0', 'Cough    6 (15%)    1 (3%)    0', '', 'Data are n (%). Events of any grade are shown.', ''].join('\n');
  const shares = ['Results follow.', '', '| Subgroup | ORR |', '|---|---|', '| All | 31% |', '| Women | 28.5 |', '| Men | 33.0 |', ''].join('\n');
  const mixedCounts = ['Results follow.', '', '| Subgroup | Responders |', '|---|---|', '| All | 12 (31%) |', '| Women | 5 |', ''].join('\n');
  const cases: [string, string, string, string][] = [
    ['a row of "n (%)" under the header: the count', unitsRow, '14', 'count'],
    ['a row of "n (%)" under the header: the share', unitsRow, '35.0', 'percent'],
    ['a row of "n (%)" under the header: a lone zero is a count', unitsRow, '0', 'count'],
    ['a units row whose first cell is a column\u2019s', unitsFirst, '27.5', 'percent'],
    ['a caption above, one blank line between', captionAbove, '14', 'count'],
    ['a caption above: the share', captionAbove, '7.9', 'percent'],
    ['a caption of percentages', percentCaption, '35.0', 'percent'],
    ['a caption of percentages: no share above 100', percentCaption, '120', 'other'],
    ['a note below', noteBelow, '6.2', 'percent'],
    ['a note "Data are n (%)" under a table without a header: a zero', dataAre, '0', 'count'],
    ['a column that writes "%" in some cells', shares, '28.5', 'percent'],
    ['a column of counts and shares is left alone', mixedCounts, '5', 'other'],
  ];
  kindCases(cases);
});

describe('label units: a line of many rows, and a line of words that heads the rows under it', () => {
  // invented: a table flattened into one line, a paragraph's lines joined, plain lines under a section line, and prose
  const runOn = 'Efficacy Arm A (n=52)Arm B (n=49) DCR, % (95% CI)61.5 (47.0 to 74.7)44.9 (30.7 to 59.8) Best response, n (%) Partial response7 (13.5)4 (8.2) Stable disease25 (48.1)18 (36.7)\n';
  const joined = ['Table 5. Response', '', 'Objective response', 'DCR, n (%) 32 (61.5) 22 (44.9)', 'Best response, n (%)', 'Partial response 7 (13.5) 4 (8.2)', 'Stable disease 25 (48.1) 18 (36.7)', ''].join('\n');
  const lines = ['Table 5. Response', '', 'Best response, n (%)', ' PR 7 (13.5)4 (8.2)', ' SD 25 (48.1)18 (36.7)', 'Time to response, months', ' Median2 3.1 (2.2-4.0)', ''].join('\n');
  const prose = 'Over the following months the cohort was 14 and then 30 by the end of the year.\n';
  const cases: [string, string, string, string][] = [
    ['run-on line: a row under its own label of shares', runOn, '61.5', 'percent'],
    ['run-on line: a row under the label that declared counts and shares before it', runOn, '25', 'count'],
    ['run-on line: its share', runOn, '36.7', 'percent'],
    ['joined lines: a row under a section line', joined, '7', 'count'],
    ['joined lines: its share', joined, '8.2', 'percent'],
    ['plain lines: a glued row under a section line', lines, '25', 'count'],
    ['plain lines: a share', lines, '36.7', 'percent'],
    ['plain lines: a time under a section line of months', lines, '3.1', 'duration'],
    ['prose: a number after "months" in a clause stays as it is', prose, '14', 'other'],
  ];
  kindCases(cases);
});

describe('label units: an interval as two numbers under a CI header; a group size in a label; a unit before the periods', () => {
  const ciCells = ['Responses follow.', '', '| Best response | Zelbotamab (n = 40) | | Placebo (n = 38) | |', '|---|---|---|---|---|',
    '| n (%) | 95% CIa | n (%) | 95% CIa |', '| Partial response | 11 (27.5) | 14.6, 43.9 | 4 (10.5) | \u2212 2.9, 24.8 |', ''].join('\n');
  const sized = ['Results follow.', '', '| Event | Zelbotamab % (N=40) | Placebo % (N=38) |', '|---|---|---|', '| Rash | 30.0 | 13.2 |', ''].join('\n');
  const periods = 'Acme Bio interim report.\n\nSEK m Q3 2030 Q3 2029\nNet sales 1,234 1,100\nOperating profit 234 200\n';
  const pipePeriods = ['Acme Bio quarters.', '', '| Quarters | 2030/31 | |', '|---|---|---|', '| MSEK | Q2 | Q1 |', '| Sales | 1,412.5 | 1,380.2 |', ''].join('\n');
  const fig = (doc: string, text: string) => { const figs = figuresOf(doc); const f = figs.find(x => x.text === text); assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`); return f; };
  it('reads "14.6, 43.9" under "95% CIa" as one interval of the share before it', () => {
    const f = fig(ciCells, '14.6, 43.9');
    assert.deepEqual([f.figureKind, f.value, f.unit], ['ci', [14.6, 43.9], '%']);
  });
  it('reads a minus apart from its bound as the bound\u2019s sign', () => assert.deepEqual(fig(ciCells, '\u2212 2.9, 24.8').value, [-2.9, 24.8]));
  it('reads no "95%" figure in a header cell "95% CIa"', () => assert.ok(!figuresOf(ciCells).some(f => f.text === '95%')));
  it('reads shares under "Zelbotamab % (N=40)"', () => assert.equal(fig(sized, '30.0').figureKind, 'percent'));
  it('reads sums in "SEK m" written before the columns\u2019 periods', () => assert.deepEqual([fig(periods, '1,234').figureKind, fig(periods, '1,234').value, fig(periods, '234').value], ['money', 1234e6, 234e6]));
  it('reads sums in a "MSEK" cell before the columns\u2019 quarters', () => assert.deepEqual([fig(pipePeriods, '1,412.5').figureKind, fig(pipePeriods, '1,412.5').unit], ['money', 'SEK']));
});

describe('label units: a count, its share and the share\'s interval in one pair of brackets', () => {
  const doc = 'Acme Bio\n\n| Outcome | AB-101 (n = 40) | Placebo (n = 38) |\n|---|---|---|\n| Response, n/N (%; 95% CI) | 12/40 (30.0; 16.6-46.5) | 4/38 (10.5; 2.9-24.8) |\n';
  const fig = (text: string) => figuresOf(doc, 'markdown').find(x => x.text === text)!;
  it('reads the share', () => assert.deepEqual([fig('30.0').figureKind, fig('30.0').unit], ['percent', '%']));
  it('reads its interval in per cent at the label\'s level', () => assert.deepEqual([fig('16.6-46.5').figureKind, fig('16.6-46.5').unit, fig('16.6-46.5').level], ['ci', '%', 95]));
  it('reads the count', () => assert.equal(fig('4/38').figureKind, 'count'));
});

describe('label units: a title that ends in its currency and scale', () => {
  // [title, figure's value in the table under it, currency]
  const rows: [string, number, string][] = [
    ['Key figures USD thousands', 4120000, 'USD'],
    ['All amounts in EUR thousands', 4120000, 'EUR'],
    ['Acme Bio results in \u20ac million', 4120000000, 'EUR'],
    ['Selected data (Unaudited, in thousands of USD)', 4120000, 'USD'],
    ['Key figures (\u20ac thousands)', 4120000, 'EUR'],
    ['Key figures EUR \'000', 4120000, 'EUR'],
    // a line that is nothing but the declaration, with a full stop
    ['Amounts in USD thousands.', 4120000, 'USD'],
    ['(EUR thousands.)', 4120000, 'EUR'],
  ];
  for (const [title, value, unit] of rows) {
    it(`reads the cells under "${title}"`, () => {
      const doc = `Acme Bio reported its results.\n\n${title}\n\n\t2030\t2029\nRevenue\t4,120\t3,310\nNet loss\t(2,050)\t(1,870)\n\nThe end.\n`;
      const f = figuresOf(doc).find(x => x.text === '4,120');
      assert.ok(f);
      assert.deepEqual([f.figureKind, f.value, f.unit], ['money', value, unit]);
    });
  }
  it('reads no unit from a sentence that ends in one', () => {
    const doc = 'Acme Bio reports its figures in USD thousands.\n\n\t2030\t2029\nVisits\t4,120\t3,310\n';
    assert.equal(figuresOf(doc).find(x => x.text === '4,120')?.figureKind, 'other');
  });
});

describe('label units: a share in brackets whose count is unread; a row of intervals under "95% CI for"', () => {
  const glued = 'Efficacy Arm A (n=52)Arm B (n=49) Best response, n (%) PRx (13.5)4 (8.2) SD 25 (48.1)18 (36.7)\n';
  const ciRow = 'Objective response ORR, n (%) 32 (61.5) 22 (44.9) 95% CI for ORR 47.0-74.7 30.7-59.8 Best response, n (%) Partial response 7 (13.5) 4 (8.2)\n';
  const fig = (doc: string, text: string) => { const figs = figuresOf(doc); const f = figs.find(x => x.text === text); assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`); return f; };
  it('reads "(13.5)" under "n (%)" as a share when no count stands before it', () => assert.equal(fig(glued, '13.5').figureKind, 'percent'));
  it('reads the intervals of a row "95% CI for ORR"', () => assert.deepEqual([fig(ciRow, '30.7-59.8').figureKind, fig(ciRow, '30.7-59.8').level], ['ci', 95]));
  it('reads no "95%" figure in the label "95% CI for ORR"', () => assert.ok(!figuresOf(ciRow).some(f => f.text === '95%')));
});

describe('label units: a row of intervals written as two numbers each under a label of intervals', () => {
  const tabbed = 'Results follow.\n\nORR, %\t22.2\t4.8\n80% CI\t(17.8, 27.3)\t(0.5, 17.3)\n';
  const piped = ['Results follow.', '', '| Outcome | Zelbotamab | Placebo |', '|---|---|---|', '| ORR, % | 22.2 | 4.8 |', '| 95% CI | 17.8, 27.3 | 0.5, 17.3 |', ''].join('\n');
  const cases: [string, string, string, number[], number][] = [
    ['in brackets on a tabbed line', tabbed, '17.8, 27.3', [17.8, 27.3], 80],
    ['alone in pipe cells', piped, '0.5, 17.3', [0.5, 17.3], 95],
  ];
  for (const [what, doc, text, value, level] of cases) {
    it(what, () => {
      const figs = figuresOf(doc);
      const f = figs.find(x => x.text === text);
      assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`);
      assert.deepEqual([f.figureKind, f.value, f.level], ['ci', value, level]);
      assert.ok(!figs.some(x => x.text === `${level}%`), 'the level of a label is no figure');
    });
  }
});

describe('label units: a unit of measure, a score, a fraction under "n/N (%)", a section kept past its statistics', () => {
  // each: what it shows, an invented document, a figure's text, the kind and unit it must be read in ('' for none)
  const weight = ['Results follow.', '', '| Measure | Zelbotamab (n = 40) | Placebo (n = 38) |', '|---|---|---|',
    '| Body mass, kg | | |', '| Baseline | 84.2 (10.3) | 86.0 (11.9) |', '| n | 39 | 37 |', '| Week 26 | 79.1 (9.8) | 85.7 (12.0) |',
    '| Difference vs. placebo (95% CI) | \u22124.9 (\u22126.1, \u22123.7) | |', '| Fasting glucose (mg/dL) | 131 | 140 |',
    '| Mass, per cent change | | |', '| Mean (SE) | \u22126.0 (0.5) | \u22120.4 (0.5) |', ''].join('\n');
  const pain = ['Results follow.', '', '| Outcome | Change (95% CI) | Difference (95% CI) |', '|---|---|---|',
    '| Itch scale, mm | \u221212.4 (\u221215.0, \u22129.8) | \u22125.5 (\u22128.1, \u22122.9) |', ''].join('\n');
  const glued = 'Zelbotamab (n=30)Placebo (n=31)\nRemission, n/N (%)9/28 (32.1)4/30 (13.3)\nFlares, n (%)\n Major flares2/30 (6.7)0/31 (0.0)\n' +
    'Mean change in fatigue score from baseline (SE)\n Physical domain3.10 (1.2)1.05 (1.3)\n';
  const bare = ['Results follow.', '', '| Site | Arm A | Arm B |', '|---|---|---|', '| Ward 3 | 84.2 | 86.0 |', ''].join('\n');
  const cases: [string, string, string, string, string][] = [
    ['a section row "Body mass, kg" declares kilograms for the rows under it', weight, '84.2', 'other', 'kg'],
    ['and for the figure in brackets after an estimate', weight, '10.3', 'other', 'kg'],
    ['a row "n" in the section counts people', weight, '39', 'count', 'patients'],
    ['the section goes on past the row "n"', weight, '79.1', 'other', 'kg'],
    ['a row naming an estimate and its interval\u2019s level reads the estimate in the section\u2019s unit', weight, '\u22124.9', 'other', 'kg'],
    ['and its interval with it', weight, '\u22126.1, \u22123.7', 'ci', 'kg'],
    ['a row "Fasting glucose (mg/dL)" declares its own unit', weight, '131', 'other', 'mg/dL'],
    ['"per cent change" declares shares', weight, '\u22126.0', 'percent', '%'],
    ['a row\u2019s unit under a header of intervals: the estimate', pain, '\u221212.4', 'other', 'mm'],
    ['a row\u2019s unit under a header of intervals: the interval', pain, '\u221215.0, \u22129.8', 'ci', 'mm'],
    ['a fraction under "n/N (%)" is a count of patients', glued, '9/28', 'count', 'patients'],
    ['and the number in brackets after it a share', glued, '32.1', 'percent', '%'],
    ['a zero share after "0/31" under a section "n (%)" is a share, not a count', glued, '0.0', 'percent', '%'],
    ['a score\u2019s mean change declares points for the rows under it', glued, '3.10', 'other', 'points'],
    ['a bare number under labels that declare nothing stays other', bare, '84.2', 'other', ''],
  ];
  for (const [what, doc, text, kind, unit] of cases) {
    it(what, () => {
      const figs = figuresOf(doc);
      const f = figs.find(x => x.text === text);
      assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`);
      assert.deepEqual([f.figureKind, f.unit ?? ''], [kind, unit], f.reading);
    });
  }
  const labels: [string, ReturnType<typeof declaredBy>][] = [
    ['Body mass, kg', { kind: 'measure', unit: 'kg' }],
    ['LDL-C (mg/dl)\u2020', { kind: 'measure', unit: 'mg/dL' }],
    ['LS mean change in the symptom score from baseline', { kind: 'measure', unit: 'points' }],
    // a score named without its statistic says nothing of its numbers (they may count patients by score)
    ['Performance score', undefined],
  ];
  for (const [label, want] of labels) it(`${JSON.stringify(label)} declares ${JSON.stringify(want)}`, () => assert.deepEqual(declaredBy(label), want));
});

describe('label units: a share its table\u2019s note names a model\u2019s estimate is no count over its group', () => {
  const table = (note: string) => `Zelbotamab (n=30)Placebo (n=31)\nRemission, n/N (%)*9/28 (35.0)4/30 (15.9)\n\n${note}\n`;
  const cases: [string, string, number][] = [
    ['a note whose mark opens "Adjusted estimates" silences the sum', '*Adjusted estimates from a logistic model. n/N counts those seen at week 12.', 0],
    ['a bullet before the mark', '  \u2022 *Estimated with a mixed model.', 0],
    ['a note about something else leaves the sum checked', '*Patients who left the study count as failures.', 2],
  ];
  for (const [what, note, n] of cases) it(what, () => assert.equal(messagesOf(table(note), 'percent-of-count').length, n, messagesOf(table(note), 'percent-of-count').join('; ')));
});

describe('label units: an estimate and its interval in one cell under a header of intervals', () => {
  const doc = ['Results follow.', '', '| Group | Drug | Placebo | Adjusted difference (95% CI) |', '|---|---|---|---|',
    '| Responders, No. (%) | 40 (50.0) | 30 (37.5) | 12.5 (\u22122.4 to 27.4) |', '', '| Outcome | Drug | P value^{a} |', '|---|---|---|', '| Pain, mm | 41.0 | 0.031 |', ''].join('\n');
  const cases: [string, string, string][] = [
    ['the interval after the estimate stays an interval', '\u22122.4 to 27.4', 'ci'],
    ['a p-value under a header with a superscript note is a p-value, not in the row\u2019s unit', '0.031', 'pvalue'],
  ];
  for (const [what, text, kind] of cases) it(what, () => {
    const figs = figuresOf(doc);
    const f = figs.find(x => x.text === text);
    assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`);
    assert.equal(f.figureKind, kind, f.reading);
  });
});

describe('label units: a bound below 0.01 in a row of measures is a p-value as tables write it, no measure', () => {
  const doc = 'Results follow.\n\nBody mass, kg 88.1 (12.0) \u22124.2 (0.3) \u22121.1 (0.3) <0.001\nHbA1c, % 8.1 (0.9) \u22121.2 (0.1) \u22120.4 (0.1) \u2264 0.0001\n';
  const cases: [string, string, string, string][] = [
    ['the estimate takes the row\u2019s unit', '88.1', 'other', 'kg'],
    ['"<0.001" does not: it is a p-value', '<0.001', 'pvalue', ''],
    ['nor "\u2264 0.0001" in a row of shares: a p-value too', '\u2264 0.0001', 'pvalue', ''],
  ];
  for (const [what, text, kind, unit] of cases) it(what, () => {
    const figs = figuresOf(doc);
    const f = figs.find(x => x.text === text);
    assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`);
    assert.deepEqual([f.figureKind, f.unit ?? ''], [kind, unit], f.reading);
  });
});

describe('label units: the first pipe cell is the row\u2019s label whole, its figures with it', () => {
  const doc = ['Results follow.', '', '| Measure | Arm A (n = 30) | Arm B (n = 28) |', '|---|---|---|',
    '| Visit at day 90, No. | 12 | 15 |', '| <70 y, No. (%) | 18 (60.0) | 16 (57.1) |', '| Infections after week 4, n (%) | 3 (10.0) | 5 (17.9) |', ''].join('\n');
  const cases: [string, string, string, string][] = [
    ['a count after a label that holds a day', '12', 'count', 'patients'],
    ['a count and its share after a label that opens with a bound', '18', 'count', 'patients'],
    ['the share', '60.0', 'percent', '%'],
    ['a count after a label that holds a week', '5', 'count', 'patients'],
  ];
  for (const [what, text, kind, unit] of cases) it(what, () => {
    const figs = figuresOf(doc);
    const f = figs.find(x => x.text === text);
    assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`);
    assert.deepEqual([f.figureKind, f.unit ?? ''], [kind, unit], f.reading);
  });
});

describe('label units: a block titled as a count of people counts them, line by line, up to a blank line', () => {
  const block = ['Study record', '', 'Participant milestones', 'Measure', 'Zelbotamab', 'Two tablets taken 12 hours apart', 'Placebo', 'Overall Study', 'STARTED', '140', '137', 'Overall Study', 'COMPLETED', '121', '129', '', 'Baseline values', '72', ''].join('\n');
  const joined = ['Study record', '', 'Results were posted on 1 February 2031 and are summarised below by arm. Participant milestones', 'Measure', 'Zelbotamab', 'Placebo', 'Overall Study', 'STARTED', '88', '90', ''].join('\n');
  const cases: [string, string, string, string, string][] = [
    ['a number alone on its line under "Participant milestones"', block, '140', 'count', 'participants'],
    ['another row of the block', block, '129', 'count', 'participants'],
    ['a number inside the words of an arm\u2019s description', block, '12 hours', 'duration', 'hours'],
    ['a number after the blank line that ends the block', block, '72', 'other', ''],
    ['a title that ends a line of words', joined, '90', 'count', 'participants'],
  ];
  for (const [what, doc, text, kind, unit] of cases) it(what, () => {
    const figs = figuresOf(doc);
    const f = figs.find(x => x.text === text);
    assert.ok(f, `no figure ${text}: ${figs.map(x => x.text).join(' | ')}`);
    assert.deepEqual([f.figureKind, f.unit ?? ''], [kind, unit], f.reading);
  });
});

describe('label units: a row that names a mean is out of a count\u2019s reach in a flattened table', () => {
  const doc = 'Results follow.\n\n 20 mg daily 40 mg daily Baseline Week 12 Baseline Week 12 Grip strength Patients, n 40 38 41 37 Mean (SD) 31.0 (6.2) 32.0 (6.0) 30.0 (5.9) 33.0 (6.4)\n';
  it('the counts after "Patients, n" are counts', () => assert.equal(figuresOf(doc).find(x => x.text === '38')?.figureKind, 'count'));
  it('a whole-number mean after "Mean (SD)" is no count', () => {
    const f = figuresOf(doc).find(x => x.text === '32.0');
    assert.ok(f);
    assert.notEqual(f.figureKind, 'count', f.reading);
  });
});

describe('label units: a table copied one cell a line, joined to the caption and note around it in one paragraph', () => {
  // invented: a caption that is a clause, the cells one a line, then a note that is prose with numbers of its own
  const table = ['The trial met its goal.', '', 'Table 3: Survival of the patients who were given drug X or a placebo across all sites', 'Drug X', '(N=210)', 'Placebo', '(N=105)',
    'Median survival (months)', '(95% CI)', '12.4 (11.0, 13.9)', '9.8 (8.7, 11.2)', 'Hazard ratio (95% CI)', '0.71 (0.58, 0.86)', 'aThe model was stratified by score (0-1 vs. 2) and by 3 regions of enrolment.', ''].join('\n');
  // the same lines, with only two rows of values between the caption and the note: too few to be a table's
  const short = ['Table 3: Survival of the patients who were given drug X or a placebo across all sites', 'Median survival 12.4 months', 'then 9.8 in the other arm', 'aThe model was stratified by score (0-1 vs. 2) and by 3 regions.', ''].join('\n');
  kindCases([
    ['a median under its label, past the caption joined before it', table, '12.4', 'duration'],
    ['the other arm\u2019s median', table, '9.8', 'duration'],
    ['its interval', table, '11.0, 13.9', 'ci'],
    ['a hazard ratio under its label', table, '0.71', 'ratio'],
    ['the note after the table keeps its numbers as they are', table, '2', 'other'],
    ['two rows between a caption and a note are no table', short, '9.8', 'other'],
  ]);
});

describe('label units: a count and its share of the column\'s group, the header naming the group\'s size only', () => {
  const doc = [
    'Acme Bio reports the ACME-1 trial of AB-101.',
    '',
    '| Adverse event | AB-101 (n=120) | Placebo (n=118) |',
    '|---|---|---|',
    '| Nausea | 12 (10.0) | 5 (4.2) |',
    '| Body weight change | 3 (1.2) | 2 (0.8) |',
  ].join('\n');
  const figs = figuresOf(doc);
  const rows: [string, string][] = [
    // [text, kind wanted]
    ['12', 'count'], ['10.0', 'percent'], ['5', 'count'], ['4.2', 'percent'],
    // 3 of 120 is 2.5 %, not 1.2: a measure and its spread, no count
    ['3', 'other'], ['1.2', 'other'],
  ];
  for (const [text, kind] of rows) it(`${text} is ${kind}`, () => {
    const f = figs.find(x => x.text === text);
    assert.ok(f, text);
    assert.equal(f.figureKind, kind);
  });
});

describe('label units: a row label whose head is a share\u2019s phrase makes its cells shares', () => {
  const doc = [
    'Acme Bio reported the data.',
    '',
    '| Outcome | AB-101 (n=40) | Placebo (n=38) |',
    '|---|---|---|',
    '| Percentage of patients with CR | 12.5 | 2.6 |',
    '| Mean percent change in LDL-C | -41.2 | 1.9 |',
    '| Patients with CR, n | 5 | 1 |',
  ].join('\n') + '\n';
  kindCases([
    ['a share under "Percentage of patients with ..."', doc, '12.5', 'percent'],
    ['a change under "Mean percent change in ..."', doc, '-41.2', 'percent'],
    ['a count under a label that names counts', doc, '5', 'count'],
  ]);
});

describe('label units: the label-word test answers prose at once, as its full reading does', () => {
  // the full reading, as it was before its shortcut (seven ASCII letters in a row)
  const VALUE_WORDS = /\b(?:vs|versus|NR|NE|NA|CI|to)\b/gi;
  const CI_LABEL = /\(?\s*(\d{2}(?:\.\d)?)\s*%\s*(?:CI|confidence interval)(?:[a-e]\b|\b)\s*\)?/i;
  const full = (gap: string) => /\p{L}{2,}/u.test(gap.replace(VALUE_WORDS, '')) || CI_LABEL.test(gap);
  it('for random gaps of value words, letters in and out of ASCII, digits and marks', () => {
    const pieces = ['vs', 'versus', 'NR', 'NE', 'NA', 'CI', 'to', 'To', 'a', 'x', 'é', 'ü', 'éto', 'tox', 'abcdefg', 'Versusx', 'patient', 'AB-101', '95% CI', '(', ')', ' ', '  ', ',', '.', '\n', '1', '_', '-', 'ß', 'versusé'];
    let seed = 7;
    const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    let shortcut = 0;
    for (let k = 0; k < 20000; k++) {
      let gap = '';
      for (let n = random(8); n >= 0; n--) gap += pieces[random(pieces.length)];
      if (/[A-Za-z]{7}/.test(gap)) shortcut++;
      assert.equal(hasLabelWords(gap), full(gap), JSON.stringify(gap));
    }
    assert.ok(shortcut > 1000, 'the gaps take the shortcut often');
  });
});

describe('label units: letters left once the words of no label are taken out, found from the first word where they can be', () => {
  it('answers as the removal and the test do, for random stretches of those words, letters, surrogates and marks', () => {
    const pieces = ['vs', 'versus', 'CI', 'to', 'To', 'NR', 'NE', 'NA', 'a', 'ab', 'abc', 'x', '\u00e9', 'tox', 'Versusx', 'patients', ' ', ',', '(', '1', '-', '\ud835\udc00', '\ud835', '\udc00', '\u00df', '\n'];
    let seed = 11;
    const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    let early = 0;
    for (let k = 0; k < 20000; k++) {
      let text = '';
      for (let n = random(9); n >= 0; n--) text += pieces[random(pieces.length)];
      for (const letters of [A_LETTER, TWO_LETTERS, THREE_LETTERS]) {
        const full = letters.test(text.replace(NO_LABEL_WORDS, ''));
        assert.equal(lettersLeft(text, NO_LABEL_WORDS, letters), full, `${letters} ${JSON.stringify(text)}`);
        const first = text.search(new RegExp(NO_LABEL_WORDS.source, 'iu'));
        if (first > 0 && full && letters.test(text.slice(0, first))) early++;
      }
    }
    assert.ok(early > 1000, 'the first word answers often');
  });
});
