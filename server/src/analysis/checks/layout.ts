/**
 * The text as the checks read it (structure.ts applyLayout: what is not prose blanked, soft-wrapped
 * line ends made spaces), laid out again after an edit only where the text or its layout changed.
 *
 * Exactness: applyLayout works code unit by code unit. A code unit's result is a function of the code
 * unit itself, whether a span of either list covers it, and whether a soft break covers it (a covered
 * line end stays unless it is a soft break; any other covered code unit becomes a space; an uncovered
 * one stays). So where the new text and the last one laid out agree (their common start and end), and
 * the spans lying there are the same (shifted by the edit's length at the end), the last result's
 * code units serve; the window between is laid out afresh with the spans inside it, after the
 * window was widened until no span of either version crosses its bounds. When the spans outside the
 * window differ (an edit that changed the layout elsewhere), the whole text is laid out again.
 *
 * Bounds: the last text laid out and its result, one pair, replaced at every call and dropped with
 * the memo of readings.
 */
import { applyLayout, type Span } from '../structure';
import { clearedWithMemo, commonEnd, commonStart } from '../memo';

/** How often the last result served (in part or whole) and how often the whole text was laid out: for tests. */
export const layoutStats = { reused: 0, whole: 0 };

interface Laid { text: string; nonProse: readonly Span[]; softBreaks: readonly Span[]; view: string }
let last: Laid | undefined;

/** Below this length the whole text is laid out: the comparison would cost about as much. */
const WHOLE_BELOW = 4096;

export function layoutText(text: string, nonProse: Span[], softBreaks: Span[]): string {
  const prev = last;
  let view: string | undefined;
  if (prev && prev.text === text && sameSpans(prev.nonProse, nonProse, 0) && sameSpans(prev.softBreaks, softBreaks, 0)) view = prev.view;
  else if (prev && text.length >= WHOLE_BELOW) view = relaid(prev, text, nonProse, softBreaks);
  if (view === undefined) { view = applyLayout(text, nonProse, softBreaks); layoutStats.whole++; } else {
    layoutStats.reused++;
    // (a result spliced from pieces of the last one is flattened by its first reader, normalizeDocument, which
    // converts it to a number: it then holds no piece of the last one, which it replaces)
  }
  last = { text, nonProse, softBreaks, view };
  return view;
}

/** Forgets the last text laid out (with the memo of readings: the server clears it when its last document closes). */
export function clearLayoutMemo(): void { last = undefined; }
clearedWithMemo(clearLayoutMemo);

function relaid(prev: Laid, text: string, nonProse: Span[], softBreaks: Span[]): string | undefined {
  const old = prev.text;
  const p = commonStart(old, text);
  const q = commonEnd(old, text, Math.min(old.length, text.length) - p);
  // the window: [a, b) of the new text, [a, b - delta) of the old one; outside it both agree
  const delta = text.length - old.length;
  let a = p, b = text.length - q;
  for (let widened = true; widened;) {
    widened = false;
    for (let itemI = 0, itemList = [[nonProse, 0], [softBreaks, 0], [prev.nonProse, delta], [prev.softBreaks, delta]] as [readonly Span[], number][]; itemI < itemList.length; itemI++) { const [list, shift] = itemList[itemI];
      // (an old span is compared in the new text's offsets: those after the window move by the edit's length)
      const bOwn = b - shift;
      for (let sI = 0, list_ = list; sI < list_.length; sI++) { const s = list_[sI];
        if (s.end <= a || s.start >= bOwn) continue;
        if (s.start < a) { a = s.start; widened = true; }
        if (s.end > bOwn) { b = s.end + shift; widened = true; }
      }
    }
  }
  const bOld = b - delta;
  if (a < 0 || b > text.length || bOld > old.length || bOld < a) return undefined;
  // outside the window, each list the same in both versions
  for (let itemI = 0, itemList = [[nonProse, prev.nonProse], [softBreaks, prev.softBreaks]] as [readonly Span[], readonly Span[]][]; itemI < itemList.length; itemI++) { const [now, before] = itemList[itemI];
    const headNow = now.filter(s => s.end <= a), headBefore = before.filter(s => s.end <= a);
    const tailNow = now.filter(s => s.start >= b), tailBefore = before.filter(s => s.start >= bOld);
    if (!sameSpans(headBefore, headNow, 0) || !sameSpans(tailBefore, tailNow, delta)) return undefined;
    // every span is outside the window or within it
    if (headNow.length + tailNow.length + now.filter(s => s.start >= a && s.end <= b && !(s.end <= a) && !(s.start >= b)).length !== now.length) return undefined;
  }
  const inside = (list: Span[]) => list.filter(s => s.start >= a && s.end <= b && s.end > a && s.start < b).map(s => ({ start: s.start - a, end: s.end - a }));
  return prev.view.slice(0, a) + applyLayout(text.slice(a, b), inside(nonProse), inside(softBreaks)) + prev.view.slice(bOld);
}

/** Whether two lists of spans are the same, the second's offsets `shift` more than the first's. */
function sameSpans(before: readonly Span[], now: readonly Span[], shift: number): boolean {
  if (before.length !== now.length) return false;
  for (let i = 0; i < now.length; i++) if (before[i].start + shift !== now[i].start || before[i].end + shift !== now[i].end) return false;
  return true;
}

/**
 * The checks' view with its soft wraps as line ends again, offsets kept (a wrap's first character becomes the line end):
 * for readings of a line of its own (a title, a dateline) that the view joined to the next.
 */
export function withLineEnds(text: string, soft: readonly { start: number; end: number }[]): string {
  if (!soft.length) return text;
  let out = '', at = 0;
  for (let bI = 0, soft_ = soft; bI < soft_.length; bI++) { const b = soft_[bI]; if (b.end <= b.start || b.start < at) continue; out += text.slice(at, b.start) + '\n' + ' '.repeat(b.end - b.start - 1); at = b.end; }
  return out + text.slice(at);
}
