import { defineConfig } from "@playwright/test";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findChromium, CHROMIUM_ARGS } = require("./scripts/chromium-path.js");

const PORT = Number(process.env.E2E_PORT || 3210);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Long flows (sign-off, a whole review) take 15-20 s on two shared cores; a hung test still fails.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
  },
  projects: [
    // Creates the people of this run through the UI and the CLI, and saves each role's session.
    { name: "people", testMatch: /.*\.setup\.ts/ },
    // Everything else runs signed in as the admin unless a test says otherwise.
    { name: "chromium", dependencies: ["people"], use: { storageState: ".e2e/state-admin.json" } },
  ],
  webServer: {
    // The built app on its own throw-away database, removed before each run.
    command: `node scripts/e2e-server.js`,
    url: `${baseURL}/api/v1/articles`,
    reuseExistingServer: false,
    // Normally the build exists already (test:e2e builds first); if sources changed, start.js rebuilds.
    timeout: 240_000,
    // Sign-in is rate-limited per address; every test here signs in from 127.0.0.1, so allow more.
    env: { PORT: String(PORT), HOST: "127.0.0.1", E2E_DATABASE_DIR: ".e2e", BETTER_AUTH_URL: baseURL, CLAIMCHECK_SIGN_IN_LIMIT: "30/10" },
  },
});
