import { and, asc, eq, isNull } from "drizzle-orm";
import { firstRow, insertedRow, tablesOf, type Executor } from "../executor";
import type { SourceRow, sources } from "../schema";

export async function insertSource(db: Executor, values: typeof sources.$inferInsert): Promise<SourceRow> {
  const { sources } = tablesOf(db);
  return insertedRow(db.insert(sources).values(values).returning());
}

/** A live source of a live claim, with the article the claim belongs to (for the event log). */
export async function findLiveSourceById(db: Executor, id: number): Promise<{ source: SourceRow; articleId: number } | undefined> {
  const { annotations, sources } = tablesOf(db);
  return firstRow(
    db
      .select({ source: sources, articleId: annotations.articleId })
      .from(sources)
      .innerJoin(annotations, eq(annotations.id, sources.annotationId))
      .where(and(eq(sources.id, id), isNull(sources.deletedAt), isNull(annotations.deletedAt))),
  );
}

/** The live sources of a claim, in the order they were added. */
export function findLiveSourcesByAnnotation(db: Executor, annotationId: number): Promise<SourceRow[]> {
  const { sources } = tablesOf(db);
  return db
    .select()
    .from(sources)
    .where(and(eq(sources.annotationId, annotationId), isNull(sources.deletedAt)))
    .orderBy(asc(sources.id))
    ;
}

/** The live sources of every live claim of an article, in the order they were added. */
export async function findLiveSourcesByArticle(db: Executor, articleId: number): Promise<SourceRow[]> {
  const { annotations, sources } = tablesOf(db);
  const rows = await db
    .select({ source: sources })
    .from(sources)
    .innerJoin(annotations, eq(annotations.id, sources.annotationId))
    .where(and(eq(annotations.articleId, articleId), isNull(annotations.deletedAt), isNull(sources.deletedAt)))
    .orderBy(asc(sources.id));
  return rows.map((row) => row.source);
}

/**
 * Applies `changes` only if the source is still at `version`, bumping the version.
 * Returns the updated row, or undefined when someone else changed (or removed) it first.
 */
export async function updateSourceAtVersion(
  db: Executor,
  { id, version, changes }: { id: number; version: number; changes: Partial<typeof sources.$inferInsert> },
): Promise<SourceRow | undefined> {
  const { sources } = tablesOf(db);
  return firstRow(db
    .update(sources)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(sources.id, id), eq(sources.version, version), isNull(sources.deletedAt)))
    .returning()
    );
}
