"use server";

import { redirect } from "next/navigation";
import { ZCreateArticle } from "@/lib/api/schemas";
import { runFormAction } from "@/server/actions/run-form-action";
import type { FormState } from "@/lib/api/form-state";
import { createArticle } from "@/server/articles/create-article";
import { actionContext } from "@/server/auth/action-context";

/** Creates an article from the "New article" form and opens it. */
export async function createArticleAction(_previous: FormState, form: FormData): Promise<FormState> {
  const format = form.get("format") === "markdown" ? "markdown" : "text";
  const body = String(form.get("body") ?? "");
  const raw = {
    title: String(form.get("title") ?? ""),
    language: String(form.get("language") ?? ""),
    [format]: body,
  };
  const ctx = await actionContext();
  const outcome = runFormAction(ZCreateArticle, raw, (input) => createArticle(ctx, input));
  if (!outcome.ok) {
    const { fields, ...rest } = outcome.state;
    // The form has one text area, whatever the format: show text/markdown errors on it.
    const mapped = fields && Object.fromEntries(Object.entries(fields).map(([k, v]) => [k === "text" || k === "markdown" ? "body" : k, v]));
    return { ...rest, fields: mapped, values: { title: raw.title, language: raw.language, format, body } };
  }
  redirect(`/articles/${outcome.result.id}`);
}
