import { CLAIM_STATUSES, STATUS_META, type ClaimStatus } from "../claims/statuses";
import type { ReportModel } from "./report-model";

/** One line of the summary: "Sentences checked — 12 of 40 (30%)". */
export type FigureRow = { label: string; value: string };

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "30%" of sentences checked; "0%" for an empty article rather than NaN. */
export function shareOfSentencesChecked(figures: ReportModel["figures"]): string {
  return figures.sentences === 0 ? "0%" : `${Math.round((100 * figures.sentencesChecked) / figures.sentences)}%`;
}

/** "3 claims: 1 sourced, 1 unsourced, 1 disputed" — the chart's text equivalent. */
export function describeStatusCounts(figures: Pick<ReportModel["figures"], "claims" | "byStatus">): string {
  const parts = CLAIM_STATUSES.map((status) => `${figures.byStatus[status]} ${STATUS_META[status].label.toLowerCase()}`);
  return `${plural(figures.claims, "claim", "claims")}: ${parts.join(", ")}`;
}

/** The summary figures, in the order every format shows them. */
export function reportFigureRows(figures: ReportModel["figures"]): FigureRow[] {
  const perStatus = CLAIM_STATUSES.map((status: ClaimStatus) => ({ label: STATUS_META[status].label, value: String(figures.byStatus[status]) }));
  return [
    { label: "Sentences", value: String(figures.sentences) },
    { label: "Sentences checked", value: `${figures.sentencesChecked} of ${figures.sentences} (${shareOfSentencesChecked(figures)})` },
    { label: "Claims", value: String(figures.claims) },
    ...perStatus,
    { label: "Open threads", value: String(figures.openThreads) },
    { label: "Sourced without source", value: String(figures.sourcedWithoutSource) },
    { label: "Orphaned claims", value: String(figures.orphaned) },
  ];
}
