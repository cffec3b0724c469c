import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";

const root = path.resolve(__dirname, "../../fixtures");

/**
 * Compares `actual` with the golden file `tests/fixtures/<name>` byte for byte. Run with
 * UPDATE_GOLDEN=1 to (re)write it — then read the diff by eye before committing it.
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(root, name);
  if (process.env.UPDATE_GOLDEN === "1") {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual, "utf8");
  }
  expect(actual).toBe(fs.readFileSync(file, "utf8"));
}
