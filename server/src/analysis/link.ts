/**
 * Document-wide linking: shifts block results to document offsets, resolves abbreviations the
 * document defines, merges a drug's aliases ("zelbotamab (ACM-101)"), finds company short
 * forms, resolves overlaps, attaches lexicon facts, and binds each figure to what it measures.
 * Works on the small per-block results, never re-reading the whole text with a recogniser.
 */
import { applyColumnKinds } from './columnKinds';
import { applyFractionShares } from './fractionShares';
import { applyGluedShares } from './gluedColumns';
import { regimenShortForms } from './recognize/regimenShortForms';
import { Lexicon, LexiconData, PhraseKind, PhraseMatch } from './lexicon';
import { PEOPLE_PATTERN } from './people';
import {
  Abbreviation, DocumentModel, DrugEntity, Entity, FigureEntity, FigureReading, TargetEntity, comparesArms, emptyBinding,
} from './model';
import type { BlockRef } from './analyze';
import { RawEntity, firstTokenOf, indicationSpan, joinCauses, namesDisease, trialNameMentions } from './recognize/entities';
import { tokenize } from './tokens';
import { BARE_TABLE_UNIT_HINT, bareTableUnit, currencyScaleDeclaration, mayDeclareCurrencyScale, countDecimalPoints, languageOf, languageOfScores, languageScores, NUMBER_WORDS_DATA, RawFigure, resolveCurrencyUnit, sticky, tableUnitSpec } from './recognize/figures';
import { bindFigureSteps, COMBINATION_LINK, FINANCIAL_MEASURE, DATE_SPAN_GAP, mostCommon, POPULATION, sameShare, sentenceAt } from './bind';
import { drain } from './steps';
import { hasCharBetween, paragraphLocator } from './text';
import { memoRead, paragraphResults, paragraphSum, paragraphTest, readerFor, spanExec } from './memo';
import { placeNames } from './places';
import NUMBERS from '../../lexicon/builtin/numbers.json';
import productWords from '../../lexicon/grammar/products.json';
import companyWords from '../../lexicon/builtin/companyWords.json';
import { FLATTENED_HEADER, Structure, toDocumentOffset } from './structure';
import { datelineIn } from './dateline';
import { wordsPattern } from './words';
import numbersData from '../../lexicon/builtin/numbers.json';
import labelWords from '../../lexicon/grammar/labelUnits.json';
import { accountsNegative, applyLabelUnits, declaredBy } from './labelUnits';
import { applyGroupShares } from './groupShares';
import { applyKeyFigureRows, applyPercentColumns, applyShareCounts, applyStatementCells, labelNamesNoSums, statementTitle } from './statementCells';
import { formatNumber } from '../shared/numberFormat';

export { sentenceAt } from './bind';

const KIND_PRIORITY: Record<string, number> = { drug: 0, target: 1, endpoint: 2, indication: 3, trial: 4, company: 5, figure: 6 };

interface Named extends RawEntity { block: number }

export function link(text: string, structure: Structure, blocks: BlockRef[], lexicon: Lexicon): DocumentModel {
  return drain(linkSteps(text, structure, blocks, lexicon));
}

/**
 * The document-wide passes, yielding between them (and between the binding passes): run to the end
 * by `link`, or a slice at a time by Analyzer.analyzeAsync, which gives the event loop back when a
 * slice has run its time. Nothing else touches the model before the last step, so a pause is safe.
 */
export function* linkSteps(text: string, structure: Structure, blocks: BlockRef[], lexicon: Lexicon): Generator<void, DocumentModel> {
  // every pass reads the reading text: normalised, non-prose blanked, soft wraps made spaces (same offsets as `text`)
  const normalized = structure.reading;
  let named: Named[] = [];
  const figures: FigureEntity[] = [];
  const abbreviations: Abbreviation[] = [];
  const sentences: { start: number; end: number }[] = [];
  // offsets found in the reading text, as document offsets (they differ only inside a word
  // hyphenated across a line end, which the reading text holds whole)
  const at = (x: number, isEnd = false) => toDocumentOffset(structure.joins, x, isEnd);

  for (let bi = 0; bi < blocks.length; bi++) {
    // a pause may come after any block: a document of many blocks is merged a slice at a time
    if (bi > 0) yield;
    const b = blocks[bi];
    const a = b.analysis;
    // (each field named, in the order of those made below: a spread copies through the runtime, and every block's
    // entities are placed again after every edit)
    for (let eI = 0, entities_ = a.entities; eI < entities_.length; eI++) { const e = entities_[eI]; named.push({ kind: e.kind, start: at(e.start + b.start), end: at(e.end + b.start, true), name: e.name, evidence: e.evidence, extra: e.extra, block: bi }); }
    for (let fI2 = 0, figures_ = a.figures; fI2 < figures_.length; fI2++) { const f = figures_[fI2];
      const start = at(f.start + b.start);
      const end = at(f.end + b.start, true);
      figures.push(toFigure(f, start, end, text.slice(start, end)));
    }
    for (let dI2 = 0, abbreviations_ = a.abbreviations; dI2 < abbreviations_.length; dI2++) { const d = abbreviations_[dI2];
      const [start, end, longStart, longEnd] = [at(d.start + b.start), at(d.end + b.start, true), at(d.longStart + b.start), at(d.longEnd + b.start, true)];
      abbreviations.push({ short: text.slice(start, end), long: text.slice(longStart, longEnd), start, end, longStart, longEnd });
    }
    for (let sI = 0, sentences_ = a.sentences; sI < sentences_.length; sI++) { const s = sentences_[sI]; sentences.push({ start: at(s.start + b.start), end: at(s.end + b.start, true) }); }
  }

  yield;
  // --- abbreviations the document defines: the short form takes the kind of its long form ----------
  const docLexicon = abbreviationLexicon(abbreviations, named, lexicon, normalized);
  // "drugamab plus zelbotinib (DZ)": a combination's short form names its regimen
  addRegimenShortForms(docLexicon, named, normalized);
  // a definition overrides the lexicon: "Accelerated Licensing Scheme (ALS)" is not amyotrophic lateral sclerosis here
  if (docLexicon.redefined.size > 0) {
    // (the document's reading of a surface, looked up once per distinct surface: most mentions repeat a few names)
    const redefinedAs = new Map<string, string | undefined>();
    const readAs = (surface: string) => {
      if (!redefinedAs.has(surface)) redefinedAs.set(surface, docLexicon.redefined.get(shortKey(surface)));
      return redefinedAs.get(surface);
    };
    named = named.filter(n => {
      if (n.evidence !== 'lexicon') return true;
      const as = readAs(normalized.slice(n.start, n.end));
      return !(as !== undefined && as !== n.name);
    });
  }
  // --- company short forms ("Acme Bio" for "Springfield Acme Biolabs Co., Ltd.") --------------------
  addCompanyShortForms(named, docLexicon, lexicon, normalized);
  // --- a medicine found by its stem where a drug is spoken of is that medicine wherever the word stands
  addStemDrugs(named, docLexicon, lexicon);
  addShortCodeDrugs(named, docLexicon, lexicon);
  yield;
  if (docLexicon.hasEntries) {
    const read = docMentionReader(docLexicon, lexicon);
    blocks.forEach((b, bi) => {
      for (let mI = 0, mList = memoRead(b.text, read); mI < mList.length; mI++) { const m = mList[mI];
        named.push({ kind: m.kind, start: at(m.start + b.start), end: at(m.end + b.start, true), name: m.name, evidence: m.evidence, extra: { ...m.extra }, block: bi });
      }
    });
    // "mild zeta impairment due to ZD": a short form the document defines may be a disease's cause
    joinCauses(normalized, named);
  }

  yield;
  productsNamedAsTrials(named, blocks, at);
  addTrialMentions(named, blocks, at);
  named = resolveOverlaps(named);
  // figures never overlap a named entity; a figure inside a later-found short form loses (one sweep over both sorted lists)
  const kept: FigureEntity[] = [];
  let ni = 0;
  for (let fI = 0; fI < figures.length; fI++) { const f = figures[fI];
    while (ni < named.length && named[ni].end <= f.start) ni++;
    if (ni < named.length && named[ni].start < f.end) {
      // "15 DZ patients": a number before a short form the document defines keeps its figure, cut before the name
      let cut = named[ni].start;
      while (cut > f.start && /\s/.test(text[cut - 1])) cut--;
      // (or a number written as a word: "the four DZ responders")
      if (named[ni].start <= f.start || !/\d|^\p{L}+$/u.test(text.slice(f.start, cut))) continue;
      f.end = cut;
      f.text = text.slice(f.start, cut);
    }
    kept.push(f);
  }

  // --- drug aliases written "INN (CODE)" or "CODE (INN)" -------------------------------------------
  const drugAlias = new Map<string, string>();
  const drugs = named.filter(n => n.kind === 'drug').sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < drugs.length; i++) {
    const a = drugs[i], b = drugs[i + 1];
    const between = normalized.slice(a.end, b.start);
    // "zelbocabtagene autoleucel (zelbo-cel; brand name Acmevio)": the alias may open a list in the parentheses
    if (!/^ ?\($/.test(between) || !/^[ ]?[);,]/.test(normalized.slice(b.end, b.end + 2))) continue;
    if (a.name === b.name) continue;
    // "drugamab 10 mg plus zelbotinib (DZ)": a regimen's short form (regimenShortForms.ts) is no alias of its last drug
    if (namesDefinedRegimen(b)) continue;
    // "drugamab with carboplatin and paclitaxel (ACM-21)": the parentheses after a list name the whole, not its last drug
    if (i > 0 && a.start - drugs[i - 1].end <= 30 && COMBINATION_LINK.test(normalized.slice(drugs[i - 1].end, a.start))) continue;
    // the INN (or the lexicon name) is canonical; the code name or abbreviation is its alias
    const [main, alias] = rank(a) <= rank(b) ? [a, b] : [b, a];
    drugAlias.set(alias.name, main.name);
  }
  // "zelbotuzumab" after "zelbotuzumab vedotin": a conjugate's name cut to its antibody's word, a word the lexicon knows
  // as no drug of its own, is the conjugate the document names in full (one such name only)
  const fullNames = new Map<string, string>();
  for (let dI2 = 0, drugs_ = drugs; dI2 < drugs_.length; dI2++) { const d = drugs_[dI2];
    if (d.evidence !== 'lexicon' || !/\s/.test(d.name)) continue;
    const first = d.name.split(/\s+/)[0].toLowerCase();
    fullNames.set(first, fullNames.has(first) && fullNames.get(first) !== d.name ? '' : d.name);
  }
  for (let dI2 = 0, drugs_ = drugs; dI2 < drugs_.length; dI2++) { const d = drugs_[dI2];
    if (d.evidence !== 'stem' || /\s/.test(d.name) || drugAlias.has(d.name) || lexicon.drugs.has(d.name)) continue;
    const full = fullNames.get(d.name.toLowerCase());
    if (full) drugAlias.set(d.name, full);
  }
  for (let dI2 = 0, drugs_ = drugs; dI2 < drugs_.length; dI2++) { const d = drugs_[dI2];
    let n = d.name;
    const seen = new Set<string>();
    while (drugAlias.has(n) && !seen.has(n)) { seen.add(n); n = drugAlias.get(n)!; }
    if (n !== d.name) { d.extra = { ...(d.extra ?? {}), aliasOf: n, written: d.name }; d.name = n; }
  }

  yield;
  const drugFacts = new Map<string, DrugEntity['facts']>();
  const entities: Entity[] = named.map(n => toEntity(n, text, lexicon, drugFacts));
  yield;
  enrichDrugs(entities, normalized, sentences);
  yield;
  for (let fI2 = 0, kept_ = kept; fI2 < kept_.length; fI2++) { const f = kept_[fI2]; entities.push(f); } // never a spread: a document may hold more figures than a call has argument slots
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  sentences.sort((a, b) => a.start - b.start);
  yield;
  yearsOfHeaders(kept, text, normalized);
  fillDocumentYear(kept, entities, text, normalized);
  applyNumberConvention(kept, normalized);
  currencyOfSameSum(kept);
  recoverTableColumns(kept, normalized);
  const columnUnits = spacedRunOnColumns(kept, normalized);
  applySplitSigns(kept, normalized);
  applyPercentColumns(kept, normalized, structure.tables, figureName);
  applyTableUnits(kept, normalized, columnUnits);
  applyStatementCells(kept, normalized, figureName, structure.tables, text);
  applyKeyFigureRows(kept, normalized, figureName);
  applyColumnKinds(kept, text, figureName);
  applyTableUnits(kept, normalized, undefined, true);
  scaledSumsOfMeasures(kept, normalized, sentences);
  applyShareCounts(kept, normalized, figureName);
  applyGluedShares(kept, normalized, figureName);
  // (the label reader reads bare figures only: those it read take the name of their reading, as the hover shows it)
  const bareBefore = kept.filter(f => f.figureKind === 'other' && !f.unit);
  const labelled = applyLabelUnits(kept, normalized, structure.tables, text);
  for (let fI2 = 0, bareBefore_ = bareBefore; fI2 < bareBefore_.length; fI2++) { const f = bareBefore_[fI2]; if (f.figureKind !== 'other' || f.unit) f.name = figureName(f); }
  // (and what no label declares, the numbers' own arithmetic: decimals that are each some k of their column's n are shares)
  applyGroupShares(labelled, normalized, structure.tables, figureName);
  // (and a count's share in brackets after its "k/n", whatever header declares it, by its arithmetic)
  applyFractionShares(labelled, normalized, figureName);
  if (labelled.length !== kept.length) {
    // the "95%" of a "(95% CI)" label is no figure: it leaves the model
    const stay = new Set(labelled);
    const gone = new Set(kept.filter(f => !stay.has(f)));
    for (let k = entities.length - 1; k >= 0; k--) if (gone.has(entities[k] as FigureEntity)) entities.splice(k, 1);
    kept.length = 0;
    for (let fI2 = 0, labelled_ = labelled; fI2 < labelled_.length; fI2++) { const f = labelled_[fI2]; kept.push(f); }
  }
  dollarOfListing(kept, normalized);
  // binding and completing speak of figures only: a document without any (or the workspace index's
  // entities-only reading) skips them
  if (kept.length > 0) {
    yield;
    // a regimen's short form the document defines ("drugamab plus zelbotinib (DZ)") names an arm to
    // the binder, as any short label does ("in the DZ arm"), and not a drug of its own
    const definedRegimen = (e: Entity) => e.kind === 'drug' && e.facts.isRegimen === true && e.evidence === 'abbreviation';
    yield* bindFigureSteps(entities.some(definedRegimen) ? entities.filter(e => !definedRegimen(e)) : entities, sentences, normalized, structure.tables, label => labelEndpoint(lexicon, label));
    yield;
    completeFigures(entities, sentences, normalized);
  }
  return { text, entities, abbreviations, sentences, reading: normalized, tables: structure.tables, layout: { nonProse: structure.nonProse, softBreaks: structure.softBreaks } };
}

