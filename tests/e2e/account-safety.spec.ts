import { expect, test } from "./fixtures";
import { PASSWORD, PEOPLE, signedInState } from "./e2e-env";
import { seedArticle } from "./seed-article";
import { signIn } from "./sign-in-page";
import { WorkspacePage } from "./workspace-page";

test.describe("signing in", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("a disguised next= address never leads off the site, and a newline in it is no server error", async ({ page, baseURL }) => {
    const site = new URL(baseURL!).origin;
    // A browser strips the tab: "/\t/evil.example/x" is "//evil.example/x", another site.
    await signIn(page, { email: PEOPLE.viewer.email, password: PASSWORD }, "/sign-in?next=/%09/evil.example/x");
    expect(new URL(page.url()).origin).toBe(site);
    expect(new URL(page.url()).pathname).toBe("/");

    // Already signed in, the page redirects at once: a newline used to end in a 500 there.
    for (const next of ["/%0a/evil.example", "/%5Cevil.example", "/%2F%2Fevil.example", "https://evil.example/"]) {
      const response = await page.goto(`/sign-in?next=${next}`);
      expect(response!.status(), next).toBeLessThan(400);
      expect(new URL(page.url()).origin, next).toBe(site);
    }
    // A real path on the site is still followed.
    await page.goto("/sign-in?next=%2Fsettings");
    await expect(page).toHaveURL(/\/settings$/);
  });
});

test("a person's name follows the rules, history shows who they really are, and a new password signs their other browser out", async ({ browser, baseURL }) => {
  // Three browsers, several sign-ins (each a password hash) and a tagging session: more than the default 30 s.
  test.slow();
  const email = `nora-${Date.now()}@example.org`;
  const admin = await browser.newPage({ storageState: signedInState("admin") });
  await admin.goto("/people");
  await admin.getByLabel("Name").fill("Nora Newcomer");
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel("Role", { exact: true }).selectOption("reviewer");
  await admin.getByLabel("Initial password").fill("password123");
  await admin.getByRole("button", { name: "Add person" }).click();
  await expect(admin.getByText("too easy to guess")).toBeVisible();
  // The refused form keeps what was entered, the role chosen included; only the password is typed again.
  await expect(admin.getByLabel("Email")).toHaveValue(email);
  await expect(admin.getByLabel("Role", { exact: true })).toHaveValue("reviewer");
  await admin.getByLabel("Initial password").fill(PASSWORD);
  await admin.getByRole("button", { name: "Add person" }).click();
  await expect(admin.getByText("Added Nora Newcomer")).toBeVisible();
  await admin.close();
  const articleId = await seedArticle(baseURL!, "Copy for the account safety test");

  // Two fresh browsers (not the admin's saved session, which new contexts would otherwise get).
  const signedOut = { storageState: { cookies: [], origins: [] } };
  const laptop = await (await browser.newContext(signedOut)).newPage();
  const phone = await (await browser.newContext(signedOut)).newPage();
  await signIn(laptop, { email, password: PASSWORD });
  await signIn(phone, { email, password: PASSWORD });

  // A name that would reverse the rest of a history line is refused; a plain one is saved.
  await laptop.goto("/settings");
  await laptop.getByLabel("Your name").fill("\u202eAdmin");
  await laptop.getByRole("button", { name: "Save name" }).click();
  await expect(laptop.getByText("text-direction characters")).toBeVisible();
  await laptop.getByLabel("Your name").fill("  Admin  ");
  await laptop.getByRole("button", { name: "Save name" }).click();
  await expect(laptop.getByRole("status").filter({ hasText: "others now see you as Admin" })).toBeVisible();
  await expect(laptop.getByRole("banner")).toContainText("Admin (Reviewer)");

  // Calling oneself "Admin" fools no one: history names the email and role beside it.
  await laptop.goto(`/articles/${articleId}`);
  const workspace = new WorkspacePage(laptop);
  await expect(workspace.text.locator(".ProseMirror")).toBeVisible();
  await workspace.clickText("Il avait émis le souhait");
  await laptop.keyboard.press("2");
  await workspace.waitForSaved();
  await workspace.clickText("Il avait émis le souhait");
  await expect(workspace.detail.getByRole("list", { name: "History of this claim" })).toContainText(`Admin (${email}, Reviewer)`);

  // A common password is refused; a good one ends the other browser's session, not this one.
  await laptop.goto("/settings");
  await laptop.getByLabel("Current password").fill(PASSWORD);
  await laptop.getByLabel("New password").fill("iloveyou2");
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByRole("main").getByRole("alert")).toContainText("too easy to guess");
  await laptop.getByLabel("Current password").fill(PASSWORD);
  await laptop.getByLabel("New password").fill("nora keeps a new passphrase");
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByText("Password changed. You were signed out everywhere else.")).toBeVisible();

  await phone.reload();
  await expect(phone.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await laptop.reload();
  await expect(laptop.getByRole("button", { name: "Sign out" })).toBeVisible();
  await signIn(phone, { email, password: "nora keeps a new passphrase" });
});
