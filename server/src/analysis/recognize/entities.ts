/**
 * Named-entity recognition inside one block of normalised text: lexicon phrases, INN stems, code
 * names, trial names and phases, companies by their corporate form. Pure and deterministic: the
 * same block text always gives the same result, which is what makes per-block caching sound.
 * Offsets in the result are relative to the block.
 */
import { Lexicon, PhraseMatch } from '../lexicon';
import { Token, tokenize, separatorBetween } from '../tokens';

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

/** English words that end like an INN stem but are not drugs. */
const STEM_FALSE_FRIENDS = new Set([
  'treatment', 'development', 'agreement', 'government', 'management', 'investment', 'payment', 'statement', 'announcement',
  'department', 'moment', 'environment', 'requirement', 'improvement', 'enrollment', 'enrolment', 'achievement', 'commitment',
  'settlement', 'assessment', 'adjustment', 'equipment', 'element', 'document', 'supplement', 'segment', 'experiment', 'argument',
  'placement', 'engagement', 'employment', 'excitement', 'establishment', 'reimbursement', 'endorsement', 'advancement',
  'measurement', 'recruitment', 'alignment', 'refinement', 'impairment', 'retirement', 'replacement', 'instrument', 'comment',
  'fragment', 'sentiment', 'component', 'movement', 'shipment', 'commencement', 'deployment', 'procurement', 'attainment',
  'entitlement', 'amendment', 'involvement', 'arrangement', 'encouragement', 'fulfillment', 'fulfilment', 'judgment', 'judgement',
  'embodiment', 'pigment', 'regiment', 'torment', 'ointment', 'garment', 'cement', 'increment', 'decrement', 'treatments',
  'parcel', 'excel', 'hotel', 'concept', 'except', 'intercept', 'accept', 'precept', 'percept', 'worsen', 'oncogene', 'transgene',
  'antigene', 'pathogene', 'homogene', 'peptide', 'polypeptide', 'nucleotide', 'oligonucleotide', 'riptide', 'pumpkin', 'napkin',
  'thermostat', 'hemostat', 'haemostat', 'rheostat', 'testament', 'ligament', 'filament', 'sediment', 'temperament', 'parliament', 'endorsement', 'investigational', 'exactment', 'disbursement', 'embarrassment',
  'enhancement', 'empowerment', 'discernment', 'containment', 'abandonment', 'enlargement', 'displacement', 'bereavement',
]);

/** Stems that ordinary English words also end with: accepted only with drug context nearby. */
const CONTEXT_STEMS = new Set(['ment', 'cel', 'gene', 'cept', 'tide', 'kin', 'stat', 'vir', 'imus', 'vec', 'cog']);
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
const DRUG_CONTEXT = /\b(drug|candidate|antibod(y|ies)|inhibitor|agonist|antagonist|degrader|conjugate|ADC|bispecific|trispecific|therap(y|ies)|compound|molecule|vaccine|siRNA|dosed|dosing|monotherapy|combination|investigational|asset|programme|program|treated with|plus)\b/i;

const CORPORATE_FORMS = new Set([
  'inc', 'ltd', 'llc', 'plc', 'ag', 'se', 'sa', 'nv', 'bv', 'gmbh', 'kgaa', 'ab', 'asa', 'as', 'oyj', 'spa', 'srl', 'corp', 'corporation',
  'co', 'company', 'limited', 'holdings', 'group',
]);
const COMPANY_WORDS = new Set([
  'biosciences', 'bioscience', 'therapeutics', 'pharma', 'pharmaceuticals', 'pharmaceutical', 'biolabs', 'biologics', 'biotech',
  'biotherapeutics', 'oncology', 'medicines', 'biopharma', 'biopharmaceuticals', 'laboratories', 'labs', 'biomedical', 'biomed',
  'genomics', 'biosystems', 'immunotherapeutics', 'immunotherapies', 'vaccines', 'healthcare', 'lifesciences', 'biotherapies', 'bio',
]);
const NOT_A_NAME_START = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'under', 'this', 'that', 'these', 'its',
  'their', 'our', 'his', 'her', 'as', 'after', 'before', 'following', 'when', 'while', 'both', 'each', 'all', 'other', 'leading',
  'global', 'new', 'said', 'says', 'today', 'chinese', 'korean', 'japanese', 'american', 'european', 'swedish', 'german', 'british',
  'u', 's', 'us', 'uk', 'eu', 'ceo', 'cfo', 'cso', 'cmo', 'vice', 'president', 'head', 'chief', 'dr', 'mr', 'ms', 'professor',
  'pharmaceutical', 'pharma', 'bio', 'biotech', 'contract', 'clinical', 'first', 'second', 'several', 'various', 'many', 'some',
]);

