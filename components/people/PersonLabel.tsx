import type { PersonRef } from "@/lib/api/dto";
import { ROLE_META } from "@/lib/auth/permissions";

/**
 * A person as history shows them: the name they chose, then their email and role, which they
 * cannot choose, so someone renamed "Admin" still reads as who they are. The name is isolated
 * (<bdi>) so right-to-left text in it cannot reorder the rest of the line.
 */
export function PersonLabel({ person, fallback = "Someone" }: { person: PersonRef | null; fallback?: string }) {
  if (!person) return <strong>{fallback}</strong>;
  const detail = [person.email, person.role ? ROLE_META[person.role].label : null].filter(Boolean).join(", ");
  return (
    <span className="person-label">
      <strong>
        <bdi>{person.name}</bdi>
      </strong>
      {detail ? <span className="person-label-detail"> ({detail})</span> : null}
    </span>
  );
}
