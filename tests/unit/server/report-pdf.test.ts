import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { reportToPdf } from "@/server/report/report-pdf";
import { makeReportClaim, makeReportModel, makeSource, makeThread } from "../support/report-pdf-fixture";

async function pdfText(buffer: Buffer): Promise<{ text: string; pages: number; info: Record<string, unknown> }> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  const { info } = await pdf.getMetadata();
  return { text, pages: totalPages, info: info as Record<string, unknown> };
}

/** The pages on which `needle` is drawn, each with the font pdf.js read it in. */
async function fontsDrawing(buffer: Buffer, needle: string): Promise<{ page: number; font: string }[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const found: { page: number; font: string }[] = [];
  for (let page = 1; page <= pdf.numPages; page++) {
    const { items } = await (await pdf.getPage(page)).getTextContent();
    for (const item of items) if ("str" in item && item.str.includes(needle)) found.push({ page, font: item.fontName });
  }
  return found;
}

/**
 * PDF text extraction joins and splits lines freely, and Noto draws U+00A0 with the glyph of the
 * space (so it reads back as U+0020): compare with all whitespace folded.
 */
function flat(text: string): string {
  return text.replace(/\s+/g, " ");
}

describe("reportToPdf", () => {
  it("renders French typography with the embedded font, U+202F as a no-break space", async () => {
    const buffer = await reportToPdf(makeReportModel());
    expect(buffer.subarray(0, 5).toString()).toBe("%PDF-");
    const { text, info } = await pdfText(buffer);
    for (const piece of ["« une réforme d’ampleur »", "l’œuvre", "3 000 €", "—", "Élise Dupré"]) expect(flat(text)).toContain(piece);
    expect(text).not.toContain("\u202f");
    expect(text).not.toContain("\u0000");
    expect(info.Title).toBe("Réforme : « l’œuvre » d’un été à 3\u00a0000\u00a0€ — verification report");
    expect(buffer.toString("latin1")).toMatch(/NotoSans/);
  });

  it("shows the title, the figures, claim numbers after the claimed text, and each claim", async () => {
    const { text } = await pdfText(await reportToPdf(makeReportModel()));
    const all = flat(text);
    expect(all).toContain("Réforme : « l’œuvre » d’un été à 3 000 €");
    expect(all).toContain("Sentences checked: 3 of 3 (100%)");
    expect(all).toMatch(/Sourced 1\b/);
    expect(all).toContain("Le dispositif sera mise en place [2]");
    expect(all).toContain("« une réforme d’ampleur » [1]");
    for (const claim of ["[1] Sourced", "[2] Unsourced (open thread)", "[3] Disputed"]) expect(all).toContain(claim);
    expect(all).toContain("Le chiffre de l’œuvre citée diffère — 2 500 €.");
    expect(all).toContain("https://www.example.org/communique");
    expect(all).toContain("Quelle source ?");
    expect(all.indexOf("[1] Sourced")).toBeLessThan(all.indexOf("[3] Disputed"));
  });

  it("falls back to the latin-ext subset for names outside French", async () => {
    const model = makeReportModel();
    model.claims[0].sources = [makeSource({ title: "Wywiad z Łukaszem Dvořákem" })];
    const { text } = await pdfText(await reportToPdf(model));
    expect(flat(text)).toContain("Wywiad z Łukaszem Dvořákem");
  });

  it("keeps bold text bold when it runs onto the next page", async () => {
    const model = makeReportModel();
    // A commenter's name (drawn bold) long enough to cross two page breaks.
    model.claims[1].threads = [makeThread({ author: { id: "u-long", name: "Zoé Relectrice ".repeat(1500).trim() } })];
    const drawn = await fontsDrawing(await reportToPdf(model), "Relectrice");
    expect(new Set(drawn.map((item) => item.page)).size).toBeGreaterThan(1);
    expect(new Set(drawn.map((item) => item.font)).size).toBe(1);
  });

  it("lists orphaned claims without numbering the text, and survives many pages", async () => {
    const many = Array.from({ length: 40 }, (_, i) => makeReportClaim(i + 1, "dès janvier", { note: "Une note assez longue pour occuper de la place. ".repeat(4) }));
    many.push(makeReportClaim(41, "un chiffre contesté", { orphaned: true }));
    const { text, pages } = await pdfText(await reportToPdf(makeReportModel({ claims: many, filterDescription: "status: unsourced" })));
    expect(pages).toBeGreaterThan(2);
    expect(flat(text)).toContain("[41] Unsourced (orphaned: its text is no longer in the article)");
    expect(flat(text)).not.toContain("contesté [41]");
    expect(flat(text)).toContain("Filtered report: only the claims matching status: unsourced.");
  });
});
