import "server-only";
import { getDb } from "@/db/client";
import { AppError } from "@/lib/api/app-error";
import { isRole } from "@/lib/auth/permissions";
import type { Actor } from "../context";
import { actorFromToken } from "./actor-from-token";
import { getAuth } from "./auth";

/**
 * Who is making a request: `Authorization: Bearer <token>` (a personal API token) or the session
 * cookie. A bearer header with a bad token is refused outright rather than falling back to a
 * cookie, so a script never silently acts as whoever is signed in in the browser.
 */
export async function resolveActor(headers: Headers): Promise<Actor | null> {
  const authorization = headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    const actor = match ? await actorFromToken(await getDb(), match[1], new Date()) : null;
    if (!actor) throw new AppError("unauthenticated", "The API token is invalid or has been revoked.");
    return actor;
  }
  const session = await (await getAuth()).api.getSession({ headers });
  if (!session) return null;
  const role = (session.user as { role?: unknown }).role;
  return { id: session.user.id, name: session.user.name, role: isRole(role) ? role : "viewer" };
}