/**
 * A document that writes decimal commas ("11,4 Monate", "37,5 percent") and never a decimal point
 * follows the continental convention: there "1,250" is one and a quarter and "27.415" is twenty-seven
 * thousand. Block recognition reads each number alone; this pass rereads the ambiguous ones with
 * the document's habit and says so in their reading.
 */
/** The decimal commas a text writes ("3,5", "0,25"), thousands commas ("2,500") not counted. */
const countDecimalCommas = (text: string) => (text.match(/\d,\d{1,2}(?![\d])/g) ?? []).length;

function applyNumberConvention(figures: FigureEntity[], normalized: string): void {
  // the document's language and its decimal marks, added up paragraph by paragraph (each kept by its text: an edit rereads one)
  const lang = languageOfScores(paragraphResults(normalized, languageScores));
  for (let fI = 0; fI < figures.length; fI++) { const f = figures[fI];
    // "50 mia. kr.": the krone or krona of the document's language, which a short block may not show
    if (f.figureKind === 'money' && f.reading?.startsWith('kr. read as')) {
      f.unit = resolveCurrencyUnit('KR', normalized, lang);
      f.reading = `kr. read as ${f.unit} (the document's language)`;
      f.name = figureName(f);
    }
  }
  const decimalCommas = paragraphSum(normalized, countDecimalCommas);
  // dates ("03.02.2026") and versions ("1.2.3") are no decimal points
  const decimalPoints = paragraphSum(normalized, countDecimalPoints);
  // a German or Danish document that writes decimal commas far more than decimal points follows its language's convention
  const continental = decimalCommas > 0 && (decimalPoints === 0 || (NUMBER_WORDS_DATA.thousandsDot.has(lang) && decimalCommas >= 3 * decimalPoints));
  // a document in a language that writes dots between thousands and no decimal point anywhere writes its "12.345" as
  // twelve thousand, even in a block too short to show its language (a table's cells: "| Umsatz | 12.345 |")
  const dotThousands = NUMBER_WORDS_DATA.thousandsDot.has(lang) && decimalPoints === 0;
  if (!continental && !dotThousands) return;
  // a document that writes "1,250,000" or "1,250.5" somewhere writes commas between thousands: its "5,218" is thousands
  const commaThousands = /\d,\d{3}(?:,\d{3}|\.\d)/.test(normalized);
  for (let fI = 0; fI < figures.length; fI++) { const f = figures[fI];
    if (f.figureKind === 'date' || typeof f.value !== 'number') continue;
    const m = /\d[\d.,]*\d|\d/.exec(normalized.slice(f.start, f.end));
    if (!m) continue;
    const n = m[0];
    // a sum is its number times its scale ("12.345 TEUR", "1,250 Mio."): the number read again keeps the scale
    // the block reader applied, which is the value over the number as it read it
    let scale = 1;
    if (f.figureKind === 'money') {
      // the scale its words write ("TEUR", "Mio.", "t.kr."), and the value the block reader gave: a sum it
      // already read the continental way is left as it is
      scale = writtenScale(normalized.slice(f.start + m.index + n.length, f.end), normalized.slice(f.start, f.start + m.index));
      if (Math.abs(f.value) !== Number(n.replace(/,/g, '')) * scale) continue;
    }
    // ("-8.120": the sign the block reader read stays with the number read again)
    const sign = (f.value as number) < 0 ? -1 : 1;
    const scaled = (x: number) => sign * (scale === 1 ? x : Math.round(x * scale * 1e6) / 1e6);
    if (!continental) {
      // (only a whole number's groups, "12.345", never "0.001": a leading zero is no group of thousands)
      // (a number its block already read so keeps its reading)
      if (/^[1-9]\d{0,2}(\.\d{3})+$/.test(n) && (f.figureKind === 'other' || f.figureKind === 'money' || f.figureKind === 'count') && f.value !== scaled(Number(n.replace(/\./g, '')))) {
        f.value = scaled(Number(n.replace(/\./g, '')));
        f.reading = 'dot as thousands separator (the document\'s language writes it so, and no decimal point)';
        f.name = figureName(f);
      }
      continue;
    }
    if (/^\d{1,3},\d{3}$/.test(n) && !commaThousands) {
      f.value = scaled(Number(n.replace(',', '.')));
      f.reading = 'decimal comma (the document writes decimal commas)';
      f.name = figureName(f);
    } else if (/^\d{1,3}(\.\d{3})+$/.test(n)) {
      f.value = scaled(Number(n.replace(/\./g, '')));
      f.reading = 'dot as thousands separator (the document writes decimal commas)';
      f.name = figureName(f);
    }
  }
}

/** The scale a sum's words write around its number: a scale word after it, or a scaled currency before or after it (1 when none). */
function writtenScale(after: string, before: string): number {
  for (let wI = 0, wList = after.toLowerCase().split(/[\s\u00a0]+/); wI < wList.length; wI++) { const w = wList[wI]; if (w && Object.prototype.hasOwnProperty.call(NUMBERS.scales, w)) return (NUMBERS.scales as unknown as Record<string, number>)[w]; }
  for (let tI = 0, tList = [after.trim().split(/[\s\u00a0]+/)[0] ?? '', before.trim().split(/[\s\u00a0]+/).pop() ?? '']; tI < tList.length; tI++) { const t = tList[tI];
    if (t && Object.prototype.hasOwnProperty.call(NUMBERS.scaledCurrencies, t)) return (NUMBERS.scaledCurrencies as unknown as Record<string, [string, number]>)[t][1];
  }
  return 1;
}

/**
 * A scaled sum written without its currency ("could reach 360 million in royalties") whose amount the
 * document states elsewhere with one ("about 360 MSEK in net royalties") is that sum: it takes the
 * currency, and the reading names the figure it came from. No other evidence is taken.
 */
function currencyOfSameSum(figures: FigureEntity[]): void {
  const money = new Map<number, FigureEntity>();
  for (let fI2 = 0, figures_ = figures; fI2 < figures_.length; fI2++) { const f = figures_[fI2]; if (f.figureKind === 'money' && typeof f.value === 'number' && f.value > 0 && !money.has(f.value)) money.set(f.value, f); }
  if (money.size === 0) return;
  for (let fI = 0; fI < figures.length; fI++) { const f = figures[fI];
    if (f.figureKind !== 'other' || typeof f.value !== 'number' || !f.unit) continue;
    const scale = NUMBER_WORDS_DATA.scales[f.unit] ?? NUMBER_WORDS_DATA.scales[f.unit.replace(/\.$/, '')];
    if (!scale || scale < 1e3) continue;
    const sum = Math.round(f.value * scale * 1e6) / 1e6;
    const same = money.get(sum);
    if (!same) continue;
    f.figureKind = 'money';
    f.value = sum;
    f.unit = same.unit;
    f.reading = `${f.reading ? f.reading + ', ' : ''}the currency of the same sum stated elsewhere (${same.text.replace(/\s+/g, ' ')})`;
    f.name = figureName(f);
  }
}

/**
 * Dates written without a year ("May 25", "17 maj") take the year the document gives them: that of
 * a date with its year written earlier in the same paragraph (the frame of what it tells); else,
 * when the release has a dateline, the year that puts the day nearest the release date (a release
 * of 12 January tells of "December 20" of the year before); else the year of the nearest full date
 * before them, or of the document's first. The reading says which. Their ISO form keeps the year
 * unwritten, so date checks never reason from a year the text did not state.
 */
function fillDocumentYear(figures: FigureEntity[], entities: readonly Entity[], text: string, normalized: string): void {
  const dates = figures.filter(f => f.figureKind === 'date' && typeof f.value === 'number').sort((a, b) => a.start - b.start);
  if (!dates.some(f => f.value === 0 && f.iso?.startsWith('--'))) return;
  const dateline = datelineIn(entities, text, normalized);
  const paragraphOf = paragraphLocator(normalized);
  const written = (f: FigureEntity) => (f.value as number) > 0 && !!f.iso && /^\d{4}/.test(f.iso);
  const first = dates.find(written)?.value as number | undefined;
  let last: FigureEntity | undefined;
  for (let di = 0; di < dates.length; di++) {
    const f = dates[di];
    if (written(f)) { if (f !== dateline?.f) last = f; continue; }
    const md = f.value === 0 ? /^--(\d{2})-(\d{2})/.exec(f.iso ?? '') : null;
    if (!md) continue;
    // (what the reading said of a span of days, "a span of days, to 10-12", goes on after the year read: the date checks read it)
    const spanRead = /(?:^|; )(a span of days, to \d{2}-\d{2})$/.exec(f.reading ?? '')?.[1];
    const span = spanRead ? `; ${spanRead}` : '';
    // "1 January to 30 June 2010", "1. Januar bis 30. Juni 2024": the year written once, at the span's end, is both ends'
    // (the year before when the span runs over a new year: "1 December to 31 March 2011")
    const end = dates[di + 1];
    const endMonth = end && written(end) ? /^\d{4}-(\d{2})/.exec(end.iso!) : null;
    if (end && endMonth && DATE_SPAN_GAP.test(normalized.slice(f.end, end.start))) {
      f.value = (end.value as number) - (Number(md[1]) > Number(endMonth[1]) ? 1 : 0);
      f.reading = `year not written; read as ${f.value}, the year of the span's end (${normalized.slice(end.start, end.end)})${span}`;
      continue;
    }
    if (last && paragraphOf(last.start) === paragraphOf(f.start)) {
      f.value = last.value as number;
      f.reading = `year not written; read as ${f.value}, the year of the date before it in its paragraph${span}`;
    } else if (dateline) {
      const released = new Date(dateline.from).getUTCFullYear();
      let best = released;
      for (let yI = 0, yList = [released - 1, released + 1]; yI < yList.length; yI++) { const y = yList[yI];
        if (Math.abs(Date.UTC(y, Number(md[1]) - 1, Number(md[2])) - dateline.from) < Math.abs(Date.UTC(best, Number(md[1]) - 1, Number(md[2])) - dateline.from)) best = y;
      }
      f.value = best;
      f.reading = `year not written; read as ${best}, the year that puts it nearest the release date (${dateline.label})${span}`;
    } else if ((last?.value ?? first) !== undefined) {
      f.value = (last?.value ?? first) as number;
      f.reading = `year not written; read as ${f.value}, the year of the document's dates${span}`;
    }
  }
}

const TABLE_HEADER = FLATTENED_HEADER;
/** Two period columns glued together ("2030E2031E"): a flattened table may be in the text (never across a line break). */
const GLUED_PERIODS = /(?:19|20)\d{2}[EFA]?(?:19|20)\d{2}/;
const COLUMN = /(?:19|20)\d{2}[EFA]?|[HQ][1-4] ?(?:19|20)\d{2}/g;

/**
 * Tables reach us flattened, cells glued together: a header row "Metric2030E2031E2032E" and
 * rows "Market Share0 %10 %25 %". Where a row below a header holds exactly as many figures
 * as the header has columns, each figure is read under its column: the hover says so and the
 * column is its time point. Rows with fewer cells are left alone rather than guessed.
 */
function recoverTableColumns(figures: FigureEntity[], normalized: string): void {
  if (!paragraphTest(normalized, GLUED_PERIODS)) return;
  const lineRe = /[^\n]*/g;
  let columns: string[] | undefined;
  let fi = 0;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(normalized)) !== null) {
    const line = m[0];
    const start = m.index, end = start + line.length;
    if (line.length === 0) {
      // each line's terminator is stepped over below, so an empty match is a blank line: the table has ended
      if (start >= normalized.length) break;
      columns = undefined;
      lineRe.lastIndex = start + 1;
      continue;
    }
    while (fi < figures.length && figures[fi].end <= start) fi++;
    const header = TABLE_HEADER.exec(line);
    if (header) { columns = header[2].match(COLUMN) ?? undefined; lineRe.lastIndex = end + 1; continue; }
    if (columns) {
      const cells: FigureEntity[] = [];
      for (let k = fi; k < figures.length && figures[k].start < end; k++) if (figures[k].figureKind !== 'date') cells.push(figures[k]);
      if (cells.length === 0 && line.trim().length > 0 && !/\d/.test(line)) columns = undefined; // the table has ended
      else if (cells.length === columns.length) {
        const row = normalized.slice(start, cells[0].start).replace(/\s+/g, ' ').trim();
        cells.forEach((c, i) => {
          c.table = { row, column: columns![i] };
          c.binding.timepoint ??= columns![i];
        });
      }
    }
    lineRe.lastIndex = end + 1;
  }
}

