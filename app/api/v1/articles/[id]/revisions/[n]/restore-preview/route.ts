import { jsonRoute, parseId } from "@/server/http/json-route";
import { methodNotAllowed } from "@/server/http/method-not-allowed";
import { previewRestoreRevision } from "@/server/revisions/preview-restore-revision";

/** A dry run of POST …/restore: how many claims would be kept, moved, requoted or orphaned. Writes nothing. */
export const GET = jsonRoute<{ id: string; n: string }>(async ({ params, ctx }) => {
  const articleId = parseId(params.id, "article");
  const number = parseId(params.n, "revision");
  return previewRestoreRevision(ctx, { articleId, number });
});

const otherMethod = methodNotAllowed("GET");
export const POST = otherMethod;
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
