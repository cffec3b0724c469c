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

/** Where the live claims of an article lie and their status: enough for progress figures. */
export function findLiveClaimSpansByArticle(db: Executor, articleId: number): Pick<AnnotationRow, "start" | "end" | "status" | "orphaned">[] {
  return db
    .select({ start: annotations.start, end: annotations.end, status: annotations.status, orphaned: annotations.orphaned })
    .from(annotations)
    .where(and(eq(annotations.articleId, articleId), isNull(annotations.deletedAt)))
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

/** A value bound when a prepared statement runs. */
const param = (name: string) => sql`${sql.placeholder(name)}`;

/** What re-anchoring writes to one claim: where it now lies, or only that it is orphaned. */
export type ReanchoredPlace =
  | { id: number; orphaned: false; start: number; end: number; exact: string; prefix: string; suffix: string }
  | { id: number; orphaned: true };

/**
 * Moves live claims onto a new revision in a few statements (inside the caller's transaction,
 * which read them): one prepared UPDATE reused for every claim instead of a query built per claim
 * — an article has thousands. Each claim's version is bumped, so a change prepared against the
 * old text gets a conflict.
 */
export function writeReanchoredPlaces(db: Executor, { places, revision, now }: { places: readonly ReanchoredPlace[]; revision: number; now: string }): void {
  const found = db
    .update(annotations)
    .set({
      start: param("start"),
      end: param("end"),
      exact: param("exact"),
      prefix: param("prefix"),
      suffix: param("suffix"),
      revision,
      orphaned: false,
      updatedAt: now,
      version: sql`${annotations.version} + 1`,
    })
    .where(and(eq(annotations.id, sql.placeholder("id")), isNull(annotations.deletedAt)))
    .prepare();
  const lost = db
    .update(annotations)
    .set({ revision, orphaned: true, updatedAt: now, version: sql`${annotations.version} + 1` })
    .where(and(eq(annotations.id, sql.placeholder("id")), isNull(annotations.deletedAt)))
    .prepare();
  for (const place of places) {
    if (place.orphaned) lost.run({ id: place.id });
    else found.run(place);
  }
}

/**
 * Inserts many claims (an import brings thousands) through one prepared INSERT, in the caller's
 * transaction, and returns their ids in order. Building an INSERT per row cost more than SQLite
 * running it, and the whole import holds the event loop while it writes.
 */
export function insertAnnotations(db: Executor, rows: readonly (typeof annotations.$inferInsert)[]): number[] {
  if (rows.length === 0) return [];
  const insert = db
    .insert(annotations)
    .values({
      articleId: param("articleId"),
      revision: param("revision"),
      start: param("start"),
      end: param("end"),
      exact: param("exact"),
      prefix: param("prefix"),
      suffix: param("suffix"),
      status: param("status"),
      note: param("note"),
      authorId: param("authorId"),
      version: param("version"),
      orphaned: param("orphaned"),
      externalId: param("externalId"),
      createdAt: param("createdAt"),
      updatedAt: param("updatedAt"),
    })
    .returning({ id: annotations.id })
    .prepare();
  return rows.map((row) => insert.get({ prefix: "", suffix: "", note: "", authorId: null, version: 1, externalId: null, ...row, orphaned: row.orphaned ? 1 : 0 })!.id);
}
