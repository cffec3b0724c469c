/**
 * `npm run bench`: generates a long article, starts the built app on each engine (SQLite in a
 * temporary folder, PostgreSQL on a throw-away cluster) and measures, engine beside engine,
 * tagging through the API (and through two nodes on one PostgreSQL), opening and tagging in
 * Chromium, re-anchoring, exports and memory; then sentence splitting, which no engine touches.
 * Prints a table and writes bench/results/<timestamp>.json.
 *
 *   npm run bench -- --only=api,open          some measurements only (api, nodes, open, tag,
 *                                             reanchor, exports, sentences, memory)
 *   npm run bench -- --engines=sqlite         some engines only (sqlite, postgres)
 *
 * See docs/PERFORMANCE.md.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext } from "@playwright/test";
import type { Claim, Sentence } from "@/lib/api/dto";
import { buildTextModel, markdownToDoc } from "@/lib/text";
import { apiClient, type ApiClient } from "./api-client";
import { measureApiTagging, measureApiTaggingAcrossNodes, type ApiTaggingFigures } from "./api-tagging";
import { createAdminToken, signInCookie, startServer, type BenchServer } from "./bench-server";
import { launchChromium, signedInContext } from "./browser";
import { ENGINE_NAMES, startEngine, type BenchEngine, type EngineName } from "./engines/bench-engine";
import { measureExports } from "./exports";
import { generateArticle, type GeneratedArticle } from "./generate-article";
import { describeMachine } from "./machine";
import { measureMemory } from "./memory";
import { measureOpenArticle } from "./open-article";
import { installPageWatch } from "./page-watch";
import { formatMarkdownTable, formatTable, type EngineRows } from "./print-table";
import { measureReanchor } from "./reanchor";
import type { ResultRow } from "./result-row";
import { BIG_ARTICLE_COUNTS, seedArticle, type SeededArticle } from "./seed-article";
import { measureSentences } from "./sentences";
import { round } from "./stats";
import { measureTagInPage } from "./tag-in-page";

const SEED = 20250601;
const PARAGRAPHS = 1000;
/** App nodes on one PostgreSQL for the `nodes` measurement. */
const NODES = 2;
const MEASUREMENTS = ["api", "nodes", "open", "tag", "reanchor", "exports", "sentences", "memory"] as const;
type MeasurementName = (typeof MEASUREMENTS)[number];
type Measured = { rows: ResultRow[]; details: unknown };

const root = path.resolve(__dirname, "..", "..");

