import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** The oldest server the app is built for. */
export const MINIMUM_POSTGRES_MAJOR = 15;

const DEBIAN_ROOT = "/usr/lib/postgresql";
const REQUIRED = ["initdb", "pg_ctl", "postgres"];

export type PostgresBinaries = { binDir: string; major: number; version: string };

/**
 * Where the server binaries are: POSTGRES_BINDIR, then `pg_config --bindir`, then the newest
 * Debian `/usr/lib/postgresql/<major>/bin`, then PATH. The first folder that holds initdb, pg_ctl
 * and postgres of version 15 or later wins; the error lists every folder that was looked at.
 */
export function findPostgresBinaries(): PostgresBinaries {
  const rejected: string[] = [];
  for (const binDir of candidateFolders()) {
    const missing = REQUIRED.filter((name) => !isExecutable(path.join(binDir, name)));
    if (missing.length > 0) {
      rejected.push(`${binDir}: no ${missing.join(", ")}`);
      continue;
    }
    const version = serverVersion(binDir);
    const major = Number(/(\d+)(?:\.\d+)?/.exec(version)?.[1] ?? NaN);
    if (!(major >= MINIMUM_POSTGRES_MAJOR)) {
      rejected.push(`${binDir}: ${version}, older than ${MINIMUM_POSTGRES_MAJOR}`);
      continue;
    }
    return { binDir, major, version };
  }
  throw new Error(
    [
      `No PostgreSQL ${MINIMUM_POSTGRES_MAJOR}+ server binaries (initdb, pg_ctl, postgres) were found.`,
      ...rejected.map((line) => `  looked at ${line}`),
      "Install Debian's server package (apt-get install postgresql), or point POSTGRES_BINDIR at the folder holding initdb.",
    ].join("\n"),
  );
}

function candidateFolders(): string[] {
  const folders = [process.env.POSTGRES_BINDIR, pgConfigBinDir(), ...debianBinDirs(), pathBinDir()];
  return [...new Set(folders.filter((folder): folder is string => Boolean(folder)))];
}

function pgConfigBinDir(): string | undefined {
  try {
    return execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Debian keeps each major version's binaries off PATH, newest first here. */
function debianBinDirs(): string[] {
  if (!fs.existsSync(DEBIAN_ROOT)) return [];
  return fs
    .readdirSync(DEBIAN_ROOT)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a))
    .map((major) => path.join(DEBIAN_ROOT, major, "bin"));
}

/** The folder of the initdb on PATH, symlinks resolved so its pg_ctl and postgres sit beside it. */
function pathBinDir(): string | undefined {
  for (const folder of (process.env.PATH ?? "").split(path.delimiter)) {
    const initdb = path.join(folder, "initdb");
    if (folder && isExecutable(initdb)) return path.dirname(fs.realpathSync(initdb));
  }
  return undefined;
}

function serverVersion(binDir: string): string {
  try {
    // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
    const output = execFileSync(path.join(binDir, "postgres"), ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return output.replace(/^postgres \(PostgreSQL\)\s*/, "").trim();
  } catch (error) {
    return `unreadable version (${(error as Error).message})`;
  }
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
