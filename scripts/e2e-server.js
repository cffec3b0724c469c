#!/usr/bin/env node
// Serves the built app for the browser tests on a fresh database, with E2E_DATABASE_DIR emptied first.
//
//   E2E_DATABASE=sqlite (default)  a SQLite file in E2E_DATABASE_DIR
//   E2E_DATABASE=postgres          DATABASE_URL, which must be a throw-away PostgreSQL; playwright.config.ts
//                                  runs this under scripts/postgres/with-postgres.ts, which starts the
//                                  cluster and removes it when this process ends
//
// E2E_DATABASE_DIR/operator-env.json gets what the operator's command line needs to reach the same
// database (tests/e2e/people.setup.ts adds people with it).
const fs = require("node:fs");
const path = require("node:path");

const engine = process.env.E2E_DATABASE || "sqlite";
const dir = path.resolve(__dirname, "..", process.env.E2E_DATABASE_DIR || ".e2e");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

if (engine === "sqlite") {
  process.env.DATABASE_URL = `file:${path.join(dir, "claimcheck-e2e.db")}`;
} else if (engine === "postgres") {
  if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL || "")) {
    console.error("E2E_DATABASE=postgres needs DATABASE_URL set to a throw-away PostgreSQL (run under scripts/postgres/with-postgres.ts).");
    process.exit(2);
  }
} else {
  console.error(`E2E_DATABASE must be sqlite or postgres, not ${JSON.stringify(engine)}.`);
  process.exit(2);
}

const operatorEnv = { DATABASE_URL: process.env.DATABASE_URL };
// On SQLite the app and the command line both find the generated secret beside the database.
if (process.env.BETTER_AUTH_SECRET) operatorEnv.BETTER_AUTH_SECRET = process.env.BETTER_AUTH_SECRET;
fs.writeFileSync(path.join(dir, "operator-env.json"), JSON.stringify(operatorEnv, null, 2), { mode: 0o600 });

require("./start.js");
