import type { Comment, CommentThread, PersonRef, Source } from "../api/dto";
import { importedAuthorName } from "./imported-author";
import { codePointIndex, type CodePointIndex } from "../text/code-points";
import type { ReportClaim, ReportModel } from "./report-model";

/** The JSON-LD context every Web Annotation document names. */
export const W3C_ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** The tag an orphaned claim carries beside its status. */
export const ORPHANED_TAG = "orphaned";

/** The tag a resolved thread's first comment carries; its creator and date say who resolved it and when. */
export const RESOLVED_TAG = "resolved";

type Person = { type: "Person"; name: string };
type TextualBody = { type: "TextualBody"; purpose: "tagging" | "commenting"; value: string; format?: "text/plain"; creator?: Person; created?: string; modified?: string };
type Selector =
  | { type: "TextQuoteSelector"; exact: string; prefix?: string; suffix?: string }
  | { type: "TextPositionSelector"; start: number; end: number };

/**
 * A source of a claim: a link (`purpose: "linking"`) to the page (`source`, its title as `label`),
 * the passage that bears on the claim as a TextQuoteSelector of that page, and what it supports or
 * contradicts as the link's own `label`.
 */
type SourceBody = {
  type: "SpecificResource";
  purpose: "linking";
  source: { id: string; type: "Text"; label: string };
  selector?: { type: "TextQuoteSelector"; exact: string };
  label?: string;
  creator?: Person;
  created: string;
  modified: string;
};

/** One claim as a W3C Web Annotation. */
export type W3cAnnotation = {
  "@context": typeof W3C_ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "assessing";
  created: string;
  modified: string;
  creator?: Person;
  body: (TextualBody | SourceBody)[];
  target: { source: string; selector: Selector[] };
};

/**
 * One comment as a W3C Web Annotation on another: a thread's first comment comments on the
 * claim's annotation, a reply replies to the first comment's. A deleted first comment that still
 * holds replies travels without its text.
 */
export type W3cCommentAnnotation = {
  "@context": typeof W3C_ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "commenting" | "replying";
  created: string;
  modified: string;
  creator?: Person;
  body?: TextualBody[];
  target: string;
};

/** The report's claims (and their threads) as a W3C AnnotationCollection with a single embedded page. */
export type W3cAnnotationCollection = {
  "@context": typeof W3C_ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: (W3cAnnotation | W3cCommentAnnotation)[] };
};

