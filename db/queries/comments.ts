import { and, asc, count, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import { aliasOf } from "../alias-of";
import { firstRow, insertedRow, tablesOf, type Executor } from "../executor";
import type { CommentRow, comments } from "../schema";

export async function insertComment(db: Executor, values: typeof comments.$inferInsert): Promise<CommentRow> {
  const { comments } = tablesOf(db);
  return insertedRow(db.insert(comments).values(values).returning());
}

/** A comment by id, deleted or not (a deleted comment keeps its place in its thread). */
export async function findCommentById(db: Executor, id: number): Promise<CommentRow | undefined> {
  const { comments } = tablesOf(db);
  return firstRow(db.select().from(comments).where(eq(comments.id, id)));
}

/** Every comment on a claim, roots and replies, in the order they were written. */
export async function findCommentsByAnnotation(db: Executor, annotationId: number): Promise<CommentRow[]> {
  const { comments } = tablesOf(db);
  return db.select().from(comments).where(eq(comments.annotationId, annotationId)).orderBy(asc(comments.id));
}

/** Every comment on the live claims of an article, in the order they were written. */
export async function findCommentsByArticle(db: Executor, articleId: number): Promise<CommentRow[]> {
  const { annotations, comments } = tablesOf(db);
  const rows = await db
    .select({ comment: comments })
    .from(comments)
    .innerJoin(annotations, eq(annotations.id, comments.annotationId))
    .where(and(eq(annotations.articleId, articleId), isNull(annotations.deletedAt)))
    .orderBy(asc(comments.id));
  return rows.map((row) => row.comment);
}

/**
 * Applies `changes` only if the comment is still at `version` and not deleted, bumping the
 * version. Returns the updated row, or undefined when someone changed (or deleted) it first.
 */
export async function updateCommentAtVersion(
  db: Executor,
  { id, version, changes }: { id: number; version: number; changes: Partial<typeof comments.$inferInsert> },
): Promise<CommentRow | undefined> {
  const { comments } = tablesOf(db);
  return firstRow(db
    .update(comments)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(comments.id, id), eq(comments.version, version), isNull(comments.deletedAt)))
    .returning()
    );
}

/**
 * Resolves (`by` and `at` given) or reopens (`null`) a thread on its root, bumping the version.
 * Only changes a root that is not already in that state, so repeating it is a no-op: the answer
 * is then undefined.
 */
export async function setCommentResolved(
  db: Executor,
  { id, resolved, now }: { id: number; resolved: { at: string; by: string } | null; now: string },
): Promise<CommentRow | undefined> {
  const { comments } = tablesOf(db);
  return firstRow(db
    .update(comments)
    .set({ resolvedAt: resolved?.at ?? null, resolvedBy: resolved?.by ?? null, updatedAt: now, version: sql`${comments.version} + 1` })
    .where(and(eq(comments.id, id), isNull(comments.parentId), resolved ? isNull(comments.resolvedAt) : isNotNull(comments.resolvedAt)))
    .returning()
    );
}

/** Deletes a comment but keeps its row (body emptied) so its thread still reads in order. */
export async function softDeleteComment(db: Executor, { id, now }: { id: number; now: string }): Promise<CommentRow | undefined> {
  const { comments } = tablesOf(db);
  return firstRow(db
    .update(comments)
    .set({ body: "", deletedAt: now, updatedAt: now, version: sql`${comments.version} + 1` })
    .where(and(eq(comments.id, id), isNull(comments.deletedAt)))
    .returning()
    );
}

/**
 * Open threads on the live claims of an article. A thread is open when its root is not resolved
 * and something of it is still there to read: the root itself, or at least one live reply. A
 * thread whose every comment was deleted is not open (there is nothing left to answer).
 */
export async function countOpenThreadsByArticle(db: Executor, articleId: number): Promise<number> {
  const { annotations, comments } = tablesOf(db);
  const replies = aliasOf(db, comments, "replies");
  const liveReply = db
    .select({ id: replies.id })
    .from(replies)
    .where(and(eq(replies.parentId, comments.id), isNull(replies.deletedAt)));
  const row = await firstRow(
    db
      .select({ n: count() })
      .from(comments)
      .innerJoin(annotations, eq(annotations.id, comments.annotationId))
      .where(
        and(
          eq(annotations.articleId, articleId),
          isNull(annotations.deletedAt),
          isNull(comments.parentId),
          isNull(comments.resolvedAt),
          or(isNull(comments.deletedAt), sql`exists ${liveReply}`),
        ),
      ),
  );
  return row?.n ?? 0;
}
