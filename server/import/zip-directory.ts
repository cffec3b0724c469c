import "server-only";
import zlib from "node:zlib";

/** One file of a zip archive as its central directory describes it. */
export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; localHeader: number };

/**
 * Reads a zip archive's central directory, or answers null when there is none readable. Sizes
 * are what the archive declares: a crafted archive can lie, so readers must cap what they inflate.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
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
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) return null;
    const nameLength = u16(at + 28);
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, Math.min(nameLength, Math.max(0, bytes.length - at - 46))).toString("utf8");
    // 0xFFFFFFFF means "see the Zip64 record": far beyond anything an article needs.
    const size = u32(at + 24);
    entries.push({ name, method: u16(at + 10), compressedSize: u32(at + 20), size: size === 0xffffffff ? Number.POSITIVE_INFINITY : size, localHeader: u32(at + 42) });
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/**
 * The content of one entry (stored or deflated), inflating at most `maxBytes`; null when the
 * entry cannot be read. Throws a RangeError when it inflates to more than `maxBytes`.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Buffer | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) return null;
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw new RangeError("zip entry larger than allowed");
    return data;
  }
  if (entry.method !== 8) return null;
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new RangeError("zip entry larger than allowed");
    return null;
  }
}
