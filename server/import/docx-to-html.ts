import "server-only";
import mammoth from "mammoth";
import { AppError } from "@/lib/api/app-error";

/** Every .docx is a zip archive, and every zip archive starts with a local file header. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/**
 * Ceiling on what the archive says it expands to. A 5 MiB upload of repeated bytes can inflate
 * to gigabytes (a "zip bomb"); real articles expand to a few MiB of XML.
 */
const MAX_EXPANDED_BYTES = 64 * 1024 * 1024;

// Word's "Title" style is how many newsrooms set the headline; underline exists in the editor.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh", "u => u"];

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
  const expanded = declaredExpandedSize(bytes);
  if (expanded === null) throw notDocx();
  if (expanded > MAX_EXPANDED_BYTES) {
    throw new AppError("payload_too_large", "This .docx document expands to more than 64 MiB.", { fields: { file: "the document expands to more than 64 MiB" } });
  }
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
 * Sums the uncompressed sizes the zip's central directory declares, or null when there is no
 * readable directory. A crafted archive can under-declare, so this stops honest bombs only.
 */
function declaredExpandedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  // The end-of-central-directory record is 22 bytes, followed by a comment of up to 64 KiB.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(end + 10);
  let at = u32(end + 16);
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) return null;
    const size = u32(at + 24);
    // 0xFFFFFFFF means "see the Zip64 record": far beyond anything an article needs.
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return total;
}
