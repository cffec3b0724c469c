import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { operatorCli, startBuiltApp } from "@/scripts/built-app";

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

/**
 * Starts the built app with its own database in a temporary folder, an admin from the environment
 * and the demo article. `heapMb` caps V8's old space (node --max-old-space-size), so memory is
 * collected rather than grown into.
 */
export async function startAppServer({ heapMb }: { heapMb?: number } = {}): Promise<AppServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-robust-"));
  const dbFile = path.join(dir, "app.db");
  let app;
  try {
    app = await startBuiltApp({
      databaseFile: dbFile,
      env: { CLAIMCHECK_ADMIN_EMAIL: ADMIN_EMAIL, CLAIMCHECK_ADMIN_PASSWORD: ADMIN_PASSWORD, CLAIMCHECK_SEED_DEMO: "1" },
      nodeArgs: heapMb ? [`--max-old-space-size=${heapMb}`] : [],
    });
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const tokenFor = async (email: string) => operatorCli(dbFile, "token", "create", "--email", email, "--name", "robustness");
  const addPerson = async (role: "admin" | "journalist" | "reviewer" | "viewer", name: string) => {
    const email = `${name.toLowerCase().replace(/\W+/g, "-")}@example.org`;
    await operatorCli(dbFile, "user", "add", "--email", email, "--name", name, "--role", role, "--password", ADMIN_PASSWORD);
    return tokenFor(email);
  };
  const stop = async () => {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url: app.url, pid: app.pid, dbFile, tokenFor, addPerson, output: app.output, stop };
}
