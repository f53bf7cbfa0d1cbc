/**
 * Financial statements flattened one cell a line, as copied from filings and results releases: a title
 * in brackets names the scale ("(in thousands, except per share data)", "(unaudited, in millions)"),
 * each row's label stands on a line of its own, and its numbers follow one a line, a currency sign on
 * a line of its own before some of them, a negative in brackets ("(2,310)", or "(2,310" with its ")"
 * on the next line). A careful reader reads every number there as a sum in the statement's currency
 * and scale: 1,250 under "(in thousands)" in a dollar statement is USD 1,250,000. A row whose label
 * names sums per share keeps its numbers unscaled; a row of shares, margins or headcounts is left as
 * it is. Words in lexicon/grammar/statements.json. Linear in the text and the figures.
 */
import type { FigureEntity, FigureReading } from './model';
import { wordsPattern } from './words';
import words from '../../lexicon/grammar/statements.json';
import { tableUnitSpec } from './recognize/figures';

const SCALES = new Map(Object.entries(words.scales).map(([k, v]) => [k.toLowerCase(), v]));
/** "(in thousands", "(unaudited, in millions", "(en milliers", "(i tusental": a statement's scale, its bracket maybe closed on a later line. */
const SCALE_TITLE = new RegExp(`\\((?:[^()\\n]{0,24}?[ ,])?(?:in|en|i)[ ](${wordsPattern(Object.keys(words.scales))})(?![\\p{L}])([^()\\n]{0,60})`, 'iu');
/** "($000s)", "(US$ '000)", "(€000)": thousands of a currency, written as zeros. */
const ZEROS_TITLE = /\((?:in[ ])?(US\$|\$|\u20ac|\u00a3)[ ]?['\u2019]?000['\u2019]?s?\)/;
const PER_SHARE = new RegExp(`(?:${wordsPattern(words.perShare)})(?![\\p{L}])`, 'iu');
const NOT_SUMS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.notSums)})(?![\\p{L}])|%`, 'iu');
const EXCEPT_SHARES = new RegExp(`(?:${wordsPattern(words.exceptShares)})`, 'i');
/** What a cell line may hold besides its number: separators, brackets, dashes, a currency sign or code. */
const CELL_LINE_REST = /^(?:[\s|()\u2014\u2013\-$\u20ac\u00a3\u00a5]|USD|EUR|GBP|CHF|SEK|DKK|NOK)*$/;
const SYMBOL_CURRENCY: Record<string, string> = { $: 'USD', US$: 'USD', '\u20ac': 'EUR', '\u00a3': 'GBP' };
/** A currency sign on a line of its own ("$", "| $ |"), before a cell of the statement. */
const SIGN_LINE = /\n[ |]*(US\$|\$|\u20ac|\u00a3)[ |]*\n/;
/** "506⏎Operating expenses": a cell's number read with the next row's label as its counted noun. */
const NOUN_ACROSS_LINES = /^[\d.,]+\n/;
/** A sentence of prose, not a row's label: many words, or a full stop after a word. */
const PROSE = /(?:\p{L}+[ ,;:]+){12}|\p{Ll}{2}\.(?:\s|$)/u;
/** A scale word after a sum: its value is already in base units. */
const SCALE_WRITTEN = /\p{L}\.?\s*$/u;

/** A header that names a column of changes in per cent ("Veränderung %", "Change %"): a key-figure row's last cell is that change. */
const CHANGE_COLUMN = new RegExp(`(?:${wordsPattern(words.changeColumns)})`, 'iu');
/** Between two cells of a key-figure row: spaces or a tab, and a minus sign standing apart ("17,3 \u2013 8,1"). */
const ROW_GAP = /^[ \t]{1,12}(?:[\u2013\u2212-][ ]?)?$/;
const SCALES_TRIED = [1, 1e3, 1e6, 1e9];

interface Statement { scale: number; currency?: string; label: string; exceptShares: boolean }

/** The scale (and currency, when written) a line's title declares, and where the title starts. */
export function statementTitle(line: string): (Statement & { at: number }) | undefined {
  const z = ZEROS_TITLE.exec(line);
  if (z) return { scale: 1e3, currency: SYMBOL_CURRENCY[z[1]], label: z[0], exceptShares: false, at: z.index };
  const m = SCALE_TITLE.exec(line);
  if (!m) return undefined;
  const scale = SCALES.get(m[1].toLowerCase());
  if (!scale) return undefined;
  const spec = tableUnitSpec(line.slice(m.index));
  return { scale, currency: spec?.currency, label: m[0].replace(/\s+/g, ' ').trim(), exceptShares: EXCEPT_SHARES.test(m[0]), at: m.index };
}

/** "(2,310)" or "(2,310" with its ")" after a line break: an accounts' negative. */
function negativeCell(normalized: string, c: FigureEntity): boolean {
  return /\($/.test(normalized.slice(Math.max(0, c.start - 1), c.start)) && /^[ ]{0,2}(?:\n[ |]{0,3})?\)/.test(normalized.slice(c.end, c.end + 8));
}

/**
 * Reads the statements of a document. `reading` is the reading text, whose soft wraps are spaces; `text` the document
 * with its line breaks (the same offsets), since a flattened statement is known by its lines.
 */
export function applyStatementCells(figures: FigureEntity[], reading: string, text: string, name: (f: FigureReading) => string): void {
  if (!SCALE_TITLE.test(reading) && !ZEROS_TITLE.test(reading)) return;
  const normalized = withLineBreaks(reading, text);
  let statement: Statement | undefined;
  let rowLabel = '';
  let fi = 0;
  for (let lineStart = 0; lineStart <= normalized.length;) {
    let lineEnd = normalized.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = normalized.length;
    const line = normalized.slice(lineStart, lineEnd);
    while (fi < figures.length && figures[fi].end <= lineStart) fi++;
    const cells: FigureEntity[] = [];
    for (let k = fi; k < figures.length && figures[k].start < lineEnd; k++) if (figures[k].figureKind !== 'date') cells.push(figures[k]);
    const title = statementTitle(line);
    if (title && cells.every(c => c.start - lineStart < title.at)) {
      statement = { ...title, currency: title.currency ?? currencyAfter(figures, fi, lineEnd) ?? SYMBOL_CURRENCY[SIGN_LINE.exec(normalized.slice(lineEnd, lineEnd + 3000))?.[1] ?? ''] };
      rowLabel = '';
    } else if (statement) {
      let rest = '';
      let at = lineStart;
      for (const c of cells) { rest += normalized.slice(at, c.start); at = c.end; }
      rest += normalized.slice(at, lineEnd);
      const cellLine = cells.length > 0 && CELL_LINE_REST.test(rest);
      const firstCell = cells.length ? cells[0].start - lineStart : line.length;
      const label = line.slice(0, firstCell);
      if (!cellLine && PROSE.test(line)) { statement = undefined; rowLabel = ''; }
      else {
        if (!cellLine && /\p{L}{2}/u.test(label)) rowLabel = label;
        if (statement.currency && rowLabel && (cellLine || /\p{L}{2}/u.test(label))) readCells(cells, cellLine, rowLabel, statement, normalized, name);
      }
    }
    lineStart = lineEnd + 1;
  }
}

/** The reading text with the document's line breaks put back where its soft wraps became spaces. */
function withLineBreaks(reading: string, text: string): string {
  if (reading.length !== text.length) return reading;
  const parts: string[] = [];
  let at = 0;
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
    if (reading[k] === '\n') continue;
    parts.push(reading.slice(at, k), '\n');
    at = k + 1;
  }
  parts.push(reading.slice(at));
  return parts.join('');
}

/** The currency of the first sum written with its sign after a title, within the statement's first lines. */
function currencyAfter(figures: FigureEntity[], from: number, at: number): string | undefined {
  for (let k = from; k < figures.length && k < from + 40; k++) {
    const f = figures[k];
    if (f.start >= at && f.figureKind === 'money' && f.unit) return f.unit;
  }
  return undefined;
}

function readCells(cells: FigureEntity[], cellLine: boolean, rowLabel: string, s: Statement, normalized: string, name: (f: FigureReading) => string): void {
  const perShare = PER_SHARE.test(rowLabel);
  if (!perShare && NOT_SUMS.test(rowLabel)) return;
  for (const c of cells) {
    if (typeof c.value !== 'number' || c.reading?.startsWith('read in the')) continue;
    const written = normalized.slice(c.start, c.end);
    // "Total revenues (1)": a footnote's number after a label, on the label's line
    if (!cellLine && c.figureKind === 'other' && Number.isInteger(c.value) && c.value < 10 && /\($/.test(normalized.slice(c.start - 1, c.start))) continue;
    const across = c.figureKind === 'count' && cellLine ? NOUN_ACROSS_LINES.exec(written) : null;
    if (across) { c.end = c.start + across[0].length - 1; c.text = c.text.slice(0, c.end - c.start); }
    const bareCell = (c.figureKind === 'other' && !c.unit) || !!across;
    const signed = c.figureKind === 'money' && c.unit === s.currency && !SCALE_WRITTEN.test(written) && c.value >= 0;
    if (!bareCell && !signed) continue;
    const sign = negativeCell(normalized, c) ? -1 : 1;
    c.figureKind = 'money';
    c.unit = s.currency!;
    c.value = sign * Math.round(c.value * (perShare ? 1 : s.scale) * 1e6) / 1e6;
    c.reading = `read in the statement's unit, ${JSON.stringify(s.label)}${perShare ? ' (a sum per share, not scaled)' : ''}`;
    c.name = name(c);
  }
}

