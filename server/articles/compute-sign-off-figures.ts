import "server-only";
import { findLiveAnnotationsByArticle } from "@/db/queries/annotations";
import { countOpenThreadsByArticle } from "@/db/queries/comments";
import { findLiveSourcesByArticle } from "@/db/queries/sources";
import type { Executor } from "@/db/executor";
import type { ArticleRow } from "@/db/schema";
import type { RevisionText } from "@/db/queries/articles";
import type { SignOffFigures } from "@/lib/articles/sign-off";
import { sentenceCoverage } from "@/lib/claims/sentence-coverage";
import { sentencesOfRevision } from "./sentences-of-revision";

/**
 * The figures a sign-off records, from the same coverage code the workspace shows: sentences of
 * the current revision touched by an anchored claim (orphaned claims are not in the text), claims
 * marked sourced with no live source (orphaned ones included: they are still a verdict without
 * evidence), and open threads.
 */
export async function computeSignOffFigures(db: Executor, { article, revision }: { article: ArticleRow; revision: RevisionText }): Promise<SignOffFigures> {
  const claims = await findLiveAnnotationsByArticle(db, article.id);
  const withSource = new Set((await findLiveSourcesByArticle(db, article.id)).map((source) => source.annotationId));
  const anchored = claims.filter((claim) => !claim.orphaned);
  return {
    revision: revision.number,
    coverage: sentenceCoverage(sentencesOfRevision(revision, article.language), anchored),
    sourcedWithoutSource: claims.filter((claim) => claim.status === "sourced" && !withSource.has(claim.id)).length,
    openThreads: await countOpenThreadsByArticle(db, article.id),
  };
}
