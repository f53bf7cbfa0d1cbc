/**
 * Financial statements flattened one cell a line, as copied from filings and results releases: a title
 * in brackets names the scale ("(in thousands, except per-share amounts)", "(unaudited, in millions)"),
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
import numbersData from '../../lexicon/builtin/numbers.json';
import labelWords from '../../lexicon/grammar/labelUnits.json';
import { PEOPLE_PATTERN } from './people';
import { currencyScaleDeclaration, tableUnitSpec } from './recognize/figures';
import { leadTest } from './leadTest';
import { readPiece } from './testMemo';
import { paragraphTest } from './memo';
import { spanCursor } from './structure';
import { normalizeText } from './text';
import type { DocTable, Span } from './structure';

const scaledCurrencies = Object.fromEntries(Object.entries(numbersData.scaledCurrencies as Record<string, unknown>).filter(([k, v]) => !k.startsWith('$') && Array.isArray(v))) as Record<string, [string, number]>;
const SCALES = new Map(Object.entries(words.scales).map(([k, v]) => [k.toLowerCase(), v]));
/** "(in thousands", "(unaudited, in millions", "(en milliers", "(i tusental": a statement's scale, its bracket maybe closed on a later line. */
const SCALE_TITLE = new RegExp(`\\((?:[^()\\n]{0,24}?[ ,])?(?:in|en|i)[ ](${wordsPattern(Object.keys(words.scales))})(?![\\p{L}])([^()\\n]{0,60})`, 'iu');
/** "($000s)", "(US$ '000)", "(€000)": thousands of a currency, written as zeros. */
const ZEROS_TITLE = /\((?:in[ ])?(US\$|\$|\u20ac|\u00a3)[ ]?['\u2019]?000['\u2019]?s?\)/;
/** "$ in Thousands", "\u20ac in Millions, shares in Thousands": an XBRL page's line naming its currency and scale. */
const SIGN_SCALE_TITLE = new RegExp(`(?:(?:^|\\n)[ \\t|]*|(?<=[\\s|(]))([A-Z]{1,2}\\$|\\$|\u20ac|\u00a3|SFr|Fr\\.|kr|(?<=^|\\n[ \\t|]{0,4})[A-Z]{3}) in (${wordsPattern(Object.keys(words.scales).filter(w => /^[a-z]+$/.test(w)).flatMap(w => [w, w[0].toUpperCase() + w.slice(1)]))})(?![\\p{L}])([^\\n]{0,60})`, 'u');
/** "Condensed Balance Sheet - EUR (€)": an XBRL page's title naming its currency; without a scale line, sums are in units. */
const CODE_TITLE = /[ ][-\u2013][ ]([A-Z]{3})[ ]\([^()\n]{1,4}\)(?=\s|$)/;
/** "shares in Thousands" after an XBRL page's currency and scale. */
const SHARES_SCALE = new RegExp(`shares in (${wordsPattern(Object.keys(words.scales).filter(w => /^[a-z]+$/.test(w)).flatMap(w => [w, w[0].toUpperCase() + w.slice(1)]))})(?![\\p{L}])`, 'u');
const SHARE_ROW = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.shareRows)})(?![\\p{L}])`, 'iu');
/** "$000 | | 2030 | | 2029 |": the same zeros as a table's corner cell, alone in its cell. */
const ZEROS_CELL = /(?:^|[\s|])([A-Z]{1,2}\$|\$|\u20ac|\u00a3|[A-Z]{3})[ ]?['\u2019]?000['\u2019]?s?(?=[\s|]|$)/;
const PER_SHARE = new RegExp(`(?:${wordsPattern(words.perShare)})(?![\\p{L}])`, 'iu');
const NOT_SUMS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.notSums)})(?![\\p{L}])|%`, 'iu');
/** Whether a row's label names numbers that are no sums ("Employees (number)", "Gross margin", "Shares outstanding"), nor sums per share. */
export function labelNamesNoSums(label: string): boolean { return NOT_SUMS.test(label) && !PER_SHARE.test(label); }
const EXCEPT_SHARES = new RegExp(`(?:${wordsPattern(words.exceptShares)})`, 'i');
const SYMBOL_CURRENCY: Record<string, string> = { $: 'USD', US$: 'USD', '\u20ac': 'EUR', '\u00a3': 'GBP' };
/** A currency sign standing alone between cells ("$ 1,250", "| $ |"), in a statement's first cells. */
const SIGN_GAP = /(?:^|[\s|])(US\$|\$|\u20ac|\u00a3)(?=[\s|]|\d)/;
/** "506 Operating expenses": a number, then a capitalised word, the next row's label. */
const NOUN_ACROSS_CELLS = /^([\d.,]+)\s+\p{Lu}/u;
/** A sentence of prose, not a row's label: many words, or a full stop after a word. */
const PROSE = /(?:\p{L}+[ ,;:]+){12}|\p{Ll}{2}\.(?:\s|$)/u;
/** Twelve words or more in a row, and the words of such a run. */
const WORD_RUN = /(?:\p{L}+[ ,;:]+){12,}/gu;
const RUN_WORD = /\p{L}+/gu;
/**
 * Whether the text between two cells is prose, which ends a statement: a full stop after a word, or a run of twelve words
 * or more that reads as a sentence, half of its words or more in lower case. A header's cells read one after another
 * ("Period One Period Two Period Three Period Four Whole Year", its lines joined as a paragraph) are words in
 * capitals, no sentence.
 */
