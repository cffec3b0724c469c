/** Which items of a long list to draw: those in the scrolled viewport, plus a margin. */
export type ListWindow = {
  /** Index of the first item to draw. */
  first: number;
  /** Index after the last item to draw. */
  last: number;
  /** Room to leave above and below the drawn items, so the scrollbar stays true. */
  paddingTop: number;
  paddingBottom: number;
};

/**
 * `offsets[i]` is where item `i` starts (its height plus the gap after it added to the previous
 * one's), `offsets[n]` the list's full height. Draws every item that reaches into
 * `[top - overscan, top + height + overscan)`.
 */
export function listWindow(offsets: readonly number[], { top, height, overscan }: { top: number; height: number; overscan: number }): ListWindow {
  const n = offsets.length - 1;
  const from = top - overscan;
  const to = top + height + overscan;
  // First item that ends below `from`.
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1] <= from) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // First item that starts at or below `to`.
  hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < to) lo = mid + 1;
    else hi = mid;
  }
  const last = Math.max(first, lo);
  return { first, last, paddingTop: offsets[first], paddingBottom: offsets[n] - offsets[last] };
}
