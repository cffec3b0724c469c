import "server-only";
import { isSafeSourceUrl } from "@/lib/sources/is-safe-source-url";
import type { ReportModel } from "@/lib/report/report-model";

export const DEFAULT_ORGANISATION_NAME = "Claimcheck newsroom";

/**
 * Who publishes the fact-checks (ClaimReview's `author`, the report's "Published by"), from
 * CLAIMCHECK_ORG_NAME (default "Claimcheck newsroom") and CLAIMCHECK_ORG_URL (default none). A URL
 * that is not a complete http(s) address is ignored rather than published, with a warning.
 */
export function reportOrganisation(env: Record<string, string | undefined> = process.env): ReportModel["organisation"] {
  const name = env.CLAIMCHECK_ORG_NAME?.trim() || DEFAULT_ORGANISATION_NAME;
  const rawUrl = env.CLAIMCHECK_ORG_URL?.trim() || null;
  if (rawUrl && !isSafeSourceUrl(rawUrl)) {
    console.warn(`CLAIMCHECK_ORG_URL is not an http(s) URL and is ignored: ${JSON.stringify(rawUrl)}`);
    return { name, url: null };
  }
  return { name, url: rawUrl };
}
