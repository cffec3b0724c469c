import { previewSignOff } from "@/server/articles/preview-sign-off";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

/** The figures a sign-off would record now, and whether it needs `"confirm": true`. Writes nothing. */
export const GET = jsonRoute<{ id: string }>(async ({ params, ctx }) => previewSignOff(ctx, { articleId: parseId(params.id, "article") }));

const otherMethod = methodNotAllowed("GET");
export const POST = otherMethod;
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
