import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The server's heap (384 MB) minus what it already holds when busy. A full DOM (happy-dom) needed
 * about 380 MB for these 30,000 paragraphs and crashed the server; the converter must stay far below.
 */
const HEAP_MB = 160;
const SCRIPT = path.join(__dirname, "..", "support", "convert-html-in-small-heap.ts");

describe("HTML conversion memory", () => {
  it(`converts 30,000 paragraphs (240 KB of HTML) within a ${HEAP_MB} MB heap`, () => {
    const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "--conditions=react-server", "--import", "tsx", SCRIPT, "30000"], {
      cwd: path.join(__dirname, "..", "..", ".."),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(child.status, child.stderr.slice(-2_000)).toBe(0);
    expect(child.stdout.trim()).toBe("30000");
  }, 90_000);
});
