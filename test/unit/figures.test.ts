import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';

function one(text: string) {
  const figs = figuresOf(text);
  assert.equal(figs.length, 1, `expected one figure in "${text}", got ${figs.map(f => f.text).join(' | ')}`);
  const f = figs[0];
  return { text: f.text, figureKind: f.figureKind, value: f.value, unit: f.unit, comparator: f.comparator, schedule: f.schedule };
}

describe('figures', () => {
  const cases: [string, object][] = [
    ['a rate of 54,4 percent today', { text: '54,4 percent', figureKind: 'percent', value: 54.4, unit: '%' }],
    ['median overall survival of 14,9 months', { text: '14,9 months', figureKind: 'duration', value: 14.9, unit: 'months' }],
    ['ORR = 36 %', { text: '36 %', figureKind: 'percent', value: 36, unit: '%' }],
    ['historical 0\u20115 % with chemotherapy', { text: '0\u20115 %', figureKind: 'percent', value: [0, 5], unit: '%' }],
    ['with < 5 % response', { text: '< 5 %', figureKind: 'percent', value: 5, unit: '%', comparator: '<' }],
    ['the 900 \u03bcg/kg group', { text: '900 \u03bcg/kg', figureKind: 'dose', value: 900, unit: '\u00b5g/kg' }],
    ['given 10 mg/kg Q3W thereafter', { text: '10 mg/kg Q3W', figureKind: 'dose', value: 10, unit: 'mg/kg', schedule: 'Q3W' }],
    ['the p value (p = 0,021) was', { text: 'p = 0,021', figureKind: 'pvalue', value: 0.021, unit: '', comparator: '=' }],
    ['bei 59,4 Prozent gegenüber', { text: '59,4 Prozent', figureKind: 'percent', value: 59.4, unit: '%' }],
    ['nach 13,2 Monaten', { text: '13,2 Monaten', figureKind: 'duration', value: 13.2, unit: 'months' }],
    ['a change of \u22120.47 points', { text: '\u22120.47 points', figureKind: 'other', value: -0.47, unit: 'points' }],
    ['ein Preis von 1.486,52 Euro', { text: '1.486,52 Euro', figureKind: 'money', value: 1486.52, unit: 'EUR' }],
    ['revenue of MSEK 312,6 in', { text: 'MSEK 312,6', figureKind: 'money', value: 312600000, unit: 'SEK' }],
    ['doses from 30 to 3000 \u03bcg/kg were', { text: '30 to 3000 \u03bcg/kg', figureKind: 'dose', value: [30, 3000], unit: '\u00b5g/kg' }],
    ['assessed at day 28 after', { text: 'day 28', figureKind: 'duration', value: 28, unit: 'days' }],
    ['oversubscribed 312.6 times by', { text: '312.6 times', figureKind: 'ratio', value: 312.6, unit: 'fold' }],
    ['Umsatz von 214,5 Mio. Euro', { text: '214,5 Mio. Euro', figureKind: 'money', value: 214500000, unit: 'EUR' }],
    ['revenue of $127 million next', { text: '$127 million', figureKind: 'money', value: 127e6, unit: 'USD' }],
    ['an upfront value of $800 million\u2011$1.2 billion', { text: '$800 million\u2011$1.2 billion', figureKind: 'money', value: [8e8, 1.2e9], unit: 'USD' }],
    ['priced at $285,000 a year', { text: '$285,000', figureKind: 'money', value: 285000, unit: 'USD' }],
    ['2,900 cases', { text: '2,900 cases', figureKind: 'count', value: 2900, unit: 'cases' }],
    ['45 patients recruited', { text: '45 patients', figureKind: 'count', value: 45, unit: 'patients' }],
    ['a study (n = ~80)', { text: 'n = ~80', figureKind: 'count', value: 80, unit: 'patients', comparator: '~' }],
    ['a 7\u2011fold improvement', { text: '7\u2011fold', figureKind: 'ratio', value: 7, unit: 'fold' }],
    ['Topline data expected H2 2027', { text: 'H2 2027', figureKind: 'date', value: 2027, unit: 'half-year' }],
    ['on Thursday, July 3, 2025 by', { text: 'July 3, 2025', figureKind: 'date', value: 2025, unit: 'day' }],
    ['hazard ratio of 0.62 for death', { text: '0.62', figureKind: 'ratio', value: 0.62, unit: 'HR' }],
    ['significant (p<0.0001) benefit', { text: 'p<0.0001', figureKind: 'pvalue', value: 0.0001, unit: '', comparator: '<' }],
    ['HR 0.51 (95% CI 0.38\u20130.69)', { text: '0.51', figureKind: 'ratio', value: 0.51, unit: 'HR' }],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}"`, () => {
      const got = text.startsWith('HR 0.51') ? figuresOf(text).map(f => ({ text: f.text, figureKind: f.figureKind, value: f.value, unit: f.unit, comparator: f.comparator }))[0] : one(text);
      for (const [k, v] of Object.entries(expected)) assert.deepEqual((got as Record<string, unknown>)[k], v, `${k} of "${text}"`);
    });
  }

  it('reads a confidence interval with its level and does not count the level as a percentage', () => {
    const figs = figuresOf('ORR 50 % (95% CI: 42.8%, 57.2%)');
    assert.deepEqual(figs.map(f => [f.figureKind, f.value]), [['percent', 50], ['ci', [42.8, 57.2]]]);
    assert.equal(figs[1].level, 95);
  });

  it('recovers cells of a flattened table row', () => {
    const figs = figuresOf('Market Penetration0 %15 %35 %\nU.S. EP\u2011NEC Incidence4,2004,3004,400\nEstimated Annual Price (US)$285,000$275,000');
    assert.deepEqual(figs.map(f => f.value), [0, 15, 35, 4200, 4300, 4400, 285000, 275000]);
  });

  it('reads estimate years in a glued header row', () => {
    const figs = figuresOf('Parameter2026E2027E2028E');
    assert.deepEqual(figs.map(f => [f.figureKind, f.value]), [['date', 2026], ['date', 2027], ['date', 2028]]);
  });

  it('does not read identifiers as figures', () => {
    const figs = figuresOf('LBL\u2011024 targets PD\u2011L1 and 4\u20111BB; OPTIMIZE-1 and COVID-19 (HKG: 9887) CD40');
    assert.deepEqual(figs.map(f => f.text), []);
  });

  it('reads a count with its denominator', () => {
    const figs = figuresOf('8 of 22 patients responded');
    assert.equal(figs[0].figureKind, 'count');
    assert.equal(figs[0].value, 8);
    assert.equal(figs[0].denominator, 22);
  });

  it('keeps a change "from X to Y" apart from a range', () => {
    assert.deepEqual(figuresOf('ORR increased from 35 % to 66 %').map(f => f.value), [35, 66]);
  });

  it('reads ambiguous numbers with the document\u2019s convention', () => {
    const figs = figuresOf('Die Rate lag bei 13,2 Prozent; 43.538 Patienten und 1,250 mg wurden gezählt.');
    assert.deepEqual(figs.map(f => f.value), [13.2, 43538, 1.25]);
    assert.match(figs[1].reading!, /thousands separator/);
  });

  it('binds each arm\u2019s figure to its own drug and placebo to placebo', () => {
    const figs = figuresOf('Median PFS was 6.9 months with zanidatamab versus 3.8 months with docetaxel (HR 0.58). AEs: 6.5 % (4 of 62) with zanidatamab and 1.6 % (1 of 64) on placebo.');
    const by = (t: string) => figs.find(f => f.text === t)!.binding;
    assert.equal(by('6.9 months').drug, 'zanidatamab');
    assert.equal(by('3.8 months').drug, 'docetaxel');
    assert.equal(by('0.58').drug, 'zanidatamab');
    assert.equal(by('1.6 %').arm, 'placebo');
    assert.equal(by('1.6 %').drug, undefined);
  });

  it('binds a figure to its endpoint, drug and dose arm', () => {
    const text = 'A higher objective response rate was seen with mitazalimab in the 900 \u03bcg/kg group (54,4 percent).';
    const pct = figuresOf(text).find(f => f.figureKind === 'percent')!;
    assert.equal(pct.binding.endpoint, 'ORR');
    assert.equal(pct.binding.drug, 'mitazalimab');
    assert.equal(pct.binding.arm, '900 \u00b5g/kg');
  });
});

