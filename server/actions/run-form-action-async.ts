import "server-only";
import { ZodError, type ZodType } from "zod";
import { AppError } from "@/lib/api/app-error";
import type { FormState } from "@/lib/api/form-state";
import { zodFieldErrors } from "../http/error-response";
import { runFormAction } from "./run-form-action";

/**
 * `runFormAction` for use-cases that must await (password hashing): the same validation and the
 * same refusals-as-field-errors, but a rejected promise is caught too, not only a throw.
 */
export async function runFormActionAsync<T, R>(
  schema: ZodType<T>,
  raw: Record<string, unknown>,
  run: (input: T) => Promise<R>,
): Promise<{ ok: true; result: R } | { ok: false; state: FormState }> {
  // Validation is shared with the synchronous wrapper, so both answer a bad form identically.
  const parsed = runFormAction(schema, raw, (input) => input);
  if (!parsed.ok) return parsed;
  try {
    return { ok: true, result: await run(parsed.result) };
  } catch (error) {
    const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as Record<string, string>;
    if (error instanceof AppError) return { ok: false, state: { message: error.message, fields: error.fields, values } };
    if (error instanceof ZodError) return { ok: false, state: { message: "Please correct the highlighted fields.", fields: zodFieldErrors(error), values } };
    throw error;
  }
}
