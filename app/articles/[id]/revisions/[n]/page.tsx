import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RestoreRevisionButton } from "@/components/revisions/RestoreRevisionButton";
import { WordDiff } from "@/components/revisions/WordDiff";
import styles from "@/components/revisions/revisions.module.css";
import { AppError } from "@/lib/api/app-error";
import { ZId } from "@/lib/api/schemas";
import { can } from "@/lib/auth/permissions";
import { formatTimestamp } from "@/lib/format/format-timestamp";
import { wordDiff } from "@/lib/text/word-diff";
import { getArticle } from "@/server/articles/get-article";
import { articlePageTitle } from "@/server/articles/article-page-title";
import { requirePageContext } from "@/server/auth/page-context";
import { getRevision } from "@/server/revisions/get-revision";

type Props = { params: Promise<{ id: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, n } = await params;
  const number = ZId.safeParse(n);
  return { title: await articlePageTitle(id, number.success ? `Revision ${number.data}` : "Revision") };
}

/** One revision's text, read-only, what has changed since, and (for editors) a way back to it. */
export default async function RevisionPage({ params }: Props) {
  const { id: rawId, n: rawNumber } = await params;
  const ctx = await requirePageContext(`/articles/${encodeURIComponent(rawId)}/revisions/${encodeURIComponent(rawNumber)}`);
  const id = ZId.safeParse(rawId);
  const number = ZId.safeParse(rawNumber);
  if (!id.success || !number.success) notFound();
  try {
    const article = await getArticle(ctx, { articleId: id.data });
    const revision = await getRevision(ctx, { articleId: id.data, number: number.data });
    const canRestore = !revision.current && can(ctx.actor.role, "article.edit");
    return (
      <div className="page page-narrow">
        <p>
          <Link href={`/articles/${article.id}`}>← Back to the article</Link> · <Link href={`/articles/${article.id}/revisions`}>All revisions</Link>
        </p>
        <h1>Revision {revision.number}</h1>
        <p className="lede" lang={article.language}>
          {article.title}
        </p>
        <p className={styles.meta}>
          Saved by {revision.createdBy?.name ?? "someone unknown"} on <time dateTime={revision.createdAt}>{formatTimestamp(revision.createdAt)}</time>
          {revision.current ? " · this is the current text" : null}
        </p>

        <div className={styles.text} lang={article.language}>
          {revision.text.split("\n\n").map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>

        <section className={styles.section} aria-labelledby="changes-heading">
          <h2 id="changes-heading">Changes since this revision</h2>
          {revision.current ? (
            <p className="hint">None: this is the current text.</p>
          ) : (
            <>
              <p className="hint">
                From revision {revision.number} to the current revision {article.revision}: added words are underlined, removed words struck through.
              </p>
              <WordDiff parts={wordDiff(revision.text, article.text)} language={article.language} label={`Changes from revision ${revision.number} to revision ${article.revision}`} />
            </>
          )}
          {canRestore ? <RestoreRevisionButton articleId={article.id} number={revision.number} /> : null}
        </section>
      </div>
    );
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
