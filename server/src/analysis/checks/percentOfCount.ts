/**
 * percent-of-count: "8 of 22 patients (40 %)" where 8/22 = 36.4 %, and "Of 22 patients, 8 (40 %)
 * responded", where the count's population is named before it (shares.ts). The stated percentage is
 * accepted if rounding or truncating the true share to the decimals the text uses gives it, so
 * only arithmetic that no reading can save is reported. A count restated as a share of another
 * count written right after it, "150,000 additional shares, or 15 % of the 1,000,000 offered", is
 * judged the same way. The quick fix writes the computed share with the same number of decimals.
 */
import { Check, decimalsOf, figuresBySentence, firstIndexFrom, formatNumber, halfUnit, normalizedText, OTHER_POPULATION, paragraphIndexAt, sentenceIndexAt, wordsPattern, type CheckFinding, figuresOf } from './check';
import words from '../../../lexicon/grammar/shares.json';
import nesting from '../../../lexicon/grammar/nesting.json';
import { TO_MONTHS } from './survivalLogic';
import type { DocumentModel, Finding, FigureEntity } from '../model';
import { isPairedCount, listShares, populationShares, shareOf, statedPopulationShares, wholeCount } from './shares';
import { PEOPLE_PATTERN, PEOPLE_UNIT } from '../people';
import { roundingRoom } from '../claims';
import claimWords from '../../../lexicon/grammar/claims.json';
import { cellSharesOffTheirColumn, columnsOfOneImpliedSize } from './tableCells';
import { armSizeOf, populationsOf, statesAnalysisSet } from '../populations';
import { spanTest } from '../memo';
import { LABEL_CELL_READING, LINE_CELL_READING } from '../labelUnits';
import { marginsOffTheirSums } from './margins';

