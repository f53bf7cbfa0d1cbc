/**
 * p-value-vs-ci: a p-value that contradicts the confidence interval written with it. For a ratio
 * (HR, OR, RR) the interval is symmetric on the log scale, so it gives the standard error, and the
 * estimate's distance from 1 in standard errors gives the two-sided p-value (Altman and Bland, "How
 * to obtain the P value from a confidence interval", BMJ 2011;343:d2304). Tests differ (a
 * log-rank p beside a Cox interval), and every written number is rounded, so the p-value is
 * computed for every rounding of the estimate and the limits, and reported only when
 *  - the two fall on different sides of 0.05 and differ at least 3-fold ("p = 0.03" with an
 *    interval of 0.85-1.30 that spans 1), or
 *  - an exactly stated p-value of at least 0.001 is at least 100-fold off.
 */
import { readByColumnKinds } from '../columnKinds';
import { Check, firstIndexFrom, halfUnit, normalizedText, wordsPattern, type CheckFinding, figuresOf } from './check';
import words from '../../../lexicon/grammar/significance.json';
import { estimateFor, isRatioEstimate } from './confidenceInterval';
import type { DocumentModel, FigureEntity } from '../model';

/** Words before an estimate that make it a difference between groups (significance.json). */
const DIFFERENCE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.differences.words)})(?![\\p{L}])`, 'iu');

/** Words naming the test that gave a p-value, right before it (significance.json pValueQualifiers). */
const QUALIFIERS_AT_END = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.pValueQualifiers.words)})[ ]?$`, 'iu');

const CODE = 'p-value-vs-ci';

/**
 * The p-value of a table's cell right before the cell of an interval's estimate, in the same row: "| 4.1 (0.04) |" then
 * "| 1.3 (1.0; 1.7) |", the estimate opening its cell, its interval in brackets closing it, the p-value closing the cell
 * before, in brackets after its statistic or alone. Undefined otherwise.
 */
function pValueInCellBefore(text: string, figs: readonly FigureEntity[], i: number): FigureEntity | undefined {
  const ci = figs[i], est = figs[i - 1], p = figs[i - 2];
  if (!est || !p || p.figureKind !== 'pvalue') return undefined;
  if (!/^[ \t]*\)?[ \t]*\|[ \t]*$/.test(text.slice(p.end, est.start))) return undefined;
  if (!/^[ \t]*[(\[][ \t]*$/.test(text.slice(est.end, ci.start))) return undefined;
  if (!/^[ \t]*[)\]][ \t]*(?:\||\n|$)/.test(text.slice(ci.end, ci.end + 8))) return undefined;
  return p;
}

