/**
 * significance-vs-ci: "statistically significant" said of a result whose 95 % confidence interval
 * spans no effect: 1 for a ratio (HR, OR, RR), 0 for a difference. A two-sided test at the 5 %
 * level and the 95 % interval agree on this, so one of them is wrong. The interval judged is the
 * first one after the claim in its clause (or, when the sentence has only one, the one before it),
 * and it must span the null value beyond the rounding of its limits. Negated claims ("not
 * statistically significant", "did not reach significance"), trends and aims ("powered to detect a
 * significant gain") are never judged. A claim with no interval is held to its own p-value: above 0.05 (two-sided)
 * it is not significant, unless the document names another level or a one-sided test. The
 * claims and their negators, per language, are data (lexicon/grammar/significance.json).
 */
import { Check, figuresBySentence, halfUnit, normalizedText, paragraphIndexAt, wordsPattern, type CheckFinding } from './check';
import words from '../../../lexicon/grammar/significance.json';
import { estimateFor, isRatioEstimate } from './confidenceInterval';
import type { FigureEntity } from '../model';

const CODE = 'significance-vs-ci';
/** The two-sided level a claim of significance is read at, when the text names no other. */
const SIGNIFICANCE_LEVEL = 0.05;
/** Words that name another level or a one-sided test anywhere in the document (significance.json otherLevels). */
const OTHER_LEVEL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.otherLevels.words)})(?![\\p{L}])`, 'iu');
const CLAIM = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.claims.words)})(?![\\p{L}])`, 'giu');
/** The same words, tested once on a text (no global state). */
const ANY_CLAIM = new RegExp(CLAIM.source, 'iu');
/** Words that, among the three before a claim, negate or weaken it. */
const NEGATORS = new Set(words.negators.words.map(w => w.toLowerCase()));
/** Words among the three before a claim that make it an aim, not a result ("powered to detect a significant gain"). */
const AIMS = words.aims.words.map(w => w.toLowerCase());

