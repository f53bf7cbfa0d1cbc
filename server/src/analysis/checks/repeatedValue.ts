/**
 * repeated-value: the same quantity stated twice with different values. Judged only where "the
 * same quantity" is unambiguous, and reported on the later statement with the earlier one as
 * related information:
 *
 * - a deal's total value, and an equity investment restated with the definite article ("the $40
 *   million equity investment") when the document stated one other amount for it;
 * - a trial's enrolment: "enrolled 36 patients", "a 120-patient Phase 2 trial", "the 275 patients
 *   of the study", each attributed to the trial its sentence names or, failing that, the trial
 *   mentioned last ("The trial will enroll 90 patients"). Planned and actual enrolment are not
 *   compared, progress ("so far", "as of") never is; a population described in a conclusion ("In
 *   44 patients with ..., the drug achieved") is reported only when it is larger than the enrolment;
 * - a median OS, PFS or duration of response for the same drug, arm and time point; a restatement
 *   that names no drug ("remissions that lasted a median of 9.7 months") is compared with the only
 *   earlier median of its kind.
 *
 * Sentences that name a subgroup, an update or a follow-up, sentences that contrast two groups ("13
 * months on the combination, whereas 5 months on the drug alone"), and comparator figures ("versus
 * 7.5 months"), are never compared.
 */
import { memoSpanText, paragraphMatches } from '../memo';
import { roundupOf } from '../lists';
import { readPiece, testPiece } from '../testMemo';
import { aboutAnotherArm, armOf, Check, opensWithItsWhole, itemsWithin, isDurationGap, wordsPattern, isPointInTime, figuresBySentence, normalizedText, paragraphIndexAt, sentenceNamesDrug, sentenceIndexAt, type CheckFinding } from './check';
import { PEOPLE_UNIT, PEOPLE_UNITS } from '../people';
import { ENROLMENT_WORDS, isOutcomeCount } from '../populations';
import type { DocumentModel, FigureEntity } from '../model';
import { ANOTHER, trialFor, trialLabel, trialMentions } from './trials';
import { restatedClaims } from './restatedClaims';
import { wordForWordRestatements } from './wordForWord';
import { saidBefore } from './saidBefore';
import { TRIAL_AND_TESTED, claimIndex } from '../claims';
import claimWords from '../../../lexicon/grammar/claims.json';
import survivalWords from '../../../lexicon/grammar/survival.json';
import { conversionsDisagree } from './conversions';
import comparisons from '../../../lexicon/grammar/comparisons.json';
import numbers from '../../../lexicon/builtin/numbers.json';
import peopleWords from '../../../lexicon/grammar/people.json';
import bindingWords from '../../../lexicon/grammar/binding.json';
import contextWords from '../../../lexicon/grammar/contexts.json';
import totalsWords from '../../../lexicon/grammar/totals.json';

