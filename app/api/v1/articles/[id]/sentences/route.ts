import { listSentences } from "@/server/articles/list-sentences";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

export const GET = jsonRoute<{ id: string }>(async ({ params, ctx }) => ({
  sentences: await listSentences(ctx, { articleId: parseId(params.id, "article") }),
}));

const otherMethod = methodNotAllowed("GET");
export const POST = otherMethod;
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
