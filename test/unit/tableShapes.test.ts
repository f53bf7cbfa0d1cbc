/**
 * The common shapes of clinical and financial tables, as copied from web pages into plain text and Markdown: each cell's
 * figure read with the kind and unit its header and row declare, and bound to the arm its column names and the endpoint
 * its row names. Every table is invented (Acme Bio, AB-101, made-up figures); each shape has negatives beside it.
 */
import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';
import type { FigureEntity } from '../../server/src/analysis';
import type { TextFormat } from '../../server/src/analysis/structure';

const LEAD = 'Acme Bio reported results for AB-101 in the ACME-1 study.\n\n';

/** A cell as it must be read: its text (the n-th of that text, from 1), kind, value, unit, and binding fields. */
interface Want { text: string; nth?: number; kind: string; value: number | [number, number]; unit: string; arm?: string; endpoint?: string; timepoint?: string; subgroup?: string }

function cellOf(figs: FigureEntity[], w: Want): FigureEntity {
  const all = figs.filter(f => f.text === w.text);
  const f = all[(w.nth ?? 1) - 1];
  assert.ok(f, `no figure ${JSON.stringify(w.text)} (${w.nth ?? 1}): ${figs.map(x => JSON.stringify(x.text)).join(', ')}`);
  return f;
}

function readsAs(title: string, table: string, wants: Want[], format: TextFormat = 'plaintext'): void {
  describe(title, () => {
    const figs = figuresOf(LEAD + table + '\n', format).filter(f => f.start >= LEAD.length);
    for (const w of wants) it(`${JSON.stringify(w.text)}${w.nth ? ` (${w.nth})` : ''} is ${w.kind} ${JSON.stringify(w.value)} ${w.unit}${w.arm ? `, arm ${w.arm}` : ''}${w.endpoint ? `, ${w.endpoint}` : ''}`, () => {
      const f = cellOf(figs, w);
      assert.deepEqual([f.figureKind, f.value, f.unit ?? ''], [w.kind, w.value, w.unit]);
      if (w.arm !== undefined) assert.equal(f.binding.arm, w.arm);
      if (w.endpoint !== undefined) assert.equal(f.binding.endpoint, w.endpoint);
      if (w.timepoint !== undefined) assert.equal(f.binding.timepoint, w.timepoint);
      if (w.subgroup !== undefined) assert.equal(f.binding.subgroup, w.subgroup);
    });
  });
}

// ---- a row of units under a header whose cells each span two columns, the corner's words moved down to it ----

readsAs('a row of units with the corner\'s words under arms that span two columns each', [
  '| | AB-101 | | Placebo | |',
  '| Event | n | % | n | % |',
  '| Nausea | 12 | 26.7 | 4 | 9.1 |',
  '| Fatigue | 5 | 11.1 | 1 | 2.3 |',
].join('\n'), [
  { text: '12', kind: 'count', value: 12, unit: 'patients', arm: 'AB-101', endpoint: 'Nausea' },
  { text: '26.7', kind: 'percent', value: 26.7, unit: '%', arm: 'AB-101', endpoint: 'Nausea' },
  { text: '4', kind: 'count', value: 4, unit: 'patients', arm: 'placebo' },
  { text: '9.1', kind: 'percent', value: 9.1, unit: '%', arm: 'placebo' },
  { text: '2.3', kind: 'percent', value: 2.3, unit: '%', arm: 'placebo', endpoint: 'Fatigue' },
]);

readsAs('the same with the arms\' sizes in the spanning cells, and a statistic beside the units', [
  '| | AB-101 (n=45) | | Placebo (n=44) | |',
  '| Adverse event | n | % | n | % |',
  '| Headache | 9 | 20.0 | 3 | 6.8 |',
].join('\n'), [
  { text: '9', kind: 'count', value: 9, unit: 'patients', arm: 'AB-101' },
  { text: '20.0', kind: 'percent', value: 20, unit: '%', arm: 'AB-101' },
  { text: '6.8', kind: 'percent', value: 6.8, unit: '%', arm: 'placebo' },
]);

