/**
 * claimed-ratio: a verbal claim the numbers beside it do not support. "7-fold improvement (36 %
 * vs 12 %)" is 3-fold; "more than doubled (48 % vs 30 %)" is 1.6 times; "halved (40 % to 28 %)";
 * "reduced the risk of death by 72 % (HR 0.58)" where an HR of 0.58 means 42 %. Only claims whose
 * two compared figures stand in the same sentence are judged, with room for the rounding of the
 * written numbers, so a claim is reported only when no reading of them can support it.
 */
import { memoSpanText } from '../memo';
import { roundingRoom } from '../claims';
import { Check, decimalsOf, entitiesWithin, figuresBySentence, halfUnit, armOf, isControlArmFigure, isDurationGap, normalizedText, paragraphIndexAt, sentenceIndexAt, wordsPattern, type CheckFinding, figuresOf } from './check';
import type { FigureEntity, DocumentModel } from '../model';
import { sentenceAt } from '../link';
import { PEOPLE_PATTERN } from '../people';
import { allocationAgainstArms } from './allocation';
import { tableDifferences } from './tableDifferences';
import words from '../../../lexicon/grammar/comparisons.json';
import numberWords from '../../../lexicon/builtin/numbers.json';
import claimWords from '../../../lexicon/grammar/claims.json';
import { ClaimedSet, SentenceReuse } from './sentenceReuse';
import { gainOverComparator, changeFromNamedBefore, sizeOfLevelAgainstItsComparison, debutMoves, wideReads, multipleRange, priorInNextSentence, signedChanges, demonstrativeChange, demonstrativeBetter, demonstrativePosition, unspacedChanges, sizesToDestination, absoluteChangeNamedAfter, absoluteChanges, relativeAfterComparedPair, respectivelyChanges, changeAfterPair, comparedGroups, namedChange, positionClaims, relativeToStandard, splitChangeRanges, statedChanges, tableChanges } from './claimedChange';

const CODE = 'claimed-ratio';
const MAX_FIGURES = 40;

interface Claim { start: number; end: number; low: number; high: number; words: string }

const M = words.multiples;
const HEDGE_OF = new Map<string, string>(M.hedges.flatMap(h => h.words.map(w => [w.toLowerCase(), h.reads] as [string, string])));
const NUMBER_OF = new Map<string, number>(Object.entries(M.numbers as Record<string, number>).map(([k, v]) => [k.toLowerCase(), v]));
const STANDALONE_OF = new Map<string, number>(Object.entries(M.standalone as Record<string, number>).map(([k, v]) => [k.toLowerCase(), v]));
/**
 * "more than three times", "nearly doubled", "trois fois plus", "fünfmal so": a hedge, then a
 * number word or numeral with a word for times, or a word that is a multiple by itself. Letters
 * around it end it, so "double-blind" and "three times daily" (a dosing schedule) are no claims.
 */
const MULTIPLE = new RegExp(`(?<![\\p{L}\\d])(?:(${wordsPattern(M.hedges.flatMap(h => h.words))})\\s+)?(?:(${wordsPattern(Object.keys(M.numbers))}|\\d+(?:[.,]\\d+)?)\\s?(${wordsPattern(M.times)})|(${wordsPattern(Object.keys(M.standalone))}))(?![\\p{L}-])(?!\\s+(?:${wordsPattern(M.notAComparison)})\\b)`, 'giu');
/** What follows a multiple that is a threshold or a schedule (the words of notAComparison): no claim. */
const NOT_A_COMPARISON = new RegExp(`^\\s+(?:${wordsPattern(M.notAComparison)})(?![\\p{L}])`, 'iu');
/** People counted, perhaps their share in brackets, then a verb of having (comparisons.json multiples criterionVerbs) and an article, right before a multiple. */
const CRITERION_BEFORE = new RegExp(`(?<![\\p{L}])(?:${PEOPLE_PATTERN})(?:\\s*\\([^()]{1,20}\\))?\\s+(?:${wordsPattern(M.criterionVerbs)})\\s+(?:an?\\s+)?(?:(?:${wordsPattern(M.comparatives)})\\s+)?$`, 'iu');
/** After a multiple, in its clause: the share of people it is found in ("in 30% of recipients": comparisons.json multiples criterionShares). */
const CRITERION_SHARE_AFTER = new RegExp(`^[^.;]{0,100}?(?<![\\p{L}])(?:${wordsPattern(M.criterionShares.before)})\\s+\\d[\\d.,]*\\s?%\\s+(?:${wordsPattern(M.criterionShares.of)})\\s`, 'iu');
/**
 * Whether a multiple (start..end, in sentence s) claims no ratio of the figures around it: a multiple of a reference ("ALT
 * below 2.5 times the upper limit", "< 1.5 x ULN") is a threshold; one that counted people had ("eight patients (20%) had a
 * more than 3-fold fall") or that is found in a share of people ("in 30% of recipients") is the criterion they met.
 */
function thresholdOrCriterion(text: string, s: { start: number; end: number }, start: number, end: number): boolean {
  return NOT_A_COMPARISON.test(text.slice(end, end + 40)) || CRITERION_BEFORE.test(text.slice(Math.max(s.start, start - 60), start))
    || CRITERION_SHARE_AFTER.test(text.slice(end, Math.min(s.end, end + 120)));
}
const HALVES = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.halves.words)})(?![\\p{L}])`, 'giu');

// risk may close a compound ("Sterberisiko", "dödsrisken")
const RISK_WORD = new RegExp(`(?:${wordsPattern(words.riskReduction.risk)})`, 'iu');
/** "hazard ratio": the name of the ratio, not the hazard a claim reduces ("the hazard of progression was reduced by 35 %"). */
const RATIO_NAME = /hazards?[\s-]+ratios?/giu;
const RISK = { test: (clause: string) => RISK_WORD.test(clause.replace(RATIO_NAME, ' ')) };
/** "reduced the odds of relapse by 40 % (OR 0.60)": the odds, whose reduction an odds ratio states (not the name "odds ratio"). */
const ODDS_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.riskReduction.odds)})(?![\\p{L}])(?!\\s*-?\\s*ratio)`, 'iu');
/** Whether a sentence speaks of odds (a pure reading of its text, kept with it). */
const namesOdds = (sentence: string): boolean => ODDS_WORD.test(sentence);
/** Words of scripts written without spaces (Chinese, Japanese, Korean stems): they may follow a letter ("风险降低"). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** An abbreviation in its brackets, "(HHF)": no bracket of the claim's own. */
const ABBREVIATION_BRACKET = /\(\p{Lu}[\p{L}\d-]{0,11}\)/gu;
/** Right before a ratio: the bracket it opens and its name ("(HR=", "(hazard ratio, "). */
const RATIO_OPENS_BRACKET = new RegExp(`\\(\\s*(?:${wordsPattern(Object.keys(numberWords.ratioNames).filter(k => !k.startsWith('$')))})?\\s*[=:,]?\\s*$`, 'iu');
const REDUCTION = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.riskReduction.reduction.filter(w => !UNSPACED.test(w)))})|(?:${wordsPattern(words.riskReduction.reduction.filter(w => UNSPACED.test(w)))})`, 'iu');
const ABSOLUTE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.riskReduction.notRelative)})`, 'iu');
/** "a 28 % difference in the relative risk of death (HR 0.72)": a difference in a risk named relative is the reduction its ratio states. */
const DIFFERENCE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.riskReduction.difference)})(?![\\p{L}])`, 'iu');
const RELATIVE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.riskReduction.relative)})(?![\\p{L}])`, 'iu');

