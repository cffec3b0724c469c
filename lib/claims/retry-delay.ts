/** First wait before sending a change again, in milliseconds. */
export const FIRST_RETRY_DELAY_MS = 1_000;
/** Longest wait between two attempts: a person offline for an hour is retried twice a minute. */
export const MAX_RETRY_DELAY_MS = 30_000;

/**
 * How long to wait before attempt number `attempts + 1` of a change: doubling from one second up
 * to thirty, or what the server asked for (Retry-After) when that is longer, within the same cap.
 * `jitter` (0–1, pass Math.random()) spreads the retries of many browsers after an outage.
 */
export function retryDelay(attempts: number, { retryAfterMs, jitter = 0 }: { retryAfterMs?: number; jitter?: number } = {}): number {
  const backoff = Math.min(MAX_RETRY_DELAY_MS, FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  const spread = backoff * (0.8 + 0.4 * jitter);
  return Math.round(Math.min(MAX_RETRY_DELAY_MS, Math.max(spread, retryAfterMs ?? 0)));
}
