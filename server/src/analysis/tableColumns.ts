/**
 * The columns of a table as a reader sees them: which header cell stands over which body cell, and
 * what each column's header says (its words, and the size of its group, "Placebo (n = 118)").
 *
 * Tables copied from web pages and journals rarely line up cell for cell. The header may leave out
 * the corner above the row labels ("| Placebo (N=46) | Drug (N=57) |" over "| Nausea | 3 (6.5) |
 * 5 (8.8) |"), close with empty cells, or give the groups' sizes in a row of their own right under
 * it ("| N=40 | N=20 |"). A header row is laid over the body by its words: a first cell that states
 * a group's size, or names a control arm, is a column's, not the corner's. Text only (no entities):
 * the binder, the label reader and the checks share one reading.
 */
import type { DocTable, Span, TableRow } from './structure';
import { wordsPattern } from './words';
import words from '../../lexicon/grammar/labelUnits.json';

/** A group's size anywhere in a header cell, to read the cell's words without it. */
const GROUP_SIZE_ALL = /\(?(?<![\p{L}\d])[nN][ ]?=[ ]?\d[\d,]*\)?/gu;
/** A group's size written in a header: "(n=60)", "N = 1,204", "n=187". */
const GROUP_SIZE = /(?<![\p{L}\d])[nN][ ]?=[ ]?(\d[\d,]*)(?![\d.])/u;
/** A control arm named by a header cell alone ("Placebo", "Vehicle (n=40)"): a column's header, not the corner's. */
const CONTROL_HEAD = /^\s*(?:placebo|vehicle|sham|control)(?![\p{L}])/iu;

/** A period as a column's header: "Q3 2030", "2029", "FY2024", "H1 2026", "9M 2025". */
const PERIOD_HEAD = /^\s*(?:(?:[QH][1-4]|[1-4][QH]|FY|9M|6M)[ ]?(?:19|20)?\d{2}|(?:19|20)\d{2})[EAF]?\s*$/;

export interface ColumnHead {
  /** The header cells over the column, top to bottom. */
  cells: Span[];
  /** Their words, joined. */
  text: string;
  /** The group size the header states, and where. */
  n?: number;
  nAt?: Span;
  /** Header cells that span this column and others ("Drug, once daily" over its doses' columns). */
  spans?: Span[];
  /** Cells of the upper levels of a header of levels over this column and its neighbours, the highest first (see nestedHeads). */
  over?: Span[];
  /** The cell of a row that names the arms ("| Placebo | Drugamab |" under a spanning header): an arm's name, whatever its words. */
  armCell?: Span;
}

export interface TableColumns {
  /** The header of each body cell index (1 = the first cell after the row label). */
  heads: Map<number, ColumnHead>;
  /** Body rows that are the header's continuation (the groups' sizes on a row of their own). */
  headerRows: Set<TableRow>;
  /** The number of value columns the body rows have at most. */
  width: number;
}

const MEMO = new WeakMap<DocTable, TableColumns>();

/** The cells of a row without the empty ones that close it. */
export function filledCells(text: string, row: TableRow): Span[] {
  let n = row.cells.length;
  while (n > 0 && !/[^\s|]/.test(text.slice(row.cells[n - 1].start, row.cells[n - 1].end))) n--;
  return row.cells.slice(0, n);
}

/** What a header cell states of its group's size. */
export function groupSize(text: string, cell: Span): { n: number; at: Span } | undefined {
  const s = text.slice(cell.start, cell.end);
  const m = GROUP_SIZE.exec(s);
  if (!m) return undefined;
  const n = Number(m[1].replace(/,/g, ''));
  return n > 0 ? { n, at: { start: cell.start + m.index, end: cell.start + m.index + m[0].length } } : undefined;
}

