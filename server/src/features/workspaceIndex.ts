/**
 * The workspace index: the named entities of every document in the workspace, opened or not, kept
 * small (kind, name, range), for workspace symbols and references. Filled in the background when a
 * folder opens and updated when files change.
 */
import { Location, SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import type { DocumentModel, EntityKind } from '../analysis/model';
import type { LineIndex } from '../analysis/text';

export interface IndexedMention { kind: EntityKind; name: string; text: string; location: Location }

/**
 * One mention as the background indexer sends it across threads: kind, name, text as written, and
 * its range (start line, start character, end line, end character). Plain arrays, cheap to clone.
 */
export type CompactMention = [EntityKind, string, string, number, number, number, number];

/** The named entities of an analysis (figures are not indexed), in the compact form. */
export function compactMentions(model: DocumentModel, lines: LineIndex): CompactMention[] {
  const out: CompactMention[] = [];
  for (const e of model.entities) {
    if (e.kind === 'figure') continue;
    const r = lines.range(e.start, e.end);
    out.push([e.kind, e.name, e.text, r.start.line, r.start.character, r.end.line, r.end.character]);
  }
  return out;
}

const SYMBOL_KIND: Record<EntityKind, SymbolKind> = {
  drug: SymbolKind.Class, target: SymbolKind.Interface, endpoint: SymbolKind.Field, indication: SymbolKind.Enum,
  trial: SymbolKind.Event, company: SymbolKind.Module, figure: SymbolKind.Number,
};

export class WorkspaceIndex {
  private readonly byUri = new Map<string, IndexedMention[]>();

  get size(): number { return this.byUri.size; }

  has(uri: string): boolean { return this.byUri.has(uri); }

  set(uri: string, model: DocumentModel, lines: LineIndex): void {
    this.setCompact(uri, compactMentions(model, lines));
  }

  /** A document's mentions as a background indexer found them. */
  setCompact(uri: string, mentions: readonly CompactMention[]): void {
    this.byUri.set(uri, mentions.map(([kind, name, text, sl, sc, el, ec]) => ({ kind, name, text, location: { uri, range: { start: { line: sl, character: sc }, end: { line: el, character: ec } } } })));
  }

  delete(uri: string): void { this.byUri.delete(uri); }

  /** Keeps only the documents `keep` says yes to (after a re-index, files now excluded or gone leave). */
  retain(keep: (uri: string) => boolean): void {
    for (const uri of [...this.byUri.keys()]) if (!keep(uri)) this.byUri.delete(uri);
  }

  /** Every indexed mention, for the Entities view and the workspace export. */
  all(): IndexedMention[] { return [...this.byUri.values()].flat(); }

  /** Workspace symbols: one per entity and document, at its first mention there, for names containing the query's characters in order. */
  symbols(query: string, limit = 500): SymbolInformation[] {
    const q = query.toLowerCase().replace(/[\s-]/g, '');
    const out: SymbolInformation[] = [];
    for (const mentions of this.byUri.values()) {
      const seen = new Set<string>();
      for (const m of mentions) {
        const key = `${m.kind}:${m.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (q && !fuzzy(m.name.toLowerCase().replace(/[\s-]/g, ''), q)) continue;
        out.push({ name: m.name, kind: SYMBOL_KIND[m.kind], location: m.location, containerName: m.kind });
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  /** Every mention of an entity in the indexed documents, except those in `skip` (documents answered from their open copy). */
  references(kind: EntityKind, name: string, skip: Set<string>): Location[] {
    const out: Location[] = [];
    for (const [uri, mentions] of this.byUri) {
      if (skip.has(uri)) continue;
      for (const m of mentions) if (m.kind === kind && m.name === name) out.push(m.location);
    }
    return out;
  }
}

/** The query's characters appear in the name in order ("zlbt" finds zelbotamab), as VS Code's own symbol search does. */
function fuzzy(name: string, q: string): boolean {
  let i = 0;
  for (const c of name) if (c === q[i]) i++;
  return i === q.length;
}
