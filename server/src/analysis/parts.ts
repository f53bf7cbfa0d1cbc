/**
 * A long document read in parts, so that an edit costs what it changes.
 *
 * Recognition is kept per block (analyze.ts), but linking, binding and the checks read the whole document: in a
 * document of a megabyte every keystroke paid for all of them. A document longer than `wholeUpTo` characters is cut
 * into parts at blank lines, each part analysed and checked as a document of its own, and the parts' models and
 * findings are put side by side. An edit re-reads the parts it touched; the others keep their results, moved by the
 * change in length when they lie after it.
 *
 * What it costs the reader, and why it is told (README, the setting's description, the log): figures in two parts are
 * never compared, and a name or abbreviation defined in one part is not known in another. Real releases are far
 * shorter than the default bound, so they are read whole, exactly as before; the parts serve filings, collections and
 * transcripts of many pages.
 *
 * Where the cuts fall: only at the start of a line after a blank line, outside a fenced block and an HTML comment,
 * where a new block starts anyway. A part is at least `MIN_PART` characters; after that it ends at the first such place
 * whose next few characters hash to one value in eight, or at the first one past `MAX_PART`. The choice depends on the text
 * near the cut and on where the part began, never on offsets far away: an edit moves the cuts around it only, and the
 * cuts after it fall again where they fell before (the walk meets the old cuts again within a part or two).
 */
import { Analyzer, DocumentBlocks } from './analyze';
import { CheckOptions, checkSteps } from './checks';
import { applySuppressions } from './checks/suppressions';
import { commonEnd, commonStart } from './memo';
import type { DocumentModel, Entity, Finding } from './model';
import { drain } from './steps';
import { DEFAULT_LIMITS } from '../shared/settings';
import type { DocTable, TableRow, TextFormat } from './structure';
import type { Span } from './text';

/** Read whole up to this many characters: the setting's default, above every real release of the eval. */
export const DEFAULT_WHOLE_UP_TO = DEFAULT_LIMITS.readWholeUpTo;
/** The least a part holds, and the length past which it ends at the next place it may. */
export const MIN_PART = 8_000;
export const MAX_PART = 24_000;
/** How many characters after a cut its hash reads. */
const HASHED = 24;

export interface PartOptions extends CheckOptions {
  /** Documents up to this many characters are read whole; 0 never reads in parts. */
  wholeUpTo?: number;
}

export interface PartedResult { model: DocumentModel; findings: Finding[]; /** how many parts (1: read whole) */ parts: number }

/**
 * Where a document is cut: the offsets at which its parts start after the first, ascending. Linear in the text; the
 * text is cut only at the start of a line that follows a blank line (spaces and tabs alone), never inside a fence
 * ("```" or "~~~" opening a line) nor inside an HTML comment (whose text a Markdown reader leaves out, across blank lines).
 */
export function partStarts(text: string, minPart = MIN_PART, maxPart = MAX_PART): number[] {
  return scanCuts(text, [], 0, minPart, maxPart);
}

/**
 * The same cuts of `text`, found from those of its last version (`oldText`, cut at `oldCuts`): the cuts the two texts'
 * common start decides are kept, the text is scanned from the last of them, and once the scan, past their common end,
 * cuts where the last version was cut (moved by the change in length), the rest are the last version's, moved.
 *
 * Exactness: a cut's choice reads the text before it, its own line and the `HASHED` characters from it, and where the
 * part before it began; after a cut the scan stands as at the start of a document (the line before is blank, no fence
 * nor comment is open: a cut is never made inside one), so from a cut on, the scan depends only on the text from there.
 */
export function partStartsAfterEdit(text: string, oldText: string, oldCuts: readonly number[], minPart = MIN_PART, maxPart = MAX_PART): number[] {
  const p = commonStart(oldText, text);
  return cutsAfterEdit(text, oldText, oldCuts, p, text.length - commonEnd(oldText, text, Math.min(oldText.length, text.length) - p), minPart, maxPart);
}

/** partStartsAfterEdit, given where the two texts' common start ends (`p`) and their common end begins in `text`. */
function cutsAfterEdit(text: string, oldText: string, oldCuts: readonly number[], p: number, sharedEndFrom: number, minPart = MIN_PART, maxPart = MAX_PART): number[] {
  const delta = text.length - oldText.length;
  const kept: number[] = [];
  for (const c of oldCuts) {
    const nl = oldText.indexOf('\n', c);
    if (nl < 0 || nl >= p || c + HASHED >= p) break;
    kept.push(c);
  }
  const resync = { oldCuts, from: sharedEndFrom, delta };
  return scanCuts(text, kept, kept.length ? kept[kept.length - 1] : 0, minPart, maxPart, resync);
}