const CODE = 'repeated-value';
/** Earlier statements kept per quantity: the first few are what a later one is compared with, and the work stays linear. */
const KEEP = 8;
// (the checks' shared words of another population, contexts.json otherPopulation, and those of a restatement's own)
const DIFFERENT_CONTEXT = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...contextWords.otherPopulation.words, ...contextWords.restatement.words])})(?![\\p{L}])|[\u2265\u2264<>]`, 'iu');
/** "versus 7.5 months": the comparator's figure, whatever drug the sentence binds it to. */
const AFTER_COMPARISON = /(?:\bvs\.?|\bversus|\bcompared (?:with|to)|\bagainst|\bgegen\u00fcber)\s*$/i;
const PATIENT_UNITS = PEOPLE_UNIT;
/** Enrolment that is not the trial's size: progress so far, or a count as of a date. */
const PROGRESS = /\b(?:so far|to date|thus far|as of|currently|already|first \d+|bisher|bislang|derzeit)\b/i;
const PLANNED = /\b(?:will|would|plans? to|planned|expected to|expects? to|designed to|aims? to|target(?:ed|s)?|intends? to|is to|are to|soll(?:en)?|geplant|wird|werden)\b/i;

/** Enrolment of a part of a trial: "Part B enrolled 18 patients", "in the 150 mg cohort". */
const PARTS = /\b(?:parts?|arms?|groups?|dose levels?|stage [12]|Teil|Kohorte|Gruppe|Arm)\b/i;

/** An indefinite article opening the noun phrase that ends at a figure, with at most two words between ("a potential"). */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:an?|another)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const DEAL = /\b(?:deal|agreement|transaction|licen[cs](?:e|ing)|collaboration|partnership|acquisition|acquire|option|Vereinbarung|Lizenz)\b/i;
const NOT_A_DEAL = /\b(?:revenues?|product sales|net sales|sales of|financing|placement|raised|raises|proceeds|offering|tranches?)\b/i;

const MEDIAN = /\bmedian\b/i;
/** A word of change (comparisons.json: rose, fell, improved, worsened, ...): a sentence that states a change moves between two values of one measure. */
const CHANGE_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...comparisons.changes.up, ...comparisons.changes.down, ...comparisons.changes.better, ...comparisons.changes.worse])})(?![\\p{L}])`, 'iu');
/** Right before a figure, the preposition of a change's origin or destination ("from", "to", "von", "auf"). */
const CHANGE_END = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...comparisons.changes.from, ...comparisons.changes.to.filter(w => w.length > 1)])})\\s*$`, 'iu');
/** More durations than this in one sentence are a flattened table's row or a list of groups ("median OS 9.1, 7.4, 12.0, 5.2 and 8.8 months"). */
const MAX_MEDIANS_IN_SENTENCE = 4;
/** A definite determiner opening the noun phrase that ends at a figure, with at most one word between ("the initial"). */
const DEFINITE = /\b(?:the|this|that|its|their|such|die|der|das|diese[mnrs]?)\s+(?:\p{L}+\s+)?$/iu;
/** Right after a whole's count, the word that opens its parts ("including", "of whom": totals.json wholeThenSubsets). */
const SUBSET_RIGHT_AFTER = new RegExp(`^[\\s,;(]{0,3}(?:${wordsPattern([...totalsWords.wholeThenSubsets.words, 'of whom'])})(?![\\p{L}])`, 'iu');
/** The "of" that opens a part's whole ("184 of 299"), then the whole's noun with its participle of enrolment on either side. */
const ENROLLED_WHOLE = new RegExp(`\\s(?:of|out of|von|sur|de)\\s(?:the\\s)?[\\d,]+\\s(?:(?:${wordsPattern(peopleWords.enrolment.words)})\\s(?:${wordsPattern(PEOPLE_UNITS)})|(?:${wordsPattern(PEOPLE_UNITS)})\\s(?:${wordsPattern(peopleWords.enrolment.words)}))(?![\\p{L}])`, 'iu');
const SUBSET_COUNT = /\b(?:evaluable|eligible|treated|efficacy|safety|additional|new|more|further|responding|weitere|auswertbare)\b/i;
const POOLED = /\b(?:studies|trials|program|programme|worldwide)\b/i;

/** A sentence's answers to the patterns the checks ask of it, each worked out once however many figures ask. */
type SentenceTests = (re: RegExp, transform?: (s: string) => string) => boolean;
function sentenceTests(sentence: string): SentenceTests {
  const plain = new Map<RegExp, boolean>();
  const transformed = new Map<(s: string) => string, Map<RegExp, boolean>>();
  return (re, transform) => {
    let cache = plain;
    if (transform) { cache = transformed.get(transform) ?? new Map(); transformed.set(transform, cache); }
    let r = cache.get(re);
    if (r === undefined) { r = re.test(transform ? transform(sentence) : sentence); cache.set(re, r); }
    return r;
  };
}

type Stage = 'actual' | 'planned' | 'neutral';
interface Statement { f: FigureEntity; value: number; stage?: Stage; describes?: 'conclusion' }

export const repeatedValue: Check = {
  code: CODE,
  description: 'The same quantity stated twice with different values (a deal\u2019s total, a trial\u2019s enrolment, a median for the same drug and arm, a measure a headline or bullet states and the text restates, a number written in words and in digits right after it).',
  defaultSeverity: 'warning',
  run(model) {
    const out: CheckFinding[] = [];
    const text = normalizedText(model);
    const bySentence = figuresBySentence(model);
    const trials = trialMentions(model);
    const seen = new Map<string, Statement[]>();
    // two items of a roundup state two facts ("- Drug A: median OS 14.6 months", "- In tumours with the mutation: 31 months")
    const roundups = roundupOf(model.entities, text);
    const twoItems = (a: FigureEntity, b: FigureEntity) => { const x = roundups.itemAt(a.start); return x !== undefined && roundups.itemAt(b.start) !== undefined && x !== roundups.itemAt(b.start); };
    // (the values compared: the figures' own, or a part's whole, "120 of 310 enrolled patients" stating 310)
    const report = (f: FigureEntity, first: FigureEntity, what: string, second = f.value as number, firstValue = first.value as number) => twoItems(f, first) ? 0 : out.push({
      message: `${what} is stated as ${asWritten(model, f)} here but ${asWritten(model, first)} earlier.`,
      start: f.start, end: f.end, related: [{ start: first.start, end: first.end, message: 'the earlier statement' }],
      data: { first: firstValue, second }, fixes: [],
    });
    const medianKinds = new Map<string, Set<string>>();
    const dealTotals = dealTotalsOf(model, bySentence);
    const counted = new Set<number>();
    // a document that names no trial and introduces at most one study ("a study", no "another study", no "studies")
    const oneStudy = trials.list.length === 0 && introducedStudies(text) <= 1;
    // each paragraph's first drug: a paragraph that opens on another drug ("AB-202: the study enrolled 14 patients") reports another study
    // (or its label, "AB-202: ...", a drug's name the recogniser may leave unread before a colon)
    const paragraphDrug = paragraphDrugs(model, text);
    const otherParagraphDrug = (a: FigureEntity, b: FigureEntity) => { const x = paragraphDrug(a.start), y = paragraphDrug(b.start); return x !== undefined && y !== undefined && x !== y; };

    for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
      const s = model.sentences[si];
      // a sentence's answers are kept with its text: an edit elsewhere asks them again of the memo
      const says = memoSpanText(text, model.sentences, s).read(sentenceTests);
      const durations = inS.filter(x => x.figureKind === 'duration' && !x.timepoint).length;
      // (a count of responders before them, "8 responders of 13 patients enrolled", is an outcome, no enrolment)
      const firstCount = inS.find(x => x.figureKind === 'count' && !isOutcomeCount(x));
      const labelledInSentence = inS.some(x => enrolmentLabelled(text, x));
      for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
        // whether an earlier figure counted this many (of anything): a definite group refers back to it
        const statedBefore = typeof f.value === 'number' && counted.has(f.value);
        if ((f.figureKind === 'count' || f.figureKind === 'other') && typeof f.value === 'number') counted.add(f.value);
        if (f.denominator !== undefined) counted.add(f.denominator);
        // a table's cell: its rows may state one measure by several analyses or readers (a median by investigator and
        // by central review), which a row label, not the sentence, tells apart
        // ("Total participants enrolled | 64": a row that states the enrolment is read like the text)
        const labelled = enrolmentLabelled(text, f);
        if (typeof f.value !== 'number' || (f.table && !plainMedianCell(f) && !labelled)) continue;
        if (testPiece(AFTER_COMPARISON, text.slice(Math.max(0, f.start - 20), f.start))) continue;

        // --- money: a deal's total; an equity investment restated -------------------------------
        if (f.figureKind === 'money' && (!f.comparator || f.comparator === '\u2264')) {
          // a deal's total: not a quarter's total revenue nor a financing's total proceeds
          // (a later total in an indefinite phrase, "which signed a potential $1.2 billion deal in May", is another deal)
          if (f.role === 'total' && dealTotals.has(f) && !(seen.has(`deal-total|${f.unit}`) && INDEFINITE_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start)))) {
            compare(seen, `deal-total|${f.unit}`, { f, value: f.value }, first => report(f, first, 'The deal\u2019s total'));
          } else if (!f.comparator && isEquity(text, f)) {
            const key = `equity|${f.unit}`;
            const before = seen.get(key) ?? [];
            const values = new Set(before.map(x => x.value));
            // a definite noun phrase ("the", "this", "its" ... "$N million equity investment") refers
            // back to the one investment stated before; an indefinite one may be another
            if (values.size === 1 && !values.has(f.value) && DEFINITE.test(text.slice(Math.max(0, f.start - 40), f.start)) && !says(DIFFERENT_CONTEXT)) {
              report(f, before[0].f, 'The equity investment');
            }
            if (before.length < KEEP) before.push({ f, value: f.value });
            seen.set(key, before);
          }
          continue;
        }

        // --- medians: OS, PFS, duration of response ---------------------------------------------
        if (f.figureKind === 'duration' && !f.comparator && !f.timepoint) {
          // "alive at 12 months": a time point, not a median ("extended the median to 15 months" is one)
          if (isPointInTime(model, f)) continue;
          // a run of medians is a table's row, one per group: no statement of one of them
          // (a table's cell is one group's statement when its column names the group: "Zelbotamab (n=120)")
          // "3.2 months longer", "an improvement of 3.2 months": the gap between two medians, no median
          if (isDurationGap(text, f)) continue;
          // ("not reached, its first quartile at 14.0 months": another point of the curve than its median)
          if (PERCENTILE_BEFORE.test(text.slice(Math.max(s.start, f.start - 40), f.start))) continue;
          const cell = !!f.table;
          if (!cell && (durations > MAX_MEDIANS_IN_SENTENCE || inTableRun(text, inS, f))) continue;
          const kind = medianKind(text, s.start, f);
          if (!kind || !(cell || says(MEDIAN)) || says(DIFFERENT_CONTEXT, withoutSamePopulation)) continue;
          // "median PFS rose to 9.1 months from 7.0 months": the two ends of a change, no two statements of one median
          // (both ends written: "extended the median to 16.3 months" alone states the new median, which may be restated)
          const changeEnd = (x: FigureEntity) => CHANGE_END.test(text.slice(Math.max(0, x.start - 12), x.start));
          if (says(CHANGE_WORD) && changeEnd(f) && inS.filter(x => x.figureKind === 'duration' && changeEnd(x)).length >= 2) continue;
          // "standard chemotherapy yields a median OS of 6.5 months": a sentence that speaks of a
          // comparator without naming the drug the binding fell back to is not about that drug
          // ... unless the binding names the comparator's own arm ("33.5 months in the placebo arm"): that arm's median,
          // whatever drug the binding fell back to, which a later "the median OS in the placebo arm" restates
          const control = aboutAnotherArm(model, f);
          if (control && !armOf(f)) continue;
          // "4.1 months in Q vs 6.3 months in Q+Z": the group named right after a compared median is the median's own; when it
          // names neither the drug nor the arm the binding gave, the binding fell back on a group the text did not name
          if (namedGroupDisagrees(model, text, f)) continue;
          const drug = control ? undefined : f.binding.drug;
          const unbound = !drug && !f.binding.arm;
          const soleInSentence = durations === 1 && !sentenceNamesDrug(model, si);
          const kinds = medianKinds.get(`${kind}|${f.unit}`) ?? new Set<string>();
          const key = `median|${kind}|${drug ?? ''}|${armOf(f)}|${f.binding.subgroup ?? ''}|${f.binding.timepoint ?? ''}|${f.unit}`;
          const what = `Median ${kind}${drug ? ' with ' + drug : ''}${armOf(f) ? ' (' + armOf(f) + ')' : ''}`;
          if (unbound && soleInSentence && !seen.has(key) && kinds.size === 1) {
            // "remissions that lasted a median of 9.7 months": the only earlier median of its kind
            const [only] = kinds;
            const earlier = seen.get(only) ?? [];
            if (earlier.length > 0 && earlier[0].value !== f.value) report(f, earlier[0].f, `Median ${kind}`);
            continue;
          }
          kinds.add(key);
          medianKinds.set(`${kind}|${f.unit}`, kinds);
          // (two medians of one kind in one sentence are two groups compared, "complete responses lasted a median of 9 months,
          // partial ones a median of 4": never one median stated twice)
          compare(seen, key, { f, value: f.value }, first => { const sj = sentenceIndexAt(model, first.start); if (sj !== si && !anotherComparison(inS, f, bySentence[sj] ?? [], first) && !otherRegimens(model, text, first, f)) report(f, first, what); });
          continue;
        }

        // --- enrolment ----------------------------------------------------------------------------
        // (a label names the whole enrolment: no words qualify its count)
        // (in a sentence with such a label, the label, not the sentence's words, says which number is the enrolment: "Participants
        // screened 70, participants enrolled 64")
        // (nor is a count in a row of columns, each arm's)
        const st: EnrolmentStatement | undefined = labelled ? { f, value: f.value, stage: 'actual', modifiers: [] } : labelledInSentence || beforeAnotherColumn(text, f) ? undefined : enrolmentStatement(model, text, si, s, says, firstCount, f);
        // a document that names no trial and no phase speaks of one study ("Thirty adults were enrolled in the study")
        const trialOf = (at?: number) => trialFor(trials, s, at) ?? (oneStudy ? 'the study' : undefined);
        if (!st) {
          // "among the 301 patients in ACME-2", "the trial's 240 participants": a definite group of the trial's people,
          // in the same words as its enrolment, that no earlier sentence counted
          if (statedBefore || says(PLANNED) || says(PROGRESS)) continue;
          const back = definiteGroup(model, text, s, f);
          if (!back) continue;
          // (the trial it is said of right after it, "the 301 patients in ACME-2", else its sentence's)
          const trial = trialOf(back.end);
          const enrolled = trial === undefined ? [] : (seen.get(`enrolment|${trial}`) ?? []).filter(x => x.stage !== 'planned' && !x.describes);
          // (the enrolment in the same words: "14 HER2-low patients were enrolled" for "the 17 HER2-low patients")
          // (a group of some people, "the 70 women", is the enrolment only when those people were enrolled; "the 26 trial
          // participants" may be all of "24 women")
          const noun = groupNounOf(text, f);
          // (a group named as the whole by its participle, "the 320 participants randomized", "the 320 enrolled patients", with no
          // other word, is the trial's whole whatever words its enrolment described it by: "enrolled 300 obese adults")
          const whole = back.words.length === 0 && noun === undefined && namesTheWhole(model.text, f, back.end);
          const same = enrolled.filter(x => (whole || ((x as EnrolmentStatement).modifiers ?? modifiersOf(text, x.f))?.join(' ') === back.words.join(' ')) && (noun === undefined || ((x as EnrolmentStatement).modifiers === undefined && groupNounOf(text, x.f) === noun)) && !otherParagraphDrug(x.f, f));
          if (same.length > 0 && new Set(same.map(x => x.value)).size === 1 && same[0].value !== f.value) report(f, same[0].f, `Enrolment in ${trialLabel(trial!)}`);
          continue;
        }
        // (a study the sentence introduces is the trial it names there, else, in a document of one study, that study)
        const trial = st.introduced && !trialIn(trials, s) ? (oneStudy ? 'the study' : undefined) : trialOf(st.trialAt);
        if (!trial) continue;
        const key = `enrolment|${trial}`;
        const before = seen.get(key) ?? [];
        const what = `Enrolment in ${trialLabel(trial)}`;
        if (st.describes === 'conclusion') {
          // a population described in a conclusion may be a subset, never more than were enrolled
          const enrolled = before.find(x => x.stage !== 'planned' && !x.describes && !(x.f.binding.drug && f.binding.drug && x.f.binding.drug !== f.binding.drug));
          if (enrolled && st.value > enrolled.value) report(f, enrolled.f, what);
          continue;
        }
        const otherDrug = (x: Statement) => !!x.f.binding.drug && !!f.binding.drug && x.f.binding.drug !== f.binding.drug;
        // "184 patients with four tumour types" and "the 18 patients with gastric cancer": counts qualified
        // differently are different populations (a subgroup), however the sentence says they were enrolled
        st.qualifier = qualifierOf(text, f);
        // (one count with no qualifier may be the other's whole: "enrolled 312 patients with COPD" and "the 321 patients of the study")
        const sameQualifier = (x: Statement) => { const q = (x as EnrolmentStatement).qualifier; return q === undefined || st.qualifier === undefined || q === st.qualifier; };
        const match = before.find(x => !x.describes && !otherDrug(x) && !otherParagraphDrug(x.f, f) && sameQualifier(x) && (x.stage === st.stage || x.stage === 'neutral' || st.stage === 'neutral'));
        if (match && match.value !== st.value) report(f, match.f, what, st.value, match.value);
        if (before.length < KEEP) before.push(st);
        seen.set(key, before);
      }
    }
    const reported = new Set(out.map(f => f.start));
    for (let fI = 0, fList = restatedClaims(model); fI < fList.length; fI++) { const f = fList[fI]; if (!reported.has(f.start)) out.push(f); }
    for (let fI = 0, fList = conversionsDisagree(model); fI < fList.length; fI++) { const f = fList[fI]; if (!reported.has(f.start)) { out.push(f); reported.add(f.start); } }
    for (let fI = 0, fList = wordsAgainstDigits(model); fI < fList.length; fI++) { const f = fList[fI]; if (!reported.has(f.start)) { out.push(f); reported.add(f.start); } }
    for (let fI = 0, fList = wordForWordRestatements(model, bySentence.flat()); fI < fList.length; fI++) { const f = fList[fI]; if (!reported.has(f.start)) { out.push(f); reported.add(f.start); } }
    for (let fI = 0, fList = saidBefore(model, bySentence.flat()); fI < fList.length; fI++) { const f = fList[fI]; if (!reported.has(f.start)) { out.push(f); reported.add(f.start); } }
    return out;
  },
};

/** Each number word of numbers.json (any language) with the values it may name; articles ('en', 'un', 'a') left out. */
const WORD_VALUES = (() => {
  const articles = new Set(Object.entries(numbers.articles).filter(([k]) => !k.startsWith('$')).flatMap(([, v]) => v as string[]));
  const m = new Map<string, Set<number>>();
  for (let itemI = 0, itemList = Object.entries(numbers.numberWords); itemI < itemList.length; itemI++) { const [lang, words] = itemList[itemI];
    if (lang.startsWith('$') || typeof words !== 'object') continue;
    for (let itemI2 = 0, itemList2 = Object.entries(words as Record<string, number>); itemI2 < itemList2.length; itemI2++) { const [w, v] = itemList2[itemI2];
      if (articles.has(w) || typeof v !== 'number') continue;
      m.set(w, (m.get(w) ?? new Set()).add(v));
    }
  }
  return m;
})();
/** "three (3)", "tre (3)", "deux (2)": a number word with its digits in brackets right after it, as contracts and prospectuses write it. */
const DIGITS_IN_BRACKETS = /\((\d{1,4})\)/g;
/** The word right before a bracket: letters after no letter, digit or hyphen, then at most one space. */
const WORD_BEFORE_BRACKET = /(?<![\p{L}\p{N}-])(\p{L}{1,30})[ \u00a0]?$/u;
/** The word before, when it is a number word too ("twenty one (21)", "two hundred (200)"): the pair's word is part of a longer number. */
const WORD_BEFORE = /(\p{L}+)[ \u00a0-]$/u;

/**
 * "Innehav av fyra (5) teckningsoptioner", "within thirty (60) days": a number written in words and, right after it in
 * brackets, in digits, the two not the same number in any language the word is one of.
 */
function wordsAgainstDigits(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  // (found from the brackets of digits, few in a text, each read back over at most one word: linear, and cheap)
  // (each paragraph's brackets kept by its text: a match holds no line break and reads nothing around it)
  for (let itemI = 0, itemList = paragraphMatches(DIGITS_IN_BRACKETS, text); itemI < itemList.length; itemI++) { const { match: b, index: bi } = itemList[itemI];
    const from = Math.max(0, bi - 32);
    const w = WORD_BEFORE_BRACKET.exec(text.slice(from, bi));
    // (a word cut by the slice's start is longer than any number word)
    if (!w || (w.index === 0 && from > 0 && /[\p{L}\p{N}-]/u.test(text[from - 1]))) continue;
    const values = WORD_VALUES.get(w[1].toLowerCase());
    if (!values) continue;
    const n = Number(b[1]);
    if (values.has(n)) continue;
    const at = bi - w[0].length;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
    if (before && WORD_VALUES.has(before[1].toLowerCase())) continue;
    const m = [w[1] + text.slice(at + w[1].length, bi + b[0].length), w[1], b[1]];
    const word = { start: at, end: at + w[1].length };
    const digits = { start: bi + 1, end: bi + 1 + b[1].length };
    out.push({
      message: `The number is written \u201c${m[1]}\u201d in words but ${m[2]} in digits right after it.`,
      start: digits.start, end: digits.end,
      related: [{ start: word.start, end: word.end, message: 'the number in words' }],
      data: { first: [...values][0], second: n }, fixes: [],
    });
  }
  return out;
}

/**
 * The statements of a deal's total that may be compared: totals in a sentence about a deal, or in
 * a paragraph that lists the deal's upfront or milestone payments, and never a quarter's total
 * revenue or a financing's proceeds. When two paragraphs each lay out a deal with a different
 * total, the document announces two deals, and none are compared.
 */
/** A percentile's or a quartile's word (survival.json percentiles), then at most four words, right before a time. */
const PERCENTILE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(survivalWords.percentiles.words)})(?![\\p{L}])(?:\\s+[^\\s.;]+){0,4}?\\s*$`, 'iu');
/** An enterprise value's noun (claims.json kinds enterprise), then at most three words and no clause mark, right before a sum. */
const ENTERPRISE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(claimWords.sumEvents.enterprise.nouns)})(?:\\s+[^\\s,;:()]+){0,3}\\s*$`, 'iu');
function dealTotalsOf(model: DocumentModel, bySentence: FigureEntity[][]): Set<FigureEntity> {
  const text = normalizedText(model);
  const termsIn = new Set<number>();
  for (let inSI = 0, bySentence_ = bySentence; inSI < bySentence_.length; inSI++) { const inS = bySentence_[inSI]; for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI]; if (f.figureKind === 'money' && (f.role === 'upfront' || f.role === 'milestones')) termsIn.add(paragraphIndexAt(model, f.start)); } }
  const out = new Set<FigureEntity>();
  const primary = new Set<number>();
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    const sentence = text.slice(s.start, s.end);
    for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
      if (f.figureKind !== 'money' || f.role !== 'total' || typeof f.value !== 'number' || NOT_A_DEAL.test(sentence)) continue;
      // ("a transaction value of $1.2 billion and a company value of $2.1 billion": the value of the whole company, an enterprise
      // value, is no sum the deal pays)
      if (ENTERPRISE_BEFORE.test(text.slice(Math.max(s.start, f.start - 60), f.start))) continue;
      // "a CVR worth up to $6.00 per share": an amount per share is no deal's total
      if (claimIndex(model).of.get(f)?.perUnit) continue;
      const withTerms = termsIn.has(paragraphIndexAt(model, f.start));
      if (!withTerms && !DEAL.test(sentence)) continue;
      out.add(f);
      if (withTerms) primary.add(f.value);
    }
  }
  return primary.size > 1 ? new Set() : out;
}

function compare(seen: Map<string, Statement[]>, key: string, st: Statement, onDiffer: (first: FigureEntity) => void): void {
  const before = seen.get(key);
  if (!before) { seen.set(key, [st]); return; }
  if (before[0].value !== st.value) onDiffer(before[0].f);
}

/** "$25 million of common stock", "a $40 million equity investment", "an equity investment of $25 million". */
function isEquity(text: string, f: FigureEntity): boolean {
  const after = text.slice(f.end, f.end + 60);
  const before = text.slice(Math.max(0, f.start - 30), f.start);
  if (/^ ?(?:equity (?:investment|stake)|in equity)\b/.test(after) || /\bequity investment of\s*(?:up to)?\s*$/i.test(before)) return true;
  // "$25 million of Acme Bio common stock": the stock within the same phrase
  if (!/^ of /.test(after)) return false;
  const seg = after.split(/[.,;:()]/)[0];
  const stock = /\b(?:stock|shares)\b/.exec(seg);
  return !!stock && stock.index <= 40 && !/\d/.test(seg.slice(0, stock.index));
}

/** Between two cells of a flattened table's row: no word, only numbers, brackets and signs ("3.1 (1.2-4.0) 2.2"; "NE" and "NR" are cells). */
const CELL_GAP = /^(?:[^\p{L}]|\b(?:NE|NR|NA|NC)\b)*$/u;
/** Whether a figure stands among figures of its kind with no word between: a cell of a table's row. */
/**
 * The group a compared figure is said of right after it, before the comparison's word ("in <group> vs", "with <group>
 * versus"): up to four words, none a figure's.
 */
const GROUP_THEN_COMPARISON = new RegExp(`^\\s+(?:in|with|for|on|bei|mit|avec|chez|con)\\s+([^\\s\\d,;:()]+(?:\\s+[^\\s\\d,;:()]+){0,3}?)\\s+(?:${wordsPattern(comparisons.changes.compared)})(?![\\p{L}])`, 'iu');

/**
 * Whether a figure names its group right after it, before a comparison ("5.1 months in Q vs ..."), and that group is
 * neither the drug nor the arm the figure is bound to: no drug of its binding among the group's entities, and no arm of
 * its binding within its words (either way round).
 */
function namedGroupDisagrees(model: DocumentModel, text: string, f: FigureEntity): boolean {
  const m = GROUP_THEN_COMPARISON.exec(text.slice(f.end, f.end + 80));
  if (!m) return false;
  const from = f.end + m[0].indexOf(m[1]), to = from + m[1].length;
  const group = m[1].toLowerCase();
  const drug = f.binding.drug, arm = f.binding.arm?.toLowerCase();
  if (drug && itemsWithin(model.entities, from, to).some(e => e.kind === 'drug' && e.name === drug)) return false;
  if (arm && (group.includes(arm) || arm.includes(group))) return false;
  return !!(drug || arm);
}

/** A regimen named by its number of drugs ("the triplet", "the doublet", "monotherapy": binding.json arms.regimens.sizes). */
const REGIMEN_SIZE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(bindingWords.arms.regimens.sizes)})(?![\\p{L}])`, 'giu');
/** How far back in its sentence a median's regimen may be named. */
const REGIMEN_REACH = 240;
/** The last regimen size named before a figure in its sentence, lower case, or undefined. */
function regimenBefore(model: DocumentModel, text: string, f: FigureEntity): string | undefined {
  const si = sentenceIndexAt(model, f.start);
  const from = si >= 0 ? Math.max(model.sentences[si].start, f.start - REGIMEN_REACH) : Math.max(0, f.start - REGIMEN_REACH);
  let last: string | undefined;
  for (const m of text.slice(from, f.start).matchAll(REGIMEN_SIZE)) last = m[0].toLowerCase();
  return last;
}
/** Two medians of one drug, one said of its triplet and the other of its doublet: two regimens, two medians. */
function otherRegimens(model: DocumentModel, text: string, a: FigureEntity, b: FigureEntity): boolean {
  const x = regimenBefore(model, text, a), y = regimenBefore(model, text, b);
  return x !== undefined && y !== undefined && x !== y;
}

