/**
 * ci-inconsistent: a confidence interval that cannot belong to its estimate. Errors: the lower
 * bound above the upper; the point estimate outside its own interval (below the lower bound of an
 * interval whose upper bound is not estimable, "(95% CI: 10.2, NE)"). Warning: a ratio estimate
 * (HR, OR, RR) far from the geometric mean of its limits, beyond what the rounding of the
 * written numbers and the usual asymmetry of interval methods allow (ratio intervals are
 * symmetric on the log scale, so the estimate is close to sqrt(lower x upper)).
 */
import { Check, decimalsOf, normalizedText, wordsPattern, type CheckFinding, figuresOf } from './check';
import comparisons from '../../../lexicon/grammar/comparisons.json';
import type { DocumentModel, Finding, FigureEntity } from '../model';
import { cellIntervals } from './tableCells';

const CODE = 'ci-inconsistent';
/** Relative room left for interval methods that are not exactly log-symmetric (profile likelihood, exact). */
const METHOD_SLACK = 0.1;

export const confidenceInterval: Check = {
  code: CODE,
  description: 'A confidence interval that cannot belong to its estimate: bounds reversed, the estimate outside it, or a ratio far from the geometric mean of its limits.',
  defaultSeverity: 'error',
  run(model) {
    const out: CheckFinding[] = [];
    const figs = figuresOf(model);
    for (let i = 0; i < figs.length; i++) {
      const ci = figs[i];
      if (ci.figureKind !== 'ci') continue;
      // "(95% CI: 10.2, NE)": only the lower bound is known, and the estimate cannot lie below it
      if (typeof ci.value === 'number' && /^upper bound not estimable/.test(ci.reading ?? '')) {
        const est = estimateFor(model.text, figs, i);
        if (!est || typeof est.value !== 'number' || est.figureKind !== 'duration' && est.figureKind !== 'percent' && est.figureKind !== 'ratio') continue;
        const dEst = 0.5 * 10 ** -decimalsOf(model.text.slice(est.start, est.end));
        const dCi = 0.5 * 10 ** -decimalsOf(model.text.slice(ci.start, ci.end));
        if (est.value + dEst < ci.value - dCi) {
          out.push(finding(ci, 'error', `Estimate ${est.value} lies below the lower bound ${ci.value} of its ${ci.level ?? 95} % CI (${ci.value}, not estimable).`,
            [{ start: est.start, end: est.end, message: `the estimate: ${est.value}` }], { estimate: est.value, lower: ci.value }));
        }
        continue;
      }
      if (!Array.isArray(ci.value)) continue;
      const [lo, hi] = ci.value;
      const level = ci.level ?? 95;
      if (lo > hi) {
        out.push(finding(ci, 'error', `${level} % CI ${lo}\u2013${hi}: the lower bound is above the upper bound.`, [], { lower: lo, upper: hi }));
        continue;
      }
      const est = estimateFor(model.text, figs, i);
      if (!est || typeof est.value !== 'number') continue;
      const v = est.value;
      const related = [{ start: est.start, end: est.end, message: `the estimate: ${v}` }];
      const dEst = 0.5 * 10 ** -decimalsOf(model.text.slice(est.start, est.end));
      const dCi = 0.5 * 10 ** -decimalsOf(model.text.slice(ci.start, ci.end));
      if (v + dEst < lo - dCi || v - dEst > hi + dCi) {
        out.push(finding(ci, 'error', `Estimate ${v} lies outside its ${level} % CI ${lo}\u2013${hi}.`, related, { estimate: v, lower: lo, upper: hi }));
        continue;
      }
      // ("7.1 (2.1, >9.99)": a bound written with a sign of comparison is one the software could not print, only a bound on
      // the limit, so the limits' geometric mean says nothing of the estimate)
      if (est.figureKind === 'ratio' && est.unit !== 'fold' && lo > 0 && hi > 0 && v > 0 && !/[<>\u2264\u2265]/.test(model.text.slice(ci.start, ci.end))) {
        const gmLow = Math.sqrt(Math.max(lo - dCi, 1e-12) * Math.max(hi - dCi, 1e-12));
        const gmHigh = Math.sqrt((lo + dCi) * (hi + dCi));
        if (v + dEst < gmLow * (1 - METHOD_SLACK) || v - dEst > gmHigh * (1 + METHOD_SLACK)) {
          const gm = Math.sqrt(lo * hi);
          out.push(finding(ci, 'warning', `Ratio ${v} is far from the geometric mean of its ${level} % CI, \u221a(${lo} \u00d7 ${hi}) = ${gm.toFixed(2)}; ratio intervals are symmetric on the log scale.`, related, { estimate: v, lower: lo, upper: hi, geometricMean: Number(gm.toFixed(4)) }));
        }
      }
    }
    // "17.2 (6.6\u201325.1)" in a table's cell: an estimate and the interval or range written with it
    for (let itemI = 0, itemList = [...cellIntervals(model), ...rangesAfter(model, figs)]; itemI < itemList.length; itemI++) { const { estimate: est, bound, lower, upper, open } = itemList[itemI];
      const v = est.value as number;
      const dEst = 0.5 * 10 ** -decimalsOf(model.text.slice(est.start, est.end));
      const dCi = 0.5 * 10 ** -decimalsOf(model.text.slice(bound.start, bound.end));
      if (v + dEst >= lower - dCi && v - dEst <= upper + dCi) continue;
      const written = open ? `${lower}, not estimable` : `${lower}\u2013${upper}`;
      out.push(finding(bound, 'error', `Estimate ${v} lies outside the interval written with it${bound.table ? ' in its table cell' : ''} (${written}).`,
        [{ start: est.start, end: est.end, message: `the estimate: ${v}` }], open ? { estimate: v, lower } : { estimate: v, lower, upper }));
    }
    return out;
  },
};

