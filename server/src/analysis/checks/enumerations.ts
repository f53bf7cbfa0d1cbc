/**
 * totals: the counts of categories that split a group, against the group. A patient has one best
 * response and leaves a study for one reason, so the counts listed one per category ("6 achieved a
 * complete response, 9 a partial response and 2 progressed"; "death, n=4; consent withdrawal, n=2;
 * other, n=1"), or the rows of a table's column, cannot add up to more than the group they split:
 * the group stated right before the list (in its sentence, else the sentence before), or the n of
 * the table's column. A list that ends with a category for everything left ("other", "not
 * evaluable") must add up to the group exactly. Lists whose counts are not all siblings (a word
 * other than a comma, a semicolon, "and" or "or" between two of them: "including", "of whom"), name
 * one category twice or a category of another family, or are hedged, are not read.
 */
import { DocumentModel, FigureEntity, emptyBinding } from '../model';
import { type CheckFinding, halfUnit, paragraphIndexAt, sentenceIndexAt, wordsPattern, figuresOf } from './check';
import { AT_END, AT_START, lexiconRegExp, notAfterChar, notBeforeChar } from '../lexiconMatcher';
import { PEOPLE_UNIT } from '../people';
import { ENROLMENT_WORDS } from '../populations';
import { memoRead, memoSpanText } from '../memo';
import { languagesOf } from '../recognize/figures';
import words from '../../../lexicon/grammar/totals.json';
import numberWords from '../../../lexicon/builtin/numbers.json';
import nestingWords from '../../../lexicon/grammar/nesting.json';

const E = words.enumerations;
const FAMILIES: Record<string, Record<string, string[]>> = E.families;
const CATCH_ALL = new Set(E.catchAll as string[]);
/** The words before the group a list was counted in, right after its last count: a word of counting in and an article ("among the"). */
const COUNTED_IN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.responses.countedIn)})\\s+(?:(?:the|all|these|those)\\s+)?$`, 'iu');
const RESPONDERS = new Set(E.responders as string[]);
const RESPONDER_ROW = new RegExp(`^(?:${wordsPattern(E.responderRows)})(?:\\s?,?\\s?(?:n|no\\.|n\\/N)(?:\\s?\\(%\\))?)?$`, 'iu');
/** The families whose categories split a sum of money, not a group of people. */
const MONEY_FAMILIES = new Set(['payments', 'financing', 'tranches']);
const MADE_OF = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.wholeThenParts.words)})(?![\\p{L}])`, 'iu');
const EVENTS_COUNTED = new RegExp(`^\\s*(?:${wordsPattern(nestingWords.gradeRestrictions.gradeWords)})[^,;]{0,24}(?<![\\p{L}])(?:${wordsPattern(E.eventNouns)})(?![\\p{L}])`, 'iu');

/** One family's terms as two patterns: words matched without regard to case, abbreviations as written. */
interface FamilyTerms { name: string; anywhere: RegExp; atEnd: RegExp; exact: RegExp; category: (term: string) => string | undefined }

const NOT_AFTER_TERM_CHAR = notAfterChar(/[\p{L}\d-]/u);
const NOT_BEFORE_TERM_CHAR = notBeforeChar(/[\p{L}\d-]/u);
function familyTerms(name: string, cats: Record<string, string[]>): FamilyTerms {
  const byTerm = new Map<string, string>();
  const loose: string[] = [];
  const strict: string[] = [];
  for (let itemI = 0, itemList = Object.entries(cats); itemI < itemList.length; itemI++) { const [cat, terms] = itemList[itemI]; for (let tI = 0, terms_ = terms; tI < terms_.length; tI++) { const t = terms_[tI];
    (/[A-Z]/.test(t) ? strict : loose).push(t);
    byTerm.set(/[A-Z]/.test(t) ? t : t.toLowerCase(), cat);
  } }
  // (a term with a capital is an abbreviation: categoriesOf reads it only as written, never "pd" in a word)
  return {
    name,
    // (tries behind the patterns: each family's terms as compiled alternations cost a few hundred KB of code)
    anywhere: lexiconRegExp({ lists: [loose, strict] }, 'iu', NOT_AFTER_TERM_CHAR, NOT_BEFORE_TERM_CHAR, true),
    atEnd: lexiconRegExp({ lists: [loose, strict] }, 'iu', NOT_AFTER_TERM_CHAR, AT_END, true),
    exact: lexiconRegExp({ lists: [loose, strict] }, 'iu', AT_START, AT_END, true),
    category: (term: string) => {
      const t = term.replace(/\s+/g, ' ');
      return byTerm.get(t) ?? byTerm.get(t.toLowerCase());
    },
  };
}

const TERMS: FamilyTerms[] = Object.entries(FAMILIES).map(([name, cats]) => familyTerms(name, cats));
/** Each family's terms by their lower case, the first of the family's lists (in order) for each: made once, not per label read. */
const LEXICAL: Record<string, Map<string, string>> = Object.fromEntries(Object.entries(FAMILIES).map(([name, cats]) => {
  const byLower = new Map<string, string>();
  for (let tI = 0, tList = Object.values(cats).flat(); tI < tList.length; tI++) { const t = tList[tI]; if (!byLower.has(t.toLowerCase())) byLower.set(t.toLowerCase(), t); }
  return [name, byLower];
}));

/** The categories a label names, one per family that has a term for it. */
const GRADE_WORDS = wordsPattern(nestingWords.gradeRestrictions.gradeWords);
const OR_HIGHER = wordsPattern(E.orHigher);
/** A grade or a band of grades: "grade 2", "grade 3-4", "grade 2/3", "grade \u22653", and a grade closed upwards by a word of orHigher. */
const GRADE_BAND = `(?:${GRADE_WORDS})\\s?(?:(\u2265|>=|>)\\s?([1-5])|([1-5])\\s?(?:[-\u2013/]|to|or|and)\\s?([1-5])|([1-5])(\\s(?:${OR_HIGHER}))?)(?![\\d\\p{L}])`;
const GRADE_AT = { anywhere: new RegExp(`(?<![\\p{L}])${GRADE_BAND}`, 'iu'), atEnd: new RegExp(`(?<![\\p{L}])${GRADE_BAND}$`, 'iu'), exact: new RegExp(`^${GRADE_BAND}$`, 'iu') };
/** The grades a patient counted at his worst grade falls in, as "lo-hi": bands that share no grade split a group. */
function gradeBand(label: string, where: 'anywhere' | 'atEnd' | 'exact'): string | undefined {
  const m = GRADE_AT[where].exec(label);
  if (!m) return undefined;
  if (m[2]) return m[1] === '>' ? `${+m[2] + 1}-5` : `${m[2]}-5`;
  if (m[3]) return `${Math.min(+m[3], +m[4])}-${Math.max(+m[3], +m[4])}`;
  return m[6] ? `${m[5]}-5` : `${m[5]}-${m[5]}`;
}
/** A category as the finding names it: "grade 3-4" for a band of grades. */
function nameOf(category: string, family: string): string {
  if (family !== 'grades') return category;
  const [lo, hi] = category.split('-');
  return lo === hi ? `grade ${lo}` : hi === '5' ? `grade \u2265${lo}` : `grade ${lo}-${hi}`;
}

