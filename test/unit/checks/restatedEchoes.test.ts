/**
 * repeated-value: a summary (a headline, a bullet) restated in the text with another value, found by
 * the distinctive words the two statements share. Every document here is invented.
 */
import { strict as assert } from 'assert';
import { messagesOf } from '../../helpers';

const found = (text: string) => messagesOf(text, 'repeated-value').filter(m => /same words/.test(m));

const body = (value: string, extra = '') => [
  'Zentorix Bio prices public offering',
  '',
  `Zentorix Bio (Nasdaq: ZTX) today announced the pricing of its underwritten offering, bringing the underwriters' total for Zentorix to ${value}${extra}. The offering is expected to close on March 3, subject to customary closing conditions.`,
  '',
  'Zentorix Bio is developing velorixant for chronic cough. The company was founded in 2019 and employs 48 people at its site in Leiden.',
].join('\n');

describe('repeated-value: a summary restated in the same words', () => {
  const headline = (value: string) => `- Underwritten offering for Zentorix brings ${value}\n\n`;
  const cases: [string, boolean][] = [
    // the bullet says $48 million, the text $43 million
    [headline('$48 million') + body('$43 million'), true],
    // the same value, or one that rounding or a hedge allows (a hedge: one unit of its last written digit either way)
    [headline('$48 million') + body('$48.0 million'), false],
    [headline('about $48 million') + body('$47 million'), false],
    [headline('about $50 million') + body('$46 million'), false],
    [headline('about $48 million') + body('$46 million'), true],
    // too far apart to be one statement misread (a total and a per-share amount share words)
    [headline('$48 million') + body('$148 million'), false],
    // half again as large, or more: in words this loosely matched, another measure (a count of customers beside revenue)
    [headline('$48 million') + body('$72 million'), false],
    [headline('$48 million') + body('$60 million'), true],
    // the text states the summary's value and another beside it: that one is another measure's
    [headline('$48 million') + body('$48 million', ', or $55 million if the underwriters exercise their option in full'), false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${text.split('\n')[0]} / ${/Zentorix to ([^.]*)\./.exec(text.split('\n').slice(1).join(' '))?.[1]}`, () => assert.equal(found(text).length > 0, expected, found(text).join(' | ')));
  }

  it('does not compare a summary with text about another endpoint', () => {
    const text = '- ORR of 42% with dosarimab in the expansion cohort\n\nIn the expansion cohort of the trial, dosarimab achieved a disease control rate of 61% among the evaluable patients, and the ORR was 42%.';
    assert.deepEqual(found(text), []);
  });
});
