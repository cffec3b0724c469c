import "server-only";
import { findLiveSourceById } from "@/db/queries/sources";
import type { Executor } from "@/db/executor";
import type { SourceRow } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import { isSafeSourceUrl } from "@/lib/sources/is-safe-source-url";

/** A live source of a live claim, with its claim's article; a source of a cleared claim is gone too. */
export async function loadLiveSource(db: Executor, sourceId: number): Promise<{ source: SourceRow; articleId: number }> {
  const found = await findLiveSourceById(db, sourceId);
  if (!found) throw new AppError("not_found", `No source with id ${sourceId}.`);
  return found;
}

/** Refuses a write that names an older version than the stored one. */
export function assertCurrentSourceVersion(row: SourceRow, version: number): void {
  if (row.version !== version) {
    throw new AppError("stale_version", `The source changed since version ${version}; it is now at version ${row.version}. Reload and try again.`, {
      details: { currentVersion: row.version },
    });
  }
}

/**
 * The routes validate URLs with zod already; services check again because pages and the CLI call
 * them too, and a stored URL becomes a link someone clicks.
 */
export function assertSafeSourceUrl(url: string): void {
  if (!isSafeSourceUrl(url)) {
    throw new AppError("invalid_input", "A source's url must be a complete http:// or https:// address.", { fields: { url: "url must be a complete http:// or https:// address" } });
  }
}
