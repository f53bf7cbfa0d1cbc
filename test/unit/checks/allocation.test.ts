import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';

/** Invented sentences: a stated allocation ratio against the arms' sizes, a suspended hyphen's time points, a price per share restated. */
describe('claimed-ratio: the allocation ratio against the arms\u2019 sizes', () => {
  const found = (text: string) => analyzeText(text).findings.filter(f => f.code === 'claimed-ratio');
  const cases: [string, boolean][] = [
    // of 130, 2:1 gives about 87:43; 50 is 15 % off its 43
    ['Patients were randomized 2:1 to AB-101 (n=80) or placebo (n=50).', true],
    // of 125, 2:1 gives about 83:42; 45 is 8 % off: within what blocks and strata leave
    ['Patients were randomized 2:1 to AB-101 (n=80) or placebo (n=45).', false],
    ['Patients were randomized 2:1 to AB-101 (n=84) or placebo (n=42).', false],
    // blocks leave a few patients either way
    ['Patients were randomized 2:1 to AB-101 (n=330) or placebo (n=168).', false],
    ['Patients were randomly assigned 1:1:1 to AB-101 10 mg (n=40), AB-101 20 mg (n=41) or placebo (n=52).', true],
    ['Patients were randomly assigned 1:1:1 to AB-101 10 mg (n=40), AB-101 20 mg (n=41) or placebo (n=42).', false],
    // sizes that are not the arms' (one size only) are not judged
    ['Patients were randomized 2:1; in total, 120 patients (n=120) were treated.', false],
    // a small trial: an arm off by fewer than three patients is within what blocks leave
    ['Patients were randomized 2:1 to AB-101 (n=9) or placebo (n=6).', false],
  ];
  for (const [text, expected] of cases) it(`${expected ? 'reports' : 'does not report'}: ${text}`, () => assert.equal(found(text).length > 0, expected, JSON.stringify(found(text).map(f => f.message))));
});

describe('a suspended hyphen: "1- and 2-year rates"', () => {
  it('reads each time point with the last compound\u2019s unit, and binds a respectively list to them', () => {
    const text = 'The 1- and 2-year PFS rates were 60% and 35%, respectively.';
    const { model } = analyzeText(text);
    const figs = model.entities.filter(e => e.kind === 'figure').map(e => e.kind === 'figure' ? [text.slice(e.start, e.end), e.figureKind, e.unit, e.binding.timepoint] : []);
    assert.deepEqual(figs.find(f => f[0] === '1-')?.slice(1, 3), ['duration', 'years']);
    assert.equal(figs.find(f => f[0] === '60%')?.[3], '1 year');
    assert.equal(figs.find(f => f[0] === '35%')?.[3], '2 years');
    // a hyphen before a word that is no time unit is no suspended duration
    assert.equal(analyzeText('Grade 3- and 4-related events were rare.').model.entities.some(e => e.kind === 'figure' && e.figureKind === 'duration'), false);
  });
});

describe('totals: shares times their price', () => {
  it('does not take a restated price per share for the proceeds', () => {
    const text = 'Acme Bio offered to buy the 22,552,686 outstanding shares of Beta Bio at $3.20 per share. The $3.20 per share is payable in cash.';
    assert.deepEqual(analyzeText(text).findings.filter(f => f.code === 'totals').map(f => f.message), []);
  });
});
