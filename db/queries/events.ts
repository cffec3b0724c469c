import { asc, eq } from "drizzle-orm";
import type { Executor } from "../executor";
import { events, type EventRow } from "../schema";

/** Appends to the audit log. Call inside the transaction of the change it records. */
export function insertEvent(db: Executor, values: typeof events.$inferInsert): EventRow {
  return db.insert(events).values(values).returning().get();
}

export function findEventsByArticle(db: Executor, articleId: number): EventRow[] {
  return db.select().from(events).where(eq(events.articleId, articleId)).orderBy(asc(events.id)).all();
}
