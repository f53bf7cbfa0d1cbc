/**
 * A word list matched by a trie instead of a regular expression (issue 16, memory).
 *
 * V8 compiles every regular expression it runs often to machine code, once for one-byte and once for two-byte
 * strings; a case-insensitive Unicode alternation of a few hundred phrases, each with `\s+` between its words and
 * `\p{L}` around it, costs hundreds of KB of code that stays for the life of the server. A trie of the same phrases
 * is data (a few KB of heap) and walks the text in time linear in its length (for each place a phrase may start,
 * at most as many steps as the longest phrase has characters, whitespace runs aside).
 *
 * It finds what `new RegExp(`${before}(?:${wordsPattern(words)})${after}`, flags)` finds, to the character:
 * - the same order of the alternatives (wordsPattern's: deduplicated, longest first, ties in list order), and the
 *   regular expression's rule that at a place the first alternative that matches wins, not the longest one: at each
 *   place every phrase that ends there is collected and the first in that order whose `after` check holds is taken;
 * - a space in a phrase is any run of whitespace (`\s+`), an apostrophe either apostrophe (`['’]`);
 * - with ignoreCase, characters compare as the `iu` flags compare them, by Unicode simple case folding (so the
 *   Kelvin sign is a k and the long s an s, but ß is no "ss" and the dotted capital I no i), see `fold`;
 * - `before`/`after` see whole code points, as with the `u` flag (and lone surrogates in the middle of a pair, where
 *   the engine tries a match too).
 * Phrases whose pattern would not be a plain sequence (whitespace other than a single inner space) are refused when the matcher is built, so that a list edited that way fails at
 * once rather than matching differently.
 */

import { wordsPattern } from './words';

/** The key of a phrase's space in the trie: beyond every code point. */
const SPACE = 0x110000;
const APOSTROPHE = 0x27;
/** The key of a typographic apostrophe written in a phrase (the text's ’ may take it or a phrase's '). */
const RIGHT_QUOTE_KEY = 0x110001;
const RIGHT_QUOTE = 0x2019;
/** Node ids are multiplied by this to make a child's key with a code point (or SPACE) added. */
const STRIDE = 0x200000;

/** Whether a code unit is whitespace as `\s` reads it (every such character is in the BMP). */
export function isRegexSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Simple case foldings of the BMP, filled as characters are met (0: not yet). */
const BMP_FOLD = new Uint16Array(0x10000);

/**
 * A code point's representative under the `iu` flags' equality (Unicode simple case folding), found from the
 * engine's own case mappings: the lower case of its upper case joins the variants that fold alike (ſ, S and s;
 * ς, Σ and σ; µ and μ; the Kelvin sign and k). A character whose upper or lower case is more than one character
 * (ß, ŉ, ﬀ, the dotted capital I) has no simple folding but through its single-character mapping, if any; the dotless
 * i, whose upper case is the plain I, folds only in Turkish, which the flags do not use. The unit test checks this
 * against the regular-expression engine for every character the lists hold.
 */
export function fold(cp: number): number {
  if (cp < 0x10000) {
    const f = BMP_FOLD[cp];
    if (f !== 0) return f;
    const r = computeFold(cp);
    BMP_FOLD[cp] = r;
    return r;
  }
  return computeFold(cp);
}

function computeFold(cp: number): number {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  if (cp === 0x131 || (cp >= 0xd800 && cp <= 0xdfff)) return cp;
  const c = String.fromCodePoint(cp);
  const upper = c.toUpperCase();
  const lower = (upper.length === c.length ? upper : c).toLowerCase();
  if (lower.length !== c.length) {
    const own = c.toLowerCase();
    return own.length === c.length ? own.codePointAt(0)! : cp;
  }
  return lower.codePointAt(0)!;
}

/**
 * A check at a match's start or end: true when the match may start (end) there; `source` is the regular
 * expression it stands for, for the unit test to rebuild the pattern the matcher replaces.
 */
export type Edge = ((text: string, at: number) => boolean) & { source: string };

/** An Edge from a check and the pattern it stands for. */
export function edge(check: (text: string, at: number) => boolean, source: string): Edge {
  return Object.assign(check, { source });
}

/** The code point that ends right before `at`, or -1 at the start. */
export function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const h = text.charCodeAt(at - 2);
    if (h >= 0xd800 && h <= 0xdbff) return ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point that starts at `at`, or -1 at the end. */