/**
 * "0,547 (0,253 \u00e0 0,475)", "24.1 (11.1-28.3)" outside a table (a table flattened one cell a line): a range of bare
 * decimals in brackets right after an estimate (a share, a period, a ratio or a bare number), its two bounds written
 * with as many decimals (a citation or a span of years is written in whole numbers), is the interval or the range
 * written with it: the estimate cannot lie outside it, whichever it is.
 */
function rangesAfter(model: DocumentModel, figs: readonly FigureEntity[]): { estimate: FigureEntity; bound: FigureEntity; lower: number; upper: number; open: boolean }[] {
  const out: { estimate: FigureEntity; bound: FigureEntity; lower: number; upper: number; open: boolean }[] = [];
  const text = model.text;
  for (let k = 0; k + 1 < figs.length; k++) {
    const e = figs[k], a = figs[k + 1];
    if (e.table || a.table || !['other', 'percent', 'duration', 'ratio'].includes(e.figureKind) || typeof e.value !== 'number' || e.comparator || e.unit === 'fold' || e.unit === ':') continue;
    if (!((a.figureKind === 'other' && !a.unit) || (a.figureKind === e.figureKind && a.unit === e.unit)) || !Array.isArray(a.value) || a.comparator || !(a.value[0] < a.value[1])) continue;
    if (!/^[ ]?[(\[]$/.test(text.slice(e.end, a.start)) || !/^[ ]?[)\]]/.test(text.slice(a.end, a.end + 2))) continue;
    const bounds = text.slice(a.start, a.end).match(/\d+(?:[.,]\d+)?/g) ?? [];
    if (bounds.length !== 2 || decimalsOf(bounds[0]) === 0 || decimalsOf(bounds[0]) !== decimalsOf(bounds[1])) continue;
    out.push({ estimate: e, bound: a, lower: a.value[0], upper: a.value[1], open: false });
  }
  return out;
}

/** The short label of an interval without its level, at the end of the words between an estimate and its bounds. */
const BARE_LABEL = /(?<![\p{L}\d])(?:CI|KI|IC)[ ]?[:=]?[ ]?$/u;

