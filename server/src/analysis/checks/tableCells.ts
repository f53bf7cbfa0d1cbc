/**
 * Table cells as the checks read them. A table states a group's size once, in its column's header
 * ("Placebo (n = 118)"), and its cells give counts with their shares ("12 (10.2)"), estimates with
 * their intervals ("17.2 (6.6\u2013NE)") and p-values, one a cell. A careful reader holds each cell
 * to its own column: a share to the column's size, an estimate to the interval written beside it.
 *
 * The column's size is trusted only where the column bears it out: a share is judged against it
 * when at least two other shares of the same column fit it and most of them do, so that a table
 * whose header was laid over the wrong cells, or whose shares are of another whole (of events, of
 * the evaluable patients a row names), raises nothing. A share that some other number of its
 * column gives ("n = 187" on a row of its own) is taken to be of that number.
 */
import type { DocumentModel, FigureEntity } from '../model';
import type { DocTable, Span } from '../structure';
import { continuationRow, tableColumns } from '../tableColumns';
import { decimalsOf, figuresOf } from './check';
import { shareOf } from './shares';
import { OPEN_UPPER } from '../labelUnits';
import { wordsPattern } from '../words';
import shareWords from '../../../lexicon/grammar/shares.json';

export interface CellShare { count: FigureEntity; pct: FigureEntity; n: number; head: Span; table?: DocTable }
export interface CellInterval { estimate: FigureEntity; bound: FigureEntity; lower: number; upper: number; open: boolean }

/** A count's share in brackets after it: "12 (10.2)", "12 (10.2%)". */
const OPEN_BRACKET = /^\s*[(\[]\s*$/;
const CLOSE_AFTER = /^\s*%?\s*[)\]]/;
/** Words of a label that say a cell's bracket holds an interval: "(95% CI)", "median (range)", "(IQR)". */
const INTERVAL_WORDS = /(?<![\p{L}])(?:CI|C\.I\.|confidence|range|IQR|interval|Spannweite|KI)(?![\p{L}])/iu;

function figuresIn(figures: readonly FigureEntity[], span: Span): FigureEntity[] {
  let lo = 0, hi = figures.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (figures[mid].start < span.start) lo = mid + 1; else hi = mid; }
  const out: FigureEntity[] = [];
  for (let k = lo; k < figures.length && figures[k].start < span.end; k++) if (figures[k].end <= span.end) out.push(figures[k]);
  return out;
}

const wholeNumber = (f: FigureEntity) => typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 0 && !f.comparator
  && f.denominator === undefined && (f.figureKind === 'count' || (f.figureKind === 'other' && !f.unit));

/** Each body cell of each table, with its column's index. */
function* bodyCells(model: DocumentModel): Generator<{ table: DocTable; column: number; cell: Span; label: Span }> {
  for (let tableI = 0, tableList = model.tables ?? []; tableI < tableList.length; tableI++) { const table = tableList[tableI];
    const { headerRows } = tableColumns(table, model.text);
    for (let rowI = 0, rows_ = table.rows; rowI < rows_.length; rowI++) { const row = rows_[rowI];
      if (headerRows.has(row) || continuationRow(model.text, row)) continue;
      for (let c = 1; c < row.cells.length; c++) yield { table, column: c, cell: row.cells[c], label: row.cells[0] };
    }
  }
}

/**
 * The shares of a table's cells that their column's size does not give, where the table bears that size out: other
 * shares of the column fit it, or the other cells of the share's row fit their own columns' sizes ("| Flares | 60 (40%) |
 * 57 (38%) | 90 (60%) |" under "(n=150)", "(n=152)", "(n=149)": each column holds one pair, the row shows the
 * header sits over the right cells and that its shares are of the columns' groups). At least two shares bear it
 * out, counting both, and most of the column's and most of the row's do. Tables written as rows of text with no
 * cell marks, whose figures the binder reads under a header's "(n=50)", are read the same way.
 */
