import { isDeepStrictEqual } from "node:util";
import { asc, eq, getTableName, gte, max, min } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { tablesOf, type Executor } from "../executor";
import { countRows } from "./count-rows";
import { tablesInCopyOrder } from "./copy-order";

/** Rows compared field by field per spot-checked table. */
const SPOT_CHECK_ROWS = 20;

export type TableCount = { table: string; source: number; target: number };
/** `what` in the singular: "claim", "event", "person", "newest revision". */
export type SpotCheck = { what: string; rows: number };

/** What a comparison of two databases found: every table's rows, the rows compared, what differs. */
export type CopyVerification = { counts: TableCount[]; spotChecks: SpotCheck[]; differences: string[] };

type Row = Record<string, unknown>;

/**
 * Compares a copy with its source: the number of rows of every table, then, field by field,
 * claims and events spread over their whole id range (first and last included), people, and the
 * newest revision with its document and text. Values are compared as the code reads them (Dates,
 * booleans, parsed JSON), so an engine's own representation (0/1 or boolean, JSON text or jsonb
 * with its keys reordered) is not a difference. Timestamps are the same ISO text on both engines.
 */
export async function verifyCopy(source: Executor, target: Executor): Promise<CopyVerification> {
  const counts: TableCount[] = [];
  const targetTables = new Map(tablesInCopyOrder(target).map((entry) => [entry.name, entry.table]));
  for (const { name, table } of tablesInCopyOrder(source)) {
    counts.push({ table: name, source: await countRows(source, table), target: await countRows(target, targetTables.get(name)!) });
  }
  const differences = counts.filter((c) => c.source !== c.target).map((c) => `${c.table}: ${c.source} rows on the source, ${c.target} on the target`);

  const s = tablesOf(source);
  const t = tablesOf(target);
  const spotChecks: SpotCheck[] = [];
  const compare = async (what: string, key: "annotations" | "events" | "user" | "articleRevisions", ids: (number | string)[]) => {
    const [from, into] = [s[key], t[key]] as unknown as (SQLiteTable & { id: SQLiteColumn })[];
    for (const id of ids) {
      const [expected] = (await source.select().from(from).where(eq(from.id, id))) as Row[];
      const [actual] = (await target.select().from(into).where(eq(into.id, id))) as Row[];
      const fields = actual ? differingFields(expected, actual) : [];
      if (!actual) differences.push(`${getTableName(from)} ${id}: missing on the target`);
      else if (fields.length > 0) differences.push(`${getTableName(from)} ${id}: ${fields.join(", ")} differ`);
    }
    spotChecks.push({ what, rows: ids.length });
  };

  await compare("claim", "annotations", await idsSpreadOver(source, s.annotations, s.annotations.id));
  await compare("event", "events", await idsSpreadOver(source, s.events, s.events.id));
  const people = await source.select({ id: s.user.id }).from(s.user).orderBy(asc(s.user.id)).limit(SPOT_CHECK_ROWS);
  await compare("person", "user", people.map((person) => person.id));
  const [newest] = await source.select({ id: max(s.articleRevisions.id) }).from(s.articleRevisions);
  await compare("newest revision", "articleRevisions", newest.id === null ? [] : [newest.id]);

  return { counts, spotChecks, differences };
}

/** Up to SPOT_CHECK_ROWS ids, the first and the last among them, evenly spread in between. */
async function idsSpreadOver(db: Executor, table: SQLiteTable, id: SQLiteColumn): Promise<number[]> {
  const [range] = await db.select({ low: min(id), high: max(id) }).from(table);
  const low = range.low as number | null;
  const high = range.high as number | null;
  if (low === null || high === null) return [];
  const ids = new Set<number>();
  for (let i = 0; i < SPOT_CHECK_ROWS; i++) {
    const aim = low + Math.round(((high - low) * i) / (SPOT_CHECK_ROWS - 1));
    const [row] = await db.select({ id }).from(table).where(gte(id, aim)).orderBy(asc(id)).limit(1);
    if (row) ids.add(row.id as number);
  }
  return [...ids];
}

function differingFields(expected: Row, actual: Row): string[] {
  const fields = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...fields].filter((field) => !isDeepStrictEqual(expected[field], actual[field]));
}
