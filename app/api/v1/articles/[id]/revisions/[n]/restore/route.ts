import { ZRestoreRevision } from "@/lib/api/schemas-revisions";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { restoreRevision } from "@/server/revisions/restore-revision";

/** Answers like PATCH /articles/:id: the article with its new revision, and how its claims followed. */
export const POST = jsonRoute<{ id: string; n: string }>(async ({ request, params, ctx }) => {
  const articleId = parseId(params.id, "article");
  const number = parseId(params.n, "revision");
  const { baseRevision } = ZRestoreRevision.parse(await readJsonBody(request));
  return restoreRevision(ctx, { articleId, number, baseRevision });
});
