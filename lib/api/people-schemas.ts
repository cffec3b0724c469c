import { z } from "zod";
import { ROLES } from "../auth/permissions";

export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 256;

export const ZRole = z.enum(ROLES, { error: `role must be one of ${ROLES.join(", ")}` });

const ZName = z.string({ error: "name is required" }).trim().min(1, { error: "name is required" }).max(120, { error: "name is longer than 120 characters" });
const ZEmail = z
  .string({ error: "email is required" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "email is not a valid address" }).max(254));
const ZPassword = z
  .string({ error: "password is required" })
  .min(MIN_PASSWORD, { error: `password must be at least ${MIN_PASSWORD} characters` })
  .max(MAX_PASSWORD, { error: `password is longer than ${MAX_PASSWORD} characters` });

/** An admin adds a person; without a password one is generated and shown once. */
export const ZCreatePerson = z.object({ name: ZName, email: ZEmail, role: ZRole, password: ZPassword.optional() }).strict();
export type TCreatePerson = z.infer<typeof ZCreatePerson>;

/** The first admin, from the one-time setup page. */
export const ZFirstAdmin = z.object({ name: ZName, email: ZEmail, password: ZPassword }).strict();
export type TFirstAdmin = z.infer<typeof ZFirstAdmin>;

export const ZChangeRole = z.object({ userId: z.string().min(1), role: ZRole }).strict();
export type TChangeRole = z.infer<typeof ZChangeRole>;

export const ZCreateToken = z
  .object({ name: z.string({ error: "name is required" }).trim().min(1, { error: "name is required" }).max(80, { error: "name is longer than 80 characters" }) })
  .strict();
export type TCreateToken = z.infer<typeof ZCreateToken>;

export const ZSetPassword = z.object({ userId: z.string().min(1), password: ZPassword }).strict();
export type TSetPassword = z.infer<typeof ZSetPassword>;
