/**
 * Tables glued into text by a copy from a web page (no pipes, no tabs, no gaps): a header of the groups' labels each
 * closed by its size ("Placebo (n=40)AB-101 10 mg (n=38)AB-101 30 mg (n=41)", the header's lines joined), then rows of
 * a label and one cell a group, glued ("Nausea4 (10.0)02 (4.9)"). A cell left empty for none is a zero, and the copy
 * runs it into the next cell's count ("02 (4.9)" is "0", then "2 (4.9)"): a whole number never opens with a zero, so
 * each leading zero of a count is a cell of its own. A reader reads such a table by its columns' sizes: "4 (10.0)"
 * under "(n=40)" is 4 people and their 10.0 per cent, since 4 of 40 is 10.0 %. Text and figures only; linear.
 */
import type { FigureEntity } from './model';
import { testPiece } from './testMemo';

/** A group's size closing a column's label in a glued header: "(n=33)", "(N = 1,204)". */
const GLUED_SIZE = /\(\s?[nN]\s?=\s?(\d[\d,]*)\s?\)/g;

/**
 * The sizes of a glued header's columns, in order, when the line is labels each closed by a group's size and nothing
 * after the last: the first label has words; a later one may be the size alone (its label on the line above).
 */
export function gluedHeaderSizes(line: string): number[] | undefined {
  if (line.length > 400 || line.indexOf('=') < 0) return undefined;
  const sizes: number[] = [];
  let from = 0;
  for (const m of line.matchAll(GLUED_SIZE)) {
    if (sizes.length === 0 && !/\p{L}/u.test(line.slice(from, m.index))) return undefined;
    // (no number between two sizes but a dose's or a label's: "AB-101 10 mg (n=38)"; a count and its share is a row)
    if (/\d\s?\(\s?\d/.test(line.slice(from, m.index))) return undefined;
    const n = Number(m[1].replace(/,/g, ''));
    if (!(n > 0)) return undefined;
    sizes.push(n);
    from = m.index! + m[0].length;
  }
  return sizes.length >= 2 && !/\S/.test(line.slice(from)) ? sizes : undefined;
}

/** A line that closes a header copied one cell a line: it ends in a group's size, "(n=56)". */
export const ENDS_IN_SIZE = /\([ \t]?[nN][ \t]?=[ \t]?\d[\d,]*[ \t]?\)[ \t]*$/;
/** How many lines such a header takes at most ("Group 1", "AB-101", "10 mg (n=40)", ...). */
export const STACKED_HEADER_LINES = 12;
/** A row of values glued to its label ("Nausea4 (10.0)"), never a header's line. */
const GLUED_ROW = /\p{Ll}{2}\d|\)\d|%\d/u;

/** How many empty cells a glued zero stands for before a cell's first figure: its leading zeros ("028" one, "0005" three), or its zeros when it is only zeros ("0" is one cell, the figure's own). */
export function leadingZeroCells(figureText: string): number {
  const m = /^0+(?=\d)/.exec(figureText);
  return m ? m[0].length : 0;
}

/** The cells of a row of figures: each figure with the ones in brackets after it ("4 (10.0)", "1.9 (1.2, 3.0)"). */
export function bracketGroups(figures: FigureEntity[], normalized: string): FigureEntity[][] {
  const groups: FigureEntity[][] = [];
  let depth = 0;
  let prevEnd = -1;
  for (const f of figures) {
    if (prevEnd >= 0) for (let i = prevEnd; i < f.start; i++) { const ch = normalized[i]; if (ch === '(' || ch === '[') depth++; else if ((ch === ')' || ch === ']') && depth > 0) depth--; }
    if (depth > 0 && groups.length) groups[groups.length - 1].push(f);
    else groups.push([f]);
    prevEnd = f.end;
  }
  return groups;
}

/**
 * A row's value cells laid over its columns, glued zeros counted as empty cells: each entry a cell's figures, or
 * undefined for a zero written without its own figure ("028 (19.4)": the zero's cell, then 28 and its share). The
 * value cells are the row's last groups with no words between them.
 */
