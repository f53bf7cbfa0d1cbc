/**
 * Tables as a reader reads them when a copy from a web page flattened them: a schedule of quarterly data one cell a
 * line under a year and its quarters' end dates, glued rows of counts and shares whose empty cells are zeros run into
 * the next cell, a row label that spells out an abbreviation in brackets. Every example is invented (Acme Bio,
 * AB-101, made-up figures).
 */
import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';

/** A schedule of quarterly data one cell a line, each line opened by a pipe: a year over its quarters' end dates, no words. */
const QUARTERLY = [
  '|Selected Quarterly Financial Data of Acme Bio (unaudited)',
  '|',
  'The table below gives the quarterly data for the last two years:',
  '|2031',
  '|March 31',
  '|June 30',
  '|September 30',
  '|December 31',
  '|(in thousands, except share and per share data)',
  '|Revenues:',
  '|License revenue',
  '|$',
  '|1,204',
  '|$',
  '|3,517',
  '|$',
  '|2,208',
  '|$',
  '|6,940',
  '|Research and development',
  '|21,301',
  '|22,415',
  '|23,007',
  '|25,980',
  '|2030',
  '|March 31',
  '|June 30',
  '|September 30',
  '|December 31',
  '|License revenue',
  '|$',
  '|704',
  '|$',
  '|812',
  '|$',
  '|905',
  '|$',
  '|1,016',
].join('\n');

/** The same schedule without pipes, one cell a line. */
const QUARTERLY_LINES = QUARTERLY.replace(/^\|/gm, '');

/** Fiscal quarters ending on other days, a year over them, two columns only. */
const HALF_YEAR = [
  'Unaudited interim data (in thousands)',
  '2032',
  'June 30',
  'December 31',
  'Grant income',
  '455',
  '610',
  'Net loss',
  '(8,120)',
  '(9,045)',
].join('\n');

