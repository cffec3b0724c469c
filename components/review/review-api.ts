import type { FieldErrors } from "@/lib/api/app-error";
import type { Comment, CommentThread, Source } from "@/lib/api/dto";
import type { TCreateSource } from "@/lib/api/review-schemas";
import { ApiError } from "@/components/workspace/claims-api";

/** An API refusal that names the fields it refused (e.g. { url: "url must be…" }). */
export class ReviewApiError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly fields: FieldErrors,
  ) {
    super(status, code, message);
  }
}

/** The field errors of a refusal, or none. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  return error instanceof ReviewApiError ? error.fields : {};
}

/**
 * True for the one failure that comes after the write went through (the list could not be
 * reloaded): a form then clears what it sent. Any other failure saved nothing, and the form keeps
 * what the person typed.
 */
export function wasSaved(error: unknown): boolean {
  return error instanceof ApiError && error.code === RELOAD_FAILED;
}

/** The code of "saved, but the list could not be reloaded" (see useReviewRefresh). */
export const RELOAD_FAILED = "reload_failed";

/** A sentence to show a person for any failure of a call. */
export function describeError(error: unknown): string {
  return error instanceof ApiError ? error.message : "Something went wrong; nothing was saved.";
}

async function call<T>(url: string, init: RequestInit = { method: "GET" }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } });
  } catch {
    const saved = init.method === "GET" ? "" : "; nothing was saved";
    throw new ApiError(0, "network", `The server could not be reached${saved}.`);
  }
  if (response.status === 204) return undefined as T;
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.error;
    throw new ReviewApiError(response.status, error?.code ?? "unknown", error?.message ?? `The server answered ${response.status}.`, error?.fields ?? {});
  }
  return body as T;
}

const send = (method: "POST" | "PATCH", payload: unknown): RequestInit => ({ method, body: JSON.stringify(payload) });

export type SourceInput = TCreateSource;

/** The comments and sources of claims. Each write answers the changed row; lists are re-fetched. */
export const reviewApi = {
  listThreads: (claimId: number) => call<{ threads: CommentThread[] }>(`/api/v1/annotations/${claimId}/comments`).then((r) => r.threads),
  /** A new thread, or with `parentId` (the thread's root comment) a reply to it. */
  createComment: (claimId: number, input: { body: string; parentId?: number }) => call<Comment>(`/api/v1/annotations/${claimId}/comments`, send("POST", input)),
  editComment: (comment: Pick<Comment, "id" | "version">, body: string) => call<Comment>(`/api/v1/comments/${comment.id}`, send("PATCH", { body, version: comment.version })),
  /** Resolves or reopens the thread whose root comment this is. */
  setResolved: (rootId: number, resolved: boolean) => call<unknown>(`/api/v1/comments/${rootId}`, send("PATCH", { resolved })),
  deleteComment: (commentId: number) => call<void>(`/api/v1/comments/${commentId}`, { method: "DELETE" }),

  listSources: (claimId: number) => call<{ sources: Source[] }>(`/api/v1/annotations/${claimId}/sources`).then((r) => r.sources),
  createSource: (claimId: number, input: SourceInput) => call<Source>(`/api/v1/annotations/${claimId}/sources`, send("POST", input)),
  updateSource: (source: Pick<Source, "id" | "version">, changes: Partial<SourceInput>) =>
    call<Source>(`/api/v1/sources/${source.id}`, send("PATCH", { ...changes, version: source.version })),
  deleteSource: (sourceId: number) => call<void>(`/api/v1/sources/${sourceId}`, { method: "DELETE" }),
};
