/**
 * 3. Tagging in the page, 50 times on the big article: click a sentence (its outline drawn),
 * then press a status key (its highlight drawn). Half the sentences are untagged (a new claim),
 * half carry a claim of their own (its status changes). Each step is timed on the page's clock,
 * from the input event's timestamp (the button's release for the click: the workspace selects on
 * mouseup; the key press) to the end of the first frame that draws the result (see
 * page-watch.ts), so the harness's own round trips are not counted. Each step then waits for the
 * server's answer before the next one.
 */
import fs from "node:fs";
import type { BrowserContext, Page } from "@playwright/test";
import type { Claim, Sentence } from "@/lib/api/dto";
import { CLAIM_STATUSES, STATUS_META, type ClaimStatus } from "@/lib/claims/statuses";
import { createRng, pick } from "./generate-article";
import { armWatch, watchResult } from "./page-watch";
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

function shuffled<T>(rng: () => number, list: T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** Untagged sentences and sentences tagged exactly (no other claim inside), alternating. */
function chooseTargets(seed: number, sentences: Sentence[], claims: Claim[]): Target[] {
  const rng = createRng(seed);
  const overlapping = (s: Sentence) => claims.filter((c) => c.start < s.end && c.end > s.start);
  const untagged = shuffled(rng, sentences.filter((s) => overlapping(s).length === 0)).map((sentence): Target => ({ sentence, current: null }));
  const tagged = shuffled(
    rng,
    sentences.flatMap((s): Target[] => {
      const on = overlapping(s);
      return on.length === 1 && on[0].start === s.start && on[0].end === s.end ? [{ sentence: s, current: on[0].status }] : [];
    }),
  );
  const half = ITERATIONS / 2;
  if (untagged.length < half || tagged.length < half) throw new Error(`Tagging in the page needs ${half} untagged and ${half} singly tagged sentences; the article has ${untagged.length} and ${tagged.length}.`);
  return Array.from({ length: ITERATIONS }, (_, i) => (i % 2 === 0 ? untagged[i / 2] : tagged[(i - 1) / 2]));
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

export async function measureTagInPage({ context, origin, articleId, text, sentences, claims, seed }: { context: BrowserContext; origin: string; articleId: number; text: string; sentences: Sentence[]; claims: Claim[]; seed: number }) {
  const page = await context.newPage();
  await page.goto(`${origin}/articles/${articleId}`);
  await page.waitForFunction((n) => document.querySelectorAll(".article-text .claim-icon").length >= n, claims.filter((c) => !c.orphaned).length, { timeout: 60_000 });

  // CLAIMCHECK_BENCH_TRACE=file records a Chromium performance trace of the 50 taggings (open it
  // in DevTools' Performance panel).
  const tracePath = process.env.CLAIMCHECK_BENCH_TRACE;
  if (tracePath) await context.browser()!.startTracing(page, { path: tracePath, screenshots: false, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "v8.execute"] });

  // CLAIMCHECK_BENCH_PAGE_PROFILE=file writes a JavaScript CPU profile of the page during them.
  const profilePath = process.env.CLAIMCHECK_BENCH_PAGE_PROFILE;
  const cdp = profilePath ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
  }

  const rng = createRng(seed + 1);
  const select: number[] = [];
  const paint: number[] = [];
  const total: number[] = [];
  const eventTiming: { click: number[]; key: number[] } = { click: [], key: [] };
  for (const target of chooseTargets(seed, sentences, claims)) {
    const { block } = blockPosition(text, target.sentence.start);
    const status = pick(rng, CLAIM_STATUSES.filter((s) => s !== target.current));
    const point = await pointOf(page, text, target.sentence);
    await page.mouse.move(point.x, point.y);
    await armWatch(page, { kind: "spanText", args: { block, selector: ".reading-selection", expected: target.sentence.text } }, "mouseup");
    await page.mouse.down();
    await page.mouse.up();
    const click = await watchResult(page);
    const saved = page.waitForResponse((r) => r.url().includes("/api/v1/") && r.request().method() !== "GET");
    await armWatch(page, { kind: "spanText", args: { block, selector: `.claim--${status}`, expected: target.sentence.text } }, "keydown");
    await page.keyboard.press(STATUS_META[status].key);
    const key = await watchResult(page);
    await saved;
    select.push(click.ms);
    paint.push(key.ms);
    total.push(click.ms + key.ms);
    // Under 16 ms the browser reports no Event Timing entry: count it as 16.
    eventTiming.click.push(click.eventMs ?? 16);
    eventTiming.key.push(key.eventMs ?? 16);
  }
  if (tracePath) await context.browser()!.stopTracing();
  if (cdp && profilePath) fs.writeFileSync(profilePath, JSON.stringify((await cdp.send("Profiler.stop")).profile));
  await page.close();

  const rows: ResultRow[] = [
    { measurement: "3. Tag in page: click → sentence outlined, p95", value: round(percentile(select, 95), 1), unit: "ms", baseline: null, target: "< 50 ms", met: percentile(select, 95) < 50 },
    { measurement: "3. Tag in page: status key → highlight, p95", value: round(percentile(paint, 95), 1), unit: "ms", baseline: null, target: "< 50 ms", met: percentile(paint, 95) < 50 },
    { measurement: "3. Tag in page: click + key, sum p50", value: round(percentile(total, 50), 1), unit: "ms", baseline: null, target: null, met: null },
    { measurement: "3. Tag in page: click + key, sum p95", value: round(percentile(total, 95), 1), unit: "ms", baseline: null, target: "< 50 ms", met: percentile(total, 95) < 50 },
  ];
  return {
    rows,
    details: {
      iterations: total.length,
      clickToSelectionMs: { p50: percentile(select, 50), p95: percentile(select, 95) },
      keyToHighlightMs: { p50: percentile(paint, 50), p95: percentile(paint, 95) },
      totalMs: { p50: percentile(total, 50), p95: percentile(total, 95), max: Math.max(...total) },
      eventTimingMs: {
        click: { p50: percentile(eventTiming.click, 50), p95: percentile(eventTiming.click, 95) },
        key: { p50: percentile(eventTiming.key, 50), p95: percentile(eventTiming.key, 95) },
      },
    },
  };
}
