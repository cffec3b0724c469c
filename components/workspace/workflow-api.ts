import type { ArticleSummary } from "@/lib/api/dto";
import type { SignOffFigures, SignOffGap } from "@/lib/articles/sign-off";
import type { ArticleWorkflowState } from "@/lib/articles/workflow";

export type SignOffPreview = SignOffFigures & { gaps: SignOffGap[]; needsConfirmation: boolean };

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } }).catch(() => null);
  if (!response) throw new Error("The server could not be reached; nothing was changed.");
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `The server answered ${response.status}; nothing was changed.`);
  return body as T;
}

/** The browser's calls for the article's workflow: the sign-off preview and state changes. */
export const workflowApi = {
  previewSignOff: (articleId: number) => call<SignOffPreview>(`/api/v1/articles/${articleId}/sign-off`),
  setState: (articleId: number, state: ArticleWorkflowState, confirm = false) =>
    call<ArticleSummary>(`/api/v1/articles/${articleId}/state`, { method: "PUT", body: JSON.stringify(confirm ? { state, confirm } : { state }) }),
};
