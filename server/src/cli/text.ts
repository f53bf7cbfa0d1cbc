/**
 * The human-readable report: per document, entities grouped by kind, then findings as
 * path:line:col  severity  message  [code], then a summary line. `quiet`: the finding lines only.
 */
import type { FileReport, JsonDiagnostic } from './report';

const KIND_ORDER = ['drug', 'target', 'endpoint', 'indication', 'trial', 'company', 'figure'];
const KIND_LABEL: Record<string, string> = { drug: 'Drugs', target: 'Targets', endpoint: 'Endpoints', indication: 'Indications', trial: 'Trials', company: 'Companies', figure: 'Figures' };

export interface TextOptions {
  /** Only the finding lines: no entities, no headings, no summary. */
  quiet?: boolean;
}

export function formatText(files: FileReport[], options: TextOptions = {}): string {
  if (options.quiet) {
    const lines = files.flatMap(f => f.diagnostics.map(d => findingLine(f.path, d)));
    return lines.length ? lines.join('\n') + '\n' : '';
  }
  const out: string[] = [];
  let errors = 0, warnings = 0, infos = 0;
  for (const f of files) {
    out.push(f.path);
    for (const kind of KIND_ORDER) {
      const list = f.entities.filter(e => e.kind === kind);
      if (list.length === 0) continue;
      if (kind === 'figure') {
        out.push(`  ${KIND_LABEL[kind]} (${list.length}):`);
        for (const e of list) {
          const value = Array.isArray(e.value) ? `${e.value[0]}\u2013${e.value[1]}` : String(e.value);
          const binding = ['endpoint', 'measure', 'drug', 'arm', 'subgroup', 'timepoint'].map(k => e[k]).filter(Boolean).join(' \u00b7 ');
          out.push(`    ${String(e.range.start.line + 1).padStart(4)}  ${oneLine(e.text).padEnd(24)} ${String(e.figureKind).padEnd(8)} ${e.comparator ? e.comparator + ' ' : ''}${value}${e.denominator !== undefined ? ' of ' + e.denominator : ''}${e.unit ? ' ' + e.unit : ''}${binding ? '   [' + binding + ']' : ''}`);
        }
        continue;
      }
      const byName = new Map<string, { count: number; spellings: Set<string> }>();
      for (const e of list) {
        const v = byName.get(e.name) ?? { count: 0, spellings: new Set<string>() };
        v.count++;
        v.spellings.add(oneLine(e.text));
        byName.set(e.name, v);
      }
      const items = [...byName].map(([name, v]) => {
        const others = [...v.spellings].filter(s => s !== name);
        return `${name} \u00d7${v.count}${others.length ? ' (' + others.slice(0, 4).join(', ') + ')' : ''}`;
      });
      out.push(`  ${KIND_LABEL[kind]} (${byName.size}): ${items.join('; ')}`);
    }
    if (f.diagnostics.length === 0) out.push('  No findings.');
    out.push('');
  }
  const findingLines: string[] = [];
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.severity === 'error') errors++; else if (d.severity === 'warning') warnings++; else infos++;
      findingLines.push(findingLine(f.path, d));
    }
  }
  if (findingLines.length) { out.push('Findings:'); for (const l of findingLines) out.push(l); out.push(''); }
  const entities = files.reduce((n, f) => n + f.entities.length, 0);
  out.push(`${files.length} document${files.length === 1 ? '' : 's'}, ${entities} entit${entities === 1 ? 'y' : 'ies'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} other finding${infos === 1 ? '' : 's'}.`);
  return out.join('\n') + '\n';
}

function findingLine(path: string, d: JsonDiagnostic): string {
  return `${path}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${d.severity}  ${d.message}  [${d.code}]`;
}

function oneLine(s: string): string { return s.replace(/\s+/g, ' '); }
