/**
 * totals: parts that must add up to a stated whole and do not. For deals: an upfront payment plus
 * milestones against the total deal value stated in the same paragraph ("$50 million upfront and
 * up to $900 million in milestones, for a total of $1.05 billion"). Judged only when the paragraph
 * holds exactly one upfront, one milestone and one total figure in one currency, so equity,
 * royalties or other payments never make a false alarm.
 */
import { paragraphMatches, spanExec, spanTest } from '../memo';
import { TO_MONTHS } from './survivalLogic';
import { armKey, armsOfOneEndpoint, Check, decimalsOf, figuresBySentence, firstIndexFrom, halfUnit, itemsWithin, normalizedText, OTHER_POPULATION, paragraphIndexAt, sentenceIndexAt, wordsPattern, type CheckFinding, figuresOf } from './check';
import { lexiconRegExp, NOT_AFTER_LETTER, NOT_BEFORE_LETTER } from '../lexiconMatcher';
import { PEOPLE_PATTERN, PEOPLE_UNIT } from '../people';
import type { DocumentModel, FigureEntity } from '../model';
import { execPiece } from '../testMemo';
import { normalizeText } from '../text';
import { placements, Table, TableRow, tablesOf } from './tables';
import words from '../../../lexicon/grammar/totals.json';
import dateWords from '../../../lexicon/grammar/dates.json';
import nestingWords from '../../../lexicon/grammar/nesting.json';
import comparisonWords from '../../../lexicon/grammar/comparisons.json';
import claimWords from '../../../lexicon/grammar/claims.json';
import numberWords from '../../../lexicon/builtin/numbers.json';
import peopleWords from '../../../lexicon/grammar/people.json';
import shareWords from '../../../lexicon/grammar/shares.json';
import { periodsIn } from './partsOfWholes';
import { priorBreakdowns } from './priorBreakdown';
import { perArmSizes } from './perArm';
import { populationBefore, shareOf } from './shares';
import { populationSplits } from '../populations';
import { shareSplits } from './shareSplits';
import { armColumnsAgainstTrial, armsAgainstTrial, armSizesAgainstTrial, compositeEventRows, enrolmentRowAgainstTrial, enumeratedCategories, eventsByArm, tableCategories } from './enumerations';

const CODE = 'totals';

export const totals: Check = {
  code: CODE,
  description: 'Parts that do not add up to the stated whole: a deal\u2019s upfront plus milestones against its total, a sum and its listed components, an enrolment and its arms, a group and the arms, response categories or places it is split into, one payment role summed over several partners\u2019 deals, the n-th event and the earlier ones, a pooled count and its cohorts, a company\u2019s sales and its regions\u2019 or products\u2019.',
  defaultSeverity: 'error',
  run(model) {
    const out: CheckFinding[] = [];
    const money = model.entities.filter((e): e is FigureEntity => e.kind === 'figure' && e.figureKind === 'money' && typeof e.value === 'number');
    out.push(...dealTotals(model, money));
    const reported = new Set(out.map(f => f.start));
    for (let fI = 0, fList = sumStatements(model, figuresBySentence(model)); fI < fList.length; fI++) { const f = fList[fI]; if (!reported.has(f.start)) out.push(f); }
    out.push(...enrolmentSplits(model.text, normalizedText(model), model.sentences, figuresBySentence(model)));
    for (let fI = 0, fList = [...armsInLaterSentence(model, figuresBySentence(model)), ...groupsOfIntroducedWhole(model, figuresBySentence(model)), ...flowCompletion(model)]; fI < fList.length; fI++) { const f = fList[fI]; if (!out.some(x => x.start === f.start)) out.push(f); }
    out.push(...eventSplits(model, figuresBySentence(model)));
    for (let fI = 0, fList = perArmSizes(model); fI < fList.length; fI++) { const f = fList[fI]; if (!out.some(x => x.start === f.start)) out.push(f); }
    out.push(...countSums(model, figuresBySentence(model)));
    out.push(...offerings(model, figuresBySentence(model)));
    const composites = responseComposites(model, figuresBySentence(model));
    out.push(...composites);
    // a rate its categories' rates already judged is not judged again from their counts
    const judged = new Set(composites.map(f => f.start));
    out.push(...responseCounts(model, figuresBySentence(model)).filter(f => !judged.has(f.start)));
    out.push(...responderParts(model, figuresBySentence(model)));
    for (let fI = 0, fList = tableResponseComposites(model); fI < fList.length; fI++) { const f = fList[fI]; if (!out.some(x => x.start === f.start)) out.push(f); }
    const bySentence = figuresBySentence(model);
    out.push(...differences(model, bySentence), ...differencesBetweenTwo(model, bySentence));
    out.push(...namedCounts(model));
    out.push(...sharesInWordsCounted(model, figuresBySentence(model)));
    out.push(...combinedRoles(model, figuresBySentence(model)), ...partsOfTheWholeBefore(model, figuresBySentence(model)), ...partsOfTheWholeOpening(model, figuresBySentence(model)));
    // a split another reading already judged (an enrolment and its arms) is not reported twice
    const taken = new Set(out.flatMap(f => [f.start, ...(f.related ?? []).map(r => r.start)]));
    const splits = groupSplits(model).filter(f => !taken.has(f.start) && !(f.related ?? []).some(r => taken.has(r.start)));
    out.push(...splits);
    const split = new Set(splits.flatMap(f => [f.start, ...(f.related ?? []).map(r => r.start)]));
    out.push(...complementSplits(model).filter(f => !split.has(f.start)));
    out.push(...categoriesContinued(model));
    for (let fI = 0, fList = priorBreakdowns(model, paragraphsOf(model).paraOf); fI < fList.length; fI++) { const f = fList[fI]; if (!out.some(x => x.start === f.start)) out.push(f); }
    out.push(...ordinalCounts(model), ...pooledGroups(model), ...namedPartsRead(model).findings.map(f => ({ ...f })), ...floatAndStakes(model), ...totalOfNamedSums(model), ...costSplits(model), ...shareSplits(model));
    for (let tI2 = 0, tList = tablesOf(model); tI2 < tList.length; tI2++) { const t = tList[tI2]; out.push(...tableTotals(model, t), ...tableProducts(model, t)); }
    for (let tI2 = 0, tList = columnTables(model); tI2 < tList.length; tI2++) { const t = tList[tI2]; out.push(...tableTotals(model, t), ...columnTotals(model, t)); }
    out.push(...flatColumnTotals(model));
    for (let fI = 0, fList = totalOpeningAfterParts(model, figuresBySentence(model)); fI < fList.length; fI++) { const f = fList[fI]; if (!out.some(x => x.start === f.start)) out.push(f); }
    // counts of categories that split a group, in a list or a table's column: a sum another reading judged is not reported again
    const judgedAt = new Set(out.flatMap(f => [f.start, ...(f.related ?? []).map(r => r.start)]));
    for (let fI = 0, fList = [...enumeratedCategories(model, figuresBySentence(model)), ...tableCategories(model), ...compositeEventRows(model), ...armColumnsAgainstTrial(model), ...enrolmentRowAgainstTrial(model), ...armsAgainstTrial(model, figuresBySentence(model)), ...armSizesAgainstTrial(model, figuresBySentence(model)), ...eventsByArm(model, figuresBySentence(model))]; fI < fList.length; fI++) { const f = fList[fI];
      if (!judgedAt.has(f.start) && !(f.related ?? []).some(r => judgedAt.has(r.start))) out.push(f);
    }
    return out;
  },
};

/**
 * A deal's upfront and milestone payments against its stated total, paragraph by paragraph. Other
 * sums in the paragraph (an equity purchase, a premium) may or may not be counted in the total, so
 * the total must match neither reading to be reported; a paragraph that names another payment
 * without stating its amount is never judged.
 */
function dealTotals(model: DocumentModel, money: FigureEntity[]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const groups = new Map<number, FigureEntity[]>();
  const { byLine, lineStarts, paraOf } = paragraphsOf(model);
  for (let fI = 0, money_ = money; fI < money_.length; fI++) { const f = money_[fI];
    const para = paraOf(f.start);
    const g = groups.get(para) ?? [];
    g.push(f);
    groups.set(para, g);
  }
  for (const [para, found] of groups) {
    let g = found;
    const role = (r: string) => g.filter(f => f.role === r);
    // "... an upfront payment of $40 million." then "It could also earn up to $600 million in milestones; the deal is worth up to
    // $640 million.": a paragraph that states the milestones and the total of a deal takes the upfront stated alone in one of the
    // two paragraphs before it, no other sum between them
    if (role('upfront').length === 0 && role('total').length === 1 && role('milestones').length >= 1) {
      const k = money.indexOf(g[0]);
      const prev = k > 0 ? money[k - 1] : undefined;
      if (prev && prev.role === 'upfront' && para - paraOf(prev.start) <= UPFRONT_REACH && (groups.get(paraOf(prev.start)) ?? []).length === 1) g = [prev, ...g];
      // ("... $50 million upfront and up to $300 million in development milestones." then "Acme may also earn up to $100 million
      // in sales milestones; the deal is worth up to $450 million.": or the upfront and milestones of such a paragraph, when it
      // states nothing else, each of its sums an upfront or a milestone)
      else if (prev && para - paraOf(prev.start) <= UPFRONT_REACH) {
        const pg = groups.get(paraOf(prev.start)) ?? [];
        if (pg.some(f => f.role === 'upfront') && pg.every(f => f.role === 'upfront' || f.role === 'milestones') && pg.filter(f => f.role === 'upfront').length === 1) g = [...pg, ...g];
      }
    }
    // "... up to $260 million, with $20 million upfront." then "Acme may also earn up to $240 million in milestones.": a paragraph
    // of the total and the upfront takes the milestones of the next paragraph with sums, when that one states milestones alone
    if (role('total').length === 1 && role('upfront').length >= 1 && role('milestones').length === 0) {
      const k = money.indexOf(g[g.length - 1]);
      const next = k >= 0 ? money[k + 1] : undefined;
      const ng = next ? groups.get(paraOf(next.start)) ?? [] : [];
      if (next && paraOf(next.start) - para <= UPFRONT_REACH && ng.every(f => f.role === 'milestones')) g = [...g, ...ng];
    }
    // "... $30 million upfront ... up to $400 million in milestones." then "The deal is worth up to $430 million.": a total
    // stated alone in its paragraph is of the upfront and milestones of the paragraph of sums before it, when that one states
    // them alone
    // (the paragraphs of sums before it, as far as UPFRONT_REACH paragraphs back, none with a total of its own)
    if (g.length === 1 && g[0].role === 'total') {
      let pg: FigureEntity[] = [];
      for (let k = money.indexOf(g[0]) - 1; k >= 0 && para - paraOf(money[k].start) <= UPFRONT_REACH; k--) {
        if (money[k].role === 'total') { pg = []; break; }
        pg.unshift(money[k]);
      }
      if (pg.some(f => f.role === 'upfront') && pg.some(f => f.role === 'milestones')) g = [...pg, ...g];
    }
    let tot = role('total');
    // (a total stated twice with one value, "Acme, Beta in $1.5-Bn pact" over "a deal worth up to $1.5 billion", is one total:
    // the statement that stands with the parts, else the last; the other, whatever role its words gave it, is left out of
    // the sums)
    if (tot.length >= 1 && tot.every(f => f.value === tot[0].value && f.unit === tot[0].unit)) {
      const kept = tot.find(f => g.some(x => (x.role === 'upfront' || x.role === 'milestones') && sentenceIndexAt(model, x.start) === sentenceIndexAt(model, f.start))) ?? tot[tot.length - 1];
      g = g.filter(f => f === kept || f.role === 'upfront' || f.role === 'milestones' || f.value !== kept.value || f.unit !== kept.unit);
      tot = [kept];
    }
    const parts = [...role('upfront'), ...role('milestones')];
    if (tot.length !== 1 || role('upfront').length < 1 || role('milestones').length < 1) continue;
    if (new Set(g.map(f => f.unit)).size !== 1) continue;
    const t = tot[0];
    // every other sum must be a quantified other payment, and every other payment must be quantified
    const others = g.filter(f => f !== t && !parts.includes(f));
    if (others.some(f => f.comparator === '~' || Array.isArray(f.value)) || others.length > 3) continue;
    const { text: written, start: base } = byLine ? lineOf(model.text, lineStarts, t.start) : paragraphOf(model.text, t.start);
    // (shares whose price moved are no payment: blanked, the offsets kept)
    const paraText = written.replace(SHARE_PRICE_MOVE, m => ' '.repeat(m.length));
    // ("Beta may pay a further $200 million on exercising its option": a sum its sentence says is paid is a payment the total may hold,
    // when it stands in a sentence of its own, no part's or total's, whose breakdown it could be, and the deal has one upfront)
    const sentenceOf = (f: FigureEntity) => sentenceIndexAt(model, f.start);
    const paid = others.length > 0 && role('upfront').length === 1 && others.every(f => PAID.test(sentenceText(model, f.start)) && !OTHER_PAYMENTS.test(sentenceText(model, f.start))
      && ![...parts, t].some(x => sentenceOf(x) === sentenceOf(f)));
    if (!paid && (OTHER_PAYMENTS.test(paraText) || others.length > 0)) {
      if (others.length === 0 || !others.every(f => OTHER_PAYMENTS.test(sentenceText(model, f.start)))) continue;
      // each payment the paragraph names needs its own sum in its sentence: words not joined by
      // "and" ("$30 million of common stock at a 20 % premium") name one payment
      const payments = new Map<number, number>();
      const re = new RegExp(OTHER_PAYMENTS.source, 'gi');
      let m: RegExpExecArray | null;
      let last: { si: number; end: number } | undefined;
      while ((m = re.exec(paraText)) !== null) {
        const at = base + m.index;
        const si = sentenceIndexAt(model, at);
        const joined = last && last.si === si && !/\b(?:and|plus|as well as|also|additionally|und|sowie)\b/i.test(paraText.slice(last.end - base, m.index));
        if (!joined) payments.set(si, (payments.get(si) ?? 0) + 1);
        last = { si, end: at + m[0].length };
      }
      let unquantified = false;
      for (const [si, n] of payments) if (others.filter(f => sentenceIndexAt(model, f.start) === si).length < n) unquantified = true;
      if (unquantified) continue;
    }
    const sum = parts.reduce((a, f) => a + (f.value as number), 0);
    const stated = t.value as number;
    const precision = precisionOf(model.text.slice(t.start, t.end), stated);
    // with or without any of the other payments; a part stated as a least ("more than $80 million in milestones") makes the sum a
    // least too, which fits any total not below it
    const least = parts.some(f => f.comparator === '>' || f.comparator === '\u2265');
    let fits = false;
    for (let mask = 0; mask < 1 << others.length && !fits; mask++) {
      const extra = others.reduce((a, f, i) => a + (mask & (1 << i) ? (f.value as number) : 0), 0);
      if (least ? sum + extra - stated <= precision : Math.abs(sum + extra - stated) <= precision) fits = true;
    }
    if (fits) continue;
    const terms = parts.map(f => `${f.role} ${short(f.value as number, f.unit)}`).join(' + ');
    out.push({
      message: `${terms} = ${short(sum, t.unit)}, not the stated total ${short(stated, t.unit)}${others.length ? ` (nor with ${others.map(f => short(f.value as number, f.unit)).join(' and ')} added)` : ''}.`,
      start: t.start, end: t.end,
      related: [...parts.map(f => ({ start: f.start, end: f.end, message: f.role ?? 'part' })), ...others.map(f => ({ start: f.start, end: f.end, message: 'other payment' }))],
      data: { sum, stated, parts: parts.length }, fixes: [],
    });
  }
  return out;
}

function sentenceText(model: DocumentModel, pos: number): string {
  const i = sentenceIndexAt(model, pos);
  return i < 0 ? '' : normalizedText(model).slice(model.sentences[i].start, model.sentences[i].end);
}

/** "CHF 48.2 million, comprising A of CHF 31.5 million and B of CHF 14.1 million": the whole first, then its exhaustive parts. */
const WHOLE_THEN_PARTS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.wholeThenParts.words)})(?![\\p{L}])`, 'iu');
/** "... of which A and B", "which includes A and B": parts that cannot exceed the whole, though others may be left out. */
const WHOLE_THEN_SUBSETS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.wholeThenSubsets.words)})(?![\\p{L}])`, 'iu');
/** Right after a whole, its change set off by commas: ", up 20 %,", ", an increase of 12.5 % over 2030,". */
const CHANGE_ASIDE = new RegExp(`^\\s?,\\s?(?:(?:${wordsPattern([...comparisonWords.changes.upAfter, ...comparisonWords.changes.downAfter, 'up', 'down', 'plus', 'minus'])})|(?:an?|the)\\s(?:${wordsPattern([...comparisonWords.changes.upNouns, ...comparisonWords.changes.downNouns])})\\s(?:of))\\s[\\d.,]+\\s?(?:%|percent|per cent)(?:\\s(?:from|over|compared with|versus|vs\\.?)\\s[^,\\d]{0,30}\\d{0,4}[^,\\d]{0,10})?\\s?,`, 'iu');
/** After a whole and the rest of its clause (no figure, no clause mark), a bracket opened by a word of subsets: "... (including". */
const BRACKETED_SUBSETS = new RegExp(`^[^\\d$€£¥;:.()\\[\\]]{0,200}(\\(\\s?(?:${wordsPattern(words.wholeThenSubsets.words)})(?![\\p{L}]))`, 'iu');
/** A bracket right after a whole, closed within a short aside. */
const BRACKET_ASIDE = /^\s?\([^()]{0,160}\)/;
/**
 * Whether a connector follows a whole closely: at most five words and no number between ("$90 million at signing, which
 * includes"; the whole's noun with a phrase of its own, "$30 million licence milestone from Beta Pharma comprised of").
 */
function follows(re: RegExp, after: string): boolean {
  // "revenue of $100 million, up 20 %, comprising ...": the whole's change, set off by commas, stands between
  const change = CHANGE_ASIDE.exec(after);
  if (change) after = after.slice(change[0].length);
  // ("EUR 40 million (60 % of the increase), of which ...": a bracketed aside right after the whole speaks of it, and stands between)
  const aside = BRACKET_ASIDE.exec(after);
  if (aside) after = after.slice(aside[0].length);
  const m = re.exec(after);
  if (!m) return false;
  // (a year may stand between: "$120 million in 2024, of which")
  const between = after.slice(0, m.index).replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/g, 'year');
  return !/[\d$€£¥]/.test(between) && between.split(/[\s,]+/).filter(Boolean).length <= 5;
}
/** ", with" right between a whole and its first part, and after that part the verb that sends it somewhere (totals.json withDestinations). */
const WITH_BEFORE = new RegExp(`^\\s?,\\s?(?:${wordsPattern(words.withDestinations.openers)})\\s+(?:(?:about|approximately|some|rund|environ)\\s+)?$`, 'iu');
const DESTINATION_AFTER = new RegExp(`^\\s(?:${wordsPattern(words.withDestinations.verbs)})(?![\\p{L}])`, 'iu');
/** "a first close of £60 million and a second close of £25 million, for a total of £85 million" */
const PARTS_THEN_WHOLE = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(words.partsThenWhole.words)})[ ]{0,2}(?:(?:kan beløbe sig til|beløbe sig til|of|von|de|di) )?(?:up to |approximately |about |rund |bis zu |op til |upp till |jusqu'à )?$`, 'iu');

/**
 * A sum stated together with its components in one sentence, the components joined by "and" or
 * "plus" and all in the same currency: "revenue was CHF 48.2 million, comprising product sales of
 * CHF 31.5 million and collaboration revenue of CHF 14.1 million"; "a first close of £60 million and
 * a second close of £25 million, for a total of £92 million". Judged within the rounding of every
 * written number; cumulative totals ("bringing the total raised to") are never judged.
 */
/** The words a part may carry before the next (its own label and the next one's): "an upfront payment of $2 billion due in the second quarter and continuation payments through 2030 totalling". */
const MAX_PART_GAP = 90;
/** The same, for the parts of a sentence whose sums are all parts of the whole stated before it. */
const MAX_LISTED_GAP = 160;
/** How many times its rounding a whole written "approximately" may be off its parts: the room a writer gives a rounded sum. */
const APPROX_ROOM = 5;
/** A sentence's opening words that make its sums some of the sum before (totals.json subsetsOpening): "Of this,", "Davon entfielen". */
const SUBSETS_OPENING = new RegExp(`^[\\s"\u201c\u201e]*(?:${wordsPattern(words.subsetsOpening.words)})(?![\\p{L}])`, 'iu');
/** The words that join the last two parts of a list. */
const AND = /(?:^|[^\p{L}])(?:and|plus|und|sowie|och|og|et|e|en|y)(?![\p{L}])/iu;

function sumStatements(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    // ("approximately $8.1 million, consisting of approximately $0.4 million ... and $7.7 million": a sum written rounded is
    // judged within its rounding, the whole's widened as a whole stated just before its parts is)
    const money = inS.filter(f => f.figureKind === 'money' && typeof f.value === 'number' && f.comparator !== '<' && f.comparator !== '>');
    // a sentence of many sums is a table or a list; it is not judged, which keeps the work bounded
    const sentence = model.sentences[si];
    // (two sums are enough in a sentence that opens as some of the sum before: "Of this, A and B")
    if (money.length < (money.length === 2 && si > 0 && SUBSETS_OPENING.test(text.slice(sentence.start, money[0].start)) ? 2 : 3) || money.length > 30) continue;
    for (let w = 0; w < money.length; w++) {
      const whole = money[w];
      let parts: FigureEntity[] = [];
      let exhaustive = true;
      // (a bracketed aside after the whole may stand before its connector: read as far as one can close)
      const after = text.slice(whole.end, Math.min(sentence.end, whole.end + (text[whole.end] === '(' || text[whole.end + 1] === '(' ? 240 : 60)));
      // "revenue of $100 million: $60 million from the US and $30 million from Europe": a colon opens its parts (some may be left out)
      const colon = /^\s?:/.test(after);
      // "an aggregate of $98 million in milestone payments if certain goals are achieved (including $15 million upon ...
      // and $15 million upon ...)": a bracket opened by a word of subsets, after the whole's clause (no other figure, no
      // clause mark between), holds some of it; its parts are the sums inside the bracket
      const aside = BRACKETED_SUBSETS.exec(text.slice(whole.end, Math.min(sentence.end, whole.end + 240)));
      if (aside && !(w + 1 < money.length && money[w + 1].start < whole.end + aside.index + aside[0].length - aside[1].length)) {
        const close = text.indexOf(')', whole.end + aside[0].length);
        exhaustive = false;
        parts = money.slice(w + 1).filter(f => close < 0 || f.end <= close);
        if (inS.some(f => f.start > whole.end && f.start < money[w + 1]?.start && f.figureKind !== 'money' && f.figureKind !== 'percent')) parts = [];
      } else if (colon || follows(WHOLE_THEN_PARTS, after) || follows(WHOLE_THEN_SUBSETS, after) || (w + 1 < money.length && WITH_BEFORE.test(text.slice(whole.end, money[w + 1].start)) && DESTINATION_AFTER.test(text.slice(money[w + 1].end, money[w + 1].end + 30)))) {
        // (or ", with $40 million going to the company, $8 million to ...": sums sent somewhere out of the whole, some of it)
        exhaustive = !colon && follows(WHOLE_THEN_PARTS, after);
        parts = money.slice(w + 1);
        // the parts run to the end of the clause: a ";" or another stated whole ends them
        const clauseEnd = text.slice(whole.end, sentence.end).search(/;/);
        if (clauseEnd >= 0) parts = parts.filter(f => f.start < whole.end + clauseEnd);
      } else if (w === 0 && si > 0 && SUBSETS_OPENING.test(text.slice(sentence.start, whole.start)) && !inS.some(f => f.end <= whole.start)) {
        // "Revenue was EUR 94 million. Davon entfielen EUR 71 million auf ... und EUR 23 million auf ...": the sentence's sums
        // are some of the first sum of the sentence before (in its paragraph), which stands as the whole
        const prev = bySentence[si - 1].find(f => f.figureKind === 'money' && typeof f.value === 'number' && !f.comparator);
        if (!prev || prev.unit !== whole.unit || paragraphIndexAt(model, prev.start) !== paragraphIndexAt(model, sentence.start)) continue;
        let parts0 = money.filter(f => f.unit === prev.unit);
        // ("Of this, 35 is new money and 15 refinancing; 20 is paid now and the remaining 15 later": sums at the end of the
        // list that add up to a part before them break that part down again, no more parts of the whole)
        for (let j = 2; j < parts0.length; j++) {
          const tail = parts0.slice(j).reduce((a, f) => a + (f.value as number), 0);
          if (parts0.slice(0, j).some(f => Math.abs((f.value as number) - tail) <= precisionOf(model.text.slice(f.start, f.end), f.value as number))) { parts0 = parts0.slice(0, j); break; }
        }
        if (parts0.length < 2) continue;
        const sum0 = parts0.reduce((a, f) => a + (f.value as number), 0);
        const room0 = precisionOf(model.text.slice(prev.start, prev.end), prev.value as number) + parts0.reduce((a, f) => a + precisionOf(model.text.slice(f.start, f.end), f.value as number), 0);
        const lastGap0 = text.slice(parts0[parts0.length - 2].end, parts0[parts0.length - 1].start);
        if (sum0 > (prev.value as number) + room0 && AND.test(lastGap0) && !/[;:]/.test(lastGap0)) {
          out.push({
            message: `${parts0.map(f => short(f.value as number, f.unit)).join(' + ')} = ${short(sum0, whole.unit)}, more than the ${short(prev.value as number, prev.unit)} they are part of.`,
            start: parts0[0].start, end: parts0[0].end,
            related: [{ start: prev.start, end: prev.end, message: `the whole: ${model.text.slice(prev.start, prev.end)}` }, ...parts0.slice(1).map(f => ({ start: f.start, end: f.end, message: `part: ${model.text.slice(f.start, f.end)}` }))],
            data: { sum: sum0, stated: prev.value as number, parts: parts0.length }, fixes: [],
          });
        }
        break;
      } else if (PARTS_THEN_WHOLE.test(text.slice(Math.max(sentence.start, whole.start - 40), whole.start))) {
        if (/\b(?:bringing|brings|raising|to date|since|cumulative|so far)\b/i.test(text.slice(Math.max(sentence.start, whole.start - 60), whole.start))) continue;
        parts = money.slice(0, w);
        const clauseStart = text.slice(sentence.start, whole.start).lastIndexOf(';');
        if (clauseStart >= 0) parts = parts.filter(f => f.start > sentence.start + clauseStart);
      } else continue;
      if (parts.length < 2 || parts.some(f => f.unit !== whole.unit || Array.isArray(f.value))) continue;
      // the parts are a list: each gap short and the last two joined by "and" or "plus"
      let listed = true;
      for (let k = 0; k + 1 < parts.length; k++) {
        const gap = text.slice(parts[k].end, parts[k + 1].start);
        // (a part may carry its own words and a restatement: "1,000 shares of common stock, or $4.5 million")
        // (a whole that says it is split between its parts, "comprising", "repartidos entre", lets each part carry a longer label)
        if (gap.length > (exhaustive ? MAX_LISTED_GAP : MAX_PART_GAP) || /[;:]/.test(gap)) { listed = false; break; }
      }
      const lastGap = text.slice(parts[parts.length - 2].end, parts[parts.length - 1].start);
      if (!listed || !(AND.test(lastGap) || lastGap.includes(','))) continue;
      if (!AND.test(text.slice(parts[0].end, parts[parts.length - 1].start))) continue;
      // a whole stated after its parts must follow the last one closely
      if (parts[parts.length - 1].end < whole.start && whole.start - parts[parts.length - 1].end > 60) continue;
      const sum = parts.reduce((a, f) => a + (f.value as number), 0);
      const stated = whole.value as number;
      const room = precisionOf(model.text.slice(whole.start, whole.end), stated) * (whole.comparator === '~' ? APPROX_ROOM : 1) + parts.reduce((a, f) => a + precisionOf(model.text.slice(f.start, f.end), f.value as number), 0);
      if (exhaustive ? Math.abs(sum - stated) <= room : sum <= stated + room) continue;
      // "up to $160 million in milestones and up to $400 million in sales milestones, for a total deal value of up to $600
      // million": a deal's total holds its upfront, stated before in the paragraph, beside the milestones listed with it
      if (whole.role === 'total' && !parts.some(f => f.role === 'upfront')) {
        const upfronts = paragraphMoney(model, bySentence, si).filter(f => f.role === 'upfront' && f.start < whole.start && !parts.includes(f) && f.unit === whole.unit);
        if (upfronts.some(u => Math.abs(sum + (u.value as number) - stated) <= room + precisionOf(model.text.slice(u.start, u.end), u.value as number))) continue;
      }
      out.push({
        message: `${parts.map(f => short(f.value as number, f.unit)).join(' + ')} = ${short(sum, whole.unit)}, ${exhaustive ? 'not' : 'more than'} the stated ${short(stated, whole.unit)}.`,
        start: whole.start, end: whole.end,
        related: parts.map(f => ({ start: f.start, end: f.end, message: `part: ${model.text.slice(f.start, f.end)}` })),
        data: { sum, stated, parts: parts.length }, fixes: [],
      });
    }
  }
  return out;
}

/** The sums of money of a sentence's paragraph, up to and with that sentence. */
function paragraphMoney(model: DocumentModel, bySentence: FigureEntity[][], si: number): FigureEntity[] {
  const para = paragraphIndexAt(model, model.sentences[si].start);
  const out: FigureEntity[] = [];
  for (let k = si; k >= 0 && paragraphIndexAt(model, model.sentences[k].start) === para; k--) out.push(...bySentence[k].filter(f => f.figureKind === 'money' && typeof f.value === 'number'));
  return out;
}

