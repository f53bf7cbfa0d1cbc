/**
 * The lexicon: curated facts about drugs, targets, endpoints, indications, companies and INN
 * stems, loaded as data (never code) and compiled into a phrase index over tokens. The built-in
 * lexicon ships as JSON beside the sources; workspace lexicon files use the same format.
 */
import { Token, separatorBetween, tokenize } from './tokens';
import { byWord, commonEnd, commonStart, ownCopy } from './memo';

export interface StemData { stem: string; meaning: string; class: string }
export interface InfixData { infix: string; scheme: string; meaning: string }
export interface DrugData {
  name: string; brands?: string[]; codes?: string[]; aliases?: string[]; targets?: string[]; company?: string; modality?: string;
  /** Brands that are also rare words ("Catena"): matched only as written here, with their capital or in capitals. */
  exactBrands?: string[];
}
export interface RegimenData { name: string; aliases?: string[]; components?: string[] }
export interface TargetData { name: string; fullName?: string; gene?: string; aliases?: string[] }
export interface EndpointData {
  name: string; fullName?: string; aliases?: string[]; definition?: string; measure?: string;
  /** An adverse-event term ("TRAEs", "CRS"): a safety outcome, not an efficacy endpoint. */
  adverseEvent?: boolean;
}
/**
 * German adjectives before a noun change their ending with the case and the article ("akute myeloische Leukämie",
 * "bei akuter myeloischer Leukämie", "der akuten myeloischen Leukämie"): an alias of lower-case adjectives in -e before a
 * capitalised noun stands for its forms in -er, -en, -em and -es too. Other aliases give none.
 */
export function germanDeclensions(alias: string): string[] {
  if (typeof alias !== 'string') return [];
  const words = alias.split(' ');
  // (a noun, capitalised and then in lower case: an abbreviation after English adjectives, "ALK-positive NSCLC", is none)
  if (words.length < 2 || !/^\p{Lu}\p{Ll}/u.test(words[words.length - 1])) return [];
  const adjectives = words.slice(0, -1);
  if (!adjectives.every(w => /^\p{L}[\p{L}-]{2,}e$/u.test(w))) return [];
  return ['r', 'n', 'm', 's'].map(end => [...adjectives.map(w => w + end), words[words.length - 1]].join(' '));
}

export interface IndicationData { name: string; aliases?: string[]; area?: string }
export interface CompanyData { name: string; aliases?: string[]; tickers?: string[]; country?: string }

export interface LexiconData {
  stems?: StemData[];
  infixes?: InfixData[];
  drugs?: DrugData[];
  regimens?: RegimenData[];
  targets?: TargetData[];
  endpoints?: EndpointData[];
  indications?: IndicationData[];
  companies?: CompanyData[];
  /** Words never to mark, whatever a rule says. */
  ignore?: string[];
  /**
   * Targets kept packed rather than as objects (the built-in lexicon's tens of thousands of genes,
   * see builtinLexicon.ts): the lexicon reads each once to index its names, then keeps only its
   * number and reads it again when asked for it. Not a lexicon file's section.
   */
  packedTargets?: PackedTargets;
  /** Drugs kept packed likewise (the built-in drug vocabulary, see builtinLexicon.ts). Not a lexicon file's section. */
  packedDrugs?: PackedDrugs;
}

/** A list of entries read one at a time: `read(i)` builds the i-th entry's data afresh. */
export interface PackedList<T> { readonly length: number; read(i: number): T }
/** A list of targets read one at a time. */
export type PackedTargets = PackedList<TargetData>;
/** A list of drugs read one at a time. */
export type PackedDrugs = PackedList<DrugData>;

/**
 * A lexicon's entries of one kind by canonical name. A packed entry is kept as its number in its
 * list and its data built when asked for; a later source's entry of the same name replaces an
 * earlier one, as in a Map.
 */
export class PackedTable<T> {
  private readonly byName = new Map<string, T | number>();
  private readonly packed: PackedList<T>[] = [];

  get size(): number { return this.byName.size; }
  has(name: string): boolean { return this.byName.has(name); }
  get(name: string): T | undefined {
    const t = this.byName.get(name);
    return typeof t === 'number' ? this.packed[t >>> PACKED_INDEX_BITS].read(t & PACKED_INDEX_MASK) : t;
  }
  /** @internal */
  set(name: string, data: T): void { this.byName.set(name, data); }
  /** @internal the list's number, for setPacked */
  addPacked(list: PackedList<T>): number {
    if (list.length > PACKED_INDEX_MASK) throw new RangeError(`a packed list holds at most ${PACKED_INDEX_MASK} entries`);
    this.packed.push(list);
    return this.packed.length - 1;
  }
  /** @internal */
  setPacked(name: string, list: number, i: number): void { this.byName.set(name, (list << PACKED_INDEX_BITS) | i); }
}

