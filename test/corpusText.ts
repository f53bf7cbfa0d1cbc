/**
 * Word runs shared between texts: what the leak test and the corpus split use to keep the frozen
 * test split from reaching anything outside it. Words are runs of letters and digits, lower-cased,
 * so punctuation, spacing and line breaks do not hide a copied passage.
 */
import * as fs from 'fs';
import * as path from 'path';

export const RUN = 8;

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every run of `n` consecutive words, each joined by one space. */
export function shingles(text: string, n = RUN): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/** The first run of `n` words of `text` found in `against`, or undefined. */
export function firstShared(text: string, against: Set<string>, n = RUN): string | undefined {
  const w = words(text);
  for (let i = 0; i + n <= w.length; i++) {
    const s = w.slice(i, i + n).join(' ');
    if (against.has(s)) return s;
  }
  return undefined;
}

const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', '.git', '.cache', 'artifacts']);
const TEXT_FILE = /\.(?:ts|js|mjs|cjs|json|md|txt|lua|ya?ml|sh|toml|el|html|css|svg|py)$|^[^.]+$/;

/** Text files under a folder, skipping build output, dependencies and the folders given. */
export function textFiles(root: string, skip: (relative: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (skip(rel)) continue;
      if (entry.isDirectory()) { if (!SKIP_DIRS.has(entry.name)) walk(full); continue; }
      if (entry.isFile() && TEXT_FILE.test(entry.name) && fs.statSync(full).size < 4_000_000) out.push(full);
    }
  };
  walk(root);
  return out;
}
