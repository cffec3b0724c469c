/**
 * A throw-away PostgreSQL cluster for tests and local runs: initdb in a temporary folder, a server
 * on a free port of 127.0.0.1 (and a Unix socket in that folder), removed again by `stop()`.
 * As root the binaries run as the `postgres` user (initdb refuses root); otherwise as the caller.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { destroyClusterSync, guardCluster, postmasterPid } from "./cluster-guard";
import { findPostgresBinaries } from "./find-postgres-binaries";
import { findFreePort } from "./free-port";
import { runPostgresCommand, type PostgresRunner } from "./postgres-command";

export type ThrowawayPostgresOptions = {
  /** The database created for the caller; `url` points at it. Default `claimcheck_test`. */
  database?: string;
  /** Where the cluster's temporary folder goes. Default: the OS temporary folder. */
  parentDir?: string;
  /** The user the binaries run as when the caller is root. Default `postgres` (Debian's package creates it). */
  runAs?: string;
  /** Extra server settings (postgresql.conf names), added after the defaults below. */
  settings?: Record<string, string | number | boolean>;
  /** Stop the cluster on SIGINT/SIGTERM. Default true; a caller that handles the signals itself says false. */
  stopOnSignals?: boolean;
};

/** Everything needed to use a running cluster from another process; plain data, so vitest can `provide` it. */
export type PostgresClusterDescriptor = {
  url: string;
  host: string;
  port: number;
  user: string;
  database: string;
  socketDir: string;
  dataDir: string;
  logFile: string;
  baseDir: string;
  binDir: string;
  runAs: string | null;
};

/** A running cluster: its databases, and stopping and starting its server on the same port. */
export type PostgresCluster = {
  url: string;
  port: number;
  dataDir: string;
  socketDir: string;
  descriptor: PostgresClusterDescriptor;
  /** The URL of `database` on this cluster. */
  urlFor: (database: string) => string;
  /** Creates an empty database (from template0 unless said otherwise) and returns its URL. */
  createDatabase: (name: string, options?: { template?: string }) => Promise<string>;
  /** Drops a database, disconnecting whoever is still on it. */
  dropDatabase: (name: string) => Promise<void>;
  /** Stops the server and keeps its data: `fast` is a clean shutdown, `immediate` a crash. */
  stopPostgres: (options?: { mode?: "fast" | "immediate" }) => Promise<void>;
  /** Starts the stopped server again, on the same port. */
  startPostgres: () => Promise<void>;
  /** The last lines of the server's log, for error messages. */
  logTail: (lines?: number) => string;
};

/** A cluster this process started: `stop()` ends the server and deletes its folder. */
export type ThrowawayPostgres = PostgresCluster & { stop: () => Promise<void> };

const USER = "postgres";
const HOST = "127.0.0.1";
const PORT_ATTEMPTS = 5;
// A Unix socket path must fit in sockaddr_un (108 bytes on Linux, 104 on macOS).
const MAX_SOCKET_PATH = 100;
const LOG_HEADING = "--- last lines of the server log ---";

/**
 * Settings of every throw-away cluster. fsync is off: it only protects against the machine
 * losing power or the kernel crashing, which no test does. With it off, each commit is still
 * written to the kernel before it is acknowledged (synchronous_commit stays on), so a killed
 * app, a killed backend or an `immediate` stop loses no acknowledged transaction, and crash
 * recovery runs as in production. full_page_writes stays on: it repairs a page half written when a
 * server process is killed mid-write.
 */
function defaultSettings(socketDir: string): Record<string, string> {
  return { listen_addresses: HOST, unix_socket_directories: socketDir, fsync: "off" };
}

/** Starts a fresh cluster and creates the caller's database; throws with the server log when anything fails. */
export async function startThrowawayPostgres(options: ThrowawayPostgresOptions = {}): Promise<ThrowawayPostgres> {
  const database = options.database ?? "claimcheck_test";
  const { binDir } = findPostgresBinaries();
  const runAs = isRoot() ? (options.runAs ?? USER) : null;
  const owner = runAs ? lookUpUser(runAs) : null;

  const baseDir = fs.mkdtempSync(path.join(temporaryParent(options.parentDir), "claimcheck-pg-"));
  const dataDir = path.join(baseDir, "data");
  const logFile = path.join(baseDir, "postgres.log");
  const runner: PostgresRunner = { binDir, runAs, cwd: baseDir };
  const guard = guardCluster({ runner, dataDir, baseDir }, { stopOnSignals: options.stopOnSignals ?? true });
  let step = "initdb";
  let cluster: PostgresCluster;
  try {
    if (owner) fs.chownSync(baseDir, owner.uid, owner.gid);
    await runPostgresCommand(runner, "initdb", ["-D", dataDir, "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"]);
    fs.appendFileSync(path.join(dataDir, "postgresql.conf"), settingsText({ ...defaultSettings(baseDir), ...options.settings }));
    step = "pg_ctl start";
    const port = await startOnFreePort(runner, dataDir, logFile);
    step = `creating database ${database}`;
    cluster = attachThrowawayPostgres(describe(runner, baseDir, port, database));
    await cluster.createDatabase(database);
  } catch (error) {
    const tail = readLogTail(logFile, 30);
    guard.release();
    destroyClusterSync({ runner, dataDir, baseDir });
    let message = `Could not start a throw-away PostgreSQL (${step}): ${(error as Error).message}`;
    if (step === "initdb" && runAs) message += `\nThe ${runAs} user must be able to reach ${baseDir}; set TMPDIR to a folder it can.`;
    // createDatabase's own error already carries the log.
    throw new Error(message.includes(LOG_HEADING) ? message : withLogTail(message, tail), { cause: error });
  }

  let stopped = false;
  return {
    ...cluster,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      guard.release();
      try {
        await runPostgresCommand(runner, "pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } catch {
        // Already stopped (stopPostgres without startPostgres), or pg_ctl failed: make sure below.
      }
      const pid = postmasterPid(dataDir);
      if (pid && isAlive(pid)) process.kill(pid, "SIGKILL");
      await fs.promises.rm(baseDir, { recursive: true, force: true });
    },
  };
}

