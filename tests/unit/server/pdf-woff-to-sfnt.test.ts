import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { woffToSfnt } from "@/server/report/pdf-woff-to-sfnt";

const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans", "files");
const HEAD = 0x68656164; // "head"

/** The OpenType table checksum: the sum of the table's big-endian uint32s, zero-padded. */
function tableChecksum(table: Buffer): number {
  const padded = Buffer.alloc((table.length + 3) & ~3);
  table.copy(padded);
  let sum = 0;
  for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
  return sum;
}

function sfntTables(sfnt: Buffer): { tag: number; checksum: number; data: Buffer }[] {
  return Array.from({ length: sfnt.readUInt16BE(4) }, (_, i) => {
    const record = 12 + i * 16;
    const offset = sfnt.readUInt32BE(record + 8);
    return { tag: sfnt.readUInt32BE(record), checksum: sfnt.readUInt32BE(record + 4), data: sfnt.subarray(offset, offset + sfnt.readUInt32BE(record + 12)) };
  });
}

describe("woffToSfnt", () => {
  it.each(["noto-sans-latin-400-normal.woff", "noto-sans-latin-ext-700-normal.woff"])("unwraps %s into TrueType whose every table matches its checksum", (file) => {
    const woff = fs.readFileSync(path.join(FONT_DIR, file));
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    const tables = sfntTables(sfnt);
    expect(tables).toHaveLength(woff.readUInt16BE(12));
    expect(sfnt.readUInt16BE(6)).toBe(2 ** Math.floor(Math.log2(tables.length)) * 16);
    for (const table of tables) {
      // head's checksum is taken with its checkSumAdjustment field (bytes 8–11) set to zero.
      const data = table.tag === HEAD ? Buffer.concat([table.data.subarray(0, 8), Buffer.alloc(4), table.data.subarray(12)]) : table.data;
      expect(tableChecksum(data), `table ${table.tag.toString(16)}`).toBe(table.checksum);
    }
    expect(sfnt.length).toBe(woff.readUInt32BE(16)); // the totalSfntSize the WOFF header declares
  });

  it("refuses a file that is not WOFF 1.0", () => {
    expect(() => woffToSfnt(Buffer.from("wOF2 not a woff file at all, just some bytes to read"))).toThrow(/WOFF/);
  });
});
