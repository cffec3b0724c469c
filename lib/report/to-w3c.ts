import type { Comment } from "../api/dto";
import { codePointIndex, type CodePointIndex } from "../text/code-points";
import type { ReportClaim, ReportModel } from "./report-model";

/** The JSON-LD context every Web Annotation document names. */
export const W3C_ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** The tag an orphaned claim carries beside its status. */
export const ORPHANED_TAG = "orphaned";

type Person = { type: "Person"; name: string };
type TextualBody = { type: "TextualBody"; purpose: "tagging" | "commenting"; value: string; format?: "text/plain"; creator?: Person; created?: string; modified?: string };
type Selector =
  | { type: "TextQuoteSelector"; exact: string; prefix?: string; suffix?: string }
  | { type: "TextPositionSelector"; start: number; end: number };

/** One claim as a W3C Web Annotation. */
export type W3cAnnotation = {
  "@context": typeof W3C_ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "assessing";
  created: string;
  modified: string;
  creator?: Person;
  body: TextualBody[];
  target: { source: string; selector: Selector[] };
};

/** The report's claims as a W3C AnnotationCollection with a single embedded page. */
export type W3cAnnotationCollection = {
  "@context": typeof W3C_ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: W3cAnnotation[] };
};

/** The app's address: the report URL less its `/articles/:id/report` path. */
export function baseUrlOfReport(reportUrl: string): string {
  const stripped = reportUrl.replace(/\/articles\/[^/?#]+\/report\/?(?:[?#].*)?$/, "");
  return stripped !== reportUrl ? stripped : new URL(reportUrl).origin;
}

function person(name: string): Person {
  return { type: "Person", name };
}

function commentBody(comment: Comment): TextualBody {
  return {
    type: "TextualBody",
    purpose: "commenting",
    value: comment.body,
    format: "text/plain",
    ...(comment.author ? { creator: person(comment.author.name) } : {}),
    created: comment.createdAt,
    modified: comment.updatedAt,
  };
}

function bodies(claim: ReportClaim): TextualBody[] {
  const out: TextualBody[] = [{ type: "TextualBody", purpose: "tagging", value: claim.status }];
  if (claim.orphaned) out.push({ type: "TextualBody", purpose: "tagging", value: ORPHANED_TAG });
  // The note has no creator of its own (it is the claim's, whose creator is the annotation's);
  // comments name theirs. The importer relies on that to tell them apart.
  if (claim.note) out.push({ type: "TextualBody", purpose: "commenting", value: claim.note, format: "text/plain" });
  const comments = claim.threads.flatMap((thread) => [thread, ...thread.replies]);
  out.push(...comments.filter((comment) => !comment.deleted).map(commentBody));
  return out;
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
    ...(claim.author ? { creator: person(claim.author.name) } : {}),
    body: bodies(claim),
    target: { source: model.article.url, selector: selectors(claim, index) },
  };
}

/**
 * The report's claims as a W3C Web Annotation `AnnotationCollection` (JSON-LD), its one page
 * embedded as `first`. Each claim is an Annotation with `motivation: "assessing"`; its bodies are
 * a `tagging` TextualBody whose value is the status (`sourced`, `unsourced`, `disputed`), another
 * tagged `orphaned` for an orphaned claim, a `commenting` body for the note (no creator) and one
 * per comment that was not deleted (with its creator). Its target is the article's URL with a
 * TextQuoteSelector and a TextPositionSelector whose start and end count Unicode code points, as
 * the model requires (Claimcheck stores UTF-16 offsets, so an emoji earlier in the text would
 * otherwise shift every later claim). Orphaned claims keep only the TextQuoteSelector. Every
 * annotation carries `@context`, so each is valid on its own too.
 */
export function reportToW3c(model: ReportModel): W3cAnnotationCollection {
  const index = codePointIndex(model.article.text);
  const baseUrl = baseUrlOfReport(model.reportUrl);
  const id = `${model.reportUrl}?format=w3c`;
  const items = model.claims.map((claim) => annotation(claim, model, index, baseUrl));
  return {
    "@context": W3C_ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `Claimcheck claims on “${model.article.title}”${model.filterDescription ? ` (${model.filterDescription})` : ""}`,
    total: items.length,
    first: { id: `${id}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