/** The lexicon's targets by canonical name (the built-in genes packed). */
export class TargetTable extends PackedTable<TargetData> {}
/** The lexicon's drugs by canonical name, lower case (the built-in vocabulary packed). */
export class DrugTable extends PackedTable<DrugData> {}

const PACKED_INDEX_BITS = 20;
const PACKED_INDEX_MASK = (1 << PACKED_INDEX_BITS) - 1;

export type PhraseKind = 'drug' | 'regimen' | 'target' | 'endpoint' | 'indication' | 'company';

export interface PhraseEntry {
  kind: PhraseKind;
  /** Canonical name of the entry. */
  name: string;
  /** The alias as written in the lexicon. */
  alias: string;
  /** For short all-caps abbreviations (OS, PR, ORR): the exact surface, without separators, the text must show; compared case-sensitively. */
  caseSensitive?: string;
  /**
   * The abbreviation ends in a capital initial after a hyphen ("LDL-C", "HDL-C"): writers put that
   * initial in lower case as often ("LDL-c"), and the letters before it still say which measure.
   */
  initialAnyCase?: true;
  /** Brand name: hover says so. */
  brand?: boolean;
}

export interface PhraseMatch { entry: PhraseEntry; startToken: number; endToken: number; start: number; end: number }

const MAX_PHRASE_TOKENS = 8;
/** From this length a text's phrase scan is kept, and the next version's taken from it where they agree (a block being edited). */
const RESCAN_FROM = 1000;
/** Scans kept per lexicon: a few blocks being edited. */
const MAX_RESCANS = 4;
/** A name written as one word of letters ("Amerge"). */
const ONE_WORD = /^(?:\p{Lu}?\p{Ll}+|\p{Lu}+)$/u;
/**
 * Gaps between words that only names write: an ampersand, an initial's period before a word ("H.C. Wainwright"), and
 * a comparison sign before a grade or threshold ("grade ≥3 AEs", "grade ≥ 3 AEs"), matched by an alias that writes the sign.
 */
const NAME_GAPS = new Set(['+', ' + ', ' & ', '&', '. ', ' \u2265', ' \u2265 ', '\u2265', ' \u2264', ' \u2264 ', ' >=', ' >= ', ' >', ' > ']);
/**
 * A letter or a word in parentheses inside a name ("Lp(a)", "lipoprotein (a)", "GABA(A) receptor"): matched only by
 * an alias that writes the parentheses too, and the closing one belongs to the match.
 */
const PAREN_GAPS = new Set(['(', ' (', ') ', ')-']);

/** Key of a phrase: its tokens' text, lower-cased, concatenated. "PD-L1", "PDL1" and "PD L1" share "pdl1". */
function keyOf(tokens: string[]): string { return tokens.join('').toLowerCase(); }

function aliasTokens(alias: string): string[] {
  // plain ASCII in one case has no camel-case junctions: its tokens are its runs of letters and digits (the
  // tens of thousands of gene names and symbols load fast this way)
  if (/^(?:[a-z0-9 ,./()'-]+|[A-Z0-9 ,./()'-]+)$/.test(alias)) return alias.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return tokenize(alias.normalize('NFC').replace(/[\u2010-\u2015\u2212]/g, '-')).map(t => t.text);
}

/**
 * Endings of inflection that German, Dutch and the Nordic languages put on an endpoint's words: an
 * adjective's case and gender ("ereignisfreies", "ereignisfreie", "progressionsfria"), a noun's
 * definite article glued on ("överlevnaden", "responsraten", "vægttabet") or its genitive
 * ("Überlebens"). Longest first.
 */
const INFLECTION_ENDINGS = ['ene', 'en', 'et', 'es', 'er', 'em', 'a', 'e', 'n', 's'];
/** Words shorter than this keep their endings: "rate", "tasa", "Tod" are words of their own. */
const FOLD_MIN = 6;

/**
 * British spellings of the words endpoint names are made of, as American English writes them
 * ("tumour", "haematological", "oedema", "normalisation", "titre"): a name is found in either
 * spelling whichever one the lexicon wrote. Each rewrites a part of a word only where British and
 * American spelling differ by it.
 */
