/**
 * textDocument/documentSymbol: an outline of three levels. Entity kinds are groups (adverse-event
 * terms apart from the endpoints); each entity
 * (one per name) sits in its group; each figure sits under what the document binds it to: the
 * drug (binding.drug), else the endpoint (binding.endpoint), else the "Figures" group. Under a
 * drug whose figures are about two or more populations (arms, dose groups, subgroups), the
 * figures are grouped by population first.
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
        const own = figuresOf.get(key) ?? [];
        const figures = g.kind === 'drug' ? byPopulation(own) : own.map(f => figureNode(f, 'endpoint'));
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

/** The population a figure is about: its subgroup, else its arm. */
function populationOf(f: FigureEntity): string | undefined {
  return f.binding.subgroup ?? f.binding.arm;
}

/** A label as the outline compares it: single spaces, one micro sign (Greek mu and U+00B5 alike). */
const spaced = (s: string) => s.replace(/\s+/g, ' ').replace(/\u03bc/g, '\u00b5');

/**
 * A drug's figures, grouped by the population they are about when the document reports on more
 * than one (arms, dose groups, subgroups): one node each, named by the population with its n when
 * a figure states it, in order of first figure; figures of no stated population stay under the
 * drug itself. With one population or none, the figures sit under the drug directly.
 */
function byPopulation(figures: FigureEntity[]): Node[] {
  const groups = new Map<string, FigureEntity[]>();
  for (const f of figures) {
    const p = populationOf(f);
    if (p === undefined) continue;
    const l = groups.get(spaced(p));
    if (l) l.push(f); else groups.set(spaced(p), [f]);
  }
  if (groups.size < 2) return figures.map(f => figureNode(f, 'drug'));
  // a dose that names a dose group is that group's ("900 mg" heads the 900 mg group's figures)
  const of = new Map<FigureEntity, string>();
  for (const f of figures) {
    const p = populationOf(f);
    if (p !== undefined) of.set(f, spaced(p));
    else if (f.figureKind === 'dose' && groups.has(spaced(f.text))) { of.set(f, spaced(f.text)); groups.get(spaced(f.text))!.push(f); }
  }
  for (const l of groups.values()) l.sort((a, b) => a.start - b.start);
  const out: Node[] = [];
  const placed = new Set<string>();
  for (const f of figures) {
    const p = of.get(f);
    if (p === undefined) { out.push(figureNode(f, 'drug')); continue; }
    if (placed.has(p)) continue;
    placed.add(p);
    const members = groups.get(p) as FigureEntity[];
    // its size: a bound n, else a count written "n = 25" among its figures
    const n = members.find(x => x.binding.n !== undefined)?.binding.n
      ?? members.find(x => x.figureKind === 'count' && typeof x.value === 'number' && /^[([]?\s?[nN]\s?=/.test(x.text))?.value;
    const children = members.map(x => figureNode(x, 'drug'));
    out.push(node(p, n !== undefined ? `n = ${n}` : `${members.length} figure${members.length === 1 ? '' : 's'}`, SymbolKind.Object, cover(children.map(c => c.range)), members[0], children));
  }
  return out;
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
