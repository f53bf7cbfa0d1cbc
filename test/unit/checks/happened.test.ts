import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'date-inconsistent');

describe('date-inconsistent: an event stated as done after the release date', () => {
  // each row: an invented document, and whether an event is reported as dated after its release
  const cases: [string, boolean][] = [
    ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- The drug was approved in May 2026 in Japan.', true],
    ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- The drug was approved in January 2026 in Japan.', false],
    ['March 7, 2026\n\nOn March 17, 2026, the agency granted accelerated approval to drugamab.', true],
    ['Date: 2026-03-07\n\nAcme received the designation in April 2026.', true],
    ['Datum: 2026-03-07\n\nDas Mittel wurde im Februar 2026 zugelassen.', false],
    // future events, targets and schedules are no contradiction
    ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- The FDA accepted the filing and set a PDUFA date of May 20, 2026.', false],
    ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- The drug is expected to be approved in May 2026.', false],
    ['SPRINGFIELD, March 7, 2026 /Acme Wire/ -- Cash is sufficient to fund operations into 2028.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});
