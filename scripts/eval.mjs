// npm run eval: how well the analysis reads documents, measured each run, never typed in.
//
// The real corpus comes first: test/eval/real/dev and test/eval/real/test, printed side by side:
// entities per kind (precision, recall, F1, strict F1), figures (recall, precision, value and
// unit, kind, binding), and the checks (recall of the injected inconsistencies per family; false
// warnings or errors per clean document). Misses are listed for dev only (--misses, or --verbose),
// never for the frozen test split. The synthetic corpora follow as regression figures.
//
// Matching: each gold mention is located in its document by searching forward for its text from
// the previous match of the same text. A prediction matches a gold mention of the same kind when
// their ranges overlap ("lenient"); "strict" also requires the same start and end. Matching is one
// to one, in document order. Adverse-event terms ("adverse events", "CRS": the lexicon flags them)
// are no endpoints, in the gold or the output. Value accuracy compares value and unit (units case-insensitively,
// Greek mu as the micro sign, "m2" as "m²"; any two of the nouns people are counted in, as people.json lists them,
// name one unit; a count's noun within the other's is the same unit; a CI's unit only when the gold gives one);
// dates compare their year. A binding is right when
// every field the gold gives agrees: the endpoint read through the lexicon (for a sum, the measure the tool names), the drug through the
// document's own mentions, a time point as its number and unit ("six-month" is "6 months", "2 yr" is "2 years"), a reporting period
// as its length and last day where both give them ("quarter ended June 30, 2031" is "Three Months Ended June 30, 2031"), arm and
// population (the tool's subgroup, else the trial the figure reports from) as normalised text, one containing the other (its text, or all its words in any order).
//
// A planted inconsistency is found when a finding of its family overlaps its figure (`text`) or one
// of the figures it contradicts (`related`), with two characters of slack; the finding's own related
// locations count as the finding's (a finding on one statement of a figure written twice, that names
// the planted figure as the one it contradicts, has found it).
//
// Options: --readme rewrites the real-corpus tables in README.md (between the eval:real markers)
// from this run; --check-readme exits 1 when README.md's tables differ from this run's;
// --json=FILE writes every number; --corpus=DIR and --checks=DIR score one synthetic
// corpus instead of the defaults; --real=DIR points at another real corpus.
import { createRequire } from 'module';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { withoutSource, wordAt } from './goldText.mjs';

const require = createRequire(import.meta.url);
const { Analyzer, builtinLexicon, formatOf, runChecks } = require('../out/server/src/analysis/index.js');
const { tokenize } = require('../out/server/src/analysis/tokens.js');

