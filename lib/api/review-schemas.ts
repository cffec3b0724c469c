import { z } from "zod";
import { ARTICLE_WORKFLOW_STATES } from "../articles/workflow";
import { isSafeSourceUrl } from "../sources/is-safe-source-url";

import { MAX_COMMENT } from "./limits";

export { MAX_COMMENT };

/** A comment body: plain text, not blank, at most 10,000 characters. */
export const ZCommentBody = z
  .string({ error: "body is required" })
  .max(MAX_COMMENT, { error: `a comment is at most ${MAX_COMMENT.toLocaleString("en")} characters` })
  .refine((body) => body.trim().length > 0, { error: "a comment cannot be empty" });

/** POST /annotations/:id/comments — a new thread, or a reply to a thread's root comment. */
export const ZCreateComment = z.object({ body: ZCommentBody, parentId: z.number().int().positive().optional() }).strict();
export type TCreateComment = z.infer<typeof ZCreateComment>;

/** PATCH /comments/:id — edit the text (own comments) or resolve/reopen (thread roots). */
export const ZUpdateComment = z.union(
  [
    z.object({ body: ZCommentBody, version: z.number({ error: "version is required" }).int().min(1) }).strict(),
    z.object({ resolved: z.boolean({ error: "resolved must be true or false" }) }).strict(),
  ],
  { error: "give { body, version } to edit or { resolved: true|false } to resolve or reopen" },
);
export type TUpdateComment = z.infer<typeof ZUpdateComment>;

export const MAX_SOURCE_URL = 2048;
const ZSourceUrl = z
  .string({ error: "url is required" })
  .trim()
  .max(MAX_SOURCE_URL, { error: `url is longer than ${MAX_SOURCE_URL} characters` })
  .refine(isSafeSourceUrl, { error: "url must be a complete http:// or https:// address" });
const ZSourceTitle = z.string({ error: "title is required" }).trim().min(1, { error: "title is required" }).max(300, { error: "title is longer than 300 characters" });
const ZSourceExcerpt = z.string().max(5_000, { error: "excerpt is longer than 5,000 characters" });
const ZSourceNote = z.string().max(2_000, { error: "note is longer than 2,000 characters" });

/** POST /annotations/:id/sources */
export const ZCreateSource = z.object({ url: ZSourceUrl, title: ZSourceTitle, excerpt: ZSourceExcerpt.optional(), note: ZSourceNote.optional() }).strict();
export type TCreateSource = z.infer<typeof ZCreateSource>;

/** PATCH /sources/:id */
export const ZUpdateSource = z
  .object({ url: ZSourceUrl.optional(), title: ZSourceTitle.optional(), excerpt: ZSourceExcerpt.optional(), note: ZSourceNote.optional(), version: z.number({ error: "version is required" }).int().min(1) })
  .strict();
export type TUpdateSource = z.infer<typeof ZUpdateSource>;

/** PUT /articles/:id/state */
export const ZSetArticleState = z
  .object({
    state: z.enum(ARTICLE_WORKFLOW_STATES, { error: `state must be one of ${ARTICLE_WORKFLOW_STATES.join(", ")}` }),
    /** Signing off with untagged sentences or sourced claims without a source needs it said out loud. */
    confirm: z.boolean({ error: "confirm must be true or false" }).optional(),
  })
  .strict();
export type TSetArticleState = z.infer<typeof ZSetArticleState>;
