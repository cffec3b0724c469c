/**
 * vitest globalSetup: one throw-away PostgreSQL cluster for the whole run, handed to the tests
 * as `inject("postgres")` and removed after the last test file. A cluster that cannot start
 * fails the run: tests that need PostgreSQL never skip for want of one.
 */
import type { TestProject } from "vitest/node";
import { startThrowawayPostgres, type PostgresClusterDescriptor } from "../../scripts/postgres/throwaway-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** The run's cluster; `attachThrowawayPostgres(inject("postgres"))` controls it from a test. */
    postgres: PostgresClusterDescriptor;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startThrowawayPostgres();
  project.provide("postgres", cluster.descriptor);
  return () => cluster.stop();
}