/** Two categories of a family that may count one patient twice: the same category, or grade bands that share a grade. */
export function overlapping(a: string, b: string, family: string): boolean {
  if (family !== 'grades') return a === b;
  const [alo, ahi] = a.split('-').map(Number), [blo, bhi] = b.split('-').map(Number);
  return alo <= bhi && blo <= ahi;
}

/** A label's categories, each read once per distinct label (kept in the memo: an edit elsewhere reads them again from it). */
const CATEGORY_READERS = {
  anywhere: (label: string) => readCategories(label, 'anywhere'),
  atEnd: (label: string) => readCategories(label, 'atEnd'),
  exact: (label: string) => readCategories(label, 'exact'),
};
function categoriesOf(label: string, where: 'anywhere' | 'atEnd' | 'exact'): ReadonlyMap<string, string> {
  return label.length === 0 ? readCategories(label, where) : memoRead(label, CATEGORY_READERS[where]);
}

function readCategories(label: string, where: 'anywhere' | 'atEnd' | 'exact'): Map<string, string> {
  const out = new Map<string, string>();
  const band = gradeBand(label, where);
  // ("15 grade 1 events": the count counts events, a patient may have several)
  if (band && !EVENTS_COUNTED.test(label)) out.set('grades', band);
  for (let famI = 0, TERMS_ = TERMS; famI < TERMS_.length; famI++) { const fam = TERMS_[famI];
    const m = fam[where].exec(label);
    if (!m) continue;
    const term = m[1];
    // an abbreviation in capitals matched without regard to case ("pd" in "Pd-1") is no category
    const lexical = LEXICAL[fam.name].get(term.toLowerCase().replace(/\s+/g, ' '));
    if (lexical && /[A-Z]/.test(lexical) && lexical !== term) continue;
    const cat = fam.category(term);
    if (cat) out.set(fam.name, cat);
  }
  return out;
}

const JOIN = new RegExp(`^[\\s,;)]*(?:(?:${wordsPattern(E.joins)})\\s+)?[\\s(]*$`, 'iu');
const SUBJECT_VERB = new RegExp(`^\\s+(?:${wordsPattern(E.subjectVerbs)})(?![\\p{L}])`, 'iu');
const N_EQUALS = /^n\s*=/i;
/** Words that hedge a count or its group: "at least 3", "approximately 20", "more than one". */
const HEDGED_BEFORE = /(?:at least|approximately|about|around|more than|over|up to|nearly|almost|roughly|some|~)\s*$/i;
const ALL_NUMBERS = numberWords.numberWords as unknown as Record<string, Record<string, number>>;
const EN_NUMBERS: Record<string, number> = ALL_NUMBERS.en;
const ARTICLES = numberWords.articles as unknown as Record<string, string[]>;
const NUMBER_WORD_GROUP = new RegExp(`(?<![\\p{L}])(${Object.keys(EN_NUMBERS).filter(w => EN_NUMBERS[w] >= 2 && EN_NUMBERS[w] < 100).sort((a, b) => b.length - a.length).join('|')})\\s+(?:of\\s+(?:the|these|those)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:patients|participants|subjects|people)(?![\\p{L}])`, 'giu');

interface Item { f: FigureEntity; category: string; family: string; start: number; end: number }
interface Whole { start: number; end: number; value: number }

const integerCount = (f: FigureEntity) => typeof f.value === 'number' && Number.isInteger(f.value) && f.value >= 0 && !f.comparator && f.denominator === undefined && !f.table
  && (f.figureKind === 'count' || (f.figureKind === 'other' && f.unit === ''));

/** The end of a number-first item's label: the first clause mark or list word after it. */
const LABEL_STOP = /[,;:.()[\]]|\s(?:and|or|while|whereas|but|versus|vs)\s/iu;

function itemOf(text: string, f: FigureEntity, nextStart: number): Item | Item[] | undefined {
  const surface = text.slice(f.start, f.end);
  if (f.figureKind === 'money') {
    // "regulatory milestones\u2014$17.25 million" or "$17.25 million in regulatory milestones"
    const base = Math.max(0, f.start - 80);
    const raw = text.slice(base, f.start);
    // ("regulatory milestones of $17.25 million": the label may take "of" before its sum)
    const before = raw.replace(/[\s,(:\u2013\u2014-]+$/u, '').replace(/\s+of$/iu, '');
    const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('('), before.lastIndexOf(','), before.lastIndexOf(':'));
    const segment = before.slice(cut + 1);
    const cats = before.length < raw.length ? categoriesOf(segment.trim().split(/\s+/).slice(-4).join(' '), 'atEnd') : new Map<string, string>();
    if (cats.size) return [...cats].filter(([fam]) => MONEY_FAMILIES.has(fam)).map(([family, category]) => ({ f, family, category, start: base + cut + 1 + (segment.length - segment.trimStart().length), end: f.end }));
  }
  if (N_EQUALS.test(surface)) {
    // "death, n=4" or "death (n = 4 patients)": the label is the words right before, back to a clause mark
    const base = Math.max(0, f.start - 80);
    const before = text.slice(base, f.start).replace(/[\s,(:]+$/u, '');
    const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('('), before.lastIndexOf(','), before.lastIndexOf(':'));
    const segment = before.slice(cut + 1);
    const label = segment.trim().split(/\s+/).slice(-4).join(' ');
    const cats = categoriesOf(label, 'atEnd');
    if (cats.size === 0) return undefined;
    const start = base + cut + 1 + (segment.length - segment.trimStart().length);
    // "(n = 9 patients)": the noun and the closing bracket belong to the item
    const close = text.slice(f.end, f.end + 24).match(/^(?:\s(?:patients|participants|subjects|pts))?\s?\)/u);
    return [...cats].map(([family, category]) => ({ f, family, category, start, end: f.end + (close ? close[0].length : 0) }));
  }
  // "11 who achieved a complete response", "41 (57%) partial responders": the label is the words after
  let at = f.end;
  const paren = /^\s?\([^()]{0,20}\)/.exec(text.slice(at, at + 24));
  if (paren) at += paren[0].length;
  const rest = text.slice(at, Math.min(nextStart, at + 80));
  const stop = LABEL_STOP.exec(rest);
  const label = stop ? rest.slice(0, stop.index) : rest;
  const cats = categoriesOf(label, 'anywhere');
  if (cats.size === 0) return undefined;
  return [...cats].map(([family, category]) => ({ f, family, category, start: f.start, end: at + label.length }));
}

