/**
 * Short forms a document gives a combination of drugs: "drugamab 10 mg/kg plus zelbotinib (DZ)",
 * "oral drugamab plus zelbotinib (Dru+Z)". The bracket stands right after the last drug, and its
 * letters are the drugs' initials, or the first letters of each, in the drugs' order; the drugs are
 * given together (a joining word between each two: products.json `after` and `regimenShortForms.joins`),
 * within one sentence. The Schwartz-Hearst reading of abbreviations misses these: doses and routes
 * stand between the drugs, and each drug gives a letter or two, not each word.
 *
 * One pass over the drugs in document order; each bracket is read once, a bounded number of ways.
 */
import products from '../../../lexicon/grammar/products.json';

export interface DrugMention { start: number; end: number; name: string }
export interface RegimenShortForm { short: string; start: number; end: number; name: string; components: string[] }

const MAX_DRUGS = 5;
/** The longest stretch between two drugs of one regimen (a dose, a route, a schedule). */
const MAX_GAP = 120;
const JOIN_WORDS = new Set([...products.after, ...products.regimenShortForms.joins].map(w => w.toLowerCase()));
const MULTI_WORD_JOINS = [...products.after, ...products.regimenShortForms.joins].filter(w => w.includes(' ')).map(w => w.toLowerCase());

/** Letters and digits of a name, lower case: what its first letters are read from ("ACMEXA®" -> "acmexa"). */
const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Whether the stretch between two drugs joins them: within a sentence, with a joining word. */
function joins(gap: string): boolean {
  if (gap.length > MAX_GAP || /[;\n]|[.!?]\s/.test(gap)) return false;
  const g = gap.toLowerCase();
  if (g.includes('+')) return true;
  for (const w of g.split(/[^\p{L}]+/u)) if (w && JOIN_WORDS.has(w)) return true;
  return MULTI_WORD_JOINS.some(w => g.includes(w));
}

/** Whether `short` spells the drugs in order: each drug gives a non-empty prefix of its letters, and '+' or '/' may mark where. */
export function spellsDrugs(short: string, drugs: string[]): boolean {
  const pieces = short.split(/[+/]/);
  if (pieces.length > 1) {
    return pieces.length === drugs.length && pieces.every((p, k) => letters(p).length > 0 && letters(drugs[k]).startsWith(letters(p)));
  }
  const s = letters(short);
  // each drug takes one to three letters (bounded: at most 3^5 ways)
  const fit = (i: number, k: number): boolean => {
    if (k === drugs.length) return i === s.length;
    const d = letters(drugs[k]);
    for (let len = 1; len <= 3 && i + len <= s.length; len++) {
      if (d.startsWith(s.slice(i, i + len)) && fit(i + len, k + 1)) return true;
    }
    return false;
  };
  return fit(0, 0);
}

/** A bracket's first word as a short form (2 to 8 characters, opening on a capital): letters and digits, '+' or '/' between pieces. */
const SHORT_FORM = /^\(([\p{L}][\p{L}\p{N}]*(?:[+/][\p{L}][\p{L}\p{N}]*)*)(?=[)\s])/u;

/**
 * The regimens the document names by a short form in brackets after their drugs. `drugs` are the
 * drug mentions in document order; `text` is the reading text.
 */
export function regimenShortForms(text: string, drugs: DrugMention[]): RegimenShortForm[] {
  const out: RegimenShortForm[] = [];
  for (let j = 1; j < drugs.length; j++) {
    const last = drugs[j];
    // the bracket right after the last drug (a trade mark sign may stand between)
    let at = last.end;
    while (at < text.length && /[\s®™]/.test(text[at]) && at - last.end < 4) at++;
    if (text[at] !== '(') continue;
    const m = SHORT_FORM.exec(text.slice(at, at + 40));
    if (!m) continue;
    const short = m[1];
    if (short.length < 2 || short.length > 8 || !/^\p{Lu}/u.test(short)) continue;
    // the bracket holds the short form alone, or with a few words after it ("(DZ arm)")
    const close = text.indexOf(')', at);
    if (close < 0 || close - at > 40 || text.slice(at + 1 + short.length, close).trim().split(/\s+/).filter(Boolean).length > 3) continue;
    // the drugs before it, joined, nearest first; the fewest that spell the short form
    const chain: DrugMention[] = [last];
    for (let k = j - 1; k >= 0 && chain.length < MAX_DRUGS; k--) {
      if (!joins(text.slice(drugs[k].end, chain[0].start))) break;
      chain.unshift(drugs[k]);
      if (spellsDrugs(short, chain.map(d => text.slice(d.start, d.end)))) {
        const start = at + 1;
        out.push({ short, start, end: start + short.length, name: chain.map(d => d.name).join(' + '), components: chain.map(d => d.name) });
        break;
      }
    }
  }
  return out;
}
