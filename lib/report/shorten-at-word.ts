/**
 * `text` with its runs of whitespace (newlines included) collapsed to single spaces and, when
 * longer than `max` characters, cut at the last word boundary that fits and ended with "…" (the
 * result, ellipsis included, is at most `max` UTF-16 units). A text without a space in range is
 * cut mid-word rather than left long, and never between the halves of a surrogate pair.
 */
export function shortenAtWord(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  let cut = max - 1;
  const space = flat.lastIndexOf(" ", cut);
  if (space > max / 2) cut = space;
  else if (/[\uDC00-\uDFFF]/.test(flat[cut] ?? "")) cut -= 1;
  return `${flat.slice(0, cut).trimEnd()}…`;
}
