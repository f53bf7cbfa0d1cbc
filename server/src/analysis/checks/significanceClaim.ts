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
import { Check, figuresBySentence, halfUnit, normalizedText, paragraphIndexAt, wordsPattern, type CheckFinding, figuresOf } from './check';
import words from '../../../lexicon/grammar/significance.json';
import dateWords from '../../../lexicon/grammar/dates.json';
import { estimateFor, isRatioEstimate } from './confidenceInterval';
import type { FigureEntity } from '../model';
import { paragraphTest } from '../memo';

const CODE = 'significance-vs-ci';
/** The two-sided level a claim of significance is read at, when the text names no other. */
const SIGNIFICANCE_LEVEL = 0.05;
/**
 * How small a p-value must be to contradict a denied claim ("not statistically significant (p = 0.004)"): trials
 * often hold an endpoint to a stricter level than 0.05 (0.025, 0.01 after splitting it), so a denial beside
 * p = 0.03 may be right; beside p below 0.01 it is not, at any level a release would use without naming it.
 */
const DENIAL_LEVEL = 0.01;
/**
 * Words that name another level or a one-sided test anywhere in the document (significance.json otherLevels), and
 * an alpha that a number follows ("an alpha of 0.025", "\u03b1 = 0.049"; alphaLevels): the alpha of a protein or a
 * drug's name names no level.
 */
