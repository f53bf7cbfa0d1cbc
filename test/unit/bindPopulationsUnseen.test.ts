/**
 * Populations and arms as a careful reader binds them in text the tool was not written on: column groups of unequal
 * width over a table's arms, each group opening where the first arm's label comes again. Every example is invented.
 */
import { strict as assert } from 'assert';
import { FigureEntity, TextFormat } from '../../server/src/analysis';
import { figuresOf } from '../helpers';

function figure(doc: string, text: string, format?: TextFormat, nth = 0): FigureEntity {
  const all = figuresOf(doc, format).filter(x => x.text === text);
  assert.ok(all[nth], `no figure "${text}" (#${nth}) in: ${figuresOf(doc, format).map(x => x.text).join(' | ')}`);
  return all[nth];
}

/** Pipes; three column groups over seven columns (the first with a p-value column of its own), the header without a corner. */
const UNEVEN = [
  'Table 3.',
  'All Treated | Weight <80 kg | Weight ≥80 kg | |||||',
  'AB-101 (n=90) | Placebo (n=88) | P-value | AB-101 (n=50) | Placebo (n=47) | AB-101 (n=40) | Placebo (n=41) |',
  'Days with fever, mean (SD) | 2 (1.1) | 5 (2.3) | P<0.001 | 2 (1.0) | 4 (2.2) | 3 (1.4) | 6 (2.5) |',
  'Patients with rash, n (%) | 9 (10.0) | 30 (34.1) | P=0.002 | 4 (8.0) | 15 (31.9) | 5 (12.5) | 15 (36.6) |',
].join('\n');

describe('binding: column groups of unequal width over the arms', () => {
  const rows: { figure: string; nth?: number; arm?: string; subgroup: string }[] = [
    { figure: 'n=90', arm: 'AB-101', subgroup: 'All Treated' },
    { figure: 'n=88', arm: 'placebo', subgroup: 'All Treated' },
    { figure: 'n=50', arm: 'AB-101', subgroup: 'Weight <80 kg' },
    { figure: 'n=41', arm: 'placebo', subgroup: 'Weight ≥80 kg' },
    { figure: '5', arm: 'placebo', subgroup: 'All Treated' },
    { figure: 'P<0.001', subgroup: 'All Treated' },
    { figure: '34.1', arm: 'placebo', subgroup: 'All Treated' },
    { figure: '31.9', arm: 'placebo', subgroup: 'Weight <80 kg' },
    { figure: '12.5', arm: 'AB-101', subgroup: 'Weight ≥80 kg' },
    { figure: '36.6', arm: 'placebo', subgroup: 'Weight ≥80 kg' },
  ];
  for (const r of rows) it(`${r.figure}: ${r.arm ?? '(no arm)'}, ${r.subgroup}`, () => {
    const b = figure(UNEVEN, r.figure, 'markdown', r.nth).binding;
    if (r.arm !== undefined) assert.equal(b.arm, r.arm);
    assert.equal(b.subgroup, r.subgroup);
  });
  it('lays no uneven groups when no label comes again', () => {
    const doc = ['All Treated | Weight <80 kg | |||', 'AB-101 (n=90) | Placebo (n=88) | AB-102 (n=50) |', 'Days with fever | 2 | 5 | 3 |'].join('\n');
    assert.notEqual(figure(doc, '3', 'markdown').binding.subgroup, 'All Treated');
  });
});

describe('binding: a group named by an age threshold alone', () => {
  const cases: { doc: string; figure: string; subgroup: string | undefined }[] = [
    { doc: 'The ORR was 41 % (95% CI: 30-52) for ≥65 yrs and 38 % (95% CI: 25-50) for<65 yrs.', figure: '41 %', subgroup: '≥65 yrs' },
    { doc: 'The ORR was 41 % (95% CI: 30-52) for ≥65 yrs and 38 % (95% CI: 25-50) for<65 yrs.', figure: '38 %', subgroup: '<65 yrs' },
    { doc: 'Groups (≥65: n=40, 20%; <65: n=160, 80%) were alike at baseline.', figure: 'n=40', subgroup: '≥65' },
    { doc: 'Groups (≥65: n=40, 20%; <65: n=160, 80%) were alike at baseline.', figure: 'n=160', subgroup: '<65' },
    { doc: 'The mean cycles of AB-101 for pts ≥65 were 7.5 and for pts <65 were 9.5.', figure: '7.5', subgroup: '≥65' },
    { doc: 'The mean cycles of AB-101 for pts ≥65 were 7.5 and for pts <65 were 9.5.', figure: '9.5', subgroup: '<65' },
    { doc: 'The median ages were 71 yrs (≥65) and 52 yrs (<65).', figure: '52 yrs', subgroup: '<65' },
    // (a threshold with a share, a dose or another unit after it is no group of patients)
    { doc: 'AB-101 was given for ≥6 months in 30 patients.', figure: '30 patients', subgroup: undefined },
    { doc: 'The ORR was 20 % in patients with a TPS of ≥1% and 30 % in those with ≥50%.', figure: '30 %', subgroup: undefined },
  ];
  for (const c of cases) it(`${c.figure} in ${JSON.stringify(c.doc)}: ${c.subgroup}`, () => {
    const b = figure(c.doc, c.figure).binding;
    if (c.subgroup === undefined) assert.ok(!/^[≥≤<>]/.test(b.subgroup ?? ''), `read ${b.subgroup}`);
    else assert.equal(b.subgroup, c.subgroup);
  });
});