/** "... (201 in total)", "300 insgesamt": a whole marked after its number. */
const TOTAL_AFTER = new RegExp(`^[ ]?(?:${wordsPattern(words.totalAfter.words)})(?![\\p{L}])`, 'iu');
/** The words that join the parts of a list of counts, and nothing else. */
const LIST_GAP = /^[ ]?,?[ ]?(?:(?:and|plus|und|sowie|och|og|et|e|en|y)[ ])?$/i;
/** Between two labelled parts of a list: a few words of label, no number and no clause mark ("in cohort A and cohort B"). */
function labelledGap(gap: string): boolean {
  if (gap.length > 48 || /[\d;:.()\[\]]/.test(gap)) return false;
  return gap.split(/[\s,]+/).filter(Boolean).length <= 6;
}

/** The names a label may hold kept as one word with no digits: "treated with AB-101 and" is a label, its drug code no number. */
const NAME_KINDS_IN_LABELS = new Set(['drug', 'trial', 'target', 'company']);
function namesBlanked(model: DocumentModel, text: string, start: number, end: number): string {
  let out = text.slice(start, end);
  if (!/\d/.test(out)) return out;
  const names = model.entities.filter(e => NAME_KINDS_IN_LABELS.has(e.kind) && e.start >= start && e.end <= end).sort((a, b) => b.start - a.start);
  for (let eI2 = 0, names_ = names; eI2 < names_.length; eI2++) { const e = names_[eI2]; out = out.slice(0, e.start - start) + 'X' + out.slice(e.end - start); }
  return out;
}

/**
 * Counts listed and then summed in one clause: "enrolled 145 and 36 patients, respectively (201 in
 * total)", "40, 35 and 25 patients, for a total of 100". The parts are the whole numbers right
 * before the whole, joined only by commas and "and", in the whole's unit or bare; the count they
 * make must be the whole's exactly.
 */
function countSums(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  const whole = (f: FigureEntity) => (f.figureKind === 'count' || (f.figureKind === 'other' && f.unit === '')) && typeof f.value === 'number'
    && Number.isInteger(f.value) && !f.comparator && f.denominator === undefined;
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const sentence = model.sentences[si];
    for (let w = 2; w < inS.length; w++) {
      const t = inS[w];
      if (!whole(t)) continue;
      const marked = TOTAL_AFTER.test(text.slice(t.end, t.end + 20))
        || PARTS_THEN_WHOLE.test(text.slice(Math.max(sentence.start, t.start - 40), t.start));
      if (!marked) continue;
      // the list: the counts right before, back to the first that is not joined to the next by a list word
      let first = w - 1;
      const last = inS[w - 1];
      if (!whole(last) || (t.unit !== '' && last.unit !== '' && last.unit !== t.unit)) continue;
      while (first - 1 >= 0 && whole(inS[first - 1]) && (inS[first - 1].unit === '' || inS[first - 1].unit === last.unit)
        && LIST_GAP.test(text.slice(inS[first - 1].end, inS[first].start))) first--;
      // "20 patients in cohort A and 25 patients in cohort B, 45 in total": parts that carry their own
      // labels, each written with the unit it counts
      // ("60 patients were treated with A and 55 with placebo, 115 patients in total": a later part may leave out the noun the first and the whole carry)
      const labelledUnit = last.unit !== '' ? last.unit : t.unit;
      if (first === w - 1 && labelledUnit !== '') {
        while (first - 1 >= 0 && whole(inS[first - 1]) && inS[first - 1].unit === labelledUnit && labelledGap(namesBlanked(model, text, inS[first - 1].end, inS[first].start))) first--;
      }
      const parts = inS.slice(first, w);
      if (parts.length < 2 || parts.slice(0, -1).some(f => f.unit !== '' && f.unit !== (last.unit || labelledUnit))) continue;
      if (!AND.test(text.slice(parts[parts.length - 2].end, parts[parts.length - 1].start))) continue;
      // "of 120 patients, 40 and 50": a count the list is taken from is no part
      if (/(?:^|[^\p{L}])(?:of|among|from|von|unter|de|di|av|af)[ ]?$/iu.test(text.slice(Math.max(sentence.start, parts[0].start - 8), parts[0].start))) continue;
      // "stages 2 and 4", "cohorts 1 and 2": numbers that name things are not parts
      if (parts.some(f => LABEL_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start)))) continue;
      // the whole follows the last part closely, with no other number between
      const gap = text.slice(last.end, t.start);
      if (gap.length > 60 || /\d/.test(gap)) continue;
      const sum = parts.reduce((a, f) => a + (f.value as number), 0);
      if (sum === t.value) continue;
      out.push({
        message: `${parts.map(f => f.value).join(' + ')} = ${sum}, not the ${t.value} stated in total.`,
        start: t.start, end: t.end,
        related: parts.map(f => ({ start: f.start, end: f.end, message: `part: ${f.value}` })),
        data: { stated: t.value as number, sum, parts: parts.length }, fixes: [],
      });
    }
  }
  return out;
}

const PATIENTS = PEOPLE_UNIT;
/** Between a whole and its first sized arm, a word that gives the whole a treatment (people.json splits.armWords), and words of a treatment history. */
const ARM_VERB = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(peopleWords.splits.armWords)})(?![\\p{L}])`, 'iu');
const ARM_HISTORY = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(peopleWords.splits.history)})(?![\\p{L}])`, 'iu');
/** The words of a random allocation (totals.json randomisation): "randomized", "randomly assigned". */
const RANDOMISED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.randomisation.words)})(?![\\p{L}])`, 'iu');
/** A word that opens a split into alternatives (totals.json alternatives): "either". */
const EITHER = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.alternatives.words)})(?![\\p{L}])`, 'iu');
/** Words that make a count of people a whole (totals.json totalWords, and the words of enrolment, people.json). */
const TOTAL_WORDS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...words.totalWords.words, ...peopleWords.enrolment.words])})(?![\\p{L}])|${RANDOMISED.source}`, 'iu');
const LABEL_BEFORE = /\b(?:type|grade|phase|stage|part|cohort|arm|group|level|line|lines|week|day|month|year|dose|class|version|study|trial|visit|cycle|Typ|Grad|Kohorte|Woche|Tag)\s*$/i;
const SUBSET = /\b(?:of whom|of which|of these|of those|of them|including|among them|among these|davon|darunter)\b/i;
/** A sentence's opening that refers back to the group just counted: "Of these patients,", "Among them,", "Davon" (shares.json openingReferBack). */
const BACK_TO_WHOLE = new RegExp(`^\\s*(?:${wordsPattern(shareWords.openingReferBack.words)})(?:\\s+\\p{L}+){0,2}\\s*,?`, 'iu');
/** The words that join the last part of a list of arms: "and", "or", a contrast ("while"): totals.json partJoins. */
const PART_JOIN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.partJoins.words)})(?![\\p{L}])`, 'iu');
/** "120 patients in three cohorts of 40, 40 and 45": the groups a whole is split into, then their sizes (totals.json pooled.groups, groupsOf). */
const GROUPS_OF = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.groupsOf.before)})\\s+(?:\\p{L}+\\s+)?(?:${wordsPattern(words.pooled.groups)})\\s+(?:${wordsPattern(words.groupsOf.after)})\\s*$`, 'iu');

/**
 * A count given per group: "(n = 38 each)", "206 per arm", "je 50 Patienten". A distributive "each" that is no count's
 * ("randomized to A (n = 206) or B (n = 206), each in combination with C") multiplies nothing.
 */
const EACH_MULTIPLIES = /\d\s?\)?\s(?:each|apiece|per [a-z]+)\b|\b(?:je|jeweils)\s\d/i;
/**
 * "720 patients were randomised to drug (n = 480) or placebo (n = 230)", "In total, 62 patients were
 * enrolled: 30 in cohort A and 28 in cohort B": an enrolment total followed, in its sentence, by an
 * exhaustive list of its parts (a colon list or a randomisation, the last part joined by and/or)
 * whose sum differs from it.
 */
function enrolmentSplits(text: string, normalized: string, sentences: { start: number; end: number }[], bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const isN = (f: FigureEntity) => f.figureKind === 'count' && typeof f.value === 'number' && /^n ?=/i.test(normalizeText(text.slice(f.start, f.end)));
  const isTotal = (f: FigureEntity) => f.figureKind === 'count' && PATIENTS.test(f.unit) && typeof f.value === 'number' && f.denominator === undefined && !f.comparator;
  for (let si = 0; si < sentences.length; si++) { const s = sentences[si];
    const inS = bySentence[si];
    if (inS.length === 0) continue;
    const total = inS.find(isTotal);
    if (total && isN(total) && si > 0) out.push(...armsAfterTotal(si));
    if (!total) continue;
    const split = WHOLE_THEN_PARTS.test(normalizeText(text.slice(total.end, Math.min(s.end, total.end + 60))));
    const after = inS.filter(f => f.start >= total.end);
    // arms written "(n = 250)" are the parts when the sentence has them; other numbers there (weeks, doses) are not
    const nParts = after.filter(f => f.figureKind === 'count' && /^n ?=/i.test(text.slice(f.start, f.end)) && typeof f.value === 'number');
    // "356 patients who received AB-101 (n = 173) or AB-102 (n = 183)": the treatments the whole's verb gives them, each
    // sized, are its arms, whatever word counts the whole (not a history: "who had received prior ...")
    const treated = nParts.length >= 2 && ARM_VERB.test(normalizeText(text.slice(total.end, nParts[0].start))) && !spanTest(ARM_HISTORY, normalized, sentences, s);
    // (the sentence's words of enrolment and of subsets are kept with its text: most sentences with a count of people are asked after every edit)
    // "based on 180 patients (A n = 120; B n = 60)": a bracket right after the count, holding the sizes of two groups or
    // more and nothing but their labels, tells what the count is made of, whatever verb counts it
    const sized = nParts.length >= 2 && /^\s?\(\s?[^()\d]{0,40}$/.test(text.slice(total.end, nParts[0].start)) && /^[^()\d]{0,8}\)/.test(text.slice(nParts[nParts.length - 1].end))
      && nParts.slice(1).every((f, k) => /^[^()\d]{0,40}$/.test(text.slice(nParts[k].end, f.start)));
    if (!sized && nParts.length === 0) {
      const grouped = bracketedGroups(text, total, after);
      if (grouped) { if (grouped.found) out.push(grouped.found); continue; }
    }
    // ("90 patients stopped, either because of A (n = 60) or because of B (n = 30)": alternatives, each sized, are the whole's split)
    const either = nParts.length >= 2 && EITHER.test(normalizeText(text.slice(total.end, nParts[0].start)));
    if (!(spanTest(TOTAL_WORDS, normalized, sentences, s) || split || treated || sized || either) || spanTest(SUBSET, normalized, sentences, s)) continue;
    const parts = nParts.length >= 2 ? nParts : after.filter(f => typeof f.value === 'number' && Number.isInteger(f.value) && !f.comparator
      && ((f.figureKind === 'count' && /^n ?=/i.test(text.slice(f.start, f.end))) || (f.figureKind === 'other' && f.unit === '') || (f.figureKind === 'count' && PATIENTS.test(f.unit) && f.denominator === undefined)));
    // ("in three cohorts: 32 ..., 28 ... and 30 ...": the count of the groups, as many as the parts, is none of them)
    const groups = (f: FigureEntity) => f.figureKind === 'count' && !PATIENTS.test(f.unit) && f.value === parts.length && f.end <= parts[0].start;
    if (parts.length < 2 || (nParts.length < 2 && parts.length !== after.filter(f => (f.figureKind === 'count' && !groups(f)) || (f.figureKind === 'other' && f.unit === '')).length)) continue;
    // "grade 1 or grade 2", "cohort 3": numbers that name things are not parts; "(n = 38 each)" multiplies
    if (parts.some(f => LABEL_BEFORE.test(normalizeText(text.slice(Math.max(0, f.start - 12), f.start))))) continue;
    if (EACH_MULTIPLIES.test(normalizeText(text.slice(parts[0].start, s.end)))) continue;
    const lead = normalizeText(text.slice(total.end, parts[0].start));
    // (a whole said to be randomized splits into its arms only when the counts after it are written alike, each followed by
    // the same word, "45 received A and 40 received B", or sized as arms: "209 received a dose and 207 completed the
    // study" are steps every patient may pass, not arms)
    const parallel = parts === nParts || parts.every(f => firstWordAfter(text, f) === firstWordAfter(text, parts[0]) && firstWordAfter(text, f) !== '');
    const listed = /:/.test(lead) || WHOLE_THEN_PARTS.test(lead) || GROUPS_OF.test(lead) || (RANDOMISED.test(normalizeText(text.slice(s.start, parts[0].start))) && parallel)
      || complementaryShares(text, inS, parts, lead) || (either && parts === nParts)
      || assignedParts(text, total, parts) || ((treated || sized) && parts === nParts);
    // the last two parts joined by "and", "or" or a contrast ("while"), or all of them listed in one bracket after a
    // randomisation's whole: "(AB-101, n = 64; placebo, n = 60)"
    const open = text.lastIndexOf('(', parts[0].start), close = text.indexOf(')', parts[parts.length - 1].end);
    // (no figure between the whole and the bracket: "Of 1,400 randomized, 1,269 were evaluable (A, n = 623; B, n = 646)" splits the 1,269)
    const bracketed = parts === nParts && open > total.end && close > 0 && !/[()]/.test(text.slice(open + 1, close)) && close <= s.end
      && !inS.some(f => f.start > total.end && f.end <= open);
    // (or, after a colon, each part closed by a comma: "146 patients were enrolled: 107 with A, 20 with B, 18 with C, 1
    // with D." is the whole list, the colon having said a list follows)
    const colonList = /:/.test(lead) && parts.slice(0, -1).every((f, k) => /,\s*$/.test(text.slice(f.end, parts[k + 1].start)) && !/[;:.]\s/.test(text.slice(f.end, parts[k + 1].start)));
    const joined = PART_JOIN.test(normalizeText(text.slice(parts[parts.length - 2].end, parts[parts.length - 1].start))) || bracketed || colonList;
    if (!listed || !joined) continue;
    // "619 patients were randomized ...; 87 (14 %) had X and 429 (69 %) had Y": parts that give their shares of the whole,
    // and whose shares fall short of it together, say that they are not all of it
    if (sharesLeaveRest(text, inS, parts, total)) continue;
    // (a bracket of sizes after a count no word of enrolment or split names may list some of its groups: more than the
    // count only)
    if (sized && !split && !treated && !spanTest(TOTAL_WORDS, normalized, sentences, s) && parts.reduce((a, f) => a + (f.value as number), 0) <= (total.value as number)) continue;
    // "A (weekly; n=52), B (n=50) or placebo (n=51)": a first count written as its siblings are, in a bracket of its own
    // that closes before them, is the first arm, no whole ("N = 143" in capitals names a whole)
    if (isN(total) && parts === nParts && /^\s?n\s?=/.test(text.slice(total.start, total.end)) && /^[^()]*\)/.test(text.slice(total.end, parts[0].start))) continue;
    // "70% (n=56) of patients were on treatment and 55% (n=44) of patients had received X": shares of the whole's people,
    // each a trait some of them have, which may overlap, not groups it is split into
    if (parts.every(f => traitShare(text, inS, f))) continue;
    const found = partsAgainstWhole(total, parts, 'part');
    if (found) out.push(found);
  }
  return out;

  /**
   * "The study enrolled 600 patients. They received either drug (n = 300) or placebo (n = 300).": the
   * arms of an either/or or a randomisation, written "(n = ...)", in the sentence right after the one
   * that states the enrolment, in one paragraph, the sentence of the arms stating no other count of patients.
   */
  function armsAfterTotal(si: number): CheckFinding[] {
    const s = sentences[si], prev = sentences[si - 1];
    if (/\n[ \t]*\r?\n/.test(text.slice(prev.end, s.start))) return [];
    const inS = bySentence[si];
    const parts = inS.filter(isN);
    if (parts.length < 2 || inS.some(f => isTotal(f) && !isN(f))) return [];
    const sentence = normalizeText(text.slice(s.start, s.end));
    if (!/\b(?:either|randomi[sz]ed to|entweder)\b/i.test(sentence) || SUBSET.test(sentence) || EACH_MULTIPLIES.test(sentence)) return [];
    if (!/\b(?:and|or|und|oder)\b/i.test(normalizeText(text.slice(parts[parts.length - 2].end, parts[parts.length - 1].start)))) return [];
    const totals = bySentence[si - 1].filter(f => isTotal(f) && !isN(f));
    const before = normalizeText(text.slice(prev.start, prev.end));
    if (totals.length !== 1 || bySentence[si - 1].some(isN) || !TOTAL_WORDS.test(before) || SUBSET.test(before)) return [];
    const total = totals[0];
    const found = partsAgainstWhole(total, parts, 'arm');
    return found ? [found] : [];
  }
}

/** Right after a count's bracket, "of" and people: "(n=56) of patients" (numbers.json shareOf, people.ts PEOPLE_PATTERN). */
const OF_PEOPLE_AFTER = new RegExp(`^\\s?\\)\\s(?:${wordsPattern(numberWords.shareOf.words)})\\s(?:(?:the|all|these)\\s)?(?:${PEOPLE_PATTERN})(?![\\p{L}])`, 'iu');
/** Whether a count is written "X% (n=k) of patients ...": the count of a share of people, right after it, as a trait's. */
function traitShare(text: string, inS: FigureEntity[], f: FigureEntity): boolean {
  const k = inS.indexOf(f);
  const share = k > 0 ? inS[k - 1] : undefined;
  return !!share && share.figureKind === 'percent' && /^\s?\(\s?$/.test(text.slice(share.end, f.start)) && OF_PEOPLE_AFTER.test(text.slice(f.end, f.end + 40));
}

/**
 * "64 patients (41 SOT, 23 HSCT)": a bracket right after a count of people whose bare counts each carry a group's
 * abbreviation in capitals (not an outcome's words: "35 responders and 33 with rash" may overlap) names the count's
 * groups. Undefined when the bracket is no such list; else the finding when the groups add up to more than the count
 * (the bracket may list some of them, so less is no finding).
 */
function bracketedGroups(text: string, total: FigureEntity, after: FigureEntity[]): { found?: CheckFinding } | undefined {
  if (!/^\s?\(/.test(text.slice(total.end, total.end + 3))) return undefined;
  const close = text.indexOf(')', total.end);
  const inside = close > 0 ? after.filter(f => f.end <= close) : [];
  if (inside.length < 2 || close - total.end > 120) return undefined;
  if (!inside.every(f => (f.figureKind === 'count' || f.figureKind === 'other') && typeof f.value === 'number' && Number.isInteger(f.value) && !f.comparator && f.denominator === undefined)) return undefined;
  const labelled = inside.every((f, k) => GROUP_ABBREVIATION_AFTER.test(text.slice(f.end, k + 1 < inside.length ? inside[k + 1].start : close).replace(LIST_JOIN_AT_END, '')));
  if (!labelled) return undefined;
  const sum = inside.reduce((a, f) => a + (f.value as number), 0);
  if (sum <= (total.value as number)) return {};
  return { found: {
    message: `${inside.map(f => f.value).join(' + ')} = ${sum}, more than the ${total.value} ${total.unit} the bracket after them breaks down (\u201c${text.slice(total.start, total.end)}\u201d).`,
    start: total.start, end: total.end,
    related: inside.map(f => ({ start: f.start, end: f.end, message: `group: ${f.value}` })),
    data: { sum, stated: total.value as number, parts: inside.length }, fixes: [],
  } };
}
/** A group's abbreviation right after its count: "SOT", "HSCT", "DLBCL". */
const GROUP_ABBREVIATION_AFTER = /^\s?\p{Lu}[\p{Lu}\d-]{1,10}\s*$/u;
/** The separator or word that joins a list's items, at an item's end (totals.json partJoins). */
const LIST_JOIN_AT_END = new RegExp(`\\s*(?:[,;]|(?<![\\p{L}])(?:${wordsPattern(words.partJoins.words)}))\\s*$`, 'iu');

/**
 * Whether every part is followed by its share of the whole in brackets ("87 (14 %)"), each share fits its part of the
 * stated whole, and the shares together fall short of 100 %: the parts are some of the whole, as their own shares say.
 */
function sharesLeaveRest(text: string, inS: FigureEntity[], parts: FigureEntity[], whole: FigureEntity): boolean {
  let sum = 0;
  for (let pI = 0, parts_ = parts; pI < parts_.length; pI++) { const p = parts_[pI];
    const k = inS.indexOf(p);
    const share = inS[k + 1];
    if (!share || share.figureKind !== 'percent' || typeof share.value !== 'number' || !/^\s?\(\s?$/.test(text.slice(p.end, share.start))) return false;
    const exact = 100 * (p.value as number) / (whole.value as number);
    if (Math.abs(exact - share.value) > halfUnit(text.slice(share.start, share.end)) + 0.05) return false;
    sum += share.value;
  }
  return sum < 100 - parts.length;
}

/** A whole's own words up to the comma its parts follow: a verb or two ("were enrolled,"), no word that introduces another group. */
const APPOSITION_LEAD = /^(?:\s+\p{L}+){0,4}\s*,\s*$/u;
const OTHER_GROUP_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(shareWords.populationIntroducers.flatMap(g => g.words))})(?![\\p{L}])`, 'iu');
/**
 * "A total of 90 patients were enrolled, 40 (44 %) women and 50 (56 %) men": parts set after their whole and its comma, each
 * with its share in brackets, the shares adding up to 100 % within their rounding: together they are all of the whole, as
 * parts after a colon are.
 */