/** The cardinals below 100 of English and of the document's languages (numbers.json, as the figure reader reads them), one pattern per set of languages. */
interface NumberWords { table: Map<string, number>; re: RegExp }
const NUMBER_WORDS_BY_LANGS = new Map<string, NumberWords>();
function numberWordsOf(langs: readonly string[]): NumberWords {
  const key = langs.join(',');
  let nw = NUMBER_WORDS_BY_LANGS.get(key);
  if (!nw) {
    const table = new Map<string, number>(Object.entries(EN_NUMBERS));
    // (an article that also means "one", "ein", "une", "en", counts nothing in a list: "sechs ein partielles Ansprechen")
    const articles = new Set(['en', ...langs].flatMap(l => ARTICLES[l] ?? []));
    for (let lI = 0, langs_ = langs; lI < langs_.length; lI++) { const l = langs_[lI]; if (l !== 'en') for (let itemI = 0, itemList = Object.entries(ALL_NUMBERS[l] ?? {}); itemI < itemList.length; itemI++) { const [k, v] = itemList[itemI]; if (!table.has(k) && !articles.has(k)) table.set(k, v); } }
    const keys = [...table.keys()].filter(w => (table.get(w) as number) < 100).sort((a, b) => b.length - a.length);
    nw = { table, re: new RegExp(`(?<![\\p{L}-])(${keys.join('|')})(?![\\p{L}-])`, 'giu') };
    NUMBER_WORDS_BY_LANGS.set(key, nw);
  }
  return nw;
}

/** A sentence's number words: those of its languages (one function word decides when no English one stands beside it, figures.ts languagesOf), and their matches in it. */
interface SentenceNumberWords { nw: NumberWords; matches: readonly RegExpMatchArray[] }
/** (one reading of the sentence's text, kept by it: an edit elsewhere reads both from the memo) */
const sentenceNumberWords = (sentence: string): SentenceNumberWords => {
  const nw = numberWordsOf(languagesOf(sentence, 1));
  nw.re.lastIndex = 0;
  return { nw, matches: [...sentence.matchAll(nw.re)] };
};

/**
 * Numbers written in words that the figures left unread ("Six patients were stable and four
 * progressed", "sechs waren stabil und vier progredient"), as bare counts: a list may count in words
 * as in digits, in the document's languages as in English.
 */
function numberWordsIn(text: string, inS: FigureEntity[], s: { start: number; end: number }, words: SentenceNumberWords): FigureEntity[] {
  const from = s.start, to = s.end;
  const out: FigureEntity[] = [];
  const nw = words.nw;
  const matches = from >= Math.min(text.length, to) ? [] : words.matches;
  for (let mI = 0, matches_ = matches; mI < matches_.length; mI++) { const m = matches_[mI];
    const start = from + m.index!, end = start + m[1].length;
    if (inS.some(f => f.start < end && start < f.end)) continue;
    out.push({ kind: 'figure', figureKind: 'other', value: nw.table.get(m[1].toLowerCase()), unit: '', start, end, text: m[1], binding: emptyBinding() } as unknown as FigureEntity);
  }
  return out;
}

/** The lists of a sentence: runs of at least two items of one family joined by list marks only. */
function listsIn(text: string, inS: FigureEntity[], s: { start: number; end: number }, numberWords: SentenceNumberWords): Item[][] {
  const out: Item[][] = [];
  const candidates: FigureEntity[] = [];
  for (let k = 0; k < inS.length; k++) if (typeof inS[k].value === 'number') candidates.push(inS[k]);
  const words = numberWordsIn(text, inS, s, numberWords);
  for (let k = 0; k < words.length; k++) candidates.push(words[k]);
  // a list is a run of two items at least, each of another figure (one figure's items are each of a family of their own):
  // most sentences have fewer figures than that
  if (candidates.length < 2) return out;
  // (sorted as before: a stable sort leaves a sorted list as it is, so one already in order, as a sentence's figures are, is left)
  let sorted = true;
  for (let k = 1; k < candidates.length && sorted; k++) if (candidates[k - 1].start > candidates[k].start) sorted = false;
  if (!sorted) candidates.sort((a, b) => a.start - b.start);
  let runs = new Map<string, Item[]>();
  let lastEnd = -1;
  const flush = () => { for (const r of runs.values()) if (r.length >= 2) out.push(r); runs = new Map(); };
  for (let i = 0; i < candidates.length; i++) {
    const f = candidates[i];
    // a share in brackets right after a count belongs to it ("13 (22%)")
    if (f.figureKind === 'percent' && i > 0 && /^\s?\($/.test(text.slice(candidates[i - 1].end, f.start))) continue;
    const money = f.figureKind === 'money' && typeof f.value === 'number' && !f.comparator;
    // (the label runs to the next figure past a share in brackets right after the count)
    const following = candidates.slice(i + 1).find(c => !(c.figureKind === 'percent' && /^\s?\($/.test(text.slice(f.end, c.start))));
    const items = integerCount(f) || money ? itemOf(text, f, following?.start ?? text.length) : undefined;
    const list = (items === undefined ? [] : Array.isArray(items) ? items : [items]).filter(it => MONEY_FAMILIES.has(it.family) === (f.figureKind === 'money'));
    if (list.length === 0) { flush(); lastEnd = -1; continue; }
    const next = new Map<string, Item[]>();
    for (let itI = 0, list_ = list; itI < list_.length; itI++) { const it = list_[itI];
      const run = runs.get(it.family);
      const joined = run && JOIN.test(text.slice(run[run.length - 1].end, it.start)) && !run.some(r => overlapping(r.category, it.category, it.family));
      next.set(it.family, joined ? [...run!, it] : [it]);
    }
    for (const [fam, r] of runs) if (!next.has(fam) || next.get(fam)!.length === 1) { if (r.length >= 2) out.push(r); }
    runs = next;
    lastEnd = list[0].end;
  }
  void lastEnd;
  flush();
  return out;
}

/** A count of people that may be the group a list splits: "20 patients", "n = 24", "17 stopped the AB-101 study", "Nineteen of the volunteers". */
function groupsBefore(model: DocumentModel, text: string, inS: FigureEntity[], from: number, to: number): Whole[] {
  const out: Whole[] = [];
  for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
    if (f.start < from || f.end > to || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.comparator || f.table) continue;
    if (HEDGED_BEFORE.test(text.slice(Math.max(0, f.start - 16), f.start))) continue;
    const people = f.figureKind === 'count' && PEOPLE_UNIT.test(f.unit);
    const subject = f.figureKind === 'other' && f.unit === '' && SUBJECT_VERB.test(text.slice(f.end, f.end + 24));
    if (f.denominator !== undefined) continue;
    if (people || subject) out.push({ start: f.start, end: f.end, value: f.value });
  }
  // a number written in words the figures left unread: "Nineteen of the volunteers"
  const covered = (s: number) => inS.some(f => f.start <= s && s < f.end);
  NUMBER_WORD_GROUP.lastIndex = 0;
  const span = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = NUMBER_WORD_GROUP.exec(span)) !== null) {
    const s = from + m.index;
    if (covered(s) || HEDGED_BEFORE.test(text.slice(Math.max(0, s - 16), s))) continue;
    out.push({ start: s, end: s + m[1].length, value: EN_NUMBERS[m[1].toLowerCase()] });
  }
  void model;
  return out.sort((a, b) => a.start - b.start);
}

