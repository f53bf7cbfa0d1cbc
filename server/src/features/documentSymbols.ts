/** textDocument/documentSymbol: an outline grouped by entity kind, each entity a child at its first mention, its figures below. */
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { DocumentModel, Entity, EntityKind, FigureEntity } from '../analysis/model';
import type { LineIndex } from '../analysis/text';

const GROUPS: { kind: EntityKind; label: string; symbol: SymbolKind }[] = [
  { kind: 'drug', label: 'Drugs', symbol: SymbolKind.Class },
  { kind: 'target', label: 'Targets', symbol: SymbolKind.Interface },
  { kind: 'endpoint', label: 'Endpoints', symbol: SymbolKind.Field },
  { kind: 'indication', label: 'Indications', symbol: SymbolKind.Enum },
  { kind: 'trial', label: 'Trials', symbol: SymbolKind.Event },
  { kind: 'company', label: 'Companies', symbol: SymbolKind.Module },
  { kind: 'figure', label: 'Figures', symbol: SymbolKind.Number },
];

export function findDocumentSymbols(model: DocumentModel, lines: LineIndex): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const g of GROUPS) {
    const ofKind = model.entities.filter(e => e.kind === g.kind);
    if (ofKind.length === 0) continue;
    const children: DocumentSymbol[] = [];
    if (g.kind === 'figure') {
      for (const f of ofKind as FigureEntity[]) children.push(sym(f.text.replace(/\s+/g, ' '), figureDetail(f), g.symbol, f.start, f.end, f.start, f.end, lines));
    } else {
      const byName = new Map<string, Entity[]>();
      for (const e of ofKind) { const l = byName.get(e.name); if (l) l.push(e); else byName.set(e.name, [e]); }
      for (const [name, mentions] of byName) {
        const first = mentions[0];
        children.push(sym(name, `${mentions.length}\u00d7`, g.symbol, first.start, first.end, first.start, first.end, lines));
      }
    }
    const start = Math.min(...children.map(c => lines.offsetAt(c.range.start)));
    const end = Math.max(...children.map(c => lines.offsetAt(c.range.end)));
    const group = sym(g.label, `${children.length}`, SymbolKind.Namespace, start, end, start, ofKind[0].end, lines);
    group.children = children;
    out.push(group);
  }
  return out;
}

function figureDetail(f: FigureEntity): string {
  return [f.figureKind, f.binding.endpoint, f.binding.drug, f.binding.arm].filter(Boolean).join(' \u00b7 ');
}

function sym(name: string, detail: string, kind: SymbolKind, start: number, end: number, selStart: number, selEnd: number, lines: LineIndex): DocumentSymbol {
  return { name: name || '?', detail, kind, range: lines.range(start, end), selectionRange: lines.range(selStart, Math.min(selEnd, end)) };
}
