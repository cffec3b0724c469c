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

export default defineConfig({
  resolve,
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    pool: "forks",
  },
});
