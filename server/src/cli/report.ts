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
  const base: JsonEntity = { kind: e.kind, text: e.text, name: e.name, range: lines.range(e.start, e.end), evidence: e.evidence };
  if (e.kind === 'figure') {
    return prune({
      ...base, figureKind: e.figureKind, value: e.value, unit: e.unit, comparator: e.comparator, reading: e.reading,
      denominator: e.denominator, level: e.level, isTimepoint: e.timepoint, schedule: e.schedule, row: e.table?.row, column: e.table?.column, date: e.iso, role: e.role,
      endpoint: e.binding.endpoint, drug: e.binding.drug, arm: e.binding.arm, timepoint: e.binding.timepoint, subgroup: e.binding.subgroup, n: e.binding.n,
    });
  }
  return prune({ ...base, ...e.facts });
}

function prune<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}
