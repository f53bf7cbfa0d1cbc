/**
 * The populations a document states, read once per model: every count of people ("40 patients",
 * "n = 40", the 40 of "12 of 40") with its size, its sentence, and its role when the words around it
 * say which: the study's enrolment ("the trial enrolled 40 patients") or an analysis set drawn from
 * it ("the 36 evaluable patients"). A count hedged as a bound ("more than 40 patients", "about
 * 40") is a population of unknown size: it is kept, as unbounded, so that no check reads a
 * population as smaller than the text allows. The words are data (lexicon/grammar/people.json).
 */
import type { DocumentModel, FigureEntity } from './model';
import words from '../../lexicon/grammar/people.json';
import { PEOPLE_UNIT } from './people';
import { wordsPattern } from './words';
import { normalizedText, sentenceIndexAt } from './checks/check';

export type PopulationRole = 'enrolment' | 'analysis' | 'other';

export interface StatedPopulation {
  /** The figure that states it (for a denominator, the "k of n" figure). */
  figure: FigureEntity;
  /** Its size; Infinity when the text gives only a bound. */
  size: number;
  role: PopulationRole;
  sentence: number;
}

/** Words that state a count of people as a study's enrolment (people.json). */
export const ENROLMENT_WORDS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.enrolment.words)})(?![\\p{L}])`, 'iu');
const ANALYSIS_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.analysisSets.words)})\\s*$`, 'iu');
const ANALYSIS_AFTER = new RegExp(`^[\\p{L}\\s-]{0,24}?(?<![\\p{L}])(?:${wordsPattern(words.analysisSets.words)})(?![\\p{L}])`, 'iu');
/** The words inside a count's own span: "36 evaluable patients". */
const ANALYSIS_IN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.analysisSets.words)})(?![\\p{L}])`, 'iu');
const OUTCOME_UNIT = new RegExp(`^(?:${wordsPattern(words.outcomes.units)})$`, 'i');

/** A count of people: its unit says so. */
export const isPeopleCount = (f: FigureEntity): boolean =>
  f.figureKind === 'count' && PEOPLE_UNIT.test(f.unit) && typeof f.value === 'number' && Number.isInteger(f.value) && f.value > 0;

/** A count of responders, responses or remissions: people (or one event each) drawn from a population. */
export const isOutcomeCount = (f: FigureEntity): boolean =>
  f.figureKind === 'count' && OUTCOME_UNIT.test(f.unit) && typeof f.value === 'number' && Number.isInteger(f.value) && f.value > 0;

const MEMO = new WeakMap<DocumentModel, StatedPopulation[]>();
const BY_SENTENCE = new WeakMap<DocumentModel, Map<number, StatedPopulation[]>>();

/** The stated populations of each sentence, by the sentence's index: a check looks up a few sentences, never scans them all. */
export function populationsBySentence(model: DocumentModel): Map<number, StatedPopulation[]> {
  let out = BY_SENTENCE.get(model);
  if (!out) {
    out = new Map();
    for (const p of populationsOf(model)) { const l = out.get(p.sentence) ?? []; l.push(p); out.set(p.sentence, l); }
    BY_SENTENCE.set(model, out);
  }
  return out;
}

export function populationsOf(model: DocumentModel): StatedPopulation[] {
  let out = MEMO.get(model);
  if (!out) { out = readPopulations(model); MEMO.set(model, out); }
  return out;
}

function readPopulations(model: DocumentModel): StatedPopulation[] {
  const text = normalizedText(model);
  const out: StatedPopulation[] = [];
  for (const f of model.entities) {
    if (f.kind !== 'figure') continue;
    const sentence = sentenceIndexAt(model, f.start);
    if (f.denominator !== undefined && f.denominator > 0) out.push({ figure: f, size: f.denominator, role: 'other', sentence });
    if (typeof f.binding.n === 'number' && f.binding.n > 0) out.push({ figure: f, size: f.binding.n, role: 'other', sentence });
    if (!isPeopleCount(f)) continue;
    const size = f.comparator && f.comparator !== '<' && f.comparator !== '\u2264' ? Infinity : f.value as number;
    out.push({ figure: f, size, role: roleOf(model, text, f, sentence), sentence });
  }
  return out;
}

function roleOf(model: DocumentModel, text: string, f: FigureEntity, sentence: number): PopulationRole {
  if (ANALYSIS_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start)) || ANALYSIS_IN.test(text.slice(f.start, f.end)) || ANALYSIS_AFTER.test(text.slice(f.end, f.end + 48))) return 'analysis';
  const s = model.sentences[sentence];
  if (s && ENROLMENT_WORDS.test(text.slice(s.start, s.end))) return 'enrolment';
  return 'other';
}

/**
 * The stated population a figure is about, when its binding names one the document sizes: the
 * subgroup its sentence frames it by is the text of a stated population ("Of the 36 evaluable
 * patients, 12 responded": the 12 and its share are of the 36).
 */
export function populationOf(model: DocumentModel, f: FigureEntity): StatedPopulation | undefined {
  const label = f.binding.subgroup ?? f.binding.arm;
  if (!label) return undefined;
  const key = label.replace(/\s+/g, ' ').trim().toLowerCase();
  let found: StatedPopulation | undefined;
  for (const p of populationsOf(model)) {
    if (p.figure === f || p.figure.kind !== 'figure') continue;
    if (model.text.slice(p.figure.start, p.figure.end).replace(/\s+/g, ' ').trim().toLowerCase() !== key) continue;
    // the nearest such statement before the figure, else the first after it
    if (p.figure.start <= f.start || !found) found = p;
    if (p.figure.start > f.start) break;
  }
  return found;
}
