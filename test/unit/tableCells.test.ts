import { strict as assert } from 'assert';
import { analyzeText, readStructure, type FigureEntity } from '../../server/src/analysis';
import { continuationRow, tableColumns } from '../../server/src/analysis/tableColumns';

/** Invented tables: the column each header cell stands over, and the group size it states. */
describe('table columns: which header stands over which cell', () => {
  const rows: [string, string, [number, string, number | undefined][]][] = [
    ['a corner above the row labels',
      '| Event | Drug A (n=40) | Placebo (n=41) |\n|---|---|---|\n| Nausea | 4 (10.0) | 2 (4.9) |',
      [[1, 'Drug A (n=40)', 40], [2, 'Placebo (n=41)', 41]]],
    ['no corner, closing empty cells',
      'Placebo (N = 30) | Drug B (N = 32) | |\n---|---|---|\nHeadache, n (%) | 3 (10%) | 4 (13%) |',
      [[1, 'Placebo (N = 30)', 30], [2, 'Drug B (N = 32)', 32]]],
    ['sizes on a row of their own',
      'Variable | Drug C | Placebo | P value |\n---|---|---|---|\nN=50 | N=25 | |\nAny event, n (%) | 20 (40%) | 5 (20%) | 0.09 |',
      [[1, 'Drug C N=50', 50], [2, 'Placebo N=25', 25], [3, 'P value', undefined]]],
    ['a header a copy split over lines, one or two cells a line',
      'Patients, n (%) | Placebo (n = 50) |\nDrug E 5 mg (n = 48) |\nDrug E 10 mg (n = 52) |\n---|---|---|---|\nAny event | 10 (20.0) | 12 (25.0) | 13 (25.0) |\nNausea | 2 (4.0) | 3 (6.3) | 5 (9.6) |',
      [[1, 'Placebo (n = 50)', 50], [2, 'Drug E 5 mg (n = 48)', 48], [3, 'Drug E 10 mg (n = 52)', 52]]],
    ['a column of units after the labels',
      '| Placebo (n=20) | Drug D (n=24) | P value | |\n|---|---|---|---|\n| Remission | n (%) | 4 (20.0%) | 9 (37.5%) | 0.22 |',
      [[2, 'Placebo (n=20)', 20], [3, 'Drug D (n=24)', 24], [4, 'P value', undefined]]],
  ];
  for (const [title, text, want] of rows) {
    it(title, () => {
      const table = readStructure(text, text.startsWith('|') ? 'markdown' : 'plaintext').tables[0];
      assert.ok(table, 'no table');
      const { heads } = tableColumns(table, text);
      for (const [col, words, n] of want) {
        assert.equal(heads.get(col)?.text.replace(/\s+/g, ' '), words, `column ${col}`);
        assert.equal(heads.get(col)?.n, n, `size of column ${col}`);
      }
    });
  }
  it('a header spanning its columns, over a row of sizes that fills the columns not yet sized', () => {
    const text = [
      '| Endpoint | Placebo (n = 40) | Drug J, once daily | | |', '|---|---|---|---|---|',
      '| 5 mg (n = 41) | 10 mg (n = 39) | 20 mg (n = 42) | | |',
      '| Responders, No. (%) | 4 (10) | 10 (24) | 15 (38) | 20 (48) |',
    ].join('\n');
    const table = readStructure(text, 'markdown').tables[0];
    const { heads } = tableColumns(table, text);
    assert.deepEqual([1, 2, 3, 4].map(c => heads.get(c)?.n), [40, 41, 39, 42]);
    assert.deepEqual([1, 2, 3, 4].map(c => (heads.get(c)?.spans ?? []).map(sp => text.slice(sp.start, sp.end))),
      [[], ['Drug J, once daily'], ['Drug J, once daily'], ['Drug J, once daily']]);
  });
  it('a row that opens with a value is a continuation, not lined up with the header', () => {
    const text = '| Remission | n (%) | 4 (20.0%) | 9 (37.5%) |\n| 3 (15.0%) | 8 (33.3%) | | |';
    const table = readStructure(`| A | B | C | D |\n|---|---|---|---|\n${text}`, 'markdown').tables[0];
    assert.deepEqual(table.rows.map(r => continuationRow(`| A | B | C | D |\n|---|---|---|---|\n${text}`, r)), [false, true]);
  });
});