/** A row that holds nothing but labels and groups' sizes, at least one size: the header's continuation. */
function sizesRow(text: string, row: TableRow): boolean {
  const cells = filledCells(text, row);
  if (cells.length < 2) return false;
  let sizes = 0;
  for (const c of cells) {
    const s = text.slice(c.start, c.end);
    const g = GROUP_SIZE.exec(s);
    if (g) sizes++;
    // any other number (a dose, "0.1 mg", may stand in a header) than the size: only in a label with words
    const rest = g ? s.slice(0, g.index) + s.slice(g.index + g[0].length) : s;
    if (/\d/.test(rest) && !/\p{L}{2}/u.test(rest)) return false;
  }
  return sizes >= 1;
}

/**
 * A header cell that only names what its column's numbers are: "n (%)", "95% CI", "%", "N", "Events" under a
 * group's name. Words in lexicon/grammar/labelUnits.json (countPercent, counts, percent, columnMeasures); a
 * footnote's letter or mark may close it ("95% CIb", "n (%)a").
 */
const UNIT_CELL = new RegExp(`^\\s*(?:${wordsPattern([...words.countPercent, ...words.counts, ...words.percent.filter(w => !/^[,(]/.test(w) || /^\(\s*%\)$/.test(w)), ...words.columnMeasures])}|\\(?\\d{2}(?:\\.\\d)?\\s*%\\s*(?:CI|confidence interval)\\)?)(?:[a-e]|[*\u2020\u2021\u00a7#]{1,2})?\\s*$`, 'iu');

/**
 * A header cell of a row of units that names a statistic of its column rather than its unit ("Median", "P value",
 * "HR (95% CI)", "Range"): labelUnits.json statisticNames and pvalues, or a ratio's name with its interval's level.
 */
const STATISTIC_CELL = new RegExp(`^\\s*(?:${wordsPattern([...words.statisticNames, ...words.pvalues])}|(?:HR|OR|RR|IRR)\\s*\\(\\s*\\d{2}(?:\\.\\d)?\\s*%\\s*CI\\s*\\))(?:[a-e]|[*\u2020\u2021\u00a7#]{1,2})?\\s*$`, 'u');
/**
 * A row that names each column's unit under the header ("| | n (%) | n (%) |" under "| Event | Drug | Placebo |"),
 * the header's continuation: no number but a confidence level's, every filled cell after the first such a name (or a
 * statistic's, "Median", "P value"), at least two names, one of them a unit's. Its first cell is empty, such a name,
 * or the corner's words moved down to the header's last line ("| Event | n | % | n | % |"): words with no digit, as no
 * row of the body is (a body row's cells after its label hold values, never a unit's name in each).
 */
function unitsRow(text: string, row: TableRow): boolean {
  const cells = filledCells(text, row);
  let names = 0, units = 0;
  for (let i = 0; i < cells.length; i++) {
    const s = text.slice(cells[i].start, cells[i].end).replace(/^[\s|]+|[\s|]+$/g, '');
    if (s === '' && i === 0) continue;
    const unit = UNIT_CELL.test(s);
    if (i === 0 && !unit && /\p{L}/u.test(s) && !/\d/.test(s) && s.length <= 60) continue;
    if (!unit && !STATISTIC_CELL.test(s)) return false;
    names++;
    if (unit) units++;
  }
  return names >= 2 && units >= 1;
}
/**
 * A row that names the arms under a header that spans them ("| Placebo | Drugamab | | |" under "| Change from
 * baseline (95% CI) | Difference | P |"), the header's continuation: two or more cells, no number in any, the first a
 * control arm's name (a body row opens with its label, and no label is a placebo).
 */
function armsRow(text: string, row: TableRow): boolean {
  const cells = filledCells(text, row);
  // (a dose is an arm's name too: "| Placebo | 5 mg | 10 mg |" under "| Once daily | Twice daily |")
  return cells.length >= 2 && CONTROL_HEAD.test(text.slice(cells[0].start, cells[0].end)) && cells.every(c => !/\d/.test(text.slice(c.start, c.end).replace(DOSE_IN_CELL, '')));
}
/** A dose in a header cell ("5 mg", "0.4 mg/kg"): labelUnits.json doseUnits. */
const DOSE_IN_CELL = new RegExp(`(?<![\\p{L}\\d.,])\\d[\\d.,]*\\s?(?:${wordsPattern(Object.keys(words.doseUnits))})(?![\\p{L}\\d])`, 'giu');
/**
 * The same, the control's name second ("| Drugamab | Placebo | Difference (95% CI) |"): a row as wide as the value
 * columns, no number in it but a confidence level's. Its first cell is a column's, not a label.
 */
