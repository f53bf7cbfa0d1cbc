/**
 * Durations written in Japanese or Chinese (numbers.json durationWordsCjk): read with no word boundary after
 * them, a genitive particle after one making it a modifier (a time point, as "12-month" is); a bare year, month
 * or day after a number stays a date's part. Invented sentences.
 */
import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';

const cases: [string, string, string | undefined, boolean | undefined][] = [
  // text, the figure's surface, its unit (undefined: not a duration), whether it is a time point
  ['AB-101 群の OS 中央値は 5.3 ヵ月であった。', '5.3 ヵ月', 'months', false],
  ['AB-101 群の OS 中央値は 5.3カ月であった。', '5.3カ月', 'months', false],
  ['12 ヵ月の全生存率は 61.5% であった。', '12 ヵ月', 'months', true],
  ['中位总生存期为 14.2个月。', '14.2个月', 'months', false],
  ['治療期間は 24 週間であった。', '24 週間', 'weeks', false],
  ['2030 年 8 月 17 日にデータを固定した。', '2030', undefined, undefined],
];

describe('durations in Japanese and Chinese', () => {
  for (const [text, surface, unit, point] of cases) {
    it(`${text} -> ${surface}: ${unit ?? 'no duration'}`, () => {
      const f = figuresOf(text).find(x => text.slice(x.start, x.end).startsWith(surface.slice(0, 2)));
      if (unit === undefined) { assert.ok(!f || f.figureKind !== 'duration', JSON.stringify(f)); return; }
      assert.ok(f, 'no figure');
      assert.equal(f!.figureKind, 'duration');
      assert.equal(f!.unit, unit);
      assert.equal(text.slice(f!.start, f!.end), surface);
      assert.equal(!!f!.timepoint, point);
    });
  }
});
