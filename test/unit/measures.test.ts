/**
 * Measures: what a sum of money in prose is an amount of, as its clause names it (server/src/analysis/measures.ts).
 * Every example is invented.
 */
import { strict as assert } from 'assert';
import { figureWritten, figuresOf } from '../helpers';

/** The measure bound to the figure whose text is (or ends with) `written`. */
function measureOf(text: string, written: string): string | undefined {
  return figureWritten(text, written).binding.measure;
}

describe('measures: a sum takes the measure its clause names', () => {
  const cases: [string, string, string | undefined][] = [
    // the subject before the verb, and a sum it is compared with
    ['Grant revenue for the year was $2.0 million, compared to $1.1 million for the prior year.', '$2.0 million', 'Grant revenue'],
    ['Grant revenue for the year was $2.0 million, compared to $1.1 million for the prior year.', '$1.1 million', 'Grant revenue'],
    // an object with "of"
    ['In the quarter, Zentora reported collaboration revenues of $640,000.', '$640,000', 'collaboration revenues'],
    // a sum per share is the measure's amount per share
    ['Net loss was $8.0 million, or $0.21 per share.', '$0.21', 'Net loss per share'],
    // named right after the sum
    ['Zentora ended the quarter with $30 million in cash and cash equivalents.', '$30 million', 'cash and cash equivalents'],
    // a name right after the sum with nothing between is not read (a table's next row label stands there as often)
    ['Zentora reported the following figures: Grants $4 million Royalties $1 million', '$4 million', undefined],
    // a list of heads is one measure
    ['Cash, cash equivalents and marketable securities totaled $81.5 million at year end.', '$81.5 million', 'Cash, cash equivalents and marketable securities'],
    // a verb in "ed" ends the name
    ['Selling and marketing expenses increased to $4.4 million.', '$4.4 million', 'Selling and marketing expenses'],
    // a new clause after a comma names its own sums: none here
    ['Revenue was $2.0 million, and the company ended the year with $30 million.', '$30 million', undefined],
    // words after the sum that name no measure: unknown, not the clause's
    ['Product sales reached $9 million and Zentora won $4 million in new grants.', '$4 million', undefined],
    // a head that modifies the noun after it names no measure
    ['As of the payment date, Zentora held $4 million.', '$4 million', undefined],
    // a head that is a verb too, right before the sum
    ['The new plant cost $12 million.', '$12 million', undefined],
  ];
  for (const [text, written, measure] of cases) it(`${written} in ${JSON.stringify(text)}: ${measure ?? 'none'}`, () => {
    assert.equal(measureOf(text, written), measure);
  });

  it('gives a share that changes a sum\'s measure the same measure', () => {
    assert.equal(measureOf('Product revenue rose 12% to $3.0 million.', '12%'), 'Product revenue');
  });
  it('leaves a share with no sum of the measure alone', () => {
    assert.equal(measureOf('Product revenue rose 12% in the quarter.', '12%'), undefined);
  });
  it('leaves a figure bound to an endpoint alone', () => {
    const f = figuresOf('The overall response rate was 41% in the treated cohort.').find(x => x.text === '41%');
    assert.equal(f?.binding.measure, undefined);
  });
});
