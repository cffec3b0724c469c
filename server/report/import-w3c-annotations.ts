import "server-only";
import { insertAnnotation } from "@/db/queries/annotations";
import { insertEvent } from "@/db/queries/events";
import { AppError } from "@/lib/api/app-error";
import { MAX_NOTE } from "@/lib/api/limits";
import { anchorQuote, describeQuote, QUOTE_CONTEXT_LENGTH } from "@/lib/anchoring";
import { isClaimStatus, type ClaimStatus } from "@/lib/claims/statuses";
import {
  annotationsOfDocument,
  ZW3cAnnotationList,
  type TW3cAnnotation,
  type TW3cTextPositionSelector,
  type TW3cTextQuoteSelector,
} from "@/lib/report/w3c-import-schema";
import { codePointIndex, type CodePointIndex } from "@/lib/text/code-points";
import { loadCurrentText } from "../articles/load-current-article";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { assertArticleWritable } from "../articles/assert-article-writable";

/** What an import did: claims created (orphaned ones included), how many of them are orphaned, and
 * the annotations left out, by their index in the list, with why. */
export type ImportSummary = { created: number; orphaned: number; skipped: { index: number; reason: string }[] };

type Body = NonNullable<TW3cAnnotation["body"]>[number];
type Plan =
  | { kind: "skip"; reason: string }
  | { kind: "claim"; status: ClaimStatus; note: string; span: { start: number; end: number } | null; quote: TW3cTextQuoteSelector | null };

const has = (list: string[] | undefined, value: string) => list?.includes(value) ?? false;

/** The first tag that is a Claimcheck status (any case), e.g. the body Claimcheck exports first. */
function statusOf(bodies: Body[]): ClaimStatus | null {
  for (const body of bodies) {
    const value = body.value?.trim().toLowerCase();
    if (has(body.purpose, "tagging") && isClaimStatus(value)) return value;
  }
  return null;
}

/**
 * The claim's note: the first textual body that is not a tag and names no creator of its own.
 * Claimcheck exports the note that way and each comment with its creator; Hypothesis exports the
 * annotation's text as a body without purpose or creator. Comments are not imported (their
 * authors are not people of this newsroom).
 */
function noteOf(bodies: Body[]): string {
  const note = bodies.find((b) => b.value !== undefined && !has(b.purpose, "tagging") && b.creator === undefined && (b.purpose === undefined || has(b.purpose, "commenting") || has(b.purpose, "describing")));
  const text = note?.value?.trim() ?? "";
  return text.length > MAX_NOTE ? `${text.slice(0, MAX_NOTE - 1)}…` : text;
}

/** Where the annotation's text selectors put it in `text`, or why it cannot be placed. */
function locate(text: string, index: CodePointIndex, position: TW3cTextPositionSelector | undefined, quote: TW3cTextQuoteSelector | null): { start: number; end: number } | null {
  let hint: number | undefined;
  if (position && position.end <= index.length) {
    const span = { start: index.toUtf16(position.start), end: index.toUtf16(position.end) };
    const covered = text.slice(span.start, span.end);
    hint = span.start;
    if (covered.trim() !== "" && (quote === null || covered === quote.exact)) return span;
  }
  if (!quote) return null;
  const anchor = anchorQuote(text, quote, { hint });
  return anchor && text.slice(anchor.start, anchor.end).trim() !== "" ? { start: anchor.start, end: anchor.end } : null;
}

/** An orphan's quote as stored: its context trimmed to what describeQuote keeps, no half pairs. */
function storedQuote({ exact, prefix = "", suffix = "" }: TW3cTextQuoteSelector): { exact: string; prefix: string; suffix: string } {
  return {
    exact,
    prefix: prefix.slice(-QUOTE_CONTEXT_LENGTH).replace(/^[\uDC00-\uDFFF]/, ""),
    suffix: suffix.slice(0, QUOTE_CONTEXT_LENGTH).replace(/[\uD800-\uDBFF]$/, ""),
  };
}

