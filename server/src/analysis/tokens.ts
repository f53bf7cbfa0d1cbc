/**
 * Word tokens with camel-case junctions. Press-release tables often reach us flattened, their
 * cells glued together ("ProductZelbotamab (ACM-101)", "TargetCD47 x OX40"); a word is
 * therefore also cut where a lower-case letter meets an upper-case one ("Product|Zelbotamab")
 * and where an upper-case run meets a capitalised word ("ACM|Pivotal"). Each token records
 * whether it starts or ends a whole word, so matchers can prefer whole words.
 */

export interface Token {
  start: number;
  end: number;
  /** Text of the token in the normalised text. */
  text: string;
  /** True when the token starts a whole word (not a camel-case junction inside one). */
  wordStart: boolean;
  /** True when the token ends a whole word. */
  wordEnd: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

// (a code unit of ASCII answered by its code, as the case mappings answer it: only A-Z and a-z have a case there; every
// other code unit, and the empty string past a word's end, by the case mappings themselves)
function isUpper(c: string): boolean { const k = c.charCodeAt(0); return k < 128 ? k >= 65 && k <= 90 : c !== c.toLowerCase() && c === c.toUpperCase(); }
function isLower(c: string): boolean { const k = c.charCodeAt(0); return k < 128 ? k >= 97 && k <= 122 : c !== c.toUpperCase() && c === c.toLowerCase(); }

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const word = m[0];
    const base = m.index;
    let segStart = 0;
    for (let i = 1; i < word.length; i++) {
      const prev = word[i - 1];
      const cur = word[i];
      let cut = false;
      if (isLower(prev) && isUpper(cur)) {
        // "ProductZelbotamab" -> "Product" + "Zelbotamab"; a single lower-case prefix stays ("mAb", "mRNA")
        cut = i - segStart >= 2;
      } else if (isUpper(prev) && isUpper(cur) && isLower(word[i + 1] ?? '') && isLower(word[i + 2] ?? '')) {
        // "1BBPivotal" -> "1BB" + "Pivotal"; "TRAEs" and "HARMONi" stay whole
        cut = true;
      } else if (i === word.length - 1 && i - segStart >= 2 && /[a-c]/.test(cur) && isUpper(prev) && isUpper(word[i - 2])) {
        // "CBRb", "DORc": a footnote's letter glued to an abbreviation in capitals, as journal tables print their labels
        // (a to c only: a regimen's short form ends in a lower-case "d" for dexamethasone, "PVd")
        cut = true;
      } else if (/\p{N}/u.test(prev) && isUpper(cur) && isLower(word[i + 1] ?? '') && isLower(word[i + 2] ?? '')) {
        // "2028EGlobal"-like glue of a figure and a capitalised label: "2,000Patients"
        cut = i - segStart >= 1 && /^\p{N}+$/u.test(word.slice(segStart, i));
      }
      if (cut) {
        tokens.push(mk(word, base, segStart, i, offset));
        segStart = i;
      }
    }
    tokens.push(mk(word, base, segStart, word.length, offset));
  }
  return tokens;
}

function mk(word: string, base: number, s: number, e: number, offset: number): Token {
  return { start: offset + base + s, end: offset + base + e, text: word.slice(s, e), wordStart: s === 0, wordEnd: e === word.length };
}

/** The characters between two tokens, as a separator kind: '' (camel junction), ' ', '-', '/', '.', "'" (a possessive, "Alzheimer's"), or null for anything else. */
export function separatorBetween(text: string, a: Token, b: Token, offset = 0): string | null {
  const gap = text.slice(a.end - offset, b.start - offset);
  if (gap.length === 0) return '';
  if (gap.length === 1 && (gap === ' ' || gap === '-' || gap === '/' || gap === '.' || gap === "'")) return gap;
  return null;
}

const FLAG = 0x80000000;
const OFFSET = 0x7fffffff;

/**
 * Tokens packed two numbers a token (start and end, the top bit of each saying whether it starts or
 * ends a whole word): eight bytes instead of an object and a string, for tokens kept after the
 * analysis that made them (a block's, while its document is open).
 */
export function packTokens(tokens: readonly Token[]): Uint32Array {
  const out = new Uint32Array(tokens.length * 2);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    out[2 * i] = (t.start | (t.wordStart ? FLAG : 0)) >>> 0;
    out[2 * i + 1] = (t.end | (t.wordEnd ? FLAG : 0)) >>> 0;
  }
  return out;
}

/** The tokens `packTokens` packed, read again over the text they came from. */
export function unpackTokens(text: string, packed: Uint32Array): Token[] {
  const out: Token[] = new Array(packed.length >> 1);
  for (let i = 0; i < out.length; i++) {
    const s = packed[2 * i], e = packed[2 * i + 1];
    const start = s & OFFSET, end = e & OFFSET;
    out[i] = { start, end, text: text.slice(start, end), wordStart: s >= FLAG, wordEnd: e >= FLAG };
  }
  return out;
}
