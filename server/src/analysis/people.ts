/** Counts of people: the one list of units (lexicon/grammar/people.json) every reader and check uses. */
import words from '../../lexicon/grammar/people.json';

export const PEOPLE_UNITS: readonly string[] = words.units;

/** The units as one alternation, for patterns that read a count's unit or a noun in text. */
export const PEOPLE_PATTERN = PEOPLE_UNITS.join('|');

/** A figure's unit that counts people: "patients", "participants", "adults" ... */
export const PEOPLE_UNIT = new RegExp(`^(?:${PEOPLE_PATTERN})$`);
