import type { Claim } from "../api/dto";
import { byTextOrder, changeTarget, type ClaimStoreState, type PendingChange } from "./claim-store-reducer";

/** The claims as the screen shows them, and which of them carry changes the server has not acknowledged. */
export type VisibleClaims = { claims: Claim[]; unsaved: ReadonlySet<number> };

function apply(claims: Map<number, Claim>, change: PendingChange): void {
  if (change.kind === "create") {
    claims.set(change.draft.id, change.draft);
    return;
  }
  const claim = claims.get(change.claimId);
  if (!claim) return;
  if (change.kind === "remove") claims.delete(change.claimId);
  else if (change.kind === "update") claims.set(claim.id, { ...claim, ...change.changes });
  else claims.set(claim.id, { ...claim, ...change.span, quote: change.quote, orphaned: false });
}

const NOTHING_UNSAVED: ReadonlySet<number> = new Set();

/**
 * The saved claims with the pending changes applied in order. Claims no change touches keep their
 * identity (the editor redraws only the claims whose objects changed), and with nothing pending
 * the saved list itself is returned.
 */
export function visibleClaims(state: Pick<ClaimStoreState, "saved" | "pending">): VisibleClaims {
  if (state.pending.length === 0) return { claims: state.saved, unsaved: NOTHING_UNSAVED };
  const claims = new Map(state.saved.map((c) => [c.id, c]));
  for (const change of state.pending) apply(claims, change);
  const unsaved = new Set(state.pending.map(changeTarget).filter((id) => claims.has(id)));
  return { claims: [...claims.values()].sort(byTextOrder), unsaved };
}
