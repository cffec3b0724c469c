import "server-only";
import { AppError } from "@/lib/api/app-error";
import { MAX_ARTICLE_BLOCKS, MAX_HTML_ELEMENTS, MAX_NESTING_DEPTH } from "@/lib/api/limits";
import type { ProseNodeJSON } from "@/lib/text";
import { measureDocument } from "@/lib/text/measure-document";

const count = (n: number) => n.toLocaleString("en");

export function tooManyBlocks(field: string): AppError {
  const message = `The article has more than ${count(MAX_ARTICLE_BLOCKS)} paragraphs (headings and list items included).`;
  return new AppError("too_many_blocks", message, { fields: { [field]: `more than ${count(MAX_ARTICLE_BLOCKS)} paragraphs` } });
}

export function tooDeeplyNested(field: string): AppError {
  const message = `The document is nested more than ${MAX_NESTING_DEPTH} levels deep.`;
  return new AppError("too_deeply_nested", message, { fields: { [field]: `nested more than ${MAX_NESTING_DEPTH} levels deep` } });
}

export function tooManyElements(field: string): AppError {
  const message = `The HTML has more than ${count(MAX_HTML_ELEMENTS)} elements.`;
  return new AppError("payload_too_large", message, { fields: { [field]: `more than ${count(MAX_HTML_ELEMENTS)} HTML elements` } });
}

/**
 * Refuses a document too large or too deep to store and show (whatever it was converted from),
 * naming the input field it came from. Measured without recursion, so any JSON can be checked.
 */
export function assertDocumentWithinLimits(doc: ProseNodeJSON, field: string): void {
  const { blocks, depth } = measureDocument(doc, { blocks: MAX_ARTICLE_BLOCKS, depth: MAX_NESTING_DEPTH });
  if (depth > MAX_NESTING_DEPTH) throw tooDeeplyNested(field);
  if (blocks > MAX_ARTICLE_BLOCKS) throw tooManyBlocks(field);
}
