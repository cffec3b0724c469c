// Size limits shared by the zod schemas (server) and the forms (browser). Kept apart from the
// schemas so browser code can read them without bundling zod.

/** Largest article text accepted, in characters (a 20,000-word article is about 130,000). */
export const MAX_ARTICLE_TEXT = 1_000_000;
export const MAX_TITLE = 300;
export const MAX_NOTE = 2_000;
/** A quote is at most a few paragraphs; longer ones are almost certainly a mistake. */
export const MAX_QUOTE = 20_000;
export const MAX_COMMENT = 10_000;
