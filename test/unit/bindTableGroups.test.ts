/**
 * Tables whose groups are named by their rows and columns: a row opening with a threshold ("<65 years"), a mean
 * with its spread after a plus-minus sign as one cell, a corner word before the arms, a caption naming the safety set,
 * rows that give only their columns' sizes heading the rows under them, and a row of arms under a header of time
 * points. Every example is invented.
 */
import { strict as assert } from 'assert';
import { FigureEntity } from '../../server/src/analysis';
import { readStructure } from '../../server/src/analysis/structure';
import { entitiesOf, figuresOf } from '../helpers';

/** Single spaces between columns, a corner word, a row opening with a threshold, means with their SD after "±". */
const BASELINE = [
  'Table 1. Baseline characteristics',
  '',
  'Characteristic Tovarimab (n = 210) Placebo (n = 208) Overall (n = 418)',
  'Age, yr 51.2 ± 11.4 50.8 ± 12.0 51.0 ± 11.7',
  'Weight, kg 82.5 ± 14.1 81.9 ± 13.8 82.2 ± 13.9',
  'Walk distance, n (%)',
  ' ≤300 m 61 (29.0) 58 (27.9) 119 (28.5)',
  ' >300 m 149 (71.0) 150 (72.1) 299 (71.5)',
].join('\n');

/** A caption naming the safety set over a header of arms with their sizes. */
const SAFETY = [
  'Participants with serious adverse events during the second year (safety set data)',
  '',
  'Placebo (n = 4120) Velomivax (n = 8215)',
  'Any 140 (3.4%) 251 (3.1%)',
  ' Severe 22 (0.5%) 37 (0.5%)',
].join('\n');

/** Pipes; a header of time points over the columns, a row of arms under it with the control second, size rows heading populations. */
const GROUPS = [
  'Responders by prior therapy (ITT population)',
  'Week 16 | Week 40 | |||',
  'Tovarimab | Placebo | Difference (95% CI) | Tovarimab/open-label tovarimab |',
  'All patients | n=150 | n=148 | n=150 | |',
  'ACR20 | 41.3 | 20.9 | 20.4 (10.1 to 30.7) | 52.0 |',
  'Biologic-naive | n=60 | n=58 | n=60 | |',
  'ACR20 | 48.3 | 22.4 | 25.9 (9.0 to 42.8) | 58.3 |',
  'Biologic-experienced | n=90 | n=90 | n=90 | |',
  'ACR20 | 36.7 | 20.0 | 16.7 (3.9 to 29.5) | 47.8 |',
].join('\n');

/** A statement one cell a line: periods as columns under the words that say what they end, a year for the dates, dashes for none. */
const STATEMENT = [
  'Quarterly results (unaudited)',
  'Quarter Ended',
  'March 31',
  'June 30',
  'September 30',
  '(in thousands, except per share amounts)',
  '2031',
  'License revenue',
  '$',
  '—',
  '$',
  '2,500',
  '$',
  '—',
  'Research and development',
  '7,210',
  '8,045',
  '9,130',
  'Net loss',
  '$',
  '(7,980',
  ')',
  '$',
  '(6,102',
  ')',
  '$',
  '(10,344',
  ')',
].join('\n');

/** One cell a paragraph: a caption, the corner, age groups over the arms, a size alone in a cell, then rows. */
const PARAGRAPHS = [
  'Table 2 Baseline characteristics (full analysis set)',
  '',
  'From: A randomized trial of tovarimab in invented disease',
  '',
  'Characteristics',
  '',
  '<60 years',
  '',
  '≥60 years',
  '',
  'Tovarimab n = 90',
  '',
  'Placebo n = 88',
  '',
  'Tovarimab',
  '',
  'Placebo',
  '',
  '(n = 70)',
  '',
  '(n = 72)',
  '',
  'Sex, female',
  '',
  '41 (45.6)',
  '',
  '40 (45.5)',
  '',
  '30 (42.9)',
  '',
  '33 (45.8)',
  '',
  'Weight, kg',
  '',
  '78.1 ± 12.2',
  '',
  '77.4 ± 11.9',
  '',
  '74.0 ± 10.8',
  '',
  '75.3 ± 11.1',
].join('\n');

