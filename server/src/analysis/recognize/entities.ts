/**
 * Named-entity recognition inside one block of normalised text: lexicon phrases, INN stems, code
 * names, trial names and phases, companies by their corporate form. Pure and deterministic: the
 * same block text always gives the same result, which is what makes per-block caching sound.
 * Offsets in the result are relative to the block.
 */
import { Lexicon, PhraseMatch } from '../lexicon';
import { wordsPattern } from '../words';
import { LexiconEndTest, LexiconMatcher, notBeforeChar } from '../lexiconMatcher';
import { Token, tokenize, separatorBetween } from '../tokens';
import companyWords from '../../../lexicon/builtin/companyWords.json';
import indicationModifiers from '../../../lexicon/builtin/indicationModifiers.json';
import genes from '../../../lexicon/builtin/genes.json';
import stemFalseFriends from '../../../lexicon/builtin/stemFalseFriends.json';
import { placeNames } from '../places';
import endpointAreas from '../../../lexicon/builtin/endpoints-areas.json';
import targetReadings from '../../../lexicon/grammar/targets.json';
import outcomeWords from '../../../lexicon/grammar/outcomes.json';
import inflections from '../../../lexicon/grammar/inflections.json';
import trialWords from '../../../lexicon/grammar/trials.json';
import labelWords from '../../../lexicon/grammar/labelUnits.json';
import { languagesOf } from './figures';

export type RawKind = 'drug' | 'target' | 'endpoint' | 'indication' | 'trial' | 'company';

export interface RawEntity {
  kind: RawKind;
  start: number;
  end: number;
  /** Canonical name. */
  name: string;
  evidence: 'lexicon' | 'stem' | 'code-name' | 'pattern';
  /** Extra facts found in the text itself (regimen flag, brand, FDA suffix, ticker, trial kind). */
  extra?: Record<string, string | boolean>;
}

/** Words that end like an INN stem but are not drugs (English, and the other languages biotech news is written in). */
const STEM_FALSE_FRIENDS = new Set(stemFalseFriends.words);

/** Stems that ordinary English words also end with: accepted only with drug context nearby. */
const CONTEXT_STEMS = new Set(['ment', 'cel', 'gene', 'cept', 'tide', 'kin', 'stat', 'vir', 'imus', 'vec', 'cog', 'rsen', 'pitant', 'perone']);
/** Stems too common in English and biology ("disease", "kinase") to find drugs by at all: lexicon only. */
const LEXICON_ONLY_STEMS = new Set(['ase']);

/** Second words of antibody-drug conjugate names: "zelbotamab deruxtecan", "acmetuzumab vedotin". */
const ADC_PAYLOADS = new Set([
  'deruxtecan', 'vedotin', 'govitecan', 'tesirine', 'mafodotin', 'emtansine', 'soravtansine', 'ravtansine', 'mertansine',
  'tirumotecan', 'duocarmazine', 'adizutecan', 'pelidotin', 'ozogamicin', 'talirine', 'rezetecan', 'sesutecan', 'bexatecan',
  'exatecan', 'samrotamab', 'dazutecan', 'vedotin-ejfv', 'govitecan-hziy', 'deruxtecan-nxki',
]);

/** Letter prefixes that look like code names but are not drugs (conferences, standards, diseases, biomarker families). */
const CODE_PREFIX_STOP = new Set([
  'ESMO', 'ASCO', 'AACR', 'ASH', 'EHA', 'WCLC', 'SABCS', 'ADA', 'EASD', 'AAN', 'ACR', 'EULAR', 'DDW', 'AASLD', 'EASL', 'ERS', 'ATS',
  'ESC', 'AHA', 'ACC', 'SITC', 'ASGCT', 'BIO', 'JPM', 'COVID', 'SARS', 'MERS', 'ISO', 'ICH', 'GMP', 'FY', 'Q', 'H', 'NCT', 'CD',
  'IL', 'HLA', 'GPR', 'TLR', 'FGFR', 'HER', 'CDK', 'JAK', 'KRAS', 'NRAS', 'HRAS', 'EGFR', 'PD', 'CTLA', 'LAG', 'TIM', 'BCL', 'IDH',
  'PARP', 'VEGF', 'VEGFR', 'ERBB', 'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'KRW', 'CHF', 'SEK', 'DKK', 'HKD', 'HKG', 'HKEX',
  'SSE', 'SZSE', 'KOSDAQ', 'KOSPI', 'TSE', 'SIX', 'NYSE', 'NASDAQ', 'LSE', 'AIM', 'SEC', 'FDA', 'EMA', 'NMPA', 'PMDA', 'MHRA',
  'PHASE', 'GRADE', 'TYPE', 'STAGE', 'ECOG', 'RECIST', 'WHO', 'ICD', 'DSM', 'UK', 'US', 'EU', 'AM', 'PM', 'GMT', 'UTC', 'CET',
  'PST', 'EST', 'IND', 'BLA', 'NDA', 'MAA', 'SPA', 'ISBN', 'DOI', 'PMID', 'AUC', 'EC', 'IC', 'ED', 'LD', 'MK2',
]);

/** Words that, near a code name separated from its number by a space ("XYZ 123"), show it is a drug. */
const DRUG_CONTEXT = /\b(drug|candidate|responses? to|antibod(y|ies)|inhibitor|agonist|antagonist|degrader|conjugate|ADC|bispecific|trispecific|therap(y|ies)|compound|molecule|vaccines?|siRNA|dosed|dosing|monotherapy|combination|investigational|asset|programme|program|treated with|plus|evaluating|evaluated|first-in-class|best-in-class|product|produit|Produkt|Wirkstoff|Impfstoff|vaccin|vaksinen?|vacciner?|l\u00e4kemedel|l\u00e6gemiddel|legemiddel|l\u00e4\u00e4ke|rokote|farmaco)\b/i;
/** A dose right after a code: " 300 mg", " 0.3 mg/kg". */
const DOSE_RIGHT_AFTER = /^[ \t\n]+\d[\d.,]*[ ]?(?:mg|\u00b5g|\u03bcg|mcg|g|ng)(?:\/(?:kg|m2|m\u00b2))?(?![\p{L}\d])/u;
/** The same words inside other languages' compounds and phrasings ("Kreftvaksinen", "radiotherapy-activated", "trattati con"). */
const DRUG_CONTEXT_COMPOUND = /(?:vaksin|vaccin|impfstoff|wirkstoff|medikament|arzneimittel|antik\u00f6rper|kandidat|m\u00e9dicament|traitement|produit|anticorps|th\u00e9rapie|therapie|trattament|terapi|l\u00e4\u00e4ke|behandl|radioenhancer|injected|administration|administered|treated with|trattati con|avec|treatment|trade name|brand name|approved|approval|indicated)/i;

/** Nouns a hyphenated endpoint name may describe: "weight-loss drug", "weight-loss market". */
const ATTRIBUTIVE_HEAD = /^ (?:drugs?|medications?|medicines?|market|space|treatments?|therap(?:y|ies)|injections?|pills?|candidates?|products?|programs?|programmes?|class|field|race|sector|companies|company|industry)\b/i;
/** Words after a hyphenated endpoint that leave it a noun: "weight-loss was 12 %", "weight-loss of 10 %". */
const NOT_A_HEAD = new Set(['was', 'were', 'is', 'are', 'of', 'in', 'at', 'by', 'from', 'with', 'and', 'or', 'to', 'than', 'vs', 'versus', 'compared',
  'rate', 'rates', 'response', 'responses', 'endpoint', 'endpoints', 'outcome', 'outcomes', 'score', 'scores', 'reached', 'achieved', 'improved', 'improvement', 'at', 'over', 'after', 'for']);

/**
 * A hyphenated compound of an endpoint written with a space ("weight-loss" of "weight loss") before a
 * noun is an adjective: "weight-loss pill", "weight-loss news" name no outcome.
 */
function attributive(alias: string, after: string): boolean {
  if (ATTRIBUTIVE_HEAD.test(after)) return true;
  if (!/\s/.test(alias)) return false;
  const next = /^ (\p{Ll}+)\b/u.exec(after);
  return !!next && !NOT_A_HEAD.has(next[1]);
}

const PRESS_RELEASE = new Set(outcomeWords.pressRelease);
const PRESS_RELEASE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(outcomeWords.pressReleaseBefore)}) $`, 'iu');
const PHOTO_CREDIT = new RegExp(`(?:^|[^\\p{L}])(?:${wordsPattern(outcomeWords.photoCredit)}) ?:`, 'iu');

/**
 * "PR" a determiner takes and no rate or count follows ("as this PR put it:"), or that a photo credit
 * lists among its agencies ("Photo: Jane Doe / Acme / PR"), is the press release: a patient reaches "a PR",
 * and a response rate is "the PR rate".
 */
function pressRelease(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 12);
  if (PRESS_RELEASE_BEFORE.test(text.slice(Math.max(0, start - 10), start)) && !/^(?:s|\/|-|[ \u00a0]*(?:\(|rate|rates|or|and|in|of|was|were|\d))/i.test(after)) return true;
  // a credit's agencies are listed with slashes after the photographer ("Photo: Jane Doe / Acme / PR"), its line often wrapped into the next
  return /\/ $/.test(text.slice(Math.max(0, start - 2), start)) && PHOTO_CREDIT.test(text.slice(Math.max(0, start - 60), start));
}

/** "a 43 % reduction in the risk of", "a 30 percent lower risk of": a figure said of the risk before it. */
const RISK_FIGURE_BEFORE = /\d(?:[.,]\d+)?[ \u00a0]?(?:%|percent|per cent) (?:relative )?(?:reduction|decrease|lower|lowering|reduced)(?: in| of)?(?: the)? $/i;

/**
 * "Risk of death" and its kin name the outcome a hazard ratio or a reduction measures ("a 30 %
 * reduction in the risk of death (HR 0.70)", "cut the risk of death by a third"); without a figure
 * said of them they name a hazard the text warns of ("a warning of a higher risk of death with the
 * drug"), no measured outcome.
 */
function riskMeasured(text: string, start: number, end: number): boolean {
  if (RISK_FIGURE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  // the estimate after the risk, or after one more event joined to it ("risk of death or ventilation (HR 0.5")
  const after = text.slice(end, end + 60).replace(/^ (?:or|and) [\p{L}\p{N}-]{1,24}/u, '');
  return ESTIMATE_AFTER.test(after) || /^ by (?:about |approximately |nearly |almost )?(?:\d|a (?:third|quarter|half|fifth)|half|one)/i.test(after);
}

/** Before "SD": a mean or a plus-minus sign, as a standard deviation is written after them ("mean (SD)", "mean \u00b1 SD"). */
const SD_AFTER_MEAN = /(?:\b(?:mean|average|Mittelwert|moyenne|media)[ \u00a0]*[(\[]?[ \u00a0]*|\u00b1[ \u00a0]*)$/i;
/** After "(SD": a lone number closing the parentheses ("(SD, 40)", "(SD 12.5)"), the deviation's value. */
const SD_VALUE_AFTER = /^[ \u00a0]*[,:=]?[ \u00a0]*[-\u2212]?\d+(?:[.,]\d+)?[ \u00a0]*\)/;

/** Whether "SD" at [start, end) is a standard deviation: after a mean or a plus-minus sign, or in parentheses with its value. */
function standardDeviation(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 14), start);
  if (SD_AFTER_MEAN.test(before) || (/\($/.test(before) && SD_VALUE_AFTER.test(text.slice(end, end + 16)))) return true;
  // ("Mean change in score (SD)", "itch score, mean of the weekly values (SD)": "(SD)" alone in brackets closing a label
  // that names a mean, on its line, is that mean's deviation; not when it closes the name it abbreviates, "stable disease (SD)")
  if (!/\($/.test(before) || text[end] !== ')') return false;
  const line = text.slice(Math.max(0, start - 80), start);
  const own = line.slice(line.lastIndexOf('\n') + 1);
  return MEAN_IN_LABEL.test(own) && !/stable disease[ \u00a0]*\($/i.test(own);
}
/** A mean named in a label before its deviation's brackets. */
const MEAN_IN_LABEL = /(?<![\p{L}])(?:mean|means|average|Mittelwert|moyenne|media)(?![\p{L}])/iu;

/** Short forms a measure shares with a statistic (outcomes.json statisticShortForms: "LSM", the least-squares mean). */
const STATISTIC_SHORT_FORMS = new Set<string>(outcomeWords.statisticShortForms);
/** A statistic's companion after it: its standard error, its interval, "change", "difference" (outcomes.json statisticCompanions). */
const STATISTIC_COMPANION_AFTER = new RegExp(`^[ \\u00a0]?(?:${outcomeWords.statisticCompanions.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'iu');
/** A response named generically ("response rate", "response", "responder rate"): after another endpoint's name it is that endpoint's rate. */
const GENERIC_RESPONSE = /^(?:response|responder)(?:[ \u00a0]rates?)?$/i;

/**
 * What a rating scale's name is followed by to name its score: a revision ("-Revised"), the total or
 * a part ("total score", "score", "Motor subscore", "Bulbar score"), each a word of the name.
 */
const SCALE_SCORE_AFTER = /^(?:[-\u2010\u2011\u2013 ]Revised(?![\p{L}\p{N}]))?(?:[ \u00a0](?:(?:total|composite|global|\p{Lu}\p{Ll}{2,14}) )?(?:sub)?scores?(?![\p{L}\p{N}]))?/u;

/** A statistic written before an endpoint's name: "median OS", "mean weight loss", "medianes Gesamtüberleben". */
const STATISTIC_PREFIX = new RegExp(`^(?:${(endpointAreas as { statisticWords: string[] }).statisticWords.join('|')})[ \u00a0]+`, 'iu');

const CORPORATE_FORMS = new Set(companyWords.corporateForms);
/** Head words a company name ends with: "Acme Biolabs", "Acme Capital", "Acme Securities". */
const COMPANY_WORDS = new Set(companyWords.companyWords);
/** Words that make a company's head with the company word after them: "Venture" of "Acme Venture Capital". */
const HEAD_MODIFIERS = new Set(companyWords.headModifiers);
/** Words that never open a company name: articles, titles, "About" of an "About Acme Bio" heading, descriptors ("Medical Oncology"). */
const NOT_A_NAME_START = new Set(companyWords.notNameStart);
/** Of those, the words that do open a name right before its company word and a legal form: "Cell Biolabs, Inc.", "Precision Acmegen AG". */
const NAME_START_WITH_FORM = new Set(companyWords.nameStartWithForm);
/** Legal forms proper, which only a company has ("Inc.", "AG", "Oyj"): "Group" and "Company" are words of other bodies too. */
const LEGAL_FORMS = new Set(companyWords.legalSuffixes);
/** Words that before "Group" make a body of people, not a company: "the Writing Group", "a Study Group". */
const BODIES_OF_PEOPLE = new Set(companyWords.bodiesOfPeople);

const isCap = (s: string) => /^\p{Lu}/u.test(s);

/**
 * `unmarked`, when given, receives the spans read as no mention at all but still words of a name (a
 * receptor's "4-1BB co-stimulatory domain"), so that no other reading, a figure's included, takes them.
 * `tokens` are the text's own (tokenize(text)), passed by a caller that keeps them too; they are only read.
 */
export function recognizeEntities(text: string, lexicon: Lexicon, unmarked?: [number, number][], tokens: Token[] = tokenize(text)): RawEntity[] {
  const out: RawEntity[] = [];
  const covered = new Uint8Array(tokens.length);
  /** Tokens a target's common noun covers, written with a capital: a company's name by its form may take them. */
  const commonNoun = new Uint8Array(tokens.length);
  /** Tokens of a company the lexicon knows (1) or found by its form (2): a company's name by its form may run on from them ("Acme Capital Markets"). */
  const knownCompany = new Uint8Array(tokens.length);
  const cover = (a: number, b: number) => { for (let k = a; k <= b; k++) covered[k] = 1; };
  const ignored = (s: string) => lexicon.ignore.has(s.toLowerCase());
  /** Symbols of letters alone (LETTER_SYMBOLS) the document speaks of as genes somewhere, found when the first is met. */
  let lettersEstablished: Set<string> | undefined;

  // 0. "PD-(L)1": one mention of PD-1 and PD-L1 together
  const notation = targetNotations(text, lexicon);
  for (const n of notation) out.push(n);

  // 1. lexicon phrases
  for (let m of lexicon.matchPhrases(text, tokens)) {
    // "Lp(a)": a name both a protein's and a measure's is the protein where a drug acts on it, the measure elsewhere
    if (m.entry.kind === 'target' || m.entry.kind === 'endpoint') {
      const other = lexicon.otherReading(m, tokens, text, m.entry.kind === 'target' ? 'endpoint' : 'target');
      if (other && (m.entry.kind === 'target') !== actedOn(text, m.start, m.end)) m = { ...m, entry: other };
    }
    const surface = text.slice(m.start, m.end);
    if (ignored(surface)) continue;
    if (!phraseBoundaryOk(tokens, m)) continue;
    if (m.entry.kind === 'company' && !companySurfaceOk(text, tokens, m)) continue;
    // "an anti-ZFP T-cell receptor": what "anti-" is glued to is what a drug acts on, never a company (AFP the newswire)
    if (m.entry.kind === 'company' && /(?:^|[^\p{L}])anti-$/iu.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
    if (m.entry.kind === 'target' && !targetSurfaceOk(text, tokens, m)) continue;
    // "87 patients had ZRIL", "the ZRIL cohort": a gene's symbol of letters alone, the lexicon's curated targets apart, is an
    // acronym first; a target where a gene is spoken of, here or at another of its mentions, or after the gene's name
    if (m.entry.kind === 'target' && m.startToken === m.endToken && LETTER_SYMBOLS.has(surface)
      && !(lettersEstablished ??= establishedLetterSymbols(text, tokens)).has(surface) && !definedAfterName(text, out, m.start)) continue;
    // "tumour zeta factor-like protein 1A": a name continued by "-like" names another protein, not the one it begins with
    if (m.entry.kind === 'target' && LIKE_AFTER.test(text.slice(m.end, m.end + 8))) continue;
    // "Zetaril Therapeutics, Inc.": a brand's name opening a company's name is that name's word (a company may bear an old brand's name)
    if (m.entry.kind === 'drug' && m.entry.brand && COMPANY_WORD_AFTER.test(text.slice(m.end, m.end + 24))) continue;
    // "ZGFR Pharma Inc.", "the ZETA-CARE trial": a target's name opening a company's name or glued to a trial's is that name's word
    if (m.entry.kind === 'target' && !/anti[-\u2010\u2011]$/i.test(text.slice(Math.max(0, m.start - 5), m.start))
      && (COMPANY_WORD_AFTER.test(text.slice(m.end, m.end + 24)) || TRIAL_NAME_AFTER.test(text.slice(m.end, m.end + 40)))) continue;
    // "a CD8 hinge, a 4-1BB co-stimulatory domain": the parts a receptor is built of; "a proteasome inhibitor": a class of drugs
    if (m.entry.kind === 'target' && (CONSTRUCT_PART.test(text.slice(m.end, m.end + 24)) || (CLASS_NAMES.has(m.entry.name) && CLASS_HEAD.test(text.slice(m.end, m.end + 14))))) {
      unmarked?.push([m.start, m.end]);
      cover(m.startToken, m.endToken);
      continue;
    }
    // "total IgG levels", "pathogenic IgG autoantibodies": a class of antibodies is what a drug lowers or what harms,
    // a target only where a drug acts on it ("anti-IgE", "an IgG-degrading enzyme")
    if (m.entry.kind === 'target' && /^Ig[ADEGM]$/.test(m.entry.name) && !actedOn(text, m.start, m.end)) {
      unmarked?.push([m.start, m.end]);
      cover(m.startToken, m.endToken);
      continue;
    }
    // "factor X prophylaxis", "factor X concentrate": the protein patients are given, no target a drug acts on
    if (m.entry.kind === 'target' && GIVEN_AFTER.test(text.slice(m.end, m.end + 24))) {
      unmarked?.push([m.start, m.end]);
      cover(m.startToken, m.endToken);
      continue;
    }
    // "ZLA-A*02:01-positive": a gene with an allele in star notation names the patients' genotype, no target
    if (m.entry.kind === 'target' && /^\*\d/.test(text.slice(m.end, m.end + 2))) {
      unmarked?.push([m.start, m.end]);
      cover(m.startToken, m.endToken);
      continue;
    }
    // "CD7+ cells", "CD4/CD7-enriched T cells", "CD34+": a marker names a kind of cell, no target
    if (m.entry.kind === 'target' && cellMarker(text, m.start, m.end)) {
      unmarked?.push([m.start, m.end]);
      cover(m.startToken, m.endToken);
      continue;
    }
    // "Acmebody-CD38", "ZX-LPA": a target's symbol after a product's or platform's word names the product, a drug
    if (m.entry.kind === 'target' && !covered[m.startToken - 1] && productPrefixAt(text, tokens, m, lexicon)) {
      const prefix = tokens[m.startToken - 1];
      out.push({ kind: 'drug', start: prefix.start, end: m.end, name: text.slice(prefix.start, m.end), evidence: 'code-name' });
      unmarked?.push([prefix.start, m.end]);
      cover(m.startToken - 1, m.endToken);
      continue;
    }
    // "Z-BCMA-ALLO1": a target's symbol between a code's capitals and a part with a number, all joined by hyphens, is the code's
    // middle; the code names the product, a drug
    if (m.entry.kind === 'target') {
      const before = /(?<![\p{L}\p{N}-])\p{Lu}{1,3}-$/u.exec(text.slice(Math.max(0, m.start - 5), m.start));
      const after = /^-\p{Lu}{2,6}\d{1,3}(?![\p{L}\p{N}-])/u.exec(text.slice(m.end, m.end + 12));
      if (before && after) {
        const start = m.start - before[0].length;
        const end = m.end + after[0].length;
        out.push({ kind: 'drug', start, end, name: text.slice(start, end), evidence: 'code-name' });
        unmarked?.push([start, end]);
        let last = m.endToken;
        while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
        let first = m.startToken;
        while (first > 0 && tokens[first - 1].start >= start) first--;
        cover(first, last);
        continue;
      }
    }
    // "the ZRV G Vaccine": an antigen before "Vaccine" written with its capital names the vaccine, a product (a drug)
    if (m.entry.kind === 'target' && /^[ \u00a0]Vaccine(?![\p{L}\p{N}])/u.test(text.slice(m.end, m.end + 9))) {
      const end = m.end + 8;
      out.push({ kind: 'drug', start: m.start, end, name: text.slice(m.start, end), evidence: 'pattern' });
      unmarked?.push([m.start, end]);
      cover(m.startToken, tokens[m.endToken + 1]?.end === end ? m.endToken + 1 : m.endToken);
      continue;
    }
    // "ACM-233i": a target's letters before a hyphen and a number are a code name's prefix
    if (m.startToken === m.endToken && /^-\d{3}/.test(text.slice(m.end, m.end + 4))) continue;
    // "the ACM112-303 trial": a drug's code with a study number is the study's protocol number
    if (m.entry.kind === 'drug' && /^-\d{2,4}(?![\p{L}\p{N}-])/u.test(text.slice(m.end, m.end + 6)) && PROTOCOL_NUMBER.test(text.slice(m.start, m.end + 6))
      && TRIAL_CONTEXT.test(text.slice(Math.max(0, m.start - 60), m.end + 66))) continue;
    if (notation.some(n => n.start < m.end && n.end > m.start)) continue;
    if ((m.entry.kind === 'drug' || m.entry.kind === 'regimen') && !/\p{L}/u.test(surface) && surface !== m.entry.alias) continue;
    const e = fromPhrase(m);
    if (e.kind === 'drug') extendDrug(text, tokens, m.endToken, e, cover);
    // "weight-loss drugs", "response-rate data": a hyphenated endpoint before a noun describes the noun
    if (e.kind === 'endpoint' && /-/.test(surface) && !/\s/.test(surface) && attributive(m.entry.alias, text.slice(m.end, m.end + 24))) continue;
    // "weight loss drugs", "the weight loss market": written apart, an endpoint's words before a drug's or a market's noun describe it
    if (e.kind === 'endpoint' && /\s/.test(surface) && !/\p{N}/u.test(surface) && ATTRIBUTIVE_HEAD.test(text.slice(m.end, m.end + 24))) continue;
    // "slowed cognitive decline on the Zeta Memory Scale": the scale after "on" is the outcome, the change only what it showed
    if (e.kind === 'endpoint' && DESCRIBED_ON_SCALE.has(surface.toLowerCase()) && /^,? (?:on|as measured by|measured by|according to) /.test(text.slice(m.end, m.end + 24))) continue;
    // "a higher risk of death with ...": a hazard warned of; the outcome is measured where a figure is said of its risk
    if (e.kind === 'endpoint' && /^risk of /i.test(m.entry.alias) && !riskMeasured(text, m.start, m.end)) continue;
    // "as this PR put it:", "Photo: Jane Doe / Acme / PR": a press release, no partial response
    if (e.kind === 'endpoint' && PRESS_RELEASE.has(surface) && pressRelease(text, m.start, m.end)) continue;
    // "PK, PD and anti-tumour activity", "PK/PD modelling": beside pharmacokinetics "PD" is pharmacodynamics, no progressive disease
    if (e.kind === 'endpoint' && surface === 'PD' && (/(?:^|[^\p{L}])PK(?:\/|, | and | & )$/u.test(text.slice(Math.max(0, m.start - 8), m.start))
      || /^(?:\/|, | and | & )PK(?![\p{L}])/u.test(text.slice(m.end, m.end + 8)))) continue;
    // "an LSM (SE) of -4.1 (0.5)", "the LSM difference from placebo": the least-squares mean, a statistic, no liver stiffness
    if (e.kind === 'endpoint' && STATISTIC_SHORT_FORMS.has(surface) && STATISTIC_COMPANION_AFTER.test(text.slice(m.end, m.end + 20))) continue;
    // "mean (SD) age", "a gradient of 90 mm Hg (SD, 40)", "mean \u00b1 SD": a standard deviation, no stable disease
    if (e.kind === 'endpoint' && surface === 'SD' && standardDeviation(text, m.start, m.end)) continue;
    // "median overall survival": the statistic is said of the endpoint, no part of its name
    if (e.kind === 'endpoint') {
      const stat = STATISTIC_PREFIX.exec(surface);
      if (stat && stat[0].length < surface.length) e.start += stat[0].length;
      // "the ACR20 response rate", "PASI 90 response": a generic response after a named responder definition is
      // that endpoint's rate, one name with it
      // "the ZRS total score", "ZRS-Revised", "the ZRS Motor subscore": a rating scale's score is one name with it
      if (lexicon.endpoints.get(m.entry.name)?.measure === 'score') {
        const score = SCALE_SCORE_AFTER.exec(text.slice(e.end, e.end + 32));
        if (score) e.end += score[0].length;
      }
      const prev = out[out.length - 1];
      if (prev && prev.kind === 'endpoint' && GENERIC_RESPONSE.test(surface) && /^[ \u00a0]$/.test(text.slice(prev.end, e.start))) {
        prev.end = e.end;
        cover(m.startToken, m.endToken);
        continue;
      }
    }
    // "ZRAF V611E/K": a mutation's other residues after a slash are the same mutation's, one mention
    if (e.kind === 'target' && /\d\p{Lu}$/u.test(surface)) {
      const alt = /^(?:\/\p{Lu})+(?![\p{L}\p{N}])/u.exec(text.slice(m.end, m.end + 12));
      if (alt) {
        e.end += alt[0].length;
        let last = m.endToken;
        while (last + 1 < tokens.length && tokens[last + 1].end <= e.end) last++;
        cover(m.startToken, last);
      }
    }
    out.push(e);
    cover(m.startToken, m.endToken);
    // a common noun written with a capital ("Amylin", "Mesothelin") may open a company's name
    if (e.kind === 'target' && m.startToken === m.endToken && m.entry.alias === m.entry.alias.toLowerCase() && isCap(surface)) commonNoun[m.startToken] = 1;
    if (e.kind === 'company') for (let k = m.startToken; k <= m.endToken; k++) knownCompany[k] = 1;
  }

  // where the medicines the lexicon knows start and end, for short codes combined with them
  const drugEdges = edgesOf(out.filter(e => e.kind === 'drug'));

  // a phase's numeral names no trial and no drug ("Phase III trial")
  const phases = findPhases(text);
  for (let i = 0, p = 0; i < tokens.length && p < phases.length; i++) {
    while (p < phases.length && phases[p].end <= tokens[i].start) p++;
    // a token inside a phase, or glued to one ("Phase IIZQ1" in a flattened table), is neither a trial nor a code name
    if (p < phases.length && tokens[i].start >= phases[p].start && tokens[i].start < phases[p].end) covered[i] = 1;
  }

  let finnish: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const tok = tokens[i];
    // 2a. a trial named by its context: "the ZENO trial", "ZENO-202 study", "the Phase 3 Zeno study", "(ACM-101-203 trial)"
    const named = contextTrialAt(text, tokens, i);
    if (named) {
      out.push({ kind: 'trial', start: tok.start, end: tokens[named.last].end, name: named.name, evidence: 'pattern', extra: { trialKind: 'named' } });
      cover(i, named.last);
      i = named.last;
      continue;
    }
    // 2. code names: "ACM-101", "ZLB4417", "XYZ 123", "QX-7731", "ACM-B2207"
    const code = codeNameAt(text, tokens, i, (a, b) => beside(drugEdges, text, a, b), at => drugEdges.ends.has(at) || (text[at - 1] === ' ' && drugEdges.ends.has(at - 1)));
    // "the ZENO-202 trial": a pronounceable name before "trial" or "study" names the trial, not a drug
    const trialNamed = code && /^[ \t]+(?:trial|study|studies)\b/i.test(text.slice(tokens[code.last].end, tokens[code.last].end + 12))
      && trialAt(text, tokens, i)?.last === code.last;
    // "ACM112-303": a code name with a study number, where a study is spoken of, is the study's protocol number
    const protocol = code && PROTOCOL_NUMBER.test(text.slice(tok.start, tok.start + 24)) && TRIAL_CONTEXT.test(text.slice(Math.max(0, tok.start - 60), tok.start + 84));
    if (code && !trialNamed && !protocol && !ignored(code.surface)) {
      out.push({ kind: 'drug', start: tokens[i].start, end: tokens[code.last].end, name: code.surface.replace(/ /g, ' '), evidence: 'code-name' });
      cover(i, code.last);
      i = code.last;
      continue;
    }
    // 3. named trials: "OPTIMIZE-1", "HARMONi-2", "DESTINY-Breast03", "KEYNOTE-189"; registry ids "NCT04012345"
    const trial = trialAt(text, tokens, i);
    if (trial) {
      out.push({ kind: 'trial', start: tok.start, end: tokens[trial.last].end, name: trial.name, evidence: 'pattern', extra: { trialKind: trial.trialKind } });
      cover(i, trial.last);
      i = trial.last;
      continue;
    }
    // 4. INN stems
    const lower = tok.text.toLowerCase();
    // French and Spanish write an INN with accents ("élafibranor" of "elafibranor"): INNs are Latin letters
    const plain = /^[a-z]+$/.test(lower) ? lower : withoutAccents(lower);
    if (plain !== lower && /^[a-z]+$/.test(plain) && plain.length >= 6 && !STEM_FALSE_FRIENDS.has(plain) && !ignored(plain) && stemAllowedHere(tok)) {
      const known = lexicon.drugs.get(plain);
      if (known) {
        out.push({ kind: 'drug', start: tok.start, end: tok.end, name: plain, evidence: 'lexicon' });
        cover(i, i);
        continue;
      }
    }
    // Italian and Spanish end an INN in their own way ("zelbotinina"): the medicine the lexicon knows under the English ending
    const romance = /^[a-z]+$/.test(plain) && plain.length >= 7 ? romanceInn(lexicon, plain) : undefined;
    if (romance && !ignored(plain) && stemAllowedHere(tok)) {
      out.push({ kind: 'drug', start: tok.start, end: tok.end, name: romance, evidence: 'lexicon' });
      cover(i, i);
      continue;
    }
    if (/^\p{L}+$/u.test(tok.text) && lower.length >= 6 && !STEM_FALSE_FRIENDS.has(lower) && !STEM_FALSE_FRIENDS.has(plain) && !ignored(lower)) {
      // German and Scandinavian spellings drop an INN's final e: "Finerenon", "pomalidomid"
      const found = lexicon.stemOf(plain) ?? droppedE(lexicon, plain);
      // "-ment" names immunoglobulin fragments; "-ement" is the noun ending of French and English verbs ("traitement", "agreement"),
      // "-amment" and "-emment" the ending of French adverbs made of adjectives in "-ant" and "-ent" ("brillamment", "prudemment")
      const stem = found && !(found.stem === 'ment' && /(?:ement|amment|emment)$/.test(plain)) ? found : undefined;
      const contextOk = !stem || !CONTEXT_STEMS.has(stem.stem) || DRUG_CONTEXT.test(text.slice(Math.max(0, tok.start - 80), Math.min(text.length, tok.end + 80)))
        || /^[a-z]{2,}(?:leucel|temcel)$/.test(tokens[i + 1]?.text ?? '');
      if (!stem && stemAllowedHere(tok)) {
        // Finnish glues its cases to a medicine's name ("zelbotamabia"): the name is the word without the ending
        const inn = finnishInn(lexicon, plain, () => (finnish ??= languagesOf(text, 1).includes('fi')));
        if (inn) {
          out.push({ kind: 'drug', start: tok.start, end: tok.start + inn.length, name: inn, evidence: 'stem', extra: { stem: lexicon.stemOf(inn)!.stem } });
          cover(i, i);
          continue;
        }
      }
      if (stem && !LEXICON_ONLY_STEMS.has(stem.stem) && contextOk && stemAllowedHere(tok)) {
        const e: RawEntity = { kind: 'drug', start: tok.start, end: tok.end, name: plain, evidence: 'stem', extra: { stem: stem.stem } };
        extendDrug(text, tokens, i, e, cover);
        out.push(e);
        cover(i, i);
        continue;
      }
    }
    // cell therapies abbreviated "zelbo-cel", "acme-cel"
    if (lower === 'cel' && i > 0 && !covered[i - 1] && separatorBetween(text, tokens[i - 1], tok) === '-' && /^[a-z]{3,6}$/.test(tokens[i - 1].text)) {
      out.push({ kind: 'drug', start: tokens[i - 1].start, end: tok.end, name: `${tokens[i - 1].text.toLowerCase()}-cel`, evidence: 'stem', extra: { stem: 'cel' } });
      cover(i - 1, i);
      continue;
    }
  }

  // 4a. a company the lexicon knows with a Finnish case ending glued on ("Acmegenin", "Acmegenilla")
  recognizeFinnishCompanies(tokens, covered, out, lexicon, () => (finnish ??= languagesOf(text, 1).includes('fi')));
  // 4b. trials named where a registry id stands beside them, or by what a trial does ("ZENO was conducted")
  recognizeTrialsByContext(text, tokens, covered, out);

  // 5. gene symbols that are also words ("MET", "KIT", "REST"): in capitals, beside a word that makes them a target,
  // or in a list of targets ("EGFR, MET and KIT"); short symbols that are abbreviations first ("MUT", "ATM") only
  // where a gene or a drug's target is spoken of ("the MUT gene", "an ATM inhibitor")
  const listed = targetListEdges(out);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !t.wordStart || !t.wordEnd || ignored(t.text)) continue;
    const word = WORD_SYMBOLS.has(t.text) || WORD_NAMES.has(t.text);
    const short = !word && SHORT_SYMBOLS.has(t.text);
    if (!word && !short) continue;
    if (word ? !wordSymbolInContext(text, tokens, i) && !inTargetList(text, t, listed, WORD_NAMES.has(t.text)) : !shortSymbolInContext(text, t)) continue;
    out.push({ kind: 'target', start: t.start, end: t.end, name: t.text, evidence: 'lexicon' });
    covered[i] = 1;
  }

  // 5. outcomes made measures: defined ("Remission, defined as ..."), or stated as a percentage ("71 % efficacy", "88 % protection against severe disease")
  recognizeMeasuredOutcomes(text, tokens, covered, out);
  // 5'. events and measures that are outcomes only where the text makes them one: in a composite's or a change's list, before a hazard ratio
  recognizeContextOutcomes(text, tokens, covered, out);
  // 5''. a rating scale or questionnaire the lexicon does not know, named as a proper name ("the Acme Tremor Rating Scale")
  recognizeInstrumentNames(text, tokens, covered, out);
  // 5'''. endpoints by their shape: "time to first exacerbation", "ventilation-free survival"
  recognizeEndpointShapes(text, tokens, covered, out);
  // 5''''. survival, remission and mortality named by their nouns alone, where the text measures them ("median survival", "37 % achieved remission")
  recognizeGenericOutcomes(text, tokens, covered, out);
  // 5a. a product's name marked as a trade mark where a drug is spoken of ("Carteyva(R)", "Acmevia\u00ae")
  recognizeMarkedBrands(text, tokens, covered, out);
  // 5b. a disease written as one compound word, as German and the Nordic languages write them ("Lungenkrebs", "lungekreft")
  recognizeDiseaseCompounds(text, tokens, covered, out);
  // 5b''. an endpoint written as one compound word ("Tumoransprechrate", "Fünfjahresüberlebensrate")
  recognizeEndpointCompounds(tokens, covered, out, lexicon);
  // 5b'. a disease the Romance languages name head first, the organ after a preposition ("tumori del fegato")
  recognizeRomanceDiseases(text, tokens, covered, out);
  // 5c. a disease named by a head noun and the words before it that say which ("metabolic diseases", "hemolytic anemia")
  recognizeDiseaseHeads(text, tokens, covered, out);

  // 6. companies by corporate form ("Springfield Acme Biolabs Co., Ltd.", "Acme Group"), tickers
  recognizeCompaniesByForm(text, tokens, covered, out, commonNoun, knownCompany);
  // 6b. companies by what the text says of them ("the biotech Acme", "Acme announced", "Acme (NASDAQ: ACME)")
  recognizeCompaniesByContext(text, tokens, covered, out);
  // 6b''. "the ZENITH, ZEPHYR and ZODIAC studies", "four studies, ZETA-1, ZETA-2, ZENHANCE and ZEVENT": a list of names the trial word names
  recognizeTrialLists(text, out);
  // 6b'. "adjusted annualized relapse rate", "urinary zetate excretion": a measure's nouns and qualifiers are part of its name
  extendEndpoints(text, out);
  // 6c. "the Acme Diabetes Association": a disease in an organisation's or a meeting's name is no indication
  dropIndicationsInNames(text, out);
  // "the Global Assessment for Zeta Disease": a disease named in an instrument's name is part of the name
  joinInstrumentDiseases(text, out);
  // 6c''. "a non-zetal cancer session": a disease after a glued "non-" is what the text sets apart, no indication
  removeWhere(out, e => e.kind === 'indication' && /(?:^|[^\p{L}\p{N}])non[-\u2010\u2011]$/iu.test(text.slice(Math.max(0, e.start - 5), e.start)));
  // 6c'. "zetuzumab-DM9": a short form glued by a hyphen to a drug's name is part of the drug's name (its payload), no disease
  const drugEnds = new Set(out.filter(d => d.kind === 'drug').map(d => d.end));
  removeWhere(out, e => e.kind === 'indication' && text[e.start - 1] === '-' && /^[\p{Lu}\p{N}]+$/u.test(text.slice(e.start, e.end)) && drugEnds.has(e.start - 1));
  // "breast and ovarian cancer": sites joined before one head name one indication
  joinSites(text, out, lexicon);
  // 7. an indication's span takes in its line of therapy, stage, status and biomarker
  extendIndications(text, out);
  // "cirrhosis due to ZASH", "lower respiratory tract disease caused by ZV": a disease and its cause are one indication
  joinCauses(text, out);
  // "severe zetasthma exacerbations", "zout flares": a disease's events, counted, are the outcome, no indication
  diseaseEvents(text, out);
  // a target with its status before a disease's name is the indication's biomarker, no mention of its own
  dropStatusMarkers(text, out);
  // "the most common adverse events were fatigue and pneumonia", "grade 3 pneumonitis": a harm, no indication
  dropAdverseEventDiseases(text, out);
  // "regardless of ZV subtype", "ZV strains": a virus's short name before the word for its kinds names the virus, no disease
  removeWhere(out, e => e.kind === 'indication' && /^[\p{Lu}\p{N}-]+$/u.test(text.slice(e.start, e.end)) && VIRUS_KINDS_AFTER.test(text.slice(e.end, e.end + 12)));
  // "ZRAS p.G12C", "(ZRAS) G12C": a mutation written after its gene is one target with the gene
  joinMutations(text, out);
  // a company's mention is its name; the legal form after it is no part of it ("Acme Bio" of "Acme Bio, Inc.")
  for (const e of out) if (e.kind === 'company') e.end = withoutLegalSuffix(text, e.start, e.end);
  // "zelbostat/acmeparin": two medicines glued by a slash name one fixed combination
  joinSlashCombinations(text, out);
  // the lexicon's `ignore` holds for every recogniser, whatever shape or context found the mention
  return lexicon.ignore.size === 0 ? out : out.filter(e => !ignored(text.slice(e.start, e.end)) && !ignored(e.name));
}

