import { describe, expect, it } from "vitest";
import { checkPassword, MAX_PASSWORD, personalWords } from "@/lib/auth/password-policy";
import { ZCreatePerson, ZFirstAdmin, ZSetPassword } from "@/lib/api/people-schemas";

describe("checkPassword (NIST SP 800-63B)", () => {
  it("refuses fewer than 8 characters, counted as characters", () => {
    expect(checkPassword("x7#kq2!")).toEqual({ ok: false, problem: "too_short" });
    expect(checkPassword("😀😀😀😀")).toEqual({ ok: false, problem: "too_short" });
  });

  it(`accepts long passphrases up to ${MAX_PASSWORD} characters, spaces and any script included`, () => {
    expect(checkPassword("correct horse battery staple")).toEqual({ ok: true });
    expect(checkPassword("mon chat s’appelle Gédéon")).toEqual({ ok: true });
    expect(checkPassword("kq7vnx2p")).toEqual({ ok: true });
    const longest = Array.from({ length: MAX_PASSWORD }, (_, i) => String.fromCharCode(33 + ((i * 37) % 90))).join("");
    expect(checkPassword(longest)).toEqual({ ok: true });
    expect(checkPassword(longest + "x")).toEqual({ ok: false, problem: "too_long" });
  });

  it("refuses passwords from the list of common and breached passwords, and simple variants of them", () => {
    for (const password of ["password", "password1", "12345678", "qwertyuiop", "iloveyou", "sunshine", "P@ssw0rd!", "Summer2024", "letmein!", "zaq12wsx"]) {
      expect(checkPassword(password), password).toEqual({ ok: false, problem: "too_common" });
    }
  });

  it("refuses repeats, sequences and the app's own name", () => {
    for (const password of ["aaaaaaaa", "abcdefgh", "98765432", "claimcheck", "Claimcheck1"]) {
      expect(checkPassword(password), password).toEqual({ ok: false, problem: "too_common" });
    }
  });

  it("refuses a password built on the person's own name or email", () => {
    const context = personalWords({ name: "Margaux Dupontel", email: "mdupontel@lemonde.example" });
    expect(checkPassword("margauxdupontel", context)).toEqual({ ok: false, problem: "too_common" });
    expect(checkPassword("mdupontel1", context)).toEqual({ ok: false, problem: "too_common" });
    expect(checkPassword("margauxdupontel")).toEqual({ ok: true });
  });
});

describe("the people schemas apply it", () => {
  it("on setup, add person and set password, with the person's name and email as context", () => {
    expect(ZFirstAdmin.safeParse({ name: "Edith", email: "edith@example.org", password: "password1" }).success).toBe(false);
    expect(ZCreatePerson.safeParse({ name: "Edith", email: "edith@example.org", role: "viewer", password: "12345678" }).success).toBe(false);
    expect(ZSetPassword.safeParse({ userId: "u1", password: "qwertyuiop" }).success).toBe(false);
    const personal = ZFirstAdmin.safeParse({ name: "Edith Lavergne", email: "edith@example.org", password: "edithlavergne" });
    expect(personal.success).toBe(false);
    expect(personal.error?.issues[0].path).toEqual(["password"]);
    expect(ZFirstAdmin.safeParse({ name: "Edith", email: "edith@example.org", password: "a long passphrase" }).success).toBe(true);
  });
});
