export { doHover, entityCard } from './hover';
export { findDocumentSymbols } from './documentSymbols';
export { toDiagnostics, DIAGNOSTIC_SOURCE } from './diagnostics';
export { findCodeActions } from './codeActions';
export { escapeMarkdown } from './markdown';
