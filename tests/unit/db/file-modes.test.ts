import fs from "node:fs";
import { sqliteClientOf } from "../support/test-database";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { resolveAuthSecret } from "@/server/auth/auth-secret";

const mode = (file: string) => fs.statSync(file).mode & 0o777;
let dir: string;

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the database and the auth secret are the owner's alone", () => {
  it("creates the data folder 0700 and the database, its WAL and shared-memory files 0600, whatever the umask", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-modes-"));
    const file = path.join(dir, "data", "claimcheck.db");
    const previous = process.umask(0o022);
    try {
      const db = await openDatabase(`file:${file}`);
      sqliteClientOf(db).prepare("create table if not exists probe (x)").run();
      for (const part of [file, `${file}-wal`, `${file}-shm`]) expect(mode(part).toString(8), part).toBe("600");
      expect(mode(path.dirname(file)).toString(8)).toBe("700");
      sqliteClientOf(db).close();
    } finally {
      process.umask(previous);
    }
  });

  it("writes a generated auth secret 0600", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-modes-"));
    const saved = process.env.BETTER_AUTH_SECRET;
    delete process.env.BETTER_AUTH_SECRET;
    try {
      resolveAuthSecret(`file:${path.join(dir, "data", "app.db")}`);
      expect(mode(path.join(dir, "data", "auth-secret")).toString(8)).toBe("600");
    } finally {
      if (saved !== undefined) process.env.BETTER_AUTH_SECRET = saved;
    }
  });
});
