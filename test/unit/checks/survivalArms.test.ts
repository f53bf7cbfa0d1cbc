/**
 * survival-logic: a PFS the binding gave an arm of a drug, against that drug's OS stated with no
 * arm. The bindings are set by hand on an analysed invented text, so the check is tested apart
 * from how the binder reads arms.
 */
import { strict as assert } from 'assert';
import { analyzeText } from '../../../server/src/analysis';
import { survivalLogic } from '../../../server/src/analysis/checks/survivalLogic';
import type { FigureEntity } from '../../../server/src/analysis/model';

function judge(text: string, arms: Record<string, string>): string[] {
  const { model } = analyzeText(text);
  for (const e of model.entities) if (e.kind === 'figure' && arms[text.slice(e.start, e.end)] !== undefined) (e as FigureEntity).binding.arm = arms[text.slice(e.start, e.end)];
  return survivalLogic.run(model).map(f => text.slice(f.start, f.end));
}

describe('survival-logic: an arm\'s PFS and its drug\'s OS given without the arm', () => {
  const first = 'ZX-417 with leucovorin achieved an overall survival of 7.2 months versus the 5.0 month survival of the control arm.';
  // each row: an invented text, the arms set on its figures, and the PFS figures reported
  const cases: [string, Record<string, string>, string[]][] = [
    [`${first} With leucovorin, ZX-417 showed a median PFS of 8.4 months compared to 2.1 months in the control arm.`, { '8.4 months': 'leucovorin' }, ['8.4 months']],
    [`${first} With leucovorin, ZX-417 showed a median PFS of 6.4 months compared to 2.1 months in the control arm.`, { '8.4 months': 'leucovorin' }, []],
    // the drug's OS without an arm given twice with two values: two populations, no pair
    [`${first} In a second study ZX-417 achieved an overall survival of 9.9 months. With leucovorin, ZX-417 showed a median PFS of 8.4 months.`, { '8.4 months': 'leucovorin' }, []],
    // an OS of the PFS's own arm is the one compared
    [`${first} With leucovorin, ZX-417 showed a median PFS of 8.4 months and a median OS of 9.0 months.`, { '8.4 months': 'leucovorin', '9.0 months': 'leucovorin' }, []],
  ];
  for (const [text, arms, want] of cases) it(`judges ${JSON.stringify(text.slice(first.length, first.length + 90))}`, () => assert.deepEqual(judge(text, arms), want));
});
