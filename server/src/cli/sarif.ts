/**
 * SARIF 2.1.0 output: one run, the checks as rules (id = code, with help text), one result per
 * finding; paths that could not be read, if any, as the invocation's tool execution notifications.
 */
import { CHECKS } from '../analysis/checks';
import type { FileReport } from './report';

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(files: FileReport[], version: string, inputErrors: readonly string[] = []): string {
  const rules = CHECKS.map(c => ({
    id: c.code,
    name: c.code.replace(/(^|-)([a-z])/g, (_m, _d, ch: string) => ch.toUpperCase()),
    shortDescription: { text: c.description },
    fullDescription: { text: c.description },
    help: { text: `${c.description} Silence it with <!-- biotech-disable ${c.code} --> in the document, --disable ${c.code} on the command line, or the biotechAnnotator.severity setting.` },
    defaultConfiguration: { level: LEVEL[c.defaultSeverity] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap(f => f.diagnostics.map(d => ({
    ruleId: d.code,
    ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
    level: LEVEL[d.severity] ?? 'note',
    message: { text: d.message },
    locations: [location(f.path, d.range)],
    ...(d.related.length ? { relatedLocations: d.related.map((r, i) => ({ id: i, ...location(f.path, r.range), message: { text: r.message } })) } : {}),
  })));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'biotech-annotator', version, informationUri: 'https://github.com/biotech-annotator/biotech-annotator', rules } },
      results,
      ...(inputErrors.length ? { invocations: [{ executionSuccessful: false, toolExecutionNotifications: inputErrors.map(text => ({ level: 'error', message: { text } })) }] } : {}),
      columnKind: 'utf16CodeUnits',
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function location(path: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }) {
  return {
    physicalLocation: {
      artifactLocation: { uri: path.split('\\').join('/').split('/').map(encodeURIComponent).join('/') },
      region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
    },
  };
}
