import { and, asc, desc, eq, lt, sql } from "drizzle-orm";
import { bulkWrites } from "../bulk-writes";
import { firstRow, insertedRow, tablesOf, type Executor } from "../executor";
import type { EventRow, events } from "../schema";

/** Appends to the audit log. Call inside the transaction of the change it records. */
export async function insertEvent(db: Executor, values: typeof events.$inferInsert): Promise<EventRow> {
  const { events } = tablesOf(db);
  return insertedRow(db.insert(events).values(values).returning());
}

export async function findEventsByArticle(db: Executor, articleId: number): Promise<EventRow[]> {
  const { events } = tablesOf(db);
  return db.select().from(events).where(eq(events.articleId, articleId)).orderBy(asc(events.id));
}

/** Every event of one claim (including its clearing), oldest first. */
export async function findEventsByAnnotation(db: Executor, annotationId: number): Promise<EventRow[]> {
  const { events } = tablesOf(db);
  return db.select().from(events).where(eq(events.annotationId, annotationId)).orderBy(asc(events.id));
}

/** One page of an article's events, newest first: at most `limit`, all older than `beforeId` if given. */
export async function findEventsByArticleNewestFirst(db: Executor, { articleId, limit, beforeId }: { articleId: number; limit: number; beforeId?: number }): Promise<EventRow[]> {
  const { events } = tablesOf(db);
  return db
    .select()
    .from(events)
    .where(and(eq(events.articleId, articleId), beforeId === undefined ? undefined : lt(events.id, beforeId)))
    .orderBy(desc(events.id))
    .limit(limit)
    ;
}

/**
 * Appends many events at once (re-anchoring records one per claim that moved), through the
 * engine's bulk form, in the caller's transaction.
 */
export async function insertEvents(db: Executor, values: readonly (typeof events.$inferInsert)[]): Promise<void> {
  if (values.length === 0) return;
  return bulkWrites(db).insertEvents(db, values);
}
