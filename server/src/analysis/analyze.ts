/**
 * The analysis pipeline: normalise, split into blocks, recognise each block (cached by its
 * content), then link document-wide. `Analyzer.analyze(text)` is the one entry point the server,
 * the CLI and the tests call.
 */
import { Lexicon } from './lexicon';
import { DocumentModel } from './model';
import { normalizeText, splitBlocks, splitSentences, Span } from './text';
import { Token, tokenize } from './tokens';
import { RawEntity, recognizeEntities } from './recognize/entities';
import { RawFigure, recognizeFigures } from './recognize/figures';
import { AbbreviationDefinition, findAbbreviationDefinitions } from './recognize/abbreviations';
import { recognizeNumberWords } from './recognize/numberWords';
import { link } from './link';

/** What one block yields; offsets relative to the block. Immutable once cached. */
export interface BlockAnalysis {
  entities: RawEntity[];
  figures: RawFigure[];
  abbreviations: AbbreviationDefinition[];
  tokens: Token[];
  sentences: Span[];
}

export interface BlockRef { start: number; end: number; text: string; analysis: BlockAnalysis }

export interface AnalyzerStats { blocks: number; cacheHits: number; cacheMisses: number }

export class Analyzer {
  private cache = new Map<string, BlockAnalysis>();
  readonly stats: AnalyzerStats = { blocks: 0, cacheHits: 0, cacheMisses: 0 };

  constructor(readonly lexicon: Lexicon, private readonly maxCachedBlocks = 20000) {}

  analyze(text: string, isCancelled: () => boolean = () => false): DocumentModel {
    const normalized = normalizeText(text);
    const blocks: BlockRef[] = [];
    for (const b of splitBlocks(normalized)) {
      if (isCancelled()) throw new CancelledError();
      blocks.push({ ...b, analysis: this.analyzeBlock(b.text) });
    }
    return link(text, normalized, blocks, this.lexicon);
  }

  private analyzeBlock(text: string): BlockAnalysis {
    this.stats.blocks++;
    const hit = this.cache.get(text);
    if (hit) {
      this.stats.cacheHits++;
      // refresh its place in the LRU order
      this.cache.delete(text);
      this.cache.set(text, hit);
      return hit;
    }
    this.stats.cacheMisses++;
    const result = recognizeBlock(text, this.lexicon);
    this.cache.set(text, result);
    if (this.cache.size > this.maxCachedBlocks) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    return result;
  }

  clearCache(): void { this.cache.clear(); }
}

export class CancelledError extends Error {
  constructor() { super('analysis cancelled'); }
}

export function recognizeBlock(text: string, lexicon: Lexicon): BlockAnalysis {
  const entities = recognizeEntities(text, lexicon);
  const mask = new Uint8Array(text.length);
  for (const e of entities) mask.fill(1, e.start, e.end);
  const figures = recognizeFigures(text, mask);
  const sentences = splitSentences(text);
  for (const f of figures) mask.fill(1, f.start, f.end);
  const inWords = recognizeNumberWords(text, sentences, mask);
  if (inWords.length) { figures.push(...inWords); figures.sort((a, b) => a.start - b.start); }
  return {
    entities,
    figures,
    abbreviations: findAbbreviationDefinitions(text),
    tokens: tokenize(text),
    sentences,
  };
}
