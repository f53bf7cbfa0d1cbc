import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'date-inconsistent');

/** Each row: an invented document, and whether date-inconsistent reports something in it (one finding, or none). */
function table(name: string, cases: [string, boolean][]): void {
  describe(`date-inconsistent: ${name}`, () => {
    for (const [text, reported] of cases) {
      it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
    }
  });
}

table('the release date in a page header', [
  // a web page's reading time after the date and its clock time
  ['Acme Daily\nTuesday, March 3, 2026 8:05 am ET 2 min read\nACME--\nFull data will be shown at a congress in January 2026.', true],
  ['Acme Daily\nTuesday, March 3, 2026 8:05 am ET 2 min read\nACME--\nFull data will be shown at a congress in May 2026.', false],
  // "last reviewed" labels the page's date; "as of" opens a clause stated as done
  ['Written by\nLast reviewed\nMarch 3, 2026\n\nAs of April 20, 2026, the FOO-9 study met its primary endpoint.', true],
  ['Written by\nLast reviewed\nMarch 3, 2026\n\nAs of February 20, 2026, the FOO-9 study met its primary endpoint.', false],
  // a bullet the layout joins to the dateline below it still ends with its date
  ['- Acme will hold an investor call on March 2, 2026\nSPRINGFIELD, March 3, 2026 (ACME WIRE) -- Acme presented new data today.', true],
  ['- Acme will hold an investor call on March 4, 2026\nSPRINGFIELD, March 3, 2026 (ACME WIRE) -- Acme presented new data today.', false],
]);
