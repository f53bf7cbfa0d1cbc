/**
 * date-inconsistent: a date or period that contradicts another stated one.
 *
 * - The same event of the same trial dated twice, at times that cannot overlap: "enrolment was
 *   completed in March 2025" and later "the trial, which completed enrolment in May 2025" (events:
 *   first patient dosed, enrolment completed, data cut-off, database lock; what was done and what
 *   is planned are kept apart, and a sentence saying "previously" or "originally" is never compared).
 * - A completed event dated after the release's own dateline ("REHOVOT, Israel, December 9, 2025 –
 *   ... completed enrolment in March 2026"). The verb of completion stands before the date, after a
 *   date that opens the clause ("As of 3 March 2026, the trial met its primary endpoint"), right after
 *   the date ("2026 stieg der Umsatz", "die im März 2026 übernommenen Geschäfte"), or in the
 *   introduction of a list the date's line is an item of ("has received the designation for:").
 * - A clause in the future tense dated wholly before the dateline ("June 2, 2025 – ... results will
 *   be presented at a meeting in March 2025"): what is still to come cannot lie in the past. The
 *   date must date its clause (not modify a noun, as in "the 2023 cohort"), not open a period that
 *   runs on ("since 2023"), and not be a period a report covers ("full-year 2024 results").
 * - A follow-up longer than the time since the trial began: "first patient dosed in May 2024",
 *   data cut-off September 2025, "median follow-up of 20.5 months" (at most 16 months had passed).
 * - A range that ends before it starts: "between May 2025 and March 2025", "från april 2026 till
 *   mars 2025", "(April 2026 to March 2025)"; a sentence that reports a date moved states none.
 * - Two events of one sentence whose order is fixed, dated against it: "signed in 2026, amended in
 *   2024", "as notified on 2 May, approved on 9 May"; and a named trial's enrolment target reached,
 *   or its first patient dosed, after its enrolment was completed.
 * - One planned submission to one agency dated twice ("plans to submit to the FDA in the first half
 *   of 2027", later "in the second half of 2027"), for the same drugs and indications.
 * - A weekday the date does not fall on: "on Monday, 3 April 2026".
 * - Two events an order word puts in order, dated against it: "sales began in March 2026, after
 *   approval in April 2026"; "Following approval in May 2026, ... launched in March 2026".
 * - One transaction's closing (done, or planned) or one filing's submission dated twice: "completed its
 *   acquisition of Beta Bio on 1 March 2026", later "The transaction closed on 20 February 2026".
 * - An event that happens once for a drug ("first approval") dated twice; the release dated twice
 *   (the page's header date and the newswire dateline, days apart).
 * - A history the company claims longer than it has existed ("founded in 2016 ... its 20-year
 *   history"); a month set beside a quarter that does not hold it ("Q1 2026 (May 2026)").
 * - The release's own date bounded by its dated clauses (readBounds, againstBounds): a done event lies at or
 *   before it, a planned or still-running one at or after it; with a dateline each is held to it, without one the
 *   latest done event to the earliest planned one. A milestone dated before the agreement that defines it.
 *
 * - A length stated for a period whose two ends are dated, that the ends do not allow ("over the 12-month period
 *   from March 2025 to June 2026": 14 to 16 months); a span of days read as one figure that ends before it starts
 *   in the one year it names ("June 10-March 3, 2026").
 * - The tense of a clause is read over every form a language writes it in: each form of a verb of expecting, planning
 *   or intending (dates.json future.paradigms), an English perfect or passive past with any participle
 *   (happened.grammar), a relative clause with its own tense (relativeOpeners), one verb of the future over the
 *   coordinated times after it; a date followed by any preposition or conjunction dates its clause (linkWords.closedClasses).
 *
 * Dates are compared as the spans they name ("2025" is the whole year, "Q1 2025" January to March),
 * so only dates that cannot describe the same moment are reported.
 */
import { relativeYears } from './relativeYears';
import { Check, decimalsOf, figuresBySentence, firstIndexFrom, itemsWithin, sentenceIndexAt, pieceTests, normalizedText, wordsPattern, type CheckFinding } from './check';
import { lexiconRegExp, NOT_AFTER_LETTER, NOT_BEFORE_LETTER } from '../lexiconMatcher';
import type { DocumentModel, Entity, FigureEntity } from '../model';
import { beyondTrialLength } from './trialLength';
import { trialFor, trialMentions } from './trials';
import words from '../../../lexicon/grammar/dates.json';
import numbersData from '../../../lexicon/builtin/numbers.json';
import comparisonWords from '../../../lexicon/grammar/comparisons.json';
import { datelineIn, labelledBefore, placeDatedToday, signingDate, spanOf, wireDated, type DateSpan } from '../dateline';
import { placeNames } from '../places';
import { execPiece, readPiece, testPiece } from '../testMemo';
import { keptForSentence } from '../sentenceKept';
import { memoRead, memoSpanText, ownCopy, paragraphResults, spanTest } from '../memo';
import { DAY, deadlineTwice, finding, lengthBetweenDates, meetingTwice, releaseBeforeTitlePeriod, titlePeriod, titlePeriodEnded, todayDated, periodByVerbs, statusAfterRelease, stepsInOrder } from './datesStatus';

export { spanOf } from '../dateline';
import { subsequentEventsInPeriod } from './subsequentEvents';
import { changeEndsReversed } from './changePeriods';
import { withLineEnds } from './layout';
import { datelineAfterHead } from './headDates';

const CODE = 'date-inconsistent';
const MONTH_DAYS = 365.25 / 12;
/** A day written without its year that falls at most this many days before the release date is taken as that day, not the same day a year on: writers leave the year out only near the release. */
const YEARLESS_NEAR_DAYS = 31;
/** A range's end written without a year may run across New Year's Day when the range is short ("20 December 2026 to 5 January"); longer than this, it is read in the start's year. */
const YEARLESS_ACROSS_DAYS = 92;

/** A trial's events in the languages besides English, from dates.json trialEvents: the first subject, a few words, its verb; enrolment completed. */
const TE = words.trialEvents;
const FIRST_DOSING_OTHER = `(?<![\\p{L}])(?:${wordsPattern(TE.firstSubjects)})(?:\\s+[^\\s.;,:()]{1,30}){0,6}?\\s+(?:${wordsPattern(TE.firstVerbs)})(?![\\p{L}])`;
const ENROLMENT_DONE_OTHER = `(?<![\\p{L}])(?:${wordsPattern(TE.enrolmentCompleted)})(?![\\p{L}])`;

const EVENTS: [string, RegExp][] = [
  // ("the first patient in the Phase 2 trial was dosed": a few words of where between the subject and its verb)
  ['first dosing', new RegExp(`${/\bfirst (?:patient|participant|subject)s?(?: [^\s.;,:()]{1,30}){0,6}? (?:was |were |has been |had been )(?:dosed|enrol?led|randomi[sz]ed|treated)\b|\bfirst (?:patient|participant|subject)s? (?:dosed|enrol?led|randomi[sz]ed|treated)\b|\bdosed (?:the|its) first (?:patient|participant|subject)\b/.source}|${FIRST_DOSING_OTHER}`, 'iu')],
  ['completion of enrolment', new RegExp(`${/\b(?:complet(?:ed|es|e|ing)|finish(?:ed|es)|conclud(?:ed|es)|closed)\b[^.;]{0,30}\b(?:enrol?l?ment|recruitment)\b|\b(?:enrol?l?ment|recruitment)\b[^.;]{0,30}\b(?:complet(?:ed|e)|closed|concluded|finished)\b|\blast (?:patient|participant|subject) (?:was |had been )?(?:enrol?led|randomi[sz]ed|dosed)\b/.source}|${ENROLMENT_DONE_OTHER}`, 'iu')],
  ['enrolment target reached', /\b(?:enrol?l?ment|recruitment) target\b[^.;]{0,40}\b(?:was |were |had been |has been )?(?:reached|met|achieved)\b|\b(?:reached|met|achieved) (?:the|its) (?:initial |planned |original )?(?:enrol?l?ment|recruitment) target\b/i],
  ['data cut-off', /\b(?:data )?cut-?off\b/i],
  // (a trial reads out its topline results once: planned, or done)
  ['topline read-out', /\btop-?line (?:data|results|read-?outs?)\b/i],
  ['database lock', /\bdatabase lock\b/i],
];
/** Events a noun names with no verb of its own ("topline data"): read only in a clause that plans them or states them done. */
const NAMED_ONLY_EVENTS = new Set(['topline read-out']);
const PLANNED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.planned.words)})(?![\\p{L}])`, 'iu');
/** The words of a plan less those that plan only the date right after them (dates.json planned.atDateOnly: "until", "into", "through"). */
const AT_DATE_ONLY = new Set(words.planned.atDateOnly.map(w => w.toLowerCase()));
const PLANNED_CLAUSE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.planned.words.filter(w => !AT_DATE_ONLY.has(w.toLowerCase())))})(?![\\p{L}])`, 'iu');
/** Such a word before a date, a few words of the date's own between ("until the end of", "into early"). */
const PLANNED_AT_DATE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.planned.atDateOnly)})(?:\\s+[\\p{L}-]+){0,3}?\\s*$`, 'iu');
const AT_DATE_REACH = 30;
/** A verb that states an event as done ("was approved", "received", "erhielt"). */
const HG = words.happened.grammar;
/** An English participle: a regular '-ed' form that neither plans nor describes (dates.json happened.grammar.notParticiples), or an irregular one. */
const PARTICIPLE = `(?!(?:${wordsPattern(HG.notParticiples)})(?![\\p{L}]))(?:\\p{L}{2,}ed|${wordsPattern(HG.irregularParticiples)})(?![\\p{L}])`;
/** The perfect or the passive past with its participle ("has approved", "had already dosed", "was cleared"), at most one adverb between. */
const PAST_GRAMMAR = `(?:${wordsPattern([...HG.perfect, ...HG.passive])})\\s+(?:(?:${wordsPattern(HG.adverbs)})\\s+)?(?:been\\s+)?${PARTICIPLE}|(?:${wordsPattern(HG.irregularPasts)})(?![\\p{L}])`;
/** The compound past of the Romance languages: an auxiliary, perhaps "été"/"sido"/"stato", a participle (dates.json happened.romancePerfect). */
const RP_ = words.happened.romancePerfect;
const ROMANCE_PERFECT = `(?:${wordsPattern(RP_.auxiliaries)})\\s+(?:(?:${wordsPattern(RP_.being)})\\s+)?\\p{L}{2,}(?:${wordsPattern(RP_.endings)})`;
// (the words of events done as a trie behind the pattern, the grammar of the past a small pattern after them: as one
// alternation they compiled to about 0.7 MB of code)
const HAPPENED = lexiconRegExp(words.happened.words, 'iu', NOT_AFTER_LETTER, NOT_BEFORE_LETTER, false, `${PAST_GRAMMAR}|${ROMANCE_PERFECT}`);
/** "approved on <date>": a preposition right before the date; "On <date>, ... approved": the clause opens with it. */
const PREPOSITION_BEFORE_DATE = new RegExp(`(?:^|\\s)(?:${wordsPattern(words.datePrepositions.words)})\\s*$`, 'iu');
/** The articles a date may take after its preposition ("in the second quarter of 2026", "im ... der"): one list for the readings below. */
const DATE_ARTICLES = '(?:the|der|die|dem|den|des|le|la|les|el|los)';
/** A date's preposition with its article between, as a date written in words takes it: "in the fourth quarter of 2026", "during the first half of 2026". */
const PREPOSITION_THE_BEFORE_DATE = new RegExp(`(?:^|\\s)(?:${wordsPattern(words.datePrepositions.words)})\\s+${DATE_ARTICLES}\\s+$`, 'iu');
const ARTICLE_AT_END = new RegExp(`(?<![\\p{L}])${DATE_ARTICLES}\\s+$`, 'iu');
/** (a sentence adverb may stand first: "Also on <date>", "Separately, on <date>", dates.json datePrepositions.openers) */
const CLAUSE_OPENS_WITH_DATE = new RegExp(`^[^\\p{L}\\d]*(?:(?:${wordsPattern(words.datePrepositions.openers)})[\\s,]+)?(?:${wordsPattern(words.datePrepositions.words)})\\s*$`, 'iu');
/** A word that puts a clause in the future tense ("will", "is expected to", "wird", "förväntas"). */
/** (with every form of a verb of expecting, planning or intending, per language: dates.json future.paradigms) */
const FUTURE_WORDS = [...words.future.words, ...Object.values(words.future.paradigms as Record<string, string[]>).flat()];
// (a trie behind the pattern: as a compiled alternation these few hundred forms cost 0.4 MB of code)
const FUTURE = lexiconRegExp(FUTURE_WORDS, 'iu', NOT_AFTER_LETTER, NOT_BEFORE_LETTER);
/** "was expected to": a word of the past right before the future's word (dates.json future.pastBefore). */
/** "should have", "would have", "sollte ... haben": a modal with a perfect after it speaks of what did not happen, not of the future. */
const MODAL_PERFECT = /^(?:should|would|could)\s+have\b/i;
/** A length of time (a number, perhaps a word such as "business", its unit), then a word it is counted from (dates.json countedFrom), right before a date. */
const COUNTED_FROM = new RegExp(`\\d[\\d.,]*\\s+(?:\\p{L}+\\s+)?(?:days?|weeks?|months?|years?|${wordsPattern(Object.keys(numbersData.durationWords).filter(k => !k.startsWith('$')))})\\s+(?:${wordsPattern(words.countedFrom.words)})\\s*$`, 'iu');
/** The German auxiliary of both the future and the present passive (dates.json presentPassive). */
const PASSIVE_AUX = new Set(words.presentPassive.auxiliaries.map(w => w.toLowerCase()));
/** After it, the clause's last word before a comma or a clause mark (a decimal comma is none), when it ends in -t: a participle (no infinitive ends so). */
const PARTICIPLE_CLOSES = /^(?:[^,;:.!?()]|(?<=\d)[,.](?=\d))*?[ ](\p{Ll}{3,}t)(?=[ ]?[,;:.!?()]|[ ]?$)/u;
/** A conjunction that may join two clauses (dates.json clauseJoins), as a word of its own. */
const CONJUNCTION = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.clauseJoins.words)})(?![\\p{L}])`, 'iu');
const PAST_BEFORE_FUTURE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.future.pastBefore)})\\s+$`, 'iu');
/** "since 2023": the date opens a period that runs on. */
/** Right before a date, the words that anchor a state to it ("as of", "as at", "en date du": dates.json statusDates anchors of more than one word). */
const STATE_ANCHOR_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.statusDates.anchors.filter(w => w.includes(' ')))})\\s*(?:the\\s+)?$`, 'iu');
const PERIOD_START = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(words.periodStarts.words)})\\s*$`, 'iu');
/** "full-year 2024", "2024 results": the date is a period reported on. */
const REPORTING_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(words.reportingPeriods.before)})\\s*(?:of\\s+)?$`, 'iu');
const REPORTING_AFTER = new RegExp(`^\\s*(?:${wordsPattern(words.reportingPeriods.after)})(?![\\p{L}])`, 'iu');
/** The word after a date, when it is a word. */
const NEXT_WORD = /^[ \t]*(\p{L}+)/u;
/** (with the prepositions and conjunctions of each language, closed classes listed whole: dates.json linkWords.closedClasses) */
const LINK_WORDS = new Set([...words.linkWords.words, ...Object.values(words.linkWords.closedClasses as Record<string, string[]>).flat()].map(w => w.toLowerCase()));
/** A verb of completion right after the date: "2025 legte der Umsatz ... zu", "die im April 2021 übernommenen Geschäfte" (a German participle takes an adjective's ending). */
const HAPPENED_NEXT = new RegExp(`^[ \\t]*(?:${wordsPattern(words.happened.words)})(?:e[mnrs]?)?(?![\\p{L}])`, 'iu');
/** "would have closed", "could be completed": a modal before a verb of completion states no event done. */
const MODAL_BEFORE = /(?<![\p{L}])(?:would|could|should|might|may|must|can|to)\s+(?:have\s+|be\s+|have\s+been\s+)?$/iu;
/** A verb of completion and a preposition right before a date, nothing between ("closed on", "was approved in"). */
const OWN_DONE_VERB = new RegExp(`(?<![\\p{L}])(${wordsPattern(words.happened.words)}|${PAST_GRAMMAR}|${ROMANCE_PERFECT})\\s+(?:${wordsPattern(words.datePrepositions.words)})\\s+$`, 'iu');
/** ", which", ", som", ", qui": a comma and a relative pronoun open a clause with a tense of its own (dates.json relativeOpeners). */
const RELATIVE_OPENER = new RegExp(`,\\s*(?:${wordsPattern(words.relativeOpeners.words)})(?![\\p{L}])`, 'giu');
/** A sentence that reports a date changed ("moved from June to March") states no period and no order of events. */
const CHANGE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.changes.words)})(?![\\p{L}])`, 'iu');
/** "announced in May 2026 that ...": the verb reports what follows, it dates no event of its own. */
const COMPLEMENTIZER = new RegExp(`^[\\s,]*(?:${wordsPattern(words.complementizers.words)})(?![\\p{L}])`, 'iu');
/** Ranges: an opening word before the first date and its joining word between the two ("between ... and", "från ... till"). */
const RANGE_ARTICLE = `(?:\\s(?:${wordsPattern(words.ranges.articles)}))?`;
const RANGES = words.ranges.pairs.map(p => ({
  open: new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(p.open)})${RANGE_ARTICLE}\\s*$`, 'iu'),
  join: new RegExp(`^\\s*(?:${wordsPattern(p.join)})${RANGE_ARTICLE}\\s*$`, 'iu'),
  bracketed: p.bracketed,
}));
/** Two events whose order is fixed ("signed" before "amended", "approved" before "notified"). */
const SEQUENCES = words.sequences.pairs.map(p => ({
  earlier: new RegExp(`(?<![\\p{L}])(?:${wordsPattern(p.earlier)})(?![\\p{L}])`, 'giu'),
  /** the earlier event's words right after a date that opens its stretch, "announced" among them */
  opening: new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...p.earlier, ...p.openingOnly])})(?![\\p{L}])`, 'giu'),
  // the later event's words stand alone: "pre-submission" names an earlier event, not a submission
  later: new RegExp(`(?<![\\p{L}-])(?:${wordsPattern(p.later)})(?![\\p{L}-])`, 'giu'),
  narrated: p.narrated,
  wholeTrialOnly: (p as { wholeTrialOnly?: boolean }).wholeTrialOnly === true,
}));
/**
 * A date's role in a sequence of events ('earlier', 'later' or none) read from its stretch, the words before it and after
 * it up to the next break, written "length of before:before" then after: a pure reading of them.
 */
function roleInStretch(seq: (typeof SEQUENCES)[number], key: string): 'earlier' | 'later' | undefined {
  const c = key.indexOf(':'), n = Number(key.slice(0, c));
  const before = key.slice(c + 1, c + 1 + n), after = key.slice(c + 1 + n);
  const last = (re: RegExp, t: string) => { let m: RegExpExecArray | null, found = -1; re.lastIndex = 0; while ((m = re.exec(t))) found = m.index; return found; };
  let e = last(seq.earlier, before), l = last(seq.later, before);
  if (e < 0 && l < 0 && !/[\p{L}\d]/u.test(before)) {
    // the stretch opens with the date: the word right after it
    const word = /^[\s\p{P}]*(\p{L}+(?: \p{L}+)?)/u.exec(after)?.[1] ?? '';
    seq.opening.lastIndex = 0; seq.later.lastIndex = 0;
    const em = seq.opening.exec(word), lm = seq.later.exec(word);
    e = em && em.index === 0 ? 0 : -1; l = lm && lm.index === 0 ? 0 : -1;
  }
  if (e < 0 && l < 0) return undefined;
  if (e > l) return COMPLEMENTIZER.test(after) ? undefined : 'earlier';
  return 'later';
}
/** Each sequence's reading of a stretch, one function each (its identity is the memo's key). */
const SEQUENCE_ROLES = new Map(SEQUENCES.map(seq => [seq, (key: string) => roleInStretch(seq, key)]));
/** Weekday names per language, Sunday first (the order of Date.getUTCDay). */
const WEEKDAY = new Map<string, number>(words.weekdays.days.flatMap((names, day) => names.map(n => [n.toLowerCase(), day] as [string, number])));
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(${wordsPattern(words.weekdays.days.flat())})[ ,(\u00a0]*(?:the[ \u00a0]+|den[ \u00a0]+|le[ \u00a0]+)?$`, 'iu');
/** "Tue., 3 March 2026", "Di., 03.03.2026", "Tue, March 3, 2026": a weekday abbreviated, its full stop (or, English, its comma) after it (dates.json weekdays.abbreviations). */
const WEEKDAY_ABBREVIATED = new Map<string, number>(words.weekdays.abbreviations.flatMap((names, day) => names.map(n => [n.toLowerCase(), day] as [string, number])));
const WEEKDAY_ABBREVIATED_BEFORE = new RegExp(`(?<![\\p{L}])(${wordsPattern(words.weekdays.abbreviations.flat())})(?:\\.[ ,\u00a0]*|(?<=(?<![\\p{L}])(?:${wordsPattern(words.weekdays.abbreviations.map(d => d[0]))}|tues|thur|thurs)),[ \u00a0]*)(?:den[ \u00a0]+|le[ \u00a0]+)?$`, 'iu');
const WEEKDAY_AFTER = new RegExp(`^[ \u00a0]*\\([ \u00a0]*(${wordsPattern(words.weekdays.days.flat())})[ \u00a0]*\\)`, 'iu');
/** "Date: 3 March 2026": a line that labels the document's date. */
const DATELINE_LABEL_ONLY = new RegExp(`^\\s*(?:${wordsPattern(words.datelineLabels.words)})\\s*:?\\s*$`, 'iu');
/** Words that order two dated events: "after approval in June 2025", "before the read-out in January 2025". */
const ORDER_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...words.orderWords.after, ...words.orderWords.before])})(?![\\p{L}])`, 'giu');
const AFTER_WORD = new RegExp(`^(?:${wordsPattern(words.orderWords.after)})$`, 'iu');
const ORDER_NEGATION = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.orderWords.negations)})\\s*$`, 'iu');
const ORDER_OPENING = new RegExp(`^[^\\p{L}\\d]*(${wordsPattern([...words.orderWords.after, ...words.orderWords.before])})(?![\\p{L}])`, 'iu');
/** "founded in 2016", "die 2016 gegründete Acme": the year a company began. */
const FOUNDED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.founded.verbs)})\\s+(?:in\\s+|im\\s+(?:Jahr\\s+)?|i\\s+|år\\s+|en\\s+)?$`, 'iu');
/** "completed its IPO in March 2021", "since its initial public offering in 2020": the year a company went public (dates.json listing). */
const LISTED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.listing.words)})\\s+(?:in\\s+|on\\s+|im\\s+|en\\s+)?$`, 'iu');
const FOUNDED_AFTER = new RegExp(`^\\s*(?:${wordsPattern(words.founded.verbs)})(?:e[mnrs]?)?(?![\\p{L}])`, 'iu');
/** "its 20-year history", "unsere 20-jährige Geschichte": the history a company claims. */
const HISTORY = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.founded.owners)})\\s+(\\d{1,3})[- ]?(?:${wordsPattern(words.founded.history)})(?![\\p{L}])`, 'giu');
/** "its 20th anniversary", "sein 20. Jubiläum", "unser 20-jähriges Jubiläum": the anniversary of the founding the company celebrates. */
const ANNIVERSARY = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.founded.owners)})\\s+(\\d{1,3})(?:st|nd|rd|th|e|ème|\\.)?[- ]?(?:${wordsPattern(words.founded.anniversary)})(?![\\p{L}])`, 'giu');
/** An event that happens once for a drug ("first approval"), its words lower-cased. */
const ONCE_PHRASES = words.onceEvents.words.map(w => w.toLowerCase().split(' '));

