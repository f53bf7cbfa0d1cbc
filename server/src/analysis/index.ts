/**
 * The analysis core's public surface: text in, model and findings out. No LSP transport, no
 * `vscode`, no file system; the CLI, the server and the tests all call this.
 */
import { Analyzer } from './analyze';
import { builtinLexicon } from './builtinLexicon';
import { CheckOptions, runChecks } from './checks';
import type { DocumentModel, Finding } from './model';
import type { TextFormat } from './structure';

export * from './model';
export { Analyzer, CancelledError, DocumentBlocks } from './analyze';
export { DEFAULT_WHOLE_UP_TO, PartedDocument, partStarts, partStartsAfterEdit } from './parts';
export type { PartedResult, PartOptions } from './parts';
export { Lexicon } from './lexicon';
export type { LexiconData } from './lexicon';
export { builtinLexicon, composeLexicon } from './builtinLexicon';
export { CHECKS, checkSteps, runChecks, runChecksAsync } from './checks';
export type { CheckOptions } from './checks';
export { LineIndex, normalizeText } from './text';
export { formatOf, readStructure } from './structure';
export type { DocTable, Structure, TableRow, TextFormat } from './structure';
export { parseLexiconFile, LEXICON_FILE_NAME } from './lexiconFile';
export type { LexiconProblem, ParsedLexicon } from './lexiconFile';

export interface AnalysisResult { model: DocumentModel; findings: Finding[] }

let defaultAnalyzer: Analyzer | undefined;

/** One-shot analysis with the built-in lexicon and a shared block cache. */
export function analyzeText(text: string, options: CheckOptions = {}, format: TextFormat = 'plaintext'): AnalysisResult {
  defaultAnalyzer ??= new Analyzer(builtinLexicon());
  const model = defaultAnalyzer.analyze(text, undefined, format);
  return { model, findings: runChecks(model, options) };
}