function complementaryShares(text: string, inS: FigureEntity[], parts: FigureEntity[], lead: string): boolean {
  if (lead.length > 60 || !APPOSITION_LEAD.test(lead) || OTHER_GROUP_WORD.test(lead)) return false;
  let sum = 0, room = 0;
  for (let pI = 0; pI < parts.length; pI++) {
    const f = parts[pI];
    const share = inS[inS.indexOf(f) + 1];
    if (!share || share.figureKind !== 'percent' || typeof share.value !== 'number' || !/^\s?\(\s?$/.test(text.slice(f.end, share.start))) return false;
    sum += share.value;
    room += halfUnit(text.slice(share.start, share.end));
  }
  return Math.abs(sum - 100) <= room + 1e-9;
}

const ASSIGNED_INTRODUCER = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.assignedParts.introducers)})\\s+$`, 'iu');
const ASSIGNED_VERB = new RegExp(`^\\s*(?:patients\\s+|participants\\s+)?(?:${wordsPattern(words.assignedParts.verbs)})(?![\\p{L}])`, 'iu');
/**
 * "Of the 120 patients enrolled, 45 received A, 40 received B and 30 received placebo": a whole introduced as the group
 * the sentence's counts are drawn from, and each part followed by a verb that assigns it a treatment: the arms the
 * whole is split into (totals.json assignedParts). Parts of other verbs ("had nausea") may overlap, and are not read.
 */
function assignedParts(text: string, total: FigureEntity, parts: FigureEntity[]): boolean {
  return ASSIGNED_INTRODUCER.test(text.slice(Math.max(0, total.start - 16), total.start)) && parts.every(f => ASSIGNED_VERB.test(text.slice(f.end, f.end + 40)));
}

/** Units of a count of events ("120 deaths", "96 events"): its parts are counted in it too. */
export const EVENT_UNITS = new Set((words.eventSplits.units as string[]).map(u => u.toLowerCase()));
/** Right before a count that is a part's group, not a part: "50 among 200 patients", "12 of 40", "9/30". */
const GROUP_BEFORE = new RegExp(`(?:(?<![\\p{L}])(?:${wordsPattern(words.eventSplits.groupBefore)})|/)\\s*$`, 'iu');

/**
 * "The analysis was based on 120 events: 50 among 200 patients on Drugamab and 70 among 100 on
 * placebo": a count of events and, after a colon, its parts, one a group, each the first
 * count of its conjunct in the whole's unit or bare; the counts of the groups ("among 200") and the
 * shares are no parts. The parts, joined by "and" or "or", must add up to the whole exactly; a
 * subset ("of which"), a part stated per group ("each") or any other figure leaves it unjudged.
 */
function eventSplits(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  const integer = (f: FigureEntity) => typeof f.value === 'number' && Number.isInteger(f.value) && !f.comparator && f.denominator === undefined;
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const w = inS.findIndex(f => f.figureKind === 'count' && EVENT_UNITS.has(f.unit.toLowerCase()) && integer(f));
    if (w < 0 || w + 2 >= inS.length) continue;
    const whole = inS[w];
    const s = model.sentences[si];
    // the list right after a colon, up to a clause mark
    if (!/^\s*:\s*$/.test(text.slice(whole.end, inS[w + 1].start))) continue;
    const stop = text.slice(whole.end, s.end).search(/[;]/);
    const end = stop < 0 ? s.end : whole.end + stop;
    const listed = inS.slice(w + 1).filter(f => f.end <= end);
    const sentence = text.slice(s.start, s.end);
    if (SUBSET.test(sentence) || /\b(?:each|apiece|jeweils|je)\b/i.test(text.slice(whole.end, end))) continue;
    const parts: FigureEntity[] = [];
    let other = false;
    for (let fI = 0, listed_ = listed; fI < listed_.length; fI++) { const f = listed_[fI];
      if (f.figureKind === 'percent') continue;
      const before = text.slice(Math.max(s.start, f.start - 12), f.start);
      if (((f.figureKind === 'count' && PEOPLE_UNIT.test(f.unit)) || (f.figureKind === 'other' && f.unit === '')) && GROUP_BEFORE.test(before)) continue;
      // (a part may count the people the events befell: "167 patients")
      if (integer(f) && ((f.figureKind === 'count' && (f.unit === whole.unit || PEOPLE_UNIT.test(f.unit))) || (f.figureKind === 'other' && f.unit === '')) && !GROUP_BEFORE.test(before)) parts.push(f);
      else { other = true; break; }
    }
    if (other || parts.length < 2 || parts.some(f => (f.value as number) >= (whole.value as number))) continue;
    if (!/\b(?:and|or|und|oder|et|ou|och|eller|og|en|of)\b/i.test(text.slice(parts[parts.length - 2].end, parts[parts.length - 1].start))) continue;
    const found = partsAgainstWhole(whole, parts, 'part');
    if (found) out.push(found);
  }
  return out;
}

/** A label of a group of patients right before its count or its name: "cohort A", "the AB-101 arm" (totals.json laterArms.labels). */
const GROUP_LABEL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.laterArms.labels)})(?![\\p{L}])`, 'iu');
/** Right after a count of a labelled group, a verb of enrolment: "cohort B enrolled 60 patients", "Arm A included 40". */
const ENROLLED_AFTER = new RegExp(`^\\s*(?:patients\\s+|participants\\s+)?(?:${wordsPattern(words.laterArms.verbs)})(?![\\p{L}])`, 'iu');
const ENROLLED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.laterArms.verbs)})\\s+(?:a total of\\s+|only\\s+)?$`, 'iu');
/** A count of the groups a whole is split into: "in two cohorts", "across three arms". */
const GROUP_UNITS = /^(?:cohorts?|arms?|groups?|parts?|Kohorten?|Arme?|Gruppen?|bras|brazos?|cohortes?|grupos?)$/i;

/**
 * "The trial enrolled 120 patients in two cohorts. Cohort A enrolled 64 patients and cohort B enrolled 60 patients.",
 * "The study enrolled 120 patients. 64 received AB-101 and 60 received placebo.": a sentence that states an enrolment
 * (its one count of people, after a verb of enrolment), and in one of the next two sentences of its paragraph (the one
 * between counting nobody) the groups it was split into, joined by "and", "or" or a contrast, each assigned a treatment
 * ("received", "were randomized to") or a labelled group enrolling its count. The groups cannot count more than the
 * whole; they must count all of it when the whole's sentence counts the groups ("in two cohorts", as many as the parts)
 * or randomised the whole and the parts were assigned to treatments.
 */
function armsInLaterSentence(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  const isPeople = (f: FigureEntity) => f.figureKind === 'count' && PATIENTS.test(f.unit) && typeof f.value === 'number' && Number.isInteger(f.value)
    && f.denominator === undefined && !f.comparator && !f.table;
  const isBare = (f: FigureEntity) => (f.figureKind === 'other' || f.figureKind === 'count') && f.unit === '' && typeof f.value === 'number' && Number.isInteger(f.value) && !f.comparator && !f.table;
  for (let wi = 0; wi + 1 < bySentence.length; wi++) {
    const ws = model.sentences[wi];
    const people = bySentence[wi].filter(isPeople);
    if (people.length !== 1) continue;
    const whole = people[0];
    // (the text is normalised already: its sentences' words are kept with their text)
    if (!spanTest(TOTAL_WORDS, text, model.sentences, ws) || spanTest(SUBSET, text, model.sentences, ws) || /^n ?=/i.test(text.slice(whole.start, whole.end))) continue;
    const para = paragraphIndexAt(model, ws.start);
    for (let si = wi + 1; si < bySentence.length && si <= wi + 2; si++) {
      const s = model.sentences[si];
      if (paragraphIndexAt(model, s.start) !== para) break;
      const inS = bySentence[si];
      const sText = normalizeText(text.slice(s.start, s.end));
      const parts: FigureEntity[] = [];
      let assigned = 0, labelled = 0, other = false;
      for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
        if (!(isPeople(f) || isBare(f))) continue;
        const after = text.slice(f.end, f.end + 40), before = text.slice(Math.max(s.start, f.start - 40), f.start);
        // ("54 were randomized to AB-101 and 60 to placebo": the verb of the part before left out)
        if (ASSIGNED_VERB.test(after) || (assigned > 0 && assigned === parts.length && /^\s(?:to|with)\s/.test(after))) { parts.push(f); assigned++; }
        else if (GROUP_LABEL.test(before) && (ENROLLED_AFTER.test(after) || ENROLLED_BEFORE.test(before))) { parts.push(f); labelled++; }
        else if (isPeople(f)) other = true;
      }
      if (parts.length === 0) { if (inS.some(isPeople)) break; continue; }
      // ("Of these patients, 30 received A ...": a sentence that opens on the group just counted draws its parts from it)
      if (other || parts.length < 2 || SUBSET.test(sText.replace(BACK_TO_WHOLE, '')) || /\b(?:each|apiece|per [a-z]+|je|jeweils)\b/i.test(sText)) break;
      if (parts.some(f => LABEL_BEFORE.test(normalizeText(text.slice(Math.max(0, f.start - 12), f.start))) && !GROUP_LABEL.test(text.slice(Math.max(0, f.start - 40), f.start)))) break;
      if (!PART_JOIN.test(normalizeText(text.slice(parts[parts.length - 2].end, parts[parts.length - 1].start)))) break;
      const sum = parts.reduce((a, f) => a + (f.value as number), 0);
      const counted = bySentence[wi].some(f => f.figureKind === 'count' && GROUP_UNITS.test(f.unit) && f.value === parts.length);
      // (a sentence about another population, "In the high-risk subgroup, ...", may split only some of the randomised)
      const exact = counted || (assigned === parts.length && spanTest(RANDOMISED, text, model.sentences, ws) && !OTHER_POPULATION.test(sText));
      if (sum === whole.value || (!exact && sum < (whole.value as number))) break;
      out.push({
        message: `${parts.map(f => f.value).join(' + ')} = ${sum}, ${exact ? 'not' : 'more than'} the ${whole.value} ${whole.unit} of the enrolment they split (\u201c${model.text.slice(whole.start, whole.end)}\u201d).`,
        start: whole.start, end: whole.end,
        related: parts.map(f => ({ start: f.start, end: f.end, message: `part: ${f.value}` })),
        data: { sum, stated: whole.value as number, parts: parts.length }, fixes: [],
      });
      break;
    }
  }
  return out;
}

/** Right after a part's count, the group it is in: "12 were in the high-dose group", "7 in the AB-101 cohort", "20 (40 %) in the AB-101 arm". */
const IN_GROUP_AFTER = new RegExp(`^\\s(?:\\([^()]{1,20}\\)\\s)?(?:(?:were|was|are|is|waren|sind|étaient|eran)\\s)?(?:${wordsPattern(words.laterArms.inGroup)})\\s(?:(?:the|der|dem|den|le|la|les|el|los)\\s)?(?:[\\p{L}\\d.,/+-]+\\s){0,3}?(?:${wordsPattern(words.laterArms.labels)})(?![\\p{L}])`, 'iu');
/** Right after a count, the word that gives it a treatment: "173 with AB-101", "193 on placebo", "40 receiving AB-202". */
const WITH_ARM = /^\s(?:patients\s|participants\s)?(?:with|on|receiving|given|mit|avec|con)\s/i;
/** A treatment that is no drug's name: placebo, a control (totals.json enumerations.armWords). */
const ARM_NAME = new RegExp(`^(?:the\\s)?(?:${wordsPattern(words.enumerations.armWords)})(?![\\p{L}])`, 'iu');
/** A count right after a word that introduces the group a sentence's counts are drawn from: "Of the 18 responders,". */
const INTRODUCED_WHOLE = new RegExp(`(?:^|[.;:]\\s)\\s*(?:${wordsPattern(words.assignedParts.introducers)})\\s+$`, 'iu');

/**
 * "Of the 18 responders, 12 were in the high-dose group and 8 in the low-dose group": the group a sentence opens on (or
 * counts before a semicolon or a colon: "in 80 patients; 50 received A and 30 received B"),
 * split in the same sentence into counts each placed in a group (an arm, a cohort) or assigned a treatment, joined by
 * "and", "or" or a contrast. Patients in different groups are different patients, so the counts cannot add up to more
 * than the group (they may to less: other groups may go unnamed).
 */
function groupsOfIntroducedWhole(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  const drugs = model.entities.filter(e => e.kind === 'drug');
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const s = model.sentences[si];
    const whole = inS[0];
    if (!whole || whole.figureKind !== 'count' || !(PATIENTS.test(whole.unit) || WHOLE_UNITS.has(whole.unit.toLowerCase())) || typeof whole.value !== 'number'
      || whole.comparator || whole.denominator !== undefined || whole.table) continue;
    // the whole introduced ("Of the 18 responders,"), or an enrolment's first count its clause closes on ("A total of 356
    // patients were treated, 173 with AB-101 and 193 with AB-202")
    const introduced = INTRODUCED_WHOLE.test(text.slice(Math.max(0, s.start - 2), whole.start)) && text.slice(s.start, whole.start).length <= 20;
    const enrolled = !introduced && TOTAL_WORDS.test(normalizeText(text.slice(s.start, inS[1]?.start ?? s.end))) && !SUBSET.test(normalizeText(text.slice(s.start, s.end)))
      && /^[^\d,;:()]{0,60},\s*$/.test(text.slice(whole.end, inS[1]?.start ?? whole.end));
    // or the group a clause counts, then after a semicolon or a colon its members' treatments ("... in 240 patients; 150
    // received A, 60 received B and 30 received C"): each patient is given one
    const listGap = text.slice(whole.end, inS[1]?.start ?? whole.end);
    const listed = !introduced && !enrolled && listGap.length <= 120 && /[;:]\s*$/.test(listGap) && !/[.!?]\s/.test(listGap);
    if (!introduced && !enrolled && !listed) continue;
    const parts: FigureEntity[] = [];
    for (let fI = 0, fList = inS.slice(1); fI < fList.length; fI++) { const f = fList[fI];
      if (typeof f.value !== 'number' || !Number.isInteger(f.value) || f.comparator || f.denominator !== undefined) continue;
      if (!(f.figureKind === 'count' && (PATIENTS.test(f.unit) || f.unit === '' || f.unit === whole.unit)) && !(f.figureKind === 'other' && f.unit === '')) continue;
      const after = text.slice(f.end, f.end + 60);
      // ("173 with AB-101", "193 on placebo": a treatment named right after the count)
      const withArm = WITH_ARM.exec(after);
      const treatment = !!withArm && (ARM_NAME.test(after.slice(withArm[0].length)) || itemsWithin(drugs, f.end + withArm[0].length, f.end + withArm[0].length + 60).some(d => d.start <= f.end + withArm[0].length + 2));
      if (IN_GROUP_AFTER.test(after) || ASSIGNED_VERB.test(after) || treatment) parts.push(f);
      else if (f.figureKind === 'count' && (PATIENTS.test(f.unit) || f.unit === whole.unit)) { parts.length = 0; break; }
    }
    if (parts.length < 2 || !PART_JOIN.test(normalizeText(text.slice(parts[parts.length - 2].end, parts[parts.length - 1].start)))) continue;
    if (/\b(?:each|apiece|per [a-z]+|je|jeweils)\b/i.test(normalizeText(text.slice(s.start, s.end)))) continue;
    const sum = parts.reduce((a, f) => a + (f.value as number), 0);
    if (sum <= (whole.value as number)) continue;
    out.push({
      message: `${parts.map(f => f.value).join(' + ')} = ${sum}, more than the ${whole.value} ${whole.unit} they are drawn from (\u201c${model.text.slice(whole.start, whole.end)}\u201d): patients in different groups are counted once each.`,
      start: whole.start, end: whole.end,
      related: parts.map(f => ({ start: f.start, end: f.end, message: `part: ${f.value}` })),
      data: { sum, stated: whole.value as number, parts: parts.length }, fixes: [],
    });
  }
  return out;
}

/** A participant flow's rows, in the registry's capitals: who started, who completed, who did not. */
const FLOW_ROW = /(?<![\p{L}])(NOT COMPLETED|COMPLETED|STARTED)\s*$/u;

/**
 * "| Overall Study STARTED | 60 | 30 |", "| Overall Study COMPLETED | 57 | 28 |", "| Overall Study NOT COMPLETED | 3 | 2 |":
 * in a participant flow, who completed and who did not are all who started, column by column (one block of the three
 * rows at a time: a later STARTED row opens another period).
 */
function flowCompletion(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const blocks = new Map<string, Map<string, FigureEntity>>();
  const judge = (col: string, rows: Map<string, FigureEntity>) => {
    const st = rows.get('STARTED'), done = rows.get('COMPLETED'), not = rows.get('NOT COMPLETED');
    if (!st || !done || !not) return;
    const sum = (done.value as number) + (not.value as number);
    if (sum === st.value) return;
    out.push({
      message: `${col.trim()}: ${done.value} completed + ${not.value} not completed = ${sum}, not the ${st.value} who started.`,
      start: not.start, end: not.end,
      related: [{ start: st.start, end: st.end, message: `started: ${st.value}` }, { start: done.start, end: done.end, message: `completed: ${done.value}` }],
      data: { sum, stated: st.value as number, parts: 2 }, fixes: [],
    });
  };
  for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
    if (e.kind !== 'figure' || !e.table || e.figureKind !== 'count' || typeof e.value !== 'number' || e.comparator || e.denominator !== undefined || !Number.isInteger(e.value)) continue;
    const m = FLOW_ROW.exec(e.table.row);
    if (!m) continue;
    const key = `${paragraphIndexAt(model, e.start)}|${e.table.column}`;
    let rows = blocks.get(key);
    // a second STARTED, or a row stated twice, closes the block before it
    if (rows && (m[1] === 'STARTED' || rows.has(m[1]))) { judge(e.table.column, rows); rows = undefined; }
    if (!rows) blocks.set(key, rows = new Map());
    if (!rows.has(m[1])) rows.set(m[1], e);
  }
  for (const [key, rows] of blocks) judge(key.slice(key.indexOf('|') + 1), rows);
  return out;
}

/** The first word after a figure, past a bracket right after it (lower case; "" when a mark or a figure comes first): what a list's item says of its count. */
function firstWordAfter(text: string, f: FigureEntity): string {
  // (past its share in brackets: "84 patients (24%) had")
  const m = /^\s*(?:\([^()]{0,24}\)\s*)?(\p{L}+)/u.exec(text.slice(f.end, f.end + 60));
  return m ? m[1].toLowerCase() : '';
}

/** The finding when whole counts do not add up to the whole stated: "a + b = sum, not the N stated" on the whole, each part related. */
function partsAgainstWhole(whole: FigureEntity, parts: FigureEntity[], partName: string): CheckFinding | undefined {
  const sum = parts.reduce((a, f) => a + (f.value as number), 0);
  if (sum === whole.value) return undefined;
  return {
    message: `${parts.map(f => f.value).join(' + ')} = ${sum}, not the ${whole.value} ${whole.unit} stated.`,
    start: whole.start, end: whole.end,
    related: parts.map(f => ({ start: f.start, end: f.end, message: `${partName}: ${f.value}` })),
    data: { stated: whole.value as number, sum, parts: parts.length }, fixes: [],
  };
}

const OTHER_PAYMENTS = /\b(equity|stock|shares|investment|premium|reimburse|cost[- ]shar|option fee|exercise fee|loan|convertible)/i;
/** A word of paying (totals.json paidWords): a sum so described in a deal's paragraphs is one of its payments, counted or not in its total. */
const PAID = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.paidWords.words)})(?![\\p{L}])`, 'iu');
/** "Acme shares rose 20 % on the news": shares whose price moved, no payment (totals.json sharePriceMoves, and the verbs of change). */
const SHARE_PRICE_MOVE = new RegExp(`(?<![\\p{L}])(?:shares|stock)\\s+(?:(?:have|had|has)\\s+)?(?:${wordsPattern([...words.sharePriceMoves.words, ...comparisonWords.changes.up, ...comparisonWords.changes.down])})(?![\\p{L}])`, 'giu');

/** A results text's paragraphs: its blank lines', or, in a text without blank lines, its lines (each line is one). */
function paragraphsOf(model: DocumentModel): { byLine: boolean; lineStarts: number[]; paraOf: (pos: number) => number } {
  const byLine = !/\n[ \t]*\r?\n/.test(model.text);
  const lineStarts = byLine ? lineStartsOf(model) : [];
  return { byLine, lineStarts, paraOf: (pos: number) => byLine ? lineIndexAt(lineStarts, pos) : paragraphIndexAt(model, pos) };
}

/** Paragraphs before a deal's total that its upfront may stand in. */
const UPFRONT_REACH = 2;

/**
 * Where the lines as written start: after each line break, and after each break the layout reads
 * as a space (a soft wrap) that follows the end of a sentence: a writer who sets paragraphs apart by
 * line ends each at a sentence's end, while a wrap inside a sentence joins one paragraph's lines.
 */
function lineStartsOf(model: DocumentModel): number[] {
  const text = model.text;
  // the visual lines: split at line ends and at soft wraps (the checks' view reads a wrap as a space)
  const cuts: { at: number; soft: boolean }[] = [];
  for (let bI = 0, bList = model.layout?.softBreaks ?? []; bI < bList.length; bI++) { const b = bList[bI]; cuts.push({ at: b.start, soft: true }); }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) cuts.push({ at: i, soft: false });
  cuts.sort((a, b) => a.at - b.at);
  // (the wrap's width: the length most lines reach, their 90th percentile, of those no longer than WRAPPED; a long
  // address or title line apart)
  const lengths: number[] = [];
  let from = 0, long = 0;
  for (let cI = 0, cuts_ = cuts; cI < cuts_.length; cI++) { const c = cuts_[cI]; const n = c.at - from; if (n <= WRAPPED) lengths.push(n); else long++; from = c.at + 1; }
  lengths.sort((a, b) => a - b);
  const width = lengths.length ? lengths[Math.floor(WIDTH_PERCENTILE * (lengths.length - 1))] : 0;
  // a text wrapped by hand (hardly a line longer than WRAPPED): a line ends its paragraph when it ends a sentence and stops short
  // of the wrap's width (a paragraph's last line is short; a line filled to the width that happens to end on a full stop
  // goes on), so a rewrapped copy groups its sums as the copy with long lines does; otherwise every line end is one, and a
  // soft wrap after a sentence's end
  const wrapped = cuts.length >= MIN_WRAPPED_LINES && long <= LONG_SHARE * cuts.length;
  const starts = [0];
  from = 0;
  for (let cI = 0, cuts_ = cuts; cI < cuts_.length; cI++) { const c = cuts_[cI];
    const line = text.slice(from, c.at);
    const endsSentence = /[.!?]["\u201d\u2019)]?\s*$/.test(line.slice(-4));
    const breaks = wrapped ? endsSentence && line.trimEnd().length < SHORT_LINE * width : !c.soft || endsSentence;
    if (breaks) starts.push(c.at + 1);
    from = c.at + 1;
  }
  return starts;
}

/** A text whose lines are none longer than this is wrapped by hand: its line ends are no paragraphs' ends by themselves. */
const WRAPPED = 100;
/** A text is wrapped by hand when it has at least this many lines and at most this share of them longer than WRAPPED. */
const MIN_WRAPPED_LINES = 8;
const LONG_SHARE = 0.1;
/** Which of the wrapped lines' lengths is the wrap's width. */
const WIDTH_PERCENTILE = 0.9;
/** A wrapped line shorter than this share of the widest ends its paragraph when it ends a sentence. */
const SHORT_LINE = 0.75;

/** The index of the line holding a position, by binary search over the lines' starts. */
function lineIndexAt(starts: number[], pos: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid; else hi = mid - 1;
  }
  return lo;
}

function lineOf(text: string, starts: number[], at: number): { text: string; start: number } {
  const i = lineIndexAt(starts, at);
  const start = starts[i], end = i + 1 < starts.length ? starts[i + 1] : text.length;
  return { text: text.slice(start, end), start };
}

function paragraphOf(text: string, at: number): { text: string; start: number } {
  const start = text.lastIndexOf('\n\n', at);
  const end = text.indexOf('\n\n', at);
  const from = start < 0 ? 0 : start;
  return { text: text.slice(from, end < 0 ? text.length : end), start: from };
}

/** A sentence's opening word of the total: "In total,", "Insgesamt", "In totaal" (totals.json totalAfter). */
const TOTAL_OPENING = new RegExp(`^[\\s"\u201c\u201e]*(?:${wordsPattern(words.totalAfter.words)})(?![\\p{L}])`, 'iu');
/** A noun of sales, alone or closing a compound ("sales", "Produktumsatz", "productverkoop"), lower case: namedParts' words of sales of one word. */
const SALES_HEADS = words.namedParts.flows.filter(w => !/\s/.test(w)).map(h => h.toLowerCase());
/** The sales heads a stretch of text names, as a word or a compound's last part. */
function salesHeadsIn(s: string): Set<string> {
  const found = new Set<string>();
  for (const m of s.toLowerCase().matchAll(/\p{L}+/gu)) for (const h of SALES_HEADS) if (m[0].endsWith(h)) found.add(h);
  return found;
}

/**
 * "Instrument sales were EUR 3.1 million and reagent sales EUR 5.2 million. In total, product sales rose to EUR 8.3
 * million.": a sentence that opens on a word of the total and states one sum is the total of the sums the sentence
 * before states (two or more, one currency, no other money, no bound), when each of those is named by a noun of sales its
 * own clause writes and the total's sentence names that noun too; the sums must add up to it within their rounding.
 */
function totalOpeningAfterParts(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  for (let si = 1; si < bySentence.length; si++) {
    const s = model.sentences[si];
    if (!TOTAL_OPENING.test(text.slice(s.start, Math.min(s.end, s.start + 24)))) continue;
    const money = bySentence[si].filter(f => f.figureKind === 'money');
    if (money.length !== 1 || !plainSum(money[0]) || paragraphIndexAt(model, model.sentences[si - 1].start) !== paragraphIndexAt(model, s.start)) continue;
    const total = money[0];
    const prev = model.sentences[si - 1];
    const parts = bySentence[si - 1].filter(f => f.figureKind === 'money');
    if (parts.length < 2 || !parts.every(f => plainSum(f) && f.unit === total.unit)) continue;
    const heads = salesHeadsIn(text.slice(s.start, total.start));
    if (heads.size === 0) continue;
    // each part's own clause, from the figure before it (or the sentence's start), names the noun
    let named = true;
    for (let k = 0; k < parts.length && named; k++) {
      const from = k === 0 ? prev.start : parts[k - 1].end;
      const own = salesHeadsIn(text.slice(from, parts[k].start));
      named = [...own].some(h => heads.has(h));
    }
    if (!named) continue;
    // (the total of what was listed is all of it: the parts add up to it)
    const misfit = splitMisfit(model, total, parts, true);
    if (!misfit) continue;
    const { total: sum, stated } = misfit;
    out.push({
      message: `${parts.map(f => short(f.value as number, f.unit)).join(' + ')} = ${short(sum, total.unit)}, not the ${short(stated, total.unit)} this sentence gives as the total of the sums before it.`,
      start: total.start, end: total.end,
      related: parts.map(f => ({ start: f.start, end: f.end, message: `part: ${model.text.slice(f.start, f.end)}` })),
      data: { sum, stated, parts: parts.length }, fixes: [],
    });
  }
  return out;
}

function precisionOf(surface: string, value: number): number {
  const m = /(\d+)(?:[.,](\d+))?\s*(billion|million|bn|mn|m|b|thousand|k)?/i.exec(surface.replace(/,(?=\d{3}\b)/g, ''));
  if (!m) return 0.005 * value;
  const decimals = m[2]?.length ?? 0;
  const scale = value / Number(`${m[1]}${m[2] ? '.' + m[2] : ''}`);
  return 0.5 * 10 ** -decimals * (Number.isFinite(scale) ? scale : 1);
}

function short(v: number, unit: string): string {
  const abs = Math.abs(v);
  const [d, s] = abs >= 1e9 ? [1e9, ' billion'] : abs >= 1e6 ? [1e6, ' million'] : [1, ''];
  return `${unit} ${Number((v / d).toFixed(3))}${s}`;
}

const O = words.offering;
const PER_SHARE = new RegExp(`^[\\s,]{0,2}(?:${wordsPattern(O.perShare)})(?![\\p{L}])`, 'iu');
/** A count's unit that is shares ("shares", "ADSs", "Aktien"). */
const SHARE_UNIT = new RegExp(`^(?:${wordsPattern(O.shares)})$`, 'iu');
/** A price noun right before a sum makes it a price per share: "a subscription price of", "zum Bezugspreis von". */
const PRICE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(O.priceBefore)})\\s?$`, 'iu');
const SHARES_WORD = new RegExp(`^\\s?(?:common |ordinary )?(?:${wordsPattern(O.shares)})(?![\\p{L}])`, 'iu');
const GROSS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(O.gross)})(?![\\p{L}])`, 'iu');
const GROSS_AFTER = new RegExp(`^[\\s,]{0,2}(?:${wordsPattern(O.grossAfter)})(?![\\p{L}])`, 'iu');
/** Before a count of shares: it converts one security into others ("ADSs, each representing 600 ordinary shares"), no count sold. */
const CONVERSION = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(O.conversion)})\\s*$`, 'iu');
/** A sentence whose subject is the gross proceeds: their words open it ("The gross proceeds to Acme ..."). */
/** (one word may qualify them after the article, as "potential" or "aggregate" does) */
const GROSS_SUBJECT = new RegExp(`^[^\\p{L}]*(?:the\\s+|die\\s+|le\\s+|les\\s+)?(?:\\p{L}+\\s+)?(?:${wordsPattern(O.gross)})(?![\\p{L}])`, 'iu');
const NOT_GROSS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(O.notGross)})(?![\\p{L}])`, 'iu');
/** Proceeds said to come from several sales ("two concurrent offerings, which together"): no one sale's product. */
const SEVERAL_SALES = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(O.severalSales)})(?![\\p{L}])`, 'iu');
/** Words that name the offering again in a later sentence: its proceeds may be stated there. */
const OFFERING_AGAIN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(O.again)})(?![\\p{L}])`, 'iu');
/** How far after the shares their price may stand, when no figure stands between: "... shares of its common stock at a public offering price of $8.00 per share". */
const PRICE_REACH = 80;
/** How many sentences after the shares and their price the proceeds may be stated. */
const PROCEEDS_REACH = 3;
/** How many sentences before the shares' the proceeds stated first may stand. */
const PROCEEDS_BACK = 2;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, mn: 1e6, m: 1e6, bn: 1e9 };

/**
 * A share offering's arithmetic: shares \u00d7 price per share = the gross proceeds or value stated
 * with them ("20 million shares at $7.50 per share, for gross proceeds of $150 million"; "28 million
 * shares outstanding" at "$10 per share" against "a deal value of $280 million"). The price may stand
 * earlier in its paragraph, when the paragraph states one price only. Net proceeds, options and
 * additional shares are other sums; each number keeps its rounding except the price, which is quoted
 * exactly ("$5 per share" is no rounded $5.40), and 2 % is allowed for fees
 * and rounding of the share count the writer did not show.
 */