/**
 * The last phrase of an event that happens once in a stretch of text, a few words allowed inside it
 * ("initial NSCLC approval"): read word by word, so the work is linear in the text.
 */
function lastOnceEvent(t: string): { text: string; end: number } | undefined {
  const tokens = [...t.matchAll(/[\p{L}\d-]+/gu)].map(m => ({ w: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
  let found: { text: string; end: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    for (let pI = 0, ONCE_PHRASES_ = ONCE_PHRASES; pI < ONCE_PHRASES_.length; pI++) { const p = ONCE_PHRASES_[pI];
      if (tokens[i].w !== p[0]) continue;
      if (p.length === 1) { found = { text: t.slice(tokens[i].start, tokens[i].end), end: tokens[i].end }; continue; }
      for (let skip = 0; skip <= words.onceEvents.modifiers; skip++) {
        const j = i + 1 + skip;
        if (j + p.length - 1 > tokens.length) break;
        // ("its first two approvals": the last word in the plural too)
        if (p.slice(1).every((x, k) => tokens[j + k].w === x || (k === p.length - 2 && tokens[j + k].w === `${x}s`))) { found = { text: t.slice(tokens[i].start, tokens[j + p.length - 2].end), end: tokens[j + p.length - 2].end }; break; }
      }
    }
  }
  return found;
}

/** Words of an approval ("approved", "Zulassung"): one agency approves one drug for one indication once. */
const APPROVAL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.approvals.words)})(?![\\p{L}])`, 'iu');
/** "initial proposal", "revised proposal": an earlier and a later version of one thing. */
/** Words after which an approval names its use (dates.json approvals.useMarkers). */
const APPROVED_FOR = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.approvals.useMarkers)})(?![\\p{L}])`, 'iu');
const VERSION_EARLIER = new Set(words.versions.earlier.map(w => w.toLowerCase()));
const NOT_VERSIONED = new Set(words.versions.notThings.map(w => w.toLowerCase()));
const VERSION_LATER = new Set(words.versions.later.map(w => w.toLowerCase()));
const RESTATED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.restated.words)})(?![\\p{L}])`, 'iu');
/** The same, less the words that only place a done event before the news ("previously granted"): dates.json restated.beforeTheNews. */
const RESTATED_DATE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.restated.words.filter(w => !words.restated.beforeTheNews.includes(w)))})(?![\\p{L}])`, 'iu');
const STARTS = /\bfirst (?:patient|participant|subject)s? (?:was |were |has been |had been )?(?:dosed|enrol?led|randomi[sz]ed|treated)\b|\b(?:enrol?l?ment|recruitment|dosing) (?:began|started|commenced|opened)\b|(?<![-\w])(?:initiated|started|began|commenced|launched)\b[^.;]{0,20}\b(?:trial|study)\b|\b(?:trial|study) (?:was )?(?:initiated|started|began|commenced)\b/i;
const FOLLOW_WORD = /\bfollow/i;
/** The words before a duration name a follow-up (FOLLOW_UP, with the word itself): a pure reading of the piece, kept by it. */
const followUpBefore = (piece: string): boolean => FOLLOW_UP.test(piece) && FOLLOW_WORD.test(piece);
const FOLLOW_UP = /\b(?:median|minimum|mean)? ?(?:duration of )?follow-?up (?:of|was|period of|time of|duration of)? ?(?:approximately |about |nearly |almost )?$/i;

