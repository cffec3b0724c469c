import { describe, expect, it } from "vitest";
import { can, OPERATIONS, ROLES, type Operation, type Role } from "@/lib/auth/permissions";
import { safeNextPath } from "@/lib/auth/safe-next-path";

// The matrix written out in full, role by role: a change to PERMISSIONS must change this table too.
const EXPECTED: Record<Role, Operation[]> = {
  admin: ["article.read", "article.create", "article.edit", "claim.tag", "comment.write", "source.write", "article.verify", "article.reopen", "people.manage", "token.manage"],
  journalist: ["article.read", "article.create", "article.edit", "comment.write", "source.write", "article.reopen", "token.manage"],
  reviewer: ["article.read", "claim.tag", "comment.write", "source.write", "token.manage"],
  viewer: ["article.read", "token.manage"],
};

describe("the permission matrix", () => {
  for (const role of ROLES) {
    for (const operation of OPERATIONS) {
      const allowed = EXPECTED[role].includes(operation);
      it(`${role} ${allowed ? "may" : "may not"} ${operation}`, () => {
        expect(can(role, operation)).toBe(allowed);
      });
    }
  }
});

describe("safeNextPath", () => {
  it("keeps paths on this site and refuses other origins", () => {
    expect(safeNextPath("/articles/3?x=1")).toBe("/articles/3?x=1");
    for (const bad of [null, "", "https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)"]) {
      expect(safeNextPath(bad)).toBe("/");
    }
  });
});
