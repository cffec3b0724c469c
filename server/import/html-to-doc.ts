import "server-only";
import { DOMParser } from "@tiptap/pm/model";
import { MAX_HTML_ELEMENTS, MAX_NESTING_DEPTH } from "@/lib/api/limits";
import { articleSchema } from "@/lib/text/article-schema";
import type { ProseNodeJSON } from "@/lib/text";
import { tooDeeplyNested, tooManyElements } from "./document-limits";
import { LightDomLimitError, parseLightDom } from "./light-dom";
import { sanitizeArticleHtml } from "./sanitize-article-html";

/**
 * Converts untrusted HTML into an article document: sanitised first, then parsed by ProseMirror
 * with the editor's own schema, so the result is exactly what the editor can show (unknown
 * markup keeps its text, invalid nesting is repaired, whitespace collapses as a browser would).
 * HTML with more elements or deeper nesting than an article can have is refused (naming
 * `field`) before any document is built: memory stays bounded and the recursive parse cannot
 * overflow the stack.
 */
export function htmlToDoc(html: string, field = "html"): ProseNodeJSON {
  let container;
  try {
    // The sanitiser streams (htmlparser2) and only ever keeps the current path of open tags.
    container = parseLightDom(sanitizeArticleHtml(html), { maxElements: MAX_HTML_ELEMENTS, maxDepth: MAX_NESTING_DEPTH });
  } catch (error) {
    if (error instanceof LightDomLimitError) throw error.limit === "maxDepth" ? tooDeeplyNested(field) : tooManyElements(field);
    throw error;
  }
  // The light nodes implement the DOM interfaces ProseMirror reads; its types are the DOM's.
  const doc = DOMParser.fromSchema(articleSchema()).parse(container as unknown as globalThis.Node);
  return doc.toJSON() as ProseNodeJSON;
}
