/**
 * Suppression comments. In Markdown and plain text alike:
 *
 *   <!-- biotech-disable [code, ...] -->            the whole document (all checks when no code is given)
 *   <!-- biotech-disable-line [code, ...] -->       the line the comment is on
 *   <!-- biotech-disable-next-line [code, ...] -->  the line after the comment
 *
 * Plain-text documents, which have no comment syntax, may write the same directives in square
 * brackets: [biotech-disable code], [biotech-disable-line code], [biotech-disable-next-line code].
 */
import type { Finding } from '../model';
import { LineIndex } from '../text';

const DIRECTIVE = /(?:<!--|\[)[ \t]*biotech-disable(-line|-next-line)?((?:[ \t,]+[a-z0-9-]+)*)[ \t]*(?:-->|\])/g;

interface Directive { scope: 'file' | 'line'; line: number; codes: Set<string> | 'all' }

export function parseSuppressions(text: string, lines = new LineIndex(text)): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('biotech-disable')) return out;
  DIRECTIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE.exec(text)) !== null) {
    const codes = m[2].split(/[\s,]+/).filter(Boolean);
    const line = lines.positionAt(m.index).line;
    out.push({
      scope: m[1] ? 'line' : 'file',
      line: m[1] === '-next-line' ? line + 1 : line,
      codes: codes.length === 0 ? 'all' : new Set(codes),
    });
  }
  return out;
}

export function applySuppressions(text: string, findings: Finding[]): Finding[] {
  if (!text.includes('biotech-disable')) return findings;
  const lines = new LineIndex(text);
  const directives = parseSuppressions(text, lines);
  if (directives.length === 0) return findings;
  return findings.filter(f => {
    const line = lines.positionAt(f.start).line;
    return !directives.some(d => (d.codes === 'all' || d.codes.has(f.code)) && (d.scope === 'file' || d.line === line));
  });
}

