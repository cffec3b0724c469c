import { coveragePercent, type SignOffFigures as Figures } from "@/lib/articles/sign-off";
import { CLAIM_STATUSES, STATUS_META } from "@/lib/claims/statuses";

/** The figures a sign-off records, as a definition list (the dialog and the verified banner share it). */
export function SignOffFigures({ figures }: { figures: Figures }) {
  const { coverage } = figures;
  return (
    <dl className="sign-off-figures">
      <dt>Revision</dt>
      <dd>{figures.revision}</dd>
      <dt>Sentences checked</dt>
      <dd>
        {coverage.tagged} of {coverage.sentences} ({coveragePercent(coverage)} %)
        {" — "}
        {CLAIM_STATUSES.map((status) => `${coverage.byStatus[status]} ${STATUS_META[status].label.toLowerCase()}`).join(", ")}
      </dd>
      <dt>Sourced without a source</dt>
      <dd>{figures.sourcedWithoutSource}</dd>
      <dt>Open threads</dt>
      <dd>{figures.openThreads}</dd>
    </dl>
  );
}