/** Events of a trial in the order they happen: the first cannot be dated after the second. */
const ORDER: [string, string][] = [['enrolment target reached', 'completion of enrolment'], ['first dosing', 'completion of enrolment']];
const TRIAL_PART = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.trialParts.words)})(?![\\p{L}])`, 'iu');
/** A verb of completion that reports news ("announced", "reported"): a list it introduces may hold what lies ahead. */
/** ", the company said in a notice on": a verb of saying after a comma and its subject; a date after it dates the saying. */
const ATTRIBUTION = new RegExp(`,[^,;]{0,60}?(?<![\\p{L}])(?:${wordsPattern(words.attributions.words)})(?![\\p{L}])[^,;]*$`, 'iu');
const REPORT_VERB = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.reportVerbs.words)})(?![\\p{L}])`, 'iu');
const AS_DONE: Record<string, string> = { 'enrolment target reached': 'the enrolment target was reached', 'first dosing': 'the first patient was dosed' };
/** A plan to submit for approval ("intends to file for approval", "to submit a marketing application to the agency"), and the agency it names. */
const SUBMIT = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.submissions.verbs)})(?![\\p{L}])[^.;]{0,60}?(?<![\\p{L}])(?:${wordsPattern(words.submissions.objects)})(?![\\p{L}])`, 'iu');
/** Words that tell one submission from another: an accelerated and a full one may be planned for different dates. */
/** A kind of approval ("accelerated", "conditional"): dates.json submissions.approvalKinds. */
const APPROVAL_KIND = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.submissions.approvalKinds)})(?![\\p{L}])`, 'iu');
/** The submission kinds that are no kind of approval ("another", "supplemental"): another event than the first. */
const OTHER_SUBMISSION_KIND = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.submissions.kinds.filter(w => !words.submissions.approvalKinds.includes(w)))})(?![\\p{L}])`, 'iu');
const SUBMISSION_KIND = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.submissions.kinds)})(?![\\p{L}])`, 'iu');
const AGENCY = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.submissions.agencies)})(?![\\p{L}])`, 'giu');

type Span = DateSpan;

export const dates: Check = {
  code: CODE,
  description: 'A date or period that contradicts another stated one: one event of a trial dated twice, a completed event after the release date, a future one before it, a follow-up longer than the trial has run, a range that ends before it starts, events out of their fixed order, a weekday the date does not fall on, a year said to be \u201clast year\u201d or \u201cthis year\u201d that the release\u2019s own year contradicts.',
  defaultSeverity: 'warning',
  run(model) {
    const out: CheckFinding[] = [];
    const text = normalizedText(model);
    const trials = trialMentions(model);
    const bySentence = figuresBySentence(model);
    const dateline = datelineOf(model);
    // a day written without its year ("on March 3") is read in the year nearest the dateline, for the readings within one sentence
    const spanAt = (f: FigureEntity) => spanOf(f) ?? inYearOf(f, dateline);
    const seen = new Map<string, { f: FigureEntity; span: Span }>();
    const starts: { f: FigureEntity; span: Span; trial?: string }[] = [];
    const cutoffs: { f: FigureEntity; span: Span; trial?: string }[] = [];
    const followUps: { f: FigureEntity; trial?: string }[] = [];
    const done: { event: string; f: FigureEntity; span: Span; trial?: string }[] = [];
    const approvals: { what: string; agency?: string; drug?: string; indication?: string; f: FigureEntity; span: Span }[] = [];
    const onceEvents: { f: FigureEntity; span: Span; region: string; drugs: string }[] = [];
    // first approvals with no region in their phrase, and the drugs their sentence names: sales cannot come before them
    const firstApprovals: { f: FigureEntity; span: Span; drugs: string[]; phrase: string }[] = [];
    const submissions = new Map<string, { f: FigureEntity; span: Span; names: string }>();
    // what the document's dated clauses tell of its own date: a done event lies at or before it, a planned or
    // still-running one at or after it (bounds read whether or not a dateline states the date)
    const bounds: Bounds = { lower: [], upper: [] };
    out.push(...weekdays(model, text, dateline));
    out.push(...relativeYears(model, dateline));
    out.push(...twoReleaseDates(model, text));
    if (dateline) out.push(...historySinceFounding(model, text, dateline), ...reportBeforeItsPeriod(model, text, dateline, dateline.f.start));
    out.push(...onceForCompanyTwice(model, text, e => testPiece(FOUNDED_BEFORE, text.slice(Math.max(0, e.start - 40), e.start)) || testPiece(FOUNDED_AFTER, text.slice(e.end, e.end + 20)) || datesClauseOf(model, text, e, FOUNDED_ANY), 'founded', 'to be founded in'));
    out.push(...onceForCompanyTwice(model, text, e => testPiece(LISTED_BEFORE, text.slice(Math.max(0, e.start - 40), e.start)) || datesClauseOf(model, text, e, LISTED_ANY), 'listed', 'to have gone public in'));
    out.push(...listedOutsideItsPeriod(model, text));
    // a report signed at its end ("Springfield, 9 July 2026" and the signer): the signature dates it as a dateline does,
    // and the report's title, with its period, stands at the head of the text
    const signature = dateline ? undefined : signatureOf(model, text);
    if (signature) out.push(...reportBeforeItsPeriod(model, text, signature, 0));

    for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
      // what follows reads a sentence's dates, and its lengths of time as follow-ups: a sentence with neither holds
      // nothing it judges (most sentences of a document), and is passed over before its readings are looked up
      if (!inS.some(f => f.figureKind === 'date' || f.figureKind === 'duration')) continue;
      const s = model.sentences[si];
      const sentence = text.slice(s.start, s.end);
      // the patterns' answers over the sentence and its clauses, kept with its text: an edit elsewhere asks them of the memo
      const T = pieceTests(text, model.sentences, s);
      // the dateline dates the release, not an event of its first sentence
      const datesHere = inS.filter(f => f.figureKind === 'date' && spanAt(f) !== undefined && f !== dateline?.f);
      // the dates that state their year: the events below are read on them only
      const fullHere = datesHere.filter(f => spanOf(f) !== undefined);
      // ranges: "between June 2023 and April 2024", "from May 2025 to March 2025" (an end without its year read too: "1 April 2026 to 31 March")
      const rangeDates = inS.filter(f => f.figureKind === 'date' && f !== dateline?.f && (spanAt(f) !== undefined || /^--\d{2}-\d{2}$/.test(f.iso ?? '')));
      for (let k = 0; k + 1 < rangeDates.length; k++) {
        const a = rangeDates[k], b = rangeDates[k + 1];
        const gap = text.slice(a.end, b.start);
        // "du 1er avril 2024 au 31 mars 2024": a day written as an ordinal before a month the figure reads alone
        const lead = text.slice(Math.max(s.start, a.start - 18), a.start).replace(/\d{1,2}(?:er|st|nd|rd|th)\s*$/, '');
        // "(April 2026 till March 2025)": a period in parentheses needs no opening word
        const bracketed = /\(\s*$/.test(lead) && /^\s*\)/.test(text.slice(b.end, b.end + 3));
        const range = (RANGES.some(r => r.join.test(gap) && (r.open.test(lead) || (bracketed && r.bracketed))) || /^\s?[-\u2013]\s?$/.test(model.text.slice(a.end, b.start)))
          && !T.test(CHANGE);
        const sa = spanOf(a), sb = spanOf(b);
        // a range's day without a year takes the other end's year, or runs across a new year ("December 20 to January 5"): not judged
        if (range && sa && sb && sb.to < sa.from) {
          out.push(finding(b, `The range ends (${sb.label}) before it starts (${sa.label}).`, [{ start: a.start, end: a.end, message: `the start: ${sa.label}` }], { start: sa.from, end: sb.to }));
        }
        // ... unless the turn of the year it would cross lies far from both ends: a writer leaves the end's year out when it is
        // the start's, or when a short period runs over New Year's Day; "1 April 2026 to 31 March" read in the next year would
        // run most of a year with no year stated, so it ends before it starts
        const md = /^--(\d{2})-(\d{2})$/.exec(b.iso ?? '');
        if (range && sa && !sb && md && sa.from === sa.to) {
          const y = new Date(sa.from).getUTCFullYear(), m = Number(md[1]) - 1, d = Number(md[2]);
          const same = Date.UTC(y, m, d), next = Date.UTC(y + 1, m, d);
          if (same < sa.from && next - sa.from > YEARLESS_ACROSS_DAYS * DAY) {
            const label = b.text.replace(/\s+/g, ' ');
            out.push(finding(b, `The range ends (${label}, in the start's year) before it starts (${sa.label}).`, [{ start: a.start, end: a.end, message: `the start: ${sa.label}` }], { start: sa.from, end: same }));
          }
        }
        // the mirror: a start without its year before a dated end ("27 March to 10 March 2026", "du 27 mars au 10 mars 2026")
        // takes the end's year, or the year before when the period is short and runs over New Year's Day
        const ma = /^--(\d{2})-(\d{2})$/.exec(a.iso ?? '');
        if (range && !sa && sb && ma && sb.from === sb.to) {
          const y = new Date(sb.from).getUTCFullYear(), m = Number(ma[1]) - 1, d = Number(ma[2]);
          const same = Date.UTC(y, m, d), before = Date.UTC(y - 1, m, d);
          if (same > sb.to && sb.to - before > YEARLESS_ACROSS_DAYS * DAY) {
            const label = a.text.replace(/\s+/g, ' ');
            out.push(finding(b, `The range ends (${sb.label}) before it starts (${label}, in the end's year).`, [{ start: a.start, end: a.end, message: `the start: ${label}` }], { start: same, end: sb.to }));
          }
        }
      }
      // a quarter or half and the month it holds, one in parentheses after the other: "in Q1 2026 (May 2026)", "im Mai 2026 (Q1 2026)"
      for (let k = 0; k + 1 < datesHere.length; k++) {
        const a = datesHere[k], b = datesHere[k + 1];
        if (!/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || !/^\s*\)/.test(text.slice(b.end, b.end + 3))) continue;
        const sa = spanAt(a)!, sb = spanAt(b)!;
        const part = (f: FigureEntity) => /-(?:Q[1-4]|H[12])$/.test(f.iso ?? '');
        const dated = (f: FigureEntity) => /^\d{4}-\d{2}/.test(f.iso ?? '');
        const [whole, month, wf, mf] = part(a) && dated(b) ? [sa, sb, a, b] : part(b) && dated(a) ? [sb, sa, b, a] : [];
        if (!whole || !month || !wf || !mf || (month.from >= whole.from && month.to <= whole.to)) continue;
        out.push(finding(b, `${month.label} does not lie in ${whole.label}.`, [{ start: a.start, end: a.end, message: `${wf === a ? 'the period' : 'the date'}: ${sa.label}` }], { period: whole.from, date: month.from }));
      }
      // a span of days read as one figure whose end falls before its start in the year written ("June 10-March 3, 2026",
      // "14-12 October 2027", in one month):
      // read across New Year's Day it would run most of a year with one year written, so it ends before it starts; a
      // short span across the new year ("December 28-January 3, 2027") is as written
      // (and a span with no year written, "December 16-10": in any one year it ends before it starts, and read across
      // New Year's Day it would run most of a year, which no writer leaves both months' year out of)
      for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
        const sp = f.figureKind === 'date' ? /(?:^|; )a span of days, to (\d{2})-(\d{2})$/.exec(f.reading ?? '') : null;
        const st = sp ? /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(f.iso ?? '') : null;
        if (!sp || !st) continue;
        const yearless = st[1] === '-';
        // (a leap year for a span with none written, so that February 29 is a day of it)
        const y = yearless ? 2000 : Number(st[1]), from = Date.UTC(y, Number(st[2]) - 1, Number(st[3]));
        const end = Date.UTC(y, Number(sp[1]) - 1, Number(sp[2]));
        if (end >= from || Date.UTC(y + 1, Number(sp[1]) - 1, Number(sp[2])) - from <= YEARLESS_ACROSS_DAYS * DAY) continue;
        out.push(finding(f, `The span ${f.text.replace(/\s+/g, " ")} ends before it starts${yearless ? ', in any year' : ', in the one year it names'}.`, [], { start: from, end }));
      }
      // a range read as one figure: "2028-2026"
      for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
        if (f.figureKind !== 'date' || !Array.isArray(f.value)) continue;
        const [a, b] = f.value;
        if (a >= 1900 && b >= 1900 && a <= 2200 && b <= 2200 && b < a) {
          out.push(finding(f, `The range ends (${b}) before it starts (${a}).`, [], { start: a, end: b }));
        }
      }
      out.push(...lengthAgainstEnds(text, inS, rangeDates));
      const trial = trialFor(trials, s);
      // a list of dates is no event statement; this also bounds the work per sentence
      if (datesHere.length > 12) continue;
      /** A clause in the future tense dated wholly before the release date (one date in its clause). */
      const futureBefore = (f: FigureEntity, span: Span, clause: { from: number; to: number }) => {
        // without a dateline the clause bounds the release's date from above (compared with the other bounds below)
        if (!dateline || span.to < dateline.from) {
          // the tense is read from the clause up to the date: a verb after it belongs to what follows
          const at = f.start - s.start;
          // a relative clause opened after the clause's verb has its own tense ("has filed for review of the drug, which is
          // expected to receive a decision in June 2026", "will present AB-101, which was approved in May 2026"): read from its
          // opener, when a verb of its own (of the future, or of completion) follows it
          const rel = lastMatch(RELATIVE_OPENER, sentence.slice(clause.from, at));
          const relFrom = rel ? clause.from + rel.index + rel[0].length : -1;
          const from = rel && (T.test(FUTURE, relFrom, at) || T.test(HAPPENED, relFrom, at)) ? relFrom : clause.from;
          // a verb of completion before the future's word makes the clause past; after it, it is the future's participle ("will be presented")
          let done = T.exec(HAPPENED, from, at);
          let will = T.exec(FUTURE, from, at);
          // ("Die Kosten werden mit 3 Millionen Euro berichtet, nach 4 Millionen 2025": the auxiliary with a participle closing its clause is
          // the present passive; a word of the future after it still makes the clause future, "wird für 2027 erwartet")
          if (will && PASSIVE_AUX.has(will[0].toLowerCase())) {
            const after = from + will.index + will[0].length;
            const closing = PARTICIPLE_CLOSES.exec(sentence.slice(after, at));
            if (closing && !FUTURE.test(closing[1])) will = T.exec(FUTURE, after + closing[0].length, at);
          }
          // "announced that the offering will close in ...": a verb of saying reports the clause its complementizer opens,
          // whose tense is its own; a verb of completion is looked for after it
          const said = done ? from + done.index + done[0].length : -1;
          const comp = done && will && will.index > done.index ? COMPLEMENTIZER.exec(sentence.slice(said, at)) : null;
          if (comp) {
            const rest = said + comp[0].length, again = T.exec(HAPPENED, rest, at);
            done = again ? Object.assign([again[0]], { index: rest - from + again.index, input: again.input }) as RegExpExecArray : null;
          }
          // "has enrolled its first patients and will report data in ...": a conjunction between the verb of completion and the
          // future's word joins a clause of its own tense (dates.json clauseJoins; not after a verb of saying, read above)
          if (done && will && !comp && done.index < will.index && CONJUNCTION.test(sentence.slice(from + done.index + done[0].length, from + will.index))) done = null;
          // "was expected to close": an expectation of the past is no future
          // ("should have closed in 2025": a modal with a perfect after it looks back)
          // a sentence that restates a plan ("previously expected in March", "now expects") may date the old one; a restating
          // word after the future's, in a sentence of one date, restates nothing ("will initially remain open until ...")
          // "Acme will open a plant, the company said on 27 February": the date dates the saying after the future's clause
          if (will && ATTRIBUTION.test(sentence.slice(from + will.index + will[0].length, at))) return;
          const restated = T.exec(RESTATED);
          if (restated && !(will && restated.index > from + will.index && datesHere.length === 1)) return;
          const future = (done && (!will || done.index < will.index)) || (will && PAST_BEFORE_FUTURE.test(sentence.slice(from, from + will.index)))
            || (will && MODAL_PERFECT.test(`${will[0]} ${sentence.slice(from + will.index + will[0].length, from + will.index + will[0].length + 12).trim()}`)) ? null : will;
          const next = NEXT_WORD.exec(model.text.slice(f.end, Math.min(s.start + clause.to, f.end + 40))); // as written: a line end ends it
          // (a capital after the date opens a new sentence whose full stop a copy lost, or names the dated thing: "the 2027 Acme Congress")
          // (a German clause's verb at its end, after the date: "soll im März 2027 beginnen")
          const datesItsClause = !next || LINK_WORDS.has(next[1].toLowerCase()) || /^\p{Lu}/u.test(next[1])
            || !/[\p{L}\d]/u.test(model.text.slice(f.end + next[0].length, s.start + clause.to));
          const near = Math.max(clause.from, at - 30);
          // ("will use the proceeds, with its cash of $210 million as of March 31, 2026, to fund ...": a state's day, no plan's)
          // ("within 20 days of 2 May": the day a length of time is counted from, the event after it)
          if (future && datesItsClause && !T.test(PERIOD_START, near, at) && !T.test(COUNTED_FROM, near, at) && !T.test(REPORTING_BEFORE, near, at) && !T.test(REPORTING_AFTER, f.end - s.start, clause.to)
            && !STATE_ANCHOR_BEFORE.test(sentence.slice(near, at))) {
            if (!dateline) { bounds.upper.push({ f, span, cue: future[0] }); return; }
            out.push(finding(f, `A clause in the future tense (\u201c${future[0]}\u201d) is dated ${span.label}, before the release date ${dateline.label}.`, [{ start: dateline.f.start, end: dateline.f.end, message: `the release date: ${dateline.label}` }], { eventTo: span.to, released: dateline.from }));
          }
        }
      };
      // a day written without its year names the day of that date nearest the release date (link.ts reads it so);
      // within a month before the release date that reading is plain, and a future clause cannot be dated there
      for (let fI = 0, datesHere_ = datesHere; fI < datesHere_.length; fI++) { const f = datesHere_[fI];
        if (spanOf(f) !== undefined || !dateline || !/^--\d{2}-\d{2}$/.test(f.iso ?? '')) continue;
        const span = spanAt(f)!;
        if (dateline.from - span.to > YEARLESS_NEAR_DAYS * DAY) continue;
        const clause = clauseAround(sentence, f.start - s.start, f.end - s.start);
        if (datesHere.filter(x => x.start >= s.start + clause.from && x.end <= s.start + clause.to).length !== 1) continue;
        futureBefore(f, span, clause);
      }
      // "the FDA accepted the filing and set a PDUFA date of <date>": a deadline set is still to come (the deadline's
      // noun right before the date says what it dates, however many dates its clause holds)
      for (let fI = 0, fullHere_ = fullHere; fI < fullHere_.length; fI++) { const f = fullHere_[fI];
        const span = spanOf(f)!;
        if (!dateline || span.to >= dateline.from || T.test(RESTATED)) continue;
        const clause = clauseAround(sentence, f.start - s.start, f.end - s.start);
        if (!readPiece(deadlineSetBefore, sentence.slice(Math.max(clause.from, f.start - s.start - DEADLINE_REACH), f.start - s.start))) continue;
        out.push(finding(f, `A deadline set in the release's news is dated ${span.label}, before the release date ${dateline.label}.`, [{ start: dateline.f.start, end: dateline.f.end, message: `the release date: ${dateline.label}` }], { deadline: span.to, released: dateline.from }));
      }
      if (!T.test(RESTATED) && !T.test(CHANGE)) readBoundsKept(text, model, s, datesHere, spanAt, dateline, bounds);
      // the events a date dates: the one named in its clause, when the clause has one date
      for (let fI = 0, fullHere_ = fullHere; fI < fullHere_.length; fI++) { const f = fullHere_[fI];
        const clause = clauseAround(sentence, f.start - s.start, f.end - s.start);
        if (datesHere.filter(x => x.start >= s.start + clause.from && x.end <= s.start + clause.to).length !== 1) {
          // a clause of several dates: the tense of each is read in its stretch between commas, when that stretch holds it
          // alone ("expects enrolment to close in May 2026, with results in the first quarter of 2027": the first is planned)
          const cc = commaClause(sentence, f.start - s.start, f.end - s.start);
          if (datesHere.filter(x => x.start >= s.start + cc.from && x.end <= s.start + cc.to).length === 1) futureBefore(f, spanOf(f)!, cc);
          // ... or, with no verb of completion in the clause, each date a time its own preposition opens, the one verb of the
          // future governs them all ("plans to report data from Part A in the second quarter of 2026 and from Part B in the
          // third quarter of 2026": coordinated objects share their verb's tense)
          else if (coordinatedTimes(sentence, s.start, clause, datesHere)) futureBefore(f, spanOf(f)!, clause);
          // a verb of completion and its preposition right before the date date it, whatever other dates the clause holds
          // ("the notes closed on 7 July 2026 and the shares closed on 25 July 2026": each date has its own verb)
          // (the verb, and where it stands in the sentence: what comes before it, in its stretch, may plan it)
          let done: { verb: string; at: number } | undefined;
          if (dateline && spanOf(f)!.from > dateline.to && !T.test(RESTATED) && !T.test(CHANGE)) {
            const near = T.exec(OWN_DONE_VERB, Math.max(clause.from, f.start - s.start - 30), f.start - s.start);
            if (near) done = { verb: near[1], at: f.start - s.start - near[0].length };
            // (or its verb further back, one object phrase between it and the date's preposition: "raised an $85 million Series B
            // in March 2026 and a Series A in 2024": the first date's own object and verb, before any other date)
            else if (T.test(PREPOSITION_BEFORE_DATE, Math.max(clause.from, f.start - s.start - 50), f.start - s.start)) {
              const from = Math.max(clause.from, f.start - s.start - OBJECT_REACH, ...datesHere.filter(x => x.end <= f.start).map(x => x.end - s.start));
              const lead = sentence.slice(from, f.start - s.start);
              const far = verbBeforeObject(lead);
              if (far) done = { verb: far, at: from + lead.lastIndexOf(far) };
            }
          }
          // (no word of the future or of a plan before the verb in its stretch: "is expected to be completed on <date>")
          const stretch = commaClause(sentence, f.start - s.start, f.end - s.start);
          const before = done ? sentence.slice(stretch.from, Math.max(stretch.from, done.at)) : '';
          if (done && dateline && !FUTURE.test(before) && !PLANNED_CLAUSE.test(before) && !MODAL_BEFORE.test(before)) {
            const span = spanOf(f)!;
            out.push(finding(f, `An event stated as done (\u201c${done.verb}\u201d) is dated ${span.label}, after the release date ${dateline.label}.`, [{ start: dateline.f.start, end: dateline.f.end, message: `the release date: ${dateline.label}` }], { eventFrom: span.from, released: dateline.to }));
          }
          continue;
        }
        const words = sentence.slice(clause.from, clause.to);
        const span = spanOf(f)!;
        const planned = T.test(PLANNED, clause.from, clause.to);
        if (!planned && T.test(STARTS, clause.from, clause.to)) starts.push({ f, span, trial });
        // any event stated as done, its verb close before the date ("was approved on 3 March 2026"),
        // cannot come after the release date; a trial's own events are judged below
        // ("through month 6" set off by commas inside an object measures the analysis, it plans nothing)
        // (a preposition of a period that runs on, "until", "into", plans only the date it stands before: "entered into an
        // agreement on 3 May 2026" is done; "runway into 2027" is not)
        // (the clause's reading kept by its words: an edit elsewhere asks it of the memo)
        // (a verb of completion and its preposition right before the date, in a stretch between commas that holds no word of
        // a plan, date it whatever the rest of the clause plans: "As announced on <date>, Acme will acquire Beta")
        const cc = planned ? commaClause(sentence, f.start - s.start, f.end - s.start) : undefined;
        const doneInStretch = !!cc && cc.to < clause.to - 1 && !T.test(PLANNED, cc.from, cc.to) && T.test(OWN_DONE_VERB, Math.max(cc.from, f.start - s.start - 30), f.start - s.start);
        const plannedHere = planned && !doneInStretch && memoRead(words, plannedWords) !== undefined && (memoRead(words, plannedWords) === true || testPiece(PLANNED_AT_DATE, sentence.slice(Math.max(clause.from, f.start - s.start - AT_DATE_REACH), f.start - s.start)));
        if (!plannedHere && (!dateline || span.from > dateline.to) && !EVENTS.some(([, re]) => T.test(re, clause.from, clause.to))) {
          const leadFrom = Math.max(clause.from, f.start - s.start - 50), leadTo = f.start - s.start;
          const lead = sentence.slice(leadFrom, leadTo);
          // "was approved on 3 March 2026", or "On 3 March 2026, the agency approved"
          const before = T.exec(HAPPENED, leadFrom, leadTo);
          let far: string | undefined;
          // (a date written in words may take an article after its preposition: "began in the fourth quarter of 2026")
          const preposition = T.test(PREPOSITION_BEFORE_DATE, leadFrom, leadTo) || (/^\p{L}/u.test(f.text) && T.test(PREPOSITION_THE_BEFORE_DATE, leadFrom, leadTo));
          const verb = before && preposition && !/[,;:()]/.test(lead.slice(before.index)) ? before
            // "was terminated by the Federal Trade Commission on <date>": a passive's agent between its verb and the date
            : preposition && (far = passiveBeforeAgent(sentence.slice(Math.max(clause.from, leadTo - AGENT_REACH), leadTo))) ? far
            // a date right after the verb needs no preposition ("tillstånd meddelades 10 augusti 2026", "was approved 3 March 2026"),
            // when it modifies no noun after it (a day never does; "reported 2026 revenue" names the revenue's year)
            : before && /^[ \u00a0]+$/.test(lead.slice(before.index + before[0].length)) && (span.from === span.to || datesNoNoun(model.text, f, s.start + clause.to)) ? before
            // "shared the first analysis of the study, through week 4, of the older cohort on 3 May 2026": the verb further back, its object between
            : preposition && (far = verbBeforeObject(sentence.slice(Math.max(clause.from, leadTo - OBJECT_REACH), leadTo))) ? far
            // "which included a $10 million payment upon execution of the agreement with Beta in May 2026": a sum booked upon the event
            : preposition && (far = bookedUpon(sentence.slice(clause.from, leadTo))) ? far
            : T.test(CLAUSE_OPENS_WITH_DATE, leadFrom, leadTo) ? T.exec(HAPPENED, f.end - s.start, Math.min(clause.to, f.end - s.start + 80))
            // "2025 legte der Umsatz zu", "die im April 2021 übernommenen Geschäfte": the verb right after the date
            : !T.test(REPORTING_BEFORE, leadFrom, leadTo) ? execPiece(HAPPENED_NEXT, model.text.slice(f.end, Math.min(s.start + clause.to, f.end + 40)))?.[0].trim() ?? listedAsDone(text, f.start, lead)
            : null;
          if (verb && !dateline) bounds.lower.push({ f, span, cue: typeof verb === 'string' ? verb : verb[0] });
          else if (verb && dateline) {
            out.push(finding(f, `An event stated as done (\u201c${typeof verb === 'string' ? verb : verb[0]}\u201d) is dated ${span.label}, after the release date ${dateline.label}.`, [{ start: dateline.f.start, end: dateline.f.end, message: `the release date: ${dateline.label}` }], { eventFrom: span.from, released: dateline.to }));
          }
        }
        futureBefore(f, span, clause);
        for (let itemI = 0, EVENTS_ = EVENTS; itemI < EVENTS_.length; itemI++) { const [event, re] = EVENTS_[itemI];
          if (!T.test(re, clause.from, clause.to)) continue;
          // "the enrolment target was reached": the target named is no plan
          const planned = PLANNED.test(words.replace(/\b(?:enrol?l?ment|recruitment) target\b/gi, ' '));
          // a read-out named beside a date (a pipeline table's next milestone, "read-out 3Q 2031") is neither planned nor
          // done in words: only a clause that says which is read
          if (NAMED_ONLY_EVENTS.has(event) && !planned && !T.test(HAPPENED, clause.from, clause.to)) continue;
          if (!planned && event === 'data cut-off') cutoffs.push({ f, span, trial });
          if (!planned && !T.test(RESTATED) && !T.test(TRIAL_PART)) done.push({ event, f, span, trial });
          if (!planned && !dateline && !T.test(RESTATED)) bounds.lower.push({ f, span, cue: event });
          if (!planned && dateline && span.from > dateline.to) {
            out.push(finding(f, `${cap(event)} is stated as done, in ${span.label}, but the release is dated ${dateline.label}.`, [{ start: dateline.f.start, end: dateline.f.end, message: `the release date: ${dateline.label}` }], { eventFrom: span.from, released: dateline.to }));
          }
          // a trial has a data cut-off per analysis (interim, primary, updated, final): two are no contradiction
          if (T.test(RESTATED) || event === 'data cut-off' || event === 'database lock') continue;
          const key = `${event}|${planned ? 'planned' : 'done'}|${trial ?? ''}`;
          const first = seen.get(key);
          if (!first) { seen.set(key, { f, span }); continue; }
          if (span.to < first.span.from || span.from > first.span.to) {
            out.push(finding(f, `${cap(event)} is dated ${span.label} here but ${first.span.label} earlier.`, [{ start: first.f.start, end: first.f.end, message: 'the earlier date' }], { first: first.span.from, second: span.from }));
          }
        }
      }
      // an event that happens once for a drug, dated twice: "its first approval in May 2026", later "First approval: May 2025"
      for (let fI = 0, fullHere_ = fullHere; fI < fullHere_.length; fI++) { const f = fullHere_[fI];
        const clause = clauseAround(sentence, f.start - s.start, f.end - s.start);
        if (datesHere.some(x => x !== f && x.start >= s.start + clause.from && x.end <= s.start + clause.to)) continue;
        const lead = sentence.slice(Math.max(clause.from, f.start - s.start - 80), f.start - s.start);
        const last = readPiece(lastOnceEvent, lead);
        if (!last || lead.length - last.end > 40) continue;
        const words = sentence.slice(clause.from, clause.to);
        if (T.test(PLANNED, clause.from, clause.to) || T.test(RESTATED) || T.test(CHANGE)) continue;
        const span = spanOf(f)!;
        const region = [...words.matchAll(AGENCY)].map(m => m[0].toUpperCase()).sort().join('|');
        const drugs = itemsWithin(model.entities, s.start, s.end).filter(e => e.kind === 'drug').map(e => e.name).sort().filter((x, i, a) => a.indexOf(x) === i).join('|');
        // (an agency or region inside the phrase or between it and the date makes it that region's first approval;
        // "die europäische Erstzulassung": an adjective of place right before a one-word phrase)
        if (!AGENCY_ONE.test(lead.slice(Math.max(0, last.end - last.text.length - 16)))) {
          firstApprovals.push({ f, span, drugs: drugs ? drugs.split('|') : [], phrase: last.text.replace(/\s+/g, ' ') });
        }
        const first = onceEvents.find(x => x.region === region && (!x.drugs || !drugs || x.drugs === drugs));
        if (!first) { onceEvents.push({ f, span, region, drugs }); continue; }
        if (span.to < first.span.from || span.from > first.span.to) {
          out.push(finding(f, `One event (\u201c${last.text.replace(/\s+/g, ' ')}\u201d) is dated ${span.label} here but ${first.span.label} earlier.`, [{ start: first.f.start, end: first.f.end, message: 'the earlier date' }], { first: first.span.from, second: span.from }));
        }
      }
      // one approval (one agency, one drug, one indication), stated as done, dated twice
      for (let fI = 0, fullHere_ = fullHere; fI < fullHere_.length; fI++) { const f = fullHere_[fI];
        const clause = clauseAround(sentence, f.start - s.start, f.end - s.start);
        if (datesHere.some(x => x !== f && x.start >= s.start + clause.from && x.end <= s.start + clause.to)) continue;
        const words = sentence.slice(clause.from, clause.to);
        // an approval, or a designation of one kind ("Breakthrough Therapy designation"), never both in one clause
        const approved = T.test(APPROVAL, clause.from, clause.to);
        const kinds = keptForSentence(designationsIn, text, model.sentences, s, `${clause.from}:${clause.to}`, own => designationsIn(own.slice(clause.from, clause.to)));
        if (approved ? kinds.length > 0 : kinds.length !== 1) continue;
        // the plan or future that dates the event stands before the date: "approved on 3 May, and will launch in June" is done
        const upTo = f.end - s.start;
        // (an approval "previously granted" is one done before the news, no date restated)
        // (a kind of approval the sentence names, "accelerated approval", is part of what is dated; a further or
        // supplemental approval is another event and not read)
        const kindWord = approved ? APPROVAL_KIND.exec(words)?.[0].toLowerCase() : undefined;
        if (T.test(PLANNED, clause.from, upTo) || T.test(FUTURE, clause.from, upTo) || T.test(SUBMIT, clause.from, clause.to) || T.test(approved ? RESTATED_DATE : RESTATED) || T.test(CHANGE) || (T.test(SUBMISSION_KIND) && !(kindWord && !OTHER_SUBMISSION_KIND.test(sentence)))) continue;
        const agencies = [...new Set([...words.matchAll(AGENCY)].map(m => m[0].toUpperCase()))];
        const named = (kind: string) => [...new Set(itemsWithin(model.entities, s.start, s.end).filter(e => e.kind === kind).map(e => e.name))].sort();
        const drugs = named('drug'), indications = named('indication');
        if (agencies.length > 1 || drugs.length > 1 || indications.length > 1) continue;
        const what = approved ? (kindWord ? `${kindWord.replace(/ approval$/, '')} approval` : 'approval') : kinds[0];
        const mention: { what: string; agency?: string; drug?: string; indication?: string } = { what, agency: agencies[0], drug: drugs[0], indication: indications[0] };
        // the first statement names the agency and the drug (an approval, its indication too); a later one may leave
        // them out and refer back ("The designation, granted in May 2026, ..."), when the document has one it can mean
        const full = !!mention.agency && !!mention.drug && (!approved || !!mention.indication);
        // an approval whose clause names a use ("for ...") the reading found no indication in may be another approval
        if (approved && !mention.indication && T.test(APPROVED_FOR, clause.from, clause.to)) continue;
        const fits = (x: typeof mention) => x.what === what && (['agency', 'drug', 'indication'] as const).every(k => !mention[k] || x[k] === mention[k]);
        const earlier = approvals.filter(x => fits(x));
        const span = spanOf(f)!;
        if (full && !approvals.some(x => x.what === what && x.agency === mention.agency && x.drug === mention.drug && x.indication === mention.indication)) { approvals.push({ ...mention, f, span }); continue; }
        if (earlier.length !== 1 || (!mention.agency && !mention.drug && approvals.filter(x => x.what === what).length !== 1)) continue;
        const first = earlier[0];
        if (span.to < first.span.from || span.from > first.span.to) {
          const d = first.drug, ind = first.indication, ag = first.agency;
          out.push(finding(f, `The ${what} of ${d}${ind ? ` for ${ind}` : ''} by ${ag} is dated ${span.label} here but ${first.span.label} earlier.`, [{ start: first.f.start, end: first.f.end, message: 'the earlier date' }], { first: first.span.from, second: span.from }));
        }
      }
      // one plan to submit, to one agency, dated twice: "plans to file with the agency in 2026" and later "to submit to the agency in 2027"
      for (let fI = 0, fullHere_ = fullHere; fI < fullHere_.length; fI++) { const f = fullHere_[fI];
        const clause = clauseAround(sentence, f.start - s.start, f.end - s.start);
        const words = sentence.slice(clause.from, clause.to);
        if (datesHere.some(x => x !== f && x.start >= s.start + clause.from && x.end <= s.start + clause.to)) continue;
        if (!T.test(SUBMIT, clause.from, clause.to) || T.test(HAPPENED, clause.from, clause.to) || T.test(RESTATED) || T.test(CHANGE) || T.test(SUBMISSION_KIND)) continue;
        const span = spanOf(f)!;
        // the drugs and indications the sentence names: a plan for another drug or indication is another plan
        const names = itemsWithin(model.entities, s.start, s.end).filter(e => e.kind === 'drug' || e.kind === 'indication').map(e => `${e.kind}:${e.name}`).sort().filter((x, i, a) => a.indexOf(x) === i).join('|');
        for (const m of words.matchAll(AGENCY)) {
          const key = m[0].toUpperCase();
          const first = submissions.get(key);
          if (!first) { submissions.set(key, { f, span, names }); continue; }
          if (first.f === f || first.names !== names || !(span.to < first.span.from || span.from > first.span.to)) continue;
          out.push(finding(f, `The submission to ${m[0]} is planned for ${span.label} here but for ${first.span.label} earlier.`, [{ start: first.f.start, end: first.f.end, message: 'the earlier date' }], { first: first.span.from, second: span.from }));
          break;
        }
      }
      // one finding a sentence: an order word may stand between a fixed pair ("a PDUFA date ..., ahead of a launch")
      const fixed = inOrder(model, sentence, s.start, datesHere, spanAt);
      out.push(...(fixed.length ? fixed : orderedByWord(model, text, s.start, datesHere, spanAt)));
      // follow-up durations: "at a median follow-up of 10.5 months"
      for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
        if (f.figureKind !== 'duration' || typeof f.value !== 'number' || f.comparator === '<' || f.comparator === '\u2264' || f.comparator === '~') continue;
        if (!readPiece(followUpBefore, text.slice(Math.max(s.start, f.start - 50), f.start))) continue;
        followUps.push({ f, trial });
      }
    }

    out.push(...salesBeforeFirstApproval(model, text, bySentence, firstApprovals, dateline?.f));
    // (without a dateline, a report on a period named in the release's head, "Quarterly report July – September 2026", is
    // published after that period ends: a lower bound of the whole document)
    const headPeriod = reportPeriodInHead(model, text);
    if (!dateline && headPeriod) bounds.lower.push(headPeriod);
    out.push(...signedBeforeItsPeriod(model, text, headPeriod));
    out.push(...againstBounds(text, bounds, dateline, out));
    out.push(...beforeItsAgreement(model, text, bySentence, dateline?.f));
    const ownPeriod = ownPeriodOf(model, text, dateline?.f);
    out.push(...comparisonInOwnPeriod(model, text, bySentence, dateline?.f, ownPeriod));
    out.push(...transactionEventsTwice(model, text, bySentence, dateline?.f));
    out.push(...versionsInOrder(model, text, bySentence));
    out.push(...movedLater(model, text, bySentence, dateline?.f));
    out.push(...citedAfterRelease(text, bySentence, dateline));
    out.push(...againstReportingDate(model, text, bySentence));
    out.push(...subsequentEventsInPeriod(model, text, bySentence), ...datelineAfterHead(model, text, bySentence));
    // a period's ends stated by verbs, and a state dated after the release (checks/datesStatus.ts); one finding a date
    const flagged = new Set(out.map(o => o.start));
    // (the title's period, read once for the two readings that hold the release to it)
    const titled = titlePeriod(text, bySentence);
    for (let oI = 0, oList = [...periodByVerbs(model, text, bySentence, f => f === dateline?.f), ...statusAfterRelease(model, text, bySentence, dateline, ownPeriod), ...stepsInOrder(model, text, bySentence, dateline), ...lengthBetweenDates(model, text, bySentence, f => f === dateline?.f), ...deadlineTwice(model, text, bySentence, f => f === dateline?.f), ...meetingTwice(model, text, bySentence, f => f === dateline?.f),
      ...todayDated(text, bySentence, dateline), ...titlePeriodEnded(model, text, bySentence, titled), ...releaseBeforeTitlePeriod(text, titled, dateline)]; oI < oList.length; oI++) { const o = oList[oI];
      if (!flagged.has(o.start)) { flagged.add(o.start); out.push(o); }
    }
    // a named trial's events in their order (a sentence naming a cohort or part is left out): the enrolment target is reached before the last patient is enrolled
    for (let itemI = 0, ORDER_ = ORDER; itemI < ORDER_.length; itemI++) { const [first, then] = ORDER_[itemI];
      // only for a trial the sentences name (or the one named last): two unnamed ones may be two trials
      for (let aI = 0, aList = done.filter(x => x.event === first && x.trial !== undefined); aI < aList.length; aI++) { const a = aList[aI];
        const b = done.find(x => x.event === then && x.trial === a.trial && x.span.to < a.span.from);
        if (!b) continue;
        const [later, earlier] = b.f.start > a.f.start ? [b, a] : [a, b];
        out.push(finding(later.f, `${cap(then)} is dated ${b.span.label}, before ${AS_DONE[first]} (${a.span.label}).`, [{ start: earlier.f.start, end: earlier.f.end, message: `${earlier === a ? first : then}: ${earlier.span.label}` }], { first: a.span.from, then: b.span.to }));
        break;
      }
    }
    // a follow-up cannot be longer than the time from the trial's first patient to the data cut-off (or the release)
    for (let fuI = 0; fuI < followUps.length; fuI++) { const fu = followUps[fuI];
      const cut = cutoffs.filter(c => c.trial === fu.trial);
      const end = cut.length === 1 ? cut[0] : cut.length === 0 && dateline ? { f: dateline.f, span: dateline } : undefined;
      if (!end) continue;
      const begun = starts.filter(x => x.trial === fu.trial);
      if (begun.length !== 1) continue;
      const b = begun[0];
      const months = toMonths(fu.f);
      if (months === undefined) continue;
      const room = 0.5 * 10 ** -decimalsOf(model.text.slice(fu.f.start, fu.f.end));
      const elapsed = (end.span.to - b.span.from) / DAY / MONTH_DAYS;
      if (months - room <= elapsed + 0.5) continue;
      out.push(finding(fu.f, `A follow-up of ${model.text.slice(fu.f.start, fu.f.end)} is longer than the trial has run: ${b.span.label} to ${end.span.label} is at most ${elapsed.toFixed(1)} months.`,
        [{ start: b.f.start, end: b.f.end, message: `the start: ${b.span.label}` }, { start: end.f.start, end: end.f.end, message: `the end: ${end.span.label}` }],
        { followUpMonths: months, elapsedMonths: Number(elapsed.toFixed(2)) }));
    }
    // a time point beyond the length of the trial it is reported in
    out.push(...beyondTrialLength(model));
    // a change from one dated state to another dated before it ("from $20 million at 31 March 2031 to $22 million as at 30 September 2030")
    out.push(...changeEndsReversed(model));
    return out;
  },
};


