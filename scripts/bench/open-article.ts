/**
 * 2. Opening the big article in Chromium: from navigation start to every claim's highlight drawn
 * and the page answering a key ("j" selects the next sentence, whose outline must be drawn).
 * Baseline: the same text with no claims (drawn = the editor shows the text). One warm-up
 * load, then the median of five. Times are the page's own clock (performance.now(), which starts
 * at navigation): the first animation frame with every highlight, plus the time from the key's
 * press to the end of the frame that draws its answer (page-watch.ts), so the harness's round
 * trip between the two is not counted.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { armWatch, watchResult } from "./page-watch";
import type { ResultRow } from "./result-row";
import { median, round } from "./stats";

const RUNS = 5;

export type OpenPhases = { responseStart: number; domContentLoaded: number; editor: number; highlights: number; keyMs: number; keyAnswered: number };

async function openOnce(page: Page, url: string, claims: number): Promise<OpenPhases> {
  await page.goto(url, { waitUntil: "commit" });
  // Records, on the first animation frame where each holds, when the editor and all highlights are there.
  await page.waitForFunction(
    (expected) => {
      const w = window as unknown as { __bench?: Record<string, number> };
      const marks = (w.__bench ??= {});
      const editor = document.querySelector(".article-text");
      if (editor && (editor.textContent ?? "").length > 0) marks.editor ??= performance.now();
      const drawn = editor ? editor.querySelectorAll(".claim-icon").length : 0;
      if (marks.editor !== undefined && drawn >= expected) marks.highlights ??= performance.now();
      return marks.highlights !== undefined;
    },
    claims,
    { polling: "raf", timeout: 60_000 },
  );
  await armWatch(page, { kind: "exists", args: { selector: ".article-text .reading-selection" } }, "keydown");
  await page.keyboard.press("j");
  const { ms: keyMs } = await watchResult(page, 30_000);
  return page.evaluate((keyMs) => {
    const marks = (window as unknown as { __bench: Record<string, number> }).__bench;
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return { responseStart: nav.responseStart, domContentLoaded: nav.domContentLoadedEventEnd, editor: marks.editor, highlights: marks.highlights, keyMs, keyAnswered: marks.highlights + keyMs };
  }, keyMs);
}

async function openMedian(context: BrowserContext, url: string, claims: number): Promise<{ median: OpenPhases; runs: OpenPhases[] }> {
  const page = await context.newPage();
  await openOnce(page, url, claims);
  const runs: OpenPhases[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await openOnce(page, url, claims));
  await page.close();
  const pick = (key: keyof OpenPhases) => round(median(runs.map((r) => r[key])), 0);
  return { median: { responseStart: pick("responseStart"), domContentLoaded: pick("domContentLoaded"), editor: pick("editor"), highlights: pick("highlights"), keyMs: pick("keyMs"), keyAnswered: pick("keyAnswered") }, runs };
}

export async function measureOpenArticle({ context, origin, bigArticleId, bigClaims, plainArticleId }: { context: BrowserContext; origin: string; bigArticleId: number; bigClaims: number; plainArticleId: number }) {
  const big = await openMedian(context, `${origin}/articles/${bigArticleId}`, bigClaims);
  const plain = await openMedian(context, `${origin}/articles/${plainArticleId}`, 0);
  const value = big.median.keyAnswered;
  const baseline = plain.median.keyAnswered;
  const rows: ResultRow[] = [
    { measurement: "2. Open big article: all highlights + key answered", value, unit: "ms", baseline, target: "≤ 1500 ms", met: value <= 1500 },
    { measurement: "2. Open big article: vs. no claims", value: round(value / baseline, 2), unit: "×", baseline: null, target: "≤ 1.5×", met: value <= 1.5 * baseline },
  ];
  return { rows, details: { big, plain } };
}
