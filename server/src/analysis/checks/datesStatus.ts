/**
 * Two readings of date-inconsistent that need no event noun (checks/dates.ts calls them):
 *
 * - A period whose ends are stated by verbs, in one sentence: "the offer period starts on 12 May 2026 and
 *   ends on 5 May 2026", "die Frist beginnt am 12. Mai und endet am 5. Mai", "la période débute le 12 mai et
 *   se termine le 5 mai". The end cannot lie before the start. The second verb is joined to the first by a
 *   conjunction and at most three small words, so both verbs have the one subject ("The trial started in May
 *   and the older study ended in March" names a second subject and is not read). A day without its year is
 *   read in the other end's year, or across New Year's Day when the period would then be short.
 * - A state known at a day, dated after the release that states it: "OAKTOWN, March 3, 2026 – Cash was $40
 *   million as of March 31, 2026". The anchor ("as of", "zum", "au", "per", "Stand") dates an amount the
 *   sentence states (or a market's close); a sentence that plans or forecasts ("expects cash of $30 million
 *   as of December 31, 2026"), a day a change takes effect ("effective as of"), and the end of a period
 *   ("from 1 January to 30 June") are not read. Words other than "as of"/"as at" also date a change ("zum 1.
 *   Januar"), so they are read only before a month's last day or a close, the days a state is reported at.
 */
import type { DocumentModel, FigureEntity } from '../model';
import { entitiesWithin, type CheckFinding } from './check';
import { memoRead, memoSpanText, spanTest } from '../memo';
import { wordsPattern } from '../words';
import { lexiconRegExp, NOT_AFTER_LETTER, NOT_BEFORE_LETTER } from '../lexiconMatcher';
import { spanOf, type DateSpan } from '../dateline';
import words from '../../../lexicon/grammar/dates.json';
import { FORECAST } from '../bind';

/** A day in milliseconds. */
export const DAY = 86400000;
/** A period without its year may run over New Year's Day when it is short (the same bound checks/dates.ts uses). */
const ACROSS_DAYS = 92;
/** How long a period written without years may run across a new year (a fiscal half-year: 1 December to 31 May is 181 days). */
const HALF_YEAR_DAYS = 184;

