/**
 * impossible-value: a part of a whole above 100 %, read from a word right beside the percentage
 * that makes it one (a stake, a share, an ejection fraction, data maturity, "owns ... of"), in the
 * languages the word lists hold. Growth and comparisons with a target are never parts of a whole.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'impossible-value');

describe('impossible-value: a part of a whole above 100 %', () => {
  // each row: an invented sentence, and whether a part of a whole above 100 % is reported
  const cases: [string, boolean][] = [
    ['Acme will receive a 120 % equity stake in Beta Bio.', true],
    ['The analysis was run at 130% data maturity.', true],
    ['Patients had a left ventricular ejection fraction of at least 140 %.', true],
    ['Die Patienten hatten eine Auswurfleistung von mindestens 140 Prozent.', true],
    ['Gamma Holding owns about 115 % of Delta Bio.', true],
    ['Stiftelsen ejer 130 pct. af aktierne.', true],
    ['Acme holds a stake of 105% in the venture.', true],
    ['Het aandeel van 112 procent is opmerkelijk.', true],
    // parts of a whole at or under 100 %
    ['Acme will receive a 20 % equity stake in Beta Bio.', false],
    ['Gamma Holding owns about 15 % of Delta Bio.', false],
    // growth and targets are no parts
    ['Revenue rose 120 % to $40 million.', false],
    ['Enrolment reached 115 % of target.', false],
    ['The stake rose by 150 % over the year.', false],
    ['Shares of Acme rose 130 % after the data.', false],
  ];
  for (const [text, reported] of cases) it(`${reported ? 'reports' : 'accepts'} ${JSON.stringify(text)}`, () => assert.equal(found(text).length, reported ? 1 : 0, found(text).join('; ')));
});