/**
 * Two comparisons, not one restated: each median stated beside others (its comparator's, "versus 5.1 months"), and none of
 * the others of one sentence among those of the other. A restatement repeats its comparison, a misprint changes one number
 * of it; a second analysis (another cut-off, a sensitivity analysis, another population) changes every number.
 */
function anotherComparison(inS: readonly FigureEntity[], f: FigureEntity, inFirst: readonly FigureEntity[], first: FigureEntity): boolean {
  const others = (list: readonly FigureEntity[], x: FigureEntity) => list.filter(y => y !== x && y.figureKind === 'duration' && !y.timepoint && !y.comparator && y.unit === x.unit && typeof y.value === 'number').map(y => y.value as number);
  const a = others(inS, f), b = others(inFirst, first);
  return a.length > 0 && b.length > 0 && !a.some(v => b.includes(v));
}

/**
 * A table's cell that states one group's median and nothing else: its row label names only the median
 * of an endpoint ("Median PFS", "Median OS (months)"), so no analysis or reader sets it apart from the
 * same median in the text, and its column names its group (the drug or arm is bound).
 */
function plainMedianCell(f: FigureEntity): boolean {
  if (!f.table || f.figureKind !== 'duration' || !(f.binding.arm || f.binding.drug) || !f.binding.endpoint) return false;
  return PLAIN_MEDIAN_ROW.test(f.table.row.trim());
}
const PLAIN_MEDIAN_ROW = /^(?:median|mediane?s?)\s+(?:PFS|OS|DoR|DOR|progression[- ]free survival|overall survival|duration of response|Gesamt\u00fcberleben|progressionsfreies \u00dcberleben)(?:\s*[(,]?\s*(?:months?|mo|Monate)\.?\)?)?$/i;