/**
 * A company name is a proper noun: its lexicon alias matches only where the text writes it as a
 * name, each word capitalised as the alias has it (or in capitals, as headlines do), with words
 * where the alias has words ("BeOne" is not "be one", "Recursion" is not "recursion") and not in
 * a plural or genitive form the alias lacks.
 */
function companySurfaceOk(text: string, tokens: Token[], m: PhraseMatch): boolean {
  const written = text.slice(m.start, m.end);
  // the alias's letters with other inner capitals ("Acmegene" for "AcmeGene") is still the name
  if (written.toLowerCase() === m.entry.alias.toLowerCase() && /^\p{Lu}/u.test(written)) return true;
  const alias = tokenize(m.entry.alias.replace(/[\u2010-\u2015]/g, '-'));
  const surf = tokens.slice(m.startToken, m.endToken + 1);
  if (surf.length !== alias.length) return false;
  const surface = text.slice(m.start, m.end);
  const allCaps = surface === surface.toUpperCase() && /\p{Lu}/u.test(surface);
  for (let k = 0; k < surf.length; k++) {
    const a = alias[k], s = surf[k];
    if (s.text.length !== a.text.length) return false; // "Genmabs", "Eisais"
    if (k > 0 && !a.wordStart && s.wordStart) return false;
    if (!allCaps && /^\p{Lu}/u.test(a.text) && !/^\p{Lu}/u.test(s.text)) return false;
  }
  return true;
}

const ROMAN: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4' };
// "Phase 1a/1b", "phase IIa", and "Phase IIMonotherapy arm" from a flattened table (a capitalised word glued on)
// (a lower-case "phase" glued to a word before it is part of that word: findPhases skips it; the
// expression itself starts with a plain letter, so that it is scanned for quickly)
const PHASE = /[Pp]hase[ -]?((?:IV|I{1,3}|[1-4])[ab]?(?:\s?\/\s?(?:IV|I{1,3}|[1-4])[ab]?)?)(?![\p{Ll}\p{N}IV])/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A development phase written in the text: an attribute of a trial or programme, never a trial entity itself. */
export interface PhaseMention { start: number; end: number; name: string }

/** Every phase a text names ("Phase 1a/1b", "phase IIa", "Phase-III-Studie"), normalised to Arabic numerals. */
/** The code point before `at` (a surrogate pair whole). */
function precedingChar(text: string, at: number): string {
  const c = text.charCodeAt(at - 1);
  return c >= 0xdc00 && c <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1];
}

export function findPhases(text: string): PhaseMention[] {
  const out: PhaseMention[] = [];
  PHASE.lastIndex = 0;
  let pm: RegExpExecArray | null;
  while ((pm = PHASE.exec(text)) !== null) {
    if (text.charCodeAt(pm.index) === 0x70 && pm.index > 0 && LETTER_OR_DIGIT.test(precedingChar(text, pm.index))) { PHASE.lastIndex = pm.index + 1; continue; }
    const name = 'Phase ' + pm[1].replace(/\s+/g, '').replace(/[Ii]{1,3}|IV/g, r => ROMAN[r.toUpperCase()] ?? r);
    out.push({ start: pm.index, end: pm.index + pm[0].length, name });
  }
  return out;
}

function fromPhrase(m: PhraseMatch): RawEntity {
  const kind = m.entry.kind === 'regimen' ? 'drug' : m.entry.kind;
  const extra: Record<string, string | boolean> = {};
  if (m.entry.kind === 'regimen') extra.regimen = true;
  if (m.entry.brand) extra.brand = true;
  return { kind, start: m.start, end: m.end, name: m.entry.name, evidence: 'lexicon', extra };
}

/**
 * A match that starts or ends at a camel-case junction inside a word is only trusted when the
 * other side is a capitalised word of its own (a glued table cell), not a fragment of one word.
 */
function phraseBoundaryOk(tokens: Token[], m: PhraseMatch): boolean {
  const first = tokens[m.startToken];
  const last = tokens[m.endToken];
  if (!first.wordStart) {
    const prev = tokens[m.startToken - 1];
    if (!prev || prev.text.length < 3 || !(isCap(prev.text) || /^\p{N}/u.test(prev.text))) return false;
    if (!isCap(first.text) && !/^\p{N}/u.test(first.text)) return false;
  }
  if (!last.wordEnd) {
    const next = tokens[m.endToken + 1];
    // (a footnote's letter glued on, "CBRb": the tokenizer cut it off, and it ends the word)
    const footnote = !!next && next.wordEnd && /^[a-c]$/.test(next.text) && /^\p{Lu}{2,}$/u.test(last.text);
    if (!footnote && (!next || next.text.length < 2 || !isCap(next.text))) return false;
  }
  return true;
}

function stemAllowedHere(tok: Token): boolean {
  // a stem word must be a whole word, or a capitalised cell glued to a table label ("ProductZelbotamab")
  if (tok.wordStart && tok.wordEnd) return true;
  return isCap(tok.text) && tok.text.length >= 6;
}

/** Completes a drug mention: ADC payload word, FDA four-letter suffix ("zelbotamab-xqzt"). */
function extendDrug(text: string, tokens: Token[], last: number, e: RawEntity, cover: (a: number, b: number) => void): void {
  const next = tokens[last + 1];
  if (!next) return;
  const sep = separatorBetween(text, tokens[last], next);
  const nextLower = next.text.toLowerCase();
  // a payload-shaped second word joins an antibody's name: "zelbotamab ruxotecan", "acmetuzumab fizutecan"
  const payloadShaped = /^[a-z]{2,}(?:tecan|dotin|tansine|tesirine|micin|mustine|duocarmazine)$/.test(next.text) && /mab$/.test(e.name);
  // cell therapies have two-word INNs: "zelbocabtagene autoleucel", "acmecabtagene maraleucel", "springlogene autotemcel"
  const cellSecond = /^[a-z]{2,}(?:leucel|temcel)$/.test(next.text) && /(?:gene|cel)$/.test(e.name);
  if (sep === ' ' && (ADC_PAYLOADS.has(nextLower) || payloadShaped || cellSecond)) {
    e.end = next.end;
    e.name = `${e.name} ${nextLower}`;
    cover(last + 1, last + 1);
    return;
  }
  if (sep === '-' && /^[a-z]{4}$/.test(next.text) && e.evidence === 'stem' && next.wordEnd) {
    e.end = next.end;
    e.extra = { ...(e.extra ?? {}), fdaSuffix: next.text };
    cover(last + 1, last + 1);
  }
}

/**
 * Two different medicines written with a slash and no space between them ("zelbostat/acmeparin")
 * are one fixed combination, one mention named by both; two names of one medicine ("Zelbo/Acmevia",
 * two brands) stay two mentions, as do regimens and code names.
 */
function joinSlashCombinations(text: string, out: RawEntity[]): void {
  const joinable = (e: RawEntity) => e.kind === 'drug' && (e.evidence === 'lexicon' || e.evidence === 'stem') && !e.extra?.regimen;
  const drugs = out.filter(joinable).sort((a, b) => a.start - b.start);
  const gone = new Set<RawEntity>();
  for (let k = 0; k + 1 < drugs.length; k++) {
    const a = drugs[k], b = drugs[k + 1];
    if (gone.has(a) || b.start !== a.end + 1 || text[a.end] !== '/' || a.name === b.name) continue;
    a.end = b.end;
    a.name = `${a.name}/${b.name}`;
    if (a.extra?.brand) { const { brand: _brand, ...rest } = a.extra; a.extra = rest; }
    gone.add(b);
    drugs[k + 1] = a;
  }
  if (gone.size === 0) return;
  let w = 0;
  for (const e of out) if (!gone.has(e)) out[w++] = e;
  out.length = w;
}

/** Words that join two medicines of one treatment: "ZQ1 plus zelbotamab", "zelbotamab and ZQ1". */
const COMBINED = /^(?: ?\+ ?| plus | and | or | with | in combination with | combined with | og | und | och | et | e |\/)$/;
/** A glued word that makes a short code a medicine: "ZQ1-vaccine", "ZQ1-vaksinen". */
const MEDICINE_SUFFIX = /^-(?:vaccine|vaksine|vaksinen|vaccin|vaccinet|Impfstoff|rokote|treated|injected)\b/i;

interface Edges { starts: Set<number>; ends: Set<number> }
const edgesOf = (mentions: RawEntity[]): Edges => ({ starts: new Set(mentions.map(e => e.start)), ends: new Set(mentions.map(e => e.end)) });
const COMBINED_REACH = 24;

/** Whether a known medicine stands right beside [start, end), joined by a word that combines them; a bounded look each way. */
function beside(edges: Edges, text: string, start: number, end: number): boolean {
  if (MEDICINE_SUFFIX.test(text.slice(end, end + 12))) return true;
  for (let d = 1; d <= COMBINED_REACH; d++) {
    if (edges.starts.has(end + d) && COMBINED.test(text.slice(end, end + d))) return true;
    if (edges.ends.has(start - d) && COMBINED.test(text.slice(start - d, start))) return true;
  }
  return false;
}

/** A dose's unit (labelUnits.json doseUnits: "mg", "g", "µg/kg", "IU" ...). */
const DOSE_UNIT = `(?:${wordsPattern(Object.keys(labelWords.doseUnits))})`;
/** A dose right before a word: "0.8 g ", "10 mg ", "2.5 mg/kg ", "300 µg ". */
const DOSE_RIGHT_BEFORE = new RegExp(`\\d(?:[.,]\\d+)?\\s?${DOSE_UNIT}\\s$`, 'u');

function codeNameAt(text: string, tokens: Token[], i: number, combined: (start: number, end: number) => boolean = () => false,
  afterDrug: (at: number) => boolean = () => false): { surface: string; last: number } | undefined {
  const t = tokens[i];
  // "ISRCTN12345678", "CTR20201234": a trial registry's id, no drug's code
  if (t.wordStart && REGISTRY_ID.test(text.slice(t.start, t.start + 40))) return undefined;
  if (!t.wordStart) {
    // glued table cell: allow if the previous token is a capitalised label
    const prev = tokens[i - 1];
    if (!prev || !isCap(prev.text) || prev.text.length < 3) return undefined;
  }
  // "zelbotamab (ZX12)", "zelbotamab (ZX94B)": a code in parentheses right after a medicine's name is that medicine's code,
  // whatever its length or its last letter's case
  const coded = /^(\p{Lu}{2,6})\d{2,8}(?:[a-z]|\p{Lu})?$/u.exec(t.text);
  if (coded && t.wordStart && t.wordEnd && !CODE_PREFIX_STOP.has(coded[1]) && text[t.start - 1] === '(' && isParenthesised(text, t.start, t.end)
    && afterDrug(t.start - 1)) return { surface: t.text, last: i };
  // one token: letters then digits, "HBM4003", "BNT324", "AZD0901", "ACM4003b"; with one or two digits
  // ("ACMEX3", "ZQ12") only where a drug is spoken of or in parentheses
  const one = /^(\p{Lu}{2,6})(\d{1,8})([a-z]?)$/u.exec(t.text);
  if (one && t.wordEnd) {
    if (CODE_PREFIX_STOP.has(one[1])) return undefined;
    if (tokenBefore(text, tokens, i) === '-') return undefined;
    // a short code beside a medicine it is combined with ("ZQ1 plus zelbotamab") is one too
    if (one[2].length <= 2 && !(one[1].length >= 2 && combined(t.start, t.end)) && (one[1].length < 3 || !drugContextAround(text, t.start, t.end))) return undefined;
    return { surface: t.text, last: i };
  }
  // a platform prefix in lower and upper case: "mRNA-1234", "siRNA-101"
  const platform = /^(?:mRNA|saRNA|siRNA|circRNA)$/.test(t.text);
  if (!platform && (!/^\p{Lu}{1,6}$/u.test(t.text) || CODE_PREFIX_STOP.has(t.text))) return undefined;
  const next = tokens[i + 1];
  if (!next || !next.wordEnd) return undefined;
  const sep = separatorBetween(text, t, next);
  if (sep !== '-' && sep !== ' ') return undefined;
  // the part after the prefix: digits (with a suffix letter, "ACM-233i"), a letter and digits, digits with a letter
  // inside ("ACM-23E73"), or letters and digits ("Q-ABC25"); a one-letter prefix needs the letters-and-digits form
  const long = /^(?:\d{3,8}[a-z]{0,2}|\p{Lu}\d{3,5}|\d{3,5}\p{Lu}|\d{1,4}\p{Lu}\d{1,4})$/u.test(next.text);
  const lettered = sep === '-' && /^\p{Lu}{2,5}\d{1,4}$/u.test(next.text) && !CODE_PREFIX_STOP.has(next.text.replace(/\d+$/, ''));
  // a code with two digits right after a dose is the medicine dosed: "0.8 g AC-02", "10 mg ZX-12"
  const dosed = sep === '-' && t.text.length >= 2 && /^\d{2}$/.test(next.text) && DOSE_RIGHT_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start));
  if (t.text.length === 1 ? !lettered : !(long || dosed || (lettered && drugContextAround(text, t.start, next.end)))) return undefined;
  if (tokenBefore(text, tokens, i) === '-') return undefined;
  // a further hyphen and digits would make it something else ("ABC-123-456" catalogue numbers)
  const after = tokens[i + 2];
  if (after && separatorBetween(text, next, after) === '-' && /^\d/.test(after.text)) return undefined;
  if (sep === ' ') {
    if (/^(19|20)\d{2}$/.test(next.text)) return undefined;
    const around = text.slice(Math.max(0, t.start - 80), Math.min(text.length, next.end + 80));
    // (a dose right after it is the code's: "XYZ 123 300 mg" names the medicine dosed)
    if (!DRUG_CONTEXT.test(around) && !isParenthesised(text, t.start, next.end) && !DOSE_RIGHT_AFTER.test(text.slice(next.end, next.end + 16))) return undefined;
  }
  return { surface: `${t.text}${sep}${next.text}`, last: i + 1 };
}

const FINNISH_ENDINGS = inflections.fi;

/** The INN inside a Finnish word with a case ending ("zelbotamabista"), in a Finnish block; only stems specific enough to need no context. */
function finnishInn(lexicon: Lexicon, word: string, isFinnish: () => boolean): string | undefined {
  for (const end of FINNISH_ENDINGS) {
    if (!word.endsWith(end) || word.length - end.length < 6) continue;
    const inn = word.slice(0, -end.length);
    const stem = lexicon.stemOf(inn);
    if (!stem || CONTEXT_STEMS.has(stem.stem) || LEXICON_ONLY_STEMS.has(stem.stem) || STEM_FALSE_FRIENDS.has(inn) || !/^[a-z]+$/.test(inn)) continue;
    return isFinnish() ? inn : undefined;
  }
  return undefined;
}

/**
 * Finnish glues its cases to a company's name as to any noun ("Acmegenin toimitusjohtaja", the CEO of Acmegen): in a
 * Finnish block a capitalised word that is a company the lexicon knows and a case ending is that company, the mention
 * its name without the ending.
 */
