/**
 * A rate above the rate it is part of, written in one sentence after other groups' rates of the same
 * endpoints earlier in the paragraph (invented sentences): the latest rate of its sentence is held to
 * as well as the paragraph's first; a sentence pairing lists ("respectively") is not.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const FIRST = 'In gout, zelbotamab gave an objective response rate of 20% and a disease control rate of 70%. ';

const rows: [string, number][] = [
  [FIRST + 'In lupus, 16 were assessable, with an objective response rate of 50% and a disease control rate of 44%.', 1],
  [FIRST + 'In lupus, 16 were assessable, with an objective response rate of 40% and a disease control rate of 44%.', 0],
  // lists paired in order: the values are not written beside their own endpoints
  [FIRST + 'In lupus and gout, the objective response rates were 50% and 10%, and the disease control rates were 60% and 44%, respectively.', 0],
];

describe('impossible-value: nested rates within one sentence', () => {
  for (const [doc, n] of rows) it(`${n} finding(s): ${doc.slice(FIRST.length)}`, () => assert.equal(messagesOf(doc, 'impossible-value').length, n));
});
