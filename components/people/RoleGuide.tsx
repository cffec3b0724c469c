import { ROLE_META, ROLES } from "@/lib/auth/permissions";
import styles from "./people.module.css";

/** What each role may do, next to the role picker, so the admin need not guess. */
export function RoleGuide({ id }: { id: string }) {
  return (
    <ul id={id} className={`${styles.hint} ${styles.roleGuide}`}>
      {ROLES.map((role) => (
        <li key={role}>
          <strong>{ROLE_META[role].label}</strong>: {ROLE_META[role].description}
        </li>
      ))}
    </ul>
  );
}
