/**
 * impossible-value: a share of patients above 100 %, a p-value outside [0, 1], a subgroup larger
 * than its whole ("12 of 10 patients"), a rate above the rate it is part of (a CR rate above the
 * ORR, an ORR above the DCR), a part of any whole above 100 % ("a 120 % stake", "an ejection
 * fraction of 140 %", "owns 130 % of"). Shares are only judged where the figure is bound to an
 * endpoint that is a proportion (ORR, DCR, TRAEs...) or written right beside a word that makes it
 * a part of a whole, so growth rates such as "revenue up 150 %" never raise it.
 */
import { landmarksOutOfOrder } from './landmarkOrder';
import { armKey, armOf, Check, figuresBySentence, figuresOf, sentenceIndexAt, halfUnit, isControlArmFigure, itemsWithin, normalizedText, OTHER_POPULATION, paragraphIndexAt, wordsPattern, type CheckFinding } from './check';
import nesting from '../../../lexicon/grammar/nesting.json';
import comparisons from '../../../lexicon/grammar/comparisons.json';
import bindingWords from '../../../lexicon/grammar/binding.json';
import people from '../../../lexicon/grammar/people.json';
import labelWords from '../../../lexicon/grammar/labelUnits.json';
import { partsAboveWholes } from './partsOfWholes';
import { subsetsAbovePopulations } from './populationSubsets';
import { outOfRange } from './outOfRange';
import { tableNestedAboveWholes } from './tableNesting';
import { compositionAboveWhole } from './composition';
import { reversedRanges } from './reversedRanges';
import { eventsBelowPeople } from './eventCounts';
import type { DocumentModel, Entity, FigureEntity } from '../model';
import { PEOPLE_PATTERN, PEOPLE_UNIT } from '../people';
import { isOutcomeCount, isPeopleCount, populationSplits } from '../populations';
import { readPiece, testPiece } from '../testMemo';
import { spanTest } from '../memo';

export const impossibleValue: Check = {
  code: 'impossible-value',
  description: 'A value that cannot be: a share of patients above 100 %, a p-value outside [0, 1], more responders than patients, a rate above the rate it is part of (CR above ORR), a part of a whole above 100 % (a stake, an ejection fraction), net proceeds above gross, an upfront payment above the deal\u2019s total, a higher-grade rate above the all-grade rate, a share at a higher threshold above the share at a lower one, a part named as part of the figure before it above it, a quarter\u2019s sales above its year\u2019s, a region\u2019s sales above the global total, a fall of more than 100 %, nested measures in a table (ACR70 above ACR20, grade \u22653 above any grade), a count among a group above the group, a part said to make up its whole above it, a range whose low end is above its high end, a calendar date that does not exist, a survival rate at a later landmark above the rate at an earlier one, more people with at least one event than the events they had.',
  defaultSeverity: 'error',
  run(model) {
    const out: CheckFinding[] = [];
    const proportionEndpoints = new Set(model.entities.filter(e => e.kind === 'endpoint' && e.facts.measure === 'proportion').map(e => e.name));
    const timeEndpoints = new Set(model.entities.filter(e => e.kind === 'endpoint' && e.facts.measure === 'time').map(e => e.name));
    for (let fI = 0; fI < model.entities.length; fI++) { const f = model.entities[fI];
      if (f.kind !== 'figure') continue;
      const values = Array.isArray(f.value) ? f.value : [f.value];
      if (f.figureKind === 'percent' && f.unit === '%' && f.binding.endpoint && proportionEndpoints.has(f.binding.endpoint)) {
        const v = Math.max(...values);
        if (v > 100) out.push(finding(f, `${f.binding.endpoint} of ${v} % is impossible: a share of patients cannot exceed 100 %.`, { value: v, limit: 100 }));
      }
      if (f.figureKind === 'percent' && f.unit === '%' && !(f.binding.endpoint && proportionEndpoints.has(f.binding.endpoint))) {
        const v = Math.max(...values);
        const whole = v > 100 ? partOfWhole(model.text, f) : undefined;
        const label = v > 100 && !whole && !f.comparator && !changeNear(model.text, f) ? peopleShareLabel(model.text, f) : undefined;
        if (whole) out.push(finding(f, `${v} % is impossible: a part of a whole (\u201c${whole}\u201d) cannot exceed 100 %.`, { value: v, limit: 100 }));
        // ("Serious events (% of patients) 12 140": the row's label says its numbers are shares of patients)
        else if (label) out.push(finding(f, `${v} % is impossible: its label (\u201c${label}\u201d) makes it a share of patients, which cannot exceed 100 %.`, { value: v, limit: 100 }));
        // "OS at 12 months was 108 %": a landmark rate of a time-to-event endpoint is a share of the patients
        else if (v > 100 && !f.comparator && f.binding.endpoint && f.binding.timepoint && timeEndpoints.has(f.binding.endpoint) && !changeNear(model.text, f)) {
          out.push(finding(f, `${f.binding.endpoint} of ${v} % at ${f.binding.timepoint} is impossible: a survival rate cannot exceed 100 %.`, { value: v, limit: 100 }));
        }
      }
      if (f.figureKind === 'pvalue') {
        const v = values[0];
        if (v > 1 || v < 0) out.push(finding(f, `p = ${v} is impossible: a p-value lies between 0 and 1.`, { value: v }));
      }
      if (f.figureKind === 'count' && f.denominator !== undefined && typeof f.value === 'number' && f.value > f.denominator) {
        out.push(finding(f, `${f.value} of ${f.denominator} is impossible: the part is larger than the whole.`, { value: f.value, denominator: f.denominator }));
      }
    }
    out.push(...subsetsAboveWholes(model));
    addUnreported(out, ratesOfOneGroupAbove(model));
    addUnreported(out, [...pairedSharesAbove100(model), ...slashCountsAboveWhole(model), ...landmarksOutOfOrder(model)]);
    addUnreported(out, [...declinesAbove100(model), ...sharesChangedAbove100(model)]);
    out.push(...partsAboveWholes(model));
    addUnreported(out, [...tableNestedAboveWholes(model), ...compositionAboveWhole(model), ...eventsBelowPeople(model)]);
    out.push(...subsetsAbovePopulations(model));
    out.push(...outOfRange(model));
    out.push(...reversedRanges(model));
    // (a part above its group that another reading said more of, an arm drawn from the enrolled, keeps that reading's words)
    addUnreported(out, splitPartsAboveGroup(model));
    return out;
  },
};

