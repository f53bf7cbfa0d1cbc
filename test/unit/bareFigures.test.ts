/**
 * Numbers that real tables and key-figure rows leave bare, read as a careful reader reads them
 * (issue 14, "Figures"): one table of invented rows per reading, each the figure's text and what it
 * must be read as.
 */
import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';

type Want = [text: string, kind: string, value: number, unit: string];

function table(title: string, doc: string, rows: Want[]): void {
  describe(title, () => {
    const figs = figuresOf(doc);
    for (const [text, kind, value, unit] of rows) it(`${JSON.stringify(text)} is ${kind} ${value} ${unit}`, () => {
      const f = figs.find(x => x.text === text);
      assert.ok(f, `no figure ${JSON.stringify(text)}: ${figs.map(x => JSON.stringify(x.text)).join(', ')}`);
      assert.deepEqual([f.figureKind, f.value, f.unit], [kind, value, unit]);
    });
  });
}

table('bare figures: a count and its share in brackets, "k (p%)", in a table that names no count with its noun',
  [
    'Acme Bio reported the safety data of the trial.',
    '',
    '| Event | Drug (n=40) | Placebo (n=20) |',
    '|---|---|---|',
    '| Any event | 14 (35%) | 9 (45%) |',
    '| Serious event | 0 (0%) | 2 (10%) |',
  ].join('\n'),
  [['14', 'count', 14, 'patients'], ['9', 'count', 9, 'patients'], ['0', 'count', 0, 'patients'], ['2', 'count', 2, 'patients']]);

table('bare figures: a row label that declares "no. of patients (%)"',
  [
    'Acme Bio reported the safety data of the trial.',
    '',
    '| Variable | Drug | Placebo | P value |',
    '|---|---|---|---|',
    '| Any event - no. of patients (%) | 12 (30%) | 5 (25%) | 0.61 |',
  ].join('\n'),
  [['12', 'count', 12, 'patients'], ['5', 'count', 5, 'patients'], ['0.61', 'pvalue', 0.61, '']]);

table('bare figures: a header closed by an empty cell keeps its columns over the row\'s cells',
  [
    'Acme Bio reported the safety data of the trial.',
    '',
    '| Drug (n = 200) No. (%) | Placebo (n = 210) No. (%) | P value | |',
    '|---|---|---|---|',
    '| Any event | 150 (75.0) | 147 (70.0) | .2113 |',
  ].join('\n'),
  [['150', 'count', 150, 'patients'], ['75.0', 'percent', 75, '%'], ['147', 'count', 147, 'patients'], ['.2113', 'pvalue', 0.2113, '']]);

table('bare figures: a scale written before the currency of a key-figure row',
  'Die Kennzahlen des Quartals: Umsatz Mio. \u20ac 86,4 und Ergebnis Tsd. EUR 512 sowie Cashflow mio. DKK 45.',
  [['Mio. \u20ac 86,4', 'money', 86400000, 'EUR'], ['Tsd. EUR 512', 'money', 512000, 'EUR'], ['mio. DKK 45', 'money', 45000000, 'DKK']]);

describe('bare figures: what stays as it was', () => {
  it('a share in brackets after a number no group can give (12 (0%)) makes no count', () => {
    const f = figuresOf('| Any event | 12 (0%) | 3 (5%) |').find(x => x.text === '12');
    assert.ok(!f || f.figureKind !== 'count');
  });
});

table('bare figures: the cells after a key-figure row\'s first sum share its unit; a change column is in per cent',
  [
    'Acme Gruppe Q3 2026 Q3 2025 Ver\u00e4nderung %',
    '',
    'Umsatz Mio. \u20ac 42,5 40,1 6,0',
    '',
    'EBIT Mio. \u20ac 3,2 4,0 \u2013 20,0',
  ].join('\n'),
  [['40,1', 'money', 40100000, 'EUR'], ['6,0', 'percent', 6, '%'], ['4,0', 'money', 4000000, 'EUR'], ['20,0', 'percent', -20, '%']]);

table('bare figures: without a change column every cell of the row is a sum',
  'Key figures Q3 2026 Q3 2025\n\nNet sales SEK 45.2 38.1\n',
  [['38.1', 'money', 38.1, 'SEK']]);

describe('bare figures: a row whose first cell is no sum stays as it is', () => {
  it('leaves the cells after a share', () => {
    const f = figuresOf('Acme reported the following.\n\nMargin 45% 38.1 40.2\n').find(x => x.text === '38.1');
    assert.ok(!f || f.figureKind !== 'money');
  });
  it('leaves numbers written in a sentence after a sum', () => {
    const f = figuresOf('Revenue was EUR 45.2 million while 38 new sites opened this year.').find(x => x.text.startsWith('38'));
    assert.ok(!f || f.figureKind !== 'money');
  });
});

table('bare figures: a p-value whose relation ends the line before it, a space left before the break',
  'The primary endpoint was met (P = \n0.004) and the key secondary one too (p < \n0.001).',
  [['P = \n0.004', 'pvalue', 0.004, ''], ['p < \n0.001', 'pvalue', 0.001, '']]);

table('bare figures: counts whose noun is named before them or left out',
  [
    'Among 52 evaluable patients, 11 achieved a complete remission and 17 a partial remission.',
    'Patients enrolled: 140; Sites activated: 31.',
    'The study randomized 318 patients (159 per arm).',
  ].join(' '),
  [['17', 'count', 17, 'patients'], ['140', 'count', 140, 'patients'], ['31', 'count', 31, 'sites'], ['159', 'count', 159, 'patients']]);

describe('bare figures: numbers before an article or after a colon that count nothing', () => {
  it('a week after a count is no count', () => {
    const f = figuresOf('In total 52 patients were treated and at week 24 the response held.').find(x => x.text.includes('24'));
    assert.ok(!f || f.figureKind !== 'count');
  });
  it('a score after a colon is no count', () => {
    const f = figuresOf('Median age: 61 years; baseline score: 34.').find(x => x.text === '34');
    assert.ok(!f || f.figureKind !== 'count');
  });
});

table('bare figures: a scaled euro glued to its sum, a title whose apostrophe was lost, a zero in a count-and-share row',
  [
    'La trésorerie consommée atteint 3,8m\u20ac sur le semestre.',
    '',
    '(en millions d euros) Ventes 112,4 98,7',
    '',
    '| Variable | Drug | Placebo |',
    '|---|---|---|',
    '| Any event - no. of patients (%) | 3 (15%) | 0 |',
  ].join('\n'),
  [['3,8m\u20ac', 'money', 3800000, 'EUR'], ['112,4', 'money', 112400000, 'EUR'], ['0', 'count', 0, 'patients']]);
