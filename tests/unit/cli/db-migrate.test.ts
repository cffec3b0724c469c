import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { usePostgresCluster } from "../../support/use-postgres-cluster";

// `db migrate` as an operator runs it before rolling out a new version. The PostgreSQL cluster is
// the run's, or this file's own under the sqlite project; if it cannot start, the tests fail.

const root = path.resolve(__dirname, "../../..");
const SLOW = { timeout: 60_000 };
const postgres = usePostgresCluster();
const shipped = (folder: string) => readMigrationFiles({ migrationsFolder: path.join(root, "drizzle", folder) }).length;

function claimcheck(args: string[], env: Record<string, string> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(root, "node_modules/.bin/tsx"),
      ["--conditions=react-server", "scripts/claimcheck.ts", ...args],
      { cwd: root, env: { ...process.env, DATABASE_URL: "", ...env }, encoding: "utf8", timeout: 55_000 },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-db-migrate-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("db migrate", () => {
  it("creates and migrates a new SQLite file, saying how many migrations it applied", SLOW, async () => {
    const file = path.join(dir, "new.db");
    const n = shipped("sqlite");
    const result = await claimcheck(["db", "migrate", "--url", `file:${file}`]);
    expect(result).toEqual({ status: 0, stderr: "", stdout: `SQLite ${file}: applied ${n} migrations; ${n} of ${n} migrations applied, the schema is current.\n` });
  });

  it("migrates the PostgreSQL database of DATABASE_URL once; run again, it has nothing to apply", SLOW, async () => {
    const url = await postgres.freshDatabase();
    const n = shipped("pg");
    const first = await claimcheck(["db", "migrate"], { DATABASE_URL: url });
    expect(first).toEqual({ status: 0, stderr: "", stdout: `PostgreSQL ${url}: applied ${n} migrations; ${n} of ${n} migrations applied, the schema is current.\n` });
    const again = await claimcheck(["db", "migrate", "--url", url]);
    expect(again).toEqual({ status: 0, stderr: "", stdout: `PostgreSQL ${url}: nothing to apply; ${n} of ${n} migrations applied, the schema is current.\n` });
  });

  it("says in one line that a server cannot be reached, without its password", SLOW, async () => {
    const result = await claimcheck(["db", "migrate", "--url", "postgres://claimcheck:s3cret@127.0.0.1:1/newsroom"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: Cannot open PostgreSQL postgres:\/\/claimcheck:\*\*\*@127\.0\.0\.1:1\/newsroom: .*ECONNREFUSED.*\n$/);
    expect(result.stderr).not.toContain("s3cret");
  });

  it("refuses a URL of another scheme", SLOW, async () => {
    const result = await claimcheck(["db", "migrate", "--url", "sqlite:///data/claimcheck.db"]);
    expect(result).toMatchObject({ status: 1, stdout: "" });
    expect(result.stderr).toContain("must start with postgres://, postgresql:// or file:");
  });
});
