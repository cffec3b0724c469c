import "server-only";

/**
 * Sign-in attempts allowed per client address: CLAIMCHECK_SIGN_IN_LIMIT as "max/seconds"
 * (default 5 per 60 s), enough for a person who mistypes, too few to guess passwords.
 */
export function signInRateLimit(): { max: number; window: number } {
  const match = /^(\d+)\/(\d+)$/.exec(process.env.CLAIMCHECK_SIGN_IN_LIMIT ?? "");
  return match ? { max: Number(match[1]), window: Number(match[2]) } : { max: 5, window: 60 };
}
