/**
 * Nested measures in a table (part of impossible-value): the cells of one column under two row
 * labels, or of one row under two column labels, that name measures of which one is part of the
 * other are rates (or counts) of the same patients at the same time, so the part's cannot exceed
 * the whole's:
 * - response rates: CR within ORR, ORR within DCR (nesting.json's partOf, the labels tableLabels.responses);
 * - thresholds of one scale ("ACR20" and "ACR70", "≥5 % body weight" and "≥10 % body weight"): the
 *   stricter threshold's share is part of the looser one's;
 * - a grade-restricted or serious row or column ("Grade ≥3", "Any AE of grade ≥3", "Grade 3 to 5",
 *   "Serious AE") within the all-grade one of the same events: its base label without the restriction, or, for a bare
 *   restriction, the all-grade row right above it ("Any grade") or the all-grade column left of it.
 * And a count of patients in a column headed by the group's size ("(N = 120)") cannot exceed that size; nor can a later
 * row of a participant flow exceed the count its column STARTED with.
 * A label of a difference, ratio, change or p-value (tableLabels.otherMeasures) is never read, and
 * only cells of one kind and unit are compared (a count with a count, a percentage with a percentage).
 */
import { halfUnit, paragraphIndexAt, wordsPattern, type CheckFinding } from './check';
import nesting from '../../../lexicon/grammar/nesting.json';
import type { DocumentModel, FigureEntity } from '../model';
import { PEOPLE_UNIT } from '../people';

const LABELS = nesting.tableLabels;
/** The first row of a participant flow, in the registry's capitals: "Overall Study STARTED", "Period 1 STARTED". */
const STARTED_ROW = /(?<![\p{L}])STARTED\s*$/u;
const GRADES = nesting.gradeRestrictions;
const PART_OF: [string, string][] = nesting.partOf.map(x => [x.part, x.whole]);

const norm = (s: string) => s.toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
const RESPONSE = new Map<string, string>();
for (const [key, words] of Object.entries(LABELS.responses)) { for (const w of words) { RESPONSE.set(norm(w), key); } }
const FILLERS = [...LABELS.fillers].sort((a, b) => b.length - a.length).map(norm);

const OTHER_MEASURE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(LABELS.otherMeasures)})(?![\\p{L}])`, 'iu');
/** "grade ≥3", "grade 2 to 4", "grade 3-5", "Grad ≥ 3", "G3-4": a grade restriction in a label. */
const GRADE_RESTRICTED = new RegExp(
  `(?<![\\p{L}])(?:(?:${wordsPattern(GRADES.gradeWords)})\\s?(?:(?:[>\\u2265]|>=)\\s?[1-4]|[2-5]\\s?(?:[-\\u2013/]|or|and|to)\\s?[3-5]|[2-4]\\s(?:${wordsPattern(GRADES.higher)})|[3-5](?![\\d]|[.,]\\d))|G\\s?[3-4]\\s?[-\\u2013/]\\s?[4-5]|G\\s?(?:[>\\u2265]|>=)\\s?[2-4])(?![\\p{L}\\d])`, 'iu');
const ALL_GRADES = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...GRADES.allGrades, 'any', 'all'])})(?![\\p{L}])`, 'iu');
/** Scales whose number is a threshold ("ACR20", "PASI 90"): nesting.json's thresholdFamilies. */
const SCALE = new RegExp(`^(?:.*?[^\\p{L}])?(${nesting.thresholdFamilies.map(f => f.prefix).join('|')})[\\s-]?(\\d{1,3})(?!\\d|[.,]\\d|\\s?%)`, 'iu');
const AT_LEAST = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(LABELS.thresholdWords)})\\s?(\\d{1,3}(?:[.,]\\d+)?)\\s?%`, 'iu');
const OR_MORE = new RegExp(`(\\d{1,3}(?:[.,]\\d+)?)\\s?%\\s?(?:${wordsPattern(LABELS.thresholdWords.filter(w => /^or /.test(w)))})(?![\\p{L}])`, 'iu');
const SERIOUS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(LABELS.serious)})(?![\\p{L}])`, 'iu');
const OUTCOME = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(LABELS.thresholdOutcomes)})`, 'iu');
const BELOW = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(LABELS.belowWords)})\\s?(\\d{1,3}(?:[.,]\\d+)?)\\s?%?`, 'iu');

/** What a label says of its cells' measure. */
type Measure =
  | { kind: 'response'; key: string }
  | { kind: 'threshold'; family: string; level: number; stricterHigher: boolean }
  | { kind: 'grade'; base: string; restricted: boolean };

