import type { Claim } from "@/lib/api/dto";
import type { ClaimStatus } from "@/lib/claims/statuses";

/** An error answer of the API, with its code (e.g. "stale_version") for the UI to react to. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** How long the server asked to wait before trying again (Retry-After on 429/503). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Retry-After in seconds (the form servers here send); an HTTP date or nonsense counts as none. */
function retryAfterMs(response: Response): number | undefined {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

async function call<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } });
  } catch {
    throw new ApiError(0, "network", "The server could not be reached; nothing was saved.");
  }
  if (response.status === 204) return undefined as T;
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body?.error?.code ?? "unknown", body?.error?.message ?? `The server answered ${response.status}.`, retryAfterMs(response));
  }
  return body as T;
}

export const claimsApi = {
  list: (articleId: number) => call<{ annotations: Claim[] }>(`/api/v1/articles/${articleId}/annotations`, { method: "GET" }).then((r) => r.annotations),
  get: (claimId: number) => call<Claim>(`/api/v1/annotations/${claimId}`, { method: "GET" }),
  create: (articleId: number, input: { start: number; end: number; status: ClaimStatus }) =>
    call<Claim>(`/api/v1/articles/${articleId}/annotations`, { method: "POST", body: JSON.stringify(input) }),
  update: (claim: Pick<Claim, "id" | "version">, changes: { status?: ClaimStatus; note?: string }) =>
    call<Claim>(`/api/v1/annotations/${claim.id}`, { method: "PATCH", body: JSON.stringify({ ...changes, version: claim.version }) }),
  reattach: (claim: Pick<Claim, "id" | "version">, span: { start: number; end: number }) =>
    call<Claim>(`/api/v1/annotations/${claim.id}`, { method: "PATCH", body: JSON.stringify({ ...span, version: claim.version }) }),
  remove: (claim: Pick<Claim, "id" | "version">) => call<void>(`/api/v1/annotations/${claim.id}?version=${claim.version}`, { method: "DELETE" }),
};
