/**
 * Small helpers of the server's wiring, kept apart so they can be tested without a connection:
 * parameter checks for malformed requests, the empty model, and the window of text a degraded
 * (very large) document is analysed in.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';

export const EMPTY_MODEL: DocumentModel = Object.freeze({ text: '', entities: [], abbreviations: [], sentences: [] }) as unknown as DocumentModel;

export function isUri(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length < 10_000;
}

const isIndex = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0x7fffffff;

export function isPosition(v: unknown): v is { line: number; character: number } {
  return !!v && typeof v === 'object' && isIndex((v as { line?: unknown }).line) && isIndex((v as { character?: unknown }).character);
}

export function isRange(v: unknown): v is { start: { line: number; character: number }; end: { line: number; character: number } } {
  return !!v && typeof v === 'object' && isPosition((v as { start?: unknown }).start) && isPosition((v as { end?: unknown }).end);
}

/** The error a malformed request gets: InvalidParams, with what was wrong in the request's own terms (never internal text). */
export function invalidParams(what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `Invalid params: ${what}.`);
}

/** Characters analysed on each side of the cursor in a degraded document. */
export const WINDOW_RADIUS = 2000;

/**
 * The window of a large text analysed around `offset`: about WINDOW_RADIUS characters each side,
 * widened to a blank line (a block boundary) where one is near, else to a line end, so that
 * blocks are whole and the block cache serves neighbouring windows.
 */
export function windowAround(text: string, offset: number, radius = WINDOW_RADIUS): { start: number; end: number } {
  offset = Math.max(0, Math.min(offset, text.length));
  let start = Math.max(0, offset - radius);
  let end = Math.min(text.length, offset + radius);
  if (start > 0) {
    const blank = text.lastIndexOf('\n\n', start);
    const nl = text.lastIndexOf('\n', start);
    start = blank >= 0 && start - blank < radius ? blank + 2 : nl >= 0 && start - nl < radius ? nl + 1 : start;
  }
  if (end < text.length) {
    const blank = text.indexOf('\n\n', end);
    const nl = text.indexOf('\n', end);
    end = blank >= 0 && blank - end < radius ? blank : nl >= 0 && nl - end < radius ? nl : end;
  }
  // never split a surrogate pair
  if (start > 0 && start < text.length && (text.charCodeAt(start) & 0xfc00) === 0xdc00) start++;
  if (end > 0 && end < text.length && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end--;
  return { start, end: Math.max(start, end) };
}
