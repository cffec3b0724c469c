import fs from "node:fs";
import path from "node:path";
import { test } from "@playwright/test";

export type Role = "admin" | "journalist" | "reviewer" | "viewer";

/**
 * The folder of the server the running project tests: one per database engine, set in the
 * project's metadata by playwright.config.ts and filled by scripts/e2e-server.js.
 * Only callable while a test (or a fixture) runs.
 */
function e2eDir(): string {
  const { name, metadata } = test.info().project;
  if (typeof metadata.e2eDir !== "string") throw new Error(`Project ${name} has no metadata.e2eDir (see playwright.config.ts).`);
  return metadata.e2eDir;
}

/** The role's signed-in browser state on this project's server, saved once by people.setup.ts. */
export function signedInState(role: Role): string {
  return path.join(e2eDir(), `state-${role}.json`);
}

/** What the operator's command line needs to reach this project's database (DATABASE_URL, and the auth secret on PostgreSQL). */
export function operatorEnv(): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(e2eDir(), "operator-env.json"), "utf8"));
}

export const PASSWORD = "correct horse battery staple";

export const PEOPLE = {
  admin: { name: "Edith Editor", email: "edith@example.org" },
  reviewer: { name: "Rita Reviewer", email: "rita@example.org" },
  journalist: { name: "Jules Journalist", email: "jules@example.org" },
  viewer: { name: "Victor Viewer", email: "victor@example.org" },
} as const;
