import type Database from "better-sqlite3";

/** Distinct statements kept; queries are built from a few dozen shapes, bulk inserts add more. */
const MAX_CACHED_STATEMENTS = 500;

/**
 * Makes `prepare` return the already compiled statement for SQL it has seen (least recently used
 * dropped past {@link MAX_CACHED_STATEMENTS}). drizzle prepares every query it runs afresh, and
 * compiling SQL was a large share of each API write. Statements stay valid across schema changes
 * (SQLite recompiles them), and nothing here runs two at once: better-sqlite3 is synchronous.
 */
export function cacheStatements(sqlite: Database.Database, max = MAX_CACHED_STATEMENTS): void {
  const compile = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
      // drizzle switches row-returning statements to arrays (`raw()`) for some calls only.
      if (statement.reader) statement.raw(false);
    } else {
      statement = compile(source);
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}
