// Pure helpers of `npm run bench` (no I/O, no clock), kept apart so a unit test can check them.

/** The sizes the bench knows, in UTF-16 code units (what the editor and the server count). */
export const SIZES = { '20k': 20_000, '100k': 100_000, '1m': 1_000_000 };

/** The targets (#16). */
export const TARGETS = {
  editP95: { '20k': 15, '100k': 30, '1m': 100 },
  coldOpenRatio1m: 25,
  hoverP95_1m: 5,
  rssIdleMB: 90,
  rssOpen1mMB: 160,
  indexSeconds10mb: 5,
  editWhileIndexingRatio: 1.5,
};

/**
 * The `q`-th percentile (0..100) of `samples` by the nearest-rank method: the smallest sample with
 * at least q % of the samples at or below it. NaN for no samples. Does not reorder `samples`.
 */
export function percentile(samples, q) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(100, Math.max(0, q)) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)];
}

export function median(samples) { return percentile(samples, 50); }

/**
 * A document of at least `target` characters built from the seeds, copy after copy, every number of
 * every copy shifted by the copy's running index so that no block repeats (no cache can flatter),
 * each copy followed by a short section line; of the last copy only the lines that reach `target`,
 * so the text exceeds it by less than one line. `start` continues the numbering, so documents built
 * one after another (a workspace) do not share blocks either. Returns the text and the next index.
 */
export function buildDocument(seeds, target, start = 0) {
  if (seeds.length === 0) throw new Error('no seed documents');
  let text = '';
  let i = start;
  for (; text.length < target; i++) {
    const copy = seeds[i % seeds.length].replace(/\d+/g, m => String(Number(m) + i)) + `\n\nSection ${i}.\n\n`;
    if (text.length + copy.length <= target) { text += copy; continue; }
    // the last copy: only as many of its lines as reach the target
    for (let at = 0; text.length < target && at < copy.length;) {
      const nl = copy.indexOf('\n', at);
      const end = nl < 0 ? copy.length : nl + 1;
      text += copy.slice(at, end);
      at = end;
    }
  }
  return { text, next: i };
}

/** The offsets where each line begins ("\n", "\r\n" and "\r" end a line, as in LSP). */
export function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

/** An offset as an LSP position (UTF-16 code units), by binary search over `starts`. */
export function positionAt(starts, offset) {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** An LSP position as an offset (clamped to its line's start; no check of the line's end). */
export function offsetAt(starts, position) {
  const line = Math.min(Math.max(0, position.line), starts.length - 1);
  return starts[line] + position.character;
}

/**
 * Where to type: inside a word of prose at or after the middle of the text (a lower-case word of at
 * least six letters, between spaces, on a line of at least 80 characters with no table pipe), three
 * letters into it. Falls back to the middle of the text when there is no such word.
 */
export function editPoint(text, from = Math.floor(text.length / 2)) {
  const word = /(?<= )[a-z]{6,}(?= )/g;
  for (let at = from; at < text.length;) {
    word.lastIndex = at;
    const m = word.exec(text);
    if (!m) break;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.length >= 80 && !line.includes('|')) return m.index + 3;
    at = lineEnd;
  }
  return from;
}

/** `n` items of `list` spread evenly over it, in order (all of them when there are fewer). */
export function spread(list, n) {
  if (list.length <= n) return [...list];
  const out = [];
  for (let k = 0; k < n; k++) out.push(list[Math.floor((k * list.length) / n)]);
  return out;
}

/** Every offset where one of `words` occurs in `text`, as a whole word, sorted; at most `cap`. */
export function occurrences(text, words, cap = 100_000) {
  const out = [];
  const isWordChar = c => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const w of new Set(words)) {
    if (!w) continue;
    for (let at = text.indexOf(w); at >= 0 && out.length < cap; at = text.indexOf(w, at + w.length)) {
      if (!isWordChar(text[at - 1]) && !isWordChar(text[at + w.length])) out.push(at);
    }
  }
  return out.sort((a, b) => a - b);
}

/** The number of Unicode words in `text`: the regex pass the LSP figures are compared with. */
export function regexPass(text) {
  let n = 0;
  const word = /[\p{L}\p{N}]+/gu;
  while (word.exec(text) !== null) n++;
  return n;
}

/**
 * The command line: `--sizes=20k,100k` (any of 20k, 100k, 1m, 10mb; default all), `--edits=N`
 * (characters typed per document, default 50), `--hovers=N` (default 100), `--json`, `--core` (the
 * in-process timings instead). Throws on anything else, with the usage.
 */
export function parseArgs(argv) {
  const usage = 'usage: npm run bench -- [--sizes=20k,100k,1m,10mb] [--edits=N] [--hovers=N] [--json] [--core]';
  const opts = { sizes: ['20k', '100k', '1m', '10mb'], edits: 50, hovers: 100, json: false, core: false };
  for (const a of argv) {
    const [key, value] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (key === '--json' && value === undefined) opts.json = true;
    else if (key === '--core' && value === undefined) opts.core = true;
    else if (key === '--sizes' && value) {
      const sizes = value.split(',').map(s => s.trim().toLowerCase()).filter(Boolean);
      const bad = sizes.filter(s => !(s in SIZES) && s !== '10mb');
      if (bad.length || sizes.length === 0) throw new Error(`unknown size ${bad.join(', ') || '(none)'}; ${usage}`);
      opts.sizes = sizes;
    } else if ((key === '--edits' || key === '--hovers') && value && /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 10_000) {
      opts[key.slice(2)] = Number(value);
    } else throw new Error(`unknown option ${a}; ${usage}`);
  }
  return opts;
}

/** "1,234.5" style: a figure with `digits` decimals, or "–" when there is none. */
export function fmt(n, digits = 1) {
  return n === undefined || Number.isNaN(n) ? '–' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Lines of a table, columns padded to their widest cell (first column left-aligned, the others right-aligned). */
export function table(rows) {
  const widths = [];
  for (const r of rows) r.forEach((c, i) => { widths[i] = Math.max(widths[i] ?? 0, String(c).length); });
  return rows.map(r => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ').trimEnd());
}

/**
 * What a script's first line passes to Node (`#!/usr/bin/env -S NAME=value node --flag ...`): the
 * environment variables set before `node` and the Node options after it. The bench starts the server
 * with both, as running the bin does. Nothing for a plain `#!/usr/bin/env node`.
 */
function shebangParts(firstLine) {
  const m = /^#!\s*\S*env\s+-S\s+(.*)$/.exec(firstLine);
  if (!m) return { env: {}, flags: [] };
  const words = m[1].trim().split(/\s+/).filter(Boolean);
  const node = words.indexOf('node');
  if (node < 0) return { env: {}, flags: [] };
  const env = {};
  for (const w of words.slice(0, node)) {
    const eq = w.indexOf('=');
    if (eq <= 0) return { env: {}, flags: [] };
    env[w.slice(0, eq)] = w.slice(eq + 1);
  }
  return { env, flags: words.slice(node + 1) };
}

/** The Node options of a script's shebang ([] when it passes none). */
export function shebangNodeFlags(firstLine) {
  return shebangParts(firstLine).flags;
}

/** The environment variables a script's shebang sets for Node ({} when none). */
export function shebangEnv(firstLine) {
  return shebangParts(firstLine).env;
}
