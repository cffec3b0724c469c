/**
 * The built app (`next start`) on a free loopback port with a database of its own (a SQLite file,
 * or any DATABASE_URL such as a PostgreSQL one shared by several nodes), for the benchmark and the
 * robustness tests; and the operator CLI run against a SQLite one. Paths are
 * taken from the project root, the directory npm runs scripts and tests from.
 */
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";

const root = process.cwd();
const run = promisify(execFile);

export type BuiltApp = {
  url: string;
  pid: number;
  /** What the server printed so far (for failure messages). */
  output: () => string;
  /** Ends the server and anything it started (its process group). */
  stop: () => Promise<void>;
  /** SIGKILLs the server's process group, as a crash would, and waits until it is gone. */
  kill: () => Promise<void>;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(url: string, exited: () => boolean, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`The app exited while starting:\n${output()}`);
    try {
      await fetch(`${url}/api/v1/me`);
      return; // any answer (401 without a token) means the server and its database are up
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  throw new Error(`The app did not answer within 60 s:\n${output()}`);
}

/** Where the app's data is: a SQLite file, or any `DATABASE_URL` (e.g. `postgres://…`). */
export type AppDatabase = { databaseFile: string } | { databaseUrl: string };

function databaseUrlOf(database: AppDatabase): string {
  return "databaseUrl" in database ? database.databaseUrl : `file:${database.databaseFile}`;
}

/**
 * Starts the production build on 127.0.0.1 with `DATABASE_URL` pointing at `databaseFile` (or at
 * `databaseUrl`) and the given environment on top, and waits until the API answers. `nodeArgs` go
 * to Node before Next.js (a heap limit, a CPU profile).
 */
export async function startBuiltApp({ env = {}, nodeArgs = [], ...database }: AppDatabase & { env?: Record<string, string>; nodeArgs?: string[] }): Promise<BuiltApp> {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("There is no production build (.next/BUILD_ID): run npm run build first.");
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [...nodeArgs, "--require", path.join(root, "scripts", "peer-address.js"), next, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", BETTER_AUTH_URL: url, DATABASE_URL: databaseUrlOf(database), ...env },
    // Its own process group, so stop() ends the server and anything it started.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exit.then(() => (exited = true));
  const output = () => log;

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group is already gone
    }
  };
  const stop = async () => {
    if (exited) return;
    signalGroup("SIGTERM");
    const killer = setTimeout(() => !exited && signalGroup("SIGKILL"), 5_000);
    await exit;
    clearTimeout(killer);
  };
  const kill = async () => {
    if (exited) return;
    signalGroup("SIGKILL");
    await exit;
  };

  try {
    await waitUntilAnswering(url, () => exited, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid!, output, stop, kill };
}

/** Runs the operator CLI (`npm run claimcheck`) on a database file; answers its last output line. */
export async function operatorCli(databaseFile: string, ...args: string[]): Promise<string> {
  return operatorCliOn({ databaseFile }, ...args);
}

/** The operator CLI on any database the app can use, with extra environment (e.g. BETTER_AUTH_SECRET). */
export async function operatorCliOn({ env = {}, ...database }: AppDatabase & { env?: Record<string, string> }, ...args: string[]): Promise<string> {
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const { stdout } = await run(tsx, ["--conditions=react-server", "scripts/claimcheck.ts", ...args], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrlOf(database), ...env } });
  return stdout.trim().split("\n").at(-1)!;
}

/** Resident set size of a process, in kB (Linux /proc). */
export function residentSetKb(pid: number): number {
  const match = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}