export const claimedRatio: Check = {
  code: CODE,
  description: 'A claim ("7-fold", "doubled", "halved", "reduced the risk by 72 %") that the figures it compares do not support.',
  defaultSeverity: 'warning',
  run(model) {
    const out: CheckFinding[] = [];
    const figs = figuresOf(model);
    // the document's hazard and risk ratios, filtered once, when a sentence first asks for them
    let ratiosOfDocument: FigureEntity[] | undefined;
    const documentRatios = () => { reuse.taint(); return (ratiosOfDocument ??= figs.filter(isHr)); };
    const bySentence = figuresBySentence(model);
    const indexOf = new Map(model.sentences.map((s, i) => [s, i]));
    // a sentence with many figures is a table or a list, not a claim with its two figures: never judged,
    // which also keeps the work per claim bounded
    const inSentence = (s: { start: number; end: number }) => {
      const fs = bySentence[indexOf.get(s as { start: number; end: number }) ?? -1] ?? [];
      return fs.length > MAX_FIGURES ? [] : fs;
    };
    // a claim may conclude from the sentence before it in the same paragraph ("... 48 % vs 22 %. The rate thus more than doubled.")
    const previous = (s: { start: number; end: number }) => {
      const i = indexOf.get(s as { start: number; end: number }) ?? -1;
      const p = i > 0 ? model.sentences[i - 1] : undefined;
      return p && !/\n[ \t]*\n/.test(model.text.slice(p.end, s.start)) ? p : undefined;
    };
    // the sentence after, in the same paragraph
    const next = (s: { start: number; end: number }) => {
      const i = indexOf.get(s as { start: number; end: number }) ?? -1;
      const n = i >= 0 ? model.sentences[i + 1] : undefined;
      return n && !/\n[ \t]*\n/.test(model.text.slice(s.end, n.start)) ? { span: n, figs: inSentence(n) } : undefined;
    };
    const around = (s: { start: number; end: number }, pick: (fs: FigureEntity[]) => boolean, claim?: { start: number; end: number }) => {
      const own = inSentence(s).filter(f => !claim || f.end <= claim.start || f.start >= claim.end);
      if (pick(own) || own.length > 0) return own; // only a sentence with no figures of its own concludes from the one before
      const p = previous(s);
      return p ? inSentence(p) : own;
    };
    const isLike = (f: FigureEntity) => comparable(f) && !amountKind(f) && !f.timepoint;
    const hasPair = (fs: FigureEntity[]) => fs.filter(isLike).length >= 2;
    // "The rate of CRS was halved compared with the first product, in which 88.0 % had CRS": the claim's
    // sentence gives the comparator's figure; the figure it is compared with is the one figure of the
    // same endpoint and unit in the sentence before (same paragraph)
    const withPrevious = (s: { start: number; end: number }, own: FigureEntity[]): FigureEntity[] => {
      const like = own.filter(isLike);
      if (like.length !== 1 || !like[0].binding.endpoint || like[0].start < s.start) return own;
      const p = previous(s);
      if (!p) return own;
      const f = like[0];
      const before = inSentence(p).filter(x => isLike(x) && x.binding.endpoint === f.binding.endpoint && x.figureKind === f.figureKind && x.unit === f.unit);
      return before.length === 1 ? [before[0], f] : own;
    };

    const text = normalizedText(model);
    // "N-fold" figures
    for (let fI = 0, figs_ = figs; fI < figs_.length; fI++) { const f = figs_[fI];
      // a multiple written with digits ("3-fold", "2.5x"); one in words ("doubled") is read below with its hedge
      if ((f.figureKind !== 'ratio' && f.figureKind !== 'other') || f.unit !== 'fold' || typeof f.value !== 'number' || !/\d/.test(f.text)) continue;
      const s = sentenceAt(model.sentences, f.start);
      if (!s) continue;
      if (thresholdOrCriterion(text, s, f.start, f.end)) continue;
      const n = f.value;
      const d = 0.5 * 10 ** -decimalsOf(model.text.slice(f.start, f.end));
      const cmp = f.comparator;
      const low = cmp === '>' || cmp === '\u2265' ? n : n - d - 0.05 * n;
      const high = cmp === '<' || cmp === '\u2264' ? n : cmp === '>' || cmp === '\u2265' ? Infinity : n + d + 0.05 * n;
      // (the multiple is no figure of its sentence's own: "This is a 4-fold rise." concludes from the sentence before)
      judge(model, { start: f.start, end: f.end, low, high, words: model.text.slice(f.start, f.end) }, around(s, fs => hasPair(fs.filter(x => x !== f)), f).filter(x => x !== f), out);
    }
    // "a 50 % higher response rate (45 % vs 30 %)", "a 40 % reduction in relapses (18 % vs 30 %)"
    // figures a claim has already been judged on: no second finding from another reading
    const claimed = new ClaimedSet();
    for (let fI = 0, figs_ = figs; fI < figs_.length; fI++) { const f = figs_[fI];
      if (f.figureKind !== 'percent' || f.unit !== '%' || typeof f.value !== 'number' || f.comparator === '~') continue;
      const word = RELATIVE_CLAIM.exec(text.slice(f.end, f.end + 30));
      if (!word) continue;
      const s = sentenceAt(model.sentences, f.start);
      if (!s) continue;
      let like = inSentence(s).filter(x => x !== f && isLike(x) && x.figureKind === 'percent' && x.start > f.end);
      // "30 % fewer hospitalizations (140 vs 200)": two counts of one unit in brackets right after the claim's noun
      if (like.length === 0) like = countsInBrackets(normalizedText(model), s, inSentence(s), f);
      if (like.length !== 2 || like[0].unit !== like[1].unit) continue;
      // (figures that are changes themselves, "a 16 % reduction (vs. a 4 % increase)", are no two levels the claim compares)
      if (like.some(x => x.figureKind === 'percent' && RELATIVE_CLAIM.test(text.slice(x.end, x.end + 30)))) continue;
      claimed.add(f.start);
      judgeRelative(model, f, word[0].trim(), !!word[1], like[0], like[1], out);
    }
    // "doubled", "three times", "halved": no two claims on the same words, none on a figure the
    // recogniser already read as a multiple ("3-fold")
    const folds = figs.filter(f => (f.figureKind === 'ratio' || f.figureKind === 'other') && f.unit === 'fold' && /\d/.test(f.text));
    let fi = 0; // figures never overlap and sentences come in order: the folds of each sentence in one sweep
    // each sentence's reading below depends on its window alone (the sentences around it, their figures, the claims
    // made in it before): the last run's is replayed for a sentence whose window an edit left as it was
    const reuse = new SentenceReuse(CODE, model, claimed);
    for (let sI = 0; sI < model.sentences.length; sI++) { const s = model.sentences[sI];
      while (fi < folds.length && folds[fi].end <= s.start) fi++;
      if (reuse.replay(sI, out)) continue;
      reuse.begin(sI, out);
      const wide = wideReads.n;
      // the sentence's figures and its neighbours in the paragraph, found once for the readings below (each a function of the sentence alone)
      const own = inSentence(s), before = previous(s), after = next(s);
      const beforeFigs = before ? inSentence(before) : [];
      const taken: [number, number][] = [];
      for (let k = fi; k < folds.length && folds[k].start < s.end; k++) taken.push([folds[k].start, folds[k].end]);
      const claims: { a: number; b: number; low: number; high: number; words: string }[] = [];
      const memo = memoSpanText(text, model.sentences, s);
      for (let mI = 0, mList = memo.matchAll(MULTIPLE); mI < mList.length; mI++) { const m = mList[mI];
        const n = m[4] ? STANDALONE_OF.get(m[4].toLowerCase().replace(/\s+/g, ' ')) : NUMBER_OF.get(m[2].toLowerCase()) ?? Number(m[2].replace(',', '.'));
        if (!n || !Number.isFinite(n) || n < 1.5) continue;
        if (thresholdOrCriterion(text, s, s.start + m.index!, s.start + m.index! + m[0].length)) continue;
        const [low, high] = multipleRange(n, m[1] ? HEDGE_OF.get(m[1].toLowerCase().replace(/\s+/g, ' ')) : undefined);
        claims.push({ a: s.start + m.index!, b: s.start + m.index! + m[0].length, low, high, words: m[0] });
      }
      for (let mI = 0, mList = memo.matchAll(HALVES); mI < mList.length; mI++) { const m = mList[mI];
        const a = s.start + m.index!, b = a + m[0].length;
        // "halved the risk of death (HR 0.51)": a risk halved is a ratio of about one half, read against the ratio itself
        if (halvedRisk(model, s, own, a, b, out)) { taken.push([a, b]); continue; }
        claims.push({ a, b, low: 0.4, high: 0.6, words: m[0] });
      }
      // a multiple in words the recogniser read and the lists above do not hold ("more than triple"): its comparator is its hedge
      for (let fI = 0, own_ = own; fI < own_.length; fI++) { const f = own_[fI];
        if (f.unit !== 'fold' || /\d/.test(f.text) || typeof f.value !== 'number' || f.value < 1.5 || thresholdOrCriterion(text, s, f.start, f.end)) continue;
        const hedge = f.comparator === '>' || f.comparator === '\u2265' ? 'above' : f.comparator === '<' || f.comparator === '\u2264' ? 'below' : f.comparator === '~' ? 'about' : undefined;
        const [low, high] = multipleRange(f.value, hedge);
        claims.push({ a: f.start, b: f.end, low, high, words: model.text.slice(f.start, f.end) });
      }
      for (let cI = 0; cI < claims.length; cI++) { const c = claims[cI];
        if (taken.some(([x, y]) => c.a < y && x < c.b)) continue;
        taken.push([c.a, c.b]);
        // the claim's own words may have been read as a figure ("doubled"): it is no figure compared
        const claimSpan = { start: c.a, end: c.b };
        const claim = { start: c.a, end: c.b, low: c.low, high: c.high, words: c.words };
        const standard = standardPair(model, own, claimSpan, beforeFigs) ?? nextSentencePair(text, s, own, claimSpan, after);
        const candidates = standard ? undefined : withPrevious(s, around(s, hasPair, claimSpan)).filter(f => f.end <= c.a || f.start >= c.b);
        // "the drug more than doubled response rates": a claim whose sentence (and the one before) states no figures, naming
        // its endpoint right after it, is of the document's one pair of that endpoint's rates, for two arms
        const distant = candidates && !candidates.some(isLike) ? endpointPairOfDocument(model, figs, claimSpan) : undefined;
        if (distant) reuse.taint();
        if (standard) judge(model, claim, standard, out, true);
        else if (distant) judge(model, claim, distant, out, true);
        else judge(model, claim, candidates!, out, false, beforeFigs);
      }
      riskReductions(model, s, own, beforeFigs, out, documentRatios, after?.figs ?? []);
      // "lowered its target to $18 from $24", "a 25 % discount to the $12.00 close"
      // (the size a lead paragraph states alone may be the next paragraph's: the sentence before, in any paragraph)
      const lead = model.sentences[(indexOf.get(s) ?? 0) - 1];
      statedChanges(model, s, own, out, claimed, lead, lead ? inSentence(lead) : []);
      relativeToStandard(model, s, own, beforeFigs, out, claimed);
      // "rose 28 % to $61.8 million. In the prior-year quarter, revenue was $48.3 million."
      const following = model.sentences[(indexOf.get(s) ?? -2) + 1];
      priorInNextSentence(model, s, own, following, following ? inSentence(following) : [], out, claimed);
      // "increased the ORR by more than 70 % over Y", then "68 % ORR compared to 45 %"
      gainOverComparator(model, s, own, following ? inSentence(following) : [], out, claimed);
      // "$61.8 million (+28 %) compared with $52.2 million", "61,8 Mio. Euro (Vorjahr: 52,2 Mio. Euro), +28 %"
      signedChanges(model, s, own, out, claimed);
      // "前年同期比28%増の61.8億円（前年同期は52.2億円）"
      unspacedChanges(model, s, own, following ? inSentence(following) : [], out, claimed);
      // "... compared with $48.3 million. This represents an increase of 28 %."
      demonstrativeChange(model, s, own, before, beforeFigs, out, claimed);
      // "64 % of patients reached the goal. This compares favorably with the 58 % of a historical control."
      demonstrativeBetter(model, s, own, before, beforeFigs, out, claimed);
      changeFromNamedBefore(model, s, own, before, beforeFigs, out, claimed);
      // "4.2 and 1.9 before and after, respectively, a reduction of 55 %"
      changeAfterPair(model, s, own, out, claimed);
      // "... compared with $5.2 million. The increase in costs ..."
      namedChange(model, s, before, beforeFigs, out, claimed);
      // "$120.5 million, an increase of $22.3 million compared with $98.2 million"; "... The $2.0 million increase in costs"
      absoluteChanges(model, s, own, out, claimed);
      // "increased $2.0 million, or 25 %, to $10.0 million"
      sizesToDestination(model, s, own, out, claimed);
      absoluteChangeNamedAfter(model, s, own, before, beforeFigs, out, claimed);
      // "$12.5 million, compared to $21.8 million a year earlier, a decrease of 43 %"
      relativeAfterComparedPair(model, s, own, out, claimed);
      // "decreased to A1 and A2 ..., respectively, from B1 and B2"
      respectivelyChanges(model, s, own, out, claimed);
      // "more frequent with the drug than with placebo (8 % vs 14 %)", "similar rates (42 % and 21 %)"
      comparedGroups(model, s, own, out, claimed);
      // "45 % versus 30 %, a relative improvement of 50 %"; "cut the relapse rate by 33 % (20 % vs 30 %)"
      relativeSizesOfPairs(model, s, own, out, claimed);
      // "$6.40 per share, below its last close of $5.90"
      positionClaims(model, s, own, out, claimed, before, beforeFigs);
      // "... at $9 per share. This, though, sat below the range of $10 to $12."
      demonstrativePosition(model, s, own, before, beforeFigs, out, claimed);
      if (wideReads.n !== wide) reuse.taint();
      reuse.end(sI, out);
    }
    reuse.finish();
    // "the 80 mg dose achieved a 35 percentage point delta to placebo": the rates of the two arms, wherever stated
    pointsBetweenArms(model, figs, bySentence, out, claimed);
    // "| Response | 20 (40.0) | 12 (24.0) | 21.0 |" under "Difference": the row's two shares give 16.0 points
    out.push(...tableDifferences(model, claimed));
    // "the second-largest round, $310 million ... third place with $340 million"
    out.push(...ranksAgainstAmounts(model, bySentence));
    // "12 cases among the vaccinated and 40 among the controls, an efficacy of 90%"
    out.push(...efficacyFromCases(model, figs, bySentence));
    out.push(...fractionWordsAgainstRates(model, bySentence));
    out.push(...durationGaps(model, bySentence));
    out.push(...allocationAgainstArms(model, bySentence));
    // "Total revenue of $48.6 million, up 32 %" in a summary, its text comparing $48.6 million with $36.8 million
    out.push(...sizeOfLevelAgainstItsComparison(model, bySentence, claimed));
    // "Q3 2027 | Q3 2026 | Change" over "Revenue | $4.4 million | $2.0 million | 120.0%"
    tableChanges(model, out, claimed);
    // "priced its IPO at $15 per share", then "on its first day the stock closed at $21.00, up 40 %"
    debutMoves(model, bySentence, out, claimed);
    return out;
  },
};

/**
 * A relative risk reduction against its hazard ratio: "reduced the risk of death by 35 % (HR 0.65)",
 * "a 35 % reduction in the risk of progression (HR 0.65)", "das Risiko um 35 Prozent verringert
 * (HR 0,65)". A percentage with a word of risk and of reduction in its clause is a claim; its ratio is
 * the hazard or risk ratio nearest after it in the sentence (a "respectively" list pairs them in
 * order), else the nearest before, else the first of the sentence before when its own states none.
 * An absolute risk reduction is no such claim.
 */
