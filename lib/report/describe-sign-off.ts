import { coveragePercent, type SignOffGap } from "../articles/sign-off";
import { CLAIM_STATUSES, STATUS_META } from "../claims/statuses";
import { formatTimestamp } from "../format/format-timestamp";
import type { ReportSignOff } from "./report-model";

const GAP_LABEL: Record<SignOffGap, string> = { coverage: "sentences left untagged", sourced_without_source: "claims marked sourced without a source" };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The report's account of the last sign-off, as plain sentences (each format escapes them):
 * who signed which revision when, the figures they saw, the gaps they confirmed, and whether the
 * review was reopened or the text changed since. The same lines in every format.
 */
export function describeSignOff({ record, reopened, textChanged }: ReportSignOff, currentRevision: number): string[] {
  const { coverage } = record;
  const who = `${record.signedBy.name} on ${formatTimestamp(record.signedAt)}, at revision ${record.revision}`;
  const statuses = CLAIM_STATUSES.map((status) => `${coverage.byStatus[status]} ${STATUS_META[status].label.toLowerCase()}`).join(", ");
  const lines = [
    reopened ? `Last signed off by ${who}; the review was reopened since.` : `Signed off by ${who}.`,
    `Signed figures: ${coverage.tagged} of ${coverage.sentences} sentences checked (${coveragePercent(coverage)} %: ${statuses}); ` +
      `${plural(record.sourcedWithoutSource, "sourced claim", "sourced claims")} without a source; ${plural(record.openThreads, "open thread", "open threads")}.`,
  ];
  if (record.confirmedGaps.length > 0) lines.push(`Signed off with known gaps, confirmed: ${record.confirmedGaps.map((gap) => GAP_LABEL[gap]).join(" and ")}.`);
  if (textChanged) lines.push(`The text has changed since: the signed revision is ${record.revision}, the current one is ${currentRevision}.`);
  return lines;
}