describe('binding: a dose no reading gave an arm names its own arm', () => {
  it('reads each dose of a trial of doses as its arm', () => {
    const doc = 'Significantly more patients in the AB-101 2 mg group achieved remission. In the 1 mg group, 20 % did.';
    assert.equal(figure(doc, '2 mg').binding.arm, '2 mg');
    assert.equal(figure(doc, '1 mg').binding.arm, '1 mg');
  });
  it('gives no arm to a result in a dose\'s unit', () => {
    const doc = 'FEV1 improved by 110 mL for the 2 mg dose and by 150 mL for the 4 mg dose.';
    assert.equal(figure(doc, '110 mL').binding.arm, undefined);
  });
  it('gives a single dose no arm of its own', () => {
    const doc = 'Patients received AB-101 at 200 mg once daily. The ORR was 30 %.';
    assert.equal(figure(doc, '200 mg once daily').binding.arm, undefined);
  });
});

describe('binding: the whole set a clause counts in, and "all" before words of taking part', () => {
  const doc = 'Of all treated patients in part 2 (n=1,240), 610 (49%) were evaluable. Of 1,204 patients, 600 responded. '
    + 'PFS at one year was higher with AB-101 than with chemotherapy among all randomized patients in part 1 (30.9% vs. 17.0%; HR 0.83).';
  const cases: [string, string][] = [
    ['n=1,240', 'all treated patients in part 2'],
    ['610', 'all treated patients in part 2'],
    ['600', '1,204 patients'],
    ['30.9%', 'all randomized patients'],
    ['0.83', 'all randomized patients'],
  ];
  for (const [text, subgroup] of cases) it(`${text}: ${subgroup}`, () => assert.equal(figure(doc, text).binding.subgroup, subgroup));
  it('still reads "in all patients" as no group', () => {
    assert.equal(figure('The ORR was 30 % in all patients.', '30 %').binding.subgroup, undefined);
  });
});

describe('binding: a word the document defines by an age threshold in brackets names that group', () => {
  const doc = 'Acme Bio compared AB-101 in older (≥65 yrs) vs. younger (<65 yrs) patients. '
    + 'Baseline traits differed (older, female: 60%/40%; younger, female: 45%/55%). '
    + 'The 1-year OS rates for the older were 58% and 40%. For younger pts, the rates were 66% and 52%.';
  const cases: [string, string][] = [['60%', '≥65 yrs'], ['45%', '<65 yrs'], ['58%', '≥65 yrs'], ['66%', '<65 yrs']];
  for (const [text, subgroup] of cases) it(`${text}: ${subgroup}`, () => assert.equal(figure(doc, text).binding.subgroup, subgroup));
  it('defines no group by the patients\' own noun', () => {
    const d = 'Patients (≥65 yrs) were few. For patients, the ORR was 30 %.';
    assert.notEqual(figure(d, '30 %').binding.subgroup, '≥65 yrs');
  });
});

describe('binding: a column pooled over a drug\'s doses is that drug\'s arm', () => {
  const doc = [
    'Table 2.',
    'Adverse events during treatment (Safety Population)',
    'q-ABX (all doses) (N = 90), n (%) | Placebo (N = 45), n (%) | |',
    '---|---|---|',
    'Any adverse event | 30 (33.3) | 12 (26.7) |',
  ].join('\n');
  // (a name the recogniser does not know as a drug: the pooled doses alone make it an arm)
  it('reads the pooled column as an arm, the caption\'s set as the population', () => {
    const b = figure(doc, '33.3', 'markdown').binding;
    assert.ok(/all doses/.test(b.arm ?? ''), `arm ${b.arm}`);
    assert.equal(b.subgroup, 'Safety Population');
  });
});

describe('binding: an arm\'s size in a glued header is its size in the caption\'s population', () => {
  const doc = [
    'Table 4',
    '',
    'Summary of outcomes at week 12 in the per-protocol population',
    '',
    'Placebo (n=40)5 mg (n=38)20 mg (n=41)',
    'Response rate, n/N (%)6/40 (15.0)12/38 (31.6)18/41 (43.9)',
  ].join('\n');
  for (const [text, arm] of [['n=40', 'placebo'], ['n=41', '20 mg']] as const) it(`${text}: ${arm}, per-protocol population`, () => {
    const b = figure(doc, text).binding;
    assert.equal(b.arm, arm);
    assert.equal(b.subgroup, 'per-protocol population');
  });
});