export function valueCells(groups: FigureEntity[][], normalized: string): (FigureEntity[] | undefined)[] {
  let first = groups.length;
  while (first > 0 && (first === groups.length || !/\p{L}/u.test(normalized.slice(groups[first - 1][groups[first - 1].length - 1].end, groups[first][0].start)))) first--;
  const out: (FigureEntity[] | undefined)[] = [];
  for (const g of groups.slice(first)) {
    for (let z = leadingZeroCells(normalized.slice(g[0].start, g[0].end)); z > 0; z--) out.push(undefined);
    out.push(g);
  }
  return out;
}

const bare = (f: FigureEntity) => f.figureKind === 'other' && !f.unit;

/**
 * Counts and their shares in glued tables: under a glued header of groups' sizes, each row's cells laid over the
 * columns (glued zeros counted), a cell "a (b)" whose b is a's share of its column's group in per cent, to b's last
 * decimal, is a count of people and its share. A row whose cells are not as many as the columns is left as it is.
 */
export function applyGluedShares(figures: FigureEntity[], normalized: string, name: (f: FigureEntity) => string): void {
  if (figures.length === 0 || normalized.indexOf('=') < 0) return;
  let fi = 0;
  let sizes: number[] | undefined;
  // the short lines since the last blank one: a header a copy put one cell (or part of one) a line, read joined
  let stack: string[] = [];
  for (let lineStart = 0; lineStart <= normalized.length;) {
    let lineEnd = normalized.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = normalized.length;
    const line = normalized.slice(lineStart, lineEnd);
    let header = gluedHeaderSizes(line);
    if (!header && ENDS_IN_SIZE.test(line)) for (let k = 0; k < stack.length && !header; k++) header = gluedHeaderSizes([...stack.slice(k), line].join(' '));
    if (!line.trim() || line.length > 80 || testPiece(GLUED_ROW, line)) stack = [];
    else { stack.push(line); if (stack.length >= STACKED_HEADER_LINES) stack.shift(); }
    if (header) { sizes = header; stack = []; }
    else if (!line.trim()) sizes = undefined;
    else if (sizes) {
      while (fi < figures.length && figures[fi].start < lineStart) fi++;
      const inLine: FigureEntity[] = [];
      for (let k = fi; k < figures.length && figures[k].start < lineEnd; k++) if (figures[k].end <= lineEnd && figures[k].figureKind !== 'date') inLine.push(figures[k]);
      const cells = valueCells(bracketGroups(inLine, normalized), normalized);
      if (cells.length === sizes.length) cells.forEach((cell, c) => {
        if (!cell || cell.length !== 2) return;
        const [a, b] = cell;
        const n = sizes![c];
        if (typeof a.value !== 'number' || typeof b.value !== 'number' || !Number.isInteger(a.value) || a.value < 0 || a.value > n) return;
        if (!(bare(a) || (a.figureKind === 'count' && a.unit === 'patients')) || !(bare(b) || (b.figureKind === 'percent' && b.unit === '%'))) return;
        if (!/^\s*\(\s*$/.test(normalized.slice(a.end, b.start)) || !/^\s*\)/.test(normalized.slice(b.end, b.end + 3))) return;
        const decimals = /[.,](\d+)$/.exec(normalized.slice(b.start, b.end))?.[1].length ?? 0;
        if (Math.abs((100 * a.value) / n - b.value) > 10 ** -decimals + 1e-9) return;
        if (bare(a)) { Object.assign(a, { figureKind: 'count', unit: 'patients', reading: `a count of its column's group (n=${n}), its share in brackets` }); a.name = name(a); }
        if (bare(b)) { Object.assign(b, { figureKind: 'percent', unit: '%', reading: `the share of its column's group (n=${n}) the count before it is` }); b.name = name(b); }
      });
    }
    lineStart = lineEnd + 1;
  }
}
