#!/usr/bin/env node
// `npm start`: build if needed, then serve the production app on HOST:PORT (default
// localhost:3000). The database is created, migrated and seeded on the first request.
const path = require("node:path");
const { spawn } = require("node:child_process");

// On PostgreSQL every node must sign session cookies with the same secret; there is no shared
// folder to keep a generated one in. Refuse to start rather than fail at the first sign-in.
if (/^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL || "") && !process.env.BETTER_AUTH_SECRET) {
  console.error("BETTER_AUTH_SECRET must be set when DATABASE_URL is PostgreSQL: every node of the newsroom needs the same one (see docs/DEPLOYMENT.md).");
  process.exit(1);
}

require("./ensure-build.js");

const root = path.resolve(__dirname, "..");
const port = process.env.PORT || "3000";
const { serverHeapArgs } = require("./server-heap.js");

// peer-address.js lets the sign-in throttle see the client's real address (see the file).
const args = [...serverHeapArgs(), "--require", path.join(__dirname, "peer-address.js"), require.resolve("next/dist/bin/next"), "start", "-p", port];
if (process.env.HOST) args.push("-H", process.env.HOST);

const server = spawn(process.execPath, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
