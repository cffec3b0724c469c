import "server-only";
import type { AnnotationRow, ArticleRow, RevisionRow } from "@/db/schema";
import type { ArticleDetail, ArticleSummary } from "@/lib/api/dto";
import { sentenceCoverage } from "@/lib/claims/sentence-coverage";
import type { ProseNodeJSON } from "@/lib/text";
import { sentencesOfRevision } from "./sentences-of-revision";

export function toArticleSummary(article: ArticleRow, revision: RevisionRow, claims: Pick<AnnotationRow, "start" | "end" | "status" | "orphaned">[]): ArticleSummary {
  const anchored = claims.filter((c) => !c.orphaned);
  return {
    id: article.id,
    title: article.title,
    language: article.language,
    byline: article.byline,
    sourceUrl: article.sourceUrl,
    state: article.state,
    revision: article.currentRevision,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    claimCount: claims.length,
    progress: sentenceCoverage(sentencesOfRevision(revision, article.language), anchored),
  };
}

export function toArticleDetail(article: ArticleRow, revision: RevisionRow, claims: Pick<AnnotationRow, "start" | "end" | "status" | "orphaned">[]): ArticleDetail {
  return { ...toArticleSummary(article, revision, claims), text: revision.text, content: revision.content as ProseNodeJSON };
}