/** The estimate a CI belongs to: the figure right before it, e.g. "HR 0.51 (95% CI 0.38-0.69)", "50 % (95% CI: 42.8 %, 57.2 %)". */
export function estimateFor(text: string, figs: readonly FigureEntity[], i: number): FigureEntity | undefined {
  let prev = figs[i - 1];
  // "98.0 % of participants at 1 month (95% CI ...)": a time point is when the estimate was measured,
  // not the estimate; the estimate is the share before it
  if (prev && prev.figureKind === 'duration' && /(?:^|[^\p{L}])(?:at|after|by|nach|efter|après|dopo)\s*$/iu.test(text.slice(Math.max(0, prev.start - 8), prev.start))) {
    const before = figs[i - 2];
    if (!before || before.figureKind !== 'percent' || prev.start - before.end > 40 || /[.;()]/.test(text.slice(before.end, prev.start))) return undefined;
    prev = before;
    if (/[.]/.test(text.slice(figs[i - 1].end, figs[i].start))) return undefined;
    return prev;
  }
  if (!prev || !['ratio', 'percent', 'duration', 'other'].includes(prev.figureKind)) return undefined;
  // ("the rate nearly doubled (95% CI 20-40)": a multiple said by a word, no digit written, is a claim about the figures, not
  // an estimate an interval is computed around; the interval after it is of the effect the figures state)
  if (prev.figureKind === 'ratio' && prev.unit === 'fold' && !/\d/.test(text.slice(prev.start, prev.end))) return undefined;
  // ("14–0 (8.8–NE)": a number right after a digit and a dash is the end of a pair written as a range, no estimate alone)
  if (/\d\s?[\u2013-]\s?$/.test(text.slice(Math.max(0, prev.start - 3), prev.start))) return undefined;
  // "HR 1.45, CI 1.2-1.8": the interval's label without its level stays outside the interval read, in the gap
  const gap = text.slice(prev.end, figs[i].start).replace(BARE_LABEL, '');
  // "HR 0.91; 95% CI 0.78-1.06" is one result; a full stop, or a semicolon beyond "; ", parts two
  if (gap.length > 12 || /\./.test(gap) || (/;/.test(gap) && !/^ ?; ?$/.test(gap))) return undefined;
  if (!/^[\s,;:]*[([]?[\s]*$/.test(gap)) return undefined;
  // "(71% vs. 68%, 95% CI -6.2, 11.9)": the second side of a comparison, its interval right after the pair, is the
  // comparison's interval (of the difference or the ratio), no interval of that side's own value
  const first = figs[i - 2];
  if (first && first.figureKind === prev.figureKind && first.unit === prev.unit && VERSUS_GAP.test(text.slice(first.end, prev.start))) return undefined;
  return prev;
}
/** Between the two sides of a comparison: "vs.", "versus", "compared with" and their kin (comparisons.json changes.compared). */
const VERSUS_GAP = new RegExp(`^[\\s,]*(?:${wordsPattern(comparisons.changes.compared)})\\.?[\\s,]*$`, 'iu');

function finding(ci: FigureEntity, severity: 'error' | 'warning', message: string, related: Finding['related'], data: Finding['data']): CheckFinding {
  return { severity, message, start: ci.start, end: ci.end, related, data, fixes: [] };
}

/**
 * Whether an interval's estimate is a ratio (symmetric on the log scale, no effect at 1): a ratio
 * figure (HR, OR, RR), or a plain number the text names a ratio ("the odds ratio was 1.85").
 */
export function isRatioEstimate(model: DocumentModel, est: FigureEntity): boolean {
  if (est.figureKind === 'ratio') return est.unit !== 'fold' && est.unit !== ':';
  if (est.figureKind !== 'other' || est.unit !== '' || typeof est.value !== 'number' || est.value <= 0) return false;
  return /\b(?:hazard|odds|risk|rate|incidence rate) ratio\s*(?:was|of|is|=|:)?\s*$|\b(?:HR|OR|RR|IRR|aHR|aOR)\s*(?:was|of|=|:)?\s*$/i.test(normalizedText(model).slice(Math.max(0, est.start - 30), est.start));
}