const AE_TABLE = [
  'Table 2. Adverse events (safety population)',
  '',
  '| Adverse event, n (%) | Drug E (n=120) | Placebo (n=118) | p-value |',
  '|---|---|---|---|',
  '| Any adverse event | 96 (80.0) | 80 (67.8) | 0.04 |',
  '| Nausea | 30 (25.0) | 12 (10.2) | 0.003 |',
  '| Headache | 14 (11.7) | 15 (12.7) | 0.85 |',
  '| Dizziness | 9 (7.5) | 4 (3.4) | 0.16 |',
].join('\n');

function model(text: string) { return analyzeText(text, {}, 'markdown'); }
function cell(figs: FigureEntity[], row: string, text: string): FigureEntity {
  const f = figs.find(x => x.table?.row === row && x.text === text);
  assert.ok(f, `no cell ${row} / ${text}`);
  return f;
}

describe('table cells: a figure carries its row and its column', () => {
  const { model: m } = model(AE_TABLE);
  const figs = m.entities.filter((e): e is FigureEntity => e.kind === 'figure');
  const rows: [string, string, Partial<Record<'endpoint' | 'arm' | 'n' | 'subgroup', string | number>>][] = [
    ['Nausea', '30', { endpoint: 'Nausea', arm: 'Drug E', n: 120, subgroup: 'safety population' }],
    ['Nausea', '12', { endpoint: 'Nausea', arm: 'placebo', n: 118 }],
    ['Headache', '15', { arm: 'placebo', n: 118 }],
  ];
  for (const [row, text, want] of rows) {
    it(`${row} / ${text} -> ${JSON.stringify(want)}`, () => {
      const f = cell(figs, row, text);
      for (const [k, v] of Object.entries(want)) assert.equal(f.binding[k as keyof typeof f.binding], v, k);
    });
  }
  it('reads "n (%)" cells as a count and its share', () => {
    assert.deepEqual([cell(figs, 'Nausea', '30').figureKind, cell(figs, 'Nausea', '25.0').figureKind], ['count', 'percent']);
  });
  it('reads the p-value column as p-values', () => assert.equal(cell(figs, 'Nausea', '0.003').figureKind, 'pvalue'));
});

describe('table cells: what the caption and the corner say of every cell', () => {
  // invented tables: [title, table, row, cell, binding wanted (undefined: none)]
  const rows: [string, string, string, string, Partial<Record<'endpoint' | 'timepoint' | 'subgroup', string | undefined>>][] = [
    ['a caption naming one time point and one endpoint',
      'Table 2. Objective response rate at week 24\n\n| Tumour | Drug K (n=30) | Drug K high dose (n=28) |\n|---|---|---|\n| Melanoma, % | 40.0 | 46.4 |',
      'Melanoma, %', '46.4', { endpoint: 'ORR', timepoint: '24 weeks' }],
    ['a caption naming two time points names none',
      'Table 2. Response at week 12 and week 24\n\n| Tumour | Drug K (n=30) |\n|---|---|\n| Melanoma, % | 40.0 |',
      'Melanoma, %', '40.0', { timepoint: undefined }],
    ['a row that names its own time point keeps it',
      'Table 3. Responses at week 24\n\n| Endpoint | Drug K (n=30) |\n|---|---|\n| ORR at week 12, % | 40.0 |',
      'ORR at week 12, %', '40.0', { timepoint: '12 weeks' }],
    ['a corner that is a population\'s head noun makes the row labels populations',
      '| Subgroup | ORR, % | Median PFS, months |\n|---|---|---|\n| Never smokers | 45 | 8.2 |\n| Former smokers | 30 | 6.1 |',
      'Former smokers', '6.1', { endpoint: 'PFS', subgroup: 'Former smokers' }],
    ['a row labelled "Baseline" is measured at baseline',
      '| Weight, kg | Placebo (n=50) | Drug K 4 mg (n=49) |\n|---|---|---|\n| Baseline | 98.2 | 97.4 |\n| Week 20 | 97.9 | 91.0 |',
      'Baseline', '97.4', { timepoint: 'baseline' }],
    ['a dosing interval in a column\'s header is no time point',
      '| Weight, kg | Placebo (n=50) | Drug K 4 mg once every 2 weeks (n=49) |\n|---|---|---|\n| Change | -0.2 | -5.1 |',
      'Change', '-5.1', { timepoint: undefined }],
    ['a corner that names no population leaves the rows without one',
      '| Parameter | ORR, % | Median PFS, months |\n|---|---|---|\n| Never smokers | 45 | 8.2 |',
      'Never smokers', '45', { subgroup: undefined }],
  ];
  for (const [title, text, row, value, want] of rows) {
    it(title, () => {
      const figs = model(text).model.entities.filter((e): e is FigureEntity => e.kind === 'figure');
      const f = cell(figs, row, value);
      for (const [k, v] of Object.entries(want)) assert.equal(f.binding[k as keyof typeof f.binding], v, k);
    });
  }
});