/** The span of days a date names, from its ISO-like rendering: "2025", "2025-03", "2025-03-12", "2025-Q1", "2025-H2". */

/** The release's dateline (see datelineIn). */
export function datelineOf(model: DocumentModel): (Span & { f: FigureEntity }) | undefined {
  // the dateline is a line of its own: the checks' view joins a short line to the next as a soft wrap ("Jul 1 2026"
  // above "Acme Bio announced ..."), so the line ends of the head, where the dateline stands, are given back
  const soft = (model.layout?.softBreaks ?? []).filter(b => b.start < DATELINE_HEAD && b.end > b.start);
  if (!soft.length) return datelineIn(model.entities, model.text, normalizedText(model));
  return datelineIn(model.entities, withLineEnds(model.text, soft), withLineEnds(normalizedText(model), soft));
}
/** How far into the text a dateline is looked for (dateline.ts reads dates that start within 2,000 characters), with its line. */
const DATELINE_HEAD = 2200;

/** The clause around a range of a sentence: between the semicolons (outside parentheses) around it. */
/**
 * The clause a span stands in: between semicolons, and between two clauses a comma and a coordinating
 * conjunction join ("enrolment closed in May 2025, and the last patient completed treatment in June 2026":
 * each date dates its own); the conjunctions are data (dates.json clauseJoins).
 */
function clauseAround(sentence: string, from: number, to: number): { from: number; to: number } {
  let start = sentence.lastIndexOf(';', from) + 1;
  // (a label's colon before a capital opens a clause too: "Financing update: In May 2026, Acme closed ..."; not when the
  // date itself follows the colon, the label's value: "Last visit: March 2026" dates the label's event)
  for (let c = sentence.lastIndexOf(': ', from); c >= start; c = c > 0 ? sentence.lastIndexOf(': ', c - 1) : -1) {
    if (/^\p{Lu}/u.test(sentence.slice(c + 2, c + 3)) && c + 2 < from) { start = c + 2; break; }
  }
  let end = sentence.indexOf(';', to);
  if (end < 0) end = sentence.length;
  // the joins inside the semicolon clause, by one scan from its start (a bounded slice: linear in the sentence)
  // (the joins kept by the clause's text: the dates' checks ask it of the same clauses after every edit)
  const joins = memoRead(sentence.slice(start, end), clauseJoinsIn);
  for (let k = 0; k < joins.length; k += 2) {
    const at = start + joins[k];
    if (at + joins[k + 1] <= from) start = at + joins[k + 1];
    else if (at >= to) { end = at; break; }
  }
  return { from: start, to: end };
}
/** The joins of a clause's text (CLAUSE_JOIN), each as its offset and its length, in order. */
function clauseJoinsIn(piece: string): readonly number[] {
  const out: number[] = [];
  CLAUSE_JOIN.lastIndex = 0;
  for (let m = CLAUSE_JOIN.exec(piece); m; m = CLAUSE_JOIN.exec(piece)) out.push(m.index, m[0].length);
  return out;
}
// (or, without the comma, a conjunction right before a finite verb of the past or present, which opens a predicate of its
// own: "plans to start a trial in 2028 and had cash of $40 million at June 30": dates.json clauseJoins.finiteVerbs)
// (or a relative pronoun right before a verb in the past: "a trial that enrolled its first patient in May 2026")
const CLAUSE_JOIN = new RegExp(`,\\s(?:${wordsPattern(words.clauseJoins.words)})\\s|\\s(?:${wordsPattern(words.clauseJoins.words)})\\s(?=(?:${wordsPattern(words.clauseJoins.finiteVerbs)})(?![\\p{L}]))|\\s(?:${wordsPattern(words.clauseJoins.relatives)})\\s(?=\\p{Ll}{2,}ed(?![\\p{L}])|(?:${wordsPattern(words.clauseJoins.finiteVerbs)})(?![\\p{L}]))`, 'giu');

/**
 * Whether the dates of a clause are coordinated times of one verb: no verb of completion, no restated or
 * moved date in the clause, and each date opened by its own preposition ("in", "on"), none a period's
 * start or end ("from", "until"). The future word before them then dates each.
 */
/** Whether a clause holds a verb of completion, a restated or a moved date: a pure reading of its words, kept by them. */
const doneRestatedOrMoved = (words: string): boolean => HAPPENED.test(words) || RESTATED.test(words) || CHANGE.test(words);
/** A clause's words once insertions are dropped: undefined when they plan nothing, true when they plan the clause, false when only a date may be (a pure reading). */
function plannedWords(words: string): boolean | undefined {
  const t = withoutInsertions(words);
  if (!PLANNED.test(t)) return undefined;
  return PLANNED_CLAUSE.test(t);
}
function coordinatedTimes(sentence: string, offset: number, clause: { from: number; to: number }, dates: FigureEntity[]): boolean {
  const words = sentence.slice(clause.from, clause.to);
  if (memoRead(words, doneRestatedOrMoved)) return false;
  const inClause = dates.filter(x => x.start >= offset + clause.from && x.end <= offset + clause.to);
  return inClause.length > 1 && inClause.every(x => {
    // ("in the second quarter of 2026": the article between the preposition and a date the figure reads without it)
    const lead = sentence.slice(Math.max(clause.from, x.start - offset - 30), x.start - offset).replace(ARTICLE_AT_END, '');
    return PREPOSITION_BEFORE_DATE.test(lead) && !PERIOD_START.test(lead) && !PLANNED_AT_DATE.test(lead);
  });
}

const DR = words.durationRanges;
/** Between a length and its period's first date: a period's noun, the period's opening word ("-month period from", " months between", " months, from"). */
const LENGTH_BEFORE_RANGE = new RegExp(`^[-\\s]*(?:(?:${wordsPattern(DR.nouns)})\\s*)?[,(]?\\s*(?:${wordsPattern(DR.openers)})\\s*$`, 'iu');
/** After a period's last date, its length: "(15 months)", ", a period of 15 months". */
const LENGTH_AFTER_RANGE = new RegExp(`^\\s*(?:\\(|,\\s*(?:(?:${wordsPattern(DR.after)})\\s+)?)\\s*$`, 'iu');
const UNIT_DAYS: Record<string, number> = { days: 1, weeks: 7, months: MONTH_DAYS, years: 365.25 };

/**
 * A length stated for a period whose two ends are dated, that the ends do not allow: "over the 12-month
 * period from March 2025 to June 2026" (14 to 16 months, however the months are counted). The period is a
 * range of two dates (its opening word before the first, its joining word between), the length a duration
 * right before it (a period's noun and the opening word between) or right after it in brackets. The least and
 * the most the two dates allow are both taken (a month named runs from its first day to its last), with half
 * the length's unit of slack; a length with "more than" must not exceed the most, one with "about" is not judged.
 */
function lengthAgainstEnds(text: string, inS: FigureEntity[], dates: FigureEntity[]): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (let k = 0; k + 1 < dates.length; k++) {
    const a = dates[k], b = dates[k + 1];
    const sa = spanOf(a), sb = spanOf(b);
    if (!sa || !sb || sb.to < sa.from) continue;
    const gap = text.slice(a.end, b.start);
    if (!RANGES.some(r => r.join.test(gap)) && !/^\s?[-\u2013]\s?$/.test(gap)) continue;
    const length = inS.find(d => d.figureKind === 'duration' && typeof d.value === 'number' && UNIT_DAYS[d.unit ?? ''] !== undefined
      && ((d.end <= a.start && a.start - d.end <= 40 && LENGTH_BEFORE_RANGE.test(text.slice(d.end, a.start)))
        || (d.start >= b.end && d.start - b.end <= 30 && LENGTH_AFTER_RANGE.test(text.slice(b.end, d.start)))));
    if (!length || (length.comparator && length.comparator !== '>' && length.comparator !== '\u2265')) continue;
    const unit = UNIT_DAYS[length.unit!];
    const days = (length.value as number) * unit;
    const least = (sb.from - sa.to) / DAY, most = (sb.to - sa.from) / DAY + 1;
    const slack = unit / 2;
    const over = days > most + slack, under = !length.comparator && days < least - slack;
    if (!over && !under) continue;
    const fmt = (d: number) => String(Math.round(d / unit));
    const label = `${length.comparator ? 'more than ' : ''}${length.value} ${length.unit}`;
    out.push(finding(length, `A period of ${label} does not fit its ends: ${sa.label} to ${sb.label} is ${least <= 0 ? 'at most' : `${fmt(Math.max(0, least))} to`} ${fmt(most)} ${length.unit}.`,
      [{ start: a.start, end: a.end, message: `the start: ${sa.label}` }, { start: b.start, end: b.end, message: `the end: ${sb.label}` }],
      { lengthDays: Math.round(days), leastDays: Math.round(least), mostDays: Math.round(most) }));
  }
  return out;
}

function toMonths(f: FigureEntity): number | undefined {
  const per: Record<string, number> = { months: 1, weeks: 12 / 52.1775, years: 12, days: 12 / 365.25 };
  return per[f.unit] === undefined ? undefined : (f.value as number) * per[f.unit];
}

function cap(s: string): string { return s[0].toUpperCase() + s.slice(1); }

/** How far before a date a verb of completion may stand when only its object lies between, in characters. */
const OBJECT_REACH = 160;
const HAPPENED_ALL = HAPPENED.withFlags('giu');
/** ", through week 4,": a phrase that a preposition opens, set off by a pair of commas (dates.json objectInsertions). */
const INSERTION = new RegExp(`,\\s*(?:${wordsPattern(words.objectInsertions.words)})\\s[^,;:()\\n]{1,60},\\s*`, 'giu');
const OBJECT_BREAK = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.objectBreaks.words)})(?![\\p{L}])`, 'iu');

/** "set a PDUFA date of", "assigned a target action date of": a verb that sets a deadline (not one that "had" set it before), at most four words, the deadline's noun, right before its date. */
const DEADLINE_SET = new RegExp(`(?<![\\p{L}])(?<!(?<![\\p{L}])(?:${wordsPattern(words.future.pastBefore)})\\s+)(?:${wordsPattern(words.deadlinesSet.verbs)})(?:\\s+[\\p{L}\\d-]+){0,4}?\\s+(?:${wordsPattern(words.deadlinesSet.nouns)})(?:\\s+(?:of|on|for|is|was|von|am|du|le))?\\s*:?\\s*$`, 'iu');
/** A stretch less the footnote marks written right after a word ("the PDUFA2 goal date" reads "the PDUFA goal date"). */
const withoutFootnoteMarks = (t: string): string => t.replace(/(?<=\p{L})\d(?=\s)/gu, '');
/** How far before its date a deadline's verb stands, in characters. */
const DEADLINE_REACH = 80;
/** DEADLINE_SET over the words before a date, its footnote marks left out (a pure reading of the piece, kept by it). */
const deadlineSetBefore = (piece: string): boolean => DEADLINE_SET.test(withoutFootnoteMarks(piece));
const DN = words.doneNouns;
/** "upon execution of", "after the closing of": an event named as a noun (dates.json doneNouns). */
const DONE_NOUN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DN.openers)})\\s+(?:the\\s+)?(?:${wordsPattern(DN.nouns)})\\s+of(?![\\p{L}])`, 'giu');
/** "included", "recorded", "paid": a verb that states a sum booked or paid. */
const BOOKED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DN.booked)})(?![\\p{L}])`, 'iu');

/**
 * A sum booked upon an event named as a noun, the event's object running up to a date: "R&D costs
 * included a $5 million payment upon execution of the licence with Beta Bio in March 2026". The
 * sum is stated as booked or paid (a verb of `booked` before the event's noun, no word of the future
 * or of a plan there), so the event that brought it about is done. Between the noun's "of" and the
 * date stands one noun phrase, as for a verb's object (verbBeforeObject). Returns the event's words.
 */
function bookedUpon(clause: string): string | undefined {
  const lead = clause.slice(Math.max(0, clause.length - OBJECT_REACH));
  const last = lastMatch(DONE_NOUN, lead);
  if (!last || !onePhrase(lead.slice(last.index + last[0].length))) return undefined;
  const before = clause.slice(0, clause.length - lead.length + last.index);
  return BOOKED.test(before) && !FUTURE.test(before) && !PLANNED.test(before) ? last[0] : undefined;
}

/** The last match of a global pattern in a stretch of text. */
function lastMatch(re: RegExp, t: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) last = m;
  return last;
}

/** Whether the words between an event's word and its date are one noun phrase: no punctuation but a pair of commas around a phrase a preposition opens, no word that opens another clause, no word of the future or of a plan. */
function onePhrase(between: string): boolean {
  const t = withoutInsertions(between);
  return !/[,;:()\n]/.test(t) && !OBJECT_BREAK.test(t) && !FUTURE.test(t) && !PLANNED.test(t);
}

/** A stretch of text less the phrases set off by commas that a preposition opens and that name no year (", through month 6,"), and short glosses in brackets. */
function withoutInsertions(t: string): string {
  // (and a short gloss in brackets, no number in it: "Alphamab (asthma)" is one noun phrase)
  return t.replace(INSERTION, m => /(?<!\d)(?:1[89]|2\d)\d\d(?!\d)/.test(m) ? m : ' ').replace(GLOSS, ' ');
}
/** A bracket of a few words and no digit. */
const GLOSS = /\([^()\d\n]{1,40}\)/g;

/**
 * The verb of completion whose object runs up to a date: "The company shared the first interim
 * analysis of the study, through month 6, of the older cohort on 3 May 2026". The verb is the last
 * one of completion in the stretch before the date, and between it and the date stands one noun
 * phrase: no punctuation but a pair of commas around a phrase a preposition opens, no word that opens
 * another clause or joins another verb, no word of the future or of a plan.
 */
function verbBeforeObject(lead: string): string | undefined {
  const last = lastMatch(HAPPENED_ALL, lead);
  if (!last || !onePhrase(lead.slice(last.index + last[0].length))) return undefined;
  // a verb of completion right before it ("announced that", "reported results") is the one read; the text before it is the subject
  return FUTURE.test(lead.slice(0, last.index).split(/[,;:]/).pop() ?? '') ? undefined : last[0];
}

/**
 * An item of a list whose introduction states what it lists as done ("has previously received the
 * designation for:", then one item a line, "... in March 2024;"): the item's date dates a done event.
 * Returns the introduction's verb of completion.
 */
function listedAsDone(text: string, pos: number, lead: string): string | undefined {
  if (!PREPOSITION_BEFORE_DATE.test(lead)) return undefined;
  const lineStart = text.lastIndexOf('\n', pos) + 1;
  const lineEnd = text.indexOf('\n', pos);
  // the list's introduction first (a few string searches): most dates stand in no list, and their line,
  // often a whole paragraph, is then never read with the patterns
  let end = lineStart - 1;
  let intro: string | undefined;
  for (let lines = 0; end > 0 && lines < 8;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    end = start - 1;
    if (!line) continue;
    lines++;
    if (line.length > 400) return undefined;
    if (!/:$/.test(line)) continue;
    // the introduction's own sentence: after the last full stop of its line
    intro = line.slice(line.lastIndexOf('. ') + 1);
    break;
  }
  if (intro === undefined) return undefined;
  const item = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (PLANNED.test(item) || FUTURE.test(item)) return undefined;
  const verb = HAPPENED.exec(intro);
  return verb && !REPORT_VERB.test(intro) && !PLANNED.test(intro) && !FUTURE.test(intro) ? verb[0] : undefined;
}

/**
 * Two events of one sentence whose order is fixed, dated against it: "first signed in 2026, amended
 * in 2024", "as notified on 2 May, the drug was approved on 9 May". Each date takes the event word
 * before it in its stretch of the sentence (between commas, semicolons and colons), or the one right
 * after it when the stretch opens with the date ("2026.03 Signed, ...").
 */
function inOrder(model: DocumentModel, sentence: string, offset: number, dates: FigureEntity[], spanAt: (f: FigureEntity) => Span | undefined = spanOf): CheckFinding[] {
  if (dates.length < 2 || dates.length > 12 || CHANGE.test(sentence)) return [];
  const out: CheckFinding[] = [];
  // each date's stretch: the sentence between the commas, semicolons and colons around it (a date's own comma is none)
  const breaks: number[] = [];
  for (let i = 0; i < sentence.length; i++) if (/[,;:]/.test(sentence[i]) && !dates.some(d => i >= d.start - offset && i < d.end - offset)) breaks.push(i);
  const stretches = dates.map(f => {
    const at = f.start - offset, end = f.end - offset;
    const from = breaks.filter(b => b < at).pop() ?? -1;
    const to = breaks.find(b => b >= end) ?? sentence.length;
    return { before: sentence.slice(from + 1, at), after: sentence.slice(end, to) };
  });
  for (let seqI = 0, SEQUENCES_ = SEQUENCES; seqI < SEQUENCES_.length; seqI++) { const seq = SEQUENCES_[seqI];
    // (the first and last patients of a trial keep no order with those of one of its parts: "the last patient was dosed in
    // May, the first patient of the extension in June")
    if (seq.wholeTrialOnly && TRIAL_PART.test(sentence)) continue;
    // (each stretch's role kept by its words, testMemo's pieces: an edit elsewhere asks it of the memo)
    const role = SEQUENCE_ROLES.get(seq)!;
    const roles = stretches.map(({ before, after }) => readPiece(role, `${before.length}:${before}${after}`));
    for (let j = 1; j < dates.length; j++) {
      for (let i = 0; i < j; i++) {
        if (!roles[i] || !roles[j] || roles[i] === roles[j]) continue;
        if (seq.narrated && roles[i] !== 'earlier') continue;
        const [e, l] = roles[i] === 'earlier' ? [dates[i], dates[j]] : [dates[j], dates[i]];
        const se = spanAt(e), sl = spanAt(l);
        if (!spanOf(e) && !spanOf(l)) continue;
        if (!se || !sl || sl.to >= se.from) continue;
        const word = (f: FigureEntity) => model.text.slice(f.start, f.end);
        out.push(finding(dates[j], `The events are out of order: the later one is dated ${sl.label}, before the earlier one (${se.label}).`,
          [{ start: dates[i].start, end: dates[i].end, message: `${dates[i] === e ? 'the earlier event' : 'the later event'}: ${word(dates[i])}` }], { earlier: se.from, later: sl.to }));
        return out;
      }
    }
  }
  return out;
}

/**
 * The release dated twice: the date that heads the page ("March 3, 2026 Regulatory", "Date: 3
 * March 2026") and the newswire's dateline below it ("BASEL – 9 March 2026 –"), days apart. A
 * document with one dateline only (a round-up of several releases has several); the header's date
 * opens a short line before it; a day's difference is a time zone's, not a contradiction.
 */
function twoReleaseDates(model: DocumentModel, text: string): CheckFinding[] {
  const dated = model.entities.filter((e): e is FigureEntity => e.kind === 'figure' && e.figureKind === 'date');
  // (a letter's dating with the news of "today" after it dates the release as a wire's dash does)
  const wires = dated.filter(e => (wireDated(model.text, e) || placeDatedToday(text, e)) && spanOf(e) && spanOf(e)!.from === spanOf(e)!.to);
  if (wires.length !== 1 || wires[0].start > 2000) return [];
  const wire = wires[0], ws = spanOf(wire)!;
  for (let eI2 = 0, dated_ = dated; eI2 < dated_.length; eI2++) { const e = dated_[eI2];
    if (e.start >= wire.start) break;
    const span = spanOf(e);
    if (!span || span.from !== span.to) continue;
    // a line as written: a soft wrap the layout joins still ends it
    const soft = model.layout?.softBreaks ?? [];
    const lineStart = Math.max(text.lastIndexOf('\n', e.start) + 1, ...soft.filter(b => b.end <= e.start).map(b => b.end));
    const hard = text.indexOf('\n', e.end);
    const lineEnd = Math.min(hard < 0 ? text.length : hard, ...soft.filter(b => b.start >= e.end).map(b => b.start));
    const line = text.slice(lineStart, lineEnd);
    // (a date its label names the page's, "Date: 3 March 2026", "date 2026-03-03", is so however long the line it opens)
    const labelled = DATELINE_LABEL_ONLY.test(text.slice(lineStart, e.start)) || labelledBefore(text.slice(lineStart, e.start));
    if ((line.length > 60 && !labelled) || !(/^[^\p{L}\d]*$/u.test(text.slice(lineStart, e.start)) || labelled)) continue;
    if (Math.abs(span.from - ws.from) <= DAY) continue;
    return [finding(wire, `The release is dated ${ws.label} here but ${span.label} at its head.`, [{ start: e.start, end: e.end, message: `the header's date: ${span.label}` }], { header: span.from, dateline: ws.from })];
  }
  return [];
}

