/**
 * date-inconsistent: a report signed at its end ("Springfield, 9 July 2026" and the signer) is dated
 * by its signature as a release is by its dateline, so a report on a period signed before the period
 * ends is reported. Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'date-inconsistent');

const body = 'Net sales for the period amounted to 41.2 MSEK (12.7 MSEK). The phase 2 study of zorvatinib enrolled its last patient. Cash at the end of the period amounted to 220.5 MSEK.';

describe('date-inconsistent: a report signed before its period ends', () => {
  // each row: an invented report, and whether its signature is reported
  const cases: [string, boolean][] = [
    [`ZORVANE AB HALF-YEAR REPORT 1 January \u2013 30 June 2026\n\n${body}\n\nSpringfield, 9 June 2026 Jane Doe, CEO\n`, true],
    // a copied title that lost its dash between the period's two dates
    [`Zorvane AB halvårsrapport 1 januari 30 juni 2026\n\n${body}\n\nLundby, den 9 juni 2026 Anna Berg, VD\n`, true],
    // signed after the period ended
    [`ZORVANE AB HALF-YEAR REPORT 1 January \u2013 30 June 2026\n\n${body}\n\nSpringfield, 9 August 2026 Jane Doe, CEO\n`, false],
    // a date at the end that no place opens is no signature
    [`ZORVANE AB HALF-YEAR REPORT 1 January \u2013 30 June 2026\n\n${body} The next report follows on 9 June 2026.\n`, false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text.slice(-60))}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
  }
});