describe('figures in words', () => {
  it('reads cardinal number words followed by a unit or a counted noun', () => {
    const figs = figuresOf('Patients remain on treatment beyond two years; seventeen patients and twenty-five sites joined, and forty-two percent responded.');
    assert.deepEqual(figs.map(f => [f.text, f.figureKind, f.value, f.unit]), [
      ['beyond two years', 'duration', 2, 'years'], ['seventeen patients', 'count', 17, 'patients'], ['twenty-five sites', 'count', 25, 'sites'], ['forty-two percent', 'percent', 42, '%'],
    ]);
    assert.equal(figs[0].reading, 'number written in words');
    assert.equal(figs[0].comparator, '>');
  });
  it('leaves number words without a unit alone', () => {
    assert.deepEqual(figuresOf('One of the partners opened the second plant; one decision was taken.').map(f => f.text), []);
    assert.deepEqual(figuresOf('between the two companies').map(f => [f.text, f.value, f.unit]), [['two companies', 2, 'companies']]);
  });
});

describe('binding of comparison figures', () => {
  it('does not give the comparator arm\u2019s median to the subject drug', () => {
    const figs = figuresOf('Aobatinib reduced the risk of death compared with chemotherapy, with a median OS of 14.9 months versus 11.2 months (HR 0.71).');
    const by = (t: string) => figs.find(f => f.text === t)!.binding;
    assert.equal(by('14.9 months').drug, 'aobatinib');
    assert.equal(by('11.2 months').drug, undefined);
    assert.equal(by('11.2 months').endpoint, 'OS');
  });
});

describe('flattened tables', () => {
  it('reads each cell under its column header when the row is complete, and leaves short rows alone', () => {
    const text = 'Parameter2026E2027E2028E\nMarket Penetration0 %15 %35 %\nEstimated Annual Price (US)$285,000$275,000\n\nLater 5 % and 7 % and 9 %.';
    const figs = figuresOf(text).filter(f => f.figureKind !== 'date');
    assert.deepEqual(figs.map(f => [f.text, f.table?.row, f.table?.column, f.binding.timepoint]), [
      ['0 %', 'Market Penetration', '2026E', '2026E'], ['15 %', 'Market Penetration', '2027E', '2027E'], ['35 %', 'Market Penetration', '2028E', '2028E'],
      ['$285,000', undefined, undefined, undefined], ['$275,000', undefined, undefined, undefined],
      ['5 %', undefined, undefined, undefined], ['7 %', undefined, undefined, undefined], ['9 %', undefined, undefined, undefined],
    ]);
  });
});