describe('table cells: a table glued into text by a web copy, the arms in its header', () => {
  const text = [
    'Table 4. Outcomes at week 12 in the per-protocol population',
    '',
    'Placebo (n=40)Drug M 5 mg (n=38)Drug M 15 mg (n=41)',
    'Responders, n/N (%)6/40 (15.0)12/38 (31.6)17/41 (41.5)',
    ' OR vs placebo (95% CI)2.61 (0.85 to 8.02)4.01 (1.38 to 11.6)',
    'Mean score change3.15 (1.2)6.40 (1.4)7.05 (1.3)',
    'Placebo (n=39)Drug M 5 mg (n=37)Drug M 15 mg (n=40)',
    'Rescue therapy, n (%)9 (23.1)4 (10.8)3 (7.5)',
  ].join('\n');
  const figs = analyzeText(text, {}, 'plaintext').model.entities.filter((e): e is FigureEntity => e.kind === 'figure');
  const at = (t: string, k = 0) => { const f = figs.filter(x => x.text === t)[k]; assert.ok(f, `no figure ${t}`); return f; };
  const rows: [string, number, Partial<Record<'arm' | 'endpoint' | 'timepoint' | 'subgroup', string>>][] = [
    ['6/40', 0, { arm: 'placebo', timepoint: '12 weeks', subgroup: 'per-protocol population' }],
    ['12/38', 0, { arm: '5 mg', timepoint: '12 weeks' }],
    ['17/41', 0, { arm: '15 mg' }],
    // one cell fewer than the arms, the control first: the other arms, compared with it
    ['2.61', 0, { arm: '5 mg' }],
    ['4.01', 0, { arm: '15 mg' }],
    ['6.40', 0, { arm: '5 mg', endpoint: 'Mean score change' }],
    // a second header right under the rows: the caption still holds
    ['4', 0, { arm: '5 mg', timepoint: '12 weeks', subgroup: 'per-protocol population' }],
  ];
  for (const [t, k, want] of rows) {
    it(`${t} -> ${JSON.stringify(want)}`, () => {
      const f = at(t, k);
      for (const [key, v] of Object.entries(want)) assert.equal(f.binding[key as keyof typeof f.binding], v, key);
    });
  }
  it('a header whose labels carry no group size is no glued header', () => {
    const plain = 'Placebo Drug M 5 mg\nResponders 6/40 (15.0) 12/38 (31.6)\n';
    const f = analyzeText(plain, {}, 'plaintext').model.entities.find((e): e is FigureEntity => e.kind === 'figure' && e.text === '12/38');
    assert.ok(f);
    assert.equal(f.table, undefined);
  });
});

