/**
 * A change whose two ends are dated against each other (part of date-inconsistent): "Cash rose 12 % from $20.0 million at
 * 31 March 2031 to $22.4 million as at 30 September 2030", "increased from 30 June 2031 to $18.4 million as at 31 December
 * 2030". In a sentence that states a change, a date after "from" (its sum and an anchor perhaps between: "from $20.0
 * million at") opens the period, a date after an anchor of state ("as at", "as of", "at") that follows a "to" closes it;
 * the closing date cannot lie wholly before the opening one. The words are data (comparisons.json changes, dates.json
 * statusDates.anchors); only dates of a month or a day are judged.
 */
import { figuresBySentence, normalizedText, wordsPattern, type CheckFinding } from './check';
import { lexiconRegExp, NOT_AFTER_LETTER, NOT_BEFORE_LETTER } from '../lexiconMatcher';
import type { DocumentModel, FigureEntity } from '../model';
import { spanOf } from '../dateline';
import { finding } from './datesStatus';
import { spanTest } from '../memo';
import comparisons from '../../../lexicon/grammar/comparisons.json';
import dates from '../../../lexicon/grammar/dates.json';

const C = comparisons.changes;
/** A word of change anywhere in the sentence ("increased", "fell", "stieg"). */
// (a trie behind the pattern, as claims.ts's CHANGE_VERB of the same verbs)
const CHANGE = lexiconRegExp([...C.up, ...C.down], 'iu', NOT_AFTER_LETTER, NOT_BEFORE_LETTER);
/** The short anchors a state's date takes in English ("at 30 June", "on 30 June"), beside dates.json's. */
const ANCHORS = wordsPattern([...dates.statusDates.anchors, 'at', 'on']);
/** Right before the opening date: "from", at most four words (its sum), an anchor perhaps. */
const FROM_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(C.from)})(?:\\s+[^\\s;:]+){0,4}?\\s+(?:(?:${ANCHORS})\\s+)?(?:the\\s+)?$`, 'iu');
/** Between the two dates: "to", at most four words (its sum), then the anchor right before the closing date. */
const TO_THEN_ANCHOR = new RegExp(`^[^;:]{0,20}?(?<![\\p{L}])(?:${wordsPattern(C.to.filter(w => w.length > 1))})(?:\\s+[^\\s;:]+){0,4}?\\s+(?:${ANCHORS})\\s+(?:the\\s+)?$`, 'iu');
/** How far apart the two dates may stand: the closing one's sum and anchor at most. */
const BETWEEN_MAX = 80;
/** How far before the opening date its "from" may stand. */
const FROM_REACH = 60;

export function changeEndsReversed(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const bySentence = figuresBySentence(model);
  for (let si = 0; si < bySentence.length; si++) {
    const dated = bySentence[si].filter(f => f.figureKind === 'date');
    if (dated.length < 2) continue;
    const s = model.sentences[si];
    // (the sentence's answer kept with its text: an edit elsewhere asks the memo)
    if (!spanTest(CHANGE, text, model.sentences, s)) continue;
    for (let k = 0; k + 1 < dated.length; k++) {
      const a = dated[k], b = dated[k + 1];
      const sa = precise(a), sb = precise(b);
      if (!sa || !sb || sb.to >= sa.from || b.start - a.end > BETWEEN_MAX) continue;
      if (!FROM_BEFORE.test(text.slice(Math.max(s.start, a.start - FROM_REACH), a.start)) || !TO_THEN_ANCHOR.test(text.slice(a.end, b.start))) continue;
      out.push(finding(b, `The change runs from ${sa.label} to ${sb.label}, yet ${sb.label} lies before ${sa.label}.`,
        [{ start: a.start, end: a.end, message: `the period's start: ${sa.label}` }], { start: sa.from, end: sb.to }));
    }
  }
  return out;
}

/** A date's span when it names a month or a day (a year or a quarter says too little of where a state stood). */
function precise(f: FigureEntity) {
  const sp = spanOf(f);
  return sp && /^\d{4}-\d{2}/.test(f.iso ?? '') ? sp : undefined;
}
