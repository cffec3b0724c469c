import { CLAIM_STATUSES, STATUS_META } from "@/lib/claims/statuses";

/** What each highlight means: colour, underline style and icon. */
export function StatusLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      {CLAIM_STATUSES.map((status) => (
        <li key={status} title={STATUS_META[status].description}>
          <span className={`claim claim--${status} legend-sample`}>
            <span className={`claim-icon claim-icon--${status}`} aria-hidden="true">
              {STATUS_META[status].icon}
            </span>
            {STATUS_META[status].label}
          </span>
          <span className="legend-cue">{STATUS_META[status].cue}</span>
        </li>
      ))}
    </ul>
  );
}
