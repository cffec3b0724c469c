import "server-only";
import { AppError } from "@/lib/api/app-error";
import { errorResponse } from "./error-response";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * The handler a route exports for the methods it does not serve. Left out, Next.js answers them
 * with an empty 405; this one answers in the API's error shape and names the methods that work,
 * in the message and the Allow header.
 */
export function methodNotAllowed(...allowed: HttpMethod[]): (request: Request) => Promise<Response> {
  const list = allowed.join(", ");
  return async (request) => {
    const response = errorResponse(new AppError("method_not_allowed", `${request.method} is not allowed on ${new URL(request.url).pathname}; use ${list}.`));
    response.headers.set("allow", list);
    return response;
  };
}
