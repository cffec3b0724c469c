"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { AppError } from "@/lib/api/app-error";
import type { FormState } from "@/lib/api/form-state";
import { ZFirstAdmin } from "@/lib/api/people-schemas";
import { getAuth } from "@/server/auth/auth";
import { contextFor } from "@/server/context";
import { zodFieldErrors } from "@/server/http/error-response";
import { createFirstAdmin } from "@/server/people/create-first-admin";
import { prepareApp } from "@/server/startup";

/** Creates the first admin and signs them in. Refused once anyone has an account. */
export async function createFirstAdminAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? "") };
  const parsed = ZFirstAdmin.safeParse({ ...values, password: String(form.get("password") ?? "") });
  if (!parsed.success) return { message: "Please correct the highlighted fields.", fields: zodFieldErrors(parsed.error), values };
  await prepareApp();
  try {
    await createFirstAdmin(await contextFor(null), parsed.data);
  } catch (error) {
    if (error instanceof AppError || error instanceof ZodError) return { message: error.message, values };
    throw error;
  }
  // Server-side sign-in: the nextCookies plugin puts the session cookie on this response.
  await (await getAuth()).api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  redirect("/");
}
