import { request as playwrightRequest, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signedInState } from "./e2e-env";
import { seedArticle } from "./seed-article";
import { WorkspacePage } from "./workspace-page";

const SELON = "Selon nos sources, cette opération a été mise en place";
const MISSION = "L’espion russe et agent de Wagner était en mission à Alger";

// Requests the browser could not send, or that the server refused on purpose, are logged by it.
test.use({ expectedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED/] });

/** The claims of an article as the server holds them, read with the admin's session. */
async function serverClaims(baseURL: string, articleId: number) {
  const api = await playwrightRequest.newContext({ baseURL, storageState: signedInState("admin") });
  const response = await api.get(`/api/v1/articles/${articleId}/annotations`);
  expect(response.status()).toBe(200);
  const { annotations } = (await response.json()) as { annotations: { id: number; status: string; note: string; version: number; quote: { exact: string } }[] };
  await api.dispose();
  return annotations;
}

const saveState = (page: Page) => page.locator(".save-state");

/** True when leaving the page now would make the browser ask first. */
const warnsBeforeLeaving = (page: Page) =>
  page.evaluate(() => {
    const event = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

test("offline, a tag is marked unsaved and retried; back online it is saved and survives a reload", async ({ page, context, baseURL }) => {
  const articleId = await seedArticle(baseURL!, "Offline copy");
  const workspace = new WorkspacePage(page);
  await workspace.openArticle("Offline copy");
  await expect(saveState(page)).toHaveText("All changes saved");
  expect(await warnsBeforeLeaving(page)).toBe(false);

  await context.setOffline(true);
  await workspace.clickText("cette opération a été mise en place");
  await page.keyboard.press("3");

  // On screen at once, but marked as not saved, and the status line says so.
  await expect(workspace.highlights("disputed")).toContainText(SELON);
  await expect(workspace.text.locator(".claim--unsaved")).toContainText(SELON);
  await expect(workspace.claim("Selon nos sources")).toContainText("not saved yet");
  await expect(saveState(page)).toHaveText("1 change not saved yet — offline, retrying");
  // A second change waits in line behind the first.
  await page.keyboard.press("j");
  await page.keyboard.press("2");
  await expect(saveState(page)).toHaveText("2 changes not saved yet — offline, retrying");
  await page.waitForTimeout(2_500); // a few retries happen meanwhile, none claims success
  await expect(page.getByText("All changes saved")).toHaveCount(0);
  await expect(workspace.claim("était en mission")).toContainText("not saved yet");
  expect(await warnsBeforeLeaving(page)).toBe(true);
  expect(await serverClaims(baseURL!, articleId)).toEqual([]);

  // Back online: the browser's "online" event sends the line at once, in order.
  await context.setOffline(false);
  await workspace.waitForSaved();
  await expect(workspace.text.locator(".claim--unsaved")).toHaveCount(0);
  await expect(workspace.sidebar.getByText("not saved yet")).toHaveCount(0);
  expect(await warnsBeforeLeaving(page)).toBe(false);
  const claims = await serverClaims(baseURL!, articleId);
  expect(claims.map((c) => [c.quote.exact.slice(0, 20), c.status])).toEqual([
    [SELON.slice(0, 20), "disputed"],
    [MISSION.slice(0, 20), "unsourced"],
  ]);

  await page.reload();
  await expect(workspace.highlights("disputed")).toContainText(SELON);
  await expect(workspace.highlights("unsourced")).toContainText(MISSION);
  await expect(workspace.claimList).toHaveCount(2);
});

test("a server that answers 503 gets the change again after the wait it asked for", async ({ page, baseURL }) => {
  const articleId = await seedArticle(baseURL!, "Busy server copy");
  const workspace = new WorkspacePage(page);
  await workspace.openArticle("Busy server copy");
  let refusals = 0;
  await page.route(`**/api/v1/articles/${articleId}/annotations`, async (route) => {
    if (route.request().method() !== "POST" || refusals >= 2) return route.fallback();
    refusals++;
    await route.fulfill({ status: 503, headers: { "retry-after": "1" }, contentType: "application/json", body: JSON.stringify({ error: { code: "unavailable", message: "Busy" } }) });
  });

  await workspace.clickText("cette opération a été mise en place");
  await workspace.tag("Unsourced");
  await expect(saveState(page)).toHaveText("1 change not saved yet — retrying");
  await expect(workspace.claim("Selon nos sources")).toContainText("not saved yet");
  await expect(workspace.claim("Selon nos sources")).not.toContainText("not saved yet", { timeout: 10_000 });
  await workspace.waitForSaved();
  expect(refusals).toBe(2);
  expect((await serverClaims(baseURL!, articleId)).map((c) => c.status)).toEqual(["unsourced"]);
});

test("a key pressed while the new claim is still on its way waits for it: s puts the cursor in its source field", async ({ page, baseURL }) => {
  const articleId = await seedArticle(baseURL!, "Slow server copy");
  const workspace = new WorkspacePage(page);
  await workspace.openArticle("Slow server copy");
  await page.route(`**/api/v1/articles/${articleId}/annotations`, async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.fallback();
  });

  await workspace.clickText("cette opération a été mise en place");
  await page.keyboard.press("2");
  await expect(workspace.claim("Selon nos sources")).toContainText("not saved yet");
  await page.keyboard.press("s");
  await expect(page.getByLabel("Source URL")).toBeFocused();
  await workspace.waitForSaved();
});

test("a change the server refuses is undone on screen with what was not saved and why", async ({ page, baseURL }) => {
  const articleId = await seedArticle(baseURL!, "Refused copy");
  const workspace = new WorkspacePage(page);
  await workspace.openArticle("Refused copy");
  const verified = { error: { code: "article_verified", message: "The article is verified: reopen the review to change it." } };
  const refuse = async (route: import("@playwright/test").Route) => {
    if (route.request().method() === "GET") return route.fallback();
    await route.fulfill({ status: 409, contentType: "application/json", body: JSON.stringify(verified) });
  };

  // A new claim the server refuses: the highlight goes away and the page says why.
  await page.route(`**/api/v1/articles/${articleId}/annotations`, refuse);
  await workspace.clickText("cette opération a été mise en place");
  await workspace.tag("Disputed");
  const alert = page.getByRole("alert").filter({ hasText: "Not saved" });
  await expect(alert).toContainText("Not saved: Tagging “Selon nos sources, cette opération");
  await expect(alert).toContainText("as Disputed — The article is verified: reopen the review to change it.");
  await expect(workspace.highlights("disputed")).toHaveCount(0);
  await expect(workspace.claimList).toHaveCount(0);
  await expect(saveState(page)).toHaveText("1 change not saved (see the message)");
  await page.unroute(`**/api/v1/articles/${articleId}/annotations`);
  await alert.getByRole("button", { name: "Dismiss" }).click();
  await expect(alert).toHaveCount(0);
  await expect(saveState(page)).toHaveText("All changes saved");

  // A saved claim whose new status and note are refused: both go back to what the server holds,
  // and the note the person wrote stays in its field.
  await workspace.tag("Unsourced");
  await workspace.waitForSaved();
  await page.route("**/api/v1/annotations/*", refuse);
  await workspace.claim("Selon nos sources").getByRole("button").click();
  await workspace.tag("Sourced");
  await expect(alert).toContainText("Marking “Selon nos sources");
  await expect(workspace.detail).toContainText("Unsourced");
  await expect(workspace.highlights("unsourced")).toContainText(SELON);
  const note = workspace.detail.getByLabel("Note");
  await note.fill("Anonymous sources only");
  await workspace.detail.getByRole("button", { name: "Save note" }).click();
  await expect(alert).toContainText("The note on “Selon nos sources");
  await expect(note).toHaveValue("Anonymous sources only");
  await expect(workspace.detail).toContainText("This note was not saved. Your text is kept here");
  expect((await serverClaims(baseURL!, articleId)).map((c) => [c.status, c.note])).toEqual([["unsourced", ""]]);

  // Once the server takes it, the kept note is saved like any other.
  await page.unroute("**/api/v1/annotations/*");
  await workspace.detail.getByRole("button", { name: "Save note" }).click();
  // The note is no longer "not saved"; the refused status still is, until dismissed.
  await expect(saveState(page)).toHaveText("1 change not saved (see the message)");
  await expect(alert).not.toContainText("The note on");
  await expect(workspace.detail).not.toContainText("This note was not saved");
  await alert.getByRole("button", { name: "Dismiss" }).click();
  await workspace.waitForSaved();
  expect((await serverClaims(baseURL!, articleId)).map((c) => [c.status, c.note])).toEqual([["unsourced", "Anonymous sources only"]]);
});

test("a comment that could not be sent keeps its text and says so", async ({ page, context, baseURL }) => {
  await seedArticle(baseURL!, "Offline comment copy");
  const workspace = new WorkspacePage(page);
  await workspace.openArticle("Offline comment copy");
  await workspace.clickText("cette opération a été mise en place");
  await workspace.tag("Unsourced");
  await workspace.waitForSaved();
  await workspace.claim("Selon nos sources").getByRole("button").click();

  await context.setOffline(true);
  const box = workspace.detail.getByLabel("New comment");
  await box.fill("Who are « nos sources » ?");
  await workspace.detail.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(workspace.detail.getByRole("alert")).toContainText("The server could not be reached; nothing was saved.");
  await expect(box).toHaveValue("Who are « nos sources » ?");
  await expect(workspace.detail.getByRole("list", { name: "History of this claim" })).not.toContainText("commented");

  await context.setOffline(false);
  await workspace.detail.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(workspace.detail.getByText("Who are « nos sources » ?", { exact: true })).toBeVisible();
  await expect(box).toHaveValue("");
});

test("shortcuts never fire in a comment box, with the Export menu open or in a dialog", async ({ page, baseURL }) => {
  const articleId = await seedArticle(baseURL!, "Shortcut focus copy");
  const workspace = new WorkspacePage(page);
  await workspace.openArticle("Shortcut focus copy");
  await workspace.clickText("cette opération a été mise en place");
  await page.keyboard.press("3");
  await workspace.waitForSaved();

  // Typing "1" in a comment box writes a 1; the claim stays Disputed.
  await workspace.claim("Selon nos sources").getByRole("button").click();
  const box = workspace.detail.getByLabel("New comment");
  await box.click();
  await page.keyboard.type("1 2 3 j k c s r");
  await expect(box).toHaveValue("1 2 3 j k c s r");
  await expect(workspace.detail).toContainText("Disputed");
  await box.fill("");

  // With the Export menu open, "1" tags nothing.
  await page.keyboard.press("Escape");
  await workspace.clickText("était en mission à Alger");
  await expect(page.getByRole("toolbar", { name: "Tag the selection" })).toContainText(MISSION);
  const exportMenu = page.locator("summary", { hasText: "Export" });
  await exportMenu.click();
  await expect(page.getByRole("link", { name: "Report page" })).toBeVisible();
  await page.keyboard.press("1");
  await expect(workspace.claimList).toHaveCount(1);

  // With the shortcut list open, "2" tags nothing either.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("link", { name: "Report page" })).toBeHidden();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await page.keyboard.press("2");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(workspace.claimList).toHaveCount(1);

  // Closed, the same key tags the selected sentence: the keys above were held back, not broken.
  await page.keyboard.press("1");
  await workspace.waitForSaved();
  await expect.poll(async () => (await serverClaims(baseURL!, articleId)).map((c) => c.status).sort()).toEqual(["disputed", "sourced"]);
});