/** Two periods over a row of years, two years each; a row's label of many words. */
const HALVES = [
  '| | Three Months Ended March 31 | | Six Months Ended March 31 |',
  '$000 | | 2031 | | 2030 | | 2031 | | 2030 |',
  'Revenue from the collaboration and license agreements with partners in the territories other than Europe | | 1,200 | | 900 | | 2,300 | | 1,700 |',
  'Net loss | | (4,100 | ) | (3,900 | ) | (8,000 | ) | (7,600 | ) |',
].join('\n');

function figure(doc: string, text: string, format: 'plaintext' | 'markdown' = 'plaintext'): FigureEntity {
  const f = figuresOf(doc, format).find(x => x.text === text);
  assert.ok(f, `no figure "${text}" in: ${figuresOf(doc, format).map(x => x.text).join(' | ')}`);
  return f;
}

type Row = { doc: string; figure: string; format?: 'markdown'; arm?: string | null; drug?: string | null; subgroup?: string | null; timepoint?: string | null; endpoint?: string };

describe('binding: rows and columns that name a table\'s groups', () => {
  const rows: Row[] = [
    // the corner word is no part of the first arm; a mean and its spread are one cell of their column
    { doc: BASELINE, figure: '51.2', arm: 'Tovarimab', drug: 'tovarimab' },
    { doc: BASELINE, figure: '11.4', arm: 'Tovarimab' },
    { doc: BASELINE, figure: '50.8', arm: 'placebo', drug: null },
    { doc: BASELINE, figure: '51.0', arm: null, subgroup: 'Overall' },
    { doc: BASELINE, figure: '81.9', arm: 'placebo' },
    // rows opening with a threshold stay rows of the table
    { doc: BASELINE, figure: '27.9', arm: 'placebo' },
    { doc: BASELINE, figure: '71.0', arm: 'Tovarimab' },
    // the caption's safety set is every cell's population
    { doc: SAFETY, figure: '3.4%', arm: 'placebo', subgroup: 'safety set' },
    { doc: SAFETY, figure: '0.5%', arm: 'placebo', subgroup: 'safety set' },
    { doc: SAFETY, figure: '3.1%', arm: 'Velomivax', subgroup: 'safety set' },
    // a row of arms with the control second names the columns; size rows head their populations
    { doc: GROUPS, format: 'markdown', figure: '41.3', arm: 'Tovarimab', drug: 'tovarimab', subgroup: 'All patients', endpoint: 'ACR20' },
    { doc: GROUPS, format: 'markdown', figure: '20.9', arm: 'placebo', drug: null, subgroup: 'All patients' },
    { doc: GROUPS, format: 'markdown', figure: '52.0', arm: 'Tovarimab/open-label tovarimab', subgroup: 'All patients' },
    { doc: GROUPS, format: 'markdown', figure: '48.3', arm: 'Tovarimab', subgroup: 'Biologic-naive', endpoint: 'ACR20' },
    { doc: GROUPS, format: 'markdown', figure: '22.4', arm: 'placebo', subgroup: 'Biologic-naive' },
    { doc: GROUPS, format: 'markdown', figure: '36.7', arm: 'Tovarimab', subgroup: 'Biologic-experienced' },
    { doc: GROUPS, format: 'markdown', figure: '47.8', subgroup: 'Biologic-experienced' },
    // one cell a paragraph: the arms are the header's last cells, the groups before them populations over two columns each
    { doc: PARAGRAPHS, figure: '45.6', arm: 'Tovarimab', drug: 'tovarimab', subgroup: '<60 years' },
    { doc: PARAGRAPHS, figure: '45.5', arm: 'placebo', drug: null, subgroup: '<60 years' },
    { doc: PARAGRAPHS, figure: '42.9', arm: 'Tovarimab', subgroup: '≥60 years' },
    { doc: PARAGRAPHS, figure: '11.1', arm: 'placebo', subgroup: '≥60 years' },
    { doc: PARAGRAPHS, figure: 'n = 72', arm: 'placebo', subgroup: '≥60 years' },
    // which columns each time point spans the arms say: their names start over under the second ("Tovarimab" again)
    { doc: GROUPS, format: 'markdown', figure: '41.3', timepoint: '16 weeks' },
    { doc: GROUPS, format: 'markdown', figure: '52.0', timepoint: '40 weeks' },
    // and where they do not start over, none is guessed
    { doc: GROUPS.replace('Tovarimab/open-label tovarimab', 'Open-label extension'), format: 'markdown', figure: '52.0', timepoint: null },
  ];
  for (const r of rows) {
    it(`${JSON.stringify(r.figure)} in ${JSON.stringify(r.doc.split('\n').find(l => l.includes(r.figure)))}`, () => {
      const b = figure(r.doc, r.figure, r.format).binding;
      if (r.arm !== undefined) assert.equal(b.arm, r.arm ?? undefined);
      if (r.drug !== undefined) assert.equal(b.drug, r.drug ?? undefined);
      if (r.subgroup !== undefined) assert.equal(b.subgroup, r.subgroup ?? undefined);
      if (r.timepoint !== undefined) assert.equal(b.timepoint, r.timepoint ?? undefined);
      if (r.endpoint !== undefined) assert.equal(b.endpoint, r.endpoint);
    });
  }
});

