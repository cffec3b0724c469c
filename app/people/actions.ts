"use server";

import { revalidatePath } from "next/cache";
import type { AddPersonState } from "@/components/people/AddPersonForm";
import type { RoleFormState } from "@/components/people/RoleForm";
import { ZChangeRole, ZCreatePerson } from "@/lib/api/people-schemas";
import { ROLE_META } from "@/lib/auth/permissions";
import { runFormActionAsync } from "@/server/actions/run-form-action-async";
import { actionContext } from "@/server/auth/action-context";
import { changeRole } from "@/server/people/change-role";
import { createPerson } from "@/server/people/create-person";

const field = (form: FormData, name: string) => String(form.get(name) ?? "");

/** The "Add person" form. The services authorise, so a non-admin posting here is refused, not obeyed. */
export async function addPersonAction(_previous: AddPersonState, form: FormData): Promise<AddPersonState> {
  const password = field(form, "password");
  // An empty password field means "generate one"; the schema is strict, so send only known keys.
  const raw = { name: field(form, "name"), email: field(form, "email"), role: field(form, "role"), ...(password ? { password } : {}) };
  const ctx = await actionContext();
  const outcome = await runFormActionAsync(ZCreatePerson, raw, async (input) => createPerson(ctx, input));
  if (!outcome.ok) {
    // Typed values come back so the form keeps them, except the password.
    const { password: _dropped, ...values } = outcome.state.values ?? {};
    return { ...outcome.state, values };
  }
  revalidatePath("/people");
  const { person, generatedPassword } = outcome.result;
  return { added: { name: person.name, roleLabel: ROLE_META[person.role].label, generatedPassword } };
}

/** One row's "Save role". Refusals (the last admin, a vanished person) come back as the row's message. */
export async function changeRoleAction(_previous: RoleFormState, form: FormData): Promise<RoleFormState> {
  const raw = { userId: field(form, "userId"), role: field(form, "role") };
  const ctx = await actionContext();
  const outcome = await runFormActionAsync(ZChangeRole, raw, async (input) => changeRole(ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/people");
  const person = outcome.result;
  return { saved: `Saved: ${person.name}'s role is now ${ROLE_META[person.role].label}.` };
}