function inTableRun(text: string, inS: FigureEntity[], f: FigureEntity): boolean {
  const k = inS.indexOf(f);
  const near = (o: FigureEntity | undefined, a: number, b: number) => !!o && o.figureKind === f.figureKind && CELL_GAP.test(text.slice(a, b));
  let prev: FigureEntity | undefined, next: FigureEntity | undefined;
  for (let j = k - 1; j >= 0 && !prev; j--) if (inS[j].figureKind === f.figureKind) prev = inS[j];
  for (let j = k + 1; j < inS.length && !next; j++) if (inS[j].figureKind === f.figureKind) next = inS[j];
  return near(prev, prev?.end ?? 0, f.start) || near(next, f.end, next?.start ?? 0);
}

/** "lived a median of", "survived for a median of": a median of how long people lived (claims.json survivalVerbs). */
const SURVIVED_A_MEDIAN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(claimWords.survivalVerbs)})(?:\\s+(?:for|für|pendant))?\\s+(?:a|an|einen|une)\\s+(?:median|Median|médiane)\\s+(?:of|von|de)\\s*$`, 'iu');

/** OS, PFS, DOR (duration of response) or DOCR (duration of complete response or remission) for a median duration. */
function medianKind(text: string, sentenceStart: number, f: FigureEntity): string | undefined {
  if (f.binding.endpoint === 'OS' || f.binding.endpoint === 'PFS') return f.binding.endpoint;
  const before = text.slice(Math.max(sentenceStart, f.start - 80), f.start);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(', and ')) + 1);
  // a response category is an abbreviation of complete or partial response with its qualifiers
  // (CR, CRi, CRh, CRc, PR) or a composite of them ("CR/CRi"), or the words themselves
  const m = /\bduration of (?:the )?(?:(complete|objective|overall|partial) )?(responses?|remissions?|[CP]R[a-z]?(?:\/[CP]R[a-z]?)*)\b/i.exec(clause)
    // a duration said of the responses themselves: "responses (that) last(ed) (for) a median of"
    ?? /\b(responses|remissions)(?: that| which)? (?:last(?:ing|ed|s)?|persist(?:ing|ed|s)?)(?: for)? a median of\s*$/i.exec(clause);
  if (m) {
    const words = m.slice(1).filter(Boolean).join(' ').toLowerCase();
    return /complete|remission|\bcr/.test(words) ? 'duration of complete response' : 'duration of response';
  }
  if (f.binding.endpoint === 'DOR') return 'duration of response';
  // "patients on the drug lived a median of 19.4 months": how long people lived is their overall survival, unless the
  // sentence says what they lived without ("survived a median of 16 months without their disease worsening", the
  // figure bound to disease-free survival)
  if (SURVIVED_A_MEDIAN.test(clause) && f.binding.endpoint === undefined) return 'OS';
  return undefined;
}

/**
 * "in this treatment-refractory population": the population already described, not a subgroup; and "a high
 * crossover", "a low rate": "high" or "low" after an indefinite article qualifies one thing, no group of
 * patients ("PD-L1 high tumours", "high-risk patients", "a high-risk population" still name one).
 */
function withoutSamePopulation(sentence: string): string {
  const words = sentence.replace(/\b(an?)\s+(?:high|low)\s+(?=\p{L})/giu, '$1 ').split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (!/^population\b/i.test(words[i])) continue;
    for (let k = Math.max(0, i - 4); k < i; k++) if (/^(?:this|that|the overall|overall|entire|whole|same|study|trial)$/i.test(words[k])) { words[i] = 'group'; break; }
  }
  return words.join(' ');
}


interface EnrolmentStatement extends Statement { stage: Stage; trialAt?: number; /** the "with ..." phrase that qualifies the count, lower case */ qualifier?: string; /** the words between the count and its noun, when known otherwise than from the text after it */ modifiers?: string[]; /** said of a study the sentence introduces ("a study of 120 patients") */ introduced?: boolean }

/** "45 patients with relapsed gout": the phrase "with" opens right after a count of people, up to a clause's end or a verb of enrolment. */
const WITH_AFTER = /^\s(?:with|mit|avec|con|med)\s([^.,;:()\n]{1,60}?)(?=\s(?:were|was|are|is|who|which|that|enrolled|treated|randomi[sz]ed|received|had|wurden|waren)\b|[.,;:()\n]|$)/i;
function qualifierOf(text: string, f: FigureEntity): string | undefined {
  const m = WITH_AFTER.exec(text.slice(f.end, f.end + 90));
  return m ? m[1].trim().toLowerCase().replace(/\s+/g, ' ') : undefined;
}

/**
 * An enrolment statement: the first patient count of a sentence that says it enrolled them; "a
 * 120-patient Phase 2 trial"; "the 275 patients of the study"; or, in a conclusion, "In 44 patients
 * with ..., zelbotinib achieved".
 */
function enrolmentStatement(model: DocumentModel, text: string, si: number, s: { start: number; end: number }, says: SentenceTests, firstCount: FigureEntity | undefined, f: FigureEntity): EnrolmentStatement | undefined {
  // "120 of 310 enrolled patients", "40 of the 120 patients randomized": the part is some of them, the whole is the enrolment
  // (a participle of enrolment right before or after the whole's noun, inside the figure or right after it)
  if (f.denominator !== undefined && !f.comparator && Number.isInteger(f.denominator) && !says(PROGRESS) && !says(PLANNED)) {
    return ENROLLED_WHOLE.test(text.slice(f.start, Math.min(s.end, f.end + 14))) ? { f, value: f.denominator, stage: 'neutral' } : undefined;
  }
  if (f.denominator !== undefined || f.comparator || !Number.isInteger(f.value)) return undefined;
  if (says(PROGRESS)) return undefined;
  const value = f.value as number;
  const planned = says(PLANNED);
  const after = text.slice(f.end, Math.min(s.end, f.end + 50));
  const before = text.slice(Math.max(s.start, f.start - 12), f.start);
  // "a 120-patient Phase 2 trial": the figure is read with its "-patient" (older readings left a bare number before it)
  // ... or with a space: "its 310 patient Phase 3 study" (a singular noun after a number above one is an adjective, not the count's noun)
  const adjective = /-(?:patient|participant|subject|Patienten)$/.test(model.text.slice(f.start, f.end)) || (value > 1 && / (?:patient|participant|subject)$/.test(model.text.slice(f.start, f.end))) ? '' : undefined;
  if (adjective !== undefined || (f.figureKind === 'other' && f.unit === '')) {
    const m = adjective !== undefined ? [''] : /^-(?:patient|participant|subject|Patienten)\b/.exec(after);
    if (!m) return undefined;
    // the noun phrase it qualifies, up to the next punctuation, is a trial
    const phrase = after.slice(m[0].length).split(/[.,;:()]/)[0];
    if (!/\b(?:trial|study|Studie)\b/i.test(phrase) || ANOTHER.test(before)) return undefined;
    if (DIFFERENT_CONTEXT.test(text.slice(Math.max(s.start, f.start - 40), f.end + m[0].length + phrase.length))) return undefined;
    return { f, value, stage: planned ? 'planned' : 'neutral', trialAt: f.end + m[0].length };
  }
  if (f.figureKind !== 'count' || !PATIENT_UNITS.test(f.unit)) return undefined;
  if (opensWithItsWhole(text, s.start, f.start)) return undefined;
  const surface = model.text.slice(f.start, f.end);
  // ("Among the 621 patients enrolled in ACME-3": "among" before the trial's whole population names no subgroup)
  // ("enrolled 299 patients, including 199 in the AB-101 arm": the arm named after the subset's word is a part the count holds,
  // no part the count is of)
  const subsetAt = SUBSET_RIGHT_AFTER.exec(text.slice(f.end, Math.min(s.end, f.end + 24)));
  const partsNamed = subsetAt ? PARTS.test(text.slice(s.start, f.end)) : says(PARTS);
  if ((says(DIFFERENT_CONTEXT, withoutPriorTherapy) && !(AMONG_THE.test(before) && says(DIFFERENT_CONTEXT, withoutAmongTheCount) === false && wholeOfTrialAfter(model, text, f))
    && !describesTrialsEnrolment(text, s, f)) || partsNamed) return undefined;
  // "85 evaluable patients", "52 treated patients": a subset, not the trial's size
  if (SUBSET_COUNT.test(surface)) return undefined;
  // "the 275 patients of the study", "Die 275 Patienten der Studie" (not "the 33 patients in the trial who were evaluable")
  // ... or "in the ACMESTAR trial": a trial's name where the word "trial" would stand
  const lead2 = /^\s*(?:of|in|enrolled in|treated in|randomi[sz]ed in|der|in der)\s+(?:the|this|our|that|dieser|der)?\s*/i.exec(after);
  let wholeEnd = -1;
  let named: { start: number; end: number } | undefined;
  if (lead2) {
    // "the study", or a name the recogniser does not know: "the ACMESTAR trial"
    const words = after.slice(lead2[0].length).split(' ', 2);
    const isTrialWord = (w: string | undefined) => w !== undefined && /^(?:study|trial|Studie)\b/i.test(w);
    if (isTrialWord(words[0])) wholeEnd = f.end + lead2[0].length + words[0].length;
    else if (/^[A-Z][A-Za-z0-9-]+$/.test(words[0]) && isTrialWord(words[1])) wholeEnd = f.end + lead2[0].length + words[0].length + 1 + words[1].length;
    else if ((named = trialStartsAt(model, f.end + lead2[0].length))) {
      const tail = /^ (?:study|trial|Studie)\b/i.exec(text.slice(named.end, named.end + 8));
      wholeEnd = named.end + (tail ? tail[0].length : 0);
    }
  }
  if (/\b(?:the|all|die|alle)\s*$/i.test(before) && wholeEnd >= 0 && !/^[\s,]*(?:who|that|which|with|evaluable|treated|receiving|die|mit)\b/i.test(text.slice(wholeEnd, wholeEnd + 30))) {
    return { f, value, stage: planned ? 'planned' : 'neutral', trialAt: named?.start };
  }
  // "a trial with 24 women", "eine Studie mit 120 Patienten": the trial's noun, a preposition, then its size (people.json trialOfCount)
  const near = text.slice(Math.max(s.start, f.start - 40), f.start);
  // (after an indefinite article, "a 2020 study of 120 patients", the study is one the sentence introduces)
  if (TRIAL_OF_COUNT.test(near) && !ANOTHER.test(near.replace(TRIAL_OF_COUNT, ''))) return { f, value, stage: planned ? 'planned' : 'neutral', introduced: INDEFINITE_STUDY.test(near) };
  // "a Phase 3 study of AB-101 in 450 patients with psoriasis": the trial noun and what it tests, then its size (claims.json trialPopulation)
  const trialLead = text.slice(Math.max(s.start, f.start - 120), f.start);
  if (TRIAL_IN_COUNT.test(trialLead) && !ANOTHER.test(trialLead)) {
    return { f, value, stage: planned ? 'planned' : 'neutral' };
  }
  // "In 44 patients with relapsed NSCLC, zelbotinib achieved ..."
  const lead = f.start - s.start <= 40 ? text.slice(s.start, f.start).replace(/^\s*(?:conclusions?|results|schlussfolgerung(?:en)?)\s*:\s*/i, '') : '';
  if (/^(?:In|Bei)\s*$/.test(lead) && /^\s*(?:with|mit)\b/.test(after) && !says(POOLED) && sentenceNamesDrug(model, si)) {
    return { f, value, stage: 'neutral', describes: 'conclusion' };
  }
  // "ACME-2 (n=310)", "the ACME-2 trial (N = 450)": a size in brackets right after a trial's name is the trial's
  if (/^n ?=/i.test(surface)) {
    const open = text.lastIndexOf('(', f.start);
    const named = open >= 0 && f.start - open <= 2 ? trialEndingAt(model, text, open) : undefined;
    return named ? { f, value, stage: planned ? 'planned' : 'neutral', trialAt: named.start } : undefined;
  }
  if (!says(ENROLMENT_WORDS)) return undefined;
  // arm sizes: "(n = 130)", "(130 patients each)", "jeweils 130 Patienten"
  const from = Math.max(s.start, f.start - 200);
  const open = text.slice(from, f.start).lastIndexOf('(');
  if (open >= 0 && !text.slice(from + open, f.end).includes(')')) return undefined;
  if (/\b(?:each|apiece|per arm|jeweils|je)\b/i.test(text.slice(Math.max(s.start, f.start - 12), Math.min(s.end, f.end + 12)))) return undefined;
  if (firstCount !== f) return undefined;
  // "212 women were randomized to AB-101 and 208 to placebo": counts each assigned to a treatment are the arms' sizes, not
  // the trial's (a sentence that counts one group only, "420 women were randomized to AB-101 or placebo", states the whole)
  // (the other arm's count may leave out its noun: "and 208 to placebo")
  if (ASSIGNED_TO.test(after) && figuresBySentence(model)[si].some(x => x.start > f.end && ((x.figureKind === 'count' && PATIENT_UNITS.test(x.unit) && !isOutcomeCount(x)) || (x.figureKind === 'other' && x.unit === '' && ASSIGNED_TO_BARE.test(text.slice(x.end, x.end + 40)))))) return undefined;
  return { f, value, stage: planned ? 'planned' : 'actual' };
}

/** A trial's noun, then at most a few words and a verb of enrolment, right before a count: "The two-part study enrolled ", "the trial included ". */
const TRIAL_ENROLLED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(peopleWords.trialOfCount.nouns)})(?:\\s+[^\\s,;:()]+){0,3}?\\s+(?:${wordsPattern(peopleWords.enrolment.words)})\\s+$`, 'iu');
/** The "with" phrase after a count: up to a verb, a relative pronoun or a participle of enrolment, or the sentence's end (commas of its list within). */
const WITH_PHRASE = new RegExp(`^\\s(?:with|mit|avec|con|med)\\s[^.;:()\\n]{1,160}?(?=\\s(?:who|which|that|were|was|(?:${wordsPattern(peopleWords.enrolment.words)}))(?![\\p{L}])|[.;:()\\n]|$)`, 'iu');
/**
 * "The trial included 160 patients with EGFR-positive, ALK-negative disease": a trial that enrolled a count of people
 * described by a "with" phrase states its whole enrolment, the words of that phrase (a marker's status, "positive")
 * saying who was enrolled, not naming a subgroup. True when the sentence's other words name no other population.
 */
