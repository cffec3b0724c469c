import type { ClaimStatus } from "../claims/statuses";
import type { ClaimSnapshot } from "./event-types";

/**
 * The snapshot an event records of its claim, from a claim row (or the row with the fields an
 * event just changed laid over it). Only the fields history shows: a whole row would also carry
 * ids, versions and context that belong to the claim, not to the moment.
 */
export function claimSnapshot(claim: { exact: string; status: ClaimStatus; note: string; start: number; end: number }): ClaimSnapshot {
  return { exact: claim.exact, status: claim.status, note: claim.note, start: claim.start, end: claim.end };
}
