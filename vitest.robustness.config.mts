import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("./", import.meta.url));

/**
 * `npm run test:robustness`: crash, concurrency, fuzzing and load tests against the built app.
 * Files run one after another: each starts its own server, and the load test's memory and
 * latency figures mean nothing with another test competing for the same two cores.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: root },
      // "server-only" throws outside React Server Components; these tests read the database directly.
      { find: /^server-only$/, replacement: `${root}tests/unit/support/server-only-stub.ts` },
    ],
  },
  test: {
    include: ["tests/robustness/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
