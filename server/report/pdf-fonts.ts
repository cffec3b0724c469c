import "server-only";
import fs from "node:fs";
import path from "node:path";
import { woffToSfnt } from "./pdf-woff-to-sfnt";

/**
 * Noto Sans from @fontsource: the WOFF files (pdfkit cannot read its WOFF2 ones), unwrapped to
 * TrueType on loading, from which pdfkit embeds a subset of the glyphs drawn. The
 * "latin" subset covers French typography (« » ’ é œ — €); names such as "Łódź" or "Dvořák"
 * fall back to the "latin-ext" subset, character by character.
 */
const FONT_FILES = {
  regular: "noto-sans-latin-400-normal.woff",
  bold: "noto-sans-latin-700-normal.woff",
  regularExt: "noto-sans-latin-ext-400-normal.woff",
  boldExt: "noto-sans-latin-ext-700-normal.woff",
} as const;

export type ReportFont = keyof typeof FONT_FILES;

/** The "latin" subset's unicode-range, as @fontsource/noto-sans declares it (unicode.json). */
const LATIN_RANGE = "0000-00FF,0131,0152-0153,02BB-02BC,02C6,02DA,02DC,0304,0308,0329,2000-206F,20AC,2122,2191,2193,2212,2215,FEFF,FFFD";
const LATIN = LATIN_RANGE.split(",").map((range) => {
  const [from, to = from] = range.split("-").map((hex) => parseInt(hex, 16));
  return { from, to };
});

function inLatinSubset(codePoint: number): boolean {
  return LATIN.some((range) => codePoint >= range.from && codePoint <= range.to);
}

// Resolved from the project root: `next start`, vitest and the CLI all run there, and Next's
// bundler would rewrite a require.resolve of a non-JavaScript file.
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans", "files");
let cache: Record<ReportFont, Buffer> | null = null;

/** The four fonts, read and unwrapped from WOFF once per process (see woffToSfnt for why). */
function reportFontData(): Record<ReportFont, Buffer> {
  cache ??= Object.fromEntries(Object.entries(FONT_FILES).map(([name, file]) => [name, woffToSfnt(fs.readFileSync(path.join(FONT_DIR, file)))])) as Record<ReportFont, Buffer>;
  return cache;
}

/**
 * Registers the four fonts under their ReportFont names and makes "regular" current. pdfkit
 * caches a parsed font under the name it was first selected by, so every later doc.font(name)
 * is a lookup. Selecting a font by its bytes instead (doc.font(buffer), or the `font` document
 * option, which pdfkit re-applies at every automatic page break) parses the whole file again
 * each time: that was most of a long report's rendering time.
 */
export function registerReportFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, data] of Object.entries(reportFontData())) doc.registerFont(name, data);
  doc.font("regular" satisfies ReportFont);
}

/** Splits text into runs that one font can draw: the latin subset first, else latin-ext. */
export function fontRuns(text: string, bold: boolean): { font: ReportFont; text: string }[] {
  const runs: { font: ReportFont; text: string }[] = [];
  for (const char of text) {
    const latin = inLatinSubset(char.codePointAt(0)!);
    const font: ReportFont = bold ? (latin ? "bold" : "boldExt") : latin ? "regular" : "regularExt";
    const last = runs[runs.length - 1];
    if (last?.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return runs;
}
