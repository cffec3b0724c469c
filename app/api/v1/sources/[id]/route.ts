import { ZUpdateSource } from "@/lib/api/review-schemas";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { removeSource } from "@/server/sources/remove-source";
import { updateSource } from "@/server/sources/update-source";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

export const PATCH = jsonRoute<{ id: string }>(async ({ request, params, ctx }) => {
  const sourceId = parseId(params.id, "source");
  return updateSource(ctx, { sourceId, input: ZUpdateSource.parse(await readJsonBody(request)) });
});

export const DELETE = jsonRoute<{ id: string }>(async ({ params, ctx }) => {
  await removeSource(ctx, { sourceId: parseId(params.id, "source") });
  return undefined;
});

const otherMethod = methodNotAllowed("PATCH", "DELETE");
export const GET = otherMethod;
export const POST = otherMethod;
export const PUT = otherMethod;
