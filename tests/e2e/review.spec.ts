import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signedInState, type Role } from "./e2e-env";
import { seedArticle } from "./seed-article";
import { WorkspacePage } from "./workspace-page";

const TITLE = "Review flow copy";
const SENTENCE = "Un espion russe occupant d’importantes fonctions";

async function workspaceAs(browser: Browser, role: Role) {
  const context = await browser.newContext({ storageState: signedInState(role) });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const workspace = new WorkspacePage(page);
  await workspace.openArticle(TITLE);
  return { context, page, workspace, dialogs };
}

test("a claim's review: tag, source, comment, reply, resolve — and the history tells it in order", async ({ browser, baseURL }) => {
  // Three people in three browsers and some twenty steps: close to the default 60 s on two shared cores.
  test.slow();
  await seedArticle(baseURL!, TITLE);

  // The reviewer works from the keyboard: j j selects the second sentence, 2 tags it Unsourced.
  const reviewer = await workspaceAs(browser, "reviewer");
  await reviewer.workspace.text.focus();
  await reviewer.page.keyboard.press("j");
  await reviewer.page.keyboard.press("j");
  await expect(reviewer.page.getByRole("toolbar", { name: "Tag the selection" })).toContainText(SENTENCE);
  await reviewer.page.keyboard.press("2");
  await expect(reviewer.workspace.claim(SENTENCE)).toContainText("by Rita Reviewer");

  // s opens the claim with the cursor in the source URL field.
  await reviewer.page.keyboard.press("s");
  await expect(reviewer.page.getByLabel("Source URL")).toBeFocused();
  await reviewer.page.keyboard.type("javascript:alert(1)");
  await reviewer.page.getByLabel("Title", { exact: true }).fill("Bad link");
  await reviewer.page.getByRole("button", { name: "Add source" }).click();
  await expect(reviewer.workspace.detail).toContainText("http:// or https://");
  await reviewer.page.getByLabel("Source URL").fill("https://www.defense.gouv.fr/dgse/communique");
  await reviewer.page.getByLabel("Title", { exact: true }).fill("Communiqué de la DGSE");
  await reviewer.page.getByLabel("Excerpt or quote").fill("La DGSE ne commente pas les opérations en cours.");
  await reviewer.page.getByRole("button", { name: "Add source" }).click();
  await expect(reviewer.workspace.detail.getByRole("link", { name: "Communiqué de la DGSE" })).toHaveAttribute("href", "https://www.defense.gouv.fr/dgse/communique");

  // c puts the cursor in a new comment; Ctrl+Enter sends it.
  await reviewer.page.keyboard.press("Escape");
  await reviewer.workspace.claim(SENTENCE).getByRole("button").click();
  await reviewer.page.locator("body").press("c");
  await expect(reviewer.page.getByLabel("New comment")).toBeFocused();
  await reviewer.page.keyboard.type("Which Wagner role exactly? @jules can you check https://example.org/wagner.");
  await reviewer.page.keyboard.press("Control+Enter");
  await expect(reviewer.workspace.detail).toContainText("Which Wagner role exactly?");
  await expect(reviewer.workspace.detail.getByRole("link", { name: "https://example.org/wagner" })).toBeVisible();

  // The journalist answers in the thread.
  const journalist = await workspaceAs(browser, "journalist");
  await journalist.workspace.clickText("occupant d’importantes");
  await expect(journalist.workspace.detail).toContainText("Which Wagner role exactly?");
  await journalist.workspace.detail.getByRole("button", { name: "Reply" }).click();
  await journalist.page.getByLabel("Reply", { exact: true }).fill("A logistics chief; the source is in the ministry statement.");
  await journalist.page.getByRole("button", { name: "Send reply" }).click();
  await expect(journalist.workspace.detail).toContainText("A logistics chief");

  // The editor cannot sign the article off while a thread is open.
  const admin = await workspaceAs(browser, "admin");
  const workflow = admin.page.getByRole("group", { name: "Workflow" });
  await expect(workflow.getByRole("button", { name: "Mark verified" })).toBeDisabled();
  await expect(workflow).toContainText("1 open thread to resolve first");

  // Back to the reviewer: r resolves the thread.
  await reviewer.page.reload();
  await reviewer.workspace.clickText("occupant d’importantes");
  await expect(reviewer.workspace.detail).toContainText("A logistics chief");
  await reviewer.page.locator("body").press("r");
  await expect(reviewer.workspace.detail).toContainText("Resolved by Rita Reviewer");

  const history = reviewer.workspace.detail.getByRole("list", { name: "History of this claim" });
  await expect(history).toContainText("resolved the thread");
  const lines = await history.getByRole("listitem").allInnerTexts();
  const order = ["tagged the claim as unsourced", "added a source", "commented", "replied", "resolved the thread"].map((phrase) => lines.findIndex((line) => line.includes(phrase)));
  expect(order.every((index) => index >= 0), lines.join("\n")).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(lines.find((line) => line.includes("replied"))).toContain("Jules Journalist");

  // Now the editor signs it off.
  await admin.page.reload();
  await workflow.getByRole("button", { name: "Mark verified" }).click();
  // Most sentences are untagged: the dialog says so and asks for a confirmation.
  const signOff = admin.page.getByRole("dialog", { name: "Sign off this article" });
  await signOff.getByRole("checkbox", { name: /Sign off anyway/ }).check();
  await signOff.getByRole("button", { name: "Sign off" }).click();
  await expect(workflow).toContainText("Verified");
  await expect(workflow).toContainText("signed off by Edith Editor");
  await expect(workflow.getByRole("button", { name: "Reopen review" })).toBeVisible();
  await admin.context.close();

  expect(reviewer.dialogs.concat(journalist.dialogs)).toEqual([]);
  await reviewer.context.close();
  await journalist.context.close();
});

test("a comment with HTML in it is shown as text and runs nothing", async ({ page, baseURL }) => {
  await seedArticle(baseURL!, "XSS copy");
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const workspace = new WorkspacePage(page);
  await workspace.openArticle("XSS copy");
  await workspace.clickText("Il avait émis le souhait");
  await page.keyboard.press("3");
  await expect(workspace.claim("Il avait émis le souhait")).toContainText("Disputed");
  await workspace.claim("Il avait émis le souhait").getByRole("button").click();
  const payload = "<img src=x onerror=alert(1)> <script>alert(2)</script>";
  await workspace.detail.getByLabel("New comment").fill(payload);
  await workspace.detail.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(workspace.detail.getByText(payload, { exact: true })).toBeVisible();
  await page.reload();
  await workspace.clickText("Il avait émis le souhait");
  await expect(workspace.detail.getByText(payload, { exact: true })).toBeVisible();
  expect(await workspace.detail.locator("img").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("? lists the shortcuts; Escape closes the list", async ({ page }) => {
  const workspace = new WorkspacePage(page);
  await workspace.openArticle(/Un espion de Wagner/);
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("resolve the claim's first open thread");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