/** A label with its fillers ("rate", "(%)", "n (%)") taken off, bracketed asides ("(95% CI)") removed. */
function bare(label: string): string {
  let s = norm(label).replace(/\((?:95 ?% ?ci|ci|%|n|n ?\(%\)|no\. ?\(%\)|n\/n ?\(%\))\)/g, ' ');
  // (fillers and trailing commas come off one by one: "disease control rate, %" reads "disease control")
  let prev: string;
  do {
    prev = s;
    s = s.replace(/[\s,:;]+$/, '');
    for (let fI = 0, FILLERS_ = FILLERS; fI < FILLERS_.length; fI++) { const f = FILLERS_[fI]; if (s === f || s.endsWith(' ' + f) || s.endsWith(',' + f)) { s = s.slice(0, s.length - f.length); break; } }
  } while (s !== prev);
  return s.replace(/\s+/g, ' ').trim();
}

export function measureOfLabel(label: string): Measure | undefined {
  if (!label || OTHER_MEASURE.test(label)) return undefined;
  const b = bare(label);
  const response = RESPONSE.get(b) ?? RESPONSE.get(b.replace(/\s*\([^)]*\)\s*$/, ''));
  if (response) return { kind: 'response', key: response };
  const scale = SCALE.exec(label);
  if (scale) return { kind: 'threshold', family: scale[1].toUpperCase() + '|' + norm(label.slice(scale.index + scale[0].length)).replace(/^[\s,:-]+/, ''), level: Number(scale[2]), stricterHigher: true };
  // "Serious adverse event" within "Any adverse event": seriousness restricts events as a grade does
  const serious = SERIOUS.exec(label);
  if (serious && !GRADE_RESTRICTED.test(label)) return { kind: 'grade', base: baseOf(label.slice(0, serious.index) + ' ' + label.slice(serious.index + serious[0].length)), restricted: true };
  const grade = GRADE_RESTRICTED.exec(label);
  if (grade) return { kind: 'grade', base: baseOf(label.slice(0, grade.index) + ' ' + label.slice(grade.index + grade[0].length)), restricted: true };
  if (ALL_GRADES.test(label)) return { kind: 'grade', base: baseOf(label), restricted: false };
  // a threshold of another measure is an outcome reached only when the label says what is reached ("≥10 % weight
  // loss"); "PD-L1 ≥50 %" names a subgroup, whose rates are no part of the looser subgroup's
  if (!OUTCOME.test(label)) return undefined;
  for (let itemI = 0, itemList = [[AT_LEAST, true], [OR_MORE, true], [BELOW, false]] as [RegExp, boolean][]; itemI < itemList.length; itemI++) { const [re, stricterHigher] = itemList[itemI];
    const m = re.exec(label);
    if (!m) continue;
    const family = norm(label.slice(0, m.index) + ' # ' + label.slice(m.index + m[0].length));
    return { kind: 'threshold', family, level: Number(m[1].replace(',', '.')), stricterHigher };
  }
  return undefined;
}

/**
 * The words of an event's name without its grades, for matching a restricted label with the all-grade one: "Any adverse
 * event of grade ≥3" and "Any adverse event" both read "adverse event"; a bracket ("(N = 176)") and the words that join a
 * grade to its events are left out, and so is a count's filler ("Grade 3, n (%)" names no events: a bare restriction).
 */
const ALL_GRADES_G = new RegExp(ALL_GRADES.source, 'giu');
const baseOf = (s: string) => norm(s).replace(/\([^)]*\)/g, ' ').replace(ALL_GRADES_G, ' ').replace(/(?<![\p{L}])(?:of|with|events?|or|and|n|no)(?![\p{L}])/gu, ' ')
  .replace(/[^\p{L}\d ]+/gu, ' ').replace(/\s+/g, ' ').trim().replace(/s$/, '');

/** Whether a cell is a rate (a percentage, or a bare number under a label that says "%") or a count of patients. */
function valueKind(f: FigureEntity): string | undefined {
  if (typeof f.value !== 'number' || f.comparator || f.denominator !== undefined || !f.table) return undefined;
  if (f.figureKind === 'percent') return f.value <= 100 ? '%' : undefined;
  if (f.figureKind === 'count') return 'n';
  if (f.figureKind === 'other' && f.unit === '' && f.value >= 0 && f.value <= 100 && /%/.test(f.table.row + f.table.column)) return '%';
  return undefined;
}