export function cellSharesOffTheirColumn(model: DocumentModel): CellShare[] {
  const text = model.text;
  const figures = figuresOf(model);
  const byColumn = new Map<string, ColumnEntry>();
  const byRow = new Map<string, CellShare[]>();
  const rowOf = new Map<CellShare, string>();
  const columnOf = new Map<CellShare, string>();
  const sizes = new Map<DocTable | undefined, number[]>();
  const inTables: Span[] = [];
  const add = (key: string, row: string, p: CellShare) => {
    byColumn.get(key)!.pairs.push(p);
    const r = byRow.get(row) ?? [];
    r.push(p);
    byRow.set(row, r);
    rowOf.set(p, row); columnOf.set(p, key);
  };
  for (let tableI = 0, tableList = model.tables ?? []; tableI < tableList.length; tableI++) { const table = tableList[tableI];
    inTables.push({ start: table.start, end: table.end });
    sizes.set(table, [...tableColumns(table, text).heads.values()].flatMap(h => h.n === undefined ? [] : [h.n]));
  }
  const captions = new Map<DocTable, { n: number; at: Span } | undefined>();
  const sizeRows = new Map<DocTable, Map<number, { n: number; at: Span }> | undefined>();
  for (const { table, column, cell } of bodyCells(model)) {
    const head = tableColumns(table, text).heads.get(column);
    const key = `${table.start}|${column}`;
    const entry = byColumn.get(key) ?? { pairs: [], numbers: [], rates: [] };
    byColumn.set(key, entry);
    const inCell = figuresIn(figures, cell);
    for (let fI = 0, inCell_ = inCell; fI < inCell_.length; fI++) { const f = inCell_[fI]; if (wholeNumber(f)) entry.numbers.push(f.value as number); }
    if (!captions.has(table)) captions.set(table, captionSize(model, table));
    if (!sizeRows.has(table)) sizeRows.set(table, sizeRowOf(model, table));
    const size = head?.n !== undefined && head.nAt ? { n: head.n, at: head.nAt } : sizeRows.get(table)?.get(column) ?? captions.get(table);
    if (!size) continue;
    if (!(head?.n !== undefined && head.nAt) && !sizeRows.get(table)?.has(column)) { entry.fromCaption = true; sizes.set(table, [size.n]); }
    else if (sizeRows.get(table)?.has(column)) sizes.set(table, [...sizeRows.get(table)!.values()].map(x => x.n));
    const headN = size.n, headAt = size.at;
    entry.n = headN; entry.head = headAt;
    const row = table.rows.find(r => r.start <= cell.start && cell.end <= r.end);
    for (let i = 0; i < inCell.length; i++) {
      const count = inCell[i], pct = inCell[i + 1];
      if (pct && cellPair(text, count, pct)) add(key, `${table.start}|${row?.start ?? cell.start}`, { count, pct, n: headN, head: headAt, table });
      else if (i === 0 && loneShare(count)) entry.rates.push(count);
    }
  }
  flattenedPairs(model, figures, inTables, byColumn, sizes, add);
  const out: CellShare[] = [];
  const rates: CellRate[] = [];
  const fits = (p: CellShare, n: number) => (p.count.value as number) <= n && shareOf(p.count.value as number, n, p.pct.value as number, decimalsOf(text.slice(p.pct.start, p.pct.end)));
  for (const { pairs, numbers, rates: lone, n, head, fromCaption } of byColumn.values()) {
    // a column whose pairs bear its size out (two or more fit it, and most do) holds its lone shares to it too
    const fitting = pairs.filter(p => (p.count.value as number) > 0 && fits(p, p.n)).length;
    if (n !== undefined && head && fitting >= 2 && fitting * 4 >= pairs.filter(p => (p.count.value as number) > 0).length * 3
      && pairs.every(p => p.n === n)) {
      // (a share of a measure the column also counts, "DCR observed, n (%)" over "DCR modelled, %", is another statistic of it)
      const counted = new Set(pairs.map(p => p.pct.binding.endpoint ?? p.count.binding.endpoint).filter(e => e));
      for (let pctI = 0, lone_ = lone; pctI < lone_.length; pctI++) { const pct = lone_[pctI]; if (!counted.has(pct.binding.endpoint)) rates.push({ pct, n, head }); }
    }
    for (let pI = 0, pairs_ = pairs; pI < pairs_.length; pI++) { const p = pairs_[pI];
      if (fits(p, p.n)) continue;
      const others = pairs.filter(q => q !== p && (q.count.value as number) > 0);
      const inRow = (byRow.get(rowOf.get(p)!) ?? []).filter(q => q !== p && (q.count.value as number) > 0 && columnOf.get(q) !== columnOf.get(p));
      const bearOut = others.filter(q => fits(q, p.n)).length, rowBearOut = inRow.filter(q => fits(q, q.n)).length;
      // (a table of one sized column, "| Outcome | Patients (N = 40) |", can lay its header over no other cells: its size needs no more)
      const oneColumn = p.table !== undefined && (sizes.get(p.table) ?? []).length === 1 && !fromCaption;
      if ((bearOut + rowBearOut < 2 && !oneColumn) || bearOut * 4 < others.length * 3 || rowBearOut * 4 < inRow.length * 3) continue;
      // a share of another whole the column states ("n = 187" on its own row, a count of events), or of another
      // column's group (a header laid over the wrong column: two groups of 50 and 52 give many of the same shares)
      if (numbers.some(m => m !== p.n && m >= (p.count.value as number) && m > 0 && fits(p, m))) continue;
      if ((sizes.get(p.table) ?? []).some(m => m !== p.n && fits(p, m))) continue;
      out.push(p);
    }
  }
  CELL_RATES.set(model, rates);
  return out;
}

