/**
 * Runs a command against a throw-away PostgreSQL:
 *
 *   npx tsx scripts/postgres/with-postgres.ts [--database NAME] -- <command...>
 *
 * Starts a cluster, runs the command with DATABASE_URL and TEST_DATABASE_URL pointing at it,
 * removes the cluster and exits with the command's exit code (128 + n when a signal ended it).
 */
import { spawn } from "node:child_process";
import os from "node:os";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres";

const USAGE = "usage: tsx scripts/postgres/with-postgres.ts [--database NAME] -- <command...>";

function parseArguments(argv: string[]): { database?: string; command: string[] } {
  const separator = argv.indexOf("--");
  const own = separator === -1 ? [] : argv.slice(0, separator);
  const command = separator === -1 ? argv : argv.slice(separator + 1);
  let database: string | undefined;
  for (let i = 0; i < own.length; i++) {
    if (own[i] === "--database" && own[i + 1]) database = own[++i];
    else throw new Error(`Unknown option ${own[i]}\n${USAGE}`);
  }
  if (command.length === 0) throw new Error(USAGE);
  return { database, command };
}

function runCommand(command: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: "inherit", env });
    // Signals are passed on, and we wait for the command to end before removing the cluster.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.once("error", (error) => {
      console.error(`with-postgres: could not run ${command[0]}: ${error.message}`);
      resolve(127);
    });
    child.once("exit", (code, signal) => resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
  });
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseArguments>;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }

  let cluster: ThrowawayPostgres;
  try {
    cluster = await startThrowawayPostgres({ database: options.database, stopOnSignals: false });
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
    return;
  }
  console.error(`with-postgres: PostgreSQL at ${cluster.url}`);
  let exitCode = 1;
  try {
    exitCode = await runCommand(options.command, { ...process.env, DATABASE_URL: cluster.url, TEST_DATABASE_URL: cluster.url });
  } finally {
    await cluster.stop();
  }
  process.exit(exitCode);
}

void main();
