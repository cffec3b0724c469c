#!/usr/bin/env node
// Serves the built app for the browser tests on a fresh database in E2E_DATABASE_DIR.
const fs = require("node:fs");
const path = require("node:path");

const dir = path.resolve(__dirname, "..", process.env.E2E_DATABASE_DIR || ".e2e");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
process.env.DATABASE_URL = `file:${path.join(dir, "claimcheck-e2e.db")}`;
require("./start.js");
