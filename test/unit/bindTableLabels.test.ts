/**
 * What a table's labels say of its cells: a row under the header that names the arms its cells span ("| Placebo |
 * Drugamab | | |" under "| Change from baseline (95% CI) | Difference | P |"), and a row label that opens with a
 * statistic's name ("LSM (SE) change to week 30"), whose values are that statistic of the section's measure, not
 * of a measure spelled like the statistic's abbreviation (LSM, liver stiffness). Every example is invented.
 */
import { strict as assert } from 'assert';
import { FigureEntity } from '../../server/src/analysis';
import { figuresOf } from '../helpers';

/** A header split over lines above its delimiter, and the arms on a row of their own under it. */
const SPANNED = [
  'Table 3.',
  'Outcomes at 16 weeks',
  'Change from baseline (95% CI) |',
  'Difference (95% CI) |',
  'P | ||',
  '---|---|---|---|---|',
  'Placebo | Zelbotamab | |||',
  'Pain score | -11.2 (-13.0, -9.4) | -16.8 (-18.6, -15.0) | -5.6 (-8.1, -3.1) | <0.001 |',
  'Function score | -9.1 (-11.0, -7.2) | -12.5 (-14.4, -10.6) | -3.4 (-6.0, -0.8) | 0.01 |',
].join('\n');

/** Sections named by their measure, a row of least-squares means under each. */
const STATISTICS = [
  'Measure | Placebo n = 40 | Tovarimab 10 mg n = 41 |',
  '---|---|---|',
  'Body weight, kg | ||',
  'Baseline | 98.1 (11.0) | 97.4 (12.3) |',
  'LSM (SE) change to week 30 | -0.4 (0.5) | -5.2 (0.5) |',
  'HbA1c, % | ||',
  'LS mean change from baseline | -0.1 (0.1) | -1.2 (0.1) |',
].join('\n');

function figure(doc: string, text: string, nth = 0): FigureEntity {
  const f = figuresOf(doc, 'markdown').filter(x => x.text === text)[nth];
  assert.ok(f, `no figure "${text}" in: ${figuresOf(doc, 'markdown').map(x => x.text).join(' | ')}`);
  return f;
}

describe('binding: a row of arms under a header that spans them', () => {
  const rows: { figure: string; arm?: string; drug?: string }[] = [
    { figure: '-11.2', arm: 'placebo' },
    { figure: '-9.1', arm: 'placebo' },
    { figure: '-16.8', drug: 'zelbotamab' },
    { figure: '-12.5', drug: 'zelbotamab' },
  ];
  for (const r of rows) it(r.figure, () => {
    const b = figure(SPANNED, r.figure).binding;
    if (r.arm) assert.equal(b.arm, r.arm);
    if (r.drug) assert.equal(b.drug, r.drug);
  });
});

describe('binding: a row label that opens with a statistic measures its section\u2019s measure', () => {
  const rows: { figure: string; endpoint: string; arm?: string }[] = [
    { figure: '-0.4', endpoint: 'body weight change', arm: 'placebo' },
    { figure: '-5.2', endpoint: 'body weight change', arm: '10 mg' },
    { figure: '-1.2', endpoint: 'HbA1c', arm: '10 mg' },
    { figure: '98.1', endpoint: 'body weight change' },
  ];
  for (const r of rows) it(r.figure, () => {
    const b = figure(STATISTICS, r.figure).binding;
    assert.equal(b.endpoint?.toLowerCase(), r.endpoint.toLowerCase());
    if (r.arm) assert.equal(b.arm, r.arm);
  });
});

/** Columns that are cohorts and analysis sets: populations, no arms. */
const COHORTS = [
  '| Response | Cohort A (n = 24) | Cohort B (n = 18) | Placebo cohort (n = 20) |',
  '|---|---|---|---|',
  '| ORR, n (%) | 9 (37.5) | 5 (27.8) | 1 (5.0) |',
].join('\n');
const GLUED_COHORTS = [
  'Dose-expansion results',
  '',
  'Cohort 1 (n=12)Cohort 2 (n=15)',
  'ORR, n (%)4 (33.3)6 (40.0)',
  'DCR, n (%)9 (75.0)11 (73.3)',
].join('\n');

