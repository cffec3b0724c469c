/**
 * `npm run bench`: generates a long article, starts the built app on a throw-away database and
 * measures tagging through the API, opening and tagging in Chromium, re-anchoring, exports,
 * sentence splitting and memory. Prints a table and writes bench/results/<timestamp>.json.
 * `npm run bench -- --only=api,open` runs some measurements only (api, open, tag, reanchor,
 * exports, sentences, memory). See docs/PERFORMANCE.md.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext } from "@playwright/test";
import type { Claim, Sentence } from "@/lib/api/dto";
import { buildTextModel, markdownToDoc } from "@/lib/text";
import { apiClient } from "./api-client";
import { measureApiTagging } from "./api-tagging";
import { createAdminToken, signInCookie, startServer, type BenchServer } from "./bench-server";
import { launchChromium, signedInContext } from "./browser";
import { measureExports } from "./exports";
import { generateArticle } from "./generate-article";
import { describeMachine } from "./machine";
import { measureMemory } from "./memory";
import { measureOpenArticle } from "./open-article";
import { installPageWatch } from "./page-watch";
import { formatTable } from "./print-table";
import { measureReanchor } from "./reanchor";
import type { ResultRow } from "./result-row";
import { BIG_ARTICLE_COUNTS, seedArticle } from "./seed-article";
import { measureSentences } from "./sentences";
import { round } from "./stats";
import { measureTagInPage } from "./tag-in-page";

const SEED = 20250601;
const PARAGRAPHS = 1000;
const MEASUREMENTS = ["api", "open", "tag", "reanchor", "exports", "sentences", "memory"] as const;
type MeasurementName = (typeof MEASUREMENTS)[number];
type Measured = { rows: ResultRow[]; details: unknown };

const root = path.resolve(__dirname, "..", "..");

function selected(): Set<MeasurementName> {
  const arg = process.argv.find((a) => a.startsWith("--only="));
  if (!arg) return new Set(MEASUREMENTS);
  const names = arg.slice("--only=".length).split(",");
  const unknown = names.filter((n) => !(MEASUREMENTS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`Unknown measurement(s): ${unknown.join(", ")}; choose among ${MEASUREMENTS.join(", ")}`);
  return new Set(names as MeasurementName[]);
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

async function main(): Promise<void> {
  const only = selected();
  const startedAt = new Date();
  const machine = describeMachine();
  const article = generateArticle({ seed: SEED, paragraphs: PARAGRAPHS });
  const text = buildTextModel(markdownToDoc(article.markdown)).text;
  log(`article: ${article.words} words, ${article.paragraphs} paragraphs, ${text.length} characters`);
  const measured: Partial<Record<MeasurementName, Measured>> = {};
  const setup: Record<string, number> = {};

  if (only.has("sentences")) {
    log("6. sentence splitting");
    measured.sentences = measureSentences({ text, language: article.language, words: article.words });
  }

  const needsServer = [...only].some((name) => name !== "sentences");
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-bench-"));
  const databaseFile = path.join(workDir, "claimcheck.db");
  let server: BenchServer | null = null;
  let browser: Browser | null = null;
  // Interrupted: stop the app and remove its database before going.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping`);
      void Promise.allSettled([browser?.close(), server?.stop()]).then(() => {
        fs.rmSync(workDir, { recursive: true, force: true });
        process.exit(1);
      });
    });
  }
  try {
    if (needsServer) {
      log("starting the built app on a throw-away database");
      server = await startServer({ databaseFile });
      const api = apiClient(server.url, await createAdminToken(databaseFile));
      const cookie = await signInCookie(server.url);

      log(`seeding the big article through the API (${BIG_ARTICLE_COUNTS.claims} claims, ${BIG_ARTICLE_COUNTS.comments} comments, ${BIG_ARTICLE_COUNTS.sources} sources)`);
      let t0 = performance.now();
      const big = await seedArticle(api, article, { seed: SEED, counts: BIG_ARTICLE_COUNTS });
      setup.seedBigArticleS = round((performance.now() - t0) / 1000, 1);
      const plain = await api.call<{ id: number }>("POST", "/articles", { title: `${article.title} — no claims`, language: article.language, markdown: article.markdown });

      if (only.has("api")) {
        const target = await api.call<{ id: number }>("POST", "/articles", { title: `${article.title} — API tagging`, language: article.language, markdown: article.markdown });
        const { sentences } = await api.call<{ sentences: Sentence[] }>("GET", `/articles/${target.id}/sentences`);
        log("1. tagging through the API (8 clients, 20 s)");
        measured.api = await measureApiTagging({ origin: server.url, token: api.token, articleId: target.id, sentences, serverDbFile: databaseFile, workDir, seed: SEED });
      }

      let context: BrowserContext | null = null;
      if (only.has("open") || only.has("tag")) {
        browser = await launchChromium();
        context = await signedInContext(browser, server.url, cookie);
        await installPageWatch(context);
      }
      if (only.has("open")) {
        log("2. opening the big article in Chromium");
        measured.open = await measureOpenArticle({ context: context!, origin: server.url, bigArticleId: big.articleId, bigClaims: big.claims.length, plainArticleId: plain.id });
      }
      if (only.has("exports")) {
        log("5. exports");
        measured.exports = await measureExports({ origin: server.url, token: api.token, articleId: big.articleId });
      }
      if (only.has("reanchor")) {
        log("4. re-anchoring after an edit");
        measured.reanchor = await measureReanchor({ api, serverDbFile: databaseFile, copyFile: path.join(workDir, "reanchor-copy.db"), articleId: big.articleId });
      }
      if (only.has("tag")) {
        log("3. tagging in the page (50 times)");
        // After re-anchoring the text has a new revision: read the article as it is now.
        const current = await api.call<{ text: string }>("GET", `/articles/${big.articleId}`);
        const { sentences } = await api.call<{ sentences: Sentence[] }>("GET", `/articles/${big.articleId}/sentences`);
        const { annotations } = await api.call<{ annotations: Claim[] }>("GET", `/articles/${big.articleId}/annotations`);
        measured.tag = await measureTagInPage({ context: context!, origin: server.url, articleId: big.articleId, text: current.text, sentences, claims: annotations, seed: SEED });
      }
      if (browser) {
        await browser.close();
        browser = null;
      }

      if (only.has("memory")) {
        log("7. memory: restarting the app, then 50 big articles loaded and opened");
        await server.stop();
        server = await startServer({ databaseFile });
        t0 = performance.now();
        measured.memory = await measureMemory({ pid: server.pid, api: apiClient(server.url, api.token), cookie, article, bigArticleId: big.articleId, serverDbFile: databaseFile });
        setup.memoryStepS = round((performance.now() - t0) / 1000, 1);
      }
    }
  } catch (error) {
    if (server) process.stderr.write(`\nThe app's last output:\n${server.output().slice(-5000)}\n`);
    throw error;
  } finally {
    await browser?.close();
    await server?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  }

  const order: MeasurementName[] = ["api", "open", "tag", "reanchor", "exports", "sentences", "memory"];
  const rows = order.flatMap((name) => measured[name]?.rows ?? []);
  const finishedAt = new Date();
  const loadAverageAtEnd = os.loadavg().map((n) => Math.round(n * 100) / 100);
  const report = {
    startedAt: startedAt.toISOString(),
    durationS: round((finishedAt.getTime() - startedAt.getTime()) / 1000, 1),
    seed: SEED,
    machine: { ...machine, loadAverageAtEnd },
    article: { words: article.words, paragraphs: article.paragraphs, characters: text.length, language: article.language, ...BIG_ARTICLE_COUNTS },
    setup,
    rows,
    details: Object.fromEntries(order.filter((name) => measured[name]).map((name) => [name, measured[name]!.details])),
  };
  const file = path.join(root, "bench", "results", `${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

  console.log(`\nClaimcheck benchmark — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.chromium}`);
  console.log(`Load average (1, 5, 15 min) at start ${machine.loadAverage.join(", ")}, at end ${loadAverageAtEnd.join(", ")}`);
  console.log(`Article: ${article.words} words, ${article.paragraphs} paragraphs, ${BIG_ARTICLE_COUNTS.claims} claims, ${BIG_ARTICLE_COUNTS.comments} comments, ${BIG_ARTICLE_COUNTS.sources} sources (seed ${SEED})\n`);
  console.log(formatTable(rows));
  console.log(`\n${rows.filter((r) => r.met === false).length} target(s) not met. Run took ${report.durationS} s. Details: ${path.relative(root, file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
