/**
 * The analysis pipeline: normalise, split into blocks, recognise each block (cached by its
 * content), then link document-wide. `Analyzer.analyze(text)` is the one entry point the server,
 * the CLI and the tests call.
 */
import { Lexicon } from './lexicon';
import { DocumentModel } from './model';
import { Block, normalizeDocument, normalizeText, rememberNormalized, splitBlocks, splitSentences, Span } from './text';
import { readStructure, Structure, TextFormat } from './structure';
import { packTokens, Token, tokenize, unpackTokens } from './tokens';
import { RawEntity, findPhases, recognizeEntities } from './recognize/entities';
import { RawFigure, recognizeFigures } from './recognize/figures';
import { AbbreviationDefinition, findAbbreviationDefinitions } from './recognize/abbreviations';
import { recognizeNumberWords } from './recognize/numberWords';
import { linkSteps } from './link';
import { CancelledError, runSliced } from './steps';
import { commonEnd, commonStart, ownCopy } from './memo';
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
 *
 * A block is found by its text. A block of the next version that lies in the part of its reading text the last
 * version's shares (their common start, or their common end, moved by the change in length) and has the bounds of one
 * of the last version's blocks there has that block's text, and is found by its place, its text not hashed: an edit of
 * a long document hashes the few blocks around it, not every block. (The table by text is kept up to date at commit
 * from the blocks that changed, its keys copies of their own, never slices of a reading text.)
 */
export class DocumentBlocks {
  /** The latest completed analysis's blocks by text, each with how many of its blocks have that text. */
  private byText = new Map<string, { analysis: BlockAnalysis; n: number }>();
  /** The latest completed analysis's reading text and blocks, in order. */
  private lastReading = '';
  private last: KeptBlock[] = [];
  /** The analysis under way: its blocks, and the part of its reading text the last one shares (see begin). */
  private next: KeptBlock[] | undefined;
  private nextReading = '';
  private sharedStart = 0;
  private sharedEndFrom = Infinity;
  private delta = 0;
  /** Where in `last` the walk of this analysis's blocks stands, and the block of `last` the latest lookup found by its place (-1: none). */
  private at = 0;
  private found = -1;

  /** The number of distinct blocks the latest completed analysis kept. */
  get size(): number { return this.byText.size; }

  /** @internal a block of the previous analysis, or undefined; `start` and `end`: its bounds in the reading text begun with */
  lookup(text: string, start = -1, end = -1): BlockAnalysis | undefined {
    const k = this.sameAt(start, end);
    this.found = k;
    if (k >= 0) return this.last[k].analysis;
    return this.byText.get(text)?.analysis;
  }

  /** The block of the last analysis with these bounds, where they lie in the shared part of the two reading texts; -1 when none. */
  private sameAt(start: number, end: number): number {
    if (start < 0 || !this.next) return -1;
    let s = start, e = end;
    if (start >= this.sharedEndFrom) { s -= this.delta; e -= this.delta; } else if (end > this.sharedStart) return -1;
    // (blocks are asked in the order of their starts: the walk only moves on)
    const last = this.last;
    while (this.at < last.length && last[this.at].start < s) this.at++;
    return this.at < last.length && last[this.at].start === s && last[this.at].end === e ? this.at : -1;
  }

  /** @internal an analysis begins, of a reading text (its blocks are looked up with their bounds in it): it records its blocks apart until it completes */
  begin(reading = ''): void {
    this.next = [];
    this.nextReading = reading;
    this.at = 0;
    this.found = -1;
    const old = this.lastReading;
    if (this.last.length && reading.length && old.length) {
      const p = commonStart(old, reading);
      this.sharedStart = p;
      this.sharedEndFrom = reading.length - commonEnd(old, reading, Math.min(old.length, reading.length) - p);
      this.delta = reading.length - old.length;
    } else {
      this.sharedStart = 0;
      this.sharedEndFrom = Infinity;
      this.delta = 0;
    }
  }

  /**
   * @internal the blocks of the reading text begun with (splitBlocks'): those before and after what it changed are the
   * last analysis's, the text between is split again.
   *
   * Exactness: a blank line resets splitBlocks' scan (the block before it is complete, none is open), and a "\n\n" ends a
   * blank line wherever it stands (its first line break ends a line, its second is a line of its own): from just after
   * one, the scan depends only on the text from there on. So the blocks before such a place in the two versions' common
   * start are the last analysis's, the text from there to such a place in their common end (or to the end) splits as in
   * the whole text, and the blocks after it are the last analysis's, moved by the change in length. Every block's text
   * is sliced from this reading text (no slice of the last one is kept).
   */
  split(reading: string): Block[] {
    const last = this.last;
    if (!this.next || reading !== this.nextReading || last.length === 0 || this.sharedEndFrom === Infinity || last[0].start < 0) return splitBlocks(reading);
    const aAt = this.sharedStart >= 2 ? reading.lastIndexOf('\n\n', this.sharedStart - 2) : -1;
    const a = aAt < 0 ? 0 : aAt + 2;
    const bAt = reading.indexOf('\n\n', this.sharedEndFrom);
    const b = bAt < 0 ? reading.length : bAt + 2;
    if (b < a) return splitBlocks(reading);
    const out: Block[] = [];
    let k = 0;
    for (; k < last.length && last[k].start < a; k++) out.push({ start: last[k].start, end: last[k].end, text: reading.slice(last[k].start, last[k].end) });
    for (const x of splitBlocks(reading.slice(a, b))) out.push({ start: x.start + a, end: x.end + a, text: x.text });
    const d = this.delta;
    for (; k < last.length; k++) {
      if (last[k].start < b - d) continue;
      const start = last[k].start + d, end = last[k].end + d;
      out.push({ start, end, text: reading.slice(start, end) });
    }
    return out;
  }

