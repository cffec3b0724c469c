import type { Claim } from "@/lib/api/dto";

/** "2026-11-28 14:02 UTC": fixed format, so server and browser render the same text. */
function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Who made a claim and when: "by Ana Reviewer · 2026-11-28 14:02 UTC". */
export function ClaimByline({ claim }: { claim: Claim }) {
  return (
    <span className="claim-byline">
      {claim.author ? <>by {claim.author.name} · </> : null}
      <time dateTime={claim.createdAt}>{formatUtc(claim.createdAt)}</time>
    </span>
  );
}
