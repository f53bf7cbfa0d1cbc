/**
 * Word lists from the data files as one regular-expression alternation: each word escaped, longest
 * first (so "Prozentpunkte" wins over "Prozent" and "fiscal year" over "fiscal"), a space matching
 * any run of space, an apostrophe either apostrophe. The one place a list of words becomes a pattern.
 */
export function wordsPattern(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length)
    .map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['\u2019]").replace(/ /g, '\\s+')).join('|');
}
