import "server-only";
import type { Comment, CommentThread, Source } from "@/lib/api/dto";
import { STATUS_META } from "@/lib/claims/statuses";
import { formatTimestamp } from "@/lib/format/format-timestamp";
import { describeEntry } from "@/lib/history/describe-event";
import type { ReportClaim } from "@/lib/report/report-model";
import { STATUS_CHART_STYLE } from "@/lib/report/status-chart";
import { isSafeSourceUrl } from "@/lib/sources/is-safe-source-url";
import { indented, writeText } from "./pdf-text";

const SOFT = "#444444";

function subheading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.3);
  writeText(doc, text.toUpperCase(), { bold: true, size: 8, colour: SOFT });
}

function source(doc: PDFKit.PDFDocument, item: Source): void {
  writeText(doc, `${item.title || item.url} `, { bold: true, continued: true });
  // Only http(s) addresses become clickable; any other text is printed, never linked.
  writeText(doc, item.url, { colour: SOFT, size: 9, link: isSafeSourceUrl(item.url) ? item.url : undefined });
  indented(doc, 12, () => {
    if (item.excerpt) writeText(doc, item.excerpt, { size: 9 });
    if (item.note) writeText(doc, item.note, { size: 9 });
    if (item.addedBy) writeText(doc, `added by ${item.addedBy.name}`, { size: 8, colour: SOFT });
  });
}

function comment(doc: PDFKit.PDFDocument, item: Comment): void {
  writeText(doc, `${item.author?.name ?? "Unknown author"} · ${formatTimestamp(item.createdAt)}${item.edited ? " · edited" : ""}`, { bold: true, size: 8, colour: SOFT });
  writeText(doc, item.deleted ? "(comment deleted)" : item.body, { size: 9 });
}

function thread(doc: PDFKit.PDFDocument, item: CommentThread): void {
  comment(doc, item);
  indented(doc, 14, () => item.replies.forEach((reply) => comment(doc, reply)));
  writeText(doc, item.resolved ? `Resolved by ${item.resolved.by?.name ?? "someone"} · ${formatTimestamp(item.resolved.at)}` : "Open thread", { size: 8, colour: SOFT });
  doc.moveDown(0.2);
}

/** A vertical rule in the status colour, solid / dashed / double like the status's cue. */
function statusRule(doc: PDFKit.PDFDocument, claim: ReportClaim, top: number): void {
  const x = doc.page.margins.left - 10;
  doc.save().lineWidth(2.5).strokeColor(STATUS_CHART_STYLE[claim.status].colour);
  if (claim.status === "unsourced") doc.dash(4, { space: 3 });
  doc.moveTo(x, top).lineTo(x, doc.y).stroke();
  if (claim.status === "disputed") doc.undash().moveTo(x - 4, top).lineTo(x - 4, doc.y).stroke();
  doc.restore();
}

/** One claim: number and status word, quote, note, sources with their addresses, threads, history. */
export function writeClaim(doc: PDFKit.PDFDocument, claim: ReportClaim): void {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
  const start = { page: doc.page, y: doc.y };
  writeText(doc, `[${claim.number}] ${STATUS_META[claim.status].label}`, { bold: true, size: 12, continued: claim.orphaned || claim.openThread });
  if (claim.orphaned || claim.openThread) {
    const flags = [claim.orphaned ? "orphaned: its text is no longer in the article" : "", claim.openThread ? "open thread" : ""].filter(Boolean);
    writeText(doc, `  (${flags.join(", ")})`, { size: 9, colour: SOFT });
  }
  indented(doc, 12, () => writeText(doc, claim.quote.exact, { size: 10.5 }));
  writeText(doc, `${claim.author ? `Tagged by ${claim.author.name} · ` : ""}${formatTimestamp(claim.createdAt)}`, { size: 8, colour: SOFT });
  if (claim.note) writeText(doc, `Note: ${claim.note}`, { size: 10 });
  subheading(doc, "Sources");
  if (claim.sources.length === 0) writeText(doc, "No source.", { size: 9, colour: SOFT });
  claim.sources.forEach((item) => source(doc, item));
  subheading(doc, "Threads");
  if (claim.threads.length === 0) writeText(doc, "No comments.", { size: 9, colour: SOFT });
  claim.threads.forEach((item) => thread(doc, item));
  subheading(doc, "History");
  if (claim.history.length === 0) writeText(doc, "No history.", { size: 9, colour: SOFT });
  claim.history.forEach((entry) => writeText(doc, `${entry.actor?.name ?? "Someone"} ${describeEntry(entry, claim.quote.exact)} · ${formatTimestamp(entry.at)}`, { size: 9 }));
  // Drawn on the claim's last page only, from where the claim starts on that page.
  statusRule(doc, claim, doc.page === start.page ? start.y : doc.page.margins.top);
  doc.moveDown(1);
}