const arg = name => process.argv.find(a => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const VERBOSE = process.argv.includes('--verbose');
const MISSES = VERBOSE || process.argv.includes('--misses');
const JSON_OUT = arg('json');
const REAL = arg('real') ?? 'test/eval/real';
const KINDS = ['drug', 'target', 'endpoint', 'indication', 'trial', 'company'];
const FAMILIES = ['percent-of-count', 'grim', 'impossible-value', 'ci-inconsistent', 'p-value-vs-ci', 'significance-vs-ci',
  'survival-logic', 'landmark-vs-median', 'claimed-ratio', 'totals', 'repeated-value', 'date-inconsistent', 'dose-unit-mismatch',
  'mixed-decimal-separator', 'mixed-micro-sign'];

const lexicon = builtinLexicon();
const analyzer = new Analyzer(lexicon);
const canonicalEndpoint = name => {
  if (lexicon.endpoints.has(name)) return name; // "CRS" is itself, not the plural of "CR"
  const m = lexicon.matchPhrases(name, tokenize(name)).find(x => x.entry.kind === 'endpoint' && x.start === 0 && x.end === name.length);
  return m ? m.entry.name : name;
};
/** Whether a gold endpoint's words are an adverse-event term: every endpoint phrase of the lexicon in them is one ("grade \u22653 TRAEs"). */
const isAdverseEventTerm = name => {
  const ms = lexicon.matchPhrases(name, tokenize(name)).filter(x => x.entry.kind === 'endpoint');
  return ms.length > 0 && ms.every(x => lexicon.endpoints.get(x.entry.name)?.adverseEvent);
};
const problems = [];
const isDoc = f => /\.(txt|md)$/.test(f) && f !== 'README.md';
const isInjected = f => /\.inj\d+\.(txt|md)$/.test(f);
const stemOf = f => f.replace(/\.(txt|md)$/, '');
const readJson = p => JSON.parse(readFileSync(p, 'utf8'));

function locate(file, text, items) {
  // gold mentions are listed in document order and do not overlap: each is searched for after the
  // previous one; an order slip falls back to the last match of the same text, and is reported
  const lastEnd = new Map();
  let cursor = 0;
  const out = [];
  for (const it of items) {
    let at = wordAt(text, it.text, cursor);
    if (at < 0) {
      at = wordAt(text, it.text, lastEnd.get(it.text) ?? 0);
      if (at >= 0) problems.push(`${file}: gold out of document order: ${JSON.stringify(it.text)}`);
    }
    if (at < 0) { problems.push(`${file}: gold text not found: ${JSON.stringify(it.text)}`); continue; }
    lastEnd.set(it.text, at + it.text.length);
    cursor = at + it.text.length;
    out.push({ ...it, start: at, end: at + it.text.length });
  }
  return out;
}

function match(gold, pred) {
  // one-to-one, greedy in document order over overlapping pairs of the same kind
  const used = new Set();
  const pairs = [];
  for (const g of gold) {
    let best = -1, bestScore = -1;
    for (let i = 0; i < pred.length; i++) {
      const p = pred[i];
      if (used.has(i) || p.kind !== g.kind || p.end <= g.start || p.start >= g.end) continue;
      const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (overlap > bestScore) { best = i; bestScore = overlap; }
    }
    if (best >= 0) { used.add(best); pairs.push([g, pred[best]]); }
  }
  return { pairs, unmatchedPred: pred.filter((_, i) => !used.has(i)) };
}

const sameValue = (a, b) => {
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === 2 && sameValue(a[0], b[0]) && sameValue(a[1], b[1]);
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
};
const normUnit = u => String(u ?? '').replace(/\u03bc/g, '\u00b5').replace(/^mcg/, '\u00b5g').replace(/m2\b/g, 'm\u00b2').trim().toLowerCase();
// a unit as the gold and the reading name it: the same after normUnit; any two of the nouns people are counted in
// (people.json's units, "people", "participants", "adults": the count is of persons either way); a count's noun
// within the other's ("2 lines" and "2 lines of systemic therapy"); a confidence interval the gold gives no unit
const PEOPLE = new Set([...JSON.parse(readFileSync('server/lexicon/grammar/people.json', 'utf8')).units, 'person', 'persons', 'individuals', 'patient', 'participant', 'subject', 'adult', 'child']);
const sameUnit = (g, p) => {
  const a = normUnit(g.unit), b = normUnit(p.unit);
  if (a === b) return true;
  if (g.figureKind === 'ci' && !a) return true;
  if (PEOPLE.has(a) && PEOPLE.has(b)) return true;
  return g.figureKind === 'count' && p.figureKind === 'count' && !!a && !!b && (wordsWithin(b, a) || wordsWithin(a, b));
};
const normText = s => String(s ?? '').toLowerCase().replace(/\u03bc/g, '\u00b5').replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim();
// a label's words in another order name the same group: "20 evaluable patients" and "20 patients that were evaluable",
// "first line NSCLC" and "first line non-small cell lung cancer (NSCLC)"; so one label's words all among the other's count as
// containment, as one label's text inside the other's does
const labelWords = s => normText(s).split(/[\s,;:()[\]]+/).filter(Boolean);
const wordsWithin = (x, y) => { const ys = new Set(labelWords(y)), xs = labelWords(x); return xs.length > 0 && xs.every(w => ys.has(w)); };
const looselySame = (a, b) => { const x = normText(a), y = normText(b); return !!x && !!y && (x === y || x.includes(y) || y.includes(x) || wordsWithin(x, y) || wordsWithin(y, x)); };
// a time point as a number and a unit, however written: "six-month", "6 months", "month 6", "Week 52", "one year"
const NUMBER_WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, twenty: 20, 'twenty-four': 24, thirty: 30 };
const TIME_UNIT = '(day|week|month|year|monat|woche|jahr|mois|semaine|an|månad|vecka|år|yr|mo|wk)';
const TIME_NUMBER = '(\\d+(?:[.,]\\d+)?|' + Object.keys(NUMBER_WORDS).join('|') + ')';
const NUMBER_THEN_UNIT = new RegExp(`${TIME_NUMBER}[\\s-]*${TIME_UNIT}`);
const UNIT_THEN_NUMBER = new RegExp(`${TIME_UNIT}s?[\\s-]*${TIME_NUMBER}`);
const UNIT_BASE = { yr: 'year', mo: 'month', wk: 'week', monat: 'month', woche: 'week', jahr: 'year', mois: 'month', semaine: 'week', an: 'year', 'månad': 'month', vecka: 'week', 'år': 'year' };
function timeKey(s) {
  const t = normText(s);
  const a = NUMBER_THEN_UNIT.exec(t), b = a ? undefined : UNIT_THEN_NUMBER.exec(t);
  if (!a && !b) return undefined;
  const [n, u] = a ? [a[1], a[2]] : [b[2], b[1]];
  const value = NUMBER_WORDS[n] ?? Number(String(n).replace(',', '.'));
  return Number.isFinite(value) ? `${value} ${UNIT_BASE[u] ?? u}` : undefined;
}
// a reporting period however written: "Q1 2014", "første kvartal af 2014", "first half of 2024" and
// "H1 2024", "ersten neun Monaten" and "9M 2020" name one period (the year, when both give one, must agree)
const ORDINALS = '(1|2|3|4|first|second|third|fourth|1st|2nd|3rd|4th|erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?|vierte[nmrs]?|første|anden|tredje|fjerde|första|andra|tredje|fjärde|premier|deuxième|troisième|quatrième)';
const ORDINAL_VALUE = w => ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, 'første': 1, anden: 2, tredje: 3, fjerde: 4, 'första': 1, andra: 2, 'fjärde': 4, premier: 1, 'deuxième': 2, 'troisième': 3, 'quatrième': 4 })[w] ?? (/^\d$/.test(w) ? Number(w) : /^erste/.test(w) ? 1 : /^zweite/.test(w) ? 2 : /^dritte/.test(w) ? 3 : /^vierte/.test(w) ? 4 : undefined);
const QUARTER = new RegExp(`\\bq([1-4])\\b|\\b([1-4])q\\b|${ORDINALS}\\.?\\s+(?:quarter|quartal|kvartal|trimestre)`);
const HALF = new RegExp(`\\bh([12])\\b|${ORDINALS}\\.?\\s+(?:half|halbjahr|halvår|semestre)`);
const NINE_MONTHS = /\b9m\b|\bnine months\b|\bneun monate|\bni måneder|\bnio månader|\bneuf mois/;
const FULL_YEAR = /\bfy\b|\bfull[- ]year\b|\bgesamtjahr|\bhela året|\bhele året|\bexercice\b/;
// a span of months names a standard period when it runs from a quarter's, a half's or the year's first month to its last:
// "1. januar til 31. marts 2014" is Q1 2014, "januari - juni 2010" H1 2010, "1 January to 30 September" 9M
const MONTH_NUMBER = { ...Object.fromEntries(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((m, k) => [m, k + 1])),
  ...Object.fromEntries(Object.entries(JSON.parse(readFileSync('server/lexicon/builtin/numbers.json', 'utf8')).months).filter(([k, v]) => typeof v === 'number').map(([k, v]) => [k.replace(/\.$/, ''), v])) };
