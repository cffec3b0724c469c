import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import styles from "@/components/revisions/revisions.module.css";
import { AppError } from "@/lib/api/app-error";
import { ZId } from "@/lib/api/schemas";
import { formatTimestamp } from "@/lib/format/format-timestamp";
import { getArticle } from "@/server/articles/get-article";
import { articlePageTitle } from "@/server/articles/article-page-title";
import { requirePageContext } from "@/server/auth/page-context";
import { listRevisions } from "@/server/revisions/list-revisions";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await articlePageTitle((await params).id, "Revisions") };
}

type Props = { params: Promise<{ id: string }> };

/** Every saved version of an article's text, newest first, each a link to read and compare it. */
export default async function RevisionsPage({ params }: Props) {
  const { id: rawId } = await params;
  const ctx = await requirePageContext(`/articles/${encodeURIComponent(rawId)}/revisions`);
  const id = ZId.safeParse(rawId);
  if (!id.success) notFound();
  try {
    const article = await getArticle(ctx, { articleId: id.data });
    const revisions = await listRevisions(ctx, { articleId: id.data });
    return (
      <div className="page page-narrow">
        <p>
          <Link href={`/articles/${article.id}`}>← Back to the article</Link>
        </p>
        <h1>Revisions</h1>
        <p className="lede" lang={article.language}>
          {article.title}
        </p>

        <table className={styles.table}>
          <caption>Revisions</caption>
          <thead>
            <tr>
              <th scope="col">Revision</th>
              <th scope="col">Saved by</th>
              <th scope="col">When</th>
              <th scope="col">Length</th>
              <th scope="col">
                <span className="visually-hidden">Status</span>
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.number} aria-current={revision.current || undefined}>
                <th scope="row" className={styles.nowrap}>
                  {revision.number}
                </th>
                <td>{revision.createdBy?.name ?? "Unknown"}</td>
                <td className={styles.nowrap}>
                  <time dateTime={revision.createdAt}>{formatTimestamp(revision.createdAt)}</time>
                </td>
                <td className={styles.nowrap}>{revision.textLength.toLocaleString("en")} characters</td>
                <td>{revision.current ? <span className={styles.current}>current</span> : null}</td>
                <td className={styles.nowrap}>
                  <Link href={`/articles/${article.id}/revisions/${revision.number}`}>View revision {revision.number}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
