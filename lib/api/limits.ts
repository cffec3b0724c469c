// Size limits shared by the zod schemas (server) and the forms (browser). Kept apart from the
// schemas so browser code can read them without bundling zod.

/** Largest article text accepted, in characters (a 20,000-word article is about 130,000). */
export const MAX_ARTICLE_TEXT = 1_000_000;
export const MAX_TITLE = 300;
export const MAX_NOTE = 2_000;
/** A quote is at most a few paragraphs; longer ones are almost certainly a mistake. */
export const MAX_QUOTE = 20_000;
export const MAX_COMMENT = 10_000;

/**
 * Largest article in blocks (paragraphs, headings, code blocks, rules). A 20,000-word article has
 * about 1,000; beyond this the workspace would not stay usable, and an import's memory grows
 * with it (30,000 paragraphs once filled the server's heap).
 */
export const MAX_ARTICLE_BLOCKS = 10_000;
/**
 * Deepest nesting of an article's structure (lists in quotes in lists…), and of the HTML it is
 * imported from. Real articles stay under 20; converting and drawing are recursive, and 10,000
 * nested tags overflowed the stack.
 */
export const MAX_NESTING_DEPTH = 100;
/** Most HTML elements read from one import (pasted, uploaded or converted from .docx). */
export const MAX_HTML_ELEMENTS = 100_000;
