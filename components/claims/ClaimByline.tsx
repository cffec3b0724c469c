import type { Claim } from "@/lib/api/dto";
import { formatTimestamp } from "@/lib/format/format-timestamp";

/** Who made a claim and when: "by Ana Reviewer · 2026-11-28 14:02 UTC". */
export function ClaimByline({ claim }: { claim: Claim }) {
  return (
    <span className="claim-byline">
      {claim.author ? <>by {claim.author.name} · </> : null}
      <time dateTime={claim.createdAt}>{formatTimestamp(claim.createdAt)}</time>
    </span>
  );
}
