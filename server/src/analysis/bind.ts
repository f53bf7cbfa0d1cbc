/**
 * Binding: what each figure measures. A figure takes its endpoint, drug, arm, time point and n
 * from its sentence first; then the document's structure corrects and completes that reading:
 * the arms the document randomised (with their sizes), "A versus B" pairs, "respectively" lists,
 * parenthesised companions ("34.4 % (104 of 302)"), and the rows and columns of tables.
 * Every pass is one sweep over sorted entities or lines: linear in the document.
 */
import { ENDS_IN_SIZE, leadingZeroCells, STACKED_HEADER_LINES } from './gluedColumns';
import { LIST_MARK, roundupOf, type Roundups } from './lists';
import { contrastArm, Entity, FigureEntity, TrialEntity } from './model';
import { PEOPLE_PATTERN, PEOPLE_UNIT, PEOPLE_UNITS } from './people';
import { hasGluedCell, STACKED_CORNER, STACKED_RULE, STACKED_VALUE, spanCursor, trailingValueCells, type DocTable } from './structure';
import { countsPeople, declaredBy, shortHeading, withoutCellNote, withoutMeasureUnit } from './labelUnits';
import { continuationRow, filledCells, groupSize, namesGradeOnly, stubOf, tableColumns, unitName, type ColumnHead, type TableColumns } from './tableColumns';
import grammar from '../../lexicon/grammar/binding.json';
import dateWords from '../../lexicon/grammar/dates.json';
import numbersData from '../../lexicon/builtin/numbers.json';
import trialGrammar from '../../lexicon/grammar/trials.json';
import significanceWords from '../../lexicon/grammar/significance.json';
import comparisonWords from '../../lexicon/grammar/comparisons.json';
import statementWords from '../../lexicon/grammar/statements.json';
import nesting from '../../lexicon/grammar/nesting.json';
import { wordsPattern } from './words';
import { drain } from './steps';
import { paragraphLocator } from './text';
import { memoSpanText, memoText, paragraphMatches, spanTest } from './memo';
import { execPiece, readPiece, testPiece } from './testMemo';
import { lastLabelCell, periodLength } from './statementCells';
import { bindMeasures } from './measures';

type Span = { start: number; end: number };

const VERSUS_NO_ARTICLE = `(?!\\s+(?:${wordsPattern(grammar.versusWords.articles as string[])})(?:\\s|(?<=['\u2019])))`;
/** The words that introduce a comparison, English and German; each pattern below adds its own (a source for the 'i' flag, no 'u'). */
export const VERSUS = String.raw`\bvs\.?|\bversus|\bcompared (?:with|to)|gegen\u00fcber|verglichen mit|im Vergleich zu|` +
  // (and the languages' other words, binding.json versusWords: read without the Unicode flag, so a word's end is asked for by hand)
  // (a word that also means "against", "contre", is one only when no article follows: "contre 31 %", not "contre le choléra")
  (grammar.versusWords.words as string[]).map(w => `\\b${wordsPattern([w])}${/[A-Za-z]$/.test(w) ? '(?![A-Za-z\\u00c0-\\u024f])' : ''}${grammar.versusWords.notBeforeArticle.includes(w) ? VERSUS_NO_ARTICLE : ''}`).join('|');
const versusThen = (extra: string, tail: string, flags = 'i') => new RegExp(`(?:${VERSUS}${extra})${tail}`, flags);

/** The sentence holding `pos`, by binary search over sorted, disjoint spans. */
export function sentenceAt(sentences: { start: number; end: number }[], pos: number): { start: number; end: number } | undefined {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1; else if (pos >= s.end) lo = mid + 1; else return s;
  }
  return undefined;
}

/** The nearest drug mentioned earlier in the same paragraph (within 600 characters), for figures whose sentence names none. */
function drugInParagraphBefore(entities: Entity[], i: number, normalized: string): Entity | undefined {
  const f = entities[i];
  for (let k = i - 1; k >= 0; k--) {
    const e = entities[k];
    if (f.start - e.end > 600) return undefined;
    if (e.kind !== 'drug' || isComparator(normalized, e)) continue;
    // the last drug named may be a combination's partner: the combination's head is its subject
    return /\n[ \t]*\n/.test(normalized.slice(e.end, f.start)) ? undefined : combinationHead(entities, k, Math.max(0, k - 8), normalized);
  }
  return undefined;
}

/** A drug a preposition or a conjunction brings in ("after X", "with X", "plus X", "for X", "and X"): the object of another's sentence, not its subject. */
const OBJECT_DRUG = /\b(?:after|following|with|plus|and|or|including|than|like|for|to|from|on|over|versus|vs\.?|against)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** Whether the paragraph holding entity `i` names the drug `name` before it or after it (a blank line ends a paragraph; at most 1500 characters each way). */
function paragraphNames(entities: Entity[], i: number, normalized: string, name: string): boolean {
  const f = entities[i];
  for (let k = i - 1; k >= 0 && f.start - entities[k].end <= 1500; k--) {
    const e = entities[k];
    if (/\n[ \t]*\n/.test(normalized.slice(e.end, f.start))) break;
    if (e.kind === 'drug' && e.name === name) return true;
  }
  for (let k = i + 1; k < entities.length && entities[k].start - f.end <= 1500; k++) {
    const e = entities[k];
    if (/\n[ \t]*\n/.test(normalized.slice(f.end, e.start))) break;
    if (e.kind === 'drug' && e.name === name) return true;
  }
  return false;
}

const CHANGE_IN = /^[ ]?(?:improvement|increase|reduction|decrease|gain|rise|drop|decline|benefit|higher|lower|better|greater)s? (?:in|of)\b/;

const COMPARATOR_DRUG = versusThen(String.raw`|\bover\b|\brelative to`, String.raw`(?:[^.;:]|\.(?=\d)){0,30}$`);

/** A drug named as the comparator ("vs. carbofen/platinum", "compared with placebo") is not the figure's subject. */
function isComparator(normalized: string, e: Entity): boolean {
  const left = normalized.slice(Math.max(0, e.start - 40), e.start);
  return testPiece(COMPARATOR_DRUG, left);
}

/**
 * "progressed on zelbotinib", "had received prior drugamab ruxotecan", "previously treated
 * with acmetuximab", "had received acmetuximab" (the pluperfect: before the trial's own time): a
 * therapy the patients had before is not what the figure measures.
 */
const PRIOR_THERAPY = /(?:\bprogress(?:ed|ion|ing)? (?:on|after|following)|\bhad (?:previously |already |also )?(?:received|been (?:treated with|given))|\bpreviously treated with|\bpretreated with|\brefractory to|\bresistant to|\bintolerant (?:of|to)|\bprior\b[^.;:]{0,30}|\bafter\b(?: (?:treatment|therapy) with)?|\bfollowing)\s*$/i;
function isPriorTherapy(normalized: string, e: Entity): boolean {
  // (kept by the window's text, as isComparator's: asked for every drug by several passes after every edit)
  return testPiece(PRIOR_THERAPY, normalized.slice(Math.max(0, e.start - 48), e.start));
}

const EFFICACY_KINDS = new Set(['percent', 'duration', 'ratio', 'ci', 'pvalue']);

/**
 * Figures that, with no drug named near them, still concern the document's main drug: results
 * (bound to an endpoint), doses, the patients studied, and money. "2,000 L of bioreactor capacity"
 * or "two companies" are about something else and stay unbound.
 */
function aboutTheDrug(f: FigureEntity): boolean {
  if (f.binding.endpoint) return true;
  if (f.figureKind === 'dose' || f.figureKind === 'money') return true;
  return f.figureKind === 'count' && POPULATION.test(f.unit);
}
const FOLLOW_UP = /\b(?:follow[- ]?up|followed (?:up )?for|observation|data cut-?off|Nachbeobachtung\w*)\b[^.;]{0,12}$/i;
/** Words right before a duration that make it a time point: English and German ones of reach ("by", "through", "bis"), and numbers.json's timePrepositions ("after", "après", "dopo", "tras", "a los", "efter"). */
export const AT_TIME = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(['at', 'after', 'by', 'through', 'to', 'over', 'nach', 'bis', 'zu', ...numbersData.timePrepositions])})(?:\\s+(?:a|an|the))?\\s*$`, 'iu');
/** "improved median PFS to 9.4 months": a verb of change (binding.json changedTo) makes its "to" introduce the new value, no time. */
const CHANGED_TO = new RegExp(`(?<!\\p{L})(?:${wordsPattern(grammar.changedTo.stems)})\\p{L}*\\s(?:[^.;,\\d]{0,40}\\s)?to\\s*$`, 'iu');
/** A duration written as a time point: "at 20 weeks", "after 12 months", "to week 52", but not the new value a change reached. */
function atTimeBefore(normalized: string, from: number, at: number): boolean {
  const before = normalized.slice(Math.max(from, at - 16), at);
  return AT_TIME.test(before) && !(/\bto\s*$/i.test(before) && (COMPARED_TO.test(before) || testPiece(CHANGED_TO, normalized.slice(Math.max(from, at - 64), at))));
}
/** "compared to 8.0 months", "similar to 12 months": the "to" of a comparison introduces the value compared with, no time. */
const COMPARED_TO = /\b(?:compared|relative|similar|equal|equivalent|identical|close|comparable)\s+to\s*$/i;
/**
 * "six-month PFS", "at a 12-month check", "one-year survival of 70 %": a duration written as an
 * adjective (number, hyphen, singular unit) names a landmark, not a length of time.
 */
const LANDMARK_ADJECTIVE = /^\S+-(?:day|week|month|year)$/i;
function isLandmark(e: Entity): boolean {
  return e.kind === 'figure' && (!!e.timepoint || (e.figureKind === 'duration' && LANDMARK_ADJECTIVE.test(e.text)));
}
/** "a 52-week study", "a six-month treatment period": the adjective sizes the study, it is no landmark. */
const LANDMARK_NOT = /^\s*(?:(?:open-label|double-blind|randomi[sz]ed|placebo-controlled|pivotal)\s+)?(?:study|trial|extension|treatment|course|period|regimen|supply|phase)\b/i;
/** "5.5 months with X versus 4.1 months with Y": the drug right after the figure, introduced so, is its arm's drug. */
const OWN_ARM_CUE = /^[^.;]{0,24}?\b(?:with|for|on|receiving|taking|exposed to|in (?:the |patients (?:treated with|receiving) )?)\s*(?:once[- ](?:daily|weekly)\s+)?$/i;

/** "31 % of AB-101-treated patients": the share's group named by a drug and a participle of treatment glued to it. */
const TREATED_OF = /^\s*of\s+(?:the\s+|all\s+)?$/i;
const TREATED_AFTER = /^[-\u2010\u2011](?:treated|exposed|dosed)(?![\p{L}])/u;

/** Between a multiple ("double", "3-fold") and the figure it multiplies: "the", "that of" (comparisons.json multiples.standardLinks). */
const MULTIPLE_TO_STANDARD = new RegExp(`^\\s*(?:(?:${wordsPattern(comparisonWords.multiples.standardLinks)})\\s+){0,3}$`, 'iu');
/** "double the 12.0 months seen with chemotherapy": the figure right after a multiple is its standard, the comparison's side. */
const isMultiplesStandard = (normalized: string, before: Entity | undefined, f: Entity) =>
  !!before && before.kind === 'figure' && before.figureKind === 'ratio' && before.unit === 'fold' && f.start - before.end <= 16 && MULTIPLE_TO_STANDARD.test(normalized.slice(before.end, f.start));

/** "(vs. 1-3 % historically with salvage therapy)": a figure introduced as the comparison belongs to the comparator, not the main drug. */
const COMPARATOR_FIGURE = versusThen(String.raw`|\bagainst`, String.raw`\s*(?:[<>~\u2264\u2265]\s*)?$`);

/**
 * "7.5 % (3 of 40) on placebo", "2.7 % with placebo", "11,3 Prozent unter Placebo", "12 % avec le placebo" (binding.json arms.placeboCues), "9 % of patients who received a placebo": the figure
 * belongs to the placebo arm. ("38 % versus placebo" is the drug's own result, compared.)
 */
const PLACEBO_ARM = new RegExp(String.raw`^(?:\s*\([^()]*\))?[^.;\d]{0,20}?(?<![\p{L}])(?:(?:with|on|for|in the|receiving|received|given|taking|treated with|unter|mit|bei|${wordsPattern(grammar.arms.placeboCues.words)})\s+(?:(?:a|the|${wordsPattern(grammar.arms.placeboCues.articles)})\s+)?(?:matching\s+)?placebo(?![\p{L}])|of\s+placebo[- ](?:recipients|patients|participants|subjects|treated))`, 'iu');

/** The document's main drug: the most-mentioned one that is not only ever a comparator, nor only ever a therapy the patients had before. */
function primaryDrug(entities: Entity[], normalized: string): string | undefined {
  // a partner of a combination ("drugamab in combination with carboplatin and paclitaxel") is not what the document is about
  const partners = combinationPartners(entities, normalized);
  // (a brand in brackets right after its drug's name, "acmetuximab (Acmebra)", is the one mention again: a prior therapy's too)
  const uncounted = new Set<Entity>();
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (e.kind !== 'drug') continue;
    const before = k > 0 ? entities[k - 1] : undefined;
    const restated = !!before && before.kind === 'drug' && before.name === e.name && /^\s*\(\s*$/.test(normalized.slice(before.end, e.start));
    if (isPriorTherapy(normalized, e) || (restated && uncounted.has(before!))) uncounted.add(e);
  }
  return mostCommon(entities, e => e.kind === 'drug' && !e.facts.isRegimen && !partners.has(e) && !uncounted.has(e) && !isComparator(normalized, e) ? e.name : undefined);
}

/** The drugs named after another as its partners: "plus", "with", "in combination with", "and" between them. */
function combinationPartners(entities: Entity[], normalized: string): Set<Entity> {
  const out = new Set<Entity>();
  let prev: Entity | undefined;
  for (let eI = 0; eI < entities.length; eI++) { const e = entities[eI];
    if (e.kind !== 'drug') continue;
    if (prev && e.start - prev.end <= 30 && combinationGap(normalized.slice(prev.end, e.start))) out.add(e);
    prev = e;
  }
  return out;
}

/** The key that most items give (the first to reach the top count wins a tie); undefined when none gives one. */
export function mostCommon<T>(items: T[], key: (item: T) => string | undefined): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined, n = 0;
  for (let itemI = 0; itemI < items.length; itemI++) { const item = items[itemI];
    const k = key(item);
    if (k === undefined) continue;
    const c = (counts.get(k) ?? 0) + 1;
    counts.set(k, c);
    if (c > n) { best = k; n = c; }
  }
  return best;
}

/**
 * "a disease control rate (CR + PR + SD) of 80 %": an endpoint inside a parenthesis closed before
 * the figure is an aside (a definition, a component) of the endpoint the parenthesis follows, and
 * the figure is that endpoint's. The index of the endpoint to bind: the head when the parenthesis
 * opens right after an endpoint, else the one found. The walk is bounded by a few dozen characters.
 */
function headOfAside(entities: Entity[], at: number, from: number, figureStart: number, normalized: string): number {
  const ep = entities[at];
  if (figureStart - ep.end > 40) return at;
  // the parenthesis holding the endpoint closes between it and the figure
  let depth = 0, closed = false;
  for (let k = ep.end; k < figureStart; k++) {
    const c = normalized[k];
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) { closed = true; break; }
  }
  if (!closed) return at;
  // and opens after an endpoint, with only spaces between
  depth = 0;
  for (let k = ep.start - 1; k >= Math.max(0, ep.start - 60); k--) {
    const c = normalized[k];
    if (c === ')') depth++;
    else if (c === '(' && --depth < 0) {
      let j = at - 1;
      while (j >= from && entities[j].start >= k) j--;
      return j >= from && entities[j].kind === 'endpoint' && /^\s*$/.test(normalized.slice(entities[j].end, k)) ? j : at;
    }
  }
  return at;
}

/**
 * "remission, defined by the Acme score, was 27 %", "Remission (defined as an Acme score of 2 or less) was
 * reached by 14 %": an endpoint inside a definition (binding.json endpoints.definedBy) defines the endpoint
 * named before the definition, and the figure is that endpoint's. The words between the definition's cue
 * and its endpoint hold no clause break; the defined endpoint is the first of the run of endpoints right
 * before the cue ("response on the Acme scale (defined as ..."), with no comma, bracket or figure between.
 */
const DEFINED_BY = new RegExp(`(?:^|[\\s,(])(?:${wordsPattern(grammar.endpoints.definedBy.words)})\\s[^.;:()]{0,40}$`, 'iu');
function definedHead(entities: Entity[], at: number, from: number, figureStart: number, normalized: string): number {
  if (at < 0) return at;
  const ep = entities[at];
  const lo = Math.max(0, ep.start - 60);
  const m = DEFINED_BY.exec(normalized.slice(lo, ep.start));
  if (!m) return at;
  // a figure inside the definition ("defined as an Acme score of 2 or less") is the defining endpoint's: the
  // definition a bracket or comma opened closes before the figure, one opened by words only leaves a word (a verb) before it
  const opener = normalized[lo + m.index];
  const gap = normalized.slice(ep.end, figureStart);
  if (opener === '(' ? !gap.includes(')') : opener === ',' ? !gap.includes(',') : !/\p{L}{3,}/u.test(gap)) return at;
  // the cue's own comma, bracket and spaces are no clause break before it
  let cue = lo + m.index;
  while (cue > 0 && /[\s,(]/.test(normalized[cue - 1])) cue--;
  let head = -1;
  for (let k = at - 1; k >= from; k--) {
    const e = entities[k];
    // what the definition itself holds ("a 50 % reduction in the Acme score")
    if (e.end > cue) continue;
    if (cue - e.end > 40 || e.kind === 'figure' || /[,.;:()[\]]/.test(normalized.slice(e.end, cue))) break;
    if (e.kind === 'endpoint') head = k;
  }
  return head >= 0 ? head : at;
}
/** Whether an endpoint is named inside a definition of another (see definedHead). */
const definesAnother = (entities: Entity[], at: number, from: number, figureStart: number, normalized: string) => definedHead(entities, at, from, figureStart, normalized) !== at;

/** "57 % of patients were alive at three years": a share of patients said to be in a state (binding.json endpoints.statePredicates). */
const STATES = grammar.endpoints.statePredicates.states as Record<string, string>;
// (in the languages of the documents: "of patients were alive", "des participants étaient encore en vie", "der Patienten waren noch am Leben")
const SP = grammar.endpoints.statePredicates;
const STATE_PREDICATE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(SP.partitives)})\\s+(?:${wordsPattern(SP.people)})(?![\\p{L}])[^.;:%]{0,60}?(?<![\\p{L}])(?:(?:${wordsPattern(SP.copulas)})\\s+(?:(?:${wordsPattern(SP.stillWords)})\\s+)?)?(${wordsPattern(Object.keys(STATES))})(?![\\p{L}-])`, 'iu');
const STATE_NAMES = new Map(Object.entries(STATES).map(([k, v]) => [k.toLowerCase(), v]));
/** A verb of the state ("survived", "lebten"), and a share of the people anywhere in the sentence ("of patients", "der Patienten"). */
const STATE_VERB = new RegExp(`(?<![\\p{L}])(${wordsPattern(Object.keys(SP.verbs))})(?![\\p{L}])`, 'iu');
const OF_PEOPLE = new RegExp(`%\\s*(?:${wordsPattern(SP.partitives)})\\s+(?:${wordsPattern(SP.people)})(?![\\p{L}])`, 'iu');
const STATE_VERBS = new Map(Object.entries(SP.verbs as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
function statePredicate(sentence: string): string | undefined {
  const m = STATE_PREDICATE.exec(sentence);
  if (m) return STATE_NAMES.get(m[1].toLowerCase().replace(/\s+/g, ' '));
  const v = OF_PEOPLE.test(sentence) ? STATE_VERB.exec(sentence) : null;
  return v ? STATE_VERBS.get(v[1].toLowerCase()) : undefined;
}

/** "attained a complete response (CR)", "met the criteria for Springfield remission": the endpoint follows the figure. */
const FORWARD = grammar.endpoints.forward;
const FORWARD_ENDPOINT = new RegExp(`^\\)?(?:\\s*\\([^()]*\\))?,?(?:\\s+of\\s+(?:the\\s+)?(?:patients|participants|subjects))?\\s+(?:(?:${wordsPattern(FORWARD.stems)})|(?:${wordsPattern(FORWARD.words)})(?![\\p{L}]))[^.;\\d()]{0,40}$`, 'iu');
/** "81 % of patients", "80 % of those", "78 % of participants": a share of a group, the subject of a predicate to come. */
const SHARE_OF_GROUP = /^[ ]?of (?:the )?(?:patients|participants|subjects|those|people|adults|children|women|men)\b/i;
/** The predicate that names what a list's shares attained: "achieved ACR20", "reached a PASI 90 response". */
const ATTAINED = /(?:achiev|reach|attain|experienc)\p{L}*\s+(?:an?\s+|the\s+)?[^.;\d()]{0,24}$/iu;
/**
 * The endpoint named by the predicate at the end of a list of shares: the first endpoint after the
 * figure in its sentence, at most 300 characters on, with no clause break before it, each share in
 * between a share of a group, and a verb of attaining right before it. -1 when there is none.
 */
function sharedPredicateEndpoint(entities: Entity[], i: number, to: number, f: FigureEntity, normalized: string): number {
  for (let k = i + 1; k < to; k++) {
    const e = entities[k];
    if (e.start - f.end > 300) return -1;
    if (e.kind === 'figure' && e.figureKind === 'percent' && !SHARE_OF_GROUP.test(normalized.slice(e.end, e.end + 16))) return -1;
    if (e.kind !== 'endpoint') continue;
    const gap = normalized.slice(f.end, e.start);
    return !/[;:]|\.(?!\d)/.test(gap) && ATTAINED.test(gap) ? k : -1;
  }
  return -1;
}
/** "7 (44%) stable disease", "a 30% CR rate": the endpoint right after a count or share, with at most its share between. */
/** Between an event and a count of the patients it occurred in: "occurred in", "of any grade were reported in" (binding.json countsWithEvent). */
const EVENT_IN_COUNT = new RegExp(`^(?:\\s[\\p{L}\\d\u2265\u2264>=-]+){0,4}?\\s(?:${wordsPattern(grammar.countsWithEvent.verbs)})\\s(?:${wordsPattern(grammar.countsWithEvent.prepositions)})\\s(?:(?:a total of|only|just)\\s)?$`, 'iu');
const ELLIPTIC_ENDPOINT = /^\)?(?:[ ]?\([ ]?\d[\d.,]*[ ]?%[ ]?\))?[ ](?:an? )?$/;
/** "15 % de réponses complètes", "un 15 % de respuestas completas": a partitive right between a share and its endpoint (binding.json endpoints.forward.partitive). */
const PARTITIVE_ENDPOINT = new RegExp(`^[ ](?:${wordsPattern(FORWARD.partitive)})[ ]?$`, 'iu');
/** What may stand between a time point and its endpoint: the endpoint's long form, "18-month event-free survival (EFS)". */
const TIMEPOINT_GAP = /^[\s\p{L}()-]{0,45}$/u;
/** "drugamab plus letrozole": the partner drug of a combination is not the arm's subject. */
export const COMBINATION_LINK = /^\s*(?:plus|\+|and|with|in combination with|combined with)\s*$/i;
/**
 * "drugamab (ZT-101) plus prednisone": a name in parentheses right after a drug is that drug again, so the
 * combination's link is read past it; the gap between the two drugs is what follows the parenthesis.
 */
const ALIAS_OPEN = /^\s*\(\s*$/;
const combinationGap = (gap: string) => COMBINATION_LINK.test(gap.replace(/^\s*\)/, ''));
/** "(n = 42)", "(n=30 per dose)": a count that gives an arm's size. */
const ARM_SIZE = /^\(?\s*n\s*[=:]/i;
const VERSUS_GAP = new RegExp(String.raw`^\s*,?\s*(?:${VERSUS})\s*$`, 'i');
/** "placebo-controlled", "placebo-adjusted", "corrected for placebo" name the design or a difference, not the placebo arm. */
const PLACEBO_WORD = /(?<!\b(?:controlled|adjusted|corrected|subtracted)[ ](?:for|to|against|by)[ ])\bplacebo\b(?![- ](?:controlled|adjusted|corrected|subtracted))/gi;

const isFigure = (e: Entity): e is FigureEntity => e.kind === 'figure';

/** The units of counts of people: what a trial's population is counted in. */
export const POPULATION = PEOPLE_UNIT;

/** "In the PD-L1-high subgroup", "among the subgroup of patients with liver metastases": a figure after it is about that part. */
const SUBGROUP = new RegExp(String.raw`\b(?:in|among|for|within)\s+(?:the\s+)?(?:subgroup\s+of\s+(?:(?:${wordsPattern(grammar.populations.subgroupOf.words)})\s+)?(?:with\s+)?([^,;.()]{2,40}?)(?=[,;.)]|\s+(?:the|was|were|had|achieved|showed|treated|receiving|who|that|which)\b)|([^,;.()]{2,40}?)\s+(?:subgroup|subpopulation|subset)s?\b)`, 'gi');

type Mention = { start: number; end: number; name: string };
const lower = (w: string) => w.toLowerCase();

const POP = grammar.populations;
/** "evaluable population", "ALK-positive subgroup", "Cohort 4": a population's head noun (lexicon/grammar/binding.json). */
const POPULATION_HEAD = new RegExp(`(?<![\\p{L}\\d-])(?:${wordsPattern(Object.keys(POP.heads))})(?![\\p{L}\\d-])`, 'giu');
const POPULATION_HEAD_ONCE = new RegExp(POPULATION_HEAD.source, 'iu');
const NOT_POPULATION = new Set(Object.keys(POP.notPopulation.words).map(lower));
/** "treatment-naive", "platinum-refractory": a compound of prior exposure, read as its second half (binding.json notPopulation.exposureCompounds). */
const EXPOSURE_COMPOUND = new RegExp(`(?<![\\p{L}])[\\p{L}]+-(${wordsPattern(POP.notPopulation.exposureCompounds.words)})(?![\\p{L}])`, 'giu');
/** A phrase's words as the arm and design words are asked of them: apart at spaces and hyphens, a compound of prior exposure one word. */
const modifierWords = (phrase: string, apart: RegExp = /[\s-]+/): string[] => phrase.replace(EXPOSURE_COMPOUND, '$1').split(apart).filter(Boolean);
/** Whether a phrase holds a word that makes it an arm or a design ("the placebo cohort"), not a population. */
const namesNoPopulation = (phrase: string, apart?: RegExp): boolean => modifierWords(phrase, apart).some(w => NOT_POPULATION.has(lower(w)));
/** "FAS-Population", "mITT-population", "FAS-Kohorte": a head joined by a hyphen to an analysis set's abbreviation (two capitals or more). */
const HYPHENED_HEAD = new RegExp(`(?<![\\p{L}\\d-])([\\p{L}\\d]{2,12})-(?:${wordsPattern(Object.keys(POP.heads).filter(h => !/\\s/.test(h)))})(?![\\p{L}\\d-])`, 'giu');
/** "in patients with liver metastases", "data from patients with X", "among patients aged 65 and older": the patients a figure is about. */
const PATIENTS_WITH = new RegExp(`(?<!\\p{L})(?:${wordsPattern(POP.patientsWith.before.words)})\\s+(?:the\\s+|den\\s+)?((?:${wordsPattern(Object.keys(POP.patientsWith.nouns))})\\s+(?:with|mit)\\s+|(?:${wordsPattern([...Object.keys(POP.patientsWith.nouns), ...POP.patientsWith.ageLinks.nouns])})\\s+(?:${wordsPattern(POP.patientsWith.ageLinks.words)})\\s+(?=\\d))`, 'giu');
const PATIENTS_WITH_STOPS = new Set(POP.patientsWith.stops.map(lower));
/** "50 % of patients with synovial sarcoma": the share of a figure, of the patients with a disease. */
const SHARE_OF_PATIENTS_WITH = new RegExp(`(?<!\\p{L})of\\s+(?:the\\s+)?((?:${wordsPattern(Object.keys(POP.patientsWith.nouns))})\\s+(?:with)\\s+)`, 'giu');
/** "recurrent or metastatic", "head and neck": a word joining two modifiers of one population. */
const PATIENTS_WITH_JOINS = new Set(POP.patientsWith.joins.words.map(lower));
/** "in PD-L1-positive patients": the patients' nouns, as words to find (each is then read leftwards for its modifiers). */
const PATIENT_NOUNS = new RegExp(`(?<![\\p{L}\\d-])(?:${wordsPattern(Object.keys(POP.patientsWith.nouns))})(?![\\p{L}\\d-])`, 'giu');
const NOT_MODIFIERS = new Set(POP.patientsWith.modified.notModifiers.map(lower));
/** Modifiers that name no group alone ("randomized patients"), only beside one that does ("evaluable randomized patients"). */
const ALONE_MODIFIERS = new Set(POP.patientsWith.modified.alone.words.map(lower));
/**
 * "for pts ≥65", "for <65 yrs", "(≥65)", "; <65: n=40": a group named by an age's threshold alone (binding.json
 * populations.thresholds), the sign, the number and its unit of years its name; no share, dose or other unit after it.
 * Without its unit the number has two or three digits, as ages have: "(<1)" in a count's bracket is a share.
 */
const TH = POP.thresholds;
const THRESHOLD_GROUP = new RegExp(`(?:(?<![\\p{L}\\d])(?:${wordsPattern(TH.before)})\\s*(?:(?:the|all)\\s+)?(?:(?:${wordsPattern(TH.nouns)})\\s+)?|[(;]\\s*|^\\s*)`
  + `([≥≤<>]\\s?(?:\\d{1,3}\\s?(?:${wordsPattern(TH.units)})(?![\\p{L}])|\\d{2,3}))(?![\\p{L}\\d%]|[.,]\\d)(?=\\s*(?:[)\\]:,;.]|$|(?:${wordsPattern(TH.after)})(?![\\p{L}])))`, 'giu');
/** What introduces modified patients: "in", "among", "for", with "the" perhaps, and their count perhaps ("in the 40 treatment-naive patients"). */
const MODIFIED_BEFORE = /(?:^|[^\p{L}])(?:in|among|for)\s+(?:the\s+)?(?:\d[\d,]*\s+)?$/iu;
/** "(NSCLC)": an abbreviation in parentheses right after a phrase names what the phrase names. */
const ABBREVIATION_AFTER = /^\s*\(\p{Lu}[\p{Lu}\d-]{1,11}\)/u;
/**
 * "Of 24 evaluable patients ..., 10 responded": a clause opened by the patients it counts in. A
 * capital "Of" or "Among" inside a sentence opens one too: English capitalises them only where a
 * sentence starts, so the span holds a line the layout joined to the one before ("Full story here
 * ⏎ Of the 40 patients dosed, ..."). "Of all treated patients (n=1,200), 600 ..." names them without a count.
 */
const OF_COUNTED = /(?:(?:^|[;:]\s*|,\s*)(?:[Oo]f|[Aa]mong)|(?<=\s)(?:Of|Among))\s+(?:(?:[Tt]he\s+|[Tt]hese\s+|[Aa]ll\s+)?(?=\d)|(?=[Aa]ll\s+\p{L}))/gu;
const PATIENT_NOUN = new RegExp(`(?<!\\p{L})(?:${wordsPattern(Object.keys(POP.patientsWith.nouns))})(?!\\p{L})`, 'iu');
/** "For patients who had two prior lines, ...", "In the relapsed patient group, ...": a phrase opening its sentence, up to its comma (binding.json frontedScope). */
const FRONTED_SCOPE = /^\s*(?:In|Among|For|Within|Across)\s+(?:the\s+)?([^,;:.()\d]{3,60}),/u;
/** The same phrase with its group's size in brackets before the comma: "For relapsed disease (n = 52),". */
const FRONTED_SIZED = /^\s*(?:In|Among|For|Within|Across)\s+(?:the\s+)?([^,;:.()\d]{3,60}?)\s*\(\s*[nN]\s?=\s?\d[\d,]*\s*\),/u;
const FRONTED_NOUN = new RegExp(`(?<!\\p{L})(?:${wordsPattern([...Object.keys(POP.patientsWith.nouns), ...POP.frontedScope.groupNouns])})(?!\\p{L})`, 'iu');
/** Words that end a population's modifiers, read leftwards from its head. */
const MODIFIER_STOPS = new Set(['the', 'a', 'an', 'in', 'among', 'for', 'within', 'across', 'of', 'and', 'or', 'with', 'this', 'these', 'that', 'its', 'their', 'our', 'was', 'were', 'is', 'are', 'by', 'at', 'from', 'to', 'on', 'per', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einer', 'einem', 'einen', 'un', 'une', 'im', 'la', 'le', 'les', 'dans', 'nella', 'nel', 'il']);
/** Names of analysis sets written as words apart ("intention to treat"), read as one modifier of a population. */
const ANALYSIS_SETS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(POP.analysisSetNames.words)})(?![\\p{L}])`, 'giu');
/** "Cohort 4", "cohort B", "Kohorte II": a named part. */
const POPULATION_ID = /^\s+(?:[A-Z]|\d{1,2}[A-Za-z]?|[IVX]{1,4})(?![\p{L}\d])/u;
/** What stands between a figure and the population it is about: "41 % in the", "12 of 30 patients among". */
const POPULATION_AFTER_GAP = /^[^\d;]{0,50}?(?:^|\s)(?:in|among|for|within|across|bei|unter|dans|nella|nel|nei)(?:\s+(?:the|der|den|die|la|le|les|all|alle))?\s*$/i;
const VERSUS_WORD = new RegExp(`(?:${VERSUS}|;)`, 'i');
/** Only an opening bracket between a figure and what follows it. */
const BRACKET_GAP = /^\s*\(\s*$/;

/**
 * The populations a sentence names, in order: a head noun with its modifiers ("the efficacy-
 * evaluable population"), a named part ("Cohort 2"), "among patients with bulky nodes", "subgroup of patients
 * with X". A phrase whose modifiers name an arm ("the placebo cohort", "the 3 mg/kg cohort", a drug's
 * cohort) is an arm, not a population.
 */
function populationMentions(normalized: string, s: Span, entities: Entity[], sentences?: readonly Span[]): Mention[] {
  // binding reads each sentence's populations twice (its figures' populations, then the populations
  // carried on): they depend on the text and on where entities of which kinds stand, which binding
  // never changes, so the first reading serves the second; the list is only ever read
  let kept = MENTIONS.get(entities);
  if (!kept || kept.normalized !== normalized) { kept = { normalized, bySpan: new Map() }; MENTIONS.set(entities, kept); }
  const key = spanKey(s);
  let out = kept.bySpan.get(key);
  if (!out) { out = readPopulationMentions(normalized, s, entities, sentences); kept.bySpan.set(key, out); }
  return out;
}

/** Each entity list's population mentions by sentence span, for the text they were read in. */
const MENTIONS = new WeakMap<Entity[], { normalized: string; bySpan: Map<number | string, Mention[]> }>();

/**
 * A span's key in a map: one number for both offsets (no string to build and hash for every figure's sentence), while
 * they fit in it exactly; two offsets of a text longer than that are written out. Two spans share a key only if they
 * share both offsets.
 */
const SPAN_KEY_BASE = 2 ** 26;
export function spanKey(s: Span): number | string {
  return s.end < SPAN_KEY_BASE && s.start >= 0 ? s.start * SPAN_KEY_BASE + s.end : `${s.start}:${s.end}`;
}

/**
 * A population a sentence's text names, offsets in the sentence, with the checks of the entities
 * around it still to make: `arm`, that no drug or dose stands in [start, arm); `counted`, that no
 * figure starts in [start, counted); `share`, that an indication ends the phrase and a figure
 * stands right before `share.at` (the phrase then ends with the indication).
 */
interface PopulationCandidate { start: number; end: number; name: string; arm?: number; counted?: number; share?: { at: number; xs: number } }

/**
 * The populations a sentence's text names, read from its text alone (see PopulationCandidate), in
 * the order readPopulationMentions gives them before sorting. Kept in the memo by the sentence's
 * text: every look it takes is within the sentence.
 */
function populationCandidates(t: string): PopulationCandidate[] {
  const out: PopulationCandidate[] = [];
  const memo = memoText(t);
  for (let mI = 0, mList = memo.matchAll(POPULATION_HEAD); mI < mList.length; mI++) { const m = mList[mI];
    const hs = m.index!, he = hs + m[0].length;
    const id = POPULATION_ID.exec(t.slice(he, Math.min(t.length, he + 8)));
    if (id) { out.push({ start: hs, end: he + id[0].length, name: t.slice(hs, he + id[0].length).replace(/\s+/g, ' ') }); continue; }
    // the modifiers: words right before the head, back to a function word or punctuation (at most four), never across a
    // line break (the reading text joins a paragraph's soft wraps: a break left is a row's, a heading's or an item's end)
    const wide = t.slice(Math.max(0, hs - 60), hs);
    const left = wide.slice(wide.lastIndexOf('\n') + 1);
    // (a head of two words names its population alone, right after a bracket too: "(safety set data)")
    const selfNamed = /\s/.test(m[0]);
    if (!/\s$/.test(left)) {
      if (selfNamed && /[(\[]$/.test(left)) out.push({ start: hs, end: he, name: m[0].replace(/\s+/g, ' '), arm: he });
      continue;
    }
    // "intention to treat", "per protocol": an analysis set's name is one modifier, its inner function words no stop
    const tokens = [...left.replace(ANALYSIS_SETS, m => m.replace(/\s/g, '-')).matchAll(/\S+/g)];
    let start = hs, count = 0;
    for (let k = tokens.length - 1; k >= 0 && count < 4; k--) {
      const tok = tokens[k][0];
      // (a threshold's sign between a measure and its number is one modifier with them: "score > 2 subgroup")
      const sign = /^[<>\u2264\u2265]=?$/.test(tok) && k + 1 < tokens.length && /^\d/.test(tokens[k + 1][0]) && k > 0 && /^\p{L}/u.test(tokens[k - 1][0]);
      if (!sign && (/[,;:.]$/.test(tok) || MODIFIER_STOPS.has(lower(tok)) || !/^[\p{L}\d(]/u.test(tok))) break;
      start = hs - left.length + tokens[k].index!;
      count++;
      // (an opening bracket opens the phrase, and is no part of it unless the bracket closes in it: "rates by dose (full
      // analysis set)", "the intention-to-treat (ITT) population")
      if (tok.startsWith('(')) { if (!tok.includes(')')) start++; break; }
    }
    if (count === 0 && !selfNamed) continue;
    const phrase = t.slice(start, he);
    if (namesNoPopulation(phrase)) continue;
    // "the ALK-positive subgroup" names the subgroup "ALK-positive" (the subgroup reading's convention)
    const name = /^sub(?:group|population|set)s?$/i.test(m[0]) ? t.slice(start, hs).trim() : phrase;
    out.push({ start, end: he, name: name.replace(/\s+/g, ' '), arm: he });
  }
  // "in der FAS-Population", "in the mITT-population": a head written onto its modifier names its population
  for (let mI = 0, mList = memo.matchAll(HYPHENED_HEAD); mI < mList.length; mI++) { const m = mList[mI];
    if (!TWO_CAPITALS.test(m[1]) || NOT_POPULATION.has(lower(m[1]))) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, name: m[0], arm: m.index! + m[0].length });
  }
  const withMatches = memo.matchAll(PATIENTS_WITH).map(m => ({ m, share: false }));
  for (let mI = 0, mList = memo.matchAll(SHARE_OF_PATIENTS_WITH); mI < mList.length; mI++) { const m = mList[mI]; withMatches.push({ m, share: true }); }
  for (let itemI2 = 0, withMatches_ = withMatches; itemI2 < withMatches_.length; itemI2++) { const { m, share } = withMatches_[itemI2];
    const ps = m.index! + m[0].length - m[1].length;
    const xs = m.index! + m[0].length;
    const limit = Math.min(t.length, xs + 80);
    const rest = t.slice(xs, limit);
    let end = xs;
    // the end before a joining word ("head | and neck"): kept unless the phrase then ends at punctuation or with the sentence
    let held = -1;
    let closed = limit === t.length;
    // (a bracket written onto a word is the word's: "del(17p)", "t(11;14)", "KRAS(G12C)")
    for (const w0 of rest.matchAll(/[^\s,;.()]+(?:\([^()\s]{1,12}\)[^\s,;.()]*)?|[,;.()]/g)) {
      const w = w0[0];
      if (/^[,;.()]$/.test(w)) { closed = true; break; }
      if (end > xs && held < 0 && PATIENTS_WITH_JOINS.has(lower(w))) { held = end; continue; }
      if (PATIENTS_WITH_STOPS.has(lower(w)) || (held >= 0 && /\d/.test(w))) { closed = false; break; }
      end = xs + w0.index! + w0[0].length;
    }
    if (held >= 0 && !closed) end = held;
    const abbreviation = ABBREVIATION_AFTER.exec(t.slice(end, Math.min(t.length, end + 16)));
    if (abbreviation) end += abbreviation[0].length;
    if (share) out.push({ start: ps, end, name: '', share: { at: m.index!, xs } });
    else if (end - xs >= 3) out.push({ start: ps, end, name: t.slice(ps, end).replace(/\s+/g, ' ') });
  }
  // "in PD-L1-positive patients": one to three modifiers, after "in", "among" or "for"; none that counts or points
  for (let mI = 0, mList = memo.matchAll(PATIENT_NOUNS); mI < mList.length; mI++) { const m = mList[mI];
    const hs = m.index!, he = hs + m[0].length;
    const left = t.slice(Math.max(0, hs - 60), hs);
    if (!/\s$/.test(left)) continue;
    const tokens = [...left.matchAll(/\S+/g)];
    let start = hs, count = 0, k = tokens.length - 1;
    for (; k >= 0 && count < 3; k--) {
      const tok = tokens[k][0];
      if (/[,;:.]$/.test(tok) || MODIFIER_STOPS.has(lower(tok)) || !/^[\p{L}(]/u.test(tok)) break;
      start = hs - left.length + tokens[k].index!;
      count++;
      // (an opening bracket opens the phrase, and is no part of it unless the bracket closes in it: "rates by dose (full
      // analysis set)", "the intention-to-treat (ITT) population")
      if (tok.startsWith('(')) { if (!tok.includes(')')) start++; break; }
    }
    if (count === 0 || !MODIFIED_BEFORE.test(t.slice(Math.max(0, start - 12), start))) continue;
    const words = modifierWords(t.slice(start, hs));
    // ("among all dosed participants": "all" before modifiers that say only that they took part names that whole set,
    // as against a part of it the text names too)
    const wholeSet = words.length >= 2 && lower(words[0]) === 'all' && words.slice(1).every(w => ALONE_MODIFIERS.has(lower(w)));
    if (!wholeSet && (words.some(w => NOT_MODIFIERS.has(lower(w)) || NOT_POPULATION.has(lower(w))) || words.every(w => ALONE_MODIFIERS.has(lower(w))))) continue;
    out.push({ start, end: he, name: t.slice(start, he).replace(/\s+/g, ' '), arm: he, counted: hs });
  }
  // "Of 24 evaluable patients treated for at least 8 weeks, 10 (42 %) ...": the patients the clause counts in
  for (let mI = 0, mList = memo.matchAll(OF_COUNTED); mI < mList.length; mI++) { const m = mList[mI];
    const from = m.index! + m[0].length;
    // (a comma between digits is a thousands separator, "(n=1,240)"; the phrase's own words end at a bracket)
    const comma = t.slice(from, Math.min(t.length, from + 80)).search(/[;:]|,(?!\d{3}(?!\d))/);
    if (comma < 0) continue;
    const bracket = t.slice(from, from + comma).indexOf('(');
    const phrase = t.slice(from, from + (bracket > 0 ? bracket : comma)).trimEnd();
    if (!PATIENT_NOUN.test(phrase) || /\.(?!\d)/.test(phrase)) continue;
    out.push({ start: from, end: from + phrase.length, name: phrase.replace(/\s+/g, ' ') });
  }
  // a phrase opening the sentence with its size in brackets ("For relapsed disease (n = 52), ..."): the size counts
  // people, so the phrase names a group of them, the sentence's population
  const sized = FRONTED_SIZED.exec(t);
  const sizedWords = sized ? modifierWords(sized[1]) : [];
  if (sized && !out.some(c => c.start < sized.index + sized[0].length) && !sizedWords.some(w => NOT_POPULATION.has(lower(w))) && !MODIFIER_STOPS.has(lower(sizedWords[0] ?? ''))) {
    const start = sized.index + sized[0].indexOf(sized[1]);
    out.push({ start, end: start + sized[1].length, name: sized[1].replace(/\s+/g, ' '), arm: start + sized[1].length });
  }
  // a phrase of people or groups opening the sentence, none of the above inside it, is the sentence's population
  const fronted = FRONTED_SCOPE.exec(t);
  if (fronted) {
    const start = fronted.index + fronted[0].length - 1 - fronted[1].length, end = start + fronted[1].length;
    const noun = FRONTED_NOUN.exec(fronted[1]);
    // (the words before the noun modify it: none that counts or points, "the bulk of subjects", "in all patients")
    const before = noun ? fronted[1].slice(0, noun.index).split(/[\s-]+/).filter(Boolean).map(lower) : [];
    if (noun && !out.some(c => c.start < end && c.end > start) && !namesNoPopulation(fronted[1])
      && !before.some(w => NOT_MODIFIERS.has(w) || MODIFIER_STOPS.has(w))) out.push({ start, end, name: fronted[1].replace(/\s+/g, ' '), arm: end });
  }
  for (let mI = 0, mList = memo.matchAll(THRESHOLD_GROUP); mI < mList.length; mI++) { const m = mList[mI];
    const start = m.index! + m[0].length - m[1].length;
    out.push({ start, end: start + m[1].length, name: m[1].replace(/\s+/g, ' ') });
  }
  for (let mI = 0, mList = memo.matchAll(SUBGROUP); mI < mList.length; mI++) { const m = mList[mI];
    const start = m.index!;
    const name = (m[1] ?? m[2]).trim().replace(/^(?:patients\s+with\s+)/i, '');
    // "in the subgroup of ...", the phrase after it too long to read: "the" names no subgroup
    if (MODIFIER_STOPS.has(lower(name))) continue;
    out.push({ start, end: start + m[0].length, name });
  }
  return out;
}

/**
 * The sentence's populations: those its text names (populationCandidates, kept per sentence text),
 * less those the entities around them rule out. Same list, same order, as reading it all at once.
 */
function readPopulationMentions(normalized: string, s: Span, entities: Entity[], sentences?: readonly Span[]): Mention[] {
  const memo = sentences ? memoSpanText(normalized, sentences, s) : memoText(normalized.slice(s.start, s.end));
  const out: Mention[] = [];
  const armInside = (start: number, end: number) => {
    for (let k = firstFrom(entities, start); k < entities.length && entities[k].start < end; k++) {
      const e = entities[k];
      if (e.start >= start && (e.kind === 'drug' || (e.kind === 'figure' && e.figureKind === 'dose'))) return true;
    }
    return false;
  };
  /** The end of the last indication inside [start, end), or -1. */
  const indicationIn = (start: number, end: number) => {
    let last = -1;
    for (let k = firstFrom(entities, start); k < entities.length && entities[k].start < end; k++) if (entities[k].kind === 'indication' && entities[k].end <= end) last = entities[k].end;
    return last;
  };
  const figureEndsBefore = (at: number) => {
    const k = firstFrom(entities, at) - 1;
    if (k < 0) return false;
    const e = entities[k];
    return e.kind === 'figure' && e.end <= at && /^[\s)]*(?:\([^()]{0,12}\))?\s*$/.test(normalized.slice(e.end, at));
  };
  for (let cI = 0, cList = memo.read(populationCandidates); cI < cList.length; cI++) { const c = cList[cI];
    const start = s.start + c.start;
    let end = s.start + c.end;
    if (c.arm !== undefined && armInside(start, s.start + c.arm)) continue;
    if (c.counted !== undefined) {
      let counted = false;
      for (let k = firstFrom(entities, start); k < entities.length && entities[k].start < s.start + c.counted; k++) if (entities[k].kind === 'figure') counted = true;
      if (counted) continue;
    }
    if (c.share) {
      // "50 % (8/16) of patients with synovial sarcoma": a share of the patients with a disease; "12 % of patients
      // with a rash" counts an outcome, so the phrase must name an indication, and a figure must stand right before "of"
      const disease = indicationIn(s.start + c.share.xs, end);
      if (disease < 0 || !figureEndsBefore(s.start + c.share.at)) continue;
      // the disease names them; what follows it is the clause's verb ("... exhibited a response")
      end = disease;
      if (end - (s.start + c.share.xs) >= 3) out.push({ start, end, name: normalized.slice(start, end).replace(/\s+/g, ' ') });
      continue;
    }
    out.push({ start, end, name: c.name });
  }
  // "older (\u226565 yrs) vs. younger (<65 yrs)", then "for the older": a word the document defines by an age's
  // threshold in brackets names that group wherever it stands as one, by its threshold
  const defined = definedGroups(normalized);
  if (defined.size) {
    const text = normalized.slice(s.start, s.end);
    // (lower case keeps the offsets only where it keeps the length: "\u0130" lower-cases to two characters)
    const low = lower(text);
    if (low.length === text.length) for (const [word, name] of defined) {
      for (let at = low.indexOf(word); at >= 0; at = low.indexOf(word, at + word.length)) {
        const end = at + word.length;
        if (/[\p{L}\d-]/u.test(text[at - 1] ?? '') || /[\p{L}\d-]/u.test(text[end] ?? '')) continue;
        if (!DEFINED_BEFORE.test(text.slice(Math.max(0, at - 16), at)) || !DEFINED_AFTER.test(text.slice(end, end + 24))) continue;
        out.push({ start: s.start + at, end: s.start + end, name });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * An age's threshold in brackets, "(\u226565 yrs)", read where a bracket opens (sticky): the word right before it
 * ("older (\u226565 yrs)") is read backwards from there, so that the document is scanned once, bracket to bracket, and not
 * tried as a word at every letter.
 */
const DEFINED_THRESHOLD = new RegExp(`\\(\\s*([\u2265\u2264<>]\\s?\\d{1,3}(?:\\s?(?:${wordsPattern(TH.units)}))?)\\s*\\)`, 'iuy');
const WORD_OR_HYPHEN = /[\p{L}-]/u;
/** The word right before a bracket at `at`, past spaces: a run of letters and hyphens, 3 to 25 long, a letter first, no digit before it. */
function wordBefore(text: string, at: number): string | undefined {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = end;
  // (letters outside the basic plane are two code units: read by code point)
  while (start > 0) {
    const cp = text.codePointAt(start - 1) ?? 0;
    const prev = start >= 2 && cp >= 0xdc00 && cp <= 0xdfff ? String.fromCodePoint(text.codePointAt(start - 2)!) : text[start - 1];
    if (!WORD_OR_HYPHEN.test(prev)) break;
    start -= prev.length;
    if (end - start > 26) return undefined;
  }
  const word = text.slice(start, end);
  if ([...word].length < 3 || [...word].length > 25 || !/^\p{L}/u.test(word) || (start > 0 && /\d/.test(text[start - 1]))) return undefined;
  return word;
}
/** Words before such a group that scope it: "for the", "among", a bracket, a semicolon, the sentence's start. */
const DEFINED_BEFORE = new RegExp(`(?:(?<![\\p{L}])(?:${wordsPattern(TH.before)})\\s+(?:the\\s+)?|[(;]\\s*|^\\s*)$`, 'iu');
/** What follows such a group: a bracket, punctuation, the patients' noun or a verb (populations.thresholds.after). */
const DEFINED_AFTER = new RegExp(`^\\s*(?:[()\\]:,;.]|$|(?:${wordsPattern(TH.after)})(?![\\p{L}]))`, 'iu');
/** Words never defined so: the patients themselves, a unit, a function word. */
const NOT_DEFINED = new Set([...TH.nouns, ...TH.units, 'age', 'aged', 'ages'].map(lower));
let definedMemo: { normalized: string; groups: Map<string, string> } | undefined;
/** The words a document defines as groups by an age's threshold, lower-cased, each with its threshold's words. */
function definedGroups(normalized: string): Map<string, string> {
  if (definedMemo?.normalized === normalized) return definedMemo.groups;
  const groups = new Map<string, string>();
  for (let at = normalized.indexOf('('); at >= 0; at = normalized.indexOf('(', at + 1)) {
    DEFINED_THRESHOLD.lastIndex = at;
    const m = DEFINED_THRESHOLD.exec(normalized);
    if (!m) continue;
    const written = wordBefore(normalized, at);
    if (written === undefined) continue;
    const word = lower(written);
    if (NOT_DEFINED.has(word) || MODIFIER_STOPS.has(word)) continue;
    const name = m[1].replace(/\s+/g, ' ');
    // (a word defined two ways names no one group)
    if (groups.has(word) && groups.get(word) !== name) groups.set(word, ''); else groups.set(word, name);
  }
  for (const [w, n] of groups) if (!n) groups.delete(w);
  definedMemo = { normalized, groups };
  return groups;
}

/**
 * The population a figure is about: one named right after it ("41 % in the evaluable
 * population"), else the last named before it in the sentence, else the first named after it
 * in the same clause ("ORR of 50 % and CR rate of 30 % in Cohort 2").
 */
function populationOf(f: FigureEntity, mentions: Mention[], normalized: string, versusAt: Span[], pairEnd?: number): string | undefined {
  // mentions are sorted by start; one that holds the figure is about no figure inside it
  const a = firstFrom(mentions, f.end);
  const after = a < mentions.length ? mentions[a] : undefined;
  if (after && after.start - f.end <= 60 && POPULATION_AFTER_GAP.test(normalized.slice(f.end, after.start).replace(/\([^()]*\)/g, ''))) return after.name;
  // "71 years (≥65) and 52 years (<65)": a group in brackets right after a figure is the figure's
  if (after && BRACKET_GAP.test(normalized.slice(f.end, after.start))) return after.name;
  // "9.4 months versus 5.1 months in PD-L1-high patients": the phrase after a versus pair is about both its figures
  if (after && pairEnd !== undefined && after.start >= pairEnd && after.start - pairEnd <= 60
    && POPULATION_AFTER_GAP.test(normalized.slice(pairEnd, after.start).replace(/\([^()]*\)/g, ''))) return after.name;
  let b = firstFrom(mentions, f.start) - 1;
  while (b >= 0 && mentions[b].end > f.start) b--;
  if (b >= 0) return mentions[b].name;
  // (not one inside a bracket opened after the figure: "18 months, with a rate of 44 % (62 % in cohort A ...)" names the
  // bracket's own figures' group)
  if (after && !versusBetween(normalized, f.end, after.start, versusAt) && !CHANGED_TO_FIGURE.test(normalized.slice(f.end, after.start))
    && !/\([^)]*$/.test(normalized.slice(f.end, after.start))) return after.name;
  return undefined;
}
/**
 * "74 % efficacy overall, a figure that increased to 84 % in people aged 65 and above": a later figure the
 * text reaches by a verb of change (binding.json changedTo) is another value, and the population named
 * after it is that value's, not the first figure's.
 */
const CHANGED_TO_FIGURE = new RegExp(`(?<!\\p{L})(?:${wordsPattern(grammar.changedTo.stems)})\\p{L}*\\s(?:[^.;,\\d]{0,40}\\s)?to\\s*[~<>\u2248\u2264\u2265]?\\s*\\d`, 'iu');

/** Between a figure and the disease it is a result in: "in", "among", "of", perhaps "the" ("7 % in colorectal cancer"); a phrase of patients with the disease is read as a population. */
const DISEASE_AFTER_GAP = /^(?:\s*\([^()]*\))?\s*(?:in|among|of|bei|chez|dans|nel|nella)\s+(?:(?:the|all)\s+)?$/i;

/**
 * "an ORR of 7 % in colorectal cancer", "10 % of hematological cancers": a disease named right after
 * the figure is the population it was measured in (the patients with it), as written, before a
 * population named earlier in the sentence. The next entity of the sentence must be that disease.
 */
function diseaseAfter(entities: Entity[], i: number, to: number, normalized: string): string | undefined {
  const f = entities[i], e = i + 1 < to ? entities[i + 1] : undefined;
  if (!e || e.kind !== 'indication' || e.start - f.end > 40 || !DISEASE_AFTER_GAP.test(normalized.slice(f.end, e.start))) return undefined;
  return normalized.slice(e.start, e.end).replace(/\s+/g, ' ');
}

/** A comparison word in a financial sentence: VERSUS_WORD, and the words of binding.json periodComparison ("contre", "jämfört med"). */
const PERIOD_VERSUS = new RegExp(`(?:${VERSUS}|;|(?<!\\p{L})(?:${wordsPattern(grammar.periodComparison.words)})(?!\\p{L})`
  + `|(?<!\\p{L})(?:${wordsPattern(grammar.periodComparison.beforeNumber.words)})(?=\\s*[-\u2013\u2212+]?\\s*(?:\\p{Sc}\\s*)?\\d))`, 'iu');
const PERIOD_VERSUS_ALL = new RegExp(PERIOD_VERSUS.source, 'giu');
/** A comparison word, or a word of change before an earlier value ("up from"; binding.json periodComparison.changedFrom). */
const CHANGED_OR_COMPARED = new RegExp(`${PERIOD_VERSUS.source}|(?<!\\p{L})(?:${wordsPattern(grammar.periodComparison.changedFrom)})(?!\\p{L})`, 'iu');

/** VERSUS_WORD anywhere in the document, and at the start of a text. */
const VERSUS_WORDS = new RegExp(VERSUS_WORD.source, 'gi');
const VERSUS_WORD_FIRST = new RegExp(`^(?:${VERSUS_WORD.source})`, 'i');

/**
 * Whether a comparison word stands between two offsets (as `VERSUS_WORD.test` on the text between
 * them), from the document's matches (`versusAt`) beyond the first few characters, so that a
 * figure far from the next population does not rescan the text between.
 */
function versusBetween(normalized: string, from: number, to: number, versusAt: Span[]): boolean {
  if (VERSUS_WORD.test(normalized.slice(from, Math.min(to, from + 64)))) return true;
  if (to <= from + 64) return false;
  // past the first character a match sees the same word boundary in the document as between the offsets
  const k = firstFrom(versusAt, from + 1);
  return k < versusAt.length && versusAt[k].start < to && VERSUS_WORD_FIRST.test(normalized.slice(versusAt[k].start, Math.min(to, versusAt[k].start + 20)));
}

/** Control arms named by what they are rather than by a drug. */
const CONTROL = versusThen(String.raw`|\bover`, String.raw`\s+(?:(?:the|a|an)\s+)?(?:investigator's choice of\s+)?(standard[- ]of[- ]care|standard chemotherapy|chemotherapy|best supportive care|physician's choice|investigator's choice|active comparator|control)\b`);
/** "12.5 months in the chemotherapy arm", "12 % of the tovarimab group": a figure followed by the arm it belongs to (past an aside or two in brackets). */
const ARM_AFTER = /^(?:\s*\([^()]*\)){0,2}\s*(?:of patients\s+)?(?:in|for|with|among|on|receiving|of)\s+(?:the\s+)?([\p{L}][\p{L}\d +/'\u2019-]{0,40}?)\s+(?:arm|group|cohort|regimen)s?\b/iu;
/** "in group A", "for Arm 2", "in groep B" (binding.json arms.byId): an arm named by its letter or number, right after a figure. */
const ARM_ID = `(${wordsPattern(grammar.arms.byId.words)})\\s+([A-Z]|\\d{1,2}|[IVX]{1,4})(?![\\p{L}\\d])`;
const ARM_ID_BY = wordsPattern(grammar.arms.byId.prepositions);
const ARM_ID_AFTER = new RegExp(`^(?:\\s*\\([^()]*\\)){0,2}\\s*(?:${ARM_ID_BY})\\s+${ARM_ID}`, 'iu');
/** "In Arm A, the ORR was 45 %", "the rate in group A was 32 %": an arm named by its letter in a phrase before a result, in its clause. */
const ARM_ID_SCOPE = new RegExp(`(?:^|[^\\p{L}])(?:${ARM_ID_BY})\\s+${ARM_ID}`, 'giu');
/** The last arm-by-letter phrase before `at` in its stretch (back to a sentence's end, a semicolon or 120 characters), no comparison word after it. */
function armIdScopeBefore(normalized: string, at: number): RegExpExecArray | null {
  // (the stops looked for in the window only: a search back through the whole text would make a text without any quadratic)
  // (a reading of the window's text alone, kept by it: asked for most figures after every edit, of windows that mostly did not change)
  return readPiece(armIdScopeIn, normalized.slice(Math.max(0, at - 120), at));
}
function armIdScopeIn(window: string): RegExpExecArray | null {
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf(';'), window.lastIndexOf('\n'));
  const stretch = stop >= 0 ? window.slice(stop + 1) : window;
  if (!/\d|[A-Z]/.test(stretch)) return null;
  let last: RegExpExecArray | null = null;
  ARM_ID_SCOPE.lastIndex = 0;
  for (let m = ARM_ID_SCOPE.exec(stretch); m; m = ARM_ID_SCOPE.exec(stretch)) last = m;
  if (!last || VERSUS_WORD.test(stretch.slice(last.index + last[0].length))) return null;
  return last;
}
/** "in group A (n = 44)": the arm a figure in brackets right after it belongs to. */
const ARM_ID_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${ARM_ID_BY}|and)\\s+${ARM_ID}\\s*\\(\\s*$`, 'iu');
const armIdBefore = (text: string) => (text.trimEnd().endsWith('(') ? ARM_ID_BEFORE.exec(text) : null);
/** "not reached in the tovarimab arm (95% CI: 20.1 months, NE)", "placebo groups (12 %)": a figure in parentheses right after the arm it belongs to. */
const ARM_BEFORE = /(?:^|[^\p{L}])(?:in|for|with|among|on|of|and|between)\s+(?:the\s+)?([\p{L}][\p{L}\d +/'\u2019-]{0,40}?)\s+(?:arm|group|cohort)s?\s*\(\s*$/iu;
/** ARM_BEFORE's match, tried only on text that ends in "(" and white space as the expression's end requires (trimEnd takes what \s matches): most figures have none, and the expression, anchored at its end only, would be tried from every position. */
const armBefore = (text: string) => (text.trimEnd().endsWith('(') ? ARM_BEFORE.exec(text) : null);
/** "in der Impfstoffgruppe", "im Placeboarm": a German compound whose first part names the arm (binding.json arms.nouns). */
const ARM_COMPOUND_AFTER = /^(?:\s*\([^()]*\))?\s*(?:in der|in dem|im|bei der|unter der)\s+(\p{L}+?)-?(?:gruppe|arm)(?!\p{L})/iu;
/** Arms named by what they are rather than by a drug (binding.json arms.nouns): "the chemotherapy arm", "the vaccine group". */
const ARM_NOUNS = new Map(Object.keys(grammar.arms.nouns.words).map(w => [w.toLowerCase(), w]));
/**
 * Between a figure and a dose right after it that names its arm: "(", "for", "with tovarimab", "in the",
 * and the group the share is of: "of patients receiving", "of those taking", "of participants treated with".
 */
const DOSE_RIGHT_AFTER = /^\s*(?:\(\s*|,?\s*(?:of\s+(?:the\s+)?(?:patients|participants|subjects|those|people)\s+(?:(?:who\s+)?(?:received|receiving|taking|took|treated\s+with|given|on|randomi[sz]ed\s+to)\s+)(?:the\s+)?|(?:with|for|on|in|at|receiving|received|(?:were\s+)?(?:given|treated\s+with|dosed\s+(?:at|with)|randomi[sz]ed\s+to)|mit|bei|avec|sous)\s[\p{L}\d\s-]{0,30}))$/iu;

/**
 * "4.9 months for chemotherapy", "11.8 months with standard of care", "3.3 months for patients on
 * investigator's choice of chemotherapy": a control named right after the figure (lexicon/grammar/
 * binding.json) is its arm; one a drug is added to ("chemotherapy plus tovarimab") is no control.
 */
const CONTROL_AFTER = new RegExp(String.raw`^(?:\s*\([^()]*\))?,?\s*(?:with|for|on|in|under|receiving|mit|unter|avec|sous)\s+(?:(?:those|patients|participants|subjects)\s+(?:who\s+(?:received|were\s+given|were\s+treated\s+with|were\s+randomi[sz]ed\s+to)|randomi[sz]ed to|receiving|treated with|on|given)\s+)?(?:(?:the|a|der|la|le)\s+)?(${wordsPattern(Object.keys(grammar.arms.controls.words))})(?:\s*\([^()]{1,12}\))?(?:\s+(?:alone|allein|seule?))?(?![\p{L}\d-])(?!\s*(?:plus|\+|and|und|et|with|mit|avec|in combination)\b)`, 'iu');

/**
 * "12 % of patients randomized to", "120 of 200 patients assigned to", "of those treated with", "of participants who
 * received": after a figure, the group it counts named by what they were given; the name follows.
 */
const ASSIGNED_AFTER = /^(?:\s*\([^()]*\))?\s*(?:of\s+)?(?:(?:the|all)\s+)?(?:(?:patients|participants|subjects|those|people)\s+)?(?:who\s+(?:were\s+)?)?(?:(?:assigned|randomi[sz]ed|allocated)\s+to(?:\s+receive)?|receiving|treated\s+with|given|taking)\s+(?:the\s+)?(?=\S)/iu;
/** A group named by what it was given right after a figure: its arm, a drug's, placebo's or a control's. Whether it named one. */
function assignedArm(f: FigureEntity, after: string, entities: Entity[], normalized: string, mainDrug: string | undefined, decided: Decided): boolean {
  const m = execPiece(ASSIGNED_AFTER, after);
  if (!m || !/(?:patients|participants|subjects|those|people|assigned|randomi[sz]ed|allocated)/i.test(m[0]) && f.figureKind !== 'count') return false;
  const at = f.end + m[0].length;
  const rest = normalized.slice(at, at + 60);
  if (/^placebo(?![\p{L}\d-])/iu.test(rest)) { setArm(f, { placebo: true }, mainDrug, decided); return true; }
  const control = CONTROL_WORD_AT.exec(rest);
  if (control) { setArm(f, { label: control[0].toLowerCase().replace(/\s+/g, ' ') }, mainDrug, decided); return true; }
  const drug = entities.find(e => e.kind === 'drug' && e.start === at);
  if (!drug) return false;
  setArm(f, { drug: drug.name }, mainDrug, decided);
  f.binding.arm = drug.text;
  return true;
}
/** A control named at a text's start, the whole word (binding.json arms.controls). */
const CONTROL_WORD_AT = new RegExp(`^(?:${wordsPattern(Object.keys(grammar.arms.controls.words))})(?![\\p{L}\\d-])(?!\\s*(?:plus|\\+|and|with|in combination)\\b)`, 'iu');

/**
 * "21 % (chemotherapy)", "4.0 months (best supportive care alone)": a control named alone in the brackets right
 * after a figure, in a comparison (bindArmPhrases asks for a comparison word near it), is its arm.
 */
const CONTROL_IN_BRACKETS = new RegExp(String.raw`^\s*\(\s*(?:the\s+)?(${wordsPattern(Object.keys(grammar.arms.controls.words))})(?:\s+(?:alone|allein|seule?))?\s*[),;]`, 'iu');

/**
 * "the docetaxel arm achieved a median OS of 10.2 months", "Patients in the control group had a median PFS
 * of 4.1 months", "In the AB-101 arm, the ORR was 45 %": an arm named before the figure as its clause's
 * subject is the figure's arm, when nothing between opens another clause or comparison ("than", "versus",
 * a bracket, a stop) and no other figure or drug stands between. The last arm word in the 140 characters
 * before the figure is the one tried; the name is what follows its last "the".
 */
const ARM_NOUN_WORD = /\s(?:treatment\s+)?(?:arm|group|cohort)s?(?![\p{L}\d-])/giu;
const SUBJECT_ARM_NAME = /(?:^|[^\p{L}])the\s+([\p{L}][\p{L}\d +/-]{0,40}?)$/iu;
const SUBJECT_GAP_STOP = /[.;:()[\]]|\b(?:than|versus|vs|compared|relative|whereas|while|but|both|each|either|and|or|respectively)\b/i;
/** The last arm word in a stretch (a pure reading of it, kept by its text: testMemo's table of pieces). */
function lastArmNoun(seg: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  ARM_NOUN_WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ARM_NOUN_WORD.exec(seg)); ) last = m;
  return last;
}
function subjectArmBefore(entities: Entity[], normalized: string, f: FigureEntity): { named: string; at: number; explicit: boolean; aside?: boolean } | undefined {
  const lo = Math.max(0, f.start - 140);
  const seg = normalized.slice(lo, f.start);
  const last = readPiece(lastArmNoun, seg);
  if (!last) return undefined;
  const gapStart = lo + last.index + last[0].length;
  if (f.start - gapStart > 90) return undefined;
  const gap = normalized.slice(gapStart, f.start);
  // "the placebo arm reported nausea (14 %; n = 6)": a share or count in the brackets right after the noun it is of is said
  // of that noun in the clause the arm is the subject of; the bracket that opens before it opens no other clause
  // (a ratio or a p-value in brackets compares the arms: no one arm's)
  let aside = false;
  if (testPiece(SUBJECT_GAP_STOP, gap)) {
    const open = ASIDE_OPEN.exec(gap);
    if (!open || !ARM_ASIDE_KINDS.has(f.figureKind) || testPiece(SUBJECT_GAP_STOP, gap.slice(0, open.index))) return undefined;
    aside = true;
  }
  if (entitiesIn(entities, { start: gapStart, end: f.start }).some(e => e.kind === 'drug' || (isFigure(e) && !isLandmark(e)))) return undefined;
  const from = Math.max(0, last.index - 50);
  const n = execPiece(SUBJECT_ARM_NAME, seg.slice(from, last.index));
  if (!n) return undefined;
  // "the patients in the docetaxel arm": the name follows the last "the"
  const cut = n[1].search(/\bthe\s+(?!.*\bthe\s)/i);
  const named = cut >= 0 ? n[1].slice(cut).replace(/^the\s+/i, '') : n[1];
  return { named, at: lo + from + n.index + n[0].length - named.length, explicit: /\barms?$/i.test(last[0]), aside };
}
/**
 * Whether a figure at `to` goes on with the bracket a result of an arm ended in at `from`: in the same bracket after a
 * separator ("14 %; n = 6"), or in the bracket of the list's next item ("), rash (").
 */
function continuesAside(normalized: string, from: number, to: number): boolean {
  if (to - from > 80) return false;
  const gap = normalized.slice(from, to);
  const close = gap.indexOf(')');
  if (close < 0) return /^[\s;,]*$/.test(gap);
  return /^\s*$/.test(gap.slice(0, close)) && ASIDE_LIST_NEXT.test(gap.slice(close));
}
/** The bracket that opens right before a figure after a word: "nausea (" (subjectArmBefore). */
const ASIDE_OPEN = /(?<=\p{L})\s?\(\s*$/u;
/** The kinds of a result an arm's subject governs from inside a bracket after a noun. */
const ARM_ASIDE_KINDS = new Set(['percent', 'count', 'duration', 'other']);
/**
 * After a bracket that held an arm's result, the next item of the same list: "nausea (14 %), rash (9 %) and fatigue (" —
 * a comma or a join (binding.json listGroups.joins) and a few words, then the item's own bracket.
 */
const ASIDE_LIST_NEXT = new RegExp(`^\\)\\s*(?:,\\s*(?:(?:${wordsPattern(grammar.listGroups.joins)})\\s+)?|\\s+(?:${wordsPattern(grammar.listGroups.joins)})\\s+)\\p{L}[\\p{L} /'\u2019-]{0,40}?\\s?\\(\\s*$`, 'iu');

/** "in the TZ arm": a regimen written as an acronym (two capitals or more) names the arm. */
const ACRONYM_ARM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\d][\p{L}\d+/-]{1,11}$/u;

interface Arm { placebo?: boolean; drug?: string; dose?: string; /** A control arm that is no drug entity: "chemotherapy", "standard of care". */ label?: string; n?: number; /** The count that gave the arm's size. */ size?: FigureEntity; /** A last column of a statistic over the arms ("Interaction P"), no arm of its own. */ statistic?: boolean }

/** "the TZ arm", "both arms": a sentence that speaks of a trial's arms. */
const ARM_WORD = /\barms?\b/i;

/** Where a figure's arm came from: text that names it outright outranks what a neighbour suggests. */
type Decided = Set<FigureEntity>;

/**
 * Binds each figure to its endpoint, drug, arm, time point and n: first from its own sentence,
 * then from the document's structure (see the file comment).
 */
export function bindFigures(entities: Entity[], sentences: Span[], normalized: string, tables: readonly DocTable[] = []): void {
  drain(bindFigureSteps(entities, sentences, normalized, tables));
}

/** The endpoint a whole label names by one of the lexicon's names ("Complete response", "ACR20"), if any. */
export type LabelEndpoint = (label: string) => string | undefined;

/**
 * The binding passes one after another, yielding between them: the server gives the event loop back
 * at a yield when its time slice is spent (see Analyzer.analyzeAsync), so no one pass over a large
 * document holds up other requests for all of them. The passes run in the same order either way.
 */
export function* bindFigureSteps(entities: Entity[], sentences: Span[], normalized: string, tables: readonly DocTable[] = [], labelEndpoint?: LabelEndpoint): Generator<void, void> {
  const mainDrug = primaryDrug(entities, normalized);
  const placebos: Span[] = [];
  for (let itemI2 = 0, itemList = paragraphMatches(PLACEBO_WORD, normalized); itemI2 < itemList.length; itemI2++) { const { match, index } = itemList[itemI2]; placebos.push({ start: index, end: index + match[0].length }); }
  const decided: Decided = new Set();
  yield;
  bindInSentence(entities, sentences, placebos, normalized, mainDrug, decided);
  carryEndpoints(entities, sentences, normalized);
  carryTimepoints(entities, sentences, normalized);
  bindRespectiveTimes(entities, sentences, normalized);
  carryPopulations(entities, sentences, normalized);
  // the populations read once for the two passes above serve no later step (nor a later binding of this list)
  MENTIONS.delete(entities);
  yield;
  const figures = entities.filter(isFigure);
  const heads = companionHeads(figures, normalized);
  const arms = documentArms(entities, placebos, normalized);
  // "placebo (n = 46)": the size is the placebo arm's; "(n = 38 each)" belongs to no single arm
  const sizeUses = new Map<FigureEntity, number>();
  for (let aI2 = 0, arms_ = arms; aI2 < arms_.length; aI2++) { const a = arms_[aI2]; if (a.size) sizeUses.set(a.size, (sizeUses.get(a.size) ?? 0) + 1); }
  for (let aI2 = 0, arms_ = arms; aI2 < arms_.length; aI2++) { const a = arms_[aI2]; if (a.size && sizeUses.get(a.size) === 1) {
    setArm(a.size, a, mainDrug, decided);
    // "AB-101 (n = 70) versus placebo (n = 71)": a drug's arm beside another arm is the drug's arm, named by its drug
    if (a.drug && !a.dose && !a.size.binding.arm && arms.some(o => o !== a && (o.placebo || o.label || (o.drug && o.drug !== a.drug)))) a.size.binding.arm = a.drug;
  } }
  yield;
  bindTables(entities, figures, normalized, tables, mainDrug, decided);
  const docComparator = documentComparator(entities, arms, placebos, normalized);
  yield;
  bindArmPhrases(figures, entities, normalized, mainDrug, decided);
  bindArmCompounds(figures, entities, sentences, normalized, mainDrug, decided);
  bindDoseLevelArms(figures, entities, sentences, normalized, decided);
  bindArmAbbreviations(figures, entities, normalized, decided);
  yield;
  bindRespectively(entities, sentences, placebos, heads, arms, normalized, mainDrug, decided, docComparator);
  yield;
  bindVersusPairs(entities, sentences, placebos, heads, normalized, mainDrug, decided, docComparator);
  bindParallelArms(entities, sentences, placebos, normalized, mainDrug, decided);
  bindArmsBeforeBracket(entities, sentences, placebos, normalized, mainDrug, decided);
  bindComparedLists(entities, sentences, heads, normalized);
  yield;
  bindByArmSize(figures, arms, decided);
  bindOwnDoses(figures, normalized);
  bindArmModes(entities, normalized);
  bindContrasts(entities, sentences, placebos, normalized, mainDrug, docComparator);
  inheritFromHeads(figures, heads, decided);
  bindOwnSides(figures);
  yield;
  bindPeriods(figures, sentences, normalized);
  bindYears(figures, sentences, normalized);
  bindStatementPeriods(figures, normalized, tables);
  bindTrials(figures, entities, sentences, normalized);
  namedLabels(entities, figures, labelEndpoint);
  bindMeasures(figures, sentences, normalized);
  // a label read from the text ("insulin glargine", a drug's surface) may have been wrapped across
  // lines: a label is its words, one space between each, however the line fell
  for (let fI2 = 0, figures_ = figures; fI2 < figures_.length; fI2++) { const f = figures_[fI2]; for (let keyI = 0, keyList = ['arm', 'subgroup', 'timepoint'] as const; keyI < keyList.length; keyI++) { const key = keyList[keyI];
    const v = f.binding[key];
    if (v && /\s[\s]|[\t\n\r\u00a0]/.test(v)) f.binding[key] = v.replace(/\s+/g, ' ');
  } }
}


/**
 * "In the 2 mg group, ...", "patients treated with 8 mg twice daily": a dose names the arm it is given in, so a dose
 * that no reading gave an arm is its own arm's, where the document tells its arms apart by dose (two doses or more
 * of different values).
 */
const VOLUME_UNIT = /^(?:[m\u00b5\u03bc]?l|ml|cc)$/i;
function bindOwnDoses(figures: FigureEntity[], normalized: string): void {
  const doses = figures.filter(f => f.figureKind === 'dose' && typeof f.value === 'number');
  if (new Set(doses.map(f => `${f.value} ${f.unit}`)).size < 2) return;
  // (a dose bound to an endpoint, or a volume, is as often a result measured in a dose's unit, "FEV1 improved by 110 mL")
  for (let fI2 = 0, doses_ = doses; fI2 < doses_.length; fI2++) { const f = doses_[fI2]; if (f.binding.arm === undefined && f.binding.endpoint === undefined && !VOLUME_UNIT.test(f.unit)) f.binding.arm = doseLabel(f, normalized); }
}

/**
 * A figure measured in an arm: a result (bound to an endpoint, or a share, ratio, interval or
 * p-value) or a count of patients. A time point ("24-month"), a follow-up or a dose is none.
 */
function measuredInArm(f: FigureEntity): boolean {
  if (f.figureKind === 'count') return POPULATION.test(f.unit);
  if (isLandmark(f) || f.figureKind === 'date' || f.figureKind === 'money' || f.figureKind === 'dose') return false;
  return !!f.binding.endpoint || f.figureKind === 'percent' || f.figureKind === 'ratio' || f.figureKind === 'ci' || f.figureKind === 'pvalue';
}

const ARMS = grammar.arms;
/** Words that end a combination's partner: "in combination with cetuximab for the treatment of". */
const PARTNER_STOPS = /^(?:in|for|was|were|is|are|had|has|have|showed|demonstrated|achieved|who|which|that|the|a|an|as|at|to|versus|vs|of|on|by|f\u00fcr|zur|zum|bei|die|der|das|von|im|pour|dans|de|du|des|la|le|les|per|nel|nella|il)$/i;
/** "given as single agent", "monotherapy", "in combination with zelbotinib" (lexicon/grammar/binding.json). */
const ARM_MODE = new RegExp(`(?<![\\p{L}-])(?:(${wordsPattern(Object.keys(ARMS.alone))})(?![\\p{L}-])|(${wordsPattern(Object.keys(ARMS.combination))})\\s+)`, 'giu');

/**
 * "30 patients who received drugamab as a single agent ... ORR was 20 %", "patients treated
 * with drugamab in combination with cetuximab ... 41 %": the arm named so holds for the figures
 * after it in its paragraph (its line) until another arm is named. The combination arm is named with its
 * partner ("combination with zelbotinib"). Figures already given an arm keep it. Only a
 * document that names two ways or more has arms to tell apart; one way alone is its regimen.
 */
function bindArmModes(entities: Entity[], normalized: string): void {
  const modes: Mention[] = [];
  for (let itemI2 = 0, itemList = paragraphMatches(ARM_MODE, normalized); itemI2 < itemList.length; itemI2++) { const { match: m, index: at } = itemList[itemI2];
    if (m[1]) { modes.push({ start: at, end: at + m[0].length, name: m[1].toLowerCase().replace('-', ' ') }); continue; }
    const from = at + m[0].length;
    // the partner: the words after the phrase, up to punctuation or a clause word (at most four)
    let end = from, count = 0;
    for (const t of normalized.slice(from, from + 60).matchAll(/[^\s,;.()]+|[,;.()]/g)) {
      if (/^[,;.()]$/.test(t[0]) || PARTNER_STOPS.test(t[0]) || ++count > 4) break;
      end = from + t.index! + t[0].length;
    }
    // "with docetaxel and prednisone and ...": a conjunction ends no partner
    while (end > from) {
      const last = /(?:^|\s)(\S+)$/.exec(normalized.slice(from, end));
      if (!last || !/^(?:and|or|und|oder|et|ou|e|o|och|plus)$/i.test(last[1])) break;
      end -= last[0].length;
    }
    if (end > from) modes.push({ start: at, end, name: normalized.slice(at, end).replace(/^in\s+/i, '').replace(/\s+/g, ' ') });
  }
  // one way of giving the drug in the whole document is the study's regimen, not one arm among others
  if (new Set(modes.map(m => m.name.toLowerCase())).size < 2) return;
  let mi = -1;
  for (let fI = 0; fI < entities.length; fI++) { const f = entities[fI];
    if (!isFigure(f)) continue;
    while (mi + 1 < modes.length && modes[mi + 1].end <= f.start) mi++;
    // "the 45 patients who received drugamab as a single agent": the way named in the clause that
    // qualifies a count of patients is that count's arm, before the one named earlier
    const next = mi + 1 < modes.length ? modes[mi + 1] : undefined;
    if (next && !f.binding.arm && f.figureKind === 'count' && POPULATION.test(f.unit) && next.start - f.end <= 80
      && QUALIFYING_CLAUSE.test(normalized.slice(f.end, next.start))) { f.binding.arm = next.name; continue; }
    if (mi < 0 || f.binding.arm || !measuredInArm(f)) continue;
    const mode = modes[mi];
    if (normalized.slice(mode.end, f.start).includes('\n')) continue;
    f.binding.arm = mode.name;
  }
}

/** Between a count of patients and the way they were given the drug: "who received drugamab as a", "treated with drugamab". */
const QUALIFYING_CLAUSE = /^\s+(?:(?:who|that)\s+(?:received|were\s+(?:treated|given|dosed))|treated|receiving|given|dosed)\b[^.;:,\d()]{0,50}$/i;

const PER = grammar.periods;
const YEAR = String.raw`(?:19|20)\d\d`;
/** Reporting periods in words (lexicon/grammar/binding.json): "the third quarter of 2031", "year ended December 31, 2025", "Vorjahr", "in 2025". */
const PERIOD_WORDS = new RegExp([
  String.raw`(?<!\p{L})(?:${wordsPattern(PER.ended.words)})\s+ended\s+\p{L}+\.?\s+\d{1,2},?\s+${YEAR}`,
  String.raw`(?<!\p{L})(?:${wordsPattern(PER.ordinals.words)})\s+(?:(?:${wordsPattern(PER.ordinals.words)})\s+)?(?:${wordsPattern(Object.keys(PER.parts))})\p{L}{0,3}(?:\s+(?:(?:${wordsPattern(PER.yearOf.words)})\s+)?${YEAR})?`,
  String.raw`(?<!\p{L})(?:${wordsPattern(Object.keys(PER.years))})\p{L}{0,3}(?:\s*${YEAR})?`,
  String.raw`(?<!\p{L})(?:${wordsPattern(Object.keys(PER.relative))})\p{L}{0,9}`,
  String.raw`(?<!\p{L})(?:${wordsPattern(PER.yearPrepositions.words)})\s+(${YEAR})(?!\d)`,
].join('|'), 'giu');
/** Month names, English and those of numbers.json: "oktober-december", "January to March" name a reporting period, a year written or not. */
const MONTH_NAME = wordsPattern([...new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  ...Object.keys(numbersData.months).filter(k => !k.startsWith('$')).map(k => k.replace(/\.$/, ''))])]);
const MONTH_SPAN = new RegExp(String.raw`(?<!\p{L})(?:${MONTH_NAME})\s*(?:-|\u2013|\u2014|to|till?|bis|au|through)\s*(?:${MONTH_NAME})(?:\s+${YEAR})?(?![\p{L}\d])`, 'giu');
/** Periods written as codes, case-sensitive ("1h" is an hour): Q3 2025, 3Q25, H1 2025, FY2025, 9M 2025. */
const PERIOD_CODES = new RegExp(String.raw`(?<![\p{L}\d])(?:Q[1-4]|[1-4]Q|H[12]|[12]HY?|9M|FY)(?:\s*['\u2019]?(?:${YEAR}|\d\d))?(?![\p{L}\d])`, 'gu');

type Period = Mention & { /** Inside parentheses: "(prior year: USD 10 million)" speaks only of the figures in them. */ until?: number; /** "prior year", "Vorjahr": the comparison's period. */ relative?: boolean;
  /** A day or a month ("as of June 30, 2031"): the time of a sum in its own sentence, written before it or right after it; never carried on, never the report's. */ date?: boolean };
/** "prior year", "Vorjahr", "l'année précédente": a period named relative to the report's own. */
const RELATIVE_PERIOD = new RegExp(`^(?:${wordsPattern(Object.keys(PER.relative))})`, 'iu');
/** "sales rose 9 %", "Umsatz +12 Prozent": a sentence about a financial measure (lexicon/grammar/binding.json), matched at a word's start. */
export const FINANCIAL_MEASURE = new RegExp(`(?<!\\p{L})(?:${wordsPattern(PER.measures.words)})`, 'iu');
/** Words of a forecast rather than a result (dates.json comparisonPeriods.notActual): "guidance", "outlook", "expected". */
export const FORECAST = new RegExp(`(?<!\\p{L})(?:${wordsPattern(dateWords.comparisonPeriods.notActual)})(?!\\p{L})`, 'iu');
/** Whether a sentence names a financial measure (a pure reading of its text, kept with it). */
const namesFinancialMeasure = (sentence: string): boolean => FINANCIAL_MEASURE.test(sentence);
/** "net loss", "cash", "Umsatz", "trésorerie": a sentence about the company's accounts, whose sums are no drug's (binding.json companyMoney). */
const COMPANY_MONEY = new RegExp(`(?<!\\p{L})(?:${wordsPattern(grammar.companyMoney.words)})`, 'iu');
/** Between a figure and the period written right after it: words, no figure, no clause break ("for the matching period of"). */
const OWN_PERIOD_GAP = /^\s*(?:(?:for|in|during|at|as of|by|im|in|f\u00fcr|au|en|pour|i|f\u00f6r|under|over)\b[^\d,;.:()]{0,30})?$/i;
/** A report states its period in its headline or lead: a period named this early is the document's. */
const OPENING = 1000;

/** The index of the first span starting at or after `at` in spans sorted by start. */
function firstSpanFrom(spans: readonly Span[], at: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid].start < at) lo = mid + 1; else hi = mid; }
  return lo;
}

function periodsInText(normalized: string, s: Span, spans: readonly Period[] = [], sentences?: readonly Span[]): Period[] {
  // the spans are in document order: the sentence's are found by a binary search, not a scan of all
  const out: Period[] = [];
  for (let k = firstSpanFrom(spans, s.start); k < spans.length && spans[k].start < s.end; k++) if (spans[k].end <= s.end) out.push({ ...spans[k] });
  const inSpan = (a: number, b: number) => out.some(p => a < p.end && b > p.start);
  const memo = sentences ? memoSpanText(normalized, sentences, s) : memoText(normalized.slice(s.start, s.end));
  // the periods the sentence's text names (kept by its text), less those inside a span of dates or a period before them
  for (let cI = 0, cList = memo.read(periodCandidates); cI < cList.length; cI++) { const c = cList[cI];
    const start = s.start + c.start, end = s.start + c.end;
    if (inSpan(start, end)) continue;
    const p: Period = { start, end, name: c.name };
    if (c.relative) p.relative = true;
    if (c.until !== undefined) p.until = s.start + c.until;
    out.push(p);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The periods a sentence's text names, offsets in the sentence, in the order periodsInText takes
 * them: each expression's matches in turn. Read from the text alone (a parenthesis before a period
 * is looked for within the sentence, its closing one too, else the sentence's end is taken), so it
 * is kept in the memo by the sentence's text.
 */
function periodCandidates(t: string): Period[] {
  const out: Period[] = [];
  const memo = memoText(t);
  for (let reI = 0, reList = [PERIOD_WORDS, PERIOD_CODES, MONTH_SPAN]; reI < reList.length; reI++) { const re = reList[reI];
    for (let mI = 0, mList = memo.matchAll(re); mI < mList.length; mI++) { const m = mList[mI];
      const start = m.index!, end = start + m[0].length;
      const p: Period = { start, end, name: (m[1] ?? m[0]).replace(/\s+/g, ' ') };
      if (RELATIVE_PERIOD.test(m[0])) p.relative = true;
      if (/\(\s*$/.test(t.slice(Math.max(0, start - 3), start))) {
        const close = t.indexOf(')', end);
        p.until = close < 0 ? t.length : close;
      }
      out.push(p);
    }
  }
  return out;
}

/** "the trial", "this study", "die Studie": a trial's common noun (trials.json) with a determiner that points back (binding.json trialReference). */
const TRIAL_REFERENCE = new RegExp(`(?<!\\p{L})(?:${wordsPattern(grammar.trialReference.words)})(?:\\s+|(?<=['\\u2019]))(?:${wordsPattern(trialGrammar.nounsBefore.words)})(?!\\p{L})`, 'iu');

/** The start of the paragraph holding `pos` (after the last blank line before it), looked for at most 2,000 characters back. */
function paragraphStart(normalized: string, pos: number): number {
  const from = Math.max(0, pos - 2000);
  let at = from;
  for (const m of normalized.slice(from, pos).matchAll(/\n[ \t]*\n/g)) at = from + m.index! + m[0].length;
  return at;
}

/**
 * The trial a figure reports from, the top of its population: a trial named in its sentence (the
 * nearest before it, else the first after it), else the last named earlier in its paragraph, else
 * the document's only named trial. Dates are of no trial; sums only when their sentence names one
 * (a deal's or a report's money is the company's). Registry ids stand in only where no trial is named.
 */
function bindTrials(figures: FigureEntity[], entities: Entity[], sentences: Span[], normalized: string): void {
  const all = entities.filter(e => e.kind === 'trial');
  // a registry id ("NCT01234567", "EudraCT 2020-001234-56") is a trial's number, not its name
  const named = all.filter(e => (e as TrialEntity).facts.trialKind !== 'registry');
  const trials = named.length ? named : all;
  if (!trials.length) return;
  const names = new Set(trials.map(t => t.name));
  const only = names.size === 1 ? trials[0].name : undefined;
  const paragraphOf = paragraphLocator(normalized);
  let t = 0;
  for (let fI2 = 0, figures_ = figures; fI2 < figures_.length; fI2++) { const f = figures_[fI2];
    if (f.figureKind === 'date' || f.binding.trial) continue;
    while (t < trials.length && trials[t].end <= f.start) t++;
    const s = sentenceAt(sentences, f.start);
    const before = t > 0 ? trials[t - 1] : undefined;
    const after = t < trials.length ? trials[t] : undefined;
    const inSentence = s && before && before.start >= s.start ? before : s && after && after.start < s.end ? after : undefined;
    if (inSentence) { f.binding.trial = inSentence.name; continue; }
    if (f.figureKind === 'money') continue;
    if (before && paragraphOf(before.start) === paragraphOf(f.start)) f.binding.trial = before.name;
    else if (only) f.binding.trial = only;
    // "In the trial, ORR was 41 %": a paragraph that speaks of "the trial" reports from the trial named last before it
    else if (before && f.start - before.end <= 3000 && TRIAL_REFERENCE.test(normalized.slice(paragraphStart(normalized, f.start), f.start))) f.binding.trial = before.name;
  }
}

/** Between the two ends of a span of dates: "1 April to 30 June 2031", "1. april til 30. juni 2027". */
const WRITTEN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
export const DATE_SPAN_GAP = /^[ ]?(?:-|\u2013|\u2014|to|through|until|til|till|bis|au|\u00e0|tot)[ ]?$/i;
/**
 * Reporting periods written as dates: a span of months ("februari - maj 2031": one date figure) or two
 * dates joined as a span ("1. april til 30. juni 2027"). The text of the span names the period.
 */
function dateSpans(figures: FigureEntity[], normalized: string): Period[] {
  const out: Period[] = [];
  const dates = figures.filter(f => f.figureKind === 'date');
  for (let k = 0; k < dates.length; k++) {
    const f = dates[k];
    if (f.reading?.startsWith('a span of months')) { out.push({ start: f.start, end: f.end, name: normalized.slice(f.start, f.end).replace(/\s+/g, ' ') }); continue; }
    // "the first 9 months of 2031", "de første 9 måneder af 2031": a date that runs from the year's start is a period
    if (f.unit === 'months' && /^\d{4}-M\d{1,2}$/.test(f.iso ?? '')) { out.push({ start: f.start, end: f.end, name: normalized.slice(f.start, f.end).replace(/\s+/g, ' ') }); continue; }
    const g = dates[k + 1];
    // "1 januari 30 juni 2031", its dash lost when the page was flattened: a date without its year right before one
    // with it, nothing but a space between, shares that year and opens the span
    const bare = !!g && normalized.slice(f.end, g.start) === ' ' && !WRITTEN_YEAR.test(f.text) && WRITTEN_YEAR.test(g.text);
    if (g && f.unit === 'day' && g.unit === 'day' && (DATE_SPAN_GAP.test(normalized.slice(f.end, g.start)) || bare)) {
      out.push({ start: f.start, end: g.end, name: normalized.slice(f.start, g.end).replace(/\s+/g, ' ') });
      k++;
      continue;
    }
    // "as of June 30, 2031", "per 30 juni", "under april 2031": a day or a month a preposition makes the time of a sum
    // (named with its year, read where the text leaves it out, so the prior period's is named too)
    if ((f.unit === 'day' || f.unit === 'month') && DATE_PREPOSITION.test(normalized.slice(Math.max(0, f.start - 16), f.start))) {
      const text = normalized.slice(f.start, f.end).replace(/\s+/g, ' ');
      if (typeof f.value === 'number' && f.value >= 1900) out.push({ start: f.start, end: f.end, name: WRITTEN_YEAR.test(text) ? text : `${text} ${f.value}`, date: true });
    }
  }
  return out;
}
const DATE_PREPOSITION = new RegExp(`(?<!\\p{L})(?:${wordsPattern(PER.datePrepositions.words)})\\s+(?:(?:the|le|la)\\s+)?$`, 'iu');

/**
 * Financial figures take their reporting period as time point: "revenue rose 8 % to EUR 44
 * million in the third quarter". A money figure takes the period named nearest before it in its
 * sentence, else the first after it, else the last named earlier in its paragraph, else the
 * report's own period (the first period its headline or lead names: "Q1 2031 results"); a share or
 * other number with no endpoint, in a sentence about money, takes one only from its own sentence,
 * and in a report also from its paragraph or the report when its sentence is about money or a
 * financial measure ("sales rose 9 %"). A period inside parentheses belongs to the figures in them;
 * a relative period after the figure ("13 million, below the 16 million of the prior year")
 * belongs to the figure right before it, not across another, and is never carried on.
 */
function bindPeriods(figures: FigureEntity[], sentences: Span[], normalized: string): void {
  const spans = dateSpans(figures, normalized);
  const periodsIn = (n: string, s: Span) => periodsInText(n, s, spans, sentences);
  let carried: Period | undefined;
  let si = 0, periods: Period[] = [], periodsOf = -1;
  // the sentences that hold a money figure, by their start
  const moneyIn = new Set<number>();
  for (let gI = 0, figures_ = figures; gI < figures_.length; gI++) { const g = figures_[gI]; if (g.figureKind === 'money') { const gs = sentenceAt(sentences, g.start); if (gs) moneyIn.add(gs.start); } }
  // the sentences that hold a result a report gives: money, a share or a plain number
  const resultIn = new Set<number>();
  for (let gI = 0, figures_ = figures; gI < figures_.length; gI++) { const g = figures_[gI]; if (g.figureKind === 'money' || g.figureKind === 'percent' || g.figureKind === 'other') { const gs = sentenceAt(sentences, g.start); if (gs) resultIn.add(gs.start); } }
  // the report's own period: the first plain one named in its opening
  let reportPeriod: Period | undefined;
  for (let k = 0; k < sentences.length && sentences[k].start < OPENING && !reportPeriod; k++) {
    // a period of results: its sentence names money or a financial measure ("data expected in H2 2031" is a plan)
    const plain = periodsIn(normalized, sentences[k]).filter(p => p.until === undefined && !p.relative && !p.date && p.start < OPENING);
    // "Kvartalsrapport januari - mars 2031", "Q1 2031 results": a period that names a report is the report's, whatever its sentence holds
    const named = plain.find(p => namesReport(normalized, sentences[k], p));
    if (named) { reportPeriod = named; break; }
    if (!resultIn.has(sentences[k].start) && !FINANCIAL_MEASURE.test(normalized.slice(sentences[k].start, sentences[k].end))) continue;
    // (a forecast's period, "full year revenue guidance raised to ...", is no period reported on)
    if (FORECAST.test(normalized.slice(sentences[k].start, sentences[k].end))) continue;
    reportPeriod = plain[0];
  }
  let measureOf = -1, measure = false;
  for (let fi = 0; fi < figures.length; fi++) {
    const f = figures[fi];
    while (si < sentences.length && sentences[si].end <= f.start) {
      // the sentence's own period: "... for 2031, compared with $28 million for 2030" is about 2031; the period
      // after the comparison word is the comparison's, carried only when the sentence names no other
      const plain = (periodsOf === sentences[si].start ? periods : periodsIn(normalized, sentences[si])).filter(p => p.until === undefined && !p.relative && !p.date);
      const last = plain.filter((p, k) => !PERIOD_VERSUS.test(normalized.slice(k > 0 ? plain[k - 1].end : sentences[si].start, p.start))).pop();
      if (last) carried = last;
      si++;
    }
    const s = si < sentences.length && sentences[si].start <= f.start ? sentences[si] : undefined;
    if (!s) continue;
    if (periodsOf !== s.start) { periodsOf = s.start; periods = periodsIn(normalized, s); }
    if (carried && /\n[ \t]*\n/.test(normalized.slice(carried.end, f.start)) && !headsList(carried, f, normalized)) carried = undefined;
    if (f.binding.timepoint || f.binding.endpoint) continue;
    const money = f.figureKind === 'money';
    // a share or plain number is financial when its sentence speaks of money ("up 8 % to EUR 44 million");
    // patients and other counts keep no reporting period ("a trial in 140 patients in the first half of 2027")
    const share = f.figureKind === 'percent' || f.figureKind === 'other';
    if (!money && !share) continue;
    if (reportPeriod && measureOf !== s.start) { measureOf = s.start; measure = memoSpanText(normalized, sentences, s).read(namesFinancialMeasure); }
    const inReport = !!reportPeriod && (moneyIn.has(s.start) || (measureOf === s.start && measure));
    if (!money && !moneyIn.has(s.start) && !inReport) continue;
    const local = periods.find(p => p.until !== undefined && p.end <= f.start && f.end <= p.until);
    const open = periods.filter(p => p.until === undefined && !(p.start <= f.start && f.end <= p.end));
    const next = fi + 1 < figures.length ? figures[fi + 1] : undefined;
    const after = open.find(p => p.start >= f.end && !(p.relative && next && next.start < p.start));
    // a date after the figure is its time only written right after it ("USD 41 million as of June 30, 2031")
    const afterDate = !!after?.date;
    // "$41 million for the year ended December 31, 2031 compared with $28 million for the year ended
    // December 31, 2030": a period written right after the figure is its own, before one named earlier
    const own = after && (afterDate
      ? after.start - f.end <= 16 && DATE_PREPOSITION.test(normalized.slice(f.end, after.start))
      : (!(next && next.start < after.start) && OWN_PERIOD_GAP.test(normalized.slice(f.end, after.start))) || comparisonClause(f, after, s, open, normalized)) ? after : undefined;
    // "5.3 (0.6) MSEK": a bare number in parentheses after a figure is the comparison period's, which the text does not name
    const prev = fi > 0 ? figures[fi - 1] : undefined;
    const comparison = !!prev && /^\s*\(\s*$/.test(normalized.slice(prev.end, f.start)) && /^\s*\)/.test(normalized.slice(f.end, f.end + 3));
    // it is the same measure a year before: the figure before it, in the same unit, gives the period ("65.3 MSEK (58.1)",
    // "9.1 % (8.8)"); a sum in another currency in parentheses is a conversion, of no other period
    if (comparison && !local) {
      const its = prev!.binding.timepoint;
      if (its && prev!.figureKind === f.figureKind && prev!.unit === f.unit && !RELATIVE_PERIOD.test(its)) f.binding.timepoint = priorPeriod(its);
      continue;
    }
    // a period named after a comparison word that follows the figure is the comparison's ("3.6 million, against 2.4 million in the first half of 2030")
    const later = after && !afterDate && !PERIOD_VERSUS.test(normalized.slice(f.end, after.start)) ? after : undefined;
    // a date before the figure is the time of the first sum after it only ("as of June 30, 2031 cash was $41 million, up from $12 million")
    const sumBetween = (p: Period) => figures.slice(Math.max(0, fi - 8), fi).some(g => g.start > p.end && g.figureKind === 'money' && !/\(\s*$/.test(normalized.slice(Math.max(0, g.start - 2), g.start)));
    // (the sums after that first one are of its date when no comparison or change stands between and no period of
    // their own follows: "$9.1 million, $4.9 million of which was ...", its parts)
    const later0 = after && !afterDate && !PERIOD_VERSUS.test(normalized.slice(f.end, after.start)) ? after : undefined;
    const before = open.filter(p => p.end <= f.start && !(p.date && sumBetween(p) && (!!later0 || CHANGED_OR_COMPARED.test(normalized.slice(p.end, f.start))))).pop();
    const period = local ?? own ?? before ?? later ?? (money || inReport ? carried ?? reportPeriod : undefined);
    // "revenue was 3.6 million, against 2.4 million" with no period named for the second: the comparison's figure
    // is the same measure in the period before
    if (period && !local && !own && !period.relative && afterComparison(f, s, open, normalized)) f.binding.timepoint = priorPeriod(period.name);
    else if (period) f.binding.timepoint = period.name;
  }
}

/** A report's name (binding.json periods.reports), its words whole, its stems at a word's start. */
const REPORT_BEFORE = new RegExp(`(?<!\\p{L})(?:(?:${wordsPattern(PER.reports.words)})(?!\\p{L})|(?:${wordsPattern(PER.reports.stems)})\\p{L}*)[\\s,\u2013\u2014-]*(?:(?:for|of|f\u00fcr|f\u00f6r|pour|per|del|voor|om|for|til)\\s+(?:(?:the|das|den|le|la|det)\\s+)?(?:(?:period|perioden|periode|Zeitraum|p\u00e9riode)\\s+)?)?$`, 'iu');
const REPORT_AFTER = new RegExp(`^[\\s,]*(?:(?:financial|interim|earnings|operating|business)\\s+)?(?:(?:${wordsPattern(PER.reports.words)})(?!\\p{L})|(?:${wordsPattern(PER.reports.stems)}))`, 'iu');
/** Whether a period names its report: the report's name right before it ("Interim report for the period"), or right after it ("Q1 2031 results"). */
function namesReport(normalized: string, s: Span, p: Period): boolean {
  return REPORT_BEFORE.test(normalized.slice(Math.max(s.start, p.start - 60), p.start)) || REPORT_AFTER.test(normalized.slice(p.end, Math.min(s.end, p.end + 40)));
}

/** What ends a comparison clause before a figure: a semicolon, a sentence's full stop, or a comma and a new clause's conjunction. */
const CLAUSE_BREAK = /;|\.\s|,\s*(?:and|while|whereas|but|und|während|et|tandis|och|medan|og|mens)\s/i;

/**
 * "Net loss was $6.4 million, compared with net income of $4.3 million, or $0.07 per share": a figure in the
 * clause a comparison word opens (binding.json periodComparison too), with no period named in that clause
 * before it, is the comparison's.
 */
function afterComparison(f: FigureEntity, s: Span, open: Period[], normalized: string): boolean {
  const lead = normalized.slice(Math.max(s.start, f.start - 100), f.start);
  let at = -1, end = 0;
  // read up to the figure's end: a word that compares only before a number looks at it
  for (const m of normalized.slice(f.start - lead.length, f.end).matchAll(PERIOD_VERSUS_ALL)) if (m.index! < lead.length) { at = m.index!; end = at + m[0].length; }
  // "rose against 2030 by 36 %": a year after the comparison word is what it compares with; the figure is the change
  if (at < 0 || lead[at] === ';' || CLAUSE_BREAK.test(lead.slice(end)) || /(?<!\d)(?:19|20)\d\d(?!\d)/.test(lead.slice(end))) return false;
  const from = f.start - lead.length + at;
  return !open.some(p => p.start >= from && p.end <= f.start);
}

/**
 * "Financial summary July-September" on a line of its own, then the list under it ("- Revenue 5.1 MSEK"):
 * a period in a heading (a short line without a full stop) holds for the list items below it, over the
 * blank lines between, while every line between is blank or an item.
 */
function headsList(p: Period, f: FigureEntity, normalized: string): boolean {
  const lineStart = normalized.lastIndexOf('\n', p.start) + 1;
  const headEnd = normalized.indexOf('\n', p.end);
  if (headEnd < 0 || headEnd > f.start || headEnd - lineStart > 80 || /[.;!?]\s*$/.test(normalized.slice(lineStart, headEnd))) return false;
  const lines = normalized.slice(headEnd + 1, f.start).split('\n');
  // every line between, and the figure's own, is blank or a list item
  const fLine = normalized.slice(normalized.lastIndexOf('\n', f.start) + 1, f.start);
  return LIST_MARK.test(fLine) && lines.every(l => /^[ \t]*$/.test(l) || LIST_MARK.test(l));
}

/**
 * The same period a year before: "first quarter 2031" gives "first quarter 2030", "H1 31" "H1 30"; a period
 * without a year is named as the prior year's ("first quarter (prior year)").
 */
export function priorPeriod(label: string): string {
  let changed = false;
  const years = label.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/g, y => { changed = true; return String(Number(y) - 1); });
  if (changed) return years;
  const codes = label.replace(/((?:Q[1-4]|[1-4]Q|H[12]|[12]HY?|9M|FY)\s*['\u2019]?)(\d\d)(?!\d)/g, (_, code: string, y: string) => {
    changed = true;
    return code + String((Number(y) + 99) % 100).padStart(2, '0');
  });
  return changed ? codes : `${label} (prior year)`;
}

/**
 * "Net loss was $38 million for 2031, compared with a net loss of $3 million, or $0.06 per share, for
 * 2030": a comparison clause ends with its period, and every figure in it takes that period. The figure
 * stands after a comparison word, with no period between them, and the period closes the clause: no
 * comparison word, clause break or other period between the figure and it.
 */
function comparisonClause(f: FigureEntity, after: Period, s: Span, open: Period[], normalized: string): boolean {
  if (after.relative || after.start - f.end > 120 || /[;:]/.test(normalized.slice(f.end, after.start)) || PERIOD_VERSUS.test(normalized.slice(f.end, after.start))) return false;
  const lead = normalized.slice(Math.max(s.start, f.start - 120), f.start);
  let at = -1;
  for (const m of lead.matchAll(PERIOD_VERSUS_ALL)) at = m.index!;
  if (at < 0) return false;
  const from = f.start - lead.length + at;
  return !open.some(p => p.start >= from && p.end <= f.start);
}

/** "in 2031", "by 2035", "as of 2030": a bare year written as the time of what its sentence counts. */
const YEAR_AS_TIME = /(?:^|[^\p{L}])(?:in|by|during|through|until|as of|im|bis|en|d'ici|nel|entro|i|till)\s+$/iu;

/**
 * "the prevalence in 2031 is about 181,000 and will grow to 243,900 by 2036", "more than 410,000
 * deaths in 2029": a count of cases or deaths, or a plain number, is counted at the year its
 * sentence names for it: the year written right after it, else the one before it in the sentence,
 * else the first after it.
 * Counts of a trial's patients keep none (a trial's size is no yearly figure), nor figures with an
 * endpoint or a time point of their own.
 */
function bindYears(figures: FigureEntity[], sentences: Span[], normalized: string): void {
  let si = 0;
  let years: FigureEntity[] = [];
  let yearsOf = -1;
  for (let fi = 0; fi < figures.length; fi++) {
    const f = figures[fi];
    while (si < sentences.length && sentences[si].end <= f.start) si++;
    const s = si < sentences.length && sentences[si].start <= f.start ? sentences[si] : undefined;
    if (!s) continue;
    if (f.binding.timepoint || f.binding.endpoint || f.timepoint) continue;
    // a count of people read from a noun before it ("the prevalence ... at 181,000") is no trial's size
    const epidemiological = f.figureKind === 'count' && /noun named before it/.test(f.reading ?? '');
    if (f.figureKind !== 'other' && !(f.figureKind === 'count' && (!POPULATION.test(f.unit) || epidemiological))) continue;
    if (typeof f.value !== 'number' || f.value < 100) continue;
    if (yearsOf !== s.start) {
      yearsOf = s.start;
      years = [];
      for (let k = fi; k >= 0 && figures[k].start >= s.start; k--) if (isYear(figures[k], normalized)) years.unshift(figures[k]);
      for (let k = fi + 1; k < figures.length && figures[k].start < s.end; k++) if (isYear(figures[k], normalized)) years.push(figures[k]);
    }
    // "grow to 243,900 by 2036": a year written right after the figure is its own, before one named earlier
    const after = years.find(d => d.start >= f.end);
    const own = after && after.start - f.end <= 16 && YEAR_AS_TIME.test(normalized.slice(f.end, after.start)) ? after : undefined;
    const y = own ?? years.filter(d => d.end <= f.start).pop() ?? after;
    if (y) f.binding.timepoint = y.text;
  }
}

function isYear(d: FigureEntity, normalized: string): boolean {
  return d.figureKind === 'date' && /^(?:19|20)\d\d$/.test(d.text) && YEAR_AS_TIME.test(normalized.slice(Math.max(0, d.start - 12), d.start));
}

function setArm(f: FigureEntity, arm: Arm, mainDrug: string | undefined, decided: Decided): void {
  if (arm.placebo) { f.binding.arm = 'placebo'; f.binding.drug = undefined; }
  else if (arm.label) { f.binding.arm = arm.label; f.binding.drug = undefined; }
  else {
    const drug = arm.drug ?? (arm.dose ? f.binding.drug ?? mainDrug : undefined);
    if (drug) f.binding.drug = drug;
    if (arm.dose) f.binding.arm = arm.dose;
    else if (f.binding.arm === 'placebo') f.binding.arm = undefined;
  }
  decided.add(f);
}

/**
 * One predicate over the sorted entities, indexed once: the nearest entity that satisfies it
 * before or after any position, in one step instead of a walk.
 */
class NearestIndex {
  private readonly prev: Int32Array;
  private readonly next: Int32Array;

  constructor(entities: Entity[], test: (e: Entity) => boolean) {
    const n = entities.length;
    this.prev = new Int32Array(n + 1);
    this.next = new Int32Array(n + 1);
    let last = -1;
    for (let k = 0; k <= n; k++) { this.prev[k] = last; if (k < n && test(entities[k])) last = k; }
    let first = n;
    for (let k = n; k >= 0; k--) { if (k < n && test(entities[k])) first = k; this.next[k] = first; }
  }

  /** The last index in [from, i) that satisfies the predicate, or -1. */
  before(i: number, from: number): number { const k = this.prev[i]; return k >= from ? k : -1; }

  /** The first index in [i, to) that satisfies the predicate, or -1. */
  after(i: number, to: number): number { const k = i < this.next.length ? this.next[i] : -1; return k >= 0 && k < to ? k : -1; }
}

/** The index of the first span that starts at or after `pos` (spans sorted by start). */
function firstFrom(list: readonly Span[], pos: number): number {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * A sentence's entities: the run [from, to) of the sorted entities that start inside it, with what
 * its figures share, read once for all of them.
 */
interface SentenceRun {
  span: Span;
  from: number;
  to: number;
  populations: Mention[];
  /** Time points its figures may take (entity indices): those any figure may take, and those only a figure of one endpoint may. */
  timepoints?: { any: number[]; onlyFor: Map<string, number[]> };
  comparesArms?: boolean;
  drugNames?: Set<string>;
  /** The endpoint the state its shares are said to be in names ("were alive"), '' when none. */
  statePredicate?: string;
  /** The positions of the sentence's semicolons (clause breaks), ascending. */
  semicolons?: number[];
  /** Whether the sentence speaks of the company's accounts (binding.json companyMoney): read once per sentence. */
  companyMoney?: boolean;
}

/**
 * The durations of a sentence that state a time point for its other figures: "at 20 weeks", "at
 * week 44", a landmark ("12-month"). A landmark written right before an endpoint ("12-month OS =
 * 52 %") belongs to that endpoint: only a figure bound to it may take it.
 */
function sentenceTimepoints(run: SentenceRun, entities: Entity[], normalized: string): { any: number[]; onlyFor: Map<string, number[]> } {
  const any: number[] = [];
  const onlyFor = new Map<string, number[]>();
  for (let k = run.from; k < run.to; k++) {
    const e = entities[k];
    if (e.kind !== 'figure' || e.figureKind !== 'duration' || typeof e.value !== 'number') continue;
    // "at 20 weeks", "week 44", "9 months after dosing": a time point, for the sentence's other figures
    if (atTimeBefore(normalized, 0, e.start) || (!!e.timepoint && /^(?:day|week|month|year)/i.test(e.text))
      || AFTER_EVENT.test(normalized.slice(e.end, e.end + 12))) { any.push(k); continue; }
    // "at 9 months (HR 0.61), 12 months (HR 0.58) and 18 months (HR 0.55)": a duration joined to the time point
    // before it, the figures in parentheses after that one aside, is the list's next time point
    const last = any.length ? entities[any[any.length - 1]] : undefined;
    if (last && isFigure(last) && last.figureKind === 'duration' && last.unit === e.unit && e.start - last.end <= 120
      && TIME_LIST_GAP.test(normalized.slice(last.end, e.start).replace(/\s*\([^()]*\)/g, ''))) { any.push(k); continue; }
    if (!isLandmark(e) || LANDMARK_NOT.test(normalized.slice(e.end, e.end + 24))) continue;
    // entities never overlap: the first to start after this one is the next in the run
    const next = k + 1 < run.to ? entities[k + 1] : undefined;
    if (next && next.kind === 'endpoint' && TIMEPOINT_GAP.test(normalized.slice(e.end, next.start))) {
      const list = onlyFor.get(next.name) ?? [];
      list.push(k);
      onlyFor.set(next.name, list);
    } else any.push(k);
  }
  return { any, onlyFor };
}

/** "9 months after dosing", "12 weeks following the last dose": a time since an event. */
const AFTER_EVENT = /^\s+(?:after|following|post)\s+(?!\d)\p{L}/iu;
/** "At 72 weeks, ...", "At week 26, ...": a sentence opened by its time point, which frames what follows. */
const FRAME_OPENER = /(?:^|[^\p{L}\d,\s]\s*)\b(?:[Aa]t|[Bb]y|[Aa]fter|[Tt]hrough|[Nn]ach|[Bb]ei)\s+(?:the\s+)?$/u;
/** "a mean baseline HbA1c of 8.1 %", "body weight at baseline was 104 kg": the value before treatment. */
const BASELINE_BEFORE = /(?:\b(?:a|an|the|mean|median|average|overall)\s+baseline\s+(?:(?!in\b|to\b|at\b)[\p{L}\d-]+\s+){0,2}|\bbaseline\s+(?:(?!in\b|to\b|at\b|of\b)[\p{L}\d-]+\s+){1,2}|\bat\s+baseline\s+)(?:of|was|were|is|=|:)\s*$/iu;

/** Between an endpoint and the time point it is measured at, asides in parentheses taken out: "at", "by", "through", "after". */
const ENDPOINT_THEN_TIME = /^\s*(?:at|by|through|after)\s+(?:the\s+)?$/i;

/** A value measured at baseline, unless the baseline is what a change is measured against ("a rise relative to a baseline of"). */
/** The word every form of BASELINE_BEFORE holds, with its flags: a window without it is read no further (most figures' are). */
const BASELINE_WORD = /baseline/iu;
function atBaseline(normalized: string, at: number): boolean {
  const window = normalized.slice(Math.max(0, at - 48), at);
  if (!BASELINE_WORD.test(window)) return false;
  const m = BASELINE_BEFORE.exec(window);
  if (!m) return false;
  const before = normalized.slice(Math.max(0, at - 48 + m.index - 24), Math.max(0, at - 48) + m.index);
  return !/(?:relative to|compared (?:with|to)|over|versus|vs\.?|against)\s*$/i.test(before);
}

/** A result whose time point a frame may give: a share, ratio, interval, p-value, change or measured count; no duration, dose, date or money. */
function framedResult(f: FigureEntity): boolean {
  if (f.timepoint || f.binding.timepoint) return false;
  if (f.figureKind === 'count') return f.denominator !== undefined;
  return f.figureKind === 'percent' || f.figureKind === 'ratio' || f.figureKind === 'ci' || f.figureKind === 'pvalue' || f.figureKind === 'other';
}

/**
 * Time points that reach past their sentence, within its paragraph: "At 72 weeks, all doses
 * met the endpoint. The highest dose gave a loss of 12 %": a sentence opened by its time point frames
 * the results after it until another time point is named; "lowered HbA1c at week 30. ... HbA1c fell by
 * 1.4 %": a time point stated for an endpoint holds for that endpoint's later figures. And "a baseline
 * HbA1c of 8.1 %" is measured at baseline, whatever the sentence's time point.
 */
function carryTimepoints(entities: Entity[], sentences: Span[], normalized: string): void {
  let frame: string | undefined;
  let byEndpoint = new Map<string, string>();
  let prevEnd = 0;
  let si = -1;
  let sentenceHasTime = false;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    // a blank line ends the paragraph (a single line break may be a wrap)
    if (/\n[ \t]*\n/.test(normalized.slice(prevEnd, e.start))) { frame = undefined; }
    prevEnd = Math.max(prevEnd, e.end);
    while (si + 1 < sentences.length && sentences[si + 1].start <= e.start) {
      si++;
      // the sentence's own time points: a frame opening it, an endpoint's, or any other (which ends a frame)
      sentenceHasTime = false;
      const s = sentences[si];
      let opened: string | undefined;
      const inS = entitiesIn(entities, s);
      for (let k = 0; k < inS.length; k++) {
        const d = inS[k];
        if (!isFigure(d) || d.figureKind !== 'duration' || typeof d.value !== 'number') continue;
        const atTime = atTimeBefore(normalized, s.start, d.start) || (!!d.timepoint && /^(?:day|week|month|year)/i.test(d.text));
        if (!atTime && !isLandmark(d)) continue;
        if (FOLLOW_UP.test(normalized.slice(Math.max(0, d.start - 30), d.start))) continue;
        sentenceHasTime = true;
        const label = timeLabel(d.value, d.unit);
        if (atTime && FRAME_OPENER.test(normalized.slice(s.start, d.start)) && /^\s*,/.test(normalized.slice(d.end, d.end + 3))) opened = label;
        // "lowering HbA1c at week 30", "reaching ACR20 (a 20 % improvement) at week 24": the endpoint right before
        // the time point, an aside in parentheses perhaps between them (what it holds, figures too, is skipped)
        let j = k - 1;
        while (j > 0 && inS[j].kind !== 'endpoint' && k - j < 4) j--;
        const ep = j >= 0 ? inS[j] : undefined;
        if (atTime && ep && ep.kind === 'endpoint' && ENDPOINT_THEN_TIME.test(normalized.slice(ep.end, d.start).replace(/\s*\([^()]*\)/g, ''))) byEndpoint.set(ep.name, label);
      }
      frame = opened ?? (sentenceHasTime ? undefined : frame);
    }
    if (!isFigure(e)) continue;
    if (e.figureKind !== 'date' && e.figureKind !== 'dose' && e.figureKind !== 'money' && e.unit !== 'fold' && atBaseline(normalized, e.start)) {
      e.binding.timepoint = 'baseline';
      continue;
    }
    if (sentenceHasTime || !framedResult(e)) continue;
    const own = e.binding.endpoint !== undefined ? byEndpoint.get(e.binding.endpoint) : undefined;
    if (own) e.binding.timepoint = own;
    else if (frame) e.binding.timepoint = frame;
  }
}

/** "respectively", "respectivamente", "beziehungsweise": a word that pairs two lists in order (binding.json respectively). */
const RESPECTIVELY = new RegExp(`(?<!\\p{L})(?:${wordsPattern(grammar.respectively.words)})(?!\\p{L})`, 'iu');
/** Where a sentence says "respectively", or -1: a pure reading of its text, kept with it. */
const respectivelyAt = (sentence: string): number => sentence.search(RESPECTIVELY);
const RESPECTIVELY_ALL = new RegExp(RESPECTIVELY.source, 'giu');
/** Where a sentence says "respectively", each time (a sentence may pair two lists, clause by clause): kept with its text. */
const respectivelyAll = (sentence: string): number[] => { const out: number[] = []; for (const m of sentence.matchAll(RESPECTIVELY_ALL)) out.push(m.index!); return out; };

/** Between two time points of one coordinated list: "12 and 24 months", "6, 12 and 18 months". */
const TIME_LIST_GAP = /^,?\s*(?:and|or|und|oder|et|och|og)?\s*$|^,\s*$/i;

/**
 * "At 12 and 24 months, the rates were 77 % and 68 %, respectively", "OS rates were 70 % and 52 % at
 * one and two years, respectively": a list of time points and a list of as many results in a sentence
 * that says "respectively" pair in order, whatever time point lies nearest to each result. The time
 * points are durations joined as one list, the first introduced as a time ("at", "after", a landmark);
 * the results are the figures before "respectively" of the kind the last one has, as many as the times.
 */
function bindRespectiveTimes(entities: Entity[], sentences: Span[], normalized: string): void {
  for (let sI = 0; sI < sentences.length; sI++) { const s = sentences[sI];
    const at = memoSpanText(normalized, sentences, s).read(respectivelyAt);
    if (at < 0) continue;
    const cut = s.start + at;
    const inS = entitiesIn(entities, s).filter(e => e.end <= cut);
    // the first list of two or more durations joined by commas and "and"
    let times: FigureEntity[] = [];
    for (let k = 0; k < inS.length && times.length < 2; k++) {
      const d = inS[k];
      if (!isFigure(d) || d.figureKind !== 'duration' || typeof d.value !== 'number') { times = []; continue; }
      if (times.length === 0) {
        // ("the 6 and 12 mo PFS rates": the list's last time may be the landmark, its unit the list's)
        times = [d];
        continue;
      }
      if (!TIME_LIST_GAP.test(normalized.slice(times[times.length - 1].end, d.start))) { times = []; k--; continue; }
      times.push(d);
      for (let m = k + 1; m < inS.length; m++) {
        const n = inS[m];
        if (!isFigure(n) || n.figureKind !== 'duration' || !TIME_LIST_GAP.test(normalized.slice(times[times.length - 1].end, n.start))) break;
        times.push(n);
      }
    }
    if (times.length < 2 || new Set(times.map(t => t.unit)).size > 1) continue;
    // (the list opens at a time, or is a landmark: a time point's adjective, or right before the endpoint it dates, "12 mo PFS")
    const last = times[times.length - 1];
    const next = inS[inS.indexOf(last) + 1];
    const dates = !!next && next.kind === 'endpoint' && /^[\s-]*$/.test(normalized.slice(last.end, next.start));
    if (!atTimeBefore(normalized, s.start, times[0].start) && !times.some(isLandmark) && !dates) continue;
    const timeSet = new Set<Entity>(times);
    const results = inS.filter((e): e is FigureEntity => isFigure(e) && !timeSet.has(e) && (e.figureKind === 'percent' || e.figureKind === 'ratio' || e.figureKind === 'other'
      || (e.figureKind === 'count' && e.denominator !== undefined)) && !isAside(e, normalized));
    if (results.length < 2) continue;
    const kind = results[results.length - 1].figureKind;
    const list = results.filter(e => e.figureKind === kind && !Array.isArray(e.value));
    const k = times.length;
    if (list.length === k) { list.forEach((f, i) => { f.binding.timepoint = timeLabel(times[i].value, times[i].unit); }); continue; }
    // "at 24 and 36 months ... 21 % vs. 10 %, and 11 % vs. 5 %, respectively": a pair of arms at each time point, in the
    // times' order; "60 % and 34 % with AB-101 vs. 52 % and 28 % with placebo, respectively": a run over the times for
    // each arm. The word that joins the first two results tells which: a versus word the first, a list's join the second
    if (list.length % k !== 0 || list.length / k < 2 || list.length > 4 * k) continue;
    const join = normalized.slice(list[0].end, list[1].start).replace(/\([^()]*\)/g, ' ');
    const byTime = testPiece(VERSUS_GAP, join);
    const byArm = !byTime && TIME_LIST_GAP.test(join);
    if (!byTime && !byArm) continue;
    const m = list.length / k;
    list.forEach((f, i) => { const t = times[byTime ? Math.floor(i / m) : i % k]; f.binding.timepoint = timeLabel(t.value, t.unit); });
  }
}

/** A result an endpoint carried from an earlier sentence may measure: a share, ratio, interval, p-value, a median duration, a count out of a total. */
/** "55 % were women": a share whose copula names who the patients are (binding.json demographics). */
const DEMOGRAPHIC_AFTER = new RegExp(`^\\)?[ ](?:of (?:the )?(?:patients|participants|subjects) )?(?:were|was|are|waren|sind|\u00e9taient) (?:${wordsPattern(grammar.demographics.words)})(?![\\p{L}])`, 'iu');

function carriedResult(f: FigureEntity, normalized: string): boolean {
  if (f.timepoint || isLandmark(f)) return false;
  if (f.figureKind === 'percent' && DEMOGRAPHIC_AFTER.test(normalized.slice(f.end, f.end + 48))) return false;
  if (f.figureKind === 'duration') return !FOLLOW_UP.test(normalized.slice(Math.max(0, f.start - 30), f.start));
  if (f.figureKind === 'count') return f.denominator !== undefined;
  return f.figureKind === 'percent' || f.figureKind === 'ratio' || f.figureKind === 'ci' || f.figureKind === 'pvalue';
}

/**
 * "Tovarimab improved overall survival. The hazard ratio was 0.74 (95% CI 0.61-0.90)": a sentence
 * that names no endpoint continues the one before it in its paragraph, and its results measure the
 * endpoint that sentence was about, when that sentence names one alone (two leave the reader unsure
 * which). It reaches one sentence: a third sentence is as likely about something else.
 */
/** "Shares rose 12 %", "sales grew 9 %": a sentence about the company or its market (lexicon/grammar/binding.json), matched at a word's start. */
const OTHER_SUBJECT = new RegExp(`(?<!\\p{L})(?:${wordsPattern([...grammar.endpoints.otherSubjects.words, ...grammar.periods.measures.words])})`, 'iu');
/** Whether a sentence names another subject (a pure reading of its text, kept with it). */
const namesOtherSubject = (sentence: string): boolean => OTHER_SUBJECT.test(sentence);

/**
 * The sentences in order, each with what its place in the lines says: whether a blank line stands
 * before it (a new paragraph; a single line break may be a wrap), and whether it opens a list
 * item (a bullet or enumerator first on its line). The start of a sentence's line is found
 * scanning forward once through the text, the next line end kept, so a document of one long line
 * is not searched to its end per sentence.
 */
function* sentenceLines(sentences: Span[], normalized: string): Generator<{ s: Span; blank: boolean; item: boolean }> {
  let prevEnd = 0;
  let lineStart = 0;
  let nextNl = normalized.indexOf('\n');
  for (let sI = 0; sI < sentences.length; sI++) { const s = sentences[sI];
    const blank = /\n[ \t]*\n/.test(normalized.slice(prevEnd, s.start));
    prevEnd = Math.max(prevEnd, s.end);
    while (nextNl >= 0 && nextNl < s.start) { lineStart = nextNl + 1; nextNl = normalized.indexOf('\n', lineStart); }
    const item = s.start - lineStart <= 12 && /^[^\p{L}\p{N}]*$/u.test(normalized.slice(lineStart, s.start))
      && LIST_MARK.test(normalized.slice(lineStart, Math.min(s.end, lineStart + 12)));
    yield { s, blank, item };
  }
}

function carryEndpoints(entities: Entity[], sentences: Span[], normalized: string): void {
  let topic: string | undefined;
  // "Response rates (ORR) by dose:" then "- 10 mg: 22 %": a lead line that names one endpoint and ends in a
  // colon gives it to the list items under it, until a line that is no item (as carryPopulations reads a list)
  let list: string | undefined;
  let heading: string | undefined;
  // "Objective response" alone on its line, then "Patients with a response 4 9 12" and "Rate, % 20 45 60": a section
  // label of a table flattened into lines of a label and its values gives its endpoint to every row under it, whatever
  // the row's values are (its counts too), until a blank line, a line that is no such row, or another section label
  let section: string | undefined;
  for (const { s, blank, item } of sentenceLines(sentences, normalized)) {
    if (!item) list = undefined;
    // (a row: a sentence on one line that ends in two value cells or more, as the structure reads a table's row)
    // (the cells first: most sentences end in none, and then their text is not searched for a line end)
    const nl = trailingValueCells(normalized, s) >= 2 ? normalized.indexOf('\n', s.start) : s.start;
    const row = nl < 0 || nl >= s.end;
    if (blank || !row) section = undefined;
    // a heading ("Overall survival", on its own line) reaches over the blank line after it to the first sentence
    const before = item && list ? list : blank ? heading : topic;
    topic = undefined;
    heading = undefined;
    const from = firstFrom(entities, s.start);
    let to = from;
    const names = new Set<string>();
    let figures = false;
    while (to < entities.length && entities[to].start < s.end) { const e = entities[to]; if (e.kind === 'endpoint') names.add(e.name); else if (e.kind === 'figure') figures = true; to++; }
    if (names.size) {
      if (names.size === 1) topic = [...names][0];
      const text = normalized.slice(s.start, s.end).trim();
      if (topic && !figures && /:$/.test(text)) list = topic;
      else if (topic && !figures && text.length <= 60 && !/[.!?;,]$/.test(text) && !text.includes('\n')) { heading = topic; section = topic; }
      if (!row) continue;
    }
    // (a row that names one endpoint of its own, "Complete response 2 (10) 5 (25)" under "Best response", measures that one)
    if (section && row) {
      const own = names.size === 1 ? [...names][0] : names.size ? undefined : section;
      for (let k = from; k < to && own; k++) {
        const f = entities[k];
        if (isFigure(f) && f.binding.endpoint === undefined && f.figureKind !== 'date') f.binding.endpoint = own;
      }
      continue;
    }
    if (names.size) continue;
    if (!before || memoSpanText(normalized, sentences, s).read(namesOtherSubject)) continue;
    for (let k = from; k < to; k++) {
      const f = entities[k];
      if (isFigure(f) && f.binding.endpoint === undefined && carriedResult(f, normalized)) f.binding.endpoint = before;
    }
  }
}

/** "ORR was 40 % overall", "across all patients": a sentence about the whole population again. */
const WHOLE_POPULATION = new RegExp(`(?<![\\p{L}\\d-])(?:(?:${wordsPattern(POP.patientsWith.whole.closing)})(?=\\s*(?:[,;.)]|$))|(?:${wordsPattern(POP.patientsWith.whole.phrases)})(?![\\p{L}\\d-]))`, 'iu');
/** Whether a sentence's text (its trailing spaces dropped) names the trial's whole population: a pure reading, kept by the text. */
const namesWholePopulation = (sentence: string): boolean => WHOLE_POPULATION.test(sentence.trimEnd());
/** "Of the 40 patients dosed, ...", "In the per-protocol population, ...": what stands before a population that opens its sentence. */
const POPULATION_OPENER = /^[ \t]*(?:(?:of|among|in|for|within|across)(?:\s+(?:the|these|all))?(?:\s+\d[\d,]*)?\s*)?$/i;
/** After a population opening its sentence: its comma, the group's size in brackets perhaps before it ("For relapsed disease (n = 52),"). */
const SIZED_COMMA_AFTER = /^\s*(?:\(\s*[nN]\s?=\s?\d[\d,]*\s*\)\s*)?,/;
/** A capital "Of" or "Among" inside a sentence: a sentence the layout joined to the line before opens there (as OF_COUNTED reads it). */
const JOINED_OPENER = /\s(?:Of|Among)\s+(?:[Tt]he\s+|[Tt]hese\s+|[Aa]ll\s+)?$/u;

/**
 * Populations that reach past their sentence, as a reader carries them. A line that names a
 * population and ends in a colon ("Updated results from patients with uveal melanoma:") is the
 * population of the list items under it, until a line that is no item; a sentence opened by its
 * population ("Of the 40 patients dosed, 9 responded.", "In the per-protocol population, ...") is
 * the population of the results after it in its paragraph. Either holds until a sentence names
 * a population of its own or speaks of the whole one again ("40 % overall", "across all
 * patients"), or a blank line ends the paragraph (a list's items may stand apart).
 * Only results take it: a figure bound to an endpoint, or a count of patients; a figure the
 * sentence already bound keeps its own.
 */
function carryPopulations(entities: Entity[], sentences: Span[], normalized: string): void {
  let frame: { name: string; list: boolean } | undefined;
  for (const { s, blank, item } of sentenceLines(sentences, normalized)) {
    if (frame && (frame.list ? !item : blank)) frame = undefined;
    const from = firstFrom(entities, s.start);
    let to = from;
    let figures = false;
    while (to < entities.length && entities[to].start < s.end) { if (entities[to].kind === 'figure') figures = true; to++; }
    const text = normalized.slice(s.start, s.end).trimEnd();
    const lead = /:$/.test(text);
    if (!figures && !lead) continue;
    const mentions = populationMentions(normalized, s, entities, sentences);
    if (mentions.length) {
      const last = mentions[mentions.length - 1], first = mentions[0];
      if (lead && /^[\s)]*:?$/.test(normalized.slice(last.end, s.start + text.length - 1))) frame = { name: last.name, list: true };
      // ("For the older group, the benefit was larger:": a lead that opens with its one group frames its list too)
      else if (lead && mentions.every(m => m.name === first.name) && first.start - s.start <= 24 && POPULATION_OPENER.test(normalized.slice(s.start, first.start))
        && SIZED_COMMA_AFTER.test(normalized.slice(first.end, first.end + 24))) frame = { name: first.name, list: true };
      else if (((first.start - s.start <= 24 && POPULATION_OPENER.test(normalized.slice(s.start, first.start))) || JOINED_OPENER.test(normalized.slice(Math.max(s.start, first.start - 16), first.start)))
        && SIZED_COMMA_AFTER.test(normalized.slice(first.end, first.end + 24))) frame = { name: first.name, list: false };
      else frame = undefined;
      continue;
    }
    // (the sentence's answer kept with its text: an edit elsewhere asks it of the memo)
    if (lead || memoSpanText(normalized, sentences, s).read(namesWholePopulation)) { frame = undefined; continue; }
    if (!frame) continue;
    for (let j = from; j < to; j++) {
      const f = entities[j];
      if (!isFigure(f) || f.binding.subgroup !== undefined || f.figureKind === 'date' || f.figureKind === 'dose' || f.figureKind === 'money') continue;
      if (f.binding.endpoint !== undefined || (f.figureKind === 'count' && POPULATION.test(f.unit))) f.binding.subgroup = frame.name;
    }
  }
}

/**
 * Of the indices in `list` (ascending), the one other than i whose entity starts nearest to entity i;
 * a tie goes to the earlier. Given the text, one in i's own clause wins over a nearer one across a
 * semicolon: "A 50 %, B 20 % at week 4; A 60 %, B 30 % at week 8" gives the second A week 8.
 */
/** Between a figure and a time point of the next clause: a comma, perhaps a conjunction, then "at", "by" or "after". */
const NEXT_CLAUSE_TIME = new RegExp(`^[^,;()]{0,30},\\s*(?:(?:${wordsPattern(numbersData.coordinators.words)})\\s+)?(?:${wordsPattern(['at', 'by', 'after', ...numbersData.timePrepositions])})\\s+(?:the\\s+)?$`, 'iu');
function nearestOf(list: readonly number[] | undefined, i: number, entities: Entity[], clauses?: { semicolons: readonly number[]; normalized: string }): number {
  if (!list || list.length === 0) return -1;
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid] < i) lo = mid + 1; else hi = mid; }
  const left = lo - 1 >= 0 ? list[lo - 1] : -1;
  const right = lo < list.length ? (list[lo] === i ? (lo + 1 < list.length ? list[lo + 1] : -1) : list[lo]) : -1;
  if (clauses && left >= 0 && right >= 0) {
    const e = entities[i];
    // "at 12 months (HR 0.58; P = 0.01)": a figure in the parenthesis a time point opens is that time point's
    if (/^\s*\([^()]*$/.test(clauses.normalized.slice(entities[left].end, e.start))) return left;
    // "64 % at week 24", "41 % of patients at week 2": a time point written right after the figure (or after the
    // group the share is of) is its own
    if (entities[right].start >= e.end && entities[right].start - e.end <= 40) {
      const between = clauses.normalized.slice(e.end, entities[right].start);
      const group = SHARE_OF_GROUP.exec(between);
      const rest = group ? between.slice(group[0].length) : between;
      if (rest.length <= 12 && RIGHT_AFTER_TIME.test(rest)) return right;
    }
    // "21 % vs. 12 % at 36 months, and at 54 months was 17 % vs. 8 %": a time point that opens the next clause (a comma, a
    // conjunction perhaps, then "at") is the next clause's, not the figure's before it
    if (entities[right].start >= e.end && NEXT_CLAUSE_TIME.test(clauses.normalized.slice(e.end, entities[right].start))) return left;
    const leftInClause = !breakBetween(clauses.semicolons, entities[left].end, e.start);
    const rightInClause = !breakBetween(clauses.semicolons, e.end, entities[right].start);
    if (leftInClause !== rightInClause) return leftInClause ? left : right;
  }
  return closer(left, right, i, entities);
}

/** The positions of a character in text[from, to), ascending. */
function positionsOf(text: string, ch: string, from: number, to: number): number[] {
  const out: number[] = [];
  // searched in the span alone: a search of the whole text would run on to its end for every sentence with none
  const span = text.slice(from, to);
  for (let k = span.indexOf(ch); k >= 0; k = span.indexOf(ch, k + 1)) out.push(from + k);
  return out;
}

/** Between a figure and a time point written right after it: a preposition of time at most. */
const RIGHT_AFTER_TIME = /^ ?(?:at|by|through|after|until|nach|bei|zu|à|au|efter|vid|på|op)? ?$/i;

/** Whether a position in the ascending list lies in [from, to): a binary search. */
function breakBetween(positions: readonly number[], from: number, to: number): boolean {
  let lo = 0, hi = positions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (positions[mid] < from) lo = mid + 1; else hi = mid; }
  return lo < positions.length && positions[lo] < to;
}

/** Whichever of two entity indices (-1 for none) starts nearer to entity i; a tie goes to the earlier. */
function closer(a: number, b: number, i: number, entities: Entity[]): number {
  if (a < 0) return b;
  if (b < 0) return a;
  const da = Math.abs(entities[a].start - entities[i].start), db = Math.abs(entities[b].start - entities[i].start);
  return da < db || (da === db && a < b) ? a : b;
}

/**
 * The first pass: each figure read in its sentence, as a careful reader reads one sentence alone.
 * Entities never overlap (link resolves overlaps), so what stands before a figure in its sentence
 * is the part of the sentence's run before its index, and what follows it the part after. Every
 * search is a step through an index or a window of a few characters: a sentence of thousands of
 * figures (a table glued into one line) costs each of them no more than a short one does.
 */
function bindInSentence(entities: Entity[], sentences: Span[], placebos: Span[], normalized: string, mainDrug: string | undefined, decided: Decided): void {
  const endpoints = new NearestIndex(entities, e => e.kind === 'endpoint');
  const subjects = new NearestIndex(entities, e => e.kind === 'drug' && !isComparator(normalized, e) && !isPriorTherapy(normalized, e));
  const doses = new NearestIndex(entities, e => e.kind === 'figure' && e.figureKind === 'dose');
  const armSizes = new NearestIndex(entities, e => e.kind === 'figure' && e.figureKind === 'count' && e.unit === 'patients' && /^\(?n/i.test(e.text));
  const versusAt: Span[] = [];
  for (let itemI2 = 0, itemList = paragraphMatches(VERSUS_WORDS, normalized); itemI2 < itemList.length; itemI2++) { const { match, index } = itemList[itemI2]; versusAt.push({ start: index, end: index + match[0].length }); }
  const at = (k: number) => (k >= 0 ? entities[k] : undefined);
  let si = 0;
  let run: SentenceRun | undefined;
  let mainRegimen: { label: string | undefined } | undefined;
  let extremes: { highest?: Entity; lowest?: Entity } | undefined;
  let superlative: { at: number; label: string } | undefined;
  let roundup: Roundups | undefined;
  for (let i = 0; i < entities.length; i++) {
    const f = entities[i];
    if (f.kind !== 'figure') continue;
    while (si < sentences.length && sentences[si].end <= f.start) si++;
    const s = si < sentences.length && sentences[si].start <= f.start ? sentences[si] : { start: f.start, end: f.end };
    if (run?.span.start !== s.start) {
      run = { span: s, from: firstFrom(entities, s.start), to: firstFrom(entities, s.end), populations: populationMentions(normalized, s, entities, sentences) };
    }
    const { from, to } = run;
    if (f.figureKind !== 'date' && f.figureKind !== 'dose' && f.figureKind !== 'money') {
      // the figure opens a versus pair ("48 % versus 22 %"): where the pair's second figure ends
      const pair = i + 1 < to ? entities[i + 1] : undefined;
      const pairEnd = pair && isFigure(pair) && pair.figureKind === f.figureKind && testPiece(VERSUS_GAP, normalized.slice(f.end, pair.start).replace(/\([^()]*\)/g, '')) ? pair.end : undefined;
      const population = diseaseAfter(entities, i, to, normalized) ?? populationOf(f, run.populations, normalized, versusAt, pairEnd);
      if (population) f.binding.subgroup = population;
    }
    /** The first endpoint among the next `count` entities of the sentence. */
    const endpointAfter = (count: number) => { for (let k = i + 1; k < to && k <= i + count; k++) if (entities[k].kind === 'endpoint') return k; return -1; };

    // "five patients (20 %) had a partial response": a count of patients is a result when a response follows it
    const nextEpOfCount = f.figureKind === 'count' && POPULATION.test(f.unit) ? at(endpointAfter(3)) : undefined;
    const countWithResult = !!nextEpOfCount && nextEpOfCount.start - f.end <= 70
      && (testPiece(FORWARD_ENDPOINT, normalized.slice(f.end, nextEpOfCount.start)) || testPiece(ELLIPTIC_ENDPOINT, normalized.slice(f.end, nextEpOfCount.start)));
    // "grade 3 or higher adverse events occurred in 12 patients": a count of patients is a result when the event is said to occur in them
    const prevEp = f.figureKind === 'count' && POPULATION.test(f.unit) && !countWithResult ? endpoints.before(i, from) : -1;
    const countOfEvent = prevEp >= 0 && f.start - entities[prevEp].end <= 60 && testPiece(EVENT_IN_COUNT, normalized.slice(entities[prevEp].end, f.start));
    const measured = EFFICACY_KINDS.has(f.figureKind) || (f.figureKind === 'count' && (f.denominator !== undefined || countWithResult || countOfEvent))
      || (f.figureKind === 'other' && (f.unit === '' || f.unit === 'points'));
    // "a median follow-up of 9.5 months", "data cut-off": a study's time, not an endpoint's value
    const followUp = f.figureKind === 'duration' && testPiece(FOLLOW_UP, normalized.slice(Math.max(0, f.start - 30), f.start));
    // "93 % were male": a share that says who the patients are measures no endpoint named before it
    const demographic = f.figureKind === 'percent' && testPiece(DEMOGRAPHIC_AFTER, normalized.slice(f.end, f.end + 48));
    if (measured && !f.timepoint && !followUp && !demographic) {
      // "4-fold improvement in 18-month OS", "61 % reduction in the risk of death", "66.7 % achieved a CR": the endpoint follows
      const nextEp = endpointAfter(4);
      const forward = testPiece(CHANGE_IN, normalized.slice(f.end, f.end + 40))
        || (nextEp >= 0 && entities[nextEp].start - f.end <= 70 && testPiece(FORWARD_ENDPOINT, normalized.slice(f.end, entities[nextEp].start)))
        || (nextEp >= 0 && (f.figureKind === 'percent' || f.figureKind === 'count' || (f.figureKind === 'other' && f.unit === '')) && testPiece(ELLIPTIC_ENDPOINT, normalized.slice(f.end, entities[nextEp].start)))
        || (nextEp >= 0 && f.figureKind === 'percent' && testPiece(PARTITIVE_ENDPOINT, normalized.slice(f.end, entities[nextEp].start)));
      const before = endpoints.before(i, from);
      // "81 % of patients on 200 mg, 80 % of those on 100 mg and 78 % of those on placebo achieved ACR20": shares of
      // coordinated groups whose one predicate, at the list's end, names the endpoint they all measure
      const shared = !forward && f.figureKind === 'percent' && testPiece(SHARE_OF_GROUP, normalized.slice(f.end, f.end + 16)) ? sharedPredicateEndpoint(entities, i, to, f, normalized) : -1;
      const epAt = shared >= 0 ? shared : forward
        ? (nextEp >= 0 ? nextEp : before)
        : (before >= 0 ? definedHead(entities, headOfAside(entities, before, from, f.start, normalized), from, f.start, normalized) : endpointAfter(3));
      if (epAt < 0 && f.figureKind === 'percent') {
        // "57 % of patients were alive at three years": the state the sentence's shares are said to be in names their endpoint
        run.statePredicate ??= statePredicate(normalized.slice(run.span.start, run.span.end)) ?? '';
        if (run.statePredicate) f.binding.endpoint = run.statePredicate;
      }
      if (epAt >= 0) {
        const ep = entities[epAt];
        f.binding.endpoint = ep.name;
        // "18-month OS = 47 %", "18-month event-free survival (EFS) was 77.5 %": a time point before the endpoint
        // (at most 45 characters before it: entities end in order, so a short walk back finds the first)
        let first = epAt;
        while (first - 1 >= from && entities[first - 1].end >= ep.start - 45) first--;
        // "a one-year survival rate of 68 % and 43 % at two years": a time point written right after the figure is its own
        const next = i + 1 < to ? entities[i + 1] : undefined;
        const ownTime = !!next && isFigure(next) && next.figureKind === 'duration' && next.start - f.end <= 12
          && /^ ?(?:at|by|after|nach|bei|à|au|efter|vid|på) $/i.test(normalized.slice(f.end, next.start));
        for (let k = ownTime ? epAt : first; k < epAt; k++) {
          const e = entities[k];
          if (!isLandmark(e) || !testPiece(TIMEPOINT_GAP, normalized.slice(e.end, ep.start))) continue;
          // "an ORR of 70 % at week 12 and an ORR of 64 %": a time point written right after an earlier figure is that figure's
          const prev = k - 1 >= from ? entities[k - 1] : undefined;
          if (prev && prev.kind === 'figure' && e.start - prev.end <= 12 && testPiece(RIGHT_AFTER_TIME, normalized.slice(prev.end, e.start))) continue;
          if (e.kind === 'figure') f.binding.timepoint = timeLabel(e.value, e.unit);
          break;
        }
      }
      // "at 20 weeks", "at week 44", "nach 12 Wochen": a time point stated in the sentence (a median
      // duration has none: "median OS was 11.5 months" is not a value at 12 months)
      // "ORR = 36 %, 12-month OS = 52 %": a landmark written before another endpoint is that endpoint's
      if (!f.binding.timepoint && f.figureKind !== 'duration' && !(f.figureKind === 'ci' && /^(?:day|week|month|year)s$/.test(f.unit))) {
        run.timepoints ??= sentenceTimepoints(run, entities, normalized);
        const ownEndpoint = f.binding.endpoint !== undefined ? run.timepoints.onlyFor.get(f.binding.endpoint) : undefined;
        run.semicolons ??= positionsOf(normalized, ';', run.span.start, run.span.end);
        const clauses = { semicolons: run.semicolons, normalized };
        const tp = at(closer(nearestOf(run.timepoints.any, i, entities, clauses), nearestOf(ownEndpoint, i, entities, clauses), i, entities));
        if (tp && tp.kind === 'figure') f.binding.timepoint = timeLabel(tp.value, tp.unit);
      }
    }
    if (f.figureKind !== 'date') {
      // the gap may hold a parenthesised count, "21.0 % (21 of 100) with carbofen", but no other figure
      const gapOf = (e: Entity) => normalized.slice(f.end, e.start).replace(/\([^()]*\)/g, '');
      let ownArm: Entity | undefined;
      for (let k = i + 1; k < to && entities[k].start - f.end <= 60; k++) {
        const e = entities[k];
        // "reduced the risk by 27 % compared with docetaxel": a drug the comparison word introduces after the figure is the other arm
        if (e.kind === 'drug' && (OWN_ARM_CUE.test(gapOf(e)) || (TREATED_OF.test(gapOf(e)) && testPiece(TREATED_AFTER, normalized.slice(e.end, e.end + 12))))
          && !/\d/.test(gapOf(e)) && !VERSUS_WORD.test(gapOf(e))) { ownArm = e; break; }
      }
      const onPlacebo = testPiece(PLACEBO_ARM, normalized.slice(f.end, f.end + 60)) || placeboSubjectBefore(entities, i, from, placebos, s, normalized)
        || sharesPlaceboAfter(entities, i, to, normalized);
      if (onPlacebo) { f.binding.arm = 'placebo'; decided.add(f); }
      else if (ownArm) {
        decided.add(f);
        // "28 % for drugamab and 19 % for zelbotinib": where the sentence compares arms, a drug other than
        // the document's own names the figure's arm (the main drug's arm is its drug: no arm, so its
        // figures stay comparable with those of sentences that name no arm)
        // a sentence that names an arm ("in the TZ arm") speaks of arms too, and a drug given alone ("zelbotinib
        // monotherapy") is an arm of its own
        run.comparesArms ??= spanTest(VERSUS_WORD, normalized, sentences, s) || spanTest(ARM_WORD, normalized, sentences, s);
        const alone = testPiece(ALONE_AFTER, normalized.slice(ownArm.end, ownArm.end + 20));
        if (!run.drugNames) {
          run.drugNames = new Set();
          for (let k = from; k < to; k++) { const e = entities[k]; if (e.kind === 'drug' && !isPriorTherapy(normalized, e)) run.drugNames.add(e.name); }
        }
        const compares = run.comparesArms || [...run.drugNames].some(name => name !== ownArm!.name);
        if ((compares || alone) && !f.binding.arm && ownArm.name !== mainDrug) f.binding.arm = ownArm.text;
        // the document's own drug names its side of a comparison too, once every other reading of the arm has had its say
        else if (!f.binding.arm && ownArm.name === mainDrug) {
          // the figure's clause: its sentence, cut at the semicolons around it
          // (looked for within the sentence only: a search of the whole text would run on to its ends for each such figure)
          const b = normalized.slice(s.start, f.start + 1).lastIndexOf(';'), a = normalized.slice(f.end, s.end).indexOf(';');
          OWN_SIDES.set(f, { text: ownArm.text, from: b < 0 ? s.start : Math.max(s.start, s.start + b + 1), to: a < 0 ? s.end : f.end + a });
        }
      }
      // "versus 7.5 months": the comparison's figure takes only the drug its own arm names
      const comparison = testPiece(COMPARATOR_FIGURE, normalized.slice(Math.max(0, f.start - 20), f.start)) || isMultiplesStandard(normalized, i > 0 ? entities[i - 1] : undefined, f);
      const subject = subjects.before(i, from);
      const head = combinationHead(entities, subject, from, normalized);
      const drug = onPlacebo ? undefined : comparison ? ownArm
        : ownArm ?? head ?? at(subjects.after(i + 1, to));
      // "a combination of drugamab and zelbotinib posted an ORR of 26 %": the regimen, as written, is the subject
      if (drug) f.binding.drug = (drug === head && !ownArm ? regimenOf(entities, subject, from, normalized, s) : undefined) ?? drug.name;
      else if (!onPlacebo && !comparison && aboutTheDrug(f) && !(f.figureKind === 'money' && (run.companyMoney ??= spanTest(COMPANY_MONEY, normalized, sentences, run.span)))
        && !(roundup ??= roundupOf(entities, normalized)).namesNoDrug(f.start)) {
        const inParagraph = f.binding.endpoint ? drugInParagraphBefore(entities, i, normalized) : undefined;
        // a paragraph about another drug, the document's own not named in it ("Acme Bio shares rose after data on
        // AB-202 ... 2 of 20 responded"), speaks of that drug: context carries from the paragraph before the document
        // (the paragraph's drug as its subject: not a therapy had before, nor one a preposition brings in, "in line with X", "after X")
        const paragraphDrug = inParagraph && mainDrug && inParagraph.name !== mainDrug && !isPriorTherapy(normalized, inParagraph)
          && !testPiece(OBJECT_DRUG, normalized.slice(Math.max(0, inParagraph.start - 24), inParagraph.start)) && !paragraphNames(entities, i, normalized, mainDrug);
        const name = paragraphDrug ? inParagraph!.name : mainDrug ?? inParagraph?.name;
        // "the combination posted a median OS of 12.8 months": the document's regimen, when its main drug was introduced in one
        mainRegimen ??= { label: documentRegimen(entities, sentences, normalized, mainDrug) };
        if (name) f.binding.drug = name === mainDrug && mainRegimen.label && spanTest(REGIMEN_WORD, normalized, sentences, s) ? mainRegimen.label : name;
      }
      if (f.figureKind !== 'dose' && !f.binding.arm) {
        // "5.1 % (6 mg), 7.7 % (12 mg)", "55 % for tovarimab 100 mg": a dose written right after the figure is its
        // arm, before the one named earlier (which is the figure's before it)
        const nextAt = doses.after(i + 1, to), next = at(nextAt);
        // (past the figure's own companion in brackets: "8 of 38 patients (21 %) receiving 3 mg/kg")
        const gap = next ? normalized.slice(f.end, next.start) : '';
        const aside = /^\s*\([^()]{1,24}\)/.exec(gap);
        const ownNext = next && next.start - f.end <= 40 && testPiece(DOSE_RIGHT_AFTER, aside ? gap.slice(aside[0].length) : gap)
          && entities.slice(i + 1, nextAt).every(e => e.kind === 'drug' || (aside !== null && e.start < f.end + aside[0].length));
        const doseAt = ownNext ? nextAt : doses.before(i, from) >= 0 ? doses.before(i, from) : nextAt;
        const dose = at(doseAt);
        if (dose && dose.kind === 'figure') {
          f.binding.arm = doseArmLabel(entities, doseAt, normalized);
          // a dose arm is an arm of the dose's drug
          if (!f.binding.drug && !onPlacebo) { const d = dose.binding.drug ?? mainDrug; if (d) f.binding.drug = d; }
        } else {
          // "62 % of those given the highest dose": the largest (or smallest) dose the document names
          // (and, as a dose named before it does, for the figures after it in its sentence)
          const sup = execPiece(SUPERLATIVE_DOSE, normalized.slice(f.end, f.end + 80));
          if (sup && testPiece(DOSE_RIGHT_AFTER, sup[1])) {
            extremes ??= extremeDoses(entities);
            const d = /^low/i.test(sup[2]) ? extremes.lowest : extremes.highest;
            if (d) { f.binding.arm = doseLabel(d, normalized); superlative = { at: s.start, label: f.binding.arm }; }
          } else if (superlative?.at === s.start && !onPlacebo && measuredInArm(f)) f.binding.arm = superlative.label;
        }
      }
      if (f.figureKind !== 'count') {
        const n = at(armSizes.before(i, from));
        if (n && n.kind === 'figure' && typeof n.value === 'number') f.binding.n = n.value;
      }
    }
  }
}

/**
 * "compared with 9 % and 3 % receiving placebo, respectively": figures joined by "and" before one
 * placebo arm, the list paired with its endpoints by "respectively", are all that arm's. (Without
 * "respectively", "40 % and 10 % with placebo" may give the drug's figure first.)
 */
const LIST_JOIN = /^\s*(?:,|,?\s*and|,?\s*or)\s*$/i;
function sharesPlaceboAfter(entities: Entity[], i: number, to: number, normalized: string): boolean {
  const f = entities[i];
  let k = i + 1;
  while (k < to && isFigure(entities[k]) && (entities[k] as FigureEntity).figureKind === (f as FigureEntity).figureKind && LIST_JOIN.test(normalized.slice(entities[k - 1].end, entities[k].start))) k++;
  if (k === i + 1) return false;
  const last = entities[k - 1];
  const m = execPiece(PLACEBO_ARM, normalized.slice(last.end, last.end + 60));
  return !!m && /^\s*,?\s*respectively\b/i.test(normalized.slice(last.end + m[0].length, last.end + m[0].length + 20));
}

/**
 * "Patients treated with placebo had an ORR of 3 %", "In the placebo group, 9 %": placebo named
 * before the figure (entity i) in its clause, with no drug or other result between, and not as the
 * comparison ("compared with placebo, ... 35 %" is the drug's). Entities [from, i) are the
 * sentence's before the figure.
 */
const PLACEBO_COMPARED = versusThen(String.raw`|\bthan|\bover|\brelative to`, String.raw`\s*(?:matching\s+)?$`);
function placeboSubjectBefore(entities: Entity[], i: number, from: number, placebos: Span[], s: Span, normalized: string): boolean {
  const f = entities[i];
  // the last placebo in the sentence that ends before the figure (placebo words never overlap)
  let pk = firstFrom(placebos, f.start) - 1;
  if (pk >= 0 && placebos[pk].end > f.start) pk--;
  const p = pk >= 0 && placebos[pk].start >= s.start ? placebos[pk] : undefined;
  if (!p || f.start - p.end > 80) return false;
  if (PLACEBO_COMPARED.test(normalized.slice(Math.max(0, p.start - 24), p.start))) return false;
  // "a difference of 3.5 points", "; the rate was": another clause, another subject
  if (/[;:]|\bdifference\b|, and\b/i.test(normalized.slice(p.end, f.start))) return false;
  // "25.0 % on placebo (50 of 200 vs ...)": placebo that closes a figure before it belongs to that figure
  for (let k = i - 1; k >= from && entities[k].end >= p.start - 16; k--) if (entities[k].kind === 'figure' && entities[k].end <= p.start) return false;
  for (let k = i - 1; k >= from && entities[k].start > p.end; k--) {
    const e = entities[k];
    if (e.kind === 'drug' || (e.kind === 'figure' && e.figureKind !== 'dose' && e.figureKind !== 'date' && e.figureKind !== 'count')) return false;
  }
  return true;
}

const REGIMEN = grammar.arms.regimens;
/** "drugamab plus zelbotinib", "drugamab + zelbotinib": drugs given together. */
const REGIMEN_LINK = new RegExp(`^\\s*(?:${wordsPattern(REGIMEN.links)})\\s*$`, 'iu');
/** "drugamab and zelbotinib": two drugs, one regimen where the text calls them a combination. */
const REGIMEN_AND = /^\s*(?:and|und|et|e|och|og|en|&)\s*$/iu;
/** "the combination", "the combo", "the regimen" (lexicon/grammar/binding.json): words that name a regimen. */
const REGIMEN_WORD = new RegExp(`(?<!\\p{L})(?:${wordsPattern(REGIMEN.words)})(?!\\p{L})`, 'iu');
const REGIMEN_BEFORE = new RegExp(`(?<!\\p{L})(?:${wordsPattern(REGIMEN.words)})\\s+(?:of|aus|de|di|av)\\s+(?:(?:its|the|their|our|a)\\s+)?$`, 'iu');
const REGIMEN_AFTER = new RegExp(`^\\s*(?:${wordsPattern(REGIMEN.words)})(?!\\p{L})`, 'iu');

/**
 * The regimen whose last drug is entity d, as written ("a combination of drugamab and zelbotinib",
 * "the drugamab + zelbotinib combination"), or undefined: drugs joined by "and", "plus" or "+" where
 * the text calls them a combination. Without that word the first drug is the subject and the others
 * its partners ("patients given drugamab plus fulvestrant": a backbone added to); in a sentence
 * that compares arms ("drugamab plus docetaxel versus docetaxel alone") the added drug is the
 * subject and the regimen is the arm, so no regimen is read there either.
 */
function regimenOf(entities: Entity[], d: number, from: number, normalized: string, s: Span): string | undefined {
  if (d < 0) return undefined;
  let first = d;
  for (let k = d - 1; k >= from; k--) {
    const e = entities[k];
    if (e.kind !== 'drug') break;
    const gap = normalized.slice(e.end, entities[first].start);
    if (!REGIMEN_AND.test(gap) && !REGIMEN_LINK.test(gap)) break;
    first = k;
  }
  if (first === d) return undefined;
  const a = entities[first], z = entities[d];
  if (!REGIMEN_BEFORE.test(normalized.slice(Math.max(s.start, a.start - 40), a.start)) && !REGIMEN_AFTER.test(normalized.slice(z.end, z.end + 16))) return undefined;
  if (spanTest(VERSUS_WORD, normalized, undefined, s)) return undefined;
  return normalized.slice(a.start, z.end).replace(/\s+/g, ' ');
}

/** The regimen the document's main drug was first named in ("a combination of drugamab and zelbotinib"), or undefined. */
function documentRegimen(entities: Entity[], sentences: Span[], normalized: string, mainDrug: string | undefined): string | undefined {
  const k = mainDrug === undefined ? -1 : entities.findIndex(e => e.kind === 'drug' && e.name === mainDrug);
  if (k < 0) return undefined;
  let last = k;
  while (last + 1 < entities.length && entities[last + 1].kind === 'drug' && entities[last + 1].start - entities[last].end <= 30
    && (REGIMEN_LINK.test(normalized.slice(entities[last].end, entities[last + 1].start)) || REGIMEN_AND.test(normalized.slice(entities[last].end, entities[last + 1].start)))) last++;
  const s = sentenceAt(sentences, entities[k].start);
  return last > k && s ? regimenOf(entities, last, k, normalized, s) : undefined;
}

/** "drugamab plus letrozole": walks from the partner (entity d) back to the combination's first drug, not before entity `from`. */
function combinationHead(entities: Entity[], d: number, from: number, normalized: string): Entity | undefined {
  if (d < 0) return undefined;
  let head = entities[d];
  for (let k = d - 1; k >= from; k--) {
    const e = entities[k];
    if (e.kind !== 'drug') break;
    const gap = normalized.slice(e.end, head.start);
    // "drugamab (ZT-101)": the drug the alias in parentheses names again heads the combination
    if (!combinationGap(gap) && !(ALIAS_OPEN.test(gap) && normalized[head.end] === ')')) break;
    head = e;
  }
  return head;
}

/** The document's own drug after a figure ("45 % with AB-101"), kept for bindOwnSides: the drug's side and its clause. */
const OWN_SIDES = new WeakMap<FigureEntity, { text: string; from: number; to: number }>();

/**
 * "45 % with AB-101 versus 20 % with placebo", "7.7 months for AB-101 and 4.9 months for chemotherapy":
 * a clause that sets two arms side by side names each side's arm, the document's own drug's as well as
 * the comparator's. The drug's side is named only where another figure of the same clause (its
 * sentence up to a semicolon) was bound to a different arm (a sentence about the drug alone names no
 * arm: its figures are the study's), and only when no other reading gave the figure an arm (a dose or
 * a combination named outright is the arm). Claims read an arm that is the figure's own drug as no arm
 * (claims.ts), so the figures stay comparable with those of sentences that name none.
 */
function bindOwnSides(figures: FigureEntity[]): void {
  // the clauses that hold a side, in document order (clauses are disjoint), each with the arms its figures were bound to
  const clauses: { from: number; to: number; arms: Set<string>; sides: { f: FigureEntity; text: string }[] }[] = [];
  for (let fI2 = 0, figures_ = figures; fI2 < figures_.length; fI2++) { const f = figures_[fI2];
    const side = OWN_SIDES.get(f);
    if (!side) continue;
    OWN_SIDES.delete(f);
    if (f.binding.arm) continue;
    const last = clauses[clauses.length - 1];
    if (last && last.from === side.from) last.sides.push({ f, text: side.text });
    else clauses.push({ from: side.from, to: side.to, arms: new Set(), sides: [{ f, text: side.text }] });
  }
  if (clauses.length === 0) return;
  let k = 0;
  for (let fI2 = 0, figures_ = figures; fI2 < figures_.length; fI2++) { const f = figures_[fI2];
    while (k < clauses.length && clauses[k].to <= f.start) k++;
    if (k === clauses.length) break;
    if (f.binding.arm && clauses[k].from <= f.start) clauses[k].arms.add(f.binding.arm.toLowerCase());
  }
  for (let cI = 0, clauses_ = clauses; cI < clauses_.length; cI++) { const c = clauses_[cI]; for (let sideI = 0, sides_ = c.sides; sideI < sides_.length; sideI++) { const side = sides_[sideI];
    if ([...c.arms].some(a => a !== side.text.toLowerCase())) side.f.binding.arm = side.text;
  } }
}

/**
 * Companions: "25.0 % (25 of 100 patients)", "48 % (95% CI 37.1–59.0)", "27 of 30 patients (90.0 %)",
 * "(33 of 50; 95% CI ...)", "a loss of 0.9 % (2.2 lbs)". A count, share or interval in parentheses right after a figure states
 * the same result again, so it measures the same thing. Maps each companion to its head.
 */
function companionHeads(figures: FigureEntity[], normalized: string): Map<FigureEntity, FigureEntity> {
  const heads = new Map<FigureEntity, FigureEntity>();
  // "an average loss of 0.9 % (2.2 lbs)": a measure in another unit restates a share or a measure too
  const companionKind = (c: FigureEntity, prev: FigureEntity) => c.figureKind === 'count' || c.figureKind === 'percent' || c.figureKind === 'ci'
    || (c.figureKind === 'other' && !!c.unit && (prev.figureKind === 'percent' || prev.figureKind === 'other') && !!prev.unit && c.unit !== prev.unit);
  for (let k = 1; k < figures.length; k++) {
    const c = figures[k], prev = figures[k - 1];
    if (!companionKind(c, prev) || prev.figureKind === 'date' || prev.figureKind === 'dose' || prev.figureKind === 'money') continue;
    const gap = normalized.slice(prev.end, c.start);
    if (/^\s*[([]\s*$/.test(gap) && !(c.figureKind === 'ci' ? false : prev.figureKind === 'ratio' || prev.figureKind === 'pvalue')) heads.set(c, prev);
    else if (/^\s*[;,]\s*$/.test(gap) && heads.has(prev) && c.figureKind === 'ci') heads.set(c, heads.get(prev)!);
    // "120 of 200 patients assigned to AB-101 (60.0 %)": a share in brackets a few words after a count of a whole, that
    // the count and its whole give to the written decimals, is the count's share, its companion
    else if (c.figureKind === 'percent' && prev.figureKind === 'count' && typeof prev.value === 'number' && typeof prev.denominator === 'number'
      && prev.denominator > 0 && typeof c.value === 'number' && SHARE_AFTER_WORDS.test(gap) && sameShare(prev.value / prev.denominator * 100, c.value, normalized.slice(c.start, c.end))) heads.set(c, prev);
  }
  return heads;
}

/** Words (no stop, no bracket; the two figures are neighbours, so none between) and then an opening bracket, between a count and its share. */
const SHARE_AFTER_WORDS = /^[^()[\].;:]{1,60}[([]\s*$/;
/** Whether a share computed from a count equals the share written (its text `text`), to the decimals written. */
export function sameShare(computed: number, written: number, text: string): boolean {
  const decimals = /[.,\u00b7](\d+)/.exec(text)?.[1].length ?? 0;
  return Math.abs(computed - written) <= 0.5 * 10 ** -decimals + 1e-9;
}

function inheritFromHeads(figures: FigureEntity[], heads: Map<FigureEntity, FigureEntity>, decided: Decided): void {
  for (let cI = 0, figures_ = figures; cI < figures_.length; cI++) { const c = figures_[cI];
    const h = heads.get(c);
    if (!h) continue;
    // "nearly two-thirds (65 %) achieved a PASI 90": the companion, nearer the endpoint, may have read what its head did not
    for (let kI = 0, kList = ['endpoint', 'timepoint'] as const; kI < kList.length; kI++) { const k = kList[kI]; if (h.binding[k] === undefined && c.binding[k] !== undefined) h.binding[k] = c.binding[k]; }
    const [from, to] = decided.has(c) && !decided.has(h) ? [c, h] : [h, c];
    for (let kI = 0, kList = ['endpoint', 'drug', 'arm', 'timepoint'] as const; kI < kList.length; kI++) { const k = kList[kI];
      if (from.binding[k] !== undefined) to.binding[k] = from.binding[k];
      else if (k === 'drug' || k === 'arm') to.binding[k] = undefined;
    }
    if (from.binding.subgroup !== undefined) to.binding.subgroup = from.binding.subgroup;
    if (to.binding.arm === 'placebo') to.binding.drug = undefined;
  }
}

/**
 * The arms the document names with their sizes: "placebo (n = 46)", "zelbaglutide 1 mg, 3 mg,
 * 6 mg or 12 mg (n = 38 each)", "200 patients to drugamab plus letrozole".
 */
function documentArms(entities: Entity[], placebos: Span[], normalized: string): Arm[] {
  const arms: Arm[] = [];
  let pi = 0;
  for (let i = 0; i < entities.length; i++) {
    const f = entities[i];
    if (f.kind !== 'figure' || f.figureKind !== 'count' || typeof f.value !== 'number' || f.denominator !== undefined) continue;
    while (pi < placebos.length && placebos[pi].end <= f.start - 60) pi++;
    if (ARM_SIZE.test(f.text) || /^\s*\(\s*$/.test(normalized.slice(f.start - 2, f.start)) && /^n\b/i.test(f.text)) {
      // the arm named right before "(n = ...)"
      const left = normalized.slice(Math.max(0, f.start - 80), f.start);
      const lastStop = Math.max(left.lastIndexOf(';'), left.lastIndexOf('.'), left.lastIndexOf(')'));
      const from = f.start - 80 + lastStop + 1;
      let placebo: Span | undefined;
      for (let q = pi; q < placebos.length && placebos[q].start < f.start; q++) if (placebos[q].start >= from && placebos[q].end <= f.start) placebo = placebos[q];
      let k = i - 1;
      const named: Entity[] = [];
      while (k >= 0 && entities[k].start >= from) { named.unshift(entities[k]); k--; }
      const dose = [...named].reverse().find(e => e.kind === 'figure' && e.figureKind === 'dose');
      const drug = [...named].reverse().find(e => e.kind === 'drug');
      if (placebo && (!dose || dose.start < placebo.start) && (!drug || drug.start < placebo.start)) arms.push({ placebo: true, n: f.value, size: f });
      else if (/^[^)]*\b(?:each|per (?:dose|arm|group|cohort))\b/.test(normalized.slice(f.end - 1, f.end + 16)) || /each\s*\)?$/.test(f.text)) {
        for (let dI = 0, named_ = named; dI < named_.length; dI++) { const d = named_[dI]; if (d.kind === 'figure' && d.figureKind === 'dose') arms.push({ dose: doseLabel(d, normalized), drug: drug?.name, n: f.value, size: f }); }
      } else if (dose || drug) arms.push({ dose: dose ? doseLabel(dose, normalized) : undefined, drug: drug?.name, n: f.value, size: f });
      continue;
    }
    // "200 patients to drugamab plus letrozole and 100 patients to placebo plus letrozole"
    const to = /^\s+(?:were\s+)?(?:randomi[sz]ed\s+)?(?:to|received|receiving)\s+(?:the\s+)?/i.exec(normalized.slice(f.end, f.end + 40));
    if (to) {
      const at = f.end + to[0].length;
      if (/^placebo\b/i.test(normalized.slice(at, at + 8))) { arms.push({ placebo: true, n: f.value, size: f }); continue; }
      const next = entities[i + 1];
      if (next && next.start === at && next.kind === 'drug') arms.push({ drug: next.name, n: f.value, size: f });
    }
  }
  return arms;
}

/**
 * An arm's name from its dose: the amount and unit, without the schedule ("450 mg", not "450 mg once
 * daily"), as the document writes them ("120mg" stays "120mg", "1,5 mg" stays "1,5 mg").
 */
const WRITTEN_DOSE = /^\d[\d.,]*\s?[^\s\d]+$/u;
function doseLabel(d: Entity, normalized: string): string {
  const written = normalized.slice(d.start, d.end).trim();
  if (WRITTEN_DOSE.test(written)) return written;
  if (d.kind === 'figure' && typeof d.value === 'number' && d.unit) return `${d.value} ${d.unit}`;
  return normalized.slice(d.start, d.end).replace(/\s+/g, ' ');
}

/**
 * "200 mg of tovarimab + MTX", "100 mg tovarimab plus methotrexate", "200 mg of tovarimab alone": a dose
 * followed by its drug and a partner, or by "alone", names an arm the dose alone does not (the same dose
 * is given with and without the partner); the arm is the phrase as written. Else the dose names it.
 * Entity k is the dose.
 */
const DOSE_DRUG_GAP = /^\s+(?:of\s+)?$/i;
const PARTNER_AFTER = new RegExp(`^\\s*(?:${wordsPattern(grammar.arms.regimens.links)})\\s*$`, 'iu');
const ALONE_AFTER = new RegExp(`^\\s+(?:${wordsPattern(Object.keys(grammar.arms.alone))}|alone)(?![\\p{L}\\d-])`, 'iu');
function doseArmLabel(entities: Entity[], k: number, normalized: string): string {
  const d = entities[k], drug = entities[k + 1];
  if (!drug || drug.kind !== 'drug' || !DOSE_DRUG_GAP.test(normalized.slice(d.end, drug.start))) return doseLabel(d, normalized);
  const partner = entities[k + 2];
  let end = -1;
  if (partner && partner.kind === 'drug' && PARTNER_AFTER.test(normalized.slice(drug.end, partner.start))) end = partner.end;
  else { const m = ALONE_AFTER.exec(normalized.slice(drug.end, drug.end + 20)); if (m) end = drug.end + m[0].length; }
  return end < 0 ? doseLabel(d, normalized) : normalized.slice(d.start, end).replace(/\s+/g, ' ');
}

/** "of those given the highest dose": the words before the superlative, and the superlative. */
const SUPERLATIVE_DOSE = /^([^.;:\d]{0,60}?)\b(highest|lowest)\s+dose\b/i;
/**
 * The largest and smallest of the doses the document names in its commonest unit ("the highest dose"
 * is the 36 mg of 6, 12 and 36 mg); none when only one amount is named.
 */
function extremeDoses(entities: Entity[]): { highest?: Entity; lowest?: Entity } {
  const doses = entities.filter((e): e is FigureEntity => isFigure(e) && e.figureKind === 'dose' && typeof e.value === 'number');
  const unit = mostCommon(doses, d => d.unit);
  let highest: FigureEntity | undefined, lowest: FigureEntity | undefined;
  for (let dI = 0, doses_ = doses; dI < doses_.length; dI++) { const d = doses_[dI];
    if (d.unit !== unit) continue;
    if (!highest || (d.value as number) > (highest.value as number)) highest = d;
    if (!lowest || (d.value as number) < (lowest.value as number)) lowest = d;
  }
  return highest && lowest && highest.value !== lowest.value ? { highest, lowest } : {};
}

/** "(9 of 100)" where 100 patients were randomised to placebo and no other arm has 100: the placebo arm's count. */
function bindByArmSize(figures: FigureEntity[], arms: Arm[], decided: Decided): void {
  if (arms.length < 2) return;
  const bySize = new Map<number, Arm[]>();
  for (let aI2 = 0, arms_ = arms; aI2 < arms_.length; aI2++) { const a = arms_[aI2]; if (a.n !== undefined) bySize.set(a.n, [...(bySize.get(a.n) ?? []), a].slice(0, 2)); }
  for (let fI2 = 0, figures_ = figures; fI2 < figures_.length; fI2++) { const f = figures_[fI2];
    if (f.denominator === undefined || decided.has(f)) continue;
    // several arms of one size (dose arms of 38 each): the size names none of them
    const fits = bySize.get(f.denominator);
    if (fits?.length === 1) setArm(f, fits[0], f.binding.drug, decided);
  }
}

/** The arm mentions of a span, in order: placebo, drugs and doses. */
function armMentions(entities: Entity[], placebos: Span[], span: Span, normalized: string): (Arm & { start: number })[] {
  const out: (Arm & { start: number })[] = [];
  for (let pI = 0, pList = spansIn(placebos, span); pI < pList.length; pI++) { const p = pList[pI]; out.push({ placebo: true, start: p.start }); }
  for (let k = firstFrom(entities, span.start); k < entities.length && entities[k].start < span.end; k++) {
    const e = entities[k];
    if (e.end <= span.end && e.kind === 'figure' && e.figureKind === 'dose') out.push({ dose: doseArmLabel(entities, k, normalized), start: e.start });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The spans of a sorted list inside `span`, by binary search. */
function spansIn<T extends Span>(list: T[], span: Span): T[] {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < span.start) lo = mid + 1; else hi = mid; }
  const out: T[] = [];
  for (let k = lo; k < list.length && list[k].start < span.end; k++) if (list[k].end <= span.end) out.push(list[k]);
  return out;
}

function entitiesIn(entities: Entity[], span: Span): Entity[] {
  let lo = 0, hi = entities.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (entities[mid].start < span.start) lo = mid + 1; else hi = mid; }
  const out: Entity[] = [];
  for (let k = lo; k < entities.length && entities[k].start < span.end; k++) out.push(entities[k]);
  return out;
}

/**
 * "4.2 %, 7.9 %, 11.5 % and 14.0 % across all four dose arms, respectively": the k-th figure
 * goes to the k-th arm, named in the sentence, else in the sentence before, else among the arms
 * the document randomised. Lists of unequal length are left alone.
 */
function bindRespectively(entities: Entity[], sentences: Span[], placebos: Span[], heads: Map<FigureEntity, FigureEntity>,
  arms: Arm[], normalized: string, mainDrug: string | undefined, decided: Decided, docComparator: Arm | undefined): void {
  // one entry per distinct arm, in order (a Set of keys keeps this linear in the arms)
  const dedupe = (l: Arm[]) => {
    const seen = new Set<string>();
    return l.filter(a => { const k = `${a.dose}|${a.placebo}|${a.drug}|${a.label}`; if (seen.has(k)) return false; seen.add(k); return true; });
  };
  const randomised = dedupe(arms.filter(a => a.dose || a.placebo).sort((a, b) => Number(!!a.placebo) - Number(!!b.placebo)));
  const twoArm = docComparator && mainDrug ? [{ drug: mainDrug }, docComparator] : [];
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const ats = memoSpanText(normalized, sentences, s).read(respectivelyAll);
    // "20 % and 30 % had CR and PR, respectively; 40 % and 10 % had SD and PD, respectively": each list is paired up to its
    // own "respectively", from the one before
    for (let r = 0, from = s.start; r < ats.length; from = s.start + ats[r] + 1, r++) {
    const cut = s.start + ats[r];
    const inS = entitiesIn(entities, r === 0 ? s : { start: from, end: s.end });
    // "over its 5 dose levels": a count of arms or of anything but people is no result of the list
    const results = inS.filter((e): e is FigureEntity => isFigure(e) && e.end <= cut && !heads.has(e) && e.figureKind !== 'dose' && e.figureKind !== 'date' && !ARM_SIZE.test(e.text)
      && !(e.figureKind === 'count' && e.denominator === undefined && !POPULATION.test(e.unit)) && !isAside(e, normalized));
    if (results.length < 2) continue;
    const kind = results[results.length - 1].figureKind;
    const list = results.filter(e => e.figureKind === kind);
    // a list of one pairs with nothing
    if (list.length < 2) continue;
    // "The ORR and DCR were 40 % and 70 %, respectively": the list pairs with the endpoints it names, not with arms
    if (pairEndpoints(inS, list, cut, normalized)) continue;
    // "in TRIAL-1 and TRIAL-2, with rates of 19 % and 13 %, respectively": the list pairs with the trials it names, not with arms
    if (new Set(inS.filter(e => e.kind === 'trial' && e.end <= cut).map(e => e.name)).size === list.length) continue;
    // "The proportions in the three arms were 44 %, 40 % and 39 %, respectively": the arms named last in the
    // paragraph, a few sentences back, when the sentences between name none; a sentence that counts the arms
    // it lists ("the three arms") refers back past its paragraph
    const counted = inS.some(e => isFigure(e) && e.figureKind === 'count' && e.value === list.length && /^(?:arms|groups|cohorts|doses)$/.test(e.unit));
    const earlier: Arm[][] = [];
    for (let b = si - 1; b >= 0 && b >= si - (counted ? 5 : 3); b--) {
      if (!counted && /\n[ \t]*\n/.test(normalized.slice(sentences[b].end, sentences[b + 1].start))) break;
      const l = dedupe(armMentions(entities, placebos, sentences[b], normalized));
      if (b === si - 1 || l.length) earlier.push(l);
      if (l.length) break;
    }
    // "30 % and 12 % for AB-101 and placebo, respectively": the arms named between the list and "respectively"
    const named = namedListArms(entities, placebos, list[list.length - 1].end, cut, normalized);
    if (named.length === list.length) {
      list.forEach((f, k) => {
        const a = named[k];
        setArm(f, a, mainDrug, decided);
        if (!a.drug || a.dose) return;
        // each drug's arm is named as the list writes it, the main drug's as a comparator's or a combination's
        // (the checks read an arm named by the figure's own drug as the drug's: check.ts armOf)
        f.binding.arm = a.text;
      });
      continue;
    }
    // "93 % and 65 % in the chemotherapy and HSCT groups, respectively": groups named between the list and "respectively",
    // closed by a noun of groups (binding.json listGroups), are each value's subgroup in order
    const groups = namedListGroups(normalized.slice(list[list.length - 1].end, cut));
    if (groups) {
      // (the run of values joined by commas and "and" at the list's end: "the rate was 90 %; 80 % and 60 % in ...")
      const run = list.slice(runStart(list, normalized));
      if (groups.length === run.length) {
        run.forEach((f, k) => { if (!f.binding.arm) f.binding.subgroup = groups[k]; });
        continue;
      }
    }
    const candidates = [
      dedupe(armMentions(entities, placebos, s, normalized)),
      ...earlier,
      randomised,
      // a two-arm trial: the drug, then its comparator
      twoArm,
    ];
    // each candidate whole, else its active arms only ("across all four dose arms")
    const chosen = candidates.flatMap(l => [l, l.filter(a => !a.placebo)]).find(l => l.length === list.length);
    if (!chosen) continue;
    list.forEach((f, k) => setArm(f, chosen[k], mainDrug, decided));
    }
  }
}

/** "in the chemotherapy and HSCT groups": a preposition, the groups' names joined by commas and "and", a noun of groups (binding.json listGroups). */
const LIST_GROUPS = new RegExp(`^\\s*,?\\s*(?:${wordsPattern(grammar.listGroups.openers)})\\s+(?:the\\s+)?([^,;:()\\d]{2,80}?)\\s+(${wordsPattern(grammar.listGroups.nouns)})\\s*,?\\s*$`, 'iu');
const GROUP_NAMES_JOIN = new RegExp(`\\s*,\\s*(?:(?:${wordsPattern(grammar.listGroups.joins)})\\s+)?|\\s+(?:${wordsPattern(grammar.listGroups.joins)})\\s+`, 'iu');
/** The groups' names, each with the noun of groups after it ("chemotherapy group"), or undefined. */
function namedListGroups(between: string): string[] | undefined {
  if (between.length > 120) return undefined;
  const m = LIST_GROUPS.exec(between);
  if (!m) return undefined;
  const noun = m[2].replace(/s$/i, '');
  const names = m[1].split(GROUP_NAMES_JOIN).map(x => x.trim()).filter(Boolean);
  return names.length >= 2 && names.every(x => x.split(/\s+/).length <= 3) ? names.map(x => `${x} ${noun}`) : undefined;
}

/** What opens the arms named after a list of results: "for", "in the", "with", "among those receiving". */
const NAMED_LIST_CUE = /^\s*,?\s*(?:for|in|with|on|among|receiving|between|of)\s/i;
const CONTROL_WORD_G = new RegExp(`(?<![\\p{L}\\d-])(?:${wordsPattern(Object.keys(grammar.arms.controls.words))})(?![\\p{L}\\d-])`, 'giu');
type NamedArm = Arm & { start: number; end: number; text: string; combination?: boolean };
/**
 * "30 % and 12 % for AB-101 and placebo, respectively", "8.1 and 5.2 months in the AB-101 and docetaxel arms,
 * respectively", "24 % and 6 % for AB-101 2 mg and placebo, respectively": the arms named, in order, between a
 * list's last figure and "respectively" (asides in brackets aside): drugs, doses, placebo and the controls of
 * binding.json arms.controls. A drug or control joined to the arm before by "plus", "+", "with" is that arm's
 * partner (the arm is the combination); a dose right after a drug is that drug's arm. Empty when the words
 * after the list open no arm ("for", "in", "with") or hold another figure or a clause break.
 */
function namedListArms(entities: Entity[], placebos: Span[], from: number, cut: number, normalized: string): NamedArm[] {
  if (cut - from > 120) return [];
  const tail = normalized.slice(from, cut).replace(/\([^()]*\)/g, m => ' '.repeat(m.length));
  if (!NAMED_LIST_CUE.test(tail) || /[.;:]/.test(tail)) return [];
  const items: NamedArm[] = [];
  for (let eI2 = 0, eList = entitiesIn(entities, { start: from, end: cut }); eI2 < eList.length; eI2++) { const e = eList[eI2];
    if (e.end > cut || /^\s+$/.test(tail.slice(e.start - from, e.end - from)) ) continue;
    if (e.kind === 'drug') { if (!isPriorTherapy(normalized, e)) items.push({ drug: e.name, start: e.start, end: e.end, text: e.text }); }
    else if (isFigure(e)) {
      if (e.figureKind !== 'dose') return [];
      items.push({ dose: doseLabel(e, normalized), start: e.start, end: e.end, text: normalized.slice(e.start, e.end) });
    }
  }
  for (let pI = 0, pList = spansIn(placebos, { start: from, end: cut }); pI < pList.length; pI++) { const p = pList[pI]; items.push({ placebo: true, start: p.start, end: p.end, text: 'placebo' }); }
  CONTROL_WORD_G.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CONTROL_WORD_G.exec(tail)); ) {
    const start = from + m.index, end = start + m[0].length;
    if (!items.some(a => a.start < end && start < a.end)) items.push({ label: m[0].toLowerCase(), start, end, text: m[0] });
  }
  items.sort((a, b) => a.start - b.start);
  const arms: NamedArm[] = [];
  for (let aI = 0; aI < items.length; aI++) { const a = items[aI];
    const prev = arms[arms.length - 1];
    const gap = prev ? normalized.slice(prev.end, a.start) : '';
    if (prev && a.dose && !prev.dose && prev.drug && /^\s*$/.test(gap)) { prev.dose = a.dose; prev.end = a.end; prev.text = normalized.slice(prev.start, a.end); continue; }
    if (prev && COMBINATION_LINK.test(gap) && !/^\s*and\s*$/i.test(gap)) { prev.end = a.end; prev.text = normalized.slice(prev.start, a.end); prev.combination = true; continue; }
    arms.push({ ...a });
  }
  return arms;
}

/** Between two results of one coordinated list, asides in parentheses taken out: a comma, "and", "or". */
const RESULT_LIST_GAP = /^\s*,?\s*(?:and|or|und|oder|y|o|et|ou|e|och|og)?\s*$/i;
/** Where the run of results at a list's end starts, its items joined by commas and "and" (asides in parentheses aside). */
function runStart(list: readonly FigureEntity[], normalized: string): number {
  let first = list.length - 1;
  while (first > 0 && RESULT_LIST_GAP.test(normalized.slice(list[first - 1].end, list[first].start).replace(/\([^()]*\)/g, ''))) first--;
  return first;
}

/**
 * "The ORR and DCR were 40 % and 70 %, respectively", "an IGA of 0/1 in 61 % and PASI 90 in 47 %, compared
 * to 9 % and 3 % with placebo, respectively": the results joined last before "respectively" pair in order
 * with the endpoints the sentence names before it, when there are as many of each (two or more). Whether
 * the list was so paired.
 */
function pairEndpoints(inS: Entity[], list: FigureEntity[], cut: number, normalized: string): boolean {
  const names: string[] = [];
  // an endpoint that defines the one before it ("remission as defined by the Acme score") is no second endpoint of the list
  inS.forEach((e, k) => { if (e.kind === 'endpoint' && e.end <= cut && !e.facts.adverseEvent && !names.includes(e.name) && !definesAnother(inS, k, 0, cut, normalized)) names.push(e.name); });
  if (names.length < 2 || list.length < names.length) return false;
  // the run of results at the list's end, joined by commas and "and"
  const first = runStart(list, normalized);
  const run = list.slice(first);
  // "The ORR was 45 %, with CR and PR rates of 15 % and 35 %, respectively": the list's own endpoints are those named
  // after the figure before it, when the sentence names more
  // (and when it names some there, whatever their number: "The ORR was 52 % versus 41 %, including CR in 6 % and 4 %,
  // respectively" pairs the arms, not ORR and CR)
  const between = first > 0 ? ownNames(inS, list[first - 1].end, run[0].start, normalized) : [];
  let own = first > 0 && (run.length !== names.length || between.length > 0) ? between : names;
  // "a rate of 50 %; 20 % and 30 % of patients had a complete and a partial response, respectively": the list's own
  // endpoints are those named after it, before "respectively", when as many
  if (run.length !== own.length && between.length === 0) own = ownNames(inS, run[run.length - 1].end, cut, normalized);
  if (run.length !== own.length) {
    // one endpoint named right before the list: each value is that endpoint's, the list pairs with something else (the arms)
    if (between.length === 1) run.forEach(f => { f.binding.endpoint = between[0]; });
    return false;
  }
  run.forEach((f, k) => { f.binding.endpoint = own[k]; });
  return true;
}

/** The distinct endpoints named between two offsets, in order (an endpoint defining the one before it is none). */
function ownNames(inS: Entity[], from: number, to: number, normalized: string): string[] {
  const names: string[] = [];
  inS.forEach((e, k) => { if (e.kind === 'endpoint' && e.start >= from && e.end <= to && !e.facts.adverseEvent && !names.includes(e.name) && !definesAnother(inS, k, 0, to, normalized)) names.push(e.name); });
  return names;
}

/** "ACR70 (70 % improvement in symptoms)": a figure inside a parenthesis that defines the word before it, no result. */
const ASIDE_AFTER = /^\s+\p{L}[^()\d]*\)/u;
function isAside(f: FigureEntity, normalized: string): boolean {
  return /\(\s*$/.test(normalized.slice(Math.max(0, f.start - 2), f.start)) && ASIDE_AFTER.test(normalized.slice(f.end, f.end + 80));
}

/**
 * "Median OS was 12.5 months versus 9.0 months": the second figure of a versus pair is the
 * comparator arm's: the comparator named in the sentence, else the document's (its placebo arm,
 * or the drug it names as comparator most often).
 */
function bindVersusPairs(entities: Entity[], sentences: Span[], placebos: Span[], heads: Map<FigureEntity, FigureEntity>,
  normalized: string, mainDrug: string | undefined, decided: Decided, docComparator: Arm | undefined): void {
  for (let sI = 0; sI < sentences.length; sI++) { const s = sentences[sI];
    const inS = entitiesIn(entities, s);
    const figs = inS.filter((e): e is FigureEntity => isFigure(e) && !heads.has(e) && e.figureKind !== 'dose' && e.figureKind !== 'date');
    for (let k = 0; k + 1 < figs.length; k++) {
      const a = figs[k], b = figs[k + 1];
      if (a.figureKind !== b.figureKind || a.unit !== b.unit) continue;
      const gap = normalized.slice(a.end, b.start).replace(/\([^()]*\)/g, '');
      if (!PAIR_VERSUS_GAP.test(gap)) {
        // "45 % with AB-101 versus 20 % with placebo": each side named, the pair's first figure is its drug's arm
        if (gap.length <= 80 && !/[.;:]/.test(gap) && PAIR_VERSUS_WORD.test(gap)) drugSideArm(a, b, inS, normalized);
        continue;
      }
      const named = sentenceComparator(inS, placebos, s, normalized);
      const comparator = named ?? docComparator;
      if (!comparator) { drugSideArm(a, b, inS, normalized); continue; }
      if (!decided.has(b)) {
        setArm(b, comparator, mainDrug, decided);
        // "12.5 months versus 9.0 months with zelbotinib": the comparator drug names the second figure's arm
        if (comparator.drug && comparator.drug !== mainDrug && !b.binding.arm) b.binding.arm = comparator.drug;
      }
      if (!decided.has(a) && (a.binding.arm === 'placebo' || (comparator.drug && a.binding.drug === comparator.drug))) {
        const own = inS.find(e => e.kind === 'drug' && !isComparator(normalized, e));
        setArm(a, { drug: own?.name ?? mainDrug }, mainDrug, decided);
        if (a.binding.arm === 'placebo') a.binding.arm = undefined;
      }
      drugSideArm(a, b, inS, normalized);
    }
  }
}

/**
 * "45 % with AB-101 versus 20 % with placebo": once the second figure of a versus pair is another arm's (placebo, a
 * control, another drug), the first, bound to its drug and to no arm, is the drug's arm, named as the sentence
 * writes the drug (the arm of a drug is its name, as "in the AB-101 arm" gives it). A figure whose drug is the
 * second's is no side of the pair.
 */
function drugSideArm(a: FigureEntity, b: FigureEntity, inS: Entity[], normalized: string): void {
  const drug = a.binding.drug;
  if (!drug || a.binding.arm || !b.binding.arm || b.binding.drug === drug) return;
  const own = inS.find(e => e.kind === 'drug' && e.name === drug && !isComparator(normalized, e));
  a.binding.arm = own ? own.text : drug;
}

/**
 * The comparison words between the two figures of a pair: VERSUS, and the words of binding.json periodComparison
 * ("16 % contre 8 %", "40 % jämfört med 22 %", "12 % par rapport au 7 %"), those that compare only before a number
 * included (a pair's second figure follows them).
 */
const PAIR_COMPARISON = `${VERSUS}|(?<!\\p{L})(?:${wordsPattern([...grammar.periodComparison.words, ...grammar.periodComparison.beforeNumber.words])})(?!\\p{L})`;
const PAIR_VERSUS_GAP = new RegExp(`^\\s*,?\\s*(?:${PAIR_COMPARISON})\\s*$`, 'iu');
const PAIR_VERSUS_WORD = new RegExp(`(?:${PAIR_COMPARISON})`, 'iu');

/** "placebo plus", "placebo and": what follows is given in both arms, on top of placebo in the control arm. */
const PLACEBO_PARTNER = /\bplacebo\s*(?:plus|\+|and|with|in combination with|combined with)\s*$/i;
/** The cue right before an arm's name: "treated with", "receiving", "on", "for" ("in high-risk patients treated with X"). */
const ARM_NAME_CUE = /\b(?:with|receiving|received|taking|took|given|on|for|bei|mit|unter|avec|sous)\s+(?:the\s+|a\s+)?/gi;
/** The versus word between the two arms. */
const ARM_VERSUS = new RegExp(`\\s*,?\\s*(?:${VERSUS})\\s*`, 'i');
/** Where the second arm's name ends: punctuation, a parenthesis, or a word that opens what follows it. */
const ARM_NAME_END = /[,.;:()[\]]|\s(?:in|at|among|who|which|that|was|were|is|are|for|after|by|through|over|respectively|bei|nach)\b/i;

/** The versus word that opens a compared list: "compared with", "versus", "vs", "gegenüber" (a semicolon is no comparison). */
const LIST_VERSUS = new RegExp(`(?:${VERSUS})`, 'gi');
/** A sentence's first versus word (a pure reading of its text: the match is read, never changed). */
const firstVersus = (sentence: string): RegExpExecArray | null => { LIST_VERSUS.lastIndex = 0; return LIST_VERSUS.exec(sentence); };
/** Between two members of a list: a comma, "and", "or" (and their German and French forms). */
const MEMBER_JOIN = /^\s*(?:,|,?\s*(?:and|or|und|oder|et|ou))\s*$/i;

/**
 * "50 % reached PASI 90 and 65 % IGA 0/1, compared with 4 % and 8 % on placebo": a list of results
 * compared with a list as long, of the same kind, pairs its members in order, as "respectively" pairs
 * them: each later figure measures what the earlier one in its place measures (its endpoint and time
 * point), whatever endpoint the words nearest to it suggested. Only lists of two or more whose earlier
 * members name different endpoints are paired; lists of unequal length are left alone.
 */
function bindComparedLists(entities: Entity[], sentences: Span[], heads: Map<FigureEntity, FigureEntity>, normalized: string): void {
  for (let sI = 0; sI < sentences.length; sI++) { const s = sentences[sI];
    // (the sentence's first versus word kept with its text: an edit elsewhere asks it of the memo)
    const v = memoSpanText(normalized, sentences, s).read(firstVersus);
    if (!v) continue;
    const cut = s.start + v.index, after = cut + v[0].length;
    const clauseStart = Math.max(s.start, normalized.lastIndexOf(';', cut) + 1);
    const result = (e: Entity): e is FigureEntity => isFigure(e) && !heads.has(e) && e.figureKind !== 'dose' && e.figureKind !== 'date' && !isAside(e, normalized);
    const inS = entitiesIn(entities, s).filter(result);
    // the compared list: the figures right after the versus word, joined by commas and "and"
    const right: FigureEntity[] = [];
    for (let eI2 = 0, inS_ = inS; eI2 < inS_.length; eI2++) { const e = inS_[eI2];
      if (e.start < after) continue;
      const gap = normalized.slice(right.length ? right[right.length - 1].end : after, e.start).replace(/\([^()]*\)/g, '');
      if (right.length ? !MEMBER_JOIN.test(gap) : !/^[\s,]*(?:(?:the|those|rates?\s+of|of)\s+)*$/i.test(gap)) break;
      if (right.length && (e.figureKind !== right[0].figureKind || e.unit !== right[0].unit)) break;
      right.push(e);
    }
    if (right.length < 2) continue;
    const left = inS.filter(e => e.start >= clauseStart && e.end <= cut && e.figureKind === right[0].figureKind && e.unit === right[0].unit);
    if (left.length !== right.length) continue;
    const endpoints = new Set(left.map(e => e.binding.endpoint));
    if (endpoints.size !== left.length || endpoints.has(undefined)) continue;
    // the arm named after the list ("4 % and 8 % on placebo") is each member's
    const listArm = right[right.length - 1].binding.arm;
    for (let k = 0; k < left.length; k++) {
      right[k].binding.endpoint = left[k].binding.endpoint;
      if (left[k].binding.timepoint && !right[k].binding.timepoint) right[k].binding.timepoint = left[k].binding.timepoint;
      if (listArm && !right[k].binding.arm) {
        right[k].binding.arm = listArm;
        if (listArm === 'placebo') right[k].binding.drug = undefined;
      }
    }
  }
}

/**
 * "9.4 months versus 5.1 months in high-risk patients treated with drugamab versus docetaxel", "48 % vs 22 % for
 * patients receiving X plus Y vs. Y alone": a versus pair of results, then a versus pair of arms after a cue, pair in
 * order, as "respectively" pairs them. Each arm is a drug's (a combination written with it is its name), placebo, a
 * control, or a short name with two capitals that a regimen goes by ("PAG vs. AG"); the text read so outranks the
 * drug a cue before one arm alone suggested.
 */
function bindParallelArms(entities: Entity[], sentences: Span[], placebos: Span[], normalized: string, mainDrug: string | undefined, decided: Decided): void {
  for (let sI = 0; sI < sentences.length; sI++) { const s = sentences[sI];
    const inS = entitiesIn(entities, s);
    const figs = inS.filter((e): e is FigureEntity => isFigure(e) && e.figureKind !== 'dose' && e.figureKind !== 'date');
    for (let k = 0; k + 1 < figs.length; k++) {
      const a = figs[k], b = figs[k + 1];
      if (a.figureKind !== b.figureKind || a.unit !== b.unit) continue;
      if (!VERSUS_GAP.test(normalized.slice(a.end, b.start).replace(/\([^()]*\)/g, ''))) continue;
      // the arms' versus word, within the clause after the pair
      const window = normalized.slice(b.end, Math.min(s.end, b.end + 150));
      const v = ARM_VERSUS.exec(window);
      if (!v || /[.;:!?]/.test(window.slice(0, v.index))) continue;
      // the last cue before it opens the first arm's name
      let aStart = -1;
      for (const m of window.slice(0, v.index).matchAll(ARM_NAME_CUE)) aStart = b.end + m.index! + m[0].length;
      if (aStart < 0 || aStart >= b.end + v.index) continue;
      // no other result between the pair and the arms (a time point or a companion in parentheses may stand there)
      const timeOrAside = (e: FigureEntity) => (e.figureKind === 'duration' && (isLandmark(e) || atTimeBefore(normalized, s.start, e.start))) || /\(\s*$/.test(normalized.slice(Math.max(0, e.start - 2), e.start));
      if (entitiesIn(entities, { start: b.end, end: aStart }).some(e => isFigure(e) && !timeOrAside(e))) continue;
      const bStart = b.end + v.index + v[0].length;
      const tail = normalized.slice(bStart, Math.min(s.end, bStart + 50));
      const stop = tail.search(ARM_NAME_END);
      const armA = parallelArm(entities, placebos, { start: aStart, end: b.end + v.index }, normalized);
      const armB = parallelArm(entities, placebos, { start: bStart, end: bStart + (stop < 0 ? tail.length : stop) }, normalized);
      if (!armA || !armB) continue;
      for (let itemI2 = 0, itemList = [[a, armA], [b, armB]] as const; itemI2 < itemList.length; itemI2++) { const [f, arm] = itemList[itemI2];
        // "PAG vs. AG": the first arm's short name keeps the drug the sentence gave its figure
        const drug = f === a && arm.arm.label && !CONTROL_WORDS.has(arm.name.toLowerCase()) ? f.binding.drug : undefined;
        setArm(f, arm.arm, mainDrug, decided);
        if (drug) f.binding.drug = drug;
        if (!arm.arm.placebo) f.binding.arm = arm.name;
        if (!arm.arm.drug && !arm.arm.placebo && f === b) f.binding.drug = undefined;
      }
    }
  }
}

/** The word that sets two arms against each other before a bracket of results: "in A than in B", "A versus B". */
const ARMS_COMPARED = new RegExp(`\\s(?:than|${VERSUS})\\s`, 'gi');
/** Where the first arm's name opens, its cue last before the comparison: "in the", "with", "receiving". */
const FIRST_ARM_CUE = /\b(?:in|with|receiving|received|on|for|among)\s+(?:the\s+|a\s+|an\s+)?/gi;
/**
 * "PFS was longer in the AB-101 arm than in the placebo arm (median 8.1 vs 5.2 months; 1-year rates 40 % vs 17 %)": the
 * versus pairs in a bracket right after a sentence sets two arms against each other are those arms', in order, as a
 * pair before its arms is (bindParallelArms). Each arm as parallelArm reads it; nothing between the comparison's second
 * arm and the bracket but the arm's own words.
 */
function bindArmsBeforeBracket(entities: Entity[], sentences: Span[], placebos: Span[], normalized: string, mainDrug: string | undefined, decided: Decided): void {
  for (let sI = 0; sI < sentences.length; sI++) { const s = sentences[sI];
    const figs = entitiesIn(entities, s).filter((e): e is FigureEntity => isFigure(e) && e.figureKind !== 'dose' && e.figureKind !== 'date');
    let open = -1, arms: [{ arm: Arm; name: string }, { arm: Arm; name: string }] | undefined;
    for (let k = 0; k + 1 < figs.length; k++) {
      const a = figs[k], b = figs[k + 1];
      if (a.figureKind !== b.figureKind || a.unit !== b.unit || !VERSUS_GAP.test(normalized.slice(a.end, b.start).replace(/\([^()]*\)/g, ''))) continue;
      // the bracket the pair stands in (none closed between its opening and the pair)
      // (searched within the sentence: a search of the whole text would run back to its start for every pair)
      const ob = normalized.slice(s.start, a.start).lastIndexOf('(');
      const o = ob < 0 ? -1 : s.start + ob;
      if (o < 0 || normalized.slice(o, a.start).includes(')') || normalized.slice(a.end, b.start).includes(')')) continue;
      if (o !== open) {
        open = o;
        arms = undefined;
        const pre = normalized.slice(s.start, o);
        let v: RegExpExecArray | null = null;
        ARMS_COMPARED.lastIndex = 0;
        for (let m = ARMS_COMPARED.exec(pre); m; m = ARMS_COMPARED.exec(pre)) v = m;
        if (!v || pre.length - v.index > 60) continue;
        let aStart = -1;
        FIRST_ARM_CUE.lastIndex = 0;
        const head = pre.slice(Math.max(0, v.index - 60), v.index);
        for (let m = FIRST_ARM_CUE.exec(head); m; m = FIRST_ARM_CUE.exec(head)) aStart = s.start + Math.max(0, v.index - 60) + m.index + m[0].length;
        if (aStart < 0) continue;
        const bText = pre.slice(v.index + v[0].length);
        const lead = /^(?:in|with|on|for|among)\s+(?:the\s+)?/i.exec(bText)?.[0].length ?? 0;
        const spanA = { start: aStart, end: s.start + v.index };
        const spanB = { start: s.start + v.index + v[0].length + lead, end: o };
        const armA = parallelArm(entities, placebos, trimArmWord(spanA, normalized), normalized);
        const armB = parallelArm(entities, placebos, trimArmWord(spanB, normalized), normalized);
        if (armA && armB && armA.name !== armB.name) arms = [armA, armB];
      }
      if (!arms) continue;
      for (let itemI2 = 0, itemList = [[a, arms[0]], [b, arms[1]]] as const; itemI2 < itemList.length; itemI2++) { const [f, arm] = itemList[itemI2];
        setArm(f, arm.arm, mainDrug, decided);
        if (!arm.arm.placebo) f.binding.arm = arm.name;
        if (!arm.arm.drug && !arm.arm.placebo && f === b) f.binding.drug = undefined;
      }
      k++;
    }
  }
}
/** An arm's span without the word "arm" or "group" closing it ("the AB-101 arm"), nor the blanks around. */
function trimArmWord(span: Span, normalized: string): Span {
  const t = normalized.slice(span.start, span.end);
  const m = /\s*(?:arms?|groups?|cohorts?)?\s*$/i.exec(t);
  return { start: span.start, end: span.end - (m ? m[0].length : 0) };
}

/** A bracket's opening, the comparison word and the group compared with right before it: "versus placebo (", "compared to chemotherapy (". */
const COMPARED_GROUP_BRACKET = new RegExp(`(?:${VERSUS}|(?<![\\p{L}])(?:relative to|over|against|par rapport \u00e0))\\s+(?:the\\s+)?([^()\\d;:.]{2,40}?)\\s*\\(\\s*$`, 'iu');
const BRACKET_VERSUS = new RegExp(`(?:${VERSUS})`, 'iu');
/** Inside such a bracket, before a figure: the figures listed ahead of it and their joins ("5 % and ", "12 %, "). */
const BRACKET_LIST_HEAD = /^(?:[^()a-z]{0,24}(?:,\s*|\s+and\s+|\s+und\s+|\s+et\s+))?$/i;
/**
 * "an improvement in ORR (35 %) and DCR (45 %) compared to chemotherapy (5 % and 9 %, respectively)", "versus placebo
 * (12 %)": figures in the brackets right after a comparison and the group it names are that group's, placebo, a control
 * or a drug, whatever drug their sentence is about.
 */
function comparedInBrackets(f: FigureEntity, entities: Entity[], normalized: string): { arm: Arm; name?: string } | undefined {
  const before = normalized.slice(Math.max(0, f.start - 120), f.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0 || !BRACKET_LIST_HEAD.test(before.slice(open + 1))) return undefined;
  const m = execPiece(COMPARED_GROUP_BRACKET, before.slice(0, open + 1));
  if (!m) return undefined;
  // the bracket's whole: a pair in it ("(41 % vs. 18 %)") is both groups'; "respectively" spreads its figures over the groups
  // ("compared to the control arm (16 % and 1 %, respectively)") unless as many measures stand before the comparison
  // ("ORR (35 %) and DCR (45 %) compared to chemotherapy (5 % and 9 %, respectively)")
  const openAt = Math.max(0, f.start - 120) + open;
  const close = normalized.indexOf(')', f.end);
  if (close < 0 || close - openAt > 160) return undefined;
  const inside = normalized.slice(openAt + 1, close);
  if (execPiece(BRACKET_VERSUS, inside)) return undefined;
  if (/\brespectively\b/i.test(inside)) {
    const listed = entitiesIn(entities, { start: openAt, end: close }).filter(e => isFigure(e) && e.figureKind === f.figureKind).length;
    const compStart = Math.max(0, f.start - 120) + m.index;
    const lead = normalized.slice(Math.max(0, compStart - 200), compStart);
    const from = compStart - lead.length + Math.max(0, lead.lastIndexOf('. ') + 1);
    const measures = new Set(entitiesIn(entities, { start: from, end: compStart }).filter(e => e.kind === 'endpoint').map(e => e.name)).size;
    if (measures < listed) return undefined;
  }
  const name = m[1].trim().replace(/\s+/g, ' ');
  const group = name.toLowerCase().replace(/\s+(?:alone|arm|group)$/, '');
  if (group === 'placebo') return { arm: { placebo: true } };
  if (CONTROL_WORDS.has(group)) return { arm: { label: group } };
  // a drug that is the whole name ("versus docetaxel (", "compared with the zetalimab arm (")
  const nameStart = Math.max(0, f.start - 120) + m.index + m[0].indexOf(m[1]);
  const inName = entitiesIn(entities, { start: nameStart, end: nameStart + m[1].length }).filter(e => e.kind === 'drug');
  if (inName.length === 1 && /^(?:the\s+)?\S+(?:\s+(?:alone|arm|group))?$/i.test(name)) return { arm: { drug: inName[0].name }, name: inName[0].text };
  return undefined;
}

/** An arm written as a short phrase: placebo, a drug (the head of a combination), a control, or a two-capital short name. */
function parallelArm(entities: Entity[], placebos: Span[], span: Span, normalized: string): { arm: Arm; name: string } | undefined {
  const name = normalized.slice(span.start, span.end).trim().replace(/\s+/g, ' ').replace(/^(?:the|a|an)\s+/i, '');
  if (!name || name.length > 50 || name.split(' ').length > 6) return undefined;
  const inside = entitiesIn(entities, span).filter(e => e.end <= span.end);
  const drugs = inside.filter(e => e.kind === 'drug');
  const placebo = spansIn(placebos, span)[0];
  if (placebo && (!drugs.length || placebo.start < drugs[0].start)) return { arm: { placebo: true }, name: 'placebo' };
  if (drugs.length) return { arm: { drug: drugs[0].name }, name };
  if (inside.some(e => e.kind !== 'figure' || (e as FigureEntity).figureKind !== 'dose')) return undefined;
  const dose = inside.find(e => isFigure(e) && e.figureKind === 'dose');
  if (dose) return { arm: { dose: doseLabel(dose, normalized) }, name: doseLabel(dose, normalized) };
  if (CONTROL_WORDS.has(name.toLowerCase()) || ACRONYM_ARM.test(name)) return { arm: { label: name }, name };
  return undefined;
}
const CONTROL_WORDS = new Set(Object.keys(grammar.arms.controls.words).map(w => w.toLowerCase()).concat(['control', 'the control arm', 'control arm']));

const PLACEBO_AS_COMPARATOR = versusThen(String.raw`|\bover`, String.raw`\s*$`);
function sentenceComparator(inS: Entity[], placebos: Span[], s: Span, normalized: string): Arm | undefined {
  const drug = inS.find(e => e.kind === 'drug' && isComparator(normalized, e));
  const placebo = spansIn(placebos, s).find(p => PLACEBO_AS_COMPARATOR.test(normalized.slice(Math.max(0, p.start - 16), p.start)));
  if (placebo && (!drug || placebo.start < drug.start)) return { placebo: true };
  return drug ? { drug: drug.name } : undefined;
}

/** The ratios that compare two arms' risks or odds (numbers.json ratioNames): a hazard ratio, no "2-fold". */
const CONTRAST_RATIOS = new Set(['HR', 'OR', 'RR', 'rate ratio']);

/**
 * "HR 0.62 (95% CI 0.48-0.80; p < 0.001)": a ratio of two arms' risks, its interval and its p-value belong to no one
 * arm but to the comparison of the two, the drug's arm against the comparator ("zelbotamab vs placebo"): the
 * sentence's comparator, else the document's. A p-value is the comparison's only in a sentence that states such a
 * ratio, or names the comparator. Nothing is bound where the drug or the comparator is unknown, or they are one.
 */
function bindContrasts(entities: Entity[], sentences: Span[], placebos: Span[], normalized: string, mainDrug: string | undefined, docComparator: Arm | undefined): void {
  for (let sI = 0; sI < sentences.length; sI++) { const s = sentences[sI];
    const inS = entitiesIn(entities, s);
    const figs = inS.filter((e): e is FigureEntity => isFigure(e) && !e.table && !e.binding.arm && (e.figureKind === 'ratio' || e.figureKind === 'ci' || e.figureKind === 'pvalue'));
    if (!figs.length) continue;
    const ratio = figs.some(f => f.figureKind === 'ratio' && CONTRAST_RATIOS.has(f.unit));
    const named = sentenceComparator(inS, placebos, s, normalized);
    const comparator = named ?? docComparator;
    if (!comparator || (!ratio && !named)) continue;
    const label = comparator.placebo ? 'placebo' : comparator.drug ?? comparator.label;
    for (const f of figs) {
      if ((f.figureKind === 'ratio' || f.figureKind === 'ci') && !CONTRAST_RATIOS.has(f.unit)) continue;
      const drug = f.binding.drug && f.binding.drug !== comparator.drug ? f.binding.drug : mainDrug;
      if (!drug || !label || drug === label) continue;
      f.binding.arm = contrastArm(drug, label);
    }
  }
}

function documentComparator(entities: Entity[], arms: Arm[], placebos: Span[], normalized: string): Arm | undefined {
  if (arms.some(a => a.placebo)) return { placebo: true };
  // "versus placebo plus prednisone": a drug given with placebo is both arms' background, the comparator is placebo
  const best = mostCommon(entities, e => e.kind === 'drug' && isComparator(normalized, e) && !PLACEBO_PARTNER.test(normalized.slice(Math.max(0, e.start - 40), e.start)) ? e.name : undefined);
  if (best) return { drug: best };
  if (placebos.length > 0) return { placebo: true };
  const control = CONTROL.exec(normalized);
  return control ? { label: control[1].toLowerCase() } : undefined;
}

/**
 * "19.5 months in the zelbotamab arm and 12.5 months in the chemotherapy arm": the arm named
 * right after a figure is its arm, a drug's or a control's; so is the arm a figure in parentheses
 * follows ("in the zelbotamab arm (95% CI: ...)"). A figure the sentence already gave a drug but no
 * arm still takes the arm a phrase names outright ("46 % in the zelbotinib arm").
 */
function bindArmPhrases(figures: FigureEntity[], entities: Entity[], normalized: string, mainDrug: string | undefined, decided: Decided): void {
  const namedById: FigureEntity[] = [];
  /** The last result an arm's subject governed from a bracket after a noun (subjectArmBefore's aside), and where it ended. */
  let lastAside: { sa: NonNullable<ReturnType<typeof subjectArmBefore>>; end: number } | undefined;
  for (let fI2 = 0, figures_ = figures; fI2 < figures_.length; fI2++) { const f = figures_[fI2];
    if (f.figureKind === 'date' || f.figureKind === 'dose') continue;
    if (decided.has(f) && f.binding.arm) continue;
    const after = normalized.slice(f.end, f.end + 90);
    if (!decided.has(f)) {
      const c = execPiece(CONTROL_AFTER, after)
        ?? (testPiece(PAIR_VERSUS_WORD, normalized.slice(Math.max(0, f.start - 120), f.start)) ? execPiece(CONTROL_IN_BRACKETS, after) : null);
      if (c) { setArm(f, { label: c[1].toLowerCase().replace(/\s+/g, ' ') }, mainDrug, decided); continue; }
      if (assignedArm(f, after, entities, normalized, mainDrug, decided)) continue;
      const compared = comparedInBrackets(f, entities, normalized);
      if (compared) { setArm(f, compared.arm, mainDrug, decided); if (compared.name) f.binding.arm = compared.name; continue; }
    }
    let at = -1, named = '', explicitArm = false;
    // "27 % in group A (n = 44)", "(n = 31) in Arm 2": an arm named by its letter or number, after the figure or right
    // before the bracket it stands in
    // (a duration after "at", "after", "nach": the time a rate is read at, no result of the arm)
    const byId = !measuredInArm(f) || (f.figureKind === 'duration' && AT_TIME.test(normalized.slice(Math.max(0, f.start - 24), f.start))) ? null
      : execPiece(ARM_ID_AFTER, after) ?? readPiece(armIdBefore, normalized.slice(Math.max(0, f.start - 40), f.start)) ?? armIdScopeBefore(normalized, f.start);
    if (byId) { setArm(f, { label: `${byId[1].toLowerCase()} ${byId[2]}` }, mainDrug, decided); namedById.push(f); continue; }
    const m = execPiece(ARM_AFTER, after);
    // a p-value or ratio in parentheses after the last arm named compares the arms: it is no one arm's
    const b = m || f.figureKind === 'pvalue' || f.figureKind === 'ratio' ? null : readPiece(armBefore, normalized.slice(Math.max(0, f.start - 90), f.start));
    const g = m || b ? null : execPiece(ARM_COMPOUND_AFTER, after);
    if (m) { at = f.end + m.index + m[0].indexOf(m[1]); named = m[1]; explicitArm = /\barms?$/i.test(m[0]); }
    else if (b) { at = Math.max(0, f.start - 90) + b.index + b[0].lastIndexOf(b[1]); named = b[1]; explicitArm = true; }
    else if (g) { named = g[1]; }
    else {
      let sa = decided.has(f) ? undefined : subjectArmBefore(entities, normalized, f);
      // (the next result of the same bracket, "(14 %; n = 6)", or of the next item of its list, "rash (9 %)": the same arm's)
      if (!sa && !decided.has(f) && lastAside && ARM_ASIDE_KINDS.has(f.figureKind) && continuesAside(normalized, lastAside.end, f.start)) sa = lastAside.sa;
      if (!sa) continue;
      // (from a bracket, only an arm named by its drug, dose or placebo: "the combination arm" there says less than the
      // readings after this one may)
      if (sa.aside && ARM_NOUNS.has(sa.named.toLowerCase()) && !/placebo/i.test(sa.named)) continue;
      if (sa.aside) lastAside = { sa, end: f.end };
      at = sa.at; named = sa.named; explicitArm = sa.explicit;
    }
    if (/\bplacebo$/i.test(named) || /^placebo\b/i.test(named)) { setArm(f, { placebo: true }, mainDrug, decided); continue; }
    const noun = ARM_NOUNS.get(named.toLowerCase());
    if (noun) { setArm(f, { label: named.toLowerCase() }, mainDrug, decided); continue; }
    if (at < 0) continue;
    const inNamed = entitiesIn(entities, { start: at, end: at + named.length });
    const drug = inNamed.find(e => e.kind === 'drug');
    const dose = inNamed.find(e => e.kind === 'figure' && e.figureKind === 'dose');
    // "25 % in the 2 mg/kg cohort": the dose names the arm
    if (dose) setArm(f, { drug: drug?.name, dose: doseLabel(dose, normalized) }, mainDrug, decided);
    else if (drug) {
      setArm(f, { drug: drug.name }, mainDrug, decided);
      // "28 % in the drugamab arm", "31 % of the drugamab plus zelbotinib group": the phrase names the figure's arm outright,
      // the document's main drug's as any other's; a combination's arm is the whole of its name
      const drugs = inNamed.filter(e => e.kind === 'drug');
      f.binding.arm = drugs.length > 1 ? named.trim().replace(/\s+/g, ' ') : drug.text;
    }
    else if (explicitArm && ACRONYM_ARM.test(named)) { f.binding.arm = named; decided.add(f); }
  }
  if (namedById.length) sizesOfArmsById(namedById);
}

/**
 * "27 % in group A (n = 44) and 36 % in group B (n = 31)": a result of an arm named by its letter takes its n from the
 * size written with that arm, not from the last size before it in its sentence (another arm's).
 */
function sizesOfArmsById(named: FigureEntity[]): void {
  const isSize = (g: FigureEntity) => g.figureKind === 'count' && POPULATION.test(g.unit) && typeof g.value === 'number';
  const sizes = named.filter(isSize);
  if (!sizes.length) return;
  for (let fI2 = 0, named_ = named; fI2 < named_.length; fI2++) { const f = named_[fI2];
    if (isSize(f)) continue;
    const own = sizes.filter(g => g.binding.arm === f.binding.arm && Math.abs(g.start - f.end) <= 60);
    if (own.length === 1) f.binding.n = own[0].value as number;
    else if (f.binding.n !== undefined && sizes.some(g => g.value === f.binding.n && g.binding.arm !== f.binding.arm && g.start < f.start && f.start - g.end <= 200)) f.binding.n = undefined;
  }
}

const PHRASES = grammar.arms.phrases;
/**
 * "im AB-101-Arm", "in der Placebogruppe", "dans le bras placebo", "en el grupo de AB-101" (binding.json arms.phrases):
 * an arm phrase of a language that writes the arm as a compound (group 1: the compound's first part) or names it after
 * the noun (group 2: the word after the noun and its link).
 */
const ARM_PHRASE = new RegExp(`(?<![\\p{L}])(?:(?:${wordsPattern(PHRASES.compoundOpeners)})\\s+([\\p{L}\\d][\\p{L}\\d-]{0,30}?)-?(?:${wordsPattern(PHRASES.compounds)})`
  + `|(?:${wordsPattern(PHRASES.headOpeners)})\\s+(?:${wordsPattern(PHRASES.heads)})\\s+(?:(?:${wordsPattern(PHRASES.headLinks)})\\s+)?(?:(?:le|la|el|il|lo)\\s+|l['\u2019])?([\\p{L}\\d][\\p{L}\\d-]{0,30}))(?![\\p{L}])`, 'giu');
/** Between an arm phrase and the figure it governs, later in its clause: no stop, no comparison, no second clause. */
const PHRASE_GAP_STOP = /[.;:!?]|(?<![\p{L}])(?:than|versus|vs|compared|and|or|als|gegen\u00fcber|verglichen|und|oder|sowie|w\u00e4hrend|que|contre|et|ou|alors|tandis|frente|y|o|mientras|rispetto|e|mentre)(?![\p{L}])/iu;
/** Between a figure and the arm phrase right after it: an aside in brackets ("81 Fälle, im Placebo-Arm 90": after a comma the phrase opens the next clause). */
const PHRASE_AFTER_GAP = /^(?:\s*\([^()]*\))?\s*$/;

/**
 * "Das mediane PFS betrug im AB-101-Arm 20 Monate und im Placebo-Arm 15,9 Monate", "38 % dans le bras AB-101",
 * "en el grupo placebo, la tasa fue del 12 %": an arm phrase of binding.json arms.phrases names the arm of the figure
 * right before it, else of the figures after it in its clause (no other figure, drug or comparison between). The
 * phrase's name is placebo, a control noun, a drug (the arm is the drug as written) or a dose; any other ("im
 * Behandlungsarm", "in der Altersgruppe") names no arm. A figure already given an arm keeps it.
 */
function bindArmCompounds(figures: FigureEntity[], entities: Entity[], sentences: Span[], normalized: string, mainDrug: string | undefined, decided: Decided): void {
  const phrases: { start: number; end: number; at: number; name: string }[] = [];
  for (let itemI2 = 0, itemList = paragraphMatches(ARM_PHRASE, normalized); itemI2 < itemList.length; itemI2++) { const { match: m, index } = itemList[itemI2];
    const name = m[1] ?? m[2];
    phrases.push({ start: index, end: index + m[0].length, at: index + m[0].indexOf(name, m[0].search(/\s/)), name });
  }
  if (!phrases.length) return;
  const setFrom = (f: FigureEntity, p: { at: number; name: string }): boolean => {
    if (/^pla[cz]ebo/i.test(p.name)) { setArm(f, { placebo: true }, mainDrug, decided); return true; }
    if (ARM_NOUNS.has(p.name.toLowerCase())) { setArm(f, { label: p.name.toLowerCase() }, mainDrug, decided); return true; }
    const inNamed = entitiesIn(entities, { start: p.at, end: p.at + p.name.length });
    const drug = inNamed.find(e => e.kind === 'drug');
    const dose = inNamed.find((e): e is FigureEntity => isFigure(e) && e.figureKind === 'dose');
    if (dose) { setArm(f, { drug: drug?.name, dose: doseLabel(dose, normalized) }, mainDrug, decided); return true; }
    if (!drug) return false;
    setArm(f, { drug: drug.name }, mainDrug, decided);
    f.binding.arm = drug.text;
    return true;
  };
  for (let fI2 = 0, figures_ = figures; fI2 < figures_.length; fI2++) { const f = figures_[fI2];
    if (f.binding.arm || f.figureKind === 'date' || f.figureKind === 'dose' || f.table) continue;
    const k = firstFrom(phrases, f.end);
    if (k < phrases.length && PHRASE_AFTER_GAP.test(normalized.slice(f.end, phrases[k].start)) && setFrom(f, phrases[k])) continue;
    const p = k > 0 ? phrases[k - 1] : undefined;
    if (!p || p.end > f.start || f.start - p.end > 80) continue;
    const s = sentenceAt(sentences, f.start);
    if (!s || p.start < s.start) continue;
    const gap = normalized.slice(p.end, f.start);
    if (PHRASE_GAP_STOP.test(gap.replace(/\([^()]*\)/g, ' ').replace(/\($/, ''))) continue;
    if (entitiesIn(entities, { start: p.end, end: f.start }).some(e => e.kind === 'drug' || (isFigure(e) && !isLandmark(e)))) continue;
    setFrom(f, p);
  }
}

/** A dose arm named by its level (binding.json arms.doseLevels): "the low dose arm", "the lowest dose", "der hohen Dosis". */
const DOSE_LEVEL = wordsPattern(grammar.arms.doseLevels.words);
/** "90 % in the low dose arm", "93 % in participants on the lowest dose": a figure, then the level word that names its arm ("a high dose of vitamin D" is an amount, no arm). */
const DOSE_LEVEL_AFTER = new RegExp(`^(?:\\s*\\([^()]*\\))?,?\\s*(?:in|for|with|on|among|at|receiving|in\\s+(?:participants|patients|subjects|those)\\s+(?:on|receiving|given)|of\\s+(?:participants|patients|subjects|those)\\s+(?:on|receiving|given)|bei|unter|mit|in\\s+der|avec|sous|dans|con|en)\\s+(?:(?:the|der|la|le|el|il)\\s+)?(${DOSE_LEVEL})(?![\\p{L}\\d-])(?!\\s+(?:of|von|de|di)\\s)`, 'iu');
/** "In the low dose group, ...": a sentence that opens on a dose arm named by its level, up to its comma. */
const DOSE_LEVEL_FRONTED = new RegExp(`^\\s*(?:In|Among|For|Im|In der|Dans|En)\\s+(?:(?:the|der|le|la|el)\\s+)?(${DOSE_LEVEL})(?:[\\s-]+(?:group|arm|cohort|Gruppe|groupe|grupo|bras|brazo))?\\s*,`, 'iu');
/** After these the figures of a sentence are another arm's: "higher than in the low dose group", "versus 40 %". */
const LEVEL_SCOPE_END = /(?<![\p{L}])(?:than|versus|vs|compared|als|gegen\u00fcber|que|contre|frente)(?![\p{L}])/iu;

/**
 * "In the low dose arm, the titre was 410 ... and 1980 ...", "90 % in the low dose arm", "93 % in participants
 * on the highest dose": a dose arm named by its level in words (binding.json arms.doseLevels) is the arm of the
 * figure right before it, and of the results of a sentence that opens on it, up to a comparison ("higher than in the
 * medium dose group"). The arm is the level as written. A figure already given an arm keeps it.
 */
function bindDoseLevelArms(figures: FigureEntity[], entities: Entity[], sentences: Span[], normalized: string, decided: Decided): void {
  const label = (w: string) => w.replace(/\s+/g, ' ');
  for (let fI2 = 0, figures_ = figures; fI2 < figures_.length; fI2++) { const f = figures_[fI2];
    if (f.binding.arm || f.figureKind === 'date' || f.figureKind === 'dose' || f.table || !measuredInArm(f)) continue;
    const m = DOSE_LEVEL_AFTER.exec(normalized.slice(f.end, f.end + 90));
    if (m) { f.binding.arm = label(m[1]); decided.add(f); }
  }
  for (let sI = 0; sI < sentences.length; sI++) { const s = sentences[sI];
    const t = normalized.slice(s.start, Math.min(s.end, s.start + 80));
    const m = DOSE_LEVEL_FRONTED.exec(t);
    if (!m) continue;
    const from = s.start + m[0].length;
    const stop = normalized.slice(from, s.end).search(LEVEL_SCOPE_END);
    const end = stop < 0 ? s.end : from + stop;
    for (let eI2 = 0, eList = entitiesIn(entities, { start: from, end }); eI2 < eList.length; eI2++) { const e = eList[eI2];
      if (!isFigure(e) || e.binding.arm || e.table || e.figureKind === 'date' || e.figureKind === 'dose' || !measuredInArm(e)) continue;
      e.binding.arm = label(m[1]);
      decided.add(e);
    }
  }
}

/** "(Tov+Z)", "(IV Tov)", "(TZ)": a short name with two capitals or more, written in parentheses. */
const ARM_ABBREVIATION = /\(([\p{L}\d][\p{L}\d+/ -]{1,10})\)/gu;
const TWO_CAPITALS = /^(?:[^\p{Lu}]*\p{Lu}){2}/u;
/** Between a figure and the arm it is of: "for", "with", "of patients taking", "of patients with melanoma who got". */
const ARM_CUE = String.raw`(?:\s*\([^()]*\))?\s*(?:of\s+(?:the\s+)?(?:patients|participants|subjects|those)(?:\s+with\s+[^\d,;.()]{1,30}?)?\s+(?:who\s+)?(?:received|receiving|taking|took|treated\s+with|given|on)|for|with|in|on|receiving|taking)\s+(?:the\s+)?`;
const ARM_CUE_THEN_NAME = new RegExp(`^${ARM_CUE}$`, 'i');
const ARM_CUE_THEN_REGIMEN = new RegExp(`^${ARM_CUE}[^\\d().;,]{1,60}$`, 'i');

/**
 * "35.8 % of patients taking oral drugamab plus zelbotinib (D+Z) ... 50.3 % for D+Z vs 29.6 % for IV
 * drugamab": a short name the text gives a regimen, in parentheses right after its drugs, names an arm;
 * a figure followed by that name, or by the regimen it names, is that arm's. A name that is itself an
 * entity (a drug's code, a company) names no regimen.
 */
function bindArmAbbreviations(figures: FigureEntity[], entities: Entity[], normalized: string, decided: Decided): void {
  const defined: { name: string; open: number; close: number }[] = [];
  for (let itemI2 = 0, itemList = paragraphMatches(ARM_ABBREVIATION, normalized); itemI2 < itemList.length; itemI2++) { const { match: m, index: open } = itemList[itemI2];
    const close = open + m[0].length;
    if (!TWO_CAPITALS.test(m[1]) || /^\s|\s$/.test(m[1])) continue;
    const k = firstFrom(entities, open) - 1;
    const before = k >= 0 ? entities[k] : undefined;
    if (!before || before.kind !== 'drug' || !/^\s*$/.test(normalized.slice(before.end, open))) continue;
    if (k + 1 < entities.length && entities[k + 1].start < close) continue;
    defined.push({ name: m[1], open, close });
  }
  if (!defined.length) return;
  const names = new Set(defined.map(d => d.name));
  for (let fI2 = 0, figures_ = figures; fI2 < figures_.length; fI2++) { const f = figures_[fI2];
    if (f.binding.arm || f.figureKind === 'date' || f.figureKind === 'dose' || !measuredInArm(f)) continue;
    // the regimen's definition after the figure, or a later mention of its name
    // (the first definition opening after the figure, by binary search: the definitions are in document order)
    let lo = 0, hi = defined.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (defined[mid].open > f.end) hi = mid; else lo = mid + 1; }
    const def = lo < defined.length && defined[lo].open - f.end <= 100 ? defined[lo] : undefined;
    let arm: string | undefined;
    if (def && ARM_CUE_THEN_REGIMEN.test(normalized.slice(f.end, def.open)) && !entitiesIn(entities, { start: f.end, end: def.open }).some(isFigure)) arm = def.name;
    else {
      const after = normalized.slice(f.end, f.end + 90);
      for (const name of names) {
        const at = after.indexOf(name);
        if (at < 0 || /[\p{L}\d]/u.test(after[at + name.length] ?? '')) continue;
        if (ARM_CUE_THEN_NAME.test(after.slice(0, at))) { arm = name; break; }
      }
    }
    if (arm) { f.binding.arm = arm; decided.add(f); }
  }
}

/**
 * Tables, as the structure reader found them (Markdown, pipe and aligned plain-text tables): a
 * cell's figures are bound through its column header and its row label. A header that names an
 * arm ("Placebo (n=150)", "Zelbotamab 2 mg/kg") gives it to its column; a row label that names an
 * endpoint gives it to its row; the other way round when the table is transposed (arms as rows,
 * endpoints or time points as columns). A header that is a time point ("Week 12", "2027E") is the
 * time point of its column.
 *
 * Flattened rows (a table glued into text, one row a line): a row that opens with an arm
 * ("Placebo2.1 %", "12 mg7.5 %6.0 %") gives it to the row's other cells; the line above the rows
 * names their endpoint and time point ("Weight change at 20 weeks").
 */
function bindTables(entities: Entity[], figures: FigureEntity[], normalized: string, tables: readonly DocTable[], mainDrug: string | undefined, decided: Decided): void {
  if (figures.length === 0) return;
  for (let tableI = 0, tables_ = tables; tableI < tables_.length; tableI++) { const table = tables_[tableI]; bindTable(entities, table, normalized, mainDrug, decided); }
  const lines: Span[] = [];
  for (let at = 0; at <= normalized.length;) {
    const nl = normalized.indexOf('\n', at);
    const end = nl < 0 ? normalized.length : nl;
    lines.push({ start: at, end });
    at = end + 1;
  }
  bindGluedColumns(entities, lines, tables, normalized, mainDrug, decided);
  bindStackedTables(entities, lines, tables, normalized, mainDrug, decided);
  bindParagraphTables(entities, lines, tables, normalized, mainDrug, decided);
  bindSizedHeaderRows(entities, lines, tables, normalized, mainDrug, decided);
  let rowRun: Span[] = [];
  let runTitle: Span | undefined;
  const flushRun = () => {
    if (rowRun.length >= 2) bindFlattenedRows(entities, rowRun, runTitle, normalized, mainDrug, decided);
    rowRun = [];
  };
  let ti = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    while (ti < tables.length && tables[ti].end < line.start) ti++;
    // rows of a table the structure reader found are bound above
    if (ti < tables.length && tables[ti].start <= line.start) { flushRun(); continue; }
    const text = normalized.slice(line.start, line.end);
    const inLine = entitiesIn(entities, line);
    const first = inLine[0];
    const opensWithArm = (first && first.start - line.start <= 1 && isFigure(first) && first.figureKind === 'dose' && inLine.length > 1)
      || (/^\s*placebo(?!\p{L})/iu.test(text) && inLine.some(isFigure));
    if (opensWithArm) {
      // the line right above a run of rows is its title
      if (rowRun.length === 0) runTitle = li > 0 ? lines[li - 1] : undefined;
      rowRun.push(line);
    } else flushRun();
  }
  flushRun();
}

/** A line that ends a sentence: a group's description in a stacked table ends so. */
const SENTENCE_END = /[.!?]["'\u201d\u2019)]?\s*$/u;

/**
 * A table copied one cell a line, as a trial registry's results read when copied from a web page: a corner line
 * ("Measure"), the groups' names, each with the lines that describe it, then rows: a label (a period, "Overall Study",
 * and a row's own label, "STARTED", "Adverse Event") and one value a line per group, in the groups' order. The rows
 * tell how many groups there are; the groups are the header's short lines each right after a description's last
 * sentence (or all its lines when there are as many as groups, or every other when twice as many). Each figure in a
 * group's description is that group's; each value is its column's group's. A row's values that are whole numbers
 * count people: the row's label names them, its population. The table ends at a blank line.
 */
function bindStackedTables(entities: Entity[], lines: Span[], tables: readonly DocTable[], normalized: string, mainDrug: string | undefined, decided: Decided): void {
  const text = (l: Span) => normalized.slice(l.start, l.end).trim();
  const blank = (l: Span) => !/\S/.test(normalized.slice(l.start, l.end));
  const inTable = (l: Span) => tables.some(t => l.start >= t.start && l.start < t.end);
  for (let li = 0; li < lines.length; li++) {
    if (!STACKED_CORNER.test(text(lines[li])) || inTable(lines[li])) continue;
    // its cells' lines, down to a blank line or the next corner; a copy with pipes parts the cells by lines of
    // pipes ("|", "|---|---|"): a line right after one (or after the corner) opens a cell
    let k = li + 1;
    const cells: Span[] = [];
    const opensCell = new Set<Span>();
    let piped = /\|/.test(text(lines[li]));
    for (let after = true; k < lines.length && !blank(lines[k]) && !STACKED_CORNER.test(text(lines[k])); k++) {
      if (STACKED_RULE.test(text(lines[k]))) { after = piped = true; continue; }
      if (after) opensCell.add(lines[k]);
      after = false;
      cells.push(lines[k]);
    }
    li = k - 1;
    // rows of label lines, then values; the first row's labels come right after the header's lines
    const rows: { labels: Span[]; values: Span[] }[] = [];
    for (let c = 0; c < cells.length;) {
      const labels: Span[] = [], values: Span[] = [];
      while (c < cells.length && !STACKED_VALUE.test(text(cells[c]))) labels.push(cells[c++]);
      while (c < cells.length && STACKED_VALUE.test(text(cells[c]))) values.push(cells[c++]);
      if (!values.length) break;
      rows.push({ labels, values });
    }
    // the groups: as many as the first row's values (one group alone only where pipes part the cells); the first
    // row has as many label lines as the second
    if (rows.length < 2) continue;
    const n = rows[0].values.length;
    const labelLines = rows[1].labels.length;
    if (n < (piped ? 1 : 2) || n > 12 || labelLines < 1 || rows[0].labels.length <= labelLines) continue;
    const header = rows[0].labels.slice(0, -labelLines);
    rows[0].labels = rows[0].labels.slice(-labelLines);
    const groups = piped ? pipedGroups(header, opensCell, n) : stackedGroups(header, n, normalized);
    if (!groups) continue;
    const arms = groups.map(g => stackedArm(entities, g.name, normalized));
    groups.forEach((g, gi) => {
      const arm = arms[gi];
      if (!arm) return;
      for (let fI2 = 0, fList = entitiesIn(entities, { start: g.name.start, end: g.end }); fI2 < fList.length; fI2++) { const f = fList[fI2]; if (isFigure(f) && f.figureKind !== 'date') setTableArm(f, arm, mainDrug, decided); }
    });
    // a label line the rows all open with is their period ("Overall Study"): the row's own label follows it
    const period = text(rows[0].labels[0]);
    for (let rowI = 0; rowI < rows.length; rowI++) { const row = rows[rowI];
      if (row.values.length !== n) break;
      const own = row.labels.length >= 2 && text(row.labels[0]) === period ? row.labels.slice(1) : row.labels;
      const label = own.map(text).join(' ').replace(/\s+/g, ' ');
      row.values.forEach((v, vi) => {
        for (let fI2 = 0, fList = entitiesIn(entities, v); fI2 < fList.length; fI2++) { const f = fList[fI2];
          if (!isFigure(f) || f.figureKind === 'date') continue;
          const arm = arms[vi];
          if (arm) setTableArm(f, arm, mainDrug, decided);
          if (label && (f.figureKind === 'count' || (f.figureKind === 'other' && !f.unit)) && Number.isInteger(f.value)) f.binding.subgroup = label;
        }
      });
    }
  }
}

/** A value cell of a table copied one cell a paragraph: a number first, its companions in brackets or after "±" ("74 (54.0)", "54.9 ± 6.7", "<0.001"), no words. */
const PARAGRAPH_VALUE = /^[<>\u2264\u2265]?\s?[-\u2212\u2013]?\d[\d.,]*\s*%?\s*(?:\([^()]{0,40}\)|\u00b1\s*[\d.,]+|[\u2013-]\s?[\d.,]+)?\s*(?:[*\u2020\u2021\u00a7]|[a-e](?![\p{L}]))?$/u;
/** A cell that is only a group's size: "(n = 500)", "n = 137", "(N = 120)". */
const SIZE_CELL = /^\(?\s*[nN]\s?=\s?\d[\d,]*\s*\)?$/;
const SIZE_IN_LABEL = /\(?\s*\b[nN]\s?=\s?\d[\d,]*\s*\)?/g;
const HAS_SIZE = /\b[nN]\s?=\s?\d/;
/** A corner cell alone on its line: a stacked table's, or a header's ("Characteristics"). */
const PARAGRAPH_CORNER = new RegExp(`^\\s*(?:${wordsPattern([...grammar.stackedTable.corners, ...Object.keys(grammar.columnGroups.corners.words)])})\\s*$`, 'iu');
/** A table's caption as such pages write it, a few paragraphs above the table: "Table 1 Baseline characteristics (full analysis set)". */
const TABLE_CAPTION = /^\s*Table\s+\d+[.:]?\s+\p{L}/iu;

/**
 * A table copied one cell a paragraph, as journal pages that show a table alone read when copied ("Table 1 ... / From:
 * ... / Characteristics / <65 years / \u226565 years / Drugamab n = 137 / Placebo n = 133 / ... / Sex, male / 74 (54.0) / ..."),
 * each cell a line with blank lines between them: a corner, the header's cells, then rows of a label and one value a
 * column. The first row's values tell how many columns there are; the header's last cells as many are the columns'
 * names (an arm each), a group's size alone in a cell ("(n = 500)") fills the columns that state none, in order,
 * and the cells before the columns' names are populations each over as many adjacent columns. The caption's
 * population and time point are every cell's otherwise. A row with another number of values is left as it is.
 */
function bindParagraphTables(entities: Entity[], lines: Span[], tables: readonly DocTable[], normalized: string, mainDrug: string | undefined, decided: Decided): void {
  const text = (l: Span) => normalized.slice(l.start, l.end).trim();
  const blank = (l: Span) => !/\S/.test(normalized.slice(l.start, l.end));
  for (let li = 0; li + 1 < lines.length; li++) {
    if (!PARAGRAPH_CORNER.test(text(lines[li])) || !blank(lines[li + 1]) || tables.some(t => lines[li].start >= t.start && lines[li].start < t.end)) continue;
    const corner = li;
    // the paragraphs after the corner, each one line, down to a longer one or two blank lines
    const cells: Span[] = [];
    let k = li + 1;
    for (; k + 1 < lines.length && blank(lines[k]) && !blank(lines[k + 1]); k += 2) {
      const cell = lines[k + 1];
      if (k + 2 < lines.length && !blank(lines[k + 2])) break;
      if (text(cell).length > 120) break;
      cells.push(cell);
    }
    li = k;
    const isValue = (c: Span) => PARAGRAPH_VALUE.test(text(c));
    // the header: the cells before the first label that values follow
    let first = 0;
    while (first + 1 < cells.length && (isValue(cells[first]) || !isValue(cells[first + 1]))) first++;
    if (first + 1 >= cells.length || first === 0) continue;
    let n = 0;
    while (first + 1 + n < cells.length && isValue(cells[first + 1 + n])) n++;
    const header = cells.slice(0, first);
    const sizes = header.filter(c => SIZE_CELL.test(text(c)));
    const names = header.filter(c => !SIZE_CELL.test(text(c)));
    if (n < 2 || n > 12 || names.length < n) continue;
    const columns = names.slice(names.length - n);
    const groups = names.slice(0, names.length - n);
    if (groups.length && n % groups.length !== 0) continue;
    const arms = columns.map(c => {
      const words = text(c).replace(SIZE_IN_LABEL, ' ').replace(/\s+/g, ' ').trim();
      const arm = cellArm(entities, c, normalized);
      if (arm) return arm.placebo ? arm : { ...arm, label: arm.dose ? undefined : words };
      return words.length >= 2 && /\p{L}/u.test(words) ? { label: words } as Arm : undefined;
    });
    if (arms.some(a => !a)) continue;
    const width = groups.length ? n / groups.length : n;
    const groupOf = (col: number) => groups.length ? text(groups[Math.floor(col / width)]) : undefined;
    // the caption: the nearest "Table N" line within a few lines above the corner
    let caption: ReturnType<typeof captionOf>;
    for (let c = corner - 1, seen = 0; c >= 0 && seen < 8; c--, seen++) {
      if (TABLE_CAPTION.test(text(lines[c]))) { caption = captionOf(entities, lines[c].end + 1, normalized); break; }
    }
    const bindCell = (f: FigureEntity, col: number, row: string) => {
      f.table = { row, column: text(columns[col]) };
      setTableArm(f, arms[col]!, mainDrug, decided);
      const population = groupOf(col) ?? caption?.population;
      if (population) f.binding.subgroup = population;
      if (caption?.time && !f.binding.timepoint) f.binding.timepoint = caption.time;
    };
    // the header's sizes: a column's own, or one alone in a cell for the columns that state none, in order
    const unsized = columns.map((c, i) => (HAS_SIZE.test(text(c)) ? -1 : i)).filter(i => i >= 0);
    columns.forEach((c, i) => { for (let fI2 = 0, fList = entitiesIn(entities, c); fI2 < fList.length; fI2++) { const f = fList[fI2]; if (isFigure(f) && f.figureKind === 'count') bindCell(f, i, ''); } });
    sizes.forEach((c, i) => { if (i < unsized.length && sizes.length === unsized.length) for (let fI2 = 0, fList = entitiesIn(entities, c); fI2 < fList.length; fI2++) { const f = fList[fI2]; if (isFigure(f)) bindCell(f, unsized[i], ''); } });
    // the rows: a label (one cell or more), then a value a column
    for (let c = first; c < cells.length;) {
      const labels: Span[] = [];
      while (c < cells.length && !isValue(cells[c])) labels.push(cells[c++]);
      const values: Span[] = [];
      while (c < cells.length && isValue(cells[c])) values.push(cells[c++]);
      if (!values.length) break;
      if (values.length !== n || !labels.length) continue;
      const label = text(labels[labels.length - 1]);
      const labelEndpoint = entitiesIn(entities, labels[labels.length - 1]).find(e => e.kind === 'endpoint')?.name;
      values.forEach((v, col) => {
        for (let fI2 = 0, fList = entitiesIn(entities, v); fI2 < fList.length; fI2++) { const f = fList[fI2];
          if (!isFigure(f) || f.figureKind === 'date' || f.end > v.end) continue;
          bindCell(f, col, label);
          if (labelEndpoint) f.binding.endpoint = labelEndpoint;
        }
      });
    }
  }
}

/** A group's size in a header line, in brackets or not: "n = 133", "(N=423)"; its number in group 1. */
const SIZE_IN_LINE = /\(?(?<![\p{L}\d])[nN]\s?=\s?(\d[\d,]*)\s*\)?/gu;
/** The corner words a header line may open with ("Characteristic", "Parameter"): no group's name. */
const CORNER_OPENING = new RegExp(`^\\s*(?:${wordsPattern([...grammar.stackedTable.corners, ...Object.keys(grammar.columnGroups.corners.words)])})(?![\\p{L}])`, 'iu');
/** Between two figures of one cell: a bracket opened ("30.1 (8.7"), a spread's sign, a range's dash. */
const SAME_CELL_GAP = /^\s?(?:\(|\[|\u00b1|[-\u2013\u2014]|to)\s?$/u;
/** How far under its header a table of rows is read, in lines. */
const SIZED_ROWS_REACH = 120;
/** A row's label that opens with its item's number: "3. Ambulatory", "2) Bedridden". */
const ENUMERATED_LABEL = /^\s{0,3}\d{1,2}[.)]\s+\p{L}/u;
/** After a header's last group, a p-value's column: "p-value", "P value", "p". */
const P_VALUE_HEAD = /^\s*(?:p[- ]?values?|p)\s*\*?\s*$/i;

/**
 * A table copied as lines of text with single spaces between its cells, under a header line that names each column's
 * group with its size ("Characteristic Overall N=300 Acmezumab N=150 Placebo N=150 p-value"): each row below is a
 * label and then one cell a group (a count with its share in brackets, a mean with its spread, a range), perhaps a
 * p-value after them. A row whose cells are as many as the groups (or one more, a p-value) is bound cell by cell to its
 * group (its arm, its size); a line of no figure is a section's label; a row of another count of cells is left as it
 * is. Read only where two rows at least fit, and never over figures another table reader has placed.
 */
function bindSizedHeaderRows(entities: Entity[], lines: Span[], tables: readonly DocTable[], normalized: string, mainDrug: string | undefined, decided: Decided): void {
  // (each line's figures found by a binary search: a header's rows are read again by no other header)
  const figuresOn = (l: Span) => entitiesIn(entities, l).filter((e): e is FigureEntity => isFigure(e) && e.end <= l.end);
  // (only lines that hold a "=" may head such a table: the next one found by one search, no line sliced but those)
  let nextEq = normalized.indexOf('=');
  for (let li = 0; li < lines.length && nextEq >= 0; li++) {
    const line = lines[li];
    if (nextEq < line.start) nextEq = normalized.indexOf('=', line.start);
    if (nextEq < 0 || nextEq >= line.end || line.end - line.start > 300) continue;
    const lineText = normalized.slice(line.start, line.end);
    if (tables.some(t => line.start >= t.start && line.start < t.end)) continue;
    // the header: two groups or more, each its name and then its size
    const groups: { name: Span; n: number; size: Span }[] = [];
    let from = line.start + (CORNER_OPENING.exec(lineText)?.[0].length ?? 0);
    SIZE_IN_LINE.lastIndex = 0;
    for (let m = SIZE_IN_LINE.exec(lineText); m; m = SIZE_IN_LINE.exec(lineText)) {
      const start = line.start + m.index, nameText = normalized.slice(from, start);
      const lead = nameText.length - nameText.trimStart().length;
      const name = { start: from + lead, end: from + nameText.trimEnd().length };
      if (name.end <= name.start || !/\p{L}/u.test(normalized.slice(name.start, name.end))) { groups.length = 0; break; }
      groups.push({ name, n: Number(m[1].replace(/,/g, '')), size: { start, end: start + m[0].length } });
      from = start + m[0].length;
    }
    if (groups.length < 2 || groups.length > 8) continue;
    const k = groups.length;
    // (a header that ends in a p-value's name, "... Placebo N=140 p-value", heads a column of p-values after the groups)
    const pColumn = P_VALUE_HEAD.test(normalized.slice(from, line.end));
    const rows: { label: string; cells: FigureEntity[][]; p?: FigureEntity }[] = [];
    let misfits = 0, section: string | undefined;
    for (let ri = li + 1; ri < lines.length && ri <= li + SIZED_ROWS_REACH; ri++) {
      const row = lines[ri];
      const rowText = normalized.slice(row.start, row.end);
      if (rowText.length > 300) break;
      let fs = figuresOn(row);
      // (a row's label numbered as a list's item, "3. Ambulatory 88 (44.0%) ...": its number is the label's)
      if (fs.length > 1 && ENUMERATED_LABEL.test(normalized.slice(row.start, fs[1].start)) && fs[0].start - row.start <= 3) fs = fs.slice(1);
      if (fs.length === 0) { if (/\p{L}/u.test(rowText)) section = rowText.trim(); continue; }
      if (fs.some(f => f.table)) break;
      let label = normalized.slice(row.start, fs[0].start).trim();
      // one cell a run of figures with no gap but a bracket, a spread's sign or a range's dash between them
      const cells: FigureEntity[][] = [];
      for (let c = 0; c < fs.length; c++) {
        if (c > 0 && SAME_CELL_GAP.test(normalized.slice(fs[c - 1].end, fs[c].start))) cells[cells.length - 1].push(fs[c]);
        else cells.push([fs[c]]);
      }
      // (a category named by its number under its section, "0 88 (44.0%) ...", "2+ 30 (15.0%) ...": one cell too many,
      // its first a small whole number alone at the line's start, is the row's label)
      if (!/\p{L}/u.test(label) && section && (cells.length === k + 1 || cells.length === k + 2) && cells[0].length === 1 && fs[0].start - row.start <= 3
        && typeof fs[0].value === 'number' && Number.isInteger(fs[0].value) && fs[0].value < 100 && cells.length > 1 && cells[1].length > 1) {
        label = `${section} ${normalized.slice(row.start, cells[1][0].start).trim()}`;
        cells.shift();
      }
      const pLike = (cell: FigureEntity[]) => cell.length === 1 && (cell[0].figureKind === 'pvalue' || (typeof cell[0].value === 'number' && cell[0].value < 1));
      const pTail = cells.length === k + 1 && pLike(cells[k]);
      // (a section's label with its test's p-value alone after it, "Sex, n (%) 0.26")
      if (cells.length === 1 && pLike(cells[0]) && /\p{L}/u.test(label)) { section = label; if (pColumn) rows.push({ label, cells: [], p: cells[0][0] }); continue; }
      if (!/\p{L}/u.test(label) || !(cells.length === k || pTail)) {
        if (++misfits > 2) break;
        continue;
      }
      // (a row that names only a category of its section, "Yes", "Female", "n", is that section's: "Asthma, n (%) Yes"; a
      // statistic's row, "Mean (SD)", "Range", keeps its own words)
      rows.push({ label: section && /^\s*(?:n|no\.?|yes|no|male|female|men|women)(?![\p{L}])/iu.test(label) ? `${section} ${label}` : label, cells: cells.slice(0, k), p: pTail ? cells[k][0] : undefined });
    }
    if (rows.filter(r => r.cells.length).length < 2) continue;
    li += rows.length;
    const arms = groups.map(g => {
      const name = normalized.slice(g.name.start, g.name.end).trim();
      if (POOLED_WORDS.test(name)) return undefined;
      const arm = cellArm(entities, g.name, normalized);
      if (arm) return arm.placebo ? arm : { ...arm, label: arm.dose ? undefined : name };
      return { label: name } as Arm;
    });
    // (the header's sizes keep no cell of their own: they are the columns' sizes, which the rows' cells are held to)
    groups.forEach((g, c) => { for (const f of entitiesIn(entities, g.size)) if (isFigure(f) && f.figureKind === 'count' && arms[c]) setTableArm(f, arms[c]!, mainDrug, decided); });
    for (const { label, cells, p } of rows) {
      // (the p-value column's cell: a p-value, whatever unit its row's label declares for the groups' cells)
      if (p && pColumn && typeof p.value === 'number' && p.value >= 0 && p.value <= 1 && p.figureKind !== 'pvalue') {
        Object.assign(p, { figureKind: 'pvalue', unit: '', reading: 'a p-value: the column its header names so' });
        p.table = { row: label, column: 'p-value' };
      }
      cells.forEach((cell, c) => {
        for (const f of cell) {
          if (f.figureKind === 'date') continue;
          f.table = { row: label, column: normalized.slice(groups[c].name.start, groups[c].name.end).trim() };
          f.binding.n = groups[c].n;
          if (arms[c]) setTableArm(f, arms[c]!, mainDrug, decided);
        }
      });
    }
  }
}

/** A stacked table's groups where pipes part the cells: each cell's first line names its group, the others describe it. */
function pipedGroups(header: Span[], opensCell: Set<Span>, n: number): { name: Span; end: number }[] | undefined {
  const groups: { name: Span; end: number }[] = [];
  for (let lI = 0, header_ = header; lI < header_.length; lI++) { const l = header_[lI];
    if (opensCell.has(l)) groups.push({ name: l, end: l.end });
    else if (groups.length) groups[groups.length - 1].end = l.end;
    else return undefined;
  }
  return groups.length === n ? groups : undefined;
}

/** A stacked table's groups: each group's name line and where its description ends (see bindStackedTables). */
function stackedGroups(header: Span[], n: number, normalized: string): { name: Span; end: number }[] | undefined {
  const text = (l: Span) => normalized.slice(l.start, l.end).trim();
  const nameLike = (l: Span) => text(l).length <= 80 && !SENTENCE_END.test(text(l));
  // a name, then its description closed by a sentence's end
  const groups: { name: Span; end: number }[] = [];
  let open: { name: Span; end: number } | undefined;
  for (let lI = 0, header_ = header; lI < header_.length; lI++) { const l = header_[lI];
    if (!open) {
      if (!nameLike(l)) { groups.length = 0; break; }
      open = { name: l, end: l.end };
      continue;
    }
    open.end = l.end;
    if (SENTENCE_END.test(text(l))) { groups.push(open); open = undefined; }
  }
  if (!open && groups.length === n) return groups;
  // one line a group, or a name and a one-line description a group
  if (header.length === n && header.every(nameLike)) return header.map(l => ({ name: l, end: l.end }));
  if (header.length === 2 * n) {
    const names = Array.from({ length: n }, (_, i) => ({ name: header[2 * i], end: header[2 * i + 1].end }));
    if (names.every(g => nameLike(g.name))) return names;
  }
  return undefined;
}

/** A stacked table's group: a placebo, a drug, a dose as a header cell names them; its words otherwise ("Waitlist Control Arm"). */
function stackedArm(entities: Entity[], name: Span, normalized: string): Arm | undefined {
  const words = normalized.slice(name.start, name.end).replace(GLUED_SIZE, ' ').replace(/\s+/g, ' ').trim();
  const arm = cellArm(entities, name, normalized);
  if (arm) return arm.placebo || arm.dose ? arm : { ...arm, label: words };
  return words.length >= 2 && /\p{L}/u.test(words) ? { label: words } : undefined;
}

/** Right before a duration, the words of a dosing interval: "every 2 weeks", "once every 3 wk", "each 4 weeks". */
const DOSING_INTERVAL_BEFORE = /(?:^|[^\p{L}])(?:every|each|per|alle|tous les|chaque)\s+$/iu;

/** A group's size closing a column's label in a glued header: "Placebo (n=33)". */
const GLUED_SIZE = /\(\s?[nN]\s?=\s?\d[\d,]*\s?\)/g;
/** A difference between arms named in a row's label ("Difference (95% CI)", "LS mean difference"): significance.json's words. */
const DIFFERENCE_LABEL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(significanceWords.differences.words)})(?![\\p{L}])`, 'iu');
/** A row label that names a statistic of the row above, not a measure: a ratio, a p-value or a difference ("HR vs control (95% CI)", "p Value"). */
function statisticLabel(label: string): boolean {
  const d = declaredBy(label);
  const kind = d?.kind;
  // ("80% CI", "95% CI†": an interval's level alone, the interval of the row above's estimate)
  const intervalOnly = d?.ciLevel !== undefined && !kind && !/\p{L}{3,}/u.test(label.replace(/confidence interval/giu, ''));
  return kind === 'ratio' || kind === 'pvalue' || intervalOnly || DIFFERENCE_LABEL.test(label);
}

/**
 * A table glued into text by a copy from a web page (no pipes, no tabs): a header of the arms' labels each closed
 * by its group's size ("Placebo (n=40)10 mg (n=38)30 mg (n=41)"), then rows of a label and one cell per arm, each
 * cell a value with its companions in brackets ("12/40 (30.0)"), the cells glued too. A row with one cell fewer
 * than the arms, under a header that opens with the control, compares the other arms with it ("OR vs placebo").
 * A row without values is a section's label; a row indented under another, or naming only a statistic, measures
 * what the row above it measures; the caption above the header gives its time point and population. Rows end at
 * a blank line or the next header.
 */
function bindGluedColumns(entities: Entity[], lines: Span[], tables: readonly DocTable[], normalized: string, mainDrug: string | undefined, decided: Decided): void {
  let ti = 0;
  // (a header right under the rows of another, no blank line between, goes on with its table: the caption is theirs)
  let carried: { time?: string; population?: string; until: number } | undefined;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    while (ti < tables.length && tables[ti].end < line.start) ti++;
    if (ti < tables.length && tables[ti].start <= line.start) continue;
    let top = li;
    let header = gluedHeader(entities, line, normalized) ?? spacedHeader(entities, line, normalized);
    if (!header) { const stacked = stackedGluedHeader(entities, lines, li, normalized); if (stacked) { header = stacked.header; top = stacked.top; } }
    if (!header) continue;
    let { arms, cells } = header;
    // the line right above the header: a drug over its dose columns ("Zelbotamab" over "Placebo 5 mg 10 mg"), or
    // populations each over a group of adjacent columns ("Full analysis set Elderly subgroup" over four)
    let above = top > 0 && /\S/.test(normalized.slice(lines[top - 1].start, lines[top - 1].end)) ? lines[top - 1] : undefined;
    // (or the first columns' own cells, each closed by its size, before the drug over the rest: "Placebo (n=30)Acmezumab"
    // over "5 mg (n=31)10 mg (n=29)", a header of two lines whose first cells span both)
    const lead = above ? sizedCellsBeforeDrug(entities, above, normalized) : undefined;
    if (lead) { arms = [...lead.arms, ...arms]; cells = [...lead.cells, ...cells]; above = lead.rest; }
    const spanDrug = above ? drugLine(entities, above, normalized) : undefined;
    if (spanDrug) arms.forEach((a, k) => { if (!a.placebo && !a.drug && (a.dose || a.label)) arms[k] = { ...a, drug: spanDrug }; });
    // (a last column of a statistic spans the groups: they are over the arms before it)
    const armColumns = arms.filter(a => !a.statistic).length;
    const groupPopulations = above && !spanDrug ? columnGroupPopulations(above, armColumns, normalized) : undefined;
    const populationsInOrder = groupPopulations ? [...new Set(groupPopulations)] : undefined;
    // (the one drug the arms name: what a comparison of the arms compares)
    const armDrugs = new Set(arms.map(a => a.drug).filter((d): d is string => !!d));
    const comparedDrug = armDrugs.size === 1 ? [...armDrugs][0] : undefined;
    // the header's own figures (a dose, a size) are their column's
    cells.forEach((c, k) => { for (let fI2 = 0, fList = entitiesIn(entities, c); fI2 < fList.length; fI2++) { const f = fList[fI2]; if (isFigure(f) && f.end <= c.end) { const g = groupOfArm(arms[k]); if (g) f.binding.subgroup = g; else setTableArm(f, arms[k], mainDrug, decided); } } });
    const goesOn = carried?.until === li;
    const caption = goesOn ? undefined : captionOf(entities, (above ?? line).start, normalized);
    const captionTime = goesOn ? carried!.time : caption?.time;
    const captionPopulation = goesOn ? carried!.population : caption?.population;
    carried = undefined;
    // (an arm's size in the header is its size in the population over its column, else the caption's, as in a pipe table)
    cells.forEach((c, k) => {
      const population = groupPopulations?.[k] ?? captionPopulation;
      if (population) for (let fI2 = 0, fList = entitiesIn(entities, c); fI2 < fList.length; fI2++) { const f = fList[fI2]; if (isFigure(f) && f.figureKind === 'count' && f.end <= c.end && f.binding.subgroup === undefined && PEOPLE_UNIT.test(f.unit)) f.binding.subgroup = population; }
    });
    let parentEndpoint: string | undefined;
    let section: { endpoint?: string; timepoint?: string; heading?: string } = {};
    // (each column's group size, as a pipe table's header gives it its cells: "(n=56)" closing the column's label)
    const sizes = cells.map(c => groupSize(normalized, c)?.n);
    const cellPopulations = cells.map(c => populationMentions(normalized, c, entities).at(-1)?.name);
    // a line of time points right under the groups, as many for each ("Week 6Week 12" under each arm): each group spans
    // that many columns, one a time point, in order
    const times = li + 1 < lines.length ? subHeaderTimes(entities, lines[li + 1], normalized, arms.length) : undefined;
    const spanned = times ? arms.flatMap(a => times.slice(0, times.length / arms.length).map(() => a)) : undefined;
    for (let ri = li + (times ? 2 : 1); ri < lines.length; ri++) {
      const row = lines[ri];
      const text = normalized.slice(row.start, row.end);
      if (!/\S/.test(text)) break;
      if (gluedHeader(entities, row, normalized)) { carried = { time: captionTime, population: captionPopulation, until: ri }; break; }
      const inRow = entitiesIn(entities, row).filter(e => e.end <= row.end);
      const figures = inRow.filter((e): e is FigureEntity => isFigure(e) && e.figureKind !== 'date');
      const groups = cellGroups(figures, normalized);
      // the value cells: the last groups with nothing but signs between them (no words)
      let first = groups.length;
      while (first > 0 && (first === groups.length || !/\p{L}/u.test(normalized.slice(groups[first - 1].at(-1)!.end, groups[first][0].start)))) first--;
      const values = groups.slice(first);
      const labelEnd = values.length ? values[0][0].start : row.end;
      const label = { start: row.start, end: labelEnd };
      const labelEndpoint = inRow.find(e => e.kind === 'endpoint' && e.end <= labelEnd)?.name;
      const labelTime = cellTimepoint(entities, label, normalized);
      if (values.length === 0) {
        // a section's label ("Patients with flares, n (%)"), or prose: the table has ended
        if (text.length > 160) break;
        section = { endpoint: labelEndpoint, timepoint: labelTime, heading: headingMeasure(text) };
        parentEndpoint = labelEndpoint;
        continue;
      }
      // a row that names a statistic measures what the row above it measures; any other names its own measure, else
      // its section's ("Nausea" under "Adverse events, n (%)")
      const labelText = normalized.slice(row.start, labelEnd).replace(/\s+/g, ' ').trim();
      const statistic = statisticLabel(labelText);
      const indented = /^[ \t\u00a0]/.test(text);
      // (a row that counts its people, "No. of patients in remission" under "Objective response", counts them for its section's endpoint)
      const endpoint = statistic ? parentEndpoint ?? section.endpoint
        : labelEndpoint ?? levelOf(section.heading, labelText) ?? (countsPeople(labelText) ? section.endpoint : undefined) ?? measureOfLabel(labelText) ?? section.endpoint;
      if (!statistic && !indented) parentEndpoint = endpoint;
      else if (!statistic && indented && endpoint) parentEndpoint = endpoint;
      // (a zero left in an empty cell and glued to the next cell's count, "04 (2.8)", is a cell of its own: see gluedColumns)
      const zeros = values.length === arms.length ? undefined : spreadZeroCells(values, normalized);
      const placed = zeros && zeros.length === arms.length ? zeros : values;
      const its = spanned && placed.length === spanned.length ? spanned : placed.length === arms.length ? arms : placed.length === arms.length - 1 && arms[0].placebo ? arms.slice(1) : undefined;
      // a row with one value a group of columns ("Difference (95% CI) 12 (4 to 20) 9 (1 to 17)" under two populations over
      // four arms): each compares the arms of its group, its population's, no arm's, the drug the arms name its drug
      if (!its && populationsInOrder && placed.length === populationsInOrder.length) {
        placed.forEach((group, k) => {
          for (let fI2 = 0, fList = group ?? []; fI2 < fList.length; fI2++) { const f = fList[fI2];
            f.table = { row: labelText, column: populationsInOrder[k] };
            f.binding.subgroup = populationsInOrder[k];
            if (endpoint) f.binding.endpoint = endpoint;
            const tp = labelTime ?? section.timepoint ?? captionTime;
            if (tp && !f.binding.timepoint) f.binding.timepoint = tp;
            if (comparedDrug) f.binding.drug = comparedDrug;
          }
        });
        continue;
      }
      if (!its) continue;
      placed.forEach((group, k) => {
        if (!group) return;
        const columnGroup = groupOfArm(its[k]);
        for (let fI2 = 0, group_ = group; fI2 < group_.length; fI2++) { const f = group_[fI2];
          // (a column under a group and one of its time points is named by both: two columns, not one)
          const columnText = normalized.slice(cells[arms.indexOf(its[k])].start, cells[arms.indexOf(its[k])].end).replace(/\s+/g, ' ').trim();
          f.table = { row: labelText, column: its === spanned ? `${columnText}, ${times![k]}` : columnText };
          const n = sizes[arms.indexOf(its[k])];
          if (n !== undefined && f.binding.n === undefined) f.binding.n = n;
          if (columnGroup) f.binding.subgroup = columnGroup;
          else if (!its[k].statistic) {
            setTableArm(f, its[k], mainDrug, decided);
            // (a column that pools the arms, "Total (Cohorts A+B)", is of the one drug they name)
            if (comparedDrug && !its[k].drug && !its[k].placebo && !f.binding.drug && pooledHead(columnText)) f.binding.drug = comparedDrug;
          }
          // (a bare number under the p-values' column is one, whatever the row's label says of the arms' cells: one above 1
          // is a p-value that cannot be, as the column's name says what it holds)
          else if (typeof f.value === 'number' && f.value >= 0 && (f.figureKind === 'percent' || f.figureKind === 'other') && !/%/.test(normalized.slice(f.start, f.end))) { f.figureKind = 'pvalue'; f.unit = ''; }
          if (endpoint) f.binding.endpoint = endpoint;
          const tp = (its === spanned ? times![k] : undefined) ?? labelTime ?? section.timepoint ?? captionTime;
          if (tp && !f.binding.timepoint) f.binding.timepoint = tp;
          // (a column's label that names its patients' group, "Cohort 1 AB-101 10 mg (n=40)": the cell's population)
          const groupPopulation = columnGroup ?? (its[k].statistic ? undefined : groupPopulations?.[arms.indexOf(its[k])] ?? cellPopulations[arms.indexOf(its[k])]);
          if (groupPopulation) f.binding.subgroup = groupPopulation;
          else if (captionPopulation && f.binding.subgroup === undefined) f.binding.subgroup = captionPopulation;
        }
      });
    }
  }
}

/**
 * A header's second line that only names time points, as many under each of `groups` groups and at least two each
 * ("Week 6Week 12Week 6Week 12" under two arms): their labels in order, else undefined.
 */
function subHeaderTimes(entities: Entity[], line: Span, normalized: string, groups: number): string[] | undefined {
  const inLine = entitiesIn(entities, line).filter(e => e.end <= line.end);
  const times: string[] = [];
  let at = line.start;
  for (let eI2 = 0, inLine_ = inLine; eI2 < inLine_.length; eI2++) { const e = inLine_[eI2];
    if (!isFigure(e) || e.figureKind !== 'duration' || typeof e.value !== 'number' || e.comparator) return undefined;
    if (/\S/.test(normalized.slice(at, e.start))) return undefined;
    times.push(timeLabel(e.value, e.unit));
    at = e.end;
  }
  if (/\S/.test(normalized.slice(at, line.end))) return undefined;
  return times.length >= 2 * groups && times.length % groups === 0 ? times : undefined;
}

/** A row label that names a response's level, not a measure (binding.json responseLevels). */
const RESPONSE_LEVELS = new Set<string>(grammar.responseLevels.words);
/** A heading row's words as the name of the measure its rows give levels of (labelUnits.ts shortHeading). */
function headingMeasure(text: string): string | undefined {
  return shortHeading(text) ? text.replace(/\s+/g, ' ').trim() : undefined;
}
/** "Good" under "Investigator global response": the heading's measure at that level, the level in lower case. */
function levelOf(heading: string | undefined, label: string): string | undefined {
  const l = label.replace(/[*\u2020\u2021\u00a7#]+$/, '').trim().toLowerCase();
  return heading && RESPONSE_LEVELS.has(l) ? `${heading} ${l}` : undefined;
}

/** A row's value cells with the zeros glued to a count's front as cells of their own ("04 (2.8)": none, then 4), undefined for each. */
function spreadZeroCells(values: FigureEntity[][], normalized: string): (FigureEntity[] | undefined)[] {
  const out: (FigureEntity[] | undefined)[] = [];
  for (let gI = 0, values_ = values; gI < values_.length; gI++) { const g = values_[gI];
    for (let z = leadingZeroCells(normalized.slice(g[0].start, g[0].end)); z > 0; z--) out.push(undefined);
    out.push(g);
  }
  return out;
}

/**
 * A glued header whose cells a copy put one a line, or one part of a cell a line ("Cohort 1", "AB-101", "10 mg/kg
 * (n=40)", "Cohort 2", ...), its last line closed by a group's size and a row of values right under it: read as the
 * header written on one line is, from the first of the lines above that makes it one (the short lines with words up to
 * a blank line, a caption's line left out when its words make no arm's label).
 */
function stackedGluedHeader(entities: Entity[], lines: Span[], li: number, normalized: string): { header: { arms: Arm[]; cells: Span[] }; top: number } | undefined {
  const line = lines[li];
  if (li === 0 || !ENDS_IN_SIZE.test(normalized.slice(line.start, line.end))) return undefined;
  // (the row under it holds a value: a digit)
  const next = lines[li + 1];
  if (!next || !/\d/.test(normalized.slice(next.start, next.end))) return undefined;
  let first = li;
  while (first > 0 && li - first < STACKED_HEADER_LINES - 1) {
    const prev = normalized.slice(lines[first - 1].start, lines[first - 1].end);
    if (!/\S/.test(prev) || prev.length > 80 || hasGluedCell(normalized, lines[first - 1])) break;
    first--;
  }
  for (let k = first; k < li; k++) {
    const header = gluedHeader(entities, { start: lines[k].start, end: line.end }, normalized);
    if (header) return { header, top: k };
  }
  return undefined;
}

/** A glued header's cells and their arms, when the line is only two or more labels each closed by a group's size. */
function gluedHeader(entities: Entity[], line: Span, normalized: string): { arms: Arm[]; cells: Span[] } | undefined {
  const text = normalized.slice(line.start, line.end);
  if (text.length > 400 || text.indexOf('=') < 0) return undefined;
  const grouped = groupedHeader(entities, line, normalized);
  if (grouped) return grouped;
  const cells: Span[] = [];
  let from = 0;
  // (a corner word opening the line is the row labels' heading, no column's: "Characteristic Drugamab (n = 40) ...")
  const corner = TABLE_CORNER.exec(text);
  if (corner && /\p{L}/u.test(text.slice(corner[0].length, text.search(GLUED_SIZE)))) from = corner[0].length;
  for (const m of text.matchAll(GLUED_SIZE)) {
    const end = m.index! + m[0].length;
    if (!/\p{L}/u.test(text.slice(from, m.index))) return undefined;
    cells.push({ start: line.start + from, end: line.start + end });
    from = end;
  }
  // (after the last size, the name of a last column of p-values over the arms, "Interaction P", "P value": a column, no arm)
  const rest = text.slice(from).trim();
  const restAt = line.start + text.indexOf(rest, from);
  const statistic = rest && cells.length >= 2 && declaredBy(rest)?.kind === 'pvalue' ? { start: restAt, end: restAt + rest.length } : undefined;
  if (cells.length < 2 || (/\S/.test(text.slice(from)) && !statistic)) return undefined;
  const arms: Arm[] = [];
  for (let cI = 0, cells_ = cells; cI < cells_.length; cI++) { const c = cells_[cI];
    const words = normalized.slice(c.start, c.end).replace(GLUED_SIZE, ' ').replace(/\s+/g, ' ').trim();
    const own = cellArm(entities, c, normalized);
    // (a column of a drug alone is that drug's arm, named by its label: "Zelbotamab (n = 40)")
    const arm = own?.drug && !own.dose && words.length <= 40 ? { ...own, label: words } : own ?? (words.length >= 2 && words.length <= 40 ? { label: words } : undefined);
    if (!arm) return undefined;
    arms.push(arm);
  }
  if (statistic) { arms.push({ label: rest, statistic: true }); cells.push(statistic); }
  return { arms, cells };
}

/**
 * A glued header whose first line names the groups of columns, run together ("AB-101PlaceboComparator" when the copy
 * lost the cells' edges), over the columns' cells, each a dose and its group's size or a size alone ("10 mg (n=40)
 * 30 mg (n=41) (n=40)"): each group spans the columns under it in order. A group of a drug spans the doses that rise
 * after its first (a table of doses lists each drug's from the lowest up: a dose not above the one before opens the
 * next drug's columns); a placebo's group, or any group without doses, spans the cells of a size alone. Undefined
 * unless the line is only the groups' names and such cells, and every group gets a column.
 */
/** "Placebo" as a group's name, run into the name before it or not ("AB-101Placebo"). */
const GLUED_PLACEBO = /(?:(?<![\p{L}\d-])(?:[Pp]lacebo|PLACEBO)|(?<=\p{Ll})Placebo)(?![\p{Ll}\d-])/gu;
/** The same, asked whether a cell holds one (no global search state). */
const GLUED_PLACEBO_IN = new RegExp(GLUED_PLACEBO.source, 'u');
function groupedHeader(entities: Entity[], line: Span, normalized: string): { arms: Arm[]; cells: Span[] } | undefined {
  const inLine = entitiesIn(entities, line).filter(e => e.end <= line.end);
  const doses = inLine.filter((e): e is FigureEntity => isFigure(e) && e.figureKind === 'dose');
  if (doses.length === 0) return undefined;
  const text = normalized.slice(line.start, line.end);
  // the groups' names: drugs and placebos, nothing else, before the first dose
  const namesEnd = doses[0].start;
  const groups: { start: number; arm: Arm; doses: number }[] = [];
  for (let eI2 = 0, inLine_ = inLine; eI2 < inLine_.length; eI2++) { const e = inLine_[eI2]; if (e.kind === 'drug' && e.end <= namesEnd) groups.push({ start: e.start, arm: { drug: e.name }, doses: 0 }); }
  for (const m of text.slice(0, namesEnd - line.start).matchAll(GLUED_PLACEBO)) groups.push({ start: line.start + m.index!, arm: { placebo: true }, doses: 0 });
  groups.sort((a, b) => a.start - b.start);
  if (groups.length < 2) return undefined;
  let rest = normalized.slice(line.start, namesEnd);
  for (let eI2 = 0, inLine_ = inLine; eI2 < inLine_.length; eI2++) { const e = inLine_[eI2]; if (e.kind === 'drug' && e.end <= namesEnd) rest = rest.slice(0, e.start - line.start) + ' '.repeat(e.end - e.start) + rest.slice(e.end - line.start); }
  if (/[\p{L}\d]/u.test(rest.replace(GLUED_PLACEBO, ' '))) return undefined;
  // the cells: a dose and a size, or a size alone, one after another to the line's end
  const cells: Span[] = [];
  const arms: Arm[] = [];
  let from = namesEnd, g = 0, lastDose: number | undefined;
  for (const m of text.matchAll(GLUED_SIZE)) {
    const at = line.start + m.index!;
    if (at < namesEnd) return undefined;
    const dose = doses.filter(d => d.start >= from && d.end <= at);
    if (dose.length > 1 || /\p{L}/u.test(normalized.slice(from, at).replace(/\d[\d.,]*\s?\S*/gu, ' '))) return undefined;
    const d = dose[0];
    const value = d && typeof d.value === 'number' ? d.value : undefined;
    if (d) {
      if (value === undefined) return undefined;
      // (a dose not above the one before opens the next group; so does a dose after a group without doses)
      if (lastDose !== undefined && value <= lastDose) g++;
      else if (groups[g]?.arm.placebo || (lastDose === undefined && groups[g]?.doses === 0 && cells.length > 0)) g++;
      lastDose = value;
    } else if (lastDose !== undefined || (groups[g]?.doses ?? 0) > 0 || groups[g]?.arm.drug) { g++; lastDose = undefined; }
    const group = groups[g];
    if (!group || (d && group.arm.placebo)) return undefined;
    if (d) group.doses++;
    cells.push({ start: from, end: at + m[0].length });
    arms.push(group.arm.placebo ? { placebo: true } : { drug: group.arm.drug, dose: d ? doseLabel(d, normalized) : undefined });
    from = at + m[0].length;
  }
  if (cells.length < 2 || /\S/.test(normalized.slice(from, line.end)) || g !== groups.length - 1) return undefined;
  // (each group one column at least)
  const used = new Set(arms.map(a => (a.placebo ? 'placebo' : a.drug)));
  return used.size === groups.length ? { arms, cells } : undefined;
}

const COLUMN_GROUPS = grammar.columnGroups;
/** A corner cell opening a header line (binding.json columnGroups.corners): no column's label. */
const TABLE_CORNER = new RegExp(`^\\s*(?:${wordsPattern(Object.keys(COLUMN_GROUPS.corners.words))})(?![\\p{L}\\d-])`, 'iu');
/** A column's label that pools the arms beside it ("Combined", "All doses"). */
const TOTAL_COLUMN = new RegExp(`^(?:${wordsPattern(Object.keys(COLUMN_GROUPS.totals.words))})$`, 'iu');
const PLACEBO_LABEL = /(?<![\p{L}\d-])placebo(?![\p{L}\d-])/giu;
/** A column's size in a spaced header: "N=40", "(n = 41)", "n=1,204". */
const SPACED_SIZE = /^\(?\s?[nN]\s?=\s?\d[\d,]*\s?\)?$/;
/** A title before a spaced header's first arm: up to six words, "Table 2" maybe, no sentence's stop. */
const SPACED_TITLE = /^\s*(?:(?:Table|Tabelle|Tableau|Tabell|Tabla)\s?\d{1,2}[.:]?\s+)?(?:[\p{L}][\p{L}'-]*,?\s+){1,6}$/u;

/**
 * A header written with single spaces between its columns' labels (a copy that shrank the gaps), when each label is
 * an arm the words themselves mark off: "placebo", a dose with the drug before it or not, a drug alone, or a label that
 * pools the others ("Combined"): "Placebo 50 mg 100 mg Combined" is four columns. Any other word makes the line no header.
 */
function spacedHeader(entities: Entity[], line: Span, normalized: string): { arms: Arm[]; cells: Span[] } | undefined {
  const text = normalized.slice(line.start, line.end);
  // (most lines are prose: long, or without a dose's digit or a placebo)
  if (text.length > 200 || !/\d|placebo/i.test(text)) return undefined;
  const inLine = entitiesIn(entities, line).filter(e => e.end <= line.end);
  // (a column's size after its arm, "N=40", is the column's; any other figure makes the line no header)
  const isSize = (e: Entity) => isFigure(e) && e.figureKind === 'count' && SPACED_SIZE.test(normalized.slice(e.start, e.end));
  if (inLine.some(e => isFigure(e) && e.figureKind !== 'dose' && !isSize(e))) return undefined;
  const items: { start: number; end: number; kind: 'placebo' | 'drug' | 'dose' | 'size'; e?: Entity }[] = [];
  for (const m of text.matchAll(PLACEBO_LABEL)) items.push({ start: line.start + m.index!, end: line.start + m.index! + m[0].length, kind: 'placebo' });
  for (let eI2 = 0, inLine_ = inLine; eI2 < inLine_.length; eI2++) { const e = inLine_[eI2]; if (e.kind === 'drug' || (isFigure(e) && e.figureKind === 'dose')) items.push({ start: e.start, end: e.end, kind: e.kind === 'drug' ? 'drug' : 'dose', e }); }
  for (let eI2 = 0, inLine_ = inLine; eI2 < inLine_.length; eI2++) { const e = inLine_[eI2]; if (isSize(e)) items.push({ start: e.start, end: e.end, kind: 'size', e }); }
  items.sort((a, b) => a.start - b.start);
  if (items.length < 1 || items[0].kind === 'size' || items.some((x, k) => k > 0 && x.start < items[k - 1].end)) return undefined;
  const arms: Arm[] = [], cells: Span[] = [];
  let at = line.start;
  const corner = TABLE_CORNER.exec(text);
  if (corner) at += corner[0].length;
  // (a table's title before its first arm, "Table 2 Efficacy": a few words, no sentence, the row labels' heading)
  else if (SPACED_TITLE.test(normalized.slice(at, items[0].start))) at = items[0].start;
  // the words between two arms: a pooled column's label, else no header
  const gap = (to: number) => {
    const words = normalized.slice(at, to).replace(/[*\u2020\u2021\u00a7]+/g, ' ').trim();
    if (!words) return true;
    if (!TOTAL_COLUMN.test(words.replace(/\s+/g, ' '))) return false;
    const lead = normalized.slice(at, to).search(/\S/);
    arms.push({ label: words });
    cells.push({ start: at + lead, end: at + lead + words.length });
    return true;
  };
  for (let k = 0; k < items.length; k++) {
    const x = items[k];
    if (x.kind === 'size') {
      // the size closes the column before it: "AB-101 N=40", "Placebo (n = 41)"
      if (!cells.length || !/^[\s(]*$/.test(normalized.slice(at, x.start))) return undefined;
      const close = /^\s?\)/.exec(normalized.slice(x.end, x.end + 2));
      cells[cells.length - 1] = { start: cells[cells.length - 1].start, end: x.end + (close ? close[0].length : 0) };
      at = cells[cells.length - 1].end;
      continue;
    }
    if (!gap(x.start)) return undefined;
    if (x.kind === 'placebo') { arms.push({ placebo: true }); cells.push({ start: x.start, end: x.end }); at = x.end; continue; }
    const next = items[k + 1];
    if (x.kind === 'drug' && next?.kind === 'dose' && !/\S/.test(normalized.slice(x.end, next.start))) {
      arms.push({ drug: x.e!.name, dose: doseLabel(next.e!, normalized) });
      cells.push({ start: x.start, end: next.end });
      at = next.end;
      k++;
      continue;
    }
    arms.push(x.kind === 'drug' ? { drug: x.e!.name, label: normalized.slice(x.start, x.end) } : { dose: doseLabel(x.e!, normalized) });
    cells.push({ start: x.start, end: x.end });
    at = x.end;
  }
  if (!gap(line.end)) return undefined;
  return arms.length >= 2 ? { arms, cells } : undefined;
}

/**
 * A header's first line that opens with cells each closed by its group's size and ends in a drug's name alone
 * ("OutcomePlacebo (n=30)Acmezumab"): those cells' arms (a corner word glued before the first is no arm's) and the
 * drug's part of the line, which spans the columns under it.
 */
function sizedCellsBeforeDrug(entities: Entity[], line: Span, normalized: string): { arms: Arm[]; cells: Span[]; rest: Span } | undefined {
  const text = normalized.slice(line.start, line.end);
  if (text.length > 200) return undefined;
  const arms: Arm[] = [];
  const cells: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(GLUED_SIZE)) {
    const cell = { start: line.start + from, end: line.start + m.index! + m[0].length };
    // (a corner word glued to a placebo's name, "OutcomePlacebo", leaves it a placebo)
    const arm = cellArm(entities, cell, normalized) ?? (GLUED_PLACEBO_IN.test(normalized.slice(cell.start, cell.end)) ? { placebo: true } : undefined);
    if (!arm) return undefined;
    arms.push(arm);
    cells.push(cell);
    from = m.index! + m[0].length;
  }
  const rest = { start: line.start + from, end: line.end };
  return arms.length && drugLine(entities, rest, normalized) ? { arms, cells, rest } : undefined;
}

/** A line that is one drug's name alone (a header cell spanning the columns under it). */
function drugLine(entities: Entity[], line: Span, normalized: string): string | undefined {
  const inLine = entitiesIn(entities, line).filter(e => e.end <= line.end);
  if (inLine.length !== 1 || inLine[0].kind !== 'drug') return undefined;
  const rest = normalized.slice(line.start, inLine[0].start) + normalized.slice(inLine[0].end, line.end);
  return /[\p{L}\d]/u.test(rest) ? undefined : inLine[0].name;
}

/**
 * Populations named over a header's columns, each over a group of adjacent ones: the line's words cut after each
 * head noun of a population (binding.json populations.heads, and a part's name after it: "Cohort A"), the corner
 * word before them left out: "Variable Overall population Elderly subgroup" over four columns gives the first two
 * the overall population, the last two the elderly subgroup. Undefined unless the groups share the columns evenly.
 */
function columnGroupPopulations(line: Span, n: number, normalized: string): string[] | undefined {
  const text = normalized.slice(line.start, line.end);
  if (text.length > 200) return undefined;
  const corner = TABLE_CORNER.exec(text);
  let from = corner ? corner[0].length : 0;
  const labels: string[] = [];
  for (const m of text.matchAll(POPULATION_HEAD)) {
    let stop = m.index! + m[0].length;
    const id = POPULATION_ID.exec(text.slice(stop));
    if (id) stop += id[0].length;
    const label = text.slice(from, stop).replace(/\s+/g, ' ').trim();
    const words = label.split(' ');
    // ("Primary analysis", "Placebo cohort": a stage or an arm, no population)
    if (words.length < 2 && !id || words.some(w => NOT_POPULATION.has(w.toLowerCase())) || label.length > 60) return capitalisedGroups(text.slice(corner ? corner[0].length : 0), n);
    labels.push(label);
    from = stop;
  }
  if (!labels.length || /[\p{L}\d]/u.test(text.slice(from)) || n % labels.length !== 0) return capitalisedGroups(text.slice(corner ? corner[0].length : 0), n);
  const width = n / labels.length;
  return Array.from({ length: n }, (_, k) => labels[Math.floor(k / width)]);
}

/** A word that opens a label in a line of labels a copy ran together: a capital after a space ("All patients Patients with ..."). */
const CAPITAL_OPENING = /(?<=\s)(?=\p{Lu})/gu;
/** A noun of a trial's people in a label ("All patients", "Participants aged 65 or older"). */
const PEOPLE_IN_LABEL = new RegExp(`(?<![\\p{L}])(?:${PEOPLE_PATTERN})(?![\\p{L}])`, 'iu');
/** A group's threshold in its label: a comparator and a number ("PD-L1 \u22651%", "dose >10 mg"). */
const THRESHOLD_IN_LABEL = /[<>\u2264\u2265]=?\s?\d/u;

/**
 * Populations each over a group of adjacent columns, their labels run together on one line with nothing between
 * ("All patients Patients with a score \u226510" over four arms): split where a word opens with a capital, when that
 * gives as many labels as divide the columns evenly, each naming people (a population's head) or a group's threshold.
 */
function capitalisedGroups(text: string, n: number): string[] | undefined {
  const labels = text.trim().split(CAPITAL_OPENING).map(l => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (labels.length < 2 || n % labels.length !== 0) return undefined;
  const people = (l: string) => { POPULATION_HEAD.lastIndex = 0; return POPULATION_HEAD.test(l) || PEOPLE_IN_LABEL.test(l); };
  if (labels.some(l => l.length > 60 || l.split(' ').some(w => NOT_POPULATION.has(w.toLowerCase())) || !(people(l) || THRESHOLD_IN_LABEL.test(l)))) return undefined;
  // (labels that open alike, "Dose >10 mg Dose >20 mg", or each naming people: not one label's words cut at a proper noun)
  const firstWords = new Set(labels.map(l => l.split(' ')[0].toLowerCase()));
  if (firstWords.size !== 1 && !labels.every(people)) return undefined;
  const width = n / labels.length;
  return Array.from({ length: n }, (_, k) => labels[Math.floor(k / width)]);
}

/**
 * A row's figures in cells: a value, then the figures in brackets after it ("12/40 (30.0)", "1.9 (1.1 to 3.2)"), or
 * its spread after a plus-minus sign ("45.2 \u00b1 9.1": a mean and its standard deviation are one cell).
 */
const PLUS_MINUS_GAP = /^\s*(?:\u00b1|\+\/-)\s*$/u;
function cellGroups(figures: FigureEntity[], normalized: string): FigureEntity[][] {
  const groups: FigureEntity[][] = [];
  let depth = 0;
  let prevEnd = -1;
  for (let fI2 = 0, figures_ = figures; fI2 < figures_.length; fI2++) { const f = figures_[fI2];
    if (prevEnd >= 0) for (const ch of normalized.slice(prevEnd, f.start)) { if (ch === '(' || ch === '[') depth++; else if ((ch === ')' || ch === ']') && depth > 0) depth--; }
    // (an interval in brackets glued to the one before, "(1.2, 5.5)(0.4, 9.8)", is a cell of its own: a row of intervals)
    const nextInterval = f.figureKind === 'ci' && prevEnd >= 0 && normalized.slice(prevEnd, f.start) === ')(';
    if (!nextInterval && (depth > 0 || (prevEnd >= 0 && PLUS_MINUS_GAP.test(normalized.slice(prevEnd, f.start)))) && groups.length) groups[groups.length - 1].push(f);
    else groups.push([f]);
    prevEnd = f.end;
  }
  return groups;
}

/** The time point a header cell names: a duration ("Week 12", "6 months") or a period ("2027E", "Q3 2026"). */
const VISIT_CODES = grammar.visitCodes.codes as Record<string, string>;
/** A header cell that is a visit's code alone ("W12", "Wk 24", "M6 (n=40)"): binding.json visitCodes. */
const VISIT_CODE = new RegExp(`^[\\s|*_]*(${wordsPattern(Object.keys(VISIT_CODES))})[ ]?(\\d{1,3})(?:[ ]?\\([^()\\n]{0,20}\\))?[\\s|*_:]*$`);
function cellTimepoint(entities: Entity[], cell: Span, normalized: string): string | undefined {
  // "Baseline": the time before treatment, a time point of its own
  if (/^[\s|*_]*baseline[\s|*_:]*$/i.test(normalized.slice(cell.start, cell.end))) return 'baseline';
  // "W12", "M6", "D28": a visit's code alone in a header cell
  const visit = VISIT_CODE.exec(normalized.slice(cell.start, cell.end));
  if (visit) return timeLabel(Number(visit[2]), VISIT_CODES[visit[1]]);
  for (let eI2 = 0, eList = entitiesIn(entities, cell); eI2 < eList.length; eI2++) { const e = eList[eI2];
    if (!isFigure(e)) continue;
    // ("once every 2 weeks", "q3w": how often a dose is given, no time point)
    if (e.figureKind === 'duration' && DOSING_INTERVAL_BEFORE.test(normalized.slice(Math.max(cell.start, e.start - 12), e.start))) continue;
    // ("<70 years", "\u226565 years": an age or a length as a threshold names a group, no time point)
    if (e.figureKind === 'duration' && (e.comparator || /[<>\u2264\u2265]\s*$/.test(normalized.slice(Math.max(cell.start, e.start - 3), e.start)))) continue;
    if (e.figureKind === 'duration' && typeof e.value === 'number') return timeLabel(e.value, e.unit);
    if (e.figureKind === 'date') return normalized.slice(e.start, e.end).trim();
  }
  return undefined;
}

function bindTable(entities: Entity[], table: DocTable, normalized: string, mainDrug: string | undefined, decided: Decided): void {
  const columns = tableColumns(table, normalized);
  // (the arms are the columns' heads, or the rows' labels of a table turned on its side)
  const byColumns = drugsSharedByArms(entities, [...columns.heads.values()].map(h => [...h.cells, ...(h.over ?? [])]));
  const shared = byColumns.size ? byColumns : drugsSharedByArms(entities, table.rows.filter(r => !columns.headerRows.has(r) && r.cells.length > 1).map(r => [r.cells[0]]));
  bindTableRows(entities, table, columns, shared, normalized, mainDrug, decided);
}

function bindTableRows(entities: Entity[], table: DocTable, columns: TableColumns, shared: ReadonlySet<string>, normalized: string, mainDrug: string | undefined, decided: Decided): void {
  const cellText = (c: Span) => normalized.slice(c.start, c.end).replace(/\s+/g, ' ').trim();
  // "Placebo (n=150)": the count in a header is that arm's size
  for (const [, head] of columns.heads) {
    const arm = headArm(entities, head, normalized, shared);
    if (!arm) continue;
    const group = groupOfArm(arm);
    for (let cI = 0, cells_ = head.cells; cI < cells_.length; cI++) { const c = cells_[cI]; for (let fI2 = 0, fList = entitiesIn(entities, c); fI2 < fList.length; fI2++) { const f = fList[fI2]; if (isFigure(f) && f.figureKind === 'count') {
      if (group) f.binding.subgroup = group; else setTableArm(f, arm, mainDrug, decided);
    } } }
    // (a size in a header cell over this column and its neighbours is that cell's arm's: "Drug (n = 40)" over "n (%)" and "95% CI")
    for (let spI = 0, spList = head.over ?? []; spI < spList.length; spI++) { const sp = spList[spI];
      const a = cellArm(entities, sp, normalized, shared);
      if (a) for (let fI2 = 0, fList = entitiesIn(entities, sp); fI2 < fList.length; fI2++) { const f = fList[fI2]; if (isFigure(f) && f.figureKind === 'count' && f.end <= sp.end) setTableArm(f, { ...a, label: a.placebo ? undefined : armWords({ cells: [sp], text: '' }, normalized) }, mainDrug, decided); }
    }
    // "| Placebo (n=40) | 2 mg (n=38) |": a dose in a column's header is that column's arm, not the neighbour's placebo
    // (the sentence reader saw the header row as one line of text)
    if (!arm.placebo && arm.dose) for (let cI = 0, cells_ = head.cells; cI < cells_.length; cI++) { const c = cells_[cI]; for (let fI2 = 0, fList = entitiesIn(entities, c); fI2 < fList.length; fI2++) { const f = fList[fI2]; if (isFigure(f) && f.figureKind === 'dose' && f.end <= c.end) {
      setArm(f, { drug: arm.drug, dose: doseLabel(f, normalized) }, mainDrug, decided);
    } } }
  }
  // the one drug the arms' columns name, when they name one: a column that compares ("Difference vs placebo", "ETD",
  // "HR (95% CI)") is that drug's comparison with the control
  const armDrugs = new Set<string>();
  // (and what it is compared with: the placebo, or the one other drug, of the arms' columns)
  const comparators = new Set<string>();
  for (const [, head] of columns.heads) {
    const a = headArm(entities, head, normalized, shared);
    if (a?.drug && !a.placebo) armDrugs.add(a.drug);
    if (a?.placebo) comparators.add('placebo');
  }
  const comparedDrug = armDrugs.size === 1 ? [...armDrugs][0] : undefined;
  // (two drugs' arms and no placebo: the comparison is of the document's drug against the other; with a placebo too,
  // which drug it compares the columns do not say)
  const main = armDrugs.size === 2 && !comparators.size ? mainDrug : undefined;
  const contrastDrug = comparedDrug ?? (main && armDrugs.has(main) ? main : undefined);
  const comparator = comparedDrug ? (comparators.size === 1 ? [...comparators][0] : undefined) : contrastDrug ? [...armDrugs].find(d => d !== contrastDrug) : undefined;
  const contrast = contrastDrug && comparator ? contrastArm(contrastDrug, comparator) : undefined;
  const above = captionOf(entities, table.start, normalized);
  // (a title in the table's first row says the same of its cells, where the caption above does not)
  const title = titleRowOf(table, normalized);
  const inTitle = title ? captionSays(entities, title, normalized) : undefined;
  const caption: Caption | undefined = inTitle ? { ...inTitle, ...Object.fromEntries(Object.entries(above ?? {}).filter(([, v]) => v !== undefined)) } : above;
  const { population: captionPopulation, drug: captionDrug, trial: captionTrial, endpoint: captionEndpoint, time: captionTime } = caption ?? {};
  // (an arm's size in the header is its size in the population the caption names: "Placebo (n = 40)" under "(ITT population)")
  // (the column's own population first, as for its cells: a header over it that names patients)
  for (const [, head] of columns.heads) {
    const population = head.over?.map(sp => spanPopulation(entities, sp, normalized)).find(p => p) ?? captionPopulation;
    if (population) for (let cI = 0, cList = [...head.cells, ...(head.over ?? [])]; cI < cList.length; cI++) { const c = cList[cI];
      for (let fI2 = 0, fList = entitiesIn(entities, c); fI2 < fList.length; fI2++) { const f = fList[fI2]; if (isFigure(f) && f.figureKind === 'count' && f.end <= c.end && f.binding.subgroup === undefined && PEOPLE_UNIT.test(f.unit)) f.binding.subgroup = population; }
    }
  }
  // a corner over the row labels that names them populations ("Subgroup", "Cohort", "Population"): each row's label is
  // its population, unless it names a measure the lexicon knows
  const stub = stubOf(table, normalized);
  const stubNamesPopulations = !!stub && POPULATION_STUB.test(withoutLabelNotes(normalized.slice(stub.start, stub.end)).trim());
  // a row with a label and no value is a section's heading ("Gastrointestinal", "Progression-free survival"): its
  // endpoint and time point are those of the rows under it that name none
  // a label may name a population instead ("Patients with PD-L1 >= 50%", "Per-protocol population"): the
  // population of the figures of its row, or of the section's rows
  const labelPopulation = (label: Span) => populationMentions(normalized, label, entities).at(-1)?.name;
  let section: { endpoint?: string; timepoint?: string; population?: string; measure?: string } = {};
  // the endpoint the last row with values named in its label, in its section
  let lastNamed: string | undefined;
  // the last row with a label and values: a row under it that opens with a value goes on with it (see below)
  let previous: { label: Span; width: number; cells: (c: number, cell: Span) => void } | undefined;
  // the groups the header's top level spans the columns with, evenly (see spanGroups), and the drug each group's arms
  // compare: the one they name besides a placebo, else the first arm's, as a table puts the drug it compares first
  const groups = spanGroups(columns);
  const groupDrugs = groups?.map((_, k) => {
    const per = columns.width / groups.length;
    const arms: Arm[] = [];
    for (let c = k * per + 1; c <= (k + 1) * per; c++) { const h = columns.heads.get(c); const a = h ? headArm(entities, h, normalized, shared) : undefined; if (a) arms.push(a); }
    const drugs = [...new Set(arms.filter(a => a.drug && !a.placebo).map(a => a.drug!))];
    return drugs.length === 1 ? drugs[0] : arms[0]?.drug && !arms[0].placebo ? arms[0].drug : contrastDrug;
  });
  // the time point the last row with values named in its label, while the rows under it compare its values
  let lastTime: string | undefined;
  for (let rowI = 0; rowI < table.rows.length; rowI++) { const row = table.rows[rowI];
    if (columns.headerRows.has(row) || row.cells.length < 1) { previous = undefined; continue; }
    if (continuationRow(normalized, row)) {
      // a row that opens with a value, right under a row with a label, is that label's second line of values (a label
      // cell that spanned two rows, "| Remission | n (%) | 6 (15.0) | 9 (22.5) |" then "| 5 (12.5) | 8 (20.0) |"): its cells
      // are the last ones of the row above, the cells it lost being the spanning ones at the row's start
      const cells = filledCells(normalized, row);
      const offset = previous ? previous.width - cells.length : 0;
      if (previous && offset >= 1) cells.forEach((cell, i) => previous!.cells(offset + i, cell));
      continue;
    }
    const label = row.cells[0];
    const filled = filledCells(normalized, row);
    // (a label that opens with a statistic's name, "LSM (SE) change": no measure in those words)
    const statistic = ROW_STATISTIC.exec(normalized.slice(label.start, label.end));
    const statisticEnd = statistic ? label.start + statistic.index + statistic[0].length : label.start;
    const labelEndpoint = entitiesIn(entities, label).find(e => e.kind === 'endpoint' && e.end <= label.end && e.start >= statisticEnd);
    if (filled.length <= 1) {
      const timepoint = cellTimepoint(entities, label, normalized);
      // (a section's label that names neither a measure nor a time but a group, "PD-L1 ≥50%", "Part B", "Pretreated patients":
      // the group its rows are of, as a column so labelled is)
      const group = labelEndpoint || timepoint ? undefined : sectionGroup(entities, label, normalized, cellText(label));
      // (a label of words that names none of these names the measure of rows that name only their time: "No flare" over
      // "Week 12", "Week 24")
      const population = labelPopulation(label) ?? group;
      section = { endpoint: labelEndpoint?.name, timepoint, population, measure: labelEndpoint || timepoint || population ? undefined : measureOfLabel(cellText(label)) };
      previous = undefined;
      lastNamed = undefined;
      lastTime = undefined;
      continue;
    }
    // a row that gives only its columns' group sizes ("TNFi-naive | n=84 | n=81") heads the rows under it: its label
    // names their population (or their time point, "Week 12 (N)"); its sizes are its columns'
    const sizes = filled.slice(1).every(c => SIZE_CELL.test(cellText(c)));
    if (sizes) {
      const t = cellTimepoint(entities, label, normalized);
      section = t ? { timepoint: t } : { population: labelPopulation(label) ?? stubPopulation(cellText(label)) };
    }
    const ownPopulation = labelPopulation(label) ?? (stubNamesPopulations && !labelEndpoint ? stubPopulation(cellText(label)) : undefined);
    const rowPopulation = ownPopulation ?? section.population;
    // (a row of a drug alone is that drug's arm, named by its label, as a column of one is: "| Acmezumab | 12.1 | 14.0 |")
    const armLabel = withoutLabelNotes(cellText(label)).trim();
    // (a row named by a control or by its letter, "Comparator", "Standard of care", "Arm B", is that arm's, as a column so named is)
    const drugArm = cellArm(entities, label, normalized, shared);
    const controlArm = !drugArm && !labelEndpoint && namedArm(armLabel.replace(SIZE_IN_LABEL, ' ').trim());
    const ownArm = drugArm ?? (controlArm ? { label: armLabel.replace(SIZE_IN_LABEL, ' ').trim() } : undefined);
    const onlyArm = controlArm || (!!ownArm && armOnly(entities, label, normalized));
    const rowArm = onlyArm && ownArm?.drug && !ownArm.dose && !ownArm.placebo && armLabel.length <= 40 ? { ...ownArm, label: armLabel } : ownArm;
    // (the dose that names the row's arm is that arm's, as a header's is its column's)
    if (onlyArm && ownArm?.dose) for (let fI2 = 0, fList = entitiesIn(entities, label); fI2 < fList.length; fI2++) { const f = fList[fI2]; if (isFigure(f) && f.figureKind === 'dose' && f.end <= label.end) setArm(f, { drug: ownArm.drug, dose: doseLabel(f, normalized) }, mainDrug, decided); }
    const ownTime = cellTimepoint(entities, label, normalized);
    // (a row that compares the arms' values of a row above, or gives a statistic of that comparison, "Difference vs
    // placebo (95% CI)", "Effect size", "P value", under "Change from baseline at week 12, mean (SE)", is of that
    // row's time; a row that names a measure of its own, or a section's label, ends it)
    const labelWords = cellText(label);
    const derived = !ownTime && !labelEndpoint && (comparisonHead(labelWords) || STATISTIC_ROW.test(labelWords) || ROW_STATISTIC.test(labelWords) || declaredBy(labelWords)?.kind === 'pvalue');
    if (ownTime) lastTime = ownTime;
    else if (!derived) lastTime = undefined;
    const rowTime = ownTime ?? section.timepoint ?? (derived ? lastTime : undefined) ?? captionTime;
    // (a label that names a population names no measure)
    // (a label that names a disease, under a caption that names the endpoint, names the patients, not a measure)
    const labelDisease = captionEndpoint !== undefined && entitiesIn(entities, label).some(e => e.kind === 'indication' && e.end <= label.end);
    // (a label that names an arm, "Placebo", "Acmezumab 10 mg", names no measure either: the table is transposed)
    // (a row that gives the change of the measure the rows above named, "Change from baseline, mean (SE)", "LS mean
    // difference", under "Pain score, No."): that measure's, where the section names none (a p-value's or an effect
    // size's row is none: the measure's unit would be read into its cells)
    const ofAbove = !labelEndpoint && !section.endpoint && lastNamed !== undefined && (!!statistic || derived || STATISTIC_ROW.test(cellText(label)));
    const rowEndpoint = sizes ? undefined : labelEndpoint?.name ?? section.endpoint ?? (ofAbove ? lastNamed : undefined) ?? (section.measure && ownTime ? section.measure : undefined) ?? (ownPopulation || labelDisease || statistic || onlyArm ? captionEndpoint : measureOfLabel(cellText(label)) ?? captionEndpoint);
    if (labelEndpoint) lastNamed = labelEndpoint.name;
    const bindCell = (c: number, cell: Span) => {
      const head = columns.heads.get(c);
      const headEndpoint = head ? head.cells.map(h => entitiesIn(entities, h).find(e => e.kind === 'endpoint')).find(e => e) : undefined;
      const headed = head ? headArm(entities, head, normalized, shared) : undefined;
      // (a column of a cohort, a subgroup, an analysis set: its population, no arm)
      const ownPopulation = headed ? groupOfArm(headed) : undefined;
      // (nor is a column that compares the arms one: "Difference vs control (90% CI)" names no arm; its cells are the drug's)
      const colArm = ownPopulation || (headed?.label && !headed.drug && !headed.placebo && !headed.dose && head && comparisonHead(head.text)) ? undefined : headed;
      // (a header over this column and its neighbours that names patients, "All randomised", "Patients with bulky
      // nodes", "ITT population": the population of every column under it)
      const colPopulation = ownPopulation ?? head?.over?.map(sp => spanPopulation(entities, sp, normalized)).find(p => p);
      const timepoint = head ? [...head.cells, ...(head.over ?? []), ...(head.spans ?? [])].map(h => cellTimepoint(entities, h, normalized)).find(t => t) : undefined;
      for (let fI2 = 0, fList = entitiesIn(entities, cell); fI2 < fList.length; fI2++) { const f = fList[fI2];
        if (!isFigure(f) || f.end > cell.end) continue;
        f.table = { row: cellText(label), column: head ? head.text.replace(/\s+/g, ' ') : '' };
        if (f.figureKind === 'date') continue;
        const endpoint = labelEndpoint?.name ?? headEndpoint?.name ?? rowEndpoint;
        if (endpoint) f.binding.endpoint = endpoint;
        const arm = colArm ?? rowArm;
        if (arm) setTableArm(f, arm, mainDrug, decided);
        if (head?.n !== undefined && !rowArm) f.binding.n = head.n;
        const tp = timepoint ?? rowTime;
        if (tp) f.binding.timepoint = tp;
        if (colPopulation) f.binding.subgroup = colPopulation;
        if (rowPopulation && f.binding.subgroup === undefined) f.binding.subgroup = rowPopulation;
        if (captionPopulation && f.binding.subgroup === undefined) f.binding.subgroup = captionPopulation;
        if (captionTrial) f.binding.trial = captionTrial;
        if (captionDrug && !arm?.drug && !arm?.placebo && f.binding.arm !== 'placebo') f.binding.drug = captionDrug;
        else if (comparedDrug && !arm && !rowArm && head && comparisonHead(head.text)) f.binding.drug = comparedDrug;
        // (a figure under such a column, a ratio, a difference, its interval, compares the drug's arm with its comparator's)
        if (contrast && !arm && !rowArm && !f.binding.arm && head && comparisonHead(head.text)) {
          f.binding.arm = contrast;
          f.binding.drug ??= contrastDrug;
        }
      }
    };
    // a row with one value a group of columns ("| Difference (95% CI) | 12 (4 to 20) | 9 (1 to 17) | | |" under two
    // populations over four arms; the copy put the spanning cells first): each value is its group's, a comparison of its
    // group's arms, no arm's: its population, or its time point, and the drug the arms compare
    if (groups && !sizes && filled.length - 1 === groups.length && filled.slice(1).every(c => /\d/.test(cellText(c)))) {
      groups.forEach((g, k) => {
        const cell = row.cells[k + 1];
        const groupDrug = groupDrugs![k];
        const population = spanPopulation(entities, g, normalized);
        const timepoint = population ? undefined : cellTimepoint(entities, g, normalized);
        for (let fI2 = 0, fList = entitiesIn(entities, cell); fI2 < fList.length; fI2++) { const f = fList[fI2];
          if (!isFigure(f) || f.end > cell.end) continue;
          f.table = { row: cellText(label), column: cellText(g) };
          if (f.figureKind === 'date') continue;
          const endpoint = labelEndpoint?.name ?? rowEndpoint;
          if (endpoint) f.binding.endpoint = endpoint;
          const tp = timepoint ?? rowTime;
          if (tp) f.binding.timepoint = tp;
          const pop = population ?? rowPopulation ?? captionPopulation;
          if (pop) f.binding.subgroup = pop;
          if (captionTrial) f.binding.trial = captionTrial;
          if (groupDrug) f.binding.drug = groupDrug;
        }
      });
      previous = undefined;
      continue;
    }
    for (let c = 1; c < row.cells.length; c++) bindCell(c, row.cells[c]);
    previous = sizes ? undefined : { label, width: filled.length, cells: bindCell };
  }
}

/**
 * The cells of a header's top level that span the value columns evenly, two or more each, in order ("Marker-high" over two
 * arms, "Marker-low" over two): undefined unless every column lies under one and there are two groups or more.
 */
function spanGroups(columns: TableColumns): Span[] | undefined {
  const groups: Span[] = [];
  const widths: number[] = [];
  for (let c = 1; c <= columns.width; c++) {
    const top = columns.heads.get(c)?.over?.[0];
    if (!top) return undefined;
    const last = groups[groups.length - 1];
    if (last && last.start === top.start && last.end === top.end) widths[widths.length - 1]++;
    else { groups.push(top); widths.push(1); }
  }
  return groups.length >= 2 && widths.every(w => w >= 2 && w === widths[0]) ? groups : undefined;
}

/**
 * A label that only names an arm: a placebo, a drug, a dose, and no other word but the arm's own ("arm", "group",
 * "alone", "plus"): "Placebo", "Acmezumab 10 mg", "Acmezumab arm"; not "Acmezumab exposure" (a measure of the drug).
 */
const ARM_ONLY_WORDS = /^(?:arm|arms|group|groups|alone|plus|and|placebo|once|twice|daily|weekly|monthly|mg|g|kg|every|week|weeks|q\dw|qw|qd|bid|tid)$/i;
function armOnly(entities: Entity[], label: Span, normalized: string): boolean {
  let rest = normalized.slice(label.start, label.end);
  for (let eI2 = 0, eList = entitiesIn(entities, label).sort((a, b) => b.start - a.start); eI2 < eList.length; eI2++) { const e = eList[eI2];
    if (e.end > label.end || !(e.kind === 'drug' || (isFigure(e) && (e.figureKind === 'dose' || e.figureKind === 'count')))) continue;
    rest = rest.slice(0, e.start - label.start) + ' ' + rest.slice(e.end - label.start);
  }
  return withoutLabelNotes(rest).split(/[^\p{L}\d]+/u).filter(w => /\p{L}{2}/u.test(w)).every(w => ARM_ONLY_WORDS.test(w));
}

/** A header cell that spans columns and names their patients: a population it names, or its words when they name people. */
const PEOPLE_IN_HEADER = new RegExp(`(?<![\\p{L}])(?:${PEOPLE_UNITS.map(u => u.replace(/s$/, 's?')).join('|')}|population|set|cohort|subgroup)(?![\\p{L}])`, 'iu');
function spanPopulation(entities: Entity[], cell: Span, normalized: string): string | undefined {
  const named = populationMentions(normalized, cell, entities).at(-1)?.name;
  if (named) return named;
  const words = normalized.slice(cell.start, cell.end).replace(/[*\u2020\u2021\u00a7#]+|\s+[a-e]$/g, '').replace(/\s+/g, ' ').trim();
  if (words.length > 60 || cellArm(entities, cell, normalized)) return undefined;
  // (or a group as a column's own label names one: a threshold, "Age ≥65 Years", "PD-L1 ≥50%", or a line of therapy)
  return PEOPLE_IN_HEADER.test(words) || groupOfArm({ label: words }) ? words : undefined;
}

/** A column's header that compares the drug's arm with the control (binding.json comparisonColumns): its words in any case, its abbreviations only in capitals ("OR" is a ratio, "or" a conjunction: "Grade 3 or 4"). */
const COMPARISON_WORDS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(grammar.comparisonColumns.words.filter(w => w !== w.toUpperCase()))})(?![\\p{L}])`, 'iu');
const COMPARISON_ABBREVIATIONS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(grammar.comparisonColumns.words.filter(w => w === w.toUpperCase()))})(?![\\p{L}])`, 'u');
function comparisonHead(text: string): boolean { return COMPARISON_WORDS.test(text) || COMPARISON_ABBREVIATIONS.test(text); }
/** A column's header that pools the table's arms (binding.json pooledColumns): "Total", "Overall", "All doses". */
const POOLED_WORDS = new RegExp(`^[\\s*|(]*(?:${wordsPattern(grammar.pooledColumns.words)})(?![\\p{L}])`, 'iu');
function pooledHead(text: string): boolean { return POOLED_WORDS.test(text); }

/** A row label that opens with a change of a measure named above it ("Change from baseline", "Difference"): binding.json statisticRows. */
const STATISTIC_ROW = new RegExp(`^[\\s*_]*(?:${wordsPattern(grammar.statisticRows.words)})(?![\\p{L}])`, 'iu');
/** A row label that opens with a statistic's name ("LSM (SE) change to week 30"): binding.json rowStatistics. */
const ROW_STATISTIC = new RegExp(`^[\\s*_]*(?:${wordsPattern(Object.keys(grammar.rowStatistics.words))})(?![\\p{L}\\d])`, 'iu');

/** A table's corner that names its row labels populations: one head noun of a population (binding.json populations.heads), alone. */
const POPULATION_STUB = new RegExp(`^(?:${wordsPattern(Object.keys(POP.heads))})$`, 'iu');
/** A row label as a population's name: its words without the table's notes, when short and worded. */
function stubPopulation(label: string): string | undefined {
  const m = withoutLabelNotes(label).trim();
  return m.length >= 2 && m.length <= 60 && /\p{L}/u.test(m) ? m : undefined;
}

/**
 * What the caption right above a table says of every cell: the population its figures are of ("Adverse events
 * (safety population)"), and the drug, trial, endpoint and time point it names when it names one of each ("Table 2.
 * Zelbotamab in ACME-301: response at week 24"). An adverse event's term names no measure of the rows: they are the
 * events ("Table 3. TEAEs" over "Hypertension").
 */
type Caption = { population?: string; drug?: string; trial?: string; endpoint?: string; time?: string };
function captionOf(entities: Entity[], tableStart: number, normalized: string): Caption | undefined {
  const caption = captionAbove(tableStart, normalized);
  return caption ? captionSays(entities, caption, normalized) : undefined;
}

/**
 * A title in the table's first row, its other cells empty, above the columns' header ("| Response at week 16 (ITT
 * population) | | |"): the table's caption, copied inside it.
 */
function titleRowOf(table: DocTable, normalized: string): Span | undefined {
  const first = table.header[0];
  if (!first || first.cells.length < 2) return undefined;
  const filled = first.cells.filter(c => /[^\s|]/.test(normalized.slice(c.start, c.end)));
  return filled.length === 1 && filled[0] === first.cells[0] && /\p{L}{3}/u.test(normalized.slice(filled[0].start, filled[0].end)) ? filled[0] : undefined;
}

function captionSays(entities: Entity[], caption: Span, normalized: string): Caption {
  const inCaption = entitiesIn(entities, caption).filter(e => e.end <= caption.end);
  const one = (names: (string | undefined)[]) => { const set = new Set(names.filter((n): n is string => !!n)); return set.size === 1 ? [...set][0] : undefined; };
  const captionText = normalized.slice(caption.start, caption.end);
  return {
    // (the population's own words: a caption's title before its bracket is not part of it)
    // (else an analysis set the caption names without a population's noun: "(FAS)", "per-protocol set")
    population: populationMentions(normalized, caption, entities).at(-1)?.name.replace(/^.*[(\[]\s*/, '').trim() || CAPTION_SET.exec(captionText)?.[0] || undefined,
    drug: one(inCaption.filter(e => e.kind === 'drug').map(e => e.name)),
    trial: one(inCaption.filter(e => e.kind === 'trial').map(e => e.name)),
    endpoint: one(inCaption.filter(e => e.kind === 'endpoint' && !e.facts.adverseEvent).map(e => e.name)),
    // (a length as an adjective, "24-week outcomes", "the 12-month double-blind period": when its outcomes were read, the
    // period's end; not in a caption of the characteristics at baseline)
    time: one(inCaption.filter((e): e is FigureEntity => isFigure(e) && e.figureKind === 'duration' && typeof e.value === 'number'
      && (atTimeBefore(normalized, caption.start, e.start) || (!!e.timepoint && /^(?:day|week|month|year)/i.test(e.text))
        || (LANDMARK_ADJECTIVE.test(e.text.trim()) && /^\d/.test(e.text) && !BASELINE_CAPTION.test(captionText)))).map(e => timeLabel(e.value, e.unit)))
      // (else a period of the trial's own the caption names, "during the double-blind treatment period", as written)
      ?? STUDY_PERIOD.exec(captionText)?.[1].replace(/\s+/g, ' '),
  };
}

/** A trial's own period, "open-label extension period", "maintenance phase": binding.json studyPeriods. */
const STUDY_PERIOD = new RegExp(`(?<![\\p{L}\\d-])((?:(?:${wordsPattern(grammar.studyPeriods.words)})[ ]+){1,2}(?:${wordsPattern(grammar.studyPeriods.heads)}))(?![\\p{L}])`, 'iu');

/** An analysis set named in a caption without a population's noun (binding.json populations.captionSets), in its own case. */
const CAPTION_SET = new RegExp(`(?<![\\p{L}\\d-])(?:${wordsPattern(POP.captionSets.words)})(?![\\p{L}\\d-])`, 'u');
/** A caption of the patients' characteristics before treatment: no time point of the study's is theirs. */
const BASELINE_CAPTION = /\b(?:baseline|demographic|characteristics)\b/i;

/** A line of a table written with pipes: one that opens with a pipe, or holds two with words or figures between them. */
const TABLE_ROW_LINE = /^\s*\||\|[^|\n]*\|/;

/** The caption of a table: the one or two lines right above it (a blank line between them and the table allowed), when short. */
function captionAbove(tableStart: number, normalized: string): Span | undefined {
  let end = tableStart - 1;
  if (end <= 0) return undefined;
  // over one blank line at most
  let at = normalized.lastIndexOf('\n', end - 1);
  if (!/\S/.test(normalized.slice(at + 1, end))) { end = at; at = normalized.lastIndexOf('\n', end - 1); }
  let start = at + 1, lines = 1;
  if (!/\S/.test(normalized.slice(start, end))) return undefined;
  // another table's row is no caption of this one: two tables one under the other share no title
  if (TABLE_ROW_LINE.test(normalized.slice(start, end))) return undefined;
  const prev = normalized.lastIndexOf('\n', at - 1);
  if (at > 0 && /\S/.test(normalized.slice(prev + 1, at)) && at - prev <= 200 && !TABLE_ROW_LINE.test(normalized.slice(prev + 1, at))) { start = prev + 1; lines++; }
  // (a line of running text over 200 characters that ends its sentence is a paragraph, no caption)
  if (end - start > 200 && /[.!?]["\u201d\u2019)]?\s*$/.test(normalized.slice(start, end))) return undefined;
  return end - start <= 400 && lines <= 2 ? { start, end } : undefined;
}

/**
 * A column's label that names a population, not an arm: no placebo, drug or dose in it, and a head noun of a
 * population ("Cohort A (n = 24)", "PD-L1-high subgroup", "Safety population"), none of the modifiers that make it an
 * arm or a stage ("Placebo cohort", "Interim analysis").
 */
function groupOfArm(arm: Arm): string | undefined {
  if (!arm.label || arm.placebo || arm.drug || arm.dose) return undefined;
  const label = arm.label;
  // (or words of a group of patients with no treatment's: "Part A", "All patients", "2L+", "ITT", "PD-L1 ≥50%")
  // (asked of a twin without the global flag: a global expression's test leaves its lastIndex behind, and matchAll starts
  // from it, so every later reading of a sentence's populations would have skipped that many characters, in any document)
  if (!POPULATION_HEAD_ONCE.test(label) && (namedArm(label) || !(COLUMN_GROUP.test(label) || COLUMN_GROUP_ABBREVIATION.test(label) || /[≥≤<>]/.test(label) || MARKER_RANGE.test(label)))) return undefined;
  // (a word in brackets is a word of the label: "AB-101 (all doses)")
  return namesNoPopulation(label, /[\s()[\]-]+/) ? undefined : label;
}

/**
 * A table's section label, a row of its own with no value, that names a group of patients by the words a column's group
 * is named by ("PD-L1 ≥50%", "Part B", "Relapsed or refractory"): not an arm (no drug, dose or placebo), no adverse event's
 * grade ("Grade ≥3" heads events of that grade, not patients), and no figure in it but the group's threshold.
 */
function sectionGroup(entities: Entity[], label: Span, normalized: string, text: string): string | undefined {
  if (cellArm(entities, label, normalized)) return undefined;
  // (its emphasis and a colon are no words of it; a last capital is its letter, "Part B", no footnote's)
  const named = text.replace(/[:*_]+$|^[*_]+/g, '').trim();
  if (named.length < 2 || named.length > 60 || GRADE_WORD.test(named)) return undefined;
  if (entitiesIn(entities, label).some(e => e.kind === 'endpoint' || e.kind === 'drug' || (isFigure(e) && e.figureKind !== 'percent' && e.figureKind !== 'duration' && e.figureKind !== 'other'))) return undefined;
  return groupOfArm({ label: named });
}
const GRADE_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(nesting.gradeRestrictions.gradeWords)})(?![\\p{L}])`, 'iu');

/** A marker's name in capitals and the range of its level, as a threshold is ("TPS 1-49%", "PD-L1 1–49 %"): the patients whose level lies in it. */
const MARKER_RANGE = /(?<![\p{L}\d])\p{Lu}[\p{Lu}\d-]{1,10}\s+\d{1,3}\s?[–-]\s?\d{1,3}\s?%/u;

/** Words of a column's label that name a group of patients, not a treatment (binding.json populations.columnGroups). */
const COLUMN_GROUP = new RegExp(`(?<![\\p{L}\\d])(?:${wordsPattern(POP.columnGroups.words)})(?![\\p{L}\\d])`, 'iu');
const COLUMN_GROUP_ABBREVIATION = new RegExp(`(?<![\\p{L}\\d])(?:${wordsPattern([...POP.columnGroups.abbreviations, ...POP.captionSets.words])})(?![\\p{L}\\d])`, 'u');

/** A table's arm: a placebo or a drug sets it as elsewhere, and a column's own words name it too ("Group 1", "Verum"). */
function setTableArm(f: FigureEntity, arm: Arm, mainDrug: string | undefined, decided: Decided): void {
  setArm(f, arm.label && (arm.drug || arm.dose) ? { ...arm, label: undefined } : arm, mainDrug, decided);
  if (arm.label && !arm.placebo && !arm.dose) f.binding.arm = arm.label;
}

/** The notes a table adds after a label ("Nausea, n (%)" is nausea; "Any AE\u2014no. (%)"). */
const LABEL_MARKS = /(?:\s*[,\u2014\u2013-]?\s*(?:n|no\.?|number|patients?|participants?)?\s*\((?:%|n|no\.)\)|\s*[,\u2014\u2013]\s*(?:n|no\.?|%)\s*|[*\u2020\u2021\u00a7#]+)+$/iu;
/**
 * A label without its notes: "(%)", ", n", footnote marks, and a footnote's lower-case letter ("Nausea a"). A capital
 * letter after a word is the label's own, an arm's or a part's id ("Arm A", "Part B", "Hepatitis B"), and stays.
 */
function withoutLabelNotes(label: string): string {
  const t = label.replace(LABEL_MARKS, '');
  const u = t.replace(/\s+[a-e]$/, '');
  return u === t ? t : u.replace(LABEL_MARKS, '');
}
/** A label's words without its notes, its unit and statistic, and its footnote letters (a reading of the label alone, kept by it). */
const labelMeasureWords = (label: string): string => withoutFootnoteLetters(withoutMeasureUnit(withoutLabelNotes(withoutCellNote(label.trim())).trim()).replace(/[,:;]+$/, '').trim());
/** A row label without its notes and footnote letters (kept by the label: the rows' figures ask it after every edit). */
const rowLabelWords = (row: string): string => withoutFootnoteLetters(withoutLabelNotes(row).trim());
/** A row label that names what its row measures: words, not a number or a bare unit. */
function measureOfLabel(label: string, longest = 60): string | undefined {
  // (the unit and the statistic a label names after its measure are no part of the measure's name: "Weight, kg: mean (SD)")
  const m = readPiece(labelMeasureWords, label);
  if (m.length < 3 || m.length > longest || !/\p{L}{3}/u.test(m) || /\d/.test(m)) return undefined;
  // a label that names the row's statistic, not its measure: "p-value", "Odds ratio (90% CI)"
  const declared = declaredBy(m)?.kind;
  if (declared === 'pvalue' || declared === 'ratio') return undefined;
  return m;
}

/**
 * A label's footnote letters glued to its last word, as journal tables copy them ("Sustained remissionb", "Clinical
 * improvementc,e"): one to three letters a to f, commas between, after a stem of five letters or more that ends as English
 * words end and no English word ends in the stem and the letter ("-ionb", "-nsec", "-itya"). The label without them.
 */
const FOOTNOTE_LETTERS = /(\p{L}{5,}?)([a-f](?:,[a-f]){0,2})$/u;
const WORD_ENDS = /(?:ion|ment|nse|ity|ence|ance|ure|ing|ed|ts|ness|ogy|ive|ous|ics|ate)$/;
function withoutFootnoteLetters(label: string): string {
  const m = FOOTNOTE_LETTERS.exec(label);
  if (!m || !WORD_ENDS.test(m[1]) || /\p{Lu}/u.test(m[2])) return label;
  return label.slice(0, m.index) + m[1];
}

/** A column's arm: from its header's words (a placebo, a drug, a dose), else its words when they state the group's size. */
function headArm(entities: Entity[], head: ColumnHead, normalized: string, shared = NONE_SHARED): Arm | undefined {
  // a drug named by a header spanning the column ("Drug, once daily" over "3 mg (n = 41)") is the column's drug
  const spanDrug = head.spans?.map(sp => entitiesIn(entities, sp).find(e => e.kind === 'drug' && e.end <= sp.end)).find(e => e)?.name;
  for (let cI = 0, cells_ = head.cells; cI < cells_.length; cI++) { const c = cells_[cI];
    const a = cellArm(entities, c, normalized, shared);
    if (a) return { ...a, drug: a.drug ?? (a.placebo ? undefined : spanDrug), label: a.placebo ? undefined : armWords(head, normalized) };
  }
  // (an arm named by a header cell over this column and its neighbours, the column's own cell naming its statistic:
  // "Drug (n = 40)" over "n (%)" and "95% CI"; the nearest level first)
  // (or the column's own cell names a category of what is counted, no group: "Drug (N = 90)" over "Any grade" and
  // "Grade 2 or 3"; a cell above that states its group's size is then the column's arm, whatever its words)
  const nearest = [...(head.over ?? [])].reverse();
  const ownWords = head.cells.map(c => normalized.slice(c.start, c.end)).join(' ');
  const statistic = head.cells.every(c => unitName(normalized.slice(c.start, c.end)));
  for (let spI = 0, spList = statistic || namesGradeOnly(ownWords) ? nearest : []; spI < spList.length; spI++) { const sp = spList[spI];
    const a = cellArm(entities, sp, normalized, shared);
    if (a) return { ...a, drug: a.drug ?? (a.placebo ? undefined : spanDrug), label: a.placebo ? undefined : armWords({ cells: [sp], text: '' }, normalized) };
    if (!statistic && groupSize(normalized, sp)) { const label = armWords({ cells: [sp], text: '' }, normalized); if (label) return { label }; }
  }
  const label = armWords(head, normalized);
  // (a column without its group's size is an arm when its words name one: a control, "Arm B", "Group 2"; or when a row
  // that names the arms names it, its words then the arm's alone)
  // (a size only a group over the column states, "All patients (n = 60)" over "Drug", "Placebo" and "P value", is that
  // group's: the column's own words then name an arm only as they would with no size)
  const sizeOfGroup = head.n !== undefined && head.nAt !== undefined && (head.over ?? []).some(sp => head.nAt!.start >= sp.start && head.nAt!.start < sp.end);
  if (head.n === undefined || sizeOfGroup) {
    if (head.armCell) { const own = normalized.slice(head.armCell.start, head.armCell.end).replace(/[*\u2020\u2021\u00a7#]+$/, '').trim(); if (own.length >= 2 && own.length <= 40 && /\p{L}/u.test(own)) return { label: own }; }
    return label && namedArm(label) ? { label } : undefined;
  }
  return label ? { label } : undefined;
}

/** An arm's label that names an arm by what it is ("Standard of care", "Chemotherapy alone", "Control") or by its letter or number ("Arm B", "Group 2"). */
const ARM_BY_ID = new RegExp(`^(?:${wordsPattern(grammar.arms.byId.words)})[\\s-]?(?:[A-Z]|\\d{1,2}|[IVX]{1,4})$`, 'i');
function namedArm(label: string): boolean {
  const words = label.replace(/\s+(?:alone|allein|seule?|arm|group)$/i, '').trim();
  return ARM_BY_ID.test(label) || ARM_NOUNS.has(words.toLowerCase()) || CONTROL_WORDS.has(words.toLowerCase());
}

/** The words that name a column's group: its header without the size and the "n (%)" notes ("Verum (n = 259)" is Verum). */
function armWords(head: ColumnHead, normalized: string): string | undefined {
  const words = head.cells.map(c => normalized.slice(c.start, c.end)).join(' ')
    .replace(/\(?\s*[nN]\s?=\s?\d[\d,]*\s*[a-z]?\s*\)?/g, ' ').replace(/\(?\b(?:n|no\.?)(?:\s*\/\s*N)?\s*\(%\)\)?/gi, ' ')
    // (a unit's cell under the group's name, "%" or "(%)", names what the numbers are, not the group)
    .replace(/(?:^|\s)\(?%\)?(?=\s|$)/g, ' ').replace(/\s(?:n|N|No\.?)\s*$/, ' ').replace(/[,;:|]+\s*$/, '').replace(/\s+/g, ' ').trim()
    .replace(/[,;:]+$/, '').trim();
  // (a statistic's name alone, "95% CI", "%", names no group)
  // (a regimen's arm may be long: "Drugamab plus two chemotherapies and a third agent")
  return words.length >= 2 && words.length <= 72 && /\p{L}/u.test(words) && !unitName(words) ? words : undefined;
}

/** "ETR versus placebo", "Difference vs. placebo": a placebo named as what a column is compared with is no arm of it. */
const VERSUS_PLACEBO_ALL = /(?<![\p{L}])(?:vs\.?|versus|compared (?:with|to)|minus)\s+placebo(?!\p{L})/giu;

/**
 * The drugs every arm of a table names, when two arms or more name drugs ("Drugamab + Chemo" and "Chemo + Zetamab +
 * Drugamab" share drugamab): an arm that names several drugs is studied for the one it adds to them, not for its first.
 */
const NONE_SHARED: ReadonlySet<string> = new Set();
function drugsSharedByArms(entities: Entity[], arms: Span[][]): Set<string> {
  let shared: Set<string> | undefined;
  let naming = 0;
  for (let cellsI = 0, arms_ = arms; cellsI < arms_.length; cellsI++) { const cells = arms_[cellsI];
    const names = new Set(cells.flatMap(c => entitiesIn(entities, c).filter(e => e.kind === 'drug' && e.end <= c.end).map(e => e.name)));
    if (!names.size) continue;
    naming++;
    shared = shared ? new Set([...shared].filter(n => names.has(n))) : names;
  }
  return naming >= 2 && shared ? shared : new Set();
}

function cellArm(entities: Entity[], cell: Span, normalized: string, shared = NONE_SHARED): Arm | undefined {
  const text = normalized.slice(cell.start, cell.end);
  if (/\bplacebo\b/i.test(text.replace(VERSUS_PLACEBO_ALL, ' '))) return { placebo: true };
  const inCell = entitiesIn(entities, cell);
  const drugs = inCell.filter(e => e.kind === 'drug');
  const drug = (drugs.length > 1 ? drugs.find(e => !shared.has(e.name)) : undefined) ?? drugs[0];
  const dose = inCell.find(e => isFigure(e) && e.figureKind === 'dose');
  if (drug || dose) return { drug: drug?.name, dose: dose ? doseLabel(dose, normalized) : undefined };
  return undefined;
}

function bindFlattenedRows(entities: Entity[], rows: Span[], title: Span | undefined, normalized: string, mainDrug: string | undefined, decided: Decided): void {
  // the title line right above the rows: its endpoint and time point
  const inTitle = title ? entitiesIn(entities, title) : [];
  const endpoint = inTitle.find(e => e.kind === 'endpoint');
  const tp = inTitle.find((e): e is FigureEntity => isFigure(e) && e.figureKind === 'duration');
  for (let rowI = 0; rowI < rows.length; rowI++) { const row = rows[rowI];
    const inRow = entitiesIn(entities, row);
    const opener = inRow[0];
    const placebo = /^\s*placebo(?!\p{L})/iu.test(normalized.slice(row.start, row.end));
    const arm: Arm = placebo ? { placebo: true } : { dose: doseLabel(opener, normalized) };
    for (let fI2 = 0, inRow_ = inRow; fI2 < inRow_.length; fI2++) { const f = inRow_[fI2];
      if (!isFigure(f) || (!placebo && f === opener) || f.figureKind === 'date') continue;
      if (endpoint) f.binding.endpoint = endpoint.name;
      if (tp && typeof tp.value === 'number') f.binding.timepoint = timeLabel(tp.value, tp.unit);
      setArm(f, arm, mainDrug, decided);
    }
  }
}

/** The words over a statement's period column ("Quarter Ended"): binding.json periodColumns. */
const PERIOD_COLUMN_WORDS = new RegExp(`^[\\s|,]*(?:(${wordsPattern(Object.keys(grammar.periodColumns.words))})[\\s|,:]*)?$`, 'iu');
const PERIOD_COLUMN_END = new RegExp(`(?:^|[^\\p{L}])(${wordsPattern(Object.keys(grammar.periodColumns.words))})[\\s|,:]*$`, 'iu');
/** A date with its day ("March 31", "30 June 2031"): a period column's end, not a bare year. */
const DAY_DATE = /\d{1,2}(?:st|nd|rd|th)?[ ,.]+\p{L}{3}|\p{L}{3}\.?[ ]+\d{1,2}(?!\d)/u;
const BARE_YEAR = /^(?:19|20)\d{2}$/;
/** Whether only spaces or pipes stand between a line's start and `at`, looked for 40 characters back at most. */
function opensLine(normalized: string, at: number): boolean {
  const from = Math.max(0, at - 40);
  const back = normalized.slice(from, at);
  const nl = back.lastIndexOf('\n');
  return (nl >= 0 || from === 0) && /^[ \t|]*$/.test(back.slice(nl + 1));
}
/** A year right before the words over a statement's dates, in their cell: "2030 Quarter Ended". */
const YEAR_BEFORE_HEADING = /(?:^|[\s|])((?:19|20)\d{2})[ \t]*$/;
/** Whether a gap holds more than `most` words (runs of letters or digits; bars and dashes are none). */
function wordsOver(gap: string, most: number): boolean {
  const re = /[\p{L}\p{N}]+/gu;
  let n = 0;
  while (re.exec(gap) !== null) if (++n > most) return true;
  return false;
}
/** Between a year and the first date under it: a cell's end, white space or a pipe, nothing else ("2030 | March 31"; a line break may read as a space). */
const YEAR_CELL_GAP = /^[\s|]+$/;
/** The units of dates that name a reporting period: a statement's columns. */
const PERIOD_UNITS = new Set(['year', 'half-year', 'quarter', 'months']);
/** A header's last cell naming a column of changes in per cent ("Veränderung %", "Change %"), then its line's end (statements.json changeColumns). */
const CHANGE_HEADER_END = new RegExp(`^[ \\t|]*(?:${wordsPattern(statementWords.changeColumns)})[ \\t|*]*$`, 'iu');
/** A minus sign standing apart right before a figure, on its line: "– 8,1". */
const SIGN_BEFORE_FIGURE = /(?:^|[ \t])[\u2013\u2212-][ ]?$/;
/** A cell left empty in a statement: a dash alone. */
const DASH_CELL = /(?:^|[\s|$])[\u2014\u2013-](?=[\s|]|$)/g;
/** A sentence of prose between two figures, a full stop after a word: the statement has ended (a row's label may be long, a sentence ends). */
const STATEMENT_PROSE = /\p{Ll}{2}\.(?:\s|$)/u;

/**
 * A financial statement copied one cell a line, its columns periods: a header of two or more dates with their days,
 * each after the words that say what period it ends ("Quarter Ended / March 31 / Quarter Ended / June 30 ..."), a
 * year on a line of its own for the dates that name none ("2020"), then rows: a label, and one cell a column (a
 * number, or a dash for none). Each number is of its column's period: "Quarter Ended March 31, 2020". A row with
 * more or fewer cells than the header's columns is left as it is. Read from the figures in order and the words
 * between them, so where the lines wrap does not matter.
 */
function bindStatementPeriods(all: FigureEntity[], normalized: string, tables: readonly DocTable[]): void {
  // (a period's length in a header, "Three Months" of "Three Months Ended March 31", is the header's words, no cell)
  const figures = all.some(f => f.figureKind === 'duration') ? all.filter((_, k) => !periodLength(all, k, normalized)) : all;
  let periods: { words: string; date: string; year: boolean }[] | undefined;
  // the table whose header named the periods: their columns end with it ("| 2031 | 2030 |" over one table says nothing
  // of the next table's "| Week 12 |")
  let periodsTable: DocTable | undefined;
  const tableAt = spanCursor(tables);
  let year: string | undefined;
  // the years right under the header, before its first row: one names the dates' year; as many as the columns (or a
  // multiple of the periods: "Three Months Ended June 30 / Six Months Ended June 30" over "2031 2030 2031 2030"), each
  // is its column's
  let years: string[] = [];
  let rowsSeen = false;
  let row: (FigureEntity | null)[] = [];
  // (whether the header closes with a column of changes: a row then has one cell more, its last, no period's)
  let change = false;
  // the row's label: what each of its cells is an amount of ("Research and development", under "Operating expenses:"),
  // as a table's row label is its cells' measure
  let rowMeasure: string | undefined;
  const flush = () => {
    if (periods && (row.length === periods.length || (change && row.length === periods.length + 1))) row.forEach((f, i) => {
      if (!f || i >= periods!.length) return;
      const p = periods![i];
      const date = p.year || !year ? p.date : `${p.date}, ${year}`;
      f.binding.timepoint = p.words ? `${p.words} ${date}` : date;
      if (rowMeasure && f.binding.endpoint === undefined) f.binding.endpoint = rowMeasure;
    });
    row = [];
  };
  // (a dash right before a number, a space at most between, is its minus sign, no empty cell: "17,3 – 8,1")
  const dashes = (text: string, beforeFigure = false) => (text.match(DASH_CELL) ?? []).length - (beforeFigure && SIGN_BEFORE_FIGURE.test(text) ? 1 : 0);
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    const prevEnd = k > 0 ? figures[k - 1].end : 0;
    const gap = normalized.slice(prevEnd, f.start);
    const inTable = tableAt(f.start);
    // (words, not the bars and dashes of empty cells: a row of empty cells one a line is no prose)
    if (periods && ((periodsTable && inTable !== periodsTable) || gap.length > 400 || STATEMENT_PROSE.test(gap) || wordsOver(gap, 40))) { flush(); periods = undefined; }
    const text = normalized.slice(f.start, f.end).trim();
    if (f.figureKind === 'date' && DAY_DATE.test(text)) {
      // a run of dates with their days, nothing but a period's words between them: the header
      const run: { words: string; date: string; year: boolean }[] = [];
      const headings: string[] = [];
      let yearOver: string | undefined;
      let datesLine = false;
      let j = k;
      for (; j < figures.length; j++) {
        const d = figures[j];
        const dText = normalized.slice(d.start, d.end).trim();
        // (the first date after the words that say what its period is, one heading or several stacked: "3 Months Ended /
        // 9 Months Ended / Sep. 30, 2031 / Sep. 30, 2030 / ..."; the others after such words or nothing)
        if (j === k) {
          let rest = normalized.slice(Math.max(0, d.start - 120), d.start);
          for (let m = PERIOD_COLUMN_END.exec(rest); m && headings.length < 8; m = PERIOD_COLUMN_END.exec(rest)) {
            headings.unshift(m[1].replace(/\s+/g, ' '));
            rest = rest.slice(0, m.index + m[0].length - m[0].replace(/^[^\p{L}\d]/u, '').length);
          }
          // ("2030 Quarter Ended / March 31 / June 30": a year in the cell of the words over the dates is the dates')
          const yearBefore = headings.length ? YEAR_BEFORE_HEADING.exec(rest) : null;
          if (yearBefore) yearOver = yearBefore[1];
          // (or no words, a year in a cell of its own right over the dates: "2030 / March 31 / June 30 / ...", a schedule of
          // quarterly data; the year is the dates')
          if (!headings.length) {
            const before = k > 0 ? figures[k - 1] : undefined;
            const yearText = before ? normalized.slice(before.start, before.end).trim() : '';
            if (before && before.figureKind === 'date' && BARE_YEAR.test(yearText) && YEAR_CELL_GAP.test(normalized.slice(before.end, d.start))) yearOver = yearText;
            // (or a line of nothing but dates with their years, "31. März 2031 31. Dez. 2030": the columns' dates)
            // (looked for within a line's reach only, so that a long paragraph of dates costs no more than a short one)
            else if (!/(?:19|20)\d{2}/.test(dText) || !opensLine(normalized, d.start)) break;
            else datesLine = true;
          }
        }
        const words = j === k ? undefined : PERIOD_COLUMN_WORDS.exec(normalized.slice(figures[j - 1].end, d.start));
        if (d.figureKind !== 'date' || !DAY_DATE.test(dText) || (j > k && !words)) break;
        run.push({ words: words?.[1]?.replace(/\s+/g, ' ') ?? '', date: dText.replace(/\s+/g, ' '), year: /(?:19|20)\d{2}/.test(dText) });
      }
      // (headings over the columns without their own: several share the columns evenly, in order; one is said of every column)
      const share = headings.length > 1 && run.length % headings.length === 0 ? run.length / headings.length : 0;
      run.forEach((p, i) => { if (!p.words) p.words = share ? headings[Math.floor(i / share)] : headings[headings.length - 1] ?? ''; });
      // (a line of dates alone: every date with its year, and nothing after the last on its line)
      const lineOfDates = !datesLine || (run.every(p => p.year) && /^[ \t|]*(?:\n|$)/.test(normalized.slice(figures[j - 1].end, figures[j - 1].end + 40)));
      if (run.length >= 2 && run.length <= 8 && lineOfDates) { flush(); periods = run; periodsTable = inTable; year = yearOver; years = []; rowsSeen = false; change = false; k = j - 1; continue; }
    }
    // a line that ends in a run of periods, years or halves or quarters ("EUR million H1 2031 H1 2030", "| 2031 | 2030 |"):
    // the header of the rows under it, a column each
    // (years right under a header of period words, "Three Months Ended March 31" over "2031 2030", are that header's)
    if (f.figureKind === 'date' && PERIOD_UNITS.has(f.unit) && (!periods || rowsSeen)) {
      const run: FigureEntity[] = [f];
      let j = k + 1;
      while (j < figures.length && figures[j].figureKind === 'date' && PERIOD_UNITS.has(figures[j].unit) && /^[ \t|]+$/.test(normalized.slice(figures[j - 1].end, figures[j].start))) run.push(figures[j++]);
      const last = run[run.length - 1];
      const lineEnd = normalized.indexOf('\n', last.end);
      // (a header that closes with a column of changes, "Q1 2031 Q1 2030 Change %": each row's last cell is the change, no period's)
      const after = lineEnd >= 0 ? normalized.slice(last.end, lineEnd) : '';
      const closesWithChange = CHANGE_HEADER_END.test(after);
      if (run.length >= 2 && run.length <= 8 && lineEnd >= 0 && (/^[ \t|]*$/.test(after) || closesWithChange) && j < figures.length && figures[j].figureKind !== 'date') {
        flush();
        periods = run.map(d => ({ words: '', date: normalized.slice(d.start, d.end).replace(/\s+/g, ' ').trim(), year: true }));
        periodsTable = inTable;
        year = undefined; years = []; rowsSeen = false; change = closesWithChange; k = j - 1;
        continue;
      }
    }
    if (!periods) continue;
    if (f.figureKind === 'date' && BARE_YEAR.test(text) && !/\p{L}{2}/u.test(gap.replace(/\([^)]*\)?/g, ''))) {
      if (rowsSeen) { flush(); year = text; } else years.push(text);
      continue;
    }
    // the gap: the row's last empty cells, then the next row's label and its first empty cells
    const firstWord = gap.search(/\p{L}{2}/u);
    if (firstWord >= 0 && !rowsSeen) {
      rowsSeen = true;
      if (years.length === 1) year = years[0];
      else if (years.length > 1 && years.length % periods.length === 0 && years.length <= 12) {
        const m = years.length / periods.length;
        periods = years.map((y, i) => { const p = periods![Math.floor(i / m)]; return { ...p, date: p.year ? p.date : `${p.date}, ${y}`, year: true }; });
      }
    }
    if (firstWord >= 0) {
      let lastWord = firstWord;
      for (const m of gap.matchAll(/\p{L}{2}/gu)) lastWord = m.index! + 2;
      for (let d = dashes(gap.slice(0, firstWord)); d > 0; d--) row.push(null);
      flush();
      rowMeasure = statementRowMeasure(gap);
      for (let d = dashes(gap.slice(lastWord), true); d > 0; d--) row.push(null);
      // "Total revenues(1)": a footnote's number right after a label is no cell
      if (f.figureKind === 'other' && Number.isInteger(f.value) && (f.value as number) < 10 && /\p{L}[ ]?\($/u.test(gap)) continue;
    } else for (let d = dashes(gap, true); d > 0; d--) row.push(null);
    if (f.figureKind === 'date') continue;
    row.push(f);
  }
  flush();
}

/**
 * The measure a statement's row label names: its last cell of words (a head over the rows, "Operating expenses:", is the
 * section's, not the row's), as a table's label is read; a statement's labels run longer than a table's
 * ("Net loss per share attributable to common stockholders, basic and diluted").
 */
function statementRowMeasure(gap: string): string | undefined {
  // (the last row's empty cells and closing bracket before it, a currency's sign or a bracket opening the row's first
  // cell after it, are no part of it)
  let cell = lastLabelCell(gap).replace(/\s+/g, ' ').replace(/^[\s$\u20ac\u00a3)\u2014\u2013-]+/, '').replace(/[\s$\u20ac\u00a3(\u2014\u2013-]+$/, '').trim();
  if (!/\p{L}{2}/u.test(cell)) return undefined;
  // (a head over the rows with no cell of its own: no row's label; read joined with the lines around it, the head and
  // the row's label stand in one cell, "Operating expenses: Grant costs")
  if (/:$/.test(cell)) return undefined;
  const colon = cell.lastIndexOf(': ');
  if (colon > 0 && /\p{L}{2}/u.test(cell.slice(colon + 2))) cell = cell.slice(colon + 2);
  return measureOfLabel(cell, 100);
}

/**
 * A table row's label bound as its cells' measure ("Complete remission", its footnote letter taken off) that the
 * document names an endpoint by elsewhere, in the same words, or that is whole one of the lexicon's names for an
 * endpoint: the cells measure that endpoint ("CR"). So is a row's label the recognizer could not read as one, its
 * cells glued to it ("ACR50" of "ACR509 (30.0)"), where the row bound none.
 */
function namedLabels(entities: Entity[], figures: FigureEntity[], labelEndpoint?: LabelEndpoint): void {
  const bySurface = new Map<string, string>();
  const names = new Set<string>();
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.kind !== 'endpoint') continue;
    names.add(e.name);
    const surface = e.text.replace(/\s+/g, ' ').toLowerCase();
    const known = bySurface.get(surface);
    // (one surface read as two endpoints names neither for sure)
    bySurface.set(surface, known === undefined || known === e.name ? e.name : '');
  }
  // (a label's endpoint by the lexicon, asked once a label)
  const byLexicon = new Map<string, string | undefined>();
  const lexiconNamed = (label: string) => {
    if (!labelEndpoint) return undefined;
    if (!byLexicon.has(label)) byLexicon.set(label, labelEndpoint(label));
    return byLexicon.get(label);
  };
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    const b = f.binding;
    if (!b.endpoint) {
      // (a table's row, its label none bound: whole one of the lexicon's names)
      const row = f.table?.row ? readPiece(rowLabelWords, f.table.row) : '';
      if (row.length >= 2 && row.length <= 60 && !statisticLabel(row)) { const named = lexiconNamed(row); if (named) b.endpoint = named; }
      continue;
    }
    if (names.has(b.endpoint)) continue;
    const surface = b.endpoint.replace(/\s+/g, ' ');
    const named = bySurface.get(surface.toLowerCase()) || (f.table ? lexiconNamed(surface) : undefined);
    if (named) b.endpoint = named;
  }
}

/** A time point as a reader writes it: "6 months", "1 year" (one of a unit is singular). */
function timeLabel(value: unknown, unit: string): string {
  return value === 1 && /^(?:days|weeks|months|years|hours)$/.test(unit) ? `1 ${unit.slice(0, -1)}` : `${String(value)} ${unit}`;
}
