/** Findings become LSP diagnostics: ranges converted once here, related figures as relatedInformation, the check's docs page as codeDescription. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import { CHECKS } from '../analysis/checks';
import { checkDocsUrl } from '../analysis/checks/check';
import type { Finding, Severity } from '../analysis/model';
import type { LineIndex } from '../analysis/text';

export const DIAGNOSTIC_SOURCE = 'biotech-annotator';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

/** The codes with a docs page: every check's (not 'internal-error'). */
const DOCUMENTED = new Set(CHECKS.map(c => c.code));

export function toDiagnostics(findings: Finding[], lines: LineIndex, uri: string): Diagnostic[] {
  return findings.map((f, index) => {
    const d: Diagnostic = {
      range: lines.range(f.start, f.end),
      severity: SEVERITY[f.severity],
      code: f.code,
      source: DIAGNOSTIC_SOURCE,
      message: f.message,
      data: { index },
    };
    if (DOCUMENTED.has(f.code)) d.codeDescription = { href: checkDocsUrl(f.code) };
    if (f.related.length) d.relatedInformation = f.related.map(r => ({ location: { uri, range: lines.range(r.start, r.end) }, message: r.message }));
    return d;
  });
}