function offerings(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  const shareCount = (f: FigureEntity): number | undefined => {
    if (typeof f.value !== 'number' || (f.comparator && f.comparator !== '~')) return undefined;
    if (f.figureKind === 'count' && SHARE_UNIT.test(f.unit)) return f.value;
    // "12.4 million common shares": a scaled number whose noun the reading left out
    const scale = SCALE[f.unit.toLowerCase()];
    if (f.figureKind === 'other' && scale && SHARES_WORD.test(text.slice(f.end, f.end + 20))) return f.value * scale;
    return undefined;
  };
  const isGross = (t: FigureEntity, sentence: { start: number; end: number }) => {
    if (t.figureKind !== 'money' || typeof t.value !== 'number' || t.comparator?.match(/[<>≤≥]/)) return false;
    const before = text.slice(Math.max(sentence.start, t.start - 40), t.start);
    return (GROSS.test(before) || GROSS_AFTER.test(text.slice(t.end, Math.min(sentence.end, t.end + 30)))) && !NOT_GROSS.test(before);
  };
  /**
   * "... 20 million shares at $7.50 per share. It expects about $150 million from the offering.": the
   * proceeds in the next sentence of the paragraph (or of the next paragraph, when the offering's
   * paragraph is that one sentence), when it states one sum, of proceeds, and speaks of no other
   * shares, options or net sums.
   */
  const nextSentenceProceeds = (si: number, unit: string): FigureEntity | undefined => {
    const here = paragraphIndexAt(model, model.sentences[si].start);
    const alone = si === 0 || paragraphIndexAt(model, model.sentences[si - 1].start) !== here;
    for (let k = si + 1; k < model.sentences.length && k <= si + PROCEEDS_REACH; k++) {
      const next = model.sentences[k];
      const there = paragraphIndexAt(model, next.start);
      // news written a sentence to a paragraph: the next paragraph's first sentence, when the offering's paragraph is its one sentence
      if (k === si + 1 && there !== here && !(alone && there === here + 1)) return undefined;
      const money = bySentence[k].filter(f => f.figureKind === 'money');
      // a later sentence names the offering again ("the total gross proceeds from the offering"), in the next paragraphs
      // written a sentence each; the sentences between state no sum and no other shares sold (the underwriters' additional ones may be)
      // (or, in the offering's paragraph, a sentence whose subject is the gross proceeds: "The closing is expected on June 5.
      // The gross proceeds are expected to be about $X")
      const grossSubject = there === here && money.length === 1 && GROSS_SUBJECT.test(text.slice(next.start, money[0].start)) && GROSS.test(text.slice(next.start, money[0].start));
      if (k > si + 1 && (there - here > PROCEEDS_REACH || !(OFFERING_AGAIN.test(text.slice(next.start, next.end)) || grossSubject))) {
        if (money.length > 0 || bySentence[k].some(f => shareCount(f) !== undefined && !NOT_GROSS.test(text.slice(Math.max(next.start, f.start - 40), f.start)))) return undefined;
        continue;
      }
      if (money.length === 0 && k === si + 1 && bySentence[k].some(f => shareCount(f) !== undefined && NOT_GROSS.test(text.slice(Math.max(next.start, f.start - 40), f.start)))) continue;
      // (a sentence of no sum and no shares in the offering's paragraph, "The closing is expected on June 5.", stands between
      // the offering and a later sentence that names its proceeds again, read above)
      if (money.length === 0 && k === si + 1 && there === here && !bySentence[k].some(f => shareCount(f) !== undefined)) continue;
      if (money.length !== 1 || money[0].unit !== unit || bySentence[k].some(f => shareCount(f) !== undefined)) return undefined;
      // (only the words up to the sum: "... and will use the funds for additional launches" after it is no other sum)
      if (NOT_GROSS.test(text.slice(next.start, money[0].end)) || SEVERAL_SALES.test(text.slice(next.start, next.end))) return undefined;
      // (a sentence that names the offering again may name its gross proceeds anywhere before the sum)
      // (a sentence whose subject is the gross proceeds, "The gross proceeds ..., before deducting ..., are expected to be $X",
      // names them before the sum however long the aside between)
      return isGross(money[0], next) || ((k > si + 1 || GROSS_SUBJECT.test(text.slice(next.start, money[0].start))) && GROSS.test(text.slice(next.start, money[0].start))) ? money[0] : undefined;
    }
    return undefined;
  };
  const pricesIn = (inS: FigureEntity[]) => inS.filter(f => f.figureKind === 'money' && typeof f.value === 'number' && !f.comparator
    && (PER_SHARE.test(text.slice(f.end, f.end + 25)) || PRICE_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start))));
  /**
   * "Acme placed 2,000,000 new shares. ... They were issued at a subscription price of EUR 5.00, so that the
   * proceeds come to EUR 10 million.": the price, and the proceeds after it, in a later sentence of the
   * shares' paragraph (or the next), within PROCEEDS_REACH sentences, when that sentence states one price,
   * the sentences between state no sum, and no sentence up to it, nor just before the shares, counts other shares.
   */
  const laterPriceAndProceeds = (si: number): [FigureEntity, FigureEntity] | undefined => {
    const here = paragraphIndexAt(model, model.sentences[si].start);
    // (nor a sentence just before it: the price may then be the other shares')
    for (let k = si - 1; k >= 0 && k >= si - PROCEEDS_REACH; k--) if (bySentence[k].some(f => shareCount(f) !== undefined)) return undefined;
    for (let k = si + 1; k < model.sentences.length && k <= si + PROCEEDS_REACH; k++) {
      const next = model.sentences[k];
      if (paragraphIndexAt(model, next.start) - here > 1) return undefined;
      if (bySentence[k].some(f => shareCount(f) !== undefined)) return undefined;
      const money = bySentence[k].filter(f => f.figureKind === 'money');
      if (money.length === 0) continue;
      const prices = pricesIn(bySentence[k]);
      if (prices.length !== 1 || money.length !== 2) return undefined;
      const [price] = prices;
      const total = money.find(t => t.start > price.end && t.unit === price.unit && (isGross(t, next) || GROSS.test(text.slice(price.end, t.start))));
      if (!total || NOT_GROSS.test(text.slice(next.start, total.end))) return undefined;
      return [price, total];
    }
    return undefined;
  };
  /**
   * "Acme raised about $80 million in gross proceeds. It sold 10 million shares at $8 each.": the proceeds stated first,
   * in one of the PROCEEDS_BACK sentences right before the shares' (of their paragraph or the one before), when that
   * sentence states that one sum, of gross proceeds, and counts no shares, the sentences between state no sum and
   * count no shares, and the next few sentences sell no other shares (the sum may be of both sales).
   */
  const earlierProceeds = (si: number, unit: string): FigureEntity | undefined => {
    const here = paragraphIndexAt(model, model.sentences[si].start);
    // other shares sold in the sentences after (the underwriters' additional ones aside): the proceeds may be of both sales
    for (let k = si + 1; k < model.sentences.length && k <= si + PROCEEDS_REACH && paragraphIndexAt(model, model.sentences[k].start) - here <= 1; k++) {
      const next = model.sentences[k];
      if (bySentence[k].some(f => shareCount(f) !== undefined && !NOT_GROSS.test(text.slice(Math.max(next.start, f.start - 40), f.start)))) return undefined;
    }
    for (let k = si - 1; k >= 0 && k >= si - PROCEEDS_BACK; k--) {
      const prev = model.sentences[k];
      if (here - paragraphIndexAt(model, prev.start) > 1) return undefined;
      if (bySentence[k].some(f => shareCount(f) !== undefined)) return undefined;
      const money = bySentence[k].filter(f => f.figureKind === 'money');
      if (money.length === 0) continue;
      if (money.length !== 1 || money[0].unit !== unit || NOT_GROSS.test(text.slice(prev.start, prev.end)) || SEVERAL_SALES.test(text.slice(prev.start, prev.end))) return undefined;
      return isGross(money[0], prev) ? money[0] : undefined;
    }
    return undefined;
  };
  /**
   * "Acme placed 2,000,000 new shares. They were placed at EUR 5.00 per share.": the price alone in a later sentence of
   * the shares' paragraph, within PROCEEDS_REACH sentences, when it states no other sum and the sentences up to it state
   * no sum and count no shares (its proceeds are then those stated before the shares).
   */
  const laterPriceAlone = (si: number): FigureEntity | undefined => {
    const here = paragraphIndexAt(model, model.sentences[si].start);
    for (let k = si + 1; k < model.sentences.length && k <= si + PROCEEDS_REACH; k++) {
      if (paragraphIndexAt(model, model.sentences[k].start) !== here) return undefined;
      if (bySentence[k].some(f => shareCount(f) !== undefined)) return undefined;
      const money = bySentence[k].filter(f => f.figureKind === 'money');
      if (money.length === 0) continue;
      const prices = pricesIn(bySentence[k]);
      return prices.length === 1 && money.length === 1 ? prices[0] : undefined;
    }
    return undefined;
  };
  /** The gross proceeds stated first, when they are the last sum before the i-th figure (the shares) and the price the one sum after. */
  const proceedsFirst = (inS: FigureEntity[], i: number) => {
    let k = i - 1;
    while (k >= 0 && inS[k].figureKind !== 'money') k--;
    if (k < 0 || inS.slice(i + 1).filter(t => t.figureKind === 'money').length !== 1) return undefined;
    const sentence = model.sentences.find(x => x.start <= inS[k].start && inS[k].end <= x.end);
    return sentence && isGross(inS[k], sentence) ? inS[k] : undefined;
  };
  /** The counts of shares stated before `f` in its paragraph (its own sentence and the ones before). */
  const countedBefore = (si: number, f: FigureEntity): number[] => {
    const here = paragraphIndexAt(model, f.start);
    const out: number[] = [];
    for (let k = si; k >= 0 && paragraphIndexAt(model, model.sentences[k].start) === here; k--) {
      for (let xI = 0, xs = bySentence[k]; xI < xs.length; xI++) { const x = xs[xI]; const n = x.end <= f.start ? shareCount(x) : undefined; if (n !== undefined && x !== f) out.push(n); }
    }
    return out;
  };
  // the prices per share stated earlier in the paragraph, by value
  let paragraphPrices = new Map<number, FigureEntity>();
  let paragraph = -1;
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    // (a sentence with no figures adds no price; its paragraph, which only grows along the sentences, is compared at the next one with figures)
    if (inS.length === 0) continue;
    const prices = pricesIn(inS);
    const sentence = model.sentences[si];
    const p = paragraphIndexAt(model, sentence.start);
    if (p !== paragraph) { paragraph = p; paragraphPrices = new Map(); }
    const previousPrices = [...paragraphPrices.values()];
    if (inS.length <= 30) for (let i = 0; i < inS.length; i++) {
      const shares = shareCount(inS[i]);
      if (shares === undefined) continue;
      if (NOT_GROSS.test(text.slice(Math.max(sentence.start, inS[i].start - 40), inS[i].start))) continue;
      if (CONVERSION.test(text.slice(Math.max(sentence.start, inS[i].start - 30), inS[i].start))) continue;
      // (a bracketed aside between them, "(or share equivalents)", is not counted in the reach)
      const reach = (p: FigureEntity) => p.start - inS[i].end > PRICE_REACH + 100 ? Infinity : text.slice(inS[i].end, p.start).replace(/\([^()]{0,80}\)/g, '').length;
      // (a par value between the shares and their price is no price, and no part of the reach: "3,000,000 shares with a par value of
      // EUR 0.10 each, at EUR 4.00")
      const par = inS[i + 1] && NOMINAL_BEFORE.exec(text.slice(Math.max(inS[i].end, inS[i + 1].start - 40), inS[i + 1].start));
      const parLength = par ? par[0].length + (inS[i + 1].end - inS[i + 1].start) : 0;
      let price = prices.find(p => p.start > inS[i].end && reach(p) <= PRICE_REACH && (p.start - inS[i].end <= 30 || inS[i + 1] === p))
        ?? (par ? prices.find(p => inS[i + 2] === p && reach(p) - parLength <= PRICE_REACH) : undefined)
        ?? (prices.length === 0 && previousPrices.length === 1 ? previousPrices[0] : undefined);
      // the price and the proceeds in a later sentence, when this one states no sum and counts no other shares
      const alone = !inS.some(f => f.figureKind === 'money' || (f !== inS[i] && shareCount(f) !== undefined));
      const later = !price && alone ? laterPriceAndProceeds(si) : undefined;
      if (later) price = later[0];
      // (a price alone after the shares takes the proceeds stated before them)
      const priceAlone = !price && alone ? laterPriceAlone(si) : undefined;
      if (priceAlone) price = priceAlone;
      if (!price) continue;
      const otherSums = inS.some(t => t.figureKind === 'money' && t !== price && !(par && t === inS[i + 1]));
      const total = later?.[1] ?? (priceAlone ? undefined : inS.find(t => t.start > Math.max(inS[i].end, price!.end) && isGross(t, sentence)))
        // the proceeds stated first in the sentence, when it states no other sum: "raised gross proceeds of $60 million
        // from the sale of 5,000,000 shares at $12.00 per share"
        // (from the last sum before the shares on: a headline without a stop above it is read into its sentence, and its sums are no other sums)
        ?? (!priceAlone && price.start > inS[i].end ? proceedsFirst(inS, i) : undefined)
        // the next sentence's, when this one states no sum (other prices per share are no sums)
        ?? (priceAlone || inS.some(t => t.figureKind === 'money' && typeof t.value === 'number' && t.value > 100 * (price.value as number)) ? undefined : nextSentenceProceeds(si, price.unit))
        // those stated before the shares, when this sentence states no other sum
        ?? (otherSums ? undefined : earlierProceeds(si, price.unit));
      // a price per share is no total: "The $3.20 per share ..." restates the price, not the proceeds
      if (!total || total.value === price.value || PER_SHARE.test(text.slice(total.end, total.end + 25))) continue;
      // shares and warrants at two prices: the proceeds are the sum of both sales, more than either product. Two counts of
      // shares, each with its own price right after it ("8,000,000 shares at $5.00 per share and pre-funded warrants to
      // purchase 2,000,000 shares at $4.999 per warrant"), are judged once, from the first, as the two sales' sum
      const otherPrices = prices.filter(p => p !== price && p.end <= total.start);
      let second: { shares: number; f: FigureEntity; price: FigureEntity } | undefined;
      if (otherPrices.length > 0) {
        const counted = inS.filter(f => f.end <= total.start && shareCount(f) !== undefined && !NOT_GROSS.test(text.slice(Math.max(sentence.start, f.start - 40), f.start)));
        const priced = prices.filter(p => p.end <= total.start);
        if (counted.length !== 2 || priced.length !== 2 || counted[0] !== inS[i] || price !== priced[0]) continue;
        const [a, b] = counted;
        const [pa, pb] = priced;
        // each count right before its price, in order: shares, price, shares, price
        if (!(a.end <= pa.start && pa.end <= b.start && b.end <= pb.start && pb.start - b.end <= PRICE_REACH && pa.start - a.end <= PRICE_REACH)) continue;
        second = { shares: shareCount(b) as number, f: b, price: pb };
      }
      const product = shares * (price.value as number) + (second ? second.shares * (second.price.value as number) : 0);
      const stated = total.value as number;
      // the share count's rounding: as written ("11 million" is 10.5 to 11.5 million), or 2 % the writer did not show, not both
      // (an offering's share count written unhedged in whole millions is a round count, not one rounded by half a million:
      // a writer rounding would keep a decimal, so it is read to within 2.5 %)
      const sharesRoom = precisionOf(model.text.slice(inS[i].start, inS[i].end), shares);
      const room = Math.max((inS[i].comparator ? sharesRoom : Math.min(sharesRoom, 0.025 * shares)) * (price.value as number), 0.02 * stated)
        // a price per share is quoted exactly ("$5 per share" is $5.00), unless hedged
        + (price.comparator === '~' ? shares * precisionOf(model.text.slice(price.start, price.end), price.value as number) : 0)
        + precisionOf(model.text.slice(total.start, total.end), stated);
      if (Math.abs(product - stated) <= room) continue;
      // ("Acme sells 1,000,000 of the shares and its founders 500,000, for proceeds to Acme of $X": a sentence that
      // counts two lots of shares before its proceeds may state the proceeds of either; another lot at the price that makes
      // them is the one they are of)
      const makes = (n: number) => Math.abs(n * (price!.value as number) - stated) <= 0.02 * stated + precisionOf(model.text.slice(total.start, total.end), stated);
      if (!second && inS.some(f => f !== inS[i] && f.end <= total.start && shareCount(f) !== undefined && makes(shareCount(f) as number))) continue;
      // ("its bankers can buy another 0.75 million shares, lifting the proceeds to $X": an added lot's proceeds are
      // those of both lots, the one counted before it in the paragraph and the added)
      // (the word may follow the number too: "750,000 additional shares")
      if (!second && (ADDITIONAL_LOT_BEFORE.test(text.slice(Math.max(sentence.start, inS[i].start - 24), inS[i].start)) || ADDITIONAL_LOT_AFTER.test(text.slice(inS[i].start, inS[i].end + 24)))
        && countedBefore(si, inS[i]).some(n => makes(n + shares))) continue;
      const sale = (f: FigureEntity, pr: FigureEntity) => `${model.text.slice(f.start, f.end)} \u00d7 ${model.text.slice(pr.start, pr.end)}`;
      out.push({
        message: `${sale(inS[i], price)}${second ? ` + ${sale(second.f, second.price)}` : ''} = ${short(product, total.unit)}, not the stated ${short(stated, total.unit)}.`,
        start: total.start, end: total.end,
        related: [{ start: inS[i].start, end: inS[i].end, message: 'the shares' }, { start: price.start, end: price.end, message: 'the price per share' },
          ...(second ? [{ start: second.f.start, end: second.f.end, message: 'the other shares' }, { start: second.price.start, end: second.price.end, message: 'their price' }] : [])],
        data: { product, stated }, fixes: [],
      });
    }
    for (let xI = 0, prices_ = prices; xI < prices_.length; xI++) { const x = prices_[xI]; if (!paragraphPrices.has(x.value as number)) paragraphPrices.set(x.value as number, x); }
  }
  out.push(...severalSales(model, bySentence, shareCount, isGross, pricesIn));
  out.push(...sumsAsShares(model, bySentence, pricesIn));
  return out;
}

/** Right before a sum: the words of a par value ("with a par value of", "d'une valeur nominale unitaire de": totals.json offering nominalValue). */
const NOMINAL_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(O.nominalValue)})[^\\d,;.]{0,16}$`, 'iu');
/** Right before a count of shares: the words that add it to a lot counted before ("another", "an additional": totals.json offering additionalLots). */
const ADDITIONAL_LOT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(O.additionalLots)})\\s+$`, 'iu');
/** A count of shares whose number the same words follow: "750,000 additional shares", "0.4 million further shares". */
const ADDITIONAL_LOT_AFTER = new RegExp(`^[\\d.,\\s]+(?:\\p{L}+\\s+)?(?:${wordsPattern(O.additionalLots)})(?![\\p{L}])`, 'iu');
/** Words between a sum and the shares it is ("högst 8,4 MSEK, motsvarande högst 4 150 000 aktier"): totals.json offering.sumAsShares. */
/** (or an "or" after a comma that restates the sum in shares: "$15 million of stock, or 1.2 million shares"; numbers.json orWords) */
const SUM_AS_SHARES = new RegExp(`(?:(?<![\\p{L}])(?:${wordsPattern(O.sumAsShares)})|,[ ]?(?:${wordsPattern(Object.entries(numberWords.orWords).filter(([k]) => !k.startsWith('$')).flatMap(([, v]) => v as string[]))}))(?![\\p{L}])`, 'iu');

/**
 * "Emissionsvolym: lägst 6 MSEK och högst 8,4 MSEK, motsvarande lägst 3 100 000 och högst 4 150 000 aktier" with
 * "Teckningskurs: 4,00 SEK per aktie": sums said to be so many shares (one or two, the bounds of one issue, in the same
 * order) at the one price per share the document states (one value, in the sums' currency): each sum is its count of
 * shares times the price, within the rounding written and 2 %. A sum restated after a comma and "or" ("$15 million of
 * stock at $12.50 per share, or 1.2 million shares") is held to the price before it in its sentence.
 */
function sumsAsShares(model: DocumentModel, bySentence: FigureEntity[][], pricesIn: (inS: FigureEntity[]) => FigureEntity[]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  let prices: FigureEntity[] | undefined;
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const sentence = model.sentences[si];
    // (a sentence without a count of shares holds no such sum: its words need no reading)
    if (!inS.some(f => f.figureKind === 'count' && SHARE_UNIT.test(f.unit))) continue;
    const m = spanExec(SUM_AS_SHARES, text, model.sentences, sentence);
    if (!m) continue;
    const at = sentence.start + m.index;
    // (a price per share before the word is the price, no sum: "$15 million of common stock at $12.50 per share, representing ...")
    const pricesHere = pricesIn(inS);
    let sums = inS.filter(f => f.end <= at && f.figureKind === 'money' && typeof f.value === 'number' && !pricesHere.includes(f));
    // a sentence that opens in lower case, no figure before the word, continues the one before it (a layout's line or page
    // break cut it: "högst 8,4 MSEK före emissions- / kostnader, motsvarande ..."): the sums end that one
    if (inS.every(f => f.start >= at) && si > 0 && /^\p{Ll}/u.test(text.slice(sentence.start, sentence.start + 1)) && !/[.!?]\s*$/.test(text.slice(model.sentences[si - 1].start, model.sentences[si - 1].end))) {
      const prev = bySentence[si - 1];
      const tail: FigureEntity[] = [];
      for (let k = prev.length - 1; k >= 0 && prev[k].figureKind === 'money' && tail.length < 2; k--) tail.unshift(prev[k]);
      sums = tail.filter(f => typeof f.value === 'number');
    }
    const counts = inS.filter(f => f.start >= at && f.figureKind === 'count' && SHARE_UNIT.test(f.unit) && typeof f.value === 'number');
    if (sums.length === 0 || sums.length > 2 || sums.length !== counts.length || sums.some(f => f.unit !== sums[0].unit)) continue;
    // nothing else between: the sums run up to the word, the counts from it
    // (a decimal point, "$12.50", is no full stop)
    // (a sum after the counts speaks of something else: "..., or 1.2 million shares, a 25 % premium to the $10.00 average")
    if (inS.some(f => f.start >= at && f.start < counts[counts.length - 1].end && f.figureKind === 'money') || /[;:]|\.(?!\d)/.test(text.slice(sums[sums.length - 1].end, at))) continue;
    prices ??= bySentence.flatMap(fs => pricesIn(fs));
    // (a sum restated by "or" is held to its own sentence's price only: "or" restates what the sentence says)
    const held = m[0].startsWith(',') ? pricesHere.filter(p => p.end <= at) : prices;
    const values = new Set(held.filter(p => p.unit === sums[0].unit).map(p => p.value as number));
    if (values.size !== 1 || held.some(p => p.unit !== sums[0].unit)) continue;
    const price = held.find(p => p.unit === sums[0].unit)!;
    const perShare = price.value as number;
    sums.forEach((sum, k) => {
      const shares = counts[k].value as number;
      const product = shares * perShare;
      const stated = sum.value as number;
      // (a count of shares issued is exact, as the price is: the room is the sum's rounding and 2 % the writer did not show)
      const room = 0.02 * stated + precisionOf(model.text.slice(sum.start, sum.end), stated);
      if (Math.abs(product - stated) <= room) return;
      out.push({
        message: `${model.text.slice(counts[k].start, counts[k].end)} \u00d7 ${model.text.slice(price.start, price.end)} = ${short(product, sum.unit)}, not the stated ${short(stated, sum.unit)}.`,
        start: sum.start, end: sum.end,
        related: [{ start: counts[k].start, end: counts[k].end, message: 'the shares' }, { start: price.start, end: price.end, message: 'the price per share' }],
        data: { product, stated }, fixes: [],
      });
    });
  }
  return out;
}

/** How many sentences after proceeds of several sales the sales may run, and over how many paragraphs. */
const SALES_REACH = 8;
const SALES_PARAGRAPHS = 2;

/**
 * "Acme sells common and preferred stock in two concurrent offerings, which together bring gross proceeds of about
 * $90 million." then "The first relates to 5,000,000 shares at $10.00 per share." and "The second to 400,000 preferred
 * shares at $100.00 per share.": proceeds said to be of several sales (totals.json offering.severalSales) against the
 * sum of the sales the next sentences state, each a count of shares with its price right after it, within SALES_REACH
 * sentences over at most SALES_PARAGRAPHS paragraphs. Judged only with two sales or more, every count of shares sold
 * in reach priced (the underwriters' additional shares aside), and no other proceeds stated before the last sale.
 */
function severalSales(model: DocumentModel, bySentence: FigureEntity[][], shareCount: (f: FigureEntity) => number | undefined,
  isGross: (t: FigureEntity, s: { start: number; end: number }) => boolean, pricesIn: (inS: FigureEntity[]) => FigureEntity[]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    const sentence = model.sentences[si];
    // (the one sum first, then the words: most sentences hold none)
    const money = inS.filter(f => f.figureKind === 'money');
    if (money.length !== 1 || !spanTest(SEVERAL_SALES, text, model.sentences, sentence)) continue;
    if (money.length !== 1 || inS.some(f => shareCount(f) !== undefined) || !isGross(money[0], sentence) || NOT_GROSS.test(text.slice(sentence.start, money[0].end))) continue;
    const total = money[0];
    const here = paragraphIndexAt(model, sentence.start);
    const sales: { shares: number; f: FigureEntity; price: FigureEntity }[] = [];
    let unknown = false;
    for (let k = si + 1; k < bySentence.length && k <= si + SALES_REACH && !unknown; k++) {
      const next = model.sentences[k];
      if (paragraphIndexAt(model, next.start) - here > SALES_PARAGRAPHS) break;
      // other proceeds: another financing's, or these restated
      if (bySentence[k].some(f => f.figureKind === 'money' && isGross(f, next))) break;
      const prices = pricesIn(bySentence[k]);
      for (let fI = 0, fList = bySentence[k]; fI < fList.length; fI++) { const f = fList[fI];
        const n = shareCount(f);
        if (n === undefined || NOT_GROSS.test(text.slice(Math.max(next.start, f.start - 40), f.start)) || CONVERSION.test(text.slice(Math.max(next.start, f.start - 30), f.start))) continue;
        const price = prices.find(p => p.start > f.end && p.start - f.end <= PRICE_REACH);
        if (!price || price.unit !== total.unit || sales.some(x => x.price === price)) { unknown = true; break; }
        sales.push({ shares: n, f, price });
      }
    }
    if (unknown || sales.length < 2) continue;
    const product = sales.reduce((a, x) => a + x.shares * (x.price.value as number), 0);
    const stated = total.value as number;
    const room = Math.max(0.02 * stated, sales.reduce((a, x) => a + Math.min(precisionOf(model.text.slice(x.f.start, x.f.end), x.shares), 0.025 * x.shares) * (x.price.value as number), 0))
      + precisionOf(model.text.slice(total.start, total.end), stated);
    if (Math.abs(product - stated) <= room) continue;
    out.push({
      message: `${sales.map(x => `${model.text.slice(x.f.start, x.f.end)} \u00d7 ${model.text.slice(x.price.start, x.price.end)}`).join(' + ')} = ${short(product, total.unit)}, not the stated ${short(stated, total.unit)}.`,
      start: total.start, end: total.end,
      related: sales.flatMap(x => [{ start: x.f.start, end: x.f.end, message: 'shares sold' }, { start: x.price.start, end: x.price.end, message: 'their price' }]),
      data: { product, stated }, fixes: [],
    });
  }
  return out;
}

// --- response rates made of response categories ---------------------------------------------------

const R = words.responses;
/** A share written as a fraction word alone ("half", "two thirds"), with neither digits nor a word of percent. */
const PERCENT_WORD = new RegExp(`%|(?<![\\p{L}])(?:percent|per cent|${wordsPattern(numberWords.percentWords)})(?![\\p{L}])`, 'iu');
const FRACTION_ONLY = (surface: string) => !/\d/.test(surface) && !PERCENT_WORD.test(surface);
/** The room of a rate written as "about" a value, as a share of it: "about 40 %" is read as 37 to 43 %. */
const HEDGE_ROOM = 0.075;
const COMPOSITES: Record<string, { parts: string[]; atMost?: boolean; via?: string[] }> = R.composites;
const CATEGORIES = new Set(R.categories);
const OTHER_CATEGORIES = new Set(R.otherCategories);
/** The endpoint that heads a table's response categories ("Best overall response"): no category of another reading. */
const CATEGORY_HEADINGS = new Set<string>(R.categoriesHeading);
const UNSURE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(R.unsure)})(?![\\p{L}])`, 'iu');
const LASTING = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(R.lasting)})(?![\\p{L}])|\u2265|>=`, 'iu');

/**
 * A response rate against the response categories it is made of, in one population: "4 (10%) had a
 * complete response and 10 (25%) a partial response, for an objective response rate of 35%"; a
 * disease control rate is CR + PR + SD, a clinical benefit rate at most that. The rates are read in
 * the composite's sentence and its neighbours in the paragraph, bound to one drug, arm and
 * population and time. The sum is judged only when every part is stated, or when the categories
 * stated add up to 100 % (then the others are nought). A category stated with two values, another
 * response category (VGPR, CRi) or unconfirmed responses nearby leave the composite unjudged.
 */
function responseComposites(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  // a rate "about" a value ("rund 40 Prozent") is read with the room writers give it
  const rate = (f: FigureEntity) => f.figureKind === 'percent' && typeof f.value === 'number' && (!f.comparator || f.comparator === '~') && f.binding.endpoint !== undefined;
  // the sentences that name another response category: one sweep over the sorted entities
  const otherCategory = new Set<number>();
  let k = 0;
  for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
    if (e.kind !== 'endpoint' || !OTHER_CATEGORIES.has(e.name)) continue;
    while (k < model.sentences.length && model.sentences[k].end <= e.start) k++;
    if (k < model.sentences.length && model.sentences[k].start <= e.start) otherCategory.add(k);
  }
  const room = (f: FigureEntity) => Math.max(halfUnit(model.text.slice(f.start, f.end)), f.comparator === '~' ? HEDGE_ROOM * (f.value as number) : 0);
  const pct = (v: number) => `${Number(v.toFixed(2))} %`;
  // per sentence, worked out once however many composites it holds (a table glued into one
  // sentence holds thousands): its window of neighbouring sentences, and the window's rates grouped
  // by arm and time point, each group with its values per endpoint and its one figure per category
  interface Group { values: Map<string, Set<number>>; stated: Map<string, FigureEntity>; firsts: Map<string, FigureEntity>; ambiguous: boolean }
  const overfull = new Set<Group>();
  const sentenceOf = (j: number) => text.slice(model.sentences[j].start, model.sentences[j].end);
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    let groups: Map<string, Group> | null | undefined;
    let timeKey: ((f: FigureEntity) => string) | undefined;
    for (let cI = 0, inS_ = inS; cI < inS_.length; cI++) { const c = inS_[cI];
      if (!rate(c) || !COMPOSITES[c.binding.endpoint!]) continue;
      const ep = c.binding.endpoint!;
      const comp = COMPOSITES[ep];
      if (groups === undefined) {
        const para = paragraphIndexAt(model, c.start);
        // a neighbouring sentence joins when neither it nor the composite's speaks of another population or analysis
        const local = OTHER_POPULATION.test(sentenceOf(si));
        const window = [si - 1, si, si + 1].filter(j => j === si || (j >= 0 && j < bySentence.length && !local
          && paragraphIndexAt(model, model.sentences[j].start) === para && !OTHER_POPULATION.test(sentenceOf(j))));
        if (window.some(j => otherCategory.has(j)) || UNSURE.test(text.slice(model.sentences[window[0]].start, model.sentences[window[window.length - 1]].end))) groups = null;
        else {
          groups = new Map();
          // a rate with no time point of its own is of the one time point the window's rates of its arm name, when they name one
          const times = new Map<string, Set<string>>();
          for (let jI = 0, window_ = window; jI < window_.length; jI++) { const j = window_[jI]; for (let fI = 0, fList = bySentence[j]; fI < fList.length; fI++) { const f = fList[fI]; if (rate(f) && f.binding.timepoint) times.set(armKey(f), (times.get(armKey(f)) ?? new Set()).add(f.binding.timepoint)); } }
          const timeOf = (f: FigureEntity) => f.binding.timepoint ?? (times.get(armKey(f))?.size === 1 ? [...times.get(armKey(f))!][0] : '');
          timeKey = timeOf;
          for (let jI = 0, window_ = window; jI < window_.length; jI++) { const j = window_[jI]; for (let fI = 0, fList = bySentence[j]; fI < fList.length; fI++) { const f = fList[fI];
            if (!rate(f)) continue;
            const key = `${armKey(f)}|${timeOf(f)}`;
            let g = groups.get(key);
            if (!g) { g = { values: new Map(), stated: new Map(), firsts: new Map(), ambiguous: false }; groups.set(key, g); }
            const cat = f.binding.endpoint!;
            const vs = g.values.get(cat) ?? new Set<number>();
            // a fraction in words ("a good half") restates a rate loosely: it sets no second value
            if (!FRACTION_ONLY(model.text.slice(f.start, f.end))) vs.add(f.value as number);
            g.values.set(cat, vs);
            if (!g.firsts.has(cat)) g.firsts.set(cat, f);
            if (!CATEGORIES.has(cat)) continue;
            const prev = g.stated.get(cat);
            if (prev && prev.value !== f.value) g.ambiguous = true;
            if (!prev) g.stated.set(cat, f);
          } }
        }
      }
      if (!groups) continue;
      const group = groups.get(`${armKey(c)}|${timeKey!(c)}`);
      // one value per category and for the composite, or the group mixes populations or times
      if (!group || (group.values.get(ep)?.size ?? 0) > 1 || group.ambiguous) continue;
      const stated = group.stated;
      const all = [...stated.values()];
      // the categories are disjoint: in one population their shares cannot add up to more than the whole
      const total = all.reduce((a, f) => a + (f.value as number), 0);
      if (all.length >= 3 && !overfull.has(group) && total > 100 + all.reduce((a, f) => a + room(f), 0)) {
        overfull.add(group);
        const lastStated = all.reduce((a, f) => (f.start > a.start ? f : a));
        out.push({
          message: `${[...stated.entries()].map(([p, f]) => `${p} ${pct(f.value as number)}`).join(' + ')} = ${pct(total)}: response categories of one population cannot add up to more than 100 %.`,
          start: lastStated.start, end: lastStated.end,
          related: all.filter(f => f !== lastStated).map(f => ({ start: f.start, end: f.end, message: [...stated.entries()].find(([, x]) => x === f)![0] })),
          data: { sum: total, stated: 100, parts: all.length }, fixes: [],
        });
      }
      const exhaustive = all.length >= 2 && Math.abs(all.reduce((a, f) => a + (f.value as number), 0) - 100) <= all.reduce((a, f) => a + room(f), 0);
      const known = comp.parts.filter(p => stated.has(p));
      // "a DCR of 80 %, with an ORR of 45 % and stable disease in 30 %": the parts through a composite that holds some of them
      if (comp.via && known.length < comp.parts.length && !exhaustive) {
        const via = comp.via.map(p => (group.values.get(p)?.size === 1 ? group.firsts.get(p) : undefined));
        const heldByVia = new Set(comp.via.flatMap(p => COMPOSITES[p]?.parts ?? [p]));
        if (via.every(f => f && f !== c) && comp.parts.every(p => heldByVia.has(p)) && known.every(p => comp.via!.includes(p))) {
          const fs = via as FigureEntity[];
          const sum = fs.reduce((a, f) => a + (f.value as number), 0);
          const slack = room(c) + fs.reduce((a, f) => a + room(f), 0);
          const v = c.value as number;
          const atMost = !!comp.atMost || LASTING.test(text.slice(model.sentences[si].start, model.sentences[si].end));
          if (!atMost ? Math.abs(v - sum) > slack : v > sum + slack) out.push({
            message: `${comp.via.map((p, i) => `${p} ${pct(fs[i].value as number)}`).join(' + ')} = ${pct(sum)}, ${atMost ? 'less than' : 'not'} the stated ${ep} ${model.text.slice(c.start, c.end)}.`,
            start: c.start, end: c.end,
            related: fs.map((f, i) => ({ start: f.start, end: f.end, message: comp.via![i] })),
            data: { sum, stated: v, parts: fs.length }, fixes: [],
          });
          continue;
        }
      }
      if (known.length === 0) continue;
      const complete = exhaustive || known.length === comp.parts.length;
      // parts that make 100 % by themselves are shares of the responders, not of the patients
      const v = c.value as number;
      if (Math.abs(known.reduce((a, p) => a + (stated.get(p)!.value as number), 0) - 100) <= 1 && Math.abs(v - 100) > 1) continue;
      const s = model.sentences[si];
      // "stable disease for at least 16 weeks": the composite may count fewer than all stable disease
      const atMost = !!comp.atMost || spanTest(LASTING, text, model.sentences, s);
      // only a complete group is judged: a composite below some of its parts says more often that the
      // parts are shares of something else (of the responders) or that a figure was misread than that
      // the document is wrong
      if (!complete) continue;
      const parts = known;
      const sum = parts.reduce((a, p) => a + (stated.get(p)!.value as number), 0);
      const slack = room(c) + parts.reduce((a, p) => a + room(stated.get(p)!), 0);
      const wrong = !atMost ? (Math.abs(v - sum) > slack ? 'not' : undefined) : (v > sum + slack ? 'less than' : undefined);
      if (!wrong) continue;
      out.push({
        message: `${parts.map(p => `${p} ${pct(stated.get(p)!.value as number)}`).join(' + ')} = ${pct(sum)}, ${wrong} the stated ${ep} ${model.text.slice(c.start, c.end)}${exhaustive && known.length < comp.parts.length ? ' (the categories stated add up to 100 %, so the others are none)' : ''}.`,
        start: c.start, end: c.end,
        related: parts.map(p => ({ start: stated.get(p)!.start, end: stated.get(p)!.end, message: p })),
        data: { sum, stated: v, parts: parts.length }, fixes: [],
      });
    }
  }
  return out;
}

