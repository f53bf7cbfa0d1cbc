/**
 * How numbers are read in real text (issue 14, "Figures"): powers of ten, thousands separators by
 * language, intervals in their notations, scaled sums in several languages, dates and periods, and
 * numbers that are no figures. Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';

type Want = { text: string; figureKind?: string; value?: number | [number, number]; unit?: string; level?: number; reading?: RegExp };

function check(sentence: string, want: Want[]) {
  const figs = figuresOf(sentence);
  for (const w of want) {
    const f = figs.find(x => x.text === w.text);
    assert.ok(f, `no figure "${w.text}" in "${sentence}"; got ${figs.map(x => JSON.stringify(x.text)).join(', ')}`);
    if (w.figureKind) assert.equal(f.figureKind, w.figureKind, `kind of "${w.text}"`);
    if (w.value !== undefined) assert.deepEqual(f.value, w.value, `value of "${w.text}"`);
    if (w.unit !== undefined) assert.equal(f.unit, w.unit, `unit of "${w.text}"`);
    if (w.level !== undefined) assert.equal(f.level, w.level, `level of "${w.text}"`);
    if (w.reading) assert.match(f.reading ?? '', w.reading, `reading of "${w.text}"`);
  }
}

describe('reading numbers: powers of ten', () => {
  it('keeps "3 x 1010" two numbers when no noun counted in powers of ten follows', () => {
    assert.ok(!figuresOf('Sales grew 3 x 1010 in the period.').some(f => f.value === 3e10));
  });
  const cases: [string, Want][] = [
    ['The difference was large (p=3.1\u00d710-9) in the trial.', { text: 'p=3.1\u00d710-9', figureKind: 'pvalue', value: 3.1e-9, reading: /flattened superscript/ }],
    ['The difference was large (p = 2.5 \u00d7 10\u207b\u2076).', { text: 'p = 2.5 \u00d7 10\u207b\u2076', figureKind: 'pvalue', value: 2.5e-6 }],
    ['Nominal p < 4 x10^-8 for the primary analysis.', { text: 'p < 4 x10^-8', figureKind: 'pvalue', value: 4e-8 }],
    ['The association held (p = 6.7E-5) after adjustment.', { text: 'p = 6.7E-5', figureKind: 'pvalue', value: 6.7e-5 }],
    ['Each patient received 3 \u00d7 10\u2078 cells/kg once.', { text: '3 \u00d7 10\u2078 cells/kg', value: 3e8, unit: 'cells/kg' }],
    // a letter for the sign and a superscript flattened: a power of ten only before a noun counted in powers of ten
    ['Each lesion received 4 x 1011 viral particles.', { text: '4 x 1011 viral particles', value: 4e11 }],
    ['Each patient received 5 \u00d7 106 cells/kg once.', { text: '5 \u00d7 106 cells/kg', value: 5e6, unit: 'cells/kg' }],
  ];
  for (const [s, w] of cases) it(`reads ${JSON.stringify(w.text)}`, () => check(s, [w]));

  it('never reads a p-value as its mantissa', () => {
    const f = figuresOf('Significant at p=9.9\u00d710-11 in the pooled set.').find(x => x.figureKind === 'pvalue');
    assert.ok(f && (f.value as number) < 1e-9, `p-value read as ${f?.value}`);
  });
});

describe('reading numbers: a p-value\'s relation in words', () => {
  const cases: [string, string, number, string][] = [
    ['Responses were more frequent with drugamab (p less than 0.001).', 'p less than 0.001', 0.001, '<'],
    ['The difference did not reach significance (p greater than 0.05).', 'p greater than 0.05', 0.05, '>'],
    ['Der Unterschied war signifikant (p-Wert unter 0,01).', 'p-Wert unter 0,01', 0.01, '<'],
    ['La différence était significative (p moins de 0,01).', 'p moins de 0,01', 0.01, '<'],
    ['The p-value was less than 0.001 for the primary endpoint.', 'p-value was less than 0.001', 0.001, '<'],
  ];
  for (const [s, text, value, comparator] of cases) {
    it(`reads ${JSON.stringify(text)} as a p-value ${comparator} ${value}`, () => {
      const f = figuresOf(s).find(x => x.text === text);
      assert.ok(f, `no figure "${text}"; got ${figuresOf(s).map(x => JSON.stringify(x.text)).join(', ')}`);
      assert.equal(f.figureKind, 'pvalue');
      assert.equal(f.value, value);
      assert.equal(f.comparator, comparator);
    });
  }
});

describe('reading numbers: a prior period\'s figure in brackets, named without a colon', () => {
  const cases: [string, Want][] = [
    ['Sales grew to 512,0 Mkr (pro forma 470,5) in the year.', { text: '470,5', figureKind: 'money', value: 470500000, unit: 'SEK' }],
    ['Revenue was EUR 4.2 million (prior year 3.9) in the quarter.', { text: '3.9', figureKind: 'money', value: 3900000, unit: 'EUR' }],
    ['Der Umsatz lag bei 12,4 Mio. Euro (Vorjahr 10,1).', { text: '10,1', figureKind: 'money', value: 10100000, unit: 'EUR' }],
  ];
  for (const [s, w] of cases) it(`reads ${JSON.stringify(w.text)} in ${JSON.stringify(s)}`, () => check(s, [w]));

  it('leaves a ratio named in the brackets its own', () => {
    const f = figuresOf('Median OS was 12.1 months (HR 0.65) in the trial.').find(x => x.text === '0.65');
    assert.ok(f);
    assert.notEqual(f.figureKind, 'duration');
  });
});

describe('reading numbers: a bare number set against the sum after it', () => {
  const cases: [string, Want][] = [
    ['Der Umsatz erreichte 4,25 nach 3,9 Mio. Euro im Vorjahr.', { text: '4,25', figureKind: 'money', value: 4250000, unit: 'EUR' }],
    ['Omsättningen blev 12,4 mot 10,2 MSEK.', { text: '12,4', figureKind: 'money', value: 12400000, unit: 'SEK' }],
  ];
  for (const [s, w] of cases) it(`reads ${JSON.stringify(w.text)} in ${JSON.stringify(s)}`, () => check(s, [w]));

  it('leaves a number after which a time follows alone ("nach 12 Wochen")', () => {
    const f = figuresOf('Der Score sank auf 5 nach 12 Wochen.').find(x => x.text === '5');
    assert.ok(!f || f.figureKind !== 'duration', `read as ${f?.figureKind}`);
  });
});

describe('reading numbers: thousands and decimals by language', () => {
  const cases: [string, Want][] = [
    ['In die Studie wurden 14.350 Teilnehmer aufgenommen, die Rate lag bei 3,5 Prozent und wurde bei der Analyse bewertet.', { text: '14.350 Teilnehmer', value: 14350, unit: 'participants', reading: /thousands/ }],
    ['The fund holds 2.340.000 shares in the company.', { text: '2.340.000 shares', value: 2340000, unit: 'shares', reading: /dot as thousands/ }],
    ['The company raised SEK 3 400 000 in the round.', { text: 'SEK 3 400 000', figureKind: 'money', value: 3400000, unit: 'SEK', reading: /space/ }],
    ['Revenue reached CHF 4\'750 in the quarter.', { text: 'CHF 4\'750', figureKind: 'money', value: 4750, unit: 'CHF', reading: /apostrophe/ }],
    ['The site employs 2\'400 employees today.', { text: '2\'400 employees', value: 2400, unit: 'employees' }],
    ['Der Umsatz stieg auf 3,4 Millionen Euro und damit deutlich an.', { text: '3,4 Millionen Euro', figureKind: 'money', value: 3400000, unit: 'EUR' }],
    // a sum in a scale, its dot a thousands separator in a text of decimal commas: the scale kept
    ['Die Erl\u00f6se lagen bei 23.410 TEUR, die Marge bei 4,5 Prozent und die Quote bei 2,5 Prozent.', { text: '23.410 TEUR', figureKind: 'money', value: 23410000, unit: 'EUR', reading: /dot as thousands/ }],
    ['Le r\u00e9sultat net atteint 12 480 milliers d\u2019euros sur la p\u00e9riode.', { text: '12 480 milliers d\u2019euros', figureKind: 'money', value: 12480000, unit: 'EUR' }],
    ['Resultatet blev 4.250 t.kr. mod 3,5 mio. kr. og 1,5 mio. kr. året f\u00f8r.', { text: '4.250 t.kr.', figureKind: 'money', value: 4250000 }],
  ];
  for (const [s, w] of cases) it(`reads ${JSON.stringify(w.text)}`, () => check(s, [w]));

  it('keeps an English "12.480" a decimal number', () => {
    check('The mean titre was 12.480 with the new assay.', [{ text: '12.480', value: 12.48 }]);
  });
});

describe('reading numbers: intervals in every notation', () => {
  const cases: [string, Want][] = [
    ['ORR was 31% (95% CI = 18.5%\u201344.1%) in the cohort.', { text: '95% CI = 18.5%\u201344.1%', figureKind: 'ci', value: [18.5, 44.1], unit: '%', level: 95 }],
    ['ORR was 31% (95% confidence interval [CI] 18.5, 44.1) overall.', { text: '95% confidence interval [CI] 18.5, 44.1', figureKind: 'ci', value: [18.5, 44.1], level: 95 }],
    ['ORR was 31% (95% confidence interval (CI): 18.5%, 44.1%) overall.', { text: '95% confidence interval (CI): 18.5%, 44.1%', figureKind: 'ci', value: [18.5, 44.1], unit: '%' }],
    ['Median DOR was not reached (95% CI: 11.2 months, NE) in the arm.', { text: '95% CI: 11.2 months, NE', figureKind: 'ci', value: 11.2, unit: 'months', reading: /not estimable/ }],
    ['Median OS was NR (95% CI 14.1-NE) at the cut-off.', { text: '95% CI 14.1-NE', figureKind: 'ci', value: 14.1 }],
    ['The hazard ratio was 0.71 (CI 95% 0.52-0.97) for death.', { text: 'CI 95% 0.52-0.97', figureKind: 'ci', value: [0.52, 0.97], level: 95 }],
  ];
  for (const [s, w] of cases) it(`reads ${JSON.stringify(w.text)}`, () => check(s, [w]));

  it('does not count the level of an interval as a percentage', () => {
    const figs = figuresOf('ORR was 31% (95% CI = 18.5%\u201344.1%) in the cohort.');
    assert.ok(!figs.some(f => f.figureKind === 'percent' && f.value === 95), figs.map(f => f.text).join(' | '));
  });
});

describe('reading numbers: sums, counts and ranges in several languages', () => {
  const cases: [string, Want][] = [
    ['Bolaget redovisade en vinst om 120 MSEK under kvartalet och fortsatte att växa.', { text: '120 MSEK', figureKind: 'money', value: 120e6, unit: 'SEK' }],
    ['Selskabet har en værdi af 12 mia. kr. efter handlen og det blev også bekræftet af selskabet.', { text: '12 mia. kr.', figureKind: 'money', value: 12e9, unit: 'DKK' }],
    ['Le chiffre d\'affaires est de 45,5 M\u20ac pour les activités de la société.', { text: '45,5 M\u20ac', figureKind: 'money', value: 45.5e6, unit: 'EUR' }],
    ['De omzet van het bedrijf bedroeg 81 miljoen dollar in het kwartaal.', { text: '81 miljoen dollar', figureKind: 'money', value: 81e6, unit: 'USD' }],
    ['Der Umsatz lag bei 5 Millionen Euro, der Gewinn je Aktie bei 37 Cent.', { text: '37 Cent', figureKind: 'money', value: 0.37, unit: 'EUR' }],
    ['Sales were 74 million dollars, up from 46 million a year earlier.', { text: '46 million', figureKind: 'money', value: 46e6, unit: 'USD', reading: /currency of the sum before/ }],
    ['Er glaubt an einen Effekt zwischen 12 und 16 Prozent in der Studie.', { text: '12 und 16 Prozent', figureKind: 'percent', value: [12, 16], unit: '%' }],
    ['Royalties are tiered between 9 and 14 percent of net sales.', { text: '9 and 14 percent', value: [9, 14], unit: '%' }],
    ['Les patients ont été suivis pendant 18 mois dans cette étude.', { text: '18 mois', figureKind: 'duration', value: 18, unit: 'months' }],
    ['Studien omfattade 230 patienter och resultaten var positiva för bolaget.', { text: '230 patienter', figureKind: 'count', value: 230, unit: 'patients' }],
    // a hyphen with a space before it and none after is a minus sign: two sums, no range
    ['R\u00f6relseresultat, MSEK -6,5 -2,1', { text: 'MSEK -6,5', figureKind: 'money', value: -6500000, unit: 'SEK' }],
    // measures of the body and the blood, in the unit written (a Greek mu read as the micro sign)
    ['Mean serum urate fell to 4.2 \u00b5mol/L from 6.1 \u00b5mol/L at week 12.', { text: '4.2 \u00b5mol/L', figureKind: 'other', value: 4.2, unit: '\u00b5mol/L' }],
    ['Fasting glucose was 5.8 \u03bcmol/L in the treated group.', { text: '5.8 \u03bcmol/L', value: 5.8, unit: '\u00b5mol/L' }],
    ['Haemoglobin rose to 112 g/L by the end of the study.', { text: '112 g/L', value: 112, unit: 'g/L' }],
  ];
  for (const [s, w] of cases) it(`reads ${JSON.stringify(w.text)}`, () => check(s, [w]));

  it('keeps "12 and 16" apart when no "between" makes them a range', () => {
    const figs = figuresOf('Scores fell at weeks 12 and 16 percent of patients improved.');
    assert.ok(!figs.some(f => Array.isArray(f.value)), figs.map(f => f.text).join(' | '));
  });
});

describe('reading numbers: dates and periods', () => {
  const cases: [string, Want][] = [
    ['Topline data are expected in 3Q 2027.', { text: '3Q 2027', figureKind: 'date', value: 2027, unit: 'quarter' }],
    ['Die Daten werden im 2. Halbjahr 2027 erwartet.', { text: '2. Halbjahr 2027', figureKind: 'date', value: 2027, unit: 'half-year' }],
    ['Die Hauptversammlung findet am 14. April 2027 statt.', { text: '14. April 2027', figureKind: 'date', value: 2027, unit: 'day' }],
    ['Die Frist endet am 07.05.2027 um Mitternacht.', { text: '07.05.2027', figureKind: 'date', value: 2027 }],
    ['Rapporten publiceras den 9 maj 2027 av bolaget.', { text: '9 maj 2027', figureKind: 'date', value: 2027 }],
    ['The congress runs June 27\u2013July 1, 2027 in the city.', { text: 'June 27\u2013July 1, 2027', figureKind: 'date', value: 2027 }],
    ['The filing was accepted on 2027-03-18 by the agency.', { text: '2027-03-18', figureKind: 'date', value: 2027 }],
    ['Guidance for FY27 was confirmed.', { text: 'FY27', figureKind: 'date', value: 2027 }],
  ];
  for (const [s, w] of cases) it(`reads ${JSON.stringify(w.text)}`, () => check(s, [w]));

  it('gives a date without a year the year of the document\'s dates', () => {
    check('ACMEVILLE, March 2, 2027 - The board met on April 19 to approve the plan.', [
      { text: 'April 19', figureKind: 'date', value: 2027, reading: /year not written/ },
    ]);
  });
});

describe('reading numbers: no false figures', () => {
  const cases: [string, string][] = [
    ['The call starts at 08:30 CET and again at 4:15 p.m. ET.', '08:30'],
    ['The call starts at 08:30 CET and again at 4:15 p.m. ET.', '4:15'],
    ['Enrolment in the Phase 3 study is complete.', '3'],
    ['Efficacy in NSCLC (3L+) was consistent.', '3L'],
    ['Median OS was 8.4 months.', '8'],
  ];
  for (const [s, bad] of cases) {
    it(`reads no figure ${JSON.stringify(bad)} in ${JSON.stringify(s)}`, () => {
      const figs = figuresOf(s);
      assert.ok(!figs.some(f => f.text === bad || f.text.startsWith(bad + ' ') && /^\d+:\d+/.test(bad)), figs.map(f => f.text).join(' | '));
    });
  }

  it('reads "8.4 months" whole, not as a regimen', () => {
    check('Median OS was 8.4 months.', [{ text: '8.4 months', figureKind: 'duration', value: 8.4, unit: 'months' }]);
  });

  it('still reads "randomised 3:1" as a ratio', () => {
    check('Patients were randomised 3:1 to the two arms.', [{ text: '3:1', figureKind: 'ratio' }]);
  });
});

describe('reading numbers: a p-value whose sign was lost in copying', () => {
  const cases: [string, string, number][] = [
    ['Responses were more frequent with drugamab (p 0.004).', 'p 0.004', 0.004],
    ['The effect held in the older group (HR 0.71; P .03).', 'P .03', 0.03],
    ['Der Unterschied war deutlich (p 0,002).', 'p 0,002', 0.002],
  ];
  for (const [s, text, value] of cases) {
    it(`reads ${JSON.stringify(text)} as a p-value of at most ${value}`, () => {
      const f = figuresOf(s).find(x => x.text === text);
      assert.ok(f, `no figure "${text}"; got ${figuresOf(s).map(x => JSON.stringify(x.text)).join(', ')}`);
      assert.equal(f.figureKind, 'pvalue');
      assert.equal(f.value, value);
      assert.equal(f.comparator, '\u2264');
    });
  }
  const negatives: [string, string][] = [
    // a whole number, a number above one, or a p inside a word: no p-value
    ['See the appendix (p 12) for the full table.', '12'],
    ['The ratio was high (p 1.5 in the model).', '1.5'],
    ['Group p 0.3 was the smallest.', '0.3'],
  ];
  for (const [s, text] of negatives) {
    it(`does not read ${JSON.stringify(text)} in ${JSON.stringify(s)} as a p-value`, () => {
      assert.ok(!figuresOf(s).some(x => x.figureKind === 'pvalue' && x.text.endsWith(text)), JSON.stringify(figuresOf(s).map(x => [x.text, x.figureKind])));
    });
  }
});

describe('reading numbers: hazard ratios named with their side, and listed after an aside', () => {
  const cases: [string, string, string][] = [
    ['Median OS was 14.2 months, a hazard ratio favoring AB-101 of 0.78 (P = .004).', '0.78', 'ratio'],
    ['The hazard ratio in favour of AB-101 was 0.81 in the trial.', '0.81', 'ratio'],
    ['Hazard ratios for the two cohorts were 0.74 (P = .01), and 0.66 (P = .002).', '0.66', 'ratio'],
    ['The HR was 0.72 (95% CI 0.60-0.86), and 0.79 in the second analysis.', '0.79', 'ratio'],
    // no ratio before the aside: a bare decimal stays other
    ['Scores were 12 (P = .01), and 0.66 at the end.', '0.66', 'other'],
    // a large number after the aside is no ratio
    ['The HR was 0.72 (P = .01), and 8.5 in the model.', '8.5', 'other'],
  ];
  for (const [s, text, kind] of cases) {
    it(`reads ${JSON.stringify(text)} in ${JSON.stringify(s)} as ${kind}`, () => {
      const f = figuresOf(s).find(x => x.text === text);
      assert.ok(f, `no figure "${text}"; got ${figuresOf(s).map(x => JSON.stringify(x.text)).join(', ')}`);
      assert.equal(f.figureKind, kind);
    });
  }
});

describe('reading numbers: a span of months joined by a hyphen', () => {
  const cases: [string, string][] = [
    ['Revenue for July-September 2030 was USD 5 million.', 'July-September 2030'],
    ['Revenue for Jan-Sep 2030 was USD 12 million.', 'Jan-Sep 2030'],
    ['Umsatz Januar-März 2030: 5 Mio. EUR.', 'Januar-März 2030'],
  ];
  for (const [s, text] of cases) it(`reads ${JSON.stringify(text)} as one period`, () => check(s, [{ text, figureKind: 'date', value: 2030, reading: /span of months/ }]));
  it('reads no span when the second month comes first', () => {
    assert.ok(!figuresOf('Revenue for Sep-Jan 2030 was USD 5 million.').some(f => /span of months/.test(f.reading ?? '')));
  });
});
