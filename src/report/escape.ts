/** Escaping of user text for the Markdown summary: a leaf that every summary part can use. */

/**
 * Escapes user text for use inline in Markdown, table cells included:
 * - HTML is neutralised (`<script>` shows as text, `&copy;` stays as typed);
 * - the marks that work anywhere in a line are backslash-escaped: emphasis and strikethrough
 *   (`* _ ~`), code spans (`` ` ``), links and images (`[`, `]`, so `[x](y)` and `![x](y)` stay
 *   text), table cell boundaries (`|`), GitHub's math (`$`) and backslashes themselves;
 * - a mark that only works at the start of a line (heading `#`, list `-`/`+`/`1. `, setext
 *   `=`) is escaped there, since user text can start a list item (`1.0.0` is left alone);
 * - line breaks become `<br>`, so a table cell or list item stays on one line and no later
 *   line can start a block.
 * Other punctuation is left alone, so the raw file (which the CLI prints) stays readable.
 */
export function escapeMarkdown(text: string): string {
  const escaped = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD')
    .replace(/[\\`*_[\]|~$]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([#+=-]|\d{1,9}(?=[.)](\s|$)))/, (_, space: string, mark: string) =>
      /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return escaped.replace(/\r\n|\r|\n/g, '<br>');
}