const PV = words.periodVerbs;
const PREPOSITIONS = wordsPattern(words.datePrepositions.words);
/** A date's preposition at the end of a stretch (made once: no global flag, so replace takes its first match as a new one would). */
const PREPOSITION_AT_END = new RegExp(`(?:${PREPOSITIONS})[ \\u00a0]+$`, 'iu');
const STARTS = wordsPattern(PV.starts), ENDS = wordsPattern(PV.ends);
/** The verb before its date, a preposition of time between: "starts on", "beginnt am", "débute le". */
const START_BEFORE = new RegExp(`(?<![\\p{L}'])(?:${STARTS})[ \\u00a0]+(?:(?:${PREPOSITIONS})[ \\u00a0]+)?$`, 'iu');
const END_BEFORE = new RegExp(`(?<![\\p{L}'])(?:${ENDS})[ \\u00a0]+(?:(?:${PREPOSITIONS})[ \\u00a0]+)?$`, 'iu');
/** The verb right after its date, verb-final: "(die am 12. Mai) beginnt", "(die am 5. Mai) endet". */
const START_AFTER = new RegExp(`^[ \\u00a0]+(?:${STARTS})(?![\\p{L}])`, 'iu');
const END_AFTER = new RegExp(`^[ \\u00a0]+(?:${ENDS})(?![\\p{L}])`, 'iu');
const JOIN = new RegExp(`^[ \\u00a0]*,?[ \\u00a0]*(?:${wordsPattern(PV.joins)})[ \\u00a0]+`, 'iu');
const NOT_IN_GAP = new Set(PV.notInGap.map(w => w.toLowerCase()));
const CHANGE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.changes.words)})(?![\\p{L}])`, 'iu');

const SD = words.statusDates;
const ANCHOR = new RegExp(`(?<![\\p{L}])(${wordsPattern(SD.anchors)})[ \\u00a0]*:?[ \\u00a0]*(?:the[ \\u00a0]+|le[ \\u00a0]+|den[ \\u00a0]+)?$`, 'iu');
const ENGLISH_ANCHOR = /^as (?:of|at)$/i;
/** A verb that says a period is over, right before the period: "ended 2026", "closed out the quarter" (statusDates.periodEndAnchors). */
const PERIOD_END_ANCHOR = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(SD.periodEndAnchors)})[ \\u00a0]+(?:the[ \\u00a0]+)?$`, 'iu');
/** Right after the period: "with", the state at its end following (statusDates.periodEndWith). */
/** Right before a year: words that make it the whole of that year ("over the whole of", "im gesamten Jahr": statusDates.wholePeriod). */
const WHOLE_PERIOD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(SD.wholePeriod)})[ \\u00a0]+$`, 'iu');
const PERIOD_END_WITH = new RegExp(`^[ \\u00a0]+(?:${wordsPattern(SD.periodEndWith)})(?![\\p{L}])`, 'iu');
const NOT_AFTER = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(SD.notAfter)})[ \\u00a0]*$`, 'iu');
const EFFECTIVE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(SD.effective)})(?![\\p{L}])`, 'iu');
const CLOSES = new RegExp(`^[ \\u00a0,]*(?:${wordsPattern(SD.closes)})(?![\\p{L}])`, 'iu');
// (the words that plan only the date right after them, "into", "until", are no plan of the clause: "entered into an agreement")
const AT_DATE_ONLY = new Set(words.planned.atDateOnly.map(w => w.toLowerCase()));
const FUTURE_WORDS = [...words.future.words, ...Object.values(words.future.paradigms as Record<string, string[]>).flat(), ...words.planned.words.filter(w => !AT_DATE_ONLY.has(w.toLowerCase()))];
// (a trie behind the pattern, as dates.ts's FUTURE: the compiled alternation is large)
const FUTURE = lexiconRegExp(FUTURE_WORDS, 'iu', NOT_AFTER_LETTER, NOT_BEFORE_LETTER);

/** A date check's finding on a figure, with no quick fix. */
export function finding(f: FigureEntity, message: string, related: CheckFinding['related'], data: CheckFinding['data']): CheckFinding {
  return { message, start: f.start, end: f.end, related, data, fixes: [] };
}

const monthDay = (f: FigureEntity) => /^--(\d{2})-(\d{2})$/.exec(f.iso ?? '');

/** The days of a start and an end, a missing year taken from the other end (or across the new year, when short). */
function ends(a: FigureEntity, b: FigureEntity): { start: DateSpan; end: DateSpan } | undefined {
  const sa = spanOf(a), sb = spanOf(b);
  if (sa && sb) return { start: sa, end: sb };
  const ma = monthDay(a), mb = monthDay(b);
  const label = (f: FigureEntity) => f.text.replace(/\s+/g, ' ');
  const day = (y: number, m: RegExpExecArray) => Date.UTC(y, Number(m[1]) - 1, Number(m[2]));
  if (sa && mb && sa.from === sa.to) {
    const y = new Date(sa.from).getUTCFullYear();
    const same = day(y, mb);
    if (same >= sa.from || day(y + 1, mb) - sa.from <= ACROSS_DAYS * DAY) return undefined;
    return { start: sa, end: { from: same, to: same, label: label(b) } };
  }
  if (ma && sb && sb.from === sb.to) {
    const y = new Date(sb.from).getUTCFullYear();
    const same = day(y, ma);
    if (same <= sb.to || sb.to - day(y - 1, ma) <= ACROSS_DAYS * DAY) return undefined;
    return { start: { from: same, to: same, label: label(a) }, end: sb };
  }
  if (ma && mb) {
    // both without a year: read in one year (2001, no leap day lost to either), or across the new year when the period so
    // read runs at most half a year ("beginnt am 1. Oktober und endet am 31. März", a fiscal half-year) or a whole year to
    // the day before its start ("1 July to 30 June"): the lengths a period across a new year runs
    const from = day(2001, ma), to = day(2001, mb);
    const across = day(2002, mb) - from;
    if (to >= from || across <= HALF_YEAR_DAYS * DAY || across === 364 * DAY) return undefined;
    return { start: { from, to: from, label: label(a) }, end: { from: to, to, label: label(b) } };
  }
  return undefined;
}

/** A period's start and end stated by verbs in one sentence, the end before the start. */
export function periodByVerbs(model: DocumentModel, text: string, bySentence: FigureEntity[][], skip: (f: FigureEntity) => boolean): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const dates = inS.filter(f => f.figureKind === 'date' && !skip(f) && (spanOf(f) || monthDay(f)));
    if (dates.length < 2 || dates.length > 12) continue;
    const s = model.sentences[si];
    if (spanTest(CHANGE, text, model.sentences, s)) continue;
    // each date's role and the stretch its verb and date cover
    const roles = dates.map(f => {
      const before = text.slice(Math.max(s.start, f.start - 40), f.start), after = text.slice(f.end, Math.min(s.end, f.end + 30));
      const sb = START_BEFORE.exec(before), eb = END_BEFORE.exec(before);
      if (sb || eb) return { role: sb ? 'start' : 'end', from: f.start - (sb ?? eb)![0].length, to: f.end };
      const sa = START_AFTER.exec(after), ea = END_AFTER.exec(after);
      if (sa || ea) return { role: sa ? 'start' : 'end', from: f.start, to: f.end + (sa ?? ea)![0].length };
      return undefined;
    });
    for (let k = 0; k + 1 < dates.length; k++) {
      const ra = roles[k], rb = roles[k + 1];
      if (ra?.role !== 'start' || rb?.role !== 'end') continue;
      // one subject: a conjunction, then at most three small words ("and is set to end on"), no article, no name
      let gap = text.slice(ra.to, rb.from);
      // (the end's own preposition, verb-final: "und am 5. Mai endet")
      if (rb.from === dates[k + 1].start) gap = gap.replace(PREPOSITION_AT_END, '');
      const join = JOIN.exec(gap);
      if (!join) continue;
      const rest = gap.slice(join[0].length).trim();
      const tokens = rest ? rest.split(/[ \u00a0]+/) : [];
      if (tokens.length > 3 || tokens.some(t => !/^\p{Ll}[\p{Ll}'-]*$/u.test(t) || NOT_IN_GAP.has(t.toLowerCase()))) continue;
      const e = ends(dates[k], dates[k + 1]);
      if (!e || e.end.to >= e.start.from) continue;
      out.push(finding(dates[k + 1], `The period ends (${e.end.label}) before it starts (${e.start.label}).`,
        [{ start: dates[k].start, end: dates[k].end, message: `the start: ${e.start.label}` }], { start: e.start.from, end: e.end.to }));
    }
  }
  return out;
}

/** The day nearest the release's date for a day written without its year, within half a year. */
/** How many days after the release a yearless day may lie and still be read in the release's year, not the year before. */
const YEARLESS_AFTER_DAYS = 31;
function nearRelease(f: FigureEntity, release: DateSpan): DateSpan | undefined {
  const md = monthDay(f);
  if (!md) return undefined;
  const y = new Date(release.from).getUTCFullYear();
  const days = [y - 1, y, y + 1].map(year => Date.UTC(year, Number(md[1]) - 1, Number(md[2])));
  const best = days.reduce((a, b) => (Math.abs(b - release.from) < Math.abs(a - release.from) ? b : a));
  // (a state's day without its year is the latest such day before the release unless the nearest lies within a month
  // after it: a state as of the last day of June, in a release of December, is of the June before, not the one after)
  if (Math.abs(best - release.from) > 183 * DAY || best - release.from > YEARLESS_AFTER_DAYS * DAY) return undefined;
  return { from: best, to: best, label: `${f.text.replace(/\s+/g, ' ')} (${new Date(best).getUTCFullYear()})` };
}

/**
 * How long after the end of the period a release reports on it may come out, at the latest: a results release with no
 * dateline states no state as of a day later than this after its period's end (releases follow their period by weeks).
 */
const RELEASE_AFTER_PERIOD_DAYS = 183;

/**
 * A state or amount anchored to a day after the release that states it; with no dateline, to a day more than half a
 * year after the period the release reports on ("first-quarter 2026 results" and cash "as of March 31, 2027").
 */
export function statusAfterRelease(model: DocumentModel, text: string, bySentence: FigureEntity[][], dateline: (DateSpan & { f: FigureEntity }) | undefined, ownPeriod?: { f: FigureEntity; span: DateSpan }): CheckFinding[] {
  const byPeriod = !dateline && ownPeriod ? ownPeriod : undefined;
  if (!dateline && !byPeriod) return [];
  const bound = dateline ? dateline.to : byPeriod!.span.to + RELEASE_AFTER_PERIOD_DAYS * DAY;
  const out: CheckFinding[] = [];
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    const amounts = inS.some(f => f.figureKind !== 'date' && f.figureKind !== 'duration');
    for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
      if (f.figureKind !== 'date' || f === dateline?.f || f === byPeriod?.f) continue;
      const lead = text.slice(Math.max(s.start, f.start - 30), f.start);
      const anchor = ANCHOR.exec(lead);
      // "over the whole of 2026 sales rose 13 %": a whole year's result, stated before that year ends (no plan, no forecast)
      if (!anchor && dateline && amounts && f.unit === 'year' && WHOLE_PERIOD.test(lead)) {
        const year = spanOf(f);
        if (year && year.to > bound && !FUTURE.test(text.slice(s.start, s.end)) && !FORECAST.test(text.slice(s.start, s.end))) {
          out.push(finding(f, `A result of the whole of ${year.label} is stated, but the release is dated ${dateline.label}, before that year ended.`,
            [{ start: dateline.f.start, end: dateline.f.end, message: `the release date: ${dateline.label}` }], { periodEnd: year.to, released: dateline.to }));
          continue;
        }
      }
      if (!anchor) {
        // "We ended 2026 with $31 million in cash": a period said to be over, a state at its end, the period ending after
        // the release that says so (a year or a quarter, then "with"; no plan in the sentence)
        const ended = PERIOD_END_ANCHOR.exec(lead);
        const period = ended && amounts ? spanOf(f) : undefined;
        if (!ended || !period || period.from === period.to || period.to <= bound || !PERIOD_END_WITH.test(text.slice(f.end, f.end + 12))) continue;
        if (FUTURE.test(text.slice(s.start, s.end))) continue;
        if (dateline) out.push(finding(f, `A state is given at the end of ${period.label}, said to be over, after the release date ${dateline.label}.`,
          [{ start: dateline.f.start, end: dateline.f.end, message: `the release date: ${dateline.label}` }], { asOf: period.to, released: dateline.to }));
        continue;
      }
      const span = spanOf(f) ?? (dateline ? nearRelease(f, dateline) : undefined);
      if (!span || span.from <= bound) continue;
      const english = ENGLISH_ANCHOR.test(anchor[1].replace(/\s+/g, ' '));
      const close = CLOSES.test(text.slice(f.end, f.end + 20));
      if (!amounts && !close) continue;
      // a word other than "as of" also dates a change ("zum 1. Januar"): only a month's last day or a close is a state's day
      const monthEnd = span.from === span.to && new Date(span.from + DAY).getUTCDate() === 1;
      if (!english && !monthEnd && !close) continue;
      const at = f.start - lead.length + anchor.index;
      const sentence = text.slice(s.start, s.end);
      // the end of a period ("bis zum", "from ... to"), another date just before ("du 1er janvier au 30 juin"), a change's day, a plan
      if (NOT_AFTER.test(text.slice(Math.max(s.start, at - 12), at))) continue;
      if (inS.some(g => g !== f && g !== dateline?.f && g.figureKind === 'date' && g.end <= at && at - g.end < 50)) continue;
      if (EFFECTIVE.test(text.slice(Math.max(s.start, at - 30), at)) || FUTURE.test(sentence)) continue;
      if (dateline) out.push(finding(f, `A state is given as of ${span.label}, after the release date ${dateline.label}.`,
        [{ start: dateline.f.start, end: dateline.f.end, message: `the release date: ${dateline.label}` }], { asOf: span.from, released: dateline.to }));
      else out.push(finding(f, `A state is given as of ${span.label}, more than half a year after the period the release reports on (${byPeriod!.span.label}).`,
        [{ start: byPeriod!.f.start, end: byPeriod!.f.end, message: `the release's period: ${byPeriod!.span.label}` }], { asOf: span.from, periodEnd: byPeriod!.span.to }));
    }
  }
  return out;
}

