import "server-only";
import { findUserByEmail } from "@/db/queries/people";
import { AppError } from "@/lib/api/app-error";
import { ZFirstAdmin } from "@/lib/api/people-schemas";
import type { ServiceContext } from "../context";
import { insertPerson } from "./insert-person";

/**
 * Creates the admin named by CLAIMCHECK_ADMIN_EMAIL / CLAIMCHECK_ADMIN_PASSWORD at start, when
 * both are set and nobody has that email yet (servers and tests skip the setup page this way).
 */
export async function ensureEnvAdmin(ctx: ServiceContext): Promise<void> {
  const email = process.env.CLAIMCHECK_ADMIN_EMAIL;
  const password = process.env.CLAIMCHECK_ADMIN_PASSWORD;
  if (!email || !password) return;
  const parsed = ZFirstAdmin.safeParse({ name: process.env.CLAIMCHECK_ADMIN_NAME || "Admin", email, password });
  // A weak password or a bad name in the environment is the operator's to fix: say which, and stop.
  if (!parsed.success) {
    throw new Error(`CLAIMCHECK_ADMIN_*: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  }
  const input = parsed.data;
  if (await findUserByEmail(ctx.db, input.email)) return;
  try {
    await insertPerson(ctx, { ...input, role: "admin" });
  } catch (error) {
    // Another node starting at the same moment created them first: that is what was wanted.
    if (!(error instanceof AppError && error.code === "conflict")) throw error;
  }
}