/** The app's address: the report URL less its `/articles/:id/report` path. */
export function baseUrlOfReport(reportUrl: string): string {
  const stripped = reportUrl.replace(/\/articles\/[^/?#]+\/report\/?(?:[?#].*)?$/, "");
  return stripped !== reportUrl ? stripped : new URL(reportUrl).origin;
}

/** A creator by name; an imported author by the name their file gave (not "… (imported)"). */
function creatorOf(person: PersonRef | null): { creator?: Person } {
  if (!person) return {};
  const name = importedAuthorName(person.id) ?? person.name;
  return name ? { creator: { type: "Person", name } } : {};
}

/** A URL as a URI: stored addresses may hold non-ASCII letters, which a URI percent-encodes. */
function asUri(url: string): string {
  return /^[\x21-\x7e]+$/.test(url) ? url : new URL(url).href;
}

function sourceBody(source: Source): SourceBody {
  return {
    type: "SpecificResource",
    purpose: "linking",
    source: { id: asUri(source.url), type: "Text", label: source.title },
    ...(source.excerpt ? { selector: { type: "TextQuoteSelector", exact: source.excerpt } } : {}),
    ...(source.note ? { label: source.note } : {}),
    ...creatorOf(source.addedBy),
    created: source.createdAt,
    modified: source.updatedAt,
  };
}

function bodies(claim: ReportClaim): (TextualBody | SourceBody)[] {
  const out: (TextualBody | SourceBody)[] = [{ type: "TextualBody", purpose: "tagging", value: claim.status }];
  if (claim.orphaned) out.push({ type: "TextualBody", purpose: "tagging", value: ORPHANED_TAG });
  // The note has no creator of its own: it is the claim's, whose creator is the annotation's.
  if (claim.note) out.push({ type: "TextualBody", purpose: "commenting", value: claim.note, format: "text/plain" });
  out.push(...claim.sources.map(sourceBody));
  return out;
}

function commentAnnotation(comment: Comment, { id, target, resolved }: { id: string; target: string; resolved?: CommentThread["resolved"] }): W3cCommentAnnotation {
  const body: TextualBody[] = comment.deleted ? [] : [{ type: "TextualBody", purpose: "commenting", value: comment.body, format: "text/plain" }];
  if (resolved) body.push({ type: "TextualBody", purpose: "tagging", value: RESOLVED_TAG, ...creatorOf(resolved.by), created: resolved.at });
  return {
    "@context": W3C_ANNOTATION_CONTEXT,
    id,
    type: "Annotation",
    motivation: comment.parentId === null ? "commenting" : "replying",
    created: comment.createdAt,
    modified: comment.updatedAt,
    ...creatorOf(comment.author),
    ...(body.length > 0 ? { body } : {}),
    target,
  };
}

/** A claim's threads as annotations: each first comment, then its replies; deleted comments only where they hold a thread. */
function threadAnnotations(claim: ReportClaim, claimId: string, baseUrl: string): W3cCommentAnnotation[] {
  const idOf = (comment: Comment) => `${baseUrl}/api/v1/comments/${comment.id}`;
  return claim.threads.flatMap((thread) => {
    const replies = thread.replies.filter((reply) => !reply.deleted);
    if (thread.deleted && replies.length === 0) return [];
    const root = commentAnnotation(thread, { id: idOf(thread), target: claimId, resolved: thread.resolved });
    return [root, ...replies.map((reply) => commentAnnotation(reply, { id: idOf(reply), target: root.id }))];
  });
}

function selectors(claim: ReportClaim, index: CodePointIndex): Selector[] {
  const { exact, prefix, suffix } = claim.quote;
  const quote: Selector = { type: "TextQuoteSelector", exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
  // An orphaned claim's offsets belong to an older text: only its quote still describes it.
  if (claim.orphaned) return [quote];
  return [quote, { type: "TextPositionSelector", start: index.toCodePoint(claim.start), end: index.toCodePoint(claim.end) }];
}

function annotation(claim: ReportClaim, model: ReportModel, index: CodePointIndex, baseUrl: string): W3cAnnotation {
  return {
    "@context": W3C_ANNOTATION_CONTEXT,
    id: `${baseUrl}/api/v1/annotations/${claim.id}`,
    type: "Annotation",
    motivation: "assessing",
    created: claim.createdAt,
    modified: claim.updatedAt,
    ...creatorOf(claim.author),
    body: bodies(claim),
    target: { source: model.article.url, selector: selectors(claim, index) },
  };
}

/**
 * The report's claims as a W3C Web Annotation `AnnotationCollection` (JSON-LD), its one page
 * embedded as `first`. Each claim is an Annotation with `motivation: "assessing"`; its bodies are
 * a `tagging` TextualBody whose value is the status (`sourced`, `unsourced`, `disputed`), another
 * tagged `orphaned` for an orphaned claim, a `commenting` body for the note (no creator) and a
 * `linking` SpecificResource per source. Its threads follow it as annotations of their own (see
 * `W3cCommentAnnotation`), so replies and resolved state travel too and Claimcheck's import
 * rebuilds them. A claim's target is the article's URL with a
 * TextQuoteSelector and a TextPositionSelector whose start and end count Unicode code points, as
 * the model requires (Claimcheck stores UTF-16 offsets, so an emoji earlier in the text would
 * otherwise shift every later claim). Orphaned claims keep only the TextQuoteSelector. Every
 * annotation carries `@context`, so each is valid on its own too.
 */
export function reportToW3c(model: ReportModel): W3cAnnotationCollection {
  const index = codePointIndex(model.article.text);
  const baseUrl = baseUrlOfReport(model.reportUrl);
  const id = `${model.reportUrl}?format=w3c`;
  const items = model.claims.flatMap((claim) => {
    const assessed = annotation(claim, model, index, baseUrl);
    return [assessed, ...threadAnnotations(claim, assessed.id, baseUrl)];
  });
  return {
    "@context": W3C_ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `Claimcheck claims on “${model.article.title}”${model.filterDescription ? ` (${model.filterDescription})` : ""}`,
    total: items.length,
    first: { id: `${id}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