const EC = words.eventChains;
const STEP_GAP = `,?(?:\\s+[^\\s.;:]+){0,${EC.reach}}?\\s+`;
/** Each chain's steps, each a verb and a noun within a few words in either order, or "pricing of the offering". */
const CHAINS = EC.chains.map(c => ({
  chain: c.chain,
  steps: c.steps.map(st => ({
    step: st.step,
    not: (st as { not?: string[] }).not?.length ? new RegExp(`(?<![\\p{L}])(?:${wordsPattern((st as { not?: string[] }).not!)})(?![\\p{L}])`, 'iu') : undefined,
    re: new RegExp(`(?<![\\p{L}])(?:(?:${wordsPattern(st.verbs)})${STEP_GAP}(?:${wordsPattern(st.nouns)})|(?:${wordsPattern(st.nouns)})${STEP_GAP}(?:${wordsPattern(st.verbs)})|(?:${wordsPattern(st.nounForms)})\\s+of${STEP_GAP}?(?:${wordsPattern(st.nouns)}))(?![\\p{L}])`, 'iu'),
  })),
}));
/** How far before the step it follows a step may be dated and still be read as the same deal's, misdated. */
const STEP_WINDOW_DAYS = 400;
const RESTATED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.restated.words)})(?![\\p{L}])`, 'iu');

/** Whether a sentence states a change or a restatement, whose dates are no steps of a deal. */
function changedOrRestated(sentence: string): boolean {
  return CHANGE.test(sentence) || RESTATED.test(sentence);
}

/**
 * The one step of a chain a date's stretch names ("chain|step"), or undefined when it names none, several,
 * or a plan or future up to the step's words. A pure reading of the stretch, kept by its text.
 */
function stepNamed(stretch: string): string | undefined {
  const steps: string[] = [];
  let upTo = 0;
  for (let cI = 0, CHAINS_ = CHAINS; cI < CHAINS_.length; cI++) { const c = CHAINS_[cI]; for (let stI = 0, steps_ = c.steps; stI < steps_.length; stI++) { const st = steps_[stI];
    const m = st.re.exec(stretch);
    if (m && !st.not?.test(stretch)) { steps.push(`${c.chain}|${st.step}`); upTo = m.index + m[0].length; }
  } }
  // (a plan or future up to the step's words makes it planned: "Acme expects the placement to close"; after them it is another
  // clause's, or a manner: "expired as scheduled")
  // ("being filed": a passive gerund dates the step it names, ongoing or done, and plans nothing)
  if (steps.length !== 1 || FUTURE.test(stretch.slice(0, upTo).replace(/(?<![\p{L}])being(?=[ \u00a0]+\p{L}+ed(?![\p{L}]))/giu, ''))) return undefined;
  return steps[0];
}

/**
 * Two steps of one deal, offering or filing dated against their order: "the pricing of the offering on 27 February
 * 2026" and "the offering closed on 20 February 2026"; "entered into a merger agreement on 10 January 2026" and "the
 * merger was completed on 15 December 2025". A date's stretch (its sentence between the dates around it) names one
 * step, stated as done (no word of plan or future in it); a step dated more than once in the document is left out
 * (a page of several offerings); two sentences that name companies name the same ones (one set holding the other), two that
 * name drugs share one, and the step is dated at most 400 days before the one it follows (another deal's lies years away).
 */
export function stepsInOrder(model: DocumentModel, text: string, bySentence: FigureEntity[][], dateline: (DateSpan & { f: FigureEntity }) | undefined): CheckFinding[] {
  // a day without its year is read nearest the release's date ("on 14th January" in a release of 22 January 2014)
  const spanAt = (f: FigureEntity) => spanOf(f) ?? (dateline ? nearRelease(f, dateline) : undefined);
  type Step = { f: FigureEntity; span: DateSpan; who: string[]; drugs: string[] };
  const found = new Map<string, Step[]>();
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const dates = inS.filter(f => f.figureKind === 'date' && f !== dateline?.f && spanAt(f) !== undefined);
    if (!dates.length || dates.length > 12) continue;
    const s = model.sentences[si];
    // (kept by the sentence's text: an edit elsewhere reads it again from the memo)
    if (memoSpanText(text, model.sentences, s).read(changedOrRestated)) continue;
    // (the entities within the sentence, in the model's order: the list is sorted by start)
    const within = entitiesWithin(model.entities, s.start, s.end);
    const named = (kind: string) => [...new Set(within.filter(e => e.kind === kind).map(e => e.name))];
    const who = named('company'), drugs = named('drug');
    for (const [k, f] of dates.entries()) {
      const from = k ? dates[k - 1].end : s.start, to = k + 1 < dates.length ? dates[k + 1].start : s.end;
      // (the date counts as one word between a verb and its noun: "Die Fusion wurde am 15. Dezember 2025 vollzogen")
      const step = memoRead(`${text.slice(from, f.start)}DATE${text.slice(f.end, to)}`, stepNamed);
      if (step === undefined) continue;
      const list = found.get(step) ?? [];
      list.push({ f, span: spanAt(f)!, who, drugs });
      found.set(step, list);
    }
  }
  const once = (key: string): Step | undefined => {
    const list = found.get(key);
    if (!list?.length) return undefined;
    // one step dated at days that may be one (a date and the same date restated) is one step; else several
    return list.every(x => x.span.from <= list[0].span.to && x.span.to >= list[0].span.from) ? list[0] : undefined;
  };
  const out: CheckFinding[] = [];
  for (let cI = 0, CHAINS_ = CHAINS; cI < CHAINS_.length; cI++) { const c = CHAINS_[cI];
    // every pair in the chain's order: a step the document leaves out ("priced") does not hide the order of the others
    pairs: for (let i = 0; i + 1 < c.steps.length; i++) for (let j = i + 1; j < c.steps.length; j++) {
      const a = once(`${c.chain}|${c.steps[i].step}`), b = once(`${c.chain}|${c.steps[j].step}`);
      if (!a || !b || b.span.to >= a.span.from) continue;
      // the same parties (one set holds the other: "Acme and Beta" then "Acme"), the same drug; a step of another deal
      // lies years away ("completed its IPO in 2021", "priced a follow-on offering in 2026"), a wrong date of one within a year
      const within = (x: string[], y: string[]) => x.every(w => y.includes(w));
      if (a.who.length && b.who.length && !within(a.who, b.who) && !within(b.who, a.who)) continue;
      if (a.drugs.length && b.drugs.length && !a.drugs.some(d => b.drugs.includes(d))) continue;
      if (a.span.from - b.span.to > STEP_WINDOW_DAYS * DAY) continue;
      const [later, earlier] = b.f.start > a.f.start ? [b, a] : [a, b];
      out.push(finding(later.f, `The ${c.steps[j].step} is dated ${b.span.label}, before the ${c.steps[i].step} it follows (${a.span.label}).`,
        [{ start: earlier.f.start, end: earlier.f.end, message: `the ${earlier === a ? c.steps[i].step : c.steps[j].step}: ${earlier.span.label}` }], { earlier: a.span.from, later: b.span.to }));
      break pairs;
    }
  }
  return out;
}

const LL = words.lengthLinks;
/** Right after a length: the word of order that ties it to the date after it ("five days after it was priced on"). */
const LENGTH_AFTER = new RegExp(`^[ \\u00a0]*(?:${wordsPattern(LL.after)})(?![\\p{L}])`, 'iu');
/** Right after a length: "later" and its kin, a comma and a preposition at most, then the date ("two years later, in March 2026"). */
const LENGTH_LATER = new RegExp(`^[ \\u00a0]*(?:${wordsPattern(LL.later)})[ \\u00a0]*,?[ \\u00a0]*(?:(?:${PREPOSITIONS})[ \\u00a0]+)?$`, 'iu');
const LENGTH_LATER_WORD = new RegExp(`^[ \\u00a0]*(?:${wordsPattern(LL.later)})(?![\\p{L}])`, 'iu');
const HEDGE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(LL.hedges)})(?![\\p{L}])`, 'iu');
const UNIT_DAYS: Record<string, number> = { days: 1, day: 1, weeks: 7, week: 7, months: 365.25 / 12, month: 365.25 / 12, years: 365.25, year: 365.25 };
/** How far a length said in each unit may lie from the dates' distance: its rounding ("six months" for 5.6 months). */
const UNIT_ROOM: Record<string, number> = { days: 1, day: 1, weeks: 3.5, week: 3.5, months: 16, month: 16, years: 183, year: 183 };

