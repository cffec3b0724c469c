import "server-only";
import { getDb, type Db } from "@/db/client";
import { ensureDemoArticle } from "./articles/ensure-demo-article";

/** Who is acting. Accounts come later; until then every change is made by nobody in particular. */
export type Actor = { id: string; name: string };

/** What every use-case receives: where to read and write, who acts, and the clock. */
export type ServiceContext = {
  db: Db;
  actor: Actor | null;
  now: () => Date;
};

let demoChecked = false;

/** The context for a request of the running app: the shared database, seeded on first use. */
export function appContext(): ServiceContext {
  const ctx: ServiceContext = { db: getDb(), actor: null, now: () => new Date() };
  if (!demoChecked && process.env.CLAIMCHECK_SEED_DEMO !== "0") {
    ensureDemoArticle(ctx);
    demoChecked = true;
  }
  return ctx;
}
