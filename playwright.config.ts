import crypto from "node:crypto";
import path from "node:path";
import { defineConfig, type PlaywrightTestConfig, type Project } from "@playwright/test";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findChromium, CHROMIUM_ARGS } = require("./scripts/chromium-path.js");

/**
 * Every browser test runs twice, on the built app served once per database engine: each engine has
 * its own server, port and folder (database, operator env, signed-in states), and its own pair of
 * projects, so nothing of one run can leak into the other. The tests find their folder in the
 * project's metadata (tests/e2e/e2e-env.ts).
 */
type Target = { engine: "sqlite" | "postgres"; port: number; projectSuffix: string };
type WebServer = Extract<NonNullable<PlaywrightTestConfig["webServer"]>, { command: string }>;

const SQLITE_PORT = Number(process.env.E2E_PORT || 3210);
const TARGETS: Target[] = [
  { engine: "sqlite", port: SQLITE_PORT, projectSuffix: "" },
  { engine: "postgres", port: Number(process.env.E2E_POSTGRES_PORT || SQLITE_PORT + 1), projectSuffix: "-postgres" },
];

const baseUrlOf = (target: Target) => `http://127.0.0.1:${target.port}`;
const dirOf = (target: Target) => path.join(__dirname, ".e2e", target.engine);

function webServerFor(target: Target): WebServer {
  const baseURL = baseUrlOf(target);
  const serve = "node scripts/e2e-server.js";
  return {
    name: target.engine,
    // The built app on its own throw-away database, removed before each run. On PostgreSQL the
    // cluster itself is throw-away: with-postgres starts it and removes it when the app ends.
    command: target.engine === "postgres" ? `node --import tsx scripts/postgres/with-postgres.ts --database claimcheck_e2e -- ${serve}` : serve,
    url: `${baseURL}/api/v1/articles`,
    reuseExistingServer: false,
    // Normally the build exists already (test:e2e builds first); if sources changed, start.js rebuilds.
    timeout: 240_000,
    // SIGTERM lets the server end, and with-postgres remove its cluster, before the SIGKILL; should
    // that come anyway, the cluster's watchdog removes it.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: {
      PORT: String(target.port),
      HOST: "127.0.0.1",
      E2E_DATABASE: target.engine,
      E2E_DATABASE_DIR: dirOf(target),
      BETTER_AUTH_URL: baseURL,
      // On PostgreSQL the app requires one (it has no folder to keep a generated one in); the
      // server hands it on to the tests' command line in operator-env.json.
      ...(target.engine === "postgres" ? { BETTER_AUTH_SECRET: crypto.randomBytes(32).toString("base64url") } : {}),
      // Sign-in is rate-limited per address; every test here signs in from 127.0.0.1, so allow more.
      CLAIMCHECK_SIGN_IN_LIMIT: "30/10",
    },
  };
}

function projectsFor(target: Target): Project[] {
  const setup = `people${target.projectSuffix}`;
  const shared = { metadata: { e2eDir: dirOf(target) } };
  return [
    // Creates the people of this run through the UI and the CLI, and saves each role's session.
    { ...shared, name: setup, testMatch: /.*\.setup\.ts/, use: { baseURL: baseUrlOf(target) } },
    // Everything else runs signed in as the admin unless a test says otherwise. Each engine's
    // tests run one at a time (they share their server's database), beside the other engine's.
    {
      ...shared,
      name: `chromium${target.projectSuffix}`,
      dependencies: [setup],
      workers: 1,
      // The admin's state as people.setup.ts saves it (signedInState in tests/e2e/e2e-env.ts).
      use: { baseURL: baseUrlOf(target), storageState: path.join(dirOf(target), "state-admin.json") },
    },
  ];
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  // One worker per engine: the engines run side by side, each one test at a time.
  workers: TARGETS.length,
  retries: 0,
  // Long flows (sign-off, a whole review) take 15-20 s on two shared cores; a hung test still fails.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
  },
  projects: TARGETS.flatMap(projectsFor),
  webServer: TARGETS.map(webServerFor),
});
