/**
 * date-inconsistent: a place's dateline dated after the day the document's head gives with its weekday. A page's head
 * that names a day with its weekday ("Tuesday, May 5, 2026" over a newspaper's page, "Monday June 1, 7:00 pm ET" after a
 * release's title) dates the issue or the release; the dateline of the item below it ("BOSTON, Mass., June 8 --",
 * "Madrid, 8 junio.") cannot come days later. A day later is a time zone's or an overnight wire's, and is left alone.
 *
 * Read in the document's head only (its first 1,500 characters): the first date a weekday's name stands right before,
 * then the first date after it that follows a place at its line's start (one to three capitalised names, each closed by
 * a comma). A date without its year is read in the other's year, or, when neither states one, by month and day: a
 * dateline early in January under a head late in December is then read as earlier, never as a finding.
 */
import type { DocumentModel, FigureEntity } from '../model';
import { wordsPattern, type CheckFinding } from './check';
import { DAY, finding } from './datesStatus';
import { withLineEnds } from './layout';
import words from '../../../lexicon/grammar/dates.json';

const HEAD = 1500;
/** A weekday's full name right before a date, a comma between perhaps: "Sunday ", "Martes ", "Tuesday, ". */
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.weekdays.days.flat())})[ \\u00a0]*,?[ \\u00a0]*$`, 'iu');
/** One place name of a dateline: "PALO ALTO", "Calif.", "Tustin". */
const PLACE = /^[ \u00a0]*\p{Lu}[\p{L}.'\u2019 \u00a0-]{0,30}$/u;
/** A date's year, month and day from its ISO-like rendering ("2026-05-05", "--05-05"). */
const DAY_ISO = /^(\d{4}|-)-(\d{2})-(\d{2})$/;

/** Whether the words of a line before a date are a place's dateline: one to three capitalised names, each closed by a comma. */
function placeBefore(before: string): boolean {
  const parts = before.split(',');
  if (parts.length < 2 || parts.length > 4 || parts[parts.length - 1].trim() !== '') return false;
  return parts.slice(0, -1).every(p => PLACE.test(p));
}

export function datelineAfterHead(model: DocumentModel, text: string, bySentence: FigureEntity[][]): CheckFinding[] {
  // (a dateline opens its line: the checks' view joins a short line to the next as a soft wrap, so the head's line ends are given back)
  const reach = HEAD + 200;
  const lined = withLineEnds(text.slice(0, reach), (model.layout?.softBreaks ?? []).filter(b => b.end <= reach));
  let head: { f: FigureEntity; year?: number; month: number; day: number } | undefined;
  for (let inSI = 0, bySentence_ = bySentence; inSI < bySentence_.length; inSI++) { const inS = bySentence_[inSI]; for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
    if (f.start > HEAD) return [];
    if (f.figureKind !== 'date') continue;
    const m = DAY_ISO.exec(f.iso ?? '');
    if (!m) continue;
    const month = Number(m[2]), day = Number(m[3]), year = m[1] === '-' ? undefined : Number(m[1]);
    if (!head) {
      if (WEEKDAY_BEFORE.test(text.slice(Math.max(0, f.start - 16), f.start))) head = { f, year, month, day };
      continue;
    }
    const lineStart = lined.lastIndexOf('\n', f.start - 1) + 1;
    if (f.start - lineStart > 60 || !placeBefore(lined.slice(lineStart, f.start))) continue;
    // the dateline: in the head's year when it states none, by month and day when neither does
    const y = year ?? head.year ?? 2001, hy = head.year ?? year ?? 2001;
    const gap = (Date.UTC(y, month - 1, day) - Date.UTC(hy, head.month - 1, head.day)) / DAY;
    if (gap <= 1) return [];
    const said = (g: FigureEntity) => model.text.slice(g.start, g.end);
    return [finding(f, `The dateline gives ${said(f)}, ${gap} days after the day the head names with its weekday, ${said(head.f)}.`,
      [{ start: head.f.start, end: head.f.end, message: `the head's day: ${said(head.f)}` }], { gapDays: gap })];
  } }
  return [];
}
