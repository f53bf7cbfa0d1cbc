import { strict as assert } from 'assert';
import { achievable as isShareOf } from '../../server/src/analysis/checks/shares';
import { figuresOf } from '../helpers';

describe('group shares: decimals that are each some k of their column\'s n', () => {
  const cases: [number, number, number, boolean][] = [
    [30.0, 40, 1, true], // 12/40
    [10.5, 38, 1, true], // 4/38 = 10.53
    [10.6, 38, 1, false],
    [62.3, 40, 1, false], // 24/40 = 60, 25/40 = 62.5
    [33.33, 3, 2, true],
    [0.0, 12, 1, true],
    [100.0, 7, 1, true],
    [101.0, 7, 1, false],
  ];
  for (const [value, n, decimals, want] of cases) it(`${value} of n=${n} is ${want ? '' : 'no '}share`, () => assert.equal(isShareOf(value, n, decimals), want));

  const table = (rows: string) => `Acme Bio: safety of AB-101\n\n| Event | AB-101 (n=40) | Placebo (n=38) |\n|---|---|---|\n${rows}\n`;
  const kind = (doc: string, text: string) => figuresOf(doc).find(f => f.text === text)?.figureKind;
  it('reads a row of k/n decimals as shares', () => {
    const doc = table('| Nausea | 30.0 | 10.5 |\n| Fatigue | 20.0 | 15.8 |');
    assert.deepEqual([kind(doc, '30.0'), kind(doc, '10.5'), kind(doc, '15.8')], ['percent', 'percent', 'percent']);
  });
  it('leaves a row with one number that is no k/n as it was', () => assert.equal(kind(table('| Nausea | 30.0 | 10.6 |'), '30.0'), 'other'));
  it('leaves a row whose label names a statistic', () => assert.equal(kind(table('| Mean score | 30.0 | 10.5 |'), '30.0'), 'other'));
  it('leaves whole numbers as they were (they may count patients)', () => assert.equal(kind(table('| Nausea | 12 | 4 |'), '12'), 'other'));
  it('leaves a row of large groups with one decimal, where chance would make k/n too often', () => {
    const doc = 'Acme Bio\n\n| Event | AB-101 (n=400) | Placebo (n=380) |\n|---|---|---|\n| Nausea | 30.0 | 10.5 |\n';
    assert.equal(kind(doc, '30.0'), 'other');
  });
});
