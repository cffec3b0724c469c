import type { ReportFormat } from "./report-query";

/** The report's formats in the order people are offered them, with the name they choose by. */
export const REPORT_DOWNLOADS: { format: ReportFormat; label: string }[] = [
  { format: "pdf", label: "PDF" },
  { format: "md", label: "Markdown" },
  { format: "html", label: "HTML" },
  { format: "csv", label: "CSV" },
  { format: "json", label: "JSON" },
  { format: "w3c", label: "W3C annotations" },
  { format: "claimreview", label: "ClaimReview" },
];

/** The API address of the report in `format`, narrowed by `filterParams` when given. */
export function reportDownloadHref(articleId: number, format: ReportFormat, filterParams?: URLSearchParams): string {
  const params = new URLSearchParams({ format });
  filterParams?.forEach((value, key) => params.append(key, value));
  return `/api/v1/articles/${articleId}/report?${params}`;
}

/** The report page's address, narrowed by `filterParams` when given. */
export function reportPageHref(articleId: number, filterParams?: URLSearchParams): string {
  const query = filterParams?.toString();
  return `/articles/${articleId}/report${query ? `?${query}` : ""}`;
}