const BRITISH_SPELLINGS: [RegExp, string][] = [
  [/^haem/, 'hem'], [/^anaem/, 'anem'], [/aemia$/, 'emia'], [/^oedem/, 'edem'], [/^oesophag/, 'esophag'], [/^foet/, 'fet'], [/^faec/, 'fec'],
  [/^(tum|behavi|col|fav|hum)our/, '$1or'], [/isation(s?)$/, 'ization$1'], [/ised$/, 'ized'], [/titre(s?)$/, 'titer$1'], [/litre(s?)$/, 'liter$1'],
];

/** A word in American spelling: "tumour" as "tumor". */
function americanSpelling(w: string): string {
  for (const [from, to] of BRITISH_SPELLINGS) if (from.test(w)) w = w.replace(from, to);
  return w;
}

/** Folded words kept by the word as written: a phrase's first word is folded at every token of every block read. */
const folded = byWord(foldAnew);

/** A word without its endings of inflection, stripped while it stays long enough to mean the same word, in American spelling. */
export function foldInflection(word: string): string {
  return folded(word);
}

function foldAnew(word: string): string {
  let w = americanSpelling(word.toLowerCase());
  for (let guard = 0; guard < 4 && w.length >= FOLD_MIN && /^\p{L}+$/u.test(w); guard++) {
    const end = INFLECTION_ENDINGS.find(e => w.endsWith(e) && w.length - e.length >= FOLD_MIN - 1);
    if (!end) break;
    w = w.slice(0, -end.length);
  }
  return w;
}

function isCaseSensitiveAlias(alias: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  // short capitals ("OS", "PR"), and short forms whose capitals say which letters are initials ("PsA" is not "PSA";
  // "CRi" is not "CrI", a credible interval: three letters, two of them capitals)
  return letters.length > 0 && letters.length <= 5 && (letters === letters.toUpperCase() || /\p{Ll}\p{Lu}/u.test(letters)
    || (letters.length <= 3 && (letters.match(/\p{Lu}/gu) ?? []).length >= 2));
}

/** An alias whose last token is one capital letter written after a hyphen: "LDL-C", "ARIA-E". */
function hyphenedInitial(alias: string, toks: string[]): boolean {
  const last = toks[toks.length - 1];
  return toks.length > 1 && /^\p{Lu}$/u.test(last) && /[-\u2010\u2011]$/u.test(alias.slice(0, alias.length - 1).trimEnd());
}

/**
 * The text writes the abbreviation with its final initial in lower case, after a hyphen: "LDL-c" of
 * "LDL-C". Every other letter keeps its case ("ldl-c" is no abbreviation the field writes).
 */
function lowerInitial(exact: string, surf: string, written: string | undefined): boolean {
  const n = exact.length;
  return surf.length === n && surf.slice(0, n - 1) === exact.slice(0, n - 1) && surf[n - 1] === exact[n - 1].toLowerCase()
    && written !== undefined && /[-\u2010\u2011]\p{Ll}$/u.test(written);
}

export class Lexicon {
  readonly stems: StemData[];
  readonly infixes: InfixData[];
  readonly drugs = new DrugTable();
  readonly regimens = new Map<string, RegimenData>();
  readonly targets = new TargetTable();
  readonly endpoints = new Map<string, EndpointData>();
  readonly indications = new Map<string, IndicationData>();
  readonly companies = new Map<string, CompanyData>();
  readonly ignore = new Set<string>();
  /**
   * key -> its entry, or its entries when several aliases share the key (a few hundred of tens of
   * thousands): an array per key would cost more than the entry it holds.
   */
  private readonly phrases = new Map<string, PhraseEntry | PhraseEntry[]>();
  /**
   * The lower-cased words a phrase may start with: the key of a phrase of one word (or of one word
   * with inner capitals or hyphens), the first word of a longer one. Kept while the lexicon is built;
   * then only the words that are no key of `phrases` stay in `firstWords`, and the keys that are no
   * such word go to `notFirst` (see startsPhrase): two small sets instead of one of tens of thousands
   * of words, most of them keys already (1.3 MB of table for the built-in lexicon, against 0.4).
   */
  private firstTokens: Set<string> | undefined = new Set<string>();
  private readonly firstWords = new Set<string>();
  private readonly notFirst = new Set<string>();
  /** Endpoint names by their words without endings of inflection (foldInflection), written with spaces between words. */
  private readonly folded = new Map<string, PhraseEntry[]>();
  private readonly foldedFirst = new Set<string>();
  /** Stems sorted longest first. */
  readonly stemsByLength: StemData[];

