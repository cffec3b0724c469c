"use client";

import { useActionState, useState, type ChangeEvent } from "react";
import { MAX_UPLOAD_BYTES, UPLOAD_ACCEPT } from "@/lib/api/article-upload";
import type { FormState } from "@/lib/api/form-state";
import { FieldError } from "@/components/ui/FieldError";
import { RichTextPasteArea } from "./RichTextPasteArea";

const LANGUAGES = [
  ["fr", "French"],
  ["en", "English"],
  ["de", "German"],
  ["es", "Spanish"],
  ["it", "Italian"],
  ["pt", "Portuguese"],
  ["nl", "Dutch"],
] as const;

const FORMATS = [
  ["text", "Plain text"],
  ["markdown", "Markdown"],
  ["html", "Rich text (paste)"],
] as const;
type Format = (typeof FORMATS)[number][0];

const FIELD_GROUP = { display: "grid", gap: 6 } as const;

export function NewArticleForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const values = state.values ?? {};
  const fields = state.fields ?? {};
  const [format, setFormat] = useState<Format>(FORMATS.find(([f]) => f === values.format)?.[0] ?? "text");
  const [fileError, setFileError] = useState<string>();

  function checkFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    const tooLarge = !!file && file.size > MAX_UPLOAD_BYTES;
    setFileError(tooLarge ? `This file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB.` : undefined);
    if (tooLarge) event.currentTarget.value = "";
  }

  const rich = format === "html";
  const fileMessage = fileError ?? fields.file;
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

      {/* Uncontrolled, like every field here: React resets the form after each submit, to the
          values the action sends back. */}
      <fieldset className="radio-row">
        <legend>Format</legend>
        {FORMATS.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="format" value={value} defaultChecked={value === (values.format ?? "text")} onChange={() => setFormat(value)} /> {label}
          </label>
        ))}
      </fieldset>

      {/* Both boxes stay mounted so switching format never loses what was typed or pasted. */}
      <div hidden={rich} style={rich ? undefined : FIELD_GROUP}>
        <label htmlFor="body">Text</label>
        <textarea id="body" name="body" rows={16} required disabled={rich} defaultValue={values.body} aria-invalid={!!fields.body} aria-describedby={fields.body ? "body-error" : undefined} />
      </div>
      <div hidden={!rich} style={rich ? FIELD_GROUP : undefined}>
        <RichTextPasteArea active={rich} error={fields.body} />
      </div>
      <FieldError id="body-error" message={fields.body} />

      <fieldset className="radio-row" style={FIELD_GROUP}>
        <legend>Or upload a file</legend>
        <label htmlFor="file">Upload a file</label>
        <input id="file" name="file" type="file" accept={UPLOAD_ACCEPT} onChange={checkFile} aria-invalid={!!fileMessage} aria-describedby={fileMessage ? "file-error file-hint" : "file-hint"} />
        <p id="file-hint" className="hint">
          .txt, .md, .html or .docx, up to {MAX_UPLOAD_BYTES / 1024 / 1024} MiB. A file replaces the text above; leave the title empty to use the document&apos;s first heading.
        </p>
        <FieldError id="file-error" message={fileMessage} />
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "Creating…" : "Create article"}
        </button>
      </div>
    </form>
  );
}
