import { and, asc, count, desc, eq } from "drizzle-orm";
import type { Executor } from "../executor";
import { articleRevisions, articles, type ArticleRow, type RevisionRow } from "../schema";

export function insertArticle(db: Executor, values: typeof articles.$inferInsert): ArticleRow {
  return db.insert(articles).values(values).returning().get();
}

export function findArticleById(db: Executor, id: number): ArticleRow | undefined {
  return db.select().from(articles).where(eq(articles.id, id)).get();
}

/** Only an article's workflow state: what every write checks before touching the article. */
export function findArticleState(db: Executor, id: number): ArticleRow["state"] | undefined {
  return db.select({ state: articles.state }).from(articles).where(eq(articles.id, id)).get()?.state;
}

export function findAllArticles(db: Executor): ArticleRow[] {
  return db.select().from(articles).orderBy(desc(articles.updatedAt), desc(articles.id)).all();
}

export function insertRevision(db: Executor, values: typeof articleRevisions.$inferInsert): RevisionRow {
  return db.insert(articleRevisions).values(values).returning().get();
}

export function findRevision(db: Executor, { articleId, number }: { articleId: number; number: number }): RevisionRow | undefined {
  return db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.number, number)))
    .get();
}

/** A revision's number and canonical text, without its document (the largest column by far). */
export type RevisionText = Pick<RevisionRow, "id" | "articleId" | "number" | "text">;

export function findRevisionText(db: Executor, { articleId, number }: { articleId: number; number: number }): RevisionText | undefined {
  return db
    .select({ id: articleRevisions.id, articleId: articleRevisions.articleId, number: articleRevisions.number, text: articleRevisions.text })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.number, number)))
    .get();
}

/** Every revision of an article, oldest first, without their documents: who saved which text when. */
export function findRevisionTextsByArticle(db: Executor, articleId: number): (RevisionText & Pick<RevisionRow, "createdBy" | "createdAt">)[] {
  return db
    .select({
      id: articleRevisions.id,
      articleId: articleRevisions.articleId,
      number: articleRevisions.number,
      text: articleRevisions.text,
      createdBy: articleRevisions.createdBy,
      createdAt: articleRevisions.createdAt,
    })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(asc(articleRevisions.number))
    .all();
}

export function countArticles(db: Executor): number {
  return db.select({ n: count() }).from(articles).get()?.n ?? 0;
}

/**
 * Moves an article to another workflow state, only if it is still in state `from` (so two people
 * acting at once cannot both move it). Returns the updated row, or undefined if it moved first.
 */
export function updateArticleState(
  db: Executor,
  { id, from, changes }: { id: number; from: ArticleRow["state"]; changes: Pick<typeof articles.$inferInsert, "state" | "verifiedBy" | "verifiedAt" | "signOff" | "updatedAt"> },
): ArticleRow | undefined {
  return db
    .update(articles)
    .set(changes)
    .where(and(eq(articles.id, id), eq(articles.state, from)))
    .returning()
    .get();
}

/**
 * Points the article at a new revision, only if it is still at `fromRevision` (a concurrent save
 * in between makes this return undefined, and the caller refuses with a conflict).
 */
export function advanceArticleRevision(db: Executor, { id, fromRevision, toRevision, now }: { id: number; fromRevision: number; toRevision: number; now: string }): ArticleRow | undefined {
  return db
    .update(articles)
    .set({ currentRevision: toRevision, updatedAt: now })
    .where(and(eq(articles.id, id), eq(articles.currentRevision, fromRevision)))
    .returning()
    .get();
}
