/**
 * Shares of one group split into parts that exclude each other, in one sentence (part of totals): "45% were
 * women and 65% were men", "enrolled in North America (45%), Europe (35%) and Asia (30%)". Such shares cannot add up
 * to more than 100 % (beyond the rounding of each). They may add up to less (the two sexes too: a trial may not report
 * every participant's sex, or count one neither), so less is never reported. The words
 * are data (totals.json shareSplits; nesting.json regions). A region that holds another named beside it
 * (Europe and Germany) counts its people twice: wide regions are read only as continents among continents, or as the rest of the world (ex-U.S., outside the U.S.).
 */
import { figuresBySentence, halfUnit, normalizedText, wordsPattern, type CheckFinding } from './check';
import type { DocumentModel, FigureEntity } from '../model';
import words from '../../../lexicon/grammar/totals.json';
import nestingWords from '../../../lexicon/grammar/nesting.json';
import { ENROLMENT_WORDS } from '../populations';

const W = words.shareSplits;
const PAIRS = [...W.pairs, ...W.sexes].map(([a, b]) => [a.toLowerCase(), b.toLowerCase()]);
const DISTRIBUTION = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(W.distribution)})(?![\\p{L}])`, 'iu');
/** Right after a share: the word of its part, past a lead ("45% were women", "45% of patients were male"). */
const WORD_AFTER = new RegExp(`^\\s?(?:(?:${wordsPattern(W.lead)})\\s)?(\\p{L}+)(?![\\p{L}])`, 'iu');
/** Right after a share: "in" and a region ("45% in North America"). */
const REGION_AFTER = new RegExp(`^\\s?(?:(?:${wordsPattern(W.lead)})\\s)?(?:enrolled\\s|treated\\s)?(?:in|from|aus|en|de)\\s(?:the\\s)?(${wordsPattern(nestingWords.regions.parts)})(?![\\p{L}])`, 'u');
/** Right before a bracketed share: a region ("Europe (35%)"). */
const REGION_BEFORE = new RegExp(`(?<![\\p{L}])(${wordsPattern(nestingWords.regions.parts)})\\s?\\(\\s?$`, 'u');
const CONTINENTS = new Set((W.continents as string[]).map(w => w.toLowerCase()));
const AGGREGATES = new Set((words.namedParts.aggregates as string[]).map(w => w.toLowerCase()));
/** Between two shares of a list: a short label, then a comma or a conjunction; no clause mark. */
const JOIN_END = /(?:,|(?<![\p{L}])(?:and|or|und|oder|et|ou|y|o|e|og|och|eller|en))\s*\(?\s*(?:\p{L}[\p{L} .-]{0,30}\s?\(\s?)?$/iu;
const MAX_GAP = 80;

const share = (f: FigureEntity) => f.figureKind === 'percent' && typeof f.value === 'number' && f.value > 0 && f.value <= 100 && !f.comparator && !f.table && f.denominator === undefined && !f.binding.endpoint;

export function shareSplits(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let si = 0, bySentence_ = figuresBySentence(model); si < bySentence_.length; si++) { const inS = bySentence_[si];
    if (inS.length < 2 || inS.length > 20) continue;
    const s = model.sentences[si];
    for (let i = 0; i + 1 < inS.length; i++) {
      if (!share(inS[i])) continue;
      let j = i;
      while (j + 1 < inS.length && share(inS[j + 1])) {
        const gap = text.slice(inS[j].end, inS[j + 1].start);
        if (gap.length > MAX_GAP || /[;.!?]/.test(gap) || !JOIN_END.test(gap)) break;
        j++;
      }
      if (j === i) continue;
      const parts = inS.slice(i, j + 1);
      i = j;
      const sentence = text.slice(s.start, s.end);
      // the word after each share, or the region after or before it
      const wordsAfter = parts.map(f => WORD_AFTER.exec(text.slice(f.end, f.end + 60))?.[1]?.toLowerCase());
      const regions = parts.map(f => REGION_AFTER.exec(text.slice(f.end, f.end + 60))?.[1] ?? REGION_BEFORE.exec(text.slice(Math.max(s.start, f.start - 40), f.start))?.[1]);
      let names: string[] | undefined;
      if (parts.length === 2 && wordsAfter.every(Boolean) && PAIRS.some(([a, b]) => (wordsAfter[0] === a && wordsAfter[1] === b) || (wordsAfter[0] === b && wordsAfter[1] === a))) {
        names = wordsAfter as string[];
      } else if (regions.every(Boolean) && new Set(regions).size === regions.length && (regions.every(r => CONTINENTS.has(r!.toLowerCase())) || regions.every(r => !AGGREGATES.has(r!.toLowerCase()) || /^(?:ex-|outside|international)/i.test(r!)))
        && (DISTRIBUTION.test(sentence) || ENROLMENT_WORDS.test(sentence))) {
        names = regions as string[];
      }
      if (!names) continue;
      const sum = parts.reduce((a, f) => a + (f.value as number), 0);
      const room = parts.reduce((a, f) => a + halfUnit(model.text.slice(f.start, f.end)), 0) + 0.05;
      if (sum <= 100 + room) continue;
      const pct = (v: number) => `${Number(v.toFixed(2))} %`;
      out.push({
        message: `${parts.map((f, k) => `${names![k]} ${pct(f.value as number)}`).join(' + ')} = ${pct(sum)}: shares of one group that exclude each other cannot add up to more than 100 %.`,
        start: parts[parts.length - 1].start, end: parts[parts.length - 1].end,
        related: parts.slice(0, -1).map((f, k) => ({ start: f.start, end: f.end, message: `${names![k]}: ${pct(f.value as number)}` })),
        data: { sum, parts: parts.length }, fixes: [],
      });
    }
  }
  return out;
}
