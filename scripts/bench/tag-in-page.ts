/**
 * 3. Tagging in the page, 50 times on the big article: click a sentence (its outline drawn),
 * then press a status key (its highlight drawn). Half the sentences are untagged (a new claim),
 * half carry a claim of their own (its status changes). Each step is timed on the page's clock
 * from the input event's timestamp to the first animation frame that shows the result, so the
 * harness's own round trips are not counted; the step then waits for the server's answer.
 */
import type { BrowserContext, Page } from "@playwright/test";
import type { Claim, Sentence } from "@/lib/api/dto";
import { CLAIM_STATUSES, STATUS_META, type ClaimStatus } from "@/lib/claims/statuses";
import { createRng, pick } from "./generate-article";
import type { ResultRow } from "./result-row";
import { percentile, round } from "./stats";

const ITERATIONS = 50;

type Target = { sentence: Sentence; current: ClaimStatus | null };

/** Where a text offset lies in the DOM: the index of its textblock and its offset inside it. */
function blockPosition(text: string, offset: number): { block: number; inBlock: number } {
  let block = 0;
  let blockStart = 0;
  for (let at = text.indexOf("\n\n"); at !== -1 && at < offset; at = text.indexOf("\n\n", at + 2)) {
    block += 1;
    blockStart = at + 2;
  }
  return { block, inBlock: offset - blockStart };
}

/** Untagged sentences and sentences tagged exactly (no other claim inside), alternating. */
function chooseTargets(seed: number, sentences: Sentence[], claims: Claim[]): Target[] {
  const rng = createRng(seed);
  const overlapping = (s: Sentence) => claims.filter((c) => c.start < s.end && c.end > s.start);
  const untagged = sentences.filter((s) => overlapping(s).length === 0);
  const tagged = sentences.flatMap((s) => {
    const on = overlapping(s);
    return on.length === 1 && on[0].start === s.start && on[0].end === s.end ? [{ sentence: s, current: on[0].status }] : [];
  });
  const targets: Target[] = [];
  const used = new Set<number>();
  while (targets.length < ITERATIONS) {
    const next: Target = targets.length % 2 === 0 ? { sentence: pick(rng, untagged), current: null } : pick(rng, tagged);
    if (used.has(next.sentence.start)) continue;
    used.add(next.sentence.start);
    targets.push(next);
  }
  return targets;
}

/** Scrolls the sentence's textblock into view and returns the screen point of its middle character. */
async function pointOf(page: Page, text: string, sentence: Sentence): Promise<{ x: number; y: number }> {
  const middle = Math.floor((sentence.start + sentence.end) / 2);
  const { block, inBlock } = blockPosition(text, middle);
  return page.evaluate(
    ({ block, inBlock }) => {
      const element = document.querySelector(".article-text")!.children[block] as HTMLElement;
      element.scrollIntoView({ block: "center" });
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let remaining = inBlock;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest(".claim-icon")) continue;
        const length = node.textContent!.length;
        if (remaining < length) {
          const range = document.createRange();
          range.setStart(node, remaining);
          range.setEnd(node, remaining + 1);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        remaining -= length;
      }
      throw new Error(`offset ${inBlock} is not in block ${block}`);
    },
    { block, inBlock },
  );
}

/** Waits for the first frame where `selector`'s elements in the block, by claim id (or all together), read exactly `expected`. */
async function paintedAt(page: Page, { block, selector, expected, since }: { block: number; selector: string; expected: string; since: "down" | "key" }): Promise<number> {
  const handle = await page.waitForFunction(
    ({ block, selector, expected, since }) => {
      const w = window as unknown as { __tag: Record<string, number> };
      const element = document.querySelector(".article-text")!.children[block];
      const groups = new Map<string, string>();
      for (const el of element.querySelectorAll(selector)) {
        const key = el.getAttribute("data-claim-id") ?? "selection";
        let text = "";
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest(".claim-icon")) text += node.textContent;
        groups.set(key, (groups.get(key) ?? "") + text);
      }
      if (![...groups.values()].includes(expected)) return false;
      return { ms: performance.now() - w.__tag[since] };
    },
    { block, selector, expected, since },
    { polling: "raf", timeout: 10_000 },
  );
  return ((await handle.jsonValue()) as { ms: number }).ms;
}

export async function measureTagInPage({ context, origin, articleId, text, sentences, claims, seed }: { context: BrowserContext; origin: string; articleId: number; text: string; sentences: Sentence[]; claims: Claim[]; seed: number }) {
  const page = await context.newPage();
  await page.goto(`${origin}/articles/${articleId}`);
  await page.waitForFunction((n) => document.querySelectorAll(".article-text .claim-icon").length >= n, claims.filter((c) => !c.orphaned).length, { timeout: 60_000 });
  await page.evaluate(() => {
    const w = window as unknown as { __tag: Record<string, number> };
    w.__tag = {};
    window.addEventListener("mousedown", (e) => (w.__tag.down = e.timeStamp), { capture: true });
    window.addEventListener("keydown", (e) => (w.__tag.key = e.timeStamp), { capture: true });
  });

  const rng = createRng(seed + 1);
  const select: number[] = [];
  const paint: number[] = [];
  const total: number[] = [];
  for (const target of chooseTargets(seed, sentences, claims)) {
    const { block } = blockPosition(text, target.sentence.start);
    const status = pick(rng, CLAIM_STATUSES.filter((s) => s !== target.current));
    const point = await pointOf(page, text, target.sentence);
    await page.mouse.click(point.x, point.y);
    const selected = await paintedAt(page, { block, selector: ".reading-selection", expected: target.sentence.text, since: "down" });
    const saved = page.waitForResponse((r) => r.url().includes("/api/v1/") && r.request().method() !== "GET");
    await page.keyboard.press(STATUS_META[status].key);
    const painted = await paintedAt(page, { block, selector: `.claim--${status}`, expected: target.sentence.text, since: "key" });
    await saved;
    select.push(selected);
    paint.push(painted);
    total.push(selected + painted);
  }
  await page.close();

  const rows: ResultRow[] = [
    { measurement: "3. Tag in page: click → key → painted, p50", value: round(percentile(total, 50), 1), unit: "ms", baseline: null, target: null, met: null },
    { measurement: "3. Tag in page: click → key → painted, p95", value: round(percentile(total, 95), 1), unit: "ms", baseline: null, target: "< 50 ms", met: percentile(total, 95) < 50 },
  ];
  return {
    rows,
    details: {
      iterations: total.length,
      clickToSelectionMs: { p50: percentile(select, 50), p95: percentile(select, 95) },
      keyToHighlightMs: { p50: percentile(paint, 50), p95: percentile(paint, 95) },
      totalMs: { p50: percentile(total, 50), p95: percentile(total, 95), max: Math.max(...total) },
    },
  };
}