const SPAN_PERIODS = { '1-3': 'Q1', '4-6': 'Q2', '7-9': 'Q3', '10-12': 'Q4', '1-6': 'H1', '7-12': 'H2', '1-9': '9M', '1-12': 'FY' };
function monthSpanPeriod(t) {
  const months = t.split(/[^\p{L}]+/u).map(w => MONTH_NUMBER[w]).filter(Boolean);
  if (months.length !== 2 || !/\d{0,2}\.?\s*\p{L}+\.?(?:\s+\d{4})?\s*(?:-|\u2013|to|til|till|bis|au|through)\s*\d{0,2}\.?\s*\p{L}+/u.test(t)) return undefined;
  return SPAN_PERIODS[`${months[0]}-${months[1]}`];
}
// "quarter ended March 31, 2020" and "Three Months Ended March 31, 2020" name one period: its length and its last day
const ENDED = /\b(quarter|three months|3 months|six months|6 months|half[- ]year|nine months|9 months|twelve months|12 months|year|fiscal year) ended\s+(\p{L}+)\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/u;
const ENDED_MONTHS = { quarter: 3, 'three months': 3, '3 months': 3, 'six months': 6, '6 months': 6, 'half-year': 6, 'half year': 6, 'nine months': 9, '9 months': 9, 'twelve months': 12, '12 months': 12, year: 12, 'fiscal year': 12 };
function periodKey(s) {
  const t = normText(s);
  const year = (/\b((?:19|20)\d{2})\b/.exec(t) ?? [])[1] ?? '';
  const span = monthSpanPeriod(t);
  if (span) return { period: span, year };
  let m;
  if ((m = QUARTER.exec(t))) { const q = m[1] ?? m[2] ?? ORDINAL_VALUE(m[3]); return q ? { period: `Q${q}`, year } : undefined; }
  if ((m = HALF.exec(t))) { const h = m[1] ?? ORDINAL_VALUE(m[2]); return h && h <= 2 ? { period: `H${h}`, year } : undefined; }
  if (NINE_MONTHS.test(t)) return { period: '9M', year };
  if (FULL_YEAR.test(t)) return { period: 'FY', year };
  return undefined;
}
function endedKey(s) {
  const t = normText(s);
  const ended = ENDED.exec(t);
  const endMonth = ended ? MONTH_NUMBER[ended[2]] ?? MONTH_NUMBER[Object.keys(MONTH_NUMBER).find(m => m.startsWith(ended[2]) && ended[2].length >= 3)] : undefined;
  return ended && endMonth ? `${ENDED_MONTHS[ended[1]]}m to ${endMonth}-${Number(ended[3])} ${ended[4]}` : undefined;
}
const sameTime = (a, b) => {
  // (both a length and a last day: those; else as below, "nine months" and "nine months ended September 30, 2031" one period)
  const e = endedKey(a), f = endedKey(b);
  if (e && f) return e === f;
  const p = periodKey(a), q = periodKey(b);
  if (p && q) return p.period === q.period && (!p.year || !q.year || p.year === q.year);
  const x = timeKey(a), y = timeKey(b);
  return x && y ? x === y : looselySame(a, b);
};

/**
 * Where a figure stands, as a class (no text): in a table the structure reader found (and its form), on a line with
 * pipes or tabs it did not take as a table, on a line of six numbers or more (a table flattened), on a short line, or in prose.
 */
function placeOf(text, model, p, inTable) {
  if (inTable(p)) return 'table:' + ((model.tables ?? []).find(t => p.start >= t.start && p.end <= t.end)?.form ?? 'columns');
  const ls = text.lastIndexOf('\n', p.start) + 1, le = text.indexOf('\n', p.end);
  const line = text.slice(ls, le < 0 ? text.length : le);
  if (line.includes('|')) return 'pipe-line';
  if (line.includes('\t')) return 'tab-line';
  if ((line.match(/\d[\d.,]*/g) ?? []).length >= 6) return 'numeric-line';
  return line.length < 60 ? 'short-line' : 'prose';
}

