import { expect, test } from "./fixtures";
import { PASSWORD, PEOPLE, signedInState } from "./e2e-env";
import { seedArticle } from "./seed-article";
import { signIn } from "./sign-in-page";
import { WorkspacePage } from "./workspace-page";

test.describe("a reviewer's day", () => {
  // A fresh browser: this test signs in and out itself, so the saved sessions stay valid.
  test.use({ storageState: { cookies: [], origins: [] } });

  test("signs in, tags a sentence, sees their name on the claim, signs out, and is sent back to sign in", async ({ page, baseURL }) => {
    await seedArticle(baseURL!, "Reviewer copy");
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(page, { email: PEOPLE.reviewer.email, password: PASSWORD });
    await expect(page.getByRole("banner")).toContainText(`${PEOPLE.reviewer.name} (Reviewer)`);
    await expect(page.getByRole("link", { name: "New article" })).toHaveCount(0);

    const workspace = new WorkspacePage(page);
    await workspace.openFromHome("Reviewer copy");
    const articleUrl = page.url();
    await workspace.clickText("Il avait émis le souhait");
    await page.keyboard.press("2");
    await expect(workspace.claim("Il avait émis le souhait")).toContainText(`by ${PEOPLE.reviewer.name}`);
    await workspace.waitForSaved();

    await page.reload();
    await expect(workspace.claim("Il avait émis le souhait")).toContainText(`by ${PEOPLE.reviewer.name}`);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await page.goto(articleUrl);
    await expect(page).toHaveURL(/\/sign-in\?next=%2Farticles%2F/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });

  test.describe(() => {
    test.use({ expectedConsoleErrors: [/status of 401/] });
    test("a wrong password is refused with a clear message", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(PEOPLE.reviewer.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password.");
    });
  });
});

test.describe("a viewer", () => {
  test.use({ storageState: async ({}, use) => use(signedInState("viewer")) });

  test("reads the workspace but cannot tag", async ({ page }) => {
    const workspace = new WorkspacePage(page);
    await workspace.openFromHome(/Un espion de Wagner/);
    await workspace.clickText("Il avait entamé les contacts");
    await expect(workspace.tagButton("Disputed")).toBeDisabled();
    await expect(page.getByText("only reviewers and admins tag claims")).toBeVisible();
    await page.keyboard.press("3");
    await expect(workspace.claim("Il avait entamé les contacts")).toHaveCount(0);
    await page.goto("/people");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Only admins");
  });
});
