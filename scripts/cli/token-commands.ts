import { Command } from "commander";
import { ZCreateToken } from "@/lib/api/people-schemas";
import { contextFor, SYSTEM_ACTOR } from "@/server/context";
import { createToken } from "@/server/tokens/create-token";
import { findPersonByEmail } from "./find-person-by-email";

/** `claimcheck token create`: a personal API token for someone, e.g. a newsroom's import script. */
export function tokenCommands(): Command {
  const token = new Command("token").description("personal API tokens");

  token
    .command("create")
    .description("create an API token for a person; prints only the token, so TOKEN=$(…) captures it")
    .requiredOption("--email <email>", "whose token (it acts with their role)")
    .requiredOption("--name <name>", "what the token is for, e.g. \"wire import\"")
    .action(async (options: { email: string; name: string }) => {
      const input = ZCreateToken.parse({ name: options.name });
      const person = await findPersonByEmail(await contextFor(SYSTEM_ACTOR), options.email);
      // A token belongs to whoever creates it, so the operator creates it as that person.
      const created = await createToken(await contextFor({ id: person.id, name: person.name, role: person.role }), input);
      console.error(`Token "${created.record.name}" created for ${person.name} <${person.email}> (${person.role}); it cannot be shown again.`);
      console.log(created.token);
    });

  return token;
}
