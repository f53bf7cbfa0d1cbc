/**
 * repeated-value, read from the text's own word: a figure the text says it repeats ("as mentioned", "come detto", "wie
 * erwähnt", contexts.json restatedMarkers, right before it in its clause) restates a figure stated before it. When no
 * earlier figure of its kind and unit has its value (within the rounding of the two), and exactly one earlier figure of
 * its kind and unit differs from it as a slip of one digit does (one digit changed, or two neighbouring digits swapped:
 * "24.3" written "23.4"), the two are one quantity written two ways, and the later is reported.
 *
 * Precision first: the marker must stand right before the figure (a few words between, no clause break), the earlier
 * figure must be of the same kind and unit, and the slip of one digit is what ties them; a marker before a figure the
 * document never stated (one restated from an earlier release) finds nothing to hold it to.
 */
import type { DocumentModel, FigureEntity } from '../model';
import { normalizedText, wordsPattern, type CheckFinding } from './check';
import { roundingRoom } from '../claims';
import contextWords from '../../../lexicon/grammar/contexts.json';

/** The marker, then at most three words (no digit, no sentence mark) before the figure. */
const MARKER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(contextWords.restatedMarkers.words)})(?![\\p{L}])[ ,]*(?:[\\p{L}'\u2019-]+[ ,]+){0,3}$`, 'iu');
/** How far before a figure its marker is looked for (characters). */
const REACH = 80;
/** Earlier figures held to a restatement, at most: the nearest first (the work stays linear). */
const MAX_EARLIER = 200;

/** The digits of a written figure, in order. */
const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Whether two digit strings of one length differ by one digit, or by two neighbouring digits swapped. */
function oneDigitSlip(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

export function saidBefore(model: DocumentModel, figures: readonly FigureEntity[]): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let k = 1; k < figures.length; k++) {
    const f = figures[k];
    if (typeof f.value !== 'number' || f.figureKind === 'date' || f.table) continue;
    const lead = text.slice(Math.max(0, f.start - REACH), f.start);
    if (!MARKER_BEFORE.test(lead)) continue;
    const written = text.slice(f.start, f.end);
    const mine = digitsOf(written);
    if (mine.length < 2) continue;
    const room = roundingRoom(written, f.value);
    let same = false;
    const slips: FigureEntity[] = [];
    for (let j = k - 1; j >= Math.max(0, k - MAX_EARLIER); j--) {
      const e = figures[j];
      if (e.figureKind !== f.figureKind || e.unit !== f.unit || typeof e.value !== 'number') continue;
      const theirs = text.slice(e.start, e.end);
      if (Math.abs(e.value - f.value) <= room + roundingRoom(theirs, e.value)) { same = true; break; }
      if (oneDigitSlip(digitsOf(theirs), mine)) slips.push(e);
    }
    if (same || slips.length !== 1) continue;
    const e = slips[0];
    out.push({
      message: `${written.trim()} is said to repeat a figure stated before, but the one it repeats reads ${text.slice(e.start, e.end).trim()}: one digit apart, two values of one quantity.`,
      start: f.start, end: f.end,
      related: [{ start: e.start, end: e.end, message: `stated before: ${text.slice(e.start, e.end).trim()}` }],
      data: { value: f.value, before: e.value as number }, fixes: [],
    });
  }
  return out;
}