export function codePointAt(text: string, at: number): number {
  return at < text.length ? text.codePointAt(at)! : -1;
}

/** Whether a code point is in a one-class pattern: ASCII answered from a table, the rest by the pattern. */
function classTest(cls: RegExp): (cp: number) => boolean {
  if (cls.global || cls.sticky || !cls.unicode) throw new Error('lexiconMatcher: a class pattern needs the u flag and no g or y');
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = cls.test(String.fromCharCode(c)) ? 1 : 0;
  return cp => cp < 128 ? ascii[cp] === 1 : cls.test(String.fromCodePoint(cp));
}

/**
 * `(?<![class])` as an Edge: `cls` a regular expression of one character class with the `u` flag (tested on one
 * code point at a time, a small pattern that costs no more than its class).
 */
export function notAfterChar(cls: RegExp): Edge {
  const inClass = classTest(cls);
  return edge((text, at) => {
    const cp = codePointBefore(text, at);
    return cp < 0 || !inClass(cp);
  }, `(?<!${cls.source})`);
}

/** `(?![class])` as an Edge. */
export function notBeforeChar(cls: RegExp): Edge {
  const inClass = classTest(cls);
  return edge((text, at) => {
    const cp = codePointAt(text, at);
    return cp < 0 || !inClass(cp);
  }, `(?!${cls.source})`);
}

/** `^` and `$` (no m flag) as Edges. */
export const AT_START = edge((_text, at) => at === 0, '^');
export const AT_END = edge((text, at) => at === text.length, '$');
/** `(?<![\p{L}])` and `(?![\p{L}])`, the edges most lists have. */
export const NOT_AFTER_LETTER = notAfterChar(/[\p{L}]/u);
export const NOT_BEFORE_LETTER = notBeforeChar(/[\p{L}]/u);

/**
 * `${before}(?:${wordsPattern(words)})${after}` (`(…)` with capture; `(?:…|${rest})` with rest) as a RegExp that runs
 * a trie: see LexiconRegExp.
 */
export function lexiconRegExp(words: Iterable<string> | { lists: Iterable<string>[] }, flags: string, before?: Edge, after?: Edge, capture = false, rest?: string): LexiconRegExp {
  const re = new LexiconRegExp(new LexiconMatcher(words, { ignoreCase: flags.includes('i'), before, after }), flags, capture, rest);
  BUILT_REGEXPS.push(re);
  return re;
}
/** Every pattern lexiconRegExp built (not their copies), for the unit test to run each against its own source. */
export const BUILT_REGEXPS: LexiconRegExp[] = [];

export interface LexiconMatch {
  /** where the match starts and ends in the text */
  index: number;
  end: number;
  /** the matched phrase, as the list wrote it */
  phrase: string;
}

export interface LexiconMatcherOptions {
  /** compare as the `i` flag (with `u`) does */
  ignoreCase: boolean;
  /** the lookbehind before the alternation: whether a match may start at a place */
  before?: Edge;
  /** the lookahead after it: whether a match may end at a place */
  after?: Edge;
}

/** Every matcher built, for the unit test to check each one's characters against the engine. */
export const BUILT_MATCHERS: LexiconMatcher[] = [];

export class LexiconMatcher {
  /** the phrases in the alternation's order */
  readonly phrases: string[];
  /** the lists as given, each one alternation of wordsPattern's, one after another */
  readonly lists: string[][];
  readonly ignoreCase: boolean;
  readonly before?: Edge;
  readonly after?: Edge;
  /** node * STRIDE + key -> child node; the root is node 0 */
  private readonly children = new Map<number, number>();
  /** per node, the first phrase (in order) that ends there, or -1 */
  private readonly ends: number[] = [-1];

  /**
   * `words` as wordsPattern takes them: deduplicated and put longest first here, as it does; or several lists, each
   * one ordered so, one after the other (`(?:${wordsPattern(a)}|${wordsPattern(b)})`).
   */
  constructor(words: Iterable<string> | { lists: Iterable<string>[] }, options: LexiconMatcherOptions) {
    this.lists = 'lists' in words ? words.lists.map(l => [...l]) : [[...words]];
    // (an empty list is an empty alternative in the pattern, which matches the empty string)
    this.phrases = this.lists.flatMap(l => l.length ? [...new Set(l)].sort((a, b) => b.length - a.length) : ['']);
    this.ignoreCase = options.ignoreCase;
    this.before = options.before;
    this.after = options.after;
    this.phrases.forEach((phrase, i) => this.add(phrase, i));
    BUILT_MATCHERS.push(this);
  }

