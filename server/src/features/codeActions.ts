/** textDocument/codeAction: the quick fixes a finding carries, for the diagnostics in the requested range. */
import { CodeAction, CodeActionKind, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { Finding } from '../analysis/model';
import type { LineIndex } from '../analysis/text';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

export function findCodeActions(findings: Finding[], diagnostics: Diagnostic[], lines: LineIndex, uri: string, languageId = 'plaintext'): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    const f = matchFinding(findings, d, lines);
    if (!f) continue;
    out.push(suppression(f, d, lines, uri, languageId));
    f.fixes.forEach((fix, i) => {
      out.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: i === 0,
        edit: { changes: { [uri]: fix.edits.map(e => TextEdit.replace(lines.range(e.start, e.end), e.newText)) } },
      });
    });
  }
  return out;
}

/** "Silence this check on this line": a directive on its own line above, as a comment in Markdown, in brackets in plain text. */
function suppression(f: Finding, d: Diagnostic, lines: LineIndex, uri: string, languageId: string): CodeAction {
  const line = lines.positionAt(f.start).line;
  const directive = languageId === 'markdown' ? `<!-- biotech-disable-next-line ${f.code} -->` : `[biotech-disable-next-line ${f.code}]`;
  return {
    title: `Silence ${f.code} on this line`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    edit: { changes: { [uri]: [TextEdit.insert({ line, character: 0 }, directive + '\n')] } },
  };
}

/** The finding a client-sent diagnostic stands for: matched by code and range, never trusted by index alone. */
function matchFinding(findings: Finding[], d: Diagnostic, lines: LineIndex): Finding | undefined {
  const start = lines.offsetAt(d.range.start);
  const end = lines.offsetAt(d.range.end);
  return findings.find(f => f.code === d.code && f.start === start && f.end === end);
}
