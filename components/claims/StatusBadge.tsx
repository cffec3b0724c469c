import { STATUS_META, type ClaimStatus } from "@/lib/claims/statuses";

/** Status as icon plus word, so it never depends on colour alone. */
export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-icon" aria-hidden="true">
        {STATUS_META[status].icon}
      </span>
      {STATUS_META[status].label}
    </span>
  );
}
