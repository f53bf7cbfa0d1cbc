/**
 * Subsets above the populations they are drawn from (part of impossible-value), read over the
 * document's stated populations (populations.ts):
 * - a count of responders, responses or remissions above every population the document states,
 *   when one is stated before it, in its sentence or the two before ("9 patients were treated ... 12
 *   complete remissions"): whoever responded was treated;
 * - an analysis set above the study's enrolment ("the 30 evaluable patients" of a study that
 *   "enrolled 24 patients"), when the document names at most one trial and every enrolment it
 *   states is smaller: the evaluable patients are some of the enrolled ones.
 * A population stated only as a bound ("more than 40 patients") is unbounded here, and a bare
 * number near the count that could be a population ("12 of 40") is taken as one: the check
 * judges only when no reading of the text leaves room for the count.
 */
import { figuresBySentence, normalizedText, paragraphIndexAt, type CheckFinding } from './check';
import { enrolledBefore, isOutcomeCount, isPeopleCount, populationsBySentence, populationsOf, type StatedPopulation } from '../populations';
import { isIntroduced, populationBefore, wholeCount } from './shares';
import { trialMentions } from './trials';
import { PEOPLE_PATTERN, PEOPLE_UNIT } from '../people';
import type { DocumentModel, FigureEntity } from '../model';
import { wordsPattern } from '../words';
import people from '../../../lexicon/grammar/people.json';
import shares from '../../../lexicon/grammar/shares.json';
import nesting from '../../../lexicon/grammar/nesting.json';
import numbers from '../../../lexicon/builtin/numbers.json';

/** How many sentences before a count its population may be stated in. */
const NEAR = 2;

export function subsetsAbovePopulations(model: DocumentModel): CheckFinding[] {
  const populations = populationsOf(model);
  // (a group introduced in words alone needs no population read: "Of 14 long-term responders, ...")
  if (populations.length === 0) return [...restrictedAboveTheirGroup(model), ...countsAfterOpeningGroup(model)];
  const out: CheckFinding[] = [];
  const text = model.text;
  const largest = populations.reduce((a, b) => (b.size > a.size ? b : a));
  const bySentence = figuresBySentence(model);
  // a count looks only at the populations of its own sentence and the two before (linear work)
  const bySentenceIndex = populationsBySentence(model);
  const bareNear = (si: number, value: number, self: FigureEntity) => {
    for (let j = Math.max(0, si - NEAR); j <= si; j++) {
      for (let gI = 0, gList = bySentence[j] ?? []; gI < gList.length; gI++) { const g = gList[gI];
        if (g !== self && g.unit === '' && typeof g.value === 'number' && Number.isInteger(g.value) && g.value >= value && (g.figureKind === 'count' || g.figureKind === 'other')) return true;
      }
    }
    return false;
  };
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
      // (a bare number referring back to a group of people, "587 of them achieved", counts some of the document's people)
      const referring = !isOutcomeCount(f) && refersBackToPeople(text, f);
      if ((!isOutcomeCount(f) && !referring) || f.comparator || f.table || f.denominator !== undefined) continue;
      const v = f.value as number;
      if (v <= largest.size) continue;
      const near: StatedPopulation[] = [];
      // a group counted after the count in its sentence may be one of its parts ("28 responders, including
      // 14 high-risk patients"), not the population it was drawn from; a group referred back to may stand further back
      for (let j = referring ? 0 : Math.max(0, si - NEAR); j <= si; j++) for (let pI = 0, pList = bySentenceIndex.get(j) ?? []; pI < pList.length; pI++) { const p = pList[pI]; if (p.figure !== f && p.figure.start < f.start) near.push(p); }
      if (near.length === 0 || bareNear(si, v, f)) continue;
      const closest = near[near.length - 1];
      out.push({
        message: `${text.slice(f.start, f.end)} is more than any population the document states (the largest: ${describe(text, largest)}): ${referring ? 'the people it counts are some of them' : `${f.unit} are counted among the patients treated`}.`,
        start: f.start, end: f.end,
        related: [...new Set([closest, largest])].map(p => ({ start: p.figure.start, end: p.figure.end, message: `a population: ${describe(text, p)}` })),
        data: { count: v, largestPopulation: largest.size }, fixes: [],
      });
    }
  }
  out.push(...analysisAboveEnrolment(model, populations));
  out.push(...subgroupsAboveEnrolment(model, populations));
  out.push(...sharedPartsAboveEnrolment(model, populations));
  out.push(...armsAboveEnrolment(model));
  out.push(...groupDenominatorsAboveEnrolment(model, populations));
  out.push(...countsAboveTheirGroup(model));
  out.push(...countsAboveIntroduced(model));
  const at = new Set(out.map(f => f.start));
  out.push(...restrictedAboveTheirGroup(model).filter(f => !at.has(f.start)));
  for (let fI = 0, fList = countsAfterOpeningGroup(model); fI < fList.length; fI++) { const f = fList[fI]; if (!at.has(f.start)) { out.push(f); at.add(f.start); } }
  return out;
}

