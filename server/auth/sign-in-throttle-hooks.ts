import "server-only";
import { isAPIError } from "better-auth/api";
import { authError } from "./auth-error";
import { clientAddress, type TrustedProxies } from "./client-address";
import type { ThrottleRule, SignInThrottle } from "./sign-in-throttle";

type HookContext = { path?: string; body?: unknown; headers?: Headers; request?: Request; context: { returned?: unknown } };

export type SignInThrottleOptions = { throttle: SignInThrottle; limits: { account: ThrottleRule; address: ThrottleRule }; trustedProxies: TrustedProxies };

// The same normalisation as people's emails, so "Ana@X.org " and "ana@x.org" share one bucket.
function accountKey(body: unknown): string | null {
  const email = body && typeof body === "object" ? (body as { email?: unknown }).email : undefined;
  return typeof email === "string" ? `account:${email.trim().toLowerCase().slice(0, 320)}` : null;
}

function addressKey(ctx: HookContext, trustedProxies: TrustedProxies): string | null {
  const address = clientAddress(ctx.headers ?? ctx.request?.headers, trustedProxies);
  return address ? `address:${address}` : null;
}

/**
 * Before a password sign-in: count the attempt against the account and the client address, or
 * refuse it (429) while either has had too many. Without a known address (no view of the socket
 * and no trusted proxy) only the account is counted: a header the client writes is never a key.
 */
export async function throttleSignIn(ctx: HookContext, { throttle, limits, trustedProxies }: SignInThrottleOptions, nowMs = Date.now()): Promise<void> {
  const buckets = [
    { key: accountKey(ctx.body), rule: limits.account },
    { key: addressKey(ctx, trustedProxies), rule: limits.address },
  ].filter((bucket): bucket is { key: string; rule: ThrottleRule } => bucket.key !== null);
  const outcome = await throttle.take(buckets, nowMs);
  if (outcome.ok) return;
  const wait = String(outcome.retryAfterSeconds);
  throw authError("rate_limited", `Too many sign-in attempts. Try again in ${wait} seconds.`, { headers: { "X-Retry-After": wait, "Retry-After": wait } });
}

/** After a sign-in that succeeded: the account's failures are forgotten, the address gets its attempt back. */
export async function settleSignIn(ctx: HookContext, { throttle, trustedProxies }: SignInThrottleOptions): Promise<void> {
  if (ctx.context.returned === undefined || isAPIError(ctx.context.returned)) return;
  const account = accountKey(ctx.body);
  const address = addressKey(ctx, trustedProxies);
  if (account) await throttle.clear(account);
  if (address) await throttle.refund(address);
}