/**
 * A length between two dated events of one sentence that the dates do not allow: "closed the offering on 20 March 2026,
 * five days after it was priced on 3 March 2026" (17 days apart); "began in March 2024; two years later, in March 2025,
 * ...". The length stands right after the one date (or after a date earlier in the sentence, with "later"), a word of
 * order after it, and the other date within a few words; a hedged length ("about", "more than", "business days") is
 * not read. The dates are compared as the spans they name, the length within its rounding.
 */
export function lengthBetweenDates(model: DocumentModel, text: string, bySentence: FigureEntity[][], skip: (f: FigureEntity) => boolean): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const dates = inS.filter(f => f.figureKind === 'date' && !skip(f) && spanOf(f) !== undefined);
    if (dates.length < 2 || dates.length > 12) continue;
    const s = model.sentences[si];
    if (spanTest(CHANGE, text, model.sentences, s)) continue;
    for (let dI = 0, inS_ = inS; dI < inS_.length; dI++) { const d = inS_[dI];
      if (d.figureKind !== 'duration' || typeof d.value !== 'number' || d.comparator || !d.unit || !(d.unit in UNIT_DAYS)) continue;
      if (HEDGE.test(text.slice(Math.max(s.start, d.start - 16), d.end + 12))) continue;
      const after = text.slice(d.end, Math.min(s.end, d.end + 100));
      const before = dates.filter(x => x.end <= d.start), later = dates.filter(x => x.start >= d.end);
      let one: FigureEntity | undefined, other: FigureEntity | undefined;
      if (LENGTH_AFTER.test(after)) {
        // "<date>, five days after ... <date>": the date just before the length (a verb's particle between: "am 10. März ab,"),
        // the first one after the word of order
        const y = before[before.length - 1];
        const x = later[0];
        if (!y || !x || !/^(?:[ \u00a0]+\p{Ll}{2,3})?[ \u00a0]*[,(\u2013\u2014-]?[ \u00a0]*$/u.test(text.slice(y.end, d.start)) || x.start - d.end > 80 || /[;:]/.test(text.slice(d.end, x.start))) continue;
        [one, other] = [y, x];
      } else if (LENGTH_LATER_WORD.test(after)) {
        // "<date> ...; two years later, in <date>": one date before the length in the sentence, the other right after the word
        const x = later[0];
        if (before.length !== 1 || !x || !LENGTH_LATER.test(text.slice(d.end, x.start))) continue;
        [one, other] = [before[0], x];
      } else continue;
      const a = spanOf(one)!, b = spanOf(other)!;
      const [early, late] = a.from <= b.from ? [a, b] : [b, a];
      const lo = Math.max(0, late.from - early.to) / DAY, hi = (late.to - early.from) / DAY;
      const days = d.value * UNIT_DAYS[d.unit], room = UNIT_ROOM[d.unit];
      if (days >= lo - room && days <= hi + room) continue;
      const said = text.slice(d.start, d.end);
      out.push(finding(d, `A length of ${said} does not fit the dates it lies between: ${early.label} to ${late.label} is ${lo === hi ? `${Math.round(lo)} days` : `${Math.round(lo)} to ${Math.round(hi)} days`}.`,
        [{ start: one.start, end: one.end, message: `one date: ${a.label}` }, { start: other.start, end: other.end, message: `the other date: ${b.label}` }], { lengthDays: Math.round(days), fromDays: Math.round(lo), toDays: Math.round(hi) }));
    }
  }
  return out;
}