function recognizeFinnishCompanies(tokens: Token[], covered: Uint8Array, out: RawEntity[], lexicon: Lexicon, isFinnish: () => boolean): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !t.wordStart || !t.wordEnd || !/^\p{Lu}\p{Ll}{4,}$/u.test(t.text)) continue;
    for (const end of FINNISH_ENDINGS) {
      if (!t.text.endsWith(end) || t.text.length - end.length < 4) continue;
      const name = t.text.slice(0, -end.length);
      const m = lexicon.matchPhrases(name, tokenize(name));
      if (m.length !== 1 || m[0].entry.kind !== 'company' || m[0].start !== 0 || m[0].end !== name.length || m[0].entry.alias !== name) continue;
      if (!isFinnish()) return;
      out.push({ kind: 'company', start: t.start, end: t.start + name.length, name: m[0].entry.name, evidence: 'lexicon' });
      covered[i] = 1;
      break;
    }
  }
}

/** A word's letters without their accents: "élafibranor" is "elafibranor". */
function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** An INN whose final e the language drops ("Finerenon", "pomalidomid"): only long, specific stems. */
const ROMANCE_ENDINGS = inflections.romanceEndings.pairs as [string, string][];
/** The INN the lexicon knows of an Italian or Spanish spelling ("zelbotinina"), its ending replaced by the English one; undefined when none. */
function romanceInn(lexicon: Lexicon, lower: string): string | undefined {
  for (const [from, to] of ROMANCE_ENDINGS) {
    if (!lower.endsWith(from) || lower.length - from.length < 5) continue;
    const inn = lower.slice(0, -from.length) + to;
    if (inn !== lower && lexicon.drugs.get(inn)) return inn;
  }
  return undefined;
}

function droppedE(lexicon: Lexicon, lower: string): ReturnType<Lexicon['stemOf']> {
  if (/[aeiouy]$/.test(lower)) return undefined;
  const s = lexicon.stemOf(lower + 'e');
  return s && s.stem.length >= 5 && s.stem.endsWith('e') && !CONTEXT_STEMS.has(s.stem) ? s : undefined;
}

function drugContextAround(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 80), Math.min(text.length, end + 80));
  return DRUG_CONTEXT.test(around) || DRUG_CONTEXT_COMPOUND.test(around) || isParenthesised(text, start, end);
}

function tokenBefore(text: string, tokens: Token[], i: number): string | null {
  if (i === 0) return null;
  return separatorBetween(text, tokens[i - 1], tokens[i]);
}

function isParenthesised(text: string, start: number, end: number): boolean {
  let a = start - 1;
  while (a >= 0 && text[a] === ' ') a--;
  let b = end;
  while (b < text.length && text[b] === ' ') b++;
  return text[a] === '(' && (text[b] === ')' || text[b] === ',' || text[b] === ';');
}

const VOWELS = /[aeiouy]/gi;

/**
 * A trial registry's id other than ClinicalTrials.gov's, for each primary registry of the WHO's registry platform
 * (ICTRP) and the EU's two: the Chinese (ChiCTR, with or without its type, and the drug trial registry's CTR, the
 * traditional-medicine ITMCTR), ISRCTN, the Australian and New Zealand (ACTRN), the Japanese (jRCT, UMIN, JapicCTI,
 * each also behind the platform's "JPRN-"), the German (DRKS), the Korean (KCT), the Indian (CTRI), the Iranian
 * (IRCT), the Pan African (PACTR), the Thai (TCTR), the Sri Lankan (SLCTR), the Brazilian (RBR-), the Cuban (RPCEC),
 * the Lebanese (LBCTR), the Dutch (NTR, NL-OMON), and the EU's EudraCT (its label, then the number: "EudraCT
 * 2026-001234-56"; the platform writes "EUCTR2026-001234-56-DE") and CTIS ("EU CT 2026-501234-12-00": four groups,
 * its label optional, as no other figure is written so). ISRCTN's number is often written apart from its letters
 * ("ISRCTN 12345678").
 */
const REGISTRY_ID = /^(?:(?:JPRN-)?(?:jRCTs?\d{10}|UMIN\d{9}|JapicCTI-\d{6})|ChiCTR(?:-[A-Z]{2,4}-?)?\d{8,10}|ISRCTN ?\d{8}|EudraCT:? \d{4}-\d{6}-\d{2}|EUCTR\d{4}-\d{6}-\d{2}(?:-[A-Z]{2})?|(?:EU ?CT(?: (?:[Nn]umber|[Nn]o\.|[Nn]r\.))?:? )?\d{4}-\d{6}-\d{2}-\d{2}|ACTRN\d{14}|ITMCTR\d{10,13}|CTR\d{8}|DRKS\d{8}|KCT\d{7}|CTRI\/\d{4}\/\d{2,3}\/\d{6}|IRCT\d{10,16}N\d{1,3}|PACTR\d{15}|TCTR\d{11}|SLCTR\/\d{4}\/\d{3}|RBR-[0-9a-z]{6,8}|RPCEC\d{8}|LBCTR\d{10}|NTR\d{3,4}|NL-OMON\d{4,6})(?![\p{L}\p{N}])/u;
/** A sponsor's protocol number: a code name and a study number ("ACM112-303", "ACM-3111-212"). */
const PROTOCOL_NUMBER = /^(?:\p{Lu}{2,6}\d{2,6}|\p{Lu}{2,6}-\d{3,6})-\d{2,4}(?![\p{L}\p{N}]|-\d)/u;
const TRIAL_CONTEXT = /\b(?:trials?|stud(?:y|ies)|Studie|protocol|tutkimus|studien?|\u00e9tude|studio)\b/i;

/** Sponsors' trial programmes by their lower-case spelling (trials.json programmes). */
const PROGRAMMES = new Map<string, string>(trialWords.programmes.words.map(w => [w.toLowerCase(), w]));

function trialAt(text: string, tokens: Token[], i: number): { name: string; last: number; trialKind: string } | undefined {
  const t = tokens[i];
  if (/^NCT\d{8}$/.test(t.text)) return { name: t.text, last: i, trialKind: 'registry' };
  // the other registries' ids: "ChiCTR1800012345", "ISRCTN12345678", "ACTRN12620000123456", "jRCT2031210001", "CTR20201234"
  const registry = t.wordStart ? REGISTRY_ID.exec(text.slice(t.start, t.start + 40)) : null;
  if (registry) {
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1].end <= t.start + registry[0].length) last++;
    return { name: registry[0], last, trialKind: 'registry' };
  }
  // "the ACM112-303 study": a protocol number where a study is spoken of
  const protocol = t.wordStart ? PROTOCOL_NUMBER.exec(text.slice(t.start, t.start + 24)) : null;
  if (protocol && TRIAL_CONTEXT.test(text.slice(Math.max(0, t.start - 60), t.start + protocol[0].length + 60))) {
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1].end <= t.start + protocol[0].length) last++;
    return { name: protocol[0], last, trialKind: 'named' };
  }
  // "Study 102", "Trial 3": a numbered study named as such
  if ((t.text === 'Study' || t.text === 'Trial') && tokens[i + 1] && separatorBetween(text, t, tokens[i + 1]) === ' ' && /^\d{1,4}[A-Za-z]?$/.test(tokens[i + 1].text) && tokens[i + 1].wordEnd) {
    return { name: `${t.text} ${tokens[i + 1].text}`, last: i + 1, trialKind: 'named' };
  }
  // "Keynote-042", "Checkmate-816": a sponsor's programme written in title or lower case, then its trial's number
  // (trials.json programmes), named with the programme's own spelling
  const programme = t.wordStart ? PROGRAMMES.get(t.text.toLowerCase()) : undefined;
  if (programme && tokens[i + 1] && separatorBetween(text, t, tokens[i + 1]) === '-' && /^\d{1,3}[A-Za-z]?$/.test(tokens[i + 1].text) && tokens[i + 1].wordEnd) {
    return { name: `${programme}-${tokens[i + 1].text}`, last: i + 1, trialKind: 'named' };
  }
  if (!isCap(t.text) || t.text.length < 4 || !/^\p{L}+$/u.test(t.text)) return undefined;
  const upperShare = t.text.replace(/\P{Lu}/gu, '').length / t.text.length;
  if (upperShare < 0.6) return undefined;
  if ((t.text.match(VOWELS) ?? []).length < 2) return undefined;
  if (CODE_PREFIX_STOP.has(t.text.toUpperCase())) return undefined;
  const next = tokens[i + 1];
  if (!next || separatorBetween(text, t, next) !== '-') return undefined;
  if (/^\d{1,3}[A-Za-z]?$/.test(next.text) && next.wordEnd) {
    return { name: `${t.text}-${next.text}`, last: i + 1, trialKind: 'named' };
  }
  // "DESTINY-Breast03", "TROPION-Lung01"; "ZENOVA-PC4", "ZELDA-AA2": the indication's short code glued to the study's number
  if ((/^\p{Lu}\p{Ll}+\d{1,3}$/u.test(next.text) || /^\p{Lu}{2,4}\d{1,2}$/u.test(next.text)) && next.wordEnd) {
    return { name: `${t.text}-${next.text}`, last: i + 1, trialKind: 'named' };
  }
  // "ZENITH-PSO-1", "ZENITH-AXL-2": the programme's name, the indication's short code and the study's number, as
  // "DESTINY-Breast03" writes the indication as a word
  const third = tokens[i + 2];
  if (/^\p{Lu}{2,5}$/u.test(next.text) && third && separatorBetween(text, next, third) === '-'
    && /^\d{1,2}[A-Za-z]?$/.test(third.text) && third.wordEnd && !/^-\d/.test(text.slice(third.end, third.end + 2))) {
    return { name: `${t.text}-${next.text}-${third.text}`, last: i + 2, trialKind: 'named' };
  }
  return undefined;
}

/**
 * A trial word right after a name: "trial", "study", "studies", German "Studie", Italian "studio"; "clinical" or a trademark
 * sign may stand between, and the trial's length, phase and a capitalised word after the phase ("ZENO 24-Week Phase 2 Asthma Trial").
 */
const TRIAL_WORD_AFTER = /^(?:\u2122|\u00ae|\(R\))?[ -](?:\d{1,3}-(?:[Ww]eek|[Mm]onth) )?(?:(?:clinical|pivotal|registrational|confirmatory|global|extension) )?(?:[Pp]hase[ -]?(?:IV|I{1,3}|[1-4])[ab]? (?:\p{Lu}[\p{L}-]{2,20} )?)?(?:[Tt]rials?|[Ss]tud(?:y|ies)|[Ss]tudie[nt]?|studio|\u00e9tude|tutkimu\p{L}*|pr\u00f8ve\p{L}*|pr\u00f6vning\p{L}*)\b/u;
/** Right after a trial word and an opening parenthesis a name may follow: "a Phase 2 trial (ZENO 1, NCT…)". */
const TRIAL_WORD_BEFORE = /\b(?:trials?|stud(?:y|ies)|Studie)\s?\(\s?$/i;
/** Coordinated names before a plural trial word: "the ZENO and ARIA trials". */
const COORDINATED_AFTER = /^(?:,| and| or| und| och| og| et| e) /;

/** @internal the expressions the shortcuts stand before, for their test */
export function shortcutExpressions(): { openerBefore: { test(text: string): boolean }; trialNameOpens: RegExp } { return { openerBefore: OPENER_BEFORE, trialNameOpens: TRIAL_NAME_OPENS }; }

/** A trial's name may open here: a capital, or up to six lower-case letters and a capital ("zEPHYR-2"). */
const TRIAL_NAME_OPENS = /^(?:\p{Lu}|\p{Ll}{1,6}\p{Lu}\p{L}{2})/u;
/** TRIAL_NAME_OPENS at `at`, answered at once where the text has an ASCII character there (a capital opens; no digit, sign or space does). @internal exported for its test */
export function mayNameTrial(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 && !(c >= 97 && c <= 122)) return false;
  return TRIAL_NAME_OPENS.test(text.slice(at, at + 10));
}

/**
 * A named trial its context shows: a name written in capitals or with a number, or a capitalised
 * word after "the" or a phase, standing right before "trial" or "study" ("the ZENO trial",
 * "ZENO-202 study", "the Phase 3 Zeno study", "Zeno-Studie"), or coordinated with such a name
 * ("the ZENO and ARIA trials"). Study descriptors ("the Pivotal study", "a Global trial") are not names.
 */
function contextTrialAt(text: string, tokens: Token[], i: number): { name: string; last: number } | undefined {
  const t = tokens[i];
  // (a name may open in lower case before its capitals: "zEPHYR-2", "iZENO 3")
  if (!t.wordStart || !mayNameTrial(text, t.start)) return undefined;
  // the name: up to four tokens joined by hyphens or single spaces, each in capitals or digits (the first may be a capitalised word)
  let last = i;
  let glued = 0;
  for (let k = i + 1; k < tokens.length && k <= i + 3 + glued; k++) {
    const sep = separatorBetween(text, tokens[k - 1], tokens[k]);
    const tm = /^[\u2122\u00ae] $/.test(text.slice(tokens[k - 1].end, tokens[k].start)); // "ZENO\u2122 LUNG-1"
    // "ZenoMate -743": some sponsors write a space before the hyphen of the name's number
    const spacedHyphen = text.slice(tokens[k - 1].end, tokens[k].start) === ' -' && /^\d{1,4}$/.test(tokens[k].text);
    if (sep !== '-' && sep !== ' ' && !tm && !spacedHyphen && !(sep === '' && tokens[k - 1].wordEnd === false)) break;
    // "ZenoMax 3", "ZeNOVA-2": the tokens of one word written in mixed case are that word, whatever their case
    if (sep === '' && tokens[k - 1].wordEnd === false && !/^(?:\p{Lu}[\p{Lu}\p{N}]*|\p{N}+[\p{Lu}]?|\p{Lu}\p{Ll}+\p{N}+)$/u.test(tokens[k].text)) {
      if (!/^[\p{L}\p{N}]+$/u.test(tokens[k].text)) break;
      last = k;
      glued++;
      continue;
    }
    if (!/^(?:\p{Lu}[\p{Lu}\p{N}]*|\p{N}+[\p{Lu}]?|\p{Lu}\p{Ll}+\p{N}+)$/u.test(tokens[k].text)) {
      // "the ZENO Outcomes trial": in running text (the trial word in lower case) a capitalised word
      // between a name in capitals and the trial word is the name's second word
      if (k === i + 1 && sep === ' ' && capitalisedSecondWord(text, tokens, i, k)) last = k;
      break;
    }
    if (sep === ' ' && !/\p{N}/u.test(tokens[k].text) && tokens[k].text.length > 3) break;
    last = k;
  }
  // a trial's noun before the name (the same for every end of it): read when a reading below asks, and once
  let nounBeforeRead: boolean | undefined;
  const nounBefore = () => nounBeforeRead ??= NOUN_BEFORE.test(text.slice(Math.max(0, t.start - 32), t.start)) || NOUN_PHASE_BEFORE.test(text.slice(Math.max(0, t.start - 48), t.start));
  for (let end = last; end >= i; end--) {
    if (!tokens[end].wordEnd) continue;
    const after = text.slice(tokens[end].end, tokens[end].end + 40);
    let plural = false;
    let ok = TRIAL_WORD_AFTER.test(after);
    // "the Phase 3 study ZENOBIA, in which": a name in capitals right after the trial word
    // ("a Phase 3 trial, ZENOBIA 3, evaluating": the name may carry a number)
    // ("el ensayo clínico ZENOBIA (Zelbo Evaluation ...)": in any language, and before the parentheses that spell it out or give
    // its registry id, or before what a trial does: "the study ZENOBIA enrolled 300 adults")
    const numbered = end === i + 1 && separatorBetween(text, t, tokens[end]) === ' ' && /^\d{1,2}$/.test(tokens[end].text);
    if (!ok && (end === i || numbered) && nounBefore()
      && /^\p{Lu}{4,}$/u.test(t.text) && (numbered || (t.text.match(VOWELS) ?? []).length >= 2)
      && (/^(?:[,;.)]|$)/.test(text.slice(tokens[end].end, tokens[end].end + 1)) || spelledOutAfter(text, tokens[end].end, t.text)
        || TRIAL_VERB_AFTER.test(text.slice(tokens[end].end, tokens[end].end + 40))
        // "die Phase-III-Studie ZENOBIA im Vergleich", "l'étude de phase IIb ZENO n'a pas": in running text the word after the
        // name in lower case says the capitals end a name the noun stands beside, not a heading or an abbreviation's list
        || (end === i && /^ \p{Ll}/u.test(text.slice(tokens[end].end, tokens[end].end + 2))))) ok = true;
    // "in den Studien Zenobia 1 und 2", "fas 3-studien ZENO 1 med", "el ensayo de fase III Zenobia-3": a capitalised word with
    // the study's number right after the trial's noun is its name, whatever follows (a part or a time of the study, "the
    // study Week 12 visit", is not: trials.json notNamesBeforeNumber)
    if (!ok && end === i + 1 && nounBefore() && /^[ -]$/.test(separatorBetween(text, t, tokens[end]) ?? '') && /^\d{1,2}$/.test(tokens[end].text)
      && (/^\p{Lu}{3,}$/u.test(t.text) || /^\p{Lu}\p{Ll}{3,}$/u.test(t.text)) && (t.text.match(VOWELS) ?? []).length >= 2
      && !NOT_NAMES_BEFORE_NUMBER.has(t.text.toLowerCase()) && !TRIAL_DESCRIPTORS.has(t.text.toLowerCase()) && !isPlace(t.text)
      && !/^(?:[-\u2010\u2011.,]?\d|,? (?:19|20)\d\d(?!\d))/.test(text.slice(tokens[end].end, tokens[end].end + 7))) ok = true;
    // "the Phase 3 ZENOBIA results": a phase qualifies a trial, so a name in capitals between a phase and
    // what a trial yields (trials.json resultsAfterPhase) names one
    if (!ok && end === i && PHASE_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start)) && /^\p{Lu}{4,}$/u.test(t.text)
      && (t.text.match(VOWELS) ?? []).length >= 2 && RESULTS_AFTER_PHASE.test(after)) ok = true;
    // "a study called Zenobia", "the trial, dubbed ZELDAR,": a name given right after the trial's noun
    // (trials.json namingWords); a capitalised word is enough, as the naming word says a name follows
    if (!ok && end === last && NAMED_AFTER_NOUN.test(text.slice(Math.max(0, t.start - 48), t.start)) && /^(?:[,;.)]|\s|$)/.test(after)
      && /^\p{Lu}/u.test(t.text) && !TRIAL_DESCRIPTORS.has(t.text.toLowerCase()) && !isPlace(t.text)) {
      return { name: text.slice(t.start, tokens[end].end).replace(/\s+/g, ' '), last: end };
    }
    // "its Phase 3 (ZENOBIA) study": a name in capitals in parentheses between a phase and the trial word
    if (!ok && end === i && /^\p{Lu}{4,}$/u.test(t.text) && (t.text.match(VOWELS) ?? []).length >= 2
      && PHASE_BEFORE.test(text.slice(Math.max(0, t.start - 17), t.start - 1)) && text.charAt(t.start - 1) === '('
      && text.charAt(tokens[end].end) === ')' && TRIAL_WORD_AFTER.test(text.slice(tokens[end].end + 1, tokens[end].end + 41))) ok = true;
    if (!ok && end === last && TRIAL_WORD_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))
      && /^\s?[,;)]/.test(text.slice(tokens[end].end, tokens[end].end + 2)) && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(t.text)) ok = true;
    if (!ok) {
      // "ZENO and ARIA trials": the next name is followed by a plural trial word
      const co = COORDINATED_AFTER.exec(after);
      if (co) {
        const rest = text.slice(tokens[end].end + co[0].length, tokens[end].end + co[0].length + 60);
        plural = /^\p{Lu}[\p{L}\p{N}-]*(?: (?:\p{Lu}[\p{Lu}\p{N}-]*|\d{1,2}))?(?: (?:clinical|pivotal|[Pp]hase \S+))? (?:trials|studies|Studien)\b/u.test(rest);
        ok = plural;
      }
    }
    if (!ok) continue;
    const surface = text.slice(t.start, tokens[end].end);
    // "the ACM-123456 study", "its ZQ-123456 clinical study": a sponsor's compound code (letters and a serial of five or more
    // digits) before the trial word says whose study it is, as a drug's name would ("the zelbotamab study"); the code is the drug
    if (SERIAL_CODE.test(surface)) return undefined;
    // a word in mixed case is a trial's name with its number ("ZenoMax 3"); without one it may as well be a company's ("ZetaGen")
    if (glued && /\p{Ll}\p{Lu}/u.test(surface) && !/\p{N}/u.test(surface)) return undefined;
    if (!trialNameShaped(text, tokens, i, end, surface)) return undefined;
    return { name: surface.replace(/\s+-/g, '-').replace(/\s+/g, ' '), last: end };
  }
  return undefined;
}

/** One item of a list of trials' names: a word with two capitals or more, in capitals or mixed case ("ZENHANCE", "zETAmax",
 * "ZoomIn"), with its number after a hyphen or a space ("ZETA-2", "ZetaBreak 200"). */
const LIST_TRIAL_ITEM = /^(?:\p{Lu}|\p{Ll}{1,6}\p{Lu})[\p{L}\p{N}]{2,14}(?:[- ]\p{N}{1,3}\p{Lu}?)?$/u;
/** What separates the items: ", ", " and ", ", and ", " or ". */
const LIST_TRIAL_SEPARATOR = /^(?:, and |, or |, | and | or )/;
/** The plural trial word right after the list ("trials", "clinical studies", "Phase 3 studies"). */
const LIST_TRIAL_WORD_AFTER = /^ (?:(?:clinical|pivotal|registrational|[Pp]hase (?:IV|I{1,3}|[1-4])[ab]?) )?(?:trials|studies|Studien)(?![\p{L}])/u;
/** The plural trial word right before the list ("four studies, ", "the trials: "). */
const LIST_TRIAL_WORD_BEFORE = /(?:^|[^\p{L}])(?:trials|studies|Studien)(?:, | \(|: )$/u;

/** Whether the code unit at `i` is of /[\p{L}\p{N}-]/u, an ASCII one answered at once. @internal exported for its test */
export function letterDigitOrHyphen(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 : /[\p{L}\p{N}-]/u.test(text[i]);
}

/** Whether the code unit at `i` is an ASCII character other than a letter (no letter of any script, then). @internal exported for its test */
export function asciiNonLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

/**
 * A list of two names or more that a plural trial word names, after it or right before it ("the ZENITH, ZEPHYR and ZODIAC
 * studies", "across four studies, ZETA-1, ZETA-2, ZENHANCE and ZEVENT,"), is a list of trials, each item one: where the trial
 * word says the names are trials, a name need not have the shape the other readers ask for. Every item must be shaped as a
 * name (two capitals or more) and none may be another entity (a drug's code, a company), else the list is left alone.
 */
function recognizeTrialLists(text: string, out: RawEntity[]): void {
  const taken = (start: number, end: number) => out.some(o => o.kind !== 'trial' && o.start < end && o.end > start);
  const isTrial = (start: number, end: number) => out.some(o => o.kind === 'trial' && o.start === start && o.end === end);
  const ITEM_AT = /(?:\p{Lu}|\p{Ll}{1,6}\p{Lu})[\p{L}\p{N}]{2,14}(?:[- ]\p{N}{1,3}\p{Lu}?)?(?![\p{L}\p{N}])/uy;
  const lists: { start: number; end: number }[][] = [];
  // one pass over the text: each item start is a word's start; a list is read forward from it, items and separators alternating
  for (let at = 0; at < text.length; at++) {
    if (at > 0 && letterDigitOrHyphen(text, at - 1)) continue;
    // (an item opens with a letter: no ASCII character but a letter can start one)
    if (asciiNonLetter(text, at)) continue;
    ITEM_AT.lastIndex = at;
    if (!ITEM_AT.exec(text)) continue;
    const items: { start: number; end: number }[] = [];
    let pos = at;
    for (let n = 0; n < 8; n++) {
      ITEM_AT.lastIndex = pos;
      const m = ITEM_AT.exec(text);
      if (!m) break;
      items.push({ start: pos, end: pos + m[0].length });
      pos += m[0].length;
      const sep = LIST_TRIAL_SEPARATOR.exec(text.slice(pos, pos + 6));
      if (!sep) break;
      pos += sep[0].length;
    }
    if (items.length < 2) continue;
    const last = items[items.length - 1];
    const named = LIST_TRIAL_WORD_AFTER.test(text.slice(last.end, last.end + 30)) || LIST_TRIAL_WORD_BEFORE.test(text.slice(Math.max(0, at - 12), at));
    if (named) lists.push(items);
    at = last.end;
  }
  for (const items of lists) {
    const words = items.map(x => text.slice(x.start, x.end));
    if (!words.every(w => LIST_TRIAL_ITEM.test(w) && (w.match(/\p{Lu}/gu) ?? []).length >= 2 && !CODE_PREFIX_STOP.has(w.toUpperCase()))) continue;
    if (items.some(x => taken(x.start, x.end))) continue;
    for (const x of items) {
      if (isTrial(x.start, x.end)) continue;
      removeWhere(out, o => o.kind === 'trial' && o.start < x.end && o.end > x.start);
      out.push({ kind: 'trial', start: x.start, end: x.end, name: text.slice(x.start, x.end), evidence: 'pattern', extra: { trialKind: 'named' } });
    }
  }
}

/**
 * A sponsor's compound code with a long serial number: two to five capitals, an optional hyphen or space and five to eight digits
 * ("ACM-123456", "ZQ 12345", "ACMX0012345"). Trials are named by words and short numbers ("ZENO-202"); registry ids are read apart.
 */
const SERIAL_CODE = /^\p{Lu}{2,5}[- ]?\d{5,8}$/u;
/** A trial's common noun and an optional qualifier right before a name: "the study ", "el ensayo clínico ", "l'étude ". */
const NOUN_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[...trialWords.nounsBefore.words].sort((a, b) => b.length - a.length).join('|')})`
  + `(?: (?:${[...trialWords.nounsBefore.qualifiers].sort((a, b) => b.length - a.length).join('|')}))?[ ,]\\s?$`, 'iu');
/** A phase right before a name: "Phase 3 ", "phase IIb ", "Phase 1/2 ". */
const PHASE_BEFORE = /(?:^|[^\p{L}])[Pp]hase[ -]?(?:IV|I{1,3}|[1-4])[ab]?(?:\/(?:IV|I{1,3}|[1-4])[ab]?)? $/u;
/**
 * A trial's common noun, a preposition and a phase right before a name: "l'étude de phase IIb ", "el ensayo clínico de fase III ",
 * "lo studio clinico di fase 2 " (trials.json nounsBefore, its qualifiers and phaseLinks).
 */
const NOUN_PHASE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${[...trialWords.nounsBefore.words].sort((a, b) => b.length - a.length).join('|')})`
  + `(?: (?:${[...trialWords.nounsBefore.qualifiers].sort((a, b) => b.length - a.length).join('|')}))? (?:${trialWords.nounsBefore.phaseLinks.prepositions.join('|')}) `
  + `(?:${trialWords.nounsBefore.phaseLinks.phaseWords.join('|')})[ -]?(?:IV|I{1,3}|[1-4])[ab]? $`, 'iu');
