#!/usr/bin/env node
// Before the browser tests: make sure a Chromium is there. Where we may (root with apt-get, as in
// CI), install Debian's package; otherwise say how to get one.
const { execSync } = require("node:child_process");
const { findChromium } = require("./chromium-path.js");

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
let hasApt = false;
try {
  execSync("command -v apt-get", { stdio: "ignore", shell: "/bin/sh" });
  hasApt = true;
} catch {}

if (isRoot && hasApt) {
  console.log("No Chromium found: installing Debian's chromium package…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit", shell: "/bin/sh" });
  if (findChromium()) process.exit(0);
}

console.error(
  [
    "The browser tests need Chromium and none was found.",
    "Install one of:",
    "  - Debian/Ubuntu: sudo apt-get install chromium",
    "  - any system: npx playwright install chromium",
    "or point CHROMIUM_PATH at a Chromium or Chrome executable.",
  ].join("\n"),
);
process.exit(1);
