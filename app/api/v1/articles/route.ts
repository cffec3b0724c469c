import { ZCreateArticle } from "@/lib/api/schemas";
import { createArticle } from "@/server/articles/create-article";
import { listArticles } from "@/server/articles/list-articles";
import { jsonRoute } from "@/server/http/json-route";
import { readJsonBody } from "@/server/http/read-json-body";

/** Article bodies carry a whole text: allow up to 4 MiB of JSON (the text itself is capped by the schema). */
const ARTICLE_BODY_LIMIT = 4 * 1024 * 1024;

export const GET = jsonRoute(({ ctx }) => ({ articles: listArticles(ctx) }));

export const POST = jsonRoute(
  async ({ request, ctx }) => createArticle(ctx, ZCreateArticle.parse(await readJsonBody(request, { maxBytes: ARTICLE_BODY_LIMIT }))),
  { status: 201 },
);
