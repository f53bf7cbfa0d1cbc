/**
 * repeated-value, over claims: one measure stated twice with values that cannot both be right ("a
 * net revenue of $40.1 million" in the headline, "net revenue was $44.1 million" in the text). The
 * measure is the noun phrase the text ties each figure to (claims.ts), and two claims are one
 * statement only when nothing sets them apart:
 *
 * - the measure is an endpoint the figure is bound to, or names something specific (two words,
 *   or one long compound), and the document
 *   gives it exactly two values: a measure stated for a series (each quarter, each region, each
 *   dose) has more, and is never judged;
 * - the same kind and unit, in two sentences, each sentence free of words that speak of another
 *   population, analysis or time ("subgroup", "interim", "prior year", "expected");
 * - no two different time points or periods, no two different arms (a headline often leaves out
 *   what its text states), and, when both sentences name companies or drugs, one of them in common;
 * - one of the two in a summary (a headline, a bullet, a heading, a labelled list item) or in the
 *   lede (the first sentence or two of the running text) and the other in a place of lower rank
 *   (the lede, or the text below it): two statements of the text are as often two deals or two trials;
 * - values that no rounding or hedge of either reconciles, yet of one order of magnitude (within a
 *   factor of two): a per-share amount and a total share a phrase but are two measures.
 */
import { claimIndex, claimsOf, keyWord, roundingRoom, Claim } from '../claims';
import { normalizedTextOf } from '../text';
import { clearedWithMemo, memoSpanText, spanExec } from '../memo';
import { readPiece, testPiece } from '../testMemo';
import { wordsPattern } from '../words';
import words from '../../../lexicon/grammar/claims.json';
import type { DocumentModel } from '../model';
import { groupSizesRestated } from './groupSizes';
import { entitiesWithin, figuresBySentence, firstIndexFrom, itemsWithin, opensWithItsWhole, populationKey, type CheckFinding } from './check';
import dateWords from '../../../lexicon/grammar/dates.json';
import type { FigureEntity } from '../model';
import { PEOPLE_UNIT, PEOPLE_UNITS } from '../people';
import numbers from '../../../lexicon/builtin/numbers.json';
import comparisons from '../../../lexicon/grammar/comparisons.json';
import nesting from '../../../lexicon/grammar/nesting.json';

/** Each measure's claims, at most this many: a measure stated more often is a series, never judged. */
const MAX_STATEMENTS = 6;

export function restatedClaims(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (let allI = 0, allList = measures(model); allI < allList.length; allI++) { const all = allList[allI];
    const list = statements(model, all.filter(c => comparable(model, c)));
    if (!list) continue;
    // (a word of another population speaks of the one subgroup every statement names: "in the sAML subset" and "the secondary
    // AML subgroup" state one group's result)
    if (list.some(c => c.otherContext) && !oneNamedSubgroup(list)) continue;
    // the first statement of each value; the later one is reported against the earlier
    const first = list[0];
    // (a headline and a bullet restate each other's rank: the text's statement below them is the one to hold them to, when
    // the first statement of another value shares the first's rank)
    const second = (list.find(c => c.figure.value !== first.figure.value && placeRank(model, c) !== placeRank(model, first))
      ?? list.find(c => c.figure.value !== first.figure.value)) as Claim;
    // "the $9 million upfront payment": a definite noun phrase refers back to the one stated before
    // (unless the same sum was stated before in other words, "a $4 million amount due" then "the $4 million upfront
    // payment": the phrase then refers back to that statement, no other value of the measure)
    const refersBack = definiteReference(model, second) && !valueStatedBefore(model, second.figure);
    if ((first.sentence === second.sentence && first.heading === second.heading) || !sameScope(first, second, refersBack)) continue;
    // "Median OS Acme = 36 weeks" over "Median OS Zeta = 35 weeks": one wording for two groups, their labels apart
    if (parallelWording(model, first, second)) continue;
    // "52% (63 of 120)" and, later, "in the 26 patients with ..., 46% (12 of 26)": two sizes, two populations
    // (the size given with any statement of a value: a headline leaves it out)
    const sizeOf = (v: unknown) => list.filter(c => c.figure.value === v).map(c => groupSize(model, c)).find(n => n !== undefined);
    const sizeA = sizeOf(first.figure.value), sizeB = sizeOf(second.figure.value);
    if (sizeA !== undefined && sizeB !== undefined && sizeA !== sizeB) continue;
    // a summary (a headline, a bullet, a heading) restated in the text, or the text restated in a list
    // (a quotation restates the text as a summary does: "the 45 % response rate we saw", said the physician)
    if (!refersBack && placeRank(model, first) === placeRank(model, second)) continue;
    if (agree(model, first, second)) continue;
    const a = first.figure.value as number, b = second.figure.value as number;
    if (a <= 0 || b <= 0 || Math.max(a, b) > 2 * Math.min(a, b)) continue;
    const written = (c: Claim) => model.text.slice(c.figure.start, c.figure.end);
    out.push({
      message: `The ${measureName(second)} is stated as ${written(second)} here but ${written(first)} earlier.`,
      start: second.figure.start, end: second.figure.end,
      related: [{ start: first.figure.start, end: first.figure.end, message: `the earlier statement of the ${measureName(first)}` }],
      data: { first: a, second: b }, fixes: [],
    });
  }
  const at = new Set(out.map(f => f.start));
  for (let fI = 0, fList = [...sameIntervals(model), ...samePValues(model)]; fI < fList.length; fI++) { const f = fList[fI]; if (!at.has(f.start)) { out.push(f); at.add(f.start); } }
  // a sentence restated word for word says most plainly what was restated: its finding stands for the measure's on the same figure
  const verbatim = verbatimRestatements(model);
  const said = new Set(verbatim.map(f => f.start));
  return out.filter(f => !said.has(f.start)).concat(verbatim, comparisonsRestated(model).filter(f => !at.has(f.start) && !said.has(f.start)), fractionsRestated(model), groupsReferredBack(model), groupSizesRestated(model).filter(f => !at.has(f.start) && !said.has(f.start)), sumsReferredBack(model), cashRestated(model).filter(f => !at.has(f.start) && !said.has(f.start)), sumsOfOneEvent(model).filter(f => !at.has(f.start) && !said.has(f.start)), echoes(model).filter(f => !at.has(f.start) && !said.has(f.start)));
}

/**
 * One comparison stated twice, one side changed: "median OS of 14.2 months versus 9.8 months" in a bullet and "a median
 * OS of 15.2 months compared with 9.8 months" in the text. Two statements of one measure and one population, each
 * compared with a figure of its own sentence (claims.ts comparedWith), the two compared figures one value within their
 * rounding and the two stated ones apart beyond theirs (within a factor of two); in two places of different rank (a
 * summary and the text), of one scope (sameScope). A measure stated for several populations in one document is judged
 * so, arm by arm, where its values together are more than two.
 */
function comparisonsRestated(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (let allI = 0, allList = measures(model); allI < allList.length; allI++) { const all = allList[allI];
    const pairs = all.filter(c => c.comparedWith && c.population !== '||' && comparable(model, c) && !c.otherContext && typeof c.figure.value === 'number'
      && typeof c.comparedWith.value === 'number');
    if (pairs.length < 2 || pairs.length > MAX_STATEMENTS) continue;
    const byPopulation = new Map<string, Claim[]>();
    for (let cI = 0, pairs_ = pairs; cI < pairs_.length; cI++) { const c = pairs_[cI]; byPopulation.set(c.population, [...byPopulation.get(c.population) ?? [], c]); }
    for (const list of byPopulation.values()) {
      if (list.length !== 2 || new Set(list.map(c => c.figure.value)).size !== 2) continue;
      const [first, second] = list;
      if (first.sentence === second.sentence || placeRank(model, first) === placeRank(model, second) || !sameScope(first, second)) continue;
      const ca = first.comparedWith!, cb = second.comparedWith!;
      const room = (f: FigureEntity) => roundingRoom(model.text.slice(f.start, f.end), f.value as number);
      if (ca.unit !== cb.unit || Math.abs((ca.value as number) - (cb.value as number)) > room(ca) + room(cb)) continue;
      if (agree(model, first, second)) continue;
      const a = first.figure.value as number, b = second.figure.value as number;
      if (a <= 0 || b <= 0 || Math.max(a, b) > 2 * Math.min(a, b)) continue;
      const written = (c: Claim) => model.text.slice(c.figure.start, c.figure.end);
      out.push({
        message: `The ${measureName(second)} is stated as ${written(second)} here but ${written(first)} earlier, each against ${model.text.slice(cb.start, cb.end)}.`,
        start: second.figure.start, end: second.figure.end,
        related: [{ start: first.figure.start, end: first.figure.end, message: `the earlier statement of the ${measureName(first)}` }],
        data: { first: a, second: b }, fixes: [],
      });
    }
  }
  return out;
}

/**
 * Two sentences side by side written in the same words but one, besides their figures ("Median OS Acme = 36 weeks",
 * "Median OS Zeta = 35 weeks"): a list of groups each stated in one wording, the word apart naming the group, never
 * one measure stated twice.
 */
function parallelWording(model: DocumentModel, a: Claim, b: Claim): boolean {
  const [x, y] = a.figure.start < b.figure.start ? [a, b] : [b, a];
  if (y.sentence - x.sentence > 1) return false;
  const text = model.text;
  // the words before each figure, back to its sentence's start or the figure before it in the sentence
  const leadOf = (c: Claim) => {
    const s = model.sentences[c.sentence];
    let from = s.start;
    for (let eI2 = 0, eList = figuresBySentence(model)[c.sentence] ?? []; eI2 < eList.length; eI2++) { const e = eList[eI2]; if (e.end <= c.figure.start && e.end > from && e.start >= s.start) from = e.end; }
    return text.slice(from, c.figure.start).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  };
  const p = leadOf(x), q = leadOf(y);
  if (p.length !== q.length || p.length < 3) return false;
  // one word apart, a name on both sides (a group's label: "Acme", "ZX-12"), not a verb or preposition ("of", "was")
  let apart = 0;
  for (let i = 0; i < p.length && apart < 2; i++) if (p[i] !== q[i]) apart += /^[\p{Lu}\p{N}]/u.test(p[i]) && /^[\p{Lu}\p{N}]/u.test(q[i]) ? 1 : 2;
  return apart === 1;
}

/**
 * Whether two statements' values may be one: their allowed values overlap, a share in words ("half
 * the patients", "gut die Hälfte") taken as loosely as writers round to one (fractionsRestated's slack).
 */
function agree(model: DocumentModel, a: Claim, b: Claim): boolean {
  const room = (c: Claim) => c.figure.figureKind === 'percent' && !/\d/.test(model.text.slice(c.figure.start, c.figure.end)) ? FRACTION_SLACK * (c.figure.value as number) : 0;
  const ra = room(a), rb = room(b);
  // two statements of one bound ("up to EUR 37 million", later "up to EUR 39 million"): the bound is a value, stated twice
  const ca = a.figure.comparator, cb = b.figure.comparator;
  if (ca && ca === cb && BOUNDS.has(ca) && typeof a.figure.value === 'number' && typeof b.figure.value === 'number') {
    const da = roundingRoom(model.text.slice(a.figure.start, a.figure.end), a.figure.value), db = roundingRoom(model.text.slice(b.figure.start, b.figure.end), b.figure.value);
    return Math.abs(a.figure.value - b.figure.value) <= da + db + ra + rb;
  }
  const [al, ah] = hedgedSpan(model, a), [bl, bh] = hedgedSpan(model, b);
  return al - ra <= bh + rb && bl - rb <= ah + ra;
}
/** Comparators that make a figure a bound ("up to", "at least", "more than"). */
const BOUNDS = new Set(['<', '\u2264', '>', '\u2265']);

/**
 * The values a statement allows when restated: a hedged figure ("approximately $3.3 billion", "about 40 %") is the
 * true value rounded where its writer stopped writing digits, so it allows one unit of its last digit that is not a
 * trailing zero either way ("about 40 %" 30 to 50, "approximately $286 million" 285 to 287 million), not the tenth of
 * itself a hedge allows a figure compared with a computed one (claims.ts allowed): two writings of one amount differ
 * by their rounding only. Other figures allow what claims.ts gives.
 */
