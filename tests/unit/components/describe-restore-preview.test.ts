import { describe, expect, it } from "vitest";
import { describeRestorePreview } from "@/components/revisions/describe-restore-preview";

const preview = (counts: Partial<Record<"kept" | "moved" | "requoted" | "orphaned", number>>) => ({ number: 2, baseRevision: 5, kept: 0, moved: 0, requoted: 0, orphaned: 0, ...counts });

describe("describeRestorePreview", () => {
  it("names every outcome that occurs, orphaned first, with singular and plural", () => {
    expect(describeRestorePreview(preview({ kept: 3, moved: 1, requoted: 2, orphaned: 1 }))).toEqual([
      "1 claim will be orphaned: its text is not in revision 2. Orphaned claims are kept apart, with their sources and comments, to re-attach by hand.",
      "2 claims will follow a rewording: their quotes change to the words of revision 2.",
      "1 claim will move with its text.",
      "3 claims will stay where they are.",
    ]);
  });

  it("says so when there is no claim", () => {
    expect(describeRestorePreview(preview({}))).toEqual(["The article has no claims: none will move."]);
  });
});