readsAs('a row of units with a corner under arms that span one column each', [
  '| | AB-101 (N=45) | Placebo (N=44) |',
  '| Preferred term | n (%) | n (%) |',
  '| Rash | 7 (15.6) | 2 (4.5) |',
].join('\n'), [
  { text: '7', kind: 'count', value: 7, unit: 'patients', arm: 'AB-101', endpoint: 'Rash' },
  { text: '15.6', kind: 'percent', value: 15.6, unit: '%', arm: 'AB-101' },
  { text: '4.5', kind: 'percent', value: 4.5, unit: '%', arm: 'placebo' },
]);

// negatives: a body row whose label has words and whose cells hold values is no row of units; a row of words that are
// no units' names ("Mild", "Severe") is no row of units either, and its numbers below stay as written
readsAs('a body row right under the header stays a body row', [
  '| Event | AB-101 | Placebo |',
  '| Nausea | 12 | 4 |',
  '| Fatigue | 5 | 1 |',
].join('\n'), [
  { text: '12', kind: 'other', value: 12, unit: '', arm: 'AB-101', endpoint: 'Nausea' },
  { text: '4', kind: 'other', value: 4, unit: '', arm: 'placebo' },
]);

readsAs('a row of grades under the arms is no row of units', [
  '| | AB-101 | | Placebo | |',
  '| Event | Mild | Severe | Mild | Severe |',
  '| Nausea | 12 | 2 | 4 | 1 |',
].join('\n'), [
  { text: '12', kind: 'other', value: 12, unit: '' },
  { text: '2', kind: 'other', value: 2, unit: '' },
]);

// ---- a statement's header of periods written "Three months ended <date>", its rule under it ----

readsAs('a statement whose corner names the scale, over periods that end on a date, a rule under the header', [
  '| (in millions) | Three months ended March 31, 2031 | Three months ended March 31, 2030 |',
  '|---|---|---|',
  '| Revenue | $12.3 | $9.8 |',
  '| Research and development | 45.6 | 40.1 |',
].join('\n'), [
  { text: '$12.3', kind: 'money', value: 12300000, unit: 'USD', endpoint: 'Revenue' },
  { text: '$9.8', kind: 'money', value: 9800000, unit: 'USD' },
  { text: '45.6', kind: 'money', value: 45600000, unit: 'USD', endpoint: 'Research and development' },
  { text: '40.1', kind: 'money', value: 40100000, unit: 'USD' },
]);

readsAs('the same, the periods written "Six months to" a date, thousands', [
  '| (in thousands) | Six months to 30 June 2031 | Six months to 30 June 2030 |',
  '|---|---|---|',
  '| Revenue | £1,204 | £980 |',
  '| Administrative expenses | 3,517 | 2,208 |',
].join('\n'), [
  { text: '£1,204', kind: 'money', value: 1204000, unit: 'GBP' },
  { text: '3,517', kind: 'money', value: 3517000, unit: 'GBP' },
]);

readsAs('the same in Markdown', [
  '| (in millions) | Three months ended March 31, 2031 | Three months ended March 31, 2030 |',
  '|---|---|---|',
  '| Revenue | $12.3 | $9.8 |',
  '| Research and development | 45.6 | 40.1 |',
].join('\n'), [
  { text: '45.6', kind: 'money', value: 45600000, unit: 'USD' },
], 'markdown');

// negatives: a rule after the rows is a new table's (its cells keep their own reading); a length of time with no date
// after it is a cell of its row
readsAs('a second table under the statement\'s rows reads as written', [
  '| (in millions) | 2031 | 2030 |',
  '|---|---|---|',
  '| Revenue | $12.3 | $9.8 |',
  '',
  '| Cohort | Patients | Median follow-up |',
  '|---|---|---|',
  '| Cohort A | 45 | 14.2 |',
].join('\n'), [
  { text: '$12.3', kind: 'money', value: 12300000, unit: 'USD' },
  { text: '14.2', kind: 'other', value: 14.2, unit: '' },
]);

