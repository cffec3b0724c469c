import type { TextModel } from "./canonical-text";

/** Index of the last item whose key is <= value, or -1 (items sorted by key). */
function lastAtOrBefore<T>(items: T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Maps a text offset of the canonical text to a document position.
 * An offset in the blank line between two blocks has no position of its own: `side` says
 * whether it snaps to the end of the block before ("before", for the end of a range) or the
 * start of the block after ("after", for the start of a range).
 */
export function offsetToPos(model: TextModel, offset: number, side: "before" | "after" = "before"): number {
  const { blocks, segments } = model;
  const b = lastAtOrBefore(blocks, (block) => block.offset, offset);
  if (b < 0) return blocks[0]?.pos ?? 0;
  const block = blocks[b];
  if (offset > block.offset + block.length) {
    return side === "after" && blocks[b + 1] ? blocks[b + 1].pos : block.endPos;
  }
  const i = lastAtOrBefore(segments, (seg) => seg.offset, offset);
  const seg = i >= 0 ? segments[i] : undefined;
  if (!seg || seg.offset + seg.length < offset || seg.pos < block.pos) return block.pos;
  return seg.pos + (offset - seg.offset);
}

/**
 * Maps a document position to a text offset. Positions inside a textblock map exactly;
 * positions on structure between blocks snap to the end of the text before them.
 */
export function posToOffset(model: TextModel, pos: number): number {
  const { blocks, segments } = model;
  const b = lastAtOrBefore(blocks, (block) => block.pos, pos);
  if (b < 0) return 0;
  const block = blocks[b];
  if (pos >= block.endPos) return block.offset + block.length;
  const i = lastAtOrBefore(segments, (seg) => seg.pos, pos);
  const seg = i >= 0 ? segments[i] : undefined;
  if (!seg || seg.pos < block.pos) return block.offset;
  return seg.offset + Math.min(pos - seg.pos, seg.length);
}
