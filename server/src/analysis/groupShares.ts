/**
 * Shares written without their sign under columns that state their group's size: a table of adverse events or
 * baseline characteristics whose headers read "Drug (n=40) | Placebo (n=38)" and whose cells read "30.0" and "10.5",
 * nothing in the table saying "%". A number of patients has no decimals; a share of a group of n patients is some
 * k/n, rounded to the decimals written. A row whose every such cell is a k/n of its own column, when the chance that
 * numbers picked at random would all be so is small, is a row of shares, as a reader of the table infers.
 *
 * Only rows whose label declares nothing (no unit, no statistic: "Mean age", "Weight, kg" are measures) and only cells
 * that are one bare number with decimals between 0 and 100 under a header that states its group's size. One cell that
 * is no k/n of its group leaves the whole row as it was: a mean or a score, not shares. Linear in the tables' cells.
 */
import type { FigureEntity } from './model';
import type { DocTable } from './structure';
import { declaredBy, statisticName } from './labelUnits';
import { tableColumns } from './tableColumns';
import { decimalsOf } from './checks/check';
import { achievable } from './checks/shares';

/** The largest chance, for the row's numbers taken at random, that every one is a k/n of its group within its rounding. */
const MAX_CHANCE = 0.01;
/** A statistic's or a measure's word in a row's label: its numbers are no shares. */
const STATISTIC_IN_LABEL = /(?<![\p{L}])(?:mean|median|average|SD|SE|IQR|range|score|ratio|change|index|level|concentration|Mittelwert|moyenne)(?![\p{L}])/iu;

export function applyGroupShares(figures: FigureEntity[], normalized: string, tables: readonly DocTable[], nameOf: (f: FigureEntity) => string): void {
  if (tables.length === 0 || figures.length === 0) return;
  let at = 0;
  for (const t of tables) {
    if (t.header.length === 0) continue;
    const { heads, headerRows } = tableColumns(t, normalized);
    let sized = false;
    for (const h of heads.values()) if (h.n !== undefined) { sized = true; break; }
    if (!sized) continue;
    for (const row of t.rows) {
      if (headerRows.has(row) || row.cells.length < 3) continue;
      const label = normalized.slice(row.cells[0].start, row.cells[0].end);
      if (declaredBy(label) !== undefined || statisticName(label) || STATISTIC_IN_LABEL.test(label)) continue;
      const shares: { f: FigureEntity; n: number }[] = [];
      let chance = 1;
      let other = false;
      for (let c = 1; c < row.cells.length && !other; c++) {
        const cell = row.cells[c];
        while (at < figures.length && figures[at].start < cell.start) at++;
        let k = at;
        const first = k < figures.length && figures[k].start < cell.end && figures[k].end <= cell.end ? figures[k] : undefined;
        while (k < figures.length && figures[k].start < cell.end) k++;
        const n = heads.get(c)?.n;
        // (a cell of several figures, of another kind, or under a column of no stated size is no evidence either way)
        if (!first || k - at !== 1 || n === undefined || first.figureKind !== 'other' || first.unit !== '' || typeof first.value !== 'number') continue;
        const decimals = decimalsOf(normalized.slice(first.start, first.end));
        if (decimals === 0) continue;
        // (grim's test: some k of n, rounded or truncated to the decimals written; each k leaves a window of a unit and a half)
        if (first.value < 0 || first.value > 100 || !achievable(first.value, n, decimals)) { other = true; break; }
        chance *= Math.min(1, ((n + 1) * 1.5 * 10 ** -decimals) / 100);
        shares.push({ f: first, n });
      }
      if (other || shares.length < 2 || chance > MAX_CHANCE) continue;
      for (const { f, n } of shares) {
        Object.assign(f, { figureKind: 'percent', unit: '%', reading: `a share of its column's ${n} (every number of its row is some k of its column's n)` });
        f.name = nameOf(f);
      }
    }
  }
}
