import { ZClaimStatus, ZCreateAnnotation } from "@/lib/api/schemas";
import { createClaim } from "@/server/claims/create-claim";
import { listClaims } from "@/server/claims/list-claims";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

export const GET = jsonRoute<{ id: string }>(async ({ request, params, ctx }) => {
  const status = new URL(request.url).searchParams.get("status");
  return {
    annotations: await listClaims(ctx, {
      articleId: parseId(params.id, "article"),
      status: status === null ? undefined : ZClaimStatus.parse(status),
    }),
  };
});

export const POST = jsonRoute<{ id: string }>(
  async ({ request, params, ctx }) => {
    const articleId = parseId(params.id, "article");
    const input = ZCreateAnnotation.parse(await readJsonBody(request));
    return createClaim(ctx, { articleId, input });
  },
  { status: 201 },
);

const otherMethod = methodNotAllowed("GET", "POST");
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