function listArgument<T extends string>(name: string, choices: readonly T[]): T[] {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (!arg) return [...choices];
  const names = arg.slice(`--${name}=`.length).split(",");
  const unknown = names.filter((n) => !(choices as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`Unknown ${name}: ${unknown.join(", ")}; choose among ${choices.join(", ")}`);
  return choices.filter((choice) => names.includes(choice));
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** One engine with its app running and the run's data on it. */
type Stage = {
  engine: BenchEngine;
  server: BenchServer;
  api: ApiClient;
  cookie: { name: string; value: string };
  big: SeededArticle;
  plainId: number;
  context: BrowserContext | null;
  apiFigures: ApiTaggingFigures | null;
  measured: Partial<Record<MeasurementName, Measured>>;
  setup: Record<string, number>;
};

/** What is running, so that an error or Ctrl-C stops it all: browser, app nodes, then the engines. */
class Running {
  browser: Browser | null = null;
  readonly servers = new Set<BenchServer>();
  readonly engines: BenchEngine[] = [];

  async startServer(engine: BenchEngine): Promise<BenchServer> {
    const server = await startServer({ engine });
    this.servers.add(server);
    return server;
  }

  async stopServer(server: BenchServer): Promise<void> {
    this.servers.delete(server);
    await server.stop();
  }

  async stopAll(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    this.browser = null;
    await Promise.allSettled([...this.servers].map((server) => server.stop()));
    this.servers.clear();
    await Promise.allSettled(this.engines.map((engine) => engine.stop()));
    this.engines.length = 0;
  }
}

async function prepareStage(running: Running, engine: BenchEngine, article: GeneratedArticle): Promise<Stage> {
  log(`${engine.label}: starting the built app`);
  const server = await running.startServer(engine);
  const api = apiClient(server.url, await createAdminToken(engine));
  const cookie = await signInCookie(server.url);
  log(`${engine.label}: seeding the big article through the API (${BIG_ARTICLE_COUNTS.claims} claims, ${BIG_ARTICLE_COUNTS.comments} comments, ${BIG_ARTICLE_COUNTS.sources} sources)`);
  const t0 = performance.now();
  const big = await seedArticle(api, article, { seed: SEED, counts: BIG_ARTICLE_COUNTS });
  const setup = { seedBigArticleS: round((performance.now() - t0) / 1000, 1) };
  const plain = await api.call<{ id: number }>("POST", "/articles", { title: `${article.title} — no claims`, language: article.language, markdown: article.markdown });
  return { engine, server, api, cookie, big, plainId: plain.id, context: null, apiFigures: null, measured: {}, setup };
}

/** A fresh copy of the text for a tagging run, and its sentences. */
async function taggingTarget(stage: Stage, article: GeneratedArticle, title: string): Promise<{ id: number; sentences: Sentence[] }> {
  const target = await stage.api.call<{ id: number }>("POST", "/articles", { title: `${article.title} — ${title}`, language: article.language, markdown: article.markdown });
  const { sentences } = await stage.api.call<{ sentences: Sentence[] }>("GET", `/articles/${target.id}/sentences`);
  return { id: target.id, sentences };
}

async function measureApi(stage: Stage, article: GeneratedArticle): Promise<void> {
  const { id, sentences } = await taggingTarget(stage, article, "API tagging");
  log(`1. ${stage.engine.label}: tagging through the API (8 clients, 20 s)`);
  const direct = { freshDatabaseUrl: await stage.engine.freshDatabase("direct_baseline"), openWriter: stage.engine.openDirectWriter };
  const { figures, ...measured } = await measureApiTagging({ origin: stage.server.url, token: stage.api.token, articleId: id, sentences, databaseUrl: stage.engine.databaseUrl, direct, seed: SEED });
  stage.measured.api = measured;
  stage.apiFigures = figures;
}

async function measureNodes(running: Running, stage: Stage, article: GeneratedArticle): Promise<void> {
  const { id, sentences } = await taggingTarget(stage, article, `API tagging, ${NODES} nodes`);
  log(`1. ${stage.engine.label}: tagging through the API, ${NODES} nodes on one database`);
  const others: BenchServer[] = [];
  try {
    for (let i = 1; i < NODES; i++) others.push(await running.startServer(stage.engine));
    stage.measured.nodes = await measureApiTaggingAcrossNodes({ origins: [stage.server.url, ...others.map((s) => s.url)], token: stage.api.token, articleId: id, sentences, seed: SEED, oneNode: stage.apiFigures! });
  } finally {
    for (const server of others) await running.stopServer(server);
  }
}

async function measureTag(stage: Stage): Promise<void> {
  const { api, big } = stage;
  // After re-anchoring the text has a new revision: read the article as it is now.
  const current = await api.call<{ text: string }>("GET", `/articles/${big.articleId}`);
  const { sentences } = await api.call<{ sentences: Sentence[] }>("GET", `/articles/${big.articleId}/sentences`);
  const { annotations } = await api.call<{ annotations: Claim[] }>("GET", `/articles/${big.articleId}/annotations`);
  stage.measured.tag = await measureTagInPage({ context: stage.context!, origin: stage.server.url, articleId: big.articleId, text: current.text, sentences, claims: annotations, seed: SEED });
}

async function measureMemoryAfterRestart(running: Running, stage: Stage, article: GeneratedArticle): Promise<void> {
  await running.stopServer(stage.server);
  stage.server = await running.startServer(stage.engine);
  const t0 = performance.now();
  stage.measured.memory = await measureMemory({ pid: stage.server.pid, api: apiClient(stage.server.url, stage.api.token), cookie: stage.cookie, article, bigArticleId: stage.big.articleId, databaseUrl: stage.engine.databaseUrl });
  stage.setup.memoryStepS = round((performance.now() - t0) / 1000, 1);
}

async function main(): Promise<void> {
  const only = new Set(listArgument("only", MEASUREMENTS));
  const engineNames = listArgument<EngineName>("engines", ENGINE_NAMES);
  const startedAt = new Date();
  const machine = describeMachine();
  const article = generateArticle({ seed: SEED, paragraphs: PARAGRAPHS });
  const text = buildTextModel(markdownToDoc(article.markdown)).text;
  log(`article: ${article.words} words, ${article.paragraphs} paragraphs, ${text.length} characters; engines: ${engineNames.join(", ")}`);
  if (only.has("nodes") && !engineNames.includes("postgres")) log(`nodes: left out, it runs on PostgreSQL only`);

  let sentences: Measured | null = null;
  if (only.has("sentences")) {
    log("6. sentence splitting");
    sentences = measureSentences({ text, language: article.language, words: article.words });
  }

  const needsServer = [...only].some((name) => name !== "sentences");
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-bench-"));
  const running = new Running();
  // Interrupted: stop the browser, the app nodes and the engines (the PostgreSQL cluster), remove
  // the files. A listener that stays (not `once`) also tells the cluster's guard that we handle
  // the signal. Later signals are ignored: Ctrl-C reaches this process twice, from the terminal
  // and relayed by tsx, and leaving on the second would leave the app nodes running.
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: stopping`);
      void running.stopAll().then(() => {
        fs.rmSync(workDir, { recursive: true, force: true });
        process.exit(1);
      });
    });
  }

  const stages: Stage[] = [];
  try {
    if (needsServer) {
      for (const name of engineNames) {
        log(`setting up ${name}`);
        const engine = await startEngine(name, workDir);
        running.engines.push(engine);
        stages.push(await prepareStage(running, engine, article));
      }
      // Each measurement on every engine in turn, so that load from other work on the machine
      // falls on both alike as far as it can.
      for (const stage of stages) {
        const runApi = only.has("api") || (only.has("nodes") && stage.engine.name === "postgres");
        if (runApi) await measureApi(stage, article);
        if (only.has("nodes") && stage.engine.name === "postgres") await measureNodes(running, stage, article);
      }
      if (only.has("open") || only.has("tag")) {
        running.browser = await launchChromium();
        for (const stage of stages) {
          stage.context = await signedInContext(running.browser, stage.server.url, stage.cookie);
          await installPageWatch(stage.context);
        }
      }
      if (only.has("open")) {
        for (const stage of stages) {
          log(`2. ${stage.engine.label}: opening the big article in Chromium`);
          stage.measured.open = await measureOpenArticle({ context: stage.context!, origin: stage.server.url, bigArticleId: stage.big.articleId, bigClaims: stage.big.claims.length, plainArticleId: stage.plainId });
        }
      }
      if (only.has("exports")) {
        for (const stage of stages) {
          log(`5. ${stage.engine.label}: exports`);
          stage.measured.exports = await measureExports({ origin: stage.server.url, token: stage.api.token, articleId: stage.big.articleId });
        }
      }
      if (only.has("reanchor")) {
        for (const stage of stages) {
          log(`4. ${stage.engine.label}: re-anchoring after an edit`);
          const copyUrl = await stage.engine.copyDatabase("reanchor_copy");
          stage.measured.reanchor = await measureReanchor({ api: stage.api, copyUrl, articleId: stage.big.articleId });
        }
      }
      if (only.has("tag")) {
        for (const stage of stages) {
          log(`3. ${stage.engine.label}: tagging in the page (50 times)`);
          await measureTag(stage);
        }
      }
      await running.browser?.close();
      running.browser = null;
      if (only.has("memory")) {
        for (const stage of stages) {
          log(`7. ${stage.engine.label}: memory: restarting the app, then 50 big articles loaded and opened`);
          await measureMemoryAfterRestart(running, stage, article);
        }
      }
    }
  } catch (error) {
    // Interrupted, the requests in flight fail as the apps stop: that is no error of theirs.
    if (stopping) throw new Error("Interrupted.");
    for (const server of running.servers) process.stderr.write(`\nThe app's last output (${server.url}):\n${server.output().slice(-5000)}\n`);
    throw error;
  } finally {
    await running.stopAll();
    fs.rmSync(workDir, { recursive: true, force: true });
  }

  const order: MeasurementName[] = ["api", "nodes", "open", "tag", "reanchor", "exports", "memory"];
  const engineRows: EngineRows[] = stages.map((stage) => ({ label: stage.engine.label, rows: order.flatMap((name) => stage.measured[name]?.rows ?? []) }));
  const engineFree: EngineRows[] = sentences ? [{ label: "value", rows: sentences.rows }] : [];
  const finishedAt = new Date();
  const loadAverageAtEnd = os.loadavg().map((n) => Math.round(n * 100) / 100);
  const report = {
    startedAt: startedAt.toISOString(),
    durationS: round((finishedAt.getTime() - startedAt.getTime()) / 1000, 1),
    seed: SEED,
    machine: { ...machine, loadAverageAtEnd },
    article: { words: article.words, paragraphs: article.paragraphs, characters: text.length, language: article.language, ...BIG_ARTICLE_COUNTS },
    engines: Object.fromEntries(
      stages.map((stage) => [
        stage.engine.name,
        {
          settings: stage.engine.settings,
          setup: stage.setup,
          rows: order.flatMap((name) => stage.measured[name]?.rows ?? []),
          details: Object.fromEntries(order.filter((name) => stage.measured[name]).map((name) => [name, stage.measured[name]!.details])),
        },
      ]),
    ),
    withoutEngine: sentences ? { rows: sentences.rows, details: { sentences: sentences.details } } : null,
    markdownTable: [engineRows.length > 0 ? formatMarkdownTable(engineRows) : "", engineFree.length > 0 ? formatMarkdownTable(engineFree) : ""].filter(Boolean).join("\n\n"),
  };
  const file = path.join(root, "bench", "results", `${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

  const allRows = [...engineRows, ...engineFree].flatMap((e) => e.rows);
  console.log(`\nClaimcheck benchmark — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.chromium}`);
  console.log(`Load average (1, 5, 15 min) at start ${machine.loadAverage.join(", ")}, at end ${loadAverageAtEnd.join(", ")}`);
  console.log(`Article: ${article.words} words, ${article.paragraphs} paragraphs, ${BIG_ARTICLE_COUNTS.claims} claims, ${BIG_ARTICLE_COUNTS.comments} comments, ${BIG_ARTICLE_COUNTS.sources} sources (seed ${SEED})`);
  for (const stage of stages) console.log(`${stage.engine.label}: ${Object.entries(stage.engine.settings).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  if (engineRows.length > 0) console.log(`\n${formatTable(engineRows)}`);
  if (engineFree.length > 0) console.log(`\nWithout a database:\n${formatTable(engineFree)}`);
  console.log(`\n${allRows.filter((r) => r.met === false).length} target(s) not met. Run took ${report.durationS} s. Details: ${path.relative(root, file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
