import "server-only";
import crypto from "node:crypto";

/** Every personal token starts with this, so leaked tokens are easy to recognise and scan for. */
export const TOKEN_PREFIX = "cc_";

/** A new random token: 32 bytes from the system's CSPRNG, base64url. */
export function generateToken(): string {
  return TOKEN_PREFIX + crypto.randomBytes(32).toString("base64url");
}

/**
 * SHA-256 of a token, hex. Tokens carry 256 bits of randomness, so a fast hash is enough (no
 * dictionary to slow down); only this hash is stored.
 */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares two token hashes in constant time. */
export function sameTokenHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && left.length > 0 && crypto.timingSafeEqual(left, right);
}
