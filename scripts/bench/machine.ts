/** What the numbers were measured on. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findChromium } = require("../chromium-path.js") as { findChromium: () => string | null };

export type Machine = { cpu: string; cores: number; memoryGB: number; os: string; node: string; chromium: string; loadAverage: number[] };

function osName(): string {
  try {
    const release = fs.readFileSync("/etc/os-release", "utf8");
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release);
    if (pretty) return `${pretty[1]} (${os.type()} ${os.release()})`;
  } catch {
    // not Linux, or no os-release
  }
  return `${os.type()} ${os.release()}`;
}

function chromiumVersion(): string {
  const path = findChromium();
  if (!path) return "none found";
  const result = spawnSync(path, ["--version"], { encoding: "utf8" });
  return (result.stdout || result.stderr || "unknown").trim();
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model ?? "unknown"}${cpus[0]?.speed ? ` @ ${cpus[0].speed} MHz` : ""}`,
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryGB: Math.round((os.totalmem() / 1e9) * 10) / 10,
    os: osName(),
    node: process.version,
    chromium: chromiumVersion(),
    // Other work on the machine skews every number: the 1, 5 and 15-minute load averages at the start.
    loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}
