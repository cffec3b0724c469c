import "server-only";
import { AppError } from "@/lib/api/app-error";
import { ZId } from "@/lib/api/schemas";
import { resolveActor } from "../auth/resolve-actor";
import { contextFor, type ServiceContext } from "../context";
import { prepareApp } from "../startup";
import { errorResponse } from "./error-response";

type RouteArgs<P> = { params: Promise<P> };

/**
 * Wraps a route handler: gives it the service context and awaited params, turns thrown errors
 * into the API's error shape, and serialises a returned value as JSON.
 */
export function jsonRoute<P = Record<string, never>>(
  handler: (args: { request: Request; params: P; ctx: ServiceContext }) => Promise<unknown> | unknown,
  { status = 200 }: { status?: number } = {},
) {
  return async (request: Request, route: RouteArgs<P>): Promise<Response> => {
    try {
      await prepareApp();
      const ctx = await contextFor(await resolveActor(request.headers));
      const result = await handler({ request, params: await route.params, ctx });
      if (result instanceof Response) return result;
      if (result === undefined) return new Response(null, { status: 204 });
      return Response.json(result, { status });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Parses an id from the URL; anything but a positive integer is an unknown resource. */
export function parseId(raw: string, what: string): number {
  const parsed = ZId.safeParse(raw);
  if (!parsed.success) throw new AppError("not_found", `No ${what} with id ${JSON.stringify(raw)}.`);
  return parsed.data;
}
