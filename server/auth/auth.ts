import "server-only";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { DEFAULT_DATABASE_URL, getDb, type Db } from "@/db/client";
import { dialectOf, tablesOf } from "@/db/executor";
import { MAX_PASSWORD, MIN_PASSWORD } from "@/lib/auth/password-policy";
import { resolveAuthSecret } from "./auth-secret";
import { parseTrustedProxies } from "./client-address";
import { changePasswordThroughApp, checkNewPassword, updateUserThroughApp } from "./people-endpoint-hooks";
import { signInLimits } from "./sign-in-rate-limit";
import { createDatabaseSignInThrottle } from "./database-sign-in-throttle";
import { settleSignIn, throttleSignIn, type SignInThrottleOptions } from "./sign-in-throttle-hooks";

/** Where the app is reached; sessions' cookies and the origin check follow it. */
export function appBaseUrl(): string {
  return process.env.BETTER_AUTH_URL || `http://localhost:${process.env.PORT || 3000}`;
}

/** The same origin under the names a local browser may use for it. */
function trustedOrigins(baseUrl: string): string[] {
  const url = new URL(baseUrl);
  if (!["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) return [url.origin];
  return ["localhost", "127.0.0.1", "[::1]"].map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ""}`);
}

/** better-auth's tables on the app's own database, in its dialect (its adapter writes SQL per provider). */
function authDatabase(db: Db) {
  const { user, session, account, verification } = tablesOf(db);
  return drizzleAdapter(db, { provider: dialectOf(db) === "postgres" ? "pg" : "sqlite", schema: { user, session, account, verification } });
}

/**
 * Builds the authentication service (better-auth) on a database: email and password sign-in,
 * sessions in HTTP-only cookies (Secure when served over HTTPS), rate-limited sign-in. Nobody
 * signs themselves up: people are created by an admin, the setup page or the CLI.
 */
export function createAuth(
  db: Db,
  { databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL, trustedProxies = process.env.CLAIMCHECK_TRUSTED_PROXIES ?? "" } = {},
) {
  const baseURL = appBaseUrl();
  const throttling: SignInThrottleOptions = { throttle: createDatabaseSignInThrottle(db), limits: signInLimits(), trustedProxies: parseTrustedProxies(trustedProxies) };
  return betterAuth({
    appName: "Claimcheck",
    baseURL,
    secret: resolveAuthSecret(databaseUrl),
    trustedOrigins: trustedOrigins(baseURL),
    database: authDatabase(db),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD, maxPasswordLength: MAX_PASSWORD },
    user: { additionalFields: { role: { type: "string", input: false, required: false, defaultValue: "viewer" } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Sign-in has its own throttle (per account and per client address, see the hooks): better-auth's
    // limiter keys on the address alone, read from a header any client can write.
    rateLimit: { enabled: true, storage: "memory", window: 60, max: 300, customRules: { "/sign-in/email": false } },
    hooks: {
      // A value returned here is the endpoint's answer: better-auth's own handler does not run.
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-in/email") await throttleSignIn(ctx, throttling);
        if (ctx.path === "/update-user") return updateUserThroughApp(ctx, db);
        if (ctx.path === "/change-password") return changePasswordThroughApp(ctx, db);
        if (ctx.path === "/reset-password" || ctx.path === "/set-password") checkNewPassword(ctx);
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-in/email") await settleSignIn(ctx, throttling);
      }),
    },
    advanced: {
      cookiePrefix: "claimcheck",
      ...(baseURL.startsWith("https://") ? { useSecureCookies: true } : {}),
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { claimcheckAuth?: Auth };

/** The app's authentication service, built on first use (never at import, so builds stay offline). */
export async function getAuth(): Promise<Auth> {
  globalForAuth.claimcheckAuth ??= createAuth(await getDb());
  return globalForAuth.claimcheckAuth;
}
