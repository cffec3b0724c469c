/**
 * Characters that can start markup anywhere in a line: emphasis and strong (`*`, `_`), code
 * (backtick), links and images (`[`, `]`; `![` needs the `[`), raw HTML and autolinks (`<`, `>`),
 * entity and character references (`&`), table cells (`|`), GFM strikethrough (`~`), math on
 * GitHub and others (`$`), ATX heading closers (`#`) and the escape character itself.
 */
const INLINE_SIGNIFICANT = /[\\`*_[\]<>&|~$#]/g;

/**
 * Markers that only mean something at the start of a line (after its indentation): list items
 * (`-`, `+`, `1.`, `1)`), setext underlines (`=`) and thematic breaks. (`#`, `>` and `*` are
 * already escaped everywhere.)
 */
const LINE_START_MARKER = /^([-+=]|\d{1,9}(?=[.)]))/;

/**
 * Makes text typed by people (a quote, a note, a comment, a source title) safe to place in
 * Markdown: every character above is backslash-escaped (CommonMark lets any ASCII punctuation be
 * escaped and renders it literally), so a comment cannot open a link, an image, raw HTML such as
 * `<script>`, an entity, a table cell or emphasis. Each line loses its leading whitespace (four
 * spaces would start a code block) and has a line-start marker escaped (`1\.`, `\-`).
 *
 * What it cannot stop: GFM renderers turn a bare `https://…` or `www.…` into a link. Such a link
 * shows its own address, so it cannot hide where it goes.
 *
 * Returns the lines of the text, so the caller can indent them under a list item or a quote.
 */
export function escapeMarkdownLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => {
    const escaped = line.trimStart().replace(INLINE_SIGNIFICANT, (c) => `\\${c}`);
    return escaped.replace(LINE_START_MARKER, (marker) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
  });
}

/** {@link escapeMarkdownLines} for text that must stay on one line (a heading, a table cell). */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdownLines(text.replace(/\s+/g, " ")).join(" ");
}
