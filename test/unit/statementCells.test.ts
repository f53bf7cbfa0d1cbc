/**
 * Financial statements flattened one cell a line (statementCells.ts): each row an invented
 * statement and the cells it must be read as. The scale comes from the title, the currency from
 * the title or from the signs written on their own lines, the sign from the brackets.
 */
import { strict as assert } from 'assert';
import { statementTitle } from '../../server/src/analysis/statementCells';
import { figuresOf } from '../helpers';

const lines = (...l: string[]) => l.join('\n');

describe('statement cells: titles', () => {
  const rows: [string, { scale: number; currency?: string; exceptShares: boolean } | undefined][] = [
    ['Selected data (unaudited, in thousands, except per share data)', { scale: 1e3, currency: undefined, exceptShares: false }],
    ['(In millions, except share and per share amounts)', { scale: 1e6, currency: undefined, exceptShares: true }],
    ['|(in thousands except', { scale: 1e3, currency: undefined, exceptShares: false }],
    ['Results (in thousands of euros)', { scale: 1e3, currency: 'EUR', exceptShares: false }],
    ['Summary ($000s)', { scale: 1e3, currency: 'USD', exceptShares: false }],
    ['The cohort (in the clinic) was small', undefined],
    ['Patients (n)', undefined],
  ];
  for (const [line, want] of rows) it(`${JSON.stringify(line)} -> ${JSON.stringify(want)}`, () => {
    const t = statementTitle(line);
    assert.deepEqual(t && { scale: t.scale, currency: t.currency, exceptShares: t.exceptShares }, want);
  });
});

describe('statement cells: numbers read in the statement\'s unit', () => {
  const statement = lines(
    'Acme Bio reported its results.',
    '',
    'Quarterly data (unaudited, in thousands, except per share data)',
    'Quarter One',
    'Quarter Two',
    'Revenue:',
    'Grant revenue',
    '$',
    '1,250',
    '$',
    '980',
    'Research and development',
    '4,410',
    '3,975',
    'Net loss',
    '(2,310',
    ')',
    '(1,805)',
    'Net loss per share',
    '$',
    '(0.12)',
    '$',
    '0.04',
    'Weighted-average shares outstanding',
    '18,400',
    '18,650',
  );
  const figs = figuresOf(statement);
  const rows: [string, string, number, string][] = [
    // [text as written, kind, value, unit]
    ['$\n1,250', 'money', 1250000, 'USD'],
    ['$\n980', 'money', 980000, 'USD'],
    ['4,410', 'money', 4410000, 'USD'],
    ['2,310', 'money', -2310000, 'USD'],
    ['1,805', 'money', -1805000, 'USD'],
    ['0.12', 'money', -0.12, 'USD'],
  ];
  for (const [text, kind, value, unit] of rows) it(`${JSON.stringify(text)} is ${kind} ${value} ${unit}`, () => {
    const f = figs.find(x => x.text === text);
    assert.ok(f, `no figure ${JSON.stringify(text)}: ${figs.map(x => JSON.stringify(x.text)).join(', ')}`);
    assert.deepEqual([f.figureKind, f.value, f.unit], [kind, value, unit]);
  });
  it('reads a cell before the next row\'s label as the cell alone, not a count of the label\'s noun', () => {
    const f = figs.find(x => x.text.startsWith('3,975'));
    assert.ok(f);
    assert.deepEqual([f.text, f.figureKind, f.value], ['3,975', 'money', 3975000]);
  });
  it('leaves a row of shares as it is', () => {
    const f = figs.find(x => x.text.startsWith('18,400'));
    assert.ok(!f || f.figureKind !== 'money');
  });
  it('reads nothing as a sum where no title names a scale', () => {
    const plain = figuresOf(lines('Acme Bio reported its results.', '', 'Research and development', '4,410', '3,975'));
    assert.ok(plain.every(f => f.figureKind !== 'money'), plain.map(f => `${f.text}:${f.figureKind}`).join(', '));
  });
  it('stops at prose after the statement', () => {
    const after = figuresOf(lines(statement, 'The company expects to enroll about 40 subjects in the next study of the program next year.'));
    const f = after.find(x => x.text.includes('40 subjects'));
    assert.ok(f && f.figureKind !== 'money');
  });
});