const DT = words.deadlineTwice;
const DEADLINE_LINK = `(?:[ \\u00a0]*(?:${wordsPattern(DT.links)})(?![\\p{L}]))?`;
/** A deadline's noun right before its date, a linking word or two between: "PDUFA date of", "goal date set for". */
const DEADLINE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.deadlinesSet.nouns)})${DEADLINE_LINK}${DEADLINE_LINK}[ \\u00a0]*[:,(]?[ \\u00a0]*$`, 'iu');
const DEADLINE_MOVED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...DT.moves, ...words.changes.words, ...words.restated.words])})(?![\\p{L}])`, 'iu');

/**
 * One drug's deadline dated twice: "set a PDUFA date of June 30, 2026", later "by its PDUFA date of July 31, 2026". A
 * document whose deadline sentences say it moved ("extended the PDUFA date", "the original PDUFA date") is not read,
 * nor one that dates two deadlines in a sentence (two drugs' dates); two sentences that name drugs must share one.
 */
export function deadlineTwice(model: DocumentModel, text: string, bySentence: FigureEntity[][], skip: (f: FigureEntity) => boolean): CheckFinding[] {
  const seen: { f: FigureEntity; span: DateSpan; drugs: string[] }[] = [];
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    const here = inS.filter(f => f.figureKind === 'date' && !skip(f) && spanOf(f) !== undefined && DEADLINE_BEFORE.test(text.slice(Math.max(s.start, f.start - 60), f.start)));
    if (!here.length) continue;
    if (here.length > 1 || spanTest(DEADLINE_MOVED, text, model.sentences, s)) return [];
    const drugs = [...new Set(entitiesWithin(model.entities, s.start, s.end).filter(e => e.kind === 'drug').map(e => e.name))];
    seen.push({ f: here[0], span: spanOf(here[0])!, drugs });
  }
  for (let j = 1; j < seen.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = seen[i], b = seen[j];
      if (a.drugs.length && b.drugs.length && !a.drugs.some(d => b.drugs.includes(d))) continue;
      if (b.span.to >= a.span.from && b.span.from <= a.span.to) continue;
      return [finding(b.f, `The deadline is dated ${b.span.label} here but ${a.span.label} earlier.`, [{ start: a.f.start, end: a.f.end, message: 'the earlier date' }], { first: a.span.from, second: b.span.from })];
    }
  }
  return [];
}

