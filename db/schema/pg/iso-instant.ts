import { sql } from "drizzle-orm";
import { customType } from "drizzle-orm/pg-core";

/**
 * Twin of ../sqlite/iso-instant.ts: an instant as ISO-8601 UTC text with milliseconds, read and
 * written as a Date. `text`, not `timestamptz`, so that both engines store every timestamp the
 * same way and a copy between them moves the same text.
 */
export const isoInstant = customType<{ data: Date; driverData: string }>({
  dataType: () => "text",
  toDriver: (date) => date.toISOString(),
  fromDriver: (text) => new Date(text),
});

/** Now, in the same text as Date.prototype.toISOString. */
export const isoNow = sql`to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
