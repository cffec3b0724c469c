import { listClaimHistory } from "@/server/history/list-claim-history";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

export const GET = jsonRoute<{ id: string }>(async ({ params, ctx }) => ({ events: await listClaimHistory(ctx, { claimId: parseId(params.id, "claim") }) }));

const otherMethod = methodNotAllowed("GET");
export const POST = otherMethod;
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
