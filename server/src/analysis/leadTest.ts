/**
 * `re.test(text)` for an expression that opens with a zero-width assertion on what comes before it
 * ("(?<![\p{L}])", "(?:^|(?<=[\s|]))"), asked of a whole document. The engine tries the assertion at
 * every position of the text, which costs most of such a test when the words after it are rare; here
 * the rest of the expression is looked for alone, and only where it matches is the whole expression
 * tried, at that position (a sticky copy). The answer is `re.test(text)`'s: the positions where the
 * whole matches are exactly those where the rest matches and the assertion holds, and every position
 * where the rest matches is visited, in order, until one is found.
 *
 * `lead` is the assertion, written exactly as the expression's source opens; it must match no
 * characters and hold no capturing group (the rest's groups then keep their numbers).
 */
interface Split { readonly rest: RegExp; readonly whole: RegExp }
const SPLITS = new WeakMap<RegExp, Split>();

export function leadTest(re: RegExp, lead: string, text: string): boolean {
  let split = SPLITS.get(re);
  if (!split) {
    if (!re.source.startsWith(lead) || re.global || re.sticky) throw new Error(`leadTest: ${re.source} does not open with ${lead}, or keeps its own place`);
    split = { rest: new RegExp(re.source.slice(lead.length), `${re.flags}g`), whole: new RegExp(re.source, `${re.flags}y`) };
    SPLITS.set(re, split);
  }
  const { rest, whole } = split;
  rest.lastIndex = 0;
  for (let m = rest.exec(text); m; m = rest.exec(text)) {
    whole.lastIndex = m.index;
    if (whole.test(text)) return true;
    // on from the next position (a whole code point on, for an expression that reads code points)
    const c = text.charCodeAt(m.index), d = text.charCodeAt(m.index + 1);
    rest.lastIndex = m.index + (re.unicode && c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1);
  }
  return false;
}
