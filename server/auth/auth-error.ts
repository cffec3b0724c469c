import "server-only";
import { APIError } from "better-auth/api";
import { ZodError } from "zod";
import { AppError, ERROR_STATUS, type ErrorCode, type FieldErrors } from "@/lib/api/app-error";
import { zodFieldErrors } from "../http/error-response";

type APIErrorStatus = ConstructorParameters<typeof APIError>[0];

/**
 * An error from one of our rules inside better-auth's endpoints. The body carries the app's own
 * shape (`error: { code, message, fields? }`) and, for better-auth's client, `code` and `message`
 * at the top as it expects.
 */
export function authError(code: ErrorCode, message: string, { fields, headers = {} }: { fields?: FieldErrors; headers?: Record<string, string> } = {}): APIError {
  const error = fields ? { code, message, fields } : { code, message };
  return new APIError(ERROR_STATUS[code] as APIErrorStatus, { code, message, error }, headers);
}

/** Our services' refusals (AppError, ZodError) as better-auth errors; anything else is rethrown. */
export function toAuthError(error: unknown): unknown {
  if (error instanceof AppError) return authError(error.code, error.message, { fields: error.fields });
  if (error instanceof ZodError) {
    const fields = zodFieldErrors(error);
    return authError("invalid_input", `Invalid input. ${Object.entries(fields).map(([field, why]) => `${field}: ${why}`).join("; ")}`, { fields });
  }
  return error;
}
