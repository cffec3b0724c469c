import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";
import { WorkspacePage } from "./workspace-page";

const KEPT = "Il avait émis le souhait de s’exiler en France et de se rendre aux autorités françaises.";
const DELETED = "Il avait entamé les contacts avec les services français depuis… Alger.";
const ADDED = "Une phrase ajoutée par la rédaction. ";

test("claims follow an edit: one moves with its words, one is orphaned; a stale save is a conflict", async ({ page, browser, baseURL }) => {
  await seedArticle(baseURL!, "Editing copy");
  const workspace = new WorkspacePage(page);
  await workspace.openArticle("Editing copy");

  await workspace.clickText("Il avait émis le souhait");
  await page.keyboard.press("2");
  await workspace.clickText("Il avait entamé les contacts");
  await page.keyboard.press("3");
  await expect(workspace.claimList).toHaveCount(2);

  // A second tab opens the same revision now, and will try to save after the first one did.
  const secondTab = await page.context().newPage();
  const second = new WorkspacePage(secondTab);
  await second.openArticle("Editing copy");

  // Edit: insert a sentence before the claims, delete the second one.
  await page.getByRole("button", { name: "Edit text" }).click();
  await expect(page.getByRole("toolbar", { name: "Edit the text" })).toBeVisible();
  await workspace.dragOver(DELETED, 0, DELETED.length);
  await page.keyboard.press("Backspace");
  await expect(workspace.text).not.toContainText("Il avait entamé les contacts");
  const start = await workspace.rectOfPublic(KEPT, 0);
  await page.mouse.click(start.x + 1, start.y + start.height / 2);
  await page.keyboard.type(ADDED);
  // The highlight moved with its words while typing.
  await expect(workspace.highlights("unsourced")).toContainText("Il avait émis le souhait");
  await page.getByRole("button", { name: "Save" }).click();

  await expect(page.getByRole("status")).toContainText("Saved revision 2");
  await expect(page.getByRole("status")).toContainText("1 orphaned");
  await expect(workspace.text).toContainText(ADDED.trim());
  await expect(workspace.highlights("unsourced")).toHaveText(/^\??Il avait émis le souhait de s’exiler en France et de se rendre aux autorités françaises\.$/);
  await expect(workspace.highlights("disputed")).toHaveCount(0);
  const orphaned = workspace.sidebar.getByRole("region", { name: /Orphaned claims/ });
  await expect(orphaned).toContainText(DELETED);
  await expect(orphaned).toContainText("Disputed");

  // The other tab still shows revision 1: its save is refused and its text kept on screen.
  await secondTab.getByRole("button", { name: "Edit text" }).click();
  await second.clickText("C’est un véritable cadeau");
  await secondTab.keyboard.type("Tab two. ");
  await secondTab.getByRole("button", { name: "Save" }).click();
  await expect(secondTab.getByRole("main").getByRole("alert")).toContainText("Not saved: conflict");
  await expect(secondTab.getByLabel(/Your unsaved text/)).toHaveValue(/Tab two\./);
  await secondTab.close();

  // Re-attach the orphaned claim to a new selection.
  await workspace.clickText("Une phrase ajoutée");
  await orphaned.getByRole("button", { name: /Re-attach to selection/ }).click();
  await expect(workspace.highlights("disputed")).toContainText("Une phrase ajoutée par la rédaction.");
  await workspace.waitForSaved();

  await page.reload();
  await expect(workspace.highlights("disputed")).toContainText("Une phrase ajoutée par la rédaction.");
  await expect(workspace.sidebar.getByRole("region", { name: /Orphaned claims/ })).toHaveCount(0);
});
