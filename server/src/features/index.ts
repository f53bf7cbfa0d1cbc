export { doHover, entityCard } from './hover';
export { findDocumentSymbols } from './documentSymbols';
export { toDiagnostics, DIAGNOSTIC_SOURCE } from './diagnostics';
export { findCodeActions } from './codeActions';
export { escapeMarkdown } from './markdown';
export { findDocumentHighlights, findDefinition, findReferences } from './navigation';
export type { AnalysedDocument } from './navigation';
export { semanticTokens, SEMANTIC_LEGEND } from './semanticTokens';
export { inlayHints } from './inlayHints';
