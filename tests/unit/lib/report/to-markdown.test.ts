import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { reportToMarkdown } from "@/lib/report/to-markdown";
import { expectGolden } from "../../support/golden-file";
import { marked } from "marked";
import { makeReportClaim, makeReportModel, makeSource, makeThread } from "../../support/report-builders";

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

  it("keeps a comment's URL followed by a tag as text when rendered with linkify (markdown-it, marked)", () => {
    const body = "Voir https://example.com<img src=x onerror=alert(1)> et www.example.org/\\<script>alert(2)</script>";
    const claim = makeReportClaim("M. Dupont a démenti", { id: 1, number: 1, threads: [makeThread({ id: 1, claimId: 1, body })] });
    const markdown = reportToMarkdown(makeReportModel({ claims: [claim] }));
    for (const html of [new MarkdownIt({ html: true, linkify: true }).render(markdown), marked.parse(markdown, { async: false, gfm: true }) as string]) {
      expect(html).not.toMatch(/<img|<script/i);
      expect(html).toContain('<a href="https://example.com/">https://example.com</a>&lt;img src=x onerror=alert(1)&gt;');
    }
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
