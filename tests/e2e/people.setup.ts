import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { operatorEnv, PASSWORD, PEOPLE, signedInState } from "./e2e-env";
import { signIn } from "./sign-in-page";

// Runs before every other browser test, in order, on the fresh database of this run.

setup("first run: the setup page creates the first admin", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel("Your name").fill(PEOPLE.admin.name);
  await page.getByLabel("Email").fill(PEOPLE.admin.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(`${PEOPLE.admin.name} (Admin)`);
  await page.context().storageState({ path: signedInState("admin") });

  // Setup is one-time: the page now sends people to sign in.
  await page.goto("/setup");
  await expect(page).not.toHaveURL(/\/setup$/);
});

setup("the admin adds a reviewer on the People page", async ({ browser }) => {
  const page = await browser.newPage({ storageState: signedInState("admin") });
  await page.goto("/");
  await page.getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { name: "People", level: 1 })).toBeVisible();
  await page.getByLabel("Name").fill(PEOPLE.reviewer.name);
  await page.getByLabel("Email").fill(PEOPLE.reviewer.email);
  await page.getByLabel("Role", { exact: true }).selectOption("reviewer");
  await page.getByLabel("Initial password").fill(PASSWORD);
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByText(`Added ${PEOPLE.reviewer.name}`)).toBeVisible();
  await expect(page.getByRole("table", { name: "People" })).toContainText(PEOPLE.reviewer.email);
  await page.close();
});

setup("operators add a journalist and a viewer with the command line", async () => {
  for (const role of ["journalist", "viewer"] as const) {
    const result = spawnSync(
      process.execPath,
      [path.join("node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", "scripts/claimcheck.ts", "user", "add", "--email", PEOPLE[role].email, "--name", PEOPLE[role].name, "--role", role, "--password", PASSWORD],
      { env: { ...process.env, ...operatorEnv() }, encoding: "utf8" },
    );
    expect(result.status, result.stderr).toBe(0);
  }
});

setup("each role signs in once through the form", async ({ browser }) => {
  for (const role of ["reviewer", "journalist", "viewer"] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, { email: PEOPLE[role].email, password: PASSWORD });
    await context.storageState({ path: signedInState(role) });
    await context.close();
  }
});
