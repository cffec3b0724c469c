import path from "node:path";

/** Where the browser tests' server keeps its throw-away database (see scripts/e2e-server.js). */
export const E2E_DIR = path.resolve(__dirname, "..", "..", ".e2e");
export const E2E_DATABASE_URL = `file:${path.join(E2E_DIR, "claimcheck-e2e.db")}`;

/** Signed-in browser states, saved once per role by people.setup.ts. */
export const STATE = {
  admin: path.join(E2E_DIR, "state-admin.json"),
  journalist: path.join(E2E_DIR, "state-journalist.json"),
  reviewer: path.join(E2E_DIR, "state-reviewer.json"),
  viewer: path.join(E2E_DIR, "state-viewer.json"),
};

export const PASSWORD = "correct horse battery staple";

export const PEOPLE = {
  admin: { name: "Edith Editor", email: "edith@example.org" },
  reviewer: { name: "Rita Reviewer", email: "rita@example.org" },
  journalist: { name: "Jules Journalist", email: "jules@example.org" },
  viewer: { name: "Victor Viewer", email: "victor@example.org" },
} as const;
