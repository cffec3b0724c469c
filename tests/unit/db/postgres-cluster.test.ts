import fs from "node:fs";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { postmasterPid } from "@/scripts/postgres/cluster-guard";
import { startThrowawayPostgres } from "@/scripts/postgres/throwaway-postgres";
import { usePostgresCluster } from "@/tests/support/use-postgres-cluster";

const postgres = usePostgresCluster();

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Whether a process still runs; an exited one waiting to be reaped (a zombie) does not. */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

function nextNotification(client: pg.Client): Promise<pg.Notification> {
  return new Promise((resolve) => client.once("notification", resolve));
}

describe("the throw-away PostgreSQL cluster", () => {
  it("runs PostgreSQL 15 or later", async () => {
    const url = await postgres.freshDatabase();
    const { rows } = await withClient(url, (client) =>
      client.query<{ version: string; number: number }>("select version() as version, current_setting('server_version_num')::int as number"),
    );
    expect(rows[0].version).toMatch(/^PostgreSQL \d+/);
    expect(rows[0].number).toBeGreaterThanOrEqual(150_000);
  });

  it("gives each test an empty database of its own, in UTF-8", async () => {
    const first = await postgres.freshDatabase();
    const second = await postgres.freshDatabase();
    await withClient(first, (client) => client.query("create table only_in_first (id int)"));
    const { rows } = await withClient(second, (client) =>
      client.query<{ tables: number; encoding: string }>(
        "select (select count(*)::int from pg_tables where schemaname = 'public') as tables, pg_encoding_to_char(encoding) as encoding from pg_database where datname = current_database()",
      ),
    );
    expect(rows[0]).toEqual({ tables: 0, encoding: "UTF8" });
  });

  it("delivers a NOTIFY payload to a LISTENing connection when the transaction commits", async () => {
    const url = await postgres.freshDatabase();
    await withClient(url, (listener) =>
      withClient(url, async (notifier) => {
        await listener.query("LISTEN claim_updates");
        const seen: pg.Notification[] = [];
        listener.on("notification", (message) => seen.push(message));

        const { rows } = await notifier.query<{ pid: number }>("select pg_backend_pid() as pid");
        await notifier.query("begin");
        await notifier.query("select pg_notify('claim_updates', $1)", ["« claim 7 » disputed"]);
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(seen).toEqual([]);

        const delivered = nextNotification(listener);
        await notifier.query("commit");
        const message = await delivered;
        expect(message.channel).toBe("claim_updates");
        expect(message.payload).toBe("« claim 7 » disputed");
        expect(message.processId).toBe(rows[0].pid);
      }),
    );
  });
});

describe("stopping and starting PostgreSQL", () => {
  // A cluster of its own: stopping the run's cluster would break the test files running beside this one.
  it("keeps committed rows across a clean stop and a crash, on the same port, and stop() leaves nothing behind", async () => {
    const cluster = await startThrowawayPostgres({ database: "restart_check" });
    let pid: number | null = null;
    try {
      await withClient(cluster.url, async (client) => {
        await client.query("create table claims_kept (id int primary key, text text not null)");
        await client.query("insert into claims_kept values (1, 'before a clean stop')");
      });

      await cluster.stopPostgres();
      await expect(withClient(cluster.url, (client) => client.query("select 1"))).rejects.toThrow(/ECONNREFUSED/);
      await cluster.startPostgres();
      await withClient(cluster.url, (client) => client.query("insert into claims_kept values (2, 'before a crash')"));

      await cluster.stopPostgres({ mode: "immediate" });
      await cluster.startPostgres();
      const { rows } = await withClient(cluster.url, (client) =>
        client.query<{ id: number; port: number }>("select id, inet_server_port() as port from claims_kept order by id"),
      );
      expect(rows).toEqual([
        { id: 1, port: cluster.port },
        { id: 2, port: cluster.port },
      ]);
      pid = postmasterPid(cluster.dataDir);
      expect(pid).not.toBeNull();
    } finally {
      await cluster.stop();
    }
    expect(fs.existsSync(cluster.dataDir)).toBe(false);
    expect(isRunning(pid as number)).toBe(false);
  }, 60_000);
});