  private add(phrase: string, index: number): void {
    // (an empty phrase, which an empty list makes, `(?:a|)`, is the root's: it matches the empty string)
    let node = 0;
    let last = -1;
    for (let i = 0; i < phrase.length;) {
      const cp = phrase.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      let key: number;
      if (cp === 0x20) {
        if (last === -1 || last === SPACE || i === phrase.length) throw new Error(`lexiconMatcher: a space at the edge of or doubled in "${phrase}"`);
        key = SPACE;
      } else if (cp < 0x10000 && isRegexSpace(cp)) {
        throw new Error(`lexiconMatcher: whitespace other than a space in "${phrase}"`);
      } else if (cp === RIGHT_QUOTE) {
        // (written so in a phrase, it is that character alone, where ' is either)
        key = RIGHT_QUOTE_KEY;
      } else {
        key = this.ignoreCase ? fold(cp) : cp;
      }
      const k = node * STRIDE + key;
      let next = this.children.get(k);
      if (next === undefined) {
        next = this.ends.length;
        this.ends.push(-1);
        this.children.set(k, next);
      }
      node = next;
      last = key;
    }
    if (this.ends[node] === -1) this.ends[node] = index;
  }

  /** The alternation this matcher stands for, as wordsPattern writes it. */
  get alternation(): string {
    return this.lists.map(l => wordsPattern(l)).join('|');
  }

  /** The characters the phrases are made of, as written (for the unit test). */
  alphabet(): Set<string> {
    const out = new Set<string>();
    for (const p of this.phrases) for (const ch of p) if (ch !== ' ') out.add(ch);
    return out;
  }

  /** The match that starts at `at`, if any, as the pattern anchored there (the before check is the caller's). */
  matchAt(text: string, at: number): LexiconMatch | null {
    // every phrase end the walk meets: the first in the phrases' order whose after check holds is the alternation's
    // answer (each phrase can end at one place only, so the order the ends are met in does not matter)
    let best = -1, bestEnd = -1;
    this.walk(text, at, (phrase, end) => { if (best === -1 || phrase < best) { best = phrase; bestEnd = end; } });
    return best === -1 ? null : { index: at, end: bestEnd, phrase: this.phrases[best] };
  }

  /**
   * Where every phrase that matches at `at` ends (its after check holding), whatever the order: what a pattern that
   * goes on after the alternation may backtrack into.
   */
  endsAt(text: string, at: number): number[] {
    const out: number[] = [];
    this.walk(text, at, (_phrase, end) => { out.push(end); });
    return out;
  }