export const pValueInterval: Check = {
  code: CODE,
  description: 'A p-value that contradicts its confidence interval (the p-value the interval implies, by Altman and Bland\u2019s method, lies on the other side of 0.05 or is 100-fold off).',
  defaultSeverity: 'warning',
  run(model) {
    const out: CheckFinding[] = [];
    const figs = figuresOf(model);
    // (to the last figure: an interval that ends the text may take its p-value from the cell before its estimate)
    for (let i = 0; i < figs.length; i++) {
      const ci = figs[i];
      if (ci.figureKind !== 'ci' || !Array.isArray(ci.value)) continue;
      // (or, in a table's row, the p-value the cell before the estimate's gives, its test's statistic before it in that cell:
      // "| 4.1 (0.04) | 1.3 (1.0; 1.7) |" under "Wald statistic (P value)" and "HR, 95% CI")
      const before = pValueInCellBefore(model.text, figs, i);
      const p = before ?? figs[i + 1];
      if (!p || p.figureKind !== 'pvalue' || typeof p.value !== 'number' || p.value <= 0 || p.value > 1) continue;
      if (!before) {
        // "(95% CI 0.52-0.84; p < 0.001)", "(95% CI, 0.61 to 0.86), P=0.0002", "(95% CI 0.52-0.84: p < 0.001)":
        // the p-value right after the interval, any list mark between them; in a table's row, the next cell
        // ("| 0.71 (0.58-0.86) | <0.001 |", or columns apart by spaces): the row's comparison and its p-value
        // (the words of the test may stand between them: "(95% CI 0.52-0.84; two-sided p = 0.004)", "; log-rank P<0.001")
        const gap = model.text.slice(ci.end, p.start).replace(QUALIFIERS_AT_END, '');
        if (!/^[\s;:,)\]]{0,4}$/.test(gap) && !/^\)?[ \t]*\|?[ \t]*$/.test(gap)) continue;
        // (a line end between them ends a table's row: the p-value opens the next row; the checks' text has its soft
        // wraps made spaces already)
        // (unless both are one row's values a copy put one a line under a header that names them: columnKinds.ts)
        if (model.text.slice(ci.end, p.start).includes('\n') && !(readByColumnKinds(ci) && readByColumnKinds(p) && /^[\s)\]]*$/.test(model.text.slice(ci.end, p.start)))) continue;
        // (nor does one the layout read as a soft wrap when the p-value opens the next line with its own label glued to it,
        // "P value0.02", a flattened table's next row)
        if (softBreakBetween(model, ci.end, p.start) && /^\p{L}[^\d]*\p{L}\d/u.test(model.text.slice(p.start, p.end))) continue;
      }
      const est = estimateFor(model.text, figs, i);
      if (before && est !== figs[i - 1]) continue;
      // (an interval with no estimate before it, "| 1.2 | 3.4 | −0.4 to 2.8 | 0.19 |", the difference of the two shares
      // before it, or "(71 % vs 68 %, 95 % CI −6.2 to 11.9; p = 0.4)": read against its own centre, when it is a difference's)
      if (!est) { if (differenceInterval(figs, i)) judgeCentre(model, ci, p, out); continue; }
      if (typeof est.value !== 'number') continue;
      const ratio = isRatioEstimate(model, est);
      const [lo, hi] = ci.value;
      // a vaccine's efficacy is one less a ratio, written as a percentage ("VE 82.4 % (95 % CI -4.8 %, 95.3 %)"): judged
      // as that ratio, its interval symmetric on the log scale, not as a difference
      if (!ratio && est.figureKind === 'percent' && est.binding.endpoint === 'VE') {
        judgeEfficacy(model, est, ci, p, lo, hi, out);
        continue;
      }
      // a difference (no effect at 0): named so, or an interval only a difference can have (a negative bound)
      const difference = !ratio && (est.figureKind === 'percent' || est.figureKind === 'other' || est.figureKind === 'duration')
        && (lo < 0 || est.value < 0 || DIFFERENCE.test(normalizedText(model).slice(Math.max(0, est.start - 40), est.start)));
      if (difference) {
        if (hi > lo) judgeDifference(model, est, ci, p, lo, hi, out);
        continue;
      }
      if (!ratio || !(lo > 0 && hi > lo && est.value > 0)) continue;
      // an estimate outside its interval is ci-inconsistent's finding; nothing follows from it here
      if (est.value < lo || est.value > hi) continue;
      const z = zFor(ci.level ?? 95);
      if (z === undefined) continue;
      const dE = halfUnit(model.text.slice(est.start, est.end));
      const dC = halfUnit(model.text.slice(ci.start, ci.end));
      let pMin = 1, pMax = 0;
      for (let eI = 0, eList = [est.value - dE, est.value, est.value + dE]; eI < eList.length; eI++) { const e = eList[eI]; for (let lI = 0, lList = [lo - dC, lo + dC]; lI < lList.length; lI++) { const l = lList[lI]; for (let hI = 0, hList = [hi - dC, hi + dC]; hI < hList.length; hI++) { const h = hList[hI];
        if (e <= 0 || l <= 0 || h <= l) continue;
        const se = (Math.log(h) - Math.log(l)) / (2 * z);
        const pc = 2 * (1 - normalCdf(Math.abs(Math.log(e)) / se));
        pMin = Math.min(pMin, pc); pMax = Math.max(pMax, pc);
      } } }
      if (pMin > pMax) continue;
      const stated = p.value;
      // an interval that holds 1 beyond its rounding is not significant at its level, whatever the estimate
      // (one written off its interval's centre implies a p its interval does not): a p three times below the 5 % level, the
      // margin the verdict allows, says otherwise
      const spansNull = (ci.level ?? 95) === 95 && lo + dC < 1 && 1 < hi - dC && (p.comparator === '<' || p.comparator === '\u2264' || !p.comparator || p.comparator === '=') && stated * P_MARGIN <= 0.05;
      // and the other way round: an interval clear of 1 beyond its rounding is significant at its level, whatever the
      // estimate, so a p-value three times above the 5 % level contradicts it
      const excludesNull = (ci.level ?? 95) === 95 && (hi + dC < 1 || lo - dC > 1) && (!p.comparator || p.comparator === '=' || p.comparator === '>' || p.comparator === '\u2265') && stated >= 0.05 * P_MARGIN;
      const judged = verdict(p, pMin, pMax, 1);
      const why = judged ?? (spansNull ? 'the interval holds 1, so the result is not significant at the 5 % level' : excludesNull ? 'the interval excludes 1, so the result is significant at the 5 % level' : undefined);
      if (!why) continue;
      const mid = Math.sqrt(pMin * pMax);
      const name = est.figureKind === 'ratio' ? est.unit : 'ratio';
      out.push({
        message: `${model.text.slice(p.start, p.end)} does not fit ${name} ${est.value} (${ci.level ?? 95} % CI ${lo}\u2013${hi})${judged ? `, which implies p \u2248 ${fmtP(mid)}` : ''}: ${why}.`,
        start: p.start, end: p.end,
        related: [{ start: ci.start, end: ci.end, message: `the interval: ${lo}\u2013${hi}` }, { start: est.start, end: est.end, message: `the estimate: ${est.value}` }],
        data: { stated, impliedMin: Number(pMin.toPrecision(3)), impliedMax: Number(pMax.toPrecision(3)), lower: lo, upper: hi, estimate: est.value }, fixes: [],
      });
    }
    return out;
  },
};