/** Entities and figures of a list of [file, text, gold] against the analysis. */
function scoreReading(entries, listMisses) {
  const counts = Object.fromEntries([...KINDS, 'figure'].map(k => [k, { tp: 0, tpStrict: 0, fp: 0, fn: 0 }]));
  const fig = { matched: 0, valueRight: 0, kindRight: 0, boundGold: 0, boundRight: 0, tableGold: 0, tableRight: 0 };
  // per gold kind: how many matched, how many read as that kind, how many with value and unit right
  const byKind = {};
  // kinds read wrong: "percent→other" and its count (a score, like byKind: no text of a document)
  const confusions = {};
  // the same, by where the figure stands (a table the reader found, a line of pipes or tabs, a line of many numbers, prose)
  const confusionsByPlace = {};
  const perField = Object.fromEntries(['endpoint', 'drug', 'arm', 'population', 'timepoint'].map(k => [k, { gold: 0, right: 0, wrong: {} }]));
  const misses = [];
  for (const { file, text, gold } of entries) {
    const model = analyzer.analyze(text, undefined, formatOf(file));
    // adverse-event terms are no endpoints, in the gold as in the tool's output (the synthetic corpora were written before that was settled)
    const goldEntities = locate(file, text, gold.entities ?? []).filter(e => !(e.kind === 'endpoint' && isAdverseEventTerm(e.text)));
    const goldFigures = locate(file, text, (gold.figures ?? []).map(f => ({ ...f, kind: 'figure' })));
    // an adverse-event term ("adverse events", "CRS") is no endpoint: the tool says so in its hover and outline
    const predEntities = model.entities.filter(e => e.kind !== 'figure' && !(e.kind === 'endpoint' && e.facts.adverseEvent));
    const predFigures = model.entities.filter(e => e.kind === 'figure');
    const drugNames = new Map(model.entities.filter(e => e.kind === 'drug').map(e => [e.text.toLowerCase().replace(/\u2011/g, '-'), e.name]));
    for (const kind of KINDS) {
      const g = goldEntities.filter(e => e.kind === kind);
      const { pairs, unmatchedPred } = match(g, predEntities.filter(e => e.kind === kind));
      const c = counts[kind];
      c.tp += pairs.length;
      c.tpStrict += pairs.filter(([a, b]) => a.start === b.start && a.end === b.end).length;
      c.fp += unmatchedPred.length;
      c.fn += g.length - pairs.length;
      if (listMisses) {
        const matchedGold = new Set(pairs.map(([a]) => a));
        for (const m of g.filter(x => !matchedGold.has(x))) misses.push(`miss  ${file}  ${kind}  ${JSON.stringify(m.text)}`);
        for (const m of unmatchedPred) misses.push(`extra ${file}  ${kind}  ${JSON.stringify(m.text)} -> ${m.name}`);
        // a mention found with another span: what strict F1 counts against it
        for (const [a, b] of pairs) if (a.start !== b.start || a.end !== b.end) misses.push(`span  ${file}  ${kind}  ${JSON.stringify(a.text)} read ${JSON.stringify(text.slice(b.start, b.end))}`);
      }
    }
    const { pairs, unmatchedPred } = match(goldFigures, predFigures);
    // a figure in a table: inside a row of a table the structure reader found, or read under a flattened table's column
    const rows = (model.tables ?? []).flatMap(t => t.rows);
    const inTable = p => !!p.table || rows.some(r => p.start >= r.start && p.end <= r.end);
    const c = counts.figure;
    c.tp += pairs.length;
    c.tpStrict += pairs.filter(([a, b]) => a.start === b.start && a.end === b.end).length;
    c.fp += unmatchedPred.length;
    c.fn += goldFigures.length - pairs.length;
    for (const [g, p] of pairs) {
      fig.matched++;
      if (g.figureKind === p.figureKind) fig.kindRight++;
      const bk = (byKind[g.figureKind] ??= { n: 0, kind: 0, value: 0 });
      bk.n++;
      if (g.figureKind === p.figureKind) bk.kind++;
      else {
        const key = `${g.figureKind}\u2192${p.figureKind}`;
        confusions[key] = (confusions[key] ?? 0) + 1;
        const at = `${key} @${placeOf(text, model, p, inTable)}`;
        confusionsByPlace[at] = (confusionsByPlace[at] ?? 0) + 1;
        if (listMisses) misses.push(`kind  ${file}  ${JSON.stringify(g.text)}  gold ${g.figureKind}  got ${p.figureKind} ${JSON.stringify(text.slice(p.start, p.end))}  @${placeOf(text, model, p, inTable)}`);
      }
      const valueOk = sameValue(g.value, p.value) && (g.figureKind === 'date' ? p.figureKind === 'date' : sameUnit(g, p));
      if (valueOk) { fig.valueRight++; bk.value++; }
      else if (listMisses) misses.push(`value ${file}  ${JSON.stringify(g.text)}  gold ${JSON.stringify(g.value)} ${g.unit}  got ${JSON.stringify(p.value)} ${p.unit}`);
      const fields = ['endpoint', 'drug', 'arm', 'population', 'timepoint'].filter(k => g[k] !== undefined && g[k] !== null && g[k] !== '');
      if (!fields.length) continue;
      fig.boundGold++;
      const got = { endpoint: p.binding.endpoint ?? p.binding.measure, drug: p.binding.drug, arm: p.binding.arm, population: p.binding.subgroup ?? p.binding.trial, timepoint: p.binding.timepoint };
      const want = { ...g };
      if (want.endpoint !== undefined) want.endpoint = canonicalEndpoint(String(want.endpoint));
      // gold names a drug by any of its written forms; the tool binds its canonical name
      if (want.drug !== undefined) want.drug = drugNames.get(String(want.drug).toLowerCase().replace(/\u2011/g, '-')) ?? want.drug;
      const fieldOk = k => (k === 'endpoint' || k === 'drug') ? normText(got[k]) === normText(want[k]) : k === 'timepoint' ? sameTime(got[k], want[k]) : looselySame(got[k], want[k]);
      for (const k of fields) {
        perField[k].gold++;
        if (fieldOk(k)) { perField[k].right++; continue; }
        // how it was wrong, as counts: nothing bound, or something else bound; in a table or not
        const how = `${got[k] === undefined || got[k] === null || got[k] === '' ? 'none' : 'other'} @${inTable(p) ? 'table' : 'text'}`;
        perField[k].wrong[how] = (perField[k].wrong[how] ?? 0) + 1;
      }
      const ok = fields.every(fieldOk);
      if (ok) fig.boundRight++;
      if (inTable(p)) { fig.tableGold++; if (ok) fig.tableRight++; }
      if (listMisses && !ok) misses.push(`${inTable(p) ? 'tbind' : 'bind '} ${file}  ${JSON.stringify(g.text)}  wrong ${fields.filter(k => !fieldOk(k)).join(',')}  gold ${JSON.stringify(Object.fromEntries(fields.map(k => [k, want[k]])))}  got ${JSON.stringify(got)}`);
    }
    if (listMisses) {
      const matchedGold = new Set(pairs.map(([a]) => a));
      for (const m of goldFigures.filter(x => !matchedGold.has(x))) misses.push(`miss  ${file}  figure  ${JSON.stringify(m.text)}`);
      for (const m of unmatchedPred) misses.push(`extra ${file}  figure  ${JSON.stringify(m.text)}`);
    }
  }
  const entities = Object.fromEntries([...KINDS, 'figure'].map(k => [k, prf(counts[k])]));
  const figures = {
    recall: entities.figure.recall, precision: entities.figure.precision,
    valueAccuracy: fig.matched ? fig.valueRight / fig.matched : null, kindAccuracy: fig.matched ? fig.kindRight / fig.matched : null,
    bindingAccuracy: fig.boundGold ? fig.boundRight / fig.boundGold : null, matched: fig.matched, withGoldBinding: fig.boundGold,
    tableBindingAccuracy: fig.tableGold ? fig.tableRight / fig.tableGold : null, inTablesWithGoldBinding: fig.tableGold,
    byKind, confusions, confusionsByPlace,
    bindingByField: Object.fromEntries(Object.entries(perField).map(([k, v]) => [k, { gold: v.gold, accuracy: v.gold ? v.right / v.gold : null, wrong: v.wrong }])),
  };
  return { documents: entries.length, entities, figures, misses };
}

