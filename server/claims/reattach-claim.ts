import "server-only";
import { updateAnnotationAtVersion } from "@/db/queries/annotations";
import type { Claim } from "@/lib/api/dto";
import { AppError } from "@/lib/api/app-error";
import { describeQuote } from "@/lib/anchoring";
import { claimSnapshot } from "@/lib/history/claim-snapshot";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { recordEvent } from "../history/record-event";
import { loadCurrentText } from "../articles/load-current-article";
import { assertCurrentVersion, loadLiveClaim, throwConcurrentChange } from "./load-live-claim";
import { toClaimWithAuthor } from "./to-claim-dto";
import { assertArticleWritable } from "../articles/assert-article-writable";

/**
 * Puts a claim on a span of the article's current text that a person chose: how an orphaned claim
 * is re-attached (status, note, sources and comments come along), or a claim moved by hand.
 */
export async function reattachClaim(ctx: ServiceContext, { claimId, start, end, version }: { claimId: number; start: number; end: number; version: number }): Promise<Claim> {
  const actor = authorize(ctx, "claim.tag");
  const now = ctx.now().toISOString();
  return ctx.db.transaction(async (tx) => {
    const current = await loadLiveClaim(tx, claimId);
    await assertArticleWritable(tx, current.articleId);
    assertCurrentVersion(current, version);
    const { revision } = await loadCurrentText(tx, current.articleId);
    if (end > revision.text.length) throw new AppError("invalid_input", `Offsets must lie inside the text (0–${revision.text.length}).`, { fields: { end: `must be at most ${revision.text.length}` } });
    if (revision.text.slice(start, end).trim() === "") throw new AppError("invalid_input", "A claim must cover some text, not only whitespace.", { fields: { start: "the span is blank" } });
    const quote = describeQuote(revision.text, start, end);
    const updated = await updateAnnotationAtVersion(tx, {
      id: claimId,
      version,
      changes: { start, end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, revision: revision.number, orphaned: false, updatedAt: now },
    });
    if (!updated) return throwConcurrentChange(tx, claimId, version);
    await recordEvent(tx, {
      articleId: current.articleId,
      annotationId: claimId,
      actorId: actor.id,
      type: current.orphaned ? "claim.reattached" : "claim.moved",
      before: { start: current.start, end: current.end, exact: current.exact, orphaned: current.orphaned },
      after: { start, end, exact: quote.exact, claim: claimSnapshot(updated) },
      createdAt: now,
    });
    // Read in the transaction: should the database go away after a commit, the answer would be a
    // 503 ("nothing was changed") for a move that was made.
    return toClaimWithAuthor(tx, updated);
  });
}
