/**
 * A named group of patients counted twice, two sizes (part of repeated-value): "46 in the treatment-naive cohort" and,
 * later, "In the 48 treatment-naive patients, ...". A count names its group's size when the group's name stands right
 * with it, in one of three shapes a reader takes as the whole group:
 * - the count and the group's modifiers are one phrase: "the 46 treatment-naive patients";
 * - the count, then "in" and the group: "46 in the treatment-naive cohort";
 * - the group, then its size in brackets: "the treatment-naive cohort (n = 46)".
 * Two such counts of one group name (its words less the head noun: populationKey), of one drug and one trial, in two
 * sentences, with two values, contradict each other. Not judged: a group named by no modifier ("46 patients"), by an
 * analysis set's word (an evaluable set is drawn from the group, a smaller number of it), a count hedged or bounded, a
 * count the sentence reads as a part of one before it, a document that counts the group three ways or more (a series
 * of data cuts), and two counts in sentences that speak of another data cut, analysis or time (contexts.json otherCut).
 */
import { figuresBySentence, normalizedText, populationKey, POPULATION_HEAD_AT_END, wordsPattern, type CheckFinding } from './check';
import type { DocumentModel, FigureEntity } from '../model';
import { PEOPLE_UNIT } from '../people';
import people from '../../../lexicon/grammar/people.json';
import contexts from '../../../lexicon/grammar/contexts.json';
import nesting from '../../../lexicon/grammar/nesting.json';

/** An analysis set's word anywhere in the group's name: the set is drawn from the group. */
const ANALYSIS_SET = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(people.analysisSets.words)})(?![\\p{L}])`, 'iu');
/** Right after a count: "in" (or "among" and its kin, nesting.json subsets.among), "the" perhaps, then the group's name. */
const IN_AFTER = new RegExp(`^\\s+(?:in|${wordsPattern(nesting.subsets.among)})\\s+(?:the\\s+)?`, 'iu');
/** Right before a bracketed size: the group's name, then the bracket. */
const BRACKET_BEFORE = /\s*\(\s*$/;
/** A word of another data cut, analysis or time (contexts.json otherCut). */
const OTHER_CUT = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(contexts.otherCut.words)})(?![\\p{L}])`, 'iu');
/** A count the figure reader took as a part of another ("Of the 40 patients, 12 ..."): no group's whole size. */
const PART_READING = /\bpart\b/;
/** A name this long at most is a group's name; a longer one is a clause the binder ran on. */
const MAX_NAME = 60;

interface Size { figure: FigureEntity; key: string; sentence: number }

/** The group a count of people names with it, and its key; undefined unless one of the three shapes holds. */
function sizeOf(text: string, f: FigureEntity): string | undefined {
  if (f.figureKind !== 'count' || !PEOPLE_UNIT.test(f.unit) || typeof f.value !== 'number' || f.comparator || f.table || f.denominator !== undefined || PART_READING.test(f.reading ?? '')) return undefined;
  const written = text.slice(f.start, f.end);
  // "46 treatment-naive patients": the figure's own words after its number
  const own = /^\d[\d,]*\s+(.+)$/u.exec(written);
  if (own && POPULATION_HEAD_AT_END.test(own[1])) return own[1];
  const group = f.binding.subgroup;
  if (!group || group.length > MAX_NAME) return undefined;
  // "46 in the treatment-naive cohort"
  const after = IN_AFTER.exec(text.slice(f.end, f.end + 12));
  if (after && text.startsWith(group, f.end + after[0].length)) return group;
  // "the treatment-naive cohort (n = 46)"
  const before = text.slice(Math.max(0, f.start - group.length - 4), f.start);
  const bracket = BRACKET_BEFORE.exec(before);
  if (bracket && before.slice(0, bracket.index).endsWith(group)) return group;
  return undefined;
}

export function groupSizesRestated(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const otherContext = (si: number) => { const s = model.sentences[si]; return OTHER_CUT.test(text.slice(s.start, s.end)); };
  const byKey = new Map<string, Size[]>();
  const bySentence = figuresBySentence(model);
  for (let si = 0; si < bySentence.length; si++) {
    for (let fI = 0, fList = bySentence[si]; fI < fList.length; fI++) { const f = fList[fI];
      const name = sizeOf(text, f);
      if (!name || ANALYSIS_SET.test(name)) continue;
      const key = populationKey(name);
      // (a name that is its head noun alone names no group: "46 patients")
      if (!key || POPULATION_HEAD_AT_END.test(key) && !/\s/.test(key)) continue;
      const k = `${key}|${f.binding.drug ?? ''}|${f.binding.trial ?? ''}`;
      const l = byKey.get(k) ?? [];
      l.push({ figure: f, key, sentence: si });
      byKey.set(k, l);
    }
  }
  const out: CheckFinding[] = [];
  for (const sizes of byKey.values()) {
    const values = new Set(sizes.map(s => s.figure.value));
    if (values.size !== 2) continue;
    const first = sizes[0];
    const second = sizes.find(s => s.figure.value !== first.figure.value)!;
    if (first.sentence === second.sentence || otherContext(first.sentence) || otherContext(second.sentence)) continue;
    const written = (x: FigureEntity) => model.text.slice(x.start, x.end);
    out.push({
      message: `The ${first.key} group is counted as ${written(second.figure)} here but ${written(first.figure)} earlier.`,
      start: second.figure.start, end: second.figure.end,
      related: [{ start: first.figure.start, end: first.figure.end, message: 'the same group counted earlier' }],
      data: { first: first.figure.value as number, second: second.figure.value as number }, fixes: [],
    });
  }
  return out;
}
