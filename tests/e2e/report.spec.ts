import fs from "node:fs";
import type { Download, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";
import { WorkspacePage } from "./workspace-page";

const TITLE = "Rapport : l’été « test »";
const SLUG = "rapport-l-ete-test";

async function download(page: Page, link: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("region", { name: "Downloads" }).getByRole("link", { name: link, exact: true }).click()]);
  return { file, bytes: fs.readFileSync(await file.path()) };
}

test("the report: figures, highlighted text, every claim, and downloads from the Export menu", async ({ page, baseURL }) => {
  const articleId = await seedArticle(baseURL!, TITLE);
  const { sentences } = await (await page.request.get(`/api/v1/articles/${articleId}/sentences`)).json();
  const workspace = new WorkspacePage(page);
  await workspace.openFromHome(TITLE);

  // Tag the first three sentences from the keyboard: sourced, unsourced, disputed.
  await workspace.text.focus();
  for (const key of ["1", "2", "3"]) {
    await page.keyboard.press("j");
    await page.keyboard.press(key);
    await expect(workspace.claimList).toHaveCount(Number(key));
  }

  // The Export menu is a disclosure: it opens from the keyboard and leads to the report page.
  const exportMenu = page.locator("summary", { hasText: /^Export$/ });
  await exportMenu.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("checkbox", { name: "Only the claims shown (current filter)" })).toBeDisabled();
  await page.getByRole("link", { name: "Report page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

  const summary = page.getByRole("region", { name: "Summary" });
  const figure = (label: string) => summary.locator("div").filter({ has: page.getByRole("term").getByText(label, { exact: true }) }).getByRole("definition");
  await expect(figure("Claims")).toHaveText("3");
  for (const status of ["Sourced", "Unsourced", "Disputed"]) await expect(figure(status)).toHaveText("1");
  await expect(figure("Sentences checked")).toHaveText(`3 of ${sentences.length} (${Math.round((300 / sentences.length))}%)`);
  await expect(summary.getByRole("img", { name: "3 claims: 1 sourced, 1 unsourced, 1 disputed" })).toBeVisible();

  // Each claim is numbered in the text and links to its entry, which shows its status.
  const text = page.getByRole("region", { name: "Article text" });
  await expect(text.locator("mark")).toHaveCount(3);
  await text.getByRole("link", { name: "Claim 3" }).click();
  await expect(page).toHaveURL(/#claim-3$/);
  await expect(page.locator("#claim-3")).toContainText("Disputed");
  await expect(page.locator("#claim-1")).toContainText("Sourced");
  await expect(page.locator("#claim-2").getByRole("list", { name: "History of claim 2" })).toContainText("Edith Editor");

  const pdf = await download(page, "PDF");
  expect(pdf.file.suggestedFilename()).toMatch(/-report\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const csv = await download(page, "CSV");
  expect(csv.file.suggestedFilename()).toMatch(/-report\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.bytes.toString("utf8").trimEnd().split("\r\n")).toHaveLength(1 + 3);

  // The ASCII file name for every client, the real title for those that read filename*.
  const response = await page.request.get(`/api/v1/articles/${articleId}/report?format=csv`);
  expect(response.headers()["content-disposition"]).toContain(`filename="${SLUG}-report.csv"`);
  expect(response.headers()["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent(`${TITLE}-report.csv`)}`);
});

test("the Export menu can narrow the report to the claims the sidebar shows", async ({ page, baseURL }) => {
  await seedArticle(baseURL!, "Filtered report copy");
  const workspace = new WorkspacePage(page);
  await workspace.openFromHome("Filtered report copy");
  await workspace.text.focus();
  for (const key of ["1", "3"]) {
    await page.keyboard.press("j");
    await page.keyboard.press(key);
  }
  await expect(workspace.claimList).toHaveCount(2);
  await workspace.sidebar.getByRole("group", { name: "Filter claims by status" }).getByRole("button", { name: /Disputed/ }).click();

  await page.locator("summary", { hasText: /^Export$/ }).click();
  await page.getByRole("checkbox", { name: "Only the claims shown (current filter)" }).check();
  await expect(page.getByRole("link", { name: "CSV", exact: true })).toHaveAttribute("href", /format=csv&status=disputed$/);
  await page.getByRole("link", { name: "Report page" }).click();
  await expect(page.getByText("Filtered: only the claims matching status: disputed")).toBeVisible();
  await expect(page.locator("#claim-2")).toContainText("Disputed");
  await expect(page.locator("#claim-1")).toHaveCount(0);
  const csv = await download(page, "CSV");
  expect(csv.bytes.toString("utf8").trimEnd().split("\r\n")).toHaveLength(1 + 1);
});
