import type { RestorePreview } from "@/lib/api/dto";
import { ApiError } from "@/components/workspace/claims-api";

async function call<T>(url: string, init: RequestInit, failure: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiError(0, "network", `The server could not be reached; ${failure}.`);
  }
  const body = await response.json().catch(() => null);
  if (response.ok) return body as T;
  const error = body?.error;
  throw new ApiError(response.status, error?.code ?? "unknown", error?.message ?? `The server answered ${response.status}.`);
}

/** The dry run: what restoring revision `number` would do to the claims. Writes nothing. */
export function fetchRestorePreview({ articleId, number }: { articleId: number; number: number }): Promise<RestorePreview> {
  return call(`/api/v1/articles/${articleId}/revisions/${number}/restore-preview`, { method: "GET" }, "nothing was changed");
}

/** Restores revision `number` on top of `baseRevision`, the revision the preview was computed on. */
export async function restoreRevision({ articleId, number, baseRevision }: { articleId: number; number: number; baseRevision: number }): Promise<void> {
  await call(
    `/api/v1/articles/${articleId}/revisions/${number}/restore`,
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ baseRevision }) },
    "nothing was saved",
  );
}
