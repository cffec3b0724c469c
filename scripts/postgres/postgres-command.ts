import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

/** Enough to run one of a cluster's binaries: where they are, and as whom. */
export type PostgresRunner = { binDir: string; runAs: string | null; cwd: string };

/**
 * initdb and postgres refuse to run as root, so a root caller runs them as `runAs` (the
 * `postgres` user) through runuser; anyone else runs them directly.
 */
export function postgresCommandLine(runner: PostgresRunner, program: string, args: string[]): { file: string; args: string[] } {
  const binary = path.join(runner.binDir, program);
  return runner.runAs ? { file: "runuser", args: ["-u", runner.runAs, "--", binary, ...args] } : { file: binary, args };
}

/** The environment without PG* variables, so a caller's PGDATA or PGOPTIONS cannot steer the cluster. */
export function postgresEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith("PG")) delete env[name];
  return env;
}

/** Runs a binary to completion; rejects with its output when it fails or outlives `timeoutMs`. */
export function runPostgresCommand(runner: PostgresRunner, program: string, args: string[], { timeoutMs = 60_000 } = {}): Promise<string> {
  const { file, args: fullArgs } = postgresCommandLine(runner, program, args);
  return new Promise((resolve, reject) => {
    // cwd: the postgres user may not be allowed into the caller's folder.
    const child = spawn(file, fullArgs, { cwd: runner.cwd, env: postgresEnvironment(), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not run ${[file, ...fullArgs].join(" ")}: ${error.message}`));
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(output);
      const how = signal ? `was killed by ${signal}${signal === "SIGKILL" ? ` after ${timeoutMs} ms` : ""}` : `exited with code ${code}`;
      reject(new Error(`${program} ${how}: ${[file, ...fullArgs].join(" ")}\n${output.trim()}`));
    });
  });
}

/** The synchronous form, for `process.on("exit")`, where nothing asynchronous runs any more. */
export function runPostgresCommandSync(runner: PostgresRunner, program: string, args: string[]): boolean {
  const { file, args: fullArgs } = postgresCommandLine(runner, program, args);
  return spawnSync(file, fullArgs, { cwd: runner.cwd, env: postgresEnvironment(), stdio: "ignore", timeout: 30_000 }).status === 0;
}
