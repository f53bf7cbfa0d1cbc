/**
 * leadTest answers as `re.test` does for an expression opening with an assertion on what precedes it:
 * invented texts where the words stand with and without what the assertion allows before them, the
 * first place failing and a later one holding, at the text's start and end, and beside characters
 * outside the basic plane (a letter and a symbol) and a lone surrogate.
 */
import { strict as assert } from 'assert';
import { leadTest } from '../../server/src/analysis/leadTest';

const WORD = /(?<![\p{L}])(?:shares\s+outstanding|units)(?![\p{L}])/iu;
const WORD_LEAD = '(?<![\\p{L}])';
const CELL = /(?<![\p{L}\d$])(?:USD|EUR) ?(?:thousands|millions)(?![\p{L}\d])/u;
const CELL_LEAD = '(?<![\\p{L}\\d$])';
const START = /(?:^|(?<=[\s|]))In (?:thousands|millions)(?=$|[\s|,;)])/u;
const START_LEAD = '(?:^|(?<=[\\s|]))';

describe('leadTest', () => {
  // each row: the expression, its lead, a text, and whether the expression matches it
  const rows: [RegExp, string, string, boolean][] = [
    [WORD, WORD_LEAD, 'Acme Bio had 40 million shares outstanding.', true],
    [WORD, WORD_LEAD, 'Acme Bio had 40 million Shares\nOutstanding.', true],
    [WORD, WORD_LEAD, 'Acme Bio sold subunits of AB-101.', false],
    [WORD, WORD_LEAD, 'subunits, then units', true],
    [WORD, WORD_LEAD, 'subunits and multiunits', false],
    [WORD, WORD_LEAD, 'units', true],
    [WORD, WORD_LEAD, '', false],
    [WORD, WORD_LEAD, '\u{1F600}units', true],
    [WORD, WORD_LEAD, '\u{10400}units', false],
    [WORD, WORD_LEAD, '\u{10400}units \u{1F600}units', true],
    [WORD, WORD_LEAD, '\ud801units', true],
    [CELL, CELL_LEAD, 'Revenue (USD thousands) 4,210', true],
    [CELL, CELL_LEAD, 'Revenue $USD thousands 4,210', false],
    [CELL, CELL_LEAD, '3USD millions and xEUR millions, then EUR millions', true],
    [CELL, CELL_LEAD, '3USD millions and xEUR millions', false],
    [CELL, CELL_LEAD, 'USD millionsx', false],
    [START, START_LEAD, 'In thousands, except per share data', true],
    [START, START_LEAD, 'Acme Bio\n| In millions | 2031 |', true],
    [START, START_LEAD, 'xIn millions', false],
    [START, START_LEAD, 'xIn millions, then |In thousands', true],
  ];
  for (const [re, lead, text, expected] of rows) it(`${re.source.slice(0, 30)}... in ${JSON.stringify(text)}: ${expected}`, () => {
    assert.equal(re.test(text), expected, 'the row states what re.test answers');
    assert.equal(leadTest(re, lead, text), expected);
  });

  it('answers as re.test over many texts made of the pieces above', () => {
    const pieces = ['units', 'sub', ' ', '\n', '$', '3', 'USD', ' millions', 'In', ' thousands', '|', '\u{1F600}', '\u{10400}', '\ud801', 'x', ','];
    let seed = 7;
    const random = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    let checked = 0;
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: 1 + random(10) }, () => pieces[random(pieces.length)]).join('');
      for (const [re, lead] of [[WORD, WORD_LEAD], [CELL, CELL_LEAD], [START, START_LEAD]] as [RegExp, string][]) {
        assert.equal(leadTest(re, lead, text), re.test(text), `${re.source} in ${JSON.stringify(text)}`);
        checked++;
      }
    }
    assert.equal(checked, 9000);
  });

  it('refuses a lead the expression does not open with, and an expression that keeps its place', () => {
    assert.throws(() => leadTest(/(?<!x)units/u, '(?<!y)', 'units'));
    assert.throws(() => leadTest(/(?<!x)units/gu, '(?<!x)', 'units'));
  });
});
