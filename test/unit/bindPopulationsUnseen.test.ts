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