/**
 * Two dated events of one sentence that an order word puts in order, dated against it: "sales began
 * in May 2026, after approval in June 2026" (what follows "after" comes first), "the filing in March
 * 2025, before the read-out in January 2025", "Following approval in May 2026, the launch in March
 * 2026". The order word takes an event, not a bare date ("the period before 2020" is a time, not an
 * event), and reaches its date without a comma; a sentence that reports a date moved is left alone.
 */
function orderedByWord(model: DocumentModel, text: string, offset: number, dates: FigureEntity[], spanAt: (f: FigureEntity) => Span | undefined = spanOf): CheckFinding[] {
  if (dates.length < 2 || dates.length > 12) return [];
  const sentenceText = text.slice(offset, dates[dates.length - 1].end);
  if (CHANGE.test(sentenceText)) return [];
  for (let k = 0; k + 1 < dates.length; k++) {
    const a = dates[k], b = dates[k + 1];
    const sa = spanAt(a), sb = spanAt(b);
    if (!sa || !sb || (!spanOf(a) && !spanOf(b))) continue;
    const gap = text.slice(a.end, b.start);
    if (gap.length > 140 || /[;:()\n]/.test(gap)) continue;
    // "A in D1 after B in D2": the last order word of the gap, its event and date after it with no comma between
    let m: RegExpExecArray | null, last: RegExpExecArray | null = null;
    ORDER_WORD.lastIndex = 0;
    while ((m = ORDER_WORD.exec(gap))) last = m;
    let first: Span | undefined, then: Span | undefined, word = '';
    if (last) {
      const object = gap.slice(last.index + last[0].length);
      const lead = gap.slice(0, last.index);
      // the order word right after the first date's phrase ("in March 2026, after", "in March 2026, six months after"), not after
      // another figure ("since 2021 to CHF 90 million, following"); the first date no period's start ("since 2021")
      const since = PERIOD_START.test(text.slice(Math.max(offset, a.start - 30), a.start));
      if (object.length <= 70 && !/[,\u2013\u2014]/.test(object) && /\p{L}{3,}/u.test(object) && !ORDER_NEGATION.test(lead)
        && lead.length <= 30 && !/\d/.test(lead) && lead.split(',').length <= 2 && !since) {
        const after = AFTER_WORD.test(last[0]);
        [first, then] = after ? [sb, sa] : [sa, sb];
        word = last[0];
      }
    } else {
      // "After approval in May 2026, the launch in March 2026": the order word opens the clause of the first date
      // the clause of the first date, after a dateline's dash ("BASEL, May 4, 2026 \u2013 Following ...")
      const whole = text.slice(offset, a.start);
      const lead = whole.slice(Math.max(whole.lastIndexOf('\u2013'), whole.lastIndexOf('\u2014'), whole.lastIndexOf(' - ')) + 1);
      const opening = ORDER_OPENING.exec(lead);
      if (opening && !/[,;:]/.test(lead) && /\p{L}{3,}/u.test(lead.slice(opening[0].length)) && lead.length <= 80 && gap.includes(',') && gap.split(',').length === 2) {
        const after = AFTER_WORD.test(opening[1]);
        [first, then] = after ? [sa, sb] : [sb, sa];
        word = opening[1];
      }
    }
    if (!first || !then || first.from <= then.to) continue;
    const word0 = (f: FigureEntity) => model.text.slice(f.start, f.end);
    return [finding(b, `The events are out of order: \u201c${word.trim()}\u201d puts the event of ${first.label} first, yet it is dated after that of ${then.label}.`,
      [{ start: a.start, end: a.end, message: `the other event: ${word0(a)}` }], { earlier: first.from, later: then.to })];
  }
  return [];
}

/**
 * A history longer than the company has existed: "Founded in 2016, Acme ... its 20-year history" in a
 * release of 2026. One founding year in the document, a history the company owns ("its", "our"), and
 * a year's slack for the rounding of both.
 */
function historySinceFounding(model: DocumentModel, text: string, dateline: Span & { f: FigureEntity }): CheckFinding[] {
  const years = new Map<number, FigureEntity>();
  for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
    if (e.kind !== 'figure' || e.figureKind !== 'date' || !e.iso || !/^\d{4}/.test(e.iso)) continue;
    if (!testPiece(FOUNDED_BEFORE, text.slice(Math.max(0, e.start - 40), e.start)) && !testPiece(FOUNDED_AFTER, text.slice(e.end, e.end + 20))) continue;
    const y = Number(e.iso.slice(0, 4));
    if (!years.has(y)) years.set(y, e);
  }
  if (years.size !== 1) return [];
  const [[founded, f]] = [...years];
  const released = new Date(dateline.to).getUTCFullYear();
  HISTORY.lastIndex = 0;
  for (let m = HISTORY.exec(text); m; m = HISTORY.exec(text)) {
    const n = Number(m[1]);
    if (n <= released - founded + 1) continue;
    const at = m.index + m[0].indexOf(m[1]);
    return [{ message: `A history of ${n} years is longer than the company has existed: founded in ${founded}, the release is dated ${dateline.label}.`, start: at, end: at + m[1].length,
      related: [{ start: f.start, end: f.end, message: `founded: ${founded}` }], data: { years: n, founded, released }, fixes: [] }];
  }
  // the Nth anniversary of the founding falls N years after it (a year of slack: the release may precede or follow the day)
  ANNIVERSARY.lastIndex = 0;
  for (let m = ANNIVERSARY.exec(text); m; m = ANNIVERSARY.exec(text)) {
    const n = Number(m[1]);
    if (Math.abs(n - (released - founded)) <= 1) continue;
    const at = m.index + m[0].indexOf(m[1]);
    return [{ message: `A ${n}th anniversary does not fit the founding: founded in ${founded}, the release of ${dateline.label} comes ${released - founded} years after it.`, start: at, end: at + m[1].length,
      related: [{ start: f.start, end: f.end, message: `founded: ${founded}` }], data: { anniversary: n, founded, released }, fixes: [] }];
  }
  return [];
}

/**
 * An earlier and a later version of one thing dated against their order: "the initial proposal of 9
 * June 2026", then "the revised proposal of 2 March 2026". The thing is the word right after the
 * qualifier, the same in both; the date stands within 40 characters after it in its clause, with no
 * other date between.
 */
const PERIOD_REPORT = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.periodReports.words)})(?![\\p{L}])[^\\d]{0,12}$`, 'iu');
/** Between the two dates of a report's period: a dash, or "to", "till", "bis", "au", or only a space where a copied title lost its dash. */
const PERIOD_JOIN = /^\s*(?:[-\u2013\u2014]|to|till|til|bis|au|tot)?\s*$/i;
/** How near the dateline a report's title stands: the release's head, not a financial calendar further down. */
const TITLE_REACH = 600;

/**
 * A report on a period dated before the period ends: "14 May 2026 \u2013 Interim report 1 January \u2013
 * 30 June 2026". Read only in the release's head (near its dateline), for a period written as two
 * dates joined by a dash or "to" right after the report's name, so a financial calendar announcing
 * reports to come is never read.
 */
function reportBeforeItsPeriod(model: DocumentModel, text: string, dateline: Span & { f: FigureEntity }, head: number): CheckFinding[] {
  const figs = model.entities.filter((e): e is FigureEntity => e.kind === 'figure' && e.figureKind === 'date' && e !== dateline.f);
  // a period the figure reads as one ("results for the period January 1 \u2013 March 31, 2026")
  for (let fI = 0, figs_ = figs; fI < figs_.length; fI++) { const f = figs_[fI];
    const sf = spanOf(f);
    if (!sf || sf.from === sf.to || !/^a span of /.test(f.reading ?? '') || Math.abs(f.start - head) > TITLE_REACH) continue;
    if (!PERIOD_REPORT.test(text.slice(Math.max(0, f.start - 60), f.start)) || dateline.to >= sf.to) continue;
    return [finding(dateline.f, `The release is dated ${dateline.label}, before the end of the period ${sf.label} it reports on.`, [{ start: f.start, end: f.end, message: `the period: ${sf.label}` }], { dateline: dateline.to, periodEnd: sf.to })];
  }
  for (let k = 0; k + 1 < figs.length; k++) {
    const a = figs[k], b = figs[k + 1];
    if (Math.abs(a.start - head) > TITLE_REACH || !PERIOD_JOIN.test(text.slice(a.end, b.start))) continue;
    if (!PERIOD_REPORT.test(text.slice(Math.max(0, a.start - 60), a.start))) continue;
    const sb = spanOf(b);
    // "1 januari \u2013 30 juni 2010": the start takes the end's year when it states none
    const md = /^--(\d{2})-(\d{2})$/.exec(a.iso ?? '');
    const sa = spanOf(a) ?? (md && sb ? { from: Date.UTC(new Date(sb.to).getUTCFullYear(), Number(md[1]) - 1, Number(md[2])), to: 0, label: a.text.replace(/\s+/g, ' ') } : undefined);
    if (!sa || !sb || sb.to < sa.from || dateline.to >= sb.to) continue;
    return [finding(dateline.f, `The release is dated ${dateline.label}, before the end (${sb.label}) of the period ${sa.label} \u2013 ${sb.label} it reports on.`,
      [{ start: b.start, end: b.end, message: `the period ends: ${sb.label}` }], { dateline: dateline.to, periodEnd: sb.to })];
  }
  return [];
}

/**
 * The period a report names in the release's head ("Kvartalsrapport juli \u2013 september 2026", "Quarterly report 1 July \u2013 30
 * September 2026"), read as one span right after the report's name within TITLE_REACH characters of the start: the report comes
 * after its end. Two dates joined as a period are read too.
 */
function reportPeriodInHead(model: DocumentModel, text: string): Bound | undefined {
  const figs = model.entities.filter((e): e is FigureEntity => e.kind === 'figure' && e.figureKind === 'date' && e.start <= TITLE_REACH);
  for (let k = 0; k < figs.length; k++) {
    const f = figs[k];
    if (!PERIOD_REPORT.test(text.slice(Math.max(0, f.start - 60), f.start))) continue;
    const sf = spanOf(f);
    if (sf && sf.from !== sf.to && /^a span of /.test(f.reading ?? '')) return { f, span: { from: sf.to, to: sf.to, label: sf.label }, cue: 'report', head: true, report: true };
    const b = figs[k + 1], sb = b && spanOf(b);
    if (b && sb && PERIOD_JOIN.test(text.slice(f.end, b.start))) return { f: b, span: { from: sb.to, to: sb.to, label: text.slice(f.start, b.end).replace(/\s+/g, ' ') }, cue: 'report', head: true, report: true };
    return undefined;
  }
  return undefined;
}

/**
 * A report signed before the period it reports on ends: "Halvårsrapport januari\u2013juni 2026" in the head, "Kungsbacka
 * 13 juli 2025" as the signature's dating (signingDate) under it. A signature dates the report as its dateline does.
 */
function signedBeforeItsPeriod(model: DocumentModel, text: string, period: Bound | undefined): CheckFinding[] {
  if (!period) return [];
  const places = placeNames();
  for (let eI = 0, es = model.entities; eI < es.length; eI++) { const f = es[eI];
    if (f.kind !== 'figure' || f.figureKind !== 'date' || f.unit !== 'day' || f.start <= period.f.end) continue;
    const sf = spanOf(f);
    if (!sf || sf.to >= period.span.from || !signingDate(text, f, n => places.has(n))) continue;
    return [finding(f, `The report is signed on ${sf.label}, before the end (${period.span.label}) of the period it reports on.`, [{ start: period.f.start, end: period.f.end, message: `the period: ${period.span.label}` }], { signed: sf.to, periodEnd: period.span.from })];
  }
  return [];
}

const LT = words.listTitles;
/** Right before a title's date: a noun of listed things, at most two words, a preposition ("deals of", "data reported in"). */
const LIST_TITLE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(LT.nouns)})((?:[ \\u00a0]+[\\p{L}-]+){0,2}?)[ \\u00a0]+(?:${wordsPattern(LT.prepositions)})[ \\u00a0]*$`, 'iu');
/** A list's title is a short line of its own. */
const MAX_LIST_TITLE = 120;
/** Lines of a list read under its title, at most: the work stays linear however long the page. */
const MAX_LIST_LINES = 400;

/**
 * A list dated by its title, and an entry dated outside the title's period: under "Top partnering
 * deals of 2025", the line "Acme, Beta Bio  Mar 2024  900  Licence ..." (its own date, the first of
 * its line with no preposition before it: a date cell) is no deal of 2025; under "Phase III data
 * reported in December 2025", an item whose data were "reported in February 2026" (the title's own
 * event, its verb before the date) is not among them. An entry may cite an earlier event of another
 * kind ("data reported in May, published in December"): only the title's own event is judged so.
 * The title is a line of its own, after a blank line, with one date that states its year.
 */
function listedOutsideItsPeriod(model: DocumentModel, text: string): CheckFinding[] {
  const dates = model.entities.filter((e): e is FigureEntity => e.kind === 'figure' && e.figureKind === 'date');
  const out: CheckFinding[] = [];
  let title: { span: Span; f: FigureEntity; verb?: RegExp } | undefined;
  let linesUnder = 0, start = -1, end = -1, line = '';
  for (let k = 0; k < dates.length; k++) {
    const f = dates[k];
    // the date's line, read once for all the dates it holds (the work stays linear on a long line)
    const firstOfLine = f.start > end;
    if (firstOfLine) {
      start = text.lastIndexOf('\n', f.start - 1) + 1;
      end = text.indexOf('\n', f.end);
      if (end < 0) end = text.length;
      linesUnder++;
      line = text.slice(start, end);
    }
    const onlyOfLine = firstOfLine && (k + 1 === dates.length || dates[k + 1].start >= end);
    // what stands before the date on its line, as far back as a title's words reach
    const lead = text.slice(Math.max(start, f.start - MAX_LIST_TITLE), f.start);
    const span = spanOf(f);
    const m = span && onlyOfLine && line.trim().length <= MAX_LIST_TITLE && /(?:^|\n[ \t]*\n[ \t]*)$/.test(text.slice(Math.max(0, start - 4), start)) ? LIST_TITLE.exec(lead) : null;
    if (m && span) {
      // the title's verb of its event, when it names one ("reported"): the same verb before an entry's date dates the same event
      const verb = HAPPENED.exec(m[1]);
      title = { span, f, verb: verb ? new RegExp(`(?<![\\p{L}])${verb[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\u00a0]+(?:${wordsPattern(words.datePrepositions.words)})[ \\u00a0]*$`, 'iu') : undefined };
      linesUnder = 0;
      continue;
    }
    if (!title || !span || linesUnder > MAX_LIST_LINES) continue;
    const P = title.span;
    const cell = firstOfLine && !PREPOSITION_BEFORE_DATE.test(lead) && !/\d\s*$/.test(lead) && !PLANNED.test(line) && !FUTURE.test(line);
    const sameEvent = !!title.verb && title.verb.test(lead) && !PLANNED.test(lead) && !FUTURE.test(lead);
    const outside = cell ? span.to < P.from || span.from > P.to : sameEvent && span.from > P.to;
    if (!outside) continue;
    out.push(finding(f, `Listed under a title for ${P.label}, this entry is dated ${span.label}.`, [{ start: title.f.start, end: title.f.end, message: `the list's period: ${P.label}` }], { period: P.from, date: span.from }));
  }
  return out;
}

/** How near the end of the text a report's signature stands. */
const SIGNATURE_REACH = 300;
/** Before a signature's date: a place opening its sentence or line, a comma, and a Nordic or German "den" ("Lundby, 9 juni", "Vestby, den 1. maj"). */
const SIGNATURE_PLACE = /(?:^|[.!?\n]\s*)\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?,\s*(?:den\s+|am\s+|le\s+)?$/u;

/**
 * The date a report is signed with at its end: a place and a day ("Lundby, 9 July 2026 Jane Doe,
 * CEO"), in the last lines of the text, no other date after it. A report is signed when it is done,
 * so the signature dates it as a release's dateline does.
 */
function signatureOf(model: DocumentModel, text: string): (Span & { f: FigureEntity }) | undefined {
  const end = text.trimEnd().length;
  let last: FigureEntity | undefined;
  for (let k = model.entities.length - 1; k >= 0 && !last; k--) {
    const e = model.entities[k];
    if (e.start < end - SIGNATURE_REACH) break;
    if (e.kind === 'figure' && e.figureKind === 'date') last = e;
  }
  if (!last) return undefined;
  const span = spanOf(last);
  // a day, a place before it: "Lundby, 9 juni 2026"
  if (!span || span.from !== span.to || !SIGNATURE_PLACE.test(text.slice(Math.max(0, last.start - 40), last.start))) return undefined;
  return { ...span, f: last };
}