function proseBetween(gap: string): boolean {
  if (/\p{Ll}{2}\.(?:\s|$)/u.test(gap)) return true;
  for (const run of gap.matchAll(WORD_RUN)) {
    const words = run[0].match(RUN_WORD) ?? [];
    if (2 * words.filter(w => w[0] !== w[0].toUpperCase()).length >= words.length) return true;
  }
  return false;
}
/** A heading, or a new table's header rule ("|---|---|"), after a statement's rows: the statement has ended. */
const STATEMENT_BREAK = /\n[ \t]*#{1,6}[ \t]|\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/;
/** "Three months ended", "Six months to", "Neun Monate zum": a period's length, then the words that lead to its closing date. */
const PERIOD_LINK = new RegExp(`^\\s*(?:${wordsPattern(words.periodLinks.words)})\\s*$`, 'iu');
/** Whether a duration is a header's period: "Three months" with "ended" and a date right after it, in the header. */
export function periodLength(figures: FigureEntity[], k: number, normalized: string): boolean {
  const c = figures[k], next = figures[k + 1];
  return c.figureKind === 'duration' && !!next && next.figureKind === 'date' && next.start - c.end <= 24 && PERIOD_LINK.test(normalized.slice(c.end, next.start));
}
/** A heading after a statement's title: it has ended, rows read or not. */
const HEADING_BREAK = /\n[ \t]*#{1,6}[ \t]/;
/** A scale word after a sum: its value is already in base units. */
const SCALE_WRITTEN = /\p{L}\.?\s*$/u;

/** A header that names a column of changes in per cent ("Veränderung %", "Change %"): a key-figure row's last cell is that change. */
const CHANGE_COLUMN = new RegExp(`(?:${wordsPattern(words.changeColumns)})`, 'iu');
/** Between two cells of a key-figure row: spaces or a tab, and a minus sign standing apart ("17,3 \u2013 8,1"). */
const ROW_GAP = /^[ \t]{1,12}(?:[\u2013\u2212-][ ]?)?$/;
const SCALES_TRIED = [1, 1e3, 1e6, 1e9];

interface Statement { scale: number; currency?: string; label: string; exceptShares: boolean; sharesScale?: number; implicit?: boolean }

/** The scale (and currency, when written) a line's title declares, and where the title starts. */
/**
 * "Beträge in Mio. \u20ac", "Alle Beträge in Tausend Euro", "in CHF k": a line that only declares a currency and its scale
 * (the gap before a statement's first figure may hold prose lines before it: the last line that is such a declaration).
 */
function declarationLine(line: string): (Statement & { at: number }) | undefined {
  for (let end = line.length; end > 0;) {
    const start = line.lastIndexOf('\n', end - 1) + 1;
    const part = line.slice(start, end);
    const d = part.length <= 64 && /\S/.test(part) ? currencyScaleDeclaration(part) : undefined;
    if (d && d.scale > 1) return { scale: d.scale, currency: d.currency, label: part.trim(), exceptShares: true, at: start + part.search(/\S/) };
    end = start - 1;
  }
  return undefined;
}

export function statementTitle(line: string): (Statement & { at: number }) | undefined {
  const z = ZEROS_TITLE.exec(line) ?? ZEROS_CELL.exec(line);
  // ("$000": thousands of the currency; a count of shares is no sum of it)
  if (z) return { scale: 1e3, currency: SYMBOL_CURRENCY[z[1]] ?? tableUnitSpec(`(${z[1]})`)?.currency, label: z[0].replace(/^[\s|]+/, ''), exceptShares: true, at: z.index };
  const x = SIGN_SCALE_TITLE.exec(line);
  if (x) {
    const scale = SCALES.get(x[2].toLowerCase());
    // ("SFr in Thousands", "kr in Thousands": the sign of the currency the page's title names by its code, "- CHF (SFr)")
    const currency = SYMBOL_CURRENCY[x[1]] ?? (/^[A-Z]{3}$/.test(x[1]) ? x[1] : undefined) ?? CODE_TITLE.exec(line)?.[1] ?? tableUnitSpec(`(${x[1]})`)?.currency;
    const shares = SHARES_SCALE.exec(x[3]);
    const at = x.index + x[0].indexOf(x[1]);
    if (scale && currency) return { scale, currency, label: line.slice(at, x.index + x[0].length).trim(), exceptShares: !shares, sharesScale: shares ? SCALES.get(shares[1].toLowerCase()) : 1, at };
  }
  const m = SCALE_TITLE.exec(line);
  if (!m) {
    const code = CODE_TITLE.exec(line);
    if (code) return { scale: 1, currency: code[1], label: code[0].trim(), exceptShares: true, at: code.index };
    return unbracketedTitle(line) ?? currencyScaleTitle(line);
  }
  const scale = SCALES.get(m[1].toLowerCase());
  if (!scale) return undefined;
  const spec = tableUnitSpec(line.slice(m.index));
  return { scale, currency: spec?.currency, label: m[0].replace(/\s+/g, ' ').trim(), exceptShares: EXCEPT_SHARES.test(m[0]), at: m.index };
}

/**
 * "In thousands, except per-share amounts", "Amounts in millions": a statement's scale without brackets, as a line or a cell
 * of its own. "In" written with its capital, or a word of sums before "in"; what follows ends the title (a comma, "except",
 * "of euros", the next cell), never a noun of other things ("In thousands of cases" is prose).
 */
