import "server-only";
import { AppError } from "@/lib/api/app-error";
import { can, type Operation } from "@/lib/auth/permissions";
import type { Actor, ServiceContext } from "../context";

/**
 * The one permission check every service makes before it reads or writes: nobody signed in is
 * 401, a role without the right is 403. Returns the actor, now known to be present.
 */
export function authorize(ctx: ServiceContext, operation: Operation): Actor {
  if (!ctx.actor) throw new AppError("unauthenticated", "Sign in, or send an API token as Authorization: Bearer <token>.");
  if (!can(ctx.actor.role, operation)) {
    throw new AppError("forbidden", `A ${ctx.actor.role} may not do this (${operation}).`);
  }
  return ctx.actor;
}