  constructor(sources: LexiconData[]) {
    const stems = new Map<string, StemData>();
    const infixes: InfixData[] = [];
    for (const src of sources) {
      for (const s of src.stems ?? []) stems.set(s.stem.toLowerCase(), s);
      for (const x of src.infixes ?? []) infixes.push(x);
      for (const d of src.drugs ?? []) {
        const name = d.name.toLowerCase();
        this.drugs.set(name, d);
        this.addDrug(name, d);
      }
      const drugs = src.packedDrugs;
      if (drugs) {
        const list = this.drugs.addPacked(drugs);
        for (let i = 0; i < drugs.length; i++) {
          const d = drugs.read(i);
          const name = d.name.toLowerCase();
          this.drugs.setPacked(name, list, i);
          this.addDrug(name, d);
        }
      }
      for (const r of src.regimens ?? []) {
        this.regimens.set(r.name, r);
        this.add('regimen', r.name, r.name);
        for (const a of r.aliases ?? []) this.add('regimen', r.name, a);
      }
      for (const t of src.targets ?? []) {
        this.targets.set(t.name, t);
        this.addTarget(t);
      }
      const packed = src.packedTargets;
      if (packed) {
        const list = this.targets.addPacked(packed);
        for (let i = 0; i < packed.length; i++) {
          const t = packed.read(i);
          this.targets.setPacked(t.name, list, i);
          this.addTarget(t);
        }
      }
      for (const e of src.endpoints ?? []) {
        this.endpoints.set(e.name, e);
        this.add('endpoint', e.name, e.name);
        if (e.fullName) this.add('endpoint', e.name, e.fullName);
        for (const a of e.aliases ?? []) { this.add('endpoint', e.name, a); for (const d of germanDeclensions(a)) this.add('endpoint', e.name, d); }
      }
      for (const i of src.indications ?? []) {
        this.indications.set(i.name, i);
        this.add('indication', i.name, i.name);
        for (const a of i.aliases ?? []) { this.add('indication', i.name, a); for (const d of germanDeclensions(a)) this.add('indication', i.name, d); }
      }
      for (const c of src.companies ?? []) {
        this.companies.set(c.name, c);
        this.add('company', c.name, c.name);
        for (const a of c.aliases ?? []) this.add('company', c.name, a);
      }
      for (const w of src.ignore ?? []) this.ignore.add(w.toLowerCase());
    }
    const firstTokens = this.firstTokens!;
    for (const w of firstTokens) if (!this.phrases.has(w)) this.firstWords.add(w);
    for (const k of this.phrases.keys()) if (!firstTokens.has(k)) this.notFirst.add(k);
    this.firstTokens = undefined;
    this.stems = [...stems.values()];
    this.stemsByLength = [...this.stems].sort((a, b) => b.stem.length - a.stem.length);
    this.infixes = infixes;
    this.buildStemTrie();
  }

  private addDrug(name: string, d: DrugData): void {
    this.add('drug', name, d.name);
    for (const b of d.brands ?? []) this.add('drug', name, b, true);
    // a brand that is also a word: as written, with its capital, or in capitals
    for (const b of d.exactBrands ?? []) { this.add('drug', name, b, true, true); this.add('drug', name, b.toUpperCase(), true, true); }
    for (const c of d.codes ?? []) this.add('drug', name, c);
    for (const a of d.aliases ?? []) this.add('drug', name, a);
  }

  private addTarget(t: TargetData): void {
    this.add('target', t.name, t.name);
    if (t.fullName) this.add('target', t.name, t.fullName);
    if (t.gene && t.gene !== t.name) this.add('target', t.name, t.gene);
    for (const a of t.aliases ?? []) this.add('target', t.name, a);
  }

