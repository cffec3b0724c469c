/** The built app for the benchmark (see scripts/built-app.ts), started as `npm start` would run it. */
import path from "node:path";
import { operatorCliOn, residentSetKb, startBuiltApp, type BuiltApp } from "../built-app";
import type { BenchEngine } from "./engines/bench-engine";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serverHeapArgs } = require("../server-heap.js") as { serverHeapArgs: () => string[] };

export const ADMIN = { email: "bench-admin@example.org", password: "bench password 1234", name: "Bench Admin" };

export type BenchServer = BuiltApp & { databaseUrl: string };

/**
 * The app on the engine's database; the admin comes from the environment, no demo article. Every
 * node started on the same engine shares its database (and, on PostgreSQL, its auth secret).
 */
export async function startServer({ engine }: { engine: BenchEngine }): Promise<BenchServer> {
  // CLAIMCHECK_BENCH_PROFILE=dir writes a CPU profile of the app (open it in Chrome's DevTools).
  const profile = process.env.CLAIMCHECK_BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.CLAIMCHECK_BENCH_PROFILE)}`] : [];
  const app = await startBuiltApp({
    databaseUrl: engine.databaseUrl,
    // The heap limit `npm start` runs the app with, so the memory figures are the shipped app's.
    nodeArgs: [...serverHeapArgs(), ...profile],
    env: {
      ...engine.appEnv,
      CLAIMCHECK_ADMIN_EMAIL: ADMIN.email,
      CLAIMCHECK_ADMIN_PASSWORD: ADMIN.password,
      CLAIMCHECK_ADMIN_NAME: ADMIN.name,
      CLAIMCHECK_SEED_DEMO: "0",
      CLAIMCHECK_SIGN_IN_LIMIT: "100/10",
    },
  });
  return { ...app, databaseUrl: engine.databaseUrl };
}

/** A personal API token for the admin, made with the operator CLI on the engine's database. */
export async function createAdminToken(engine: BenchEngine): Promise<string> {
  return operatorCliOn({ databaseUrl: engine.databaseUrl, env: engine.appEnv }, "token", "create", "--email", ADMIN.email, "--name", "benchmark");
}

/** The session cookie of the admin, from better-auth's sign-in endpoint. */
export async function signInCookie(origin: string): Promise<{ name: string; value: string }> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("claimcheck.session_token="));
  if (!cookie) throw new Error("sign-in answered without a session cookie");
  const [pair] = cookie.split(";");
  const at = pair.indexOf("=");
  return { name: pair.slice(0, at), value: pair.slice(at + 1) };
}

/** Resident set size of a process, in MB (10^6 bytes). */
export function rssMB(pid: number): number {
  return (residentSetKb(pid) * 1024) / 1e6;
}