const UNBRACKETED_TITLE = new RegExp(`(?:^|(?<=[\\s|]))(?:(?:${wordsPattern(words.scaleTitleLeads)}) in|In) (${wordsPattern(Object.keys(words.scales).filter(w => /^[a-z]+$/.test(w)))})(?=$|[\\s|,;)])([^\\n|()]{0,60})`, 'u');
const UNBRACKETED_END = /^(?:$|[,;)|]|\s*\n|\s+except\b|\s+of\s+(?:U\.S\.\s+)?(?:dollars|euros|US\$|USD|EUR)\b|\s+(?:\d|\p{Lu}))/u;
function unbracketedTitle(line: string): (Statement & { at: number }) | undefined {
  const u = UNBRACKETED_TITLE.exec(line);
  if (!u || !UNBRACKETED_END.test(u[2])) return undefined;
  const scale = SCALES.get(u[1].toLowerCase());
  if (!scale) return undefined;
  const end = u.index + u[0].length - u[2].length + (/^[^\n|]{0,50}?except[^\n|]{0,40}?(?:data|amounts|figures|information)/.exec(u[2])?.[0].length ?? 0);
  const label = line.slice(u.index, end).trim();
  return { scale, currency: tableUnitSpec(`(${label})`)?.currency, label, exceptShares: EXCEPT_SHARES.test(label), at: u.index };
}

/**
 * A statement's currency and scale as a header cell names them, in brackets or not: "(Mio. EUR)", "(TEUR)", "MSEK",
 * "SEK m", "DKK million", "EUR thousand". In a gap between figures, so never a sum's own unit (that is part of its figure).
 */
const CURRENCY_SCALE_CELL = new RegExp(`(?<![\\p{L}\\d$\u20ac\u00a3])(?:(${wordsPattern(Object.keys(scaledCurrencies))})|(US\\$|\\$|\u20ac|\u00a3|[A-Z]{3}) ?(${wordsPattern(Object.keys(words.currencyScales))})|(${wordsPattern(Object.keys(words.scalesBefore))}) ?(\u20ac|[A-Z]{3}))(?![\\p{L}\\d])`, 'u');
/** What may follow a header cell of a currency and scale: its cell's or line's end, the columns' periods, or a remark after a comma. */
const CELL_END = /^(?:\s*$|[ \t]*(?:\n|\||\t| {2})|[ ]?(?:Q[1-4]|H[12]|FY|[1-9]M|(?:19|20)\d{2})(?![\p{L}])|,[^\n|,.]{1,40}(?:\n|$))/u;
function currencyScaleTitle(line: string): (Statement & { at: number }) | undefined {
  const b = tableUnitSpec(line);
  if (b?.currency && b.scale > 1) return { scale: b.scale, currency: b.currency, label: line.slice(b.at, b.end), exceptShares: true, at: b.at };
  const declared = declarationLine(line);
  if (declared) return declared;
  if (PROSE.test(line)) return undefined;
  const w = CURRENCY_SCALE_CELL.exec(line);
  // ("173.4 (344.5) MSEK": right after a figure, only spaces and a bracket between, it is that figure's unit, no title;
  // "MSEK figures aside, ...": a word of a clause after it, no cell)
  if (!w || /^[ \t)\]]*$/.test(line.slice(0, w.index)) || !CELL_END.test(line.slice(w.index + w[0].length))) return undefined;
  if (w[1]) { const [currency, scale] = scaledCurrencies[w[1]]; return scale > 1 ? { scale, currency, label: w[0], exceptShares: true, at: w.index } : undefined; }
  const currency = SYMBOL_CURRENCY[w[2] ?? w[5]] ?? tableUnitSpec(`(${w[2] ?? w[5]})`)?.currency;
  const scale = w[3] ? (words.currencyScales as Record<string, number>)[w[3]] : (words.scalesBefore as Record<string, number>)[w[4]];
  return currency && scale ? { scale, currency, label: w[0], exceptShares: true, at: w.index } : undefined;
}

/** "(2,310)" or "(2,310" with its ")" after a line break or a bar: an accounts' negative. */
function negativeCell(normalized: string, c: FigureEntity): boolean {
  return /\($/.test(normalized.slice(Math.max(0, c.start - 1), c.start)) && /^\s{0,3}(?:\|\s{0,3})?\)/.test(normalized.slice(c.end, c.end + 8));
}

/**
 * Reads the statements of a document, in the reading text (soft wraps are spaces there, so a statement flattened one
 * cell a line reads as one run, and a rewrapped copy reads the same): after a title, each figure's gap from the one
 * before it says what it is. Words there are the next row's label; only spaces, bars, brackets, dashes and a currency
 * sign keep the row going. A gap that is a sentence of prose ends the statement.
 */
