import "server-only";
import type { TUpdateArticleText } from "@/lib/api/schemas";
import { markdownToDoc, plainTextToDoc, type ProseNodeJSON } from "@/lib/text";
import { htmlToDoc } from "../import/html-to-doc";

/** The document a text update describes: Tiptap JSON as is (validated later), or converted text. */
export function documentFromInput(input: Omit<TUpdateArticleText, "baseRevision">): ProseNodeJSON {
  if (input.text !== undefined) return plainTextToDoc(input.text);
  if (input.markdown !== undefined) return markdownToDoc(input.markdown);
  if (input.html !== undefined) return htmlToDoc(input.html);
  return input.content as ProseNodeJSON;
}
