import "server-only";
import { signOffGaps, type SignOffFigures, type SignOffGap } from "@/lib/articles/sign-off";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { computeSignOffFigures } from "./compute-sign-off-figures";
import { loadCurrentText } from "./load-current-article";

export type SignOffPreview = SignOffFigures & { gaps: SignOffGap[]; needsConfirmation: boolean };

/**
 * What signing the article off now would record, so the sign-off dialog can show the figures and
 * ask for a confirmation before anything is written. Readable by anyone who reads the article.
 */
export async function previewSignOff(ctx: ServiceContext, { articleId }: { articleId: number }): Promise<SignOffPreview> {
  authorize(ctx, "article.read");
  const figures = await computeSignOffFigures(ctx.db, await loadCurrentText(ctx.db, articleId));
  const gaps = signOffGaps(figures);
  return { ...figures, gaps, needsConfirmation: gaps.length > 0 };
}
