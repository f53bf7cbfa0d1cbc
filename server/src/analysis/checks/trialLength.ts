/**
 * A time point beyond the trial it is reported in (part of date-inconsistent): "In the 26-week
 * ACME-1 trial, ..." and then "... at week 52" for the same trial. The trial's length is an
 * adjective before the trial's noun ("a 26-week trial"), tied to the trial its sentence names; the
 * time point is a duration written as one ("at week 52", "week 52", "at 52 weeks") in a sentence
 * about that trial. A trial stated with two lengths, and a sentence that speaks of an extension
 * or a follow-up, are never judged. The words are data: dates.json's trialLength.
 */
import { figuresBySentence, normalizedText, wordsPattern, type CheckFinding } from './check';
import { trialFor, trialLabel, trialMentions } from './trials';
import { TO_MONTHS } from './survivalLogic';
import { AT_TIME } from '../bind';
import type { DocumentModel, FigureEntity } from '../model';
import words from '../../../lexicon/grammar/dates.json';
import { spanTest } from '../memo';

const LENGTH = words.trialLength;
/** "26-week", "12-month": a length written as an adjective. */
const ADJECTIVE = /^\d+(?:[.,]\d+)?[-\u2010\u2011](?:day|week|month|year)s?$/i;
/** After the adjective, up to five modifying words (no preposition or determiner), then the trial's noun: "26-week trial", "52-week double-blind, placebo-controlled study". */
const BEFORE_NOUN = new RegExp(`^(?:,? (?!(?:${wordsPattern(LENGTH.notModifiers)})[ ,])[\\p{L}-]+){0,5},? (?:${wordsPattern(LENGTH.trialNouns)})(?![\\p{L}])`, 'iu');
const BEYOND = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(LENGTH.beyond)})(?![\\p{L}])`, 'iu');
/** "week 52", "month 6": a time point written unit first ("at 52 weeks" is binding's AT_TIME). */
const WEEK_FIRST = /^(?:week|month|day|Woche|Monat|semaine|mois|vecka|uge|maand)\s?\d/i;

interface Length { months: number; f: FigureEntity }

export function beyondTrialLength(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const trials = trialMentions(model);
  const bySentence = figuresBySentence(model);
  // the lengths each trial is stated with
  const lengths = new Map<string, Length[]>();
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
      if (f.figureKind !== 'duration' || typeof f.value !== 'number' || TO_MONTHS[f.unit] === undefined) continue;
      const surface = text.slice(f.start, f.end);
      if (!ADJECTIVE.test(surface)) continue;
      const noun = BEFORE_NOUN.exec(text.slice(f.end, f.end + 60));
      if (!noun || BEYOND.test(noun[0])) continue;
      const trial = trialFor(trials, s, f.end);
      if (!trial) continue;
      const list = lengths.get(trial) ?? [];
      list.push({ months: f.value * TO_MONTHS[f.unit], f });
      lengths.set(trial, list);
    }
  }
  if (lengths.size === 0) return [];
  const out: CheckFinding[] = [];
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    if (spanTest(BEYOND, text, model.sentences, s)) continue;
    for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
      if (f.figureKind !== 'duration' || typeof f.value !== 'number' || TO_MONTHS[f.unit] === undefined || f.comparator) continue;
      const surface = text.slice(f.start, f.end);
      if (ADJECTIVE.test(surface) || !(WEEK_FIRST.test(surface) || AT_TIME.test(text.slice(Math.max(s.start, f.start - 16), f.start)))) continue;
      const trial = trialFor(trials, s);
      const stated = trial ? lengths.get(trial) : undefined;
      if (!trial || !stated || new Set(stated.map(x => x.months.toFixed(3))).size !== 1) continue;
      const length = stated[0];
      const at = f.value * TO_MONTHS[f.unit];
      // a week or a month of margin: "week 27" of a 26-week trial is its final visit
      if (at <= length.months * 1.05 + 0.25) continue;
      out.push({
        message: `${surface} lies beyond the ${text.slice(length.f.start, length.f.end)} ${trialLabel(trial)} trial it is reported in.`,
        start: f.start, end: f.end,
        related: [{ start: length.f.start, end: length.f.end, message: `the trial's length: ${text.slice(length.f.start, length.f.end)}` }],
        data: { timepointMonths: Number(at.toFixed(3)), trialMonths: Number(length.months.toFixed(3)) }, fixes: [],
      });
    }
  }
  return out;
}