  private add(kind: PhraseKind, name: string, alias: string, brand = false, exact = false): void {
    const toks = aliasTokens(alias);
    if (toks.length === 0 || toks.length > MAX_PHRASE_TOKENS) return;
    const key = keyOf(toks);
    const had = this.phrases.get(key);
    const same = (e: PhraseEntry) => e.kind === kind && e.name === name && e.alias === alias;
    let entry = had === undefined ? undefined : Array.isArray(had) ? had.find(same) : same(had) ? had : undefined;
    if (!entry) {
      entry = { kind, name, alias, caseSensitive: exact || isCaseSensitiveAlias(alias) ? sameOr(alias, toks.join('')) : undefined, brand: brand || undefined };
      if (!exact && entry.caseSensitive !== undefined && hyphenedInitial(alias, toks)) entry.initialAnyCase = true;
      if (had === undefined) this.phrases.set(key, entry);
      else if (Array.isArray(had)) had.push(entry);
      else this.phrases.set(key, [had, entry]);
    }
    // a phrase of one token is its own first token: the key's string serves both
    this.firstTokens!.add(toks.length === 1 ? key : toks[0].toLowerCase());
    // an endpoint's name of several words (not an abbreviation) is found however its words are inflected; a
    // name of one word is not, for one language's word folded would be another's (Italian "remissione", English "remission")
    if (kind === 'endpoint' && toks.length > 1 && !isCaseSensitiveAlias(alias)) {
      const fkey = toks.map(foldInflection).join(' ');
      const flist = this.folded.get(fkey) ?? [];
      if (!flist.some(e => e.name === name)) flist.push(entry);
      this.folded.set(fkey, flist);
      this.foldedFirst.add(foldInflection(toks[0]));
    }
    // an alias written as one word with inner capitals or hyphens ("AcmeGene") is also found written as one token ("Acmegene")
    if (toks.length > 1 && !/\s/.test(alias.trim())) this.firstTokens!.add(key);
  }

  /** Whether a phrase may start with this lower-cased word: it was added to `firstTokens` while the lexicon was built. */
  private startsPhrase(word: string): boolean {
    return this.firstWords.has(word) || (this.phrases.has(word) && !this.notFirst.has(word));
  }

  /**
   * Longest-first phrase matches over a token sequence. Tokens inside one phrase must be joined
   * by a single space, hyphen, slash or period, or by a camel-case junction; a match must start
   * and end at token boundaries. Runs in O(tokens x MAX_PHRASE_TOKENS).
   */
  matchPhrases(text: string, tokens: Token[], offset = 0): PhraseMatch[] {
    if (offset !== 0 || text.length < RESCAN_FROM) return this.scanPhrases(text, tokens, 0, [], offset);
    return this.rescanPhrases(text, tokens);
  }

  /** The entry of this kind whose name the whole of a short text is, as written ("complete response", "gastric cancer"), if any. */
  wholeName(text: string, kind: PhraseKind): PhraseEntry | undefined {
    return this.matchPhrases(text, tokenize(text)).find(x => x.entry.kind === kind && x.start === 0 && x.end === text.length)?.entry;
  }

  /** The scans of the last few long texts (a block's versions as it is edited), with their tokens and matches. */
  private readonly recentScans: { text: string; tokens: readonly Token[]; out: PhraseMatch[] }[] = [];

