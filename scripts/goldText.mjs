// How the real corpus's gold is placed in its documents, shared by the scorer (eval.mjs) and the
// validator (validate-real.mjs), so both place every gold text alike.

/**
 * The next occurrence of a gold text that does not start or end inside a word or number ("7,7 Mio."
 * is not found inside "127,7 Mio."), else the next occurrence at all.
 */
export function wordAt(text, needle, from) {
  // a letter beside a letter, or a digit beside a digit, continues a word or a number; a glued table
  // cell ("Placebo1.4 %") does not
  const cls = c => (c === undefined ? '' : /\p{L}/u.test(c) ? 'L' : /\p{N}/u.test(c) ? 'N' : '');
  // (a lower-case letter glued to a capital, "at 26 weeksDose", is a flattened table's cell boundary too)
  const joins = (a, b) => cls(a) !== '' && cls(a) === cls(b) && !(/\p{Ll}/u.test(a) && /\p{Lu}/u.test(b));
  // "EGFRxHER3", "CD3xCD20": an x between two names in capitals is the bispecific's separator
  const glue = (c, far) => c === 'x' && far !== undefined && /[\p{Lu}\p{N}]/u.test(far);
  let first = -1;
  for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (first < 0) first = at;
    const startsClean = !joins(text[at - 1], needle[0]) || glue(text[at - 1], text[at - 2]);
    const endsClean = !joins(needle[needle.length - 1], text[at + needle.length]) || glue(text[at + needle.length], text[at + needle.length + 1]);
    if (startsClean && endsClean) return at;
  }
  return first;
}

/** A document as the tool sees it: the corpus's first line "SOURCE: <address>" blanked, offsets kept. */
export const withoutSource = text => text.replace(/^SOURCE: [^\n]*/, m => ' '.repeat(m.length));

