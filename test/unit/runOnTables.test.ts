import * as assert from 'assert';
import { figuresOf } from '../helpers';

/** The figure whose text is `text` (the nth such), as kind, value, unit, column and time point. */
function cell(doc: string, text: string, nth = 0) {
  const f = figuresOf(doc).filter(x => doc.slice(x.start, x.end) === text)[nth];
  assert.ok(f, `no figure ${JSON.stringify(text)} in ${JSON.stringify(doc)}`);
  return { kind: f.figureKind, value: f.value, unit: f.unit, column: f.table?.column, timepoint: f.binding.timepoint };
}

describe('a table flattened into one run of text: its currency and scale stated among its title\'s words', () => {
  const cases: { name: string; doc: string; figure: string; kind: string; value: number; unit: string }[] = [
    { name: 'a title, its currency and scale, month-range columns, then rows', doc: 'Acme Bio AB report\n\nFinancial development SEK million Jul-Sep Jul-Sep Change Net sales 1,234 1,100 12% Operating loss -2,345 -2,100 -12%\n', figure: '1,234', kind: 'money', value: 1234e6, unit: 'SEK' },
    { name: 'a negative of a later row', doc: 'Acme Bio AB report\n\nFinancial development SEK million Jul-Sep Jul-Sep Change Net sales 1,234 1,100 12% Operating loss -2,345 -2,100 -12%\n', figure: '-2,345', kind: 'money', value: -2345e6, unit: 'SEK' },
    { name: 'a scaled code ("MEUR")', doc: 'Acme Bio report\n\nOverview MEUR Jan-Jun Jan-Jun Revenue 12.5 10.1 EBIT -3.2 -4.4\n', figure: '12.5', kind: 'money', value: 12.5e6, unit: 'EUR' },
    { name: 'thousands in words', doc: 'Acme Bio report\n\nKey data USD thousands FY FY Revenue 4,500 3,900 Net loss (2,100) (2,800)\n', figure: '4,500', kind: 'money', value: 4.5e6, unit: 'USD' },
  ];
  for (const c of cases) it(`reads ${c.name}`, () => {
    const got = cell(c.doc, c.figure);
    assert.deepStrictEqual({ kind: got.kind, value: got.value, unit: got.unit }, { kind: c.kind, value: c.value, unit: c.unit });
  });

  const negatives: { name: string; doc: string; figure: string }[] = [
    // a currency without its scale may be a row's label, not the table's unit
    { name: 'a bare currency code', doc: 'Acme Bio report\n\nOverview SEK Jul-Sep Jul-Sep Net sales 1,234 1,100 Operating loss 2,345 2,100\n', figure: '1,234' },
    // a sentence: the scale words belong to the prose, and a sentence ends before the numbers
    { name: 'prose that names a currency and scale, then a sentence of counts', doc: 'Acme Bio report\n\nThe budget is stated in SEK million throughout this report. Patients enrolled were 120, 130, 140 and 150 across four sites.\n', figure: '120' },
    // too few numbers for a table
    { name: 'a line of two numbers', doc: 'Acme Bio report\n\nOverview SEK million staff 120 130\n', figure: '120' },
  ];
  for (const c of negatives) it(`does not read a sum in ${c.name}`, () => assert.notStrictEqual(cell(c.doc, c.figure).kind, 'money'));
});

describe('a table flattened into runs of text: each row\'s numbers under the periods of its header', () => {
  const runOn = 'Acme Bio AB report\n\nSummary SEK million Q3 2030 Q3 2029 9M 2030 9M 2029 Net sales 1,234 1,100 3,456 3,210 Operating margin, % 12.3 11.2 10.1 9.8 Staff 120 110 118 104\n';
  const lines = 'Acme Bio AB report\n\nSEK million Q3 2030 Q3 2029 9M 2030 9M 2029\nNet sales 1,234 1,100 3,456 3,210\nOperating loss -95 -80 -250 -210\n\nIn 2030 the company had 120 staff.\n';
  const cases: { name: string; doc: string; figure: string; nth?: number; column: string | undefined }[] = [
    { name: 'the first cell of the first row', doc: runOn, figure: '1,234', column: 'Q3 2030' },
    { name: 'the last cell of the first row', doc: runOn, figure: '3,210', column: '9M 2029' },
    { name: 'a row of per cents', doc: runOn, figure: '11.2', column: 'Q3 2029' },
    { name: 'a row of counts', doc: runOn, figure: '118', column: '9M 2030' },
    { name: 'a row on its own line under a header line', doc: lines, figure: '-250', column: '9M 2030' },
    { name: 'the second row under a header line', doc: lines, figure: '-80', column: 'Q3 2029' },
    // a row of another length (a cell left empty) is not guessed
    { name: 'a row one cell short', doc: 'Acme Bio AB report\n\nSEK million Q3 2030 Q3 2029 9M 2030 9M 2029\nNet sales 1,234 1,100 3,456\n', figure: '3,456', column: undefined },
    // prose after a blank line is no row of the table above
    { name: 'a sentence after the table', doc: lines, figure: '120', column: undefined },
  ];
  for (const c of cases) it(`reads ${c.name}`, () => {
    const got = cell(c.doc, c.figure, c.nth);
    assert.strictEqual(got.column, c.column);
    if (c.column) assert.strictEqual(got.timepoint, c.column);
  });
});

describe('a run-on table\'s columns: a unit declared over each, and an empty cell written as a dash', () => {
  const doc = 'Acme Bio AG annual report\n\nKey figures\n\n2030 2030 2029 2028\n(CHF \'000) (NOK \'000) (NOK \'000) (NOK \'000)\nRevenues 1,200 8,950 7,400 -\nNet loss -3,100 -23,100 -19,800 -15,200\n';
  const cases: { figure: string; value: number; unit: string; column: string }[] = [
    { figure: '1,200', value: 1.2e6, unit: 'CHF', column: '2030' },
    { figure: '8,950', value: 8.95e6, unit: 'NOK', column: '2030' },
    { figure: '7,400', value: 7.4e6, unit: 'NOK', column: '2029' },
    { figure: '-15,200', value: -15.2e6, unit: 'NOK', column: '2028' },
  ];
  for (const c of cases) it(`reads ${c.figure} in its column's unit`, () => {
    const got = cell(doc, c.figure);
    assert.deepStrictEqual({ value: got.value, unit: got.unit, column: got.column }, { value: c.value, unit: c.unit, column: c.column });
  });
  // a statement's later sections, each under its own heading, keep the header's columns and their units
  const sections = `${doc}\nBalance sheet\n\nTotal assets 5,500 41,000 38,000 30,100\nthereof:\nCash 4,100 30,500 29,000 21,000\n\nThe company had no debt at the end of 2030.\nStaff 12 90 80 70\n`;
  for (const [figure, value, unit, column] of [['5,500', 5.5e6, 'CHF', '2030'], ['41,000', 41e6, 'NOK', '2030'], ['21,000', 21e6, 'NOK', '2028']] as const) {
    it(`reads ${figure} in a later section under its column's unit`, () => {
      const got = cell(sections, figure);
      assert.deepStrictEqual({ value: got.value, unit: got.unit, column: got.column }, { value, unit, column });
    });
  }
  it('ends the columns at a sentence of prose', () => assert.strictEqual(cell(sections, '90').column, undefined));
  it('reads no column\'s unit when the brackets are fewer than the columns', () => {
    const short = doc.replace("(CHF '000) (NOK '000) (NOK '000) (NOK '000)", "(CHF '000) (NOK '000)");
    assert.notStrictEqual(cell(short, '7,400').unit, 'NOK');
  });
});
