/**
 * repeated-value, over conversions: a sum restated in another currency right after it ("EUR 12.0
 * million (USD 13.2 million)") states one amount twice, so every such pair of a document gives one
 * exchange rate between its two currencies, and so does a rate the document states ("$1 = 1.28
 * Canadian dollars"). A pair whose rate no rounding of its written numbers reconciles with the rate
 * stated, or with the rate all the other pairs of its two currencies agree on (two pairs at least),
 * restates its sum wrongly. A pair whose words make it no restatement (a bound, a table's cells) is
 * not read, and when the rates stated or the other pairs disagree among themselves nothing is judged.
 * The words are data (lexicon/grammar/claims.json conversions).
 */
import { roundingRoom } from '../claims';
import { wordsPattern } from '../words';
import words from '../../../lexicon/grammar/claims.json';
import type { DocumentModel, FigureEntity } from '../model';
import { figuresBySentence, normalizedText, type CheckFinding } from './check';

/** Between a sum and its restatement: an opening parenthesis and at most one word of approximation or equivalence. */
const OPEN = new RegExp(`^[ ]?\\([ ]?(?:(?:${wordsPattern(words.conversions.openers)})[ ]?)?$`, 'iu');
const HEDGED = new RegExp(`(?:${wordsPattern(words.conversions.openers)})`, 'iu');
/** "$1 = 1.28 Canadian dollars": a rate stated as two sums. */
const EQUALS = /^[ ]?=[ ]?$/;
/** Room for a rate quoted to a few digits, or taken on another day of the period: relative. */
const SLACK = 0.01;
/** Room for a restatement hedged as approximate ("rd.", "about"): relative. */
const HEDGE = 0.03;

interface Rate { first: FigureEntity; second: FigureEntity; lo: number; hi: number; stated: boolean; key: string }

/** The conversions and stated rates of a document, each as the range of rates (the later-sorted currency per the earlier) its written numbers allow. */
function ratesOf(model: DocumentModel): Rate[] {
  const text = normalizedText(model);
  const out: Rate[] = [];
  const money = (f: FigureEntity) => f.figureKind === 'money' && typeof f.value === 'number' && f.value > 0 && !!f.unit && !f.table && (!f.comparator || f.comparator === '~');
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    for (let k = 0; k + 1 < inS.length; k++) {
      const x = inS[k], y = inS[k + 1];
      if (!money(x) || !money(y) || x.unit === y.unit) continue;
      const gap = text.slice(x.end, y.start);
      const stated = EQUALS.test(gap);
      // the restatement closes its parenthesis right after it
      if (!stated && (!OPEN.test(gap) || !/^[ ]?\)/.test(text.slice(y.end, y.end + 2)))) continue;
      const [a, b] = x.unit < y.unit ? [x, y] : [y, x];
      const va = a.value as number, vb = b.value as number;
      // a stated rate is quoted exactly; a restated sum is rounded at its last digit, and more when hedged
      const hedge = !stated && (HEDGED.test(gap) || x.comparator === '~' || y.comparator === '~') ? HEDGE : 0;
      const room = (f: FigureEntity, v: number) => (stated ? 0 : roundingRoom(model.text.slice(f.start, f.end), v)) + hedge * v;
      const ra = room(a, va), rb = room(b, vb);
      if (va - ra <= 0) continue;
      out.push({ first: x, second: y, lo: (vb - rb) / (va + ra), hi: (vb + rb) / (va - ra), stated, key: `${a.unit}|${b.unit}` });
    }
  }
  return out;
}

/** The rates every range of a list allows, widened by the slack; undefined when they allow none in common. */
function common(list: Rate[]): [number, number] | undefined {
  let lo = -Infinity, hi = Infinity;
  for (let rI = 0, list_ = list; rI < list_.length; rI++) { const r = list_[rI]; lo = Math.max(lo, r.lo); hi = Math.min(hi, r.hi); }
  return lo <= hi ? [lo * (1 - SLACK), hi * (1 + SLACK)] : undefined;
}

export function conversionsDisagree(model: DocumentModel): CheckFinding[] {
  const rates = ratesOf(model);
  if (rates.length < 2) return [];
  const byKey = new Map<string, Rate[]>();
  for (let rI = 0, rates_ = rates; rI < rates_.length; rI++) { const r = rates_[rI]; byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]); }
  const out: CheckFinding[] = [];
  const written = (f: FigureEntity) => model.text.slice(f.start, f.end);
  for (const list of byKey.values()) {
    const stated = list.filter(r => r.stated), pairs = list.filter(r => !r.stated);
    if (pairs.length === 0) continue;
    const off: { pair: Rate; against: Rate[] }[] = [];
    if (stated.length > 0) {
      const ref = common(stated);
      if (!ref) continue;
      for (let pI = 0, pairs_ = pairs; pI < pairs_.length; pI++) { const p = pairs_[pI]; if (p.hi < ref[0] || p.lo > ref[1]) off.push({ pair: p, against: stated }); }
    } else {
      if (pairs.length < 3) continue;
      for (let pI = 0, pairs_ = pairs; pI < pairs_.length; pI++) { const p = pairs_[pI];
        const others = pairs.filter(o => o !== p);
        const ref = common(others);
        if (ref && (p.hi < ref[0] || p.lo > ref[1])) off.push({ pair: p, against: others });
      }
      // the other pairs agree, and this one alone does not: more than one such pair is no one restatement gone wrong
      if (off.length !== 1) continue;
    }
    for (let itemI = 0, off_ = off; itemI < off_.length; itemI++) { const { pair, against } = off_[itemI];
      const ref = against[0];
      out.push({
        message: `${written(pair.second)} restates ${written(pair.first)} at another exchange rate than ${ref.stated ? 'the rate stated' : 'the other sums restated in both currencies'} (${written(ref.first)}${ref.stated ? ' = ' : ' ('}${written(ref.second)}${ref.stated ? '' : ')'}): no rounding of the written numbers reconciles them.`,
        start: pair.second.start, end: pair.second.end,
        related: [
          { start: pair.first.start, end: pair.first.end, message: 'the sum restated' },
          { start: ref.first.start, end: ref.second.end, message: ref.stated ? 'the exchange rate stated' : 'another sum in both currencies' },
        ],
        data: { low: pair.lo, high: pair.hi }, fixes: [],
      });
    }
  }
  return out;
}

