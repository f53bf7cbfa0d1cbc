/**
 * mixed-decimal-separator: decimals written with a comma in one place ("11,4 months") and a point in
 * another ("6.3 months") in one document. Only unambiguous decimals inside figures count (one or
 * two digits after the separator), so thousands separators ("3,700") and lists never do. Reported
 * on each number in the minority style, with quick fixes to the majority style. Each language keeps its own
 * habit: a release in English and again in German ("12.3 million", then "12,3 Mio.") writes each part as its
 * language does, so decimals are compared only with those of paragraphs in the same language (a paragraph
 * without any function word, a table's line, takes the document's language).
 */
import type { Check, CheckFinding } from './check';
import type { FigureEntity } from '../model';
import { languageOfScores, languageScores, languagesOf } from '../recognize/figures';
import { memoRead, paragraphResults } from '../memo';
import { lastStartAt, paragraphStarts } from '../text';

const CODE = 'mixed-decimal-separator';
const DECIMAL = /(?<![\d.,])(\d+)([.,])(\d{1,2})(?![\d.,]\d|\d)/g;

export const mixedDecimalSeparator: Check = {
  code: CODE,
  description: 'Decimal commas and decimal points mixed in one document ("14,9 months" here, "7.8 months" there).',
  defaultSeverity: 'information',
  run(model) {
    const uses: { start: number; end: number; sep: string; int: string; frac: string }[] = [];
    for (let fI = 0; fI < model.entities.length; fI++) { const f = model.entities[fI];
      if (f.kind !== 'figure' || (f as FigureEntity).figureKind === 'date') continue;
      const surface = model.text.slice(f.start, f.end);
      DECIMAL.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = DECIMAL.exec(surface)) !== null) {
        const start = f.start + m.index, end = start + m[0].length;
        // a section's number ("4.1.9 Overall survival", "3.2.1"): its parts joined by points are no decimal
        if (/^[.,]\d/.test(model.text.slice(end, end + 2)) || /\d[.,]$/.test(model.text.slice(Math.max(0, start - 2), start))) continue;
        uses.push({ start, end, sep: m[2], int: m[1], frac: m[3] });
      }
    }
    if (!uses.some(u => u.sep === ',') || !uses.some(u => u.sep === '.')) return [];
    // each use's language: its paragraph's (read once a paragraph), the document's for a paragraph without function words
    const text = model.text;
    let docLanguage: string | undefined;
    const byParagraph = new Map<number, string>();
    const starts = paragraphStarts(text);
    const languageAt = (pos: number): string => {
      const k = lastStartAt(starts, pos);
      let lang = byParagraph.get(k);
      if (lang === undefined) {
        const par = text.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : text.length);
        // (each paragraph's reading kept by its text; the document's language summed from its paragraphs' scores, which
        // is the whole text's: no word runs across a blank line)
        lang = memoRead(par, paragraphLanguage) ?? (docLanguage ??= languageOfScores(paragraphResults(text, languageScores)));
        byParagraph.set(k, lang);
      }
      return lang;
    };
    const groups = new Map<string, typeof uses>();
    for (let uI = 0, uses_ = uses; uI < uses_.length; uI++) { const u = uses_[uI]; const l = languageAt(u.start); const g = groups.get(l) ?? []; g.push(u); groups.set(l, g); }
    const out: CheckFinding[] = [];
    for (const group of groups.values()) out.push(...judge(model.text, group));
    return out;
  },
};

/** A paragraph's language, read with one function word enough; undefined when it has none (a table's line). */
function paragraphLanguage(par: string): string | undefined {
  return languageScores(par).size === 0 ? undefined : languagesOf(par, 1)[0];
}

/** The decimals of one language, both styles among them: each of the minority style reported. */
function judge(text: string, uses: { start: number; end: number; sep: string; int: string; frac: string }[]): CheckFinding[] {
  const commas = uses.filter(u => u.sep === ','), points = uses.filter(u => u.sep === '.');
  if (commas.length === 0 || points.length === 0) return [];
  const [major, minor] = commas.length > points.length ? [commas, points] : [points, commas];
  const sep = major[0].sep;
  const name = (s: string) => (s === ',' ? 'decimal comma' : 'decimal point');
  // one list of edits shared by every finding's "everywhere" fix: the work stays linear in the occurrences
  const everywhere = minor.map(x => ({ start: x.start, end: x.end, newText: `${x.int}${sep}${x.frac}` }));
  return minor.map((u): CheckFinding => ({
    // ("$291,00" in a text of decimal points may as well be "$291,000" with a digit lost)
    message: `${text.slice(u.start, u.end)} uses a ${name(u.sep)}; this document writes ${major.length} other decimal${major.length === 1 ? '' : 's'} with a ${name(sep)}${u.sep === ',' && u.frac.length === 2 ? `, unless it is a thousands separator with a digit lost (${u.int},${u.frac}0)` : ''}.`,
    start: u.start, end: u.end,
    related: major.slice(0, 3).map(m => ({ start: m.start, end: m.end, message: `${name(sep)}: ${text.slice(m.start, m.end)}` })),
    data: { majority: major.length, minority: minor.length },
    fixes: [
      { title: `Write ${u.int}${sep}${u.frac}`, edits: [{ start: u.start, end: u.end, newText: `${u.int}${sep}${u.frac}` }] },
      { title: `Write every decimal with a ${name(sep)}`, edits: everywhere },
    ],
  }));
}
