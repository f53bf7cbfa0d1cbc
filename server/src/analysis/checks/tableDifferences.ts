/**
 * A table's difference of two shares against the shares beside it (part of claimed-ratio): "| Response | 20 (40.0) |
 * 12 (24.0) | 21.0 |" under "Difference, %": 40.0 - 24.0 is 16.0 points, not 21.0. The difference is a cell the
 * reading made a difference of its row's shares in percentage points (labelUnits.ts differencesOfShares), the shares
 * the row's two others; a row of more than two shares, or a column whose header says its differences are a model's
 * estimates (comparisons.json modelledDifferences: adjusted, stratified, Bayesian), is not judged. The difference may
 * be written either way round; it must be within the rounding of the three numbers and half a point more (a
 * difference computed from unrounded shares).
 */
import { decimalsOf, itemsWithin, normalizedText, wordsPattern, type CheckFinding, figuresOf } from './check';
import type { DocumentModel, FigureEntity } from '../model';
import { tableColumns } from '../tableColumns';
import words from '../../../lexicon/grammar/comparisons.json';

const MODELLED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.modelledDifferences.words)})(?![\\p{L}])`, 'iu');
/** Beyond the rounding: a difference computed from the unrounded shares may be off by this much. */
const SLACK = 0.5;

export function tableDifferences(model: DocumentModel, claimed: Set<number>): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  const figures = figuresOf(model);
  for (let tI = 0, tList = model.tables ?? []; tI < tList.length; tI++) { const t = tList[tI];
    const { heads } = tableColumns(t, text);
    for (let rowI = 0, rows_ = t.rows; rowI < rows_.length; rowI++) { const row = rows_[rowI];
      const inRow = itemsWithin(figures, row.start, row.end);
      const diffs = inRow.filter(f => f.table && f.figureKind === 'percent' && f.unit === 'percentage points' && typeof f.value === 'number' && !f.comparator);
      if (diffs.length !== 1) continue;
      const d = diffs[0];
      const c = row.cells.findIndex(cell => cell.start <= d.start && d.end <= cell.end);
      const head = heads.get(c)?.text ?? '';
      if (c < 0 || MODELLED.test(head)) continue;
      // the row's shares, one a cell, outside the difference's cell
      const shares: FigureEntity[] = [];
      row.cells.forEach((cell, k) => {
        if (k === c || k === 0) return;
        const own = itemsWithin(inRow, cell.start, cell.end).filter(f => f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number' && !f.comparator);
        if (own.length === 1) shares.push(own[0]);
        else if (own.length > 1) shares.push(own[0], own[1]);
      });
      if (shares.length !== 2 || claimed.has(d.start)) continue;
      const [a, b] = shares;
      const half = (f: FigureEntity) => 0.5 * 10 ** -decimalsOf(model.text.slice(f.start, f.end));
      const diff = Math.abs((a.value as number) - (b.value as number));
      if (Math.abs(Math.abs(d.value as number) - diff) <= half(a) + half(b) + half(d) + SLACK) continue;
      claimed.add(d.start);
      const r = (v: number) => Number(v.toFixed(Math.max(decimalsOf(model.text.slice(a.start, a.end)), decimalsOf(model.text.slice(b.start, b.end)))));
      out.push({
        message: `The difference ${model.text.slice(d.start, d.end)} is not what its row's shares give: ${model.text.slice(a.start, a.end)} against ${model.text.slice(b.start, b.end)} is ${r(diff)} percentage points.`,
        start: d.start, end: d.end,
        related: [a, b].map(f => ({ start: f.start, end: f.end, message: `share: ${model.text.slice(f.start, f.end)}` })),
        data: { claimed: d.value as number, first: a.value as number, second: b.value as number, points: r(diff) }, fixes: [],
      });
    }
  }
  return out;
}