const MT = words.meetingTwice;
/** A meeting's noun, a few words without a date or a sentence's stop, and a preposition of time right before the date. */
const MEETING_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(MT.nouns)})(?![\\p{L}])[^.;:\\d\\n]{0,50}?(?<![\\p{L}])(?:${wordsPattern(MT.prepositions)})[ \\u00a0,]*$`, 'iu');
/** A replay, a registration or a record date dated near the meeting's noun is another day than the meeting's. */
const MEETING_NOT_NEAR = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(MT.notNear)})(?![\\p{L}])`, 'iu');
const MEETING_MOVED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...words.changes.words, ...words.restated.words, ...DT.moves])})(?![\\p{L}])`, 'iu');

/**
 * One meeting dated twice: "will host a conference call on March 10, 2026", later "the conference call on March 12,
 * 2026". Days of one year only (the 2025 and the 2026 annual meetings are two), each the one meeting date of its
 * sentence; a document whose meeting sentences say it moved is not read. Each noun is its own meeting: the call and
 * the annual meeting are two, and so are two companies' calls; a replay, a registration or a record date near the noun
 * dates another day.
 */
/** A meeting's noun (dates.json meetingTwice nouns), made once; read with matchAll only, so its lastIndex never moves. */
const MEETING_NOUN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(MT.nouns)})(?![\\p{L}])`, 'giu');
export function meetingTwice(model: DocumentModel, text: string, bySentence: FigureEntity[][], skip: (f: FigureEntity) => boolean): CheckFinding[] {
  const seen = new Map<string, { f: FigureEntity; span: DateSpan; who: string[] }[]>();
  const nounOf = MEETING_NOUN;
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    // (the words before a figure read only for a date of one day)
    const here = inS.filter(f => {
      const sp = f.figureKind === 'date' && !skip(f) ? spanOf(f) : undefined;
      if (!sp || sp.from !== sp.to) return false;
      const lead = text.slice(Math.max(s.start, f.start - 80), f.start);
      return MEETING_BEFORE.test(lead) && !MEETING_NOT_NEAR.test(lead);
    });
    if (!here.length) continue;
    if (here.length > 1 || spanTest(MEETING_MOVED, text, model.sentences, s)) return [];
    const f = here[0];
    // the meeting's noun: the last one before the date
    const lead = text.slice(Math.max(s.start, f.start - 80), f.start);
    let noun = '';
    for (const m of lead.matchAll(nounOf)) noun = m[0].toLowerCase().replace(/\s+/g, ' ');
    const list = seen.get(noun) ?? [];
    list.push({ f, span: spanOf(f)!, who: [...new Set(entitiesWithin(model.entities, s.start, s.end).filter(e => e.kind === 'company').map(e => e.name))] });
    seen.set(noun, list);
  }
  for (const list of seen.values()) {
    for (let j = 1; j < list.length; j++) {
      const a = list[0], b = list[j];
      if (new Date(a.span.from).getUTCFullYear() !== new Date(b.span.from).getUTCFullYear() || a.span.from === b.span.from) continue;
      // (two companies' calls on a page of news are two calls)
      if (a.who.length && b.who.length && !a.who.some(w => b.who.includes(w))) continue;
      return [finding(b.f, `The meeting is dated ${b.span.label} here but ${a.span.label} earlier.`, [{ start: a.f.start, end: a.f.end, message: 'the earlier date' }], { first: a.span.from, second: b.span.from })];
    }
  }
  return [];
}