/** Scans for cuts from `from` (0, or a cut already in `cuts`), appending to `cuts`; with `resync`, stops where the last version's cuts take over. */
function scanCuts(text: string, cuts: number[], from: number, minPart: number, maxPart: number,
  resync?: { oldCuts: readonly number[]; from: number; delta: number }): number[] {
  let partStart = from;
  let inFence = false;
  let inComment = false;
  let prevBlank = from > 0;
  let r = 0;
  for (let at = from; at < text.length;) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const blank = isBlankLine(text, at, nl);
    if (at > partStart && !blank && prevBlank && !inFence && !inComment && at - partStart >= minPart && (at - partStart >= maxPart || hashHit(text, at))) {
      cuts.push(at);
      partStart = at;
      if (resync && at >= resync.from) {
        const old = at - resync.delta;
        while (r < resync.oldCuts.length && resync.oldCuts[r] < old) r++;
        if (r < resync.oldCuts.length && resync.oldCuts[r] === old) {
          for (let k = r + 1; k < resync.oldCuts.length; k++) cuts.push(resync.oldCuts[k] + resync.delta);
          return cuts;
        }
      }
    }
    if (!inComment && opensFence(text, at, nl)) inFence = !inFence;
    else if (!inFence) inComment = commentOpenAfter(text, at, nl, inComment);
    prevBlank = blank;
    at = nl + 1;
  }
  return cuts;
}

function isBlankLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Whether an HTML comment is open at a line's end, given whether one was open at its start ("<!--" and "-->" in turn). */
function commentOpenAfter(text: string, from: number, to: number, open: boolean): boolean {
  for (let k = from; ;) {
    const next = text.indexOf(open ? '-->' : '<!--', k);
    if (next < 0 || next >= to) return open;
    k = next + (open ? 3 : 4);
    open = !open;
  }
}

function opensFence(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && k - from < 4 && text.charCodeAt(k) === 32) k++;
  const c = text[k];
  return (c === '`' || c === '~') && text[k + 1] === c && text[k + 2] === c;
}

/** FNV-1a over the first characters of the line: one place in eight is a cut. */
function hashHit(text: string, at: number): boolean {
  let h = 0x811c9dc5;
  const end = Math.min(text.length, at + HASHED);
  for (let k = at; k < end; k++) { h ^= text.charCodeAt(k); h = Math.imul(h, 0x01000193); }
  return ((h >>> 0) & 7) === 0;
}

/** One part's analysis: in the part's own offsets (the part's text is its document). */
interface Part { start: number; end: number; model: DocumentModel; findings: Finding[]; blocks: DocumentBlocks;
  /** The part's results moved to `placedAt`, made on demand and kept while the part stays there. */
  placedAt: number; placed?: { entities: Entity[]; findings: Finding[]; abbreviations: DocumentModel['abbreviations']; sentences: Span[]; tables: DocTable[]; nonProse: Span[]; softBreaks: Span[] } }

/**
 * One document's analysis, kept between its versions (the server keeps one for each open document; the CLI makes one
 * per file). `analyzeSteps` is the analysis and the checks as steps; the document's last results are replaced only
 * when the last step completes, so a cancelled analysis leaves them as they were.
 */
export class PartedDocument {
  private text = '';
  private parts: Part[] = [];
  /** Where the latest analysis cut the text (see partStarts). */
  private cuts: number[] = [];
  private optionsKey = '';

  constructor(private readonly analyzer: Analyzer) {}

  /** How many parts the latest analysis read (1: the document was read whole). */
  get partCount(): number { return this.parts.length; }

  analyze(text: string, format: TextFormat, options: PartOptions = {}): PartedResult {
    return drain(this.analyzeSteps(text, format, options));
  }