function sumFinding(model: DocumentModel, list: { start: number; end: number; value: number; name: string }[], whole: Whole, exact: boolean): CheckFinding | undefined {
  const sum = list.reduce((a, p) => a + p.value, 0);
  if (sum === whole.value || (!exact && sum < whole.value)) return undefined;
  const wholeText = model.text.slice(whole.start, whole.end);
  return {
    message: `${list.map(p => `${p.name} ${p.value}`).join(' + ')} = ${sum}, ${sum > whole.value ? 'more than' : 'not'} the ${whole.value} they split (\u201c${wholeText}\u201d)${sum > whole.value ? ': the categories count no one twice' : ': the last category takes everything left'}.`,
    start: list[list.length - 1].start, end: list[list.length - 1].end,
    related: [{ start: whole.start, end: whole.end, message: `the group: ${whole.value}` }, ...list.slice(0, -1).map(p => ({ start: p.start, end: p.end, message: `${p.name}: ${p.value}` }))],
    data: { sum, stated: whole.value, parts: list.length }, fixes: [],
  };
}

/** Lists of category counts in prose against the group stated before them. */
export function enumeratedCategories(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = model.text;
  // the list that closed the sentence before, with its group: a sentence that opens on more counts of its family goes on with it
  let carried: { list: Item[]; whole: Whole; si: number } | undefined;
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    if (inS.length > 40) continue;
    // the number words of the languages the sentence is written in, as the figure reader reads a block's (kept with the
    // sentence's text: an edit elsewhere reads them from the memo)
    const s = model.sentences[si];
    const lists = listsIn(text, inS, s, memoSpanText(text, model.sentences, s).read(sentenceNumberWords));
    // (no list, nothing closing: most sentences)
    if (lists.length === 0) { carried = undefined; continue; }
    const sameParagraph = si > 0 && paragraphIndexAt(model, model.sentences[si - 1].start) === paragraphIndexAt(model, s.start);
    let closing: { list: Item[]; whole: Whole; si: number } | undefined;
    for (const [li, list] of lists.entries()) {
      const first = list[0];
      const parts = list.map(it => it.f.value as number);
      const max = Math.max(...parts);
      if (HEDGED_BEFORE.test(text.slice(Math.max(0, first.f.start - 16), first.f.start))) continue;
      if (first.f.figureKind === 'money') {
        const found = moneyWhole(model, text, bySentence, si, list);
        if (found) out.push(found);
        continue;
      }
      // the group: the nearest count of people before the list in its sentence
      let groups = groupsBefore(model, text, inS, s.start, first.start).filter(g => !list.some(it => it.f.start === g.start));
      let whole: Whole | undefined = groups[groups.length - 1];
      let items = list;
      // "... 37 complete and 13 partial responses. Six patients were stable and four progressed.": a sentence that
      // opens on its list, with no group of its own, goes on with the list that closed the sentence before
      const opens = li === 0 && /^[\s"'\u201c]*$/u.test(text.slice(s.start, first.start));
      if (!whole && opens && carried && carried.si === si - 1 && sameParagraph && carried.list[0].family === first.family
        && !list.some(it => carried!.list.some(c => c.category === it.category))) {
        items = [...carried.list, ...list];
        whole = carried.whole;
      }
      if (!whole) {
        // "2 complete and 5 partial responses among the 6 evaluable patients": the group counted in, right after the list
        const lastItem = list[list.length - 1];
        const after = groupsBefore(model, text, inS, lastItem.end, s.end)[0];
        const between = after ? text.slice(lastItem.f.end, after.start) : '';
        if (after && between.length <= 80 && !/[,;:()]/.test(between) && COUNTED_IN_BEFORE.test(between)) whole = after;
      }
      if (!whole && sameParagraph) {
        // else the last of the sentence before, when no larger group comes before it there (a subset of another group is ambiguous)
        const p = model.sentences[si - 1];
        groups = groupsBefore(model, text, bySentence[si - 1], p.start, p.end);
        const last = groups[groups.length - 1];
        if (last && !groups.some(g => g !== last && g.value > last.value)) whole = last;
      }
      if (!whole || whole.value < Math.max(max, ...items.map(it => it.f.value as number))) continue;
      // a list after which the sentence counts nothing more may go on in the next
      const lastItem = list[list.length - 1];
      if (li === lists.length - 1 && !inS.some(f => f.start > lastItem.end && (f.figureKind === 'count' || f.figureKind === 'other'))) closing = { list: items, whole, si };
      const exact = CATCH_ALL.has(items[items.length - 1].category);
      const found = sumFinding(model, items.map(it => ({ start: it.f.start, end: it.f.end, value: it.f.value as number, name: nameOf(it.category, it.family) })), whole, exact);
      if (found) { out.push(found); closing = undefined; }
    }
    carried = closing;
  }
  return out;
}

