import { DOWNLOAD_CONTENT_SECURITY_POLICY } from "@/lib/http/security-headers";
import { reportContentDisposition } from "@/lib/report/report-file-name";
import { reportFilterInput, ZReportFilterQuery, ZReportFormat } from "@/lib/report/report-query";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { buildReportModel } from "@/server/report/build-report-model";
import { renderReport } from "@/server/report/render-report";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

// pdfkit and the font files are read from disk at run time: never prerender or cache this route.
export const dynamic = "force-dynamic";

/** GET /articles/:id/report?format=html|pdf|md|csv|json|w3c|claimreview (+ claim filter params). */
export const GET = jsonRoute<{ id: string }>(async ({ request, params, ctx }) => {
  const articleId = parseId(params.id, "article");
  const url = new URL(request.url);
  const format = ZReportFormat.parse(url.searchParams.get("format") ?? undefined);
  const filter = ZReportFilterQuery.parse(reportFilterInput(url.searchParams));
  const baseUrl = process.env.BETTER_AUTH_URL || url.origin;
  const model = await buildReportModel(ctx, { articleId, filter, baseUrl, now: ctx.now() });
  const report = await renderReport(model, format);
  const headers = new Headers({
    "content-type": report.contentType,
    "content-disposition": reportContentDisposition(model.article.title, report.extension),
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  });
  // The HTML report has no script and loads nothing; say so, in case user text ever slips through.
  // (The proxy sets the same policy on every API answer; this keeps the route safe on its own.)
  if (format === "html") headers.set("content-security-policy", DOWNLOAD_CONTENT_SECURITY_POLICY);
  return new Response(report.body, { status: 200, headers });
});

const otherMethod = methodNotAllowed("GET");
export const POST = otherMethod;
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
