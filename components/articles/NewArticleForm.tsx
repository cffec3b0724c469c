"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/api/form-state";
import { FieldError } from "@/components/ui/FieldError";

const LANGUAGES = [
  ["fr", "French"],
  ["en", "English"],
  ["de", "German"],
  ["es", "Spanish"],
  ["it", "Italian"],
  ["pt", "Portuguese"],
  ["nl", "Dutch"],
] as const;

export function NewArticleForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? {};
  const fields = state.fields ?? {};
  return (
    <form action={formAction} className="form" noValidate>
      {state.message ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}
      <label htmlFor="title">Title</label>
      <input id="title" name="title" required maxLength={300} defaultValue={values.title} aria-invalid={!!fields.title} aria-describedby={fields.title ? "title-error" : undefined} />
      <FieldError id="title-error" message={fields.title} />

      <label htmlFor="language">Language</label>
      <select id="language" name="language" defaultValue={values.language ?? "fr"} aria-invalid={!!fields.language} aria-describedby={fields.language ? "language-error" : undefined}>
        {LANGUAGES.map(([tag, name]) => (
          <option key={tag} value={tag}>
            {name} ({tag})
          </option>
        ))}
      </select>
      <FieldError id="language-error" message={fields.language} />

      <fieldset className="radio-row">
        <legend>Format</legend>
        <label>
          <input type="radio" name="format" value="text" defaultChecked={values.format !== "markdown"} /> Plain text
        </label>
        <label>
          <input type="radio" name="format" value="markdown" defaultChecked={values.format === "markdown"} /> Markdown
        </label>
      </fieldset>

      <label htmlFor="body">Text</label>
      <textarea id="body" name="body" rows={16} required defaultValue={values.body} aria-invalid={!!fields.body} aria-describedby={fields.body ? "body-error" : undefined} />
      <FieldError id="body-error" message={fields.body} />

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "Creating…" : "Create article"}
        </button>
      </div>
    </form>
  );
}
