#!/usr/bin/env node
// `npm start`: build if needed, then serve the production app on HOST:PORT (default
// 127.0.0.1:3000: only this machine, so nobody else on the network can claim the Setup page
// first; HOST=0.0.0.0 opens it to the network). The database is created, migrated and seeded at
// start, and the app prints where to go.
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
const host = process.env.HOST || "127.0.0.1";
const { serverHeapArgs } = require("./server-heap.js");

// peer-address.js lets the sign-in throttle see the client's real address (see the file).
const args = [...serverHeapArgs(), "--require", path.join(__dirname, "peer-address.js"), require.resolve("next/dist/bin/next"), "start", "-p", port, "-H", host];

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", HOST: host, PORT: port, CLAIMCHECK_WELCOME: "1" };
const server = spawn(process.execPath, args, { cwd: root, stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
