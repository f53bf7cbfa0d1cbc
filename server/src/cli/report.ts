/** The public JSON shape of a scan (version 1), built from the core's model. Positions are LSP positions. */
import type { DocumentModel, Entity, Finding } from '../analysis/model';
import { LineIndex, Range } from '../analysis/text';

export interface JsonEntity {
  kind: string;
  text: string;
  name: string;
  range: Range;
  [field: string]: unknown;
}

export interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  range: Range;
  related: { range: Range; message: string }[];
}

export interface FileReport { path: string; entities: JsonEntity[]; diagnostics: JsonDiagnostic[] }
export interface ScanReport { version: 1; files: FileReport[] }

export function fileReport(path: string, model: DocumentModel, findings: Finding[]): FileReport {
  const lines = new LineIndex(model.text);
  return {
    path,
    entities: model.entities.map(e => jsonEntity(e, lines)),
    diagnostics: findings.map(f => ({
      code: f.code, severity: f.severity, message: f.message, range: lines.range(f.start, f.end),
      related: f.related.map(r => ({ range: lines.range(r.start, r.end), message: r.message })),
    })),
  };
}

function jsonEntity(e: Entity, lines: LineIndex): JsonEntity {
  const out: JsonEntity = { kind: e.kind, text: e.text, name: e.name, range: lines.range(e.start, e.end) };
  // fields are added only when defined (never added, then deleted: an object that loses fields turns slow, and a report may hold 100,000s)
  const put = (k: string, v: unknown) => { if (v !== undefined) out[k] = v; };
  put('evidence', e.evidence);
  if (e.kind === 'figure') {
    put('figureKind', e.figureKind); put('value', e.value); put('unit', e.unit); put('comparator', e.comparator); put('reading', e.reading);
    put('denominator', e.denominator); put('level', e.level); put('isTimepoint', e.timepoint); put('schedule', e.schedule); put('row', e.table?.row); put('column', e.table?.column);
    put('date', e.iso); put('role', e.role);
    put('endpoint', e.binding.endpoint); put('drug', e.binding.drug); put('arm', e.binding.arm); put('timepoint', e.binding.timepoint); put('subgroup', e.binding.subgroup); put('n', e.binding.n); put('measure', e.binding.measure);
    return out;
  }
  for (const [k, v] of Object.entries(e.facts)) put(k, v);
  return out;
}
