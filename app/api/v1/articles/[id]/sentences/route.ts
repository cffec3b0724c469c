import { listSentences } from "@/server/articles/list-sentences";
import { jsonRoute, parseId } from "@/server/http/json-route";

export const GET = jsonRoute<{ id: string }>(({ params, ctx }) => ({
  sentences: listSentences(ctx, { articleId: parseId(params.id, "article") }),
}));
