/**
 * totals: each arm's size against the count of people randomised. "The trial randomized 620 patients 1:1 (306 per arm)":
 * an allocation ratio of equal parts names how many arms there are (two for "1:1", three for "1:1:1"), and a count of
 * people that the words after it give to each arm (totals.json perArm) times that many arms is the whole randomised.
 *
 * Read in one sentence: the ratio's parts all equal, one count per arm, and the whole the one other count of people in
 * the sentence, stated before the per-arm count (or, when the sentence has none, the one count of people of the sentence
 * before it in its paragraph, else the one count of people the whole document states before it). Counts of people are whole numbers, so the product must match exactly.
 */
import type { DocumentModel, FigureEntity } from '../model';
import { figuresBySentence, normalizedText, paragraphIndexAt, wordsPattern, type CheckFinding } from './check';
import { PEOPLE_UNIT } from '../people';
import words from '../../../lexicon/grammar/totals.json';

/** After a count: at most a noun of people and a verb of allocation, then the words of each arm. */
const PER_ARM_AFTER = new RegExp(`^\\s?(?:[\\p{L}-]+\\s){0,4}?(?:${wordsPattern(words.perArm.words)})(?![\\p{L}])`, 'iu');
/** An allocation ratio written with colons, every part the same: "1:1", "1:1:1". */
const EQUAL_PARTS = /^(\d{1,2})(?::\1){1,4}$/;

export function perArmSizes(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const bySentence = figuresBySentence(model);
  for (let si = 0; si < bySentence.length; si++) {
    const inS = bySentence[si];
    const ratio = inS.find(f => f.figureKind === 'ratio' && f.unit === ':' && EQUAL_PARTS.test(text.slice(f.start, f.end).replace(/\s/g, '')));
    if (!ratio) continue;
    const arms = text.slice(ratio.start, ratio.end).split(':').length;
    const peopleOf = (fs: FigureEntity[]) => fs.filter(f => f.figureKind === 'count' && PEOPLE_UNIT.test(f.unit) && typeof f.value === 'number' && Number.isInteger(f.value) && !f.comparator && !f.table);
    const people = peopleOf(inS);
    const each = people.filter(f => PER_ARM_AFTER.test(text.slice(f.end, f.end + 60)));
    if (each.length !== 1) continue;
    const arm = each[0];
    let wholes = people.filter(f => f !== arm && f.start < arm.start);
    // ("The trial enrolled 620 patients. They were randomized 1:1 (306 per arm).": the sentence before, of the paragraph, when it counts one group)
    if (wholes.length === 0 && people.length === 1 && si > 0 && paragraphIndexAt(model, model.sentences[si - 1].start) === paragraphIndexAt(model, model.sentences[si].start)) wholes = peopleOf(bySentence[si - 1]);
    // ("... in 240 adults." in the lead, the arms two paragraphs on: the document's one count of people before the arms)
    if (wholes.length === 0 && people.length === 1) {
      const before = bySentence.slice(0, si).flatMap(peopleOf);
      if (before.length === 1) wholes = before;
    }
    if (wholes.length !== 1) continue;
    const whole = wholes[0];
    const product = arms * (arm.value as number);
    if (product === whole.value) continue;
    out.push({
      message: `${arms} arms (${text.slice(ratio.start, ratio.end)}) of ${arm.value} each make ${product}, not the ${whole.value} randomised.`,
      start: arm.start, end: arm.end,
      related: [{ start: whole.start, end: whole.end, message: `the whole: ${whole.value}` }, { start: ratio.start, end: ratio.end, message: 'the allocation' }],
      data: { sum: product, stated: whole.value as number, parts: arms }, fixes: [],
    });
  }
  return out;
}