/** Adds the findings of a later reading at a figure no reading before it reported (the earlier reading's words are kept). */
function addUnreported(out: CheckFinding[], found: readonly CheckFinding[]): void {
  const at = new Set(out.map(x => x.start));
  for (let xI = 0; xI < found.length; xI++) { const x = found[xI]; if (!at.has(x.start)) { out.push(x); at.add(x.start); } }
}

/**
 * "240 patients (250 treated with AB-101 and 40 with placebo)": a stated group split into parts (populations.ts reads
 * them: arms, response categories, places, complementary words) holds each part, so no one part may count more than
 * the group; reported on the part (totals reports the sum on the group).
 */
function splitPartsAboveGroup(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const sp of populationSplits(model)) {
    for (const p of sp.parts) {
      if (typeof p.value !== 'number' || p.value <= sp.size) continue;
      out.push({
        message: `${p.value} is impossible: a part of the group of ${sp.size} (\u201c${model.text.slice(sp.whole.start, sp.whole.end)}\u201d) cannot count more than the group.`,
        start: p.start, end: p.end, related: [{ start: sp.whole.start, end: sp.whole.end, message: `the group: ${sp.size}` }],
        data: { value: p.value, whole: sp.size }, fixes: [],
      });
    }
  }
  return out;
}

const PARTS = nesting.wholeParts;
const HEDGE = `(?:(?:${wordsPattern(PARTS.hedges)})\\s+)?`;
/** "a 120 % stake", "120 % data maturity", "120 % of the shares". */
const WHOLE_AFTER = new RegExp(`^\\s*(${wordsPattern(PARTS.nounsAfter)})(?![\\p{L}])`, 'iu');
/** "a stake of 120 %", "Anteil von 120 Prozent", "owns 120 % of". */
const WHOLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:(${wordsPattern(PARTS.nounsBefore)})\\s+(?:${wordsPattern([...PARTS.prepositions, ...PARTS.copulas])})|(${wordsPattern(PARTS.owningVerbs)}))\\s+${HEDGE}$`, 'iu');
/** "130 % of the evaluable patients", "of all enrolled adults": a share of people, with up to two modifiers before them. */
const PEOPLE_AFTER = new RegExp(`^\\s*(of\\s+(?:the\\s+|all\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${PEOPLE_PATTERN}))(?![\\p{L}])`, 'iu');
/** A change or comparison word near a percentage ("by 120 %", "120 % higher"): a relative change, which has no whole. */
const CHANGE_NEAR = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(PARTS.changeWords)})(?![\\p{L}])`, 'iu');
const changeNear = (text: string, f: FigureEntity) => testPiece(CHANGE_NEAR, `${text.slice(Math.max(0, f.start - 30), f.start)} ${text.slice(f.end, f.end + 30)}`);

/** The word that makes a percentage a part of a whole, when one is written right beside it. */
/**
 * A label's phrase of a share of people, in several words (labelUnits.json percent: "% of patients", "percentage of
 * participants", "% der Patienten"; none of a change, labelUnits.json changeWords).
 */
const CHANGE_WORDS = new Set(labelWords.changeWords.map(w => w.toLowerCase()));
const PEOPLE_SHARE_PHRASE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(labelWords.percent.filter(w => /\s/.test(w) && /\p{L}{3}/u.test(w) && !w.toLowerCase().split(/\s+/).some(x => CHANGE_WORDS.has(x)) && !/^per ?cent$/i.test(w)))})(?![\\p{L}])`, 'iu');
/** The phrase of a share of people in the label of a figure's line (the words before its first figure on the line), when it names one. */
function peopleShareLabel(text: string, f: FigureEntity): string | undefined {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  if (f.start - lineStart > 200) return undefined;
  const line = text.slice(lineStart, f.start);
  const firstDigit = line.search(/\d/);
  const label = firstDigit < 0 ? line : line.slice(0, firstDigit);
  const m = PEOPLE_SHARE_PHRASE.exec(label);
  return m ? m[0] : undefined;
}

function partOfWhole(text: string, f: FigureEntity): string | undefined {
  if (changeNear(text, f)) return undefined;
  const after = WHOLE_AFTER.exec(text.slice(f.end, f.end + 40)) ?? PEOPLE_AFTER.exec(text.slice(f.end, f.end + 48));
  if (after) return after[1].replace(/\s+/g, ' ');
  // "104 % responded", "104 % were alive": the share is the subject of a verb of people
  const verb = PEOPLE_VERB_AFTER.exec(text.slice(f.end, f.end + 40));
  if (verb) return verb[1].replace(/\s+/g, ' ');
  const left = text.slice(Math.max(0, f.start - 60), f.start);
  const before = WHOLE_BEFORE.exec(left);
  if (before) return (before[1] ?? before[2]).replace(/\s+/g, ' ');
  // ("während dieser Anteil unter Placebo bei 104 Prozent lag": the verb last, its preposition before the figure)
  const verbFinal = VERB_FINAL_AFTER.test(text.slice(f.end, f.end + 12)) ? VERB_FINAL_BEFORE.exec(left) : null;
  return shareNounBeforeCopula(left, verbFinal?.index);
}
const VERB_FINAL_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(PARTS.verbFinalCopulas.before)})\\s+$`, 'iu');
const VERB_FINAL_AFTER = new RegExp(`^\\s+(?:${wordsPattern(PARTS.verbFinalCopulas.after)})(?![\\p{L}])`, 'iu');

