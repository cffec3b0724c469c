import "server-only";
import { fontRuns } from "./pdf-fonts";

/** Characters the embedded Noto Sans subset has no glyph for, replaced by ones it has. */
const REPLACEMENTS: [RegExp, string][] = [
  [/[\u2007\u202f]/g, "\u00a0"], // figure and narrow no-break spaces (French « 3 000 € ») stay unbreakable
  [/[\u2000-\u2006\u2008-\u200a\u205f]/g, " "],
  [/[\u200b-\u200f\u2060-\u206f\ufeff\u00ad]/g, ""], // zero-width and direction marks, soft hyphen
  [/[\u2010\u2011]/g, "-"],
  [/\u2012/g, "–"],
  [/\u2015/g, "—"],
  [/[\u2028\u2029]/g, "\n"],
  [/\r\n?/g, "\n"],
];

/** Text as the PDF's fonts can draw it. */
export function pdfSafeText(text: string): string {
  return REPLACEMENTS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

export type TextStyle = {
  bold?: boolean;
  size?: number;
  colour?: string;
  underline?: boolean;
  /** Keep writing on the same line with the next call. */
  continued?: boolean;
  link?: string;
};

/**
 * Writes text in the report's fonts, switching font mid-line where a character needs the
 * fallback subset. Every piece of text in the PDF goes through here.
 */
export function writeText(doc: PDFKit.PDFDocument, text: string, style: TextStyle = {}): void {
  const runs = fontRuns(pdfSafeText(text), style.bold ?? false);
  if (runs.length === 0) {
    if (style.continued) return;
    runs.push({ font: style.bold ? "bold" : "regular", text: " " });
  }
  doc.fontSize(style.size ?? 10).fillColor(style.colour ?? "#000000");
  runs.forEach((run, i) => {
    const continued = i < runs.length - 1 || (style.continued ?? false);
    doc.font(run.font).text(run.text, { continued, underline: style.underline ?? false, link: style.link ?? null });
  });
}

/** Draws `content` with the left edge moved right by `by` points (for replies and lists). */
export function indented(doc: PDFKit.PDFDocument, by: number, content: () => void): void {
  doc.x += by;
  try {
    content();
  } finally {
    doc.x -= by;
  }
}
