/**
 * Values beyond a natural limit (part of impossible-value), each read from the words right beside
 * the figure (lexicon/grammar/limits.json):
 * - a share of people above 100 %: "104 % of patients";
 * - a proportion named before its value above 100 %: "specificity was 103 %";
 * - a landmark survival rate above 100 %: "OS at 12 months was 108 %" (a rate bound to a
 *   time-to-event endpoint and a time point);
 * - a person's age above 120 years: "the median age was 164 years";
 * - a hazard, odds or risk ratio of zero or below: "HR -0.4".
 * A change or comparison word near the percentage ("improved by 108 %", "120 % higher") makes it a
 * relative change, which has no such limit; it is never judged.
 */
import { figuresBySentence, normalizedText, wordsPattern, type CheckFinding } from './check';
import words from '../../../lexicon/grammar/limits.json';
import type { DocumentModel, FigureEntity } from '../model';

const OF_PEOPLE = new RegExp(`^\\s*(?:${wordsPattern(words.ofPeople.words)})(?![\\p{L}])`, 'iu');
const PROPORTION_BEFORE = new RegExp(`(?<![\\p{L}])(${wordsPattern(words.proportionNouns.words)})\\s+(?:${wordsPattern(words.copulas.words)})\\s*$`, 'iu');
const CHANGE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.changeWords.words)})(?![\\p{L}])`, 'iu');
const AGE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.ages.words)})(?![\\p{L}])[^.;\\d]{0,24}$`, 'iu');
const AGE_AFTER = new RegExp(`^\\s*(?:years?\\s+)?(?:${wordsPattern(words.ages.words)})(?![\\p{L}])`, 'iu');
const RATIO_UNITS = new Set(['HR', 'OR', 'RR']);

export function outOfRange(model: DocumentModel, proportionEndpoints: ReadonlySet<string>): CheckFinding[] {
  const text = normalizedText(model);
  const timeEndpoints = new Set(model.entities.filter(e => e.kind === 'endpoint' && e.facts.measure === 'time').map(e => e.name));
  const out: CheckFinding[] = [];
  const push = (f: FigureEntity, message: string, data: Record<string, number>) => out.push({ message, start: f.start, end: f.end, related: [], data, fixes: [] });
  const judgeAge = (f: FigureEntity, v: number) => {
    if (v > words.ages.maxYears && !f.comparator && (AGE_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)) || AGE_AFTER.test(text.slice(f.end, f.end + 24)))) {
      push(f, `An age of ${v} years is impossible.`, { value: v, limit: words.ages.maxYears });
    }
  };
  for (const inS of figuresBySentence(model)) {
    for (const f of inS) {
      // an age range ("aged 18 to 95 years") is judged by its upper end
      if (Array.isArray(f.value) && (f.figureKind === 'duration' || f.figureKind === 'other') && /^years?$/i.test(f.unit)) judgeAge(f, f.value[1]);
      if (typeof f.value !== 'number') continue;
      const v = f.value;
      if (f.figureKind === 'percent' && f.unit === '%' && v > 100 && !(f.binding.endpoint && proportionEndpoints.has(f.binding.endpoint))) {
        const near = text.slice(Math.max(0, f.start - 30), f.start) + ' ' + text.slice(f.end, f.end + 30);
        if (CHANGE.test(near) || f.comparator) continue;
        const after = text.slice(f.end, f.end + 40);
        const noun = PROPORTION_BEFORE.exec(text.slice(Math.max(0, f.start - 48), f.start));
        if (OF_PEOPLE.test(after)) push(f, `${v} % of people is impossible: a share of people cannot exceed 100 %.`, { value: v, limit: 100 });
        else if (noun) push(f, `A ${noun[1].toLowerCase()} of ${v} % is impossible: a proportion cannot exceed 100 %.`, { value: v, limit: 100 });
        else if (f.binding.endpoint && f.binding.timepoint && timeEndpoints.has(f.binding.endpoint)) {
          push(f, `${f.binding.endpoint} of ${v} % at ${f.binding.timepoint} is impossible: a survival rate cannot exceed 100 %.`, { value: v, limit: 100 });
        }
      }
      if ((f.figureKind === 'duration' || f.figureKind === 'other') && /^years?$/i.test(f.unit)) judgeAge(f, v);
      if (f.figureKind === 'ratio' && RATIO_UNITS.has(f.unit) && v <= 0) {
        push(f, `${f.unit} ${v} is impossible: a ratio of rates or odds is above 0.`, { value: v });
      }
    }
  }
  return out;
}
