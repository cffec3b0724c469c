import fc from "fast-check";
import { Parser } from "htmlparser2";
import MarkdownIt from "markdown-it";
import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { escapeMarkdownInline, escapeMarkdownLabel, escapeMarkdownLines } from "@/lib/report/escape-markdown";

/**
 * The renderers a newsroom's Markdown is likely to meet: markdown-it with raw HTML and linkify on
 * (the most permissive setting), and marked with GitHub-flavoured Markdown (bare URLs linked, as
 * GitHub does).
 */
const RENDERERS: Record<string, (markdown: string) => string> = {
  "markdown-it html+linkify": (markdown) => new MarkdownIt({ html: true, linkify: true }).render(markdown),
  "marked gfm": (markdown) => marked.parse(markdown, { async: false, gfm: true }) as string,
};

type Rendered = { tags: string[]; hrefs: string[]; text: string };

/** The elements, link targets and visible text of rendered HTML, as a browser's parser reads them. */
function readHtml(html: string): Rendered {
  const out: Rendered = { tags: [], hrefs: [], text: "" };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        out.tags.push(name);
        if (name === "a") out.hrefs.push(attributes.href ?? "");
        for (const attribute of Object.keys(attributes)) if (attribute.startsWith("on")) out.tags.push(`${name}[${attribute}]`);
      },
      ontext(text) {
        out.text += text;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return out;
}

/** A paragraph of escaped text may render as a paragraph, line breaks and links to where its own URLs point: nothing else. */
function expectOnlyText(source: string, markdown: string) {
  for (const [name, render] of Object.entries(RENDERERS)) {
    const html = render(markdown);
    const { tags, hrefs, text } = readHtml(html);
    const context = `${name} rendered ${JSON.stringify(markdown)} as ${html}`;
    expect(tags.filter((tag) => !["p", "a", "br"].includes(tag)), context).toEqual([]);
    for (const href of hrefs) expect(href, context).toMatch(/^(https?:\/\/|mailto:)/);
    // What a reader sees is what was typed (whitespace aside).
    expect(text.replace(/\s+/g, " ").trim(), context).toBe(source.replace(/\s+/g, " ").trim());
  }
}

const hostile = [
  "https://example.com",
  "http://x.y/",
  "www.example.org/",
  "example.com/",
  "mailto:a@b.co",
  "a@b.co",
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "[click](javascript:alert(1))",
  "![x](https://evil.example/p.png)",
  "<https://evil.example>",
  "*",
  "_",
  "**",
  "`",
  "~~",
  "\\",
  "&lt;",
  "&#60;",
  "|",
  "#",
  "$",
  ")",
  "(",
  "\"",
  "'",
  ".",
  " ",
  "a",
  "é",
];

describe("escapeMarkdownInline", () => {
  it("keeps a URL followed by an HTML tag as text in every renderer (the linkify bug)", () => {
    for (const source of [
      "see https://example.com<img src=x onerror=alert(1)>",
      "http://x.y/<img src=x onerror=alert(1)>",
      "www.example.com/<img src=x onerror=alert(1)>",
      "https://x.y/a\\<img src=x onerror=alert(1)>",
      "https://a.b/x\"<script>alert(1)</script>",
      "example.com/<img src=x onerror=alert(1)>",
      "mailto:a@b.co<img src=x onerror=alert(1)>",
      "https://x.y/*a* https://x.y/_b_ [c](javascript:alert(1))",
    ]) {
      expectOnlyText(source, escapeMarkdownInline(source));
    }
  });

  it("never lets any mix of URLs, tags and markup characters become markup", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...hostile), { maxLength: 12 }), (parts) => {
        const source = parts.join("");
        expectOnlyText(source, escapeMarkdownInline(source));
      }),
      { numRuns: 400 },
    );
  });

  it("links a URL to where it points, shown as typed", () => {
    const rendered = readHtml(new MarkdownIt({ linkify: true }).render(escapeMarkdownInline("Source : https://example.com/a_b?x=1&y=2#c.")));
    expect(rendered.hrefs).toEqual(["https://example.com/a_b?x=1&y=2#c"]);
    expect(rendered.text.trim()).toBe("Source : https://example.com/a_b?x=1&y=2#c.");
  });

  it("escapes inline markup and line-start markers", () => {
    expect(escapeMarkdownInline("a *b* _c_ `d` [e](f) <g> &amp; | ~h~ $i$ #j \\")).toBe(
      "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) &lt;g&gt; \\&amp; \\| \\~h\\~ \\$i\\$ \\#j \\\\",
    );
    expect(escapeMarkdownLines("- un\n+ deux\n  3. trois\n4) quatre\n=====\n> cité")).toEqual(["\\- un", "\\+ deux", "3\\. trois", "4\\) quatre", "\\=====", "&gt; cité"]);
  });

  it("leaves ordinary French text alone", () => {
    expect(escapeMarkdownInline("L’accord, « signé » en mars ? Oui : 3,5 M€ (2025).")).toBe("L’accord, « signé » en mars ? Oui : 3,5 M€ (2025).");
  });
});

describe("escapeMarkdownLines", () => {
  it("keeps every line of hostile multi-line text as text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...hostile, "\n", "- ", "1. ", "    ", "> ", "# ", "==="), { maxLength: 14 }), (parts) => {
        const source = parts.join("");
        const markdown = escapeMarkdownLines(source).join("\n");
        for (const [name, render] of Object.entries(RENDERERS)) {
          const { tags, hrefs } = readHtml(render(markdown));
          expect(tags.filter((tag) => !["p", "a", "br"].includes(tag)), `${name}: ${JSON.stringify(markdown)}`).toEqual([]);
          for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|mailto:)/);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("escapeMarkdownLabel", () => {
  it("makes no link inside a link's label, whatever it contains", () => {
    for (const source of ["https://example.com/report", "www.example.org <img src=x onerror=alert(1)>", "[x](javascript:alert(1))"]) {
      const markdown = `[${escapeMarkdownLabel(source)}](<https://claimcheck.example/r>)`;
      for (const render of Object.values(RENDERERS)) {
        const { tags, hrefs, text } = readHtml(render(markdown));
        expect(tags).toEqual(["p", "a"]);
        expect(hrefs).toEqual(["https://claimcheck.example/r"]);
        expect(text.trim()).toBe(source);
      }
    }
  });
});
