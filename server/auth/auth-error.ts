import "server-only";
import { APIError } from "better-auth/api";

type Status = "BAD_REQUEST" | "TOO_MANY_REQUESTS" | "CONFLICT";

/**
 * An error from one of our rules inside better-auth's endpoints. The body carries the app's own
 * shape (`error: { code, message, fields? }`) and, for better-auth's client, `code` and `message`
 * at the top as it expects.
 */
export function authError(status: Status, error: { code: string; message: string; fields?: Record<string, string> }, headers: Record<string, string> = {}): APIError {
  return new APIError(status, { code: error.code, message: error.message, error }, headers);
}
