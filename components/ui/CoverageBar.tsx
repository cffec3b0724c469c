import { CLAIM_STATUSES, STATUS_META } from "@/lib/claims/statuses";
import type { SentenceCoverage } from "@/lib/claims/sentence-coverage";

/** Describes coverage in words, for screen readers and tooltips. */
export function describeCoverage(coverage: SentenceCoverage): string {
  const parts = CLAIM_STATUSES.map((s) => `${coverage.byStatus[s]} ${STATUS_META[s].label.toLowerCase()}`);
  return `${coverage.tagged} of ${coverage.sentences} sentences tagged (${parts.join(", ")})`;
}

/** A stacked bar: the share of sentences tagged, split by status; patterns keep it legible in greyscale. */
export function CoverageBar({ coverage, label }: { coverage: SentenceCoverage; label: string }) {
  const total = Math.max(coverage.sentences, 1);
  const percent = Math.round((coverage.tagged / total) * 100);
  return (
    <div className="coverage">
      <div
        className="coverage-bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={coverage.sentences}
        aria-valuenow={coverage.tagged}
        aria-valuetext={describeCoverage(coverage)}
        title={describeCoverage(coverage)}
      >
        {CLAIM_STATUSES.map((status) =>
          coverage.byStatus[status] > 0 ? (
            <span key={status} className={`coverage-segment status-fill-${status}`} style={{ width: `${(coverage.byStatus[status] / total) * 100}%` }} />
          ) : null,
        )}
      </div>
      <span className="coverage-figure">
        {percent} % · {coverage.tagged}/{coverage.sentences} sentences
      </span>
    </div>
  );
}
