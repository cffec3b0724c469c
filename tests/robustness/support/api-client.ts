/** One answer of the API: status, the parsed JSON body (null when empty or not JSON) and the raw text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiAnswer = { status: number; body: any; text: string; ms: number };

/** A fetch client of the running app acting with one person's API token. */
export function apiClient(baseUrl: string, token: string) {
  return async function call(method: string, path: string, options: { json?: unknown; raw?: string | Uint8Array; contentType?: string } = {}): Promise<ApiAnswer> {
    // A copy of raw bytes: fetch detaches the buffer it sends, and fast-check replays its values.
    const body = options.raw instanceof Uint8Array ? options.raw.slice() : (options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json)));
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined || options.contentType !== undefined) headers["content-type"] = options.contentType ?? "application/json";
    const started = performance.now();
    // Redirects are answers too (Next.js redirects "//" and trailing slashes): look at them, not past them.
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body, redirect: "manual" });
    const text = await response.text();
    const ms = performance.now() - started;
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed, text, ms };
  };
}

export type ApiCall = ReturnType<typeof apiClient>;