describe('a length of time with no date after it is no period of a header', () => {
  it('"12 months to progression" in a statement\'s neighbourhood stays a duration', () => {
    const figs = figuresOf(LEAD + 'Revenue (in thousands): $1,250. The median time was 12 months to progression.\n');
    const f = figs.find(x => x.text === '12 months');
    assert.ok(f);
    assert.equal(f.figureKind, 'duration');
  });
});

// ---- a statement's negatives written with the sign inside the brackets ----

readsAs('a negative sum written "$(4,687)" in a statement in thousands is read in the statement\'s scale, its sign kept', [
  'Acme Bio statements of operations (in thousands, except per share amounts)',
  'Quarter | Q1 2031 | Q2 2031',
  'Total revenues | $3,410 | $5,973',
  'Net loss | $(4,687) | $(11,897)',
  'Net loss per share | $(0.04) | $(0.11)',
].join('\n'), [
  { text: '$3,410', kind: 'money', value: 3410000, unit: 'USD' },
  { text: '$(4,687)', kind: 'money', value: -4687000, unit: 'USD' },
  { text: '$(11,897)', kind: 'money', value: -11897000, unit: 'USD' },
  // (a sum per share is never scaled)
  { text: '$(0.04)', kind: 'money', value: -0.04, unit: 'USD' },
]);

readsAs('a sum with its scale written stays as written, brackets or not', [
  'Acme Bio statements of operations (in thousands)',
  'Quarter | Q1 2031 | Q2 2031',
  'Total revenues | $3,410 | $5,973',
  'Net loss | $(4.7 million) | $(11.9 million)',
].join('\n'), [
  { text: '$3,410', kind: 'money', value: 3410000, unit: 'USD' },
  { text: '4.7 million', kind: 'money', value: 4700000, unit: 'USD' },
]);

// ---- placeholders in cells ("Ref", "Not reached", "NE"), a ratio's interval in brackets, a label's unit after a time point ----

readsAs('a row of ratios with a reference group\'s placeholder: each ratio and its interval in brackets', [
  '| Comparison | AB-101 10 mg (n=60) | AB-101 2 mg (n=58) | Placebo (n=59) |',
  '|---|---|---|---|',
  '| HR for death, vs placebo | 0.57 (0.45-0.73); p<0.001 | 0.70 (0.55-0.89) | Ref |',
  '| HR for death, 10 mg vs 2 mg | 0.81 (0.63-1.05) | Reference | NE |',
  '| Odds ratio for response | Not estimable | 1.52 (0.93-2.50) | Ref. |',
].join('\n'), [
  { text: '0.57', kind: 'ratio', value: 0.57, unit: 'HR' },
  { text: '0.45-0.73', kind: 'ci', value: [0.45, 0.73], unit: 'HR' },
  { text: '0.70', kind: 'ratio', value: 0.70, unit: 'HR' },
  { text: '0.55-0.89', kind: 'ci', value: [0.55, 0.89], unit: 'HR' },
  { text: '0.81', kind: 'ratio', value: 0.81, unit: 'HR' },
  { text: '0.63-1.05', kind: 'ci', value: [0.63, 1.05], unit: 'HR' },
  { text: '1.52', kind: 'ratio', value: 1.52, unit: 'OR' },
  { text: '0.93-2.50', kind: 'ci', value: [0.93, 2.5], unit: 'OR' },
]);

readsAs('a label that names a time point, then its numbers\' unit in brackets', [
  '| | AB-101 (n=60) | Placebo (n=59) |',
  '|---|---|---|',
  '| Mean time free of relapse over 12 months of follow-up (months) | 9.4 (8.8-10.0) | 7.1 (6.5-7.7) |',
  '| Relapse-free at 12 months, % | 61.2 | 44.0 |',
].join('\n'), [
  { text: '9.4', kind: 'duration', value: 9.4, unit: 'months' },
  { text: '7.1', kind: 'duration', value: 7.1, unit: 'months' },
  { text: '61.2', kind: 'percent', value: 61.2, unit: '%' },
]);

