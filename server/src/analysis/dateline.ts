/**
 * A release's own date, read once for every reader: the dateline near the top (checks/dates.ts
 * compares events with it; link.ts dates a month and day written without a year by it), and the
 * span a date names.
 */
import type { Entity, FigureEntity } from './model';
import { wordsPattern } from './words';
import { testPiece } from './testMemo';
import words from '../../lexicon/grammar/dates.json';

/** The days a date names, from its first to its last (UTC milliseconds), and its text. */
export interface DateSpan { from: number; to: number; label: string }

// (a label that is also a participle, "dated", labels the release only at its line's start or before a colon: "a prospectus
// dated 12 March 2026" dates another document)
const DATELINE_LABEL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.datelineLabels.words.filter(w => !words.datelineLabels.lineStartOnly.includes(w)))})\\s*:?\\s*$|^[\\s*_|(]*(?:${wordsPattern(words.datelineLabels.lineStartOnly)})\\s*:?\\s*$|(?<![\\p{L}])(?:${wordsPattern(words.datelineLabels.lineStartOnly)})\\s*:\\s*$`, 'iu');
/** After a dateline's date: "– ", "/Acme Wire/ –", "(ACME WIRE) --", the wire's tag at most 40 characters (a soft wrap may break it). */
const WIRE_DASH = /^[ *_]{0,4}(?:\((?:[^()\n]|\n(?![ \t]*\n)){1,40}\)[ *_\n]{0,4}|\/[^/\n]{1,40}\/[ *_]{0,4})?(?:[-\u2013\u2014]|\/)/;
/** The wire's name as words, for a date that opens its line: "October 3, 2026 Acme Wire National \u2014". */
const WIRE_NAME_DASH = /^[ ,]{0,2}(?:\p{Lu}[\p{L}.&'-]{1,20}[ \u00a0]){1,3}[\u2013\u2014]/u;
/** "9:15 am ET", "17.05 Uhr", "08:10:48": a clock time after a date on its line (its seconds too, as a wire's stamp writes them), and the zone or label with it. */
const CLOCK_TIME = /^[ ,|\u00b7]*\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \u00a0]*(?:[ap]\.?m\.?))?(?:[ \u00a0]*(?:[A-Z]{2,4}|Uhr))?/i;
/** A clock time with its "am" or "pm" right after a date: "9:15 am", "10:28 AM". */
const STAMP_CLOCK = /^[ ,|\u00b7]*\d{1,2}:\d{2}[ \u00a0]*[ap]\.?m\b/i;
/** "3 min read" after a web page's header date. */
const READING_TIME = new RegExp(`^[ |\u00b7]*\\d{1,3}[ \u00a0]?(?:${wordsPattern(words.readingTime.words)})(?![\\p{L}])`, 'iu');
const WEEKDAYS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.weekdays.days.flat())})(?![\\p{L}])`, 'giu');
const SHAPES = words.datelineShapes;
/** Weekdays in full or abbreviated ("Thu."): what may stand before a dateline's date on its line. */
const WEEKDAY_ABBREVIATIONS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(SHAPES.weekdayAbbreviations)})\\.?(?![\\p{L}])`, 'giu');
const SEPARATORS = SHAPES.separators.map(c => c.replace(/[|\\^$.*+?()[\]{}]/g, '\\$&')).join('|');
/** "SAN DIEGO | May 31, 2026 | Acme Bio": a separator between the place and the date, or between the date and the company. */
const SEPARATOR_BEFORE = new RegExp(`\\s(?:${SEPARATORS})\\s*$`, 'u');
const SEPARATOR_AFTER = new RegExp(`^\\s*(?:${SEPARATORS})\\s`, 'u');
/** The same separator flattened into a capital I by a copy: only when it frames the date on both sides ("USA I May 31, 2026 I Acme"). */
const GLITCH_BEFORE = /\sI\s*$/u;
const GLITCH_AFTER = /^\s*I\s/u;
/** "News - Aug. 27, 2026", "Press release: 3 March 2026": a label of three words at most and a dash, colon or separator before the date. */
const LABEL_DASH = new RegExp(`^\\s*\\p{L}+(?:\\s\\p{L}+){0,2}\\s*(?:[-\u2013\u2014:]|${SEPARATORS})\\s*$`, 'u');
/** "Strasbourg, le 21 novembre 2026", "Berlin, den 3. März 2026": a letter's dating, the place, a comma, an article. */
const PLACE_DATING = new RegExp(`^\\s*\\p{Lu}[\\p{L}.'\u2019 -]{1,40},\\s*(?:(?:${wordsPattern(SHAPES.placeArticles)})\\s+)?$`, 'u');
/** "OAKTOWN, Calif. -- March 3, 2026": a newswire's place, its state or country abbreviated after a comma, a dash (or two hyphens). */
const PLACE_STATE_DASH = /^\s*\p{Lu}[\p{L}.'\u2019 -]{1,40},\s*\p{Lu}[\p{L}.]{0,12}\s*(?:--|[-\u2013\u2014])\s*$/u;
/** After a dateline's date, the rest of its line: the source in brackets, and nothing else. */
const SOURCE_IN_BRACKETS = /^\s*\([^()\n]{1,60}\)[\s.]*$/;
/** "On June 28, 2026, Acme Bio announced ...": a line that opens with the date ... */
const OPENER = new RegExp(`^\\s*(?:${wordsPattern(SHAPES.openers)})\\s+$`, 'iu');
/** ... and an announcement in the clause it opens (after a comma, or with none before the subject's capital: "On June 28, 2026 Acme Bio announced"; a full stop of an abbreviation, "Acme Inc. (Nasdaq: ACME) announced", is no sentence end). */
const ANNOUNCED = new RegExp(`^(?:,|[ \\u00a0](?=\\p{Lu}))(?:[^.!?\\n]|\\.(?=[\\s,]*[\\p{Ll}\\d,(])){0,160}?(?<![\\p{L}])(?:${wordsPattern(SHAPES.announceWords)})(?![\\p{L}])`, 'iu');

export function spanOf(f: FigureEntity): DateSpan | undefined {
  if (f.figureKind !== 'date' || !f.iso) return undefined;
  // (the checks ask it of each date many times: kept with the figure, for the iso, text and reading it was read from;
  // the span is read, never changed, by whoever receives it)
  const kept = SPANS.get(f);
  if (kept && kept.iso === f.iso && kept.text === f.text && kept.reading === f.reading) return kept.span;
  const span = readSpan(f, f.iso);
  SPANS.set(f, { iso: f.iso, text: f.text, reading: f.reading, span });
  return span;
}

/** Each date's span, with what it was read from. */
const SPANS = new WeakMap<FigureEntity, { iso: string; text: string; reading: string | undefined; span: DateSpan | undefined }>();

function readSpan(f: FigureEntity, iso: string): DateSpan | undefined {
  const m = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$/.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (y < 1900 || y > 2200) return undefined;
  const label = f.text.replace(/\s+/g, ' ');
  // a span the figure reads as one ("January 1 \u2013 March 31, 2026", "June 28-July 2, 2026", "April\u2013June 2026"): its
  // iso is the first day or month, its reading names the last
  const last = /^a span of (days|months), to (?:(\d{2})-)?(\d{2})$/.exec(f.reading ?? '');
  if (m[3]) {
    const d = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
    const to = last?.[1] === 'days' ? Date.UTC(y, (last[2] ? Number(last[2]) : Number(m[2])) - 1, Number(last[3])) : d;
    return { from: d, to: to >= d ? to : d, label };
  }
  if (m[2]) {
    const to = last?.[1] === 'months' ? Date.UTC(y, Number(last[3]), 0) : Date.UTC(y, Number(m[2]), 0);
    return { from: Date.UTC(y, Number(m[2]) - 1, 1), to: Math.max(to, Date.UTC(y, Number(m[2]), 0)), label };
  }
  if (m[4]) { const q = Number(m[4]) - 1; return { from: Date.UTC(y, 3 * q, 1), to: Date.UTC(y, 3 * q + 3, 0), label }; }
  if (m[5]) { const h = Number(m[5]) - 1; return { from: Date.UTC(y, 6 * h, 1), to: Date.UTC(y, 6 * h + 6, 0), label }; }
  return { from: Date.UTC(y, 0, 1), to: Date.UTC(y, 11, 31), label };
}

/**
 * The release's dateline, near the top: a date to the day followed by a dash or a newswire's slash,
 * the wire's name between them ("SPRINGFIELD, Acmeland, November 3, 2025 \u2013", "March 3, 2026
 * /Acme Wire/", "May 4, 2026 (ACME WIRE) --"), a date to the day alone on its line but for a weekday
 * and a clock time ("Monday, May 4, 2026 9:15 am ET"), a date to the day with a web page's reading
 * time after it ("May 4, 2026 9:15 am ET | 2 min read"), or a date labelled as the document's
 * ("Date: 2026-03-03", "Datum: März 2026", "Last reviewed: May 4, 2026"). Line ends are read as the
 * layout reads them: wrapping a document changes none of this.
 */
/** A dateline's date with a dash after it ("SPRINGFIELD, May 4, 2026 –", "May 3, 2026 /Acme Wire/ –"): the release's own date as the newswire writes it. */
export function wireDated(raw: string, e: Entity): boolean {
  const after = raw.slice(e.end, e.end + 60);
  const dash = WIRE_DASH.exec(after);
  // "1 July 2026 \u2013 30 September 2026": a dash with a date after it joins a period's two ends
  if (dash && PERIOD_END_AFTER_DASH.test(after.slice(dash[0].length))) return datesToday(raw, e);
  if (dash) return true;
  const lineStart = raw.lastIndexOf('\n', e.start - 1) + 1;
  // (a dash with a date after it belongs to that date: "9 July 2026 Regulatory OAKTOWN \u2013 14 July 2026" once a soft wrap is joined)
  const named = WIRE_NAME_DASH.exec(after);
  return (!!named && /^[\s*_]*$/.test(raw.slice(lineStart, e.start)) && !PERIOD_END_AFTER_DASH.test(after.slice(named[0].length))) || datesToday(raw, e);
}
/** Right after a dash, the day of a period's end ("\u2013 30 September 2026", "- 2026-09-30"): the date before the dash opens a period. */
const PERIOD_END_AFTER_DASH = /^[ \u00a0]*(?:\d{1,2}\.?[ \u00a0]*\p{L}{3,}|\p{L}{3,}\.?[ \u00a0]+\d{1,2}(?!\d)|\d{4}-\d{2}-\d{2})/u;

/** "today" and its kin, after a comma that follows the date, within the sentence the date opens. */
const TODAY = new RegExp(`^,[^.!?\n]{0,160}?(?<![\\p{L}])(?:${wordsPattern(words.todayWords.words)})(?![\\p{L}])`, 'iu');
/**
 * A date that opens its line and the sentence that says what happens "today" ("12.03.2026, Acme Bio
 * announces today that ..."): the date says when that today is, as a dateline's does.
 */
function datesToday(raw: string, e: Entity): boolean {
  const lineStart = raw.lastIndexOf('\n', e.start - 1) + 1;
  return /^[\s*_]*$/.test(raw.slice(lineStart, e.start)) && TODAY.test(raw.slice(e.end, e.end + 200));
}

/** After the date, in the sentence that follows it (past a full stop or dash): "today" and its kin. */
const TODAY_NEXT = new RegExp(`^[ \\u00a0]*[.,:\u2013\u2014-]?[ \\u00a0]*[^.!?\\n]{0,160}?(?<![\\p{L}])(?:${wordsPattern(words.todayWords.words)})(?![\\p{L}])`, 'iu');

/**
 * A letter's dating that opens its line, and the sentence after it saying what happens "today" ("Lindau, 3. Mai
 * 2026. Acme Bio hat heute ...", "Oaktown, May 3, 2026. Acme Bio today announced ..."): the release's own date.
 */
export function placeDatedToday(text: string, e: Entity): boolean {
  const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
  // (the pieces around the date asked of testMemo's table, kept by their text)
  return testPiece(PLACE_DATING, text.slice(lineStart, e.start)) && testPiece(TODAY_NEXT, text.slice(e.end, e.end + 200));
}

/** "Oaktown 3 May 2026", "Oaktown, den 3 maj 2026": a signature's dating, alone on its line, the place (any words) and its date. */
const SIGNING_LINE = new RegExp(`^\\s*(\\p{Lu}[\\p{L}'\u2019 -]{1,40}?),?\\s+(?:(?:${wordsPattern(SHAPES.placeArticles)})\\s+)?$`, 'u');
/**
 * Whether a date is a signature's dating: alone on its line after the name of a place the gazetteer knows ("Kungsbacka
 * 13 juli 2026", "Lindau, den 3. Mai 2026"), nothing after it on the line. A report is signed when it is done.
 */
export function signingDate(text: string, e: Entity, isPlace: (name: string) => boolean): boolean {
  const lineStart = text.lastIndexOf('\n', e.start - 1) + 1;
  const m = SIGNING_LINE.exec(text.slice(lineStart, e.start));
  if (!m || !isPlace(m[1].trim().toLowerCase())) return false;
  const lineEnd = text.indexOf('\n', e.end);
  return /^[\s.]*$/.test(text.slice(e.end, lineEnd < 0 ? text.length : lineEnd));
}

/** Whether the text before a date on its line ends in a dateline's label ("Date:", "News vom"). */
export function labelledBefore(before: string): boolean {
  return DATELINE_LABEL.test(before);
}

/** "Three Months Ended", "|12 Months Ended": a financial table's column label that makes the date under it a period's end. */
const PERIOD_END_LABEL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(SHAPES.periodEndLabels)})[\\s|]*$`, 'iu');

/**
 * Whether the line with text above a line (lines of pipes alone skipped, two at most) ends in a period-end
 * label: the date alone on the line below it ends the period a table reports on ("12 Months Ended" above
 * "Dec. 31, 2026"), and is no dateline.
 */
function underPeriodEnd(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let k = 0; k < PERIOD_HEAD_LINES && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    // (the other columns' dates of a header a copy put one cell a line, "December 31," over "2018", stand between)
    if (/[\p{L}\d]/u.test(line) && !HEADER_DATE_PIECE.test(line)) return line.length <= 120 && PERIOD_END_LABEL.test(line);
    end = start - 1;
  }
  return false;
}
/** How many lines up a date's period-end label may stand, past the header's other dates and lines of bars. */
const PERIOD_HEAD_LINES = 12;
/** A line that holds only a piece of a header's date: a year, or a month and its day ("December 31,", "Dec. 31, 2026"). */
const HEADER_DATE_PIECE = /^[\s|]*(?:(?:19|20)\d{2}|\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2},?(?:\s(?:19|20)\d{2})?)[\s|]*$/u;

export function datelineIn(entities: readonly Entity[], raw: string, text: string): (DateSpan & { f: FigureEntity }) | undefined {
  for (const e of entities) {
    if (e.start > 2000) break; // a release may open with a page of headline bullets
    if (e.kind !== 'figure' || e.figureKind !== 'date') continue;
    const span = spanOf(e);
    if (!span) continue;
    const lineStart = text.lastIndexOf('\n', e.start) + 1;
    const lineEnd = text.indexOf('\n', e.end);
    const before = text.slice(lineStart, e.start), after = text.slice(e.end, lineEnd < 0 ? text.length : lineEnd);
    if (DATELINE_LABEL.test(before)) return { ...span, f: e };
    if (span.from !== span.to) continue;
    // a dash or a newswire's slash after it, the wire's name in parentheses or slashes between them
    if (wireDated(raw, e)) return { ...span, f: e };
    // a web page's stamp, wherever the layout puts its line: the date, a clock time, the reading time ("May 4, 2026 9:15 am ET 2 min read")
    const timed = after.replace(CLOCK_TIME, '');
    if (READING_TIME.test(timed)) return { ...span, f: e };
    // alone on its line, but for a weekday, a clock time and punctuation
    const rest = timed;
    const bare = before.replace(WEEKDAYS, '').replace(WEEKDAY_ABBREVIATIONS, '');
    const alone = !/[\p{L}\d]/u.test(rest);
    if (!/[\p{L}\d]/u.test(bare) && alone && !underPeriodEnd(text, lineStart)) return { ...span, f: e };
    // a web page's stamp that a copy glued to the next line's words ("May 4, 2026 9:15 AM ETAcme Bio ..."): a date
    // that opens its line with a clock time and its "am"/"pm" right after it is a stamp, whatever follows
    if (!/[\p{L}\d]/u.test(bare) && STAMP_CLOCK.test(after)) return { ...span, f: e };
    // the shapes of datelines beyond the newswire's dash (dates.json datelineShapes)
    // ("FRANKFURT, 11. Mai 2026 (Acme Zeitung)": the source in brackets after a place's dating)
    if ((alone || SOURCE_IN_BRACKETS.test(rest)) && (LABEL_DASH.test(bare) || PLACE_DATING.test(bare) || PLACE_STATE_DASH.test(bare))) return { ...span, f: e };
    if (SEPARATOR_BEFORE.test(before) || SEPARATOR_AFTER.test(after) || (GLITCH_BEFORE.test(before) && GLITCH_AFTER.test(after))) return { ...span, f: e };
    if (OPENER.test(before) && ANNOUNCED.test(text.slice(e.end, e.end + 200))) return { ...span, f: e };
  }
  return undefined;
}
