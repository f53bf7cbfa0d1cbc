/**
 * Two numbers joined by "to", "auf", "versus" share the unit written after the second, a hedge
 * before the second ("about", "rund") included. Every sentence here is invented.
 */
import { strict as assert } from 'assert';
import { figuresOf } from '../helpers';

describe('a unit written after a hedged second number reaches the first', () => {
  const rows: [string, string, string, number, string][] = [
    ['The stake rose from 9.5 to about 11 percent.', '9.5', 'percent', 9.5, '%'],
    ['Der Anteil stieg von 9,5 auf rund 11 Prozent.', '9,5', 'percent', 9.5, '%'],
    ['Median follow-up grew from 14.2 to approximately 20.1 months.', '14.2', 'duration', 14.2, 'months'],
  ];
  for (const [text, figure, kind, value, unit] of rows) it(`${figure} in ${JSON.stringify(text)}`, () => {
    const f = figuresOf('Acme Bio reported an update.\n\n' + text).find(x => x.text === figure);
    assert.ok(f, 'the figure is read');
    assert.deepEqual([f.figureKind, f.value, f.unit], [kind, value, unit]);
  });
});
