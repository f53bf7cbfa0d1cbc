/**
 * impossible-value: a sum said to make up a whole sum, and above it (composition.ts). Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'impossible-value').filter(m => /make up/.test(m));

describe('impossible-value: a part said to make up its whole', () => {
  // each row: an invented document, and whether a part above the whole it makes up is reported
  const cases: [string, boolean][] = [
    ['Acme Bio reported revenue of $40.0 million for 2030. Revenue consisted mainly of a $55.0 million upfront payment from Beta Pharma.', true],
    ['Acme Bio reported revenue of $40.0 million for 2030. Revenue consisted mainly of a $35.0 million upfront payment from Beta Pharma.', false],
    // the whole compared with another period: the part is held to both sums
    ['Acme Bio reported revenue of $40.0 million, compared with $60.0 million in 2029. Revenue consisted primarily of a $55.0 million milestone.', false],
    ['Acme Bio reported revenue of $40.0 million, compared with $30.0 million in 2029. Revenue consisted primarily of a $55.0 million milestone.', true],
    ['Acme Bio havde en omsætning på DKK 120 millioner. Omsætningen består hovedsagelig af DKK 150 millioner i licensbetalinger.', true],
    ['Acme Bio havde en omsætning på DKK 120 millioner. Omsætningen består hovedsagelig af DKK 100 millioner i licensbetalinger.', false],
    ['Der Umsatz der Acme Bio AG betrug 12,0 Mio. EUR. Der Umsatz bestand hauptsächlich aus 14,5 Mio. EUR Lizenzeinnahmen.', true],
    // a part in another currency is not compared
    ['Acme Bio havde en omsætning på DKK 120 millioner. Omsætningen består hovedsagelig af USD 25 millioner i licensbetalinger.', false],
    // the part first, then what it makes up
    ['Acme received an upfront payment of $65 million, which accounted for most of its total revenue of $50 million for the year.', true],
    ['Acme received an upfront payment of $45 million, which accounted for most of its total revenue of $50 million for the year.', false],
    ['Licence income of EUR 9.0 million, making up the bulk of revenue of EUR 7.5 million, came from Beta Pharma.', true],
    // no whole named before the verb: not read
    ['The $80 million financing consisted mainly of a $90 million investment by Gamma Capital.', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${text.slice(0, 100)}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
  }
});
