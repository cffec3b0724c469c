import { describe, it, expect } from "vitest";
import { getSchema } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { canonicalText, markdownToDoc, type ProseNodeJSON } from "@/lib/text";

const schema = getSchema([StarterKit]);

/** Converts and checks the result is a document the editor's schema accepts. */
function convert(markdown: string): ProseNodeJSON {
  const doc = markdownToDoc(markdown);
  if ((doc.content ?? []).length > 0) schema.nodeFromJSON(doc).check();
  return doc;
}

const text = (t: string, marks?: ProseNodeJSON["marks"]): ProseNodeJSON =>
  marks ? { type: "text", text: t, marks } : { type: "text", text: t };
const paragraph = (...content: ProseNodeJSON[]): ProseNodeJSON =>
  content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };

describe("markdownToDoc", () => {
  it("gives an empty doc for empty or blank input", () => {
    expect(markdownToDoc("")).toEqual({ type: "doc", content: [] });
    expect(markdownToDoc("  \n\n \n")).toEqual({ type: "doc", content: [] });
  });

  it("converts ATX and setext headings with their level", () => {
    expect(convert("# One\n\n### Three\n\nTwo\n---").content).toEqual([
      { type: "heading", attrs: { level: 1 }, content: [text("One")] },
      { type: "heading", attrs: { level: 3 }, content: [text("Three")] },
      { type: "heading", attrs: { level: 2 }, content: [text("Two")] },
    ]);
  });

  it("converts emphasis to bold, italic, strike and code marks", () => {
    expect(convert("a **b** *c* ~~d~~ `e` ***f***").content).toEqual([
      paragraph(
        text("a "),
        text("b", [{ type: "bold" }]),
        text(" "),
        text("c", [{ type: "italic" }]),
        text(" "),
        text("d", [{ type: "strike" }]),
        text(" "),
        text("e", [{ type: "code" }]),
        text(" "),
        text("f", [{ type: "italic" }, { type: "bold" }]),
      ),
    ]);
  });

  it("gives code text the code mark alone, since it excludes every other mark", () => {
    expect(convert("**a `b` c**").content).toEqual([
      paragraph(text("a ", [{ type: "bold" }]), text("b", [{ type: "code" }]), text(" c", [{ type: "bold" }])),
    ]);
  });

  it("keeps http(s) and mailto links", () => {
    expect(convert("[site](https://example.org/a?b=1) [mail](mailto:x@example.org) <http://example.com>").content).toEqual([
      paragraph(
        text("site", [{ type: "link", attrs: { href: "https://example.org/a?b=1" } }]),
        text(" "),
        text("mail", [{ type: "link", attrs: { href: "mailto:x@example.org" } }]),
        text(" "),
        text("http://example.com", [{ type: "link", attrs: { href: "http://example.com" } }]),
      ),
    ]);
  });

  it("drops javascript: links and relative links, keeping their text", () => {
    const doc = convert("[click](javascript:alert(1)) and [here](/relative) **[bold](ftp://x)**");
    expect(JSON.stringify(doc)).not.toContain('"link"');
    expect(canonicalText(doc)).toBe("[click](javascript:alert(1)) and here bold");
  });

  it("keeps marks inside a link", () => {
    expect(convert("[a **b**](https://x.org)").content).toEqual([
      paragraph(
        text("a ", [{ type: "link", attrs: { href: "https://x.org" } }]),
        text("b", [{ type: "link", attrs: { href: "https://x.org" } }, { type: "bold" }]),
      ),
    ]);
  });

  it("converts bullet and ordered lists, tight or loose, with paragraphs in list items", () => {
    expect(convert("- a\n- b\n  - c").content).toEqual([
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [paragraph(text("a"))] },
          {
            type: "listItem",
            content: [paragraph(text("b")), { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("c"))] }] }],
          },
        ],
      },
    ]);
    expect(convert("1. a\n\n2. b").content).toEqual([
      {
        type: "orderedList",
        content: [
          { type: "listItem", content: [paragraph(text("a"))] },
          { type: "listItem", content: [paragraph(text("b"))] },
        ],
      },
    ]);
    expect(convert("3. c\n4. d").content?.[0]).toMatchObject({ type: "orderedList", attrs: { start: 3 } });
  });

  it("pads empty list items and blockquotes so the schema accepts them", () => {
    expect(convert("- \n- b").content?.[0].content?.[0]).toEqual({ type: "listItem", content: [paragraph()] });
    expect(convert(">").content).toEqual([{ type: "blockquote", content: [paragraph()] }]);
    expect(convert("- # T").content?.[0].content?.[0].content?.map((n) => n.type)).toEqual(["paragraph", "heading"]);
  });

  it("converts blockquotes, nested content included", () => {
    expect(convert("> quoted\n>\n> - item").content).toEqual([
      {
        type: "blockquote",
        content: [
          paragraph(text("quoted")),
          { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("item"))] }] },
        ],
      },
    ]);
  });

  it("converts fenced and indented code to code blocks without the trailing newline", () => {
    expect(convert("```ts\nconst a = 1;\n\nlet b;\n```\n\n    indented\n\n```\n```").content).toEqual([
      { type: "codeBlock", attrs: { language: "ts" }, content: [text("const a = 1;\n\nlet b;")] },
      { type: "codeBlock", attrs: { language: null }, content: [text("indented")] },
      { type: "codeBlock", attrs: { language: null } },
    ]);
  });

  it("does not parse Markdown inside code", () => {
    expect(convert("`**x**`").content).toEqual([paragraph(text("**x**", [{ type: "code" }]))]);
  });

  it("converts rules, hard breaks and soft breaks", () => {
    expect(convert("a  \nb\nc\n\n***").content).toEqual([
      paragraph(text("a"), { type: "hardBreak" }, text("b"), { type: "hardBreak" }, text("c")),
      { type: "horizontalRule" },
    ]);
  });

  it("keeps raw HTML as literal text", () => {
    expect(convert("<script>alert(1)</script>").content).toEqual([paragraph(text("<script>alert(1)</script>"))]);
    expect(convert("a <b onclick=\"x()\">b</b> <!-- c -->").content).toEqual([
      paragraph(text('a <b onclick="x()">b</b> <!-- c -->')),
    ]);
    expect(canonicalText(convert("<div>\n<img src=x onerror=alert(1)>\n</div>"))).toBe(
      "<div>\n<img src=x onerror=alert(1)>\n</div>",
    );
  });

  it("decodes escapes and entities into one text node", () => {
    expect(convert("a\\*b &amp; &lt;i&gt;").content).toEqual([paragraph(text("a*b & <i>"))]);
  });

  it("keeps an image's alt text and table rows as literal lines", () => {
    expect(canonicalText(convert("see ![a chart](chart.png) here"))).toBe("see a chart here");
    expect(canonicalText(convert("| a | b |\n|---|---|\n| 1 | 2 |"))).toBe("| a | b |\n|---|---|\n| 1 | 2 |");
  });

  it("gives a small article the canonical text a reader expects", () => {
    const markdown = [
      "# Wagner : un espion russe à Paris",
      "",
      "Selon *nos sources*, l'opération a été **montée** à Alger.",
      "Il a été [accueilli](https://example.org/roissy) à Roissy.",
      "",
      "> « Un cadeau en or », résume un ancien agent.",
      "",
      "Points clés :",
      "",
      "1. Départ d'Alger",
      "2. Arrivée à Paris 🇫🇷",
      "",
      "---",
      "",
      "Fin.",
    ].join("\n");
    expect(canonicalText(convert(markdown))).toBe(
      [
        "Wagner : un espion russe à Paris",
        "Selon nos sources, l'opération a été montée à Alger.\nIl a été accueilli à Roissy.",
        "« Un cadeau en or », résume un ancien agent.",
        "Points clés :",
        "Départ d'Alger",
        "Arrivée à Paris 🇫🇷",
        "Fin.",
      ].join("\n\n"),
    );
  });
});
