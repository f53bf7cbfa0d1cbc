/**
 * A sum said to make up a whole sum, and above it (part of impossible-value): "Revenue was $40 million ...
 * Revenue consisted mainly of a $55 million upfront payment"; "$65 million, which accounted for most of its
 * total revenue of $50 million". The words are data (nesting.json composition, the whole's nouns periods.flows).
 * The part is held to every sum of its currency the whole may be (this period's and the one compared with), and
 * only a part above all of them is reported.
 */
import { figuresBySentence, normalizedText, paragraphIndexAt, wordsPattern, type CheckFinding } from './check';
import nesting from '../../../lexicon/grammar/nesting.json';
import type { DocumentModel, FigureEntity } from '../model';

const WORDS = nesting.composition;
const FLOW = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(nesting.periods.flows)})`, 'iu');
const WHOLE_VERB = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(WORDS.whole)})(?![\\p{L}])`, 'iu');
const SHARE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(WORDS.share)})(?![\\p{L}])`, 'iu');
/** Characters at most between the words of composition and the part (or the whole) they point at. */
const REACH = 120;

const money = (f: FigureEntity) => f.figureKind === 'money' && typeof f.value === 'number' && f.value > 0 && !f.table && (!f.comparator || f.comparator === '~');
const room = (f: FigureEntity) => Math.abs(f.value as number) * 0.005;

export function compositionAboveWhole(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const bySentence = figuresBySentence(model);
  const report = (part: FigureEntity, wholes: FigureEntity[]) => {
    const sameUnit = wholes.filter(w => w.unit === part.unit);
    if (sameUnit.length === 0 || !sameUnit.every(w => (part.value as number) > (w.value as number) + room(part) + room(w))) return;
    const whole = sameUnit.reduce((a, w) => ((w.value as number) > (a.value as number) ? w : a));
    out.push({
      message: `${model.text.slice(part.start, part.end)} is said to make up ${model.text.slice(whole.start, whole.end)}${sameUnit.length > 1 ? ' (or the sums beside it)' : ''}, yet is above it: a part cannot exceed its whole.`,
      start: part.start, end: part.end,
      related: [{ start: whole.start, end: whole.end, message: 'the whole' }],
      data: { part: part.value as number, whole: whole.value as number }, fixes: [],
    });
  };
  for (let si = 0; si < model.sentences.length; si++) { const s = model.sentences[si];
    const inS = bySentence[si] ?? [];
    if (!inS.some(money)) continue;
    const sentence = text.slice(s.start, s.end);
    // "Revenue consisted mainly of ... $55 million": the whole named before the verb, its sums stated in this sentence
    // before the verb or in the sentence before (of the same paragraph) that names the whole
    const v = WHOLE_VERB.exec(sentence);
    if (v && FLOW.test(sentence.slice(0, v.index))) {
      const at = s.start + v.index + v[0].length;
      const before = inS.filter(f => money(f) && f.end <= s.start + v.index);
      const prev = si > 0 && paragraphIndexAt(model, model.sentences[si - 1].start) === paragraphIndexAt(model, s.start) && FLOW.test(text.slice(model.sentences[si - 1].start, model.sentences[si - 1].end))
        ? (bySentence[si - 1] ?? []).filter(money) : [];
      const wholes = before.length ? before : prev;
      const units = new Set(wholes.map(w => w.unit));
      const part = inS.find(f => money(f) && f.start >= at && f.start - at <= REACH && units.has(f.unit) && !/[.;]\s/.test(text.slice(at, f.start)));
      if (part) report(part, wholes);
    }
    // "$65 million, which accounted for most of its total revenue of $50 million": the part before, the whole after
    const m = SHARE.exec(sentence);
    if (m) {
      const at = s.start + m.index;
      const part = [...inS].reverse().find(f => money(f) && f.end <= at && at - f.end <= REACH);
      const after = s.start + m.index + m[0].length;
      const whole = inS.find(f => money(f) && f.start >= after && f.start - after <= 60 && FLOW.test(text.slice(after, f.start)));
      if (part && whole) report(part, [whole]);
    }
  }
  return out;
}
