import { integer } from "drizzle-orm/pg-core";

/**
 * The numeric primary key of the pg tables, standing in for SQLite's `integer primary key
 * autoincrement`.
 *
 * "By default" rather than "always": moving a database from SQLite to PostgreSQL copies rows with
 * their ids (foreign keys and events point at them), and an `always` identity refuses an explicit
 * id unless every insert says `overriding system value`, which drizzle does not write. drizzle
 * also leaves `always` columns out of `$inferInsert`, so the insert types would part from
 * SQLite's. After such a copy the sequence must be moved past the largest id
 * (`select setval(pg_get_serial_sequence('articles', 'id'), max(id)) from articles`), or the next
 * generated id collides.
 *
 * `integer` is 32-bit here where SQLite's is 64-bit; two billion rows per table is far beyond a
 * newsroom's, and `bigint` would come back from node-postgres as a string.
 */
export const identityId = () => integer("id").primaryKey().generatedByDefaultAsIdentity();
