import "server-only";
import { findLiveClaimSpansByArticle } from "@/db/queries/annotations";
import { updateArticleState } from "@/db/queries/articles";
import { insertEvent } from "@/db/queries/events";
import { countOpenThreadsByArticle } from "@/db/queries/comments";
import type { ArticleSummary } from "@/lib/api/dto";
import { AppError } from "@/lib/api/app-error";
import { WORKFLOW_LABEL, type ArticleWorkflowState } from "@/lib/articles/workflow";
import { can, type Operation } from "@/lib/auth/permissions";
import { authorize } from "../auth/authorize";
import type { Actor, ServiceContext } from "../context";
import { loadCurrentText } from "./load-current-article";
import { toArticleSummary } from "./to-article-dto";

/**
 * Signing an article off, or taking a verified one back, is an admin's call; moving between draft
 * and review is for anyone who works on the text or its claims.
 */
function operationsFor(from: ArticleWorkflowState, to: ArticleWorkflowState): readonly Operation[] {
  return from === "verified" || to === "verified" ? ["article.verify"] : ["claim.tag", "article.edit"];
}

function assertMayMove(actor: Actor, from: ArticleWorkflowState, to: ArticleWorkflowState): void {
  const operations = operationsFor(from, to);
  if (!operations.some((operation) => can(actor.role, operation))) {
    throw new AppError("forbidden", `A ${actor.role} may not move an article from ${WORKFLOW_LABEL[from]} to ${WORKFLOW_LABEL[to]} (${operations.join(" or ")}).`);
  }
}

function assertNoOpenThreads(open: number): void {
  if (open === 0) return;
  const threads = open === 1 ? "1 comment thread is" : `${open} comment threads are`;
  throw new AppError("conflict", `${threads} still open; resolve ${open === 1 ? "it" : "them"} before verifying the article.`, { details: { openThreads: open } });
}

/**
 * Moves an article through its workflow: draft → in review → verified, and back to in review when
 * an admin reopens it. Verifying records who and when, and needs every comment thread resolved.
 * Asking for the state it is already in changes nothing.
 */
export function setArticleState(ctx: ServiceContext, { articleId, state }: { articleId: number; state: ArticleWorkflowState }): ArticleSummary {
  const actor = authorize(ctx, "article.read");
  const now = ctx.now().toISOString();
  const { article, revision } = ctx.db.transaction((tx) => {
    const { article, revision } = loadCurrentText(tx, articleId);
    const from = article.state;
    assertMayMove(actor, from, state);
    if (from === state) return { article, revision };
    if (from === "verified" && state === "draft") {
      throw new AppError("conflict", "A verified article can only be reopened for review, not sent back to draft.");
    }
    if (state === "verified") assertNoOpenThreads(countOpenThreadsByArticle(tx, articleId));
    const verified = state === "verified";
    const updated = updateArticleState(tx, {
      id: articleId,
      from,
      changes: { state, verifiedBy: verified ? actor.id : null, verifiedAt: verified ? now : null, updatedAt: now },
    });
    if (!updated) throw new Error(`article ${articleId} changed state inside its own transaction`);
    insertEvent(tx, { articleId, actorId: actor.id, type: "article.state_changed", before: { state: from }, after: { state }, createdAt: now });
    return { article: updated, revision };
  });
  return toArticleSummary(ctx.db, article, revision, findLiveClaimSpansByArticle(ctx.db, articleId));
}
