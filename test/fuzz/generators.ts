/**
 * Stress generators for the fuzz suite (`npm run fuzz`) and the robustness tests: each makes a
 * document of about `size` characters in one of the shapes that once broke or slowed the
 * analysis. Deterministic for a given random source, so every failure reproduces from its seed.
 */

export type Rand = () => number;

/** A small deterministic generator (mulberry32), so a failure reproduces from its seed. */
export function prng(seed: number): Rand {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

/** Repeats pieces made by `piece` until the text is `size` long (the last piece cut). */
function fill(size: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const p = piece(i);
    parts.push(p);
    n += p.length;
  }
  return parts.join('').slice(0, size);
}

const DRUGS = ['mitazalimab', 'zanidatamab', 'pembrolizumab', 'drugamab', 'zelbotamab', 'osimertinib', 'sotorasib', 'ACM-101', 'LBL-024', 'opamtistomig'];
const TARGETS = ['CD40', 'HER2', 'PD-1', 'PD-L1', 'OX40', 'CD47', '4-1BB', 'KRAS G12C', 'EGFR', 'CLDN18.2'];
const ENDPOINTS = ['ORR', 'PFS', 'OS', 'DCR', 'DoR', 'CR rate', 'objective response rate', 'median overall survival'];

export interface Generator { name: string; make(size: number, rand: Rand): string }

export const GENERATORS: Generator[] = [
  {
    name: 'figure flood',
    make: (size, rand) => fill(size, () => `${int(rand, 1, 99)}% ${int(rand, 1, 99)}% ${int(rand, 1, 99)}% ${int(rand, 1, 99)}%\n`),
  },
  {
    name: 'parenthesised numbers',
    make: (size, rand) => fill(size, () => {
      const depth = int(rand, 1, 6);
      return '('.repeat(depth) + `${int(rand, 1, 40)} of ${int(rand, 41, 90)} (${int(rand, 1, 99)}.${int(rand, 0, 9)} %)` + ')'.repeat(int(rand, 0, depth)) + pick(rand, [' ', '; ', '.\n', ', '])
    }),
  },
  {
    name: 'drug-target cues',
    make: (size, rand) => fill(size, () => `${pick(rand, DRUGS)} ${pick(rand, ['targets', 'binds', 'blocks', 'is directed against', 'a bispecific antibody against'])} ${pick(rand, TARGETS)} and ${pick(rand, TARGETS)}${pick(rand, [', ', '; ', '. ', ' and '])}`),
  },
  {
    name: 'thin-space numbers',
    make: (size, rand) => fill(size, () => {
      const sep = pick(rand, [' ', '\u2009', '\u202f', '\u00a0']);
      return `${pick(rand, ['EUR', 'USD', '$', 'CHF', 'KRW'])} ${int(rand, 1, 999)}${sep}${String(int(rand, 0, 999)).padStart(3, '0')}${sep}${String(int(rand, 0, 999)).padStart(3, '0')} and ${int(rand, 1, 99)}${sep}${String(int(rand, 0, 999)).padStart(3, '0')} patients. `;
    }),
  },
  {
    name: 'long lines',
    make: (size, rand) => fill(size, () => `${pick(rand, DRUGS)} ${pick(rand, ENDPOINTS)} ${int(rand, 1, 99)}.${int(rand, 0, 9)} % (n = ${int(rand, 10, 500)}) versus ${int(rand, 1, 99)} % `),
  },
  {
    name: 'binary-ish text',
    make: (size, rand) => {
      const codes: number[] = [];
      for (let i = 0; i < size; i++) {
        const r = rand();
        codes.push(r < 0.05 ? 0 : r < 0.15 ? int(rand, 1, 31) : r < 0.2 ? int(rand, 0xd800, 0xdfff) : r < 0.25 ? int(rand, 0x80, 0xffff) : r < 0.3 ? 10 : int(rand, 32, 126));
      }
      let out = '';
      for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
      return out;
    },
  },
  {
    name: 'mixed scripts',
    make: (size, rand) => fill(size, () => pick(rand, [
      'Ολική ανταπόκριση ORR 45 % ', 'Частота ответа 38,5 % ', '客观缓解率 (ORR) 为 41.2% ', 'معدل الاستجابة 33 % ', '\u202e' + pick(rand, DRUGS) + '\u202c ',
      'e\u0301\u0301\u0301 ', '👩‍🔬🧬 ' + pick(rand, DRUGS) + ' ', '12\u00a0mg/kg ', '\ufeff', 'μg/kg 900 µg/kg ', pick(rand, TARGETS) + '‑directed ',
    ])),
  },
  {
    name: 'huge tables',
    make: (size, rand) => '| Endpoint | Drugumab (n=412) | Placebo (n=409) |\n|---|---|---|\n' + fill(size, () => `| ${pick(rand, ENDPOINTS)} | ${int(rand, 1, 99)}.${int(rand, 0, 9)} % | ${int(rand, 1, 400)} (${int(rand, 1, 99)}.${int(rand, 0, 9)}%) |\n`),
  },
  {
    name: 'flattened tables',
    make: (size, rand) => 'Earnings forecast (KRW bn)2024A2025E2026E\n' + fill(size, () => `${pick(rand, ['Revenue', 'Market Penetration', 'Patients', 'Price'])}${int(rand, 1, 99)}.${int(rand, 0, 9)} ${int(rand, 1, 999)}.${int(rand, 0, 9)} ${int(rand, 1, 99)} %\n`),
  },
  {
    name: 'hostile Markdown',
    make: (size, rand) => fill(size, () => pick(rand, [
      '> > > > ' + pick(rand, DRUGS) + ' ORR 40 % (8 of 22)\n', '```\n' + pick(rand, DRUGS) + ' 12 %\n```\n', '<!-- biotech-disable-next-line percent-of-count -->\n',
      '[biotech-disable ' + pick(rand, ['grim', 'totals', '', 'x'.repeat(80)]) + ']\n', '###### ' + '#'.repeat(int(rand, 0, 50)) + '\n', '[a]: <' + 'x'.repeat(int(rand, 0, 200)) + '>\n',
      '*'.repeat(int(rand, 1, 100)) + '_'.repeat(int(rand, 1, 100)) + '\n', '<div>' + '<span>'.repeat(int(rand, 1, 30)) + 'HR 0.72 (95% CI 0.59–0.88)\n', '|'.repeat(int(rand, 1, 200)) + '\n', '\n\n',
    ])),
  },
  {
    name: 'repeated abbreviations',
    make: (size, rand) => fill(size, i => `${pick(rand, ['Objective response rate (ORR)', 'Fast Track Designation (FTD)', `Acme Study ${i} (AS${i % 50})`, 'zelbotamab (ACM-101)'])} was ${int(rand, 1, 99)} % in AS${i % 50}; ORR again. `),
  },
  {
    name: 'one drug everywhere',
    make: size => fill(size, i => `mitazalimab ${i % 7 === 0 ? '\n' : ''}`),
  },
  {
    name: 'no separators',
    make: (size, rand) => fill(size, () => pick(rand, ['1', '2', ',', '.', '%', '-', '(', ')', 'e', 'x'])),
  },
];

