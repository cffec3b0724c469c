import "server-only";
import { findLiveAnnotationById } from "@/db/queries/annotations";
import type { Executor } from "@/db/executor";
import type { AnnotationRow } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";

export async function loadLiveClaim(db: Executor, claimId: number): Promise<AnnotationRow> {
  const row = await findLiveAnnotationById(db, claimId);
  if (!row) throw new AppError("not_found", `No claim with id ${claimId}.`);
  return row;
}

/** Refuses a write that names an older version than the stored one. */
export function assertCurrentVersion(row: AnnotationRow, version: number): void {
  if (row.version !== version) {
    throw new AppError("stale_version", `The claim changed since version ${version}; it is now at version ${row.version}. Reload and try again.`, {
      details: { currentVersion: row.version },
    });
  }
}

/**
 * Throws what a versioned write that matched no row means, though this transaction had read the
 * claim at that version: someone else's write committed in between. PostgreSQL (READ COMMITTED)
 * lets two transactions read the same version; the second one's UPDATE waits for the first to
 * commit and then matches nothing. (SQLite, one writer at a time, never gets here.) A new read
 * sees the committed change: a conflict at its version, or not found if the claim was cleared.
 */
export async function throwConcurrentChange(db: Executor, claimId: number, version: number): Promise<never> {
  assertCurrentVersion(await loadLiveClaim(db, claimId), version);
  throw new Error(`claim ${claimId} changed inside its own transaction`);
}
