/**
 * repeated-value, read without a model of the claim: a passage restated word for word but for one number. A standfirst
 * that repeats the lead, a summary bullet that repeats the body, a caption that repeats the text: when the words on both
 * sides of a figure are the same, eight and eight, with every other number among them the same too, the two figures
 * state one quantity, and two values of it cannot both be right ("... will pay $12 million upfront on signing, followed
 * by ..." and, further down, the same words with $15 million).
 *
 * Precision first: a figure right after a word of comparison ("compared to $9 million in the same period") is another
 * period's or group's, whatever the words around it; tables' cells and lines of a flattened table (a bar, or the same
 * header repeated over columns) are left to the table checks; two figures closer than a short clause are one list.
 */
import type { DocumentModel, FigureEntity } from '../model';
import type { CheckFinding } from './check';
import { wordsPattern } from './check';
import bindingWords from '../../../lexicon/grammar/binding.json';

/** Words on each side of a figure that must be the same. */
const WORDS = 8;
/** How far to look for them (characters): a window, so a figure costs the same however long its sentence. */
const REACH = 160;
/** Two figures nearer than this are items of one list, not a passage and its restatement. */
const MIN_APART = 80;
/** Right before a figure: a word of comparison (English and German here, other languages' in binding.json versusWords), or a change's origin. */
const COMPARED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...bindingWords.versusWords.words, 'vs', 'vs.', 'versus', 'compared to', 'compared with', 'against', 'gegen\u00fcber', 'from', 'von'])})\\s*$`, 'iu');

function sideWords(piece: string, fromEnd: boolean): string[] | undefined {
  if (/[|\n\t]/.test(piece.replace(/\n(?=\S)/g, ' '))) return undefined;
  const words = piece.split(/\s+/).filter(Boolean);
  if (words.length <= WORDS) return undefined;
  return fromEnd ? words.slice(-WORDS) : words.slice(0, WORDS);
}

/** The figures whose passage restates an earlier one's word for word with another value. */
export function wordForWordRestatements(model: DocumentModel, figures: readonly FigureEntity[]): CheckFinding[] {
  const text = model.text;
  const out: CheckFinding[] = [];
  const seen = new Map<string, FigureEntity>();
  for (const f of figures) {
    if (f.table || typeof f.value !== 'number' || f.figureKind === 'date') continue;
    const before = text.slice(Math.max(0, f.start - REACH), f.start);
    if (COMPARED_BEFORE.test(before)) continue;
    const left = sideWords(before, true);
    const right = left && sideWords(text.slice(f.end, f.end + REACH), false);
    if (!left || !right) continue;
    // (the words' case aside, as a headline capitalises them)
    const key = `${f.figureKind}|${f.unit}|${left.join(' ').toLowerCase()}|${right.join(' ').toLowerCase()}`;
    const first = seen.get(key);
    if (!first) { seen.set(key, f); continue; }
    if (first.value === f.value || f.start - first.end < MIN_APART) continue;
    const firstText = text.slice(first.start, first.end), here = text.slice(f.start, f.end);
    out.push({
      message: `The same words state ${here} here but ${firstText} earlier: a passage restated word for word cannot give its number two values.`,
      start: f.start, end: f.end, related: [{ start: first.start, end: first.end, message: 'the earlier statement, in the same words' }],
      data: { first: first.value, second: f.value }, fixes: [],
    });
  }
  return out;
}