/** Between two cells of a run-on table's row: spaces, signs and brackets, no word and no other number. */
const RUN_ON_CELL_GAP = /^[ \t()+\-\u2013\u2212%]*$/;
/** A sentence's end at a row label's start or within it ("... in 2030. Staff"), not an abbreviation's point ("No. of staff"). */
const SENTENCE_END_IN_LABEL = /^[.!?](?:\s|$)|\p{Ll}{2}[.!?]\s/u;
/** A line between a run-on table's sections: blank, or a short heading of words that ends no sentence. */
const RUN_ON_SECTION_HEAD = /^[ \t]*$|^[^.!?\n]{1,80}$/;
/** Between two periods of a run-on table's header: spaces only. */
const RUN_ON_HEAD_GAP = /^[ \t]+$/;
/** A period that may head a column: a date with its own year written ("1 January 30 June 2031" is one period whose dash was lost). */
const isColumnPeriod = (f: FigureEntity) => f.figureKind === 'date' && /^\d{4}/.test(f.iso ?? '');
/** An empty cell written as a lone dash at the end of a row's label ("Revenues -") or at its start ("- Costs"). */
const EMPTY_CELL_END = /(?:^|\s)[-\u2013\u2014]$/;
const EMPTY_CELL_START = /^[-\u2013\u2014]\s+/;
const EMPTY_CELL_AFTER = /^[ \t]+[-\u2013\u2014](?=[ \t]|$)/;

/**
 * Tables flattened into runs of text, their cells apart by spaces: "Summary SEK million Q3 2026 Q3 2025 Net sales 1,234
 * 1,100 Operating loss -2,345 -2,100", or the header's periods on a line of their own and one row a line after it. A
 * header is two or more periods side by side; a row is a label, then a run of numbers with nothing but spaces, signs
 * and brackets between them. A row of exactly as many numbers as the header has periods is read column by column:
 * each number's column is its period and its time point. Rows of other lengths (a column of changes, a cell left
 * empty) are left alone rather than guessed. Lines with pipes or tabs are the structure reader's. Linear in the
 * figures: each line's figures are walked once.
 */
function spacedRunOnColumns(figures: FigureEntity[], normalized: string): Map<FigureEntity, ColumnUnit> {
  const units = new Map<FigureEntity, ColumnUnit>();
  let columns: FigureEntity[] | undefined;
  let columnUnits: ColumnUnit[] | undefined;
  let unitsEnd = -1;
  let fi = 0;
  let lineStart = 0;
  while (lineStart < normalized.length) {
    let lineEnd = normalized.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = normalized.length;
    while (fi < figures.length && figures[fi].start < lineStart) fi++;
    let k = fi;
    const inLine: FigureEntity[] = [];
    for (; k < figures.length && figures[k].start < lineEnd; k++) if (figures[k].end <= lineEnd) inLine.push(figures[k]);
    if (inLine.length === 0 || hasCharBetween(normalized, '|', lineStart, lineEnd) || hasCharBetween(normalized, '\t', lineStart, lineEnd)) {
      // a sentence of prose or a table the structure reader reads: a run-on table has ended; a blank line or a heading
      // does not end it ("Balance sheet", "thereof:" between sections of one statement whose columns are the header's)
      if (inLine.length > 0 || !RUN_ON_SECTION_HEAD.test(normalized.slice(lineStart, lineEnd))) columns = undefined;
      lineStart = lineEnd + 1;
      continue;
    }
    let at = 0;
    // the header: the line's first periods side by side, before any other number
    if (isColumnPeriod(inLine[0])) {
      let n = 1;
      while (n < inLine.length && isColumnPeriod(inLine[n]) && RUN_ON_HEAD_GAP.test(normalized.slice(inLine[n - 1].end, inLine[n].start))) n++;
      if (n >= 2) {
        columns = inLine.slice(0, n);
        at = n;
        // "2030 2030 2029 (CHF '000) (NOK '000) (NOK '000)": a unit in brackets for each column, right after the periods
        const read = columnUnitsAfter(normalized, columns[n - 1].end, n);
        columnUnits = read?.units;
        unitsEnd = read?.end ?? -1;
      }
    }
    if (columns) {
      // the rows: runs of cells, each after a label of words
      let r = at;
      let rows = 0;
      while (r < inLine.length) {
        let e = r + 1;
        while (e < inLine.length && inLine[e].figureKind !== 'date' && RUN_ON_CELL_GAP.test(normalized.slice(inLine[e - 1].end, inLine[e].start))) e++;
        const labelFrom = Math.max(r > 0 ? inLine[r - 1].end : lineStart, unitsEnd);
        let label = normalized.slice(labelFrom, inLine[r].start).replace(/\s+/g, ' ').trim();
        // (a sentence that ends before the label: prose, the table has ended)
        if (SENTENCE_END_IN_LABEL.test(label)) { columns = undefined; break; }
        // an empty cell written as a dash, standing alone, before the row's first number or after its last ("Revenues 9.7 72.6 -")
        const lead = EMPTY_CELL_END.test(label) ? 1 : 0;
        if (lead) label = label.replace(EMPTY_CELL_END, '').trim();
        label = label.replace(EMPTY_CELL_START, '');
        const tail = EMPTY_CELL_AFTER.test(normalized.slice(inLine[e - 1].end, e < inLine.length ? inLine[e].start : lineEnd)) ? 1 : 0;
        if (e - r + lead + tail === columns.length && e - r >= 2 && /\p{L}{2,}/u.test(label) && inLine.slice(r, e).every(c => c.figureKind !== 'date')) {
          for (let i = lead; i < columns.length - tail; i++) {
            const c = inLine[r + i - lead];
            const column = normalized.slice(columns[i].start, columns[i].end);
            c.table ??= { row: label, column };
            c.binding.timepoint = column;
            if (columnUnits) units.set(c, columnUnits[i]);
          }
          rows++;
        }
        r = e;
      }
      // (a line of no row that is no heading either, a sentence with a number in it, ends the table)
      if (rows === 0 && at === 0 && !RUN_ON_SECTION_HEAD.test(normalized.slice(lineStart, lineEnd))) columns = undefined;
    }
    lineStart = lineEnd + 1;
  }
  return units;
}

/** A column's own currency and scale, declared in brackets over it. */
interface ColumnUnit { currency: string; scale: number; label: string; /** the scale of counts of shares, when it is another */ sharesScale?: number }
const COLUMN_UNIT = /[ \t]*\(([^()\n]{1,30})\)/y;
/** Exactly `n` bracketed declarations of a currency and its scale from `at` on, one a column: their units and where they end. */
function columnUnitsAfter(normalized: string, at: number, n: number): { units: ColumnUnit[]; end: number } | undefined {
  const units: ColumnUnit[] = [];
  let p = at;
  for (let m = sticky(COLUMN_UNIT, normalized, p); m && units.length <= n; m = sticky(COLUMN_UNIT, normalized, p)) {
    const d = currencyScaleDeclaration(m[1]);
    if (!d) break;
    units.push({ ...d, label: `(${m[1]})` });
    p += m[0].length;
  }
  return units.length === n ? { units, end: p } : undefined;
}

/**
 * Flattened tables state their unit once: "Income statement (NOK m)2030A2031E" above rows of bare
 * numbers, or a row's own label, "Shares in issue (m)55.5". A bare number under such a label is
 * read in that unit (71.3 under "(NOK m)" is NOK 71.3 million) and its hover says why.
 */
