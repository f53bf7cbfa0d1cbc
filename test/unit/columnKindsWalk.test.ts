/**
 * applyColumnKinds walks only the paragraphs that name a column's statistic: on random texts of
 * headers, one-value lines, prose, blank and white-space lines, it reads every figure as the walk of
 * every line does (applyColumnKindsByLine), and again after edits, with the memo of readings kept.
 */
import { strict as assert } from 'assert';
import { applyColumnKinds, applyColumnKindsByLine } from '../../server/src/analysis/columnKinds';
import { clearMemo } from '../../server/src/analysis/memo';
import type { FigureEntity } from '../../server/src/analysis/model';
import { generator } from './incremental.test';

/** Invented lines: headers that name statistics (or not quite), lines of one value, prose with numbers, blank lines. */
const LINES = [
  'HR (95% CI) P value', 'Hazard ratio (95% CI) p-value', 'OR | 95% CI | P', 'HR P value', 'hr (95% CI) P value', 'Median (95% CI)',
  '0.61', '(0.45-0.83)', '0.002', '<0.001', '1.2', '[0.9 to 1.6]', '0.04', '12.5',
  'The rate was 41 % in the trial.', 'Net revenue of 12.4 million', '', '   ', '\t', 'HR (95% CI) P value 0.7',
];

function figuresOf(text: string): FigureEntity[] {
  const out: FigureEntity[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const start = m.index!, end = start + m[0].length;
    out.push({ kind: 'figure', figureKind: 'other', value: Number(m[0]), unit: '', start, end, text: m[0], binding: {} } as unknown as FigureEntity);
  }
  return out;
}

const name = (f: FigureEntity) => `${f.figureKind} ${f.unit}`;
const readings = (fs: FigureEntity[]) => fs.map(f => ({ start: f.start, kind: f.figureKind, unit: f.unit, reading: f.reading, level: f.level, name: f.name }));

describe('column kinds read paragraph by paragraph (columnKinds.ts)', () => {
  it('read every figure as the walk of every line does, before and after edits', () => {
    clearMemo();
    const random = generator(31);
    let found = 0;
    for (let doc = 0; doc < 60; doc++) {
      let text = Array.from({ length: 5 + random(40) }, () => LINES[random(LINES.length)]).join('\n');
      for (let step = 0; step < 8; step++) {
        const a = figuresOf(text), b = figuresOf(text);
        applyColumnKinds(a, text, name);
        applyColumnKindsByLine(b, text, name);
        assert.deepEqual(readings(a), readings(b), `document ${doc}, step ${step}: ${JSON.stringify(text)}`);
        found += a.filter(f => f.reading).length;
        // an edit: a line inserted, a character deleted, or a blank line made
        const at = random(text.length + 1);
        text = [text.slice(0, at) + '\n' + LINES[random(LINES.length)] + '\n' + text.slice(at), text.slice(0, at) + text.slice(at + 1), text.slice(0, at) + '\n\n' + text.slice(at)][random(3)];
      }
    }
    // the comparison proves something only if the reading found columns
    assert.ok(found > 50, `${found} figures read by their column`);
  });
});