/** Capitalised words that with a number say a part or a time of a study, not its name (trials.json notNamesBeforeNumber). */
const NOT_NAMES_BEFORE_NUMBER = new Set(trialWords.nounsBefore.notNamesBeforeNumber.words);
/** What a trial yields, right after its name (trials.json resultsAfterPhase). */
const RESULTS_AFTER_PHASE = new RegExp(`^ (?:${trialWords.resultsAfterPhase.words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** A trial's noun and a naming word right before a name: "a study called ", "the trial, dubbed " (trials.json nounsBefore, namingWords). */
const NAMED_AFTER_NOUN = new RegExp(`(?:^|[^\\p{L}])(?:${[...trialWords.nounsBefore.words, 'trials', 'studies'].join('|')}),? (?:${trialWords.namingWords.words.join('|')}) $`, 'iu');
/** Kinds of therapy written in capitals ("CAR T", "mRNA", "ADC"): trials.json modalities, lower case, hyphens as spaces. */
const MODALITIES = new Set(trialWords.modalities.words.map(w => w.replace(/-/g, ' ').toLowerCase()));
/** Descriptors that still make a name's second word: "the ZENO Outcomes trial". */
const SECOND_WORDS = new Set(trialWords.secondWords.words);
/** A Roman numeral: a phase's ("Phase-I- und -II-Studien"), a part's or a class's, never a trial's name. */
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;

/**
 * Whether parentheses right after a name (at `at`) spell it out or give its registry id: "ZENOBIA
 * (Zelbo Evaluation in Non-Obese Adults)", "ZENOBIA (NCT01234567)". The spelling out opens with a
 * capitalised word of the name's initial and holds two to twelve words, two of them capitalised.
 */
function spelledOutAfter(text: string, at: number, name: string): boolean {
  if (!/^ ?\(/.test(text.slice(at, at + 2))) return false;
  const open = text.indexOf('(', at);
  const close = text.indexOf(')', open);
  if (close < 0 || close - open > 140) return false;
  const inside = text.slice(open + 1, close).trim();
  if (/^NCT\d{8}(?![\p{L}\p{N}])/u.test(inside)) return true;
  const words = inside.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 12 || words[0][0] !== name[0]) return false;
  return words.filter(w => /^\p{Lu}/u.test(w)).length >= 2 && words.every(w => /^[\p{L}\p{N}'-]+$/u.test(w));
}

/** A trial word in lower case right after a name: the text is running text, not a title in title case. */
const LOWER_TRIAL_WORD_AFTER = /^ (?:trials?|stud(?:y|ies)|Studie|studio|estudio|ensayo|étude|essai)(?![\p{L}])/u;

/**
 * "the ZENO Outcomes trial": a capitalised word (no descriptor, place or trial word) after a name in
 * capitals and before a trial word in lower case. In title case ("ZENO Completes Study") capitals say
 * nothing, so a capitalised trial word does not count.
 */
function capitalisedSecondWord(text: string, tokens: Token[], i: number, k: number): boolean {
  const first = tokens[i].text, word = tokens[k].text;
  if (!/^\p{Lu}{3,}$/u.test(first) || CODE_PREFIX_STOP.has(first) || !/^\p{Lu}\p{Ll}{2,}$/u.test(word) || !tokens[k].wordEnd) return false;
  if ((TRIAL_DESCRIPTORS.has(word.toLowerCase()) && !SECOND_WORDS.has(word.toLowerCase())) || isPlace(word) || TRIAL_WORD_AFTER.test(' ' + word)) return false;
  return LOWER_TRIAL_WORD_AFTER.test(text.slice(tokens[k].end, tokens[k].end + 12));
}

function trialNameShaped(text: string, tokens: Token[], i: number, end: number, surface: string): boolean {
  const first = tokens[i].text;
  // "a CAR T trial", "the mRNA study": a kind of therapy before the trial word says what is tested, it names no trial
  // ("the ZQ7 CAR T trial": a drug's code before it makes no name of it either)
  const words = surface.replace(/[\s\u2010\u2011-]+/g, ' ').toLowerCase();
  if (MODALITIES.has(words) || [...MODALITIES].some(m => words.endsWith(' ' + m))) return false;
  if (i === end && ROMAN_NUMERAL.test(first)) return false;
  if (TRIAL_DESCRIPTORS.has(first.toLowerCase()) || CODE_PREFIX_STOP.has(first.toUpperCase()) && i === end) return false;
  const hasDigit = /\p{N}/u.test(surface);
  // "zEPHYR-2": a name in lower case before its capitals, with its number
  if (hasDigit && /^\p{Ll}{1,6}\p{Lu}\p{L}{2}/u.test(surface)) return true;
  const caps = /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(first) && first.length >= 3;
  if (caps || (hasDigit && /^\p{Lu}/u.test(first))) return true;
  // a capitalised word: after "the", "in", "of", a phase, an opening parenthesis or mid-sentence, never at a sentence start
  if (!/^\p{Lu}\p{Ll}+(?:\p{Lu}[\p{L}]*)?$/u.test(first) || first.length < 4) return false;
  const before = text.slice(Math.max(0, tokens[i].start - 24), tokens[i].start);
  if (/(?:\b(?:the|in|of|from|der|die|den|dem|des)|[Pp]hase[ -]?(?:IV|I{1,3}|[1-4])[ab]?(?:\/(?:IV|I{1,3}|[1-4])[ab]?)?|\()\s?$/.test(before)) return true;
  // mid-sentence, after a word in lower case and before a trial word in lower case, a capitalised word is a proper name
  // ("sites joined Zenobia trial enrolment"); after "a" or "an" it says whose study it is ("a Springfield study")
  const word = /(?:^|[^\p{L}])(\p{Ll}+) $/u.exec(before);
  return !!word && word[1] !== 'a' && word[1] !== 'an' && i === end && LOWER_TRIAL_WORD_AFTER.test(text.slice(tokens[end].end, tokens[end].end + 12));
}

/**
 * Later mentions of trials the document has named ("the ZENO trial" … "results from ZENO"): every
 * whole-word occurrence of each name. Names are looked up by their first token, so the cost is one
 * pass over the tokens whatever the number of names. Offsets relative to `text`.
 */
export function trialNameMentions(text: string, tokens: Token[], byFirstToken: Map<string, string[]>): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  const inWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const candidates = t.wordStart ? byFirstToken.get(t.text) : undefined;
    if (!candidates) continue;
    for (const name of candidates) {
      if (!text.startsWith(name, t.start) || inWord(text[t.start + name.length])) continue;
      out.push({ start: t.start, end: t.start + name.length, name });
      break;
    }
  }
  return out;
}

/** The first token of a trial name, the key `trialNameMentions` looks names up by. */
export function firstTokenOf(name: string): string {
  return tokenize(name)[0]?.text ?? name;
}

/** What only a trial does: "ZENO enrolled 300 patients", "ZENO met its primary endpoint". */
const TRIAL_VERB_AFTER = /^ (?:was conducted|is being conducted|enrolled|has enrolled|randomi[sz]ed|met (?:its|the|both) (?:co-)?primary endpoints?|did not meet|missed (?:its|the) primary endpoint|read out)\b/;

/**
 * Trials a careful reader knows by what stands beside them: a name in capitals in the parentheses
 * of a registry id ("(ZENO; NCT01234567)", "(ZENO STUDY 1, NCT01234567)"), and a name in capitals
 * doing what trials do ("ZENO enrolled 300 patients", "ZENO was conducted at 40 sites").
 */
function recognizeTrialsByContext(text: string, tokens: Token[], covered: Uint8Array, out: RawEntity[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !t.wordStart || !/^\p{Lu}{4,}$/u.test(t.text) || (t.text.match(VOWELS) ?? []).length < 2) continue;
    if (CODE_PREFIX_STOP.has(t.text) || TRIAL_DESCRIPTORS.has(t.text.toLowerCase()) || ROMAN_NUMERAL.test(t.text)) continue;
    // the name runs on over capitals and numbers joined by spaces or hyphens: "ZENO STUDY 1", "ZENO-LUNG"
    let last = i;
    while (last + 1 < tokens.length && !covered[last + 1] && last - i < 3 && /^[ -]$/.test(text.slice(tokens[last].end, tokens[last + 1].start))
      && /^(?:\p{Lu}{2,}|\d{1,3})$/u.test(tokens[last + 1].text)) last++;
    const end = tokens[last].end;
    const before = text.slice(Math.max(0, t.start - 2), t.start);
    const after = text.slice(end, end + 40);
    const inRegistryParens = /\($/.test(before) && /^\s?[;,]\s?NCT\d{8}/.test(after);
    // "ZENOBIA (NCT01234567) evaluated": a registry id in parentheses right after a name is that name's trial's
    // (a whole name: "ZQ-ZENO (NCT…)" is not read from its second word)
    const registryAfter = !/[\p{L}\p{N}\u2010\u2011-]$/u.test(before) && /^ ?\(\s?NCT\d{8}\s?[);,]/.test(after);
    const headline = !/\p{Ll}{3}/u.test(after);
    const doing = !headline && (i === 0 || /[.!?\n]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) && TRIAL_VERB_AFTER.test(after);
    if (!inRegistryParens && !registryAfter && !doing && (/[\p{L}\p{N}\u2010\u2011-]$/u.test(before) || !trialInApposition(text, end))) continue;
    const name = text.slice(t.start, end).replace(/\s+/g, ' ');
    out.push({ kind: 'trial', start: t.start, end, name, evidence: 'pattern', extra: { trialKind: 'named' } });
    for (let k = i; k <= last; k++) covered[k] = 1;
    i = last;
  }
}

/** Words that end the noun phrase of an apposition before its head ("ZENO, a drug studied in ..."): its head is not a trial word. */
const APPOSITION_STOPS = new Set(['of', 'in', 'with', 'for', 'to', 'by', 'at', 'on', 'that', 'which', 'who', 'and', 'or', 'from', 'than', 'as', 'a', 'an', 'the']);
/**
 * "ZENOBIA II, a Phase 3 investigational study", "ZENO 1, the initial Phase 3 trial", "ZENO-PC4, a pivotal, international,
 * double blind study": a noun phrase headed by a trial word in apposition right after a name says the name is the trial's.
 * The phrase opens with an article and reaches its head within ten words, none a preposition, conjunction or article (after
 * one the trial word heads another phrase); its adjectives may be coordinated by commas, the head may not end in one.
 */
function trialInApposition(text: string, at: number): boolean {
  const m = /^, (?:a|an|the) /.exec(text.slice(at, at + 7));
  if (!m) return false;
  const words = text.slice(at + m[0].length, at + m[0].length + 140).split(' ');
  for (let k = 0; k < words.length && k < 10; k++) {
    const w = words[k];
    const bare = w.replace(/[.,;:)]+$/, '');
    if (/^(?:trial|study)$/i.test(bare)) return true;
    if ((bare !== w && !/^[\p{L}\p{N}'\u2019-]+,$/u.test(w)) || !bare || APPOSITION_STOPS.has(bare.toLowerCase()) || !/^[\p{L}\p{N}'\u2019-]+$/u.test(bare)) return false;
  }
  return false;
}

/** Words that describe a study rather than name it: "the Pivotal study", "a Global trial". */
const TRIAL_DESCRIPTORS = new Set([
  'clinical', 'pivotal', 'global', 'randomized', 'randomised', 'extension', 'registrational', 'confirmatory', 'observational',
  'open', 'dose', 'expansion', 'safety', 'efficacy', 'phase', 'combination', 'monotherapy', 'registration', 'investigator', 'pilot',
  'bridging', 'crossover', 'feasibility', 'trial', 'study', 'main', 'core', 'parent', 'ongoing', 'first', 'second', 'third', 'new',
  'previous', 'current', 'same', 'the', 'a', 'an', 'this', 'that', 'our', 'their', 'its', 'pediatric', 'paediatric', 'adult', 'interim', 'long',
  'follow', 'rollover', 'label', 'blind', 'double', 'single', 'multicenter', 'multicentre', 'international', 'national', 'japanese',
  'chinese', 'european', 'american', 'korean', 'german', 'french', 'swedish', 'danish', 'finnish', 'norwegian', 'italian', 'spanish',
  'british', 'canadian', 'australian', 'indian', 'late', 'early', 'final', 'primary', 'secondary', 'key', 'planned', 'proposed', 'further',
  'additional', 'another', 'other', 'both', 'all', 'each', 'any', 'one', 'two', 'three', 'several', 'multiple', 'human', 'animal',
  'preclinical', 'nonclinical', 'toxicology', 'pharmacokinetic', 'biomarker', 'vaccine', 'cohort', 'part', 'arm', 'group', 'placebo',
  'controlled', 'comparative', 'head', 'real', 'world', 'natural', 'history', 'retrospective', 'prospective', 'landmark', 'large',
  'small', 'recent', 'previous', 'prior', 'earlier', 'later', 'successful', 'positive', 'negative', 'completed', 'company', 'sponsored',
  'outcomes', 'outcome', 'ole', 'cardiovascular', 'mechanistic', 'exploratory', 'supportive', 'subsequent', 'original', 'entire', 'whole',
]);

/**
 * Companies by their form: capitalised name words before a company word or legal form ("Acme
 * Biolabs Co., Ltd."). A name word the lexicon read as a target's common noun ("Amylin" of "Amylin
 * Pharmaceuticals") is taken into the name; the longer company wins the overlap when linked.
 */
function recognizeCompaniesByForm(text: string, tokens: Token[], covered: Uint8Array, out: RawEntity[], commonNoun: Uint8Array, knownCompany: Uint8Array): void {
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].text.toLowerCase();
    const isForm = CORPORATE_FORMS.has(lower) || COMPANY_WORDS.has(lower);
    if (!isForm || !isCap(tokens[i].text)) continue;
    if (covered[i]) continue;
    // "AChR-Ab", "ZX-AG": a legal form is written apart from its name, never glued to it by a hyphen (an antibody's "Ab")
    if (!COMPANY_WORDS.has(lower) && i > 0 && separatorBetween(text, tokens[i - 1], tokens[i]) === '-') continue;
    // "the Writing Group", "a Study Group": a body of people, not a company
    if (lower === 'group' && i > 0 && BODIES_OF_PEOPLE.has(tokens[i - 1].text.toLowerCase()) && separatorBetween(text, tokens[i - 1], tokens[i]) === ' ') continue;
    // a form word glued to more of a word is the whole word: "BioPharma", not "Bio"
    let wordStart = i;
    while (wordStart > 0 && !tokens[wordStart].wordStart) wordStart--;
    while (i + 1 < tokens.length && !tokens[i + 1].wordStart && !tokens[i].wordEnd) i++;
    // a legal form after the company word ("Cell Biolabs, Inc."): only a company's name stands before it
    const legal = !!tokens[i + 1] && /^(?:[.,]|\.,)? ?$/.test(text.slice(tokens[i].end, tokens[i + 1].start)) && LEGAL_FORMS.has(tokens[i + 1].text.toLowerCase()) && isCap(tokens[i + 1].text);
    // walk back over capitalised name words joined by single spaces
    let j = i;
    let crossed = false;
    while (j > 0 && j > i - 4) {
      const prev = tokens[j - 1];
      const sep = separatorBetween(text, prev, tokens[j]);
      if (sep !== ' ' && sep !== '-' && !(sep === '' && !prev.wordEnd)) break;
      // "Venture" of "Acme Venture Capital" opens no name alone but makes the head with the company word after it
      const head = j === i && HEAD_MODIFIERS.has(prev.text.toLowerCase());
      // "Cell" of "Cell Biolabs, Inc." opens no name alone, but does right before the company word and a legal form
      const opensWithForm = j === i && legal && NAME_START_WITH_FORM.has(prev.text.toLowerCase());
      // "Acme Capital Markets" where the lexicon knows "Acme", or a name found by its form runs on: a longer name of the same company
      // (after a name found by its form, only company words: "Acme Biotech Die Acme Biotech", two names a lost line break joined, is not one)
      const gap = text.slice(prev.end, tokens[j].start);
      const knownName = covered[j - 1] && knownCompany[j - 1] > 0 && (gap === ' ' || (gap === '' && !prev.wordEnd))
        && (knownCompany[j - 1] === 1 || tokens.slice(j, i).every(t => COMPANY_WORDS.has(t.text.toLowerCase())));
      // the known company opens the name: no word before it is the name's ("Oncology" of a heading a lost line break joined to "Acme Ltd")
      if (crossed && !knownName) break;
      if ((covered[j - 1] && !commonNoun[j - 1] && !knownName) || !isCap(prev.text) || (sep !== '' && !head && !opensWithForm && !knownName && NOT_A_NAME_START.has(prev.text.toLowerCase()))) break;
      if (CORPORATE_FORMS.has(prev.text.toLowerCase())) break;
      if (knownName) crossed = true;
      j--;
    }
    // a corporate word alone is not a name ("BioPharma"); glued to a name it is one ("YaoPharma")
    if (j > wordStart || j === i) continue;
    if (j === wordStart && tokens.slice(j, i).every(t => COMPANY_WORDS.has(t.text.toLowerCase()) || t.text.length < 3)) continue;
    // "a Venture Capital firm": a head with no name before it
    if (tokens.slice(j, i).every(t => HEAD_MODIFIERS.has(t.text.toLowerCase()))) continue;
    // then swallow trailing legal forms: "Co., Ltd.", "Inc.", "AG"
    let last = i;
    for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
      const gap = text.slice(tokens[k - 1].end, tokens[k].start);
      if (!/^(?:[.,]|\.,)? ?$/.test(gap) || !CORPORATE_FORMS.has(tokens[k].text.toLowerCase()) || !isCap(tokens[k].text)) break;
      last = k;
    }
    let end = tokens[last].end;
    if (text[end] === '.' && CORPORATE_FORMS.has(tokens[last].text.toLowerCase()) && /^(co|ltd|inc|corp|plc)$/i.test(tokens[last].text)) end++;
    // the canonical name leaves out legal forms: "Springfield Acme Biolabs"
    let nameEnd = i;
    while (nameEnd > j && CORPORATE_FORMS.has(tokens[nameEnd].text.toLowerCase())) nameEnd--;
    // "Acme Ltd" where the lexicon knows "Acme": a legal form adds nothing to the name the lexicon knows
    if (crossed && tokens.slice(j, nameEnd + 1).every((_, k) => knownCompany[j + k] === 1)) continue;
    const name = text.slice(tokens[j].start, tokens[nameEnd].end).replace(/\s+/g, ' ');
    out.push({ kind: 'company', start: tokens[j].start, end, name, evidence: 'pattern' });
    // "Acme Biotech Ventures": a company word after this name makes a longer one of it (the longer wins when linked)
    for (let k = j; k <= last; k++) { covered[k] = 1; knownCompany[k] = 2; }
    i = last;
  }
}

// ---- companies by context -------------------------------------------------------------------------

const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
const LEGAL_SUFFIX = new RegExp(`(?:,? (?:${alternation(companyWords.legalSuffixes)})\\.?|,)$`, 'iu');

/**
 * The end of a company's name without its legal forms: "Acme Bio, Inc.", "Acme Co., Ltd.", "Acme A/S"
 * and "Acme and Company" end before them; a name that is only a word and a form ("Acme Co.",
 * "Acme & Co.") keeps its form.
 */
function withoutLegalSuffix(text: string, start: number, end: number): number {
  let at = end;
  let stripped = '';
  for (let steps = 0; steps < 3; steps++) {
    const span = text.slice(start, at);
    const and = / (?:and|&) Company$/.exec(span);
    const m = and ?? LEGAL_SUFFIX.exec(span);
    if (!m || m.index === 0) break;
    const rest = span.slice(0, m.index);
    // "Acme & Co.", "Acme and Co.", "Acme Co. LLC": a "Co." after a conjunction or a single word is the
    // name's own, unless "Ltd." follows it ("Acme Co., Ltd.")
    if (!and && /^,? co\.?$/i.test(m[0]) && (/ (?:&|and)$/.test(rest) || !/\s/.test(rest)) && !/^,? (?:ltd|limited)/i.test(stripped)) break;
    if (!/[\p{L}\p{N}.)]$/u.test(rest)) break;
    stripped = m[0] + stripped;
    at = start + rest.length;
  }
  // "Acme & Co." ends with its abbreviation's period
  if (/(?:^|[ &])Co$/.test(text.slice(start, at)) && text[at] === '.') at++;
  return at;
}

const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** "the biotech Acme", "drugmaker Acme", "selskapet Acme": a descriptor noun right before a name. */
const DESCRIPTOR_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(companyWords.descriptorsBefore)}) $`, 'u');
/** "Acme announced", "Acme on Sunday presented", "Acme Reports Positive Data": a corporate verb right after a name. */
const VERB_AFTER = new RegExp(`^(?: (?:on )?(?:${WEEKDAYS})| today| also)? (?:${alternation(companyWords.verbsAfter)})(?![\\p{L}])`, 'iu');
/** "Acme said Wednesday", "Acme said in a statement", a headline's "…, Acme says": a saying verb where a person's would not stand. */
const SAY_VERBS = alternation(companyWords.sayVerbs);
const SAY_AFTER = new RegExp(`^(?:(?: (?:on )?(?:${WEEKDAYS})| today| yesterday) (?:${SAY_VERBS})(?![\\p{L}])`
  + `| (?:${SAY_VERBS})(?:[ ,]+(?:on )?(?:${WEEKDAYS}|today|yesterday|in a (?:statement|press release|release|filing))(?![\\p{L}])|[ \t]*(?:\n|$)))`, 'u');
/** "Acme (NASDAQ: ACME)", "Acme (Euronext: ACM – NASDAQ: ACM)": a name before its listing. */
const TICKER_AFTER = new RegExp(`^,? ?[(\\[](?:${alternation(companyWords.exchanges)}) ?: ?[A-Z0-9][A-Z0-9.]{0,7}(?![\\p{L}])`, 'u');
/** ("Acme" or "the Company"): a name the release defines as the company. */
const DEFINED_AFTER = /^["\u201d\u2019\u00bb]?,? (?:or |and |hereinafter |hereafter )?["\u201c\u2018\u00ab]?(?:the )?["\u201c\u2018\u00ab]?(?:Company|Group|Issuer)\b/;
const SHARES_BEFORE = /\b(?:shares|stock|share price) (?:in|of) $/i;
/** "Acme's shares", "Acme shares rose", "Acme stock was 5 % lower". */
const SHARES_AFTER = /^(?:['\u2019]s (?:shares|stock|share price)|(?: shares| stock| share price) (?:rose|fell|jumped|climbed|dropped|slid|gained|plunged|soared|sank|tumbled|surged|were|was|closed|traded|ended|opened))(?![\p{L}])/u;
const NOT_COMPANY_NAMES = new Set(companyWords.notCompanyNames);
const isPlace = (w: string) => placeNames().has(w.toLowerCase());

const PERSON_TITLE = new RegExp(`(?:^|[^\\p{L}.])(?:${alternation(companyWords.personTitles)}) (?:\\p{Lu}\\p{Ll}+ )?(?:\\p{Lu}\\. )?(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}])`, 'gu');
const PERSON_DEGREE = new RegExp(`\\p{Lu}\\p{Ll}+ (?:\\p{Lu}\\. )?(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?),? (?:${alternation(companyWords.personDegrees)})(?![\\p{L}])`, 'gu');

/** Surnames the block shows as people's, by a title before the name or a degree after it ("Dr. Jane Doe", "Jane Q. Doe, M.D."). */
function surnamesOfPeople(text: string): Set<string> {
  const out = new Set<string>();
  for (const re of [PERSON_TITLE, PERSON_DEGREE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) out.add(m[1]);
  }
  return out;
}

interface NameWord { first: number; last: number; start: number; end: number; text: string }

/** Words of a block as runs of tokens joined without a space ("Acme", "AcmeGene", "Kelun-Biotech"). */
function nameWords(text: string, tokens: Token[]): NameWord[] {
  const words: NameWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let last = i;
    while (last + 1 < tokens.length && (separatorBetween(text, tokens[last], tokens[last + 1]) === '' || separatorBetween(text, tokens[last], tokens[last + 1]) === '-')) last++;
    words.push({ first: i, last, start: tokens[i].start, end: tokens[last].end, text: text.slice(tokens[i].start, tokens[last].end) });
    i = last;
  }
  return words;
}

/**
 * Companies a careful reader knows from what the text says of a name: a descriptor before it
 * ("the biotech Acme", "selskapet Acme"), a corporate verb after it ("Acme announced", "Acme on
 * Sunday presented"), a saying verb where a person's would not stand ("Acme said Wednesday"),
 * its listing ("Acme (NASDAQ: ACME)"), its definition as the company ("Acme" or "the Company"),
 * and its shares ("shares in Acme"). The document's other mentions of the name follow in linking.
 */
function recognizeCompaniesByContext(text: string, tokens: Token[], covered: Uint8Array, out: RawEntity[]): void {
  const words = nameWords(text, tokens);
  const people = surnamesOfPeople(text);
  const nameOk = (w: NameWord) => {
    if (!/^\p{Lu}/u.test(w.text) || w.text.length < 3 || !/\p{Ll}|^\p{Lu}{3,}$/u.test(w.text.replace(/[^\p{L}]/gu, '') || '0')) return false;
    for (let k = w.first; k <= w.last; k++) if (covered[k]) return false;
    const lower = w.text.toLowerCase();
    return !NOT_COMPANY_NAMES.has(lower) && !NOT_A_NAME_START.has(lower) && !CODE_PREFIX_STOP.has(w.text.toUpperCase()) && !CORPORATE_FORMS.has(lower);
  };
  const spaced = (a: NameWord, b: NameWord) => text.slice(a.end, b.start) === ' ';
  // a name keeps its capital wherever it stands; a word the block also writes in lower case is a
  // common word capitalised to open a sentence ("Patients received ...")
  let lowerWords: Set<string> | undefined;
  const writtenLower = (w: string) => (lowerWords ??= new Set(words.filter(x => /^\p{Ll}/u.test(x.text)).map(x => x.text))).has(w.toLowerCase());
  const push = (from: number, to: number) => {
    const a = words[from], b = words[to];
    if (from === to && (isPlace(a.text) || writtenLower(a.text))) return;
    out.push({ kind: 'company', start: a.start, end: b.end, name: text.slice(a.start, b.end).replace(/\s+/g, ' '), evidence: 'pattern', extra: { context: true } });
    for (let k = a.first; k <= b.last; k++) covered[k] = 1;
  };
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (!nameOk(word)) continue;
    const before = text.slice(Math.max(0, word.start - 40), word.start);
    // a name a descriptor or "shares in" opens: up to three capitalised words
    // (a descriptor inside a name, "Acme Biotech Announces", describes nothing)
    if ((DESCRIPTOR_BEFORE.test(before) && !(word.first > 0 && covered[word.first - 1])) || SHARES_BEFORE.test(before)) {
      let to = w;
      while (to + 1 < words.length && to - w < 2 && spaced(words[to], words[to + 1]) && nameOk(words[to + 1])) to++;
      push(w, to);
      w = to;
      continue;
    }
    const after = text.slice(word.end, word.end + 60);
    const listed = TICKER_AFTER.test(after) || (DEFINED_AFTER.test(after) && /["\u201c\u2018\u00ab]$/.test(before));
    const acting = VERB_AFTER.test(after) || SAY_AFTER.test(after) || SHARES_AFTER.test(after);
    if (!listed && !acting) continue;
    // "Jane Q. Doe, M.D., led the trial ... Doe said": a person's surname, not a company
    if (!listed && people.has(word.text)) continue;
    // a listing or a definition may follow a name of several words; a verb follows a one-word name, so
    // "Jane Doe said" is a person's, not a company's
    let from = w;
    if (listed) while (from > 0 && w - from < 2 && spaced(words[from - 1], words[from]) && nameOk(words[from - 1])) from--;
    else if (w > 0 && /^[.,]? $/.test(text.slice(words[w - 1].end, word.start)) && /^\p{Lu}/u.test(words[w - 1].text)
      && !NOT_A_NAME_START.has(words[w - 1].text.toLowerCase())) continue;
    push(from, w);
  }
}

// ---- brands marked as trade marks ------------------------------------------------------------------

/** A trade mark's sign after a name: "\u00ae", "\u2122", "(R)", "(TM)", or the sign flattened to letters apart, "Acmevia TM". */
const TRADE_MARK = /^(?:\u00ae|\u2122|\(R\)|\(TM\)|[ ]TM(?![\p{L}\d]))/u;
/** What a marked name may be instead of a medicine: "HexaBody\u00ae platform", "Acme\u00ae technology". */
const NOT_A_PRODUCT_AFTER = /^(?:\u00ae|\u2122|\(R\)|\(TM\)|[ ]TM)[ -](?:platform|technology|technologies|system|systems|device|test|assay|kit|software|app)\b/i;

/**
 * A capitalised word marked as a trade mark ("Carteyva(R)", "Acmevia\u00ae") where a drug is spoken
 * of is a medicine's brand; the block's other mentions of the word are that brand too. Company
 * names carry marks as well ("Acme Biotech\u00ae"): a word a company's name covers, or one before
 * a corporate word, is left alone.
 */
const MARK_THEN_DOSE = new RegExp(`^(?:\u00ae|\u2122|\\(R\\)|\\(TM\\)|[ ]TM)[ ]?\\d+(?:[.,]\\d+)?[ ]?${DOSE_UNIT}(?![\\p{L}])`, 'u');
function recognizeMarkedBrands(text: string, tokens: Token[], covered: Uint8Array, out: RawEntity[]): void {
  const brands = new Set<string>();
  const variants = new Map<string, string>();
  for (let i = 0; i < tokens.length; i++) {
    // (a whole word, its camel-case parts joined: a brand may have a capital inside, "ZetaVax\u00ae")
    const last = wholeWordEnd(tokens, i);
    if (last < 0 || anyCovered(covered, i, last)) continue;
    const t = last === i ? tokens[i] : { ...tokens[i], end: tokens[last].end, text: text.slice(tokens[i].start, tokens[last].end), wordEnd: true };
    if (!/^\p{Lu}[\p{L}\p{N}]{3,}$/u.test(t.text)) continue;
    const after = text.slice(t.end, t.end + 30);
    const mark = TRADE_MARK.exec(after);
    if (!mark || NOT_A_PRODUCT_AFTER.test(after)) continue;
    // (a mark followed by the targets it is made against names a format, no medicine: "ZetaBody\u00ae CD3xCD20")
    const beyond = t.end + mark[0].length + (/^[ ]/.test(after.slice(mark[0].length)) ? 1 : 0);
    if (out.some(e => e.kind === 'target' && e.start === beyond)) continue;
    const lower = t.text.toLowerCase();
    if (COMPANY_WORDS.has(lower) || CORPORATE_FORMS.has(lower) || CODE_PREFIX_STOP.has(t.text.toUpperCase())) continue;
    const next = tokens[i + 1];
    if (next && COMPANY_WORDS.has(next.text.toLowerCase())) continue;
    // (a dose right after the mark is what the brand's medicine is given in: "Acmevia\u00ae 10 mg")
    if (!drugContextAround(text, t.start, t.end) && !MARK_THEN_DOSE.test(after)) continue;
    brands.add(t.text);
    // ("ZetaVax\u00ae-K": a variant's letter after the mark is the name's own)
    const variant = BRAND_VARIANT.exec(after.slice(mark[0].length));
    if (variant) variants.set(t.text, variant[0]);
  }
  if (brands.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    const last = wholeWordEnd(tokens, i);
    if (last < 0 || anyCovered(covered, i, last)) continue;
    const word = text.slice(tokens[i].start, tokens[last].end);
    if (!brands.has(word)) continue;
    // the variant's letter, right after the word or after its mark: "ZetaVax-K", "ZetaVax\u00ae-K"
    const variant = variants.get(word);
    let end = tokens[last].end;
    let through = last;
    if (variant) {
      const mark = TRADE_MARK.exec(text.slice(end, end + 6));
      const at = end + (mark ? mark[0].length : 0);
      if (text.startsWith(variant, at) && !/[\p{L}\p{N}]/u.test(text[at + variant.length] ?? '')) {
        end = at + variant.length;
        while (through + 1 < tokens.length && tokens[through + 1].end <= end) through++;
      }
    }
    out.push({ kind: 'drug', start: tokens[i].start, end, name: end > tokens[last].end ? word + variant : word, evidence: 'pattern', extra: { brand: true } });
    for (let k = i; k <= through; k++) covered[k] = 1;
    i = through;
  }
}

/** A variant's letters after a brand's mark: "-L", "-XR", "-2" (a hyphen, one to three capitals or digits, then no letter). */
const BRAND_VARIANT = /^-[\p{Lu}\d]{1,3}(?![\p{L}\p{N}])/u;

/** Whether any token from `i` to `last` is covered already. */
function anyCovered(covered: Uint8Array, i: number, last: number): boolean {
  for (let k = i; k <= last; k++) if (covered[k]) return true;
  return false;
}

/** The last token of the whole word that token `i` starts (its camel-case parts glued, no gap between), or -1 when `i` starts none. */
function wholeWordEnd(tokens: Token[], i: number): number {
  if (!tokens[i].wordStart) return -1;
  let j = i;
  while (!tokens[j].wordEnd && j + 1 < tokens.length && tokens[j + 1].start === tokens[j].end) j++;
  return tokens[j].wordEnd ? j : -1;
}

// ---- diseases written as compounds ------------------------------------------------------------------

const COMPOUND_HEADS = [...indicationModifiers.compoundHeads].sort((a, b) => b.length - a.length);
const COMPOUND_STOPS = new Set(indicationModifiers.compoundStops);
const COMPOUND = new RegExp(`^(\\p{L}{3,}?)-?(${COMPOUND_HEADS.join('|')})$`, 'iu');

/**
 * A disease named by one compound word whose last part is a disease's head ("Lungenkrebs",
 * "Hodgkin-Lymphom", "knoglemarvskræft", "bröstcancer", "verisyöpien"): the first part says which.
 * A prefix alone ("Anticancer", "Pankrebs") names no disease.
 */
function recognizeDiseaseCompounds(text: string, tokens: Token[], covered: Uint8Array, out: RawEntity[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !tokens[i].wordStart) continue;
    // the whole word, across a hyphen ("Hodgkin-Lymphom")
    let last = i;
    while (last + 1 < tokens.length && !covered[last + 1] && separatorBetween(text, tokens[last], tokens[last + 1]) === '-' ) last++;
    while (last > i && !tokens[last].wordEnd) last--;
    const word = text.slice(tokens[i].start, tokens[last].end);
    if (word.length < 8) continue;
    const m = COMPOUND.exec(word);
    if (!m || COMPOUND_STOPS.has(m[1].toLowerCase())) continue;
    // the head must itself be a whole part: a hyphenated one or glued at its own letters
    if (/[A-Z]{2,}/.test(m[1])) continue;
    out.push({ kind: 'indication', start: tokens[i].start, end: tokens[last].end, name: word.toLowerCase(), evidence: 'pattern', extra: { compound: m[2].toLowerCase() } });
    for (let k = i; k <= last; k++) covered[k] = 1;
    i = last;
  }
}

const ENDPOINT_COMPOUND = new RegExp(`^(\\p{L}{3,}?)(${[...outcomeWords.compoundHeads].sort((x, y) => y.length - x.length).join('|')})$`, 'iu');

/**
 * An endpoint named by one compound word whose last part is an endpoint's name (outcomes.json compoundHeads:
 * "Tumoransprechrate", "Fünfjahresüberlebensrate"): the first part says which, the last what is measured.
 */
function recognizeEndpointCompounds(tokens: Token[], covered: Uint8Array, out: RawEntity[], lexicon: Lexicon): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !t.wordEnd || t.text.length < 12) continue;
    const m = ENDPOINT_COMPOUND.exec(t.text);
    if (!m || COMPOUND_STOPS.has(m[1].toLowerCase())) continue;
    const head = outcomeWords.compoundHeads.find(h => h.toLowerCase() === m[2].toLowerCase())!;
    const found = lexicon.wholeName(head, 'endpoint');
    if (!found) continue;
    out.push({ kind: 'endpoint', start: t.start, end: t.end, name: found.name, evidence: 'pattern' });
    covered[i] = 1;
  }
}

