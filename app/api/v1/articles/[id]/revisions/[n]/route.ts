import { jsonRoute, parseId } from "@/server/http/json-route";
import { getRevision } from "@/server/revisions/get-revision";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

export const GET = jsonRoute<{ id: string; n: string }>(async ({ params, ctx }) =>
  getRevision(ctx, { articleId: parseId(params.id, "article"), number: parseId(params.n, "revision") }),
);

const otherMethod = methodNotAllowed("GET");
export const POST = otherMethod;
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
