import crypto from "node:crypto";
import { Client } from "pg";
import { inject } from "vitest";

/**
 * Which engine the tests run on: PostgreSQL in the test project that sets
 * CLAIMCHECK_TEST_ENGINE=postgres (its globalSetup starts the cluster of the run), else SQLite.
 */
export function testEngine(): "sqlite" | "postgres" {
  return process.env.CLAIMCHECK_TEST_ENGINE === "postgres" ? "postgres" : "sqlite";
}

async function onCluster(run: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: inject("postgres").url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the run's PostgreSQL cluster, or null when the tests run on SQLite. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  if (testEngine() !== "postgres") return null;
  const name = `claimcheck_test_${crypto.randomBytes(6).toString("hex")}`;
  await onCluster((client) => client.query(`create database ${name} template template0`));
  const url = new URL(inject("postgres").url);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => onCluster((client) => client.query(`drop database if exists ${name} with (force)`)) };
}
