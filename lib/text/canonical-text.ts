import type { ProseNodeJSON } from "./prose-json";

/** Text between two blocks of the canonical text. */
export const BLOCK_SEPARATOR = "\n\n";

/** Inline leaf nodes that stand for a character of the canonical text. */
const INLINE_LEAF_TEXT: Record<string, string> = { hardBreak: "\n" };

/**
 * One run of document positions that maps one-to-one onto text offsets:
 * `length` positions from `pos` correspond to `length` characters from `offset`.
 */
export type TextSegment = { pos: number; offset: number; length: number };

/** A textblock (paragraph, heading…) as seen in the canonical text. */
export type TextBlock = {
  /** Document position where the block's content starts. */
  pos: number;
  /** Document position where the block's content ends. */
  endPos: number;
  /** Text offset where the block's text starts. */
  offset: number;
  /** Length of the block's text. */
  length: number;
};

/** The canonical text of a document with everything needed to map it back. */
export type TextModel = {
  text: string;
  blocks: TextBlock[];
  segments: TextSegment[];
};

function isTextblock(node: ProseNodeJSON): boolean {
  if (node.type === "text" || node.type in INLINE_LEAF_TEXT) return false;
  if (!node.content || node.content.length === 0) return LEAF_BLOCKS_WITH_TEXT.has(node.type);
  return node.content.every((child) => child.type === "text" || isInlineLeaf(child));
}

// Empty textblocks still count as blocks (an empty paragraph is a visible line).
const LEAF_BLOCKS_WITH_TEXT = new Set(["paragraph", "heading", "codeBlock"]);

function isInlineLeaf(node: ProseNodeJSON): boolean {
  return node.type in INLINE_LEAF_TEXT || (!node.content && node.type !== "text" && !LEAF_BLOCKS_WITH_TEXT.has(node.type) && !BLOCK_LEAVES.has(node.type));
}

// Block-level leaves occupy one position and contribute no text.
const BLOCK_LEAVES = new Set(["horizontalRule", "image"]);

/** Size of a node in ProseMirror positions. */
function nodeSize(node: ProseNodeJSON): number {
  if (node.type === "text") return node.text?.length ?? 0;
  if (!node.content) return LEAF_BLOCKS_WITH_TEXT.has(node.type) ? 2 : 1;
  return 2 + node.content.reduce((sum, child) => sum + nodeSize(child), 0);
}

/**
 * Derives the canonical text of a document (textblocks joined by a blank line, hard breaks as
 * "\n") together with the map between document positions and text offsets. The browser and the
 * server both call this, so a claim's offsets mean the same thing on either side.
 */
export function buildTextModel(doc: ProseNodeJSON): TextModel {
  const blocks: TextBlock[] = [];
  const segments: TextSegment[] = [];
  let text = "";

  function visitBlock(node: ProseNodeJSON, contentPos: number) {
    if (blocks.length > 0) text += BLOCK_SEPARATOR;
    const block: TextBlock = { pos: contentPos, endPos: contentPos, offset: text.length, length: 0 };
    let pos = contentPos;
    for (const child of node.content ?? []) {
      const piece = child.type === "text" ? child.text ?? "" : INLINE_LEAF_TEXT[child.type] ?? "";
      if (piece.length > 0) {
        const last = segments[segments.length - 1];
        if (last && last.pos + last.length === pos && last.offset + last.length === text.length) {
          last.length += piece.length;
        } else {
          segments.push({ pos, offset: text.length, length: piece.length });
        }
        text += piece;
      }
      pos += nodeSize(child);
    }
    block.length = text.length - block.offset;
    block.endPos = pos;
    blocks.push(block);
  }

  function visit(node: ProseNodeJSON, pos: number) {
    if (isTextblock(node)) {
      visitBlock(node, pos + 1);
      return;
    }
    let childPos = pos + 1;
    for (const child of node.content ?? []) {
      visit(child, childPos);
      childPos += nodeSize(child);
    }
  }

  // The doc node itself has no opening token: its content starts at position 0.
  let pos = 0;
  for (const child of doc.content ?? []) {
    visit(child, pos);
    pos += nodeSize(child);
  }
  return { text, blocks, segments };
}

/** The canonical text of a document: textblocks joined by "\n\n", hard breaks as "\n". */
export function canonicalText(doc: ProseNodeJSON): string {
  return buildTextModel(doc).text;
}
