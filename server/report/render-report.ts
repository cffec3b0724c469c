import "server-only";
import type { ReportFormat } from "@/lib/report/report-query";
import type { ReportModel } from "@/lib/report/report-model";
import { reportToClaimReview } from "@/lib/report/to-claimreview";
import { reportToCsv } from "@/lib/report/to-csv";
import { reportToHtml } from "@/lib/report/to-html";
import { reportToJson } from "@/lib/report/to-json";
import { reportToMarkdown } from "@/lib/report/to-markdown";
import { reportToW3c } from "@/lib/report/to-w3c";
import { reportToPdf } from "./report-pdf";

/** A report in one format: its bytes or text, media type and file extension. */
export type RenderedReport = { body: string | Uint8Array<ArrayBuffer>; contentType: string; extension: string };

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const RENDERERS: Record<ReportFormat, (model: ReportModel) => Promise<RenderedReport> | RenderedReport> = {
  html: (model) => ({ body: reportToHtml(model), contentType: "text/html; charset=utf-8", extension: "html" }),
  pdf: async (model) => ({ body: new Uint8Array(await reportToPdf(model)), contentType: "application/pdf", extension: "pdf" }),
  md: (model) => ({ body: reportToMarkdown(model), contentType: "text/markdown; charset=utf-8", extension: "md" }),
  csv: (model) => ({ body: reportToCsv(model), contentType: "text/csv; charset=utf-8", extension: "csv" }),
  json: (model) => ({ body: json(reportToJson(model)), contentType: "application/json", extension: "json" }),
  w3c: (model) => ({ body: json(reportToW3c(model)), contentType: "application/ld+json", extension: "w3c.jsonld" }),
  claimreview: (model) => ({ body: json(reportToClaimReview(model)), contentType: "application/ld+json", extension: "claimreview.jsonld" }),
};

/** Renders the report model in `format`. */
export function renderReport(model: ReportModel, format: ReportFormat): Promise<RenderedReport> {
  return Promise.resolve(RENDERERS[format](model));
}
