import type { Claim } from "../api/dto";
import type { ClaimChange } from "./claim-store-reducer";

/**
 * True when the server's claim already shows what a refused change asked for. A change whose
 * answer was lost (the connection dropped after the server wrote it) is refused when sent again
 * (stale version, or 404 for a removal); it is saved all the same, and must not be reported as lost.
 */
export function changeAlreadyApplied(change: ClaimChange, server: Claim | null): boolean {
  switch (change.kind) {
    case "create":
      return false;
    case "remove":
      return server === null;
    case "update":
      return server !== null && Object.entries(change.changes).every(([field, value]) => value === undefined || server[field as keyof Claim] === value);
    case "reattach":
      return server !== null && !server.orphaned && server.start === change.span.start && server.end === change.span.end;
  }
}

/**
 * The claim a create made on the server when its answer never arrived: same span, same author,
 * and not one the page already knows. Sending the create again would tag the sentence twice.
 */
export function findCreatedClaim(draft: Claim, server: Claim[], known: ReadonlySet<number>): Claim | null {
  const matches = server.filter((c) => !known.has(c.id) && c.start === draft.start && c.end === draft.end && c.author?.id === draft.author?.id);
  return matches.length === 0 ? null : matches.reduce((a, b) => (b.id > a.id ? b : a));
}
