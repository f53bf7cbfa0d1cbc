/**
 * The analysis pipeline: normalise, split into blocks, recognise each block (cached by its
 * content), then link document-wide. `Analyzer.analyze(text)` is the one entry point the server,
 * the CLI and the tests call.
 */
import { Lexicon } from './lexicon';
import { DocumentModel } from './model';
import { normalizeDocument, normalizeText, rememberNormalized, splitBlocks, splitSentences, Span } from './text';
import { readStructure, Structure, TextFormat } from './structure';
import { packTokens, Token, tokenize, unpackTokens } from './tokens';
import { RawEntity, findPhases, recognizeEntities } from './recognize/entities';
import { RawFigure, recognizeFigures } from './recognize/figures';
import { AbbreviationDefinition, findAbbreviationDefinitions } from './recognize/abbreviations';
import { recognizeNumberWords } from './recognize/numberWords';
import { linkSteps } from './link';
import { CancelledError, runSliced } from './steps';
import { ownCopy } from './memo';
import { newAnalysisRun } from './askTape';
import { wordsPattern } from './words';
import { PEOPLE_PATTERN } from './people';
import indicationModifiers from '../../lexicon/builtin/indicationModifiers.json';
export { CancelledError } from './steps';

/** What one block yields; offsets relative to the block. Immutable once cached. */
export interface BlockAnalysis {
  entities: RawEntity[];
  figures: RawFigure[];
  abbreviations: AbbreviationDefinition[];
  /** The block's tokens, read afresh at each use from `tokenCount` packed offsets: they are kept as long as the block is. */
  readonly tokens: Token[];
  readonly tokenCount: number;
  sentences: Span[];
}

export interface BlockRef { start: number; end: number; text: string; analysis: BlockAnalysis }

export interface AnalyzerStats { blocks: number; cacheHits: number; cacheMisses: number }

export interface AnalyzerOptions {
  /**
   * The shared block cache's bound, in estimated bytes (text and results); the least recently used
   * blocks go first. It serves blocks shared between documents and a document opened again soon
   * after it was closed; the blocks of a document being edited are kept by its own DocumentBlocks.
   */
  maxCacheBytes?: number;
}

/**
 * The recognised blocks of one document's latest analysis, kept by whoever keeps the document (the
 * server, for each open document) and handed to the next analysis of it: an edit re-recognises only
 * the blocks it changed, whatever the shared cache holds, and closing the document frees them all.
 * Memory is what the document's own results take; nothing outlives the document.
 */
export class DocumentBlocks {
  private current = new Map<string, BlockAnalysis>();
  private next: Map<string, BlockAnalysis> | undefined;

  /** The number of distinct blocks the latest completed analysis kept. */
  get size(): number { return this.current.size; }

  /** @internal a block of the previous analysis, or undefined */
  lookup(text: string): BlockAnalysis | undefined { return this.current.get(text); }

  /** @internal an analysis begins: it records its blocks apart until it completes */
  begin(): void { this.next = new Map(); }

  /** @internal */
  record(text: string, analysis: BlockAnalysis): void { this.next?.set(text, analysis); }

  /** @internal the analysis completed: its blocks replace the previous ones (a cancelled one leaves them) */
  commit(): void { if (this.next) { this.current = this.next; this.next = undefined; } }

  /** Drops everything (the document closed). */
  clear(): void { this.current = new Map(); this.next = undefined; }
}

/** What a cached block is estimated to hold: its text (two bytes a code unit) and its results (a few dozen bytes an item). */
function blockBytes(text: string, a: BlockAnalysis): number {
  // measured on the seeds: about 12 KB of heap for a 480-character block of 74 tokens and 9 entities; this errs on the high side
  return 2 * text.length + 600 * (a.entities.length + a.figures.length + a.abbreviations.length) + 120 * a.tokenCount + 100 * a.sentences.length + 300;
}

/**
 * 8 MB by the estimate: room for the blocks several documents share and for a document reopened
 * soon after closing, not for whole documents, whose blocks their DocumentBlocks keep.
 */
export const DEFAULT_MAX_CACHE_BYTES = 8 * 1024 * 1024;

export class Analyzer {
  private cache = new Map<string, { key: string; analysis: BlockAnalysis; bytes: number }>();
  private bytes = 0;
  private readonly maxCacheBytes: number;
  readonly stats: AnalyzerStats = { blocks: 0, cacheHits: 0, cacheMisses: 0 };

