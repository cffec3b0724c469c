import { spawn } from "node:child_process";
import fs from "node:fs";
import { postgresCommandLine, postgresEnvironment, runPostgresCommandSync, type PostgresRunner } from "./postgres-command";

/** What must go when the process that started a cluster goes. */
export type GuardedCluster = { runner: PostgresRunner; dataDir: string; baseDir: string };

const guarded = new Set<GuardedCluster>();
const guardedOnSignals = new Set<GuardedCluster>();
let hooksInstalled = false;

/**
 * Makes sure a cluster does not outlive its process: stopped and removed on exit, on SIGINT and
 * SIGTERM (unless the caller handles those itself), and, should the process die by SIGKILL, by a
 * small watchdog shell that notices the process is gone.
 */
export function guardCluster(cluster: GuardedCluster, { stopOnSignals }: { stopOnSignals: boolean }): { release: () => void } {
  installHooks();
  guarded.add(cluster);
  if (stopOnSignals) guardedOnSignals.add(cluster);
  const watchdog = startWatchdog(cluster);
  return {
    release: () => {
      guarded.delete(cluster);
      guardedOnSignals.delete(cluster);
      // The watchdog leads its own process group: end the shell and its `sleep` together.
      if (watchdog?.pid) {
        try {
          process.kill(-watchdog.pid, "SIGKILL");
        } catch {}
      }
    },
  };
}

/** Stops a cluster at once and deletes its folder, without the event loop. */
export function destroyClusterSync(cluster: GuardedCluster): void {
  runPostgresCommandSync(cluster.runner, "pg_ctl", ["-D", cluster.dataDir, "-m", "immediate", "-w", "stop"]);
  const pid = postmasterPid(cluster.dataDir);
  if (pid) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {}
  }
  fs.rmSync(cluster.baseDir, { recursive: true, force: true });
}

/** The running postmaster's pid, from the first line of postmaster.pid. */
export function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on("exit", () => {
    for (const cluster of guarded) destroyClusterSync(cluster);
    guarded.clear();
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    const onSignal = () => {
      for (const cluster of guardedOnSignals) {
        destroyClusterSync(cluster);
        guarded.delete(cluster);
      }
      guardedOnSignals.clear();
      process.removeListener(signal, onSignal);
      // Alone, our listener has replaced Node's default of dying by the signal: die by it again.
      // With other listeners, they decide what the signal means.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

const WATCHDOG_SCRIPT = `
parent=$1; pg_ctl=$2; data=$3; base=$4; shift 4
while kill -0 "$parent" 2>/dev/null; do sleep 1; done
"$@" "$pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1
rm -rf "$base"
`;

function startWatchdog(cluster: GuardedCluster) {
  const { file, args } = postgresCommandLine(cluster.runner, "pg_ctl", []);
  const runAsPrefix = cluster.runner.runAs ? [file, ...args.slice(0, -1)] : [];
  const pgCtl = args.at(-1) ?? file;
  try {
    const child = spawn(
      "/bin/sh",
      ["-c", WATCHDOG_SCRIPT, "claimcheck-pg-watchdog", String(process.pid), pgCtl, cluster.dataDir, cluster.baseDir, ...runAsPrefix],
      { detached: true, stdio: "ignore", cwd: cluster.runner.cwd, env: postgresEnvironment() },
    );
    child.on("error", () => {});
    child.unref();
    return child;
  } catch {
    return null; // without /bin/sh, the exit and signal hooks still clean up
  }
}
