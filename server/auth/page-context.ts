import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { countUsers } from "@/db/queries/people";
import { getDb } from "@/db/client";
import { contextFor, type ServiceContext } from "../context";
import { prepareApp } from "../startup";
import { resolveActor } from "./resolve-actor";

/**
 * The service context of a page view. Nobody has an account yet → the setup page; not signed in →
 * the sign-in page, coming back to `next` afterwards.
 */
export async function requirePageContext(next: string): Promise<ServiceContext & { actor: NonNullable<ServiceContext["actor"]> }> {
  await prepareApp();
  if (countUsers(getDb()) === 0) redirect("/setup");
  const actor = await resolveActor(await headers()).catch(() => null);
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  return { ...contextFor(actor), actor };
}

/** The context of a page that works signed out too (sign-in, setup). */
export async function optionalPageContext(): Promise<ServiceContext> {
  await prepareApp();
  return contextFor(await resolveActor(await headers()).catch(() => null));
}
