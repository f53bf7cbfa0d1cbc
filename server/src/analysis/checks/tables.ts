/**
 * Tables as the checks read them: a header line whose figures are column labels (years such as
 * "2026E", or quarters), followed by rows, one per line, each a label and its figures. Flattened
 * tables ("Market Share0 %10 %25 %") and tables with separators alike; a row with fewer
 * figures than columns is kept, its cells unplaced (which columns they fill is for the caller to
 * try).
 */
import type { DocumentModel, FigureEntity } from '../model';
import { LineIndex } from '../text';
import { itemsWithin, figuresOf } from './check';

export interface TableRow { label: string; cells: FigureEntity[]; line: number }
export interface Table { columns: FigureEntity[]; rows: TableRow[] }

export function tablesOf(model: DocumentModel): Table[] {
  const text = model.text;
  const figures = figuresOf(model);
  const tables: Table[] = fromStructure(model, figures);
  let current: Table | undefined;
  let fi = 0;
  let lineStart = 0;
  let ti = 0;
  const docTables = model.tables ?? [];
  for (let line = 0; lineStart <= text.length; line++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // the tables the structure reader found are read above, from their cells
    while (ti < docTables.length && docTables[ti].end < lineStart) ti++;
    if (ti < docTables.length && docTables[ti].start <= lineStart) {
      current = undefined;
      if (lineEnd >= text.length) break;
      lineStart = lineEnd + 1;
      continue;
    }
    const cells: FigureEntity[] = [];
    while (fi < figures.length && figures[fi].start < lineStart) fi++;
    for (let k = fi; k < figures.length && figures[k].end <= lineEnd; k++) cells.push(figures[k]);
    // the row's label, read only for a line that may head a table or be a row of the current one
    let label: string | undefined;
    const labelOf = () => label ??= cells.length ? text.slice(lineStart, cells[0].start).replace(/[|*_\s]+/g, ' ').trim() : '';
    // a Markdown table's rule line ("|---|:--|") sits between the header and the rows
    const rule = cells.length === 0 && current && current.rows.length === 0 ? text.slice(lineStart, lineEnd) : '';
    if (rule.includes('-') && /^[\s|:+-]+$/.test(rule)) {
      if (lineEnd >= text.length) break;
      lineStart = lineEnd + 1;
      continue;
    }
    const isHeader = cells.length >= 2 && cells.every(c => c.figureKind === 'date' && !Array.isArray(c.value)) && labelOf().length > 0 && labelOf().length <= 40;
    if (isHeader) {
      current = { columns: cells, rows: [] };
      tables.push(current);
    } else if (current && cells.length > 0 && cells.length <= current.columns.length && labelOf().length > 0 && labelOf().length <= 60) {
      current.rows.push({ label: labelOf(), cells, line });
    } else {
      current = undefined;
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return tables.filter(t => t.rows.length > 0);
}

/** The column index of each cell of a row: all columns when full, else the ways a short row can sit (right-aligned first, then left). */
export function placements(row: TableRow, columns: number): number[][] {
  const k = row.cells.length;
  if (k === columns) return [row.cells.map((_, i) => i)];
  const right = row.cells.map((_, i) => columns - k + i);
  const left = row.cells.map((_, i) => i);
  return [right, left];
}

/** The structure reader's tables whose header holds period columns ("2026E", "H1 2025"), one figure a cell. */
/** The columns a header heads: its cells' one figure each ("Q3 2025"); a header with no cell over the labels heads the values from its first cell. */
function headerColumns(cells: readonly { start: number; end: number }[], widest: number, inSpan: (s: { start: number; end: number }) => FigureEntity[]): FigureEntity[] {
  // ("\tQ3 2025\tQ3 2024" over "Revenue\t1,200\t900")
  const heads = cells.length === widest - 1 && inSpan(cells[0]).length === 1 ? cells : cells.slice(1);
  return heads.map(c => inSpan(c)).filter(fs => fs.length === 1).map(fs => fs[0]);
}

/** How many lines above an aligned table its periods' line may stand (a heading or two, a blank line between). */
const PERIODS_ABOVE = 4;

/**
 * The periods heading an aligned table's columns from a line above it: the nearest of the PERIODS_ABOVE lines before the
 * table that holds figures, when they are `n` dates and the line nothing but them ("    2026     2025     2026     2025").
 */
function periodsAbove(text: string, start: number, n: number, inSpan: (s: { start: number; end: number }) => FigureEntity[]): FigureEntity[] {
  let end = start - 1;
  for (let k = 0; k < PERIODS_ABOVE && end > 0; k++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = { start: from, end };
    const figs = inSpan(line);
    if (figs.length > 0) {
      let rest = text.slice(from, end);
      for (let fI = 0, fList = [...figs].reverse(); fI < fList.length; fI++) { const f = fList[fI]; rest = rest.slice(0, f.start - from) + rest.slice(f.end - from); }
      return figs.length === n && figs.every(f => f.figureKind === 'date') && !/[\p{L}\d]/u.test(rest) ? figs : [];
    }
    end = from - 1;
  }
  return [];
}

/** A cell that holds only a dash: nil, as financial statements write a zero. */
const NIL_CELL = /^[\s|*_]*[\u2014\u2013-][\s|*_]*$/u;
/** The reading of a nil cell's zero. */
export const NIL_READING = 'a dash in a cell of figures, nil';

function fromStructure(model: DocumentModel, figures: readonly FigureEntity[]): Table[] {
  const out: Table[] = [];
  if (!model.tables?.length) return out;
  // the figures within a cell
  const inSpan = (span: { start: number; end: number }) => itemsWithin(figures, span.start, span.end);
  const lines = new LineIndex(model.text);
  const lineOf = (offset: number) => lines.positionAt(offset).line;
  for (let tI = 0, tables_ = model.tables; tI < tables_.length; tI++) { const t = tables_[tI];
    const header = t.header[t.header.length - 1];
    const widest = Math.max(0, ...t.rows.map(r => r.cells.length));
    // an aligned table whose header the layout left above it ("2026  2025" on its own line over "Revenue:" and the rows):
    // the nearest line above, within a few, holding only as many periods as the rows have values
    const columns = header ? headerColumns(header.cells, widest, inSpan) : t.form === 'aligned' ? periodsAbove(model.text, t.start, widest - 1, inSpan) : [];
    if (columns.length < 2 || !columns.every(c => c.figureKind === 'date' && !Array.isArray(c.value))) continue;
    const rows: TableRow[] = [];
    for (let rI = 0, rows_ = t.rows; rI < rows_.length; rI++) { const r = rows_[rI];
      if (r.cells.length < 2) continue;
      const label = model.text.slice(r.cells[0].start, r.cells[0].end).replace(/[|*_\s]+/g, ' ').trim();
      let cells = r.cells.slice(1).flatMap(c => inSpan(c));
      // a dash alone in a cell of a row of one figure a cell ("2,500 | — | 7,500") is nil, a zero in its column's place
      // (a figure of the row's kind and unit, value 0, spanning the dash): the row keeps one cell a column
      const data = r.cells.slice(1);
      const nil = data.map(c => inSpan(c).length === 0 && NIL_CELL.test(model.text.slice(c.start, c.end)));
      if (cells.length > 0 && nil.some(Boolean) && data.every((c, k) => nil[k] || inSpan(c).length === 1)) {
        const like = cells[0];
        cells = data.map((c, k) => nil[k] ? { ...like, start: c.start, end: c.end, text: model.text.slice(c.start, c.end), value: 0, reading: NIL_READING } as FigureEntity : inSpan(c)[0]);
      }
      if (label && cells.length > 0 && cells.length <= columns.length) rows.push({ label, cells, line: lineOf(r.start) });
    }
    if (rows.length) out.push({ columns, rows });
  }
  return out;
}
