/** Starts the built app (`next start`) on a throw-away database, and stops it. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serverHeapArgs } = require("../server-heap.js") as { serverHeapArgs: () => string[] };

export const ADMIN = { email: "bench-admin@example.org", password: "bench password 1234", name: "Bench Admin" };

export type BenchServer = { origin: string; pid: number; databaseUrl: string; output: () => string; stop: () => Promise<void> };

const root = path.resolve(__dirname, "..", "..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Waits for the production build (someone else may be building it). */
export async function waitForBuild(timeoutMs = 300_000): Promise<void> {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(buildId)) {
    if (Date.now() > deadline) throw new Error("No production build (.next/BUILD_ID): run `npm run build` first.");
    await new Promise((r) => setTimeout(r, 2000));
  }
}

async function waitUntilServing(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${origin}/api/v1/me`);
      if (response.status === 401 || response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The app did not answer within 60 s:\n${log()}`);
}

/** `next start` on 127.0.0.1 with its own database file; the admin comes from the environment. */
export async function startServer({ databaseFile }: { databaseFile: string }): Promise<BenchServer> {
  await waitForBuild();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const databaseUrl = `file:${databaseFile}`;
  // CLAIMCHECK_BENCH_PROFILE=dir writes a CPU profile of the app (open it in Chrome's DevTools).
  const profile = process.env.CLAIMCHECK_BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.CLAIMCHECK_BENCH_PROFILE)}`] : [];
  // The heap limit `npm start` runs the app with, so the memory figures are the shipped app's.
  const child = spawn(process.execPath, [...serverHeapArgs(), ...profile, require.resolve("next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_URL: origin,
      CLAIMCHECK_ADMIN_EMAIL: ADMIN.email,
      CLAIMCHECK_ADMIN_PASSWORD: ADMIN.password,
      CLAIMCHECK_ADMIN_NAME: ADMIN.name,
      CLAIMCHECK_SEED_DEMO: "0",
      CLAIMCHECK_SIGN_IN_LIMIT: "100/10",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  await waitUntilServing(origin, child, () => output);
  return {
    origin,
    pid: child.pid!,
    databaseUrl,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.exitCode === null && child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

/** A personal API token for the admin, made with the operator CLI on the server's database. */
export function createAdminToken(databaseUrl: string): string {
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/claimcheck.ts", "token", "create", "--email", ADMIN.email, "--name", "benchmark"],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`token create failed: ${result.stderr}`);
  return result.stdout.trim();
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

/** Resident set size of a process, in MB (10^6 bytes; Linux /proc). */
export function rssMB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return (Number(match[1]) * 1024) / 1e6;
}
