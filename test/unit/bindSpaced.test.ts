/**
 * Tables copied with their column gaps shrunk to single spaces: rows that end in two or more value cells apart by a
 * space ("ORR, n (%) 30 (25.0) 12 (10.1)"), a header whose words are the columns' labels ("Placebo 5 mg 10 mg
 * Combined", "Zelbotamab (n = 120) Chemotherapy (n = 119)"), and above it a drug over its dose columns or populations
 * each over a group of columns. Every example is invented.
 */
import { strict as assert } from 'assert';
import { FigureEntity } from '../../server/src/analysis';
import { readStructure, trailingValueCells } from '../../server/src/analysis/structure';
import { figuresOf } from '../helpers';

/** Arms by dose under a drug spanning them, a pooled column, the caption's time point and population. */
const DOSES = [
  'Table 2. Response at week 12 among efficacy-evaluable randomized patients',
  '',
  'Tovarimab',
  'Placebo 5 mg 10 mg Combined',
  'Evaluable patients, n 80 81 79 160',
  'ACR20 response 20 (25.0%) 36 (44.4%) 41 (51.9%) 77 (48.1%)',
  'ACR50 response 8 (10.0%) 19 (23.5%) 24 (30.4%) 43 (26.9%)',
].join('\n');

/** Arms with their sizes, populations each over two columns, a section's label between rows. */
const GROUPS = [
  'Variable Full analysis set Elderly subgroup',
  'Zelbotamab (n = 120) Chemotherapy (n = 119) Zelbotamab (n = 30) Chemotherapy (n = 28)',
  'Objective response',
  'ORR, n (%) 30 (25.0) 12 (10.1) 9 (30.0) 3 (10.7)',
  'Complete response 6 (5.0) 2 (1.7) 2 (6.7) 1 (3.6)',
].join('\n');

/** The same kind of rows with their values glued at signs: a change from baseline per arm. */
const SIGNED = [
  'Placebo 20 mg',
  'Change in HbA1c, % -0.2 (0.1)-1.1 (0.1)',
  'Change in body weight, kg -0.5 (0.3)-2.9 (0.3)',
].join('\n');

function figure(doc: string, text: string, nth = 0): FigureEntity {
  const f = figuresOf(doc).filter(x => x.text === text)[nth];
  assert.ok(f, `no figure "${text}" in: ${figuresOf(doc).map(x => x.text).join(' | ')}`);
  return f;
}

type Row = { doc: string; figure: string; nth?: number; arm?: string; drug?: string | null; subgroup?: string; timepoint?: string; endpoint?: string };

describe('binding: a table with single spaces between its columns binds each value to its column', () => {
  const rows: Row[] = [
    // a dose column under the drug that spans it; the placebo column has no drug; the caption gives time and population
    { doc: DOSES, figure: '25.0%', arm: 'placebo', drug: null, timepoint: '12 weeks', subgroup: 'efficacy-evaluable randomized patients', endpoint: 'ACR20' },
    { doc: DOSES, figure: '44.4%', arm: '5 mg', drug: 'tovarimab', timepoint: '12 weeks', endpoint: 'ACR20' },
    { doc: DOSES, figure: '51.9%', arm: '10 mg', drug: 'tovarimab' },
    { doc: DOSES, figure: '48.1%', arm: 'Combined', drug: 'tovarimab' },
    { doc: DOSES, figure: '81', arm: '5 mg', drug: 'tovarimab' },
    { doc: DOSES, figure: '30.4%', arm: '10 mg', endpoint: 'ACR50' },
    // a drug's own column is its arm; populations each over two columns
    { doc: GROUPS, figure: '25.0', arm: 'Zelbotamab', drug: 'zelbotamab', subgroup: 'Full analysis set', endpoint: 'ORR' },
    { doc: GROUPS, figure: '10.1', arm: 'Chemotherapy', subgroup: 'Full analysis set' },
    { doc: GROUPS, figure: '30.0', arm: 'Zelbotamab', subgroup: 'Elderly subgroup' },
    { doc: GROUPS, figure: '10.7', arm: 'Chemotherapy', subgroup: 'Elderly subgroup' },
    { doc: GROUPS, figure: '3.6', arm: 'Chemotherapy', subgroup: 'Elderly subgroup' },
    // values glued where a sign parts them (the sign after a closing bracket is the next value's own)
    { doc: SIGNED, figure: '-0.2', arm: 'placebo' },
    { doc: SIGNED, figure: '-1.1', arm: '20 mg' },
    { doc: SIGNED, figure: '-2.9', arm: '20 mg' },
  ];
  for (const r of rows) {
    it(`${JSON.stringify(r.figure)} in ${JSON.stringify(r.doc.split('\n').find(l => l.includes(r.figure)))}`, () => {
      const b = figure(r.doc, r.figure, r.nth).binding;
      if (r.arm !== undefined) assert.equal(b.arm, r.arm);
      if (r.drug !== undefined) assert.equal(b.drug, r.drug ?? undefined);
      if (r.subgroup !== undefined) assert.equal(b.subgroup, r.subgroup);
      if (r.timepoint !== undefined) assert.equal(b.timepoint, r.timepoint);
      if (r.endpoint !== undefined) assert.equal(b.endpoint, r.endpoint);
    });
  }
});

describe('structure: a line that ends in two or more value cells apart by single spaces', () => {
  const cases: [string, number][] = [
    ['ORR, n (%) 30 (25.0) 12 (10.1) 9 (30.0) 3 (10.7)', 4],
    ['95% CI 12.5-21.1 3.8-9.6', 2],
    ['Change, % -0.2 (0.1)-1.1 (0.1)', 2],
    ['Responders 20 (25.0%)36 (44.4%)', 2],
    // prose: a date, a year, one number at the end
    ['The study completed on June 30, 2020', 1],
    ['Enrolment closed with 120 patients', 0],
    ['Zelbotamab (n = 120) Chemotherapy (n = 119)', 0],
  ];
  for (const [line, n] of cases) it(JSON.stringify(line), () => assert.equal(trailingValueCells(line, { start: 0, end: line.length }), n));

  it('keeps the line ends of a paragraph of such rows, and wraps prose as before', () => {
    const table = ['Placebo 5 mg', 'Responders 20 (25.0%) 36 (44.4%)', 'Non-responders 60 (75.0%) 45 (55.6%)'].join('\n');
    assert.equal(readStructure(table, 'plaintext').reading, table);
    const prose = ['The trial enrolled 160 patients and the response rate', 'was 44.4% with the higher dose.'].join('\n');
    assert.notEqual(readStructure(prose, 'plaintext').reading, prose);
  });
});

describe('binding: words that are no column labels make no header', () => {
  // a line of prose with a placebo and a dose in it is no header: its other words are no arm's
  const PROSE = ['Patients received placebo or 10 mg daily', 'Responders 20 (25.0%) 36 (44.4%)', 'Non-responders 60 (75.0%) 45 (55.6%)'].join('\n');
  it('leaves the rows under a line of prose unbound to arms', () => {
    assert.equal(figure(PROSE, '44.4%').binding.arm, undefined);
  });
  // "Primary analysis Final analysis" names stages of the trial, no populations
  const STAGES = ['Primary analysis Final analysis', 'Zelbotamab (n = 40) Placebo (n = 41) Zelbotamab (n = 40) Placebo (n = 41)', 'ORR, n (%) 10 (25.0) 4 (9.8) 12 (30.0) 5 (12.2)'].join('\n');
  it('reads no population from stages of a trial over the columns', () => {
    assert.equal(figure(STAGES, '30.0').binding.subgroup, undefined);
  });
});
