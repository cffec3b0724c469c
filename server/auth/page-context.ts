import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { contextFor, type ServiceContext } from "../context";
import { needsSetup } from "../people/create-first-admin";
import { prepareApp } from "../startup";
import { resolveActor } from "./resolve-actor";

/**
 * The service context of a page view. Nobody has an account yet → the setup page; not signed in →
 * the sign-in page, coming back to `next` afterwards.
 */
export async function requirePageContext(next: string): Promise<ServiceContext & { actor: NonNullable<ServiceContext["actor"]> }> {
  await prepareApp();
  const actor = await resolveActor(await headers()).catch(() => null);
  if (!actor && await needsSetup(await contextFor(null))) redirect("/setup");
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  return { ...await contextFor(actor), actor };
}

/** The context of a page that works signed out too (sign-in, setup). */
export async function optionalPageContext(): Promise<ServiceContext> {
  await prepareApp();
  return contextFor(await resolveActor(await headers()).catch(() => null));
}
