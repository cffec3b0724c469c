import "server-only";
import { countUsers } from "@/db/queries/people";
import { welcomeLine } from "@/lib/startup/welcome-line";
import { ensureDemoArticle } from "./articles/ensure-demo-article";
import { contextFor, SYSTEM_ACTOR } from "./context";
import { ensureEnvAdmin } from "./people/ensure-env-admin";

let prepared: Promise<void> | null = null;

/**
 * Makes the app ready once per process: opens (creates, migrates) the database, loads the demo
 * article into an empty one, and creates the admin named by CLAIMCHECK_ADMIN_EMAIL if set. If
 * that fails (the database server is not up yet), the next request tries again: a node recovers
 * by itself once its database is back.
 */
export async function prepareApp(): Promise<void> {
  if (!prepared) {
    const preparing = (async () => {
      const ctx = await contextFor(SYSTEM_ACTOR);
      if (process.env.CLAIMCHECK_SEED_DEMO !== "0") await ensureDemoArticle(ctx);
      await ensureEnvAdmin(ctx);
      if (process.env.CLAIMCHECK_WELCOME === "1") console.log(welcomeLine({ host: process.env.HOST, port: process.env.PORT, people: await countUsers(ctx.db) }));
    })();
    prepared = preparing;
    preparing.catch(() => {
      if (prepared === preparing) prepared = null;
    });
  }
  return prepared;
}
