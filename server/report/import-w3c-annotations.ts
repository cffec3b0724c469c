import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import { AppError } from "@/lib/api/app-error";
import { locateImportedClaim } from "@/lib/report/locate-imported-claim";
import { readW3cAnnotation } from "@/lib/report/read-w3c-annotation";
import { z } from "zod";
import { annotationsOfDocument, MAX_IMPORTED_ANNOTATIONS, ZW3cAnnotation, type TW3cAnnotation } from "@/lib/report/w3c-import-schema";
import { codePointIndex } from "@/lib/text/code-points";
import { loadArticle, loadCurrentText } from "../articles/load-current-article";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { assertArticleWritable } from "../articles/assert-article-writable";
import { writeW3cImport, type ImportSummary, type PreparedItem } from "./write-w3c-import";

export type { ImportSummary } from "./write-w3c-import";

/**
 * How long placing quotes may hold the event loop before letting other requests run. An unmatched
 * long quote costs a few milliseconds of approximate search; a thousand of them in one go held
 * every other request of the server for seconds.
 */
const SLICE_MS = 10;

/** Times the text may change under an import before it gives up (each time, the quotes are placed again). */
const ATTEMPTS = 3;

/** Runs `step` on each item, letting other requests through every SLICE_MS. */
async function inSlices<T>(list: readonly T[], step: (item: T, index: number) => void): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < list.length; i++) {
    step(list[i], i);
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}

/**
 * Validates the annotations one by one (in slices: thousands of them take a while), reporting
 * every problem with its path in the list, as one ZodError (a 400 naming each field).
 */
async function validateAnnotations(found: unknown[]): Promise<TW3cAnnotation[]> {
  if (found.length > MAX_IMPORTED_ANNOTATIONS) {
    throw new AppError("invalid_input", `At most ${MAX_IMPORTED_ANNOTATIONS.toLocaleString("en")} annotations per import; this one has ${found.length.toLocaleString("en")}. Split it.`, { fields: { annotations: `at most ${MAX_IMPORTED_ANNOTATIONS} annotations per import` } });
  }
  const annotations: TW3cAnnotation[] = [];
  const issues: z.core.$ZodIssue[] = [];
  await inSlices(found, (raw, i) => {
    const parsed = ZW3cAnnotation.safeParse(raw);
    if (parsed.success) annotations.push(parsed.data);
    else issues.push(...parsed.error.issues.map((issue) => ({ ...issue, path: ["annotations", i, ...issue.path] })));
  });
  if (issues.length > 0) throw new z.ZodError(issues);
  return annotations;
}

/** Places every claim of the import in `text`: the costly part, an approximate search per unmatched quote. */
async function placeClaims(text: string, items: PreparedItem[]): Promise<void> {
  const index = codePointIndex(text);
  await inSlices(items, (prepared) => {
    if (prepared.item.kind === "claim") prepared.place = locateImportedClaim(text, index, prepared.item);
  });
}

/**
 * Imports W3C Web Annotations onto an article: an AnnotationCollection (its embedded `first` page
 * or its `items`), an AnnotationPage, an array of Annotations or one Annotation — as Claimcheck's
 * W3C export or Hypothesis's JSON-LD API writes them (see `readW3cAnnotation` for what each
 * becomes, docs/report-json.md for the mapping).
 *
 * - Idempotent: an annotation whose `id` was imported before, or with the same status on the same
 *   span as a live claim, is counted `unchanged` and nothing is written for it.
 * - Claims are this actor's, made now (`claim.imported` events); comments and sources keep their
 *   original author's name as text, never as a person of this newsroom.
 * - When every claim to create would be orphaned (the file is about another text), nothing is
 *   written and the answer is `409 import_all_orphaned`, unless `allowOrphans`.
 * - Placing quotes (the costly part) runs before the transaction, in slices that let other requests
 *   through; the writes are then one synchronous transaction, so a failure imports nothing. If the
 *   text changed meanwhile, the quotes are placed again.
 */
export async function importW3cAnnotations(ctx: ServiceContext, { articleId, collection, allowOrphans = false }: { articleId: number; collection: unknown; allowOrphans?: boolean }): Promise<ImportSummary> {
  const actor = authorize(ctx, "claim.tag");
  const found = annotationsOfDocument(collection);
  if (!found) {
    throw new AppError("invalid_input", "The body is not W3C Web Annotations: send an AnnotationCollection with an embedded first page, an AnnotationPage, an Annotation or an array of Annotations.", { fields: { type: "must be AnnotationCollection, AnnotationPage or Annotation" } });
  }
  const annotations = await validateAnnotations(found);
  const items: PreparedItem[] = annotations.map((annotation, index) => ({ index, id: annotation.id, item: readW3cAnnotation(annotation), place: null }));
  const now = ctx.now().toISOString();

  for (let attempt = 1; ; attempt++) {
    // Said before the costly placing; checked again in the transaction, where it counts.
    await assertArticleWritable(ctx.db, articleId);
    const { revision } = await loadCurrentText(ctx.db, articleId);
    await placeClaims(revision.text, items);
    const summary = await ctx.db.transaction(async (tx) => {
      await assertArticleWritable(tx, articleId);
      if ((await loadArticle(tx, articleId)).currentRevision !== revision.number) return null;
      return writeW3cImport(tx, { articleId, revision: revision.number, actor, now, allowOrphans, items });
    });
    if (summary) return summary;
    if (attempt === ATTEMPTS) throw new AppError("stale_revision", "The article's text kept changing during the import; nothing was imported. Try again.");
  }
}