/** Controls a running cluster from its descriptor, e.g. in a test worker; stopping it for good stays with its starter. */
export function attachThrowawayPostgres(descriptor: PostgresClusterDescriptor): PostgresCluster {
  const { binDir, runAs, baseDir, dataDir, logFile, port } = descriptor;
  const runner: PostgresRunner = { binDir, runAs, cwd: baseDir };
  const urlFor = (database: string) => databaseUrl(port, database);
  const logTail = (lines = 30) => readLogTail(logFile, lines);
  const withLog = (what: string, error: unknown) => new Error(withLogTail(`${what}: ${(error as Error).message}`, logTail()), { cause: error });

  return {
    url: descriptor.url,
    port,
    dataDir,
    socketDir: descriptor.socketDir,
    descriptor,
    urlFor,
    logTail,
    createDatabase: async (name, { template = "template0" } = {}) => {
      try {
        await runAdminStatement(urlFor("postgres"), `CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(template)}`);
      } catch (error) {
        throw withLog(`Could not create database ${name}`, error);
      }
      return urlFor(name);
    },
    dropDatabase: async (name) => {
      try {
        await runAdminStatement(urlFor("postgres"), `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      } catch (error) {
        throw withLog(`Could not drop database ${name}`, error);
      }
    },
    stopPostgres: async ({ mode = "fast" } = {}) => {
      try {
        await runPostgresCommand(runner, "pg_ctl", ["-D", dataDir, "-m", mode, "-w", "stop"]);
      } catch (error) {
        throw withLog("Could not stop PostgreSQL", error);
      }
    },
    startPostgres: async () => {
      try {
        await startServer(runner, dataDir, logFile, port);
      } catch (error) {
        throw withLog(`Could not start PostgreSQL again on port ${port}`, error);
      }
    },
  };
}

/** Starts the server on a free port, trying another when someone takes it between our look and its bind. */
async function startOnFreePort(runner: PostgresRunner, dataDir: string, logFile: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort();
    try {
      await startServer(runner, dataDir, logFile, port);
      return port;
    } catch (error) {
      const portTaken = /could not bind|address already in use|could not create any TCP\/IP sockets/i.test(readLogTail(logFile, 10));
      if (!portTaken || attempt >= PORT_ATTEMPTS) throw error;
    }
  }
}

function describe(runner: PostgresRunner, baseDir: string, port: number, database: string): PostgresClusterDescriptor {
  return {
    url: databaseUrl(port, database),
    host: HOST,
    port,
    user: USER,
    database,
    socketDir: baseDir,
    dataDir: path.join(baseDir, "data"),
    logFile: path.join(baseDir, "postgres.log"),
    baseDir,
    binDir: runner.binDir,
    runAs: runner.runAs,
  };
}

function startServer(runner: PostgresRunner, dataDir: string, logFile: string, port: number): Promise<string> {
  // -w: return once the server accepts connections (or crash recovery is over).
  return runPostgresCommand(runner, "pg_ctl", ["-D", dataDir, "-l", logFile, "-o", `-p ${port}`, "-w", "-t", "60", "start"], { timeoutMs: 90_000 });
}

async function runAdminStatement(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function databaseUrl(port: number, database: string): string {
  return `postgres://${USER}@${HOST}:${port}/${encodeURIComponent(database)}`;
}

function quoteIdentifier(name: string): string {
  if (!name || Buffer.byteLength(name) > 63 || name.includes("\0")) throw new Error(`Not a usable database name: ${JSON.stringify(name)}`);
  return `"${name.replaceAll('"', '""')}"`;
}

function settingsText(settings: Record<string, string | number | boolean>): string {
  const lines = Object.entries(settings).map(([name, value]) => `${name} = '${String(value).replaceAll("'", "''")}'`);
  return `\n# throw-away test cluster\n${lines.join("\n")}\n`;
}

function temporaryParent(parentDir: string | undefined): string {
  if (parentDir) return parentDir;
  // The socket is <parent>/claimcheck-pg-XXXXXX/.s.PGSQL.<port>; fall back to /tmp where that is too long.
  const fits = path.join(os.tmpdir(), "claimcheck-pg-XXXXXX", ".s.PGSQL.65535").length <= MAX_SOCKET_PATH;
  return fits ? os.tmpdir() : "/tmp";
}

function withLogTail(message: string, tail: string): string {
  return tail ? `${message}\n${LOG_HEADING}\n${tail}` : message;
}

function readLogTail(logFile: string, lines: number): string {
  try {
    return fs.readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function lookUpUser(name: string): { uid: number; gid: number } {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    throw new Error(
      `PostgreSQL refuses to run as root, and there is no "${name}" user to run it as. ` +
        `Install Debian's postgresql package (it creates the user) or run: useradd --system --home-dir /var/lib/postgresql ${name}`,
    );
  }
}
