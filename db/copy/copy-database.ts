import { asc, gt } from "drizzle-orm";
import { dialectOf, type Executor } from "../executor";
import { moveSequencesPastIds } from "../pg/move-sequences-past-ids";
import { countRows } from "./count-rows";
import { tablesInCopyOrder, type CopiedTable } from "./copy-order";
import { verifyCopy, type CopyVerification } from "./verify-copy";

/** Why a copy wrote nothing: nothing to copy, the target had rows, a row was refused, or the copy did not match its source. */
export class CopyFailure extends Error {
  constructor(
    message: string,
    readonly reason: "source_empty" | "target_not_empty" | "write_refused" | "not_verified",
    readonly verification?: CopyVerification,
  ) {
    super(message);
    this.name = "CopyFailure";
  }
}

export type CopyResult = { rowsCopied: number; verification: CopyVerification };

/**
 * Copies every row of `source` into the empty database `target`, ids kept, table by table in
 * foreign-key order, a batch at a time, all inside one transaction on the target. Before that
 * transaction commits, PostgreSQL's sequences are moved past the copied ids and the copy is
 * verified against the source (`verifyCopy`); if anything fails — the target has rows, a row is
 * refused, a difference is found — the transaction is rolled back and the target keeps no row.
 *
 * The source should not change meanwhile (stop the app): rows written to it during the copy may
 * be missing from the target or refer to rows that are, and verification then fails.
 */
export async function copyDatabase({ source, target }: { source: Executor; target: Executor }): Promise<CopyResult> {
  const from = tablesInCopyOrder(source);
  // An empty source is far more often the wrong file than a database worth copying.
  if ((await Promise.all(from.map(({ table }) => countRows(source, table)))).every((n) => n === 0)) {
    throw new CopyFailure("The source database has no rows: there is nothing to copy.", "source_empty");
  }
  return target.transaction(async (tx) => {
    const into = new Map(tablesInCopyOrder(tx).map((entry) => [entry.name, entry]));
    const occupied: string[] = [];
    for (const { name, table } of into.values()) {
      const n = await countRows(tx, table);
      if (n > 0) occupied.push(`${name} (${n})`);
    }
    if (occupied.length > 0) {
      throw new CopyFailure(`The target database is not empty: ${occupied.join(", ")}. Copy only into a new, empty database.`, "target_not_empty");
    }

    let rowsCopied = 0;
    for (const table of from) rowsCopied += await copyTable(source, tx, table, into.get(table.name)!);
    if (dialectOf(tx) === "postgres") await moveSequencesPastIds(tx);

    const verification = await verifyCopy(source, tx);
    if (verification.differences.length > 0) throw new CopyFailure("The copy differs from its source.", "not_verified", verification);
    return { rowsCopied, verification };
  });
}

/** One table, read in id order a batch at a time (keyset, so each read is an index range). */
async function copyTable(source: Executor, target: Executor, from: CopiedTable, into: CopiedTable): Promise<number> {
  let copied = 0;
  let after: unknown;
  for (;;) {
    const rows = (await source
      .select()
      .from(from.table)
      .where(after === undefined ? undefined : gt(from.id, after))
      .orderBy(asc(from.id))
      .limit(from.rowsPerBatch)) as Record<string, unknown>[];
    if (rows.length === 0) return copied;
    try {
      await target.insert(into.table).values(rows as never);
    } catch (error) {
      const range = `ids ${String(rows[0].id)} to ${String(rows[rows.length - 1].id)}`;
      // drizzle wraps the driver's error in one that quotes the whole statement and its values.
      const reason = ((error as Error).cause as Error | undefined)?.message ?? (error as Error).message;
      throw new CopyFailure(`The target refused a row of ${from.name} (${range}): ${reason}.`, "write_refused");
    }
    copied += rows.length;
    after = rows[rows.length - 1].id;
    if (rows.length < from.rowsPerBatch) return copied;
  }
}