// negatives: a range in brackets after a measure that is no ratio stays its range (no interval); words in a cell that are no
// placeholder ("Responders only") keep the row out of its label's unit; a label whose only time is a time point
// declares no unit
readsAs('what stays as written beside them', [
  '| | AB-101 (n=60) | Placebo (n=59) |',
  '|---|---|---|',
  '| Age, years, median (range) | 61 (34-80) | 63 (29-82) |',
  '| HR for response | 1.40 (1.02-1.93) | responders only |',
  '| Patients event-free at 12 months | 40 | 31 |',
].join('\n'), [
  { text: '34-80', kind: 'duration', value: [34, 80], unit: 'years' },
  { text: '1.40', kind: 'other', value: 1.4, unit: '' },
  { text: '40', kind: 'other', value: 40, unit: '' },
]);

// ---- a table flattened from a web page: the header's cells one a line, its first row right under it, section labels
// between glued rows ----

readsAs('a flattened table whose first row stands right under the header\'s last size, a section\'s label between rows', [
  'Table 2. Response by independent review',
  '',
  'Cohort 1',
  'AB-101',
  '10 mg/kg (n=40)',
  'Cohort 2',
  'AB-101',
  '20 mg/kg (n=42)',
  'ORR, % (95% CI)30.0 (16.6 to 46.5)40.5 (25.6 to 56.7)',
  'Best overall response, n (%)',
  ' Complete response2 (5.0)4 (9.5)',
  ' Partial response10 (25.0)13 (31.0)',
  'Disease control rate, % (95% CI)62.5 (45.8 to 77.3)71.4 (55.4 to 84.3)',
].join('\n'), [
  { text: '30.0', kind: 'percent', value: 30, unit: '%', arm: '10 mg/kg', endpoint: 'ORR' },
  { text: '16.6 to 46.5', kind: 'ci', value: [16.6, 46.5], unit: '%', arm: '10 mg/kg' },
  { text: '40.5', kind: 'percent', value: 40.5, unit: '%', arm: '20 mg/kg', endpoint: 'ORR' },
  { text: '62.5', kind: 'percent', value: 62.5, unit: '%', arm: '10 mg/kg', endpoint: 'DCR' },
  { text: '71.4', kind: 'percent', value: 71.4, unit: '%', arm: '20 mg/kg', endpoint: 'DCR' },
]);

describe('a flattened table\'s cells carry their column\'s group size, and prose around it stays prose', () => {
  const text = LEAD + [
    'Cohort 1',
    'AB-101 10 mg/kg (n=40)',
    'Cohort 2',
    'AB-101 20 mg/kg (n=42)',
    'ORR, % (95% CI)30.0 (16.6 to 46.5)40.5 (25.6 to 56.7)',
    'Adverse events',
    ' Nausea12 (30.0)9 (21.4)',
    ' Fatigue8 (20.0)7 (16.7)',
    '',
    'The company said AcmeBio2 units',
    'were shipped in 2031.',
  ].join('\n') + '\n';
  const figs = figuresOf(text);
  it('a cell carries its column\'s size', () => {
    const f = figs.find(x => x.text === '40.5');
    assert.equal(f?.binding.n, 42);
    const g = figs.find(x => x.text === '12');
    assert.equal(g?.binding.n, 40);
    assert.equal(g?.figureKind, 'count');
  });
  it('a glued word alone in prose, away from the table, is no row: its line break is a soft wrap', () => {
    const f = figs.find(x => x.text === '2031');
    assert.ok(f);
    assert.equal(f.table, undefined);
  });
});

// ---- a registry's flow of participants as a table under its title ----