function hedgedSpan(model: DocumentModel, c: Claim): [number, number] {
  if (c.figure.comparator !== '~' || typeof c.figure.value !== 'number') return [c.low, c.high];
  const surface = model.text.slice(c.figure.start, c.figure.end);
  const digits = /\d[\d.,\s\u00a0\u202f']*\d|\d/.exec(surface);
  if (!digits) return [c.low, c.high];
  const zeros = /0*$/.exec(digits[0].replace(/\D/g, ''))![0].length;
  const unit = 2 * roundingRoom(surface, c.figure.value) * 10 ** zeros;
  return [c.figure.value - unit, c.figure.value + unit];
}

/** What a claim measures, in words: its measure's label, a ratio's name before its endpoint ("HR for OS"). */
function measureName(c: Claim): string {
  const label = c.measure?.label ?? 'value';
  return c.figure.figureKind === 'ratio' && c.figure.unit ? `${c.figure.unit} for ${label}` : label;
}

/**
 * The statements of one measure that can be judged against each other: at most six, with exactly
 * two values between them. Where the measure's figures hold more values, two readings of the
 * measure may be mixed: a bound ("over 30%", "20% or more") states no value a restatement could
 * contradict, and a share of people ("30% of participants lost 20% of their weight") is the
 * responder rate of a measure whose other figures are its mean. Either set alone may still hold
 * exactly two values.
 */
function statements(model: DocumentModel, list: Claim[]): Claim[] | undefined {
  const judged = (l: Claim[]) => l.length >= 2 && l.length <= MAX_STATEMENTS && new Set(l.map(c => c.figure.value as number)).size === 2 ? l : undefined;
  if (list.length < 2) return undefined;
  const whole = judged(list);
  if (whole || list.length > 3 * MAX_STATEMENTS) return whole;
  const bounded = list.filter(c => Number.isFinite(c.low) && Number.isFinite(c.high));
  if (bounded.length < list.length && judged(bounded)) return bounded;
  // a measure stated for two periods (a quarter's and the nine months' sums): each period's statements with the summary
  // statements that name none (a headline leaves its period out), when exactly one period's hold two values
  const periods = [...new Set(bounded.map(c => c.time).filter(Boolean))];
  if (periods.length >= 2) {
    // (two values more than twice apart are no restatement of one figure, below: a headline's quarter is not its year)
    const near = (l: Claim[]) => { const v = l.map(c => c.figure.value as number); return Math.max(...v) <= 2 * Math.min(...v); };
    // (only a summary leaves its period out so: a statement of the text with no period read may have lost it to the layout)
    // (and one whose sentence states the measure for a period is that sentence's, whatever its own words left unread)
    const dated = new Set(bounded.filter(c => c.time).map(c => c.sentence));
    const ones = periods.map(t => judged(bounded.filter(c => c.time === t || (c.time === '' && summaryRank(model, c) > 0 && !dated.has(c.sentence))))).filter(l => l !== undefined && near(l));
    if (ones.length === 1) return ones[0];
  }
  // "21 (88 %) had tumour shrinkage (mean shrinkage was 30.5 %)": a mean or median of a measurement and the share of people
  // are two readings of one measure; the shares alone may hold exactly two values
  const stats = bounded.filter(c => statisticOf(model, c));
  // (one statistic beside the shares: a measure stated for a series has its means in each member, which the series reads)
  if (stats.length > 0 && stats.length < bounded.length && new Set(stats.map(c => c.figure.value)).size === 1) {
    const one = judged(bounded.filter(c => !stats.includes(c)));
    if (one) return one;
  }
  // "23 of 30 MRD-positive patients (73 %)": a share in parentheses right after the count it restates is that
  // group's; the other statements may still hold exactly two values between them
  if (bounded.length >= 3 && bounded[0].figure.figureKind === 'percent') {
    const others = bounded.filter(c => !shareOfItsCount(model, c));
    const one = others.length < bounded.length ? judged(others) : undefined;
    if (one) return one;
  }
  let rest = bounded;
  if (bounded.length >= 2 && bounded[0].figure.figureKind === 'percent') {
    const text = normalizedTextOf(model);
    const ofPeople = bounded.filter(c => SHARE_OF_PEOPLE.test(text.slice(c.figure.end, c.figure.end + 60)));
    if (ofPeople.length > 0 && ofPeople.length < bounded.length) {
      rest = bounded.filter(c => !ofPeople.includes(c));
      const one = judged(ofPeople) ?? judged(rest);
      if (one) return one;
    }
  }
  // a measure stated for a series (each dose, each arm) judged within one member of it: the same
  // drug, arm and subgroup at the same time, when every statement of the measure names its arm or
  // subgroup (a drug alone is the whole trial's, and its subgroups often go unnamed)
  if (rest.length < 3 || rest.some(c => c.population.split('|').slice(1).join('') === '')) return undefined;
  const byMember = new Map<string, Claim[]>();
  for (let cI = 0, rest_ = rest; cI < rest_.length; cI++) { const c = rest_[cI]; const k = `${c.population}#${c.time}`; byMember.set(k, [...(byMember.get(k) ?? []), c]); }
  if (byMember.size < 2) return undefined;
  for (const l of byMember.values()) { const one = judged(l); if (one) return one; }
  return undefined;
}

/** A statistic's word ("mean", "Median", "moyenne") in a figure's own clause before it: "mean shrinkage was 30.5 %" (claims.json statistics). */
const STATISTIC = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.statistics)})(?![\\p{L}])[^,;:()\\d]{0,40}$`, 'iu');
/** Whether a claim states a mean or median of a measurement: a statistic's word before it in its clause, after any bracket or comma. */
function statisticOf(model: DocumentModel, c: Claim): boolean {
  const s = model.sentences[c.sentence];
  return testPiece(STATISTIC, normalizedTextOf(model).slice(Math.max(s.start, c.figure.start - 48), c.figure.start));
}

/** Whether a share stands in parentheses right after a count of part of a group, "23 of 30 patients (73 %)", and restates it. */
function shareOfItsCount(model: DocumentModel, c: Claim): boolean {
  const figures = figuresBySentence(model)[c.sentence] ?? [];
  const k = figures.indexOf(c.figure);
  const before = k > 0 ? figures[k - 1] : undefined;
  return !!before && before.figureKind === 'count' && before.denominator !== undefined && /^\s*\(\s*$/.test(normalizedTextOf(model).slice(before.end, c.figure.start));
}

/** Right after a share: the people it is a share of ("of subjects", "of the treated patients", "der Patienten"). */
const SHARE_OF_PEOPLE = new RegExp(`^\\s*(?:${wordsPattern(numbers.shareOf.words)})\\s+(?:(?:${wordsPattern(words.determiners)})\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:${wordsPattern([...PEOPLE_UNITS, ...Object.entries(numbers.countNouns).filter(([k, v]) => !k.startsWith('$') && typeof v === 'string' && PEOPLE_UNITS.includes(v)).map(([k]) => k)])})(?![\\p{L}])`, 'iu');

/**
 * One interval, two estimates: "16.1 months (CI 10.3-21.0)" in a summary and "18.1 months (95% CI
 * 10.3-21.0)" in the text. An interval is computed from its estimate's data, so the same bounds
 * written twice beside one kind of figure are one estimate's, and two values that no rounding
 * reconciles cannot both be right. And one estimate, two intervals that share one bound and differ in the other
 * ("41.2% (30.5-52.6)" and "41.2% (30.5-55.6)"): with the estimate and one bound the same, the group is the same, and so
 * must the other bound be; read for intervals whose bounds hold MIN_INTERVAL_DIGITS significant digits between them (two
 * short ones may agree by chance) and for claims of one time (the arm a comparison's figure is bound to is no guide: the
 * estimate and its bounds are).
 */
function sameIntervals(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const first = new Map<string, Claim>();
  const byBound = new Map<string, Claim[]>();
  const soft = model.layout?.softBreaks ?? [];
  const written = (f: FigureEntity) => model.text.slice(f.start, f.end);
  // (whether a claim and its interval are written in prose, read once a claim)
  const prose = new Map<Claim, boolean>();
  const inProse = (c: Claim) => { let p = prose.get(c); if (p === undefined) prose.set(c, p = onProseLine(model.text, soft, c.figure, c.interval!, model.sentences[c.sentence])); return p; };
  for (let cI = 0, cList = claimsOf(model); cI < cList.length; cI++) { const c = cList[cI];
    const ci = c.interval;
    if (!ci || !Array.isArray(ci.value) || !(ci.value[0] < ci.value[1])) continue;
    const [lo, hi] = ci.value;
    const kind = `${c.figure.figureKind}|${c.figure.unit}|${ci.level ?? 95}`;
    const key = `${kind}|${lo}|${hi}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, c);
    // a table's row of small groups may give two of its estimates one interval: one statement restates itself only in
    // prose, each estimate on one line with its interval
    else if ((earlier.sentence !== c.sentence || (inProse(c) && inProse(earlier))) && !(earlier.low <= c.high && c.low <= earlier.high)) {
      out.push({
        message: `The estimate with the interval ${written(ci)} is stated as ${written(c.figure)} here but ${written(earlier.figure)} earlier: one interval is one estimate's.`,
        start: c.figure.start, end: c.figure.end,
        related: [{ start: earlier.figure.start, end: earlier.figure.end, message: `the earlier estimate with the interval ${written(earlier.interval!)}` }],
        data: { first: earlier.figure.value as number, second: c.figure.value as number }, fixes: [],
      });
      continue;
    }
    // (a share or a ratio: a duration's interval may be a time point's, "88 % at 6 months (95% CI ...)", and two medians of
    // groups that share patients may share an event time as a bound)
    if ((c.figure.figureKind !== 'percent' && c.figure.figureKind !== 'ratio') || typeof c.figure.value !== 'number' || c.figure.table || ci.table || !inProse(c)) continue;
    const bounds = written(ci).replace(INTERVAL_LEVEL, '').match(/\d[\d.,]*/g) ?? [];
    if (bounds.length < 2 || significantDigits(bounds[0] ?? '') + significantDigits(bounds[bounds.length - 1] ?? '') < MIN_INTERVAL_DIGITS) continue;
    const loKey = `${kind}|${c.figure.value}|lo${lo}`, hiKey = `${kind}|${c.figure.value}|hi${hi}`;
    const other = [...(byBound.get(loKey) ?? []), ...(byBound.get(hiKey) ?? [])]
      .find(x => x.figure !== c.figure && x.time === c.time && inProse(x) && (x.interval!.value as number[])[0] === lo !== ((x.interval!.value as number[])[1] === hi));
    if (other) {
      out.push({
        message: `The estimate ${written(c.figure)} is written with the interval ${written(ci)} here but ${written(other.interval!)} earlier; with the estimate and one bound the same, the other bound cannot differ.`,
        start: ci.start, end: ci.end, related: [{ start: other.interval!.start, end: other.interval!.end, message: 'the earlier interval of the same estimate' }],
        data: { estimate: c.figure.value, firstLower: (other.interval!.value as number[])[0], firstUpper: (other.interval!.value as number[])[1], lower: lo, upper: hi }, fixes: [],
      });
    }
    for (let kI = 0, kList = [loKey, hiKey]; kI < kList.length; kI++) { const k = kList[kI]; const l = byBound.get(k); if (l) l.push(c); else byBound.set(k, [c]); }
  }
  return out;
}

/** Significant digits two bounds must hold together before their agreement is more than chance. */
const MIN_INTERVAL_DIGITS = 4;
/** An interval's level before its bounds ("95% CI,"), which is none of them. */
const INTERVAL_LEVEL = /^[^\d]*\d{2}(?:[.,]\d)?\s*%\s*(?:CI|KI|IC|CrI)\b[\s,:]*/i;
function significantDigits(written: string): number {
  return written.replace(/[^\d]/g, '').replace(/^0+/, '').length;
}
/**
 * Whether an estimate and its interval are written in prose, not as a table flattened one cell a line, where a number may
 * be paired with the next cell's interval: neither stands alone on its line (a line end the structure reader joined, a
 * soft break, still ends a line here, so a paragraph wrapped at any width reads the same).
 */
function onProseLine(text: string, soft: readonly { start: number; end: number }[], est: FigureEntity, ci: FigureEntity, sentence: { start: number; end: number }): boolean {
  return !aloneOnLine(text, soft, est) && !aloneOnLine(text, soft, ci) && proseSentence(text.slice(sentence.start, sentence.end));
}
/** Words (of three letters or more) a sentence of prose holds at least, and how many letters it holds for each digit. */
const PROSE_SENTENCE_WORDS = 8, LETTERS_PER_DIGIT = 2;
/** Whether a sentence reads as prose, whatever its layout: words enough, and more letters than a table's run of numbers holds. */
function proseSentence(t: string): boolean {
  let words = 0, letters = 0, digits = 0;
  for (const _ of t.matchAll(/\p{L}{3,}/gu)) words++;
  for (const ch of t) { if (/\d/.test(ch)) digits++; else if (/\p{L}/u.test(ch)) letters++; }
  return words >= PROSE_SENTENCE_WORDS && letters >= LETTERS_PER_DIGIT * digits;
}
function aloneOnLine(text: string, soft: readonly { start: number; end: number }[], f: FigureEntity): boolean {
  const k = firstIndexFrom(soft as { start: number; end: number }[], f.end);
  const from = Math.max(text.lastIndexOf('\n', f.start - 1) + 1, k > 0 ? soft[k - 1].end : 0);
  const nl = text.indexOf('\n', f.end);
  const to = Math.min(nl < 0 ? text.length : nl, k < soft.length ? soft[k].start : text.length);
  return !/[\p{L}\d]/u.test(text.slice(from, f.start).replace(/\d{2}(?:[.,]\d)?\s*%\s*(?:CI|KI|IC|CrI)\b/giu, '')) && !/[\p{L}\d]/u.test(text.slice(f.end, to));
}

