import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";

const FIRST = "Le ministre a confirmé la nouvelle mardi.";
const REWORDED = "Le ministre a confirmé la nouvelle lundi.";
const SECOND = "Selon nos sources, l’accord serait signé en mars.";
const ADDED = "Un paragraphe ajouté plus tard, sur la météo de la semaine prochaine à Lyon.";
const TEXT = `${FIRST} ${SECOND}`;

/** An article of its own, created through the API as the signed-in admin. */
async function createArticle(api: APIRequestContext, title: string): Promise<number> {
  const response = await api.post("/api/v1/articles", { data: { title, language: "fr", text: TEXT } });
  expect(response.status()).toBe(201);
  return (await response.json()).id;
}

async function saveText(api: APIRequestContext, id: number, text: string, baseRevision: number): Promise<void> {
  expect((await api.patch(`/api/v1/articles/${id}`, { data: { text, baseRevision } })).status()).toBe(200);
}

async function tag(api: APIRequestContext, id: number, exact: string): Promise<void> {
  expect((await api.post(`/api/v1/articles/${id}/annotations`, { data: { quote: { exact }, status: "unsourced" } })).status()).toBe(201);
}

test("activity shows the quote each event had at its moment, not the claim's quote today", async ({ page }) => {
  const id = await createArticle(page.request, "History copy");
  await tag(page.request, id, FIRST);
  await saveText(page.request, id, TEXT.replace(FIRST, REWORDED), 1);

  await page.goto(`/articles/${id}/activity`);
  // The tab says which page of which article this is.
  await expect(page).toHaveTitle("Activity — History copy · Claimcheck");
  const activity = page.getByRole("list", { name: "Activity, newest first" });
  const tagging = activity.getByRole("listitem").filter({ hasText: "tagged the claim as unsourced" });
  // The quote is a <q>: the browser draws its quotation marks.
  await expect(tagging.locator("q")).toHaveText(FIRST);
  await expect(tagging).not.toContainText("lundi");
  await expect(activity.getByRole("listitem").filter({ hasText: "followed a rewording" })).toContainText(`“${FIRST}” → “${REWORDED}”`);
});

test("restoring a revision asks first, says how many claims will move or be orphaned, and the activity says so", async ({ page }) => {
  const id = await createArticle(page.request, "Restore copy");
  await saveText(page.request, id, `${TEXT}\n\n${ADDED}`, 1);
  await tag(page.request, id, ADDED);
  await tag(page.request, id, SECOND);

  await page.goto(`/articles/${id}/revisions/1`);
  await expect(page).toHaveTitle("Revision 1 — Restore copy · Claimcheck");
  await page.getByRole("button", { name: "Restore this revision" }).click();
  const dialog = page.getByRole("dialog", { name: "Restore revision 1?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Its text becomes revision 3");
  await expect(dialog.getByRole("list", { name: "What happens to the claims" })).toContainText("1 claim will be orphaned");
  await expect(dialog).toContainText("1 claim will stay where it is");

  // Cancel restores nothing: the article is still at revision 2.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect((await (await page.request.get(`/api/v1/articles/${id}`)).json()).revision).toBe(2);

  await page.getByRole("button", { name: "Restore this revision" }).click();
  await dialog.getByRole("button", { name: "Restore revision 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${id}$`));

  await page.goto(`/articles/${id}/activity`);
  await expect(page.getByRole("list", { name: "Activity, newest first" }).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Activity, newest first" })).toContainText("restored revision 1 (saved as revision 3)");
});
