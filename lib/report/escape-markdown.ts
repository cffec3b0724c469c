import { LinkifyIt } from "linkify-it";

/**
 * Characters that can start markup anywhere in a line and are backslash-escaped: emphasis and
 * strong (`*`, `_`), code (backtick), links and images (`[`, `]`; `![` needs the `[`), entity and
 * character references (`&`), table cells (`|`), GFM strikethrough (`~`), math on GitHub and
 * others (`$`), ATX heading closers (`#`) and the escape character itself.
 */
const INLINE_SIGNIFICANT = /[\\`*_[\]&|~$#]/g;

/**
 * `<` and `>` are written as entity references, never backslash-escaped: renderers that link bare
 * URLs take a backslash right after a URL as part of the URL, which left the `<` after it raw, so
 * `https://example.com\<img onerror=…>` became a live tag. Raw HTML and autolinks need a literal `<`.
 */
const ANGLE_BRACKETS: Record<string, string> = { "<": "&lt;", ">": "&gt;" };

/**
 * Markers that only mean something at the start of a line (after its indentation): list items
 * (`-`, `+`, `1.`, `1)`), setext underlines (`=`) and thematic breaks. (`#`, `>` and `*` are
 * already escaped everywhere.)
 */
const LINE_START_MARKER = /^([-+=]|\d{1,9}(?=[.)]))/;

/**
 * Where GitHub-flavoured renderers (marked, GitHub) start a bare link, and how far they take it:
 * to the next whitespace or `<`, backslashes included.
 */
const GFM_AUTOLINK = /(?:https?:\/\/|www\.)[^\s<]*/gi;

/** Punctuation GFM drops from the end of a bare link ("see https://x.y." links https://x.y). */
const TRAILING_PUNCTUATION = /[?!.,:*_~'"]$/;

/** markdown-it's linkify (http, mailto, emails, bare domains such as "example.com"). */
const linkify = new LinkifyIt();

/**
 * What a bare link that cannot be made a safe link is written with: the characters link finders
 * look for, as entity references, so no renderer sees a link (and reads past an escape) in it.
 */
const LINK_SYNTAX = /[:/.@]/g;

type Span = { start: number; end: number };
type EscapeMode = "text" | "label" | "unlinkable";

/**
 * Escapes the significant characters. In a link's label, parentheses too (marked reads
 * `[\[x\](y)](<z>)` as text followed by a link) and a scheme's colon (markdown-it links `http:…`
 * while it looks for the label's end, and could run past it); in an unlinkable bare link, its link syntax.
 */
function escapeText(text: string, mode: EscapeMode = "text"): string {
  let escaped = text.replace(INLINE_SIGNIFICANT, (c) => `\\${c}`).replace(/[<>]/g, (c) => ANGLE_BRACKETS[c]);
  if (mode === "label") escaped = escaped.replace(/[()]|(?<=[a-z0-9+.-]):/gi, (c) => `\\${c}`);
  if (mode === "unlinkable") escaped = escaped.replace(LINK_SYNTAX, (c) => `&#${c.codePointAt(0)};`);
  return escaped;
}

/** A GFM bare link's end once trailing punctuation and an unbalanced closing parenthesis are dropped. */
function trimLinkEnd(line: string, { start, end }: Span): number {
  for (;;) {
    const link = line.slice(start, end);
    if (TRAILING_PUNCTUATION.test(link)) end -= 1;
    else if (link.endsWith(")") && (link.match(/\)/g)?.length ?? 0) > (link.match(/\(/g)?.length ?? 0)) end -= 1;
    else return end;
  }
}

/**
 * Every stretch of the line some renderer would turn into a link by itself, as the union of what
 * GFM and linkify-it find (they disagree on where links end: the longer one wins).
 */
function linkSpans(line: string): Span[] {
  const spans: Span[] = [];
  for (const match of line.matchAll(GFM_AUTOLINK)) {
    const start = match.index;
    spans.push({ start, end: trimLinkEnd(line, { start, end: start + match[0].length }) });
  }
  for (const match of linkify.match(line) ?? []) spans.push({ start: match.index, end: match.lastIndex });
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else if (span.end > span.start) merged.push({ ...span });
  }
  return merged;
}

/** Where a bare link of the text goes, if it is http(s) or mailto; the address as an `<…>` destination. */
function linkTarget(raw: string): string | null {
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : raw.includes("@") && !raw.includes("/") ? `mailto:${raw}` : `http://${raw}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol === "mailto:" ? !/^[^@\s]+@[^@\s]+$/.test(url.pathname) : !["http:", "https:"].includes(url.protocol) || url.hostname === "") return null;
  // An `<…>` destination ends at `>` and reads backslash escapes: neither may appear raw.
  return url.href.replace(/[\\<> ]/g, (c) => encodeURIComponent(c));
}

/** One line of text with its bare links made explicit: `[the text as typed](<where it goes>)`. */
function escapeLineWithLinks(line: string): string {
  let out = "";
  let at = 0;
  for (const { start, end } of linkSpans(line)) {
    const raw = line.slice(start, end);
    const target = linkTarget(raw);
    out += escapeText(line.slice(at, start));
    out += target ? `[${escapeText(raw, "label")}](<${target}>)` : escapeText(raw, "unlinkable");
    at = end;
  }
  return out + escapeText(line.slice(at));
}

function escapeLineStart(escaped: string): string {
  return escaped.replace(LINE_START_MARKER, (marker) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}

/**
 * Makes text typed by people (a quote, a note, a comment, a source title) safe to place in
 * Markdown: the characters above are escaped (CommonMark renders an escaped ASCII punctuation
 * character or an entity reference literally), so a comment cannot open a link, an image, raw
 * HTML such as `<script>`, an entity, a table cell or emphasis. Each line loses its leading
 * whitespace (four spaces would start a code block) and has a line-start marker escaped (`1\.`,
 * `\-`).
 *
 * Bare URLs, which renderers with linkify on would link by themselves (and read past an escape),
 * are written as explicit links whose text is the URL as typed, so every renderer shows the same
 * words and links them to where they point. Only http(s) and mailto addresses become links.
 *
 * Returns the lines of the text, so the caller can indent them under a list item or a quote.
 */
export function escapeMarkdownLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((line) => escapeLineStart(escapeLineWithLinks(line.trimStart())));
}

/** {@link escapeMarkdownLines} for text that must stay on one line (a heading, a table cell). */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdownLines(text.replace(/\s+/g, " ")).join(" ");
}

/**
 * Text for the label of a link the report makes itself (`[label](<url>)`): escaped like the rest,
 * but its URLs stay words, since a link cannot hold another link (and no renderer links text
 * inside a link's label).
 */
export function escapeMarkdownLabel(text: string): string {
  return escapeLineStart(escapeText(text.replace(/\s+/g, " ").trim(), "label"));
}
