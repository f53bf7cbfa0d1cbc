/**
 * Markdown escaping for text taken from the document, for hover cards that VS Code renders and
 * that Neovim, Helix and Emacs show nearly as written. Document text must never become a link, an
 * image, HTML, emphasis or a block (heading, list, quote, code, table), and it should read as it
 * was written: only what CommonMark (with GitHub's tables and bare links) would read as markup is
 * escaped, so "29.4 % (95% CI: 1.2-3.4)" stays as it is and "[x](command:y)" is no link.
 */

/** Always markup, wherever they stand: escapes, code spans, emphasis, links and images. */
const INLINE = /[\\`*_[\]]/g;
const INLINE_IN_CELL = /[\\`*_[\]|]/g;

/**
 * `<` opens raw HTML when a letter, `/`, `!` or `?` follows it, and an autolink when a `>` closes
 * it with no blank or `<` between (`<http://x>`, `<a@b.c>`); otherwise ("p<0.05", "HR <1 and >2")
 * it is plain text. A `>` then never closes anything, so only a line-start `>` needs escaping.
 */
function escapeAngles(s: string): string {
  return s.replace(/<(?=[A-Za-z/!?]|[^\s<>]*>)/g, '\\<');
}

/** `&` is markup only where it starts an entity: `&amp;`, `&#169;`, `&#xA9;`. */
function escapeEntities(s: string): string {
  return s.replace(/&(?=#\d{1,7};|#[xX][0-9A-Fa-f]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g, '\\&');
}

/**
 * GitHub's bare links (VS Code's renderer makes them too): "https://", "ftp://", "mailto:",
 * "www." and e-mail addresses. A backslash before the ":", "." or "@" leaves each as text.
 */
function escapeBareLinks(s: string): string {
  return s
    .replace(/\b(https?|ftp|mailto|xmpp):/gi, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/([A-Za-z0-9._+-])@(?=[A-Za-z0-9_-]+\.[A-Za-z0-9])/g, '$1\\@');
}

/**
 * What makes a block when it starts a line: a heading (`# `), a list item (`- `, `+ `, `1. `,
 * `1) `), a quote (`>`), a fence (`~~~`), a thematic break or setext underline (`---`, `===`), or
 * a table's delimiter row (`|---|:--|`). The text is one line, so "line start" is its start.
 */
function escapeLineStart(s: string): string {
  if (/^[-=][-=\s]*$/.test(s) && new Set(s.replace(/\s/g, '')).size === 1) return '\\' + s;
  if (/^\|?\s*:?-+:?\s*(\|\s*:?-*:?\s*)*$/.test(s) && s.includes('|')) return s.replace(/\|/g, '\\|');
  if (/^(#{1,6}|[-+])(\s|$)/.test(s) || /^(>|~~~)/.test(s)) return '\\' + s;
  return s.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

function escapeWith(inlineMarkup: RegExp, s: string): string {
  const text = s.replace(/[\r\n]+/g, ' ').replace(/^\s+/, '');
  const inline = text.replace(inlineMarkup, c => '\\' + c);
  return escapeLineStart(escapeBareLinks(escapeAngles(escapeEntities(inline))));
}

/** Escapes document text for a Markdown hover; line breaks become spaces, leading blanks go. */
export function escapeMarkdown(s: string): string {
  return escapeWith(INLINE, s);
}

/** The same for text in a table cell, where every `|` would end the cell. */
export function escapeMarkdownCell(s: string): string {
  return escapeWith(INLINE_IN_CELL, s);
}

/** Inline code for document text: backticks are stripped so the span cannot be closed early. */
export function codeSpan(s: string): string {
  const clean = s.replace(/[\r\n]+/g, ' ').replace(/`/g, "'");
  return '`' + clean + '`';
}