const OTHER_LEVEL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.otherLevels.words)})(?![\\p{L}])|(?<![\\p{L}-])(?:${wordsPattern(words.alphaLevels.words)})(?![\\p{L}-])[ ]?(?:of|level|=|:|<|\u2264)?[ ]?0?[.,]\\d`, 'iu');
const CLAIM = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.claims.words)})(?![\\p{L}])`, 'giu');
/** The same words, tested once on a text (no global state). */
const ANY_CLAIM = new RegExp(CLAIM.source, 'iu');
/** Words that, among the three before a claim, negate or weaken it. */
const NEGATORS = new Set(words.negators.words.map(w => w.toLowerCase()));
/** Of those, the words that deny it (significance.json denials): a denied claim is held to its evidence too. */
const DENIALS = new Set(words.denials.words.map(w => w.toLowerCase()));
/** Words that make an interval's estimate a difference, whose null is 0 (significance.json differences). */
const DIFFERENCE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.differences.words)})(?![\\p{L}])`, 'iu');
/** Forms of a claim read only after a denial ("did not reach significance", "did not significantly improve"). */
const DENIED_CLAIM = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.deniedClaims.words)})(?![\\p{L}])`, 'giu');
/** Words in a denial's sentence that name another yardstick than the two-sided 5 % level (significance.json denialExemptions). */
const DENIAL_EXEMPT = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.denialExemptions.words)})(?![\\p{L}])`, 'iu');
/** Words among the three before a claim that make it an aim, not a result ("powered to detect a significant gain"). */
const AIMS = words.aims.words.map(w => w.toLowerCase());

export const significanceClaim: Check = {
  code: CODE,
  description: '"Statistically significant" said of a result whose 95 % confidence interval spans no effect (1 for a ratio, 0 for a difference).',
  defaultSeverity: 'warning',
  run(model) {
    const out: CheckFinding[] = [];
    const text = normalizedText(model);
    const figs = figuresOf(model);
    const index = new Map(figs.map((f, i) => [f, i]));
    const bySentence = figuresBySentence(model);
    /** An interval as the claims are held to it: its estimate, whether that is a ratio (null 1) or not (null 0), its limits and their rounding. */
    const intervalOf = (ci: FigureEntity) => {
      const est = estimateFor(model.text, figs, index.get(ci)!);
      const ratio = (!!est && isRatioEstimate(model, est)) || ['HR', 'OR', 'RR', 'rate ratio'].includes(ci.unit);
      const [lo, hi] = ci.value as [number, number];
      return { est, ratio, nul: ratio ? 1 : 0, lo, hi, d: halfUnit(model.text.slice(ci.start, ci.end)) };
    };
    /** Whether the document names another level or a one-sided test: read once a run, paragraph by paragraph through the memo. */
    let otherLevel: boolean | undefined;
    const namesOtherLevel = () => (otherLevel ??= paragraphTest(text, OTHER_LEVEL));
    const judge = (ci: FigureEntity, m: RegExpExecArray, at: number) => {
      const { est, ratio, nul, lo, hi, d } = intervalOf(ci);
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
      if (p.value - halfUnit(model.text.slice(p.start, p.end)) <= SIGNIFICANCE_LEVEL || namesOtherLevel()) return;
      out.push({
        message: `\u201c${m[0]}\u201d, but ${model.text.slice(p.start, p.end).trim()} is above ${SIGNIFICANCE_LEVEL}: at the 5 % level the result is not significant.`,
        start: at, end: at + m[0].length,
        related: [{ start: p.start, end: p.end, message: `the p-value: ${p.value}` }],
        data: { p: p.value, level: SIGNIFICANCE_LEVEL }, fixes: [],
      });
    };
    /**
     * "OS was not statistically significant (p = 0.004)", "did not reach significance (HR 0.70; 95% CI 0.58-0.84)":
     * a denied claim whose own evidence, the first interval or else the first p-value after it in its clause, says
     * the result is significant at the 5 % level beyond the rounding of its figures. Not judged when the document
     * names another level, or the sentence another yardstick (an interim boundary, a multiplicity adjustment, a
     * nominal test: significance.json denialExemptions).
     */
    const judgeDenial = (m: RegExpExecArray, at: number, s: { start: number; end: number }, sentence: string, cis: FigureEntity[], ps: FigureEntity[]) => {
      if (DENIAL_EXEMPT.test(sentence) || namesOtherLevel()) return;
      const clauseEnd = s.start + nextBoundary(sentence, m.index + m[0].length);
      // the denial as the reader reads it: from its denying word ("not", "failed") to the claim's end
      const lead = sentence.slice(Math.max(0, m.index - 40), m.index);
      let from = m.index;
      for (const w of lead.matchAll(/\p{L}+/gu)) if (DENIALS.has(w[0].toLowerCase()) || /^non$/i.test(w[0])) from = m.index - lead.length + w.index!;
      const said = sentence.slice(from, m.index + m[0].length);
      const start = s.start + from, end = at + m[0].length;
      // a p-value of the clause above the level agrees with the denial, whatever the interval seems to say
      const clauseP = ps.filter(f => f.start > at && f.start < clauseEnd);
      if (clauseP.some(f => typeof f.value === 'number' && f.value > SIGNIFICANCE_LEVEL)) return;
      const ci = cis.find(c => c.start > at && c.start < clauseEnd);
      if (ci) {
        const { est, ratio, nul, lo, hi, d } = intervalOf(ci);
        // a difference only when the text says so (its words, or a bound below zero); an estimate of unknown kind
        // ("a DoR ratio of 0.89", a win ratio) is judged only when the interval excludes both 0 and 1
        const difference = !ratio && (DIFFERENCE.test(sentence) || lo < 0);
        if (!(hi + d < nul || lo - d > nul) || (ratio && lo - d <= 0)) return;
        if (!ratio && !difference && !(hi + d < 1 || lo - d > 1)) return;
        // clear of the null by a quarter of its half-width (log scale for a ratio), about p < 0.003: a trial's own
        // stricter level (0.025, 0.01) may leave an interval that just excludes the null "not significant"
        const [l, h] = ratio ? [Math.log(lo), Math.log(hi)] : [lo, hi];
        const clear = h < 0 ? -h : l;
        if (!(clear >= (h - l) / 8)) return;
        out.push({
          message: `\u201c${said}\u201d, but the 95 % CI ${lo}\u2013${hi} excludes ${nul}${ratio ? ' (no difference for a ratio)' : ' (no difference)'}: at the 5 % level the result is significant.`,
          start, end,
          related: [{ start: ci.start, end: ci.end, message: `the interval: ${lo}\u2013${hi}` }, ...(est ? [{ start: est.start, end: est.end, message: `the estimate: ${est.value}` }] : [])],
          data: { lower: lo, upper: hi, nullValue: nul }, fixes: [],
        });
        return;
      }
      const p = ps.find(f => f.start > at && f.start < clauseEnd);
      if (!p || typeof p.value !== 'number') return;
      // "p = 0.003", "p < 0.001", "p \u2264 0.005": below 0.01 beyond its rounding (a p of 0.03 may miss a trial's own
      // stricter level, 0.025 or 0.01; "p < 0.05" tells no more than that)
      const below = !p.comparator || p.comparator === '='
        ? p.value + halfUnit(model.text.slice(p.start, p.end)) < DENIAL_LEVEL
        : (p.comparator === '<' || p.comparator === '\u2264') && p.value <= DENIAL_LEVEL;
      if (!below) return;
      out.push({
        message: `\u201c${said}\u201d, but ${model.text.slice(p.start, p.end).trim()} is below ${DENIAL_LEVEL}: the result is significant at the 5 % level, and at 1 %.`,
        start, end,
        related: [{ start: p.start, end: p.end, message: `the p-value: ${p.value}` }],
        data: { p: p.value, level: DENIAL_LEVEL }, fixes: [],
      });
    };
    const cisOf = (inS: FigureEntity[]) => inS.filter(f => f.figureKind === 'ci' && Array.isArray(f.value) && (f.level ?? 95) === 95);
    let ei = 0;
    for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
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
      // the claims of the sentence, then the forms of one read only after a denial (none inside a claim found first)
      const claims: RegExpExecArray[] = [];
      while ((m = CLAIM.exec(sentence)) !== null) claims.push(m);
      DENIED_CLAIM.lastIndex = 0;
      while ((m = DENIED_CLAIM.exec(sentence)) !== null) {
        const d = m;
        if (!claims.some(c => c.index < d.index + d[0].length && d.index < c.index + c[0].length)) claims.push(Object.assign(d, { deniedOnly: true }));
      }
      claims.sort((a, b) => a.index - b.index);
      for (let mI = 0, claims_ = claims; mI < claims_.length; mI++) { const m = claims_[mI];
        const at = s.start + m.index;
        const before = sentence.slice(Math.max(0, m.index - 40), m.index).split(/[^\p{L}]+/u).filter(Boolean).slice(-3);
        const denied = before.some(w => DENIALS.has(w.toLowerCase())) || /non-?$/i.test(sentence.slice(Math.max(0, m.index - 4), m.index));
        if (denied && !before.some(w => NEGATORS.has(w.toLowerCase()) && !DENIALS.has(w.toLowerCase()))) {
          judgeDenial(m, at, s, sentence, cis, ps);
          continue;
        }
        if ((m as { deniedOnly?: boolean }).deniedOnly || before.some(w => NEGATORS.has(w.toLowerCase()))) continue;
        // (a denial further back in the claim's clause reaches it too: "did not meet its goal of showing a significant
        // gain" claims none; the clause opens after a comma, a semicolon or a word that opens another, dates.json objectBreaks)
        if (negatedInClause(sentence, m.index)) continue;
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
          // the claim's own p-value in its clause comes first ("was significant (p = 0.34)"); one that agrees with the
          // claim ("a significant gain in OS (p < 0.001). The HR was 0.80 (95% CI 0.60-1.10)") leaves the interval after
          // it to judge
          const ownP = ps.find(f => f.start > at && f.start < s.start + nextBoundary(sentence, m.index + m[0].length));
          if (ownP) {
            const before = out.length;
            judgeP(ownP, m, at);
            if (out.length > before) continue;
          }
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

/** Words that open another clause or an object's own clause (dates.json objectBreaks): a denial before one does not reach past it. */
const CLAUSE_BREAKS = new Set(dateWords.objectBreaks.words.map(w => w.toLowerCase()));
/** How many words before a claim its clause is read back for a denial. */
const CLAUSE_WORDS = 12;
/** Whether a negating word stands in the claim's clause before it, no clause's break between. */
function negatedInClause(sentence: string, at: number): boolean {
  const from = Math.max(0, at - 120);
  const left = sentence.slice(from, at);
  const cut = Math.max(left.lastIndexOf(','), left.lastIndexOf(';'), left.lastIndexOf(':'), left.lastIndexOf('('), left.lastIndexOf(')'));
  const ws = left.slice(cut + 1).split(/[^\p{L}]+/u).filter(Boolean).slice(-CLAUSE_WORDS);
  for (let k = ws.length - 1; k >= 0; k--) {
    const w = ws[k].toLowerCase();
    if (CLAUSE_BREAKS.has(w)) return false;
    if (NEGATORS.has(w)) return true;
  }
  return false;
}

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
