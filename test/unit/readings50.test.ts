import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';

/** The figures of a sentence that are written as `written`, each as "kind value unit". */
function readingsOf(text: string, written: string[]): string[] {
  const figures = figuresOf(text);
  return written.map(w => {
    const f = figures.find(x => text.slice(x.start, x.end) === w);
    return f ? `${f.figureKind} ${JSON.stringify(f.value)} ${f.unit}` : 'none';
  });
}

describe('readings of session 50', () => {
  describe('bare whole numbers listed after a count, each below it and together no more, are its parts', () => {
    const PARTS: [string, string[], string[]][] = [
      ['A total of 140 patients were enrolled: 100 with the mutation, 30 without it and 10 unknown.', ['100', '30', '10'], ['count 100 patients', 'count 30 patients', 'count 10 patients']],
      ['In the study, 60 patients (45 Z, 15 Q) were dosed.', ['45', '15'], ['count 45 patients', 'count 15 patients']],
      ['Of the 90 cases, with 50 in the placebo group and 40 in the zelbo group, most were mild.', ['50', '40'], ['count 50 cases', 'count 40 cases']],
      ['In all, 48 patients were treated, with 20 ABC, 18 XYZ2 and 10 other subtypes.', ['20', '18', '10'], ['count 20 patients', 'count 18 patients', 'count 10 patients']],
      ['Of the 25 patients, 12 (48%) had a complete response and 8 (32%) a partial response.', ['12', '8'], ['count 12 patients', 'count 8 patients']],
    ];
    for (const [text, written, want] of PARTS) it(text, () => assert.deepEqual(readingsOf(text, written), want));
  });

  describe('numbers that are not parts of the count before them stay as they are read', () => {
    const NOT_PARTS: [string, string[]][] = [
      // a noun right before the first number names things by their numbers
      ['Overall, 150 patients received ZB-417, an inhibitor of receptors 1, 2 and 3.', ['1', '2', '3']],
      // a label word before it names groups
      ['We treated 120 patients in cohorts 1 and 2.', ['1', '2']],
      // the parts would add up to more than the whole
      ['In the trial, 40 patients (30 A, 25 B) were dosed.', ['30', '25']],
      // one number alone is no list of parts
      ['In the trial, 40 patients (30 women) were dosed.', ['30']],
      // a sentence ends between the count and the numbers
      ['Acme enrolled 200 patients. Sites 12 and 14 closed early.', ['12', '14']],
    ];
    for (const [text, written] of NOT_PARTS) {
      it(text, () => {
        for (const r of readingsOf(text, written)) assert.doesNotMatch(r, /patients$/, r);
      });
    }
  });
});
