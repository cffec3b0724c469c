/**
 * 7. Memory: the app's resident set size (VmRSS of the `next start` process) on a freshly started
 * server, before and after loading 50 big articles and opening each one's page once.
 *
 * "Loading": 49 copies of the big article are created through the API (POST /articles with the
 * same Markdown); their 2,000 claims, 2,000 comments and 500 sources are copied from the big
 * article straight into the database file (SQL, in this process, while the app runs: through the
 * API that would be 220,000 requests). The big article itself is the 50th. "Opening": GET
 * /articles/:id (the workspace page's HTML, rendered by the server with every claim, thread and
 * source) with the admin's session cookie, one after another.
 */
import Database from "better-sqlite3";
import { inPool, type ApiClient } from "./api-client";
import { rssMB } from "./bench-server";
import { httpRequest } from "./http-request";
import type { GeneratedArticle } from "./generate-article";
import type { ResultRow } from "./result-row";
import { round } from "./stats";

export const ARTICLES = 50;

type Row = Record<string, unknown>;

/** Copies the live claims of one article, with their comments and sources, onto another. */
export function copyReviewData(db: Database.Database, { from, to }: { from: number; to: number }): void {
  const claims = db.prepare("select * from annotations where article_id = ? and deleted_at is null order by id").all(from) as Row[];
  const insertClaim = db.prepare(
    "insert into annotations (article_id, revision, start, end, exact, prefix, suffix, status, note, author_id, version, orphaned, created_at, updated_at) values (@to, 1, @start, @end, @exact, @prefix, @suffix, @status, @note, @author_id, 1, @orphaned, @created_at, @updated_at) returning id",
  );
  const comments = db.prepare("select c.* from comments c join annotations a on a.id = c.annotation_id where a.article_id = ? and a.deleted_at is null order by c.parent_id is not null, c.id").all(from) as Row[];
  const insertComment = db.prepare(
    "insert into comments (annotation_id, parent_id, author_id, body, version, created_at, updated_at, edited_at, deleted_at, resolved_at, resolved_by) values (@claim, @parent, @author_id, @body, @version, @created_at, @updated_at, @edited_at, @deleted_at, @resolved_at, @resolved_by) returning id",
  );
  const sources = db.prepare("select s.* from sources s join annotations a on a.id = s.annotation_id where a.article_id = ? and a.deleted_at is null and s.deleted_at is null").all(from) as Row[];
  const insertSource = db.prepare(
    "insert into sources (annotation_id, url, title, excerpt, note, added_by, version, created_at, updated_at) values (@claim, @url, @title, @excerpt, @note, @added_by, 1, @created_at, @updated_at)",
  );
  db.transaction(() => {
    const claimIds = new Map<unknown, number>();
    for (const claim of claims) claimIds.set(claim.id, (insertClaim.get({ ...claim, to, orphaned: claim.orphaned ? 1 : 0 }) as { id: number }).id);
    const commentIds = new Map<unknown, number>();
    for (const comment of comments) {
      const id = (insertComment.get({ ...comment, claim: claimIds.get(comment.annotation_id), parent: comment.parent_id === null ? null : commentIds.get(comment.parent_id) }) as { id: number }).id;
      commentIds.set(comment.id, id);
    }
    for (const source of sources) insertSource.run({ ...source, claim: claimIds.get(source.annotation_id) });
  })();
}

export async function measureMemory({ pid, api, cookie, article, bigArticleId, serverDbFile }: { pid: number; api: ApiClient; cookie: { name: string; value: string }; article: GeneratedArticle; bigArticleId: number; serverDbFile: string }) {
  const atStart = rssMB(pid);
  const copies = await inPool(Array.from({ length: ARTICLES - 1 }, (_, i) => i), 4, async (i) =>
    api.call<{ id: number }>("POST", "/articles", { title: `${article.title} — copy ${i + 1}`, language: article.language, markdown: article.markdown }),
  );
  const db = new Database(serverDbFile);
  db.pragma("busy_timeout = 5000");
  for (const copy of copies) copyReviewData(db, { from: bigArticleId, to: copy.id });
  db.close();
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
