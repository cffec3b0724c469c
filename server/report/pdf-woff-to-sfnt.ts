import "server-only";
import zlib from "node:zlib";

// WOFF 1.0 layout (https://www.w3.org/TR/WOFF/): a 44-byte header, then one 20-byte directory
// entry per table; a table is zlib-compressed when its stored length is below its real length.
const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
// The TrueType/OpenType (sfnt) file it unwraps to: a 12-byte offset table, 16 bytes per table record.
const SFNT_HEADER = 12;
const SFNT_RECORD = 16;

type WoffTable = { tag: number; checksum: number; data: Buffer };

const padded = (length: number) => (length + 3) & ~3;

function readTables(woff: Buffer): WoffTable[] {
  if (woff.length < WOFF_HEADER || woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error("Not a WOFF 1.0 font");
  const count = woff.readUInt16BE(12);
  return Array.from({ length: count }, (_, i) => {
    const entry = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = woff.readUInt32BE(entry + 4);
    const stored = woff.subarray(offset, offset + woff.readUInt32BE(entry + 8));
    const length = woff.readUInt32BE(entry + 12);
    const data = stored.length < length ? zlib.inflateSync(stored) : stored;
    if (data.length !== length) throw new Error("WOFF table does not inflate to its declared length");
    return { tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data };
  });
}

/**
 * The plain TrueType/OpenType font inside a WOFF 1.0 file, tables inflated once. fontkit reads a
 * WOFF table by inflating it anew on every access, in JavaScript — for `glyf`, once per glyph
 * measured or embedded, which cost a report ~200 ms per document in fonts alone; from an sfnt
 * it reads the bytes in place. The tables keep their order, checksums and contents, so the
 * subset embedded in a PDF is the same either way.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  const tables = readTables(woff);
  const power = 2 ** Math.floor(Math.log2(Math.max(1, tables.length)));
  const directoryEnd = SFNT_HEADER + tables.length * SFNT_RECORD;
  const size = tables.reduce((total, table) => total + padded(table.data.length), directoryEnd);
  const sfnt = Buffer.alloc(size);
  sfnt.writeUInt32BE(woff.readUInt32BE(4), 0); // the WOFF "flavor" is the sfnt version
  sfnt.writeUInt16BE(tables.length, 4);
  sfnt.writeUInt16BE(power * SFNT_RECORD, 6); // searchRange
  sfnt.writeUInt16BE(Math.log2(power), 8); // entrySelector
  sfnt.writeUInt16BE((tables.length - power) * SFNT_RECORD, 10); // rangeShift
  let offset = directoryEnd;
  tables.forEach((table, i) => {
    const record = SFNT_HEADER + i * SFNT_RECORD;
    sfnt.writeUInt32BE(table.tag, record);
    sfnt.writeUInt32BE(table.checksum, record + 4);
    sfnt.writeUInt32BE(offset, record + 8);
    sfnt.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(sfnt, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}