const SUBJECT_VERB = `(?:(?:${wordsPattern(people.subjectVerbs.auxiliaries)})\\s){0,2}(?:${wordsPattern([...people.subjectVerbs.words, ...people.analysisSets.words])})(?![\\p{L}])`;
/** "587 of them achieved", "12 of whom had died": right after a bare whole number, words referring back to people, then a verb of people (people.json). */
const REFERS_BACK = new RegExp(`^\\s(?:${wordsPattern(nesting.subsets.peopleReferBack)})[\\s,]+${SUBJECT_VERB}`, 'iu');
function refersBackToPeople(text: string, f: FigureEntity): boolean {
  return f.unit === '' && (f.figureKind === 'count' || f.figureKind === 'other') && typeof f.value === 'number' && Number.isInteger(f.value) && REFERS_BACK.test(text.slice(f.end, f.end + 60));
}

/** Between a count of people and the group it is drawn from: "among the first", "unter den ersten" (nesting.json subsets). */
const AMONG = new RegExp(`^\\s(?:${wordsPattern(nesting.subsets.among)})\\s(?:(?:${wordsPattern(nesting.subsets.amongLeads)})\\s)?$`, 'iu');

/**
 * "11 evaluable patients among the first 9 of the 40 enrolled": a count of people followed by "among" and the group it
 * is drawn from (a count of people, or the part of a "9 of 40") cannot be larger than that group.
 */
function countsAboveTheirGroup(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    for (let k = 0; k + 1 < inS.length; k++) {
      const part = inS[k], group = inS[k + 1];
      if (!isPeopleCount(part) || part.comparator || part.table || part.denominator !== undefined) continue;
      if (group.figureKind !== 'count' || !PEOPLE_UNIT.test(group.unit) || typeof group.value !== 'number' || group.comparator) continue;
      if (!AMONG.test(text.slice(part.end, group.start)) || (part.value as number) <= group.value) continue;
      out.push({
        message: `${model.text.slice(part.start, part.end)} are said to be among ${model.text.slice(group.start, group.end)}, yet are more: a part of a group cannot exceed it.`,
        start: part.start, end: part.end,
        related: [{ start: group.start, end: group.end, message: `the group: ${group.value}` }],
        data: { part: part.value as number, whole: group.value }, fixes: [],
      });
    }
  }
  return out;
}

/** A sentence that opens by introducing a group: "Of the 16 long-term survivors," or "Of 12 long-term survivors with a biopsy," (shares.json). */
const INTRODUCED_GROUP = new RegExp(`^\\s*(?:${wordsPattern(shares.populationIntroducers.flatMap(g => g.words))})\\s+(\\d{1,6})\\s+([^,;:()]{3,60}?)(?:\\s+(${wordsPattern(shares.restrictors.words)})\\s[^,;]{1,80})?,`, 'iu');
/** How many sentences back the unrestricted group may be introduced. */
const GROUP_REACH = 3;

/**
 * "Of 16 long-term survivors, ... Of 20 long-term survivors with a biopsy, ...": a group introduced
 * again with a clause that restricts it (with, who, whose) is part of the group introduced a few
 * sentences before in the same words, so it cannot be larger.
 */
