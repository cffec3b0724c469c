import "server-only";

/** At most `max` attempts in any `windowSeconds`. */
export type ThrottleRule = { max: number; windowSeconds: number };

/** Counts sign-in attempts per key (an account, a client address). */
export interface SignInThrottle {
  /**
   * Counts one attempt against every bucket at once, or none when any is full: then the answer
   * says how many seconds until that bucket has room again.
   */
  take(buckets: { key: string; rule: ThrottleRule }[], nowMs: number): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }>;
  /** Forgets every attempt of a key (an account that just signed in: a correct password is no attack). */
  clear(key: string): Promise<void>;
  /** Gives back the latest attempt of a key (an address whose attempt turned out to succeed). */
  refund(key: string): Promise<void>;
}

