/**
 * Times, on the page's own clock, how long the page takes to show the answer to an input: from
 * the input event's timestamp to the end of the first frame that draws the expected change.
 *
 * The watch is armed before the input is sent, so the harness's round trips to the browser are
 * not counted: a loop of animation frames checks the DOM on every frame and, once the change is
 * there, notes the time from a task queued behind that frame's rendering.
 */
import type { BrowserContext, Page } from "@playwright/test";

// Plain JavaScript, installed with addInitScript (so no bundler helper ever reaches the page).
const PAGE_SCRIPT = `
(() => {
  const inputs = {};
  for (const type of ["mousedown", "mouseup", "keydown"]) {
    window.addEventListener(type, (event) => { inputs[type] = event.timeStamp; }, { capture: true });
  }
  // The browser's own measure (Event Timing, as for INP): input timestamp to the next paint after
  // its handlers ran. Only events of 16 ms or more are reported.
  const eventEntries = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) eventEntries.push({ name: e.name, startTime: e.startTime, duration: e.duration }); })
    .observe({ type: "event", durationThreshold: 16, buffered: true });
  // Text of the elements matching selector inside root, grouped by claim id (or all together).
  const groupsOf = (root, selector) => {
    const groups = new Map();
    for (const element of root.querySelectorAll(selector)) {
      const key = element.getAttribute("data-claim-id") ?? "all";
      let text = "";
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement.closest(".claim-icon")) text += node.textContent;
      }
      groups.set(key, (groups.get(key) ?? "") + text);
    }
    return [...groups.values()];
  };
  const checks = {
    exists: ({ selector }) => document.querySelector(selector) !== null,
    spanText: ({ block, selector, expected }) => {
      const root = document.querySelector(".article-text")?.children[block];
      return root ? groupsOf(root, selector).includes(expected) : false;
    },
  };
  window.__benchWatch = {
    arm(kind, args, since) {
      const watch = { since, done: false, ms: null };
      window.__benchWatch.current = watch;
      const frame = () => {
        if (checks[kind](args)) {
          setTimeout(() => {
            watch.ms = performance.now() - inputs[since];
            // Event Timing entries arrive a little after the paint.
            setTimeout(() => {
              const entry = eventEntries.find((e) => e.name === since && Math.abs(e.startTime - inputs[since]) < 0.01);
              watch.eventMs = entry ? entry.duration : null;
              watch.done = true;
            }, 50);
          }, 0);
          return;
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
  };
})();
`;

export type WatchKind = { kind: "exists"; args: { selector: string } } | { kind: "spanText"; args: { block: number; selector: string; expected: string } };

export async function installPageWatch(context: BrowserContext): Promise<void> {
  await context.addInitScript(PAGE_SCRIPT);
}

/** Arms a watch; `since` names the input whose timestamp starts the clock. */
export async function armWatch(page: Page, watch: WatchKind, since: "mousedown" | "mouseup" | "keydown"): Promise<void> {
  await page.evaluate(({ kind, args, since }) => (window as unknown as { __benchWatch: { arm: (k: string, a: unknown, s: string) => void } }).__benchWatch.arm(kind, args, since), { ...watch, since });
}

/**
 * Milliseconds from the input to the end of the frame that showed the change (waits for it), and
 * the browser's Event Timing duration of the same input (null when under 16 ms, which it does not
 * report) as a cross-check.
 */
export async function watchResult(page: Page, timeout = 10_000): Promise<{ ms: number; eventMs: number | null }> {
  const handle = await page.waitForFunction(
    () => {
      const watch = (window as unknown as { __benchWatch: { current: { done: boolean; ms: number } } }).__benchWatch.current;
      return watch.done ? { ms: watch.ms, eventMs: (watch as unknown as { eventMs: number | null }).eventMs ?? null } : false;
    },
    undefined,
    { polling: 20, timeout },
  );
  return (await handle.jsonValue()) as { ms: number; eventMs: number | null };
}
