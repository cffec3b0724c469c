import { z } from "zod";
import { CLAIM_STATUSES } from "../claims/statuses";

import { MAX_ARTICLE_TEXT, MAX_NOTE, MAX_QUOTE, MAX_TITLE } from "./limits";

export { MAX_ARTICLE_TEXT, MAX_NOTE, MAX_QUOTE, MAX_TITLE };

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

export const ZClaimStatus = z.enum(CLAIM_STATUSES, {
  error: `status must be one of ${CLAIM_STATUSES.join(", ")}`,
});

export const ZLanguage = z
  .string({ error: "language is required" })
  .trim()
  .min(2, { error: "language must be a BCP 47 tag such as fr or en-GB" })
  .max(35)
  .refine(isLanguageTag, { error: "language must be a BCP 47 tag such as fr or en-GB" })
  .transform((tag) => Intl.getCanonicalLocales(tag)[0]);

/** HTML carries its markup as well as its text; Word's pasted HTML is several times the text. */
const MAX_ARTICLE_HTML = 4 * MAX_ARTICLE_TEXT;

const ZTitle = z.string({ error: "title is required" }).trim().min(1, { error: "title is required" }).max(MAX_TITLE, { error: `title is longer than ${MAX_TITLE} characters` });

/** What describes an article, whatever its text comes from. */
const articleFields = {
  title: ZTitle,
  language: ZLanguage,
  byline: z.string().trim().max(MAX_TITLE).optional(),
  sourceUrl: z.url({ protocol: /^https?$/, error: "sourceUrl must be an http(s) URL" }).optional(),
};

const SOURCE_FIELDS = ["text", "markdown", "html"] as const;

export const ZCreateArticle = z
  .object({
    ...articleFields,
    text: z.string().max(MAX_ARTICLE_TEXT, { error: `text is longer than ${MAX_ARTICLE_TEXT} characters` }).optional(),
    markdown: z.string().max(MAX_ARTICLE_TEXT, { error: `markdown is longer than ${MAX_ARTICLE_TEXT} characters` }).optional(),
    html: z.string().max(MAX_ARTICLE_HTML, { error: `html is longer than ${MAX_ARTICLE_HTML} characters` }).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const given = SOURCE_FIELDS.filter((field) => value[field] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "give exactly one of text, markdown or html" });
    } else if (value[given[0]]!.trim().length === 0) {
      ctx.addIssue({ code: "custom", path: [given[0]], message: "the article has no text" });
    }
  });
export type TCreateArticle = z.infer<typeof ZCreateArticle>;

/**
 * An article made from an uploaded file (multipart API request or the New article form). The
 * title may be left out: the importer then suggests the document's first heading or file name.
 * The file's size, type and content are checked by the importer, which reads it.
 */
export const ZImportArticle = z
  .object({
    ...articleFields,
    title: z
      .string()
      .trim()
      .max(MAX_TITLE, { error: `title is longer than ${MAX_TITLE} characters` })
      .optional()
      .transform((title) => title || undefined),
    file: z.file({ error: "file is required: send the document as a multipart field named file" }),
  })
  .strict();
export type TImportArticle = z.output<typeof ZImportArticle>;

const ZOffset = z.number({ error: "must be a number" }).int({ error: "must be an integer" }).min(0, { error: "must be 0 or more" });

export const ZQuoteSelector = z
  .object({
    exact: z.string({ error: "quote.exact is required" }).min(1, { error: "quote.exact is empty" }).max(MAX_QUOTE),
    prefix: z.string().max(MAX_QUOTE).optional(),
    suffix: z.string().max(MAX_QUOTE).optional(),
  })
  .strict();

const ZNote = z.string().max(MAX_NOTE, { error: `note is longer than ${MAX_NOTE} characters` });

const ZCreateByPosition = z
  .object({ start: ZOffset, end: ZOffset, status: ZClaimStatus, note: ZNote.optional() })
  .strict()
  .refine((v) => v.start < v.end, { path: ["end"], error: "end must be greater than start" });

const ZCreateByQuote = z.object({ quote: ZQuoteSelector, status: ZClaimStatus, note: ZNote.optional(), hint: ZOffset.optional() }).strict();

/**
 * A claim is created either from a text position `{ start, end, status }` or from a quote
 * `{ quote: { exact, prefix?, suffix? }, status }`. The presence of `quote` picks the form, so
 * errors name the fields of that form instead of a vague "matches neither".
 */
export const ZCreateAnnotation = z.unknown().transform((value, ctx): z.infer<typeof ZCreateByPosition> | z.infer<typeof ZCreateByQuote> => {
  const byQuote = typeof value === "object" && value !== null && "quote" in value;
  const parsed = (byQuote ? ZCreateByQuote : ZCreateByPosition).safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  return z.NEVER;
});
export type TCreateAnnotation = z.output<typeof ZCreateAnnotation>;

export const ZUpdateAnnotation = z
  .object({
    status: ZClaimStatus.optional(),
    note: ZNote.optional(),
    /** A new span in the current text: re-attaches an orphaned claim, or moves a claim. */
    start: ZOffset.optional(),
    end: ZOffset.optional(),
    version: z.number({ error: "version is required" }).int().min(1),
  })
  .strict()
  .refine((v) => v.status !== undefined || v.note !== undefined || v.start !== undefined || v.end !== undefined, { path: ["status"], error: "nothing to change: give status, note, or start and end" })
  .refine((v) => (v.start === undefined) === (v.end === undefined), { path: ["end"], error: "give both start and end" })
  .refine((v) => v.start === undefined || v.end === undefined || v.start < v.end, { path: ["end"], error: "end must be greater than start" })
  .refine((v) => v.start === undefined || (v.status === undefined && v.note === undefined), { path: ["start"], error: "change the span on its own, then the status or note" });
export type TUpdateAnnotation = z.infer<typeof ZUpdateAnnotation>;

/** Positive integer ids in URLs; anything else is simply not found. */
export const ZId = z.coerce.number().int().positive();

/** PATCH /articles/:id — a new revision of the text, from exactly one of these forms. */
export const ZUpdateArticleText = z
  .object({
    content: z.unknown().optional(),
    text: z.string().max(MAX_ARTICLE_TEXT, { error: `text is longer than ${MAX_ARTICLE_TEXT} characters` }).optional(),
    markdown: z.string().max(MAX_ARTICLE_TEXT, { error: `markdown is longer than ${MAX_ARTICLE_TEXT} characters` }).optional(),
    html: z.string().max(4 * MAX_ARTICLE_TEXT, { error: "html is too long" }).optional(),
    baseRevision: z.number({ error: "baseRevision is required: the revision your edit started from" }).int().min(1),
  })
  .strict()
  .refine((v) => [v.content, v.text, v.markdown, v.html].filter((x) => x !== undefined).length === 1, { path: ["content"], error: "give exactly one of content, text, markdown or html" });
export type TUpdateArticleText = z.infer<typeof ZUpdateArticleText>;
