import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, it, expect } from "vitest";
import { BLOCK_SEPARATOR, buildTextModel, canonicalText, plainTextToDoc, type ProseNodeJSON } from "@/lib/text";

const article = readFileSync(fileURLToPath(new URL("../../../fixtures/article-fr.txt", import.meta.url)), "utf8");

const text = (t: string, marks?: ProseNodeJSON["marks"]): ProseNodeJSON =>
  marks ? { type: "text", text: t, marks } : { type: "text", text: t };
const p = (...content: ProseNodeJSON[]): ProseNodeJSON => ({ type: "paragraph", content });
const doc = (...content: ProseNodeJSON[]): ProseNodeJSON => ({ type: "doc", content });
const br: ProseNodeJSON = { type: "hardBreak" };
const item = (...content: ProseNodeJSON[]): ProseNodeJSON => ({ type: "listItem", content });

describe("canonicalText", () => {
  it("joins textblocks with a blank line", () => {
    expect(BLOCK_SEPARATOR).toBe("\n\n");
    expect(canonicalText(doc(p(text("One.")), { type: "heading", attrs: { level: 2 }, content: [text("Two")] }, p(text("Three."))))).toBe(
      "One.\n\nTwo\n\nThree.",
    );
  });

  it("renders hard breaks as a single newline", () => {
    expect(canonicalText(doc(p(text("a"), br, text("b"), br, br, text("c"))))).toBe("a\nb\n\nc");
    expect(canonicalText(doc(p(br, text("x"), br)))).toBe("\nx\n");
  });

  it("lets each textblock nested in lists and blockquotes contribute its own block", () => {
    const nested = doc(
      p(text("Intro")),
      {
        type: "bulletList",
        content: [item(p(text("a")), { type: "orderedList", content: [item(p(text("a.1"))), item(p(text("a.2")))] }), item(p(text("b")))],
      },
      { type: "blockquote", content: [p(text("q1")), { type: "blockquote", content: [p(text("q2"))] }] },
      { type: "horizontalRule" },
      { type: "codeBlock", attrs: { language: null }, content: [text("x = 1\ny = 2")] },
    );
    expect(canonicalText(nested)).toBe("Intro\n\na\n\na.1\n\na.2\n\nb\n\nq1\n\nq2\n\nx = 1\ny = 2");
    expect(buildTextModel(nested).blocks).toHaveLength(8);
  });

  it("counts empty paragraphs as empty blocks, with or without a content array", () => {
    const empties = doc(p(text("a")), { type: "paragraph" }, p(), p(text("b")));
    expect(canonicalText(empties)).toBe("a\n\n\n\n\n\nb");
    expect(buildTextModel(empties).blocks.map((b) => b.length)).toEqual([1, 0, 0, 1]);
    expect(canonicalText(doc({ type: "paragraph" }))).toBe("");
    expect(canonicalText(doc())).toBe("");
    expect(canonicalText({ type: "doc" })).toBe("");
  });

  it("ignores marks", () => {
    const marked = doc(
      p(
        text("plain "),
        text("bold", [{ type: "bold" }]),
        text(" and ", [{ type: "italic" }]),
        text("linked", [{ type: "link", attrs: { href: "https://x.org" } }, { type: "code" }]),
      ),
    );
    expect(canonicalText(marked)).toBe("plain bold and linked");
  });

  it("counts text in UTF-16 code units, like the browser", () => {
    const model = buildTextModel(doc(p(text("🙂é")), p(text("x"))));
    expect(model.text).toBe("🙂é\n\nx");
    expect(model.blocks.map((b) => [b.offset, b.length])).toEqual([
      [0, 3],
      [5, 1],
    ]);
  });
});

describe("plainTextToDoc", () => {
  it("round-trips the demo article", () => {
    expect(article.length).toBeGreaterThan(1000);
    expect(canonicalText(plainTextToDoc(article))).toBe(article);
    expect(plainTextToDoc(article).content).toHaveLength(article.split("\n\n").length);
  });

  it("round-trips normalised texts", () => {
    for (const t of ["", "one", "one\ntwo", "a\n\nb", "a\nb\n\nc\nd\n\ne", "  indented\n\n🙂 emoji", "x\n\ny\nz"]) {
      expect(canonicalText(plainTextToDoc(t))).toBe(t);
    }
  });

  it("normalises CRLF and lone CR line endings", () => {
    expect(canonicalText(plainTextToDoc("a\r\nb\r\n\r\nc\rd"))).toBe("a\nb\n\nc\nd");
    expect(canonicalText(plainTextToDoc(article.replace(/\n/g, "\r\n")))).toBe(article);
  });

  it("collapses runs of blank lines and drops surrounding ones", () => {
    expect(canonicalText(plainTextToDoc("\n\na\n\n\n\nb\n \t\nc\n\n"))).toBe("a\n\nb\n\nc");
    expect(canonicalText(plainTextToDoc("   \n\n  "))).toBe("");
  });

  it("turns single newlines into hard breaks", () => {
    expect(plainTextToDoc("a\nb")).toEqual(doc(p(text("a"), br, text("b"))));
  });
});
