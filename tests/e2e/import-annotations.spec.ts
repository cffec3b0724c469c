import { expect, test } from "./fixtures";
import { seedArticle } from "./seed-article";
import { WorkspacePage } from "./workspace-page";

const TITLE = "Import annotations copy";
const SENTENCE = "Un espion russe occupant d’importantes fonctions";

// The all-orphaned answer is a 409, which the browser logs as a failed resource.
test.use({ expectedConsoleErrors: [/409/] });

const tagged = (id: string, value: string, exact: string) => ({ type: "Annotation", id, body: { type: "TextualBody", purpose: "tagging", value }, target: { selector: { type: "TextQuoteSelector", exact } } });

function file(name: string, annotations: unknown[]) {
  return { name, mimeType: "application/ld+json", buffer: Buffer.from(JSON.stringify({ type: "AnnotationPage", items: annotations })) };
}

test("import annotations from the workspace: summary, nothing twice, a question before orphans", async ({ page, baseURL }) => {
  await seedArticle(baseURL!, TITLE);
  const workspace = new WorkspacePage(page);
  await workspace.openArticle(TITLE);

  const dialog = page.getByRole("dialog", { name: "Import annotations" });
  const chooseAndImport = async (upload: ReturnType<typeof file>) => {
    await page.getByRole("button", { name: "Import annotations" }).click();
    await dialog.getByLabel("Annotations file").setInputFiles(upload);
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
  };

  const first = file("claims.jsonld", [
    tagged("urn:e2e:1", "disputed", SENTENCE),
    { type: "Annotation", id: "urn:e2e:2", motivation: "commenting", creator: { type: "Person", name: "Camille Extérieure" }, body: { type: "TextualBody", value: "Source ?" }, target: "urn:e2e:1" },
    tagged("urn:e2e:3", "budget", SENTENCE),
  ]);
  await chooseAndImport(first);
  const summary = dialog.getByRole("status", { name: "Import summary" });
  await expect(summary).toContainText("1 claim created");
  await expect(summary).toContainText("1 comment and 0 sources imported");
  await expect(summary.getByRole("list", { name: "Skipped" })).toContainText("Annotation 3 (urn:e2e:3): no Claimcheck status");
  // Closing shows the new claim in the workspace.
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("dialog", { name: "Import annotations" })).toBeHidden();
  await expect(workspace.text.locator(".ProseMirror")).toBeVisible();
  await expect(page.getByText(SENTENCE).first()).toBeVisible();

  // The same file again: nothing new.
  await chooseAndImport(first);
  await expect(summary).toContainText("0 claims created");
  await expect(summary).toContainText("1 annotation already here (unchanged)");
  await dialog.getByRole("button", { name: "Close" }).click();

  // A file about another text: the dialog asks before creating orphans.
  await chooseAndImport(file("other.jsonld", [tagged("urn:e2e:9", "sourced", "Le port de Marseille a rouvert lundi.")]));
  await expect(dialog.getByRole("alert")).toContainText("The annotation does not match this article's text");
  await dialog.getByRole("button", { name: "Import as orphaned claims" }).click();
  await expect(summary).toContainText("1 orphaned claim");
});