/**
 * Key-figure rows: "Umsatz Mio. \u20ac 106,5 102,8 3,6", "Net sales SEK m 45.2 38.1". The row's first cell carries its
 * unit, written before the number; the bare numbers after it on the line, apart only by spaces, are of the same unit
 * and scale (the columns of other periods), except the last of three or more under a header that names a column of
 * changes in per cent ("Ver\u00e4nderung %"), which is that change. A minus sign standing apart makes its cell negative.
 */
export function applyKeyFigureRows(figures: FigureEntity[], reading: string, text: string, name: (f: FigureReading) => string): void {
  if (!figures.some(f => f.figureKind === 'money')) return;
  const normalized = withLineBreaks(reading, text);
  let changeHeaderAt = -1;
  let fi = 0;
  let lineNo = 0;
  for (let lineStart = 0; lineStart <= normalized.length; lineNo++) {
    let lineEnd = normalized.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = normalized.length;
    while (fi < figures.length && figures[fi].end <= lineStart) fi++;
    const cells: FigureEntity[] = [];
    for (let k = fi; k < figures.length && figures[k].start < lineEnd; k++) if (figures[k].figureKind !== 'date') cells.push(figures[k]);
    const line = normalized.slice(lineStart, lineEnd);
    if (CHANGE_COLUMN.test(line) && cells.length === 0) changeHeaderAt = lineNo;
    else if (cells.length >= 2 && cells[0].figureKind === 'money' && typeof cells[0].value === 'number' && /^[\s*]*$/.test(normalized.slice(cells[cells.length - 1].end, lineEnd))) {
      const first = cells[0];
      const written = normalized.slice(first.start, first.end);
      const scale = /\d$/.test(written) ? scaleOf(first.value as number, written) : undefined;
      const rest = cells.slice(1);
      const row = scale !== undefined && rest.every((c, k) => c.figureKind === 'other' && !c.unit && typeof c.value === 'number' && ROW_GAP.test(normalized.slice((k ? rest[k - 1] : first).end, c.start)));
      if (row) {
        const change = changeHeaderAt >= 0 && lineNo - changeHeaderAt <= 40 && cells.length >= 3;
        rest.forEach((c, k) => {
          const minus = /[\u2013\u2212-][ ]?$/.test(normalized.slice((k ? rest[k - 1] : first).end, c.start)) && (c.value as number) > 0 ? -1 : 1;
          if (change && k === rest.length - 1) {
            Object.assign(c, { figureKind: 'percent', unit: '%', value: minus * (c.value as number), reading: 'the column of changes in per cent its header names' });
          } else {
            Object.assign(c, { figureKind: 'money', unit: first.unit, value: minus * Math.round((c.value as number) * scale! * 1e6) / 1e6, reading: `the unit of the row's first cell (${first.unit}${scale !== 1 ? ', scale ' + scale : ''})` });
          }
          c.name = name(c);
        });
      }
    }
    lineStart = lineEnd + 1;
  }
}

/** The scale a sum was read in: its value over the number written last in its text (a decimal comma or point either way). */
function scaleOf(value: number, written: string): number | undefined {
  const m = /(\d[\d.,' ]*)$/.exec(written);
  if (!m) return undefined;
  const digits = m[1].replace(/[' ]/g, '');
  const readings = [Number(digits.replace(/,/g, '')), Number(digits.replace(/\./g, '').replace(',', '.'))];
  for (const s of SCALES_TRIED) for (const n of readings) if (n > 0 && Math.abs(Math.abs(value) / s - n) <= 1e-9 * n) return s;
  return undefined;
}
