import { AppError } from "@/lib/api/app-error";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { importW3cAnnotations } from "@/server/report/import-w3c-annotations";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

/** An export of a whole article's annotations can be large: the same cap as article bodies. */
const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

/** `?allowOrphans=true` (or 1): import even when no annotation matches the text. */
function allowOrphansOf(url: string): boolean {
  const value = new URL(url).searchParams.get("allowOrphans");
  if (value === null || value === "false" || value === "0") return false;
  if (value === "true" || value === "1") return true;
  throw new AppError("invalid_input", "allowOrphans must be true or false.", { fields: { allowOrphans: "must be true or false" } });
}

// POST W3C Web Annotations (JSON or JSON-LD) → 200 { created, unchanged, orphaned, comments, sources, skipped }.
export const POST = jsonRoute<{ id: string }>(async ({ request, params, ctx }) => {
  const articleId = parseId(params.id, "article");
  const allowOrphans = allowOrphansOf(request.url);
  const collection = await readJsonBody(request, { maxBytes: MAX_IMPORT_BYTES });
  return importW3cAnnotations(ctx, { articleId, collection, allowOrphans });
});

const otherMethod = methodNotAllowed("POST");
export const GET = otherMethod;
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
