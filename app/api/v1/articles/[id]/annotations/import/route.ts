import { jsonRoute, parseId } from "@/server/http/json-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { importW3cAnnotations } from "@/server/report/import-w3c-annotations";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

/** An export of a whole article's annotations can be large: the same cap as article bodies. */
const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

// POST W3C Web Annotations (JSON or JSON-LD) → 200 { created, orphaned, skipped }.
export const POST = jsonRoute<{ id: string }>(async ({ request, params, ctx }) => {
  const articleId = parseId(params.id, "article");
  const collection = await readJsonBody(request, { maxBytes: MAX_IMPORT_BYTES });
  return importW3cAnnotations(ctx, { articleId, collection });
});

const otherMethod = methodNotAllowed("POST");
export const GET = otherMethod;
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
