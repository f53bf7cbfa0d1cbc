/**
 * Hard-wrapping a document as an editor's rewrap command does (fill-paragraph, Rewrap): prose
 * lines longer than the width are broken at spaces; tables, headings, code and the like are left
 * alone, and no break is made where the new line would start a list item, a quote, a heading or a
 * code fence, since that would change the document's structure rather than its layout. Each break
 * replaces one space with one line feed, so offsets into the copy are offsets into the original.
 */
import MarkdownIt = require('markdown-it');
import { hasGluedCell, plainTableLines, rowCells, TextFormat } from '../server/src/analysis/structure';
import { normalizeText } from '../server/src/analysis/text';

interface Line { start: number; end: number }

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (;;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    out.push({ start: at, end: end > at && text[end - 1] === '\r' ? end - 1 : end });
    if (nl < 0) break;
    at = nl + 1;
  }
  return out;
}

/** Words a wrapped line must not start with: they would open a block (list, quote, heading, fence, HTML, table). */
const OPENS_BLOCK = /^(?:[-*+\u2022\u00b7>#|=`~<[]|\d{1,9}[.)]|\(\d{1,3}\)|\(?[a-z][.)](?=\s|$)|[ivx]{1,4}[.)](?=\s|$))/;

function wrappableLines(text: string, format: TextFormat, lines: Line[]): boolean[] {
  const ok = new Array<boolean>(lines.length).fill(false);
  if (format === 'plaintext') {
    // table rows, and lines with cells glued together as flattened tables write them, are not prose to rewrap
    const normalized = normalizeText(text);
    const table = plainTableLines(normalized, lines);
    for (let i = 0; i < lines.length; i++) ok[i] = !table[i] && !hasGluedCell(normalized, lines[i]);
    return ok;
  }
  const md = new MarkdownIt('default', { html: true });
  const tokens: { type: string; map: [number, number] | null }[] = [];
  md.block.parse(text.replace(/\r/g, ' '), md, {}, tokens as never);
  for (const t of tokens) {
    if (t.type !== 'paragraph_open' || !t.map) continue;
    // a paragraph of pipe rows GFM does not take as a table is a table to the structure reader: no prose to rewrap
    let pipeRows = 0;
    for (let i = t.map[0]; i < t.map[1] && i < lines.length; i++) if (rowCells(text, lines[i])?.by === 'pipes') pipeRows++;
    if (pipeRows >= 2) continue;
    for (let i = t.map[0]; i < t.map[1]; i++) ok[i] = true;
  }
  return ok;
}

export function rewrap(text: string, width: number, format: TextFormat): string {
  const lines = linesOf(text);
  const wrappable = wrappableLines(text, format, lines);
  // block openers are judged on the normalised text (an en dash opens a list item as a hyphen does)
  const normalized = normalizeText(text);
  const chars = text.split('');
  lines.forEach((line, i) => {
    if (!wrappable[i] || line.end - line.start <= width) return;
    let lineStart = line.start;
    let lastBreak = -1;
    for (let j = line.start; j < line.end; j++) {
      // a single space between two words, the next of which would not open a block
      if (text[j] === ' ' && j > lineStart && text[j - 1] !== ' ' && text[j + 1] !== ' ' && j + 1 < line.end
        && !OPENS_BLOCK.test(normalized.slice(j + 1, Math.min(line.end, j + 8)))) {
        if (j - lineStart > width && lastBreak > lineStart) {
          chars[lastBreak] = '\n';
          lineStart = lastBreak + 1;
        }
        lastBreak = j;
      }
    }
    if (line.end - lineStart > width && lastBreak > lineStart) chars[lastBreak] = '\n';
  });
  return chars.join('');
}
