/**
 * impossible-value, people with an event against their events: a table's cell that counts the people with at least one
 * event and, beside them, the events they had ("| 40 (20.0%) 52 events |" under "Patients with one or more flares, n (%), and their
 * events"). Each of those people had one event or more, so the events cannot be fewer than the people. The column's
 * header must say that its people are those with at least one event (people.json withAnEvent); the events are a count in
 * an event unit (totals.json eventSplits.units).
 */
import { wordsPattern, figuresOf, type CheckFinding } from './check';
import people from '../../../lexicon/grammar/people.json';
import type { DocumentModel } from '../model';
import { PEOPLE_UNIT } from '../people';
import { EVENT_UNITS } from './totals';

/** Words of a header that make its people those with at least one event, as words: "≥1" is no part of "≥10". */
const WITH_AN_EVENT = new RegExp(`(?<![\\p{L}\\d])(?:${wordsPattern(people.withAnEvent.words)})(?![\\p{L}\\d])`, 'iu');

export function eventsBelowPeople(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const figs = figuresOf(model);
  const text = model.text;
  for (let i = 0; i + 1 < figs.length; i++) {
    const who = figs[i];
    if (!who.table || who.figureKind !== 'count' || !PEOPLE_UNIT.test(who.unit) || typeof who.value !== 'number' || who.denominator !== undefined) continue;
    if (!WITH_AN_EVENT.test(who.table.column)) continue;
    // the events: the next count in the same cell, past the people's share in brackets
    let k = i + 1;
    if (figs[k] && figs[k].figureKind === 'percent' && /^\s?\(\s?$/.test(text.slice(who.end, figs[k].start))) k++;
    const events = figs[k];
    if (!events || events.figureKind !== 'count' || !EVENT_UNITS.has(events.unit.toLowerCase()) || typeof events.value !== 'number') continue;
    if (/[|\n]/.test(text.slice(who.end, events.start))) continue;
    if (events.value >= who.value) continue;
    out.push({
      message: `${who.value} people with at least one event cannot have had only ${events.value} events between them: each had one or more.`,
      start: who.start, end: who.end,
      related: [{ start: events.start, end: events.end, message: `the events: ${events.value}` }],
      data: { people: who.value, events: events.value }, fixes: [],
    });
  }
  return out;
}
