/**
 * claimed-ratio: a verbal claim the numbers beside it do not support. "7-fold improvement (36 %
 * vs 12 %)" is 3-fold; "more than doubled (48 % vs 30 %)" is 1.6 times; "halved (40 % to 28 %)";
 * "reduced the risk of death by 72 % (HR 0.58)" where an HR of 0.58 means 42 %. Only claims whose
 * two compared figures stand in the same sentence are judged, with room for the rounding of the
 * written numbers, so a claim is reported only when no reading of them can support it.
 */
import { Check, decimalsOf, figuresBySentence, normalizedText } from './check';
import type { FigureEntity, Finding, DocumentModel } from '../model';
import { sentenceAt } from '../link';

const CODE = 'claimed-ratio';
const MAX_FIGURES = 40;

interface Claim { start: number; end: number; low: number; high: number; words: string }

const WORD_CLAIMS: [RegExp, number, number][] = [
  [/\b(?:more than|over) (?:doubled?|two-?fold|twice)\b/gi, 2.0, Infinity],
  [/\b(?:almost|nearly) (?:doubled?|twice)\b/gi, 1.6, 2.05],
  [/\b(?:doubled|double the|twice (?:as|the))\b/gi, 1.8, 2.25],
  [/\b(?:more than|over) (?:tripled?|three-?fold|three times)\b/gi, 3.0, Infinity],
  [/\b(?:almost|nearly) (?:tripled?|three times)\b/gi, 2.4, 3.05],
  [/\b(?:tripled|triple the|three times (?:as|the))\b/gi, 2.7, 3.35],
  [/\b(?:halved|cut in half)\b/gi, 0.4, 0.6],
];

