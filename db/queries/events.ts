import { and, asc, desc, eq, lt, sql } from "drizzle-orm";
import type { Executor } from "../executor";
import { events, type EventRow } from "../schema";

/** Appends to the audit log. Call inside the transaction of the change it records. */
export function insertEvent(db: Executor, values: typeof events.$inferInsert): EventRow {
  return db.insert(events).values(values).returning().get();
}

export function findEventsByArticle(db: Executor, articleId: number): EventRow[] {
  return db.select().from(events).where(eq(events.articleId, articleId)).orderBy(asc(events.id)).all();
}

/** Every event of one claim (including its clearing), oldest first. */
export function findEventsByAnnotation(db: Executor, annotationId: number): EventRow[] {
  return db.select().from(events).where(eq(events.annotationId, annotationId)).orderBy(asc(events.id)).all();
}

/** One page of an article's events, newest first: at most `limit`, all older than `beforeId` if given. */
export function findEventsByArticleNewestFirst(db: Executor, { articleId, limit, beforeId }: { articleId: number; limit: number; beforeId?: number }): EventRow[] {
  return db
    .select()
    .from(events)
    .where(and(eq(events.articleId, articleId), beforeId === undefined ? undefined : lt(events.id, beforeId)))
    .orderBy(desc(events.id))
    .limit(limit)
    .all();
}

/**
 * Appends many events at once (re-anchoring records one per claim that moved): one prepared
 * INSERT run per event. drizzle building a multi-row INSERT of thousands of values cost more than
 * SQLite running the rows.
 */
export function insertEvents(db: Executor, values: readonly (typeof events.$inferInsert)[]): void {
  if (values.length === 0) return;
  const insert = db
    .insert(events)
    .values({
      articleId: sql.placeholder("articleId"),
      annotationId: sql.placeholder("annotationId"),
      actorId: sql.placeholder("actorId"),
      type: sql.placeholder("type"),
      before: sql.placeholder("before"),
      after: sql.placeholder("after"),
      createdAt: sql.placeholder("createdAt"),
    })
    .prepare();
  for (const value of values) insert.run({ articleId: null, annotationId: null, actorId: null, before: null, after: null, ...value });
}