/** A table row's label without notes and a bracketed abbreviation: "Complete response (CR)†" is "Complete response". */
function rowLabel(label: string): string {
  return label.replace(/[*†‡§¶‖#]+/gu, '').replace(/\s*\([^()]*\)\s*$/u, '').replace(/\s*[—–-]\s*(?:no\.|n)\b.*$/iu, '').trim();
}

/** How far apart two cells under one column header may stand and be one table's column. */
const COLUMN_GAP = 2000;

/**
 * The table cells' figures by their column, in reading order: a column header repeated in another table starts afresh
 * (columns kept apart by distance); a finished column stays under its header's text and the position it ended at.
 */
function tableColumnsOf(figures: readonly FigureEntity[]): Map<string, FigureEntity[]> {
  const columns = new Map<string, FigureEntity[]>();
  for (let fI = 0; fI < figures.length; fI++) { const f = figures[fI];
    if (!f.table) continue;
    const key = f.table.column;
    let col = columns.get(key);
    if (col && col.length && f.start - col[col.length - 1].end > COLUMN_GAP) { columns.set(`${key}@${f.start}`, col); col = undefined; }
    if (!col) columns.set(key, col = []);
    col.push(f);
  }
  return columns;
}

const CE = words.compositeEvents;
const COMPOSITE_ENDPOINTS = new Set(CE.endpoints);
/** A row label's filler after its words: ", n (%)", "n (%)", "(%)", ", n", "— no. (%)" (one count's). */
const COUNT_FILLER = /[\s,:;]*(?:(?:n|no\.?|number)\s*(?:\(\s*%\s*\))?|\(\s*%\s*\)|\(\s*n\s*\))[\s:]*$/iu;
const labelKey = (label: string) => rowLabel(label).replace(COUNT_FILLER, '').replace(/[\s:]+$/u, '').toLowerCase().replace(/\s+/g, ' ').trim();
const EVENT_ROWS = new Set(CE.eventRows.map(w => w.toLowerCase()));
const EVENT_KINDS = new Set(CE.kinds.map(w => w.toLowerCase()));

/**
 * A table's count of the events of a composite time-to-event endpoint and, in the rows right under it, the kinds of event
 * it is made of ("Events" under "Progression-free survival", then "Progression" and "Death"): a patient's event is the
 * first of one kind, so in each column the kinds add up to the events. Judged only where the run of kinds ends at a row
 * that counts nothing (a median, a ratio, a heading) or at the table's end, so that no unnamed kind can be missing; the
 * counts are whole numbers, compared exactly.
 */
export function compositeEventRows(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const figures = figuresOf(model);
  const whole = (f: FigureEntity) => f.figureKind === 'count' && typeof f.value === 'number' && Number.isInteger(f.value) && !f.comparator && f.denominator === undefined;
  for (const all of tableColumnsOf(figures).values()) {
    const col = all.filter(f => f.figureKind !== 'date');
    // the column's cells, a count's share in brackets right after it in its cell left out
    const cells = col.filter((f, k) => !(k > 0 && col[k - 1].table!.row === f.table!.row && /^\s?\(\s?$/.test(model.text.slice(col[k - 1].end, f.start))));
    for (let k = 0; k < cells.length; k++) {
      const events = cells[k];
      if (!whole(events) || !EVENT_ROWS.has(labelKey(events.table!.row)) || !COMPOSITE_ENDPOINTS.has(events.binding.endpoint ?? '')) continue;
      const kinds: FigureEntity[] = [];
      const seen = new Set<string>();
      let j = k + 1;
      for (; j < cells.length; j++) {
        const f = cells[j], key = labelKey(f.table!.row);
        if (!whole(f) || !EVENT_KINDS.has(key) || seen.has(key)) break;
        seen.add(key);
        kinds.push(f);
      }
      // (the run must end where the counting ends: the table's end, or a cell that counts nothing)
      if (kinds.length < 2 || (j < cells.length && cells[j].figureKind === 'count')) continue;
      const sum = kinds.reduce((a, f) => a + (f.value as number), 0);
      if (sum === events.value) continue;
      const name = (f: FigureEntity) => rowLabel(f.table!.row).replace(COUNT_FILLER, '').trim();
      out.push({
        message: `${kinds.map(f => `${name(f)} ${f.value}`).join(' + ')} = ${sum}, not the ${events.value} events of the row \u201c${name(events)}\u201d (${events.binding.endpoint}: each patient's event is the first of one kind).`,
        start: events.start, end: events.end,
        related: kinds.map(f => ({ start: f.start, end: f.end, message: `${name(f)}: ${f.value}` })),
        data: { sum, stated: events.value as number, parts: kinds.length }, fixes: [],
      });
    }
  }
  return out;
}

/**
 * A table's column of category counts against the column's n (or, for a table of one column of
 * counts, the group its caption counts): rows naming one category each, one after another, cannot
 * add up to more than the column's patients. A category named again starts another block (another
 * assessor's reading).
 */
export function tableCategories(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const figures = figuresOf(model);
  const columns = tableColumnsOf(figures);
  const countColumns = [...columns.values()].filter(c => c.some(f => f.figureKind === 'count'));
  for (const col of columns.values()) {
    const runs: { f: FigureEntity; cat: string; family: string }[][] = [];
    let run: { f: FigureEntity; cat: string; family: string }[] = [];
    let family: string | undefined;
    for (const [k, f] of col.entries()) {
      if (f.figureKind !== 'count') continue;
      // "9 (27)": the bracketed number after a count in its cell is its share, however read, never another category's count
      const prev = col[k - 1];
      if (prev && prev.table!.row === f.table!.row && /^\s?\(\s?$/.test(model.text.slice(prev.end, f.start))) continue;
      const ok = typeof f.value === 'number' && Number.isInteger(f.value) && !f.comparator && f.denominator === undefined;
      const cats = ok ? categoriesOf(rowLabel(f.table!.row), 'exact') : new Map<string, string>();
      const fam = family && cats.has(family) ? family : [...cats.keys()][0];
      const cat = fam ? cats.get(fam) : undefined;
      if (!cat || !fam || (family && fam !== family && run.length) || run.some(r => overlapping(r.cat, cat, fam))) {
        if (run.length >= 2) runs.push(run);
        run = cat && fam ? [{ f, cat, family: fam }] : [];
        family = cat ? fam : undefined;
        continue;
      }
      run.push({ f, cat, family: fam });
      family = fam;
    }
    if (run.length >= 2) runs.push(run);
    const counts = col.filter(f => f.figureKind === 'count');
    for (let rI = 0, runs_ = runs; rI < runs_.length; rI++) { const r = runs_[rI];
      // the responders' row right before or after the categories counts the responders among them
      const k0 = counts.indexOf(r[0].f), k1 = counts.indexOf(r[r.length - 1].f);
      const cats = new Set(r.map(x => x.cat));
      if (r[0].family === 'responses' && cats.has('CR') && cats.has('PR')) {
        for (let oI = 0, oList = [counts[k0 - 1], counts[k1 + 1]]; oI < oList.length; oI++) { const o = oList[oI];
          if (!o || typeof o.value !== 'number' || o.comparator || !RESPONDER_ROW.test(rowLabel(o.table!.row))) continue;
          const parts = r.filter(x => RESPONDERS.has(x.cat));
          const sum = parts.reduce((a, x) => a + (x.f.value as number), 0);
          if (sum !== o.value) out.push({
            message: `${parts.map(x => `${x.cat} ${x.f.value}`).join(' + ')} = ${sum}, not the ${o.value} responders of the row \u201c${rowLabel(o.table!.row)}\u201d (an objective response is a partial response or better).`,
            start: o.start, end: o.end,
            related: parts.map(x => ({ start: x.f.start, end: x.f.end, message: `${x.cat}: ${x.f.value}` })),
            data: { sum, stated: o.value, parts: parts.length }, fixes: [],
          });
          break;
        }
      }
      const ns = new Set(r.map(x => x.f.binding.n));
      let whole: Whole | undefined;
      if (ns.size === 1 && typeof r[0].f.binding.n === 'number') {
        // the column header's n, where it is written
        const header = r[0].f.table!.column;
        const n = r[0].f.binding.n;
        const at = figures.find(g => !g.table && g.figureKind === 'count' && g.value === n && g.start < r[0].f.start && header.includes(model.text.slice(g.start, g.end)));
        whole = at ? { start: at.start, end: at.end, value: n } : undefined;
        if (!whole) continue;
      } else if (ns.size === 1 && countColumns.length === 1) {
        // one column of counts: the group the caption counts, the last count of people before the table
        const k = figures.indexOf(col[0]);
        let j = k - 1;
        while (j >= 0 && figures[j].table) j--;
        const g = j >= 0 ? figures[j] : undefined;
        if (g && g.figureKind === 'count' && PEOPLE_UNIT.test(g.unit) && typeof g.value === 'number' && !g.comparator && col[0].start - g.end < 400) whole = { start: g.start, end: g.end, value: g.value };
      }
      if (!whole) continue;
      const max = Math.max(...r.map(x => x.f.value as number));
      if (whole.value < max) continue;
      // (rows closed by a catch-all need not add up to the column's n: the header may count a larger set than the one assessed)
      const found = sumFinding(model, r.map(x => ({ start: x.f.start, end: x.f.end, value: x.f.value as number, name: nameOf(x.cat, x.family) })), whole, false);
      if (found) out.push(found);
    }
  }
  return out;
}

const TOTAL_COLUMN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(E.totalColumns)})(?![\\p{L}])`, 'iu');
const TRIAL_WHOLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(E.trialWholeBefore)})\\s?[(\\[]\\s?$`, 'iu');
const TRIAL_WHOLE_VERB = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(E.trialWholeVerbs)})\\s+$`, 'iu');
const TRIAL_WHOLE_AFTER = new RegExp(`^\\s(?:(?:patients|participants|subjects)\\s)?(?:${wordsPattern(E.trialWholeAfter)})(?![\\p{L}])`, 'iu');
/** How far before a table its trial's whole may be stated, in characters. */
const TRIAL_REACH = 4000;

/**
 * A table's arm columns, each header with its n ("Acme-101 (n=198) | Placebo (n=200)"), against the
 * trial's whole stated before the table ("the ACME-301 trial (n=389)", "389 patients were
 * randomized"): the arms cannot count more patients than the trial. A table with a Total column, or
 * a whole smaller than one arm (another population), is not judged.
 */
export function armColumnsAgainstTrial(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = model.text;
  const figures = figuresOf(model);
  // the tables: runs of cells with their column's n, apart from the next run by more than a few lines
  const groups: FigureEntity[][] = [];
  for (let fI = 0, figures_ = figures; fI < figures_.length; fI++) { const f = figures_[fI];
    if (!f.table) continue;
    const g = groups[groups.length - 1];
    if (g && f.start - g[g.length - 1].end < 400) g.push(f); else groups.push([f]);
  }
  for (let gI = 0, groups_ = groups; gI < groups_.length; gI++) { const g = groups_[gI];
    const columns = new Map<string, number | undefined>();
    for (let fI = 0, g_ = g; fI < g_.length; fI++) { const f = g_[fI];
      const prior = columns.get(f.table!.column);
      columns.set(f.table!.column, prior === undefined && !columns.has(f.table!.column) ? f.binding.n : prior === f.binding.n ? prior : undefined);
    }
    if (columns.size < 2 || [...columns.keys()].some(c => TOTAL_COLUMN.test(c))) continue;
    const ns = [...columns.values()];
    if (ns.some(n => typeof n !== 'number')) continue;
    // each n written in its column's header, before the table's first cell
    const first = g[0].start;
    const headers: FigureEntity[] = [];
    for (const [column, n] of columns) {
      const h = figures.filter(x => !x.table && x.value === n && x.start < first && first - x.start < 600 && column.includes(text.slice(x.start, x.end))).pop();
      if (!h || headers.includes(h)) break;
      headers.push(h);
    }
    if (headers.length !== columns.size) continue;
    const top = Math.min(...headers.map(h => h.start));
    let whole: FigureEntity | undefined;
    for (let k = figures.findIndex(x => x.start >= top) - 1; k >= 0 && top - figures[k].start < TRIAL_REACH; k--) {
      const w = figures[k];
      if (w.table || w.figureKind !== 'count' || !PEOPLE_UNIT.test(w.unit) || typeof w.value !== 'number' || w.comparator || w.denominator !== undefined) continue;
      const before = text.slice(Math.max(0, w.start - 24), w.start);
      if ((N_EQUALS.test(text.slice(w.start, w.end)) && TRIAL_WHOLE_BEFORE.test(before)) || TRIAL_WHOLE_AFTER.test(text.slice(w.end, w.end + 40))) { whole = w; break; }
    }
    if (!whole || typeof whole.value !== 'number') continue;
    const sum = (ns as number[]).reduce((a, n) => a + n, 0);
    if (whole.value < Math.max(...(ns as number[])) || sum <= whole.value) continue;
    out.push({
      message: `The arms ${(ns as number[]).join(' + ')} = ${sum}, more than the ${whole.value} patients of the trial (\u201c${text.slice(whole.start, whole.end)}\u201d).`,
      start: whole.start, end: whole.end,
      related: headers.map((h, i) => ({ start: h.start, end: h.end, message: `arm: ${ns[i]}` })),
      data: { sum, stated: whole.value, parts: ns.length }, fixes: [],
    });
  }
  return out;
}

const MONEY_WHOLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(E.moneyWholeBefore)})\\s*$`, 'iu');
const PER_ITEM = new RegExp(`^\\s*(?:in\\s+\\p{L}+\\s+(?:\\p{L}+\\s+)?)?(?:${wordsPattern(E.perItem)})(?![\\p{L}])`, 'iu');

