import type { ProseNodeJSON } from "./prose-json";

/** Nodes a reader sees as one block of the article: paragraphs, headings, code blocks, rules. */
const COUNTED_BLOCKS = new Set(["paragraph", "heading", "codeBlock", "horizontalRule"]);

/** The size of a document that decides what holding and showing it costs. */
export type DocumentMeasure = {
  /** Paragraphs, headings, code blocks and horizontal rules, at any depth (list items hold paragraphs). */
  blocks: number;
  /** The deepest nesting of nodes below the document, text aside (a paragraph at the top level is 1). */
  depth: number;
};

/**
 * Measures a document without recursion, so that even a hostile, deeply nested JSON document is
 * measured rather than overflowing the stack; stops counting once both `stopAt` figures are
 * passed, since the caller only needs to know that a limit is exceeded.
 */
export function measureDocument(doc: ProseNodeJSON, stopAt: DocumentMeasure = { blocks: Infinity, depth: Infinity }): DocumentMeasure {
  let blocks = 0;
  let depth = 0;
  const pending: { node: ProseNodeJSON; depth: number }[] = (doc.content ?? []).map((node) => ({ node, depth: 1 }));
  while (pending.length > 0 && !(blocks > stopAt.blocks && depth > stopAt.depth)) {
    const { node, depth: at } = pending.pop()!;
    if (COUNTED_BLOCKS.has(node.type)) blocks += 1;
    if (node.type !== "text") depth = Math.max(depth, at);
    if (Array.isArray(node.content)) for (const child of node.content) pending.push({ node: child, depth: at + 1 });
  }
  return { blocks, depth };
}
