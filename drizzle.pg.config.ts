import { defineConfig } from "drizzle-kit";

// The PostgreSQL twin of drizzle.config.ts: its own schema and its own migration history.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/pg/index.ts",
  out: "./drizzle/pg",
});
