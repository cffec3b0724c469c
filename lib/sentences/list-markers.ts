import { isSpace } from "./characters";
import { skipSpaces, trimEnd } from "./tokens";

// Bullet characters that never occur in running prose. Dashes and "*" only
// count at the start of a line and before a space, where they cannot be a
// hyphen, a minus sign or a footnote mark.
const BULLETS = "•‣⁃◦▪▫●○■□";
const DASHES = "*–—-";

// "1.", "1)", "1.)", "a.", "b)", optionally behind a bullet: "• 9.", "⁃10.".
const ENUMERATOR_LABEL = String.raw`(?:\d{1,3}|\p{L})(?:\.\)|[.)])`;
const MARKER_ONLY = new RegExp(String.raw`^(?:[${BULLETS}${DASHES}]\s*)?(?:${ENUMERATOR_LABEL})?$`, "u");
const MARKER_AHEAD = new RegExp(String.raw`^(?:[${BULLETS}]|[${DASHES}]\s|${ENUMERATOR_LABEL}\s)`, "u");
const ENUMERATOR = /(\d{1,3}|[a-z])(\.\)|\)|\.)(?=\s)/g;

/** Whether `segment` (already trimmed) is nothing but a list marker such as "1.)", "a." or "• 9.". */
export function isListMarkerOnly(segment: string): boolean {
  return segment.length > 0 && segment.length <= 12 && MARKER_ONLY.test(segment);
}

/** Whether a list item starts at `pos`: a bullet, or an enumerator like "2." / "b)" followed by a space. */
export function isListItemAt(text: string, pos: number, end: number): boolean {
  return MARKER_AHEAD.test(text.slice(pos, Math.min(end, pos + 8)));
}

// Whether only whitespace and bullets precede `pos` on its line.
function startsLine(text: string, lineFloor: number, pos: number): boolean {
  for (let i = pos - 1; i >= lineFloor; i--) {
    const ch = text[i];
    if (ch === "\n") return true;
    if (!isSpace(ch) && !BULLETS.includes(ch)) return false;
  }
  return true;
}

function enumeratorValue(label: string): number {
  return /\d/.test(label) ? Number(label) : label.charCodeAt(0);
}

/**
 * Offsets in `text[start, end)` where a list item starts in the middle of a
 * line, as in "1) The first item 2) The second item" or "• 9. One • 10. Two".
 * A bullet always starts an item. An enumerator only does when it continues a
 * run begun at the start of a line ("2." after "1.", "b)" after "a)", same
 * style), so "She bought 2. The rest…" stays untouched.
 */
export function findInlineListBreaks(text: string, start: number, end: number): number[] {
  const breaks: number[] = [];
  const first = skipSpaces(text, start, end);
  for (let i = first + 1; i < end; i++) {
    if (BULLETS.includes(text[i]) && isSpace(text[i - 1])) breaks.push(i);
  }
  const expected = new Map<string, number>();
  for (const match of text.slice(start, end).matchAll(ENUMERATOR)) {
    const at = start + match.index;
    const before = text[at - 1];
    if (at > start && !isSpace(before) && !BULLETS.includes(before)) continue;
    const style = `${/\d/.test(match[1]) ? "n" : "a"}${match[2]}`;
    const value = enumeratorValue(match[1]);
    if (startsLine(text, start, at)) {
      expected.set(style, value + 1);
    } else if (expected.get(style) === value) {
      expected.set(style, value + 1);
      // "• 10." already broke at its bullet.
      if (!BULLETS.includes(text[trimEnd(text, start, at) - 1])) breaks.push(at);
    }
  }
  return breaks.sort((a, b) => a - b);
}