const RP = words.releasePeriod;
/** "today, March 4, 2026", "today (March 4, 2026)", "heute, am 4. März 2026": the day named as the release's own. */
const TODAY_BEFORE = new RegExp(`(?<![\\p{L}])(${wordsPattern(RP.today)})[ \\u00a0]*[,(][ \\u00a0]*(?:(?:am|le|el|den|the)[ \\u00a0]+)?(?:${wordsPattern(words.weekdays.days.flat())})?[ \\u00a0,]*$`, 'iu');

/** A day named "today" that is not the release's day (a day apart is a time zone's). */
export function todayDated(text: string, bySentence: FigureEntity[][], dateline: (DateSpan & { f: FigureEntity }) | undefined): CheckFinding[] {
  if (!dateline || dateline.from !== dateline.to) return [];
  for (let inSI = 0, bySentence_ = bySentence; inSI < bySentence_.length; inSI++) { const inS = bySentence_[inSI];
    for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
      const span = f.figureKind === 'date' && f !== dateline.f ? spanOf(f) : undefined;
      if (!span || span.from !== span.to || Math.abs(span.from - dateline.from) <= DAY) continue;
      // (in lower case, as the word is written inside a sentence: "Acme Today" names a periodical)
      const today = TODAY_BEFORE.exec(text.slice(Math.max(0, f.start - 40), f.start));
      if (!today || !/^\p{Ll}/u.test(today[1])) continue;
      return [finding(f, `“Today” is dated ${span.label} here, but the release is dated ${dateline.label}.`, [{ start: dateline.f.start, end: dateline.f.end, message: `the release date: ${dateline.label}` }], { today: span.from, released: dateline.from })];
    }
  }
  return [];
}