/** Significant digits a p-value needs to name one test: "p = 0.0137", "p = 0.21" do; "p = 0.05", "p = 0.001" may be anyone's. */
const P_DIGITS = 2;

/**
 * One test, two estimates: "hazard ratio of 0.53 (p = 0.0137)" in a summary and "HR 0.58 (p = 0.0137)" in the text. An exact
 * p-value written to two significant digits or more is computed from its estimate's data, as an interval is, so one such
 * p-value beside two ratios of one measure that no rounding reconciles says that one of them is wrong.
 */
function samePValues(model: DocumentModel): CheckFinding[] {
  const out: CheckFinding[] = [];
  const first = new Map<string, Claim>();
  const text = normalizedTextOf(model);
  for (let cI = 0, cList = claimsOf(model); cI < cList.length; cI++) { const c = cList[cI];
    const p = c.pValue;
    if (c.figure.figureKind !== 'ratio' || typeof c.figure.value !== 'number') continue;
    if (!p || typeof p.value !== 'number' || (p.comparator && p.comparator !== '=')) continue;
    const digits = /\d[\d.,]*$/.exec(text.slice(p.start, p.end).trim())?.[0].replace(/[.,]/g, '').replace(/^0+/, '') ?? '';
    if (digits.length < P_DIGITS) continue;
    // (a ratio whose sentence names no endpoint, "Hazard ratio of 0.5 (p = 0.0213)" in a headline, is held to the one that does)
    const key = `${c.figure.unit}|${p.value}`;
    const earlier = first.get(key);
    if (!earlier) { first.set(key, c); continue; }
    const ea = earlier.figure.binding.endpoint, eb = c.figure.binding.endpoint;
    if (earlier.sentence === c.sentence || (ea && eb && ea !== eb) || (earlier.low <= c.high && c.low <= earlier.high)) continue;
    const written = (f: FigureEntity) => model.text.slice(f.start, f.end);
    out.push({
      message: `The ${measureName(c)} with the p-value ${written(p)} is stated as ${written(c.figure)} here but ${written(earlier.figure)} earlier: one test is one estimate's.`,
      start: c.figure.start, end: c.figure.end,
      related: [{ start: earlier.figure.start, end: earlier.figure.end, message: `the earlier estimate with the same p-value` }],
      data: { first: earlier.figure.value as number, second: c.figure.value }, fixes: [],
    });
  }
  return out;
}

/** A Germanic compound's head closes it ("Konzernumsatz" is a kind of "Umsatz"); a definite or joining ending may follow a stem ("salget", "salgs"). */
const MAX_ENDING = 2;
const MIN_STEM = 4;

/**
 * The statements of each measure. The thing a change is of may be written once as a compound and
 * once as its head ("Umsatz +7 Prozent" over "den Konzernumsatz um 7 Prozent"), or with a
 * definite ending ("Salgsvækst", "Salget steg"): a shorter stem that only one longer stem of the
 * document closes or opens that way names the same thing, and their statements are one measure's.
 */
function measures(model: DocumentModel): Claim[][] {
  const byMeasure = claimIndex(model).byMeasure;
  const changes = new Map<string, string[]>();
  for (const key of byMeasure.keys()) {
    if (!key.startsWith('change:')) continue;
    const [measure, ...rest] = key.split('|');
    const tail = rest.join('|');
    const list = changes.get(tail) ?? [];
    list.push(measure.slice('change:'.length));
    changes.set(tail, list);
  }
  const merged = new Map<string, string>();
  for (const [tail, stems] of changes) {
    for (let shortI = 0; shortI < stems.length; shortI++) { const short = stems[shortI];
      if (short.length < MIN_STEM) continue;
      const longer = stems.filter(l => headOf(short, l, MIN_STEM, MAX_ENDING));
      if (longer.length === 1 && !merged.has(`change:${longer[0]}|${tail}`)) merged.set(`change:${longer[0]}|${tail}`, `change:${short}|${tail}`);
    }
  }
  const out = new Map<string, Claim[]>();
  for (const [key, list] of byMeasure) {
    const to = merged.get(key) ?? key;
    out.set(to, (out.get(to) ?? []).concat(list));
  }
  return [...out.values()].map(list => list.sort((a, b) => a.figure.start - b.figure.start));
}

/** Words a restated sentence has besides its figures, at least: a short line ("Revenue: $5 million") is as often a series' row. */
const MIN_VERBATIM_WORDS = 8;
/** Earlier sentences kept per wording: the work stays linear however often boilerplate repeats. */
const KEEP_VERBATIM = 4;

/**
 * A sentence restated word for word with one value changed: "The trial enrolled 412 adults aged 18
 * or older at 31 sites." in the summary and "... 421 adults aged 18 or older at 31 sites." in the
 * text. The same words around the same figures say the same thing, so two values that no rounding
 * reconciles cannot both be right. The sentences must share at least one other figure's value (the
 * same statement, not a template filled in for each quarter or arm) and differ in exactly one.
 */
function verbatimRestatements(model: DocumentModel): CheckFinding[] {
  const text = normalizedTextOf(model);
  const out: CheckFinding[] = [];
  const bySentence = new Map<number, Claim[]>();
  for (let cI = 0, cList = claimsOf(model); cI < cList.length; cI++) { const c = cList[cI];
    const list = bySentence.get(c.sentence) ?? [];
    list.push(c);
    bySentence.set(c.sentence, list);
  }
  const seen = new Map<string, Claim[][]>();
  for (const [si, all] of bySentence) {
    if (all.length < 2) continue;
    const s = model.sentences[si];
    // the figures within the sentence, in order
    let at = s.start;
    const claims: Claim[] = [];
    for (let cI = 0, all_ = all; cI < all_.length; cI++) { const c = all_[cI];
      if (c.figure.start < at || c.figure.end > s.end) continue;
      at = c.figure.end;
      claims.push(c);
    }
    if (claims.length < 2) continue;
    // the sentence's wording with each figure as its kind and unit, kept with the sentence's text by those figures'
    // places, kinds and units in it (all that it reads), so an edit elsewhere reads it again from the memo
    const places = claims.map(c => `${c.figure.start - s.start}:${c.figure.end - s.start}:${c.figure.figureKind}|${c.figure.unit}`).join('\u0002');
    const table = memoSpanText(text, model.sentences, s).read(newWordingTable);
    let wording = table.get(places);
    if (wording === undefined) { wording = wordingOf(text.slice(s.start, s.end), claims.map(c => ({ start: c.figure.start - s.start, end: c.figure.end - s.start, kind: `${c.figure.figureKind}|${c.figure.unit}` }))); table.set(places, wording); }
    if (wording === null) continue;
    const before = seen.get(wording) ?? [];
    for (let earlierI = 0, before_ = before; earlierI < before_.length; earlierI++) { const earlier = before_[earlierI];
      const differ: number[] = [];
      let same = 0;
      for (let k = 0; k < claims.length; k++) {
        const a = earlier[k], b = claims[k];
        if (a.figure.value === b.figure.value) same++;
        else if (a.low > b.high || b.low > a.high) differ.push(k);
      }
      if (differ.length !== 1 || same < 1) continue;
      const [first, second] = [earlier[differ[0]], claims[differ[0]]];
      // the same words said of two arms ("Drugamab given for 12 weeks at 1 mg/kg." under each dose's group): a template, filled in for each
      const armA = first.figure.binding.arm, armB = second.figure.binding.arm;
      if (armA !== undefined && armB !== undefined && armA !== armB) continue;
      const written = (c: Claim) => model.text.slice(c.figure.start, c.figure.end);
      out.push({
        message: `The same sentence states ${written(second)} here but ${written(first)} earlier.`,
        start: second.figure.start, end: second.figure.end,
        related: [{ start: first.figure.start, end: first.figure.end, message: 'the earlier statement, in the same words' }],
        data: { first: first.figure.value as number, second: second.figure.value as number }, fixes: [],
      });
      break;
    }
    if (before.length < KEEP_VERBATIM) before.push(claims);
    seen.set(wording, before);
  }
  return out;
}

/** A sentence's wordings by the places, kinds and units of its figures; a reading function of its own (its identity is the memo's key). */
const newWordingTable = (_sentence: string): Map<string, string | null> => new Map();

