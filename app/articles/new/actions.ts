"use server";

import { redirect } from "next/navigation";
import type { FieldErrors } from "@/lib/api/app-error";
import { ZCreateArticle, ZImportArticle } from "@/lib/api/schemas";
import { runFormActionAsync } from "@/server/actions/run-form-action-async";
import type { FormState } from "@/lib/api/form-state";
import { createArticle } from "@/server/articles/create-article";
import { importArticle } from "@/server/articles/import-article";
import { actionContext } from "@/server/auth/action-context";

const FORMATS = ["text", "markdown", "html"] as const;

/**
 * Creates an article from the "New article" form and opens it: from an uploaded file when one
 * is chosen (the text fields are then ignored, and the title may be left empty), otherwise from
 * the text typed or pasted in the chosen format.
 */
export async function createArticleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const format = FORMATS.find((f) => f === form.get("format")) ?? "text";
  const body = String(form.get("body") ?? "");
  const title = String(form.get("title") ?? "");
  const language = String(form.get("language") ?? "");
  const file = form.get("file");
  const ctx = await actionContext();
  const outcome = isChosenFile(file)
    ? await runFormActionAsync(ZImportArticle, { title, language, file }, async (input) => importArticle(ctx, input))
    : await runFormActionAsync(ZCreateArticle, { title, language, [format]: body }, async (input) => createArticle(ctx, input));
  if (outcome.ok) redirect(`/articles/${outcome.result.id}`);
  const { fields, ...rest } = outcome.state;
  // Pasted HTML is not sent back: the paste area still holds it, and the plain text area (which
  // the form resets to these values) must not fill up with markup.
  return { ...rest, fields: fields && onFormFields(fields), values: { title, language, format, body: format === "html" ? "" : body } };
}

/**
 * With no file chosen, browsers still send the field: an empty part with an empty file name,
 * which React's form decoding turns into a File named "undefined". A chosen empty file keeps its
 * name, and is refused as empty rather than silently ignored.
 */
function isChosenFile(value: FormDataEntryValue | null): value is File {
  return value instanceof File && (value.size > 0 || (value.name !== "" && value.name !== "undefined"));
}

/** The form has one text box whatever the format: text, markdown and html errors show on it. */
function onFormFields(fields: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([key, why]) => [(FORMATS as readonly string[]).includes(key) ? "body" : key, why]));
}
