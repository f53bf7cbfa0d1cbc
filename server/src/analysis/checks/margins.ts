/**
 * Margins against their sums (part of percent-of-count): "operating profit rose to 12.0 million, an operating margin of
 * 20 %" where revenue of 80.0 million makes it 15 %. A margin of a kind (gross, operating, EBITDA: margins.json) is that
 * kind's sum over revenue. The sum is the one its sentence, or the sentence before, states for that kind, the nearest
 * before the margin; revenue is any sum the document states as revenue, in the same currency, for the same period as far
 * as the two sentences say (the period each names itself, or neither naming one). Only a margin that no such revenue
 * gives, beyond the rounding of all three figures and a twentieth, is reported: a margin of another period, of adjusted
 * figures, or over another revenue the text does not state stays unjudged rather than raise a false alarm.
 *
 * The margins are found first, each from the words just before a share; a document that states none is read no further.
 * Then one pass over the sentences: each sum's words are read back over its own clause once.
 */
import { figuresBySentence, formatNumber, normalizedText, paragraphIndexAt, wordsPattern, type CheckFinding } from './check';
import { roundingRoom } from '../claims';
import type { DocumentModel, FigureEntity } from '../model';
import words from '../../../lexicon/grammar/margins.json';

type Kind = keyof typeof words.kinds;
type Role = { role: 'margin' | 'numerator'; kind: Kind } | { role: 'revenue' };