function restrictedAboveTheirGroup(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const groups: { si: number; value: number; words: string; restricted: boolean; start: number; end: number }[] = [];
  for (let si = 0; si < model.sentences.length; si++) { const s = model.sentences[si];
    const m = INTRODUCED_GROUP.exec(text.slice(s.start, Math.min(s.end, s.start + 240)));
    if (!m) continue;
    const start = s.start + m[0].indexOf(m[1], m[0].search(/\d/));
    const g = { si, value: Number(m[1]), words: m[2].trim().toLowerCase().replace(/\s+/g, ' '), restricted: !!m[3], start, end: start + m[1].length };
    if (g.restricted) {
      const whole = [...groups].reverse().find(h => !h.restricted && h.words === g.words && si - h.si <= GROUP_REACH);
      if (whole && g.value > whole.value) {
        out.push({
          message: `${g.value} ${g.words}, restricted by the words after them, are more than the ${whole.value} ${whole.words} introduced before: a part of a group cannot exceed it.`,
          start: g.start, end: g.end,
          related: [{ start: whole.start, end: whole.end, message: `the group: ${whole.value} ${whole.words}` }],
          data: { part: g.value, whole: whole.value }, fixes: [],
        });
      }
    }
    groups.push(g);
  }
  return out;
}

/**
 * A sentence opening on a group: the introducing words, the group's count, its words up to a comma or (verb-second)
 * a verb of people, then the count of some of it. The group's words may hold figures of their own ("in stage 2").
 */
const OPENING_GROUP = new RegExp(`^\\s*(?:${wordsPattern(shares.populationIntroducers.flatMap(g => g.words))})\\s+(\\d{1,6})\\s+([^,;:()]{2,80}?)(?:,\\s*|\\s+(${wordsPattern(nesting.openingGroups.verbSecond)})\\s+)(?=\\d)`, 'iu');

/**
 * "Of the 16 patients in stage 2, 18 died", "Von 16 Patienten im Stadium 2 starben 18 Patienten": the count that
 * opens the clause after a sentence's opening group counts some of that group (a count of people, an outcome's
 * count, or a bare number whose noun is left out), so it cannot be larger. The group is a count of people.
 */
/** The group's unit: people, or cases (of a disease: "Von 16 Fällen"). */
const GROUP_UNIT = new RegExp(`^(?:${PEOPLE_PATTERN}|cases)$`);

function countsAfterOpeningGroup(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let si = 0, bySentence_ = figuresBySentence(model); si < bySentence_.length; si++) { const inS = bySentence_[si];
    if (inS.length === 0) continue;
    const s = model.sentences[si];
    const m = OPENING_GROUP.exec(text.slice(s.start, Math.min(s.end, s.start + 200)));
    if (!m) continue;
    const groupAt = s.start + m[0].search(/\d/);
    const group = inS.find(f => f.start === groupAt);
    // (a group of responders counts people too: "Of the 12 responders, 14 had a complete response")
    if (!group || group.figureKind !== 'count' || !(GROUP_UNIT.test(group.unit) || isOutcomeCount(group)) || typeof group.value !== 'number' || group.comparator) continue;
    const at = s.start + m[0].length;
    const part = inS.find(f => f.start === at);
    let value: number, end: number;
    if (part) {
      if (typeof part.value !== 'number' || !Number.isInteger(part.value) || part.comparator || part.denominator !== undefined) continue;
      // a bare number counts the group's own people when a verb of people, a copula and people, or the clause's end
      // follow it, or (verb-second) a word that is no noun ("starben 18 innerhalb", not "wurden 18 Biopsien")
      const after = text.slice(part.end, part.end + 30);
      const bare = part.unit === '' && (part.figureKind === 'count' || part.figureKind === 'other')
        && (bareSubject(text, part) || /^\s?[.,;:()]/.test(after) || (m[3] !== undefined && /^\s\p{Ll}/u.test(after)));
      if (!(PEOPLE_UNIT.test(part.unit) || isOutcomeCount(part) || bare)) continue;
      value = part.value; end = part.end;
    } else {
      // a number the reader left unread (after a figure of the group's words: "stage 2, 18"): a whole number that
      // a verb of people follows
      const n = /^\d{1,6}(?![\d.,]?\d)/.exec(text.slice(at, at + 8));
      if (!n || !SUBJECT_AFTER.test(text.slice(at + n[0].length, at + n[0].length + 30))) continue;
      value = Number(n[0]); end = at + n[0].length;
    }
    const report = (from: number, to: number, v: number) => out.push({
      message: `${model.text.slice(from, to)} is more than the group of ${group.value} the sentence opens on (\u201c${model.text.slice(group.start, group.end)}\u201d): a part of a group cannot exceed it.`,
      start: from, end: to,
      related: [{ start: group.start, end: group.end, message: `the group: ${group.value}` }],
      data: { count: v, group: group.value }, fixes: [],
    });
    if (value > group.value) { report(at, end, value); continue; }
    // (the subjects coordinated after it count the group's people too: "Of the 80 enrolled, 79 received a dose, and 75
    // completed the study")
    for (const f of inS) {
      if (f.start <= end) continue;
      if (!COORDINATED_BEFORE.test(text.slice(Math.max(s.start, f.start - 8), f.start))) continue;
      if (typeof f.value !== 'number' || !Number.isInteger(f.value) || f.comparator || f.denominator !== undefined) continue;
      const subject = PEOPLE_UNIT.test(f.unit) ? SUBJECT_AFTER.test(text.slice(f.end, f.end + 30))
        : f.unit === '' && (f.figureKind === 'count' || f.figureKind === 'other') && bareSubject(text, f);
      if (!subject) continue;
      if (f.value > group.value) { report(f.start, f.end, f.value); break; }
    }
  }
  return out;
}
/** Right before a count: the mark or word that coordinates it with the subject before ("..., and 75", "and 75", ", 75"; numbers.json coordinators). */
const COORDINATED_BEFORE = new RegExp(`(?:,\\s*(?:(?:${wordsPattern(numbers.coordinators.words)}))?|\\s(?:${wordsPattern(numbers.coordinators.words)}))\\s$`, 'iu');

