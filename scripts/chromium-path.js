// The one place that decides which Chromium the browser tests drive:
// CHROMIUM_PATH, then the system's Chromium, then a browser Playwright installed itself.
const fs = require("node:fs");

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"];

function playwrightChromium() {
  try {
    const { chromium } = require("@playwright/test");
    const candidate = chromium.executablePath();
    return candidate && fs.existsSync(candidate) ? candidate : null;
  } catch {
    return null;
  }
}

/** Path of a Chromium executable, or null when none is installed. */
function findChromium() {
  if (process.env.CHROMIUM_PATH) return fs.existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  return SYSTEM_CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? playwrightChromium();
}

/** Flags for a headless Chromium on a locked-down machine (no sandbox as root, no network chatter). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

module.exports = { findChromium, CHROMIUM_ARGS };
