import { ZRestoreRevision } from "@/lib/api/schemas-revisions";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { restoreRevision } from "@/server/revisions/restore-revision";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

/** Answers like PATCH /articles/:id: the article with its new revision, and how its claims followed. */
export const POST = jsonRoute<{ id: string; n: string }>(async ({ request, params, ctx }) => {
  const articleId = parseId(params.id, "article");
  const number = parseId(params.n, "revision");
  const { baseRevision } = ZRestoreRevision.parse(await readJsonBody(request));
  return restoreRevision(ctx, { articleId, number, baseRevision });
});

const otherMethod = methodNotAllowed("POST");
export const GET = otherMethod;
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