/** After a bare number, a verb whose subject is people or an analysis set's word, auxiliaries between (people.json): "9 responded", "12 had died", "41 were evaluable" ("21 had lesions" may count lesions). */
const SUBJECT_AFTER = new RegExp(`^[ ](?:(?:${wordsPattern(people.subjectVerbs.auxiliaries)})[ ]){0,2}(?:${wordsPattern([...people.subjectVerbs.words, ...people.analysisSets.words, ...nesting.openingGroups.partVerbs])})(?![\\p{L}])`, 'iu');

/**
 * "Of the 40 patients, 12 were ...": a bare whole number that is the subject of the clause after an
 * introduced population counts what that population counts (the noun is left out, not changed).
 */
function bareSubject(text: string, f: FigureEntity): boolean {
  return f.unit === '' && (f.figureKind === 'count' || f.figureKind === 'other') && (SUBJECT_AFTER.test(text.slice(f.end, f.end + 30)) || PEOPLE_AFTER_COPULA.test(text.slice(f.end, f.end + 40)));
}
/** "135 were women", "12 were adults over 65": a bare number, a copula (people.json auxiliaries), a word of people after a modifier or two. */
const PEOPLE_AFTER_COPULA = new RegExp(`^[ ](?:${wordsPattern(people.subjectVerbs.auxiliaries)})[ ](?:[\\p{L}-]+[ ]){0,2}?(?:${PEOPLE_PATTERN})(?![\\p{L}])`, 'iu');

/** A sentence opening on words that refer back, before its first figure: "Of these, ...", "Davon ..." (shares.json openingReferBack). */
// (a verb may stand between in a verb-second language: "Davon beendeten 131 ...")
const OPENS_REFERRING_BACK = new RegExp(`^[^\\p{L}\\d]*(?:${wordsPattern(shares.openingReferBack.words)})[\\s,:]*(?:\\p{L}+\\s+){0,1}$`, 'iu');

/** Before a sentence's first figure that refers back by the words after it: nothing but a word or two ("Fifty", "Only 12"). */
const OPENS_BEFORE_FIRST = /^[^\p{L}\d]*(?:\p{L}+[ \u00a0]?)?$/u;
/** Right after a count, words that refer back to the people named before: "of these (patients)", "of them" (nesting.json subsets.peopleReferBack). */
const REFERS_BACK_AFTER = new RegExp(`^[ \u00a0](?:${wordsPattern(nesting.subsets.peopleReferBack)})(?![\p{L}])`, 'iu');

/**
 * "The trial enrolled 120 patients. Of these, 131 completed treatment": the first figure of a sentence that
 * opens by referring back counts among the last count of people of the sentence before, in its paragraph,
 * when that is the only count of people there.
 */