/** The part and the whole of two measures, or undefined when neither holds the other. */
function nestedPair(a: Measure, b: Measure): 'a-in-b' | 'b-in-a' | undefined {
  if (a.kind === 'response' && b.kind === 'response') {
    if (PART_OF.some(([p, w]) => p === a.key && w === b.key)) return 'a-in-b';
    if (PART_OF.some(([p, w]) => p === b.key && w === a.key)) return 'b-in-a';
    return undefined;
  }
  if (a.kind === 'threshold' && b.kind === 'threshold') {
    if (a.family !== b.family || a.stricterHigher !== b.stricterHigher || a.level === b.level) return undefined;
    return (a.level > b.level) === a.stricterHigher ? 'a-in-b' : 'b-in-a';
  }
  if (a.kind === 'grade' && b.kind === 'grade' && a.restricted !== b.restricted && a.base === b.base) return a.restricted ? 'a-in-b' : 'b-in-a';
  return undefined;
}

interface Cell { f: FigureEntity; kind: string }

export function tableNestedAboveWholes(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  // one finding per cell: a count and its percentage ("25 (14.2)") say the same
  const reported = new Set<string>();
  // the cells of each table: a paragraph's table cells, in reading order
  const tables = new Map<number, Cell[]>();
  for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
    if (e.kind !== 'figure' || !e.table) continue;
    const kind = valueKind(e);
    if (!kind) continue;
    const p = paragraphIndexAt(model, e.start);
    let list = tables.get(p);
    if (!list) tables.set(p, list = []);
    list.push({ f: e, kind });
  }
  const measures = new Map<string, Measure | undefined>();
  const measure = (label: string) => {
    if (!measures.has(label)) measures.set(label, measureOfLabel(label));
    return measures.get(label);
  };
  const report = (part: FigureEntity, whole: FigureEntity, partLabel: string, wholeLabel: string) => {
    const cell = `${part.table!.row}|${part.table!.column}|${paragraphIndexAt(model, part.start)}`;
    if (reported.has(cell)) return;
    const room = halfUnit(model.text.slice(part.start, part.end)) + halfUnit(model.text.slice(whole.start, whole.end));
    if ((part.value as number) <= (whole.value as number) + room) return;
    reported.add(cell);
    out.push({
      message: `${model.text.slice(part.start, part.end)} under \u201c${partLabel.trim()}\u201d is above ${model.text.slice(whole.start, whole.end)} under \u201c${wholeLabel.trim()}\u201d: every patient counted in the first is counted in the second.`,
      start: part.start, end: part.end,
      related: [{ start: whole.start, end: whole.end, message: `the whole: ${wholeLabel.trim()}` }],
      data: { part: part.value as number, whole: whole.value as number }, fixes: [],
    });
  };
  // a count of patients in a column headed by its group's size ("AB-101 (N = 120)": "131 (109.2)") cannot exceed it
  for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
    if (e.kind !== 'figure' || !e.table || e.figureKind !== 'count' || !PEOPLE_UNIT.test(e.unit) || typeof e.value !== 'number' || e.comparator || e.denominator !== undefined) continue;
    const n = e.binding.n;
    if (typeof n !== 'number' || !(n > 0) || e.value <= n) continue;
    reported.add(`${e.table.row}|${e.table.column}|${paragraphIndexAt(model, e.start)}`);
    out.push({
      message: `${model.text.slice(e.start, e.end)} patients under “${e.table.row.trim()}” are more than the ${n} of their column (“${e.table.column.trim()}”): a count of the group's patients cannot exceed the group.`,
      start: e.start, end: e.end, related: [], data: { count: e.value, population: n }, fixes: [],
    });
  }
  // a participant flow ("Overall Study STARTED | 74 | 39", then "Week 8 Visit", "COMPLETED", "NOT COMPLETED"): every later
  // row of a column counts some of the participants its arm started with
  for (const cells of tables.values()) {
    const started = new Map<string, FigureEntity>();
    for (let itemI = 0, cells_ = cells; itemI < cells_.length; itemI++) { const { f } = cells_[itemI];
      if (f.figureKind !== 'count' || typeof f.value !== 'number' || f.comparator || f.denominator !== undefined || !Number.isInteger(f.value)) continue;
      const col = f.table!.column;
      const first = started.get(col);
      if (!first) { if (STARTED_ROW.test(f.table!.row)) started.set(col, f); continue; }
      if (f.table!.row === first.table!.row || f.value <= (first.value as number)) continue;
      const cell = `${f.table!.row}|${col}|${paragraphIndexAt(model, f.start)}`;
      if (reported.has(cell)) continue;
      reported.add(cell);
      out.push({
        message: `${model.text.slice(f.start, f.end)} participants under \u201c${f.table!.row.trim()}\u201d are more than the ${first.value} who started in their column (\u201c${col.trim()}\u201d): a participant flow counts the participants who started.`,
        start: f.start, end: f.end,
        related: [{ start: first.start, end: first.end, message: `started: ${first.value}` }],
        data: { count: f.value, started: first.value as number }, fixes: [],
      });
    }
  }
  for (const cells of tables.values()) {
    // down each column: each cell against the latest cell of every other measure above it in the column
    // (counts before shares: a cell's count and its share are one finding, reported on the count the share was worked from)
    for (let columnI = 0, columnList = countsFirst(groupedBy(cells, c => `${c.f.table!.column}|${c.kind}`)); columnI < columnList.length; columnI++) { const column = columnList[columnI];
      if (OTHER_MEASURE.test(column[0].f.table!.column)) continue;
      compareAlong(column, c => c.f.table!.row, measure, report);
    }
    // along each row: each cell against the cells to its left
    for (let rowI = 0, rowList = countsFirst(groupedBy(cells, c => `${c.f.table!.row}|${c.kind}`)); rowI < rowList.length; rowI++) { const row = rowList[rowI];
      if (OTHER_MEASURE.test(row[0].f.table!.row)) continue;
      compareAlong(row, c => c.f.table!.column, measure, report);
    }
  }
  return out;
}