  /**
   * matchPhrases over a long text (a block), taken where it can be from the scan of a text mostly the same (the block's
   * version before an edit): only the tokens around the change are scanned again.
   *
   * Exactness: the scan's state is the token it stands at; what it decides there reads that token, the MAX_PHRASE_TOKENS - 1
   * after it and the text from its start to two code units past the last of them (separators, a closing parenthesis, a
   * decimal after a number), and the lexicon, which never changes once built. In the common start of the two texts, with the
   * same tokens, every decision whose reads lie within it is the kept scan's, which made the same decisions from the start:
   * its matches there are this scan's, and this scan goes on right after the last of them. In the common end, with the same
   * tokens moved by the change in length, a position the kept scan also stood at (no kept match runs over it) leaves both
   * scans in the same state over the same text: the kept matches from there on, moved, are this scan's.
   */
  private rescanPhrases(text: string, tokens: Token[]): PhraseMatch[] {
    const scans = this.recentScans;
    let base: (typeof scans)[number] | undefined, bestP = 0, bestS = 0, at = -1;
    for (let k = 0; k < scans.length; k++) {
      const a = scans[k].text;
      const p = commonStart(a, text);
      const s = commonEnd(a, text, Math.min(a.length, text.length) - p);
      if (!base || p + s > bestP + bestS) { base = scans[k]; bestP = p; bestS = s; at = k; }
    }
    let out: PhraseMatch[];
    if (!base || 2 * (bestP + bestS) < text.length) out = this.scanPhrases(text, tokens, 0, []);
    else {
      const old = base.tokens, n = tokens.length, on = old.length;
      const sameToken = (a: Token, b: Token, shift: number) => a.start === b.start + shift && a.end === b.end + shift && a.text === b.text && a.wordStart === b.wordStart && a.wordEnd === b.wordEnd;
      // the common start: tokens the same, and every decision's reads before the first difference
      let kp = 0;
      while (kp < n && kp < on && sameToken(tokens[kp], old[kp], 0)) kp++;
      let first = 0;
      while (first + MAX_PHRASE_TOKENS - 1 < kp && tokens[first + MAX_PHRASE_TOKENS - 1].end + 2 <= bestP) first++;
      out = [];
      let from = first;
      for (const m of base.out) {
        if (m.startToken >= first) break;
        out.push({ ...m });
        from = Math.max(first, m.endToken + 1);
      }
      // the common end: tokens the same, moved, each starting in it (so every read of a decision there lies in it)
      const dn = n - on, delta = text.length - base.text.length, endFrom = text.length - bestS;
      let ks = n;
      while (ks > 0 && ks - 1 - dn >= 0 && tokens[ks - 1].start >= endFrom && sameToken(tokens[ks - 1], old[ks - 1 - dn], delta)) ks--;
      const kept = base.out;
      const rejoin = (i: number): boolean => {
        if (i < ks) return false;
        const j = i - dn;
        // the last kept match starting before j must end before it: the kept scan stood at j
        let lo = 0, hi = kept.length - 1, last = -1;
        while (lo <= hi) { const mid = (lo + hi) >> 1; if (kept[mid].startToken < j) { last = mid; lo = mid + 1; } else hi = mid - 1; }
        if (last >= 0 && kept[last].endToken >= j) return false;
        for (let k = last + 1; k < kept.length; k++) {
          const m = kept[k];
          out.push({ entry: m.entry, startToken: m.startToken + dn, endToken: m.endToken + dn, start: m.start + delta, end: m.end + delta });
        }
        return true;
      };
      this.scanPhrases(text, tokens, from, out, 0, rejoin);
      scans.splice(at, 1);
    }
    // (the text kept as a copy of its own: a caller's slice of a longer text would keep that whole text alive)
    scans.unshift({ text: ownCopy(text), tokens, out });
    if (scans.length > MAX_RESCANS) scans.pop();
    return out;
  }

  /**
   * The scan itself, from token `from`, its matches added to `out`; `rejoin`, asked at each position the scan stands at,
   * may end it there (having added the rest of the matches itself).
   */
  private scanPhrases(text: string, tokens: Token[], from: number, out: PhraseMatch[], offset = 0, rejoin?: (i: number) => boolean): PhraseMatch[] {
    let i = from;
    while (i < tokens.length) {
      if (rejoin && rejoin(i)) return out;
      let best: PhraseMatch | undefined;
      const first = tokens[i].text.toLowerCase();
      const foldable = this.foldedFirst.has(foldInflection(first));
      if (this.startsPhrase(first) || this.startsPhrase(singular(first)) || foldable) {
        let key = '';
        let fkey = '';
        let surface = '';
        // a gap only names write ("Johnson & Johnson", "H.C. Wainwright"): matched only by an alias that writes it too
        let unusualGap: string | undefined;
        // the parentheses the words so far are written with ("Lp(a", "lipoprotein (a"): an alias must write them too
        let parens = '';
        // words apart: "a merge" is no brand "Amerge", "fast in" no "Fastin"
        let spaced = false;
        for (let j = i; j < tokens.length && j < i + MAX_PHRASE_TOKENS; j++) {
          let possessive = false;
          if (j > i) {
            let sep = separatorBetween(text, tokens[j - 1], tokens[j], offset);
            if (sep === null) {
              const gap = text.slice(tokens[j - 1].end - offset, tokens[j].start - offset);
              if (PAREN_GAPS.has(gap) && (gap.includes('(') ? !parens.endsWith('(') : parens.endsWith('('))) {
                parens += gap.includes('(') ? '(' : ')';
                sep = gap.trim() === ')-' ? '-' : ' ';
              } else {
                if (unusualGap !== undefined || !NAME_GAPS.has(gap)) break;
                unusualGap = gap;
                sep = ' ';
              }
            }
            if (sep === '' && tokens[j - 1].wordEnd) break;
            // a phrase that opens with a number runs through no decimal point: "7.3 months" is not the regimen "7+3" ("claudin 18.2" still matches)
            if (sep === '.' && /^\d+$/.test(key) && /^\d/.test(tokens[j].text)) break;
            // "Alzheimer's disease" runs through a possessive; no match ends on one ("Leads Bio's")
            possessive = sep === "'" && /^s$/i.test(tokens[j].text);
            if (sep === "'" && !possessive) break;
            if (sep === ' ') spaced = true;
          }
          key += tokens[j].text.toLowerCase();
          surface += tokens[j].text;
          if (foldable) fkey += (j > i ? ' ' : '') + foldInflection(tokens[j].text);
          if (possessive) continue;
          // a parenthesis left open closes right after the word: "Lp(a)"
          // ("IONIS-APO(a)Rx": a name glued on after the parenthesis is another name)
          const closing = parens.endsWith('(') && text[tokens[j].end - offset] === ')' && !/[\p{L}\p{N}]/u.test(text[tokens[j].end - offset + 1] ?? '') ? 1 : 0;
          const found = this.lookup(key, surface, unusualGap, text.slice(tokens[i].start - offset, tokens[j].end - offset + closing), spaced, parens.length > 0)
            ?? (foldable && unusualGap === undefined && parens === '' ? this.folded.get(fkey)?.[0] : undefined);
          // a name's number written apart is no number that runs on as a decimal: "OS 9.8 months" names no gene "OS9"
          // (a name whose number holds the decimal, "claudin 18.2", is its own longer alias)
          const runsOn = spaced && closing === 0 && /^\d+$/.test(tokens[j].text) && /^[.,]\d/.test(text.slice(tokens[j].end - offset, tokens[j].end - offset + 2));
          if (found && !runsOn) best = { entry: found, startToken: i, endToken: j, start: tokens[i].start, end: tokens[j].end + closing };
        }
      }
      if (best) { out.push(best); i = best.endToken + 1; } else i++;
    }
    return out;
  }

