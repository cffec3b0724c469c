import { expect, type Locator, type Page } from "@playwright/test";

type StatusLabel = "Sourced" | "Unsourced" | "Disputed";

/** The article workspace, driven the way a person uses it: pointer, buttons and keys. */
export class WorkspacePage {
  readonly text: Locator;
  readonly sidebar: Locator;
  readonly claimList: Locator;
  /** The selected claim's details (status, note, sources, comments, history). */
  readonly detail: Locator;

  constructor(readonly page: Page) {
    this.text = page.getByRole("region", { name: "Article text" });
    this.sidebar = page.getByRole("complementary", { name: "Claims" });
    this.claimList = this.sidebar.locator(".claim-list > li");
    this.detail = this.sidebar.getByRole("region", { name: "Selected claim" });
  }

  async openArticle(title: string | RegExp) {
    await this.openFromHome(title);
  }

  async openFromHome(title: string | RegExp) {
    await this.page.goto("/");
    await this.page.getByRole("link", { name: title }).click();
    // Navigation, the server's render of the whole article and hydration: on two shared cores
    // running both engines' suites this takes more than the default 5 s now and then.
    await this.page.waitForURL(/\/articles\/\d+$/);
    await expect(this.text.locator(".ProseMirror")).toBeVisible({ timeout: 20_000 });
  }

  /** Screen rectangle of a phrase of the article, found in the rendered text. */
  private async rectOf(phrase: string, { from = 0, to = phrase.length }: { from?: number; to?: number } = {}) {
    const rect = await this.text.evaluate(
      (root, { phrase, from, to }) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(phrase);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at + from);
          range.setEnd(node, at + to);
          const r = range.getClientRects()[0];
          return { x: r.left, y: r.top, width: r.width, height: r.height };
        }
        return null;
      },
      { phrase, from, to },
    );
    if (!rect) throw new Error(`"${phrase}" is not in one text run of the article`);
    return rect;
  }

  /** Screen rectangle of one character of a phrase (to put the cursor right before it). */
  async rectOfPublic(phrase: string, char: number) {
    return this.rectOf(phrase, { from: char, to: char + 1 });
  }

  /** Clicks in the middle of a phrase (selects its sentence, or the claim there). */
  async clickText(phrase: string) {
    await this.text.getByText(phrase).first().scrollIntoViewIfNeeded();
    const r = await this.rectOf(phrase);
    await this.page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
  }

  /** Drags from one character of a phrase to another, as a person selecting a few words. */
  async dragOver(phrase: string, fromChar: number, toChar: number) {
    const start = await this.rectOf(phrase, { from: fromChar, to: fromChar + 1 });
    const end = await this.rectOf(phrase, { from: toChar - 1, to: toChar });
    await this.page.mouse.move(start.x + 1, start.y + start.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Waits until every claim change on screen has reached the server. */
  async waitForSaved() {
    await expect(this.page.getByText("All changes saved")).toBeVisible();
  }

  tagButton(status: StatusLabel | "Clear") {
    return this.page.getByRole("toolbar", { name: "Tag the selection" }).getByRole("button", { name: status, exact: true });
  }

  async tag(status: StatusLabel) {
    await this.tagButton(status).click();
  }

  /** The sidebar entry of a claim, found by a piece of its quote. */
  claim(quotePiece: string) {
    return this.claimList.filter({ hasText: quotePiece });
  }

  /** The highlighted text of claims with a status. */
  highlights(status: "sourced" | "unsourced" | "disputed") {
    return this.text.locator(`.claim--${status}`);
  }
}