function armsRowNoCorner(text: string, row: TableRow, values: number): boolean {
  const cells = filledCells(text, row);
  return cells.length >= 2 && cells.length === values && CONTROL_HEAD.test(text.slice(cells[1].start, cells[1].end))
    && cells.every(c => !/\d/.test(text.slice(c.start, c.end).replace(CI_LEVEL, '')));
}
const CI_LEVEL = /\d{2}(?:\.\d)?\s*%\s*(?:CI|confidence interval)/gi;
/**
 * A label that names adverse events by their grade ("Any grade", "Grade \u22653", "\u2265 Grade 3", "Grade 2 or 3", "Grades
 * 3-5"; labelUnits.json adverseEventGrades): a category of events, its number no value. The pattern's source, for the
 * readers that test for it and those that take it out.
 */
export const GRADE_NAME = `(?<![\\p{L}])(?:(?:${wordsPattern(words.adverseEventGrades.all)})|(?:[\u2265>]=?[ ]?)?(?:${wordsPattern(words.adverseEventGrades.grade)})[ ]?(?:[\u2265\u2264<>]=?)?[ ]?[1-5](?:[ ]?(?:or|and|to|[-\u2013\/])[ ]?[1-5])?(?![\\d]|[.,]\\d))(?![\\p{L}])`;
const GRADE_LABEL = new RegExp(GRADE_NAME, 'giu');
/** Whether a column's words name only a grade of events ("Grade 2 or 3", "Any grade", "Grade \u22653 or higher"), no group. */
export function namesGradeOnly(label: string): boolean {
  if (!/\p{L}/u.test(label)) return false;
  const rest = label.replace(GRADE_LABEL, ' ').replace(/\bor (?:higher|above|more)\b/gi, ' ');
  // (the grade, then what its numbers are: "Grade 3, n (%)")
  return rest.replace(/[\s*\u2020\u2021]+/g, '') === '' || UNIT_CELL.test(rest.replace(/^[\s,;:*\u2020\u2021]+/, '').trim());
}
/** A header cell that names a time point ("Week 24", "Month 6", "Day 28"). */
const TIME_HEAD = /^\s*(?:week|month|day|year|wk)s?\s*\d+[*\u2020\u2021\u00a7]*\s*$/i;

/** Whether a header's words only name what its column's numbers are ("n (%)", "95% CI", "%"), no group. */
export function unitName(words: string): boolean { return UNIT_CELL.test(words); }

/** Whether the row's first cell is a name of a column's unit (the row has no corner). */
function unitFirst(text: string, row: TableRow): boolean {
  const c = row.cells[0];
  return !!c && c.end > c.start && UNIT_CELL.test(text.slice(c.start, c.end));
}

