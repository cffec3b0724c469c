import "server-only";
import { findLiveAnnotationsByArticle, insertAnnotations } from "@/db/queries/annotations";
import { insertComment } from "@/db/queries/comments";
import { insertSource } from "@/db/queries/sources";
import type { Executor } from "@/db/executor";
import type { AnnotationRow } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import { claimSnapshot } from "@/lib/history/claim-snapshot";
import type { ClaimSnapshot } from "@/lib/history/event-types";
import { importedAuthorId } from "@/lib/report/imported-author";
import type { ImportedPlace } from "@/lib/report/locate-imported-claim";
import type { ImportedClaim, ImportedComment, ImportedItem } from "@/lib/report/read-w3c-annotation";
import type { Actor } from "../context";
import { recordEvent, recordEvents, type EventRecord } from "../history/record-event";

/** An annotation left out (or part of one: a source), by its index in the list, with why. */
export type ImportSkip = { index: number; id?: string; reason: string };

/**
 * What an import did. `created` counts new claims (orphaned ones included), `orphaned` those of
 * them that found no place in the text, `unchanged` annotations already on the article (same
 * `id`, or same place and status), `comments` and `sources` what came with the new claims.
 */
export type ImportSummary = { created: number; unchanged: number; orphaned: number; comments: number; sources: number; skipped: ImportSkip[] };

/** One annotation of the import as read and placed before the transaction. */
export type PreparedItem = { index: number; id: string | undefined; item: ImportedItem; place: ImportedPlace | null };

type Context = { tx: Executor; articleId: number; revision: number; actor: Actor; now: string; allowOrphans: boolean };

/** Two claims are the same when they have the same status on the same span (or, orphaned, the same quote). */
function sameClaimKey(status: string, place: Pick<ImportedPlace, "orphaned" | "start" | "end" | "exact">): string {
  return place.orphaned ? `orphan|${status}|${place.exact}` : `${status}|${place.start}|${place.end}`;
}

function existingKeys(rows: AnnotationRow[]): { ids: Set<string>; keys: Set<string> } {
  return {
    ids: new Set(rows.flatMap((row) => (row.externalId ? [row.externalId] : []))),
    keys: new Set(rows.map((row) => sameClaimKey(row.status, row))),
  };
}