/** The version a date's lead names ("the initial proposal", "a revised plan"), the last one within its last 40 characters; none after a clause mark. */
function versionBefore(lead: string): { later: boolean; thing: string } | null {
  if (/[;:]/.test(lead)) return null;
  const tokens = [...lead.matchAll(/[\p{L}-]+/gu)];
  for (let i = tokens.length - 2; i >= 0; i--) {
    const q = tokens[i][0].toLowerCase();
    const which = VERSION_EARLIER.has(q) ? 'earlier' : VERSION_LATER.has(q) ? 'later' : undefined;
    if (!which) continue;
    if (lead.length - (tokens[i + 1].index! + tokens[i + 1][0].length) > 40) return null;
    const thing = tokens[i + 1][0].toLowerCase();
    if (NOT_VERSIONED.has(thing)) return null;
    return { later: which === 'later', thing };
  }
  return null;
}

function versionsInOrder(model: DocumentModel, text: string, bySentence: FigureEntity[][]): CheckFinding[] {
  const earlier = new Map<string, { f: FigureEntity; span: Span }>(), later = new Map<string, { f: FigureEntity; span: Span }>();
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    const datesHere = inS.filter(f => f.figureKind === 'date' && spanOf(f) !== undefined);
    for (let fI = 0, datesHere_ = datesHere; fI < datesHere_.length; fI++) { const f = datesHere_[fI];
      const from = Math.max(s.start, f.start - 60, ...datesHere.filter(x => x.end <= f.start).map(x => x.end));
      // (the lead's version words are answered from a table kept by its content, the sentence's change words with its text)
      const version = readPiece(versionBefore, text.slice(from, f.start));
      if (!version || pieceTests(text, model.sentences, s).test(CHANGE)) continue;
      const which = version.later ? later : earlier;
      if (!which.has(version.thing)) which.set(version.thing, { f, span: spanOf(f)! });
    }
  }
  for (const [thing, e] of earlier) {
    const l = later.get(thing);
    if (!l || e.span.from <= l.span.to) continue;
    const [at, other] = e.f.start > l.f.start ? [e, l] : [l, e];
    return [finding(at.f, `The earlier ${thing} is dated ${e.span.label}, after the later one (${l.span.label}).`, [{ start: other.f.start, end: other.f.end, message: `${other === e ? 'the earlier' : 'the later'} ${thing}: ${other.span.label}` }], { earlier: e.span.from, later: l.span.to })];
  }
  return [];
}

/** A weekday written with a date that falls on another day: "on Monday, 3 April 2026" (a Friday). */
function weekdays(model: DocumentModel, text: string, dateline?: Span): CheckFinding[] {
  const out: CheckFinding[] = [];
  const english = words.weekdays.days.map(d => d[0][0].toUpperCase() + d[0].slice(1));
  for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
    if (e.kind !== 'figure' || e.figureKind !== 'date') continue;
    const span = spanOf(e) ?? inYearOf(e, dateline);
    if (!span || span.from !== span.to) continue;
    const lead = text.slice(Math.max(0, e.start - 25), e.start);
    const full = WEEKDAY_BEFORE.exec(lead) ?? WEEKDAY_AFTER.exec(text.slice(e.end, e.end + 25));
    const short = full ? null : WEEKDAY_ABBREVIATED_BEFORE.exec(lead);
    const named = full ?? short;
    if (!named) continue;
    const day = full ? WEEKDAY.get(named[1].toLowerCase()) : WEEKDAY_ABBREVIATED.get(named[1].toLowerCase());
    const actual = new Date(span.from).getUTCDay();
    if (day === undefined || day === actual) continue;
    out.push(finding(e, `${span.label} is a ${english[actual]}, not a ${english[day]} (\u201c${named[1]}\u201d).`, [], { named: day, actual }));
  }
  return out;
}

const RD = words.referenceDates;
const RD_NOUNS = RD.nouns.map(n => n.toLowerCase());
/** Whether a text names a reference date, "the reporting date" (in lower case, as a substring): a pure reading, kept by the text. */
const namesReferenceDate = (text: string): boolean => { const lower = text.toLowerCase(); return RD_NOUNS.some(n => lower.includes(n)); };
/** "after the reporting date", "nach dem Stichtag", "subsequent to quarter end": an order word and a noun that refers back to the reporting date. */
const REFERENCE_ORDER = new RegExp(`(?<![\\p{L}])(${wordsPattern([...words.orderWords.after, ...words.orderWords.before].filter(w => w !== 'having'))})\\s+(?:(?:${wordsPattern(RD.determiners)})\\s*)?(?:${wordsPattern(RD.nouns)})(?![\\p{L}])`, 'giu');
/** "as of 30 June 2026", "zum 30. Juni 2027": the anchor that makes a date a balance's date. */
const REFERENCE_ANCHOR = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(RD.anchors)})\\s*$`, 'iu');
/** Between the noun and the event's date: only a preposition of time ("after the reporting date, in May 2026"); "of" or a bracket names the reporting date itself. */
const REFERENCE_GAP = new RegExp(`^[\\s,]*(?:${wordsPattern(words.datePrepositions.words)})\\s+$`, 'iu');

/**
 * An event said to come after (or before) the reporting date, dated against it: "Cash was $40 million
 * as of 30 June 2026. After the reporting date, in May 2026, the company raised $8 million." The noun
 * ("the reporting date", "Stichtag", "quarter end") refers back to the latest date before it that the
 * document anchors a balance to: a month's last day after "as of" or "zum", in a sentence that states an
 * amount of money. The event's date follows the noun within its clause, only a preposition of time between.
 */
function againstReportingDate(model: DocumentModel, text: string, bySentence: FigureEntity[][]): CheckFinding[] {
  // (the text in lower case once, not once per noun)
  // (asked paragraph by paragraph, each answer kept by its text: no noun holds a line break, so none runs across a blank line,
  // and a paragraph lower-cased alone reads as it does within the text, a line break at either edge)
  if (!paragraphResults(text, namesReferenceDate).some(Boolean)) return [];
  const balances: { f: FigureEntity; span: Span }[] = [];
  const dates: FigureEntity[] = [];
  for (let inSI = 0, bySentence_ = bySentence; inSI < bySentence_.length; inSI++) { const inS = bySentence_[inSI];
    const money = inS.some(f => f.figureKind === 'money');
    for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
      if (f.figureKind !== 'date') continue;
      dates.push(f);
      const span = spanOf(f);
      if (!money || !span || span.from !== span.to) continue;
      const day = new Date(span.from);
      const monthEnd = new Date(span.from + DAY).getUTCMonth() !== day.getUTCMonth();
      if (monthEnd && REFERENCE_ANCHOR.test(text.slice(Math.max(0, f.start - 20), f.start))) balances.push({ f, span });
    }
  }
  if (!balances.length) return [];
  dates.sort((a, b) => a.start - b.start);
  REFERENCE_ORDER.lastIndex = 0;
  for (let m = REFERENCE_ORDER.exec(text); m; m = REFERENCE_ORDER.exec(text)) {
    const at = m.index, end = m.index + m[0].length;
    const earlier = balances.filter(b => b.f.end <= at);
    if (!earlier.length) continue;
    const ref = earlier.reduce((x, y) => (y.span.from > x.span.from ? y : x));
    const g = dates.find(d => d.start >= end);
    if (!g || g.start - end > 40 || !REFERENCE_GAP.test(text.slice(end, g.start))) continue;
    const span = spanOf(g);
    const s = model.sentences.find(x => x.start <= at && x.end > at);
    if (!span || (s && spanTest(CHANGE, text, model.sentences, s))) continue;
    const after = AFTER_WORD.test(m[1].replace(/\s+/g, ' '));
    if (after ? span.to >= ref.span.from : span.from <= ref.span.to) continue;
    return [finding(g, `The event is said to come ${after ? 'after' : 'before'} the reporting date (${ref.span.label}), yet it is dated ${span.label}.`,
      [{ start: ref.f.start, end: ref.f.end, message: `the reporting date: ${ref.span.label}` }], { reportingDate: ref.span.from, event: span.from })];
  }
  return [];
}

/**
 * A day written without its year ("on Tuesday, March 3") as the day nearest the release's date: a
 * release speaks of the days around it (its call, its meeting), within half a year either way. None
 * without a dateline, or for a day more than half a year from it in every year.
 */
function inYearOf(f: FigureEntity, dateline: Span | undefined): Span | undefined {
  const md = /^--(\d{2})-(\d{2})$/.exec(f.iso ?? '');
  if (!md || !dateline) return undefined;
  const y = new Date(dateline.from).getUTCFullYear();
  const days = [y - 1, y, y + 1].map(year => Date.UTC(year, Number(md[1]) - 1, Number(md[2])));
  const best = days.reduce((a, b) => (Math.abs(b - dateline.from) < Math.abs(a - dateline.from) ? b : a));
  if (Math.abs(best - dateline.from) > 183 * DAY) return undefined;
  return { from: best, to: best, label: `${f.text.replace(/\s+/g, ' ')} (${new Date(best).getUTCFullYear()})` };
}

/** Each phrase of a designation and the designation it names ("BTD": "Breakthrough Therapy designation"). */
const DESIGNATION_OF = new Map<string, string>(Object.entries(words.designations.kinds as Record<string, string[]>).flatMap(([kind, ws]) => ws.map(w => [w.toLowerCase().replace(/\s+/g, ' '), kind] as [string, string])));
const DESIGNATION = new RegExp(`(?<![\\p{L}-])(?:${wordsPattern([...DESIGNATION_OF.keys()])})(?![\\p{L}-])`, 'giu');
/** The designations a clause names, each once. */
function designationsIn(clause: string): string[] {
  return [...new Set([...clause.matchAll(DESIGNATION)].map(m => DESIGNATION_OF.get(m[0].toLowerCase().replace(/\s+/g, ' '))).filter((k): k is string => !!k))];
}

/**
 * One company's founding dated twice: "Acme Bio, founded in 2016, ..." and later "Since it was established
 * in 2014, Acme Bio ...". The year is a founding's when a founding verb stands right before or after it;
 * the company is the one company its sentence names. Two years that cannot overlap are reported once.
 */
/** How far back, in characters, a sentence that names no company takes the company named last as its subject. */
const SUBJECT_CARRY = 400;

/** The last company named within SUBJECT_CARRY characters before an offset, or undefined (a walk back over that stretch's entities only). */
function lastCompanyBefore(model: DocumentModel, at: number): { name: string; end: number } | undefined {
  for (let k = firstIndexFrom(model.entities, at) - 1; k >= 0 && model.entities[k].end >= at - SUBJECT_CARRY; k--) {
    const e = model.entities[k];
    if (e.kind === 'company') return { name: e.name, end: e.end };
  }
  return undefined;
}

/**
 * An event a company has once (its founding, its going public) dated twice, at times that cannot overlap: "Acme Bio was
 * founded in 2016" and "since its founding in 2012". Each date is the company's that its sentence names, or, in a sentence
 * that names none, the one named last (SUBJECT_CARRY).
 */
const TX = words.transactionEvents;
/** How many transaction events a document keeps to compare later ones with (a round-up of hundreds is no one deal's news). */
const MAX_TX_EVENTS = 64;
const GAP = `,?(?:\\s+[^\\s.;:]+){0,${TX.reach}}?\\s+`;
/** Each transaction event's phrase: its verb and noun within a few words, in either order, or a noun phrase such as "the deal's closing". */
const TX_EVENTS = TX.events.map(e => ({
  event: e.event,
  re: new RegExp(`(?<![\\p{L}])(?:(?:${wordsPattern(e.verbs)})${GAP}(?:${wordsPattern(e.nouns)})|(?:${wordsPattern(e.nouns)})${GAP}(?:${wordsPattern(e.verbs)})|(?:${wordsPattern(e.nounForms)})\\s+of${GAP}?(?:${wordsPattern(e.nouns)}))(?![\\p{L}])`, 'iu'),
  // a past verb that is itself the event, before the name of what it took ("acquired Beta Bio"; not "acquired rights")
  // (nor "acquired US rights": a name's word or two then a word of rights or assets is no company taken)
  done: e.doneVerbs.length ? new RegExp(`(?<![\\p{L}])(?:${wordsPattern(e.doneVerbs)})\\s+(?!(?:The|A|An|Die|Der|Das|Le|La|Les|El)\\s)(?!(?:\\S+\\s+){1,2}(?:${wordsPattern(e.doneVerbsNotObjects)})(?![\\p{L}]))\\p{Lu}`, 'u') : undefined,
}));
/** Whether the companies one statement names ("A|B") hold all the other names, or the reverse. */
function namesWithin(a: string, b: string): boolean {
  const x = a.split('|'), y = b.split('|');
  return x.every(n => y.includes(n)) || y.every(n => x.includes(n));
}

/**
 * One transaction's closing, or one filing's submission, dated twice: "Acme completed its acquisition of Beta on
 * 1 March 2026" and later "The transaction closed on 20 February 2026"; "the offering is expected to close on 5
 * March" and "expected to close on or about 9 March". The event is the one its clause names (a clause with one
 * date), planned when a word of plan or future stands before the date, else done; a submission is read done only
 * (a planned one is the submissions reading's). A sentence naming companies (a clause naming an agency, for a
 * submission) is held to one naming the same or none; one naming none to the document's one such event.
 */
function transactionEventsTwice(model: DocumentModel, text: string, bySentence: FigureEntity[][], dateline: FigureEntity | undefined): CheckFinding[] {
  const seen: { key: string; who: string; f: FigureEntity; span: Span }[] = [];
  const companies = model.entities.filter(e => e.kind === 'company');
  const hits: { key: string; unnamed: boolean; found: CheckFinding }[] = [];
  /** How many statements of each event name no company. */
  const unnamed = new Map<string, number>();
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const dates = inS.filter(f => f.figureKind === 'date' && f !== dateline && spanOf(f) !== undefined);
    if (!dates.length || dates.length > 12) continue;
    const s = model.sentences[si];
    // what each date's clause says, kept with the sentence's text by the dates' places in it (all it reads besides)
    const read = keptForSentence(transactionEventsTwice, text, model.sentences, s, dates.map(f => `${f.start - s.start}:${f.end - s.start}`).join(' '), sentence => transactionEventsIn(sentence, s.start, dates));
    if (!read) continue;
    for (const [k, f] of dates.entries()) {
      const r = read[k];
      if (!r) continue;
      const { ev, planned } = r;
      const who = (r.agencies ?? [...new Set(itemsWithin(model.entities, s.start, s.end).filter(e => e.kind === 'company').map(e => e.name))].sort().join('|'));
      const key = `${ev.event}|${planned ? 'planned' : 'done'}`;
      if (!who) unnamed.set(key, (unnamed.get(key) ?? 0) + 1);
      const span = spanOf(f)!;
      // (a statement naming only some of the companies another names speaks of the same deal: "Acme acquired Beta", "Acme paid ...")
      const same = seen.filter(x => x.key === key && (x.who === who || !who || !x.who || namesWithin(who, x.who)));
      if (!same.length) { if (seen.length < MAX_TX_EVENTS) seen.push({ key, who, f, span }); continue; }
      // a statement naming none refers to the one event named so far; two named ones are compared only when they agree
      const first = who ? same.find(x => x.who === who) ?? (same.length === 1 ? same[0] : undefined) : (seen.filter(x => x.key === key).length === 1 ? same[0] : undefined);
      if (!first) continue;
      // two statements naming no company, with a company first named between them, may speak of two deals (a page of deal summaries)
      if (!who && !first.who && newCompanyBetween(companies, first.f.start, f.start)) continue;
      if (span.to < first.span.from || span.from > first.span.to) {
        hits.push({ key, unnamed: !who, found: finding(f, `The ${planned ? 'planned ' : ''}${ev.event} is dated ${span.label} here but ${first.span.label} earlier.`, [{ start: first.f.start, end: first.f.end, message: 'the earlier date' }], { first: first.span.from, second: span.from }) });
      }
    }
  }
  // a document stating one event of a kind more than twice without naming a company is a list of deals ("The transaction is
  // expected to close in ..." under each), whose unnamed statements are not one event's
  const hit = hits.find(h => !h.unnamed || (unnamed.get(h.key) ?? 0) <= 2);
  return hit ? [hit.found] : [];
}

/**
 * The transaction event each date of a sentence dates (transactionEventsTwice's reading of the sentence's own words):
 * the event its clause names, whether planned, and for a submission the agencies the clause names; undefined for a
 * date that dates none, and none at all for a sentence that restates or changes dates. Reads the sentence's text and
 * the dates' places in it only.
 */
function transactionEventsIn(sentence: string, offset: number, dates: FigureEntity[]): ({ ev: (typeof TX_EVENTS)[number]; planned: boolean; agencies?: string } | undefined)[] | undefined {
  if (RESTATED.test(sentence) || CHANGE.test(sentence)) return undefined;
  return dates.map(f => {
    const clause = clauseAround(sentence, f.start - offset, f.end - offset);
    if (dates.some(x => x !== f && x.start >= offset + clause.from && x.end <= offset + clause.to)) return undefined;
    const words = sentence.slice(clause.from, clause.to);
    const ev = TX_EVENTS.find(e => e.re.test(words) || e.done?.test(words));
    if (!ev) return undefined;
    const upTo = sentence.slice(clause.from, f.end - offset);
    const planned = PLANNED.test(upTo) || FUTURE.test(upTo);
    if (planned && ev.event === 'submission') return undefined;
    if (ev.event === 'submission' && SUBMISSION_KIND.test(words)) return undefined;
    if (ev.event !== 'submission') return { ev, planned };
    return { ev, planned, agencies: [...new Set([...words.matchAll(AGENCY)].map(m => m[0].toUpperCase()))].sort().join('|') };
  });
}

/** Whether a company is named between two offsets that is not named before the first (entities in text order). */
function newCompanyBetween(companies: readonly Entity[], from: number, to: number): boolean {
  const before = new Set<string>();
  for (let cI = 0, companies_ = companies; cI < companies_.length; cI++) { const c = companies_[cI];
    if (c.start < from) before.add(c.name);
    else if (c.start < to && !before.has(c.name)) return true;
    else if (c.start >= to) break;
  }
  return false;
}

const FOUNDED_ANY = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.founded.verbs)})(?![\\p{L}])`, 'iu');
const LISTED_ANY = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.listing.words)})(?![\\p{L}])`, 'iu');
/** How far after a date that opens its clause the clause's event may be named. */
const OPENED_REACH = 80;

/**
 * Whether a date opens its clause ("In March 2021, Acme completed its IPO") and the clause, within a few words
 * after the date and with no other date between, names the event (`event`).
 */
function datesClauseOf(model: DocumentModel, text: string, e: FigureEntity, event: RegExp): boolean {
  // (the event's word close after the date first: most dates are never read further)
  if (!testPiece(event, text.slice(e.end, e.end + OPENED_REACH))) return false;
  const si = sentenceIndexAt(model, e.start);
  const s = si >= 0 ? model.sentences[si] : undefined;
  if (!s || s.start > e.start) return false;
  // the clause is read in a window around the date: a sentence of thousands of dates costs each one its window only
  const from = Math.max(s.start, e.start - OPENED_REACH), to = Math.min(s.end, e.end + OPENED_REACH);
  const sentence = text.slice(from, to);
  const clause = clauseAround(sentence, e.start - from, e.end - from);
  if (clause.from === 0 && from > s.start) return false;
  if (!testPiece(CLAUSE_OPENS_WITH_DATE, sentence.slice(clause.from, e.start - from))) return false;
  const after = sentence.slice(e.end - from, Math.min(clause.to, e.end - from + OPENED_REACH));
  const nextDate = itemsWithin(model.entities, e.end, from + clause.to).find(x => x.kind === 'figure' && x.figureKind === 'date');
  const m = event.exec(after);
  // "In 2024, two years after its IPO, ...": an order word between puts the event at another time
  return !!m && (!nextDate || e.end + m.index < nextDate.start) && !ORDER_BETWEEN.test(after.slice(0, m.index));
}
const ORDER_BETWEEN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...words.orderWords.after, ...words.orderWords.before, 'since', 'seit', 'sedan', 'depuis'])})(?![\\p{L}])`, 'iu');

