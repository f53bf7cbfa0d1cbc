import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';

/**
 * Invented sentences: parts of a stated whole that give their own shares of it. When each share fits its part and the
 * shares fall short of 100 % together, the parts say they are some of the whole (totals is silent); a share that does
 * not fit, or a whole changed, leaves the parts judged. And a count written in words with its scale joined by a hyphen.
 */
describe('totals: parts that give their shares of the whole', () => {
  const found = (text: string) => analyzeText(text).findings.filter(f => f.code === 'totals');
  const lead = 'Acme reported the ACME-3 trial. In total, 600 patients were randomized to AB-101 or AB-202; ';
  const cases: [string, boolean][] = [
    [lead + '84 patients (14%) had subtype X and 414 (69%) had subtype Y.', false],
    [lead + '84 patients had subtype X and 414 had subtype Y.', true],
    // a share that does not fit its part: the numbers are judged
    [lead + '84 patients (24%) had subtype X and 414 (69%) had subtype Y.', true],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text.slice(lead.length)}`, () => assert.equal(found(text).length > 0, expected, JSON.stringify(found(text).map(f => f.message))));
});

describe('figures: a count of hundreds joined to its scale word by a hyphen', () => {
  const value = (text: string, surface: string) => {
    const f = analyzeText(text).model.entities.find(e => e.kind === 'figure' && text.slice(e.start, e.end) === surface);
    return f && f.kind === 'figure' ? f.value : undefined;
  };
  it('reads "Six-hundred nineteen", "one-hundred", "one-thousand"', () => {
    assert.equal(value('Six-hundred nineteen patients were randomized.', 'Six-hundred nineteen patients'), 619);
    assert.equal(value('About one-hundred patients were dosed.', 'About one-hundred patients'), 100);
    assert.equal(value('Over one-thousand doses were given.', 'Over one-thousand doses'), 1000);
    // a unit joined by a hyphen still ends the number there
    assert.equal(value('A six-month course was given.', 'six-month'), 6);
  });
});
