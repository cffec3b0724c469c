import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const run = promisify(execFile);

export const ADMIN_EMAIL = "robust-admin@example.org";
const ADMIN_PASSWORD = "robustness-password-1";

/** The built app serving a throw-away database of its own. */
export type AppServer = {
  url: string;
  pid: number;
  /** The SQLite file the server writes, for read-only checks beside the API. */
  dbFile: string;
  /** A personal API token, made with the operator CLI, for someone who exists in this database. */
  tokenFor: (email: string) => Promise<string>;
  /** Adds a person with the CLI and answers their token. */
  addPerson: (role: "admin" | "journalist" | "reviewer" | "viewer", name: string) => Promise<string>;
  /** What the server printed so far (for failure messages). */
  output: () => string;
  stop: () => Promise<void>;
};

function freePort(): Promise<number> {
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
      await fetch(`${url}/api/v1/articles`);
      return; // any answer (401 without a token) means the server and its database are up
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  throw new Error(`The app did not answer within 60 s:\n${output()}`);
}

/**
 * Starts `next start` on a free loopback port with its own database in a temporary folder, an
 * admin from the environment and the demo article, and waits until the API answers. `heapMb`
 * caps V8's old space (node --max-old-space-size), so memory is collected rather than grown into.
 */
export async function startAppServer({ heapMb }: { heapMb?: number } = {}): Promise<AppServer> {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("The robustness tests run against the built app, and .next/BUILD_ID is missing: run npm run build first.");
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-robust-"));
  const dbFile = path.join(dir, "app.db");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: `file:${dbFile}`,
    CLAIMCHECK_ADMIN_EMAIL: ADMIN_EMAIL,
    CLAIMCHECK_ADMIN_PASSWORD: ADMIN_PASSWORD,
    CLAIMCHECK_SEED_DEMO: "1",
    BETTER_AUTH_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
  };
  const next = path.join(root, "node_modules/next/dist/bin/next");
  // Its own process group, so stop() ends the server and anything it started.
  const heap = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  const child = spawn(process.execPath, [...heap, next, "start", "-H", "127.0.0.1", "-p", String(port)], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (chunk) => (log += chunk));
  child.stderr.on("data", (chunk) => (log += chunk));
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let exited = false;
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
    if (!exited) {
      signalGroup("SIGTERM");
      const killer = setTimeout(() => !exited && signalGroup("SIGKILL"), 5_000);
      await exit;
      clearTimeout(killer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const cli = async (...args: string[]) => {
    const tsx = path.join(root, "node_modules/.bin/tsx");
    const { stdout } = await run(tsx, ["--conditions=react-server", "scripts/claimcheck.ts", ...args], { cwd: root, env: { ...process.env, DATABASE_URL: `file:${dbFile}` } });
    return stdout.trim();
  };
  const tokenFor = async (email: string) => (await cli("token", "create", "--email", email, "--name", "robustness")).split("\n").at(-1)!;
  const addPerson = async (role: "admin" | "journalist" | "reviewer" | "viewer", name: string) => {
    const email = `${name.toLowerCase().replace(/\W+/g, "-")}@example.org`;
    await cli("user", "add", "--email", email, "--name", name, "--role", role, "--password", ADMIN_PASSWORD);
    return tokenFor(email);
  };

  try {
    await waitUntilAnswering(url, () => exited, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid!, dbFile, tokenFor, addPerson, output, stop };
}
