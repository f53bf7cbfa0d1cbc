/**
 * A ratio of two arms' risks, its interval and its p-value are bound to the comparison of the arms ("zelbotamab vs
 * placebo"), not to one arm. Every example is invented.
 */
import { strict as assert } from 'assert';
import { figureWritten, figuresOf } from '../helpers';

function armOf(text: string, written: string): string | undefined {
  return figureWritten(text, written).binding.arm;
}

describe('binding: a comparison\'s statistics are bound to the arms compared', () => {
  const trial = 'In the ZEN-301 trial, 412 patients were randomised to zelbotamab or placebo. ';
  it('binds a hazard ratio, its interval and its p-value to the drug against the document\'s comparator', () => {
    const text = trial + 'Zelbotamab reduced the risk of progression (hazard ratio 0.62; 95% CI, 0.48-0.80; p < 0.001).';
    assert.equal(armOf(text, '0.62'), 'zelbotamab vs placebo');
    assert.equal(armOf(text, '0.48-0.80'), 'zelbotamab vs placebo');
    assert.equal(armOf(text, '0.001'), 'zelbotamab vs placebo');
  });
  it('takes the comparator the sentence names', () => {
    const text = 'Zelbotamab extended overall survival compared with docetaxel (HR 0.71, p = 0.004).';
    assert.equal(armOf(text, '0.71'), 'zelbotamab vs docetaxel');
  });
  it('leaves a p-value alone in a sentence with no ratio and no comparator', () => {
    const text = trial + 'The response rate rose from baseline to week 12 (p = 0.03).';
    assert.equal(armOf(text, '0.03'), undefined);
  });
  it('leaves a ratio that compares no arms alone', () => {
    const text = trial + 'Exposure was 2.1-fold higher in the elderly.';
    assert.equal(armOf(text, '2.1-fold'), undefined);
  });
  it('binds nothing where the document names no comparator', () => {
    const text = 'In the single-arm ZEN-201 study, zelbotamab showed a hazard ratio of 0.80 against historical data.';
    assert.equal(armOf(text, '0.80'), undefined);
  });
});

describe('binding: a table\'s column of ratios compares the drug\'s arm with the comparator\'s', () => {
  it('binds a hazard ratio and its interval under "HR (95% CI)" to the drug against placebo', () => {
    const doc = 'Zelbotamab was compared with placebo.\n\n| Endpoint | Zelbotamab (n=200) | Placebo (n=198) | HR (95% CI) |\n|---|---|---|---|\n| Median PFS, months | 8.4 | 5.1 | 0.61 (0.48–0.78) |\n';
    const hr = figuresOf(doc, 'markdown').find(x => x.text === '0.61');
    assert.equal(hr?.binding.arm, 'zelbotamab vs placebo');
    const median = figuresOf(doc, 'markdown').find(x => x.text === '8.4');
    assert.notEqual(median?.binding.arm, 'zelbotamab vs placebo');
  });
});
