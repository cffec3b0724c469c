import "server-only";
import type { TUpdateArticleText } from "@/lib/api/schemas";
import { markdownToDoc, plainTextToDoc, type ProseNodeJSON } from "@/lib/text";
import { assertDocumentWithinLimits } from "../import/document-limits";
import { htmlToDoc } from "../import/html-to-doc";

/**
 * The document a text update describes: Tiptap JSON as is (validated later), or converted text.
 * Too many blocks or too deep a nesting is refused here, before anything walks it recursively.
 */
export function documentFromInput(input: Omit<TUpdateArticleText, "baseRevision">): ProseNodeJSON {
  const [doc, field] = convert(input);
  assertDocumentWithinLimits(doc, field);
  return doc;
}

function convert(input: Omit<TUpdateArticleText, "baseRevision">): [ProseNodeJSON, string] {
  if (input.text !== undefined) return [plainTextToDoc(input.text), "text"];
  if (input.markdown !== undefined) return [markdownToDoc(input.markdown), "markdown"];
  if (input.html !== undefined) return [htmlToDoc(input.html), "html"];
  return [input.content as ProseNodeJSON, "content"];
}