/** A written sum's rounding room: half a unit of its last written digit, at its scale ("$17.25 million": $5,000). */
function moneyRoom(text: string, f: FigureEntity): number {
  const surface = text.slice(f.start, f.end);
  const digits = /\d[\d,.]*/.exec(surface);
  const written = digits ? parseFloat(digits[0].replace(/,(?=\d{3}(?!\d))/g, '')) : NaN;
  if (!Number.isFinite(written) || written === 0) return 0;
  return (f.value as number) / written * halfUnit(digits![0]);
}

/**
 * Payment kinds listed against the whole they split ("up to a total of $52 million in milestones.
 * Development milestones\u2014$17.25 million; regulatory milestones\u2014$36.5 million"): the nearest sum
 * before the list, in its sentence or the one before, marked as a whole ("total", "up to") or read
 * as one, in the list's currency; the kinds cannot add up to more, past the rounding of every sum.
 */
function moneyWhole(model: DocumentModel, text: string, bySentence: FigureEntity[][], si: number, list: Item[]): CheckFinding | undefined {
  const first = list[0];
  const unit = first.f.unit;
  if (list.some(it => it.f.unit !== unit)) return undefined;
  const sameParagraph = si > 0 && paragraphIndexAt(model, model.sentences[si - 1].start) === paragraphIndexAt(model, model.sentences[si].start);
  const before = [...(sameParagraph ? bySentence[si - 1] : []), ...bySentence[si].filter(f => f.end <= first.start)];
  const sums = before.filter(f => f.figureKind === 'money' && typeof f.value === 'number');
  const w = sums[sums.length - 1];
  if (!w || w.unit !== unit || w.comparator === '~' || Array.isArray(w.value)) return undefined;
  // "a $100 million financing consisting of $60 million in equity and $40 million in debt": made of the list, exactly
  const madeOf = MADE_OF.test(text.slice(w.end, first.start)) && !/[.;]/.test(text.slice(w.end, first.start));
  const marked = madeOf || w.role === 'total' || w.role === 'milestones' || MONEY_WHOLE_BEFORE.test(text.slice(Math.max(0, w.start - 24), w.start));
  if (!marked || PER_ITEM.test(text.slice(w.end, w.end + 40))) return undefined;
  const parts = list.map(it => it.f.value as number);
  const sum = parts.reduce((a, v) => a + v, 0);
  const room = moneyRoom(text, w) + list.reduce((a, it) => a + moneyRoom(text, it.f), 0);
  if ((w.value as number) < Math.max(...parts) || Math.abs(sum - (w.value as number)) <= room || (!madeOf && sum < (w.value as number))) return undefined;
  const m = (v: number) => `${unit} ${+(v / 1e6).toFixed(3)} million`;
  return {
    message: `${list.map(it => `${it.category} ${m(it.f.value as number)}`).join(' + ')} = ${m(sum)}, ${sum > (w.value as number) ? 'more than' : 'not'} the ${m(w.value as number)} they split (\u201c${text.slice(w.start, w.end)}\u201d).`,
    start: list[list.length - 1].f.start, end: list[list.length - 1].f.end,
    related: [{ start: w.start, end: w.end, message: 'the whole' }, ...list.slice(0, -1).map(it => ({ start: it.f.start, end: it.f.end, message: it.category }))],
    data: { sum, stated: w.value as number, parts: list.length }, fixes: [],
  };
}