export function applyStatementCells(figures: FigureEntity[], normalized: string, name: (f: FigureReading) => string, tables: readonly DocTable[] = [], written?: string): void {
  // (the paragraph-local conditions first, each paragraph's answer kept by its text: most documents hold no statement,
  // and an edit then tests the paragraphs it changed, not the whole text; the answer is that of the tests after them)
  if (!statementTitled(normalized) && !tableUnitSpec(normalized)) return;
  let statement: Statement | undefined;
  let rowLabel = '';
  // the last label that ends in a colon, heading the rows under it ("Net loss per share:", then "Basic", "Diluted")
  let section = '';
  let prevEnd = 0;
  // the header's periods ("Q3 2030", "2029") before the first row, the column of changes in per cent after them if the
  // header names one ("Veränderung %"), and the place of the cell read in its row
  let periods = 0;
  let changeAt = -1;
  let inHeader = false;
  let cellIndex = 0;
  // the cells read under the title: a table's rule right under its header ("| (in millions) | Three months ended ... |"
  // over "|---|---|"), before any row, is the header's own, no new table's
  let rowsRead = 0;
  // the table the statement's title or rows stand in: a figure outside it is another table's or the prose's, the
  // statement has ended ("| Sales ($M) | 12.5 |" declares nothing for the next table's "| Week 12 |"; a Markdown table's
  // rule is blanked in the reading text, so two tables apart by a blank line show no rule there)
  let rowsTable: DocTable | undefined;
  const tableAt = spanCursor(tables);
  for (let k = 0; k < figures.length; k++) {
    const c = figures[k];
    if (c.start < prevEnd) continue;
    const inTable = tableAt(c.start);
    if (statement && rowsTable && inTable !== rowsTable) { statement = undefined; rowLabel = ''; rowsTable = undefined; }
    let gap = normalized.slice(prevEnd, c.start);
    // (a line of its own that only declares a currency and its scale, "in NOK k", which the reading joined with the
    // lines around it as one paragraph: read in the document's own lines)
    const raw = written !== undefined && gap.length <= 400 ? written.slice(prevEnd, c.start) : '';
    const physical = raw.includes('\n') ? normalizeText(raw) : undefined;
    prevEnd = c.end;
    const title = statementTitle(gap) ?? (physical !== undefined && physical !== gap ? declarationLine(physical) : undefined);
    if (!title && statement && inHeader) {
      // ("Q3 2030 Q3 2029 Change % Revenue 106.5 ...": the header's last cell names the column of changes; the row's label follows it)
      const change = CHANGE_COLUMN.exec(gap);
      // (only right after the periods: a header cell between them, "(Unfavorable)", leaves the column's place unknown)
      if (change && periods >= 2 && !/\p{L}/u.test(gap.slice(0, change.index))) { changeAt = periods; gap = gap.slice(change.index + change[0].length); }
    }
    if (title) {
      section = '';
      periods = 0;
      changeAt = -1;
      inHeader = true;
      rowsRead = 0;
      rowsTable = inTable && c.start - gap.length + title.at >= inTable.start ? inTable : undefined;
      statement = { ...title, currency: title.currency ?? currencyAfter(figures, k, c.start) ?? SYMBOL_CURRENCY[SIGN_GAP.exec(normalized.slice(c.start - 1, c.start + 400))?.[1] ?? ''] };
      rowLabel = gap.slice(title.at + title.label.length);
      rowLabel = /\p{L}{2}/u.test(rowLabel) ? lastLabelCell(rowLabel) : '';
    } else if (statement && (proseBetween(gap) || gap.length > 400 || (!inHeader && ((STATEMENT_BREAK.test(gap) && (rowsRead > 0 || HEADING_BREAK.test(gap))) || (c.figureKind === 'date' && /\n[ \t]*\n/.test(gap)))))) {
      // (a heading or a new table's rule after the rows, or a new header's periods after a blank line: another table)
      statement = undefined;
      rowLabel = '';
    }
    // (a statement without a title ends at words that are no row's label)
    else if (statement?.implicit && /\p{L}{2}/u.test(gap) && !labelCellLike(gap)) { statement = undefined; rowLabel = ''; }
    else if (statement && /\p{L}{2}/u.test(gap)) { rowLabel = lastLabelCell(gap); section = sectionHead(gap) ?? section; cellIndex = 0; }
    if (!statement && c.figureKind !== 'date') {
      // "Cash and cash equivalents $ 45,210 $ 52,300 / Total assets 61,400 70,120": a row's first sum written with its
      // currency's sign standing apart, as statements print it, after a row's label, starts a statement without a title:
      // the rows after it are sums in that currency as written, up to words that are no row's label
      const sign = signApart(c, gap, normalized);
      const label = lastLabelCell(gap);
      if (sign && rowLabelLike(label, ownCell(gap, label))) {
        statement = { scale: 1, currency: sign, label: 'the currency sign of its first row', exceptShares: true, implicit: true };
        rowLabel = label;
        section = '';
        changeAt = -1;
        cellIndex = 0;
      }
    }
    // ("Three months ended September 30, 2030": the period's length goes with its date, a header's, no row's cell)
    if (statement && periodLength(figures, k, normalized)) continue;
    if (statement && c.figureKind === 'date') { if (inHeader) periods++; continue; }
    inHeader = false;
    const at = cellIndex++;
    if (!statement || !statement.currency || !rowLabel) continue;
    if (at === changeAt && c.figureKind === 'other' && !c.unit && typeof c.value === 'number') {
      Object.assign(c, { figureKind: 'percent', unit: '%', reading: 'the column of changes in per cent its header names' });
      c.name = name(c);
      continue;
    }
    // "Total revenues (1)": a footnote's number right after a label
    if (c.figureKind === 'other' && Number.isInteger(c.value) && (c.value as number) < 10 && /\p{L}[ ]?\($/u.test(gap)) continue;
    // "(1) Includes a charge for the closure of a site.": a footnote's mark opening a line under the statement, its note after it
    // (a note is a sentence: words in lower case, no sign of a sum nor a grouped number, unlike the next row's label and cells)
    if (c.figureKind === 'other' && Number.isInteger(c.value) && (c.value as number) < 100 && /(?:^|\n)[ \t]*\($/.test(gap) && footnoteAfter(normalized.slice(c.end, c.end + 80))) continue;
    rowsRead++;
    rowsTable ??= inTable;
    readCell(c, rowLabel, section, statement, normalized, name);
  }
}

/** "(1) Includes a charge for the closure of a site.": after a footnote's mark, a sentence (five words in lower case or more, no sum). */
function footnoteAfter(after: string): boolean {
  if (!/^\)[ \t]+\p{Lu}/u.test(after) || /[$\u20ac\u00a3|]|\d[,.]\d{3}/.test(after)) return false;
  return (after.match(/(?<![\p{L}])\p{Ll}{2,}(?![\p{L}])/gu) ?? []).length >= 5;
}
/** A currency sign standing apart from the number after it ("$ 1,250", "$\n1,250", "| $ | (2,140"), as statements print it. */
const SIGN_APART = /(?:^|[\s|])(?:US\$|\$|\u20ac|\u00a3)(?:[ \t]+|[ \t]*\|[ \t]*|[ \t]*\n[ \t]*\|?[ \t]*)\(?\d/;
const SIGN_BEFORE = /(?:^|[\s|])(US\$|\$|\u20ac|\u00a3)(?:[ \t]+|[ \t]*\|[ \t]*|[ \t]*\n[ \t]*\|?[ \t]*)\(?$/;
/** The currency of a figure whose sign stands apart from its number, in its text or in the gap before it. */
function signApart(c: FigureEntity, gap: string, normalized: string): string | undefined {
  const written = normalized.slice(c.start, c.end);
  const own = /^(US\$|\$|\u20ac|\u00a3)(?:[ \t]+|[ \t]*\n[ \t]*)\(?\d/.exec(written);
  // (a sum written with its scale word, "$ 12.5 million", is prose's, not a statement's cell)
  if (own && c.figureKind === 'money' && !SCALE_WRITTEN.test(written)) return SYMBOL_CURRENCY[own[1]];
  const before = c.figureKind === 'other' && !c.unit ? SIGN_BEFORE.exec(gap) : null;
  return before ? SYMBOL_CURRENCY[before[1]] : undefined;
}
const PEOPLE_ROW = new RegExp(`(?<![\\p{L}])(?:${PEOPLE_PATTERN})(?![\\p{L}])`, 'iu');
const CLAUSE_VERB = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(labelWords.clauseVerbs)})(?![\\p{L}])`, 'iu');
/**
 * A row's label: a short run of words opening with a capital, no clause ("Total assets", not "Revenue was"). One that
 * stands in a cell of its own, bars or line ends around it, may be as long as a filing's labels are ("Increase in net
 * tangible book value per share attributable to new investors"): a sentence of prose is not set apart so.
 */
function rowLabelLike(label: string, inOwnCell = false): boolean {
  const t = label.replace(SIGN_WORD, ' ').replace(/[\s|:$\u20ac\u00a3(]+$/, '').trim();
  const [chars, words] = inOwnCell ? [140, 20] : [70, 9];
  return /^\p{Lu}/u.test(t) && t.length <= chars && t.split(/\s+/).length <= words && !CLAUSE_VERB.test(t);
}
/** Whether a gap's last label cell (lastLabelCell) reads as a row's label, in a cell of its own or not. */
function labelCellLike(gap: string): boolean {
  const label = lastLabelCell(gap);
  return rowLabelLike(label, ownCell(gap, label));
}
/** Whether a gap's last label cell (lastLabelCell) stands apart from the number after it by a cell's bar or a line end, and from what is before it too. */
function ownCell(gap: string, label: string): boolean {
  const at = gap.lastIndexOf(label);
  if (at < 0 || label === gap) return false;
  return /[|\n]/.test(gap.slice(at + label.length)) && /[|\n]/.test(gap.slice(0, at));
}

/** The currency of the first sum written with its sign after a title, within the statement's first lines. */
function currencyAfter(figures: FigureEntity[], from: number, at: number): string | undefined {
  for (let k = from; k < figures.length && k < from + 40; k++) {
    const f = figures[k];
    if (f.start >= at && f.figureKind === 'money' && f.unit) return f.unit;
  }
  return undefined;
}

/**
 * A row's label: where the gap's cells are apart (bars or line breaks), the last cell that holds words, so that a header
 * cell before the first row ("% Change", "Favorable") is not read as part of the row's label.
 */
export function lastLabelCell(gap: string): string {
  const cells = gap.split(/[|\n]/);
  for (let k = cells.length - 1; k >= 0; k--) if (wordCell(cells[k])) return cells[k];
  return gap;
}

/** A currency's sign or code written in a cell before its number ("SFr (", "kr", "USD"): no words of a label. */
const SIGN_WORD = /(?<![\p{L}])(?:SFr|Fr\.|kr\.?|US\$|HK\$|USD|EUR|GBP|CHF|SEK|DKK|NOK|JPY|CNY|RMB|HKD|AUD|CAD)(?![\p{L}])/gu;
/** Whether a cell holds a label's words, its currency signs aside. */
function wordCell(cell: string): boolean { return /\p{L}{2}/u.test(cell.replace(SIGN_WORD, ' ')); }

/**
 * The last of a gap's cells that heads rows, if any: one that ends in a colon ("Net loss per share - basic and diluted:"),
 * or a label with no value of its own, another label's cell after it ("Loss per share [abstract]", then "Basic").
 */
function sectionHead(gap: string): string | undefined {
  const cells = gap.split(/[|\n]/).filter(wordCell);
  for (let k = cells.length - 1; k >= 0; k--) {
    if (/:\s*$/.test(cells[k]) || k < cells.length - 1) return cells[k];
    // ("Net loss per share: Basic": the lines of a paragraph read joined put the head and the row's label in one cell)
    const colon = cells[k].lastIndexOf(': ');
    if (colon > 0 && wordCell(cells[k].slice(0, colon)) && wordCell(cells[k].slice(colon + 2))) return cells[k].slice(0, colon + 1);
  }
  return undefined;
}

/** "(12.5 | %)", "37.8\n|%": a number whose next cell is a per cent sign. */
const PERCENT_NEXT_CELL = /^[ \t]{0,3}(?:\n[ \t]{0,3})?\|?[ \t]{0,3}%/;

function readCell(c: FigureEntity, rowLabel: string, section: string, s: Statement, normalized: string, name: (f: FigureReading) => string): void {
  if (c.figureKind === 'other' && !c.unit && typeof c.value === 'number' && PERCENT_NEXT_CELL.test(normalized.slice(c.end, c.end + 12))) {
    c.figureKind = 'percent';
    c.unit = '%';
    c.value = (/\($/.test(normalized.slice(Math.max(0, c.start - 1), c.start)) ? -1 : 1) * c.value;
    c.reading = 'its next cell is a per cent sign';
    c.name = name(c);
    return;
  }
  // (a row under a head that names sums per share, "Basic" under "Net loss per share:", is per share too, unless its own
  // label names no sums, "Weighted-average shares")
  // "Weighted-average shares used in computing net loss per share": a count of shares, in the statement's scale unless
  // its title excepts shares
  if (SHARE_ROW.test(rowLabel) && ((c.figureKind === 'other' && !c.unit) || c.figureKind === 'count') && typeof c.value === 'number' && Number.isInteger(c.value) && c.value >= 0) {
    const scale = s.sharesScale ?? (s.exceptShares ? 1 : s.scale);
    c.figureKind = 'count';
    c.unit = 'shares';
    c.value = Math.round(c.value * scale);
    c.reading = `a count of shares, its row's label says${scale !== 1 ? ', in the statement\'s scale, ' + JSON.stringify(s.label) : ''}`;
    c.name = name(c);
    return;
  }
  // (under such a head, the cell is written as a sum per share is, with its cents, "0.52", never a whole sum in the
  // statement's scale)
  const perShare = PER_SHARE.test(rowLabel) || (!NOT_SUMS.test(rowLabel) && PER_SHARE.test(section) && /\.\d{2}$/.test(normalized.slice(c.start, c.end)));
  // ("Patients treated": a row that counts people holds no sums either)
  if (!perShare && (NOT_SUMS.test(rowLabel) || PEOPLE_ROW.test(rowLabel))) return;
  if (typeof c.value !== 'number' || c.reading?.startsWith('read in the')) return;
  let written = normalized.slice(c.start, c.end);
  // "506 Operating expenses": a cell's number read with the next row's label as its counted noun
  const across = c.figureKind === 'count' ? NOUN_ACROSS_CELLS.exec(written) : null;
  if (across) { c.end = c.start + across[1].length; c.text = c.text.slice(0, across[1].length); written = across[1]; }
  const bareCell = (c.figureKind === 'other' && !c.unit) || !!across;
  // (a sum written with its sign and no scale, its value the number as written: one the recognizer scaled is left as it is)
  // (a negative written with its sign inside the brackets, "$(4,687)", or before them, is read negative already: the same
  // sum in the statement's scale, its sign kept)
  const unsigned = written.replace(/\)\s*$/, '');
  const signed = c.figureKind === 'money' && c.unit === s.currency && !SCALE_WRITTEN.test(unsigned) && (c.value >= 0 || /\(|^[-\u2212\u2013]/.test(written)) && scaleOf(c.value, unsigned) === 1;
  if (!bareCell && !signed) return;
  const sign = c.value < 0 || negativeCell(normalized, c) ? -1 : 1;
  c.figureKind = 'money';
  c.unit = s.currency!;
  c.value = sign * Math.round(Math.abs(c.value) * (perShare ? 1 : s.scale) * 1e6) / 1e6;
  c.reading = `read in the statement's unit, ${JSON.stringify(s.label)}${perShare ? ' (a sum per share, not scaled)' : ''}`;
  c.name = name(c);
}