describe('binding: a statement copied one cell a line binds each number to its column\'s period', () => {
  const cases: [string, string][] = [
    ['2,500', 'Quarter Ended June 30, 2031'],
    ['7,210', 'Quarter Ended March 31, 2031'],
    ['9,130', 'Quarter Ended September 30, 2031'],
    ['6,102', 'Quarter Ended June 30, 2031'],
    ['10,344', 'Quarter Ended September 30, 2031'],
  ];
  for (const [text, period] of cases) it(`${text}: ${period}`, () => {
    const f = figuresOf(STATEMENT).find(x => x.text.replace(/^\$\s*/, '') === text);
    assert.ok(f, `no figure ${text} in: ${figuresOf(STATEMENT).map(x => x.text).join(' | ')}`);
    assert.equal(f.binding.timepoint, period);
  });
  const halves: [string, string][] = [
    ['1,200', 'Three Months Ended March 31, 2031'],
    ['900', 'Three Months Ended March 31, 2030'],
    ['2,300', 'Six Months Ended March 31, 2031'],
    ['7,600', 'Six Months Ended March 31, 2030'],
  ];
  for (const [text, period] of halves) it(`${text} under a row of years: ${period}`, () => {
    const f = figuresOf(HALVES, 'markdown').find(x => x.text.replace(/^\(/, '') === text);
    assert.ok(f, `no figure ${text} in: ${figuresOf(HALVES, 'markdown').map(x => x.text).join(' | ')}`);
    assert.equal(f.binding.timepoint, period);
  });
  it('reads the periods under "3 Months Ended" and "9 Months Ended", each date with its year', () => {
    const doc = ['3 Months Ended', '9 Months Ended', 'Sep. 30, 2031', 'Sep. 30, 2030', 'Sep. 30, 2031', 'Sep. 30, 2030', 'Grant revenue', '410', '380', '1,250', '990'].join('\n');
    assert.equal(figuresOf(doc).find(x => x.text === '1,250')?.binding.timepoint, '9 Months Ended Sep. 30, 2031');
    assert.equal(figuresOf(doc).find(x => x.text === '380')?.binding.timepoint, '3 Months Ended Sep. 30, 2030');
  });
  it('reads the same when the lines are wrapped into one', () => {
    const one = STATEMENT.replace(/\n/g, ' ');
    assert.equal(figuresOf(one).find(x => x.text.endsWith('9,130'))?.binding.timepoint, 'Quarter Ended September 30, 2031');
  });
  it('reads a year written before the words over the dates as the dates\' year, across rows of empty cells', () => {
    // one cell a line with a bar before each, as a filing's viewer copies it; a row of empty cells, and a head with
    // none, hold many bars and no words
    const cells = (xs: string[]) => xs.flatMap(x => ['|', x]);
    const empty = Array.from({ length: 16 }, () => '|');
    const doc = ['Selected quarterly data', '|', '2031 Quarter Ended', ...cells(['March 31', 'June 30', 'September 30', 'December 31']),
      'Grant revenue', ...cells(['$', '—', '$', '—', '$', '—', '$', '—']), 'Operating expenses:', ...empty,
      'Research and development', ...cells(['4,120', '3,980', '4,410', '4,655'])].join('\n');
    assert.equal(figuresOf(doc).find(x => x.text === '4,410')?.binding.timepoint, 'Quarter Ended September 30, 2031');
    assert.equal(figuresOf(doc).find(x => x.text === '4,655')?.binding.endpoint, 'Research and development');
  });
});

describe('binding: a statement\'s row label is what its cells measure', () => {
  const measures: [string, string][] = [
    ['2,500', 'License revenue'],
    ['8,045', 'Research and development'],
    ['6,102', 'Net loss'],
  ];
  for (const [text, measure] of measures) it(`${text}: ${measure}`, () => {
    const f = figuresOf(STATEMENT).find(x => x.text.replace(/^\$\s*/, '').replace(/^\(/, '') === text);
    assert.ok(f, `no figure ${text}`);
    assert.equal(f.binding.endpoint, measure);
  });
  it('takes the row\'s own label under a head over the rows, a label opening with a bracket whole', () => {
    const doc = ['3 Months Ended', '9 Months Ended', 'Sep. 30, 2031', 'Sep. 30, 2030', 'Sep. 30, 2031', 'Sep. 30, 2030',
      'Operating expenses:', 'Grant costs', '410', '380', '1,250', '990', '(Loss) income before taxes', '(12', ')', '7', '(30', ')', '4'].join('\n');
    assert.equal(figuresOf(doc).find(x => x.text === '1,250')?.binding.endpoint, 'Grant costs');
    assert.equal(figuresOf(doc).find(x => x.text === '7')?.binding.endpoint, '(Loss) income before taxes');
  });
  it('reads the same when the lines are wrapped into one', () => {
    const one = STATEMENT.replace(/\n/g, ' ');
    assert.equal(figuresOf(one).find(x => x.text.endsWith('9,130'))?.binding.endpoint, 'Research and development');
  });
});

describe('structure: a row that opens with a threshold is a row of its table', () => {
  it('keeps the line ends of a paragraph whose rows open with "<", ">", "≤" or "≥" and a number', () => {
    const table = ['Age group Placebo 5 mg', '<65 years 20 (25.0%) 36 (44.4%)', '≥65 years 60 (75.0%) 45 (55.6%)'].join('\n');
    assert.equal(readStructure(table, 'plaintext').reading, table);
  });
});

describe('binding: a row label the document names an endpoint by elsewhere is that endpoint', () => {
  it('binds the cells of "Complete remission" (a footnote letter glued to it) to the endpoint the prose names so', () => {
    const doc = 'Tovarimab induced a complete remission in more patients than placebo did.\n\n| Outcome | Tovarimab (n=40) | Placebo (n=40) |\n|---|---|---|\n| Complete remissionb | 12 (30.0%) | 5 (12.5%) |\n';
    const entities = entitiesOf(doc, 'endpoint', 'markdown');
    const named = entities.find(e => /complete remission/i.test(e.text))?.name;
    assert.ok(named && named !== 'Complete remission', `the prose's endpoint: ${named}`);
    const f = figuresOf(doc, 'markdown').find(x => x.text === '30.0%');
    assert.equal(f?.binding.endpoint, named);
  });
  it('leaves a label the document names no endpoint by as it is', () => {
    const doc = 'Tovarimab was studied against placebo.\n\n| Outcome | Tovarimab (n=40) | Placebo (n=40) |\n|---|---|---|\n| Walk distance gain | 12 (30.0%) | 5 (12.5%) |\n';
    assert.equal(figuresOf(doc, 'markdown').find(x => x.text === '30.0%')?.binding.endpoint, 'Walk distance gain');
  });
});

describe('binding: a column that pools the arms is of the one drug they name', () => {
  it('binds the cells of "Total" in a table copied one cell a line to the drug of its arms', () => {
    const doc = ['Table 3', '', 'Response by dose group', '', 'Cohort A', 'tovarimab', '5 mg/kg (n=30)', 'Cohort B', 'tovarimab', '10 mg/kg (n=32)', 'Total', '(n=62)',
      'ORR, % (95% CI)40.0 (22.7 to 59.4)46.9 (29.1 to 65.3)43.5 (31.0 to 56.7)',
      'Complete response3 (10.0)5 (15.6)8 (12.9)'].join('\n');
    const figures = figuresOf(doc);
    const total = figures.find(x => x.text === '43.5');
    assert.ok(total?.table, `read as a table's cell: ${JSON.stringify(total?.table)}`);
    assert.equal(total?.binding.drug, 'tovarimab');
  });
  it('binds the cells of "All doses" in a pipe table, and leaves a pooled column of two drugs alone', () => {
    const one = 'Tovarimab was given at two doses.\n\n| Outcome | Tovarimab 5 mg (n=30) | Tovarimab 10 mg (n=32) | All doses (n=62) |\n|---|---|---|---|\n| Responders | 12 (40.0%) | 15 (46.9%) | 27 (43.5%) |\n';
    assert.equal(figuresOf(one, 'markdown').find(x => x.text === '27 (43.5%)' || x.text === '43.5%')?.binding.drug, 'tovarimab');
    const two = 'Tovarimab and zelbotinib were given.\n\n| Outcome | Tovarimab (n=30) | Zelbotinib (n=32) | All patients (n=62) |\n|---|---|---|---|\n| Responders | 12 (40.0%) | 15 (46.9%) | 27 (43.5%) |\n';
    assert.equal(figuresOf(two, 'markdown').find(x => x.text === '27 (43.5%)' || x.text === '43.5%')?.binding.drug, undefined);
  });
});

describe('binding: a row label that is whole one of the lexicon\'s names of an endpoint binds it', () => {
  const doc = ['Table 2', '', 'Response at week 12', '', 'OutcomePlacebo (N=30)Tovarimab 10 mg (N=31)', 'Response, n (%)',
    ' ACR206 (20.0)14 (45.2)', ' Partial response3 (10.0)5 (16.1)'].join('\n');
  it('reads "ACR20" off a row whose first cell is glued to it, and "Partial response" as the endpoint it names', () => {
    const figures = figuresOf(doc);
    const acr = figures.find(x => x.text === '45.2');
    assert.equal(acr?.table?.row, 'ACR20');
    assert.equal(acr?.binding.endpoint, 'ACR20');
    const pr = figures.find(x => x.text === '16.1');
    assert.ok(pr?.binding.endpoint && pr.binding.endpoint !== 'Partial response', `bound: ${pr?.binding.endpoint}`);
  });
});

describe('binding: a population named in brackets is named without them', () => {
  it('reads a section row\'s "(full analysis set)" as "full analysis set"', () => {
    const doc = 'Table 2: Key results.\n\n| | Tovarimab (n=120) | Placebo (n=118) |\n|---|---|---|\n| Overall survival (full analysis set) | | |\n| Patients with event (%) | 61 (51%) | 80 (68%) |\n';
    const f = figuresOf(doc, 'markdown').find(x => x.text === '51%' || x.text === '61 (51%)');
    assert.equal(f?.binding.subgroup, 'full analysis set');
  });
});

describe('binding: a row that gives the change of the measure named above it measures it', () => {
  const doc = 'Table 2. Results (full analysis set).\n\n| Measure | Tovarimab, 10 mg | Placebo |\n|---|---|---|\n| HAMD-17 total score, No. | 98 | 97 |\n| Change from baseline to week 6, mean (SE) | −9.1 (0.8) | −6.0 (0.8) |\n| P value | .01 | NA |\n';
  it('binds the change row to the endpoint the row above named, and a p-value\'s row (of that comparison) too, its cells still p-values', () => {
    const figures = figuresOf(doc, 'markdown');
    const named = figures.find(x => x.text === '98')?.binding.endpoint;
    assert.ok(named, 'the count row names its endpoint');
    assert.equal(figures.find(x => x.text === '−9.1')?.binding.endpoint, named);
    const p = figures.find(x => x.text === '.01');
    assert.equal(p?.binding.endpoint, named);
    assert.equal(p?.figureKind, 'pvalue');
    assert.equal(p?.binding.timepoint, '6 weeks');
  });
});
