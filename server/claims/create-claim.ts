import "server-only";
import { insertAnnotation } from "@/db/queries/annotations";
import type { Claim } from "@/lib/api/dto";
import type { TCreateAnnotation } from "@/lib/api/schemas";
import { AppError } from "@/lib/api/app-error";
import { anchorQuote, describeQuote } from "@/lib/anchoring";
import { claimSnapshot } from "@/lib/history/claim-snapshot";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { recordEvent } from "../history/record-event";
import { loadCurrentText } from "../articles/load-current-article";
import { toClaimWithAuthor } from "./to-claim-dto";
import { assertArticleWritable } from "../articles/assert-article-writable";

function resolveSpan(text: string, input: TCreateAnnotation): { start: number; end: number } {
  if ("quote" in input) {
    const match = anchorQuote(text, input.quote, { hint: input.hint });
    if (!match) {
      throw new AppError("quote_not_found", "The quote was not found in the article's text.", { fields: { "quote.exact": "not found in the article's current text" } });
    }
    return { start: match.start, end: match.end };
  }
  if (input.end > text.length) {
    throw new AppError("invalid_input", `Offsets must lie inside the text (0–${text.length}).`, { fields: { end: `must be at most ${text.length}` } });
  }
  return { start: input.start, end: input.end };
}

/**
 * Tags a span of an article's current text with a status. The claim keeps both a position and a
 * quote selector, so it can be found again when the text changes. Claim and event are written in
 * one transaction.
 */
export async function createClaim(ctx: ServiceContext, { articleId, input }: { articleId: number; input: TCreateAnnotation }): Promise<Claim> {
  authorize(ctx, "claim.tag");
  const now = ctx.now().toISOString();
  return ctx.db.transaction(async (tx) => {
    await assertArticleWritable(tx, articleId);
    const { revision } = await loadCurrentText(tx, articleId);
    const span = resolveSpan(revision.text, input);
    if (revision.text.slice(span.start, span.end).trim().length === 0) {
      throw new AppError("invalid_input", "A claim must cover some text, not only whitespace.", { fields: { start: "the span is blank" } });
    }
    const quote = describeQuote(revision.text, span.start, span.end);
    const row = await insertAnnotation(tx, {
      articleId,
      revision: revision.number,
      start: span.start,
      end: span.end,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      status: input.status,
      note: input.note ?? "",
      authorId: ctx.actor?.id ?? null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await recordEvent(tx, {
      articleId,
      annotationId: row.id,
      actorId: ctx.actor?.id ?? null,
      type: "claim.created",
      after: { status: row.status, start: row.start, end: row.end, exact: row.exact, note: row.note, claim: claimSnapshot(row) },
      createdAt: now,
    });
    // Read in the transaction: should the database go away after a commit, the answer would be a
    // 503 ("nothing was changed") for a claim that was created.
    return toClaimWithAuthor(tx, row);
  });
}
