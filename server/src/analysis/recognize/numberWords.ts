/**
 * Figures written in words: "beyond three years", "nineteen patients", "thirty-six percent".
 * compromise parses the number words; it runs only on sentences that a linear pre-filter finds a
 * number word in (it costs a few milliseconds a sentence), and a word-number becomes a figure only
 * when a unit or a counted noun follows it, so "one of the", "the second plant" and "a decision"
 * stay plain words.
 */
import nlp from 'compromise';
import type { Span } from '../text';
import { comparatorBefore, RawFigure, unitAfter } from './figures';

const NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/i;

const NUMBER_WORDS = new RegExp(NUMBER_WORD.source, 'gi');

export function recognizeNumberWords(text: string, sentences: Span[], taken: Uint8Array): RawFigure[] {
  const out: RawFigure[] = [];
  for (const s of sentences) {
    const original = text.slice(s.start, s.end);
    if (!NUMBER_WORD.test(original)) continue;
    // compromise takes a capitalised "Sixty-two" after "Results:" for a name; lower case keeps every offset
    const sentence = original.replace(NUMBER_WORDS, w => w.toLowerCase());
    let found: { text: string; number?: { num?: number }; offset?: { start: number; length: number } }[];
    try {
      found = nlp(sentence).numbers().json({ offset: true }) as typeof found;
    } catch {
      continue; // a parser failure costs the words, never the document
    }
    for (const n of found) {
      const value = n.number?.num;
      if (!n.offset || typeof value !== 'number' || !Number.isFinite(value)) continue;
      if (/\d/.test(n.text) || !/^[\p{L} -]+$/u.test(n.text)) continue; // digits are read by the figure scanner
      if (/^(?:a|an|first|second|third|fourth|fifth|half|once|twice)$/i.test(n.text.trim())) continue;
      const start = s.start + n.offset.start;
      const end = start + n.offset.length;
      if (sentence.slice(n.offset.start, n.offset.start + n.offset.length) !== n.text.slice(0, n.offset.length)) continue;
      const unit = unitAfter(text, end);
      if (!unit || unit.kind === 'money-scale' || unit.kind === 'other') continue;
      let overlap = false;
      for (let k = start; k < unit.end; k++) if (taken[k]) { overlap = true; break; }
      if (overlap) continue;
      const cmp = comparatorBefore(text, start);
      out.push({
        start: cmp?.start ?? start, end: unit.end, comparator: cmp?.comparator, figureKind: unit.kind, value, unit: unit.unit, reading: 'number written in words',
        ...(unit.adjective ? { timepoint: true } : {}),
      });
    }
  }
  return out;
}