/** A sentence's wording with each figure as its kind and unit (offsets relative to the sentence), or null when it has too few words besides its figures. */
function wordingOf(sentence: string, figures: { start: number; end: number; kind: string }[]): string | null {
  let wording = '', at = 0;
  for (let fI = 0, figures_ = figures; fI < figures_.length; fI++) { const f = figures_[fI];
    wording += sentence.slice(at, f.start) + `\u0001${f.kind}\u0001`;
    at = f.end;
  }
  wording += sentence.slice(at);
  wording = wording.toLowerCase().replace(/\s+/g, ' ').replace(/^[\s"'\u201c\u201d\u2018\u2019]+|[\s.!?;:"'\u201c\u201d\u2018\u2019]+$/g, '');
  return (wording.replace(/\u0001[^\u0001]*\u0001/g, ' ').match(/\p{L}+/gu) ?? []).length < MIN_VERBATIM_WORDS ? null : wording;
}

/** The key words of measures a deal or a trial has one of: its upfront payment, the trial itself, a takeover offer. */
const ONE_OF_A_KIND = new Set(words.oneOfAKind.map(keyWord));
const DEFINITE = new Set(words.definite.flatMap(w => [w.toLowerCase(), w.toLowerCase().replace(/'/g, '\u2019')]));
/** "the HR of", "this hazard ratio": a definite ratio noun right before an endpoint's ratio (claims.json ratioNouns). */
const DEFINITE_RATIO = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.definite)})\\s+(?:${wordsPattern(words.ratioNouns)})\\s*(?:of|was|=|:|von|de|betrug)?\\s*$`, 'iu');

/** Whether a figure of the same kind, unit and value stands before `f` in the document (asked of a definite reference only). */
function valueStatedBefore(model: DocumentModel, f: FigureEntity): boolean {
  for (const e of model.entities) {
    if (e.start >= f.start) break;
    if (e.kind === 'figure' && e.figureKind === f.figureKind && e.unit === f.unit && e.value === f.value) return true;
  }
  return false;
}

/** Between a measure's words and its figure, the rest of the noun and "of": " payment of ", " cash payment in the amount of ". */
const NOUN_THEN_OF = /^(?:\s+\p{L}+){0,4}?\s+(?:of|von|de|du|des)\s*$/iu;

/**
 * Whether a claim's figure opens a definite noun phrase that names its measure after it: "the $9
 * million upfront payment", "the ongoing 30-week extension study" (one word may stand between the
 * determiner and the figure). Such a phrase refers back to the measure stated before, not to a new
 * one, when the measure is one a deal or a trial has only one of ("the $10 million milestone
 * payment" may be the second of several). The noun may come first, the figure after "of": "the upfront payment of $9
 * million" is the same phrase.
 */
function definiteReference(model: DocumentModel, c: Claim): boolean {
  if (c.figure.figureKind === 'ratio' && c.measure?.key.startsWith('endpoint:')) {
    const s = model.sentences[c.sentence];
    return DEFINITE_RATIO.test(normalizedTextOf(model).slice(Math.max(s.start, c.figure.start - 40), c.figure.start));
  }
  if (!c.measure || !c.measure.key.startsWith('phrase:')) return false;
  if (!c.measure.key.slice('phrase:'.length).split(' ').some(w => ONE_OF_A_KIND.has(w))) return false;
  const text = normalizedTextOf(model);
  const s = model.sentences[c.sentence];
  // the same phrase with its noun first: "the upfront payment of $9 million"
  if (c.measure.end <= c.figure.start) {
    if (c.measure.start < s.start || !NOUN_THEN_OF.test(text.slice(c.measure.end, c.figure.start))) return false;
    const words = text.slice(Math.max(s.start, c.measure.start - 12), c.measure.start).split(/\s+/).filter(Boolean);
    return words.length > 0 && DEFINITE.has(words[words.length - 1].toLowerCase());
  }
  if (c.measure.start < c.figure.end) return false;
  const before = text.slice(Math.max(s.start, c.figure.start - 40), c.figure.start).split(/\s+/).filter(Boolean);
  const last = before.length > 0 ? before[before.length - 1].toLowerCase() : '';
  if (DEFINITE.has(last)) return true;
  const elided = /^([dlDL]['\u2019])/.exec(last);
  if (elided && DEFINITE.has(elided[1].toLowerCase())) return true;
  const previous = before.length > 1 ? before[before.length - 2].toLowerCase() : '';
  return DEFINITE.has(previous) && /^\p{L}+$/u.test(last);
}

/** Between a share in words and the same share in digits: "a fifth, or 20 %", "two-thirds (67 %)". */
const RESTATING_GAP = new RegExp(`^\\s*(?:,\\s*(?:${wordsPattern(words.restating)})\\s*,?|\\()\\s*$`, 'iu');
/** Or the words' noun phrase between them, then the digits in parentheses: "a third of the patients (47 %)". */
const NOUN_PHRASE_GAP = /^[^()\d;.]{1,48}\($/u;
/** How far digits may fall short of a share in words that is a bound ("more than half (49 %)"), in points. */
const BOUND_SLACK = 1;
/** How far a share in words may stand from its digits: writers round "65 %" to "two-thirds" and "22 %" to "a fifth". */
const FRACTION_SLACK = 0.15;

/**
 * A share in words restated in digits right after it ("a fifth, or 20 %", "two-thirds (67 %)"):
 * the two are one quantity, so digits that no simple rounding of the words allows ("a fifth, or
 * 25 %") contradict them.
 */
function fractionsRestated(model: DocumentModel): CheckFinding[] {
  const text = normalizedTextOf(model);
  const out: CheckFinding[] = [];
  const claims = claimsOf(model);
  for (let i = 0; i + 1 < claims.length; i++) {
    const a = claims[i], b = claims[i + 1];
    if (a.sentence !== b.sentence || a.figure.figureKind !== 'percent' || b.figure.figureKind !== 'percent' || a.figure.unit !== b.figure.unit) continue;
    const inDigits = (c: Claim) => /\d/.test(model.text.slice(c.figure.start, c.figure.end));
    if (inDigits(a) === inDigits(b) || b.figure.start - a.figure.end > 60) continue;
    const gap = text.slice(a.figure.end, b.figure.start);
    const adjacent = b.figure.start - a.figure.end <= 24 && RESTATING_GAP.test(gap);
    if (!adjacent && !(inDigits(b) && NOUN_PHRASE_GAP.test(gap))) continue;
    const [word, digits] = inDigits(a) ? [b, a] : [a, b];
    const share = word.figure.value as number;
    // a bound ("more than half") leaves a point of room on its closed side; a plain or hedged share 15 % of itself
    const bound = Number.isFinite(word.low) !== Number.isFinite(word.high);
    const slack = bound ? BOUND_SLACK : FRACTION_SLACK * share;
    if (digits.high >= word.low - slack && digits.low <= word.high + slack) continue;
    const written = (c: Claim) => model.text.slice(c.figure.start, c.figure.end);
    out.push({
      message: `The share is written as ${written(word)} (about ${Math.round(share * 10) / 10} %) and, right after, as ${written(digits)}.`,
      start: digits.figure.start, end: digits.figure.end,
      related: [{ start: word.figure.start, end: word.figure.end, message: 'the same share in words' }],
      data: { first: share, second: digits.figure.value as number }, fixes: [],
    });
  }
  return out;
}

const REFERRING_BACK = new RegExp(`(?:^|[\\s"\u201c(])(?:${wordsPattern(words.referringBack)})\\s*$`, 'iu');
const isPeople = (f: FigureEntity) => f.figureKind === 'count' && PEOPLE_UNIT.test(f.unit) && typeof f.value === 'number' && !f.comparator && !f.table;

/**
 * "6 of 14 patients responded. Those 14 patients ...": a count of people opened by a word that
 * refers back ("those", "these", "diese", "ces") names the group counted just before, at the end of
 * the sentence before: the whole of a "k of n" or the last count of people there. Its size is that
 * group's, so a number that no group counted there has contradicts it.
 */
function groupsReferredBack(model: DocumentModel): CheckFinding[] {
  const text = normalizedTextOf(model);
  const out: CheckFinding[] = [];
  const bySentence = figuresBySentence(model);
  for (let si = 1; si < bySentence.length; si++) {
    const inS = bySentence[si], prev = bySentence[si - 1];
    if (inS.length === 0 || prev.length === 0) continue;
    const f = inS[0];
    const s = model.sentences[si];
    if (!isPeople(f) || f.denominator !== undefined || !REFERRING_BACK.test(text.slice(s.start, f.start)) || text.slice(s.start, f.start).trim().split(/\s+/).length > 3) continue;
    // the group counted last in the sentence before
    let group: { value: number; at: FigureEntity } | undefined;
    for (let k = prev.length - 1; k >= 0 && !group; k--) {
      const g = prev[k];
      if (g.figureKind === 'count' && typeof g.denominator === 'number' && PEOPLE_UNIT.test(g.unit)) group = { value: g.denominator, at: g };
      else if (isPeople(g)) group = { value: g.value as number, at: g };
    }
    // a group of any size the sentence before counts may be the one meant ("Of 40 patients, 12 responded. These 12 ...")
    const sizes = new Set(prev.flatMap(g => [isPeople(g) ? g.value as number : NaN, g.figureKind === 'count' && typeof g.denominator === 'number' ? g.denominator : NaN]));
    if (!group || sizes.has(f.value as number) || numbersWritten(text, model.sentences[si - 1]).has(f.value as number)) continue;
    const written = (x: FigureEntity) => model.text.slice(x.start, x.end);
    out.push({
      message: `${written(f)} refers back to the group counted just before, which is ${group.value} (${written(group.at)}).`,
      start: f.start, end: f.end,
      related: [{ start: group.at.start, end: group.at.end, message: 'the group referred to' }],
      data: { first: group.value, second: f.value as number }, fixes: [],
    });
  }
  return out;
}

const SRB = words.sumsReferredBack;
/** "this upfront fee of": a demonstrative, at most one word, a noun of a sum and its preposition, right before a figure. */
const SUM_REFERRED_BACK = new RegExp(`(?:^|[\\s,;(])(?:${wordsPattern(SRB.demonstratives)})\\s+(?:[\\p{L}-]+\\s+)?(?:${wordsPattern(SRB.nouns)})\\s+(?:${wordsPattern(SRB.prepositions)})\\s*$`, 'iu');
/** How many sentences back the sum referred to may stand. */
const SUM_REACH = 3;

/**
 * "... for a fee of $12 million." then "This initial fee of $15 million ...": a sum opened by a
 * demonstrative and a noun of payment names the sum stated just before it, the one sum of its
 * sentence, no other sum between them, at most three sentences back. Its value is that sum's, so a
 * value that no rounding of either reconciles contradicts it.
 */
function sumsReferredBack(model: DocumentModel): CheckFinding[] {
  const text = normalizedTextOf(model);
  const out: CheckFinding[] = [];
  const { of } = claimIndex(model);
  const bySentence = figuresBySentence(model);
  const money = (f: FigureEntity) => f.figureKind === 'money' && typeof f.value === 'number' && !f.table;
  for (let si = 1; si < bySentence.length; si++) {
    const s = model.sentences[si];
    for (let fI = 0, fList = bySentence[si]; fI < fList.length; fI++) { const f = fList[fI];
      if (!money(f) || f.comparator) continue;
      if (!SUM_REFERRED_BACK.test(text.slice(Math.max(s.start, f.start - 60), f.start))) continue;
      // no sum before it in its own sentence; the nearest sentence before with a sum holds exactly one
      if (bySentence[si].some(x => money(x) && x.start < f.start)) break;
      let earlier: FigureEntity | undefined;
      for (let k = si - 1; k >= 0 && k >= si - SUM_REACH; k--) {
        const sums = bySentence[k].filter(money);
        if (sums.length === 0) continue;
        if (sums.length === 1) earlier = sums[0];
        break;
      }
      if (!earlier || earlier.unit !== f.unit || (earlier.comparator && earlier.comparator !== '~')) break;
      const a = of.get(earlier), b = of.get(f);
      if (!a || !b || agree(model, a, b)) break;
      const x = earlier.value as number, y = f.value as number;
      if (x <= 0 || y <= 0 || Math.max(x, y) > 2 * Math.min(x, y)) break;
      const written = (e: FigureEntity) => model.text.slice(e.start, e.end);
      out.push({
        message: `${written(f)} refers back to the sum stated just before, which is ${written(earlier)}.`,
        start: f.start, end: f.end,
        related: [{ start: earlier.start, end: earlier.end, message: 'the sum referred to' }],
        data: { first: x, second: y }, fixes: [],
      });
      break;
    }
  }
  return out;
}

const CASH = words.cashAtADate;
const wordsRe = (list: string[]) => new RegExp(`(?<![\\p{L}])(?:${wordsPattern(list)})(?![\\p{L}])`, 'giu');
const CASH_WORD = wordsRe(CASH.words);
const CASH_AFTER = new RegExp(`^\\s*(?:(?:de|of|in|an|en|d')\\s*)?(?:${wordsPattern(CASH.words)})(?![\\p{L}])`, 'iu');
const CASH_HOLDS = wordsRe(CASH.holds);
const CASH_FLOWS = wordsRe(CASH.flows);
const CASH_OTHER = wordsRe(CASH.other);
/** How far before a sum the words of its cash may stand. */
const CASH_BEFORE = 80;

/**
 * "The company ended the half-year with cash of EUR 41.2 million." and later "cash at the end of
 * the period amounted to EUR 42.1 million.": the cash a company holds at one date is one amount, so
 * two statements of it, for the same period and with the same words of what it holds ("cash and
 * cash equivalents" is another holding than "cash"), that no rounding reconciles contradict each
 * other. Flows of cash ("cash used"), pro forma or expected cash are other readings, never compared.
 */
function cashRestated(model: DocumentModel): CheckFinding[] {
  const text = normalizedTextOf(model);
  const { of } = claimIndex(model);
  const groups = new Map<string, Claim[]>();
  for (let inSI = 0, inSList = figuresBySentence(model); inSI < inSList.length; inSI++) { const inS = inSList[inSI];
    for (let i = 0; i < inS.length; i++) {
      const f = inS[i];
      if (f.figureKind !== 'money' || typeof f.value !== 'number' || f.value <= 0 || (f.comparator && f.comparator !== '~') || f.table) continue;
      const c = of.get(f);
      if (!c || !c.time || c.otherContext) continue;
      const s = model.sentences[c.sentence];
      const prevEnd = i > 0 ? inS[i - 1].end : s.start;
      const left = text.slice(Math.max(s.start, prevEnd, f.start - CASH_BEFORE), f.start);
      const right = text.slice(f.end, Math.min(s.end, i + 1 < inS.length ? inS[i + 1].start : s.end, f.end + 30));
      const cashLeft = [...left.matchAll(CASH_WORD)];
      if (cashLeft.length === 0 && !CASH_AFTER.test(right)) continue;
      // the words of the cash's own phrase: from a little before its cash word to the sum, and right after the sum
      const lastCash = cashLeft.length > 0 ? cashLeft[cashLeft.length - 1].index! : left.length;
      const span = left.slice(Math.max(0, lastCash - 10)) + ' ' + right;
      if (CASH_FLOWS.test(span) || CASH_OTHER.test(text.slice(s.start, f.end))) { CASH_FLOWS.lastIndex = 0; CASH_OTHER.lastIndex = 0; continue; }
      CASH_FLOWS.lastIndex = 0; CASH_OTHER.lastIndex = 0;
      const holds = [...new Set([...span.matchAll(CASH_HOLDS)].map(m => m[0].toLowerCase()))].sort().join('+');
      const key = `${holds}|${c.time}|${f.unit}`;
      groups.set(key, [...(groups.get(key) ?? []), c]);
    }
  }
  const out: CheckFinding[] = [];
  for (const list of groups.values()) {
    if (list.length < 2 || list.length > MAX_STATEMENTS || new Set(list.map(c => c.figure.value)).size !== 2) continue;
    const first = list[0];
    const second = list.find(c => c.figure.value !== first.figure.value)!;
    if (first.sentence === second.sentence || agree(model, first, second)) continue;
    // the companies each statement's own sentence names: two companies' cash are two amounts
    const own = (c: Claim) => { const x = model.sentences[c.sentence]; return new Set(entitiesWithin(model.entities, x.start, x.end).filter(e => e.kind === 'company').map(e => e.name)); };
    const ca = own(first), cb = own(second);
    if (ca.size > 0 && cb.size > 0 && ![...ca].some(x => cb.has(x))) continue;
    const a = first.figure.value as number, b = second.figure.value as number;
    if (Math.max(a, b) > 2 * Math.min(a, b)) continue;
    const written = (c: Claim) => model.text.slice(c.figure.start, c.figure.end);
    out.push({
      message: `The cash at the end of the same period is stated as ${written(second)} here but ${written(first)} earlier.`,
      start: second.figure.start, end: second.figure.end,
      related: [{ start: first.figure.start, end: first.figure.end, message: 'the earlier statement of the cash' }],
      data: { first: a, second: b }, fixes: [],
    });
  }
  return out;
}

/** Cardinal number words of every language the lexicon knows, lower-case, to their value. */
const CARDINALS = new Map<string, number>(Object.values(numbers.numberWords as Record<string, Record<string, number> | string>)
  .flatMap(table => typeof table === 'string' ? [] : Object.entries(table)));

/**
 * Every whole number a sentence writes, in digits or as a single number word, whether or not a
 * figure was read there: "of twelve evaluable patients, ten responded" counts the ten responders
 * with no noun after the number, and "these ten patients" refers to them.
 */
function numbersWritten(text: string, s: { start: number; end: number }): Set<number> {
  const out = new Set<number>();
  for (const m of text.slice(s.start, s.end).matchAll(/\p{L}+|\d+/gu)) {
    const w = m[0];
    if (/^\d+$/.test(w)) out.add(Number(w));
    else { const v = CARDINALS.get(w.toLowerCase()); if (v !== undefined) out.add(v); }
  }
  return out;
}

/** A bullet is this long at most: a longer line under a mark is a paragraph run on into it. */
const MAX_BULLET = 600;
/** A bullet mark, a heading mark or a list's label opening a line. */
const SUMMARY_MARK = /^\s*(?:[-*\u2022\u25aa\u25e6\u00b7\u00ba\u2013\u2014>]|#{1,6}\s|\d{1,2}[.)]\s|[\p{L} ]{2,24}:\s)/u;

/** A list's label and its colon opening a line: "Amount: ", "Shots: ". */
const LABEL_MARK = /^\s*[\p{L} ]{2,24}:\s/u;
/** A sentence's end inside a line: a full stop, a question or exclamation mark, then a space and a capital or a digit. */
const SENTENCE_END_INSIDE = /[.!?]["\u201d\u2019)]?\s+["\u201c]?[\p{Lu}\d]/u;

/** Whether a line opens with a label and holds more than one sentence after it: a paragraph under a run-in label, not a list's item. */
function runInLabel(line: string): boolean {
  const m = LABEL_MARK.exec(line);
  return !!m && SENTENCE_END_INSIDE.test(line.slice(m[0].length));
}

/**
 * Whether the line holding a position is a summary rather than running text: a bullet, a heading,
 * a list's labelled item ("Amount: $5 million"), or a title (a line under 200 characters that ends
 * without a full stop). Lines are those of the text as laid out for reading (soft wraps joined), so
 * the answer is the same however an editor wrapped the lines; a heading that the reading runs on
 * into its paragraph is one too (claims.ts reads it as a statement of its own).
 */
function isSummary(model: DocumentModel, c: Claim): boolean {
  return c.heading || summaryLine(model.text, c.figure.start, c.figure.end);
}

/** Whether the line holding a figure (from `pos` to `end`) is a bullet, a heading, a labelled item or a title. */
function summaryLine(text: string, pos: number, figureEnd: number): boolean {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  let end = text.indexOf('\n', pos);
  if (end < 0) end = text.length;
  // a bullet holds a sentence or two; a mark opening a line of many sentences opens a paragraph that ran on into it
  // (a label opens a list's item, "Amount: $5 million", or a paragraph of several sentences under a run-in label, "Summary: Acme
  // agreed to ... . The deal is expected to close ...", which is running text like any other)
  if (testPiece(SUMMARY_MARK, text.slice(start, Math.min(end, start + 40))) && end - start <= MAX_BULLET && !runInLabel(text.slice(start, end))) return true;
  // a line that ends with the figure's own abbreviation ("... to DKK 1.2 bn." as "1,2 mia. kr.") ends without a full stop
  const line = text.slice(start, end).trimEnd();
  const trimmed = (start + line.length === figureEnd && line.endsWith('.') ? line.slice(0, -1) : line).trim();
  return trimmed.length < 200 && !/[.!?:;]["\u201d\u2019)]?$/.test(trimmed);
}

/** The lede is the first sentences of the running text, this many at most, and this long at most. */
const LEDE_SENTENCES = 2;
/** Sentences below the lede, at least: the body it summarises. */
const MIN_BODY = 4;
const MAX_LEDE = 800;
const LEDES = new WeakMap<DocumentModel, { start: number; end: number } | null>();

/** A section heading is a short line: "Second quarter", "Outlook for 2026". */
const MAX_SECTION_HEADING = 60;

/** The last line with text before a position (blank lines skipped), as a span. */
function previousLine(text: string, pos: number): { start: number; end: number } | undefined {
  let end = text.lastIndexOf('\n', pos - 1);
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (text.slice(start, end).trim() !== '') return { start, end };
    end = start - 1;
  }
  return undefined;
}

/** Where the text's first line with text starts. */
function firstLineStart(text: string): number {
  for (let at = 0; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (text.slice(at, end).trim() !== '') return at;
    at = end + 1;
  }
  return 0;
}

/**
 * The lede: the first sentences of running text, after the title and any heading lines, within
 * their paragraph. A news story or a release opens with the sentence or two that state its news in
 * brief and the text after them gives the details, so the lede summarises the text as a headline
 * does, and is itself the text its headline summarises. It is read from the sentences of the text
 * as laid out for reading, whatever its line breaks (many texts set no paragraph apart).
 */
function ledeOf(model: DocumentModel): { start: number; end: number } | undefined {
  let lede = LEDES.get(model);
  if (lede === undefined) {
    lede = null;
    const text = model.text;
    const ss = model.sentences;
    let k = 0;
    // (a title that ends with its figure's abbreviation, "... over 50 mia. kr.", ends without a full stop: its last figure's end is passed)
    const lastFigureEnd = (s: { start: number; end: number }) => { const fs = itemsWithin(model.entities, s.start, s.end).filter(e => e.kind === 'figure'); return fs.length > 0 ? fs[fs.length - 1].end : -1; };
    while (k < ss.length && (text.slice(ss[k].start, ss[k].end).trim() === '' || summaryLine(text, ss[k].start, lastFigureEnd(ss[k])))) k++;
    // a paragraph under a section heading ("Second quarter", "Outlook") opens a section, not the story: the line
    // before it, when it is no title (the text's first line) and no bullet, is such a heading
    const lineBefore = k < ss.length ? previousLine(text, ss[k].start) : undefined;
    if (lineBefore && lineBefore.start > firstLineStart(text) && !SUMMARY_MARK.test(text.slice(lineBefore.start, lineBefore.end)) && lineBefore.end - lineBefore.start <= MAX_SECTION_HEADING) k = ss.length;
    if (k < ss.length) {
      let end = ss[k].end;
      for (let j = k + 1; j < ss.length && j < k + LEDE_SENTENCES; j++) {
        // a blank line ends the paragraph
        if (/\n[ \t]*\r?\n/.test(text.slice(end, ss[j].start)) || ss[j].end - ss[k].start > MAX_LEDE) break;
        end = ss[j].end;
      }
      // a lede opens a story: a text of a few sentences has no body below it to summarise
      const after = ss.filter(x => x.start >= end).length;
      if (end - ss[k].start <= MAX_LEDE && after >= MIN_BODY) lede = { start: ss[k].start, end };
    }
    LEDES.set(model, lede);
  }
  return lede ?? undefined;
}

/**
 * How a claim's place summarises the document: 2 in a summary (a headline, a bullet, a heading),
 * 1 in the lead paragraph, 0 in the rest of the text. A statement restates one of a higher rank: the
 * headline's figure in the lede or the text, the lede's in the text; two of one rank are as often
 * two deals or two trials.
 */
function summaryRank(model: DocumentModel, c: Claim): number {
  if (isSummary(model, c)) return 2;
  const lede = ledeOf(model);
  return lede && c.figure.start >= lede.start && c.figure.end <= lede.end ? 1 : 0;
}

/** summaryRank, with a quotation of the running text ranked between the lede and the text: a spokesperson restates the text's results. */
function placeRank(model: DocumentModel, c: Claim): number {
  const r = summaryRank(model, c);
  return r === 0 && inQuotation(model.text, c.figure.start) && quotesOwnResult(model, c) ? 0.5 : r;
}

const QUOTE_OWN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.quotation.own)})(?![\\p{L}])`, 'iu');
const QUOTE_OTHERS = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.quotation.others)})(?![\\p{L}])`, 'iu');
/**
 * Whether a quoted sentence speaks of the document's own result: it says whose in the first person ("we saw", "our
 * data") or names a drug, and no word of other treatments ("current therapies", "standard of care") stands in it.
 */
function quotesOwnResult(model: DocumentModel, c: Claim): boolean {
  const s = model.sentences[c.sentence];
  if (!s) return false;
  const sentence = model.text.slice(s.start, s.end);
  if (QUOTE_OTHERS.test(sentence)) return false;
  return QUOTE_OWN.test(sentence) || itemsWithin(model.entities, s.start, s.end).some(e => e.kind === 'drug');
}

/** Words that attribute a quotation to its speaker (claims.json quotation.verbs). */
const SPEECH = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.quotation.verbs)})(?![\\p{L}])`, 'iu');
/** How far back in its paragraph a figure looks for the quotation mark that opens it. */
const QUOTE_REACH = 1500;
/**
 * Whether a position lies inside a quotation attributed to a speaker: its paragraph (back to a blank line, at most
 * QUOTE_REACH characters) opens a quotation mark before it that is not closed before it, and the paragraph names a verb of
 * saying. Curly marks open and close by their shape; straight ones by their count.
 */
function inQuotation(text: string, pos: number): boolean {
  const from = Math.max(0, pos - QUOTE_REACH);
  const blank = text.lastIndexOf('\n\n', pos);
  const start = Math.max(from, blank < 0 ? 0 : blank + 2);
  let depth = 0, straight = 0;
  for (let i = start; i < pos; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x201c || ch === 0x201e || ch === 0xab) depth++;
    else if ((ch === 0x201d || ch === 0xbb) && depth > 0) depth--;
    else if (ch === 0x22) straight ^= 1;
  }
  if (depth === 0 && straight === 0) return false;
  let end = text.indexOf('\n\n', pos);
  if (end < 0 || end - pos > QUOTE_REACH) end = Math.min(text.length, pos + QUOTE_REACH);
  return SPEECH.test(text.slice(start, end));
}

/** A claim of a specific measure, stated in running prose or a summary, that a restatement could contradict. */
function comparable(model: DocumentModel, c: Claim): boolean {
  const m = c.measure, f = c.figure;
  if (!m || !m.specific || c.perUnit) return false;
  // an adjective's duration is compared only as the length of what it qualifies ("a 52-week study")
  if (f.denominator !== undefined || f.table || (f.timepoint && m.start < f.end)) return false;
  return KINDS.has(f.figureKind) && !pointInTime(model, c) && !originOfChange(model, f) && !reportingPeriod(model, f) && !shareOfAWhole(model, f);
}

/** Right before a share, a verb of composition and perhaps a determiner: "make up 40 %", "rappresentano il 40 %" (claims.json compositionVerbs). */
const COMPOSITION_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(words.compositionVerbs)})\\s+(?:(?:${wordsPattern(words.determiners)})\\s+)?$`, 'iu');