export interface CellRate { pct: FigureEntity; n: number; head: Span }
interface ColumnEntry { pairs: CellShare[]; numbers: number[]; rates: FigureEntity[]; n?: number; head?: Span; fromCaption?: boolean }

/** The labels of a table's row of group sizes ("| N | 40 | 38 |"): shares.json tableSizeRows. */
const SIZE_ROW_LABEL = new RegExp(`^\\s*(?:${wordsPattern(shareWords.tableSizeRows.words)})\\s*$`, 'iu');

/**
 * The groups' sizes a table gives in a body row of their own ("| N | 40 | 38 |" under "| Outcome | AB-101 | Placebo |"),
 * for a table whose header sizes no column: the row's label one of tableSizeRows, each of its other filled cells a whole
 * number alone.
 */
function sizeRowOf(model: DocumentModel, table: DocTable): Map<number, { n: number; at: Span }> | undefined {
  const text = model.text;
  if ([...tableColumns(table, text).heads.values()].some(h => h.n !== undefined)) return undefined;
  for (let rowI = 0, rowList = table.rows.slice(0, 3); rowI < rowList.length; rowI++) { const row = rowList[rowI];
    if (!row.cells.length || !SIZE_ROW_LABEL.test(text.slice(row.cells[0].start, row.cells[0].end))) continue;
    const out = new Map<number, { n: number; at: Span }>();
    for (let c = 1; c < row.cells.length; c++) {
      const cell = row.cells[c], s = text.slice(cell.start, cell.end);
      if (!/\S/.test(s)) continue;
      const m = /^\s*(\d[\d,]*)\s*$/.exec(s);
      if (!m) return undefined;
      const n = Number(m[1].replace(/,/g, ''));
      if (!(n > 0)) return undefined;
      const at = cell.start + s.indexOf(m[1]);
      out.set(c, { n, at: { start: at, end: at + m[1].length } });
    }
    return out.size ? out : undefined;
  }
  return undefined;
}

/** A group's size in a caption: "Table 2. Responses (N = 40)". */
const CAPTION_SIZE = /(?<![\p{L}\d])[nN][ ]?=[ ]?(\d[\d,]*)(?![\d.])/gu;

/**
 * The size the caption right above a table states ("Table 2. Best response (N = 40)", within the two lines above it, over
 * one blank line at most), for a table whose header sizes no column and whose values stand in one column: the caption's
 * one size, else none.
 */
function captionSize(model: DocumentModel, table: DocTable): { n: number; at: Span } | undefined {
  const text = model.text;
  const { heads } = tableColumns(table, text);
  if ([...heads.values()].some(h => h.n !== undefined)) return undefined;
  const valued = new Set<number>();
  for (let rowI = 0, rows_ = table.rows; rowI < rows_.length; rowI++) { const row = rows_[rowI]; row.cells.forEach((c, k) => { if (k >= 1 && /\d/.test(text.slice(c.start, c.end))) valued.add(k); }); }
  if (valued.size !== 1) return undefined;
  let from = table.start;
  for (let lines = 0; lines < 3 && from > 0; lines++) from = text.lastIndexOf('\n', from - 2) + 1;
  const above = text.slice(from, table.start);
  const found = [...above.matchAll(CAPTION_SIZE)];
  if (found.length !== 1 || /\|/.test(above)) return undefined;
  const n = Number(found[0][1].replace(/,/g, ''));
  const start = from + (found[0].index ?? 0);
  return n > 0 ? { n, at: { start, end: start + found[0][0].length } } : undefined;
}
const CELL_RATES = new WeakMap<DocumentModel, CellRate[]>();

/** A share alone at the head of its cell ("42.0" of "42.0 (28.2 to 56.8)"): no count before it. */
function loneShare(f: FigureEntity): boolean {
  return f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number' && !f.comparator && !f.estimated && f.value > 0 && f.value < 100;
}

