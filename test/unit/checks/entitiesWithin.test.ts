/**
 * entitiesWithin (checks/check.ts): the entities of a span found by binary search in a list sorted by start are those the
 * plain filter finds, in the same order, at the span's edges too; a list not sorted (a model built by hand) is filtered.
 */
import { strict as assert } from 'assert';
import { entitiesWithin } from '../../../server/src/analysis/checks/check';

type Item = { start: number; end: number; id: string };
const filtered = (list: Item[], from: number, to: number) => list.filter(e => e.start >= from && e.end <= to).map(e => e.id);

describe('entitiesWithin', () => {
  // "Acme Bio said AB-101 gave 40 % (8 of 20) in the AB-101 arm": items sorted by start, two starting together, one nested
  const sorted: Item[] = [
    { start: 0, end: 8, id: 'Acme Bio' }, { start: 14, end: 20, id: 'AB-101' }, { start: 26, end: 30, id: '40 %' },
    { start: 32, end: 39, id: '8 of 20' }, { start: 32, end: 33, id: '8' }, { start: 48, end: 54, id: 'AB-101 arm' },
  ];
  const spans: [number, number][] = [[0, 60], [0, 8], [0, 7], [14, 30], [15, 30], [26, 39], [32, 33], [33, 60], [54, 60], [8, 14], [60, 70]];
  for (const [from, to] of spans) {
    it(`[${from}, ${to}) of a sorted list: the filter's items, in order`, () => {
      assert.deepEqual(entitiesWithin(sorted, from, to).map(e => e.id), filtered(sorted, from, to));
    });
  }
  it('an empty span right at an item holds nothing that is not empty', () => {
    assert.deepEqual(entitiesWithin(sorted, 26, 26).map(e => e.id), []);
  });
  it('a list not sorted by start is filtered as it stands', () => {
    const unsorted: Item[] = [sorted[3], sorted[0], sorted[2], sorted[1]];
    for (const [from, to] of spans) assert.deepEqual(entitiesWithin(unsorted, from, to).map(e => e.id), filtered(unsorted, from, to));
    assert.deepEqual(entitiesWithin(unsorted, 0, 40).map(e => e.id), ['8 of 20', 'Acme Bio', '40 %', 'AB-101']);
  });
});
