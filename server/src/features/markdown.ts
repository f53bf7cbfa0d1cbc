/** Markdown escaping for text taken from the document: it must never become a link, an image, HTML or a command. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&:"'=$%^]/g, c => '\\' + c);
}

/** Inline code for document text: backticks are stripped so the span cannot be closed early. */
export function codeSpan(s: string): string {
  const clean = s.replace(/[\r\n]+/g, ' ').replace(/`/g, "'");
  return '`' + clean + '`';
}