const TITLE_REACH = 400;
const RESULTS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(RP.results)})(?![\\p{L}])`, 'iu');
const FULL_YEAR = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(RP.fullYear)})[ \\u00a0]*$`, 'iu');
const FISCAL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(RP.fiscal)})(?![\\p{L}])`, 'iu');
const ENDED: [string, RegExp][] = ([['quarter', RP.quarterEnded], ['half', RP.halfEnded], ['year', RP.yearEnded]] as [string, string[]][])
  .map(([k, ws]) => [k, new RegExp(`(?<![\\p{L}])(?:${wordsPattern(ws)})[ \\u00a0]+(?:on[ \\u00a0]+)?$`, 'iu')]);

/** The release's own period as its title names it, the date that names it and the title's line. */
export interface TitlePeriod { title: FigureEntity; tspan: DateSpan; line: string }
/**
 * The release's own period as its title names it: the first date of the first 400 characters that is a quarter, a half or
 * a full year on a line of at most 200 characters with a word of results, no word of a fiscal year; and that line.
 */
export function titlePeriod(text: string, bySentence: FigureEntity[][]): TitlePeriod | undefined {
  const all = bySentence.flat().filter(f => f.figureKind === 'date').sort((a, b) => a.start - b.start);
  let line = '';
  const title = all.find(f => {
    if (f.start > TITLE_REACH) return false;
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1, lineEnd = text.indexOf('\n', f.end);
    line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    const iso = f.iso ?? '';
    const kind = /-Q[1-4]$/.test(iso) || /-H[12]$/.test(iso) || (/^\d{4}$/.test(iso) && FULL_YEAR.test(text.slice(lineStart, f.start)));
    return kind && line.length <= 200 && RESULTS.test(line) && !FISCAL.test(line);
  });
  const tspan = title && spanOf(title);
  return title && tspan ? { title, tspan, line } : undefined;
}

/** A title that announces results to come or foretells them ("to Report Fourth Quarter Results on", "Preliminary", "Outlook"): dates.json releasePeriod.ahead and planned words. */
const AHEAD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...RP.ahead, ...words.planned.words])})(?![\\p{L}])`, 'iu');

/**
 * A release dated before the end of the period its title reports results for: "Fourth Quarter and Full Year 2026
 * Results" over a dateline of March 3, 2026. Results are counted once a period is over, so the release comes after its
 * end; a title that announces or foretells results (AHEAD) is not read, nor one of a fiscal year (titlePeriod).
 */
export function releaseBeforeTitlePeriod(text: string, own: TitlePeriod | undefined, dateline: (DateSpan & { f: FigureEntity }) | undefined): CheckFinding[] {
  if (!dateline || dateline.from !== dateline.to) return [];
  // (a title stands above the dateline, on a line of its own: a period on the dateline's line, or below it, is the text's)
  if (!own || own.title.end > dateline.f.start || text.lastIndexOf('\n', dateline.f.start) < own.title.end || AHEAD.test(own.line) || dateline.to + DAY >= own.tspan.to) return [];
  const { title, tspan } = own;
  return [finding(dateline.f, `The release is dated ${dateline.label}, before the end of the period its title reports results for (${tspan.label} ends on ${new Date(tspan.to).toISOString().slice(0, 10)}).`,
    [{ start: title.start, end: title.end, message: `the title's period: ${tspan.label}` }], { released: dateline.from, periodEnd: tspan.to })];
}

/**
 * The release's period named in its title against the first period of that length its body says ended: "Third Quarter
 * 2026 Financial Results", then "for the three months ended June 30, 2026". The title is the release's first line (or
 * its first 400 characters) with a quarter, a half or a full year and a word of results; a fiscal year is not read.
 */
export function titlePeriodEnded(model: DocumentModel, text: string, bySentence: FigureEntity[][], own: TitlePeriod | undefined): CheckFinding[] {
  if (!own) return [];
  const { title, tspan } = own;
  const length = /-Q[1-4]$/.test(title.iso ?? '') ? 'quarter' : /-H[12]$/.test(title.iso ?? '') ? 'half' : 'year';
  const re = ENDED.find(([k]) => k === length)![1];
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
      if (f.figureKind !== 'date' || f.start <= title.end) continue;
      const span = spanOf(f);
      if (!span || span.from !== span.to || !re.test(text.slice(Math.max(s.start, f.start - 40), f.start))) continue;
      // the first period of that length the body says ended is the release's own; a fiscal year's sentence is not read
      if (spanTest(FISCAL, text, model.sentences, s) || Math.abs(span.from - tspan.to) <= 7 * DAY) return [];
      return [finding(f, `The title reports ${tspan.label}, which ends on ${new Date(tspan.to).toISOString().slice(0, 10)}, but the period is said to end ${span.label}.`, [{ start: title.start, end: title.end, message: `the title's period: ${tspan.label}` }], { titleEnd: tspan.to, ended: span.from })];
    }
  }
  return [];
}
