/**
 * Readings of a Markdown table a copy split over lines (session 61): the arms' names with their sizes over two lines or
 * more under the delimiter row, one row; a row's next cells on lines of their own, each closed by a pipe, that row's, a
 * negative value at a line's start too (no list's bullet); a p-value after a cell's value, no word of a label. Rows
 * that compare the arms' values of a row above, or give a statistic of that comparison, are of that row's time and
 * measure. Every example is invented.
 */
import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';

const HEAD = 'Acme Bio reported results for acmezumab in the ACME-2 trial.\n\n';
const TABLE = [
  'Table 2. Outcomes at week 16',
  'All patients (n = 200) | Marker-high (n = 120) | |||',
  '---|---|---|---|---|',
  'Placebo (n = 50) | Acmezumab (n = 50) |',
  'Placebo (n = 60) | Acmezumab (n = 60) | |',
  'Score change, mean (SE) | \u2212 7.4 (1.6) |',
  '\u2212 17.3 (2.4) p = 0.002 |',
  '\u2212 6.1 (2.2) |',
  '\u2212 15.8 (2.0) p = 0.004 |',
  'Responders, n (%) | 8 (16) |',
  '23 (46) p = 0.001 |',
  '10 (17) |',
  '29 (48) p = 0.002 |',
].join('\n');

describe('readings of a Markdown table split over lines (session 61)', () => {
  const figures = figuresOf(HEAD + TABLE + '\n', 'markdown');
  const at = (text: string, nth = 0) => figures.filter(f => f.text === text)[nth];

  it('a value on a line of its own is the next column\'s: its arm and the population over it', () => {
    const f = at('\u2212 15.8');
    assert.equal(f?.binding.arm, 'Acmezumab');
    assert.equal(f?.binding.subgroup, 'Marker-high (n = 120)');
  });
  it('a cell\'s group size is its own column\'s, not the total of the group over it', () => {
    assert.equal(at('\u2212 7.4')?.binding.n, 50);
    assert.equal(at('\u2212 15.8')?.binding.n, 60);
  });
  it('a line that opens with a minus and ends in a pipe holds a negative value, no list item', () => {
    assert.equal(at('\u2212 17.3')?.value, -17.3);
  });
  it('the row\'s first value is the first arm\'s', () => {
    const f = at('\u2212 7.4');
    assert.equal(f?.binding.arm, 'placebo');
    assert.equal(f?.binding.subgroup, 'All patients (n = 200)');
  });
  it('a p-value after a value leaves the line in the row\'s units: counts and their shares', () => {
    assert.equal(at('23')?.figureKind, 'count');
    assert.equal(at('46')?.figureKind, 'percent');
    assert.equal(at('29')?.figureKind, 'count');
    assert.equal(at('48')?.figureKind, 'percent');
    assert.equal(at('p = 0.002')?.figureKind, 'pvalue');
  });
  it('in plain text too, a p-value after a value leaves the line in the row\'s units', () => {
    const plain = figuresOf(HEAD + TABLE + '\n', 'plaintext');
    assert.equal(plain.find(f => f.text === '23')?.figureKind, 'count');
    assert.equal(plain.find(f => f.text === '48')?.figureKind, 'percent');
  });
  it('a list of signed numbers in prose stays a list', () => {
    const list = figuresOf(`${HEAD}Changes by visit:\n\n- 12 patients improved\n- 8 patients worsened\n`, 'markdown');
    assert.equal(list.find(f => f.text.includes('12'))?.value, 12);
  });
});

describe('rows that compare a row above are of its time and measure (session 61)', () => {
  const doc = HEAD + [
    '| Measure | Acmezumab 10 mg | Placebo |',
    '|---|---|---|',
    '| EASI score, No. | 120 | 118 |',
    '| Change from baseline to week 8, mean (SE) | \u22124.1 (0.5) | \u22122.0 (0.5) |',
    '| Difference from placebo, mean (95% CI) | \u22122.1 (\u22123.5 to \u22120.7) | NA |',
    '| Effect size | \u22120.41 | NA |',
    '| P value | .004 | NA |',
    '| Sleep quality score, No. | 119 | 117 |',
    '| Difference from placebo, mean (95% CI) | \u22120.3 (\u22121.0 to 0.4) | NA |',
  ].join('\n') + '\n';
  const figures = figuresOf(doc, 'markdown');
  const at = (text: string) => figures.find(f => f.text === text);
  it('a difference under a change at a week is at that week', () => {
    assert.equal(at('\u22122.1')?.binding.timepoint, '8 weeks');
  });
  it('an effect size and a p-value of that comparison too, of the measure above', () => {
    assert.equal(at('\u22120.41')?.binding.timepoint, '8 weeks');
    assert.equal(at('.004')?.binding.timepoint, '8 weeks');
    assert.equal(at('.004')?.binding.endpoint, 'EASI');
    assert.equal(at('\u22120.41')?.binding.endpoint, 'EASI');
  });
  it('a row that names another measure ends that time', () => {
    assert.equal(at('\u22120.3')?.binding.timepoint, undefined);
  });
});

describe('groups over the arms, each over empty cells, the arms with their sizes in a row under them (session 61)', () => {
  const doc = 'Acme Bio reported results for acmezumab.\n\n' + [
    '| Outcome | Full analysis set (n = 100) | | Score > 2 subgroup (n = 80) | |',
    '|---|---|---|---|---|',
    '| | Acmezumab (n = 50) | Placebo (n = 50) | Acmezumab (n = 40) | Placebo (n = 40) |',
    '| Responders, n (%) | 20 (40) | 10 (20) | 16 (40) | 8 (20) |',
  ].join('\n') + '\n';
  const figures = figuresOf(doc, 'markdown');
  it('a cell is its column\'s arm, of the group over it, the arm\'s size its own', () => {
    const f = figures.find(x => x.text === '16');
    assert.equal(f?.binding.arm, 'Acmezumab');
    assert.equal(f?.binding.subgroup, 'Score > 2');
    assert.equal(f?.binding.n, 40);
  });
  it('the first group\'s placebo column', () => {
    const f = figures.find(x => x.text === '10');
    assert.equal(f?.binding.arm, 'placebo');
    assert.equal(f?.binding.subgroup, 'Full analysis set');
    assert.equal(f?.binding.n, 50);
  });
});

describe('a clause that names its values\' interval in brackets of their own (session 61)', () => {
  const doc = 'Acme Bio reported final results of the ACME-1 trial of zelbotamab. The median OS (95% CI) was 13.1 months (10.2-18.4) for zelbotamab and 11.6 months (8.0-15.9) for placebo; the range of follow-up was 2.0 months (1.1-30.5). The 1-year OS rates (90% CI) were 58% (44-70%) and 49% (35-62%).\n';
  const figures = figuresOf(doc, 'plaintext');
  const at = (text: string) => figures.find(f => f.text === text);
  it('a bare range in brackets after a median is its interval, at the level the clause names', () => {
    assert.equal(at('8.0-15.9')?.figureKind, 'ci');
    assert.equal(at('8.0-15.9')?.level, 95);
    assert.equal(at('8.0-15.9')?.unit, 'months');
  });
  it('and after a rate, a range with its own sign', () => {
    assert.equal(at('44-70%')?.figureKind, 'ci');
    assert.equal(at('44-70%')?.level, 90);
  });
  it('a clause after a semicolon names no interval', () => {
    assert.notEqual(at('1.1-30.5')?.figureKind, 'ci');
  });
});