/**
 * The shares alone in the cells of a column whose count-and-share pairs bear its size out ("ORR, % (95% CI) | 42.0
 * (28.2 to 56.8)" under "(n=50)", the column's "4 (8.0)", "18 (36.0)" all of 50): each with the column's size, for grim
 * to hold to some whole number of it.
 */
export function cellRatesOfTheirColumn(model: DocumentModel): CellRate[] {
  if (!CELL_RATES.has(model)) cellSharesOffTheirColumn(model);
  return CELL_RATES.get(model) ?? [];
}

/** A count and its share in brackets right after it, one cell: "12 (10.2)", "12 (10.2%)". */
function cellPair(text: string, count: FigureEntity, pct: FigureEntity): boolean {
  return wholeNumber(count) && pct.figureKind === 'percent' && pct.unit === '%' && typeof pct.value === 'number' && !pct.comparator
    && OPEN_BRACKET.test(text.slice(count.end, pct.start)) && CLOSE_AFTER.test(text.slice(pct.end, pct.end + 4));
}

/** A group's size as a header writes it: "n=50", "(N = 98)". */
const N_FIGURE = /^\(?[nN] ?= ?\d/;

/**
 * The pairs of a table written as lines of text with no cell marks ("Partial response18 (36.0)15 (31.3)33 (33.7)"),
 * which the binder reads under the header's columns and their "(n=50)": both figures of the pair in one cell (row and
 * column), the size the header states (the last "n=50" before the row, as a figure of its own). Keyed by column and
 * size, and by line for the row.
 */
function flattenedPairs(model: DocumentModel, figures: readonly FigureEntity[], inTables: Span[], byColumn: Map<string, ColumnEntry>,
  sizes: Map<DocTable | undefined, number[]>, add: (key: string, row: string, p: CellShare) => void): void {
  const text = model.text;
  const inside = (f: FigureEntity) => inTables.some(t => t.start <= f.start && f.end <= t.end);
  const heads = figures.filter(f => f.figureKind === 'count' && typeof f.value === 'number' && N_FIGURE.test(f.text) && !f.table);
  const seenSizes: number[] = [];
  for (let fI = 0, figures_ = figures; fI < figures_.length; fI++) { const f = figures_[fI];
    if (!f.table || f.binding.n === undefined || !wholeNumber(f) || inside(f)) continue;
    const key = `flat|${f.table.column}|${f.binding.n}`;
    const entry = byColumn.get(key) ?? { pairs: [], numbers: [], rates: [] };
    byColumn.set(key, entry);
    entry.numbers.push(f.value as number);
  }
  const headOf = (n: number, at: number) => { let head: FigureEntity | undefined; for (let hI = 0, heads_ = heads; hI < heads_.length; hI++) { const h = heads_[hI]; if (h.start >= at) break; if (h.value === n) head = h; } return head; };
  for (let i = 0; i < figures.length; i++) {
    // a share first in its cell (the figure before it in another cell or row), bound to its column's size
    const f = figures[i], prev = figures[i - 1];
    if (!f.table || f.binding.n === undefined || !loneShare(f) || inside(f)) continue;
    if (prev && prev.table && prev.table.row === f.table.row && prev.table.column === f.table.column) continue;
    const head = headOf(f.binding.n, f.start);
    if (!head) continue;
    const key = `flat|${f.table.column}|${f.binding.n}`;
    const entry = byColumn.get(key) ?? { pairs: [], numbers: [], rates: [] };
    byColumn.set(key, entry);
    entry.rates.push(f); entry.n = f.binding.n; entry.head = { start: head.start, end: head.end };
  }
  for (let i = 0; i + 1 < figures.length; i++) {
    const count = figures[i], pct = figures[i + 1];
    if (!count.table || !pct.table || count.table.row !== pct.table.row || count.table.column !== pct.table.column || inside(count)) continue;
    const n = count.binding.n;
    if (n === undefined || pct.binding.n !== n || !cellPair(text, count, pct)) continue;
    const head = headOf(n, count.start);
    if (!head) continue;
    const key = `flat|${count.table.column}|${n}`;
    if (!byColumn.has(key)) byColumn.set(key, { pairs: [], numbers: [], rates: [] });
    const entry = byColumn.get(key)!;
    entry.n = n; entry.head = { start: head.start, end: head.end };
    if (!seenSizes.includes(n)) seenSizes.push(n);
    add(key, `flat|${text.lastIndexOf('\n', count.start)}`, { count, pct, n, head: { start: head.start, end: head.end }, table: undefined });
  }
  sizes.set(undefined, seenSizes);
}

/**
 * An estimate and the interval written right after it in its cell, "17.2 (6.6\u201325.1)", "47.0 (39.2\u2013NE)",
 * where the interval was read as a range or a bare lower bound, not as a CI (a CI is judged by ci-inconsistent's
 * own reading). Whatever the interval is (a confidence interval, a range, an interquartile range), the
 * estimate lies inside it.
 */
export function cellIntervals(model: DocumentModel): CellInterval[] {
  if (!model.tables?.length) return [];
  const text = model.text;
  const figures = figuresOf(model);
  const out: CellInterval[] = [];
  for (const { table, column, cell, label } of bodyCells(model)) {
    const inCell = figuresIn(figures, cell);
    if (inCell.length < 2) continue;
    const head = tableColumns(table, text).heads.get(column)?.text ?? '';
    const [est, bound] = inCell;
    if (typeof est.value !== 'number' || est.comparator || est.figureKind === 'count' || est.figureKind === 'date' || est.figureKind === 'pvalue') continue;
    if (bound.comparator || bound.figureKind === 'date' || bound.figureKind === 'pvalue') continue;
    if (!OPEN_BRACKET.test(text.slice(est.end, bound.start))) continue;
    if (Array.isArray(bound.value)) {
      if (bound.figureKind === 'ci' || !/^\s*[)\]]/.test(text.slice(bound.end, bound.end + 3))) continue;
      const [lower, upper] = bound.value;
      if (lower > upper) continue;
      out.push({ estimate: est, bound, lower, upper, open: false });
    } else if (typeof bound.value === 'number' && bound.figureKind !== 'ci' && OPEN_UPPER.test(text.slice(bound.end, bound.end + 24))) {
      out.push({ estimate: est, bound, lower: bound.value, upper: Infinity, open: true });
    } else if (inCell.length === 3 && typeof bound.value === 'number' && typeof inCell[2].value === 'number' && !inCell[2].comparator
      && bound.figureKind === inCell[2].figureKind && bound.unit === inCell[2].unit && /^\s*[,;]\s*$/.test(text.slice(bound.end, inCell[2].start))
      && /^\s*[)\]]/.test(text.slice(inCell[2].end, inCell[2].end + 3)) && INTERVAL_WORDS.test(`${text.slice(label.start, label.end)} ${head}`)) {
      // "2.9 (2.8, 3.8)" under "(95% CI)": an interval written with a comma, its bounds read as two numbers
      const lower = bound.value, upper = inCell[2].value as number;
      if (lower <= upper) out.push({ estimate: est, bound, lower, upper, open: false });
    }
  }
  return out;
}

