import { z } from "zod";
import { ZClaimStatus } from "../api/schemas";
import type { ClaimFilter } from "../claims/filter-claims";

/** Every format the report comes in, as `?format=` names it. */
export const REPORT_FORMATS = ["html", "pdf", "md", "csv", "json", "w3c", "claimreview"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const ZReportFormat = z.enum(REPORT_FORMATS, { error: `format must be one of ${REPORT_FORMATS.join(", ")}` }).default("json");

const ZFlag = z
  .enum(["1", "true", "0", "false", ""], { error: "must be 1 or 0" })
  .optional()
  .transform((value) => value === "1" || value === "true");

/** The claim filter of a report address: `status`, `author`, `openThread=1`, `sourcedWithoutSource=1`, `q`. */
export const ZReportFilterQuery = z
  .object({
    status: ZClaimStatus.optional(),
    author: z.string().trim().max(100, { error: "author is too long" }).optional(),
    openThread: ZFlag,
    sourcedWithoutSource: ZFlag,
    q: z.string().max(200, { error: "q is longer than 200 characters" }).optional(),
  })
  .transform(
    (query): ClaimFilter => ({
      status: query.status ?? null,
      authorId: query.author || null,
      openThread: query.openThread,
      sourcedWithoutSource: query.sourcedWithoutSource,
      query: query.q ?? "",
    }),
  );

const FILTER_KEYS = ["status", "author", "openThread", "sourcedWithoutSource", "q"] as const;

/** The filter's fields as given in `params` (first value of each), other parameters ignored. */
export function reportFilterInput(params: URLSearchParams): Record<string, string | undefined> {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? undefined]));
}

// Kept in its own file so browser code can build report addresses without bundling zod.
export { reportFilterParams } from "./report-filter-params";
