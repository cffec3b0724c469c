import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../executor";
import { annotations, sources, type SourceRow } from "../schema";

export function insertSource(db: Executor, values: typeof sources.$inferInsert): SourceRow {
  return db.insert(sources).values(values).returning().get();
}

/** A live source of a live claim, with the article the claim belongs to (for the event log). */
export function findLiveSourceById(db: Executor, id: number): { source: SourceRow; articleId: number } | undefined {
  return db
    .select({ source: sources, articleId: annotations.articleId })
    .from(sources)
    .innerJoin(annotations, eq(annotations.id, sources.annotationId))
    .where(and(eq(sources.id, id), isNull(sources.deletedAt), isNull(annotations.deletedAt)))
    .get();
}

/** The live sources of a claim, in the order they were added. */
export function findLiveSourcesByAnnotation(db: Executor, annotationId: number): SourceRow[] {
  return db
    .select()
    .from(sources)
    .where(and(eq(sources.annotationId, annotationId), isNull(sources.deletedAt)))
    .orderBy(asc(sources.id))
    .all();
}

/** The live sources of every live claim of an article, in the order they were added. */
export function findLiveSourcesByArticle(db: Executor, articleId: number): SourceRow[] {
  return db
    .select({ source: sources })
    .from(sources)
    .innerJoin(annotations, eq(annotations.id, sources.annotationId))
    .where(and(eq(annotations.articleId, articleId), isNull(annotations.deletedAt), isNull(sources.deletedAt)))
    .orderBy(asc(sources.id))
    .all()
    .map((row) => row.source);
}

/**
 * Applies `changes` only if the source is still at `version`, bumping the version.
 * Returns the updated row, or undefined when someone else changed (or removed) it first.
 */
export function updateSourceAtVersion(
  db: Executor,
  { id, version, changes }: { id: number; version: number; changes: Partial<typeof sources.$inferInsert> },
): SourceRow | undefined {
  return db
    .update(sources)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(sources.id, id), eq(sources.version, version), isNull(sources.deletedAt)))
    .returning()
    .get();
}
