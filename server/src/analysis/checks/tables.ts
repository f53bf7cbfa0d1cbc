/**
 * Tables as the checks read them: a header line whose figures are column labels (years such as
 * "2026E", or quarters), followed by rows, one per line, each a label and its figures. Flattened
 * tables ("Market Share0 %10 %25 %") and tables with separators alike; a row with fewer
 * figures than columns is kept, its cells unplaced (which columns they fill is for the caller to
 * try).
 */
import type { DocumentModel, FigureEntity } from '../model';

export interface TableRow { label: string; cells: FigureEntity[]; line: number }
export interface Table { columns: FigureEntity[]; rows: TableRow[] }

export function tablesOf(model: DocumentModel): Table[] {
  const text = model.text;
  const figures = model.entities.filter((e): e is FigureEntity => e.kind === 'figure');
  const tables: Table[] = [];
  let current: Table | undefined;
  let fi = 0;
  let lineStart = 0;
  for (let line = 0; lineStart <= text.length; line++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const cells: FigureEntity[] = [];
    while (fi < figures.length && figures[fi].start < lineStart) fi++;
    for (let k = fi; k < figures.length && figures[k].end <= lineEnd; k++) cells.push(figures[k]);
    const label = cells.length ? text.slice(lineStart, cells[0].start).replace(/[|*_\s]+/g, ' ').trim() : '';
    // a Markdown table's rule line ("|---|:--|") sits between the header and the rows
    const rule = cells.length === 0 && current && current.rows.length === 0 ? text.slice(lineStart, lineEnd) : '';
    if (rule.includes('-') && /^[\s|:+-]+$/.test(rule)) {
      if (lineEnd >= text.length) break;
      lineStart = lineEnd + 1;
      continue;
    }
    const isHeader = cells.length >= 2 && cells.every(c => c.figureKind === 'date' && !Array.isArray(c.value)) && label.length > 0 && label.length <= 40;
    if (isHeader) {
      current = { columns: cells, rows: [] };
      tables.push(current);
    } else if (current && cells.length > 0 && label.length > 0 && label.length <= 60 && cells.length <= current.columns.length) {
      current.rows.push({ label, cells, line });
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
