import { Command } from "commander";
import { ZChangeRole, ZCreatePerson, ZSetPassword } from "@/lib/api/people-schemas";
import { ROLES } from "@/lib/auth/permissions";
import { contextFor, SYSTEM_ACTOR } from "@/server/context";
import { changeRole } from "@/server/people/change-role";
import { createPerson } from "@/server/people/create-person";
import { listPeople } from "@/server/people/list-people";
import { setPassword } from "@/server/people/set-password";
import { findPersonByEmail } from "./find-person-by-email";
import { formatTable } from "./format-table";
import { formatTimestamp } from "@/lib/format/format-timestamp";

const ROLE_LIST = ROLES.join("|");

/** `claimcheck user add|list|role|password`: managing people, as the operator (the system admin). */
export function userCommands(): Command {
  const user = new Command("user").description("add people, list them, change their role");

  user
    .command("add")
    .description("add a person; without --password one is generated and printed once")
    .requiredOption("--email <email>", "their email, used to sign in")
    .requiredOption("--name <name>", "their name as others see it")
    .requiredOption("--role <role>", ROLE_LIST)
    .option("--password <password>", "their password (at least 8 characters)")
    .action(async (options: { email: string; name: string; role: string; password?: string }) => {
      const input = ZCreatePerson.parse({ email: options.email, name: options.name, role: options.role, password: options.password });
      const { person, generatedPassword } = await createPerson(await contextFor(SYSTEM_ACTOR), input);
      console.log(`Added ${person.name} <${person.email}> as ${person.role}.`);
      if (generatedPassword) console.log(`Password (shown only this once): ${generatedPassword}`);
    });

  user
    .command("list")
    .description("everyone who has an account")
    .action(async () => {
      const people = await listPeople(await contextFor(SYSTEM_ACTOR));
      if (people.length === 0) {
        console.log("No one has an account yet.");
        return;
      }
      const rows = people.map((person) => [person.name, person.email, person.role, formatTimestamp(person.createdAt)]);
      console.log(formatTable(["NAME", "EMAIL", "ROLE", "CREATED"], rows));
    });

  user
    .command("role")
    .description("change someone's role")
    .requiredOption("--email <email>", "whose role")
    .requiredOption("--role <role>", ROLE_LIST)
    .action(async (options: { email: string; role: string }) => {
      // The role is checked before the lookup, so a typo in it is reported as such, whatever the email.
      ZChangeRole.pick({ role: true }).parse({ role: options.role });
      const ctx = await contextFor(SYSTEM_ACTOR);
      const input = ZChangeRole.parse({ userId: (await findPersonByEmail(ctx, options.email)).id, role: options.role });
      const person = await changeRole(ctx, input);
      console.log(`${person.name} <${person.email}> is now ${person.role}.`);
    });

  user
    .command("password")
    .description("set a new password for someone (ends their open sessions)")
    .requiredOption("--email <email>", "whose password")
    .requiredOption("--password <password>", "the new password (at least 8 characters)")
    .action(async (options: { email: string; password: string }) => {
      const ctx = await contextFor(SYSTEM_ACTOR);
      const person = await findPersonByEmail(ctx, options.email);
      await setPassword(ctx, ZSetPassword.parse({ userId: person.id, password: options.password }));
      console.log(`New password set for ${person.name} <${person.email}>; their sessions were ended.`);
    });

  return user;
}