/** One key for a measure, whatever label names it (a response, a scale's threshold); a grade's restriction is its label's own. */
function measureKey(m: Measure, label: string): string {
  return m.kind === 'response' ? `r|${m.key}` : m.kind === 'threshold' ? `t|${m.family}|${m.level}` : `g|${norm(label)}`;
}

/** How many cells back along a line a cell is held to: tables are small, and this keeps a glued one linear. */
const REACH = 12;

/**
 * Along one line of cells (a column read down, a row read across), each cell against the latest
 * cell before it of each other label, when one label's measure is nested in the other's. A bare
 * restriction ("Grade ≥3") is held to the latest all-grade label before it, when no other label
 * than restricted ones stands between.
 */
function compareAlong(line: Cell[], labelOf: (c: Cell) => string, measure: (label: string) => Measure | undefined,
  report: (part: FigureEntity, whole: FigureEntity, partLabel: string, wholeLabel: string) => void): void {
  for (let i = 1; i < line.length; i++) {
    const c = line[i], la = labelOf(c), ma = measure(la);
    if (!ma) continue;
    const seen = new Set<string>();
    // (the latest cell of each measure only: a label of a measure met again further back, "Objective response (%)" above
    // "Objective response", is another block's, another population's; and the cell's own measure met again ends its block)
    const seenMeasures = new Set<string>();
    for (let j = i - 1; j >= Math.max(0, i - REACH); j--) {
      const d = line[j], lb = labelOf(d);
      if (lb === la || seen.has(lb)) { if (lb === la) break; continue; }
      seen.add(lb);
      const mb = measure(lb);
      if (!mb) continue;
      const kb = measureKey(mb, lb);
      if (kb === measureKey(ma, la)) break;
      if (seenMeasures.has(kb)) continue;
      seenMeasures.add(kb);
      let pair = nestedPair(ma, mb);
      // "Any grade" then "Grade ≥3": a bare restriction names no events, so it belongs to the all-grade label right
      // before it, only restricted labels between ("Grade 3", "Grade 4"); never to one of another block after it
      if (pair && ma.kind === 'grade' && ma.base === '') {
        const between = [...seen].filter(l => l !== lb);
        if (!(ma.restricted && pair === 'a-in-b' && between.every(l => { const m = measure(l); return m?.kind === 'grade' && m.restricted; }))) pair = undefined;
      }
      if (pair === 'a-in-b') report(c.f, d.f, la, lb);
      else if (pair === 'b-in-a') report(d.f, c.f, lb, la);
    }
  }
}

/** The groups of counts, then the others, each in its order. */
function countsFirst(groups: Cell[][]): Cell[][] {
  return [...groups.filter(g => g[0].kind === 'n'), ...groups.filter(g => g[0].kind !== 'n')];
}

/** The cells in groups of one key each, in the order of their first cell. */
function groupedBy(cells: Cell[], key: (c: Cell) => string): Cell[][] {
  const groups = new Map<string, Cell[]>();
  for (let cI = 0, cells_ = cells; cI < cells_.length; cI++) { const c = cells_[cI];
    const k = key(c);
    const list = groups.get(k);
    if (list) list.push(c); else groups.set(k, [c]);
  }
  return [...groups.values()];
}
