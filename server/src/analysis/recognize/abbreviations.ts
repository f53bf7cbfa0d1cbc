/**
 * Abbreviation definitions, "long form (SHORT)", found the way Schwartz and Hearst's algorithm
 * does (A Simple Algorithm for Identifying Abbreviation Definitions in Biomedical Text, 2003):
 * the short form is a one- or two-word parenthesised string with a letter, at most ten
 * characters; the long form is the shortest run of words before the parenthesis whose
 * characters match the short form's letters right to left, the first letter at a word start.
 */

import type { Abbreviation } from '../model';
import grammar from '../../../lexicon/grammar/abbreviations.json';
import { wordsPattern } from '../words';
import { hasCharBetween } from '../text';

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
  orDefinitions(text, out);
  const n = out.length;
  if (LIST_HINT.test(text)) listDefinitions(text, out);
  else if (GLOSSARY_HINT.test(text)) unledListDefinitions(text, out);
  if (out.length > n) out.sort((a, b) => a.start - b.start);
  return out;
}

/** "zelbotinic acid or ZA", "acute zeta syndrome or AZS": a short form in capitals after "or" (abbreviations.json orLinks). */
const OR_SHORT = new RegExp(`[ ](?:${wordsPattern(grammar.orLinks)})[ ](\\p{Lu}[\\p{Lu}\\d-]{1,7})(?=[\\s,.;:)]|$)`, 'gu');

/**
 * Definitions written with "or" instead of brackets, as some newswires write them all: the short form after "or" is
 * the long form's before it, when its letters match that long form's (Schwartz and Hearst's test, as for brackets)
 * and the text uses it again after (an alternative named once, "melanoma or NSCLC", is no definition: its letters do
 * not match either).
 */
const OR_REACH = 4000;
function orDefinitions(text: string, out: AbbreviationDefinition[]): void {
  OR_SHORT.lastIndex = 0;
  for (let m = OR_SHORT.exec(text); m; m = OR_SHORT.exec(text)) {
    const short = m[1];
    if (!isShortFormCandidate(short)) continue;
    const after = m.index + m[0].length;
    // (looked for within a few thousand characters: a block of many such phrases is read in linear time)
    const again = text.slice(after, after + OR_REACH).indexOf(short) + after;
    if (again < after || /[\p{L}\p{N}]/u.test(text[again + short.length] ?? '') || /[\p{L}\p{N}]/u.test(text[again - 1] ?? '')) continue;
    const def = longFormFor(text, m.index, short);
    if (!def || /\p{Lu}{2}/u.test(def.long)) continue;
    const start = after - short.length;
    out.push({ short, long: def.long, start, end: after, longStart: def.start, longEnd: def.end });
  }
}

/** Two items of a list side by side, a semicolon between ("ATC, anaplastic ...; PR, partial"): tested once before the lines are read. */
const GLOSSARY_HINT = /(?:^|\n)[\s\u2022\u00b7*-]{0,8}[^\s;,]{2,10}, [^;\n]{3,100}; [^\s;,]{2,10}, /u;
const LIST_HINT = new RegExp(`(?:${wordsPattern(grammar.listLeads)})[ ]?:`, 'iu');
/** "Abbreviations:" and its kin (abbreviations.json listLeads), where a list of definitions starts. */
const LIST_LEAD = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(grammar.listLeads)})[ ]?:[ ]*`, 'giu');
/** One item of such a list: a short form, a comma, an equals sign or a colon, then its long form up to a semicolon, a full stop or the line's end. */
const LIST_ITEM = /([^\s;,:=]{2,10})[ ]?[,=:][ ]?([^;\n]{3,100}?)[ ]*(?:;[ ]*|\.(?=\s|$)|(?=\n|$))/uy;

/**
 * Definitions in a list after "Abbreviations:" ("ATC, anaplastic thyroid cancer; PR, partial response"): each item's long
 * form must hold its short form's letters in order (Schwartz and Hearst's test), else the list is read no further.
 */
function listDefinitions(text: string, out: AbbreviationDefinition[]): void {
  LIST_LEAD.lastIndex = 0;
  for (let lead = LIST_LEAD.exec(text); lead; lead = LIST_LEAD.exec(text)) {
    const items = listItems(text, lead.index + lead[0].length);
    out.push(...items);
    LIST_LEAD.lastIndex = Math.max(LIST_LEAD.lastIndex, items.length ? items[items.length - 1].longEnd : 0);
  }
}

/** A line that opens a list without its lead ("\u2022 ATC, anaplastic thyroid cancer; PR, partial response; ..."): three items at least. */
function unledListDefinitions(text: string, out: AbbreviationDefinition[]): void {
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (hasCharBetween(text, ';', lineStart, lineEnd)) {
      const at = lineStart + (/^[\s\u2022\u00b7*-]*/.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 12)))?.[0].length ?? 0);
      const items = listItems(text, at);
      if (items.length >= 3) out.push(...items);
    }
    lineStart = lineEnd + 1;
  }
}

/** The items of a list of definitions from `at` on, each a short form and its long form, until one is none. */
function listItems(text: string, at: number): AbbreviationDefinition[] {
  const items: AbbreviationDefinition[] = [];
  let p = at;
  for (let k = 0; k < 200; k++) {
    LIST_ITEM.lastIndex = p;
    const m = LIST_ITEM.exec(text);
    if (!m) break;
    const short = m[1];
    const long = m[2].trim();
    if (!isShortFormCandidate(short) || long.length <= short.length || (initialsLongForm(short, long) === undefined && bestLongForm(short, long) < 0)) break;
    const longStart = m.index + m[0].indexOf(m[2], short.length);
    items.push({ short, long, start: m.index, end: m.index + short.length, longStart, longEnd: longStart + long.length });
    p = m.index + m[0].length;
  }
  return items;
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
 * The long form whose words' initials spell the short form, where one exists: "survie sans zeta (SSZ)" is all
 * three words, where matching letters right to left takes both S of "sans" and stops at "sans zeta".
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