  /**
   * The trie walked from `at`: each phrase that ends on the way, its after check holding, is handed to `found` with where
   * it ends (the empty phrase first, at `at`).
   */
  private walk(text: string, at: number, found: (phrase: number, end: number) => void): void {
    if (this.ends[0] !== -1 && (!this.after || this.after(text, at))) found(this.ends[0], at);
    let node = 0;
    let i = at;
    const n = text.length;
    const children = this.children;
    // a typographic apostrophe in the text may go on as a phrase's ' or as its own ’: the second way waits here
    let pending: number[] | undefined;
    for (;;) {
      while (i < n) {
        let cp = text.charCodeAt(i);
        let width = 1;
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
          const lo = text.charCodeAt(i + 1);
          if (lo >= 0xdc00 && lo <= 0xdfff) { cp = ((cp - 0xd800) << 10) + (lo - 0xdc00) + 0x10000; width = 2; }
        }
        let next: number | undefined;
        if (isRegexSpace(cp)) {
          next = children.get(node * STRIDE + SPACE);
          if (next === undefined) break;
          // `\s+` is greedy, and what follows it in a phrase is never whitespace: the whole run is taken
          i++;
          while (i < n && isRegexSpace(text.charCodeAt(i))) i++;
        } else if (cp === RIGHT_QUOTE) {
          next = children.get(node * STRIDE + APOSTROPHE);
          const own = children.get(node * STRIDE + RIGHT_QUOTE_KEY);
          if (next === undefined) next = own;
          else if (own !== undefined) (pending ??= []).push(own, i + 1);
          if (next === undefined) break;
          i++;
        } else {
          next = children.get(node * STRIDE + (this.ignoreCase ? fold(cp) : cp));
          if (next === undefined) break;
          i += width;
        }
        node = next;
        if (this.ends[node] !== -1 && (!this.after || this.after(text, i))) found(this.ends[node], i);
      }
      if (!pending || pending.length === 0) break;
      i = pending.pop()!;
      node = pending.pop()!;
      if (this.ends[node] !== -1 && (!this.after || this.after(text, i))) found(this.ends[node], i);
    }
  }

  /** The first match at or after `from`, as `exec` of the global pattern with lastIndex `from` finds it. */
  exec(text: string, from = 0): LexiconMatch | null {
    const n = text.length;
    // (up to the text's end: an empty phrase matches there)
    const last = this.ends[0] === -1 ? n - 1 : n;
    for (let at = from; at <= last;) {
      if (!this.before || this.before(text, at)) {
        const m = this.matchAt(text, at);
        if (m) return m;
      }
      // (V8 tries every code unit, the middle of a surrogate pair too, even with the u flag: no phrase starts with a
      // lone surrogate, but an empty one matches there when the edges, which then see lone surrogates, allow it)
      at++;
    }
    return null;
  }

  /** Whether the pattern matches anywhere in the text. */
  test(text: string): boolean {
    return this.exec(text) !== null;
  }

  /** Where the next search starts after a match: its end, one code point further after an empty one (as matchAll). */
  private static next(text: string, m: LexiconMatch): number {
    if (m.end > m.index) return m.end;
    const c = text.charCodeAt(m.end);
    return m.end + (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(m.end + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
  }

  /** Every match, left to right, none overlapping (as matchAll of the global pattern). */
  all(text: string): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    for (let m = this.exec(text); m; m = this.exec(text, LexiconMatcher.next(text, m))) out.push(m);
    return out;
  }

  /** `text.replace(globalPattern, by)`, `by` a plain string with no `$`. */
  replaceAll(text: string, by: string): string {
    let out = '';
    let last = 0;
    let any = false;
    for (let m = this.exec(text); m; m = this.exec(text, LexiconMatcher.next(text, m))) { out += text.slice(last, m.index) + by; last = m.end; any = true; }
    return any ? out + text.slice(last) : text;
  }
}

/**
 * A LexiconMatcher dressed as the RegExp it replaces, for the places that take a RegExp (test, exec, replace,
 * matchAll, the memos that key answers by the expression): `source` and `flags` are the old pattern's, so what reads
 * them sees no change, but every match is the matcher's (exec is what test, replace, match and matchAll call). The
 * pattern is only parsed, never run, so V8 never compiles it. `capture`: the words are the pattern's group 1, as
 * in `(?<!…)(words)(?!…)`.
 *
 * `rest`: alternatives the pattern had after the words, that are no plain phrases (`(?:words|rest)`): they stay a
 * regular expression, with the same edges, a small one. At a place the words come first, as in the alternation, so
 * the match is the words' when they match at or before the first place the rest does, else the rest's.
 */
export class LexiconRegExp extends RegExp {
  readonly matcher: LexiconMatcher;
  readonly capture: boolean;
  readonly rest: string | undefined;
  private restGlobal: RegExp | undefined;
  private restSticky: RegExp | undefined;

  /** (matchAll and split copy a pattern by its constructor, as `new C(pattern, flags)`: a LexiconRegExp given) */
  constructor(matcher: LexiconMatcher | LexiconRegExp, flags: string, capture = false, rest?: string) {
    const copy = matcher instanceof LexiconRegExp ? matcher : undefined;
    const m = copy ? copy.matcher : matcher as LexiconMatcher;
    const c = copy ? copy.capture : capture;
    const r = copy ? copy.rest : rest;
    if (!flags.includes('u') || flags.includes('i') !== m.ignoreCase || /[^giuy]/.test(flags)) throw new Error(`lexiconMatcher: flags ${flags} do not fit the matcher`);
    super(`${m.before?.source ?? ''}(${c ? '' : '?:'}${m.alternation}${r === undefined ? '' : `|${r}`})${m.after?.source ?? ''}`, flags);
    this.matcher = m;
    this.capture = c;
    this.rest = r;
  }

