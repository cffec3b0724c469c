import type { RefusedChange } from "@/lib/claims/claim-store-reducer";
import { STATUS_META } from "@/lib/claims/statuses";

function quoted(quote: string | null): string {
  if (!quote) return "a claim";
  const flat = quote.replace(/\s+/g, " ").trim();
  return `“${flat.length > 60 ? `${flat.slice(0, 59)}…` : flat}”`;
}

/** What was not saved, in a person's words: "Tagging “…” as Disputed". */
function whatWasLost({ change, quote }: RefusedChange): string {
  const claim = quoted(quote);
  switch (change.kind) {
    case "create":
      return `Tagging ${claim} as ${STATUS_META[change.draft.status].label}`;
    case "update":
      if (change.changes.status && change.changes.note !== undefined) return `The status and note of ${claim}`;
      return change.changes.status ? `Marking ${claim} as ${STATUS_META[change.changes.status].label}` : `The note on ${claim}`;
    case "reattach":
      return `Re-attaching ${claim}`;
    case "remove":
      return `Clearing ${claim}`;
  }
}

/** Why, from the server's refusal: a stale version gets a sentence of its own, else the server's message. */
function why({ failure }: RefusedChange): string {
  if (failure.code === "stale_version") return "someone else changed this claim meanwhile; the latest version is shown, try again.";
  if (failure.status === 0 || failure.status >= 500) return "the server kept failing on it; the saved version is shown.";
  return failure.message;
}

/** One line per refused change: what was not saved and why. It was undone on screen. */
export function describeRefusedChange(refused: RefusedChange): string {
  return `Not saved: ${whatWasLost(refused)} — ${why(refused)}`;
}