/**
 * A response rate against its categories in a table's column: "Complete response | 2 (4%)", "Partial response |
 * 10 (20%)", "Objective response | 24.0%" under one arm's header. Each category's rate and the composite's stated once in
 * the column (of one population and time point), the objective response (CR + PR by its definition), and the table
 * naming no unconfirmed response nor a rate of another category (VGPR, CRi): the parts must add up to the composite,
 * within the rounding of each.
 */
function tableResponseComposites(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const tables = model.tables ?? [];
  if (!tables.length) return out;
  const text = normalizedText(model);
  const ents = model.entities;
  const pct = (v: number) => `${Number(v.toFixed(2))} %`;
  let at = 0;
  for (let tI2 = 0, tables_ = tables; tI2 < tables_.length; tI2++) { const t = tables_[tI2];
    while (at < ents.length && ents[at].start < t.start) at++;
    // (the table and its notes, the lines right under it up to a blank line)
    const blank = text.indexOf('\n\n', t.end);
    if (UNSURE.test(text.slice(t.start, Math.min(blank < 0 ? text.length : blank, t.end + 600)))) continue;
    const columns = new Map<string, Map<string, FigureEntity[]>>();
    // each column's rates in the table's order: what stands between a composite and its parts
    const order = new Map<Map<string, FigureEntity[]>, FigureEntity[]>();
    let other = false;
    for (let k = at; k < ents.length && ents[k].start < t.end; k++) {
      const e = ents[k];
      if (e.kind !== 'figure' || !e.table || e.figureKind !== 'percent' || typeof e.value !== 'number' || !e.binding.endpoint) continue;
      if (OTHER_CATEGORIES.has(e.binding.endpoint) && !CATEGORY_HEADINGS.has(e.binding.endpoint)) { other = true; break; }
      const key = `${e.table.column}|${e.binding.subgroup ?? ''}|${e.binding.timepoint ?? ''}`;
      let byEndpoint = columns.get(key);
      if (!byEndpoint) { columns.set(key, byEndpoint = new Map()); order.set(byEndpoint, []); }
      order.get(byEndpoint)!.push(e);
      if (e.comparator) continue;
      const list = byEndpoint.get(e.binding.endpoint) ?? [];
      list.push(e);
      byEndpoint.set(e.binding.endpoint, list);
    }
    if (other) continue;
    for (const byEndpoint of columns.values()) {
      for (let itemI = 0, itemList = Object.entries(COMPOSITES); itemI < itemList.length; itemI++) { const [ep, comp] = itemList[itemI];
        const whole = byEndpoint.get(ep);
        // (the objective response only: a table's disease control counts as its note defines it, stable disease of
        // some length, non-CR/non-PD, and is left alone)
        if (ep !== 'ORR' || comp.atMost || whole?.length !== 1) continue;
        const parts = comp.parts.map(p => byEndpoint.get(p));
        if (parts.some(p => p?.length !== 1)) continue;
        const fs = parts.map(p => p![0]);
        const c = whole[0];
        // (a row between them that is no response category, "Disease control" between the responders and their
        // categories, sets them apart, as the count reading holds too: only the best response's categories may stand between)
        const cells = order.get(byEndpoint)!;
        const at = [c, ...fs].map(f => cells.indexOf(f));
        if (cells.slice(Math.min(...at) + 1, Math.max(...at)).some(f => !CATEGORIES.has(f.binding.endpoint!) && !CATEGORY_HEADINGS.has(f.binding.endpoint!))) continue;
        const sum = fs.reduce((a, f) => a + (f.value as number), 0);
        const slack = halfUnit(model.text.slice(c.start, c.end)) + fs.reduce((a, f) => a + halfUnit(model.text.slice(f.start, f.end)), 0);
        if (Math.abs((c.value as number) - sum) <= slack) continue;
        out.push({
          message: `${comp.parts.map((p, i) => `${p} ${pct(fs[i].value as number)}`).join(' + ')} = ${pct(sum)}, not the stated ${ep} ${model.text.slice(c.start, c.end)} of the same column (\u201c${c.table!.column.trim()}\u201d).`,
          start: c.start, end: c.end,
          related: fs.map((f, i) => ({ start: f.start, end: f.end, message: comp.parts[i] })),
          data: { sum, stated: c.value as number, parts: fs.length }, fixes: [],
        });
      }
    }
  }
  return out;
}

/** Between a share in words and the count that restates it: a comma, a colon, a dash or an opening bracket. */
const COUNT_RESTATED = /^\s*[,:(\u2013\u2014-]\s*$/;
/** How far the count may stand from the share of its whole: a person either way, or 5 % of the share. */
const SHARE_COUNT_ROOM = 0.05;

/**
 * "The trial will enrol 120 patients. Half, 60 patients, will receive the drug": a share written in
 * words and restated right after it as a count of people is that share of the people counted just
 * before (in its sentence or the one before in its paragraph, no other count between), so the count
 * must be the share of that whole, a person either way.
 */
function sharesInWordsCounted(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  const people = (f: FigureEntity) => f.figureKind === 'count' && PEOPLE_UNIT.test(f.unit) && typeof f.value === 'number' && !f.comparator && f.denominator === undefined && !f.table;
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    for (let i = 0; i + 1 < inS.length; i++) {
      const share = inS[i], count = inS[i + 1];
      if (share.figureKind !== 'percent' || share.comparator || typeof share.value !== 'number' || /\d/.test(model.text.slice(share.start, share.end))) continue;
      if (!people(count) || !COUNT_RESTATED.test(text.slice(share.end, count.start))) continue;
      // the whole: the figure right before the share, in its sentence or ending the one before in the paragraph
      let whole: FigureEntity | undefined = i > 0 ? inS[i - 1] : undefined;
      if (!whole && si > 0 && paragraphIndexAt(model, model.sentences[si - 1].start) === paragraphIndexAt(model, model.sentences[si].start)) {
        const prev = bySentence[si - 1];
        whole = prev[prev.length - 1];
      }
      if (!whole || !people(whole)) continue;
      const expected = (share.value * (whole.value as number)) / 100;
      if (Math.abs((count.value as number) - expected) <= Math.max(1, SHARE_COUNT_ROOM * expected)) continue;
      const written = (f: FigureEntity) => model.text.slice(f.start, f.end);
      out.push({
        message: `${written(share)} of ${written(whole)} is about ${Number(expected.toFixed(1))}, not ${written(count)}.`,
        start: count.start, end: count.end,
        related: [{ start: share.start, end: share.end, message: 'the share' }, { start: whole.start, end: whole.end, message: `the whole: ${whole.value}` }],
        data: { sum: expected, stated: count.value as number, parts: 1 }, fixes: [],
      });
    }
  }
  return out;
}

// --- a count and the names that list it --------------------------------------------------------

const NAME_KINDS = new Set(['drug', 'company', 'trial', 'indication', 'target']);
/** What may join two names of a list: a comma, "and", "or". */
const NAME_GAP = /^(?:,[ ]|,?[ ](?:and|or|und|oder|et|ou|e|o|y|og|eller|och|en)[ ])$/i;
/** What may end a list of names: punctuation, or the verb of the sentence going on. */
const LIST_END = /^(?:[,.;:)]|$|[ ](?:were|was|are|is|have|had|has|which|that|wurden|sind|waren)\b)/i;

/**
 * "two oral agonists, drugamab and zelbotinib": a small count followed, after its noun and a comma,
 * by a list of names (drugs, companies, trials, indications) that lists it exactly, and must then
 * hold as many names. The list is read only when it is names and joining words from start to end
 * and ends the phrase (a comma, a full stop, the sentence's verb).
 */
function namedCounts(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  const es = model.entities;
  for (let i = 0; i < es.length; i++) {
    const f = es[i];
    if (f.kind !== 'figure' || f.figureKind !== 'count' || typeof f.value !== 'number' || f.comparator || f.denominator !== undefined) continue;
    if (!Number.isInteger(f.value) || f.value < 2 || f.value > 10 || PATIENTS.test(f.unit) || !/s$/i.test(f.unit)) continue;
    // the count's noun phrase runs to a comma, short and with no other number or clause mark
    const comma = text.indexOf(',', f.end);
    if (comma < 0 || comma - f.end > 40 || /[.;:()]/.test(text.slice(f.end, comma))) continue;
    let j = i + 1;
    while (j < es.length && es[j].start < comma) { if (es[j].kind === 'figure') break; j++; }
    if (j >= es.length || es[j].start < comma || !/^,[ ]$/.test(text.slice(comma, es[j].start))) continue;
    const names: typeof es = [];
    let joined = false;
    for (; j < es.length && NAME_KINDS.has(es[j].kind); j++) {
      const e = es[j];
      if (names.length > 0) {
        const gap = text.slice(names[names.length - 1].end, e.start);
        if (!NAME_GAP.test(gap)) break;
        if (/[a-z]/i.test(gap)) joined = true;
      }
      names.push(e);
    }
    if (names.length < 2 || !joined) continue;
    const last = names[names.length - 1];
    // the list must end the phrase: "..., A and B, were" and not "..., A and B-like compounds"
    if (!LIST_END.test(text.slice(last.end, last.end + 12))) continue;
    // the last joining word must close the list, or another name may follow it unread
    if (!/[a-z]/i.test(text.slice(names[names.length - 2].end, last.start))) continue;
    if (names.length === f.value) continue;
    out.push({
      message: `${names.length} named (${names.map(e => model.text.slice(e.start, e.end)).join(', ')}), not the ${f.value} stated.`,
      start: f.start, end: f.end,
      related: names.map(e => ({ start: e.start, end: e.end, message: 'named' })),
      data: { stated: f.value, sum: names.length, parts: names.length }, fixes: [],
    });
  }
  return out;
}

// --- a difference between two compared figures -------------------------------------------------

const DF = words.differences;
const DIFFERENCE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DF.difference)})(?![\\p{L}])`, 'iu');
const VERSUS_WORDS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DF.versus)})(?![\\p{L}])`, 'iu');
/** "an improvement of 20 percentage points" right after two rates: a gain in points is their difference (totals.json differences.pointGains). */
const POINT_GAIN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DF.pointGains)})(?![\\p{L}])`, 'iu');
/** A difference named as absolute ("absolute risk reduction", "risk difference": totals.json differences.namedAbsolute). */
const NAMED_ABSOLUTE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DF.namedAbsolute)})(?![\\p{L}])`, 'iu');
/** Such a name right before the difference's figure, a colon or an equals sign between. */
const ABSOLUTE_LABEL_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DF.namedAbsolute)})\\s*[:=]?\\s*$`, 'iu');
const NOT_ABSOLUTE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DF.notAbsolute)})(?![\\p{L}])`, 'iu');

/**
 * "HbA1c fell by 1.62% versus 1.20% (estimated treatment difference: -0.42%)": a difference stated
 * right after two percentages compared with each other is the one minus the other, whichever way
 * round, within the rounding of the three numbers. The three follow one another in the sentence with
 * no other percentage between; a relative difference is a ratio and not judged.
 */
function differences(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  const plain = (f: FigureEntity) => f.figureKind === 'percent' && typeof f.value === 'number' && !f.comparator;
  for (let inSI = 0, bySentence_2 = bySentence; inSI < bySentence_2.length; inSI++) { const inS = bySentence_2[inSI];
    const pcts = inS.filter(f => f.figureKind === 'percent');
    for (let k = 2; k < pcts.length; k++) {
      const [a, b, d] = [pcts[k - 2], pcts[k - 1], pcts[k]];
      if (!plain(a) || !plain(b) || !plain(d) || a.unit !== '%' || b.unit !== '%') continue;
      const between = text.slice(a.end, b.start), lead = text.slice(b.end, d.start);
      // ("[12 (6.0%) vs 20 (10.0%), RR 0.60, 95% CI 0.3-1.1, ARR 4.0%]": a difference labelled as absolute, right before its
      // figure, in the list of statistics the bracket of the two rates goes on with; the share's own bracket may close first)
      const labelledAbsolute = lead.length <= 120 && ABSOLUTE_LABEL_BEFORE.test(lead) && !/[\])]/.test(lead.replace(/^\s*\)/, '').replace(/\([^()]*\)/g, '').replace(/\[[^\[\]]*\]/g, ''));
      if (labelledAbsolute && between.length <= 100 && VERSUS_WORDS.test(between) && !NOT_ABSOLUTE.test(lead)) {
        judgeDifference(model, a, b, d, '', ['one figure', 'the figure it is compared with'], out);
        continue;
      }
      if (between.length > 100 || lead.length > 60 || !(VERSUS_WORDS.test(between) || armsJoined(a, b, between)) || !(DIFFERENCE.test(lead) || (d.unit === 'percentage points' && POINT_GAIN.test(lead)))) continue;
      if (NOT_ABSOLUTE.test(lead) || (/[;\d]/.test(lead) && !LABELLED_DIFFERENCE.test(lead))) continue;
      judgeDifference(model, a, b, d, '', ['one figure', 'the figure it is compared with'], out, LABELLED_DIFFERENCE.test(lead) ? ADJUSTED_SLACK : 0);
    }
    // "(177/195 [90.8%] vs 187/205 [91.2%]; difference, -0.4; 95% CI ...)": a difference labelled after a semicolon, as
    // abstracts list it, its number written bare
    const labelled = inS.filter(f => plain(f) || (f.figureKind === 'other' && f.unit === '' && typeof f.value === 'number' && !f.comparator));
    for (let k = 2; k < labelled.length; k++) {
      const [a, b, d] = [labelled[k - 2], labelled[k - 1], labelled[k]];
      if (d.figureKind !== 'other' || a.figureKind !== 'percent' || b.figureKind !== 'percent' || a.unit !== '%' || b.unit !== '%') continue;
      const between = text.slice(a.end, b.start), lead = text.slice(b.end, d.start);
      if (between.length > 100 || !VERSUS_WORDS.test(between) || !LABELLED_DIFFERENCE.test(lead) || NOT_ABSOLUTE.test(lead)) continue;
      judgeDifference(model, a, b, d, '', ['one figure', 'the figure it is compared with'], out, ADJUSTED_SLACK);
    }
    // "the difference in median survival was 2.4 months (13.6 months with A versus 11.2 months with B)": a difference of
    // lengths of time named as one, then in brackets the two lengths it is between (a p-value's bracket and the side it
    // favours may stand before them)
    const times = inS.filter(f => f.figureKind === 'duration' && typeof f.value === 'number' && !f.comparator && !f.timepoint && TO_MONTHS[f.unit] !== undefined);
    for (let k = 0; k + 2 < times.length; k++) {
      const [d, a, b] = [times[k], times[k + 1], times[k + 2]];
      if (a.unit !== b.unit) continue;
      const before = text.slice(Math.max(0, d.start - 90), d.start), lead = text.slice(d.end, a.start), between = text.slice(a.end, b.start);
      if (!DIFFERENCE.test(before) || /[.;]\s/.test(before.slice(before.search(DIFFERENCE))) || lead.length > 90 || between.length > 60) continue;
      // (the lead: a bracketed aside or none, then the words up to the bracket the pair opens)
      if (!/\(\s*$/.test(lead) || /\d/.test(lead.replace(/\([^()]*\)/g, '')) || !VERSUS_WORDS.test(between) || inS.some(f => f.start > a.end && f.end <= b.start)) continue;
      if (!/^[^()]{0,40}\)/.test(text.slice(b.end, b.end + 42))) continue;
      const scale = TO_MONTHS[d.unit] / TO_MONTHS[a.unit];
      judgeDifference(model, a, b, { ...d, value: (d.value as number) * scale }, ` ${a.unit}`, ['one figure', 'the figure it is compared with'], out);
    }
    // a difference, then in brackets the two rates it is between: "improved the rate by 20 percentage points over placebo
    // (45 % vs. 25 %)", the difference in points with its link first; or "the absolute risk reduction was 6.0 percentage
    // points (14.0 % vs 8.0 %)", a difference named before its figure (its clause's words, no other number between). A
    // relative one is a ratio
    for (let k = 0; k + 2 < pcts.length; k++) {
      const [d, a, b] = [pcts[k], pcts[k + 1], pcts[k + 2]];
      if (!plain(a) || !plain(b) || !plain(d) || a.unit !== '%' || b.unit !== '%') continue;
      const lead = text.slice(d.end, a.start), between = text.slice(a.end, b.start);
      if (lead.length > 60 || between.length > 30 || !/\(\s*$/.test(lead) || !VERSUS_WORDS.test(between) || !/^\s*\)/.test(text.slice(b.end, b.end + 3))) continue;
      const linked = d.unit === 'percentage points' && POINTS_FIRST_LINK.test(lead) && !NOT_ABSOLUTE.test(lead) && !/[;\d]/.test(lead);
      if (!linked) {
        if (!/^\s*\(\s*$/.test(lead)) continue;
        const before = text.slice(Math.max(0, d.start - 80), d.start);
        const ends = [...before.matchAll(/[.;:!?](?:\s|$)/g)];
        const clause = ends.length ? before.slice(ends[ends.length - 1].index! + 1) : before;
        if (/\d/.test(clause) || !(NAMED_ABSOLUTE.test(clause) || DIFFERENCE.test(clause)) || NOT_ABSOLUTE.test(clause)) continue;
      }
      judgeDifference(model, a, b, d, '', ['one figure', 'the figure it is compared with'], out);
    }
  }
  return out;
}

/** "]; difference, ", "); difference: ": a difference labelled as an item of a list after the two rates (totals.json differences). */
const LABELLED_DIFFERENCE = new RegExp(`^[\\])]?\\s*;\\s*(?:${wordsPattern(DF.difference)})\\s*[,:=]?\\s*$`, 'iu');
/** A labelled difference is often the model's (stratified, adjusted): it may stray this many points from the two rates'. */
const ADJUSTED_SLACK = 1;
const POINTS_FIRST_LINK = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DF.pointsFirstLinks)})(?![\\p{L}])`, 'iu');
const JOINED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(DF.joined)})(?![\\p{L}])`, 'iu');
/** "45 % with drug A and 25 % with placebo": two rates of one endpoint joined by "and", each of its own arm (or the drug's and an arm's). */
function armsJoined(a: FigureEntity, b: FigureEntity, between: string): boolean {
  return JOINED.test(between) && !between.includes(';') && armsOfOneEndpoint(a, b);
}

/** Right after a length of time: "difference" and the two groups it is between ("a 3-week difference between both arms"). */
const DIFFERENCE_BETWEEN_TWO = new RegExp(`^(?:[ -]?(?:month|months|week|weeks|day|days|year|years|Monate?n?|mois|semaines?))?[ -](?:${wordsPattern(DF.difference)})[ ](?:${wordsPattern(DF.betweenTwo)})(?![\\p{L}])`, 'iu');

/**
 * "Median OS was 14.2 months with drug A and 11.1 months with placebo. The 3.1-month difference between
 * the two arms ...": a difference of lengths of time that refers to the two groups of the sentence
 * before is the one minus the other, when that sentence (of the same paragraph) states exactly two
 * such lengths and its own sentence no other.
 */
function differencesBetweenTwo(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  const plain = (f: FigureEntity) => f.figureKind === 'duration' && typeof f.value === 'number' && !f.comparator && !f.timepoint;
  for (let si = 1; si < bySentence.length; si++) {
    // ("a 3.1-month difference": the adjective form, read as a point in time elsewhere, is the difference's length here)
    const own = bySentence[si].filter(f => f.figureKind === 'duration' && typeof f.value === 'number' && !f.comparator);
    if (own.length !== 1) continue;
    const d = own[0];
    if (!DIFFERENCE_BETWEEN_TWO.test(text.slice(d.end, d.end + 80))) continue;
    if (paragraphIndexAt(model, model.sentences[si - 1].start) !== paragraphIndexAt(model, model.sentences[si].start)) continue;
    const two = bySentence[si - 1].filter(f => plain(f) && f.unit === d.unit);
    if (two.length !== 2) continue;
    judgeDifference(model, two[0], two[1], d, ` ${d.unit}`, ['one group\u2019s figure', 'the other group\u2019s'], out);
  }
  return out;
}

/** A stated difference d against a and b, whichever way round, within the rounding of the three numbers. */
function judgeDifference(model: DocumentModel, a: FigureEntity, b: FigureEntity, d: FigureEntity, unit: string, roles: [string, string], out: CheckFinding[], slack = 0): void {
  const diff = Math.abs((a.value as number) - (b.value as number));
  const stated = Math.abs(d.value as number);
  const room = [a, b, d].reduce((x, f) => x + halfUnit(model.text.slice(f.start, f.end)), 0) + slack;
  if (Math.abs(diff - stated) <= room + 1e-9) return;
  out.push({
    message: `${model.text.slice(a.start, a.end)} and ${model.text.slice(b.start, b.end)} differ by ${Number(diff.toFixed(4))}${unit}, not the stated difference ${model.text.slice(d.start, d.end)}.`,
    start: d.start, end: d.end,
    related: [{ start: a.start, end: a.end, message: roles[0] }, { start: b.start, end: b.end, message: roles[1] }],
    data: { sum: diff, stated }, fixes: [],
  });
}

// --- tables -------------------------------------------------------------------------------------

const NOT_A_PART = /\b(?:of which|thereof|incl|including|davon|growth|change|margin|per|average|mean|median)\b|%/i;

/** A table's head or row label that states a total: "Total", "Total (n=120)", "Total discontinued". */
const TOTAL_HEAD = /^[\s|*_]*(?:total|overall|gesamt|insgesamt|totalt|i alt|yhteensä)(?![\p{L}])/iu;
/** A row that sums the rows above it: its label opens or ends on a word of total, or is a word of the whole group only (totals.json totalRows). */
const TOTAL_ROW = new RegExp(`^(?:(?:${wordsPattern(words.totalRows.edge)})(?![\\p{L}])|.*(?<![\\p{L}])(?:${wordsPattern(words.totalRows.edge)})$|(?:${wordsPattern(words.totalRows.whole)})$)`, 'iu');
/** A column head naming an arm: its size ("n = 60", "N=60") or a word of arms (people.json splits.armEvidence). */
const ARM_HEAD = new RegExp(`(?<![\\p{L}])(?:n\\s?=|${wordsPattern(peopleWords.splits.armEvidence)})(?![\\p{L}])`, 'iu');
/** The column of each arm table that totals the others. */
const TOTAL_COLUMNS = new WeakMap<Table, number>();

/**
 * "| | AB-101 (n=60) | Placebo (n=60) | Total (n=120) |": in a table of arms, a total column's count in each row is the
 * sum of the arms' counts (a patient is in one arm). Rows of whole counts only, one a column; rows of means, medians or
 * rates are no sums.
 */
function columnTotals(model: DocumentModel, t: Table): CheckFinding[] {
  const out: CheckFinding[] = [];
  const tc = TOTAL_COLUMNS.get(t);
  if (tc === undefined) return out;
  const cols = t.columns.length;
  const countCell = (f: FigureEntity) => (f.figureKind === 'count' || (f.figureKind === 'other' && f.unit === '')) && typeof f.value === 'number'
    && Number.isInteger(f.value) && !f.comparator && !/[.,]\d/.test(model.text.slice(f.start, f.end));
  for (let rowI = 0, rows_ = t.rows; rowI < rows_.length; rowI++) { const row = rows_[rowI];
    if (row.cells.length !== cols || NOT_A_PART.test(row.label) || !row.cells.every(countCell)) continue;
    const total = row.cells[tc];
    const parts = row.cells.filter((_, c) => c !== tc);
    const head = (c: number) => model.text.slice(t.columns[c].start, t.columns[c].end).replace(/\s+/g, ' ').trim();
    const found = totalColumnFinding(row.label, parts, total, head(tc), f => head(row.cells.indexOf(f)));
    if (found) out.push(found);
  }
  return out;
}

/** A total column's count against the sum of the other columns' in its row, or undefined when they agree. */
function totalColumnFinding(label: string, parts: FigureEntity[], total: FigureEntity, totalHead: string, headOf: (f: FigureEntity) => string): CheckFinding | undefined {
  const sum = parts.reduce((a, f) => a + (f.value as number), 0);
  if (sum === total.value) return undefined;
  return {
    message: `${label}: ${parts.map(f => f.value).join(' + ')} = ${sum}, not the ${total.value} of the ${totalHead} column.`,
    start: total.start, end: total.end,
    related: parts.map(f => ({ start: f.start, end: f.end, message: `${headOf(f)}: ${f.value}` })),
    data: { sum, stated: total.value as number, parts: parts.length }, fixes: [],
  };
}

/** A test of figures in the document's order (positions never decrease) for lying inside one of the structure's tables: one walk over the tables. */
function insideTablesWalk(model: DocumentModel): (f: FigureEntity) => boolean {
  const tables = model.tables ?? [];
  let t = 0;
  return f => {
    while (t < tables.length && tables[t].end <= f.start) t++;
    return t < tables.length && tables[t].start <= f.start && f.end <= tables[t].end;
  };
}

/**
 * columnTotals for the tables the binder read from lines of text (no structure's table: "n 60 58 118" under "Acmezumab
 * n = 60 Placebo n = 58 Total N = 118"): in a row whose first figure in each column is a whole count, the one column
 * headed by a word of total holds the sum of the others, when there are two others at least and every one of them is
 * an arm (its cells bound to a drug, a placebo or an arm's name) and the row is no rate's, mean's or median's. The
 * header's sizes are held to each other the same way.
 */
/** A group's size as a header writes it: "N=300", "(n = 160)". */
const SIZE_FIGURE = /^\(?[nN]\s?=\s?\d/;

function flatColumnTotals(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const figures = figuresOf(model);
  // each row's cells: a row is a label's run of figures on one line
  let row: FigureEntity[] = [];
  const flush = () => {
    const cells = row;
    row = [];
    if (cells.length < 3 || NOT_A_PART.test(cells[0].table!.row)) return;
    const totals = cells.filter(f => TOTAL_HEAD.test(f.table!.column));
    if (totals.length !== 1) return;
    const total = totals[0], parts = cells.filter(f => f !== total);
    if (parts.length < 2 || new Set(cells.map(f => f.table!.column)).size !== cells.length) return;
    const whole = (f: FigureEntity) => f.figureKind === 'count' && typeof f.value === 'number' && Number.isInteger(f.value) && !f.comparator && f.denominator === undefined && !/[.,]\d/.test(model.text.slice(f.start, f.end));
    if (!cells.every(whole) || !parts.every(f => f.binding.drug || f.binding.arm)) return;
    const found = totalColumnFinding(total.table!.row.trim(), parts, total, total.table!.column.trim(), f => f.table!.column.trim());
    if (found) out.push(found);
  };
  // a header line of the groups' sizes ("Acmezumab N=160 Placebo N=140 Overall N=300"), its arms bound by the table's
  // reader: the pooled group's size is the arms' sum, as a total column's count is
  const headerRow: FigureEntity[] = [];
  const flushHeader = () => {
    const sizes = headerRow.splice(0);
    if (sizes.length < 3) return;
    const named = sizes.map((f, i) => ({ f, name: model.text.slice(i > 0 ? sizes[i - 1].end : model.text.lastIndexOf('\n', f.start) + 1, f.start).trim() }));
    // (the first group's name after the header's corner word: "Characteristic Overall")
    for (const x of named) if (!TOTAL_HEAD.test(x.name) && TOTAL_HEAD.test(x.name.split(/\s+/).pop() ?? '')) x.name = x.name.split(/\s+/).pop()!;
    const totals = named.filter(x => TOTAL_HEAD.test(x.name));
    if (totals.length !== 1) return;
    const parts = named.filter(x => x !== totals[0]).map(x => x.f);
    if (parts.length < 2 || !parts.every(f => f.binding.drug || f.binding.arm)) return;
    const total = totals[0].f;
    const sum = parts.reduce((a, f) => a + (f.value as number), 0);
    if (sum === total.value) return;
    out.push({
      message: `${parts.map(f => f.value).join(' + ')} = ${sum}, not the ${total.value} of the group \u201c${totals[0].name}\u201d that pools the arms.`,
      start: total.start, end: total.end,
      related: parts.map(f => ({ start: f.start, end: f.end, message: `arm: ${f.value}` })),
      data: { sum, stated: total.value as number, parts: parts.length }, fixes: [],
    });
  };
  let inTables = insideTablesWalk(model);
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    if (!f.table && f.figureKind === 'count' && Number.isInteger(f.value) && SIZE_FIGURE.test(f.text) && !inTables(f)) {
      if (headerRow.length && model.text.slice(headerRow[headerRow.length - 1].end, f.start).includes('\n')) flushHeader();
      headerRow.push(f);
    } else flushHeader();
  }
  flushHeader();
  inTables = insideTablesWalk(model);
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k], prev = figures[k - 1];
    if (!f.table || inTables(f)) { flush(); continue; }
    // (a cell's later figures, its share or spread in brackets, are no cell of their own)
    if (prev && prev.table && prev.table.row === f.table.row && prev.table.column === f.table.column) continue;
    if (row.length && (row[0].table!.row !== f.table.row || model.text.slice(row[row.length - 1].end, f.start).includes('\n'))) flush();
    row.push(f);
  }
  flush();
  return out;
}

/** Tables of whole counts, whose cells have no rounding room. */
const EXACT_TABLES = new WeakSet<Table>();

/** Rounding room of a table cell, in its value's units. */
function cellRoom(model: DocumentModel, f: FigureEntity, exact = false): number {
  if (exact) return 0;
  const v = f.value as number;
  return f.figureKind === 'money' ? precisionOf(model.text.slice(f.start, f.end), v) : 0.5 * 10 ** -decimalsOf(model.text.slice(f.start, f.end));
}

/**
 * The structure reader's tables whose columns are not periods (arms, cohorts, sites: "AB-101 (n=60)", "Placebo"): each row
 * one figure a column (a count's share in brackets beside it left out), for their "Total" rows. Tables of periods are
 * tablesOf's.
 */