/**
 * "Patients with a poor prognosis make up 40 % of those enrolled": a share a verb of composition puts before it is a part's
 * share of a whole, the size of a group, no value of the measure its sentence or the one before speaks of.
 */
function shareOfAWhole(model: DocumentModel, f: FigureEntity): boolean {
  return f.figureKind === 'percent' && testPiece(COMPOSITION_BEFORE, normalizedTextOf(model).slice(Math.max(0, f.start - 40), f.start));
}

/** Right after a length of time, the word that makes it a reporting period ending on a day: "four months ended April 30" (nesting.json periods.ended). */
const ENDED_AFTER = new RegExp(`^[ \u00a0]+(?:${wordsPattern(nesting.periods.ended)})(?![\\p{L}])`, 'iu');

/** "the two months ended May 31" and "the four months ended May 31": periods a report covers, no measure stated twice. */
function reportingPeriod(model: DocumentModel, f: FigureEntity): boolean {
  return f.figureKind === 'duration' && ENDED_AFTER.test(normalizedTextOf(model).slice(f.end, f.end + 16));
}

/** Right before a figure, the preposition of a change's origin ("from", "von"); right after it, its destination's ("to", "auf") (comparisons.json changes). */
const ORIGIN_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(comparisons.changes.from)})\\s+$`, 'iu');
const DESTINATION_AFTER = new RegExp(`^\\s+(?:${wordsPattern(comparisons.changes.to)})\\s+\\S`, 'iu');

/**
 * "The rate rose from 40 % to 55 %": the first figure is what the measure was before the change, not
 * a statement of its value, so it restates nothing (the figure after "to" does).
 */
function originOfChange(model: DocumentModel, f: FigureEntity): boolean {
  const text = normalizedTextOf(model);
  return ORIGIN_BEFORE.test(text.slice(Math.max(0, f.start - 12), f.start)) && DESTINATION_AFTER.test(text.slice(f.end, f.end + 12));
}

/** Right after a duration, an order word that makes it a point in time: "52 weeks after dosing", "4 Wochen nach" (dates.json orderWords). */
const ORDER_AFTER = new RegExp(`^[ \u00a0]+(?:${wordsPattern([...dateWords.orderWords.after, ...dateWords.orderWords.before])})(?![\\p{L}])`, 'iu');

/**
 * A duration that dates an event after another rather than measures a length: "52 weeks after
 * randomisation" (a time point written before its measure, "at week 52", is the measure's own and
 * may be restated wrongly).
 */
function pointInTime(model: DocumentModel, c: Claim): boolean {
  const f = c.figure;
  // "the ongoing 52-week study": a length that qualifies the noun after it
  if (f.figureKind !== 'duration' || (c.measure && c.measure.start >= f.end)) return false;
  return ORDER_AFTER.test(normalizedTextOf(model).slice(f.end, f.end + 30));
}

const KINDS = new Set(['money', 'percent', 'count', 'duration', 'ratio']);

/** How far after a share its "(k of n)" stands, in characters. */
const SIZE_AFTER = 40;

/**
 * The size of the group a share is of, when its sentence gives one: the whole of a "k of n" or
 * "k/n" right after it, else a count of people written before it in its sentence ("in the 26
 * patients with ..., the rate was 46%").
 */
function groupSize(model: DocumentModel, c: Claim): number | undefined {
  if (c.figure.figureKind !== 'percent') return undefined;
  const figures = figuresBySentence(model)[c.sentence] ?? [];
  let before: number | undefined;
  for (let fI = 0, figures_ = figures; fI < figures_.length; fI++) { const f = figures_[fI];
    if (f.start >= c.figure.end && f.start - c.figure.end <= SIZE_AFTER && f.denominator !== undefined) return f.denominator;
    if (f.end <= c.figure.start && f.figureKind === 'count' && PEOPLE_UNIT.test(f.unit) && typeof f.value === 'number') before = f.value;
  }
  return before;
}

function sameScope(a: Claim, b: Claim, refersBack = false): boolean {
  if (a.population !== '||' && b.population !== '||' && a.population !== b.population && !sameGroupBySize(a.population, b.population) && !sameGroupByName(a.population, b.population) && !sameGroupByKey(a.population, b.population)) return false;
  const shared = a.subjects.some(s => b.subjects.includes(s));
  if (a.subjects.length > 0 && b.subjects.length > 0 && !shared) return false;
  // a definite reference to a measure of the same company or drug names the thing stated before,
  // whatever period its sentence reports on ("costs rose in 2025, due to the $9 million upfront
  // payment to Beta"); otherwise a headline often leaves out the period its text states, and only
  // two stated ones that differ set claims apart
  // (or of nothing named on either side: the measure alone, one of a kind, is what the reference names)
  if (refersBack && (shared || (a.subjects.length === 0 && b.subjects.length === 0))) return true;
  return !(a.time && b.time && a.time !== b.time);
}

/**
 * Two populations that differ only in their subgroup, when both subgroups are named by one size and the shorter's words open
 * the longer's: "24 evaluable patients" and "24 evaluable patients who completed two cycles" are one group, counted once.
 */
function sameGroupBySize(a: string, b: string): boolean {
  const [da, ra, ga] = a.split('|'), [db, rb, gb] = b.split('|');
  if (da !== db || ra !== rb || !ga || !gb || !/^\d/.test(ga)) return false;
  const [short, long] = ga.length <= gb.length ? [ga, gb] : [gb, ga];
  return short.split(/\s+/).length >= 2 && long.startsWith(short) && (long.length === short.length || long[short.length] === ' ');
}

const GROUP_NOISE = new Set(words.groupNames.noise.map(w => w.toLowerCase()));
/** An acronym with lower-case initials before it: "sAML", "mCRPC", "rrMM". */
const INITIALLED = /^[a-z]{1,3}[A-Z][A-Z0-9]+$/;

/**
 * A group's name as one token: a name that is an acronym with lower-case initials stays as it is ("sAML"); a name of words
 * closed by an acronym becomes the initials of the words before it and the acronym ("secondary AML": "sAML"); the words
 * that name no group are left out first ("patients with", "subset"). Anything else is its words, lower-cased.
 */
function groupToken(name: string): string {
  const ws = name.replace(/[\u2010-\u2015-]/g, ' ').split(/\s+/).filter(w => w && !GROUP_NOISE.has(w.toLowerCase()));
  if (ws.length === 1 && INITIALLED.test(ws[0])) return ws[0];
  const last = ws[ws.length - 1];
  if (ws.length >= 2 && ws.length <= 4 && /^[A-Z][A-Z0-9]+$/.test(last ?? '') && ws.slice(0, -1).every(w => /^\p{Ll}/u.test(w))) return ws.slice(0, -1).map(w => w[0]).join('') + last;
  return ws.join(' ').toLowerCase();
}

/** Two populations (drug|arm|subgroup) whose subgroups name one group by two head nouns: "the treatment-naive cohort", "treatment-naive patients". */
function sameGroupByKey(a: string, b: string): boolean {
  const [da, ra, ga] = a.split('|'), [db, rb, gb] = b.split('|');
  return da === db && ra === rb && !!ga && !!gb && populationKey(ga) === populationKey(gb);
}

/** Two populations (drug|arm|subgroup) whose subgroups are one group's two names, one its acronym with initials: "sAML", "secondary AML". */
function sameGroupByName(a: string, b: string): boolean {
  const [da, ra, ga] = a.split('|'), [db, rb, gb] = b.split('|');
  if (da !== db || ra !== rb || !ga || !gb) return false;
  const ta = groupToken(ga), tb = groupToken(gb);
  return ta === tb && (INITIALLED.test(ta));
}

/** Whether every statement names a subgroup, and all name one group (one name, or its acronym and its words, or its words under two head nouns). */
function oneNamedSubgroup(list: readonly Claim[]): boolean {
  const groups = list.map(c => c.population.split('|')[2] ?? '');
  if (groups.some(g => !g)) return false;
  const t = groupToken(groups[0]);
  return groups.every(g => g === groups[0] || (groupToken(g) === t && INITIALLED.test(t)) || populationKey(g) === populationKey(groups[0]));
}

/** A word is distinctive in a document when at most this many of its sentences use it. */
const DISTINCTIVE_DF = 4;
/** How far a statement's words reach around its figure, in characters, within its sentence. */
const ECHO_BEFORE = 90;
const ECHO_AFTER = 60;
/** Distinctive words two statements must share, and the share of the fewer statement's distinctive words. */
const ECHO_SHARED = 2;
/** Two values of an echo this many times apart, or more, are two measures, not one restated. */
const ECHO_RATIO = 1.5;
const ECHO_SHARE = 0.5;
/** Statements a distinctive word is indexed for at most: a word that common is no key to one statement. */
const ECHO_POSTINGS = 8;
/** A compound's head found inside a longer word ("Kaufangebot" in "Übernahmekaufangebotes") is this long at least, followed by at most an ending this long. */
const HEAD_MIN = 5;
const HEAD_ENDING = 3;
const FUNCTION_WORDS = new Set([...words.functionWords, ...words.determiners, ...words.conjunctions, ...words.hedges, ...words.periodWords, ...words.periodPrepositions].flatMap(w => w.toLowerCase().split(' ')));
const WORD = /\p{L}[\p{L}\p{N}'\u2019-]*/gu;

/** A sentence's key words (no function word, none shorter than three letters), their offsets in it, and each key once. */
function readKeys(sentence: string): { at: number[]; keys: string[]; unique: string[] } {
  const at: number[] = [], keys: string[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (w.length < 3 || FUNCTION_WORDS.has(w)) continue;
    at.push(m.index!);
    keys.push(keyWord(w));
  }
  return { at, keys, unique: [...new Set(keys)] };
}

/** Whether two key words name one thing: equal, or the shorter the longer's head (a compound's last part, an ending after it). */
function sameWord(a: string, b: string): boolean {
  return a === b || (a.length < b.length ? headOf(a, b, HEAD_MIN, HEAD_ENDING) : headOf(b, a, HEAD_MIN, HEAD_ENDING));
}

/**
 * Whether a key word names what a longer one does: the longer closes with it (a compound's head,
 * "Konzernumsatz" and "Umsatz") or is it with an ending of inflection ("salget", "salg"), the two at
 * once too ("Opkøbstilbuddet" and "købstilbud"); the shorter at least `minStem` letters long.
 */
function headOf(short: string, long: string, minStem: number, maxEnding: number): boolean {
  if (short.length < minStem || long.length <= short.length) return false;
  const at = long.lastIndexOf(short);
  return at >= 0 && long.length - (at + short.length) <= maxEnding;
}

/**
 * A summary restated in the text with another value, found by the words the two statements share
 * rather than by a measure read from each: a headline's "bid of over 50 billion for Acme" and the
 * text's "Acme's bidders value the offer at 55.6 billion" share the words a reader recognises the
 * statement by (its subject, its measure, a verb), words the rest of the document hardly uses. Two
 * statements are one when they share at least two such distinctive words and half of the fewer's;
 * a summary whose words also return with a value that agrees with it (the current figure beside
 * last year's) is restated right, and the other figure is another measure's.
 */
function echoes(model: DocumentModel): CheckFinding[] {
  const text = normalizedTextOf(model);
  const claims = claimsOf(model).filter(c => !c.otherContext && KINDS.has(c.figure.figureKind) && !c.perUnit && c.figure.denominator === undefined && !c.figure.table
    && (comparable(model, c) || !c.measure || c.measure.specific === false) && !pointInTime(model, c));
  const rank = new Map(claims.map(c => [c, summaryRank(model, c)]));
  const isSum = new Map(claims.map(c => [c, rank.get(c)! > 0]));
  // no summary, or nothing but one rank: nothing restated (most edits of a long document end here)
  const ranks = new Set(rank.values());
  if (!claims.some(c => isSum.get(c)) || ranks.size < 2) return [];
  // the words of names: who states a figure or what it is of is the scope's to compare (sameScope), not the measure's
  const names = new Set<string>();
  // each name as written read once: a document writes its drugs and companies over and over
  const written = new Set<string>();
  for (let eI = 0; eI < model.entities.length; eI++) { const e = model.entities[eI];
    if (e.kind !== 'company' && e.kind !== 'drug' && e.kind !== 'trial') continue;
    const w = text.slice(e.start, e.end);
    if (written.has(w)) continue;
    written.add(w);
    for (const m of w.matchAll(WORD)) names.add(keyWord(m[0].toLowerCase()));
  }
  // each sentence's key words looked up once (the walks below ask for every sentence's, some more than once)
  const keysOf: (ReturnType<typeof readKeys> | undefined)[] = new Array(model.sentences.length);
  const sentenceKeys = (si: number) => keysOf[si] ??= memoSpanText(text, model.sentences, model.sentences[si]).read(readKeys);
  const windowOf = (c: Claim): string[] => {
    const s = model.sentences[c.sentence];
    const { at, keys } = sentenceKeys(c.sentence);
    const out = new Set<string>();
    for (let k = 0; k < keys.length; k++) {
      const pos = s.start + at[k];
      if (pos < c.figure.start - ECHO_BEFORE || pos > c.figure.end + ECHO_AFTER || (pos >= c.figure.start && pos < c.figure.end) || names.has(keys[k])) continue;
      out.add(keys[k]);
    }
    return [...out];
  };
  // the summaries' words; the statements of the text in sentences that use one of them; how many sentences use each word of either
  const windows = new Map<Claim, string[]>();
  const wanted = new Set<string>();
  for (let cI = 0, claims_ = claims; cI < claims_.length; cI++) { const c = claims_[cI]; if (isSum.get(c)) { const w = windowOf(c); windows.set(c, w); for (let xI = 0, w_ = w; xI < w_.length; xI++) { const x = w_[xI]; wanted.add(x); } } }
  const sentencesUsing = new Set<number>();
  const uniques: (readonly string[])[] = new Array(model.sentences.length);
  const using = usingFor(wanted);
  for (let si = 0; si < model.sentences.length; si++) {
    const u = uniques[si] = sentenceKeys(si).unique;
    // (a sentence's list is the memo's reading of its text: an unchanged sentence gives the very list, asked before)
    let uses = using.get(u);
    if (uses === undefined) {
      uses = false;
      for (let k = 0; k < u.length; k++) if (wanted.has(u[k])) { uses = true; break; }
      using.set(u, uses);
    }
    if (uses) sentencesUsing.add(si);
  }
  for (let cI = 0, claims_ = claims; cI < claims_.length; cI++) { const c = claims_[cI]; if (rank.get(c)! < 2 && sentencesUsing.has(c.sentence) && !windows.has(c)) windows.set(c, windowOf(c)); }
  // how many sentences use each word (read only for the windows' words)
  const df = documentFrequencies(uniques);
  const shared = (a: string[], b: string[]) => a.filter(x => b.some(y => sameWord(x, y))).length;
  // every statement, with its distinctive words; the text's indexed by them
  const all: { c: Claim; words: string[]; summary: boolean; rank: number }[] = [];
  const postings = new Map<string, number[]>();
  for (const [c, win] of windows) {
    const w = win.filter(x => (df.get(x) ?? 0) <= DISTINCTIVE_DF);
    if (w.length < ECHO_SHARED) continue;
    const k = all.length;
    const summary = isSum.get(c)!;
    all.push({ c, words: w, summary, rank: rank.get(c)! });
    // the text's statements, the lede's too, are looked up by the summaries above them
    if (rank.get(c)! === 2) continue;
    for (let xI = 0, w_ = w; xI < w_.length; xI++) { const x = w_[xI];
      const list = postings.get(x) ?? [];
      if (list.length <= ECHO_POSTINGS) list.push(k);
      postings.set(x, list);
    }
  }
  const out: CheckFinding[] = [];
  const reported = new Set<Claim>();
  // the diseases each sentence names, read when two statements are compared
  const diseases = new Map<number, Set<string>>();
  const diseasesOf = (si: number) => {
    let d = diseases.get(si);
    if (!d) { const sp = model.sentences[si]; d = new Set(entitiesWithin(model.entities, sp.start, sp.end).filter(e => e.kind === 'indication').map(e => e.name)); diseases.set(si, d); }
    return d;
  };
  // the lengths of time each sentence names ("12-week", "20 weeks"), as value and unit, read when two statements are compared
  const periods = new Map<number, Set<string>>();
  const periodsOf = (si: number) => {
    let d = periods.get(si);
    if (!d) { d = new Set(figuresBySentence(model)[si].filter(f => f.figureKind === 'duration' && typeof f.value === 'number').map(f => `${f.value} ${f.unit}`)); periods.set(si, d); }
    return d;
  };
  const periodsDiffer = (a: number, b: number) => { const pa = periodsOf(a), pb = periodsOf(b); return pa.size > 0 && pb.size > 0 && ![...pa].some(x => pb.has(x)); };
  const sameDiseases = (a: number, b: number) => { const da = diseasesOf(a), db = diseasesOf(b); return da.size === 0 || db.size === 0 || [...da].some(x => db.has(x)); };
  const inSentence = new Map<number, Claim[]>();
  for (let cI = 0, claims_ = claims; cI < claims_.length; cI++) { const c = claims_[cI]; const l = inSentence.get(c.sentence) ?? []; l.push(c); inSentence.set(c.sentence, l); }
  for (let i = 0; i < all.length; i++) {
    const s = all[i];
    if (!s.summary || s.words.length < ECHO_SHARED) continue;
    const candidates = new Set<number>();
    const siblings = (inSentence.get(s.c.sentence) ?? []).filter(o => o !== s.c && o.figure.figureKind === s.c.figure.figureKind && o.figure.unit === s.c.figure.unit && Number.isFinite(o.low) && Number.isFinite(o.high));
    for (let xI = 0, words_ = s.words; xI < words_.length; xI++) { const x = words_[xI]; const list = postings.get(x); if (list && list.length <= ECHO_POSTINGS) for (let kI = 0, list_ = list; kI < list_.length; kI++) { const k = list_[kI]; candidates.add(k); } }
    const same: typeof all = [];
    for (const k of candidates) {
      const b = all[k];
      if (k === i || b.c.figure.figureKind !== s.c.figure.figureKind || b.c.figure.unit !== s.c.figure.unit || b.c.sentence === s.c.sentence) continue;
      const n = shared(s.words, b.words);
      // two sentences of the text in the same words are as often a template filled in for two trials or groups
      if (b.rank >= s.rank || n < ECHO_SHARED || n < ECHO_SHARE * Math.min(s.words.length, b.words.length)) continue;
      // two endpoints read: one statement measures one
      if (s.c.figure.binding.endpoint && b.c.figure.binding.endpoint && s.c.figure.binding.endpoint !== b.c.figure.binding.endpoint) continue;
      if (s.c.figure.binding.trial && b.c.figure.binding.trial && s.c.figure.binding.trial !== b.c.figure.binding.trial) continue;
      if (!sameScope(s.c, b.c)) continue;
      // ("41 % at the end of the 8-week phase" and "44 % over the whole 24-week course": two sentences that each name a
      // length of time, and none in common, measure over two periods)
      if (s.c.figure.figureKind !== 'duration' && periodsDiffer(s.c.sentence, b.c.sentence)) continue;
      // ("Of the randomised patients, 400 were adults": a count of some of the whole the sentence opens with restates no count)
      if (s.c.figure.figureKind === 'count' && [s.c, b.c].some(c => opensWithItsWhole(text, model.sentences[c.sentence].start, c.figure.start))) continue;
      // two sentences that each name a disease, and no disease in common, describe two groups in one template
      if (!sameDiseases(s.c.sentence, b.c.sentence)) continue;
      // "100% against severe disease and 90.4% overall": a figure that agrees with another of the summary's sentence restates that one
      // (a value, not a bound: "20% or more" agrees with too much)
      if (siblings.some(o => o.low <= b.c.high && b.c.low <= o.high)) continue;
      same.push(b);
    }
    if (same.length === 0) continue;
    // the value restated anywhere: it is right, and a differing figure is another measure's
    if (same.some(b => agree(model, s.c, b.c))) continue;
    const values = new Set(same.map(b => b.c.figure.value));
    if (values.size !== 1) continue;
    const b = same[0].c;
    const x = s.c.figure.value as number, y = b.figure.value as number;
    // (a value half again as large, or more, in words this loosely matched is more often another measure: "revenue rose 60 %",
    // "a 120 % increase in customers")
    if (x <= 0 || y <= 0 || Math.max(x, y) >= ECHO_RATIO * Math.min(x, y) || reported.has(b) || reported.has(s.c)) continue;
    reported.add(b); reported.add(s.c);
    const [first, second] = s.c.figure.start < b.figure.start ? [s.c, b] : [b, s.c];
    const written = (c: Claim) => model.text.slice(c.figure.start, c.figure.end);
    out.push({
      message: `This restates ${written(first)} from earlier in the same words, but as ${written(second)}.`,
      start: second.figure.start, end: second.figure.end,
      related: [{ start: first.figure.start, end: first.figure.end, message: 'the earlier statement, with the same distinctive words' }],
      data: { first: first.figure.value as number, second: second.figure.value as number }, fixes: [],
    });
  }
  return out;
}

/** The summaries' words of the last run, and whether each sentence's list of words (by identity) uses one of them. */
let usingKept: { wanted: string; using: WeakMap<readonly string[], boolean> } | undefined;
clearedWithMemo(() => { usingKept = undefined; });

/**
 * Whether a sentence's distinct key words use one of `wanted`, kept per list: the lists are the memo's readings of the
 * sentences' texts, never changed, so while the summaries' words stay the same an edit looks up the answer of every
 * sentence it left as it was instead of its every word. New words, a table of their own.
 */
function usingFor(wanted: ReadonlySet<string>): WeakMap<readonly string[], boolean> {
  const key = [...wanted].sort().join('\n');
  if (usingKept?.wanted !== key) usingKept = { wanted: key, using: new WeakMap() };
  return usingKept.using;
}

/**
 * The last document frequencies counted (how many sentences use each key word) and the sentences' word lists they were
 * counted from: the next document's (an edited one's) are brought up to date by the sentences whose lists differ.
 */
let frequenciesKept: { lists: readonly (readonly string[])[]; df: Map<string, number> } | undefined;
clearedWithMemo(() => { frequenciesKept = undefined; });

/**
 * How many of the lists hold each word (each list a sentence's distinct key words). The lists are the memo's readings of
 * the sentences' texts, so an unchanged sentence gives the very list it gave before: the counts kept are adjusted by the
 * lists between the two documents' common start and common end (compared by identity; a list of the same words made
 * anew is taken out and put back, which changes nothing), or counted afresh when most differ. The counts are what a
 * count of every list gives. The map is the kept one: read it before the next call.
 */
export function documentFrequencies(lists: readonly (readonly string[])[]): Map<string, number> {
  const kept = frequenciesKept;
  frequenciesKept = undefined;
  let df: Map<string, number>;
  const old = kept?.lists ?? [];
  let p = 0, q = 0;
  while (p < old.length && p < lists.length && old[p] === lists[p]) p++;
  while (q < old.length - p && q < lists.length - p && old[old.length - 1 - q] === lists[lists.length - 1 - q]) q++;
  if (kept && (old.length - p - q) + (lists.length - p - q) <= lists.length / 2) {
    df = kept.df;
    for (let i = p; i < old.length - q; i++) for (let wI = 0, wList = old[i]; wI < wList.length; wI++) { const w = wList[wI]; const n = df.get(w)! - 1; if (n === 0) df.delete(w); else df.set(w, n); }
    for (let i = p; i < lists.length - q; i++) for (let wI = 0, wList = lists[i]; wI < wList.length; wI++) { const w = wList[wI]; df.set(w, (df.get(w) ?? 0) + 1); }
  } else {
    df = new Map();
    for (let listI = 0, lists_ = lists; listI < lists_.length; listI++) { const list = lists_[listI]; for (let wI = 0, list_ = list; wI < list_.length; wI++) { const w = list_[wI]; df.set(w, (df.get(w) ?? 0) + 1); } }
  }
  frequenciesKept = { lists, df };
  return df;
}

const SUM_EVENTS = words.sumEvents;
/** Each event's nouns, lower case, one list: a clause's event is its longest noun nearest the sum. */
const EVENT_NOUNS: { w: string; event: string }[] = (['financing', 'offer', 'royalty', 'premium', 'enterprise'] as const)
  .flatMap(event => SUM_EVENTS[event].nouns.map(w => ({ w: w.toLowerCase(), event })))
  .sort((a, b) => b.w.length - a.w.length);
// (a possessive, "its IPO", makes the event its owner's, the company its own sentence names: no reference back to another's)
const EVENT_DEFINITE = new Set(words.definite.map(w => w.toLowerCase()).filter(w => !words.possessives.includes(w)));
const EVENT_VERB_END = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(SUM_EVENTS.financing.verbs)})\\s+(?:(?:${wordsPattern(words.hedges)})\\s+)?$`, 'iu');
const SUM_APART = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(SUM_EVENTS.apart)})(?![\\p{L}])`, 'iu');
/** A relative clause between commas: ", whose platform finds previously hidden targets," (claims.json relativeOpeners). */
const RELATIVE_CLAUSE = new RegExp(`,\\s*(?:${wordsPattern([...words.relativeOpeners, ...words.sumEvents.relativeOpeners])})(?![\\p{L}])[^,]*,`, 'giu');
const INVESTOR_PART = new RegExp(`^\\s*(?:${wordsPattern(SUM_EVENTS.investorParts)})\\s`, 'iu');
/** How far after a sum the investor's name may start and end: "from", an article, the name. */
const INVESTOR_REACH = 60;
/** Words of an average of share prices (sumEvents.premium.averages), which set a premium over it apart from one over a close. */
const SUM_AVERAGE = new RegExp(`(?:${wordsPattern(SUM_EVENTS.premium.averages)})(?![\\p{L}])`, 'iu');
const SUM_PLANNED = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(dateWords.planned.words)})(?![\\p{L}])`, 'iu');
/** How far before and after a sum its event's noun may stand, within its clause. */
const EVENT_BEFORE = 80;
const EVENT_AFTER = 60;
/** A noun closes a compound ("opkøbstilbud") when it is this long at least, followed by an ending this long at most ("-det"). */
const EVENT_HEAD_MIN = 5;
const EVENT_HEAD_ENDING = 3;
/** Scale words of a million or more (numbers.json scales), lower case, to their factor: "miljoner", "Millionen", "billion". */
const SCALES = new Map<string, number>(Object.entries(numbers.scales as Record<string, number | string>).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] >= 1e6));
/** Below this, a sum with no scale word is a price per unit ("$88.50"), never an event's size. */
const PRICE_BELOW = 1000;

