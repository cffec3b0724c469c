/**
 * Whether `index` falls between the two UTF-16 code units of a surrogate pair
 * (a non-BMP character such as "🚨"), i.e. slicing the text at `index` would
 * leave a lone, unrenderable half on each side.
 *
 * Offsets throughout the anchoring module are UTF-16 code units (what
 * `String.prototype.slice` and the DOM use), so boundaries chosen by us
 * (context windows, approximate matches) must be checked against this.
 */
export function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
