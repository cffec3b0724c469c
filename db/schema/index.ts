/**
 * The tables as the code types them. Both dialects have the same tables, columns and row types
 * (`tests/unit/db/schema-parity.test.ts`); queries are typed with the SQLite definitions and run
 * on whichever dialect's tables their executor carries (`tablesOf` in `db/executor.ts`).
 */
export * from "./sqlite";
