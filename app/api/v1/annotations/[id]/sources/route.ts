import { ZCreateSource } from "@/lib/api/review-schemas";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { addSource } from "@/server/sources/add-source";
import { listSources } from "@/server/sources/list-sources";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

export const GET = jsonRoute<{ id: string }>(async ({ params, ctx }) => ({ sources: await listSources(ctx, { claimId: parseId(params.id, "claim") }) }));

export const POST = jsonRoute<{ id: string }>(
  async ({ request, params, ctx }) => {
    const claimId = parseId(params.id, "claim");
    return addSource(ctx, { claimId, input: ZCreateSource.parse(await readJsonBody(request)) });
  },
  { status: 201 },
);

const otherMethod = methodNotAllowed("GET", "POST");
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
