import type { FieldErrors } from "./app-error";

/** What a form's server action answers when it does not redirect: what went wrong, and what was typed. */
export type FormState = {
  message?: string;
  fields?: FieldErrors;
  values?: Record<string, string>;
};
