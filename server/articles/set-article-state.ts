import "server-only";
import { changedMeanwhile } from "../concurrency/changed-meanwhile";
import { findLiveClaimSpansByArticle } from "@/db/queries/annotations";
import { lockArticleRow, updateArticleState } from "@/db/queries/articles";
import { insertEvent } from "@/db/queries/events";
import type { Executor } from "@/db/executor";
import type { ArticleRow } from "@/db/schema";
import type { RevisionText } from "@/db/queries/articles";
import type { ArticleSummary } from "@/lib/api/dto";
import { AppError } from "@/lib/api/app-error";
import { signOffGaps, type SignOffRecord } from "@/lib/articles/sign-off";
import { WORKFLOW_LABEL, type ArticleWorkflowState } from "@/lib/articles/workflow";
import { can, type Operation } from "@/lib/auth/permissions";
import { authorize } from "../auth/authorize";
import type { Actor, ServiceContext } from "../context";
import { computeSignOffFigures } from "./compute-sign-off-figures";
import { loadCurrentText } from "./load-current-article";
import { toArticleSummary } from "./to-article-dto";

/**
 * Signing an article off is an admin's call; taking a signed-off article back into review is for
 * whoever answers for its text too (journalists); moving between draft and review is for anyone
 * who works on the text or its claims.
 */
function operationsFor(from: ArticleWorkflowState, to: ArticleWorkflowState): readonly Operation[] {
  if (to === "verified") return ["article.verify"];
  if (from === "verified") return ["article.reopen"];
  return ["claim.tag", "article.edit"];
}

function assertMayMove(actor: Actor, from: ArticleWorkflowState, to: ArticleWorkflowState): void {
  const operations = operationsFor(from, to);
  if (!operations.some((operation) => can(actor.role, operation))) {
    throw new AppError("forbidden", `A ${actor.role} may not move an article from ${WORKFLOW_LABEL[from]} to ${WORKFLOW_LABEL[to]} (${operations.join(" or ")}).`);
  }
}

/**
 * What the admin signs: the figures of the current revision. Open threads block a sign-off; gaps
 * (untagged sentences, sourced claims without a source) need `confirm`, so neither the dialog nor
 * a script signs them off without saying so.
 */
async function signOffRecord(tx: Executor, { article, revision, actor, confirm, now }: { article: ArticleRow; revision: RevisionText; actor: Actor; confirm: boolean; now: string }): Promise<SignOffRecord> {
  const figures = await computeSignOffFigures(tx, { article, revision });
  const open = figures.openThreads;
  if (open > 0) {
    const threads = open === 1 ? "1 comment thread is" : `${open} comment threads are`;
    throw new AppError("conflict", `${threads} still open; resolve ${open === 1 ? "it" : "them"} before verifying the article.`, { details: { openThreads: open } });
  }
  const gaps = signOffGaps(figures);
  if (gaps.length > 0 && !confirm) {
    const { sentences, tagged } = figures.coverage;
    const parts = [
      ...(gaps.includes("coverage") ? [`${sentences - tagged} of ${sentences} sentences are not tagged`] : []),
      ...(gaps.includes("sourced_without_source") ? [`${figures.sourcedWithoutSource} claims are marked sourced without a source`] : []),
    ];
    throw new AppError("sign_off_unconfirmed", `${parts.join("; ")}. Send "confirm": true to sign off anyway.`, { details: { figures, gaps } });
  }
  return { ...figures, signedBy: { id: actor.id, name: actor.name }, signedAt: now, confirmedGaps: gaps };
}

/**
 * Moves an article through its workflow: draft → in review → verified, and back to in review when
 * someone reopens it. Verifying records what was signed (revision and figures) on the article and
 * in the event; reopening clears it from the article, the event keeps it. Asking for the state it
 * is already in changes nothing.
 */
export async function setArticleState(ctx: ServiceContext, { articleId, state, confirm = false }: { articleId: number; state: ArticleWorkflowState; confirm?: boolean }): Promise<ArticleSummary> {
  const actor = authorize(ctx, "article.read");
  const now = ctx.now().toISOString();
  const { article, revision } = await ctx.db.transaction(async (tx) => {
    // First, so that what a sign-off counts is what is there when it commits.
    await lockArticleRow(tx, articleId);
    const { article, revision } = await loadCurrentText(tx, articleId);
    const from = article.state;
    assertMayMove(actor, from, state);
    if (from === state) return { article, revision };
    if (from === "verified" && state === "draft") {
      throw new AppError("conflict", "A verified article can only be reopened for review, not sent back to draft.");
    }
    const signOff = state === "verified" ? await signOffRecord(tx, { article, revision, actor, confirm, now }) : null;
    const updated = await updateArticleState(tx, {
      id: articleId,
      from,
      changes: { state, verifiedBy: signOff ? actor.id : null, verifiedAt: signOff ? now : null, signOff, updatedAt: now },
    });
    if (!updated) throw changedMeanwhile("article's state");
    const before = from === "verified" ? { state: from, signOff: article.signOff } : { state: from };
    await insertEvent(tx, { articleId, actorId: actor.id, type: "article.state_changed", before, after: signOff ? { state, signOff } : { state }, createdAt: now });
    return { article: updated, revision };
  });
  return toArticleSummary(ctx.db, article, revision, await findLiveClaimSpansByArticle(ctx.db, articleId));
}
