/**
 * An analysis set stated as a count ("16 were evaluable for response") is a count of people, and a
 * rate of response stated after it in its sentence is a share of that set, so grim holds the rate to
 * it. Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { figuresOf, messagesOf } from '../../helpers';

const lede = 'Acme Bio reported early data from its phase 1 study of zorvatinib.\n\n';

describe('a bare number that is the subject of an analysis set\'s words counts people', () => {
  const rows: [string, string, string][] = [
    ['In all, 30 adults were dosed at four sites, and 28 were evaluable for response.', '28', 'adults'],
    ['Of the 40 patients who enrolled early in the study, all but two began dosing; 36 were assessable at week 12.', '36', 'patients'],
    ['In the expansion part, 22 subjects received the drug and 19 were eligible for the efficacy analysis.', '19', 'subjects'],
  ];
  for (const [text, figure, unit] of rows) it(`${figure} in ${JSON.stringify(text)}`, () => {
    const f = figuresOf(lede + text).find(x => x.text === figure);
    assert.ok(f, 'the figure is read');
    assert.deepEqual([f.figureKind, f.unit], ['count', unit]);
  });
  it('a number before an adjective of another noun stays bare', () => {
    const f = figuresOf(lede + 'The assay gave 12 readings, of which 4 were ambiguous.').find(x => x.text === '4');
    assert.ok(!f || f.unit !== 'patients');
  });
});

describe('grim: a rate of response held to the analysis set stated before it', () => {
  const cases: [string, boolean][] = [
    // 47 % of 16: 7/16 = 43.8 %, 8/16 = 50 %
    ['For the 20 patients with gastric cancer in the study, 16 were evaluable for response, with an objective response rate of 13% and a disease control rate of 47%.', true],
    // 50 % of 16 is 8 of 16
    ['For the 20 patients with gastric cancer in the study, 16 were evaluable for response, with an objective response rate of 13% and a disease control rate of 50%.', false],
    // the set of the enrolled 20 is not the set the rate is of when a subgroup is named between them
    ['For the 20 patients in the study, 16 were evaluable for response; among those with liver metastases, the disease control rate was 47%.', false],
    // a sentence that compares arms takes its rates of each arm
    ['Overall 16 were evaluable for response, and the disease control rate was 47% with zorvatinib versus 30% with placebo.', false],
  ];
  for (const [text, expected] of cases) {
    it(`${expected ? 'reports' : 'does not report'}: ${JSON.stringify(text)}`, () => {
      const found = messagesOf(lede + text, 'grim');
      assert.equal(found.length > 0, expected, found.join(' | '));
    });
  }
});
