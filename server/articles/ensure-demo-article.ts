import "server-only";
import { countArticles } from "@/db/queries/articles";
import { DEMO_ARTICLE } from "@/db/seed/demo-article";
import type { ServiceContext } from "../context";
import { createArticle } from "./create-article";

/** Loads the demo article into an empty database, so a fresh install opens on something real. */
export async function ensureDemoArticle(ctx: ServiceContext): Promise<void> {
  if (await countArticles(ctx.db) > 0) return;
  await createArticle(ctx, { title: DEMO_ARTICLE.title, language: DEMO_ARTICLE.language, text: DEMO_ARTICLE.text });
}
