import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Points the app's database at a fresh temporary file before the route modules open it, so route
 * handlers can be called in-process exactly as Next.js calls them.
 */
export function useFreshAppDatabase(): { dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-api-"));
  process.env.DATABASE_URL = `file:${path.join(dir, "api.db")}`;
  delete (globalThis as { claimcheckDb?: unknown }).claimcheckDb;
  return { dir };
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