/** Each row: a table with one planted error (or none), and the check that must find it (or nothing). */
describe('table cells: the checks read a cell against its column', () => {
  const rows: [string, string, string | undefined][] = [
    ['a clean table raises nothing', AE_TABLE, undefined],
    ['a share its column\'s size does not give', AE_TABLE.replace('| 12 (10.2) |', '| 12 (11.2) |'), 'percent-of-count'],
    ['a p-value above 1 in a p-value column', AE_TABLE.replace('| 0.85 |', '| 1.05 |'), 'impossible-value'],
    ['an estimate outside the interval in its cell', [
      '| Endpoint | Drug F (n=80) | Placebo (n=78) |', '|---|---|---|',
      '| Median PFS, months (95% CI) | 17.2 (18.6-NE) | 8.1 (6.0-9.9) |'].join('\n'), 'ci-inconsistent'],
    ['an estimate outside its range, no CI written', [
      '| Endpoint | Drug F (n=80) | Placebo (n=78) |', '|---|---|---|',
      '| Time to response, months | 2.1 (2.3-8.0) | 1.9 (1.7-9.0) |'].join('\n'), 'ci-inconsistent'],
    ['a p-value above 1 in a row of p-values, its empty cells no label', [
      '| End point | Placebo (n=60) | 1 mg (n=61) | 2 mg (n=59) | 4 mg (n=62) |', '|---|---|---|---|---|',
      '| Responders, No. (%) | 6 (10) | 20 (33) | 25 (42) | 31 (50) |', '| P value vs placebo | NA | 1.04 | <.001 | <.001 |'].join('\n'), 'impossible-value'],
    ['no finding when a share fits another column\'s group (a header laid one column off)', [
      '| Event | Drug L (n = 52) | Placebo (n = 50) |', '|---|---|---|',
      '| Any event, n (%) | 9 (18) | 26 (50) |', '| Rash, n (%) | 4 (8) | 4 (8) |', '| Fever, n (%) | 1 (2) | 1 (2) |', '| Cough, n (%) | 5 (10) | 5 (10) |'].join('\n'), undefined],
    ['an interval written with a comma under "(95% CI)"', [
      '| Efficacy | Drug G (n=90) | Control (n=88) |', '|---|---|---|',
      '| Median, months (95% CI) | 4.9 (2.8, 3.8) | 2.7 (2.5, 2.8) |'].join('\n'), 'ci-inconsistent'],
  ];
  for (const [title, text, code] of rows) {
    it(title, () => {
      const findings = model(text).findings.filter(f => f.severity === 'error' || f.severity === 'warning');
      if (!code) assert.deepEqual(findings.map(f => `${f.code}: ${f.message}`), []);
      else assert.ok(findings.some(f => f.code === code), `expected ${code}, got ${JSON.stringify(findings.map(f => f.code))}`);
    });
  }
  it('shares of another whole (events, not patients) are not held to the column\'s size', () => {
    const text = [
      '| Placebo (N = 40) | Drug H (N = 44) | |', '|---|---|---|',
      '| Patients with an AE, n (%) | 18 (45%) | 22 (50%) |', '| Number of AEs | 30 | 36 |',
      '| Mild | 20 (67%) | 25 (69%) |', '| Moderate | 8 (27%) | 9 (25%) |', '| Severe | 2 (7%) | 2 (6%) |',
    ].join('\n');
    assert.deepEqual(model(text).findings.filter(f => f.code === 'percent-of-count').map(f => f.message), []);
  });
  it('a column whose shares do not bear out its size is left alone', () => {
    const text = [
      '| Event | Drug I (n=50) | Placebo (n=50) |', '|---|---|---|',
      '| Grade 1, n (%) | 4 (9.1) | 3 (6.8) |', '| Grade 2, n (%) | 2 (4.5) | 1 (2.3) |', '| Grade 3, n (%) | 1 (2.3) | 0 (0.0) |',
    ].join('\n');
    assert.deepEqual(model(text).findings.filter(f => f.code === 'percent-of-count').map(f => f.message), []);
  });
});

/** A share judged by its row: each column holds one pair, and the row's other cells fit their own columns' sizes. */
describe('table cells: a row of pairs bears its columns\' sizes out', () => {
  const table = (a: string, b: string, c: string) => [
    '| Outcome | Drug K 5 mg (n=150) | Drug K 10 mg (n=152) | Placebo (n=149) |', '|---|---|---|---|',
    `| Patients with a flare | ${a} | ${b} | ${c} |`, '| Median time to flare, weeks | 12.1 | 14.0 | 8.2 |'].join('\n');
  const rows: [string, string, boolean][] = [
    ['the row\'s pairs fit their columns', table('60 (40%)', '57 (38%)', '90 (60%)'), false],
    ['one pair off its column, two bear the sizes out', table('60 (40%)', '57 (42%)', '90 (60%)'), true],
    ['the first pair off', table('60 (45%)', '57 (38%)', '90 (60%)'), true],
    ['shares of another whole (none fits its column)', table('60 (50%)', '57 (48%)', '90 (75%)'), false],
    ['two of three off: the sizes are not borne out', table('60 (50%)', '57 (42%)', '90 (60%)'), false],
  ];
  for (const [title, text, fires] of rows) {
    it(title, () => assert.equal(model(text).findings.some(f => f.code === 'percent-of-count'), fires));
  }
  it('two columns only: one other pair in the row is not enough', () =>
    assert.ok(!model(['| Outcome | Drug K (n=150) | Placebo (n=149) |', '|---|---|---|', '| Flare | 60 (44%) | 90 (60%) |'].join('\n')).findings.some(f => f.code === 'percent-of-count')));
});

