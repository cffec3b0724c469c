/** One answer of the API: status, the parsed JSON body (null when empty or not JSON) and the raw text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiAnswer = { status: number; body: any; text: string; ms: number; headers: Headers };

type CallOptions = {
  json?: unknown;
  raw?: string | Uint8Array;
  contentType?: string;
  /** Abort the request (fetch throws a TimeoutError) when no full answer came within this time. */
  timeoutMs?: number;
};

function clientWith(baseUrl: string, credentials: Record<string, string>) {
  return async function call(method: string, path: string, options: CallOptions = {}): Promise<ApiAnswer> {
    // A copy of raw bytes: fetch detaches the buffer it sends, and fast-check replays its values.
    const body = options.raw instanceof Uint8Array ? options.raw.slice() : (options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json)));
    const headers: Record<string, string> = { ...credentials };
    if (body !== undefined || options.contentType !== undefined) headers["content-type"] = options.contentType ?? "application/json";
    const signal = options.timeoutMs === undefined ? undefined : AbortSignal.timeout(options.timeoutMs);
    const started = performance.now();
    // Redirects are answers too (Next.js redirects "//" and trailing slashes): look at them, not past them.
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body, redirect: "manual", signal });
    const text = await response.text();
    const ms = performance.now() - started;
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed, text, ms, headers: response.headers };
  };
}

/** A fetch client of the running app acting with one person's API token. */
export function apiClient(baseUrl: string, token: string) {
  return clientWith(baseUrl, { authorization: `Bearer ${token}` });
}

/** A fetch client of the running app acting as a signed-in browser: a session cookie, and the app's own origin. */
export function sessionClient(baseUrl: string, cookie: string) {
  return clientWith(baseUrl, { cookie, origin: baseUrl });
}

export type ApiCall = ReturnType<typeof apiClient>;