/** A table's line right after a blank one: a pipe row, or cells apart (a tab, or a run of spaces after a cell). */
const TABLE_LINE_AFTER = /^[ \t]*\||^[^\n]*?(?:\t|\S {2,}\S)/;
/** A unit in parentheses a table's title or label may state ("(NOK m)", "(in thousands", "(TSEK)"): never across a line break. */
const TABLE_UNIT_HINT = /\([^()\n]{0,8}(?:bn|billion|mn|million|m|k|thousand|tn|trillion|[A-Z]{3})\)|\((?:amounts )?(?:in|i|en) |\((?:[MTK](?:SEK|DKK|NOK|EUR|USD|CHF)|[A-Z]{3} '000)[),]/;
/** A line that opens with a currency and its scale, then its columns' periods: "SEK m Q3 2030 Q3 2029", "USD thousands 2030 2029". */
const UNIT_BEFORE_PERIODS = /(?:^|\n)[ |*]*(?:in )?(?:[A-Z]{3}|US\$|\$|\u20ac) (?:millions?|thousands?|m|bn|k|'000)[ |*]+(?:Q[1-4]|H[12]|FY|(?:19|20)\d{2})/;
/** A currency and its scale side by side, "USD thousands", "(\u20ac thousands)", "EUR '000", "thousands of USD": a title may state a table's unit so. */
const CURRENCY_AND_SCALE = /(?:[A-Z]{3}|US\$|\$|\u20ac|\u00a3)\s?(?:millions?|thousands?|bn|'000)(?![\p{L}])|(?:millions|thousands) of (?:[A-Z]{3}|U\.S\. dollars|euros|dollars)(?![\p{L}])/u;
/**
 * A title line that ends in a table's currency and scale, not in brackets ("Key figures USD thousands", "All amounts
 * in EUR thousands"), or names them last in its closing brackets ("(Unaudited, in thousands of USD)"): the last two to
 * four words, or the brackets' last part, read as a bare table unit. Not a sentence (no full stop at its end).
 */
function unitEndingTitle(line: string): { currency: string; scale: number } | undefined {
  const t = line.replace(/[*_\s]+$/, '');
  if (!t) return undefined;
  // ("... for the year. Beträge in Mio. €": a title line joined to the paragraph before it, a sentence of its own after a
  // full stop, that only declares a currency and a scale)
  const words = t.split(/\s+/);
  for (let k = 2; k <= 6 && k < words.length; k++) {
    if (!/[.!?:]$/.test(words[words.length - k - 1])) continue;
    const d = currencyScaleDeclaration(words.slice(-k).join(' '));
    if (d && d.scale > 1) return d;
  }
  // ("Amounts in USD thousands.": a line that is nothing but the declaration, written as a sentence of its own)
  if (t.endsWith('.') && t.length <= 64) { const d = currencyScaleDeclaration(t.slice(0, -1)); if (d && d.scale > 1) return d; }
  if (t.length > 120 || /[.!?:;]$/.test(t)) return undefined;
  const inBrackets = /\(([^()]*)\)$/.exec(t);
  if (inBrackets) {
    const parts = inBrackets[1].split(/,\s*/);
    return parts.length > 1 ? bareTableUnit(parts[parts.length - 1]) : undefined;
  }
  for (let k = 2; k <= 4 && k <= words.length; k++) {
    const u = bareTableUnit(words.slice(-k).join(' '));
    if (u) return u;
  }
  return undefined;
}
/** A scaled currency code anywhere in the text ("MEUR", "TSEK"): a run-on table's title may state its unit so. */
const RUN_ON_UNIT_HINT = new RegExp(`(?<![\\p{L}\\d])(?:${wordsPattern(Object.keys(numbersData.scaledCurrencies).filter(k => !k.startsWith('$')))})(?![\\p{L}\\d])`, 'u');
/**
 * "Financial development SEK million Jul-Sep Jul-Sep Change Net sales 1,234 1,100 12 %": a table flattened into one
 * run of text names its currency and scale among its title's first words, before its columns' headers and its first
 * row's label. Read only on a line of several numbers, before its first number, when no sentence ends between; the
 * scale must be written (a bare currency code there may be a row's label, "Earnings per share, SEK").
 */
function unitWithinRunOnLabel(label: string): { currency: string; scale: number; at: number; end: number } | undefined {
  if (label.length > 240 || /\p{Ll}{4,}[.!?;](?:\s|$)/u.test(label)) return undefined;
  const words = [...label.matchAll(/\S+/g)];
  for (let i = 0; i < words.length && i <= 6; i++) {
    for (let k = 1; k <= 3 && i + k <= words.length; k++) {
      const from = words[i].index!, to = words[i + k - 1].index! + words[i + k - 1][0].length;
      const u = bareTableUnit(label.slice(from, to));
      if (u && u.scale > 1) return { ...u, at: from, end: to };
    }
  }
  return undefined;
}
/**
 * "3 2 Key figures Q2 Q2 H1 H1 EUR thousand unless stated otherwise Revenue 1,250 1,100 ...": a page's numbers and the
 * columns' periods may stand before a run-on table's unit, so the label before the first number does not hold it. The
 * words between two numbers that open with a currency and its scale (unitWithinRunOnLabel) declare the unit of the
 * bare numbers after them, when at least four follow on the line: a table's rows, not a sentence's figure.
 */
function unitBetweenRunOnCells(line: string, lineStart: number, cells: readonly FigureEntity[]): { currency: string; scale: number; at: number; end: number } | undefined {
  let bareAfter = 0;
  for (let cI2 = 0, cells_ = cells; cI2 < cells_.length; cI2++) { const c = cells_[cI2]; if (c.figureKind === 'other' && c.unit === '') bareAfter++; }
  for (let k = 1; k < cells.length && bareAfter >= 4; k++) {
    if (cells[k - 1].figureKind === 'other' && cells[k - 1].unit === '') bareAfter--;
    let from = cells[k - 1].end - lineStart;
    const to = cells[k].start - lineStart;
    // (letters glued to the number before are its own, "9M" a period's, no declaration's first word)
    while (from < to && !/\s/.test(line[from])) from++;
    if (to - from < 4 || to - from > 240) continue;
    const d = memoRead(line.slice(from, to), unitWithinRunOnLabel);
    if (d) return bareAfter >= 4 ? { ...d, at: from + d.at, end: from + d.end } : undefined;
  }
  return undefined;
}
/** A scale named after "in", as a statement's title names it: "(in thousands, except per-share amounts)", "Amounts in millions". */
const SCALE_TITLE_HINT = /\bin (?:thousands|millions|billions)\b/i;
/**
 * "Revenue rose 4 % to 21.6 million, while EBITDA fell to 3.0 million.": a number with a scale and no currency, nothing
 * but a stop, a comma or a bracket after it (no noun it counts), after a financial measure its sentence names, in a
 * document whose sums are all written in one currency, is a sum in that currency. The words of the measure and the scale
 * are data; a sentence that names no measure keeps the number as written ("a population of 21.6 million").
 */
function scaledSumsOfMeasures(figures: FigureEntity[], normalized: string, sentences: readonly { start: number; end: number }[]): void {
  let currency: string | undefined;
  let si = 0;
  for (let fI = 0; fI < figures.length; fI++) { const f = figures[fI];
    if (f.figureKind !== 'other' || typeof f.value !== 'number' || f.comparator === '<' || f.comparator === '>') continue;
    const scale = (NUMBER_WORDS_DATA.scales as Record<string, number>)[f.unit.toLowerCase()];
    if (!scale || scale < 1000) continue;
    if (!/^[ \u00a0]*(?:[,.;:)(\n]|$)/.test(normalized.slice(f.end, f.end + 3))) continue;
    while (si < sentences.length && sentences[si].end <= f.start) si++;
    const s = sentences[si];
    if (!s || s.start > f.start) continue;
    const lineStart = normalized.lastIndexOf('\n', f.start - 1) + 1;
    if (normalized.slice(lineStart, f.start).includes('|')) continue;
    if (!FINANCIAL_MEASURE.test(normalized.slice(s.start, f.start))) continue;
    currency ??= soleCurrency(figures);
    if (!currency) return;
    f.value = Math.round(f.value * scale * 1e6) / 1e6;
    f.figureKind = 'money';
    f.unit = currency;
    f.reading = `${f.reading ? f.reading + ', ' : ''}a sum of the measure its sentence names, in the one currency of the document's sums`;
    f.name = figureName(f);
  }
}

/** The one currency a document's sums are written in ("" when none, or more than one). */
function soleCurrency(figures: FigureEntity[]): string {
  let one = '';
  for (let fI2 = 0, figures_ = figures; fI2 < figures_.length; fI2++) { const f = figures_[fI2];
    if (f.figureKind !== 'money' || !f.unit) continue;
    if (one && f.unit !== one) return '';
    one = f.unit;
  }
  return one;
}
/** A line that is only a currency sign in a cell: "|$", "| € |". */
const LONE_SIGN_CELL = /^[ \t]*\|?[ \t]*(?:US\$|\$|\u20ac|\u00a3)[ \t]*\|?[ \t]*$/;
const PER_SHARE = /\bper (?:share|ADS)\b|je Aktie|pro Aktie|par action|per aktie|pr\. aktie/i;
/**
 * Units a table's title, corner or row label declares, applied to the bare numbers of its rows. With `scaleOnly`, a second
 * pass after the statement readers: only titles that name a scale without its currency ("(in thousands, except per share
 * data)") are read, for the rows those readers left bare, in the currency the document's sums are written in.
 */
function applyTableUnits(figures: FigureEntity[], normalized: string, columnUnits: ReadonlyMap<FigureEntity, ColumnUnit> = new Map(), scaleOnly = false): void {
  // (the bare hint may match across a blank line, "mdr" then "kr": it reads the whole text)
  if (scaleOnly ? !paragraphTest(normalized, SCALE_TITLE_HINT) : !paragraphTest(normalized, TABLE_UNIT_HINT) && !BARE_TABLE_UNIT_HINT.test(normalized) && !UNIT_BEFORE_PERIODS.test(normalized) && !CURRENCY_AND_SCALE.test(normalized) && !mayDeclareCurrencyScale(normalized) && !RUN_ON_UNIT_HINT.test(normalized)) return;
  let title: { currency?: string; scale: number; label: string; sharesScale?: number } | undefined;
  /** Whether the title has reached a row of numbers since it was set. */
  let titleReached = false;
  let docCurrency: string | undefined;
  let fi = 0;
  let lineStart = 0;
  while (lineStart <= normalized.length) {
    let lineEnd = normalized.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = normalized.length;
    const line = normalized.slice(lineStart, lineEnd);
    while (fi < figures.length && figures[fi].end <= lineStart) fi++;
    const cells: FigureEntity[] = [];
    for (let k = fi; k < figures.length && figures[k].start < lineEnd; k++) if (figures[k].figureKind !== 'date') cells.push(figures[k]);
    // a blank line ends a title's reach, unless a table starts right after it ("**(in USD million)**", blank, "| ... |")
    // and the title has reached no row yet: a table after the rows it has reached is another table, under its own title
    if (line.trim() === '') { if (titleReached || !TABLE_LINE_AFTER.test(normalized.slice(lineEnd + 1, lineEnd + 80))) title = undefined; }
    else {
      const firstCell = cells.length ? cells[0].start - lineStart : line.length;
      // (a title that is only a currency and its scale, or names them after a comma: "EUR million", "Acme Bio, Mkr Q3 2024")
      // (a paragraph's lines are read joined: the title's periods and the rows may follow it on the same line)
      // (both readings are of the label's text alone, kept in the memo by it: an edit reads again only the lines it changed)
      // (a line of no value but its columns' periods names its unit in its first cell, or before its first period:
      // "SEK m Q3 2030 Q3 2029", "| MSEK | Q4 | Q3 |")
      // (and a paragraph's lines read joined put the rows after them: "SEK m Q3 2030 Q3 2029 Net sales 1,234 1,100")
      let headCell: string | undefined;
      // (a lone currency sign a line, "|$", is the sign of the cell on the next line, as a statement copied one cell a line
      // writes it, no unit of the lines after it: the statement reader reads it with the cell)
      if (cells.length === 0 && line.includes('|') && !LONE_SIGN_CELL.test(line)) headCell = line.replace(/^\s*\|/, '').split('|')[0];
      else if (!line.includes('|')) for (let k = fi; k < figures.length && figures[k].start < lineStart + firstCell; k++) if (figures[k].figureKind === 'date') { headCell = line.slice(0, figures[k].start - lineStart); break; }
      let bare = !scaleOnly && !line.includes('|') ? memoRead(cells.length ? line.slice(0, firstCell) : line, bareTableUnit) : undefined;
      let bareEnd = line.length;
      if (!bare && headCell?.trim()) { bare = memoRead(headCell, bareTableUnit); bareEnd = line.indexOf(headCell) + headCell.trimEnd().length; }
      let spec = scaleOnly ? undefined : memoRead(line.slice(0, firstCell), tableUnitSpec) ?? (bare ? { currency: resolveCurrencyUnit(bare.currency, normalized, languageOf(normalized)), scale: bare.scale, at: 0, end: bareEnd } : undefined);
      if (!scaleOnly && !spec && cells.length >= 4 && !line.includes('|')) {
        const inner = memoRead(line.slice(0, firstCell), unitWithinRunOnLabel) ?? unitBetweenRunOnCells(line, lineStart, cells);
        if (inner) spec = { ...inner, currency: resolveCurrencyUnit(inner.currency, normalized, languageOf(normalized)) };
      }
      // (a title that names a scale only, "(In thousands, except per-share amounts)", before the rows or on a line of its own:
      // the currency is the one the document's sums are written in, below)
      if (scaleOnly && line.length <= 600 && !line.includes('|') && SCALE_TITLE_HINT.test(line.slice(0, firstCell))) {
        const st = memoRead(line.slice(0, firstCell), statementTitle);
        if (st && !st.currency && st.scale >= 1000) spec = { scale: st.scale, at: st.at, end: st.at + st.label.length + (line[st.at + st.label.length] === ')' ? 1 : 0) };
      }
      // (a title that ends in its currency and scale without brackets, or names them last in its brackets: "Key figures
      // USD thousands", "Amounts in DKK million", "(Unaudited, in thousands of USD)")
      const ending = !scaleOnly && !spec && cells.length === 0 && !line.includes('|') ? memoRead(line, unitEndingTitle) : undefined;
      // ("- EUR (\u20ac)", then "\u20ac in Millions": an XBRL page's title names the currency, the line under
      // it the scale of its sums and of its shares; the two lines are one unit)
      // (the reading may have joined the two lines: the scale then follows the currency on the title's own line)
      const named = spec && spec.scale === 1 && cells.length === 0 ? { currency: spec.currency, rest: line.slice(spec.end) } : title && title.scale === 1 && !spec && cells.length === 0 && !line.includes('|') ? { currency: title.currency, rest: line } : undefined;
      const scaleLine = !scaleOnly && named && named.rest.trim().length <= 80 ? memoRead(named.rest, statementTitle) : undefined;
      if (scaleLine && scaleLine.currency === named!.currency && scaleLine.label.length >= named!.rest.trim().length - 24) {
        title = { currency: named!.currency, scale: scaleLine.scale, sharesScale: scaleLine.exceptShares ? 1 : scaleLine.sharesScale, label: spec ? line.trim() : `${title!.label} ${line.trim()}` };
        titleReached = false;
      } else if (ending) { title = { currency: resolveCurrencyUnit(ending.currency, normalized, languageOf(normalized)), scale: ending.scale, label: line.trim() }; titleReached = false; }
      else if (spec && cells.length === 0 && !scaleLine) { title = { ...spec, label: line.slice(0, spec.end).trim() }; titleReached = false; }
      // (or a run-on table's row under its columns' own units, the title's reach ended by a blank line between sections)
      // (the second pass reads rows of columns only: two bare numbers or more, no pipe table's, which the statement readers
      // read; a footnote's "(1)" under a table is no row)
      else if (scaleOnly && (line.includes('|') || cells.filter(c => c.figureKind === 'other' && c.unit === '').length < 2)) { /* no row of sums */ }
      else if (spec || title || (!scaleOnly && columnUnits.size > 0 && cells.some(c => columnUnits.has(c)))) {
        const unit: { currency?: string; scale: number; label: string; sharesScale?: number } | undefined = spec ? { ...spec, label: line.slice(0, spec.end).trim() } : title;
        if (unit === title && cells.length > 0) titleReached = true;
        // (the row's label is what follows a title the line opens with, "(in thousands, except per-share amounts) Revenue"; a unit
        // that ends the label, "Shares outstanding (m)", is the row's own)
        const afterSpec = spec && spec.end <= firstCell ? line.slice(spec.end, firstCell) : '';
        const rowLabel = /\p{L}{2}/u.test(afterSpec) ? afterSpec : line.slice(0, firstCell);
        const shares = /\bshares\b/i.test(rowLabel) && !PER_SHARE.test(rowLabel);
        // ("| Gross margin, % | 71.2 |": a row whose label names per cents holds no sums; the label reader reads it)
        // ("| Employees (number) | 120 |", "| Gross margin | 71.2 |": nor does a row whose label names numbers of another kind)
        // ('percent' when the label names per cents, "Operating margin, %": its bare numbers are that)
        const namesNoSums = (label: string): false | 'percent' | 'other' => memoRead(label, declaredBy)?.kind === 'percent' ? 'percent' : labelNamesNoSums(label) ? 'other' : false;
        let percentRow = cells.length > 0 && !shares && namesNoSums(rowLabel);
        // "Deficit per unit held": an amount per share is in the currency, never in the table's scale
        let perShare = PER_SHARE.test(rowLabel);
        // (a title read joined with its rows: each row's label, the words since the cell before, says whether it is per share)
        let prevEnd = cells.length ? cells[0].start : 0;
        // (a first row's label that is the whole line's start, a title with it, is read by the label reader as before)
        let joinedLabel = true;
        for (let cI = 0; cI < cells.length; cI++) { const c = cells[cI];
          // (any line's rows: "(SEK m) 2030 2029 Net turnover 75.0 215.9 Operating margin, % -64.3 30.9" names each row's kind anew)
          if (c.start > prevEnd) { const gap = normalized.slice(prevEnd, c.start); if (/\p{L}{3,}/u.test(gap)) { perShare = PER_SHARE.test(gap); percentRow = namesNoSums(gap); joinedLabel = false; } }
          prevEnd = c.end;
          if (c.figureKind !== 'other' || c.unit !== '' || typeof c.value !== 'number') continue;
          // (a unit declared within the line reaches the numbers after it only: a page's number, the columns' periods before)
          if (spec && c.start < lineStart + spec.end) continue;
          if (percentRow === 'percent' && !joinedLabel) { Object.assign(c, { figureKind: 'percent', unit: '%', reading: 'its row\'s label names per cents' }); c.name = figureName(c); continue; }
          if (percentRow) continue;
          // (a column's own unit, declared over it, before the table's: "(CHF '000) (NOK '000)")
          const u = (!scaleOnly && !shares && columnUnits.get(c)) || unit;
          if (!u) continue;
          // ("(in thousands, except per-share amounts)": a scale without its currency is in the currency the document's sums
          // are written in, when they are all written in one)
          const currency = u.currency ?? (!shares && u.scale >= 1000 ? (docCurrency ??= soleCurrency(figures)) || undefined : undefined);
          if (currency) {
            c.figureKind = 'money';
            c.unit = currency;
          } else if (shares) {
            c.figureKind = 'count';
            c.unit = 'shares';
          } else continue;
          c.value = (currency && accountsNegative(normalized, c) ? -1 : 1) * Math.round(c.value * (perShare ? 1 : currency ? u.scale : u.sharesScale ?? u.scale) * 1e6) / 1e6;
          c.reading = `read in the ${u === unit ? 'table' : 'column'}'s unit, ${JSON.stringify(u.label)}`;
          c.name = figureName(c);
        }
      }
    }
    lineStart = lineEnd + 1;
  }
}

/** After a number's cell, a cell that holds nothing but a per-cent sign: "| 10 | % |". */
const SIGN_CELL_AFTER = /^[ \t]*\|[ \t]*%[ \t]*(?:\||$)/;

/**
 * "| Complete response | 10 | % | 23 | % |": a table converted from a page that set each number's per-cent sign in a cell of
 * its own. A bare number whose cell is followed by a cell holding only "%" is a per cent, as the sign would make it
 * written beside it. Linear in the figures.
 */
function applySplitSigns(figures: FigureEntity[], normalized: string): void {
  if (!normalized.includes('%')) return;
  for (const c of figures) {
    if (c.figureKind !== 'other' || c.unit !== '' || typeof c.value !== 'number') continue;
    if (!SIGN_CELL_AFTER.test(normalized.slice(c.end, c.end + 12))) continue;
    // (the number stands alone in its cell: only spaces between it and the pipe before it)
    const before = normalized.lastIndexOf('|', c.start);
    if (before < 0 || normalized.slice(before + 1, c.start).trim() !== '' || normalized.lastIndexOf('\n', c.start) > before) continue;
    Object.assign(c, { figureKind: 'percent', unit: '%', reading: 'its per-cent sign in the next cell' });
    c.name = figureName(c);
  }
}

/** Between a value and a bare range right after it: an opening bracket, perhaps the name of a spread ("(range ", "(IQR: "). */
const RANGE_IN_BRACKETS = new RegExp(`^[ ]?[(\\[][ ]?(?:(${wordsPattern(labelWords.spreadNames.words)})[:,]?[ ]?)?$`, 'iu');
const COUNT_WORD = new RegExp(`\\b(${PEOPLE_PATTERN}|sites)\\b`, 'i');

/** The endpoint a whole label is one of the lexicon's names of ("Complete response", "ACR20"), an adverse event's term none. */
function labelEndpoint(lexicon: Lexicon, label: string): string | undefined {
  const named = lexicon.wholeName(label, 'endpoint');
  return named && !lexicon.endpoints.get(named.name)?.adverseEvent ? named.name : undefined;
}

/** An interval's level in brackets of its own, a label's ("(95% CI)"), not a figure's interval ("(95% CI: 1.2-3.4)"). */
const INTERVAL_LABEL = /\((\d{2}(?:[.,]\d)?)[ ]?%[ ]?(?:CI|CrI|confidence interval|credible interval)\)/gi;
/** How far back from a value its clause is read for such a label. */
const INTERVAL_LABEL_REACH = 200;
/**
 * The level a clause names for its values' intervals before `at`: the last label of its own in brackets between the clause's
 * start (its sentence's, or the last semicolon) and `at`, within INTERVAL_LABEL_REACH characters.
 */
function clauseIntervalLevel(normalized: string, sentences: { start: number; end: number }[], at: number): number | undefined {
  let lo = 0, hi = sentences.length - 1, si = -1;
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (sentences[mid].start <= at) { si = mid; lo = mid + 1; } else hi = mid - 1; }
  const from = Math.max(si >= 0 ? sentences[si].start : 0, at - INTERVAL_LABEL_REACH);
  const clause = normalized.slice(from, at);
  const semicolon = clause.lastIndexOf(';');
  let level: number | undefined;
  for (const m of clause.slice(semicolon + 1).matchAll(INTERVAL_LABEL)) level = Number(m[1].replace(',', '.'));
  return level;
}

/** What a figure's neighbours make clear: a CI's unit from its estimate; the counted noun of "21 of 100". */
function completeFigures(entities: Entity[], sentences: { start: number; end: number }[], normalized: string): void {
  let prev: FigureEntity | undefined;
  const population = documentPopulation(entities);
  const measures = new Map<string, string>();
  for (let eI = 0, entities_ = entities; eI < entities_.length; eI++) { const e = entities_[eI]; if (e.kind === 'endpoint' && e.facts.measure) measures.set(e.name, e.facts.measure); }
  let beforePrev: FigureEntity | undefined;
  let peopleNoun: string | undefined;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    if (e.kind !== 'figure') continue;
    if (e.figureKind === 'ci' && !e.unit && prev && prev.end <= e.start && e.start - prev.end <= 14) {
      // "41.5 % of patients at week 9 (90% CI 30.2-52.9)": the time point is not the estimate; the figure before it is
      const atTime = prev.figureKind === 'duration' && (prev.timepoint || /(?:^|[^a-z])(?:at|after|by|through|to|over|within|until)[ ]$/i.test(normalized.slice(Math.max(0, prev.start - 9), prev.start)));
      const est = atTime ? (beforePrev && beforePrev.end <= prev.start && e.start - beforePrev.end <= 60 ? beforePrev : undefined) : prev;
      // a CI after a count ("12 of 30 patients (95% CI 22.7-59.4)") is one of a proportion; a CI takes its estimate's unit ("HR", "%", "months")
      if (est) e.unit = est.unit === 'fold' ? '' : est.figureKind === 'count' ? '%' : est.unit;
      if (est && est.figureKind === 'ratio' && !est.binding.endpoint && e.binding.endpoint) est.binding.endpoint = e.binding.endpoint;
      // (a ratio's interval compares the arms its ratio compares: "zelbotamab vs placebo")
      if (est && est.figureKind === 'ratio' && e.binding.arm === undefined && comparesArms(est.binding.arm)) e.binding.arm = est.binding.arm;
    }
    // "7.5 months (range 0.5-40.2)", "11.5 mo (9.0-14.1)": a bare range in brackets right after a value written with its
    // unit is in that unit (a range of the values, or the value's interval); one the brackets name a spread of ("range",
    // "IQR": labelUnits.json spreadNames) is of the value's kind too
    // (and a measure or a count written with its unit, "61 years", "72 kg", "4 cycles", when the brackets name the spread:
    // "(range, 1-12)" after a count is the counts' spread; a bare "(54-68)" after one may be anything)
    if (e.figureKind === 'other' && e.unit === '' && Array.isArray(e.value) && e.value[0] <= e.value[1] && prev && prev.end <= e.start && prev.unit
      && (prev.figureKind === 'duration' || prev.figureKind === 'percent' || prev.figureKind === 'other' || prev.figureKind === 'count') && typeof prev.value === 'number') {
      const gap = RANGE_IN_BRACKETS.exec(normalized.slice(prev.end, e.start));
      if (gap && (gap[1] || prev.figureKind === 'duration' || prev.figureKind === 'percent')) {
        e.unit = prev.unit;
        if (gap[1]) e.figureKind = prev.figureKind;
        e.reading = `${e.reading ? e.reading + ', ' : ''}${gap[1] ? 'a range' : 'in brackets'} after ${normalized.slice(prev.start, prev.end)}: in its unit`;
        e.name = figureName(e);
      }
    }
    // "The median OS (95% CI) was 13.1 months (10.2-18.4)", "the 1-year rates (95% CI) were 58% (44-70%)": a clause whose
    // subject names its statistic's interval in brackets of their own makes a bare range in brackets right after a value
    // that value's interval, at that level (as a table's label does)
    if (Array.isArray(e.value) && e.value[0] <= e.value[1] && !e.comparator && prev && prev.end <= e.start && typeof prev.value === 'number'
      && (e.figureKind === 'other' || (e.figureKind === prev.figureKind && e.unit === prev.unit)) && (e.unit === '' || e.unit === prev.unit)
      && (prev.figureKind === 'duration' || prev.figureKind === 'percent' || prev.figureKind === 'ratio') && /^[ ]?[(\[][ ]?$/.test(normalized.slice(prev.end, e.start))) {
      const level = clauseIntervalLevel(normalized, sentences, prev.start);
      if (level !== undefined) {
        e.figureKind = 'ci';
        e.unit = prev.unit;
        e.level = level;
        e.reading = `${e.reading ? e.reading + ', ' : ''}the interval of ${normalized.slice(prev.start, prev.end)}, its level named in its clause`;
        e.name = figureName(e);
      }
    }
    // "| 0.46 | 0.31 to 0.69 | <0.001 |", "HR 0.71 (0.58-0.87) <.001": a bare number below a small bound, written with its
    // decimals and no unit, is a p-value as results tables write one; no measure is reported as less than a thousandth
    // (ten thousandths and such: a bound of 0.01 at most, two decimals written at least; no unit's word in lower case or
    // sign right after it, "<0.01 mg/L", where a row's label after it, a line on, opens with a capital)
    if (e.figureKind === 'other' && e.unit === '' && (e.comparator === '<' || e.comparator === '\u2264') && typeof e.value === 'number' && e.value > 0 && e.value <= 0.01
      && /[.,\u00b7]\d{2,}$/.test(normalized.slice(e.start, e.end)) && !/^ ?[\p{Ll}\u00b5\u03bc%/]/u.test(normalized.slice(e.end, e.end + 2))) {
      e.figureKind = 'pvalue';
      e.reading = `${e.reading ? `${e.reading}; ` : ''}a bound below a hundredth with no unit: a p-value as a results table writes it`;
      e.name = figureName(e);
    }
    // "| ACME-SS, mean change | 2.35 |": a bare number given for a score is in points
    if (e.figureKind === 'other' && e.unit === '' && e.binding.endpoint && measures.get(e.binding.endpoint) === 'score') {
      e.unit = 'points';
      e.name = figureName(e);
    }
    // "30 (15.0%)": the n (%) form, a count of the document's population (in a table that writes no count with its
    // noun, "n=40" only: the people the document names, else patients)
    if (e.figureKind === 'other' && e.unit === '' && typeof e.value === 'number' && Number.isInteger(e.value) && e.value >= 0
      && /^ ?\($/.test(normalized.slice(e.end, e.end + 2)) && nextFigureIsPercentAt(entities[i + 1], e.end + 2) && shareOfSome(e.value, entities[i + 1] as FigureEntity)) {
      e.figureKind = 'count';
      e.unit = population ?? (peopleNoun ??= PEOPLE_NOUN.exec(normalized)?.[1]?.toLowerCase() ?? 'patients');
      e.name = figureName(e);
    }
    if (e.figureKind === 'count' && !e.unit) {
      const s = sentenceAt(sentences, e.start) ?? { start: Math.max(0, e.start - 200), end: Math.min(normalized.length, e.end + 200) };
      const noun = spanExec(COUNT_WORD, normalized, sentences, s);
      if (noun) e.unit = noun[1].toLowerCase();
      else if (/Patient/.test(normalized.slice(s.start, s.end))) e.unit = 'patients';
      // "7.5 % (3 of 40)": a share of the document's population, whatever it calls them
      else if (e.denominator !== undefined && population) e.unit = population;
      // "12/40 (30.0%)": a part of a whole with the share the two make in brackets after it, the n/N (%) form a table
      // writes a proportion of a group in, counts the people the document names, as the n (%) form does
      else if (e.denominator !== undefined && /^ ?\($/.test(normalized.slice(e.end, e.end + 2)) && nextFigureIsPercentAt(entities[i + 1], e.end + 2)
        && typeof e.value === 'number' && e.denominator > 0 && shareOfPart(e.value, e.denominator, entities[i + 1] as FigureEntity, normalized)) {
        e.unit = peopleNoun ??= PEOPLE_NOUN.exec(normalized)?.[1]?.toLowerCase() ?? 'patients';
      }
      if (e.unit) e.name = figureName(e);
    }
    beforePrev = prev;
    prev = e;
  }
}

/** The plural noun of people a text first names ("patients", "participants"). */
const PEOPLE_NOUN = new RegExp(`(?<![\\p{L}])(${PEOPLE_PATTERN})(?![\\p{L}])`, 'iu');

/** A count k and the share after it, p %: some whole group of at least k gives p (none does for k > 0 with p = 0, or p above 100). */
function shareOfSome(k: number, share: FigureEntity): boolean {
  const p = share.value;
  return typeof p === 'number' && p >= 0 && p <= 100 && (p > 0 || k === 0) && (k > 0 || p === 0);
}

/** Whether a share (the figure after a part of a whole) is part/whole in per cent, to its decimals (bind.ts sameShare). */
function shareOfPart(part: number, whole: number, share: FigureEntity, normalized: string): boolean {
  return typeof share.value === 'number' && sameShare((100 * part) / whole, share.value, normalized.slice(share.start, share.end));
}

function nextFigureIsPercentAt(next: Entity | undefined, at: number): boolean {
  return !!next && next.kind === 'figure' && next.figureKind === 'percent' && (next.start === at || next.start === at - 1);
}

/** What the document calls the people it counts: the noun most of its patient counts carry. */
function documentPopulation(entities: Entity[]): string | undefined {
  // only counts that write their noun: "n = 42" says nothing of what the document calls people
  return mostCommon(entities, e => e.kind === 'figure' && e.figureKind === 'count' && POPULATION.test(e.unit)
    && e.text.toLowerCase().includes(e.unit.slice(0, -1)) ? e.unit : undefined);
}

function rank(e: RawEntity): number {
  if (e.evidence === 'lexicon' && !e.extra?.brand) return 0;
  if (e.evidence === 'stem') return 1;
  if (e.evidence === 'lexicon') return 2;
  return 3;
}

/** A figure's canonical name: its normalised reading, so "37,5 percent" and "37.5%" share "37.5 %". */
/**
 * A recognised figure as a model entity: its reading's fields in their order, then the entity's.
 * Copied field by field: an object rest and spread per figure cost more than everything else done
 * for it, and more than linearly on a document of many thousands of figures.
 */
/** A year, written alone: four digits from 1990 to 2049. */
const YEAR_ALONE = /^(?:199\d|20[0-4]\d)$/;
/** A currency or its scale right before a year, alone in what a figure reads: "MEUR 2031", "in Mio. € 2031", "$ 2031". */
const CURRENCY_BEFORE_YEAR = /^(.*?\D)[ \t]?((?:199\d|20[0-4]\d))$/u;

/**
 * A header of periods that opens with the statement's currency ("MEUR 2031 2030", "in Mio. € | 2031 | 2030"): the
 * currency is the columns' unit and the number after it the first column's year, as the years after it are; no sum of
 * two thousand-odd. Read so when the next figure, on the same line with only spaces or a bar between, is a year too.
 */
function yearsOfHeaders(figures: FigureEntity[], text: string, normalized: string): void {
  for (let k = 0; k + 1 < figures.length; k++) {
    const f = figures[k], next = figures[k + 1];
    if (f.figureKind !== 'money' || next.figureKind !== 'date' || !YEAR_ALONE.test(next.text) || !/^[ \t|]+$/.test(normalized.slice(f.end, next.start))) continue;
    const m = CURRENCY_BEFORE_YEAR.exec(f.text);
    if (!m) continue;
    const start = f.end - m[2].length;
    if (text.slice(start, f.end) !== m[2]) continue;
    const year = Number(m[2]);
    // fields cleared, not deleted: a figure keeps the one shape every figure has (toFigure)
    for (let keyI = 0, keyList = ['comparator', 'reading', 'estimated', 'denominator', 'role', 'schedule'] as const; keyI < keyList.length; keyI++) { const key = keyList[keyI]; f[key] = undefined; }
    Object.assign(f, { figureKind: 'date', value: year, unit: 'year', iso: m[2], start, text: m[2], binding: emptyBinding() });
    f.name = figureName(f);
  }
}

function toFigure(f: RawFigure, start: number, end: number, text: string): FigureEntity {
  // every figure made with the same fields in the same order, those it lacks undefined: a recogniser's figures come in
  // many shapes (its optional fields set in whatever order its readings found them), and the passes and checks that read
  // every figure after every edit would read each field through a lookup of many shapes
  return {
    kind: 'figure', start, end, text, name: rawFigureName(f), evidence: 'pattern',
    figureKind: f.figureKind, value: f.value, unit: f.unit, comparator: f.comparator, reading: f.reading, estimated: f.estimated,
    denominator: f.denominator, level: f.level, timepoint: f.timepoint, iso: f.iso, role: f.role, schedule: f.schedule,
    table: undefined, binding: emptyBinding(),
  };
}

/**
 * A recognised figure's name, kept per figure: a block's results are never changed once made (the
 * block cache hands the same ones to every analysis), and the name reads nothing but the figure's
 * fields, so an unchanged block's figures are named once, not at every edit.
 */
const RAW_NAMES = new WeakMap<RawFigure, string>();
function rawFigureName(f: RawFigure): string {
  let name = RAW_NAMES.get(f);
  if (name === undefined) { name = figureName(f); RAW_NAMES.set(f, name); }
  return name;
}

export function figureName(f: FigureReading): string {
  if (f.figureKind === 'date' && f.iso) return f.iso;
  const show = f.figureKind === 'money' ? moneyAmount : String;
  const v = Array.isArray(f.value) ? `${show(f.value[0])}\u2013${show(f.value[1])}` : show(f.value);
  const of = f.denominator !== undefined ? ` of ${f.denominator}` : '';
  const unit = !f.unit ? '' : f.figureKind === 'money' ? ` ${f.unit}` : f.unit === ':' ? '' : ` ${f.unit}`;
  return `${f.comparator ?? ''}${f.figureKind === 'money' ? f.unit + ' ' + v : v + of + unit}`;
}

/** A sum as a reader says it: 246000000 is "246 million", 2.7e12 "2.7 trillion", 385000 "385,000". */
function moneyAmount(v: number): string {
  const a = Math.abs(v);
  const scaled = (d: number, word: string) => `${Math.round((v / d) * 1000) / 1000} ${word}`;
  if (a >= 1e12) return scaled(1e12, 'trillion');
  if (a >= 1e9) return scaled(1e9, 'billion');
  if (a >= 1e6) return scaled(1e6, 'million');
  return AMOUNT.format(v);
}

/** Every amount as Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }) writes it, without ICU's locale data (see shared/numberFormat.ts). */
const AMOUNT = { format: (v: number) => formatNumber(v, 2) };

interface DocLexicon {
  data: Required<Pick<LexiconData, 'drugs' | 'targets' | 'endpoints' | 'indications' | 'companies'>> & Pick<LexiconData, 'regimens'>;
  hasEntries: boolean;
  via: Map<string, string>;
  /** Short forms the document defines with a meaning other than the lexicon's: short key -> the document's name ('' when unknown). */
  redefined: Map<string, string>;
}

function shortKey(s: string): string { return s.replace(/[^\p{L}\p{N}]/gu, ''); }

const STOP_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'with', 'to', 'a', 'an', 'on', 'or']);

/** Whether the short form's letters are the initials of the long form's words ("ALS" and "Accelerated Licensing Scheme"). */
function initialsFit(short: string, long: string): boolean {
  const letters = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const words = long.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const all = words.map(w => w[0]).join('');
  const content = words.filter(w => !STOP_WORDS.has(w)).map(w => w[0]).join('');
  return letters.length > 1 && (letters === all || letters === content);
}

/** Whether two phrases have a word in common other than a function word ("overall response rate", "objective response rate"). */
function sharesContentWord(a: string, b: string): boolean {
  const words = (x: string) => x.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(w => w.length > 1 && !STOP_WORDS.has(w));
  const mine = new Set(words(a));
  return words(b).some(w => mine.has(w));
}

/**
 * The reader of a document's own lexicon (its defined short forms), one per distinct lexicon: an edit
 * that leaves the definitions as they were finds every unchanged block's matches in the memo.
 */
function docPhraseReader(data: LexiconData): (text: string) => PhraseMatch[] {
  return readerFor(`phrases:${JSON.stringify(data)}`, () => {
    const lex = new Lexicon([data]);
    return (text: string) => lex.matchPhrases(text, tokenize(text));
  });
}

/** A block's mention of the document's own lexicon, offsets in the block. */
interface DocMention { kind: RawEntity['kind']; start: number; end: number; name: string; evidence: RawEntity['evidence']; extra: Record<string, string | boolean> }

/** A number per lexicon, for the keys of readers that read one. */
const LEXICON_IDS = new WeakMap<Lexicon, number>();
let lexiconCount = 0;
function lexiconId(lexicon: Lexicon): number {
  let id = LEXICON_IDS.get(lexicon);
  if (id === undefined) { id = ++lexiconCount; LEXICON_IDS.set(lexicon, id); }
  return id;
}

/**
 * The reader of a block's mentions of the document's own lexicon, as the document's entities
 * (offsets in the block), one per distinct document lexicon and lexicon. Its key names all it reads
 * besides the block's text: the document's entries and how each came to be (`via`), and the
 * lexicon (which never changes once made); an edit that leaves the definitions as they were
 * finds every unchanged block's mentions in the memo.
 */
function docMentionReader(doc: DocLexicon, lexicon: Lexicon): (text: string) => DocMention[] {
  return readerFor(`mentions:${lexiconId(lexicon)}:${JSON.stringify(doc.data)}:${JSON.stringify([...doc.via])}`, () => {
    const phrases = docPhraseReader(doc.data);
    const via = new Map(doc.via);
    return (text: string) => {
      const out: DocMention[] = [];
      for (let mI = 0, mList = phrases(text); mI < mList.length; mI++) { const m = mList[mI];
        const kind = (m.entry.kind === 'regimen' ? 'drug' : m.entry.kind) as RawEntity['kind'];
        // a company's name is a proper noun: "cells" is no mention of "Cell Biolabs"; nor is a ticker ("(Nasdaq: ACME)") one of its company
        if (kind === 'company' && (!/^\p{Lu}/u.test(text.slice(m.start, m.end)) || TICKER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))) continue;
        // the full name of a company the lexicon knows is the lexicon's reading already: only its short form is the document's
        if (kind === 'company' && m.entry.alias === m.entry.name && lexicon.companies.has(m.entry.name)) continue;
        // "moderate-to-severe UC": a defined short form of an indication takes its qualifiers too
        const span = kind === 'indication' ? indicationSpan(text, m.start, m.end) : m;
        const how = via.get(m.entry.name + '|' + m.entry.alias) ?? 'abbreviation';
        out.push({ kind, start: span.start, end: span.end, name: m.entry.name, evidence: m.entry.kind === 'company' ? 'pattern' : how === 'same word' ? 'stem' : 'lexicon', extra: m.entry.kind === 'regimen' ? { via: how, regimen: true } : { via: how } });
      }
      return out;
    };
  });
}

/** The lexicon's phrases in a short text (a long form, a name's first word), kept in the memo: one reader per lexicon, which never changes once made. */
const PHRASE_READERS = new WeakMap<Lexicon, (text: string) => PhraseMatch[]>();
function lexiconPhrases(lexicon: Lexicon, text: string): PhraseMatch[] {
  let read = PHRASE_READERS.get(lexicon);
  if (!read) { read = (t: string) => lexicon.matchPhrases(t, tokenize(t)); PHRASE_READERS.set(lexicon, read); }
  return memoRead(text, read);
}

/** A mention of a regimen the document names by a short form (addRegimenShortForms): its name joins its drugs' with " + ". */
const namesDefinedRegimen = (n: { extra?: Record<string, string | boolean> }) => n.extra?.regimen === true && n.extra.via === 'abbreviation';

/** The regimens the document names by a short form after their drugs (regimenShortForms.ts), as the document's lexicon entries. */
function addRegimenShortForms(doc: DocLexicon, named: Named[], normalized: string): void {
  const drugs = named.filter(n => n.kind === 'drug').sort((a, b) => a.start - b.start);
  if (drugs.length < 2) return;
  const taken = new Set(named.map(n => n.start));
  for (let rI = 0, rList = regimenShortForms(normalized, drugs); rI < rList.length; rI++) { const r = rList[rI];
    // a short form something else already reads ("(ORR)") keeps that reading
    if (taken.has(r.start) || doc.via.has(r.name + '|' + r.short)) continue;
    (doc.data.regimens ??= []).push({ name: r.name, aliases: [r.short], components: r.components });
    doc.via.set(r.name + '|' + r.short, 'abbreviation');
    doc.hasEntries = true;
  }
}

function abbreviationLexicon(defs: Abbreviation[], named: Named[], lexicon: Lexicon, normalized: string): DocLexicon {
  const doc: DocLexicon = { data: { drugs: [], targets: [], endpoints: [], indications: [], companies: [] }, hasEntries: false, via: new Map(), redefined: new Map() };
  if (defs.length === 0) return doc;
  const sorted = [...named].sort((a, b) => a.start - b.start);
  const firstAtOrAfter = (pos: number) => {
    let lo = 0, hi = sorted.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].start < pos) lo = mid + 1; else hi = mid; }
    return lo;
  };
  const within = (start: number, end: number) => {
    const out: Named[] = [];
    for (let k = firstAtOrAfter(start); k < sorted.length && sorted[k].start < end; k++) if (sorted[k].end <= end) out.push(sorted[k]);
    return out;
  };
  for (let dI = 0; dI < defs.length; dI++) { const d = defs[dI];
    // what does the long form name? an entity that covers most of it, or a lexicon phrase for the whole long form
    let kind: PhraseKind | undefined;
    let name: string | undefined;
    const inside = within(d.longStart - 1, d.longEnd + 1).filter(n => n.kind !== 'trial');
    const best = inside.sort((a, b) => (b.end - b.start) - (a.end - a.start))[0];
    if (best && (best.end - best.start) >= 0.6 * (d.longEnd - d.longStart)) {
      kind = best.kind as PhraseKind;
      name = best.name;
    } else {
      const longNorm = normalized.slice(d.longStart, d.longEnd);
      const ms = lexiconPhrases(lexicon, longNorm);
      if (ms.length === 1 && ms[0].end - ms[0].start >= 0.8 * longNorm.length) { kind = ms[0].entry.kind; name = ms[0].entry.name; }
    }
    const shortNorm = normalized.slice(d.start, d.end);
    // "Zetagen (ZGN)": capitals after a company named by one word, neither its beginning nor its inner capitals' initials
    // ("ZetaGen (ZG)"), are its ticker, no name of it
    if (kind === 'company' && /^[\p{Lu}\p{N}.]+$/u.test(shortNorm) && /^\p{Lu}\p{Ll}+$/u.test(d.long.trim()) && !d.long.toUpperCase().startsWith(shortNorm)) continue;
    const already = within(d.start, d.end).find(n => n.start === d.start && n.end === d.end);
    if (already && already.evidence === 'lexicon' && already.name !== name) {
      // the lexicon reads the short form otherwise. Trust the document's long form when its word
      // initials spell the short form and the lexicon's do not ("Accelerated Licensing Scheme (ALS)" is
      // not amyotrophic lateral sclerosis); a translation ("Gesamtansprechquote (ORR)") keeps the lexicon.
      const lexLong = lexiconLongForm(lexicon, already) || already.name;
      // a gene's symbol the document defines as a disease's name ("zetafibromatosis type 1 (ZF1)", "indolent zeta
      // lymphoma (IZL)") is that disease here, whatever letters it takes from the words
      const disease = kind === 'indication' || namesDisease(lastWord(d.long));
      // (and when both spell it, the document's own when the two long forms share no word: "SD, standard deviation" in
      // a table's glossary is no stable disease, while "overall response rate (ORR)" is the lexicon's objective one)
      const fits = initialsFit(shortNorm, d.long);
      if (fits && (!initialsFit(shortNorm, lexLong) || !sharesContentWord(d.long, lexLong))) doc.redefined.set(shortKey(shortNorm), name ?? '');
      else if (already.kind === 'target' && disease) doc.redefined.set(shortKey(shortNorm), kind === 'indication' ? name ?? '' : '');
      else continue;
      if (kind !== 'indication' && already.kind === 'target' && disease) continue;
      if (!name) continue;
    } else if (already || !kind || !name) continue;
    if (!kind || !name) continue;
    const entry = { name, aliases: [shortNorm] };
    if (kind === 'drug' || kind === 'regimen') doc.data.drugs.push(entry);
    else if (kind === 'target') doc.data.targets.push(entry);
    else if (kind === 'endpoint') doc.data.endpoints.push(entry);
    else if (kind === 'indication') doc.data.indications.push(entry);
    else if (kind === 'company') doc.data.companies.push(entry);
    doc.via.set(name + '|' + shortNorm, 'abbreviation');
    doc.hasEntries = true;
  }
  return doc;
}

/** A phrase's last word, in lower case, a numbered type after it read over ("zetafibromatosis type 1" ends with its disease's word). */
function lastWord(phrase: string): string {
  const words = phrase.toLowerCase().replace(/\s+(?:type|typ|grade)\s+[\divx]+$/u, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
  return words.length > 0 ? words[words.length - 1] : '';
}

function lexiconLongForm(lexicon: Lexicon, e: RawEntity): string {
  switch (e.kind) {
    case 'target': return lexicon.targets.get(e.name)?.fullName ?? '';
    case 'endpoint': return lexicon.endpoints.get(e.name)?.fullName ?? '';
    case 'indication': return lexicon.indications.get(e.name)?.aliases?.join(' ') ?? '';
    case 'company': return lexicon.companies.get(e.name)?.aliases?.join(' ') ?? '';
    default: return '';
  }
}

/** Place names a company name may open with, from a gazetteer (see places.ts). */
const places = placeNames;
/** How many leading words of a name form a place ("Springfield", "New Haven"): 0 when none do. */
function leadingPlaceWords(words: string[]): number {
  const known = places();
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) if (known.has(words.slice(0, n).join(' ').toLowerCase())) return n;
  return 0;
}
const COMPANY_TAIL = /^(Biosciences|Bioscience|Biolabs|Biologics|Biotech|Biopharma|Biotherapeutics|Biomedical|Biosystems|Biomed)$/;

/** Company words and legal forms: what may follow a company's own name ("Acme Biotech", "Acme Pharmaceuticals Inc"). */
const COMPANY_TAIL_WORDS = new Set([...companyWords.companyWords, ...companyWords.corporateForms, ...companyWords.legalSuffixes]);

/**
 * A company the lexicon knows, written with its first word and company words only ("Acmegen
 * Pharmaceuticals", "ACM Biotech"), or with a double-barrelled first word ("Smith-Jones Labs"), is
 * that first word alone later ("Acmegen's shares", "ACM said"), when the lexicon reads the word as
 * nothing else.
 */
function lexiconShortForm(c: Named, written: string, lexicon: Lexicon, normalized: string): string | undefined {
  const words = written.split(/\s+/);
  if (words.length < 2) return undefined;
  const first = words[0];
  const doubleBarrelled = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(first);
  if (!doubleBarrelled && !words.slice(1).every(w => COMPANY_TAIL_WORDS.has(w.replace(/[.,]$/, '').toLowerCase()))) return undefined;
  if (!/^\p{Lu}/u.test(first) || !(first.length >= 4 || /^\p{Lu}{3}$/u.test(first)) || places().has(first.toLowerCase())) return undefined;
  if (lexicon.companies.get(c.name)?.aliases?.includes(first) || lexiconPhrases(lexicon, first).length > 0) return undefined;
  // a name keeps its capital wherever it stands: a word the document also writes in lower case is a common word ("Innate" of
  // "innate immunity"); an acronym the document counts or gives an indefinite article is a common noun ("an ADC", "two ADCs")
  if (writtenInLowerCase(normalized, first) || (/^\p{Lu}+$/u.test(first) && countedAcronym(normalized, first))) return undefined;
  return first;
}

/** Whether the text writes an acronym in the plural ("ADCs") or after an indefinite article ("an ADC"), as a common noun. */
function countedAcronym(text: string, word: string): boolean {
  for (let k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[k - 1] ?? '')) continue;
    const next = text.slice(k + word.length, k + word.length + 2);
    if (/^s(?![\p{L}\p{N}])/u.test(next) || /(?:^|[^\p{L}])an? $/iu.test(text.slice(Math.max(0, k - 4), k))) return true;
  }
  return false;
}