function describesTrialsEnrolment(text: string, s: { start: number; end: number }, f: FigureEntity): boolean {
  if (!TRIAL_ENROLLED_BEFORE.test(text.slice(Math.max(s.start, f.start - 80), f.start))) return false;
  const w = WITH_PHRASE.exec(text.slice(f.end, s.end));
  if (!w) return false;
  const rest = text.slice(s.start, f.end) + ' ' + text.slice(f.end + w[0].length, s.end);
  return !DIFFERENT_CONTEXT.test(withoutPriorTherapy(rest));
}

/** Right after a count of people, the words that assign it to one treatment: "were randomized to", "was assigned to" (not "1:1 to"). */
const ASSIGNED_TO = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:were|was|wurden)\s+(?:randomi[sz]ed|assigned|allocated|randomisiert)\s+(?:to|zu)\s/iu;
/** Right after a bare number, "to" and the treatment it was assigned to, the verb left out: "and 208 to placebo". */
const ASSIGNED_TO_BARE = /^\s+(?:to|zu)\s+\S/iu;

/** An indefinite article opening the phrase of a trial's noun and preposition right before a count: "a 2020 study of ", "in einer Studie mit ". */
const INDEFINITE_STUDY = new RegExp(`(?<![\\p{L}])(?:an?|one|ein|eine|einer|einem|une?|una)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}(?:${wordsPattern(peopleWords.trialOfCount.nouns)})(?:\\s+[\\p{L}\\d-]+)?\\s+(?:${wordsPattern(peopleWords.trialOfCount.prepositions)})\\s+$`, 'iu');
/** Right before a count: a trial's noun and a preposition ("trial with ", "Studie mit "), a name at most between ("Studie ACME-2 mit "). */
// (case-sensitive, for a name's capital: each noun also with its own capital, as a sentence opens on it)
const TRIAL_OF_COUNT = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(peopleWords.trialOfCount.nouns.flatMap(w => [w, w[0].toUpperCase() + w.slice(1)]))})(?:\\s+[\\p{Lu}\\d][\\p{L}\\d-]*)?\\s+(?:${wordsPattern(peopleWords.trialOfCount.prepositions)})\\s+$`, 'u');

/** Before a count: a trial noun and what it tests (claims.ts), then "in" ("study of AB-101 plus AB-202 in "). */
const TRIAL_IN_COUNT = new RegExp(`${TRIAL_AND_TESTED}[ ](?:in|bei|chez|hos)[ ]$`, 'iu');

/** "among the" right before a count. */
const AMONG_THE = /\b(?:among|unter)\s+(?:the|all|all the|den|allen)\s*$/i;
/** A sentence less "among the" right before a number: the words that mark a subgroup elsewhere in it are still read. */
const withoutAmongTheCount = (sentence: string): string => withoutPriorTherapy(sentence.replace(/\b(?:among|unter)(?=\s+(?:the|all|all the|den|allen)\s+\d)/gi, ''));
/**
 * "patients who had received at least two prior lines of therapy", "after previous chemotherapy": the treatment a
 * population had before the trial describes who was enrolled, no prior analysis or earlier study of another population.
 */
const PRIOR_THERAPY = /\b(?:prior|previous)\s+(?:[\p{L}-]+\s+)?(?:lines?|therap(?:y|ies)|treatments?|regimens?|chemotherap(?:y|ies)|immunotherap(?:y|ies)|systemic)\b/giu;
function withoutPriorTherapy(sentence: string): string { return sentence.replace(PRIOR_THERAPY, 'pretreated'); }
/** Whether a count of people is followed by the words of a trial's whole enrolment: "enrolled in ACME-3", "in the study" (no qualifier after). */
function wholeOfTrialAfter(model: DocumentModel, text: string, f: FigureEntity): boolean {
  const after = text.slice(f.end, f.end + 60);
  const lead = /^\s*(?:enrolled in|randomi[sz]ed in|treated in|in|of)\s+(?:the\s+)?/i.exec(after);
  if (!lead) return false;
  const pos = f.end + lead[0].length;
  const rest = text.slice(pos, pos + 40);
  const named = trialStartsAt(model, pos);
  const end = named ? named.end : /^(?:study|trial|Studie)\b/i.test(rest) ? pos + rest.search(/\b(?=[^\p{L}])|$/u) : -1;
  if (end < 0) return false;
  return !/^[\s,]*(?:who|that|which|with|evaluable|treated|receiving)\b/i.test(text.slice(end, end + 30));
}

/** The trial mention starting at a position (or a space or two after it), by binary search over the sorted entities. */
function trialStartsAt(model: DocumentModel, pos: number): { start: number; end: number } | undefined {
  const es = model.entities;
  let lo = 0, hi = es.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (es[mid].start < pos) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < es.length && es[k].start <= pos + 2; k++) if (es[k].kind === 'trial') return { start: es[k].start, end: es[k].end };
  return undefined;
}

/** The trial mention ending right before a position (a space, or the word "trial" or "study" after its name, between). */
function trialEndingAt(model: DocumentModel, text: string, pos: number): { start: number; end: number } | undefined {
  const gap = /(?:\s+(?:trial|study|Studie|essai|étude))?\s*$/iu.exec(text.slice(Math.max(0, pos - 12), pos))!;
  const end = pos - gap[0].length;
  const es = model.entities;
  let lo = 0, hi = es.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (es[mid].start < end) lo = mid + 1; else hi = mid; }
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (es[k].kind === 'trial' && es[k].end === end) return { start: es[k].start, end: es[k].end };
  return undefined;
}

/** Whether a sentence mentions a trial by name, registry number or phase. */
function trialIn(trials: ReturnType<typeof trialMentions>, s: { start: number; end: number }): boolean {
  const list = trials.list;
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < s.start) lo = mid + 1; else hi = mid; }
  return lo < list.length && list[lo].start < s.end;
}

/** A figure as written, less an adjective's noun: "120-patient" reads "120". */
function asWritten(model: DocumentModel, f: FigureEntity): string {
  return model.text.slice(f.start, f.end).replace(/-(?:patient|participant|subject|Patienten)$/, '');
}


/** Right before a count: a determiner that makes its group one the reader knows ("the", "all the", "its", "the trial's"). */
const DEFINITE_GROUP_BEFORE = /(?:^|[^\p{L}])(?:the|all(?: the)?|its|their|these|those|(?:the )?(?:trial|study)['\u2019]s|die|den|der|les|los|las|gli)\s+$/iu;
/** After a group's noun: words that narrow it to a part ("who responded", "with a mutation", "treated at 10 mg", "in the AB-101 arm"). */
const NARROWED_AFTER = /^[\s,]*(?:who|whom|whose|that|which|with|without|treated|receiving|given|on|at|evaluable|assigned|randomi[sz]ed to|in (?:the |each )?(?:[\p{L}\d-]+ )?(?:arms?|groups?|cohorts?|parts?)\b|die|mit|qui|avec)/iu;
/** The nouns that head a named part of a trial's people in any language (binding.json populations.heads): "Subgruppe", "sous-groupe", "coorte". */
const POPULATION_HEADS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(Object.keys(bindingWords.populations.heads).filter(k => !k.startsWith('$')))})`, 'iu');
/** A study noun, singular or plural, with what introduces it: an indefinite article, a possessive ("its study") or a word of another (people.json trialOfCount nouns). */
const STUDY_NOUN = new RegExp(`(?<![\\p{L}])(?:(an?|another|second|separate|other|new|one|its|their|une?|eine[rn]?|weitere[nr]?|andere[nr]?|seine[rn]?|ihre[rn]?)\\s+(?:[\\p{L}-]+\\s+){0,2})?(${wordsPattern(peopleWords.trialOfCount.nouns)})(s|n|es)?(?![\\p{L}])`, 'giu');
/** How many studies a document introduces: each indefinite or other study, and two for any plural ("studies", "trials"). */
function introducedStudies(text: string): number {
  if (/(?<![\p{L}])(?:studies|trials|studien|essais|études|estudios|studi)(?![\p{L}])/iu.test(text)) return 2;
  let n = 0;
  for (const m of text.matchAll(STUDY_NOUN)) {
    if (m[3]) return 2;
    if (m[1]) n++;
    if (n > 1) return n;
  }
  return n;
}
/** After a group's noun, the place or set it is in ("in the registry", "of the database"): the next word, unless a trial's. */
const IN_PLACE = /^\s+(?:in|of|from|at|aus|in der|im|dans|de)\s+(?:the\s+|this\s+|that\s+|our\s+|its\s+|der\s+|dem\s+|la\s+|le\s+|l')?([\p{L}\p{N}-]+)/iu;
/** A relative pronoun or a subset's word in a group's clause: "who", "that", "evaluable" (people.json analysisSets' first word). */
const RELATIVE_NARROWING = /(?<![\p{L}])(?:who|whom|whose|that|which|evaluable|qui|que)(?![\p{L}])/iu;
/** A noun for people, plural or singular (people.json units; "patient" in "a 310 patient study"). */
const PEOPLE_NOUN = new RegExp(`(?<![\\p{L}])(?:${PEOPLE_UNITS.join('|')}|patient|participant|subject)(?![\\p{L}])`, 'iu');
/** Nouns for anyone a trial enrols, whoever they are. */
const ANYONE_ENROLLED = new Set(['patients', 'patient', 'participants', 'participant', 'subjects', 'subject', 'people', 'volunteers']);
/** Participles that name the whole of a trial's people, no part of them ("the 31 enrolled patients", people.json). */
const WHOLE_PARTICIPLES = new Set(['enrolled', 'enroled', 'randomized', 'randomised', 'included', 'participating', 'study', 'trial']);

/**
 * The words between a count and its noun for people ("14 HER2-low patients": ["her2-low"]), less number words and the
 * participles that name the whole; undefined when no such noun follows within a few words.
 */
function modifiersOf(text: string, f: FigureEntity): string[] | undefined {
  const span = text.slice(f.start, Math.min(text.length, f.end + 40));
  const noun = PEOPLE_NOUN.exec(span);
  if (!noun || /[.;:()\n]/.test(span.slice(0, noun.index))) return undefined;
  const words = span.slice(0, noun.index).split(/[\s\u00a0]+/).filter(w => /\p{L}/u.test(w)).map(w => w.toLowerCase());
  if (words.length > 3) return undefined;
  return words.filter(w => !WHOLE_PARTICIPLES.has(w) && !w.split('-').every(x => WORD_VALUES.has(x))).sort();
}

/** Right after a group's noun: the participle that names the whole of a trial's people ("participants randomized"). */
const WHOLE_PARTICIPLE_AFTER = new RegExp(`^\\s+(?:${[...WHOLE_PARTICIPLES].filter(w => w !== 'study' && w !== 'trial').join('|')})(?![\\p{L}])`, 'iu');
/** Whether a count of people names itself the whole of the trial's: its participle of enrolment before its noun or right after it. */
function namesTheWhole(text: string, f: FigureEntity, nounEnd: number): boolean {
  const inner = text.slice(f.start, nounEnd).toLowerCase().split(/[\s\u00a0]+/);
  return inner.some(w => WHOLE_PARTICIPLES.has(w) && w !== 'study' && w !== 'trial') || WHOLE_PARTICIPLE_AFTER.test(text.slice(nounEnd, nounEnd + 20));
}

/** The noun for people after a count, lower case, when it names some people ("children", "women"); undefined for anyone enrolled ("patients"). */
function groupNounOf(text: string, f: FigureEntity): string | undefined {
  const noun = PEOPLE_NOUN.exec(text.slice(f.start, Math.min(text.length, f.end + 40)));
  const head = noun?.[0].toLowerCase();
  return head === undefined || ANYONE_ENROLLED.has(head) ? undefined : head;
}

/**
 * A definite count of people that is not narrowed to a part after its noun, in a clause free of words of another
 * population or analysis: "among the 301 patients in ACME-2", "the trial's 240 participants". Its modifiers and
 * where its noun ends, or undefined.
 */
function definiteGroup(model: DocumentModel, text: string, s: { start: number; end: number }, f: FigureEntity): { words: string[]; end: number } | undefined {
  if (f.figureKind !== 'count' || !PATIENT_UNITS.test(f.unit) || f.denominator !== undefined || f.comparator || !Number.isInteger(f.value)) return undefined;
  if (!DEFINITE_GROUP_BEFORE.test(text.slice(Math.max(s.start, f.start - 16), f.start))) return undefined;
  const mods = modifiersOf(text, f);
  if (!mods) return undefined;
  const span = text.slice(f.start, Math.min(s.end, f.end + 40));
  const noun = PEOPLE_NOUN.exec(span)!;
  const nounEnd = f.start + noun.index + noun[0].length;
  if (NARROWED_AFTER.test(text.slice(nounEnd, nounEnd + 40)) || SUBSET_COUNT.test(span.slice(0, noun.index))) return undefined;
  // "the 4,200 patients in the registry": a group in another place than a trial is not the trial's
  const place = IN_PLACE.exec(text.slice(nounEnd, nounEnd + 60));
  if (place && !trialStartsAt(model, nounEnd + place[0].length - place[1].length) && !/^(?:trial|study|studie|essai|étude|studio)$/i.test(place[1])) return undefined;
  // the sentence up to the end of the group's clause ("In the expansion cohort, the 36 participants"), less "among the"
  // before it: what a later clause compares the group with is no context of the group
  const tail = text.slice(nounEnd, s.end);
  const stop = tail.search(/[,;:()]/);
  // (a relative clause later in the group's clause narrows it too: "the 30 patients in the ACME-2 trial who completed week 52")
  if (RELATIVE_NARROWING.test((stop < 0 ? tail : tail.slice(0, stop)).slice(0, 80))) return undefined;
  const clause = withoutAmongTheCount(text.slice(s.start, nounEnd) + (stop < 0 ? tail : tail.slice(0, stop)));
  if (DIFFERENT_CONTEXT.test(clause) || PARTS.test(clause) || POPULATION_HEADS.test(clause)) return undefined;
  return { words: mods, end: nounEnd };
}

/** A paragraph's label, at its start up to a colon: "AB-202 (acmezumab): the study ...". */
const LABEL = /^[ \t\-\u2022*]*([^.:;\n]{2,40}):/;
/**
 * Each paragraph's drug: a drug's name in its label, else the first drug it names (by the names and spellings of the
 * document's drug mentions); undefined when it names none.
 */
function paragraphDrugs(model: DocumentModel, text: string): (pos: number) => string | undefined {
  const spellings = new Map<string, string>();
  const first = new Map<number, string>();
  for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
    if (e.kind !== 'drug') continue;
    spellings.set(e.text.toLowerCase(), e.name);
    const p = paragraphIndexAt(model, e.start);
    if (!first.has(p)) first.set(p, e.name);
  }
  const memo = new Map<number, string | undefined>();
  return pos => {
    const p = paragraphIndexAt(model, pos);
    if (memo.has(p)) return memo.get(p);
    let start = text.lastIndexOf('\n', pos - 1) + 1;
    for (let k = 0; k < 20 && start > 1 && paragraphIndexAt(model, start - 2) === p; k++) start = text.lastIndexOf('\n', start - 2) + 1;
    const label = LABEL.exec(text.slice(start, start + 48));
    let drug: string | undefined;
    if (label) for (const [w, name] of spellings) if (new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(label[1])) { drug = name; break; }
    drug ??= first.get(p);
    memo.set(p, drug);
    return drug;
  };
}