function columnTables(model: DocumentModel): Table[] {
  const out: Table[] = [];
  if (!model.tables?.length) return out;
  const figures = figuresOf(model);
  // the figures within a cell
  const inSpan = (span: { start: number; end: number }) => itemsWithin(figures, span.start, span.end);
  for (let tI = 0; tI < model.tables.length; tI++) { const t = model.tables[tI];
    const header = t.header[t.header.length - 1];
    if (!header || header.cells.length < 2) continue;
    const heads = header.cells.slice(1);
    const headFigures = heads.map(c => inSpan(c));
    // (a header of periods is tablesOf's)
    if (headFigures.every(fs => fs.length === 1 && fs[0].figureKind === 'date')) continue;
    const totalColumn = heads.findIndex(c => TOTAL_HEAD.test(model.text.slice(c.start, c.end)));
    if (totalColumn < 0 && !t.rows.some(r => r.cells.length > 0 && TOTAL_ROW.test(model.text.slice(r.cells[0].start, r.cells[0].end).replace(/[|*_\s]+/g, ' ').trim().replace(/\s*:$/u, '')))) continue;
    const rows: TableRow[] = [];
    for (let rI = 0, rows_ = t.rows; rI < rows_.length; rI++) { const r = rows_[rI];
      if (r.cells.length < 2) continue;
      const label = model.text.slice(r.cells[0].start, r.cells[0].end).replace(/[|*_\s]+/g, ' ').trim();
      const cells: FigureEntity[] = [];
      let one = true;
      for (let cI = 0, cList = r.cells.slice(1); cI < cList.length; cI++) { const c = cList[cI];
        const fs = inSpan(c).filter(f => f.figureKind !== 'percent');
        if (fs.length !== 1) { one = false; break; }
        cells.push(fs[0]);
      }
      if (!label) continue;
      // a row that is not one figure a column is a heading when it has none, else no row to sum
      rows.push({ label, cells: one ? cells : [], line: 0 });
    }
    const columns = heads.map(c => ({ start: c.start, end: c.end }) as unknown as FigureEntity);
    if (!rows.length) continue;
    const table: Table = { columns, rows };
    // the other columns must be the study's arms (a drug, placebo or an arm named, or each its n): columns of grades or
    // of relatedness may count one patient in several
    const armHead = (c: { start: number; end: number }) => ARM_HEAD.test(model.text.slice(c.start, c.end))
      || model.entities.some(e => e.kind === 'drug' && e.start >= c.start && e.end <= c.end);
    if (totalColumn >= 0 && heads.length >= 3 && heads.every((c, k) => k === totalColumn || armHead(c))) TOTAL_COLUMNS.set(table, totalColumn);
    // counts of people or events in whole numbers are exact: no rounding room between the rows and their total
    if (rows.every(r => r.cells.every(f => f.figureKind !== 'money' && Number.isInteger(f.value) && !/[.,]\d/.test(model.text.slice(f.start, f.end))))) EXACT_TABLES.add(table);
    out.push(table);
  }
  return out;
}

/** A "Total" row against the rows above it (since the header or the last total), column by column. */
function tableTotals(model: DocumentModel, t: Table): CheckFinding[] {
  const out: CheckFinding[] = [];
  const cols = t.columns.length;
  const exact = EXACT_TABLES.has(t);
  let from = 0;
  for (let r = 0; r < t.rows.length; r++) {
    const row = t.rows[r];
    if (!TOTAL_ROW.test(row.label.trim().replace(/\s*[:*]+$/u, ''))) continue;
    let above = t.rows.slice(from, r);
    from = r + 1;
    // a row with no cells is a section's heading ("Operating expenses:"): the total sums the rows under it
    const heading = above.map(p => p.cells.length === 0).lastIndexOf(true);
    if (heading >= 0) above = above.slice(heading + 1);
    if (row.cells.length !== cols || above.length < 2) continue;
    const kind = row.cells[0].figureKind;
    const unit = row.cells[0].unit;
    const same = (f: FigureEntity) => f.figureKind === kind && f.unit === unit && typeof f.value === 'number' && !f.comparator;
    if (kind === 'percent' || !row.cells.every(same) || above.some(p => p.cells.length !== cols || !p.cells.every(same) || NOT_A_PART.test(p.label))) continue;
    // each column's sums and rounding rooms of the rows from k to the total, built once from the bottom up
    const suffix = Array.from({ length: cols }, (_, c) => {
      const sums = new Array<number>(above.length + 1).fill(0), rooms = new Array<number>(above.length + 1).fill(0);
      for (let k = above.length - 1; k >= 0; k--) { const f = above[k].cells[c]; sums[k] = sums[k + 1] + (f.value as number); rooms[k] = rooms[k + 1] + cellRoom(model, f, exact); }
      return { sums, rooms, own: cellRoom(model, row.cells[c], exact) };
    });
    const fits = (k: number, c: number) => {
      const { sums, rooms, own } = suffix[c];
      return Math.abs(sums[k] - (row.cells[c].value as number)) <= own + rooms[k] + 1e-9 * Math.abs(sums[k]);
    };
    // a total may sum only the rows right above it ("Revenue" above "R&D", "G&A", "Total operating expenses", the
    // section's heading lost in a copy): its parts start at the row from which most columns add up, the first such
    let start = 0, best = -1;
    for (let k = 0; k + 2 <= above.length; k++) {
      let n = 0;
      for (let c = 0; c < cols; c++) if (fits(k, c)) n++;
      if (n > best) { best = n; start = k; }
    }
    if (best === 0) start = 0;
    const parts = above.slice(start);
    for (let c = 0; c < cols; c++) {
      const total = row.cells[c];
      const cells = parts.map(p => p.cells[c]);
      const sum = cells.reduce((a, f) => a + (f.value as number), 0);
      if (fits(start, c)) continue;
      const col = model.text.slice(t.columns[c].start, t.columns[c].end);
      out.push({
        message: `${col}: ${parts.map(p => p.label).join(' + ')} = ${fmtValue(sum, total)}, not the ${row.label} ${model.text.slice(total.start, total.end)}.`,
        start: total.start, end: total.end,
        related: cells.map((f, i) => ({ start: f.start, end: f.end, message: `${parts[i].label}: ${model.text.slice(f.start, f.end)}` })),
        data: { sum, stated: total.value as number, parts: cells.length }, fixes: [],
      });
    }
  }
  return out;
}

const CASES = /\b(?:cases|patients|addressable|eligible|treated|population|incidence|prevalence)\b/i;
const SHARE = /\b(?:penetration|share|uptake|adoption)\b/i;
const PRICE = /\b(?:price|cost|WAC)\b/i;
const REVENUE = /\b(?:revenues?|sales)\b/i;
const NOT_THE_PRODUCT = /\b(?:peak|potential|global|cumulative|worldwide)\b/i;

/**
 * A forecast table's explicit product: cases \u00d7 penetration \u00d7 price against its revenue row,
 * column by column, within the rounding of every cell (a written revenue may be the product
 * rounded or truncated). Rows with fewer cells than columns are tried right- and left-aligned,
 * and every row of cases is tried (incidence, relapsed cases, addressable market): reported only
 * when no reading makes every column add up.
 */
function tableProducts(model: DocumentModel, t: Table): CheckFinding[] {
  const cols = t.columns.length;
  const isNum = (r: TableRow, kinds: string[]) => r.cells.every(f => kinds.includes(f.figureKind) && typeof f.value === 'number' && !f.comparator);
  const cases = t.rows.filter(r => CASES.test(r.label) && !SHARE.test(r.label) && !PRICE.test(r.label) && isNum(r, ['count', 'other']));
  const share = t.rows.filter(r => SHARE.test(r.label) && isNum(r, ['percent']));
  const price = t.rows.filter(r => PRICE.test(r.label) && isNum(r, ['money']));
  const revenue = t.rows.filter(r => REVENUE.test(r.label) && !NOT_THE_PRODUCT.test(r.label) && !PRICE.test(r.label) && isNum(r, ['money']));
  if (cases.length === 0 || share.length !== 1 || price.length !== 1 || revenue.length !== 1) return [];
  const [sh, pr, rev] = [share[0], price[0], revenue[0]];
  if (pr.cells[0].unit !== rev.cells[0].unit) return [];
  type Failure = { col: number; c: TableRow; at: FigureEntity; product: number };
  // the reading with the fewest columns that do not add up; on a tie, the row of cases nearest above
  // the penetration row (the addressable market), then cells right-aligned (a forecast's first year has none)
  let best: { failures: Failure[]; rank: number } | undefined;
  const ranked = [...cases].sort((a, b) => distance(a, sh) - distance(b, sh));
  for (const [ci, c] of ranked.entries()) {
    // short rows of one length sit alike (a price row and its revenue row both start in the same column)
    const lengths = [...new Set([c, sh, pr, rev].map(r => r.cells.length).filter(n => n < cols))];
    for (let choice = 0; choice < 1 << lengths.length; choice++) {
      const place = (r: TableRow) => { const ways = placements(r, cols); return ways.length === 1 ? ways[0] : ways[(choice >> lengths.indexOf(r.cells.length)) & 1]; };
      const [pc, ps, pp, pv] = [place(c), place(sh), place(pr), place(rev)];
      const cell = (row: TableRow, where: number[], col: number) => { const i = where.indexOf(col); return i < 0 ? undefined : row.cells[i]; };
      let complete = 0;
      const failures: Failure[] = [];
      for (let col = 0; col < cols; col++) {
        const [a, b, p, r] = [cell(c, pc, col), cell(sh, ps, col), cell(pr, pp, col), cell(rev, pv, col)];
        if (!a || !b || !p || !r) continue;
        complete++;
        const [va, vb, vp, vr] = [a, b, p, r].map(f => f.value as number);
        const [da, db, dp, dr] = [a, b, p, r].map(f => cellRoom(model, f));
        const lo = Math.max(0, va - da) * Math.max(0, vb - db) / 100 * Math.max(0, vp - dp);
        const hi = (va + da) * (vb + db) / 100 * (vp + dp);
        // the written revenue is the product rounded (within dr) or truncated (up to 2 dr below it)
        if (hi >= vr - dr && lo <= vr + 2 * dr) continue;
        failures.push({ col, c, at: r, product: va * vb / 100 * vp });
      }
      if (complete === 0) continue;
      if (failures.length === 0) return [];
      const rank = ci * 2 + choice;
      if (!best || failures.length < best.failures.length || (failures.length === best.failures.length && rank < best.rank)) best = { failures, rank };
    }
  }
  if (!best) return [];
  return best.failures.map(({ col, c, at, product }) => ({
    message: `${model.text.slice(t.columns[col].start, t.columns[col].end)}: ${c.label} \u00d7 ${sh.label} \u00d7 ${pr.label} = ${fmtValue(product, at)}, not the ${rev.label} ${model.text.slice(at.start, at.end)}.`,
    start: at.start, end: at.end,
    related: [c, sh, pr].map(r => ({ start: r.cells[0].start, end: r.cells[r.cells.length - 1].end, message: r.label })),
    data: { product, stated: at.value as number }, fixes: [],
  }));
}

/** How far a row is from another, rows above it first. */
function distance(r: TableRow, to: TableRow): number {
  return r.line <= to.line ? to.line - r.line : 1000 + r.line - to.line;
}

function fmtValue(v: number, like: FigureEntity): string {
  return like.figureKind === 'money' ? short(v, like.unit) : String(Number(v.toFixed(2)));
}

// --- the n-th of something and the earlier ones -------------------------------------------------

const ORD = words.ordinals;
const ORDINAL_NUMBER = new Map(Object.entries(ORD.numbers).map(([w, n]) => [w.toLowerCase(), n as number]));
/** "the fifth designation": a determiner, an ordinal (not "second-largest"), and the word after it. */
const ORDINAL = new RegExp(`(?<![\\p{L}\\d])(?:${wordsPattern(ORD.determiners)})\\s+(${wordsPattern(Object.keys(ORD.numbers))})(?![\\p{L}\\d-])[ ]?([\\p{L}]*)`, 'giu');
const NOT_COUNTED = new Set(ORD.notCounted.map(w => w.toLowerCase()));
const PRIOR = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(ORD.prior)})(?![\\p{L}])`, 'iu');
const OTHERS = new Set(ORD.others.map(w => w.toLowerCase()));
const INCOMPLETE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(ORD.incomplete)})(?![\\p{L}])`, 'iu');
/** The future tense and words of plans ("filings planned", "expected"): counts of events still to come. */
// (a trie behind the pattern: the compiled alternation of these forms is large)
const FUTURE = lexiconRegExp([...dateWords.future.words, ...dateWords.planned.words], 'iu', NOT_AFTER_LETTER, NOT_BEFORE_LETTER);
/** "this year", "this quarter": an ordinal counted within a span of time. */
const SCOPED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(ORD.spans)})(?![\\p{L}])`, 'iu');
const BULLET = /^(?:[\u2022\u00b7*\u2013\u2014-]|\d{1,2}[.)])\s/;

/**
 * "This marks the eighth designation, after seven earlier ones": the n-th event comes after n - 1
 * earlier ones, so a count of earlier (additional, previous) ones in its sentence, or a list of
 * them that the sentence or the next one opens with a colon, must hold n - 1. The count or list must
 * be of earlier events (a word such as "previously" in its sentence, no future tense), and a list
 * of some of them ("including:") is never judged.
 */
function ordinalCounts(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const bySentence = figuresBySentence(model);
  for (let itemI = 0, itemList = paragraphMatches(ORDINAL, text); itemI < itemList.length; itemI++) { const { match: m, index } = itemList[itemI];
    if (NOT_COUNTED.has(m[2].toLowerCase())) continue;
    const n = ORDINAL_NUMBER.get(m[1].toLowerCase());
    if (n === undefined) continue;
    const gap = m[0].search(/\s/);
    const start = index + gap + m[0].slice(gap).search(/\S/);
    const end = start + m[1].length;
    const si = sentenceIndexAt(model, start);
    if (si < 0) continue;
    const s = model.sentences[si];
    // the words around the ordinal in its sentence (a sentence of thousands of characters, a table
    // glued into one, is not read whole for each ordinal)
    const sentence = text.slice(Math.max(s.start, start - 400), Math.min(s.end, end + 400));
    // the ordinal's noun phrase: its words, and whether it is counted within a span of time ("the
    // third acquisition this year" is no count of all acquisitions)
    const phrase = text.slice(end, Math.min(s.end, end + 40));
    const nounStems = phrase.split(/[^\p{L}]+/u).filter(w => w.length >= STEM).slice(0, 3).map(w => w.toLowerCase().slice(0, STEM));
    const scoped = /(?:^|[^\d])(?:19|20)\d\d(?!\d)/.test(phrase) || SCOPED.test(phrase);
    // a count of the earlier ones in the sentence: "in six additional tumour types"
    if (!scoped && PRIOR.test(sentence) && !FUTURE.test(sentence)) {
      for (let fI = 0, fList = bySentence[si]; fI < fList.length; fI++) { const f = fList[fI];
        if ((f.figureKind !== 'count' && !(f.figureKind === 'other' && f.unit === '')) || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.comparator || f.denominator !== undefined) continue;
        const after = text.slice(f.start, f.end + 25).split(/\s+/).slice(1, 3).map(w => w.toLowerCase().replace(/[^\p{L}]/gu, ''));
        if (!after.some(w => OTHERS.has(w)) || f.value === n - 1) continue;
        out.push({
          message: `The ${m[1]} comes after ${n - 1} earlier ones, not ${f.value}.`,
          start: f.start, end: f.end, related: [{ start, end, message: `the ${m[1]}` }],
          data: { stated: f.value, sum: n - 1, parts: n - 1 }, fixes: [],
        });
      }
    }
    // a list of the earlier ones after a colon closing this sentence or the next, of the ordinal's own
    // events (a word of its noun phrase, stem for stem, in the list's sentence)
    for (let liI = 0, liList = scoped || nounStems.length === 0 ? [] : [si, si + 1]; liI < liList.length; liI++) { const li = liList[liI];
      const ls = model.sentences[li];
      if (!ls || (li !== si && paragraphIndexAt(model, ls.start) !== paragraphIndexAt(model, s.start))) continue;
      const lt = text.slice(ls.start, ls.end).trimEnd();
      if (!lt.endsWith(':') || !PRIOR.test(lt) || INCOMPLETE.test(lt) || FUTURE.test(lt)) continue;
      if (li !== si && !nounStems.some(stem => lt.toLowerCase().includes(stem))) continue;
      const items = listAfter(text, ls.start + text.slice(ls.start, ls.end).lastIndexOf(':') + 1);
      if (items.length < 2 || items.length === n - 1) break;
      out.push({
        message: `The ${m[1]} comes after ${n - 1} earlier ones, but ${items.length} are listed.`,
        start, end, related: items.map(([a, b]) => ({ start: a, end: b, message: 'listed' })),
        data: { stated: n, sum: items.length + 1, parts: items.length }, fixes: [],
      });
      break;
    }
  }
  return out;
}

/**
 * The items of a list opened by a colon: lines that start with a bullet or a number, or blocks of
 * lines each ended by a semicolon but the last. Empty when what follows is no such list.
 */
function listAfter(text: string, from: number): [number, number][] {
  const items: [number, number][] = [];
  let bullets: boolean | undefined;
  let at = from;
  const limit = Math.min(text.length, from + 4000);
  while (at < limit && items.length < 50) {
    // within the window only, so a text without line breaks is not searched to its end for each list
    const nl = text.slice(at, limit).indexOf('\n');
    const eol = nl < 0 ? limit : at + nl;
    const line = text.slice(at, eol);
    const lineStart = at;
    at = eol + 1;
    // a line of a lone semicolon, or the blank lines between items
    const body = line.replace(/^[\s;\uff1b]+/, '').trimEnd();
    if (body.length === 0) continue;
    const lead = lineStart + line.indexOf(body);
    if (bullets === undefined) bullets = BULLET.test(body);
    if (bullets) {
      if (!BULLET.test(body)) break;
      items.push([lead, lead + body.length]);
      continue;
    }
    items.push([lead, lead + body.length]);
    // a semicolon (or "; and") ends every item but the last
    if (!/[;\uff1b](?:\s*(?:and|or|und|oder|et|og|och|en))?$/i.test(body)) break;
  }
  if (!bullets && items.length > 0) {
    // a first block not closed by a semicolon is prose, not a list
    const [a, b] = items[0];
    if (items.length === 1 || !/[;\uff1b](?:\s*\p{L}+)?$/u.test(text.slice(a, b))) return [];
  }
  return items;
}

// --- a whole stated, then its parts in the next sentence ---------------------------------------------

/** A sentence that opens with a definite subject of a few words and a verb of composition: "The round consisted of". */
const DEFINITE_THEN_PARTS = new RegExp(`^\\s*(?:${wordsPattern(claimWords.definite)})\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+\\s+(?:${wordsPattern(words.wholeThenParts.words)})\\s`, 'iu');

/**
 * "Acme raised $100 million in a financing." then "The round consisted of $60 million from new
 * investors and $30 million from existing ones.": a sentence whose definite subject is made up of
 * the sums it lists refers to the one sum the sentence before states, in its paragraph; the parts
 * must add up to it within the rounding written.
 */
/** Words at most between a definite subject and the verb of composition its predicate ends with. */
const MAX_SUBJECT_WORDS = 12;
const COMPOSED_OF = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.wholeThenParts.words)})\\s*$`, 'iu');
/** A verb of inclusion ending a definite subject's predicate: "The round included", "Die Summe umfasst davon": parts that may leave some out, never exceed. */
const INCLUDES = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...words.wholeThenSubsets.words, ...words.inclusionVerbs.words])})\\s*$`, 'iu');
const DEFINITE_OPEN = new RegExp(`^\\s*(?:${wordsPattern([...claimWords.definite, ...claimWords.referringBack, ...words.wholeThenParts.totalSubjects])})\\s`, 'iu');

/**
 * "These payments are not conditional and consist of ...": a definite subject whose predicate, a
 * few words on, ends in a verb of composition right before the parts (no comma or number between).
 */
function definiteSubjectComposedOf(lead: string, verb: RegExp = COMPOSED_OF): boolean {
  // the parts' own words may open the list ("consist of an upfront payment of"): the verb is looked for before them
  const open = DEFINITE_OPEN.exec(lead);
  if (!open) return false;
  const words = lead.slice(open[0].length).split(/\s+/).filter(Boolean);
  for (let k = 1; k <= Math.min(words.length, MAX_SUBJECT_WORDS + 4); k++) {
    const upTo = words.slice(0, k).join(' ');
    if (/[,;:()]/.test(upTo)) return false;
    if (k >= 2 && verb.test(upTo)) return k - 1 <= MAX_SUBJECT_WORDS;
  }
  return false;
}

/** A sum written plainly (or "about"), outside a table: one that may be a whole or a part. */
const plainSum = (f: FigureEntity) => f.figureKind === 'money' && typeof f.value === 'number' && (!f.comparator || f.comparator === '~') && !f.table;
/**
 * Parts set against the whole they split: undefined when they fit it within the rounding of every written number (a
 * whole written "about" with five times its room), adding up to it when `exhaustive`, to no more otherwise; else their
 * total and the whole.
 */
function splitMisfit(model: DocumentModel, whole: FigureEntity, parts: FigureEntity[], exhaustive: boolean): { total: number; stated: number } | undefined {
  const total = parts.reduce((a, f) => a + (f.value as number), 0);
  const stated = whole.value as number;
  const room = precisionOf(model.text.slice(whole.start, whole.end), stated) * (whole.comparator === '~' ? APPROX_ROOM : 1) + parts.reduce((a, f) => a + precisionOf(model.text.slice(f.start, f.end), f.value as number), 0);
  return (exhaustive ? Math.abs(total - stated) <= room : total <= stated + room) ? undefined : { total, stated };
}

const OTW = words.ofTheWhole;
/** A sentence opened by "Of the", its sum right after. */
const OF_THE_WHOLE = new RegExp(`^[\\s"\u201c\u201e]*(?:${wordsPattern(OTW.openers)})\\s+$`, 'iu');
/** Right before the last part: its word of the rest ("and the remaining $150 million"). */
const REMAINDER = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(OTW.remainders)})\\s+$`, 'iu');
/** Between the whole and its comma: a few words of its noun, no figure. */
const MAX_WHOLE_WORDS = 60;

/**
 * "Of the $200 million upfront payment, $50 million was paid at signing and the remaining $150 million at closing.": a
 * sentence that opens with "Of the" and a sum, and then states sums of its currency after the comma, splits that sum:
 * the parts add up to it when the last is its remainder ("the remaining", "the balance": totals.json ofTheWhole), and
 * never to more. Judged within the rounding of every written number; only when every other sum of the sentence is a part.
 */
function partsOfTheWholeOpening(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  for (let si = 0; si < bySentence.length; si++) {
    const s = model.sentences[si];
    const money = bySentence[si].filter(f => f.figureKind === 'money');
    if (money.length < 3 || !money.every(plainSum)) continue;
    const [whole, ...parts] = money;
    if (!OF_THE_WHOLE.test(text.slice(s.start, whole.start)) || parts.some(f => f.unit !== whole.unit)) continue;
    const comma = text.indexOf(',', whole.end);
    if (comma < 0 || comma > parts[0].start || comma - whole.end > MAX_WHOLE_WORDS || /\d/.test(text.slice(whole.end, comma))) continue;
    const exhaustive = REMAINDER.test(text.slice(Math.max(s.start, parts[parts.length - 1].start - 30), parts[parts.length - 1].start));
    const misfit = splitMisfit(model, whole, parts, exhaustive);
    if (!misfit) continue;
    const { total, stated } = misfit;
    out.push({
      message: `${parts.map(f => short(f.value as number, f.unit)).join(' + ')} = ${short(total, whole.unit)}, ${exhaustive ? 'not' : 'more than'} the ${short(stated, whole.unit)} the sentence splits${exhaustive ? ' (the last is its remainder)' : ''}.`,
      start: parts[parts.length - 1].start, end: parts[parts.length - 1].end,
      related: [{ start: whole.start, end: whole.end, message: 'the whole' }, ...parts.slice(0, -1).map(f => ({ start: f.start, end: f.end, message: 'a part' }))],
      data: { total, stated }, fixes: [],
    });
  }
  return out;
}

function partsOfTheWholeBefore(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  for (let si = 1; si < bySentence.length; si++) {
    const s = model.sentences[si];
    const inS = bySentence[si];
    const parts = inS.filter(plainSum);
    if (parts.length < 2 || parts.length !== inS.filter(f => f.figureKind === 'money').length) continue;
    const lead = text.slice(s.start, parts[0].start);
    if (/\d/.test(lead)) continue;
    // "The round consisted of A and B" lists all of the sum; "The round included A and B" some of it, never more
    const exhaustive = DEFINITE_THEN_PARTS.test(lead) || definiteSubjectComposedOf(lead);
    if (!exhaustive && !definiteSubjectComposedOf(lead, INCLUDES)) continue;
    // the sums of the parts' currency in the nearest sentence before that states any, in the paragraph, one sentence
    // between at most (the sum restated in another currency beside it is the same sum: "$3.5 billion (about EUR 3.1 billion)")
    let before: FigureEntity[] = [];
    for (let k = si - 1; k >= Math.max(0, si - 2) && before.length === 0; k--) {
      if (paragraphIndexAt(model, model.sentences[k].start) !== paragraphIndexAt(model, s.start)) break;
      before = bySentence[k].filter(f => f.figureKind === 'money' && f.unit === parts[0].unit);
    }
    if (before.length !== 1 || !plainSum(before[0])) continue;
    const whole = before[0];
    if (parts.some(f => f.unit !== whole.unit)) continue;
    // the parts a list: short gaps, the last two joined by a conjunction
    let listed = true;
    // (every sum of the sentence is a part, so a part may carry a longer label: "an investment of A from new and existing
    // investors, including one fund, and B")
    for (let k = 0; k + 1 < parts.length; k++) if (text.slice(parts[k].end, parts[k + 1].start).length > MAX_LISTED_GAP || /[;:]/.test(text.slice(parts[k].end, parts[k + 1].start))) listed = false;
    if (!listed || !AND.test(text.slice(parts[parts.length - 2].end, parts[parts.length - 1].start))) continue;
    const misfit = splitMisfit(model, whole, parts, exhaustive);
    if (!misfit) continue;
    const { total, stated } = misfit;
    out.push({
      message: `${parts.map(f => short(f.value as number, f.unit)).join(' + ')} = ${short(total, whole.unit)}, ${exhaustive ? 'not' : 'more than'} the ${short(stated, whole.unit)} stated just before.`,
      start: whole.start, end: whole.end,
      related: parts.map(f => ({ start: f.start, end: f.end, message: `part: ${model.text.slice(f.start, f.end)}` })),
      data: { stated, sum: total, parts: parts.length }, fixes: [],
    });
  }
  return out;
}

// --- one payment role summed over several deals --------------------------------------------------

const COMBINED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.combinedRoles.words)})\\s*(?:of\\s*)?$`, 'iu');
/** How many sentences after the whole its parts may run. */
const COMBINED_REACH = 4;
/** Between two sums of one "combined": the first's role words, then "and" (and a bound) right before the second, no other figure. */
const COMBINED_JOIN = new RegExp(`^[^\\d;.]{0,50}\\s(?:${wordsPattern(words.combinedRoles.joins)})\\s(?:(?:${wordsPattern(words.combinedRoles.bounds)})\\s)?$`, 'iu');

/**
 * "... deals with Beta and Gamma, in which Acme will receive a combined $100 million in upfront
 * payments." then "Beta pays $60 million upfront ..." and "Gamma pays $50 million upfront ...": a
 * sum of one payment role marked as combined, and the sums of that role in the sentences right
 * after it, one a sentence, each sentence naming a different one of the companies the whole's
 * sentence names. The parts must add up to the whole within the rounding written; a sentence
 * without a sum of the role ends the parts.
 */
function combinedRoles(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  // the companies of each sentence, in the order first named
  const companiesOf = new Map<number, string[]>();
  for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
    if (e.kind !== 'company') continue;
    const si = sentenceIndexAt(model, e.start);
    if (si < 0) continue;
    const list = companiesOf.get(si) ?? [];
    if (!list.includes(e.name)) list.push(e.name);
    companiesOf.set(si, list);
  }
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    let combined: FigureEntity | undefined;
    for (let wholeI = 0, inS_ = inS; wholeI < inS_.length; wholeI++) { const whole = inS_[wholeI];
      if (whole.figureKind !== 'money' || !whole.role || typeof whole.value !== 'number' || whole.comparator === '~') continue;
      // "a combined $100 million in upfront payments and up to $300 million in milestones": the word before
      // the first of two sums of different roles joined by "and" marks both
      const joined = combined && combined.role !== whole.role && COMBINED_JOIN.test(text.slice(combined.end, whole.start));
      if (!joined && !COMBINED_BEFORE.test(text.slice(Math.max(model.sentences[si].start, whole.start - 30), whole.start))) { combined = undefined; continue; }
      combined = joined ? undefined : whole;
      // the partners: the companies the whole's sentence names after the first, which is the one the sum is paid to or by
      const partners = new Set((companiesOf.get(si) ?? []).slice(1));
      if (partners.size < 2) continue;
      const parts: FigureEntity[] = [];
      const named = new Set<string>();
      for (let k = si + 1; k < bySentence.length && k <= si + COMBINED_REACH; k++) {
        const same = bySentence[k].filter(f => f.figureKind === 'money' && f.role === whole.role);
        if (same.length !== 1) break;
        const p = same[0];
        if (p.unit !== whole.unit || typeof p.value !== 'number' || (p.comparator ?? '') !== (whole.comparator ?? '')) { parts.length = 0; break; }
        // each part is one partner's: its sentence names one company of the whole's sentence that no other part named
        const its = [...(companiesOf.get(k) ?? [])].filter(c => partners.has(c) && !named.has(c));
        if (its.length !== 1) { parts.length = 0; break; }
        named.add(its[0]);
        parts.push(p);
      }
      if (parts.length < 2) continue;
      const sum = parts.reduce((a, f) => a + (f.value as number), 0);
      const room = precisionOf(model.text.slice(whole.start, whole.end), whole.value) + parts.reduce((a, f) => a + precisionOf(model.text.slice(f.start, f.end), f.value as number), 0);
      if (Math.abs(sum - whole.value) <= room) continue;
      out.push({
        message: `The ${whole.role} sums of the deals, ${parts.map(f => short(f.value as number, f.unit)).join(' + ')} = ${short(sum, whole.unit)}, not the combined ${short(whole.value, whole.unit)}.`,
        start: whole.start, end: whole.end,
        related: parts.map(f => ({ start: f.start, end: f.end, message: `part: ${model.text.slice(f.start, f.end)}` })),
        data: { stated: whole.value, sum, parts: parts.length }, fixes: [],
      });
    }
  }
  return out;
}