/** Whether the text writes the word in lower case, as a whole word, anywhere. */
function writtenInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  for (let k = text.indexOf(lower); k >= 0; k = text.indexOf(lower, k + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[k - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[k + lower.length] ?? '')) return true;
  }
  return false;
}

function addCompanyShortForms(named: Named[], doc: DocLexicon, lexicon: Lexicon, normalized: string): void {
  const seen = new Set<string>();
  for (let cI2 = 0, named_ = named; cI2 < named_.length; cI2++) { const c = named_[cI2];
    if (c.kind !== 'company' || (c.evidence !== 'pattern' && c.evidence !== 'lexicon') || seen.has(c.evidence + c.name)) continue;
    seen.add(c.evidence + c.name);
    if (c.evidence === 'lexicon') {
      const short = lexiconShortForm(c, normalized.slice(c.start, c.end), lexicon, normalized);
      if (!short) continue;
      doc.data.companies.push({ name: c.name, aliases: [short] });
      doc.via.set(c.name + '|' + short, 'short form');
      doc.hasEntries = true;
      continue;
    }
    if (lexicon.companies.has(c.name)) continue;
    const words = c.name.split(/\s+/);
    const aliases = new Set<string>();
    let core = words;
    for (let n = leadingPlaceWords(core); n > 0; n = leadingPlaceWords(core)) core = core.slice(n);
    if (core.length < words.length && core.length >= 2) aliases.add(core.join(' '));
    const tail = core[core.length - 1];
    if (core.length >= 2 && COMPANY_TAIL.test(tail)) aliases.add([...core.slice(0, -1), 'Bio'].join(' '));
    // an acronym of three capitals opens a name as well as a word does ("ACM Biolabs")
    if (core.length === 2 && (core[0].length >= 4 || /^\p{Lu}{3}$/u.test(core[0])) && /^\p{Lu}/u.test(core[0]) && !places().has(core[0].toLowerCase())) aliases.add(core[0]);
    aliases.delete(c.name);
    // a one-word name found by its legal form ("Acmevax SE") is that company wherever it stands alone
    if (aliases.size === 0 && !(words.length === 1 && words[0].length >= 4 && /^\p{Lu}/u.test(words[0]))) continue;
    doc.data.companies.push({ name: c.name, aliases: [...aliases] });
    for (const a of aliases) doc.via.set(c.name + '|' + a, 'short form');
    doc.hasEntries = true;
  }
}