function prf(c) {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : null;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : null;
  const f = p !== null && r !== null && p + r ? (2 * p * r) / (p + r) : null;
  const ps = c.tp + c.fp ? c.tpStrict / (c.tp + c.fp) : null;
  const rs = c.tp + c.fn ? c.tpStrict / (c.tp + c.fn) : null;
  const fs = ps !== null && rs !== null && ps + rs ? (2 * ps * rs) / (ps + rs) : null;
  return { precision: p, recall: r, f1: f, strictF1: fs, gold: c.tp + c.fn, predicted: c.tp + c.fp };
}

/**
 * Checks: each injected finding is found when a finding of its code overlaps its text (two
 * characters of slack); warnings and errors on a clean document, beyond the inconsistencies its
 * gold lists, are false alarms.
 */
function scoreChecks(injected, clean, listMisses) {
  const perCode = new Map(FAMILIES.map(c => [c, { gold: 0, hit: 0 }]));
  let falseAlarms = 0, extraInInjected = 0;
  const misses = [];
  // why each planted inconsistency was missed, as counts (no text): its figure not read, read with no kind ("other"),
  // in a table, one of the figures it contradicts not read; else every figure was read and no check related them
  const missReasons = {};
  const found = (file, text, gold, onExtra, reasons) => {
    const model = analyzer.analyze(text, undefined, formatOf(file));
    const fs = runChecks(model);
    const figures = model.entities.filter(e => e.kind === 'figure');
    const read = (a, b) => figures.filter(x => x.start < b && a < x.end);
    const rows = (model.tables ?? []).flatMap(t => t.rows);
    const used = new Set();
    const hits = [];
    for (const g of gold) {
      // where the inconsistency shows: its figure, and the figures it contradicts (a finding on any of them counts)
      const places = [];
      for (const [t, occurrence] of [[g.text, g.occurrence ?? 1], ...(g.related ?? []).map(r => [r, 1])]) {
        let at = -1;
        for (let k = 0, from = 0; k < occurrence; k++) { at = text.indexOf(t, from); if (at < 0) break; from = at + 1; }
        if (at >= 0) places.push([at, at + t.length]);
        else if (t === g.text) problems.push(`${file}: checks gold text not found: ${JSON.stringify(t)}`);
      }
      // a finding shows it when its range, or one of the related figures it names with its arithmetic, overlaps one of them
      const spans = f => [[f.start, f.end], ...(f.related ?? []).filter(r => r.start !== undefined).map(r => [r.start, r.end])];
      const i = fs.findIndex((f, idx) => !used.has(idx) && f.code === g.code && spans(f).some(([fs0, fe]) => places.some(([a, b]) => fs0 < b + 2 && a - 2 < fe)));
      if (i >= 0) used.add(i);
      hits.push(i >= 0);
      if (i < 0 && reasons && places.length) {
        const [a, b] = places[0];
        const why = [];
        const own = read(a, b);
        if (!own.length) why.push('figure not read');
        else if (own.every(x => x.figureKind === 'other')) why.push('figure read as other');
        if (own.some(x => x.table) || rows.some(r => a >= r.start && b <= r.end)) why.push('in a table');
        if (places.slice(1).some(([c, d]) => !read(c, d).length)) why.push('a related figure not read');
        const key = why.join(', ') || (fs.some(f => f.code === g.code) ? 'all read; the check fired elsewhere' : 'all read; the check never fired');
        (missReasons[g.code] ??= {})[key] = (missReasons[g.code][key] ?? 0) + 1;
      }
    }
    for (const f of fs.filter((f, idx) => !used.has(idx) && (f.severity === 'error' || f.severity === 'warning'))) onExtra(f);
    return hits;
  };
  let cleanWithInherited = 0;
  for (const { file, text, gold, expected = [] } of injected) {
    const all = [...gold, ...expected];
    // an original whose only inconsistencies are its own (inherited by its copies) is a clean document too:
    // a warning beyond them is a false alarm, not an extra in a planted copy
    const original = gold.length > 0 && gold.every(g => g.inherited_from_source);
    if (original) cleanWithInherited++;
    const hits = found(file, text, all, f => {
      if (!original) { extraInInjected++; return; }
      falseAlarms++;
      if (listMisses) misses.push(`false   ${file}  ${f.code}  ${JSON.stringify(text.slice(f.start, f.end))}  ${f.message}`);
    }, true);
    gold.forEach((g, i) => {
      const c = perCode.get(g.code) ?? { gold: 0, hit: 0 };
      c.gold++; if (hits[i]) c.hit++;
      perCode.set(g.code, c);
      if (!hits[i] && listMisses) misses.push(`missed  ${file}  ${g.code}  ${JSON.stringify(g.text)}  (${g.why ?? ''})`);
    });
  }
  for (const { file, text, gold } of clean) {
    found(file, text, gold, f => { falseAlarms++; if (listMisses) misses.push(`false   ${file}  ${f.code}  ${JSON.stringify(text.slice(f.start, f.end))}  ${f.message}`); });
  }
  const total = [...perCode.values()].reduce((a, c) => ({ gold: a.gold + c.gold, hit: a.hit + c.hit }), { gold: 0, hit: 0 });
  const cleanDocuments = clean.length + cleanWithInherited;
  return {
    injectedDocuments: injected.length, cleanDocuments, recall: total.gold ? total.hit / total.gold : null,
    injected: total.gold, found: total.hit, perCode: Object.fromEntries(perCode), falseAlarms,
    falseAlarmsPerDocument: cleanDocuments ? falseAlarms / cleanDocuments : null, extraInInjected, missReasons, misses,
  };
}