/** A lexicon file nested `depth` levels deep (the file that once stopped every lexicon after it). */
export function deepLexicon(depth: number): string {
  return '{"drugs": ' + '['.repeat(depth) + ']'.repeat(depth) + '}';
}

/** A lexicon with `n` stems (the 109k-stem lexicon that once made analysis 20-56x slower). */
export function manyStems(n: number, rand: Rand): { stems: { stem: string; meaning: string; class: string }[] } {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const stems: { stem: string; meaning: string; class: string }[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const len = int(rand, 4, 9);
    for (let k = 0; k < len; k++) s += letters[Math.floor(rand() * 26)];
    stems.push({ stem: s, meaning: 'generated', class: 'generated' });
  }
  return { stems };
}

/** Random edits to a text: inserts of stressful pieces, deletions, replacements, line breaks. */
const PIECES = ['(', ')', '|', '\n', '\n\n', ' vs ', ' versus ', 'placebo', ' (n = ', ' of ', '%', ' %', '\u2011', '\u00b5', '\u03bc', ',', '.', ';',
  ' respectively', '2026E', ' mg', ' months', ' HR ', ' 95% CI ', '\u2013', '$', ' million', ' (KRW bn)', ' mitazalimab', ' ORR ', ' targets CD40', '\u2009', '\ud83e\uddec'];

export interface Edit { start: number; end: number; text: string }

export function randomEdit(text: string, rand: Rand): Edit {
  let at = Math.floor(rand() * (text.length + 1));
  // never split a surrogate pair: the protocol counts UTF-16 units and so do we, but a split pair makes a lone surrogate on both sides
  if (at > 0 && at < text.length && (text.charCodeAt(at) & 0xfc00) === 0xdc00) at--;
  const r = rand();
  if (r < 0.45) return { start: at, end: at, text: pick(rand, PIECES) };
  let end = Math.min(text.length, at + Math.floor(rand() * 60));
  if (end > 0 && end < text.length && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
  if (r < 0.75) return { start: at, end, text: '' };
  return { start: at, end, text: String(Math.floor(rand() * 100000) / 10 ** Math.floor(rand() * 3)) };
}

export function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}
