import { and, asc, count, desc, eq } from "drizzle-orm";
import { dialectOf, firstRow, insertedRow, tablesOf, type Executor } from "../executor";
import type { ArticleRow, RevisionRow, articleRevisions, articles } from "../schema";

export async function insertArticle(db: Executor, values: typeof articles.$inferInsert): Promise<ArticleRow> {
  const { articles } = tablesOf(db);
  return insertedRow(db.insert(articles).values(values).returning());
}

export async function findArticleById(db: Executor, id: number): Promise<ArticleRow | undefined> {
  const { articles } = tablesOf(db);
  return firstRow(db.select().from(articles).where(eq(articles.id, id)));
}

/**
 * Only an article's workflow state: what every write checks before touching the article. On
 * PostgreSQL the row is also locked FOR SHARE until the caller's transaction ends, so a sign-off
 * (an UPDATE of that row) cannot commit between the check and the write: it waits, or the check
 * waits for it and reads "verified". SQLite runs one writer at a time and needs no lock.
 */
export async function findArticleState(db: Executor, id: number): Promise<ArticleRow["state"] | undefined> {
  const { articles } = tablesOf(db);
  const query = db.select({ state: articles.state }).from(articles).where(eq(articles.id, id));
  const guarded = dialectOf(db) === "postgres" ? (query as unknown as { for(strength: "share"): typeof query }).for("share") : query;
  return (await firstRow(guarded))?.state;
}

/**
 * Locks the article's row FOR UPDATE until the caller's transaction ends (PostgreSQL): a step that
 * reads the article's claims and threads to decide on the article (a sign-off computing what it
 * signs) then sees every write that checked the article before it, and every later write waits
 * for it and reads its outcome (see `findArticleState`). SQLite runs one writer at a time.
 */
export async function lockArticleRow(db: Executor, id: number): Promise<void> {
  if (dialectOf(db) !== "postgres") return;
  const { articles } = tablesOf(db);
  const query = db.select({ id: articles.id }).from(articles).where(eq(articles.id, id));
  await (query as unknown as { for(strength: "update"): typeof query }).for("update");
}

export async function findAllArticles(db: Executor): Promise<ArticleRow[]> {
  const { articles } = tablesOf(db);
  return db.select().from(articles).orderBy(desc(articles.updatedAt), desc(articles.id));
}

export async function insertRevision(db: Executor, values: typeof articleRevisions.$inferInsert): Promise<RevisionRow> {
  const { articleRevisions } = tablesOf(db);
  return insertedRow(db.insert(articleRevisions).values(values).returning());
}

export async function findRevision(db: Executor, { articleId, number }: { articleId: number; number: number }): Promise<RevisionRow | undefined> {
  const { articleRevisions } = tablesOf(db);
  return firstRow(db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.number, number)))
    );
}

/** A revision's number and canonical text, without its document (the largest column by far). */
export type RevisionText = Pick<RevisionRow, "id" | "articleId" | "number" | "text">;

export async function findRevisionText(db: Executor, { articleId, number }: { articleId: number; number: number }): Promise<RevisionText | undefined> {
  const { articleRevisions } = tablesOf(db);
  return firstRow(db
    .select({ id: articleRevisions.id, articleId: articleRevisions.articleId, number: articleRevisions.number, text: articleRevisions.text })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.number, number)))
    );
}

/** Every revision of an article, oldest first, without their documents: who saved which text when. */
export async function findRevisionTextsByArticle(db: Executor, articleId: number): Promise<(RevisionText & Pick<RevisionRow, "createdBy" | "createdAt">)[]> {
  const { articleRevisions } = tablesOf(db);
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
    ;
}

export async function countArticles(db: Executor): Promise<number> {
  const { articles } = tablesOf(db);
  return (await firstRow(db.select({ n: count() }).from(articles)))?.n ?? 0;
}

/**
 * Moves an article to another workflow state, only if it is still in state `from` (so two people
 * acting at once cannot both move it). Returns the updated row, or undefined if it moved first.
 */
export async function updateArticleState(
  db: Executor,
  { id, from, changes }: { id: number; from: ArticleRow["state"]; changes: Pick<typeof articles.$inferInsert, "state" | "verifiedBy" | "verifiedAt" | "signOff" | "updatedAt"> },
): Promise<ArticleRow | undefined> {
  const { articles } = tablesOf(db);
  return firstRow(db
    .update(articles)
    .set(changes)
    .where(and(eq(articles.id, id), eq(articles.state, from)))
    .returning()
    );
}

/**
 * Points the article at a new revision, only if it is still at `fromRevision` (a concurrent save
 * in between makes this return undefined, and the caller refuses with a conflict).
 */
export async function advanceArticleRevision(db: Executor, { id, fromRevision, toRevision, now }: { id: number; fromRevision: number; toRevision: number; now: string }): Promise<ArticleRow | undefined> {
  const { articles } = tablesOf(db);
  return firstRow(db
    .update(articles)
    .set({ currentRevision: toRevision, updatedAt: now })
    .where(and(eq(articles.id, id), eq(articles.currentRevision, fromRevision)))
    .returning()
    );
}
