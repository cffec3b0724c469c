/** Chromium for the page measurements: the same lookup and flags as the browser tests. */
import { chromium, type Browser, type BrowserContext } from "@playwright/test";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findChromium, CHROMIUM_ARGS } = require("../chromium-path.js") as { findChromium: () => string | null; CHROMIUM_ARGS: string[] };

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: install one (apt-get install chromium) or set CHROMIUM_PATH.");
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A browser context signed in as the admin (the session cookie from better-auth's endpoint). */
export async function signedInContext(browser: Browser, origin: string, cookie: { name: string; value: string }): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addCookies([{ name: cookie.name, value: cookie.value, url: origin, httpOnly: true, sameSite: "Lax" }]);
  return context;
}