/** A hazard or risk ratio below 1: what a risk reduction is read from. */
const isOr = (f: FigureEntity) => f.figureKind === 'ratio' && f.unit === 'OR' && typeof f.value === 'number' && f.value > 0 && f.value < 1;
const isHr = (f: FigureEntity) => f.figureKind === 'ratio' && (f.unit === 'HR' || f.unit === 'RR') && typeof f.value === 'number' && f.value > 0 && f.value < 1;

function riskReductions(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], before: FigureEntity[], out: CheckFinding[], documentRatios: () => FigureEntity[] = () => [], after: FigureEntity[] = []): void {
  // (a sentence of no figure claims nothing: every reading below, the distant one's too, goes by the sentence's own
  // percentages; asked of every sentence, it is passed over before its readings are looked up)
  if (inS.length === 0) return;
  const text = normalizedText(model);
  // (an odds ratio states the reduction of the odds, when a claim of its sentence speaks of odds)
  // (the sentence's answer kept with its text: an edit elsewhere asks it of the memo)
  const odds = memoSpanText(text, model.sentences, s).read(namesOdds);
  const own = inS.filter(f => isHr(f) || (odds && isOr(f)));
  // a sentence that states no ratio concludes from the one before ("... (HR 0.65). The drug thus reduced the risk by 35 %."), its first ratio;
  // else it is stated by the next of its paragraph, when that states one ratio and no claim of its own ("... by 35 %. The hazard ratio was 0.65.")
  let ratios = own.length ? own : before.filter(isHr).slice(0, 1);
  // (one claim, one ratio: a sentence of two reductions, "by 38 % ..., while ... by 43 %", is no one ratio's)
  if (!ratios.length && after.filter(isHr).length === 1 && !after.some(f => f.figureKind === 'percent' && f.unit === '%')
    && inS.filter(f => f.figureKind === 'percent' && f.unit === '%').length === 1) ratios = after.filter(isHr);
  if (inS.length > MAX_FIGURES) return;
  if (ratios.length === 0) { distantRiskReductions(model, s, inS, out, documentRatios); return; }
  let lastClaim: FigureEntity | undefined;
  for (let pI = 0, inS_ = inS; pI < inS_.length; pI++) { const p = inS_[pI];
    if (p.figureKind !== 'percent' || p.unit !== '%' || typeof p.value !== 'number' || (p.comparator && p.comparator !== '~')) continue;
    // the clause around the percentage: back to the previous figure or clause mark, on to the next
    const prev = inS.filter(f => f.end <= p.start).pop();
    const from = Math.max(s.start, prev ? prev.end : s.start, p.start - 90);
    const next = inS.find(f => f.start >= p.end);
    const to = Math.min(s.end, next ? next.start : s.end, p.end + 60);
    const clause = text.slice(from, to);
    // "by 35 % (HR 0.65) and 20 % (HR 0.80)": a list goes on with the claim before it
    const listed = lastClaim !== undefined && prev !== undefined && prev.start >= lastClaim.start
      && text.slice(prev.end, p.start).split(/[^\p{L}]+/u).filter(Boolean).length <= 2;
    const claimWords = (c: string) => (RISK.test(c) || (odds && ODDS_WORD.test(c))) && (REDUCTION.test(c) || (DIFFERENCE.test(c) && RELATIVE.test(c)));
    // ("a 45 % reduction in hospital stays (HR 0.82; ...)": a reduction of an event whose ratio opens the bracket
    // right after its noun phrase is the ratio's complement, whether or not the sentence says "risk")
    const bracketed = !!next && isHr(next) && REDUCTION.test(text.slice(p.end, Math.min(p.end + 24, next.start))) && next.start - p.end <= 120
      && RATIO_OPENS_BRACKET.test(text.slice(Math.max(p.end, next.start - 24), next.start)) && (text.slice(p.end, next.start).replace(ABBREVIATION_BRACKET, ' ').match(/\(/g) ?? []).length === 1;
    if (!listed && !bracketed && !claimWords(clause) && !claimWords(governingClause(text, s, inS, p))) continue;
    if (ABSOLUTE.test(clause)) continue;
    lastClaim = p;
    // nearest after, else before; farther in a long sentence only its one ratio, of the claim's endpoint, or the
    // first ratio after it of the claim's endpoint ("by 30 % versus placebo in men with ... [median rPFS ... (HR 0.70)]")
    const hr = own.length ? ratios.find(f => f.start >= p.end && f.start - p.end <= 160) ?? [...ratios].reverse().find(f => f.end <= p.start && p.start - f.end <= 160)
      ?? (own.length === 1 && p.binding.endpoint && own[0].binding.endpoint === p.binding.endpoint ? own[0] : undefined)
      ?? (p.binding.endpoint && namesEndpointBefore(model, p) ? ratios.find(f => f.start >= p.end && f.start - p.end <= FAR_RATIO && f.binding.endpoint === p.binding.endpoint) : undefined) : ratios[0];
    if (!hr) continue;
    // (a ratio of the next sentence measures the claim's endpoint, when both name one)
    const differ = (a: string | undefined, b: string | undefined) => !!a && !!b && a !== b;
    if (!own.length && after.includes(hr) && (differ(p.binding.endpoint, hr.binding.endpoint) || differ(p.binding.trial, hr.binding.trial) || differ(p.binding.drug, hr.binding.drug))) continue;
    // (nor is a subgroup's ratio, "In the PD-L1-high subgroup, ... HR 0.60", the ratio of a claim that names no subgroup)
    // (the claim is then read as one far from its ratio, against the document's ratios of its endpoint and population)
    if (!own.length && after.includes(hr) && hr.binding.subgroup && !p.binding.subgroup) { distantRiskReductions(model, s, [p], out, documentRatios); continue; }
    const claimed = p.value;
    const implied = (1 - (hr.value as number)) * 100;
    const surface = model.text.slice(p.start, p.end);
    if (reductionFits(model, p, hr)) continue;
    // (a claim read against a ratio of another sentence that fits another ratio of the document may be that one's)
    if (!own.length && documentRatios().some(h => reductionFits(model, p, h))) continue;
    const num = /\d+(?:[.,]\d+)?/.exec(surface);
    const fix = implied.toFixed(decimalsOf(surface));
    out.push({
      message: `A ${claimed} % ${hr.unit === 'OR' ? 'reduction of the odds' : 'risk reduction'} does not match ${hr.unit} ${hr.value}: 1 \u2212 ${hr.value} = ${implied.toFixed(0)} %.`,
      start: p.start, end: p.end,
      related: [{ start: hr.start, end: hr.end, message: `${hr.unit} ${hr.value}` }],
      data: { claimed, hazardRatio: hr.value as number, implied: Number(implied.toFixed(2)) },
      // the hazard ratio is what was measured; the reduction is derived from it
      fixes: num ? [{ title: `Replace ${claimed} % with ${fix} %`, edits: [{ start: p.start + num.index, end: p.start + num.index + num[0].length, newText: num[0].includes(',') ? fix.replace('.', ',') : fix }] }] : [],
    });
  }
}

/** How far after a multiple the endpoint it claims of may be named ("tripled response rates"). */
const ENDPOINT_AFTER_CLAIM = 40;
/**
 * The document's one pair of rates of the endpoint named right after a claim (no figure between): exactly two shares
 * of that endpoint, outside tables, with no time point, of two arms (one the drug's, the other another arm's), stated
 * in one sentence; undefined otherwise.
 */
function endpointPairOfDocument(model: DocumentModel, figs: readonly FigureEntity[], claim: { start: number; end: number }): FigureEntity[] | undefined {
  const named = entitiesWithin(model.entities, claim.end, claim.end + ENDPOINT_AFTER_CLAIM).find(e => e.kind === 'endpoint');
  if (!named || figs.some(f => f.start >= claim.end && f.start < named.start)) return undefined;
  const rates = figs.filter(f => f.binding.endpoint === named.name && f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number'
    && !f.comparator && !f.table && !f.timepoint && !f.binding.timepoint && !f.binding.subgroup);
  if (rates.length !== 2 || sentenceIndexAt(model, rates[0].start) !== sentenceIndexAt(model, rates[1].start)) return undefined;
  const [a, b] = rates;
  const arm = (f: FigureEntity) => f.binding.arm ?? (f.binding.drug ? `drug:${f.binding.drug}` : '');
  return arm(a) && arm(b) && arm(a).toLowerCase() !== arm(b).toLowerCase() ? rates : undefined;
}

/** The ratios a risk said to be halved may have: about one half, read loosely (writers round a ratio of 0.55 or 0.45 to a half). */
const HALVED_LOW = 0.35, HALVED_HIGH = 0.65;
/** How many words before or after a word of halving the risk it halves may stand ("the risk of death was halved", "halved the risk"). */
const HALVED_WORDS_BEFORE = 6, HALVED_WORDS_AFTER = 3;
/**
 * "AB-101 halved the risk of progression (HR 0.52)", "das Sterberisiko wurde halbiert (HR 0,52)": a word of halving
 * with a word of risk a few words from it (no figure between) claims a hazard or risk ratio of about one half; its
 * ratio is the sentence's nearest after it, else before (as a stated reduction's). A ratio outside the loose half
 * (`HALVED_LOW` to `HALVED_HIGH`, with the ratio's own rounding) is reported. True when the words are such a claim
 * (then no pair of figures is read as what was halved), whether or not it is reported.
 */
function halvedRisk(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], a: number, b: number, out: CheckFinding[]): boolean {
  const text = normalizedText(model);
  const prev = inS.filter(f => f.end <= a).pop(), next = inS.find(f => f.start >= b);
  const lead = text.slice(Math.max(s.start, prev ? prev.end : s.start, a - 90), a).split(/\s+/u).filter(Boolean).slice(-HALVED_WORDS_BEFORE).join(' ');
  const trail = text.slice(b, Math.min(s.end, next ? next.start : s.end, b + 60)).split(/\s+/u).filter(Boolean).slice(0, HALVED_WORDS_AFTER).join(' ');
  if (!RISK.test(lead) && !RISK.test(trail)) return false;
  const ratios = inS.filter(isHr);
  const hr = ratios.find(f => f.start >= b && f.start - b <= 160) ?? [...ratios].reverse().find(f => f.end <= a && a - f.end <= 160);
  if (!hr) return false;
  const v = hr.value as number, dv = 0.5 * 10 ** -decimalsOf(model.text.slice(hr.start, hr.end));
  if (v + dv >= HALVED_LOW && v - dv <= HALVED_HIGH) return true;
  out.push({
    message: `\u201c${model.text.slice(a, b)}\u201d the risk claims a ratio of about 0.5, but ${hr.unit} ${hr.value} is a ${Math.round((1 - v) * 100)} % reduction.`,
    start: a, end: b,
    related: [{ start: hr.start, end: hr.end, message: `${hr.unit} ${hr.value}` }],
    data: { claimed: 0.5, hazardRatio: v }, fixes: [],
  });
  return true;
}

