import "server-only";
import { ZodError, type ZodType } from "zod";
import { AppError } from "@/lib/api/app-error";
import { zodFieldErrors } from "../http/error-response";
import type { FormState } from "@/lib/api/form-state";

/**
 * The one validation wrapper for form actions: parse the form with the boundary schema, run the
 * use-case, and turn refusals into field errors the form shows next to the right input.
 */
export function runFormAction<T, R>(
  schema: ZodType<T>,
  raw: Record<string, unknown>,
  run: (input: T) => R,
): { ok: true; result: R } | { ok: false; state: FormState } {
  const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, state: { message: "Please correct the highlighted fields.", fields: zodFieldErrors(parsed.error), values } };
  }
  try {
    return { ok: true, result: run(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, state: { message: error.message, fields: error.fields, values } };
    if (error instanceof ZodError) return { ok: false, state: { message: "Please correct the highlighted fields.", fields: zodFieldErrors(error), values } };
    throw error;
  }
}
