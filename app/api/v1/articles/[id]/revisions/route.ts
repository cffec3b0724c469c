import { jsonRoute, parseId } from "@/server/http/json-route";
import { listRevisions } from "@/server/revisions/list-revisions";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

export const GET = jsonRoute<{ id: string }>(async ({ params, ctx }) => ({ revisions: await listRevisions(ctx, { articleId: parseId(params.id, "article") }) }));

const otherMethod = methodNotAllowed("GET");
export const POST = otherMethod;
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
