/**
 * Values beyond a natural limit that are no percentages (part of impossible-value; a share above
 * 100 % is impossibleValue's part of a whole): a person's age above 120 years, read from the words
 * beside it ("the median age was 164 years"; lexicon/grammar/limits.json), and a hazard, odds or
 * risk ratio of zero or below ("HR -0.4"), and a calendar date whose day its month does not have ("31 June").
 */
import { normalizedText, wordsPattern, type CheckFinding } from './check';
import words from '../../../lexicon/grammar/limits.json';
import type { DocumentModel, FigureEntity } from '../model';

const AGE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.ages.words)})(?![\\p{L}])[^.;\\d]{0,24}$`, 'iu');
const AGE_AFTER = new RegExp(`^\\s*(?:years?\\s+)?(?:${wordsPattern(words.ages.words)})(?![\\p{L}])`, 'iu');
/** "a 212-year-old woman", "ein 130-jähriger Patient": an age as an adjective, a person named right after it. */
const AGE_ADJECTIVE = new RegExp(`^(?:${wordsPattern(words.ages.adjectives)})\\s+(?:[\\p{L}-]+\\s+)?(?:${wordsPattern(words.ages.persons)})(?![\\p{L}])`, 'iu');
const RATIO_UNITS = new Set(['HR', 'OR', 'RR']);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function outOfRange(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const push = (f: FigureEntity, message: string, data: Record<string, number>) => out.push({ message, start: f.start, end: f.end, related: [], data, fixes: [] });
  const judgeAge = (f: FigureEntity, v: number) => {
    if (v > words.ages.maxYears && !f.comparator && (AGE_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)) || AGE_AFTER.test(text.slice(f.end, f.end + 24)) || AGE_ADJECTIVE.test(text.slice(f.end, f.end + 40)))) {
      push(f, `An age of ${v} years is impossible.`, { value: v, limit: words.ages.maxYears });
    }
  };
  // "31 June 2026", "Nov. 31", "30.02.2026": a day the month does not have. Without a year written, 29 February may be
  // of a leap year
  const judgeDay = (f: FigureEntity, iso: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m) return;
    const year = model.text.slice(f.start, f.end).includes(m[1]) ? Number(m[1]) : 2000;
    const month = Number(m[2]), day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1) return;
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day > days) push(f, `${MONTHS[month - 1]} has ${days} days${month === 2 ? ` in ${year === 2000 ? 'a leap year' : year}` : ''}: day ${day} of it is a date that cannot be.`, { day, days });
  };
  for (let fI = 0; fI < model.entities.length; fI++) { const f = model.entities[fI];
    if (f.kind !== 'figure') continue;
    // an age range ("aged 18 to 95 years") is judged by its upper end
    if ((f.figureKind === 'duration' || f.figureKind === 'other') && /^years?$/i.test(f.unit)) judgeAge(f, Array.isArray(f.value) ? f.value[1] : f.value);
    // ("ein 130-jähriger Patient": the number read bare, its unit in the adjective)
    else if (f.figureKind === 'other' && f.unit === '' && typeof f.value === 'number' && AGE_ADJECTIVE.test(text.slice(f.end, f.end + 40))) judgeAge(f, f.value);
    if (f.figureKind === 'ratio' && RATIO_UNITS.has(f.unit) && typeof f.value === 'number' && f.value <= 0) {
      push(f, `${f.unit} ${f.value} is impossible: a ratio of rates or odds is above 0.`, { value: f.value });
    }
    if (f.figureKind === 'date' && f.iso) judgeDay(f, f.iso);
  }
  return out;
}
