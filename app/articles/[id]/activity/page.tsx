import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryList } from "@/components/history/HistoryList";
import { AppError } from "@/lib/api/app-error";
import { ZId } from "@/lib/api/schemas";
import { getArticle } from "@/server/articles/get-article";
import { articlePageTitle } from "@/server/articles/article-page-title";
import { requirePageContext } from "@/server/auth/page-context";
import { listArticleActivity } from "@/server/history/list-article-activity";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await articlePageTitle((await params).id, "Activity") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ before?: string }> };

/** Everything that happened to an article and its claims, newest first, a hundred at a time. */
export default async function ActivityPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const ctx = await requirePageContext(`/articles/${encodeURIComponent(rawId)}/activity`);
  const id = ZId.safeParse(rawId);
  const before = ZId.safeParse((await searchParams).before);
  if (!id.success) notFound();
  try {
    const article = await getArticle(ctx, { articleId: id.data });
    const { entries, nextBefore } = await listArticleActivity(ctx, { articleId: id.data, beforeId: before.success ? before.data : undefined });
    return (
      <div className="page page-narrow">
        <p>
          <Link href={`/articles/${article.id}`}>← Back to the article</Link>
        </p>
        <h1>Activity</h1>
        <p className="lede" lang={article.language}>
          {article.title}
        </p>

        {/* Each line names the claim by the words its event recorded, not by the claim's quote today. */}
        <HistoryList entries={entries} label="Activity, newest first" quoteLanguage={article.language} />
        {nextBefore ? (
          <p>
            <Link href={`/articles/${article.id}/activity?before=${nextBefore}`}>Older activity</Link>
          </p>
        ) : null}
      </div>
    );
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
