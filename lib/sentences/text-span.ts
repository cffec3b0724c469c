/** A half-open range of UTF-16 offsets into a text: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}
