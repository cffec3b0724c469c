import { and, eq, isNull, sql } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { BulkWrites } from "../bulk-writes";
import { tablesOf, type Executor } from "../executor";

/** A value bound when a prepared statement runs. */
const param = (name: string) => sql`${sql.placeholder(name)}`;

/** The executor as what it is on SQLite: synchronous better-sqlite3 (bulk writes run inside a transaction). */
const sync = (db: Executor) => db as unknown as BetterSQLite3Database<Record<string, never>>;

/**
 * SQLite's bulk writes: one prepared statement run once per row. drizzle building one statement
 * of thousands of rows cost more than SQLite running them one by one, and a prepared statement
 * is compiled once.
 */
export const sqliteBulkWrites: BulkWrites = {
  async writeReanchoredPlaces(db, { places, revision, now }) {
    const { annotations } = tablesOf(db);
    const found = sync(db)
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
    const lost = sync(db)
      .update(annotations)
      .set({ revision, orphaned: true, updatedAt: now, version: sql`${annotations.version} + 1` })
      .where(and(eq(annotations.id, sql.placeholder("id")), isNull(annotations.deletedAt)))
      .prepare();
    for (const place of places) {
      if (place.orphaned) lost.run({ id: place.id });
      else found.run(place);
    }
  },

  async insertAnnotations(db, rows) {
    const { annotations } = tablesOf(db);
    const insert = sync(db)
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
  },

  async insertEvents(db, rows) {
    const { events } = tablesOf(db);
    const insert = sync(db)
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
    for (const row of rows) insert.run({ articleId: null, annotationId: null, actorId: null, before: null, after: null, ...row });
  },
};
