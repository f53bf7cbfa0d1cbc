/**
 * The workspace index: the named entities of every document in the workspace, opened or not, kept
 * small (kind, name, range; packed, see PackedMentions), for workspace symbols and references. Filled in the background when a
 * folder opens and updated when files change.
 */
import { Location, SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import { ENTITY_KINDS, type DocumentModel, type EntityKind } from '../analysis/model';
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

/**
 * One document's mentions, packed: a kind number, four numbers of range (start line and character,
 * end line and character) and the name and written text of each, the names and texts copied once
 * per document (a mention repeats its entity's name, and a string sliced from the document would
 * keep the whole file's text alive). Objects are made only when a request asks for them.
 */
interface PackedMentions {
  kinds: Uint8Array;
  ranges: Uint32Array;
  names: string[];
  texts: string[];
}

/** An open document's analysis, not packed yet (see WorkspaceIndex.byUri). */
interface Unpacked { model: DocumentModel; lines: LineIndex }
/** An open document being analysed again (see WorkspaceIndex.markStale). */
const STALE = 'stale' as const;

const KINDS = ENTITY_KINDS;
const KIND_NUMBER = new Map(KINDS.map((k, i) => [k, i]));

/** A string that shares no storage with the text it was sliced from (short strings are copies already). */
function own(s: string): string {
  return s.length < 13 ? s : JSON.parse(JSON.stringify(s)) as string;
}

export class WorkspaceIndex {
  /**
   * Each document's packed mentions, or, for an open document, its latest analysis, packed only
   * when a query first reads it: an open document is analysed after every edit, and workspace
   * symbols and references are asked for far more rarely (references answer an open document from
   * its own analysis, not from here). That model and line index are the ones the server keeps for
   * the document anyway, so holding them costs nothing, and packing them later gives exactly what
   * packing them at once would (a model is not changed after its analysis). One map, so documents
   * keep the order they were first indexed in, packed or not.
   */
  private readonly byUri = new Map<string, PackedMentions | Unpacked | typeof STALE>();

  get size(): number { return this.byUri.size; }

  has(uri: string): boolean { return this.byUri.has(uri); }

  set(uri: string, model: DocumentModel, lines: LineIndex): void {
    this.setCompact(uri, compactMentions(model, lines));
  }

  /** An open document's analysis, packed when a query first needs it. */
  setLazy(uri: string, model: DocumentModel, lines: LineIndex): void {
    this.byUri.set(uri, { model, lines });
  }

  /**
   * An open document is being analysed again: its previous analysis, if not packed yet, is let go
   * (a large document's model would otherwise stay alive beside the one being built), and the
   * document keeps its place and its count with no mentions until setLazy gives the new one.
   * Queries bring the open documents up to date before they read the index.
   */
  markStale(uri: string): void {
    const entry = this.byUri.get(uri);
    if (entry !== undefined && entry !== STALE && !('kinds' in entry)) this.byUri.set(uri, STALE);
  }

  /** A document's mentions as a background indexer found them (or `set` read them from an analysis), packed. */
  setCompact(uri: string, mentions: readonly CompactMention[]): void {
    const n = mentions.length;
    const packed: PackedMentions = { kinds: new Uint8Array(n), ranges: new Uint32Array(n * 4), names: new Array(n), texts: new Array(n) };
    const copies = new Map<string, string>();
    const copy = (s: string) => { let c = copies.get(s); if (c === undefined) { c = own(s); copies.set(c, c); } return c; };
    mentions.forEach(([kind, name, text, sl, sc, el, ec], i) => {
      packed.kinds[i] = KIND_NUMBER.get(kind)!;
      packed.ranges.set([sl, sc, el, ec], i * 4);
      packed.names[i] = copy(name);
      packed.texts[i] = copy(text);
    });
    this.byUri.set(uri, packed);
  }

  delete(uri: string): void { this.byUri.delete(uri); }

  /** Keeps only the documents `keep` says yes to (after a re-index, files now excluded or gone leave). */
  retain(keep: (uri: string) => boolean): void {
    for (const uri of [...this.byUri.keys()]) if (!keep(uri)) this.byUri.delete(uri);
  }

  /** Every document's packed mentions in index order, packing what was set lazily as it comes; `skip` documents are neither packed nor given. */
  private *documents(skip?: Set<string>): Iterable<[string, PackedMentions]> {
    for (const [uri, entry] of this.byUri) {
      if (skip?.has(uri) || entry === STALE) continue;
      if ('kinds' in entry) { yield [uri, entry]; continue; }
      this.setCompact(uri, compactMentions(entry.model, entry.lines));
      yield [uri, this.byUri.get(uri) as PackedMentions];
    }
  }

  /** Every indexed mention, for the Entities view and the workspace export. */
  all(): IndexedMention[] {
    const out: IndexedMention[] = [];
    for (const [uri, p] of this.documents()) for (let i = 0; i < p.kinds.length; i++) out.push({ kind: KINDS[p.kinds[i]], name: p.names[i], text: p.texts[i], location: locationOf(uri, p, i) });
    return out;
  }

  /** Workspace symbols: one per entity and document, at its first mention there, for names containing the query's characters in order. */
  symbols(query: string, limit = 500): SymbolInformation[] {
    const q = query.toLowerCase().replace(/[\s-]/g, '');
    const out: SymbolInformation[] = [];
    for (const [uri, p] of this.documents()) {
      const seen = new Set<string>();
      for (let i = 0; i < p.kinds.length; i++) {
        const kind = KINDS[p.kinds[i]], name = p.names[i];
        const key = `${kind}:${name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (q && !fuzzy(name.toLowerCase().replace(/[\s-]/g, ''), q)) continue;
        out.push({ name, kind: SYMBOL_KIND[kind], location: locationOf(uri, p, i), containerName: kind });
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  /** Every mention of an entity in the indexed documents, except those in `skip` (documents answered from their open copy). */
  references(kind: EntityKind, name: string, skip: Set<string>): Location[] {
    const out: Location[] = [];
    const k = KIND_NUMBER.get(kind);
    for (const [uri, p] of this.documents(skip)) {
      for (let i = 0; i < p.kinds.length; i++) if (p.kinds[i] === k && p.names[i] === name) out.push(locationOf(uri, p, i));
    }
    return out;
  }
}

function locationOf(uri: string, p: PackedMentions, i: number): Location {
  const r = p.ranges;
  return { uri, range: { start: { line: r[i * 4], character: r[i * 4 + 1] }, end: { line: r[i * 4 + 2], character: r[i * 4 + 3] } } };
}

/** The query's characters appear in the name in order ("zlbt" finds zelbotamab), as VS Code's own symbol search does. */
function fuzzy(name: string, q: string): boolean {
  let i = 0;
  for (const c of name) if (c === q[i]) i++;
  return i === q.length;
}
