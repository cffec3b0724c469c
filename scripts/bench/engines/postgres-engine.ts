/**
 * PostgreSQL for the benchmark: a throw-away cluster on this machine (scripts/postgres), started
 * for the run and removed at its end. Unlike the test clusters, fsync stays on, so a commit waits
 * for the disk as SQLite's does with synchronous=FULL: both engines acknowledge only what would
 * survive a power failure.
 */
import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import { runPostgresCommand, type PostgresRunner } from "../../postgres/postgres-command";
import { startThrowawayPostgres } from "../../postgres/throwaway-postgres";
import type { BenchEngine, DirectWriter } from "./bench-engine";

const DATABASE = "claimcheck_bench";

export async function startPostgresEngine(): Promise<BenchEngine> {
  // The benchmark stops the cluster itself on Ctrl-C, after the app nodes that use it.
  const cluster = await startThrowawayPostgres({ database: DATABASE, settings: { fsync: "on" }, stopOnSignals: false });
  const { binDir, runAs, baseDir } = cluster.descriptor;
  const runner: PostgresRunner = { binDir, runAs, cwd: baseDir };
  let settings: Record<string, string | number>;
  try {
    settings = { ...(await serverSettings(cluster.url)), poolSizePerNode: process.env.DATABASE_POOL_SIZE ?? "10 (default)" };
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return {
    name: "postgres",
    label: "PostgreSQL",
    databaseUrl: cluster.url,
    // Every node of one newsroom signs cookies with the same secret.
    appEnv: { BETTER_AUTH_SECRET: crypto.randomBytes(32).toString("base64url") },
    settings,
    freshDatabase: (name) => cluster.createDatabase(name),
    copyDatabase: async (name) => {
      // CREATE DATABASE … TEMPLATE refuses a database others are connected to (the app's pool):
      // a dump and a restore instead.
      const dump = path.join(baseDir, `${name}.dump`);
      await runPostgresCommand(runner, "pg_dump", ["--format=custom", `--file=${dump}`, `--dbname=${cluster.url}`]);
      const copy = await cluster.createDatabase(name);
      await runPostgresCommand(runner, "pg_restore", ["--no-owner", "--single-transaction", `--dbname=${copy}`, dump]);
      return copy;
    },
    openDirectWriter: openPostgresWriter,
    stop: () => cluster.stop(),
  };
}

async function serverSettings(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const names = ["server_version", "fsync", "synchronous_commit", "full_page_writes", "shared_buffers", "max_connections"];
    const settings: Record<string, string> = {};
    for (const name of names) settings[name] = (await client.query<Record<string, string>>(`show ${name}`)).rows[0][name];
    return settings;
  } finally {
    await client.end();
  }
}

/** node-postgres on one connection, named (prepared) statements, one transaction per write. */
async function openPostgresWriter(url: string): Promise<DirectWriter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const insertEvent = (e: { articleId: number; actorId: string | null; type: string; before: string | null; after: string | null; createdAt: string }, claimId: number) =>
    client.query({
      name: "insert-event",
      text: "insert into events (article_id, annotation_id, actor_id, type, before, after, created_at) values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)",
      values: [e.articleId, claimId, e.actorId, e.type, e.before, e.after, e.createdAt],
    });
  const inTransaction = async <T>(work: () => Promise<T>): Promise<T> => {
    await client.query("begin");
    try {
      const result = await work();
      await client.query("commit");
      return result;
    } catch (error) {
      await client.query("rollback");
      throw error;
    }
  };
  return {
    create: (w) =>
      inTransaction(async () => {
        const { rows } = await client.query<{ id: number }>({
          name: "insert-claim",
          text: 'insert into annotations (article_id, revision, start, "end", exact, prefix, suffix, status, note, author_id, version, orphaned, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, \'\', $9, 1, false, $10, $10) returning id',
          values: [w.articleId, w.revision, w.start, w.end, w.exact, w.prefix, w.suffix, w.status, w.authorId, w.event.createdAt],
        });
        await insertEvent(w.event, rows[0].id);
        return rows[0].id;
      }),
    update: (w) =>
      inTransaction(async () => {
        const { rows } = await client.query<{ version: number }>({
          name: "update-claim",
          text: "update annotations set status = $1, version = version + 1, updated_at = $2 where id = $3 and version = $4 returning version",
          values: [w.status, w.event.createdAt, w.claimId, w.version],
        });
        await insertEvent(w.event, w.claimId);
        return rows[0].version;
      }),
    close: () => client.end(),
  };
}