/** "104 % responded", "104 % were still alive": auxiliaries at most two, then a verb whose subject is people (people.json, nesting.json). */
const PEOPLE_VERB_AFTER = new RegExp(`^ (?:(?:${wordsPattern(people.subjectVerbs.auxiliaries)}) ){0,2}(${wordsPattern([...people.subjectVerbs.words.filter(w => w !== 'reported'), ...PARTS.peopleVerbsAfter])})(?![\\p{L}])`, 'iu');
const SHARE_NOUNS = new Set(PARTS.shareNounsFar.map(w => w.toLowerCase()));
const COPULA_END = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(PARTS.copulas.filter(c => !PARTS.prepositions.includes(c)))})\\s+${HEDGE}$`, 'iu');
const NOT_A_SHARE = new Set(PARTS.notAShare.map(w => w.toLowerCase()));
/**
 * "the proportion of patients in remission was 104 %": a share noun, then at most four words (no figure, no clause mark),
 * then a copula right before the figure. Read word by word back from the copula.
 */
function shareNounBeforeCopula(left: string, copulaAt?: number): string | undefined {
  // (where the copula is known, a verb-final clause's preposition, the clause ends there)
  const at = copulaAt ?? COPULA_END.exec(left)?.index;
  if (at === undefined) return undefined;
  const clause = left.slice(0, at);
  const words = clause.trim().split(/\s+/).slice(-6);
  // the share noun is at most four words before the copula, and no word of a price follows it ("share price")
  for (let i = words.length - 1, n = 0; i >= 0 && n <= 5; i--, n++) {
    const w = words[i].toLowerCase();
    if (NOT_A_SHARE.has(w)) return undefined;
    if (SHARE_NOUNS.has(w) && n > 0 && words[i + 1]?.toLowerCase() !== 'per') {
      // (no figure nor clause mark between the noun and the copula: a digit of a name, "AB-101", is no figure)
      const between = words.slice(i).join(' ');
      return /[;:,()%]|\.\s|(?<![\p{L}\d-])\d/u.test(between) ? undefined : between;
    }
  }
  return undefined;
}

const DECLINES = nesting.declines;
const CHANGES = comparisons.changes;
const BY = `(?:(?:${wordsPattern(DECLINES.by)})\\s+)?`;
/** "fell by 120 %", "sank um rund 120 Prozent", "a decline of 120 %": a fall written right before its size, a word or two between. */
const DOWN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...CHANGES.down, ...CHANGES.downNouns, ...comparisons.relativeChanges.down, ...DECLINES.wordsBefore])})((?:\\s+\\p{L}+){0,2}?)\\s+${BY}${HEDGE}$`, 'iu');
/** Words between a fall and its size that make the figure its end or start ("fell to 120 %", "dropped from"). */
const END_WORDS = new Set([...CHANGES.to, ...CHANGES.from, 'below', 'under', 'at', 'unter', 'bei', 'under', 'onder', 'sous'].map(w => w.toLowerCase()));
const plainFall = (before: string, re: RegExp = DOWN_BEFORE) => {
  const m = re.exec(before);
  return !!m && !m[1].split(/\s+/).some(w => END_WORDS.has(w.toLowerCase()));
};
/**
 * "reduced the risk of relapse or death by 140 %", "senkte das Risiko einer Progression um 140 %": a fall whose object is
 * a risk (nesting.json declines.riskNouns), up to eight words of what it is a risk of (and of praise, "by a striking")
 * between it and the size, the last no word that makes the figure the fall's end ("to"). A risk is never below nothing,
 * whatever it is a risk of.
 */
const RISK_FALL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...CHANGES.down, ...CHANGES.downNouns])})\\s+(?:(?:the|its|das|le|la|el|il|het)\\s+)?(?:${wordsPattern(DECLINES.riskNouns)})(?![\\p{L}])((?:\\s+[\\p{L}-]+){0,8}?)\\s+${BY}${HEDGE}$`, 'iu');
/** "a 120 % decline", "closed 120 % lower". */
const DOWN_AFTER = new RegExp(`^\\s?(?:${wordsPattern([...CHANGES.downNouns, ...comparisons.relativeChanges.down, ...DECLINES.directionAfter])})(?![\\p{L}])`, 'iu');
/** "brach um 120 Prozent ein": the verb before, its particle right after the figure. */
const PARTICLE_VERBS = DECLINES.verbsWithParticle.map(([verb, particle]) => ({
  before: new RegExp(`(?<![\\p{L}])${verb}((?:\\s+\\p{L}+){0,2}?)\\s+${BY}${HEDGE}$`, 'iu'),
  after: new RegExp(`^\\s?${particle}(?![\\p{L}])`, 'iu'),
}));
/** Quantities that can turn negative: a result, a margin, a loss or profit. */
const SIGNED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...DECLINES.signed, ...CHANGES.notAStart])})(?![\\p{L}])`, 'iu');

/** The clause a figure stands in, up to it: back to the last sentence or clause mark, at most `reach` characters. */
function clauseBefore(text: string, at: number, reach: number): string {
  const left = text.slice(Math.max(0, at - reach), at);
  // a full stop ends a sentence when a space follows it ("17.000 patients" goes on)
  let cut = -1;
  for (let i = left.length - 1; i >= 0 && cut < 0; i--) {
    const c = left[i];
    if (c === ';' || c === ':' || c === '!' || c === '?' || (c === '.' && /\s/.test(left[i + 1] ?? ''))) cut = i;
  }
  return left.slice(cut + 1);
}