/** A real split: originals with gold, and injected copies with their findings. */
function loadReal(dir) {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter(isDoc).sort();
  const originals = [], injected = [];
  for (const f of files) {
    const text = withoutSource(readFileSync(join(dir, f), 'utf8'));
    if (isInjected(f)) {
      const fp = join(dir, stemOf(f) + '.findings.json');
      if (!existsSync(fp)) { problems.push(`${f}: no findings file`); continue; }
      // the original's own inconsistencies are expected in its copies too, and are not counted as injections
      const origGold = join(dir, f.replace(/\.inj\d+\.(txt|md)$/, '.gold.json'));
      // (one whose figure the injection rewrote is no longer in the copy: "a 25% lower rate" planted as "a 52% lower rate")
      const expected = (existsSync(origGold) ? readJson(origGold).inconsistencies ?? [] : []).filter(g => text.includes(g.text));
      injected.push({ file: f, text, gold: readJson(fp).findings ?? [], expected });
    } else {
      const gp = join(dir, stemOf(f) + '.gold.json');
      if (!existsSync(gp)) { problems.push(`${f}: no gold file`); continue; }
      originals.push({ file: f, text, gold: readJson(gp) });
    }
  }
  return { originals, injected };
}

const fmt = x => (x === null || x === undefined ? '  —  ' : x.toFixed(3));
const results = { real: {}, synthetic: {} };

