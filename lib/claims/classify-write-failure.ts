/**
 * What to do about a write that failed:
 * - `retry`: the server was not reached or said "not now" (network failure, 408, 429, 502, 503,
 *   504): send it again, for as long as it takes; the change stays on screen, marked unsaved.
 * - `retry_a_few_times`: the server failed on it (another 5xx): perhaps a passing fault, perhaps
 *   one that will repeat, so a few more attempts and then give up.
 * - `refused`: the server answered and said no (any other 4xx: 400, 403, 404, 409…): sending it
 *   again cannot help; the change is undone on screen and the person told why.
 */
export type WriteFailureVerdict = "retry" | "retry_a_few_times" | "refused";

/** Attempts of a change whose writes the server fails on (other 5xx) before it is given up. */
export const MAX_SERVER_FAILURE_ATTEMPTS = 5;

const NOT_NOW = new Set([0, 408, 429, 502, 503, 504]);

/** Classifies a failed write by its HTTP status (0: no answer at all). */
export function classifyWriteFailure(status: number): WriteFailureVerdict {
  if (NOT_NOW.has(status)) return "retry";
  if (status >= 500) return "retry_a_few_times";
  return "refused";
}
