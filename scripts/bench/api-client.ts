/** A minimal client of /api/v1 for the benchmark's set-up, with a bearer token. */
import { httpRequest } from "./http-request";

export type ApiClient = {
  origin: string;
  token: string;
  call: <T>(method: string, path: string, body?: unknown) => Promise<T>;
};

export function apiClient(origin: string, token: string): ApiClient {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await httpRequest(`${origin}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = response.body.toString("utf8");
    if (response.status < 200 || response.status > 299) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
    return (response.status === 204 ? undefined : JSON.parse(text)) as T;
  }
  return { origin, token, call };
}

/** Runs `task` over `items` with at most `concurrency` in flight; results in the items' order. */
export async function inPool<T, R>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
