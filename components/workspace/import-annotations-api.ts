import { ApiError } from "./claims-api";

/** The import API's answer (docs/api.md, "Importing W3C annotations"). */
export type ImportSummary = {
  created: number;
  unchanged: number;
  orphaned: number;
  comments: number;
  sources: number;
  skipped: { index: number; id?: string; reason: string }[];
};

/**
 * Sends a W3C annotations file, as read, to the import API. The server parses it, so a file that is
 * not JSON gets the server's own clear answer (400 invalid_json).
 */
export async function importAnnotations(articleId: number, document: string, { allowOrphans }: { allowOrphans: boolean }): Promise<ImportSummary> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/articles/${articleId}/annotations/import${allowOrphans ? "?allowOrphans=true" : ""}`, { method: "POST", headers: { "content-type": "application/json" }, body: document });
  } catch {
    throw new ApiError(0, "network", "The server could not be reached; nothing was imported.");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.error?.code ?? "unknown", body?.error?.message ?? `The server answered ${response.status}; nothing was imported.`);
  return body as ImportSummary;
}