  *analyzeSteps(text: string, format: TextFormat, options: PartOptions = {}): Generator<void, PartedResult> {
    const wholeUpTo = options.wholeUpTo ?? DEFAULT_WHOLE_UP_TO;
    const key = JSON.stringify([format, options.severity ?? null]);
    if (key !== this.optionsKey) this.clear();
    const parted = wholeUpTo > 0 && text.length > wholeUpTo;
    // the parts the edit left alone: those wholly before the first changed character keep their place, those wholly
    // after the last keep their text and move by the change in length
    const old = this.parts, oldText = this.text;
    const p = old.length ? commonStart(oldText, text) : 0;
    const sharedEndFrom = old.length ? text.length - commonEnd(oldText, text, Math.min(oldText.length, text.length) - p) : Infinity;
    const delta = text.length - oldText.length;
    const starts = !parted ? [] : old.length > 1 ? cutsAfterEdit(text, oldText, this.cuts, p, sharedEndFrom) : partStarts(text);
    const bounds: [number, number][] = [];
    let from = 0;
    for (const s of starts) { bounds.push([from, s]); from = s; }
    bounds.push([from, text.length]);
    const byBounds = new Map<string, Part>();
    for (const part of old) byBounds.set(`${part.start}:${part.end}`, part);
    const next: Part[] = [];
    const taken = new Set<Part>();
    for (const [s, e] of bounds) {
      let kept: Part | undefined;
      if (e <= p) kept = byBounds.get(`${s}:${e}`);
      else if (s >= sharedEndFrom) kept = byBounds.get(`${s - delta}:${e - delta}`);
      if (kept && !taken.has(kept)) {
        taken.add(kept);
        next.push({ ...kept, start: s, end: e });
        continue;
      }
      yield;
      // a part read afresh takes the recognised blocks of the old part it overlaps (an edit inside it re-recognises the
      // blocks it changed only); a block not found there is looked up by its text in the analyzer's cache
      const at = Math.max(s, Math.min(p, e - 1));
      const near = old.find(o => !taken.has(o) && o.start <= at && at < o.end);
      if (near) taken.add(near);
      const blocks = near?.blocks ?? new DocumentBlocks();
      const partText = s === 0 && e === text.length ? text : text.slice(s, e);
      const model: DocumentModel = yield* this.analyzer.steps(partText, format, blocks);
      yield;
      const findings: Finding[] = yield* checkSteps(model, options);
      next.push({ start: s, end: e, model, findings, blocks, placedAt: -1 });
    }
    this.parts = next;
    this.cuts = starts;
    this.text = text;
    this.optionsKey = key;
    if (next.length === 1) return { model: next[0].model, findings: next[0].findings, parts: 1 };
    return { ...merge(text, next), parts: next.length };
  }

  /** Forgets everything (the document closed). */
  clear(): void { this.parts = []; this.cuts = []; this.text = ''; }
}

/** The parts' results side by side, in the whole document's offsets. */
function merge(text: string, parts: Part[]): { model: DocumentModel; findings: Finding[] } {
  const entities: Entity[] = [], findings: Finding[] = [], abbreviations: DocumentModel['abbreviations'] = [], sentences: Span[] = [];
  const tables: DocTable[] = [], nonProse: Span[] = [], softBreaks: Span[] = [];
  const readings: string[] = [];
  for (const part of parts) {
    const placed = placedParts(part);
    push(entities, placed.entities);
    push(findings, placed.findings);
    push(abbreviations, placed.abbreviations);
    push(sentences, placed.sentences);
    push(tables, placed.tables);
    push(nonProse, placed.nonProse);
    push(softBreaks, placed.softBreaks);
    readings.push(part.model.reading ?? part.model.text);
  }
  // (the reading text is joined when a reader asks for it: the features rarely do, and the checks read each part's own)
  let reading: string | undefined;
  const model: DocumentModel = {
    text, entities, abbreviations, sentences, tables, layout: { nonProse, softBreaks },
    get reading() { return reading ??= readings.join(''); },
  };
  // a suppression for the whole file holds in every part
  return { model, findings: text.includes('biotech-disable') ? applySuppressions(text, findings) : findings };
}

function push<T>(into: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) into.push(items[k]);
}

/** A part's results moved to its place in the document: kept until the part moves. */
function placedParts(part: Part): NonNullable<Part['placed']> {
  if (part.placed && part.placedAt === part.start) return part.placed;
  const d = part.start;
  const m = part.model;
  const span = <T extends Span>(x: T): T => ({ ...x, start: x.start + d, end: x.end + d });
  const row = (r: TableRow): TableRow => ({ ...r, start: r.start + d, end: r.end + d, cells: r.cells.map(span) });
  part.placed = {
    entities: m.entities.map(span),
    findings: part.findings.map(f => ({
      ...f, start: f.start + d, end: f.end + d,
      related: f.related.map(span),
      fixes: f.fixes.map(x => ({ ...x, edits: x.edits.map(span) })),
    })),
    abbreviations: m.abbreviations.map(a => ({ ...a, start: a.start + d, end: a.end + d, longStart: a.longStart + d, longEnd: a.longEnd + d })),
    sentences: m.sentences.map(span),
    tables: (m.tables ?? []).map(t => ({ ...t, start: t.start + d, end: t.end + d, header: t.header.map(row), rows: t.rows.map(row) })),
    nonProse: (m.layout?.nonProse ?? []).map(span),
    softBreaks: (m.layout?.softBreaks ?? []).map(span),
  };
  part.placedAt = d;
  return part.placed;
}