/**
 * Key-figure rows: "Umsatz Mio. \u20ac 106,5 102,8 3,6", "Net sales SEK m 45.2 38.1". The row's first cell carries its
 * unit, written before the number; the bare numbers right after it, apart only by spaces, are of the same unit and
 * scale (the columns of other periods), except the last of three or more cells where a header shortly before names a
 * column of changes in per cent ("Ver\u00e4nderung %"): that cell is the change. A minus sign standing apart makes its
 * cell negative. Read in the reading text, so that a rewrapped copy reads the same.
 */
export function applyKeyFigureRows(figures: FigureEntity[], normalized: string, name: (f: FigureReading) => string): void {
  if (!figures.some(f => f.figureKind === 'money')) return;
  for (let k = 0; k + 1 < figures.length; k++) {
    const first = figures[k];
    if (first.figureKind !== 'money' || typeof first.value !== 'number') continue;
    const written = normalized.slice(first.start, first.end);
    const scale = /\d$/.test(written) ? scaleOf(first.value, written) : undefined;
    if (scale === undefined) continue;
    const rest: FigureEntity[] = [];
    let prev = first;
    for (let j = k + 1; j < figures.length; j++) {
      const c = figures[j];
      if (c.figureKind !== 'other' || c.unit || typeof c.value !== 'number' || !ROW_GAP.test(normalized.slice(prev.end, c.start))) break;
      rest.push(c);
      prev = c;
    }
    // the row ends at a line's end or at the next row's label
    if (rest.length === 0 || !/^\s*(?:\*+\s*)?(?:$|\n|\p{L})/u.test(normalized.slice(prev.end, prev.end + 3))) continue;
    const change = rest.length >= 2 && CHANGE_COLUMN.test(normalized.slice(Math.max(0, first.start - 600), first.start));
    rest.forEach((c, i) => {
      const minus = /[\u2013\u2212-][ ]?$/.test(normalized.slice((i ? rest[i - 1] : first).end, c.start)) && (c.value as number) > 0 ? -1 : 1;
      if (change && i === rest.length - 1) {
        Object.assign(c, { figureKind: 'percent', unit: '%', value: minus * (c.value as number), reading: 'the column of changes in per cent its header names' });
      } else {
        Object.assign(c, { figureKind: 'money', unit: first.unit, value: minus * Math.round((c.value as number) * scale * 1e6) / 1e6, reading: `the unit of the row's first cell (${first.unit}${scale !== 1 ? ', scale ' + scale : ''})` });
      }
      c.name = name(c);
    });
    k += rest.length;
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

/** A header cell that is only the name of a column of per cents ("Change %", "% change", "Veränd. %", "%"), a footnote mark after it. */
const PERCENT_HEAD = new RegExp(`^[\\s*]*(?:${wordsPattern([...words.changeColumns, ...words.percentColumns])})[\\s*\u2020\u2021\u00a7\\d]{0,3}$`, 'iu');
/** A cell that holds only a currency sign, a bracket or a per cent sign: a part of its neighbour cell, as statements split them. */
const PART_CELL = /^[\s$\u20ac\u00a3()%]*$/;

/**
 * Columns of per cents in a table: under a header cell that names one ("Change %", "%"), the bare number of each row in the
 * same column is that per cent, never a sum in the table's unit ('| Revenue | 12,500 | 10,000 | 25.0 |' under
 * '| (EUR thousand) | 2030 | 2029 | Change % |': 25.0 is 25 %). Columns are matched from the right, the cells that only
 * hold a sign or a bracket left out, since a row's label and a header's corner may differ in width. Read before the
 * table's unit is applied, so that it never scales them.
 */
export function applyPercentColumns(figures: FigureEntity[], normalized: string, tables: readonly DocTable[], name: (f: FigureReading) => string): void {
  if (tables.length === 0 || figures.length === 0) return;
  const starts = figures.map(f => f.start);
  const inCell = (cell: Span): FigureEntity[] => {
    let lo = 0, hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < cell.start) lo = mid + 1; else hi = mid; }
    const out: FigureEntity[] = [];
    for (let k = lo; k < figures.length && figures[k].start < cell.end; k++) out.push(figures[k]);
    return out;
  };
  const filled = (cells: Span[]) => cells.filter(c => !PART_CELL.test(normalized.slice(c.start, c.end)));
  for (const t of tables) {
    const fromRight = new Set<number>();
    let width = 0;
    for (const h of t.header) {
      const cells = filled(h.cells);
      cells.forEach((c, i) => { if (PERCENT_HEAD.test(normalized.slice(c.start, c.end))) { fromRight.add(cells.length - 1 - i); width = Math.max(width, cells.length); } });
    }
    if (fromRight.size === 0) continue;
    for (const r of t.rows) {
      const cells = filled(r.cells);
      // (a row with fewer cells than the header's is a section's title or misses a cell: its columns are not known)
      if (cells.length < width) continue;
      for (const k of fromRight) {
        const cell = cells[cells.length - 1 - k];
        const text = normalized.slice(cell.start, cell.end);
        const fs = inCell(cell);
        if (fs.length !== 1 || /[$\u20ac\u00a3]/.test(text)) continue;
        const c = fs[0];
        if (c.figureKind !== 'other' || c.unit || typeof c.value !== 'number') continue;
        const negative = c.value > 0 && /^\s*\(/.test(text) && /\)\s*%?\s*$/.test(text);
        Object.assign(c, { figureKind: 'percent', unit: '%', value: negative ? -c.value : c.value, reading: 'the column of per cents its header names' });
        c.name = name(c);
      }
    }
  }
}

