import { z } from "zod";
import { checkPassword, MAX_PASSWORD, MIN_PASSWORD, PASSWORD_PROBLEMS, personalWords } from "../auth/password-policy";
import { ROLES } from "../auth/permissions";
import { checkPersonName, MAX_PERSON_NAME, type PersonNameProblem } from "../people/person-name";

export { MIN_PASSWORD, MAX_PASSWORD };

export const ZRole = z.enum(ROLES, { error: `role must be one of ${ROLES.join(", ")}` });

const NAME_PROBLEMS: Record<PersonNameProblem, string> = {
  empty: "name is required",
  too_long: `name is longer than ${MAX_PERSON_NAME} characters`,
  invisible_characters: "name contains control, invisible or text-direction characters",
  reserved: "name is one the app uses itself",
};

/** A person's name under the app's one rule (lib/people/person-name.ts), cleaned. */
export const ZPersonName = z.string({ error: "name is required" }).transform((raw, ctx) => {
  const checked = checkPersonName(raw);
  if (checked.ok) return checked.name;
  ctx.addIssue({ code: "custom", message: NAME_PROBLEMS[checked.problem] });
  return z.NEVER;
});
const ZName = ZPersonName;
/** An email as people sign in with it: trimmed, lower-case. */
export const ZEmail = z
  .string({ error: "email is required" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "email is not a valid address" }).max(254));
/** A password someone chooses, under the app's NIST SP 800-63B policy (lib/auth/password-policy.ts). */
export const ZPassword = z.string({ error: "password is required" }).check((ctx) => {
  const checked = checkPassword(ctx.value);
  if (!checked.ok) ctx.issues.push({ code: "custom", message: PASSWORD_PROBLEMS[checked.problem], input: ctx.value });
});

// A password built on the person's own name or email is refused too (the field alone cannot see them).
function notPersonal(value: { name: string; email: string; password?: string }, ctx: z.RefinementCtx) {
  if (!value.password || !checkPassword(value.password).ok) return;
  const checked = checkPassword(value.password, personalWords(value));
  if (!checked.ok) ctx.addIssue({ code: "custom", path: ["password"], message: PASSWORD_PROBLEMS[checked.problem] });
}

/** An admin adds a person; without a password one is generated and shown once. */
export const ZCreatePerson = z.object({ name: ZName, email: ZEmail, role: ZRole, password: ZPassword.optional() }).strict().superRefine(notPersonal);
export type TCreatePerson = z.infer<typeof ZCreatePerson>;

/** The first admin, from the one-time setup page. */
export const ZFirstAdmin = z.object({ name: ZName, email: ZEmail, password: ZPassword }).strict().superRefine(notPersonal);
export type TFirstAdmin = z.infer<typeof ZFirstAdmin>;

export const ZChangeRole = z.object({ userId: z.string().min(1), role: ZRole }).strict();
export type TChangeRole = z.infer<typeof ZChangeRole>;

export const ZCreateToken = z
  .object({ name: z.string({ error: "name is required" }).trim().min(1, { error: "name is required" }).max(80, { error: "name is longer than 80 characters" }) })
  .strict();
export type TCreateToken = z.infer<typeof ZCreateToken>;

export const ZSetPassword = z.object({ userId: z.string().min(1), password: ZPassword }).strict();
export type TSetPassword = z.infer<typeof ZSetPassword>;

/** Someone's new name: a person renaming themselves, or an admin renaming them. */
export const ZRenamePerson = z.object({ userId: z.string().min(1), name: ZPersonName }).strict();
export type TRenamePerson = z.infer<typeof ZRenamePerson>;