const isCap = (s: string) => /^\p{Lu}/u.test(s);

export function recognizeEntities(text: string, lexicon: Lexicon): RawEntity[] {
  const tokens = tokenize(text);
  const out: RawEntity[] = [];
  const covered = new Uint8Array(tokens.length);
  const cover = (a: number, b: number) => { for (let k = a; k <= b; k++) covered[k] = 1; };
  const ignored = (s: string) => lexicon.ignore.has(s.toLowerCase());

  // 1. lexicon phrases
  for (const m of lexicon.matchPhrases(text, tokens)) {
    const surface = text.slice(m.start, m.end);
    if (ignored(surface)) continue;
    if (!phraseBoundaryOk(tokens, m)) continue;
    const e = fromPhrase(m);
    if (e.kind === 'drug') extendDrug(text, tokens, m.endToken, e, cover);
    out.push(e);
    cover(m.startToken, m.endToken);
  }

  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const tok = tokens[i];
    // 2. code names: "ACM-101", "ZLB4417", "XYZ 123", "QX-7731", "ACM-B2207"
    const code = codeNameAt(text, tokens, i);
    // "the ZENO-202 trial": a pronounceable name before "trial" or "study" names the trial, not a drug
    const trialNamed = code && /^[ \t]+(?:trial|study|studies)\b/i.test(text.slice(tokens[code.last].end, tokens[code.last].end + 12))
      && trialAt(text, tokens, i)?.last === code.last;
    if (code && !trialNamed && !ignored(code.surface)) {
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
    if (/^\p{L}+$/u.test(tok.text) && lower.length >= 6 && !STEM_FALSE_FRIENDS.has(lower) && !ignored(lower)) {
      const stem = lexicon.stemOf(lower);
      const contextOk = !stem || !CONTEXT_STEMS.has(stem.stem) || DRUG_CONTEXT.test(text.slice(Math.max(0, tok.start - 80), Math.min(text.length, tok.end + 80)))
        || /^[a-z]{2,}(?:leucel|temcel)$/.test(tokens[i + 1]?.text ?? '');
      if (stem && !LEXICON_ONLY_STEMS.has(stem.stem) && contextOk && stemAllowedHere(tok)) {
        const e: RawEntity = { kind: 'drug', start: tok.start, end: tok.end, name: lower, evidence: 'stem', extra: { stem: stem.stem } };
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

  // 5. phases: "Phase 1a/1b", "phase IIa", "Phase I/II"
  PHASE.lastIndex = 0;
  let pm: RegExpExecArray | null;
  while ((pm = PHASE.exec(text)) !== null) {
    const name = 'Phase ' + pm[1].replace(/\s+/g, '').replace(/[Ii]{1,3}|IV/g, r => ROMAN[r.toUpperCase()] ?? r);
    out.push({ kind: 'trial', start: pm.index, end: pm.index + pm[0].length, name, evidence: 'pattern', extra: { trialKind: 'phase' } });
  }

  PIVOTAL.lastIndex = 0;
  while ((pm = PIVOTAL.exec(text)) !== null) {
    out.push({ kind: 'trial', start: pm.index, end: pm.index + pm[0].length, name: pm[1].toLowerCase() === 'pivotal' ? 'pivotal' : 'registrational', evidence: 'pattern', extra: { trialKind: 'phase' } });
  }

  // 6. companies by corporate form ("Springfield Acme Biolabs Co., Ltd.", "Acme Group"), tickers
  recognizeCompaniesByForm(text, tokens, covered, out);
  return out;
}

const ROMAN: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4' };
// "Phase 1a/1b", "phase IIa", and "Phase IIMonotherapy arm" from a flattened table (a capitalised word glued on)
const PHASE = /(?:(?<![\p{L}\p{N}])[Pp]|(?<=[\p{L}\p{N}])P)hase[ -]?((?:IV|I{1,3}|[1-4])[ab]?(?:\s?\/\s?(?:IV|I{1,3}|[1-4])[ab]?)?)(?![\p{Ll}\p{N}IV])/gu;
const PIVOTAL = /\b([Pp]ivotal|[Rr]egistrational|[Rr]egistration-enabling)(?= (?:[\p{L}-]+ )?(?:trial|study|studies|trials|stage|phase|program|programme|cohort))/gu;

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
    if (!next || next.text.length < 2 || !isCap(next.text)) return false;
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

function codeNameAt(text: string, tokens: Token[], i: number): { surface: string; last: number } | undefined {
  const t = tokens[i];
  if (!t.wordStart) {
    // glued table cell: allow if the previous token is a capitalised label
    const prev = tokens[i - 1];
    if (!prev || !isCap(prev.text) || prev.text.length < 3) return undefined;
  }
  // one token: letters then digits, "HBM4003", "BNT324", "AZD0901"
  const one = /^(\p{Lu}{2,5})(\d{3,6})$/u.exec(t.text);
  if (one && t.wordEnd) {
    if (CODE_PREFIX_STOP.has(one[1])) return undefined;
    if (tokenBefore(text, tokens, i) === '-') return undefined;
    return { surface: t.text, last: i };
  }
  if (!/^\p{Lu}{2,5}$/u.test(t.text) || CODE_PREFIX_STOP.has(t.text)) return undefined;
  const next = tokens[i + 1];
  if (!next || !next.wordEnd) return undefined;
  const sep = separatorBetween(text, t, next);
  if (sep !== '-' && sep !== ' ') return undefined;
  if (!/^(\d{3,6}|\p{Lu}\d{3,5}|\d{3,5}\p{Lu})$/u.test(next.text)) return undefined;
  if (tokenBefore(text, tokens, i) === '-') return undefined;
  // a further hyphen and digits would make it something else ("ABC-123-456" catalogue numbers)
  const after = tokens[i + 2];
  if (after && separatorBetween(text, next, after) === '-' && /^\d/.test(after.text)) return undefined;
  if (sep === ' ') {
    if (/^(19|20)\d{2}$/.test(next.text)) return undefined;
    const around = text.slice(Math.max(0, t.start - 80), Math.min(text.length, next.end + 80));
    if (!DRUG_CONTEXT.test(around) && !isParenthesised(text, t.start, next.end)) return undefined;
  }
  return { surface: `${t.text}${sep}${next.text}`, last: i + 1 };
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

function trialAt(text: string, tokens: Token[], i: number): { name: string; last: number; trialKind: string } | undefined {
  const t = tokens[i];
  if (/^NCT\d{8}$/.test(t.text)) return { name: t.text, last: i, trialKind: 'registry' };
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
  // "DESTINY-Breast03", "TROPION-Lung01"
  if (/^\p{Lu}\p{Ll}+\d{1,3}$/u.test(next.text) && next.wordEnd) {
    return { name: `${t.text}-${next.text}`, last: i + 1, trialKind: 'named' };
  }
  return undefined;
}

function recognizeCompaniesByForm(text: string, tokens: Token[], covered: Uint8Array, out: RawEntity[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].text.toLowerCase();
    const isForm = CORPORATE_FORMS.has(lower) || COMPANY_WORDS.has(lower);
    if (!isForm || !isCap(tokens[i].text)) continue;
    if (covered[i]) continue;
    // walk back over capitalised name words joined by single spaces
    let j = i;
    while (j > 0 && j > i - 4) {
      const prev = tokens[j - 1];
      const sep = separatorBetween(text, prev, tokens[j]);
      if (sep !== ' ' && sep !== '-' && !(sep === '' && !prev.wordEnd)) break;
      if (covered[j - 1] || !isCap(prev.text) || NOT_A_NAME_START.has(prev.text.toLowerCase())) break;
      if (CORPORATE_FORMS.has(prev.text.toLowerCase())) break;
      j--;
    }
    if (j === i) continue; // a corporate word alone is not a name
    // then swallow trailing legal forms: "Co., Ltd.", "Inc.", "AG"
    let last = i;
    for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
      const gap = text.slice(tokens[k - 1].end, tokens[k].start);
      if (!/^[.,]? ?$/.test(gap) || !CORPORATE_FORMS.has(tokens[k].text.toLowerCase()) || !isCap(tokens[k].text)) break;
      last = k;
    }
    let end = tokens[last].end;
    if (text[end] === '.' && CORPORATE_FORMS.has(tokens[last].text.toLowerCase()) && /^(co|ltd|inc|corp|plc)$/i.test(tokens[last].text)) end++;
    // the canonical name leaves out legal forms: "Springfield Acme Biolabs"
    let nameEnd = i;
    while (nameEnd > j && CORPORATE_FORMS.has(tokens[nameEnd].text.toLowerCase())) nameEnd--;
    const name = text.slice(tokens[j].start, tokens[nameEnd].end).replace(/\s+/g, ' ');
    out.push({ kind: 'company', start: tokens[j].start, end, name, evidence: 'pattern' });
    for (let k = j; k <= last; k++) covered[k] = 1;
    i = last;
  }
}
