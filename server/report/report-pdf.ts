import "server-only";
import PDFDocument from "pdfkit";
import { WORKFLOW_LABEL } from "@/lib/articles/workflow";
import { formatTimestamp } from "@/lib/format/format-timestamp";
import { describeSignOff } from "@/lib/report/describe-sign-off";
import { reportFigureRows } from "@/lib/report/report-figures";
import type { ReportModel } from "@/lib/report/report-model";
import { splitClaimSpans } from "@/lib/report/split-claim-spans";
import { drawStatusChart } from "./pdf-chart";
import { writeClaim } from "./pdf-claims";
import { registerReportFonts } from "./pdf-fonts";
import { pdfSafeText, writeText } from "./pdf-text";

const SOFT = "#444444";

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(1);
  if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
  writeText(doc, text, { bold: true, size: 14 });
  doc.moveDown(0.4);
}

function header(doc: PDFKit.PDFDocument, model: ReportModel): void {
  const { article } = model;
  writeText(doc, "Verification report", { size: 9, colour: SOFT });
  writeText(doc, article.title, { bold: true, size: 20 });
  if (article.byline) writeText(doc, `By ${article.byline}`, { size: 10 });
  const verified = article.state === "verified" && article.verifiedAt ? ` · Verified by ${article.verifiedBy?.name ?? "an admin"} on ${article.verifiedAt.slice(0, 10)}` : "";
  writeText(doc, `Language ${article.language} · Revision ${article.revision} · ${WORKFLOW_LABEL[article.state]}${verified}`, { size: 10 });
  writeText(doc, article.url, { size: 9, colour: SOFT });
  if (model.filterDescription) writeText(doc, `Filtered report: only the claims matching ${model.filterDescription}.`, { bold: true, size: 10 });
  writeText(doc, `Generated ${formatTimestamp(model.generatedAt)}${model.generatedBy ? ` by ${model.generatedBy.name}` : ""}`, { size: 8, colour: SOFT });
}

function signOff(doc: PDFKit.PDFDocument, model: ReportModel): void {
  if (!model.signOff) return;
  heading(doc, "Sign-off");
  for (const line of describeSignOff(model.signOff, model.article.revision)) writeText(doc, line, { size: 10 });
}

function summary(doc: PDFKit.PDFDocument, model: ReportModel): void {
  heading(doc, "Summary");
  for (const row of reportFigureRows(model.figures)) {
    writeText(doc, `${row.label}: `, { size: 10, continued: true });
    writeText(doc, row.value, { bold: true, size: 10 });
  }
  doc.moveDown(0.6);
  drawStatusChart(doc, model.figures);
}

/** The article, paragraph by paragraph: claimed text underlined, "[n]" after each claim's end. */
function articleText(doc: PDFKit.PDFDocument, model: ReportModel): void {
  heading(doc, "Article text");
  for (const paragraph of splitClaimSpans(model.article.text, model.claims)) {
    paragraph.pieces.forEach((piece, i) => {
      const last = i === paragraph.pieces.length - 1;
      const numbers = piece.ending.map((claim) => ` [${claim.number}]`).join("");
      writeText(doc, piece.text, { size: 11, underline: piece.claims.length > 0, continued: !last || numbers !== "" });
      if (numbers) writeText(doc, numbers, { bold: true, size: 9, continued: !last });
    });
    doc.moveDown(0.6);
  }
}

/**
 * The report as a PDF: title and metadata, summary figures and a greyscale-safe bar chart, the
 * article with claim numbers, then every claim. Noto Sans is embedded (subset) so French
 * typography renders; U+202F becomes U+00A0 on the way in (see pdf-text.ts).
 */
export function reportToPdf(model: ReportModel): Promise<Buffer> {
  // No `font` option: pdfkit re-applies it at every automatic page break, which parsed the font
  // file again and turned bold text running onto a new page regular. Until registerReportFonts
  // switches to Noto Sans the document holds pdfkit's Helvetica: metrics only, about a
  // millisecond, and never embedded since nothing is drawn in it.
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 62, right: 56 },
    lang: model.article.language,
    displayTitle: true,
    info: {
      Title: pdfSafeText(`${model.article.title} — verification report`),
      Author: pdfSafeText(model.organisation.name),
      Subject: pdfSafeText(`Fact-check of "${model.article.title}" (revision ${model.article.revision})`),
      Creator: "Claimcheck",
      CreationDate: new Date(model.generatedAt),
    },
  });
  registerReportFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  header(doc, model);
  signOff(doc, model);
  summary(doc, model);
  articleText(doc, model);
  heading(doc, "Claims");
  if (model.claims.length === 0) writeText(doc, "No claims.", { size: 10, colour: SOFT });
  model.claims.forEach((claim) => writeClaim(doc, claim));
  doc.end();
  return done;
}
