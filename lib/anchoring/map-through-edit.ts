import { diffArrays } from "diff";

/** Where an offset of the old text lies in the new text (a hint: the words may have changed). */
export type OffsetMap = (oldOffset: number) => number;

/**
 * Past this many changed lines the line diff gives up and the whole middle of the text counts as
 * one changed region: Myers' diff costs O(lines × changes), and a text rewritten from top to
 * bottom gives no useful hints anyway.
 */
const MAX_CHANGED_LINES = 1000;

/** Put before both texts while diffing them (see `mapThroughEdit`). */
const LEAD = "\n\n";

/**
 * A run of the old text and what it became. In a changed run, `head` and `tail` characters at its
 * edges are still the same (a word rewritten inside a paragraph changes one line, not all of it).
 */
type Segment = { oldStart: number; oldLength: number; newStart: number; newLength: number; same: boolean; head: number; tail: number };

/**
 * Lines, each with the line breaks before it (their lengths add up to the text's). Breaks kept
 * apart would be tokens identical to each other, and a minimal diff may then align the breaks and
 * call a moved paragraph changed; breaks after a line would make the last paragraph differ from
 * itself once another is added after it.
 */
function linesOf(text: string): string[] {
  return text.match(/\n*[^\n]+|\n+$/g) ?? [];
}

function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Common suffix that does not overlap the first `taken` characters of either string. */
function commonSuffixLength(a: string, b: string, taken: number): number {
  const max = Math.min(a.length, b.length) - taken;
  let i = 0;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

function changedSegment(oldText: string, newText: string, oldStart: number, oldLength: number, newStart: number, newLength: number): Segment {
  const before = oldText.slice(oldStart, oldStart + oldLength);
  const after = newText.slice(newStart, newStart + newLength);
  const head = commonPrefixLength(before, after);
  return { oldStart, oldLength, newStart, newLength, same: false, head, tail: commonSuffixLength(before, after, head) };
}

/** The texts as unchanged and changed runs, from a diff of their lines. */
function segmentsOf(oldText: string, newText: string): Segment[] {
  const changes = diffArrays(linesOf(oldText), linesOf(newText), { maxEditLength: MAX_CHANGED_LINES });
  if (!changes) return [changedSegment(oldText, newText, 0, oldText.length, 0, newText.length)];
  const segments: Segment[] = [];
  let oldPos = 0;
  let newPos = 0;
  let changed: { oldStart: number; newStart: number } | null = null;
  const closeChanged = () => {
    if (changed) segments.push(changedSegment(oldText, newText, changed.oldStart, oldPos - changed.oldStart, changed.newStart, newPos - changed.newStart));
    changed = null;
  };
  for (const change of changes) {
    const length = change.value.reduce((sum, line) => sum + line.length, 0);
    if (!change.added && !change.removed) {
      closeChanged();
      segments.push({ oldStart: oldPos, oldLength: length, newStart: newPos, newLength: length, same: true, head: length, tail: 0 });
    } else {
      // Removed and added lines next to each other form one changed run.
      changed ??= { oldStart: oldPos, newStart: newPos };
    }
    if (!change.added) oldPos += length;
    if (!change.removed) newPos += length;
  }
  closeChanged();
  return segments;
}

/**
 * Maps offsets of `oldText` into `newText` through the edit between them, from a diff of their
 * lines (paragraphs and line breaks). An offset inside unchanged lines moves with them; inside
 * changed lines, one in their unchanged start or end moves with it, any other goes to the same
 * distance into what replaced them (at most its end). Claims then look for their words where the
 * edit put them first, instead of at their old offsets.
 */
export function mapThroughEdit(oldText: string, newText: string): OffsetMap {
  if (oldText === newText) return (offset) => offset;
  // Both texts start with a break, so the first paragraph is a token like the others (a
  // paragraph inserted or deleted at the top is then one token added or removed).
  const segments = segmentsOf(LEAD + oldText, LEAD + newText);
  const delta = newText.length - oldText.length;

  return (offset) => {
    if (offset >= oldText.length) return Math.max(0, offset + delta);
    const at = Math.max(0, offset) + LEAD.length;
    // The last segment starting at or before the offset.
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid].oldStart <= at) lo = mid;
      else hi = mid - 1;
    }
    const segment = segments[lo];
    const into = at - segment.oldStart;
    const fromEnd = segment.oldLength - into;
    const mapped =
      into <= segment.head ? segment.newStart + into
      : fromEnd <= segment.tail ? segment.newStart + segment.newLength - fromEnd
      : segment.newStart + Math.min(into, segment.newLength);
    return Math.max(0, mapped - LEAD.length);
  };
}
