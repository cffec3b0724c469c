import "server-only";
import { createHash } from "node:crypto";
import type { Executor } from "@/db/executor";
import { lockWithinTransaction } from "@/db/queries/locks";
import {
  deleteLatestSignInAttempt,
  deleteSignInAttempts,
  deleteSignInAttemptsBefore,
  insertSignInAttempts,
  latestSignInAttempts,
} from "@/db/queries/sign-in-attempts";
import type { SignInThrottle } from "./sign-in-throttle";

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * What a key is stored as: its SHA-256. Keys hold what clients typed as an email (any length, any
 * character, NUL included, which PostgreSQL text refuses), and the table need not keep emails.
 */
const stored = (key: string) => createHash("sha256").update(key).digest("hex");

/**
 * The throttle's attempts in the database, so every node of a newsroom counts the same ones: a
 * sliding window per key, read and written in one transaction that holds a lock per key (in key
 * order, so two sign-ins never wait on each other in a circle). Concurrent wrong guesses, on one
 * node or several, are counted one by one and none slips past a full bucket.
 */
export function createDatabaseSignInThrottle(db: Executor): SignInThrottle {
  return {
    take(buckets, nowMs) {
      return db.transaction(async (tx) => {
        const keyed = buckets.map(({ key, rule }) => ({ key: stored(key), rule }));
        for (const key of keyed.map((bucket) => bucket.key).sort()) await lockWithinTransaction(tx, `sign-in:${key}`);
        let waitMs = 0;
        for (const { key, rule } of keyed) {
          const windowMs = rule.windowSeconds * 1000;
          const latest = await latestSignInAttempts(tx, { key, since: iso(nowMs - windowMs), limit: rule.max });
          // Full: room again when the oldest of the last `max` attempts leaves the window.
          if (latest.length >= rule.max) waitMs = Math.max(waitMs, Date.parse(latest[rule.max - 1]) + windowMs - nowMs);
        }
        if (waitMs > 0) return { ok: false as const, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
        await insertSignInAttempts(tx, keyed.map(({ key }) => ({ key, attemptedAt: iso(nowMs) })));
        const longestWindowMs = Math.max(...buckets.map(({ rule }) => rule.windowSeconds * 1000));
        await deleteSignInAttemptsBefore(tx, iso(nowMs - longestWindowMs));
        return { ok: true as const };
      });
    },
    async clear(key) {
      await deleteSignInAttempts(db, stored(key));
    },
    async refund(key) {
      await db.transaction(async (tx) => {
        await lockWithinTransaction(tx, `sign-in:${stored(key)}`);
        await deleteLatestSignInAttempt(tx, stored(key));
      });
    },
  };
}