/** Claims, their events and sources: claims and events through prepared statements (there may be thousands). */
async function writeClaims(ctx: Context, claims: { id: string | undefined; claim: ImportedClaim; place: ImportedPlace }[]): Promise<{ ids: number[]; snapshots: ClaimSnapshot[] }> {
  const { tx, articleId, actor, now } = ctx;
  const ids = await insertAnnotations(
    tx,
    claims.map(({ id, claim, place }) => ({
      articleId,
      revision: ctx.revision,
      start: place.start,
      end: place.end,
      exact: place.exact,
      prefix: place.prefix,
      suffix: place.suffix,
      status: claim.status,
      note: claim.note,
      authorId: actor.id,
      version: 1,
      orphaned: place.orphaned,
      externalId: id ?? null,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const snapshots = claims.map(({ claim, place }) => claimSnapshot({ exact: place.exact, status: claim.status, note: claim.note, start: place.start, end: place.end }));
  const events: EventRecord[] = claims.map(({ id, claim, place }, i) => ({
    articleId,
    annotationId: ids[i],
    actorId: actor.id,
    type: "claim.imported",
    after: { status: claim.status, start: place.start, end: place.end, exact: place.exact, note: claim.note, orphaned: place.orphaned, from: id ?? null, claim: snapshots[i] },
    createdAt: now,
  }));
  for (const [i, { claim }] of claims.entries()) {
    for (const source of claim.sources) {
      const saved = await insertSource(tx, {
        annotationId: ids[i],
        url: source.url,
        title: source.title,
        excerpt: source.excerpt,
        note: source.note,
        addedBy: importedAuthorId(source.addedBy),
        version: 1,
        createdAt: source.createdAt ?? now,
        updatedAt: source.createdAt ?? now,
      });
      events.push({ articleId, annotationId: ids[i], actorId: actor.id, type: "source.added", after: { sourceId: saved.id, url: saved.url, title: saved.title, imported: true, addedBy: source.addedBy, claim: snapshots[i] }, createdAt: now });
    }
  }
  await recordEvents(tx, events);
  return { ids, snapshots };
}

/** Where a comment belongs: the claim annotation its chain of targets ends at, and its thread's first comment. */
type Thread = { claimAnnotation: string; root: string };

/**
 * Follows `target` links from comment to comment down to a claim annotation. Threads are one level
 * deep here, so a reply to a reply joins the thread of the first comment. A chain that ends
 * elsewhere, or loops, leads nowhere (null). Each comment is visited once.
 */
function threadsOf(comments: Map<string, ImportedComment>, claimIds: Set<string>): Map<string, Thread | null> {
  const threads = new Map<string, Thread | null>();
  for (const start of comments.keys()) {
    const path = new Set<string>();
    let current = start;
    let found: Thread | null | undefined;
    while (found === undefined) {
      if (threads.has(current)) {
        found = threads.get(current)!;
        break;
      }
      path.add(current);
      const target = comments.get(current)!.target;
      if (claimIds.has(target)) found = { claimAnnotation: target, root: current };
      else if (!comments.has(target) || path.has(target)) found = null;
      else current = target;
    }
    for (const step of path) threads.set(step, found);
  }
  return threads;
}

/**
 * Writes the threads that came with new claims: first comments, then replies, each in the order
 * of the file. Comments of claims that were unchanged are not imported again (an import never
 * changes an existing claim); comments whose claim is not in the import are skipped.
 */
async function writeThreads(ctx: Context, items: PreparedItem[], claimRows: Map<string, number | "unchanged">, claimSnapshots: Map<number, ClaimSnapshot>, summary: ImportSummary): Promise<void> {
  const skip = ({ index, id }: PreparedItem, reason: string) => summary.skipped.push({ index, ...(id ? { id } : {}), reason });
  // A comment without an id can start a thread but nothing can answer it: it gets a key no target names.
  const comments = new Map<string, ImportedComment>();
  const order: { key: string; prepared: PreparedItem; comment: ImportedComment }[] = [];
  for (const prepared of items) {
    if (prepared.item.kind !== "comment") continue;
    const key = prepared.id ?? `#${prepared.index}`;
    if (comments.has(key)) {
      skip(prepared, "the same comment id twice");
      continue;
    }
    comments.set(key, prepared.item);
    order.push({ key, prepared, comment: prepared.item });
  }
  const threads = threadsOf(comments, new Set(claimRows.keys()));
  // A deleted first comment travels without text; it is kept only while replies hold its thread.
  const answered = new Set(order.flatMap(({ key, comment }) => (comment.body !== null && threads.get(key) && threads.get(key)!.root !== key ? [threads.get(key)!.root] : [])));
  const rootRows = new Map<string, number>();
  const { tx, articleId, actor, now } = ctx;

  for (const pass of ["roots", "replies"] as const) {
    for (const { key, prepared, comment } of order) {
      const thread = threads.get(key);
      if (!thread) {
        if (pass === "roots") skip(prepared, "answers an annotation that is not in this import, or was left out");
        continue;
      }
      const isRoot = thread.root === key;
      if ((pass === "roots") !== isRoot) continue;
      const claimId = claimRows.get(thread.claimAnnotation);
      if (claimId === "unchanged" || claimId === undefined) continue;
      if (comment.body === null && !(isRoot && answered.has(key))) {
        skip(prepared, "a comment without text");
        continue;
      }
      const parentId = isRoot ? null : rootRows.get(thread.root);
      if (parentId === undefined) {
        skip(prepared, "replies to a comment that was left out");
        continue;
      }
      const createdAt = comment.createdAt ?? now;
      const row = await insertComment(tx, {
        annotationId: claimId,
        parentId,
        authorId: importedAuthorId(comment.author),
        body: comment.body ?? "",
        version: 1,
        createdAt,
        updatedAt: comment.modifiedAt ?? createdAt,
        deletedAt: comment.body === null ? now : null,
        resolvedAt: isRoot && comment.resolved ? (comment.resolved.at ?? comment.modifiedAt ?? now) : null,
        resolvedBy: isRoot && comment.resolved?.by != null ? importedAuthorId(comment.resolved.by) : null,
      });
      if (isRoot) rootRows.set(key, row.id);
      await recordEvent(tx, { articleId, annotationId: claimId, actorId: actor.id, type: "comment.imported", after: { commentId: row.id, parentId, body: row.body, author: comment.author, resolved: row.resolvedAt !== null, claim: claimSnapshots.get(claimId)! }, createdAt: now });
      summary.comments += 1;
    }
  }
}

/**
 * The write half of an import, inside the caller's transaction, from annotations already read
 * and placed: recognises what is already on the article, refuses an import that would only
 * create orphans (unless allowed), then writes claims, sources, threads and their events.
 */
export async function writeW3cImport(tx: Executor, options: Omit<Context, "tx"> & { items: PreparedItem[] }): Promise<ImportSummary> {
  const ctx: Context = { tx, ...options };
  const summary: ImportSummary = { created: 0, unchanged: 0, orphaned: 0, comments: 0, sources: 0, skipped: [] };
  const known = existingKeys(await findLiveAnnotationsByArticle(tx, ctx.articleId));
  const toCreate: { prepared: PreparedItem; claim: ImportedClaim; place: ImportedPlace }[] = [];
  const claimRows = new Map<string, number | "unchanged">();

  for (const prepared of options.items) {
    const { index, id, item, place } = prepared;
    const tag = id ? { id } : {};
    if (item.kind === "skip") summary.skipped.push({ index, ...tag, reason: item.reason });
    if (item.kind !== "claim") continue;
    if (!place) {
      summary.skipped.push({ index, ...tag, reason: "its TextPositionSelector lies outside the text, and it has no TextQuoteSelector to orphan it with" });
      continue;
    }
    const key = sameClaimKey(item.status, place);
    if ((id && known.ids.has(id)) || known.keys.has(key)) {
      summary.unchanged += 1;
      if (id && !claimRows.has(id)) claimRows.set(id, "unchanged");
      continue;
    }
    if (id) known.ids.add(id);
    known.keys.add(key);
    toCreate.push({ prepared, claim: item, place });
  }

  const orphans = toCreate.filter((c) => c.place.orphaned).length;
  if (!ctx.allowOrphans && orphans > 0 && orphans === toCreate.length && summary.unchanged === 0) {
    const what = orphans === 1 ? "The annotation does not match this article's text: importing it would only create an orphaned claim." : `None of the ${orphans} annotations matches this article's text: importing them would only create orphaned claims.`;
    throw new AppError("import_all_orphaned", `${what} Send allowOrphans=true to import anyway.`, {
      details: { orphaned: orphans, skipped: summary.skipped.length },
    });
  }

  const written = await writeClaims(ctx, toCreate.map(({ prepared, claim, place }) => ({ id: prepared.id, claim, place })));
  const claimSnapshots = new Map(written.ids.map((id, i) => [id, written.snapshots[i]]));
  toCreate.forEach(({ prepared, claim, place }, i) => {
    if (prepared.id) claimRows.set(prepared.id, written.ids[i]);
    summary.created += 1;
    if (place.orphaned) summary.orphaned += 1;
    summary.sources += claim.sources.length;
    for (const reason of claim.refusedSources) summary.skipped.push({ index: prepared.index, ...(prepared.id ? { id: prepared.id } : {}), reason });
  });
  await writeThreads(ctx, options.items, claimRows, claimSnapshots, summary);
  summary.skipped.sort((a, b) => a.index - b.index);
  return summary;
}