/** Whether a line end the layout read as a space lies between two offsets (the soft breaks are sorted by start). */
function softBreakBetween(model: DocumentModel, from: number, to: number): boolean {
  const breaks = model.layout?.softBreaks;
  if (!breaks?.length) return false;
  const k = firstIndexFrom(breaks, from);
  return k < breaks.length && breaks[k].end <= to;
}

/** How far off a stated p-value must be, at least, across the 5 % level, to contradict its interval. */
const P_MARGIN = 3;
/**
 * Whether a stated p-value contradicts the range [pMin, pMax] an interval implies: on the other
 * side of 0.05 and 3-fold off, or (stated exactly, at least 0.001) 100-fold off. Undefined when not.
 */
function verdict(p: FigureEntity, pMin: number, pMax: number, nul: number): string | undefined {
  const stated = p.value as number;
  const cmp = p.comparator ?? '=';
  // what the text says: p below (or equal to) the stated value, above it, or equal to it
  const statedLow = cmp === '>' || cmp === '\u2265' ? stated : cmp === '<' || cmp === '\u2264' ? 0 : stated;
  const statedHigh = cmp === '<' || cmp === '\u2264' ? stated : cmp === '>' || cmp === '\u2265' ? 1 : stated;
  if (statedHigh < 0.05 && pMin > 0.05 && pMin >= P_MARGIN * statedHigh) return `the interval spans ${nul}, so the result is not significant at the 5 % level`;
  if (statedLow >= 0.05 && pMax < 0.05 && pMax * P_MARGIN <= statedLow) return `the interval excludes ${nul}, so the result is significant at the 5 % level`;
  if (cmp === '=' && stated >= 0.001 && (pMax * 100 <= stated || pMin >= stated * 100)) return 'they differ more than 100-fold';
  return undefined;
}

/**
 * A difference's p-value against its interval: symmetric on the linear scale, so the interval
 * gives the standard error, and the estimate's distance from 0 in standard errors the p-value.
 */
