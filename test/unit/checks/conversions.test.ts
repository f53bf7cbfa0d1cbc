/**
 * repeated-value: a sum restated in another currency right after it gives an exchange rate, and
 * every such pair of a document, and a rate it states, must give one (conversions.ts). Every
 * document here is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'repeated-value').filter(m => /exchange rate/.test(m));

describe('repeated-value: one sum in two currencies', () => {
  // each row: an invented document, and whether a restatement at another rate is reported
  const cases: [string, boolean][] = [
    // a rate the document states
    ['Quorix received C$120.0 million ($94.0 million) from the fund.\n\n($1 = 1.2800 Canadian dollars)', false],
    ['Quorix received C$120.0 million ($104.0 million) from the fund.\n\n($1 = 1.2800 Canadian dollars)', true],
    // the rate the other pairs agree on
    ['Quorix grew its revenue to EUR 12.0 million (USD 13.2 million). Velorix reached EUR 30.0 million (USD 33.0 million). Harlow earned EUR 8.0 million (USD 8.8 million).', false],
    ['Quorix grew its revenue to EUR 12.0 million (USD 13.2 million). Velorix reached EUR 30.0 million (USD 39.0 million). Harlow earned EUR 8.0 million (USD 8.8 million).', true],
    // two pairs alone: which one is wrong is not plain
    ['Quorix grew its revenue to EUR 12.0 million (USD 13.2 million). Velorix reached EUR 30.0 million (USD 39.0 million).', false],
    // rounding of the written numbers, and a hedge, leave room
    ['Quorix grew its revenue to EUR 12 million (USD 13 million). Velorix reached EUR 30.0 million (USD 33.0 million). Harlow earned EUR 8.0 million (USD 8.8 million).', false],
    ['Quorix received C$120.0 million (about $91.0 million) from the fund.\n\n($1 = 1.2800 Canadian dollars)', false],
    // a German sum and its Mark
    ['Quorix steigerte den Umsatz auf 5,0 Millionen Euro (9,8 Millionen Mark). Velorix erzielte 20,0 Millionen Euro (39,1 Millionen Mark). Harlow kam auf 8,0 Millionen Euro (17,6 Millionen Mark).', true],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${text.slice(0, 100)}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
  }
});
