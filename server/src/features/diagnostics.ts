/** Findings become LSP diagnostics: ranges converted once here, related figures as relatedInformation. */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Finding, Severity } from '../analysis/model';
import type { LineIndex } from '../analysis/text';

export const DIAGNOSTIC_SOURCE = 'biotech-annotator';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

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
    if (f.related.length) d.relatedInformation = f.related.map(r => ({ location: { uri, range: lines.range(r.start, r.end) }, message: r.message }));
    return d;
  });
}