function referredBackTo(model: DocumentModel, si: number, i: number): FigureEntity | undefined {
  const bySentence = figuresBySentence(model);
  const f = bySentence[si][i];
  const s = model.sentences[si];
  // "The study enrolled 120 patients; among them, 135 had ...": a clause after a semicolon opening on the same words refers
  // back to the count of people right before it, when it is the sentence's only one
  if (i > 0) {
    const lead = normalizedText(model).slice(bySentence[si][i - 1].end, f.start);
    const semi = lead.lastIndexOf(';');
    if (semi < 0 || !OPENS_REFERRING_BACK.test(lead.slice(semi + 1))) return undefined;
    // (the count right before the clause, and the only count of people before it: "120 patients and 30 caregivers" is no one group)
    const prev = bySentence[si][i - 1];
    const before = bySentence[si].slice(0, i).filter(g => g.figureKind === 'count' && PEOPLE_UNIT.test(g.unit));
    const whole = before.length === 1 && before[0] === prev ? prev : undefined;
    return whole && wholeCount(whole) && !whole.comparator && !whole.table ? whole : undefined;
  }
  // ("Fifty of these patients met ...": the first figure, the words that refer back right after it)
  const text = normalizedText(model);
  if (si === 0 || !(OPENS_REFERRING_BACK.test(text.slice(s.start, f.start)) || (OPENS_BEFORE_FIRST.test(text.slice(s.start, f.start)) && REFERS_BACK_AFTER.test(text.slice(f.end, f.end + 40))))) return undefined;
  if (paragraphIndexAt(model, model.sentences[si - 1].start) !== paragraphIndexAt(model, s.start)) return undefined;
  const people = bySentence[si - 1].filter(g => g.figureKind === 'count' && PEOPLE_UNIT.test(g.unit));
  const whole = people.length === 1 ? people[0] : undefined;
  return whole && wholeCount(whole) && !whole.comparator && !whole.table ? whole : undefined;
}

/**
 * "Die Studie schloss 40 Patienten ein; davon erhielten 12 AB-101": a bare whole number whose clause (from the sentence's
 * start or its last semicolon) opens on words that refer back, a verb at most between (verb-second), counts the people
 * referred back to, whatever follows it.
 */
function bareAfterReferringBack(text: string, s: { start: number; end: number }, f: FigureEntity): boolean {
  if (f.unit !== '' || (f.figureKind !== 'count' && f.figureKind !== 'other') || f.comparator) return false;
  const lead = text.slice(s.start, f.start);
  return OPENS_REFERRING_BACK.test(lead.slice(lead.lastIndexOf(';') + 1));
}

