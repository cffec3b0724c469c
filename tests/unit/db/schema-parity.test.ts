import { is, SQL, type Column } from "drizzle-orm";
import { getTableConfig as getPgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as getSqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as sqliteSchema from "@/db/schema";
import * as pgSchema from "@/db/schema/pg";
import { isoNow as pgIsoNow } from "@/db/schema/pg/iso-instant";
import { isoNow as sqliteIsoNow } from "@/db/schema/sqlite/iso-instant";

/*
 * The SQLite and PostgreSQL schemas describe one database: code above db/ must not be able to tell
 * which one it runs on. The type checks are enforced by `tsc` (npm run typecheck), the structural
 * ones at run time here.
 */

type TablesOf<Schema, Table> = { [K in keyof Schema as Schema[K] extends Table ? K : never]: Schema[K] };
type SqliteTables = TablesOf<typeof sqliteSchema, SQLiteTable>;
type PgTables = TablesOf<typeof pgSchema, PgTable>;
type Selects<T> = { [K in keyof T]: T[K] extends { $inferSelect: infer R } ? R : never };
type Inserts<T> = { [K in keyof T]: T[K] extends { $inferInsert: infer R } ? R : never };

describe("row types", () => {
  it("are the same for both dialects, table by table", () => {
    expectTypeOf<keyof PgTables>().toEqualTypeOf<keyof SqliteTables>();
    expectTypeOf<Selects<PgTables>>().toEqualTypeOf<Selects<SqliteTables>>();
    expectTypeOf<Inserts<PgTables>>().toEqualTypeOf<Inserts<SqliteTables>>();
  });
});

// Dialect-neutral descriptions of a table, so the two configs can be compared with toEqual.
const describeColumn = (column: Column) => ({
  name: column.name,
  // drizzle's dialect-neutral kind ("number", "boolean", "json", "custom", …): what a row value is.
  dataType: column.dataType,
  // What the engine stores: the same SQL type on both, but for booleans (0/1 on SQLite) and JSON
  // (text on SQLite, jsonb on PostgreSQL), which each engine keeps its own way.
  storedAs: column.dataType === "boolean" || column.dataType === "json" ? column.dataType : column.getSQLType(),
  notNull: column.notNull,
  primary: column.primary,
  hasDefault: column.hasDefault,
  // SQL defaults are dialect-specific by nature; only their presence must match (timestamps' below).
  default: is(column.default, SQL) ? "sql expression" : column.default,
  unique: column.isUnique ? column.uniqueName : null,
  enumValues: column.enumValues ?? null,
});

type AnyTableConfig = ReturnType<typeof getSqliteTableConfig> | ReturnType<typeof getPgTableConfig>;

const describeTable = (config: AnyTableConfig) => ({
  columns: config.columns.map(describeColumn),
  indexes: config.indexes
    .map(({ config: index }) => ({
      name: index.name,
      unique: index.unique,
      columns: index.columns.map((column) => ("name" in column && typeof column.name === "string" ? column.name : "sql expression")),
    }))
    .sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "")),
  foreignKeys: config.foreignKeys
    .map((foreignKey) => {
      const reference = foreignKey.reference();
      return {
        name: foreignKey.getName(),
        columns: reference.columns.map((column) => column.name),
        foreignTable: tableName(reference.foreignTable),
        foreignColumns: reference.foreignColumns.map((column) => column.name),
        // SQLite leaves the actions unset where pg spells out the same default.
        onDelete: foreignKey.onDelete ?? "no action",
        onUpdate: foreignKey.onUpdate ?? "no action",
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name)),
  primaryKeys: config.primaryKeys.map((key) => key.getName()),
  uniqueConstraints: config.uniqueConstraints.map((constraint) => constraint.getName()),
  checks: config.checks.map((check) => check.name),
});

const tableName = (table: unknown) =>
  is(table, PgTable) ? getPgTableConfig(table).name : getSqliteTableConfig(table as SQLiteTable).name;

const byName = <T>(values: unknown[], isTable: (value: unknown) => value is T, configOf: (table: T) => AnyTableConfig) =>
  new Map(values.filter(isTable).map((table) => [configOf(table).name, configOf(table)]));

const sqliteTables = byName(Object.values(sqliteSchema), (value): value is SQLiteTable => is(value, SQLiteTable), getSqliteTableConfig);
const pgTables = byName(Object.values(pgSchema), (value): value is PgTable => is(value, PgTable), getPgTableConfig);

describe("table structure", () => {
  it("has the same tables in both dialects", () => {
    expect(sqliteTables.size).toBeGreaterThan(0);
    expect([...pgTables.keys()].sort()).toEqual([...sqliteTables.keys()].sort());
  });

  it.each([...sqliteTables.keys()])("%s: same columns, defaults, indexes and foreign keys", (name) => {
    const pg = pgTables.get(name);
    expect(pg, `no pg table ${name}`).toBeDefined();
    expect(describeTable(pg!)).toEqual(describeTable(sqliteTables.get(name)!));
  });
});

describe("timestamps", () => {
  const timestampColumns = (tables: Map<string, AnyTableConfig>) =>
    [...tables.values()].flatMap((config) => (config.columns as Column[]).filter((column) => column.name.endsWith("_at")).map((column) => ({ table: config.name, column })));

  it.each([
    ["sqlite", sqliteTables, sqliteIsoNow],
    ["pg", pgTables, pgIsoNow],
  ] as const)("are ISO text in every table (%s), and a default is the dialect's isoNow", (_, tables, isoNow) => {
    const columns = timestampColumns(tables);
    expect(columns.length).toBeGreaterThan(20);
    for (const { table, column } of columns) {
      const where = `${table}.${column.name}`;
      expect(column.getSQLType(), where).toBe("text");
      // Plain text (our tables) or isoInstant (better-auth's: Dates over the same text).
      expect(["string", "custom"], where).toContain(column.dataType);
      if (column.dataType === "custom") expect(column.mapToDriverValue(new Date(0)), where).toBe("1970-01-01T00:00:00.000Z");
      if (is(column.default, SQL)) expect(column.default, where).toBe(isoNow);
    }
  });
});
