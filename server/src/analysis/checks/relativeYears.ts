/**
 * date-inconsistent, years named relative to the release: "last year", "this year", "letztes Jahr" (dates.json
 * relativeYears) name the year before the dateline's, or its own. A year written right after such words, joined by at most
 * a few words of a place or an occasion ("presented last year at the Acme Congress 2031", "earlier this year, in
 * 2029"), is the year they name; another year contradicts them. Read only with a dateline (the release's own year), on
 * a year that is a date figure of the same sentence and no clause break between.
 */
import type { DocumentModel, FigureEntity } from '../model';
import { figuresBySentence, normalizedText, type CheckFinding } from './check';
import { wordsPattern } from '../words';
import words from '../../../lexicon/grammar/dates.json';

const OFFSETS = new Map(Object.entries(words.relativeYears.words).map(([w, o]) => [w.toLowerCase(), o as number]));
/** The words, then at most four words (none a clause break or a figure) before the year. */
const RELATIVE = new RegExp(`(?<![\\p{L}])(${wordsPattern(Object.keys(words.relativeYears.words))})(?![\\p{L}])((?:[ ,]+[\\p{L}'\u2019.-]+){0,4}?[ ,]+)$`, 'iu');
/** Words between that open another clause or another time: dates.json clauseJoins, periodStarts, orderWords, ongoing.until. */
const BREAK = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...words.clauseJoins.words, ...words.periodStarts.words, ...words.orderWords.after, ...words.orderWords.before, ...words.ongoing.until])})(?![\\p{L}])`, 'iu');

export function relativeYears(model: DocumentModel, dateline: { f: FigureEntity } | undefined): CheckFinding[] {
  if (!dateline || typeof dateline.f.value !== 'number' || dateline.f.value < 1000) return [];
  const release = dateline.f.value;
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const bySentence = figuresBySentence(model);
  for (let si = 0; si < bySentence.length; si++) {
    const s = model.sentences[si];
    for (let fI = 0, fList = bySentence[si]; fI < fList.length; fI++) { const f = fList[fI];
      if (f === dateline.f || f.figureKind !== 'date' || typeof f.value !== 'number' || f.value < 1000 || f.start - s.start < 6) continue;
      const m = RELATIVE.exec(text.slice(Math.max(s.start, f.start - 64), f.start));
      if (!m || BREAK.test(m[2])) continue;
      const named = release + (OFFSETS.get(m[1].toLowerCase()) ?? 0);
      if (f.value === named) continue;
      out.push({
        message: `${model.text.slice(f.start, f.end)} is said to be ${m[1].toLowerCase()}, which in a release of ${release} is ${named}.`,
        start: f.start, end: f.end,
        related: [{ start: dateline.f.start, end: dateline.f.end, message: `the release's date: ${release}` }],
        data: { year: f.value, named, release }, fixes: [],
      });
    }
  }
  return out;
}
