/**
 * date-inconsistent: an event listed as subsequent, dated within the period it follows. A filing's note or a report's
 * section titled "Subsequent events" (or "Ereignisse nach dem Bilanzstichtag", "Événements postérieurs à la clôture") reports
 * what happened after the period the document closes, "Three Months Ended March 31, 2026" say; an event of that section
 * whose sentence opens with its date ("On March 2, 2026, the Company signed ...") cannot be dated on or before that
 * period's last day.
 *
 * The period's end is the latest date the document writes right after a period's label ("months ended", "year ended":
 * dates.json datelineShapes.periodEndLabels), so a prior year's comparison column never sets it. Only dates after the
 * section's title are read, each opening its sentence or its line with at most a preposition before it (dates.json
 * subsequentEvents.openers); a sentence that recalls an earlier event ("as previously disclosed", "had entered") and
 * a sentence holding a date after the period's end as well (an earlier agreement, then what followed it) are left aside.
 */
import type { DocumentModel, FigureEntity } from '../model';
import { wordsPattern, type CheckFinding } from './check';
import { spanOf } from '../dateline';
import { finding } from './datesStatus';
import { withLineEnds } from './layout';
import { paragraphTest } from '../memo';
import words from '../../../lexicon/grammar/dates.json';

const SE = words.subsequentEvents;
const HEADINGS = new Set(SE.headings.map(h => h.toLowerCase()));
/** A period's label right before its last day, bars and line breaks of a flattened table between: "6 Months Ended | Jun. 30, 2026". */
const ENDED_LABEL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.datelineShapes.periodEndLabels)})[\\s|:,]*$`, 'iu');
const OPENER = new RegExp(`^(?:${wordsPattern(SE.openers)})?$`, 'iu');
const BACKGROUND = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(SE.background)})(?![\\p{L}])`, 'iu');
/** What a title's line may carry besides its words: bars, a note's number, a tag in brackets ("[Abstract]"), a colon. */
const TITLE_TRIM = /^[\s|#*]*(?:\d{1,3}[.)]?\s+)?|[\s|:.*]*(?:\[[^\]\n]{0,40}\])?[\s|:.*]*$/g;

/** Where the first line that is a subsequent-events title ends, or -1. Linear: one pass over the lines. */
function titleEnd(text: string): number {
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (end - at <= 80) {
      const line = text.slice(at, end).replace(TITLE_TRIM, '').replace(/\s+/g, ' ').toLowerCase();
      if (line && HEADINGS.has(line)) return end;
    }
    at = end + 1;
  }
  return -1;
}

/** The words before a date, a title run into its sentence left out ("9. Subsequent events On"; the checks read soft wraps as spaces). */
const TITLES_LONGEST_FIRST = [...HEADINGS].sort((a, b) => b.length - a.length);
function withoutTitle(lead: string): string {
  let rest = lead.replace(TITLE_TRIM, '').trim();
  const lower = rest.toLowerCase();
  const title = TITLES_LONGEST_FIRST.find(h => lower.startsWith(h) && !/\p{L}/u.test(rest.charAt(h.length)));
  if (title) rest = rest.slice(title.length).replace(/^[\s|:.]+/, '');
  return rest.trim();
}

/** Any title's words anywhere: most documents have none, and are read no further (asked per paragraph of the memo: an edit reads one again). */
const ANY_TITLE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(SE.headings)})(?![\\p{L}])`, 'iu');
/** Before a date that opens an event's sentence: a title at most, then an opener; a longer lead is read no further. */
const MAX_LEAD = 120;

export function subsequentEventsInPeriod(model: DocumentModel, text: string, bySentence: FigureEntity[][]): CheckFinding[] {
  if (!paragraphTest(text, ANY_TITLE)) return [];
  // (a title is a line of its own: the checks' view joins a short line to the next as a soft wrap, so those line ends are given back)
  const from = titleEnd(withLineEnds(text, model.layout?.softBreaks ?? []));
  if (from < 0) return [];
  // the period the document closes: its latest labelled end
  let end: { f: FigureEntity; to: number; label: string } | undefined;
  for (let inSI = 0, bySentence_ = bySentence; inSI < bySentence_.length; inSI++) { const inS = bySentence_[inSI]; for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
    if (f.figureKind !== 'date') continue;
    const span = spanOf(f);
    if (!span || span.from !== span.to || !ENDED_LABEL.test(text.slice(Math.max(0, f.start - 40), f.start))) continue;
    if (!end || span.to > end.to) end = { f, to: span.to, label: span.label };
  } }
  if (!end) return [];
  const out: CheckFinding[] = [];
  for (let si = 0; si < bySentence.length; si++) {
    const s = model.sentences[si];
    if (s.end <= from) continue;
    const dates = bySentence[si].filter(f => f.figureKind === 'date' && f.start > from);
    const first = dates[0];
    if (!first || first === end.f) continue;
    // the date opens its sentence, or its line when a title ran into the sentence
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
    const leadFrom = Math.max(s.start, lineStart);
    if (first.start - leadFrom > MAX_LEAD || !OPENER.test(withoutTitle(text.slice(leadFrom, first.start)))) continue;
    const span = spanOf(first);
    if (!span || span.to > end.to) continue;
    const sentence = text.slice(s.start, s.end);
    if (BACKGROUND.test(sentence) || dates.some(f => (spanOf(f)?.from ?? 0) > end!.to)) continue;
    out.push(finding(first, `Listed among the subsequent events, after the period that ended ${end.label}, this event is dated ${span.label}, within that period or before it.`,
      [{ start: end.f.start, end: end.f.end, message: `the period ends: ${end.label}` }], { periodEnd: end.to, event: span.to }));
  }
  return out;
}
