import "server-only";
import { headers } from "next/headers";
import { contextFor, type ServiceContext } from "../context";
import { prepareApp } from "../startup";
import { resolveActor } from "./resolve-actor";

/** The service context of a server action: whoever the session cookie says (services authorise). */
export async function actionContext(): Promise<ServiceContext> {
  await prepareApp();
  return contextFor(await resolveActor(await headers()).catch(() => null));
}
