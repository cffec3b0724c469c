import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));

/** Module resolution of every test run (unit and robustness). */
export const resolve = {
  alias: [
    { find: /^@\//, replacement: root },
    // "server-only" throws outside React Server Components; tests call services directly.
    { find: /^server-only$/, replacement: `${root}tests/unit/support/server-only-stub.ts` },
  ],
};

/** The tests whose subject is the data port and the services on it: they run on both engines. */
const ON_BOTH_ENGINES = ["tests/unit/server/**/*.test.ts", "tests/unit/api/**/*.test.ts", "tests/unit/db/postgres-cluster.test.ts"];

export default defineConfig({
  resolve,
  test: {
    environment: "node",
    pool: "forks",
    // Two shared cores running both engines' suites at once: scrypt hashes and property tests
    // take seconds there. A hung test still fails.
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: "sqlite", include: ["tests/unit/**/*.test.ts"], exclude: ["tests/unit/db/postgres-cluster.test.ts"] } },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ON_BOTH_ENGINES,
          // One throw-away cluster for the run (Debian's postgresql); a cluster that cannot start fails the run.
          globalSetup: ["tests/support/postgres-global-setup.ts"],
          env: { CLAIMCHECK_TEST_ENGINE: "postgres", BETTER_AUTH_SECRET: "test-secret-shared-by-every-node-of-the-run" },
        },
      },
    ],
  },
});
