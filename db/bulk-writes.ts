import type { ReanchoredPlace } from "./queries/annotations";
import { dialectOf, type Executor } from "./executor";
import { pgBulkWrites } from "./pg/bulk-writes";
import type { annotations, events } from "./schema";
import { sqliteBulkWrites } from "./sqlite/bulk-writes";

/** Writes of thousands of rows, done the fast way of each engine. */
export type BulkWrites = {
  writeReanchoredPlaces(db: Executor, change: { places: readonly ReanchoredPlace[]; revision: number; now: string }): Promise<void>;
  insertAnnotations(db: Executor, rows: readonly (typeof annotations.$inferInsert)[]): Promise<number[]>;
  insertEvents(db: Executor, rows: readonly (typeof events.$inferInsert)[]): Promise<void>;
};

/** The executor's engine's bulk writes. */
export function bulkWrites(db: Executor): BulkWrites {
  return dialectOf(db) === "postgres" ? pgBulkWrites : sqliteBulkWrites;
}