/** How far after a claim of risk reduction its ratio may stand when it measures the claim's endpoint. */
const FAR_RATIO = 320;
/** How far before "by P %" the verb of reduction and its risk may stand: the risk's name, an apposition between. */
const GOVERNING_REACH = 240;
const BY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.changes.by)})\\s*$`, 'iu');
/**
 * "reduced the risk of radiographic progression (rPFS), one of the two primary endpoints, by 30 %": the
 * percentage right after "by" is the size of the reduction its clause opened with, the risk's name and an
 * apposition between. The stretch back from "by" to the sentence's start, the last semicolon or the last figure
 * other than a count; empty when no "by" stands right before the percentage.
 */
function governingClause(text: string, s: { start: number; end: number }, inS: FigureEntity[], p: FigureEntity): string {
  const lead = text.slice(Math.max(s.start, p.start - GOVERNING_REACH), p.start);
  if (!BY_BEFORE.test(lead)) return '';
  let from = Math.max(s.start, p.start - GOVERNING_REACH);
  for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI]; if (f.end <= p.start && f.end > from && f.figureKind !== 'count') from = f.end; }
  const semi = text.lastIndexOf(';', p.start);
  if (semi >= from) from = semi + 1;
  return text.slice(from, p.start);
}

/** Whether the claim's clause names its endpoint itself, before the percentage ("the risk of radiographic progression (rPFS) ... by 30 %"). */
function namesEndpointBefore(model: DocumentModel, p: FigureEntity): boolean {
  const from = p.start - GOVERNING_REACH;
  return entitiesWithin(model.entities, from, p.start).some(e => e.kind === 'endpoint' && e.name === p.binding.endpoint);
}

/** The words of a claim's noun before the bracket with its two counts: "fewer hospitalizations (", "more events (". */
const COUNTS_OPEN = /^[^\d();,.]{1,60}\($/u;
/**
 * "30 % fewer hospitalizations (140 vs 200)": the two counts of one unit, in brackets that open within a few words
 * after the claim, a word of comparison between them and nothing else in the brackets; [] otherwise.
 */
function countsInBrackets(text: string, s: { start: number; end: number }, inS: FigureEntity[], claim: FigureEntity): FigureEntity[] {
  const after = inS.filter(x => x.start > claim.end);
  const [a, b] = after;
  // (a bare number counts: "(140 vs 200)")
  const counted = (f: FigureEntity) => f.figureKind === 'count' || (f.figureKind === 'other' && !f.unit);
  if (!a || !b || !counted(a) || !counted(b) || a.figureKind !== b.figureKind || a.unit !== b.unit || typeof a.value !== 'number' || typeof b.value !== 'number' || a.comparator || b.comparator) return [];
  if (!COUNTS_OPEN.test(text.slice(claim.end, a.start)) || text[b.end] !== ')' || b.end >= s.end) return [];
  const join = text.slice(a.end, b.start).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return join.length === 1 && JOINS.has(join[0]) ? [a, b] : [];
}

/** "50 % higher", "40 % lower", "a 40 % reduction in": a relative claim (group 1 set for a decrease). */
const RELATIVE_CLAIM = /^ ?(?:relative )?(?:(lower|fewer|less|reduction|decrease|decline|drop|shorter)|higher|greater|more|better|longer|increase|improvement|gain|rise)\b/i;

/**
 * "X % higher" read both ways a writer may mean it, relative ((a - b) / b) or in percentage points
 * (a - b), each with the rounding of all three numbers: reported only when neither reading fits.
 */
function judgeRelative(model: DocumentModel, claim: FigureEntity, word: string, decrease: boolean, a: FigureEntity, b: FigureEntity, out: CheckFinding[]): void {
  const va = a.value as number, vb = b.value as number;
  if (va <= 0 || vb <= 0 || va === vb) return;
  const x = claim.value as number;
  const dx = 0.5 * 10 ** -decimalsOf(model.text.slice(claim.start, claim.end));
  const da = 0.5 * 10 ** -decimalsOf(model.text.slice(a.start, a.end));
  const db = 0.5 * 10 ** -decimalsOf(model.text.slice(b.start, b.end));
  const [hi, lo, dh, dl] = va > vb ? [va, vb, da, db] : [vb, va, db, da];
  // relative change, in the claim's direction: an increase over the smaller, a decrease from the larger
  const relLow = decrease ? 100 * (1 - (lo + dl) / (hi - dh)) : 100 * ((hi - dh) / (lo + dl) - 1);
  const relHigh = decrease ? 100 * (1 - (lo - dl) / (hi + dh)) : 100 * ((hi + dh) / (lo - dl) - 1);
  const points = hi - lo, dp = dh + dl;
  const fits = (v: number, low: number, high: number) => v + dx >= low && v - dx <= high;
  const cmp = claim.comparator;
  const relFits = cmp === '>' || cmp === '\u2265' ? relHigh >= x - dx : cmp === '<' || cmp === '\u2264' ? relLow <= x + dx : fits(x, relLow, relHigh);
  const ptsFits = cmp === '>' || cmp === '\u2265' ? points + dp >= x - dx : cmp === '<' || cmp === '\u2264' ? points - dp <= x + dx : fits(x, points - dp, points + dp);
  if (relFits || ptsFits) return;
  const rel = decrease ? 100 * (1 - lo / hi) : 100 * (hi / lo - 1);
  out.push({
    message: `\u201c${model.text.slice(claim.start, claim.end)} ${word}\u201d is not what the figures say: ${fmt(hi)} vs ${fmt(lo)} is ${rel.toFixed(1)} % ${decrease ? 'lower' : 'higher'} (relative) or ${fmt(points)} percentage points.`,
    start: claim.start, end: claim.end,
    related: [a, b].map(f => ({ start: f.start, end: f.end, message: model.text.slice(f.start, f.end) })),
    data: { claimed: x, relative: Number(rel.toFixed(3)), points: Number(points.toFixed(3)) }, fixes: [],
  });
}

/** Words between a multiple and the figure it is a multiple of: "three times the 8 %", "twice that of 12 %". */
const STANDARD_LINK = new RegExp(`^\\s*(?:(?:${wordsPattern(words.multiples.standardLinks)})\\s+){0,3}$`, 'iu');
/** "five times more than the already strong $20 million": a comparative opens the way to the standard, a few words of description between. */
const COMPARATIVE_LINK = new RegExp(`^\\s*(?:${wordsPattern(words.multiples.comparatives)})(?![\\p{L}])`, 'iu');
/** "a threefold increase from", "a twofold rise over the": a noun of rise, a link to the standard, at most an article (relativeChanges' words). */
const CHANGE_LINK = new RegExp(`^\\s*(?:${wordsPattern(words.relativeChanges.up)})\\s+(?:${wordsPattern(words.multiples.changeLinks)})(?:\\s+(?:${wordsPattern(words.multiples.standardLinks)}))?\\s*$`, 'iu');
/** The link that ends a verb's object right before its figure: "the cash position of", "die Barmittel von" (positions.links). */
const OBJECT_OF = new Set(words.positions.links.map(w => w.toLowerCase()));
const numeric = (f: FigureEntity) => typeof f.value === 'number' && (!f.comparator || f.comparator === '~') && f.value > 0
  && (f.figureKind === 'percent' || f.figureKind === 'money' || f.figureKind === 'count' || f.figureKind === 'duration');

/**
 * A multiple and its standard, as the sentence builds them: "36 % responded, nearly five times the 8 % of
 * the comparator arm". The standard is the figure right after the multiple, only articles and
 * "that of", "than" between, or a comparative and at most six words ("four times more than the
 * record $20 million"); the figure compared is the nearest before the multiple of the same kind
 * and unit, or, when its sentence has none before it, the one such figure of the sentence before
 * ("Sales were $80 million. That is four times more than the $20 million of 2019."). Undefined
 * when the sentences are not built so.
 */
function standardPair(model: DocumentModel, inS: FigureEntity[], claim: { start: number; end: number }, before: FigureEntity[]): FigureEntity[] | undefined {
  const text = normalizedText(model);
  const k = inS.findIndex(f => f.start >= claim.end);
  if (k < 0) return undefined;
  const b = inS[k];
  if (!numeric(b)) return undefined;
  const link = text.slice(claim.end, b.start);
  const comparative = COMPARATIVE_LINK.exec(link);
  const described = !!comparative && link.length <= 80 && link.slice(comparative[0].length).split(/[^\p{L}'\u2019-]+/u).filter(Boolean).length <= 6 && !/[\d;:()]/.test(link);
  // "nearly tripled the company's cash position of EUR 40 million": a multiple as a verb, its object a
  // noun phrase that names the standard and ends on "of" right before it
  const linkWords = link.split(/[^\p{L}'\u2019-]+/u).filter(Boolean);
  const object = !described && link.length <= 80 && !/[\d;:()]/.test(link) && linkWords.length >= 2 && linkWords.length <= 6
    && OBJECT_OF.has(linkWords[linkWords.length - 1].toLowerCase()) && /\s$/.test(link);
  // "a threefold increase from $15.0 million": a noun of change and its link right before the standard
  const change = !described && !object && CHANGE_LINK.test(link);
  if (!described && !object && !change && (b.start - claim.end > 40 || !STANDARD_LINK.test(link))) return undefined;
  for (let j = k - 1; j >= 0; j--) {
    const a = inS[j];
    if (a.end > claim.start) continue;
    if (a.figureKind === b.figureKind && a.unit === b.unit) return numeric(a) ? [a, b] : undefined;
  }
  // a sentence that names no amount before its claim speaks of the sentence before
  if (inS.slice(0, k).some(a => a.end <= claim.start && (a.figureKind === 'percent' || a.figureKind === 'money' || a.figureKind === 'count' || a.figureKind === 'duration'))) return undefined;
  const earlier = before.filter(a => a.figureKind === b.figureKind && a.unit === b.unit);
  return earlier.length === 1 && numeric(earlier[0]) ? [earlier[0], b] : undefined;
}

const NEXT_OPENER = new RegExp(`^[\\s"\u201c(]*(?:${wordsPattern(words.multiples.nextSentenceOpeners)})(?![\\p{L}])`, 'iu');
const amountLike = (f: FigureEntity) => (f.figureKind === 'money' || f.figureKind === 'count' || f.figureKind === 'percent')
  && typeof f.value === 'number' && f.value > 0 && (!f.comparator || f.comparator === '~') && !f.timepoint;

/**
 * "Net assets more than doubled and ended the half at $40.0 million. In contrast to $21.0 million a year
 * earlier.": a claim whose sentence names one amount after it, none of its kind before, and a next sentence
 * (same paragraph) that opens on a word of comparison and names the one like amount it is compared with.
 */
function nextSentencePair(text: string, s: { start: number; end: number }, inS: FigureEntity[], claim: { start: number; end: number }, after: { span: { start: number; end: number }; figs: FigureEntity[] } | undefined): FigureEntity[] | undefined {
  if (!after || !NEXT_OPENER.test(text.slice(after.span.start, Math.min(after.span.end, after.span.start + 60)))) return undefined;
  const olds = after.figs.filter(amountLike);
  if (olds.length !== 1) return undefined;
  const old = olds[0];
  const same = (f: FigureEntity) => f.figureKind === old.figureKind && f.unit === old.unit;
  if (inS.some(f => f.end <= claim.start && same(f))) return undefined;
  const news = inS.filter(f => f.start >= claim.end && same(f));
  return news.length === 1 && amountLike(news[0]) && s.end <= old.start ? [old, news[0]] : undefined;
}

/** The room a figure said "about" ("roughly 20 %") leaves a multiple's ratio, as a share of its value. */
const HEDGED_FIGURE = 0.05;
const amountKind = (f: FigureEntity) => f.figureKind === 'money' || f.figureKind === 'count';
/**
 * A figure a multiple may compare: a rate, a length of time, an amount of money or a count, as written or "about"
 * ("triple the roughly 20 %": its room, HEDGED_FIGURE); not a bound.
 */
const comparable = (f: FigureEntity) => (f.figureKind === 'percent' || f.figureKind === 'duration' || amountKind(f)) && typeof f.value === 'number' && (!f.comparator || f.comparator === '~');

/** Two figures of one kind and unit, or a count and a bare number ("to 450 patients from 200", "from 12 to 8 seizures"). */
function countsAlike(a: FigureEntity, b: FigureEntity): boolean {
  if (a.figureKind === b.figureKind && a.unit === b.unit) return true;
  const bareNumber = (f: FigureEntity) => f.figureKind === 'other' && !f.unit && typeof f.value === 'number' && !f.comparator;
  return (bareNumber(a) && b.figureKind === 'count') || (bareNumber(b) && a.figureKind === 'count');
}

/** A word of comparison between the two figures of a pair: "34 % on AB-101 vs. 15 % on placebo" (comparisons.json changes.compared). */
const COMPARED_IN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.changes.compared)})(?![\\p{L}])`, 'iu');
/** Whether a multiple's claim fits the ratio of two figures, each with its rounding (the test judge applies). */
function supports(model: DocumentModel, claim: Claim, a: FigureEntity, b: FigureEntity): boolean {
  const va = a.value as number, vb = b.value as number;
  const room = (f: FigureEntity) => 0.5 * 10 ** -decimalsOf(model.text.slice(f.start, f.end)) + (f.comparator === '~' ? HEDGED_FIGURE * (f.value as number) : 0);
  const da = room(a), db = room(b);
  const halving = claim.high <= 1;
  const [num, den, dn, dd] = halving ? (va < vb ? [va, vb, da, db] : [vb, va, db, da]) : (va > vb ? [va, vb, da, db] : [vb, va, db, da]);
  return !((num + dn) / Math.max(den - dd, 1e-9) < claim.low || (num - dn) / (den + dd) > claim.high);
}

/** "At one year, ... (34 % vs 15 %)": a length of time that is the time point other figures are bound to ("1 year"), no figure compared. */
function isTimePointOf(d: FigureEntity, others: FigureEntity[]): boolean {
  if (d.figureKind !== 'duration' || typeof d.value !== 'number') return false;
  const stem = d.unit.toLowerCase().slice(0, 3);
  return others.some(f => {
    if (f === d || !f.binding.timepoint) return false;
    const m = /^(\d+(?:\.\d+)?)\s*(\p{L}{3})/u.exec(f.binding.timepoint);
    return !!m && Number(m[1]) === d.value && m[2].toLowerCase() === stem;
  });
}

/**
 * Compares a claim with the first two like figures of its sentence (same kind and unit, no
 * comparator), or with the two given when `exact` (the sentence's grammar chose them).
 */
function judge(model: DocumentModel, claim: Claim, candidates: FigureEntity[], out: CheckFinding[], exact = false, prior: FigureEntity[] = []): void {
  // "from 15 % to 25 %" may be read as one range; for a claim it is the two figures compared
  const text = normalizedText(model);
  // (each half with its own text, so that the "to" between them is read as the pair's link)
  candidates = splitChangeRanges(text, candidates, true);
  // the first two rates or times; else, when the sentence states fewer than two, the first two amounts or counts
  // (a share written with its plus sign, "Acme-1 (+6 %)", is a change itself, never a level a multiple compares)
  const signed = (f: FigureEntity) => f.figureKind === 'percent' && /\+[ ]?$/.test(text.slice(Math.max(0, f.start - 2), f.start));
  // (a length of time bound as the time point the rates are at, "At one year, twice as many ... (34 % vs 15 %)", is no figure compared)
  const rates = candidates.filter(f => comparable(f) && !amountKind(f) && !f.timepoint && !signed(f) && !isTimePointOf(f, candidates));
  const amounts = candidates.filter(f => comparable(f) && amountKind(f) && !f.timepoint);
  let like = rates.length < 2 && amounts.length >= 2 ? amounts : rates;
  // "revenue more than doubled to $45.0 million from $20.0 million": the two figures the claim itself names
  const named = candidates.filter(f => f.start >= claim.end && f.start - claim.end <= 80 && typeof f.value === 'number' && !f.comparator
    && (f.figureKind === 'percent' || f.figureKind === 'duration' || f.figureKind === 'money' || f.figureKind === 'count' || (f.figureKind === 'other' && !f.unit))).slice(0, 2);
  // "sich von drei auf fünf Standorte verdoppeln": in a verb-final clause the two figures come right before the claim
  const before = candidates.filter(f => f.end <= claim.start && typeof f.value === 'number' && (!f.comparator || f.comparator === '~')
    && (f.figureKind === 'percent' || f.figureKind === 'duration' || f.figureKind === 'money' || f.figureKind === 'count'));
  const [pa, pb] = before.slice(-2);
  // "153,000 cases in 2023 ... expected to triple to 266,300": the claim names its new figure after "to"; the
  // old is the one figure of that kind and unit before the claim in its sentence
  const destination = named[0] && TO_ONLY.test(text.slice(claim.end, named[0].start)) && (!named[1] || !PAIR_GAP.test(text.slice(named[0].end, named[1].start))) ? named[0] : undefined;
  // a bare number ("to 72,000") counts what its origin counts
  const bare = (f: FigureEntity) => f.figureKind === 'other' && !f.unit;
  const origin = (f: FigureEntity) => (f.figureKind === destination!.figureKind && f.unit === destination!.unit) || (bare(destination!) && f.figureKind === 'count');
  let origins = destination ? before.filter(origin) : [];
  // "... at approximately 41,000 in 2031. It is expected to triple to 70,500 by 2040.": a claim whose
  // sentence names only its new figure, and no amount before the claim, speaks of the one like figure
  // of the sentence before (same paragraph)
  if (destination && before.length === 0) origins = prior.filter(f => origin(f) && typeof f.value === 'number' && (!f.comparator || f.comparator === '~'));
  // "doubled its net loss to $3.7 million (prior year: $1.2 million)", "verdoppelte sich der Verlust auf 3,7 Millionen Euro (Vorjahr:
  // 1,2 Millionen Euro)": the new figure after the claim, its object (at most three words) and "to"; the prior period's in brackets
  // right after it is the figure compared, whatever amounts stand before the claim
  const ownDestination = destination ?? (named[0] && TO_AFTER_OBJECT.test(text.slice(claim.end, named[0].start)) ? named[0] : undefined);
  const priorAfter = (newer: FigureEntity | undefined): FigureEntity[] | undefined => {
    const after = newer ? candidates.find(f => f.start >= Math.max(newer.end, claim.end)) : undefined;
    return newer && after && after.figureKind === newer.figureKind && after.unit === newer.unit && typeof after.value === 'number' && !after.comparator
      && PRIOR_BRACKET.test(text.slice(Math.max(newer.end, claim.end), after.start)) ? [after, newer] : undefined;
  };
  const bracketed = priorAfter(ownDestination);
  if (exact) like = candidates;
  else if (bracketed) like = bracketed;
  else if (named.length === 2 && countsAlike(named[0], named[1])
    && PAIR_START.test(text.slice(claim.end, named[0].start)) && PAIR_GAP.test(text.slice(named[0].end, named[1].start))) like = named;
  else if (pa && pb && pa.figureKind === pb.figureKind && pa.unit === pb.unit && RANGE_FROM.test(text.slice(Math.max(0, pa.start - 12), pa.start))
    && PAIR_GAP.test(text.slice(pa.end, pb.start)) && VERB_FINAL_GAP.test(text.slice(pb.end, claim.start))) like = [pa, pb];
  else if (destination && origins.length === 1 && !text.slice(origins[0].end, claim.start).includes(';')) like = [origins[0], destination];
  else {
    // "more than tripled to $14.0 million (prior year: $4.0 million)", "hat sich auf 14,0 Millionen Euro mehr als
    // verdreifacht (Vorjahr: 4,0 Millionen Euro)": the new figure named after "to" (after the claim, or right before a
    // verb-final one), the prior period's in brackets right after it or after the claim
    const last = before[before.length - 1];
    const newer = destination ?? (last && VERB_FINAL_GAP.test(text.slice(last.end, claim.start)) && TO_BEFORE.test(text.slice(Math.max(0, last.start - 8), last.start)) ? last : undefined);
    const after = newer ? candidates.find(f => f.start >= Math.max(newer.end, claim.end)) : undefined;
    if (newer && after && after.figureKind === newer.figureKind && after.unit === newer.unit && typeof after.value === 'number' && !after.comparator
      && PRIOR_BRACKET.test(text.slice(Math.max(newer.end, claim.end), after.start))) like = [after, newer];
  }
  if (like.length < 2) return;
  // ("responses doubled in the first cohort, whereas the second saw 30 % against 20 %": a clause in contrast after the claim
  // states another group's figures, not the claim's)
  if (!exact && like[0].start >= claim.end && CONTRAST_CLAUSE.test(text.slice(claim.end, like[0].start))) return;
  // "more than twice as many at one year (34 % vs 15 %) and at two years (22 % vs 10 %)": a claim over two or more pairs,
  // each pair joined by a word of comparison, holds for each; the first pair it does not hold for is judged
  const pairOf = (x: FigureEntity, y: FigureEntity) => y.start - x.end <= 60 && COMPARED_IN.test(text.slice(x.end, y.start)) && !text.slice(x.end, y.start).includes(';');
  const oneKind = like.every(f => f.figureKind === like[0].figureKind && f.unit === like[0].unit && typeof f.value === 'number' && (f.value as number) > 0);
  if (!exact && like.length >= 4 && like.length % 2 === 0 && like.length <= 8 && oneKind && claim.end <= like[0].start) {
    const pairs: [FigureEntity, FigureEntity][] = [];
    for (let k = 0; k + 1 < like.length; k += 2) pairs.push([like[k], like[k + 1]]);
    if (pairs.every(([x, y]) => pairOf(x, y))) {
      const bad = pairs.find(([x, y]) => !supports(model, claim, x, y));
      if (!bad) return;
      like = bad;
    }
  } else if (!exact && like.length >= 4 && oneKind && claim.start >= like[like.length - 1].end) {
    // "... 27 % vs 7 % at week 12, and 32 % compared with 6.7 % at week 52, nearly five times the placebo rate": a claim in
    // apposition after pairs speaks of the pair right before it
    const [x, y] = like.slice(-2);
    if (pairOf(x, y) && claim.start - y.end <= 40 && /^[^;()]*,\s*$/.test(text.slice(y.end, claim.start))) like = [x, y];
  }
  // ("tripled to 450 patients from 200": a bare number counts what the count it is paired with counts)
  if (like.length === 2 && like === named && like[0].figureKind !== like[1].figureKind) like = like.map(f => f.figureKind === 'other' ? { ...f, figureKind: 'count' as const, unit: (like.find(g => g !== f) as FigureEntity).unit } : f);
  const [a, b] = like;
  // "fell by a third to $2.6 million and doubled to $3.7 million": two amounts each the destination of its own change are no pair
  if (amountKind(a) && amountKind(b) && DESTINATION_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start)) && DESTINATION_BEFORE.test(text.slice(Math.max(0, b.start - 8), b.start))) return;
  if ((a.figureKind !== b.figureKind || a.unit !== b.unit) && !(origins.length === 1 && like[1] === destination) || like.length > 3) return;
  const va = a.value as number, vb = b.value as number;
  if (va <= 0 || vb <= 0) return;
  // a small count of things ("from four to six projects") is exact, not rounded
  const room = (f: FigureEntity) => (f.figureKind === 'count' && !f.comparator && Number.isInteger(f.value) && (f.value as number) < 1000 ? 0 : 0.5 * 10 ** -decimalsOf(model.text.slice(f.start, f.end)))
    + (f.comparator === '~' ? HEDGED_FIGURE * (f.value as number) : 0);
  const da = room(a), db = room(b);
  // the ratio in the claim's direction: growth claims compare larger to smaller, halving smaller to larger
  const halving = claim.high <= 1;
  const [num, den, dn, dd] = halving ? (va < vb ? [va, vb, da, db] : [vb, va, db, da]) : (va > vb ? [va, vb, da, db] : [vb, va, db, da]);
  const ratioHigh = (num + dn) / Math.max(den - dd, 1e-9);
  const ratioLow = (num - dn) / (den + dd);
  if (ratioHigh < claim.low || ratioLow > claim.high) {
    const ratio = num / den;
    out.push({
      message: `\u201c${claim.words}\u201d is not what the figures say: ${fmt(num)} / ${fmt(den)} = ${ratio.toFixed(2)}\u00d7.`,
      start: claim.start, end: claim.end,
      related: [a, b].map(f => ({ start: f.start, end: f.end, message: model.text.slice(f.start, f.end) })),
      data: { ratio: Number(ratio.toFixed(4)), claimedLow: claim.low, claimedHigh: Number.isFinite(claim.high) ? claim.high : -1 }, fixes: [],
    });
  }
}

/** Between the two figures a change names: "to", or the first one's year before it ("from $30 million in 2023 to"). */
const FROM_TO = wordsPattern([...words.changes.from, ...words.changes.to]);
/** A comma, then a conjunction that opens a clause in contrast (claims.json contrastClauses), between a claim and figures. */
const CONTRAST_CLAUSE = new RegExp(`,\\s*(?:${wordsPattern(claimWords.contrastClauses.words)})(?![\\p{L}])`, 'iu');
const PAIR_GAP = new RegExp(`^\\s*,?\\s*(?:(?:in|during|for|at|by|im|en|i)\\s+(?:fiscal\\s+|FY\\s?)?\\d{4},?\\s+)?(?:${FROM_TO})\\s*$`, 'iu');
/** "from 15 % to 25 %", "de 10 % à 20 %", "från 20 till 55 procent": a range that is the two figures of a change. */
const RANGE_FROM = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.changes.from)})\\s*$`, 'iu');
/** Between a claim and the one new figure it names: "to", "auf", "till", nothing else. */
/** A period's adverb between a claim and the figures it names ("more than doubled year over year to ... from ..."): comparisons.json multiples.periodAdverbs. */
const PERIOD_ADVERB = `(?:,?\\s*(?:${wordsPattern(words.multiples.periodAdverbs)}),?\\s+)?`;
const TO_ONLY = new RegExp(`^${PERIOD_ADVERB}\\s*(?:(?:${wordsPattern(words.multiples.reflexives)})\\s+)?(?:${wordsPattern(words.changes.to)})\\s*$`, 'iu');
/** Between a claim and its new figure, its object between: "doubled its net loss to", "verdoppelte sich der Verlust auf" (no figure, no mark). */
const TO_AFTER_OBJECT = new RegExp(`^${PERIOD_ADVERB}\\s*(?:(?:${wordsPattern(words.multiples.reflexives)})\\s+)?(?:\\p{L}[\\p{L}'\u2019-]*\\s+){1,3}(?:${wordsPattern(words.changes.to)})\\s*$`, 'iu');
/** The word for "to" right before a figure: "auf 14,0 Millionen Euro". */
const TO_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.changes.to)})\\s+$`, 'iu');
/** The same, without the one-letter "a" of the Romance languages, which in English is the article ("a $10 million payment"). */
const DESTINATION_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.changes.to.filter(w => w.length > 1))})\\s+$`, 'iu');
/** "(prior year: ", "(Vorjahr: ", "(2023: ": the prior period's figure in brackets (comparisons.json changes.priorPeriod). */
const PRIOR_BRACKET = new RegExp(`^\\s*\\(\\s*(?:${wordsPattern(words.changes.priorPeriod)}|\\d{4})\\s*[:=]?\\s*$`, 'iu');
/** Between the second figure of a verb-final change and its claim: "von drei auf fünf (zu) verdoppeln", at most two short words. */
const VERB_FINAL_GAP = /^\s*(?:\p{L}{1,12}\s+){0,2}$/u;
/** Between a multiple and the first figure it names: "from", "to", in any language, perhaps after a participle ("a triplé, passant de"). */
const PAIR_START = new RegExp(`^[\\s,]*${PERIOD_ADVERB}(?:(?:${wordsPattern(words.multiples.pairLinks)})\\s+)?(?:${FROM_TO})\\s*$`, 'iu');