/**
 * "Sales of the test fell by 120 %", "der Umsatz brach um 120 Prozent ein": a fall of more than 100 %
 * takes a quantity below nothing. Not judged in a clause about something that can turn negative
 * (income, a loss, a result, a margin), nor when the word of the fall is not right beside the figure.
 */
function declinesAbove100(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let fI = 0; fI < model.entities.length; fI++) { const f = model.entities[fI];
    if (f.kind !== 'figure' || f.figureKind !== 'percent' || f.unit !== '%' || typeof f.value !== 'number' || f.value <= 100) continue;
    if (f.comparator === '<' || f.comparator === '\u2264') continue;
    const clause = clauseBefore(text, f.start, 120);
    const before = clause.slice(-60), after = text.slice(f.end, f.end + 30);
    const fall = plainFall(before) || DOWN_AFTER.test(after) || PARTICLE_VERBS.some(v => plainFall(before, v.before) && v.after.test(after));
    // (a risk named as what fell is no quantity that can turn negative, whatever else the clause names: "the results showed")
    const risk = RISK_FALL.exec(clause.slice(-110));
    const riskFall = !!risk && !END_WORDS.has(risk[1].trim().split(/\s+/).pop()!.toLowerCase());
    if (!riskFall && (!fall || SIGNED.test(clause) || SIGNED.test(after))) continue;
    out.push(finding(f, riskFall
      ? `A risk reduced by ${f.value} % is impossible: a risk that falls by more than 100 % would be below nothing.`
      : `A fall of ${f.value} % is impossible: a quantity that falls by more than 100 % would be below nothing.`, { value: f.value, limit: 100 }));
  }
  return out;
}

const SHARE_NOUN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(PARTS.nounsBefore)})(?![\\p{L}])(?!\\s+(?:${wordsPattern(PARTS.notAShare)})(?![\\p{L}]))`, 'iu');
const FROM_END = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(CHANGES.from)})\\s+${HEDGE}$`, 'iu');
const TO_ONLY = new RegExp(`^\\s*(?:${wordsPattern(CHANGES.to)})\\s+${HEDGE}$`, 'iu');

/**
 * "The share of insured patients rose from 60 % to 118 %": a part of a whole, named in the clause
 * before a change "from ... to ...", stays a part at both ends. Only a change written with both
 * percentages is read, so growth ("sales rose 150 %") never is.
 */
function sharesChangedAbove100(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    for (let k = 1; k < inS.length; k++) {
      const from = inS[k - 1], to = inS[k];
      const pct = (f: FigureEntity) => f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number' && !f.comparator;
      if (!pct(from) || !pct(to) || Math.max(from.value as number, to.value as number) <= 100) continue;
      if (!TO_ONLY.test(text.slice(from.end, to.start))) continue;
      const clause = clauseBefore(text, from.start, 200);
      if (!FROM_END.test(clause)) continue;
      const noun = SHARE_NOUN.exec(clause);
      if (!noun) continue;
      const over = (to.value as number) > 100 ? to : from;
      out.push(finding(over, `${over.value} % is impossible: a part of a whole (\u201c${noun[0]}\u201d) cannot exceed 100 %.`, { value: over.value as number, limit: 100 }));
    }
  }
  return out;
}

/**
 * "18 patients (112.5 %) discontinued", "4 complete responses (104 %)": the percentage in brackets right after a count of
 * people (or of responders, responses, remissions) is that count's share of its group, and no share exceeds 100 %.
 * The bracket must close right after the percentage: "560 patients (112 % of the target)" is a share of something else.
 */
function pairedSharesAbove100(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    for (let k = 1; k < inS.length; k++) {
      const c = inS[k - 1], p = inS[k];
      if (typeof p.value !== 'number' || p.value <= 100 || p.comparator || typeof c.value !== 'number' || c.comparator || c.denominator !== undefined) continue;
      // a count of people with its percentage; or, in a table's "k (p)" cell, two bare numbers whose second is the first's
      // share of the column's n ("42 (105.0)" under "n=40"), which the reader leaves unread as a share above 100 %
      const n = c.binding.n;
      const share = p.figureKind === 'percent' && p.unit === '%' && (isPeopleCount(c) || isOutcomeCount(c));
      const cell = !share && !!n && p.unit === '' && (c.unit === '' || PEOPLE_UNIT.test(c.unit)) && Number.isInteger(c.value)
        && Math.abs((100 * c.value) / n - p.value) <= halfUnit(model.text.slice(p.start, p.end)) + 1e-9;
      if (!share && !cell) continue;
      if (!/^ ?\( ?$/.test(text.slice(c.end, p.start)) || !/^ ?\)/.test(text.slice(p.end, p.end + 2)) || /^[+\u2212-]/.test(model.text.slice(p.start, p.end))) continue;
      out.push({
        message: `${model.text.slice(c.start, c.end)} (${p.value} %) is impossible: the share of a count of people in its group cannot exceed 100 %.`,
        start: p.start, end: p.end,
        related: [{ start: c.start, end: c.end, message: `the count: ${c.value}` }],
        data: { value: p.value, limit: 100 }, fixes: [],
      });
    }
  }
  return out;
}

/**
 * "responses in 18/16 patients": a bare number, a slash and a count of people (or responders) is a part over its whole
 * (the reader, which gives "8/22 patients" its denominator, leaves a part above its whole as two figures); so are two
 * bare whole numbers so written in brackets right after a share ("45 % (24/20)"). "24/7" is the idiom of all hours,
 * never a part.
 */
