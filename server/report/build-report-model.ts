import "server-only";
import { findEventsByArticle } from "@/db/queries/events";
import type { Claim, HistoryEntry } from "@/lib/api/dto";
import { filterClaims, hasOpenThread, lacksSource, type ClaimFilter, type ReviewIndex } from "@/lib/claims/filter-claims";
import { sentenceCoverage } from "@/lib/claims/sentence-coverage";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/statuses";
import { isThreadOpen } from "@/lib/comments/is-thread-open";
import { describeClaimFilter } from "@/lib/report/describe-claim-filter";
import type { ReportModel, ReportSignOff } from "@/lib/report/report-model";
import { asSignOffRecord } from "@/lib/articles/sign-off";
import type { ArticleRow, EventRow } from "@/db/schema";
import { loadCurrentText } from "../articles/load-current-article";
import { toArticleFields } from "../articles/to-article-dto";
import { listSentences } from "../articles/list-sentences";
import { authorize } from "../auth/authorize";
import { listClaims } from "../claims/list-claims";
import { listArticleThreads } from "../comments/list-article-threads";
import type { ServiceContext } from "../context";
import { toHistoryEntries } from "../history/to-history-entry";
import { listArticleSources } from "../sources/list-article-sources";
import { reportOrganisation } from "./report-organisation";

/** Every claim's history, oldest first, from the article's events (and one query of names). */
async function historyByClaim(ctx: ServiceContext, events: EventRow[]): Promise<Map<number, HistoryEntry[]>> {
  const rows = events.filter((row) => row.annotationId !== null);
  const byClaim = new Map<number, HistoryEntry[]>();
  for (const entry of await toHistoryEntries(ctx.db, rows)) {
    const list = byClaim.get(entry.claimId!) ?? [];
    list.push(entry);
    byClaim.set(entry.claimId!, list);
  }
  return byClaim;
}

/**
 * What the article was last signed off as: its own record while verified, else the newest sign-off
 * event's (the record outlives a reopening, so the report can still say what was signed).
 */
function lastSignOff(article: ArticleRow, events: EventRow[]): ReportSignOff | null {
  const reopened = article.state !== "verified";
  let record = reopened ? null : asSignOffRecord(article.signOff);
  for (let i = events.length - 1; record === null && i >= 0; i--) {
    const event = events[i];
    if (event.type === "article.state_changed") record = asSignOffRecord((event.after as { signOff?: unknown } | null)?.signOff);
  }
  return record && { record, reopened, textChanged: record.revision !== article.currentRevision };
}

/** Text order as listClaims gives it, but orphaned claims (whose offsets are stale) last. */
function inReportOrder(claims: Claim[]): Claim[] {
  return [...claims.filter((c) => !c.orphaned), ...claims.filter((c) => c.orphaned)];
}

function figures(claims: Claim[], review: ReviewIndex, sentences: { start: number; end: number }[]): ReportModel["figures"] {
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  for (const claim of claims) byStatus[claim.status] += 1;
  const coverage = sentenceCoverage(sentences, claims.filter((c) => !c.orphaned));
  return {
    sentences: coverage.sentences,
    sentencesChecked: coverage.tagged,
    claims: claims.length,
    byStatus,
    openThreads: claims.reduce((n, c) => n + (review.threadsByClaim[c.id] ?? []).filter(isThreadOpen).length, 0),
    sourcedWithoutSource: claims.filter((c) => lacksSource(c, review)).length,
    orphaned: claims.filter((c) => c.orphaned).length,
  };
}

/**
 * Everything a verification report of an article shows, for every format to render.
 *
 * Claims are numbered once over all the article's live claims — in text order, anchored first,
 * then orphaned — and a filter only narrows the list, so a claim keeps its number (and its
 * `#claim-N` anchor) in a filtered report. The figures always describe the whole article;
 * `filterDescription` says when the list is narrowed. `baseUrl` is the app's public address
 * (no trailing slash needed); `now` stamps the report.
 */
export async function buildReportModel(
  ctx: ServiceContext,
  { articleId, filter, baseUrl, now }: { articleId: number; filter?: ClaimFilter; baseUrl: string; now: Date },
): Promise<ReportModel> {
  const actor = authorize(ctx, "article.read");
  // The article's fields and text only: its stored document (the largest column) is not needed.
  const { article: row, revision } = await loadCurrentText(ctx.db, articleId);
  const article = { ...await toArticleFields(ctx.db, row), text: revision.text };
  const sentences = await listSentences(ctx, { articleId });
  const claims = inReportOrder(await listClaims(ctx, { articleId }));
  const review: ReviewIndex = { threadsByClaim: await listArticleThreads(ctx, { articleId }), sourcesByClaim: await listArticleSources(ctx, { articleId }) };
  const events = await findEventsByArticle(ctx.db, articleId);
  const history = await historyByClaim(ctx, events);
  const numbers = new Map(claims.map((claim, i) => [claim.id, i + 1]));
  const shown = filter ? filterClaims(claims, filter, review) : claims;
  const authors = new Map(claims.flatMap((c) => (c.author ? [[c.author.id, c.author.name] as const] : [])));
  const root = baseUrl.replace(/\/+$/, "");

  return {
    article: { ...article, url: article.sourceUrl ?? `${root}/articles/${article.id}` },
    reportUrl: `${root}/articles/${article.id}/report`,
    organisation: reportOrganisation(),
    figures: figures(claims, review, sentences),
    signOff: lastSignOff(row, events),
    claims: shown.map((claim) => ({
      ...claim,
      number: numbers.get(claim.id)!,
      sources: review.sourcesByClaim[claim.id] ?? [],
      threads: review.threadsByClaim[claim.id] ?? [],
      history: history.get(claim.id) ?? [],
      openThread: hasOpenThread(claim, review),
    })),
    filterDescription: filter ? describeClaimFilter(filter, (id) => authors.get(id) ?? null) : null,
    generatedAt: now.toISOString(),
    generatedBy: { id: actor.id, name: actor.name },
  };
}