const ARM_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(E.armWords)})(?![\\p{L}])`, 'iu');
const ARM_JOIN = new RegExp(`^[\\s,;)]*(?:(?:${wordsPattern(E.armJoins)})\\s+)?(?:[\\p{L}\\d.+/-]+\\s+){0,6}?[\\p{L}\\d.+/-]*\\s?\\($`, 'iu');

/** The nearest whole of a trial before `at`: "the ACME-301 trial (n=389)", "389 patients were randomized". */
function trialWholeBefore(text: string, figures: readonly FigureEntity[], at: number): FigureEntity | undefined {
  for (let k = figures.findIndex(x => x.start >= at) - 1; k >= 0 && at - figures[k].start < TRIAL_REACH; k--) {
    const w = figures[k];
    if (w.table || w.figureKind !== 'count' || !PEOPLE_UNIT.test(w.unit) || typeof w.value !== 'number' || w.comparator || w.denominator !== undefined) continue;
    const before = text.slice(Math.max(0, w.start - 24), w.start);
    if ((N_EQUALS.test(text.slice(w.start, w.end)) && TRIAL_WHOLE_BEFORE.test(before)) || TRIAL_WHOLE_VERB.test(before) || TRIAL_WHOLE_AFTER.test(text.slice(w.end, w.end + 40))) return w;
  }
  return undefined;
}

/**
 * The arms of a sentence, each a label naming a drug or an arm with its bracketed n ("AB-101 (n=198)
 * versus placebo (n=200)"), against the trial's whole stated before them, in their paragraph or the
 * one before, no other trial named between: the arms cannot count more patients than the trial.
 */
export function armsAgainstTrial(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = model.text;
  const figures = figuresOf(model);
  const named = model.entities.filter(e => e.kind === 'drug' || e.kind === 'trial');
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    const ns = inS.filter(f => !f.table && f.figureKind === 'count' && typeof f.value === 'number' && !f.comparator && N_EQUALS.test(text.slice(f.start, f.end)) && /\(\s?$/.test(text.slice(Math.max(s.start, f.start - 2), f.start)));
    if (ns.length < 2) continue;
    // one run of arms joined by list or comparison words, each label naming a drug or an arm
    const arms: FigureEntity[] = [ns[0]];
    for (let i = 1; i < ns.length && ns[i].start - ns[i - 1].end <= 120 && ARM_JOIN.test(text.slice(ns[i - 1].end, ns[i].start)); i++) arms.push(ns[i]);
    if (arms.length < 2 || arms.length !== ns.length) continue;
    const labelled = arms.every((f, i) => {
      const from = i === 0 ? Math.max(s.start, f.start - 60) : arms[i - 1].end;
      const label = text.slice(from, f.start);
      return ARM_WORD.test(label) || named.some(e => e.kind === 'drug' && e.start >= from && e.end <= f.start);
    });
    if (!labelled) continue;
    const whole = trialWholeBefore(text, figures, arms[0].start);
    if (!whole || typeof whole.value !== 'number' || inS.includes(whole)) continue;
    const paragraph = paragraphIndexAt(model, arms[0].start);
    if (paragraph - paragraphIndexAt(model, whole.start) > 1) continue;
    if (named.some(e => e.kind === 'trial' && e.start > whole.end && e.end < arms[0].start && !named.some(t => t.kind === 'trial' && t.end <= whole.start + 2 && t.start >= whole.start - 80 && t.text === e.text))) continue;
    const values = arms.map(f => f.value as number);
    const sum = values.reduce((a, v) => a + v, 0);
    if (whole.value < Math.max(...values) || sum <= whole.value) continue;
    out.push({
      message: `The arms ${values.join(' + ')} = ${sum}, more than the ${whole.value} patients of the trial (\u201c${text.slice(whole.start, whole.end)}\u201d).`,
      start: whole.start, end: whole.end,
      related: arms.map((h, i) => ({ start: h.start, end: h.end, message: `arm: ${values[i]}` })),
      data: { sum, stated: whole.value, parts: values.length }, fixes: [],
    });
  }
  return out;
}

/**
 * "ACME-3 randomized 600 patients to AB-101 or placebo. ... In the AB-101 arm (n=400), the rate was 40 %, versus 20 % in
 * the placebo arm (n=210).": the arms' bracketed sizes, stated anywhere in the trial whole's paragraph or the next (each
 * bound to its arm, one size an arm), against the whole stated before them: the arms cannot count more patients than the
 * trial. An arm given two sizes (a subgroup's, an analysis set's) or another trial named between leaves the whole unjudged.
 */
export function armSizesAgainstTrial(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = model.text;
  const figures = figuresOf(model);
  const trials = model.entities.filter(e => e.kind === 'trial');
  const byWhole = new Map<FigureEntity, Map<string, FigureEntity[]>>();
  for (let inSI = 0, bySentence_ = bySentence; inSI < bySentence_.length; inSI++) { const inS = bySentence_[inSI]; for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
    if (f.table || f.figureKind !== 'count' || typeof f.value !== 'number' || f.comparator || !f.binding.arm) continue;
    if (!N_EQUALS.test(text.slice(f.start, f.end)) || !/\(\s?$/.test(text.slice(Math.max(0, f.start - 2), f.start))) continue;
    const whole = trialWholeBefore(text, figures, f.start);
    if (!whole || typeof whole.value !== 'number' || paragraphIndexAt(model, f.start) - paragraphIndexAt(model, whole.start) > 1) continue;
    if (f.binding.trial && whole.binding.trial && f.binding.trial !== whole.binding.trial) continue;
    const arms = byWhole.get(whole) ?? new Map<string, FigureEntity[]>();
    const key = `${f.binding.arm}|${f.binding.drug ?? ''}`.toLowerCase();
    arms.set(key, [...(arms.get(key) ?? []), f]);
    byWhole.set(whole, arms);
  } }
  for (const [whole, arms] of byWhole) {
    if (arms.size < 2 || [...arms.values()].some(l => new Set(l.map(f => f.value)).size !== 1)) continue;
    const sized = [...arms.values()].map(l => l[0]).sort((a, b) => a.start - b.start);
    // (another trial named between the whole and the sizes: they may be its arms)
    const last = sized[sized.length - 1];
    if (trials.some(t => t.start > whole.end && t.end < last.start && !trials.some(u => u.end <= whole.start + 2 && u.start >= whole.start - 80 && u.name === t.name))) continue;
    const values = sized.map(f => f.value as number);
    const sum = values.reduce((a, v) => a + v, 0);
    if ((whole.value as number) < Math.max(...values) || sum <= (whole.value as number)) continue;
    out.push({
      message: `The arms ${values.join(' + ')} = ${sum}, more than the ${whole.value} patients of the trial (\u201c${text.slice(whole.start, whole.end)}\u201d).`,
      start: whole.start, end: whole.end,
      related: sized.map((h, i) => ({ start: h.start, end: h.end, message: `arm: ${values[i]}` })),
      data: { sum, stated: whole.value as number, parts: values.length }, fixes: [],
    });
  }
  return out;
}

const EVENT_UNITS = new Set((words.eventSplits.units as string[]).map(u => u.toLowerCase()));
const COMPARED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(E.armJoins.filter((w: string) => w !== 'and' && w !== 'or'))})(?![\\p{L}])`, 'iu');

