import { z } from "zod";
import { listArticleActivity } from "@/server/history/list-article-activity";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

const MAX_EVENTS_PAGE = 500;

const ZEventsQuery = z.object({
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int({ error: "limit must be an integer" })
    .min(1, { error: "limit must be 1 or more" })
    .max(MAX_EVENTS_PAGE, { error: `limit must be at most ${MAX_EVENTS_PAGE}` })
    .optional(),
  before: z.coerce.number({ error: "before must be a number" }).int({ error: "before must be an integer" }).min(1, { error: "before must be 1 or more" }).optional(),
});

export const GET = jsonRoute<{ id: string }>(async ({ request, params, ctx }) => {
  const articleId = parseId(params.id, "article");
  const search = new URL(request.url).searchParams;
  const query = ZEventsQuery.parse({ limit: search.get("limit") ?? undefined, before: search.get("before") ?? undefined });
  const { entries, nextBefore } = await listArticleActivity(ctx, { articleId, limit: query.limit, beforeId: query.before });
  return { events: entries, nextBefore };
});

const otherMethod = methodNotAllowed("GET");
export const POST = otherMethod;
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