/** Right before a count, a word that adds it to those counted before ("an additional 40", "a further 12"): nesting.json subsets.beyond. */
const NOT_AMONG_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(nesting.subsets.beyond)})\\s+$`, 'iu');

/** Between two counts: a group's few words, then a word that coordinates the next count with it (" HER2+ and "). */
const COORDINATED_GROUP = new RegExp(`^\\s*(?:(?![\\d.,]+\\s)[^\\s,;:.()]+\\s+){0,3}(?:${wordsPattern(numbers.coordinators.words)})\\s+$`, 'iu');

/** "Of 20 patients, 23 had a partial response": a count above the population its sentence introduces for it (shares.ts). */
function countsAboveIntroduced(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = model.text;
  for (let si = 0, bySentence_ = figuresBySentence(model); si < bySentence_.length; si++) { const inS = bySentence_[si];
    // (the first figure may count among the sentence before's: "Of these, 131 completed")
    for (let i = 0; i < inS.length; i++) {
      const f = inS[i];
      if (!wholeCount(f) || !(PEOPLE_UNIT.test(f.unit) || isOutcomeCount(f) || bareSubject(text, f) || bareAfterReferringBack(text, model.sentences[si], f))) continue;
      // ("data from a further 40 patients": a count said to be more than those counted is none of them)
      if (NOT_AMONG_BEFORE.test(text.slice(Math.max(0, f.start - 24), f.start))) continue;
      // a count introduced in its turn ("Among 30 evaluable of the 36 patients enrolled") is the whole
      // the earlier group is drawn from, not a count among it
      if (isIntroduced(normalizedText(model), model.sentences[si].start, inS, i)) continue;
      const population = populationBefore(model, inS, i, model.sentences[si]) ?? referredBackTo(model, si, i);
      if (!population || typeof population.value !== 'number' || population.comparator || (f.value as number) <= population.value) continue;
      // ("Of the 8 cohort A and 30 cohort B patients": a count coordinated with the one right before it is another group of one
      // list, none of that one's)
      if (population.end <= f.start && COORDINATED_GROUP.test(text.slice(population.end, f.start))) continue;
      out.push({
        message: `${text.slice(f.start, f.end)} is more than the ${population.value} ${population.start < model.sentences[si].start ? 'the sentence before counts it among' : 'its sentence counts it among'} (\u201c${text.slice(population.start, population.end)}\u201d).`,
        start: f.start, end: f.end,
        related: [{ start: population.start, end: population.end, message: `the population: ${population.value}` }],
        data: { count: f.value as number, population: population.value }, fixes: [],
      });
    }
  }
  return out;
}

function analysisAboveEnrolment(model: DocumentModel, populations: StatedPopulation[]): CheckFinding[] {
  const enrolled = populations.filter(p => p.role === 'enrolment');
  if (enrolled.length === 0) return [];
  if (trialsNamed(model) > 1) return [];
  const most = enrolled.reduce((a, b) => (b.size > a.size ? b : a));
  const text = model.text;
  const out: CheckFinding[] = [];
  for (let pI = 0, populations_ = populations; pI < populations_.length; pI++) { const p = populations_[pI];
    if (p.role !== 'analysis' || !(p.size > most.size) || p.size === Infinity || p.figure.comparator) continue;
    out.push({
      message: `The analysis set of ${describe(text, p)} is more than the ${describe(text, most)} the study enrolled: an analysis set is drawn from the enrolled patients.`,
      start: p.figure.start, end: p.figure.end,
      related: [{ start: most.figure.start, end: most.figure.end, message: `the enrolment: ${describe(text, most)}` }],
      data: { analysisSet: p.size, enrolled: most.size }, fixes: [],
    });
  }
  return out;
}

/** A noun of people, then words that restrict it to a trait (people.json subgroupRestrictors), then the bracket of its size: "patients younger than 65 years (". */
const RESTRICTED_BEFORE_SIZE = new RegExp(`(?<![\\p{L}])(?:${PEOPLE_PATTERN})\\s+(?:${wordsPattern(people.subgroupRestrictors.words)})(?![\\p{L}])[^()\\n.;]{1,60}\\(\\s?$`, 'iu');
/** Right after a count of people: words that restrict them to a trait ("120 patients with liver metastases"). */
const RESTRICTED_AFTER = new RegExp(`^\\s+(?:${wordsPattern(people.subgroupRestrictors.words)})(?![\\p{L}])`, 'iu');

/**
 * "The trial enrolled 300 patients. ... In patients younger than 65 years (n=320), ...": a group of patients restricted to
 * a trait is some of the patients the study enrolled, so it cannot be larger than its enrolment. Judged as
 * analysisAboveEnrolment is: the document names at most one trial, and every enrolment it states before the group is
 * smaller. A count in a sentence of enrolment is left out ("enrolled 300 patients with ..." is the enrolment itself).
 */
function subgroupsAboveEnrolment(model: DocumentModel, populations: StatedPopulation[]): CheckFinding[] {
  const enrolled = populations.filter(p => p.role === 'enrolment' && p.size !== Infinity);
  if (enrolled.length === 0 || trialsNamed(model) > 1) return [];
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const enrolledFigures = new Set(enrolled.map(p => p.figure));
  const indications = model.entities.filter(e => e.kind === 'indication');
  for (const p of populations) {
    const f = p.figure;
    if (p.role === 'enrolment' || enrolledFigures.has(f) || !isPeopleCount(f) || f.comparator || f.table || f.denominator !== undefined) continue;
    const before = enrolled.filter(e => e.figure.end <= f.start);
    if (before.length === 0 || before.some(e => e.size >= (f.value as number))) continue;
    const sizedAt = /^[nN]\s?=/.test(text.slice(f.start, f.end)) ? RESTRICTED_BEFORE_SIZE.exec(text.slice(Math.max(0, f.start - 100), f.start)) : null;
    const after = sizedAt ? null : RESTRICTED_AFTER.exec(text.slice(f.end, f.end + 24));
    if (!sizedAt && !after) continue;
    // (a disease named as the trait, "54 patients with HER2-mutant NSCLC", describes the trial's whole population, its
    // eligibility, not a subgroup: repeated-value holds that count to the enrolment)
    const from = sizedAt ? Math.max(0, f.start - 100) + sizedAt.index : f.end;
    const to = sizedAt ? f.start : f.end + 80;
    if (indications.some(e => e.start >= from && e.start < to)) continue;
    const most = before.reduce((a, b) => (b.size > a.size ? b : a));
    out.push({
      message: `${model.text.slice(f.start, f.end)}, a group of patients with a trait, are more than the ${describe(model.text, most)} the study enrolled: a subgroup is drawn from the enrolled patients.`,
      start: f.start, end: f.end,
      related: [{ start: most.figure.start, end: most.figure.end, message: `the enrolment: ${describe(model.text, most)}` }],
      data: { subgroup: f.value as number, enrolled: most.size }, fixes: [],
    });
  }
  return out;
}

/** Right after a count of people: its share in brackets, "(45%)", "(45.2 %)". */
const SHARE_IN_BRACKETS = /^\s?\(\s?$/;
const SHARE_CLOSES = /^\s?\)/;

/**
 * "The trial enrolled 40 patients. ... 44 patients (91%) had stage 3 or 4 disease.": a count of people with its share in
 * brackets right after it counts a part of a group, and after the study's enrolment in its paragraph the group is the
 * enrolled patients; a part cannot exceed them. Judged as analysisAboveEnrolment is: the document names at most one
 * trial, every enrolment it states before the count is smaller, and the share is below 100 %.
 */
function sharedPartsAboveEnrolment(model: DocumentModel, populations: StatedPopulation[]): CheckFinding[] {
  const enrolled = populations.filter(p => p.role === 'enrolment' && p.size !== Infinity);
  if (enrolled.length === 0) return [];
  if (trialsNamed(model) > 1) return [];
  const text = model.text;
  const out: CheckFinding[] = [];
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    for (let k = 0; k + 1 < inS.length; k++) {
      const f = inS[k], share = inS[k + 1];
      if (!isPeopleCount(f) || f.comparator || f.table || f.denominator !== undefined) continue;
      if (share.figureKind !== 'percent' || typeof share.value !== 'number' || share.value >= 100 || !SHARE_IN_BRACKETS.test(text.slice(f.end, share.start)) || !SHARE_CLOSES.test(text.slice(share.end, share.end + 2))) continue;
      const before = enrolled.filter(p => p.figure.end <= f.start && paragraphIndexAt(model, p.figure.start) === paragraphIndexAt(model, f.start));
      if (before.length === 0 || before.some(p => p.size >= (f.value as number))) continue;
      const most = before.reduce((a, b) => (b.size > a.size ? b : a));
      out.push({
        message: `${text.slice(f.start, f.end)} (${text.slice(share.start, share.end)}) are a part of the patients the study enrolled, yet more than the ${describe(text, most)}: a part cannot exceed its whole.`,
        start: f.start, end: f.end,
        related: [{ start: most.figure.start, end: most.figure.end, message: `the enrolment: ${describe(text, most)}` }],
        data: { part: f.value as number, enrolled: most.size }, fixes: [],
      });
    }
  }
  return out;
}

/** How many trials a document names, by their identities (trials.ts): a registry number written beside a trial's name ("ACME-3 (NCT01234567)") is that trial's. */
const NG = people.namedGroups;
/** After a count, within its clause: a preposition, up to three words of a group's name and the noun that closes it ("into the expansion cohort"). */
const NAMED_GROUP_AFTER = new RegExp(`^[^,;:.()\\d]{0,60}?(?<![\\p{L}])(?:${wordsPattern(NG.prepositions)})\\s+((?:[^\\s,;:.()]+\\s+){0,3}?(?:${wordsPattern(NG.heads)}))(?![\\p{L}])`, 'iu');
/** Articles left out of a group's name. */
const GROUP_ARTICLE = /^(?:the|a|an|der|die|das|le|la|el|il)\s+/iu;

/** The group a count is put in by name within its clause ("the expansion cohort"): its key (lower case, no article), its name as written and where it ends. */
function namedGroupAfter(text: string, f: FigureEntity): { key: string; written: string; end: number } | undefined {
  const m = NAMED_GROUP_AFTER.exec(text.slice(f.end, f.end + 120));
  if (!m) return undefined;
  const written = m[1].replace(/\s+/g, ' ').replace(GROUP_ARTICLE, '');
  return { key: written.toLowerCase(), written, end: f.end + m[0].length };
}

/**
 * "40 patients were enrolled into the expansion cohort" then "12 of 44 responded in the expansion cohort": a share counted over a
 * group named as the group an enrolment put its patients in is counted over some of them, so its denominator cannot be
 * larger (people.json namedGroups). Judged when the document names at most one trial, each group is enrolled once (one
 * value), and the share stands after the enrolment.
 */
function groupDenominatorsAboveEnrolment(model: DocumentModel, populations: StatedPopulation[]): CheckFinding[] {
  const enrolled = populations.filter(p => p.role === 'enrolment' && p.size !== Infinity && !p.figure.comparator && isPeopleCount(p.figure));
  if (enrolled.length === 0 || trialsNamed(model) > 1) return [];
  const text = normalizedText(model);
  const byGroup = new Map<string, StatedPopulation[]>();
  for (let pI = 0; pI < enrolled.length; pI++) {
    const g = namedGroupAfter(text, enrolled[pI].figure);
    if (g) byGroup.set(g.key, [...(byGroup.get(g.key) ?? []), enrolled[pI]]);
  }
  if (byGroup.size === 0) return [];
  const out: CheckFinding[] = [];
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    for (let k = 0; k < inS.length; k++) {
      const f = inS[k];
      if (f.denominator === undefined || !Number.isInteger(f.denominator) || f.comparator || f.table) continue;
      const g = namedGroupAfter(text, f);
      const group = g ? byGroup.get(g.key) : undefined;
      if (!g || !group || new Set(group.map(p => p.size)).size !== 1 || group[0].figure.start > f.start || f.denominator <= group[0].size) continue;
      // (no other figure between the share and its group's name: the name is the share's)
      if (k + 1 < inS.length && inS[k + 1].start < g.end) continue;
      const e = group[0];
      out.push({
        message: `${model.text.slice(f.start, f.end)} counts over ${f.denominator} patients of the ${g.written}, more than the ${e.size} (\u201c${model.text.slice(e.figure.start, e.figure.end)}\u201d) enrolled in it: a share of a group is counted over some of its patients.`,
        start: f.start, end: f.end,
        related: [{ start: e.figure.start, end: e.figure.end, message: `the ${g.written}'s enrolment: ${e.size}` }],
        data: { denominator: f.denominator, enrolled: e.size }, fixes: [],
      });
    }
  }
  return out;
}

