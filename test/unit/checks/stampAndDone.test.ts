/**
 * date-inconsistent: a web page's stamp glued by a copy to the next words dates the release, and more
 * verbs of a completed event ("lifted", "initiated"); invented documents.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'date-inconsistent');

describe('date-inconsistent: a glued web stamp, and more verbs of done events', () => {
  const cases: [string, number][] = [
    ['Acme updates data\n\nMar. 3, 2026 9:05 AM ETAcme Bio (ACME)By: A Writer\n\nIn April 2026, the agency lifted the partial clinical hold on the trial.\n', 1],
    ['Acme updates data\n\nMar. 3, 2026 9:05 AM ETAcme Bio (ACME)By: A Writer\n\nIn February 2026, the agency lifted the partial clinical hold on the trial.\n', 0],
    ['Acme updates data\n\nMarch 3, 2026 -- Acme Bio initiated the Phase 2 trial in May 2026.\n', 1],
    // planned in the same clause: not done
    ['Acme updates data\n\nMarch 3, 2026 -- Acme Bio expects the agency to have lifted the hold by May 2026.\n', 0],
  ];
  for (const [text, n] of cases) it(`${n}: ${text.split('\n')[2] || text.split('\n')[4]}`, () => assert.equal(found(text).length, n, found(text).join(' | ')));
});
