/**
 * A range whose low end is above its high end (part of impossible-value): "weight loss ranged from
 * 12.6 % to 11.3 %", "adverse events in 85–80 % of patients", "die Werte lagen zwischen 40 und 30
 * Prozent". The figure reader reads such a pair as two figures, since no range runs downwards; this
 * check reads the pair back as the range the writer meant when nothing else can join the two:
 * - a dash between two numbers of one unit, the unit written once after the second (a dash between
 *   two figures that carry their own units may be a list or a comparison, "85 % – 80 %");
 * - a word of a range ("to", "and", "bis") between two figures of one unit, right after a word that
 *   opens a range ("ranged from", "varied between"): a bare "from ... to" is a change, never read.
 * The words are data (lexicon/grammar/nesting.json reversedRanges); the grammar is here.
 */
import { figuresBySentence, halfUnit, normalizedText, wordsPattern, type CheckFinding } from './check';
import nesting from '../../../lexicon/grammar/nesting.json';
import type { DocumentModel, FigureEntity } from '../model';

const WORDS = nesting.reversedRanges;
const HEDGE = `(?:(?:${wordsPattern(nesting.wholeParts.hedges)})\\s+)?`;
/** "ranged from", "lag zwischen", a hedge or a currency sign at most between it and the figure. */
const OPENER = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(WORDS.openers)})\\s+${HEDGE}$`, 'iu');
const JOINER = new RegExp(`^\\s+(?:${wordsPattern(WORDS.joiners)})\\s+(?:${wordsPattern(nesting.wholeParts.hedges)}\\s+)?$`, 'iu');
/** One dash, a space at most on either side. */
const DASH = /^ ?[-\u2010\u2011\u2012\u2013\u2014\u2212] ?$/;
/** Right before the first figure: another dash or a digit makes the pair part of a longer run ("3-2-1", "-5 - -3"). */
const RUN_BEFORE = /[-\u2010-\u2014\u2212\d/.,]\s?$/;
const RUN_AFTER = /^\s?[-\u2010-\u2014\u2212/]\s?\d/;
/** A number written bare, with no unit or sign of its own. */
const BARE = /^\d[\d.,\u00a0\u202f ]*$/;
const KINDS = new Set(['percent', 'duration', 'money', 'count', 'other', 'dose']);
/** The kinds a dash may join as a range written downwards; a range word ("ranged from") reads every kind above. */
const DASH_KINDS = new Set(['percent', 'duration', 'money', 'count']);

const scalar = (f: FigureEntity) => typeof f.value === 'number' && KINDS.has(f.figureKind) && (!f.comparator || f.comparator === '~');

export function reversedRanges(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    for (let k = 1; k < inS.length; k++) {
      const lo = inS[k - 1], hi = inS[k];
      if (!scalar(lo) || !scalar(hi) || hi.unit === '') continue;
      const room = halfUnit(model.text.slice(lo.start, lo.end)) + halfUnit(model.text.slice(hi.start, hi.end));
      if ((lo.value as number) <= (hi.value as number) + room) continue;
      const between = text.slice(lo.end, hi.start);
      const before = text.slice(Math.max(0, lo.start - 40), lo.start);
      let read = false;
      if (DASH.test(between)) {
        // the unit written once, after the second: the first is a bare number of the same measure
        // (never a dose, which a taper writes from high to low, "20–10 mg", nor a scale's points, written from either end)
        read = DASH_KINDS.has(hi.figureKind) && BARE.test(model.text.slice(lo.start, lo.end)) && (lo.unit === '' || lo.unit === hi.unit)
          && !RUN_BEFORE.test(before) && !RUN_AFTER.test(text.slice(hi.end, hi.end + 4));
      } else if (JOINER.test(between)) {
        read = (lo.unit === hi.unit || lo.unit === '') && OPENER.test(before.replace(/[$\u20ac\u00a3]$/, ''));
      }
      if (!read) continue;
      report(lo.start, hi.end, lo.value as number, hi.value as number);
    }
  }
  // a range read as one figure ("ranged from $50 million to $20 million"): read by the same words
  for (let fI = 0; fI < model.entities.length; fI++) { const f = model.entities[fI];
    if (f.kind !== 'figure' || !Array.isArray(f.value) || !KINDS.has(f.figureKind) || f.comparator) continue;
    const [a, b] = f.value;
    const surface = model.text.slice(f.start, f.end);
    if (a <= b + halfUnit(surface) * 2) continue;
    const dash = /\d ?[-\u2010-\u2014\u2212] ?[$\u20ac\u00a3]?\d/.test(surface);
    const before = text.slice(Math.max(0, f.start - 40), f.start);
    if (dash ? RUN_BEFORE.test(before) || RUN_AFTER.test(text.slice(f.end, f.end + 4)) : !OPENER.test(before)) continue;
    report(f.start, f.end, a, b);
  }
  return out;

  function report(start: number, end: number, low: number, high: number) {
      const surface = model.text.slice(start, end);
      out.push({
        message: `The range ${surface} runs downwards: a range's low end cannot be above its high end.`,
        start, end,
        related: [],
        data: { low, high }, fixes: [],
      });
  }
}
