import "server-only";
import { DOMParser } from "@tiptap/pm/model";
import { Window } from "happy-dom";
import { articleSchema } from "@/lib/text/article-schema";
import type { ProseNodeJSON } from "@/lib/text";
import { sanitizeArticleHtml } from "./sanitize-article-html";

/**
 * Converts untrusted HTML into an article document: sanitised first, then parsed by ProseMirror
 * with the editor's own schema, so the result is exactly what the editor can show (unknown
 * markup keeps its text, invalid nesting is repaired, whitespace collapses as a browser would).
 */
export function htmlToDoc(html: string): ProseNodeJSON {
  // A throwaway window per call: nothing of one document can leak into the next. Scripts,
  // stylesheets and images are never loaded by happy-dom's defaults, and the sanitiser has
  // already removed them anyway.
  const window = new Window({ settings: { disableJavaScriptFileLoading: true, disableComputedStyleRendering: true } });
  try {
    const container = window.document.createElement("div");
    container.innerHTML = sanitizeArticleHtml(html);
    // happy-dom's nodes implement the DOM interfaces ProseMirror reads; its types are its own.
    const doc = DOMParser.fromSchema(articleSchema()).parse(container as unknown as globalThis.Node);
    return doc.toJSON() as ProseNodeJSON;
  } finally {
    window.happyDOM.close().catch(() => undefined);
  }
}