function plan(annotation: TW3cAnnotation, text: string, index: CodePointIndex): Plan {
  const bodies = annotation.body ?? [];
  const status = statusOf(bodies);
  if (!status) return { kind: "skip", reason: "no Claimcheck status: no tagging body whose value is sourced, unsourced or disputed" };
  // Hypothesis puts its selectors in target[0]; take the first target that has text selectors.
  const selectors = annotation.target.map((t) => t.selector ?? []).find((list) => list.some((s) => s.type === "TextQuoteSelector" || s.type === "TextPositionSelector"));
  const quote = (selectors?.find((s) => s.type === "TextQuoteSelector") as TW3cTextQuoteSelector | undefined) ?? null;
  const position = selectors?.find((s) => s.type === "TextPositionSelector") as TW3cTextPositionSelector | undefined;
  if (!quote && !position) return { kind: "skip", reason: "no TextQuoteSelector or TextPositionSelector in its target" };
  const span = locate(text, index, position, quote);
  if (!span && !quote) return { kind: "skip", reason: "its TextPositionSelector lies outside the text, and it has no TextQuoteSelector to orphan it with" };
  return { kind: "claim", status, note: noteOf(bodies), span, quote };
}

/**
 * Creates claims on an article from W3C Web Annotations: an AnnotationCollection (its embedded
 * `first` page or its `items`), an AnnotationPage, an array of Annotations or one Annotation — as
 * Claimcheck's W3C export or Hypothesis's JSON-LD API writes them. Per annotation:
 * - status: the first `tagging` body whose value is sourced, unsourced or disputed; without one
 *   the annotation is skipped (there is no verdict to import, and inventing one would mislead);
 * - span: the TextPositionSelector (code points, converted to UTF-16) when the text there is the
 *   TextQuoteSelector's `exact`; else the quote anchored with `anchorQuote` (near that position);
 * - neither found: an orphaned claim keeping the quote, to be re-attached by a person;
 * - note: see `noteOf`. Comments, creators and dates are not imported: the claims are this
 *   actor's, made now, each recorded by a `claim.imported` event.
 * The body is validated with zod first (400 when it is not annotations, or a field has the wrong
 * type); every claim and event is written in one transaction, so a failure imports nothing.
 */
export function importW3cAnnotations(ctx: ServiceContext, { articleId, collection }: { articleId: number; collection: unknown }): ImportSummary {
  const actor = authorize(ctx, "claim.tag");
  const found = annotationsOfDocument(collection);
  if (!found) {
    throw new AppError("invalid_input", "The body is not W3C Web Annotations: send an AnnotationCollection with an embedded first page, an AnnotationPage, an Annotation or an array of Annotations.", { fields: { type: "must be AnnotationCollection, AnnotationPage or Annotation" } });
  }
  const { annotations } = ZW3cAnnotationList.parse({ annotations: found });
  const now = ctx.now().toISOString();

  return ctx.db.transaction((tx) => {
    assertArticleWritable(tx, articleId);
    const { revision } = loadCurrentText(tx, articleId);
    const index = codePointIndex(revision.text);
    const summary: ImportSummary = { created: 0, orphaned: 0, skipped: [] };
    annotations.forEach((annotation, i) => {
      const step = plan(annotation, revision.text, index);
      if (step.kind === "skip") return void summary.skipped.push({ index: i, reason: step.reason });
      const quote = step.span
        ? describeQuote(revision.text, step.span.start, step.span.end)
        : storedQuote(step.quote!);
      const orphaned = step.span === null;
      const row = insertAnnotation(tx, {
        articleId,
        revision: revision.number,
        start: step.span?.start ?? 0,
        end: step.span?.end ?? 0,
        ...quote,
        status: step.status,
        note: step.note,
        authorId: actor.id,
        version: 1,
        orphaned,
        createdAt: now,
        updatedAt: now,
      });
      insertEvent(tx, {
        articleId,
        annotationId: row.id,
        actorId: actor.id,
        type: "claim.imported",
        after: { status: row.status, start: row.start, end: row.end, exact: row.exact, note: row.note, orphaned, from: annotation.id ?? null },
        createdAt: now,
      });
      summary.created += 1;
      if (orphaned) summary.orphaned += 1;
    });
    return summary;
  });
}