export const claimedRatio: Check = {
  code: CODE,
  description: 'A claim ("7-fold", "doubled", "halved", "reduced the risk by 72 %") that the figures it compares do not support.',
  defaultSeverity: 'warning',
  run(model) {
    const out: Finding[] = [];
    const figs = model.entities.filter((e): e is FigureEntity => e.kind === 'figure');
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
    const around = (s: { start: number; end: number }, pick: (fs: FigureEntity[]) => boolean, claim?: { start: number; end: number }) => {
      const own = inSentence(s).filter(f => !claim || f.end <= claim.start || f.start >= claim.end);
      if (pick(own) || own.length > 0) return own; // only a sentence with no figures of its own concludes from the one before
      const p = previous(s);
      return p ? inSentence(p) : own;
    };
    const isLike = (f: FigureEntity) => (f.figureKind === 'percent' || f.figureKind === 'duration') && typeof f.value === 'number' && !f.comparator && !f.timepoint;
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

    // "N-fold" figures
    for (const f of figs) {
      if (f.figureKind !== 'ratio' || f.unit !== 'fold' || typeof f.value !== 'number') continue;
      const s = sentenceAt(model.sentences, f.start);
      if (!s) continue;
      const n = f.value;
      const d = 0.5 * 10 ** -decimalsOf(model.text.slice(f.start, f.end));
      const cmp = f.comparator;
      const low = cmp === '>' || cmp === '\u2265' ? n : n - d - 0.05 * n;
      const high = cmp === '<' || cmp === '\u2264' ? n : cmp === '>' || cmp === '\u2265' ? Infinity : n + d + 0.05 * n;
      judge(model, { start: f.start, end: f.end, low, high, words: model.text.slice(f.start, f.end) }, around(s, fs => hasPair(fs.filter(x => x !== f))).filter(x => x !== f), out);
    }
    // "a 50 % higher response rate (45 % vs 30 %)", "a 40 % reduction in relapses (18 % vs 30 %)"
    const text = normalizedText(model);
    for (const f of figs) {
      if (f.figureKind !== 'percent' || f.unit !== '%' || typeof f.value !== 'number' || f.comparator === '~') continue;
      const word = RELATIVE_CLAIM.exec(text.slice(f.end, f.end + 30));
      if (!word) continue;
      const s = sentenceAt(model.sentences, f.start);
      if (!s) continue;
      const like = inSentence(s).filter(x => x !== f && isLike(x) && x.figureKind === 'percent' && x.start > f.end);
      if (like.length !== 2 || like[0].unit !== like[1].unit) continue;
      judgeRelative(model, f, word[0].trim(), !!word[1], like[0], like[1], out);
    }
    // "doubled", "halved", ...: the most specific wording first, and no two claims on the same words
    for (const s of model.sentences) {
      const text = model.text.slice(s.start, s.end);
      const taken: [number, number][] = [];
      for (const [re, low, high] of WORD_CLAIMS) {
        re.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text)) !== null) {
          const a = s.start + m.index, b = a + m[0].length;
          if (taken.some(([x, y]) => a < y && x < b)) continue;
          taken.push([a, b]);
          judge(model, { start: a, end: b, low, high, words: m[0] }, withPrevious(s, around(s, hasPair)), out);
        }
      }
      // "reduced the risk of death by 72 %" against the sentence's hazard ratio
      const risk = /\b(?:reduc\w*|lower\w*|cut\w*)\s+(?:the\s+)?risk\s+(?:of\s+[\w\s-]{1,80}?)?by\s+(?:approximately\s+|about\s+)?(\d+(?:[.,]\d+)?)\s?(?:%|percent)/i.exec(text);
      if (risk) {
        // a hazard ratio or a relative risk: either way the risk falls by 1 - ratio
        const isHr = (f: FigureEntity) => f.figureKind === 'ratio' && (f.unit === 'HR' || f.unit === 'RR') && typeof f.value === 'number';
        const hr = around(s, fs => fs.some(isHr), { start: s.start + risk.index, end: s.start + risk.index + risk[0].length }).find(isHr);
        if (hr && typeof hr.value === 'number') {
          const claimed = Number(risk[1].replace(',', '.'));
          const implied = (1 - hr.value) * 100;
          const slack = 0.5 * 10 ** -decimalsOf(risk[1]) + 100 * 0.5 * 10 ** -decimalsOf(model.text.slice(hr.start, hr.end)) + 0.5;
          if (Math.abs(claimed - implied) > slack) {
            const at = s.start + risk.index + risk[0].indexOf(risk[1]);
            const fix = implied.toFixed(decimalsOf(risk[1]));
            out.push({
              code: CODE, severity: 'warning',
              message: `A ${claimed} % risk reduction does not match ${hr.unit} ${hr.value}: 1 \u2212 ${hr.value} = ${implied.toFixed(0)} %.`,
              start: at, end: at + risk[1].length + (risk[0].endsWith('%') ? 0 : 0),
              related: [{ start: hr.start, end: hr.end, message: `${hr.unit} ${hr.value}` }],
              data: { claimed, hazardRatio: hr.value, implied: Number(implied.toFixed(2)) },
              // the hazard ratio is what was measured; the reduction is derived from it
              fixes: [{ title: `Replace ${claimed} % with ${fix} %`, edits: [{ start: at, end: at + risk[1].length, newText: risk[1].includes(',') ? fix.replace('.', ',') : fix }] }],
            });
          }
        }
      }
    }
    return out;
  },
};

/** "50 % higher", "40 % lower", "a 40 % reduction in": a relative claim (group 1 set for a decrease). */
const RELATIVE_CLAIM = /^ ?(?:relative )?(?:(lower|fewer|less|reduction|decrease|decline|drop|shorter)|higher|greater|more|better|longer|increase|improvement|gain|rise)\b/i;

/**
 * "X % higher" read both ways a writer may mean it, relative ((a - b) / b) or in percentage points
 * (a - b), each with the rounding of all three numbers: reported only when neither reading fits.
 */