/**
 * An INN the stems found where a drug is spoken of ("the active substance zelbostat") is that drug
 * wherever the document writes the word again, with drug words near it or not ("Zelbostat cut the
 * risk by a third"): the context that accepted it once holds for the document.
 */
function addStemDrugs(named: Named[], doc: DocLexicon, lexicon: Lexicon): void {
  addDocumentDrugs(named, doc, lexicon, n => n.evidence === 'stem' && /^[a-z]{6,}$/.test(n.name), 'same word');
}

/** The drugs `readHere` picks, read where the text showed them medicines, given to the document's lexicon under their own name. */
function addDocumentDrugs(named: Named[], doc: DocLexicon, lexicon: Lexicon, readHere: (n: Named) => boolean, via: string): void {
  const seen = new Set<string>();
  for (let nI = 0, named_ = named; nI < named_.length; nI++) { const n = named_[nI];
    if (n.kind !== 'drug' || seen.has(n.name) || lexicon.drugs.has(n.name) || !readHere(n)) continue;
    seen.add(n.name);
    doc.data.drugs!.push({ name: n.name, aliases: [n.name] });
    doc.via.set(n.name + '|' + n.name, via);
    doc.hasEntries = true;
  }
}

/** A short code name, one that needs a drug's context to be read: "AC-02", "ZQ12", "ACMEX3". */
const SHORT_CODE = /^\p{Lu}{2,6}-?\d{1,2}[a-z]?$/u;
/**
 * A short code name read as a medicine where the text shows it one (after a dose, beside a medicine it is combined
 * with, where a drug is spoken of) is that medicine wherever the same code stands in the document: "0.8 g AC-02" makes
 * "AC-02 was well tolerated" and the column "All AC-02" the drug's too.
 */