// --- a stated group and its parts (populations.ts populationSplits) ---------------------------------

/**
 * A group split into parts that exclude each other (populations.ts reads them): parts that are all
 * of the group ("60 patients \u2014 32 receiving A and 26 receiving B \u2014") must make it up exactly,
 * parts that are some of it ("30 responders, including 12 high-risk and 20 low-risk patients") must
 * not add up to more.
 */
function groupSplits(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (let spI = 0, spList = populationSplits(model); spI < spList.length; spI++) { const sp = spList[spI];
    const sum = sp.parts.reduce((a, f) => a + (f.value as number), 0);
    if (sp.kind === 'partition' ? sum === sp.size : sum <= sp.size) continue;
    const written = (f: FigureEntity) => model.text.slice(f.start, f.end);
    const terms = sp.parts.map(f => f.value).join(' + ');
    const why = sp.by === 'arms' ? 'arms' : sp.by === 'categories' ? 'response categories' : sp.by === 'places' ? 'places' : 'parts';
    // a partition is reported on its whole, parts above a whole on the last part
    const at = sp.kind === 'partition' ? sp.whole : sp.parts[sp.parts.length - 1];
    out.push({
      message: sp.kind === 'partition'
        ? `The ${why} ${terms} = ${sum}, not the ${sp.size} they make up (\u201c${written(sp.whole)}\u201d).`
        : `The ${why} ${terms} = ${sum}, more than the ${sp.size} they are part of (\u201c${written(sp.whole)}\u201d).`,
      start: at.start, end: at.end,
      related: [sp.whole, ...sp.parts].filter(f => f !== at).map(f => ({ start: f.start, end: f.end, message: f === sp.whole ? `the whole: ${sp.size}` : `part: ${f.value}` })),
      data: { stated: sp.size, sum, parts: sp.parts.length }, fixes: [],
    });
  }
  return out;
}

// --- response categories of a group, continued in the next sentence ---------------------------------

const RESPONSE_CATEGORIES = new Set(words.responses.categories as string[]);
/** A word of another arm or group (people.json splits.armEvidence): a sentence naming one splits that group. */
const CONTINUED_OTHER_GROUP = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(peopleWords.splits.armEvidence)})(?![\\p{L}])`, 'iu');

/**
 * "Of the 30 evaluable patients, 3 had a complete response and 10 a partial response. Stable disease was seen in 12
 * and progressive disease in 8.": a group split by response categories (populations.ts), whose next sentence in its
 * paragraph goes on with other categories, each count bound to one no earlier part named, and no other count there:
 * the categories together cannot count more than the group.
 */
function categoriesContinued(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = model.text;
  const bySentence = figuresBySentence(model);
  for (let spI = 0, spList = populationSplits(model); spI < spList.length; spI++) { const sp = spList[spI];
    if (sp.by !== 'categories') continue;
    const cats = sp.parts.map(f => f.binding.endpoint);
    if (cats.some(c => !c || !RESPONSE_CATEGORIES.has(c))) continue;
    const si = sentenceIndexAt(model, sp.parts[sp.parts.length - 1].start);
    const sj = si + 1;
    if (si < 0 || sj >= model.sentences.length || /\n[ \t]*\r?\n/.test(text.slice(model.sentences[si].end, model.sentences[sj].start))) continue;
    const counts = bySentence[sj].filter(f => f.figureKind === 'count' || (f.figureKind === 'other' && f.unit === ''));
    const more = counts.filter(f => typeof f.value === 'number' && Number.isInteger(f.value) && !f.comparator && f.denominator === undefined
      && f.binding.endpoint !== undefined && RESPONSE_CATEGORIES.has(f.binding.endpoint) && (f.figureKind !== 'count' || PEOPLE_UNIT.test(f.unit)));
    if (more.length === 0 || more.length !== counts.length) continue;
    // (another arm or group named, or bound: "In the control arm, ..." is another group's split)
    if (CONTINUED_OTHER_GROUP.test(text.slice(model.sentences[sj].start, model.sentences[sj].end)) || more.some(f => f.binding.arm !== sp.parts[0].binding.arm)) continue;
    const all = [...cats, ...more.map(f => f.binding.endpoint)];
    if (new Set(all).size !== all.length) continue;
    const before = sp.parts.reduce((a, f) => a + (f.value as number), 0);
    if (before > sp.size) continue;
    const sum = before + more.reduce((a, f) => a + (f.value as number), 0);
    if (sum <= sp.size) continue;
    const parts = [...sp.parts, ...more];
    const at = more[more.length - 1];
    out.push({
      message: `The response categories ${parts.map(f => `${f.binding.endpoint} ${f.value}`).join(' + ')} = ${sum}, more than the ${sp.size} they split (\u201c${text.slice(sp.whole.start, sp.whole.end)}\u201d): the categories count no one twice.`,
      start: at.start, end: at.end,
      related: [sp.whole, ...parts.filter(f => f !== at)].map(f => ({ start: f.start, end: f.end, message: f === sp.whole ? `the whole: ${sp.size}` : `${f.binding.endpoint}: ${f.value}` })),
      data: { stated: sp.size, sum, parts: parts.length }, fixes: [],
    });
  }
  return out;
}

// --- a count split into parts that exclude each other --------------------------------------------

const PAIRS = words.complements.pairs.map(([a, b]) => [a.toLowerCase(), b.toLowerCase()]);
const JOIN = /^[ ]?,?[ ]?(?:and|und|og|och|et|en|y|e)?[ ]?$/i;
/** Pairs that split people, whose whole must be a count of people. */
const PEOPLE_PAIRS = new Set(words.complements.people.map(w => w.toLowerCase()));

/** The word written right after a figure's number ("33 up", "70 men"), lower case. */
function wordAfterNumber(text: string, f: FigureEntity): { word: string; end: number } {
  const tail = text.slice(f.start, f.end + 15);
  const m = /^[\d.,\u00a0 ]+((?:im |en )?\p{L}+)/u.exec(tail);
  return m ? { word: m[1].toLowerCase(), end: f.start + m[0].length } : { word: '', end: f.end };
}

/**
 * "the 40 companies (25 up and 19 down)": two counts written with words that exclude each other
 * split the count before them in the sentence, so they cannot add up to more than it. The whole is
 * the nearest count with a noun before the parts (percentages and dates between are passed over).
 */
function complementSplits(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const countLike = (f: FigureEntity) => typeof f.value === 'number' && Number.isInteger(f.value) && !f.comparator && f.denominator === undefined
    && (f.figureKind === 'count' || (f.figureKind === 'other' && f.unit === ''));
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    for (let k = 1; k + 1 < inS.length; k++) {
      const a = inS[k], b = inS[k + 1];
      if (!countLike(a) || !countLike(b)) continue;
      const wa = wordAfterNumber(text, a), wb = wordAfterNumber(text, b);
      const pair = PAIRS.find(([x, y]) => (wa.word === x && wb.word === y) || (wa.word === y && wb.word === x));
      if (!pair || wa.end > b.start || !JOIN.test(text.slice(wa.end, b.start))) continue;
      let w = k - 1;
      while (w >= 0 && (inS[w].figureKind === 'percent' || inS[w].figureKind === 'date')) w--;
      const whole = w >= 0 ? inS[w] : undefined;
      if (!whole || whole.figureKind !== 'count' || !countLike(whole) || whole.unit === '' || a.start - whole.end > 200) continue;
      // men and women split people, not the sites or visits counted nearer
      if ((PEOPLE_PAIRS.has(pair[0]) || PATIENTS.test(a.unit) || PATIENTS.test(b.unit)) && !PATIENTS.test(whole.unit)) continue;
      if (/[;]/.test(text.slice(whole.end, a.start))) continue;
      const sum = (a.value as number) + (b.value as number);
      if (sum <= (whole.value as number)) continue;
      out.push({
        message: `${a.value} ${wa.word} + ${b.value} ${wb.word} = ${sum}, more than the ${whole.value} ${whole.unit} they split.`,
        start: b.start, end: b.end,
        related: [{ start: a.start, end: a.end, message: 'the other part' }, { start: whole.start, end: whole.end, message: 'the whole' }],
        data: { stated: whole.value as number, sum, parts: 2 }, fixes: [],
      });
    }
  }
  return out;
}

// --- a pooled count of named groups ------------------------------------------------------------------

const POOL = words.pooled;
/** The group nouns lower-case and capitalised; the names after them keep their case ("Cohort B", not "cohort of"). */
const GROUP_NOUN = wordsPattern([...new Set(POOL.groups.flatMap(w => [w.toLowerCase(), w[0].toUpperCase() + w.slice(1).toLowerCase()]))]);
/** "Cohort B (n=41)": a group's name and its size right after it. */
const GROUP_SIZE = new RegExp(`(?<![\\p{L}])(?:${GROUP_NOUN})\\s+([A-Z0-9][A-Za-z0-9]{0,2})\\s?\\(\\s?n\\s?=\\s?(\\d{1,6})\\s?\\)`, 'gu');
/** "Cohorts A and B", "Parts 1, 2 and 3": the names of the groups a pooled count is taken over. */
const GROUP_LIST = new RegExp(`(?<![\\p{L}])(?:${GROUP_NOUN})\\s+([A-Z0-9][A-Za-z0-9]{0,2}(?:,\\s?[A-Z0-9][A-Za-z0-9]{0,2}){0,6},?\\s(?:and|und|og|och|et|en|&)\\s[A-Z0-9][A-Za-z0-9]{0,2})(?![\\p{L}\\d])`, 'u');
const POOLED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(POOL.pooled)})(?![\\p{L}])`, 'iu');

/**
 * "pooled patients (n=71) from both Cohorts A and B": a pooled count of named groups whose sizes the
 * document states right after their names ("Cohort B (n=41)") is their sum. A group named with two
 * different sizes, or not named with one, leaves the count unjudged.
 */
function pooledGroups(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  // the pooled counts that list their groups first: the groups' sizes are read from the whole text only
  // when there is one (most edits of most documents have none; the findings are the same either way)
  const pooled: { f: FigureEntity; names: string[] }[] = [];
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI]; for (let fI = 0, inS_ = inS; fI < inS_.length; fI++) { const f = inS_[fI];
    if (f.figureKind !== 'count' || typeof f.value !== 'number' || f.comparator || !/^n\s?=/i.test(text.slice(f.start, f.end))) continue;
    const before = text.slice(Math.max(0, f.start - 40), f.start), after = text.slice(f.end, f.end + 60);
    if (!POOLED.test(before) && !POOLED.test(after.slice(0, 30))) continue;
    const list = GROUP_LIST.exec(after);
    if (!list || /[.;]\s/.test(after.slice(0, list.index))) continue;
    pooled.push({ f, names: list[1].split(/,\s?|\s(?:and|und|og|och|et|en|&)\s/).map(x => x.trim()).filter(Boolean) });
  } }
  if (pooled.length === 0) return [];
  const sizes = new Map<string, number | null>();
  GROUP_SIZE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GROUP_SIZE.exec(text)) !== null) {
    const known = sizes.get(m[1]);
    const n = Number(m[2]);
    sizes.set(m[1], known === undefined || known === n ? n : null);
  }
  if (sizes.size < 2) return [];
  const out: CheckFinding[] = [];
  for (let itemI = 0, pooled_ = pooled; itemI < pooled_.length; itemI++) { const { f, names } = pooled_[itemI];
    const values = names.map(x => sizes.get(x));
    if (names.length < 2 || values.some(v => v === undefined || v === null)) continue;
    const sum = (values as number[]).reduce((a, v) => a + v, 0);
    if (sum === f.value) continue;
    out.push({
      message: `${names.map((x, i) => `${x}: ${values[i]}`).join(' + ')} = ${sum}, not the pooled ${f.value}.`,
      start: f.start, end: f.end, related: [],
      data: { stated: f.value, sum, parts: names.length }, fixes: [],
    });
  }
  return out;
}

// --- a company's sales and the sales of its regions or products, one sentence each --------------------

const NP = words.namedParts;
const NP_FLOWS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(NP.flows)})(?![\\p{L}])`, 'iu');
/** Regions keep their case: "US" is a country, "us" a pronoun. */
const NP_REGION = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(nestingWords.regions.parts)})(?![\\p{L}])`, 'gu');
const NP_AGGREGATE = new RegExp(`^(?:${wordsPattern(NP.aggregates)})$`, 'u');
const NP_REST = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(NP.rest)})\\s*$`, 'iu');
const NP_FROM = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(NP.from)})(?:\\s+\\p{L}+)?\\s*$`, 'iu');
const NP_COMPARED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(NP.compared)})\\s*$`, 'iu');
/** "total revenues": the whole of the kinds of sales; a sentence opening on one kind ("Product revenues were ...") states a part. */
const NP_TOTAL = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(NP.totalBefore)})\\s+(?:${wordsPattern(NP.flows)})(?![\\p{L}])`, 'iu');
const NP_KIND = new RegExp(`^\\s*(${wordsPattern(NP.kinds)})\\s+(?:${wordsPattern(NP.flows)})(?![\\p{L}])`, 'iu');
/** A kind of sales opening a clause after the sum before it: " and collaboration revenue was " (a conjunction or comma, then the kind). */
const KIND_IN_CLAUSE = new RegExp(`^[\\s,]*(?:and\\s+|und\\s+|et\\s+)?(${wordsPattern(NP.kinds)})\\s+(?:${wordsPattern(NP.flows)})(?![\\p{L}])`, 'iu');
const NP_OTHER_SPAN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(NP.otherSpans)})(?![\\p{L}])`, 'iu');
/** How many sentences after the whole its parts are looked for in. */
const PART_REACH = 12;
/** A word of a company's segment ("the Diagnostics segment", "im Segment Pharma", totals.json namedParts.segments). */
const NP_SEGMENT = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(NP.segments)})(?![\\p{L}])`, 'gu');
const NP_NOT_NAME = new Set((NP.notSegmentNames as string[]).map(w => w.toLowerCase()));
const NP_KIND_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(NP.kinds)})s?(?![\\p{L}])`, 'iu');
const NP_NOT_KIND = new Set((NP.notKindWords as string[]).map(w => w.toLowerCase()));
/** A sentence opening on the name of a kind of sales, one to three words, then a word of sales: "Protein sciences revenues rose to ...". */
const NP_OPENING_KIND = new RegExp(`^[\\s"\u201c]*(\\p{Lu}[\\p{Ll}-]+(?:\\s[\\p{Ll}-]+){0,2})\\s(?:${wordsPattern(NP.flows)})(?![\\p{L}])`, 'u');
/** The kind of sales a sentence opens on, when its words are a name and none of the whole (net, total, quarterly, a company's). */
function openingKind(model: DocumentModel, text: string, s: { start: number; end: number }): string | undefined {
  const m = spanExec(NP_OPENING_KIND, text, model.sentences, s);
  if (!m) return undefined;
  if (m[1].split(/\s/).some(w => NP_NOT_KIND.has(w.toLowerCase()))) return undefined;
  // a company's or a drug's name is no kind ("Acme revenues", a product's sales are read by its drug)
  if (model.entities.some(e => (e.kind === 'company' || e.kind === 'drug') && e.start < s.start + m.index + m[1].length + 2 && e.end > s.start)) return undefined;
  return m[1].toLowerCase();
}
/** "from $30 million to $45 million", "von 98,4 Mio. Euro auf 118,4 Mio. Euro": the second sum is the current one. */
const NP_FROM_TO = new RegExp(`^\\s*(?:${wordsPattern(NP.to)})\\s*$`, 'iu');
/** Right after a sum, the noun phrase it is the sales of: "$42.6 million in Q1 diagnostics segment revenues" (up to six words, no clause mark). */
const NP_FLOWS_AFTER = new RegExp(`^\\s+(?:in|of|an|de|en)\\s+(?:[\\p{L}\\d&-]+\\s+){0,6}?(?:${wordsPattern(NP.flows)})(?![\\p{L}])`, 'iu');

/**
 * The name of the one segment a stretch of text names: the words before its word of segment ("the diagnostics and
 * genomics segment"), else the capitalised word after it ("im Segment Pharma", "the segment Diagnostics"); undefined
 * when it names none, more than one, or no name can be read (a determiner or a word of the whole: "each segment").
 */
function segmentName(text: string, from: number, to: number): string | undefined {
  const t = text.slice(from, to);
  NP_SEGMENT.lastIndex = 0;
  const heads: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = NP_SEGMENT.exec(t)) !== null) heads.push(m);
  if (heads.length !== 1) return undefined;
  const h = heads[0];
  // the words before: up to four, "and" or "&" joining them, stopping at a word that is no name
  const before = t.slice(Math.max(0, h.index - 60), h.index).split(/\s+/).filter(Boolean);
  const name: string[] = [];
  for (let k = before.length - 1; k >= 0 && name.length < 4; k--) {
    const w = before[k].replace(/[’']s$/u, '');
    if (/[^\p{L}&-]/u.test(w) || NP_NOT_NAME.has(w.toLowerCase())) break;
    name.unshift(w);
  }
  while (name.length && /^(?:and|&|und|et|y|e|och|og)$/i.test(name[0])) name.shift();
  if (name.length) return name.join(' ').toLowerCase();
  const after = /^\s+(\p{Lu}[\p{L}&-]*(?:\s(?:and|&|und|et|y|e)\s\p{Lu}[\p{L}-]*)?)/u.exec(t.slice(h.index + h[0].length));
  return after && !NP_NOT_NAME.has(after[1].toLowerCase()) ? after[1].toLowerCase() : undefined;
}

/** A market, a peak or a potential: no sales of the company's (nesting.json regions.otherMeasures). */
const NP_OTHER_MEASURE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(nestingWords.regions.otherMeasures)})(?![\\p{L}])`, 'iu');

/**
 * "Revenue was EUR 88 million. ... In the rest of Europe, sales rose to EUR 93 million.": a region's sales, read as
 * namedPartsAfterWhole reads them, above the company's sales they are part of: each part with its whole.
 */
export function regionPartsAboveWholes(model: DocumentModel): [FigureEntity, FigureEntity, string][] {
  return namedPartsRead(model).tooLarge.slice();
}

/**
 * namedPartsAfterWhole's findings and the parts it finds above their wholes, read once per model (the checks' view):
 * totals reports the findings, impossible-value the parts. What it finds does not depend on whether the parts are
 * gathered; each caller gets copies of its own.
 */
const NAMED_PARTS = new WeakMap<DocumentModel, { findings: CheckFinding[]; tooLarge: [FigureEntity, FigureEntity, string][] }>();
function namedPartsRead(model: DocumentModel): { findings: CheckFinding[]; tooLarge: [FigureEntity, FigureEntity, string][] } {
  let kept = NAMED_PARTS.get(model);
  if (!kept) {
    const tooLarge: [FigureEntity, FigureEntity, string][] = [];
    kept = { findings: namedPartsAfterWhole(model, tooLarge), tooLarge };
    NAMED_PARTS.set(model, kept);
  }
  return kept;
}

/**
 * "Revenue for the half-year was EUR 10.0 million. ... In the U.S., sales rose to EUR 6.0 million.
 * In Germany, they reached EUR 5.0 million.": the sales of a company's regions, or of its products,
 * stated one sentence each after its sales, are parts of them and cannot add up to more. The whole is
 * the first sum of its sentence, written after a word of sales, in a sentence naming no product and
 * no region; each part is the first sum of a later sentence (within a few sentences and the next two
 * paragraphs) naming sales and one region or one set of products, none named twice, each part below
 * the whole (a partner's sales of one product may exceed a company's revenue from it). The parts run
 * ends at a sentence with a sum of sales that is no part; a region that holds another one named
 * (Europe and Germany) makes the parts overlap, and they are not judged.
 */
function namedPartsAfterWhole(model: DocumentModel, tooLarge?: [FigureEntity, FigureEntity, string][]): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const bySentence = figuresBySentence(model);
  const drugs = model.entities.filter(e => e.kind === 'drug');
  const drugsIn = (s: { start: number; end: number }) => itemsWithin(drugs, s.start, s.end).map(e => e.name.toLowerCase());
  const regionsIn = (from: number, to: number) => {
    const found: { name: string; at: number }[] = [];
    NP_REGION.lastIndex = 0;
    const t = text.slice(from, to);
    let m: RegExpExecArray | null;
    while ((m = NP_REGION.exec(t)) !== null) found.push({ name: m[0], at: from + m.index });
    return found;
  };
  /** The first sum of a sentence, when a word of sales is written before it in its sentence or right after it (read once per sentence: a whole's parts are looked for in the sentences after it, which are wholes' candidates too). */
  const salesKept: (FigureEntity | undefined | null)[] = new Array(model.sentences.length).fill(null);
  const salesSum = (si: number): FigureEntity | undefined => {
    let kept = salesKept[si];
    if (kept === null) kept = salesKept[si] = readSalesSum(si);
    return kept;
  };
  const readSalesSum = (si: number): FigureEntity | undefined => {
    const money = bySentence[si].filter(x => x.figureKind === 'money');
    let f = money[0];
    if (!f || typeof f.value !== 'number' || (f.comparator && f.comparator !== '~')) return undefined;
    const s = model.sentences[si];
    // "rose from $30 million to $45 million": the sum after "to" is the current one
    if (money.length > 1 && NP_FROM.test(text.slice(Math.max(s.start, f.start - 25), f.start)) && NP_FROM_TO.test(text.slice(f.end, money[1].start))
      && typeof money[1].value === 'number' && (!money[1].comparator || money[1].comparator === '~')) f = money[1];
    const before = text.slice(Math.max(s.start, f.start - 200), f.start), after = text.slice(f.end, Math.min(s.end, f.end + 25));
    // (or after it, the noun phrase it is the sales of: "$42.6 million in diagnostics segment revenues")
    const clause = text.slice(f.end, Math.min(s.end, f.end + 80)).split(/[,;:()]/u)[0];
    return NP_FLOWS.test(before) || NP_FLOWS.test(after) || NP_FLOWS_AFTER.test(clause) ? f : undefined;
  };
  for (let wi = 0; wi < model.sentences.length; wi++) {
    const whole = salesSum(wi);
    if (!whole) continue;
    const ws = model.sentences[wi];
    if (drugsIn(ws).length > 0 || regionsIn(Math.max(ws.start, whole.start - 80), Math.min(ws.end, whole.end + 25)).length > 0) continue;
    // a segment's sales are no whole of other segments' (nor of the segment's own parts)
    NP_SEGMENT.lastIndex = 0;
    if (NP_SEGMENT.test(text.slice(ws.start, ws.end))) continue;
    const wholePara = paragraphIndexAt(model, whole.start);
    const wholePeriods = periodsIn(text, ws, bySentence[wi]);
    // "total revenues were ...": its parts may be the kinds of sales, each opening its sentence
    const ofKinds = NP_TOTAL.test(text.slice(Math.max(ws.start, whole.start - 80), whole.start));
    const wholeOfKind = NP_KIND_WORD.test(text.slice(Math.max(ws.start, whole.start - 80), Math.min(ws.end, whole.end + 60)));
    const parts: { f: FigureEntity; key: string; region?: string; rest: boolean }[] = [];
    let spoiled = false;
    for (let si = wi + 1; si < model.sentences.length && si <= wi + PART_REACH; si++) {
      const s = model.sentences[si];
      if (paragraphIndexAt(model, s.start) > wholePara + 2) break;
      const p = salesSum(si);
      if (!p) {
        // another sum of sales, not the first of its sentence, or one with a comparator: the run is unclear
        if (bySentence[si].some(x => x.figureKind === 'money') && spanTest(NP_FLOWS, text, model.sentences, s)) break;
        continue;
      }
      // a period the whole's sentence does not name (but one compared with), or a span of its own: another time
      const otherTime = spanTest(NP_OTHER_SPAN, text, model.sentences, s) || periodsIn(text, s, bySentence[si]).some(q =>
        !NP_COMPARED.test(text.slice(Math.max(s.start, q.start - 25), q.start)) && !wholePeriods.some(r => r.from === q.from && r.to === q.to));
      if (otherTime) break;
      // "Spain contributed EUR 21 million, while in the rest of Europe sales rose to EUR 17 million": the sentence's
      // later sums, each after a region of its own (none between it and the sum before), are parts too
      const later = bySentence[si].filter(x => x.figureKind === 'money' && x.start > p.end);
      const segments: [FigureEntity, number][] = [[p, s.start]];
      if (later.length > 0 && later.every(x => typeof x.value === 'number' && (!x.comparator || x.comparator === '~'))) {
        const own: [FigureEntity, number][] = later.map((x, k) => [x, (k === 0 ? p : later[k - 1]).end]);
        if (!ofKinds && own.every(([x, from]) => regionsIn(from, x.start).length === 1 && itemsWithin(drugs, from, x.start).length === 0) && regionsIn(s.start, p.start).length === 1) segments.push(...own);
        // "Sales of AB-101 were $320 million and sales of AB-202 reached $210 million": each sum after a product of its own
        else if (own.every(([x, from]) => regionsIn(from, x.start).length === 0 && new Set(itemsWithin(drugs, from, x.start).map(e => e.name)).size === 1)
          && regionsIn(s.start, p.end).length === 0 && new Set(itemsWithin(drugs, s.start, p.start).map(e => e.name)).size === 1) segments.push(...own);
        // "Product revenue was $41 million and collaboration revenue was $7 million": each sum after a kind of its own, of a total's kinds
        else if (ofKinds && NP_KIND.test(text.slice(s.start, p.start)) && own.every(([x, from]) => KIND_IN_CLAUSE.test(text.slice(from, x.start)))) segments.push(...own);
      }
      let stop = false;
      for (let itemI = 0, segments_ = segments; itemI < segments_.length; itemI++) { const [q, from] = segments_[itemI];
        // a segment named in its sentence, or in the sentence before when that one states no sum ("... the Pharma segment.
        // Sales there rose to ..."): a segment of the company, whose sales are a part
        const segment = segments.length > 1 ? undefined : segmentName(text, s.start, s.end)
          ?? (si > wi + 1 && bySentence[si - 1].length === 0 ? segmentName(text, model.sentences[si - 1].start, model.sentences[si - 1].end) : undefined);
        // else a sentence opening on a kind of sales: "Protein revenues rose to ...", when the whole names no kind itself
        // ("revenues from collaborations were ...": its kinds' sales are no parts of it)
        const opening = segment !== undefined || segments.length > 1 || wholeOfKind ? undefined : openingKind(model, text, s);
        const named = segment !== undefined ? `${segment} segment` : opening !== undefined ? `${opening} sales` : undefined;
        const kind = ofKinds && segments.length === 1 ? NP_KIND.exec(text.slice(s.start, q.start))?.[1].toLowerCase()
          : ofKinds ? KIND_IN_CLAUSE.exec(text.slice(from, q.start))?.[1].toLowerCase() : named;
        const drugs = kind ? [] : segments.length > 1 ? itemsWithin(model.entities.filter(e => e.kind === 'drug'), from, q.start).map(e => e.name.toLowerCase()) : drugsIn(s);
        const regions = kind ? [] : regionsIn(from, q.start);
        // (the sum after "from ... to" is the current one)
        const earlier = q === p && p !== bySentence[si].find(x => x.figureKind === 'money') ? false : NP_FROM.test(text.slice(Math.max(from, q.start - 25), q.start));
        const one = kind !== undefined || (regions.length === 1 && drugs.length === 0) || (regions.length === 0 && drugs.length > 0);
        // a region's sales above the company's (beyond the rounding of both): a part above its whole (not a product's,
        // whose partner's sales may exceed the company's revenue from it, nor a market's); so too a segment's sales, or
        // one kind's of a total of kinds ("Total revenues were $2.0 million. Product revenues were $2.4 million.")
        const partName = regions.length === 1 && drugs.length === 0 && !kind ? 'region' : segment !== undefined && kind === named ? 'segment' : ofKinds && kind !== undefined ? 'kind' : undefined;
        if (tooLarge && partName && !earlier && q.unit === whole.unit && !spanTest(NP_OTHER_MEASURE, text, model.sentences, s)
          && (q.value as number) - precisionOf(model.text.slice(q.start, q.end), q.value as number) > (whole.value as number) + precisionOf(model.text.slice(whole.start, whole.end), whole.value as number)) tooLarge.push([q, whole, partName]);
        if (!one || earlier || q.unit !== whole.unit || (q.value as number) >= (whole.value as number)) { stop = true; break; }
        const key = named !== undefined && kind === named ? kind : kind ? `${kind} ${NP_FLOWS.exec(text.slice(s.start, q.start))?.[0] ?? ''}`.trim() : regions.length ? regions[0].name : [...new Set(drugs)].sort().join('+');
        if (parts.some(x => x.key === key || (!regions.length && key.split('+').some(d => x.key.split('+').includes(d))))) { spoiled = true; stop = true; break; }
        parts.push({ f: q, key, region: regions[0]?.name, rest: regions.length > 0 && NP_REST.test(text.slice(Math.max(from, regions[0].at - 15), regions[0].at)) });
      }
      if (stop) break;
    }
    if (spoiled || parts.length < 2) continue;
    // a region that holds another named one ("Europe" and "Germany") counts it twice
    const named = parts.filter(x => x.region);
    if (named.some(x => NP_AGGREGATE.test(x.region as string) && !x.rest) && named.length > 1) continue;
    if (named.length > 0 && named.length !== parts.length) continue;
    const sum = parts.reduce((a, x) => a + (x.f.value as number), 0);
    const room = precisionOf(model.text.slice(whole.start, whole.end), whole.value as number) + parts.reduce((a, x) => a + precisionOf(model.text.slice(x.f.start, x.f.end), x.f.value as number), 0);
    const stated = whole.value as number;
    if (sum <= stated + room || (whole.comparator === '~' && sum <= stated * 1.02 + room)) continue;
    out.push({
      message: `${parts.map(x => `${x.key} ${short(x.f.value as number, x.f.unit)}`).join(' + ')} = ${short(sum, whole.unit)}, more than the ${short(stated, whole.unit)} of sales they are part of.`,
      start: whole.start, end: whole.end,
      related: parts.map(x => ({ start: x.f.start, end: x.f.end, message: `part: ${x.key}` })),
      data: { sum, stated, parts: parts.length }, fixes: [],
    });
  }
  return out;
}

// --- a free float and a stake ---------------------------------------------------------------------------

const FREE_FLOAT = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.ownership.freeFloat)})(?![\\p{L}])`, 'iu');
const STAKE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...nestingWords.wholeParts.nounsBefore.filter(w => !/^(?:share|proportion|fraction|market share|ejection fraction|Marktanteil|Auswurfleistung|Ejektionsfraktion|markedsandel|marktaandeel|part de marché|maturity|data maturity)$/i.test(w)), ...nestingWords.wholeParts.owningVerbs])})(?![\\p{L}])`, 'iu');
const CHANGE_FROM = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(comparisonWords.changes.from)})\\s+(?:\\p{L}+\\s+)?$`, 'iu');
const CHANGE_TO = new RegExp(`^\\s*(?:${wordsPattern(comparisonWords.changes.to)})\\s+(?:\\p{L}+\\s+)?$`, 'iu');

