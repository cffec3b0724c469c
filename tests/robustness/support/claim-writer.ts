/**
 * The child of kill-9.test.ts: `node --import tsx --conditions=react-server claim-writer.ts <db file> <article id>`.
 * Creates claims through the services as fast as it can and prints each claim's id on stdout only
 * after createClaim has returned (its transaction committed): a printed id is an acknowledged
 * write, which must survive a SIGKILL at any moment. Prints "ready" before the first write.
 */
import fs from "node:fs";
import { openDatabase } from "@/db/client";
import { getArticle } from "@/server/articles/get-article";
import { createClaim } from "@/server/claims/create-claim";
import type { ServiceContext } from "@/server/context";
import { CLAIM_STATUSES } from "@/lib/claims/statuses";

// One async main, not top-level await: tsx runs this file as CommonJS, which has none.
async function main(): Promise<void> {
  const [file, rawArticleId] = process.argv.slice(2);
  if (!file || !rawArticleId) throw new Error("usage: claim-writer.ts <database file> <article id>");

  const ctx: ServiceContext = {
    db: await openDatabase(`file:${file}`),
    actor: { id: "robustness-writer", name: "Claim writer", role: "admin" },
    now: () => new Date(),
  };
  const articleId = Number(rawArticleId);
  const { text } = await getArticle(ctx, { articleId });
  const spans = [...text.matchAll(/[^.\s][^.]*\./g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

  // writeSync: the line is in the pipe before the next write starts, so no acknowledged id waits in a buffer.
  fs.writeSync(1, "ready\n");
  for (let i = 0; ; i++) {
    const span = spans[i % spans.length];
    const claim = await createClaim(ctx, { articleId, input: { ...span, status: CLAIM_STATUSES[i % CLAIM_STATUSES.length], note: `write ${i}` } });
    fs.writeSync(1, `${claim.id}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