/**
 * A count of events and, after it in its sentence, the two arms compared, each counted "a of b"
 * ("after 120 deaths, 50 of 200 patients on AB-101 compared with 70 of 100 on placebo had died"):
 * the events of the two arms compared are all the events, so they must add up to the count.
 */
export function eventsByArm(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = model.text;
  for (let inSI = 0, bySentence_ = bySentence; inSI < bySentence_.length; inSI++) { const inS = bySentence_[inSI];
    const whole = inS.find(f => f.figureKind === 'count' && EVENT_UNITS.has(f.unit.toLowerCase()) && typeof f.value === 'number' && !f.comparator && f.denominator === undefined);
    if (!whole) continue;
    const parts = inS.filter(f => f.start > whole.end && f.figureKind === 'count' && f.denominator !== undefined && typeof f.value === 'number' && !f.comparator);
    if (parts.length !== 2 || !COMPARED.test(text.slice(parts[0].end, parts[1].start))) continue;
    if (HEDGED_BEFORE.test(text.slice(Math.max(0, whole.start - 16), whole.start))) continue;
    const values = parts.map(f => f.value as number);
    const sum = values[0] + values[1];
    if (sum === whole.value || Math.max(...values) > (whole.value as number)) continue;
    out.push({
      message: `The events of the two arms compared, ${values.join(' + ')} = ${sum}, are not the ${whole.value} ${whole.unit} stated.`,
      start: whole.start, end: whole.end,
      related: parts.map((f, i) => ({ start: f.start, end: f.end, message: `arm: ${values[i]}` })),
      data: { sum, stated: whole.value as number, parts: 2 }, fixes: [],
    });
  }
  return out;
}

/** A table row whose label ends on a word of enrolment ("Overall Study STARTED", "Randomized, n"): it counts the arms' people. */
const ENROLMENT_ROW = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(E.enrolmentRows)})\\s*(?:[,:]?\\s*(?:n|N|\\(n\\)|\\(N\\)|n\\s?\\(%\\)))?\\s*$`, 'iu');
/** How far before a table the trial's enrolment may be stated, in characters. */
const ENROLMENT_ROW_REACH = 1500;

/**
 * "113 participants were randomized ... | Overall Study STARTED | 76 | 39 |": a table's row of the people each arm
 * column started with (its label ends on a word of enrolment), against the enrolment the prose states last before the
 * table (a count of people in a sentence with a word of enrolment, none larger than a cell apart): the arms cannot count
 * more people than the trial. A Total column, a cell that is no whole count, or a row of one cell is not judged.
 */
export function enrolmentRowAgainstTrial(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = model.text;
  const figures = figuresOf(model);
  for (let tI = 0, tList = model.tables ?? []; tI < tList.length; tI++) { const t = tList[tI];
    const inT = figures.filter(f => f.table && f.start >= t.start && f.end <= t.end);
    const rows = new Map<string, FigureEntity[]>();
    for (let fI = 0, inT_ = inT; fI < inT_.length; fI++) { const f = inT_[fI]; rows.set(f.table!.row, [...(rows.get(f.table!.row) ?? []), f]); }
    for (const [label, cells] of rows) {
      if (!ENROLMENT_ROW.test(label.trim()) || cells.length < 2) continue;
      const columns = new Set(cells.map(c => c.table!.column));
      if (columns.size !== cells.length || [...columns].some(c => TOTAL_COLUMN.test(c))) continue;
      // each cell one whole count (a share may follow it in brackets: "76 (67.3)")
      const counts = cells.filter(c => !(c.figureKind === 'percent'));
      if (counts.length < 2 || counts.some(c => (c.figureKind !== 'count' && !(c.figureKind === 'other' && c.unit === '')) || typeof c.value !== 'number' || !Number.isInteger(c.value) || c.comparator || c.denominator !== undefined)) continue;
      if (new Set(counts.map(c => c.table!.column)).size !== counts.length) continue;
      // the whole: the last count of people before the table, in a sentence with a word of enrolment
      let whole: FigureEntity | undefined;
      for (let k = figures.findIndex(x => x.start >= t.start) - 1; k >= 0 && t.start - figures[k].start < ENROLMENT_ROW_REACH; k--) {
        const w = figures[k];
        if (w.table || w.figureKind !== 'count' || !PEOPLE_UNIT.test(w.unit) || typeof w.value !== 'number' || w.comparator || w.denominator !== undefined) continue;
        const si = sentenceIndexAt(model, w.start);
        if (si < 0 || !ENROLMENT_WORDS.test(text.slice(model.sentences[si].start, model.sentences[si].end))) continue;
        whole = w;
        break;
      }
      if (!whole) continue;
      const stated = whole.value as number;
      const values = counts.map(c => c.value as number);
      const sum = values.reduce((a, v) => a + v, 0);
      if (stated < Math.max(...values) || sum <= stated) continue;
      out.push({
        message: `The arms ${values.join(' + ')} = ${sum}, more than the ${stated} people of the trial (\u201c${text.slice(whole.start, whole.end)}\u201d).`,
        start: whole.start, end: whole.end,
        related: counts.map(c => ({ start: c.start, end: c.end, message: `arm: ${c.value}` })),
        data: { sum, stated, parts: counts.length }, fixes: [],
      });
    }
  }
  return out;
}