/** A first cell that is a value ("5 (12.5%)", "0.45"), not a label: a row whose cells were moved left, not lined up with the header. */
const VALUE_FIRST = /^\s*[-\u2212]?\d[\d.,\u00b7]*\s*(?:%|[(\[]|$)/;
export function continuationRow(text: string, row: TableRow): boolean {
  const first = row.cells[0];
  return !!first && VALUE_FIRST.test(text.slice(first.start, first.end));
}

export function tableColumns(table: DocTable, text: string): TableColumns {
  const memo = MEMO.get(table);
  if (memo) return memo;
  const headerRows = new Set<TableRow>();
  // the body rows right under the header that give the groups' sizes
  // (and a row under them that names each column's unit: "| | n (%) | n (%) |")
  // (and, right under the header, a row that names the arms its cells span: "| Placebo | Drugamab | | |")
  // (the rows that name the arms: each of their cells is an arm's name, whatever its words)
  const armRows = new Set<TableRow>();
  for (const r of table.rows) {
    if (!sizesRow(text, r) && !unitsRow(text, r)) { if (!(headerRows.size === 0 && armsRow(text, r))) break; armRows.add(r); }
    headerRows.add(r);
  }
  // (a row right under the header naming the arms with the control second, as wide as the widest row's values)
  const armsUnder = headerRows.size === 0 && table.rows.length > 1 ? table.rows[0] : undefined;
  let width = 0;
  // the columns that hold values: a digit in some row that opens with its label (a row that opens with a number is
  // a row's continuation, its cells moved left); a column of words only ("n (%)") is the labels' unit
  const valued = new Set<number>();
  for (const r of table.rows) {
    if (headerRows.has(r)) continue;
    const cells = filledCells(text, r);
    width = Math.max(width, cells.length - 1);
    if (continuationRow(text, r)) continue;
    for (let c = 1; c < cells.length; c++) if (/\d/.test(text.slice(cells[c].start, cells[c].end))) valued.add(c);
  }
  const values = [...valued].sort((a, b) => a - b);
  // (every body row with values opens with a label of words: the first column is the rows' labels)
  const labelled = table.rows.every(r => headerRows.has(r) || filledCells(text, r).length < 2 || /\p{L}/u.test(text.slice(r.cells[0].start, r.cells[0].end)));
  const headedByArms = !!armsUnder && armsRowNoCorner(text, armsUnder, values.length);
  if (headedByArms) { headerRows.add(armsUnder!); armRows.add(armsUnder!); }
  const heads = new Map<number, ColumnHead>();
  const lay = (row: TableRow) => {
    const cells = filledCells(text, row);
    if (cells.length === 0) return;
    const first = text.slice(cells[0].start, cells[0].end);
    // time points over fewer columns than hold values, above a row of arms: each spans some of the columns, which ones
    // the text does not say ("| Week 24 | Week 52 |" over five columns): no column's
    // (unless the arms under them start over as often: "| Drug | Placebo | Difference | Drug, extension | Placebo, extension |"
    // under "| Week 24 | Week 52 |", each time point spans the columns from one start of the arms to the next)
    if (headedByArms && !headerRows.has(row) && cells.length < values.length && cells.every(c => TIME_HEAD.test(text.slice(c.start, c.end)))) {
      const starts = armsStartOver(text, armsUnder!, values.length);
      if (starts && starts.length === cells.length) {
        cells.forEach((c, i) => {
          for (let k = starts[i]; k < (starts[i + 1] ?? values.length); k++) { const hd = heads.get(values[k]) ?? { cells: [], text: '' }; (hd.spans ??= []).push(c); heads.set(values[k], hd); }
        });
      }
      return;
    }
    // a first cell that is a column's (a size, a control arm), or a row as wide as the body's values: no corner
    // (or a header of the body's own width, every cell filled, over rows that open with words: the copy left its empty corner out, as it
    // keeps a corner with words, "Event | Drug | Placebo" over "Nausea | 3 | 2", at one more cell)
    const noCorner = cells.length <= width && (GROUP_SIZE.test(first) || CONTROL_HEAD.test(first) || PERIOD_HEAD.test(first) || unitFirst(text, row)
      || (table.header.includes(row) && cells.length === width && width >= 2 && labelled && cells.every(c => /[^\s|]/.test(text.slice(c.start, c.end))))
      || (headedByArms && row === armsUnder)
      || (row.start < cells[0].start && /^[ \t]+$/.test(text.slice(row.start, cells[0].start))));
    // a header without its corner laid over the columns that hold values, in order ("| Placebo (n=40) | ..." over
    // "| Remission | n (%) | 6 (15.0) | ...")
    const onValues = noCorner && cells.length <= values.length;
    // a row of groups' sizes under a header that sized some columns already fills the others, in order ("| Placebo
    // (n = 52) | Drug, once daily |" above "| 2 mg (n = 50) | 5 mg (n = 52) |": the doses are the drug's columns)
    const unsized = values.filter(c => heads.get(c)?.n === undefined);
    const fill = headerRows.has(row) && noCorner && heads.size > 0 && unsized.length < values.length && cells.length <= unsized.length;
    // a header a copy split over lines, one cell a line, keeps no empty cell: no empty corner, and no trace of a cell that
    // spanned columns ("Change (95% CI) |", "Difference |", "P |" over four value columns). Laid from the right, its last
    // cell over the last value column (the corner, when it has words, over the labels); when the cells are fewer than the
    // value columns, the first spans its own column and the ones left over, as the cell that spanned them did
    const split = !headerRows.has(row) && values.length > 0 && cells.length <= values.length + 1 && text.slice(row.start, row.end).includes('\n');
    const shift = values.length - cells.length;
    cells.forEach((c, i) => {
      if (split) {
        const col = shift + i < 0 ? 0 : values[shift + i];
        if (col >= 1 && i === 0 && shift > 0) {
          for (let k = 0; k <= shift; k++) { const hd = heads.get(values[k]) ?? { cells: [], text: '' }; (hd.spans ??= []).push(c); heads.set(values[k], hd); }
          return;
        }
        if (col < 1) return;
        const head = heads.get(col) ?? { cells: [], text: '' };
        head.cells.push(c);
        head.text = head.text ? `${head.text} ${text.slice(c.start, c.end).trim()}` : text.slice(c.start, c.end).trim();
        if (head.n === undefined) { const g = groupSize(text, c); if (g) { head.n = g.n; head.nAt = g.at; } }
        heads.set(col, head);
        return;
      }
      const col = fill ? unsized[i] : onValues ? values[i] : noCorner ? i + 1 : i;
      if (col < 1 || !/[^\s|]/.test(text.slice(c.start, c.end))) return;
      const head = heads.get(col) ?? { cells: [], text: '' };
      head.cells.push(c);
      if (armRows.has(row)) head.armCell = c;
      head.text = head.text ? `${head.text} ${text.slice(c.start, c.end).trim()}` : text.slice(c.start, c.end).trim();
      if (head.n === undefined) { const g = groupSize(text, c); if (g) { head.n = g.n; head.nAt = g.at; } }
      heads.set(col, head);
    });
  };
  // (a row of the groups' sizes under such a header names the columns' own groups, the arms: "| | All patients (n = 90)
  // | | ..." over "| | Drug (n = 45) | Placebo (n = 45) | ...": the header's cells are groups over them, each column's
  // population, their sizes the groups' totals)
  const sizedBelow = [...headerRows].some(r => sizesRow(text, r));
  for (const h of table.header) {
    const each = headerRows.size > 0 && spansEach(text, h);
    const groupsOver = each && sizedBelow;
    if (!groupsOver) lay(h);
    const filled = filledCells(text, h);
    // a header whose cells each stand over empty ones, above a row that names the columns under them ("| | Drug (n=40) | |
    // Placebo (n=38) | |" over "| | n | % | n | % |"): each spans its own column and the empty ones after it, to the next
    if (each) {
      let owner: Span | undefined;
      h.cells.forEach((c, col) => {
        if (/[^\s|]/.test(text.slice(c.start, c.end))) { owner = col >= 1 ? c : undefined; if (!groupsOver) return; }
        if (!owner || col < 1 || !valued.has(col)) return;
        if (groupsOver) {
          const hd = heads.get(col) ?? { cells: [], text: '' };
          (hd.over ??= []).push(owner);
          (hd.spans ??= []).push(owner);
          heads.set(col, hd);
          return;
        }
        const head = heads.get(col) ?? { cells: [], text: '' };
        head.cells.unshift(owner);
        head.text = head.text ? `${text.slice(owner.start, owner.end).trim()} ${head.text}` : text.slice(owner.start, owner.end).trim();
        if (head.n === undefined) { const g = groupSize(text, owner); if (g) { head.n = g.n; head.nAt = g.at; } }
        heads.set(col, head);
      });
      continue;
    }
    // a header whose last words stand over empty cells to the row's end, above a row of groups' sizes, spans the
    // columns from its own to the last ("| Event | No. (%) of patients | | | |"): what it says is said of each of them
    if (headerRows.size === 0 || filled.length < 2 || filled.length >= h.cells.length) continue;
    const last = filled[filled.length - 1];
    const from = [...heads.entries()].find(([, hd]) => hd.cells.includes(last))?.[0];
    if (from === undefined) continue;
    const own = heads.get(from)!;
    own.cells = own.cells.filter(c => c !== last);
    own.text = own.cells.map(c => text.slice(c.start, c.end).trim()).join(' ');
    if (own.cells.length === 0) heads.delete(from);
    for (const c of values) if (c >= from) { const head = heads.get(c) ?? { cells: [], text: '' }; (head.spans ??= []).push(last); heads.set(c, head); }
  }
  for (const r of headerRows) lay(r);
  // a header of levels, each a cell over one or several of the level's under it (populations over arms over "n (%)" and
  // "95% CI"; "Difference (95% CI)" over "Unadjusted" and "Adjusted"): laid from the lowest level up
  const sub = subheaderRow(text, table, headerRows, values.length);
  const nested = nestedHeads(text, table, [...headerRows, ...(sub ? [sub] : [])], values, !!sub);
  if (sub && nested) headerRows.add(sub);
  const out = { heads: nested ?? heads, headerRows, width };
  MEMO.set(table, out);
  return out;
}

/**
 * Where a row of arms' names starts over: the first name's first word opening a later name ("Drug" and then "Drug,
 * extension"), each such place the first column of a group. The places, the first column's among them, when the row
 * names as many columns as hold values; else undefined.
 */
function armsStartOver(text: string, arms: TableRow, values: number): number[] | undefined {
  const names = filledCells(text, arms).map(c => text.slice(c.start, c.end).trim());
  if (names.length !== values || names.length < 3) return undefined;
  const first = /^\p{L}[\p{L}\d-]*/u.exec(names[0])?.[0].toLowerCase();
  if (!first || first.length < 3) return undefined;
  const starts = [0];
  for (let i = 1; i < names.length; i++) {
    const name = names[i].toLowerCase();
    if (name.startsWith(first) && !/[\p{L}\d]/u.test(name.charAt(first.length))) starts.push(i);
  }
  return starts.length >= 2 ? starts : undefined;
}

/**
 * A row of words right under the header, no value in it (a grade's number names a category: "Grade 2 or 3"), two to as
 * many cells as the value columns, above a row with values (a section's label between them allowed): the names of the columns under the header's cells that span them ("| Unadjusted | Adjusted | Unadjusted |
 * Adjusted |" under "| Difference (95% CI) | Ratio (95% CI) |"). Its cells stand over the last value columns.
 */
function subheaderRow(text: string, table: DocTable, headerRows: Set<TableRow>, values: number): TableRow | undefined {
  const rows = table.rows.filter(r => !headerRows.has(r));
  const row = rows[0];
  // (a section's row, its label alone, may stand between it and the values: "| Adverse events, n (%) | | |")
  let k = 1;
  while (k < 3 && rows[k] && filledCells(text, rows[k]).length <= 1) k++;
  const next = rows[k];
  if (!row || !next || !table.header.length) return undefined;
  const cells = filledCells(text, row);
  if (cells.length < 2 || cells.length > values || cells.some(c => !/\p{L}/u.test(text.slice(c.start, c.end)))) return undefined;
  if (cells.some(c => /\d/.test(text.slice(c.start, c.end).replace(CI_LEVEL, '').replace(GRADE_LABEL, '')))) return undefined;
  if (!filledCells(text, next).some(c => /\d/.test(text.slice(c.start, c.end)))) return undefined;
  return row;
}

/**
 * The columns' headers when the header has levels: each level's cells (its corner left out: an empty first cell, or a
 * first cell of the header line that is no column's) over the value columns. The lowest level with a cell a column,
 * or with fewer cells, over the last columns (the first ones are headed by the levels above alone); each level above
 * it over the groups of the one below: one cell a group, or each over as many groups (the cells share them evenly),
 * its first cells one a column over the columns no lower level heads. A cell over more than one column spans them
 * (ColumnHead.spans), a cell over one is the column's. Undefined unless every level fits so, and one level at least
 * spans (else the header is laid as it was).
 */
function nestedHeads(text: string, table: DocTable, bodyLevels: TableRow[], values: number[], subheader: boolean): Map<number, ColumnHead> | undefined {
  const V = values.length;
  if (V < 2 || table.header.length === 0) return undefined;
  const filled = (c: Span) => /[^\s|]/.test(text.slice(c.start, c.end));
  const levels: Span[][] = [];
  // (a level's cells with its first cell kept, where that cell was taken for the corner: see runs below)
  const withCorner: (Span[] | undefined)[] = [];
  for (const row of [...table.header, ...bodyLevels]) {
    let cells = filledCells(text, row);
    while (cells.length && !filled(cells[0])) cells = cells.slice(1);
    // (a gap inside a level: its cells span in a way the text does not show)
    if (cells.some(c => !filled(c))) return undefined;
    const first = cells.length ? text.slice(cells[0].start, cells[0].end) : '';
    const whole = cells;
    if (table.header.includes(row) && cells.length > 1 && !(GROUP_SIZE.test(first) || CONTROL_HEAD.test(first) || PERIOD_HEAD.test(first) || UNIT_CELL.test(first) || TIME_HEAD.test(first))) cells = cells.slice(1);
    if (!cells.length) return undefined;
    levels.push(cells);
    withCorner.push(whole !== cells ? whole : undefined);
  }
  if (levels.length < 2 || levels.every(l => l.length === V)) return undefined;
  // the lowest level: its cells over the last columns
  const lowest = levels[levels.length - 1];
  // (a lowest level with fewer cells than columns only when it is a row of words under the header, its cells the last
  // columns'; a row of units or sizes stands where its cells stand)
  if (lowest.length > V || (lowest.length < V && !subheader)) return undefined;
  const free = V - lowest.length;
  // groups of columns (indices into values) under the level being laid
  let groups: number[][] = [...Array.from({ length: free }, (_, k) => [k]), ...lowest.map((_, k) => [free + k])];
  // the cell of the level below that heads each group (none for the columns no lower level heads)
  let groupCells: (Span | undefined)[] = [...Array.from({ length: free }, () => undefined), ...lowest];
  const key = (c: Span | undefined) => c ? text.slice(c.start, c.end).replace(GROUP_SIZE_ALL, ' ').replace(/[*\u2020\u2021\u00a7#]+|\b[a-e]$/g, '').replace(/\s+/g, ' ').trim().toLowerCase() : '';
  const over = new Map<number, { cell: Span; span: boolean }[]>(values.map((_, k) => [k, []]));
  lowest.forEach((c, k) => over.get(free + k)!.push({ cell: c, span: false }));
  let spanned = false;
  for (let l = levels.length - 2; l >= 0; l--) {
    let cells = levels[l];
    const g = groups.length;
    // the groups no lower level heads, one cell each, then the rest shared evenly
    const single = groups.findIndex(gr => over.get(gr[0])!.length > 0);
    const lead = single < 0 ? g : single;
    const even = (m: number): number | undefined => {
      if (m < lead || (m === lead && lead < g)) return undefined;
      const rest = g - lead, restCells = m - lead;
      if (restCells === 0 || rest % restCells !== 0) return undefined;
      const each = rest / restCells;
      // (cells that share the groups evenly stand over a level that repeats under each of them: "Drug | Placebo | Drug |
      // Placebo" under two populations, "Unadjusted | Adjusted" twice under two estimates; else which groups each spans the
      // text does not say)
      // (and two of them at least: one cell over every group is a title, its span the text's to say)
      if (each > 1 && restCells < 2) return undefined;
      if (each > 1) for (let k = lead; k + each < g; k++) if (key(groupCells[k]) !== key(groupCells[k + each])) return undefined;
      return each;
    };
    let each = even(cells.length);
    // cells over groups of unequal width: each over a run of the level below that opens where its first label comes
    // again ("Drug | Placebo | P-value | Drug | Placebo" under two populations: the first over three, the second over
    // two); the level's first cell is then a column's, not the corner's, when the runs need it
    let runs: number[][] | undefined;
    if (each === undefined && lead === 0) {
      const opener = key(groupCells[0]);
      const starts = opener ? groupCells.map((c, k) => key(c) === opener ? k : -1).filter(k => k >= 0) : [];
      const alt = withCorner[l];
      const fits = (m: number) => starts.length >= 2 && starts.length === m;
      if (fits(cells.length) || (alt && fits(alt.length))) {
        if (!fits(cells.length)) cells = alt!;
        runs = starts.map((s, k) => Array.from({ length: (starts[k + 1] ?? g) - s }, (_, i) => s + i));
        each = 0;
      }
    }
    if (each === undefined) return undefined;
    const next: number[][] = [];
    cells.forEach((c, k) => {
      const gs = runs ? runs[k].map(i => groups[i]) : k < lead ? [groups[k]] : groups.slice(lead + (k - lead) * each!, lead + (k - lead + 1) * each!);
      const cols = gs.flat();
      if (cols.length > 1) spanned = true;
      for (const col of cols) over.get(col)!.unshift({ cell: c, span: cols.length > 1 });
      next.push(cols);
    });
    groups = next;
    groupCells = cells;
  }
  if (!spanned) return undefined;
  const heads = new Map<number, ColumnHead>();
  values.forEach((col, k) => {
    const head: ColumnHead = { cells: [], text: '' };
    for (const { cell, span } of over.get(k)!) {
      if (span) { (head.spans ??= []).push(cell); (head.over ??= []).push(cell); }
      else head.cells.push(cell);
    }
    // the column's size is its own cell's ("Drug (n = 40)"), before the size of a group over it ("Subgroup (n = 120)",
    // the total of the columns it spans): the lowest level that states one, its own cells first
    const levels = over.get(k)!;
    const sizeOf = (spans: boolean) => { for (let i = levels.length - 1; i >= 0; i--) if (levels[i].span === spans) { const g = groupSize(text, levels[i].cell); if (g) return g; } return undefined; };
    const gsz = sizeOf(false) ?? sizeOf(true);
    if (gsz) { head.n = gsz.n; head.nAt = gsz.at; }
    head.text = head.cells.map(c => text.slice(c.start, c.end).trim()).join(' ');
    heads.set(col, head);
  });
  return heads;
}

/**
 * A header row whose filled cells after the corner each have an empty cell right after them, two such cells at least,
 * its first cell the corner (empty or a label): "| | Drug (n=40) | | Placebo (n=38) | |". Laid cell by cell, each
 * would name one column of the two under it.
 */
function spansEach(text: string, row: TableRow): boolean {
  const filled = (c: Span | undefined) => !!c && /[^\s|]/.test(text.slice(c.start, c.end));
  let owners = 0;
  for (let i = 1; i < row.cells.length; i++) {
    if (!filled(row.cells[i])) continue;
    if (filled(row.cells[i + 1]) || i + 1 >= row.cells.length) return false;
    owners++;
  }
  return owners >= 2;
}

/** The header's stub (the corner's words above the row labels), when the header has one. */
export function stubOf(table: DocTable, text: string): Span | undefined {
  const h = table.header[table.header.length - 1];
  if (!h) return undefined;
  const cells = filledCells(text, h);
  if (cells.length < 2) return undefined;
  const first = text.slice(cells[0].start, cells[0].end);
  const cols = tableColumns(table, text);
  if (cells.length <= cols.width && (GROUP_SIZE.test(first) || CONTROL_HEAD.test(first) || PERIOD_HEAD.test(first)
    || (h.start < cells[0].start && /^[ \t]+$/.test(text.slice(h.start, cells[0].start))))) return undefined;
  return cells[0];
}