const REFERS_TO_COMPANY = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.founded.anaphors)})(?![\\p{L}])`, 'iu');

function onceForCompanyTwice(model: DocumentModel, text: string, dates: (e: FigureEntity) => boolean, what: string, saying: string): CheckFinding[] {
  const first = new Map<string, { f: FigureEntity; span: Span }>();
  for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
    if (e.kind !== 'figure' || e.figureKind !== 'date' || !e.iso || !/^\d{4}/.test(e.iso)) continue;
    if (!dates(e)) continue;
    const span = spanOf(e);
    const si = sentenceIndexAt(model, e.start);
    const s = si >= 0 ? model.sentences[si] : undefined;
    if (s && (s.start > e.start || s.end < e.end)) continue;
    if (!span || !s || spanTest(CHANGE, text, model.sentences, s) || spanTest(RESTATED, text, model.sentences, s)) continue;
    let companies = [...new Set(itemsWithin(model.entities, s.start, s.end).filter(x => x.kind === 'company').map(x => x.name))];
    // "Since its founding in 2012, the company ...": a sentence that names no company speaks of the one named last, close
    // before it, when it refers back to it ("the company", "its"); "Beta was founded in 1999" names another one the reading missed
    if (companies.length === 0 && spanTest(REFERS_TO_COMPANY, text, model.sentences, s)) {
      const last = lastCompanyBefore(model, s.start);
      if (last) companies = [last.name];
    }
    if (companies.length !== 1) continue;
    const before = first.get(companies[0]);
    if (!before) { first.set(companies[0], { f: e, span }); continue; }
    if (span.to >= before.span.from && span.from <= before.span.to) continue;
    return [finding(e, `${companies[0]} is said ${saying} ${span.label} here but in ${before.span.label} earlier.`, [{ start: before.f.start, end: before.f.end, message: `${what}: ${before.span.label}` }], { first: before.span.from, second: span.from })];
  }
  return [];
}


/** A dated clause that bounds the release's own date: the date, its span, and the word that tells its tense. */
interface Bound { f: FigureEntity; span: Span; cue: string; /** read from the release's head, it bounds the whole document */ head?: boolean; /** the period the document reports on */ report?: boolean }
/** Lower bounds (a done event: the release comes at or after its start) and upper bounds (a planned or still-running one: the release comes at or before its end). */
interface Bounds { lower: Bound[]; upper: Bound[] }

const VERB_FINAL_DONE = new Set(words.verbFinal.done.map(w => w.toLowerCase()));
/** A German perfect's participle closing its clause, and its auxiliary before the date. */
const PARTICIPLES = new Set(words.verbFinal.participles.map(w => w.toLowerCase()));
const PERFECT_AUX = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.verbFinal.perfectAux)})(?![\\p{L}])`, 'u');
const VERB_FINAL_FUTURE = new Set(words.verbFinal.future.map(w => w.toLowerCase()));
/** A German subordinate clause's first word: a relative pronoun or a subordinator ("den", "nachdem"). */
const SUBORDINATE_OPENER = new RegExp(`^\\s*(?:${wordsPattern(words.verbFinal.openers)})(?![\\p{L}])`, 'u');
const PAST_SUFFIXES = words.verbFinal.pastSuffixes;
const NOT_VERBS = new Set(words.verbFinal.notVerbs.map(w => w.toLowerCase()));
/** "currently", "läuft": the event still runs at the release. */
const ONGOING = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.ongoing.words)})(?![\\p{L}])`, 'iu');
/** "until", "bis zum" right before the date: the date ends the running event. */
const UNTIL_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.ongoing.until)})\\s*$`, 'iu');
/** "closing price", "Schlusskurs": a fact of a day known only once it has passed. */
const PAST_FACT = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.pastFacts.words)})(?![\\p{L}])`, 'iu');
/** "three months ended", "year ended": a period the participle states as over. */
const ENDED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.datelineShapes.periodEndLabels.filter(w => /ended$/i.test(w)))})\\s*$`, 'iu');
/** How far into the text a report's title with its period stands (the release's head). */
const RESULTS_HEAD = 600;
/** Results of a period are published within this many days of its end (annual reports within four to five months, quarterly ones sooner). */
const RESULTS_WITHIN_DAYS = 150;
/** "after our", "following the", "since its": an order word before a date that dates an event's noun. */
const AFTER_EVENT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.eventNouns.after)})\\s+(?:(?:${wordsPattern(words.eventNouns.determiners)})\\s+)?$`, 'iu');
/** "launch", "approval": the event's noun right after the date. */
const EVENT_NOUN_AFTER = new RegExp(`^\\s*(?:${wordsPattern(words.eventNouns.nouns)})(?![\\p{L}])`, 'iu');
/** A quarter's or a half's word ("second-quarter", "Halbjahr"): a year after it is not the whole year. */
const PART_OF_YEAR = /quarter|half|quartal|halbjahr|kvartal|halvår|semest|trimest/i;
/** The last word of a stretch. */
const LAST_WORD = /(\p{L}+)[^\p{L}]*$/u;

/**
 * The stretch of a sentence between the commas (followed by a space) or semicolons around a span: a German
 * subordinate clause ("..., dass Beta die Zahlung bis Ende 2026 leisten wird, ...") ends with its finite verb.
 */
/** How far before a date a passive's verb is looked for past its agent ("by the Federal Trade Commission"). */
const AGENT_REACH = 140;
/**
 * "was terminated by the Acme Trade Commission or \u201cATC\u201d on": a verb of completion, then "by" and its agent (no
 * clause break, no figure), then the date's preposition at the end: the verb dates the date. Returns the verb.
 */
function passiveBeforeAgent(lead: string): string | undefined {
  const by = lead.lastIndexOf(' by ');
  if (by < 0 || /[,;:()\d]/.test(lead.slice(by))) return undefined;
  const m = PASSIVE_DONE_END.exec(lead.slice(0, by + 1));
  return m ? m[1] : undefined;
}
const PASSIVE_DONE_END = new RegExp(`(?<![\\p{L}])(${wordsPattern(words.happened.words)}|${PAST_GRAMMAR}|${ROMANCE_PERFECT})\\s+$`, 'iu');

function commaClause(sentence: string, from: number, to: number): { from: number; to: number } {
  let start = 0;
  for (let i = from - 1; i >= 0; i--) {
    const c = sentence[i];
    if (c === ';' || (c === ',' && /\s/.test(sentence[i + 1] ?? ''))) { start = i + 1; break; }
  }
  let end = sentence.length;
  for (let i = to; i < sentence.length; i++) {
    const c = sentence[i];
    if (c === ';' || (c === ',' && /\s/.test(sentence[i + 1] ?? ''))) { end = i; break; }
  }
  return { from: start, to: end };
}

/**
 * The bounds a sentence's dates set on the release's date, beyond the verbs the main reading finds:
 * - a German clause whose finite verb ends it: "..., dass Beta die Zahlung bis Ende 2026 leisten wird" (future:
 *   the release comes before the end of 2026), "nachdem Acme die Zulassung im Mai 2026 erhalten hatte" (done);
 * - an event still running until a date: "the window, currently open until 30 April 2026", "der noch bis zum
 *   30. April läuft" (the release comes before that date ends);
 * - a fact known only once its day has passed: "a premium to the closing price on 3 March 2026";
 * - a period a report states over: "the three months ended 31 March 2026", "fourth quarter 2026 results".
 * Each date is read in the stretch between commas around it, holding no other date, and not in a plan.
 */
function readBounds(sentence: string, offset: number, dates: FigureEntity[], spanAt: (f: FigureEntity) => Span | undefined, bounds: Bounds, own?: Set<Span>): void {
  for (const [k, f] of dates.entries()) {
    const span = spanAt(f);
    if (!span) continue;
    own?.add(span);
    const at = f.start - offset, end = f.end - offset;
    const cc = commaClause(sentence, at, end);
    const alone = !dates.some(x => x !== f && x.start - offset >= cc.from && x.end - offset <= cc.to);
    // the date's own stretch: from the clause's start (or the date before) to the date after it (or the clause's end)
    const prev = dates[k - 1], next = dates[k + 1];
    const leadFrom = Math.max(cc.from, at - 60, prev ? prev.end - offset : 0);
    const tailTo = Math.min(cc.to, next ? Math.max(end, next.start - offset) : cc.to);
    const lead = sentence.slice(leadFrom, at), tail = sentence.slice(end, tailTo);
    if (alone) {
      const piece = sentence.slice(cc.from, cc.to);
      const last = LAST_WORD.exec(tail)?.[1].toLowerCase();
      // the finite verb that ends a German clause, after the date
      if (last && VERB_FINAL_FUTURE.has(last) && !PERIOD_START.test(lead.slice(-30)) && !REPORTING_BEFORE.test(lead.slice(-30)) && !PAST_BEFORE_FUTURE.test(`${tail.replace(LAST_WORD, '')} `)) {
        bounds.upper.push({ f, span, cue: last });
      } else if (last && VERB_FINAL_DONE.has(last) && !PLANNED.test(piece) && !FUTURE.test(piece) && spanOf(f)) {
        bounds.lower.push({ f, span, cue: last });
      } else if (last && PARTICIPLES.has(last) && PERFECT_AUX.test(lead) && !PLANNED.test(piece) && !FUTURE.test(piece) && spanOf(f)) {
        // a German main clause in the perfect: "hat am 24. März 2026 ... eine Vereinbarung geschlossen"
        bounds.lower.push({ f, span, cue: `${PERFECT_AUX.exec(lead)![0].trim()} ... ${last}` });
      } else if (last && SUBORDINATE_OPENER.test(piece) && !PLANNED.test(piece) && !FUTURE.test(piece) && spanOf(f)) {
        // a weak verb's preterite ending a German subordinate clause: "den Acme im Mai 2026 unterzeichnete"
        const word = LAST_WORD.exec(tail)![1];
        if (/^\p{Ll}/u.test(word) && PAST_SUFFIXES.some(x => last.endsWith(x) && last.length > x.length + 2) && !NOT_VERBS.has(last)) bounds.lower.push({ f, span, cue: word });
      }
      // an event still running, until the date
      if (UNTIL_BEFORE.test(lead) && ONGOING.test(piece) && !HAPPENED.test(piece)) bounds.upper.push({ f, span, cue: UNTIL_BEFORE.exec(lead)![0].trim() });
    }
    // the readings below look at the date's own stretch only, which holds no word of a plan or of the future
    const upToTail = sentence.slice(cc.from, tailTo);
    if (!spanOf(f) || FUTURE.test(upToTail)) continue;
    // "after our July 2026 launch", "seit der Zulassung im Mai 2026": an event named by a noun after an order word is past
    const noun = AFTER_EVENT_BEFORE.test(lead) ? EVENT_NOUN_AFTER.exec(tail) : null;
    if (noun) bounds.lower.push({ f, span, cue: noun[0].trim() });
    if (PLANNED.test(upToTail)) continue;
    // a verb of completion and its preposition right before a date that shares its clause with another: "executed in
    // February 2026 and completed in August 2026" (the main reading takes a clause of one date)
    const verb = alone ? undefined : lastMatch(HAPPENED_ALL, lead);
    if (verb && PREPOSITION_BEFORE_DATE.test(lead) && !/[,;:()]/.test(lead.slice(verb.index))) bounds.lower.push({ f, span, cue: verb[0] });
    // a day's closing price, on the date
    const fact = PAST_FACT.exec(lead);
    if (fact && PREPOSITION_BEFORE_DATE.test(lead) && !/[;:()]/.test(lead.slice(fact.index))) bounds.lower.push({ f, span, cue: fact[0] });
    // a period over: "the three months ended 31 March 2026", "fourth quarter 2026 results" (a quarter, a half, or a year a report's word names)
    const part = /-(?:Q[1-4]|H[12])$/.test(f.iso ?? '');
    // (a bare year after a quarter's or half's word, "second-quarter 2026 results", names a part of the year the reading lost)
    const yearPart = /^\d{4}$/.test(f.iso ?? '') && PART_OF_YEAR.test(lead.slice(-30));
    const ended = ENDED_BEFORE.test(lead);
    // (a later date in the sentence may be the day the results are still to be reported on: "to report fourth quarter 2026 results on February 5, 2027")
    const reported = !ended && REPORTING_AFTER.test(tail) && !yearPart && (part || REPORTING_BEFORE.test(lead.slice(-30))) && !dates.some(x => x !== f && (spanAt(x)?.from ?? 0) > span.to);
    if (ended || reported) bounds.lower.push({ f, span: { from: span.to, to: span.to, label: span.label }, cue: ended ? 'ended' : 'results' });
    // a report's results in the release's head ("Fourth quarter 2026 financial results") are published within months of the period's end
    if (reported && f.start < RESULTS_HEAD) {
      const by = span.to + RESULTS_WITHIN_DAYS * DAY;
      bounds.upper.push({ f, span: { from: by, to: by, label: span.label }, cue: `the results of ${span.label}, published within ${RESULTS_WITHIN_DAYS} days of its end`, head: true });
    }
  }
}

/** A bound readBounds read, by its date's place among the sentence's dates; `span` only when it is not the date's own. */
interface BoundRead { k: number; cue: string; span?: Span; head?: boolean }

/**
 * readBounds, its bounds kept with the sentence's text under a key of all it reads besides: each date's offsets in the
 * sentence, what its span is read from (its iso, reading and text, and the dateline's day for a day without its year)
 * and whether it stands in the release's head. The bounds
 * are added to `bounds` as readBounds adds them, with the sentence's own dates and spans.
 */
function readBoundsKept(text: string, model: DocumentModel, s: { start: number; end: number }, dates: FigureEntity[], spanAt: (f: FigureEntity) => Span | undefined, dateline: Span | undefined, bounds: Bounds): void {
  // a date's span (spanOf, else inYearOf) is read from its iso, reading and text, and the dateline's day: those go in
  // the key, not the spans (cheaper to write than to work out); each varying field after its length, so no two keys
  // of different facts are the same string
  let key = `${dateline?.from ?? ''}`;
  for (let fI = 0, dates_ = dates; fI < dates_.length; fI++) { const f = dates_[fI];
    const iso = f.iso ?? '', reading = f.reading ?? '';
    key += `|${f.start - s.start}|${f.end - s.start}|${f.start < RESULTS_HEAD ? 1 : 0}|${iso.length}|${iso}|${reading.length}|${reading}|${f.text.length}|${f.text}`;
  }
  const read = keptForSentence(readBounds, text, model.sentences, s, key, sentence => {
    const found: Bounds = { lower: [], upper: [] };
    const own = new Set<Span>();
    readBounds(sentence, s.start, dates, spanAt, found, own);
    // (a label is read from a figure's text, which may be a slice of the document: what is kept holds copies of its own)
    const asRead = (b: Bound): BoundRead => ({ k: dates.indexOf(b.f), cue: ownCopy(b.cue), ...(own.has(b.span) ? {} : { span: { ...b.span, label: ownCopy(b.span.label) } }), ...(b.head ? { head: b.head } : {}) });
    return { lower: found.lower.map(asRead), upper: found.upper.map(asRead) };
  });
  const asBound = (r: BoundRead): Bound => {
    const f = dates[r.k];
    return r.head ? { f, span: r.span ?? spanAt(f)!, cue: r.cue, head: r.head } : { f, span: r.span ?? spanAt(f)!, cue: r.cue };
  };
  for (let rI = 0, lower_ = read.lower; rI < lower_.length; rI++) { const r = lower_[rI]; bounds.lower.push(asBound(r)); }
  for (let rI = 0, upper_ = read.upper; rI < upper_.length; rI++) { const r = upper_[rI]; bounds.upper.push(asBound(r)); }
}

/**
 * Bounds that cannot all hold: with a dateline, each bound against it (the main reading's findings kept, not
 * repeated); without one, the latest done event against the earliest planned or running one ("a premium to the
 * closing price on 17 November 2026", "the deal is expected to close in the third quarter of 2026").
 */
/** How far apart, in characters, two dates of a page without a dateline may stand to bound one release's date. */
const NEAR_BOUNDS = 1500;
/** Whether a line between two offsets is a title: it has letters, at most 100 characters, and ends without a sentence's punctuation. */
function titleBetween(text: string, from: number, to: number): boolean {
  let start = text.indexOf('\n', from);
  while (start >= 0 && start < to) {
    const end = text.indexOf('\n', start + 1);
    if (end < 0 || end > to) break;
    const line = text.slice(start + 1, end).trim();
    if (line && line.length <= 100 && /\p{L}/u.test(line) && !/[.!?:;"\u201d)]$/u.test(line)) return true;
    start = end;
  }
  return false;
}

function againstBounds(text: string, bounds: Bounds, dateline: (Span & { f: FigureEntity }) | undefined, out: CheckFinding[]): CheckFinding[] {
  const found: CheckFinding[] = [];
  const already = (f: FigureEntity) => out.some(o => o.start < f.end && f.start < o.end) || found.some(o => o.start < f.end && f.start < o.end);
  const released = (d: Span & { f: FigureEntity }) => [{ start: d.f.start, end: d.f.end, message: `the release date: ${d.label}` }];
  if (dateline) {
    for (let bI = 0, lower_ = bounds.lower; bI < lower_.length; bI++) { const b = lower_[bI];
      if (b.f === dateline.f || b.span.from <= dateline.to || already(b.f)) continue;
      found.push(finding(b.f, `An event stated as done or over (\u201c${b.cue}\u201d) is dated ${b.span.label}, after the release date ${dateline.label}.`, released(dateline), { eventFrom: b.span.from, released: dateline.to }));
    }
    for (let bI = 0, upper_ = bounds.upper; bI < upper_.length; bI++) { const b = upper_[bI];
      if (b.f === dateline.f || b.span.to >= dateline.from || already(b.f)) continue;
      found.push(finding(b.f, `An event still to come or still running (\u201c${b.cue}\u201d) is dated ${b.span.label}, before the release date ${dateline.label}.`, released(dateline), { eventTo: b.span.to, released: dateline.from }));
    }
    return found;
  }
  // of the periods the head reports results for, the latest is the release's own (an earlier one is a comparison)
  const heads = bounds.upper.filter(b => b.head);
  if (heads.length > 1) {
    const latest = heads.reduce((a, b) => (b.span.to > a.span.to ? b : a));
    bounds = { lower: bounds.lower, upper: bounds.upper.filter(b => !b.head || b === latest) };
  }
  if (!bounds.lower.length || !bounds.upper.length) return found;
  const lo = bounds.lower.reduce((a, b) => (b.span.from > a.span.from ? b : a));
  const up = bounds.upper.reduce((a, b) => (b.span.to < a.span.to ? b : a));
  if (lo.span.from <= up.span.to || lo.f === up.f) return found;
  // without a dateline, a page may hold several items of news, each of its own day: the two dates are compared only
  // near each other with no title line between them (a short line that ends without a full stop)
  const [first, second] = lo.f.start < up.f.start ? [lo.f, up.f] : [up.f, lo.f];
  if (!lo.head && !up.head && (second.start - first.end > NEAR_BOUNDS || titleBetween(text, first.end, second.start))) return found;
  // the date at odds with more of the other side is the one reported
  const loAgainst = bounds.upper.filter(b => b.span.to < lo.span.from).length, upAgainst = bounds.lower.filter(b => b.span.from > up.span.to).length;
  const [at, other] = upAgainst > loAgainst || (upAgainst === loAgainst && up.f.start > lo.f.start) ? [up, lo] : [lo, up];
  if (already(at.f)) return found;
  const message = at === up && lo.report
    ? `An event still to come or still running (\u201c${up.cue}\u201d) is dated ${up.span.label}, yet the document is a report on ${lo.span.label}, published after that period ends.`
    : at === lo && up.head
    ? `An event stated as done or over (\u201c${lo.cue}\u201d) is dated ${lo.span.label}, yet the document reports ${up.cue}.`
    : at === up
    ? `An event still to come or still running (\u201c${up.cue}\u201d) is dated ${up.span.label}, yet the document states an event done (\u201c${lo.cue}\u201d) in ${lo.span.label}: the release cannot come both after the one and before the other.`
    : `An event stated as done or over (\u201c${lo.cue}\u201d) is dated ${lo.span.label}, yet the document states an event still to come (\u201c${up.cue}\u201d) in ${up.span.label}: the release cannot come both after the one and before the other.`;
  found.push(finding(at.f, message, [{ start: other.f.start, end: other.f.end, message: `${other === up ? 'still to come' : 'done'}: ${other.span.label}` }], { done: lo.span.from, toCome: up.span.to }));
  return found;
}

const DA = words.definedByAgreement;
const RESTATED_OTHER_THAN_NOW = /\b(?:previously|originally|initially|earlier|formerly|revised|updated)\b/i;
const AGREEMENT_VERB = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DA.verbs)})(?![\\p{L}])`, 'giu');
const AGREEMENT_NOUN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DA.nouns)})(?![\\p{L}])`, 'iu');
/** "Milestone 2:", "a milestone payment": a thing an agreement defines. */
const DEPENDENT = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DA.dependents)})(?![\\p{L}])`, 'iu');

/** Whether a sentence states an agreement signed: a signing verb with an agreement's noun within a short reach of it (after it, or before it as German puts it), no sentence mark between. */
/** What a sentence dated once says of an agreement: that it was signed, or a step that depends on it; a pure reading of its text. */
function agreementRole(sentence: string): 'signed' | 'dependent' | undefined {
  // ("now" names a company's later name here, "(now Beta Labs)": not a restatement)
  if (RESTATED_OTHER_THAN_NOW.test(sentence) || CHANGE.test(sentence)) return undefined;
  if (signsAgreement(sentence)) return 'signed';
  return DEPENDENT.test(sentence) ? 'dependent' : undefined;
}

function signsAgreement(sentence: string): boolean {
  AGREEMENT_VERB.lastIndex = 0;
  for (let m = AGREEMENT_VERB.exec(sentence); m; m = AGREEMENT_VERB.exec(sentence)) {
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + DA.reach);
    const noun = AGREEMENT_NOUN.exec(after);
    if (noun && !/[.;:]/.test(after.slice(0, noun.index))) return true;
    // the German verb at the clause's end, after its object: "eine Lizenzvereinbarung mit Beta unterzeichnet"
    const before = sentence.slice(Math.max(0, m.index - DA.reach), m.index);
    const nounBefore = AGREEMENT_NOUN.exec(before);
    if (nounBefore && !/[.;:]/.test(before.slice(nounBefore.index))) return true;
  }
  return false;
}

