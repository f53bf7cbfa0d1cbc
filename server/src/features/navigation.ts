/**
 * Navigation inside and across open documents: document highlights (every mention of the entity
 * under the cursor), go to definition (an abbreviation to where the document defines it; an
 * entity to its first mention) and references (every mention, its aliases included, in every
 * analysed document).
 */
import { DocumentHighlight, DocumentHighlightKind, Location } from 'vscode-languageserver-types';
import type { DocumentModel, Entity } from '../analysis/model';
import type { LineIndex } from '../analysis/text';
import { abbreviationAt, entityAt, mentionsNamed, mentionsOf } from './entityAt';

export function findDocumentHighlights(model: DocumentModel, offset: number, lines: LineIndex): DocumentHighlight[] {
  const e = entityAt(model, offset);
  if (!e || e.kind === 'figure') return [];
  const mentions = mentionsOf(model, e);
  const first = mentions[0];
  return mentions.map(m => ({ range: lines.range(m.start, m.end), kind: m === first ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}

export function findDefinition(model: DocumentModel, offset: number, lines: LineIndex, uri: string): Location | null {
  const ab = abbreviationAt(model, offset);
  if (ab && !(ab.start <= ab.abbreviation.start && ab.abbreviation.start < ab.end)) {
    return { uri, range: lines.range(ab.abbreviation.longStart, ab.abbreviation.end + 1) };
  }
  const e = entityAt(model, offset);
  if (!e || e.kind === 'figure') return null;
  const first = firstMention(model, e);
  return { uri, range: lines.range(first.start, first.end) };
}

export interface AnalysedDocument { uri: string; model: DocumentModel; lines: LineIndex }

/** Every mention of the entity under the cursor, in this document, the other analysed ones and, through `more`, the workspace index. */
export function findReferences(here: AnalysedDocument, offset: number, others: AnalysedDocument[], includeDeclaration: boolean,
  more?: (kind: Entity['kind'], name: string, skip: Set<string>) => Location[]): Location[] {
  const e = entityAt(here.model, offset);
  if (!e || e.kind === 'figure') return [];
  const out: Location[] = [];
  if (more) for (const l of more(e.kind, e.name, new Set([here.uri, ...others.map(o => o.uri)]))) out.push(l);
  for (const doc of [here, ...others.filter(o => o.uri !== here.uri)]) {
    const mentions = mentionsNamed(doc.model, e.kind, e.name);
    const first = mentions[0];
    for (const m of mentions) {
      if (!includeDeclaration && doc === here && m === first) continue;
      out.push({ uri: doc.uri, range: doc.lines.range(m.start, m.end) });
    }
  }
  // this document first, then the others in a stable order
  return out.sort((a, b) => (a.uri === here.uri ? 0 : 1) - (b.uri === here.uri ? 0 : 1) || a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function firstMention(model: DocumentModel, e: Entity): Entity {
  return mentionsOf(model, e)[0] ?? e;
}
