import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";
import { WorkspacePage } from "./workspace-page";

const DEMO_TITLE = /Un espion de Wagner/;
const FIRST = "C’est un véritable cadeau en or";
const SELON = "Selon nos sources, cette opération a été mise en place";
const MISSION = "L’espion russe et agent de Wagner était en mission à Alger";

test("the home page lists the demo article with its progress", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await expect(page.getByRole("link", { name: DEMO_TITLE })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: /Verification progress of Un espion/ })).toHaveAttribute("aria-valuemax", "11");
});

test("tag with a button and a key, see highlights and sidebar entries, reload, clear", async ({ page }) => {
  const workspace = new WorkspacePage(page);
  await workspace.openFromHome(DEMO_TITLE);
  await expect(workspace.tagButton("Unsourced")).toBeDisabled();

  // Click a sentence: it is selected whole; tag it with the button.
  await workspace.clickText("cette opération a été mise en place");
  await expect(page.getByRole("toolbar", { name: "Tag the selection" })).toContainText(SELON);
  await workspace.tag("Unsourced");
  await expect(workspace.highlights("unsourced")).toContainText(SELON);
  await expect(workspace.claim("Selon nos sources")).toContainText("Unsourced");
  await expect(workspace.claim("Selon nos sources")).toContainText("by Edith Editor");
  await expect(workspace.tagButton("Unsourced")).toHaveAttribute("aria-pressed", "true");

  // j moves to the next sentence; 3 tags it Disputed.
  await page.keyboard.press("j");
  await expect(page.getByRole("toolbar", { name: "Tag the selection" })).toContainText(MISSION);
  await page.keyboard.press("3");
  await expect(workspace.highlights("disputed")).toContainText(MISSION);
  await expect(workspace.claim("était en mission")).toContainText("Disputed");
  await expect(workspace.sidebar.getByRole("progressbar", { name: "Sentences tagged" })).toHaveAttribute("aria-valuenow", "2");

  // Both survive a reload.
  await workspace.waitForSaved();

  await page.reload();
  await expect(workspace.claimList).toHaveCount(2);
  await expect(workspace.highlights("unsourced")).toContainText(SELON);
  await expect(workspace.highlights("disputed")).toContainText(MISSION);

  // Click a highlighted claim: its details open; change its status, then clear it.
  await workspace.clickText("était en mission");
  await expect(workspace.tagButton("Disputed")).toHaveAttribute("aria-pressed", "true");
  await expect(workspace.detail).toContainText("Disputed");
  await workspace.tag("Sourced");
  await expect(workspace.detail).toContainText("Sourced");
  await expect(workspace.detail).toContainText("Sourced, but no source given.");
  await workspace.tagButton("Clear").click();
  await expect(workspace.claimList).toHaveCount(1);
  await workspace.waitForSaved();

  await page.reload();
  await expect(workspace.claimList).toHaveCount(1);
  await expect(workspace.highlights("sourced")).toHaveCount(0);
  await expect(workspace.claim("Selon nos sources")).toContainText("Unsourced");
});

test("drag selects whole words; the sidebar filters and selects a claim", async ({ page, baseURL }) => {
  const workspace = new WorkspacePage(page);
  await seedArticle(baseURL!, "Drag test copy");
  await workspace.openFromHome("Drag test copy");
  // From inside "véritable" to inside "cadeau": the selection snaps to both whole words.
  await workspace.dragOver(FIRST, "C’est un vé".length, "C’est un véritable cad".length);
  await expect(page.getByRole("toolbar", { name: "Tag the selection" })).toContainText("véritable cadeau");
  await page.keyboard.press("1");
  await expect(workspace.claim("véritable cadeau")).toContainText("Sourced");
  await expect(workspace.highlights("sourced")).toHaveText(/^✓?véritable cadeau$/);

  const filters = workspace.sidebar.getByRole("group", { name: "Filter claims by status" });
  await filters.getByRole("button", { name: /Disputed/ }).click();
  await expect(workspace.claim("véritable cadeau")).toHaveCount(0);
  await filters.getByRole("button", { name: /All/ }).click();
  await workspace.claim("véritable cadeau").getByRole("button").click();
  await expect(workspace.tagButton("Sourced")).toHaveAttribute("aria-pressed", "true");
  await expect(workspace.detail).toContainText("véritable cadeau");
  await page.keyboard.press("Delete");
  await expect(workspace.claimList).toHaveCount(0);
});

test("arrow keys move sentence by sentence while the text has focus", async ({ page, baseURL }) => {
  const workspace = new WorkspacePage(page);
  await seedArticle(baseURL!, "Keyboard test copy");
  await workspace.openFromHome("Keyboard test copy");
  await workspace.text.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("toolbar", { name: "Tag the selection" })).toContainText(FIRST);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("toolbar", { name: "Tag the selection" })).toContainText(SELON);
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("toolbar", { name: "Tag the selection" })).toContainText("Un espion russe occupant");
  await page.keyboard.press("Escape");
  await expect(workspace.tagButton("Sourced")).toBeDisabled();
});

test("a new article from pasted text opens in the workspace", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "New article" }).first().click();
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByText("title is required")).toBeVisible();

  await page.getByLabel("Title").fill("Council budget story");
  await page.getByLabel("Language").selectOption("en");
  await page.getByLabel("Text", { exact: true }).fill("The council approved the budget on Monday. Dr. Smith said it was 3.5 % higher.\n\nCritics disagree.");
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByRole("heading", { name: "Council budget story" })).toBeVisible();
  const workspace = new WorkspacePage(page);
  await workspace.clickText("Dr. Smith said");
  await expect(page.getByRole("toolbar", { name: "Tag the selection" })).toContainText("Dr. Smith said it was 3.5 % higher.");
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Council budget story" })).toBeVisible();
});