describe('binding: a column named by a cohort or another population binds its population, not an arm', () => {
  const rows: { doc: string; format: 'markdown' | 'plaintext'; figure: string; subgroup?: string; arm?: string }[] = [
    { doc: COHORTS, format: 'markdown', figure: '37.5', subgroup: 'Cohort A' },
    { doc: COHORTS, format: 'markdown', figure: '27.8', subgroup: 'Cohort B' },
    // ("Placebo cohort" is an arm)
    { doc: COHORTS, format: 'markdown', figure: '5.0', arm: 'placebo' },
    { doc: GLUED_COHORTS, format: 'plaintext', figure: '33.3', subgroup: 'Cohort 1' },
    { doc: GLUED_COHORTS, format: 'plaintext', figure: '73.3', subgroup: 'Cohort 2' },
  ];
  for (const r of rows) it(`${r.figure} in ${JSON.stringify(r.doc.split('\n')[0])}`, () => {
    const f = figuresOf(r.doc, r.format).find(x => x.text === r.figure);
    assert.ok(f, `no figure ${r.figure}`);
    if (r.subgroup) { assert.equal(f!.binding.subgroup, r.subgroup); assert.equal(f!.binding.arm, undefined); }
    if (r.arm) assert.equal(f!.binding.arm, r.arm);
  });
});

describe('binding: a column named by what its arm is, or by its letter, is that arm', () => {
  const cases: [string, string, string | undefined][] = [
    ['| Outcome | Drugamab | Standard of care |', '20.0', 'Standard of care'],
    ['| Outcome | Drugamab + chemotherapy | Chemotherapy alone |', '20.0', 'Chemotherapy alone'],
    ['| Outcome | Arm A | Arm B |', '40.0', 'Arm A'],
    ['| Outcome | Group 1 | Group 2 |', '20.0', 'Group 2'],
    ['| Outcome | Active | Control |', '20.0', 'Control'],
    // words that name no arm: no arm ("Men", "Women" are populations the table does not call so)
    ['| Outcome | Men | Women |', '40.0', undefined],
  ];
  for (const [header, value, arm] of cases) it(`${value} under ${header}`, () => {
    const doc = [header, '|---|---|---|', '| ORR, n (%) | 12 (40.0) | 6 (20.0) |'].join('\n');
    const f = figuresOf(doc, 'markdown').find(x => x.text === value);
    assert.ok(f);
    assert.equal(f!.binding.arm, arm);
  });
});

describe('binding: a row label that states an age or a length as a threshold names a group, no time point', () => {
  const doc = ['| Subgroup | Patients, n | HR (95% CI) |', '|---|---|---|', '| <70 years | 1000 | 1.30 (1.07-1.57) |', '| \u226570 years | 526 | 1.70 (1.28-2.24) |', '| Week 12 | 480 | 0.90 (0.70-1.20) |'].join('\n');
  it('"<70 years"', () => { const f = figuresOf(doc, 'markdown').find(x => x.text === '1.30'); assert.equal(f!.binding.timepoint, undefined); assert.equal(f!.binding.subgroup, '<70 years'); });
  it('"\u226570 years"', () => { const f = figuresOf(doc, 'markdown').find(x => x.text === '1.70'); assert.equal(f!.binding.timepoint, undefined); });
  it('"Week 12" is a time point', () => { const f = figuresOf(doc, 'markdown').find(x => x.text === '0.90'); assert.equal(f!.binding.timepoint, '12 weeks'); });
});

describe('a column\'s time point named by a visit\'s code or a word of time before its number', () => {
  const cases: [string, string | undefined][] = [
    ['W12', '12 weeks'], ['Wk 24', '24 weeks'], ['M6 (n=40)', '6 months'], ['D28', '28 days'],
    ['Semaine 12', '12 weeks'], ['Vecka 24', '24 weeks'], ['Dag 28', '28 days'],
    // a code inside other words, or letters that name no time, are none
    ['MW12', undefined], ['Arm W12 extension', undefined], ['Q12', undefined],
  ];
  for (const [head, want] of cases) it(`"${head}"`, () => {
    const doc = `Acme Bio\n\n| Outcome | ${head} | Other |\n|---|---|---|\n| Response rate | 45.0 | 40.0 |\n`;
    assert.equal(figuresOf(doc, 'markdown').find(x => x.text === '45.0')!.binding.timepoint, want);
  });
});
