import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/sentences";

interface GoldenCase {
  id: string;
  lang: string;
  name: string;
  text: string;
  expected: string[];
}

function loadCases(file: string): GoldenCase[] {
  const url = new URL(`../../../fixtures/sentence-boundaries/${file}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as GoldenCase[];
}

// Some expectations come from a reference that cleans text first (joining
// wrapped lines), so sentences are compared with whitespace runs collapsed.
const collapse = (sentence: string) => sentence.replace(/\s+/g, " ").trim();

function run(cases: GoldenCase[], locale: string) {
  const failures: { id: string; expected: string[]; actual: string[] }[] = [];
  for (const golden of cases) {
    const actual = splitSentences(golden.text, locale).map(({ start, end }) => collapse(golden.text.slice(start, end)));
    const expected = golden.expected.map(collapse);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) failures.push({ id: golden.id, expected, actual });
  }
  return { passed: cases.length - failures.length, total: cases.length, failures };
}

const percent = (passed: number, total: number) => `${((100 * passed) / total).toFixed(1)} %`;

describe("sentence golden rules (pragmatic_segmenter)", () => {
  const en = run(loadCases("sbd_golden_en.json"), "en");
  const fr = run(loadCases("sbd_golden_fr.json"), "fr");

  console.log(
    `sentence golden rules: en ${en.passed}/${en.total} (${percent(en.passed, en.total)}), ` +
      `fr ${fr.passed}/${fr.total} (${percent(fr.passed, fr.total)})`,
  );
  for (const failure of [...en.failures, ...fr.failures]) {
    console.log(
      `  failing ${failure.id}\n    expected ${JSON.stringify(failure.expected)}\n    actual   ${JSON.stringify(failure.actual)}`,
    );
  }

  it("passes at least 95 % of the English cases", () => {
    expect(en.total).toBe(52);
    expect(en.passed / en.total, `failing: ${en.failures.map((f) => f.id).join(", ")}`).toBeGreaterThanOrEqual(0.95);
  });

  it("passes every French case", () => {
    expect(fr.total).toBe(5);
    expect(fr.failures.map((f) => f.id)).toEqual([]);
  });
});
