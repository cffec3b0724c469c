import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dialectOfUrl, sqlitePath } from "@/db/client";

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set; otherwise one generated on
 * first start and kept beside the SQLite database (readable by its owner only), so `npm start`
 * works with no configuration and sessions survive a restart. On PostgreSQL it must be given.
 */
export function resolveAuthSecret(databaseUrl: string): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (dialectOfUrl(databaseUrl) === "postgres") {
    // Nodes sharing a PostgreSQL database must sign cookies with the same secret, and there is no
    // shared folder to keep a generated one in.
    throw new Error("BETTER_AUTH_SECRET must be set when DATABASE_URL is PostgreSQL: every node of the newsroom needs the same one (see docs/DEPLOYMENT.md).");
  }
  const dbFile = sqlitePath(databaseUrl);
  if (dbFile === ":memory:") return crypto.randomBytes(32).toString("base64url");
  const file = path.join(path.dirname(dbFile), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // "wx": if another process wrote it first, keep theirs.
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim();
    }
  }
}
