import Link from "next/link";
import { can, ROLE_META, type Role } from "@/lib/auth/permissions";

/** The signed-in person in the header: who and what role, their settings, people (admins), sign out. */
export function UserMenu({ user, signOut }: { user: { name: string; role: Role }; signOut: () => Promise<void> }) {
  return (
    <div className="user-menu">
      <span className="user-name">
        {user.name} <span className="user-role">({ROLE_META[user.role].label})</span>
      </span>
      {can(user.role, "people.manage") ? <Link href="/people">People</Link> : null}
      <Link href="/settings">Settings</Link>
      <form action={signOut}>
        <button type="submit" className="link-button">
          Sign out
        </button>
      </form>
    </div>
  );
}