  constructor(readonly lexicon: Lexicon, options: AnalyzerOptions = {}) {
    this.maxCacheBytes = options.maxCacheBytes ?? DEFAULT_MAX_CACHE_BYTES;
  }

  /** The block cache's size: entries and estimated bytes (never above its bound). */
  get cacheSize(): { blocks: number; bytes: number } { return { blocks: this.cache.size, bytes: this.bytes }; }

  /**
   * `format` says how to read the document's structure (see structure.ts): Markdown is parsed;
   * plain text is read by its line layout.
   */
  analyze(text: string, isCancelled: () => boolean = () => false, format: TextFormat = 'plaintext', own?: DocumentBlocks): DocumentModel {
    const steps = this.steps(text, format, own);
    for (;;) {
      if (isCancelled()) throw new CancelledError();
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /**
   * The same analysis, giving the event loop back whenever `sliceMs` has passed at a step's end
   * (after a block's recognition, between document-wide passes) so that other requests and
   * cancellations get through while a large document is read; throws CancelledError as soon as
   * `isCancelled` says so.
   */
  analyzeAsync(text: string, isCancelled: () => boolean, yieldNow: () => Promise<void>, options: { sliceMs?: number; format?: TextFormat; blocks?: DocumentBlocks; entitiesOnly?: boolean } = {}): Promise<DocumentModel> {
    const steps = options.entitiesOnly ? this.entitySteps(text, options.format ?? 'plaintext') : this.steps(text, options.format ?? 'plaintext', options.blocks);
    return runSliced(steps, isCancelled, yieldNow, options.sliceMs ?? 25);
  }

  /**
   * A lighter analysis for what only needs the named entities (the workspace index): blocks are
   * recognised without their figures, so the document-wide passes have no figure to read or bind.
   * Its named entities are those of the full analysis (no reading of a name depends on a figure);
   * its model has no figures and its checks find nothing. Results are not cached: the shared cache
   * holds full results only, and is read when it has the block.
   */
  *entitySteps(text: string, format: TextFormat = 'plaintext'): Generator<void, DocumentModel> {
    // normalised at once, not through the memo of readings, which is for the open documents' edits
    const structure: Structure = readStructure(normalizeText(text), format);
    const blocks: BlockRef[] = [];
    for (const b of splitBlocks(structure.reading)) {
      yield;
      blocks.push({ ...b, analysis: this.cache.get(b.text)?.analysis ?? recognizeBlock(b.text, this.lexicon, true) });
    }
    yield;
    const model: DocumentModel = yield* linkSteps(text, structure, blocks, this.lexicon);
    model.entities = model.entities.filter(e => e.kind !== 'figure');
    return model;
  }

  /**
   * The analysis as steps: each block's recognition, then the document-wide passes (linkSteps),
   * a yield after each. Whoever drives it may stop between two steps; the document's own blocks
   * are committed only when the last step is done.
   */
  *steps(text: string, format: TextFormat = 'plaintext', own?: DocumentBlocks): Generator<void, DocumentModel> {
    // (the memos guess this analysis's lookups from the last one's order: askTape.ts)
    newAnalysisRun();
    const normalized = normalizeDocument(text);
    const structure: Structure = readStructure(normalized, format);
    const blocks: BlockRef[] = [];
    own?.begin();
    for (const b of splitBlocks(structure.reading)) {
      yield;
      blocks.push({ ...b, analysis: this.analyzeBlock(b.text, own) });
    }
    // between passes: a cancelled request never pays for the document-wide link
    yield;
    const model: DocumentModel = yield* linkSteps(text, structure, blocks, this.lexicon);
    rememberNormalized(model, normalized);
    own?.commit();
    return model;
  }

  private analyzeBlock(text: string, own?: DocumentBlocks): BlockAnalysis {
    this.stats.blocks++;
    const mine = own?.lookup(text);
    if (mine) {
      this.stats.cacheHits++;
      own!.record(text, mine);
      return mine;
    }
    const result = this.sharedBlock(text);
    own?.record(text, result);
    return result;
  }

  private sharedBlock(text: string): BlockAnalysis {
    const hit = this.cache.get(text);
    if (hit) {
      this.stats.cacheHits++;
      // refresh its place in the LRU order, under the key it was stored with: the text asked for is a
      // slice of the document asking, and as a key it would keep that whole document alive after it closed
      this.cache.delete(text);
      this.cache.set(hit.key, hit);
      return hit.analysis;
    }
    this.stats.cacheMisses++;
    // the block's text is a slice of the whole document, and a slice keeps its whole parent alive:
    // recognise (and cache) a copy of its own, so that neither the key nor any substring in the
    // results holds on to the document it came from
    text = ownCopy(text);
    const result = recognizeBlock(text, this.lexicon);
    const bytes = blockBytes(text, result);
    if (bytes > this.maxCacheBytes) return result;
    this.cache.set(text, { key: text, analysis: result, bytes });
    this.bytes += bytes;
    while (this.bytes > this.maxCacheBytes) {
      const oldest = this.cache.keys().next();
      if (oldest.done) break;
      this.bytes -= this.cache.get(oldest.value)!.bytes;
      this.cache.delete(oldest.value);
    }
    return result;
  }

  clearCache(): void { this.cache.clear(); this.bytes = 0; }
}



/** A block's recognition; `entitiesOnly` leaves out its figures (see Analyzer.entitySteps). */
export function recognizeBlock(text: string, lexicon: Lexicon, entitiesOnly = false): BlockAnalysis {
  const unmarked: [number, number][] = [];
  // the block's tokens, read once for its entities and kept (packed) with its results
  const tokens = tokenize(text);
  const entities = recognizeEntities(text, lexicon, unmarked, tokens).filter(e => !statusOfPeople(text, e));
  if (entitiesOnly) return blockAnalysis(text, entities, [], splitSentences(text), tokens);
  const mask = new Uint8Array(text.length);
  for (const e of entities) mask.fill(1, e.start, e.end);
  // words of a name read as no mention ("4-1BB co-stimulatory domain") hold no figure either
  for (const [a, b] of unmarked) mask.fill(1, a, b);
  // a phase is no entity, but its numeral is no figure either ("Phase 2")
  for (const p of findPhases(text)) mask.fill(1, p.start, p.end);
  const figures = recognizeFigures(text, mask);
  const sentences = splitSentences(text);
  for (const f of figures) mask.fill(1, f.start, f.end);
  const inWords = recognizeNumberWords(text, sentences, mask);
  if (inWords.length) {
    // a count in words that took in a denominator in digits replaces the figure read there
    const absorbing = inWords.filter(w => w.absorbs);
    // both lists are in document order: one pass
    let a = 0;
    const kept = absorbing.length ? figures.filter(f => {
      while (a < absorbing.length && absorbing[a].end < f.end) a++;
      return !(a < absorbing.length && absorbing[a].start <= f.start && f.end <= absorbing[a].end);
    }) : figures.slice();
    for (const w of inWords) { delete w.absorbs; kept.push(w); }
    kept.sort((a, b) => a.start - b.start);
    figures.length = 0;
    figures.push(...kept);
  }
  return blockAnalysis(text, entities, figures, sentences, tokens);
}

/** A block's results, its tokens kept packed (see BlockAnalysis.tokens). */
function blockAnalysis(text: string, entities: RawEntity[], figures: RawFigure[], sentences: Span[], tokens: readonly Token[]): BlockAnalysis {
  const packed = packTokens(tokens);
  return {
    entities,
    figures,
    abbreviations: findAbbreviationDefinitions(text),
    get tokens() { return unpackTokens(text, packed); },
    tokenCount: packed.length >> 1,
    sentences,
  };
}

/** "MRD-positive patients": an endpoint's name made a status by a hyphen and a status word, before a noun of people (indicationModifiers.json statusSuffixes). */
const STATUS_OF_PEOPLE = new RegExp(`^-(?:${wordsPattern(indicationModifiers.statusSuffixes)})\\s+(?:\\p{L}+\\s+)?(?:${PEOPLE_PATTERN})(?![\\p{L}])`, 'iu');

/**
 * An endpoint's name that only qualifies a group of people ("12 of 20 MRD-positive adults") names
 * their status, not a measured outcome; as a mention it would also hide the count of them from the
 * figure reader.
 */
function statusOfPeople(text: string, e: { kind: string; end: number }): boolean {
  return e.kind === 'endpoint' && text[e.end] === '-' && STATUS_OF_PEOPLE.test(text.slice(e.end, e.end + 60));
}