// ---- the real corpus, dev and test side by side ------------------------------------------------
const splits = ['dev', 'test'].map(s => [s, loadReal(join(REAL, s))]).filter(([, v]) => v && (v.originals.length || v.injected.length));
/** The test split's file names: nothing of theirs beyond counts is printed. */
const frozen = new Set(existsSync(join(REAL, 'test')) ? readdirSync(join(REAL, 'test')) : []);
if (splits.length) {
  const r = {};
  for (const [name, { originals, injected }] of splits) {
    const listMisses = MISSES && name === 'dev';
    r[name] = {
      reading: scoreReading(originals, listMisses),
      checks: scoreChecks(injected, originals.map(o => ({ file: o.file, text: o.text, gold: o.gold.inconsistencies ?? [] })), listMisses),
    };
  }
  const names = Object.keys(r);
  const col = (f) => names.map(n => f(r[n])).map(v => String(v).padStart(14)).join('');
  console.log(`real corpus: ${REAL}`);
  console.log(`${''.padEnd(34)}${names.map(n => n.padStart(14)).join('')}`);
  console.log(`${'documents'.padEnd(34)}${col(x => x.reading.documents)}`);
  console.log(`${'injected copies'.padEnd(34)}${col(x => x.checks.injectedDocuments)}`);
  console.log('\nentities (lenient F1 / strict F1; precision, recall)');
  for (const k of KINDS) {
    console.log(`  ${k.padEnd(12)} F1 / strict ${''.padEnd(7)}${col(x => `${fmt(x.reading.entities[k].f1)} / ${fmt(x.reading.entities[k].strictF1)}`)}`);
    console.log(`  ${''.padEnd(12)} P, R (gold n) ${''.padEnd(5)}${col(x => `${fmt(x.reading.entities[k].precision)}, ${fmt(x.reading.entities[k].recall)} (${x.reading.entities[k].gold})`)}`);
  }
  console.log('\nfigures');
  console.log(`  ${'gold figures'.padEnd(32)}${col(x => x.reading.entities.figure.gold)}`);
  console.log(`  ${'recall'.padEnd(32)}${col(x => fmt(x.reading.figures.recall))}`);
  console.log(`  ${'precision'.padEnd(32)}${col(x => fmt(x.reading.figures.precision))}`);
  console.log(`  ${'value and unit right'.padEnd(32)}${col(x => fmt(x.reading.figures.valueAccuracy))}`);
  console.log(`  ${'kind right'.padEnd(32)}${col(x => fmt(x.reading.figures.kindAccuracy))}`);
  // by the gold's kind: kind right and value right, each of the matched figures of that kind
  for (const k of ['percent', 'count', 'money', 'duration', 'date', 'dose', 'ratio', 'ci', 'pvalue', 'other']) {
    console.log(`  ${('  ' + k + ': kind, value (n)').padEnd(32)}${col(x => { const b = x.reading.figures.byKind[k]; return b ? `${fmt(b.kind / b.n)}, ${fmt(b.value / b.n)} (${b.n})` : '\u2014'; })}`);
  }
  // the kinds most often read wrong, gold → read, with their counts
  const top = x => Object.entries(x.reading.figures.confusions).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, n]) => `${k} ${n}`).join(', ');
  for (const n of names) console.log(`  ${('  kinds read wrong, ' + n).padEnd(32)}${top(r[n]) || '—'}`);
  const topPlace = x => Object.entries(x.reading.figures.confusionsByPlace).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, n]) => `${k} ${n}`).join(', ');
  for (const n of names) console.log(`  ${('    where, ' + n).padEnd(32)}${topPlace(r[n]) || '—'}`);
  console.log(`  ${'binding right (of n with gold)'.padEnd(32)}${col(x => `${fmt(x.reading.figures.bindingAccuracy)} (${x.reading.figures.withGoldBinding})`)}`);
  for (const k of ['endpoint', 'drug', 'arm', 'population', 'timepoint']) console.log(`  ${('  ' + k + ' right (n)').padEnd(32)}${col(x => `${fmt(x.reading.figures.bindingByField[k].accuracy)} (${x.reading.figures.bindingByField[k].gold})`)}`);
  for (const n of names) {
    const how = Object.entries(r[n].reading.figures.bindingByField).flatMap(([k, v]) => Object.entries(v.wrong ?? {}).map(([w, c]) => [`${k} ${w}`, c]));
    console.log(`  ${('    wrong, ' + n).padEnd(32)}${how.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, c]) => `${k} ${c}`).join(', ') || '—'}`);
  }
  console.log(`  ${'  in table cells (n)'.padEnd(32)}${col(x => `${fmt(x.reading.figures.tableBindingAccuracy)} (${x.reading.figures.inTablesWithGoldBinding})`)}`);
  console.log('\nchecks: injected recall per family (found / injected)');
  for (const code of FAMILIES) console.log(`  ${code.padEnd(32)}${col(x => { const c = x.checks.perCode[code]; return c && c.gold ? `${fmt(c.hit / c.gold)} ${c.hit}/${c.gold}` : '—'; })}`);
  console.log(`  ${'all'.padEnd(32)}${col(x => `${fmt(x.checks.recall)} ${x.checks.found}/${x.checks.injected}`)}`);
  for (const n of names) {
    const why = {};
    for (const per of Object.values(r[n].checks.missReasons)) for (const [k, v] of Object.entries(per)) why[k] = (why[k] ?? 0) + v;
    console.log(`  ${('  missed, why, ' + n).padEnd(32)}${Object.entries(why).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join('; ') || '—'}`);
  }
  console.log(`  ${'false warnings/errors per clean'.padEnd(32)}${col(x => `${fmt(x.checks.falseAlarmsPerDocument)} (${x.checks.falseAlarms})`)}`);
  console.log(`  ${'  per 20 clean documents'.padEnd(32)}${col(x => x.checks.falseAlarmsPerDocument === null ? '—' : (x.checks.falseAlarmsPerDocument * 20).toFixed(2))}`);
  if (MISSES && r.dev) {
    console.log('\ndev misses (the test split\u2019s are never listed):');
    for (const m of [...r.dev.reading.misses, ...r.dev.checks.misses]) console.log('  ' + m);
  }
  for (const n of names) { delete r[n].reading.misses; delete r[n].checks.misses; }
  results.real = r;
} else console.log(`real corpus: none at ${REAL}`);

