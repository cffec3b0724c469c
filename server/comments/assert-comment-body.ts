import "server-only";
import { ZCommentBody } from "@/lib/api/review-schemas";
import { AppError } from "@/lib/api/app-error";

/**
 * Refuses a blank or over-long body. Routes already parse it with the same schema; the services
 * check again because pages, actions and the CLI call them too, and a comment must never be blank.
 */
export function assertCommentBody(body: string): void {
  const parsed = ZCommentBody.safeParse(body);
  if (!parsed.success) {
    const why = parsed.error.issues[0]?.message ?? "invalid";
    throw new AppError("invalid_input", `Invalid comment: ${why}.`, { fields: { body: why } });
  }
}
