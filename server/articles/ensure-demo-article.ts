import "server-only";
import { countArticles } from "@/db/queries/articles";
import { lockWithinTransaction } from "@/db/queries/locks";
import { DEMO_ARTICLE } from "@/db/seed/demo-article";
import type { ServiceContext } from "../context";
import { createArticle } from "./create-article";

/**
 * Loads the demo article into an empty database, so a fresh install opens on something real.
 * Nodes starting together on one PostgreSQL load it once: the check and the write share a
 * transaction under a lock (createArticle's own transaction nests in it).
 */
export async function ensureDemoArticle(ctx: ServiceContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await lockWithinTransaction(tx, "demo-article");
    if ((await countArticles(tx)) > 0) return;
    await createArticle({ ...ctx, db: tx }, { title: DEMO_ARTICLE.title, language: DEMO_ARTICLE.language, text: DEMO_ARTICLE.text });
  });
}
