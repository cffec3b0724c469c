import fs from "node:fs";
import { Command } from "commander";
import { closeDatabase, DEFAULT_DATABASE_URL, dialectOfUrl, openDatabase, sqlitePath, type Db } from "@/db/client";
import { copyDatabase, CopyFailure } from "@/db/copy/copy-database";
import type { CopyVerification } from "@/db/copy/verify-copy";
import { readMigrationStatus } from "@/db/migration-status";
import { AppError } from "@/lib/api/app-error";
import { databaseLabel } from "./database-label";
import { formatTable } from "./format-table";

/** `claimcheck db migrate|copy`: the database's schema, and moving a newsroom to another engine. */
export function dbCommands(): Command {
  const db = new Command("db").description("the database: apply migrations, copy to another engine");

  db.command("migrate")
    .description("apply pending migrations (each node also does it when it starts); says how many are applied")
    .option("--url <url>", `the database (default: DATABASE_URL, else ${DEFAULT_DATABASE_URL})`)
    .action(async (options: { url?: string }) => {
      const url = options.url || process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
      const label = databaseLabel(url);
      const before = await reaching(label, () => readMigrationStatus(url));
      await closeDatabase(await reaching(label, () => openDatabase(url)));
      const after = await readMigrationStatus(url);
      const added = after.applied - before.applied;
      const done = added === 0 ? "nothing to apply" : `applied ${plural(added, "migration")}`;
      console.log(`${label}: ${done}; ${after.applied} of ${after.shipped} migrations applied, the schema is current.`);
      if (after.applied > after.shipped) {
        console.error(`warning: the database has more migrations than this version of Claimcheck ships (${after.shipped}): a newer version migrated it.`);
      }
    });

  db.command("copy")
    .description("copy every row of a database into a new, empty one (SQLite to PostgreSQL or back), ids kept, then verify the copy")
    .requiredOption("--from <url>", "the database to copy (file:… or postgres://…); stop the app first")
    .requiredOption("--to <url>", "the database to fill: it must have no rows (its schema is created if needed)")
    .action(async (options: { from: string; to: string }) => {
      const fromLabel = databaseLabel(options.from);
      const toLabel = databaseLabel(options.to);
      if (sameDatabase(options.from, options.to)) throw new AppError("invalid_input", "--from and --to name the same database.");
      // Opening a SQLite path creates the file: a mistyped source would be copied as an empty database.
      if (dialectOfUrl(options.from) === "sqlite" && !fs.existsSync(sqlitePath(options.from))) throw new AppError("not_found", `There is no database at ${sqlitePath(options.from)}.`);
      const source = await reaching(fromLabel, () => openDatabase(options.from));
      let target: Db | undefined;
      try {
        target = await reaching(toLabel, () => openDatabase(options.to));
        console.log(`Copying ${fromLabel}\n     to ${toLabel}`);
        const started = performance.now();
        const { rowsCopied, verification } = await copyDatabase({ source, target }).catch((error: unknown) => {
          if (!(error instanceof CopyFailure)) throw error;
          if (error.verification) console.error(describeVerification(error.verification));
          if (error.reason === "source_empty") throw new AppError("not_found", `${error.message} Is --from the right database?`);
          throw new AppError("conflict", `${error.message} Nothing was written: the target is as it was.`);
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(describeVerification(verification));
        const sequences = dialectOfUrl(options.to) === "postgres" ? "; sequences moved past the copied ids" : "";
        console.log(`Verified: ${rowsCopied.toLocaleString("en-US")} rows copied in ${seconds} s${sequences}.`);
      } finally {
        await closeDatabase(source);
        if (target) await closeDatabase(target);
      }
    });

  return db;
}

/** Runs a first contact with a database, turning "cannot connect" into one line an operator can act on. */
async function reaching<T>(label: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("database_unavailable", `Cannot open ${label}: ${(error as Error).message}`);
  }
}

function sameDatabase(a: string, b: string): boolean {
  if (a === b) return true;
  return dialectOfUrl(a) === "sqlite" && dialectOfUrl(b) === "sqlite" && sqlitePath(a) === sqlitePath(b);
}

function describeVerification({ counts, spotChecks, differences }: CopyVerification): string {
  const rows = counts.map((c) => [c.table, String(c.source), String(c.target), c.source === c.target ? "ok" : "DIFFERS"]);
  const checked = spotChecks
    .filter((check) => check.rows > 0)
    .map(({ what, rows }) => (what === "newest revision" ? `the ${what}` : what === "person" && rows !== 1 ? `${rows} people` : plural(rows, what)));
  const compared = checked.length === 0 ? "No rows to compare field by field" : `Compared field by field: ${checked.join(", ")}`;
  const verdict = differences.length === 0 ? "the same on both sides" : `${plural(differences.length, "difference")}:\n${differences.map((d) => `  ${d}`).join("\n")}`;
  return `${formatTable(["TABLE", "SOURCE", "TARGET", "CHECK"], rows)}\n${compared}; ${verdict}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