/** Between a fraction of people and its share: a few words that qualify them (no clause break, no other bracket), then the bracket. */
const QUALIFIED_FRACTION = /^ [^();:.,\n\[\]]{1,50} ?[(\[] ?$/u;

/** Between a share and its count in brackets: the people it is a share of ("of patients (", "of the evaluable participants ["). */
const SHARE_OF_PEOPLE_GAP = new RegExp(`^ of (?:the |all )?(?:[\\p{L}-]+ ){0,2}?(?:${PEOPLE_PATTERN}) ?[(\\[] ?$`, 'iu');

/** Units of a count of lengths of time ("6 of 12 weeks": the units durations are read in, survivalLogic.ts TO_MONTHS), which no share of people counts. */
const TIME_COUNT_UNITS = new Set(Object.keys(TO_MONTHS));
/** A threshold's sign or words right before a count ("≥6 of 12", "at least 6 of 12": nesting.json atLeast). */
const THRESHOLD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern([...nesting.atLeast.words, ...nesting.atLeast.below])})\\s?$`, 'iu');

export const percentOfCount: Check = {
  code: 'percent-of-count',
  description: 'A percentage that does not match the count it describes ("8 of 22 (40 %)" where 8/22 = 36.4 %).',
  defaultSeverity: 'error',
  run(model) {
    const out: CheckFinding[] = [];
    const figs = figuresOf(model);
    for (let i = 0; i + 1 < figs.length; i++) {
      const a = figs[i], b = figs[i + 1];
      const gap = model.text.slice(a.end, b.start);
      // "8 of 22 (36 %)" / "8/22 (36%)" and "36 % (8/22)" / "36 % (8 of 22 patients)" / "36 % — 8 of 22"
      let count: FigureEntity | undefined, pct: FigureEntity | undefined;
      if (/^ ?[(\[,:\u2013\u2014] ?$/.test(gap)) {
        if (a.figureKind === 'count' && a.denominator && b.figureKind === 'percent' && b.unit === '%') { count = a; pct = b; }
        else if (a.figureKind === 'percent' && a.unit === '%' && b.figureKind === 'count' && b.denominator) { count = b; pct = a; }
      } else if (a.figureKind === 'count' && a.denominator && b.figureKind === 'percent' && b.unit === '%' && QUALIFIED_FRACTION.test(gap) && /^\s?%?\s?[)\]]/.test(model.text.slice(b.end, b.end + 4))) {
        // "45 of the 62 participants randomized to AB-101 (72.6 %)": the fraction's people qualified, then its share alone in brackets
        count = a; pct = b;
      } else if (a.figureKind === 'count' && a.denominator && b.figureKind === 'percent' && b.unit === '%' && RESTATED_BETWEEN.test(gap)) {
        // "in 12 of 40 patients, or 35 %", ", representing 35 %": the fraction restated as its share
        count = a; pct = b;
      } else if (a.figureKind === 'percent' && a.unit === '%' && b.figureKind === 'count' && b.denominator && SHARE_OF_PEOPLE_GAP.test(gap)) {
        // "40 % of patients (11/25)": the people the share is of, then the count
        count = b; pct = a;
      }
      if (!count || !pct || typeof count.value !== 'number' || !count.denominator) continue;
      // "a responder rate for ≥6 of 12 weeks (41 %)": a count of weeks, or one a threshold's sign stands before, says for how
      // long or how often a responder must respond, not how many people the share is of
      if (TIME_COUNT_UNITS.has(count.unit.toLowerCase()) || THRESHOLD_BEFORE.test(model.text.slice(Math.max(0, count.start - 10), count.start))) continue;
      const finding = judge(model, count, pct, count.denominator, [{ start: count.start, end: count.end, message: `the count: ${count.value} of ${count.denominator}` }]);
      if (finding) out.push(finding);
    }
    // "up to 150,000 additional shares, or 15 % of the 1,000,000 offered": a count restated as a share of another
    for (let i = 0; i + 2 < figs.length; i++) {
      const a = figs[i], pct = figs[i + 1], b = figs[i + 2];
      // "up to 150,000 shares, or 15 % of": the share restates the bound, hedge and all
      if (pct.figureKind !== 'percent' || pct.unit !== '%' || !wholeCount(a, true) || !wholeCount(b) || (b.value as number) <= (a.value as number)) continue;
      if (pct.start - a.end > 24 || b.start - pct.end > 16) continue;
      if (!RESTATED_BETWEEN.test(model.text.slice(a.end, pct.start)) || !RESTATED_OF.test(model.text.slice(pct.end, b.start))) continue;
      const finding = judge(model, a, pct, b.value as number, [
        { start: a.start, end: a.end, message: `the count: ${a.value}` },
        { start: b.start, end: b.end, message: `the whole: ${b.value}` },
      ]);
      if (finding) out.push(finding);
    }
    // "167 among 484 patients (34.5 %)": a count, a word of "among", the people it is drawn from, the share in brackets
    // and "8 (36 %) of 22 patients": the share in brackets between the count and its whole
    for (let i = 0; i + 2 < figs.length; i++) {
      const a = figs[i];
      if (!(a.figureKind === 'count' || (a.figureKind === 'other' && !a.unit)) || a.denominator !== undefined || a.comparator || typeof a.value !== 'number' || !Number.isInteger(a.value)) continue;
      const among = AMONG_GAP.test(model.text.slice(a.end, figs[i + 1].start));
      const [b, pct] = among ? [figs[i + 1], figs[i + 2]] : [figs[i + 2], figs[i + 1]];
      if (!wholeCount(b) || !PEOPLE_UNIT.test(b.unit) || (b.value as number) < a.value || pct.figureKind !== 'percent' || pct.unit !== '%') continue;
      if (among ? !/^ ?[(\[] ?$/.test(model.text.slice(b.end, pct.start))
        : !/^ ?[(\[] ?$/.test(model.text.slice(a.end, pct.start)) || !OF_AFTER_SHARE.test(model.text.slice(pct.end, b.start))) continue;
      const finding = judge(model, a, pct, b.value as number, [
        { start: a.start, end: a.end, message: `the count: ${a.value}` },
        { start: b.start, end: b.end, message: `the whole: ${b.value}` },
      ]);
      if (finding) out.push(finding);
    }
    out.push(...respondersAfterRate(model));
    out.push(...rateRestatedAsCount(model, figs));
    out.push(...priceChanges(model, figs));
    // "12 (10.2)" in a table's cell: a share of the size its column's header states ("Placebo (n = 118)")
    for (let itemI = 0, itemList = cellSharesOffTheirColumn(model); itemI < itemList.length; itemI++) { const { count, pct, n, head } = itemList[itemI];
      const finding = judge(model, count, pct, n, [
        { start: count.start, end: count.end, message: `the count: ${count.value}` },
        { start: head.start, end: head.end, message: `the column's group: ${n}` },
      ]);
      if (finding) out.push(finding);
    }
    // a share its column's other shares all gainsay, in a column whose header states no size; a header's size none of them give
    for (let itemI = 0, itemList = columnsOfOneImpliedSize(model); itemI < itemList.length; itemI++) { const x = itemList[itemI];
      const size = x.low === x.high ? `${x.low}` : `${x.low} to ${x.high}`;
      if (x.head && x.stated !== undefined) {
        out.push({
          message: `n = ${x.stated} is not the group its column's shares are of: each of its ${x.agreeing} shares is of ${size} (${x.count.value} of ${x.n} is ${formatNumber((100 * (x.count.value as number)) / x.n, 1)} %, of ${x.stated} ${formatNumber((100 * (x.count.value as number)) / x.stated, 1)} %).`,
          start: x.head.start, end: x.head.end,
          related: [{ start: x.pct.start, end: x.pct.end, message: `a share of the column: ${x.count.value} (${x.pct.value} %)` }],
          data: { stated: x.stated, implied: x.n, shares: x.agreeing }, fixes: [],
        });
        continue;
      }
      const finding = judge(model, x.count, x.pct, x.n, [
        { start: x.count.start, end: x.count.end, message: `the count: ${x.count.value}` },
      ]);
      if (finding) out.push({ ...finding, message: `${finding.message} (the group of ${size} its column's ${x.agreeing} other shares are each of)` });
    }
    // "Of 40 patients, 12 (35 %)": the count's population named before it; then the pairs of a
    // list held to the population the list's other pairs bear out ("in 25 patients: 7 (30 %), ...")
    // (a count on a line of its own with its share, in a table copied a cell a line, is its column's: the arithmetic chose its
    // group when the lines were read, so no population stated before it is held to it; noPopulationGives judges it)
    // (so too a pair whose label above declares counts and shares, "n (%)", in such a table: the label names no group)
    const own = (x: { count: FigureEntity }) => !(x.count.reading ?? '').startsWith(LINE_CELL) && !(lineTable && LABEL_CELL.test(x.count.reading ?? ''));
    const lineTable = figs.some(f => (f.reading ?? '').startsWith(LINE_CELL));
    const named = populationShares(model).filter(own);
    const lists = listShares(model, new Set(named.map(x => x.pct))).filter(own);
    // then a lone pair held to the population stated just before it ("24 patients were dosed. Six patients (30 %) ...")
    const stated = statedPopulationShares(model, new Set([...named, ...lists].map(x => x.pct))).filter(own);
    // a pair whose population nothing states: still some whole population must give it ("17 (21.4 %)": 17/79 = 21.5 %, 17/80 = 21.3 %)
    out.push(...noPopulationGives(model, figs, new Set([...out.map(f => f.start), ...[...named, ...lists, ...stated].map(x => x.pct.start)])));
    // a pair of an arm whose size the document states elsewhere ("AB-101 (n=480)", then "in 31 patients (6.5 %) on AB-101")
    out.push(...armShares(model, new Set([...out.map(f => f.start), ...[...named, ...lists, ...stated].map(x => x.pct.start)])));
    out.push(...moneyShares(model, figs));
    // a margin its own sum and the period's revenue do not give ("an operating margin of 20 %" on 12.0 of 80.0 million)
    out.push(...marginsOffTheirSums(model));
    for (let itemI = 0, itemList = [...named, ...lists, ...stated]; itemI < itemList.length; itemI++) { const { count, pct, population, n } = itemList[itemI];
      const finding = judge(model, count, pct, n, [
        { start: count.start, end: count.end, message: `the count: ${count.value}` },
        { start: population.start, end: population.end, message: `the population: ${n}` },
      ]);
      if (finding) out.push(finding);
    }
    return out;
  },
};

