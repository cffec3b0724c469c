import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointIndex, codePointToUtf16, utf16ToCodePoint } from "@/lib/text/code-points";

describe("code points ↔ UTF-16 offsets", () => {
  it("are the same without astral characters, accents included", () => {
    const text = "Élysée : « l’accord »";
    for (let i = 0; i <= text.length; i++) {
      expect(utf16ToCodePoint(text, i)).toBe(i);
      expect(codePointToUtf16(text, i)).toBe(i);
    }
  });

  it("count an emoji as one code point, a flag as two", () => {
    const text = "😀 a 🇫🇷 b";
    // 😀 = 2 units, 1 code point; 🇫🇷 = 4 units, 2 code points.
    expect(utf16ToCodePoint(text, text.indexOf("a"))).toBe(2);
    expect(utf16ToCodePoint(text, text.indexOf("b"))).toBe(7);
    expect(utf16ToCodePoint(text, text.length)).toBe([...text].length);
    expect(codePointToUtf16(text, 2)).toBe(text.indexOf("a"));
    expect(codePointToUtf16(text, 7)).toBe(text.indexOf("b"));
    expect(codePointToUtf16(text, [...text].length)).toBe(text.length);
  });

  it("count an offset inside a surrogate pair with the pair before it", () => {
    expect(utf16ToCodePoint("x😀y", 2)).toBe(2);
    expect(utf16ToCodePoint("x😀y", 3)).toBe(2);
  });

  it("count a lone surrogate as one code point, as for…of does", () => {
    const text = "a\uD83Db\uDE00c";
    expect(codePointIndex(text).length).toBe([...text].length);
    expect(utf16ToCodePoint(text, text.length)).toBe(5);
  });

  it("refuse offsets outside the text", () => {
    expect(() => utf16ToCodePoint("abc", 4)).toThrow(RangeError);
    expect(() => utf16ToCodePoint("abc", -1)).toThrow(RangeError);
    expect(() => utf16ToCodePoint("abc", 1.5)).toThrow(RangeError);
    expect(() => codePointToUtf16("😀", 2)).toThrow(RangeError);
  });

  it("round-trip on any text: code point offsets map back to the same boundaries", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const index = codePointIndex(text);
        const points = [...text];
        expect(index.length).toBe(points.length);
        for (let cp = 0; cp <= points.length; cp++) {
          const offset = index.toUtf16(cp);
          expect(offset).toBe(points.slice(0, cp).join("").length);
          expect(index.toCodePoint(offset)).toBe(cp);
        }
      }),
    );
  });
});