  /**
   * The entry of another kind a match's words also name, written as the text writes them ("Lp(a)" is a
   * target's name and an endpoint's), or undefined.
   */
  otherReading(m: PhraseMatch, tokens: Token[], text: string, kind: PhraseKind, offset = 0): PhraseEntry | undefined {
    let key = '';
    for (let k = m.startToken; k <= m.endToken; k++) key += tokens[k].text.toLowerCase();
    const found = this.phrases.get(key);
    if (!found) return undefined;
    const written = text.slice(m.start - offset, m.end - offset);
    const surf = written.replace(/[^\p{L}\p{N}]+/gu, '');
    return (Array.isArray(found) ? found : [found]).find(e => e.kind === kind && e !== m.entry
      && (e.caseSensitive === undefined || e.caseSensitive === surf) && sameParentheses(e.alias, written));
  }

  private lookup(key: string, surface: string, gap?: string, written?: string, spaced = false, parenthesised = false): PhraseEntry | undefined {
    const hit = this.pick(key, surface, gap, written, spaced, parenthesised);
    if (hit) return hit;
    // plural of an abbreviation or a word: "TRAEs", "ADCs", "inhibitors"
    if (key.length > 3 && key.endsWith('s')) {
      const plural = this.pick(key.slice(0, -1), surface.slice(0, -1), gap, written, spaced, parenthesised);
      if (plural) return plural;
      // a word ending in a sibilant takes "-es": "losses", "indexes", "crashes"
      if (/(?:s|x|z|ch|sh)es$/.test(key)) return this.pick(key.slice(0, -2), surface.slice(0, -2), gap, written, spaced, parenthesised);
    }
    return undefined;
  }

  /**
   * The entry of key `k` the words fit (phraseFits), of several the one written as the text writes them.
   * (a method, not a closure made at each lookup: a block asks once per token and phrase length, and most keys miss)
   */
  private pick(k: string, surf: string, gap: string | undefined, written: string | undefined, spaced: boolean, parenthesised: boolean): PhraseEntry | undefined {
    const found = this.phrases.get(k);
    if (!found) return undefined;
    if (!Array.isArray(found)) return phraseFits(found, surf, gap, written, spaced, parenthesised) ? found : undefined;
    const ok = found.filter(e => phraseFits(e, surf, gap, written, spaced, parenthesised));
    // of several aliases with one key ("J.P. Morgan", "JPMorgan"), the one written as the text writes it
    return (ok.length > 1 && written !== undefined ? ok.find(e => e.alias === written) : undefined) ?? ok[0];
  }

