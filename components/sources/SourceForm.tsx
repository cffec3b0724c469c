"use client";

import { useState, type ChangeEvent, type FormEvent, type ReactNode } from "react";
import type { FieldErrors } from "@/lib/api/app-error";
import { isSafeSourceUrl } from "@/lib/sources/is-safe-source-url";
import { FieldError } from "@/components/ui/FieldError";
import { describeError, fieldErrorsOf, wasSaved, type SourceInput } from "@/components/review/review-api";
import styles from "./sources.module.css";

type Values = { url: string; title: string; excerpt: string; note: string };
const EMPTY: Values = { url: "", title: "", excerpt: "", note: "" };

type ControlProps = {
  id: string;
  className: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

type Props = {
  /** Field ids are `${idPrefix}-url-${idSuffix}` and so on (the add form: "new-source", claimId). */
  idPrefix: string;
  idSuffix: number;
  initial?: Values;
  submitLabel: string;
  /** Saves the source; a refusal (ApiError, maybe with field errors) is shown in the form. */
  onSubmit: (input: SourceInput) => Promise<void>;
  onCancel?: () => void;
};

function refusals(values: Values): FieldErrors {
  const fields: FieldErrors = {};
  if (!isSafeSourceUrl(values.url.trim())) fields.url = "Use a complete http:// or https:// address";
  if (values.title.trim() === "") fields.title = "Give the source a title";
  return fields;
}

/** Adds a source to a claim, or edits one: URL, title, excerpt and what it supports. */
export function SourceForm({ idPrefix, idSuffix, initial = EMPTY, submitLabel, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState(initial);
  const [fields, setFields] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const id = (name: keyof Values) => `${idPrefix}-${name}-${idSuffix}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const refused = refusals(values);
    setFields(refused);
    setMessage(null);
    const firstRefused = (Object.keys(EMPTY) as (keyof Values)[]).find((name) => refused[name]);
    if (firstRefused) {
      document.getElementById(id(firstRefused))?.focus();
      return;
    }
    setPending(true);
    try {
      await onSubmit({ url: values.url.trim(), title: values.title.trim(), excerpt: values.excerpt, note: values.note });
      setValues(EMPTY);
    } catch (failure) {
      // Saved, only the list failed to reload: clear the form so the source is not added twice.
      if (wasSaved(failure)) setValues(EMPTY);
      setFields(fieldErrorsOf(failure));
      setMessage(describeError(failure));
    } finally {
      setPending(false);
    }
  }

  function field(name: keyof Values, label: string, control: (props: ControlProps) => ReactNode) {
    const errorId = `${id(name)}-error`;
    const props: ControlProps = {
      id: id(name),
      className: styles.control,
      value: values[name],
      onChange: (event) => setValues((current) => ({ ...current, [name]: event.target.value })),
      "aria-invalid": fields[name] ? true : undefined,
      "aria-describedby": fields[name] ? errorId : undefined,
    };
    return (
      <>
        <label htmlFor={props.id} className={styles.label}>
          {label}
        </label>
        {control(props)}
        <FieldError id={errorId} message={fields[name]} />
      </>
    );
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      {message ? (
        <p role="alert" className="form-error">
          {message}
        </p>
      ) : null}
      {field("url", "Source URL", (props) => <input {...props} type="url" inputMode="url" autoComplete="off" spellCheck={false} placeholder="https://" />)}
      {field("title", "Title", (props) => <input {...props} autoComplete="off" />)}
      {field("excerpt", "Excerpt or quote", (props) => <textarea {...props} rows={2} />)}
      {field("note", "What it supports", (props) => <textarea {...props} rows={2} />)}
      <div className={styles.actions}>
        <button type="submit" className="button button-primary" disabled={pending}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