/** A column's share that the group size all its other shares give does not give, or a header's size none of them give. */
export interface ImpliedSize { count: FigureEntity; pct: FigureEntity; n: number; low: number; high: number; agreeing: number; head?: Span; stated?: number }
/** At least this many other shares of a column, each of a count above zero, must agree on one group size. */
const IMPLIED_AGREEING = 4;
/** A header's size is held misstated only when its column's shares agree on one at least this many times larger or smaller. */
const HEADER_OFF_BY = 1.5;
/** A share is held off its column's size only when the sizes it admits lie a tenth or more beyond that size. */
const SHARE_OFF_BY = 1.1;

/**
 * The sizes of a group a share of a count can be of: "7 (5.6)" is 7 of 124 to 126 (each rounds or truncates to
 * 5.6), as an interval of whole numbers.
 */
function sizesAdmitted(k: number, p: number, decimals: number): [number, number] {
  const unit = 10 ** -decimals;
  const low = Math.max(k, Math.ceil((k * 100) / (p + unit) - 1e-9));
  const high = p - unit / 2 > 0 ? Math.floor((k * 100) / (p - unit / 2) + 1e-9) : Infinity;
  return [low, high];
}

/**
 * "| Cough | 12 (10.0) |", "| Fever | 9 (12.5) |", ... under a column whose header states no size: every share of a
 * column of one group is of that group's size, so the size the others all give (each "k (p)" admits a narrow range of
 * sizes, and at least four agree on one, narrowly) is the group's; a share it does not give is off by arithmetic. And a
 * header's size that none of its column's shares give, where they all agree on another ("(n = 210)" over shares that are
 * each of 120), is the misstated one. A share that another whole number of the table gives, or a column whose shares
 * agree on no one size, is left alone. Linear in the cells: each column's intervals are met once, with running bounds.
 */