function judgeDifference(model: DocumentModel, est: FigureEntity, ci: FigureEntity, p: FigureEntity, lo: number, hi: number, out: CheckFinding[]): void {
  const z = zFor(ci.level ?? 95);
  if (z === undefined) return;
  const v = est.value as number;
  // an estimate outside its interval is ci-inconsistent's; far from the interval's middle, the interval is not symmetric (a ratio written as a percentage)
  if (v < lo || v > hi || Math.abs(v - (lo + hi) / 2) > 0.15 * (hi - lo) + halfUnit(model.text.slice(est.start, est.end)) * 2) return;
  const dE = halfUnit(model.text.slice(est.start, est.end));
  const dC = halfUnit(model.text.slice(ci.start, ci.end));
  let pMin = 1, pMax = 0;
  for (let eI = 0, eList = [v - dE, v, v + dE]; eI < eList.length; eI++) { const e = eList[eI]; for (let lI = 0, lList = [lo - dC, lo + dC]; lI < lList.length; lI++) { const l = lList[lI]; for (let hI = 0, hList = [hi - dC, hi + dC]; hI < hList.length; hI++) { const h = hList[hI];
    if (h <= l) continue;
    const se = (h - l) / (2 * z);
    const pc = 2 * (1 - normalCdf(Math.abs(e) / se));
    pMin = Math.min(pMin, pc); pMax = Math.max(pMax, pc);
  } } }
  if (pMin > pMax) return;
  const why = verdict(p, pMin, pMax, 0);
  if (!why) return;
  out.push({
    message: `${model.text.slice(p.start, p.end)} does not fit the difference ${v} (${ci.level ?? 95} % CI ${lo}\u2013${hi}), which implies p \u2248 ${fmtP(Math.sqrt(pMin * pMax))}: ${why}.`,
    start: p.start, end: p.end,
    related: [{ start: ci.start, end: ci.end, message: `the interval: ${lo}\u2013${hi}` }, { start: est.start, end: est.end, message: `the estimate: ${v}` }],
    data: { stated: p.value as number, impliedMin: Number(pMin.toPrecision(3)), impliedMax: Number(pMax.toPrecision(3)), lower: lo, upper: hi, estimate: v }, fixes: [],
  });
}

/**
 * Whether an interval without its estimate is a difference's (no effect at 0): a bound below zero, which no ratio has; or,
 * in a table's column, another interval of the column with one (the column holds one measure's intervals).
 */
function differenceInterval(figs: readonly FigureEntity[], k: number): boolean {
  const ci = figs[k];
  const [lo, hi] = ci.value as number[];
  if (!(hi > lo) || (ci.unit && RATIO_UNITS.has(ci.unit))) return false;
  if (lo < 0) return true;
  const column = ci.table?.column;
  if (!column) return false;
  // (the column's other cells, a table's length either side: no walk over the whole document)
  for (let j = Math.max(0, k - COLUMN_REACH); j < Math.min(figs.length, k + COLUMN_REACH); j++) {
    const o = figs[j];
    if (o !== ci && o.figureKind === 'ci' && o.table?.column === column && Array.isArray(o.value) && o.value[0] < 0) return true;
  }
  return false;
}
const RATIO_UNITS = new Set(['HR', 'OR', 'RR', 'IRR', 'GMR', 'ratio']);
/** How many figures either side of an interval its column's other intervals are looked for. */
const COLUMN_REACH = 200;

/**
 * A difference's interval with no estimate written: its centre is the estimate (a difference's interval is symmetric on
 * the linear scale), judged as judgeDifference judges one with its estimate.
 */
function judgeCentre(model: DocumentModel, ci: FigureEntity, p: FigureEntity, out: CheckFinding[]): void {
  const z = zFor(ci.level ?? 95);
  if (z === undefined) return;
  const [lo, hi] = ci.value as number[];
  const dC = halfUnit(model.text.slice(ci.start, ci.end));
  let pMin = 1, pMax = 0;
  for (let lI = 0, lList = [lo - dC, lo + dC]; lI < lList.length; lI++) { const l = lList[lI]; for (let hI = 0, hList = [hi - dC, hi + dC]; hI < hList.length; hI++) { const h = hList[hI];
    if (h <= l) continue;
    const se = (h - l) / (2 * z);
    const pc = 2 * (1 - normalCdf(Math.abs((l + h) / 2) / se));
    pMin = Math.min(pMin, pc); pMax = Math.max(pMax, pc);
  } }
  if (pMin > pMax) return;
  const why = verdict(p, pMin, pMax, 0);
  if (!why) return;
  out.push({
    message: `${model.text.slice(p.start, p.end)} does not fit the difference's interval (${ci.level ?? 95} % CI ${lo}\u2013${hi}), whose centre implies p \u2248 ${fmtP(Math.sqrt(pMin * pMax))}: ${why}.`,
    start: p.start, end: p.end,
    related: [{ start: ci.start, end: ci.end, message: `the interval: ${lo}\u2013${hi}` }],
    data: { stated: p.value as number, impliedMin: Number(pMin.toPrecision(3)), impliedMax: Number(pMax.toPrecision(3)), lower: lo, upper: hi }, fixes: [],
  });
}