/** A label that names a study's enrolment (people.json enrolmentLabels): "Total participants randomised", "Total subjects randomized". */
const ENROLMENT_LABEL = new RegExp(`(?:^|[^\\p{L}])(?:(?:${wordsPattern(peopleWords.enrolmentLabels.openers)})\\s+)?(?:(?:${wordsPattern([...PEOPLE_UNITS, 'patient', 'participant', 'subject'])})\\s+(?:${wordsPattern(peopleWords.enrolment.words)})|(?:${wordsPattern(peopleWords.enrolment.words)})\\s+(?:${wordsPattern([...PEOPLE_UNITS])}))\\s*[:=|]?\\s*$`, 'iu');
/** A table's column of all the trial's people, or none named. */
const WHOLE_COLUMN = /^\s*(?:total|all|overall|all patients|n)?\s*$/i;

/**
 * Whether a number is the value of a label that names the enrolment, right after it ("Total participants enrolled 64",
 * "Patients randomized: 412"), or in a row so labelled under a column of the whole.
 */
function enrolmentLabelled(text: string, f: FigureEntity): boolean {
  if ((f.figureKind !== 'count' && f.figureKind !== 'other') || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.denominator !== undefined || f.comparator) return false;
  if (f.table) return testPiece(ENROLMENT_LABEL, f.table.row) && WHOLE_COLUMN.test(f.table.column);
  // (a fact sheet's lines may reach a check joined into one paragraph: the label is read back from the number, not from a line's start)
  if (!testPiece(ENROLMENT_LABEL, text.slice(Math.max(0, f.start - 60), f.start))) return false;
  return !beforeAnotherColumn(text, f);
}

/** A second number right after a figure, no word between but brackets and separators: another column's ("210 (100) | 415 (100)", each arm's size). */
function beforeAnotherColumn(text: string, f: FigureEntity): boolean {
  // (a comma opens a clause: "enrolled 120 patients, 60 in each arm" states the whole first)
  return readPiece(numberFirst, text.slice(f.end, f.end + 40));
}
/** Whether a stretch opens on a number once its brackets are dropped (a pure reading, kept by its text). */
const numberFirst = (after: string): boolean => /^[\s|]*\d/.test(after.replace(/\([^()]*\)/g, ''));
