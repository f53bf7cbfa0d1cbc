/**
 * repeated-value, read without a model of the claim: a passage restated word for word but for one number. A standfirst
 * that repeats the lead, a summary bullet that repeats the body, a caption that repeats the text: when the words on both
 * sides of a figure are the same, eight and eight, with every other number among them the same too, the two figures
 * state one quantity, and two values of it cannot both be right ("... will pay $12 million upfront on signing, followed
 * by ..." and, further down, the same words with $15 million).
 *
 * Precision first: a figure right after a word of comparison ("compared to $9 million in the same period") is another
 * period's or group's, whatever the words around it; tables' cells and lines of a flattened table (a bar, or the same
 * header repeated over columns) are left to the table checks; two figures closer than a short clause are one list.
 */
import type { DocumentModel, FigureEntity } from '../model';
import { paragraphRuns } from '../memo';
import type { CheckFinding } from './check';
import { VERSUS } from '../bind';

/** Words on each side of a figure that must be the same. */
const WORDS = 8;
/** How far to look for them (characters): a window, so a figure costs the same however long its sentence. */
const REACH = 160;
/** Two figures nearer than this are items of one list, not a passage and its restatement. */
const MIN_APART = 80;
/** Right before a figure: a word of comparison (the binder's, every language's), "against", or a change's origin. */
const COMPARED_BEFORE = new RegExp(`(?:${VERSUS}|\\bagainst|\\bfrom|\\bvon)\\s*$`, 'i');

function sideWords(piece: string, fromEnd: boolean): string[] | undefined {
  if (/[|\n\t]/.test(piece.replace(/\n(?=\S)/g, ' '))) return undefined;
  const words = piece.split(/\s+/).filter(Boolean);
  if (words.length <= WORDS) return undefined;
  return fromEnd ? words.slice(-WORDS) : words.slice(0, WORDS);
}

/** Words before the figure read past the eight, to tell a restatement from a parallel one about another group. */
const WIDE_WORDS = 16;
/**
 * "In group A, a median of 4.4 months vs 2.1 months, a 36 % reduction in ..." and "In group B, a median of 7.9 months vs
 * 2.1 months, a 57 % reduction in ...": the same eight words around the figure, and right before them the same words
 * again with another number. A passage written twice to one pattern about another number is a parallel statement (of
 * another group, dose or time), not a restatement: a restatement repeats the numbers it carries. Read back from the
 * ninth word while the two passages agree but for their numbers.
 */
function parallel(a: string, b: string): boolean {
  const wa = a.split(' '), wb = b.split(' ');
  const num = (w: string) => /\d/.test(w);
  for (let k = WORDS + 1; k <= Math.min(wa.length, wb.length, WIDE_WORDS); k++) {
    const x = wa[wa.length - k], y = wb[wb.length - k];
    if (x === y) continue;
    return num(x) && num(y) && x.replace(/\d[\d.,]*/g, '#') === y.replace(/\d[\d.,]*/g, '#');
  }
  return false;
}

/**
 * A figure's context: the words on both sides (`head`) and the wider words before it (`wide`, see parallel), and the key
 * restatements are found by (`key`, for figures of the kind and unit `kind`). The key is made once and kept with the
 * context, so that at every edit the lookup hashes the very string it hashed before (a string keeps its hash), not a
 * fresh one built for each figure of the document. (Only the key is filled in after the context is read: a pure
 * function of the context and the kind, so whoever reads it finds what it would build.)
 */
interface Context { readonly head: string; readonly wide: string; kind?: string; key?: string }
/** A paragraph's figures' contexts, by the figure's place in it: kept with the paragraph's text, filled as figures ask. */
type Contexts = Map<number, Context | null>;
const freshContexts = (): Contexts => new Map();

/** The words on both sides of the span [s, e) of a paragraph, as one key; null when either side has too few, or a comparison opens it. */
function contextOf(p: string, s: number, e: number): Context | null {
  const before = p.slice(Math.max(0, s - REACH), s);
  if (COMPARED_BEFORE.test(before.slice(-40))) return null;
  const left = sideWords(before, true);
  const right = left && sideWords(p.slice(e, e + REACH), false);
  if (!left || !right) return null;
  // (after the key, the wider words before it: see parallel)
  const wide = before.replace(/\n(?=\S)/g, ' ').split(/\s+/).filter(Boolean).slice(-WIDE_WORDS).join(' ').toLowerCase();
  const all = `${left.join(' ').toLowerCase()}|${right.join(' ').toLowerCase()}\u0000${wide}`;
  const cut = all.indexOf('\u0000');
  return { head: all.slice(0, cut), wide: all.slice(cut + 1) };
}

/**
 * The figures whose passage restates an earlier one's word for word with another value. A figure's context is read
 * within its paragraph (split at blank lines) and kept with the paragraph's text, so an edit reads again only the
 * contexts of the paragraph it changed.
 */
export function wordForWordRestatements(model: DocumentModel, figures: readonly FigureEntity[]): CheckFinding[] {
  const text = model.text;
  const out: CheckFinding[] = [];
  const seen = new Map<string, FigureEntity>();
  const wideOf = new Map<FigureEntity, string>();
  const runs = paragraphRuns(text, freshContexts);
  let r = 0;
  for (let fI = 0, figures_ = figures; fI < figures_.length; fI++) { const f = figures_[fI];
    if (f.table || typeof f.value !== 'number' || f.figureKind === 'date') continue;
    while (r < runs.length && runs[r].to <= f.start) r++;
    const run = runs[r];
    if (!run || f.start < run.from || f.end > run.to) continue;
    // (the cache's key: the span's place in the paragraph, its length in the upper bits' stead)
    const at = (f.start - run.from) * 4096 + Math.min(f.end - f.start, 4095);
    let context = run.result.get(at);
    if (context === undefined) { context = contextOf(text.slice(run.from, run.to), f.start - run.from, f.end - run.from); run.result.set(at, context); }
    if (context === null) continue;
    const kind = `${f.figureKind}|${f.unit}`;
    if (context.kind !== kind) { context.kind = kind; context.key = `${kind}|${context.head}`; }
    const key = context.key!;
    const first = seen.get(key);
    if (!first) { seen.set(key, f); wideOf.set(f, context.wide); continue; }
    if (first.value === f.value || f.start - first.end < MIN_APART || parallel(wideOf.get(first) ?? '', context.wide)) continue;
    const firstText = text.slice(first.start, first.end), here = text.slice(f.start, f.end);
    out.push({
      message: `The same words state ${here} here but ${firstText} earlier: a passage restated word for word cannot give its number two values.`,
      start: f.start, end: f.end, related: [{ start: first.start, end: first.end, message: 'the earlier statement, in the same words' }],
      data: { first: first.value, second: f.value }, fixes: [],
    });
  }
  return out;
}