function fmt(v: number): string { return String(Number(v.toFixed(4))); }

const PD = words.pointDifferences;
/** After a difference in points: a noun of difference and a link to the arm compared with ("delta to placebo", "(ppt) difference versus placebo"). */
const POINT_DIFFERENCE = new RegExp(`^[ -]?(?:\\([^()]{1,10}\\)[ ]?)?(?:${wordsPattern(PD.nouns)})[ ](?:${wordsPattern(PD.links)})[ ](?:the[ ])?(\\p{L}[\\p{L}\\d-]*)`, 'iu');

/**
 * A difference in percentage points between two arms, named by the arms: "the 80 mg dose achieved a 35
 * percentage point delta to placebo on the primary endpoint". The claim is bound to an endpoint (and to
 * its arm); the rates compared are the one rate of that endpoint for the claim's arm (or, with no arm,
 * for the one arm that is not the comparator) and the one for the arm the link names, at one time point,
 * stated anywhere in the document. A sentence that states two rates before the claim is the difference
 * check's (totals), not this one's.
 */
function pointsBetweenArms(model: DocumentModel, figs: readonly FigureEntity[], bySentence: FigureEntity[][], out: CheckFinding[], claimed: Set<number>): void {
  const text = normalizedText(model);
  const rate = (f: FigureEntity) => f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number' && !f.comparator && !!f.binding.endpoint;
  for (let cI2 = 0, figs_ = figs; cI2 < figs_.length; cI2++) { const c = figs_[cI2];
    if (c.figureKind !== 'percent' || c.unit !== 'percentage points' || typeof c.value !== 'number' || c.comparator || !c.binding.endpoint || claimed.has(c.start)) continue;
    const m = POINT_DIFFERENCE.exec(text.slice(c.end, c.end + 80));
    if (!m) continue;
    const versus = m[1].toLowerCase();
    const s = sentenceAt(model.sentences, c.start);
    if (s && bySentence[model.sentences.indexOf(s)]?.filter(f => f.end <= c.start && f.figureKind === 'percent' && f.unit === '%').length >= 2) continue;
    const arm = c.binding.arm?.toLowerCase();
    if (arm && arm.includes(versus)) continue;
    const ofEndpoint = figs.filter(f => rate(f) && f.binding.endpoint === c.binding.endpoint);
    const isComparator = (f: FigureEntity) => !!f.binding.arm && f.binding.arm.toLowerCase().split(/[^\p{L}\d]+/u).includes(versus);
    const comparators = ofEndpoint.filter(isComparator);
    const treated = ofEndpoint.filter(f => !isComparator(f) && (arm ? f.binding.arm?.toLowerCase() === arm : true));
    const one = (fs: FigureEntity[]) => new Set(fs.map(f => f.value)).size === 1 && new Set(fs.map(f => f.binding.timepoint ?? '')).size === 1 ? fs[0] : undefined;
    const a = one(treated), b = one(comparators);
    if (!a || !b || (a.binding.timepoint ?? '') !== (b.binding.timepoint ?? '')) continue;
    const room = (f: FigureEntity) => 0.5 * 10 ** -decimalsOf(model.text.slice(f.start, f.end));
    const diff = Math.abs((a.value as number) - (b.value as number));
    const slack = room(a) + room(b) + room(c) + 0.5;
    if (Math.abs((c.value as number) - diff) <= slack) continue;
    claimed.add(c.start);
    out.push({
      message: `\u201c${model.text.slice(c.start, c.end)}\u201d is not what the figures say: ${model.text.slice(a.start, a.end)} against ${model.text.slice(b.start, b.end)} (${b.binding.arm}) is ${fmt(diff)} percentage points.`,
      start: c.start, end: c.end,
      related: [a, b].map(f => ({ start: f.start, end: f.end, message: model.text.slice(f.start, f.end) })),
      data: { claimed: c.value as number, first: a.value as number, second: b.value as number, points: Number(diff.toFixed(4)) }, fixes: [],
    });
  }
}