function slashCountsAboveWhole(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    for (let k = 1; k < inS.length; k++) {
      const a = inS[k - 1], b = inS[k];
      if (a.unit !== '' || (a.figureKind !== 'other' && a.figureKind !== 'count') || typeof a.value !== 'number' || !Number.isInteger(a.value) || a.comparator) continue;
      // (or two bare whole numbers in brackets right after a share, its count over its whole: "50 % (56/52)")
      const bareWhole = b.figureKind === 'other' && b.unit === '' && typeof b.value === 'number' && Number.isInteger(b.value) && k >= 2 && shareBefore(text, inS[k - 2], a, b);
      if (!(isPeopleCount(b) || isOutcomeCount(b) || bareWhole) || b.comparator || b.denominator !== undefined || a.value <= (b.value as number)) continue;
      if (!/^ ?\/ ?$/.test(text.slice(a.end, b.start)) || (a.value === 24 && b.value === 7)) continue;
      // (a run of slashes, "3/18/16 patients", is a list or a date)
      if (/[\/\d]\s?$/.test(text.slice(Math.max(0, a.start - 2), a.start))) continue;
      out.push({
        message: `${model.text.slice(a.start, b.end)} is impossible: the part (${a.value}) is larger than the whole (${b.value}).`,
        start: a.start, end: b.end,
        related: [],
        data: { value: a.value, denominator: b.value as number }, fixes: [],
      });
    }
  }
  return out;
}

/** A share right before a bracket that holds only "a/b", closed by the bracket or a semicolon: "50 % (26/52)", "45 % (9/20; 95 % CI ...)". */
function shareBefore(text: string, share: FigureEntity, a: FigureEntity, b: FigureEntity): boolean {
  return share.figureKind === 'percent' && share.unit === '%' && /^ ?\( ?$/.test(text.slice(share.end, a.start)) && /^ ?[);]/.test(text.slice(b.end, b.end + 2));
}

/** Rates that are part of another: complete and partial responders are responders, responders are disease-controlled. */
const PART_OF: [string, string][] = nesting.partOf.map(x => [x.part, x.whole]);
/** "PASI 90" and "PASI 100": a response at a stricter threshold of one scale is also one at a looser threshold. */
const THRESHOLD = new RegExp(`^(${nesting.thresholdFamilies.map(f => f.prefix).join('|')})[\\s-]?(\\d{1,3})$`);

