import fc from "fast-check";
import { anyNumber, anyText, fieldsOf, offset, shortText, wrongType } from "./fuzz-values";

/**
 * Request bodies for each write route of the API: the route's own fields, plausible often enough
 * to reach the services (the fixtures' text is "The first claim. The second claim. A third one."),
 * otherwise of any type, size or content (see fuzz-values.ts).
 */
const status = fc.constantFrom("sourced", "unsourced", "disputed");
/** Versions and revisions near the fixtures' own, which move as writes succeed. */
const version = fc.integer({ min: 1, max: 4 });
const url = fc.constantFrom("https://example.org/report", "http://a.b/c?d#e", "javascript:alert(1)", "ftp://x", "https://", "//evil.example", "https://exa mple.org");
const language = fc.constantFrom("en", "fr", "en-GB", "xx-invalid!", "");
const doc = anyText.map((text) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] }));
const exact = fc.oneof(fc.constantFrom("first claim", "The second", "claim. A", "third"), anyText);

const quote = fieldsOf({ exact, prefix: shortText, suffix: shortText }, ["exact"]);
const selector = fc.oneof(
  fieldsOf({ type: fc.constant("TextQuoteSelector"), exact, prefix: shortText }, ["type", "exact"]),
  fieldsOf({ type: fc.constant("TextPositionSelector"), start: offset, end: offset }, ["type", "start", "end"]),
);
const textualBody = fieldsOf({ type: fc.constant("TextualBody"), purpose: fc.constantFrom("tagging", "commenting"), value: fc.oneof(status, anyText) }, ["purpose", "value"]);
const annotation = fieldsOf(
  { type: fc.constant("Annotation"), body: fc.array(textualBody, { maxLength: 3 }), target: fieldsOf({ source: shortText, selector: fc.array(selector, { maxLength: 3 }) }, ["selector"]) },
  ["type", "body", "target"],
);
const page = fieldsOf({ type: fc.constant("AnnotationPage"), items: fc.array(annotation, { maxLength: 5 }) }, ["type", "items"]);

export const createArticle = fc.oneof(
  fieldsOf({ title: shortText, language, byline: shortText, sourceUrl: url, text: anyText }, ["title", "language", "text"]),
  fieldsOf({ title: shortText, language, text: anyText, markdown: anyText, html: anyText.map((t) => `<p>${t}</p>`) }, ["title", "language"]),
);

export const updateArticleText = fc.oneof(
  fieldsOf({ baseRevision: version, text: anyText }, ["baseRevision", "text"]),
  fieldsOf({ baseRevision: fc.oneof(version, anyNumber), content: fc.oneof(doc, fc.jsonValue()), markdown: anyText, html: anyText }, ["baseRevision"]),
);

export const createClaim = fc.oneof(
  fieldsOf({ start: offset, end: offset, status, note: shortText }, ["start", "end", "status"]),
  fieldsOf({ quote, status, hint: offset, note: shortText }, ["quote", "status"]),
);

export const updateClaim = fc.oneof(
  fieldsOf({ version, status, note: shortText }, ["version"]),
  fieldsOf({ version, start: offset, end: offset }, ["version", "start", "end"]),
);

export const createComment = fieldsOf({ body: shortText, parentId: fc.oneof(offset, anyNumber) }, ["body"]);

export const updateComment = fc.oneof(fieldsOf({ body: shortText, version }, ["body", "version"]), fieldsOf({ resolved: fc.boolean() }, ["resolved"]));

export const createSource = fieldsOf({ url, title: shortText, excerpt: shortText, note: shortText }, ["url", "title"]);

export const updateSource = fieldsOf({ version, url, title: shortText, excerpt: shortText, note: shortText }, ["version"]);

export const setArticleState = fieldsOf({ state: fc.constantFrom("draft", "in_review", "verified", "published"), confirm: fc.boolean() }, ["state"]);

export const importW3c = fc.oneof(
  fieldsOf({ type: fc.constant("AnnotationCollection"), first: page }, ["type", "first"]),
  page,
  fc.array(annotation, { maxLength: 5 }),
  annotation,
  wrongType,
);

/** A `?version=` for DELETE: absent, plausible, or any text. */
export const versionQuery = fc.option(fc.oneof(fc.constantFrom("1", "2", "0", "-1", "abc", "1e400", ""), fc.string({ unit: "grapheme", maxLength: 200 }).map(encodeURIComponent)));