/** Changes that name no instrument of their own (outcomes.json describedOnScale): "cognitive decline". */
const DESCRIBED_ON_SCALE = new Set<string>(outcomeWords.describedOnScale);
const MEASURE_NOUN_AFTER = new RegExp(`^[ \\u00a0](?:${wordsPattern((endpointAreas as { measureNounsAfter: string[] }).measureNounsAfter)})(?![\\p{L}\\p{N}-])`, 'u');
/** " rate" after a survival: the share alive or free of the event at a time, one name with it ("progression-free survival rate"). */
const SURVIVAL_RATE_AFTER = new RegExp(`^[ \\u00a0](?:${wordsPattern((endpointAreas as { survivalRateNouns: string[] }).survivalRateNouns)})(?![\\p{L}\\p{N}-])`, 'u');
const MEASURE_QUALIFIER_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}-])(${wordsPattern((endpointAreas as { measureQualifiersBefore: string[] }).measureQualifiersBefore)})[ \\u00a0]$`, 'iu');

/**
 * A measure's name takes in the noun it is counted in after it ("urinary zetate excretion", "IGA
 * success", the "rate" of a survival written out) and a qualifier before it that says which
 * measurement ("adjusted annualized relapse rate", "peak FEV1", "24-hour urinary zetate"), where no
 * other entity holds the word. "Median" and "mean" stay outside: a statistic is said of the measure.
 */
function extendEndpoints(text: string, out: RawEntity[]): void {
  const held = (a: number, b: number) => out.some(o => o.start < b && o.end > a);
  for (const e of out) {
    if (e.kind !== 'endpoint') continue;
    const surface = text.slice(e.start, e.end);
    const after = MEASURE_NOUN_AFTER.exec(text.slice(e.end, e.end + 20)) ?? (/survival$/i.test(surface) ? SURVIVAL_RATE_AFTER.exec(text.slice(e.end, e.end + 8)) : null);
    if (after && !held(e.end, e.end + after[0].length)) e.end += after[0].length;
    const before = MEASURE_QUALIFIER_BEFORE.exec(text.slice(Math.max(0, e.start - 16), e.start));
    if (before && !held(e.start - before[1].length - 1, e.start)) e.start -= before[1].length + 1;
  }
}

/** "Association", "Foundation", "Symposium": the capitalised nouns that end an organisation's, a meeting's or a programme's name. */
const ORGANISATION_AFTER = new RegExp(`^[ \\u00a0]+(?:${indicationModifiers.organisationHeads.join('|')})(?![\\p{L}\\p{N}])`, 'u');

/**
 * A disease written with a capital right before a capitalised noun that ends an organisation's,
 * a meeting's or a programme's name is part of that name ("the Acme Diabetes Association's
 * meeting", "the Zeta Disease Research Foundation", "a Cancer Symposium"), no indication.
 */
function dropIndicationsInNames(text: string, out: RawEntity[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const e = out[k];
    if (e.kind === 'indication' && /^\p{Lu}/u.test(text.charAt(e.start)) && ORGANISATION_AFTER.test(text.slice(e.end, e.end + 20))) out.splice(k, 1);
    // ("the Centers for Disease Control", "the Institute for Cancer Research": a name in capitals after an organisation's
    // head and "for" or "of" is part of the organisation's name, no endpoint or disease)
    else if ((e.kind === 'indication' || e.kind === 'endpoint') && /^\p{Lu}/u.test(text.charAt(e.start)) && TITLE_CASE.test(text.slice(e.start, e.end))
      && ORGANISATION_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start))) out.splice(k, 1);
  }
}
/** An organisation's head and "for" or "of" right before a name: "Centers for ", "Institute of ". */
const ORGANISATION_BEFORE = new RegExp(`(?<![\\p{L}])(?:${indicationModifiers.organisationHeads.join('|')})[ \\u00a0](?:for|of)[ \\u00a0](?:the[ \\u00a0])?$`, 'u');

/** An instrument's name ending in its head word ("Global Assessment", "Rating Scale"), then "for" or "in" and a disease's name. */
const INSTRUMENT_END = /(?:Assessment|Scale|Index|Questionnaire|Inventory|Score|Checklist)$/;
const INSTRUMENT_DISEASE_GAP = /^[ \u00a0](?:for|in)[ \u00a0]$/;
/** A name in title case: every word capitalised but the little words of a title ("of", "and", "the"). */
const TITLE_CASE = /^\p{Lu}[\p{L}'\u2019-]*(?:[ \u00a0](?:(?:of|and|the|with)[ \u00a0])?\p{Lu}[\p{L}'\u2019-]*)*$/u;

/**
 * "Investigator's Global Assessment for Zeta Disease": a disease in title case after an instrument's name and "for"
 * or "in" names the instrument's version, no indication; the endpoint's name runs on over it.
 */
function joinInstrumentDiseases(text: string, out: RawEntity[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const e = out[k];
    if (e.kind !== 'indication' || !TITLE_CASE.test(text.slice(e.start, e.end))) continue;
    const instrument = out.find(p => p.kind === 'endpoint' && p.end < e.start && e.start - p.end <= 5 && INSTRUMENT_DISEASE_GAP.test(text.slice(p.end, e.start))
      && INSTRUMENT_END.test(text.slice(p.start, p.end)));
    if (!instrument) continue;
    instrument.end = e.end;
    out.splice(k, 1);
  }
}

// ---- diseases the Romance languages name head first -------------------------------------------------

const ROMANCE = indicationModifiers.romanceNames;
const ROMANCE_HEADS = new Set(ROMANCE.heads);
const ROMANCE_STOPS = new Set(ROMANCE.stops);
/** After the head: an adjective of it, then a preposition ("malignes dans les ", " della ", " de l'"). */
const ROMANCE_AFTER_HEAD = new RegExp(`^(?: (?:${wordsPattern(ROMANCE.adjectives)}))? (?:${wordsPattern(ROMANCE.prepositions)})(?:(?<=['\u2019])|[ ])`, 'iu');
const ROMANCE_WORD = /^\p{Ll}[\p{Ll}-]{2,}/u;
/** After the head and before the organ: histologies and statuses (indicationModifiers.json), one pair joined by "ou", "et", "o", "y". */
const ROMANCE_QUALIFIER_WORDS = wordsPattern([...ROMANCE.histologies, ...indicationModifiers.postModifiers]);
const ROMANCE_QUALIFIERS = new RegExp(`^(?: (?:${ROMANCE_QUALIFIER_WORDS})(?:,? (?:ou|o|et|e|y) (?:${ROMANCE_QUALIFIER_WORDS}))?(?![\\p{L}\\p{N}-])){1,3}`, 'iu');
/** " et du cou", " e del collo", " y del cuello": a second organ after a conjunction and its preposition. */
/** The first words of what may follow a head (a qualifier, an adjective, a preposition), in lower case. */
const ROMANCE_OPENERS = new Set([...ROMANCE.histologies, ...indicationModifiers.postModifiers, ...ROMANCE.adjectives, ...ROMANCE.prepositions]
  .map(w => w.split(/[\s'\u2019]/)[0].toLowerCase()));
/** The word right after a head, one space between: a hyphen may join its parts. */
const ROMANCE_NEXT_WORD = /^ (\p{L}[\p{L}-]*)/u;
const ROMANCE_SECOND_ORGAN = new RegExp(`^ (?:et|e|y) (?:${wordsPattern(ROMANCE.prepositions)})(?:(?<=['\u2019])|[ ])(\\p{Ll}[\\p{Ll}-]{2,})`, 'u');

/**
 * A disease the Romance languages name head first, the organ or tissue after a preposition: "tumori
 * del fegato", "tumeurs malignes dans les os", "cáncer de mama". The organ's words are
 * one or two words in lower case, ending at an article, a word of people, stage or treatment
 * (romanceNames.stops) or punctuation; "non" with one word after them qualifies the disease ("…
 * del fegato non zetale").
 */
function recognizeRomanceDiseases(text: string, tokens: Token[], covered: Uint8Array, out: RawEntity[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i];
    if (covered[i] || !head.wordStart || !head.wordEnd || !ROMANCE_HEADS.has(head.text.toLowerCase())) continue;
    // (the word after the head opens a qualifier, an adjective or a preposition, or no name follows: "cancer patients"
    // is over at once, without the qualifiers' long pattern)
    const next = ROMANCE_NEXT_WORD.exec(text.slice(head.end, head.end + 40));
    if (!next || !ROMANCE_OPENERS.has(next[1].toLowerCase())) continue;
    // "carcinome épidermoïde récurrent ou métastatique de la ...": the head's histology and status before the organ
    const qualified = head.end + (ROMANCE_QUALIFIERS.exec(text.slice(head.end, head.end + 80))?.[0].length ?? 0);
    const after = ROMANCE_AFTER_HEAD.exec(text.slice(qualified, qualified + 30));
    if (!after) continue;
    let end = qualified + after[0].length;
    let words = 0;
    for (; words < 2; words++) {
      const w = ROMANCE_WORD.exec(text.slice(end, end + 30));
      if (!w || ROMANCE_STOPS.has(w[0].toLowerCase()) || /^[\p{L}\p{N}'\u2019]/u.test(text.charAt(end + w[0].length))) break;
      end += w[0].length;
      if (text[end] !== ' ') { words++; break; }
      end++;
    }
    if (words === 0) continue;
    if (text[end - 1] === ' ') end--;
    // "de la tête et du cou", "della testa e del collo": a second organ joined to the first
    const second = ROMANCE_SECOND_ORGAN.exec(text.slice(end, end + 40));
    if (second && !ROMANCE_STOPS.has(second[1].toLowerCase()) && !/^[\p{L}\p{N}'\u2019]/u.test(text.charAt(end + second[0].length))) end += second[0].length;
    const non = /^ non[ -](\p{Ll}{3,})(?![\p{L}\p{N}-])/u.exec(text.slice(end, end + 30));
    // (a disease named there is what the qualifier sets apart, no mention of its own)
    const setApart = non && !ROMANCE_STOPS.has(non[1]) ? out.find(e => e.kind === 'indication' && e.start === end + non[0].length - non[1].length && e.end === end + non[0].length) : undefined;
    if (non && !ROMANCE_STOPS.has(non[1]) && (setApart || !out.some(e => e.start < end + non[0].length && e.end > end))) end += non[0].length;
    if (out.some(e => e !== setApart && e.start < end && e.end > head.start)) continue;
    if (setApart && setApart.end <= end) out.splice(out.indexOf(setApart), 1);
    out.push({ kind: 'indication', start: head.start, end, name: text.slice(head.start, end).toLowerCase(), evidence: 'pattern' });
    for (let k = i; k < tokens.length && tokens[k].start < end; k++) covered[k] = 1;
  }
}

// ---- diseases named by a head noun and the words that say which ------------------------------------

// one list of disease heads (indicationModifiers.json diseaseHeads) for this reader and the reader of a target's status:
// a kind of disease after any naming word; a named or generic head after a proper name, a symbol or two words; an
// abbreviation in capitals ("NSCLC") names its disease whole and takes no words before it here
const HEAD_WORDS = (heads: string[]) => heads.filter(h => !/^\p{Lu}{2,}$/u.test(h)).map(h => h.toLowerCase());
const DISEASE_HEADS = new Set(HEAD_WORDS(indicationModifiers.diseaseHeads.kinds));
const GENERIC_DISEASE_HEADS = new Set(HEAD_WORDS([...indicationModifiers.diseaseHeads.generic, ...indicationModifiers.diseaseHeads.named]));
const DISEASE_SUFFIX = new RegExp(`\\p{L}{3}(?:${indicationModifiers.diseaseSuffixes.suffixes.join('|')})$`, 'u');
const NO_DISEASE_WORDS = new Set(indicationModifiers.diseaseSuffixes.except);
/** Whether a word (in lower case) is a disease's head noun or ends as the words naming conditions do ("zetafibrosis"). */
export const namesDisease = (word: string): boolean => DISEASE_HEADS.has(word) || GENERIC_DISEASE_HEADS.has(word) || (DISEASE_SUFFIX.test(word) && !NO_DISEASE_WORDS.has(word));
/** Heads that name a family of diseases themselves ("leukemia", "lymphoma"): one word before them says which. */
const NAMED_DISEASE_HEADS = new Set(HEAD_WORDS(indicationModifiers.diseaseHeads.named));
/** Generic heads a gene's name right before makes a disease's name, as a kind of disease does ("ZGR4 kinase syndrome"). */
const AFTER_GENE_HEADS = new Set(HEAD_WORDS(indicationModifiers.diseaseHeads.afterGene));
const NAMELESS = new Set([...indicationModifiers.namelessModifiers, ...indicationModifiers.prefixes.map(p => p.toLowerCase()), ...indicationModifiers.statusSuffixes]);
const NAME_STOPS = new Set(indicationModifiers.nameStops);
const HEAD_FOLLOWERS = new Set(indicationModifiers.headFollowers);
/** "zeta-related cirrhosis": an entity's name glued to one of these words says which disease. */
const NAMING_SUFFIX = new RegExp(`^(.+)-(?:${indicationModifiers.namingSuffixes.join('|')})$`);
/** Words a disease's name may hold before its head: at most this many. */
const DISEASE_NAME_MAX_WORDS = 5;

/**
 * How much a word before a disease's head says which disease it is: 0 when it is no part of the
 * name (a closed-class word, a word that qualifies a disease without naming one, an adverb, a
 * verb's form), 1 for a word in lower case ("metabolic", "age-related"), 2 for a proper name or
 * a symbol ("Fabry", "Huntington's", "GM1"). In a heading whose head is capitalised, its
 * capitalised words count 1 and words in lower case none.
 */
function diseaseNameWord(word: string, titleCase: boolean): number {
  // "gastric/gastroesophageal": two sites joined by a slash say which as much as the weaker of them
  const slash = word.indexOf('/');
  if (slash > 0 && slash < word.length - 1 && word.indexOf('/', slash + 1) < 0) {
    return Math.min(diseaseNameWord(word.slice(0, slash), titleCase), diseaseNameWord(word.slice(slash + 1), titleCase));
  }
  const lower = word.toLowerCase();
  if (NAME_STOPS.has(lower) || NAMELESS.has(lower)) return 0;
  if (/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(word)) {
    if (titleCase) return 0;
    // an adverb ("rapidly") or a verb's form ("treated", "affecting") says something of the disease, names none
    return word.includes('-') || !/(?:ly|ing|ed)$/.test(word) ? 1 : 0;
  }
  if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?:['\u2019]s?)?$/u.test(word)) return titleCase ? 1 : 2;
  // "B-cell", "NK-cell", "T-lymphoblastic": a cell's letter and a word in lower case, as a word in lower case
  if (!titleCase && /^[\p{Lu}\p{N}]{1,3}-\p{Ll}{3,}$/u.test(word)) return 1;
  // "GM1", "IgA", "F2-F3": a symbol (a stage's numeral, "IV", is none)
  return !titleCase && !/^[IVX]+[A-C]?$/.test(word) && /^(?=.*\p{Lu})[\p{L}\p{N}]{2,6}(?:-[\p{Lu}\p{N}]{1,4})?$/u.test(word) && /[\p{Lu}\p{N}]/u.test(word.slice(1)) ? 2 : 0;
}

/**
 * A disease named by a head noun with the words before it that say which: a head that names only
 * a kind of disease ("deficiency", "anemia", "dystrophy", "palsy") after any such word ("hemolytic
 * anemia", "AADC deficiency"), a head that names diseases of every kind ("disease", "syndrome",
 * "infection", "cancer") after a proper name or a symbol ("Fabry disease", "Rett syndrome") or after
 * two such words ("lower respiratory tract infection"). The words are read right to left from the
 * head up to a closed-class word ("the", "with", "of"), a comma, an entity or a word that qualifies
 * a disease without naming one ("serious", "rare", "other"). A head in the plural names a class
 * ("inflammatory diseases"); a head followed by a noun modifies it ("disease progression", "cancer
 * cells"), and one followed by a capitalised word is part of a proper name ("Acme Cancer Center").
 * An indication right before the head takes it in ("MASH cirrhosis", "AD dementia"), and one glued to
 * "-related" or "-associated" is part of the name ("MASH-related cirrhosis").
 */
function recognizeDiseaseHeads(text: string, tokens: Token[], covered: Uint8Array, out: RawEntity[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i];
    const lowerHead = head.text.toLowerCase();
    const generic = GENERIC_DISEASE_HEADS.has(lowerHead);
    if (covered[i] || !head.wordStart || !head.wordEnd || !(generic || DISEASE_HEADS.has(lowerHead))) continue;
    if (text[head.start - 1] !== ' ' || /^[-\p{L}\p{N}]/u.test(text.charAt(head.end))) continue;
    // what follows the head: the end of a phrase, or a word a disease's name is followed by
    const next = /^[ \u00a0]+([\p{L}][\p{L}-]*)/u.exec(text.slice(head.end, head.end + 30))?.[1];
    // (a verb's past form, "received", "showed", follows a name as well)
    if (next && (/^\p{Lu}/u.test(next) || !(HEAD_FOLLOWERS.has(next) || /\p{Ll}{2}ed$/u.test(next)))) continue;
    const titleCase = /^\p{Lu}/u.test(head.text);
    // the words before the head, right to left
    let start = head.start;
    let score = 0;
    let merged: RawEntity | undefined;
    const inside: RawEntity[] = [];
    for (let n = 0; n < DISEASE_NAME_MAX_WORDS && text[start - 1] === ' '; n++) {
      // "zetal junction (ZJ) carcinoma": the abbreviation a name defines inside it is read over
      // ("(G/GEJ)": an abbreviation of sites joined by a slash)
      const abbreviation = score > 0 || n === 0 ? /(?:^| )(\([\p{Lu}\p{N}-]{1,10}(?:\/[\p{Lu}\p{N}-]{1,10})?\))$/u.exec(text.slice(Math.max(0, start - 24), start - 1)) : null;
      if (abbreviation && !out.some(e => e.start < start - 1 && e.end > start - 1 - abbreviation[1].length)) {
        start -= abbreviation[1].length + 1;
        continue;
      }
      let k = start - 1;
      while (k > 0 && !/[\s(),;:.!?"\u201c\u201d]/u.test(text.charAt(k - 1))) k--;
      const word = text.slice(k, start - 1);
      if (word.length === 0) break;
      const entity = out.find(e => e.start < start - 1 && e.end > k);
      if (entity) {
        // an indication right before the head takes it in; one glued to "-related" is part of the name
        // (after words that say which, too: "ZTTR cardiac amyloidosis")
        if (entity.kind === 'indication' && entity.end === start - 1) merged = entity;
        else if ((entity.kind === 'indication' || entity.kind === 'target') && entity.start === k && NAMING_SUFFIX.exec(word)?.[1].length === entity.end - k) {
          inside.push(entity);
          start = k;
          score += 2;
        } else if (n === 0 && (!generic || AFTER_GENE_HEADS.has(lowerHead)) && entity.kind === 'target' && entity.start <= k && entity.end === start - 1) {
          // "ZGR4 retinopathy", "ZGR4 kinase syndrome": a gene's or protein's name right before a kind of disease (or a
          // syndrome, a disorder) names the disease its variants cause
          inside.push(entity);
          start = entity.start;
          score += 2;
          continue;
        }
        break;
      }
      const w = diseaseNameWord(word, titleCase);
      // a qualifier of a disease inside a name that goes on before it ("oropharyngeal squamous zeta carcinoma") is read over, saying nothing of which disease
      if (w === 0 && !(score > 0 && MODIFIER_PHRASES.has(word.toLowerCase()) && !NAME_STOPS.has(word.toLowerCase()) && !indicationModifiers.namelessModifiers.includes(word.toLowerCase()))) break;
      start = k;
      score += w;
    }
    if (merged) {
      merged.end = head.end;
      covered[i] = 1;
      continue;
    }
    if (score < (generic && !NAMED_DISEASE_HEADS.has(lowerHead) ? 2 : 1)) continue;
    // the tokens of the name must be free: no entity already reads them
    let first = i;
    while (first > 0 && tokens[first - 1].start >= start) first--;
    if (covered.subarray(first, i).some((c, k) => c === 1 && !inside.some(e => tokens[first + k].start >= e.start && tokens[first + k].end <= e.end))) continue;
    for (const e of inside) out.splice(out.indexOf(e), 1);
    out.push({ kind: 'indication', start, end: head.end, name: text.slice(start, head.end).toLowerCase(), evidence: 'pattern' });
    for (let k = first; k <= i; k++) covered[k] = 1;
  }
}

// ---- outcomes a percentage makes measured ----------------------------------------------------------

const PERCENT_WORDS = alternation(outcomeWords.percentWords);
/** "71 % ", "64 Prozent " right before a word. */
const PERCENT_BEFORE = new RegExp(`\\d(?:[\\d.,]*\\d)?[ \\u00a0\\u202f]?(?:${PERCENT_WORDS})[ \\u00a0]$`, 'u');
/** " of 71 %", " von 64 Prozent", " was 71 %" right after a word. */
const PERCENT_AFTER = new RegExp(`^ (?:of|von|de|di|was|is|war|lag bei|was about|of about|of approximately|von rund|von etwa) \\d(?:[\\d.,]*\\d)?[ \\u00a0\\u202f]?(?:${PERCENT_WORDS})(?![\\p{L}])`, 'iu');
const EFFICACY_WORDS = new Set(outcomeWords.efficacyWords.map(w => w.toLowerCase()));
const OVERALL_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${alternation(outcomeWords.overallWords)}) $`, 'iu');
const PROTECTION = new RegExp(`^(?:${alternation(outcomeWords.protectionWords)}) `, 'iu');
const PROTECTED_FROM = new Set(outcomeWords.protectedFrom.map(w => w.toLowerCase()));
const DEFINED_OUTCOMES = new Set(outcomeWords.definedOutcomes.map(w => w.toLowerCase()));
/** ", defined as", " (defined as", and after a short "from ..." ("remission from anxiety (defined as"). */
const DEFINITION_AFTER = new RegExp(`^(?: from \\p{L}+(?: \\p{L}+)?)?(?:,| \\(|:)? ?(?:${alternation(outcomeWords.definitionWords)})(?![\\p{L}])`, 'iu');

/**
 * An outcome the text defines is a measure ("Remission, defined as a score of 7 or less").
 * A medicine's efficacy is no number; a percentage of it is the vaccine efficacy a trial measured
 * ("71 % efficacy", "an overall efficacy of 71 %", "eine Wirksamkeit von 64 Prozent"), and a
 * percentage of protection against a form of a disease is that measure for it ("88 % protection
 * against severe disease"). Without the percentage ("the efficacy and safety of") nothing is read.
 */
function recognizeMeasuredOutcomes(text: string, tokens: Token[], covered: Uint8Array, out: RawEntity[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !t.wordStart || !t.wordEnd) continue;
    const lower = t.text.toLowerCase();
    const before = text.slice(Math.max(0, t.start - 24), t.start);
    // "Remission, defined as a score of 7 or less": the text makes the word a measure ("an MG-ADL
    // response, defined as ...": the measure named before it, which the lexicon has read)
    const after = i > 0 && /^[ -]$/.test(text.slice(tokens[i - 1].end, t.start)) && covered[i - 1];
    if (DEFINED_OUTCOMES.has(lower) && !after && DEFINITION_AFTER.test(text.slice(t.end, t.end + 48))) {
      out.push({ kind: 'endpoint', start: t.start, end: t.end, name: lower, evidence: 'pattern' });
      covered[i] = 1;
      continue;
    }
    if (EFFICACY_WORDS.has(lower)) {
      const overall = OVERALL_BEFORE.exec(before);
      const start = overall ? t.start - overall[1].length - 1 : t.start;
      const measured = PERCENT_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || PERCENT_AFTER.test(text.slice(t.end, t.end + 40));
      if (!measured) continue;
      out.push({ kind: 'endpoint', start, end: t.end, name: 'VE', evidence: 'pattern' });
      covered[i] = 1;
      continue;
    }
    const prot = PROTECTION.exec(text.slice(t.start, t.start + 30));
    if (!prot || !PERCENT_BEFORE.test(before)) continue;
    // "protection against mild or severe illness": up to five words to the disease's noun
    let k = i + 1;
    while (k < tokens.length && tokens[k].end <= t.start + prot[0].length) k++;
    for (let n = 0; n < 5 && k < tokens.length && !covered[k]; n++, k++) {
      if (PROTECTED_FROM.has(tokens[k].text.toLowerCase())) {
        out.push({ kind: 'endpoint', start: t.start, end: tokens[k].end, name: 'VE', evidence: 'pattern' });
        for (let c = i; c <= k; c++) covered[c] = 1;
        i = k;
        break;
      }
      if (k + 1 < tokens.length && !/^ $/.test(text.slice(tokens[k].end, tokens[k + 1].start))) break;
    }
  }
}

// ---- events and measures that are outcomes only in an outcome's context ------------------------------

interface ListedPhrase { text: string; lower: string; exact: boolean }
/**
 * Phrases sorted longest first, each with whether it is compared in its own case (abbreviations: "MI", "BMI"), and put
 * in lists by their first character lower-cased (each list in that order): phraseAt reads the list of the character the
 * text has there, the phrases it would have tried first, instead of walking all of them.
 */
function phraseList(words: string[]): Map<string, ListedPhrase[]> {
  const byFirst = new Map<string, ListedPhrase[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const p = { text: w, lower: w.toLowerCase(), exact: /^[\p{Lu}\p{N}-]+$/u.test(w) };
    const first = p.lower.charAt(0);
    const list = byFirst.get(first);
    if (list) list.push(p); else byFirst.set(first, [p]);
  }
  return byFirst;
}
const CONTEXT_OUTCOMES = phraseList(outcomeWords.contextOutcomes);
const OUTCOME_MODIFIERS = phraseList(outcomeWords.outcomeModifiers);
/** The opener right before a list's first item: "composite endpoint included ", "reductions in ". */
/**
 * As `(?:^|[^\p{L}])(?:${alternation(outcomeWords.outcomeOpeners)}):?[ \u00a0]$` with the iu flags, asked only whether
 * it matches: a backwards trie (LexiconEndTest), the compiled alternation cost about 0.5 MB of code. The tail is a space
 * or a no-break space at the end, a colon perhaps before it: an opener may end right before either.
 */
const OPENER_BEFORE = new LexiconEndTest(outcomeWords.outcomeOpeners, true, /[\p{L}]/u, text => {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if (last !== 0x20 && last !== 0xa0) return [];
  return text.charCodeAt(n - 2) === 0x3a ? [n - 1, n - 2] : [n - 1];
});
/** The last words of the openers, lower-cased ("of" of "composite of"): every opener ends in a word of letters. */
const OPENER_LAST_WORDS = new Set(outcomeWords.outcomeOpeners.map(w => w.slice(w.lastIndexOf(' ') + 1).toLowerCase()));

/**
 * Whether OPENER_BEFORE may match `before`: false only where it cannot. A match ends in a space (or a no-break space),
 * perhaps a colon before it, and before that an opener's last word, all letters, with no letter right before it (a
 * space of the opener or the boundary's non-letter). So the run of letters the text ends in there is that word whole.
 * Only a run of ASCII letters is judged here (against the last words lower-cased: no ASCII letter folds to a letter
 * outside ASCII that an opener writes); any other text is left to the expression. (A word token's text before it is
 * tested: "rates of " passes on, "rates in the " does not.) @internal exported for its test
 */
export function mayOpen(before: string): boolean {
  let e = before.length - 1;
  if (e < 0) return false;
  const last = before.charCodeAt(e);
  if (last !== 32 && last !== 0xa0) return false;
  if (before.charCodeAt(e - 1) === 58) e--;
  let s = e;
  for (; s > 0; s--) {
    const c = before.charCodeAt(s - 1);
    if (c >= 0x80) return true;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
  }
  return s < e && OPENER_LAST_WORDS.has(before.slice(s, e).toLowerCase());
}
/** An effect estimate right after an outcome: " (HR 0.7", " [hazard ratio". */
const ESTIMATE_AFTER = new RegExp(`^[ \\u00a0]?[(\\[][ \\u00a0]?(?:${alternation(outcomeWords.estimateWords)})(?![\\p{L}])`, 'u');
/** Outcome words an entry criterion names by its level ("a BMI level of at least 30"); a change of them is the outcome ("a BMI reduction"). */
const MEASURE_NOUN_SKIP = new Set(outcomeWords.measureNounsAfterSkip.map(w => w.toLowerCase()));
/** A noun of the measured change right after an outcome word: " reduction", " changes" ("a 50% LDL reduction"). */
const MEASURE_NOUN_AFTER_OUTCOME = new RegExp(`^[ \\u00a0](?:${alternation(outcomeWords.measureNounsAfter)})(?![\\p{L}\\p{N}-])`, 'u');
/** A noun of the measured state right after an outcome word: " levels", " goals" ("reaching LDL goals"). */
const STATE_NOUN_AFTER_OUTCOME = new RegExp(`^[ \\u00a0](?:${alternation(outcomeWords.measureStateNounsAfter)})(?![\\p{L}\\p{N}-])`, 'u');
/** What joins a list's items: ", ", " or ", ", and/or ", " oder ", "/". */
const LIST_SEPARATOR = new RegExp(`^(?:,? (?:${alternation(outcomeWords.listConjunctions)}) |, |\\/)`, 'u');
const LIST_CONJUNCTIONS = new Set(outcomeWords.listConjunctions.map(w => w.toLowerCase()));
const LIST_MAX_ITEMS = 12;
/** An item that is a short form's score: "ZSS score", "mean ZSS total score" (the statistic before it no part of the name). */
const ACRONYM_SCORE = /^(?:(?:mean|average|median|total) )?(\p{Lu}[\p{Lu}\p{N}-]{1,9}(?: total)? scores?)(?![\p{L}\p{N}])/u;
/** A possessive before a list's item: "their ", "its ", "participants' ", "the patient's ". */
const POSSESSIVE_BEFORE_ITEM = /^(?:(?:their|his|her|its|the \p{Ll}+['\u2019]s|\p{Ll}+s['\u2019]|\p{Ll}+['\u2019]s)[ \u00a0])(?=\p{L})/u;
/** Words an item the list names without our knowing it may run to: "hospitalization for unstable angina". */
const UNKNOWN_ITEM_MAX_TOKENS = 6;

/** The phrase of `list` written at `at`, ending at a word's end. */
function phraseAt(text: string, at: number, phrases: Map<string, ListedPhrase[]>): number | undefined {
  const list = phrases.get(text.charAt(at).toLowerCase());
  if (list === undefined) return undefined;
  for (const p of list) {
    const written = text.slice(at, at + p.text.length);
    if (p.exact ? written !== p.text : written.toLowerCase() !== p.lower) continue;
    if (/[\p{L}\p{N}]/u.test(text.charAt(at + p.text.length))) continue;
    return at + p.text.length;
  }
  return undefined;
}

/** An outcome word with the modifiers written before it ("non-fatal MI", "CV death"): where it ends. @internal exported for its test */
export function contextOutcomeAt(text: string, at: number): number | undefined {
  let from = at;
  for (let n = 0; n < 3; n++) {
    const m = phraseAt(text, from, OUTCOME_MODIFIERS);
    if (m === undefined || !/^[ -]$/.test(text.charAt(m))) break;
    from = m + 1;
  }
  return phraseAt(text, from, CONTEXT_OUTCOMES);
}

/**
 * Events that also name a disease or a procedure ("stroke", "MI", "coronary revascularization") and
 * a measure that also names an entry criterion ("BMI") are outcomes where the text makes them one:
 * as items of a list an outcome's phrase opens ("the composite outcome comprised cardiovascular
 * death, MI or ischaemic stroke", "changes in BMI and waist circumference"), of a list in an endpoint's parenthesis or
 * definition ("MACE (CV death, MI or stroke)"), right before an effect estimate ("stroke (HR
 * 0.81)"), and right before a noun of its measurement ("a 50 % LDL reduction", "LDL goals"). "Patients with a prior stroke" names no outcome. Items the list holds that are no such word
 * are passed over to the next separator, never read.
 */
function recognizeContextOutcomes(text: string, tokens: Token[], covered: Uint8Array, out: RawEntity[]): void {
  const endpointEnd = new Map<number, number>();
  const endpointEnds = new Set<number>();
  for (const e of out) if (e.kind === 'endpoint') { endpointEnd.set(e.start, e.end); endpointEnds.add(e.end); }
  const tokenAt = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) tokenAt.set(tokens[i].start, i);
  const take = (start: number, end: number) => {
    const first = tokenAt.get(start);
    if (first === undefined) return;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
    for (let k = first; k <= last; k++) if (covered[k]) return;
    out.push({ kind: 'endpoint', start, end, name: text.slice(start, end).toLowerCase(), evidence: 'pattern' });
    for (let k = first; k <= last; k++) covered[k] = 1;
  };
  let listEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.wordStart || t.start < listEnd) continue;
    const before = text.slice(Math.max(0, t.start - 40), t.start);
    // an endpoint's parenthesis or definition: "MACE (CV death, ...", "MACE, defined as ..."
    const afterEndpoint = before.endsWith('(') && endpointEnds.has(t.start - (before.endsWith(' (') ? 2 : 1));
    const opened = mayOpen(before) && OPENER_BEFORE.test(before);
    if (opened || afterEndpoint) {
      listEnd = readOutcomeList(text, tokens, i, endpointEnd, take, !opened);
      continue;
    }
    if (covered[i]) continue;
    const end = contextOutcomeAt(text, t.start);
    if (end === undefined) continue;
    if (ESTIMATE_AFTER.test(text.slice(end, end + 20))
      || MEASURE_NOUN_AFTER_OUTCOME.test(text.slice(end, end + 16))
      || (STATE_NOUN_AFTER_OUTCOME.test(text.slice(end, end + 16)) && !MEASURE_NOUN_SKIP.has(text.slice(t.start, end).toLowerCase()))) take(t.start, end);
  }
}

/**
 * Reads a list of outcomes from token `i`, taking the context outcomes it names; returns where the
 * list ends. In an endpoint's parenthesis (`parenthesis`) an outcome is a whole item, followed by
 * a separator or the closing parenthesis: "hypoglycaemia (glucose below 3 mmol/L)" defines a
 * threshold, no list of outcomes.
 */
function readOutcomeList(text: string, tokens: Token[], i: number, endpointEnd: Map<number, number>, take: (start: number, end: number) => void, parenthesis: boolean): number {
  let at = tokens[i].start;
  let k = i;
  for (let n = 0; n < LIST_MAX_ITEMS && k < tokens.length; n++) {
    let start = tokens[k].start;
    if (start !== at) break;
    // "reduced participants' weight", "reduced their weight": whose measure it is stands before the item
    const owner = POSSESSIVE_BEFORE_ITEM.exec(text.slice(start, start + 40));
    if (owner) {
      start += owner[0].length;
      while (k < tokens.length && tokens[k].start < start) k++;
      if (k >= tokens.length || tokens[k].start !== start) break;
    }
    let end = endpointEnd.get(start);
    if (end === undefined) {
      end = contextOutcomeAt(text, start);
      if (end !== undefined && (!parenthesis || text.charAt(end) === ')' || LIST_SEPARATOR.test(text.slice(end, end + 10)))) take(start, end);
    }
    if (end === undefined) {
      // an item we do not know: its words, joined by spaces or hyphens, up to the next separator
      let last = k;
      while (last + 1 < tokens.length && last - k < UNKNOWN_ITEM_MAX_TOKENS && /^[ -]$/.test(text.slice(tokens[last].end, tokens[last + 1].start))
        && !LIST_CONJUNCTIONS.has(tokens[last + 1].text.toLowerCase())) last++;
      end = tokens[last].end;
      // "change in mean ZSS score": a score named by a short form in capitals is a measure, whatever the lexicon knows of it
      const score = ACRONYM_SCORE.exec(text.slice(start, end));
      if (score) take(start + score[0].length - score[1].length, start + score[0].length);
    }
    const sep = LIST_SEPARATOR.exec(text.slice(end, end + 10));
    if (!sep) return end;
    at = end + sep[0].length;
    while (k < tokens.length && tokens[k].start < at) k++;
  }
  return at;
}

// ---- rating scales and questionnaires named as proper names -----------------------------------------

const INSTRUMENT_HEADS = [...outcomeWords.instrumentHeads].sort((a, b) => b.length - a.length);
/** Heads that end a scale's name only with a version number after a hyphen (outcomes.json numberedInstrumentHeads). */
const NUMBERED_HEADS = [...outcomeWords.numberedInstrumentHeads].sort((a, b) => b.length - a.length);
const INSTRUMENT_STOPS = new Set(outcomeWords.instrumentStops);
const INSTRUMENT_NAME_STOPS = new Set(outcomeWords.instrumentNameStops);
const INSTRUMENT_ARTICLES = new Set(outcomeWords.instrumentArticles);
/** Lower-case words inside a scale's name: "Quality of Nightly Rest". */
const NAME_CONNECTORS = new Set(['of', 'and', 'for', 'in', 'the', 'de', 'du', 'des', 'der']);
const INSTRUMENT_MAX_WORDS = 8;
/** A capitalised word of a name: "Ataxia", "Friedreich's", "Sino-Nasal", "22". */
const NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}'\u2019\u2010\u2011\u2013-]*$/u;

/**
 * A rating scale or questionnaire named as a proper name, each word capitalised and ending in a
 * scale's head ("the Acme Tremor Rating Scale (ATRS)", "a Zeta Symptom Questionnaire"), is an
 * outcome measure, whether or not the lexicon knows it; its abbreviation follows it through the
 * document's definitions. An indication inside the name ("Acme Syndrome") is part of it. A name of
 * one word needs its abbreviation after it; a name that grades a patient for entry (performance
 * status, coma, stage) is none.
 */
function recognizeInstrumentNames(text: string, tokens: Token[], covered: Uint8Array, out: RawEntity[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !t.wordStart || text.charAt(t.start - 1) !== ' ') continue;
    let head = INSTRUMENT_HEADS.find(h => text.startsWith(h, t.start) && !/[\p{L}\p{N}]/u.test(text.charAt(t.start + h.length)));
    // "the Zeta Symptom Assessment-16": a head that ends a name only with the name's version number after it
    if (!head) {
      const numbered = NUMBERED_HEADS.find(h => text.startsWith(h, t.start));
      const version = numbered ? /^-\d{1,3}(?![\p{L}\p{N}])/u.exec(text.slice(t.start + numbered.length, t.start + numbered.length + 5)) : null;
      if (numbered && version) head = numbered + version[0];
    }
    if (!head) continue;
    const headEnd = t.start + head.length;
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1].end <= headEnd) last++;
    if (covered.subarray(i, last + 1).some(c => c === 1)) continue;
    // the name's words, right to left from the head
    let start = t.start;
    let words = 0;
    let pos = t.start;
    let stop = false;
    for (let n = 0; n < INSTRUMENT_MAX_WORDS && pos > 1 && text.charAt(pos - 1) === ' '; n++) {
      let k = pos - 1;
      while (k > 0 && !/[\s()\[\],;:"\u201c\u201d.]/u.test(text.charAt(k - 1))) k--;
      const word = text.slice(k, pos - 1);
      if (word.length === 0 || INSTRUMENT_ARTICLES.has(word) || INSTRUMENT_NAME_STOPS.has(word)) break;
      if (INSTRUMENT_STOPS.has(word)) { stop = true; break; }
      if (NAME_CONNECTORS.has(word)) { pos = k; continue; }
      if (!NAME_WORD.test(word)) break;
      start = k;
      words++;
      pos = k;
    }
    if (stop || words === 0) continue;
    const abbreviated = /^ ?\([\p{Lu}][\p{L}\p{N}-]{1,9}\)/u.test(text.slice(headEnd, headEnd + 14));
    if (words < 2 && !abbreviated) continue;
    // the tokens of the name: other entities inside it end the reading, an indication becomes part of the name
    let first = i;
    while (first > 0 && tokens[first - 1].start >= start) first--;
    const inside = out.filter(e => e.start >= start && e.end <= headEnd);
    if (inside.some(e => e.kind !== 'indication')) continue;
    if (out.some(e => e.start < start && e.end > start)) continue;
    for (const e of inside) out.splice(out.indexOf(e), 1);
    // "the Acme Tremor Rating Scale-Revised", "... Rating Scale total score"
    const end = headEnd + (SCALE_SCORE_AFTER.exec(text.slice(headEnd, headEnd + 32))?.[0].length ?? 0);
    while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
    out.push({ kind: 'endpoint', start, end, name: text.slice(start, end), evidence: 'pattern' });
    for (let k = first; k <= last; k++) covered[k] = 1;
    i = last;
  }
}

// ---- endpoints by their shape: time to an event, survival free of one -------------------------------

const TIME_TO_EVENTS = new Set(outcomeWords.timeToEvents.map(w => w.toLowerCase()));
/** The German events ("Genesung", "Rückfall") after "Zeit bis zum" or "Zeit bis zur" (outcomes.json timeToEventsDe). */
const TIME_TO_EVENTS_DE = new Set(outcomeWords.timeToEventsDe.map(w => w.toLowerCase()));
/** Words between "time to" and its event: "time to first moderate or severe exacerbation". */
const TIME_TO_MAX_WORDS = 5;
/** The adjectives German, the Nordic languages and Dutch glue a survival's event to (outcomes.json survivalQualifierEndings). */
const SURVIVAL_QUALIFIER = new RegExp(`(?:${outcomeWords.survivalQualifierEndings.join('|')})$`, 'iu');
/** The survival's nouns after them: "Überleben", "overlevelse", "överlevnad", "overleving". */
const SURVIVAL_HEADS = new Set(outcomeWords.survivalHeads.map(w => w.toLowerCase()));
/** The Romance survival's nouns, with the prepositions before its event and the adjective "specific" (outcomes.json survivalRomance). */
const SURVIVAL_ROMANCE = new Map(outcomeWords.survivalRomance.map(r => [r.head.toLowerCase(), r]));
const SURVIVAL_ARTICLES = new Set(outcomeWords.survivalArticles);
/** A rating scale's initials, a part after a hyphen, then its score: "ZQS score", "ZQ-D total score", "ZQS-12 subscore". */
/** Initials before "score" that name no clinical measure (outcomes.json initialsScoreStops): "an ESG score", "the FDA score". */
const INITIALS_SCORE_STOPS = new Set(outcomeWords.initialsScoreStops);
/** A threshold after a score: "of 40 or more", "\u2265 40", "of at least 12", "above 7". */
const SCORE_THRESHOLD_AFTER = /^[ \u00a0]*(?:(?:of|von|de)[ \u00a0]+)?(?:(?:at least|at most|more than|less than|greater than|above|below|over|under|mindestens)[ \u00a0]|[\u2265\u2264<>]|=>|>=|<=|\d[\d.,]*[ \u00a0]+or[ \u00a0]+(?:more|less|higher|lower|greater|above|below|fewer))/u;
const INITIALS_SCORE = /^(\p{Lu}[\p{Lu}\d]{1,7}(?:-[\p{Lu}\d]{1,4})?)[ \u00a0](?:total[ \u00a0])?(?:sub)?scores?(?![\p{L}\p{N}-])/u;

/**
 * Where a Romance survival's name ends: after its event, one word after the preposition and an optional article
 * ("survie sans métastase", "sopravvivenza libera da metastasi"), or after "specific" ("supervivencia específica"); 0 if neither.
 */
function romanceSurvivalEnd(text: string, tokens: Token[], i: number, r: { free: string[]; specific: string[] }): number {
  const after = text.slice(tokens[i].end, tokens[i].end + 40).toLowerCase();
  for (const w of r.specific) if (after.startsWith(` ${w}`) && !/[\p{L}\p{N}]/u.test(after.charAt(w.length + 1))) return tokens[i].end + w.length + 1;
  for (const w of r.free) {
    if (!after.startsWith(` ${w} `)) continue;
    let k = i + 1;
    while (k < tokens.length && tokens[k].end <= tokens[i].end + w.length + 1) k++;
    // "de la", "l'", "dalle": an article before the event
    if (k < tokens.length && (SURVIVAL_ARTICLES.has(tokens[k].text.toLowerCase()) || /^l$/i.test(tokens[k].text)) && /^['\u2019 ]$/.test(text.slice(tokens[k].end, tokens[k].end + 1))) k++;
    const ev = tokens[k];
    if (!ev || !/^\p{L}{3,}$/u.test(ev.text) || !/^[ '\u2019]+$/.test(text.slice(tokens[k - 1].end, ev.start))) return 0;
    return ev.end;
  }
  return 0;
}

/**
 * A time-to-event endpoint is named "time to" and the event ("time to first exacerbation", "time
 * to sustained symptom resolution", "time to death or permanent ventilation"); a survival free of
 * an event is named by the event ("ventilation-free survival"). Other times ("time to market",
 * "time to time") end in no event.
 */
function recognizeEndpointShapes(text: string, tokens: Token[], covered: Uint8Array, out: RawEntity[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (covered[i]) continue;
    const lower = tokens[i].text.toLowerCase();
    if (lower === 'time' && tokens[i + 1].text.toLowerCase() === 'to' && /^ $/.test(text.slice(tokens[i].end, tokens[i + 1].start))) {
      // the words after "to", joined by spaces or hyphens, up to the last event word ("death or permanent ventilation")
      let event = -1;
      for (let k = i + 2; k < tokens.length && k <= i + 1 + TIME_TO_MAX_WORDS && !covered[k]; k++) {
        if (!/^[ -]$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
        if (TIME_TO_EVENTS.has(tokens[k].text.toLowerCase())) event = k;
      }
      if (event < 0) continue;
      out.push({ kind: 'endpoint', start: tokens[i].start, end: tokens[event].end, name: text.slice(tokens[i].start, tokens[event].end).toLowerCase(), evidence: 'pattern' });
      for (let k = i; k <= event; k++) covered[k] = 1;
      i = event;
      continue;
    }
    // "die Zeit bis zur Genesung", "Zeit bis zum ersten Rückfall": the German "time to", then the event
    if (lower === 'zeit' && i + 3 < tokens.length && tokens[i + 1].text === 'bis' && /^zu[mr]$/.test(tokens[i + 2].text)
      && text.slice(tokens[i].end, tokens[i + 2].start) === ' bis ') {
      let event = -1;
      for (let k = i + 3; k < tokens.length && k <= i + 6 && !covered[k]; k++) {
        if (!/^[ -]$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
        if (TIME_TO_EVENTS_DE.has(tokens[k].text.toLowerCase())) event = k;
      }
      if (event >= 0) {
        out.push({ kind: 'endpoint', start: tokens[i].start, end: tokens[event].end, name: text.slice(tokens[i].start, tokens[event].end).toLowerCase(), evidence: 'pattern' });
        for (let k = i; k <= event; k++) covered[k] = 1;
        i = event;
        continue;
      }
    }
    // "metastasenfreies Überleben", "krankheitsspezifisches Überleben", "sygdomsspecifik overlevelse": the event glued to
    // the adjective before the survival's noun (outcomes.json survivalQualifierEndings, survivalHeads)
    if (SURVIVAL_HEADS.has(tokens[i + 1].text.toLowerCase()) && text.slice(tokens[i].end, tokens[i + 1].start) === ' ' && !covered[i + 1]) {
      const q = SURVIVAL_QUALIFIER.exec(tokens[i].text);
      const glued = q && q.index >= 3 ? i : q && q.index === 0 && i > 0 && !covered[i - 1] && text.slice(tokens[i - 1].end, tokens[i].start) === '-' ? i - 1 : -1;
      if (glued >= 0 && tokens[glued].wordStart) {
        out.push({ kind: 'endpoint', start: tokens[glued].start, end: tokens[i + 1].end, name: text.slice(tokens[glued].start, tokens[i + 1].end).toLowerCase(), evidence: 'pattern' });
        for (let k = glued; k <= i + 1; k++) covered[k] = 1;
        i++;
        continue;
      }
    }
    // "survie sans métastase", "supervivencia libre de recaída", "supervivencia específica": the Romance survival's noun
    // first, the event after a preposition (and an article), or "specific" after it (outcomes.json survivalRomance)
    const romance = SURVIVAL_ROMANCE.get(lower);
    if (romance) {
      const end = romanceSurvivalEnd(text, tokens, i, romance);
      if (end > 0) {
        let last = i;
        while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
        if (!covered.subarray(i, last + 1).some(c => c)) {
          out.push({ kind: 'endpoint', start: tokens[i].start, end, name: text.slice(tokens[i].start, end).toLowerCase(), evidence: 'pattern' });
          for (let k = i; k <= last; k++) covered[k] = 1;
          i = last;
          continue;
        }
      }
    }
    // "the ZQS score", "the ZQ-D total score", "the ZQS-12 subscore": a rating scale's initials before "score" name its score
    if (tokens[i].wordStart && !/[\p{L}\p{N}+\/-]/u.test(text.charAt(tokens[i].start - 1))) {
      const sc = INITIALS_SCORE.exec(text.slice(tokens[i].start, tokens[i].start + 40));
      // "a ZSS score of 40 or more", "a ZSS score \u2265 40": a threshold, an entry criterion, no measure
      if (sc && /\p{Lu}[^\p{Lu}]*\p{Lu}/u.test(sc[1]) && !INITIALS_SCORE_STOPS.has(sc[1]) && !SCORE_THRESHOLD_AFTER.test(text.slice(tokens[i].start + sc[0].length, tokens[i].start + sc[0].length + 40))) {
        const end = tokens[i].start + sc[0].length;
        let last = i;
        while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
        if (!covered.subarray(i, last + 1).some(c => c)) {
          // "the ZQ-5D VAS score": the initials of a part of an instrument named before them are one name with it
          const instrument = text.charAt(tokens[i].start - 1) === ' ' ? out.find(o => o.kind === 'endpoint' && o.end === tokens[i].start - 1) : undefined;
          if (instrument) instrument.end = end;
          else out.push({ kind: 'endpoint', start: tokens[i].start, end, name: text.slice(tokens[i].start, end), evidence: 'pattern' });
          for (let k = i; k <= last; k++) covered[k] = 1;
          i = last;
          continue;
        }
      }
    }
    // "ventilation-free survival", "GVHD-free survival", "cancer-specific survival": the event hyphenated to "free" or
    // "specific", then "survival"
    if ((lower === 'free' || lower === 'specific') && i > 0 && text.charAt(tokens[i].start - 1) === '-' && tokens[i + 1].text.toLowerCase() === 'survival'
      && /^[ -]$/.test(text.slice(tokens[i].end, tokens[i + 1].start)) && !covered[i - 1] && !covered[i + 1]) {
      let first = i - 1;
      while (first > 0 && !covered[first - 1] && text.slice(tokens[first - 1].end, tokens[first].start) === '-') first--;
      out.push({ kind: 'endpoint', start: tokens[first].start, end: tokens[i + 1].end, name: text.slice(tokens[first].start, tokens[i + 1].end).toLowerCase(), evidence: 'pattern' });
      for (let k = first; k <= i + 1; k++) covered[k] = 1;
      i++;
    }
  }
}

// ---- survival, remission and mortality by their nouns alone -----------------------------------------

const GENERIC_OUTCOMES = new Set(outcomeWords.genericOutcomes.map(w => w.toLowerCase()));
const GENERIC_STAT_WORDS = (endpointAreas as { statisticWords: string[] }).statisticWords;
/** Before the noun: a statistic ("median"), a landmark ("one-year", "12-month"), a percentage, a word of a treatment's effect ("prolonged"). */
const GENERIC_BEFORE = new RegExp(`(?:(?:^|[^\\p{L}\\p{N}-])(?:${alternation([...GENERIC_STAT_WORDS, ...outcomeWords.genericOutcomeBefore])})`
  + `|(?:^|[^\\p{L}\\p{N}])(?:\\d{1,2}|one|two|three|four|five|six|ten|twelve)[- ](?:year|month|week|day)s?|\\d[ \\u00a0]?%)[ \\u00a0-]$`, 'iu');
/** After the noun: a statistic written after it, a landmark ("at 24 months"), a figure ("was 40 %", "of 6.1 months", "| 27 %"), an estimate ("(HR 0.56"). */
const GENERIC_AFTER = new RegExp(`^(?:[ \\u00a0](?:${alternation(outcomeWords.genericOutcomeStatisticsAfter)})(?![\\p{L}])`
  + `|[ \\u00a0](?:at|after|à|a|nach|by) (?:\\d|one|two|three|four|five|ten)`
  + `|[ \\u00a0](?:was|were|is|of|reached|rates? of|lag bei|betrug|war|était|fue|era)[ \\u00a0](?:about |approximately |nearly |only |over |de |del |di )?\\d`
  + `|[ \\u00a0](?:(?:was|were) (?:achieved|attained|observed|seen|reported)|occurred) in \\d`
  + `|[ \\u00a0]?(?:[|:])[ \\u00a0]*\\d`
  + `|[ \\u00a0]?[(\\[][ \\u00a0]?(?:${alternation(outcomeWords.estimateWords)})(?![\\p{L}]))`, 'iu');
/** How far back (characters) the noun alone takes up an endpoint it heads ("clinical remission ... the remission rates"). */
const GENERIC_REFERENCE_REACH = 300;
/** Adjectives that say which remission or survival (outcomes.json genericOutcomeQualifiers): "molecular remission". */
const GENERIC_QUALIFIERS = new Set(outcomeWords.genericOutcomeQualifiers.map(w => w.toLowerCase()));
/** A noun after it that the outcome's word describes ("survival data", "survival benefit"). */
const GENERIC_ATTRIBUTIVE = new RegExp(`^[ \\u00a0-](?:${alternation(outcomeWords.genericOutcomeAttributive)})(?![\\p{L}])`, 'iu');
/** The word for cells before it: "cancer cell survival" is biology, no outcome. */
const GENERIC_NOT_AFTER = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(outcomeWords.genericOutcomeNotAfter)})[ \\u00a0-]$`, 'iu');

/**
 * Survival, remission and mortality named by their nouns alone (outcomes.json genericOutcomes) are the outcome a text
 * measures where it says so: after a statistic, a landmark, a percentage or a word of a treatment's effect ("median
 * survival", "one-year survival", "37 % remission", "prolonged survival"), or before a figure, a landmark or an estimate
 * ("survival at 24 months", "mortality was 27 %", "survival (HR 0.56"). The noun alone is the mention; a statistic or a
 * landmark is said of it, as of any endpoint.
 */
function recognizeGenericOutcomes(text: string, tokens: Token[], covered: Uint8Array, out: RawEntity[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || !t.wordStart || !t.wordEnd || !GENERIC_OUTCOMES.has(t.text.toLowerCase())) continue;
    if (/^[-\u2010\u2011]/.test(text.charAt(t.end)) || GENERIC_ATTRIBUTIVE.test(text.slice(t.end, t.end + 16))) continue;
    const before = text.slice(Math.max(0, t.start - 24), t.start);
    if (GENERIC_NOT_AFTER.test(before)) continue;
    const qualified = i > 0 && GENERIC_QUALIFIERS.has(tokens[i - 1].text.toLowerCase()) && text.slice(tokens[i - 1].end, t.start) === ' ';
    // "17 of them in remission", "40 % in remission": a count's share in the state ("patients stayed in remission" names the state)
    const counted = /\d[^.;:!?]{0,16}[ \u00a0](?:in|im|en)[ \u00a0]$/u.test(before);
    if (!qualified && !counted && !GENERIC_BEFORE.test(before) && !GENERIC_AFTER.test(text.slice(t.end, t.end + 40))) continue;
    // "molecular remission", "komplette Remission": the adjective that says which is one name with the noun
    const q = i > 0 && !covered[i - 1] && text.slice(tokens[i - 1].end, t.start) === ' ' && GENERIC_QUALIFIERS.has(tokens[i - 1].text.toLowerCase()) && tokens[i - 1].wordStart ? i - 1 : i;
    // "remission rates of 19 %": the share in remission is one name with the noun
    const rate = i + 1 < tokens.length && !covered[i + 1] && /^rates?$/i.test(tokens[i + 1].text) && text.slice(t.end, tokens[i + 1].start) === ' ' ? i + 1 : i;
    // "clinical remission ... remission rates of 19 %": the noun alone takes up the endpoint named just before that it heads
    const noun = t.text.toLowerCase();
    let canonical: string | undefined;
    for (let k = out.length - 1; q === i && k >= 0 && canonical === undefined; k--) {
      const o = out[k];
      if (o.kind === 'endpoint' && o.end <= t.start && t.start - o.end <= GENERIC_REFERENCE_REACH && text.slice(o.start, o.end).toLowerCase().endsWith(` ${noun}`)) canonical = o.name;
    }
    out.push({ kind: 'endpoint', start: tokens[q].start, end: tokens[rate].end, name: canonical ?? text.slice(tokens[q].start, tokens[rate].end).toLowerCase(), evidence: 'pattern' });
    for (let k = q; k <= rate; k++) covered[k] = 1;
  }
}

// ---- indications with their modifiers -------------------------------------------------------------

const lower = (w: string) => w.toLowerCase();
const MODIFIER_PHRASES = new Set(indicationModifiers.prefixes.map(p => p.toLowerCase()));
const MODIFIER_MAX_WORDS = Math.max(...indicationModifiers.prefixes.map(p => p.split(' ').length));
const STATUS_SUFFIXES = new Set(indicationModifiers.statusSuffixes);
const POPULATIONS = [...indicationModifiers.populations].sort((a, b) => b.length - a.length);
const LINE_OF_THERAPY = /^(?:(?:first|second|third|fourth|later|front|1st|2nd|3rd|4th)[- ]?line\+?|[1-4]L\+?|frontline)$/i;
const ROMAN_STAGE = /^(?:IV|I{1,3})[A-C]?$/;
const TYPE_NUMBER = /^(?:type|typ)[- ]?[12]$/i;
/** "Q61X", "V611E/K" (a mutation and its other residues after slashes). */
const MUTATION_CODE = /^[A-Z]\d{1,4}[A-Z](?:\/[A-Z])*$/;
const GENE_LIKE = /^[A-Z][A-Za-z0-9]{1,7}$/;
const MOLECULAR_NOUNS = new Set(['mutation', 'mutations', 'alteration', 'alterations', 'fusion', 'fusions', 'amplification', 'amplifications',
  'rearrangement', 'rearrangements', 'deletion', 'deletions', 'insertion', 'insertions', 'expression', 'overexpression', 'variant', 'variants']);

/** One qualifier word of an indication, alone: "metastatic", "second-line", "HER2+", "EGFR-mutant", "lenalidomide-refractory". */
function isModifierWord(w: string): boolean {
  const lower = w.toLowerCase();
  if (MODIFIER_PHRASES.has(lower) || LINE_OF_THERAPY.test(w) || TYPE_NUMBER.test(w)) return true;
  // "HER2+", "HR+", "HER2-": a marker with its status sign
  if (/^[\p{L}][\p{L}\p{N}.-]{0,10}[+\u2212-]$/u.test(w) && /\p{Lu}/u.test(w)) return true;
  // "ZQ1-mutant", "ZQ1-positive", "2-negative", "Q61X-mutated": anything hyphenated to a status word
  const dash = w.lastIndexOf('-');
  if (dash > 0 && STATUS_SUFFIXES.has(lower.slice(dash + 1))) return true;
  // "relapsed/refractory", "R/R", "HR+/HER2-"
  if (w.includes('/')) return w.split('/').every(part => part.length > 0 && (isModifierWord(part) || /^r$/i.test(part)));
  return false;
}

/**
 * Extends each indication leftwards over its qualifiers ("second-line recurrent …",
 * "ZQ1-mutant, inoperable or spread …", "stage III …", "ZRAS Q61X-mutated …",
 * "advanced (inoperable or spread) …") and rightwards over a line of therapy in parentheses,
 * a molecular "with … mutations" clause and a population ("… in adolescents"). Words are read one
 * at a time from the indication outwards; each step is bounded, so the pass is linear.
 */
function extendIndications(text: string, out: RawEntity[]): void {
  const blocking = out.filter(e => e.kind === 'drug' || e.kind === 'trial' || e.kind === 'company').map(e => [e.start, e.end] as const);
  const blocked = (a: number, b: number) => blocking.some(([s, e]) => s < b && e > a);
  const swallowed = new Set<RawEntity>();
  const targets = out.filter(t => t.kind === 'target');
  for (const e of out) {
    if (e.kind !== 'indication' || swallowed.has(e)) continue;
    let start = extendLeft(text, e.start);
    // a biomarker's long name before its status: "zeta growth factor receptor 2-negative …", "zeta receptor 2 (ZGR2)-negative …"
    for (let round = 0; round < 3; round++) {
      const at = text[start - 1] === '(' ? start - 1 - (text[start - 2] === ' ' ? 1 : 0) : start;
      // ("Claudin 9.2 expressing ...": a target the lexicon read, then its status as a word)
      const marker = (start < e.start ? targets.find(t => t.start < at && t.end >= at && t.end <= e.start && /^[ \d(-]/.test(text.slice(t.end, t.end + 1) || ' ')) : undefined)
        ?? targets.find(t => t.end < at && at - t.end <= 24 && STATUS_WORD_GAP.test(text.slice(t.end, at)))
        // "zeta kinase 1 (ZK1) amyotrophic lateral sclerosis", "ZK1 ALS": a gene written right before a disease names its genetic form
        ?? (round === 0 && start === e.start ? targets.find(t => t.end < at && GENE_BEFORE_DISEASE.test(text.slice(t.end, at)) && GENE_SURFACE.test(text.slice(t.start, t.end))) : undefined);
      if (!marker) break;
      const next = extendLeft(text, marker.start);
      start = next;
    }
    const end = extendRight(text, e.end);
    if ((start === e.start && end === e.end) || blocked(start, e.start) || blocked(e.end, end)) continue;
    e.start = start;
    e.end = end;
    // a target or a shorter indication inside the indication's name is no mention of its own
    for (const o of out) if (o !== e && (o.kind === 'target' || o.kind === 'indication') && o.start >= start && o.end <= end) swallowed.add(o);
  }
  if (swallowed.size > 0) for (let k = out.length - 1; k >= 0; k--) if (swallowed.has(out[k])) out.splice(k, 1);
}

/** Between a gene and the disease it names: a space, or the parenthesis closing the gene's symbol after its name. */
const GENE_BEFORE_DISEASE = /^\)?[ \u00a0]$/;
/** A gene's symbol ("ZK1", "C9orf72") or a protein's name ending in its number ("zeta kinase 1"). */
const GENE_SURFACE = /^(?:\p{Lu}[\p{Lu}\p{N}]{1,7}(?:orf\d+)?|\p{Ll}[\p{Ll} -]{3,40} \d{1,2})$/u;

/** Between a target and the disease's other words: its status written as a word (" expressing ", " positive "). */
const STATUS_WORD_GAP = new RegExp(`^[ \\u00a0](?:${[...STATUS_SUFFIXES].map(escapeRe).join('|')})[ \\u00a0]$`, 'u');

/** "zetal and " before a disease: a word and a conjunction, the word possibly one of a list ("zetal, ")." */
const SITE_BEFORE = /(?:^|[\s(])(\p{Ll}[\p{Ll}-]{2,}),? (?:and|or|and\/or) $/u;

/**
 * Sites joined by "and" or "or" before one disease's head name one indication with it ("breast
 * and ovarian cancer", "advanced gastric or zetal junction cancer"): the word before the conjunction
 * is a site when it and the head name a disease the lexicon knows ("breast cancer"). The qualifiers
 * before the first site are the indication's too (read next, with the others).
 */
function joinSites(text: string, out: RawEntity[], lexicon: Lexicon): void {
  for (const e of out) {
    if (e.kind !== 'indication') continue;
    const head = /(\p{L}+)$/u.exec(text.slice(e.start, e.end))?.[1];
    if (!head || !/^\p{Ll}/u.test(head)) continue;
    let start = e.start;
    for (let n = 0; n < 3; n++) {
      const m = SITE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      if (!m || MODIFIER_PHRASES.has(m[1]) || NAME_STOPS.has(m[1])) break;
      // a site: the word with the head, or with "cancer", names a disease the lexicon knows ("gastric" of "gastric cancer")
      const known = (phrase: string) => !!lexicon.wholeName(phrase, 'indication');
      if (!known(`${m[1]} ${head}`) && !known(`${m[1]} cancer`)) break;
      const siteStart = start - (m[0].length - (m[0].length - m[0].trimStart().length));
      if (out.some(o => o !== e && o.start < start && o.end > siteStart)) break;
      start = siteStart;
    }
    if (start === e.start) continue;
    e.start = start;
    e.name = text.slice(e.start, e.end).toLowerCase();
  }
}

/** " due to ", " caused by ": words that name a disease's cause after it (indicationModifiers.json causeWords). */
const CAUSE_BEFORE = new RegExp(`([\\p{L}\\p{N}'\u2019-]+) (?:${wordsPattern(indicationModifiers.causeWords)}) $`, 'u');
/** Each cause's last word (apostrophes as "'"): a window that does not end with one and a space holds no cause, and is not read by CAUSE_BEFORE. */
const CAUSE_LAST_WORDS = new Set(indicationModifiers.causeWords.map(w => w.split(' ').pop()!.replace(/\u2019/g, "'")));
function mayEndWithCause(window: string): boolean {
  if (!window.endsWith(' ')) return false;
  let k = window.length - 2;
  while (k >= 0 && !/\s/.test(window[k])) k--;
  return CAUSE_LAST_WORDS.has(window.slice(k + 1, window.length - 1).replace(/\u2019/g, "'"));
}
const ANY_DISEASE_HEAD = new Set([...indicationModifiers.diseaseHeads.kinds, ...indicationModifiers.diseaseHeads.generic, ...indicationModifiers.diseaseHeads.named].map(lower));

/**
 * A disease named with its cause after it is one indication: "mild zeta impairment due to AD",
 * "compensated cirrhosis due to ZASH", "lower respiratory tract disease caused by ZV". The disease
 * before the cause is an indication already read, or a disease's head word with its qualifiers
 * (the cause says which disease it is).
 */
/** The words for a virus's kinds right after its name: " subtype", " serotypes", " strains", " lineage". */
const VIRUS_KINDS_AFTER = /^[ -](?:subtypes?|serotypes?|strains?|lineages?)(?![\p{L}])/u;
/** A word that opens the account of a treatment's harms (outcomes.json adverseEventCues). */
const AE_CUE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(outcomeWords.adverseEventCues)})(?![\\p{L}])`, 'giu');
/** Words that say whose disease it is, between the harms' cue and the disease: "adverse events in patients with". */
const WHOSE_DISEASE = /(?:^|[^\p{L}])(?:(?:patients|participants|subjects|people|adults|children|those|men|women) (?:with|who|suffering|diagnosed)|treat\p{L}* (?:of|for)|approved for|indicated for|(?:studies|study|trials|trial) in)(?![\p{L}])/iu;
/** A grade right before a disease: "grade 3 ", "Grade \u22653 ", "grade 3/4 ", "Grad 3 ". */
const GRADE_BEFORE = /(?:^|[^\p{L}])(?:[Gg]rade|Grad)[ \u00a0]?(?:[\u2265>]=?[ \u00a0]?)?[1-5](?:[\/-][1-5])?[ \u00a0]$/u;

/**
 * A disease the text names as a treatment's harm is no indication: one in the list after a word for adverse events in the same
 * sentence ("the most common adverse events were fatigue, hypertension and pneumonia"), unless words between say whose disease
 * it is ("adverse events in patients with NSCLC"); one with a grade before it ("grade 3 pneumonitis"); one the text says was
 * not reported ("no colitis was seen").
 */
function dropAdverseEventDiseases(text: string, out: RawEntity[]): void {
  removeWhere(out, e => {
    if (e.kind !== 'indication') return false;
    const before = text.slice(Math.max(0, e.start - 240), e.start);
    // the sentence so far: from its last full stop, line break or semicolon
    const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; ')) + 1);
    let cueEnd = -1;
    AE_CUE.lastIndex = 0;
    for (let m = AE_CUE.exec(sentence); m; m = AE_CUE.exec(sentence)) cueEnd = m.index + m[0].length;
    const listed = cueEnd >= 0 && !WHOSE_DISEASE.test(sentence.slice(cueEnd));
    const graded = GRADE_BEFORE.test(before.slice(-16));
    const notReported = /(?:^|[^\p{L}])[Nn]o $/u.test(before.slice(-4)) && /^ (?:was|were|has been|have been) (?:reported|observed|seen|noted)(?![\p{L}])/u.test(text.slice(e.end, e.end + 24));
    return listed || graded || notReported;
  });
}

/** Removes the items a test picks, in one pass that keeps the others' order (a splice per item is quadratic). */
function removeWhere<T>(items: T[], drop: (item: T) => boolean): void {
  let w = 0;
  for (const item of items) if (!drop(item)) items[w++] = item;
  items.length = w;
}

export function joinCauses(text: string, out: RawEntity[]): void {
  const indications = out.filter(e => e.kind === 'indication').sort((a, b) => a.start - b.start);
  const dropped = new Set<RawEntity>();
  for (const cause of indications) {
    if (dropped.has(cause)) continue;
    const window = text.slice(Math.max(0, cause.start - 60), cause.start);
    const m = mayEndWithCause(window) ? CAUSE_BEFORE.exec(window) : null;
    if (!m) continue;
    const headEnd = cause.start - (m[0].length - m[1].length);
    const before = indications.find(e => e !== cause && !dropped.has(e) && e.end === headEnd);
    if (before) {
      before.end = cause.end;
      before.name = text.slice(before.start, before.end).toLowerCase();
      dropped.add(cause);
      continue;
    }
    if (!ANY_DISEASE_HEAD.has(lower(m[1])) || out.some(o => o.start < headEnd && o.end > headEnd - m[1].length)) continue;
    cause.start = extendLeft(text, headEnd - m[1].length);
    cause.name = text.slice(cause.start, cause.end).toLowerCase();
  }
  if (dropped.size > 0) for (let k = out.length - 1; k >= 0; k--) if (dropped.has(out[k])) out.splice(k, 1);
}

/** The span of an indication found at [start, end) with its qualifiers on either side (for short forms the document defines). */
export function indicationSpan(text: string, start: number, end: number): { start: number; end: number } {
  return { start: extendLeft(text, start), end: extendRight(text, end) };
}

/** The word (a run of non-space characters) ending at `end`, or undefined. */
function wordBefore(text: string, end: number): { start: number; word: string } | undefined {
  let a = end;
  while (a > 0 && !/[\s(]/.test(text[a - 1]) && end - a < 40) a--;
  return a < end ? { start: a, word: text.slice(a, end) } : undefined;
}

function extendLeft(text: string, from: number): number {
  let pos = from;
  for (let steps = 0; steps < 12; steps++) {
    // the separator before the current start: a space, a hyphen glued to a type ("Typ-2-Diabetes"), ", ", " or ", " and ", " and/or "
    let sepEnd = pos;
    let joined = false;
    if (text[sepEnd - 1] === ' ') sepEnd--;
    else if (text[sepEnd - 1] === '-' && steps === 0) sepEnd--;
    else break;
    let at = sepEnd;
    const conj = /(?:,| or| and| and\/or| oder| und| eller| och| og| et| ou)$/.exec(text.slice(Math.max(0, at - 8), at));
    if (conj) { at -= conj[0].length; joined = true; }
    if (text[at - 1] === ',' && !joined) { at--; joined = true; }
    // a parenthesis of qualifiers after a qualifier: "advanced (inoperable or spread)", "positive (ZQ+)"
    let unitEnd = at;
    if (text[unitEnd - 1] === ')') {
      const open = text.lastIndexOf('(', unitEnd - 1);
      if (open < 0 || unitEnd - open > 42 || /[\n.;]/.test(text.slice(open, unitEnd))) break;
      unitEnd = open;
      while (text[unitEnd - 1] === ' ') unitEnd--;
    }
    const unit = modifierEndingAt(text, unitEnd);
    if (unit === undefined) break;
    pos = unit;
  }
  return pos;
}

/** Where a qualifier ending at `end` starts: a listed phrase of up to a few words, a marker with its status, a stage. */
function modifierEndingAt(text: string, end: number): number | undefined {
  const w1 = wordBefore(text, end);
  if (!w1) return undefined;
  const word = w1.word;
  // the longest listed phrase ending here: "very to extremely active" (several words), "newly diagnosed"
  let best: number | undefined;
  let start = w1.start;
  let phrase = word.toLowerCase();
  for (let n = 1; n <= MODIFIER_MAX_WORDS; n++) {
    if (n > 1 && (MODIFIER_PHRASES.has(phrase) || LINE_OF_THERAPY.test(phrase))) best = start;
    if (text[start - 1] !== ' ') break;
    const prev = wordBefore(text, start - 1);
    if (!prev) break;
    phrase = prev.word.toLowerCase() + ' ' + phrase;
    start = prev.start;
  }
  if (best !== undefined) return best;
  if (isModifierWord(word)) {
    // "ZRAS Q61X-mutated": the gene before a mutation code
    const dash = word.lastIndexOf('-');
    if (dash > 0 && MUTATION_CODE.test(word.slice(0, dash)) && text[w1.start - 1] === ' ') {
      const gene = wordBefore(text, w1.start - 1);
      if (gene && GENE_LIKE.test(gene.word)) return gene.start;
    }
    // "ZRAS Q61X mutation-positive", "anti-ZQ receptor (ZQR) antibody-positive": the status of a marker's noun takes in the marker
    if (dash > 0 && MARKER_NOUNS.has(lower(word.slice(0, dash)))) return markerBefore(text, w1.start);
    return w1.start;
  }
  // "stage IV", "stage IIIB"
  if (ROMAN_STAGE.test(word) && text[w1.start - 1] === ' ') {
    const prev = wordBefore(text, w1.start - 1);
    if (prev && /^stage$/i.test(prev.word)) return prev.start;
  }
  // "ZQ1 negative": a marker, then its status as a word
  if (STATUS_SUFFIXES.has(word.toLowerCase()) && text[w1.start - 1] === ' ') {
    const prev = wordBefore(text, w1.start - 1);
    if (prev && /^[\p{Lu}][\p{L}\p{N}-]{1,10}$/u.test(prev.word) && /[\p{Lu}\p{N}]/u.test(prev.word.slice(1))) return prev.start;
  }
  // "ZET exon 14 skipping", "ZTRK gene fusion", "ZGFR exon 20 insertion mutation": a gene's alteration written before the
  // disease qualifies it as "ZET-mutated" does, the gene's symbol first
  if ((MOLECULAR_NOUNS.has(word.toLowerCase()) || word === 'skipping') && text[w1.start - 1] === ' ') {
    let at = w1.start;
    for (let n = 0; n < 4 && text[at - 1] === ' '; n++) {
      const prev = wordBefore(text, at - 1);
      if (!prev) break;
      if (GENE_SYMBOL.test(prev.word)) return prev.start;
      if (!ALTERATION_FILLERS.test(prev.word) && !MOLECULAR_NOUNS.has(prev.word.toLowerCase())) break;
      at = prev.start;
    }
  }
  return undefined;
}

/** A gene's symbol in capitals and digits: "ZET", "ZGFR3". */
const GENE_SYMBOL = /^[A-Z][A-Z0-9]{1,7}$/;
/** Words between a gene and its alteration's noun: "exon 14", "gene", "activating", "skipping". */
const ALTERATION_FILLERS = /^(?:exon|exons|\d{1,2}|gene|genetic|activating|skipping)$/;

/** "mutation", "antibody", "receptor": the nouns a marker's status is said of ("mutation-positive"), which need the marker named before them. */
const MARKER_NOUNS = new Set(indicationModifiers.markerNouns);

/**
 * Where the marker before a marker's noun starts ("ZRAS Q61X" before "mutation-positive", "anti-ZQ
 * receptor (ZQR)" before "antibody-positive"): symbols, mutation codes, an abbreviation in parentheses,
 * an "anti-" name and the marker's nouns, right to left, at most four words.
 */
function markerBefore(text: string, at: number): number {
  let start = at;
  let named = at;
  for (let n = 0; n < 4 && text[start - 1] === ' '; n++) {
    // "(ZQR)": an abbreviation in parentheses
    const paren = text[start - 2] === ')' ? text.lastIndexOf('(', start - 2) : -1;
    const prev = paren >= 0 && start - 1 - paren <= 14 ? { start: paren, word: text.slice(paren, start - 1) } : wordBefore(text, start - 1);
    if (!prev) break;
    const w = prev.word;
    // a marker's noun alone names no marker ("receptor antibody-positive"): only a word that names one moves the start
    if (MARKER_NOUNS.has(lower(w))) { start = prev.start; continue; }
    const marker = /^\([\p{L}\p{N}-]{2,12}\)$/u.test(w) || /^anti-\S+$/i.test(w) || MUTATION_CODE.test(w)
      || (/^[\p{L}\p{N}-]{2,12}$/u.test(w) && /\p{Lu}/u.test(w.slice(1)) && !MODIFIER_PHRASES.has(lower(w)));
    if (!marker) break;
    start = named = prev.start;
  }
  return named;
}

/**
 * " en rechute", " localmente avanzato", ", ad alto rischio": a qualifier the Romance languages write after the disease.
 * Its length at the start of `s` (0: none), as `^(?:,? (?:ou|o|e|y|et) |,? )(?:postModifiers)(?![\p{L}\p{N}-])` with
 * the iu flags matched it: the qualifiers are a trie (as one alternation they cost most of a MB of compiled code), and
 * the pattern's first branch (after a conjunction) is tried before its second, as the alternation tried them. At
 * most one conjunction can match, each being followed by the space.
 */
const POST_MODIFIERS = new LexiconMatcher(indicationModifiers.postModifiers, { ignoreCase: true, after: notBeforeChar(/[\p{L}\p{N}-]/u) });
const POST_CONJUNCTION = /^,? (?:ou|o|e|y|et) /iu;
export function postModifierLength(s: string): number {
  const conjunction = POST_CONJUNCTION.exec(s);
  const afterConjunction = conjunction ? POST_MODIFIERS.matchAt(s, conjunction[0].length) : null;
  if (afterConjunction) return afterConjunction.end;
  const open = s.startsWith(', ') ? 2 : s.startsWith(' ') ? 1 : 0;
  return open ? POST_MODIFIERS.matchAt(s, open)?.end ?? 0 : 0;
}

/** " de stade III", ", en estadio IV": a stage the Romance languages (and German) write after the disease. */
const POST_STAGE = new RegExp(`^,? (?:${wordsPattern(indicationModifiers.postStageWords)}) (?:IV|I{1,3})[A-C]?(?![\\p{L}\\p{N}])`, 'u');

function extendRight(text: string, from: number): number {
  let pos = from;
  // "Huntington’s": a disease named after a person, in the possessive, keeps its "'s"
  if (/^['\u2019]s(?![\p{L}\p{N}])/u.test(text.slice(pos, pos + 3)) && /(?:^|[^\p{L}\p{N}])\p{Lu}\p{Ll}{2,}$/u.test(text.slice(Math.max(0, pos - 20), pos))) pos += 2;
  // "zeta syndrome type 2", "zetaemia type III": the disease's type
  const type = /^ type (?:[1-4]|I{1,3}V?|[ABC])(?![\p{L}\p{N}])/u.exec(text.slice(pos, pos + 10));
  if (type) pos += type[0].length;
  // "myélome multiple en rechute ou réfractaire", "carcinoma zetale localmente avanzato ad alto rischio", "… de stade III"
  const postStep = (): number => postModifierLength(text.slice(pos, pos + 40)) || (POST_STAGE.exec(text.slice(pos, pos + 24))?.[0].length ?? 0);
  for (let n = 0, k = postStep(); k && n < 4; n++, k = postStep()) pos += k;
  // "NSCLC (2L+)"
  const line = /^ \(([^()\n]{1,14})\)/.exec(text.slice(pos, pos + 18));
  if (line && LINE_OF_THERAPY.test(line[1])) pos += line[0].length;
  // "… with ZQ1 (ZQ1B) activating mutations", "… harbouring ZRAS Q61X mutations"
  const clause = /^ (?:with|harbou?ring|carrying|bearing) /.exec(text.slice(pos, pos + 14));
  if (clause) {
    let at = pos + clause[0].length;
    for (let words = 0; words < 7; words++) {
      const m = /^\(?[^\s()]+\)?/.exec(text.slice(at, at + 40));
      if (!m || /[.;:,]$/.test(m[0]) && !MOLECULAR_NOUNS.has(m[0].slice(0, -1).toLowerCase())) break;
      const word = m[0].replace(/[.;:,]$/, '').toLowerCase();
      if (MOLECULAR_NOUNS.has(word)) { pos = at + word.length; break; }
      at += m[0].length;
      if (text[at] !== ' ') break;
      at++;
    }
  }
  // "… in adolescents", "… in adults and adolescents"
  if (text.startsWith(' in ', pos)) {
    const rest = text.slice(pos + 4, pos + 40).toLowerCase();
    const who = POPULATIONS.find(p => rest.startsWith(p) && !/[\p{L}\p{N}]/u.test(rest[p.length] ?? ''));
    if (who) pos += 4 + who.length;
  }
  return pos;
}

// ---- targets -------------------------------------------------------------------------------------

/** Words of a grammar list as alternatives of a pattern, a space in a word matching a hyphen too. */
const wordsRe = (words: string[]) => words.map(w => escapeRe(w).replace(/ /g, '[ -]')).join('|');

/** Words after a protein's symbol that make it a part of an engineered receptor: "CD8 hinge", "4-1BB co-stimulatory domain". */
const CONSTRUCT_PART = new RegExp(`^[ -]?(?:${targetReadings.constructParts.map(w => escapeRe(w).replace(/-/g, '[-\\u2010\\u2011]')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/** Targets whose name before "inhibitor" names a class of drugs ("a proteasome inhibitor"). */
const CLASS_NAMES = new Set(targetReadings.classNames);
const CLASS_HEAD = /^[ -]inhibitors?\b/i;

/** HGNC symbols that are English words (MET, KIT, CAT, REST): targets only in capitals and in a target's context. */
const WORD_SYMBOLS = new Set((genes as { wordSymbols: string }).wordSymbols.split('|').filter(Boolean));
/** HGNC names that are dictionary words ("insulin", "glucagon"): a substance first, a target only in a target's context. */
const WORD_NAMES = new Set((genes as { wordNames: string }).wordNames.split('|').filter(Boolean));
/** Words beside a gene symbol that make it a gene or protein: "MET amplification", "anti-KIT", "targeting REST". */
const GENE_CONTEXT_AFTER = /^[ -](?:amplification|amplified|mutation|mutations|mutant|mutated|methylation|methylated|promoter|deletion|deletions|rearrangement|rearrangements|knockout|exon|fusion|fusions|inhibitor|inhibitors|inhibition|antibody|antibodies|agonist|agonists|antagonist|antagonists|degrader|expression|overexpression|overexpressing|positive|negative|pathway|signaling|signalling|receptor|gene|protein|kinase|alteration|alterations|targeted|targeting|directed|deficiency|knockdown|silencing|variant|variants|levels?)\b/i;
const GENE_CONTEXT_BEFORE = /(?:\b(?:anti|targeting|targets|target|inhibiting|inhibits|against|blocks|blocking|binds|silencing|silences)[ -]|\b(?:inhibitors?|inhibition|antagonists?|agonists?|antibod(?:y|ies)|modulators?|degraders?|blockade) of (?:the )?|\b(?:of|and) (?:the )?(?:EGFR|HER2|ALK|ROS1|RET|BRAF|KRAS|FGFR\d?|NTRK|PD-L1|VEGFR?\d?)(?:,| and| or) )$/i;

/**
 * HGNC symbols of four or more capitals and no digit that the lexicon matches (genes.json lines without "~"): the genes
 * the curated targets.json does not hold. Runs of capitals are how English writes acronyms (of diseases, cohorts,
 * organisations, tests), and a symbol of letters alone has no digit to tell it from one; a drug's target is named with
 * its context ("inhibitor", "mutation", "expression", "anti-"), and a gene once named so is the gene at its other mentions.
 */
const LETTER_SYMBOLS = new Set([...(genes as { genes: string }).genes.matchAll(/(?:^|\n)(\p{Lu}{4,})(?=[|\t\n]|$)/gu)].map(m => m[1]));
/** A company's word with its capital right after a target's name: "ZGFR Pharma", "Zetakine Therapeutics" (companyWords.json; not "Oncology" or "Vaccines", which name a field). */
const COMPANY_WORD_AFTER = new RegExp(`^ (?:${[...companyWords.companyWords, ...companyWords.corporateForms].filter(w => !['oncology', 'vaccines', 'diagnostics', 'co', 'as', 'se', 'sa', 'ab'].includes(w))
  .map(w => w.charAt(0).toUpperCase() + w.slice(1)).map(w => w.replace(/[.*+?^\${}()|[\]\\/]/g, '\\$&')).join('|')})\\b`, 'u');
/** A capitalised word or code glued by a hyphen after a target's symbol, then "trial" or "study": "ZETA-CARE trial", "ZGFR-Lung-01 study". */
const TRIAL_NAME_AFTER = /^-\p{Lu}[\p{L}\d]*(?:-\p{Lu}?[\p{L}\d]*)?[ \u00a0](?:trial|study|studies|Studie|étude|estudio|studio)\b/u;
/** "-like" glued to a protein's name, then a word: "zeta factor-like protein", "delta-like ligand". */
const LIKE_AFTER = /^[-\u2010\u2011]like[ -]\p{L}/u;

/** The symbols of LETTER_SYMBOLS that stand somewhere in the text where a gene or a drug's target is spoken of. */
function establishedLetterSymbols(text: string, tokens: Token[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (found.has(t) || !LETTER_SYMBOLS.has(t) || !tokens[i].wordStart || !tokens[i].wordEnd) continue;
    if (wordSymbolInContext(text, tokens, i)) found.add(t);
  }
  return found;
}

/** "zeta lyase (ZETL)": a symbol in parentheses right after a target's name the text wrote out is its defined short form. */
function definedAfterName(text: string, out: RawEntity[], start: number): boolean {
  if (text[start - 1] !== '(') return false;
  const prev = out[out.length - 1];
  return prev !== undefined && prev.kind === 'target' && /^ ?\($/.test(text.slice(prev.end, start));
}

/**
 * Gene symbols of three or four capitals kept out of matching because an abbreviation reads them first
 * (HGNC's "~SYMBOL" lines: "MUT", "ATM", "GBA").
 */
/** Curated symbols an abbreviation reads as often (targets.json abbreviationSymbols: "ER", extended release): targets only in a target's context. */
const ABBREVIATION_SYMBOLS = new Set<string>(targetReadings.abbreviationSymbols);
/** Words after a protein's name that make it the substance given (targets.json givenAfter): "factor X prophylaxis". */
const GIVEN_AFTER = new RegExp(`^[ -][([]?(?:${wordsRe(targetReadings.givenAfter)})(?![\\p{L}])`, 'iu');
const SHORT_SYMBOLS = new Set([...(genes as { genes: string }).genes.matchAll(/(?:^|\n)~(\p{Lu}{3,4})[|\t\n]/gu)].map(m => m[1]));
const SHORT_CONTEXT_AFTER = new RegExp(`^[ -](?:${wordsRe(targetReadings.shortSymbolAfter)})(?![\\p{L}])`, 'iu');
const SHORT_CONTEXT_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${wordsRe(targetReadings.shortSymbolBefore)})[ -](?:the )?$`, 'iu');

function shortSymbolInContext(text: string, t: Token): boolean {
  const around = text.slice(Math.max(0, t.start - 30), Math.min(text.length, t.end + 30));
  if (!/\p{Ll}{3}/u.test(around)) return false;
  return SHORT_CONTEXT_AFTER.test(text.slice(t.end, t.end + 16)) || SHORT_CONTEXT_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start));
}

/** Where the targets found so far start and end, for a symbol listed beside them. */
function targetListEdges(out: RawEntity[]): { starts: Set<number>; ends: Map<number, number> } {
  const starts = new Set<number>();
  const ends = new Map<number, number>();
  for (const e of out) if (e.kind === 'target') { starts.add(e.start); ends.set(e.end, e.start); }
  return { starts, ends };
}

const LIST_GAP_BEFORE = /(?:, ?|,? and |,? or |\/)$/;
const LIST_GAP_AFTER = /^(?:, ?|,? and |,? or |\/)/;

/**
 * A symbol that is also a word, in capitals, listed with targets on both sides ("EGFR, MET, CA9"); or, a symbol or a
 * protein's name that is a word ("glucagon"), closing a list of targets after two of them ("GLP-1, GIP and glucagon").
 */
function inTargetList(text: string, t: Token, listed: { starts: Set<number>; ends: Map<number, number> }, name = false): boolean {
  const before = text.slice(Math.max(0, t.start - 6), t.start).match(LIST_GAP_BEFORE);
  const after = text.slice(t.end, t.end + 6).match(LIST_GAP_AFTER);
  const prevStart = before !== null ? listed.ends.get(t.start - before[0].length) : undefined;
  if (prevStart === undefined) return false;
  if (!name && after !== null && listed.starts.has(t.end + after[0].length)) return true;
  // the list's last item, after its conjunction, with two targets before it
  if (!/(?:and|or) $/.test(before![0])) return false;
  const earlier = text.slice(Math.max(0, prevStart - 6), prevStart).match(LIST_GAP_BEFORE);
  return earlier !== null && !/(?:and|or) $/.test(earlier[0]) && listed.ends.has(prevStart - earlier[0].length);
}

/** Between two coordinated symbols: "C3 or C5", "C3, C5 and C7", "C3/C5". */
const COORDINATION_GAP = /^(?:,? (?:and|or|und|oder) |, ?|\/)$/;

/**
 * A letter and a digit coordinated with symbols of its kind that the words after the last of them make targets: "C3 or C5
 * inhibition", "C3, C5 and C7 inhibitors". The context word is said of every symbol of the list.
 */
function coordinatedInContext(text: string, tokens: Token[], i: number): boolean {
  let last = i;
  for (let j = i + 1; j < tokens.length && j <= i + 9; j++) {
    if (!/^\p{Lu}\d{1,2}$/u.test(tokens[j].text)) continue;
    if (!COORDINATION_GAP.test(text.slice(tokens[last].end, tokens[j].start))) return false;
    if (wordSymbolInContext(text, tokens, j)) return true;
    last = j;
  }
  return false;
}

function wordSymbolInContext(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // a headline in capitals says nothing: the words around must be written in lower case
  const around = text.slice(Math.max(0, t.start - 30), Math.min(text.length, t.end + 30));
  if (!/\p{Ll}{3}/u.test(around)) return false;
  return GENE_CONTEXT_AFTER.test(text.slice(t.end, t.end + 16)) || GENE_CONTEXT_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start));
}

/**
 * A target name is a common noun ("amylin", "mesothelin"): capitalised in the middle of a sentence
 * with a lower-case word after it, it is the name of something else ("Amylin will", a company).
 * An alias written with capitals ("FRa") is not matched by a word in lower case ("fra", Danish "from").
 */
function targetSurfaceOk(text: string, tokens: Token[], m: PhraseMatch): boolean {
  const surface = text.slice(m.start, m.end);
  const alias = m.entry.alias;
  // a symbol that is also a word ("MET"), or a letter and a digit that a stage, a grade or a quarter
  // is written as too ("F3" fibrosis, "T2" tumours, "Q3"), is a target only where a target is spoken of
  if (m.startToken === m.endToken && (WORD_SYMBOLS.has(surface) || /^\p{Lu}\d$/u.test(surface)) && !wordSymbolInContext(text, tokens, m.startToken)
    && !coordinatedInContext(text, tokens, m.endToken)) return false;
  // a symbol an abbreviation reads as often ("ER": extended release) only where a target is spoken of, or with its status sign ("ER+")
  if (m.startToken === m.endToken && ABBREVIATION_SYMBOLS.has(surface) && !wordSymbolInContext(text, tokens, m.startToken) && !/^\+/.test(text.slice(m.end, m.end + 1))) return false;
  // one word is not a phrase of several: "proteins" is not "protein S"
  if (m.startToken === m.endToken && /\s/.test(alias.trim())) return false;
  if (/\p{Lu}/u.test(alias) && !/\p{Lu}/u.test(surface) && alias.replace(/[^\p{L}]/gu, '').length <= 5) return false;
  if (alias === alias.toLowerCase() && /^\p{Lu}\p{Ll}/u.test(surface)) {
    const before = text.slice(Math.max(0, m.start - 3), m.start);
    const sentenceStart = m.start === 0 || /(?:[.!?:;"\u201c(]\s*|\n\s*)$/.test(before);
    const next = tokens[m.endToken + 1];
    const gap = next ? text.slice(m.end, next.start) : '';
    if (!sentenceStart && next && /^(?:'s?)? ?$/.test(gap) && /^\p{Ll}/u.test(next.text)) return false;
  }
  return true;
}

const ACTED_ON_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${wordsRe(targetReadings.actedOnBefore)})[ -](?:the )?$`, 'iu');
const ACTED_ON_AFTER = new RegExp(`^[ -](?:${wordsRe(targetReadings.actedOnAfter)})(?![\\p{L}])`, 'iu');

/** Whether the words around a name say that a drug acts on what it names ("targeting Lp(a)", "an Lp(a) disruptor"). */
function actedOn(text: string, start: number, end: number): boolean {
  return ACTED_ON_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || ACTED_ON_AFTER.test(text.slice(end, end + 16));
}

const CELL_NOUNS = wordsRe(targetReadings.cellNouns);
const CELL_STATES = wordsRe(targetReadings.cellMarkerStates);
// a marker's sign: "+", or the superscript plus and minus of typeset text ("CD19\u207a", "CD19\u207b": with and without the marker)
const CELL_SIGN = '[+\\u207a\\u207b]';
/** After a marker: other markers ("/CD8", "+CD28+", "\u207bZBCM\u207a" with a sign of its own), a state ("-enriched"), then a kind of cell, not a T-cell engager. */
const CELL_AFTER = new RegExp(`^${CELL_SIGN}?(?:[/ ]?(?:and |or )?(?:\\p{Lu}{1,4}\\d{1,3}${CELL_SIGN}?|\\p{Lu}[\\p{Lu}\\d]{1,5}${CELL_SIGN}))*(?:[- ](?:${CELL_STATES}))?${CELL_SIGN}?[- ]?(?:${CELL_NOUNS})(?![\\p{L}\\p{N}]|[- ](?:engag|redirect|bispecific|bridg))`, 'iu');

/**
 * A marker written for the cells that carry it ("CD7+ cells", "CD34+", "CD4/CD7-enriched T cells", "PD-1+ T cells"):
 * a kind of cell, no molecular target. A symbol of the CD family with "+" names cells by itself.
 */
function cellMarker(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  if (/^CD\d/.test(text.slice(start, end)) && /^[+\u207a\u207b](?![\p{L}\p{N}])/u.test(after)) return true;
  return CELL_AFTER.test(after);
}

// the heads a disease named after a target's status ends in (indicationModifiers.json diseaseHeads): named ones, and the
// others, which need a word saying which
const STATUS_DISEASE_HEADS = wordsRe(indicationModifiers.diseaseHeads.named);
const STATUS_GENERIC_HEADS = wordsRe([...indicationModifiers.diseaseHeads.kinds, ...indicationModifiers.diseaseHeads.generic]);
/**
 * After a target: its abbreviation in parentheses, a status ("-negative", "+"), then up to seven words, a
 * parenthesised abbreviation among them, ending in a disease's head word ("… (ZGR2)-negative gastric or
 * gastroesophageal junction adenocarcinoma"); a generic head ("cancer") needs a word that says which
 * ("ZGR2-mutated cancers" names no indication).
 */
const STATUS_THEN_DISEASE = new RegExp(`^(?: \\([\\p{L}\\p{N}-]{2,12}\\))?(?:-(?:${[...STATUS_SUFFIXES].map(escapeRe).join('|')})|[+\\u2212])(?:(?: (?:\\([\\p{L}\\p{N}]{2,8}\\)|[\\p{L}\\p{N}'-]+)){0,7}? (?:${STATUS_DISEASE_HEADS})|(?: (?:\\([\\p{L}\\p{N}]{2,8}\\)|[\\p{L}\\p{N}'-]+)){1,7}? (?:${STATUS_GENERIC_HEADS}))(?![\\p{L}\\p{N}])`, 'iu');

/** A protein change written as a mutation ("G12C", "p.V600E"): the old residue, its position, the new residue. */
const MUTATION_SURFACE = /^(?:p\.)?\p{Lu}\d{1,4}\p{Lu}$/u;
/** Between a gene and its mutation: a space, a closing parenthesis ("(ZRAS) G12C"), a "p." of the protein change. */
const GENE_MUTATION_GAP = /^\)?[ \u00a0]?(?:p\.)?$/;

/**
 * A mutation the lexicon knows as a target ("G12C" of "ZRAS G12C") written after its gene with something between
 * ("ZRAS p.G12C", "Zeta rat oncogene (ZRAS) G12C") is one target with the gene, not a second target.
 */
function joinMutations(text: string, out: RawEntity[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const e = out[k];
    if (e.kind !== 'target' || !MUTATION_SURFACE.test(text.slice(e.start, e.end))) continue;
    const gene = out.find(g => g !== e && g.kind === 'target' && g.end <= e.start && e.start - g.end <= 4 && GENE_MUTATION_GAP.test(text.slice(g.end, e.start)));
    if (!gene) continue;
    // "(ZRAS) G12C": the gene's symbol in parentheses ends where they close; the mutation says which of its targets
    if (text[gene.end] !== ')') gene.end = e.end;
    gene.name = e.name;
    out.splice(k, 1);
  }
}

/** The events of a disease a trial counts, right after its name (outcomes.json diseaseEvents): " exacerbations", " flares". */
const DISEASE_EVENT_AFTER = new RegExp(`^[ \\u00a0-](?:${wordsPattern(outcomeWords.diseaseEvents)})(?![\\p{L}\\p{N}-])`, 'iu');

/**
 * A disease's name with the events of the disease a trial counts after it ("moderate or severe zetasthma exacerbations",
 * "zout flares", "ZS relapses") names the outcome, the events, not the patients' disease: one endpoint over the whole,
 * its severity included, taking in an endpoint read inside it ("exacerbations").
 */
function diseaseEvents(text: string, out: RawEntity[]): void {
  for (let k = 0; k < out.length; k++) {
    const e = out[k];
    if (e.kind !== 'indication') continue;
    const m = DISEASE_EVENT_AFTER.exec(text.slice(e.end, e.end + 24));
    if (!m) continue;
    const end = e.end + m[0].length;
    out[k] = { kind: 'endpoint', start: e.start, end, name: text.slice(e.start, end).toLowerCase(), evidence: 'pattern' };
    const whole = out[k];
    removeWhere(out, o => o !== whole && o.kind === 'endpoint' && o.start >= whole.start && o.end <= whole.end);
    k = out.indexOf(whole);
  }
}

/** Removes the targets written as the biomarker status of a disease named after them ("ZGR2-negative gastric cancer"). */
function dropStatusMarkers(text: string, out: RawEntity[]): void {
  const dropped = new Set<RawEntity>();
  for (const e of out) {
    if (e.kind !== 'target' || e.extra?.bispecific) continue;
    const after = text.slice(e.end, e.end + 140).split(/[.;:!?\n]/)[0];
    if (!STATUS_THEN_DISEASE.test(after)) continue;
    dropped.add(e);
    // "human epidermal growth factor receptor 2 (ZGR2)-negative": the abbreviation is the same marker
    for (const o of out) if (o.kind === 'target' && o.start > e.end && o.start <= e.end + 3 && text[o.start - 1] === '(') dropped.add(o);
  }
  if (dropped.size > 0) for (let k = out.length - 1; k >= 0; k--) if (dropped.has(out[k])) out.splice(k, 1);
}

/** Words before a hyphen that make a target's symbol a modifier, not a product's name ("anti-CD38", "pan-HER"). */
const SYMBOL_PREFIXES = new Set(targetReadings.symbolPrefixes.map(w => w.toLowerCase()));

/**
 * A target's symbol glued by a hyphen to a word before it that names a product or a platform
 * ("Acmebody-CD38", "ZX-LPA"): a capitalised word or a code in capitals, no prefix of English
 * ("anti-", "pan-") and no target itself ("GIP-GLP-1"), and the name ends with the symbol.
 */
function productPrefixAt(text: string, tokens: Token[], m: PhraseMatch, lexicon: Lexicon): boolean {
  const prev = tokens[m.startToken - 1];
  if (!prev || !prev.wordStart || prev.end !== m.start - 1 || text[prev.end] !== '-') return false;
  if (!/^(?:\p{Lu}\p{Ll}{2,}|\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+|\p{Lu}{2,6})$/u.test(prev.text) || SYMBOL_PREFIXES.has(prev.text.toLowerCase())) return false;
  // the word before is itself part of a name joined by hyphens ("Anti-Acme-CD38"), or the name goes on ("-CD38-positive")
  if (m.startToken >= 2 && text[prev.start - 1] === '-' && /[\p{L}\p{N}]/u.test(text[prev.start - 2] ?? '')) return false;
  if (/^-\p{L}/u.test(text.slice(m.end, m.end + 2)) || /^[\p{L}\p{N}]/u.test(text[m.end] ?? '')) return false;
  if (WORD_NAMES.has(prev.text.toLowerCase())) return false;
  return !lexicon.matchPhrases(prev.text, tokenize(prev.text)).some(x => x.entry.kind === 'target' || x.entry.kind === 'company' || x.entry.kind === 'indication');
}

/** "CD 38", "IL 6": the families of symbols (targets.json spacedSymbolPrefixes) written with a space before their number. */
const SPACED_SYMBOL = new RegExp(`(?<![\\p{L}\\p{N}-])(${targetReadings.spacedSymbolPrefixes.join('|')}) (\\d{1,3}[a-z]?)(?![\\p{L}\\p{N}])`, 'gu');

/** "PD-(L)1": a shared prefix, an optional letter in parentheses, a shared number; both readings must be targets. */
const OPTIONAL_LETTER = /(?<![\p{L}\p{N}])(\p{Lu}{1,5})-\((\p{Lu}{1,3})\)(\d{1,2})(?![\p{L}\p{N}])/gu;

/** "CD47xHER9", "PD-1xVEGF", "CD3\u00d7BCMA", "anti-CD47xHER9": a bispecific's two targets written with a glued "x". */
const BISPECIFIC = /(?:(?<=\banti-)|(?<![\p{L}\p{N}-]))(\p{Lu}[\p{L}\p{N}-]{0,10}?\p{N}?)[x\u00d7](\p{Lu}[\p{L}\p{N}-]{0,11})(?![\p{L}\p{N}])/gu;

function targetNotations(text: string, lexicon: Lexicon): RawEntity[] {
  const out: RawEntity[] = [];
  const isTarget = (s: string) => {
    const ms = lexicon.matchPhrases(s, tokenize(s));
    return ms.length === 1 && ms[0].entry.kind === 'target' && ms[0].start === 0 && ms[0].end === s.length ? ms[0].entry.name : undefined;
  };
  // each target of a bispecific is a mention of its own
  BISPECIFIC.lastIndex = 0;
  let b: RegExpExecArray | null;
  while ((b = BISPECIFIC.exec(text)) !== null) {
    const left = isTarget(b[1]);
    const right = isTarget(b[2]);
    if (!left || !right) continue;
    const rightStart = b.index + b[1].length + 1;
    out.push({ kind: 'target', start: b.index, end: b.index + b[1].length, name: left, evidence: 'lexicon', extra: { bispecific: true } });
    out.push({ kind: 'target', start: rightStart, end: rightStart + b[2].length, name: right, evidence: 'lexicon', extra: { bispecific: true } });
  }
  // "CD 38", "IL 6": a nomenclature written with a space as often as without, read as the symbol it spells
  SPACED_SYMBOL.lastIndex = 0;
  let sp: RegExpExecArray | null;
  while ((sp = SPACED_SYMBOL.exec(text)) !== null) {
    const name = isTarget(`${sp[1]}${sp[2]}`);
    if (name) out.push({ kind: 'target', start: sp.index, end: sp.index + sp[0].length, name, evidence: 'pattern' });
  }
  // (a match writes "-(" between its letters and the letter in brackets: a text without it has none)
  if (!text.includes('-(')) return out;
  OPTIONAL_LETTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPTIONAL_LETTER.exec(text)) !== null) {
    const short = isTarget(`${m[1]}-${m[3]}`);
    const long = isTarget(`${m[1]}-${m[2]}${m[3]}`);
    if (!short || !long) continue;
    out.push({ kind: 'target', start: m.index, end: m.index + m[0].length, name: m[0], evidence: 'pattern', extra: { targets: `${short}, ${long}` } });
  }
  return out;
}