describe('binding: a year in a cell of its own over end dates names each column\'s period', () => {
  const cases: { doc: string; figure: string; timepoint: string; nth?: number }[] = [
    { doc: QUARTERLY, figure: '1,204', timepoint: 'March 31, 2031' },
    { doc: QUARTERLY, figure: '3,517', timepoint: 'June 30, 2031' },
    { doc: QUARTERLY, figure: '6,940', timepoint: 'December 31, 2031' },
    { doc: QUARTERLY, figure: '23,007', timepoint: 'September 30, 2031' },
    { doc: QUARTERLY, figure: '704', timepoint: 'March 31, 2030' },
    { doc: QUARTERLY, figure: '1,016', timepoint: 'December 31, 2030' },
    { doc: QUARTERLY_LINES, figure: '2,208', timepoint: 'September 30, 2031' },
    { doc: QUARTERLY_LINES, figure: '812', timepoint: 'June 30, 2030' },
    { doc: HALF_YEAR, figure: '610', timepoint: 'December 31, 2032' },
    { doc: HALF_YEAR, figure: '8,120', timepoint: 'June 30, 2032' },
  ];
  for (const c of cases) it(`${c.figure}: ${c.timepoint}`, () => {
    const figures = figuresOf(c.doc);
    const f = figures.find(x => x.text.replace(/^[($\s]+/, '') === c.figure);
    assert.ok(f, `no figure ${c.figure} in: ${figures.map(x => x.text).join(' | ')}`);
    assert.equal(f.binding.timepoint, c.timepoint);
  });
  // near misses: a year in prose before dates, or dates after a year on the same line of words, are no header
  const negatives: { doc: string; figure: string }[] = [
    { doc: ['In 2031, March 31 and June 30 were the dates Acme Bio paid its milestones.', 'It paid 1,250 and 2,400 then.'].join('\n'), figure: '1,250' },
    { doc: ['Acme Bio was founded in 2031 and filed on March 31 and June 30 with 42 staff and 17 consultants.'].join('\n'), figure: '42' },
  ];
  for (const c of negatives) it(`binds no period to ${c.figure} in prose`, () => {
    const f = figuresOf(c.doc).find(x => x.text === c.figure);
    assert.ok(f);
    assert.ok(!/June 30/.test(f.binding.timepoint ?? ''), `timepoint ${f.binding.timepoint}`);
  });
});

/** A table glued by a copy from a web page: each header cell a label and its group's size, rows glued, empty cells zeros. */
const GLUED = [
  'Table 2',
  '',
  'Best overall response by dose',
  '',
  'AB-101 50 mg',
  '(n=4)',
  'AB-101 100 mg',
  '(n=40)',
  'AB-101 200 mg',
  '(n=25)',
  'Complete response (CR)02 (5.0)1 (4.0)',
  'Partial response (PR)1 (25.0)012 (30.0)6 (24.0)',
  'Stable disease (SD)2 (50.0)15 (37.5)9 (36.0)',
  'Objective response rate1 (25.0)14 (35.0)7 (28.0)',
  ' 90% CI(1.3, 75.1)(22.7, 49.0)(13.3, 47.5)',
  'Disease control rate3 (75.0)29 (72.5)16 (64.0)',
  ' 90% CI(24.9, 98.7)(59.1, 83.5)(46.0, 79.3)',
].join('\n');

describe('reading: a glued table\'s counts and shares by its columns\' sizes, glued zeros as empty cells', () => {
  const cases: { figure: string; nth?: number; kind: string; value: number | number[]; arm?: string; endpoint?: string }[] = [
    // "02 (5.0)": the 50 mg column's zero, then 2 of 40 and their 5.0 %
    { figure: '02', kind: 'count', value: 2, arm: '100 mg' },
    { figure: '5.0', kind: 'percent', value: 5, arm: '100 mg' },
    { figure: '4.0', kind: 'percent', value: 4, arm: '200 mg' },
    // "012 (30.0)": the 100 mg column's... no: 1 (25.0) is 50 mg, then the zero is none of them; 12 of 40 is 30.0 %
    { figure: '012', kind: 'count', value: 12, arm: '100 mg' },
    { figure: '30.0', kind: 'percent', value: 30, arm: '100 mg' },
    { figure: '50.0', kind: 'percent', value: 50, arm: '50 mg' },
    { figure: '15', kind: 'count', value: 15, arm: '100 mg' },
    { figure: '37.5', kind: 'percent', value: 37.5, arm: '100 mg' },
    { figure: '64.0', kind: 'percent', value: 64, arm: '200 mg' },
    // intervals glued one after another: each its column's, of the row above's measure
    { figure: '22.7, 49.0', kind: 'ci', value: [22.7, 49], arm: '100 mg', endpoint: 'ORR' },
    { figure: '46.0, 79.3', kind: 'ci', value: [46, 79.3], arm: '200 mg', endpoint: 'the row above\'s' },
  ];
  for (const c of cases) it(`${c.figure}: ${c.kind} ${JSON.stringify(c.value)}${c.arm ? ' in ' + c.arm : ''}`, () => {
    const figures = figuresOf(GLUED).filter(x => x.text === c.figure);
    const f = figures[c.nth ?? 0];
    assert.ok(f, `no figure ${c.figure} in: ${figuresOf(GLUED).map(x => x.text).join(' | ')}`);
    assert.equal(f.figureKind, c.kind);
    assert.deepEqual(f.value, c.value);
    if (c.arm) assert.equal(f.binding.arm, c.arm);
    if (c.endpoint === 'the row above\'s') {
      const above = figuresOf(GLUED).find(x => x.text === '16');
      assert.ok(above?.binding.endpoint);
      assert.equal(f.binding.endpoint, above.binding.endpoint);
    } else if (c.endpoint) assert.equal(f.binding.endpoint, c.endpoint);
  });
  // near misses: a share that is not the count's share of its column stays unread; a code with a leading zero stays no
  // figure; a statute's "(b)(2)" makes no table of prose
  it('leaves a cell whose bracket is not the count\'s share of its column bare', () => {
    const doc = ['Arm A', '(n=40)', 'Arm B', '(n=20)', 'Visits3 (12.0)4 (9.0)', 'Calls2 (31.0)5 (45.0)'].join('\n');
    const f = figuresOf(doc).find(x => x.text === '12.0');
    assert.ok(f);
    assert.notEqual(f.figureKind, 'percent');
  });
  it('reads no figure in a code with a leading zero outside a count\'s share', () => {
    const f = figuresOf('Acme Bio filed under reference 0134 with the agency in 2031.').find(x => x.text.includes('134'));
    assert.equal(f, undefined);
  });
  it('keeps prose with a statute\'s "505(b)(2)" prose', () => {
    const figures = figuresOf(['Acme Bio filed a 505(b)(2) application for AB-101 (n=40 patients).', 'The agency accepted the 505(b)(2) filing in 2031 (2 weeks).'].join('\n'));
    assert.ok(figures.every(f => !f.table));
  });
});

describe('reading: "T€" after a sum is thousands of euros, as German key-figure lines write it', () => {
  const doc = [
    'Acme Bio AG: Kennzahlen der ersten neun Monate',
    '| ― | Forschungskosten stiegen um 12 % auf 4.210 T€ (Vorjahr: 3.759 T€) |',
    '| ― | Liquide Mittel von 21.305 T€ zum Stichtag; Verlust je Aktie – 0,45 € |',
    'Umsatzerlöse 1.250,5 T€ nach 980,0 T€; der Fehlbetrag betrug 2,5 Mio. €.',
  ].join('\n');
  const cases: [string, number][] = [['4.210 T€', 4210000], ['3.759 T€', 3759000], ['21.305 T€', 21305000], ['1.250,5 T€', 1250500], ['980,0 T€', 980000]];
  for (const [text, value] of cases) it(`${text}: EUR ${value}`, () => {
    const f = figuresOf(doc).find(x => x.text === text);
    assert.ok(f, `no figure ${text} in: ${figuresOf(doc).map(x => x.text).join(' | ')}`);
    assert.equal(f.figureKind, 'money');
    assert.equal(f.unit, 'EUR');
    assert.equal(f.value, value);
  });
  it('reads no sum in "T€" without a number before it', () => {
    assert.equal(figuresOf('Die Tabelle nennt Beträge in T€ und in Mio. €, je nach Zeile.').filter(f => f.figureKind === 'money').length, 0);
  });
});

/** Groups of columns named on a line of their own, the names run together, over each column's dose and size. */
const GROUPED = [
  'Table 3',
  '',
  'Summary of adverse events',
  '',
  'TovarimabZelbotinibPlacebo',
  '2 mg',
  '(n=40)',
  '4 mg',
  '(n=41)',
  '8 mg',
  '(n=39)',
  '5 mg',
  '(n=42)',
  '10 mg',
  '(n=40)',
  '(n=44)',
  'Any AE, n (%)20 (50.0)22 (53.7)25 (64.1)18 (42.9)21 (52.5)15 (34.1)',
  'Nausea8 (20.0)9 (22.0)12 (30.8)03 (7.5)2 (4.5)',
  'Rash2 (5.0)04 (10.3)1 (2.4)1 (2.5)0',
].join('\n');

describe('binding: a line of groups\' names run together spans the columns of each group\'s doses', () => {
  const cases: { figure: string; nth?: number; drug?: string | null; arm: string; kind?: string }[] = [
    { figure: 'n=40', drug: 'tovarimab', arm: '2 mg' },
    { figure: 'n=39', drug: 'tovarimab', arm: '8 mg' },
    // the doses fall from 8 mg to 5 mg: the next drug's columns
    { figure: 'n=42', drug: 'zelbotinib', arm: '5 mg' },
    { figure: 'n=44', drug: null, arm: 'placebo' },
    { figure: '25', drug: 'tovarimab', arm: '8 mg', kind: 'count' },
    { figure: '34.1', drug: null, arm: 'placebo', kind: 'percent' },
    { figure: '12', drug: 'tovarimab', arm: '8 mg', kind: 'count' },
    // "03 (7.5)": the 5 mg column's zero, then 3 of 40 in the 10 mg column
    { figure: '03', drug: 'zelbotinib', arm: '10 mg', kind: 'count' },
    { figure: '2', nth: 0, drug: null, arm: 'placebo', kind: 'count' },
  ];
  for (const c of cases) it(`${c.figure}: ${c.drug ?? 'no drug'}, ${c.arm}`, () => {
    const figures = figuresOf(GROUPED).filter(x => x.text === c.figure);
    const f = figures[c.nth ?? 0];
    assert.ok(f, `no figure ${c.figure} in: ${figuresOf(GROUPED).map(x => x.text).join(' | ')}`);
    if (c.drug !== undefined) assert.equal(f.binding.drug?.toLowerCase(), c.drug?.toLowerCase());
    assert.equal(f.binding.arm, c.arm);
    if (c.kind) assert.equal(f.figureKind, c.kind);
  });
  it('reads a row label glued to its first count ("Rash2 (5.0)") as that count', () => {
    const f = figuresOf(GROUPED).find(x => x.text === '2' && x.binding.arm === '2 mg');
    assert.ok(f);
    assert.equal(f.figureKind, 'count');
  });
  // near misses: names that leave a column without a group, or words that are no group's name, make no grouped header
  it('binds no drug by groups when a name is no drug or placebo', () => {
    const doc = GROUPED.replace('TovarimabZelbotinibPlacebo', 'Cohort AB-101Placebo');
    const f = figuresOf(doc).find(x => x.text === 'n=42');
    assert.ok(f);
    assert.notEqual(f.binding.drug?.toLowerCase(), 'zelbotinib');
  });
  it('guesses no group\'s span when the doses rise across the groups (2, 4, 8 then 50, 100 mg)', () => {
    const doc = GROUPED.replace("'5 mg'", "'50 mg'").replace('5 mg\n(n=42)\n10 mg', '50 mg\n(n=42)\n100 mg');
    const first = figuresOf(doc).find(x => x.text === 'n=40');
    const f = figuresOf(doc).find(x => x.text === 'n=42');
    assert.ok(f && first);
    // (no split guessed: the columns are not given two drugs)
    assert.equal(f.binding.drug, first.binding.drug);
  });
  it('keeps a code glued to a number unread ("mRNA1273 (12.0)")', () => {
    assert.ok(!figuresOf('The mRNA1273 (12.0) lot and the X2 (4.0) lot were released.').some(f => f.text === '1273' || f.text === '2'));
  });
});

describe('binding: key-figure rows under a header of periods that closes with a column of changes', () => {
  const doc = [
    'Acme Bio Konzern Q3 2031 Q3 2030 Veränderung %',
    '',
    'Umsatzerlöse Mio. € 48,2 40,1 20,2',
    '',
    'EBITDA Mio. € 9,7 12,4 – 21,8',
    '',
    'Ergebnis nach Steuern Mio. € 3,1 5,0 – 38,0',
  ].join('\n');
  const english = ['Acme Bio Group H1 2031 H1 2030 Change %', 'Revenue EUR m 48.2 40.1 20.2', 'Operating loss EUR m 9.7 12.4 – 21.8'].join('\n');
  const cases: { doc: string; figure: string; timepoint: string }[] = [
    { doc, figure: '40,1', timepoint: 'Q3 2030' },
    { doc, figure: '12,4', timepoint: 'Q3 2030' },
    { doc, figure: '5,0', timepoint: 'Q3 2030' },
    { doc: english, figure: '40.1', timepoint: 'H1 2030' },
    { doc: english, figure: '12.4', timepoint: 'H1 2030' },
  ];
  for (const c of cases) it(`${c.figure}: ${c.timepoint}`, () => {
    const f = figuresOf(c.doc).find(x => x.text === c.figure);
    assert.ok(f, `no figure ${c.figure} in: ${figuresOf(c.doc).map(x => x.text).join(' | ')}`);
    assert.equal(f.binding.timepoint, c.timepoint);
  });
  it('reads the change cell as no period\'s (a minus apart is its sign, no empty cell)', () => {
    const f = figuresOf(doc).find(x => x.text === '21,8');
    assert.ok(f);
    assert.equal(f.figureKind, 'percent');
    assert.notEqual(f.binding.timepoint, 'Q3 2030');
  });
  // near miss: a header line that goes on in words after its periods is no header of columns
  it('binds no column\'s period under a line whose periods a sentence follows', () => {
    const prose = ['Acme Bio compared Q3 2031 Q3 2030 figures in its letter to shareholders', 'Umsatzerlöse Mio. € 48,2 40,1 20,2'].join('\n');
    const first = figuresOf(prose).find(x => x.text.endsWith('48,2'));
    const f = figuresOf(prose).find(x => x.text === '40,1');
    assert.ok(f && first);
    // (no columns read: the two sums are not given a period each)
    assert.ok(!(first.binding.timepoint === 'Q3 2031' && f.binding.timepoint === 'Q3 2030'));
  });
});

describe('binding: a line of nothing but dates with their years heads the rows under it, a date a column', () => {
  const doc = ['Balance sheet data EUR m', '', '30 June 2031 31 December 2030', '', 'Cash and cash equivalents EUR m 61.3 72.0', '', 'Total assets EUR m 76.9 86.4'].join('\n');
  const cases: [string, string][] = [['61.3', '30 June 2031'], ['72.0', '31 December 2030'], ['86.4', '31 December 2030']];
  for (const [text, date] of cases) it(`${text}: ${date}`, () => {
    const f = figuresOf(doc).find(x => x.text === text);
    assert.ok(f, `no figure ${text}`);
    assert.equal(f.binding.timepoint, date);
  });
  it('reads no columns from dates inside a sentence', () => {
    const prose = ['Acme Bio reports its balance sheet at 30 June 2031 and 31 December 2030', '', 'Total assets EUR m 76.9 86.4'].join('\n');
    const f = figuresOf(prose).find(x => x.text === '86.4');
    assert.ok(f);
    assert.notEqual(f.binding.timepoint, '31 December 2030');
  });
});

describe('reading: a note under a table, a bullet before it, says what its cells are', () => {
  const table = ['| Event | AB-101 | Placebo |', '|---|---|---|', '| Nausea | 12 (10.0) | 5 (4.2) |', '| Headache | 9 (7.5) | 8 (6.7) |', ''];
  const notes = ['  \u2022 Data are n (%) unless otherwise stated.', '\u00b7 Data are presented as number (%) of patients.', '- Values are n (%).', '* Data are expressed as n (%).'];
  for (const note of notes) it(`reads counts and shares under ${JSON.stringify(note.trim())}`, () => {
    const figures = figuresOf([...table, note].join('\n'), 'markdown');
    const count = figures.find(f => f.text === '12'), share = figures.find(f => f.text === '10.0');
    assert.equal(count?.figureKind, 'count');
    assert.equal(share?.figureKind, 'percent');
  });
  it('reads nothing from a bullet of prose under the table', () => {
    const figures = figuresOf([...table, '  \u2022 Data are limited to the first cycle.'].join('\n'), 'markdown');
    assert.notEqual(figures.find(f => f.text === '10.0')?.figureKind, 'percent');
  });
});
