import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { Executor } from "../executor";

/**
 * Moves every identity sequence of the schema past the largest id of its table, after rows were
 * inserted with their ids (a copy keeps them): otherwise the next row written without an id would
 * get 1, 2, … and collide. An empty table's sequence is set to start again at 1. `setval` is not
 * undone by a rollback; a sequence moved past ids that were then rolled back only leaves a gap.
 */
export async function moveSequencesPastIds(db: Executor): Promise<void> {
  const pg = db as unknown as NodePgDatabase;
  const { rows } = await pg.execute<{ table: string; column: string }>(sql`
    select format('%I.%I', table_schema, table_name) as "table", column_name as "column"
    from information_schema.columns
    where table_schema = current_schema() and is_identity = 'YES'`);
  for (const { table, column } of rows) {
    const id = sql.identifier(column);
    await pg.execute(sql`
      select setval(pg_get_serial_sequence(${table}, ${column}), coalesce(max(${id}), 1), max(${id}) is not null)
      from ${sql.raw(table)}`);
  }
}