/** Each measure word (lower case) and what it names. */
const ROLES = new Map<string, Role>();
for (const w of words.revenues) ROLES.set(w.toLowerCase(), { role: 'revenue' });
for (const [kind, k] of Object.entries(words.kinds) as [Kind, { margins: string[]; numerators: string[] }][]) {
  for (const w of k.numerators) ROLES.set(w.toLowerCase(), { role: 'numerator', kind });
  for (const w of k.margins) ROLES.set(w.toLowerCase(), { role: 'margin', kind });
}
/** Any measure word, whole; the longest first ("EBIT-Marge" before "EBIT"). */
const MEASURE_WORD = new RegExp(`(?<![\\p{L}\\d])(?:${wordsPattern(ROLES.keys())})(?![\\p{L}\\d])`, 'giu');
const ADJUSTED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.adjusted)})(?![\\p{L}])`, 'iu');
/** How far before a margin's percentage its words may stand. */
const MARGIN_REACH = 60;

/** The last measure word in a stretch of text and its role; undefined when none. */
function lastMeasure(text: string): { role: Role; at: number } | undefined {
  let last: RegExpExecArray | null = null;
  MEASURE_WORD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = MEASURE_WORD.exec(text)); ) last = m;
  if (!last) return undefined;
  const role = ROLES.get(last[0].toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'"));
  return role ? { role, at: last.index } : undefined;
}

interface Sum { f: FigureEntity; kind?: Kind; revenue: boolean; adjusted: boolean; sentence: number; period: string }

/**
 * The period a sum's own sentence names: its bound time point when the sentence itself writes that period,
 * else none. A time point carried from elsewhere (the report's head, a paragraph before) is no sure period of the sum.
 */
function ownPeriod(text: string, s: { start: number; end: number }, f: FigureEntity): string {
  const t = f.binding.timepoint;
  if (!t) return '';
  return text.slice(s.start, s.end).replace(/\s+/g, ' ').toLowerCase().includes(t.replace(/\s+/g, ' ').toLowerCase()) ? t.toLowerCase() : '';
}

export function marginsOffTheirSums(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const bySentence = figuresBySentence(model);
  // the margins: a share with a margin's words right before it (most documents state none, and are read no further)
  const margins: { f: FigureEntity; kind: Kind; adjusted: boolean; sentence: number }[] = [];
  for (let si = 0; si < bySentence.length; si++) {
    const inS = bySentence[si];
    const s = model.sentences[si];
    if (!s) continue;
    for (let k = 0; k < inS.length; k++) {
      const f = inS[k];
      if (f.figureKind !== 'percent' || f.unit !== '%' || typeof f.value !== 'number' || f.value <= 0 || f.value >= 100 || f.comparator) continue;
      const from = Math.max(k > 0 ? inS[k - 1].end : s.start, f.start - MARGIN_REACH);
      const m = lastMeasure(text.slice(from, f.start));
      if (m && m.role.role === 'margin') margins.push({ f, kind: m.role.kind, adjusted: ADJUSTED.test(text.slice(Math.max(s.start, from + m.at - 30), f.start)), sentence: si });
    }
  }
  if (!margins.length) return [];
  const sums: Sum[] = [];
  for (let si = 0; si < bySentence.length; si++) {
    const inS = bySentence[si];
    const s = model.sentences[si];
    if (!s) continue;
    let clauseFrom = s.start;
    let prevMoney: FigureEntity | undefined;
    for (let k = 0; k < inS.length; k++) {
      const f = inS[k];
      if (f.figureKind === 'money' && typeof f.value === 'number' && f.value > 0) {
        // ("13.8 (9.6)": the sum in brackets right after a sum is the prior period's, no sum of its own clause)
        const prior = !!prevMoney && /^[ ]?\([ ]?$/.test(text.slice(prevMoney.end, f.start));
        if (!prior) {
          const clause = text.slice(clauseFrom, f.start);
          const m = lastMeasure(clause);
          if (m && m.role.role !== 'margin') {
            const named = text.slice(Math.max(clauseFrom, clauseFrom + m.at - 30), f.start);
            sums.push({ f, kind: m.role.role === 'numerator' ? m.role.kind : undefined, revenue: m.role.role === 'revenue', adjusted: ADJUSTED.test(named), sentence: si, period: ownPeriod(text, s, f) });
          }
          clauseFrom = f.end;
        }
        prevMoney = f;
      }
    }
  }
  if (!sums.length) return [];
  const out: CheckFinding[] = [];
  for (const mg of margins) {
    // the margin's own sum: the nearest of its kind before it, in its sentence or the one before, of its paragraph
    let own: Sum | undefined;
    for (let k = sums.length - 1; k >= 0; k--) {
      const x = sums[k];
      if (x.f.start > mg.f.start) continue;
      if (x.sentence < mg.sentence - 1) break;
      if (x.kind === mg.kind && paragraphIndexAt(model, x.f.start) === paragraphIndexAt(model, mg.f.start)) { own = x; break; }
    }
    if (!own || own.adjusted !== mg.adjusted) continue;
    const revenues = sums.filter(x => x.revenue && x.f.unit === own!.f.unit && x.adjusted === own!.adjusted && x.period === own!.period);
    if (!revenues.length) continue;
    const n = own.f.value as number, rn = roundingRoom(model.text.slice(own.f.start, own.f.end), n);
    const stated = mg.f.value as number, rs = roundingRoom(model.text.slice(mg.f.start, mg.f.end), stated);
    const fits = revenues.some(r => {
      const v = r.f.value as number, rr = roundingRoom(model.text.slice(r.f.start, r.f.end), v);
      if (v - rr <= 0) return true;
      const lo = ((n - rn) / (v + rr)) * 100, hi = ((n + rn) / (v - rr)) * 100;
      return stated + rs >= lo * 0.95 && stated - rs <= hi * 1.05;
    });
    if (fits) continue;
    // (the revenue that comes nearest to giving it is the one shown)
    const marginOf = (x: Sum) => (n / (x.f.value as number)) * 100;
    const r = revenues.reduce((a, x) => (Math.abs(marginOf(x) - stated) < Math.abs(marginOf(a) - stated) ? x : a)).f;
    const computed = (n / (r.value as number)) * 100;
    const written = (f: FigureEntity) => model.text.slice(f.start, f.end).replace(/\s+/g, ' ');
    out.push({
      message: `A margin of ${written(mg.f)} does not fit ${written(own.f)} on revenue of ${written(r)}: ${written(own.f)} / ${written(r)} = ${formatNumber(computed, 1)} %${revenues.length > 1 ? ', and no other revenue the document states for the period gives it' : ''}.`,
      severity: 'warning',
      start: mg.f.start, end: mg.f.end,
      related: [{ start: own.f.start, end: own.f.end, message: 'the sum the margin is of' }, { start: r.start, end: r.end, message: 'the revenue' }],
      data: { stated, computed: Number(computed.toFixed(2)), numerator: n, revenue: r.value as number },
      fixes: [],
    });
  }
  return out;
}
