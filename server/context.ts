import "server-only";
import { getDb, type Db } from "@/db/client";
import type { Role } from "@/lib/auth/permissions";

/** Who is acting: a signed-in person, a script with their token, or the system itself. */
export type Actor = { id: string; name: string; role: Role };

/** The application acting on its own behalf (seeding the demo article, start-up provisioning). */
export const SYSTEM_ACTOR: Actor = { id: "system", name: "Claimcheck", role: "admin" };

/** What every use-case receives: where to read and write, who acts, and the clock. */
export type ServiceContext = {
  db: Db;
  actor: Actor | null;
  now: () => Date;
};

/** A context on the app's database for `actor` (null: nobody signed in). */
export async function contextFor(actor: Actor | null): Promise<ServiceContext> {
  return { db: await getDb(), actor, now: () => new Date() };
}
