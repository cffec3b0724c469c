import path from "node:path";
import { expect, test } from "./fixtures";

const FIXTURES = path.join(__dirname, "..", "fixtures", "import");

test("import a Word document: headings, emphasis and lists are kept", async ({ page }) => {
  await page.goto("/articles/new");
  await page.getByLabel("Language").selectOption("fr");
  await page.getByLabel("Upload a file").setInputFiles(path.join(FIXTURES, "article.docx"));
  await page.getByRole("button", { name: "Create article" }).click();
  const text = page.getByRole("region", { name: "Article text" });
  await expect(text.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(text.locator("strong").first()).toBeVisible();
  await expect(text.getByRole("listitem").first()).toBeVisible();
  await expect(text).toContainText("«");
  // The title was taken from the document's first heading.
  await expect(page.getByRole("heading", { level: 1 }).first()).not.toHaveText("");
});

test("import Markdown: structure kept, raw HTML shown as text and never run", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Port de Marseille");
  await page.getByLabel("Upload a file").setInputFiles(path.join(FIXTURES, "article.md"));
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByRole("heading", { name: "Port de Marseille", exact: true, level: 1 })).toBeVisible();
  const text = page.getByRole("region", { name: "Article text" });
  await expect(text.getByRole("heading", { name: /Le port de Marseille et la « grève » de mars/ })).toBeVisible();
  await expect(text.getByRole("listitem")).toHaveCount(3);
  await expect(text.getByRole("link", { name: "Gênes" })).toHaveAttribute("href", "https://example.org/genes");
  await expect(text.locator("strong")).toHaveText("12 %");
  await expect(text).toContainText("<script>alert(1)</script>");
  expect(dialogs).toEqual([]);
});

test("an upload that is not what it says is refused with a clear message", async ({ page }) => {
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill("Fake");
  await page.getByLabel("Upload a file").setInputFiles({ name: "report.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from("this is not a zip") });
  await page.getByRole("button", { name: "Create article" }).click();
  await expect(page.getByText(/not a valid \.docx/i).first()).toBeVisible();
  await expect(page).toHaveURL(/\/articles\/new$/);
});
