/**
 * The operator's command line: `npm run claimcheck -- <command>`. It works on the app's database
 * (DATABASE_URL) through the same services as the web app, acting as the system admin.
 *
 * Run with tsx's `--conditions=react-server` (see package.json): services import "server-only",
 * which resolves to an empty module under that condition and throws under any other.
 */
import { Command } from "commander";
import { closeAppDatabase } from "@/db/client";
import { dbCommands } from "./cli/db-commands";
import { printError } from "./cli/print-error";
import { tokenCommands } from "./cli/token-commands";
import { userCommands } from "./cli/user-commands";

async function main(): Promise<void> {
  const program = new Command("claimcheck")
    .description("Claimcheck operator commands: people, API tokens and the database")
    .showHelpAfterError("(add --help for usage)")
    .addCommand(userCommands())
    .addCommand(tokenCommands())
    .addCommand(dbCommands());
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    printError(error);
    process.exitCode = 1;
  } finally {
    await closeAppDatabase();
  }
}

void main();