// ---- the synthetic corpora, as regression figures ----------------------------------------------
function synthetic(dir, kind) {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter(isDoc).sort();
  const side = kind === 'reading' ? '.gold.json' : '.findings.json';
  return files.filter(f => existsSync(join(dir, stemOf(f) + side))).map(f => ({ file: f, text: readFileSync(join(dir, f), 'utf8'), gold: readJson(join(dir, stemOf(f) + side)) }));
}
const corpusDir = arg('corpus') ?? 'test/eval/corpus';
const entityDocs = synthetic(corpusDir, 'reading') ?? [];
const checkDirs = arg('checks') ? [arg('checks')] : ['test/eval/checks', 'test/eval/heldout', 'test/eval/planted', 'test/eval/planted2', 'test/eval/planted3', 'test/eval/planted4', 'test/eval/planted5', 'test/eval/planted6', 'test/eval/planted7', 'test/eval/planted8', 'test/eval/planted9', 'test/eval/planted10', 'test/eval/planted11', 'test/eval/planted12', 'test/eval/planted13', 'test/eval/blind1', 'test/eval/blind2', 'test/eval/blind3', 'test/eval/blind4', 'test/eval/blind5'];
console.log(`\nsynthetic corpora (regression; written for the project, so no guide to real text)`);
if (entityDocs.length) {
  const s = scoreReading(entityDocs, VERBOSE && !!arg('corpus'));
  const e = s.entities;
  console.log(`  ${corpusDir} (${s.documents}): F1 ${KINDS.map(k => `${k} ${fmt(e[k].f1)}`).join(', ')}`);
  console.log(`    figures: recall ${fmt(s.figures.recall)}, precision ${fmt(s.figures.precision)}, value ${fmt(s.figures.valueAccuracy)}, binding ${fmt(s.figures.bindingAccuracy)} of ${s.figures.withGoldBinding} (in table cells ${fmt(s.figures.tableBindingAccuracy)} of ${s.figures.inTablesWithGoldBinding})`);
  if (VERBOSE && arg('corpus')) for (const m of s.misses) console.log('  ' + m);
  delete s.misses;
  results.synthetic.corpus = s;
}
for (const dir of checkDirs) {
  const docs = synthetic(dir, 'checks');
  if (!docs) continue;
  const injected = docs.filter(d => (d.gold.findings ?? []).length).map(d => ({ ...d, gold: d.gold.findings }));
  const clean = [...docs.filter(d => !(d.gold.findings ?? []).length).map(d => ({ ...d, gold: [] })),
    // the entity corpus is clean too
    ...(dir === 'test/eval/checks' ? entityDocs.map(d => ({ ...d, gold: [] })) : [])];
  // a set kept blind (a '.blind' file in it) is scored, never listed
  const listable = VERBOSE && !!arg('checks') && !existsSync(join(dir, '.blind'));
  const c = scoreChecks(injected, clean, listable);
  // test/eval/planted holds real documents (no entity gold) with plantings: printed apart from the written corpora
  if (dir === 'test/eval/planted') console.log('real documents with blind plantings (checks only; planted to planted13 read for fixes after their first score, blind1 to blind5 never read):');
  console.log(`  ${dir}: injected recall ${fmt(c.recall)} (${c.found}/${c.injected}); false warnings or errors ${c.falseAlarms} on ${c.cleanDocuments} clean documents`);
  if (listable) for (const m of c.misses) console.log('  ' + m);
  // per family as aggregate counts, the only view a blind set gives
  if (dir.includes('blind') || dir.includes('planted')) console.log(`    by family: ${FAMILIES.filter(k => c.perCode[k]?.gold).map(k => `${k} ${c.perCode[k].hit}/${c.perCode[k].gold}`).join(', ')}`);
  delete c.misses;
  results.synthetic[dir] = c;
}

// gold problems are listed for everything but the frozen test split, which only gets a count
const frozenProblems = problems.filter(p => frozen.has(p.split(':')[0]));
const listed = problems.filter(p => !frozen.has(p.split(':')[0]));
if (listed.length) { console.log(`\n${listed.length} gold annotation problem(s):`); for (const p of listed.slice(0, 30)) console.log('  ' + p); }
if (frozenProblems.length) console.log(`${frozenProblems.length} gold annotation problem(s) in the test split (not listed)`);

// ---- README: the real corpus's tables, written from this run ----------------------------------
function readmeTables(r) {
  const names = Object.keys(r);
  const f = x => (x === null || x === undefined ? '—' : x.toFixed(2));
  const row = (label, get) => `| ${label} | ${names.map(n => get(r[n])).join(' | ')} |`;
  const head = `| | ${names.join(' | ')} |\n|---|${names.map(() => '---:').join('|')}|`;
  const lines = [];
  lines.push(head);
  lines.push(row('documents (injected copies)', x => `${x.reading.documents} (${x.checks.injectedDocuments})`));
  for (const k of KINDS) lines.push(row(`${k}: F1 lenient / strict (gold n)`, x => `${f(x.reading.entities[k].f1)} / ${f(x.reading.entities[k].strictF1)} (${x.reading.entities[k].gold})`));
  lines.push(row('figures: recall / precision (gold n)', x => `${f(x.reading.figures.recall)} / ${f(x.reading.figures.precision)} (${x.reading.entities.figure.gold})`));
  lines.push(row('figures: value and unit right', x => f(x.reading.figures.valueAccuracy)));
  lines.push(row('figures: binding right, every field (n with gold binding)', x => `${f(x.reading.figures.bindingAccuracy)} (${x.reading.figures.withGoldBinding})`));
  for (const k of ['endpoint', 'drug', 'arm', 'population', 'timepoint']) lines.push(row(`figures: binding's ${k} right (n)`, x => `${f(x.reading.figures.bindingByField[k].accuracy)} (${x.reading.figures.bindingByField[k].gold})`));
  lines.push(row('figures: binding right, figures in table cells (n)', x => `${f(x.reading.figures.tableBindingAccuracy)} (${x.reading.figures.inTablesWithGoldBinding})`));
  for (const code of FAMILIES) lines.push(row(`checks: \`${code}\` found / injected`, x => { const c = x.checks.perCode[code]; return c && c.gold ? `${c.hit}/${c.gold}` : '—'; }));
  lines.push(row('checks: injected recall, all families', x => `${f(x.checks.recall)} (${x.checks.found}/${x.checks.injected})`));
  lines.push(row('checks: false warnings or errors per clean document', x => `${f(x.checks.falseAlarmsPerDocument)} (${x.checks.falseAlarms} on ${x.checks.cleanDocuments})`));
  return lines.join('\n');
}
if ((process.argv.includes('--readme') || process.argv.includes('--check-readme')) && Object.keys(results.real).length) {
  const README = 'README.md';
  const md = readFileSync(README, 'utf8');
  const re = /(<!-- eval:real:start -->\n)[\s\S]*?(\n?<!-- eval:real:end -->)/;
  if (!re.test(md)) { console.error('eval: README.md has no eval:real markers'); process.exit(2); }
  const next = md.replace(re, (_, a, b) => a + readmeTables(results.real) + b);
  if (process.argv.includes('--readme')) { writeFileSync(README, next); console.log('\nREADME.md: real-corpus tables rewritten from this run'); }
  else if (next !== md) { console.error('\nREADME.md: the real-corpus tables differ from this run (npm run eval -- --readme rewrites them)'); process.exitCode = 1; }
}
if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(results, null, 2) + '\n');
