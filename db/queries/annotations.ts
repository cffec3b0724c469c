import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { bulkWrites } from "../bulk-writes";
import { firstRow, insertedRow, tablesOf, type Executor } from "../executor";
import type { AnnotationRow, annotations } from "../schema";

export async function insertAnnotation(db: Executor, values: typeof annotations.$inferInsert): Promise<AnnotationRow> {
  const { annotations } = tablesOf(db);
  return insertedRow(db.insert(annotations).values(values).returning());
}

/** A live (not deleted) claim by id. */
export async function findLiveAnnotationById(db: Executor, id: number): Promise<AnnotationRow | undefined> {
  const { annotations } = tablesOf(db);
  return firstRow(db
    .select()
    .from(annotations)
    .where(and(eq(annotations.id, id), isNull(annotations.deletedAt)))
    );
}

/** The live claims of an article in text order (start, then the longer first). */
export async function findLiveAnnotationsByArticle(db: Executor, articleId: number): Promise<AnnotationRow[]> {
  const { annotations } = tablesOf(db);
  return db
    .select()
    .from(annotations)
    .where(and(eq(annotations.articleId, articleId), isNull(annotations.deletedAt)))
    .orderBy(asc(annotations.start), sql`${annotations.end} desc`, asc(annotations.id))
    ;
}

/** Where the live claims of an article lie and their status: enough for progress figures. */
export async function findLiveClaimSpansByArticle(db: Executor, articleId: number): Promise<Pick<AnnotationRow, "start" | "end" | "status" | "orphaned">[]> {
  const { annotations } = tablesOf(db);
  return db
    .select({ start: annotations.start, end: annotations.end, status: annotations.status, orphaned: annotations.orphaned })
    .from(annotations)
    .where(and(eq(annotations.articleId, articleId), isNull(annotations.deletedAt)))
    ;
}

/**
 * Applies `changes` only if the claim is still at `version`, bumping the version.
 * Returns the updated row, or undefined when someone else changed (or deleted) it first.
 */
export async function updateAnnotationAtVersion(
  db: Executor,
  { id, version, changes }: { id: number; version: number; changes: Partial<typeof annotations.$inferInsert> },
): Promise<AnnotationRow | undefined> {
  const { annotations } = tablesOf(db);
  return firstRow(db
    .update(annotations)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(annotations.id, id), eq(annotations.version, version), isNull(annotations.deletedAt)))
    .returning()
    );
}

/** What re-anchoring writes to one claim: where it now lies, or only that it is orphaned. */
export type ReanchoredPlace =
  | { id: number; orphaned: false; start: number; end: number; exact: string; prefix: string; suffix: string }
  | { id: number; orphaned: true };

/**
 * Moves live claims onto a new revision (inside the caller's transaction, which read them), in a
 * few statements however many claims an article has: each engine has its own bulk form. Each
 * claim's version is bumped, so a change prepared against the old text gets a conflict.
 */
export async function writeReanchoredPlaces(db: Executor, change: { places: readonly ReanchoredPlace[]; revision: number; now: string }): Promise<void> {
  if (change.places.length === 0) return;
  return bulkWrites(db).writeReanchoredPlaces(db, change);
}

/**
 * Inserts many claims (an import brings thousands) in the caller's transaction, and returns their
 * ids in order, through the engine's bulk form.
 */
export async function insertAnnotations(db: Executor, rows: readonly (typeof annotations.$inferInsert)[]): Promise<number[]> {
  if (rows.length === 0) return [];
  return bulkWrites(db).insertAnnotations(db, rows);
}
