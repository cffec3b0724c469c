import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The real CLI in a child process, as an operator runs it, on a throw-away database. Each spawn
// costs about a second, so the people are added once and shared by the tests below, in order.
const root = path.resolve(__dirname, "../../..");
const SPAWN = { timeout: 60_000 };

let dir: string;
let env: NodeJS.ProcessEnv;

function claimcheck(...args: string[]) {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/claimcheck.ts", ...args], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let withPassword: ReturnType<typeof claimcheck>;
let withoutPassword: ReturnType<typeof claimcheck>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-cli-"));
  env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "cli.db")}`, CLAIMCHECK_SEED_DEMO: "0" };
  withPassword = claimcheck("user", "add", "--email", "Ada@Example.org", "--name", "Ada Lovelace", "--role", "admin", "--password", "correct horse battery");
  withoutPassword = claimcheck("user", "add", "--email", "bob@example.org", "--name", "Bob Reviewer", "--role", "reviewer");
}, 60_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("claimcheck CLI", () => {
  it("adds people, printing a generated password once only when none was given", () => {
    expect(withPassword).toMatchObject({ status: 0, stderr: "" });
    expect(withPassword.stdout).toContain("Added Ada Lovelace <ada@example.org> as admin.");
    expect(withPassword.stdout).not.toMatch(/password/i);

    expect(withoutPassword).toMatchObject({ status: 0, stderr: "" });
    expect(withoutPassword.stdout).toContain("Added Bob Reviewer <bob@example.org> as reviewer.");
    const generated = withoutPassword.stdout.match(/Password \(shown only this once\): (\S+)/);
    expect(generated?.[1].length).toBeGreaterThanOrEqual(12);
  });

  it("lists people as a table, and changes a role", SPAWN, () => {
    const changed = claimcheck("user", "role", "--email", "bob@example.org", "--role", "journalist");
    expect(changed).toMatchObject({ status: 0, stdout: "Bob Reviewer <bob@example.org> is now journalist.\n" });

    const list = claimcheck("user", "list");
    expect(list.status).toBe(0);
    const lines = list.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^NAME\s+EMAIL\s+ROLE\s+CREATED$/);
    expect(lines.slice(2)).toEqual([
      expect.stringMatching(/^Ada Lovelace\s+ada@example\.org\s+admin\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC$/),
      expect.stringMatching(/^Bob Reviewer\s+bob@example\.org\s+journalist\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC$/),
    ]);
  });

  it("refuses a duplicate email or an unknown role with exit 1 and a clear message, writing nothing", SPAWN, () => {
    const before = claimcheck("user", "list").stdout;

    const duplicate = claimcheck("user", "add", "--email", "ada@example.org", "--name", "Ada Again", "--role", "viewer");
    expect(duplicate).toMatchObject({ status: 1, stdout: "", stderr: "error: Someone with the email ada@example.org already exists.\n" });

    const badAdd = claimcheck("user", "add", "--email", "carol@example.org", "--name", "Carol", "--role", "boss");
    expect(badAdd).toMatchObject({ status: 1, stdout: "" });
    expect(badAdd.stderr).toBe("error: role: role must be one of admin, journalist, reviewer, viewer\n");

    const badChange = claimcheck("user", "role", "--email", "bob@example.org", "--role", "editor");
    expect(badChange).toMatchObject({ status: 1, stdout: "" });
    expect(badChange.stderr).toContain("role must be one of admin, journalist, reviewer, viewer");

    expect(claimcheck("user", "list").stdout).toBe(before);
  });

  it("sets a new password, refusing a short one, a common one and one built on the person's name", SPAWN, () => {
    const ok = claimcheck("user", "password", "--email", "bob@example.org", "--password", "a brand new passphrase");
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("New password set for Bob Reviewer");
    const short = claimcheck("user", "password", "--email", "bob@example.org", "--password", "short");
    expect(short.status).toBe(1);
    expect(short.stderr).toContain("at least 8 characters");
    const common = claimcheck("user", "password", "--email", "bob@example.org", "--password", "password123");
    expect(common.status).toBe(1);
    expect(common.stderr).toContain("too easy to guess");
    const personal = claimcheck("user", "password", "--email", "bob@example.org", "--password", "bobreviewer");
    expect(personal.status).toBe(1);
    expect(personal.stderr).toContain("too easy to guess");
  });

  it("creates a token, printing only the token on stdout", SPAWN, () => {
    const created = claimcheck("token", "create", "--email", "bob@example.org", "--name", "wire import");
    expect(created.status).toBe(0);
    expect(created.stdout).toMatch(/^cc_[A-Za-z0-9_-]{43}\n$/);
    expect(created.stderr).toContain('Token "wire import" created for Bob Reviewer');
    expect(created.stderr).not.toContain(created.stdout.trim());
  });

  it("refuses a token for an unknown email", SPAWN, () => {
    const refused = claimcheck("token", "create", "--email", "nobody@example.org", "--name", "ci");
    expect(refused).toMatchObject({ status: 1, stdout: "", stderr: "error: No person with the email nobody@example.org.\n" });
  });
});
