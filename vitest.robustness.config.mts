import { defineConfig } from "vitest/config";
import { resolve } from "./vitest.config.mjs";

/**
 * `npm run test:robustness`: crash, concurrency, fuzzing and load tests against the built app.
 * Files run one after another: each starts its own server, and the load test's memory and
 * latency figures mean nothing with another test competing for the same two cores.
 * The postgres-*.test.ts files start a throw-away PostgreSQL cluster each (they stop it under
 * load) and two nodes of the app on it; they fail, never skip, when PostgreSQL cannot start.
 */
export default defineConfig({
  resolve,
  test: {
    include: ["tests/robustness/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