  /** This pattern with other flags (in place of `new RegExp(re.source, flags)`, which would compile it). */
  withFlags(flags: string): LexiconRegExp {
    return new LexiconRegExp(this, flags);
  }

  /** The rest's match, global from `from` or sticky at it. */
  private restAt(text: string, from: number, sticky: boolean): LexiconMatch | null {
    const edges = (re: string) => `${this.matcher.before?.source ?? ''}(?:${re})${this.matcher.after?.source ?? ''}`;
    const flags = this.matcher.ignoreCase ? 'iu' : 'u';
    const re = sticky ? (this.restSticky ??= new RegExp(edges(this.rest!), `${flags}y`)) : (this.restGlobal ??= new RegExp(edges(this.rest!), `${flags}g`));
    re.lastIndex = from;
    const r = re.exec(text);
    return r ? { index: r.index, end: r.index + r[0].length, phrase: r[0] } : null;
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input);
    const stateful = this.global || this.sticky;
    const from = stateful ? Math.max(0, Math.trunc(Number(this.lastIndex)) || 0) : 0;
    let m: LexiconMatch | null = null;
    if (from <= text.length) {
      if (!this.sticky) m = this.matcher.exec(text, from);
      else if (!this.matcher.before || this.matcher.before(text, from)) m = this.matcher.matchAt(text, from);
      if (this.rest !== undefined && (this.sticky ? !m : true)) {
        const r = this.restAt(text, from, this.sticky);
        if (r && (!m || r.index < m.index)) m = r;
      }
    }
    if (!m) {
      if (stateful) this.lastIndex = 0;
      return null;
    }
    if (stateful) this.lastIndex = m.end;
    const found = text.slice(m.index, m.end);
    const r = (this.capture ? [found, found] : [found]) as unknown as RegExpExecArray;
    r.index = m.index;
    r.input = text;
    r.groups = undefined;
    return r;
  }
}

/**
 * `new RegExp(`(?:^|[^${cls}])(?:${literal alternation})${tail}$`, 'iu').test(text)` without the compiled pattern:
 * whether the text ends (before a tail the caller reads, `ends`) in one of the phrases, with no character of the class
 * right before it. The phrases here are an alternation of escaped words whose spaces are literal (entities.ts's
 * `alternation`, not wordsPattern): a space matches a space only. Only whether it matches is asked, so the order of
 * the alternatives does not matter; the walk goes backwards from each end the tail allows, through a trie of the
 * phrases reversed.
 */
export class LexiconEndTest {
  readonly phrases: string[];
  private readonly children = new Map<number, number>();
  private readonly ends: boolean[] = [false];
  private readonly inClass: (cp: number) => boolean;

  /** `ends(text)`: the places a phrase may end at for the tail to match the rest of the text, as far as it is read. */
  constructor(phrases: Iterable<string>, readonly ignoreCase: boolean, cls: RegExp, private readonly endsAt: (text: string) => number[]) {
    this.phrases = [...phrases];
    this.inClass = classTest(cls);
    for (const p of this.phrases) {
      let node = 0;
      for (let i = p.length - 1; i >= 0; i--) {
        const c = p.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff) throw new Error(`lexiconMatcher: a character outside the BMP in "${p}"`);
        const k = node * STRIDE + (ignoreCase ? fold(c) : c);
        let next = this.children.get(k);
        if (next === undefined) { next = this.ends.length; this.ends.push(false); this.children.set(k, next); }
        node = next;
      }
      this.ends[node] = true;
    }
  }

  /** (a phrase starting at `s` may: at the text's start, or after a code point outside the class) */
  private boundary(text: string, s: number): boolean {
    return s === 0 || !this.inClass(codePointBefore(text, s));
  }

  test(text: string): boolean {
    for (const end of this.endsAt(text)) {
      let node = 0;
      if (this.ends[0] && this.boundary(text, end)) return true;
      for (let i = end; i > 0; i--) {
        const c = text.charCodeAt(i - 1);
        // (no phrase holds a surrogate; a pair's characters are no phrase's)
        if (c >= 0xd800 && c <= 0xdfff) break;
        const next = this.children.get(node * STRIDE + (this.ignoreCase ? fold(c) : c));
        if (next === undefined) break;
        node = next;
        if (this.ends[node] && this.boundary(text, i - 1)) return true;
      }
    }
    return false;
  }
}
