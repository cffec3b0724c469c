import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/safe-next-path";

const APP = "https://claimcheck.example";

// Each input, resolved the way a browser resolves a Location or location.assign() value (the
// WHATWG URL parser strips tabs and newlines and reads "\" as "/"), lands on another origin or is
// not a plain path: none may be followed.
const HOSTILE = [
  "https://evil.example/",
  "//evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example/x",
  "/\n/evil.example/x",
  "/\r\n/evil.example",
  "\t//evil.example",
  " //evil.example",
  "/\\/evil.example",
  "/%09/evil.example/x",
  "/%2f%2fevil.example",
  "/%2F/evil.example",
  "/%5cevil.example",
  "/%5c%5cevil.example",
  "/%0a/evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/\u0000/evil.example",
  "http:evil.example",
  "evil.example",
  "",
];

describe("safeNextPath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeNextPath("/articles/3?x=1#c2")).toBe("/articles/3?x=1#c2");
    expect(safeNextPath("/people")).toBe("/people");
  });

  it("the table's inputs really are hostile to a naive startsWith check or to the URL parser", () => {
    const leaving = HOSTILE.filter((input) => {
      try {
        return new URL(input, APP).origin !== APP;
      } catch {
        return true;
      }
    });
    // At least the tab, newline and backslash variants leave the site once a browser parses them.
    for (const sample of ["/\t/evil.example/x", "/\n/evil.example/x", "/\\evil.example", "/\\/evil.example"]) {
      expect(leaving).toContain(sample);
    }
  });

  for (const input of HOSTILE) {
    it(`refuses ${JSON.stringify(input)}`, () => {
      const path = safeNextPath(input);
      expect(path).toBe("/");
    });
  }

  it("never returns something a browser would resolve to another origin (random inputs)", () => {
    const pieces = ["/", "\\", "\t", "\n", "%2f", "%5c", "%09", "evil.example", ":", "@", "?", "#", ".", "..", "%2e", " ", "\u3002"];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2000; i++) {
      let input = "";
      for (let j = 0; j < 1 + Math.floor(random() * 6); j++) input += pieces[Math.floor(random() * pieces.length)];
      const path = safeNextPath(input);
      expect(new URL(path, APP).origin, JSON.stringify(input)).toBe(APP);
      expect(path.startsWith("/") && !path.startsWith("//") && !/[\\\u0000-\u001f\u007f]/.test(path), JSON.stringify(input)).toBe(true);
      expect(decodeURIComponent(path.split(/[?#]/)[0]).startsWith("//"), JSON.stringify(input)).toBe(false);
    }
  });

  it("gives a value that is safe in a Location header (no control characters, ASCII only)", () => {
    expect(safeNextPath("/articles/été?q=a b")).toBe("/articles/%C3%A9t%C3%A9?q=a%20b");
    expect(safeNextPath("/articles/1\n")).toBe("/");
  });

  it("refuses absurdly long values", () => {
    expect(safeNextPath("/" + "a".repeat(5000))).toBe("/");
  });
});