/** How labelUnits.ts reads a count alone on its line with its share (linesOfCountAndShare). */
const LINE_CELL = LINE_CELL_READING;
/** How labelUnits.ts reads a count under a label that declares its unit. */
const LABEL_CELL = { test: (reading: string) => reading.startsWith(LABEL_CELL_READING) };

/** The share of an arm's size a count's treated set may hold: a share may be of the patients treated, a little fewer than those randomised. */
const TREATED_SHARE = 0.9;
/**
 * "Events occurred in 31 patients (6.4 %) on AB-101 and 25 patients (10.4 %) on placebo", the arms' sizes stated
 * elsewhere ("AB-101 (n = 483) or placebo (n = 241)"): each pair bound to an arm of one stated size is a share of that
 * arm, or of its treated patients (no fewer than TREATED_SHARE of it). Only when the sentence names no other population,
 * states no count of people other than the pairs' own, the pair is of no subgroup, and the document states no analysis set.
 */
function armShares(model: DocumentModel, judged: Set<number>): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = normalizedText(model);
  const bySentence = figuresBySentence(model);
  for (let si = 0; si < bySentence.length; si++) {
    const inS = bySentence[si];
    const pairs: number[] = [];
    for (let i = 0; i + 1 < inS.length; i++) if (isPairedCount(text, inS, i)) pairs.push(i);
    if (pairs.length === 0) continue;
    const numerators = new Set(pairs.map(i => inS[i]));
    if (inS.some(g => g.figureKind === 'count' && PEOPLE_UNIT.test(g.unit) && !numerators.has(g))) continue;
    if (spanTest(OTHER_POPULATION, text, model.sentences, model.sentences[si])) continue;
    for (let iI = 0, pairs_ = pairs; iI < pairs_.length; iI++) { const i = pairs_[iI];
      const count = inS[i], pct = inS[i + 1];
      if (judged.has(pct.start) || judged.has(count.start) || count.table || pct.binding.subgroup || count.binding.subgroup) continue;
      const arm = pct.binding.arm ?? count.binding.arm;
      if (!arm || (count.binding.arm && pct.binding.arm && count.binding.arm !== pct.binding.arm)) continue;
      const size = armSizeOf(model, arm);
      if (!size || typeof size.value !== 'number' || !Number.isInteger(size.value) || size.value < 10 || size.start > count.start) continue;
      if (statesAnalysisSet(model)) return out;
      const k = count.value as number, n = size.value, p = pct.value as number;
      const decimals = decimalsOf(model.text.slice(pct.start, pct.end));
      let fits = false;
      for (let m = Math.ceil(TREATED_SHARE * n); m <= n && !fits; m++) fits = shareOf(k, m, p, decimals);
      if (fits) continue;
      const f = judge(model, count, pct, n, [{ start: count.start, end: count.end, message: `the count: ${k}` }, { start: size.start, end: size.end, message: `the arm's size: ${n}` }]);
      if (f) out.push(f);
    }
  }
  return out;
}

