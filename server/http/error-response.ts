import "server-only";
import { ZodError } from "zod";
import { AppError, type FieldErrors } from "@/lib/api/app-error";
import { isConcurrentWriteFailure, isDatabaseUnavailable } from "./is-database-unavailable";

/** How long a client should wait before sending a request the database could not take. */
const RETRY_AFTER_SECONDS = 2;

/** Field path → first message, e.g. { "quote.exact": "quote.exact is empty" }. */
export function zodFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "body";
    if (!(key in fields)) fields[key] = issue.message;
  }
  return fields;
}

/** The one place where errors become HTTP answers: `{"error": {"code", "message", "fields"?}}`. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json(
      { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}), ...(error.details ?? {}) } },
      { status: error.status },
    );
  }
  if (error instanceof ZodError) {
    const fields = zodFieldErrors(error);
    const summary = Object.entries(fields).map(([field, why]) => `${field}: ${why}`).join("; ");
    return Response.json({ error: { code: "invalid_input", message: `Invalid input. ${summary}`, fields } }, { status: 400 });
  }
  if (isConcurrentWriteFailure(error)) {
    return Response.json({ error: { code: "conflict", message: "Someone else changed this at the same moment; nothing was changed. Try again." } }, { status: 409 });
  }
  if (isDatabaseUnavailable(error)) {
    // Nothing was committed: the transaction could not finish. The client may send it again.
    console.error("Database unavailable:", error instanceof Error ? error.message : error);
    return Response.json(
      { error: { code: "database_unavailable", message: "The database cannot be reached right now; nothing was changed. Try again in a moment." } },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  }
  console.error(error);
  return Response.json({ error: { code: "internal", message: "Something went wrong on the server; nothing was changed." } }, { status: 500 });
}