  /**
   * The INN stem a lower-case word ends with, if any (longest stem wins). Stems sit in a trie of
   * their reversed characters, so a word costs at most as many steps as its longest matching
   * stem has characters, however many stems the lexicons bring.
   */
  stemOf(word: string): StemData | undefined {
    let node: StemNode | undefined = this.stemTrie;
    let best: StemData | undefined;
    for (let i = word.length - 1; i >= 0 && node; i--) {
      node = node.next?.get(word[i]);
      const s = node?.stem;
      // a long stem is specific enough to need only two letters before it ("so-rafenib")
      if (s && word.length >= s.stem.length + (s.stem.length >= 6 ? 2 : 3)) best = s;
    }
    return best;
  }

  private readonly stemTrie: StemNode = {};

  private buildStemTrie(): void {
    for (const s of this.stems) {
      if (s.stem.length === 0) continue;
      let node = this.stemTrie;
      for (let i = s.stem.length - 1; i >= 0; i--) {
        node.next ??= new Map();
        let child = node.next.get(s.stem[i]);
        if (!child) { child = {}; node.next.set(s.stem[i], child); }
        node = child;
      }
      node.stem = s;
    }
  }
}

interface StemNode { next?: Map<string, StemNode>; stem?: StemData }

/** `a` when it equals `b`: one string kept instead of two. */
function sameOr(a: string, b: string): string { return a === b ? a : b; }

/** Month names, which a capital, lower-case letters and a digit glued on write as often as a symbol does ("Sept2", "Dec1"). */
const MONTH_LIKE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * A symbol of capitals and a number written with only its initial capital, as the symbols of
 * proteins named for a word often are ("Trop2", "Trop-2", "Stat3", "Tim-3" of "TROP2", "STAT3", "TIM3"): one
 * word, never a month.
 */
function titleCased(exact: string, surf: string, written: string | undefined): boolean {
  if (!/^\p{Lu}{3,}\d/u.test(exact) || !/^[\p{Lu}\d]+$/u.test(exact) || MONTH_LIKE.test(exact) || written === undefined) return false;
  const title = exact.replace(/^(\p{Lu})(\p{Lu}+)/u, (_, a: string, b: string) => a + b.toLowerCase());
  // three letters only with the hyphen a symbol is written with ("Tim-3", "Lag-3"; "Fig4" is a figure)
  const hyphened = /^\p{L}+-\d+[\p{L}\d]*$/u.test(written);
  return surf === title && (hyphened || (/^\p{Lu}{4,}/u.test(exact) && /^[\p{L}\d]+$/u.test(written)));
}

/** Whether an alias and the text write the same parentheses between the same words: "Lp(a)" and "Lp (a)" are two spellings. */
function sameParentheses(alias: string, written: string): boolean {
  const shape = (s: string) => s.replace(/[^()\s]+/g, 'w').replace(/\s+/g, ' ');
  return shape(alias) === shape(written);
}

function singular(w: string): string { return w.endsWith('s') ? w.slice(0, -1) : w; }

/** Whether a phrase entry is what the words matched name, as they are written (see Lexicon.matchPhrases). */
function phraseFits(e: PhraseEntry, surf: string, gap: string | undefined, written: string | undefined, spaced: boolean, parenthesised: boolean): boolean {
  return (e.caseSensitive === undefined || e.caseSensitive === surf || (e.initialAnyCase === true && lowerInitial(e.caseSensitive, surf, written))
      || (e.kind === 'target' && titleCased(e.caseSensitive, surf, written)))
      && (gap === undefined || e.alias.includes(gap) || e.alias.includes(gap.trim()))
      // words written with parentheses are the name only of an alias written with them, as the text writes them
      // ("iduronate 2-sulfatase (IDS)": an abbreviation in parentheses after a name is a mention of its own)
      && (!parenthesised || (written !== undefined && sameParentheses(e.alias, written) && !/ \([^()]{2,}\)$/.test(e.alias)))
      // a medicine's or a protein's name of one word is not found in words the text writes apart ("men in" is no "menin")
      && !(spaced && (e.kind === 'drug' || e.kind === 'target') && ONE_WORD.test(e.alias))
      // a regimen's name written with a plus or a slash is not found in one word without it: "ZV+P" and "ZV/P" are no
      // "ZVP", an executive's title
      && !((e.kind === 'regimen' || e.kind === 'drug') && /[+/]/.test(e.alias) && written !== undefined && /^[\p{L}\p{N}]+$/u.test(written));
}
