import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { closeDatabase, type Db } from "@/db/client";
import { freshPostgresDatabase } from "./test-engine";

/**
 * Points the app's database at a fresh one before the route modules open it (a temporary SQLite
 * file, or a new database on the run's PostgreSQL cluster in the postgres project), so route
 * handlers can be called in-process exactly as Next.js calls them.
 */
export async function useFreshAppDatabase(): Promise<void> {
  const postgres = await freshPostgresDatabase();
  if (postgres) {
    process.env.DATABASE_URL = postgres.url;
    afterAll(async () => {
      const opened = (globalThis as { claimcheckDb?: Promise<Db> }).claimcheckDb;
      if (opened) await closeDatabase(await opened);
      await postgres.drop();
    });
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-api-"));
    process.env.DATABASE_URL = `file:${path.join(dir, "api.db")}`;
  }
  delete (globalThis as { claimcheckDb?: unknown }).claimcheckDb;
  delete (globalThis as { claimcheckAuth?: unknown }).claimcheckAuth;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (request: Request, route: { params: Promise<any> }) => Promise<Response>;

/** Calls a route handler with a JSON body (or a raw string) and returns status and parsed body. */
export async function callRoute(
  handler: Handler,
  { method = "GET", url = "http://localhost/api/v1/x", params = {}, json, raw, headers = {} }: { method?: string; url?: string; params?: Record<string, string>; json?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any }> {
  const body = raw ?? (json === undefined ? undefined : JSON.stringify(json));
  const request = new Request(url, {
    method,
    body,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
