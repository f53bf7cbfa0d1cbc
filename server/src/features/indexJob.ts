/**
 * The workspace index's unit of work, the same wherever it runs: one file's named entities, found
 * by the lighter entities-only analysis and sent back in the compact form. The Node server runs it
 * in worker threads (node/indexWorker.ts); without one, the server runs it itself in slices.
 */
import type { Analyzer } from '../analysis/analyze';
import { LineIndex } from '../analysis/text';
import { formatOf } from '../analysis/structure';
import type { LexiconData } from '../analysis/lexicon';
import { CompactMention, compactMentions } from './workspaceIndex';

/** What one file gave: its mentions, or why it has none. */
export type IndexOutcome = { status: 'indexed'; mentions: CompactMention[] } | { status: 'too large' | 'missing' };

/** Indexes workspace files off the main thread. `index` rejects when the file's analysis failed or the indexer is gone. */
export interface BackgroundIndexer {
  /** How many threads index. */
  readonly threads: number;
  index(uri: string, maxSize: number): Promise<IndexOutcome>;
  /**
   * While on, the indexer pauses between two steps of its work (at most a second at a time): the
   * server's own thread is analysing an open document, and cores that the index shares (two
   * hyperthreads of one core, a busy machine) go to it.
   */
  hold(on: boolean): void;
  /** Stops it at once; what is pending rejects. */
  dispose(): void;
}

/** What a background indexer is started with: the lexicon files' data (the built-in lexicon is always there) and the test fault marker. */
export interface IndexerSetup {
  lexicons: LexiconData[];
  faultMarker?: string;
  /** Run below the server's priority (the indexer decides, by the number of cores). */
  lowerPriority?: boolean;
  /** One shared Int32: 1 while the server holds the indexer (see BackgroundIndexer.hold). */
  hold?: Int32Array;
}

/** The messages between the server and an index worker. */
export interface IndexJobRequest { id: number; uri: string; maxSize: number }
export interface IndexJobResponse { id: number; outcome?: IndexOutcome; error?: string }

/** The named entities of one text, at once (a worker has nothing else to do meanwhile); `between` runs between two steps. */
export function indexText(analyzer: Analyzer, uri: string, text: string, faultMarker?: string, between?: () => void): CompactMention[] {
  if (faultMarker && text.includes(faultMarker)) throw new Error('injected fault (BIOTECH_ANNOTATOR_TEST_FAULT)');
  const steps = analyzer.entitySteps(text, formatOf(uri));
  for (;;) {
    between?.();
    const r = steps.next();
    if (r.done) return compactMentions(r.value, new LineIndex(text));
  }
}

/** The indexer stopped (its worker died or was stopped) before it answered: the file is not to blame. */
export class IndexerGone extends Error {}