/** Words that pair two lists in order ("were 40 % and 70 %, respectively"): binding.json's. */
const RESPECTIVELY = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(bindingWords.respectively.words)})(?![\\p{L}])`, 'iu');

/** Why a rate cannot be above the rate it is part of, in words. */
function whyNested(part: string, whole: string): string {
  return part === 'ORR' ? 'responders are among the patients with disease control' : `every ${part} is also counted in the ${whole}`;
}

/** The part and the whole when one endpoint's patients are among the other's, else undefined. */
function nested(a: string, b: string): [string, string] | undefined {
  for (let itemI = 0, PART_OF_ = PART_OF; itemI < PART_OF_.length; itemI++) { const [part, whole] = PART_OF_[itemI];
    if (a === part && b === whole) return [a, b];
    if (b === part && a === whole) return [b, a];
  }
  const ma = THRESHOLD.exec(a), mb = THRESHOLD.exec(b);
  if (!ma || !mb || ma[1] !== mb[1] || ma[2] === mb[2]) return undefined;
  return Number(ma[2]) > Number(mb[2]) ? [a, b] : [b, a];
}

/**
 * A rate above the rate it is part of, for the same drug and arm in one paragraph (for a named arm of one trial, in
 * the document), at the same time point when both state one:
 * "ORR 96.0 % and CR rate 100.0 %", "PASI 90 in 60 % and PASI 100 in 65 %" (the pairs are data:
 * lexicon/grammar/nesting.json). Control-arm figures ("versus 20 %") are left out, since their
 * binding may name the investigational drug; a sentence about a subgroup or cohort is compared
 * within itself only.
 */
function subsetsAboveWholes(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const rates = new Map<string, FigureEntity[]>();
  const named = namedRightBefore(model);
  const endpoints = model.entities.filter(e => e.kind === 'endpoint');
  const paired = pairedInOrder(model, endpoints, named);
  const places = new Map<FigureEntity, RowPlace | null>();
  for (let si = 0, bySentence_ = figuresBySentence(model); si < bySentence_.length; si++) { const figs = bySentence_[si];
    const s = model.sentences[si];
    let sole: string | undefined | null = null;
    // a sentence about another population (a subgroup, a cohort) holds its rates to each other only
    // (read when the sentence has a rate to judge: most have none, and the pattern reads all of it)
    let isLocal: boolean | undefined;
    let respectively: boolean | undefined;
    const here = new Map<string, FigureEntity[]>();
    const sameSentence = new Map<string, FigureEntity>();
    for (let fI2 = 0, figs_ = figs; fI2 < figs_.length; fI2++) { const f = figs_[fI2];
      if (f.figureKind !== 'percent' || f.unit !== '%' || typeof f.value !== 'number' || f.comparator || !f.binding.endpoint || f.table) continue;
      // only rates written right after their endpoint ("CR rate was 45 %", "ORR = 42 %"), or in a sentence that names
      // no other endpoint ("the proportions achieving ACR70 were 44 %, 40 % and 38 %, respectively"), since a rate bound
      // to the nearest endpoint further back may be another one's; never one above 100 %
      if (named.get(f) !== f.binding.endpoint && (sole === null ? (sole = soleEndpoint(endpoints, s)) : sole) !== f.binding.endpoint) continue;
      if ((f.value as number) > 100 || isControlArmFigure(model, f)) continue;
      // the rates of one named arm of one trial are held to each other across the document; others within their paragraph.
      // A time point is part of the comparison only when both rates state one (a rate without its own is of the time the
      // document reports)
      const scope = `${armOf(f, model) ? `arm|${f.binding.trial ?? ''}` : paragraphIndexAt(model, f.start)}|${armKey(f, model)}`;
      const local = isLocal ??= spanTest(OTHER_POPULATION, model.text, model.sentences, s);
      const seen = local ? here : rates;
      const before = seen.get(scope) ?? [];
      // the latest rate of another endpoint in the same sentence is held to as well, whatever came earlier in the
      // paragraph ("an ORR of 50 % and a DCR of 44 %" after other groups' rates), unless the sentence pairs lists
      // of values ("respectively"), whose values are not written beside their own endpoints
      const latest = sameSentence.get(scope);
      // (a list paired in order with the endpoints it names is written beside them too: "ORR and CR rates of 40 % and 45 %, respectively")
      const against = latest && !before.includes(latest) && ((respectively ??= spanTest(RESPECTIVELY, model.text, model.sentences, s)) === false || (paired.has(f) && paired.has(latest))) ? [...before, latest] : before;
      for (let otherI = 0, against_ = against; otherI < against_.length; otherI++) { const other = against_[otherI];
        const pair = nested(f.binding.endpoint, other.binding.endpoint as string);
        if (!pair) continue;
        if (f.binding.timepoint && other.binding.timepoint && f.binding.timepoint !== other.binding.timepoint) continue;
        // within such a sentence, only rates of one clause that names no other population between them
        if (local && /[;]/.test(model.text.slice(other.end, f.start)) || (local && OTHER_POPULATION.test(model.text.slice(other.end, f.start)))) continue;
        // (two rows of a flattened table, "PASI 75 12.0 41.5 58.0" over "PASI 90 6.5 28.0 44.5": only the cells of one column)
        if (!sameColumnOfRows(model, f, other, places)) continue;
        const [p, w] = f.binding.endpoint === pair[0] ? [f, other] : [other, f];
        const room = halfUnit(model.text.slice(p.start, p.end)) + halfUnit(model.text.slice(w.start, w.end));
        if ((p.value as number) <= (w.value as number) + room) continue;
        const [part, whole] = pair;
        out.push({
          message: `${part} ${p.value} % is above ${whole} ${w.value} %: ${whyNested(part, whole)}.`,
          start: f.start, end: f.end,
          related: [{ start: other.start, end: other.end, message: `${other.binding.endpoint} ${other.value} %` }],
          data: { part: p.value as number, whole: w.value as number }, fixes: [],
        });
      }
      sameSentence.set(scope, f);
      // the first rate of each endpoint in its scope is the one later ones are held to (bounded work)
      if (!before.some(x => x.binding.endpoint === f.binding.endpoint && x.binding.timepoint === f.binding.timepoint) && before.length < 16) before.push(f);
      seen.set(scope, before);
    }
  }
  return out;
}

/**
 * "CR rate of 40 % (n=8/20)" and, a paragraph on, "ORR 30 % (n=6/20)": two rates each written with the count they are of,
 * of one denominator, for one drug and arm, are rates of one group of patients wherever they stand, so a rate that is
 * part of the other (nesting.json partOf) cannot be above it. Only rates written beside their endpoint's name (before
 * the rate, or right after its bracket), with a count "k/n" right after them in brackets whose share is the rate, and
 * no time points apart.
 */
function ratesOfOneGroupAbove(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const byGroup = new Map<string, FigureEntity[]>();
  const figs = figuresOf(model);
  const named = namedRightBefore(model);
  for (let i = 0; i + 1 < figs.length; i++) {
    const f = figs[i], n = figs[i + 1];
    if (f.figureKind !== 'percent' || f.unit !== '%' || typeof f.value !== 'number' || f.comparator || !f.binding.endpoint || f.table) continue;
    if (n.figureKind !== 'count' || n.denominator === undefined || typeof n.value !== 'number' || !/^\s?\(\s?$/.test(model.text.slice(f.end, n.start))) continue;
    // (the count is the rate's: its share rounds to the rate)
    // (and the rate written beside its endpoint's name: a rate the binder gave the endpoint of the sentence before is not)
    // ("a 40 % (n=8/20) complete response rate": or named right after the bracket)
    const namedAfter = () => itemsWithin(model.entities, n.end, n.end + 4 + f.binding.endpoint!.length + 24).some(e => e.kind === 'endpoint' && e.name === f.binding.endpoint && /^\s?\)\s?$/.test(model.text.slice(n.end, e.start)));
    if (Math.abs((100 * n.value) / n.denominator - f.value) > 1 || (named.get(f) !== f.binding.endpoint && !namedAfter()) || isControlArmFigure(model, f)) continue;
    const key = `${n.denominator}|${armKey(f, model)}`;
    const list = byGroup.get(key) ?? [];
    for (const other of list) {
      const pair = nested(f.binding.endpoint, other.binding.endpoint as string);
      if (!pair || (f.binding.timepoint && other.binding.timepoint && f.binding.timepoint !== other.binding.timepoint)) continue;
      const [p, w] = f.binding.endpoint === pair[0] ? [f, other] : [other, f];
      if ((p.value as number) <= (w.value as number)) continue;
      out.push({
        message: `${pair[0]} ${p.value} % is above ${pair[1]} ${w.value} %, both of the same ${n.denominator} patients: ${whyNested(pair[0], pair[1])}.`,
        start: f.start, end: f.end,
        related: [{ start: other.start, end: other.end, message: `${other.binding.endpoint} ${other.value} %` }],
        data: { part: p.value as number, whole: w.value as number }, fixes: [],
      });
    }
    if (list.length < 8) list.push(f);
    byGroup.set(key, list);
  }
  return out;
}

/** A figure's place in a run of figures on one line with no letter between them (a flattened table's row of values). */
interface RowPlace { index: number; count: number }
/** Fewer values than this in such a run are a value and its companions ("45 (38 to 52)"), no row of columns. */
const MIN_ROW = 3;

/**
 * A figure's place in the run of figures it stands in, nothing but spaces, signs and brackets between them: its index among
 * the run's values and how many values the run holds. What a bracket opened after a value holds is that value's companions
 * ("12 (30 %, 95 % CI 18 to 44)": one value, a count with its share and the share's interval), and takes its value's place:
 * "12 (30 %) 15 (40 %) 9 (20 %)" is a row of three values.
 */
function rowPlace(model: DocumentModel, figs: readonly FigureEntity[], at: number): RowPlace | null {
  const text = model.text;
  const joined = (a: FigureEntity, b: FigureEntity) => b.start >= a.end && !/[\p{L}\n]/u.test(text.slice(a.end, b.start));
  let first = at, last = at;
  while (first > 0 && joined(figs[first - 1], figs[first])) first--;
  while (last + 1 < figs.length && joined(figs[last], figs[last + 1])) last++;
  if (last - first + 1 < MIN_ROW) return null;
  // the values at the run's own level, a bracket's contents given to the value before it
  let depth = 0, values = 0, index = -1;
  for (let k = first; k <= last; k++) {
    if (k > first) for (const ch of text.slice(figs[k - 1].end, figs[k].start)) depth += ch === '(' || ch === '[' ? 1 : ch === ')' || ch === ']' ? -1 : 0;
    if (depth <= 0) { depth = 0; values++; }
    if (k === at) index = values - 1;
  }
  return values >= MIN_ROW ? { index, count: values } : null;
}

/**
 * Whether two rates may be of one column: neither is in a row of values, or both are, at the same place of rows of as
 * many values. Rows are read from the sentence's figures (a flattened table's lines are one sentence or a few).
 */
function sameColumnOfRows(model: DocumentModel, a: FigureEntity, b: FigureEntity, places: Map<FigureEntity, RowPlace | null>): boolean {
  const placeOf = (f: FigureEntity): RowPlace | null => {
    let p = places.get(f);
    if (p === undefined) {
      const figs = figuresBySentence(model)[sentenceIndexAt(model, f.start)] ?? [];
      const at = figs.indexOf(f);
      p = at < 0 ? null : rowPlace(model, figs, at);
      places.set(f, p);
    }
    return p;
  };
  const pa = placeOf(a), pb = placeOf(b);
  if (!pa && !pb) return true;
  return !!pa && !!pb && pa.index === pb.index && pa.count === pb.count;
}

/** Between two results of a list: a comma, "and" or both, asides in brackets left out. */
const LIST_GAP = /^\s*,?\s*(?:(?:and|und|et|e|y|en|og|och)\s+)?$/i;
/**
 * "The ORR and CR rates were 40 % and 45 %, respectively": a sentence that pairs a list of rates in order with as many
 * endpoints as it names before "respectively" (and that the binding paired so) holds each rate beside its own endpoint.
 * The rates so paired are named by their place in `named` (the nearest endpoint before a list is its last one's only); the set of them is returned.
 */
function pairedInOrder(model: DocumentModel, endpoints: Entity[], named: Map<FigureEntity, string>): Set<FigureEntity> {
  const out = new Set<FigureEntity>();
  for (let si = 0, bySentence_ = figuresBySentence(model); si < bySentence_.length; si++) { const figs = bySentence_[si];
    const s = model.sentences[si];
    const rates = figs.filter(f => f.figureKind === 'percent' && f.unit === '%' && !f.table);
    if (rates.length < 2) continue;
    const at = model.text.slice(s.start, s.end).search(RESPECTIVELY);
    if (at < 0) continue;
    const cut = s.start + at;
    const names: string[] = [];
    for (let eI2 = 0, eList = itemsWithin(endpoints, s.start, cut); eI2 < eList.length; eI2++) { const e = eList[eI2]; if (e.kind === 'endpoint' && !e.facts.adverseEvent && !names.includes(e.name)) names.push(e.name); }
    const before = rates.filter(f => f.end <= cut);
    if (names.length < 2 || before.length < names.length) continue;
    const run = before.slice(before.length - names.length);
    // the run is one list (joined by commas and "and"), after the endpoints, each rate bound to the endpoint of its place
    const joined = run.every((f, k) => k === 0 || LIST_GAP.test(model.text.slice(run[k - 1].end, f.start).replace(/\([^()]*\)/g, '')));
    const lastName = itemsWithin(endpoints, s.start, cut).filter(e => names.includes(e.name)).pop();
    // every endpoint of the list named after the figure before the run: "the ORRs were 50 % and 10 %, and the DCRs 60 % and
    // 44 %, respectively" pairs two lists with two indications, not one list with the two endpoints
    const prev = before[before.length - names.length - 1];
    const firstName = itemsWithin(endpoints, s.start, cut).find(e => names.includes(e.name));
    if (!joined || !lastName || !firstName || lastName.end > run[0].start || (prev && firstName.start < prev.end) || !run.every((f, k) => f.binding.endpoint === names[k])) continue;
    for (let fI2 = 0, run_ = run; fI2 < run_.length; fI2++) { const f = run_[fI2]; out.add(f); named.set(f, f.binding.endpoint as string); }
  }
  return out;
}

/** The one endpoint a sentence names, when it names exactly one (by name): a rate of that sentence bound to it is its rate. */
function soleEndpoint(endpoints: Entity[], s: { start: number; end: number }): string | undefined {
  const names = new Set(itemsWithin(endpoints, s.start, s.end).map(e => e.name));
  return names.size === 1 ? [...names][0] : undefined;
}

function finding(f: FigureEntity, message: string, data: Record<string, number>): CheckFinding {
  return { message, start: f.start, end: f.end, related: [], data, fixes: [] };
}

// "EASI-90 with 62 % of subjects", "PASI 75 was achieved by 58 %": a rate joined to its endpoint by "with" or "achieved by" is its rate too
const LINKING_WORDS = new Set(['rate', 'rates', 'was', 'were', 'is', 'of', 'reached', 'at', 'the', 'a', 'an', 'overall', 'confirmed', 'in', 'with', 'achieved', 'by', 'betrug', 'lag', 'bei', 'von', 'for', 'unter', 'mit', 'response', 'responses', 'observed', 'seen', 'noted']);
/** Words between a share and the endpoint it reaches: "65 % achieved PASI 90", "40 % of patients reached ACR50". */
const REACHING_WORDS = new Set(['achieved', 'achieving', 'reached', 'reaching', 'attained', 'attaining', 'had', 'having', 'with', 'of', 'the', 'a', 'an', 'patients', 'participants', 'subjects', 'erreichten', 'erzielten', 'der', 'patienten']);
/** A verb of receiving a treatment between a share of patients and the endpoint they reached: "receiving", "treated with". */
const RECEIVING = /(?<![\p{L}])(?:receiving|received|treated with|given|on)(?![\p{L}])/giu;
const onlyWords = (piece: string, allowed: Set<string>) => piece.split(/[\s:=(),]+/).filter(Boolean).every(w => allowed.has(w.toLowerCase()));
const onlyLinking = (piece: string) => onlyWords(piece, LINKING_WORDS);
const onlyReaching = (piece: string) => onlyWords(piece, REACHING_WORDS);

/**
 * For each figure, the endpoint it is the rate of, written right beside it with only linking words
 * between: before it ("CR rate was 45 %", "ORR = 42 %") or, for a share of patients, after it
 * ("65 % achieved PASI 90").
 */
/** Between a count and its share in brackets: "12 (30 %)", "12 [30 %]". */
const COUNT_THEN_SHARE = /^ ?[([] ?$/;

function namedRightBefore(model: DocumentModel): Map<FigureEntity, string> {
  const out = new Map<FigureEntity, string>();
  // (the words between are answered from a table kept by their content: the same pairs ask the same after every edit)
  const only = (from: number, to: number, allowed: Set<string>) => readPiece(allowed === LINKING_WORDS ? onlyLinking : onlyReaching, model.text.slice(from, to));
  /** The words between, the drugs' names left out, are linking words only. */
  const linkingBesideDrugs = (from: number, to: number) => {
    let piece = '', at = from;
    for (let dI = 0, drugs_ = drugs; dI < drugs_.length; dI++) { const d = drugs_[dI]; if (d.start < at || d.end > to) continue; piece += model.text.slice(at, d.start) + ' '; at = d.end; }
    return readPiece(onlyLinking, piece + model.text.slice(at, to));
  };
  /** The words between a share and an endpoint after it, its own arm's words, the drugs' names and a verb of receiving left out, reach it only. */
  const reachingBesideArm = (f: FigureEntity, to: number) => {
    let piece = model.text.slice(f.end, to);
    for (let dI = 0, drugs_ = drugs; dI < drugs_.length; dI++) { const d = drugs_[dI]; if (d.start >= f.end && d.end <= to) piece = piece.replace(model.text.slice(d.start, d.end), ' '); }
    const arm = f.binding.arm;
    if (arm && arm.length >= 2) piece = piece.replace(arm, ' ');
    return readPiece(onlyReaching, piece.replace(RECEIVING, ' '));
  };
  let last: { name: string; end: number } | undefined;
  let pending: FigureEntity | undefined;
  let previous: FigureEntity | undefined;
  // the drugs named after the last endpoint ("the ORR with AB-101 was 45 %"): a drug's name between an endpoint and its
  // rate says whose rate it is, and is read as a linking word
  let drugs: { start: number; end: number }[] = [];
  for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
    if (e.kind === 'drug') { if (last && e.start >= last.end) drugs.push({ start: e.start, end: e.end }); continue; }
    if (e.kind === 'endpoint') {
      // ("40 % of patients receiving AB achieved CR": the words of the share's own arm, or a drug's name, say whose share it is)
      // (the reach allows the verb of receiving besides the arm's words and drugs' names)
      if (pending && pending.binding.endpoint === e.name && ((e.start - pending.end <= 30 && only(pending.end, e.start, REACHING_WORDS))
        || (e.start - pending.end <= 42 + (pending.binding.arm?.length ?? 0) + drugs.reduce((n, d) => n + d.end - d.start, 0) && reachingBesideArm(pending, e.start)))) out.set(pending, e.name);
      drugs = [];
      pending = undefined;
      last = { name: e.name, end: e.end };
      continue;
    }
    if (e.kind !== 'figure') continue;
    // "a partial response in 12 (30 %)": the share in brackets right after a count restates it, and is named as the count is
    const before = previous;
    previous = e;
    if (e.figureKind === 'percent' && before && out.has(before) && before.binding.endpoint === e.binding.endpoint && COUNT_THEN_SHARE.test(model.text.slice(before.end, e.start))) {
      out.set(e, out.get(before)!);
      pending = undefined;
      continue;
    }
    pending = e.figureKind === 'percent' ? e : undefined;
    if (!last || e.start - last.end > 30 + drugs.reduce((n, d) => n + d.end - d.start, 0)) continue;
    if (only(last.end, e.start, LINKING_WORDS) || (drugs.length > 0 && linkingBesideDrugs(last.end, e.start))) out.set(e, last.name);
  }
  return out;
}