/**
 * eventOfSum, kept by its three arguments (testMemo's table of pieces): one piece spells them all, the flag, the left
 * stretch's length and the two stretches, so that no two calls share a piece unless they share every argument.
 */
function eventOfSumKept(left: string, right: string, share: boolean): { event: string; definite: boolean } | undefined {
  return readPiece(eventOfSumPiece, `${share ? 1 : 0}${left.length}:${left}${right}`);
}
function eventOfSumPiece(piece: string): { event: string; definite: boolean } | undefined {
  const colon = piece.indexOf(':');
  const from = colon + 1, to = from + Number(piece.slice(1, colon));
  return eventOfSum(piece.slice(from, to), piece.slice(to), piece[0] === '1');
}

/** The event a clause's words name, nearest the sum: a noun anywhere in it (or closing a compound), a financing verb right before the sum. */
function eventOfSum(left: string, right: string, share: boolean): { event: string; definite: boolean } | undefined {
  if (!share && EVENT_VERB_END.test(left)) return { event: 'financing', definite: false };
  let best: { event: string; distance: number; definite: boolean } | undefined;
  const look = (piece: string, fromEnd: boolean) => {
    const ws: { w: string; at: number }[] = [];
    for (const m of piece.toLowerCase().matchAll(/\p{L}[\p{L}'\u2019-]*/gu)) ws.push({ w: m[0], at: m.index! });
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k].w;
      // a word, or the two or three words it opens ("tender offer", "levée de fonds")
      const phrases = [ws.slice(k, k + 2), ws.slice(k, k + 3)].map(p => p.map(x => x.w).join(' '));
      const hit = EVENT_NOUNS.find(n => (n.event === 'premium') === share && (n.w.includes(' ') ? phrases.some(p => p === n.w || p.startsWith(n.w + ' '))
        : (n.event === 'premium' ? w === n.w : w.startsWith(n.w)) || (n.w.length >= EVENT_HEAD_MIN && w.lastIndexOf(n.w) > 0 && w.length - (w.lastIndexOf(n.w) + n.w.length) <= EVENT_HEAD_ENDING)));
      if (!hit) continue;
      const distance = fromEnd ? piece.length - ws[k].at : ws[k].at;
      // "the offer", "das Angebot", "tilbuddet": the noun made definite by a determiner right before it or by its ending
      const ending = w.startsWith(hit.w) || w.lastIndexOf(hit.w) > 0 ? w.slice(w.lastIndexOf(hit.w) + hit.w.length) : '';
      const definite = (k > 0 && EVENT_DEFINITE.has(ws[k - 1].w)) || (ending !== '' && SUM_EVENTS.definiteEndings.some(e => ending === e || ending === hit.w.slice(-1) + e));
      if (!best || distance < best.distance) best = { event: hit.event, distance, definite };
    }
  };
  look(left, true);
  look(right, false);
  return best && { event: best.event, definite: best.definite };
}

/**
 * One event's size stated twice: a company raises one round, receives one takeover offer, expects one
 * royalty in a document's news, so a heading's "Acme Bio Raises $40 Million" and the text's "Acme Bio
 * closed a Series B round of financing with $44 million" cannot both be right. The event is read from
 * the sum's own clause (sumEvents: a noun of the event, or a verb of raising right before the sum),
 * the company from the sentence (claims' subjects); a price per unit is another measure than a total.
 * Compared only across places of different rank (a summary and the text, as restatedClaims' measures
 * are), but for a premium: an offer pays one premium over one price, wherever it is stated, never when a word sets a statement apart as another version or a part of the event ("originally
 * planned", "first close", "now"), or only one of two statements of a round is a plan (what a company
 * plans to raise is not what it raised; an offer's price is one whether its offer "will" open or has); values that no rounding reconciles,
 * within a factor of two, and exactly two plain values for the event.
 */
function sumsOfOneEvent(model: DocumentModel): CheckFinding[] {
  const text = normalizedTextOf(model);
  const groups = new Map<string, Claim[]>();
  const wholeEvents = new Map<string, Claim[]>();
  const definite = new Set<Claim>();
  const apart = new Set<Claim>();
  const unitless: { c: Claim; event: string; scale: number; definite: boolean }[] = [];
  const bySentence = figuresBySentence(model);
  const { of } = claimIndex(model);
  for (let inSI = 0, bySentence_ = bySentence; inSI < bySentence_.length; inSI++) { const inS = bySentence_[inSI];
    for (let i = 0; i < inS.length; i++) {
      const f = inS[i];
      const share = f.figureKind === 'percent';
      // "Acme väntar 150 miljoner från AB-101": an amount in a scale word with its currency left out (read below)
      const scale = f.figureKind === 'other' ? SCALES.get(f.unit.toLowerCase()) : undefined;
      if ((f.figureKind !== 'money' && !share && !scale) || typeof f.value !== 'number' || !(f.value > 0) || f.table) continue;
      const c = of.get(f);
      // (a premium in a document that names no company is its one offer's)
      if (!c || (c.subjects.length === 0 && !share)) continue;
      const s = model.sentences[c.sentence];
      let left = text.slice(Math.max(s.start, i > 0 ? inS[i - 1].end : s.start, f.start - EVENT_BEFORE), f.start);
      left = left.slice(Math.max(left.lastIndexOf(';'), left.lastIndexOf('\n')) + 1);
      let right = text.slice(f.end, Math.min(s.end, i + 1 < inS.length ? inS[i + 1].start : s.end, f.end + EVENT_AFTER));
      const stop = right.search(/[;.\n]/);
      if (stop >= 0) right = right.slice(0, stop);
      // "Beta Pharma to buy Acme Bio for $40 a share": the price of an acquisition (claims' measure) is what its offer pays
      const read = c.measure?.key === 'phrase:acquisition' && !share ? { event: 'offer', definite: false } : eventOfSumKept(left, right, share);
      if (!read) continue;
      // "$15 million from Beta Ventures": one investor's part of a round, no size of it (an offer "from" a bidder is the offer)
      if (read.event === 'financing' && INVESTOR_PART.test(right) && itemsWithin(model.entities, f.end, f.end + INVESTOR_REACH).some(e => e.kind === 'company')) continue;
      // a premium over an average of closes ("the 60-day VWAP") is another measure than one over a close
      // (read past a figure in the phrase: "to the 30-day average")
      const price = share ? SUM_AVERAGE.test(left.slice(left.lastIndexOf(',') + 1) + ' ' + text.slice(f.end, Math.min(s.end, f.end + EVENT_AFTER)).split(/[,;\n]/)[0]) : c.perUnit || f.value < PRICE_BELOW;
      if (scale) { if (!c.perUnit && c.subjects.length > 0) unitless.push({ c, event: read.event, scale, definite: read.definite }); continue; }
      const kind = `${read.event}|${price ? 'price' : 'sum'}|${f.unit}`;
      for (let subjectI = 0, subjectList = c.subjects.length > 0 ? c.subjects : ['']; subjectI < subjectList.length; subjectI++) { const subject = subjectList[subjectI];
        const key = `${kind}|${subject}`;
        groups.set(key, [...(groups.get(key) ?? []), c]);
      }
      // a definite noun of the event refers back to the one of its kind stated before, whoever its sentence names
      wholeEvents.set(kind, [...(wholeEvents.get(kind) ?? []), c]);
      if (read.definite) definite.add(c);
      // a word of another version or a part in the sentence ("originally planned to raise", "the first close at", "had
      // previously rejected the $3.5 billion offer"), but not in a relative clause, which describes a noun, not the
      // event ("Acme Bio, whose platform finds previously hidden targets, has raised")
      if (SUM_APART.test(text.slice(s.start, s.end).replace(RELATIVE_CLAUSE, ','))) apart.add(c);
    }
  }
  // an amount with its currency left out is in a currency the document states the same event's sums in: it is judged with
  // each currency's statements, and only one of its own order of magnitude can contradict it (within a factor of two, as
  // every statement of an event): "Acme väntar 150 miljoner" in a headline over "cirka 170 MSEK i royalty"
  for (let uI = 0; uI < unitless.length; uI++) { const u = unitless[uI];
    const units = new Set([...wholeEvents.keys()].filter(k => k.startsWith(`${u.event}|sum|`)).map(k => k.split('|')[2]));
    for (const unit of units) {
      const v = u.c.figure.value as number;
      const c: Claim = { ...u.c, figure: { ...u.c.figure, figureKind: 'money', value: v * u.scale, unit }, low: u.c.low * u.scale, high: u.c.high * u.scale };
      const kind = `${u.event}|sum|${unit}`;
      const put = (key: string, into: Map<string, Claim[]>) => into.set(key, [...(into.get(key) ?? []), c].sort((a, b) => a.figure.start - b.figure.start));
      for (let subjectI = 0, subjects_ = c.subjects; subjectI < subjects_.length; subjectI++) { const subject = subjects_[subjectI]; put(`${kind}|${subject}`, groups); }
      put(kind, wholeEvents);
      if (u.definite) definite.add(c);
      const s = model.sentences[c.sentence];
      if (SUM_APART.test(text.slice(s.start, s.end).replace(RELATIVE_CLAUSE, ','))) apart.add(c);
    }
  }
  const out: CheckFinding[] = [];
  const reported = new Set<FigureEntity>();
  const names: Record<string, string> = { financing: 'financing round', offer: 'offer', royalty: 'royalty', premium: 'premium', enterprise: 'enterprise value' };
  // (a relative clause describes a noun, not the event: its words are left out)
  const says = (c: Claim, re: RegExp) => { const s = model.sentences[c.sentence]; return re.test(text.slice(s.start, s.end).replace(RELATIVE_CLAUSE, ',')); };
  const otherSeries = (a: Claim, b: Claim) => otherSeriesOf(model, a, b);
  const own = new Map<number, Set<string>>();
  const ownNames = (c: Claim) => {
    let names = own.get(c.sentence);
    if (!names) { const s = model.sentences[c.sentence]; names = new Set(itemsWithin(model.entities, s.start, s.end).filter(e => e.kind === 'company' || e.kind === 'drug').map(e => e.name)); own.set(c.sentence, names); }
    return names;
  };
  const judged: [string, Claim[], boolean][] = [...[...groups].map(([k, l]) => [k, l, false] as [string, Claim[], boolean]), ...[...wholeEvents].map(([k, l]) => [k, l, true] as [string, Claim[], boolean])];
  for (let itemI = 0, judged_ = judged; itemI < judged_.length; itemI++) { const [key, all, whole] = judged_[itemI];
    // a statement set apart as another version or a part of the event sets the whole group aside, when its own sentence
    // names the group's company (or any, for a definite event): one that only carries the company over from a sentence
    // before (a roundup's next item, whose company the recogniser missed) speaks of another event, and is left out
    const subject = key.split('|')[3] ?? '';
    const list = all.filter(c => !apart.has(c) || whole || subject === '' || ownNames(c).has(subject));
    if (list.length < 2 || list.length > MAX_STATEMENTS) continue;
    const [event, price] = key.split('|');
    const plain = new Set(list.filter(c => !c.figure.comparator).map(c => c.figure.value));
    if (plain.size > 2 || new Set(list.map(c => `${c.figure.comparator ?? ''}${c.figure.value}`)).size > 3) continue;
    if (list.some(c => apart.has(c))) continue;
    for (let j = 1; j < list.length; j++) {
      const b = list[j];
      if (reported.has(b.figure) || (whole && !definite.has(b))) continue;
      // a value stated before restates that statement ("Read more: Acme to buy Beta for $3.3 billion" under the text): the
      // disagreement is reported once, at the first statement of the other value
      if (list.slice(0, j).some(x => x.figure.value === b.figure.value)) continue;
      // the company named by each statement's own sentence, not one the claims carry over from a sentence before (a
      // roundup's next item may name a company the recogniser misses), unless a heading stands right over its text
      // (one sentence of the reading), a definite noun refers back, or no company is named at all (one offer's premium)
      const named = (x: Claim) => whole || x.sentence === b.sentence || (x.subjects.length === 0 && b.subjects.length === 0) || [...ownNames(x)].some(n => ownNames(b).has(n));
      const a = list.slice(0, j).find(x => (x.sentence !== b.sentence || x.heading !== b.heading) && named(x) && (event === 'premium' || placeRank(model, x) !== placeRank(model, b)) && (event !== 'financing' || says(x, SUM_PLANNED) === says(b, SUM_PLANNED)) && !(x.time && b.time && x.time !== b.time) && !otherSeries(x, b) && !sumsAgree(model, x, b));
      if (!a) continue;
      const x = a.figure.value as number, y = b.figure.value as number;
      if (Math.max(x, y) > 2 * Math.min(x, y)) continue;
      reported.add(b.figure);
      const written = (c: Claim) => model.text.slice(c.figure.start, c.figure.end);
      out.push({
        message: `The ${event === 'premium' ? (price === 'price' ? 'premium over an average price' : 'premium') : (price === 'price' ? 'price per unit of the ' : 'size of the ') + names[event]} is stated as ${written(b)} here but ${written(a)} earlier.`,
        start: b.figure.start, end: b.figure.end,
        related: [{ start: a.figure.start, end: a.figure.end, message: 'the earlier statement of the same event' }],
        data: { first: x, second: y }, fixes: [],
      });
      break;
    }
  }
  return out;
}

/** A financing round's series as its sentence names it ("Series B", "Serie B", "série B"), lower case. */
const SERIES = /(?<![\p{L}])s[eé]ries?\s+([a-h])(?![\p{L}])/iu;
/** Whether two statements' sentences name two series: two rounds, a Series A and a Series B. */
function otherSeriesOf(model: DocumentModel, a: Claim, b: Claim): boolean {
  const text = normalizedTextOf(model);
  const series = (c: Claim) => { const s = model.sentences[c.sentence]; return spanExec(SERIES, text, model.sentences, s)?.[1].toLowerCase(); };
  const x = series(a), y = series(b);
  return x !== undefined && y !== undefined && x !== y;
}

/** Two sums of one event agree: two caps or two floors ("up to $3.5 billion", "up to $3.8 billion") are compared as values, else as the values each allows. */
function sumsAgree(model: DocumentModel, a: Claim, b: Claim): boolean {
  if (a.figure.comparator && a.figure.comparator === b.figure.comparator && a.figure.comparator !== '~') {
    const room = (c: Claim) => roundingRoomOf(model, c);
    return Math.abs((a.figure.value as number) - (b.figure.value as number)) <= room(a) + room(b);
  }
  return agree(model, a, b);
}

function roundingRoomOf(model: DocumentModel, c: Claim): number {
  return roundingRoom(model.text.slice(c.figure.start, c.figure.end), c.figure.value as number);
}
