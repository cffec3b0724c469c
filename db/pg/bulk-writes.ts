import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { BulkWrites } from "../bulk-writes";
import { tablesOf, type Executor } from "../executor";

/** Rows per INSERT: PostgreSQL binds at most 65,535 parameters per statement (15 per claim). */
const ROWS_PER_INSERT = 1_000;

const asPg = (db: Executor) => db as unknown as NodePgDatabase<Record<string, never>>;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) out.push(rows.slice(i, i + ROWS_PER_INSERT));
  return out;
}

/**
 * PostgreSQL's bulk writes: every round trip to the server costs more than a row, so rows travel
 * together — multi-row INSERTs, and re-anchoring as one UPDATE joined to arrays (`unnest`).
 */
export const pgBulkWrites: BulkWrites = {
  async writeReanchoredPlaces(db, { places, revision, now }) {
    const found = places.filter((place) => !place.orphaned);
    const lost = places.filter((place) => place.orphaned).map((place) => place.id);
    if (found.length > 0) {
      const column = <K extends keyof (typeof found)[number]>(key: K) => sql.param(found.map((place) => place[key]));
      await asPg(db).execute(sql`
        update annotations set
          "start" = v."start", "end" = v."end", exact = v.exact, prefix = v.prefix, suffix = v.suffix,
          revision = ${revision}, orphaned = false, updated_at = ${now}, version = annotations.version + 1
        from unnest(${column("id")}::integer[], ${column("start")}::integer[], ${column("end")}::integer[],
                    ${column("exact")}::text[], ${column("prefix")}::text[], ${column("suffix")}::text[])
          as v(id, "start", "end", exact, prefix, suffix)
        where annotations.id = v.id and annotations.deleted_at is null`);
    }
    if (lost.length > 0) {
      await asPg(db).execute(sql`
        update annotations set revision = ${revision}, orphaned = true, updated_at = ${now}, version = version + 1
        where id = any(${sql.param(lost)}::integer[]) and deleted_at is null`);
    }
  },

  async insertAnnotations(db, rows) {
    const { annotations } = tablesOf(db);
    const ids: number[] = [];
    // INSERT … VALUES … RETURNING answers the rows in the order of the VALUES list.
    for (const chunk of chunks(rows)) ids.push(...(await db.insert(annotations).values(chunk).returning({ id: annotations.id })).map((row) => row.id));
    return ids;
  },

  async insertEvents(db, rows) {
    const { events } = tablesOf(db);
    for (const chunk of chunks(rows)) await db.insert(events).values(chunk);
  },
};
