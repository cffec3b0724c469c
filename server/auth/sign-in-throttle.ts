import "server-only";

/** At most `max` attempts in any `windowSeconds`. */
export type ThrottleRule = { max: number; windowSeconds: number };

/**
 * Counts sign-in attempts per key (an account, a client address). Kept behind this interface so
 * the in-process store can move to the database when several app nodes share the load.
 */
export interface SignInThrottle {
  /**
   * Counts one attempt against every bucket at once, or none when any is full: then the answer
   * says how many seconds until that bucket has room again.
   */
  take(buckets: { key: string; rule: ThrottleRule }[], nowMs: number): { ok: true } | { ok: false; retryAfterSeconds: number };
  /** Forgets every attempt of a key (an account that just signed in: a correct password is no attack). */
  clear(key: string): void;
  /** Gives back the latest attempt of a key (an address whose attempt turned out to succeed). */
  refund(key: string): void;
}

// Keys come from what clients send (any email): bound the memory they can make us use.
const MAX_KEYS = 100_000;

/**
 * The in-process store: a sliding window of attempt times per key. `take` runs without awaiting,
 * so concurrent requests are counted one by one and none slips past a full bucket.
 */
export function createMemorySignInThrottle(): SignInThrottle {
  const attempts = new Map<string, number[]>();

  function recent(key: string, rule: ThrottleRule, nowMs: number): number[] {
    const since = nowMs - rule.windowSeconds * 1000;
    const times = (attempts.get(key) ?? []).filter((time) => time > since);
    if (times.length === 0) attempts.delete(key);
    else attempts.set(key, times);
    return times;
  }

  function makeRoom() {
    if (attempts.size < MAX_KEYS) return;
    // Map order is insertion order: the oldest keys go first.
    for (const key of [...attempts.keys()].slice(0, attempts.size - MAX_KEYS + 1)) attempts.delete(key);
  }

  return {
    take(buckets, nowMs) {
      let wait = 0;
      for (const { key, rule } of buckets) {
        const times = recent(key, rule, nowMs);
        if (times.length >= rule.max) wait = Math.max(wait, times[times.length - rule.max] + rule.windowSeconds * 1000 - nowMs);
      }
      if (wait > 0) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
      for (const { key } of buckets) {
        if (!attempts.has(key)) makeRoom();
        attempts.set(key, [...(attempts.get(key) ?? []), nowMs]);
      }
      return { ok: true };
    },
    clear(key) {
      attempts.delete(key);
    },
    refund(key) {
      const times = attempts.get(key);
      if (times && times.length > 1) attempts.set(key, times.slice(0, -1));
      else attempts.delete(key);
    },
  };
}
