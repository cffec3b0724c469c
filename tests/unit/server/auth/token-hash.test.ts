import crypto from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actorFromToken } from "@/server/auth/actor-from-token";
import { generateToken, hashToken, sameTokenHash, TOKEN_PREFIX } from "@/server/auth/token-hash";
import { makePersonWithToken } from "../../support/people";
import { makeTestDatabase, type TestDatabase } from "../../support/test-database";
import { sqlRows } from "../../support/test-database";

describe("token hashing", () => {
  it("makes long random tokens with a recognisable prefix", () => {
    const a = generateToken();
    const b = generateToken();
    expect(a.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(a).not.toBe(b);
    expect(Buffer.from(a.slice(TOKEN_PREFIX.length), "base64url")).toHaveLength(32);
  });

  it("hashes with SHA-256 and compares hashes in constant time", () => {
    const token = generateToken();
    expect(hashToken(token)).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    const spy = vi.spyOn(crypto, "timingSafeEqual");
    expect(sameTokenHash(hashToken(token), hashToken(token))).toBe(true);
    expect(sameTokenHash(hashToken(token), hashToken(generateToken()))).toBe(false);
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
    expect(sameTokenHash("", "")).toBe(false);
    expect(sameTokenHash("abcd", "abcdef")).toBe(false);
  });
});

describe("tokens in the database", () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await makeTestDatabase();
  });
  afterEach(async () => database.cleanup());

  it("stores only the hash, never the token", async () => {
    const person = await makePersonWithToken(database.db, "reviewer");
    const stored = (await sqlRows(database.db, "select * from api_tokens")) as Record<string, unknown>[];
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(person.token);
    expect(stored[0].token_hash).toBe(hashToken(person.token));
  });

  it("resolves a token to its owner, and unknown tokens to nobody", async () => {
    const person = await makePersonWithToken(database.db, "viewer", "Vic Viewer");
    expect(await actorFromToken(database.db, person.token, new Date())).toEqual({ id: person.id, name: "Vic Viewer", role: "viewer" });
    expect(await actorFromToken(database.db, generateToken(), new Date())).toBeNull();
    expect(await actorFromToken(database.db, "no-prefix", new Date())).toBeNull();
  });
});