const RS = words.relativeSizes;
const lowerSet = (ws: string[]) => new Set(ws.map(w => w.toLowerCase()));
const REL_UP_NOUNS = lowerSet(words.relativeChanges.up), REL_DOWN_NOUNS = lowerSet(words.relativeChanges.down), REL_EITHER_NOUNS = lowerSet(RS.improvement);
const CHANGE_UP = lowerSet([...words.changes.up, ...words.changes.better]), CHANGE_DOWN = lowerSet(words.changes.down);
const REL_WORD = wordsPattern(words.riskReduction.relative);
const REL_OPEN = `[^.;:()\\d%]{0,80}?[,(]\\s*(?:(?:${wordsPattern(RS.appositions)})\\s+)?(?:(?:${wordsPattern(RS.articles)})\\s+)?`;
/** Between the second rate and the size: "..., a relative improvement of", "(relative reduction:". */
const REL_BEFORE_SIZE = new RegExp(`^${REL_OPEN}(?:${REL_WORD})\\s+(\\p{L}+)\\s*(?:(?:${wordsPattern(RS.links)})\\s*|:\\s*)$`, 'iu');
/** "..., a" before the size, "relative reduction" after it: "a 33 % relative reduction". */
const REL_OPEN_ONLY = new RegExp(`^${REL_OPEN}$`, 'iu');
const REL_AFTER_SIZE = new RegExp(`^\\s*(?:${REL_WORD})\\s+(\\p{L}+)`, 'iu');
/** "a 50 % improvement": the noun right after the size. */
const NOUN_AFTER_SIZE = /^\s*(\p{L}+)/u;
/** Between two rates compared: a few words of arms and one word of comparison ("with AB-101 versus", "in the drug arm and"). */
const JOINS = lowerSet(words.armComparisons.joins);
const BY_WORDS = lowerSet(words.changes.by);
const wordsOf = (t: string) => t.toLowerCase().split(/[^\p{L}\p{N}.]+/u).filter(Boolean);

/**
 * A relative size stated with the two rates it is between. (1) After the pair, in apposition, named relative:
 * "45 % with AB-101 versus 30 % with placebo, a relative improvement of 50 %", "..., a 33 % relative reduction";
 * a reduction is against the larger rate, an increase against the smaller, an improvement against either (a
 * rate may be better lower). (2) A verb of change with "by" and its size, the two rates in brackets right after:
 * "cut the relapse rate by 33 % (20 % vs 30 %)", read relative or in points (judgeRelative). Never a risk's
 * reduction (a relative risk reduction is the hazard ratio's, not the crude rates'), nor in a sentence that
 * states a ratio.
 */
