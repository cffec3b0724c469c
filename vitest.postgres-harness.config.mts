import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.config.mjs";

/**
 * The PostgreSQL test harness on its own: the globalSetup starts one throw-away cluster for the
 * run. `npx vitest run --config vitest.postgres-harness.config.mts`
 */
export default defineConfig({
  resolve,
  test: {
    include: ["tests/unit/db/postgres-cluster.test.ts"],
    environment: "node",
    pool: "forks",
    globalSetup: ["tests/support/postgres-global-setup.ts"],
  },
});