/** A table copied as lines with no cell marks: the header's "(n=50)" read per column, the pairs glued to the labels. */
describe('table cells: a table flattened into lines, its pairs held to the header\'s sizes', () => {
  const flat = (pr: string, sd: string) => [
    'Table 3. Best response by cohort', '',
    'AB-101 200 mg (n=50)AB-101 400 mg (n=48)Total (n=98)',
    'Best overall response, n (%)',
    ' Complete response4 (8.0)6 (12.5)10 (10.2)',
    ` Partial response${pr}15 (31.3)33 (33.7)`,
    ` Stable disease10 (20.0)12 (25.0)${sd}`,
    ' Progressive disease12 (24.0)9 (18.8)21 (21.4)',
  ].join('\n');
  const rows: [string, string, boolean][] = [
    ['a clean flattened table', flat('18 (36.0)', '22 (22.4)'), false],
    ['a share of the first column off', flat('18 (38.0)', '22 (22.4)'), true],
    ['a share of the total column off', flat('18 (36.0)', '22 (24.4)'), true],
    ['a share within its rounding (truncated)', flat('18 (36.0)', '22 (22.4)').replace('33 (33.7)', '33 (33.6)'), false],
  ];
  for (const [title, text, fires] of rows) {
    it(title, () => assert.equal(analyzeText(text).findings.some(f => f.code === 'percent-of-count'), fires,
      JSON.stringify(analyzeText(text).findings.map(f => f.message))));
  }
});

/** A table of one sized column lays its header over no other cells: its size needs no other share to bear it out. */
describe('table cells: a table of one sized column', () => {
  const one = (responders: string, rest = '| Non-responders, n (%) | 28 (70.0) |') =>
    ['| Outcome | Patients (N = 40) |', '|---|---|', `| Responders, n (%) | ${responders} |`, rest].join('\n');
  const rows: [string, string, boolean][] = [
    ['a share its size gives', one('12 (30.0)'), false],
    ['a share its size does not give', one('12 (35.0)'), true],
    ['the other share off too: nothing bears the size out', one('12 (35.0)', '| Non-responders, n (%) | 28 (75.0) |'), false],
    ['a share of another whole the column states (34 events)', one('12 (35.3)', '| Number of events | 34 |'), false],
  ];
  for (const [title, text, fires] of rows) it(title, () => assert.equal(model(text).findings.some(f => f.code === 'percent-of-count'), fires));
});

/** A caption's one size over a table of one value column that sizes none: held to it when the column bears it out. */
describe('table cells: the size a caption states', () => {
  const captioned = (pr: string, caption = 'Table 2. Responses to AB-101 (N = 40)') => [caption, '', '| Response | n (%) |', '|---|---|',
    '| Complete response | 4 (10.0) |', `| Partial response | ${pr} |`, '| Stable disease | 14 (35.0) |', '| Progressive disease | 10 (25.0) |'].join('\n');
  const rows: [string, string, boolean][] = [
    ['a share the caption\'s size gives', captioned('12 (30.0)'), false],
    ['a share it does not give', captioned('12 (35.0)'), true],
    ['a caption of two sizes says which of none', captioned('12 (35.0)', 'Table 2. Responses (N = 40; safety set N = 42)'), false],
  ];
  for (const [title, text, fires] of rows) it(title, () => assert.equal(model(text).findings.some(f => f.code === 'percent-of-count'), fires));
  it('a table of two value columns takes no caption size', () => {
    const text = ['Table 2. Responses (N = 40)', '', '| Response | Cohort A | Cohort B |', '|---|---|---|',
      '| Complete response | 4 (10.0) | 2 (10.0) |', '| Partial response | 12 (35.0) | 7 (35.0) |', '| Stable disease | 14 (35.0) | 6 (30.0) |'].join('\n');
    assert.ok(!model(text).findings.some(f => f.code === 'percent-of-count'));
  });
});

/** The groups' sizes on a body row of their own ("| N | 40 | 38 |", shares.json tableSizeRows), the header sizing none. */
describe('table cells: a row of the groups\' sizes', () => {
  const sized = (relapse: string, label = 'N') => ['| Outcome | AB-101 | Placebo |', '|---|---|---|', `| ${label} | 40 | 38 |`,
    '| Responders, n (%) | 12 (30.0) | 4 (10.5) |', '| Remission, n (%) | 6 (15.0) | 2 (5.3) |', `| Relapse, n (%) | 3 (7.5) | ${relapse} |`].join('\n');
  const rows: [string, string, boolean][] = [
    ['every share fits its column', sized('9 (23.7)'), false],
    ['a share off its column', sized('9 (24.7)'), true],
    ['the label in words', sized('9 (24.7)', 'Number of patients'), true],
    ['a row of another measure is no size', sized('9 (24.7)', 'Median age, years'), false],
  ];
  for (const [title, text, fires] of rows) it(title, () => assert.equal(model(text).findings.some(f => f.code === 'percent-of-count'), fires));
});

