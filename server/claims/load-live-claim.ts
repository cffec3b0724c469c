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