/** Each phrase's longest word (a match of the phrase holds it, between two characters that are no letters, or the text's edges). */
const longestWords = (phrases: string[]) => phrases.map(p => p.split(' ').reduce((a, b) => (b.length > a.length ? b : a)));
/** Each phrase's first word. */
const firstWords = (phrases: string[]) => phrases.map(p => p.split(' ')[0]);
/**
 * Conditions of the expressions that find a statement (SCALE_TITLE ... SIGN_APART), one for each, that hold wherever the
 * expression matches anywhere in the text, and that are read paragraph by paragraph (memo's paragraphTest) with the same
 * answer as over the whole text: none matches a blank line or looks further than one character around its match (at a
 * paragraph's edge it then sees no letter, as it would see the line break). Where the expression meets these terms itself
 * it is its own condition; else it is the part of it that no run of spaces (which may hold a blank line) or look-behind
 * over several characters reaches: " in " and the scale after it, the currency sign and the number after it, the first word
 * of a scaled currency ("Mds de dollars").
 */
const STATEMENT_NEEDS: readonly RegExp[] = [
  SCALE_TITLE, ZEROS_TITLE, ZEROS_CELL,
  new RegExp(` in (?:${wordsPattern(Object.keys(words.scales).filter(w => /^[a-z]+$/.test(w)).flatMap(w => [w, w[0].toUpperCase() + w.slice(1)]))})`, 'u'),
  CODE_TITLE,
  new RegExp(`(?:in|In) (?:${wordsPattern(Object.keys(words.scales).filter(w => /^[a-z]+$/.test(w)))})`, 'u'),
  new RegExp(`(?<![\\p{L}\\d$\u20ac\u00a3])(?:(?:${wordsPattern(firstWords(Object.keys(scaledCurrencies)))})|(?:US\\$|\\$|\u20ac|\u00a3|[A-Z]{3}) ?(?:${wordsPattern(Object.keys(words.currencyScales))})|(?:${wordsPattern(Object.keys(words.scalesBefore))}) ?(?:\u20ac|[A-Z]{3}))(?![\\p{L}\\d])`, 'u'),
  /(?:US\$|\$|\u20ac|\u00a3)(?:[ \t]+|[ \t]*\|[ \t]*|[ \t]*\n[ \t]*\|?[ \t]*)\(?\d/,
];
/** The same for SHARE_ROW: a word of one of its phrases, standing alone. */
const SHARE_ROW_NEEDS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(longestWords(words.shareRows))})(?![\\p{L}])`, 'iu');

/**
 * Whether a text holds what titles a statement or sets its scale ("(in thousands)", "$ in Millions", "SEK m", "$000"):
 * the expressions' answer over the whole text, asked first of its paragraphs in the form each match holds (STATEMENT_NEEDS).
 */
export function statementTitled(normalized: string): boolean {
  return STATEMENT_NEEDS.some(r => paragraphTest(normalized, r)) && [SCALE_TITLE, ZEROS_TITLE, ZEROS_CELL, SIGN_SCALE_TITLE, CODE_TITLE, UNBRACKETED_TITLE, CURRENCY_SCALE_CELL, SIGN_APART].some(r => r.test(normalized));
}

/** Whether a text names a count of shares (SHARE_ROW anywhere), asked first of its paragraphs (SHARE_ROW_NEEDS). */
export function namesShareCount(normalized: string): boolean {
  // (the words looked for first, the assertion before them only where they stand: the answer is SHARE_ROW.test's)
  return paragraphTest(normalized, SHARE_ROW_NEEDS) && leadTest(SHARE_ROW, '(?<![\\p{L}])', normalized);
}

/** Between a share-count subject and its number: no sign of a sum nor a per cent, within one sentence. */
const NO_SUM_BETWEEN = /[$\u20ac\u00a3%]|\b(?:USD|EUR|GBP|SEK|DKK|NOK|CHF)\b|[.!?;](?:\s|$)/;

/**
 * Counts of shares in prose: a bare whole number after a subject that names a count of shares in its sentence
 * ("Weighted average shares outstanding for the quarter were 8,400,000 and 8,150,000, respectively") is that count of
 * shares, as a row so labelled is in a statement. Within 200 characters of the subject, with no sum or per cent between.
 */
const SHARE_ROW_ALL = new RegExp(SHARE_ROW.source, 'giu');
/** Whether the last subject naming a count of shares in a stretch stands with no sum, per cent, sentence's end or line break after it. */
function shareRowJustBefore(before: string): boolean {
  let last: RegExpExecArray | null = null;
  SHARE_ROW_ALL.lastIndex = 0;
  for (let m = SHARE_ROW_ALL.exec(before); m; m = SHARE_ROW_ALL.exec(before)) last = m;
  return !(!last || NO_SUM_BETWEEN.test(before.slice(last.index + last[0].length)) || before.slice(last.index + last[0].length).includes('\n'));
}

export function applyShareCounts(figures: FigureEntity[], normalized: string, name: (f: FigureReading) => string): void {
  if (!namesShareCount(normalized)) return;
  for (const c of figures) {
    if (c.figureKind !== 'other' || c.unit || typeof c.value !== 'number' || !Number.isInteger(c.value) || c.value < 1000) continue;
    // (kept by the 200 characters before the figure, all it reads: testMemo's table of pieces)
    if (!readPiece(shareRowJustBefore, normalized.slice(Math.max(0, c.start - 200), c.start))) continue;
    Object.assign(c, { figureKind: 'count', unit: 'shares', reading: 'a count of shares, its sentence\'s subject says' });
    c.name = name(c);
  }
}
