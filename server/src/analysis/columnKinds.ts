/**
 * A header line that names only its columns' statistics, in order ("Hazard Ratio (95% CI) P-Value"), over rows whose
 * values a copy put one a line: each run of as many lines holding one bare value each is those statistics, in that
 * order ("0.61", then "(0.45-0.83)", then "0.002": a hazard ratio, its interval, its p-value). Words are data
 * (labelUnits.json columnKinds, numbers.json ratioNames); the reading ends at the header's paragraph's end, and a run
 * of another length is left as it is.
 */
import type { FigureEntity, FigureKind } from './model';
import { wordsPattern } from './words';
import { paragraphRuns } from './memo';
import words from '../../lexicon/grammar/labelUnits.json';
import numbers from '../../lexicon/builtin/numbers.json';

type Column = { kind: FigureKind; unit: string; level?: number };

/** The reading this pass gives: figures of one row so read stand on lines of their own, yet are one row's. */
export const COLUMN_KIND_READING = 'its column\'s statistic, named by the header above its rows';
export const readByColumnKinds = (f: FigureEntity): boolean => f.reading === COLUMN_KIND_READING;

const RATIO_NAMES = Object.entries(numbers.ratioNames as Record<string, string>).filter(([k]) => !k.startsWith('$'));
const SHORT_RATIOS = RATIO_NAMES.filter(([k]) => k.length <= 4 && !/\s/.test(k)).map(([k]) => k.toUpperCase());
const LONG_RATIOS = RATIO_NAMES.filter(([k]) => k.length > 4 || /\s/.test(k)).map(([k]) => k);
const RATIO_UNIT = new Map(RATIO_NAMES.map(([k, u]) => [k.toLowerCase(), u]));
/** One name of a column, with what it is: a ratio's, an interval's after its level, a p-value's. */
const NAME = new RegExp(`(?<![\\p{L}])(?:(${wordsPattern(SHORT_RATIOS)})|(${wordsPattern(LONG_RATIOS)})|(\\d{2}(?:\\.\\d)?)[ ]?%[ ]?(?:${wordsPattern(words.columnKinds.intervals)})|(${wordsPattern(words.pvalues)}))(?![\\p{L}])`, 'giu');
/** The same names, asked once of a text (no global state between calls). */
const ANY_NAME = new RegExp(NAME.source, 'iu');
/** What may stand beside the names: brackets, commas, pipes and spaces. */
const FILLER = /^[\s()[\],;|/]*$/;
/** A line that holds one value and nothing else but brackets: "0.61", "(0.45-0.83)", "<0.001". */
const VALUE_LINE = /^[\s([]*[<>≤≥=]?[ ]?[-\u2212]?\d[\d.,]*(?:[ ]?(?:-|\u2013|to)[ ]?[-\u2212]?\d[\d.,]*)?[\s)\]]*$/u;

function headerColumns(line: string): Column[] | undefined {
  if (line.length > 80 || !/\p{L}/u.test(line)) return undefined;
  const out: Column[] = [];
  let rest = '', at = 0;
  for (const m of line.matchAll(NAME)) {
    rest += line.slice(at, m.index!);
    at = m.index! + m[0].length;
    // (a short ratio's name only in capitals: "or" is a word)
    if (m[1] && m[1] !== m[1].toUpperCase()) return undefined;
    if (m[1] || m[2]) out.push({ kind: 'ratio', unit: RATIO_UNIT.get((m[1] ?? m[2]).toLowerCase()) ?? 'HR' });
    else if (m[3]) out.push({ kind: 'ci', unit: '', level: Number(m[3]) });
    else out.push({ kind: 'pvalue', unit: '' });
  }
  rest += line.slice(at);
  return out.length >= 2 && new Set(out.map(c => c.kind)).size === out.length && FILLER.test(rest) ? out : undefined;
}

/** Whether a paragraph names a column's statistic anywhere (kept per paragraph by the memo: an edit asks again of one). */
const namesAny = (paragraph: string) => ANY_NAME.test(paragraph);

export function applyColumnKinds(figures: FigureEntity[], text: string, name: (f: FigureEntity) => string): void {
  // Only paragraphs (split at blank lines) that name a statistic are walked line by line: the walk's
  // state is reset at every blank line, and a header is a line that names one, so the lines of any
  // other paragraph change nothing (a name matched in a line is matched in its paragraph: the
  // look-arounds see a line break or the paragraph's edge alike).
  // (one pointer into the figures for the whole text, as the walk of every line had: the first figure that ends after the line's start)
  const at = { fi: 0 };
  for (const p of paragraphRuns(text, namesAny)) if (p.result) walkLines(figures, text, p.from, p.to, name, at);
}

/** @internal the walk of every line of the whole text, as it was done before the paragraphs were skipped (the tests hold applyColumnKinds to it) */
export function applyColumnKindsByLine(figures: FigureEntity[], text: string, name: (f: FigureEntity) => string): void {
  walkLines(figures, text, 0, text.length, name, { fi: 0 });
}

/** The walk of the lines of text[from, to), a paragraph, as one of the whole text would walk them. */
function walkLines(figures: FigureEntity[], text: string, from: number, to: number, name: (f: FigureEntity) => string, at: { fi: number }): void {
  let fi = at.fi;
  let columns: Column[] | undefined;
  let run: FigureEntity[] = [];
  const flush = () => {
    if (columns && run.length === columns.length) {
      const ratio = columns.find(c => c.kind === 'ratio');
      run.forEach((f, k) => {
        const c = columns![k];
        Object.assign(f, { figureKind: c.kind, unit: c.kind === 'ci' ? ratio?.unit ?? '' : c.kind === 'ratio' ? c.unit : '', reading: COLUMN_KIND_READING });
        if (c.level !== undefined) f.level = c.level;
        f.name = name(f);
      });
    }
    run = [];
  };
  for (let start = from; start <= to;) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const line = text.slice(start, end);
    while (fi < figures.length && figures[fi].end <= start) fi++;
    const inLine: FigureEntity[] = [];
    for (let k = fi; k < figures.length && figures[k].start < end; k++) inLine.push(figures[k]);
    if (line.trim() === '') { flush(); columns = undefined; }
    else if (!columns) { if (ANY_NAME.test(line)) columns = headerColumns(line); }
    else if (inLine.length === 1 && inLine[0].figureKind === 'other' && !inLine[0].unit && VALUE_LINE.test(line)) {
      run.push(inLine[0]);
      if (run.length === columns.length) flush();
    } else flush();
    start = end + 1;
  }
  flush();
  at.fi = fi;
}