export function columnsOfOneImpliedSize(model: DocumentModel): ImpliedSize[] {
  const text = model.text;
  const figures = figuresOf(model);
  const out: ImpliedSize[] = [];
  const byColumn = new Map<string, { pairs: { count: FigureEntity; pct: FigureEntity; low: number; high: number }[]; table: DocTable; column: number }>();
  const wholes = new Map<DocTable, number[]>();
  for (const { table, column, cell } of bodyCells(model)) {
    const key = `${table.start}|${column}`;
    const entry = byColumn.get(key) ?? { pairs: [], table, column };
    byColumn.set(key, entry);
    const inCell = figuresIn(figures, cell);
    const w = wholes.get(table) ?? [];
    wholes.set(table, w);
    for (let i = 0; i < inCell.length; i++) {
      const count = inCell[i], pct = inCell[i + 1];
      if (wholeNumber(count) && !(pct && cellPair(text, count, pct))) w.push(count.value as number);
      if (!pct || !cellPair(text, count, pct) || pct.estimated) continue;
      const k = count.value as number, p = pct.value as number;
      if (k <= 0 || p <= 0 || p >= 100) continue;
      const [low, high] = sizesAdmitted(k, p, decimalsOf(text.slice(pct.start, pct.end)));
      entry.pairs.push({ count, pct, low, high });
      i++;
    }
  }
  for (const { pairs, table, column } of byColumn.values()) {
    const m = pairs.length;
    if (m < IMPLIED_AGREEING + 1) continue;
    const head = tableColumns(table, text).heads.get(column);
    // the running bounds of the intervals before each pair and after it
    const loBefore: number[] = [], hiBefore: number[] = [], loAfter: number[] = new Array(m), hiAfter: number[] = new Array(m);
    for (let i = 0, lo = -Infinity, hi = Infinity; i < m; i++) { loBefore.push(lo); hiBefore.push(hi); lo = Math.max(lo, pairs[i].low); hi = Math.min(hi, pairs[i].high); }
    for (let i = m - 1, lo = -Infinity, hi = Infinity; i >= 0; i--) { loAfter[i] = lo; hiAfter[i] = hi; lo = Math.max(lo, pairs[i].low); hi = Math.min(hi, pairs[i].high); }
    // (every pair's bounds together: the running bounds after the last one)
    const allLow = Math.max(loBefore[m - 1], pairs[m - 1].low), allHigh = Math.min(hiBefore[m - 1], pairs[m - 1].high);
    const narrow = (lo: number, hi: number) => lo <= hi && hi - lo <= Math.max(2, 0.03 * lo);
    if (head?.n !== undefined && head.nAt) {
      // every share agrees on a size the header does not state
      // (and far from it: a header's randomised group over shares of those treated differs by a few, not by half)
      if (!narrow(allLow, allHigh) || (head.n >= allLow && head.n <= allHigh) || pairs.some(p => head.n! >= p.low && head.n! <= p.high)) continue;
      if (Math.max(head.n, allLow) / Math.min(head.n, allHigh) < HEADER_OFF_BY) continue;
      const n = Math.round((allLow + allHigh) / 2);
      out.push({ count: pairs[0].count, pct: pairs[0].pct, n, low: allLow, high: allHigh, agreeing: m, head: head.nAt, stated: head.n });
      continue;
    }
    if (head?.n !== undefined) continue;
    if (narrow(allLow, allHigh)) continue;
    for (let i = 0; i < m; i++) {
      const lo = Math.max(loBefore[i], loAfter[i]), hi = Math.min(hiBefore[i], hiAfter[i]);
      // (and by a tenth at least: a row of a slightly other set, those assessed for one outcome, is a few patients off)
      if (!narrow(lo, hi) || !(pairs[i].high * SHARE_OFF_BY < lo || pairs[i].low > hi * SHARE_OFF_BY)) continue;
      const { count, pct } = pairs[i];
      // (a share of another whole the table states: a row's own group)
      if ((wholes.get(table) ?? []).some(w => w >= (count.value as number) && shareOf(count.value as number, w, pct.value as number, decimalsOf(text.slice(pct.start, pct.end))))) continue;
      out.push({ count, pct, n: Math.round((lo + hi) / 2), low: lo, high: hi, agreeing: m - 1 });
    }
  }
  return out;
}
