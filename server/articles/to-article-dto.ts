import "server-only";
import { countOpenThreadsByArticle } from "@/db/queries/comments";
import type { Executor } from "@/db/executor";
import type { AnnotationRow, ArticleRow, RevisionRow } from "@/db/schema";
import type { ArticleDetail, ArticleSummary, PersonRef } from "@/lib/api/dto";
import { asSignOffRecord } from "@/lib/articles/sign-off";
import { sentenceCoverage } from "@/lib/claims/sentence-coverage";
import type { ProseNodeJSON } from "@/lib/text";
import { loadPersonRefs } from "../people/person-ref";
import { sentencesOfRevision } from "./sentences-of-revision";

type ClaimSpan = Pick<AnnotationRow, "start" | "end" | "status" | "orphaned">;

async function verifier(db: Executor, id: string | null): Promise<PersonRef | null> {
  return (await loadPersonRefs(db, [id]))(id);
}

/** An article's own fields, without figures computed from its claims; reads who verified it and how many threads are open. */
export async function toArticleFields(db: Executor, article: ArticleRow): Promise<Omit<ArticleSummary, "progress" | "claimCount">> {
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
    verifiedBy: await verifier(db, article.verifiedBy),
    verifiedAt: article.verifiedAt,
    signOff: article.state === "verified" ? asSignOffRecord(article.signOff) : null,
    openThreads: await countOpenThreadsByArticle(db, article.id),
  };
}

/** An article as the API and UI see it, with its claim count and sentence coverage. */
export async function toArticleSummary(db: Executor, article: ArticleRow, revision: Pick<RevisionRow, "articleId" | "number" | "text">, claims: ClaimSpan[]): Promise<ArticleSummary> {
  const anchored = claims.filter((c) => !c.orphaned);
  return {
    ...await toArticleFields(db, article),
    claimCount: claims.length,
    progress: sentenceCoverage(sentencesOfRevision(revision, article.language), anchored),
  };
}

export async function toArticleDetail(db: Executor, article: ArticleRow, revision: RevisionRow, claims: ClaimSpan[]): Promise<ArticleDetail> {
  return { ...await toArticleSummary(db, article, revision, claims), text: revision.text, content: revision.content as ProseNodeJSON };
}
