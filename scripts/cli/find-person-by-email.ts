import type { Person } from "@/lib/api/dto";
import { AppError } from "@/lib/api/app-error";
import { ZEmail } from "@/lib/api/people-schemas";
import type { ServiceContext } from "@/server/context";
import { listPeople } from "@/server/people/list-people";

/**
 * The person an operator names by email. Parsed with the schema people are created with, so
 * " Ada@Example.org" finds the address stored as "ada@example.org".
 */
export async function findPersonByEmail(ctx: ServiceContext, rawEmail: string): Promise<Person> {
  const email = ZEmail.parse(rawEmail);
  const person = (await listPeople(ctx)).find((candidate) => candidate.email === email);
  if (!person) throw new AppError("not_found", `No person with the email ${email}.`);
  return person;
}
