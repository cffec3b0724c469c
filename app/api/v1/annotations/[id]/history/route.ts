import { listClaimHistory } from "@/server/history/list-claim-history";
import { jsonRoute, parseId } from "@/server/http/json-route";

export const GET = jsonRoute<{ id: string }>(({ params, ctx }) => ({ events: listClaimHistory(ctx, { claimId: parseId(params.id, "claim") }) }));