function trialsNamed(model: DocumentModel): number {
  const { list, identity } = trialMentions(model);
  return new Set(list.filter(t => t.facts.trialKind !== 'phase').map(t => identity.get(t) ?? t.name)).size;
}

const describe = (text: string, p: StatedPopulation): string =>
  p.size === Infinity ? text.slice(p.figure.start, p.figure.end) : `${p.size} (\u201c${text.slice(p.figure.start, p.figure.end)}\u201d)`;

/** Right after a count: the words that put its people in an arm ("45 received", "45 patients were randomized to"; people.json splits.armWords). */
const ASSIGNED_AFTER = new RegExp(`^[ ](?:(?:${wordsPattern(people.units)})[ ])?(?:(?:who|were|was|die|qui)[ ])?(?:${wordsPattern(people.splits.armWords)})(?![\\p{L}])`, 'iu');

/**
 * "The trial enrolled 37 patients. 45 received AB-101 and 42 received placebo.": a sentence that opens on a count put
 * in an arm by its verb, right after the sentence (in its paragraph) that states the enrolment, draws its arms from
 * the enrolled: no arm can hold more people than were enrolled. Treatments may overlap (so the arms' sum is left
 * to the totals check, which asks for evidence that they exclude each other); one arm above the whole cannot be.
 */
