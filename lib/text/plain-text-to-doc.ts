import type { ProseNodeJSON } from "./prose-json";

/**
 * Turns plain text into a Tiptap document: paragraphs at blank lines, single line breaks as
 * hard breaks. Its canonical text is the input with line endings normalised, runs of blank lines
 * collapsed and each paragraph trimmed of surrounding blank lines.
 */
export function plainTextToDoc(text: string): ProseNodeJSON {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n(?:[ \t]*\n)+/)
    .map((p) => p.replace(/^\n+|\n+$/g, ""))
    .filter((p) => p.trim().length > 0);
  return {
    type: "doc",
    content: paragraphs.map((p) => ({ type: "paragraph", content: inlineContent(p) })),
  };
}

function inlineContent(paragraph: string): ProseNodeJSON[] {
  const content: ProseNodeJSON[] = [];
  paragraph.split("\n").forEach((line, i) => {
    if (i > 0) content.push({ type: "hardBreak" });
    if (line.length > 0) content.push({ type: "text", text: line });
  });
  return content;
}
