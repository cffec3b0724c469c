"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/api/form-state";
import { ROLE_META, ROLES } from "@/lib/auth/permissions";
import { MAX_PERSON_NAME } from "@/lib/people/person-name";
import { FieldError } from "@/components/ui/FieldError";
import { RoleGuide } from "./RoleGuide";
import styles from "./people.module.css";

/** What the add-person action answers: a refusal (FormState) or who was added. */
export type AddPersonState = FormState & { added?: { name: string; roleLabel: string; generatedPassword: string | null } };

export type AddPersonAction = (state: AddPersonState, form: FormData) => Promise<AddPersonState>;

/** `minPassword` comes from the server's schema, so the hint cannot drift from the rule. */
export function AddPersonForm({ action, minPassword }: { action: AddPersonAction; minPassword: number }) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? {};
  const fields = state.fields ?? {};
  const invalid = (name: string) => ({ "aria-invalid": !!fields[name], "aria-describedby": fields[name] ? `person-${name}-error` : undefined });
  return (
    <>
      {/* Always present, so screen readers announce what appears in it. */}
      <div role="status">
        {state.added ? (
          <div className="notice notice--info">
            <p>
              Added {state.added.name} as {state.added.roleLabel}.
            </p>
            {state.added.generatedPassword ? (
              <p>
                Their generated password (copy it now: it will not be shown again):
                <code className={styles.secret}>{state.added.generatedPassword}</code>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
      <form action={formAction} className="form" noValidate>
        {state.message ? (
          <p role="alert" className="form-error">
            {state.message}
          </p>
        ) : null}
        <label htmlFor="person-name">Name</label>
        <input id="person-name" name="name" required maxLength={MAX_PERSON_NAME} autoComplete="off" defaultValue={values.name} {...invalid("name")} />
        <FieldError id="person-name-error" message={fields.name} />

        <label htmlFor="person-email">Email</label>
        <input id="person-email" name="email" type="email" required autoComplete="off" defaultValue={values.email} {...invalid("email")} />
        <FieldError id="person-email-error" message={fields.email} />

        <label htmlFor="person-role">Role</label>
        {/* Keyed by the role sent back: React applies a select's defaultValue only when it mounts, and
            resets the form after the action, which would otherwise put "Viewer" back. */}
        <select key={values.role ?? "viewer"} id="person-role" name="role" defaultValue={values.role ?? "viewer"} aria-invalid={!!fields.role} aria-describedby={fields.role ? "person-role-error person-role-guide" : "person-role-guide"}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_META[role].label}
            </option>
          ))}
        </select>
        <FieldError id="person-role-error" message={fields.role} />
        <RoleGuide id="person-role-guide" />

        <label htmlFor="person-password">Initial password</label>
        {/* Never refilled after a refusal: a password does not travel back to the browser. */}
        <input
          id="person-password"
          name="password"
          type="password"
          autoComplete="new-password"
          aria-invalid={!!fields.password}
          aria-describedby={fields.password ? "person-password-error person-password-hint" : "person-password-hint"}
        />
        <p id="person-password-hint" className={styles.hint}>
          Optional: leave empty to generate one (otherwise at least {minPassword} characters, not a common or breached password).
        </p>
        <FieldError id="person-password-error" message={fields.password} />

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? "Adding…" : "Add person"}
          </button>
        </div>
      </form>
    </>
  );
}