  /**
   * @internal the block just looked up, with its results; `text` is kept as a key when the block was not found by its
   * place, so it must be a copy of its own (no slice of the document)
   */
  record(text: string, analysis: BlockAnalysis, start = -1, end = -1): void {
    if (!this.next) return;
    const k = this.found;
    this.found = -1;
    this.next.push({ start, end, analysis, text: k >= 0 ? undefined : text, was: k });
  }

  /** @internal the analysis completed: its blocks replace the previous ones (a cancelled one leaves them) */
  commit(): void {
    const next = this.next;
    if (!next) return;
    // the blocks that changed: those of this analysis not found by their place are added, those of the last one no block
    // of this one took by its place go (each text counted, as two blocks may have one text)
    const taken = new Uint8Array(this.last.length);
    for (const b of next) {
      if (b.was >= 0) { taken[b.was] = 1; continue; }
      const kept = this.byText.get(b.text!);
      if (kept) kept.n++;
      else this.byText.set(b.text!, { analysis: b.analysis, n: 1 });
    }
    for (let k = 0; k < this.last.length; k++) {
      if (taken[k]) continue;
      const b = this.last[k];
      const t = b.text ?? this.lastReading.slice(b.start, b.end);
      const kept = this.byText.get(t);
      if (kept && --kept.n === 0) this.byText.delete(t);
    }
    // (a block kept by its place holds no text: the reading text holds it)
    for (const b of next) b.text = undefined;
    this.last = next;
    this.lastReading = this.nextReading;
    this.next = undefined;
    this.nextReading = '';
  }

  /** Drops everything (the document closed). */
  clear(): void { this.byText = new Map(); this.last = []; this.lastReading = ''; this.next = undefined; this.nextReading = ''; }
}

/** A block of an analysis: its bounds in the reading text (-1 when looked up by text alone), its results, and the block of the analysis before it was found as by its place (-1: by text). */
interface KeptBlock { start: number; end: number; analysis: BlockAnalysis; text: string | undefined; was: number }

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
    own?.begin(structure.reading);
    for (const b of own ? own.split(structure.reading) : splitBlocks(structure.reading)) {
      yield;
      // (each field named: a spread copies through the runtime, for every block of the document after every edit)
      blocks.push({ start: b.start, end: b.end, text: b.text, analysis: this.analyzeBlock(b, own) });
    }
    // between passes: a cancelled request never pays for the document-wide link
    yield;
    const model: DocumentModel = yield* linkSteps(text, structure, blocks, this.lexicon);
    rememberNormalized(model, normalized);
    own?.commit();
    return model;
  }

  private analyzeBlock(b: { start: number; end: number; text: string }, own?: DocumentBlocks): BlockAnalysis {
    this.stats.blocks++;
    const mine = own?.lookup(b.text, b.start, b.end);
    if (mine) {
      this.stats.cacheHits++;
      // (a block found by its text is kept under the key it was found with, a copy of its own; one found by its place holds no key)
      own!.record(b.text, mine, b.start, b.end);
      return mine;
    }
    return this.sharedBlock(b.text, own ? (key, result) => own.record(key, result, b.start, b.end) : undefined);
  }

  /** The block's results from the shared cache or recognised; `keyed` is given them with the copy of its text they are kept under. */
  private sharedBlock(text: string, keyed?: (key: string, result: BlockAnalysis) => void): BlockAnalysis {
    const hit = this.cache.get(text);
    if (hit) {
      this.stats.cacheHits++;
      // refresh its place in the LRU order, under the key it was stored with: the text asked for is a
      // slice of the document asking, and as a key it would keep that whole document alive after it closed
      this.cache.delete(text);
      this.cache.set(hit.key, hit);
      keyed?.(hit.key, hit.analysis);
      return hit.analysis;
    }
    this.stats.cacheMisses++;
    // the block's text is a slice of the whole document, and a slice keeps its whole parent alive:
    // recognise (and cache) a copy of its own, so that neither the key nor any substring in the
    // results holds on to the document it came from
    text = ownCopy(text);
    const result = recognizeBlock(text, this.lexicon);
    keyed?.(text, result);
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
