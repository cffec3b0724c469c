import { jsonRoute, parseId } from "@/server/http/json-route";
import { getRevision } from "@/server/revisions/get-revision";

export const GET = jsonRoute<{ id: string; n: string }>(({ params, ctx }) =>
  getRevision(ctx, { articleId: parseId(params.id, "article"), number: parseId(params.n, "revision") }),
);