/**
 * An efficacy in percent (1 - ratio) and its interval: the ratio is 1 - VE/100, its bounds 1 - upper/100 and
 * 1 - lower/100, and the p-value the interval implies is the ratio's (no effect at a ratio of 1, an efficacy of 0).
 */
function judgeEfficacy(model: DocumentModel, est: FigureEntity, ci: FigureEntity, p: FigureEntity, lo: number, hi: number, out: CheckFinding[]): void {
  const z = zFor(ci.level ?? 95);
  const v = est.value as number;
  if (z === undefined || !(lo < hi && hi < 100 && v < 100) || v < lo || v > hi) return;
  const dE = halfUnit(model.text.slice(est.start, est.end));
  const dC = halfUnit(model.text.slice(ci.start, ci.end));
  let pMin = 1, pMax = 0;
  for (let eI = 0, eList = [v - dE, v, v + dE]; eI < eList.length; eI++) { const e = eList[eI]; for (let lI = 0, lList = [lo - dC, lo + dC]; lI < lList.length; lI++) { const l = lList[lI]; for (let hI = 0, hList = [hi - dC, hi + dC]; hI < hList.length; hI++) { const h = hList[hI];
    const re = 1 - e / 100, rl = 1 - h / 100, rh = 1 - l / 100;
    if (re <= 0 || rl <= 0 || rh <= rl) continue;
    const se = (Math.log(rh) - Math.log(rl)) / (2 * z);
    const pc = 2 * (1 - normalCdf(Math.abs(Math.log(re)) / se));
    pMin = Math.min(pMin, pc); pMax = Math.max(pMax, pc);
  } } }
  if (pMin > pMax) return;
  const alpha = 1 - (ci.level ?? 95) / 100;
  // an interval that holds 0 beyond its rounding is not significant at its level: a p three times below that level says otherwise
  const spansNull = lo + dC < 0 && 0 < hi - dC && (!p.comparator || p.comparator === '=' || p.comparator === '<' || p.comparator === '\u2264') && (p.value as number) * 3 <= alpha;
  const judged = verdict(p, pMin, pMax, 0);
  const why = judged ?? (spansNull ? `the interval holds 0 (no efficacy), so the result is not significant at the ${Number((100 * alpha).toFixed(2))} % level` : undefined);
  if (!why) return;
  out.push({
    message: `${model.text.slice(p.start, p.end)} does not fit the efficacy ${v} % (${ci.level ?? 95} % CI ${lo}\u2013${hi} %)${judged ? `, which implies p \u2248 ${fmtP(Math.sqrt(pMin * pMax))}` : ''}: ${why}.`,
    start: p.start, end: p.end,
    related: [{ start: ci.start, end: ci.end, message: `the interval: ${lo}\u2013${hi}` }, { start: est.start, end: est.end, message: `the estimate: ${v}` }],
    data: { stated: p.value as number, impliedMin: Number(pMin.toPrecision(3)), impliedMax: Number(pMax.toPrecision(3)), lower: lo, upper: hi, estimate: v }, fixes: [],
  });
}

/** The two-sided normal quantile for a confidence level in percent. */
export function zFor(level: number): number | undefined {
  if (!(level > 50 && level < 100)) return undefined;
  const p = 1 - (1 - level / 100) / 2;
  // bisection on the CDF: exact enough and never fails
  let lo = 0, hi = 10;
  for (let k = 0; k < 60; k++) { const mid = (lo + hi) / 2; if (normalCdf(mid) < p) lo = mid; else hi = mid; }
  return (lo + hi) / 2;
}

/** The standard normal CDF, from the complementary error function (Numerical Recipes' erfc, relative error < 1.2e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

function fmtP(p: number): string {
  return p >= 0.001 ? p.toFixed(3) : p.toExponential(1);
}