function armsAboveEnrolment(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const bySentence = figuresBySentence(model);
  const out: CheckFinding[] = [];
  for (let si = 1; si < bySentence.length; si++) {
    const inS = bySentence[si];
    // the enrolment the sentence before states, when this one opens on its count (as the arms of a split are read)
    const enrolled = inS.length > 0 ? enrolledBefore(model, text, bySentence, si, inS[0]) : undefined;
    if (!enrolled) continue;
    const whole = enrolled.whole;
    for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
      const bare = f.unit === '' && (f.figureKind === 'count' || f.figureKind === 'other');
      if (!(isPeopleCount(f) || (bare && typeof f.value === 'number' && Number.isInteger(f.value))) || f.comparator || f.table || f.denominator !== undefined) continue;
      if (!ASSIGNED_AFTER.test(text.slice(f.end, f.end + 60)) || (f.value as number) <= (whole.value as number)) continue;
      out.push({
        message: `${text.slice(f.start, f.end)} ${f.unit === '' ? 'people are' : 'are'} said to receive a treatment of the study, yet are more than the ${whole.value} the sentence before enrolled: an arm is drawn from the enrolled.`,
        start: f.start, end: f.end,
        related: [{ start: whole.start, end: whole.end, message: `the enrolment: ${whole.value}` }],
        data: { arm: f.value as number, enrolled: whole.value as number }, fixes: [],
      });
    }
  }
  return out;
}