/**
 * A milestone an agreement defines, dated before the agreement was signed: "In May 2026, Acme Bio entered into a
 * license agreement with Beta Labs" and "Milestone 1: $4 million in the first quarter of 2025". Only in a document
 * whose signed agreements all bear one date (two agreements may each define their own milestones), each statement with
 * one date, none restating.
 */
function beforeItsAgreement(model: DocumentModel, text: string, bySentence: FigureEntity[][], dateline: FigureEntity | undefined): CheckFinding[] {
  const signed: { f: FigureEntity; span: Span }[] = [];
  const dependents: { f: FigureEntity; span: Span }[] = [];
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const dates = inS.filter(f => f.figureKind === 'date' && f !== dateline);
    if (dates.length !== 1) continue;
    const span = spanOf(dates[0]);
    if (!span) continue;
    const s = model.sentences[si];
    // (the sentence's reading kept with its text: an edit elsewhere asks it of the memo)
    const role = memoSpanText(text, model.sentences, s).read(agreementRole);
    if (role === 'signed') signed.push({ f: dates[0], span });
    else if (role === 'dependent') dependents.push({ f: dates[0], span });
  }
  if (!signed.length || signed.some(x => x.span.from !== signed[0].span.from || x.span.to !== signed[0].span.to)) return [];
  const a = signed[0];
  const early = dependents.find(d => d.span.to < a.span.from);
  if (!early) return [];
  return [finding(early.f, `A milestone is dated ${early.span.label}, before the agreement that defines it was signed (${a.span.label}).`, [{ start: a.f.start, end: a.f.end, message: `the agreement signed: ${a.span.label}` }], { milestone: early.span.to, signed: a.span.from })];
}

const CP = words.comparisonPeriods;
/** "compared to", "gegenüber": the words that open a comparison figure (the last one before a date, within its reach). */
/** (or a change's origin right before a figure: "from $1.7 million ... in Q1 2025", comparisonPeriods.origins) */
const COMPARED = new RegExp(`(?<![\\p{L}])(?:(?:${wordsPattern(CP.words)})(?![\\p{L}])|(?:${wordsPattern(CP.origins)})(?=\\s*(?:[$€£¥]|[A-Z]{3}\\s?)?\\d))`, 'giu');
const NOT_ACTUAL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(CP.notActual)})(?![\\p{L}])`, 'iu');
/** "year-ago quarter", "prior-year period", "Vorjahresquartal": the words by which a release names the period a year before its own (comparisons.json changes.priorSentence). */
const YEAR_AGO = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(comparisonWords.changes.priorSentence)})`, 'iu');

/**
 * How many whole years lie between a period and the same period of an earlier year (a quarter, a half, months that end on
 * the same day): 0 when the two are not one period in two years.
 */
function yearsBack(own: Span, other: Span): number {
  const a = new Date(own.from), b = new Date(other.from), c = new Date(own.to), d = new Date(other.to);
  if (a.getUTCMonth() !== b.getUTCMonth() || a.getUTCDate() !== b.getUTCDate() || c.getUTCMonth() !== d.getUTCMonth() || c.getUTCDate() !== d.getUTCDate()) return 0;
  const k = a.getUTCFullYear() - b.getUTCFullYear();
  return k > 0 && c.getUTCFullYear() - d.getUTCFullYear() === k ? k : 0;
}

/** The end of a change that opened with its origin (comparisons.json changes.to): "from $2 million to $3 million in Q1 2026" dates the new amount. */
const ORIGIN_END = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(comparisonWords.changes.to)})(?=\\s*(?:[$\u20ac\u00a3\u00a5]|[A-Z]{3}\\s?)?\\d)`, 'u');
const ORIGIN_WORD = new RegExp(`^(?:${wordsPattern(CP.origins)})$`, 'iu');

/**
 * Whether the text before a date makes it a comparison figure's ("compared to $3 million in Q1 2025", "from $2 million in
 * Q1 2025"): the words between the comparison's word and the date, or undefined. A change's origin whose end comes before
 * the date ("from $2 million to $3 million in Q1 2026") dates the end, not the origin.
 */
function comparisonBefore(lead: string): string | undefined {
  const cmp = lastMatch(COMPARED, lead);
  if (!cmp) return undefined;
  const between = lead.slice(cmp.index + cmp[0].length);
  if (ORIGIN_WORD.test(cmp[0]) && ORIGIN_END.test(between)) return undefined;
  return between;
}

/** "three months ended", "12 Months Ended": the number of months a period ends with, right before its last day. */
/** (or a period's noun: "the second quarter ended", "fiscal year ended": comparisonPeriods.periodsEnded) */
const MONTHS_ENDED = new RegExp(`(?<![\\p{L}\\d])(?:(${wordsPattern(Object.keys(CP.monthsEnded))})[ -]months?|(${wordsPattern(Object.keys(CP.periodsEnded))}))[ ]end(?:ed|ing)\\s*$`, 'iu');
/** How far into the text the release's own period is read. */
const OWN_PERIOD_REACH = 1500;

/**
 * The period a release reports on: the first one its head states ended, with its months ("three months ended December
 * 31, 2026"), or whose results its head reports ("fourth quarter 2026 results"); undefined when its head names none.
 */
function ownPeriodOf(model: DocumentModel, text: string, dateline: FigureEntity | undefined): { f: FigureEntity; span: Span } | undefined {
  let own: { f: FigureEntity; span: Span } | undefined;
  const months = CP.monthsEnded as Record<string, number>;
  for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
    if (e.start > OWN_PERIOD_REACH) break;
    if (e.kind !== 'figure' || e.figureKind !== 'date' || e === dateline) continue;
    const span = spanOf(e);
    if (!span) continue;
    const ended = MONTHS_ENDED.exec(text.slice(Math.max(0, e.start - 40), e.start));
    if (ended && span.from === span.to) {
      const n = ended[1] ? months[ended[1].toLowerCase()] : (CP.periodsEnded as Record<string, number>)[ended[2].toLowerCase()];
      const d = new Date(span.to);
      // a period that ends on a month's last day spans its whole months
      if (!n || Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) !== span.to) continue;
      own = { f: e, span: { from: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - n + 1, 1), to: span.to, label: `${ended[0].trim()} ${span.label}` } };
      break;
    }
    if (/-(?:Q[1-4]|H[12])$/.test(e.iso ?? '') && REPORTING_AFTER.test(text.slice(e.end, e.end + 30))) { own = { f: e, span }; break; }
  }
  return own ?? quarterNamedWithoutYear(model, text, dateline);
}

const QUARTER_WORDS = Object.entries(numbersData.halfYears as Record<string, string>).filter(([k, v]) => !k.startsWith('$') && v === 'quarter').map(([k]) => k);
const ORDINALS = numbersData.periodOrdinalNumbers as Record<string, number | string>;
/** "first-quarter earnings", "its fourth quarter results": an ordinal quarter with a word of its report after it and no year. */
const QUARTER_REPORTED = new RegExp(`(?<![\\p{L}])(${wordsPattern(Object.keys(ORDINALS).filter(k => !k.startsWith('$')))})[- ](?:${wordsPattern(QUARTER_WORDS)})(?:\\s+(?:${wordsPattern(words.reportingPeriods.after)}))+(?![\\p{L}])`, 'iu');

/**
 * A head that names the quarter it reports without its year ("posted its second-quarter results today"): the release's
 * period is the first quarter of that number the text dates with its year ("revenue of $20 million in Q2 2026"), unless a
 * comparison's word stands before that one (then it is the period compared with, and none is taken).
 */
/** The number of the quarter a release's head names as the one it reports; a reading of the head's text alone, kept by it (an edit further on leaves it). */
function quarterReportedIn(head: string): number | undefined {
  const named = QUARTER_REPORTED.exec(head) ?? QUARTER_REPORTED_AFTER.exec(head);
  const n = named ? ORDINALS[named[1].toLowerCase()] : undefined;
  return typeof n === 'number' ? n : undefined;
}
function quarterNamedWithoutYear(model: DocumentModel, text: string, dateline?: FigureEntity): { f: FigureEntity; span: Span } | undefined {
  const n = memoRead(text.slice(0, OWN_PERIOD_REACH), quarterReportedIn);
  if (n === undefined) return undefined;
  for (let eI2 = 0, entities_ = model.entities; eI2 < entities_.length; eI2++) { const e = entities_[eI2];
    if (e.kind !== 'figure' || e.figureKind !== 'date' || !(e.iso ?? '').endsWith(`-Q${n}`)) continue;
    const span = spanOf(e);
    if (!span) return undefined;
    if (comparisonBefore(text.slice(Math.max(0, e.start - CP.reach), e.start)) !== undefined) return undefined;
    return { f: e, span };
  }
  // (no quarter of that number dated with its year: the last one to end before the release's own day, when it ended
  // within the months in which a quarter's results are published)
  const released = dateline ? spanOf(dateline) : undefined;
  if (!dateline || !released) return undefined;
  const day = new Date(released.from);
  for (const year of [day.getUTCFullYear(), day.getUTCFullYear() - 1]) {
    const from = Date.UTC(year, (n - 1) * 3, 1), to = Date.UTC(year, n * 3, 0);
    if (to >= released.from) continue;
    if (released.from - to > RESULTS_WITHIN_DAYS * DAY) return undefined;
    return { f: dateline, span: { from, to, label: `Q${n} ${year}` } };
  }
  return undefined;
}
/** "results of the third quarter", "i risultati del secondo trimestre": a word of its report, then the ordinal quarter. */
const QUARTER_REPORTED_AFTER = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.reportingPeriods.reportNouns)})\\s+(?:${wordsPattern(words.reportingPeriods.reportNounLinks)})\\s+(?:(?:${wordsPattern(words.reportingPeriods.periodArticles)})\\s+)?(${wordsPattern(Object.keys(ORDINALS).filter(k => !k.startsWith('$')))})[- ](?:${wordsPattern(QUARTER_WORDS)})(?![\\p{L}])`, 'iu');

/**
 * A comparison figure dated with the very period the release reports on: "net loss for the three months ended
 * December 31, 2026 was $1.0 million" and later "compared to a net loss of $6.3 million ... in Q4 2026" (the comparison
 * is another period, the year-ago quarter); or with a period that begins after it ended ("... in Q4 2027"): actual
 * results are compared with an earlier period (a forecast's words, comparisonPeriods.notActual, leave it alone). The release's period is the first one its head states ended, with its
 * months ("three months ended"), or whose results its head reports ("fourth quarter 2026 results").
 */
function comparisonInOwnPeriod(model: DocumentModel, text: string, bySentence: FigureEntity[][], dateline: FigureEntity | undefined, own: { f: FigureEntity; span: Span } | undefined): CheckFinding[] {
  if (!own) return [];
  let yearAgo: boolean | undefined;
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const dates = inS.filter(f => f.figureKind === 'date' && f !== own!.f && f !== dateline);
    if (!dates.length || dates.length > 12) continue;
    const s = model.sentences[si];
    for (let fI = 0, dates_ = dates; fI < dates_.length; fI++) { const f = dates_[fI];
      let span = spanOf(f);
      // ("against a loss of $5.2 million in the corresponding period of 2026": a year after the words of the same period names
      // the release's own months in that year)
      if (span && /^\d{4}$/.test(f.iso ?? '') && SAME_PERIOD_BEFORE.test(text.slice(Math.max(s.start, f.start - 40), f.start))) {
        const y = new Date(span.from).getUTCFullYear(), o = new Date(own.span.from), e = new Date(own.span.to);
        const yearsOn = e.getUTCFullYear() - o.getUTCFullYear();
        span = { from: Date.UTC(y - yearsOn, o.getUTCMonth(), o.getUTCDate()), to: Date.UTC(y, e.getUTCMonth(), e.getUTCDate()), label: `the same period of ${f.text.trim()}` };
      }
      // (the very period, or one that begins after it ended: the periods actual results are compared with come before)
      const same = !!span && span.from === own.span.from && span.to === own.span.to;
      const back = span ? yearsBack(own.span, span) : 0;
      if (!span || !(same || span.from > own.span.to || back >= 2)) continue;
      const lead = text.slice(Math.max(s.start, f.start - CP.reach), f.start);
      const between = comparisonBefore(lead);
      if (between === undefined) continue;
      // no other date between the comparison's word and this one, no word of a forecast, no clause break
      if (dates.some(x => x !== f && x.start >= f.start - between.length && x.end <= f.start) || NOT_ACTUAL.test(between) || /[;:()]/.test(between)) continue;
      // ("a gain of $4.1 million in 2025 as compared to $0.7 million in 2026": a first side dated before the release's
      // period compares the prior period with the release's own, the other way round)
      if (same && dates.some(x => x.end <= f.start - between.length && (spanOf(x)?.to ?? Infinity) < own.span.from)) continue;
      // (an older period of its kind is compared with when the release says so; one that names the year-ago period compares with that)
      if (back >= 2) {
        yearAgo ??= YEAR_AGO.test(text);
        if (!yearAgo) continue;
        return [finding(f, `A comparison figure is dated ${span.label}, ${back} years before the period the release reports on (${own.span.label}), which it compares with the year-ago period.`, [{ start: own.f.start, end: own.f.end, message: `the release's period: ${own.span.label}` }], { period: own.span.from, comparison: span.from })];
      }
      return [finding(f, same ? `A comparison figure is dated ${span.label}, the very period the release reports on (${own.span.label}).` : `A comparison figure is dated ${span.label}, after the period the release reports on (${own.span.label}): actual results are compared with an earlier period.`, [{ start: own.f.start, end: own.f.end, message: `the release's period: ${own.span.label}` }], { period: own.span.from, comparison: span.from })];
    }
  }
  return [];
}

/** "same period of", "stesso periodo del" right before a year (dates.json comparisonPeriods.samePeriod). */
const SAME_PERIOD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(CP.samePeriod)})(?:\\s+(?:${wordsPattern(CP.samePeriodLinks)}))?\\s+(?:(?:${wordsPattern(words.reportingPeriods.periodArticles)})\\s+|year\\s+)?$`, 'iu');

/** A bracket that opens with a word of reference ("(see", "(vgl."): dates.json citations. */
const CITATION_OPEN = new RegExp(`\\(\\s*(?:${wordsPattern(words.citations.openers)})\\s[^()]*$`, 'iu');

/**
 * "(see Acme Weekly, May 2, 2027)" in a release dated March 1, 2027: an item cited in a bracket that opens with a word of
 * reference is already published, so it cannot be dated after the release (a day or a month of a later year, or a
 * later day of its year). Only a date written with its year and inside such a bracket, the bracket closed after it.
 */
function citedAfterRelease(text: string, bySentence: FigureEntity[][], dateline: (Span & { f: FigureEntity }) | undefined): CheckFinding[] {
  if (!dateline) return [];
  const out: CheckFinding[] = [];
  for (let inSI = 0, bySentence_ = bySentence; inSI < bySentence_.length; inSI++) { const inS = bySentence_[inSI];
    for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
      if (f.figureKind !== 'date' || f === dateline.f || !/^\d{4}-\d{2}/.test(f.iso ?? '')) continue;
      if (!CITATION_OPEN.test(text.slice(Math.max(0, f.start - 80), f.start)) || !/^[^()]{0,20}\)/.test(text.slice(f.end, f.end + 24))) continue;
      const span = spanOf(f);
      if (!span || span.from <= dateline.to) continue;
      out.push(finding(f, `An item cited as published is dated ${span.label}, after the release itself (${dateline.label}).`, [{ start: dateline.f.start, end: dateline.f.end, message: `the release: ${dateline.label}` }], { cited: span.from, release: dateline.to }));
    }
  }
  return out;
}

const ML = words.movedLater;
/** A verb that moves a date later, then its preposition, right before the new date ("extended until", "verschoben auf den"). */
const MOVED_LATER = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(ML.verbs)})(?![\\p{L}])[^;!?\\n]{0,${ML.reach}}$`, 'iu');
/** The preposition right before the new date, the verb after it: "auf den 2. Juni 2026 verschoben". */
const MOVED_TO_LAST = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(ML.prepositions)})\\s*$`, 'iu');
const MOVED_AFTER = new RegExp(`^[^.;:,!?\\n]{0,30}?(?<![\\p{L}])(?:${wordsPattern(ML.verbs)})(?![\\p{L}])`, 'iu');
/** The new date's preposition, between the verb and the date ("extended until 5:00 p.m. on 16 May 2026"). */
const MOVED_TO = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(ML.prepositions)})(?![\\p{L}])`, 'iu');

/**
 * A date an extension or a postponement moves later, set before the date it replaces: "the offer, previously set to
 * expire on 9 May 2026, has been extended until 6 May 2026". One sentence, two dates stated to the day, month or
 * quarter with their years: the new one (the verb and its preposition right before it) and the old one.
 */
function movedLater(model: DocumentModel, text: string, bySentence: FigureEntity[][], dateline: FigureEntity | undefined): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const dates = inS.filter(f => f.figureKind === 'date' && f !== dateline && spanOf(f) !== undefined);
    if (dates.length !== 2) continue;
    const s = model.sentences[si];
    for (const [k, now] of dates.entries()) {
      const lead = text.slice(Math.max(s.start, now.start - ML.reach - 40), now.start);
      // the verb before the new date and its preposition between them ("extended from 9 May to 16 May"), or, as German puts
      // it, the preposition right before the date and the verb closing the clause after it ("auf den 2. Juni verschoben")
      const moved = MOVED_LATER.exec(lead) ?? (MOVED_TO_LAST.test(lead) ? MOVED_AFTER.exec(text.slice(now.end, Math.min(s.end, now.end + 40))) : null);
      const old = dates[1 - k];
      if (!moved || (moved.input === lead && !MOVED_TO.test(lead.slice(moved.index)))) continue;
      // "extended from 9 May to 16 May": the old date may stand between the verb and the new one
      const sn = spanOf(now)!, so = spanOf(old)!;
      if (sn.to >= so.from) continue;
      out.push(finding(now, `A date moved later (\u201c${moved[0].trim().split(/\s+/)[0]}\u201d) is ${sn.label}, before the date it replaces (${so.label}).`, [{ start: old.start, end: old.end, message: `the earlier date: ${so.label}` }], { moved: sn.to, replaced: so.from }));
    }
  }
  return out;
}

const SB = words.salesBeforeApproval;
const SALES = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(SB.sales)})(?![\\p{L}])`, 'iu');
const PRODUCT_ANAPHOR = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(SB.anaphors)})(?![\\p{L}])`, 'iu');
/** An agency or a region ("its first US approval"): the first approval in one place, not the drug's first. */
const AGENCY_ONE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...words.submissions.agencies, ...SB.regions])})(?![\\p{L}])`, 'u');

/**
 * A drug's sales dated before its first approval: "The therapy received its first approvals in 2026" and "the drug
 * generated $500 million in sales for 2024". A sale needs an approval first; the sales sentence must name the drug
 * (or refer to it as "the drug", "the product", naming no other drug) and state its sales as done, with a money figure.
 * Only a first approval whose phrase names no region ("its first US approval" is one region's) is read, and only
 * when the document states one.
 */
function salesBeforeFirstApproval(model: DocumentModel, text: string, bySentence: FigureEntity[][], approvals: { f: FigureEntity; span: Span; drugs: string[]; phrase: string }[], dateline: FigureEntity | undefined): CheckFinding[] {
  if (approvals.length !== 1) return [];
  const a = approvals[0];
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    if (a.f.start >= s.start && a.f.end <= s.end) continue;
    if (!inS.some(f => f.figureKind === 'money')) continue;
    const sentence = text.slice(s.start, s.end);
    if (!spanTest(SALES, text, model.sentences, s) || spanTest(PLANNED, text, model.sentences, s) || spanTest(FUTURE, text, model.sentences, s) || spanTest(RESTATED, text, model.sentences, s) || spanTest(CHANGE, text, model.sentences, s)) continue;
    const drugs = [...new Set(itemsWithin(model.entities, s.start, s.end).filter(e => e.kind === 'drug').map(e => e.name))];
    const same = drugs.length > 0 && a.drugs.length > 0 && drugs.every(d => a.drugs.includes(d));
    if (!same && !(drugs.length === 0 && PRODUCT_ANAPHOR.test(sentence))) continue;
    const sold = inS.filter(f => f.figureKind === 'date' && f !== dateline && spanOf(f) !== undefined);
    // the latest period of sales: every one of them comes before the approval
    const latest = sold.reduce<FigureEntity | undefined>((x, f) => (!x || spanOf(f)!.to > spanOf(x)!.to ? f : x), undefined);
    if (!latest) continue;
    const sp = spanOf(latest)!;
    if (sp.to >= a.span.from) continue;
    return [finding(a.f, `The first approval (\u201c${a.phrase}\u201d) is dated ${a.span.label}, after the drug's sales in ${sp.label}: a drug is sold only once approved.`, [{ start: latest.start, end: latest.end, message: `sales in ${sp.label}` }], { approval: a.span.from, sales: sp.to })];
  }
  return [];
}

/** Whether a date modifies no noun after it: a link word, punctuation or its clause's end follows it ("rose in 2026 and", "rose 2026,"). */
function datesNoNoun(raw: string, f: FigureEntity, clauseEnd: number): boolean {
  const next = NEXT_WORD.exec(raw.slice(f.end, Math.min(clauseEnd, f.end + 40)));
  return !next || LINK_WORDS.has(next[1].toLowerCase());
}
