import { describe, expect, it } from "vitest";
import { reportToHtml } from "@/lib/report/to-html";
import { splitClaimSpans } from "@/lib/report/split-claim-spans";
import { makeReportClaim, makeReportModel, makeSource, makeThread, REPORT_TEXT } from "../../support/report-pdf-fixture";

const ATTACK = `<img src=x onerror="alert(1)">`;

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
}

describe("reportToHtml", () => {
  it("is one self-contained document: inline style, no script, nothing loaded from elsewhere", () => {
    const html = reportToHtml(makeReportModel());
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<style>");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\ssrc\s*=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it("shows the title, the figures, the chart's numbers and every claim in text order", () => {
    const html = reportToHtml(makeReportModel());
    expect(html).toContain("Réforme : « l’œuvre » d’un été à 3\u202f000\u202f€");
    expect(html).toContain('<div class="text" lang="fr">');
    expect(html).toContain('aria-label="3 claims: 1 sourced, 1 unsourced, 1 disputed"');
    expect(html).toContain("<dt>Sentences checked</dt><dd>3 of 3 (100%)</dd>");
    const order = ["claim-1", "claim-2", "claim-3"].map((id) => html.indexOf(`id="${id}"`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(html).toContain('<mark class="claim--sourced" title="Claim 1">« une réforme d’ampleur »</mark><sup><a href="#claim-1"');
  });

  it("escapes user text everywhere: comments, notes, titles, sources, byline", () => {
    const model = makeReportModel({ filterDescription: ATTACK });
    model.article.title = ATTACK;
    model.article.byline = ATTACK;
    model.claims[0].note = ATTACK;
    model.claims[0].sources = [makeSource({ title: ATTACK, excerpt: ATTACK, url: `https://example.org/"><script>alert(1)</script>` })];
    model.claims[1].threads = [makeThread({ body: `Voir ${ATTACK}`, replies: [makeThread({ id: 2, parentId: 1, body: ATTACK })] })];
    const html = reportToHtml(model);
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("Voir &lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("links only http(s) sources, with rel noopener noreferrer nofollow", () => {
    const model = makeReportModel();
    model.claims[0].sources = [makeSource({ title: "Bon lien" }), makeSource({ id: 2, title: "Mauvais lien", url: "javascript:alert(1)" }), makeSource({ id: 3, title: "Data", url: "data:text/html,hi" })];
    const html = reportToHtml(model);
    for (const href of hrefs(html)) expect(href).toMatch(/^(https?:\/\/|#claim-\d+$)/);
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("Mauvais lien");
    const external = [...html.matchAll(/<a href="https?:[^>]*>/g)].map((match) => match[0]);
    expect(external.length).toBeGreaterThan(0);
    for (const tag of external) expect(tag).toContain('rel="noopener noreferrer nofollow"');
  });

  it("nests the marks of overlapping claims and numbers each where it ends", () => {
    const outer = makeReportClaim(1, "Le gouvernement promet « une réforme d’ampleur »", { status: "disputed" });
    const inner = makeReportClaim(2, "« une réforme d’ampleur »", { status: "sourced" });
    const html = reportToHtml(makeReportModel({ claims: [outer, inner] }));
    expect(html).toContain('<mark class="claim--disputed" title="Claim 1">Le gouvernement promet </mark>');
    expect(html).toContain('<mark class="claim--disputed" title="Claim 1"><mark class="claim--sourced" title="Claim 2">« une réforme d’ampleur »</mark></mark><sup><a href="#claim-1" aria-label="Claim 1">1</a></sup><sup><a href="#claim-2"');
  });

  it("says when the report is filtered", () => {
    expect(reportToHtml(makeReportModel({ filterDescription: "status: disputed" }))).toContain("only the claims matching status: disputed");
  });
});

describe("splitClaimSpans", () => {
  it("keeps paragraphs, leaves orphaned claims out, and puts every character in exactly one piece", () => {
    const claims = [makeReportClaim(1, "dès janvier"), makeReportClaim(2, "un chiffre contesté", { orphaned: true })];
    const paragraphs = splitClaimSpans(REPORT_TEXT, claims);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.map((p) => p.pieces.map((piece) => piece.text).join("")).join("\n\n")).toBe(REPORT_TEXT);
    expect(paragraphs[1].pieces.every((piece) => piece.claims.length === 0)).toBe(true);
    expect(paragraphs[0].pieces.find((piece) => piece.text === "dès janvier")?.ending.map((c) => c.number)).toEqual([1]);
  });
});
