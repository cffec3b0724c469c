import { afterAll, afterEach, beforeAll, inject } from "vitest";
import {
  attachThrowawayPostgres,
  startThrowawayPostgres,
  type PostgresCluster,
  type PostgresClusterDescriptor,
  type ThrowawayPostgres,
} from "@/scripts/postgres/throwaway-postgres";

const START_TIMEOUT_MS = 60_000;

/**
 * The PostgreSQL cluster of a test file: the run's cluster when the globalSetup
 * (tests/support/postgres-global-setup.ts) started one, else one started for this file alone,
 * so the file passes under any vitest config. Either way a cluster that cannot start fails.
 * Call at the top of a file; `freshDatabase()` gives a test an empty database of its own,
 * dropped after the test.
 */
export function usePostgresCluster(): { cluster: () => PostgresCluster; freshDatabase: () => Promise<string> } {
  let cluster: PostgresCluster | undefined;
  let ownCluster: ThrowawayPostgres | undefined;
  let startError: unknown;
  const databases: string[] = [];

  beforeAll(async () => {
    const provided = inject("postgres") as PostgresClusterDescriptor | undefined;
    if (provided) cluster = attachThrowawayPostgres(provided);
    else {
      // Kept for the tests to throw: a failing beforeAll would report them as skipped, not failed.
      try {
        cluster = ownCluster = await startThrowawayPostgres();
      } catch (error) {
        startError = error;
      }
    }
  }, START_TIMEOUT_MS);

  afterEach(async () => {
    await Promise.all(databases.splice(0).map((name) => cluster?.dropDatabase(name)));
  });

  afterAll(() => ownCluster?.stop());

  const current = (): PostgresCluster => {
    if (startError) throw startError;
    if (!cluster) throw new Error("usePostgresCluster(): the cluster is there from beforeAll on");
    return cluster;
  };
  let counter = 0;
  return {
    cluster: current,
    freshDatabase: () => {
      // Unique across the run's parallel workers, which share the cluster.
      const name = `test_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
      databases.push(name);
      return current().createDatabase(name);
    },
  };
}