/** An ownership statement of a sentence: whose (the free float or a stake), and its values before and after a change. */
interface Holding { kind: 'float' | 'stake'; now: FigureEntity; before?: FigureEntity }

/**
 * "The free float rose from 20 % to 52 %. The founder's stake fell from 61 % to 55 %.": the free
 * float and a holder's stake are parts of the same shares, so, at the same time (after the changes,
 * or before them), they cannot add up to more than 100 %. Each sentence states one holding: one
 * percentage, or one change "from ... to ...", with the free float's words or a stake's (and not
 * both) before it; judged within a paragraph.
 */
function floatAndStakes(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const byParagraph = new Map<number, Holding[]>();
  const pct = (f: FigureEntity) => f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number' && !f.comparator;
  for (let si = 0, bySentence_ = figuresBySentence(model); si < bySentence_.length; si++) { const inS = bySentence_[si];
    const ps = inS.filter(pct);
    if (ps.length < 1 || ps.length > 2 || ps.length !== inS.filter(f => f.figureKind === 'percent').length) continue;
    const s = model.sentences[si];
    let now: FigureEntity, before: FigureEntity | undefined;
    if (ps.length === 2) {
      if (!CHANGE_TO.test(text.slice(ps[0].end, ps[1].start)) || !CHANGE_FROM.test(text.slice(Math.max(s.start, ps[0].start - 30), ps[0].start))) continue;
      [before, now] = ps;
    } else now = ps[0];
    const lead = text.slice(s.start, (before ?? now).start);
    const float = FREE_FLOAT.test(lead), stake = STAKE.test(lead);
    if (float === stake) continue;
    const p = paragraphIndexAt(model, s.start);
    const list = byParagraph.get(p) ?? [];
    list.push({ kind: float ? 'float' : 'stake', now, before });
    byParagraph.set(p, list);
  }
  for (const list of byParagraph.values()) {
    const floats = list.filter(h => h.kind === 'float'), stakes = list.filter(h => h.kind === 'stake');
    if (floats.length !== 1 || stakes.length < 1) continue;
    const fl = floats[0];
    for (let stI = 0, stakes_ = stakes; stI < stakes_.length; stI++) { const st = stakes_[stI];
      for (let itemI = 0, itemList = [[fl.now, st.now], [fl.before, st.before]] as [FigureEntity | undefined, FigureEntity | undefined][]; itemI < itemList.length; itemI++) { const [a, b] = itemList[itemI];
        if (!a || !b) continue;
        const sum = (a.value as number) + (b.value as number);
        const room = halfUnit(model.text.slice(a.start, a.end)) + halfUnit(model.text.slice(b.start, b.end));
        if (sum <= 100 + room) continue;
        out.push({
          message: `The free float of ${model.text.slice(a.start, a.end)} and a stake of ${model.text.slice(b.start, b.end)} add up to ${Number(sum.toFixed(2))} %: parts of the same shares cannot exceed 100 %.`,
          start: a.start, end: a.end,
          related: [{ start: b.start, end: b.end, message: 'the stake' }],
          data: { sum, stated: 100, parts: 2 }, fixes: [],
        });
        break;
      }
    }
  }
  return out;
}

// --- a total that names its parts -------------------------------------------------------------------

const TOTAL_MARK = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...words.partsThenWhole.words, ...words.totalAfter.words])})(?![\\p{L}])`, 'giu');
const AND_WORD = /^(?:and|plus|und|sowie|og|och|et|en|e|y|ja)$/i;
/** The letters a word's stem is compared on: "optionsbetaling" and "optionen" share "option". */
const STEM = 6;
/** How far back a part's sum is looked for. */
const PART_BACK = 3000;

/**
 * "..., so the option payment and the milestones can total $325 million in all": a total whose
 * clause names two parts joined by "and", each part's sum stated earlier (the nearest sum before the
 * total whose own words share the part's stem: "$150 million to exercise the option", "up to
 * $125 million in development milestones"), before the total's clause, which holds no other
 * number. The two must make the total.
 */
function totalOfNamedSums(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const money = model.entities.filter((e): e is FigureEntity => e.kind === 'figure' && e.figureKind === 'money' && typeof e.value === 'number');
  for (let si = 0, bySentence_ = figuresBySentence(model); si < bySentence_.length; si++) { const inS = bySentence_[si];
    const s = model.sentences[si];
    for (let wI = 0, inS_ = inS; wI < inS_.length; wI++) { const w = inS_[wI];
      if (w.figureKind !== 'money' || typeof w.value !== 'number' || w.comparator) continue;
      const lead = text.slice(Math.max(s.start, w.start - 300), w.start);
      // the clause of the total: after the last comma or semicolon before it
      const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
      // the total's word before it in its clause ("... i alt kan beløbe sig til"), or right after it ("$265 million in total")
      TOTAL_MARK.lastIndex = 0;
      const mark = TOTAL_MARK.exec(clause);
      if ((!mark && !TOTAL_AFTER.test(text.slice(w.end, w.end + 20))) || /\d/.test(clause)) continue;
      const tokens = clause.slice(0, mark ? mark.index : clause.length).split(/\s+/).filter(Boolean).map(t => t.toLowerCase().replace(/[^\p{L}]/gu, ''));
      const and = tokens.findIndex(t => AND_WORD.test(t));
      if (and < 1 || and + 1 >= tokens.length || tokens.slice(and + 1).some(t => AND_WORD.test(t))) continue;
      // each part's words: the two before "and" ("option payment"), the two after it ("milestones could")
      const sides = [tokens.slice(Math.max(0, and - 2), and), tokens.slice(and + 1, and + 3)].map(side => side.filter(t => t.length >= STEM));
      if (sides.some(side => side.length === 0)) continue;
      const nouns = sides.map(side => side.join(' '));
      const stemSets = sides.map(side => side.map(t => t.slice(0, STEM)));
      const clauseStart = w.start - clause.length;
      const found = stemSets.map(stems => {
        // from the last sum before the total's clause backwards, no further than PART_BACK
        for (let k = firstIndexFrom(money, clauseStart) - 1; k >= 0; k--) {
          const f = money[k];
          if (f.end > clauseStart) continue;
          if (w.start - f.end > PART_BACK) break;
          const fs = sentenceIndexAt(model, f.start);
          const from = fs >= 0 ? Math.max(model.sentences[fs].start, f.start - 60) : f.start - 60;
          // its own words, never the total's clause that names the parts
          const context = text.slice(from, Math.min(fs >= 0 ? model.sentences[fs].end : f.end, f.end + 60, clauseStart)).toLowerCase();
          if (f.unit === w.unit && stems.some(stem => context.includes(stem))) return f;
        }
        return undefined;
      });
      const [a, b] = found;
      if (!a || !b || a === b) continue;
      const sum = (a.value as number) + (b.value as number);
      const room = [a, b, w].reduce((x, f) => x + precisionOf(model.text.slice(f.start, f.end), f.value as number), 0);
      if (Math.abs(sum - (w.value as number)) <= room) continue;
      out.push({
        message: `${short(a.value as number, a.unit)} (${nouns[0]}) + ${short(b.value as number, b.unit)} (${nouns[1]}) = ${short(sum, w.unit)}, not the stated total ${short(w.value as number, w.unit)}.`,
        start: w.start, end: w.end,
        related: [{ start: a.start, end: a.end, message: nouns[0] }, { start: b.start, end: b.end, message: nouns[1] }],
        data: { sum, stated: w.value as number, parts: 2 }, fixes: [],
      });
    }
  }
  return out;
}

// --- two companies' shares of the same costs -----------------------------------------------------

const CS = words.costSplits;
const BEAR_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(CS.verbs)})\\s+$`, 'iu');
const OF_COSTS = new RegExp(`^\\s?(?:${wordsPattern(CS.of)})\\s+((?:${wordsPattern(CS.back)})\\s+)?(?:[\\p{L}.'-]+\\s+){0,3}?(?:${wordsPattern(CS.costs)})(?![\\p{L}])`, 'iu');

/**
 * "Acme will be responsible for 35 % of development costs and Beta will be responsible for 55 % of
 * such costs": two companies' shares of the same costs in one sentence, the second pointing back
 * to the first's costs ("such", "those") or naming the same words, split the costs between them
 * and make 100 %. Each share is written right after a verb of bearing costs and followed by "of"
 * and the costs; the nearest company before each differs; a sentence with other percentages is
 * not read.
 */
function costSplits(model: DocumentModel): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  const companies = model.entities.filter(e => e.kind === 'company');
  for (let si = 0, bySentence_ = figuresBySentence(model); si < bySentence_.length; si++) { const inS = bySentence_[si];
    const ps = inS.filter(f => f.figureKind === 'percent');
    if (ps.length !== 2 || ps.some(f => f.unit !== '%' || typeof f.value !== 'number' || f.comparator)) continue;
    const s = model.sentences[si];
    const [a, b] = ps;
    if (!BEAR_BEFORE.test(text.slice(Math.max(s.start, a.start - 30), a.start)) || !BEAR_BEFORE.test(text.slice(Math.max(a.end, b.start - 30), b.start))) continue;
    const ca = OF_COSTS.exec(text.slice(a.end, a.end + 60)), cb = OF_COSTS.exec(text.slice(b.end, b.end + 60));
    if (!ca || !cb) continue;
    // the second's costs are the first's: written back to ("such costs") or with the same words
    const costsWords = (m: RegExpExecArray) => m[0].replace(/^\s?\S+\s+/, '').toLowerCase();
    if (!cb[1] && costsWords(ca) !== costsWords(cb)) continue;
    const nearest = (at: number) => itemsWithin(companies, s.start, at).pop();
    const wa = nearest(a.start), wb = nearest(b.start);
    if (!wa || !wb || wa.name === wb.name || wb.start < a.end) continue;
    const sum = (a.value as number) + (b.value as number);
    const room = halfUnit(model.text.slice(a.start, a.end)) + halfUnit(model.text.slice(b.start, b.end));
    if (Math.abs(sum - 100) <= room) continue;
    out.push({
      message: `${wa.name} ${a.value} % + ${wb.name} ${b.value} % = ${Number(sum.toFixed(2))} % of the same costs, not 100 %.`,
      start: b.start, end: b.end,
      related: [{ start: a.start, end: a.end, message: `${wa.name}'s share` }],
      data: { sum, stated: 100, parts: 2 }, fixes: [],
    });
  }
  return out;
}

/** Between the last response count and the group it was counted among: words without a figure, a clause mark or a full stop, and an introducer ("among", "unter", "parmi"). */
const INTRODUCED_AFTER = new RegExp(`^[^\\d.;:()]{0,40}(?<![\\p{L}])(?:${wordsPattern(claimWords.introducers)})(?![\\p{L}])[^\\d.;:()]{0,40}$`, 'iu');
/** Between a rate's last response count and the group stated after them in its sentence: words without a figure, a clause mark or a full stop, and a word that names the group they were counted in ("in", "among"). */
const COUNTED_IN = new RegExp(`^[^\\d.;:()]{0,40}(?<![\\p{L}])(?:${wordsPattern(R.countedIn)})(?![\\p{L}])[^\\d.;:()]{0,40}$`, 'iu');
/** A sentence's text with the introducer of the group after its last response count left out: "among" that names the counts' own group sets nothing apart. */
function withoutIntroducer(text: string, s: { start: number; end: number }, fs: FigureEntity[], categoryOf: (f: FigureEntity) => string | undefined): string {
  let last = -1;
  for (let i = 0; i < fs.length; i++) if (categoryOf(fs[i])) last = i;
  const whole = text.slice(s.start, s.end);
  if (last < 0 || last + 1 >= fs.length) return whole;
  const gap = text.slice(fs[last].end, fs[last + 1].start);
  if (!INTRODUCED_AFTER.test(gap)) return whole;
  return text.slice(s.start, fs[last].end) + gap.replace(INTRODUCER_WORD, ' ') + text.slice(fs[last + 1].start, s.end);
}
const INTRODUCER_WORD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(claimWords.introducers)})(?![\\p{L}])`, 'iu');

/**
 * The response category a count counts ("10 complete responses", or a bare number bound to "CR"), of
 * a whole number written without a comparator; with `fromWords`, also one its own words name
 * ("five complete responders") however its unit was read.
 */
function responseCategory(text: string, f: FigureEntity, fromWords: boolean): string | undefined {
  if (typeof f.value !== 'number' || !Number.isInteger(f.value) || f.comparator || f.denominator !== undefined || f.table) return undefined;
  if (f.figureKind === 'count' && COUNT_CATEGORY[f.unit]) return COUNT_CATEGORY[f.unit];
  // (the words are read only for a figure they could name: a count, or a figure read as no kind)
  const named = fromWords && (f.figureKind === 'count' || f.figureKind === 'other') ? execPiece(CATEGORY_WORDS, text.slice(f.start, f.end + 40)) : null;
  if (named) return COUNT_CATEGORY[named[1].toLowerCase()];
  // the category said of the count: "three (25%) of these responses were complete", "nine were partial"
  const said = fromWords && (f.figureKind === 'count' || f.figureKind === 'other') ? execPiece(CATEGORY_PREDICATE, text.slice(f.end, f.end + 60)) : null;
  if (said) return PREDICATE_CATEGORY.get(said[1].toLowerCase());
  if ((f.figureKind === 'count' || (f.figureKind === 'other' && f.unit === '')) && f.binding.endpoint && CATEGORIES.has(f.binding.endpoint)) return f.binding.endpoint;
  return undefined;
}

/**
 * The trial's enrolment before a response rate, when the counts of the rate's parts name no group of their own: the
 * largest count of people (no subgroup's, no part's of a group, not in a table) in a sentence of enrolment before the
 * rate's (TOTAL_WORDS: "enrolled 120 patients", "randomly assigned 300"), the rate itself of no arm and no subgroup and
 * its sentence about no other population. The group a rate is of is at most the enrolment.
 */
function enrolmentBefore(model: DocumentModel, text: string, bySentence: FigureEntity[][], si: number, rate: FigureEntity): FigureEntity | undefined {
  if (rate.binding.arm !== undefined || rate.binding.subgroup !== undefined || rate.table) return undefined;
  const s = model.sentences[si];
  if (spanTest(OTHER_POPULATION, text, model.sentences, s)) return undefined;
  let best: FigureEntity | undefined;
  // (the enrolment is stated before the results, within a bounded reach: a long document's rates ask no more each)
  for (let j = Math.max(0, si - ENROLMENT_REACH); j < si; j++) {
    let enrolment: boolean | undefined;
    for (let fI = 0, fList = bySentence[j]; fI < fList.length; fI++) { const f = fList[fI];
      if (f.figureKind !== 'count' || !PEOPLE_UNIT.test(f.unit) || typeof f.value !== 'number' || !Number.isInteger(f.value) || f.comparator
        || f.denominator !== undefined || f.table || f.binding.subgroup !== undefined || f.binding.arm !== undefined || /^\(?n ?=/i.test(text.slice(f.start, f.end))) continue;
      const sj = model.sentences[j];
      // (the largest count of the sentence is its whole: "including" or "of whom" after it name parts, never more)
      if (!(enrolment ??= TOTAL_WORDS.test(text.slice(sj.start, sj.end)))) break;
      if (!best || f.value > (best.value as number)) best = f;
    }
  }
  return best;
}

/** How many sentences before a response rate its trial's enrolment is looked for. */
const ENROLMENT_REACH = 60;
/**
 * Whether some group of `sum` to `n` people makes `sum` of them the stated share, rounded to its decimals: O(1), the
 * sizes that could round to it. (Rounded only: the unstated analysis set this allows for would report its share as
 * shares are reported, rounded.)
 */
function someGroupGives(sum: number, n: number, stated: number, decimals: number): boolean {
  if (stated <= 0) return false;
  const unit = 10 ** -decimals;
  const lo = Math.max(sum, Math.floor((100 * sum) / (stated + unit)) - 1), hi = Math.min(n, Math.ceil((100 * sum) / Math.max(stated - unit, unit / 2)) + 1);
  for (let m = lo; m <= hi; m++) if (m > 0 && Math.abs(Math.round((100 * sum) / m / unit) * unit - stated) < unit / 2) return true;
  return false;
}

/** The most figures a sentence (and the one before) may hold for its response counts to be read. */
const RESPONSE_COUNT_FIGURES = 40;
/** The units a count of one response category is read in ("10 complete responses"): the category. */
const COUNT_CATEGORY: Record<string, string> = R.countUnits;

/**
 * A response rate against the counts of its categories and their population: "Of the 40 patients,
 * 10 had a complete response and 12 a partial response, for an ORR of 60 %" (22/40 = 55 %). Every
 * part of the composite must be counted once in the rate's sentence or the one before it in its
 * paragraph, and the population must be the one those sentences introduce for the counts ("Of the
 * 40 patients"); unconfirmed responses or another category nearby leave it unjudged.
 */
function responseCounts(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  const categoryOf = (f: FigureEntity) => responseCategory(text, f, false);
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    // a sentence of many figures is a table or a list: not judged here, which keeps the work per rate bounded
    if (inS.length > RESPONSE_COUNT_FIGURES || (si > 0 && bySentence[si - 1].length > RESPONSE_COUNT_FIGURES)) continue;
    for (let cI = 0, inS_ = inS; cI < inS_.length; cI++) { const c = inS_[cI];
      if (c.figureKind !== 'percent' || typeof c.value !== 'number' || c.comparator || !c.binding.endpoint || !COMPOSITES[c.binding.endpoint]) continue;
      const comp = COMPOSITES[c.binding.endpoint];
      const s = model.sentences[si];
      const para = paragraphIndexAt(model, s.start);
      // the counts in the rate's sentence or the one before in its paragraph; else, when the rate's sentence counts
      // nothing, in the sentence right after it ("... a response rate of 30 %." then "It had 10 complete and 20 partial responses
      // among the 100 patients."), unless that one speaks of another population
      const before = si > 0 && paragraphIndexAt(model, model.sentences[si - 1].start) === para ? [si - 1, si] : [si];
      const countsIn = (j: number) => bySentence[j].some(f => categoryOf(f) !== undefined);
      const next = si + 1 < bySentence.length && !before.some(countsIn) && countsIn(si + 1) && bySentence[si + 1].length <= RESPONSE_COUNT_FIGURES
        && !OTHER_POPULATION.test(withoutIntroducer(text, model.sentences[si + 1], bySentence[si + 1], categoryOf)) ? [si, si + 1] : undefined;
      const window = next ?? before;
      const span = text.slice(model.sentences[window[0]].start, model.sentences[window[window.length - 1]].end);
      if (UNSURE.test(span) || (comp.atMost && LASTING.test(span))) continue;
      const counts = new Map<string, FigureEntity[]>();
      let population: FigureEntity | undefined;
      let populations = 0;
      for (let jI = 0, window_ = window; jI < window_.length; jI++) { const j = window_[jI];
        const fs = bySentence[j];
        let last = -1, first = -1;
        for (let i = 0; i < fs.length; i++) {
          const cat = categoryOf(fs[i]);
          if (!cat) continue;
          last = i;
          if (first < 0) first = i;
          counts.set(cat, [...(counts.get(cat) ?? []), fs[i]]);
          const pop = populationBefore(model, fs, i, model.sentences[j]);
          if (pop && pop !== population) { population = pop; populations++; }
        }
        // "10 complete and 20 partial responses among the 100 patients": the group introduced right after the last count;
        // in the rate's own sentence, after the rate, also by "in" ("an ORR of 30 %, with 10 complete and 20 partial
        // responses, in 100 patients": the rate and its counts were counted in that group)
        const after = last >= 0 && last + 1 < fs.length ? fs[last + 1] : undefined;
        const between = after ? text.slice(fs[last].end, after.start) : '';
        if (after && !population && after.figureKind === 'count' && PEOPLE_UNIT.test(after.unit) && after.binding.subgroup === undefined
          && ((next && INTRODUCED_AFTER.test(between)) || (j === si && !next && c.end <= fs[first].start && COUNTED_IN.test(between)))) { population = after; populations++; }
      }
      // no group introduced for the counts: the trial's enrolment bounds the group the rate is of (enrolmentBefore)
      const enrolled = !population && populations === 0 && !comp.atMost ? enrolmentBefore(model, text, bySentence, si, c) : undefined;
      if (enrolled) { population = enrolled; populations = 1; }
      if (!population || populations !== 1 || typeof population.value !== 'number' || population.comparator) continue;
      if (comp.parts.some(p => (counts.get(p)?.length ?? 0) !== 1)) continue;
      if ([...counts.keys()].some(k => !comp.parts.includes(k) && k !== 'PD')) continue;
      const parts = comp.parts.map(p => counts.get(p)![0]);
      const sum = parts.reduce((a, f) => a + (f.value as number), 0);
      const n = population.value;
      if (sum > n) continue;
      const decimals = decimalsOf(model.text.slice(c.start, c.end));
      if (comp.atMost ? (100 * sum) / n + 0.5 * 10 ** -decimals >= c.value : shareOf(sum, n, c.value, decimals)) continue;
      // (of the enrolment, the rate may be of an analysis set of fewer: only a rate that no group of up to n gives from
      // the counts is wrong)
      if (enrolled && someGroupGives(sum, n, c.value, decimals)) continue;
      const stated = `${comp.parts.map((p, i) => `${p} ${parts[i].value}`).join(' + ')} = ${sum}`;
      out.push({
        message: enrolled
          ? `${stated}: of the ${n} enrolled that is ${((100 * sum) / n).toFixed(1)} %, and no group of up to ${n} patients gives the stated ${c.binding.endpoint} ${model.text.slice(c.start, c.end)} from ${sum} responders.`
          : `${stated} of ${n} = ${((100 * sum) / n).toFixed(1)} %, not the stated ${c.binding.endpoint} ${model.text.slice(c.start, c.end)}.`,
        start: c.start, end: c.end,
        related: [...parts.map((f, i) => ({ start: f.start, end: f.end, message: comp.parts[i] })), { start: population.start, end: population.end, message: `the population: ${n}` }],
        data: { sum, n, stated: c.value }, fixes: [],
      });
    }
  }
  return out;
}

const WHOLE_UNITS = new Set((R.wholeUnits as string[]).map(u => u.toLowerCase()));
/** Right after a count of people: the words that make them the responders ("10 patients responded"). */
const WHOLE_AFTER = new RegExp(`^\\s?(?:${wordsPattern(R.wholeAfter)})(?![\\p{L}])`, 'iu');
/** A category said of a count by a linking verb: after the count, its share in brackets, "of these" and the verb, "complete" or "partial". */
const PREDICATE_CATEGORY = new Map(Object.entries(R.categoryPredicates as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
const CATEGORY_PREDICATE = new RegExp(`^\\s?(?:\\([^()\\n]{0,24}\\)\\s?)?(?:(?:${wordsPattern(R.predicateOf)})(?: \\p{L}+)? )?(?:${wordsPattern(R.predicateLinks)}) (${wordsPattern(Object.keys(R.categoryPredicates))})(?![\\p{L}])`, 'iu');
/** A count's own words naming its category: the number (digits or one word), then "complete responses", "partial responders". */
const CATEGORY_WORDS = new RegExp(`^[\\p{L}\\d.,-]+\\s(${wordsPattern(Object.keys(COUNT_CATEGORY))})(?![\\p{L}])`, 'iu');

const WHOLE_BEFORE = new RegExp(`^\\s+(?:${wordsPattern(R.wholeBefore)})\\s+(?:a total of\\s+)?$`, 'iu');
/** The composite ("ORR") whose name stands right before a count of people with a verb of occurrence between: "objective responses were observed in 10 patients". */
function compositeNamedBefore(model: DocumentModel, text: string, f: FigureEntity): string | undefined {
  const k = firstIndexFrom(model.entities, f.start) - 1;
  const e = k >= 0 ? model.entities[k] : undefined;
  if (!e || e.kind !== 'endpoint' || f.start - e.end > 40 || !COMPOSITES[e.name] || COMPOSITES[e.name].atMost) return undefined;
  return WHOLE_BEFORE.test(text.slice(e.end, f.start)) ? e.name : undefined;
}

/**
 * A count of responders against the counts of its categories: "Ten patients had an objective
 * response: four complete and six partial responses". An objective response is a complete or a
 * partial one, so the two counts stated for the responders must add up to them. The whole is a
 * count of people bound to the composite (or counted as responders), the parts the one count of
 * each of its categories that follows it in its sentence or the next of its paragraph; responses
 * not yet confirmed, another category or a second count of a part leave it unjudged.
 */
function responderParts(model: DocumentModel, bySentence: FigureEntity[][]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  // each figure's category read once: a figure is asked as a whole, then as a part of the wholes before it
  const categories = new Map<FigureEntity, string | undefined>();
  const categoryOf = (f: FigureEntity) => {
    if (categories.has(f)) return categories.get(f);
    const c = responseCategory(text, f, true);
    categories.set(f, c);
    return c;
  };
  const compositeOf = (f: FigureEntity): string | undefined => {
    // (a count of a group, "76 of 151 patients responded", counts the responders as a bare count does)
    if (typeof f.value !== 'number' || !Number.isInteger(f.value) || f.comparator || f.table || categoryOf(f)) return undefined;
    // "of 40 patients, 12 had an objective response": a bare number the words after make responders
    if ((PEOPLE_UNIT.test(f.unit) || (f.figureKind === 'other' && f.unit === '')) && WHOLE_AFTER.test(text.slice(f.end, f.end + 48))) return 'ORR';
    if (f.figureKind !== 'count') return undefined;
    if (WHOLE_UNITS.has(f.unit.toLowerCase())) return 'ORR';
    // "objective responses were observed in 10 patients": the composite named before, a verb of occurrence right before the count
    if (PEOPLE_UNIT.test(f.unit) && f.denominator === undefined) {
      const named = compositeNamedBefore(model, text, f);
      if (named) return named;
    }
    // "21 of 50" bound to the rate: a count of a group with no noun counts the responders too
    return (PEOPLE_UNIT.test(f.unit) || (f.unit === '' && f.denominator !== undefined)) && f.binding.endpoint && COMPOSITES[f.binding.endpoint] && !COMPOSITES[f.binding.endpoint].atMost ? f.binding.endpoint : undefined;
  };
  for (let si = 0; si < bySentence.length; si++) { const inS = bySentence[si];
    if (inS.length > RESPONSE_COUNT_FIGURES) continue;
    for (let i = 0; i < inS.length; i++) {
      const whole = inS[i];
      const composite = compositeOf(whole);
      if (!composite) continue;
      const comp = COMPOSITES[composite];
      const s = model.sentences[si];
      const nextInParagraph = si + 1 < bySentence.length && paragraphIndexAt(model, model.sentences[si + 1].start) === paragraphIndexAt(model, s.start);
      // the parts after the whole in its sentence, else in the next sentence of its paragraph when this one states none
      let window = inS.slice(i + 1);
      let end = s.end;
      if (!window.some(f => categoryOf(f)) && nextInParagraph && bySentence[si + 1].length <= RESPONSE_COUNT_FIGURES) { window = bySentence[si + 1]; end = model.sentences[si + 1].end; }
      if (UNSURE.test(text.slice(whole.start, end))) continue;
      const counts = new Map<string, FigureEntity[]>();
      for (let fI = 0, window_ = window; fI < window_.length; fI++) { const f = window_[fI]; const c = categoryOf(f); if (c) counts.set(c, [...(counts.get(c) ?? []), f]); }
      if (comp.parts.some(p => (counts.get(p)?.length ?? 0) !== 1) || [...counts.keys()].some(k => !comp.parts.includes(k))) continue;
      // another category named in the window ("VGPR", "CRi") may be among the responders
      if (window.some(f => f.binding.endpoint && OTHER_CATEGORIES.has(f.binding.endpoint))) continue;
      const parts = comp.parts.map(p => counts.get(p)![0]);
      const sum = parts.reduce((a, f) => a + (f.value as number), 0);
      if (sum === whole.value) continue;
      out.push({
        message: `${comp.parts.map((p, k) => `${p} ${parts[k].value}`).join(' + ')} = ${sum}, not the ${whole.value} with ${composite === 'ORR' ? 'an objective response' : `${composite}`} (\u201c${model.text.slice(whole.start, whole.end)}\u201d).`,
        start: parts[parts.length - 1].start, end: parts[parts.length - 1].end,
        related: [{ start: whole.start, end: whole.end, message: `the responders: ${whole.value}` }, ...parts.slice(0, -1).map((f, k) => ({ start: f.start, end: f.end, message: comp.parts[k] }))],
        data: { sum, stated: whole.value as number, parts: parts.length }, fixes: [],
      });
    }
  }
  return out;
}
