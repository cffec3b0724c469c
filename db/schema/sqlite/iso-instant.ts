import { sql } from "drizzle-orm";
import { customType } from "drizzle-orm/sqlite-core";

/**
 * An instant as ISO-8601 UTC text with milliseconds ("2026-12-06T04:05:00.123Z"), read and written
 * as a Date: better-auth's columns, which its drizzle adapter fills and compares with Dates. Our
 * own tables keep the same text in plain `text` columns. Text of one fixed width sorts
 * chronologically, so `expires_at < ?` compares instants; drizzle maps every bound Date, in
 * values and in where clauses, through `toDriver`.
 */
export const isoInstant = customType<{ data: Date; driverData: string }>({
  dataType: () => "text",
  toDriver: (date) => date.toISOString(),
  fromDriver: (text) => new Date(text),
});

/** Now, in the same text (strftime's %f is seconds with milliseconds). */
export const isoNow = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;
