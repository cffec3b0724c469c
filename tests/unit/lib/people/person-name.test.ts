import { describe, expect, it } from "vitest";
import { checkPersonName, MAX_PERSON_NAME } from "@/lib/people/person-name";
import { ZCreatePerson, ZPersonName } from "@/lib/api/people-schemas";

describe("checkPersonName", () => {
  it("trims and collapses whitespace, keeping letters of every script and accents", () => {
    expect(checkPersonName("  Ana   María\tLópez ")).toEqual({ ok: true, name: "Ana María López" });
    expect(checkPersonName("Zoë O’Brien-Łukasz")).toEqual({ ok: true, name: "Zoë O’Brien-Łukasz" });
    expect(checkPersonName("محمد علي")).toEqual({ ok: true, name: "محمد علي" });
    expect(checkPersonName("Ana\u00a0\u202fMaría")).toEqual({ ok: true, name: "Ana María" });
  });

  it("composes accents the same way whichever form they were typed in", () => {
    expect(checkPersonName("Jose\u0301")).toEqual({ ok: true, name: "José" });
  });

  it("refuses an empty name", () => {
    for (const raw of ["", "   ", "\u00a0\u3000"]) expect(checkPersonName(raw)).toEqual({ ok: false, problem: "empty" });
  });

  it(`refuses names over ${MAX_PERSON_NAME} characters, counted as characters, not UTF-16 units`, () => {
    expect(checkPersonName("a".repeat(MAX_PERSON_NAME))).toMatchObject({ ok: true });
    expect(checkPersonName("a".repeat(MAX_PERSON_NAME + 1))).toEqual({ ok: false, problem: "too_long" });
    expect(checkPersonName("Admin" + " ".repeat(10) + "x".repeat(5000))).toEqual({ ok: false, problem: "too_long" });
    expect(checkPersonName("😀".repeat(MAX_PERSON_NAME))).toMatchObject({ ok: true });
  });

  it("refuses control characters, bidi overrides and invisible characters", () => {
    for (const raw of ["Ana\u0000", "Ana\nAdmin", "Ana\u0007", "\u202eAna", "Ana\u2066x\u2069", "Ad\u200bmin", "Ad\u2060min", "\ufeffAna", "Ana\u200e", "Ana\u0085"]) {
      expect(checkPersonName(raw), JSON.stringify(raw)).toEqual({ ok: false, problem: "invisible_characters" });
    }
  });

  it("refuses the names the app itself uses in history", () => {
    for (const raw of ["Claimcheck", "claimcheck", " Former  member ", "FORMER MEMBER"]) {
      expect(checkPersonName(raw), raw).toEqual({ ok: false, problem: "reserved" });
    }
  });
});

describe("ZPersonName", () => {
  it("gives the cleaned name, or a message naming the problem", () => {
    expect(ZPersonName.parse("  Ana  ")).toBe("Ana");
    const result = ZPersonName.safeParse("x".repeat(5000));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/80 characters/);
  });

  it("is the rule of the Add person schema too", () => {
    expect(ZCreatePerson.safeParse({ name: "\u202eAna", email: "a@example.org", role: "viewer" }).success).toBe(false);
    expect(ZCreatePerson.parse({ name: " Ana  B ", email: "a@example.org", role: "viewer" }).name).toBe("Ana B");
  });
});
