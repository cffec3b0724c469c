import { Client } from "pg";

/** How many migrations the PostgreSQL database at `url` has recorded (drizzle keeps them in its own schema). Writes nothing. */
export async function countAppliedPgMigrations(url: string): Promise<number> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ present: boolean }>("select to_regclass('drizzle.__drizzle_migrations') is not null as present");
    if (!rows[0].present) return 0;
    return (await client.query<{ n: number }>("select count(*)::int as n from drizzle.__drizzle_migrations")).rows[0].n;
  } finally {
    await client.end();
  }
}
