/**
 * "6/60 (10.0)", "12 of 40 (30)": a bare number in brackets right after a count written with its denominator is that
 * count's share in per cent when k/n, rounded or cut to the number's own decimals, is the number. Tables write their
 * cells so ("n/N (%)") and often declare the per cent only in a header the reader may not carry to the cell; the
 * arithmetic says it here, whatever the header. A number that is not that share is left as it is.
 */
import type { FigureEntity } from './model';
import { decimalsOf, shareOf } from './checks/check';

/** Only an opening bracket (and spaces) between the count and the number; a closing one right after the number. */
const OPENS = /^[ \u00a0]?\([ \u00a0]?$/;
const CLOSES = /^[ \u00a0]?\)/;

export function applyFractionShares(figures: FigureEntity[], normalized: string, name: (f: FigureEntity) => string): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const count = figures[i], share = figures[i + 1];
    if (count.figureKind !== 'count' || typeof count.value !== 'number' || !count.denominator || count.denominator <= 0) continue;
    if (share.figureKind !== 'other' || share.unit || typeof share.value !== 'number' || share.value < 0 || share.value > 100) continue;
    if (share.start - count.end > 3 || !OPENS.test(normalized.slice(count.end, share.start)) || !CLOSES.test(normalized.slice(share.end, share.end + 2))) continue;
    if (!shareOf(count.value, count.denominator, share.value, decimalsOf(normalized.slice(share.start, share.end)))) continue;
    Object.assign(share, { figureKind: 'percent', unit: '%', reading: `the share ${count.value} of ${count.denominator} is, in per cent` });
    share.name = name(share);
  }
}
