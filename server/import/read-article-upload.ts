import "server-only";
import { AppError } from "@/lib/api/app-error";
import { MAX_UPLOAD_BYTES, UPLOAD_FORMATS, type UploadFormat } from "@/lib/api/article-upload";
import { MAX_TITLE } from "@/lib/api/limits";
import { markdownToDoc, plainTextToDoc, type ProseNodeJSON } from "@/lib/text";
import { docxToHtml } from "./docx-to-html";
import { htmlToDoc } from "./html-to-doc";

/** An uploaded file read as an article: its document, and a title for it when one is found. */
export type ArticleUpload = { doc: ProseNodeJSON; suggestedTitle: string | null };

const ACCEPTED = Object.keys(UPLOAD_FORMATS).join(", ");

function refuse(code: "invalid_input" | "payload_too_large" | "unsupported_media_type", message: string): AppError {
  return new AppError(code, message, { fields: { file: message.replace(/\.$/, "").replace(/^\w/, (c) => c.toLowerCase()) } });
}

/**
 * Reads an uploaded article file. The extension names the format (.txt, .md/.markdown,
 * .html/.htm, .docx) and the content must agree with it: text formats must be UTF-8 without NUL
 * bytes, a .docx must be a zip archive Word could have written. The browser's MIME type is
 * ignored (it is guessed from the extension anyway). The text is kept as it is; the first
 * heading, or else the file name, is only suggested as the title.
 */
export async function readArticleUpload(file: File): Promise<ArticleUpload> {
  if (file.size > MAX_UPLOAD_BYTES) throw refuse("payload_too_large", `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB.`);
  if (file.size === 0) throw refuse("invalid_input", "The file is empty.");
  const format = formatOf(file.name);
  if (!format) throw refuse("unsupported_media_type", `Upload one of these file types: ${ACCEPTED}.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const doc = await toDoc(format, bytes);
  return { doc, suggestedTitle: firstHeading(doc) ?? titleFromName(file.name) };
}

function formatOf(name: string): UploadFormat | null {
  const extension = /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? "";
  return Object.hasOwn(UPLOAD_FORMATS, extension) ? UPLOAD_FORMATS[extension as keyof typeof UPLOAD_FORMATS] : null;
}

async function toDoc(format: UploadFormat, bytes: Uint8Array): Promise<ProseNodeJSON> {
  switch (format) {
    case "docx":
      return htmlToDoc(await docxToHtml(bytes), "file");
    case "html":
      return htmlToDoc(decodeText(bytes), "file");
    case "markdown":
      return markdownToDoc(decodeText(bytes));
    case "text":
      return plainTextToDoc(decodeText(bytes));
  }
}

/** UTF-8 text (a byte-order mark is dropped); a NUL byte or invalid UTF-8 means it is not text. */
function decodeText(bytes: Uint8Array): string {
  // A renamed binary (or UTF-16 text) almost always holds NUL bytes; UTF-8 text never does.
  if (bytes.includes(0)) throw refuse("invalid_input", "This file is not UTF-8 text.");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw refuse("invalid_input", "This file is not UTF-8 text; save it with the UTF-8 encoding.");
  }
}

function firstHeading(doc: ProseNodeJSON): string | null {
  for (const node of doc.content ?? []) {
    if (node.type === "heading") {
      const text = (node.content ?? []).map((child) => child.text ?? " ").join("");
      const title = shortTitle(text);
      if (title) return title;
    }
    const inner = node.type === "heading" ? null : firstHeading(node);
    if (inner) return inner;
  }
  return null;
}

function titleFromName(name: string): string | null {
  return shortTitle(name.replace(/^.*[/\\]/, "").replace(/\.[^.]*$/, "")) || null;
}

function shortTitle(text: string): string {
  // Collapse layout whitespace, but keep the no-break spaces of French typography (« a »).
  const title = text.replace(/[^\S\u00a0\u202f]+/g, " ").trim();
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}
