/**
 * 7. Memory: the app's resident set size (VmRSS of the `next start` process) on a freshly started
 * server, before and after loading 50 big articles and opening each one's page once.
 *
 * "Loading": 49 copies of the big article are created through the API (POST /articles with the
 * same Markdown); their 2,000 claims, 2,000 comments and 500 sources are copied from the big
 * article straight into the app's database (through the data port, in this process, while the app
 * runs: through the API that would be 220,000 requests). The big article itself is the 50th.
 * "Opening": GET /articles/:id (the workspace page's HTML, rendered by the server with every
 * claim, thread and source) with the admin's session cookie, one after another.
 */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { closeDatabase, openDatabase, type Db } from "@/db/client";
import { tablesOf } from "@/db/executor";
import { inPool, type ApiClient } from "./api-client";
import { rssMB } from "./bench-server";
import { httpRequest } from "./http-request";
import type { GeneratedArticle } from "./generate-article";
import type { ResultRow } from "./result-row";
import { round } from "./stats";

export const ARTICLES = 50;
// Rows per INSERT: well under both engines' limits on bound parameters.
const CHUNK = 400;

function chunks<T>(items: T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));
}

/** Copies the live claims of one article, with their comments and sources, onto another, in one transaction. */
export async function copyReviewData(db: Db, { from, to }: { from: number; to: number }): Promise<void> {
  const t = tablesOf(db);
  const claims = await db.select().from(t.annotations).where(and(eq(t.annotations.articleId, from), isNull(t.annotations.deletedAt))).orderBy(asc(t.annotations.id));
  const comments = await db
    .select({ comment: t.comments })
    .from(t.comments)
    .innerJoin(t.annotations, eq(t.annotations.id, t.comments.annotationId))
    .where(and(eq(t.annotations.articleId, from), isNull(t.annotations.deletedAt)))
    .orderBy(sql`${t.comments.parentId} is not null`, asc(t.comments.id));
  const sources = await db
    .select({ source: t.sources })
    .from(t.sources)
    .innerJoin(t.annotations, eq(t.annotations.id, t.sources.annotationId))
    .where(and(eq(t.annotations.articleId, from), isNull(t.annotations.deletedAt), isNull(t.sources.deletedAt)));

  await db.transaction(async (tx) => {
    const claimIds = new Map<number, number>();
    for (const chunk of chunks(claims)) {
      // RETURNING answers the rows in the order of the VALUES list, on both engines.
      const ids = await tx
        .insert(t.annotations)
        .values(chunk.map(({ id: _id, ...claim }) => ({ ...claim, articleId: to, revision: 1, version: 1, externalId: null })))
        .returning({ id: t.annotations.id });
      chunk.forEach((claim, i) => claimIds.set(claim.id, ids[i].id));
    }
    // Thread roots before their replies, so a reply's parent already has its new id.
    const commentIds = new Map<number, number>();
    let waiting = comments.map((row) => row.comment);
    while (waiting.length > 0) {
      const ready = waiting.filter((c) => c.parentId === null || commentIds.has(c.parentId));
      if (ready.length === 0) throw new Error("comments whose parent is not among the article's comments");
      for (const chunk of chunks(ready)) {
        const ids = await tx
          .insert(t.comments)
          .values(chunk.map(({ id: _id, ...c }) => ({ ...c, annotationId: claimIds.get(c.annotationId)!, parentId: c.parentId === null ? null : commentIds.get(c.parentId)! })))
          .returning({ id: t.comments.id });
        chunk.forEach((comment, i) => commentIds.set(comment.id, ids[i].id));
      }
      waiting = waiting.filter((c) => !commentIds.has(c.id));
    }
    for (const chunk of chunks(sources.map((row) => row.source))) {
      await tx.insert(t.sources).values(chunk.map(({ id: _id, ...s }) => ({ ...s, annotationId: claimIds.get(s.annotationId)!, version: 1 })));
    }
  });
}

export async function measureMemory({ pid, api, cookie, article, bigArticleId, databaseUrl }: { pid: number; api: ApiClient; cookie: { name: string; value: string }; article: GeneratedArticle; bigArticleId: number; databaseUrl: string }) {
  const atStart = rssMB(pid);
  const copies = await inPool(Array.from({ length: ARTICLES - 1 }, (_, i) => i), 4, async (i) =>
    api.call<{ id: number }>("POST", "/articles", { title: `${article.title} — copy ${i + 1}`, language: article.language, markdown: article.markdown }),
  );
  const db = await openDatabase(databaseUrl);
  try {
    for (const copy of copies) await copyReviewData(db, { from: bigArticleId, to: copy.id });
  } finally {
    await closeDatabase(db);
  }
  const afterLoading = rssMB(pid);

  const pageMs: number[] = [];
  let pageBytes = 0;
  for (const id of [bigArticleId, ...copies.map((c) => c.id)]) {
    const t0 = performance.now();
    const response = await httpRequest(`${api.origin}/articles/${id}`, { headers: { cookie: `${cookie.name}=${cookie.value}` } });
    const html = response.body.toString("utf8");
    if (response.status !== 200 || !html.includes("article-surface")) throw new Error(`GET /articles/${id}: ${response.status}`);
    pageMs.push(performance.now() - t0);
    pageBytes = html.length;
  }
  const afterOpening = rssMB(pid);
  await new Promise((r) => setTimeout(r, 2000));
  const settled = rssMB(pid);

  const rows: ResultRow[] = [
    { measurement: `7. Server RSS after ${ARTICLES} big articles opened`, value: round(afterOpening, 0), unit: "MB", baseline: round(atStart, 0), target: "< 400 MB", met: afterOpening < 400 },
  ];
  return {
    rows,
    details: { rssMB: { atStart, afterLoading, afterOpening, twoSecondsLater: settled }, pageMs: pageMs.map((ms) => round(ms, 0)), pageBytes },
  };
}
