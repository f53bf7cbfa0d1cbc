/**
 * textDocument/documentSymbol: an outline of three levels. Entity kinds are groups (adverse-event
 * terms apart from the endpoints); each entity
 * (one per name) sits in its group; each figure sits under what the document binds it to: the
 * drug (binding.drug), else the endpoint (binding.endpoint), else the "Figures" group.
 *
 * Ranges are what breadcrumbs and "follow cursor" need: an entity's range runs from the earlier of
 * its first mention and its first figure to the later of its last mention and its last figure, a
 * group's range spans its children, and every selectionRange lies in its range (VS Code rejects a
 * symbol otherwise). Entities of one group may overlap; a cursor on a figure resolves to
 * group › entity › figure.
 */
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { DocumentModel, Entity, EntityKind, FigureEntity } from '../analysis/model';
import type { LineIndex } from '../analysis/text';
import { resultLine } from './hover';

const GROUPS: { kind: EntityKind; label: string; symbol: SymbolKind; adverseEvents?: boolean }[] = [
  { kind: 'drug', label: 'Drugs', symbol: SymbolKind.Class },
  { kind: 'target', label: 'Targets', symbol: SymbolKind.Interface },
  { kind: 'endpoint', label: 'Endpoints', symbol: SymbolKind.Field },
  // adverse-event terms ("adverse events", "CRS") are read as endpoints are, but listed apart
  { kind: 'endpoint', label: 'Adverse events', symbol: SymbolKind.Field, adverseEvents: true },
  { kind: 'indication', label: 'Indications', symbol: SymbolKind.Enum },
  { kind: 'trial', label: 'Trials', symbol: SymbolKind.Event },
  { kind: 'company', label: 'Companies', symbol: SymbolKind.Module },
  { kind: 'figure', label: 'Figures', symbol: SymbolKind.Number },
];

interface Span { start: number; end: number }
/** A symbol before its offsets become LSP ranges. */
interface Node { name: string; detail: string; kind: SymbolKind; range: Span; selection: Span; children: Node[] }

export function findDocumentSymbols(model: DocumentModel, lines: LineIndex): DocumentSymbol[] {
  // entities by kind and name, in order of first mention
  const byKey = new Map<string, Entity[]>();
  for (const e of model.entities) {
    if (e.kind === 'figure') continue;
    const key = `${e.kind}:${e.name}`;
    const l = byKey.get(key);
    if (l) l.push(e); else byKey.set(key, [e]);
  }
  // each figure to its owner: the drug, else the endpoint, else nothing
  const figuresOf = new Map<string, FigureEntity[]>();
  const unbound: FigureEntity[] = [];
  for (const e of model.entities) {
    if (e.kind !== 'figure') continue;
    const owner = [e.binding.drug && `drug:${e.binding.drug}`, e.binding.endpoint && `endpoint:${e.binding.endpoint}`].find(k => k && byKey.has(k));
    if (owner) {
      const l = figuresOf.get(owner);
      if (l) l.push(e); else figuresOf.set(owner, [e]);
    } else unbound.push(e);
  }

  const out: DocumentSymbol[] = [];
  for (const g of GROUPS) {
    const children: Node[] = [];
    if (g.kind === 'figure') {
      for (const f of unbound) children.push(figureNode(f, 'none'));
    } else {
      for (const [key, mentions] of byKey) {
        const m = mentions[0];
        if (m.kind !== g.kind || (m.kind === 'endpoint' && !!m.facts.adverseEvent !== !!g.adverseEvents)) continue;
        const figures = (figuresOf.get(key) ?? []).map(f => figureNode(f, g.kind === 'drug' ? 'drug' : 'endpoint'));
        const spans = [...mentions, ...figures.map(f => f.range)];
        children.push(node(mentions[0].name, `${mentions.length}\u00d7`, g.symbol, cover(spans), mentions[0], figures));
      }
    }
    if (children.length === 0) continue;
    out.push(toSymbol(node(g.label, String(children.length), SymbolKind.Namespace, cover(children.map(c => c.range)), children[0].selection, children), lines));
  }
  return out;
}

/** A figure, named as hover writes results; its detail is the text as written where that reads differently ("37,5 percent"), else its kind ("dose"). */
function figureNode(f: FigureEntity, under: 'drug' | 'endpoint' | 'none'): Node {
  const written = f.text.replace(/\s+/g, ' ');
  const differs = written.replace(/\u03bc/g, '\u00b5') !== f.name;
  return node(resultLine(f, under) || written, differs ? written : f.figureKind, SymbolKind.Number, f, f, []);
}

/** A node whose range holds its selection, whatever the caller computed. */
function node(name: string, detail: string, kind: SymbolKind, range: Span, selection: Span, children: Node[]): Node {
  return { name: name || '?', detail, kind, range: cover([range, selection]), selection: { start: selection.start, end: selection.end }, children };
}

function cover(spans: Span[]): Span {
  let start = Infinity, end = -Infinity;
  for (const s of spans) { if (s.start < start) start = s.start; if (s.end > end) end = s.end; }
  return { start, end };
}

function toSymbol(n: Node, lines: LineIndex): DocumentSymbol {
  const s: DocumentSymbol = { name: n.name, detail: n.detail, kind: n.kind, range: lines.range(n.range.start, n.range.end), selectionRange: lines.range(n.selection.start, n.selection.end) };
  if (n.children.length) s.children = n.children.map(c => toSymbol(c, lines));
  return s;
}
