import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signedInState, type Role } from "./e2e-env";
import { seedArticle } from "./seed-article";
import { WorkspacePage } from "./workspace-page";

const TITLE = "Sign-off copy";
const SENTENCE = "Il avait émis le souhait";
const SIGNED_OFF = "This article is signed off; reopen the review to change it.";

async function workspaceAs(browser: Browser, role: Role) {
  const context = await browser.newContext({ storageState: signedInState(role) });
  const page = await context.newPage();
  const workspace = new WorkspacePage(page);
  await workspace.openArticle(TITLE);
  return { context, page, workspace, workflow: page.getByRole("group", { name: "Workflow" }) };
}

test("an admin signs off with the figures in view; the article is read-only until a journalist reopens it", async ({ browser, baseURL }) => {
  await seedArticle(baseURL!, TITLE);
  const admin = await workspaceAs(browser, "admin");
  await admin.workspace.clickText(SENTENCE);
  await admin.page.keyboard.press("1");
  await expect(admin.workspace.claim(SENTENCE)).toContainText("Sourced");
  await admin.workspace.waitForSaved();

  // The dialog shows what will be signed, and will not sign gaps without an explicit confirmation.
  await admin.workflow.getByRole("button", { name: "Mark verified" }).click();
  const dialog = admin.page.getByRole("dialog", { name: "Sign off this article" });
  await expect(dialog).toContainText("Sentences checked");
  await expect(dialog).toContainText(/1 of \d+ \(\d+ %\)/);
  await expect(dialog).toContainText("Sourced without a source");
  await expect(dialog).toContainText("1 claims are marked sourced but have no source.");
  const signButton = dialog.getByRole("button", { name: "Sign off" });
  await expect(signButton).toBeDisabled();
  // Keys typed while the dialog is open tag nothing.
  await admin.page.keyboard.press("3");
  await dialog.getByRole("checkbox", { name: /Sign off anyway/ }).check();
  await signButton.click();
  await expect(dialog).toBeHidden();

  const banner = admin.workflow.getByRole("status");
  await expect(banner).toContainText(/Verified, signed off by .+ on \d{4}-\d\d-\d\d .*revision 1/);
  await expect(admin.workflow.getByRole("button", { name: "Reopen review" })).toBeVisible();
  await expect(admin.workspace.claim(SENTENCE)).toContainText("Sourced");

  // Read-only, also after a reload: no tagging, no text editing, no comment or source forms.
  await admin.page.reload();
  await expect(admin.page.getByRole("button", { name: "Edit text" })).toHaveCount(0);
  await admin.workspace.clickText("Un espion russe occupant");
  await expect(admin.workspace.tagButton("Disputed")).toBeDisabled();
  await expect(admin.page.getByRole("toolbar", { name: "Tag the selection" })).toContainText(SIGNED_OFF);
  await admin.page.keyboard.press("2");
  await expect(admin.page.getByRole("status").filter({ hasText: SIGNED_OFF })).toBeVisible();
  await expect(admin.workspace.claimList.filter({ hasText: "Un espion russe" })).toHaveCount(0);
  await admin.workspace.claim(SENTENCE).getByRole("button").click();
  await expect(admin.workspace.detail).toBeVisible();
  await expect(admin.workspace.detail.getByLabel("New comment")).toHaveCount(0);
  await expect(admin.workspace.detail.getByRole("button", { name: /Add source/ })).toHaveCount(0);
  await admin.page.keyboard.press("Delete");
  await expect(admin.page.getByRole("status").filter({ hasText: SIGNED_OFF })).toBeVisible();
  await admin.page.keyboard.press("Escape");
  await expect(admin.workspace.claim(SENTENCE)).toHaveCount(1);

  // A reviewer cannot reopen; a journalist can.
  const reviewer = await workspaceAs(browser, "reviewer");
  await expect(reviewer.workflow).toContainText("Verified, signed off by");
  await expect(reviewer.workflow.getByRole("button", { name: "Reopen review" })).toHaveCount(0);
  await reviewer.context.close();
  const journalist = await workspaceAs(browser, "journalist");
  await journalist.workflow.getByRole("button", { name: "Reopen review" }).click();
  await expect(journalist.workflow).toContainText("In review");
  await expect(journalist.page.getByRole("button", { name: "Edit text" })).toBeVisible();
  await journalist.context.close();

  // Tagging works again.
  await admin.page.reload();
  await admin.workspace.clickText("Un espion russe occupant");
  await admin.page.keyboard.press("3");
  await expect(admin.workspace.claim("Un espion russe occupant")).toContainText("Disputed");
  await admin.workspace.waitForSaved();
  await admin.context.close();
});
