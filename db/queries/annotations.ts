import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../executor";
import { annotations, type AnnotationRow } from "../schema";

export function insertAnnotation(db: Executor, values: typeof annotations.$inferInsert): AnnotationRow {
  return db.insert(annotations).values(values).returning().get();
}

/** A live (not deleted) claim by id. */
export function findLiveAnnotationById(db: Executor, id: number): AnnotationRow | undefined {
  return db
    .select()
    .from(annotations)
    .where(and(eq(annotations.id, id), isNull(annotations.deletedAt)))
    .get();
}

/** The live claims of an article in text order (start, then the longer first). */
export function findLiveAnnotationsByArticle(db: Executor, articleId: number): AnnotationRow[] {
  return db
    .select()
    .from(annotations)
    .where(and(eq(annotations.articleId, articleId), isNull(annotations.deletedAt)))
    .orderBy(asc(annotations.start), sql`${annotations.end} desc`, asc(annotations.id))
    .all();
}

/**
 * Applies `changes` only if the claim is still at `version`, bumping the version.
 * Returns the updated row, or undefined when someone else changed (or deleted) it first.
 */
export function updateAnnotationAtVersion(
  db: Executor,
  { id, version, changes }: { id: number; version: number; changes: Partial<typeof annotations.$inferInsert> },
): AnnotationRow | undefined {
  return db
    .update(annotations)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(annotations.id, id), eq(annotations.version, version), isNull(annotations.deletedAt)))
    .returning()
    .get();
}
