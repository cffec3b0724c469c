import { stringify } from "csv-stringify/sync";
import type { Source } from "../api/dto";
import type { ReportClaim, ReportModel } from "./report-model";

/** The header row, in order. */
export const CSV_COLUMNS = ["id", "status", "quote", "start", "end", "note", "sources", "comment count", "open thread", "author", "created", "updated"] as const;

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
 * `=`, `+`, `-`, `@`, and tab or carriage return, which some programs skip before looking for one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet will show as text: one that could start a formula gets a leading
 * apostrophe, as OWASP advises. The apostrophe is visible in the raw file (and a negative number
 * would gain one too, but every number here is a non-negative offset or count).
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function sourcesCell(sources: Source[]): string {
  return sources.map((source) => `${source.title} <${source.url}>`).join(" | ");
}

/** Comments that still say something: roots and replies, deleted ones left out. */
function commentCount(claim: ReportClaim): number {
  return claim.threads.reduce((sum, thread) => sum + [thread, ...thread.replies].filter((comment) => !comment.deleted).length, 0);
}

function row(claim: ReportClaim): string[] {
  const cells = [
    String(claim.id),
    claim.status,
    claim.quote.exact,
    // An orphaned claim's offsets point into an older revision: left empty rather than misleading.
    claim.orphaned ? "" : String(claim.start),
    claim.orphaned ? "" : String(claim.end),
    claim.note,
    sourcesCell(claim.sources),
    String(commentCount(claim)),
    claim.openThread ? "yes" : "no",
    claim.author?.name ?? "",
    claim.createdAt,
    claim.updatedAt,
  ];
  return cells.map(neutraliseFormula);
}

/**
 * The report's claims as CSV, one row per claim in report order, with the columns of
 * {@link CSV_COLUMNS}: RFC 4180 (CRLF between records, a cell quoted when it holds a comma, a
 * double quote or a line break, quotes doubled), UTF-8 with a byte-order mark so Excel reads the
 * accents, and every cell passed through {@link neutraliseFormula} so that a note such as
 * "=SUM(A1)" or a comment "@cmd" cannot run as a formula. `start`/`end` are UTF-16 offsets into
 * the article's canonical text (as the API gives them), empty for orphaned claims; sources read
 * "title <url>" separated by " | "; times are ISO 8601 UTC.
 */
export function reportToCsv(model: ReportModel): string {
  const body = stringify([[...CSV_COLUMNS], ...model.claims.map(row)], { record_delimiter: "windows" });
  return `\uFEFF${body}`;
}