/** A table that never says "n (%)": its cells are read as counts and shares by those that fit the column's group. */
describe('table cells: a cell of the n (%) form off its group, in a table that names no unit', () => {
  const table = (headache: string) => ['Table 1. Adverse events', '', '| Event | AB-101 (N = 40) | Placebo (N = 38) |', '|---|---|---|',
    '| Nausea | 12 (30.0) | 4 (10.5) |', `| Headache | 6 (15.0) | ${headache} |`, '| Rash | 2 (5.0) | 1 (2.6) |'].join('\n');
  const rows: [string, string, boolean][] = [
    ['every cell fits its group', table('5 (13.2)'), false],
    ['one share off its group', table('5 (14.2)'), true],
    ['one share off, its count the same', table('5 (18.4)'), true],
    ['a bracket that is no share (above 100)', table('5 (131.6)'), false],
  ];
  for (const [title, text, fires] of rows) it(title, () => assert.equal(model(text).findings.some(f => f.code === 'percent-of-count'), fires));
  it('a lone row of two cells, one off, is not read as counts and shares', () =>
    assert.ok(!model(['| Event | AB-101 (N = 40) | Placebo (N = 38) |', '|---|---|---|', '| Nausea | 12 (35.0) | 4 (10.5) |'].join('\n')).findings.some(f => f.code === 'percent-of-count')));
});

/** A share alone in its cell, under a column whose pairs bear its size out: some whole number of the column gives it. */
describe('table cells: grim holds a lone proportion to its column\'s size', () => {
  // 50 give 42.0 % or 44.0 %, never 43.0 %
  const table = (orr: string, extra = '') => [
    '| Response | AB-101 (n=50) | AB-102 (n=48) |', '|---|---|---|',
    `| ORR, % (95% CI) | ${orr} | 43.8 (29.5 to 58.8) |`,
    '| Complete response, n (%) | 4 (8.0) | 6 (12.5) |', '| Partial response, n (%) | 18 (36.0) | 15 (31.3) |',
    '| Stable disease, n (%) | 10 (20.0) | 12 (25.0) |', extra].join('\n');
  const rows: [string, string, boolean][] = [
    ['a rate some count of the column gives', table('42.0 (28.2 to 56.8)'), false],
    ['a rate no count of 50 gives', table('43.0 (28.2 to 56.8)'), true],
    ['a rate of a section above, the row naming no proportion', table('42.0 (28.2 to 56.8)', '| 1-year survival, % | 43.0 | 44.0 |'), false],
    ['a model\'s estimate of a measure', table('42.0 (28.2 to 56.8)', '| DCR model-based, % | 43.0 | 44.0 |'), false],
    ['a landmark rate', table('42.0 (28.2 to 56.8)', '| ORR at 12 months, % | 43.0 | 44.0 |'), false],
  ];
  for (const [title, text, fires] of rows) {
    it(title, () => assert.equal(model(text).findings.some(f => f.code === 'grim'), fires,
      JSON.stringify(model(text).findings.map(f => f.message))));
  }
  it('a rate of a measure the column also counts is another statistic of it', () => {
    const text = ['| Outcome | AB-101 (n=40) | Placebo (n=35) |', '|---|---|---|',
      '| DCR observed, n (%) | 9 (22.5) | 4 (11.4) |', '| DCR, % | 19.3 | 12.1 |',
      '| Complete response, n (%) | 2 (5.0) | 1 (2.9) |', '| Partial response, n (%) | 7 (17.5) | 3 (8.6) |'].join('\n');
    assert.ok(!model(text).findings.some(f => f.code === 'grim'));
  });
});

describe('table cells: an interval not estimable above, in a row flattened by copy and paste', () => {
  const row = (a: string) => `Efficacy by subgroup\nPFS\n Median (95% CI), months16.0 (5.3-NE)${a} (9.3-NE)12.2 (4.1-NE)\n`;
  it('an estimate below its lower bound is reported', () =>
    assert.ok(analyzeText(row('7.2')).findings.some(f => f.code === 'ci-inconsistent')));
  it('an estimate above it is not', () =>
    assert.ok(!analyzeText(row('17.2')).findings.some(f => f.code === 'ci-inconsistent')));
});
