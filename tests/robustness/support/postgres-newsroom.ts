import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { startBuiltApp, type BuiltApp } from "@/scripts/built-app";
import { startThrowawayPostgres, type ThrowawayPostgres } from "@/scripts/postgres/throwaway-postgres";
import { createTokenOnSettingsPage, signIn } from "./browser-session";

export const NEWSROOM_ADMIN = { email: "newsroom-admin@example.org", password: "robustness-password-1" };

/** One `next start` of the built app on the newsroom's PostgreSQL. */
export type AppNode = BuiltApp & { name: string };

/**
 * Several nodes of the built app serving one newsroom: a throw-away PostgreSQL cluster of its own
 * (so a test may stop it), the same DATABASE_URL and BETTER_AUTH_SECRET on every node, an admin
 * from the environment and the demo article.
 */
export type PostgresNewsroom = {
  postgres: ThrowawayPostgres;
  databaseUrl: string;
  nodes: AppNode[];
  /** A pool on the newsroom's database, for checks beside the API. */
  sql: pg.Pool;
  /** Starts one more node (e.g. in place of a killed one) and adds it to `nodes`. */
  startNode: (name: string) => Promise<AppNode>;
  /**
   * A personal API token of the admin, made on a node's settings page as a person would (which
   * also proves a session on that node).
   */
  adminToken: (node?: AppNode) => Promise<string>;
  stop: () => Promise<void>;
};

/**
 * Resolves once the node has made itself ready (migrated, seeded, admin created): /api/v1/me
 * answers 401 to nobody. startBuiltApp already waited for the first answer of any kind.
 */
async function waitUntilReady(node: BuiltApp): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last = "";
  while (Date.now() < deadline) {
    const answer = await fetch(`${node.url}/api/v1/me`).catch((error: Error) => error);
    if (!(answer instanceof Error) && answer.status === 401) return;
    last = answer instanceof Error ? answer.message : `${answer.status} ${await answer.text()}`;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The node did not become ready within 60 s (last answer: ${last}):\n${node.output()}`);
}

export async function startPostgresNewsroom({ nodes: count = 2, env: extraEnv = {} }: { nodes?: number; env?: Record<string, string> } = {}): Promise<PostgresNewsroom> {
  const postgres = await startThrowawayPostgres({ database: "newsroom" });
  const databaseUrl = postgres.url;
  const env = {
    BETTER_AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    CLAIMCHECK_ADMIN_EMAIL: NEWSROOM_ADMIN.email,
    CLAIMCHECK_ADMIN_PASSWORD: NEWSROOM_ADMIN.password,
    CLAIMCHECK_SEED_DEMO: "1",
    ...extraEnv,
  };
  const nodes: AppNode[] = [];
  const sql = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // Checks may run while the server is stopped: a dropped idle connection is not a test failure.
  sql.on("error", () => undefined);

  const startNode = async (name: string): Promise<AppNode> => {
    const app = await startBuiltApp({ databaseUrl, env });
    const node = Object.assign(app, { name });
    nodes.push(node);
    await waitUntilReady(node);
    return node;
  };
  const stop = async () => {
    await Promise.all(nodes.map((node) => node.stop()));
    await sql.end().catch(() => undefined);
    await postgres.stop();
  };

  try {
    // Started together, so they migrate and seed at the same moment, as a newsroom's nodes would.
    await Promise.all(Array.from({ length: count }, (_, i) => startNode(String.fromCharCode(65 + i))));
  } catch (error) {
    await stop();
    throw error;
  }
  nodes.sort((a, b) => a.name.localeCompare(b.name));

  const adminToken = async (node = nodes[0]) => createTokenOnSettingsPage(node.url, await signIn(node.url, NEWSROOM_ADMIN), "robustness");
  return { postgres, databaseUrl, nodes, sql, startNode, adminToken, stop };
}

/**
 * A newsroom for one test file: started before its tests, stopped after them. A start that fails
 * (PostgreSQL missing, a node that cannot start) fails every test of the file with its error,
 * rather than leaving them reported as skipped.
 */
export function usePostgresNewsroom(options: Parameters<typeof startPostgresNewsroom>[0] = {}): () => PostgresNewsroom {
  let newsroom: PostgresNewsroom | undefined;
  let startError: unknown;
  beforeAll(async () => {
    try {
      newsroom = await startPostgresNewsroom(options);
    } catch (error) {
      startError = error;
    }
  }, 120_000);
  afterAll(async () => {
    await newsroom?.stop();
  }, 60_000);
  return () => {
    if (startError) throw startError;
    if (!newsroom) throw new Error("usePostgresNewsroom(): the newsroom is there from beforeAll on");
    return newsroom;
  };
}

/**
 * An English article of `count` short sentences made through node A's API, and each sentence's
 * span: what the writers of a robustness test tag. Throws if the API refuses it.
 */
export async function createSentenceArticle(room: PostgresNewsroom, token: string, { title, sentence }: { title: string; sentence: (n: number) => string }, count = 30): Promise<{ articleId: number; spans: { start: number; end: number }[] }> {
  const text = Array.from({ length: count }, (_, i) => sentence(i + 1)).join(" ");
  const answer = await fetch(`${room.nodes[0].url}/api/v1/articles`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ title, language: "en", text }),
  });
  if (answer.status !== 201) throw new Error(`creating "${title}" answered ${answer.status}: ${await answer.text()}`);
  const { id } = (await answer.json()) as { id: number };
  const spans = [...text.matchAll(/[^.\s][^.]*\./g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { articleId: id, spans };
}