function judgeRelative(model: DocumentModel, claim: FigureEntity, word: string, decrease: boolean, a: FigureEntity, b: FigureEntity, out: Finding[]): void {
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
    code: CODE, severity: 'warning',
    message: `\u201c${model.text.slice(claim.start, claim.end)} ${word}\u201d is not what the figures say: ${fmt(hi)} vs ${fmt(lo)} is ${rel.toFixed(1)} % ${decrease ? 'lower' : 'higher'} (relative) or ${fmt(points)} percentage points.`,
    start: claim.start, end: claim.end,
    related: [a, b].map(f => ({ start: f.start, end: f.end, message: model.text.slice(f.start, f.end) })),
    data: { claimed: x, relative: Number(rel.toFixed(3)), points: Number(points.toFixed(3)) }, fixes: [],
  });
}

/** Compares a claim with the first two like figures of its sentence (same kind and unit, no comparator). */
function judge(model: DocumentModel, claim: Claim, candidates: FigureEntity[], out: Finding[]): void {
  // "from 15 % to 25 %" may be read as one range; for a claim it is the two figures compared
  const text = normalizedText(model);
  candidates = candidates.flatMap(f => Array.isArray(f.value) && /\bfrom\s*$/i.test(text.slice(Math.max(0, f.start - 8), f.start)) && /\bto\b/.test(text.slice(f.start, f.end))
    ? f.value.map(v => ({ ...f, value: v })) : [f]);
  let like = candidates.filter(f => (f.figureKind === 'percent' || f.figureKind === 'duration') && typeof f.value === 'number' && !f.comparator && !f.timepoint);
  // "revenue more than doubled to $45.0 million from $20.0 million": the two figures the claim itself names
  const named = candidates.filter(f => f.start >= claim.end && f.start - claim.end <= 80 && typeof f.value === 'number' && !f.comparator
    && (f.figureKind === 'percent' || f.figureKind === 'duration' || f.figureKind === 'money' || f.figureKind === 'count')).slice(0, 2);
  if (named.length === 2 && named[0].figureKind === named[1].figureKind && named[0].unit === named[1].unit
    && /^\s*(?:to|from)\s*$/i.test(text.slice(claim.end, named[0].start)) && /^\s*(?:to|from)\s*$/i.test(text.slice(named[0].end, named[1].start))) like = named;
  if (like.length < 2) return;
  const [a, b] = like;
  if (a.figureKind !== b.figureKind || a.unit !== b.unit || like.length > 3) return;
  const va = a.value as number, vb = b.value as number;
  if (va <= 0 || vb <= 0) return;
  const da = 0.5 * 10 ** -decimalsOf(model.text.slice(a.start, a.end));
  const db = 0.5 * 10 ** -decimalsOf(model.text.slice(b.start, b.end));
  // the ratio in the claim's direction: growth claims compare larger to smaller, halving smaller to larger
  const halving = claim.high <= 1;
  const [num, den, dn, dd] = halving ? (va < vb ? [va, vb, da, db] : [vb, va, db, da]) : (va > vb ? [va, vb, da, db] : [vb, va, db, da]);
  const ratioHigh = (num + dn) / Math.max(den - dd, 1e-9);
  const ratioLow = (num - dn) / (den + dd);
  if (ratioHigh < claim.low || ratioLow > claim.high) {
    const ratio = num / den;
    out.push({
      code: CODE, severity: 'warning',
      message: `\u201c${claim.words}\u201d is not what the figures say: ${fmt(num)} / ${fmt(den)} = ${ratio.toFixed(2)}\u00d7.`,
      start: claim.start, end: claim.end,
      related: [a, b].map(f => ({ start: f.start, end: f.end, message: model.text.slice(f.start, f.end) })),
      data: { ratio: Number(ratio.toFixed(4)), claimedLow: claim.low, claimedHigh: Number.isFinite(claim.high) ? claim.high : -1 }, fixes: [],
    });
  }
}

function fmt(v: number): string { return String(Number(v.toFixed(4))); }