const AMONG_GAP = new RegExp(`^\\s+(?:${wordsPattern(words.countAmong.words)})\\s+$`, 'iu');
const OF_AFTER_SHARE = new RegExp(`^ ?[)\\]]\\s+(?:${wordsPattern(words.countAmong.ofAfterShare)})\\s+$`, 'iu');
const RESPONDERS = new RegExp(`^[^.;:\\d]{0,40}?(?<![\\p{L}])(?:${wordsPattern(words.respondersAfterRate.words)})(?![\\p{L}])`, 'iu');

/**
 * "The response rate in the 45 evaluable patients was 22 %. The 10 patients listed as responders ...": a
 * response rate whose sentence states one count of people (its population) and no other count or share,
 * and in the next sentence of its paragraph the one count of people called responders: the count is
 * the rate's numerator, so count / population must give the rate.
 */
function respondersAfterRate(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const bySentence = figuresBySentence(model);
  for (let si = 0; si + 1 < bySentence.length; si++) {
    const inS = bySentence[si];
    const rates = inS.filter(f => f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number' && !f.comparator && f.binding.endpoint === 'ORR');
    const counts = inS.filter(f => f.figureKind === 'count');
    if (rates.length !== 1 || counts.length !== 1 || inS.filter(f => f.figureKind === 'percent').length !== 1) continue;
    const [pct, pop] = [rates[0], counts[0]];
    if (!wholeCount(pop) || !PEOPLE_UNIT.test(pop.unit) || pop.denominator !== undefined || pop.end > pct.start) continue;
    const next = model.sentences[si + 1];
    if (paragraphIndexAt(model, next.start) !== paragraphIndexAt(model, pct.start)) continue;
    const responders = bySentence[si + 1].filter(f => f.figureKind === 'count' && wholeCount(f) && PEOPLE_UNIT.test(f.unit) && RESPONDERS.test(model.text.slice(f.end, f.end + 48)));
    if (responders.length !== 1 || (responders[0].value as number) > (pop.value as number)) continue;
    const k = responders[0];
    const finding = judge(model, k, pct, pop.value as number, [
      { start: pct.start, end: pct.end, message: `the rate: ${pct.value} %` },
      { start: pop.start, end: pop.end, message: `the population: ${pop.value}` },
    ]);
    if (finding) out.push({ ...finding, start: k.start, end: k.end, fixes: [] });
  }
  return out;
}

/**
 * "The response rate was 35 %." and, elsewhere, "tumours shrank in 8 of 20 patients, which gave the
 * response rate" or "38 of 75 evaluable patients responded": a document that states one response
 * rate and one count of responders out of their group states the rate twice, so the count over its
 * group must give it. Judged only when every such rate of the document has one value and every such
 * count one fraction, none of them an arm's, a subgroup's, a table cell or beside its own share (the
 * pairs are judged above), and neither sentence names another population, analysis or time.
 */
function rateRestatedAsCount(model: DocumentModel, figs: readonly FigureEntity[]): CheckFinding[] {
  const text = normalizedText(model);
  const own = (f: FigureEntity) => !f.table && !f.binding.arm && !f.binding.subgroup && !f.comparator;
  const plain = (f: FigureEntity) => { const s = model.sentences[sentenceIndexAt(model, f.start)]; return !!s && !spanTest(OTHER_POPULATION, text, model.sentences, s); };
  const beside = (i: number) => [figs[i - 1], figs[i + 1]].some(x => x && (x.figureKind === 'percent' || x.denominator !== undefined) && /^ ?[(\[,] ?$/.test(text.slice(Math.min(x.end, figs[i].end), Math.max(x.start, figs[i].start))));
  const rates: FigureEntity[] = [], counts: FigureEntity[] = [];
  const analysed = new Set(populationsOf(model).filter(p => p.role === 'analysis' && p.figure.denominator !== undefined && p.size === p.figure.value).map(p => p.figure));
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (f.figureKind === 'percent' && f.unit === '%' && typeof f.value === 'number' && f.binding.endpoint === 'ORR') {
      if (!own(f) || beside(i)) return [];
      rates.push(f);
    } else if (f.figureKind === 'count' && f.denominator !== undefined && typeof f.value === 'number' && PEOPLE_UNIT.test(f.unit)
      && (f.binding.endpoint === 'ORR' || RESPONDERS.test(text.slice(f.end, f.end + 48)))
      // ("22 of 25 patients were evaluable for response": the 22 are the analysis set, not the responders)
      && !analysed.has(f)) {
      if (!own(f) || beside(i)) return [];
      counts.push(f);
    }
  }
  if (rates.length === 0 || counts.length === 0) return [];
  if (new Set(rates.map(r => r.value)).size !== 1 || new Set(counts.map(c => `${c.value}/${c.denominator}`)).size !== 1) return [];
  if (![...rates, ...counts].every(plain)) return [];
  const pct = rates[0], k = counts[0];
  const finding = judge(model, k, pct, k.denominator as number, [{ start: pct.start, end: pct.end, message: `the rate: ${pct.value} %` }]);
  return finding ? [{ ...finding, start: k.start, end: k.end, fixes: [] }] : [];
}

const RESTATED_BETWEEN = new RegExp(`^\\s*,\\s*(?:${wordsPattern(words.restatedAs.between)})\\s+$`, 'iu');
const RESTATED_OF = new RegExp(`^\\s+(?:${wordsPattern(words.restatedAs.of)})\\s+$`, 'iu');

/** A finding when the stated share is not count/denominator, rounded or truncated to its decimals. */
function judge(model: DocumentModel, count: FigureEntity, pct: FigureEntity, denominator: number, related: Finding['related']): CheckFinding | undefined {
  // (a share a model estimates, as the table's note says, is no count over its group)
  if (typeof pct.value !== 'number' || typeof count.value !== 'number' || pct.comparator || pct.estimated) return undefined;
  const share = (100 * count.value) / denominator;
  const decimals = decimalsOf(model.text.slice(pct.start, pct.end));
  if (shareOf(count.value, denominator, pct.value, decimals)) return undefined;
  const computed = formatNumber(share, Math.max(1, decimals));
  const replacement = formatNumber(share, decimals);
  const numberAt = locateNumber(model.text, pct);
  return {
    message: `${pct.binding.endpoint ? pct.binding.endpoint + ' ' : ''}${pct.value} % \u2260 ${count.value}/${denominator} = ${computed} %`,
    start: pct.start, end: pct.end, related,
    data: { stated: pct.value, numerator: count.value, denominator, computed: Number(share.toFixed(4)) },
    fixes: numberAt ? [{ title: `Replace ${pct.value} % with ${replacement} %`, edits: [{ start: numberAt.start, end: numberAt.end, newText: usesDecimalComma(model.text.slice(numberAt.start, numberAt.end)) ? replacement.replace('.', ',') : replacement }] }] : [],
  };
}

function locateNumber(text: string, f: FigureEntity): { start: number; end: number } | undefined {
  const m = /\d+(?:[.,]\d+)?/.exec(text.slice(f.start, f.end));
  return m ? { start: f.start + m.index, end: f.start + m.index + m[0].length } : undefined;
}

function usesDecimalComma(s: string): boolean { return /^\d+,\d{1,2}$/.test(s); }

/** "$0.70 or 5.6 %", "$1.60, or 11.4 %": a change of a price in money and, restated, in percent. */
const CHANGE_RESTATED = /^\s*,?\s*(?:or|oder|eller|soit|ou)\s*$/i;
/** "at $12.40", "to $12.40": the price the shares stand at. */
const PRICE_AT = /(?:^|[^\p{L}])(?:at|to|auf|bei|på|til|à)\s*$/iu;

/**
 * A price change given in money and restated in percent ("closed at $12.40, down $1.60 or
 * 11.4 %", "gained $0.70 or 5.6 % after hours"): the percentage is the change over the price it
 * started from, which is the price stated ("at $12.40") before or after the change. Judged against
 * the one price the sentence, or else the sentence before, states at; reported only when neither
 * reading, nor the change over the stated price itself, gives the percentage within its rounding.
 */
function priceChanges(model: DocumentModel, figs: readonly FigureEntity[]): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  // (sentences are sorted and apart, figures sorted by start: binary searches, not a walk over the document per change)
  const sentenceOf = (f: FigureEntity) => sentenceIndexAt(model, f.start);
  const isPrice = (f: FigureEntity) => f.figureKind === 'money' && typeof f.value === 'number' && f.value > 0 && !f.comparator && PRICE_AT.test(text.slice(Math.max(0, f.start - 8), f.start));
  for (let i = 1; i + 1 < figs.length; i++) {
    const x = figs[i], p = figs[i + 1];
    if (x.figureKind !== 'money' || typeof x.value !== 'number' || x.value <= 0 || x.comparator || p.figureKind !== 'percent' || p.unit !== '%' || typeof p.value !== 'number' || p.comparator) continue;
    if (!CHANGE_RESTATED.test(text.slice(x.end, p.start)) || isPrice(x)) continue;
    const si = sentenceOf(x);
    if (si < 0) continue;
    // the one price stated "at" in the change's sentence, else in the sentence before (same paragraph)
    const inSentence = (k: number) => {
      const out: FigureEntity[] = [];
      for (let j = firstIndexFrom(figs, model.sentences[k].start); j < figs.length && figs[j].start < model.sentences[k].end; j++) {
        const f = figs[j];
        if (f !== x && f.unit === x.unit && isPrice(f)) out.push(f);
      }
      return out;
    };
    let prices = inSentence(si);
    if (prices.length === 0 && si > 0 && !/\n[ \t]*\n/.test(text.slice(model.sentences[si - 1].end, model.sentences[si].start))) prices = inSentence(si - 1);
    if (prices.length !== 1) continue;
    const price = prices[0].value as number, change = x.value, stated = p.value;
    if (change >= price) continue;
    const dp = 0.5 * 10 ** -decimalsOf(model.text.slice(p.start, p.end));
    // every written number rounds in its own units ("$1.7 million" stands for 1.65 to 1.75 million):
    // the share is read at the ends of the change's and the price's rounding
    const dx = roundingRoom(model.text.slice(x.start, x.end), change), dq = roundingRoom(model.text.slice(prices[0].start, prices[0].end), price);
    const fits = (sign: number) => {
      let lo = Infinity, hi = -Infinity;
      for (let cI = 0, cList = [change - dx, change + dx]; cI < cList.length; cI++) { const c = cList[cI]; for (let qI = 0, qList = [price - dq, price + dq]; qI < qList.length; qI++) { const q = qList[qI];
        const base = q + sign * c;
        if (base <= 0 || c <= 0) return true;
        const r = 100 * c / base;
        lo = Math.min(lo, r); hi = Math.max(hi, r);
      } }
      return stated + dp >= lo - 0.05 && stated - dp <= hi + 0.05;
    };
    if (fits(0) || fits(1) || fits(-1)) continue;
    out.push({
      message: `${p.value} % is not the change of ${model.text.slice(x.start, x.end)} on a price of ${model.text.slice(prices[0].start, prices[0].end)}: ${formatNumber(100 * change / price, 2)} % (or ${formatNumber(100 * change / (price + change), 2)} % from ${formatNumber(price + change, 2)}).`,
      start: p.start, end: p.end,
      related: [{ start: x.start, end: x.end, message: `the change: ${change}` }, { start: prices[0].start, end: prices[0].end, message: `the price: ${price}` }],
      data: { stated: p.value, change, price }, fixes: [],
    });
  }
  return out;
}

/** "21.4 % of patients (17 patients)", "21.4 % (17)": a share with its count after it. */
const SHARE_THEN_COUNT = /^\s*(?:of\s+(?:the\s+)?(?:patients|participants|subjects)\s*)?[(\[]\s*$/i;
/** How many populations are tried for one pair at most: beyond it the share is taken to fit. */
const MAX_TRIED = 5000;

/**
 * A count of people and its share, "17 (21.4 %)" or "21.4 % of patients (17 patients)", whose
 * population the text does not state: no whole number of people N gives 17/N as 21.4 % (17/79 =
 * 21.5 %, 17/80 = 21.3 %), rounded or truncated, so the two cannot both be right. A count written
 * as the n ("n = 17") is the population, not the count, and is left out.
 */
function noPopulationGives(model: DocumentModel, figs: readonly FigureEntity[], judged: ReadonlySet<number>): CheckFinding[] {
  const text = normalizedText(model);
  const out: CheckFinding[] = [];
  for (let i = 0; i + 1 < figs.length; i++) {
    const a = figs[i], b = figs[i + 1];
    const gap = text.slice(a.end, b.start);
    let count: FigureEntity | undefined, pct: FigureEntity | undefined;
    if (wholeCount(a) && b.figureKind === 'percent' && /^ ?[(\[] ?$/.test(gap)) { count = a; pct = b; }
    else if (a.figureKind === 'percent' && wholeCount(b) && SHARE_THEN_COUNT.test(gap)) { count = b; pct = a; }
    // the parenthesis holds the second figure alone: "23 patients (27.9 % female)" gives a share of the 23, not the 23 as a share
    const second = count === b ? count : pct;
    if (second && !/^\s*[)\]]/.test(text.slice(second.end, second.end + 3))) continue;
    if (!count || !pct || pct.unit !== '%' || typeof pct.value !== 'number' || pct.comparator || judged.has(pct.start) || count.table || pct.table) continue;
    if (!PEOPLE_UNIT.test(count.unit) || /\bn\s*=\s*$/i.test(text.slice(Math.max(0, count.start - 6), count.start)) || /^n\s*=/i.test(text.slice(count.start, count.end))) continue;
    const k = count.value as number, p = pct.value;
    if (k < 1 || p <= 0 || p > 100) continue;
    const decimals = decimalsOf(model.text.slice(pct.start, pct.end));
    const unit = 10 ** -decimals;
    const lo = Math.max(k, Math.ceil((100 * k) / (p + unit)) - 1), hi = Math.floor((100 * k) / Math.max(p - unit, 1e-9)) + 1;
    if (hi - lo > MAX_TRIED) continue;
    let fits = false;
    for (let n = lo; n <= hi && !fits; n++) fits = n >= k && shareOf(k, n, p, decimals);
    if (fits) continue;
    const below = Math.floor((100 * k) / p), above = below + 1;
    out.push({
      message: `${p} % is no share of ${k} people: no whole population gives it (${k}/${above} = ${formatNumber((100 * k) / above, Math.max(1, decimals))} %, ${k}/${below} = ${formatNumber((100 * k) / below, Math.max(1, decimals))} %).`,
      start: pct.start, end: pct.end,
      related: [{ start: count.start, end: count.end, message: `the count: ${k}` }],
      data: { stated: p, numerator: k }, fixes: [],
    });
  }
  return out;
}

/** After a sum and its comma, the word that opens its parts as shares of it (shares.json moneyParts): ", of which". */
const MONEY_PARTS_OPEN = new RegExp(`^\\s*,?\\s*(?:${wordsPattern(words.moneyParts.openers)})\\s*$`, 'iu');
/** Between a share and its amount: a few words of what it is for, then a bracket or a word that restates (claims.json restating). */
const AMOUNT_RESTATED = new RegExp(`^[^\\d;.()]{0,80}?(?:\\(\\s*|[,\\s](?:${wordsPattern(claimWords.restating)})\\s+)$`, 'iu');

/**
 * "Costs were EUR 20 million, of which 40 % for research (EUR 8 million)": a share of a sum, opened by a word of its parts,
 * its amount written after it; the share must be the amount over the sum, within the rounding of the three numbers.
 */
function moneyShares(model: DocumentModel, figs: readonly FigureEntity[]): CheckFinding[] {
  const out: CheckFinding[] = [];
  const text = model.text;
  for (let i = 0; i + 2 < figs.length; i++) {
    const whole = figs[i], pct = figs[i + 1], part = figs[i + 2];
    if (whole.figureKind !== 'money' || typeof whole.value !== 'number' || whole.value <= 0 || whole.comparator) continue;
    if (pct.figureKind !== 'percent' || pct.unit !== '%' || typeof pct.value !== 'number' || pct.comparator || pct.value <= 0 || pct.value >= 100) continue;
    if (part.figureKind !== 'money' || part.unit !== whole.unit || typeof part.value !== 'number' || part.value <= 0 || part.comparator) continue;
    if (pct.start - whole.end > 40 || part.start - pct.end > 120) continue;
    if (!MONEY_PARTS_OPEN.test(text.slice(whole.end, pct.start)) || !AMOUNT_RESTATED.test(text.slice(pct.end, part.start))) continue;
    const rw = roundingRoom(text.slice(whole.start, whole.end), whole.value), ra = roundingRoom(text.slice(part.start, part.end), part.value);
    const lo = 100 * (part.value - ra) / (whole.value + rw), hi = 100 * (part.value + ra) / (whole.value - rw);
    const room = halfUnit(text.slice(pct.start, pct.end));
    if (pct.value + room >= lo && pct.value - room <= hi) continue;
    const exact = 100 * part.value / whole.value;
    out.push({
      message: `${pct.value} % is not ${text.slice(part.start, part.end)} of ${text.slice(whole.start, whole.end)}: that is ${formatNumber(exact, 1)} %.`,
      start: pct.start, end: pct.end,
      related: [{ start: whole.start, end: whole.end, message: `the whole: ${text.slice(whole.start, whole.end)}` }, { start: part.start, end: part.end, message: `the part: ${text.slice(part.start, part.end)}` }],
      data: { share: pct.value, part: part.value, whole: whole.value }, fixes: [],
    });
  }
  return out;
}
