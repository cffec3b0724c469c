import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdownInline, escapeMarkdownLines } from "@/lib/report/escape-markdown";
import { reportToMarkdown } from "@/lib/report/to-markdown";
import { expectGolden } from "../../support/golden-file";
import { makeReportClaim, makeReportModel, makeSource } from "../../support/report-builders";

/** CommonMark with raw HTML allowed and GFM-style tables: the most permissive common renderer. */
const render = (markdown: string) => new MarkdownIt({ html: true }).render(markdown);

describe("reportToMarkdown", () => {
  it("matches the reviewed golden file", () => {
    expectGolden("report/report.md", reportToMarkdown(makeReportModel()));
  });

  it("numbers claims with their status and quote in the heading", () => {
    const markdown = reportToMarkdown(makeReportModel());
    expect(markdown).toContain("### 4. Disputed — «Les chiffres avancés, 3,5 millions d’euros, n’ont pas été vérifiés.»");
    expect(markdown).toContain("### 5. Unsourced — «Le président a démissionné la veille.» (orphaned)");
  });

  it("never lets a comment, a note or a source title become markup", () => {
    const html = render(reportToMarkdown(makeReportModel()));
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert('x')&lt;/script&gt;");
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toContain("<em>urgent</em>");
    expect(html).not.toContain("<h1>pas un titre</h1>");
    expect(html).not.toMatch(/<ol>\s*<li>pas une liste/);
    expect(html).toContain("Rapport *public* | 2025");
    // Only our own links: the article, the organisation, the report and the sources.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.every((href) => /^https:\/\//.test(href))).toBe(true);
  });

  it("renders the figures as a table and deleted comments as such", () => {
    const html = render(reportToMarkdown(makeReportModel()));
    expect(html).toMatch(/<td>Sentences checked<\/td>\s*<td style="text-align:right">4 of 4<\/td>/);
    expect(html).toContain("<em>comment deleted</em>");
  });

  it("shows a long quote whole below a shortened heading", () => {
    const long = `${"mot ".repeat(60)}fin.`;
    const claim = makeReportClaim(long, { id: 1, number: 1 }, long);
    const markdown = reportToMarkdown(makeReportModel({ claims: [claim], article: { ...makeReportModel().article, text: long } }));
    const heading = markdown.split("\n").find((line) => line.startsWith("### 1."))!;
    expect(heading.length).toBeLessThan(160);
    expect(heading).toContain("…»");
    expect(markdown).toContain(`> ${long}`);
  });

  it("links only http(s) source URLs", () => {
    const claim = makeReportClaim("M. Dupont a démenti", { id: 1, number: 1, sources: [makeSource({ id: 1, claimId: 1, url: "javascript:alert(1)", title: "piège" })] });
    const markdown = reportToMarkdown(makeReportModel({ claims: [claim] }));
    expect(markdown).toContain("- piège");
    expect(markdown).not.toContain("javascript:");
  });

  it("says when the list is filtered, and when nothing matches", () => {
    const markdown = reportToMarkdown(makeReportModel({ claims: [], filterDescription: "status: disputed" }));
    expect(markdown).toContain("- **Filter:** only the claims matching status: disputed");
    expect(markdown).toContain("_No claim matches the filter._");
  });
});

describe("escapeMarkdownLines", () => {
  it("escapes inline markup and line-start markers", () => {
    expect(escapeMarkdownInline("a *b* _c_ `d` [e](f) <g> &amp; | ~h~ $i$ #j \\")).toBe(
      "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\&amp; \\| \\~h\\~ \\$i\\$ \\#j \\\\",
    );
    expect(escapeMarkdownLines("- un\n+ deux\n  3. trois\n4) quatre\n=====\n> cité")).toEqual(["\\- un", "\\+ deux", "3\\. trois", "4\\) quatre", "\\=====", "\\> cité"]);
  });

  it("leaves ordinary French text alone", () => {
    expect(escapeMarkdownInline("L’accord, « signé » en mars ? Oui : 3,5 M€ (2025).")).toBe("L’accord, « signé » en mars ? Oui : 3,5 M€ (2025).");
  });
});