export const significanceClaim: Check = {
  code: CODE,
  description: '"Statistically significant" said of a result whose 95 % confidence interval spans no effect (1 for a ratio, 0 for a difference).',
  defaultSeverity: 'warning',
  run(model) {
    const out: CheckFinding[] = [];
    const text = normalizedText(model);
    const figs = model.entities.filter((e): e is FigureEntity => e.kind === 'figure');
    const index = new Map(figs.map((f, i) => [f, i]));
    const bySentence = figuresBySentence(model);
    const judge = (ci: FigureEntity, m: RegExpExecArray, at: number) => {
      const est = estimateFor(model.text, figs, index.get(ci)!);
      const ratio = (!!est && isRatioEstimate(model, est)) || ['HR', 'OR', 'RR', 'rate ratio'].includes(ci.unit);
      const nul = ratio ? 1 : 0;
      const [lo, hi] = ci.value as [number, number];
      const d = halfUnit(model.text.slice(ci.start, ci.end));
      if (!(lo + d < nul && nul < hi - d)) return;
      out.push({
        message: `\u201c${m[0]}\u201d, but the 95 % CI ${lo}\u2013${hi} includes ${nul}${ratio ? ' (no difference for a ratio)' : ' (no difference)'}: at the 5 % level the result is not significant.`,
        start: at, end: at + m[0].length,
        related: [{ start: ci.start, end: ci.end, message: `the interval: ${lo}\u2013${hi}` }, ...(est ? [{ start: est.start, end: est.end, message: `the estimate: ${est.value}` }] : [])],
        data: { lower: lo, upper: hi, nullValue: nul }, fixes: [],
      });
    };
    /** "significantly improved OS (p = 0.21)": a p-value above 0.05, beyond its rounding, in the claim's clause and no interval there. */
    const judgeP = (p: FigureEntity, m: RegExpExecArray, at: number) => {
      if (typeof p.value !== 'number' || (p.comparator && p.comparator !== '=' && p.comparator !== '>' && p.comparator !== '\u2265')) return;
      if (p.value - halfUnit(model.text.slice(p.start, p.end)) <= SIGNIFICANCE_LEVEL || OTHER_LEVEL.test(text)) return;
      out.push({
        message: `\u201c${m[0]}\u201d, but ${model.text.slice(p.start, p.end).trim()} is above ${SIGNIFICANCE_LEVEL}: at the 5 % level the result is not significant.`,
        start: at, end: at + m[0].length,
        related: [{ start: p.start, end: p.end, message: `the p-value: ${p.value}` }],
        data: { p: p.value, level: SIGNIFICANCE_LEVEL }, fixes: [],
      });
    };
    const cisOf = (inS: FigureEntity[]) => inS.filter(f => f.figureKind === 'ci' && Array.isArray(f.value) && (f.level ?? 95) === 95);
    let ei = 0;
    for (const [si, inS] of bySentence.entries()) {
      const cis = cisOf(inS);
      // a sentence with many intervals is a table, not a claim with its result
      if (cis.length > 8) continue;
      // a sentence with no interval is read only when the next one gives exactly one (most sentences are never scanned)
      const nextCis = cis.length === 0 && si + 1 < bySentence.length ? cisOf(bySentence[si + 1]) : [];
      const ps = inS.filter(f => f.figureKind === 'pvalue');
      if (cis.length === 0 && nextCis.length !== 1 && ps.length === 0) continue;
      const s = model.sentences[si];
      const sentence = text.slice(s.start, s.end);
      CLAIM.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = CLAIM.exec(sentence)) !== null) {
        const at = s.start + m.index;
        const before = sentence.slice(Math.max(0, m.index - 40), m.index).split(/[^\p{L}]+/u).filter(Boolean).slice(-3);
        if (before.some(w => NEGATORS.has(w.toLowerCase())) || /non-?$/i.test(sentence.slice(Math.max(0, m.index - 4), m.index))) continue;
        const beforeWords = ` ${before.join(' ').toLowerCase()} `;
        if (AIMS.some(a => beforeWords.includes(` ${a} `))) continue;
        if (cis.length === 0 && nextCis.length !== 1) {
          // the claim's own p-value: the first after it in its clause, or the sentence's one before it
          const clauseEnd = nextBoundary(sentence, m.index + m[0].length);
          const p = ps.find(f => f.start > at && f.start < s.start + clauseEnd) ?? (ps.length === 1 && ps[0].end <= at ? ps[0] : undefined);
          if (p) judgeP(p, m, at);
          continue;
        }
        if (cis.length === 0) {
          // "a significant gain in OS. Here the HR was 0.8 (95% CI 0.6-1.1)": the claim's
          // evidence in the next sentence of its paragraph, when that sentence gives one interval, of an
          // endpoint the claim's sentence names, and makes no claim of its own
          const next = model.sentences[si + 1];
          if (paragraphIndexAt(model, next.start) !== paragraphIndexAt(model, s.start)) continue;
          if (ANY_CLAIM.test(text.slice(next.start, next.end))) continue;
          const endpoint = nextCis[0].binding.endpoint;
          while (ei < model.entities.length && model.entities[ei].start < s.start) ei++;
          let named = false;
          for (let k = ei; k < model.entities.length && model.entities[k].start < s.end && !named; k++) named = model.entities[k].kind === 'endpoint' && model.entities[k].name === endpoint;
          // (or neither names an endpoint: "... met its primary endpoint. The hazard ratio was 0.86 (95 % CI ...)")
          let anyEndpoint = false;
          for (let k = ei; k < model.entities.length && model.entities[k].start < next.end && !anyEndpoint; k++) anyEndpoint = model.entities[k].kind === 'endpoint';
          if ((endpoint && named) || (!endpoint && !anyEndpoint)) judge(nextCis[0], m, at);
          continue;
        }
        // the clause the claim stands in ends at ";" or at the next claim
        const clauseEnd = nextBoundary(sentence, m.index + m[0].length);
        const after = cis.filter(c => c.start > at && c.start < s.start + clauseEnd);
        const ci = after[0] ?? (cis.length === 1 && cis[0].end <= at ? cis[0] : undefined);
        if (ci) judge(ci, m, at);
      }
    }
    return out;
  },
};

function nextBoundary(sentence: string, from: number): number {
  const claim = new RegExp(CLAIM.source, 'giu');
  claim.lastIndex = from;
  const next = claim.exec(sentence);
  const limit = next ? next.index : sentence.length;
  // a semicolon inside parentheses ("(HR 0.91; 95% CI 0.78-1.06)") does not end the clause
  let semi = -1, depth = 0;
  for (let i = from; i < limit && semi < 0; i++) {
    const c = sentence[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ';' && depth === 0) semi = i;
  }
  return semi >= 0 ? semi : limit;
}
