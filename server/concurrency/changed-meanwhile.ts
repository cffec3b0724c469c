import "server-only";
import { AppError } from "@/lib/api/app-error";

/**
 * What a versioned write that matched no row means when its own transaction had just read the
 * row at that version: someone else's write committed in between. PostgreSQL (READ COMMITTED)
 * lets two transactions read the same version; the second one's UPDATE waits for the first and
 * then matches nothing. (SQLite runs one writer at a time and never gets here.) The answer is the
 * same 409 as a stale version: nothing was written, read it again.
 */
export function changedMeanwhile(what: string): AppError {
  return new AppError("stale_version", `This ${what} was changed by someone else at the same moment; nothing was saved. Reload it and try again.`);
}
