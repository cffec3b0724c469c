import { z } from "zod";
import { ZUpdateAnnotation } from "@/lib/api/schemas";
import { deleteClaim } from "@/server/claims/delete-claim";
import { getClaim } from "@/server/claims/get-claim";
import { reattachClaim } from "@/server/claims/reattach-claim";
import { updateClaim } from "@/server/claims/update-claim";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

const ZVersionParam = z.coerce.number({ error: "version must be a number" }).int().min(1, { error: "version must be 1 or more" });

export const GET = jsonRoute<{ id: string }>(async ({ params, ctx }) => getClaim(ctx, { claimId: parseId(params.id, "claim") }));

export const PATCH = jsonRoute<{ id: string }>(async ({ request, params, ctx }) => {
  const claimId = parseId(params.id, "claim");
  const input = ZUpdateAnnotation.parse(await readJsonBody(request));
  if (input.start !== undefined && input.end !== undefined) return reattachClaim(ctx, { claimId, start: input.start, end: input.end, version: input.version });
  return updateClaim(ctx, { claimId, input });
});

export const DELETE = jsonRoute<{ id: string }>(async ({ request, params, ctx }) => {
  const claimId = parseId(params.id, "claim");
  const raw = new URL(request.url).searchParams.get("version");
  const version = raw === null ? undefined : z.object({ version: ZVersionParam }).parse({ version: raw }).version;
  await deleteClaim(ctx, { claimId, version });
  return undefined;
});

const otherMethod = methodNotAllowed("GET", "PATCH", "DELETE");
export const POST = otherMethod;
export const PUT = otherMethod;