function addShortCodeDrugs(named: Named[], doc: DocLexicon, lexicon: Lexicon): void {
  addDocumentDrugs(named, doc, lexicon, n => n.evidence === 'code-name' && SHORT_CODE.test(n.name), 'same code');
}

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An exchange and its colon right before a word: the word is a ticker ("(Nasdaq: ACME)"). */
const TICKER_BEFORE = new RegExp(`[(\\[;,] ?(?:${[...companyWords.exchanges].sort((a, b) => b.length - a.length).map(escapeRe).join('|')}) ?: ?$`, 'u');
const PRODUCT_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${productWords.before.map(escapeRe).join('|')}) $`, 'iu');
const PRODUCT_AFTER = new RegExp(`^ ?(?:${productWords.after.map(escapeRe).join('|')})(?![\\p{L}])`, 'iu');
/** A code name's shape: capitals, a hyphen and a number ("ACM-101"). */
const CODE_SHAPED = /^\p{Lu}{2,6}-\d{3,5}$/u;

/**
 * A code name the document calls a study once ("the ACM-101 study", Norwegian "ACM-101-studien")
 * but gives to patients elsewhere ("treated with ACM-101", "ACM-101 + drugamab") names the medicine:
 * the study is the study of it. Its trial readings become the drug, and no other mention turns trial.
 */
function productsNamedAsTrials(named: Named[], blocks: BlockRef[], at: (x: number, isEnd?: boolean) => number): void {
  const candidates = new Set(named.filter(n => n.kind === 'trial' && n.extra?.trialKind === 'named' && CODE_SHAPED.test(n.name)).map(n => n.name));
  if (candidates.size === 0) return;
  const products = new Set<string>();
  for (let bI = 0; bI < blocks.length; bI++) { const b = blocks[bI];
    for (const name of candidates) {
      if (products.has(name)) continue;
      for (let k = b.text.indexOf(name); k >= 0; k = b.text.indexOf(name, k + 1)) {
        if (/[\p{L}\p{N}]/u.test(b.text[k + name.length] ?? '') || /[\p{L}\p{N}-]/u.test(b.text[k - 1] ?? '')) continue;
        if (PRODUCT_BEFORE.test(b.text.slice(Math.max(0, k - 30), k)) || PRODUCT_AFTER.test(b.text.slice(k + name.length, k + name.length + 30))) { products.add(name); break; }
      }
    }
  }
  if (products.size === 0) return;
  for (let nI = 0, named_ = named; nI < named_.length; nI++) { const n = named_[nI];
    if (n.kind === 'trial' && products.has(n.name)) { n.kind = 'drug'; n.evidence = 'code-name'; n.extra = {}; }
  }
  // the other mentions of the name: drugs too
  const seen = new Set(named.filter(n => products.has(n.name)).map(n => n.start));
  blocks.forEach((b, bi) => {
    for (const name of products) {
      for (let k = b.text.indexOf(name); k >= 0; k = b.text.indexOf(name, k + 1)) {
        if (/[\p{L}\p{N}]/u.test(b.text[k + name.length] ?? '') || /[\p{L}\p{N}]/u.test(b.text[k - 1] ?? '')) continue;
        const start = at(k + b.start);
        if (seen.has(start)) continue;
        named.push({ kind: 'drug', start, end: at(k + name.length + b.start, true), name, evidence: 'code-name', block: bi });
      }
    }
  });
}

/**
 * A trial the document names from context once ("the ZENO trial") is that trial wherever its name
 * stands ("results from ZENO"); a code-shaped drug reading of the same name gives way.
 */
function addTrialMentions(named: Named[], blocks: BlockRef[], at: (x: number, isEnd?: boolean) => number): void {
  const byFirst = new Map<string, string[]>();
  const names = new Set<string>();
  for (let nI = 0, named_ = named; nI < named_.length; nI++) { const n = named_[nI];
    if (n.kind !== 'trial' || n.extra?.trialKind !== 'named' || n.name.length < 3 || names.has(n.name)) continue;
    names.add(n.name);
    const k = firstTokenOf(n.name);
    const list = byFirst.get(k) ?? [];
    list.push(n.name);
    list.sort((a, b) => b.length - a.length);
    byFirst.set(k, list);
  }
  if (names.size === 0) return;
  const seen = new Set(named.filter(n => n.kind === 'trial').map(n => n.start));
  let w = 0;
  for (let nI = 0, named_ = named; nI < named_.length; nI++) { const n = named_[nI]; if (!(n.kind === 'drug' && n.evidence === 'code-name' && names.has(n.name))) named[w++] = n; }
  named.length = w;
  // the trials' names found per block through the memo, under a reader for these names: an edit rereads its own block only
  const read = readerFor(`trials:${JSON.stringify([...byFirst])}`, () => (text: string) => trialNameMentions(text, tokenize(text), byFirst));
  blocks.forEach((b, bi) => {
    for (let mI = 0, mList = memoRead(b.text, read); mI < mList.length; mI++) { const m = mList[mI];
      const start = at(m.start + b.start);
      if (seen.has(start)) continue;
      named.push({ kind: 'trial', start, end: at(m.end + b.start, true), name: m.name, evidence: 'pattern', extra: { trialKind: 'named' }, block: bi });
    }
  });
}

/** A reading the document itself defines (a short form of its own company, an abbreviation) before the lexicon's general one of the same words. */
const definedHere = (n: Named) => (n.extra?.via === 'short form' || n.extra?.via === 'abbreviation' ? 0 : 1);

function resolveOverlaps(list: Named[]): Named[] {
  // "Amylin" after "Amylin Pharmaceuticals, Inc." is the company the document named, not the hormone
  const sorted = [...list].sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || definedHere(a) - definedHere(b) || KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]);
  const out: Named[] = [];
  for (let eI = 0, sorted_ = sorted; eI < sorted_.length; eI++) { const e = sorted_[eI];
    const last = out[out.length - 1];
    if (last && e.start < last.end) {
      // overlapping: keep the longer one; equal length keeps the earlier (higher-priority) one
      if ((e.end - e.start) > (last.end - last.start)) out[out.length - 1] = e;
      continue;
    }
    out.push(e);
  }
  return out;
}

/**
 * A named entity as a model entity, with its lexicon facts. `drugFacts` keeps a drug's or a target's
 * facts by what they depend on (its kind and name, for a drug whether it is a regimen and the
 * abbreviation that may name it), for one linking: each mention gets a copy of its own (later
 * passes set its fields), the lexicon read once per name rather than once per mention.
 */
function toEntity(n: Named, text: string, lexicon: Lexicon, drugFacts: Map<string, DrugEntity['facts']>): Entity {
  const { start, end } = n;
  const entityText = text.slice(start, end), name = n.name;
  const evidence = n.extra?.via === 'abbreviation' ? 'abbreviation' as const : n.extra?.via === 'short form' ? 'alias' as const : n.evidence;
  // (each entity written out field by field, in one order: a spread after the kind would copy through the runtime, once
  // per entity per edit)
  switch (n.kind) {
    case 'drug': {
      const key = `${n.extra?.regimen ? (namesDefinedRegimen(n) ? 'R' : 'r') : 'D'}${n.name}`;
      let facts = drugFacts.get(key);
      if (!facts) { facts = drugFactsOf(n, lexicon); drugFacts.set(key, facts); }
      return { kind: 'drug', start, end, text: entityText, name, evidence, facts: { ...facts } };
    }
    case 'target': {
      // (a packed target's data is built afresh at each lookup: once per name)
      let facts = drugFacts.get('T' + n.name) as unknown as TargetEntity['facts'] | undefined;
      if (!facts) {
        const t = lexicon.targets.get(n.name);
        facts = { fullName: t?.fullName, gene: t?.gene, aliases: t?.aliases };
        drugFacts.set('T' + n.name, facts as unknown as DrugEntity['facts']);
      }
      return { kind: 'target', start, end, text: entityText, name, evidence, facts: { ...facts } };
    }
    case 'endpoint': {
      const e = lexicon.endpoints.get(n.name);
      return { kind: 'endpoint', start, end, text: entityText, name, evidence, facts: { fullName: e?.fullName, definition: e?.definition, measure: e?.measure, ...(e?.adverseEvent ? { adverseEvent: true } : {}) } };
    }
    case 'indication': {
      const i = lexicon.indications.get(n.name);
      return { kind: 'indication', start, end, text: entityText, name, evidence, facts: { area: i?.area, aliases: i?.aliases } };
    }
    case 'trial':
      return { kind: 'trial', start, end, text: entityText, name, evidence, facts: { trialKind: (n.extra?.trialKind as 'named' | 'phase' | 'registry') ?? 'named' } };
    case 'company': {
      const c = lexicon.companies.get(n.name);
      return { kind: 'company', start, end, text: entityText, name, evidence, facts: { aliases: c?.aliases, country: c?.country, ticker: c?.tickers?.[0] } };
    }
  }
}

/** A drug's lexicon facts: its brands, codes, targets, company and modality, its stem's meaning, a regimen's components. */
function drugFactsOf(n: Named, lexicon: Lexicon): DrugEntity['facts'] {
  const facts: DrugEntity['facts'] = {};
  const known = lexicon.drugs.get(n.name);
  if (known) {
    const brands = known.exactBrands?.length ? [...(known.brands ?? []), ...known.exactBrands] : known.brands;
    if (brands?.length) facts.brands = brands;
    if (known.codes?.length) facts.codes = known.codes;
    if (known.targets?.length) facts.lexiconTargets = known.targets;
    if (known.company) facts.company = known.company;
    if (known.modality) facts.modality = known.modality;
  }
  const stem = n.extra?.regimen ? undefined : lexicon.stemOf(n.name.split(/[ -]/)[0]) ?? lexicon.stemOf(n.name.replace(/[ -]/g, ''));
  if (stem) {
    facts.stem = '-' + stem.stem;
    facts.stemMeaning = stem.meaning;
    facts.drugClass = stem.class;
  }
  if (n.extra?.regimen) {
    const r = lexicon.regimens.get(n.name);
    facts.isRegimen = true;
    if (r?.components) facts.components = r.components;
    // a regimen the document names by a short form: its name joins its drugs' ("drugamab + zelbotinib")
    else if (namesDefinedRegimen(n)) facts.components = n.name.split(' + ');
  }
  return facts;
}

/** Between a company and its drug: a possessive and role words only ("Acme Biolabs' zelbotamab", "Springfield Biosciences OX40 agonist drugamab"). */
const COMPANY_OF_DRUG = /^(?:'s?)?[ ]?(?:(?:[A-Z0-9][\w-]*|anti-[\w-]+|agonist|antagonist|antibody|bispecific|inhibitor|candidate|drug|lead|asset|investigational|novel|first-in-class|product|monoclonal|the|its|ADCs?)[ ]?){0,4}$/;

const TARGET_CUE = /\btarget(?:s|ing|ed)?\b|\bdirected (?:against|at)\b|\bbinds?\b|\bblocks?\b|\bbispecific (?:antibody )?(?:against|for)\b/i;
const ROLE_BETWEEN = /^[\s-]*(?:anti[\s-]?)?(?:[\s-]*(?:agonist|antagonist|inhibitor|blocker|antibody|bispecific|ADC|directed|targeted|targeting|monoclonal|degrader|specific|x|\u00d7|\/|and|,))*[\s-]*$/i;

/** Facts that belong to a drug as a whole: lexicon facts, stem meaning, its targets and company as the text states them. */
function enrichDrugs(entities: Entity[], normalized: string, sentences: { start: number; end: number }[]): void {
  const drugs = entities.filter((e): e is DrugEntity => e.kind === 'drug');
  const byName = new Map<string, { targets: Set<string>; company?: string; aliases: Set<string> }>();
  const get = (name: string) => { let v = byName.get(name); if (!v) { v = { targets: new Set(), aliases: new Set() }; byName.set(name, v); } return v; };
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const indexOf = new Map<Entity, number>(sorted.map((e, i) => [e, i]));
  const sentenceOf = (pos: number) => sentenceAt(sentences, pos) ?? { start: Math.max(0, pos - 200), end: Math.min(normalized.length, pos + 200) };
  /** Per drug name, the last run of entities walked after a target cue (sorted indexes [from, to)) and its sentence. */
  const scanned = new Map<string, { sentenceEnd: number; from: number; to: number }>();
  for (let dI2 = 0, drugs_ = drugs; dI2 < drugs_.length; dI2++) { const d = drugs_[dI2];
    const facts = get(d.name);
    const norm = normalized.slice(d.start, d.end);
    if (norm.toLowerCase() !== d.name.toLowerCase()) facts.aliases.add(norm);
    const s = sentenceOf(d.start);
    const idx = indexOf.get(d)!;
    // "OX40 agonist drugamab", "HER3-directed zelbotamab ruxotecan": targets right before the drug
    for (let k = idx - 1; k >= 0; k--) {
      const e = sorted[k];
      if (e.end <= s.start || e.kind === 'drug' || e.kind === 'figure') break;
      if (e.kind === 'company') { if (ROLE_BETWEEN.test(normalized.slice(e.end, d.start).replace(/'s?/g, ''))) facts.company ??= e.name; break; }
      if (e.kind !== 'target') break;
      if (!ROLE_BETWEEN.test(normalized.slice(e.end, d.start))) break;
      facts.targets.add(e.name);
    }
    // "Acme Biolabs' zelbotamab", "Springfield Biosciences OX40 agonist drugamab": the company right before
    for (let k = idx - 1; k >= 0 && facts.company === undefined; k--) {
      const e = sorted[k];
      if (e.end <= s.start || d.start - e.end > 60) break;
      if (e.kind === 'company') { if (COMPANY_OF_DRUG.test(normalized.slice(e.end, d.start))) facts.company = e.name; break; }
      if (e.kind === 'drug') break;
    }
    // "zelbotamab (ACM-101), a bispecific antibody targeting CD47 and OX40", "drugamab (HER3 bispecific)"
    const after = normalized.slice(d.end, s.end);
    const paren = /^ ?\(([^()]{1,60})\)/.exec(after);
    if (paren) {
      for (let k = idx + 1; k < sorted.length && sorted[k].start < d.end + paren[0].length; k++) if (sorted[k].kind === 'target') facts.targets.add(sorted[k].name);
    }
    // only a cue within 120 characters counts, so only that much of the sentence is searched
    const cue = TARGET_CUE.exec(after.length > 160 ? after.slice(0, 160) : after);
    if (cue && cue.index < 120) {
      const cueAt = d.end + cue.index;
      // the cue belongs to this drug only if no other drug stands between them (entities are sorted: walk from the drug)
      let k = idx + 1;
      let otherDrug = false;
      for (; k < sorted.length && sorted[k].start < cueAt; k++) {
        const e = sorted[k];
        if (e.start >= d.end && e.kind === 'drug' && e.name !== d.name) { otherDrug = true; break; }
      }
      // a run already walked for this name from an earlier cue in this sentence ends where this one would: skip it
      const walked = scanned.get(d.name);
      if (!otherDrug && !(walked && walked.sentenceEnd === s.end && walked.from <= k && k < walked.to)) {
        const from = k;
        for (; k < sorted.length; k++) {
          const e = sorted[k];
          if (e.start >= s.end) break;
          if (e.kind === 'drug' && e.name !== d.name) break;
          if (e.kind === 'target') facts.targets.add(e.name);
        }
        scanned.set(d.name, { sentenceEnd: s.end, from, to: k });
      }
    }
  }
  for (let dI2 = 0, drugs_ = drugs; dI2 < drugs_.length; dI2++) { const d = drugs_[dI2];
    const f = byName.get(d.name)!;
    // what the document says a drug targets comes first; the lexicon's view is kept beside it when it differs
    const lex = d.facts.lexiconTargets ?? [];
    if (f.targets.size > 0) {
      d.facts.targets = [...f.targets];
      if (lex.length === 0 || sameSet(lex, d.facts.targets)) delete d.facts.lexiconTargets;
    } else if (lex.length > 0) {
      d.facts.targets = lex;
      delete d.facts.lexiconTargets;
    }
    // the company the document names for a drug wins over the lexicon's (originator versus licensee)
    if (f.company) d.facts.company = f.company;
    if (f.aliases.size > 0) d.facts.aliases = [...f.aliases];
  }
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every(x => b.includes(x));
}


const LISTING_DOLLARS = new Map(Object.entries(numbersData.listingDollars as Record<string, string>).filter(([k]) => !k.startsWith('$')));
/** "(ASX: ACM)", "TSX:ACM": a company's ticker on an exchange whose dollar is not the US one. */
const LISTING = new RegExp(`(?<![\\p{L}])(${wordsPattern([...LISTING_DOLLARS.keys()])})[ ]?:[ ]?\\p{Lu}`, 'u');
const US_LISTING = new RegExp(`(?<![\\p{L}])(?:${wordsPattern((numbersData.usListings as { words: string[] }).words)})(?![\\p{L}])|US\\$|U\\.S\\. dollars?|USD`, 'u');
/**
 * "Acme Bio (ASX: ACM) reported revenue of $4.2 million": a bare dollar sign in a document whose company is listed on
 * the Australian, Canadian, New Zealand or Singapore exchange, and on no US one, is that country's dollar, as its readers
 * read it (numbers.json listingDollars). A sum written with its country's sign ("A$") is read so already.
 */
function dollarOfListing(figures: FigureEntity[], normalized: string): void {
  const listed = LISTING.exec(normalized);
  if (!listed || US_LISTING.test(normalized)) return;
  const currency = LISTING_DOLLARS.get(listed[1])!;
  for (let fI = 0; fI < figures.length; fI++) { const f = figures[fI];
    if (f.figureKind !== 'money' && f.figureKind !== 'ci') continue;
    // (no sum of the document is written "US$" or "USD": every dollar the reader took for the US one is the sign's)
    if (f.unit !== 'USD') continue;
    f.unit = currency;
    f.name = figureName(f);
  }
}
