/**
 * Tables as a reader reads them when a copy from a web page flattened them: a schedule of quarterly data one cell a
 * line under a year and its quarters' end dates, glued rows of counts and shares whose empty cells are zeros run into
 * the next cell, a row label that spells out an abbreviation in brackets. Every example is invented (Acme Bio,
 * AB-101, made-up figures).
 */
import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';

/** A schedule of quarterly data one cell a line, each line opened by a pipe: a year over its quarters' end dates, no words. */
const QUARTERLY = [
  '|Selected Quarterly Financial Data of Acme Bio (unaudited)',
  '|',
  'The table below gives the quarterly data for the last two years:',
  '|2031',
  '|March 31',
  '|June 30',
  '|September 30',
  '|December 31',
  '|(in thousands, except share and per share data)',
  '|Revenues:',
  '|License revenue',
  '|$',
  '|1,204',
  '|$',
  '|3,517',
  '|$',
  '|2,208',
  '|$',
  '|6,940',
  '|Research and development',
  '|21,301',
  '|22,415',
  '|23,007',
  '|25,980',
  '|2030',
  '|March 31',
  '|June 30',
  '|September 30',
  '|December 31',
  '|License revenue',
  '|$',
  '|704',
  '|$',
  '|812',
  '|$',
  '|905',
  '|$',
  '|1,016',
].join('\n');

/** The same schedule without pipes, one cell a line. */
const QUARTERLY_LINES = QUARTERLY.replace(/^\|/gm, '');

/** Fiscal quarters ending on other days, a year over them, two columns only. */
const HALF_YEAR = [
  'Unaudited interim data (in thousands)',
  '2032',
  'June 30',
  'December 31',
  'Grant income',
  '455',
  '610',
  'Net loss',
  '(8,120)',
  '(9,045)',
].join('\n');

describe('binding: a year in a cell of its own over end dates names each column\'s period', () => {
  const cases: { doc: string; figure: string; timepoint: string; nth?: number }[] = [
    { doc: QUARTERLY, figure: '1,204', timepoint: 'March 31, 2031' },
    { doc: QUARTERLY, figure: '3,517', timepoint: 'June 30, 2031' },
    { doc: QUARTERLY, figure: '6,940', timepoint: 'December 31, 2031' },
    { doc: QUARTERLY, figure: '23,007', timepoint: 'September 30, 2031' },
    { doc: QUARTERLY, figure: '704', timepoint: 'March 31, 2030' },
    { doc: QUARTERLY, figure: '1,016', timepoint: 'December 31, 2030' },
    { doc: QUARTERLY_LINES, figure: '2,208', timepoint: 'September 30, 2031' },
    { doc: QUARTERLY_LINES, figure: '812', timepoint: 'June 30, 2030' },
    { doc: HALF_YEAR, figure: '610', timepoint: 'December 31, 2032' },
    { doc: HALF_YEAR, figure: '8,120', timepoint: 'June 30, 2032' },
  ];
  for (const c of cases) it(`${c.figure}: ${c.timepoint}`, () => {
    const figures = figuresOf(c.doc);
    const f = figures.find(x => x.text.replace(/^[($\s]+/, '') === c.figure);
    assert.ok(f, `no figure ${c.figure} in: ${figures.map(x => x.text).join(' | ')}`);
    assert.equal(f.binding.timepoint, c.timepoint);
  });
  // near misses: a year in prose before dates, or dates after a year on the same line of words, are no header
  const negatives: { doc: string; figure: string }[] = [
    { doc: ['In 2031, March 31 and June 30 were the dates Acme Bio paid its milestones.', 'It paid 1,250 and 2,400 then.'].join('\n'), figure: '1,250' },
    { doc: ['Acme Bio was founded in 2031 and filed on March 31 and June 30 with 42 staff and 17 consultants.'].join('\n'), figure: '42' },
  ];
  for (const c of negatives) it(`binds no period to ${c.figure} in prose`, () => {
    const f = figuresOf(c.doc).find(x => x.text === c.figure);
    assert.ok(f);
    assert.ok(!/June 30/.test(f.binding.timepoint ?? ''), `timepoint ${f.binding.timepoint}`);
  });
});
