import "server-only";
import mammoth from "mammoth";
import { AppError } from "@/lib/api/app-error";
import { MAX_ARTICLE_BLOCKS } from "@/lib/api/limits";
import { tooManyBlocks } from "./document-limits";
import { readZipDirectory, readZipEntry, type ZipEntry } from "./zip-directory";

/** Every .docx is a zip archive, and every zip archive starts with a local file header. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Ceiling on what the archive says it expands to. A 5 MiB upload of repeated bytes can inflate
 * to gigabytes (a "zip bomb"); real articles expand to a few MiB of XML.
 */
const MAX_EXPANDED_BYTES = 64 * 1024 * 1024;

// Word's "Title" style is how many newsrooms set the headline; underline exists in the editor.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh", "u => u"];

function tooLarge(): AppError {
  return new AppError("payload_too_large", "This .docx document expands to more than 64 MiB.", { fields: { file: "the document expands to more than 64 MiB" } });
}

function notDocx(): AppError {
  return new AppError("invalid_input", "This file is not a valid .docx document.", { fields: { file: "this file is not a valid .docx document" } });
}

/**
 * Converts a Word document to HTML with mammoth (headings, lists, bold, italic, underline,
 * strike, links; images are left out). The HTML still has to be sanitised. Anything that is not
 * a readable .docx is refused with a 400 naming the file field.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  if (!ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw notDocx();
  const entries = readZipDirectory(bytes);
  if (entries === null) throw notDocx();
  const expanded = entries.reduce((total, entry) => total + entry.size, 0);
  if (expanded > MAX_EXPANDED_BYTES) throw tooLarge();
  // mammoth holds the whole document model at once (about 10 KB per paragraph): count the
  // paragraphs in the raw XML first, so a tiny archive of 40,000 empty ones costs nothing.
  if (paragraphCount(bytes, entries) > MAX_ARTICLE_BLOCKS) throw tooManyBlocks("file");
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Images are dropped by the sanitiser anyway: don't spend time and memory encoding them.
    const convertImage = mammoth.images.imgElement(async () => ({ src: "" }));
    const result = await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, convertImage, externalFileAccess: false });
    return result.value;
  } catch {
    // mammoth and JSZip throw plain Errors ("Can't find end of central directory", "Could not
    // find main document part"); to the person uploading they all mean the same thing.
    throw notDocx();
  }
}

/**
 * Paragraphs (`<w:p>` elements) of the main document part, footnotes and endnotes: what mammoth
 * converts. A crafted archive may under-declare sizes, so inflating is capped here too.
 */
function paragraphCount(bytes: Uint8Array, entries: ZipEntry[]): number {
  let paragraphs = 0;
  for (const entry of entries) {
    if (!/^word\/(document|footnotes|endnotes)\d*\.xml$/.test(entry.name)) continue;
    let xml: Buffer | null;
    try {
      xml = readZipEntry(bytes, entry, MAX_EXPANDED_BYTES);
    } catch {
      throw tooLarge();
    }
    if (xml === null) throw notDocx();
    paragraphs += countParagraphTags(xml);
  }
  return paragraphs;
}

/** Occurrences of `<w:p>`, `<w:p/>` and `<w:p …>` (not `<w:pPr>` or `<w:proofErr>`). */
function countParagraphTags(xml: Buffer): number {
  let count = 0;
  for (let at = xml.indexOf("<w:p"); at >= 0; at = xml.indexOf("<w:p", at + 4)) {
    const next = xml[at + 4];
    if (next === 0x3e /* > */ || next === 0x2f /* / */ || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d) count += 1;
  }
  return count;
}