function relativeSizesOfPairs(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], out: CheckFinding[], claimed: Set<number>): void {
  if (inS.length < 3 || inS.some(f => f.figureKind === 'ratio')) return;
  const text = normalizedText(model);
  const rate = (f: FigureEntity) => f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number' && !f.comparator && !f.timepoint && (f.value as number) > 0;
  const half = (f: FigureEntity) => 0.5 * 10 ** -decimalsOf(model.text.slice(f.start, f.end));
  const length = (f: FigureEntity) => f.figureKind === 'duration' && typeof f.value === 'number' && !f.comparator && !f.timepoint && (f.value as number) > 0 && !isDurationGap(text, f);
  for (let k = 0; k < inS.length; k++) {
    const x = inS[k];
    let a = inS[k - 2], b = inS[k - 1];
    if (!rate(x) || claimed.has(x.start)) continue;
    // ("31 patients (6.4 %) on A and 25 patients (10.4 %) on B, a relative reduction of 38 %": each rate the share of the
    // count right before it, the pair is the two rates)
    const sharedCount = (j: number) => j >= 1 && inS[j - 1].figureKind === 'count' && /^ ?\( ?$/.test(text.slice(inS[j - 1].end, inS[j].start));
    const shared = k >= 4 && rate(inS[k - 1]) && rate(inS[k - 3]) && sharedCount(k - 1) && sharedCount(k - 3);
    if (shared) { a = inS[k - 3]; b = inS[k - 1]; }
    // (1) the pair, then the size in apposition; the pair two rates, or two lengths of time in one unit ("a median
    // OS of 18.0 versus 12.0 months, a 50 % improvement")
    const lengths = !!a && !!b && length(a) && length(b) && a.unit === b.unit;
    if (a && b && ((rate(a) && rate(b)) || lengths) && a.value !== b.value) {
      const join = wordsOf(text.slice(a.end, b.start));
      // (a shared count's rate closes its bracket right after it: "(10.4 %) on placebo, a relative reduction of")
      const between = shared ? text.slice(b.end, x.start).replace(/^ ?\)/, '') : text.slice(b.end, x.start);
      // (two lengths have no points to be read in: "a 50 % improvement" after them is relative without the word)
      const named = REL_BEFORE_SIZE.exec(between) ?? (REL_OPEN_ONLY.test(between) ? REL_AFTER_SIZE.exec(text.slice(x.end, Math.min(s.end, x.end + 40)))
        ?? (lengths ? NOUN_AFTER_SIZE.exec(text.slice(x.end, Math.min(s.end, x.end + 40))) : null) : null);
      // (the brackets of a shared count's rate aside: "6.4 %) on A and 25 patients (")
      const gapAB = shared ? text.slice(a.end, b.start).replace(/^ ?\)|\( ?$/g, '') : text.slice(a.end, b.start);
      if (named && join.length <= 8 && join.some(w => JOINS.has(w)) && !/[;()]/.test(gapAB) && !RISK.test(text.slice(a.start, Math.min(s.end, x.end + 40)))) {
        const noun = named[1].toLowerCase();
        const ways = REL_DOWN_NOUNS.has(noun) ? ['down'] : REL_UP_NOUNS.has(noun) ? ['up'] : REL_EITHER_NOUNS.has(noun) ? ['up', 'down'] : [];
        if (!ways.length) continue;
        const [hi, lo, dh, dl] = (a.value as number) > (b.value as number) ? [a.value as number, b.value as number, half(a), half(b)] : [b.value as number, a.value as number, half(b), half(a)];
        const v = x.value as number, dx = half(x) + 0.5;
        const range = (w: string) => w === 'up' ? [100 * ((hi - dh) / (lo + dl) - 1), 100 * ((hi + dh) / Math.max(lo - dl, 1e-9) - 1)] : [100 * (1 - (lo + dl) / (hi - dh)), 100 * (1 - (lo - dl) / (hi + dh))];
        if (ways.some(w => { const [l, h] = range(w); return v + dx >= l && v - dx <= h; })) continue;
        claimed.add(x.start);
        const rel = ways.map(w => w === 'up' ? `${(100 * (hi / lo - 1)).toFixed(1)} % higher` : `${(100 * (1 - lo / hi)).toFixed(1)} % lower`).join(' or ');
        out.push({
          message: `A relative ${noun} of ${model.text.slice(x.start, x.end)} is not what the ${lengths ? 'lengths' : 'rates'} say: ${fmt(hi)}${lengths ? ` ${a.unit}` : ' %'} against ${fmt(lo)}${lengths ? ` ${a.unit}` : ' %'} is ${rel}.`,
          start: x.start, end: x.end,
          related: [a, b].map(f => ({ start: f.start, end: f.end, message: model.text.slice(f.start, f.end) })),
          data: { claimed: v, first: a.value as number, second: b.value as number }, fixes: [],
        });
        continue;
      }
    }
    // (2) a verb of change, "by", the size, then the two rates in brackets
    {
      const c = inS[k + 1], d = inS[k + 2];
      if (!c || !d || !rate(c) || !rate(d) || c.value === d.value) continue;
      if (!/^\s*\(\s*$/.test(text.slice(x.end, c.start)) || !/^[^();]{0,40}$/.test(text.slice(c.end, d.start)) || !wordsOf(text.slice(c.end, d.start)).some(w => JOINS.has(w))) continue;
      const before = wordsOf(text.slice(Math.max(s.start, b ? b.end : s.start, x.start - 80), x.start));
      const by = before.length - 1;
      if (by < 1 || !BY_WORDS.has(before[by])) continue;
      const verb = before.slice(Math.max(0, by - 6), by).reverse().find(w => CHANGE_UP.has(w) || CHANGE_DOWN.has(w));
      if (!verb || RISK.test(text.slice(Math.max(s.start, x.start - 80), x.start))) continue;
      claimed.add(x.start);
      judgeRelative(model, x, verb, CHANGE_DOWN.has(verb), c, d, out);
    }
  }
}

const RK = words.rankings;
/** How far apart two ranks of one ranking may stand. */
const RANK_REACH = 600;
const ORDINAL_OF = new Map<string, number>([...Object.entries(RK.ordinals as Record<string, number>), ...Object.entries(RK.prefixes as Record<string, number>)].map(([k, v]) => [k.toLowerCase(), v]));
/** "second-largest", "third place", "10th-biggest", "zweitgrößte": a rank by size. */
const RANK = new RegExp(`(?<![\\p{L}\\d])(?:(${wordsPattern(Object.keys(RK.ordinals))})[- ](?:${wordsPattern(RK.ranked)})|(${wordsPattern(Object.keys(RK.prefixes))})(?:${wordsPattern(RK.prefixed)}))(?![\\p{L}])`, 'giu');

/**
 * Ranks by size against the amounts they rank: "The second-largest round, $310 million, ...", later "Zenith
 * took third place with $340 million". Each rank is paired with the one amount of money of its sentence
 * (a sentence with no or several amounts, or several ranks, pairs none); a higher rank with a smaller
 * amount than a lower one, beyond the rounding of both, in one currency, within a few sentences of each
 * other, is reported once.
 */
function ranksAgainstAmounts(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const text = normalizedText(model);
  const ranked: { rank: number; f: FigureEntity; words: string }[] = [];
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    const memo = memoSpanText(text, model.sentences, s);
    const ranks = [...memo.matchAll(RANK)];
    if (ranks.length !== 1) continue;
    const money = inS.filter(f => f.figureKind === 'money' && typeof f.value === 'number' && f.value > 0);
    if (money.length !== 1 || money[0].comparator) continue;
    const r = ranks[0];
    const rank = ORDINAL_OF.get((r[1] ?? r[2]).toLowerCase());
    if (rank) ranked.push({ rank, f: money[0], words: r[0] });
  }
  const room = (f: FigureEntity) => roundingRoom(model.text.slice(f.start, f.end), f.value as number);
  for (let j = 1; j < ranked.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = ranked[i], b = ranked[j];
      // one ranking is told in one stretch of text: ranks far apart may rank different things
      if (a.rank === b.rank || a.f.unit !== b.f.unit || b.f.start - a.f.end > RANK_REACH) continue;
      const [hi, lo] = a.rank < b.rank ? [a, b] : [b, a];
      if ((hi.f.value as number) + room(hi.f) >= (lo.f.value as number) - room(lo.f)) continue;
      const surface = (f: FigureEntity) => model.text.slice(f.start, f.end);
      return [{
        message: `\u201c${b.words}\u201d does not fit the amounts: ${surface(hi.f)} (${hi.words}) is less than ${surface(lo.f)} (${lo.words}).`,
        start: b.f.start, end: b.f.end,
        related: [{ start: a.f.start, end: a.f.end, message: `${a.words}: ${surface(a.f)}` }],
        data: { higherRank: hi.rank, higherAmount: hi.f.value as number, lowerRank: lo.rank, lowerAmount: lo.f.value as number }, fixes: [],
      }];
    }
  }
  return [];
}

