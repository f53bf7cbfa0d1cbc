/**
 * Abbreviation definitions, "long form (SHORT)", found the way Schwartz and Hearst's algorithm
 * does (A Simple Algorithm for Identifying Abbreviation Definitions in Biomedical Text, 2003):
 * the short form is a one- or two-word parenthesised string with a letter, at most ten
 * characters; the long form is the shortest run of words before the parenthesis whose
 * characters match the short form's letters right to left, the first letter at a word start.
 */

import type { Abbreviation } from '../model';

/** A definition found in a block; offsets relative to the scanned text. */
export type AbbreviationDefinition = Abbreviation;

const PAREN = /\(([^()\n]{1,160})\)/g;
/**
 * "(MSE; defined as ...)", "(ZR, the primary endpoint)": a short form before a semicolon, or before a comma and a gloss in
 * lower case ("(ACME.L, ACME)" lists a company's tickers, no gloss).
 */
const GLOSSED = /^([^;, ]{2,10})(?:; ?\S|, \p{Ll})/u;

export function findAbbreviationDefinitions(text: string): AbbreviationDefinition[] {
  const out: AbbreviationDefinition[] = [];
  PAREN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAREN.exec(text)) !== null) {
    const raw = GLOSSED.exec(m[1])?.[1] ?? (m[1].length <= 12 ? m[1] : undefined);
    if (raw === undefined) continue;
    const short = raw.trim();
    if (!isShortFormCandidate(short)) continue;
    const shortStart = m.index + 1 + raw.indexOf(short);
    const def = longFormFor(text, m.index, short);
    if (def) out.push({ short, long: def.long, start: shortStart, end: shortStart + short.length, longStart: def.start, longEnd: def.end });
  }
  return out;
}

function isShortFormCandidate(s: string): boolean {
  if (s.length < 2 || s.length > 10) return false;
  if (s.split(' ').length > 2) return false;
  if (!/^[\p{L}\p{N}]/u.test(s)) return false;
  if (!/\p{L}/u.test(s)) return false;
  if (/[=:;,]/.test(s)) return false;
  // a short form has a capital letter somewhere ("mPDAC", "FcRn", "EP-NEC"); plain words are not abbreviations
  return /\p{Lu}/u.test(s);
}

function longFormFor(text: string, parenAt: number, short: string): { long: string; start: number; end: number } | undefined {
  let end = parenAt;
  while (end > 0 && text[end - 1] === ' ') end--;
  // the candidate window: at most min(|A| + 5, 2|A|) words, and never across a sentence end or a line break
  const maxWords = Math.min(short.length + 5, short.length * 2);
  let start = end;
  let words = 0;
  let i = end;
  while (i > 0 && words < maxWords) {
    let j = i;
    while (j > 0 && text[j - 1] === ' ') j--;
    if (j === 0) break;
    const c = text[j - 1];
    if (c === '\n' || c === '(' || c === ')' || c === ';' || c === '"' || c === ':' || (c === '.' && j < i)) break;
    let k = j;
    while (k > 0 && !/[\s(;:"]/.test(text[k - 1])) k--;
    if (k === j) break;
    start = k;
    words++;
    i = k;
  }
  if (start >= end) return undefined;
  const candidate = text.slice(start, end);
  const offsetInCandidate = initialsLongForm(short, candidate) ?? bestLongForm(short, candidate);
  if (offsetInCandidate < 0) return undefined;
  const longStart = start + offsetInCandidate;
  const long = text.slice(longStart, end);
  if (long.length <= short.length) return undefined;
  if (long.toLowerCase().split(/\s+/).some(w => w === short.toLowerCase())) return undefined;
  return { long, start: longStart, end };
}

/**
 * The long form whose words' initials spell the short form, where one exists: "survie sans progression (SSP)" is all
 * three words, where matching letters right to left takes both S of "sans" and stops at "sans progression".
 * Words of up to three letters in lower case ("of", "de", "la") may stand between without an initial.
 */
function initialsLongForm(short: string, long: string): number | undefined {
  const letters = short.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length < 2 || letters.length !== short.replace(/[^\p{L}\p{N}]/gu, '').length) return undefined;
  const words: { at: number; word: string }[] = [];
  for (const m of long.matchAll(/[^\s-]+/g)) words.push({ at: m.index!, word: m[0] });
  let n = letters.length - 1;
  for (let w = words.length - 1; w >= 0; w--) {
    const word = words[w].word;
    if (word[0].toLowerCase() === letters[n]) {
      if (n === 0) return words[w].at;
      n--;
    } else if (!(word.length <= 3 && /^\p{Ll}+$/u.test(word))) return undefined;
  }
  return undefined;
}

/** Schwartz-Hearst: match the short form's characters right to left; returns the long form's start in `long`, or -1. */
function bestLongForm(short: string, long: string): number {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let sIndex = s.length - 1;
  let lIndex = l.length - 1;
  for (; sIndex >= 0; sIndex--) {
    const c = s[sIndex];
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    while (
      (lIndex >= 0 && l[lIndex] !== c) ||
      (sIndex === 0 && lIndex > 0 && /[\p{L}\p{N}]/u.test(l[lIndex - 1]))
    ) {
      lIndex--;
    }
    if (lIndex < 0) return -1;
    lIndex--;
  }
  const start = l.lastIndexOf(' ', lIndex) + 1;
  return start;
}
