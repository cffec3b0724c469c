import { jsonRoute, parseId } from "@/server/http/json-route";
import { listRevisions } from "@/server/revisions/list-revisions";

export const GET = jsonRoute<{ id: string }>(({ params, ctx }) => ({ revisions: listRevisions(ctx, { articleId: parseId(params.id, "article") }) }));
