/**
 * textDocument/semanticTokens/full: every entity as a token of a standard type, so ordinary themes
 * colour them without configuration. Drugs are functions, targets types, endpoints properties,
 * indications enum members, trials events, companies namespaces, figures numbers.
 */
import type { SemanticTokensLegend } from 'vscode-languageserver-types';
import type { DocumentModel, EntityKind } from '../analysis/model';
import type { LineIndex } from '../analysis/text';

const TYPES: Record<EntityKind, string> = {
  drug: 'function', target: 'type', endpoint: 'property', indication: 'enumMember', trial: 'event', company: 'namespace', figure: 'number',
};
export const SEMANTIC_LEGEND: SemanticTokensLegend = {
  tokenTypes: ['function', 'type', 'property', 'enumMember', 'event', 'namespace', 'number'],
  tokenModifiers: ['declaration', 'defaultLibrary'],
};
const INDEX = new Map(SEMANTIC_LEGEND.tokenTypes.map((t, i) => [t, i]));

/** Encoded relative to the previous token, as the protocol wants; tokens never span lines (multi-line mentions are split). */
export function semanticTokens(model: DocumentModel, lines: LineIndex): { data: number[] } {
  const data: number[] = [];
  let prevLine = 0, prevChar = 0;
  const seen = new Set<string>();
  for (const e of model.entities) {
    const type = INDEX.get(TYPES[e.kind]);
    if (type === undefined) continue;
    const key = `${e.kind}:${e.name}`;
    const modifiers = (seen.has(key) ? 0 : 1) | (e.evidence === 'lexicon' ? 2 : 0);
    seen.add(key);
    const start = lines.positionAt(e.start), end = lines.positionAt(e.end);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to = line === end.line ? end.character : lines.offsetAt({ line: line + 1, character: 0 }) - lines.offsetAt({ line, character: 0 });
      if (to <= from) continue;
      data.push(line - prevLine, line === prevLine ? from - prevChar : from, to - from, type, modifiers);
      prevLine = line;
      prevChar = from;
    }
  }
  return { data };
}
