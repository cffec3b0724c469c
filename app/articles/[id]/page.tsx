import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Workspace } from "@/components/workspace/Workspace";
import { AppError } from "@/lib/api/app-error";
import { ZId } from "@/lib/api/schemas";
import { getArticle } from "@/server/articles/get-article";
import { loadReviewData } from "@/server/articles/load-review-data";
import { listSentences } from "@/server/articles/list-sentences";
import { listClaims } from "@/server/claims/list-claims";
import { requirePageContext } from "@/server/auth/page-context";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

// Metadata and page both need it: cache() makes it one load per request.
const loadWorkspace = cache(async (rawId: string) => {
  const ctx = await requirePageContext(`/articles/${encodeURIComponent(rawId)}`);
  const id = ZId.safeParse(rawId);
  if (!id.success) notFound();
  try {
    return {
      viewer: ctx.actor,
      article: await getArticle(ctx, { articleId: id.data }),
      sentences: await listSentences(ctx, { articleId: id.data }),
      claims: await listClaims(ctx, { articleId: id.data }),
      review: await loadReviewData(ctx, { articleId: id.data }),
    };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadWorkspace((await params).id)).article.title };
}

export default async function ArticlePage({ params }: Props) {
  const { viewer, article, sentences, claims, review } = await loadWorkspace((await params).id);
  // A new revision remounts the workspace: its text, claims and positions all changed.
  return <Workspace key={`${article.id}:${article.revision}`} viewer={viewer} article={article} sentences={sentences} initialClaims={claims} initialReview={review} />;
}
