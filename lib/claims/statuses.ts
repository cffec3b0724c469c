/** The three verdicts a claim can carry. Stored, sent and exported exactly as these strings. */
export const CLAIM_STATUSES = ["sourced", "unsourced", "disputed"] as const;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** How each status is named and drawn; the shape cue keeps statuses apart without colour. */
export const STATUS_META: Record<ClaimStatus, { label: string; key: string; icon: string; cue: string; description: string }> = {
  sourced: { label: "Sourced", key: "1", icon: "✓", cue: "solid underline", description: "backed by a named, checkable source" },
  unsourced: { label: "Unsourced", key: "2", icon: "?", cue: "dashed underline", description: "no source given, or anonymous sources only" },
  disputed: { label: "Disputed", key: "3", icon: "!", cue: "wavy underline", description: "contradicted by evidence or another party" },
};

/** When claims of different statuses overlap a sentence, the most serious one describes it. */
export const STATUS_SEVERITY: Record<ClaimStatus, number> = { sourced: 0, unsourced: 1, disputed: 2 };

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === "string" && (CLAIM_STATUSES as readonly string[]).includes(value);
}