const EF = words.efficacyFromCases;
const EFFICACY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(EF.efficacy)})(?![\\p{L}])[^.;\\d]{0,30}$`, 'iu');
/** "in the active group", "in the saline arm": the group a count belongs to, one word named right after it in its clause. */
const GROUP_AFTER = new RegExp(`^[^.;,]{0,60}?(?<![\\p{L}])(?:in|im|dans|en|nel|i)\\s+(?:the|der|le|el|il|la)\\s+([\\p{L}-]+)[ -](?:${wordsPattern(EF.groups)})(?![\\p{L}])`, 'iu');
const CASE_UNITS = new Set(EF.cases.map(w => w.toLowerCase()));
const PARTICIPANT_UNITS = new Set(EF.participants.map(w => w.toLowerCase()));
const CONTROLS = EF.controls.map(w => w.toLowerCase());

/**
 * A vaccine's (or a preventive drug's) efficacy against the cases of its two groups: "12 cases were
 * confirmed in the vaccine group and 40 in the placebo group, an efficacy of 90%", the groups' sizes
 * stated once each elsewhere ("9,000 volunteers in the vaccine group and 3,000 in the placebo group").
 * Efficacy is one minus the ratio of the attack rates, 1 \u2212 (a/n\u2081)/(b/n\u2082); as trials often
 * compute it over person-time, a point and a half of room is given beside the rounding.
 */
function efficacyFromCases(model: DocumentModel, figs: readonly FigureEntity[], bySentence: FigureEntity[][]): CheckFinding[] {
  const text = normalizedText(model);
  const groupOf = (f: FigureEntity) => GROUP_AFTER.exec(text.slice(f.end, f.end + 90))?.[1].toLowerCase();
  const isControl = (g: string) => CONTROLS.some(c => g.startsWith(c));
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    const claim = inS.find(f => f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number' && !f.comparator
      && EFFICACY_BEFORE.test(text.slice(Math.max(s.start, f.start - 60), f.start)));
    if (!claim) continue;
    const cases = inS.filter(f => f.figureKind === 'count' && CASE_UNITS.has(String(f.unit).toLowerCase()) && typeof f.value === 'number' && !f.comparator && f.end <= claim.start);
    if (cases.length !== 2) continue;
    const groups = cases.map(groupOf);
    if (!groups[0] || !groups[1] || groups[0] === groups[1] || isControl(groups[0]) === isControl(groups[1])) continue;
    const sizeOf = (g: string) => {
      const vs = new Set(figs.filter(f => f.figureKind === 'count' && PARTICIPANT_UNITS.has(String(f.unit).toLowerCase()) && typeof f.value === 'number' && !f.comparator
        && (groupOf(f) ?? f.binding.arm?.toLowerCase()) === g).map(f => f.value as number));
      return vs.size === 1 ? [...vs][0] : undefined;
    };
    const [treated, control] = isControl(groups[0]) ? [cases[1], cases[0]] : [cases[0], cases[1]];
    const nt = sizeOf(groupOf(treated)!), nc = sizeOf(groupOf(control)!);
    if (!nt || !nc || (control.value as number) <= 0) continue;
    const ve = 100 * (1 - ((treated.value as number) / nt) / ((control.value as number) / nc));
    const x = claim.value as number;
    if (Math.abs(x - ve) <= 0.5 * 10 ** -decimalsOf(model.text.slice(claim.start, claim.end)) + 1.5) continue;
    const surface = (f: FigureEntity) => model.text.slice(f.start, f.end);
    return [{
      message: `An efficacy of ${surface(claim)} is not what the cases say: 1 \u2212 (${fmt(treated.value as number)}/${fmt(nt)}) / (${fmt(control.value as number)}/${fmt(nc)}) = ${ve.toFixed(1)} %.`,
      start: claim.start, end: claim.end,
      related: [treated, control].map(f => ({ start: f.start, end: f.end, message: surface(f) })),
      data: { claimed: x, implied: Number(ve.toFixed(2)), treatedCases: treated.value as number, controlCases: control.value as number, treatedSize: nt, controlSize: nc }, fixes: [],
    }];
  }
  return [];
}

/** Whether a claimed reduction is one minus the ratio, in per cent, within the rounding of both and half a point. */
function reductionFits(model: DocumentModel, p: FigureEntity, h: FigureEntity): boolean {
  const slack = 0.5 * 10 ** -decimalsOf(model.text.slice(p.start, p.end)) + 100 * 0.5 * 10 ** -decimalsOf(model.text.slice(h.start, h.end)) + 0.5;
  return Math.abs((p.value as number) - (1 - (h.value as number)) * 100) <= slack;
}

/**
 * A relative risk reduction whose sentence (and the one before) states no ratio, against the ratios the
 * document states elsewhere for the same endpoint, trial and subgroup: "- Zantolimab reduced the risk of
 * the composite endpoint by 60%" in a headline, "(HR 0.72)" and "(HR 0.67)" for that endpoint in the body.
 * Reported only when the claim fits none of them, against the first.
 */
function distantRiskReductions(model: DocumentModel, s: { start: number; end: number }, inS: FigureEntity[], out: CheckFinding[], documentRatios: () => FigureEntity[]): void {
  // (the document's ratios asked only for a claim read here: a sentence of none reads nothing beyond its window, see
  // sentenceReuse.ts; with no ratio in the document no claim finds one of its endpoint below)
  const text = normalizedText(model);
  for (let pI = 0, inS_ = inS; pI < inS_.length; pI++) { const p = inS_[pI];
    if (p.figureKind !== 'percent' || p.unit !== '%' || typeof p.value !== 'number' || p.comparator || !p.binding.endpoint) continue;
    // (far from its ratio, a claim names its endpoint itself, before the percentage: "decreased the risk by 43 % and showed an overall
    // survival benefit" binds the endpoint named after it, which is not the risk reduced)
    if (!namesEndpointBefore(model, p)) continue;
    const prev = inS.filter(f => f.end <= p.start).pop();
    const next = inS.find(f => f.start >= p.end);
    const clause = text.slice(Math.max(s.start, prev ? prev.end : s.start, p.start - 90), Math.min(s.end, next ? next.start : s.end, p.end + 60));
    if (!RISK.test(clause) || !REDUCTION.test(clause) || ABSOLUTE.test(clause)) continue;
    const b = p.binding;
    const hrs = documentRatios();
    const same = hrs.filter(h => h.binding.endpoint === b.endpoint && (h.binding.trial ?? '') === (b.trial ?? '') && (h.binding.subgroup ?? '') === (b.subgroup ?? '')
      // (a ratio bound to the comparison of two arms, "AB-101 vs placebo", is of no one arm: what a reduction "compared with
      // placebo" claims)
      && (!b.arm || armOf(h) === '' || h.binding.arm === b.arm));
    if (!same.length) continue;
    // (a claim that fits any ratio of the document, its own or one of a population its binding missed or of an endpoint
    // named in other words, "survival" for "OS", may well be that one's: precision first)
    if (hrs.some(h => reductionFits(model, p, h))) continue;
    const hr = same[0];
    const implied = (1 - (hr.value as number)) * 100;
    out.push({
      message: `A ${p.value} % risk reduction does not match ${hr.unit} ${hr.value}${same.length > 1 ? ` (nor any other ratio stated for ${b.endpoint})` : ''}: 1 \u2212 ${hr.value} = ${implied.toFixed(0)} %.`,
      start: p.start, end: p.end,
      related: same.map(h => ({ start: h.start, end: h.end, message: `${h.unit} ${h.value}` })),
      data: { claimed: p.value, hazardRatio: hr.value as number, implied: Number(implied.toFixed(2)) }, fixes: [],
    });
  }
}


/**
 * A percentage's own word in a figure written out ("twelve percent", "zwölf Prozent"): the number is a cardinal, as exact as
 * its digits, no share in words (numbers.json percentWords).
 */
const NAMES_PERCENT = new RegExp(`%|(?<![\\p{L}])(?:percent|per cent|${wordsPattern(numberWords.percentWords)})(?![\\p{L}])`, 'iu');

/** How far a share in words may lie from the rate it stands for, in points: "about half" for 46 %, "a third" for 31 %. */
const WORDED_SHARE_ROOM = 5;

/**
 * A share written in words ("over two-fifths of subjects", "about half") against the rate with
 * digits that states the same measure, for the same drug and arm, in its sentence or the next of its
 * paragraph ("... an objective response rate of 35.2 %"): a bound the rate breaks ("over two-fifths"
 * of 35.2 %), or a share the rate is far from ("half", 38 %), is a claim the figures do not support.
 * Populations and time points must agree where both name one; only proportions' rates (an ORR, not a
 * survival rate or a change). A number written out with its percent word ("nine percent") is no share in words.
 */
function fractionWordsAgainstRates(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const agree = (a: string | undefined, b: string | undefined) => a === undefined || b === undefined || a === b;
  // a share of patients in words is a proportion's rate, never a survival rate's or a change's ("half of them lived 60 % longer")
  const proportions = new Set(model.entities.filter(e => e.kind === 'endpoint' && e.facts.measure === 'proportion').map(e => e.name));
  for (let si = 0; si < bySentence.length; si++) {
    for (let wI = 0, wList = bySentence[si]; wI < wList.length; wI++) { const w = wList[wI];
      if (w.figureKind !== 'percent' || typeof w.value !== 'number' || /\d/.test(model.text.slice(w.start, w.end)) || !w.binding.endpoint || !proportions.has(w.binding.endpoint)) continue;
      // "nine percent": a cardinal written out with its percent word is an exact rate, not a share in words; two rates
      // of one endpoint that differ are two groups' as often as one restated, which repeated-value judges
      if (NAMES_PERCENT.test(model.text.slice(w.start, w.end))) continue;
      const para = paragraphIndexAt(model, w.start);
      const candidates = [...bySentence[si], ...(si + 1 < bySentence.length && paragraphIndexAt(model, model.sentences[si + 1].start) === para ? bySentence[si + 1] : [])]
        .filter(d => d !== w && d.figureKind === 'percent' && d.unit === '%' && typeof d.value === 'number' && !d.comparator && !d.table
          && /\d/.test(model.text.slice(d.start, d.end)) && d.binding.endpoint === w.binding.endpoint && (d.binding.drug ?? '') === (w.binding.drug ?? '')
          && (d.binding.arm ?? '') === (w.binding.arm ?? '') && agree(d.binding.subgroup, w.binding.subgroup) && agree(d.binding.timepoint, w.binding.timepoint)
          && !isControlArmFigure(model, d));
      // one rate only: two would be two groups' or two analyses'
      if (candidates.length !== 1) continue;
      const d = candidates[0];
      // "half (38 %)": a restatement in brackets, which repeated-value judges
      if (d.start > w.end && /^[^()]{0,12}\($/.test(model.text.slice(w.end, d.start))) continue;
      const v = w.value as number, x = d.value as number, room = halfUnit(model.text.slice(d.start, d.end));
      const c = w.comparator;
      const broken = c === '>' || c === '\u2265' ? x + room < v
        : c === '<' || c === '\u2264' ? x - room > v
        : Math.abs(x - v) > WORDED_SHARE_ROOM + room;
      if (!broken) continue;
      const said = model.text.slice(w.start, w.end);
      out.push({
        message: `\u201c${said}\u201d (${c === '>' || c === '\u2265' ? 'above ' : c === '<' || c === '\u2264' ? 'below ' : 'about '}${fmt(v)} %) does not match the ${w.binding.endpoint} of ${model.text.slice(d.start, d.end)} stated for it.`,
        start: w.start, end: w.end,
        related: [{ start: d.start, end: d.end, message: `${w.binding.endpoint} ${x} %` }],
        data: { worded: v, stated: x }, fixes: [],
      });
    }
  }
  return out;
}

/**
 * A gap between two groups' medians stated as a length ("lived 3.2 months longer than those on
 * placebo", "an improvement of 3.2 months") against the two medians of the same endpoint in its
 * sentence, or, when its sentence states no other length, in the next or the previous sentence of its
 * paragraph, or else the document's only two medians of the gap's endpoint, of two groups: exactly two, in the gap's
 * unit; the gap is their difference within the rounding of all three (and a tenth of it for "about").
 */
function durationGaps(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  const median = (f: FigureEntity) => f.figureKind === 'duration' && typeof f.value === 'number' && !f.comparator && !f.timepoint && !!f.binding.endpoint && !isDurationGap(text, f);
  // (a median's group: its drug or arm)
  const groupOf = (f: FigureEntity) => f.binding.arm ?? f.binding.drug ?? '';
  let documentMedians: FigureEntity[] | undefined;
  for (let si = 0; si < bySentence.length; si++) {
    for (let gI = 0, gList = bySentence[si]; gI < gList.length; gI++) { const g = gList[gI];
      // (an approximate gap, "by about 2.5 months", is held to the medians with a looser room: see below)
      if (g.figureKind !== 'duration' || typeof g.value !== 'number' || (g.comparator && g.comparator !== '~') || !isDurationGap(text, g)) continue;
      const para = paragraphIndexAt(model, g.start);
      const within = (k: number) => k >= 0 && k < bySentence.length && paragraphIndexAt(model, model.sentences[k].start) === para;
      const here = bySentence[si].filter(f => f !== g && median(f) && f.unit === g.unit);
      const others = bySentence[si].filter(f => f !== g && f.figureKind === 'duration');
      let two = here.length === 2 ? here : undefined;
      if (!two && others.length === 0) {
        for (let kI = 0, kList = [si + 1, si - 1]; kI < kList.length; kI++) { const k = kList[kI];
          if (!within(k)) continue;
          const there = bySentence[k].filter(f => median(f) && f.unit === g.unit);
          if (there.length === 2 && bySentence[k].filter(f => f.figureKind === 'duration').length === 2) { two = there; break; }
        }
      }
      // (else, for a gap bound to its endpoint, the document's only two medians of that endpoint, one each for two groups:
      // a summary's gain and the results' medians stand paragraphs apart)
      if (!two && others.length === 0 && g.binding.endpoint) {
        const all = (documentMedians ??= bySentence.flat().filter(f => median(f) && !f.table));
        const same = all.filter(f => f.binding.endpoint === g.binding.endpoint && f.unit === g.unit);
        if (same.length === 2 && groupOf(same[0]) !== groupOf(same[1])) two = same;
      }
      if (!two || two[0].binding.endpoint !== two[1].binding.endpoint) continue;
      const [a, b] = two;
      const diff = Math.abs((a.value as number) - (b.value as number));
      // ("about 3.5 months": a tenth of the gap, or half its unit, whichever is more, beside the rounding)
      const about = g.comparator === '~' ? Math.max(0.1 * (g.value as number), 0.5) : 0;
      const room = about + [a, b, g].reduce((x, f) => x + halfUnit(model.text.slice(f.start, f.end)), 0);
      if (Math.abs(diff - (g.value as number)) <= room + 1e-9) continue;
      out.push({
        message: `${model.text.slice(a.start, a.end)} and ${model.text.slice(b.start, b.end)} differ by ${Number(diff.toFixed(4))} ${g.unit}, not the ${model.text.slice(g.start, g.end)} stated between them.`,
        start: g.start, end: g.end,
        related: [{ start: a.start, end: a.end, message: 'one group\u2019s median' }, { start: b.start, end: b.end, message: 'the other group\u2019s' }],
        data: { difference: diff, stated: g.value as number }, fixes: [],
      });
    }
  }
  return out;
}
