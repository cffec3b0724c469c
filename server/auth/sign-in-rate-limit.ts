import "server-only";
import type { ThrottleRule } from "./sign-in-throttle";

function readRule(value: string | undefined, fallback: ThrottleRule): ThrottleRule {
  const match = /^(\d+)\/(\d+)$/.exec(value ?? "");
  return match && Number(match[1]) > 0 && Number(match[2]) > 0 ? { max: Number(match[1]), windowSeconds: Number(match[2]) } : fallback;
}

/**
 * Failed sign-in attempts allowed, as "max/seconds": per account (CLAIMCHECK_SIGN_IN_LIMIT,
 * default 5 per 5 minutes: enough for a person who mistypes, too few to guess passwords) and per
 * client address (CLAIMCHECK_SIGN_IN_ADDRESS_LIMIT, default 20 per 5 minutes: one address trying
 * many accounts). Successful sign-ins are not counted.
 */
export function signInLimits(env: NodeJS.ProcessEnv = process.env): { account: ThrottleRule; address: ThrottleRule } {
  return {
    account: readRule(env.CLAIMCHECK_SIGN_IN_LIMIT, { max: 5, windowSeconds: 300 }),
    address: readRule(env.CLAIMCHECK_SIGN_IN_ADDRESS_LIMIT, { max: 20, windowSeconds: 300 }),
  };
}
