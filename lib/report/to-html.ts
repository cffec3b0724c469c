import { WORKFLOW_LABEL } from "../articles/workflow";
import { formatTimestamp } from "../format/format-timestamp";
import { escapeHtml as e } from "./escape-html";
import { HTML_REPORT_CSS } from "./html-report-css";
import { claimSection, externalLink } from "./html-claim";
import { statusChartSvg } from "./html-status-chart";
import { reportFigureRows } from "./report-figures";
import { describeSignOff } from "./describe-sign-off";
import type { ReportClaim, ReportModel } from "./report-model";
import { splitClaimSpans, type TextPiece } from "./split-claim-spans";

function header(model: ReportModel): string {
  const { article } = model;
  const verified = article.state === "verified" && article.verifiedAt ? ` · Verified by ${e(article.verifiedBy?.name ?? "an admin")} on ${e(article.verifiedAt.slice(0, 10))}` : "";
  const byline = article.byline ? `<p class="meta">By <span lang="${e(article.language)}">${e(article.byline)}</span></p>` : "";
  const filtered = model.filterDescription ? `<p class="meta filtered">Filtered report: only the claims matching ${e(model.filterDescription)}.</p>` : "";
  return [
    `<header>`,
    `<p class="meta">Verification report</p>`,
    `<h1 lang="${e(article.language)}">${e(article.title)}</h1>`,
    byline,
    `<p class="meta">Language ${e(article.language)} · Revision ${article.revision} · ${e(WORKFLOW_LABEL[article.state])}${verified}</p>`,
    `<p class="meta">Article: ${externalLink(article.url, article.url)}</p>`,
    filtered,
    `</header>`,
  ].join("\n");
}

function signOff(model: ReportModel): string {
  if (!model.signOff) return "";
  const lines = describeSignOff(model.signOff, model.article.revision).map((line) => `<p>${e(line)}</p>`);
  return `<section class="sign-off" aria-labelledby="sign-off-heading"><h2 id="sign-off-heading">Sign-off</h2>${lines.join("")}</section>`;
}

function summary(model: ReportModel): string {
  const rows = reportFigureRows(model.figures).map((row) => `<dt>${e(row.label)}</dt><dd>${e(row.value)}</dd>`);
  return `<section class="summary" aria-labelledby="summary-heading"><h2 id="summary-heading">Summary</h2><dl class="figures">${rows.join("")}</dl>${statusChartSvg(model.figures)}</section>`;
}

function piece(part: TextPiece<ReportClaim>): string {
  let html = e(part.text);
  for (const claim of [...part.claims].reverse()) html = `<mark class="claim--${claim.status}" title="Claim ${claim.number}">${html}</mark>`;
  const numbers = part.ending.map((claim) => `<sup><a href="#claim-${claim.number}" aria-label="Claim ${claim.number}">${claim.number}</a></sup>`);
  return html + numbers.join("");
}

function articleText(model: ReportModel): string {
  const paragraphs = splitClaimSpans(model.article.text, model.claims).map((paragraph) => `<p>${paragraph.pieces.map(piece).join("")}</p>`);
  return `<section aria-labelledby="text-heading"><h2 id="text-heading">Article text</h2><div class="text" lang="${e(model.article.language)}">${paragraphs.join("\n")}</div></section>`;
}

function claims(model: ReportModel): string {
  const body = model.claims.length > 0 ? model.claims.map((claim) => claimSection(claim, model.article.language)).join("\n") : `<p class="hint">No claims.</p>`;
  return `<section aria-labelledby="claims-heading"><h2 id="claims-heading">Claims</h2>${body}</section>`;
}

/**
 * The full report as one self-contained HTML document: inline style, inline SVG, no script and
 * no external resource, so it opens offline and can be archived or mailed as is. Every piece of
 * user text goes through `escapeHtml`; only http(s) source addresses become links.
 */
export function reportToHtml(model: ReportModel): string {
  const generated = `Generated ${e(formatTimestamp(model.generatedAt))}${model.generatedBy ? ` by ${e(model.generatedBy.name)}` : ""} · ${externalLink(model.reportUrl, "report page")}${model.organisation.name ? ` · ${e(model.organisation.name)}` : ""}`;
  return [
    `<!doctype html>`,
    `<html lang="en">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="Claimcheck">`,
    `<title>${e(model.article.title)} — verification report</title>`,
    `<style>${HTML_REPORT_CSS}</style>`,
    `</head>`,
    `<body>`,
    `<main>`,
    header(model),
    signOff(model),
    summary(model),
    articleText(model),
    claims(model),
    `<footer><p>${generated}</p></footer>`,
    `</main>`,
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}
