/**
 * The engines the benchmark measures the app on. Everything that differs between SQLite and
 * PostgreSQL — making the database, copying it, the engine's own driver for the baseline of the
 * API writes — lives in this folder; the measurements get URLs and these functions.
 */
import { startPostgresEngine } from "./postgres-engine";
import { startSqliteEngine } from "./sqlite-engine";

export const ENGINE_NAMES = ["sqlite", "postgres"] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** One write of the API replayed straight through the engine's driver: the claim or its update, and its event. */
export type DirectWrite =
  | { kind: "create"; articleId: number; revision: number; start: number; end: number; exact: string; prefix: string; suffix: string; status: string; authorId: string | null; event: DirectEvent }
  | { kind: "update"; claimId: number; version: number; status: string; event: DirectEvent };
/** An event row; `before` and `after` already serialised to JSON text. */
export type DirectEvent = { articleId: number; actorId: string | null; type: string; before: string | null; after: string | null; createdAt: string };

/** The engine's driver on one database, one transaction per write, no ORM and no app. */
export type DirectWriter = {
  /** Inserts the claim and its event; answers the new claim's id. */
  create: (write: Extract<DirectWrite, { kind: "create" }>) => Promise<number>;
  /** Updates the claim at its version and inserts the event; answers the new version. */
  update: (write: Extract<DirectWrite, { kind: "update" }>) => Promise<number>;
  close: () => Promise<void>;
};

export type BenchEngine = {
  name: EngineName;
  /** For tables: "SQLite", "PostgreSQL". */
  label: string;
  /** The app's database. */
  databaseUrl: string;
  /** Environment every app node on this engine gets on top of the benchmark's own. */
  appEnv: Record<string, string>;
  /** How the engine is set up, for the JSON file. */
  settings: Record<string, string | number>;
  /** An empty database of its own (migrated when first opened). */
  freshDatabase: (name: string) => Promise<string>;
  /** A copy of the app's database, taken while the app runs. */
  copyDatabase: (name: string) => Promise<string>;
  openDirectWriter: (databaseUrl: string) => Promise<DirectWriter>;
  /** Removes everything the engine made (files, cluster). */
  stop: () => Promise<void>;
};

/** Sets up an engine: a file in `workDir` for SQLite, a throw-away cluster for PostgreSQL. */
export function startEngine(name: EngineName, workDir: string): Promise<BenchEngine> {
  return name === "sqlite" ? startSqliteEngine(workDir) : startPostgresEngine();
}
