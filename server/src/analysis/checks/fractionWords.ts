/**
 * claimed-ratio, a fraction in words against the percentage that restates it: "a third of
 * patients (50 %)", "mehr als die Hälfte (41 %)". The fraction is a loose word, so it is held to
 * its percentage only beyond what careful writers allow it: five points for a plain fraction
 * ("a third (36 %)" passes), eight for a hedged one ("about a third (27 %)"), less for a small
 * fraction (15 % of it, at least two points: "a fifth (25 %)" is off), and a bound for
 * "more than" and "less than" ("more than half (49 %)" passes within a point, "(42 %)" does
 * not). The percentage must follow the fraction's noun phrase in parentheses, with no other
 * figure between.
 */
import { decimalsOf, figuresBySentence, type CheckFinding } from './check';
import type { DocumentModel, FigureEntity } from '../model';

const PLAIN_ROOM = 5;
const HEDGED_ROOM = 8;
const BOUND_ROOM = 1;
/** Between the fraction and its percentage: its noun phrase, then "(": "of the patients (". */
const TO_PARENTHESIS = /^[^()\d;.]{0,48}\($/u;

export function fractionsRestated(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = model.text;
  for (const inS of figuresBySentence(model)) {
    for (let i = 0; i + 1 < inS.length; i++) {
      const f = inS[i], g = inS[i + 1];
      if (f.reading !== 'a fraction written in words' || f.figureKind !== 'percent' || typeof f.value !== 'number') continue;
      if (g.figureKind !== 'percent' || g.unit !== '%' || typeof g.value !== 'number' || g.comparator || /[^\d.,\s%]/u.test(numberPart(text, g))) continue;
      if (!TO_PARENTHESIS.test(text.slice(f.end, g.start))) continue;
      const stated = g.value, word = f.value;
      const half = 0.5 * 10 ** -decimalsOf(text.slice(g.start, g.end));
      let fits: boolean;
      if (f.comparator === '>' || f.comparator === '\u2265') fits = stated + half >= word - BOUND_ROOM;
      else if (f.comparator === '<' || f.comparator === '\u2264') fits = stated - half <= word + BOUND_ROOM;
      // a small fraction leaves less room: "a tenth (14 %)" is off where "a third (37 %)" is not
      else fits = Math.abs(stated - word) <= Math.min(f.comparator === '~' ? HEDGED_ROOM : PLAIN_ROOM, Math.max(2, 0.15 * word)) + half;
      if (fits) continue;
      const words = text.slice(f.start, f.end);
      out.push({
        message: `\u201c${words}\u201d is not what ${text.slice(g.start, g.end)} says: ${words.toLowerCase()} is about ${fmt(word)} %.`,
        start: f.start, end: f.end,
        related: [{ start: g.start, end: g.end, message: `the percentage: ${stated} %` }],
        data: { fraction: Number(word.toFixed(2)), stated }, fixes: [],
      });
    }
  }
  return out;
}

const numberPart = (text: string, f: FigureEntity) => text.slice(f.start, f.end).replace(/\s?%$/, '');
const fmt = (v: number) => String(Number(v.toFixed(1)));
