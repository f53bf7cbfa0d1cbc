/**
 * totals, read from a results paragraph's two periods: a total stated for this period and a prior one ("total operating
 * expenses were $50.2 million, compared to $41.0 million"), and in the sentences around it, each with its own two periods,
 * the items it is made of ("R&D expenses were $30.1 million, compared to $28.0 million"; "G&A ... $20.1 million, compared
 * to $13.0 million"). When the items' prior values add up to the prior total, the prior period shows the items are the
 * whole breakdown; their values for this period must then add up to this period's total, and a gap beyond the rounding
 * of the figures is reported on the total.
 *
 * Precision first: a pair is two sums of one currency in one sentence, the second right after a word of comparison
 * (comparisons.json changes.compared); the total's sentence names a total (totals.json combinedRoles); the items are every
 * other pair of the paragraph, two at least; the prior period's sum must hold within rounding, so no sum that merely
 * coincides is read as a breakdown.
 */
import type { DocumentModel, FigureEntity } from '../model';
import { figuresBySentence, normalizedText, wordsPattern, type CheckFinding } from './check';
import { roundingRoom } from '../claims';
import comparisons from '../../../lexicon/grammar/comparisons.json';
import totalsWords from '../../../lexicon/grammar/totals.json';

/** Between the two sums of a pair: the second's word of comparison, a few words before it at most. */
const COMPARED_GAP = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(comparisons.changes.compared)})(?![\\p{L}])[^.;\\d]{0,40}$`, 'iu');
/** A total named before the pair's first sum in its sentence ("total operating expenses", "in total"). */
const TOTAL_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(totalsWords.combinedRoles.words)})(?![\\p{L}])`, 'iu');
/** How far before the pair's first sum its total's word is read. */
const TOTAL_REACH = 60;
/** Pairs of a paragraph read at most: a results paragraph is short; a longer run is a list, not one breakdown. */
const MAX_PAIRS = 8;

interface Pair { now: FigureEntity; prior: FigureEntity; total: boolean }

/** `paraOf`: the paragraph a position lies in (a text without blank lines sets its paragraphs apart by line). */
export function priorBreakdowns(model: DocumentModel, paraOf: (pos: number) => number): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const byParagraph = new Map<number, Pair[]>();
  const bySentence = figuresBySentence(model);
  for (let si = 0; si < bySentence.length; si++) {
    const money = bySentence[si].filter(f => f.figureKind === 'money' && typeof f.value === 'number' && !f.table && !f.comparator);
    // (one pair a sentence: a sentence of more sums is a list or a comparison of several items, not one item's two periods)
    if (money.length !== 2 || money[0].unit !== money[1].unit) continue;
    const [now, prior] = money;
    if (!COMPARED_GAP.test(text.slice(now.end, prior.start))) continue;
    const s = model.sentences[si];
    const total = TOTAL_WORD.test(text.slice(Math.max(s.start, now.start - TOTAL_REACH), now.start));
    const p = paraOf(s.start);
    const list = byParagraph.get(p) ?? [];
    list.push({ now, prior, total });
    byParagraph.set(p, list);
  }
  for (const pairs of byParagraph.values()) {
    if (pairs.length < 3 || pairs.length > MAX_PAIRS) continue;
    const totals = pairs.filter(x => x.total);
    if (totals.length !== 1) continue;
    const t = totals[0];
    const items = pairs.filter(x => x !== t);
    if (items.some(x => x.now.unit !== t.now.unit)) continue;
    const room = (fs: FigureEntity[]) => fs.reduce((r, f) => r + roundingRoom(text.slice(f.start, f.end), f.value as number), 0);
    const priorSum = items.reduce((a, x) => a + (x.prior.value as number), 0);
    if (Math.abs(priorSum - (t.prior.value as number)) > room([t.prior, ...items.map(x => x.prior)])) continue;
    const nowSum = items.reduce((a, x) => a + (x.now.value as number), 0);
    if (Math.abs(nowSum - (t.now.value as number)) <= room([t.now, ...items.map(x => x.now)])) continue;
    const w = (f: FigureEntity) => text.slice(f.start, f.end).trim();
    out.push({
      message: `${w(t.now)} is the total of ${items.map(x => w(x.now)).join(' + ')} (the same items make up the earlier ${w(t.prior)}: ${items.map(x => w(x.prior)).join(' + ')}), which add up to ${fmt(nowSum)} ${t.now.unit}, not ${fmt(t.now.value as number)}.`,
      start: t.now.start, end: t.now.end,
      related: items.map(x => ({ start: x.now.start, end: x.now.end, message: `an item: ${w(x.now)}` })),
      data: { total: t.now.value as number, sum: nowSum }, fixes: [],
    });
  }
  return out;
}

const fmt = (v: number) => (Math.abs(v) >= 1e6 ? `${Number((v / 1e6).toFixed(2))} million` : String(Number(v.toFixed(2))));
