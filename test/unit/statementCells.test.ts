/**
 * Financial statements flattened one cell a line (statementCells.ts): each row an invented
 * statement and the cells it must be read as. The scale comes from the title, the currency from
 * the title or from the signs written on their own lines, the sign from the brackets.
 */
import { strict as assert } from 'assert';
import { namesShareCount, statementTitle, statementTitled } from '../../server/src/analysis/statementCells';
import { figuresOf } from '../helpers';

const lines = (...l: string[]) => l.join('\n');

describe('statement cells: titles', () => {
  const rows: [string, { scale: number; currency?: string; exceptShares: boolean } | undefined][] = [
    ['Selected data (unaudited, in thousands, except per share data)', { scale: 1e3, currency: undefined, exceptShares: false }],
    ['(In millions, except share and per share amounts)', { scale: 1e6, currency: undefined, exceptShares: true }],
    ['|(in thousands except', { scale: 1e3, currency: undefined, exceptShares: false }],
    ['Results (in thousands of euros)', { scale: 1e3, currency: 'EUR', exceptShares: false }],
    ['Summary ($000s)', { scale: 1e3, currency: 'USD', exceptShares: true }],
    ['$ in Thousands', { scale: 1e3, currency: 'USD', exceptShares: true }],
    ['€ in Millions, shares in Thousands', { scale: 1e6, currency: 'EUR', exceptShares: false }],
    ['Statements of Loss - CHF (SFr)\nSFr in Thousands', { scale: 1e3, currency: 'CHF', exceptShares: true }],
    ['Statements of Operations - EUR (€)', { scale: 1, currency: 'EUR', exceptShares: true }],
    ['In thousands, except per share data', { scale: 1e3, currency: undefined, exceptShares: false }],
    ['Amounts in millions', { scale: 1e6, currency: undefined, exceptShares: false }],
    ['Key figures (Mio. EUR)', { scale: 1e6, currency: 'EUR', exceptShares: true }],
    ['Key figures, SEK m', { scale: 1e6, currency: 'SEK', exceptShares: true }],
    ['| | RMB\'000 | RMB\'000 |', { scale: 1e3, currency: 'CNY', exceptShares: true }],
    ['$000 | | 2030 | | 2029 |', { scale: 1e3, currency: 'USD', exceptShares: true }],
    ['In thousands of cases the drug was given', undefined],
    [') MSEK', undefined],
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
  it('reads every row under a head of sums per share unscaled, the second too ("Basic", then "Diluted")', () => {
    const perShare = figuresOf(lines(
      'Acme Bio reported its results.', '', '(in thousands, except per share data)', 'Quarter One', 'Quarter Two',
      'Net loss', '(2,310', ')', '(1,805)', 'Loss per common share:', 'Basic', '$', '(0.12', ')', '$', '0.04', 'Diluted', '$', '(0.12', ')', '$', '0.04',
    ));
    const cents = perShare.filter(x => x.text.endsWith('0.12'));
    assert.equal(cents.length, 2, perShare.map(x => JSON.stringify(x.text)).join(', '));
    for (const f of cents) assert.deepEqual([f.figureKind, f.value], ['money', -0.12]);
    const net = perShare.find(x => x.text.startsWith('2,310'));
    assert.ok(net && net.value === -2310000);
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

/** Each case: an invented statement, then [text as written, kind, value, unit] of cells it must be read as. */
type Want = [string, string, number, string];
function readsAs(title: string, doc: string, wants: Want[]): void {
  describe(title, () => {
    const figs = figuresOf(doc);
    for (const [text, kind, value, unit] of wants) it(`${JSON.stringify(text)} is ${kind} ${value} ${unit}`, () => {
      const f = figs.find(x => x.text === text);
      assert.ok(f, `no figure ${JSON.stringify(text)}: ${figs.map(x => JSON.stringify(x.text)).join(', ')}`);
      assert.deepEqual([f.figureKind, f.value, f.unit ?? ''], [kind, value, unit]);
    });
  });
}

readsAs('statement cells: pipe-led cells, a lone sign a line, a per cent in the next cell', lines(
  'Acme Bio results of operations',
  '|For the three months ended',
  '|(in thousands)',
  '|2030',
  '|2029',
  '|Variance',
  '|Research and development',
  '|$',
  '|4,410',
  '|$',
  '|3,975',
  '|(435',
  '|)',
  '|(10.9',
  '|%)',
  '|General and administrative',
  '|1,210',
  '|1,340',
  '|130',
  '|9.7',
  '|%',
), [
  ['4,410', 'money', 4410000, 'USD'],
  ['3,975', 'money', 3975000, 'USD'],
  ['435', 'money', -435000, 'USD'],
  ['10.9', 'percent', -10.9, '%'],
  ['1,210', 'money', 1210000, 'USD'],
  ['9.7', 'percent', 9.7, '%'],
]);

readsAs('statement cells: rows under a head of sums per share, and rows of shares', lines(
  'Acme Bio quarterly data (unaudited, in thousands, except per share data):',
  '|Net loss',
  '|(12,400)',
  '|(11,050)',
  '|Net loss per share - basic and diluted:',
  '|Continuing operations',
  '|$',
  '|(0.52)',
  '|$',
  '|(0.47)',
  '|Discontinued operations',
  '|0.03',
  '|0.01',
  '|Weighted-average shares used in computing net loss per share',
  '|23,800',
  '|23,500',
), [
  ['12,400', 'money', -12400000, 'USD'],
  ['0.52', 'money', -0.52, 'USD'],
  ['0.03', 'money', 0.03, 'USD'],
  ['0.01', 'money', 0.01, 'USD'],
  ['23,800', 'count', 23800000, 'shares'],
]);

readsAs('statement cells: shares excepted from the scale', lines(
  'Acme Bio statements of operations (in thousands, except share and per share data)',
  'Revenue',
  '$',
  '2,100',
  'Weighted average shares outstanding',
  '31,250,000',
), [
  ['$\n2,100', 'money', 2100000, 'USD'],
  ['31,250,000', 'count', 31250000, 'shares'],
]);

readsAs('statement cells: a corner cell of zeros, split cells, rows per share and of shares', lines(
  'Acme Bio second quarter',
  '',
  '| | Three Months Ended June 30 | |',
  '$000 | | 2030 | | | 2029 |',
  'Net (loss) income | | $ | (2,140 | ) | | $ | 1,905 |',
  'Net (loss) income per share (basic) | | $ | (0.21 | ) | | $ | 0.19 |',
  'Weighted average shares outstanding (basic) | | | 10,150,200 | | | | 10,020,400 |',
), [
  ['2,140', 'money', -2140000, 'USD'],
  ['1,905', 'money', 1905000, 'USD'],
  ['0.21', 'money', -0.21, 'USD'],
  ['10,150,200', 'count', 10150200, 'shares'],
]);

readsAs('statement cells: an XBRL page, its currency and scale on their own line', lines(
  'Condensed Statements of Operations - EUR (€)',
  '€ in Thousands',
  '3 Months Ended',
  'Jun. 30, 2030',
  'Jun. 30, 2029',
  'Revenue € 5,120 € 4,480',
  'Research and development costs 9,310 8,870',
  'Net loss (4,190) (4,390)',
  'Basic loss per share € (0.42) € (0.45)',
  'Number of shares used for calculation 9,950,100 9,800,300',
), [
  ['€ 5,120', 'money', 5120000, 'EUR'],
  ['9,310', 'money', 9310000, 'EUR'],
  ['4,190', 'money', -4190000, 'EUR'],
  ['0.42', 'money', -0.42, 'EUR'],
  ['9,950,100', 'count', 9950100, 'shares'],
]);

readsAs('statement cells: an XBRL page without a scale line holds sums in units', lines(
  'Consolidated Statements of Profit or Loss - DKK (kr)',
  '|12 Months Ended',
  '|Dec. 31, 2030',
  '|Net revenue',
  '|kr 12,400,000',
  '|Research and development expenses',
  '|(98,250,000)',
  '|Weighted-average shares outstanding',
  '|15,200,300',
), [
  ['98,250,000', 'money', -98250000, 'DKK'],
  ['15,200,300', 'count', 15200300, 'shares'],
]);

readsAs('statement cells: one cell a line under a bracketed currency and scale, a column of changes', lines(
  'Acme Bio AG Quartalsmitteilung',
  '',
  'Kennzahlen (Mio. EUR)',
  'Q3 2030',
  'Q3 2029',
  'Veränderung %',
  'Umsatzerlöse',
  '106,5',
  '102,8',
  '3,6',
  'EBIT',
  '-12,4',
  '-15,0',
  '17,3',
), [
  ['106,5', 'money', 106500000, 'EUR'],
  ['3,6', 'percent', 3.6, '%'],
  ['-12,4', 'money', -12400000, 'EUR'],
  ['17,3', 'percent', 17.3, '%'],
]);

readsAs('statement cells: an unbracketed title, a header cell of a currency and its scale', lines(
  'Acme Bio Inc. selected financial data',
  'In thousands, except per share data',
  'Three Months Ended September 30,',
  '2030',
  '2029',
  'Revenue',
  '$',
  '1,250',
  '$',
  '980',
  'Net loss',
  '(7,150)',
  '(6,120)',
  '====',
  'Acme Bio AB key figures, SEK m',
  'Q3 2030',
  'Q3 2029',
  'Net sales',
  '45.2',
  '38.1',
), [
  ['7,150', 'money', -7150000, 'USD'],
  ['45.2', 'money', 45200000, 'SEK'],
]);

describe('statement cells: what stays as it is', () => {
  it('a scaled currency right after a figure is that figure\'s unit, no title of what follows', () => {
    const figs = figuresOf(lines('Acme Bio AB year-end report', '', '• Cash at the end of the period was 173,4 (344,5) MSEK', '• The company had 42 employees'));
    const f = figs.find(x => x.text.startsWith('173,4'));
    assert.ok(f && f.figureKind === 'money' && f.value === 173400000, figs.map(x => `${x.text}:${x.value}`).join(', '));
    const e = figs.find(x => x.text.startsWith('42'));
    assert.ok(e && e.figureKind !== 'money');
  });
  it('"In thousands of" a noun of other things is prose, no title', () => {
    const figs = figuresOf(lines('In thousands of patients the drug was tolerated.', 'Research and development', '4,410'));
    assert.ok(figs.every(f => f.figureKind !== 'money'), figs.map(f => `${f.text}:${f.figureKind}`).join(', '));
  });
  it('a change column after another header cell is not guessed by place', () => {
    const figs = figuresOf(lines('Results (in thousands)', '|2030', '|2029', '|Favorable (Unfavorable)', '|Change %', '|Revenue', '|$', '|1,000', '|$', '|800', '|200', '|25.0', '|%'));
    const f = figs.find(x => x.text === '200');
    assert.ok(f && f.figureKind === 'money' && f.value === 200000, figs.map(x => `${x.text}:${x.figureKind}:${x.value}`).join(', '));
    const p = figs.find(x => x.text === '25.0');
    assert.ok(p && p.figureKind === 'percent');
  });
});

readsAs('tables of sums: a column of per cents, rows of per cents and of other numbers', lines(
  'Acme Bio SE key figures',
  '',
  '| (EUR thousand) | Q3 2030 | Q3 2029 | Change % |',
  '|---|---|---|---|',
  '| Revenue | 12,500 | 10,000 | 25.0 |',
  '| Operating loss | (4,200) | (5,000) | (16.0) |',
  '',
  'Acme Bio A/S interim report',
  '',
  '| DKK million | H1 2030 | H1 2029 |',
  '|---|---|---|',
  '| Revenue | 145.2 | 120.4 |',
  '| Gross margin, % | 71.2 | 68.0 |',
), [
  ['12,500', 'money', 12500000, 'EUR'],
  ['25.0', 'percent', 25, '%'],
  ['4,200', 'money', -4200000, 'EUR'],
  ['16.0', 'percent', -16, '%'],
  ['145.2', 'money', 145200000, 'DKK'],
  ['71.2', 'percent', 71.2, '%'],
]);

readsAs('tables of sums: a document of decimal commas keeps a sum\'s minus when it reads it again', lines(
  'Acme Bio GmbH Konzernkennzahlen',
  '',
  '| in TEUR | 9M 2030 | 9M 2029 | Veränderung in % |',
  '|---|---|---|---|',
  '| Umsatzerlöse | 3.412 | 2.950 | 15,7 |',
  '| EBIT | -8.120 | -9.004 | 9,8 |',
), [
  ['3.412', 'money', 3412000, 'EUR'],
  ['-8.120', 'money', -8120000, 'EUR'],
  ['9,8', 'percent', 9.8, '%'],
]);

describe('tables of sums: a row of other numbers keeps out of the corner\'s money unit', () => {
  it('"Employees (number)" is no sum', () => {
    const figs = figuresOf(lines('Acme Bio GmbH', '', '| in TEUR | 9M 2030 | 9M 2029 |', '|---|---|---|', '| Revenue | 3.412 | 2.950 |', '| Employees (number) | 120 | 110 |'));
    const f = figs.find(x => x.text === '120');
    assert.ok(f && f.figureKind !== 'money', figs.map(x => `${x.text}:${x.figureKind}`).join(', '));
  });
});

readsAs('flattened lines: a title of a currency and scale, rows one after another on one line', lines(
  'Acme Bio AB interim report',
  '',
  'Financial summary Q3 Q3 Amounts in SEK M 2030 2029 Change Total revenues 2,315 1,601 45% Gross profit 1,741 1,129 54%',
  '',
  'Summary of the group (SEK m) Q1 2030 Q1 2029 Net turnover 75.0 215.9 Operating profit (EBIT) -48.2 66.7 Operating margin, % -64.3 30.9',
), [
  ['2,315', 'money', 2315000000, 'SEK'],
  ['45%', 'percent', 45, '%'],
  ['1,129', 'money', 1129000000, 'SEK'],
  ['75.0', 'money', 75000000, 'SEK'],
  ['-48.2', 'money', -48200000, 'SEK'],
  ['-64.3', 'percent', -64.3, '%'],
  ['30.9', 'percent', 30.9, '%'],
]);

describe('counts of shares in prose: a subject that names them', () => {
  const rows: [string, string, string, number | undefined][] = [
    // [sentence, number as written, kind wanted, value wanted]
    ['Weighted average shares outstanding for the quarter were 8,400,000 and 8,150,000, respectively.', '8,150,000', 'count', 8150000],
    ['The weighted-average number of common shares was 12,500,000 in the period.', '12,500,000', 'count', 12500000],
    ['Weighted average shares outstanding rose, and revenue was $4,500,000 for the quarter.', '4,500,000', 'money', 4500000],
    ['Shares outstanding were counted. The study enrolled 1,200 participants across sites.', '1,200 participants', 'count', 1200],
  ];
  for (const [sentence, text, kind, value] of rows) it(`${JSON.stringify(text)} in ${JSON.stringify(sentence.slice(0, 50))}`, () => {
    const f = figuresOf(`Acme Bio results\n\n${sentence}`).find(x => x.text.endsWith(text) || x.text === text);
    assert.ok(f, text);
    assert.deepEqual([f.figureKind, f.value], [kind, value]);
    if (kind === 'count' && text.endsWith('0')) assert.equal(f.unit, 'shares');
  });
});

readsAs('statement cells: a head with no values over rows per share, signs written as codes', lines(
  'Statements of Loss - CHF (SFr)',
  'SFr in Thousands',
  '|6 Months Ended',
  '|Jun. 30, 2030',
  '|Operating loss',
  '|(20,150)',
  '|Loss per share [abstract]',
  '|Basic, loss for the period',
  '|SFr (0.49)',
  '|Total comprehensive loss',
  '|SFr (20,310)',
), [
  ['20,150', 'money', -20150000, 'CHF'],
  ['0.49', 'money', -0.49, 'CHF'],
  ['20,310', 'money', -20310000, 'CHF'],
]);

readsAs('statement cells: a statement without a title, its first row\'s sums written with the sign apart', lines(
  'Acme Bio Inc. balance sheet data',
  'September 30, 2030 December 31, 2029',
  'Cash and cash equivalents $ 45,210 $ 52,300',
  'Total assets 61,400 70,120',
  'Net loss $ (9,250) $ (8,020)',
), [
  ['$ 45,210', 'money', 45210, 'USD'],
  ['61,400', 'money', 61400, 'USD'],
  ['70,120', 'money', 70120, 'USD'],
  ['9,250', 'money', -9250, 'USD'],
]);

describe('statement cells: no statement without a title where words are a clause', () => {
  it('"Revenue was $ 5,000" in prose starts none: the count after it stays a count', () => {
    const figs = figuresOf('Acme Bio results\n\nRevenue was $ 5,000 in the quarter and the trial enrolled 1,200 participants at 40 sites.');
    const f = figs.find(x => x.text.startsWith('1,200'));
    assert.ok(f && f.figureKind === 'count', figs.map(x => `${x.text}:${x.figureKind}`).join(', '));
  });
  it('ends at a clause after its rows', () => {
    const figs = figuresOf(lines('Cash and cash equivalents $ 45,210 $ 52,300', 'Total assets 61,400 70,120', 'The company expects to enroll 1,200 more patients'));
    const f = figs.find(x => x.text.startsWith('1,200'));
    assert.ok(f && f.figureKind !== 'money', figs.map(x => `${x.text}:${x.figureKind}`).join(', '));
  });
});

readsAs('statement cells: a heading or a new table ends a statement', lines(
  'Acme Bio second quarter',
  '',
  '| Revenue (NOK million) | Q2 2029 | Q2 2030 |',
  '|---|---|---|',
  '| Product sales | 41.8 | 52.6 |',
  '',
  '## Forecast',
  '',
  '| Parameter | 2030E | 2031E |',
  '|---|---|---|',
  '| Eligible patients | 6,200 | 6,400 |',
  '| Annual price (NOK) | NOK 410,000 | NOK 420,000 |',
), [
  ['41.8', 'money', 41800000, 'NOK'],
  ['NOK 410,000', 'money', 410000, 'NOK'],
]);

describe('statement cells: in a markdown document, a new table after a blank line ends a statement', () => {
  const doc = lines(
    '# Acme Bio second quarter',
    '',
    '| Revenue (NOK million) | Q2 2029 | Q2 2030 |',
    '|---|---|---|',
    '| Product sales | 41.8 | 52.6 |',
    '',
    '## Forecast',
    '',
    '| Parameter | 2030E | 2031E |',
    '|---|---|---|',
    '| Annual price (NOK) | NOK 410,000 | NOK 420,000 |',
  );
  it('reads the second table\'s sums as written', () => {
    const figs = figuresOf(doc, 'markdown');
    const f = figs.find(x => x.text === 'NOK 410,000');
    assert.ok(f && f.value === 410000, figs.map(x => `${x.text}:${x.value}`).join(', '));
    const g = figs.find(x => x.text === '41.8');
    assert.ok(g && g.value === 41800000);
  });
});

describe('statement cells: a header of years that opens with the statement\u2019s currency', () => {
  const rows: [string, string, number, string][] = [
    // a currency code with its scale, a scale word and a sign, a bare sign: the years are the columns', no sum
    ['MEUR 2031 2030', '12.3', 12.3e6, 'EUR'],
    ['in Mio. \u20ac 2031 2030', '12.3', 12.3e6, 'EUR'],
    ['TSEK | 2031 | 2030', '12.3', 12.3e3, 'SEK'],
  ];
  for (const [header, cell, value, unit] of rows) {
    it(`"${header}": the years are dates and the cells sums in the currency`, () => {
      const figs = figuresOf(`Acme Bio AG reports its results.\n\n${header}\nRevenue 12.3 10.1\nOperating loss -8.2 -7.3\n`);
      const year = figs.find(x => x.text === '2031');
      assert.ok(year && year.figureKind === 'date' && year.value === 2031, figs.map(x => `${x.text}:${x.figureKind}`).join(', '));
      const f = figs.find(x => x.text === cell);
      assert.deepEqual([f?.figureKind, f?.value, f?.unit], ['money', value, unit]);
    });
  }
  it('a sum in a currency before one year in prose stays a sum', () => {
    const figs = figuresOf('Acme Bio raised MEUR 2031 in the round, more than in 2030.');
    assert.equal(figs.find(x => x.text.includes('2031'))?.figureKind, 'money');
  });
});

describe('statement cells: a header line of periods gives each column its period', () => {
  const rows: [string, string, string][] = [
    ['EUR million H1 2031 H1 2030', '10.1', 'H1 2030'],
    ['EUR million H1 2031 H1 2030', '12.3', 'H1 2031'],
    ['MSEK Q3 2031 Q3 2030', '-8.2', 'Q3 2031'],
    ['TEUR | 2031 | 2030', '-7.3', '2030'],
  ];
  for (const [header, cell, period] of rows) {
    it(`"${cell}" under "${header}" is of ${period}`, () => {
      const figs = figuresOf(`Acme Bio AG reports its results.\n\n${header}\nRevenue 12.3 10.1\nOperating loss -8.2 -7.3\n`);
      assert.equal(figs.find(x => x.text === cell)?.binding.timepoint, period);
    });
  }
});

describe('statement cells: whole-text gates asked paragraph by paragraph', () => {
  // each gate answers as its expressions do over the whole text, however the text falls into paragraphs, and again after an
  // edit of another paragraph (the paragraphs' answers are then kept): titles and counts of shares whose words a blank line
  // splits, a currency's code after spaces at a paragraph's start, and texts with none
  const titled: [string, boolean][] = [
    ['Acme Bio, statement of operations (in thousands)\n1,250', true],
    ['Acme Bio reported results.\n\n  USD in thousands\nRevenue 12', true],
    ['Acme Bio reported results.\n\nAll\n\namounts in millions', true],
    ['Acme Bio reported results.\n\nRevenue, SEK m\n\n12', true],
    ['Acme Bio, revenue\n\nMds\n\nde dollars 4', true],
    ['Revenue was $\n\n12 million.', false],
    ['Acme Bio enrolled 120 patients; AB-101 gave a response in 40 %.', false],
    ['The trial ran in thousands of sites.\n\nAB-101 was given at 10 mg.', false],
  ];
  const shares: [string, boolean][] = [
    ['Weighted average shares outstanding 8,400,000', true],
    ['Acme Bio reported results.\n\nweighted average\n\nshares 8,400,000', true],
    ['Acme Bio priced an offering of 4,000,000 shares.', false],
    ['AB-101 reduced the weighted risk by 30 %.', false],
  ];
  for (const [i, [text, want]] of titled.entries()) {
    it(`statementTitled: ${JSON.stringify(text.slice(0, 40))}`, () => {
      assert.equal(statementTitled(text), want);
      // an edit in another paragraph leaves the answer
      assert.equal(statementTitled(`Acme Bio news ${i}.\n\n${text}`), want);
    });
  }
  for (const [text, want] of shares) {
    it(`namesShareCount: ${JSON.stringify(text.slice(0, 40))}`, () => {
      assert.equal(namesShareCount(text), want);
      assert.equal(namesShareCount(`Acme Bio news.\n\n${text}`), want);
    });
  }
});
