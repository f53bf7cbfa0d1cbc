/**
 * An endpoint's name made a status by a hyphen ("MRD-positive patients") qualifies a group of
 * people: it is no mention of the endpoint, and the count of those people is read whole. Every
 * sentence here is invented.
 */
import { strict as assert } from 'assert';
import { figuresOf, mentionTexts } from '../helpers';

const lede = 'Acme Bio reported data from its phase 2 study of zorvatinib.\n\n';

describe('an endpoint name made a status of people', () => {
  const rows: [string, string, number, number | undefined][] = [
    ['With zorvatinib, 23 of 30 MRD-positive patients (77%) became MRD negative.', '23 of 30 MRD-positive patients', 23, 30],
  ];
  for (const [text, figure, value, whole] of rows) it(`${JSON.stringify(figure)} is one count`, () => {
    const f = figuresOf(lede + text).find(x => x.text === figure);
    assert.ok(f, `figures: ${figuresOf(lede + text).map(x => JSON.stringify(x.text)).join(', ')}`);
    assert.deepEqual([f.figureKind, f.value, f.denominator], ['count', value, whole]);
  });
  it('the endpoint named as an outcome stays an endpoint', () => {
    const found = mentionTexts(lede + 'The rate of MRD negativity was 60%, and the MRD rate was assessed at week 12.', 'endpoint');
    assert.ok(found.some(t => /MRD/.test(t)), found.join(', '));
  });
});