readsAs('a table under "Participant milestones" (one blank line between) counts participants', [
  'Participant milestones',
  '',
  '| Measure | AB-101 10 mg | Placebo |',
  '|---|---|---|',
  '| Overall Study STARTED | 120 | 118 |',
  '| Overall Study COMPLETED | 101 | 99 |',
  '| Overall Study NOT COMPLETED | 19 | 19 |',
].join('\n'), [
  { text: '120', kind: 'count', value: 120, unit: 'participants' },
  { text: '118', kind: 'count', value: 118, unit: 'participants', arm: 'placebo' },
  { text: '19', nth: 2, kind: 'count', value: 19, unit: 'participants' },
]);

// negatives: a title that names no count of people leaves the cells as written, and so does a note under the table
readsAs('a table under another title reads its numbers as written', [
  'Study visits by site',
  '',
  '| Measure | AB-101 10 mg | Placebo |',
  '|---|---|---|',
  '| Visits at site 1 | 120 | 118 |',
].join('\n'), [
  { text: '120', kind: 'other', value: 120, unit: '' },
]);

// ---- a column named by what its arm is, with no drug and no size: "Vehicle", "Sham", "Combination", "Low dose" ----

describe('a column named by its arm\'s kind alone gives its cells that arm', () => {
  const cases: [string, string][] = [
    ['Vehicle', 'Vehicle'], ['Sham', 'Sham'], ['Combination', 'Combination'], ['Monotherapy', 'Monotherapy'],
    ['Low dose', 'Low dose'], ['High-dose', 'High-dose'], ['Usual care', 'Usual care'], ['Waitlist', 'Waitlist'],
    ['Investigator\'s choice', 'Investigator\'s choice'], ['Verum', 'Verum'],
  ];
  for (const [head, arm] of cases) it(`"${head}"`, () => {
    const figs = figuresOf(`${LEAD}| Endpoint | ${head} | Other |\n|---|---|---|\n| ORR, % | 26.7 | 9.1 |\n`);
    assert.equal(figs.find(f => f.text === '26.7')?.binding.arm, arm);
  });
  // negatives: words that name no arm ("Other", "Part A", "Week 12") give none
  for (const head of ['Other', 'Part A', 'Results']) it(`"${head}" names no arm`, () => {
    const figs = figuresOf(`${LEAD}| Endpoint | ${head} | Total |\n|---|---|---|\n| ORR, % | 26.7 | 9.1 |\n`);
    assert.equal(figs.find(f => f.text === '26.7')?.binding.arm, undefined);
  });
  it('in prose, "the vehicle group" names the arm of the figure before it', () => {
    const figs = figuresOf('Acme Bio said itch improved by 2.1 points in the vehicle group.\n');
    assert.equal(figs.find(f => f.text === '2.1 points')?.binding.arm, 'vehicle');
  });
});

// ---- a column headed by the noun of the trial's people alone ----

readsAs('a column headed "Patients" holds counts of patients; a column of a group\'s shares stays as written', [
  '| Cohort | Patients | Women | ORR, % |',
  '|---|---|---|---|',
  '| Cohort A | 45 | 28.5 | 26.7 |',
  '| Cohort B | 44 | 31.8 | 9.1 |',
].join('\n'), [
  { text: '45', kind: 'count', value: 45, unit: 'patients' },
  { text: '44', kind: 'count', value: 44, unit: 'patients' },
  { text: '28.5', kind: 'other', value: 28.5, unit: '' },
  { text: '26.7', kind: 'percent', value: 26.7, unit: '%' },
]);

readsAs('a rate\'s row: the range in brackets after each share is its interval; a measure in per cent keeps its range', [
  '| | AB-101 (n=60) | Placebo (n=59) |',
  '|---|---|---|',
  '| Proportion free of progression at 6 months | 34% (27-41) | 16% (10-22) |',
  '| Body fat, % | 28% (22-34) | 27% (21-33) |',
].join('\n'), [
  { text: '27-41', kind: 'ci', value: [27, 41], unit: '%' },
  { text: '10-22', kind: 'ci', value: [10, 22], unit: '%' },
  // (no interval of the measure: a range of it, in its unit)
  { text: '22-34', kind: 'other', value: [22, 34], unit: '%' },
]);
