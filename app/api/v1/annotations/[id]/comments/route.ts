import { ZCreateComment } from "@/lib/api/review-schemas";
import { createComment } from "@/server/comments/create-comment";
import { listThreads } from "@/server/comments/list-threads";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

export const GET = jsonRoute<{ id: string }>(async ({ params, ctx }) => ({ threads: await listThreads(ctx, { claimId: parseId(params.id, "claim") }) }));

export const POST = jsonRoute<{ id: string }>(
  async ({ request, params, ctx }) => {
    const claimId = parseId(params.id, "claim");
    return createComment(ctx, { claimId, input: ZCreateComment.parse(await readJsonBody(request)) });
  },
  { status: 201 },
);

const otherMethod = methodNotAllowed("GET", "POST");
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
